/**
 * Shares in the prose: `其中予以公开或部分公开占58.5%`, `予以公开答复966件，占66.48%`,
 * `不予公开的占比为5.57%`. The other claims leave percentages out (a rate is not a figure of the
 * tables); a share of an outcome or of an applicant kind is checkable all the same, against the table's
 * figure for it and the totals it can be a share of.
 *
 * What the share is of: the outcome (or applicant kind) its own clause names, read with the claims'
 * lexicon; where the clause names nothing (`，占66.48%`), the one the clause before it names with its
 * count (`予以公开答复966件`). What it is a share of is seldom said, so every total it may be is
 * admitted: table 三's （七）总计, 一＋二 and 一 (一＋二 and 一 for applicants), and every count the
 * paragraph states before it (`共办理政府信息公开申请1527件`). A share holds when any of its figures
 * (the table's, or the count written beside it) over any of those totals rounds or truncates to it.
 *
 * A completion rate (办结率96.7%, 答复率为98%) is a share too: （七）总计 over 一＋二 or 一, or a count its
 * sentence states before it over another (办结165件，办结率92.7%); so is a rate named by an outcome (予以公开率,
 * 不予公开率): that outcome over （七）总计, 一＋二 or 一; so is a case rate (行政复议25件，纠错率40%):
 * table 四's corrected (败诉) or upheld cases of the group named over its cases, or over those decided.
 *
 * Precision first: only in a paragraph about disclosure requests, of the report's own office and year;
 * not a change (占比提高5%), not an approximation (约占60%), not a breakdown the tables do not hold
 * (网上申请占86.92%).
 */
import type { ReportModel } from '../model';
import type { Range } from '../text';
import { AMBIGUOUS, CASES_OF_ALL_WORK, countedOwn, followsUp, groupNamed, lastGroupNamed, lineContexts, OTHER_CASES, outcomeOf, PARTIAL_AMONG, requestsRightBefore, REVIEW_BODY, withoutComparisons } from './extract';
import * as L from './lexicon';
import type { Quantity } from './readings';
import { proseStream, type Paragraph } from './stream';
import { reportYearOf } from '../report-year';
import { parseChineseNumber } from '../numbers';
import { cacheOf } from '../cache';
import { keepShape } from '../shapes';

export interface ShareClaim {
  /** What the share is of. */
  readonly quantity: Quantity;
  /** The totals it may be a share of, in the order a message names them. */
  readonly of: readonly Quantity[];
  /** The percentage stated. */
  readonly percent: number;
  /** Its decimal places (for rounding). */
  readonly decimals: number;
  /** A count of the same thing written beside it (`966件，占66.48%`). */
  readonly count?: number;
  /** The count has its unit (`966件`, which the prose-vs-table claims read), not bare (`部分公开67`). */
  readonly countWithUnit: boolean;
  /**
   * The count is written in Chinese numerals (予以公开六件): checked against the tables only, since the counts
   * a paragraph states (`stated`) are read in digits alone.
   */
  readonly countInNumerals?: boolean;
  /** Counts the paragraph states before the share: totals the writer may have taken it of. */
  readonly stated: readonly number[];
  /**
   * A completion rate (办结率96.7%): the counts its sentence states may be its part as well as its whole
   * (办结165件，办结率92.7%). Not for case rates, whose sentences state counts of several kinds of case.
   */
  readonly statedParts: boolean;
  /** Other quantities the share may be of, as well as `quantity` (予以公开率: with the partial disclosures or without). */
  readonly partAlso?: readonly Quantity[];
  /** Cases not yet decided (尚未审结): a case rate may be taken of the cases decided, the whole less these. */
  readonly undecided?: Quantity;
  /** The share with its words. */
  readonly range: Range;
  readonly numberRange: Range;
  readonly text: string;
}

/**
 * 占58.5%, 占比66.48%, 占比为5.57%, 比例为12.53%, 占全部申请的4.2%, 所占比例达30%. The words between
 * 占 and the number (group 1) are looked at for approximations.
 */
const SHARE = /(?:占|比例|比重)([^,，;；。:：%]{0,12}?)(\d+(?:\.\d+)?)\s*[%％]/g;
/**
 * 办结率96.7%, 答复率为98%: the requests dealt with (（七）总计) over those to deal with (一＋二, or 一).
 * Timeliness (按时办结率) is not in the tables; 100% is the prose-vs-table rule's (已全部办结).
 */
const RATE = /(?<!按时|按期|及时|限时|当期|如期|到期)(?:办结率|办理率|答复率)(?:为|达到|达|是)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
/**
 * 予以公开率55.6%, 予以公开率（含部分公开）63.5%: the requests disclosed over those dealt with or received; writers
 * count the partial disclosures in or not, so either is the part.
 */
const OPEN_RATE = /予以公开率(?:[（(]含部分公开[)）])?(?:为|达到|达|是)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
/**
 * 不予公开率6.7%, 无法提供率为18.5%: a rate named by another of table 三's outcome groups (group 1), the requests of that
 * outcome over those dealt with or received. Rates that name no row of the table (驳回率, 公开率) are not read.
 */
