/** missing-table: part 二, 三 or 四 is there but its table is not (format §2). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseReport, type TableKind } from '../../../shared/src';
import { Doc, relayout, type Layout } from '../../helpers/doc';
import { expectFigureFixed, expectNone, expectOne, findingsOf, only } from '../../helpers/findings';
import { assertLinear } from '../../helpers/scaling';

const KINDS: readonly [TableKind, string, string, string][] = [
  ['active', '二', '二、主动公开政府信息情况', '表二（主动公开政府信息情况）'],
  ['requests', '三', '三、收到和处理政府信息公开申请情况', '表三（收到和处理政府信息公开申请情况）'],
  ['review', '四', '四、政府信息公开行政复议、行政诉讼情况', '表四（行政复议、行政诉讼情况）'],
];

function seed001(layout: Layout): Doc {
  return layout === 'cell' ? Doc.seed('001') : Doc.of(relayout(Doc.seed('001').text, 'row'));
}

/** The document without the lines of its table of `kind`. */
function withoutTable(doc: Doc, kind: TableKind): Doc {
  const t = doc.table(kind);
  return doc.clone().deleteLines(t.startLine, t.endLine - t.startLine + 1);
}

describe('missing-table fires', () => {
  for (const layout of ['cell', 'row'] as const) {
    for (const [kind, numeral, heading, name] of KINDS) {
      it(`table ${numeral} taken out, ${layout} per line → on the heading of part ${numeral}, no fix`, () => {
        const doc = withoutTable(seed001(layout), kind);
        assert.equal(parseReport(doc.text).tables.some((t) => t.kind === kind), false);
        expectOne(doc.text, 'missing-table', doc.find(heading), {
          severity: 'error',
          zh: [`第${numeral}部分缺少${name}。`],
          en: [`Part ${numeral} lacks table ${numeral}`],
          fixed: null,
        });
      });
    }
  }

  it('all three tables taken out → one finding on each part heading', () => {
    let doc = Doc.seed('001');
    for (const [kind] of KINDS) doc = withoutTable(doc, kind);
    const fs = only(findingsOf(doc.text), 'missing-table');
    assert.deepEqual(fs.map((f) => f.range.start.line), KINDS.map(([, , heading]) => doc.line(heading)));
  });

  it('a part headed “2. 主动公开政府信息情况” is still called 第二部分', () => {
    const doc = withoutTable(Doc.seed('001'), 'active').replace('二、主动公开政府信息情况', '2. 主动公开政府信息情况');
    expectOne(doc.text, 'missing-table', doc.find('2. 主动公开政府信息情况'), { zh: ['第二部分缺少表二'] });
  });

  it('the table replaced by a sentence saying there is nothing to report: still missing (the format fixes the table)', () => {
    const t = Doc.seed('001').table('review');
    const doc = Doc.seed('001');
    doc.deleteLines(t.startLine, t.endLine - t.startLine + 1).insertLines(t.startLine, '本年度未发生政府信息公开行政复议、行政诉讼案件。');
    expectOne(doc.text, 'missing-table', doc.find('四、政府信息公开行政复议、行政诉讼情况'));
  });
});

