/**
 * A national table drawn without ruling lines (a Word or WPS table with its borders off, exported as PDF), rebuilt
 * from its text items' positions when that can be done without guessing, for ./pdfLayout.ts:
 *
 * - the table is the lines between its caption (`三、收到和处理政府信息公开申请情况`) and the next part, on one or
 *   more pages (laid end to end, a line's pitch apart, so a row a page break cut stays one row);
 * - each line's items are cut into pieces where they stand apart (a cell's text runs on; the next cell's starts
 *   after its cell's margins);
 * - the figure columns are the positions of the figures' left edges, centres or right edges (the alignment that
 *   gives the fewest), and their count must be the national table's (7 in table 三, 15 in table 四, at most 3 in
 *   table 二); a figure a narrow column wrapped (`17` / `1`) is joined again when its first line fills its column;
 * - a row is a set of figures whose lines overlap (a row's cells, aligned to their top or centre, all cross its
 *   middle); a blank cell stays blank in its column;
 * - text right of the label columns, outside the rows, is the header, a band of header cells whose lines overlap;
 * - the labels are the text left of the figures, by column: a column's run of lines (a line's pitch apart) is one
 *   cell when it meets one row; when it meets several, it is cut where a label's numeral starts a line (`（三）`,
 *   `2.`), or it is a merged cell over rows each labelled further right (`三、本年度办理结果`), or it is cut so that
 *   each label is centred on its row (in a table whose cells stand at their top, starts at its top; a row a page
 *   break cut starts at the top of its first part), when exactly one such cut exists (`规章` / `行政规范性文件`:
 *   no space between rows in a tight table).
 *
 * Anything else — figures in more or fewer columns, two figures in one cell, text in the figure columns beside a
 * row, a run of label lines that cannot be cut — and the table is not rebuilt: the reader refuses the file.
 */
import { REQUEST_COLUMNS, REVIEW_COLUMNS, ACTIVE_ROWS_2019, ACTIVE_ROWS_2021 } from '../../src';
import type { PdfItem } from './pdfLayout';

export type NationalKind = 'active' | 'requests' | 'review';

export interface UnruledLine {
  readonly page: number;
  readonly items: readonly PdfItem[];
}

export interface UnruledRow {
  readonly fields: { text: string; column: number }[];
  readonly page: number;
  /** The table's header (no figures). */
  readonly header: boolean;
}

/** Pieces of text a table may have (a bound on the work a hostile file makes). */
const MAX_PIECES = 5_000;

/** Lines² × bands a run of labels may take to cut (the cut's work, 0.1 s; a run in a table is tens of lines). */
const MAX_CUT_WORK = 20_000_000;

/** Word's and WPS's default cell margin, left and right (0.19 cm). */
const CELL_MARGIN = 5.4;

const FIGURE = /^(?:\d{1,15}(?:\.\d{1,8})?|\d{1,3}(?:,\d{3}){1,4})$/;
const HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d))/;
const CJK = /[\u2018-\u201f\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);

interface Piece {
  text: string;
  x: number;
  right: number;
  /** Baseline on the table's continuous axis (pages laid end to end). */
  Y: number;
  page: number;
  size: number;
  /** The items it was made of (a centred table's labels are cut at their gaps again: `centredCells`). */
  readonly items?: readonly PdfItem[];
}

interface Span {
  top: number;
  bottom: number;
}

/** A figure cell: one figure, or the lines of one a narrow column wrapped. */
interface FigureCell extends Span {
  text: string;
  column: number;
  page: number;
}

/** A row of figures, or a band of header cells. */
interface Band extends Span {
  readonly header: boolean;
  readonly cells: FigureCell[];
  readonly headerCells: { text: string; x: number }[];
  /** Label text by label column. */
  readonly labels: Map<number, string>;
  page: number;
}

/** Figure columns the national table has: table 二's rows have 1 to 3 (2019: up to 4). */
function expectedColumns(kind: NationalKind): { min: number; max: number } {
  if (kind === 'requests') return { min: REQUEST_COLUMNS.length, max: REQUEST_COLUMNS.length };
  if (kind === 'review') return { min: REVIEW_COLUMNS.length, max: REVIEW_COLUMNS.length };
  const max = Math.max(...[...ACTIVE_ROWS_2021, ...ACTIVE_ROWS_2019].map((r) => r.columns.length));
  return { min: 1, max };
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Text of items on one line: spaces between Chinese characters dropped, one space between Latin words. */
function joinItems(items: readonly PdfItem[]): string {
  let out = '';
  let end = -Infinity;
  for (const it of items) {
    const s = clean(it.str);
    if (!s) continue;
    if (out && !isCjk(out[out.length - 1]) && !isCjk(s[0]) && it.x - end > 0.15 * it.size) out += ' ';
    out += s;
    end = Math.max(end, it.x + it.w);
  }
  return out.replace(/([\u2018-\u201f\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]) (?=[\u2018-\u201f\u2e80-\u9fff\uff00-\uffef\u3000-\u303f])/g, '$1');
}

/** An item holding several cells' text apart by runs of spaces, cut at them (each part's place estimated). */
function splitItem(it: PdfItem): PdfItem[] {
  if (!/\S\s{2,}\S/.test(it.str)) return [it];
  const chars = [...it.str];
  const unit = it.w / Math.max(1, chars.reduce((sum, ch) => sum + (isCjk(ch) ? 1 : 0.5), 0));
  const out: PdfItem[] = [];
  let x = it.x;
  let start = -1;
  let text = '';
  chars.forEach((ch, i) => {
    const w = unit * (isCjk(ch) ? 1 : 0.5);
    const gap = ch === ' ' && (chars[i + 1] === ' ' || chars[i - 1] === ' ');
    if (gap || i === chars.length - 1) {
      if (!gap) text += ch;
      if (text.trim()) out.push({ str: text, x: start, y: it.y, w: x + (gap ? 0 : w) - start, size: it.size });
      text = '';
      start = -1;
    } else {
      if (start < 0) start = x;
      text += ch;
    }
    x += w;
  });
  return out;
}

/** A line's pieces: items closer than `0.6 ×` their size are one piece (a justified cell's characters). */
function piecesOf(items: readonly PdfItem[]): PdfItem[][] {
  const sorted = items.flatMap(splitItem).sort((a, b) => a.x - b.x);
  const out: PdfItem[][] = [];
  let end = -Infinity;
  for (const it of sorted) {
    const last = out[out.length - 1];
    if (last && it.x - end <= 0.6 * it.size) last.push(it);
    else out.push([it]);
    end = Math.max(end, it.x + it.w);
  }
  return out;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/** Sorted values grouped where they stand within `tol` of the one before. */
function clusters(values: readonly number[], tol: number): number[][] {
  const s = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of s) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= tol) last.push(v);
    else out.push([v]);
  }
  return out;
}

