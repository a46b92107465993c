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
  const lines: SourceLine[] = [];
  let start = 0;
  // Line breaks found with indexOf (much faster than a loop over every character).
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (;;) {
    const i = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (i < 0) break;
    lines.push({ index: lines.length, text: text.slice(start, i), offset: start });
    start = i === cr && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
  }
  lines.push({ index: lines.length, text: text.slice(start), offset: start });
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
