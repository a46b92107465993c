/**
 * The grammar's units: a sentence's clauses (split at `，` `：` `；`, parentheses kept apart as
 * clauses of their own), the numbers with units in them, and a clause's segments (one number each).
 * All offsets are offsets in the prose stream. Linear in the sentence's length.
 */
import { parseChineseNumber } from '../numbers';
import { isWhiteSpace } from '../normalize';
import { APPROX_AFTER, APPROX_BEFORE, NOT_A_COUNT_AFTER } from './lexicon';

export interface NumberToken {
  readonly start: number;
  /** After the unit. */
  readonly end: number;
  readonly numberEnd: number;
  readonly value: number;
  /** 件, 条, 份, 次, 个, 起, 宗, 万元 or 元. */
  readonly unit: string;
  /**
   * Decimal places written. For a count written in 万 or 亿, the place of its last digit as a negative
   * power of ten (2.17万件: −2, to the hundred; 2万件: −4): the writer's rounding.
   */
  readonly decimals: number;
}

/** A count (件, 条 …), not an amount of money (元, 万元). */
export function isCount(t: NumberToken): boolean {
  return t.unit !== '元' && t.unit !== '万元';
}

export interface Clause {
  readonly start: number;
  /** The clause, with its parenthesised parts blanked out (same length). */
  readonly text: string;
  /** The clause follows a `；` (a new statement inside the sentence). */
  readonly strong: boolean;
  /** The clause follows a `：` (what the words before the colon introduce). */
  readonly afterColon: boolean;
  readonly parens: readonly Paren[];
}

/** A parenthesised part: `（其中上年结转5件）`. */
export interface Paren {
  /** Offset of the opening parenthesis. */
  readonly start: number;
  readonly clauses: readonly Clause[];
}

/** One number of a clause with the words around it that are its own. */
export interface Segment {
  readonly start: number;
  readonly text: string;
  readonly token: NumberToken;
  /** The words before the number, within the segment. */
  readonly pre: string;
  /** The words after the number's unit, within the segment. */
  readonly post: string;
}

/** The units a figure may take (the longer 万元 before 元; 例, of cases, is read of review and lawsuits alone). */
const UNITS = '件|条|份|次|个|起|宗|例|万元|元';
/** Chinese numerals (廿 and 卅 for 二十 and 三十; 大写 壹贰叁…拾佰仟 as written in financial style). */
const NUMERALS = '〇零一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟';
/**
 * A figure: Arabic digits, grouped by commas or by thin or plain spaces (2 656件, as GB/T 15835 allows), or
 * Chinese numerals (廿 and 卅 for 二十 and 三十), with a scale, an approximation and a unit.
 */
const NUMBER = new RegExp(`(第\\s*)?([0-9]{1,3}(?:[ \\u00a0\\u2009\\u202f][0-9]{3})+(?![0-9])(?:\\.[0-9]+)?|[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?|[${NUMERALS}]+)(\\s*)(万|亿)?(多|余|来)?\\s*(${UNITS}|项)?`, 'g');
/** Between the two ends of a range: 170至180件, 170件至180件, 170-180件, 170～180件. */
const RANGE_MARK = '(?:至|到|[-—–－~～])';
/** A figure (with its unit) and a range mark right before a figure: it is a range's upper end. */
const RANGE_BEFORE = new RegExp(`[0-9${NUMERALS}]\\s*(?:万|亿)?\\s*(?:${UNITS})?\\s*${RANGE_MARK}\\s*$`);
/** A range mark and a figure with its unit right after a figure's unit: it is a range's lower end (not 5件至2025年办理). */
const RANGE_AFTER = new RegExp(`^\\s*${RANGE_MARK}\\s*[0-9${NUMERALS}]+\\s*(?:万|亿)?\\s*(?:${UNITS})`);
/** The code units of RANGE_MARK. */
const RANGE_MARKS = '至到-—–－~～';

/**
 * `RANGE_BEFORE.test(clause.slice(max(0, start − 12), start))`: a figure and a range mark end the 12 code units before
 * `start`. The mark, the last of them that is not white space, is looked at first: most figures have none.
 */