const overlaps = (a: Span, b: Span, tol: number): boolean => a.top <= b.bottom + tol && b.top <= a.bottom + tol;

/** Joins a cell's lines: directly where Chinese meets Chinese or a figure goes on, by a space elsewhere. */
function joinLines(texts: readonly string[]): string {
  let out = '';
  for (const t of texts) {
    if (out && !isCjk(out[out.length - 1]) && !isCjk(t[0])) out += ' ';
    out += t;
  }
  return out;
}

/**
 * The table's rows (header bands and rows of figures, in order) as the fields the .docx reader would write, or
 * undefined when they cannot be found without guessing.
 */
export function rebuildUnruled(lines: readonly UnruledLine[], kind: NationalKind): UnruledRow[] | undefined {
  const layout = layOut(lines);
  if (!layout) return undefined;
  const grid = figureGrid(layout, kind);
  if (!grid) return undefined;
  // The labels by their left edges; failing that, as centred cells (each attempt on bands of its own).
  return withLabels(layout, grid, kind, false) ?? (kind === 'review' ? undefined : withLabels(layout, grid, kind, true));
}

/** The table's rows with its labels placed by their left edges, or (`centred`) as centred cells; undefined when they cannot be. */
function withLabels(layout: Layout, grid: FigureGrid, kind: NationalKind, centred: boolean): UnruledRow[] | undefined {
  const rows = figureRows(figureCells(layout, grid), layout.tol);
  if (!rows) return undefined;
  const words = sortWords(layout, grid, rows);
  if (!words) return undefined;
  const header = headerBands(words.header, rows, layout, grid, words.labels);
  if (!header) return undefined;
  const bands = [...rows, ...header].sort((a, b) => a.top - b.top);
  for (let i = 1; i < bands.length; i++) if (overlaps(bands[i - 1]!, bands[i]!, layout.tol)) return undefined;
  const labelColumns = centred ? placeCentredLabels(words.labels, bands, layout) : placeLabels(words.labels, rows, bands, layout);
  if (!labelColumns) return undefined;
  // Every row of figures has a label, but table 四's.
  if (kind !== 'review' && bands.some((b) => !b.header && b.labels.size === 0)) return undefined;
  return fieldsOf(bands, labelColumns, grid, kind);
}

/**
 * Pairs of label lines, one under the other a line's pitch below (0.8 to 2.5 × the text's size), sharing a centre
 * within 1.5 pt but not a left edge: a centred cell's lines.
 */
function centredWraps(labels: readonly Piece[], size: number): [Piece, Piece][] {
  const centre = (p: Piece) => (p.x + p.right) / 2;
  const sorted = [...labels].sort((a, b) => a.Y - b.Y);
  const out: [Piece, Piece][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.Y - p.Y <= 2.5 * size; j++) {
      const q = sorted[j]!;
      if (q.page === p.page && q.Y - p.Y >= 0.8 * size && Math.abs(centre(q) - centre(p)) <= 1.5 && Math.abs(q.x - p.x) > 3) out.push([p, q]);
    }
  }
  return out;
}

/** The table's pieces on one axis (its pages laid end to end), with its text's size and line pitch. */
interface Layout {
  readonly pieces: readonly Piece[];
  readonly size: number;
  /** The usual step between a column's lines. */
  readonly pitch: number;
  /** How far apart two lines may stand and still be one (a third of the pitch). */
  readonly tol: number;
}

