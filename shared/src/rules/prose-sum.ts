import { packedMap } from '../arrays';
import { claimsOf, type Claim, type Quantity } from '../claims';
import { APPROX_BEFORE } from '../claims/lexicon';
import { cacheOf, lineFindings } from '../cache';
import type { ReportModel } from '../model';
import { comparePositions, range } from '../text';
import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { partById, quoted } from './helpers';

/** The outcome groups' names, for the one a list left unsaid. */
const GROUP_NAMES: Partial<Record<Quantity, readonly [string, string]>> = {
  open: ['予以公开', 'disclosed'],
  partial: ['部分公开', 'partly disclosed'],
  withhold: ['不予公开', 'withheld'],
  unable: ['无法提供', 'unable to provide'],
  reject: ['不予处理', 'not handled'],
  otherHandling: ['其他处理', 'other handling'],
};

/** A figure of the tables that is the sum of others, whatever the report. */
interface Identity {
  readonly whole: Quantity;
  readonly parts: readonly Quantity[];
  /** The parts may fall short of the whole even when all are stated: only more than it is wrong. */
  readonly atMost?: boolean;
  /**
   * A list of every part but one, followed by the whole, is complete: the part left unsaid is the one that was none
   * (予以公开…其他处理20件，合计187件, 不予处理 left out). With two or more left unsaid, only more than the whole is wrong.
   */
  readonly oneLeftIsNone?: boolean;
}

const CASE_GROUPS = ['review', 'suits', 'suits.direct', 'suits.afterReview'] as const;

const IDENTITIES: readonly Identity[] = [
  // 一＋二.
  { whole: 'newPlusCarried', parts: ['new', 'carried'] },
  // Table 四: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计, for each group; the lawsuits are both kinds.
  ...CASE_GROUPS.map((g): Identity => ({ whole: g, parts: [`${g}.upheld`, `${g}.corrected`, `${g}.other`, `${g}.pending`] })),
  { whole: 'suits', parts: ['suits.direct', 'suits.afterReview'] },
  // The year's new requests by who applied (a sentence that also names the carry-over is left out: its
  // applicants may be counted with the carry-over or without it).
  { whole: 'new', parts: ['natural', 'orgs'] },
  // The total after both kinds (自然人171件，法人或其他组织7件，共计178件), which the claims read as 一, 一＋二 or （七）总计:
  // each row's applicants add up to its total, so theirs to it, whichever it is.
  { whole: 'newOrHandled', parts: ['natural', 'orgs'] },
  // The outcomes of the requests handled: 办理 may count requests still open (一＋二), so the outcomes
  // may fall short of it, never exceed it.
  { whole: 'handled', parts: ['open', 'partial', 'withhold', 'unable', 'reject', 'otherHandling'], atMost: true },
  // （七）总计, read as such after the outcomes (予以公开6件，无法提供5件，不予处理1件，合计12件): their sum, exactly.
  { whole: 'total', parts: ['open', 'partial', 'withhold', 'unable', 'reject', 'otherHandling'], oneLeftIsNone: true },
];

