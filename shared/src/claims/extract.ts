/**
 * Claims in the prose: every number that states a quantity the tables hold, scoped to its clause,
 * with the quantity decided by the clause's own words (and the sentence's subject where the clause
 * has none: `其中新制定7件，失效31件，废止4件` speaks of the sentence's 规范性文件).
 *
 * Precision first: a number becomes a claim only when its words clearly name a table quantity.
 * Approximations (600余条, 近, 约, 超3.3万件), deltas (增长了28件), rates, years, document and
 * article numbers, set phrases (高效办成一件事, 一网通办) and counts of other things (留言, 热线,
 * 人大代表建议, 政务服务办件) are never claims.
 */
import type { ReportModel } from '../model';
import { parseChineseNumber } from '../numbers';
import type { Range } from '../text';
import type { Quantity } from './readings';
import { proseStream, type ProseStream } from './stream';

export interface RawClaim {
  readonly quantity: Quantity;
  /** The value stated (in the table's unit: 件, or 万元 for fees). */
  readonly value: number;
  /** Other values that express the same claim (废止 together with 失效 stated beside it). */
  readonly alternatives: readonly number[];
  /** The claim: the number with its words. */
  readonly range: Range;
  /** The number itself (for a zero statement, the negation). */
  readonly numberRange: Range;
  readonly text: string;
  readonly unit: string;
  /** Decimal places stated (fees), for rounding tolerance. */
  readonly decimals: number;
  /** A statement that something did not happen (未收到申请), rather than a figure. */
  readonly zero: boolean;
}

interface NumberToken {
  readonly start: number;
  readonly end: number; // after the unit
  readonly numberEnd: number;
  readonly value: number;
  readonly unit: string;
  readonly decimals: number;
}

/** Where sentences end (in the folded stream). */
const SENTENCE_BREAK = /[。！？!?；;\n]/g;
const NUMBER = /(第\s*)?([0-9]+(?:[,，][0-9]{3})*(?:\.[0-9]+)?|[〇零一二两三四五六七八九十百千万亿]+)(\s*)(万|亿)?(多|余|来)?\s*(件|条|份|次|个|起|宗|万元|元)?/g;
const APPROX_BEFORE = /(?:近|约|超|逾|大约|将近|接近|超过|不足|不到|上千|上万|数|几|十几|若干)\s*$/;
const APPROX_AFTER = /^\s*(?:左右|以上|以下|上下|余|多)/;
/** After the unit: a time span or a set phrase, not a count (3个工作日, 一件事, 一次性, 两个月). */
const NOT_A_COUNT_AFTER = /^(?:事|性|月|工作日|日|天|年|小时|周|人|方面|部分|环节|层级|批次|专题|栏目|平台|部门|单位|窗口|乡镇|街道|领域)/;
const DELTA = /增长|增加|减少|下降|上升|提高|降低|增幅|降幅|同比|环比|比上年|较上年|较去年|比去年|多出|少了|翻了/;

const GIS = /信息公开|依申请|公开申请|申请公开/;
const REVIEW = /复议/;
const SUIT = /诉讼|起诉|应诉/;
const RESPONDENT = /被申请|被提起|被诉|被起诉|引起|涉及|因.{0,12}(?:公开|申请)/;
const OTHER_DOMAIN = /人大|政协|建议|提案|信访件|热线|12345|留言|来电|咨询|诉求|信箱|办件|政务服务|审批|行政许可|业务|工单|来信|来访|网办|投稿|金点子/;

const NEW_PLUS_CARRIED = /(?:包括|包含|含|连同|加上).{0,6}上一?年(?:度)?.{0,3}结转|上一?年(?:度)?结转在内/;
const CARRIED = /上一?年(?:度)?(?:结转|遗留)/;
const CARRY_NEXT = /结转(?:至|到)?下一?年|结转(?:至|到)\s*\d{4}|转入下一?年|尚在(?:法定)?(?:答复|办理)?期限内|正在办理|尚未办结|未办结/;
const OUTCOMES: readonly [RegExp, Quantity][] = [
  [/予以公开|同意公开|全部公开/, 'open'],
  [/部分公开/, 'partial'],
  [/不予公开/, 'withhold'],
  [/无法提供|信息不存在|不掌握/, 'unable'],
  [/不予处理/, 'reject'],
  [/其他处理/, 'otherHandling'],
];
const RECEIVED = /收到|受理|新收|接收|接到|收悉|共收/;
const HANDLED = /办理|办结|答复|办复|回复|处理|完成/;

