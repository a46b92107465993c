/** LineSpans behaves as the Set of the lines its spans cover, whatever the spans (overlapping, unordered, empty). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LineSpans } from '../../shared/src/line-spans';

const span = fc.record({ start: fc.integer({ min: -3, max: 60 }), length: fc.integer({ min: -2, max: 15 }) }).map((s) => ({ start: s.start, end: s.start + s.length }));

describe('LineSpans', () => {
  it('has, size, iteration and forEach agree with a Set filled line by line', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 6 }), (spans) => {
        const expected = new Set<number>();
        for (const s of spans) for (let l = s.start; l <= s.end; l++) expected.add(l);
        const set = new LineSpans(spans);
        for (let l = -1; l <= 80; l++) assert.equal(set.has(l), expected.has(l), `line ${l}`);
        // Not a line's index: as the spans' bounds hold it.
        for (const x of [-0.5, 0.5, 3.5, 17.25, 79.5, Number.NaN]) assert.equal(set.has(x), spans.some((s) => s.start <= x && x <= s.end), `number ${x}`);
        const sorted = [...expected].sort((a, b) => a - b);
        assert.equal(set.size, expected.size);
        assert.deepEqual([...set], sorted);
        assert.deepEqual([...set.keys()], sorted);
        assert.deepEqual([...set.entries()], sorted.map((l) => [l, l]));
        const seen: number[] = [];
        set.forEach((v, k, s) => {
          assert.equal(v, k);
          assert.equal(s, set);
          seen.push(v);
        });
        assert.deepEqual(seen, sorted);
      }),
      { numRuns: 2000 },
    );
  });
});
