/**
 * ShortKeyMemo: the results of a pure function of short keys, remembered across analyses and bounded.
 * And the label lookups that use it give what they gave before it: the same matches, report after report.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ShortKeyMemo } from '../../shared/src/memo';
import { analyze } from '../../shared/src';
import { matchRowKey, REQUEST_ROWS_2021, rowKey } from '../../shared/src/template';
import { SEEDS, seed } from '../helpers/fixtures';

describe('ShortKeyMemo', () => {
  it('computes a key once, undefined results included', () => {
    const calls: string[] = [];
    const memo = new ShortKeyMemo((k: string) => {
      calls.push(k);
      return k === 'none' ? undefined : k.length;
    });
    assert.equal(memo.get('abc'), 3);
    assert.equal(memo.get('abc'), 3);
    assert.equal(memo.get('none'), undefined);
    assert.equal(memo.get('none'), undefined);
    assert.deepEqual(calls, ['abc', 'none']);
  });

  it('does not keep keys longer than its bound: they are computed every time', () => {
    let calls = 0;
    const memo = new ShortKeyMemo((k: string) => (calls++, k.length), 4);
    memo.get('12345');
    memo.get('12345');
    assert.equal(calls, 2);
  });

  it('forgets everything past its limit, and goes on giving right answers', () => {
    let calls = 0;
    const memo = new ShortKeyMemo((k: string) => (calls++, `v${k}`), 48, 3);
    for (const k of ['a', 'b', 'c']) memo.get(k);
    assert.equal(calls, 3);
    memo.get('a');
    assert.equal(calls, 3, 'still remembered');
    assert.equal(memo.get('d'), 'vd'); // the fourth entry: the map is cleared first
    assert.equal(memo.get('a'), 'va');
    assert.equal(calls, 5, "'a' was forgotten and computed again");
  });
});

describe('remembered label matches', () => {
  it('`3.其他` is the official other.other row only in the 其他处理 group, whichever is asked first', () => {
    const key = rowKey('3.其他');
    const grouped = matchRowKey(key, REQUEST_ROWS_2021, 'otherHandling');
    assert.equal(grouped?.kind, 'official');
    assert.equal(grouped?.row.id, 'other.other');
    for (let i = 0; i < 2; i++) {
      const plain = matchRowKey(key, REQUEST_ROWS_2021);
      assert.ok(!(plain?.kind === 'official' && plain.row.id === 'other.other'), 'the group is not remembered into the ungrouped answer');
    }
    assert.deepEqual(matchRowKey(key, REQUEST_ROWS_2021, 'otherHandling'), grouped);
  });

  it('analysing the seeds again and again gives the same findings each time', () => {
    for (const s of SEEDS) {
      const text = seed(s.slice(0, 3));
      const first = JSON.stringify(analyze(text).findings);
      for (let i = 0; i < 3; i++) assert.equal(JSON.stringify(analyze(text).findings), first, s);
    }
  });
});

describe('what is remembered across analyses keeps no document alive', () => {
  it('a large report analysed without a cache is collected once dropped, though its table labels are remembered', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // The heap without its code: functions the JIT optimises while the second report is analysed (later on a
    // loaded machine, where its background compiler lags) hold no document.
    const heap = () => {
      gc();
      gc();
      return v8.getHeapSpaceStatistics().filter((s) => !s.space_name.startsWith('code')).reduce((sum, s) => sum + s.space_used_size, 0);
    };
    // Row-per-line table lines are longer than the short-line memo takes, so their cells are slices of
    // the document; labels of 13 characters or more are kept as slices by V8, not copied.
    // Each report's own wording of the labels, so that the second report's are new to the memos.
    const table = (n: number) => REQUEST_ROWS_2021.map((r, i) => `${r.label}（第${n}稿）\t${i}\t0\t0\t0\t0\t0\t${i}`).join('\n');
    const make = (n: number) => {
      const prose = Array.from({ length: 60_000 }, (_, k) => `第${n}-${k}段：本机关依法做好政府信息公开工作，共计${k}项任务。`).join('\n');
      return `某某县人民政府${n}年政府信息公开工作年度报告\n一、总体情况\n${prose}\n三、收到和处理政府信息公开申请情况\n${table(n)}\n`;
    };
    // Each analysis in a frame of its own: a temporary of the test's own frame (the result in an interpreter
    // register) would keep the report alive whatever the core does.
    const analyzeDropped = (n: number): { size: number; tables: number } => {
      const text = make(n);
      return { size: text.length, tables: analyze(text).model.tables.length };
    };
    analyzeDropped(1); // fill the memos and the code once
    const before = heap();
    // Three reports in turn, the heap measured after each: a report kept alive (each one, or the last one) shows in
    // every measurement; the least growth is taken, as a one-off of the engine's (seen in two full test runs, never in
    // a run of this file alone) shows in one.
    const growth: number[] = [];
    for (const n of [2, 3, 4]) {
      const r = analyzeDropped(n);
      assert.ok(r.size > 2_000_000, `${r.size} characters`);
      assert.ok(r.tables > 0, 'the table is read');
      growth.push(heap() - before);
    }
    // The report is about 2.5 M characters (5 MB as V8 holds it): kept alive, it would show.
    const least = Math.min(...growth);
    assert.ok(least < 2_000_000, `heap grew by ${growth.map((g) => (g / 1e6).toFixed(1)).join(', ')} MB`);
  });
});