const DOC_ISSUED = /新制定|制定|制发|印发|出台|新发布|发布/;
const DOC_REPEALED = /废止/;
const DOC_LAPSED = /失效/;
const DOC_IN_FORCE = /现行有效|有效/;

const ZERO_RECEIVE = /(?:未|没有|无|暂无|未曾)(?:有|再)?(?:收到|受理|接到|接收|新收)/;
const ZERO_APPLICATION = /(?:无|没有|暂无)(?:政府信息公开|依申请公开|信息公开|公开)?申请/;
const ZERO_CASE = /(?:未|没有|无|暂无|未曾)(?:有)?(?:发生|出现|产生|收到|涉及)?/g;

function digitsOf(s: string): number {
  return s.replace(/[,，]/g, '').split('.')[1]?.length ?? 0;
}

function tokens(clause: string, offset: number): NumberToken[] {
  const out: NumberToken[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(clause); m; m = NUMBER.exec(clause)) {
    if (m[0].length === 0) {
      NUMBER.lastIndex++;
      continue;
    }
    const [whole, ordinal, digits, , scaleWord, approxSuffix, unitWord] = m;
    // 2030.17万元 is an amount in 万元, not 2030.17 × 10,000 元.
    const scale = scaleWord === '万' && unitWord === '元' ? undefined : scaleWord;
    const unit = scaleWord === '万' && unitWord === '元' ? '万元' : unitWord;
    if (ordinal || !unit || !digits) continue;
    const start = m.index;
    const end = start + whole.length;
    const before = clause.slice(Math.max(0, start - 4), start);
    const after = clause.slice(end, end + 6);
    if (approxSuffix || APPROX_BEFORE.test(before) || APPROX_AFTER.test(after)) continue;
    if (NOT_A_COUNT_AFTER.test(after)) continue;
    if (/[〔\[【(（《]$/.test(before) || /^[〕\]】)）》]/.test(after)) continue;
    const arabic = /^[0-9]/.test(digits);
    if (!arabic) {
      if (digits === '一' && unit === '起') continue; // 一起: "together"
      if (/^[万亿]/.test(digits)) continue;
    }
    let value = arabic ? Number(digits.replace(/[,，]/g, '')) : parseChineseNumber(digits);
    if (value === undefined || !Number.isFinite(value)) continue;
    if (scale === '万') value *= 1e4;
    if (scale === '亿') value *= 1e8;
    const numberEnd = start + (ordinal?.length ?? 0) + digits.length;
    out.push({ start: offset + start, end: offset + end, numberEnd: offset + numberEnd, value, unit, decimals: arabic ? digitsOf(digits) : 0 });
  }
  return out;
}

interface Clause {
  readonly start: number;
  readonly text: string;
}

function splitClauses(sentence: string, offset: number): Clause[] {
  const out: Clause[] = [];
  let a = 0;
  for (let i = 0; i <= sentence.length; i++) {
    const ch = sentence[i];
    // A comma between digits is a thousands separator (1,780), not a clause break.
    if (i < sentence.length && (ch === ',' || ch === '，') && /\d/.test(sentence[i - 1] ?? '') && /^\d{3}(?!\d)/.test(sentence.slice(i + 1, i + 5))) continue;
    if (i === sentence.length || /[，,：:]/.test(ch!)) {
      if (i > a) out.push({ start: offset + a, text: sentence.slice(a, i) });
      a = i + 1;
    }
  }
  return out;
}

/**
 * What a sentence is read against: the part (1–6, 0 outside any) and the subsection title around
 * its first line, and whether the sentence, its paragraph or that title speaks of disclosure (or it
 * lies in part 三) — everything the clauses' classification needs besides their own words.
 */
interface Context {
  readonly part: number;
  readonly heading: string;
  readonly gis: boolean;
}

/**
 * Each line's part and innermost subsection title, found in one walk of the outline (a line that two
 * subsections share, where one ends and the next begins, takes the later one's title).
 */
