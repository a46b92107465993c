/**
 * A PDF's pages — positioned text items and the ruling lines drawn — laid out as the text the core reads, as the
 * readers of Word documents write theirs (./docx.ts):
 *
 * - running page numbers (`- 1 -`, `第1页`, a lone number) and headers and footers repeated on most pages, in the
 *   top and bottom margins, are left out;
 * - the visual lines of a paragraph are joined into one line: a line reaching the text's right edge goes on in
 *   the next, unless the next is indented, is a heading (`一、`, `（一）`, `1.`), or stands further below than a
 *   line's pitch;
 * - a table drawn with ruling lines is read as its grid: the lines' positions are the grid's columns and rows, a
 *   border missing between two grid cells merges them, each text item belongs to the cell holding its first
 *   character, a cell's lines are joined (directly where Chinese meets Chinese, by a space elsewhere), and each
 *   grid row is a line of TAB-separated fields, one per cell, a merged cell's text in its first row and empty
 *   fields under it — the .docx reader's convention, so the core reads the same table. A table going on at the
 *   top of the next page, on the same columns, is the same table, its rows numbered on;
 * - a national table drawn without ruling lines (the lines from its caption to the next part) is rebuilt from its
 *   text's positions where that can be done without guessing (./pdfUnruled.ts), and written as a ruled one is;
 * - text elsewhere stays in its visual lines, items far apart parted by two spaces. A table drawn without ruling
 *   lines that was not rebuilt cannot be read reliably (a narrow column wraps a label one character a line, a
 *   row's figure stands beside any of its label's lines): `unruledLines` counts the lines that look like one, and
 *   the reader refuses such a file rather than report rows and tables missing that are there.
 *
 * Pure: no pdf.js here (./pdfExtract.ts reads the pages in the PDF worker), so the layout is tested on pages
 * written by hand.
 */
import { ACTIVE_ROWS_2019, ACTIVE_ROWS_2021, HEADER_WORDS, REQUEST_COLUMNS, REQUEST_GROUPS, REQUEST_ROWS_2019, REQUEST_ROWS_2021, REVIEW_COLUMNS, REVIEW_ROWS } from '../../src';
import { TextBuilder, type SourceMap } from './sourcemap';
import { rebuildUnruled, type NationalKind, type UnruledRow } from './pdfUnruled';

/** A text item: `y` is its baseline, from the page's top; `size` its font size. */
export interface PdfItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly size: number;
}

/** A ruling line, horizontal (`y1 === y2`) or vertical (`x1 === x2`), in top-down page coordinates. */
export interface PdfRule {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfItem[];
  readonly rules: readonly PdfRule[];
}

const CJK = /[\u2018-\u201f\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);

/** Positions closer than this (pt) are one grid line. */
const SNAP = 2.5;

/** Bounds on what a page's rules may make (a hostile file's thousands of lines): grid cells per table, tables per page. */
const MAX_GRID_UNITS = 20_000;
const MAX_GRIDS = 64;

// ---------------------------------------------------------------------------------------------
// Lines of text

interface VisualLine {
  readonly page: number;
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly y: number;
  readonly size: number;
  readonly items: readonly PdfItem[];
}

/** An item's text with spaces between Chinese characters (justification, a distributed cell) removed. */
function cleanStr(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\u2018-\u201f\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]) (?=[\u2018-\u201f\u2e80-\u9fff\uff00-\uffef\u3000-\u303f])/g, '$1');
}

/**
 * Items on one baseline as text. A gap between Chinese and a figure is the layout's spacing (LibreOffice and
 * Word space them apart), not a space in the text; between two Latin words or figures it is one. A gap of
 * two characters or more parts fields (`wide`: two spaces), as a table drawn without lines has them.
 */
function lineText(items: readonly PdfItem[], wide: boolean): string {
  let out = '';
  let end = -Infinity;
  for (const it of items) {
    const s = cleanStr(it.str).trim();
    if (!s) continue;
    if (out) {
      const gap = it.x - end;
      const size = it.size;
      if (wide && gap >= 1.5 * size) out += '  ';
      else if (!isCjk(out[out.length - 1]) && !isCjk(s[0]) && gap > 0.15 * size) out += ' ';
      else if (gap > 0.6 * size && !(isCjk(out[out.length - 1]) && isCjk(s[0]))) out += ' ';
    }
    out += s;
    end = Math.max(end, it.x + it.w);
  }
  return out;
}

