/** numbering-gap: sub-headings of one numbering style inside a part count up from one. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { applyFix, covered, expectNone, expectOne, findingsOf, only } from '../../helpers/findings';

/** Seed 000: part 一 has （一）主动公开情况 … （五）监督保障情况. */
const seed000 = () => Doc.seed('000');
/** Seed 001 with part 六’s one line (信息处理费收费情况：…) replaced by these. */
function partSix(doc: Doc, ...lines: string[]): Doc {
  const at = doc.line('信息处理费收费情况：本年度未收取信息处理费。');
  return doc.deleteLines(at).insertLines(at, ...lines);
}


/** Seed 002 with part 五's first paragraph (1.存在的主要问题：…) joined to the heading's line after `sep`. */
function fiveInline(sep: string): Doc {
  const doc = Doc.seed('002');
  const h = doc.line('五、存在的主要问题及改进情况');
  const first = doc.line('1.存在的主要问题', h);
  const joined = `${doc.lines[h]}${sep}${doc.lines[first]!.trim()}`;
  return doc.deleteLines(first).setLine(h, joined);
}

/**
 * A copy of seed `prefix` cut off inside table 三: every line before the row labelled `row` kept (its label's line
 * found from table 三's heading on), then `cut` — the start of that row's label — as the copy's last line.
 */
function cutInTable(prefix: string, row: string, cut: string): Doc {
  const doc = Doc.seed(prefix);
  const at = doc.line(row, doc.line('三、收到和处理政府信息公开申请情况'));
  return Doc.of([...doc.lines.slice(0, at), cut, ''].join('\n'));
}

