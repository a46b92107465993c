/**
 * Word's automatic numbering. A heading typed as `总体情况` with a list style shows as `一、总体情况`:
 * the numeral is not in document.xml but computed from numbering.xml (and styles.xml, when the
 * paragraph style carries the numbering). Word's own text export writes the computed numbers, and
 * the core recognises parts and sub-headings by them, so the reader computes them the same way.
 */
import { child, children, type XmlElement } from './xml';

export interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  readonly suffix: 'tab' | 'space' | 'nothing';
  /** Restart after a paragraph of this (0-based) level or shallower; -1: never restart. */
  readonly restart: number | undefined;
  readonly legal: boolean;
}

export interface Instance {
  readonly abstractId: string;
  /** Per level: a start override (restarts the list when this instance is first used). */
  readonly overrides: ReadonlyMap<number, number>;
  readonly levels: ReadonlyMap<number, Level>;
}

const CJK = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百〇五. */
export function chineseCounting(n: number): string {
  if (n <= 0 || n >= 100000) return String(n);
  if (n < 10) return CJK[n]!;
  if (n < 20) return `十${n % 10 ? CJK[n % 10] : ''}`;
  if (n < 100) return `${CJK[Math.floor(n / 10)]}十${n % 10 ? CJK[n % 10] : ''}`;
  const units: [number, string][] = [[10000, '万'], [1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let out = '';
  let zero = false;
  let rest = n;
  for (const [u, name] of units) {
    const d = Math.floor(rest / u);
    rest %= u;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '〇';
    zero = false;
    out += CJK[d]! + name;
  }
  return out;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PAREN_NUM = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const HEAVENLY = '甲乙丙丁戊己庚辛壬癸';
const ROMAN: readonly [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

function letters(n: number): string {
  // Word repeats the letter: a … z, aa … zz.
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a `w:numFmt`. Unknown formats fall back to decimal, as Word does. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
    case 'bullet':
      return '';
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseCounting(n);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY[n - 1]! : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? CIRCLED[n - 1]! : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? PAREN_NUM[n - 1]! : `(${n})`;
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}

function intAttr(el: XmlElement | undefined, fallback: number): number {
  const v = el?.attrs['w:val'];
  const n = v === undefined ? NaN : parseInt(v, 10);
  return Number.isFinite(n) ? n : fallback;
}

function readLevel(lvl: XmlElement, base?: Level): Level {
  const fmt = child(lvl, 'w:numFmt')?.attrs['w:val'];
  const text = child(lvl, 'w:lvlText')?.attrs['w:val'];
  const suff = child(lvl, 'w:suff')?.attrs['w:val'];
  const restartEl = child(lvl, 'w:lvlRestart');
  const legal = child(lvl, 'w:isLgl');
  return {
    start: child(lvl, 'w:start') ? intAttr(child(lvl, 'w:start'), 1) : (base?.start ?? 1),
    format: fmt ?? base?.format ?? 'decimal',
    text: text ?? base?.text ?? '',
    suffix: suff === 'space' || suff === 'nothing' ? suff : suff === 'tab' ? 'tab' : (base?.suffix ?? 'tab'),
    restart: restartEl ? intAttr(restartEl, 0) - 1 : base?.restart,
    legal: legal ? legal.attrs['w:val'] !== '0' && legal.attrs['w:val'] !== 'false' : (base?.legal ?? false),
  };
}

function levelsOf(el: XmlElement, base?: ReadonlyMap<number, Level>): Map<number, Level> {
  const out = new Map<number, Level>(base ?? []);
  for (const lvl of children(el, 'w:lvl')) {
    const ilvl = parseInt(lvl.attrs['w:ilvl'] ?? '0', 10);
    if (Number.isFinite(ilvl)) out.set(ilvl, readLevel(lvl, base?.get(ilvl)));
  }
  return out;
}

export interface ParagraphNumbering {
  readonly numId: string;
  readonly ilvl: number;
}

/** Paragraph style → its numbering (following `w:basedOn`). */
export class StyleNumbering {
  private readonly styles = new Map<string, { basedOn?: string; numId?: string; ilvl?: number }>();

  constructor(stylesRoot: XmlElement | undefined) {
    const root = stylesRoot ? child(stylesRoot, 'w:styles') : undefined;
    if (!root) return;
    for (const s of children(root, 'w:style')) {
      const id = s.attrs['w:styleId'];
      if (!id) continue;
      const numPr = child(child(s, 'w:pPr'), 'w:numPr');
      const basedOn = child(s, 'w:basedOn')?.attrs['w:val'];
      const numId = child(numPr, 'w:numId')?.attrs['w:val'];
      const ilvl = child(numPr, 'w:ilvl') ? intAttr(child(numPr, 'w:ilvl'), 0) : undefined;
      this.styles.set(id, { ...(basedOn ? { basedOn } : {}), ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { ilvl } : {}) });
    }
  }

  of(styleId: string): Partial<ParagraphNumbering> {
    let id: string | undefined = styleId;
    const seen = new Set<string>();
    let numId: string | undefined;
    let ilvl: number | undefined;
    while (id && !seen.has(id)) {
      seen.add(id);
      const s = this.styles.get(id);
      if (!s) break;
      numId ??= s.numId;
      ilvl ??= s.ilvl;
      id = s.basedOn;
    }
    return { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { ilvl } : {}) };
  }
}

/** Counts list paragraphs in document order and renders their numbers. */
export class Numbering {
  private readonly instances = new Map<string, Instance>();
  /** Counters per abstract numbering (instances of one abstract list continue each other). */
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  /** From numbering.xml (.docx), or from list instances already read (`instances`: a .doc's LFOs by ilfo). */
  constructor(numberingRoot: XmlElement | undefined, instances?: ReadonlyMap<string, Instance>) {
    if (instances) for (const [id, inst] of instances) this.instances.set(id, inst);
    const root = numberingRoot ? child(numberingRoot, 'w:numbering') : undefined;
    if (!root) return;
    const abstracts = new Map<string, Map<number, Level>>();
    for (const a of children(root, 'w:abstractNum')) {
      const id = a.attrs['w:abstractNumId'];
      if (id !== undefined) abstracts.set(id, levelsOf(a));
    }
    for (const n of children(root, 'w:num')) {
      const id = n.attrs['w:numId'];
      const abstractId = child(n, 'w:abstractNumId')?.attrs['w:val'];
      if (id === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, number>();
      let levels: ReadonlyMap<number, Level> = abstracts.get(abstractId) ?? new Map();
      for (const o of children(n, 'w:lvlOverride')) {
        const ilvl = parseInt(o.attrs['w:ilvl'] ?? '0', 10);
        const so = child(o, 'w:startOverride');
        if (so) overrides.set(ilvl, intAttr(so, 1));
        const lvl = child(o, 'w:lvl');
        if (lvl) {
          const merged = new Map(levels);
          merged.set(ilvl, readLevel(lvl, levels.get(ilvl)));
          levels = merged;
        }
      }
      this.instances.set(id, { abstractId, overrides, levels });
    }
  }

  /** The number text of the next paragraph of this list and level, with its separator; '' if none. */
  next(p: ParagraphNumbering): string {
    const inst = this.instances.get(p.numId);
    // numId 0 means "no numbering" (it removes numbering a style would give).
    if (!inst || p.numId === '0') return '';
    const level = inst.levels.get(p.ilvl);
    if (!level) return '';
    let counters = this.counters.get(inst.abstractId);
    if (!counters || (!this.started.has(p.numId) && inst.overrides.size > 0)) {
      counters = [];
      this.counters.set(inst.abstractId, counters);
    }
    this.started.add(p.numId);
    for (let l = 0; l <= p.ilvl; l++) {
      if (counters[l] === undefined) {
        const lv = inst.levels.get(l);
        counters[l] = (inst.overrides.get(l) ?? lv?.start ?? 1) - (l === p.ilvl ? 1 : 0);
      }
    }
    counters[p.ilvl]! += 1;
    // Deeper levels restart (unless their lvlRestart says otherwise).
    for (let l = p.ilvl + 1; l < counters.length; l++) {
      const lv = inst.levels.get(l);
      if (lv?.restart === -1) continue;
      if (lv?.restart === undefined || p.ilvl <= lv.restart) counters[l] = undefined;
    }
    if (level.format === 'bullet' || level.format === 'none') return '';
    const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const lv = inst.levels.get(l);
      const value = counters![l] ?? lv?.start ?? 1;
      return formatNumber(value, level.legal && l !== p.ilvl ? 'decimal' : (lv?.format ?? 'decimal'));
    });
    if (!text) return '';
    // A tab after the number: nothing after CJK punctuation or a closing bracket, else a space.
    const sep = level.suffix === 'nothing' ? '' : /[、．.)）:：]$/.test(text) ? '' : ' ';
    return text + sep;
  }
}