function rangeBefore(clause: string, start: number): boolean {
  const from = Math.max(0, start - 12);
  const mark = skipBack(clause, start);
  return mark >= from && RANGE_MARKS.includes(clause[mark]!) && RANGE_BEFORE.test(clause.slice(from, start));
}

/** What groups the digits of a figure (1,780, 2 656). */
const GROUPING = /[, \u00a0\u2009\u202f]/g;

/** The value of a figure in Arabic digits: most have no grouping to take out first. */
function arabicValue(digits: string): number {
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c !== 0x2e && (c < 0x30 || c > 0x39)) return Number(digits.replace(GROUPING, ''));
  }
  return Number(digits);
}

/** Arabic digits right before a numeral or a scale: 2万1650件, 2千零30万元, 2万1千6百5十件 (one figure, written mixed). */
const MIXED_BEFORE = /[0-9]\s*(?:[十百千万亿]零?)?$/;

/** The digits after the decimal point (up to a second one: `split('.')[1]`, without the array and its strings). */
function decimalsOf(digits: string): number {
  const dot = digits.indexOf('.');
  if (dot < 0) return 0;
  const next = digits.indexOf('.', dot + 1);
  return (next < 0 ? digits.length : next) - dot - 1;
}

/**
 * A bare zero closing its clause after 为 (均为零, 为0): not a share (为0%), a decimal (为0.5), nor a rate
 * (差错率为0, 比例为零: the shares' and the rates' rules read those).
 */
const BARE_ZERO = /(?<![率例重])为\s*(零|0)[\s。.!！?？]*$/;

/** A count of requests or cases named by its noun, before its digits (申请数, 办结数, 受理数, 案件数). */
const NOUN_COUNT = /(?:申请|办结|受理|答复|办理|办复|收到|新收|结转|案件|复议|诉讼|起诉)数\s*$/;

/**
 * What each code unit may be in a figure NUMBER reads, as bits (one table of 64 K entries, made once: a look-up where a
 * set of a dozen characters was hashed at every character of the prose read for claims).
 */
const CODE_BITS = new Uint8Array(0x10000);
/** Every unit NUMBER may end with holds one of these (万元 ends with 元; 项, read after 申请 alone). */
const UNIT_BIT = 1;
/** What a figure of NUMBER may end with: its digits, its numerals, its scale (万, 亿: numerals themselves). */
const FIGURE_END_BIT = 2;
/** 多, 余, 来: what NUMBER allows between a figure and its unit. */
const APPROX_BIT = 4;
/** Any code unit a match of NUMBER may hold but white space (which `isWhiteSpace` tells): 第, digits, `,` `.`, numerals, 多余来, units. */
const IN_FIGURE_BIT = 8;
for (const c of '件条份次个起宗例元项') CODE_BITS[c.charCodeAt(0)]! |= UNIT_BIT | IN_FIGURE_BIT;
for (const c of `0123456789${NUMERALS}`) CODE_BITS[c.charCodeAt(0)]! |= FIGURE_END_BIT | IN_FIGURE_BIT;
for (const c of '多余来') CODE_BITS[c.charCodeAt(0)]! |= APPROX_BIT | IN_FIGURE_BIT;
for (const c of '第,.') CODE_BITS[c.charCodeAt(0)]! |= IN_FIGURE_BIT;

function isFigureEnd(c: number): boolean {
  return (CODE_BITS[c]! & FIGURE_END_BIT) !== 0;
}

/** The first code unit before `i` that is not white space (as `\s` means it), or -1. */
function skipBack(s: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isWhiteSpace(s.charCodeAt(j))) j--;
  return j;
}

/**
 * Whether the figure starting at `at` follows the word 申请 (收到政府信息公开申请3项, 申请共计3项): 项 counts
 * requests only there; elsewhere it counts items, of information (公开行政许可信息55项) or of work (完成3项任务),
 * which no cell holds. The backward reading of `/申请\s*(?:(?:共计?|合计|总计|计)\s*)?$/` on what comes before.
 */
function requestsBefore(s: string, at: number): boolean {
  let i = skipBack(s, at);
  if (i >= 0 && s[i] === '计') i -= i >= 1 && (s[i - 1] === '共' || s[i - 1] === '合' || s[i - 1] === '总') ? 2 : 1;
  else if (i >= 0 && s[i] === '共') i--;
  i = skipBack(s, i + 1);
  return i >= 1 && s[i] === '请' && s[i - 1] === '申';
}