const OUTCOME_RATE = /(部分公开|不予公开|无法提供|不予处理|其他处理)率(?:为|达到|达|是)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
const OUTCOME_OF_RATE: Readonly<Record<string, Quantity>> = { 部分公开: 'partial', 不予公开: 'withhold', 无法提供: 'unable', 不予处理: 'reject', 其他处理: 'otherHandling' };
/**
 * Documents sorted by 公开属性 (公文的不予公开率, 主动公开率), table 二's things and petitions (行政许可, 信访事项 不予处理率):
 * their rates are of their own count, not table 三's; so are those of other applications (低保申请, namesOtherApplications).
 */
const NOT_REQUESTS = /公文|发文|文件|主动公开|公开属性|信访(?!举报投诉类)/;
/** 纠错率40%, 行政复议维持率为60%, 败诉率0%: a share of table 四's cases. */
const CASE_RATE = /(被纠错率|纠错率|败诉率|维持率)(?:为|是|达到|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
const APPROX = /约|近|超|逾|不足|不到|接近|将近|大约/;
/** Where a clause begins: after a separator, or after the 、 that follows another share. */
const SEPARATORS = new Set([',', '，', ';', '；', '。', ':', '：', '(', '（', ')', '）']);
/**
 * A count's figure in digits (group 1), or in Chinese numerals (group 2) with its unit (予以公开六件, 十一件): not
 * after another numeral, nor 数, 几, 第, 上 (数十件, 第一件, 上百件).
 */
const FIGURE = '(?:(?<!\\d)(\\d+)|(?<![〇零一二两三四五六七八九十百千万数几第上\\d])([〇零一二两三四五六七八九十百千]+)(?=\\s*(?:件|条|个|份)))';
/** A count at the end of a clause: `予以公开答复966件`, `部分公开67`, `予以公开六件`. */
const TRAILING_COUNT = new RegExp(`${FIGURE}\\s*(?:(?:件|条|个|份)\\s*)?$`);

/** The value of a FIGURE match (undefined for a numeral that is none: 一一件). */
function figureOf(m: RegExpMatchArray, digits: number, numerals: number): number | undefined {
  return m[digits] !== undefined ? Number(m[digits]) : parseChineseNumber(m[numerals]!);
}

/** A clause's trailing count, with its value: undefined when there is none or its numeral is not one. */
function trailingCount(words: string): { value: number; withUnit: boolean; numerals: boolean } | undefined {
  const m = TRAILING_COUNT.exec(words);
  const value = m ? figureOf(m, 1, 2) : undefined;
  return value === undefined ? undefined : { value, withUnit: /\D\s*$/.test(m![0]), numerals: m![2] !== undefined };
}
const COUNT = /(?<!\d)(\d+)\s*(?:件|条|个|份)/g;
/** Channels and topics: breakdowns the tables do not hold. */
const BREAKDOWN = new RegExp(`${L.CHANNEL.source}|${L.TOPIC.source}`);
const LEAD = /^[\s、]*(?:其中|另外|此外|以上|上述)?[\s,，、:：]*/;

/** What a clause's words name a share of, with the totals it may be a share of. */
function subjectOf(words: string): { quantity: Quantity; of: readonly Quantity[] } | undefined {
  // 三类内部事务信息 and 四类过程性信息 are the table's own items, not a topic (类).
  if (BREAKDOWN.test(words.replace(/[三四]类(?=内部事务|过程性)/g, '')) || L.OTHER_DOMAIN.test(words)) return undefined;
  const outcome = outcomeOf(words);
  if (outcome === AMBIGUOUS) return undefined;
  if (outcome) return { quantity: outcome.quantity, of: ['total', 'newPlusCarried', 'new'] };
  const natural = L.NATURAL.test(words);
  const orgs = L.ORGS.test(words);
  if (natural && !orgs) return { quantity: 'natural', of: ['new', 'newPlusCarried'] };
  if (orgs && !natural) return { quantity: 'orgs', of: ['new', 'newPlusCarried'] };
  // 商业企业申请占3.9%: one column of the organisations.
  const columns = natural || orgs ? [] : L.APPLICANT_COLUMNS.filter((c) => c.re.test(words));
  return columns.length === 1 ? { quantity: columns[0]!.who, of: ['new', 'newPlusCarried'] } : undefined;
}

/** The sentence counts another year's requests (not when it only compares this year's with last year's: 比上年（12件）减少3件). */
function otherYear(written: string, year: number | undefined): boolean {
  const sentence = withoutComparisons(written);
  if (L.LAST_YEAR.test(sentence)) return true;
  const m = L.YEAR.exec(sentence);
  return m !== null && year !== undefined && Number(m[1]) !== year;
}

/** A clause that names what a share is of is short; longer stretches are not read (and cost nothing). */
const MAX_CLAUSE = 60;
/** The counts kept as possible wholes: the last ones stated before a share. */
const MAX_STATED = 32;

function keep(into: number[], value: number): void {
  into.push(value);
  if (into.length > MAX_STATED) into.shift();
}

/**
 * Where clauses and sentences begin, read forward once per paragraph: `clause` is where the clause
 * before `to` begins (after a separator, or after the 、 that follows another share), `previous`
 * where the one before it begins, `sentence` where the sentence begins (after 。).
 */
class Boundaries {
  private at = 0;
  clause = 0;
  previous = 0;
  sentence = 0;

  constructor(private readonly text: string) {}

  advance(to: number): void {
    const t = this.text;
    for (; this.at < to; this.at++) {
      const c = t[this.at]!;
      if (SEPARATORS.has(c) || (c === '、' && this.at > 0 && (t[this.at - 1] === '%' || t[this.at - 1] === '％'))) {
        this.previous = this.clause;
        this.clause = this.at + 1;
      }
      if (c === '。') this.sentence = this.at + 1;
    }
  }
}

/** The sentence of `text` that begins at `from` (to the next 。). */
function sentenceFrom(text: string, from: number): string {
  const end = text.indexOf('。', from);
  return text.slice(from, end < 0 ? text.length : end);
}

/** A test of a paragraph's sentences, by where they begin, decided once each. */
class SentenceTest {
  private readonly known = new Map<number, boolean>();

  constructor(private readonly text: string, private readonly test: (sentence: string) => boolean) {}

  at(sentenceStart: number): boolean {
    let answer = this.known.get(sentenceStart);
    if (answer === undefined) {
      answer = this.test(sentenceFrom(this.text, sentenceStart));
      this.known.set(sentenceStart, answer);
    }
    return answer;
  }

  /** Whether any sentence passes. */
  any(): boolean {
    for (let start = 0; start < this.text.length; ) {
      if (this.at(start)) return true;
      const end = this.text.indexOf('。', start);
      if (end < 0) break;
      start = end + 1;
    }
    return false;
  }
}

/**
 * The sentences of a paragraph that speak of another year or a wider body; `owner` is the body the report is by,
 * whose 全县 or 我县 may be its own body or a wider one (`L.widerBody`, as the claims read them).
 */
function quietSentences(text: string, year: number | undefined, owner: string | undefined): SentenceTest {
  const narrower = L.namesNarrowerOwn(text);
  return new SentenceTest(text, (sentence) => otherYear(sentence, year) || L.widerBody(sentence, owner, narrower));
}

/** The marks a clause ends at: clause and sentence marks. */
function endsClause(c: number): boolean {
  // , ， ; ； 。 ! ！ ? ？
  return c === 0x2c || c === 0xff0c || c === 0x3b || c === 0xff1b || c === 0x3002 || c === 0x21 || c === 0xff01 || c === 0x3f || c === 0xff1f;
}

/** DELTA, every match: the words of a change hold no clause mark, so each lies within one clause. */
const DELTAS = new RegExp(L.DELTA.source, 'g');

/**
 * The counts a paragraph states that may be a share's whole: not those of a year-on-year change (较上年的7件
 * 增加160件 states last year's figure and a change, neither a total of this year). The counts, the
 * changes and the clauses are all in order, so one pass over each (the clauses found by their marks,
 * with nothing built for each: paragraphs of figures are read at every keystroke).
 */
function statedCounts(text: string): RegExpMatchArray[] {
  const counts = [...text.matchAll(COUNT)];
  if (counts.length === 0 || !L.DELTA.test(text)) return counts;
  const changes: number[] = [];
  DELTAS.lastIndex = 0;
  for (let m = DELTAS.exec(text); m; m = DELTAS.exec(text)) changes.push(m.index);
  const out: RegExpMatchArray[] = [];
  let k = 0;
  let d = 0;
  let start = 0;
  for (let i = 0; i <= text.length && k < counts.length; i++) {
    if (i < text.length && !endsClause(text.charCodeAt(i))) continue;
    // The clause from `start` to `i`: its counts are kept unless a change is said in it.
    while (d < changes.length && changes[d]! < start) d++;
    const change = d < changes.length && changes[d]! < i;
    for (; k < counts.length && counts[k]!.index! < i; k++) if (!change) out.push(counts[k]!);
    start = i + 1;
  }
  return out;
}

/** The counts stated before a position of a paragraph (after the part's earlier ones), read forward once. */
class CountsBefore {
  private next = 0;
  private readonly kept: number[];

  constructor(private readonly counts: readonly RegExpMatchArray[], earlier: readonly number[]) {
    this.kept = [...earlier];
  }

  /** The counts of `text` from `from` to `position` (a rate's own sentence: its part and its whole are there). */
  within(from: number, position: number): number[] {
    // The counts are in order and apart: the first at or after `from` and the last ending by `position`
    // are found by halving (at most MAX_STATED of those between, the last ones, are kept).
    let lo = 0;
    let hi = this.counts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.counts[mid]!.index! < from) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    hi = this.counts.length;
    while (end < hi) {
      const mid = (end + hi) >> 1;
      if (this.counts[mid]!.index! + this.counts[mid]![0].length <= position) end = mid + 1;
      else hi = mid;
    }
    return this.counts.slice(Math.max(lo, end - MAX_STATED), end).map((c) => Number(c[1]));
  }

  upTo(position: number): number[] {
    for (; this.next < this.counts.length; this.next++) {
      const c = this.counts[this.next]!;
      if (c.index! + c[0].length > position) break;
      keep(this.kept, Number(c[1]));
    }
    return [...this.kept];
  }
}

