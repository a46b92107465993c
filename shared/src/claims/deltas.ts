/**
 * Year-on-year claims in the prose: `与2023年相比，受理数量增长了28件`, `同比下降12.5%`,
 * `较上年减少3件`. The other claims leave these out (a delta is not a figure of this year's tables);
 * with last year's report they become checkable: this year's table minus last year's (year-claim). A
 * change that states last year's figure beside it (`较上年的7件增加171件`) is checkable on its own
 * (change-mismatch).
 *
 * What the change is of: the figure the sentence has just stated, as the claims machinery read it
 * (`共收到申请120件，同比增长20%`, `受理申请35件，与2023年相比，受理数量增长了28件`); where the sentence
 * states none, the change's own words, read with the claims' lexicon (`与2023年相比，被申请行政复议
 * 减少了3件`).
 * Precision first: a change counts only in a sentence that names the comparison (与YYYY年相比, 同比,
 * 比上年, 较去年 …); a level reached (`增长到`, `增至`, `下降为`), a multiple (`增长2倍`), an
 * approximation (`增长近30件`) and a change of anything the tables do not hold are not claims.
 */
import type { ReportModel } from '../model';
import { parseChineseNumber } from '../numbers';
import { reportYear as yearOf } from '../report-year';
import { comparePositions, type Position, type Range } from '../text';
import { isCount, LEVEL, numberTokens, splitClauses, type Clause, type NumberToken } from './clauses';
import { claimsOf, type Claim } from './index';
import { Derived } from '../derived';
import { WHOLES } from './extract';
import * as L from './lexicon';
import type { Quantity } from './readings';
import { forEachSentence, proseStream, sentenceEnd } from './stream';
import { cacheOf } from '../cache';

export interface DeltaClaim {
  /** What the change is of, and every quantity the words admit (`quantity` first). */
  readonly quantity: Quantity;
  readonly admissible: readonly Quantity[];
  /** The change stated: positive for an increase, negative for a decrease (件, or percent). */
  readonly change: number;
  readonly percent: boolean;
  /** Decimal places of a percentage, for rounding. */
  readonly decimals: number;
  /** The year compared with, when the sentence names it (与2023年相比). */
  readonly against?: number;
  /** This year's figure as the sentence states it before the change (共收到申请120件，同比增长20%). */
  readonly now?: number;
  /**
   * Other figures the sentence's words admit as this year's (收到申请178件，上年结转5件，与2023年的150件相比，增加28件:
   * the change may be of the 178, of the 183 together or of the carry-over): the change agrees when any does.
   */
  readonly alsoNow?: readonly number[];
  /**
   * With `alsoNow`, every quantity the change may be of: the total's admissible ones, the total and last year's
   * carry-over together (表三 一＋二) unless the total holds it already, the carry-over's. Last year's report is read
   * for each (year-claim).
   */
  readonly nowOf?: readonly Quantity[];
  /**
   * The comparison follows a count the claims do not read (其中网上申请120件，较上年的100件增加20件): the
   * change is of that, and what that is the tables do not say.
   */
  readonly unread?: true;
  /** Last year's figure as the comparison states it (较上年的100件, 比上年（100件）), and where. */
  readonly stated?: { readonly value: number; readonly range: Range };
  /**
   * Last year's figure as a clause of last year of its own before this year's in the sentence (2023年收到申请134件，
   * 2024年收到178件，同比减少44件), of what this year's counts: change-mismatch checks the change against it as against
   * `stated` (year-claim reads it among last year's figures).
   */
  readonly earlier?: { readonly value: number; readonly range: Range };
  /**
   * A percentage right after a count change of the same figure (比上年增加8件，同比增长20%): last year's
   * figure is this year's less that change, so the percentage is checkable without it being stated.
   */
  readonly byCount?: { readonly change: number; readonly range: Range };
  /**
   * 基本持平 (about the same): the change stated is 0 within `roughTolerance` of last year's figure;
   * 持平 alone is no change at all.
   */
  readonly roughly?: true;
  /** The change with its words. */
  readonly range: Range;
  readonly numberRange: Range;
  readonly text: string;
}

/**
 * A change up or down; a bare 多/少 only between last year's count and the change (比2023年的645件多6件) or right after
 * the comparison, before the change (比2023年多13件, 较上年少2件).
 */