/**
 * The requests named right after a 项 (收到8项依申请公开, 收到3项政府信息公开申请, 178项依申请公开事项): there too
 * 项 counts requests. Not 依申请公开的信息 nor 依申请公开信息 (items of information, 公开3项依申请公开信息).
 */
const REQUESTS_AFTER_ITEMS = /^\s?(?:(?:政府信息公开|依申请公开|信息公开|公开)?申请(?!人)|依申请公开(?![的政信]))/;

function requestsAfter(s: string, at: number): boolean {
  return REQUESTS_AFTER_ITEMS.test(s.slice(at + 1, at + 12));
}

/**
 * Whether the 项 at `at` counts requests: a figure right before it (over white space) and 申请 before the figure
 * (申请3项), or the requests named right after it (3项依申请公开). The backward reading of
 * `/申请\s*(?:(?:共计?|合计|总计|计)\s*)?[0-9〇零…]+\s*$/` on what comes before.
 */
export function itemsOfRequests(s: string, at: number): boolean {
  let j = skipBack(s, at);
  if (j < 0 || !isFigureEnd(s.charCodeAt(j))) return false;
  while (j >= 0 && isFigureEnd(s.charCodeAt(j))) j--;
  return requestsBefore(s, j + 1) || requestsAfter(s, at);
}

/**
 * Where in `clause` a unit stands as NUMBER could end a figure with it: after blanks, an optional 多, 余 or 来 and blanks
 * again, a digit or a numeral. Every figure NUMBER reads with a unit has its unit so placed. Sets `firstUnit` and
 * `lastUnit` to the first and the last (-1 when none), and returns whether one may make a figure of `numberTokens` (项
 * only after 申请 and a figure, or before the requests named: 各项, 事项, 3项任务 are most of them). Most clauses have
 * none, and then NUMBER, which stops at every numeral, need not run. (Code units, not one-character strings: a CJK
 * character as a string is made anew each time.)
 */
function unitsAfterFigures(clause: string): boolean {
  let counted = false;
  firstUnit = lastUnit = -1;
  for (let i = 0; i < clause.length; i++) {
    const unit = clause.charCodeAt(i);
    if ((CODE_BITS[unit]! & UNIT_BIT) === 0) continue;
    let j = skipBack(clause, i);
    if (j >= 0 && (CODE_BITS[clause.charCodeAt(j)]! & APPROX_BIT) !== 0) j = skipBack(clause, j);
    if (j < 0 || !isFigureEnd(clause.charCodeAt(j))) continue;
    if (firstUnit < 0) firstUnit = i;
    lastUnit = i;
    if (!counted) counted = unit !== ITEMS || itemsOfRequests(clause, i);
  }
  return counted;
}

/** What `unitsAfterFigures` found last (module state rather than an object made for every clause). */
let firstUnit = -1;
let lastUnit = -1;

/** 项, the unit read after 申请 alone. */
const ITEMS = '项'.charCodeAt(0);

/** The tokens of a clause without any (most clauses): one array for them all, never changed (the result is readonly). */
const NO_TOKENS: readonly NumberToken[] = [];

/**
 * 行政复议、行政诉讼均为零, 上年结转申请为0: a zero without a unit closing the clause counts as 0件, after the
 * clause's other figures. (BARE_ZERO's lookbehind comes first, so the pattern cannot skip to its 为: most clauses
 * have none, and are not run through it.)
 */
function withBareZero(clause: string, offset: number, out: NumberToken[]): readonly NumberToken[] {
  const zero = clause.includes('为') ? BARE_ZERO.exec(clause) : null;
  if (zero) {
    const start = zero.index + zero[0].indexOf(zero[1]!, 1);
    out.push({ start: offset + start, end: offset + start + 1, numberEnd: offset + start + 1, value: 0, unit: '件', decimals: 0 });
  }
  return out.length === 0 ? NO_TOKENS : out;
}

