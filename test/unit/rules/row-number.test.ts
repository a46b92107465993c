/** row-number: a table row’s label carries the national format’s number (format §3.2, table 三). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc, relayout, rowLines, seed001In } from '../../helpers/doc';
import { applyFix, covered, describeAll, expectNone, findingsOf, newFindings, only } from '../../helpers/findings';
import { leadingMarker } from '../../../shared/src/rules/row-number';

/** `text` with the first occurrence of `from` replaced by `to` (asserted to be there). */
function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
}

describe('row-number fires', () => {
  for (const layout of ['cell', 'row'] as const) {
    it(`an item numbered as the next one (4.→5. under （五）不予处理), ${layout} per line → one warning on the number, fixed to 4`, () => {
      const base = seed001In(layout);
      const text = edit(base, '4.无正当理由大量反复申请', '5.无正当理由大量反复申请');
      assert.deepEqual(newFindings(base, text).map((s) => s.split(' ')[0]), ['row-number']);
      const f = only(findingsOf(text), 'row-number')[0]!;
      assert.equal(f.severity, 'warning');
      assert.equal(covered(text, f.range), '5');
      assert.match(f.message['zh-CN'], /“5\.无正当理由大量反复申请”的序号有误：国家格式中这一行是“4\.无正当理由大量反复申请”，序号为“4”，表中写的是“5”。$/);
      assert.match(f.message.en, /numbered 5; the national format numbers it 4/);
      assert.equal(applyFix(text, f), base);
    });
  }

  it('a number repeated from the row above (3. written 2.) → on the second 2', () => {
    const base = seed001In('row');
    const text = edit(base, '3.要求提供公开出版物', '2.要求提供公开出版物');
    const fs = only(findingsOf(text), 'row-number');
    assert.equal(fs.length, 1);
    assert.match(text.split('\n')[fs[0]!.range.start.line]!, /2\.要求提供公开出版物/);
    assert.equal(applyFix(text, fs[0]!), base);
  });

  it('an item numbered 0. (2.没有现成信息需要另行制作 written 0.) → on the 0, fixed to 2', () => {
    const base = seed001In('row');
    const text = edit(base, '2.没有现成信息需要另行制作', '0.没有现成信息需要另行制作');
    const fs = only(findingsOf(text), 'row-number');
    assert.equal(fs.length, 1);
    assert.equal(covered(text, fs[0]!.range), '0');
    assert.equal(applyFix(text, fs[0]!), base);
  });

  it('an outcome numbered in the wrong numeral (（二）部分公开 written （三）) → fixed to 二, the brackets kept', () => {
    const base = seed001In('cell');
    const text = edit(base, '（二）部分公开', '（三）部分公开');
    const f = only(findingsOf(text), 'row-number')[0]!;
    assert.equal(covered(text, f.range), '三');
    assert.equal(applyFix(text, f), base);
  });

  it('full-width digits and 、 for the stop (５、) → read as 5., fixed in half-width digits, 、 kept', () => {
    const base = seed001In('row');
    const text = edit(base, '4.无正当理由大量反复申请', '５、无正当理由大量反复申请');
    const f = only(findingsOf(text), 'row-number')[0]!;
    assert.equal(covered(text, f.range), '５');
    assert.ok(applyFix(text, f).includes('4、无正当理由大量反复申请'));
  });

  it('a top-level row (四、结转下年度继续办理 written 五、) → fixed to 四', () => {
    const base = seed001In('row');
    const text = edit(base, '四、结转下年度继续办理', '五、结转下年度继续办理');
    const f = only(findingsOf(text), 'row-number')[0]!;
    assert.equal(covered(text, f.range), '五');
    assert.equal(applyFix(text, f), base);
  });
});

describe('row-number stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published, in both layouts`, () => {
      expectNone(Doc.seed(s).text, 'row-number');
      expectNone(relayout(Doc.seed(s).text, s === '000' ? 'cell' : 'row'), 'row-number');
    });
  }

  it('another style of numbering ((1) for 1., 1） for 1.) is no wrong number', () => {
    const base = seed001In('row');
    expectNone(edit(base, '1.信访举报投诉类申请', '（1）信访举报投诉类申请'), 'row-number');
    expectNone(edit(base, '2.重复申请', '2）重复申请'), 'row-number');
  });

  it('a label without its number is not reported', () => {
    expectNone(edit(seed001In('row'), '4.无正当理由大量反复申请', '无正当理由大量反复申请'), 'row-number');
  });

  it('a group with a row deleted and the rest renumbered → missing-row only', () => {
    const base = seed001In('row');
    const lines = base.split('\n');
    const [a, b] = rowLines(lines, '3.要求提供公开出版物', 'row');
    lines.splice(a, b - a);
    const text = lines.join('\n').replace('4.无正当理由大量反复申请', '3.无正当理由大量反复申请').replace('5.要求行政机关确认', '4.要求行政机关确认');
    expectNone(text, 'row-number');
    assert.equal(only(findingsOf(text), 'missing-row').length, 1);
  });

  it('two rows exchanged with their numbers kept in sequence → row-order only', () => {
    const lines = seed001In('row').split('\n');
    const [a0, a1] = rowLines(lines, '1.信访举报投诉类申请', 'row');
    const [b0, b1] = rowLines(lines, '2.重复申请', 'row');
    const swapped = [...lines.slice(0, a0), ...lines.slice(b0, b1), ...lines.slice(a1, b0), ...lines.slice(a0, a1), ...lines.slice(b1)].join('\n');
    const text = swapped.replace('2.重复申请', '1.重复申请').replace('1.信访举报投诉类申请', '2.信访举报投诉类申请');
    expectNone(text, 'row-number');
    assert.equal(only(findingsOf(text), 'row-order').length, 1);
  });
});

