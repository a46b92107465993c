/**
 * Word 97–2003 (.doc) reports, and WPS's .wps (the same binary format), read per [MS-DOC]: the OLE
 * compound file is opened with `cfb` (SheetJS); the WordDocument stream is parsed here —
 *
 * - the FIB: the text's length (ccpText), which table stream holds the rest (0Table/1Table), and the flags
 *   that make a file unreadable here (encrypted or obfuscated, fast-saved, a version before Word 97);
 * - the piece table (the CLX's PlcPcd): the main document's text is pieces, each either compressed (8-bit,
 *   cp1252 with [MS-DOC]'s mapping of 0x80–0x9F) or UTF-16LE;
 * - the paragraph properties (PlcBtePapx → PAPX FKPs): whether a paragraph is in a table (sprmPFInTable),
 *   ends a row (sprmPFTtp) and its table depth (sprmPItap), with the row's cell boundaries from
 *   sprmTDefTable. A cell ends with \x07, and so does a row; only the properties tell them apart (a run of
 *   \x07 is also a run of empty cells).
 * - the character properties (PlcBteChpx → CHPX FKPs): hidden text (sprmCFVanish) and deleted revisions
 *   (sprmCFRMarkDel) are left out, as the .docx reader leaves them out;
 * - fields (\x13 code \x14 result \x15): the result is kept, the code left out.
 *
 * The text is then assembled as the .docx reader assembles it (`TextBuilder.tableRow`, `joinPieces`,
 * `finishJoined`): a paragraph a line, a table row a line of TAB-separated cells, with a source map naming
 * paragraphs and table, row and grid column (a national table split over several Word tables numbered as one). Every count read from the file is bounded by the stream it indexes, so a
 * hostile file ends with a refusal, never a long loop or a throw other than ReadError.
 */
import type { CFB$Container } from 'cfb';
import { lazy, libraries } from '../lazy';
import { ReadError } from './errors';
import { columnAfter, gridColumnAt, gridLines } from './grid';
import { Numbering, type Instance, type Level } from './numbering';
import { joinPieces, PICTURE, TextBuilder, type SourceMap } from './sourcemap';

const cfb = lazy(() => libraries().cfb());

export const DOC_LIMITS = {
  /** The .doc file itself (the .docx reader's limit). */
  fileBytes: 64 * 1024 * 1024,
  /** Pieces in the piece table: a document saved normally has one or a few; fast saves a few hundred. */
  pieces: 100_000,
  /** Characters of main text read (ccpText): 16 M, four times the text limit. */
  characters: 16 * 1024 * 1024,
  /** Nested fields (a field inside a field's code or result). */
  fieldDepth: 64,
};

export interface DocResult {
  readonly text: string;
  readonly sourceMap: SourceMap;
  readonly paragraphs: number;
  readonly tables: number;
}

/** [MS-DOC] 2.4.1: the compressed bytes 0x82–0x9F that are not Latin-1 (and cp1252's €, Ž, ž, which it leaves out). */
const CP1252_HIGH: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x8e: 0x017d, 0x9e: 0x017e, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6, 0x89: 0x2030,
  0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022,
  0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9f: 0x0178,
};

function malformed(detail: string): ReadError {
  return new ReadError('malformed', detail);
}

/** Little-endian reads that refuse, rather than read past, the end of a stream. */
class Bytes {
  constructor(
    readonly b: Uint8Array,
    readonly name: string,
  ) {}

  get length(): number {
    return this.b.length;
  }

  private check(at: number, n: number): void {
    if (!(at >= 0 && at + n <= this.b.length)) throw malformed(`${this.name}: offset ${at} + ${n} past its end (${this.b.length})`);
  }

  u8(at: number): number {
    this.check(at, 1);
    return this.b[at]!;
  }

  u16(at: number): number {
    this.check(at, 2);
    return this.b[at]! | (this.b[at + 1]! << 8);
  }

  i16(at: number): number {
    const v = this.u16(at);
    return v >= 0x8000 ? v - 0x10000 : v;
  }

  u32(at: number): number {
    this.check(at, 4);
    return (this.b[at]! | (this.b[at + 1]! << 8) | (this.b[at + 2]! << 16)) + this.b[at + 3]! * 0x1000000;
  }

  slice(at: number, n: number): Uint8Array {
    this.check(at, n);
    return this.b.subarray(at, at + n);
  }
}

/** The parts of the FIB this reader uses. */
interface Fib {
  readonly ccpText: number;
  readonly tableStream: '0Table' | '1Table';
  readonly clx: { fc: number; lcb: number };
  readonly bteChpx: { fc: number; lcb: number };
  readonly btePapx: { fc: number; lcb: number };
  readonly stshf: { fc: number; lcb: number };
  readonly plfLst?: { fc: number; lcb: number };
  readonly plfLfo?: { fc: number; lcb: number };
}