const UP = /增长|增加|上升|提高|增多|多出|增幅|多(?<=件\s*多)(?=\s*\d)|多(?<=[比较]\s{0,2}(?:\d{4}\s{0,2}年度?|上一?年度?|去年)\s{0,2}多)(?=\s{0,2}\d)/;
const DOWN = /减少|下降|降低|减少了|少了|降幅|回落|少(?<=件\s*少)(?=\s*\d)|少(?<=[比较]\s{0,2}(?:\d{4}\s{0,2}年度?|上一?年度?|去年)\s{0,2}少)(?=\s{0,2}\d)/;
const COMPARISON = /(?:与|和|同|比|较|相较于?|相比于?)\s*(?:(\d{4})\s*年(?:度)?|上一?年(?:度)?|去年|前一?年)|同比|比上年|较上年/;
/** What may stand between the comparison and last year's figure it states: 较上年的100件, 比上年（100件）, 同比（2023年100件）. */
const BEFORE_STATED = /^\s*(?:同期)?\s*(?:的|[(（]|为|:|：)?\s*(?:\d{4}\s*年度?)?\s*(?:同期)?\s*(?:的|为)?\s*$/;
const PERCENT = /(?:(?<!\d)(\d+(?:\.\d+)?)\s*[%％]|百分之([〇零一二两三四五六七八九十百点.\d]+))/g;
/** No change: 持平 (not 保持平稳, 保持平衡), with 基本 or the like before it for about the same. */
const FLAT = /(?:(基本上?|大体上?|大致上?|总体|整体|基本保持)\s*)?(?<!保)持平(?![稳衡])/;
/** Words that make a 持平 another figure's or several figures' (a rate, a time, 均与上年持平). */
const FLAT_NOT_A_COUNT = /均|都|皆|各|分别|率|比例|占比|百分|满意|时限|时长|用时|天|平均|水平|态势|趋势/;
/** What a 持平 of its own words must name: a count (申请数量, 受理量, 案件), not an activity (依申请公开工作). */
const FLAT_COUNTED = /数|量|案件|件/;
/**
 * Between the figure a 持平 is of and the 持平: nothing but the comparison (收到申请35件，与上年持平, 35件，
 * 同比基本持平, 35件，与2023年相比基本持平); last year's figure, when the comparison states it, is taken out first.
 */
// Each optional word takes the spaces after it, and no space can be read two ways: over a link of spaces a
// pattern of optional words with \s* on both sides backtracks through every way of sharing them out.
const FLAT_LINK =
  /^\s*(?:[,，、]\s*)?(?:(?:与|和|同|比|较|相较于?|相比于?)\s*(?:\d{4}\s*年度?|上一?年度?|去年|前一?年)(?:同期)?\s*(?:(?:的|为|[(（)）])\s*)*(?:(?:相比|相较|比较)\s*)?(?:[,，]\s*)?|同比\s*)?(?:(?:基本上?|大体上?|大致上?|总体|整体|基本保持)\s*)?$/;
const COMPARISONS = new RegExp(COMPARISON.source, 'g');
/**
 * Last year's figure as a clause of its own right before the change, with no comparison word (收到申请178件，2023年为150件，
 * 增长28件; 上年同期为150件，增加28件; 2023年收到150件，增长了28件): the clause is the comparison. Group 1: the year, which
 * must be the one before the report's. The lookahead holds the figure (a count, 件) and the change right after it.
 */
const PRIOR_CLAUSE =
  /[,，]\s*(?:上一?年度?|去年|(\d{4})\s*年度?)(?:同期)?(?:全年)?(?:共)?(?:收到|受理|新收|办理|办结|接收)?(?:申请)?(?:为|是|:|：)?\s*(?=[0-9,]{1,9}\s*件\s*[,，]\s*(?:(?:同比|较上年|比上年)\s*)?(?:增长|增加|上升|增多|下降|减少|降低)了?\s*\d)/;

/**
 * How far apart the two years' figures may be for 基本持平: a tenth of last year's figure, and at least 2件
 * (12 against 10 is still about the same in a writer's words; 178 against 150 is not).
 */
export function roughTolerance(before: number): number {
  return Math.max(2, Math.floor(Math.abs(before) / 10));
}

function percentValue(digits: string | undefined, words: string | undefined): { value: number; decimals: number } | undefined {
  if (digits) return { value: Number(digits), decimals: digits.split('.')[1]?.length ?? 0 };
  if (!words) return undefined;
  const [whole, frac] = words.split(/点|\./);
  const w = /^\d+$/.test(whole ?? '') ? Number(whole) : parseChineseNumber(whole ?? '');
  if (w === undefined) return undefined;
  if (!frac) return { value: w, decimals: 0 };
  const digitsOfFrac = [...frac].map((c) => (/\d/.test(c) ? c : String(parseChineseNumber(c) ?? ''))).join('');
  return /^\d+$/.test(digitsOfFrac) ? { value: Number(`${w}.${digitsOfFrac}`), decimals: digitsOfFrac.length } : undefined;
}

/** What a change's sentence says as a whole, read once per sentence (its clauses each ask). */
interface SentenceFacts {
  readonly gis: boolean;
  /** The sentence stands in part 四, whose cases are the disclosure cases. */
  readonly partFour: boolean;
  /** The sentence names 规范性文件 and not 规章 (规章制度 aside): a change of documents is of those. */
  readonly normativeOnly: boolean;
  readonly requests: boolean;
}

function sentenceFacts(sentence: string, gis: boolean, partFour: boolean): SentenceFacts {
  const docs = sentence.replace(/规章制度/g, '');
  return { gis, partFour, normativeOnly: /规范性文件/.test(docs) && !/规章/.test(docs), requests: /申请/.test(sentence) };
}

/** The quantity a change's own words name, when no figure before it in the sentence does. */
function quantityOfWords(clause: string, facts: SentenceFacts): Quantity | undefined {
  const { gis } = facts;
  const review = L.REVIEW.test(clause);
  const suit = L.SUIT.test(clause);
  if (review || suit) {
    if (!(gis || facts.partFour || L.RESPONDENT.test(clause))) return undefined;
    return review && suit ? 'reviewAndSuits' : review ? 'review' : 'suits';
  }
  const row = /规范性文件/.test(clause) ? 'normative' : /规章/.test(clause.replace(/规章制度/g, '')) ? 'regulation' : facts.normativeOnly ? 'normative' : undefined;
  if (row) {
    if (L.DOC_REPEALED.test(clause)) return `${row}.repealed`;
    if (/现行有效/.test(clause)) return `${row}.inForce`;
    if (L.DOC_ISSUED.test(clause)) return `${row}.issued`;
    return undefined;
  }
  if (/行政许可/.test(clause)) return 'license';
  if (/行政处罚/.test(clause)) return 'penalty';
  if (/行政强制/.test(clause)) return 'coercion';
  if (!gis || L.OTHER_DOMAIN.test(clause) || !facts.requests) return undefined;
  if (L.RECEIVED.test(clause)) return 'new';
  if (L.HANDLED.test(clause)) return 'handled';
  return /申请/.test(clause) ? 'new' : undefined;
}

/** Where the last count (not an amount) before `end` in the sentence begins, if there is one. */
function lastCountBefore(sentence: string, end: number): number | undefined {
  const tokens = numberTokens(sentence.slice(0, end), 0).filter(isCount);
  return tokens.length > 0 ? tokens[tokens.length - 1]!.start : undefined;
}

/** 同比增长28%（上年为50件）, （2023年同期为50件）: last year's figure in a bracket (anywhere in a sentence; or right after the change). */
const STATED_IN_PAREN_ANYWHERE = /[(（]\s*(?:上一?年度?|去年|\d{4}\s*年度?)(?:同期)?\s*(?:(?:为|是|:|：)\s*)?[0-9,]{1,9}\s*件\s*[)）]/;
const STATED_IN_PAREN = new RegExp(`^\\s*${STATED_IN_PAREN_ANYWHERE.source}`);
/**
 * 下降15.2%，上年为37件: last year's figure as a clause of its own right after the change, and nothing else in that
 * clause (not 上年结转, this year's row); a year named must be the one compared with. Group 1: the year.
 */
// No two runs of blanks side by side (each would share a long run out between them in every way).
const STATED_CLAUSE_BODY = '[,，]\\s*(?:上一?年度?|去年|(\\d{4})\\s*年度?)(?:同期)?\\s*(?:为|是|:|：)\\s*(?:(?:共|计)\\s*)?[0-9,]{1,9}\\s*件(?=\\s*(?:[,，;；。]|$))';
const STATED_CLAUSE = new RegExp(`^\\s*${STATED_CLAUSE_BODY}`);
const STATED_CLAUSE_ANYWHERE = new RegExp(STATED_CLAUSE_BODY);
/** A count change and right after it a percentage (增加8件，同比增长20%): the sentence is checkable without last year's figure. */
const COUNT_THEN_PERCENT = /(?:增加|减少|增长|下降|上升|降低|增多|多出|少了)了?\s*[0-9,，]+\s*件\s*[,，]\s*(?:同比\s*)?(?:增长|下降|增加|减少|上升|降低|增幅|降幅)(?:了|为|达)?\s*\d/;

/** How far after the comparison last year's figure may stand (较上年度同期的100件). */
const STATED_WINDOW = 30;

/**
 * Last year's figure when the comparison states it right after itself, after nothing but connecting
 * words (较2023年的7件, 与上年的100件相比, 比上年（100件）): the token, in sentence offsets.
 */
function statedAfter(sentence: string, from: number): NumberToken | undefined {
  const window = sentence.slice(from, from + STATED_WINDOW);
  const t = numberTokens(window, from)[0];
  // A count with its unit (件, 条 …): an amount, a rate (90%) or a bare number is not last year's count;
  // a figure that runs to the window's end may be cut short.
  if (!t || !isCount(t) || t.end - from >= window.length - 1) return undefined;
  return BEFORE_STATED.test(window.slice(0, t.start - from)) ? t : undefined;
}

/** The change from `before` to `now` in a claim's terms (件, or percent of `before`); undefined from 0 in percent. */
export function changeOf(claim: DeltaClaim, now: number, before: number): number | undefined {
  if (!claim.percent) return now - before;
  return before > 0 ? ((now - before) / before) * 100 : undefined;
}

/**
 * Whether a change agrees with the claim: a percentage within its writer's rounding or truncation, a count
 * exactly, 基本持平 within `roughTolerance` of last year's figure `before`.
 */
export function changeAgrees(claim: DeltaClaim, value: number, before: number): boolean {
  if (claim.roughly) return Math.abs(value) <= roughTolerance(before);
  if (!claim.percent) return value === claim.change;
  const unit = 10 ** -claim.decimals;
  if (claim.change === 0) return Math.abs(value) < unit + 1e-9;
  // How far the change's size runs past the size written: rounded, within half a unit either way (11.5% to 12.5% is
  // 12%); truncated, up to one unit more (12% to 13%). Not 11%: 22 of 200 is no 12% by either.
  const over = (value - claim.change) * Math.sign(claim.change);
  return over >= -unit / 2 - 1e-9 && over < unit + 1e-9;
}

/** Where a sentence compares with last year: the words' start and end in the sentence, and the year they name. */
interface Comparison {
  readonly index: number;
  readonly end: number;
  readonly year: string | undefined;
}

const deltas = new Derived<ReportModel, DeltaClaim[]>('year-on-year changes');
const deltasStated = new Derived<ReportModel, DeltaClaim[]>('year-on-year changes beside last year’s figure');

/**
 * The year-on-year changes of the prose, made once per model; with `stated`, only those in sentences
 * that state last year's figure (what a report read without last year's can check: the rest are not
 * read, which on a long report is most of the time).
 */
export function extractDeltas(model: ReportModel, stated = false): DeltaClaim[] {
  const cache = stated ? deltasStated : deltas;
  let out = cache.get(model);
  if (!out) cache.set(model, (out = readDeltas(model, stated)));
  return out;
}

/**
 * The figures stated before each change, read in order: the changes come in reading order, so one pass
 * over the claims (ordered by where they end) finds the last one before each change's verb.
 */
class ClaimsBefore {
  private readonly claims: readonly Claim[];
  private next = 0;
  private last: Claim | undefined;

  constructor(model: ReportModel) {
    const claims = claimsOf(model).filter((k) => !k.zero);
    // The claims come sentence by sentence in reading order (a parenthesis's after its clause's): sorted
    // only when they are not, which a long report would pay for on every keystroke.
    let sorted = true;
    for (let i = 1; i < claims.length && sorted; i++) sorted = comparePositions(claims[i - 1]!.range.end, claims[i]!.range.end) <= 0;
    this.claims = sorted ? claims : claims.sort((a, b) => comparePositions(a.range.end, b.range.end));
  }

  /** The last figure stated from `from` up to `to` (positions that never go back). */
  lastBetween(from: Position, to: Position): Claim | undefined {
    while (this.next < this.claims.length && comparePositions(this.claims[this.next]!.range.end, to) <= 0) this.last = this.claims[this.next++];
    return this.last && comparePositions(this.last.range.start, from) >= 0 ? this.last : undefined;
  }

  /** The last figure stated before the `to` of the latest `lastBetween`, wherever it stands. */
  latest(): Claim | undefined {
    return this.last;
  }

  /** The figure stated right before the latest one (`latest`), wherever it stands. */
  beforeLatest(): Claim | undefined {
    return this.next >= 2 ? this.claims[this.next - 2] : undefined;
  }
}

/**
 * The total of the year's requests stated right before `carried`, last year's carry-over, in its sentence (收到申请178件，
 * 上年结转5件): `carried` must be the latest figure of `claims`.
 */
function totalBeforeCarried(carried: Claim, claims: ClaimsBefore): Claim | undefined {
  if (carried.quantity !== 'carried') return undefined;
  const total = claims.beforeLatest();
  return total && total.sentence === carried.sentence && WHOLES.has(total.quantity) ? total : undefined;
}

/**
 * What a change after last year's carry-over that follows the year's total may be of: the total, the two together
 * (unless the total holds the carry-over already) and the carry-over; `now` is the total.
 */
function pairReadings(total: Claim, carried: Claim): { alsoNow: number[]; nowOf: Quantity[] } {
  const both = total.quantity !== 'newPlusCarried';
  return {
    alsoNow: both ? [total.value + carried.value, carried.value] : [carried.value],
    nowOf: [...new Set<Quantity>([...total.admissible, ...(both ? ['newPlusCarried' as const] : []), ...carried.admissible])],
  };
}

/** Whether `line` stands in the body of part `id`. */
function inPart(model: ReportModel, id: number, line: number): boolean {
  return model.parts.some((p) => p.id === id && p.bodyStart <= line && line < p.bodyEnd);
}

/** A line of part 四 (政府信息公开行政复议、行政诉讼情况): its cases are the disclosure cases. */
function inPartFour(model: ReportModel, line: number): boolean {
  return inPart(model, 4, line);
}

/** A sentence about disclosure: it says so, or its line does, or it stands in part 三. */
function aboutDisclosure(model: ReportModel, sentence: string, line: number): boolean {
  return L.GIS.test(sentence) || L.GIS.test(model.folded[line] ?? '') || inPart(model, 3, line);
}

const NO_CHANGES: readonly number[] = Object.freeze([]);

/**
 * The sentences of a paragraph (folded; `；` ends one too) that may state a change, as pairs of offsets (start, end):
 * those with a word of change or of no change (增加, 下降, 持平) and a comparison (同比, 与2023年相比, or last year's
 * figure in a clause of its own), without which `readDeltas` reads nothing in a sentence. A pure function of the
 * paragraph's words, so the analysis cache keeps it: a keystroke elsewhere tests none of the document's paragraphs again.
 */
function changeSentences(paragraph: string): readonly number[] {
  if (!((COMPARISON.test(paragraph) || PRIOR_CLAUSE.test(paragraph)) && (UP.test(paragraph) || DOWN.test(paragraph) || FLAT.test(paragraph)))) return NO_CHANGES;
  const out: number[] = [];
  for (let s = 0, i = 0; s <= paragraph.length; s = i + 1) {
    i = sentenceEnd(paragraph, s, true);
    const sentence = paragraph.slice(s, i);
    if ((UP.test(sentence) || DOWN.test(sentence) || FLAT.test(sentence)) && (COMPARISON.test(sentence) || PRIOR_CLAUSE.test(sentence))) out.push(s, i);
  }
  return out.length === 0 ? NO_CHANGES : out;
}

function readDeltas(model: ReportModel, onlyStated: boolean): DeltaClaim[] {
  const stream = proseStream(model);
  const reportYear = yearOf(model);
  const out: DeltaClaim[] = [];
  let claims: ClaimsBefore | undefined;
  const cache = cacheOf(model);
  const read = (sentence: string, s: number): void => {
    const comparison = comparisonOf(sentence);
    if (!comparison) return;
    // Once per sentence (its clauses would read it again each): last year's figure after the comparison,
    // which the first change after it takes when no other count comes between, and the count before it.
    const statedToken = statedAfter(sentence, comparison.end);
    if (onlyStated && !statedToken && !STATED_IN_PAREN_ANYWHERE.test(sentence) && !COUNT_THEN_PERCENT.test(sentence) && !STATED_CLAUSE_ANYWHERE.test(sentence) && !lastYearBefore(sentence.slice(0, comparison.index))) return;
    const last = lastCountBefore(sentence, comparison.index);
    const against = comparison.year ? Number(comparison.year) : undefined;
    const line = stream.lineAt(s);
    const gis = aboutDisclosure(model, sentence, line);
    const sentenceStart = stream.positionAt(s);
    let statedTaken = false;
    /** Last year's figure the previous change of the sentence was stated against. */
    let lastStated: DeltaClaim['stated'];
    /** The count change the previous clause stated (增加8件), for a percentage right after it. */
    let lastCount: DeltaClaim | undefined;
    let facts: SentenceFacts | undefined;
    for (const clause of splitClauses(sentence, s)) {
      const c = clause.text;
      const up = UP.test(c);
      const down = DOWN.test(c);
      if (!up && !down) {
        lastStated = undefined;
        lastCount = undefined;
        const flat = FLAT.exec(c);
        if (!flat) continue;
        claims ??= new ClaimsBefore(model);
        facts ??= sentenceFacts(sentence, gis, inPartFour(model, line));
        const taken = flatClaim(flat, clause, sentence, s, statedTaken ? undefined : statedToken, claims, facts);
        if (!taken) continue;
        if (taken.stated) statedTaken = true;
        out.push(taken.claim);
        continue;
      }
      // 分别同比增加12件和13件: several changes, each of its own figure; not paired here. A clause that is
      // no change ends what a second change may take from the first (其中网上申请120件，增长20%).
      if ((!up && !down) || up === down || LEVEL.test(c) || /倍|分别/.test(c)) {
        lastStated = undefined;
        lastCount = undefined;
        continue;
      }
      const countBefore = lastCount;
      lastCount = undefined;
      const sign = up ? 1 : -1;
      const verb = (up ? UP : DOWN).exec(c)!;
      // 较上年的150件，网上申请增加20件: a change of one channel's or one topic's requests, a part the tables do not hold.
      if (L.CHANNEL.test(c.slice(0, verb.index)) || L.TOPIC.test(c.slice(0, verb.index))) {
        lastStated = undefined;
        continue;
      }
      const verbAt = stream.positionAt(clause.start + verb.index);
      // What the change is of: the last figure stated before it in the sentence, else its own words.
      claims ??= new ClaimsBefore(model);
      const before = claims.lastBetween(sentenceStart, verbAt);
      facts ??= sentenceFacts(sentence, gis, inPartFour(model, line));
      const own = quantityOfWords(c, facts);
      // Right after a count change (减少22件，下降10%), with nothing of its own: of what that change was.
      const follows = countBefore && /^\s*(?:同比\s*)?$/.test(c.slice(0, verb.index)) ? countBefore : undefined;
      // 县政府共收到申请53件。与2022年的41件相比，增加12件: a change naming nothing of its own, with last year's figure
      // stated and no count before the comparison, right after a sentence of its paragraph that ends with a total of
      // the year's requests (or with last year's carry-over right after that total), is of that total.
      const ending = !own && !before && !follows && statedToken && last === undefined ? endingTotal(claims, s, line) : undefined;
      const quantity = own ?? before?.quantity ?? follows?.quantity ?? ending?.total.quantity;
      if (!quantity) continue;
      const admissible = own ? [own] : before ? before.admissible : follows ? follows.admissible : ending!.total.admissible;
      // The count right before the comparison is what changed: the claim's when it is one, else unread.
      const lastIsBefore = last !== undefined && before !== undefined && comparePositions(stream.positionAt(s + last), before.numberRange.start) === 0;
      const unread = last !== undefined && !lastIsBefore ? { unread: true as const } : {};
      // 收到申请178件，上年结转5件，与2023年的150件相比，增加28件: after last year's carry-over that follows the year's
      // total, the change may be of the total, of the two together or of the carry-over: any of them may agree.
      const carriedAfterTotal = lastIsBefore && !own ? totalBeforeCarried(before!, claims) : undefined;
      const pair = carriedAfterTotal ? { total: carriedAfterTotal, carried: before! } : ending?.carried ? { total: ending.total, carried: ending.carried } : undefined;
      const alsoNow = pair ? pairReadings(pair.total, pair.carried) : {};
      const now =
        carriedAfterTotal
          ? { now: carriedAfterTotal.value }
          : lastIsBefore && (!own || own === before!.quantity)
          ? { now: before!.value }
          : !own && !before && follows?.now !== undefined
            ? { now: follows.now }
            : ending
              ? { now: ending.total.value }
              : {};
      const verbInSentence = clause.start - s + verb.index;
      // This year's figure as the count right before the change (for last year's stated earlier in the sentence).
      const nowClaim = !carriedAfterTotal && lastIsBefore && (!own || own === before!.quantity) ? before : undefined;
      let stated: DeltaClaim['stated'];
      if (statedToken && !statedTaken && verbInSentence >= statedToken.end) {
        statedTaken = true;
        const between = numberTokens(sentence.slice(statedToken.end, verbInSentence), 0).some(isCount);
        if (!between) stated = { value: statedToken.value, range: stream.rangeOf(s + statedToken.start, s + statedToken.numberEnd) };
      } else if (lastStated && /^\s*(?:同比\s*)?$/.test(c.slice(0, verb.index))) {
        // 较上年的301件增加37件，增长12.3%: the second change, right after the first, is against the same figure.
        stated = lastStated;
      }
      lastStated = stated;
      // The change is the first count or percentage after the verb.
      PERCENT.lastIndex = verb.index;
      const pct = PERCENT.exec(c);
      const count = numberTokens(c, clause.start).find((t) => t.start - clause.start >= verb.index && isCount(t));
      const pctAt = pct ? pct.index : Infinity;
      const countAt = count ? count.start - clause.start : Infinity;
      const start = clause.start + verb.index;
      if (pct && pctAt < countAt) {
        const v = percentValue(pct[1], pct[2]);
        if (!v) continue;
        const end = clause.start + pct.index + pct[0].length;
        stated ??= statedInParen(sentence, end - s, s) ?? statedInClause(sentence, end - s, s, against);
        // 2023年134件，2024年178件，比上年增加44件，增长32.8%: right after a count change, against the figure it took.
        const earlier = stated ? undefined : (follows?.earlier ?? earlierFigure(sentence, s, verbInSentence, nowClaim, against));
        // 比上年增加8件，同比增长20%: against this year's figure less the count change right before.
        const byCount = !stated && follows && !follows.unread ? { byCount: { change: follows.change, range: follows.range } } : {};
        out.push({
          quantity, admissible, change: sign * v.value, percent: true, decimals: v.decimals,
          ...(against !== undefined ? { against } : {}), ...now, ...alsoNow, ...unread, ...(stated ? { stated } : {}), ...(earlier ? { earlier } : {}), ...byCount,
          range: stream.rangeOf(start, end),
          numberRange: stream.rangeOf(clause.start + pct.index, end),
          text: stream.slice(start, end),
        });
      } else if (count) {
        stated ??= statedInParen(sentence, count.end - s, s) ?? statedInClause(sentence, count.end - s, s, against);
        const earlier = stated ? undefined : earlierFigure(sentence, s, verbInSentence, nowClaim, against);
        lastCount = {
          quantity, admissible, change: sign * count.value, percent: false, decimals: 0,
          ...(against !== undefined ? { against } : {}), ...now, ...alsoNow, ...unread, ...(stated ? { stated } : {}), ...(earlier ? { earlier } : {}),
          range: stream.rangeOf(start, count.end),
          numberRange: stream.rangeOf(count.start, count.numberEnd),
          text: stream.slice(start, count.end),
        };
        out.push(lastCount);
      }
    }
  };
  for (const paragraph of stream.paragraphs) {
    const text = paragraph.folded;
    const found = cache ? cache.changes.get(text, changeSentences) : changeSentences(text);
    for (let k = 0; k < found.length; k += 2) read(text.slice(found[k]!, found[k + 1]!), paragraph.start + found[k]!);
  }
  return out;

  /**
   * Where the sentence compares with last year: its comparison words, or (first when it comes before them) a clause of
   * last year's figure right before the change (2023年为150件，增长28件), read from after its comma, of the year before
   * the report's when it names one.
   */
  function comparisonOf(sentence: string): Comparison | undefined {
    const comparison = COMPARISON.exec(sentence);
    const words = comparison ? { index: comparison.index, end: comparison.index + comparison[0].length, year: comparison[1] } : undefined;
    const prior = PRIOR_CLAUSE.exec(sentence);
    if (!prior || (comparison && comparison.index < prior.index)) return words;
    if (prior[1] !== undefined && (reportYear === undefined || Number(prior[1]) !== reportYear - 1)) return words;
    // The clause without its comma: the count before the comparison is the one before the comma.
    return { index: prior.index + 1, end: prior.index + prior[0].length, year: prior[1] };
  }

  /** 同比增长28%（上年为50件）: last year's figure in a bracket right after the change, in stream terms. */
  function statedInParen(sentence: string, at: number, s: number): DeltaClaim['stated'] {
    const m = STATED_IN_PAREN.exec(sentence.slice(at, at + STATED_WINDOW));
    if (!m) return undefined;
    const t = numberTokens(m[0], 0).find(isCount);
    if (!t) return undefined;
    return { value: t.value, range: stream.rangeOf(s + at + t.start, s + at + t.numberEnd) };
  }

  /** Whether words before a comparison name last year (2023年 in a 2024 report, 上年, 去年): it may state last year's figure. */
  function lastYearBefore(head: string): boolean {
    return L.PREVIOUS_YEAR.test(head) || (reportYear !== undefined && head.includes(`${reportYear - 1}`));
  }

  /**
   * 2023年收到申请134件，2024年收到178件，同比减少44件: last year's figure as a clause of last year of its own (as
   * lastYearFigures reads it: the year before the report's, 上年, 去年) before this year's count in the sentence, of the
   * same quantity, where that count is the one right before the change, nothing but the comparison between (not
   * 满意率同比提高5%); the only such figure from the sentence's start to this year's count.
   */
  function earlierFigure(sentence: string, s: number, verbInSentence: number, now: Claim | undefined, against: number | undefined): DeltaClaim['earlier'] {
    // 与2022年相比 in a 2024 report: not against last year's figure. Only within a sentence's first EARLIER_REACH
    // characters: each change would otherwise read the whole sentence before it again (quadratic in a run-on sentence).
    if (!now || verbInSentence > EARLIER_REACH || (against !== undefined && against !== (reportYear ?? 0) - 1) || !lastYearBefore(sentence.slice(0, verbInSentence))) return undefined;
    const counts = numberTokens(sentence.slice(0, verbInSentence), 0).filter(isCount);
    const t = counts[counts.length - 1];
    if (!t || comparePositions(stream.positionAt(s + t.start), now.numberRange.start) !== 0 || !FLAT_LINK.test(sentence.slice(t.end, verbInSentence))) return undefined;
    const from = stream.positionAt(s);
    const found = figuresBetween(lastYearFigures(model), from, stream.positionAt(s + sentence.length), now.numberRange.start).filter((f) => f.admissible.some((q) => now.admissible.includes(q)));
    return found.length === 1 ? { value: found[0]!.value, range: found[0]!.range } : undefined;
  }

  /**
   * The total of the year's requests that ends the sentence before `s`, in the same paragraph (`line`), or that the
   * carry-over ending that sentence follows (收到申请178件，上年结转5件。), with the carry-over.
   */
  function endingTotal(claims: ClaimsBefore, s: number, line: number): { total: Claim; carried?: Claim } | undefined {
    const claim = claims.latest();
    if (!claim || s < 1 || stream.lineAt(s - 1) !== line || !/^[。.]$/.test(stream.slice(s - 1, s))) return undefined;
    if (comparePositions(claim.range.end, stream.positionAt(s - 1)) !== 0) return undefined;
    if (WHOLES.has(claim.quantity)) return { total: claim };
    const total = totalBeforeCarried(claim, claims);
    return total ? { total, carried: claim } : undefined;
  }

  /** 下降15.2%，上年为37件: last year's figure in the clause right after the change, in stream terms. */
  function statedInClause(sentence: string, at: number, s: number, against: number | undefined): DeltaClaim['stated'] {
    const rest = sentence.slice(at);
    const m = STATED_CLAUSE.exec(rest);
    if (!m || (m[1] !== undefined && Number(m[1]) !== against)) return undefined;
    const t = numberTokens(m[0], 0).find(isCount);
    if (!t) return undefined;
    return { value: t.value, range: stream.rangeOf(s + at + t.start, s + at + t.numberEnd) };
  }

  /**
   * 收到申请35件，与上年持平; 受理数量与2023年基本持平: no change, of the figure stated right before (with
   * nothing but the comparison between) or of what the clause's own words count. The comparison must come
   * before the 持平 in the sentence; its year, when named, is the one compared with.
   */
  function flatClaim(
    flat: RegExpExecArray, clause: Clause, sentence: string, s: number, statedToken: NumberToken | undefined, claims: ClaimsBefore, facts: SentenceFacts,
  ): { claim: DeltaClaim; stated: boolean } | undefined {
    const c = clause.text;
    if (FLAT_NOT_A_COUNT.test(c) || LEVEL.test(c)) return undefined;
    const verbInSentence = clause.start - s + flat.index;
    // The comparison nearest before the 持平.
    let comparison: RegExpExecArray | undefined;
    COMPARISONS.lastIndex = 0;
    for (let m = COMPARISONS.exec(sentence); m && m.index < verbInSentence; m = COMPARISONS.exec(sentence)) comparison = m;
    if (!comparison) return undefined;
    const verbAt = stream.positionAt(s + verbInSentence);
    const before = claims.lastBetween(stream.positionAt(s), verbAt);
    // Last year's figure stated after the comparison, with no count between it and the 持平.
    const stated =
      statedToken && statedToken.start >= comparison.index && statedToken.end <= verbInSentence && !numberTokens(sentence.slice(statedToken.end, verbInSentence), 0).some(isCount)
        ? statedToken
        : undefined;
    const head = c.slice(0, flat.index);
    const own = FLAT_COUNTED.test(head) ? quantityOfWords(head, facts) : undefined;
    let quantity: Quantity | undefined = own;
    let admissible: readonly Quantity[] = own ? [own] : [];
    let now: number | undefined;
    let pair: ReturnType<typeof pairReadings> | undefined;
    /** This year's figure as the count right before the 持平 (for last year's stated earlier in the sentence). */
    let nowClaim: Claim | undefined;
    if (!own && !before) {
      // 县政府共收到申请53件。与2023年的53件持平: naming nothing, with last year's figure stated and no other count
      // before it, right after a sentence of its paragraph that ends with a total of the year's requests (or with
      // last year's carry-over right after that total): of that total, as a change is.
      const alone = stated && !numberTokens(sentence.slice(0, verbInSentence), 0).some((t) => isCount(t) && t.start !== stated.start);
      const ending = alone ? endingTotal(claims, s, stream.lineAt(s)) : undefined;
      if (!ending) return undefined;
      quantity = ending.total.quantity;
      admissible = ending.total.admissible;
      now = ending.total.value;
      if (ending.carried) pair = pairReadings(ending.total, ending.carried);
    } else if (!own && before) {
      // The last count before the 持平 is the claim's, and only the comparison stands between them.
      const counts = numberTokens(sentence.slice(0, stated ? stated.start : verbInSentence), 0).filter(isCount);
      const t = counts[counts.length - 1];
      if (!t || comparePositions(stream.positionAt(s + t.start), before.numberRange.start) !== 0) return undefined;
      const link = stated ? sentence.slice(t.end, stated.start) + sentence.slice(stated.end, verbInSentence) : sentence.slice(t.end, verbInSentence);
      if (!FLAT_LINK.test(link)) return undefined;
      quantity = before.quantity;
      admissible = before.admissible;
      now = before.value;
      nowClaim = before;
      // 收到申请178件，上年结转5件，与上年持平: of the total, of the two together or of the carry-over, as a change is.
      const total = totalBeforeCarried(before, claims);
      if (total) {
        now = total.value;
        pair = pairReadings(total, before);
      }
    }
    if (!quantity) return undefined;
    // 与上年持平（上年为170件）, 与上年持平，上年为170件: last year's figure in a bracket or a clause of its own right
    // after the 持平, as after a change.
    const flatEnd = verbInSentence + flat[0].length;
    const against = comparison[1] ? Number(comparison[1]) : undefined;
    const after = stated ? undefined : (statedInParen(sentence, flatEnd, s) ?? statedInClause(sentence, flatEnd, s, against));
    // 2023年收到申请134件，2024年收到178件，与上年持平: last year's figure stated earlier in the sentence, as for a change.
    const earlier = stated || after || pair ? undefined : earlierFigure(sentence, s, verbInSentence, nowClaim, against);
    const roughly = flat[1] !== undefined;
    // The claim's words: from the comparison when it is in the clause, else the clause's (申请数量基本持平).
    const lead = /^\s*/.exec(c)![0].length;
    const start = comparison.index >= clause.start - s ? s + comparison.index : clause.start + lead;
    const end = clause.start + flat.index + flat[0].length;
    const range = stream.rangeOf(start, end);
    return {
      stated: stated !== undefined,
      claim: {
        quantity, admissible, change: 0, percent: false, decimals: 0,
        ...(against !== undefined ? { against } : {}),
        ...(now !== undefined ? { now } : {}),
        ...pair,
        ...(stated ? { stated: { value: stated.value, range: stream.rangeOf(s + stated.start, s + stated.numberEnd) } } : after ? { stated: after } : {}),
        ...(earlier ? { earlier } : {}),
        ...(roughly ? { roughly: true as const } : {}),
        range,
        numberRange: range,
        text: stream.slice(start, end),
      },
    };
  }
}

/** A figure the prose gives for last year (2023年共收到申请150件, 申请量由上年的35件增至52件). */
export interface LastYearFigure {
  readonly quantity: Quantity;
  /** Every quantity the words admit, `quantity` first (办结173件（上年为150件）: 一＋二 or （七）总计). */
  readonly admissible: readonly Quantity[];
  readonly value: number;
  /** The figure's digits. */
  readonly range: Range;
}

/** A part of the year, a day or a span of years: 2023年12月, 上半年, 年底, 去年以来 (none is last year's total). */
const PART_OF_YEAR = /\d{1,2}\s*月|上半年|下半年|季度|年底|年末|年初|以来|至今|截至|累计|历年/;
/** What last year's figures are compared as: the totals the words name plainly. */
const LAST_YEAR_QUANTITIES = new Set<Quantity>(['new', 'handled', 'review', 'suits', 'reviewAndSuits', 'license', 'penalty', 'coercion', 'normative.issued', 'normative.repealed', 'normative.inForce', 'regulation.issued', 'regulation.repealed', 'regulation.inForce']);

const lastYears = new Derived<ReportModel, LastYearFigure[]>('last year’s figures');

/**
 * The figures the prose states for last year, each of a quantity its own words name: a clause whose head
 * names last year (2023年 in a 2024 report, 上年, 去年) and holds one count, or the earlier level of a change
 * (由上年的35件增至52件). The year holds for the clauses after it in the sentence until another is named.
 * Not read: sentences about carry-overs (上年结转 is this year's row), parts of the year, other bodies, changes.
 */
/** How far into its sentence a change may be for earlierFigure to look for last year's figure before it. */
const EARLIER_REACH = 400;

/**
 * The figures (readLastYear's, in the order of their sentences, not always in order within one) of the sentence from
 * `from` to `end` that end by `to`: its first found by halving, not the whole list read for every change.
 */
function figuresBetween(figures: readonly LastYearFigure[], from: Position, end: Position, to: Position): LastYearFigure[] {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (comparePositions(figures[mid]!.range.start, from) < 0) lo = mid + 1;
    else hi = mid;
  }
  const out: LastYearFigure[] = [];
  for (let i = lo; i < figures.length && comparePositions(figures[i]!.range.start, end) < 0; i++) {
    if (comparePositions(figures[i]!.range.end, to) <= 0) out.push(figures[i]!);
  }
  return out;
}