describe('missing-table: a table published as a picture', () => {
  const PICTURES: readonly [string, string][] = [
    ['[image: image3.png]', 'a converter\'s placeholder'],
    ['![](media/image3.png)', 'a Markdown image'],
    ['<img src="/upload/2024/t3.jpg" alt="表三">', 'an HTML <img> left in the text'],
    ['[图片]', 'the readers\' line for a Word or web picture'],
  ];
  for (const [picture, what] of PICTURES) {
    it(`table 三 replaced by ${what}: a warning on the picture, saying its figures cannot be checked`, () => {
      const t = Doc.seed('001').table('requests');
      const doc = Doc.seed('001');
      doc.deleteLines(t.startLine, t.endLine - t.startLine + 1).insertLines(t.startLine, picture);
      expectOne(doc.text, 'missing-table', { line: t.startLine, start: 0, end: picture.length }, {
        severity: 'warning',
        zh: [`第三部分没有表三（收到和处理政府信息公开申请情况）的文字表格，只有图片（“${picture.length > 40 ? picture.slice(0, 38) + '…' : picture}”）`, '无法核对'],
        en: ['Part 三 has no text table 三', 'only a picture', 'cannot be checked'],
        fixed: null,
      });
    });
  }

  it('a picture in another part does not stand for the table: still missing, on the heading', () => {
    const t = Doc.seed('001').table('review');
    const doc = Doc.seed('001');
    doc.deleteLines(t.startLine, t.endLine - t.startLine + 1);
    doc.insertLines(doc.line('五、存在的主要问题及改进情况') + 1, '[图片]');
    expectOne(doc.text, 'missing-table', doc.find('四、政府信息公开行政复议、行政诉讼情况'), { severity: 'error' });
  });

  it('a picture beside a table that is there changes nothing', () => {
    const doc = Doc.seed('001');
    doc.insertLines(doc.line('三、收到和处理政府信息公开申请情况') + 1, '![](media/image3.png)');
    expectNone(doc.text, 'missing-table');
  });
});


/** The line each document made by tableMoved has its moved table's first line on. */
const movedTo = new WeakMap<Doc, number>();

/** The document with its table of `kind` moved to the end of part `into` (before the next heading), `left` in its place. */
function tableMoved(doc: Doc, kind: TableKind, into: string, left: string[]): Doc {
  const t = doc.table(kind);
  const out = doc.clone();
  const block = out.lines.splice(t.startLine, t.endLine - t.startLine + 1, ...left);
  const end = out.partLines(into).end;
  out.lines.splice(end, 0, ...block, '');
  movedTo.set(out, end);
  return out;
}

/** Where a finding on the table tableMoved moved stands: its first line's words, white space around them left out. */
function tableAnchor(doc: Doc): { line: number; start: number; end: number } {
  const line = movedTo.get(doc)!;
  const text = doc.lines[line]!;
  const start = text.length - text.trimStart().length;
  return { line, start, end: text.trimEnd().length };
}

