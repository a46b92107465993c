/**
 * Reading numbers: table cells (Arabic digits, full-width digits, thousands separators, the usual
 * slips) and Chinese numerals (三十五, 两, 一百零二, 一万二千).
 */
import { fold } from './normalize';

/** Why a cell that should hold a number does not. */
export type CellDefect =
  /** The letter O (or o) typed for the digit 0. */
  | 'letter-o'
  /** A placeholder such as `/`, `-`, `—` or `无` where a count belongs. */
  | 'placeholder'
  /** A number with a unit written into the cell, e.g. `5件`, `160.5964万元`. */
  | 'unit'
  /** A Chinese numeral, e.g. `〇`, `三`. */
  | 'chinese-numeral'
  /** A number with words, e.g. `减4`, `增3`. */
  | 'words'
  /**
   * A figure with a footnote mark or a note in brackets after it (`13*`, `13①`, `13（含网上申请6件）`): the
   * figure counts; the mark is the writer's, kept by a fix of the figure.
   */
  | 'annotated'
  /** A figure whose thousands are parted by spaces (`1 234`), as a Word table may type them. */
  | 'spaced'
  /** A total written as its sum (`2+11=13`); its figure is the result when the sum holds. */
  | 'formula'
  /** Anything else. */
  | 'text';

export type CellValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number; readonly decimals: number }
  | { readonly kind: 'text'; readonly defect: CellDefect; readonly suggestion?: string };

/** A placeholder for none (“/”, “—”, “无”) where a count belongs: what the sums count as 0. */
export function isPlaceholder(value: CellValue | undefined): boolean {
  return value?.kind === 'text' && value.defect === 'placeholder';
}

/**
 * The figure a reader of the table counts a cell as (`raw`: what the cell holds as written): its number; 0 for a
 * placeholder for none (“/”, “—”, “无”); the figure of a count written with its unit (“13件”, “5 件”), when it is a
 * whole number not below 0 (not money: “5万元” where a count belongs says something else). Other slips (the letter
 * O, words) have none: “1O” may be 10 or 0.
 */
export function countedFigure(value: CellValue | undefined, raw: string): number | undefined {
  if (value?.kind === 'number') return value.value;
  if (value?.kind !== 'text') return undefined;
  if (value.defect === 'placeholder') return 0;
  if (FIGURE_WRITTEN_OTHERWISE.has(value.defect) && value.suggestion !== undefined) {
    const n = Number(value.suggestion);
    return Number.isInteger(n) && n >= 0 ? n : undefined;
  }
  if (value.defect !== 'unit' || value.suggestion === undefined || /元[)）]?$/.test(raw.replace(/\s/g, ''))) return undefined;
  const n = Number(value.suggestion);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