function rightOf(items: readonly PdfItem[]): number {
  let right = -Infinity;
  for (const it of items) right = Math.max(right, it.x + it.w);
  return right;
}

/** Items grouped into lines by their baselines, top to bottom, each line's items left to right. */
function groupLines(items: readonly PdfItem[]): PdfItem[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PdfItem[][] = [];
  let current: PdfItem[] = [];
  let y = -Infinity;
  let size = 0;
  for (const it of sorted) {
    if (current.length > 0 && Math.abs(it.y - y) <= 0.35 * Math.max(size, it.size)) {
      current.push(it);
      size = Math.max(size, it.size);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [it];
    y = it.y;
    size = it.size;
  }
  if (current.length > 0) lines.push(current);
  for (const l of lines) l.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * A cell's text: its lines joined directly where Chinese meets Chinese, and where a line was wrapped at the cell's
 * right edge (`102` wrapped as `10` / `2` in a narrow column is one figure); by a space elsewhere (two paragraphs).
 */
function cellText(items: readonly PdfItem[], left: number, right: number): string {
  let out = '';
  let previousRight = 0;
  for (const line of groupLines(items)) {
    const t = lineText(line, false);
    if (!t) continue;
    if (out) {
      const first = line[0]!;
      const firstWidth = first.w / Math.max(1, first.str.trim().length);
      const padding = Math.max(0, first.x - left);
      const wrapped = previousRight + firstWidth > right - padding - 0.5;
      const cjk = isCjk(out[out.length - 1]) || isCjk(t[0]);
      if (!wrapped && !cjk) out += ' ';
    }
    out += t;
    previousRight = rightOf(line);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Ruled tables

interface Segment {
  /** The line's position (y of a horizontal, x of a vertical) and its extent along it. */
  pos: number;
  from: number;
  to: number;
}

/** Collinear segments that touch or overlap, merged (positions within a point are one line). */
function mergeSegments(segs: Segment[]): Segment[] {
  segs.sort((a, b) => a.pos - b.pos);
  const out: Segment[] = [];
  let i = 0;
  while (i < segs.length) {
    let j = i + 1;
    while (j < segs.length && segs[j]!.pos - segs[j - 1]!.pos <= 1) j++;
    const line = segs.slice(i, j).sort((a, b) => a.from - b.from);
    const pos = line.reduce((sum, s) => sum + s.pos, 0) / line.length;
    let last: Segment | undefined;
    for (const s of line) {
      if (last && s.from <= last.to + SNAP) last.to = Math.max(last.to, s.to);
      else out.push((last = { pos, from: s.from, to: s.to }));
    }
    i = j;
  }
  return out;
}

/** Sorted positions, those within `SNAP` of the one before dropped. */
function snap(values: number[]): number[] {
  values.sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of values) if (out.length === 0 || v - out[out.length - 1]! > SNAP) out.push(v);
  return out;
}

interface Cell {
  minR: number;
  maxR: number;
  minC: number;
  maxC: number;
  items: PdfItem[];
  text: string;
  /** A cell going on from the page before (its text stands in its first part's row). */
  continued: boolean;
  /** The cell above the page break it goes on from. */
  into?: Cell;
}

interface Grid {
  readonly page: number;
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  /** Per grid unit (r * columns + c), its cell. */
  readonly unit: readonly Cell[];
}

const find = (parent: Int32Array, i: number): number => {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
};

/**
 * A table a page break cuts draws its row at the page's foot (or head) without the rule closing it there: the
 * column lines go on past the last (first) horizontal line to the page's end of the table. Where both outer
 * column lines do, their nearer end closes that row, so the row's cells are read as cells, not as a line of text
 * between two tables (a row lost from table 三, reported missing).
 */
function openEdges(xs: readonly number[], ys: number[], v: readonly Segment[]): void {
  const outer = [xs[0]!, xs[xs.length - 1]!].map((x) => v.filter((s) => Math.abs(s.pos - x) <= SNAP));
  if (outer.some((segs) => segs.length === 0)) return;
  const bottom = Math.min(...outer.map((segs) => Math.max(...segs.map((s) => s.to))));
  const top = Math.max(...outer.map((segs) => Math.min(...segs.map((s) => s.from))));
  if (bottom > ys[ys.length - 1]! + SNAP) ys.push(bottom);
  if (top < ys[0]! - SNAP) ys.unshift(top);
}

/** The page's ruled tables: connected sets of horizontal and vertical lines, each with at least two of each. */
function findGrids(page: PdfPage, pageNo: number): Grid[] {
  const hs = mergeSegments(page.rules.filter((r) => r.y1 === r.y2).map((r) => ({ pos: r.y1, from: r.x1, to: r.x2 })));
  const vs = mergeSegments(page.rules.filter((r) => r.x1 === r.x2).map((r) => ({ pos: r.x1, from: r.y1, to: r.y2 })));
  if (hs.length < 2 || vs.length < 2) return [];
  const parent = new Int32Array(hs.length + vs.length).map((_, i) => i);
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i]!;
    for (let j = 0; j < vs.length; j++) {
      const v = vs[j]!;
      if (v.pos >= h.from - SNAP && v.pos <= h.to + SNAP && h.pos >= v.from - SNAP && h.pos <= v.to + SNAP) {
        parent[find(parent, i)] = find(parent, hs.length + j);
      }
    }
  }
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  for (let i = 0; i < hs.length + vs.length; i++) {
    const root = find(parent, i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { h: [], v: [] }));
    if (i < hs.length) g.h.push(hs[i]!);
    else g.v.push(vs[i - hs.length]!);
  }
  const grids: Grid[] = [];
  for (const { h, v } of groups.values()) {
    if (h.length < 2 || v.length < 2) continue;
    const xs = snap(v.map((s) => s.pos));
    const ys = snap(h.map((s) => s.pos));
    if (xs.length < 2 || ys.length < 2) continue;
    openEdges(xs, ys, v);
    const C = xs.length - 1;
    const R = ys.length - 1;
    // One column is a frame (a box around a note, a border around the page), not a table.
    if (C < 2 || R * C > MAX_GRID_UNITS || grids.length >= MAX_GRIDS) continue;
    // The segments on each grid line, so a border is looked for among its own line's segments only.
    const onLine = (lines: readonly number[], segs: readonly Segment[]) => lines.map((at) => segs.filter((s) => Math.abs(s.pos - at) <= SNAP));
    const vOn = onLine(xs, v);
    const hOn = onLine(ys, h);
    const vertical = (i: number, y: number) => vOn[i]!.some((s) => s.from - 1 <= y && y <= s.to + 1);
    const horizontal = (i: number, x: number) => hOn[i]!.some((s) => s.from - 1 <= x && x <= s.to + 1);
    const parentU = new Int32Array(R * C).map((_, i) => i);
    for (let r = 0; r < R; r++) {
      const my = (ys[r]! + ys[r + 1]!) / 2;
      for (let c = 0; c < C; c++) {
        const mx = (xs[c]! + xs[c + 1]!) / 2;
        if (c + 1 < C && !vertical(c + 1, my)) parentU[find(parentU, r * C + c)] = find(parentU, r * C + c + 1);
        if (r + 1 < R && !horizontal(r + 1, mx)) parentU[find(parentU, r * C + c)] = find(parentU, (r + 1) * C + c);
      }
    }
    const cells = new Map<number, Cell>();
    const unit: Cell[] = [];
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < C; c++) {
        const root = find(parentU, r * C + c);
        let cell = cells.get(root);
        if (!cell) cells.set(root, (cell = { minR: r, maxR: r, minC: c, maxC: c, items: [], text: '', continued: false }));
        cell.minR = Math.min(cell.minR, r);
        cell.maxR = Math.max(cell.maxR, r);
        cell.minC = Math.min(cell.minC, c);
        cell.maxC = Math.max(cell.maxC, c);
        unit.push(cell);
      }
    }
    grids.push({ page: pageNo, xs, ys, unit });
  }
  return grids.sort((a, b) => a.ys[0]! - b.ys[0]!);
}