/** Indices in FibRgFcLcb97 ([MS-DOC] 2.5.6). */
const FC_STSHF = 1;
const FC_PLCF_BTE_CHPX = 12;
const FC_PLCF_BTE_PAPX = 13;
const FC_CLX = 33;
const FC_PLF_LST = 73;
const FC_PLF_LFO = 74;

function readFib(w: Bytes): Fib {
  if (w.length < 154) throw malformed(`WordDocument: ${w.length} bytes, shorter than a FIB`);
  const wIdent = w.u16(0);
  const nFib = w.u16(2);
  if (wIdent !== 0xa5ec) throw new ReadError('doc-unsupported', `wIdent 0x${wIdent.toString(16)}`);
  const flags = w.u16(0x0a);
  // fEncrypted (bit 8) and fObfuscated (bit 15): the streams are encrypted (RC4 or XOR).
  if (flags & 0x0100 || flags & 0x8000) throw new ReadError('encrypted');
  // Word 6 and 95 (nFib 101–105) have another FIB and 8-bit text in the system's code page.
  if (nFib < 0xc0) throw new ReadError('doc-unsupported', `nFib ${nFib} (Word 6/95)`);
  // fComplex: fast-saved, its later edits appended as pieces and property changes of their own.
  if (flags & 0x0004) throw new ReadError('doc-fast-saved');
  let at = 32;
  const csw = w.u16(at);
  at += 2 + csw * 2;
  const cslw = w.u16(at);
  const rgLw = at + 2;
  at = rgLw + cslw * 4;
  const cbRgFcLcb = w.u16(at);
  const rgFcLcb = at + 2;
  if (cslw < 4 || cbRgFcLcb <= FC_CLX) throw malformed(`FIB: cslw ${cslw}, cbRgFcLcb ${cbRgFcLcb}`);
  const pair = (i: number) => ({ fc: w.u32(rgFcLcb + i * 8), lcb: w.u32(rgFcLcb + i * 8 + 4) });
  return {
    ccpText: w.u32(rgLw + 3 * 4),
    tableStream: flags & 0x0200 ? '1Table' : '0Table',
    clx: pair(FC_CLX),
    bteChpx: pair(FC_PLCF_BTE_CHPX),
    btePapx: pair(FC_PLCF_BTE_PAPX),
    stshf: pair(FC_STSHF),
    ...(cbRgFcLcb > FC_PLF_LFO ? { plfLst: pair(FC_PLF_LST), plfLfo: pair(FC_PLF_LFO) } : {}),
  };
}

interface Piece {
  /** The piece's first character position and the one after its last. */
  readonly cpStart: number;
  readonly cpEnd: number;
  /** Byte offset of its first character in the WordDocument stream. */
  readonly fc: number;
  readonly compressed: boolean;
}

function readPieces(table: Bytes, fib: Fib): Piece[] {
  const { fc, lcb } = fib.clx;
  if (lcb === 0) throw malformed('no piece table (lcbClx 0)');
  const end = fc + lcb;
  if (end > table.length) throw malformed(`${table.name}: piece table past its end`);
  let at = fc;
  // Prc entries (clxt 1: property changes of fast saves) come first; skip them.
  while (at < end && table.u8(at) === 0x01) at += 3 + Math.max(0, table.i16(at + 1));
  if (at >= end || table.u8(at) !== 0x02) throw malformed('no Pcdt in the CLX');
  const lcbPlc = table.u32(at + 1);
  const plc = at + 5;
  if (plc + lcbPlc > end || lcbPlc < 16 || (lcbPlc - 4) % 12 !== 0) throw malformed(`PlcPcd of ${lcbPlc} bytes`);
  const n = (lcbPlc - 4) / 12;
  if (n > DOC_LIMITS.pieces) throw new ReadError('too-large', `${n} pieces`);
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cpStart = table.u32(plc + i * 4);
    const cpEnd = table.u32(plc + (i + 1) * 4);
    if (cpEnd < cpStart) throw malformed(`piece ${i}: CP ${cpStart}–${cpEnd}`);
    const raw = table.u32(plc + (n + 1) * 4 + i * 8 + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fcRaw = raw & 0x3fffffff;
    pieces.push({ cpStart, cpEnd, fc: compressed ? fcRaw / 2 : fcRaw, compressed });
    if (i > 0 && cpStart !== pieces[i - 1]!.cpEnd) throw malformed(`piece ${i} does not follow piece ${i - 1}`);
  }
  return pieces;
}