describe('leadingMarker', () => {
  it('reads the format’s three styles and where the number is', () => {
    assert.deepEqual(leadingMarker('5.属于三类内部事务信息'), { style: 'arabic', number: 5, from: 0, to: 1 });
    assert.deepEqual(leadingMarker('\t12、其他'), { style: 'arabic', number: 12, from: 1, to: 3 });
    assert.deepEqual(leadingMarker('( 七 )总计'), { style: 'paren-cjk', number: 7, from: 2, to: 3 });
    assert.deepEqual(leadingMarker('十二、其他'), { style: 'cjk', number: 12, from: 0, to: 2 });
  });

  it('reads no marker in a decimal, a year, a bare numeral or an unknown numeral', () => {
    assert.equal(leadingMarker('1.5万元'), undefined);
    assert.equal(leadingMarker('2024年'), undefined);
    assert.equal(leadingMarker('三类内部事务信息'), undefined);
    assert.equal(leadingMarker('十十、其他'), undefined);
  });
});

describe('row-number on table 二’s block captions', () => {
  it('（八）项 over 行政事业性收费 written （九）项 → the table stays a 2021 table (no old-format, no cascade), one warning on 九, fixed to 八', () => {
    const base = Doc.seed('001').text;
    const text = edit(base, '第二十条第（八）项', '第二十条第（九）项');
    assert.deepEqual(newFindings(base, text).map((s) => s.split(' ')[0]), ['row-number']);
    const f = only(findingsOf(text), 'row-number')[0]!;
    assert.equal(covered(text, f.range), '九');
    assert.match(f.message['zh-CN'], /“第二十条第（九）项”序号有误：其下的行属于第二十条第（八）项。$/);
    assert.equal(applyFix(text, f), base);
  });

  for (const [from, want] of [['一', '一'], ['五', '五'], ['六', '六']] as const) {
    it(`（${from}）项 written （三）项 → on it, fixed to ${want}`, () => {
      const base = Doc.seed('002').text;
      const text = edit(base, `第二十条第（${from}）项`, '第二十条第（三）项');
      const fs = only(findingsOf(text), 'row-number');
      assert.equal(fs.length, 1);
      assert.equal(covered(text, fs[0]!.range), '三');
      assert.equal(applyFix(text, fs[0]!), base);
    });
  }

  it('captions in the rows’ lines (`第二十条第（五）项⇥行政许可⇥21650`) are read too', () => {
    const base = Doc.seed('001').text;
    const lines = base.split('\n');
    const at = lines.findIndex((l) => l.includes('第二十条第（五）项'));
    const row = lines.findIndex((l, i) => i > at && l.trim() === '行政许可');
    const joined = [...lines.slice(0, at), `\t第二十条第（六）项\t行政许可\t${lines[row + 1]!.trim()}`, ...lines.slice(row + 2)].join('\n');
    const fs = only(findingsOf(joined), 'row-number');
    assert.equal(fs.length, 1, describeAll(joined, findingsOf(joined)));
    assert.equal(covered(joined, fs[0]!.range), '六');
  });

  for (const [seedName, item, layout] of [['001', '一', 'cell'], ['002', '六', 'cell'], ['001', '五', 'row']] as const) {
    it(`seed ${seedName} (${layout} per line) with 第二十一条第（${item}）项 (another article cited) → one warning on 二十一, fixed to 二十, nothing else new`, () => {
      const base = layout === 'cell' ? Doc.seed(seedName).text : seed001In('row');
      const text = edit(base, `第二十条第（${item}）项`, `第二十一条第（${item}）项`);
      assert.deepEqual(newFindings(base, text).map((x) => x.split(' ')[0]), ['row-number']);
      const f = only(findingsOf(text), 'row-number')[0]!;
      assert.equal(covered(text, f.range), '二十一');
      assert.equal(f.message['zh-CN'], '表二（主动公开政府信息情况）的块标题写的是“第二十一条”：表二各块依据《条例》第二十条，应为“第二十条”。');
      assert.equal(applyFix(text, f), base);
    });
  }
  it('a sentence citing another article near table 二 is no caption: quiet', () => {
    const base = Doc.seed('001').text;
    const text = base.replace('二、主动公开政府信息情况\n', '二、主动公开政府信息情况\n依据《条例》第十九条第（一）项的规定，本机关公开以下信息。\n');
    assert.notEqual(text, base);
    expectNone(text, 'row-number');
  });

  it('the seeds’ captions, a caption over no row (its rows missing) and the 2019 （九）项 over 政府集中采购 are not reported', () => {
    for (const s of ['000', '001', '002', '003', '004']) expectNone(Doc.seed(s).text, 'row-number');
    const lines = Doc.seed('001').text.split('\n');
    const at = lines.findIndex((l) => l.includes('第二十条第（八）项'));
    // The 行政事业性收费 block's rows cut: its caption heads nothing.
    expectNone(lines.slice(0, at + 1).join('\n') + '\n\n三、收到和处理政府信息公开申请情况\n' + lines.slice(lines.findIndex((l) => l.startsWith('三、收到和处理'))+1).join('\n'), 'row-number');
    expectNone(Doc.seed('001').text.replace('第二十条第（八）项', '第二十条第（九）项\n\t信息内容\t采购项目数量\t采购总金额\n\t政府集中采购\t0\t0\n\t第二十条第（八）项'), 'row-number');
  });
});

