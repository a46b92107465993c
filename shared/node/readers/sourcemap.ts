/**
 * Where each line of the text a reader produces came from in the document: a paragraph, or a row of
 * a table with the span of each cell. Findings keep their ranges in the produced text (that is what
 * the core analyses); the map turns a range back into a place a person can find in Word or on the
 * page: `表三 第12行 第3列`, `段落 23`.
 */
import { parseReport, type Lang, type Range } from '../../src';
import { INVISIBLE_FORMAT, INVISIBLE_IN_FIGURE } from '../../src/numbers';

export interface CellOrigin {
  /** UTF-16 offsets of the cell's field in the produced line. */
  readonly start: number;
  readonly end: number;
  /** 1-based column in the table's grid (the first, for a cell spanning several). */
  readonly column: number;
}

export type LineOrigin =
  | { readonly kind: 'paragraph'; /** 1-based, in document order, outside tables. */ readonly paragraph: number; /** A PDF's page (1-based), where the paragraph starts. */ readonly page?: number }
  | { readonly kind: 'row'; /** 1-based ordinal of the table in the document. */ readonly table: number; /** 1-based row of that table. */ readonly row: number; readonly cells: readonly CellOrigin[]; /** A PDF's page (1-based). */ readonly page?: number };

export interface SourceMap {
  /** One entry per produced line; undefined for lines the reader added (the blank line after a table). */
  readonly lines: readonly (LineOrigin | undefined)[];
}

/** A place in the document, as the JSON output carries it. */
export interface DocumentLocation {
  /** A PDF's page (1-based). */
  readonly page?: number;
  readonly paragraph?: number;
  readonly table?: number;
  /** The national table the core recognised there (`表三`), when it did. */
  readonly tableName?: string;
  readonly row?: number;
  readonly column?: number;
}

/**
 * The line the readers write for a paragraph that is a picture alone (a Word paragraph holding only an image, a
 * web page's block holding only an <img>), after the report's first words: a table published as a picture stands
 * there, and missing-table names it instead of reporting a missing table.
 */
export const PICTURE = '[图片]';

const CJK_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The national tables by the core's kind: the numbering of their parts. */
export const NATIONAL_TABLE: Readonly<Record<string, string>> = { active: '二', requests: '三', review: '四' };

/** Chinese on both sides of a break: a label Word wrapped into two paragraphs (`…不补正、` / `行政机关…`). */
const CJK_BEFORE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/;
const CJK_AFTER = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** A cell's paragraphs as one field: joined directly where Chinese meets Chinese, by a space elsewhere (figures stay apart). */
export function joinPieces(pieces: readonly string[]): string {
  let out = pieces[0] ?? '';
  for (let i = 1; i < pieces.length; i++) out += (CJK_BEFORE.test(out) && CJK_AFTER.test(pieces[i]!) ? '' : ' ') + pieces[i]!;
  return out;
}

/**
 * Invisible format characters inside a figure (`1\u200b78`, `3\u00ad5`): zero-width space, joiners, word joiner,
 * byte order mark and soft hyphen, as text pasted from a web page or a converter leaves them in a document. A
 * page or a Word document shows the figure whole, so it is read whole; elsewhere they stay (artifact names them).
 */
const INVISIBLE = new RegExp(`[${INVISIBLE_FORMAT}]`);

function withoutInvisibleInFigures(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_IN_FIGURE, '') : text;
}

/** Builds the produced text line by line, with the origin of each line. */
export class TextBuilder {
  private readonly out: string[] = [];
  private readonly origins: (LineOrigin | undefined)[] = [];

  line(text: string, origin: LineOrigin | undefined): void {
    this.out.push(withoutInvisibleInFigures(text));
    this.origins.push(origin);
  }

  /** A table row: fields joined by TABs, each field's span recorded. */
  row(fields: readonly { readonly text: string; readonly column: number }[], table: number, row: number, page?: number): void {
    const cells: CellOrigin[] = [];
    let text = '';
    fields.forEach((f, i) => {
      if (i > 0) text += '\t';
      const field = withoutInvisibleInFigures(f.text);
      cells.push({ start: text.length, end: text.length + field.length, column: f.column });
      text += field;
    });
    this.line(text, page !== undefined ? { kind: 'row', table, row, cells, page } : { kind: 'row', table, row, cells });
  }

  /**
   * A Word table row as the readers of Word documents (.docx, .doc) write it: a row must hold a TAB to
   * read as a row (a caption spanning the table has a single cell), so a one-cell row, and a row of two
   * blank cells, get a blank field at `nextColumn`; a row without cells is no line.
   */
  tableRow(fields: { text: string; column: number }[], nextColumn: number, table: number, row: number, page?: number): void {
    if (fields.length === 1) fields.push({ text: '', column: nextColumn });
    if (fields.length === 2 && fields.every((f) => f.text === '')) fields.push({ text: '', column: nextColumn });
    if (fields.length === 0) return;
    this.row(fields, table, row, page);
  }

  /** A blank line ends a table, so the next paragraph is never read as a cell's continuation. */
  endTable(): void {
    this.line('', undefined);
  }

