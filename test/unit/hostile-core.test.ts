/**
 * The core on hostile inputs: the parser and every rule must return, without throwing, with findings
 * whose ranges lie inside the document. Each input is built so that a pattern with nested or
 * overlapping quantifiers would backtrack for minutes on it. How long each takes is a figure of the
 * benchmark (`npm run bench`), not an assertion here; the guard timeout only stops a test that hangs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, claimsOf, splitLines, type Analysis } from '../../shared/src';
import { hostileInputs } from '../helpers/generate';
import { seed } from '../helpers/fixtures';

const GUARD = { timeout: 120_000 };
/**
 * A blow-up, not a speed target: each input takes 0.1–4 s here, and the guard above cannot stop a
 * synchronous analysis (one that took ten minutes passed under it), so its time is checked once it returns.
 */
const BLOW_UP_MS = 60_000;

function checkSane(text: string, analysis: Analysis): void {
  const lines = splitLines(text);
  const { model, findings } = analysis;
  assert.equal(model.lines.length, lines.length);
  assert.equal(model.masked.length, lines.length);
  for (let l = 0; l < lines.length; l++) {
    assert.equal(model.masked[l]!.length, lines[l]!.text.length, `masked line ${l} keeps its length`);
    assert.equal(model.folded[l]!.length, lines[l]!.text.length, `folded line ${l} keeps its length`);
  }
  const inside = (p: { line: number; character: number }) =>
    p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!.text.length;
  for (const f of findings) {
    assert.notEqual(f.code, 'internal-error', localizeFailure(f.message));
    assert.ok(inside(f.range.start) && inside(f.range.end), `${f.code} range ${JSON.stringify(f.range)} inside the document`);
    assert.ok(f.range.start.line < f.range.end.line || (f.range.start.line === f.range.end.line && f.range.start.character <= f.range.end.character));
    for (const r of f.related) assert.ok(inside(r.range.start) && inside(r.range.end), `${f.code} related range inside the document`);
  }
  for (const c of claimsOf(model)) assert.ok(inside(c.range.start) && inside(c.range.end), 'claim range inside the document');
}

function localizeFailure(message: { 'zh-CN': string; en: string }): string {
  return message.en;
}

describe('the core on hostile inputs', () => {
  const typical = seed('002');
  const inputs = hostileInputs(typical);

  for (const input of inputs) {
    it(`${input.name}: returns with sane findings`, GUARD, () => {
      const start = performance.now();
      const analysis = analyze(input.text);
      const ms = performance.now() - start;
      assert.ok(ms < BLOW_UP_MS, `${input.name}: ${Math.round(ms / 1000)} s (a pattern or loop that is quadratic or worse; see npm run bench)`);
      checkSane(input.text, analysis);
    });
  }

  it('NUL bytes and lone surrogates inside a real report leave its structure readable', GUARD, () => {
    for (const name of ['NUL bytes', 'lone surrogates']) {
      const { model } = analyze(inputs.find((i) => i.name === name)!.text);
      assert.deepEqual(model.parts.map((p) => p.id), [1, 2, 3, 4, 5, 6], name);
      assert.deepEqual(model.tables.map((t) => t.kind), ['active', 'requests', 'review'], name);
    }
  });

  it('heading-like lines by the ten thousand are read as headings, sub-headings and table labels, not as text', GUARD, () => {
    const { model } = analyze(inputs.find((i) => i.name === '40,000 heading-like lines')!.text);
    assert.ok(model.parts.length > 1000, `${model.parts.length} part headings`);
    const subs = analyze(inputs.find((i) => i.name === '40,000 numbered sub-headings in one part')!.text).model;
    assert.equal(subs.parts.length, 1);
    assert.equal(subs.parts[0]!.subsections.length, 40_000);
  });

  it('a table of a hundred thousand rows is one table', GUARD, () => {
    const { model } = analyze(inputs.find((i) => i.name === 'a table of 100,000 rows')!.text);
    assert.equal(model.tables.length, 1);
    assert.equal(model.tables[0]!.rows.length, 100_000);
  });

  it('a 4 MB report has the structure of the report it repeats', GUARD, () => {
    const { model, findings } = analyze(inputs.find((i) => i.name === '4 MB report')!.text);
    assert.deepEqual(model.parts.map((p) => p.id), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(model.tables.map((t) => t.kind), ['active', 'requests', 'review']);
    // The repeated prose repeats its two contradictions with table 三.
    assert.ok(findings.filter((f) => f.code === 'narrative-mismatch').length > 1000);
  });
});