const NUMBER = /^([+\-−–]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const PLACEHOLDER = /^(?:[\/\\／—–\-－_~～…]+|无|空|暂无|不适用|NA|N\/A|n\/a)$/;
/** The units written after a figure in a cell: counts (`件`, `条`, …) and money (`万元`, `元`). */
const UNITS = '件|条|个|次|份|项|宗|起|万元|元';
/**
 * A count in 万 (`1.8563万`): a unit too, but what it stands for depends on the column (18563 件, or 1.8563 万元). The
 * unit may stand in brackets (`13（件）`, as a header writes it).
 */
const WITH_UNIT = new RegExp(`^([+\\-−]?\\d+(?:\\.\\d+)?)\\s*(?:(${UNITS})|万|\\((${UNITS})\\))$`);
/**
 * At a position after a figure and a space: a unit that ends the cell (`18563 件`), so the space parts
 * no cells. Sticky: set `lastIndex` first.
 */
export const UNIT_AFTER_FIGURE = new RegExp(`(?:${UNITS}|万)(?=\\s|$)`, 'y');
const WORDS = /^(?:减|增|减少|增加|少|多)\s*\d+(?:\.\d+)?$/;
/**
 * After a figure (folded): a footnote mark (`*`, `※`, `①`, `¹`, `注1`, `[1]`) or a note in brackets that begins
 * with a word (`（含网上申请6件）`, `(其中自然人8件)`); what is left of the cell is its figure.
 */
const ANNOTATION = /^(\d{1,15}(?:\.\d{1,8})?) ?((?:[*※†‡#]{1,3}|[\u2460-\u2473]|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,2}|注\d{0,2}|\(注\d{0,2}\)|\[\d{1,2}\])|\([\u4e00-\u9fff][^()]{0,60}\))$/;
/** A figure in groups of three digits parted by spaces (`1 234`, `12 345 678`). */
const SPACED = /^[1-9]\d{0,2}(?: \d{3}){1,4}$/;
/** A sum written out, `=` and its result after it (`2+11=13`, `=2+11=13`). */
const FORMULA = /^=? ?(\d{1,12}(?: ?\+ ?\d{1,12}){1,24}) ?= ?(\d{1,15})$/;
/** Slips whose figure is sure, counted by the arithmetic as a reader counts them. */
const FIGURE_WRITTEN_OTHERWISE: ReadonlySet<CellDefect> = new Set<CellDefect>(['annotated', 'spaced', 'formula']);
const CJK_NUMERAL = /^[〇零一二两三四五六七八九十百千万]+$/;

/**
 * Invisible format characters (zero-width space, joiners, word joiner, BOM, soft hyphen), as a character class's
 * body: they take no room and are no part of a figure they stand in (`1\u200b78` reads 178).
 */
export const INVISIBLE_FORMAT = '\\u00ad\\u200b-\\u200d\\u2060\\ufeff';
/** Those characters between two digits. */
export const INVISIBLE_IN_FIGURE = new RegExp(`(?<=\\d)[${INVISIBLE_FORMAT}]{1,8}(?=\\d)`, 'g');
const INVISIBLE = new RegExp(`[${INVISIBLE_FORMAT}]`, 'g');

/** The common case, read without folding or trimming: a count in ASCII digits. */
const PLAIN_COUNT = /^\d{1,15}$/;

/** The values of the small counts most cells hold, each made once (a CellValue is never changed). */
const SMALL_COUNTS: CellValue[] = [];
const EMPTY: CellValue = { kind: 'empty' };

/** Reads one cell's text. Padding and full-width digits are accepted; nothing here throws. */
export function parseCell(raw: string): CellValue {
  if (PLAIN_COUNT.test(raw)) {
    const value = Number(raw);
    return value < 1000 ? (SMALL_COUNTS[value] ??= { kind: 'number', value, decimals: 0 }) : { kind: 'number', value, decimals: 0 };
  }
  // An invisible format character (zero-width space, joiners, word joiner, BOM, soft hyphen) is no character of the
  // figure it stands in (1\u200b78 is 178, as it reads); the artifact rule names it apart.
  const t = fold(raw).replace(INVISIBLE, '').replace(/[\s\u00a0]+/g, ' ').trim();
  if (t === '') return EMPTY;
  const m = NUMBER.exec(t);
  if (m) {
    const sign = m[1] === '' || m[1] === '+' ? 1 : -1;
    const intPart = m[2]!.replace(/,/g, '');
    const frac = m[3] ?? '';
    const value = sign * Number(frac ? `${intPart}.${frac}` : intPart);
    return { kind: 'number', value: Object.is(value, -0) ? 0 : value, decimals: frac.length };
  }
  if (/^[0-9oO]+$/.test(t)) return { kind: 'text', defect: 'letter-o', suggestion: t.replace(/[oO]/g, '0').replace(/^0+(?=\d)/, '') };
  if (PLACEHOLDER.test(t)) return { kind: 'text', defect: 'placeholder', suggestion: '0' };
  const unit = WITH_UNIT.exec(t);
  if (unit) return unit[2] === undefined && unit[3] === undefined ? { kind: 'text', defect: 'unit' } : { kind: 'text', defect: 'unit', suggestion: unit[1]!.replace('−', '-') };
  if (WORDS.test(t)) return { kind: 'text', defect: 'words' };
  const annotated = ANNOTATION.exec(t);
  if (annotated) return { kind: 'text', defect: 'annotated', suggestion: String(Number(annotated[1]!)) };
  if (SPACED.test(t)) return { kind: 'text', defect: 'spaced', suggestion: t.replace(/ /g, '') };
  const formula = FORMULA.exec(t);
  if (formula) {
    const sum = formula[1]!.split('+').reduce((a, b) => a + Number(b), 0);
    const result = Number(formula[2]!);
    return sum === result ? { kind: 'text', defect: 'formula', suggestion: String(result) } : { kind: 'text', defect: 'formula' };
  }
  if (CJK_NUMERAL.test(t)) {
    const n = parseChineseNumber(t);
    return n === undefined ? { kind: 'text', defect: 'text' } : { kind: 'text', defect: 'chinese-numeral', suggestion: String(n) };
  }
  return { kind: 'text', defect: 'text' };
}

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/**
 * Value of a Chinese numeral such as 三十五, 两, 十二, 一百零二, 一万二千, 二〇二四 (digit by digit).
 * Returns undefined when the string is not a well-formed numeral.
 */
export function parseChineseNumber(written: string): number | undefined {
  if (written.length === 0 || written.length > 24) return undefined;
  // 廿 and 卅: 二十 and 三十 in one character (廿五 is 25).
  const s = /[廿卅]/.test(written) ? written.replace(/廿/g, '二十').replace(/卅/g, '三十') : written;
  // Digit-by-digit form (二〇二四) — only digits, at least two of them, no units.
  if (s.length >= 2 && [...s].every((c) => c in DIGITS && c !== '两')) {
    let v = 0;
    for (const c of s) v = v * 10 + DIGITS[c]!;
    return v;
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastBig = Infinity;
  let lastSmall = Infinity;
  for (const c of s) {
    if (c in DIGITS) {
      if (digit !== undefined && DIGITS[c] !== 0 && digit !== 0) return undefined; // 三五
      digit = DIGITS[c]!;
    } else if (c in SMALL_UNITS) {
      const u = SMALL_UNITS[c]!;
      if (u >= lastSmall) return undefined;
      lastSmall = u;
      section += (digit ?? 1) * u;
      digit = undefined;
    } else if (c in BIG_UNITS) {
      const u = BIG_UNITS[c]!;
      if (u >= lastBig) return undefined;
      lastBig = u;
      total += (section + (digit ?? 0)) * u;
      if (section === 0 && digit === undefined) return undefined;
      section = 0;
      digit = undefined;
      lastSmall = Infinity;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/**
 * A figure as a message shows it: an amount summed from cells without the float's noise
 * (2030.16873, never 2030.1687300000002).
 */
export function formatFigure(value: number): string {
  return String(Number.isInteger(value) ? value : Number(value.toFixed(6)));
}

/**
 * A thousands separator as a cell writes it (`12,340`, `12，340`, `１２，３４０`): the character. (Spaces parting the
 * thousands are a slip cell-not-number removes, not a style to keep.)
 */
const GROUPED_BY = /[0-9０-９]([,，])[0-9０-９]{3}(?![0-9０-９])/;

/**
 * Formats a value in the style of the cell it replaces: full-width digits stay full-width, thousands stay parted
 * by the cell's separator (`12,340` → `8,638`), and a footnote mark or a note after the figure stays after it
 * (`3*` → `0*`).
 */
export function formatLike(value: number, original: string): string {
  let text = String(value);
  const sep = Number.isInteger(value) && value >= 1000 ? GROUPED_BY.exec(original)?.[1] : undefined;
  if (sep !== undefined) {
    let grouped = text.slice(0, ((text.length - 1) % 3) + 1);
    for (let k = grouped.length; k < text.length; k += 3) grouped += sep + text.slice(k, k + 3);
    text = grouped;
  }
  if (/[０-９]/.test(original)) {
    text = text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  }
  const v = parseCell(original);
  if (v.kind === 'text' && v.defect === 'annotated') {
    const t = original.trim();
    const m = /^[0-9０-９.．]+[ \u3000]?/.exec(t);
    if (m) text += t.slice(m[0].length);
  }
  return text;
}
