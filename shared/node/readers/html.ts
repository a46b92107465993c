/**
 * Reports published as web pages. The bytes are decoded by the HTML rules (BOM, then
 * `<meta charset>` / `http-equiv` found by encoding-sniffer's WHATWG prescan; with no declaration,
 * UTF-8 when the bytes are valid UTF-8, else GB18030, the superset of the GB2312/GBK pages Chinese
 * sites still serve), parsed by parse5 as a browser would, and laid out as the text the core reads:
 *
 * - block elements, `<br>` and `<p>` end lines; whitespace collapses as it renders (a source line
 *   break between Chinese characters to nothing); scripts, styles, navigation, forms, hidden
 *   elements and ruby annotations (a reading aid's pinyin over each character) are left out;
 * - a `<table>` of data becomes one line per `<tr>`, cells joined by TABs; a cell covered by a
 *   `rowspan` from above is an empty field, a `colspan` cell one field (as the .docx reader does);
 *   a table used for page layout (it holds other tables or long text) is read as ordinary blocks;
 *   Word's zero-height spacer row is no row; a national table split into several page tables is
 *   numbered on as one;
 * - when the page holds site chrome around the report, the report is the smallest element that
 *   holds its part headings, with the page's title line put back in front when it stood outside (only
 *   its body, when the article's own title names the year alone).
 */
import type { DefaultTreeAdapterTypes } from 'parse5';
import { lazy, libraries } from '../lazy';
import { bodyNameOf, bodyOf, parseReport } from '../../src';
import { ReadError } from './errors';
import { chineseCounting, formatNumber } from './numbering';
import { joinSplitTables, PICTURE, TextBuilder, type LineOrigin, type SourceMap } from './sourcemap';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const sniffer = lazy(() => libraries().sniffer());
const iconv = lazy(() => libraries().iconv());
const parse5 = lazy(() => libraries().parse5());

export const HTML_LIMITS = { fileBytes: 32 * 1024 * 1024 };

export interface HtmlResult {
  readonly text: string;
  readonly sourceMap: SourceMap;
  /** The encoding the page was decoded with (a WHATWG name: `UTF-8`, `GBK`, `gb18030`). */
  readonly encoding: string;
}

/** Elements whose content is not the page's text; `rt` and `rp` are ruby annotations (the pinyin a reading aid writes over each character). */
const SKIP = new Set([
  'rt', 'rp', 'head', 'script', 'style', 'noscript', 'template', 'nav', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'select', 'button', 'input', 'textarea', 'form', 'map', 'audio', 'video', 'img', 'link', 'meta',
]);

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'caption', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th',
]);

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function isHidden(el: Element): boolean {
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return style !== undefined && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function isElement(n: Node | ParentNode): n is Element {
  return 'tagName' in n;
}

function span(el: Element, name: string): number {
  const n = parseInt(attr(el, name) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

// ---------------------------------------------------------------------------------------------
// Decoding

function decodeAs(bytes: Buffer, encoding: string): string | undefined {
  const name = /^(?:gbk|gb2312|gb_2312.*|x-gbk|gb18030)$/i.test(encoding) ? 'gb18030' : encoding;
  if (/^utf-?8$/i.test(name)) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  }
  if (!iconv().encodingExists(name)) return undefined;
  return iconv().decode(bytes, name);
}

export function decodeHtml(bytes: Buffer): { html: string; encoding: string } {
  // The sniffer's answer when the page declares nothing is the default we pass: two different
  // defaults tell a declaration from none.
  const a = sniffer().getEncoding(bytes, { maxBytes: 16384, defaultEncoding: 'UTF-8' });
  const b = sniffer().getEncoding(bytes, { maxBytes: 16384, defaultEncoding: 'GB18030' });
  if (a === b) {
    const html = decodeAs(bytes, a);
    if (html !== undefined) return { html: html.replace(/^\ufeff/, ''), encoding: a };
    // Declared UTF-8 but not UTF-8: the page is really GBK (a common misconfiguration).
    const gb = iconv().decode(bytes, 'gb18030');
    if (!gb.includes('\ufffd')) return { html: gb, encoding: 'gb18030' };
    return { html: new TextDecoder('utf-8').decode(bytes), encoding: a };
  }
  const utf8 = decodeAs(bytes, 'UTF-8');
  if (utf8 !== undefined) return { html: utf8.replace(/^\ufeff/, ''), encoding: 'UTF-8' };
  const gb = iconv().decode(bytes, 'gb18030');
  if (gb.includes('\ufffd')) throw new ReadError('undecodable');
  return { html: gb, encoding: 'gb18030' };
}

// ---------------------------------------------------------------------------------------------
// Layout

/** East Asian Wide, Fullwidth or Halfwidth, not Hangul (CSS Text 3 §4.1.3): CJK ideographs, kana, CJK and fullwidth punctuation. */
function wide(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) || (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) || (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Punctuation of East Asian Width A that Chinese text uses beside wide characters: ‘’“”…—·. */
const AMBIGUOUS_PUNCTUATION = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x2014, 0x00b7]);

function codePointBefore(s: string, at: number): number | undefined {
  if (at <= 0) return undefined;
  const low = s.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = s.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.codePointAt(at - 2);
  }
  return low;
}

