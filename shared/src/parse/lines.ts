/**
 * First pass over the lines: export leftovers are found and blanked out (replaced by spaces of the
 * same length, so every later range stays exact), and each line is classified.
 */
import type { Memo } from '../cache';
import { detach, ShortKeyMemo } from '../memo';
import type { Artifact, ArtifactKind } from '../model';
import { fold } from '../normalize';
import { range, type SourceLine } from '../text';
import type { HeadingMatch, SubheadingMatch } from './headings';

/** What a line's text alone determines: the same for the same text wherever it stands. */
export interface LineScan {
  /** The text scanned (with a cache, a copy that views no version of the document). */
  readonly text: string;
  /** The text with artifacts replaced by spaces: same length, same offsets. */
  readonly masked: string;
  /** `masked` with full-width characters folded (`fold`): same length, same offsets. */
  readonly folded: string;
  /** Offsets of the first and past-the-last non-space character of `masked` (equal when blank). */
  readonly start: number;
  readonly end: number;
  readonly blank: boolean;
  /** The line's cells are separated: by TABs (as Word exports a table), or it is a Markdown table line. */
  readonly tabular: boolean;
  /** A Markdown table's row (`| 自然人 | 171 |`, its cells between the pipes) or rule (`|---|---|`). */
  readonly markdown: 'row' | 'rule' | undefined;
  /** The line's export leftovers, in order, without the line's index. */
  readonly artifacts: readonly LineArtifact[];
  /** The part heading and sub-heading the line reads as (null: none), found on first use. */
  heading?: HeadingMatch | null;
  subheading?: SubheadingMatch | null;
}

export interface LineArtifact {
  readonly kind: ArtifactKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly wholeLine: boolean;
  readonly replacement: string;
}

export interface LineInfo {
  readonly index: number;
  readonly text: string;
  /** `text` with artifacts replaced by spaces: same length, same offsets. */
  readonly masked: string;
  /** `masked` with full-width characters folded (`fold`): same length, same offsets. */
  readonly folded: string;
  /** Offsets of the first and past-the-last non-space character of `masked` (equal when blank). */
  readonly start: number;
  readonly end: number;
  readonly blank: boolean;
  /** See LineScan.tabular. */
  readonly tabular: boolean;
  readonly scan: LineScan;
}

const INLINE_ARTIFACTS: readonly [ArtifactKind, RegExp][] = [
  ['bookmark', /\[(?:bookmark|image|comment|footnote|endnote|anchor)\s*:[^\]\n]{0,200}\]/gi],
  ['field-code', /\{\s*(?:PAGE|NUMPAGES|MERGEFORMAT)[^{}\n]{0,60}\}/g],
  ['invisible', /[\u200b-\u200d\u2060\ufeff\u000b\u000c]/g],
];

