/**
 * Positions and ranges exactly as the Language Server Protocol counts them: 0-based lines and
 * UTF-16 code units within the line. JavaScript strings are UTF-16, so a character offset is simply
 * an index into the line's string.
 */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export function pos(line: number, character: number): Position {
  return { line, character };
}

export function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

export function spanRange(start: Position, end: Position): Range {
  return { start, end };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}

export function compareRanges(a: Range, b: Range): number {
  return comparePositions(a.start, b.start) || comparePositions(a.end, b.end);
}

export function containsPosition(r: Range, p: Position): boolean {
  return comparePositions(r.start, p) <= 0 && comparePositions(p, r.end) <= 0;
}

/** One physical line of the document, without its terminator. */
export interface SourceLine {
  readonly index: number;
  readonly text: string;
  /** Offset of the line's first character in the whole document. */
  readonly offset: number;
}

/**
 * Splits a document into lines the way LSP does: `\r\n`, `\n` and a lone `\r` each end a line.
 * Linear in the text's length.
 */
export function splitLines(text: string): SourceLine[] {
  // The array is made with its first line, not empty: an empty array's elements are of the kind of small integers, and
  // the first object pushed changes that kind; optimised code then called the push builtin for every line (~150
  // instructions each) where it writes the element itself into an array made with objects. (Same hidden class.)
  let lines: SourceLine[] | undefined;
  let start = 0;
  // Line breaks found with indexOf (much faster than a loop over every character).
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (;;) {
    const i = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (i < 0) break;
    const line = { index: lines ? lines.length : 0, text: text.slice(start, i), offset: start };
    if (lines) lines.push(line);
    else lines = [line];
    start = i === cr && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
  }
  const last = { index: lines ? lines.length : 0, text: text.slice(start), offset: start };
  if (lines) lines.push(last);
  else lines = [last];
  return lines;
}

/**
 * A text given as its lines, as an editor keeps a document being typed in: each line without its line
 * break, and the break that ends it (`\n`, `\r\n` or `\r`; `''` after the last line). The core reads
 * it exactly as the text the lines join into (`joinLines`), without ever building that text: after a
 * keystroke in a megabyte-long document, building it (6 ms) and splitting it again cost more than
 * reading the one line that changed. Every line but the last ends in a break, and no break splits
 * one (`\r` then `\n` is one break, `\r\n`), as `splitText` makes them.
 */
export interface TextLines {
  readonly lines: readonly string[];
  readonly breaks: readonly string[];
}

/** The lines of a text, with their breaks. */
export function splitText(text: string): TextLines {
  const src = splitLines(text);
  const lines = src.map((l) => l.text);
  const breaks = src.map((l, i) => (i + 1 < src.length ? text.slice(l.offset + l.text.length, src[i + 1]!.offset) : ''));
  return { lines, breaks };
}

/** The text the lines make; with `upTo`, its first `upTo` characters (only the lines they take are joined). */
export function joinLines(t: TextLines, upTo = Infinity): string {
  let text = '';
  for (let i = 0; i < t.lines.length && text.length < upTo; i++) text += t.lines[i]! + (t.breaks[i] ?? '');
  return upTo < text.length ? text.slice(0, upTo) : text;
}

/** The document's lines as `splitLines` gives them for the text the lines make. */
export function sourceLinesOf(source: string | TextLines): SourceLine[] {
  if (typeof source === 'string') return splitLines(source);
  // Pushed, not written into an array made at its length: that one is holey, and the model's lines would
  // then be of another hidden class than those `splitLines` makes for the same document given as a string.
  const lines: SourceLine[] = [];
  let offset = 0;
  for (let i = 0; i < source.lines.length; i++) {
    const text = source.lines[i]!;
    lines.push({ index: i, text, offset });
    offset += text.length + (source.breaks[i]?.length ?? 0);
  }
  return lines;
}

/** Converts a position to an offset in `text`, given its lines; positions past a line's end clamp to it. */
export function offsetAt(lines: readonly SourceLine[], p: Position): number {
  if (lines.length === 0) return 0;
  if (p.line < 0) return 0;
  const line = lines[Math.min(p.line, lines.length - 1)]!;
  if (p.line >= lines.length) return line.offset + line.text.length;
  return line.offset + Math.max(0, Math.min(p.character, line.text.length));
}