/** The index of the interval of `edges` holding `v`, or -1. */
function intervalOf(edges: readonly number[], v: number): number {
  if (v < edges[0]! - 1 || v > edges[edges.length - 1]! + 1) return -1;
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A character's share of an item's width: full-width (Chinese) characters one, others half. */
const widthOf = (ch: string): number => (isCjk(ch) ? 1 : 0.5);

/**
 * Puts the item in the grid cell holding its first character; false when it lies outside the grid. An item running
 * over a column's line (a producer writing a row's cells in one text run) is cut into its characters, each placed
 * by its estimated position, so the row's figures do not all land in its label's cell.
 */
function place(grid: Grid, it: PdfItem): boolean {
  const px = it.x + Math.min(it.w, it.size) / 2;
  const py = it.y - it.size * 0.35;
  const c = intervalOf(grid.xs, px);
  const r = intervalOf(grid.ys, py);
  if (c < 0 || r < 0) return false;
  const chars = [...it.str];
  if (it.x + it.w > grid.xs[c + 1]! + 0.3 * it.size && chars.length > 1) {
    const total = chars.reduce((sum, ch) => sum + widthOf(ch), 0);
    let x = it.x;
    for (const ch of chars) {
      const w = (it.w * widthOf(ch)) / total;
      const col = intervalOf(grid.xs, x + w / 2);
      if (ch.trim() !== '' && col >= 0) grid.unit[r * (grid.xs.length - 1) + col]!.items.push({ str: ch, x, y: it.y, w, size: it.size });
      x += w;
    }
    return true;
  }
  grid.unit[r * (grid.xs.length - 1) + c]!.items.push(it);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Running headers and footers

/** A page number alone: `3`, `- 3 -`, `—3—`, `第3页`, `第 3 页 共 9 页`, `3/9`. */
const PAGE_NUMBER = /^(?:[-—–－]\s*)?\d{1,4}(?:\s*[-—–－])?$|^第\s*\d{1,4}\s*页(?:\s*[，,、]?\s*共\s*\d{1,4}\s*页)?$|^共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页$|^\d{1,4}\s*\/\s*\d{1,4}$|^page\s*\d{1,4}(?:\s*of\s*\d{1,4})?$/i;

/** Share of the page's height at its top and its bottom where running headers and footers stand. */
const MARGIN = 0.08;

function inMargin(l: VisualLine, height: number): boolean {
  return l.y - l.size < height * MARGIN || l.y > height * (1 - MARGIN);
}

/**
 * A page number in the official form, between dashes (`— 3 —`, `- 3 -`, GB/T 9704's 一字线) or `第3页`: never a
 * report's words. It stands under the body, and an office placing the footer inside the page's margin (LibreOffice:
 * 3.5 cm, the standard's bottom margin) puts it above the bottom 8 %; taken there too when it is its page's last line.
 */
const DECORATED_PAGE_NUMBER = /^[-—–－]\s*\d{1,4}\s*[-—–－]$|^第\s*\d{1,4}\s*页(?:\s*[，,、]?\s*共\s*\d{1,4}\s*页)?$|^共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页$/;

/** Share of the page's height below which the last line of a page may be its footer. */
const FOOTER_ZONE = 0.75;

/** Share of the page's height above which the first line of a page may be its running header (repeated on half the pages). */
const HEADER_ZONE = 0.25;

// ---------------------------------------------------------------------------------------------
// The document

type Block = { readonly kind: 'line'; readonly line: VisualLine } | { readonly kind: 'grid'; readonly grid: Grid };

/** A paragraph's next line, not its own: a heading's numeral (`一、`, `（二）`, `3.`). */
const HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d))/;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const v of values) {
    const k = Math.round(v);
    const n = (counts.get(k) ?? 0) + 1;
    counts.set(k, n);
    if (n > bestCount || (n === bestCount && k < best)) {
      best = k;
      bestCount = n;
    }
  }
  return best;
}

