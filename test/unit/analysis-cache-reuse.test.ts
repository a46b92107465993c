/**
 * What the analysis cache keeps from one keystroke to the next, so that a keystroke in a long report does not make
 * the whole document again: the subsections of unchanged headings and lines are the same objects, and a memo keeps
 * what the last analysis used and nothing else. (That a cached analysis equals a fresh one after any edit is
 * analysis-cache.test.ts's.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AnalysisCache, analyze, type ReportModel, type Subsection } from '../../shared/src';
import { Memo } from '../../shared/src/cache';
import { seed } from '../helpers/fixtures';
import { bigReport } from '../helpers/generate';

function subsectionsOf(model: ReportModel): Subsection[] {
  const out: Subsection[] = [];
  const walk = (subs: readonly Subsection[]) => {
    for (const s of subs) {
      out.push(s);
      walk(s.children);
    }
  };
  for (const p of model.parts) walk(p.subsections);
  return out;
}

describe('analysis cache: what a keystroke makes again', () => {
  it('a keystroke in a subsection heading makes that subsection again and keeps every other (the same objects)', () => {
    const text = bigReport(seed('002'), 60_000);
    const cache = new AnalysisCache();
    const before = subsectionsOf(analyze(text, { cache }).model);
    assert.ok(before.length > 20, `${before.length} subsections`);
    const target = before[Math.floor(before.length / 2)]!;
    const line = target.range.start.line;
    const lines = text.split('\n');
    lines[line] = `${lines[line]!}的`;
    const edited = lines.join('\n');
    const after = subsectionsOf(analyze(edited, { cache }).model);
    assert.equal(after.length, before.length);
    const changed = after.filter((s, i) => s !== before[i]);
    // The edited heading's subsection, and those holding its line (none here: the seed's subsections do not nest there).
    assert.ok(changed.length >= 1 && changed.every((s) => s.fullRange.start.line <= line && line <= s.fullRange.end.line), `${changed.length} made again`);
    assert.deepEqual(after, subsectionsOf(analyze(edited).model));
  });

  it('a memo forgets, when an analysis ends, what that analysis did not use, and keeps what it did', () => {
    const memo = new Memo<number>();
    let computed = 0;
    const length = (key: string): number => {
      computed++;
      return key.length;
    };
    memo.get('收到申请35件', length);
    memo.get('予以公开20件', length);
    memo.sweep();
    assert.equal(memo.size, 2);
    // The next analysis uses one of them: the other is forgotten when it ends.
    assert.equal(memo.get('收到申请35件', length), 7);
    assert.equal(computed, 2);
    memo.sweep();
    assert.equal(memo.size, 1);
    memo.get('予以公开20件', length);
    assert.equal(computed, 3);
  });
});
