/**
 * Reports that came through a PDF, a web page or WPS: the five seeds relaid as text copied from them
 * (test/helpers/relayout.ts), and what the checker must still read in them. Written from the format
 * (format.md §9, §7.3) and the seeds, before the parser was read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seed } from '../helpers/fixtures';
import { covered, describeAll, findingsOf, only } from '../helpers/findings';

const ZWSP = '\u200b';
const SHY = '\u00ad';

/** Seed 002 with a sentence of part 一 written `words` (a count of requests that contradicts table 三's 178). */
function withClaim(words: string): string {
  const text = seed('002');
  const at = text.indexOf('全年共受理政府信息公开申请35件');
  assert.ok(at > 0);
  return text.slice(0, at) + words + '。' + text.slice(at);
}

test('invisible characters inside a claim\'s words (共收\\u200b到, 申\\u00ad请) take no room: the claim is read across them', () => {
  for (const ch of [ZWSP, SHY]) {
    const words = `全年共收${ch}到政府信息公开申${ch}请999件`;
    const text = withClaim(words);
    const fs = only(findingsOf(text), 'narrative-mismatch').filter((f) => covered(text, f.range).includes('999'));
    assert.equal(fs.length, 1, describeAll(text, findingsOf(text)));
    assert.equal(covered(text, fs[0]!.range), words.slice(2), 'the range runs from 共 to 件, the invisible characters inside it');
    assert.match(fs[0]!.message['zh-CN'], /178件/);
  }
});

test('a claim without invisible characters is read as before (the same range as with them, less their width)', () => {
  const text = withClaim('全年共收到政府信息公开申请999件');
  const f = only(findingsOf(text), 'narrative-mismatch').find((x) => covered(text, x.range).includes('999'));
  assert.ok(f);
  assert.equal(covered(text, f.range), '共收到政府信息公开申请999件');
});

test('a soft hyphen (U+00AD) is an invisible character: named by the artifact rule, no part of a table label or a heading', () => {
  const original = seed('002');
  const text = original
    .replace('1.属于国家秘密', `1.属于国${SHY}家秘密`)
    .replace('三、收到和处理政府信息公开申请情况', `三、收到和处理政府${SHY}信息公开申请情况`);
  const fs = findingsOf(text);
  const shy = only(fs, 'artifact');
  assert.equal(shy.length, 2, describeAll(text, fs));
  for (const f of shy) {
    assert.equal(covered(text, f.range), SHY);
    assert.match(f.message['zh-CN'], /U\+00AD（软连字符）/);
  }
  // Nothing else changes: the labels and the heading read as without it.
  const codes = (xs: typeof fs) => xs.map((f) => f.code).filter((c) => c !== 'artifact').sort();
  assert.deepEqual(codes(fs), codes(findingsOf(original)));
});