export function lastYearFigures(model: ReportModel): LastYearFigure[] {
  let out = lastYears.get(model);
  if (!out) lastYears.set(model, (out = readLastYear(model)));
  return out;
}

function readLastYear(model: ReportModel): LastYearFigure[] {
  const year = yearOf(model);
  if (year === undefined) return [];
  const owner = L.ownerOf(model.title?.text);
  const stream = proseStream(model);
  const out: LastYearFigure[] = [];
  let claimAt: Map<string, Claim> | undefined;
  let narrower = false;
  forEachSentence(stream, (sentence, s) => {
    // 收到申请178件（2023年为150件）: last year's figure in brackets after this year's, of what this year's is.
    for (const clause of /[(（]/.test(sentence) ? splitClauses(sentence, s) : []) {
      for (const paren of clause.parens) {
        const figure = bracketed(clause, paren, year);
        if (!figure) continue;
        claimAt ??= new Map(claimsOf(model).filter((k) => !k.zero).map((k) => [`${k.numberRange.start.line}:${k.numberRange.start.character}`, k]));
        const at = stream.positionAt(figure.parent);
        const claim = claimAt.get(`${at.line}:${at.character}`);
        if (claim) out.push({ quantity: claim.quantity, admissible: claim.admissible, value: figure.token.value, range: stream.rangeOf(figure.token.start, figure.token.numberEnd) });
      }
    }
    if (/结转|分别/.test(sentence)) return;
    const line = stream.lineAt(s);
    const gis = aboutDisclosure(model, sentence, line);
    let facts: SentenceFacts | undefined;
    let last = false;
    for (const clause of splitClauses(sentence, s)) {
      const c = clause.text;
      const tokens = numberTokens(c, clause.start).filter(isCount);
      const level = LEVEL.exec(c);
      const head = tokens.length > 0 ? c.slice(0, tokens[0]!.start - clause.start) : c;
      const y = L.YEAR.exec(head);
      // 较上年有所增加，其中自然人申请1684件; 与2023年相比，…: a comparison with last year speaks of this year's
      // figures, so neither it nor the clauses after it are last year's.
      if (COMPARISON.test(head)) last = false;
      else if (y) last = Number(y[1]) === year - 1;
      else if (L.PREVIOUS_YEAR.test(head)) last = true;
      else if (L.THIS_YEAR.test(head)) last = false;
      if (!last) continue;
      // 由上年的35件增至52件: the earlier level is last year's, the one after the verb (and what follows) this year's.
      const before = level ? tokens.filter((t) => t.end - clause.start <= level.index) : tokens;
      if (level) last = false;
      if (before.length !== 1 || PART_OF_YEAR.test(head) || L.widerBodyIn(c, sentence, owner, narrower) || (!level && (L.DELTA.test(c) || COMPARISON.test(c)))) continue;
      facts ??= sentenceFacts(sentence, gis, inPartFour(model, line));
      const quantity = quantityOfWords(level ? c.slice(0, level.index) : c, facts);
      if (!quantity || !LAST_YEAR_QUANTITIES.has(quantity)) continue;
      const t = before[0]!;
      out.push({ quantity, admissible: [quantity], value: t.value, range: stream.rangeOf(t.start, t.numberEnd) });
    }
  }, true, (paragraph) => {
    // Asked before the paragraph's sentences: whether its 全县 may be the report's own body (L.widerBody).
    narrower = L.namesNarrowerOwn(paragraph);
    return /\d{4}\s*年|上一?年|去年/.test(paragraph);
  });
  return out;
}

/**
 * What a bracket says of the figure right before it when it gives last year's (（2023年为150件）, （上年为150件）,
 * （去年同期150件）): nothing but last year, named by its number or as 上年 / 去年 (not 上年结转, this year's
 * row), and one count.
 */
const LAST_YEAR_BRACKET = /^\s*(?:(\d{4})\s*年度?|上一?年度?|去年)\s*(?:同期\s*)?(?:(?:的|为|是|:|：|共|计|全年)\s*)*$/;

/** Last year's figure in a bracket right after a count of the clause: the count's start (stream offsets) and the figure. */
function bracketed(clause: Clause, paren: Clause['parens'][number], year: number): { parent: number; token: NumberToken } | undefined {
  if (paren.clauses.length !== 1) return undefined;
  const inner = paren.clauses[0]!;
  const tokens = numberTokens(inner.text, inner.start).filter(isCount);
  if (tokens.length !== 1) return undefined;
  const token = tokens[0]!;
  const m = LAST_YEAR_BRACKET.exec(inner.text.slice(0, token.start - inner.start));
  if (!m || (m[1] !== undefined && Number(m[1]) !== year - 1) || inner.text.slice(token.end - inner.start).trim() !== '') return undefined;
  const counts = numberTokens(clause.text.slice(0, paren.start - clause.start), clause.start).filter(isCount);
  const parent = counts[counts.length - 1];
  if (!parent || clause.text.slice(parent.end - clause.start, paren.start - clause.start).trim() !== '') return undefined;
  return { parent: parent.start, token };
}