/** The grid's rows as the .docx reader writes a Word table's. */
function writeGrid(out: TextBuilder, grid: Grid, table: number, firstRow: number, columns: readonly number[]): number {
  const columnOf = (x: number) => Math.max(1, columns.findIndex((c) => Math.abs(c - x) <= SNAP) + 1);
  const C = grid.xs.length - 1;
  const R = grid.ys.length - 1;
  let row = firstRow;
  for (let r = 0; r < R; r++) {
    const fields: { text: string; column: number }[] = [];
    let next = 1;
    const units = grid.unit.slice(r * C, r * C + C);
    for (let c = 0; c < C; c++) {
      const cell = units[c]!;
      if (cell.minC !== c) continue;
      fields.push({ text: cell.minR === r && !cell.continued ? cell.text : '', column: columnOf(grid.xs[c]!) });
      next = columnOf(grid.xs[cell.maxC + 1]!);
    }
    // A grid row of nothing but cells going on from above is no Word row (a row a page break split).
    if (units.every((u) => u.continued || u.minR < r)) continue;
    out.tableRow(fields, next, table, ++row, grid.page);
  }
  return row;
}

const FIGURE = /^\d[\d.,，]*$/;

const norm = (t: string): string => t.replace(/\s+/g, '');
let words: Set<string> | undefined;