/**
 * Collapses white space as it renders: a run becomes one space, except that a run holding a line
 * break between two Chinese characters renders as nothing (CSS Text 3 segment break
 * transformation). Word's "Save as Web Page" and CMS editors wrap their source lines inside Chinese
 * text, which must not put a space inside a word or a table label.
 */
function collapseSpace(s: string): string {
  return s.replace(/[ \t\n\r\f]+/g, (run: string, at: number) => {
    if (!/[\n\r]/.test(run)) return ' ';
    const before = codePointBefore(s, at);
    const after = s.codePointAt(at + run.length);
    if (before === undefined || after === undefined) return ' ';
    const w1 = wide(before);
    const w2 = wide(after);
    return (w1 && w2) || (w1 && AMBIGUOUS_PUNCTUATION.has(after)) || (w2 && AMBIGUOUS_PUNCTUATION.has(before)) ? '' : ' ';
  });
}

/** The text of an element as it renders inline (for table cells and the title). */
function inlineText(node: Node | ParentNode): string {
  let s = '';
  const walk = (n: Node | ParentNode) => {
    if (n.nodeName === '#text') {
      s += (n as DefaultTreeAdapterTypes.TextNode).value;
      return;
    }
    if (!isElement(n)) return;
    const tag = n.tagName;
    if (SKIP.has(tag) || isHidden(n)) return;
    // A line break (`<br>`, a block's edge) joins as a wrapped source line does: directly where Chinese meets
    // Chinese (a label broken in two in its cell), else with a space; as the .docx reader joins a cell's lines.
    if (tag === 'br' || (BLOCK.has(tag) && tag !== 'td' && tag !== 'th')) s += '\n';
    for (const c of n.childNodes) walk(c);
    if (BLOCK.has(tag)) s += '\n';
  };
  walk(node);
  return collapseSpace(s).trim();
}

function hasDescendant(el: Element, tag: string): boolean {
  for (const c of el.childNodes) {
    if (isElement(c) && (c.tagName === tag || hasDescendant(c, tag))) return true;
  }
  return false;
}

/** The rows of a table (not of tables nested in it), in order. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.childNodes) {
    if (!isElement(c)) continue;
    if (c.tagName === 'tr') rows.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') for (const r of c.childNodes) if (isElement(r) && r.tagName === 'tr') rows.push(r);
  }
  return rows;
}

function cellsOf(tr: Element): Element[] {
  return tr.childNodes.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th') && !isHidden(c));
}

/**
 * Word's "Save as Web Page" ends each table with a row of zero height and empty cells (inside
 * `<![if !supportMisalignedColumns]>`) that fixes the column widths; nothing of it shows, so it is
 * not a row of the table.
 */
function isSpacerRow(tr: Element): boolean {
  const height = attr(tr, 'height') ?? /(?:^|;)\s*height\s*:\s*([0-9.]+)/i.exec(attr(tr, 'style') ?? '')?.[1];
  return height !== undefined && parseFloat(height) === 0 && cellsOf(tr).every((td) => inlineText(td) === '');
}

