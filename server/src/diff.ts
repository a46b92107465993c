/**
 * Minimal text edits from one text to another, for fix-all: the core returns the fixed text (it
 * re-analyses after each pass rather than stitching edits), and the editor should receive only the
 * spans that changed, so cursors, folds and undo stay where they are.
 *
 * Lines are aligned greedily: equal lines are skipped, and after a difference the nearest point
 * where both texts agree again (several lines in a row) is searched within a window. Any alignment of
 * equal lines gives correct edits; the window only bounds how small they are. Each differing run of
 * lines becomes one edit, trimmed of the characters its two sides share at either end.
 * Time is linear in the texts' length (times the window for each difference).
 */
import type { TextEdit } from '../../shared/src';
import { splitLines, type Position } from '../../shared/src';

const WINDOW = 64;
const CONFIRM = 3;

interface Line {
  readonly text: string;
  /** Offset of the line in its text, and of the line after it (terminator included). */
  readonly start: number;
  readonly end: number;
}

function linesOf(text: string): Line[] {
  const src = splitLines(text);
  return src.map((l, i) => ({ text: l.text, start: l.offset, end: i + 1 < src.length ? src[i + 1]!.offset : text.length }));
}

/** Position of an offset in a text, from its lines (binary search). */
function positionIn(lines: readonly Line[], offset: number): Position {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const line = lines[lo]!;
  return { line: lo, character: Math.min(offset - line.start, line.text.length) };
}

function same(a: readonly Line[], i: number, b: readonly Line[], j: number, oldText: string, newText: string): boolean {
  const x = a[i]!;
  const y = b[j]!;
  return x.end - x.start === y.end - y.start && oldText.slice(x.start, x.end) === newText.slice(y.start, y.end);
}

/** Do the texts agree from lines i and j on, for CONFIRM lines (or to both ends)? */
function agrees(a: readonly Line[], i: number, b: readonly Line[], j: number, oldText: string, newText: string): boolean {
  for (let k = 0; k < CONFIRM; k++) {
    const ai = i + k;
    const bj = j + k;
    if (ai >= a.length || bj >= b.length) return ai >= a.length && bj >= b.length;
    if (!same(a, ai, b, bj, oldText, newText)) return false;
  }
  return true;
}

export function minimalEdits(oldText: string, newText: string): TextEdit[] {
  if (oldText === newText) return [];
  const a = linesOf(oldText);
  const b = linesOf(newText);
  const hunks: { i0: number; i1: number; j0: number; j1: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && same(a, i, b, j, oldText, newText)) {
      i++;
      j++;
      continue;
    }
    // Find the nearest (di, dj) where the texts agree again.
    let found: [number, number] | undefined;
    for (let s = 1; s <= 2 * WINDOW && !found; s++) {
      for (let di = Math.max(0, s - WINDOW); di <= Math.min(s, WINDOW); di++) {
        const dj = s - di;
        if (i + di > a.length || j + dj > b.length) continue;
        if (agrees(a, i + di, b, j + dj, oldText, newText)) {
          found = [di, dj];
          break;
        }
      }
    }
    const [di, dj] = found ?? [a.length - i, b.length - j];
    hunks.push({ i0: i, i1: i + di, j0: j, j1: j + dj });
    i += di;
    j += dj;
  }
  const edits: TextEdit[] = [];
  for (const h of hunks) {
    let os = h.i0 < a.length ? a[h.i0]!.start : oldText.length;
    let oe = h.i1 > h.i0 ? a[h.i1 - 1]!.end : os;
    let ns = h.j0 < b.length ? b[h.j0]!.start : newText.length;
    let ne = h.j1 > h.j0 ? b[h.j1 - 1]!.end : ns;
    while (os < oe && ns < ne && oldText.charCodeAt(os) === newText.charCodeAt(ns)) {
      os++;
      ns++;
    }
    while (oe > os && ne > ns && oldText.charCodeAt(oe - 1) === newText.charCodeAt(ne - 1)) {
      oe--;
      ne--;
    }
    // Never split a surrogate pair or a CRLF.
    while (os > 0 && ns > 0 && (isLowSurrogate(oldText.charCodeAt(os)) || (oldText.charCodeAt(os) === 10 && oldText.charCodeAt(os - 1) === 13))) {
      os--;
      ns--;
    }
    while (oe < oldText.length && ne < newText.length && (isLowSurrogate(oldText.charCodeAt(oe)) || (oldText.charCodeAt(oe) === 10 && oldText.charCodeAt(oe - 1) === 13))) {
      oe++;
      ne++;
    }
    if (os === oe && ns === ne) continue;
    edits.push({ range: { start: positionIn(a, os), end: positionIn(a, oe) }, newText: newText.slice(ns, ne) });
  }
  return edits;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
