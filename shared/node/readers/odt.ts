/**
 * OpenDocument text (.odt, as LibreOffice, WPS and other suites save it; and the flat .fodt), read from the ODF XML
 * itself with the libraries the .docx reader uses (fflate for the package, saxes through ./xml.ts), into the very
 * text the .docx reader makes of the same document, so the core sees one layout whatever the office:
 *
 * - each paragraph (`text:p`, `text:h`) a line, a line break (`text:line-break`) starting a new one; ODF's white
 *   space collapsed as an office shows it (`text:s text:c="3"` are three spaces); a tab a space, except, outside a
 *   table, the tab before a line's closing page number (a table of contents' entry), as in the .docx reader;
 * - list numbers computed (`text:list` with its list style: `一、` of a numbered heading, `（一）`), and the
 *   outline numbers of headings (`text:outline-style`), as an office displays them;
 * - footnotes' and comments' text, hidden text (a span whose style has `text:display="none"`), the deleted text
 *   kept for tracked changes (`text:tracked-changes`) left out: the text is the document with its changes accepted,
 *   as the .docx reader reads `w:ins` and leaves `w:del` out; fields show their current content;
 * - each table row a line, one field per cell joined by TABs: a cell spanning columns (`number-columns-spanned`) is
 *   one field, the cells a row span covers below it (`table:covered-table-cell` under a `number-rows-spanned` cell)
 *   are empty fields, the header rows (`table:table-header-rows`) are rows like any other, a table nested in a cell
 *   is the cell's text; the grid columns numbered as seen (columns a few twips wide are one with their neighbour),
 *   as the .docx reader numbers them; a layout table of one column holding tables is read as the document's body;
 * - text boxes (`draw:text-box`) read only in the letterhead, or when they hold a table; a paragraph that is a
 *   picture alone, after the first words, is `[图片]`.
 *
 * A package whose manifest declares encryption (`manifest:encryption-data`: a password to open) is refused as
 * encrypted; a damaged package as damaged. The limits are the .docx reader's (file size, each part's declared size).
 */
import { DOCX_LIMITS, Package, startsWith } from './docx';
import { ReadError } from './errors';
import { columnsFromWidths } from './grid';
import { formatNumber } from './numbering';
import { joinPieces, PICTURE, TextBuilder, type SourceMap } from './sourcemap';
import { child, children, parseXml, textOf, XmlError, type PruneRules, type XmlElement } from './xml';

export const ODT_LIMITS = DOCX_LIMITS;

export interface OdtResult {
  readonly text: string;
  readonly sourceMap: SourceMap;
  readonly paragraphs: number;
  readonly tables: number;
}

/** The mimetypes of OpenDocument text (a document, a template, a master document). */
const ODT_MIMETYPE = /^application\/vnd\.oasis\.opendocument\.text(?:-template|-master)?$/;

/** Bounds on repetition attributes (a spreadsheet-like `number-columns-repeated="1024"`), and on `text:s`. */
const MAX_REPEAT = 256;
const MAX_SPACES = 200;

const CONTENT_RULES: PruneRules = {
  keep: new Set([
    'office:text', 'text:p', 'text:h', 'text:span', 'text:s', 'text:tab', 'text:line-break', 'text:number',
    'text:list', 'text:list-item', 'text:list-header',
    'table:table', 'table:table-column', 'table:table-row', 'table:table-cell', 'table:covered-table-cell',
    'draw:text-box', 'draw:image',
  ]),
  through: new Set(),
  textIn: new Set(['text:p', 'text:h', 'text:span', 'text:number']),
  // Everything else is looked through (sections, links, fields, header rows, row groups, frames…), except what
  // holds text never shown in the body.
  skip: new Set([
    'office:meta', 'office:settings', 'office:scripts', 'office:font-face-decls', 'office:styles', 'office:automatic-styles',
    'office:master-styles', 'office:forms', 'office:annotation', 'office:annotation-end', 'office:event-listeners',
    'text:tracked-changes', 'text:note', 'text:ruby-text', 'text:hidden-text', 'text:hidden-paragraph',
    'text:sequence-decls', 'text:variable-decls', 'text:user-field-decls', 'text:dde-connection-decls',
    'text:table-of-content-source', 'text:illustration-index-source', 'text:table-index-source', 'text:object-index-source',
    'text:user-index-source', 'text:alphabetical-index-source', 'text:bibliography-source', 'text:index-title-template',
    'svg:title', 'svg:desc', 'draw:object', 'draw:object-ole', 'draw:contour-polygon', 'draw:contour-path', 'draw:image-map',
    'table:table-source', 'table:named-expressions', 'table:database-ranges', 'office:dde-source',
    'text:soft-page-break', 'text:change', 'text:change-start', 'text:change-end', 'text:bookmark', 'text:bookmark-start', 'text:bookmark-end',
  ]),
};