/** A data table; a layout table holds other tables or long runs of text. */
function isDataTable(table: Element): boolean {
  if (hasDescendant(table, 'table')) return false;
  for (const tr of rowsOf(table)) for (const td of cellsOf(tr)) if (inlineText(td).length > 200) return false;
  return rowsOf(table).length > 0;
}

/** An ordered list's numbering: its `type` attribute or CSS `list-style-type`. */
function listStyle(el: Element): string | undefined {
  const css = /list-style(?:-type)?\s*:\s*([a-z-]+)/i.exec(attr(el, 'style') ?? '')?.[1]?.toLowerCase();
  if (css) return css;
  const type = attr(el, 'type');
  return type === 'a' ? 'lower-alpha' : type === 'A' ? 'upper-alpha' : type === 'i' ? 'lower-roman' : type === 'I' ? 'upper-roman' : type === '1' ? 'decimal' : undefined;
}

/** The marker a browser draws for item `n` in this style (CSS Counter Styles). */
function listMarker(n: number, style: string | undefined): string {
  switch (style) {
    case 'none':
      return '';
    case 'cjk-ideographic':
    case 'simp-chinese-informal':
    case 'simp-chinese-formal':
    case 'trad-chinese-informal':
    case 'cjk-decimal':
      return `${style === 'cjk-decimal' ? String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]!) : chineseCounting(n)}、`;
    case 'lower-alpha':
    case 'lower-latin':
      return `${formatNumber(n, 'lowerLetter')}. `;
    case 'upper-alpha':
    case 'upper-latin':
      return `${formatNumber(n, 'upperLetter')}. `;
    case 'lower-roman':
      return `${formatNumber(n, 'lowerRoman')}. `;
    case 'upper-roman':
      return `${formatNumber(n, 'upperRoman')}. `;
    default:
      return `${n}. `;
  }
}

class Layout {
  readonly out = new TextBuilder();
  /** The element each produced line came from (a block, or a table row). */
  readonly elements: (Element | undefined)[] = [];
  private current = '';
  private currentBlock: Element | undefined;
  private blocks = 0;
  private tables = 0;
  private blockNumber = 0;
  /** A list item's number, put before the item's first line of text. */
  private marker = '';
  /** Open lists: an ordered list's next number and style; undefined for a bulleted one. */
  private readonly lists: ({ next: number; style: string | undefined } | undefined)[] = [];
  /** An <img> was met since the last line was written. */
  private pictured = false;
  /** A line with words was written: the letterhead is over. */
  private started = false;

  private flush(force = false, raw = false): void {
    let text = raw ? this.current : collapseSpace(this.current).replace(/^ | $/g, '');
    // An image alone on its line, after the report's first words (not a letterhead banner): `[图片]`.
    if (!text && this.pictured && this.started) text = PICTURE;
    this.pictured = false;
    if (text) this.started = true;
    if (text && this.marker) {
      text = this.marker + text.replace(/^[\s\u00a0\u3000]+/, '');
      this.marker = '';
    }
    if (text || force) {
      const origin: LineOrigin = { kind: 'paragraph', paragraph: this.blockNumber || ++this.blocks };
      this.out.line(text, origin);
      this.elements.push(this.currentBlock);
    }
    this.current = '';
  }

  private startBlock(el: Element): void {
    this.flush();
    this.blockNumber = ++this.blocks;
    this.currentBlock = el;
  }