/** The national format's row labels, group labels, column names and header words, as a cell holds them. */
function nationalWords(): Set<string> {
  if (words) return words;
  words = new Set<string>();
  for (const r of [...ACTIVE_ROWS_2021, ...ACTIVE_ROWS_2019, ...REQUEST_ROWS_2021, ...REQUEST_ROWS_2019, ...REVIEW_ROWS]) {
    words.add(norm(r.label));
    for (const c of r.columns) words.add(norm(c.name['zh-CN']));
  }
  for (const g of REQUEST_GROUPS) words.add(norm(g.label));
  for (const c of [...REQUEST_COLUMNS, ...REVIEW_COLUMNS]) words.add(norm(c.name['zh-CN']));
  for (const list of Object.values(HEADER_WORDS)) for (const w of list) words.add(norm(w));
  return words;
}

/**
 * A table going on at the top of the next page whose first row is the rest of the row the page break split
 * (`行` / `政许可`, a label's last words, a merged label's rest): each of its cells is empty or goes on from a
 * cell with text above, one at least is empty under text (or completes with the text above a word of the
 * national format), none starts a row of its own (`（三）`, `1.`, a label of the format) and no column holds a
 * figure in both. Its cells then join those above: their text appended, their place continued.
 */
function joinSplitRow(above: Grid, below: Grid): void {
  const C = below.xs.length - 1;
  const aboveC = above.xs.length - 1;
  const lastRow = above.ys.length - 2;
  const pairs: [Cell, Cell][] = [];
  for (let c = 0; c < C; c++) {
    const k = below.unit[c]!;
    if (k.minC !== c) continue;
    const at = above.xs.findIndex((x) => Math.abs(x - below.xs[c]!) <= SNAP);
    if (at < 0 || at >= aboveC) return;
    const p = above.unit[lastRow * aboveC + at]!;
    if (p.minC !== at || Math.abs(above.xs[p.maxC + 1]! - below.xs[k.maxC + 1]!) > SNAP) return;
    pairs.push([p, k]);
  }
  const origin = (cell: Cell): Cell => cell.into ?? cell;
  if (pairs.some(([p, k]) => k.text !== '' && origin(p).text === '' && !p.continued)) return;
  const known = nationalWords();
  // A cell's rest under the page break makes with the text above a label or heading of the national format (`信` /
  // `息内容`, `本` / `年制发件数`), where every cell of the row has text on both pages.
  const completes = pairs.some(([p, k]) => k.text !== '' && !known.has(norm(origin(p).text)) && known.has(norm(origin(p).text + k.text)));
  if (!completes && !pairs.some(([p, k]) => k.text === '' && origin(p).text !== '')) return;
  if (pairs.some(([, k]) => HEADING.test(k.text) || known.has(norm(k.text)))) return;
  if (pairs.some(([p, k]) => FIGURE.test(k.text) && FIGURE.test(p.text))) return;
  for (const [p, k] of pairs) {
    const o = origin(p);
    if (k.text) o.text += (isCjk(o.text[o.text.length - 1]) || isCjk(k.text[0]) || o.text === '' ? '' : ' ') + k.text;
    k.text = '';
    k.continued = true;
    k.into = o;
  }
}