describe('numbering-gap fires', () => {

  it('part 五 with sub-headings in its heading’s own style counting from 一 (一、存在问题 / 三、改进措施) → the skip is still found', () => {
    const doc = seed000();
    const at = doc.line('五、存在的主要问题及改进情况') + 1;
    doc.insertLines(at, '一、存在问题。信息公开的时效性仍需加强。', '三、改进措施。进一步优化公开形式。');
    expectOne(doc.text, 'numbering-gap', doc.find('三、', doc.line('三、改进措施')), { zh: ['第五部分的小标题序号跳过了二、'] });
  });

  it('a sub-heading after table 三 that is no row label of the table (（一）… / table / （三）办理质量) → the skip is still found', () => {
    const doc = Doc.seed('002');
    doc.insertLines(doc.line('三、收到和处理政府信息公开申请情况') + 1, '（一）申请办理情况。本年度新收申请全部按期答复。');
    doc.insertLines(doc.line('四、政府信息公开行政复议、行政诉讼情况'), '（三）办理质量。本年度未发生因答复引起的复议。');
    expectOne(doc.text, 'numbering-gap', doc.find('（三）', doc.line('（三）办理质量')), { zh: ['第三部分的小标题序号跳过了（二）'] });
  });

  it('a copy cut off inside table 三 whose last line is the start of a row label, but with words the label does not have (（二）部分公开情况说明) → still a skipped sub-heading', () => {
    const doc = cutInTable('002', '（二）部分公开', '（二）部分公开情况说明');
    expectOne(doc.text, 'numbering-gap', doc.find('（二）', doc.line('（二）部分公开情况说明')), { zh: ['跳过了（一）'] });
  });
  it('part 六 numbered 1. 3. before its attachments → numbering-gap on 3. (the attachments end the part, not its numbering’s check)', () => {
    const doc = partSix(Doc.seed('001'), '1.信息处理费。本年度未收取信息处理费。', '3.建议提案办理。全年办理建议提案3件。');
    doc.insertLines(doc.lines.length, '附件：1.政府信息公开申请表', '2.依申请公开办理流程图');
    expectOne(doc.text, 'numbering-gap', doc.find('3.', doc.line('3.建议提案办理')), { zh: ['跳过了2.'] });
  });

  it('an item that opens with its year after the dot counts (1.… / 3.2024年，…) → 2. is still missing', () => {
    const doc = partSix(Doc.seed('001'), '1.信息处理费。本年度未收取信息处理费。', '3.2024年，办理建议提案3件。');
    expectOne(doc.text, 'numbering-gap', doc.find('3.', doc.line('3.2024年')), { zh: ['跳过了2.'] });
  });

  it('附件材料 in a sentence of part 六 is no attachment: a skip after it is still found', () => {
    const doc = partSix(Doc.seed('001'), '1.信息处理费。本年度未收取信息处理费。', '附件材料均已归档。', '3.建议提案办理。全年办理建议提案3件。');
    expectOne(doc.text, 'numbering-gap', doc.find('3.', doc.line('3.建议提案办理')), { zh: ['跳过了2.'] });
  });

  it('seed 000 with （三）’s numeral removed (（一）（二）（四）（五）) → numbering-gap on （四）, naming the heading that lost it, with a fix restoring it', () => {
    const original = seed000();
    const doc = seed000().replace('（三）政府信息管理情况', '政府信息管理情况');
    const f = expectOne(doc.text, 'numbering-gap', doc.find('（四）', doc.line('（四）平台建设情况')), {
      severity: 'warning',
      zh: ['第一部分的小标题序号跳过了（三）：“政府信息管理情况”看起来是丢了序号的小标题，应为“（三）政府信息管理情况”。'],
      en: ['Part 一: sub-heading numbering skips （三）; “政府信息管理情况” looks like a sub-heading that lost its numeral'],
      fixed: original.text,
    });
    const lost = f.related.find((r) => r.range.start.line === doc.line('政府信息管理情况'))!;
    assert.equal(covered(doc.text, lost.range), '政府信息管理情况');
  });

  it('seed 000 with （三）’s heading line deleted → numbering-gap on （四）, naming the skipped （三）, no fix', () => {
    const doc = seed000();
    doc.deleteLines(doc.line('（三）政府信息管理情况'));
    expectOne(doc.text, 'numbering-gap', doc.find('（四）', doc.line('（四）平台建设情况')), {
      zh: ['第一部分的小标题序号跳过了（三）：此处为“（四）”，应为“（三）”'],
      en: ['Part 一: sub-heading numbering skips （三）'],
      fixed: null,
    });
  });

  it('seed 003 as published (（一）, two headings without numerals, （四）, （五）) → numbering-gap on （四） naming both, and a fix numbering them （二）（三）', () => {
    const doc = Doc.seed('003');
    const f = expectOne(doc.text, 'numbering-gap', doc.find('（四）', doc.line('（四）积极回应社会关切')), {
      zh: ['跳过了（二）（三）：“优化政务大厅管理”、“升级“湘易办”平台”看起来是丢了序号的小标题'],
      en: ['skips （二）（三）; “优化政务大厅管理”, “升级“湘易办”平台” look like sub-headings'],
    });
    const fixed = applyFix(doc.text, f);
    expectNone(fixed, 'numbering-gap');
    assert.match(fixed, /\n（二）优化政务大厅管理\n/);
    assert.match(fixed, /\n（三）升级“湘易办”平台\n/);
  });

  it('seed 003 with only one of its two unnumbered headings left → the skip is reported without guessing which numeral was lost', () => {
    const doc = Doc.seed('003');
    doc.deleteLines(doc.line('优化政务大厅管理'));
    const f = expectOne(doc.text, 'numbering-gap', doc.find('（四）', doc.line('（四）积极回应社会关切')), { zh: ['跳过了（二）（三）：此处为“（四）”'] });
    assert.equal(f.fixes.length, 0);
  });

  it('seed 000 with （二） mistyped as （三） → one finding, on that numeral only (the rest count on from it)', () => {
    const doc = seed000().replace('（二）依申请公开情况', '（三）依申请公开情况');
    const f = expectOne(doc.text, 'numbering-gap', doc.find('（三）', doc.line('（三）依申请公开情况')), {
      zh: ['小标题序号“（三）”与前后不连续，应为“（二）”'],
      en: ['out of sequence'],
    });
    assert.equal(f.related.length, 1);
  });

  it('seed 000 with a numeral repeated (（一）（二）（二）（三）…) → one finding on the repeat', () => {
    const doc = seed000().replace('（三）政府信息管理情况', '（二）政府信息管理情况').replace('（四）平台建设情况', '（三）平台建设情况').replace('（五）监督保障情况', '（四）监督保障情况');
    expectOne(doc.text, 'numbering-gap', doc.find('（二）', doc.line('（二）政府信息管理情况')), { zh: ['“（二）”重复或倒退，应为“（三）”'] });
  });

  for (const [first, third, due] of [['1、', '3、', '2、'], ['(1)', '(3)', '(2)'], ['一、', '三、', '二、']] as const) {
    it(`the numeral due is written as the series writes its own: ${first} ${third} → “${due}”`, () => {
      const doc = partSix(Doc.seed('001'), `${first}本年度未收取信息处理费。`, `${third}全年办理人大代表建议3件。`);
      expectOne(doc.text, 'numbering-gap', doc.find(third, doc.line(`${third}全年办理`)), { zh: [`此处为“${third}”，应为“${due}”`] });
    });
  }

  it('a list that starts again at 1. with no caption between is a repeat; after a caption, a skip in the new list is still found', () => {
    const repeat = partSix(Doc.seed('001'), '1.本年度未收取信息处理费。', '2.无减免情况。', '1.全年办理人大代表建议3件。');
    expectOne(repeat.text, 'numbering-gap', repeat.find('1.', repeat.line('1.全年办理')), { zh: ['重复或倒退'] });
    const skip = partSix(Doc.seed('001'), '信息处理费收取情况：', '1.本年度未收取信息处理费。', '2.无减免情况。', '建议提案办理情况：', '1.全年办理人大代表建议3件。', '3.全年办理政协提案2件。');
    expectOne(skip.text, 'numbering-gap', skip.find('3.', skip.line('3.全年办理政协提案')), { zh: ['跳过了2.'] });
  });

  it('part 五 whose 1. is written on the heading’s line, then 3. → the skip of 2. is still found', () => {
    const doc = fiveInline('。').replace('2.改进情况', '3.改进情况');
    expectOne(doc.text, 'numbering-gap', doc.find('3.', doc.line('3.改进情况')), { zh: ['跳过了2.'] });
  });

  it('part 五 whose heading’s line goes on with words that are no numeral, then 2. → 1. is missing', () => {
    const doc = fiveInline('。').replace('。1.存在的主要问题', '。存在的主要问题');
    expectOne(doc.text, 'numbering-gap', doc.find('2.', doc.line('2.改进情况')), { zh: ['跳过了1.'] });
  });

  it('seed 002 with its Arabic-numbered sub-headings skipping (1. 2. 4. 5.) → numbering-gap on 4.', () => {
    const doc = Doc.seed('002').replace('3.政府信息管理方面', '政府信息管理方面');
    expectOne(doc.text, 'numbering-gap', doc.find('4.', doc.line('4.平台建设方面')), { zh: ['跳过了3.'] });
  });

  it('nested numbering is checked under its parent, and says so', () => {
    const doc = seed000();
    const at = doc.line('（二）依申请公开情况');
    doc.insertLines(at, '1.强化机制。', '', '3.强化协同。', '');
    const f = expectOne(doc.text, 'numbering-gap', doc.find('3.', at), {
      zh: ['第一部分“（一）主动公开情况”下的小标题序号跳过了2.'],
    });
    assert.equal(f.related[0]!.range.start.line, at);
  });
});