  private table(table: Element): void {
    this.flush();
    const t = ++this.tables;
    // Cells of rows above that reach into this row (rowspan): where they start, how wide, how many rows more.
    let pending: { column: number; width: number; rows: number }[] = [];
    let rowNumber = 0;
    for (const tr of rowsOf(table)) {
      if (isSpacerRow(tr)) continue;
      rowNumber++;
      const fields: { text: string; column: number }[] = [];
      let column = 1;
      const here = pending.slice().sort((a, b) => a.column - b.column);
      const next: typeof pending = [];
      // One empty field per covered cell, however many columns it spans.
      const takeCovered = (all: boolean) => {
        while (here.length > 0 && (all || here[0]!.column <= column)) {
          const p = here.shift()!;
          if (p.column < column) continue; // overlapping spans in a malformed table
          column = p.column;
          fields.push({ text: '', column });
          column += p.width;
          if (p.rows > 1) next.push({ ...p, rows: p.rows - 1 });
        }
      };
      for (const td of cellsOf(tr)) {
        takeCovered(false);
        const colspan = span(td, 'colspan');
        const rowspan = span(td, 'rowspan');
        fields.push({ text: inlineText(td).replace(/\t/g, ' '), column });
        if (rowspan > 1) next.push({ column, width: colspan, rows: rowspan - 1 });
        column += colspan;
      }
      takeCovered(true);
      pending = next;
      if (fields.length === 1) fields.push({ text: '', column });
      if (fields.length === 2 && fields.every((f) => f.text === '')) fields.push({ text: '', column });
      if (fields.length === 0) continue;
      this.out.row(fields, t, rowNumber);
      this.elements.push(tr);
    }
    this.out.line('', undefined);
    this.elements.push(undefined);
    this.blockNumber = 0;
  }

  walk(node: Node | ParentNode): void {
    if (node.nodeName === '#text') {
      this.current += (node as DefaultTreeAdapterTypes.TextNode).value;
      return;
    }
    if (!isElement(node)) {
      if ('childNodes' in node) for (const c of node.childNodes) this.walk(c);
      return;
    }
    const tag = node.tagName;
    if (tag === 'img' && !isHidden(node)) this.pictured = true;
    if (SKIP.has(tag) || isHidden(node)) return;
    if (tag === 'br') {
      this.flush(true);
      return;
    }
    if (tag === 'table' && isDataTable(node)) {
      this.table(node);
      return;
    }
    if (tag === 'pre') {
      this.startBlock(node);
      for (const line of inlinePre(node).split(/\r\n|\n|\r/)) {
        this.current = line.replace(/\t/g, ' ');
        this.flush(true, true);
      }
      this.blockNumber = 0;
      return;
    }
    if (tag === 'ol' || tag === 'ul') {
      const start = parseInt(attr(node, 'start') ?? '1', 10);
      this.lists.push(tag === 'ol' ? { next: Number.isFinite(start) ? start : 1, style: listStyle(node) } : undefined);
    }
    const block = BLOCK.has(tag);
    if (block) this.startBlock(node);
    if (tag === 'li') {
      // The number a browser shows before an ordered list's item (Word and LibreOffice pages put
      // automatically numbered headings in <ol>).
      const list = this.lists[this.lists.length - 1];
      if (list) {
        const value = parseInt(attr(node, 'value') ?? '', 10);
        const n = Number.isFinite(value) ? value : list.next;
        list.next = n + 1;
        this.marker = listMarker(n, listStyle(node) ?? list.style);
      }
    }
    for (const c of node.childNodes) this.walk(c);
    if (block) {
      this.flush();
      this.blockNumber = 0;
    }
    if (tag === 'ol' || tag === 'ul') this.lists.pop();
  }

  finish(): { text: string; sourceMap: SourceMap; elements: (Element | undefined)[] } {
    this.flush();
    return { ...this.out.finish(), elements: this.elements };
  }
}

function inlinePre(el: Element): string {
  let s = '';
  const walk = (n: Node | ParentNode) => {
    if (n.nodeName === '#text') s += (n as DefaultTreeAdapterTypes.TextNode).value;
    else if (isElement(n) && n.tagName === 'br') s += '\n';
    else if ('childNodes' in n) for (const c of n.childNodes) walk(c);
  };
  walk(el);
  return s;
}

function layout(root: Element): { text: string; sourceMap: SourceMap; elements: (Element | undefined)[] } {
  const l = new Layout();
  l.walk(root);
  return l.finish();
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  let n: ParentNode | null = el;
  while (n && isElement(n)) {
    out.unshift(n);
    n = n.parentNode;
  }
  return out;
}

function commonAncestor(els: readonly Element[]): Element | undefined {
  if (els.length === 0) return undefined;
  let path = ancestors(els[0]!);
  for (const e of els.slice(1)) {
    const other = ancestors(e);
    let i = 0;
    while (i < path.length && i < other.length && path[i] === other[i]) i++;
    path = path.slice(0, i);
  }
  return path[path.length - 1];
}