/** The lines' pieces, page by page, laid end to end; undefined past `MAX_PIECES` or without text. */
function layOut(lines: readonly UnruledLine[]): Layout | undefined {
  if (lines.length === 0) return undefined;
  const byPage = new Map<number, { items: PdfItem[]; y: number }[]>();
  for (const l of lines) {
    const list = byPage.get(l.page) ?? [];
    byPage.set(l.page, list);
    for (const p of piecesOf(l.items)) list.push({ items: p, y: Math.max(...p.map((i) => i.y)) });
  }
  // A table is a few hundred pieces (LibreOffice's 40 pt columns, a character a line: 520); past the bound, no table.
  if ([...byPage.values()].reduce((n, list) => n + list.length, 0) > MAX_PIECES) return undefined;
  const size = median(lines.flatMap((l) => l.items.map((i) => i.size)));
  if (!(size > 0)) return undefined;
  const steps: number[] = [];
  for (const list of byPage.values()) {
    const columns = new Map<number, number[]>();
    for (const p of list) {
      const k = Math.round(p.items[0]!.x / 3);
      columns.set(k, [...(columns.get(k) ?? []), p.y]);
    }
    for (const ys of columns.values()) {
      ys.sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++) if (ys[i]! - ys[i - 1]! > 0.5 * size && ys[i]! - ys[i - 1]! <= 3 * size) steps.push(ys[i]! - ys[i - 1]!);
    }
  }
  const pitch = steps.length >= 3 ? median(steps) : 1.5 * size;
  const pieces: Piece[] = [];
  let offset = 0;
  let lastY: number | undefined;
  for (const page of [...byPage.keys()].sort((a, b) => a - b)) {
    const list = byPage.get(page)!;
    const first = Math.min(...list.map((p) => p.y));
    if (lastY !== undefined) offset = lastY + pitch - first;
    for (const p of list) {
      const text = joinItems(p.items);
      if (!text) continue;
      pieces.push({ text, x: p.items[0]!.x, right: Math.max(...p.items.map((i) => i.x + i.w)), Y: p.y + offset, page, size: Math.max(...p.items.map((i) => i.size)), items: p.items });
    }
    lastY = Math.max(...list.map((p) => p.y)) + offset;
  }
  return { pieces, size, pitch, tol: 0.3 * pitch };
}

const ANCHORS = { left: (p: Piece) => p.x, centre: (p: Piece) => (p.x + p.right) / 2, right: (p: Piece) => p.right };
type Alignment = keyof typeof ANCHORS;

/** The figure columns: where the figures line up, and which column a piece stands in (-1: none). */
interface FigureGrid {
  readonly figures: readonly Piece[];
  readonly align: Alignment;
  /** Each column's anchors (left edges, centres or right edges, by `align`), sorted. */
  readonly columns: readonly number[][];
  /** Each column's left edge. */
  readonly lefts: readonly number[];
  readonly columnOf: (p: Piece) => number;
}

/**
 * The figure columns, by the alignment whose anchors make the fewest; they must be the national table's count,
 * or fewer completed from the header's edges. Undefined otherwise.
 */
function figureGrid({ pieces, size }: Layout, kind: NationalKind): FigureGrid | undefined {
  const figures = pieces.filter((p) => FIGURE.test(p.text));
  if (figures.length === 0) return undefined;
  const xTol = Math.max(2, 0.2 * size);
  let align: Alignment = 'left';
  let columns: number[][] = clusters(figures.map(ANCHORS.left), xTol);
  for (const a of ['centre', 'right'] as const) {
    const c = clusters(figures.map(ANCHORS[a]), xTol);
    if (c.length < columns.length) [align, columns] = [a, c];
  }
  const { min, max } = expectedColumns(kind);
  if (columns.length > max) return undefined;
  if (columns.length < min) {
    // Columns without a figure (blank cells, `0` written only in 总计): the header's cells stand at the columns'
    // left edges over a left-aligned table; the columns are the header's run of edges holding every figure column.
    const completed = align === 'left' ? headerColumns(pieces, figures, columns, min, xTol) : undefined;
    if (!completed) return undefined;
    columns = completed;
  }
  const anchorOf = ANCHORS[align];
  const found = columns;
  const columnOf = (p: Piece): number => found.findIndex((c) => anchorOf(p) >= c[0]! - 0.01 && anchorOf(p) <= c[c.length - 1]! + 0.01);
  const lefts = found.map((c, k) => Math.min(c[0]!, ...figures.filter((p) => columnOf(p) === k).map((p) => p.x)));
  return { figures, align, columns: found, lefts, columnOf };
}

/** Figure cells, a wrapped figure's lines joined (left-aligned columns, where the first line fills its column). */
function figureCells({ pitch }: Layout, { figures, align, columns, lefts, columnOf }: FigureGrid): FigureCell[] {
  const spacing = lefts.length > 1 ? median(lefts.slice(1).map((x, i) => x - lefts[i]!)) : Infinity;
  const cells: FigureCell[] = [];
  for (let c = 0; c < columns.length; c++) {
    const list = figures.filter((p) => columnOf(p) === c).sort((a, b) => a.Y - b.Y);
    const limit = (c + 1 < lefts.length ? lefts[c + 1]! : lefts[c]! + spacing) - 2 * CELL_MARGIN;
    for (let i = 0; i < list.length; i++) {
      const p = list[i]!;
      const cell: FigureCell = { text: p.text, column: c, top: p.Y, bottom: p.Y, page: p.page };
      let last = p;
      while (align === 'left' && i + 1 < list.length) {
        const q = list[i + 1]!;
        const step = q.Y - last.Y;
        const charWidth = (q.right - q.x) / Math.max(1, q.text.length);
        if (Math.abs(step - pitch) > 0.25 * pitch || last.right + charWidth <= limit - 0.5 || /\./.test(last.text)) break;
        cell.text += q.text;
        cell.bottom = q.Y;
        last = q;
        i++;
      }
      cells.push(cell);
    }
  }
  return cells;
}

/** Rows: figure cells whose lines overlap; undefined when two of a row stand in one column. */
function figureRows(cells: FigureCell[], tol: number): Band[] | undefined {
  cells.sort((a, b) => a.top - b.top);
  const rows: Band[] = [];
  for (const cell of cells) {
    const last = rows[rows.length - 1];
    if (last && cell.top <= last.bottom + tol) {
      if (last.cells.some((c) => c.column === cell.column)) return undefined;
      last.cells.push(cell);
      last.bottom = Math.max(last.bottom, cell.bottom);
    } else rows.push({ header: false, top: cell.top, bottom: cell.bottom, cells: [cell], headerCells: [], labels: new Map(), page: cell.page });
  }
  return rows;
}