/** What the claims of one paragraph need besides its text. */
interface ParagraphContext {
  readonly text: string;
  /** Where the paragraph starts in the prose stream. */
  readonly start: number;
  readonly counts: readonly RegExpMatchArray[];
  readonly earlier: readonly number[];
  readonly quiet: SentenceTest;
  readonly stream: ReturnType<typeof proseStream>;
  /** The paragraph stands in part 四, whose cases are the disclosure cases. */
  readonly partFour: boolean;
  /**
   * Set where the paragraph names neither disclosure nor the requests as such: only its sentences that list the
   * requests' outcomes or applicants, each counted (从申请主体看，自然人171件，法人或其他组织7件), are read.
   */
  readonly listing?: SentenceTest;
}


/** A share's sentence is not read: of another year or body, or, in a paragraph read for its listing sentences, not one of them. */
function skipped(p: ParagraphContext, sentenceStart: number): boolean {
  return p.quiet.at(sentenceStart) || (p.listing !== undefined && !p.listing.at(sentenceStart));
}

/** A bound or an approximation after the figure: 90%以上, 60%左右. */
function bound(text: string, end: number): boolean {
  return L.APPROX_AFTER.test(text.slice(end, end + 6));
}

/** Where a share stands, from its first word (`from`) to its `%`, with its figure (at `numberAt`) as written. */
function located(p: ParagraphContext, from: number, numberAt: number, end: number, digits: string): Pick<ShareClaim, 'percent' | 'decimals' | 'range' | 'numberRange' | 'text'> {
  // `予以公开99件（占55.6%）`: the share's own bracket closes with it.
  const opened = p.text.slice(from, end).search(/[（(][^）)]*$/) >= 0;
  const last = opened && /^[）)]/.test(p.text.slice(end, end + 1)) ? end + 1 : end;
  return {
    percent: Number(digits),
    decimals: digits.split('.')[1]?.length ?? 0,
    range: p.stream.rangeOf(p.start + from, p.start + last),
    numberRange: p.stream.rangeOf(p.start + numberAt, p.start + end),
    text: p.stream.slice(p.start + from, p.start + last),
  };
}

