/** duplicate-row: each row of tables 二 and 三 appears once; a repetition (copy and paste) is reported. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc, relayout, rowLines, seed001In } from '../../helpers/doc';
import { applyFix, covered, expectNone, findingsOf, newFindings, only } from '../../helpers/findings';
import { SEEDS } from '../../helpers/fixtures';

/** Seed 001 in a layout, with the lines of the row labelled `needle` repeated right after it (`times` copies). */
function repeated(layout: 'cell' | 'row', needle: string, times = 1, change?: (line: string) => string): { base: string; text: string; first: number; copies: number[] } {
  const base = seed001In(layout);
  const lines = base.split('\n');
  const [first, end] = rowLines(lines, needle, layout);
  const block = lines.slice(first, end);
  const copies: number[] = [];
  const out = lines.slice(0, end);
  for (let i = 0; i < times; i++) {
    copies.push(out.length);
    out.push(...(change && i === times - 1 ? block.map(change) : block));
  }
  out.push(...lines.slice(end));
  return { base, text: out.join('\n'), first, copies };
}

describe('duplicate-row fires', () => {
  for (const layout of ['cell', 'row'] as const) {
    it(`a row pasted twice, ${layout} per line → a warning on the copy, pointing at the first; its fix removes the copy exactly`, () => {
      // （二）部分公开 has its line to itself in both layouts (（一）予以公开 follows its group label 三、本年度办理结果).
      const { base, text, first, copies } = repeated(layout, '（二）部分公开');
      const added = newFindings(base, text);
      assert.equal(added.length, 1, added.join('\n'));
      const f = only(findingsOf(text), 'duplicate-row')[0]!;
      assert.equal(f.severity, 'warning');
      assert.equal(f.range.start.line, copies[0]);
      assert.equal(covered(text, f.range), '（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
      assert.equal(f.message['zh-CN'], '表三（收到和处理政府信息公开申请情况）“（二）部分公开”这一行出现了2次，合计关系只按第一次出现的那一行核对。这一行与第一行的数字相同，可以删除。');
      assert.deepEqual(f.related.map((r) => r.range.start.line), [first]);
      assert.equal(applyFix(text, f), base);
    });
  }

  it('a copy with other figures → no fix: which row to keep is the writer’s call', () => {
    // The copy's 自然人 and 总计 each one more: its own row total holds, so nothing else fires.
    const plusOne = (l: string) => {
      const cells = l.split('\t');
      const at = cells.findIndex((c) => c.includes('部分公开'));
      for (const k of [at + 1, at + 7]) cells[k] = String(Number(cells[k]) + 1);
      return cells.join('\t');
    };
    const { base, text } = repeated('row', '（二）部分公开', 1, plusOne);
    assert.notEqual(text, base);
    const f = only(findingsOf(text), 'duplicate-row')[0]!;
    assert.match(f.message['zh-CN'], /各次的数字不同，请核对应保留哪一行。$/);
    assert.deepEqual(f.fixes, []);
    assert.deepEqual(newFindings(base, text).map((s) => s.split(' ')[0]), ['duplicate-row']);
  });

  it('a row three times → one finding, on the second, pointing at the first and the third, without a fix', () => {
    const { text, first, copies } = repeated('cell', '规章', 2);
    const fs = only(findingsOf(text), 'duplicate-row');
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message['zh-CN'], /^表二（主动公开政府信息情况）“规章”这一行出现了3次/);
    assert.equal(fs[0]!.range.start.line, copies[0]);
    assert.deepEqual(fs[0]!.related.map((r) => r.range.start.line), [first, copies[1]]);
    assert.deepEqual(fs[0]!.fixes, []);
  });
});

describe('duplicate-row: a whole table repeated', () => {
  for (const layout of ['cell', 'row'] as const) {
    it(`table 三 pasted twice, ${layout} per line → one finding for the table, not one per row, without a fix`, () => {
      const doc = layout === 'cell' ? Doc.seed('002') : Doc.of(relayout(Doc.seed('002').text, 'row'));
      const region = doc.table('requests');
      const lines = doc.text.split('\n').slice(region.startLine, region.endLine + 1);
      doc.insertLines(region.endLine + 1, ...lines);
      const fs = only(findingsOf(doc.text), 'duplicate-row');
      assert.equal(fs.length, 1, fs.map((f) => f.message['zh-CN']).join('\n'));
      assert.match(fs[0]!.message['zh-CN'], /^表三（收到和处理政府信息公开申请情况）有 2\d 行出现了不止一次，整张表可能重复了.*重复的各行与第一次出现时数字相同。/);
      assert.equal(fs[0]!.fixes.length, 0);
    });
  }
});

describe('duplicate-row stays quiet', () => {
  for (const name of SEEDS) {
    const s = name.slice(0, 3);
    it(`seed ${s} as published, and in the other layout`, () => {
      expectNone(Doc.seed(s).text, 'duplicate-row');
      expectNone(relayout(Doc.seed(s).text, s === '000' ? 'cell' : 'row'), 'duplicate-row');
    });
  }

  it('rows of one wording in different groups (3.其他 of （六）, 3.补正后… of （四）) are different rows', () => {
    const rows = Doc.seed('001').text.split('\n').filter((l) => /^\t3\./.test(l));
    assert.ok(rows.length >= 3, rows.join('|'));
    expectNone(Doc.seed('001').text, 'duplicate-row');
  });
});

describe('duplicate-row: a row whose label is only a variant of a row the table has in its official wording', () => {
  for (const layout of ['cell', 'row'] as const) {
    it(`a province's row 规范性文件 under 行政规范性文件 in table 二, ${layout} per line → another row: no duplicate-row, no label-variant`, () => {
      const { base, text } = repeated(layout, '行政规范性文件', 1, (l) => l.replace('行政规范性文件', '规范性文件').replace(/(^|\t)0(?=\t|$)/, '$14'));
      assert.notEqual(text, base);
      // It was duplicate-row (行政规范性文件 twice, other figures) and label-variant on 规范性文件.
      assert.deepEqual(newFindings(base, text), []);
    });

    it(`the official label written twice, ${layout} per line → duplicate-row still fires`, () => {
      const { base, text } = repeated(layout, '行政规范性文件', 1, (l) => l.replace(/(^|\t)0(?=\t|$)/, '$14'));
      assert.deepEqual(newFindings(base, text).map((s) => s.split(' ')[0]), ['duplicate-row']);
    });

    it(`规范性文件 alone (no 行政规范性文件 row), ${layout} per line → still read as 行政规范性文件, its wording named`, () => {
      const base = seed001In(layout);
      const text = base.replace('行政规范性文件', '规范性文件');
      assert.deepEqual(newFindings(base, text).map((s) => s.split(' ')[0]), ['label-variant']);
    });
  }
});
