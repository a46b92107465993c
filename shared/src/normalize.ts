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

/** Length-preserving fold of a whole string (see `foldChar`). */
export function fold(s: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = foldChar(c);
    if (f !== c) changed = true;
    out += String.fromCharCode(f);
  }
  return changed ? out : s;
}

/** Characters dropped from label keys: white space, zero-width characters and quotes. */
const DROP = new Set([..." \t\n\r\u000b\u000c\u00a0\u200b\u200c\u200d\ufeff“”\"'‘’「」『』〝〞"].map((c) => c.charCodeAt(0)));
/** Characters unified in label keys (after full-width folding). */
const UNIFY: ReadonlyMap<number, string> = new Map([
  ...[..."〔【［["].map((c) => [c.charCodeAt(0), '('] as const),
  ...[..."〕】］]"].map((c) => [c.charCodeAt(0), ')'] as const),
  ...[..."．。·・"].map((c) => [c.charCodeAt(0), '.'] as const),
  [','.charCodeAt(0), '，'],
  [';'.charCodeAt(0), '；'],
  [':'.charCodeAt(0), '：'],
]);

/**
 * The key under which labels are compared: full-width folded, no white space, no quotes, one kind
 * of bracket and dot, and `、` after a leading number read as a dot. `（三） 不予公开` and
 * `(三)不予公开` share a key. One pass over the string.
 */
export function labelKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = foldChar(s.charCodeAt(i));
    if (DROP.has(c) || (c >= 0x2000 && c <= 0x200a)) continue;
    const u = UNIFY.get(c);
    out += u ?? String.fromCharCode(c);
  }
  const m = /^(\d+)、/.exec(out);
  return m ? `${m[1]}.${out.slice(m[0].length)}` : out;
}

/** Removes a leading list marker — `（一）`, `(三)`, `1.`, `2、`, `一、` — from a label key. */
export function stripNumbering(key: string): string {
  return key.replace(/^(?:\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}\.(?!\d)|[一二三四五六七八九十]{1,3}、)/, '');
}

export function isBlank(s: string): boolean {
  return labelKey(s) === '';
}
