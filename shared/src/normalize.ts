/**
 * Character normalisation used for matching labels and reading numbers.
 *
 * `foldChar` maps one UTF-16 code unit to one code unit, so a folded string keeps every offset of its
 * source: ranges computed on the folded text are exact in the original.
 */

const FULLWIDTH_START = 0xff01; // '！'
const FULLWIDTH_END = 0xff5e; // '～'

/** Full-width ASCII variants and the ideographic space become their ASCII forms; the rest is unchanged. */
export function foldChar(code: number): number {
  if (code >= FULLWIDTH_START && code <= FULLWIDTH_END) return code - 0xfee0;
  if (code === 0x3000) return 0x20; // ideographic space
  return code;
}

const FOLDABLE = /[\uff01-\uff5e\u3000]/;
const FOLDABLE_ALL = /[\uff01-\uff5e\u3000]/g;
const foldMatch = (c: string): string => String.fromCharCode(foldChar(c.charCodeAt(0)));

/**
 * Length-preserving fold of a whole string (see `foldChar`). Short strings are folded char by char;
 * long ones with one regular-expression replacement, which is several times faster per character.
 */
export function fold(s: string): string {
  if (s.length > 24) return FOLDABLE.test(s) ? s.replace(FOLDABLE_ALL, foldMatch) : s;
  let i = 0;
  while (i < s.length && foldChar(s.charCodeAt(i)) === s.charCodeAt(i)) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) out += String.fromCharCode(foldChar(s.charCodeAt(i)));
  return out;
}

/** Characters dropped from label keys: white space, zero-width characters and quotes. */
const DROP = new Set([..." \t\n\r\u000b\u000c\u00a0\u00ad\u200b\u200c\u200d\ufeff“”\"'‘’「」『』〝〞"].map((c) => c.charCodeAt(0)));
/** Characters unified in label keys (after full-width folding). */
const UNIFY: ReadonlyMap<number, string> = new Map([
  ...[..."〔【［["].map((c) => [c.charCodeAt(0), '('] as const),
  ...[..."〕】］]"].map((c) => [c.charCodeAt(0), ')'] as const),
  ...[..."．。·・"].map((c) => [c.charCodeAt(0), '.'] as const),
  [','.charCodeAt(0), '，'],
  [';'.charCodeAt(0), '；'],
  [':'.charCodeAt(0), '：'],
]);

/** What one code unit becomes in a label key: itself, another code unit, or nothing (-1). */
export function keyCharCode(code: number): number {
  const c = foldChar(code);
  if (DROP.has(c) || (c >= 0x2000 && c <= 0x200a)) return -1;
  const u = UNIFY.get(c);
  return u === undefined ? c : u.charCodeAt(0);
}

/**
 * `keyCharCode` as a table. Every code unit from U+3100 up to U+FE00 is its own key (CJK ideographs
 * among them), so the table covers only the code units below U+3100 and from U+FE00; built on first use.
 */
const KEY_SPLIT = 0x3100;
const KEY_HIGH = 0xfe00;
let keyTable: Int32Array | undefined;

function keyCode(c: number): number {
  if (c >= KEY_SPLIT && c < KEY_HIGH) return c;
  if (!keyTable) {
    keyTable = new Int32Array(KEY_SPLIT + 0x10000 - KEY_HIGH);
    for (let k = 0; k < KEY_SPLIT; k++) keyTable[k] = keyCharCode(k);
    for (let k = KEY_HIGH; k < 0x10000; k++) keyTable[KEY_SPLIT + k - KEY_HIGH] = keyCharCode(k);
  }
  return keyTable[c < KEY_SPLIT ? c : KEY_SPLIT + c - KEY_HIGH]!;
}

/**
 * The key under which labels are compared: full-width folded, no white space, no quotes, one kind
 * of bracket and dot, and `、` after a leading number read as a dot. `（三） 不予公开` and
 * `(三)不予公开` share a key. One pass over the string, through a table.
 */
export function labelKey(s: string): string {
  // Most code units are their own key: the key is built of the runs between the others (slices of `s`),
  // each of those appended as its key or dropped. Most cells are their own key: then nothing is built.
  // (Against appending code unit by code unit, or through a buffer for long strings: ~25% less time on
  // short labels, ~40% on lines of prose, measured on the lines of 300 reports.)
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = keyCode(c);
    if (k === c) continue;
    if (i > run) out += s.slice(run, i);
    if (k >= 0) out += String.fromCharCode(k);
    run = i + 1;
  }
  if (run === 0) return numberedKey(s);
  if (run < s.length) out += s.slice(run);
  return numberedKey(out);
}

/** The first code unit of `labelKey(s)` (a leading `12、` keeps its `1`), or -1 when the key is empty. */
export function firstKeyCode(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const k = keyCode(s.charCodeAt(i));
    if (k >= 0) return k;
  }
  return -1;
}

/** A leading `12、` reads as `12.`. */
function numberedKey(key: string): string {
  // An empty key (a blank cell) is asked for no character: reading past the end gives NaN, and the optimised
  // code, made for in-bounds reads, was thrown away on the first blank cell after it.
  if (key.length === 0) return key;
  const c = key.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return key;
  const m = /^(\d+)、/.exec(key);
  return m ? `${m[1]}.${key.slice(m[0].length)}` : key;
}

/**
 * `labelKey(s)` when it is at most `max` characters long, else undefined — found without reading
 * more of `s` than it takes (a long line of prose is not a heading, and costs a few characters).
 */
export function labelKeyWithin(s: string, max: number): string | undefined {
  // Counted before it is built: most texts asked are lines of prose, far longer, and no key of theirs is made.
  // (A leading `12、` becomes `12.`: same length, so the bound holds before the rewrite.)
  let length = 0;
  for (let i = 0; i < s.length; i++) if (keyCode(s.charCodeAt(i)) >= 0 && ++length > max) return undefined;
  return labelKey(s);
}

const LIST_NUMERALS = '一二三四五六七八九十';

function isListNumeral(c: number): boolean {
  for (let i = 0; i < LIST_NUMERALS.length; i++) if (LIST_NUMERALS.charCodeAt(i) === c) return true;
  return false;
}

/** Removes a leading list marker — `（一）`, `(三)`, `1.`, `2、`, `一、` — from a label key. */
export function stripNumbering(key: string): string {
  // Most keys begin with no marker's first character (a bracket, a digit, a numeral): they are returned as they are.
  // (An empty one too, without reading past its end: see numberedKey.)
  if (key.length === 0) return key;
  const c = key.charCodeAt(0);
  if (c !== 40 && !(c >= 48 && c <= 57) && !isListNumeral(c)) return key;
  return key.replace(/^(?:\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}\.(?!\d)|[一二三四五六七八九十]{1,3}、)/, '');
}

/** Exactly what `/\s/` matches, for one UTF-16 code unit, without making a one-character string. */
export function isWhiteSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isBlank(s: string): boolean {
  return labelKey(s) === '';
}
