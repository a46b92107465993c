/**
 * Recognising part headings (`一、总体情况`), sub-headings (`（一）…`, `1.…`) and the title.
 */
import { firstKeyCode, isWhiteSpace, labelKey, labelKeyWithin } from '../normalize';
import { parseChineseNumber } from '../numbers';
import { PARTS, REQUEST_GROUPS, REQUEST_ROWS_2021, rowKey, type PartId } from '../template';
import type { NumberingStyle } from '../model';
import type { LineInfo } from './lines';

export interface HeadingMatch {
  /** Numeral value written (1 for 一), 0 when the heading has none. */
  readonly number: number;
  readonly numeral: string;
  readonly numeralStart: number;
  readonly numeralEnd: number;
  readonly title: string;
  readonly titleStart: number;
  readonly titleEnd: number;
  /** The part the title names, if it names one. */
  readonly part?: PartId;
  /**
   * Numbered as a list or a sub-heading is (`1. 总体情况` as exports of Word's list numbering write it,
   * `（一）总体情况`), not `一、`: such a line is a part only where the report heads that part no other way.
   */
  readonly listNumbered?: boolean;
  /**
   * Without a numeral and with the part's first sentence run in after its title (`存在的主要问题及改进情况：…`):
   * such a line is as likely a sentence, so it heads a part only where nothing else does (`acceptHeadings`).
   */
  readonly bareRunIn?: boolean;
  /**
   * A bare run-in title under six characters (`总体情况：本年度…`), its colon right after it: as likely the start of a
   * sentence, so it heads its part only at the top of the report, before the other parts' headings (`acceptHeadings`).
   */
  readonly shortTitle?: boolean;
}

const PART_NUMERAL = /^([一二三四五六七八九十])(?:\s*[、.．,，]\s*|\s+(?=\S))/;
const PART_ORDINAL = /^第([一二三四五六七八九十])部分\s*[、.．:：]?\s*/;
/** `1. 总体情况`: a part heading only when its words are exactly a part's title or a known variant. */
const PART_ARABIC = /^([1-9])\s*[、.．](?![0-9])\s*/;
/** `一总体情况`: the 、 lost, the numeral run into the words; likewise only a part's exact title under its own numeral. */
const PART_TIGHT = /^([一二三四五六])(?=[^\s、.．,，])/;
/** `（一）总体情况`, `(1)总体情况`: likewise, and only when the numeral is the part's own. */
const PART_PAREN = /^[（(]\s*([一二三四五六]|[1-6])\s*[）)]\s*/;
const TITLE_END = /[。；;：:！!？?]/;

/**
 * Where a heading's title ends in `rest` (the line after its numeral): at the first full stop, colon and
 * the like that is not inside brackets, so that `总体情况（单位：件）` is one title, not `总体情况（单位`;
 * -1 when the title runs to the end of the line.
 */
function titleCut(rest: string): number {
  const cut = rest.search(TITLE_END);
  if (cut < 0) return cut;
  // No bracket opens before the first stop (most lines): that stop ends the title, as the walk below would find.
  let opens = false;
  for (let i = 0; i < cut && !opens; i++) {
    const c = rest.charCodeAt(i);
    opens = c === 0xff08 || c === 0x28;
  }
  if (!opens) return cut;
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && TITLE_END.test(c)) return i;
  }
  // A bracket never closed is no note: the first stop ends the title as it would without brackets.
  return depth > 0 ? cut : -1;
}

/** Table-三 labels that begin like part headings (`四、结转下年度继续办理`): never headings. */
const TABLE_LABEL_KEYS: readonly string[] = [
  ...REQUEST_ROWS_2021.filter((r) => /^[一二三四]、/.test(r.label)).map((r) => rowKey(r.label)),
  ...REQUEST_GROUPS.map((g) => rowKey(g.label)),
  '本年新收', '上年结转', '结转下年度', '本年度办理结果',
];

/** Each part's title and variants as label keys, computed once. */
const PART_KEYS = PARTS.map((p) => ({
  id: p.id,
  pattern: p.pattern,
  title: labelKey(p.title),
  variants: p.variants.map(labelKey),
  /** Variants long enough to stand as a heading without a numeral. */
  bareVariants: p.variants.filter((v) => v.length >= 6).map(labelKey),
}));