function lineContexts(model: ReportModel): { part: Int8Array; heading: (string | undefined)[] } {
  const part = new Int8Array(model.masked.length);
  const heading: (string | undefined)[] = new Array<string | undefined>(model.masked.length);
  /** Which part (index + 1 in model.parts) a line was given to: the first whose span holds it. */
  const owner = new Int32Array(model.masked.length);
  model.parts.forEach((p, index) => {
    const from = Math.max(0, p.bodyStart - 1);
    const to = Math.min(p.bodyEnd, part.length);
    for (let l = from; l < to; l++) {
      if (owner[l] !== 0) continue;
      owner[l] = index + 1;
      part[l] = p.id;
      heading[l] = '';
    }
    // Document order, parents before children: the innermost (and, where two touch, the later) wins.
    const walk = (subs: typeof p.subsections) => {
      for (const sub of subs) {
        const last = Math.min(to - 1, sub.fullRange.end.line);
        for (let l = Math.max(from, sub.fullRange.start.line); l <= last; l++) if (owner[l] === index + 1) heading[l] = sub.title;
        walk(sub.children);
      }
    };
    walk(p.subsections);
  });
  return { part, heading };
}

/** Where the words of a claim begin and end around its number, within the clause. */
function claimSpan(clause: Clause, token: NumberToken, words: readonly RegExp[]): [number, number] {
  let start = token.start;
  let end = token.end;
  const local = clause.text;
  for (const re of words) {
    const g = new RegExp(re.source, 'g');
    for (let m = g.exec(local); m; m = g.exec(local)) {
      if (m[0].length === 0) {
        g.lastIndex++;
        continue;
      }
      const s = clause.start + m.index;
      const e = s + m[0].length;
      if (s < start) start = s;
      if (e > end) end = e;
    }
  }
  // Trim leading function words; take in an adverb of totality just before (共受理, 累计办理).
  while (start < token.start && /[的了和与及、]/.test(local[start - clause.start] ?? '')) start++;
  const adverb = /(?:共计|总共|一共|累计|合计|共)$/.exec(local.slice(0, start - clause.start));
  if (adverb) start -= adverb[0].length;
  return [start, end];
}

function docRow(clause: string, sentence: string): 'regulation' | 'normative' | undefined {
  const c = clause.replace(/规章制度/g, '');
  const s = sentence.replace(/规章制度/g, '');
  if (/规范性文件/.test(c)) return 'normative';
  if (/规章/.test(c)) return 'regulation';
  const normative = /规范性文件/.test(s);
  const regulation = /规章/.test(s);
  if (normative && !regulation) return 'normative';
  if (regulation && !normative) return 'regulation';
  return undefined;
}

interface Pending {
  quantity: Quantity;
  token: NumberToken;
  clause: Clause;
  words: RegExp[];
}