  get lineCount(): number {
    return this.out.length;
  }

  /** The line last added, if any. */
  lastLine(): string | undefined {
    return this.out[this.out.length - 1];
  }

  finish(): { text: string; sourceMap: SourceMap } {
    return { text: this.out.join('\n'), sourceMap: { lines: this.origins } };
  }

  /**
   * The text and its map, a national table the core reads across several document tables (split by a page
   * break or a paragraph between its parts) numbered as one (`joinSplitTables`). The readers of Word documents
   * (.docx, .doc) finish so; the HTML reader joins with the model it has made anyway.
   */
  finishJoined(): { text: string; sourceMap: SourceMap } {
    const { text, sourceMap } = this.finish();
    return { text, sourceMap: joinSplitTables(sourceMap, parseReport(text).tables) };
  }
}

/**
 * One national table the core read across several document tables (an editor split it in two, or
 * pasted it in parts with a blank paragraph between): its rows are numbered on from the first
 * part's, as one table, so that a finding in the second part names `表三 第24行`, as it would in the
 * unsplit table, and not the 8th row of an unnamed second table. `tables` are the core's tables, by
 * the lines of `map`.
 */
export function joinSplitTables(map: SourceMap, tables: readonly { readonly startLine: number; readonly endLine: number }[]): SourceMap {
  let lines: (LineOrigin | undefined)[] | undefined;
  for (const t of tables) {
    let first: number | undefined;
    let current: number | undefined;
    let offset = 0;
    let lastRow = 0;
    for (let l = t.startLine; l <= t.endLine && l < map.lines.length; l++) {
      const o = map.lines[l];
      if (o?.kind !== 'row') continue;
      if (first === undefined) first = current = o.table;
      if (o.table !== current) {
        offset += lastRow;
        current = o.table;
      }
      lastRow = o.row;
      if (o.table === first) continue;
      lines ??= map.lines.slice();
      lines[l] = { ...o, table: first, row: o.row + offset };
    }
  }
  return lines ? { lines } : map;
}

/**
 * The document place of a range's start. Lines the reader added map to the nearest line above.
 * `tableKindAt` names the national table a produced line belongs to (from the core's model).
 */
export function locate(map: SourceMap, range: Range, tableKindAt?: (line: number) => string | undefined): DocumentLocation | undefined {
  let line = Math.min(range.start.line, map.lines.length - 1);
  let character = range.start.character;
  while (line >= 0 && !map.lines[line]) {
    line--;
    character = Number.MAX_SAFE_INTEGER;
  }
  const origin = line >= 0 ? map.lines[line] : undefined;
  if (!origin) return undefined;
  if (origin.kind === 'paragraph') return origin.page !== undefined ? { page: origin.page, paragraph: origin.paragraph } : { paragraph: origin.paragraph };
  const kind = tableKindAt?.(line);
  const national = kind ? NATIONAL_TABLE[kind] : undefined;
  // The cell holding the character, else the last cell starting before it (a blank cell's point).
  let cell: CellOrigin | undefined;
  for (const c of origin.cells) {
    if (c.start <= character) cell = c;
    if (c.start <= character && character <= c.end) break;
  }
  return {
    ...(origin.page !== undefined ? { page: origin.page } : {}),
    table: origin.table,
    ...(national ? { tableName: `表${national}` } : {}),
    row: origin.row,
    ...(cell ? { column: cell.column } : {}),
  };
}

function ordinal(n: number): string {
  return n >= 1 && n <= 9 ? CJK_DIGITS[n]! : String(n);
}

/**
 * `表三 第12行 第3列`, `表格2 第3行`, `段落 23`; in English `table 三, row 12, column 3`. A PDF's text outside
 * tables is named by its page (`第3页`, `page 3`): its paragraphs are the reader's reconstruction, not the author's.
 */
export function formatLocation(loc: DocumentLocation, lang: Lang): string {
  if (loc.paragraph !== undefined && loc.page !== undefined) return lang === 'zh-CN' ? `第${loc.page}页` : `page ${loc.page}`;
  if (loc.paragraph !== undefined) return lang === 'zh-CN' ? `段落 ${loc.paragraph}` : `paragraph ${loc.paragraph}`;
  const parts: string[] = [];
  if (lang === 'zh-CN') {
    parts.push(loc.tableName ?? `表格${loc.table ?? ''}`);
    if (loc.row !== undefined) parts.push(`第${loc.row}行`);
    if (loc.column !== undefined) parts.push(`第${loc.column}列`);
    return parts.join(' ');
  }
  parts.push(loc.tableName ? `table ${loc.tableName.slice(1)}` : `table #${loc.table ?? ''}`);
  if (loc.row !== undefined) parts.push(`row ${loc.row}`);
  if (loc.column !== undefined) parts.push(`column ${loc.column}`);
  return parts.join(', ');
}

/** The document's n-th table in words (for messages that name a table by its order). */
export function tableOrdinal(n: number, lang: Lang): string {
  return lang === 'zh-CN' ? `第${ordinal(n)}个表格` : `table #${n}`;
}