const STYLE_RULES: PruneRules = {
  keep: new Set([
    'office:document', 'office:document-content', 'office:document-styles', 'office:styles', 'office:automatic-styles',
    'style:style', 'style:text-properties', 'style:paragraph-properties', 'style:table-column-properties',
    'text:list-style', 'text:list-level-style-number', 'text:list-level-style-bullet', 'text:list-level-style-image',
    'style:list-level-properties', 'style:list-level-label-alignment', 'text:outline-style', 'text:outline-level-style',
  ]),
  through: new Set(),
  textIn: new Set(),
};

const MANIFEST_RULES: PruneRules = {
  keep: new Set(['manifest:manifest', 'manifest:file-entry', 'manifest:encryption-data']),
  through: new Set(),
  textIn: new Set(),
};

function parse(xml: string, rules: PruneRules, what: string): XmlElement {
  try {
    return parseXml(xml, rules);
  } catch (e) {
    if (e instanceof XmlError) throw new ReadError('malformed', `${what}: ${e.message}`);
    throw e;
  }
}

/** All elements named `name` at any depth under `el` (the style trees are small). */
function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

/**
 * The elements named `name` in a paragraph's own content: at any depth (spans, frames, links), but not inside a
 * text box it holds (whose paragraphs are read as paragraphs of their own, and their boxes with them).
 */
function ownDescendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    else if (c.name !== 'draw:text-box') ownDescendants(c, name, out);
  }
  return out;
}

/** An ODF number format (`style:num-format`) as the .docx reader's formats name it. */
const NUM_FORMATS: Readonly<Record<string, string>> = {
  '1': 'decimal', a: 'lowerLetter', A: 'upperLetter', i: 'lowerRoman', I: 'upperRoman', '': 'none',
  '一, 二, 三, ...': 'chineseCounting', '壹, 贰, 叁, ...': 'chineseLegalSimplified', '壹, 貳, 參, ...': 'chineseCounting',
  '①, ②, ③, ...': 'decimalEnclosedCircle', '⑴, ⑵, ⑶, ...': 'decimalEnclosedParen', '甲, 乙, 丙, ...': 'ideographTraditional',
  '１, ２, ３, ...': 'decimalFullWidth', '01, 02, 03, ...': 'decimalZero',
};

interface ListLevel {
  readonly format: string;
  readonly prefix: string;
  readonly suffix: string;
  /** LibreOffice's whole label (`%1%.%2%、`), when written. */
  readonly template: string | undefined;
  readonly displayLevels: number;
  readonly start: number;
  readonly followedBy: 'listtab' | 'space' | 'nothing';
}

type ListStyle = ReadonlyMap<number, ListLevel>;

function readLevel(el: XmlElement): ListLevel {
  const bullet = el.name !== 'text:list-level-style-number' && el.name !== 'text:outline-level-style';
  const raw = el.attrs['style:num-format'];
  const align = child(child(el, 'style:list-level-properties'), 'style:list-level-label-alignment');
  const fb = align?.attrs['text:label-followed-by'];
  const start = parseInt(el.attrs['text:start-value'] ?? '1', 10);
  const display = parseInt(el.attrs['text:display-levels'] ?? '1', 10);
  return {
    format: bullet ? 'none' : (NUM_FORMATS[raw ?? '1'] ?? 'decimal'),
    prefix: el.attrs['style:num-prefix'] ?? '',
    suffix: el.attrs['style:num-suffix'] ?? '',
    template: el.attrs['loext:num-list-format'],
    displayLevels: Number.isFinite(display) && display > 0 ? Math.min(display, 10) : 1,
    start: Number.isFinite(start) ? start : 1,
    followedBy: fb === 'space' || fb === 'nothing' ? fb : 'listtab',
  };
}