/** 数 right before a figure (数十件), not 总数, 件数, 人数 or 人次数. */
const COUNT_WORD_BEFORE = /(?:^|[^总件人次])数\s*$/;
/** A figure in Arabic digits. */
const ARABIC = /^[0-9]/;
/** A figure in brackets, a document number's year or serial (〔2024〕, 【3】, 《…》). */
const BRACKET_BEFORE = /[〔\[【《]$/;
const BRACKET_AFTER = /^[〕\]】》]/;
/** 无一件: not a single one. */
const NONE_BEFORE = /(?:无|没有|未有|并无)\s*$/;
/** A Chinese figure beginning with its scale (百, 千, 万 …): a word, not a count. */
const SCALE_FIRST = /^[百千万亿佰仟]/;
/** 五六件, 三四条: neighbouring digits, a rough count. */
const NEIGHBOUR_DIGITS = /^[一二三四五六七八九壹贰叁肆伍陆柒捌玖]{2,3}$/;

/**
 * Numbers with a count or money unit, with approximations, ordinals and set phrases left out. (Called for every
 * clause of the prose read for claims: a clause without a figure makes no array of its own, and no closure.)
 */
export function numberTokens(clause: string, offset: number): readonly NumberToken[] {
  // Most clauses name no unit after a figure: then the pattern need not stop at every numeral (一 in 进一步, 统一).
  if (!unitsAfterFigures(clause)) return clause.includes('为') ? withBareZero(clause, offset, []) : NO_TOKENS;
  const out: NumberToken[] = [];
  // Every figure read holds a unit from firstUnit to lastUnit: NUMBER starts after the last code unit before the first
  // that no match can hold (so it makes the matches it would from the clause's start: none crosses that one), and stops
  // past the last (years, dates and 进一步 around the figures are not matched for nothing).
  let from = firstUnit;
  const last = lastUnit;
  while (from > 0 && ((CODE_BITS[clause.charCodeAt(from - 1)]! & IN_FIGURE_BIT) !== 0 || isWhiteSpace(clause.charCodeAt(from - 1)))) from--;
  NUMBER.lastIndex = from;
  for (let m = NUMBER.exec(clause); m && m.index <= last; m = NUMBER.exec(clause)) {
    if (m[0].length === 0) {
      NUMBER.lastIndex++;
      continue;
    }
    const [whole, ordinal, digits, , scaleWord, approxSuffix, unitWord] = m;
    // 2030.17万元 is an amount in 万元, not 2030.17 × 10,000 元.
    const inTenThousandYuan = scaleWord === '万' && unitWord === '元';
    const scale = inTenThousandYuan ? undefined : scaleWord;
    // 申请3项: requests counted as 件 are.
    const unit = inTenThousandYuan ? '万元' : unitWord === '项' ? '件' : unitWord;
    if (ordinal || !unit || !digits) continue;
    const start = m.index;
    if (unitWord === '项' && !requestsBefore(clause, start) && !requestsAfter(clause, start + whole.length - 1)) continue;
    const end = start + whole.length;
    const before = clause.slice(Math.max(0, start - 4), start);
    const after = clause.slice(end, end + 6);
    if (approxSuffix || APPROX_BEFORE.test(before) || APPROX_AFTER.test(after)) continue;
    // A range (170至180件) states no figure; nor does a part of a figure written mixed (2万1650件).
    if (rangeBefore(clause, start) || RANGE_AFTER.test(after)) continue;
    if (MIXED_BEFORE.test(clause.slice(Math.max(0, start - 3), start))) continue;
    // 数十件, not 总数178件, nor a request or case count named by its noun (申请办结数8件: digits after 数 are no 数十;
    // but 依申请公开信息数59条 counts documents by their 公开属性, and stays out).
    if (COUNT_WORD_BEFORE.test(before) && !(ARABIC.test(digits) && NOUN_COUNT.test(before))) continue;
    if (NOT_A_COUNT_AFTER.test(after)) continue;
    if (BRACKET_BEFORE.test(before) || BRACKET_AFTER.test(after)) continue;
    const arabic = ARABIC.test(digits);
    if (!arabic) {
      if (digits === '一' && unit === '起') continue; // 一起: "together"
      if (digits === '一' && NONE_BEFORE.test(before)) continue; // 无一件被纠错: not a single one, none
      if (SCALE_FIRST.test(digits)) continue;
      // 五六件, 三四条: two or three neighbouring digits without 十, 百 or a zero are "five or six", a rough
      // count, not 56 read digit by digit (a form of years and codes: 二〇二四).
      if (NEIGHBOUR_DIGITS.test(digits)) continue;
    }
    let value = arabic ? arabicValue(digits) : parseChineseNumber(digits);
    if (value === undefined || !Number.isFinite(value)) continue;
    if (scale === '万') value *= 1e4;
    if (scale === '亿') value *= 1e8;
    if (!unit.includes('元')) {
      if (!Number.isInteger(Math.round(value * 1e6) / 1e6)) continue; // 3.5件 is no count
      value = Math.round(value); // 0.07万件 is 700, not 700.0000000000001
    }
    const numberEnd = start + digits.length + (ordinal?.length ?? 0);
    // A figure in 万 or 亿 is rounded there: 2.17万件 to the hundred, 两千零三十万元 and 0.20亿元 to 10,000 and 1,000,000 元.
    const places = arabic ? decimalsOf(digits) : digits.endsWith('亿') ? -8 : digits.endsWith('万') ? -4 : 0;
    const decimals = scale ? places - (scale === '万' ? 4 : 8) : places;
    out.push({ start: offset + start, end: offset + end, numberEnd: offset + numberEnd, value, unit, decimals });
  }
  return withBareZero(clause, offset, out);
}

