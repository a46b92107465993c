/**
 * Reading findings in tests: the exact text a range covers, applying a fix, and naming what a
 * finding points at independently of lines and layout (so a report relaid from one table layout
 * into the other can be compared finding by finding).
 */
import assert from 'node:assert/strict';
import { analyze, applyEdits, automaticFix, parseReport, type AnalyzeOptions, type Finding, type Range, type ReportModel } from '../../shared/src';
import type { FieldLoc } from './doc';

export function lines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** The text a range covers (lines joined by `\n`). */
export function covered(text: string, r: Range): string {
  const ls = lines(text);
  if (r.start.line === r.end.line) return ls[r.start.line]!.slice(r.start.character, r.end.character);
  const out = [ls[r.start.line]!.slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) out.push(ls[l]!);
  out.push(ls[r.end.line]!.slice(0, r.end.character));
  return out.join('\n');
}

export function rangeOf(f: Pick<FieldLoc, 'line' | 'start' | 'end'>): Range {
  return { start: { line: f.line, character: f.start }, end: { line: f.line, character: f.end } };
}

export function findingsOf(text: string, options?: AnalyzeOptions): Finding[] {
  return [...analyze(text, options).findings];
}

export function only(fs: readonly Finding[], code: string): Finding[] {
  return fs.filter((f) => f.code === code);
}

/** The one finding of `code`; fails listing every finding otherwise. */
export function single(text: string, code: string, options?: AnalyzeOptions): Finding {
  const fs = findingsOf(text, options);
  const mine = only(fs, code);
  assert.equal(mine.length, 1, `expected one ${code}, got:\n${describeAll(text, fs)}`);
  return mine[0]!;
}

export function describeAll(text: string, fs: readonly Finding[]): string {
  return fs.map((f) => `  ${f.code}@${f.range.start.line + 1}:${f.range.start.character} “${covered(text, f.range).slice(0, 30)}” ${f.message['zh-CN']}`).join('\n');
}

/** Applies a finding's fix (the first that is not a choice among readings, as fix-all does); fails when it has none. */
export function applyFix(text: string, f: Finding): string {
  const fix = automaticFix(f);
  assert.ok(fix, `${f.code} has no fix`);
  return applyEdits(text, fix.edits).text;
}

/** Asserts a finding's place: line and the exact text its range covers. */
export function assertAt(text: string, f: Finding, line: number, words: string): void {
  assert.equal(f.range.start.line, line, `${f.code} on line ${f.range.start.line + 1}, expected ${line + 1}: ${f.message['zh-CN']}`);
  assert.equal(covered(text, f.range), words);
}

/**
 * A table's figure mistyped (`bad` is `good` with one figure changed, on line `line`): exactly one
 * row or column total is found, on that figure's own digits (`figure`), and its fix gives `good` back.
 */
export function expectFigureFixed(good: string, bad: string, line: number, figure: string): void {
  const fs = findingsOf(bad).filter((f) => f.code === 'row-total' || f.code === 'column-total');
  assert.equal(fs.length, 1, describeAll(bad, fs));
  assertAt(bad, fs[0]!, line, figure);
  assert.equal(applyFix(bad, fs[0]!), good);
}

/**
 * What a finding points at, without line numbers: a table cell (`requests/new/6`), a row label
 * (`label requests/total`), a table (`table review`), a part heading (`part 3`), or else the words
 * its range covers.
 */
export function pointer(model: ReportModel, f: Finding): string {
  const same = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
  for (const t of model.tables) {
    if (same(t.anchor, f.range)) return `table ${t.kind}`;
    for (const row of t.rows) {
      const id = row.spec?.id ?? `subtotal:${row.subtotalOf ?? row.label}`;
      for (const c of row.cells) if (same(c.range, f.range)) return `${t.kind}/${id}/${c.column}`;
      if (same(row.labelRange, f.range) || (t.kind === 'review' && same(row.range, f.range))) return `label ${t.kind}/${id}`;
    }
  }
  for (const p of model.parts) {
    if (same(p.headingRange, f.range)) return `part ${p.id}`;
    if (same(p.numeralRange, f.range)) return `numeral ${p.id}`;
    if (same(p.titleRange, f.range)) return `title ${p.id}`;
  }
  if (model.title && same(model.title.range, f.range)) return 'title';
  return `text “${covered(model.lines.map((l) => l.text).join('\n'), f.range).replace(/\s+/g, '')}”`;
}