describe('numbering-gap stays quiet', () => {
  it('an item whose text opens with its year right after the dot (1.… / 2.2020年，… / 3.…) is item 2, not the decimal 2.2020', () => {
    const doc = partSix(Doc.seed('001'), '1.信息处理费。本年度未收取信息处理费。', '2.2024年，本机关未收取信息处理费。', '3.建议提案办理。全年办理建议提案3件。');
    expectNone(doc.text, 'numbering-gap');
  });

  for (const s of ['000', '001', '002', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'numbering-gap'));
  }

  for (const sep of ['。', ' ', '：']) {
    it(`part 五’s 1. written on the heading’s line (after “${sep}”), 2. on a line of its own: no skip`, () => expectNone(fiveInline(sep).text, 'numbering-gap'));
  }

  it('a table’s caption repeating its part’s title with the part’s numeral (（三）收到和处理政府信息公开申请情况)', () => {
    for (const s of ['000', '002']) {
      let text = Doc.seed(s).text;
      const captions: readonly (readonly [string, string])[] = [
        ['二、主动公开政府信息情况', '（二）主动公开政府信息情况'],
        ['三、收到和处理政府信息公开申请情况', '（三）收到和处理政府信息公开申请情况'],
        ['四、政府信息公开行政复议、行政诉讼情况', '（四）政府信息公开行政复议、行政诉讼情况'],
      ];
      for (const [heading, caption] of captions) {
        const at = text.indexOf(`${heading}\n`);
        assert.ok(at >= 0, `${s}: ${heading}`);
        text = `${text.slice(0, at + heading.length + 1)}${caption}\n${text.slice(at + heading.length + 1)}`;
      }
      expectNone(text, 'numbering-gap');
    }
  });

  it('part 一’s first sub-heading in words that are a variant of the part’s title (（一）概述, （二）…), in either brackets', () => {
    for (const marker of ['（一）', '(一)']) {
      const doc = seed000();
      for (const [from, to] of [['（五）监督保障情况', '（六）监督保障情况'], ['（四）平台建设情况', '（五）平台建设情况'], ['（三）政府信息管理情况', '（四）政府信息管理情况'], ['（二）依申请公开情况', '（三）依申请公开情况'], ['（一）主动公开情况', '（二）主动公开情况']] as const) doc.replace(from, to);
      doc.insertLines(doc.line('（二）主动公开情况'), `${marker}概述`, '本年度，本县政务公开工作稳步推进，现将有关情况报告如下。');
      expectNone(doc.text, 'numbering-gap');
    }
  });

  it('two numbering styles in one part, each continuous', () => {
    const doc = seed000();
    const at = doc.line('（二）依申请公开情况');
    doc.insertLines(at, '1.强化机制。', '2.强化协同。', '①做好发布。', '②做好解读。');
    expectNone(doc.text, 'numbering-gap');
  });

  it('attachments after part 六 number on their own (附件：1.… / 2.…; 附件 / 1.… / 2.…), after part 六’s own 1. 2.', () => {
    const numbered = (doc: Doc) => partSix(doc, '1.信息处理费。本年度未收取信息处理费。', '2.建议提案办理。全年办理建议提案3件。');
    const cases: readonly (readonly string[])[] = [
      ['附件：1.2024年政府信息公开工作年度报告（PDF版）', '2.政府信息公开申请表'],
      ['附件：', '1.政府信息公开申请表', '2.依申请公开办理流程图'],
      ['附件1', '政府信息公开申请表', '附件2', '依申请公开办理流程图'],
    ];
    for (const lines of cases) {
      for (const base of [Doc.seed('001'), numbered(Doc.seed('001'))]) {
        const doc = base.clone();
        doc.insertLines(doc.lines.length, ...lines);
        expectNone(doc.text, 'numbering-gap');
      }
    }
  });


  // A copy cut off inside table 三 (a web page's text cut short): the last line is the start of the next row's label,
  // which the table reader cannot take whole. It is no sub-heading of part 三's prose (the copies ended
  // （二）部分公 after （一）予以公开's figures, 二、上年结转政府信息公开, 6.属于四类过程性信, a bare （三）).
  for (const [prefix, row, cut] of [
    ['002', '（二）部分公开', '（二）部分公'],
    ['002', '二、上年结转', '二、上年结转政府信息公开'],
    ['002', '（三）不予公开', '（三）'],
    ['002', '6.属于四类过程性信息', '6.属于四类过程性信'],
    ['000', '(二) 部分公开', '(二)部分公'],
    ['000', '二、上年结转', '二、上年结转政府信息'],
  ] as const) {
    it(`seed ${prefix} cut off inside table 三 at “${cut}”: the start of a row label after the table's lines is no sub-heading`, () => {
      expectNone(cutInTable(prefix, row, cut).text, 'numbering-gap');
    });
  }


  // A series in the part heading's own style (一、) that starts at the next part's numeral is the report's top level going
  // on, not sub-headings: the next part's heading cut off where a copy ends, or parts in words the format does not name.
  it('seed 000 cut off after part 一 with the next heading’s numeral alone (二、) as its last line', () => {
    const doc = seed000();
    const at = doc.line('二、主动公开政府信息情况');
    expectNone(Doc.of([...doc.lines.slice(0, at), '二、', ''].join('\n')).text, 'numbering-gap');
  });

  it('a report whose headings are its own (一、收到申请情况 read as part 三, then 二、申请答复情况)', () => {
    const text = [
      '一、收到申请情况',
      '2022年，全区共收到政府信息公开申请1499件，其中网络申请1303件。',
      '',
      '二、申请答复情况',
      '2022年，全区共答复政府信息公开申请1453件，其中予以公开966件。',
      '',
    ].join('\n');
    expectNone(text, 'numbering-gap');
  });

  it('numbering that restarts in the next part', () => {
    // Parts 五 and 六 each count from （一）.
    const doc = seed000();
    doc.insertLines(doc.line('六、其他需要报告的事项') , '（一）存在的问题。', '（二）改进情况。');
    doc.insertLines(doc.line('无。', doc.line('六、其他需要报告的事项')), '（一）信息处理费。本年度未收取信息处理费。', '（二）其他事项。');
    expectNone(doc.text, 'numbering-gap');
    assert.equal(only(findingsOf(doc.text), 'info-fee').length, 0);
  });

  for (const [name, first, second] of [['1.', '1.', '2.'], ['（1）', '（1）', '（2）'], ['①', '①', '②']] as const) {
    it(`part 六 as two lists under captions (事项一： ${first} ${second} 事项二： ${first} ${second}): a list that starts again after its caption repeats nothing (${name})`, () => {
      const doc = partSix(Doc.seed('001'), '信息处理费收取情况：', `${first}本年度未收取信息处理费。`, `${second}无减免情况。`, '建议提案办理情况：', `${first}全年办理人大代表建议3件。`, `${second}全年办理政协提案2件。`);
      expectNone(doc.text, 'numbering-gap');
    });
  }
});