/** What a reader of one kind of share is given for each match: where its clause and sentence begin, and the counts before it. */
type ShareReader = (p: ParagraphContext, m: RegExpMatchArray, at: number, bounds: Boundaries, before: CountsBefore) => ShareClaim | undefined;

/**
 * Reads each match of `re` in a paragraph with `read`, walking forward once; a match in a sentence of
 * another year or a wider body, or followed by a bound (90%以上), is not read.
 */
function readShares(p: ParagraphContext, re: RegExp, read: ShareReader, out: ShareClaim[]): void {
  const bounds = new Boundaries(p.text);
  const before = new CountsBefore(p.counts, p.earlier);
  for (const m of p.text.matchAll(re)) {
    const at = m.index!;
    bounds.advance(at);
    if (skipped(p, bounds.sentence) || bound(p.text, at + m[0].length)) continue;
    const claim = read(p, m, at, bounds, before);
    if (claim) out.push(claim);
  }
}

/**
 * A rate of this office's requests written without counts of its own (办结率92%, 予以公开率55.6%, 不予公开率6.7%): of
 * the quantity (given, or read from the match) over the wholes `of`, or over counts its sentence states before it; the
 * figure is the match's last group. Not 12345 热线's, not a change, and never 100% or more; a rate of an outcome
 * (`outcome`) not where its sentence speaks of documents, which have classes of the same names, or of other things
 * or applications whose results bear the same words (`NOT_REQUESTS`).
 */
function requestRate(quantity: Quantity | ((m: RegExpMatchArray) => Quantity), of: readonly Quantity[], partAlso?: readonly Quantity[], outcome = false): ShareReader {
  return (p, m, at, bounds, before) => {
    const { text } = p;
    const digits = m[m.length - 1]!;
    if (Number(digits) >= 100) return undefined;
    const sentence = text.slice(Math.max(bounds.sentence, at - 200), at);
    if (L.OTHER_DOMAIN.test(sentence) || L.DELTA.test(text.slice(Math.max(bounds.clause, at - MAX_CLAUSE), at))) return undefined;
    if (outcome && (NOT_REQUESTS.test(sentence) || L.TABLE_TWO_WORDS.test(sentence) || L.namesOtherApplications(sentence))) return undefined;
    return {
      quantity: typeof quantity === 'function' ? quantity(m) : quantity,
      ...(partAlso ? { partAlso } : {}),
      of,
      countWithUnit: false,
      stated: before.within(bounds.sentence, at),
      statedParts: true,
      ...located(p, at, at + m[0].lastIndexOf(digits), at + m[0].length, digits),
    };
  };
}

/** 办结率92%, 答复率为95.5%: the requests answered, （七）总计, over 一＋二 or 一. */
const completionRate = requestRate('total', ['newPlusCarried', 'new']);

/** 予以公开率55.6%: 予以公开 (or with 部分公开) over （七）总计, 一＋二 or 一. */
const openRate = requestRate('open', ['total', 'newPlusCarried', 'new'], ['openPlusPartial'], true);

/** 不予公开率6.7%, 无法提供率18.5%: the outcome group named over （七）总计, 一＋二 or 一. */
const outcomeRate = requestRate((m) => OUTCOME_OF_RATE[m[1]!]!, ['total', 'newPlusCarried', 'new'], undefined, true);

/**
 * 行政复议25件，纠错率40%: the cases corrected (败诉 for lawsuits) or upheld over the cases of the group the
 * sentence names, or over those decided (less 尚未审结), or over a count stated before it.
 */
