/** Character classes the parser tests one code unit at a time instead of with a pattern, and label keys. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isWhiteSpace, keyCharCode, labelKey } from '../../shared/src/normalize';

describe('isWhiteSpace', () => {
  it('is exactly /\\s/ on every UTF-16 code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    assert.deepEqual(differ, []);
  });
});

describe('labelKey', () => {
  /** The key built one code unit at a time, as its definition says. */
  const reference = (s: string): string => {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const k = keyCharCode(s.charCodeAt(i));
      if (k >= 0) out += String.fromCharCode(k);
    }
    const m = /^(\d+)、/.exec(out);
    return m ? `${m[1]}.${out.slice(m[0].length)}` : out;
  };

  it('official wordings and their typographic variants share a key', () => {
    assert.equal(labelKey('（三） 不予公开'), labelKey('(三)不予公开'));
    assert.equal(labelKey('１２、其他'), '12.其他');
    assert.equal(labelKey('“其他”处理'), '其他处理');
    assert.equal(labelKey('178'), '178');
  });

  it('is the key built one code unit at a time, for short and long strings, changed or not', () => {
    const piece = fc.constantFrom('申请', '公开', '0', '12', '、', '（', '）', '(', ')', ' ', '\u3000', '\t', '“', '”', '．', '，', ',', 'Ａ', 'a', '【', '】', '\u200b', '𠀀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }).map((a) => a.join('')), (s) => {
        assert.equal(labelKey(s), reference(s));
      }),
      { numRuns: 2000, seed: 1202 },
    );
    const long = '政府信息公开申请'.repeat(700) + ' （一）';
    assert.equal(labelKey(long), reference(long));
  });
});
