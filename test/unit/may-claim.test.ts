/**
 * `mayClaim`, the fast test of whether a sentence can make a claim, is exactly its specification, the
 * pattern MAY_CLAIM: on random strings over the characters that matter, on the seeds' sentences, and on
 * the edge cases of the backward scan (white space of every kind, the approximation words, 万 and 亿).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MAY_CLAIM, mayClaim } from '../../shared/src/claims/extract';
import { sentenceEnd } from '../../shared/src/claims/stream';
import { SEEDS, seed } from '../helpers/fixtures';

/** Numerals, scales, approximations, units, negation pieces, words of having dealt with requests, white space (ASCII, NBSP, ideographic, line separator) and others. */
const ALPHABET = [...'05一十百万亿两多余来件条份次个起宗例元未无没有不存在办结答复理处完毕维持败诉纠错被正零复议申请项共计合总 \t\u00a0\u3000\u2028年共收到，。'];

describe('mayClaim', () => {
  it('agrees with MAY_CLAIM on random strings over the characters that matter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((a) => a.join('')), (s) => mayClaim(s) === MAY_CLAIM.test(s)),
      { numRuns: 20000 },
    );
  });

  it('agrees with MAY_CLAIM on every line and sentence of the seeds', () => {
    for (const name of SEEDS) {
      for (const piece of seed(name.slice(0, 3)).split(/[\n。；]/)) assert.equal(mayClaim(piece), MAY_CLAIM.test(piece), piece);
    }
  });

  it('reads back from a unit over white space and 多/余/来 to a numeral', () => {
    const cases: [string, boolean][] = [
      ['收到申请35件', true],
      ['收到申请35 \u3000 件', true],
      ['共100多 件', true],
      ['约一万件', true],
      ['三亿元', true],
      ['多件事项', false],
      ['余件', false],
      ['文件', false],
      ['本年度未收取费用', true],
      ['没有发生', true],
      ['不存在', true],
      ['不存', false],
      ['均已办结', true],
      ['办结率100%', true],
      ['均已按时答复', true],
      ['已办理完毕', true],
      ['办理中', false],
      ['均获维持', true],
      ['零败诉', true],
      ['零被纠错', true],
      ['零售', false],
      ['全年零申请', true],
      ['实现零复议、零诉讼', true],
      ['零行政诉讼', true],
      ['零', false],
      ['收到申请3项', true],
      ['申请 共计 一十 项', true],
      ['申请合计3项', true],
      ['申请总3项', false],
      ['事项3项', false],
      ['完成3项', false],
      ['收到3项依申请公开', true],
      ['3项政府信息公开申请', true],
      ['3项 申请', true],
      ['3项申请人', false],
      ['3项依申请公开信息', false],
      ['3项依申请公开的信息', false],
      ['申请项', false],
      ['维', false],
      ['', false],
    ];
    for (const [s, expected] of cases) {
      assert.equal(mayClaim(s), expected, s);
      assert.equal(MAY_CLAIM.test(s), expected, `the pattern itself: ${s}`);
    }
  });

  it('finds in a paragraph whatever it finds in one of its sentences (a paragraph it finds nothing in is skipped)', () => {
    const paragraph = fc.array(fc.constantFrom(...ALPHABET, '。', '！', '？', '!', '?'), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(paragraph, (p) => {
        for (let s = 0, i = 0; s <= p.length; s = i + 1) {
          i = sentenceEnd(p, s);
          if (mayClaim(p.slice(s, i))) return mayClaim(p);
        }
        return true;
      }),
      { numRuns: 20000 },
    );
  });
});
