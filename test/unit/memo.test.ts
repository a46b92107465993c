/**
 * ShortKeyMemo: the results of a pure function of short keys, remembered across analyses and bounded.
 * And the label lookups that use it give what they gave before it: the same matches, report after report.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ShortKeyMemo } from '../../shared/src/memo';
import { analyze } from '../../shared/src';
import { matchRowKey, REQUEST_ROWS_2021, rowKey } from '../../shared/src/template';
import { parseCell } from '../../shared/src/numbers';
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

  it('a cell read from the memo is the cell read afresh, before and after the memo is cleared', () => {
    const cells = ['（一）予以公开', '5件', '/', '〇', 'O', ' １２ ', '减4', '160.5964万元', '1,234', '-0', '无'];
    const first = cells.map((c) => parseCell(c));
    for (let i = 0; i < 10_000; i++) parseCell(`标签${i}`); // more distinct cells than the memo keeps
    assert.deepEqual(cells.map((c) => parseCell(c)), first);
    assert.deepEqual(first.map((v) => v.kind), ['text', 'text', 'text', 'text', 'text', 'number', 'text', 'text', 'number', 'number', 'text']);
  });
});