function looksLikeTableLabel(title: string): boolean {
  const key = rowKey(title);
  return TABLE_LABEL_KEYS.some((k) => key.startsWith(k) || (k.length >= 4 && key.includes(k)));
}

/** The part a heading's text names (official title, a variant, or a distinctive word). */
export function classifyPartTitle(title: string): PartId | undefined {
  const key = labelKey(title);
  for (const p of PART_KEYS) if (key === p.title || p.variants.includes(key)) return p.id;
  if (looksLikeTableLabel(title)) return undefined;
  for (const p of PART_KEYS) if (p.pattern.test(key)) return p.id;
  return undefined;
}

/** First characters a part heading with a numeral can start with (一 … 十, 第). */
const NUMERAL_START = /^[一二三四五六七八九十第]/;

/** The part a heading's words are exactly the title of (or a known variant), nothing looser. */
function exactPartTitle(title: string): PartId | undefined {
  const key = labelKey(title);
  for (const p of PART_KEYS) if (key === p.title || p.variants.includes(key)) return p.id;
  return undefined;
}

/**
 * Where a part's exact title ends before a space and more words on its line (`六、其他需要报告的事项 本年度未收取…`):
 * the words after it are the part's text, not its title. -1 when the line has no such title with its space before `limit`.
 */
function spacedCut(rest: string, limit: number): number {
  // A loop, not /\s+(?=\S)/: on a line of spaces that pattern tries every start, each to the line's end.
  let space = 0;
  while (space < limit && !isWhiteSpace(rest.charCodeAt(space))) space++;
  if (space >= limit) return -1;
  let words = space;
  while (words < rest.length && isWhiteSpace(rest.charCodeAt(words))) words++;
  return space > 0 && words < rest.length && exactPartTitle(rest.slice(0, space)) !== undefined ? space : -1;
}

/**
 * Where a part heading's title ends in `rest`: before a space after the part's exact title (`spacedCut`) or at the
 * first stop (`titleCut`), whichever comes first; -1 when the title runs to the end of the line.
 */
function headingCut(rest: string): number {
  const stop = titleCut(rest);
  // A space at or after the stop would not be taken: it is looked for before the stop only (not through a
  // paragraph of prose after `1.主动公开方面。`, which has none).
  const spaced = spacedCut(rest, stop < 0 ? rest.length : stop);
  return spaced >= 0 ? spaced : stop;
}

/**
 * `1. 总体情况` … `6. 其他需要报告的事项` (Word's list numbering exported as Arabic numerals),
 * `（一）总体情况` … (parts numbered as sub-headings) and `一总体情况` (the 、 lost): the words must be
 * exactly a part's title or a known variant, and a bracketed or run-in numeral must be that part's
 * (`（一）基本情况` under another part is its first sub-heading, not part 一).
 */
function matchListHeading(info: LineInfo, body: string): HeadingMatch | undefined {
  const paren = body.startsWith('（') || body.startsWith('(');
  const tight = !paren && !/^[1-9]/.test(body);
  const m = (paren ? PART_PAREN : tight ? PART_TIGHT : PART_ARABIC).exec(body);
  if (!m) return undefined;
  const rest = body.slice(m[0].length);
  // The part's exact title may be followed on its line by the part's first sentence, after a stop, a colon
  // or a space (`（四）政府信息公开行政复议、行政诉讼情况　本年度…`), as a heading numbered 一、 may.
  const cut = headingCut(rest);
  const words = (cut < 0 ? rest : rest.slice(0, cut)).trimEnd();
  const part = exactPartTitle(words);
  if (part === undefined) return undefined;
  const number = /\d/.test(m[1]!) ? Number(m[1]) : (parseChineseNumber(m[1]!) ?? 0);
  if ((paren || tight) && number !== part) return undefined;
  const title = info.masked.slice(info.start + m[0].length, info.start + m[0].length + words.length);
  return {
    number,
    numeral: m[1]!,
    numeralStart: info.start,
    numeralEnd: info.start + m[0].trimEnd().length,
    title,
    titleStart: info.start + m[0].length,
    titleEnd: info.start + m[0].length + words.length,
    part,
    listNumbered: true,
  };
}

/**
 * Reads a part heading at the start of a line. Returns undefined for lines that only look like one
 * (table rows such as `四、结转下年度继续办理`, long sentences that start with a numeral).
 */
