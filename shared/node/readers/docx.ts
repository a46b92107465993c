/**
 * Word (.docx) reports, read from the OOXML itself: the package is unzipped with fflate, the main
 * document part (found through the package relationships) is parsed with saxes into a pruned tree,
 * and its body becomes the text the core reads —
 *
 * - imported chunks (`w:altChunk`: a web page, text or a Word document, as documents generated from web pages
 *   hold their body) read in their place by the reader of their kind;
 * - each paragraph a line (a manual line break starts a new line), with Word's automatic list
 *   numbers computed (`一、` of a numbered heading style), field codes, deleted revisions and hidden
 *   text left out, as Word's own text export does; text boxes left out too, except in the letterhead (a
 *   title laid out in text boxes above the report's first words is read, once, before its paragraph) and
 *   those holding a table (read, once, before their paragraph);
 * - each table row a line, one field per cell joined by TABs; the cells a vertical merge continues
 *   (`w:vMerge`) are empty fields, so group labels (`三、本年度办理结果`) stand only in their first row,
 *   as in the row-per-line layout of seed 000; a cell spanning columns (`w:gridSpan`) is one field,
 *   so a row label is directly followed by its values; a cell's paragraphs are joined by a space, or
 *   directly where Chinese meets Chinese (a label wrapped into two paragraphs).
 *
 * The source map records each line's paragraph, or table, row and each cell's grid column; a national table
 * the core reads across several Word tables (split by a page break or a paragraph) has its rows numbered as one
 * table's (`TextBuilder.finishJoined`).
 */
import type { UnzipFileInfo } from 'fflate';
import { lazy, libraries } from '../lazy';
import { ReadError, type ReadFailureReason } from './errors';
import { columnsFromWidths } from './grid';
import { Numbering, StyleNumbering, type ParagraphNumbering } from './numbering';
import { readHtml } from './html';
import { joinPieces, PICTURE, TextBuilder, type LineOrigin, type SourceMap } from './sourcemap';
import { child, children, parseXml, textOf, XmlError, type PruneRules, type XmlElement } from './xml';

/** Limits: a real report's document.xml is well under 2 MB. */
const fflate = lazy(() => libraries().fflate());

export const DOCX_LIMITS = {
  /** The .docx file itself. */
  fileBytes: 64 * 1024 * 1024,
  /** The declared uncompressed size of the main document part (and each other part read). */
  partBytes: 64 * 1024 * 1024,
};