/** The claims of the prose, sentence by sentence, as the claims were read. */
function sentencesOf(claims: readonly Claim[]): Claim[][] {
  const bySentence = new Map<number, Claim[]>();
  for (const c of claims) {
    const list = bySentence.get(c.sentence);
    if (list) list.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  return [...bySentence.values()];
}

/** The one claim of `q` in the sentence that only the prose can check; undefined when none or several. */
function onlyClaimOf(sentence: readonly Claim[], q: Quantity): Claim | undefined | 'several' {
  const found = sentence.filter((c) => c.quantity === q);
  if (found.length > 1) return 'several';
  return found[0];
}

/**
 * Whether the parts are listed right before the whole, nothing but punctuation between them and it (not
 * 其他处理20件等，合计187件, nor 其他处理20件，另有…，合计187件): a list its whole closes.
 */
function closedList(model: ReportModel, parts: readonly Claim[], whole: Claim): boolean {
  const last = parts.reduce((a, b) => (comparePositions(a.range.end, b.range.end) >= 0 ? a : b));
  if (comparePositions(last.range.end, whole.range.start) > 0) return false;
  if (last.range.end.line !== whole.range.start.line) return false;
  const between = (model.lines[whole.range.start.line]?.text ?? '').slice(last.range.end.character, whole.range.start.character);
  return /^[\s，,、；;]{0,4}$/.test(between);
}

/** A sum found wrong: its finding, and the whole it is reported on (whose parts are then not reported again). */
interface SumFinding {
  readonly finding: RuleFinding;
  readonly whole: Claim;
}

function check(model: ReportModel, sentence: readonly Claim[], identity: Identity): SumFinding | undefined {
  const whole = onlyClaimOf(sentence, identity.whole);
  if (whole === undefined || whole === 'several') return undefined;
  if ((identity.whole === 'new' || identity.whole === 'newOrHandled') && sentence.some((c) => c.quantity === 'carried' || c.quantity === 'newPlusCarried')) return undefined;
  const parts: Claim[] = [];
  const unsaid: Quantity[] = [];
  for (const q of identity.parts) {
    const p = onlyClaimOf(sentence, q);
    if (p === 'several') return undefined;
    if (p) parts.push(p);
    else unsaid.push(q);
  }
  if (parts.length === 0) return undefined;
  // 予以公开和部分公开113件 counts two parts at once, outside those added: the list is not read as complete.
  const together = sentence.some((c) => c.quantity === 'openPlusPartial');
  const left = identity.oneLeftIsNone === true && unsaid.length === 1 && !together && closedList(model, parts, whole) ? unsaid[0] : undefined;
  const all = (unsaid.length === 0 || left !== undefined) && identity.atMost !== true;
  const involved = [whole, ...parts];
  // Only what the tables cannot settle (they would say which figure is wrong: the prose-vs-table rule),
  // and only figures read one way and written exactly (1.8万件 is rounded: its parts may add up to 17,680).
  // (A total after some of the outcomes may be theirs alone, as the claims read it: that reading is the sum checked here.)
  const oneWay = (c: Claim) => c.admissible.length === 1 || (c === whole && identity.whole === 'total' && c.admissible.length === 2 && c.admissible[1]!.startsWith('outcomes:'));
  if (involved.some((c) => c.holds !== undefined || !oneWay(c) || c.alternatives.length > 0 || c.decimals < 0)) return undefined;
  const sum = parts.reduce((s, c) => s + c.value, 0);
  if (all ? sum === whole.value : sum <= whole.value) return undefined;
  const named = parts.map(quoted).join('、');
  const namedEn = parts.map(quoted).join(', ');
  const unit = '件';
  const leftName = left !== undefined && sum < whole.value ? GROUP_NAMES[left] : undefined;
  const finding: RuleFinding = {
    range: whole.range,
    message: all && leftName
      ? text(
          `正文的分项与合计不符：${named}之和为${sum}${unit}，而${quoted(whole)}；未写出的“${leftName[0]}”如有${whole.value - sum}${unit}，请写明。表格中没有可以核对的数字，请核实后改正。`,
          `The prose's parts do not add up to its total: ${namedEn} make ${sum}, but it says ${quoted(whole)}; if the ${leftName[1]} requests it leaves out were ${whole.value - sum}, say so. The tables hold no figure to check them against; verify and correct them.`,
        )
      : all
      ? text(
          `正文的分项与合计不符：${named}之和为${sum}${unit}，而${quoted(whole)}。表格中没有可以核对的数字，请核实后改正。`,
          `The prose's parts do not add up to its total: ${namedEn} make ${sum}, but it says ${quoted(whole)}. The tables hold no figure to check them against; verify and correct them.`,
        )
      : parts.length === 1
        ? text(
            `正文的分项超过合计：${named}超过${quoted(whole)}。表格中没有可以核对的数字，请核实后改正。`,
            `A part in the prose exceeds its total: ${namedEn} is more than ${quoted(whole)}. The tables hold no figure to check them against; verify and correct them.`,
          )
        : text(
            `正文的分项之和超过合计：${named}之和为${sum}${unit}，超过${quoted(whole)}。表格中没有可以核对的数字，请核实后改正。`,
            `The prose's parts exceed its total: ${namedEn} make ${sum}, more than ${quoted(whole)}. The tables hold no figure to check them against; verify and correct them.`,
          ),
    related: parts.map((c) => ({ range: c.range, message: text(`分项：${quoted(c)}`, `A part: ${quoted(c)}`) })),
    fixes: [],
  };
  return { finding, whole };
}

/** Table 三's applicants: both kinds, or each column. */
const APPLICANT_LISTS: readonly (readonly Quantity[])[] = [
  ['natural', 'orgs'],
  ['natural', 'business', 'research', 'nonprofit', 'legal', 'otherOrg'],
];
const OUTCOME_LIST: readonly Quantity[] = ['open', 'partial', 'withhold', 'unable', 'reject', 'otherHandling'];
const resultsOf = (g: string): Quantity[] => ['upheld', 'corrected', 'other', 'pending'].map((r) => `${g}.${r}` as Quantity);

/**
 * What a count's 其中 may list the parts of, by what it counts: lists of parts that do not overlap (a count of requests by
 * applicant; 一＋二 by 一 and 二 too; the outcomes; a group of cases by result, the lawsuits by kind too). A part of
 * another kind (上年结转 after the year's new requests, an outcome after them) is not one of the count's.
 */
const PART_LISTS: Partial<Record<Quantity, readonly (readonly Quantity[])[]>> = {
  new: APPLICANT_LISTS,
  newOrHandled: APPLICANT_LISTS,
  newPlusCarried: [['new', 'carried'], ...APPLICANT_LISTS],
  handled: [OUTCOME_LIST],
  total: [OUTCOME_LIST],
  openPlusPartial: [['open', 'partial']],
  review: [resultsOf('review')],
  suits: [['suits.direct', 'suits.afterReview'], resultsOf('suits')],
  'suits.direct': [resultsOf('suits.direct')],
  'suits.afterReview': [resultsOf('suits.afterReview')],
  reviewAndSuits: [['review', 'suits']],
};

/** The list of parts of `whole` (a quantity) `part` is one of, under every reading of the whole; undefined when none. */
function partListOf(whole: Claim, part: Quantity): readonly Quantity[] | undefined {
  let found: readonly Quantity[] | undefined;
  for (const q of whole.admissible) {
    const list = (PART_LISTS[q] ?? []).find((l) => l.includes(part));
    if (!list) return undefined;
    if (q === whole.quantity) found = list;
  }
  return found;
}

/** Between a count and its first part: a comma or a bracket, then 其中 (收到申请2件，其中自然人申请3件). */
const AMONG_AFTER = /^\s*[，,（(]\s*其中(?:\s*[：:，,])?[^\d，,、；;。]*$/;
/** Between two parts of a 其中 list: a separator, then the next part's words (no figure). */
const NEXT_PART = /^\s*[，,、；;][^\d，,、；;。]*$/;

/**
 * A part more than the count it is part of, in one sentence: 收到申请2件，其中自然人申请3件. Whatever the count's reading
 * (一, 一＋二 …), what its 其中 lists right after it are some of those it counted: none can be more than it, nor the
 * parts of one list together. Reported on the part (or the parts), tables or not (the tables may agree with each figure
 * read its own way: 3 as 一＋二's 自然人), unless they disagree with one of them (the prose-vs-table rule then says which).
 */
function partsOverWhole(model: ReportModel, sentence: readonly Claim[], reported: ReadonlySet<Claim>): RuleFinding[] {
  const out: RuleFinding[] = [];
  const usable = (c: Claim) => !c.zero && c.holds !== false && c.alternatives.length === 0 && c.decimals >= 0 && !/[元%％]/.test(c.unit);
  const between = (a: Claim, b: Claim): string | undefined =>
    a.range.end.line === b.numberRange.start.line && comparePositions(a.range.end, b.numberRange.start) <= 0
      ? (model.lines[a.range.end.line]?.text ?? '').slice(a.range.end.character, b.numberRange.start.character)
      : undefined;
  const ordered = [...sentence].sort((a, b) => comparePositions(a.range.start, b.range.start));
  for (let i = 0; i + 1 < ordered.length; i++) {
    const whole = ordered[i]!;
    const first = ordered[i + 1]!;
    if (reported.has(whole) || !usable(whole) || !usable(first)) continue;
    const opening = between(whole, first);
    if (opening === undefined || !AMONG_AFTER.test(opening)) continue;
    const list = partListOf(whole, first.quantity);
    if (!list) continue;
    // The parts of that list that follow, one after another, each once.
    const parts = [first];
    for (let j = i + 2; j < ordered.length; j++) {
      const next = ordered[j]!;
      const link = between(parts[parts.length - 1]!, next);
      if (link === undefined || !NEXT_PART.test(link) || !usable(next) || !list.includes(next.quantity) || parts.some((p) => p.quantity === next.quantity)) break;
      parts.push(next);
    }
    // Each stated once, as for the sums (全年被申请行政复议25件，其中维持30件，维持8件: which is the count's is unclear).
    if ([whole, ...parts].some((c) => onlyClaimOf(sentence, c.quantity) === 'several')) continue;
    const over = parts.find((p) => p.value > whole.value);
    const sum = parts.reduce((s, p) => s + p.value, 0);
    if (over) {
      out.push({
        range: over.range,
        message: text(
          `正文的分项超过它所属的数字：“其中”之后的${quoted(over)}比它之前的${quoted(whole)}还多。请核实后改正。`,
          `A part in the prose exceeds the figure it is part of: ${quoted(over)}, after 其中, is more than ${quoted(whole)} before it. Verify and correct them.`,
        ),
        related: [{ range: whole.range, message: text(`所属的数字：${quoted(whole)}`, `The figure it is part of: ${quoted(whole)}`) }],
        fixes: [],
      });
    } else if (parts.length > 1 && sum > whole.value) {
      const last = parts[parts.length - 1]!;
      out.push({
        range: { start: first.range.start, end: last.range.end },
        message: text(
          `正文的分项之和超过它们所属的数字：“其中”之后的${parts.map(quoted).join('、')}之和为${sum}件，比它们之前的${quoted(whole)}还多。请核实后改正。`,
          `The prose's parts exceed the figure they are part of: ${parts.map(quoted).join(', ')}, after 其中, make ${sum}, more than ${quoted(whole)} before them. Verify and correct them.`,
        ),
        related: [{ range: whole.range, message: text(`所属的数字：${quoted(whole)}`, `The figure they are part of: ${quoted(whole)}`) }],
        fixes: [],
      });
    }
  }
  return out;
}

/** A count of items (`74条`), where a list of its kinds may follow. */
const ITEM_COUNT = /(\d{1,7})条/g;
/**
 * What opens the list of a count's kinds right after it: a bracket and 包括/其中/含 (`74条（包括公开指南1条、…、其他12条）`),
 * or 其中/包含/包括 after a comma (`207条，包含事故调查类11条，…，其他类文件97条；`), the list then running to the clause's end.
 */
const KINDS_OPENER = /[（(](?:包括|其中|包含|含|涵盖)[：:]?|[，,](?:其中|包含|包括|涵盖)[：:]?/y;
/** How far a list is read. */
const KINDS_MAX = 300;

/** The list a count's kinds are in, from `from` (after 条); undefined when none, or when a bracket comes inside it. */
function kindsList(line: string, from: number): { start: number; text: string } | undefined {
  KINDS_OPENER.lastIndex = from;
  const m = KINDS_OPENER.exec(line);
  if (!m) return undefined;
  const bracketed = m[0].startsWith('（') || m[0].startsWith('(');
  const start = from + m[0].length;
  for (let i = start; i < Math.min(line.length, start + KINDS_MAX); i++) {
    const c = line[i]!;
    if (bracketed ? c === '）' || c === ')' : c === '；' || c === ';' || c === '。') return i > start ? { start, text: line.slice(start, i) } : undefined;
    if (c === '（' || c === '(' || c === '）' || c === ')') return undefined;
  }
  return !bracketed && line.length <= start + KINDS_MAX && line.length > start ? { start, text: line.slice(start) } : undefined;
}
/** An item of such a list: its kind's words (no figure), then its count in 条. */
const KIND_ITEM = /^([^\d]{1,20}?)(\d{1,7}) ?条$/;
/** How exact a figure is, by the words around it: 74条, 超过74条 or 74条以上 (at least), 不足74条 or 74条以下 (at most), 约74条 (neither). */
type Exactness = 'exact' | 'atLeast' | 'atMost' | 'approximate';
/**
 * A bound above, negated (不超过74条, 不超74条, 未超出74条, 没有超过74条, 不逾74条, 未突破74条, 不多于74条): at most
 * (before ABOVE, which ends the same).
 */
const NOT_ABOVE = /(?:不|未|没有?)(?:超过|超出|超|逾|突破|多于|高于|大于)\s*$/;
/** A bound below, negated, and its synonyms (不少于74条, 至少74条, 不下74条, 不止74条): at least. */
const NOT_BELOW = /(?:不少于|不低于|不小于|至少|最少|不下|不止)\s*$/;
/**
 * Below a figure (不足74条, 不到74条, 未满74条, 不及74条, 少于74条, 未达74条, 至多74条): at most (after NOT_BELOW, whose
 * 不少于 ends the same).
 */
const BELOW = /(?:不足|不到|[不未]满|[不未]及|未达到?|没有?达到?|少于|低于|小于|最多|至多)\s*$/;
/** Above a figure (超过74条, 超出74条, 逾74条, 突破74条): at least (after NOT_ABOVE, whose 不超过 ends the same). */
const ABOVE = /(?:超过|超出|超|逾|突破|多于|高于|大于)\s*$/;
/** A figure that is no exact count of items, nor a bound (`约74条`, `近74条`, `1.5条`, `第3条`, `上千条`). */
const APPROXIMATE = /[\d.约近余第]$/;

/**
 * How exact the figure after `before` is (the words before it in its clause): a bound (超过, 不足, 至少, 不超过 …), an
 * approximation (约, 近, 将近, the claims' APPROX_BEFORE), or exact. 达74条 is exact: the count reached.
 */
function exactnessAfter(before: string): { readonly exactness: Exactness; readonly word: string } {
  for (const [re, exactness] of [[NOT_ABOVE, 'atMost'], [NOT_BELOW, 'atLeast'], [BELOW, 'atMost'], [ABOVE, 'atLeast']] as const) {
    const m = re.exec(before);
    if (m) return { exactness, word: m[0] };
  }
  return { exactness: APPROXIMATE.test(before) || APPROX_BEFORE.test(before) ? 'approximate' : 'exact', word: '' };
}

/**
 * A bound or an approximation right after a count's unit (`74条以上`: at least; `74条以下`, `74条以内`: at most; `74条左右`:
 * neither), read as `exactnessAfter` reads the words before it; `word` is '' when there is none.
 */
const AFTER_BOUND = /^(?:(以上)|(以下|以内|之内)|左右|上下|之多)/;
function boundAfter(after: string): { readonly exactness: Exactness; readonly word: string } {
  const m = AFTER_BOUND.exec(after);
  if (!m) return { exactness: 'exact', word: '' };
  return { exactness: m[1] ? 'atLeast' : m[2] ? 'atMost' : 'approximate', word: m[0] };
}

/** Two readings of one figure together: a bound on each side (不超过74条以上) or any approximation makes it no bound. */
function bothSides(before: Exactness, after: Exactness): Exactness {
  if (after === 'exact') return before;
  if (before === 'exact') return after;
  return before === after ? before : 'approximate';
}

/** An item that opens a list of its own (`政策文件类207条，包含…`): the list is not one of kinds alone. */
const NESTED = /包括|包含|其中|含/;

/** A count in a list that may be a part (`政府网站35条`, `公告公示225 条`): its figure and unit, 条 or 篇. */
const PART_COUNT = /(\d{1,7}) ?([条篇])/g;
/** A figure that is not exact or not a count of items (`约30条`, `1.5条`, `第3条`). */
const NOT_EXACT = /[\d.约近超逾达余第]$/;
/**
 * Whether the figure at `at` of `s` is no exact count: NOT_EXACT, or a bound or an approximation the claims know
 * (`APPROX_BEFORE`: 超过300条 is more than 300, 不足120条 less than 120, 不少于, 至少, 将近 …).
 */
function inexactAt(s: string, at: number): boolean {
  return NOT_EXACT.test(s.slice(Math.max(0, at - 1), at)) || APPROX_BEFORE.test(s.slice(Math.max(0, at - 6), at));
}
/** What opens a list of parts after a count: as `KINDS_OPENER`, or 分别为/分别是 after a comma. */
const PARTS_OPENER = /[（(](?:包括|其中|包含|含|涵盖)[：:]?|[，,](?:其中|包含|包括|涵盖|分别为|分别是)[：:，,]?/y;
/** What ends a list of parts: a list of its own (`2443条，其中乡村振兴228条…`), or a bracket. */
const PARTS_END = /[,，](?:其中|包括|包含|含)|[（(]/;
/**
 * An item that is no part of the total but the next statement of the clause: requests or messages (`收到留言56条`,
 * `按时办结11件`), another total (`累计…`, `合计…`), or what is added (`另有…`, `此外…`).
 */
const NOT_A_PART = /收到|受理|办理|办结|答复|回复|留言|来信|咨询|(?<!依)申请|另|此外|同时|累计|合计|共计|总计|总共|全年|本年/;
/**
 * Information disclosed on request (`依申请公开130条`) is a part of all the information made (`制发政府信息313条，其中，主动公开
 * 政府信息128条、依申请公开130条、不予公开55条`), never of the information disclosed proactively (`主动公开政府信息500条`).
 */
const ON_REQUEST = /依申请/;
const PROACTIVE = /主动/;
/** How far back the words of a total's clause are read (clauseUpTo). */
const CLAUSE_BACK = 80;

/** The words of the clause of `line` that end at `at` (from its comma, full stop or semicolon), CLAUSE_BACK at most. */
function clauseUpTo(line: string, at: number): string {
  const words = line.slice(Math.max(0, at - CLAUSE_BACK), at);
  return words.slice(Math.max(words.lastIndexOf('，'), words.lastIndexOf(','), words.lastIndexOf('。'), words.lastIndexOf('；'), 0));
}

/** A channel of publishing: a list of kinds that runs into one (`…解读信息152条，微信公众号发布信息75条`) has ended. */
const CHANNEL = /网站|门户|微信|微博|公众号|头条|抖音|客户端|视频号|新媒体|公开栏|公示栏|媒体|报刊|电视|广播|平台/;

/**
 * A count of items followed by a list of its parts that may leave some out (`382条，包括政府网站35条，…媒体上发布信息80条，
 * …微信公众号2443条`), whose parts make more than it. The list runs from 包括/其中/包含/含/分别为 to the clause's end, and
 * stops before a list of its own, a bracket, or an item that is the clause's next statement; at least two parts, each an
 * exact count in the total's unit (a part in another unit is not added). A list naming 其他… is left to `kindLists`.
 */
function partsExceeding(model: ReportModel, l: number, line: string, whole: RegExpMatchArray): RuleFinding | undefined {
  const at = whole.index!;
  // A total that is exact or a bound above (不超过382条, 不足382条, 382条以内): parts making more are wrong. One that is a
  // bound below (超过382条, 382条以上) or approximate (约382条, 382条左右) may be less than its parts.
  const before = exactnessAfter(line.slice(Math.max(0, at - 6), at));
  if (before.word === '' ? inexactAt(line, at) : before.exactness !== 'atMost') return undefined;
  const after = boundAfter(line.slice(at + whole[0].length));
  const exactness = bothSides(before.exactness, after.exactness);
  if (exactness !== 'exact' && exactness !== 'atMost') return undefined;
  const from = at + whole[0].length + after.word.length;
  PARTS_OPENER.lastIndex = from;
  const m = PARTS_OPENER.exec(line);
  if (!m) return undefined;
  const start = from + m[0].length;
  const bracketed = m[0].startsWith('（') || m[0].startsWith('(');
  let end = start;
  while (end < line.length && end < start + KINDS_MAX && !(bracketed ? /[）)]/ : /[；;。]/).test(line[end]!)) end++;
  let list = line.slice(start, end);
  const nested = PARTS_END.exec(list);
  if (nested) list = list.slice(0, nested.index);
  const parts: { start: number; end: number; value: number }[] = [];
  // The words of the total's clause before it (主动公开政府信息500条: the information disclosed proactively), asked only of a
  // part 依申请 and read CLAUSE_BACK back at most: searched back to the line's start for every total, a long line of
  // totals with no comma (…1条（其中…1条）1条（其中…）) took time growing with its square.
  let clauseBefore: string | undefined;
  let itemStart = 0;
  let channels = false;
  for (const p of list.matchAll(PART_COUNT)) {
    const words = list.slice(itemStart, p.index);
    if (/^[、，,；;：:\s]*其[他它]/.test(words)) return undefined;
    if (NOT_A_PART.test(words) || (parts.length > 0 && !channels && CHANNEL.test(words))) break;
    if (ON_REQUEST.test(words) && PROACTIVE.test((clauseBefore ??= clauseUpTo(line, at)))) break;
    if (parts.length === 0) channels = CHANNEL.test(words);
    // A part that is approximate or a bound, before its figure or after its unit (政策文件120条左右, 120条以上): no sum.
    if (inexactAt(list, p.index) || boundAfter(list.slice(p.index + p[0].length)).word !== '') return undefined;
    const lead = /^[、，,；;：:\s]*/.exec(words)![0].length;
    const item = { start: start + itemStart + lead, end: start + p.index + p[0].length, value: Number(p[1]) };
    itemStart = p.index + p[0].length;
    if (p[2] === whole[2]) parts.push(item);
  }
  if (parts.length < 2) return undefined;
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const value = Number(whole[1]);
  if (sum <= value) return undefined;
  const original = model.lines[l]?.text ?? line;
  const written = original.slice(at - before.word.length, from);
  // packedMap: `join` on the other kind of array `map` makes (arrays.ts) threw partsExceeding's optimised code away.
  const named = packedMap(parts, (p) => quoted({ text: original.slice(p.start, p.end) }));
  return {
    range: range(l, at - before.word.length, from),
    message: text(
      `正文的分项之和超过合计：其后所列${named.join('、')}之和为${sum}${whole[2]}，超过这里写的“${written}”。请核实后改正。`,
      `The prose's parts exceed its total: ${named.join(', ')} listed after it make ${sum}, more than “${written}”. Verify and correct them.`,
    ),
    related: parts.map((p) => ({ range: range(l, p.start, p.end), message: text(`分项：“${original.slice(p.start, p.end)}”`, `A part: “${original.slice(p.start, p.end)}”`) })),
    fixes: [],
  };
}

/**
 * Counts of information with every kind listed (the list ends with 其他…, so nothing is left out) whose kinds do not add
 * up: `政务公开专栏74条（包括公开指南1条、…、其他12条）` where they make 72. Three kinds at least, each a word and an exact
 * count in 条; a list holding a list of its own is not read.
 */
function kindLists(model: ReportModel): RuleFinding[] {
  const out: RuleFinding[] = [];
  const memo = cacheOf(model)?.kindLists;
  for (const id of [1, 2] as const) {
    // A page whose parts were not told apart (its headings run into its lines) is read whole, once.
    const part = model.parts.length === 0 ? (id === 1 ? { bodyStart: 0, bodyEnd: model.lines.length } : undefined) : partById(model, id);
    if (!part) continue;
    for (let l = part.bodyStart; l < part.bodyEnd; l++) {
      if (model.tableLines.has(l)) continue;
      const line = model.folded[l] ?? '';
      if (!line.includes('条') && !line.includes('篇')) continue;
      // The line alone decides its findings: with the document's cache, a line read before is not read again.
      for (const f of lineFindings(memo, model, l, kindListsOf)) out.push(f);
    }
  }
  return out;
}

/** kindLists of one line. */
function kindListsOf(model: ReportModel, l: number, line: string): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const w of line.matchAll(ITEM_COUNT)) {
    const after = boundAfter(line.slice(w.index + w[0].length));
    const found = kindsList(line, w.index + w[0].length + after.word.length);
    if (!found) continue;
    const list = found.text;
    const listStart = found.start;
    // Every kind is listed when the list ends with 其他…. The clause may run on past the kinds to the next count's
    // (…，其他类文件97条，工作动态145条，其他1条): the kinds up to the first 其他… adding up to the count is enough.
    const items = list.split(/[、，,；;]/).map((t) => t.trim());
    if (items.length < 3 || !/^其[他它]/.test(items[items.length - 1]!)) continue;
    const parsed = items.map((t) => KIND_ITEM.exec(t));
    // A kind of approximate or bounded count (业务工作约36条, 其他超过20条): the kinds make no exact sum.
    if (parsed.some((p) => !p || NESTED.test(p[1]!) || exactnessAfter(p[1]!).exactness !== 'exact')) continue;
    // The count itself may be a bound (超过74条, 74条以上: the kinds may make more; 不足74条, 74条以内: less) or
    // approximate (约74条, 74条左右: not compared).
    const before = exactnessAfter(line.slice(Math.max(0, w.index - 6), w.index));
    const word = before.word;
    const exactness = bothSides(before.exactness, after.exactness);
    if (exactness === 'approximate') continue;
    const counts = parsed.map((p) => Number(p![2]));
    const whole = Number(w[1]);
    const sum = counts.reduce((a, b) => a + b, 0);
    const first = items.findIndex((t) => /^其[他它]/.test(t));
    // Up to the first 其他… (the clause may run on to the next count's), or the whole list: either may be the kinds.
    const upToOther = counts.slice(0, first + 1).reduce((a, b) => a + b, 0);
    if (exactness === 'exact' ? sum === whole || upToOther === whole : exactness === 'atLeast' ? sum >= whole : upToOther <= whole) continue;
    const from = w.index - word.length;
    // Against a bound above, the kinds up to the first 其他… (the smaller sum) are the ones more than it.
    const shown = exactness === 'atMost' ? upToOther : sum;
    const to = w.index + w[0].length + after.word.length;
    const written = line.slice(from, to);
    const relation =
      exactness === 'exact'
        ? text(`而这里写的是“${written}”`, `but it says “${written}”`)
        : exactness === 'atLeast'
          ? text(`少于这里写的“${written}”`, `less than “${written}” says`)
          : text(`多于这里写的“${written}”`, `more than “${written}” allows`);
    out.push({
      range: range(l, from, to),
      message: text(
        `正文的分项与合计不符：其后所列各类（至“${items[items.length - 1]}”）之和为${shown}条，${relation['zh-CN']}。请核实后改正。`,
        `The prose's parts do not add up to its total: the kinds listed after it (down to “${items[items.length - 1]}”) make ${shown}, ${relation.en}. Verify and correct them.`,
      ),
      related: [{ range: range(l, listStart, listStart + list.length), message: text(`所列各类之和为${shown}条`, `The kinds listed make ${shown}`) }],
      fixes: [],
    });
  }
  // Lists that may leave parts out, whose parts make more than their count.
  for (const w of line.matchAll(PART_COUNT)) {
    const f = partsExceeding(model, l, line, w);
    // Not where kindLists reported the same count (its range may begin at a bound's word before the figure).
    if (f && !out.some((o) => o.range.start.line === l && o.range.start.character <= w.index && w.index < o.range.end.character)) out.push(f);
  }
  return out;
}

/** A count of requests in 件 (`58件`), where a list of its channels may follow. */
const REQUEST_COUNT = /(\d{1,7})件(?!次)/g;
/** The words of a count's clause that make it a count of disclosure requests: received, accepted, dealt with. */
const REQUESTS_BEFORE = /申请|收到|受理|办结|办理|答复/;
/** REQUESTS_BEFORE, each place of them in a line (the words do not overlap). */
const REQUESTS_BEFORE_G = new RegExp(REQUESTS_BEFORE.source, 'g');
/** The marks a count's clause begins after (，,。；;), by code. */
const CLAUSE_MARKS = new Set([...'，,。；;'].map((c) => c.charCodeAt(0)));
/** What opens the list of a count's parts right after it: 其中 after a comma or in a bracket. */
const CHANNELS_OPENER = /[，,]\s*其中[：:，,]?|[（(]\s*其中[：:，,]?/y;
/**
 * A channel a request came by (当面, 传真, 网络, 信函, 电话, 电子邮件 …, the format's 申请方式), or 其他 ones: the channels
 * split the requests without overlap. A part naming anything else (自然人, 予以公开, 涉及征地拆迁) ends the list.
 */
const CHANNEL_WORDS = /当面|现场|窗口|来访|传真|网络|网上|互联网|在线|网站|信函|邮寄|来信|书面|电话|电子邮件|邮件|其[他它]方式|其[他它]渠道|其[他它]途径/;
/** An item of a channel list: its words (no figure), then its count in 件. */
const CHANNEL_ITEM = /^([^\d]{1,20}?)(\d{1,7})件$/;

/**
 * A count of requests split by channel after 其中 (`办结申请58件，其中网络申请14件，信函申请44件`): the channels do not
 * overlap, so their parts never make more than the count, and when the list names every channel (its last 其他方式…) they
 * make it exactly. The list ends at a part that is no channel (自然人, 申请内容主要涉及…); one left open (信函申请44件等), or a
 * count that is approximate or a bound, is not read; the claims read no channel (the tables hold none), so the tables cannot settle it either way.
 */
function channelLists(model: ReportModel): RuleFinding[] {
  const out: RuleFinding[] = [];
  const memo = cacheOf(model)?.channelLists;
  for (let l = 0; l < model.lines.length; l++) {
    if (model.tableLines.has(l)) continue;
    const line = model.folded[l] ?? '';
    if (!line.includes('其中') || !line.includes('件')) continue;
    // The line alone decides its findings: with the document's cache, a line read before is not read again.
    for (const f of lineFindings(memo, model, l, channelListsOf)) out.push(f);
  }
  return out;
}

/** channelLists of one line. */
function channelListsOf(model: ReportModel, l: number, line: string): RuleFinding[] {
  const out: RuleFinding[] = [];
  // Where the clause of each count begins and where the words of requests last end before it, walked along the line with
  // its counts: searched back from each count (and its clause's words searched), a long line of counts with no comma
  // (…1件（其中网络申请1件）1件（其中…）) took time growing with its square.
  let clauseStart = 0;
  let walked = 0;
  let requestWords = -1;
  REQUESTS_BEFORE_G.lastIndex = 0;
  let word = REQUESTS_BEFORE_G.exec(line);
  for (const w of line.matchAll(REQUEST_COUNT)) {
    const at = w.index;
    for (; walked < at; walked++) if (CLAUSE_MARKS.has(line.charCodeAt(walked))) clauseStart = walked;
    while (word !== null && word.index + word[0].length <= at) {
      requestWords = word.index;
      word = REQUESTS_BEFORE_G.exec(line);
    }
    CHANNELS_OPENER.lastIndex = at + w[0].length;
    const m = CHANNELS_OPENER.exec(line);
    if (!m) continue;
    if (requestWords < clauseStart || inexactAt(line, at) || boundAfter(line.slice(at + w[0].length)).word !== '') continue;
    const start = at + w[0].length + m[0].length;
    const bracketed = /[（(]/.test(m[0]);
    let end = start;
    while (end < line.length && end < start + KINDS_MAX && !(bracketed ? /[）)]/ : /[；;。]/).test(line[end]!)) end++;
    const list = line.slice(start, end);
    const parts: { start: number; end: number; value: number; other: boolean }[] = [];
    let offset = 0;
    for (const raw of list.split(/([、，,])/)) {
      if (/^[、，,]$/.test(raw) || raw === '') {
        offset += raw.length;
        continue;
      }
      // A list left open (信函申请45件等): not read at all.
      if (/^[^\d]{1,20}?\d{1,7}件等/.test(raw.trim())) {
        parts.length = 0;
        break;
      }
      const item = CHANNEL_ITEM.exec(raw.trim());
      // A part of another kind, or a clause that is not a count (均已办结), ends the list.
      if (!item || !CHANNEL_WORDS.test(item[1]!) || NOT_A_PART.test(item[1]!.replace(/申请/g, '')) || exactnessAfter(item[1]!).exactness !== 'exact' || /[约近余]$/.test(item[1]!)) break;
      const lead = raw.length - raw.trimStart().length;
      parts.push({ start: start + offset + lead, end: start + offset + lead + raw.trim().length, value: Number(item[2]), other: /^其[他它]/.test(item[1]!) });
      offset += raw.length;
    }
    if (parts.length === 0) continue;
    const value = Number(w[1]);
    const sum = parts.reduce((a, p) => a + p.value, 0);
    const every = parts.length >= 2 && parts[parts.length - 1]!.other;
    if (every ? sum === value : sum <= value) continue;
    const original = model.lines[l]?.text ?? line;
    const written = original.slice(at, at + w[0].length);
    const named = packedMap(parts, (p) => quoted({ text: original.slice(p.start, p.end) }));
    const relation = sum > value ? text(`超过这里写的“${written}”`, `more than “${written}”`) : text(`少于这里写的“${written}”`, `less than “${written}”`);
    out.push({
      range: range(l, at, at + w[0].length),
      message: text(
        `正文按申请渠道所列的分项与合计不符：其后“其中”所列${named.join('、')}之和为${sum}件，${relation['zh-CN']}。各渠道的申请互不重叠，请核实后改正。`,
        `The prose's requests by channel do not add up to their total: ${named.join(', ')}, listed after 其中, make ${sum}, ${relation.en}. The channels do not overlap; verify and correct them.`,
      ),
      related: parts.map((p) => ({ range: range(l, p.start, p.end), message: text(`分项：“${original.slice(p.start, p.end)}”`, `A part: “${original.slice(p.start, p.end)}”`) })),
      fixes: [],
    });
  }
  return out;
}

export default defineRule(
  {
    code: 'prose-sum',
    severity: 'warning',
    category: 'narrative',
    title: text('正文的分项与合计不符', 'The prose’s parts do not add up to its total'),
    fixable: false,
    doc: {
      summary: text(
        '同一句正文写出了合计和它的分项（如新收和上年结转，以及两者合计；行政复议的总数和维持、纠正、其他结果、尚未审结），分项之和却与合计不符，而表格中没有可以核对的数字（表格缺失、以图片发布或相应单元格空白）。',
        'One sentence of the prose states a total and its parts (new requests, the carry-over and the two together; the reviews and how many were upheld, corrected, otherwise ended or pending), the parts do not add up to the total, and the tables hold no figure to check them against (the table is missing, published as a picture, or its cells are blank).',
      ),
      details: text(
        '核对表格本身成立的等式：一＋二（本年新收与上年结转之和）；表四每一类案件的结果维持、结果纠正、其他结果、尚未审结之和等于总计；行政诉讼等于未经复议直接起诉与复议后起诉之和；本年新收等于自然人与法人或其他组织之和，两类申请人之后的“共计N件”（一、一＋二或（七）总计，各行的申请人之和都等于该行的总计）也等于两者之和（同一句也写了上年结转时不核对：那时申请人的件数可能含结转）；办理的申请按予以公开、部分公开、不予公开、无法提供、不予处理、其他处理分开的件数之和不得超过办理的件数（办理的件数可能含尚未办结的申请，所以可以少于它），并等于在它们之后写出的合计（“合计12件”，即表三的（七）总计）。合计和分项须在同一句中，且每一项只写了一次、只有一种读法、写的是确数（以万为单位的约数，如“1.8万件”，不算）。分项写全时，和须等于合计；办理结果只少写了一项、且合计紧接在所列各项之后时（“……其他处理20件，合计187件”），未写出的一项视为0件，和也须等于合计；只写了部分分项时，和不得超过合计。表格中有相应数字时不报告：那时由“正文与表格不一致”规则指出哪一处与表格不符。此外，第一、二部分写出信息条数并逐类列出、最后一类是“其他……”（即已列全）时，各类之和须等于这一条数：列在紧随其后的括号里（“政务公开专栏74条（包括公开指南1条、……、其他12条）”），或跟在“其中”“包含”“包括”“涵盖”之后、到分号或句号为止（句中其后又写了别的条数时，加到第一个“其他……”为止等于这一条数也算相符）；至少三类，每类都是确数、以“条”计（某一类是约数或界限时，如“约36条”“超过36条”，不核对），其中一类又分列子项时不核对；这一条数是界限时按界限核对，不论界限词在数字之前还是在单位之后：表示“至少”的（“超过”“超出”“逾”“突破”“多于”“不少于”“不低于”“至少”“不下”“不止”，及“74条以上”），各类之和少于74条时报告；表示“至多”的（“不足”“不到”“不满”“未满”“不及”“未达”“少于”“低于”“至多”“最多”，否定的“不超过”“未超过”“不超出”“未超出”“不逾”“未逾”“未突破”“不多于”，及“74条以下”“74条以内”），多于74条时报告；是约数时（“约74条”“近74条”“74条左右”）不核对。所列的不是全部（没有“其他……”）时，只核对各项之和是否超过条数：条数或篇数之后跟着“包括”“其中”“包含”“含”“涵盖”或“分别为”所列的各项（“全年主动公开政务信息382条，包括政府网站35条，……媒体发布信息80条，微信公众号2443条”），到分号或句号为止，遇到某一项又分列子项（“，其中……”或括号）、或转而写别的事（收到、办理、答复、留言、累计、另有等，或在各类信息之后写到另一个发布渠道）时到此为止（“依申请公开130条”是依申请公开的信息，不是申请：合计是全部信息时算一项，如“共制发政府信息313条，其中，主动公开政府信息128条、依申请公开130条、不予公开55条”；合计是主动公开的信息时不是它的分项，到此为止）；至少两项与合计单位相同且都是确数（某一项是约数或界限时，如“约120条”“不足120条”“120条以上”和“余条”，不核对；单位不同的项不计入），之和超过条数时报告在条数上，并写出两个数；条数是确数或表示“至多”的界限（“不超过382条”“不足382条”“382条以内”）时核对，表示“至少”的界限（“超过382条”“382条以上”）或约数不核对。章节标题未能分出时（网页的各部分连成一行），全文都这样核对。另外，紧接在一个数字之后以“其中”列出的分项（“收到申请2件，其中自然人申请3件”），无论这个数字读作哪一项（一或一＋二等），每一项都不能多于它（这个数字和分项在句中都只写了一次），同一组分项（如自然人和法人或其他组织）之和也不能多于它；分项须是这个数字的组成部分（申请人之于申请，结果之于办理，维持、纠正等之于复议或诉讼），不是的（“收到申请170件，其中予以公开175件”）不核对。这一项在有表格时也检查（表格可能按不同读法与两个数字分别相符），报告在分项上；表格与其中某个数字不符时不报告，由“正文与表格不一致”规则指出。申请按渠道（当面、传真、网络、信函、电话、电子邮件、其他方式等）在“其中”之后分列时（“办结申请58件，其中网络申请14件，信函申请44件”），各渠道互不重叠，分项之和不能多于这一件数；所列最后一项是“其他方式”“其他渠道”等（即已列全）时，和须等于这一件数。所列各项到不是渠道的一项（申请人、办理结果、涉及的事项，如“申请内容主要涉及……”）为止；所列各项之后有“等”（“信函申请44件等”）、第一项就不是渠道或件数是约数、界限时不核对；表格中没有渠道，所以有表格时也检查。',
        'Checks the equalities the tables themselves hold: I + II (new requests and the carry-over together); for each group of table IV, upheld + corrected + other outcome + pending = total; the lawsuits are those without and after review together; the year’s new requests are those of natural persons and of legal persons and other organisations together, and so is a total after both kinds (共计N件: I, I + II or (7) total, whose applicants each add up to the row’s total) (not checked when the sentence also states the carry-over: the applicants’ figures may then include it); the requests handled by outcome (disclosed, partly disclosed, withheld, unable, not handled, other) may not exceed the requests handled (which may include requests still open, so they may fall short of it), and add up to a total stated after them (合计12件, table III’s (7) total). The total and its parts must be in one sentence, each stated once, read one way and written exactly (a figure rounded in 万, such as 1.8万件, is not). With every part stated, the parts must add up to the total; so must the outcomes of the requests when only one is left unsaid and the total closes their list (…其他处理20件，合计187件: the one left unsaid was none); with fewer of them, they may not exceed it. Nothing is reported when the tables hold the figures: the prose-vs-table rule then says which statement is wrong. Besides, in parts 一 and 二, a count of information followed by every kind of it, the last one 其他… (so none is left out), must be the kinds’ sum: listed in brackets right after it (政务公开专栏74条（包括公开指南1条、……、其他12条）) or after 其中, 包含, 包括 or 涵盖 up to a semicolon or full stop (where the clause runs on to other counts, kinds that make the count up to the first 其他… agree too); three kinds at least, each an exact count in 条 (not when a kind is approximate or a bound: 约36条, 超过36条); a list in which a kind is broken down again is not checked; a count that is a bound is checked as one, whether the bounding word stands before the figure or after its unit: one meaning at least (超过, 超出, 逾, 突破, 多于, 不少于, 不低于, 至少, 不下, 不止, or 74条以上) is reported when the kinds make less than 74; one meaning at most (不足, 不到, 不满, 未满, 不及, 未达, 少于, 低于, 至多, 最多, the negated 不超过, 未超过, 不超出, 未超出, 不逾, 未逾, 未突破, 不多于, or 74条以下, 74条以内) when they make more; an approximate one (约74条, 近74条, 74条左右) is not. A list that may leave parts out (no 其他…) is only checked for making more than its count: the parts after 包括, 其中, 包含, 含, 涵盖 or 分别为 following a count in 条 or 篇 (全年主动公开政务信息382条，包括政府网站35条，……媒体发布信息80条，微信公众号2443条), up to a semicolon or full stop, stopping where a part is broken down again (，其中… or a bracket) or the clause turns to something else (received, handled, answered, messages, cumulative figures, 另有…, or another channel after kinds of information; 依申请公开130条, information disclosed on request, is no request: a part when the count is all the information made, 共制发政府信息313条，其中，主动公开政府信息128条、依申请公开130条、不予公开55条, but none of information disclosed proactively, where the list stops); at least two parts, in the count’s unit and exact (not checked when a part is approximate or a bound: 约120条, 不足120条, 120条以上, 余条; parts in another unit are not added); reported on the count, with both figures; a count that is exact or a bound above (不超过382条, 不足382条, 382条以内) is checked, one that is a bound below (超过382条, 382条以上) or approximate is not. Where the parts’ headings were not told apart (a web page’s parts run into one line), the whole text is read so. Also, the parts a 其中 lists right after a count (收到申请2件，其中自然人申请3件) cannot be more than it, whatever its reading (I, I + II …; each stated once in the sentence), each or the parts of one list together (natural persons and organisations); only parts of what it counts (applicants of requests, outcomes of those handled, results of reviews or lawsuits) are read, not a figure of another kind (收到申请170件，其中予以公开175件). This is checked with the tables present too (they may agree with the two figures each read its own way) and reported on the part; not when the tables disagree with one of them, which the prose-vs-table rule reports. Requests split by channel after 其中 (当面, 传真, 网络, 信函, 电话, 电子邮件, other ways: 办结申请58件，其中网络申请14件，信函申请44件) do not overlap, so the channels may not make more than the count, and must make it exactly when the list ends with 其他方式, 其他渠道 or the like (every channel named). The list ends at a part that is no channel (applicants, outcomes, topics: 申请内容主要涉及…); not checked when its parts end in 等 (信函申请44件等), its first part is no channel, or the count is approximate or a bound; the tables hold no channels, so this is checked with them present too.',
      ),
      bad: '全年共收到政府信息公开申请178件，上年结转5件，共计185件。（表三以图片发布）',
      good: '全年共收到政府信息公开申请178件，上年结转5件，共计183件。',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const sentence of sentencesOf(claimsOf(model))) {
      if (sentence.length < 2) continue;
      const reported = new Set<Claim>();
      for (const identity of IDENTITIES) {
        const f = check(model, sentence, identity);
        if (!f) continue;
        out.push(f.finding);
        // The whole a sum found wrong: its parts are not reported again.
        reported.add(f.whole);
      }
      out.push(...partsOverWhole(model, sentence, reported));
    }
    out.push(...kindLists(model));
    out.push(...channelLists(model));
    return out;
  },
);