/** The main text, character by character, with each character's byte offset (to find its properties). */
function readText(w: Bytes, pieces: readonly Piece[], ccp: number): { chars: Uint16Array; fcs: Uint32Array } {
  if (ccp > DOC_LIMITS.characters) throw new ReadError('too-large', `${ccp} characters`);
  // Before allocating for ccp characters: the pieces must hold them, and the stream their bytes.
  const covered = pieces.length > 0 ? pieces[pieces.length - 1]!.cpEnd : 0;
  if (covered < ccp || ccp > w.length) throw malformed(`the pieces hold ${Math.min(covered, w.length)} of ${ccp} characters`);
  const chars = new Uint16Array(ccp);
  const fcs = new Uint32Array(ccp);
  let cp = 0;
  for (const p of pieces) {
    if (cp >= ccp) break;
    const n = Math.min(p.cpEnd, ccp) - p.cpStart;
    if (p.cpStart !== cp) throw malformed(`the text's pieces do not start at 0`);
    const width = p.compressed ? 1 : 2;
    const bytes = w.slice(p.fc, n * width);
    for (let i = 0; i < n; i++) {
      if (p.compressed) {
        const b = bytes[i]!;
        chars[cp + i] = CP1252_HIGH[b] ?? b;
      } else {
        chars[cp + i] = bytes[2 * i]! | (bytes[2 * i + 1]! << 8);
      }
      fcs[cp + i] = p.fc + i * width;
    }
    cp += n;
  }
  if (cp < ccp) throw malformed(`the pieces hold ${cp} of ${ccp} characters`);
  return { chars, fcs };
}

/** The operand size of a sprm ([MS-DOC] 2.6.1, spra), or -1 for a variable one (its size follows). */
function operandSize(sprm: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      return -1;
  }
}

/** Calls `visit` with each sprm of a grpprl and its operand's offset; stops at a truncated one. */
function eachSprm(b: Bytes, start: number, end: number, visit: (sprm: number, at: number, size: number) => void): void {
  let at = start;
  while (at + 2 <= end) {
    const sprm = b.u16(at);
    at += 2;
    let size = operandSize(sprm);
    if (size < 0) {
      if (at >= end) return;
      if (sprm === SPRM_T_DEF_TABLE || sprm === SPRM_T_DEF_TABLE10) {
        // A two-byte size that counts itself minus one ([MS-DOC] 2.6.5, sprmTDefTable).
        if (at + 2 > end) return;
        size = b.u16(at) - 1;
        at += 2;
      } else {
        size = b.u8(at);
        at += 1;
        // sprmPChgTabs with 255: a TabsOperand whose size is its own ([MS-DOC] 2.6.3).
        if (sprm === 0xc615 && size === 255 && at + 1 <= end) {
          const del = b.u8(at);
          const add = at + 1 + del * 4 < end ? b.u8(at + 1 + del * 4) : 0;
          size = 1 + del * 4 + 1 + add * 3;
        }
      }
    }
    if (size < 0 || at + size > end) return;
    visit(sprm, at, size);
    at += size;
  }
}

const SPRM_P_F_IN_TABLE = 0x2416;
const SPRM_P_F_TTP = 0x2417;
const SPRM_P_ITAP = 0x6649;
const SPRM_P_DTAP = 0x664a;
const SPRM_P_F_INNER_TABLE_CELL = 0x244b;
const SPRM_P_F_INNER_TTP = 0x244c;
const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_P_HUGE_PAPX = 0x6646;
const SPRM_P_ILFO = 0x460b;
const SPRM_P_ILVL = 0x260a;
const SPRM_T_DEF_TABLE10 = 0xd606;
const SPRM_C_F_R_MARK_DEL = 0x0800;
const SPRM_C_F_VANISH = 0x083c;

/** What a paragraph's properties say about tables. */
interface ParaProps {
  inTable: boolean;
  ttp: boolean;
  itap: number;
  innerCell: boolean;
  innerTtp: boolean;
  /** The paragraph's style (an index into the stylesheet). */
  istd: number;
  /** The list (1-based LFO index; 0 none) and level of an automatically numbered paragraph; undefined: the style's. */
  ilfo: number | undefined;
  ilvl: number | undefined;
  /** The row's cells (on a row's end mark): left and right edges in twips, and whether merged into the one before. */
  cells?: { left: number; right: number; mergedIntoPrevious: boolean }[];
}

const NO_PROPS: ParaProps = { inTable: false, ttp: false, itap: 0, innerCell: false, innerTtp: false, istd: 0, ilfo: undefined, ilvl: undefined };

/** A ToggleOperand ([MS-DOC] 2.9.327): 1 and 0x81 (the opposite of the style, taken as the default off) are on. */
function toggleOn(v: number): boolean {
  return v === 1 || v === 0x81;
}

