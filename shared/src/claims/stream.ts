/**
 * The report's prose as one stream of text: narrative lines (never table lines) joined so that a
 * sentence broken over lines — even across a blank line, as Word exports do — reads as one, with a
 * map back to exact LSP positions.
 */
import type { ReportModel } from '../model';
import type { Position, Range } from '../text';

interface Segment {
  /** Offset of the segment in the stream. */
  readonly start: number;
  readonly line: number;
  /** Character in the line where the segment begins. */
  readonly column: number;
  readonly length: number;
}

export interface ProseStream {
  /** The prose; `\n` marks a hard break (a heading, a paragraph that ended its sentence, a table). */
  readonly text: string;
  /** `text` with full-width characters folded (`fold`): same length, same offsets. */
  readonly folded: string;
  positionAt(offset: number): Position;
  rangeOf(start: number, end: number): Range;
  /** Line of the stream offset (for the paragraph a sentence sits in). */
  lineAt(offset: number): number;
}

const SENTENCE_END = /[。！？!?；;：:]$/;

/** White space as `\s` counts it (trimming prose lines). */
function isWhite(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const LIST_MARKER = /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|[①-⑳])/;

export function proseStream(model: ReportModel): ProseStream {
  const headingLines = new Set(model.parts.map((p) => p.headingRange.start.line));
  let text = '';
  let folded = '';
  const segments: Segment[] = [];
  let previousEnded = true;
  let previousLine = -1;
  for (let l = 0; l < model.masked.length; l++) {
    if (model.tableLines.has(l)) {
      previousEnded = true;
      continue;
    }
    const masked = model.masked[l]!;
    let s = 0;
    let e = masked.length;
    while (s < e && isWhite(masked.charCodeAt(s))) s++;
    while (e > s && isWhite(masked.charCodeAt(e - 1))) e--;
    if (s === e) continue;
    const content = masked.slice(s, e);
    const heading = headingLines.has(l) || (model.title !== undefined && l >= model.title.range.start.line && l <= model.title.range.end.line);
    const hard = previousEnded || heading || LIST_MARKER.test(content) || previousLine < 0;
    if (text.length > 0 && hard) {
      text += '\n';
      folded += '\n';
    }
    segments.push({ start: text.length, line: l, column: s, length: content.length });
    text += content;
    folded += model.folded[l]!.slice(s, e);
    previousEnded = heading || SENTENCE_END.test(content);
    previousLine = l;
  }
  const find = (offset: number): Segment => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return segments[lo]!;
  };
  const positionAt = (offset: number): Position => {
    if (segments.length === 0) return { line: 0, character: 0 };
    const seg = find(offset);
    const within = Math.max(0, Math.min(offset - seg.start, seg.length));
    return { line: seg.line, character: seg.column + within };
  };
  return {
    text,
    folded,
    positionAt,
    rangeOf(start: number, end: number): Range {
      // An end that falls on a segment boundary belongs to the segment it ends.
      const endPos = end > start ? positionAt(end - 1) : positionAt(start);
      return { start: positionAt(start), end: end > start ? { line: endPos.line, character: endPos.character + 1 } : endPos };
    },
    lineAt(offset: number): number {
      return segments.length === 0 ? 0 : find(offset).line;
    },
  };
}