/**
 * The pieces that are not figures, by where they stand: left of the figures, labels; right of their left edge,
 * the header's, or, within a row, the text of that row's empty cell (`—`, `/`, which `rows` then hold). Undefined
 * when such text falls on a cell that has a figure, or outside every column.
 */
function sortWords({ pieces, size, tol }: Layout, { lefts, columnOf }: FigureGrid, rows: readonly Band[]): { header: Piece[]; labels: Piece[] } | undefined {
  const boundary = Math.min(...lefts);
  const header: Piece[] = [];
  const labels: Piece[] = [];
  for (const p of pieces) {
    if (FIGURE.test(p.text)) continue;
    if (p.x < boundary - 0.5 * size && p.right <= boundary + 0.5 * size) {
      labels.push(p);
      continue;
    }
    const row = rows.find((r) => overlaps(r, { top: p.Y, bottom: p.Y }, tol));
    if (!row) {
      header.push(p);
      continue;
    }
    const c = columnOf(p);
    if (c < 0 || row.cells.some((x) => x.column === c)) return undefined;
    row.cells.push({ text: p.text, column: c, top: p.Y, bottom: p.Y, page: p.page });
  }
  return { header, labels };
}

/**
 * Header cells (a column's run of header lines, or, when that joins more lines, a centred cell's: `centredCells`) in
 * bands of cells whose lines overlap (centred cells: whose middles meet); undefined when one meets a row.
 */
function headerBands(pieces: readonly Piece[], rows: readonly Band[], { pitch, tol, size }: Layout, grid: FigureGrid, labels: readonly Piece[]): Band[] | undefined {
  let cells = stacks(pieces, pitch)
    .map((group) => ({ text: joinLines(group.map((p) => p.text)), x: Math.min(...group.map((p) => p.x)), top: group[0]!.Y, bottom: group[group.length - 1]!.Y, page: group[0]!.page }));
  const atoms = cutAtColumns(atomsOf(pieces), grid, size);
  // The line pitch from the labels' centred lines too (a header has few lines of one cell).
  const centred = centredCells(atoms, size, centredCells([...atoms, ...atomsOf(labels)], size)?.pitch ?? pitch)?.cells;
  if (centred !== undefined && centred.length < stacks(atoms, pitch).length) {
    cells = centred.map((c) => ({ text: joinLines(c.lines.map((p) => p.text)), x: c.left, top: c.top, bottom: c.bottom, page: c.page }));
  }
  cells.sort((a, b) => a.top - b.top);
  const bands: Band[] = [];
  for (const h of cells) {
    if (rows.some((r) => overlaps(r, h, tol))) return undefined;
    const last = bands[bands.length - 1];
    if (last && h.top <= last.bottom + tol) {
      last.headerCells.push({ text: h.text, x: h.x });
      last.bottom = Math.max(last.bottom, h.bottom);
    } else bands.push({ header: true, top: h.top, bottom: h.bottom, cells: [], headerCells: [{ text: h.text, x: h.x }], labels: new Map(), page: h.page });
  }
  return bands;
}

/**
 * The label columns' left edges: where a line's label starts. A piece elsewhere is the rest of the piece before it on
 * its line (a justified cell's characters spread wider than the pieces' gap) and is joined to it in `labels`.
 */
function labelColumnsOf(labels: Piece[], pitch: number): number[] {
  const firsts = new Map<string, Piece>();
  for (const p of labels) {
    const k = `${p.page}:${Math.round(p.Y)}`;
    if (!firsts.has(k) || firsts.get(k)!.x > p.x) firsts.set(k, p);
  }
  const columns = clusters([...firsts.values()].map((p) => p.x), 3).map((c) => c[0]!);
  labels.sort((a, b) => a.Y - b.Y || a.x - b.x);
  for (let i = labels.length - 1; i > 0; i--) {
    const p = labels[i]!;
    const q = labels[i - 1]!;
    if (columns.some((x) => Math.abs(x - p.x) <= 3) || Math.abs(q.Y - p.Y) >= 0.3 * pitch) continue;
    labels.splice(i - 1, 2, { ...q, text: q.text + p.text, right: p.right });
  }
  return columns;
}

/** Whether the table's cells stand at their top: so do most labels of two lines or more that meet one row. */
function cellsAtTop(runs: readonly Piece[][], rows: readonly Band[], tol: number): boolean {
  let votes = 0;
  for (const run of runs) {
    const meets = rows.filter((b) => overlaps(b, { top: run[0]!.Y, bottom: run[run.length - 1]!.Y }, tol));
    if (run.length < 2 || meets.length !== 1 || run[0]!.page !== run[run.length - 1]!.page) continue;
    const r = meets[0]!;
    if (Math.abs(run[0]!.Y - r.top) <= tol) votes++;
    else if (Math.abs(run[0]!.Y + run[run.length - 1]!.Y - r.top - r.bottom) <= tol) votes--;
  }
  return votes > 0;
}

/**
 * The labels: the label columns' runs of lines, each given to the band it meets, or cut between those it meets (at a
 * numeral, as a merged cell over rows labelled further right, or by `cutLabels`); a run meeting none is a row whose
 * cells are all blank, added to `bands`. Returns the label columns' left edges, or undefined when a run cannot be
 * placed without guessing.
 */