function readListStyle(el: XmlElement): ListStyle {
  const levels = new Map<number, ListLevel>();
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    const level = parseInt(c.attrs['text:level'] ?? '', 10);
    if (Number.isFinite(level) && level >= 1 && level <= 10) levels.set(level, readLevel(c));
  }
  return levels;
}

/** What the reader needs of the document's styles (content.xml's automatic styles and styles.xml). */
class Styles {
  readonly lists = new Map<string, ListStyle>();
  outline: ListStyle | undefined;
  /** Text styles that hide their text (`text:display="none"`). */
  readonly hidden = new Set<string>();
  /** Paragraph styles' list styles, and their parents. */
  private readonly paragraphs = new Map<string, { parent?: string; list?: string }>();
  /** Column widths in twips, by table-column style. */
  readonly columnWidths = new Map<string, number>();

  add(root: XmlElement): void {
    for (const ls of descendants(root, 'text:list-style')) {
      const name = ls.attrs['style:name'];
      if (name) this.lists.set(name, readListStyle(ls));
    }
    const outline = descendants(root, 'text:outline-style')[0];
    if (outline) this.outline = readListStyle(outline);
    for (const s of descendants(root, 'style:style')) {
      const name = s.attrs['style:name'];
      if (!name) continue;
      const family = s.attrs['style:family'];
      if (family === 'text' && child(s, 'style:text-properties')?.attrs['text:display'] === 'none') this.hidden.add(name);
      if (family === 'paragraph') {
        const parent = s.attrs['style:parent-style-name'];
        const list = s.attrs['style:list-style-name'];
        this.paragraphs.set(name, { ...(parent ? { parent } : {}), ...(list !== undefined ? { list } : {}) });
      }
      if (family === 'table-column') {
        const w = twips(child(s, 'style:table-column-properties')?.attrs['style:column-width']);
        if (w !== undefined) this.columnWidths.set(name, w);
      }
    }
  }

  /** The list style a paragraph's style gives it (following its parents), if any. */
  listOfParagraph(style: string | undefined): string | undefined {
    const seen = new Set<string>();
    while (style && !seen.has(style)) {
      seen.add(style);
      const s = this.paragraphs.get(style);
      if (!s) return undefined;
      if (s.list !== undefined) return s.list || undefined;
      style = s.parent;
    }
    return undefined;
  }
}

const UNIT_TWIPS: Readonly<Record<string, number>> = { in: 1440, cm: 1440 / 2.54, mm: 144 / 2.54, pt: 20, pc: 240, px: 15 };

function twips(length: string | undefined): number | undefined {
  const m = length ? /^\s*(\d{1,7}(?:\.\d{1,9})?)\s{0,3}(in|cm|mm|pt|pc|px)\s*$/.exec(length) : null;
  return m ? Math.round(Number(m[1]) * UNIT_TWIPS[m[2]!]!) : undefined;
}

/** The counters of one list (as ODF continues a list by `text:continue-numbering` or `text:continue-list`). */
interface Counters {
  values: (number | undefined)[];
}

/** A tab as read in a paragraph, before it is known whether it stands before the line's closing page number. */
const TAB_MARK = '\u0000';
/** A tab after words, followed only by a page number to the line's end: the line's last tab (the .docx reader's). */
const TAB_BEFORE_PAGE = /(?<=[^\s\u0000] {0,3})\u0000(?= {0,3}\d{1,3} {0,3}$)/;
/** ODF's white space in character data: collapsed to one space (ODF 1.2, 6.1.2). */
const ODF_SPACE = /[ \t\r\n]+/g;

function intAttr(el: XmlElement, name: string, fallback: number): number {
  const n = parseInt(el.attrs[name] ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_REPEAT) : fallback;
}

function holdsTable(box: XmlElement): boolean {
  return box.children.some((c) => typeof c !== 'string' && (c.name === 'table:table' || ((c.name === 'text:p' || c.name === 'text:h') && ownDescendants(c, 'draw:text-box').some(holdsTable))));
}