const caseRate: ShareReader = (p, m, at, bounds, before) => {
  const { text } = p;
  const sentence = text.slice(Math.max(bounds.sentence, at - 200), at);
  if (L.DELTA.test(text.slice(Math.max(bounds.clause, at - MAX_CLAUSE), at)) || L.OTHER_DOMAIN.test(sentence)) return undefined;
  // 复议机构审结的复议案件中…纠错率20%, 路政案件…纠错率: cases the office decided as the review body, or of other work.
  if (REVIEW_BODY.test(sentence) || OTHER_CASES.test(sentence)) return undefined;
  // The group of the rate's own clause, else the last one the sentence names before it.
  let group = groupNamed(text.slice(Math.max(bounds.clause, at - MAX_CLAUSE), at)) ?? lastGroupNamed(sentence);
  const lost = m[1] === '败诉率';
  if (!group || (lost && group === 'review')) return undefined;
  if (lost && group === 'reviewAndSuits') group = 'suits';
  const stated = before.within(bounds.sentence, at);
  // 行政复议纠错率为10% with no case counted before it and no word of disclosure: a rate of all the office's
  // cases, or of the reviews it decided as a review body, as often as of table 四's (not in part 四, whose cases
  // are the disclosure cases).
  if (stated.length === 0 && !p.partFour && !L.GIS.test(sentence)) return undefined;
  const digits = m[2]!;
  return {
    quantity: `${group}.${m[1] === '维持率' ? 'upheld' : 'corrected'}`,
    of: [group],
    countWithUnit: false,
    stated,
    statedParts: false,
    undecided: `${group}.pending`,
    ...located(p, at, at + m[0].lastIndexOf(digits), at + m[0].length, digits),
  };
};

/**
 * The words a share is of: its own clause's, or, when that clause holds nothing but the share (`，占66.48%`),
 * the clause before it (`prior`). Undefined for an approximate share, a change, or a share too far from
 * its clause's start.
 */
function shareWords(text: string, m: RegExpMatchArray, at: number, bounds: Boundaries): { words: string; from: number; prior: boolean } | undefined {
  const between = m[1]!;
  if (APPROX.test(between) || L.DELTA.test(between) || at - bounds.clause > MAX_CLAUSE) return undefined;
  const clause = text.slice(bounds.clause, at);
  // 约占60%, 大约占, 将近占: the approximation before 占 as after it (占比约, 占近).
  if (L.DELTA.test(clause) || APPROX.test(clause.slice(-2))) return undefined;
  const words = clause.replace(LEAD, '');
  if (words.trim() !== '' || bounds.clause === 0 || bounds.clause - 1 - bounds.previous > MAX_CLAUSE) return { words, from: at - words.length, prior: false };
  const prior = text.slice(bounds.previous, bounds.clause - 1);
  if (L.DELTA.test(prior)) return undefined;
  const priorWords = prior.replace(LEAD, '');
  return { words: priorWords, from: bounds.previous + (prior.length - priorWords.length), prior: true };
}

/**
 * 行政复议25件，其中维持8件，占32%: a result's share of its group's cases, with its count written beside it
 * in its clause or the clause before; over the group's cases, or those decided, or a count stated before it.
 */
const caseShare: ShareReader = (p, m, at, bounds, before) => {
  const { text } = p;
  const sentence = text.slice(Math.max(bounds.sentence, at - 200), at);
  if (L.OTHER_DOMAIN.test(sentence)) return undefined;
  const said = shareWords(text, m, at, bounds);
  if (!said) return undefined;
  const { words, from } = said;
  const own = trailingCount(words);
  const results = L.CASE_RESULTS.filter((r) => r.re.test(words));
  // One result of a case, not an outcome of a request (其他处理20件).
  if (!own || results.length !== 1 || outcomeOf(words) !== undefined) return undefined;
  const group = groupNamed(words) ?? lastGroupNamed(sentence);
  if (!group) return undefined;
  const digits = m[2]!;
  return {
    quantity: `${group}.${results[0]!.result}`,
    of: [group],
    count: own.value,
    countWithUnit: own.withUnit,
    ...(own.numerals ? { countInNumerals: true } : {}),
    stated: before.upTo(from),
    statedParts: false,
    undecided: `${group}.pending`,
    ...located(p, from, at + m[0].lastIndexOf(digits), at + m[0].length, digits),
  };
};

/** The words of table 三's rows, which name requests without the word 申请 (新收, 上年结转, 予以公开 …). */
const TABLE3_WORDS = /新收|上年结转|结转下年度|予以公开|部分公开|不予公开|无法提供|不予处理/;
/** Table 三's outcomes, which no other count of a paragraph naming disclosure has (公文 by 公开属性 aside, whose shares are of their own count). */
const TABLE3_OUTCOMES = /予以公开|部分公开|不予公开|无法提供|不予处理/;

/** 申请人以法人或其他组织为主，: the clause that names who made most requests, before a bare count. */
const APPLICANT_LEAD = /以([^,，;；。]{1,16})为主\s*[,，]\s*$/;
const BARE_COUNT = new RegExp(`^[\\s共计合总累达为有是]*${FIGURE}\\s*(?:(?:件|条|个|份)\\s*)?$`);

/** 申请人以法人或其他组织为主，共42件，占89.4%: a bare count's share is of what the clause before it named. */
function leadOf(text: string, bounds: Boundaries, prior: string): ReturnType<typeof subjectOf> {
  if (!BARE_COUNT.test(prior) || bounds.previous <= bounds.sentence) return undefined;
  const lead = APPLICANT_LEAD.exec(text.slice(Math.max(bounds.sentence, bounds.previous - MAX_CLAUSE), bounds.previous));
  if (!lead) return undefined;
  return subjectOf(lead[1]!);
}