/**
 * A bin table (PlcBtePapx or PlcBteChpx) and its FKPs: the properties in force at a byte offset of the
 * text. FKPs are 512-byte pages of the WordDocument stream; each is parsed once.
 */
class PropertyPages<T> {
  private readonly fcs: number[] = [];
  private readonly pages: number[] = [];
  private readonly parsed = new Map<number, { fcs: number[]; props: T[] }>();

  constructor(
    table: Bytes,
    where: { fc: number; lcb: number },
    private readonly w: Bytes,
    private readonly papx: boolean,
    private readonly parse: (at: number, end: number) => T,
    private readonly none: T,
  ) {
    const { fc, lcb } = where;
    if (lcb === 0) return;
    if (fc + lcb > table.length || (lcb - 4) % 8 !== 0) throw malformed(`${papx ? 'PlcBtePapx' : 'PlcBteChpx'} of ${lcb} bytes`);
    const n = (lcb - 4) / 8;
    for (let i = 0; i <= n; i++) this.fcs.push(table.u32(fc + i * 4));
    for (let i = 0; i < n; i++) this.pages.push(table.u32(fc + (n + 1) * 4 + i * 4) & 0x3fffff);
  }

  private page(i: number): { fcs: number[]; props: T[] } {
    const cached = this.parsed.get(i);
    if (cached) return cached;
    const base = this.pages[i]! * 512;
    const w = this.w;
    const crun = w.u8(base + 511);
    const fcs: number[] = [];
    const props: T[] = [];
    // rgfc (crun + 1 offsets), then per run a BxPap (13 bytes) or a one-byte offset.
    if (4 * (crun + 1) + crun * (this.papx ? 13 : 1) > 511) throw malformed(`FKP at ${base}: ${crun} runs`);
    for (let r = 0; r <= crun; r++) fcs.push(w.u32(base + r * 4));
    for (let r = 0; r < crun; r++) {
      const bOffset = w.u8(base + 4 * (crun + 1) + r * (this.papx ? 13 : 1));
      if (bOffset === 0) {
        props.push(this.none);
        continue;
      }
      const at = base + bOffset * 2;
      if (this.papx) {
        // PapxInFkp: cb, then 2cb−1 bytes; or 0, cb′ and 2cb′ bytes. Then istd (2 bytes) and the grpprl.
        let cb = w.u8(at);
        let start = at + 1;
        let size = 2 * cb - 1;
        if (cb === 0) {
          cb = w.u8(at + 1);
          start = at + 2;
          size = 2 * cb;
        }
        const end = Math.min(start + size, base + 511);
        // The parser reads the istd itself.
        props.push(size >= 2 ? this.parse(start, end) : this.none);
      } else {
        const cb = w.u8(at);
        props.push(this.parse(at + 1, Math.min(at + 1 + cb, base + 511)));
      }
    }
    const entry = { fcs, props };
    this.parsed.set(i, entry);
    return entry;
  }

  /** The run last found: consecutive characters are mostly in it. */
  private last: { start: number; end: number; value: T } | undefined;

  /** The properties of the character at byte offset `fc`. */
  at(fc: number): T {
    const last = this.last;
    if (last && last.start <= fc && fc < last.end) return last.value;
    const n = this.pages.length;
    if (n === 0 || fc < this.fcs[0]! || fc >= this.fcs[n]!) return this.none;
    const page = this.page(lastAtMost(this.fcs, fc, n - 1));
    const r = lastAtMost(page.fcs, fc, page.fcs.length - 2);
    if (r < 0 || !(page.fcs[r]! <= fc && fc < page.fcs[r + 1]!)) return this.none;
    this.last = { start: page.fcs[r]!, end: page.fcs[r + 1]!, value: page.props[r]! };
    return page.props[r]!;
  }
}