function classify(clause: Clause, sentence: string, ctx: Context): { quantity: Quantity; words: RegExp[] } | 'lapsed' | undefined {
  const c = clause.text;
  const gis = ctx.gis || GIS.test(c);
  // Table 四: review and litigation, only where the prose is about disclosure cases.
  const review = REVIEW.test(c);
  const suit = SUIT.test(c);
  if (review || suit) {
    if (!(gis || ctx.part === 4 || RESPONDENT.test(c))) return undefined;
    // 败诉 is a lost lawsuit; 纠错 / 被纠正 is a decision corrected on review (or in court).
    const lostSuit = /败诉/.test(c);
    const corrected = /纠错|被纠正|撤销|确认违法/.test(c);
    if (lostSuit || corrected) {
      const q: Quantity = corrected && review && suit ? 'lost' : corrected && review ? 'reviewCorrected' : 'suitsLost';
      return { quantity: q, words: [REVIEW, SUIT, /败诉|纠错|被纠正/] };
    }
    if (review && suit) return { quantity: 'reviewAndSuits', words: [REVIEW, SUIT] };
    if (review) return { quantity: 'review', words: [/被申请|行政复议|复议/] };
    return { quantity: 'suits', words: [/被提起|被起诉|行政诉讼|诉讼|起诉|应诉/] };
  }
  // Table 二: 规章 and 行政规范性文件.
  const row = /规范性文件|规章/.test(sentence.replace(/规章制度/g, '')) ? docRow(c, sentence) : undefined;
  if (row) {
    if (DOC_REPEALED.test(c)) return { quantity: `${row}.repealed`, words: [DOC_REPEALED] };
    if (DOC_LAPSED.test(c)) return 'lapsed';
    if (/现行有效/.test(c) || (DOC_IN_FORCE.test(c) && !/有效期|有效性/.test(c))) return { quantity: `${row}.inForce`, words: [DOC_IN_FORCE] };
    if (DOC_ISSUED.test(c) && !/修改|修订|修正|清理/.test(c)) return { quantity: `${row}.issued`, words: [DOC_ISSUED] };
    return undefined;
  }
  if (/行政事业性收费|事业性收费/.test(c)) return { quantity: 'fee', words: [/行政事业性收费|事业性收费/, /收取/] };
  if (!/申请|事项|项目|清单|目录/.test(c)) {
    for (const [re, q] of [[/行政许可/, 'license'], [/行政处罚/, 'penalty'], [/行政强制/, 'coercion']] as const) {
      if (re.test(c) && /决定|作出|办理|办结|实施|处理|查处|案件|\d/.test(c)) return { quantity: q, words: [/办理|作出|实施|查处/, re, /决定/] };
    }
  }
  // Table 三: requests for disclosure. Words only table 三 uses need the disclosure context; others
  // also need 申请 in the sentence.
  const specific = NEW_PLUS_CARRIED.test(c) || CARRY_NEXT.test(c) || CARRIED.test(c) || OUTCOMES.some(([re]) => re.test(c));
  if (!specific && !/申请/.test(c) && !/申请/.test(sentence)) return undefined;
  if (!gis) return undefined;
  if (OTHER_DOMAIN.test(c)) return undefined;
  if (NEW_PLUS_CARRIED.test(c)) return { quantity: 'newPlusCarried', words: [NEW_PLUS_CARRIED, /政府信息公开申请|公开申请|申请/] };
  if (CARRY_NEXT.test(c)) return { quantity: 'carryNext', words: [CARRY_NEXT] };
  if (CARRIED.test(c)) return { quantity: 'carried', words: [CARRIED] };
  for (const [re, q] of OUTCOMES) if (re.test(c)) return { quantity: q, words: [re] };
  if (/自然人/.test(c)) return { quantity: 'natural', words: [/自然人/] };
  if (/法人或其他组织|法人/.test(c)) return { quantity: 'orgs', words: [/法人或其他组织|法人/] };
  const received = RECEIVED.test(c);
  const handled = HANDLED.test(c);
  if (!/申请/.test(c) && !received && !handled) return undefined;
  const subject = /政府信息公开申请|依申请公开申请|依申请公开件|依申请公开|公开申请|申请/;
  if (received && handled) return { quantity: 'newOrHandled', words: [RECEIVED, HANDLED, subject] };
  if (received) return { quantity: 'new', words: [RECEIVED, subject] };
  if (handled) return { quantity: 'handled', words: [HANDLED, subject] };
  return { quantity: 'newOrHandled', words: [subject] };
}

function zeroStatements(clause: Clause, ctx: Context, stream: ProseStream): RawClaim[] {
  const c = clause.text;
  const gis = ctx.gis || GIS.test(c);
  const out: RawClaim[] = [];
  const make = (quantity: Quantity, s: number, e: number, negEnd: number): RawClaim => ({
    quantity,
    value: 0,
    alternatives: [],
    range: stream.rangeOf(clause.start + s, clause.start + e),
    numberRange: stream.rangeOf(clause.start + s, clause.start + negEnd),
    text: c.slice(s, e),
    unit: '件',
    decimals: 0,
    zero: true,
  });
  if (REVIEW.test(c) || SUIT.test(c)) {
    if (!(gis || ctx.part === 4 || RESPONDENT.test(c))) return out;
    ZERO_CASE.lastIndex = 0;
    for (let m = ZERO_CASE.exec(c); m; m = ZERO_CASE.exec(c)) {
      if (m[0].length === 0) {
        ZERO_CASE.lastIndex++;
        continue;
      }
      const rest = c.slice(m.index + m[0].length);
      const subject = /^[^，。；]{0,24}?(?:行政复议|行政诉讼)(?:[、和与及或]*(?:行政复议|行政诉讼))*(?:[^，。；]{0,6}?(败诉|纠错|被纠正))?(?:案件|情况|事项|等事项)?/.exec(rest);
      if (!subject) continue;
      const phrase = subject[0];
      const review = /复议/.test(phrase);
      const suit = /诉讼/.test(phrase);
      const q: Quantity = subject[1] === '败诉'
        ? 'suitsLost'
        : subject[1] !== undefined
          ? review && suit ? 'lost' : review ? 'reviewCorrected' : 'suitsLost'
          : review && suit ? 'reviewAndSuits' : review ? 'review' : 'suits';
      out.push(make(q, m.index, m.index + m[0].length + phrase.length, m.index + m[0].length));
      break;
    }
    return out;
  }
  if (!gis || OTHER_DOMAIN.test(c)) return out;
  const m = ZERO_RECEIVE.exec(c) ?? ZERO_APPLICATION.exec(c);
  if (m && /申请/.test(c.slice(m.index))) {
    const end = c.indexOf('申请', m.index) + 2;
    out.push(make('new', m.index, end, m.index + (/^(?:未|没有|无|暂无|未曾)/.exec(m[0])?.[0].length ?? 1)));
  }
  return out;
}