const TITLE = /政府信息公开.{0,12}(?:年度报告|年报)|年度.{0,6}政府信息公开.{0,6}报告/;

/** A line that can be the report's title standing above the article: a year and the report's words, not a breadcrumb. */
function titleCandidate(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 80 && /(?:19|20)\d{2}\s*年/.test(t) && /政府信息公开|信息公开|年度报告|年报/.test(t) && !/[>＞»]|当前位置|您的位置/.test(t);
}

function findBody(doc: DefaultTreeAdapterTypes.Document): Element | undefined {
  const html = doc.childNodes.find((c): c is Element => isElement(c) && c.tagName === 'html');
  return html?.childNodes.find((c): c is Element => isElement(c) && c.tagName === 'body');
}

function pageTitle(doc: DefaultTreeAdapterTypes.Document): string | undefined {
  const html = doc.childNodes.find((c): c is Element => isElement(c) && c.tagName === 'html');
  const head = html?.childNodes.find((c): c is Element => isElement(c) && c.tagName === 'head');
  const title = head?.childNodes.find((c): c is Element => isElement(c) && c.tagName === 'title');
  return title ? inlineText(title) : undefined;
}

/** Reads an HTML page's bytes; throws ReadError. */
export function readHtml(bytes: Buffer): HtmlResult {
  if (bytes.length > HTML_LIMITS.fileBytes) throw new ReadError('too-large', `${bytes.length} bytes`);
  const { html, encoding } = decodeHtml(bytes);
  const doc = parse5().parse(html);
  const body = findBody(doc);
  if (!body) return { text: '', sourceMap: { lines: [] }, encoding };
  const whole = layout(body);
  // Narrow to the report when the page has chrome around it: the smallest element holding the
  // part headings the core finds (at least three of them).
  const model = parseReport(whole.text);
  const headingElements = model.parts.map((p) => whole.elements[p.headingRange.start.line]).filter((e): e is Element => e !== undefined);
  const root = headingElements.length >= 3 ? commonAncestor(headingElements) : undefined;
  if (!root || root === body) return { text: whole.text, sourceMap: joinSplitTables(whole.sourceMap, model.tables), encoding };
  const inner = layout(root);
  const innerModel = parseReport(inner.text);
  const innerMap = joinSplitTables(inner.sourceMap, innerModel.tables);
  // The article's own title, unless it names no body (2023年政府信息公开工作年度报告 under an <h1> naming it in full).
  const ownTitle = innerModel.title && TITLE.test(innerModel.title.text);
  const bodiless = ownTitle && bodyOf(innerModel.title!.text) === '';
  if (ownTitle && !bodiless) return { text: inner.text, sourceMap: innerMap, encoding };
  // The title stood outside the report's element (an <h1> above the article): put it back in front.
  const rootStart = whole.elements.findIndex((e) => e !== undefined && ancestors(e).includes(root));
  const lines = whole.text.split('\n');
  let title: { text: string; origin: LineOrigin | undefined } | undefined;
  for (let i = rootStart - 1; i >= 0; i--) {
    const t = lines[i]!.trim();
    if (titleCandidate(t)) {
      title = { text: t, origin: whole.sourceMap.lines[i] };
      break;
    }
  }
  if (!title) {
    const t = pageTitle(doc);
    const first = t?.split(/[-_|｜—]/)[0]!.trim();
    if (first && titleCandidate(first)) title = { text: first, origin: undefined };
  }
  // Above a title naming no body, only a title naming one is worth putting in front.
  if (!title || (bodiless && bodyOf(title.text) === '')) return { text: inner.text, sourceMap: innerMap, encoding };
  // The body alone goes in front of the article's title, as a title of two lines (永州市人民政府办公室 / 2023年…报告):
  // the whole title again would stand as a repeated one.
  if (bodiless) return { text: `${bodyNameOf(title.text)}\n${inner.text}`, sourceMap: { lines: [title.origin, ...innerMap.lines] }, encoding };
  return {
    text: `${title.text}\n\n${inner.text}`,
    sourceMap: { lines: [title.origin, undefined, ...innerMap.lines] },
    encoding,
  };
}