/** The cells of a layout table: one cell in every row, and a table inside at least one of them. */
function frameCells(rows: readonly XmlElement[]): XmlElement[] | undefined {
  const cells: XmlElement[] = [];
  for (const tr of rows) {
    const tcs = tr.children.filter((c): c is XmlElement => typeof c !== 'string' && (c.name === 'table:table-cell' || c.name === 'table:covered-table-cell'));
    if (tcs.length !== 1) return undefined;
    cells.push(tcs[0]!);
  }
  return cells.some((tc) => child(tc, 'table:table') !== undefined) ? cells : undefined;
}

class BodyReader {
  private readonly out = new TextBuilder();
  private paragraphs = 0;
  private tables = 0;
  private started = false;
  /** Counters by list (`xml:id`), the last list of each style, the last list, and the outline's. */
  private readonly listsById = new Map<string, Counters>();
  private readonly lastOfStyle = new Map<string, Counters>();
  private lastList: Counters | undefined;
  private readonly outline: Counters = { values: [] };

  constructor(private readonly styles: Styles) {}

  /** The number text of a list item's paragraph at `level` (1-based), with its separator; '' if none. */
  private number(style: ListStyle | undefined, counters: Counters, level: number, startValue: number | undefined): string {
    const lv = style?.get(level);
    const values = counters.values;
    for (let l = 1; l < level; l++) values[l] ??= style?.get(l)?.start ?? 1;
    values[level] = startValue ?? (values[level] === undefined ? (lv?.start ?? 1) : values[level]! + 1);
    values.length = level + 1;
    if (!lv || lv.format === 'none') return '';
    const fmt = (l: number) => formatNumber(values[l] ?? style?.get(l)?.start ?? 1, style?.get(l)?.format ?? 'decimal');
    let text: string;
    if (lv.template !== undefined && /%\d{1,2}%/.test(lv.template)) {
      text = lv.template.replace(/%(\d{1,2})%/g, (_m, d: string) => (Number(d) >= 1 && Number(d) <= level ? fmt(Number(d)) : ''));
    } else {
      const shown: string[] = [];
      for (let l = Math.max(1, level - lv.displayLevels + 1); l <= level; l++) shown.push(fmt(l));
      text = lv.prefix + shown.join('.') + lv.suffix;
    }
    if (!text) return '';
    const sep = lv.followedBy === 'nothing' ? '' : /[、．.)）:：]$/.test(text) ? '' : ' ';
    return text + sep;
  }

  /**
   * A paragraph's text as lines (split at line breaks). `numberText` is its list number, computed by its list; a
   * `text:number` the office wrote (the number as displayed when the file was saved) is not read twice.
   */
  private paragraphLines(p: XmlElement, numberText: string, inCell = false): string[] {
    // Without a number from its list or outline (a generator that writes the label but no list style), the label
    // written, if it is a number (a bullet is no text, as the .docx reader reads none).
    const written = numberText === '' ? child(p, 'text:number') : undefined;
    const label = written ? textOf(written).replace(ODF_SPACE, ' ').trim() : '';
    const lines: string[] = [numberText || (/[\p{L}\p{N}]/u.test(label) ? label : '')];
    // Collapse white space across spans: at the line's start, and after a space already written, none is added.
    let afterSpace = true;
    const add = (s: string) => {
      lines[lines.length - 1] += s;
    };
    const visit = (el: XmlElement) => {
      for (const c of el.children) {
        if (typeof c === 'string') {
          let s = c.replace(ODF_SPACE, ' ');
          if (afterSpace && s.startsWith(' ')) s = s.slice(1);
          if (s) {
            add(s);
            afterSpace = s.endsWith(' ');
          }
          continue;
        }
        switch (c.name) {
          case 'text:span':
            if (!this.styles.hidden.has(c.attrs['text:style-name'] ?? '')) visit(c);
            break;
          case 'text:s': {
            const n = parseInt(c.attrs['text:c'] ?? '1', 10);
            add(' '.repeat(Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPACES) : 1));
            afterSpace = false;
            break;
          }
          case 'text:tab':
            add(inCell ? ' ' : TAB_MARK);
            afterSpace = false;
            break;
          case 'text:line-break':
            lines.push('');
            afterSpace = true;
            break;
          case 'text:number':
          case 'draw:text-box':
          case 'draw:image':
          case 'table:table':
            break;
          default:
            visit(c);
        }
      }
    };
    visit(p);
    return lines.map((l) => {
      const line = l.replace(/[\t\r\n]/g, ' ');
      return line.includes(TAB_MARK) ? line.replace(TAB_BEFORE_PAGE, '\t').replaceAll(TAB_MARK, ' ') : line;
    });
  }

  /** A heading's outline number (`text:h` outside a list, numbered by the outline style). */
  private headingNumber(h: XmlElement): string {
    if (h.attrs['text:is-list-header'] === 'true') return '';
    const level = parseInt(h.attrs['text:outline-level'] ?? '', 10);
    if (!Number.isFinite(level) || level < 1 || level > 10 || !this.styles.outline) return '';
    const restart = h.attrs['text:restart-numbering'] === 'true' ? parseInt(h.attrs['text:start-value'] ?? '', 10) : NaN;
    return this.number(this.styles.outline, this.outline, level, Number.isFinite(restart) ? restart : undefined);
  }

  private cellText(tc: XmlElement): string {
    const pieces: string[] = [];
    const visit = (el: XmlElement) => {
      for (const c of el.children) {
        if (typeof c === 'string') continue;
        if (c.name === 'text:p' || c.name === 'text:h') {
          const num = c.name === 'text:h' ? this.headingNumber(c) : '';
          for (const l of this.paragraphLines(c, num, true)) if (l.trim()) pieces.push(l.trim());
        } else if (c.name === 'text:list') {
          this.list(c, (p, num) => {
            for (const l of this.paragraphLines(p, num, true)) if (l.trim()) pieces.push(l.trim());
          }, (t) => visit(t));
        } else if (c.name === 'table:table' || c.name === 'table:table-row' || c.name === 'table:table-cell') {
          visit(c);
        }
      }
    };
    visit(tc);
    return joinPieces(pieces);
  }

  /** The grid column a person sees for each of the table's columns (0-based), as the .docx reader numbers them. */
  private seenColumns(tbl: XmlElement): (col: number) => number {
    const widths: number[] = [];
    let known = true;
    for (const c of children(tbl, 'table:table-column')) {
      const w = this.styles.columnWidths.get(c.attrs['table:style-name'] ?? '');
      if (w === undefined) known = false;
      for (let i = intAttr(c, 'table:number-columns-repeated', 1); i > 0 && widths.length < 4 * MAX_REPEAT; i--) widths.push(w ?? 0);
    }
    return columnsFromWidths(known ? widths : undefined);
  }

  private tableRows(tbl: XmlElement): XmlElement[] {
    const rows: XmlElement[] = [];
    for (const tr of children(tbl, 'table:table-row')) {
      for (let i = intAttr(tr, 'table:number-rows-repeated', 1); i > 0; i--) rows.push(tr);
    }
    return rows;
  }

  private table(tbl: XmlElement, rows: readonly XmlElement[]): void {
    const table = ++this.tables;
    const seen = this.seenColumns(tbl);
    // Per grid column: the column where the cell spanning rows down over it starts, and the rows it spans from here.
    const spanned: ({ origin: number; rows: number } | undefined)[] = [];
    let rowNumber = 0;
    for (const tr of rows) {
      rowNumber++;
      let gridCol = 0;
      let column = 1;
      // The covered cells that stand, in the XML, for the columns the last cell spans beside it (no fields).
      let besideSpan = 0;
      const fields: { text: string; column: number }[] = [];
      const cells = tr.children.filter((c): c is XmlElement => typeof c !== 'string' && (c.name === 'table:table-cell' || c.name === 'table:covered-table-cell'));
      for (const tc of cells) {
        for (let rep = intAttr(tc, 'table:number-columns-repeated', 1); rep > 0 && fields.length < 4 * MAX_REPEAT; rep--) {
          if (tc.name === 'table:covered-table-cell') {
            if (besideSpan > 0) {
              besideSpan--;
              continue;
            }
            // Covered from above: the first column of the covering cell is an empty field (a vertical merge's
            // continuation, as the .docx reader reads w:vMerge), its other columns none.
            const above = spanned[gridCol];
            if (above === undefined || above.origin === gridCol) {
              column = Math.max(column, seen(gridCol));
              fields.push({ text: '', column });
              column++;
            }
            gridCol++;
            continue;
          }
          const span = intAttr(tc, 'table:number-columns-spanned', 1);
          const down = intAttr(tc, 'table:number-rows-spanned', 1);
          const text = this.cellText(tc);
          column = Math.max(column, seen(gridCol));
          fields.push({ text, column });
          column++;
          for (let c = gridCol; c < gridCol + span; c++) spanned[c] = down > 1 ? { origin: gridCol, rows: down } : undefined;
          gridCol += span;
          besideSpan = span - 1;
        }
      }
      // Each row a span covers counts down; the cells of this row started their own count above.
      for (let c = 0; c < spanned.length; c++) {
        const s = spanned[c];
        if (s) spanned[c] = s.rows > 1 ? { origin: s.origin, rows: s.rows - 1 } : undefined;
      }
      this.out.tableRow(fields, Math.max(column, seen(gridCol)), table, rowNumber);
    }
    this.out.endTable();
  }

  /** A paragraph of the body (outside tables), numbered `numberText`: its text boxes, then its lines. */
  private paragraph(p: XmlElement, numberText: string): void {
    for (const box of ownDescendants(p, 'draw:text-box')) if (!this.started || holdsTable(box)) this.body(box);
    const paragraph = ++this.paragraphs;
    const lines = this.paragraphLines(p, numberText);
    if (this.started && lines.every((l) => l.trim() === '') && ownDescendants(p, 'draw:image').length > 0) {
      this.out.line(PICTURE, { kind: 'paragraph', paragraph });
      return;
    }
    for (const l of lines) {
      this.out.line(l, { kind: 'paragraph', paragraph });
      if (l.trim() !== '') this.started = true;
    }
  }

  /**
   * A list's paragraphs in order, each with its number: `onParagraph` for each paragraph or heading of an item,
   * `onTable` for a table in an item. Counters continue another list's by `text:continue-list` (its `xml:id`) or
   * `text:continue-numbering` (the last list of the same style), else start anew.
   */
  private list(el: XmlElement, onParagraph: (p: XmlElement, num: string) => void, onTable: (t: XmlElement) => void): void {
    const styleName = el.attrs['text:style-name'] ?? '';
    const continued = el.attrs['text:continue-list'];
    let counters: Counters | undefined;
    if (continued !== undefined) counters = this.listsById.get(continued);
    else if (el.attrs['text:continue-numbering'] === 'true') counters = this.lastOfStyle.get(styleName) ?? this.lastList;
    counters ??= { values: [] };
    const id = el.attrs['xml:id'];
    if (id) this.listsById.set(id, counters);
    this.lastOfStyle.set(styleName, counters);
    this.lastList = counters;
    const ctx = counters;
    const walk = (list: XmlElement, level: number, style: string) => {
      for (const item of list.children) {
        if (typeof item === 'string' || (item.name !== 'text:list-item' && item.name !== 'text:list-header')) continue;
        let first = true;
        for (const c of item.children) {
          if (typeof c === 'string') continue;
          if (c.name === 'text:p' || c.name === 'text:h') {
            // The item's first paragraph carries its number; the others are continuations, unnumbered.
            let num = '';
            if (first && item.name === 'text:list-item') {
              const own = this.styles.listOfParagraph(c.attrs['text:style-name']);
              const ls = this.styles.lists.get(own ?? style);
              const start = parseInt(item.attrs['text:start-value'] ?? '', 10);
              num = this.number(ls, ctx, level, Number.isFinite(start) ? start : undefined);
            }
            first = false;
            onParagraph(c, num);
          } else if (c.name === 'text:list') {
            first = false;
            walk(c, level + 1, style);
          } else if (c.name === 'table:table') {
            onTable(c);
          }
        }
      }
    };
    walk(el, 1, styleName);
  }

  body(el: XmlElement): void {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'text:p') this.paragraph(c, '');
      else if (c.name === 'text:h') this.paragraph(c, this.headingNumber(c));
      else if (c.name === 'text:list') {
        this.list(c, (p, num) => this.paragraph(p, num), (t) => this.tableOrFrame(t));
      } else if (c.name === 'table:table') this.tableOrFrame(c);
      else if (c.name === 'draw:text-box') {
        // A frame anchored to the page (in the body, not a paragraph): a text box read as in a paragraph.
        if (!this.started || holdsTable(c)) this.body(c);
      }
    }
  }

  private tableOrFrame(tbl: XmlElement): void {
    this.started = true;
    const rows = this.tableRows(tbl);
    const frame = frameCells(rows);
    if (frame) for (const tc of frame) this.body(tc);
    else this.table(tbl, rows);
  }

  finish(): OdtResult {
    const { text, sourceMap } = this.out.finishJoined();
    return { text, sourceMap, paragraphs: this.paragraphs, tables: this.tables };
  }
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** A flat OpenDocument text (.fodt): an XML file whose root is `office:document` of a text mimetype. */
export function isFlatOdt(bytes: Uint8Array): boolean {
  // Asked of every text file read: the root's name is looked for in the bytes first, without a copy or a string.
  const window = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096));
  if (window.indexOf('<office:document') === -1) return false;
  const head = window.toString('latin1');
  return /<office:document[\s>]/.test(head) && /office:mimetype\s{0,3}=\s{0,3}["']application\/vnd\.oasis\.opendocument\.text["']/.test(head);
}

