/**
 * A set of line numbers made of spans (the lines of a report's tables): `has` compares with each span's
 * bounds, where a hashed set would have been filled line by line on every analysis.
 */
import { packedFilter } from './arrays';

export interface LineSpan {
  /** First line. */
  readonly start: number;
  /** Last line (inclusive). */
  readonly end: number;
}

export class LineSpans implements ReadonlySet<number> {
  private readonly spans: readonly LineSpan[];
  /**
   * Whether each line up to the last span's end is in a span. `has` is asked of every line by several rules and the
   * prose's reading (about 1,400 times a report), and compared with the spans one by one it passed all of them for
   * every line after the tables; made once, at the spans' making.
   */
  private readonly inside: boolean[];

  /** Spans in any order, overlapping or not; empty spans (end < start) hold no line. */
  constructor(spans: readonly LineSpan[]) {
    this.spans = packedFilter(spans, (s) => s.end >= s.start).sort((a, b) => a.start - b.start);
    let last = -1;
    for (let i = 0; i < this.spans.length; i++) last = Math.max(last, this.spans[i]!.end);
    const inside = new Array<boolean>(last + 1).fill(false);
    for (let i = 0; i < this.spans.length; i++) {
      const s = this.spans[i]!;
      for (let l = Math.max(0, Math.ceil(s.start)); l <= s.end; l++) inside[l] = true;
    }
    this.inside = inside;
  }

  has(line: number): boolean {
    const known = this.inside.length;
    if (line >= 0 && line < known && (line | 0) === line) return this.inside[line]!;
    // Beyond the last span; or no line's index (negative, not whole), compared with the spans as a Set of numbers would.
    return line < known && this.bySpans(line);
  }

  private bySpans(line: number): boolean {
    for (const s of this.spans) {
      if (line < s.start) return false;
      if (line <= s.end) return true;
    }
    return false;
  }

  /**
   * The last line of the spans that hold `line` (the furthest, where they overlap), or -1 when none does: a pass over
   * the lines skips a table's at once, where `has` was asked of each.
   */
  endOf(line: number): number {
    let end = -1;
    for (let i = 0; i < this.spans.length; i++) {
      const s = this.spans[i]!;
      if (line < s.start) break;
      if (line <= s.end && s.end > end) end = s.end;
    }
    return end;
  }

  /** The lines, ascending, each once. */
  *values(): SetIterator<number> {
    let next = -Infinity;
    for (const s of this.spans) {
      for (let l = Math.max(s.start, next); l <= s.end; l++) yield l;
      next = Math.max(next, s.end + 1);
    }
  }

  get size(): number {
    let n = 0;
    for (const _ of this.values()) n++;
    return n;
  }

  keys(): SetIterator<number> {
    return this.values();
  }

  *entries(): SetIterator<[number, number]> {
    for (const l of this.values()) yield [l, l];
  }

  [Symbol.iterator](): SetIterator<number> {
    return this.values();
  }

  forEach(fn: (value: number, key: number, set: ReadonlySet<number>) => void, thisArg?: unknown): void {
    for (const l of this.values()) fn.call(thisArg, l, l, this);
  }
}