/** The last index in `a[0..hi]` (ascending) whose value is at most `x`; -1 if none. */
function lastAtMost(a: readonly number[], x: number, hi: number): number {
  let lo = -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A paragraph's properties from its grpprl. A row's end mark with many cells has its properties in the Data
 * stream (sprmPHugePapx: the offset of a PrcData there), its FKP holding that one sprm.
 */
function parsePapx(w: Bytes, start: number, end: number, data: Bytes | undefined, p: ParaProps = { ...NO_PROPS }, huge = true): ParaProps {
  eachSprm(w, start, end, (sprm, at, size) => {
    switch (sprm) {
      case SPRM_P_HUGE_PAPX: {
        if (!huge || !data) break;
        const offset = w.u32(at);
        const cb = data.u16(offset);
        parsePapx(data, offset + 2, offset + 2 + cb, data, p, false);
        break;
      }
      case SPRM_P_F_IN_TABLE:
        p.inTable = w.u8(at) !== 0;
        break;
      case SPRM_P_F_TTP:
        p.ttp = w.u8(at) !== 0;
        break;
      case SPRM_P_ITAP:
        p.itap = Math.min(w.u32(at), 64);
        break;
      case SPRM_P_DTAP:
        p.itap = Math.max(0, Math.min(p.itap + (w.u32(at) | 0), 64));
        break;
      case SPRM_P_F_INNER_TABLE_CELL:
        p.innerCell = w.u8(at) !== 0;
        break;
      case SPRM_P_ILFO:
        p.ilfo = w.i16(at);
        break;
      case SPRM_P_ILVL:
        p.ilvl = Math.min(w.u8(at), 8);
        break;
      case SPRM_P_F_INNER_TTP:
        p.innerTtp = w.u8(at) !== 0;
        break;
      case SPRM_T_DEF_TABLE:
      case SPRM_T_DEF_TABLE10: {
        // TDefTableOperand: itcMac, rgdxaCenter (itcMac + 1 edges), then TC80s (20 bytes each) as far as they go.
        const itcMac = w.u8(at);
        if (itcMac > 63 || 1 + (itcMac + 1) * 2 > size) break;
        const cells: NonNullable<ParaProps['cells']> = [];
        const tcs = at + 1 + (itcMac + 1) * 2;
        for (let c = 0; c < itcMac; c++) {
          const tc = tcs + c * 20;
          // TCGRF's horzMerge (bits 0–1): 2 is a cell merged into the one before (Word 97's horizontal merge).
          const merged = tc + 2 <= at + size && (w.u16(tc) & 0x3) === 2;
          cells.push({ left: w.i16(at + 1 + c * 2), right: w.i16(at + 3 + c * 2), mergedIntoPrevious: merged });
        }
        p.cells = cells;
        break;
      }
      default:
        break;
    }
  });
  return p;
}

/** Whether a run's text is left out: hidden, or deleted as a tracked change. */
function parseChpx(w: Bytes, start: number, end: number): boolean {
  let hidden = false;
  eachSprm(w, start, end, (sprm, at) => {
    if (sprm === SPRM_C_F_VANISH || sprm === SPRM_C_F_R_MARK_DEL) hidden ||= toggleOn(w.u8(at));
  });
  return hidden;
}

/** [MS-DOC] nfc values in the order of OOXML's ST_NumberFormat, which numbering.ts formats by name. */
const NFC = [
  'decimal', 'upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter', 'ordinal', 'cardinalText', 'ordinalText', 'hex', 'chicago',
  'ideographDigital', 'japaneseCounting', 'aiueo', 'iroha', 'decimalFullWidth', 'decimalHalfWidth', 'japaneseLegal',
  'japaneseDigitalTenThousand', 'decimalEnclosedCircle', 'decimalFullWidth2', 'aiueoFullWidth', 'irohaFullWidth', 'decimalZero',
  'bullet', 'ganada', 'chosung', 'decimalEnclosedFullstop', 'decimalEnclosedParen', 'decimalEnclosedCircleChinese',
  'ideographEnclosedCircle', 'ideographTraditional', 'ideographZodiac', 'ideographZodiacTraditional', 'taiwaneseCounting',
  'ideographLegalTraditional', 'taiwaneseCountingThousand', 'taiwaneseDigital', 'chineseCounting', 'chineseLegalSimplified',
  'chineseCountingThousand',
] as const;

/** A LVL ([MS-DOC] 2.9.150) at `at`: the level and the offset after it. */
function readLevel(t: Bytes, at: number): { level: Level; end: number } {
  const nfc = t.u8(at + 4);
  const flags = t.u8(at + 5);
  const follow = t.u8(at + 15);
  const cbChpx = t.u8(at + 24);
  const cbPapx = t.u8(at + 25);
  const xst = at + 28 + cbPapx + cbChpx;
  const cch = t.u16(xst);
  let text = '';
  for (let i = 0; i < cch; i++) {
    const c = t.u16(xst + 2 + i * 2);
    // Characters 0–8 stand for the number of that level (`%1`… in OOXML).
    text += c < 9 ? `%${c + 1}` : c === 0x25 ? '%%' : String.fromCharCode(c);
  }
  const level: Level = {
    start: t.u32(at) | 0,
    format: nfc === 0xff ? 'none' : (NFC[nfc] ?? 'decimal'),
    text,
    suffix: follow === 1 ? 'space' : follow === 2 ? 'nothing' : 'tab',
    restart: flags & 0x08 ? -1 : undefined,
    legal: (flags & 0x04) !== 0,
  };
  return { level, end: xst + 2 + cch * 2 };
}

/**
 * The document's lists: PlfLst (the LSTFs, their LVLs right after it) and PlfLfo (the list instances a
 * paragraph's ilfo counts, with their start overrides). Damaged lists leave the paragraphs unnumbered.
 */
function readLists(t: Bytes, fib: Fib): Numbering {
  const instances = new Map<string, Instance>();
  try {
    if (!fib.plfLst?.lcb || !fib.plfLfo?.lcb) return new Numbering(undefined);
    const lst = fib.plfLst.fc;
    const cLst = t.u16(lst);
    if (cLst > 4096) return new Numbering(undefined);
    const lists = new Map<number, Map<number, Level>>();
    let at = lst + 2 + cLst * 28;
    for (let i = 0; i < cLst; i++) {
      const lstf = lst + 2 + i * 28;
      const lsid = t.u32(lstf) | 0;
      const simple = (t.u8(lstf + 26) & 0x01) !== 0;
      const levels = new Map<number, Level>();
      for (let l = 0; l < (simple ? 1 : 9); l++) {
        const r = readLevel(t, at);
        levels.set(l, r.level);
        at = r.end;
      }
      lists.set(lsid, levels);
    }
    const lfo = fib.plfLfo.fc;
    const lfoMac = t.u32(lfo);
    if (lfoMac > 4096) return new Numbering(undefined);
    let data = lfo + 4 + lfoMac * 16;
    for (let i = 0; i < lfoMac; i++) {
      const entry = lfo + 4 + i * 16;
      const lsid = t.u32(entry) | 0;
      const clfolvl = t.u8(entry + 12);
      const overrides = new Map<number, number>();
      let levels = lists.get(lsid) ?? new Map<number, Level>();
      // LFOData: a CP, then clfolvl LFOLVLs, each maybe followed by a LVL.
      data += 4;
      for (let k = 0; k < Math.min(clfolvl, 9); k++) {
        const start = t.u32(data) | 0;
        const bits = t.u32(data + 4);
        const ilvl = bits & 0x0f;
        data += 8;
        if (bits & 0x10) overrides.set(ilvl, start);
        if (bits & 0x20) {
          const r = readLevel(t, data);
          levels = new Map(levels).set(ilvl, r.level);
          data = r.end;
        }
      }
      instances.set(String(i + 1), { abstractId: String(lsid), overrides, levels });
    }
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
  }
  return new Numbering(undefined, instances);
}

interface StyleList {
  readonly ilfo?: number;
  readonly ilvl?: number;
}

/**
 * The list of each paragraph style that has one (the STSH's paragraph UPX: sprmPIlfo, sprmPIlvl), through its
 * istdBase chain. Word leaves a paragraph of a numbered heading style without an ilfo of its own.
 * A damaged stylesheet numbers nothing by style.
 */
function readStyleLists(t: Bytes, fib: Fib): Map<number, StyleList> {
  const out = new Map<number, StyleList>();
  const { fc, lcb } = fib.stshf;
  if (lcb < 4) return out;
  try {
    const end = fc + lcb;
    const cbStshi = t.u16(fc);
    const cstd = t.u16(fc + 2);
    const cbStdBase = t.u16(fc + 4);
    const own = new Map<number, { base: number; list: StyleList }>();
    let at = fc + 2 + cbStshi;
    for (let istd = 0; istd < cstd && at + 2 <= end; istd++) {
      const cbStd = t.u16(at);
      const std = at + 2;
      at = std + cbStd;
      if (cbStd === 0 || at > end || cbStd < cbStdBase) continue;
      const stk = t.u16(std + 2) & 0x0f;
      const base = t.u16(std + 2) >> 4;
      if (stk !== 1) continue;
      // The name (cch, then cch + 1 UTF-16 units with the terminating NUL), then the UPXs, each at an even offset.
      let upx = std + cbStdBase;
      upx += 2 + (t.u16(upx) + 1) * 2;
      if ((upx - std) % 2) upx++;
      const cbUpx = t.u16(upx);
      if (upx + 2 + cbUpx > at || cbUpx < 2) continue;
      const p = parsePapx(t, upx + 4, upx + 2 + cbUpx, undefined);
      const list: StyleList = { ...(p.ilfo !== undefined ? { ilfo: p.ilfo } : {}), ...(p.ilvl !== undefined ? { ilvl: p.ilvl } : {}) };
      own.set(istd, { base, list });
    }
    for (const istd of own.keys()) {
      let ilfo: number | undefined;
      let ilvl: number | undefined;
      const seen = new Set<number>();
      for (let s: number | undefined = istd; s !== undefined && !seen.has(s); ) {
        seen.add(s);
        const o = own.get(s);
        if (!o) break;
        ilfo ??= o.list.ilfo;
        ilvl ??= o.list.ilvl;
        s = o.base === 0x0fff ? undefined : o.base;
      }
      if (ilfo !== undefined) out.set(istd, { ilfo, ...(ilvl !== undefined ? { ilvl } : {}) });
    }
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
  }
  return out;
}

/** A table being read: its rows' cells, kept until the table ends so its grid columns can be numbered. */
interface PendingRow {
  readonly cells: string[];
  readonly edges?: { left: number; right: number; mergedIntoPrevious: boolean }[];
}

class DocBuilder {
  private readonly out = new TextBuilder();
  paragraphs = 0;
  tables = 0;
  private rows: PendingRow[] = [];
  private cells: string[] = [];
  private cellPieces: string[] = [];

  paragraph(lines: readonly string[]): void {
    this.flushTable();
    const paragraph = ++this.paragraphs;
    for (const l of lines) this.out.line(l, { kind: 'paragraph', paragraph });
  }

  /** A paragraph inside a cell (not its last). */
  cellParagraph(lines: readonly string[]): void {
    for (const l of lines) if (l.trim()) this.cellPieces.push(l.trim());
  }

  endCell(lines: readonly string[]): void {
    this.cellParagraph(lines);
    this.cells.push(joinPieces(this.cellPieces));
    this.cellPieces = [];
  }

  endRow(edges: PendingRow['edges']): void {
    // Text after the last cell mark and before the row mark is the row mark's own paragraph: none.
    this.rows.push({ cells: this.cells, ...(edges ? { edges } : {}) });
    this.cells = [];
    this.cellPieces = [];
  }

  /** Writes the table read so far: grid columns from the cells' edges over all its rows, as Word's grid. */
  flushTable(): void {
    if (this.cells.length > 0 || this.cellPieces.length > 0) this.endRow(undefined);
    if (this.rows.length === 0) return;
    const table = ++this.tables;
    // Edges a few twips apart are one grid line (a converter's rounding: 3999 in one row, 4000 in the next).
    const grid = gridLines(this.rows.flatMap((r) => r.edges?.map((e) => e.left) ?? []));
    this.rows.forEach((r, i) => {
      const fields: { text: string; column: number }[] = [];
      let column = 1;
      r.cells.forEach((text, c) => {
        const edge = r.edges?.[c];
        if (edge?.mergedIntoPrevious && fields.length > 0) {
          // Word 97's horizontal merge: the merged cell is part of the one before.
          if (text) fields[fields.length - 1]!.text = joinPieces([fields[fields.length - 1]!.text, text].filter((t) => t));
          return;
        }
        if (edge) column = Math.max(column, gridColumnAt(grid, edge.left));
        fields.push({ text, column });
        column++;
      });
      const last = r.edges?.[r.cells.length - 1];
      const next = last ? Math.max(column, columnAfter(grid, last.right)) : column;
      this.out.tableRow(fields, next, table, i + 1);
    });
    this.rows = [];
    this.out.endTable();
  }

  finish(): DocResult {
    this.flushTable();
    const { text, sourceMap } = this.out.finishJoined();
    return { text, sourceMap, paragraphs: this.paragraphs, tables: this.tables };
  }
}

/** The signature of an OLE compound file (Word 97-2003 .doc and WPS .wps, an encrypted .docx). */
export const OLE_MAGIC: readonly number[] = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The OLE compound file; a file cfb cannot open is refused as damaged. */
function openCompound(bytes: Uint8Array): CFB$Container {
  try {
    return cfb().read(bytes, { type: 'buffer' });
  } catch (e) {
    // A damaged container whose directory still names an encrypted package is said to be encrypted (a
    // password-protected .docx is an OLE file too).
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(Buffer.from('EncryptedPackage', 'utf16le')) >= 0) throw new ReadError('encrypted');
    throw malformed(`compound file: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function stream(container: CFB$Container, name: string): Uint8Array | undefined {
  // Streams of the root storage only (a .doc embedded in another file's storage is not the document).
  const entry = container.FileIndex.find((e, i) => e.type === 2 && e.name === name && container.FullPaths[i]!.split('/').filter(Boolean).length === 2);
  if (!entry) return undefined;
  const c = entry.content;
  return c instanceof Uint8Array ? c : Uint8Array.from(c);
}

/** Reads a Word 97–2003 .doc (or WPS .wps) file's bytes; throws ReadError. */
export function readDoc(bytes: Uint8Array): DocResult {
  if (bytes.length > DOC_LIMITS.fileBytes) throw new ReadError('too-large', `${bytes.length} bytes`);
  const container = openCompound(bytes);
  if (stream(container, 'EncryptedPackage')) throw new ReadError('encrypted');
  const wordBytes = stream(container, 'WordDocument');
  if (!wordBytes) throw new ReadError('doc-no-word', container.FileIndex.filter((e) => e.type === 2).map((e) => e.name).slice(0, 8).join(', '));
  const w = new Bytes(wordBytes, 'WordDocument');
  const fib = readFib(w);
  const tableBytes = stream(container, fib.tableStream);
  if (!tableBytes) throw malformed(`no ${fib.tableStream} stream`);
  const table = new Bytes(tableBytes, fib.tableStream);
  const pieces = readPieces(table, fib);
  const { chars, fcs } = readText(w, pieces, fib.ccpText);
  const dataBytes = stream(container, 'Data');
  const data = dataBytes ? new Bytes(dataBytes, 'Data') : undefined;
  const papx = new PropertyPages<ParaProps>(table, fib.btePapx, w, true, (s, e) => parsePapx(w, s + 2, e, data, { ...NO_PROPS, istd: w.u16(s) }), NO_PROPS);
  const chpx = new PropertyPages<boolean>(table, fib.bteChpx, w, false, (s, e) => parseChpx(w, s, e), false);
  return assemble(chars, fcs, papx, chpx, readLists(table, fib), readStyleLists(table, fib));
}

function assemble(
  chars: Uint16Array,
  fcs: Uint32Array,
  papx: PropertyPages<ParaProps>,
  chpx: PropertyPages<boolean>,
  numbering: Numbering,
  styleLists: ReadonlyMap<number, StyleList>,
): DocResult {
  const out = new DocBuilder();
  /** The field stack: for each open field, whether its result has begun. */
  const fields: boolean[] = [];
  let codeDepth = 0;
  let lines: string[] = [''];
  let line = '';
  /** A picture (\x01 inline, \x08 floating) in the paragraph so far; and whether a line with words was read. */
  let pictured = false;
  let started = false;
  const endLine = () => {
    lines[lines.length - 1] = line;
  };
  for (let cp = 0; cp < chars.length; cp++) {
    const c = chars[cp]!;
    if (c === 0x13) {
      if (fields.length < DOC_LIMITS.fieldDepth) fields.push(false);
      codeDepth = fields.filter((r) => !r).length;
      continue;
    }
    if (c === 0x14) {
      if (fields.length > 0) fields[fields.length - 1] = true;
      codeDepth = fields.filter((r) => !r).length;
      continue;
    }
    if (c === 0x15) {
      fields.pop();
      codeDepth = fields.filter((r) => !r).length;
      continue;
    }
    const paragraphEnd = c === 0x0d || c === 0x07;
    if (!paragraphEnd) {
      if (codeDepth > 0 || chpx.at(fcs[cp]!)) continue;
      if (c === 0x0b || c === 0x0c) {
        // A manual line break, or a page or section break: a new line of the same paragraph.
        endLine();
        lines.push('');
        line = '';
      } else if (c === 0x09) line += ' ';
      else if (c === 0x1e) line += '-';
      else if (c >= 0x20) line += String.fromCharCode(c);
      else if (c === 0x01 || c === 0x08) pictured = true;
      // Other control characters (pictures \x01 and \x08, note references \x02, separators) are not text.
      continue;
    }
    endLine();
    const p = papx.at(fcs[cp]!);
    // A paragraph's own list, else its style's (a numbered heading style); its own level, else the style's.
    const style = styleLists.get(p.istd);
    const ilfo = p.ilfo ?? style?.ilfo ?? 0;
    if (ilfo > 0 && !p.ttp) lines[0] = numbering.next({ numId: String(ilfo), ilvl: p.ilvl ?? style?.ilvl ?? 0 }) + lines[0]!;
    const done = lines.map((l) => l.replace(/[\t\r\n]/g, ' '));
    const picture = pictured && done.every((l) => l.trim() === '');
    lines = [''];
    line = '';
    pictured = false;
    const depth = p.itap > 0 ? p.itap : p.inTable ? 1 : 0;
    // A paragraph that is a picture alone, after the first words: `[图片]`, as the .docx reader reads it.
    if (depth === 0 && picture && started) out.paragraph([PICTURE]);
    else if (depth === 0) out.paragraph(done);
    else if (depth > 1) {
      // A nested table's paragraphs are the text of the outer cell (as the .docx reader reads them); its
      // cell and row marks are paragraph marks.
      if (!p.innerTtp) out.cellParagraph(done);
    } else if (c === 0x07 && p.ttp) out.endRow(p.cells);
    else if (c === 0x07) out.endCell(done);
    else out.cellParagraph(done);
    if (!started && done.some((l) => l.trim() !== '')) started = true;
  }
  return out.finish();
}