/** The rest of the bracket a share stands in says the partial disclosures are among the count (，其中部分公开3件）). */
function partialAmong(text: string, end: number): boolean {
  const rest = text.slice(end, end + 30);
  const close = rest.search(/[)）]/);
  if (close < 0 || /[(（]/.test(rest.slice(0, close))) return false;
  return rest
    .slice(0, close)
    .split(/[,，;；]/)
    .some((c) => PARTIAL_AMONG.test(c));
}

/**
 * 予以公开（含部分公开）占75%: a share whose clause holds nothing but the share, right after a bracket that says the
 * partial disclosures are among what it is of; the words before the bracket (of both, the caller knows). Undefined
 * otherwise.
 */
function afterInclusion(text: string, m: RegExpMatchArray, at: number, bounds: Boundaries): { words: string; from: number } | undefined {
  if (APPROX.test(m[1]!) || text.slice(bounds.clause, at).replace(LEAD, '').trim() !== '') return undefined;
  const close = bounds.clause - 1;
  const open = bounds.previous - 1;
  if (open <= 0 || close <= open || !/[)）]/.test(text.charAt(close)) || !/[(（]/.test(text.charAt(open))) return undefined;
  if (!PARTIAL_AMONG.test(text.slice(bounds.previous, close))) return undefined;
  let start = open;
  while (start > 0 && open - start < MAX_CLAUSE && !SEPARATORS.has(text.charAt(start - 1))) start--;
  const words = text.slice(start, open).replace(LEAD, '');
  return words.trim() === '' || L.DELTA.test(words) ? undefined : { words, from: open - words.length };
}

/** 予以公开或部分公开占58.5%, 予以公开答复966件，占66.48%. */
const share: ShareReader = (p, m, at, bounds, before) => {
  // 政务服务事项申请人中，自然人占80%; 12345热线来电中，…; 低保申请人中，…: another thing's or application's shares, in a
  // paragraph about the requests as well.
  const sentence = p.text.slice(Math.max(bounds.sentence, at - 200), at);
  if (L.OTHER_DOMAIN.test(sentence) || L.TABLE_TWO_WORDS.test(sentence) || L.namesOtherApplications(sentence)) return undefined;
  const inclusion = afterInclusion(p.text, m, at, bounds);
  const said = inclusion ? { ...inclusion, prior: false } : shareWords(p.text, m, at, bounds);
  if (!said) return undefined;
  const { words, from, prior } = said;
  const own = trailingCount(words);
  // `予以公开答复966件，占66.48%`: the clause before names what the share is of, with its count.
  if (prior && !own) return undefined;
  const subject = subjectOf(prior ? words.replace(TRAILING_COUNT, '') : words.replace(/\d+\s*(?:件|条|个|份)?/g, '')) ?? (prior ? leadOf(p.text, bounds, words) : undefined);
  if (!subject) return undefined;
  // 占不予公开的33.3%, 占法人或其他组织申请的100%: the whole named between 占 and the figure.
  const whole = subjectOf(m[1]!.replace(/的$/, ''));
  const digits = m[2]!;
  // 予以公开14件（占73.7%，其中部分公开3件）: the disclosures counted the partial ones too.
  const quantity = subject.quantity === 'open' && (inclusion !== undefined || partialAmong(p.text, at + m[0].length)) ? 'openPlusPartial' : subject.quantity;
  return {
    quantity,
    of: whole && whole.quantity !== subject.quantity ? [whole.quantity, ...subject.of] : subject.of,
    ...(own ? { count: own.value } : {}),
    countWithUnit: own !== undefined && own.withUnit,
    ...(own?.numerals ? { countInNumerals: true } : {}),
    // The counts stated before the share's words (the one beside it is its part, not its whole).
    stated: before.upTo(from),
    statedParts: false,
    ...located(p, from, at + m[0].lastIndexOf(digits), at + m[0].length, digits),
  };
};

/**
 * 分别占82.4%和17.6%, 分别占比为60%、30%、10%: the shares of the items the clause before counts, in order
 * (自然人42件、法人或其他组织9件，分别占82.4%和17.6%).
 */
const RESPECTIVE_SHARES = /分别(?:占|占比|所占比例)(?:为|是)?([^\d,，;；。:：%]{0,12})(\d+(?:\.\d+)?)\s*[%％]((?:\s*[、和及与]\s*\d+(?:\.\d+)?\s*[%％]){1,5})/g;
const RESPECTIVE_REST = /(\d+(?:\.\d+)?)\s*[%％]/g;
/** An item of the clause before: its words and its count (自然人42件, 、法人或其他组织9件). */
const RESPECTIVE_ITEM = new RegExp(`([^、,，;；\\d]{1,20}?)${FIGURE}\\s*(?:件|条|个|份)`, 'g');