function placeLabels(labels: Piece[], rows: readonly Band[], bands: Band[], { pitch, tol, size }: Layout): number[] | undefined {
  const labelColumns = labelColumnsOf(labels, pitch);
  const labelColumnOf = (p: Piece): number => {
    let k = 0;
    while (k + 1 < labelColumns.length && labelColumns[k + 1]! - 3 <= p.x) k++;
    return k;
  };
  const placed = new Map<Piece, { band: Band; column: number }>();
  const assign = (band: Band, column: number, part: readonly Piece[]): void => {
    for (const p of part) placed.set(p, { band, column });
    const text = joinLines(part.map((p) => p.text));
    band.labels.set(column, band.labels.has(column) ? joinLines([band.labels.get(column)!, text]) : text);
  };
  const met = (part: readonly Piece[]): Band[] => bands.filter((b) => overlaps(b, { top: part[0]!.Y, bottom: part[part.length - 1]!.Y }, tol));
  const runs = stacks(labels, pitch);
  const topAligned = cellsAtTop(runs, rows, tol);
  const labelled = (band: Band, column: number): boolean =>
    runs.some((r) => labelColumnOf(r[0]!) > column && overlaps(band, { top: r[0]!.Y, bottom: r[r.length - 1]!.Y }, tol));
  for (const run of runs) {
    const column = labelColumnOf(run[0]!);
    // Cut where a label's numeral starts a line, if each part then meets a band.
    const parts: Piece[][] = [[]];
    run.forEach((p, i) => {
      const rest = run.slice(i).map((q) => q.text).join('').slice(0, 8);
      if (i > 0 && HEADING.test(rest)) parts.push([]);
      parts[parts.length - 1]!.push(p);
    });
    for (let i = parts.length - 1; i > 0; i--) {
      if (met(parts[i]!).length === 0) parts.splice(i - 1, 2, [...parts[i - 1]!, ...parts[i]!]);
    }
    for (const part of parts) {
      const meets = met(part);
      if (meets.length === 0) {
        // A row whose figure cells are all blank: its label alone.
        const band: Band = { header: false, top: part[0]!.Y, bottom: part[part.length - 1]!.Y, cells: [], headerCells: [], labels: new Map(), page: part[0]!.page };
        if (bands.some((b) => overlaps(b, band, tol))) return undefined;
        assign(band, column, part);
        bands.push(band);
        bands.sort((a, b) => a.top - b.top);
        continue;
      }
      if (meets.length === 1) {
        assign(meets[0]!, column, part);
        continue;
      }
      // A merged cell: over rows each with its own label further right (or over header bands).
      if (meets.every((b) => b.header || labelled(b, column))) {
        assign(meets[0]!, column, part);
        continue;
      }
      const cut = cutLabels(part, meets, pitch, topAligned);
      if (!cut) return undefined;
      cut.forEach((p, i) => assign(meets[i]!, column, p));
    }
  }
  // A centred label's lines (a shorter one under a longer, a centre shared, left edges apart) put in two columns of
  // one row: the left edges misread it (`行政规范 | 性文件`).
  for (const [p, q] of centredWraps(labels, size)) {
    const a = placed.get(p);
    const b = placed.get(q);
    if (a && b && (a.band !== b.band || a.column !== b.column)) return undefined;
  }
  return labelColumns;
}

/** The bands as the fields a ruled table's rows give: labels, then one field per figure column (a header's cells by their place). */
function fieldsOf(bands: readonly Band[], labelColumns: readonly number[], { columns, lefts }: FigureGrid, kind: NationalKind): UnruledRow[] {
  const figureColumn = (c: number) => labelColumns.length + c + 1;
  const allColumns = [...labelColumns, ...lefts];
  const gridColumn = (x: number) => {
    let k = 0;
    while (k + 1 < allColumns.length && allColumns[k + 1]! - 3 <= x) k++;
    return k + 1;
  };
  return bands.map((b) => {
    const fields: { text: string; column: number }[] = [];
    if (b.header) {
      const cellsAt = [...[...b.labels].map(([c, text]) => ({ text, x: labelColumns[c]! })), ...b.headerCells].sort((p, q) => p.x - q.x);
      for (const c of cellsAt) fields.push({ text: c.text, column: gridColumn(c.x) });
    } else {
      for (const [c, text] of [...b.labels].sort((p, q) => p[0] - q[0])) fields.push({ text, column: c + 1 });
      // Table 二's rows of one figure (行政许可: a cell over the columns) end with it.
      const last = kind === 'active' && b.cells.length === 1 && b.cells[0]!.column === 0 ? 1 : columns.length;
      for (let c = 0; c < last; c++) fields.push({ text: b.cells.find((x) => x.column === c)?.text ?? '', column: figureColumn(c) });
    }
    return { fields, page: b.page, header: b.header };
  });
}

/**
 * The figure columns completed from the header above the first figure: the left edges where two or more header
 * pieces start, and of them the one run of `count` edges that holds each figure column. Undefined when there is
 * no such run, or more than one.
 */
function headerColumns(pieces: readonly Piece[], figures: readonly Piece[], columns: readonly number[][], count: number, xTol: number): number[][] | undefined {
  const top = Math.min(...figures.map((p) => p.Y));
  const above = pieces.filter((p) => p.Y < top && !FIGURE.test(p.text));
  const edges = clusters(above.map((p) => p.x), 1.5).filter((c) => c.length >= 2).map((c) => c[0]!);
  let found: number[][] | undefined;
  for (let k = 0; k + count <= edges.length; k++) {
    const window = edges.slice(k, k + count);
    const at = columns.map((c) => window.findIndex((e) => e >= c[0]! - xTol && e <= c[c.length - 1]! + xTol));
    if (at.some((i) => i < 0) || new Set(at).size !== at.length) continue;
    if (found) return undefined;
    found = window.map((e, i) => {
      const c = columns[at.indexOf(i)];
      return c ? [Math.min(e, c[0]!), Math.max(e, c[c.length - 1]!)] : [e, e];
    });
  }
  return found;
}

