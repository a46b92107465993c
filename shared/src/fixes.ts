/**
 * Applying text edits, and fixing a whole document. Fix-all re-runs the analysis on the fixed text
 * (as vscode-eslint does) instead of stitching cached edits, until nothing changes.
 */
import { analyze, type AnalyzeOptions } from './analyze';
import type { Finding, Fix, TextEdit } from './finding';
import { comparePositions, offsetAt, splitLines } from './text';

/**
 * Applies edits to `text`. Edits are given in the coordinates of the original text; an edit that
 * overlaps an earlier one (in document order) is skipped. Returns the new text and how many edits
 * were applied.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
  const lines = splitLines(text);
  const located = edits
    .map((e) => ({ start: offsetAt(lines, e.range.start), end: offsetAt(lines, e.range.end), text: e.newText, range: e.range }))
    .filter((e) => e.end >= e.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: typeof located = [];
  let lastEnd = -1;
  for (const e of located) {
    if (e.start < lastEnd) continue;
    // Two insertions at the same point would interleave; keep the first.
    if (e.start === lastEnd && kept.length > 0 && kept[kept.length - 1]!.start === e.start && e.start === e.end) continue;
    kept.push(e);
    lastEnd = e.end;
  }
  let out = '';
  let at = 0;
  for (const e of kept) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += text.slice(at);
  return { text: out, applied: kept.length };
}

/** The fix fix-all applies: the first that is not one reading among several (`Fix.choice`). */
export function automaticFix(f: Finding): Fix | undefined {
  for (const fix of f.fixes) if (!fix.choice) return fix;
  return undefined;
}

/** Every edit of every finding's automatic fix, for one pass of fix-all. */
export function collectFixEdits(findings: readonly Finding[], codes?: ReadonlySet<string>): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const f of findings) {
    if (codes && !codes.has(f.code)) continue;
    const fix = automaticFix(f);
    if (fix) edits.push(...fix.edits);
  }
  return edits.sort((a, b) => comparePositions(a.range.start, b.range.start));
}

export interface FixAllResult {
  readonly text: string;
  /** Number of passes that changed the text. */
  readonly passes: number;
  readonly changed: boolean;
}

/** Applies every available fix, re-analysing after each pass, at most `maxPasses` times. */
export function fixAll(text: string, options: AnalyzeOptions = {}, codes?: ReadonlySet<string>, maxPasses = 10): FixAllResult {
  let current = text;
  let passes = 0;
  for (; passes < maxPasses; passes++) {
    const { findings } = analyze(current, options);
    const edits = collectFixEdits(findings, codes);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits).text;
    if (next === current) break;
    current = next;
  }
  return { text: current, passes, changed: current !== text };
}