/** The shares a 分别 pairs with the items counted right before it, when the counts and the shares are as many. */
function readRespectiveShares(p: ParagraphContext, out: ShareClaim[]): void {
  if (!p.text.includes('分别')) return;
  const bounds = new Boundaries(p.text);
  const before = new CountsBefore(p.counts, p.earlier);
  for (const m of p.text.matchAll(RESPECTIVE_SHARES)) {
    const at = m.index!;
    bounds.advance(at);
    if (skipped(p, bounds.sentence) || bound(p.text, at + m[0].length) || APPROX.test(m[1]!)) continue;
    // The items are counted in the clause before 分别 (or in its own, before it).
    const ownWords = p.text.slice(bounds.clause, at);
    const from = ownWords.trim() !== '' ? bounds.clause : bounds.previous;
    const list = p.text.slice(from, ownWords.trim() !== '' ? at : bounds.clause - 1);
    if (list.length > MAX_CLAUSE * 2 || L.DELTA.test(list)) continue;
    const items = [...list.matchAll(RESPECTIVE_ITEM)];
    const percents: { digits: string; index: number }[] = [{ digits: m[2]!, index: at + m[0].indexOf(m[2]!, 2 + m[1]!.length) }];
    const restAt = at + m[0].length - m[3]!.length;
    for (const r of m[3]!.matchAll(RESPECTIVE_REST)) percents.push({ digits: r[1]!, index: restAt + r.index! });
    if (items.length !== percents.length) continue;
    const counts = items.map((it) => figureOf(it, 2, 3));
    if (counts.some((c) => c === undefined)) continue;
    const subjects = items.map((it) => subjectOf(it[1]!.replace(LEAD, '').replace(/^[和及与]/, '')));
    if (subjects.some((x) => x === undefined) || new Set(subjects.map((x) => x!.quantity)).size !== subjects.length) continue;
    const whole = subjectOf(m[1]!.replace(/的$/, ''));
    const stated = before.upTo(from);
    items.forEach((it, i) => {
      const subject = subjects[i]!;
      const pc = percents[i]!;
      const end = pc.index + pc.digits.length + 1;
      out.push({
        quantity: subject.quantity,
        of: whole && whole.quantity !== subject.quantity ? [whole.quantity, ...subject.of] : subject.of,
        count: counts[i]!,
        countWithUnit: true,
        stated,
        statedParts: false,
        percent: Number(pc.digits),
        decimals: pc.digits.split('.')[1]?.length ?? 0,
        range: p.stream.rangeOf(p.start + from + it.index!, p.start + end),
        numberRange: p.stream.rangeOf(p.start + pc.index, p.start + end),
        text: p.stream.slice(p.start + from + it.index!, p.start + end),
      });
    });
  }
}

/**
 * What `extractShares` asks of a paragraph's words alone, each asked when first needed and then kept: a pure function of
 * the words, so the analysis cache keeps it from one analysis to the next, and a keystroke asks nothing again of the
 * paragraphs it did not change (whether each of them lists the requests, and the counts it states, were a fifth of a
 * keystroke's time in a 1 MB report).
 */
export class ShareParagraph {
  /** The paragraph has a percentage: only such a paragraph is read for shares. */
  readonly percent: boolean;
  private requestWord: boolean | undefined = undefined;
  private gisWords: boolean | undefined = undefined;
  private tableThree: boolean | undefined = undefined;
  private outcomes: boolean | undefined = undefined;
  private outcomeRequests: boolean | undefined = undefined;
  private casesWords: boolean | undefined = undefined;
  private cause: boolean | undefined = undefined;
  private allWork: boolean | undefined = undefined;
  private countable: boolean | undefined = undefined;
  private listingTest: SentenceTest | undefined = undefined;
  private listedAny: boolean | undefined = undefined;
  private statedList: readonly RegExpMatchArray[] | undefined = undefined;

  constructor(private readonly text: string) {
    this.percent = text.includes('%') || text.includes('％');
  }

  /** 申请 is said. */
  get requests(): boolean {
    return (this.requestWord ??= /申请/.test(this.text));
  }

  /** Disclosure is named (L.GIS). */
  get gis(): boolean {
    return (this.gisWords ??= L.GIS.test(this.text));
  }

  /** Table 三's rows named by their words, or its applicants counted by its columns. */
  get tableThreeWords(): boolean {
    return (this.tableThree ??= TABLE3_WORDS.test(this.text) || L.APPLICANT_COUNTED.test(this.text));
  }

  /** One of table 三's outcomes is named. */
  get tableThreeOutcomes(): boolean {
    return (this.outcomes ??= TABLE3_OUTCOMES.test(this.text));
  }

  /**
   * The requests are named by what became of them, of no other kind (予以公开的申请, 部分公开的申请): table 三's topic,
   * as the claims read a sentence so worded (L.BARE_REQUEST, L.TABLE_THREE_OUTCOME).
   */
  get requestsByOutcome(): boolean {
    return (this.outcomeRequests ??=
      L.BARE_REQUEST.test(this.text) && L.TABLE_THREE_OUTCOME.test(this.text) && !L.OTHER_DOMAIN.test(this.text) && !L.namesOtherApplications(this.text));
  }

  /** Review or lawsuits are named. */
  get cases(): boolean {
    return (this.casesWords ??= /复议|诉讼/.test(this.text));
  }

  /** A cause in disclosure is named (L.DISCLOSURE_CAUSE). */
  get disclosureCause(): boolean {
    return (this.cause ??= L.DISCLOSURE_CAUSE.test(this.text));
  }

  /** Words of a body's cases of every kind (CASES_OF_ALL_WORK). */
  get casesOfAllWork(): boolean {
    return (this.allWork ??= CASES_OF_ALL_WORK.test(this.text));
  }

  /** Its counts may be of requests or cases (申请, 复议, 诉讼 said): those may be a later share's whole. */
  get countsRequestsOrCases(): boolean {
    return (this.countable ??= /申请|复议|诉讼/.test(this.text));
  }

  /** Its sentences that list the requests' outcomes or applicants, each counted (L.listsOwnRequests). */
  get listing(): SentenceTest {
    return (this.listingTest ??= new SentenceTest(this.text, L.listsOwnRequests));
  }

