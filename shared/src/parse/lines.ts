/**
 * First pass over the lines: export leftovers are found and blanked out (replaced by spaces of the
 * same length, so every later range stays exact), and each line is classified.
 */
import type { Memo } from '../cache';
import { detach, ShortKeyMemo } from '../memo';
import type { Artifact, ArtifactKind } from '../model';
import { fold } from '../normalize';
import { range, spanRange, type SourceLine } from '../text';
import { CJK_NUMERALS, type PartId } from '../template';
import { classifyPartTitle, matchPartHeading, type HeadingMatch, type SubheadingMatch } from './headings';
import type { TabCell } from './tables';

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
  /**
   * A Markdown table's row (`| 自然人 | 171 |`, its cells between the pipes) or rule (`|---|---|`), or
   * one cell closed by a pipe on a line of its own (`规章 |`, and `|` for an empty one), as web-page text
   * tools write a table one cell per line; its line alone without the pipe when the pipe stands on the line
   * under it (`markDetachedPipes`), that line then a `closer`, nothing of the row.
   */
  readonly markdown: 'row' | 'rule' | 'cell' | 'closer' | undefined;
  /**
   * A Markdown row of a table written without the outer pipes (`markPipeTables`): a pipe that opens the
   * line parts an empty first cell from the next, where in a framed table it is the frame.
   */
  readonly unframed: boolean;
  /** The line's export leftovers, in order, without the line's index. */
  readonly artifacts: readonly LineArtifact[];
  /** The first leftover is a page number (the line is one, or one runs into its heading). */
  readonly pageNumber: boolean;
  /** The line's text holds a pipe: only such a line can be a cell or row of a table parted by pipes. */
  readonly pipe: boolean;
  /** The part heading and sub-heading the line reads as (null: none), found on first use. */
  heading?: HeadingMatch | null;
  subheading?: SubheadingMatch | null;
  /** The line as an entry of a table of contents (null: none), found on first use. */
  contents?: ContentsEntry | null;
  /**
   * What the table reader reads in the line's text after its TAB, as the one cell of a table one cell per line
   * (`tabCellOf` in tables.ts), found on first use: a line of a table recurs, and its cell is then not read again.
   */
  cell?: TabCell;
  /** Whether the table reader reads the line's fields as a row rather than one cell after its TAB, found on first use. */
  rowLine?: boolean;
  /**
   * The line's fields as the table reader reads them without TABs (`spacedFields` in tables.ts; null: none), found on
   * first use: a function of the scan alone, and a table written one cell per line repeats its few line texts.
   */
  spaced?: SpacedFields | null;
}

/** A line's fields read without TABs: whether they make a row, the text their spans are of, and the spans. */
export interface SpacedFields {
  readonly row: boolean;
  readonly source: string;
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

export interface LineArtifact {
  readonly kind: ArtifactKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly wholeLine: boolean;
  readonly replacement: string;
}

/** A line of the document: its index, what its scan found that the parser reads at every turn, and the scan. */
export interface LineInfo extends Pick<LineScan, 'text' | 'masked' | 'folded' | 'start' | 'end' | 'blank' | 'tabular'> {
  readonly index: number;
  readonly scan: LineScan;
}

const INLINE_ARTIFACTS: readonly [ArtifactKind, RegExp][] = [
  ['bookmark', /\[(?:bookmark|image|comment|footnote|endnote|anchor)\s*:[^\]\n]{0,200}\]/gi],
  ['field-code', /\{\s*(?:PAGE|NUMPAGES|MERGEFORMAT)[^{}\n]{0,60}\}/g],
  ['invisible', /[\u00ad\u200b-\u200d\u2060\ufeff\u000b\u000c]/g],
];