describe('missing-table: a table in another part', () => {
  for (const layout of ['cell', 'row'] as const) {
    it(`table 三 pasted after table 四, in part 四, ${layout} per line → a warning on the table, saying where it is and where it belongs`, () => {
      const doc = tableMoved(seed001(layout), 'requests', '四', ['本年度收到和处理申请情况见下表。']);
      const f = expectOne(doc.text, 'missing-table', tableAnchor(doc), {
        severity: 'warning',
        zh: [`表三（收到和处理政府信息公开申请情况）放在了第四部分（第${movedTo.get(doc)! + 1}行起），应移到第三部分“收到和处理政府信息公开申请情况”（第${doc.line('三、收到和处理政府信息公开申请情况') + 1}行）之下`],
        en: ['Table 三 (disclosure requests) stands in part 四', 'move it into part 三'],
        fixed: null,
      });
      assert.deepEqual(f.related.map((r) => r.range.start.line), [doc.line('三、收到和处理政府信息公开申请情况')]);
    });
  }

  it('table 四 at the end of part 三 while part 四 keeps its own sentence → on the table', () => {
    const doc = tableMoved(Doc.seed('001'), 'review', '三', ['本年度行政复议、行政诉讼情况统计如下。']);
    expectOne(doc.text, 'missing-table', tableAnchor(doc), { severity: 'warning', zh: ['放在了第三部分', '应移到第四部分'] });
  });

  it('table 二 after table 三, with a blank part 二 → on the table', () => {
    const doc = tableMoved(Doc.seed('002'), 'active', '三', []);
    expectOne(doc.text, 'missing-table', tableAnchor(doc), { severity: 'warning', zh: ['表二（主动公开政府信息情况）放在了第三部分', '应移到第二部分'] });
  });

  // Parts 一, 五 and 六 hold no table of their own: a whole table there was not read, and its part was called without one.
  for (const layout of ['cell', 'row'] as const) {
    for (const [kind, numeral, heading] of KINDS) {
      for (const [into, name] of [['一', '总体情况'], ['五', '存在的主要问题'], ['六', '其他需要报告的事项']] as const) {
        it(`table ${numeral} pasted at the end of part ${into} (${name}), ${layout} per line → read there, one warning on it, no “missing” error`, () => {
          const doc = tableMoved(seed001(layout), kind, into, ['具体情况见下表。']);
          assert.equal(parseReport(doc.text).tables.filter((t) => t.kind === kind).length, 1);
          const f = expectOne(doc.text, 'missing-table', tableAnchor(doc), {
            severity: 'warning',
            zh: [`放在了第${into}部分`, `应移到第${numeral}部分`, `第${numeral}部分因此缺少该表`],
            en: [`stands in part ${into}`, `move it into part ${numeral}`],
            fixed: null,
          });
          assert.deepEqual(f.related.map((r) => r.range.start.line), [doc.line(heading)]);
        });
      }
    }
  }

  it('a table in part 一 is checked where it stands: a figure mistyped there is found', () => {
    const doc = tableMoved(Doc.seed('001'), 'requests', '一', ['具体情况见下表。']);
    doc.setCell('requests', '本年新收', 6, '99');
    assert.ok(findingsOf(doc.text).some((f) => f.code === 'row-total' || f.code === 'column-total'));
  });

  it('stays quiet when every table is in its own part, and when a heading stands right under its table over an empty part', () => {
    expectNone(Doc.seed('004').text, 'missing-table');
    // Table 四 with nothing after it but its own heading: the heading reads as placed under its table.
    expectNone(tableMoved(Doc.seed('001'), 'review', '三', []).text, 'missing-table');
  });

  it('table 二 at the end of part 一, right over the heading of an empty part 二: reported all the same (part 一 holds no table)', () => {
    const doc = tableMoved(Doc.seed('001'), 'active', '一', []);
    expectOne(doc.text, 'missing-table', tableAnchor(doc), { severity: 'warning', zh: ['放在了第一部分', '应移到第二部分'] });
  });

  it('tables read without TABs in the attachments after part 六 (附件1 over each) are no tables in part 六', () => {
    const doc = Doc.seed('002');
    const regions = (['active', 'requests', 'review'] as const).map((k) => doc.table(k));
    const blocks = regions.map((r) => doc.lines.slice(r.startLine, r.endLine + 1));
    for (const r of regions.slice().reverse()) doc.deleteLines(r.startLine, r.endLine - r.startLine + 1);
    const end: string[] = [''];
    blocks.forEach((b, i) => end.push(`附件${i + 1}`, '', ...b, ''));
    doc.insertLines(doc.lines.length, ...end);
    const text = relayout(doc.text, 'row').replace(/\t/g, '  ');
    assert.equal(parseReport(text).tables.length, 3);
    expectNone(text, 'missing-table');
  });

  it('a few rows of a table’s kind in part 一 (its own summary) are no table there: part 二 is still without one', () => {
    const doc = withoutTable(Doc.seed('001'), 'active');
    doc.insertLines(doc.line('二、主动公开政府信息情况'), '\t规章\t0', '\t行政许可\t12', '');
    expectOne(doc.text, 'missing-table', doc.find('二、主动公开政府信息情况'), { severity: 'error', zh: ['第二部分缺少表二（主动公开政府信息情况）。'] });
    // Three or four rows with figures but none of the table's header words: a summary still.
    const more = withoutTable(Doc.seed('001'), 'active');
    more.insertLines(more.line('二、主动公开政府信息情况'), '\t规章\t0', '\t行政规范性文件\t5', '\t行政许可\t12', '\t行政处罚\t30', '');
    expectOne(more.text, 'missing-table', more.find('二、主动公开政府信息情况'), { severity: 'error', zh: ['第二部分缺少表二（主动公开政府信息情况）。'] });
  });
});