/** Two grids with the same outer edges: a table going on from one page to the next. */
function sameColumns(a: Grid, b: Grid): boolean {
  return Math.abs(a.xs[0]! - b.xs[0]!) <= SNAP && Math.abs(a.xs[a.xs.length - 1]! - b.xs[b.xs.length - 1]!) <= SNAP;
}

/** The captions of the national tables, parts 二, 三 and 四 (`三、收到和处理政府信息公开申请情况`). */
const CAPTIONS: readonly [RegExp, NationalKind][] = [
  [/^[(（]?二[)）、.．]\s*主动公开/, 'active'],
  [/^[(（]?三[)）、.．]\s*收到和处理/, 'requests'],
  [/^[(（]?四[)）、.．].{0,16}行政复议/, 'review'],
];

/** A part after the tables (`五、存在的主要问题及改进情况`). */
const LATER_PART = /^[五六七八九十][、.．]/;

/**
 * The national tables drawn without ruling lines, rebuilt (./pdfUnruled.ts): the lines from a caption at the body's
 * left edge to the next caption or part there (a paragraph closing them left out), when none of them is in a ruled
 * table and the rebuild succeeds.
 */
function unruledTables(pageBlocks: readonly Block[][], bodyLeft: number, pageWidth: number): { tables: { lines: VisualLine[]; rows: UnruledRow[] }[]; failed: number } {
  const blocks = pageBlocks.flat();
  // A caption or part heading at the body's left edge, or indented by its first line's two characters.
  const atLeft = (l: VisualLine) => l.left <= bodyLeft + 2.5 * l.size;
  // A paragraph after the table, before the next part (`注：…`): a line at the left edge, half the page wide, in one run.
  const prose = (l: VisualLine) => atLeft(l) && l.right - l.left >= pageWidth / 2 && !l.text.includes('  ');
  const captionOf = (b: Block | undefined) => (b?.kind === 'line' && atLeft(b.line) ? CAPTIONS.find(([re]) => re.test(b.line.text))?.[1] : undefined);
  const out: { lines: VisualLine[]; rows: UnruledRow[] }[] = [];
  let failed = 0;
  for (let i = 0; i < blocks.length; i++) {
    const kind = captionOf(blocks[i]);
    if (!kind) continue;
    const lines: VisualLine[] = [];
    let j = i + 1;
    let ruled = false;
    for (; j < blocks.length; j++) {
      const b = blocks[j]!;
      if (captionOf(b) || (b.kind === 'line' && atLeft(b.line) && LATER_PART.test(b.line.text))) break;
      if (b.kind === 'grid') ruled = true;
      else lines.push(b.line);
    }
    while (lines.length > 0 && prose(lines[lines.length - 1]!)) lines.pop();
    if (!ruled && lines.length > 0) {
      const rows = rebuildUnruled(lines, kind);
      if (rows) out.push({ lines, rows });
      else if (lines.some((l) => l.left > bodyLeft + 4 * l.size)) failed++;
    }
    i = j - 1;
  }
  return { tables: out, failed };
}

/**
 * Lines outside ruled tables standing far right of the body's left edge (four characters or more): the columns of
 * a table drawn without ruling lines. A centred title or a signature is a few such lines; a table is dozens.
 */
export const UNRULED_TABLE_LINES = 12;

