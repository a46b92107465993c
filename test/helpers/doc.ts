/**
 * Readable mutations of real reports, and a reader of their tables that does not use the parser.
 *
 * Tests build their fixtures as "seed 001 with 一、本年新收 总计 changed to 15": `Doc.seed('001')
 * .setCell('requests', '本年新收', 6, '15')`. Where a cell is, and which words a finding must cover,
 * are computed here from the raw text (physical rows of tab-separated fields, in either Word
 * layout), never from the model under test, so a parser that misplaces a cell cannot agree with
 * itself by accident.
 */
import { seed } from './fixtures';

export type Layout = 'cell' | 'row';
export type TableKind = 'active' | 'requests' | 'review';

/** A field of a physical table row: where its trimmed content lies (an empty span when blank). */
export interface FieldLoc {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The field continues on following lines (a label split over lines); `line`/`start` are its first line. */
  readonly endLine: number;
}

export interface PhysicalRow {
  readonly fields: FieldLoc[];
  readonly startLine: number;
  readonly endLine: number;
  /** One line holding every field, or one field per line. */
  readonly layout: Layout;
}

export interface TableRegion {
  readonly kind: TableKind | undefined;
  readonly startLine: number;
  /** Inclusive. */
  readonly endLine: number;
  readonly rows: PhysicalRow[];
}

/** A distinctive fragment of each of the 25 numeric rows of table 三 (2021), in order. */
export const REQUEST_ROW_NEEDLES: readonly string[] = [
  '本年新收', '上年结转', '予以公开', '部分公开', '国家秘密', '禁止公开', '三安全一稳定', '第三方', '内部事务', '过程性信息', '执法案卷', '行政查询',
  '不掌握', '另行制作', '仍不明确', '信访举报', '重复申请', '出版物', '大量反复', '重新出具', '逾期不补正', '收费通知', '3.其他', '（七）总计', '结转下年度',
];

const LABEL_WORDS = [...REQUEST_ROW_NEEDLES, '不予公开', '无法提供', '不予处理', '其他处理', '本年度办理结果', '规章', '规范性文件', '行政许可', '行政处罚', '行政强制', '行政事业性收费', '第二十条'];

/** A field that names a row or group (values end there when rows run together on one line). */
function isLabel(text: string): boolean {
  const t = norm(text);
  return t !== '' && LABEL_WORDS.some((w) => t.includes(norm(w)));
}

/** Columns of a table-三 row, of the table-四 row, and of each table-二 row. */
export const WIDTH: Readonly<Record<TableKind, number>> = { active: 3, requests: 7, review: 15 };

const SENTENCE_PUNCT = /[。；;，,：:！？!?]/;

function isSpace(ch: string): boolean {
  return /[\s\u00a0\u3000]/.test(ch);
}

function fieldsOfLine(line: number, text: string): FieldLoc[] {
  const out: FieldLoc[] = [];
  let a = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\t') {
      let s = a;
      let e = i;
      while (s < e && isSpace(text[s]!)) s++;
      while (e > s && isSpace(text[e - 1]!)) e--;
      out.push(s === e ? { line, start: a, end: a, text: '', endLine: line } : { line, start: s, end: e, text: text.slice(s, e), endLine: line });
      a = i + 1;
    }
  }
  return out;
}

/** A short line without a TAB right under a table line: the rest of the cell above (`商业` / `企业`). */
function isContinuation(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 12 && !SENTENCE_PUNCT.test(t) && !/^\d+$/.test(t) && !/^[一二三四五六]、/.test(t);
}