describe('missing-table stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    for (const layout of ['cell', 'row'] as const) {
      it(`seed ${s} as published, ${layout} per line`, () => expectNone(relayout(Doc.seed(s).text, layout), 'missing-table'));
    }
  }

  it('a part missing altogether is missing-section\'s alone', () => {
    const doc = Doc.seed('001').removePart('三');
    const fs = findingsOf(doc.text);
    assert.deepEqual(only(fs, 'missing-table'), []);
    assert.equal(only(fs, 'missing-section').length, 1);
  });

  it('a table that starts with a caption and a unit line, and one whose header row is split over lines', () => {
    const doc = Doc.seed('001').replace('二、主动公开政府信息情况', '二、主动公开政府信息情况\n表1 主动公开政府信息情况统计表\n单位：件');
    expectNone(doc.text, 'missing-table');
  });

  it('a table that stands before its part\'s heading is there all the same', () => {
    // Part 四's heading moved below its table: the table now ends part 三.
    const doc = Doc.seed('001');
    const heading = doc.line('四、政府信息公开行政复议、行政诉讼情况');
    const text = doc.lines[heading]!;
    const end = doc.table('review').endLine;
    // The heading's line goes, so the table's last line moves up by one: insert after it.
    doc.deleteLines(heading);
    doc.insertLines(end, text);
    assert.equal(parseReport(doc.text).tables.filter((x) => x.kind === 'review').length, 1);
    expectNone(doc.text, 'missing-table');
  });
});

/**
 * The document with its table of `kind` as a web page's text leaves it when the cells are empty or pictures: one label
 * a line without TABs, every figure alone on its line taken out.
 */
function frameOnly(doc: Doc, kind: TableKind): Doc {
  const t = doc.table(kind);
  const inside = (i: number): boolean => i >= t.startLine && i <= t.endLine;
  const lines = doc.lines.filter((l, i) => !inside(i) || !/^\s*[0-9]+(?:\.[0-9]+)?\s*$/.test(l));
  const start = t.startLine;
  const end = start + (t.endLine - t.startLine + 1) - (doc.lines.length - lines.length);
  return Doc.of(lines.map((l, i) => (i >= start && i <= end ? l.replace(/^\t+/, '') : l)).join('\n'));
}

describe('missing-table: the table’s rows without their figures (a web page whose cells were empty or pictures)', () => {
  it('table 二 of seed 001, one cell a line, its figures taken out → on part 二’s heading, naming the rows found, not “缺少表二”', () => {
    const doc = frameOnly(Doc.seed('001'), 'active');
    expectOne(doc.text, 'missing-table', doc.find('二、主动公开政府信息情况'), {
      severity: 'error',
      zh: ['第二部分有表二（主动公开政府信息情况）的栏目（“规章”“行政规范性文件”等6行），但没有读到其中的数字：各单元格应填写数字，没有发生的事项填 0。'],
      en: ['Part 二 has the rows of table 二'],
    });
  });

  it('table 三 of seed 001 so: its rows named in the table’s order, the column heading 总计 not taken for （七）总计', () => {
    const doc = frameOnly(Doc.seed('001'), 'requests');
    expectOne(doc.text, 'missing-table', doc.find('三、收到和处理政府信息公开申请情况'), {
      zh: ['第三部分有表三（收到和处理政府信息公开申请情况）的栏目（“一、本年新收政府信息公开申请数量”“二、上年结转政府信息公开申请数量”等'],
    });
  });

  it('a 2019 table 二’s frame (规范性文件, 其他对外管理服务事项, 政府集中采购): each label named as written and counted once', () => {
    // A 2022 township page (format §2.1 layout): the 2019 frame, one cell a paragraph, its cells empty.
    const frame = ['第二十条第（一）项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '规范性文件',
      '第二十条第（五）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', '其他对外管理服务事项',
      '第二十条第（六）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政处罚', '行政强制',
      '第二十条第（八）项', '信息内容', '上一年项目数量', '本年增/减', '行政事业性收费',
      '第二十条第（九）项', '信息内容', '采购项目数量', '采购总金额', '政府集中采购'];
    const doc = withoutTable(Doc.seed('001'), 'active');
    doc.insertLines(doc.line('二、主动公开政府信息情况') + 1, ...frame.flatMap((l) => [l, '']));
    expectOne(doc.text, 'missing-table', doc.find('二、主动公开政府信息情况'), {
      zh: ['第二部分有表二（主动公开政府信息情况）的栏目（“规章”“规范性文件”等8行），但没有读到其中的数字'],
    });
  });

  it('a part with only two of its table’s row labels in its prose is still missing its table', () => {
    const doc = withoutTable(Doc.seed('001'), 'active');
    doc.insertLines(doc.line('二、主动公开政府信息情况') + 1, '规章', '行政许可');
    expectOne(doc.text, 'missing-table', doc.find('二、主动公开政府信息情况'), { zh: ['第二部分缺少表二（主动公开政府信息情况）。'] });
  });
});