/** A level reached: 增至, 增加到, 下降为 … (the figure after it is what the quantity now is, not a change). */
export const LEVEL = /(?:增长|增加|上升|提高|提升|攀升|减少|下降|降低|回落)了?(?:到|至|为)|[增降升减]至/;
const LEVEL_REACHED = new RegExp(LEVEL.source, 'g');
/** A figure with its unit right after a level verb. */
const FIGURE_AFTER = /^\s*[0-9〇零一二两三四五六七八九十]/;
/** The earlier level before the verb: 由上年的150件, 从7件 (not 由于, 理由). */
const FROM_LEVEL = new RegExp(`(?:由|从)(?!于)[^由从,;:]{0,24}?[0-9${NUMERALS}]\\s*(?:万|亿)?\\s*(?:${UNITS})\\s*$`);

/**
 * 申请量由上年的150件增至178件, 行政复议案件下降为0件: the figure after a level verb is the quantity's own,
 * this year's. The verb (a change's word) and the earlier level from 由 or 从 (with its year) are blanked,
 * keeping every offset, so the clause reads as 申请量 … 178件.
 */
export function levelReached(clause: Clause): Clause {
  const text = clause.text;
  if (!/[至到为]/.test(text)) return clause;
  let masked = text;
  LEVEL_REACHED.lastIndex = 0;
  for (let m = LEVEL_REACHED.exec(text); m; m = LEVEL_REACHED.exec(text)) {
    const end = m.index + m[0].length;
    if (!FIGURE_AFTER.test(text.slice(end, end + 8))) continue;
    const window = Math.max(0, m.index - 40);
    const from = FROM_LEVEL.exec(text.slice(window, m.index));
    const start = from ? window + from.index : m.index;
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  }
  return masked === text ? clause : { ...clause, text: masked };
}

/** 、 和 及 与: what ends the words after a number (as code units). */
function isBreak(c: number): boolean {
  return c === 0x3001 || c === 0x548c || c === 0x53ca || c === 0x4e0e;
}
/**
 * Clause separators (in folded text the full-width ones are already half-width), and a 、 before a
 * comparison with last year (新收申请52件、同比增加12件: the change is a clause of its own).
 */
const SEPARATORS = /[,:;，：；]|、(?=\s*(?:同比|环比|较上一?年|比上一?年|较去年|比去年|与上一?年|与去年|(?:较|比|与)\s*\d{4}\s*年))/g;

/** A comma between digits that groups thousands (1,780), not a clause break. */
function thousands(s: string, i: number): boolean {
  return /[0-9]/.test(s[i - 1] ?? '') && /^[0-9]{3}(?![0-9])/.test(s.slice(i + 1, i + 5));
}