/** `code pointer`, for comparing the findings of two versions of a report. */
export function signature(text: string, options?: AnalyzeOptions): string[] {
  const { model, findings } = analyze(text, options);
  return findings.map((f) => `${f.code} ${pointer(model, f)} ${f.message['zh-CN']}`).sort();
}

/** Findings of `after` that `before` does not have (compared by code, pointer and message). */
export function newFindings(before: string, after: string, options?: AnalyzeOptions): string[] {
  const b = new Map<string, number>();
  for (const s of signature(before, options)) b.set(s, (b.get(s) ?? 0) + 1);
  const out: string[] = [];
  for (const s of signature(after, options)) {
    const n = b.get(s) ?? 0;
    if (n > 0) b.set(s, n - 1);
    else out.push(s);
  }
  return out;
}

export function model(text: string): ReportModel {
  return parseReport(text);
}

export interface Expected {
  /** Default: the rule's default severity is not checked unless given. */
  readonly severity?: Finding['severity'];
  /** Fragments each message must contain. */
  readonly zh?: readonly (string | RegExp)[];
  readonly en?: readonly (string | RegExp)[];
  /** The text after applying the finding's first fix; `null` when the finding must have no fix. */
  readonly fixed?: string | null;
}

function contains(message: string, want: string | RegExp): boolean {
  return typeof want === 'string' ? message.includes(want) : want.test(message);
}

/**
 * Asserts that `text` draws exactly one finding of `code`, that its range is `where` exactly
 * (which it returns), and what `expected` says of severity, messages and fix.
 */
export function expectOne(text: string, code: string, where: Range | Pick<FieldLoc, 'line' | 'start' | 'end'>, expected: Expected = {}, options?: AnalyzeOptions): Finding {
  const fs = findingsOf(text, options);
  const mine = only(fs, code);
  assert.equal(mine.length, 1, `expected one ${code}, got:\n${describeAll(text, fs)}`);
  const f = mine[0]!;
  const r = 'line' in where ? rangeOf(where) : where;
  assert.deepEqual(f.range, r, `${code} covers “${covered(text, f.range)}” (line ${f.range.start.line + 1}), expected “${covered(text, r)}” (line ${r.start.line + 1})`);
  checkFinding(text, f, expected);
  return f;
}

export function checkFinding(text: string, f: Finding, expected: Expected): void {
  if (expected.severity) assert.equal(f.severity, expected.severity);
  for (const z of expected.zh ?? []) assert.ok(contains(f.message['zh-CN'], z), `zh message “${f.message['zh-CN']}” lacks ${String(z)}`);
  for (const e of expected.en ?? []) assert.ok(contains(f.message.en, e), `en message “${f.message.en}” lacks ${String(e)}`);
  if (expected.fixed === null) assert.equal(automaticFix(f), undefined, `${f.code} should offer no fix (a choice among readings aside)`);
  else if (expected.fixed !== undefined) assert.equal(applyFix(text, f), expected.fixed);
}

/** Asserts that `text` draws no finding of `code`. */
export function expectNone(text: string, code: string, options?: AnalyzeOptions): void {
  const fs = findingsOf(text, options);
  assert.deepEqual(only(fs, code).map((f) => `${f.range.start.line + 1}: ${f.message['zh-CN']}`), [], `unexpected ${code}`);
}

/** A finding's fixes that fix-all applies: not the choices among readings (`Fix.choice`) offered in the editor. */
export function autoFixes(f: Finding): Finding['fixes'] {
  return f.fixes.filter((x) => !x.choice);
}