/** Pieces of one column (left edges within 3 pt) in runs of lines a pitch apart, top to bottom. */
function stacks(pieces: readonly Piece[], pitch: number): Piece[][] {
  const out: Piece[][] = [];
  for (const col of clusters(pieces.map((p) => p.x), 3)) {
    const lo = col[0]!;
    const hi = col[col.length - 1]!;
    const list = pieces.filter((p) => p.x >= lo && p.x <= hi).sort((a, b) => a.Y - b.Y || a.x - b.x);
    let run: Piece[] = [];
    for (const p of list) {
      const last = run[run.length - 1];
      if (last && Math.abs(p.Y - last.Y) < 0.3 * pitch) {
        // Two pieces of one line in one column: one text.
        run[run.length - 1] = { ...last, text: last.text + p.text, right: Math.max(last.right, p.right) };
        continue;
      }
      if (last && p.Y - last.Y > 1.3 * pitch) {
        out.push(run);
        run = [];
      }
      run.push(p);
    }
    if (run.length > 0) out.push(run);
  }
  return out;
}

/**
 * A run of label lines meeting several bands cut into one label each, at lines: each label centred on its band (its
 * first line as far above the band's middle as its last is below, as in a table whose cells are centred) or
 * starting at its band's top (in a table whose cells stand at their top; in any table, a row a page break cut,
 * whose text starts at the top and goes on on the next page). Undefined unless exactly one cut does it.
 */
function cutLabels(run: readonly Piece[], bands: readonly Band[], pitch: number, topAligned: boolean): Piece[][] | undefined {
  const tol = 0.3 * pitch;
  const near = (a: number, b: number) => Math.abs(a - b) <= tol;
  const fits = (i: number, j: number, band: Band) =>
    topAligned ? near(run[i]!.Y, band.top) : near(run[i]!.Y + run[j]!.Y, band.top + band.bottom) || (near(run[i]!.Y, band.top) && run[i]!.page !== run[j]!.page);
  const starts = uniqueRuns(run.length, bands.length, (b, i, j) => fits(i, j, bands[b]!));
  return starts?.map((i, b) => run.slice(i, starts[b + 1] ?? run.length));
}

/**
 * The one way to part items 0..n-1, in order, into k runs, each run g of items i..j allowed by `fits(g, i, j)`: the
 * index of each run's first item; undefined when no way or more than one does it (or the search would be too long).
 */
function uniqueRuns(n: number, k: number, fits: (g: number, i: number, j: number) => boolean): number[] | undefined {
  if (n * n * k > MAX_CUT_WORK) return undefined;
  // ways[g][i]: the number of ways (0, 1, 2 = more) for runs g.. to take items i..; last[g][i]: run g's last item.
  const ways = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(0));
  const last = Array.from({ length: k }, () => new Array<number>(n).fill(-1));
  ways[k]![n] = 1;
  for (let g = k - 1; g >= 0; g--) {
    for (let i = n - 1; i >= 0; i--) {
      let w = 0;
      for (let j = i; j < n; j++) {
        const rest = ways[g + 1]![j + 1]!;
        if (rest === 0 || !fits(g, i, j)) continue;
        w += rest;
        last[g]![i] = j;
      }
      ways[g]![i] = Math.min(w, 2);
    }
  }
  if (ways[0]![0] !== 1) return undefined;
  const starts: number[] = [];
  let i = 0;
  for (let g = 0; g < k; g++) {
    starts.push(i);
    i = last[g]![i]! + 1;
  }
  return starts;
}

/** A label cell of a table whose cells are centred: lines whose centres line up, a line's pitch apart. */
interface LabelCell {
  readonly lines: readonly Piece[];
  readonly left: number;
  readonly right: number;
  /** Halfway between its first and last baselines: a centred cell's is its row's (or merged rows') middle. */
  readonly middle: number;
  readonly top: number;
  readonly bottom: number;
  readonly page: number;
  /** The page of its last line (a row a page break cut goes on on the next). */
  readonly lastPage: number;
}

/**
 * Label pieces cut again where their items stand apart by a quarter of their size: two centred cells of one line
 * stand as close as their margins (`三、本年` and `（一）予以公开`, 6 pt apart), closer than `piecesOf`'s gap.
 */
function atomsOf(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const items = [...(p.items ?? [])].sort((a, b) => a.x - b.x);
    if (items.length < 2) {
      out.push(p);
      continue;
    }
    let group: PdfItem[] = [];
    let end = -Infinity;
    const flush = () => {
      const text = joinItems(group);
      if (text) out.push({ ...p, text, x: group[0]!.x, right: Math.max(...group.map((i) => i.x + i.w)), items: group });
      group = [];
    };
    for (const it of items) {
      if (group.length > 0 && it.x - end > 0.25 * it.size) flush();
      group.push(it);
      end = Math.max(end, it.x + it.w);
    }
    flush();
  }
  return out;
}

/**
 * The label cells of a centred table: lines whose centres stand within 1.5 pt, one line's pitch apart (the pitch
 * found from them), a line starting with a label's numeral starting a cell. Undefined without such a pitch, or
 * when two lines of one centre share a line.
 */