/** An OpenDocument package naming itself text in its first entry, `mimetype`, stored uncompressed (ODF 1.2, 3.3). */
export function isOdtPackage(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || bytes.length < 80) return false;
  const head = Buffer.from(bytes.subarray(30, 30 + 8 + 50)).toString('latin1');
  return /^mimetypeapplication\/vnd\.oasis\.opendocument\.text(?!\w)/.test(head);
}

function readBody(content: XmlElement, styles: Styles): OdtResult {
  // The root and office:body are looked through: office:text hangs on the tree's root.
  const body = child(content, 'office:text') ?? descendants(content, 'office:text')[0];
  if (!body) throw new ReadError('odt-no-text', 'no office:text');
  const reader = new BodyReader(styles);
  reader.body(body);
  return reader.finish();
}

/** Reads a flat OpenDocument text (.fodt). */
export function readFodt(bytes: Uint8Array): OdtResult {
  if (bytes.length > ODT_LIMITS.fileBytes) throw new ReadError('too-large', `${bytes.length} bytes`);
  const xml = decode(bytes);
  const styles = new Styles();
  styles.add(parse(xml, STYLE_RULES, 'fodt'));
  return readBody(parse(xml, CONTENT_RULES, 'fodt'), styles);
}

/** Reads an .odt file's bytes; throws ReadError. */
export function readOdt(bytes: Uint8Array): OdtResult {
  if (bytes.length > ODT_LIMITS.fileBytes) throw new ReadError('too-large', `${bytes.length} bytes`);
  if (!startsWith(bytes, [0x50, 0x4b])) {
    if (isFlatOdt(bytes)) return readFodt(bytes);
    throw new ReadError('odt-not-zip');
  }
  const pkg = new Package(bytes, 'odt-not-zip');
  const mimetype = pkg.has('mimetype') && (pkg.entries.get('mimetype')?.originalSize ?? Infinity) < 200 ? decode(pkg.read('mimetype')!).trim() : '';
  if (mimetype && !ODT_MIMETYPE.test(mimetype)) throw new ReadError('odt-no-text', mimetype);
  const manifestBytes = pkg.read('META-INF/manifest.xml');
  if (manifestBytes) {
    const manifest = parse(decode(manifestBytes), MANIFEST_RULES, 'META-INF/manifest.xml');
    if (descendants(manifest, 'manifest:encryption-data').length > 0) throw new ReadError('encrypted');
  }
  const contentBytes = pkg.read('content.xml');
  if (!contentBytes) throw new ReadError('odt-no-text', 'no content.xml');
  const styles = new Styles();
  const stylesBytes = pkg.read('styles.xml');
  if (stylesBytes) styles.add(parse(decode(stylesBytes), STYLE_RULES, 'styles.xml'));
  const contentXml = decode(contentBytes);
  styles.add(parse(contentXml, STYLE_RULES, 'content.xml'));
  return readBody(parse(contentXml, CONTENT_RULES, 'content.xml'), styles);
}