export interface DocxResult {
  readonly text: string;
  readonly sourceMap: SourceMap;
  readonly paragraphs: number;
  readonly tables: number;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const STYLES = /\/styles$/;
const NUMBERING = /\/numbering$/;

/**
 * What holds a text box in a run: a DrawingML shape (as Word 2010 and later write it, first choice of an
 * mc:AlternateContent) or a VML one (older Word, WPS). The AlternateContent's mc:Fallback repeats the box in
 * VML and is left out, so a box is read once.
 */
const TEXT_BOX_SHAPES = [
  'mc:AlternateContent', 'mc:Choice', 'w:drawing', 'wp:anchor', 'wp:inline', 'a:graphic', 'a:graphicData', 'wps:wsp', 'wps:txbx',
  'wpg:wgp', 'wpg:grpSp', 'w:pict', 'v:shape', 'v:textbox', 'v:rect', 'v:roundrect', 'v:group',
] as const;

const DOCUMENT_RULES: PruneRules = {
  keep: new Set([
    'w:document', 'w:body', 'w:p', 'w:pStyle', 'w:numPr', 'w:ilvl', 'w:numId',
    'w:r', 'w:vanish', 'w:t', 'w:tab', 'w:ptab', 'w:br', 'w:cr', 'w:noBreakHyphen', 'w:softHyphen', 'w:sym',
    'w:tbl', 'w:tblGrid', 'w:gridCol', 'w:tr', 'w:gridBefore', 'w:gridAfter', 'w:tc', 'w:gridSpan', 'w:vMerge', 'w:hMerge',
    // Kept (their runs are never read: only a paragraph's own w:r are) so that an empty one, the mark of
    // a paragraph deleted or moved away as a tracked change, can be seen on the paragraph.
    'w:del', 'w:moveFrom',
    // A text box's content: read only in the letterhead, before the report's first words (`TEXT_BOX_SHAPES`).
    'w:txbxContent',
    // A picture (DrawingML, or VML's image in older Word and WPS): a paragraph that is a picture alone is read as `[图片]`.
    'pic:pic', 'v:imagedata',
    // Content imported from another part (a web page, text or a Word document), read in its place.
    'w:altChunk',
  ]),
  // Containers whose content counts as if it stood in their place. The property containers are
  // looked through too (their few kept children hang on the paragraph, run, row or cell itself),
  // which keeps the tree small.
  through: new Set([
    'w:sdt', 'w:sdtContent', 'w:customXml', 'w:smartTag', 'w:hyperlink', 'w:ins', 'w:moveTo', 'w:fldSimple', 'w:dir', 'w:bdo',
    'w:pPr', 'w:rPr', 'w:trPr', 'w:tcPr',
    ...TEXT_BOX_SHAPES,
  ]),
  textIn: new Set(['w:t']),
};

const RELS_RULES: PruneRules = { keep: new Set(['pr:Relationships', 'pr:Relationship']), through: new Set(), textIn: new Set() };

const STYLES_RULES: PruneRules = {
  keep: new Set(['w:styles', 'w:style', 'w:basedOn', 'w:pPr', 'w:numPr', 'w:ilvl', 'w:numId']),
  through: new Set(),
  textIn: new Set(),
};

const NUMBERING_RULES: PruneRules = {
  keep: new Set(['w:numbering', 'w:abstractNum', 'w:lvl', 'w:start', 'w:numFmt', 'w:lvlText', 'w:suff', 'w:lvlRestart', 'w:isLgl', 'w:num', 'w:abstractNumId', 'w:lvlOverride', 'w:startOverride']),
  through: new Set(['mc:AlternateContent']),
  textIn: new Set(),
};

export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** A zip package (.docx, and OpenDocument's .odt): its entries listed, each part inflated on demand after its size is checked. */
export class Package {
  readonly entries = new Map<string, UnzipFileInfo>();

  constructor(
    private readonly bytes: Uint8Array,
    notZip: ReadFailureReason = 'not-zip',
  ) {
    try {
      fflate().unzipSync(bytes, {
        filter: (f) => {
          this.entries.set(f.name, f);
          return false;
        },
      });
    } catch {
      throw new ReadError(notZip);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A part's bytes, after checking its declared size; undefined when absent. */
  read(name: string): Uint8Array | undefined {
    const info = this.entries.get(name);
    if (!info) return undefined;
    if (info.originalSize > DOCX_LIMITS.partBytes) throw new ReadError('too-large', `${name}: ${info.originalSize} bytes`);
    if (info.compression !== 0 && info.compression !== 8) throw new ReadError('malformed', `${name}: compression method ${info.compression}`);
    let out: Record<string, Uint8Array>;
    try {
      out = fflate().unzipSync(this.bytes, { filter: (f) => f.name === name });
    } catch (e) {
      throw new ReadError('malformed', `${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return out[name];
  }

  xml(name: string, rules: PruneRules): XmlElement | undefined {
    const bytes = this.read(name);
    if (!bytes) return undefined;
    try {
      return parseXml(decodeXml(bytes), rules);
    } catch (e) {
      if (e instanceof XmlError) throw new ReadError('malformed', `${name}: ${e.message}`);
      throw e;
    }
  }
}

/** Resolves a relationship target against the folder of the part that holds the relationships. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relsOf(pkg: Package, part: string): { id: string; type: string; target: string }[] {
  const slash = part.lastIndexOf('/');
  const relsName = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const root = pkg.xml(relsName, RELS_RULES);
  const rels = root ? child(root, 'pr:Relationships') : undefined;
  if (!rels) return [];
  return children(rels, 'pr:Relationship')
    .filter((r) => r.attrs.TargetMode !== 'External' && r.attrs.Type && r.attrs.Target)
    .map((r) => ({ id: r.attrs.Id ?? '', type: r.attrs.Type!, target: resolveTarget(part, r.attrs.Target!) }));
}

function mainPart(pkg: Package): string {
  const main = relsOf(pkg, '').find((r) => OFFICE_DOCUMENT.test(r.type));
  if (main && pkg.has(main.target)) return main.target;
  if (pkg.has('word/document.xml')) return 'word/document.xml';
  // An OpenDocument package names its kind in its first entry, `mimetype` (ODF 1.2, 3.3).
  const mimetype = pkg.has('mimetype') && (pkg.entries.get('mimetype')?.originalSize ?? Infinity) < 200 ? new TextDecoder().decode(pkg.read('mimetype')) : '';
  if (/^application\/vnd\.oasis\.opendocument\.text/.test(mimetype)) throw new ReadError('odt');
  throw new ReadError('no-document');
}

function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const v = el.attrs['w:val'];
  return v === undefined || !(v === '0' || v === 'false' || v === 'off');
}

/**
 * A paragraph deleted as a tracked change: its mark is deleted (or moved away) and it has no text
 * left. Word shows nothing of it, and its automatic number is not counted.
 */
function deletedParagraph(p: XmlElement): boolean {
  let marked = false;
  for (const c of p.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:del' || c.name === 'w:moveFrom') {
      // The mark (w:pPr/w:rPr/w:del, looked through onto the paragraph) is empty; deleted runs are not.
      if (!c.children.some((x) => typeof x !== 'string')) marked = true;
    } else if (c.name === 'w:r') {
      for (const x of c.children) if (typeof x !== 'string' && x.name === 'w:t' && textOf(x) !== '') return false;
    }
  }
  return marked;
}

/**
 * The grid column a person sees for each of the table's `w:gridCol` (0-based): grid lines a few twips apart are
 * one, as the .doc reader numbers them (LibreOffice writes a 1-twip column into table 四's grid, which the cell
 * above it spans with its neighbour). Past the grid one column each; a grid without widths (a generator's bare
 * `w:gridCol`, or widths all but zero: no real layout) is numbered one column each.
 */
function seenColumns(tbl: XmlElement): (gridCol: number) => number {
  const tblGrid = child(tbl, 'w:tblGrid');
  const widths = tblGrid ? children(tblGrid, 'w:gridCol').map((c) => Number(c.attrs['w:w'])) : [];
  return columnsFromWidths(widths.every((w) => Number.isInteger(w) && w >= 0) ? widths : undefined);
}

/** The cells of a layout table: one cell in every row, and a table inside at least one of them. */
function frameCells(tbl: XmlElement): XmlElement[] | undefined {
  const cells: XmlElement[] = [];
  for (const tr of children(tbl, 'w:tr')) {
    const tcs = children(tr, 'w:tc');
    if (tcs.length !== 1) return undefined;
    cells.push(tcs[0]!);
  }
  return cells.some((tc) => child(tc, 'w:tbl') !== undefined) ? cells : undefined;
}

/** A tab as read in a paragraph, before it is known whether it stands before the line's closing page number. */
const TAB_MARK = '\u0000';
/** A tab after words, followed only by a page number to the line's end (blanks around it): the line's last tab. */
const TAB_BEFORE_PAGE = /(?<=[^\s\u0000] {0,3})\u0000(?= {0,3}\d{1,3} {0,3}$)/;

/** A text box's content holds a table (directly, or in a box or layout table within it). */
function holdsTable(box: XmlElement): boolean {
  return box.children.some((c) => typeof c !== 'string' && (c.name === 'w:tbl' || (c.name === 'w:p' && children(c, 'w:r').some((r) => children(r, 'w:txbxContent').some(holdsTable)))));
}

function hasPicture(p: XmlElement): boolean {
  return children(p, 'w:r').some((r) => r.children.some((c) => typeof c !== 'string' && (c.name === 'pic:pic' || c.name === 'v:imagedata')));
}

/** What an imported chunk (`w:altChunk`) reads as: its text and map, or undefined for a kind not read. */
type ChunkReader = (id: string) => { text: string; sourceMap: SourceMap } | undefined;

const AF_CHUNK = /\/aFChunk$/;
/** A web page by its name or its first bytes. */
const HTML_NAME = /\.(?:x?html?|xht)$/i;
const HTML_START = /^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--[^]{0,500}?-->\s*)?<(?:!doctype\s+html|html|head|body|meta|div|p|table)\b/i;
/** Nested chunks are read this deep (a chunk that is a Word document holding chunks). */
const CHUNK_DEPTH = 2;

/**
 * The chunks imported into a document (`w:altChunk`, as documents generated from web pages hold their whole
 * body): a web page by the HTML reader, a Word document by this one, plain text as its lines. Word shows their
 * content in place; a chunk of another kind (MHT, RTF) is not read.
 */
function chunkReader(pkg: Package, rels: readonly { id: string; type: string; target: string }[], depth: number): ChunkReader {
  return (id) => {
    const rel = rels.find((r) => r.id === id && AF_CHUNK.test(r.type));
    const bytes = rel ? pkg.read(rel.target) : undefined;
    if (!rel || !bytes) return undefined;
    if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return depth < CHUNK_DEPTH ? readDocxAt(bytes, depth + 1) : undefined;
    const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
    if (HTML_NAME.test(rel.target) || HTML_START.test(head)) return readHtml(Buffer.from(bytes));
    if (/\.txt$/i.test(rel.target)) {
      const text = decodeXml(bytes).replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
      return { text, sourceMap: { lines: text.split('\n').map((_l, i) => ({ kind: 'paragraph' as const, paragraph: i + 1 })) } };
    }
    return undefined;
  };
}

class BodyReader {
  private readonly out = new TextBuilder();
  private paragraphs = 0;
  private tables = 0;
  /** A line with words was read: the letterhead is over. */
  private started = false;

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: StyleNumbering,
    private readonly chunk: ChunkReader = () => undefined,
  ) {}

  /** An imported chunk's lines in place, its paragraphs and tables numbered on from the document's. */
  private altChunk(el: XmlElement): void {
    const read = this.chunk(el.attrs['r:id'] ?? '');
    if (!read) return;
    const lines = read.text.split('\n');
    // The chunk's paragraphs are the document's next ones, in order (a reader's own numbering may skip).
    const paragraphOf = new Map<number, number>();
    let tables = 0;
    lines.forEach((text, i) => {
      const o = read.sourceMap.lines[i];
      let origin: LineOrigin | undefined;
      if (o?.kind === 'paragraph') {
        let paragraph = paragraphOf.get(o.paragraph);
        if (paragraph === undefined) paragraphOf.set(o.paragraph, (paragraph = ++this.paragraphs));
        origin = { kind: 'paragraph', paragraph };
      } else if (o?.kind === 'row') {
        origin = { kind: 'row', table: this.tables + o.table, row: o.row, cells: o.cells };
        tables = Math.max(tables, o.table);
      }
      this.out.line(text, origin);
      if (text.trim() !== '') this.started = true;
    });
    this.tables += tables;
  }

  private numberingOf(p: XmlElement): string {
    // w:pPr is looked through: its numPr and pStyle are the paragraph's own children.
    const numPr = child(p, 'w:numPr');
    const style = child(p, 'w:pStyle')?.attrs['w:val'];
    const fromStyle = style ? this.styles.of(style) : {};
    const numId = child(numPr, 'w:numId')?.attrs['w:val'] ?? fromStyle.numId;
    if (numId === undefined) return '';
    const ilvlText = child(numPr, 'w:ilvl')?.attrs['w:val'];
    const ilvl = ilvlText !== undefined ? parseInt(ilvlText, 10) : (fromStyle.ilvl ?? 0);
    const pn: ParagraphNumbering = { numId, ilvl: Number.isFinite(ilvl) ? ilvl : 0 };
    return this.numbering.next(pn);
  }

  /**
   * A paragraph's text as lines (split at manual line breaks). A tab is a space, except, outside a table, the
   * tab before a line's closing page number (`一、总体情况<TAB>1`, a table of contents' entry, which the core
   * knows by that TAB as in Word's own text export): a cell's TAB would cut its row.
   */
  private paragraphLines(p: XmlElement, inCell = false): string[] {
    const lines: string[] = [this.numberingOf(p)];
    const add = (s: string) => {
      lines[lines.length - 1] += s;
    };
    for (const r of p.children) {
      if (typeof r === 'string' || r.name !== 'w:r') continue;
      if (isOn(child(r, 'w:vanish'))) continue;
      for (const c of r.children) {
        if (typeof c === 'string') continue;
        switch (c.name) {
          case 'w:t':
            add(textOf(c));
            break;
          case 'w:tab':
          case 'w:ptab':
            // A TAB would make the line look like a table row; a space keeps the offsets (but see TAB_BEFORE_PAGE).
            add(inCell ? ' ' : TAB_MARK);
            break;
          case 'w:br':
          case 'w:cr':
            lines.push('');
            break;
          case 'w:noBreakHyphen':
            add('-');
            break;
          case 'w:sym': {
            const code = parseInt(c.attrs['w:char'] ?? '', 16);
            // Symbol-font characters sit in the private use area: they have no text meaning.
            if (Number.isFinite(code) && !(code >= 0xe000 && code <= 0xf8ff)) add(String.fromCodePoint(code));
            break;
          }
          default:
            break;
        }
      }
    }
    return lines.map((l) => {
      const line = l.replace(/[\t\r\n]/g, ' ');
      return line.includes(TAB_MARK) ? line.replace(TAB_BEFORE_PAGE, '\t').replaceAll(TAB_MARK, ' ') : line;
    });
  }

  private cellText(tc: XmlElement): string {
    const pieces: string[] = [];
    const visit = (el: XmlElement) => {
      for (const c of el.children) {
        if (typeof c === 'string') continue;
        if (c.name === 'w:p') {
          for (const l of this.paragraphLines(c, true)) if (l.trim()) pieces.push(l.trim());
        } else if (c.name === 'w:tbl' || c.name === 'w:tr' || c.name === 'w:tc') {
          visit(c);
        }
      }
    };
    visit(tc);
    return joinPieces(pieces);
  }

  private table(tbl: XmlElement): void {
    const table = ++this.tables;
    const seen = seenColumns(tbl);
    let rowNumber = 0;
    for (const tr of children(tbl, 'w:tr')) {
      rowNumber++;
      // The cell's place in w:tblGrid (0-based), numbered as seen.
      let gridCol = Math.max(0, parseInt(child(tr, 'w:gridBefore')?.attrs['w:val'] ?? '0', 10) || 0);
      let column = 1;
      const fields: { text: string; column: number }[] = [];
      for (const tc of children(tr, 'w:tc')) {
        const span = Math.max(1, parseInt(child(tc, 'w:gridSpan')?.attrs['w:val'] ?? '1', 10) || 1);
        const vMerge = child(tc, 'w:vMerge');
        const hMerge = child(tc, 'w:hMerge');
        const continued = (vMerge && vMerge.attrs['w:val'] !== 'restart') || (hMerge && hMerge.attrs['w:val'] !== 'restart');
        // A continued cell's own paragraphs are empty by definition; its numbering still counts.
        const text = this.cellText(tc);
        // Never the column of the cell before (a cell starting on a sliver of the grid), as the .doc reader numbers.
        column = Math.max(column, seen(gridCol));
        fields.push({ text: continued ? '' : text, column });
        column++;
        gridCol += span;
      }
      this.out.tableRow(fields, Math.max(column, seen(gridCol)), table, rowNumber);
    }
    this.out.endTable();
  }

  body(body: XmlElement): void {
    for (const c of body.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'w:p') {
        if (deletedParagraph(c)) continue;
        // The letterhead (红头): a title or an issuing body laid out in text boxes above the report's first
        // words is read, each box's paragraphs as lines before the paragraph it is anchored in. Text boxes
        // further on (notes, stamps, captions beside the text) are left out, as Word's own text export leaves
        // every one out: their place in the flow is not known.
        // A text box holding a table is read in place wherever it stands: a table is the report's content (a
        // national table laid out in a box), never a note beside the text.
        for (const r of children(c, 'w:r')) for (const box of children(r, 'w:txbxContent')) if (!this.started || holdsTable(box)) this.body(box);
        const paragraph = ++this.paragraphs;
        const lines = this.paragraphLines(c);
        // A paragraph that is a picture alone, after the report's first words (not the letterhead's banner): a
        // table pasted as a picture stands there, which missing-table names instead of a missing table.
        if (this.started && lines.every((l) => l.trim() === '') && hasPicture(c)) {
          this.out.line(PICTURE, { kind: 'paragraph', paragraph });
          continue;
        }
        for (const l of lines) {
          this.out.line(l, { kind: 'paragraph', paragraph });
          if (l.trim() !== '') this.started = true;
        }
      } else if (c.name === 'w:altChunk') {
        this.altChunk(c);
      } else if (c.name === 'w:tbl') {
        this.started = true;
        const frame = frameCells(c);
        // A table whose one column holds tables (a report pasted from a web page into a layout table): its
        // content is read as the document's, each inner table a table of its own.
        if (frame) for (const tc of frame) this.body(tc);
        else this.table(c);
      }
    }
  }

  finish(): DocxResult {
    const { text, sourceMap } = this.out.finishJoined();
    return { text, sourceMap, paragraphs: this.paragraphs, tables: this.tables };
  }
}

/** Reads a .docx file's bytes; throws ReadError. */
export function readDocx(bytes: Uint8Array): DocxResult {
  return readDocxAt(bytes, 0);
}

function readDocxAt(bytes: Uint8Array, depth: number): DocxResult {
  if (bytes.length > DOCX_LIMITS.fileBytes) throw new ReadError('too-large', `${bytes.length} bytes`);
  if (!startsWith(bytes, [0x50, 0x4b])) throw new ReadError('not-zip');
  const pkg = new Package(bytes);
  const main = mainPart(pkg);
  const rels = relsOf(pkg, main);
  const stylesPart = rels.find((r) => STYLES.test(r.type))?.target;
  const numberingPart = rels.find((r) => NUMBERING.test(r.type))?.target;
  const doc = pkg.xml(main, DOCUMENT_RULES);
  const body = child(child(doc, 'w:document'), 'w:body');
  if (!body) throw new ReadError('no-document', `${main}: no w:body`);
  const reader = new BodyReader(
    new Numbering(numberingPart ? pkg.xml(numberingPart, NUMBERING_RULES) : undefined),
    new StyleNumbering(stylesPart ? pkg.xml(stylesPart, STYLES_RULES) : undefined),
    chunkReader(pkg, rels, depth),
  );
  reader.body(body);
  return reader.finish();
}