/** A character any artifact begins with: lines without one skip the artifact patterns. */
const MAY_HOLD_ARTIFACT = /[[{*\u00ad\u200b-\u200d\u2060\ufeff\u000b\u000c]/;

/** A line that is only a page number: `1`, `- 2 -`, `—3—`, `第 4 页`, `5/12`; never 0 nor with a leading 0 (`0` alone is a figure), nor `-1`. */
/** `第 4 页`, `第4页，共12页`. */
const PAGE_OF = '第\\s*\\d{1,3}\\s*页(?:\\s*[,，]?\\s*共\\s*\\d{1,3}\\s*页)?';
// A dash before the number alone, touching it (`-1`), is a negative figure (a table cell on its own line), not a page number.
const PAGE_NUMBER = new RegExp(`^[-—–－]\\s*[1-9]\\d{0,2}\\s*[-—–－]$|^(?:[-—–－]\\s+)?[1-9]\\d{0,2}(?:\\s*[-—–－])?$|^${PAGE_OF}$|^\\d{1,3}\\s*\\/\\s*\\d{1,3}$`);

/** `**bold**` pairs (one artifact each, keeping the inner text) and stray `**` markers (runs of asterisks). */
const BOLD = /\*\*([^*\n]{1,200}?)\*\*|\*{2,}/g;
/** A digit or Latin letter: what a masked number's asterisks stand between. */
const MASKED_NEIGHBOUR = /[0-9A-Za-z０-９]/;

/**
 * A run of asterisks that hides characters of a number or address (`057********58`, `138****1234`, `0576-8***`): a
 * digit or letter on both sides, or on one side with three asterisks or more (a bold marker after a figure is two: `**12**`).
 */
function maskedCharacters(line: string, run: string, offset: number): boolean {
  const before = offset > 0 && MASKED_NEIGHBOUR.test(line[offset - 1]!);
  const after = offset + run.length < line.length && MASKED_NEIGHBOUR.test(line[offset + run.length]!);
  return (before && after) || ((before || after) && run.length >= 3);
}

function maskBold(masked: string, artifacts: LineArtifact[]): string {
  return masked.replace(BOLD, (m: string, inner: string | undefined, offset: number) => {
    if (inner === undefined && maskedCharacters(masked, m, offset)) return m;
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

/**
 * A page footer a PDF copy runs into the part heading after it: `- 3 -四、…`, `3 四、…`, `第 3 页 共 6 页 四、…`.
 * Group 1: the page number; 2: the part's numeral; 3: the heading's words up to a sentence mark.
 */
const GLUED_PAGE_NUMBER = new RegExp(`^([-—–－]\\s*\\d{1,3}\\s*[-—–－]|${PAGE_OF}|\\d{1,3})\\s*(?:第\\s*)?([一二三四五六])(?:\\s*[、.．]|\\s*部分)\\s*([^。；;：:\\t]{2,40})`);

/** The length of a page number run into a part heading at `start` (its own numeral, its own part's words), or 0. */
function gluedPageNumber(masked: string, start: number, end: number): number {
  const c = masked.charCodeAt(start);
  // A digit, a dash or 第.
  if (!((c >= 48 && c <= 57) || c === 0x2d || c === 0x2014 || c === 0x2013 || c === 0xff0d || c === 0x7b2c)) return 0;
  const m = GLUED_PAGE_NUMBER.exec(masked.slice(start, Math.min(end, start + 80)));
  if (!m || masked.includes('\t')) return 0;
  return classifyPartTitle(m[3]!.trim()) === (CJK_NUMERALS as readonly string[]).indexOf(m[2]!) + 1 ? m[1]!.length : 0;
}

/** A Markdown table's rule line: pipes around runs of dashes (`|---|:--:|`). */
const MARKDOWN_RULE = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+$/;

/**
 * A line from its first to its last non-space character that opens and closes with a pipe is a
 * Markdown table line. So is one that only closes with a pipe and holds another before it, the form
 * web-page-to-text tools write (`规章 | 0 | 0 | 0 |`; Markdown's outer pipes are optional).
 */
function markdownLine(masked: string, start: number, end: number): 'row' | 'rule' | 'cell' | undefined {
  if (end - start < 1 || masked.charCodeAt(end - 1) !== 124) return undefined;
  if (masked.charCodeAt(start) !== 124) {
    const inner = masked.indexOf('|', start);
    // `规章 |`: one cell closed by its pipe, as web-page text tools write a table one cell per line.
    return inner < end - 1 ? 'row' : end - start >= 3 && isSpace(masked.charCodeAt(end - 2)) ? 'cell' : undefined;
  }
  // `|`: an empty cell closed by its pipe; `||`, `|||`: the cells a spanning cell covers, which end its row
  // (findBlocks reads them so).
  if (PIPES_ONLY.test(masked.slice(start, end))) return 'cell';
  return MARKDOWN_RULE.test(masked.slice(start, end)) ? 'rule' : 'row';
}

const PIPES_ONLY = /^\|+$/;

/** A box-drawing character (U+2500–U+257F), as text-mode browsers (`w3m -dump`) and some PDF tools draw a table's rules. */
const BOX_DRAWING = /[\u2500-\u257f]/;
/** A line of a drawn table that is all rule: box-drawing characters, dashes and blanks. */
const BOX_RULE = /^[\u2500-\u257f\- \t]+$/;

/**
 * A table drawn with box-drawing characters read as the ASCII table it draws (one character for one, offsets
 * unchanged): a row `│自然人│171│` as `|自然人|171|`, a Markdown row; a rule `├──┼──┤` as `+--+--+`, a grid table's
 * rule, no row. A line of other text keeps them.
 */
function boxAsAscii(masked: string): string {
  const trimmed = masked.trim();
  if (BOX_RULE.test(trimmed)) {
    let out = '';
    for (let i = 0; i < masked.length; i++) {
      const c = masked.charCodeAt(i);
      out += c < 0x2500 || c > 0x257f ? masked.charAt(i) : isBoxHorizontal(c) ? '-' : '+';
    }
    return out;
  }
  const first = trimmed.charCodeAt(0);
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (!isBoxVertical(first) || !isBoxVertical(last)) return masked;
  let out = '';
  for (let i = 0; i < masked.length; i++) out += isBoxVertical(masked.charCodeAt(i)) ? '|' : masked.charAt(i);
  return out;
}

/** ─ ━ ═ and their dashed forms (┄ ┅ ┈ ┉ ╌ ╍). */
function isBoxHorizontal(c: number): boolean {
  return c === 0x2500 || c === 0x2501 || c === 0x2550 || c === 0x2504 || c === 0x2505 || c === 0x2508 || c === 0x2509 || c === 0x254c || c === 0x254d;
}

/** │ ┃ ║ and their dashed forms (┆ ┇ ┊ ┋ ╎ ╏). */
function isBoxVertical(c: number): boolean {
  return c === 0x2502 || c === 0x2503 || c === 0x2551 || c === 0x2506 || c === 0x2507 || c === 0x250a || c === 0x250b || c === 0x254e || c === 0x254f;
}

/** Reads one line's text (see LineScan); `pageNumbers: false` reads a number-only line as text. */
export function scanLine(text: string, pageNumbers = true): LineScan {
  const artifacts: LineArtifact[] = [];
  let masked = text;
  if (MAY_HOLD_ARTIFACT.test(masked)) masked = maskInline(masked, artifacts);
  if (BOX_DRAWING.test(masked)) masked = boxAsAscii(masked);
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
  const glued = start < end ? gluedPageNumber(masked, start, end) : 0;
  if (glued > 0) {
    // The number and the spaces after it: removing them leaves the heading where the number began.
    let after = start + glued;
    while (after < end && isSpace(masked.charCodeAt(after))) after++;
    artifacts.unshift({ kind: 'page-number', start, end: after, text: detach(masked.slice(start, after)), wholeLine: false, replacement: '' });
    masked = masked.slice(0, start) + ' '.repeat(after - start) + masked.slice(after);
    start = after;
  }
  const markdown = markdownLine(masked, start, end);
  const tabular = markdown !== undefined || masked.includes('\t');
  // Folded, so that full-width digits (`－３－`, as some exports set a page number) read as digits.
  if (pageNumbers && !tabular && end > start && end - start <= 16 && PAGE_NUMBER.test(fold(masked.slice(start, end)))) {
    artifacts.push({ kind: 'page-number', start, end, text: detach(masked.slice(start, end)), wholeLine: true, replacement: '' });
    masked = ' '.repeat(masked.length);
    start = end = masked.length;
  }
  // The memo fields are made now, so that filling them later does not change the object's shape.
  return {
    text, masked, folded: fold(masked), start, end, blank: start === end, tabular, markdown, unframed: false, artifacts,
    pageNumber: firstIsPageNumber(artifacts), pipe: text.includes('|'),
    heading: undefined, subheading: undefined, contents: undefined, cell: undefined, rowLine: undefined, spaced: undefined,
  };
}

/** Whether a line's first leftover is a page number (`LineScan.pageNumber`). */
function firstIsPageNumber(artifacts: readonly LineArtifact[]): boolean {
  return artifacts.length > 0 && artifacts[0]!.kind === 'page-number';
}

/**
 * A line's scan without a page number (a figure of a list of them), one for each short text: a table written one cell
 * per line repeats its figures' few texts thousands of times, each scanned anew before.
 */
const UNMARKED_LINES = new ShortKeyMemo((text: string) => scanLine(text, false), 48);
function unmarkedScan(text: string): LineScan {
  return UNMARKED_LINES.get(text);
}

/**
 * A page number stands alone: number-only lines next to each other (blank lines between them aside)
 * are a list of figures, such as a table pasted without its TABs, and are read as text.
 */
function unmarkNumberRuns(lines: readonly SourceLine[], scans: LineScan[]): void {
  let previous = -1; // the last line that is not blank
  let previousIsNumber = false;
  let previousUnmarked = false;
  for (let i = 0; i < scans.length; i++) {
    const scan = scans[i]!;
    const page = scan.pageNumber;
    if (scan.blank && !page) continue;
    // Only a line written as a figure is one of such a list (`5`, `-2`, and `+3` or `173.99`, which no page
    // number is written like); `第 6 页 共 7 页`, `- 6 -` or `6/7` between figures is the page number it looks like.
    const written = lines[i]!.text.trim();
    const figure = !scan.tabular && written.length <= 16 && PIPE_FIGURE.test(written);
    // A figure that is no page number (`0`) makes a list with the one before it as well.
    if (figure && previousIsNumber) {
      if (!previousUnmarked && scans[previous]!.pageNumber) scans[previous] = unmarkedScan(lines[previous]!.text);
      if (page) scans[i] = unmarkedScan(lines[i]!.text);
      previousUnmarked = true;
    } else {
      previousUnmarked = false;
    }
    previous = i;
    previousIsNumber = figure;
  }
}

// ---------------------------------------------------------------------------------------------
// Tables parted by pipes without the outer ones

/** A whole cell that is a figure (`171`, `0`, `12.5`). */
const PIPE_FIGURE = /^[-+－＋]?[0-9０-９][0-9０-９,，.．]*$/;
/** A rule's cell: dashes, with a colon at either end for the alignment (`---`, `:--:`). */
const RULE_CELL = /^:?-+:?$/;
/** What ends a sentence: a line holding it is prose, never a table's row. */
const SENTENCE_MARK = /[。；;！？!?]/;

/** A line of a run of pipe lines (`pipeLineOf`). */
interface PipeLine {
  /** Cells, the outer pipes' empty ones dropped. */
  readonly cells: number;
  readonly figures: number;
  readonly rule: boolean;
  /** The line ends with a pipe. */
  readonly closed: boolean;
  /** The line opens with a pipe. */
  readonly opened: boolean;
}

/**
 * A line without a TAB that parts its cells by pipes (`\|` is a pipe in a cell), what a converter writes
 * for a table without the outer pipes Markdown allows to leave out (`一、本年新收… | 171 | 7 | … | 178`,
 * `自然人|171|7`, `--- | ---`); undefined for any other line, a sentence among them.
 */
function pipeLineOf(scan: LineScan): PipeLine | undefined {
  if (scan.blank || scan.markdown === 'cell') return undefined;
  const { masked, start, end } = scan;
  const first = masked.indexOf('|', start);
  if (first < 0 || first >= end || masked.includes('\t')) return undefined;
  const content = masked.slice(start, end);
  if (SENTENCE_MARK.test(content)) return undefined;
  const cells: string[] = [];
  let a = 0;
  for (let i = 0; i <= content.length; i++) {
    if (i === content.length || (content.charCodeAt(i) === 124 && content.charCodeAt(i - 1) !== 92)) {
      cells.push(content.slice(a, i).trim());
      a = i + 1;
    }
  }
  // The outer pipes, where the line has them, open and close its first and last cells.
  const closed = content.charCodeAt(content.length - 1) === 124;
  const opened = content.charCodeAt(0) === 124;
  if (opened) cells.shift();
  if (cells.length > 1 && closed) cells.pop();
  let figures = 0;
  let dashes = 0;
  for (const c of cells) {
    if (PIPE_FIGURE.test(c)) figures++;
    else if (RULE_CELL.test(c)) dashes++;
  }
  return { cells: cells.length, figures, rule: dashes > 0 && dashes === cells.length, closed, opened };
}

const PART_NUMBER = /^[一二三四五六七八九十]{1,2}\s*[、.．]/;

/**
 * A line of one short cell without a pipe, no sentence: what a converter writes for a row whose one cell spans the
 * table (`第二十条第（五）项`) in a table without the outer pipes.
 */
function spanningCell(scan: LineScan): boolean {
  if (scan.blank || scan.tabular || scan.end - scan.start > 24) return false;
  const content = scan.masked.slice(scan.start, scan.end);
  // A part's heading (`三、收到和处理…`) ends the table above it.
  return !SENTENCE_MARK.test(content) && !PART_NUMBER.test(content);
}

/**
 * `scan` read as a table's line of this Markdown kind (with `masked`, its cells parted anew: a CSV row's commas as
 * TABs). Every field written out, in scanLine's order: a copy made by spreading has a hidden class of its own.
 */
function asTableLine(scan: LineScan, markdown: LineScan['markdown'], unframed: boolean, masked = scan.masked): LineScan {
  return {
    text: scan.text, masked, folded: masked === scan.masked ? scan.folded : fold(masked), start: scan.start, end: scan.end, blank: scan.blank,
    tabular: true, markdown, unframed, artifacts: scan.artifacts, pageNumber: scan.pageNumber, pipe: scan.pipe,
    heading: undefined, subheading: undefined, contents: undefined, cell: undefined, rowLine: undefined, spaced: undefined,
  };
}

/**
 * Tables whose rows part their cells by pipes without the outer ones (`a | b | c`, `a|b|c`, a GitHub
 * table without its frame, `--- | ---` under its header): one line of them is no different from a
 * sentence with a pipe, so they are read from their run of lines. A run of lines next to each other
 * that part cells by pipes is a table when a rule line stands under one of its rows, or when two or more
 * of them hold three cells or more and its cells hold three figures or more. In a table, a line of two
 * cells is a row when one is a figure (`行政许可 | 5`) or a rule follows it (a header); a lone line, or
 * lines of words alone (`首页 | 政务公开 | 年报`), stay text. The table's lines are read as Markdown rows
 * and rules (their lines' scans replaced, as running headers' are).
 */
function markPipeTables(scans: LineScan[]): void {
  let i = 0;
  while (i < scans.length) {
    const line = pipeLineOf(scans[i]!);
    if (!line) {
      i++;
      continue;
    }
    // `undefined` for a line of one cell between two pipe lines (`第二十条第（五）项`, a caption spanning the row).
    const run: (PipeLine | undefined)[] = [line];
    let j = i + 1;
    for (;;) {
      const next = j < scans.length ? pipeLineOf(scans[j]!) : undefined;
      if (next) {
        run.push(next);
        j++;
      } else if (j + 1 < scans.length && spanningCell(scans[j]!) && pipeLineOf(scans[j + 1]!)) {
        run.push(undefined);
        j++;
      } else {
        break;
      }
    }
    let ruled = false;
    let wide = 0;
    let figures = 0;
    run.forEach((l, k) => {
      if (!l) return;
      if (l.rule && k > 0 && !run[k - 1]?.rule) ruled = true;
      if (!l.rule && l.cells >= 3) wide++;
      figures += l.figures;
    });
    if (ruled || (wide >= 2 && figures >= 3)) {
      // Rows that do not end with a pipe: the table has no frame, and a pipe that opens a line parts an empty first cell.
      const unframed = run.some((l) => l !== undefined && !l.rule && !l.closed);
      const openless = !unframed && closedOnly(run);
      run.forEach((l, k) => {
        if (!l) return;
        const scan = scans[i + k]!;
        const row = l.rule || l.cells >= 3 || l.figures > 0 || run[k + 1]?.rule === true;
        const blankFirst = unframed || (openless && l.opened);
        if (scan.markdown === 'row' ? !blankFirst : scan.tabular || !row) return;
        scans[i + k] = asTableLine(scan, l.rule ? 'rule' : 'row', blankFirst && !l.rule);
      });
    }
    i = j;
  }
}

/**
 * A table whose rows only close with a pipe (`规章 | 0 | 0 | 0 |`, as web-page text tools write them): two rows or
 * more of three cells or more that do not open with a pipe, and every row that does is, its opening pipe parting an
 * empty first cell (` | 0 | 0 | … |`, table 四's figures under a blank first cell), no wider than they are. In a
 * Markdown table with the outer pipes, a line of a cell broken in two (`办理结果 | （一）予以公开 | 92 |`) is not
 * wider than a framed row counted so, and the framed rows stay framed.
 */
function closedOnly(run: readonly (PipeLine | undefined)[]): boolean {
  // The widest row that does not open with a pipe, and how many such rows have three cells or more.
  let width = 0;
  let closedRows = 0;
  for (const l of run) {
    if (!l || l.rule || l.opened) continue;
    if (l.cells >= 3) closedRows++;
    width = Math.max(width, l.cells);
  }
  return closedRows >= 2 && run.every((l) => !l || l.rule || !l.opened || l.cells + 1 <= width);
}

/** A rule line's text without its blanks, to compare rules by. */
function ruleText(scan: LineScan): string {
  return scan.masked.slice(scan.start, scan.end).replace(/[ \t]+/g, '');
}

/**
 * A line of dashes between pipes after a Markdown table's rule (`| - | - | … |`, `| -- | -- |`): a row of cells written
 * `-` for none (table 四's fifteen), as GitHub's Markdown reads every line after a table's second, not a second rule;
 * without an alignment colon, and unless the table sets a rule between all its rows (the same rule, the line two
 * above it a rule too). Read as a rule, the table lost its row of figures.
 */
function markPlaceholderRows(scans: LineScan[]): void {
  // The rule under the current table's header, to tell a rule repeated under every row by.
  let headerRule: string | undefined;
  for (let i = 0; i < scans.length; i++) {
    const scan = scans[i]!;
    if (scan.markdown !== 'rule') {
      if (scan.markdown !== 'row') headerRule = undefined;
      continue;
    }
    if (headerRule === undefined) {
      headerRule = ruleText(scan);
      continue;
    }
    const text = ruleText(scan);
    if (text.includes(':') || (text === headerRule && scans[i - 2]?.markdown === 'rule')) continue;
    scans[i] = asTableLine(scan, 'row', scan.unframed);
  }
}

// ---------------------------------------------------------------------------------------------
// Tables written as comma-separated text (CSV)

/** A figure as a CSV field writes it: digits, thousands parted by commas inside quotes (`"21,650"`), a placeholder for none. */
const CSV_FIGURE = /^(?:[0-9０-９]{1,12}(?:[.．][0-9０-９]{1,8})?|[0-9]{1,3}(?:,[0-9]{3}){1,4}(?:\.[0-9]{1,8})?|[\/—－-])$/;
/** The longest CSV field read as a cell (the longest official label has 33 characters). */
const CSV_FIELD = 48;

/** A line read as a CSV row: its fields' spans in the masked text (inside the quotes of a quoted one), what they hold. */
export interface CsvLine {
  readonly fields: readonly { readonly start: number; readonly end: number; readonly quoted: boolean }[];
  readonly figures: number;
  readonly written: number;
  /** A field not quoted that a comma may have cut out of a label: a bracket left open, or closed alone. */
  readonly cut: boolean;
  /** Two fields not quoted that may be one figure with its thousands parted by a comma (`21,650`). */
  readonly thousands: boolean;
}

/** Whether a line holds an odd number of ASCII double quotes: a quoted CSV field opened or closed on another line. */
function oddQuotes(s: string): boolean {
  let odd = false;
  for (let k = s.indexOf('"'); k >= 0; k = s.indexOf('"', k + 1)) odd = !odd;
  return odd;
}

function bracketsBalance(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      if (depth === 0) return false;
      depth--;
    }
  }
  return depth === 0;
}

/**
 * A line as CSV writes a table's row (a table saved as a .csv file and pasted as text): two fields or more parted by
 * ASCII commas outside double quotes, each quoted whole or not at all, none longer than a label, no sentence; else
 * undefined.
 */
export function csvLineOf(scan: LineScan): CsvLine | undefined {
  if (scan.blank || scan.tabular) return undefined;
  const { masked, start, end } = scan;
  const comma = masked.indexOf(',', start);
  if (comma < 0 || comma >= end || SENTENCE_MARK.test(masked.slice(start, end))) return undefined;
  const fields: { start: number; end: number; quoted: boolean }[] = [];
  let i = start;
  for (;;) {
    while (i < end && isSpace(masked.charCodeAt(i))) i++;
    let a = i;
    let b: number;
    let quoted = false;
    if (masked.charCodeAt(i) === 34) {
      quoted = true;
      a = ++i;
      for (;;) {
        if (i >= end) return undefined;
        if (masked.charCodeAt(i) === 34) {
          if (masked.charCodeAt(i + 1) === 34) i += 2;
          else break;
        } else i++;
      }
      b = i++;
      while (i < end && isSpace(masked.charCodeAt(i))) i++;
      if (i < end && masked.charCodeAt(i) !== 44) return undefined;
    } else {
      while (i < end && masked.charCodeAt(i) !== 44) {
        if (masked.charCodeAt(i) === 34) return undefined;
        i++;
      }
      b = i;
    }
    fields.push({ start: a, end: b, quoted });
    if (i >= end) break;
    i++;
    if (i >= end) {
      fields.push({ start: end, end: end, quoted: false });
      break;
    }
  }
  if (fields.length < 2) return undefined;
  let figures = 0;
  let written = 0;
  let cut = false;
  let thousands = false;
  let previous = '';
  for (const f of fields) {
    const text = masked.slice(f.start, f.end).trim();
    if (text.length > CSV_FIELD) return undefined;
    if (text !== '') written++;
    if (CSV_FIGURE.test(text)) figures++;
    if (!f.quoted && !bracketsBalance(text)) cut = true;
    if (!f.quoted && /^[0-9]{3}$/.test(text) && /^[1-9][0-9]{0,2}$/.test(previous)) thousands = true;
    previous = f.quoted ? '' : text;
  }
  return { fields, figures, written, cut, thousands };
}

/**
 * Tables written as CSV (`规章,0,0,0`): a run of CSV lines next to each other is a table when three of them or more
 * hold figures (a third of their fields at least), or one holds five or more (table 四's row), or when three lines or
 * more have the same three fields or more, a figure among them (a spreadsheet writes every row as wide as its sheet:
 * seed 000's table 四, three figures under its header rows). A run where a comma outside quotes may have cut a field
 * is left as text, which missing-table reports: a bracket left open (`（二）部分公开（区分处理的, 只计这一情形, …）`), or,
 * the lines not all as wide, a figure's thousands (`21,650`; `31,102` in lines all as wide are two figures). Its lines
 * are read as rows with TABs: each separating comma masked as a TAB, a quoted field's quotes as blanks (same offsets,
 * so every cell's range is on its own text).
 */
function markCsvTables(scans: LineScan[]): void {
  let i = 0;
  while (i < scans.length) {
    const first = csvLineOf(scans[i]!);
    if (!first) {
      i++;
      continue;
    }
    const run: CsvLine[] = [first];
    let j = i + 1;
    for (let next; j < scans.length && (next = csvLineOf(scans[j]!)); j++) run.push(next);
    let rows = 0;
    let wide = false;
    let figures = false;
    let cut = false;
    let thousands = false;
    let even = true;
    for (const l of run) {
      if (l.figures > 0 && l.figures * 3 >= l.written) rows++;
      if (l.figures >= 5) wide = true;
      if (l.figures > 0) figures = true;
      if (l.cut) cut = true;
      if (l.thousands) thousands = true;
      if (l.fields.length !== first.fields.length) even = false;
    }
    const table = rows >= 3 || wide || (even && figures && run.length >= 3 && first.fields.length >= 3);
    // A quoted field over two lines or more (a cell with a line break, `"一、本年新收政府` / `信息公开申请数量",171,…`) is
    // no CSV line of the run, which would then read the table without that row: the line before or after the run
    // with a quote left open leaves it unread.
    const broken = (k: number) => k >= 0 && k < scans.length && oddQuotes(scans[k]!.masked);
    if (table && !cut && (even || !thousands) && !broken(i - 1) && !broken(j)) {
      run.forEach((l, k) => {
        const scan = scans[i + k]!;
        const chars = scan.masked.split('');
        l.fields.forEach((f, n) => {
          if (f.quoted) {
            chars[f.start - 1] = ' ';
            chars[f.end] = ' ';
          }
          if (n > 0) chars[chars.lastIndexOf(',', f.quoted ? f.start - 2 : f.start - 1)] = '\t';
        });
        scans[i + k] = asTableLine(scan, undefined, false, chars.join(''));
      });
    }
    i = j;
  }
}

// ---------------------------------------------------------------------------------------------
// Cells whose closing pipes stand on lines of their own

/** How many cells, each over its pipe line, make a table so written: fewer stay text. */
const DETACHED_RUN = 3;
/** A cell is short: a longer line is a paragraph. */
const DETACHED_CELL = 80;

/** A line of a table one cell per line: one cell closed by its pipe (`0 |`), pipes alone, or a cell's closer. */
function isCellLine(scan: LineScan): boolean {
  return scan.markdown === 'cell' || scan.markdown === 'closer';
}

/** A line that is a pipe alone (`|`). */
function lonePipe(scan: LineScan): boolean {
  return scan.end - scan.start === 1 && scan.masked.charCodeAt(scan.start) === 124;
}

/**
 * A line a cell's text may be (read again without page numbers: `0` is a figure there): short, no TAB, no
 * pipe at either end, no sentence, no part's heading.
 */
function detachedCell(text: string): LineScan | undefined {
  const scan = scanLine(text, false);
  if (scan.blank || scan.end - scan.start > DETACHED_CELL || scan.masked.includes('\t')) return undefined;
  const content = scan.masked.slice(scan.start, scan.end);
  if (content.charCodeAt(0) === 124 || content.charCodeAt(content.length - 1) === 124 || SENTENCE_MARK.test(content)) return undefined;
  // A part's heading (`二、主动公开政府信息情况`) is never a cell: a run of headings over pipes (a menu) stays headings.
  return partHeaded(content) === undefined ? scan : undefined;
}

/**
 * A table one cell per line whose closing pipes stand on lines of their own (`规章` / `|` / `0` / `|` / `0` / `|`,
 * as some web-page text tools write a cell's paragraph and its border apart; `||`, `|||` still end a row whose
 * cell spans columns). Each cell is its line and the pipe under it, read as `规章 |` is (one cell closed by its
 * pipe), the pipe's line a `closer`, nothing of the row; a lone `|` under a line that ends with a pipe
 * (`0 |` / `|`) stays the empty cell it is. Read so only in a run of `DETACHED_RUN` such cells or more, pipes
 * alone between them: a pipe under one line of text stays what it is. Before, each figure was a page number
 * and the table was not read.
 */
function markDetachedPipes(lines: readonly SourceLine[], scans: LineScan[]): void {
  let i = 0;
  while (i < scans.length) {
    const cells: { line: number; scan: LineScan }[] = [];
    let j = i;
    for (;;) {
      // In the run, `||` ends a row, a lone `|` after a cell's pipe is an empty cell and `0 |` a cell with its
      // pipe: they stay as they are.
      if (cells.length > 0 && j < scans.length && scans[j]!.markdown === 'cell') {
        j++;
        continue;
      }
      const cell = j + 1 < scans.length && lonePipe(scans[j + 1]!) ? detachedCell(lines[j]!.text) : undefined;
      if (!cell) break;
      cells.push({ line: j, scan: cell });
      j += 2;
    }
    // Fewer cells so written stand in a table one cell per line when cell lines close in on them (`0 |` before,
    // `0 |` after: `0 |` / `行政规范性文件` / `|` / `0 |`, a page that set one label's border apart).
    const last = cells[cells.length - 1];
    const amidCells = last !== undefined && i > 0 && isCellLine(scans[i - 1]!) && j > last.line + 2;
    if (cells.length >= DETACHED_RUN || amidCells) {
      for (const { line, scan } of cells) {
        scans[line] = asTableLine(scan, 'cell', false);
        scans[line + 1] = asTableLine(scans[line + 1]!, 'closer', false);
      }
      i = j;
    } else {
      i = Math.max(j, i + 1);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// A table of contents

/** How far from the start a table of contents is looked for. */
const CONTENTS_WITHIN = 80;
const CONTENTS_TITLE = /^目\s*录$/;
/** An entry with its page: the words, then dot leaders, a TAB or a run of blanks, and the page number. */
const CONTENTS_PAGE = /^(.*?\S)(?:\s*[.．…·•]{2,}\s*|\t+\s*| {2,}|\u3000+)(\d{1,3})$/;
/** A sub-heading's words: （一）…, 1. …, 一、… — short, without a sentence's punctuation. */
const CONTENTS_SUBHEADING = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}[、.．])[^。；;，,：:！？!?]{1,40}$/;

/** The part `words` head, read as a part heading (undefined: none, or a heading whose words name no part). */
function partHeaded(words: string): PartId | undefined {
  const scan = scanLine(words, false);
  return matchPartHeading({ index: 0, text: words, masked: scan.masked, folded: scan.folded, start: scan.start, end: scan.end, blank: scan.blank, tabular: false, scan })?.part;
}

export interface ContentsEntry {
  /** The part the entry heads, when it is a part heading. */
  readonly part: PartId | undefined;
  readonly page: number | undefined;
}

/** What an entry's words begin with: a numeral, 第, a bracket or a digit (headings without one are not looked for). */
const CONTENTS_START = /^[一二三四五六七八九十第（(1-9]/;
/** Any Chinese character: an entry has words. */
const HAN = /[\u3400-\u9fff]/;

/** A line read as an entry of a table of contents: a heading's words, with or without a page number. */
function contentsEntry(scan: LineScan): ContentsEntry | undefined {
  if (scan.contents === undefined) scan.contents = readContentsEntry(scan) ?? null;
  return scan.contents ?? undefined;
}

function readContentsEntry(scan: LineScan): ContentsEntry | undefined {
  if (scan.blank || scan.end - scan.start > 80) return undefined;
  const content = scan.folded.slice(scan.start, scan.end);
  if (!CONTENTS_START.test(content) || !HAN.test(content)) return undefined;
  const paged = CONTENTS_PAGE.exec(content);
  const words = paged ? paged[1]!.trim() : content;
  const part = partHeaded(words);
  if (part === undefined && !CONTENTS_SUBHEADING.test(words)) return undefined;
  return { part, page: paged ? Number(paged[2]) : undefined };
}

/**
 * The lines of a table of contents near the start, if there is one: a 目录 line and the headings under
 * it, or (without that title) three or more headings with page numbers that do not go down, two of
 * them part headings. Word exports a contents field as `一、总体情况<TAB>1`; read as text it would be six
 * more part headings and, with its TABs, a table.
 */
function contentsLines(scans: readonly LineScan[]): { first: number; last: number } | undefined {
  const limit = Math.min(scans.length, CONTENTS_WITHIN);
  for (let i = 0; i < limit; i++) {
    const scan = scans[i]!;
    if (scan.blank) continue;
    // (目 first: the line is sliced for the pattern only then.)
    const titled = scan.folded.charCodeAt(scan.start) === 0x76ee && CONTENTS_TITLE.test(scan.folded.slice(scan.start, scan.end));
    if (!titled && !contentsEntry(scan)) continue;
    const entries: { line: number; entry: ContentsEntry }[] = [];
    const seen = new Set<PartId>();
    for (let j = titled ? i + 1 : i; j < scans.length; j++) {
      if (scans[j]!.blank) continue;
      const entry = contentsEntry(scans[j]!);
      // A part named a second time is the report's own heading after its contents.
      if (!entry || (entry.part !== undefined && seen.has(entry.part))) break;
      if (entry.part !== undefined) seen.add(entry.part);
      entries.push({ line: j, entry });
    }
    const parts = seen.size;
    if (titled && entries.length >= 2 && parts >= 1) return { first: i, last: entries[entries.length - 1]!.line };
    if (!titled && entries.length >= 3 && parts >= 2) {
      const pages = entries.map((e) => e.entry.page);
      if (pages.every((p, k) => p !== undefined && (k === 0 || p >= pages[k - 1]!))) return { first: i, last: entries[entries.length - 1]!.line };
    }
    // A run of headings that is no table of contents is passed over whole: none of its lines opens one.
    if (!titled && entries.length > 0) i = entries[entries.length - 1]!.line;
  }
  return undefined;
}

/** A table of contents' line, blanked: it is not the report's text, and its TABs are no table. */
function blankedScan(text: string, artifacts: readonly LineArtifact[] = []): LineScan {
  const masked = ' '.repeat(text.length);
  return {
    text, masked, folded: masked, start: text.length, end: text.length, blank: true, tabular: false, markdown: undefined, unframed: false, artifacts,
    pageNumber: firstIsPageNumber(artifacts), pipe: false,
    heading: undefined, subheading: undefined, contents: undefined, cell: undefined, rowLine: undefined, spaced: undefined,
  };
}

/** Part 一's heading: the report's body begins. */
const FIRST_PART = /^(?:一|1|第一部分)\s*(?:[、.．]\s*)?总体情况/;
/**
 * A line that is a report's title: a body, the year, 政府信息公开工作年度报告 (not an attachment's name, nor a page's record
 * of it after a field's name and colon: `名 称: …年度报告`).
 */
const TITLE_LINE = /^(?![附《])[^\t。；，,:：]{0,40}?(?:19|20)\d{2}\s*年度?\s*政府信息公开(?:工作)?(?:年度)?报告$/;

/** A web page's field for a document's name alone on its line (`• 信息名称:`, `名 称：`, `标题：`). */
const FIELD_NAME = /^[^。；;，,:：]{0,8}(?:名\s?称|标\s?题|题\s?名)\s?[:：]$/;

/** Whether the nearest line above line `i` with words on it is the name of a field for a document's name (`信息名称:`). */
function fieldNameAbove(scans: readonly LineScan[], i: number): boolean {
  for (let l = i - 1; l >= 0; l--) {
    const scan = scans[l]!;
    if (scan.blank) continue;
    return FIELD_NAME.test(scan.folded.slice(scan.start, scan.end));
  }
  return false;
}

/**
 * A PDF copy repeats the title at the top of every page: the title lines after the first one are running
 * headers (`湘潭市住房和城乡建设局2024年政府信息公开工作年度报告` between two cells of a row), blanked as a
 * page number is, so a table or a sentence goes on across them.
 */
function markRunningHeaders(scans: LineScan[]): void {
  /** The title was seen, or the report's body began (一、总体情况) under a title written otherwise. */
  let titled = false;
  /** The title's words, blanks dropped; undefined once the body began. */
  let title: string | undefined;
  for (let i = 0; i < scans.length; i++) {
    const scan = scans[i]!;
    if (scan.blank || scan.tabular || scan.end - scan.start > 60) continue;
    // A title ends with 报告: once titled, no other line is looked at.
    const report = scan.folded.charCodeAt(scan.end - 1) === 0x544a;
    const before = !titled || title !== undefined;
    if (!before && !report) continue;
    const words = scan.folded.slice(scan.start, scan.end);
    if (before && FIRST_PART.test(words)) {
      titled = true;
      title = undefined;
    }
    if (!report || !TITLE_LINE.test(words)) continue;
    // A page's record of the title with its field's name on the line above (`• 信息名称:` / `义乌市…年度报告`) is
    // no title, as one after the name on its own line is not.
    if (!titled && fieldNameAbove(scans, i)) continue;
    if (!titled) {
      titled = true;
      title = words.replace(/\s+/g, '');
      continue;
    }
    // Before the body, a title written otherwise than the first (`区…局2022年…报告` the page's, then
    // `广州市越秀区…局2022年…报告` the report's own) is the report's title, not a page's header repeating it.
    if (title !== undefined && words.replace(/\s+/g, '') !== title) continue;
    const { text, start, end } = scan;
    // Before the body it is the title written twice (a web page's heading, then the report's), no page's header.
    const kind = title !== undefined ? 'repeated-title' : 'running-header';
    scans[i] = blankedScan(text, [{ kind, start, end, text: detach(text.slice(start, end)), wholeLine: true, replacement: '' }]);
  }
}

/** A line's leftovers as the document's (most lines have none: the loop stands outside scanLines's). */
function lineArtifacts(line: number, own: readonly LineArtifact[], out: Artifact[]): void {
  for (const a of own) out.push({ kind: a.kind, range: range(line, a.start, a.end), text: a.text, wholeLine: a.wholeLine, replacement: a.replacement });
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
 * `scanLine(text)`, a short line's scan remembered (the same object for the same text: its memo fields are functions of
 * the text). For a rule that reads a part's lines as they were written, before the parse's passes over them.
 */
export function scanText(text: string): LineScan {
  return text.length <= SHORT_LINE ? SHORT_LINES.get(text) : scanLine(text);
}

/**
 * Scans every line; with a memo (the document's analysis cache), a line whose text was scanned before
 * is not scanned again.
 */
export function scanLines(lines: readonly SourceLine[], memo?: Memo<LineScan>): { infos: LineInfo[]; artifacts: Artifact[] } {
  const scans: LineScan[] = [];
  // What the passes after this one look for, noted while each scan is at hand: a report without two page numbers
  // or without a pipe (most of them) is not walked again for runs of numbers or for tables parted by pipes.
  let pageNumbers = 0;
  let pipes = false;
  // (Indexed loops, here and in the parse's other passes over every line: TurboFan's graph of a for-of over an
  // array, its iterator and the iterator's closing, was a tenth of findBlocks's compilation, for the same code.)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const scan = memo ? memo.get(line.text, scanDetached) : line.text.length <= SHORT_LINE ? SHORT_LINES.get(line.text) : scanLine(line.text);
    scans.push(scan);
    if (scan.pageNumber) pageNumbers++;
    if (scan.pipe) pipes = true;
  }
  if (pageNumbers >= 2) unmarkNumberRuns(lines, scans);
  if (pipes) {
    markDetachedPipes(lines, scans);
    markPipeTables(scans);
    markPlaceholderRows(scans);
  }
  markCsvTables(scans);
  markRunningHeaders(scans);
  const infos: LineInfo[] = [];
  const artifacts: Artifact[] = [];
  const contents = contentsLines(scans);
  let contentsArtifact: Artifact | undefined;
  if (contents) {
    const { first, last } = contents;
    const from = scans[first]!;
    // One leftover for the whole table of contents, its removal taking the line breaks after it.
    const end = last + 1 < lines.length ? { line: last + 1, character: 0 } : { line: last, character: lines[last]!.text.length };
    contentsArtifact = {
      kind: 'contents',
      range: spanRange({ line: first, character: from.start }, end),
      text: detach(lines[first]!.text.slice(from.start, from.end)),
      wholeLine: false,
      replacement: '',
    };
    for (let i = first; i <= last; i++) scans[i] = blankedScan(lines[i]!.text);
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // In the order of the text, as the lines' own leftovers are.
    if (contentsArtifact && line.index === contents!.first) artifacts.push(contentsArtifact);
    const scan = scans[line.index]!;
    if (scan.artifacts.length > 0) lineArtifacts(line.index, scan.artifacts, artifacts);
    // The scan's text (the line's; with a cache, a copy of it): what is read from a line and kept beyond
    // this analysis (a table's cells, in the tables cache) then keeps no whole version of the document alive.
    infos.push({ index: line.index, text: scan.text, masked: scan.masked, folded: scan.folded, start: scan.start, end: scan.end, blank: scan.blank, tabular: scan.tabular, scan });
  }
  return { infos, artifacts };
}