  /** Whether any of its sentences does. */
  get listed(): boolean {
    return (this.listedAny ??= this.listing.any());
  }

  /** The counts it states that may be a share's whole (`statedCounts`). */
  get counts(): readonly RegExpMatchArray[] {
    return (this.statedList ??= statedCounts(this.text));
  }
}

const shareParagraph = (text: string): ShareParagraph => new ShareParagraph(text);
// One of each per-paragraph class kept alive, so that their hidden classes outlive a collection (see keepShape).
keepShape(new ShareParagraph(''));
keepShape(new SentenceTest('', L.listsOwnRequests));
keepShape(new Boundaries(''));
keepShape(new CountsBefore([], []));

export function extractShares(model: ReportModel): ShareClaim[] {
  const stream = proseStream(model);
  const out: ShareClaim[] = [];
  const year = reportYearOf(model);
  const owner = L.ownerOf(model.title?.text);
  // Counts stated earlier in the same part (共办理申请1527件 may stand a paragraph before its shares),
  // read only when a paragraph of shares comes: most parts have none.
  let earlier: number[] = [];
  let unread: ShareParagraph[] = [];
  const cache = cacheOf(model);
  let partOfEarlier: number | undefined;
  // The parts in order of their lines, walked along with the paragraphs.
  const parts = [...model.parts].sort((a, b) => a.bodyStart - b.bodyStart);
  let at = 0;
  let outline: ReturnType<typeof lineContexts> | undefined;
  let previous: Paragraph | undefined;
  for (const paragraph of stream.paragraphs) {
    const before = previous;
    previous = paragraph;
    const text = paragraph.folded;
    const line = stream.lineAt(paragraph.start);
    while (at < parts.length && parts[at]!.bodyEnd <= line) at++;
    const part = at < parts.length && parts[at]!.bodyStart <= line ? parts[at]!.id : undefined;
    if (part !== partOfEarlier) {
      earlier = [];
      unread = [];
      partOfEarlier = part;
    }
    const facts = cache ? cache.shares.get(text, shareParagraph) : new ShareParagraph(text);
    const percent = facts.percent;
    // In part 三 a paragraph restating table 三 by its rows' words (上年结转3件，本年新收113件，…予以公开55件，占49.5%)
    // is about the requests even where it never says 申请.
    // Elsewhere, a paragraph naming disclosure and what became of the requests (政府信息公开…予以公开99件，占55.6%) is too.
    // So is one in part 三 counting the requests' applicants by table 三's columns (其中，自然人171件，法人或其他组织7件).
    // So is one naming the requests by their outcome, of no other kind (予以公开的申请占55.6%).
    const requests =
      percent &&
      ((facts.requests && (part === 3 || facts.gis)) || (part === 3 && facts.tableThreeWords) || (facts.gis && facts.tableThreeOutcomes) || facts.requestsByOutcome);
    // Anywhere else, a sentence listing the requests' outcomes or applicants, each counted (从申请主体看，自然人171件，
    // 占86.1%；法人或其他组织7件，占13.9%), is about them too, the rest of its paragraph not.
    const listing = percent && !requests ? facts.listing : undefined;
    const listed = listing !== undefined && facts.listed;
    // A paragraph with no subject of its own (其中，自然人申请15件，占75%。 办结率100%。) right after a paragraph that
    // ends counting the year's requests speaks of them, as it would as that paragraph's next sentence.
    const followed = percent && !requests && !listed && followsRequests(before, paragraph);
    // Under part 一's 监督保障 the cases are the disclosure cases, as the claims read them (unless the words
    // speak of all the body's work). The outline is walked only for such a paragraph: most reports have none.
    const oversight = () => part === 1 && /监督保障/.test((outline ??= lineContexts(model)).heading[line] ?? '') && !facts.casesOfAllWork;
    const cases = percent && facts.cases && (part === 4 || facts.gis || facts.disclosureCause || oversight());
    if (!requests && !listed && !followed && !cases) {
      unread.push(facts);
      continue;
    }
    // Only counts of requests or cases can be a share's whole (not 主动公开's documents in the same part).
    for (const t of unread) if (t.countsRequestsOrCases) for (const c of t.counts) keep(earlier, Number(c[1]));
    unread = [];
    const context: ParagraphContext = { text, start: paragraph.start, counts: facts.counts, earlier, quiet: quietSentences(text, year, owner), stream, partFour: part === 4 };
    if (requests || listed || followed) {
      const read = listing && !requests && !followed ? { ...context, listing } : context;
      readShares(read, RATE, completionRate, out);
      readShares(read, OPEN_RATE, openRate, out);
      readShares(read, OUTCOME_RATE, outcomeRate, out);
      readShares(read, SHARE, share, out);
      readRespectiveShares(read, out);
    }
    if (cases) {
      readShares(context, CASE_RATE, caseRate, out);
      readShares(context, SHARE, caseShare, out);
    }
    for (const c of context.counts) keep(earlier, Number(c[1]));
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

  function followsRequests(before: Paragraph | undefined, paragraph: Paragraph): boolean {
    if (!before?.folded.includes('申请') || !followsUp(paragraph.folded)) return false;
    const counted = requestsRightBefore(model, stream, (outline ??= lineContexts(model)).part, before, paragraph);
    return counted !== undefined && countedOwn(counted, year, owner, L.namesNarrowerOwn(before.folded));
  }
}