export function layoutPdf(pages: readonly PdfPage[]): { text: string; sourceMap: SourceMap; unruledLines: number } {
  // Each page's blocks in reading order: its ruled tables and the lines of text outside them.
  const pageBlocks: Block[][] = [];
  const allLines: VisualLine[] = [];
  pages.forEach((page, i) => {
    const pageNo = i + 1;
    const grids = findGrids(page, pageNo);
    const free: PdfItem[] = [];
    for (const it of page.items) if (!grids.some((g) => place(g, it))) free.push(it);
    for (const g of grids) for (const u of g.unit) if (u.items.length > 0 && u.text === '') u.text = cellText(u.items, g.xs[u.minC]!, g.xs[u.maxC + 1]!);
    const blocks: Block[] = grids.filter((g) => g.unit.some((u) => u.items.length > 0)).map((grid) => ({ kind: 'grid', grid }));
    for (const items of groupLines(free)) {
      const text = lineText(items, true);
      if (!text) continue;
      const line: VisualLine = {
        page: pageNo,
        text,
        left: items[0]!.x,
        right: rightOf(items),
        y: items.reduce((m, it) => Math.max(m, it.y), -Infinity),
        size: items.reduce((m, it) => Math.max(m, it.size), 0),
        items,
      };
      blocks.push({ kind: 'line', line });
      allLines.push(line);
    }
    const top = (b: Block) => (b.kind === 'grid' ? b.grid.ys[0]! : b.line.y - b.line.size);
    blocks.sort((a, b) => top(a) - top(b));
    pageBlocks.push(blocks);
  });

  // Running headers and footers: page numbers, and a margin line repeated on half the pages or more.
  // A page's first line in its top quarter, words in one run (not a row of a table without ruling lines, its cells
  // apart): a header LibreOffice puts inside the 3.7 cm top margin.
  const topLine = pageBlocks.map((blocks, p) => {
    const first = blocks[0];
    return first?.kind === 'line' && first.line.y < pages[p]!.height * HEADER_ZONE && /[A-Za-z\u4e00-\u9fff]{4}/.test(first.line.text) && !/\S {2}/.test(first.line.text) ? first.line : undefined;
  });
  const repeated = new Map<string, Set<number>>();
  const key = (l: VisualLine) => l.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  for (const l of allLines) {
    if (!inMargin(l, pages[l.page - 1]!.height) && topLine[l.page - 1] !== l) continue;
    let s = repeated.get(key(l));
    if (!s) repeated.set(key(l), (s = new Set()));
    s.add(l.page);
  }
  const lowest = pageBlocks.map((blocks) => blocks.reduce((m, b) => Math.max(m, b.kind === 'grid' ? b.grid.ys[b.grid.ys.length - 1]! : b.line.y), -Infinity));
  const running = (l: VisualLine): boolean => {
    const height = pages[l.page - 1]!.height;
    const n = repeated.get(key(l))?.size ?? 0;
    if (!inMargin(l, height)) {
      if (topLine[l.page - 1] === l) return pages.length >= 2 && n >= 2 && n >= pages.length / 2;
      return l.y >= lowest[l.page - 1]! && l.y > height * FOOTER_ZONE && DECORATED_PAGE_NUMBER.test(l.text.trim());
    }
    if (PAGE_NUMBER.test(l.text.trim())) return true;
    return pages.length >= 2 && n >= 2 && n >= pages.length / 2;
  };
  for (let p = 0; p < pageBlocks.length; p++) pageBlocks[p] = pageBlocks[p]!.filter((b) => b.kind === 'grid' || !running(b.line));

  // The body's left edge and right edge, and its line pitch.
  const body = pageBlocks.flat().flatMap((b) => (b.kind === 'line' ? [b.line] : []));
  // The left edge of the lines a body's width long (a narrow table's columns of single characters may outnumber them).
  const long = body.filter((l) => l.right - l.left >= pages[l.page - 1]!.width * 0.4);
  const bodyLeft = mostCommon((long.length > 0 ? long : body).map((l) => l.left));
  const rights = body.filter((l) => l.left <= bodyLeft + 3 * l.size).map((l) => l.right).sort((a, b) => a - b);
  const edge = rights.length >= 3 ? quantile(rights, 0.9) : (rights[rights.length - 1] ?? 0);
  const pitches: number[] = [];
  for (let i = 1; i < body.length; i++) if (body[i]!.page === body[i - 1]!.page && body[i]!.y > body[i - 1]!.y) pitches.push(body[i]!.y - body[i - 1]!.y);
  pitches.sort((a, b) => a - b);
  const pitch = quantile(pitches, 0.5) || Infinity;

  // Paragraphs and tables in order; a table's parts on following pages joined before anything is written.
  type Piece = { kind: 'paragraph'; text: string; page: number; last: VisualLine; step?: number } | { kind: 'table'; grids: Grid[] } | { kind: 'unruled'; rows: UnruledRow[] };
  const pieces: Piece[] = [];
  const { tables: rebuilt, failed } = unruledTables(pageBlocks, bodyLeft, pages[0]?.width ?? 595);
  const consumed = new Set<VisualLine>();
  for (const t of rebuilt) for (const l of t.lines) consumed.add(l);
  let previous: Block | undefined;
  for (const blocks of pageBlocks) {
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b]!;
      const last = pieces[pieces.length - 1];
      if (block.kind === 'line' && consumed.has(block.line)) {
        const t = rebuilt.find((x) => x.lines[0] === block.line);
        if (t) pieces.push({ kind: 'unruled', rows: t.rows });
        previous = block;
        continue;
      }
      if (block.kind === 'grid') {
        const lastGrid = last?.kind === 'table' ? last.grids[last.grids.length - 1] : undefined;
        if (b === 0 && previous?.kind === 'grid' && lastGrid && lastGrid.page + 1 === block.grid.page && sameColumns(lastGrid, block.grid)) {
          joinSplitRow(lastGrid, block.grid);
          (last as Extract<Piece, { kind: 'table' }>).grids.push(block.grid);
        } else pieces.push({ kind: 'table', grids: [block.grid] });
        previous = block;
        continue;
      }
      const line = block.line;
      const prev = last?.kind === 'paragraph' && previous?.kind === 'line' ? last.last : undefined;
      // The edge is the text's only where it is a body's width (half the page or more): lines of a few words never wrap.
      const continues = prev !== undefined
        && edge - bodyLeft >= pages[prev.page - 1]!.width / 2
        && prev.right >= edge - 1.5 * prev.size
        && prev.left <= bodyLeft + 3 * prev.size
        && line.left <= bodyLeft + 0.5 * line.size
        && Math.abs(line.size - prev.size) < 0.5
        && !HEADING.test(line.text)
        && (line.page !== prev.page ? b === 0 && line.page === prev.page + 1 : line.y - prev.y <= pitch * 1.35)
        // Within a paragraph the lines keep one step: a line further down than its paragraph's own step by a quarter
        // of a line starts the next paragraph (spacing after a paragraph, whose next has no first-line indent).
        && (last?.kind !== 'paragraph' || last.step === undefined || line.page !== prev.page || line.y - prev.y <= last.step + 0.25 * line.size);
      if (continues && last?.kind === 'paragraph') {
        const join = /[A-Za-z0-9]$/.test(last.text) && /^[A-Za-z0-9]/.test(line.text) ? ' ' : '';
        last.text += join + line.text;
        if (line.page === prev.page) last.step = line.y - prev.y;
        last.last = line;
      } else pieces.push({ kind: 'paragraph', text: line.text, page: line.page, last: line });
      previous = block;
    }
  }

  // A national table without ruling lines that could not be rebuilt is no text to read: its rows would be reported missing.
  const unruledLines = failed > 0 ? Math.max(UNRULED_TABLE_LINES, body.length) : body.filter((l) => !consumed.has(l) && l.left > bodyLeft + 4 * l.size).length;

  const out = new TextBuilder();
  let paragraph = 0;
  let table = 0;
  for (const piece of pieces) {
    if (piece.kind === 'paragraph') {
      out.line(piece.text, { kind: 'paragraph', paragraph: ++paragraph, page: piece.page });
      continue;
    }
    const t = ++table;
    let row = 0;
    if (piece.kind === 'unruled') {
      for (const r of piece.rows) out.tableRow(r.fields, (r.fields[r.fields.length - 1]?.column ?? 0) + 1, t, ++row, r.page);
      out.endTable();
      continue;
    }
    // Columns numbered on the grid lines of all its parts, as Word numbers a table's grid.
    const columns = snap(piece.grids.flatMap((g) => [...g.xs]));
    for (const grid of piece.grids) row = writeGrid(out, grid, t, row, columns);
    out.endTable();
  }
  return { ...out.finishJoined(), unruledLines };
}