function centredCells(atoms: readonly Piece[], size: number, fallbackPitch?: number): { cells: LabelCell[]; pitch: number } | undefined {
  const centre = (p: Piece) => (p.x + p.right) / 2;
  const sorted = [...atoms].sort((a, b) => centre(a) - centre(b));
  const groups: Piece[][] = [];
  for (const p of sorted) {
    const last = groups[groups.length - 1];
    if (last && centre(p) - centre(last[last.length - 1]!) <= 1.5) last.push(p);
    else groups.push([p]);
  }
  for (const g of groups) g.sort((a, b) => a.Y - b.Y);
  const steps: number[] = [];
  for (const g of groups) {
    for (let i = 1; i < g.length; i++) {
      const step = g[i]!.Y - g[i - 1]!.Y;
      if (g[i]!.page === g[i - 1]!.page && step >= 0.8 * size && step <= 2.5 * size) steps.push(step);
    }
  }
  if (steps.length < 3 && fallbackPitch === undefined) return undefined;
  const pitch = steps.length < 3 ? fallbackPitch! : median(steps);
  const cells: LabelCell[] = [];
  const cell = (lines: Piece[]): LabelCell => ({
    lines,
    left: Math.min(...lines.map((p) => p.x)),
    right: Math.max(...lines.map((p) => p.right)),
    middle: (lines[0]!.Y + lines[lines.length - 1]!.Y) / 2,
    top: lines[0]!.Y,
    bottom: lines[lines.length - 1]!.Y,
    page: lines[0]!.page,
    lastPage: lines[lines.length - 1]!.page,
  });
  for (const g of groups) {
    let run: Piece[] = [];
    for (const p of g) {
      const last = run[run.length - 1];
      if (last && p.Y - last.Y < 0.5 * pitch) return undefined;
      const goesOn = last && p.page - last.page <= 1 && Math.abs(p.Y - last.Y - pitch) <= 0.25 * pitch && !HEADING.test(p.text.slice(0, 8));
      if (last && !goesOn) {
        cells.push(cell(run));
        run = [];
      }
      run.push(p);
    }
    if (run.length > 0) cells.push(cell(run));
  }
  return { cells, pitch };
}

/**
 * The labels of a table whose cells are centred (LibreOffice's, Word's with centred cells), where a label of
 * several lines starts further right than its first line and its lines do not share a left edge:
 *
 * - each row's label is the rightmost cell centred on the row's figures;
 * - a cell above the rows, centred on a band of header cells or on the header bands together, is the header's;
 * - every other cell is a merged cell over rows labelled further right (`（三）不予公开` over 1.–8.): the cells in
 *   one column take the rows under it in turn, each centred on its own, and go to the first of them, when
 *   exactly one way to share the rows so exists.
 *
 * Returns the label columns' left edges, or undefined when a row has no such label or a cell no place.
 */
function placeCentredLabels(labels: readonly Piece[], bands: readonly Band[], { size }: Layout): number[] | undefined {
  const found = centredCells(atomsOf(labels), size);
  if (!found) return undefined;
  const { cells, pitch } = found;
  const tol = 0.3 * pitch;
  const labelColumns = clusters(cells.map((c) => c.left), 3).map((c) => c[0]!);
  const columnOf = (c: LabelCell): number => {
    let k = 0;
    while (k + 1 < labelColumns.length && labelColumns[k + 1]! - 3 <= c.left) k++;
    return k;
  };
  const placed = new Set<LabelCell>();
  const put = (band: Band, c: LabelCell): boolean => {
    const k = columnOf(c);
    if (band.labels.has(k) || placed.has(c)) return false;
    band.labels.set(k, joinLines(c.lines.map((p) => p.text)));
    placed.add(c);
    return true;
  };
  const mid = (s: Span) => (s.top + s.bottom) / 2;
  // Each row's label: the rightmost cell centred on it; any other centred on it stands left of it.
  const leafOf = new Map<Band, LabelCell>();
  const extent = new Map<Band, Span>();
  for (const r of bands) {
    if (r.header) continue;
    // A row a page break cut: its label starts at its top and goes on on the next page.
    const on = cells.filter((c) => Math.abs(c.middle - mid(r)) <= tol || (c.lastPage !== c.page && Math.abs(c.top - r.top) <= tol));
    if (on.length === 0) return undefined;
    const leaf = on.reduce((a, b) => (b.right > a.right ? b : a));
    if (on.some((c) => c !== leaf && c.right > leaf.left) || !put(r, leaf)) return undefined;
    leafOf.set(r, leaf);
    extent.set(r, { top: Math.min(r.top, leaf.top), bottom: Math.max(r.bottom, leaf.bottom) });
  }
  const rest = cells.filter((c) => !placed.has(c));
  const meetsRow = (c: LabelCell) => [...extent.values()].some((e) => overlaps(e, c, tol));
  // The header's cells: centred on one header band, or on a run of header bands together (the first taking it).
  const groups: Band[][] = [];
  bands.forEach((b, i) => {
    if (!b.header) return;
    if (i > 0 && bands[i - 1]!.header) groups[groups.length - 1]!.push(b);
    else groups.push([b]);
  });
  for (const c of rest) {
    if (meetsRow(c)) continue;
    const one = bands.find((b) => b.header && Math.abs(c.middle - mid(b)) <= tol);
    const all = groups.find((g) => Math.abs(c.middle - (g[0]!.top + g[g.length - 1]!.bottom) / 2) <= tol && c.top >= g[0]!.top - tol && c.bottom <= g[g.length - 1]!.bottom + tol);
    const band = one ?? all?.[0];
    if (band && !put(band, c)) return undefined;
  }
  // Merged cells, column by column (cells whose spans across overlap).
  const merged = cells.filter((c) => !placed.has(c)).sort((a, b) => a.left - b.left);
  const columns: LabelCell[][] = [];
  let reach = -Infinity;
  for (const c of merged) {
    if (columns.length > 0 && c.left <= reach) columns[columns.length - 1]!.push(c);
    else columns.push([c]);
    reach = Math.max(reach, c.right);
  }
  for (const column of columns) {
    const right = Math.max(...column.map((c) => c.right));
    // The runs of rows whose labels stand right of the column.
    const runs: Band[][] = [];
    let open = false;
    for (const b of bands) {
      const under = !b.header && leafOf.get(b)!.left >= right - 0.5;
      if (under && open) runs[runs.length - 1]!.push(b);
      else if (under) runs.push([b]);
      open = under;
    }
    const byRun = new Map<Band[], LabelCell[]>();
    for (const c of column) {
      const run = runs.filter((r) => c.middle >= extent.get(r[0]!)!.top - tol && c.middle <= extent.get(r[r.length - 1]!)!.bottom + tol);
      if (run.length !== 1) return undefined;
      byRun.set(run[0]!, [...(byRun.get(run[0]!) ?? []), c]);
    }
    for (const [run, list] of byRun) {
      list.sort((a, b) => a.middle - b.middle);
      const firsts = shareRows(list, run.map((b) => ({ ...extent.get(b)!, page: Math.min(b.page, leafOf.get(b)!.page), lastPage: leafOf.get(b)!.lastPage })), tol);
      if (!firsts) return undefined;
      for (let i = 0; i < list.length; i++) if (!put(run[firsts[i]!]!, list[i]!)) return undefined;
    }
  }
  return placed.size === cells.length ? labelColumns : undefined;
}