describe('row-number on table 三’s group labels', () => {
  for (const layout of ['cell', 'row'] as const) {
    for (const [from, to, numeral] of [['（三）不予公开', '（四）不予公开', '四'], ['（六）其他处理', '（五）其他处理', '五'], ['三、本年度办理结果', '四、本年度办理结果', '四']] as const) {
      it(`${from} written ${to} (${layout} per line) → one warning on ${numeral}, fixed`, () => {
        const base = seed001In(layout);
        const text = edit(base, from, to);
        assert.deepEqual(newFindings(base, text).map((s) => s.split(' ')[0]), ['row-number']);
        const f = only(findingsOf(text), 'row-number')[0]!;
        assert.equal(covered(text, f.range), numeral);
        assert.match(f.message['zh-CN'], new RegExp(`“${to}”的序号有误：国家格式中为“${from}”`));
        assert.equal(applyFix(text, f), base);
      });
    }
  }

  it('a group label in another style ((3) for （三）) or written twice is not reported', () => {
    const base = seed001In('cell');
    expectNone(edit(base, '（三）不予公开', '(3)不予公开'), 'row-number');
    expectNone(edit(base, '（三）不予公开', '（四）不予公开\n\t（四）不予公开'), 'row-number');
  });
});

describe('row-number: a numbered label broken over lines', () => {
  const cases: [string, string, string, string][] = [
    ['cell per line, two paragraphs', seed001In('cell'), '\t4.无正当理由大量反复申请\n', '\t{n}.无正当理由\n\t大量反复申请\n'],
    ['cell per line, three paragraphs', seed001In('cell'), '\t4.无正当理由大量反复申请\n', '\t{n}.无正当理由\n\t大量反复\n\t申请\n'],
    ['row per line, the rest after the figures', seed001In('row'), '\t\t4.无正当理由大量反复申请\t', '\t\t{n}.无正当理由\t'],
  ];
  for (const [what, base, from, to] of cases) {
    const wrapped = (n: string) => {
      assert.ok(base.includes(from), from);
      let text = base.replace(from, to.replace('{n}', n));
      // Row per line: the label's second piece on the line under its figures.
      if (what.startsWith('row')) text = text.replace(/(\t\t4\.无正当理由|\t\t5\.无正当理由)([^\n]*\n)/, '$1$2\t\t大量反复申请\n');
      return text;
    };
    it(`${what}, numbered 5. for 4. → one warning on the 5, fixed to 4`, () => {
      const good = wrapped('4');
      const bad = wrapped('5');
      // It was not checked: the label's range spans two lines or more.
      assert.deepEqual(newFindings(good, bad).map((s) => s.split(' ')[0]), ['row-number']);
      const f = only(findingsOf(bad), 'row-number')[0]!;
      assert.equal(covered(bad, f.range), '5');
      assert.match(f.message['zh-CN'], /“5\.无正当理由大量反复申请”的序号有误/);
      assert.equal(applyFix(bad, f), good);
    });
    it(`${what}, numbered right → nothing new against the seed`, () => {
      assert.deepEqual(newFindings(base, wrapped('4')), []);
    });
  }
});