export function extractClaims(model: ReportModel): RawClaim[] {
  const stream = proseStream(model);
  const text = stream.folded;
  const claims: RawClaim[] = [];
  const lines = lineContexts(model);
  /** Whether a line (the paragraph a sentence begins in) or its subsection title speaks of disclosure. */
  const lineGis = new Map<number, boolean>();
  for (let s = 0, i = 0; s <= text.length; s = i + 1) {
    SENTENCE_BREAK.lastIndex = s;
    i = SENTENCE_BREAK.exec(text)?.index ?? text.length;
    const sentence = text.slice(s, i);
    const sentenceStart = s;
    if (!/[0-9〇零一二两三四五六七八九十]|未|没有|无/.test(sentence)) continue;
    const line = stream.lineAt(sentenceStart);
    const part = lines.part[line] ?? 0;
    const heading = lines.heading[line] ?? '';
    let gisLine = lineGis.get(line);
    if (gisLine === undefined) lineGis.set(line, (gisLine = GIS.test(model.folded[line] ?? '') || GIS.test(heading)));
    const ctx: Context = { part, heading, gis: part === 3 || gisLine || GIS.test(sentence) };
    const pending: Pending[] = [];
    const lapsed = new Map<string, number>();
    for (const clause of splitClauses(sentence, sentenceStart)) {
      const toks = tokens(clause.text, clause.start);
      if (toks.length === 0) {
        claims.push(...zeroStatements(clause, ctx, stream));
        continue;
      }
      if (DELTA.test(clause.text)) continue;
      const kind = classify(clause, sentence, ctx);
      if (!kind) continue;
      if (kind === 'lapsed') {
        const row = docRow(clause.text, sentence);
        if (row && toks.length === 1) lapsed.set(row, toks[0]!.value);
        continue;
      }
      // One number per clause: a clause with several counts (予以公开5件、部分公开2件 …) is split at 、.
      const parts = toks.length === 1 ? [{ clause, token: toks[0]! }] : subClauses(clause, toks);
      for (const p of parts) {
        const k = p.clause === clause ? kind : classify(p.clause, sentence, ctx);
        if (!k || k === 'lapsed') continue;
        if (k.quantity === 'fee' ? !/元/.test(p.token.unit) : /元/.test(p.token.unit)) continue;
        pending.push({ quantity: k.quantity, token: p.token, clause: p.clause, words: k.words });
      }
    }
    for (const p of pending) {
      const [a, b] = claimSpan(p.clause, p.token, p.words);
      const fee = p.quantity === 'fee';
      const value = fee && p.token.unit === '元' ? p.token.value / 1e4 : p.token.value;
      const row = p.quantity.split('.')[0]!;
      const alt = p.quantity.endsWith('.repealed') && lapsed.has(row) ? [value + lapsed.get(row)!] : [];
      claims.push({
        quantity: p.quantity,
        value,
        alternatives: alt,
        range: stream.rangeOf(a, b),
        numberRange: stream.rangeOf(p.token.start, p.token.numberEnd),
        text: stream.text.slice(a, b),
        unit: fee ? '万元' : p.token.unit,
        decimals: fee ? p.token.decimals + (p.token.unit === '元' ? 4 : 0) : 0,
        zero: false,
      });
    }
  }
  return claims.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Splits a clause holding several counts at 、 or 和 so that each count keeps its own words. */
function subClauses(clause: Clause, toks: readonly NumberToken[]): { clause: Clause; token: NumberToken }[] {
  const out: { clause: Clause; token: NumberToken }[] = [];
  let from = clause.start;
  for (const t of toks) {
    const localEnd = t.end - clause.start;
    let stop = clause.text.slice(localEnd).search(/[、和及与]/);
    stop = stop < 0 ? clause.text.length : localEnd + stop;
    const segStart = from;
    const segEnd = clause.start + stop;
    out.push({ clause: { start: segStart, text: clause.text.slice(segStart - clause.start, segEnd - clause.start) }, token: t });
    from = segEnd + 1;
  }
  return out;
}