/** Compatibility folding (full-width to ASCII) without white space, for finding labels. */
export function norm(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

function openBracket(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

function kindOf(rows: readonly PhysicalRow[]): TableKind | undefined {
  const all = rows.flatMap((r) => r.fields.map((f) => f.text)).join('|');
  if (/本年新收|勾稽关系/.test(all)) return 'requests';
  if (/行政复议/.test(all) && /结果\s*维持|未经复议/.test(all)) return 'review';
  if (/信息内容|规章|行政许可/.test(all)) return 'active';
  return undefined;
}

/** Every table of the text, as physical rows of fields. */
export function tableRegions(lines: readonly string[]): TableRegion[] {
  const regions: TableRegion[] = [];
  let rows: PhysicalRow[] = [];
  let cellRow: { fields: FieldLoc[]; startLine: number; endLine: number } | undefined;
  let start = -1;
  let last = -1;
  const close = () => {
    if (rows.length > 0) regions.push({ kind: kindOf(rows), startLine: start, endLine: last, rows });
    rows = [];
    cellRow = undefined;
    start = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (text.includes('\t')) {
      if (start < 0) start = i;
      last = i;
      const fields = fieldsOfLine(i, text);
      const isRow = fields.length >= 3 || (fields.length === 2 && text.slice(0, text.indexOf('\t')).trim() !== '');
      if (isRow) {
        cellRow = undefined;
        rows.push({ fields, startLine: i, endLine: i, layout: 'row' });
      } else {
        const f = fields[fields.length - 1]!;
        if (!cellRow) {
          cellRow = { fields: [], startLine: i, endLine: i };
          rows.push(Object.assign(cellRow, { layout: 'cell' as const }));
        }
        cellRow.fields.push(f);
        cellRow.endLine = i;
      }
      continue;
    }
    if (text.trim() === '') {
      cellRow = undefined;
      continue;
    }
    if (start >= 0 && last === i - 1) {
      const row = rows[rows.length - 1]!;
      const nonEmpty = row.fields.filter((f) => f.text !== '');
      const prev = row.layout === 'cell' && cellRow ? row.fields[row.fields.length - 1] : nonEmpty[nonEmpty.length - 1];
      const closes = prev !== undefined && openBracket(prev.text) && /[）)]/.test(text) && text.trim().length <= 40;
      if (prev && prev.text !== '' && !/^[\d.]+$/.test(prev.text) && (closes || isContinuation(text))) {
        const idx = row.fields.indexOf(prev);
        row.fields[idx] = { ...prev, text: prev.text + text.trim(), endLine: i };
        (row as { endLine: number }).endLine = i;
        last = i;
        continue;
      }
    }
    close();
  }
  close();
  return regions;
}

/** Drops merge padding: blank fields beyond `want`, from the end first, then from the start. */
export function trimPadding<T extends { text: string }>(values: readonly T[], want: number): T[] {
  const v = values.slice();
  while (v.length > want && v[v.length - 1]!.text === '') v.pop();
  while (v.length > want && v[0]!.text === '') v.shift();
  return v;
}

export class Doc {
  private constructor(
    readonly lines: string[],
    readonly eol: string,
  ) {}

  static of(text: string): Doc {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return new Doc(text.split(/\r\n|\n|\r/), eol);
  }

  static seed(prefix: string): Doc {
    return Doc.of(seed(prefix));
  }

  get text(): string {
    return this.lines.join(this.eol);
  }

  clone(): Doc {
    return new Doc(this.lines.slice(), this.eol);
  }

  /** Index of the first line containing `needle` (from `from`); throws when there is none. */
  line(needle: string | RegExp, from = 0): number {
    for (let i = from; i < this.lines.length; i++) {
      const l = this.lines[i]!;
      if (typeof needle === 'string' ? l.includes(needle) : needle.test(l)) return i;
    }
    throw new Error(`no line with ${String(needle)}`);
  }

  /** Where `needle` is: its line and UTF-16 span. */
  find(needle: string, from = 0): { line: number; start: number; end: number } {
    const line = this.line(needle, from);
    const start = this.lines[line]!.indexOf(needle);
    return { line, start, end: start + needle.length };
  }

  /** Replaces the first occurrence of `from` (searching from line `after`) by `to`. */
  replace(from: string, to: string, after = 0): this {
    const line = this.line(from, after);
    this.lines[line] = this.lines[line]!.replace(from, to);
    return this;
  }

  setLine(index: number, text: string): this {
    this.lines[index] = text;
    return this;
  }

  deleteLines(index: number, count = 1): this {
    this.lines.splice(index, count);
    return this;
  }

  insertLines(index: number, ...text: string[]): this {
    this.lines.splice(index, 0, ...text);
    return this;
  }

  /** Line indexes of the six part headings (official numerals at the start of a line without TAB). */
  headings(): Map<string, number> {
    const out = new Map<string, number>();
    this.lines.forEach((l, i) => {
      const m = /^\s*([一二三四五六])、/.exec(l);
      if (m && !l.includes('\t') && !out.has(m[1]!)) out.set(m[1]!, i);
    });
    return out;
  }

  /** The lines of part `numeral`, from its heading to the line before the next part heading. */
  partLines(numeral: string): { start: number; end: number } {
    const hs = [...this.headings().entries()].sort((a, b) => a[1] - b[1]);
    const i = hs.findIndex(([n]) => n === numeral);
    if (i < 0) throw new Error(`no part ${numeral}`);
    return { start: hs[i]![1], end: i + 1 < hs.length ? hs[i + 1]![1] : this.lines.length };
  }

  /** Removes part `numeral` (heading and body). */
  removePart(numeral: string): this {
    const { start, end } = this.partLines(numeral);
    this.lines.splice(start, end - start);
    return this;
  }

  /** Moves part `numeral` (heading and body) to just before the heading of part `before`. */
  movePart(numeral: string, before: string): this {
    const { start, end } = this.partLines(numeral);
    const block = this.lines.splice(start, end - start);
    const at = this.partLines(before).start;
    this.lines.splice(at, 0, ...block);
    return this;
  }

  tables(): TableRegion[] {
    return tableRegions(this.lines);
  }

  table(kind: TableKind): TableRegion {
    const t = this.tables().find((r) => r.kind === kind);
    if (!t) throw new Error(`no table ${kind}`);
    return t;
  }

  /** The physical row whose label field contains `label`, and that field. */
  rowOf(kind: TableKind, label: string): { row: PhysicalRow; labelIndex: number } {
    const t = this.table(kind);
    for (const row of t.rows) {
      const labelIndex = row.fields.findIndex((f) => norm(f.text).includes(norm(label)));
      if (labelIndex >= 0) return { row, labelIndex };
    }
    throw new Error(`no row ${label} in table ${kind}`);
  }

  /** The label field of a row (the field containing `label`). */
  label(kind: TableKind, label: string): FieldLoc {
    const { row, labelIndex } = this.rowOf(kind, label);
    return row.fields[labelIndex]!;
  }

  /** The value fields of a row (merge padding removed). For table 四 `label` is ignored: its one data row. */
  cells(kind: TableKind, label = ''): FieldLoc[] {
    if (kind === 'review') {
      const rows = this.table('review').rows;
      const data = rows[rows.length - 1]!;
      return trimPadding(data.fields, WIDTH.review);
    }
    const { row, labelIndex } = this.rowOf(kind, label);
    const after: FieldLoc[] = [];
    for (const f of row.fields.slice(labelIndex + 1)) {
      // Values end at the next label (rows exported without blank lines between them).
      if (isLabel(f.text)) break;
      after.push(f);
    }
    const width = kind === 'active' ? (/规章|规范性文件/.test(label) ? 3 : 1) : WIDTH[kind];
    return trimPadding(after, width);
  }

  cell(kind: TableKind, label: string, column: number): FieldLoc {
    const c = this.cells(kind, label)[column];
    if (!c) throw new Error(`no cell ${column} in row ${label} of table ${kind}`);
    return c;
  }

  /** Writes `value` in place of a cell's content (padding around it is kept). */
  setCell(kind: TableKind, label: string, column: number, value: string): this {
    const c = this.cell(kind, label, column);
    const l = this.lines[c.line]!;
    this.lines[c.line] = l.slice(0, c.start) + value + l.slice(c.end);
    return this;
  }

  /** Sets several cells of one row at once (`values[i]` for column `i`; undefined keeps a cell). */
  setRow(kind: TableKind, label: string, values: readonly (string | number | undefined)[]): this {
    // Right to left, so earlier offsets on a shared line stay valid.
    const cells = this.cells(kind, label);
    for (let i = values.length - 1; i >= 0; i--) {
      const v = values[i];
      if (v === undefined) continue;
      const c = cells[i]!;
      const l = this.lines[c.line]!;
      this.lines[c.line] = l.slice(0, c.start) + String(v) + l.slice(c.end);
    }
    return this;
  }

  /** Writes 0 into every blank value cell of tables 三 and 四 (seed 000 only fills 总计). */
  fillBlanks(): this {
    for (const label of REQUEST_ROW_NEEDLES) this.setRow('requests', label, this.cells('requests', label).map((c) => (c.text === '' ? '0' : undefined)));
    const review = this.cells('review');
    // Right to left: blanks on one line shift the ones after them.
    for (let i = review.length - 1; i >= 0; i--) {
      const c = review[i]!;
      if (c.text !== '') continue;
      const l = this.lines[c.line]!;
      this.lines[c.line] = l.slice(0, c.start) + '0' + l.slice(c.end);
    }
    return this;
  }

  /** Deletes a table row: its physical row's lines (cell per line), or the label and its values (row per line). */
  deleteRow(kind: TableKind, label: string): this {
    const { row, labelIndex } = this.rowOf(kind, label);
    if (row.layout === 'row') {
      const fields = row.fields;
      const values = this.cells(kind, label);
      const lastValue = values[values.length - 1]!;
      const lastIndex = fields.findIndex((f) => f === lastValue || (f.line === lastValue.line && f.start === lastValue.start));
      const line = this.lines[row.startLine]!;
      const cut = line.split('\t');
      if (labelIndex === 0 || fields.slice(0, labelIndex).every((f) => f.text === '')) {
        this.lines.splice(row.startLine, 1);
      } else {
        // Keep the group cell before the label (`三、本年度办理结果` …), blank the rest.
        this.lines[row.startLine] = [...cut.slice(0, labelIndex), ...cut.slice(labelIndex, lastIndex + 1).map(() => '')].join('\t');
      }
      return this;
    }
    // Cell per line: the label line (and its continuation) and the value lines; a group cell before it stays.
    const first = row.fields[labelIndex]!.line;
    this.lines.splice(first, row.endLine - first + 1);
    return this;
  }
}

/**
 * Relays every table of `text` into the other Word layout: one line of TAB-joined fields per
 * physical row (`row`), or one TAB-led line per field with a blank line between rows (`cell`).
 * Prose is untouched; fields are carried over as written (padding included). Rows of a table are
 * padded to the table's width with blank fields, as Word does for merged cells.
 */
export function relayout(text: string, to: Layout): string {
  const doc = Doc.of(text);
  const regions = tableRegions(doc.lines);
  const out = doc.lines.slice();
  // From the bottom up, so earlier regions keep their line numbers.
  for (const region of regions.slice().reverse()) {
    const raw = (f: FieldLoc): string => {
      if (f.text === '') return '';
      if (f.endLine === f.line) {
        // Keep padding (NBSP, spaces) as written: the whole tab field.
        const line = doc.lines[f.line]!;
        let a = line.lastIndexOf('\t', f.start - 1) + 1;
        let b = line.indexOf('\t', f.end);
        if (b < 0) b = line.length;
        if (a < 0) a = 0;
        return line.slice(a, b);
      }
      return f.text;
    };
    const width = Math.max(...region.rows.map((r) => r.fields.length));
    const lines: string[] = [];
    for (const row of region.rows) {
      const fields = row.fields.map(raw);
      if (to === 'row') {
        while (fields.length < width) fields.push('');
        lines.push(fields.join('\t'));
      } else {
        for (const f of fields) lines.push(`\t${f}`);
        lines.push('');
      }
    }
    if (to === 'cell') lines.pop();
    out.splice(region.startLine, region.endLine - region.startLine + 1, ...lines);
  }
  return out.join(doc.eol);
}

/** Full-width digits (０-９) in every table cell that holds a number. */
export function fullWidthDigits(text: string): string {
  const doc = Doc.of(text);
  for (const region of tableRegions(doc.lines)) {
    for (const row of region.rows) {
      for (const f of row.fields.slice().reverse()) {
        if (!/^\d+(?:\.\d+)?$/.test(f.text)) continue;
        const l = doc.lines[f.line]!;
        const wide = f.text.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        doc.lines[f.line] = l.slice(0, f.start) + wide + l.slice(f.end);
      }
    }
  }
  return doc.text;
}

/** Spaces, NBSP and ideographic spaces around every numeric cell. */
export function padCells(text: string): string {
  const doc = Doc.of(text);
  for (const region of tableRegions(doc.lines)) {
    for (const row of region.rows) {
      // Right to left within a line.
      const fields = row.fields.slice().sort((a, b) => a.line - b.line || b.start - a.start);
      for (const f of fields) {
        if (!/^[\d０-９]+(?:\.\d+)?$/.test(f.text)) continue;
        const l = doc.lines[f.line]!;
        doc.lines[f.line] = `${l.slice(0, f.start)} \u00a0${f.text}\u3000 ${l.slice(f.end)}`;
      }
    }
  }
  return doc.text;
}

export function crlf(text: string): string {
  return text.replace(/\r\n|\n|\r/g, '\r\n');
}

/** A table's physical rows as arrays of field texts (continuations joined). */
export function tableRows(doc: Doc, kind: TableKind): string[][] {
  return doc.table(kind).rows.map((r) => r.fields.map((f) => f.text));
}

/**
 * Replaces a table with `rows` (arrays of field texts), written in `layout` (by default the layout
 * the table had).
 */
export function replaceTable(doc: Doc, kind: TableKind, rows: readonly (readonly string[])[], layout?: Layout): Doc {
  const region = doc.table(kind);
  const to = layout ?? (region.rows.every((r) => r.layout === 'cell') ? 'cell' : 'row');
  const lines: string[] = [];
  const width = Math.max(...rows.map((r) => r.length));
  for (const row of rows) {
    if (to === 'row') lines.push([...row, ...Array<string>(width - row.length).fill('')].join('\t'));
    else lines.push(...row.map((f) => `\t${f}`), '');
  }
  if (to === 'cell') lines.pop();
  doc.lines.splice(region.startLine, region.endLine - region.startLine + 1, ...lines);
  return doc;
}

/**
 * A report's tables one cell per line, each closed by a pipe, as web-page text tools write them
 * (`规章 |`, `|` when empty). Between rows: a blank line (`blank`), nothing (`none`), or the line of
 * pipes such tools write for the cells a spanning cell covers, at the end of its row (`placeholders`:
 * `||`, no blank line).
 */
export function pipeCells(text: string, between: 'blank' | 'none' | 'placeholders' | 'joined' = 'blank'): string {
  const lines = relayout(text, 'cell').split('\n');
  const out: string[] = [];
  lines.forEach((l, i) => {
    const betweenRows = l.trim() === '' && lines[i - 1]?.startsWith('\t') && lines[i + 1]?.startsWith('\t');
    if (l.startsWith('\t')) out.push(l.slice(1).trim() === '' ? '|' : `${l.slice(1)} |`);
    else if (betweenRows && between === 'none') return;
    // `0 | ||`: the pipes that close the row on its last cell's line (after a blank last cell, on their own).
    else if (betweenRows && between === 'joined' && out[out.length - 1] !== '|') out[out.length - 1] += ' ||';
    else if (betweenRows && (between === 'placeholders' || between === 'joined')) out.push('||');
    else out.push(l);
  });
  return out.join('\n');
}

/**
 * Cells one per line as `pipeCells` writes them, each cell's closing pipe on the line under it (`规章` / `|`),
 * as some web-page text tools write a cell's paragraph and its border apart; an empty cell stays a lone `|`.
 */
export function detachedPipes(text: string, between: 'blank' | 'none' | 'placeholders' = 'none'): string {
  return pipeCells(text, between).split('\n').map((l) => (/\S\s+\|$/.test(l) ? `${l.replace(/\s+\|$/, '')}\n|` : l)).join('\n');
}

/** Cells one per line, with no TAB and no blank line between rows: a table copied out of a PDF. */
export function pdfCopy(text: string, layout = true): string {
  const lines = (layout ? relayout(text, 'cell') : text).split('\n');
  return lines.filter((l, i) => !(l.trim() === '' && lines[i - 1]?.includes('\t') && lines[i + 1]?.includes('\t'))).map((l) => l.replace(/\t/g, '')).join('\n');
}

/**
 * As `pdftotext -layout` writes a table: rows one per line, cells padded with spaces to a column's width,
 * and a label longer than the width wrapped onto the line below its figures.
 */
export function pdfLayout(text: string, width: number): string {
  const out: string[] = [];
  for (const line of relayout(text, 'row').split('\n')) {
    if (!line.includes('\t')) {
      out.push(line);
      continue;
    }
    const wrapped: string[] = [];
    const cells = line.split('\t').map((c) => {
      const t = c.trim();
      if (t.length <= width || /^\d+$/.test(t)) return t;
      wrapped.push(t.slice(width));
      return t.slice(0, width);
    });
    out.push(cells.map((c) => c.padEnd(width, ' ')).join('  ').trimEnd());
    if (wrapped.length > 0) out.push(wrapped.join('   '));
  }
  return out.join('\n');
}

/**
 * Each cell a paragraph of its own with a blank line after it, no TAB, empty cells gone: a table copied from a web
 * page into an editor that parts paragraphs by blank lines.
 */
export function blankBetweenCells(text: string): string {
  return cellsEachFollowedBy(text, '');
}

/**
 * Tables one cell per line, each cell's line followed by a line of a lone pipe (its border), no blank line in them
 * (`规章` / `|` / `0` / `|` / `0` / `|` / `6` / `|`), as some tools give a web page's text: `blankBetweenCells` with a
 * pipe for each blank line after a cell.
 */
export function pipeBetweenCells(text: string): string {
  return cellsEachFollowedBy(text, '|');
}

/** Tables one cell per line, no TAB, empty cells gone, each cell's line followed by the line `after`, no other line between rows. */
function cellsEachFollowedBy(text: string, after: string): string {
  const out: string[] = [];
  const lines = relayout(text, 'cell').split('\n');
  lines.forEach((l, i) => {
    if (l.startsWith('\t')) {
      if (l.trim() !== '') out.push(l.trim(), after);
    } else if (!(l.trim() === '' && lines[i - 1]?.startsWith('\t') && lines[i + 1]?.startsWith('\t'))) {
      out.push(l);
    }
  });
  return out.join('\n');
}

/**
 * A table as `pdftotext -layout` writes it, cells padded to `width` as `pdfLayout` pads them: each row with TABs whose
 * last label cell (`label`, after the cells `head`) has figures after it is written as `wrap` writes it (`pad` pads a
 * line's cells), or, where `wrap` gives nothing (the label short enough), on one line; other lines as they are.
 */
function pdfLayoutWrapped(
  text: string,
  width: number,
  wrap: (head: readonly string[], label: string, figures: readonly string[], pad: (cells: readonly string[]) => string) => string[] | undefined,
): string {
  const out: string[] = [];
  const pad = (cells: readonly string[]) => cells.map((c) => c.padEnd(width, ' ')).join('  ').trimEnd();
  for (const line of relayout(text, 'row').split('\n')) {
    if (!line.includes('\t')) {
      out.push(line);
      continue;
    }
    const cells = line.split('\t').map((c) => c.trim());
    let label = -1;
    cells.forEach((c, i) => {
      if (c !== '' && !/^\d+(?:\.\d+)?$/.test(c)) label = i;
    });
    const figures = cells.slice(label + 1).filter((c) => c !== '');
    const lines = label < 0 || !figures.some((c) => /^\d/.test(c)) ? undefined : wrap(cells.slice(0, label).filter((c) => c !== ''), cells[label]!, figures, pad);
    out.push(...(lines ?? [pad(cells.filter((c) => c !== ''))]));
  }
  return out.join('\n');
}

/**
 * As `pdftotext -layout` writes a table whose figures sit on the last line of a row's wrapped label (the cell's text
 * is set from the top, its figures vertically centred): a row whose last label cell is longer than `width` has the
 * cells before it and the label's first `width` characters on a line of their own, then the rest of the label with
 * the figures; cells padded with spaces as `pdfLayout` pads them.
 */
export function pdfLayoutFiguresBelow(text: string, width: number): string {
  return pdfLayoutWrapped(text, width, (head, label, figures, pad) =>
    label.length <= width ? undefined : [pad([...head, label.slice(0, width)]), pad([label.slice(width), ...figures])],
  );
}

/**
 * As `pdftotext -layout` writes a table whose cells are centred vertically: a row whose last label cell is longer than
 * twice `width` has it on three lines, the figures on the middle one (`2.其他法律` / `和行政法规禁  0  0 …` / `止公开`);
 * the cells before the label on its first line; other rows as `pdfLayoutFiguresBelow` writes them.
 */
export function pdfLayoutFiguresMid(text: string, width: number): string {
  return pdfLayoutWrapped(text, width, (head, label, figures, pad) => {
    if (label.length <= 2 * width) return undefined;
    // The label's lines below its first stand in its column, under the cells before it.
    const indent = head.length > 0 ? ' '.repeat(pad(head).length + 2) : '';
    return [pad([...head, label.slice(0, width)]), indent + pad([label.slice(width, 2 * width), ...figures]), indent + label.slice(2 * width)];
  });
}

/**
 * As a PDF reader copies a table whose label column is narrow: rows one per line, cells parted by one
 * space and merged cells leaving nothing; a row whose labels are longer than `width` characters has them
 * on a line of their own (with `wrap`, the last broken after `width` characters onto a second line) and
 * its figures on the line below.
 */
export function pdfLabelsAbove(text: string, width: number, wrap = false): string {
  const out: string[] = [];
  for (const line of relayout(text, 'row').split('\n')) {
    if (!line.includes('\t')) {
      out.push(line);
      continue;
    }
    const cells = line.split('\t').map((c) => c.trim()).filter((c) => c !== '');
    // A signed figure (the 2019 本年增/减 column, `-2`) is a figure too.
    const figures = cells.filter((c) => /^[+-]?\d+(?:\.\d+)?$/.test(c));
    const labels = cells.filter((c) => !/^[+-]?\d+(?:\.\d+)?$/.test(c));
    if (figures.length === 0 || labels.join('').length <= width) {
      out.push(cells.join(' '));
      continue;
    }
    if (wrap) {
      const last = labels.pop()!;
      out.push([...labels, last.slice(0, width)].join(' '));
      if (last.length > width) out.push(last.slice(width));
    } else {
      out.push(labels.join(' '));
    }
    out.push(figures.join(' '));
  }
  return out.join('\n');
}

/** Seed 001's text in a layout (Word's export is one cell per line). */
export function seed001In(layout: Layout): string {
  const text = Doc.seed('001').text;
  return layout === 'cell' ? text : relayout(text, 'row');
}

/**
 * The lines [first, end) of the table row whose label line holds `needle`: its label line, and in the
 * cell-per-line layout its cells up to and with the blank line after them.
 */
export function rowLines(lines: readonly string[], needle: string, layout: Layout): [number, number] {
  const first = lines.findIndex((l) => l.includes(needle));
  if (first < 0) throw new Error(`no row labelled ${needle}`);
  let end = first + 1;
  if (layout === 'cell') {
    while (lines[end]!.trim() !== '') end++;
    end++;
  }
  return [first, end];
}