/** Top-level parenthesis pairs (half- and full-width, folded to half-width before this; 【】 as Word users write them). */
function parenPairs(s: string): [number, number][] {
  const pairs: [number, number][] = [];
  let depth = 0;
  let open = -1;
  // Code units, not one-character strings: a CJK character as a string is made anew each time.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28 || c === 0xff08 || c === 0x3010) {
      if (depth === 0) open = i;
      depth++;
    } else if ((c === 0x29 || c === 0xff09 || c === 0x3011) && depth > 0) {
      depth--;
      if (depth === 0) pairs.push([open, i]);
    }
  }
  return pairs;
}

/** A title in 《》 (a law, a document, a column): its words name no quantity of the report, nor do its figures count one. */
const TITLE_G = /《[^《》\n]{1,60}》/g;

/** The clause with the words inside its titles blanked out (same length): 印发《行政处罚裁量基准》等文件3件 counts no penalty. */
function withoutTitles(clause: string): string {
  return clause.replace(TITLE_G, (t) => `《${' '.repeat(t.length - 2)}》`);
}

/**
 * The clauses of a sentence. Parentheses at the top level become clauses of their own (one level:
 * parentheses inside parentheses stay text).
 */
export function splitClauses(sentence: string, offset: number, nested = false): Clause[] {
  const pairs = nested ? [] : parenPairs(sentence);
  const out: Clause[] = [];
  let a = 0;
  let strong = false;
  let afterColon = false;
  let p = 0;
  let parens: Paren[] = [];
  let masked = '';
  /** Where the text not yet copied into `masked` begins; `i`: where to look for the next separator. */
  let run = 0;
  let i = 0;
  /**
   * The first separator at or after `i`, kept while `i` stays at or before it: a clause of many parentheses
   * (1件（其中网络申请1件）1件（…）…) is walked once, not once from each parenthesis to the clause's end.
   */
  let m: RegExpExecArray | null = null;
  let searched = false;
  for (;;) {
    if (!searched || (m !== null && m.index < i)) {
      SEPARATORS.lastIndex = i;
      m = SEPARATORS.exec(sentence);
      searched = true;
    }
    const sep = m ? m.index : sentence.length;
    const pair = pairs[p];
    if (pair && pair[0] < sep) {
      const inner = sentence.slice(pair[0] + 1, pair[1]);
      parens.push({ start: offset + pair[0], clauses: splitClauses(inner, offset + pair[0] + 1, true) });
      masked += sentence.slice(run, pair[0]) + ' '.repeat(pair[1] - pair[0] + 1);
      i = run = pair[1] + 1;
      p++;
      continue;
    }
    if (m && (m[0] === ',' || m[0] === '，') && thousands(sentence, sep)) {
      i = sep + 1;
      continue;
    }
    masked += sentence.slice(run, sep);
    if (sep > a) out.push({ start: offset + a, text: masked.includes('《') ? withoutTitles(masked) : masked, strong, afterColon, parens });
    if (!m) return out;
    masked = '';
    parens = [];
    strong = m[0] === ';' || m[0] === '；';
    afterColon = m[0] === ':' || m[0] === '：';
    i = run = a = sep + 1;
  }
}

/**
 * One segment per number: the words from the previous number's end (or the `、` 和 及 与 after it)
 * to this number belong to it, and so do the words after it up to the next such break.
 */
export function segments(clause: Clause, tokens: readonly NumberToken[]): Segment[] {
  const out: Segment[] = [];
  const text = clause.text;
  let from = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const tokenStart = t.start - clause.start;
    const tokenEnd = t.end - clause.start;
    const limit = k + 1 < tokens.length ? tokens[k + 1]!.start - clause.start : text.length;
    let stop = limit;
    let broken = false;
    for (let i = tokenEnd; i < limit; i++) {
      if (isBreak(text.charCodeAt(i))) {
        stop = i;
        broken = true;
        break;
      }
    }
    if (k + 1 < tokens.length && !broken) stop = tokenEnd; // no break: what follows is the next number's
    out.push({
      start: clause.start + from,
      text: text.slice(from, stop),
      token: t,
      pre: text.slice(from, tokenStart),
      post: text.slice(tokenEnd, stop),
    });
    from = broken ? stop + 1 : stop;
  }
  return out;
}