describe('a table written as comma-separated text (CSV): read where no comma may have cut a cell, else missing-table says it was not read', () => {
  /**
   * Seed `prefix` with its tables as CSV, as a spreadsheet saves them: rows one per line, every row as wide as its table,
   * cells parted by commas, a cell with a comma or quote quoted (`quote`), or none (a CSV written by hand).
   */
  const csvOf = (prefix: string, quote = true) =>
    relayout(Doc.seed(prefix).text, 'row').split('\n')
      .map((l) => (l.includes('\t') ? l.split('\t').map((c) => (quote && /[,"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',') : l))
      .join('\n');
  const csv = csvOf('002').replace(',21650', ',"21,650"');
  const messages = (text: string) => findingsOf(text).map((f) => `${f.code} ${f.message['zh-CN']}`).sort();

  it('seeds 000–004 saved as CSV (a quoted 21,650 in 002): the tables and findings of the TAB-separated report', () => {
    assert.ok(csv.includes('"21,650"') && csv.includes('规章,0,0,'));
    const tabs = relayout(Doc.seed('002').text, 'row').replace('\t21650', '\t21,650');
    assert.deepEqual(messages(csv), messages(tabs));
    assert.deepEqual(parseReport(csv).tables.map((t) => [t.kind, t.rows.length]), parseReport(tabs).tables.map((t) => [t.kind, t.rows.length]));
    for (const prefix of ['000', '001', '003', '004']) assert.deepEqual(messages(csvOf(prefix)), messages(relayout(Doc.seed(prefix).text, 'row')), prefix);
  });

  it('a wrong figure in a CSV row is found on its own digits, and its fix restores the row', () => {
    const at = csv.split('\n').findIndex((l) => l.includes(',（一）予以公开,92,'));
    assert.ok(at >= 0);
    const lines = csv.split('\n');
    lines[at] = lines[at]!.replace(',92,', ',93,');
    expectFigureFixed(csv, lines.join('\n'), at, '93');
  });

  it('a label whose commas are not quoted (seed 000’s (区分处理的, 只计这一情形, …)): its table is not read, missing-table on its first CSV row says so', () => {
    const text = csvOf('000', false);
    assert.ok(text.includes('(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形),'));
    const found = only(findingsOf(text), 'missing-table');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message['zh-CN'], /^第三部分缺少表三.*以逗号分隔的文本（CSV），未能可靠读取/);
    // The cause its lines show, with the cell cut and what to do.
    assert.match(found[0]!.message['zh-CN'], /原因可能是栏目中的逗号没有加引号，把一个单元格分成了两个（“\(二\) 部分公开\(区分处理的”括号未闭合），请给含逗号的单元格加上英文双引号。/);
    assert.match(found[0]!.message.en, /The likely cause: a comma inside a label is not quoted .*“\(二\) 部分公开\(区分处理的” leaves a bracket open/);
    assert.doesNotMatch(found[0]!.message['zh-CN'], /千位|换行|空行/);
    assert.match(text.split('\n')[found[0]!.range.start.line]!, /,/);
    // Tables 二 and 四, no label cut, are read.
    assert.deepEqual(parseReport(text).tables.map((t) => t.kind).sort(), ['active', 'review']);
  });

  it('a figure 21,650 not quoted, in rows all as wide: that table is not read (its row one cell wider), missing-table says so', () => {
    const text = csvOf('002').replace(',21650', ',21,650');
    const found = only(findingsOf(text), 'missing-table');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message['zh-CN'], /^第二部分缺少表二.*未能可靠读取/);
    // The figure cut is the one pair in the one row a cell wider than the others (not 7,35,102's 35,102).
    assert.match(found[0]!.message['zh-CN'], /原因可能是数字中的千位分隔逗号没有加引号（“21,650”），无法与分隔单元格的逗号区分，请去掉千位分隔符或给数字加上英文双引号。/);
    assert.match(found[0]!.message.en, /a thousands comma inside a figure is not quoted \(“21,650”\)/);
  });

  it('rows written by hand (as wide as their figures) with 21,650 and 7,35,102: which figure is cut is not known, the likely causes are listed', () => {
    const doc = withoutTable(Doc.seed('002'), 'active');
    doc.insertLines(doc.line('二、主动公开政府信息情况') + 1, '规章,0,0,0', '行政规范性文件,7,35,102', '行政许可,21,650');
    const found = only(findingsOf(doc.text), 'missing-table');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message['zh-CN'], /^第二部分缺少表二.*未能可靠读取，表中的数字没有核对。可能的原因：标签或数字中的逗号没有加引号（如 21,650），单元格内有换行，或表格的行之间隔有空行或其他文字。或者改为以表格发布/);
    assert.match(found[0]!.message.en, /Likely causes: a comma inside a label or figure without quotes/);
    assert.doesNotMatch(found[0]!.message['zh-CN'], /“35,102”|“21,650”/);
  });

  it('two figures cut, each in a row a cell wider than the others of a spreadsheet’s rows: both named', () => {
    const text = csvOf('002').replace(',21650', ',21,650').replace(',2656', ',2,656');
    const found = only(findingsOf(text), 'missing-table');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message['zh-CN'], /千位分隔逗号没有加引号（“21,650”“2,656”）/);
    assert.match(found[0]!.message.en, /not quoted \(“21,650”, “2,656”\)/);
  });

  it('rows with figures parted by blank lines (each alone, fewer than five figures): not read, missing-table says the rows stand apart', () => {
    const rows = /^(第二十条|信息内容|规章|行政规范性文件|行政许可|行政处罚|行政强制|行政事业性收费)/;
    const text = csvOf('001').split('\n').map((l) => (rows.test(l) ? `${l}\n` : l)).join('\n');
    assert.ok(text.includes('\n规章,0,0,0\n\n行政规范性文件,'));
    const found = only(findingsOf(text), 'missing-table');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message['zh-CN'], /^第二部分缺少表二.*原因可能是表格的行之间隔有空行或其他文字，请使各行相连。/);
    assert.match(found[0]!.message.en, /blank lines or text stand between the table’s rows: put the rows together/);
  });

  it('a label cell with a line break, quoted over two lines (`"一、本年新收政府` / `信息公开申请数量",171,…`): that table is not read (no missing-row), missing-table says so', () => {
    const text = csv.replace('一、本年新收政府信息公开申请数量', '"一、本年新收政府\n信息公开申请数量"');
    assert.deepEqual(only(findingsOf(text), 'missing-row'), []);
    const found = only(findingsOf(text), 'missing-table');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message['zh-CN'], /^第三部分缺少表三.*未能可靠读取.*原因可能是单元格内有换行（引号内的文字跨行），请去掉单元格内的换行。/);
    assert.match(found[0]!.message.en, /a cell holds a line break \(quoted text running over two lines\): remove the line break/);
    assert.deepEqual(parseReport(text).tables.map((t) => t.kind).sort(), ['active', 'review']);
  });

  it('a quote left open in the part’s prose, not in the table, is no line break inside a cell: the cause its table shows alone', () => {
    // Seed 000's label cut by its unquoted commas, and a sentence of part 三 with an ASCII quote it never closes.
    const base = csvOf('000', false);
    const lines = base.split('\n');
    const three = lines.findIndex((l) => /^三、收到和处理政府信息公开申请情况/.test(l));
    lines.splice(three + 1, 0, '本机关对"依申请公开事项进行了梳理，全年情况如下。', '');
    const found = only(findingsOf(lines.join('\n')), 'missing-table');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message['zh-CN'], /原因可能是栏目中的逗号没有加引号/);
    assert.doesNotMatch(found[0]!.message['zh-CN'], /换行/);
    // Right after the table too (a blank line between).
    const after = base.split('\n');
    const four = after.findIndex((l) => /^四、政府信息公开行政复议/.test(l));
    after.splice(four, 0, '', '注：表中"其他处理含撤回申请。');
    assert.doesNotMatch(only(findingsOf(after.join('\n')), 'missing-table')[0]!.message['zh-CN'], /换行/);
  });

  it('a header cell broken over lines right above the first row with figures is the table’s: the line break is named', () => {
    const text = csv.replace(/^（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）/m, '"（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）"');
    assert.ok(/^"（本列数据的勾稽关系为：第一项加第二项之和，$/m.test(text));
    const found = only(findingsOf(text), 'missing-table');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message['zh-CN'], /原因可能是单元格内有换行/);
  });

  it('written by hand, rows not as wide, no figure that may be a thousands (`规章,0,0,0` / `行政许可,5`): read', () => {
    const text = Doc.seed('001').text;
    const tabs = relayout(text, 'row');
    const hand = tabs.split('\n').map((l) => (l.includes('\t') ? l.split('\t').filter((c) => c.trim() !== '').join(',') : l)).join('\n');
    assert.ok(hand.includes('\n规章,0,0,'));
    assert.deepEqual(only(findingsOf(hand), 'missing-table'), []);
  });

  it('prose typed with ASCII commas (every seed, its full stops dropped too): no line of it is read as a table’s, the same findings', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const text = Doc.seed(prefix).text;
      const ascii = text.split('\n').map((l) => (l.includes('\t') ? l : l.replace(/，/g, ','))).join('\n');
      assert.ok((ascii.match(/,/g) ?? []).length > 10, prefix);
      assert.deepEqual(messages(ascii).map((m) => m.replace(/，/g, ',')), messages(text).map((m) => m.replace(/，/g, ',')), prefix);
      const bare = ascii.split('\n').map((l) => (l.includes('\t') ? l : l.replace(/。/g, ''))).join('\n');
      assert.deepEqual([...parseReport(bare).tableLines].sort((a, b) => a - b), [...parseReport(text).tableLines].sort((a, b) => a - b), prefix);
    }
  });

  it('no finding of a table’s cells or rows is made of a table not read', () => {
    const codes = new Set(findingsOf(csvOf('002').replace(',21650', ',21,650')).map((f) => f.code));
    for (const code of ['cell-count', 'cell-not-number', 'missing-row', 'row-total', 'column-total', 'empty-cell']) assert.equal(codes.has(code), false, code);
  });
  it('stays as it was: prose with ASCII commas and figures in a part without its table (the message without CSV)', () => {
    const doc = withoutTable(Doc.seed('001'), 'active');
    const text = doc.text.replace('二、主动公开政府信息情况\n', '二、主动公开政府信息情况\n本年发布信息1,234条, 其中政策文件12件, 解读材料5篇\n共计1,251条, 同比增长10%\n规章,0,0\n');
    const found = only(findingsOf(text), 'missing-table');
    assert.equal(found.length, 1);
    assert.doesNotMatch(found[0]!.message['zh-CN'], /CSV/);
  });
  it('stays quiet where the table is read (a CSV line beside a table with TABs)', () => {
    const text = Doc.seed('001').text.replace('二、主动公开政府信息情况\n', '二、主动公开政府信息情况\n规章,0,0,0\n行政许可,0\n行政处罚,0\n');
    assert.deepEqual(only(findingsOf(text), 'missing-table'), []);
  });
});

describe('missing-table on a long part', () => {
  it('a part 三 of many lines with a quote left open before three CSV rows is read in linear time (the lines with an open quote a set)', () => {
    // Each line before the rows is asked whether it holds an open quote while the table's lines are widened: a search
    // of the list of such lines made it quadratic (160,000 lines: 17 s against 1.6 s).
    const lines = Doc.seed('002').text.split('\n');
    const i = lines.findIndex((l) => l.startsWith('三、收到和处理'));
    const j = lines.findIndex((l) => l.startsWith('四、'));
    const doc = (n: number) => [...lines.slice(0, i + 1), ...Array<string>(n).fill('文"'), ...Array<string>(3).fill('1,2,3,4,5,6,7'), ...lines.slice(j)].join('\n');
    assertLinear(doc, findingsOf, 20000, 'lines');
  });
});
