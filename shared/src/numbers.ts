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

/** Formats a value in the digit style of the cell it replaces (full-width digits stay full-width). */
export function formatLike(value: number, original: string): string {
  const text = String(value);
  if (/[０-９]/.test(original)) {
    return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  }
  return text;
}
