/** Character classes the parser tests one code unit at a time instead of with a pattern. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isWhiteSpace } from '../../shared/src/normalize';

describe('isWhiteSpace', () => {
  it('is exactly /\\s/ on every UTF-16 code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    assert.deepEqual(differ, []);
  });
});
