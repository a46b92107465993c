/**
 * narrative-mismatch on the prose about tables 二 and 四: zero statements naming two rows or several kinds at
 * once, the rows or cases before their negation, a document row lending its verb to the next, and a `分别` list
 * whose kind of case only qualifies its results. Each sentence is put in a seed's 依申请公开 paragraph: seed 004
 * (every figure of 二 and 四 is 0) for the zero statements, seed 002 (表二 行政规范性文件 7 / 35 / 102, 规章 0 / 0 / 0;
 * 表四 复议 8 10 7 0 25) for the figures; a cell of the table is then changed to make the sentence wrong.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, claimsOf, parseReport, type Finding } from '../../shared/src';
import { lineOf, seed } from '../helpers/fixtures';

const PLACE: Record<'004' | '002', { needle: string; prefix: string }> = {
  '004': { needle: '（二）依申请公开情况。', prefix: '（二）依申请公开情况。' },
  '002': { needle: '2.依申请公开方面', prefix: '2.依申请公开方面。' },
};

function placed(base: '004' | '002', sentence: string): { text: string; line: number; column: number } {
  const text = seed(base);
  const lines = text.split('\n');
  const line = lineOf(text, PLACE[base].needle);
  lines[line] = PLACE[base].prefix + sentence;
  return { text: lines.join('\n'), line, column: PLACE[base].prefix.length };
}

const onLine = (text: string, line: number): Finding[] =>
  analyze(text).findings.filter((f) => f.code === 'narrative-mismatch' && f.range.start.line === line);

function claimsOn(text: string, line: number): string[] {
  return claimsOf(parseReport(text))
    .filter((c) => c.range.start.line === line)
    .map((c) => `${c.quantity} ${c.value} ${c.holds === true ? '✓' : c.holds === false ? '✗' : '?'}`);
}

/** The finding's text on its line. */
function covered(text: string, f: Finding): string {
  return text.split('\n')[f.range.start.line]!.slice(f.range.start.character, f.range.end.character);
}

describe('narrative-mismatch: 分别 over the results of table 四', () => {
  it('行政复议中结果维持、结果纠正、其他结果分别为…: the kind of case qualifies the results, it is not an item', () => {
    const { text, line } = placed('002', '行政复议中结果维持、结果纠正、其他结果分别为8件、10件、7件。');
    assert.deepEqual(claimsOn(text, line), ['review.upheld 8 ✓', 'review.corrected 10 ✓', 'review.other 7 ✓']);
    const wrong = placed('002', '行政复议中结果维持、结果纠正、其他结果分别为8件、11件、7件。');
    const fs = onLine(wrong.text, wrong.line);
    assert.equal(fs.length, 1);
    assert.match(covered(wrong.text, fs[0]!), /^结果纠正/);
  });

  it('行政复议结果维持、纠正、其他分别为8件、10件、7件: no longer read as 行政复议 8 and 维持 10', () => {
    const { text, line } = placed('002', '行政复议结果维持、纠正、其他分别为8件、10件、7件。');
    assert.deepEqual(onLine(text, line), []);
  });
});
