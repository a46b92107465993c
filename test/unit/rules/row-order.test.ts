/** row-order: the rows of tables 二 and 三 stand in the order of the national format (format §3.2). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc, relayout, rowLines, seed001In } from '../../helpers/doc';
import { expectNone, findingsOf, newFindings, only } from '../../helpers/findings';

/** Seed 001 in a layout, the lines of the rows labelled `a` and `b` (a before b) exchanged. */
function swapped(layout: 'cell' | 'row', a: string, b: string): { base: string; text: string; lines: string[] } {
  const base = seed001In(layout);
  const lines = base.split('\n');
  const [a0, a1] = rowLines(lines, a, layout);
  const [b0, b1] = rowLines(lines, b, layout);
  assert.ok(a1 <= b0);
  const out = [...lines.slice(0, a0), ...lines.slice(b0, b1), ...lines.slice(a1, b0), ...lines.slice(a0, a1), ...lines.slice(b1)];
  return { base, text: out.join('\n'), lines: out };
}

describe('row-order fires', () => {
  for (const layout of ['cell', 'row'] as const) {
    it(`table 三, two neighbouring rows exchanged, ${layout} per line → one warning, on one of them, saying where it belongs`, () => {
      const { base, text, lines } = swapped(layout, '1.信访举报投诉类申请', '2.重复申请');
      const added = newFindings(base, text);
      assert.equal(added.length, 1, added.join('\n'));
      const f = only(findingsOf(text), 'row-order')[0]!;
      assert.equal(f.severity, 'warning');
      assert.match(lines[f.range.start.line]!, /1\.信访举报投诉类申请|2\.重复申请/);
      assert.match(f.message['zh-CN'], /^表三.*这一行的位置与国家格式不符，应在“.*”这一行之后。$/);
    });

    it(`table 三, a row moved far up (${layout} per line) → on the moved row, which belongs after the row before its place`, () => {
      const { base, text, lines } = swapped(layout, '（一）予以公开', '四、结转下年度继续办理');
      const fs = only(findingsOf(text), 'row-order');
      assert.ok(fs.length >= 1 && fs.length <= 2, fs.map((f) => f.message['zh-CN']).join('\n'));
      assert.ok(fs.some((f) => lines[f.range.start.line]!.includes('四、结转下年度继续办理')));
      assert.ok(newFindings(base, text).every((x) => x.startsWith('row-order')));
    });
  }

  it('table 二, 规章 after 行政规范性文件 → on one of the two', () => {
    const { text, lines } = swapped('row', '规章', '行政规范性文件');
    const fs = only(findingsOf(text), 'row-order');
    assert.equal(fs.length, 1);
    assert.match(lines[fs[0]!.range.start.line]!, /规章|行政规范性文件/);
  });
});

describe('row-order stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published, in both layouts`, () => {
      expectNone(Doc.seed(s).text, 'row-order');
      expectNone(relayout(Doc.seed(s).text, s === '000' ? 'cell' : 'row'), 'row-order');
    });
  }

  it('a row repeated right after itself is duplicate-row’s, not out of order', () => {
    const lines = relayout(Doc.seed('001').text, 'row').split('\n');
    const at = lines.findIndex((l) => l.includes('（二）部分公开'));
    lines.splice(at + 1, 0, lines[at]!);
    expectNone(lines.join('\n'), 'row-order');
    assert.equal(only(findingsOf(lines.join('\n')), 'duplicate-row').length, 1);
  });

  it('a row deleted leaves the others in order: missing-row, not row-order', () => {
    const lines = relayout(Doc.seed('001').text, 'row').split('\n');
    lines.splice(lines.findIndex((l) => l.includes('（二）部分公开')), 1);
    expectNone(lines.join('\n'), 'row-order');
  });
});