/** A character any artifact begins with: lines without one skip the artifact patterns. */
const MAY_HOLD_ARTIFACT = /[[{*\u200b-\u200d\u2060\ufeff\u000b\u000c]/;

/** A line that is only a page number: `1`, `- 2 -`, `—3—`, `第 4 页`, `5/12`. */
const PAGE_NUMBER = /^(?:[-—–－]\s*)?\d{1,3}(?:\s*[-—–－])?$|^第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?$|^\d{1,3}\s*\/\s*\d{1,3}$/;

/** `**bold**` pairs (one artifact each, keeping the inner text) and stray `**` markers. */
const BOLD = /\*\*([^*\n]{1,200}?)\*\*|\*{2,3}/g;

function maskBold(masked: string, artifacts: LineArtifact[]): string {
  return masked.replace(BOLD, (m: string, inner: string | undefined, offset: number) => {
    artifacts.push({ kind: 'bold', start: offset, end: offset + m.length, text: detach(m), wholeLine: false, replacement: inner === undefined ? '' : detach(inner) });
    return inner === undefined ? ' '.repeat(m.length) : `  ${inner}  `;
  });
}

function maskInline(text: string, artifacts: LineArtifact[]): string {
  let masked = text;
  for (const [kind, re] of INLINE_ARTIFACTS) {
    if (!re.test(masked)) continue;
    re.lastIndex = 0;
    masked = masked.replace(re, (m: string, offset: number) => {
      artifacts.push({ kind, start: offset, end: offset + m.length, text: detach(m), wholeLine: false, replacement: '' });
      return ' '.repeat(m.length);
    });
  }
  return masked.includes('**') ? maskBold(masked, artifacts) : masked;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a);
}

/** A Markdown heading's marker, with the blanks after it (CommonMark asks for at least one). */
const HEADING_MARK = /#{1,6}[ \t\u3000]+/y;

/** A Markdown table's rule line: pipes around runs of dashes (`|---|:--:|`). */
const MARKDOWN_RULE = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+$/;

/** A line from its first to its last non-space character that opens and closes with a pipe is a Markdown table line. */
function markdownLine(masked: string, start: number, end: number): 'row' | 'rule' | undefined {
  if (end - start < 2 || masked.charCodeAt(start) !== 124 || masked.charCodeAt(end - 1) !== 124) return undefined;
  return MARKDOWN_RULE.test(masked.slice(start, end)) ? 'rule' : 'row';
}

/** Reads one line's text (see LineScan); `pageNumbers: false` reads a number-only line as text. */
export function scanLine(text: string, pageNumbers = true): LineScan {
  const artifacts: LineArtifact[] = [];
  let masked = text;
  if (MAY_HOLD_ARTIFACT.test(masked)) masked = maskInline(masked, artifacts);
  let start = 0;
  let end = masked.length;
  while (start < end && isSpace(masked.charCodeAt(start))) start++;
  while (end > start && isSpace(masked.charCodeAt(end - 1))) end--;
  if (masked.charCodeAt(start) === 35) {
    // `## 一、总体情况`: a Markdown heading's marker, blanked like the other leftovers.
    HEADING_MARK.lastIndex = start;
    const m = HEADING_MARK.exec(masked);
    if (m && start + m[0].length < end) {
      const marker = m[0].trimEnd();
      artifacts.unshift({ kind: 'heading-mark', start, end: start + m[0].length, text: detach(marker), wholeLine: false, replacement: '' });
      masked = masked.slice(0, start) + ' '.repeat(m[0].length) + masked.slice(start + m[0].length);
      start += m[0].length;
    }
  }
  const markdown = markdownLine(masked, start, end);
  const tabular = markdown !== undefined || masked.includes('\t');
  if (pageNumbers && !tabular && end > start && end - start <= 16 && PAGE_NUMBER.test(masked.slice(start, end))) {
    artifacts.push({ kind: 'page-number', start, end, text: detach(masked.slice(start, end)), wholeLine: true, replacement: '' });
    masked = ' '.repeat(masked.length);
    start = end = masked.length;
  }
  return { text, masked, folded: fold(masked), start, end, blank: start === end, tabular, markdown, artifacts };
}

const isPageNumber = (scan: LineScan): boolean => scan.artifacts.length > 0 && scan.artifacts[0]!.kind === 'page-number';

/**
 * A page number stands alone: number-only lines next to each other (blank lines between them aside)
 * are a list of figures, such as a table pasted without its TABs, and are read as text.
 */
function unmarkNumberRuns(lines: readonly SourceLine[], scans: LineScan[]): void {
  let previous = -1; // the last line that is not blank
  let previousIsNumber = false;
  let previousUnmarked = false;
  for (let i = 0; i < scans.length; i++) {
    const page = isPageNumber(scans[i]!);
    if (scans[i]!.blank && !page) continue;
    if (page && previousIsNumber) {
      if (!previousUnmarked) scans[previous] = scanLine(lines[previous]!.text, false);
      scans[i] = scanLine(lines[i]!.text, false);
      previousUnmarked = true;
    } else {
      previousUnmarked = false;
    }
    previous = i;
    previousIsNumber = page;
  }
}

/** What the cache keeps of a line: its scan, of a copy of its text (see LineScan.text). */
const scanDetached = (text: string): LineScan => scanLine(detach(text));

/**
 * Short lines (a table's cells exported one per line, blank lines, headings) recur from report to report:
 * without a document's cache, their scans are remembered across analyses all the same.
 */
const SHORT_LINE = 48;
const SHORT_LINES = new ShortKeyMemo((text: string) => scanLine(text), SHORT_LINE);

/**
 * Scans every line; with a memo (the document's analysis cache), a line whose text was scanned before
 * is not scanned again.
 */
export function scanLines(lines: readonly SourceLine[], memo?: Memo<LineScan>): { infos: LineInfo[]; artifacts: Artifact[] } {
  const scans = lines.map((line) => (memo ? memo.get(line.text, scanDetached) : line.text.length <= SHORT_LINE ? SHORT_LINES.get(line.text) : scanLine(line.text)));
  unmarkNumberRuns(lines, scans);
  const infos: LineInfo[] = [];
  const artifacts: Artifact[] = [];
  for (const line of lines) {
    const scan = scans[line.index]!;
    for (const a of scan.artifacts) {
      artifacts.push({ kind: a.kind, range: range(line.index, a.start, a.end), text: a.text, wholeLine: a.wholeLine, replacement: a.replacement });
    }
    // The scan's text (the line's; with a cache, a copy of it): what is read from a line and kept beyond
    // this analysis (a table's cells, in the tables cache) then keeps no whole version of the document alive.
    infos.push({ index: line.index, text: scan.text, masked: scan.masked, folded: scan.folded, start: scan.start, end: scan.end, blank: scan.blank, tabular: scan.tabular, scan });
  }
  return { infos, artifacts };
}