export function matchPartHeading(info: LineInfo): HeadingMatch | undefined {
  if (info.blank) return undefined;
  if (info.tabular) return indentedHeading(info);
  const body = info.folded.slice(info.start, info.end);
  const m = NUMERAL_START.test(body) ? (PART_NUMERAL.exec(body) ?? PART_ORDINAL.exec(body)) : null;
  if (!m) return /^[1-9（(一二三四五六]/.test(body) ? (matchListHeading(info, body) ?? matchBareHeading(info, body)) : matchBareHeading(info, body);
  const numeral = m[1]!;
  const number = parseChineseNumber(numeral) ?? 0;
  const rest = body.slice(m[0].length);
  const cut = headingCut(rest);
  let title = (cut < 0 ? rest : rest.slice(0, cut)).trimEnd();
  if (title.length === 0 || title.length > 40) return undefined;
  if (looksLikeTableLabel(title)) return undefined;
  const part = classifyPartTitle(title);
  // A numbered line whose words name no part is a heading only if it is short and ends the line.
  if (part === undefined && (cut >= 0 || title.length > 20)) return undefined;
  title = info.masked.slice(info.start + m[0].length, info.start + m[0].length + title.length);
  return {
    number,
    numeral,
    numeralStart: info.start,
    numeralEnd: info.start + m[0].trimEnd().length,
    title,
    titleStart: info.start + m[0].length,
    titleEnd: info.start + m[0].length + title.length,
    ...(part !== undefined ? { part } : {}),
  };
}

/**
 * A part heading indented with a TAB (`\t四、政府信息公开行政复议、行政诉讼情况`), which a table cell per line
 * looks like too: only with the numeral of the part its words name exactly, and nothing after a TAB.
 */
function indentedHeading(info: LineInfo): HeadingMatch | undefined {
  if (info.scan.markdown !== undefined || info.folded.slice(info.start, info.end).includes('\t')) return undefined;
  const m = matchPartHeading({ ...info, tabular: false });
  return m && m.part !== undefined && m.number === m.part && exactPartTitle(m.title) === m.part ? m : undefined;
}

/** A heading written without its numeral: the line is exactly a part's title or a known variant. */
function matchBareHeading(info: LineInfo, body: string): HeadingMatch | undefined {
  const key = labelKeyWithin(body, 30);
  if (key === undefined) return bareRunIn(info, body);
  for (let k = 0; k < PART_KEYS.length; k++) {
    const p = PART_KEYS[k]!;
    if (key === p.title || p.bareVariants.includes(key)) {
      return { number: 0, numeral: '', numeralStart: info.start, numeralEnd: info.start, title: info.masked.slice(info.start, info.end), titleStart: info.start, titleEnd: info.end, part: p.id };
    }
  }
  return bareRunIn(info, body);
}

/** The first code unit of every key a run-in title may have: the parts' titles and variants. */
const RUN_IN_FIRST = new Set(PART_KEYS.flatMap((p) => [p.title, ...p.variants]).map((k) => k.charCodeAt(0)));

/**
 * A part's title without a numeral at the start of a line, then a stop, a colon or a space and the part's first
 * sentence (`政府信息公开行政复议、行政诉讼情况。本年度…`). A title under six characters (`总体情况`, `概述`) only
 * with a colon right after it (`总体情况：本年度…`), marked `shortTitle`.
 */
function bareRunIn(info: LineInfo, body: string): HeadingMatch | undefined {
  // Asked of every line that is no heading otherwise, most of them prose: one whose words begin as no part's title
  // or variant does is none, without cutting and keying it.
  if (!RUN_IN_FIRST.has(firstKeyCode(body))) return undefined;
  const cut = headingCut(body.slice(0, 41));
  if (cut < 2 || body.slice(cut + 1).trim() === '') return undefined;
  const colon = body[cut] === '：' || body[cut] === ':';
  if (cut < 6 && !colon) return undefined;
  const words = body.slice(0, cut).trimEnd();
  const key = labelKey(words);
  for (let k = 0; k < PART_KEYS.length; k++) {
    const p = PART_KEYS[k]!;
    // A short variant (`基本情况：`, `概述：`) as well as the title, with its colon.
    const short = key.length < 6;
    if (key === p.title || p.bareVariants.includes(key) || (short && p.variants.includes(key))) {
      if (short && !(colon && words.length === cut)) return undefined;
      return { number: 0, numeral: '', numeralStart: info.start, numeralEnd: info.start, title: info.masked.slice(info.start, info.start + words.length), titleStart: info.start, titleEnd: info.start + words.length, part: p.id, bareRunIn: true, ...(short ? { shortTitle: true } : {}) };
    }
  }
  return undefined;
}

export interface SubheadingMatch {
  readonly style: NumberingStyle;
  readonly number: number;
  readonly marker: string;
  readonly markerStart: number;
  readonly markerEnd: number;
  readonly title: string;
  readonly titleEnd: number;
}

const SUB_PATTERNS: readonly [NumberingStyle, RegExp][] = [
  ['cjk', /^([一二三四五六七八九十]{1,3})\s*、\s*/],
  ['paren-cjk', /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*/],
  ['paren-arabic', /^[（(]\s*(\d{1,2})\s*[）)]\s*/],
  // Not a decimal (1.5亿), but a year may follow the dot at once (`2.2020年，街道…`: item 2, not 2.2020).
  ['arabic', /^(\d{1,2})\s*[.．、](?:(?![\d０-９])|(?=(?:19|20)\d{2}\s*年))\s*/],
  ['circled', /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*/],
];

/** First characters a sub-heading can start with (after folding). */
const SUB_START = /^[一二三四五六七八九十（(\d①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/;

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The number a sub-heading marker's token stands for in its style (② 2, 十二 12, 3 3); 0 when it stands for none. */
function markerNumber(style: NumberingStyle, token: string): number {
  return style === 'circled' ? CIRCLED.indexOf(token) + 1 : style === 'paren-cjk' || style === 'cjk' ? parseChineseNumber(token) ?? 0 : Number(token);
}

/** A list marker read at the start of a string. */
export interface MarkerAtStart {
  readonly style: NumberingStyle;
  readonly number: number;
  /** Offsets of the number itself (the digits or the numeral, without brackets or stop) in the string read. */
  readonly numberStart: number;
  readonly numberEnd: number;
}

/**
 * The numbering style and number of a sub-heading marker that `folded` (folded text, e.g. what a part heading's
 * line says after its title, or a table row's label) starts with: `1.存在的主要问题` → arabic 1. With `zero`, an
 * arabic 0 is read as a number too (a table row numbered `0.` is misnumbered, where a heading's `0.` is no marker).
 */
export function markerAtStart(folded: string, zero = false): MarkerAtStart | undefined {
  if (!SUB_START.test(folded)) return undefined;
  for (let k = 0; k < SUB_PATTERNS.length; k++) {
    const [style, re] = SUB_PATTERNS[k]!;
    const m = re.exec(folded);
    if (!m) continue;
    const token = m[1]!;
    const number = markerNumber(style, token);
    if (number <= 0 && !(zero && style === 'arabic')) continue;
    // The token is the first run of its characters in the marker: a bracket and blanks at most come before it.
    const numberStart = m[0].indexOf(token);
    return { style, number, numberStart, numberEnd: numberStart + token.length };
  }
  return undefined;
}

/** Reads a numbered sub-heading (`（一）主动公开情况`, `1.主动公开方面。…`) at the start of a line. */
export function matchSubheading(info: LineInfo): SubheadingMatch | undefined {
  if (info.blank || info.tabular) return undefined;
  const folded = info.folded.slice(info.start, info.end);
  if (!SUB_START.test(folded)) return undefined;
  const body = info.masked.slice(info.start, info.end);
  for (let k = 0; k < SUB_PATTERNS.length; k++) {
    const [style, re] = SUB_PATTERNS[k]!;
    const m = re.exec(folded);
    if (!m) continue;
    const number = markerNumber(style, m[1]!);
    if (number <= 0) continue;
    const rest = body.slice(m[0].length);
    const cut = titleCut(rest);
    let title = (cut < 0 ? rest : rest.slice(0, cut)).trimEnd();
    if (title.length > 40) title = title.slice(0, 40);
    return {
      style,
      number,
      marker: body.slice(0, m[0].trimEnd().length),
      markerStart: info.start,
      markerEnd: info.start + m[0].trimEnd().length,
      title,
      titleEnd: info.start + m[0].length + title.length,
    };
  }
  return undefined;
}