/**
 * Rows (their extents, in order) shared among merged cells (in order), each taking a run of them it is centred on
 * and every row taken: the index of each cell's first row, when exactly one such sharing exists.
 */
function shareRows(list: readonly LabelCell[], rows: readonly (Span & { page: number; lastPage: number })[], tol: number): number[] | undefined {
  // Centred on its rows; or, over rows a page break cuts, at their top (as a row a page break cut).
  const fits = (c: LabelCell, i: number, j: number) =>
    (Math.abs(c.middle - (rows[i]!.top + rows[j]!.bottom) / 2) <= tol || (rows[i]!.page !== rows[j]!.lastPage && Math.abs(c.top - rows[i]!.top) <= tol)) &&
    c.top >= rows[i]!.top - tol && c.bottom <= rows[j]!.bottom + tol;
  return uniqueRuns(rows.length, list.length, (g, i, j) => fits(list[g]!, i, j));
}

/**
 * Header pieces over centred figure columns (each column's figures share a centre) cut where the columns part, when
 * every part is then centred on the columns it spans: narrow centred header cells fill their columns, so one
 * line's cells touch and read as one piece (`结果维结果纠其他结尚未审` over table 四's five columns). A piece that
 * does not cut so (a cell over several columns, `未经复议直接起诉`) stays whole.
 */
function cutAtColumns(pieces: readonly Piece[], { figures, columns, columnOf }: FigureGrid, size: number): Piece[] {
  const centres: number[] = [];
  for (let k = 0; k < columns.length; k++) {
    const mids = figures.filter((p) => columnOf(p) === k).map((p) => (p.x + p.right) / 2);
    if (mids.length === 0 || Math.max(...mids) - Math.min(...mids) > 1.5) return [...pieces];
    centres.push(median(mids));
  }
  if (centres.length < 2) return [...pieces];
  const bounds = centres.slice(1).map((c, k) => (c + centres[k]!) / 2);
  const edges = [2 * centres[0]! - bounds[0]!, ...bounds, 2 * centres[centres.length - 1]! - bounds[bounds.length - 1]!];
  const near = 0.15 * size;
  const centredOnColumns = (x: number, right: number): boolean => {
    const first = edges.findIndex((e, k) => k + 1 < edges.length && x + near >= e && x + near < edges[k + 1]!);
    const last = edges.findIndex((e, k) => k + 1 < edges.length && right - near > e && right - near <= edges[k + 1]!);
    return first >= 0 && last >= first && Math.abs((x + right) / 2 - (edges[first]! + edges[last + 1]!) / 2) <= 0.25 * size;
  };
  const out: Piece[] = [];
  for (const p of pieces) {
    // The piece's characters, each item's width shared among them (a Chinese character two Latin ones' width).
    const chars: { ch: string; x: number; right: number; item: PdfItem }[] = [];
    for (const it of p.items ?? []) {
      const list = [...it.str];
      const unit = it.w / Math.max(1, list.reduce((sum, ch) => sum + (isCjk(ch) ? 1 : 0.5), 0));
      let x = it.x;
      for (const ch of list) {
        const w = unit * (isCjk(ch) ? 1 : 0.5);
        chars.push({ ch, x, right: x + w, item: it });
        x += w;
      }
    }
    const cuts = new Set<number>();
    for (const b of bounds) {
      if (b <= p.x + near || b >= p.right - near) continue;
      const k = chars.findIndex((c, i) => i + 1 < chars.length && Math.abs(c.right - b) <= near && Math.abs(chars[i + 1]!.x - b) <= near);
      if (k >= 0) cuts.add(k + 1);
    }
    if (cuts.size === 0) {
      out.push(p);
      continue;
    }
    const parts: Piece[] = [];
    let start = 0;
    for (const end of [...[...cuts].sort((a, b) => a - b), chars.length]) {
      const slice = chars.slice(start, end).filter((c) => c.ch.trim() !== '');
      start = end;
      if (slice.length === 0) continue;
      const x = slice[0]!.x;
      const right = slice[slice.length - 1]!.right;
      const text = slice.map((c) => c.ch).join('');
      parts.push({ ...p, text, x, right, items: [{ str: text, x, y: slice[0]!.item.y, w: right - x, size: slice[0]!.item.size }] });
    }
    if (parts.every((q) => centredOnColumns(q.x, q.right))) out.push(...parts);
    else out.push(p);
  }
  return out;
}
