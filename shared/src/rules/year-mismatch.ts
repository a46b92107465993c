import { text, type LocalizedText } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import type { Fix } from '../finding';
import type { ReportModel } from '../model';
import { range, type Range } from '../text';
import { changeTo, partById } from './helpers';
import { namedReportYear } from '../report-year';

/**
 * A paragraph that opens with its year: `2024年，…`, `2024年度，…`, `2024 年以来`, after its number and an
 * inline title too (`（二）依申请公开。2024年，…`); or states the year's requests right after it
 * (`1.申请情况。2024年共收到…`, group 2), which `COMPARED` then sets apart from a comparison.
 */
const OPENING_YEAR =
  /^(?:(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])\s*(?:[^\d。，,；;：:\s]{1,16}(?:[。：:]\s*|\s+))?)?(\d{4})\s*年(?:度)?(?:以来)?\s*(?:[，,]|((?:全年)?共(?:收到|受理|新收|接收|办理)))/;
/** A sentence inside a paragraph that opens with its year (`。2024年，…`, `。2024年共收到…`): no number or inline title before it. */
const INNER_YEAR = /^(\d{4})\s*年(?:度)?(?:以来)?\s*(?:[，,]|((?:全年)?共(?:收到|受理|新收|接收|办理)))/;
/**
 * A sentence inside a paragraph whose year is followed by a higher body as its subject (…。2023年，省政府出台了…办法，我县认真
 * 贯彻落实): the background the paragraph goes on from, last year's on purpose.
 */
const HIGHER_BODY = /^(?:党中央|中共中央|中央|国务院|国家|省委|省政府|省人民政府|市委|市政府|市人民政府|上级)/;

/** Where the sentence after the one at `from` begins (after its 。！？), or -1 when none follows on the line. */
function nextSentence(line: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  if (!SENTENCE_END.exec(line)) return -1;
  let at = SENTENCE_END.lastIndex;
  while (at < line.length && (line[at] === ' ' || line[at] === '\t' || line[at] === '\u3000')) at++;
  return at < line.length ? at : -1;
}
const SENTENCE_END = /[。！!？?]/g;

/** A sentence that names another year or compares years: its opening year may be last year's on purpose. */
const COMPARED = /\d{4}\s*年|同比|上一?年(?!度?(?:的)?结转)|去年|较|相比|增长|增加|减少|下降|上升|持平/;
/** A later year's paragraph that says what will be done (`2025年，我镇将…`): plans, not a wrong year. */
const FUTURE = /将|拟|计划|预计|力争|继续|进一步|下一步/;
/** A year that opens a period running on from it (`2023年以来`), read from the year's digits. */
const SINCE = /^\d{4}\s*年(?:度)?\s*以来/;
/** The report's own year named in words (`本年度继续抓好落实`). */
const THIS_YEAR = /本年|今年/;

/** A year in a sentence of the overview, not a date (`2024年3月`) nor a year `以来` (running on from it). */
const YEAR_NAMED = /(\d{4})\s*年(?!\s*\d{1,2}\s*月)(?:度)?(?!\s*以来)/g;
/** A sentence that plans or compares: the years it names are not the year it reports on. */
const NOT_THE_YEAR = /将|拟|计划|预计|力争|下一步|同比|上一?年|去年|较|相比|增长|增加|减少|下降|上升|持平|以来/;

/**
 * A sentence opening with an earlier year that goes on, past a ；, to the report's year in a clause of what was done
 * (`2023年，我办收到申请7件；2024年共收到…`): years compared, not a wrong year. Not a plan for it (`；2024年将…`), as a
 * paragraph copied from last year's report would have.
 */
function goesOnTo(sentence: string, year: number): boolean {
  const named = `${year}年`;
  for (let at = sentence.indexOf(named); at >= 0; at = sentence.indexOf(named, at + named.length)) {
    const rest = sentence.slice(at);
    const stop = rest.search(/[，,；;]/);
    if (!FUTURE.test(stop < 0 ? rest : rest.slice(0, stop))) return true;
  }
  return false;
}

const OPENING_QUOTES = '“‘《〈「『';
const CLOSING_QUOTES = '”’》〉」』';

/**
 * How deep inside quotation marks or a title's brackets each position of `sentence` from `from` to `to` lies,
 * carried on from `depth` at `from`: a year inside them (“我有‘金点子’2025年…征集”, 《2025年工作要点》) is a name,
 * not the time. Read once along the sentence, so a sentence of many years costs its length.
 */
function depthAfter(sentence: string, from: number, to: number, depth: number): number {
  let open = depth;
  for (let i = from; i < to; i++) {
    const c = sentence[i]!;
    if (OPENING_QUOTES.includes(c)) open++;
    else if (open > 0 && CLOSING_QUOTES.includes(c)) open--;
  }
  return open;
}

/**
 * The year other than `titleYear` that the overview's sentences name, at least twice and more often than every
 * other year together, when they never name `titleYear` (sentences that plan, compare or name two years left out;
 * nor a year `以来`, which runs on from it).
 */
function otherYearNamed(model: ReportModel, titleYear: number): { year: number; ranges: Range[] } | undefined {
  const part = partById(model, 1);
  if (!part) return undefined;
  const named = new Map<number, Range[]>();
  for (let l = part.bodyStart; l < part.bodyEnd; l++) {
    if (model.tableLines.has(l)) continue;
    const line = model.folded[l] ?? '';
    let from = 0;
    for (const sentence of line.split(/[。；;！!？?]/)) {
      const at = from;
      from += sentence.length + 1;
      if (!sentence.includes('年') || NOT_THE_YEAR.test(sentence)) continue;
      const found: [number, number][] = [];
      let read = 0;
      let depth = 0;
      for (const m of sentence.matchAll(YEAR_NAMED)) {
        depth = depthAfter(sentence, read, m.index!, depth);
        read = m.index!;
        const y = Number(m[1]);
        if (y >= 1990 && y <= 2100 && depth === 0) found.push([y, at + m.index!]);
      }
      if (found.length === 0 || found.some(([y]) => y !== found[0]![0])) continue;
      for (const [y, c] of found) {
        if (y === titleYear) return undefined;
        const list = named.get(y) ?? [];
        list.push(range(l, c, c + 4));
        named.set(y, list);
      }
    }
  }
  // The year most named, when the others together are named less often (a topic's title may name next year:
  // “2025年湖南省政府工作报告意见建议征集”).
  let best: { year: number; ranges: Range[] } | undefined;
  let all = 0;
  for (const [year, ranges] of named) {
    all += ranges.length;
    if (!best || ranges.length > best.ranges.length) best = { year, ranges };
  }
  return best && best.ranges.length >= 2 && best.ranges.length > all - best.ranges.length ? best : undefined;
}

/** Where the report says which year it is for: the title, else the preface's name of the report. */
interface Declared {
  readonly year: number;
  /** The year's digits. */
  readonly range: Range;
  /** Related information pointing at it. */
  readonly where: Range;
  /** `标题写的是2023年`, `The title says 2023`. */
  readonly says: (year: number) => LocalizedText;
  /** `标题是2023年度报告`, `the title says the report is for 2023`, after 而 / but. */
  readonly is: (year: number) => LocalizedText;
  /** `标题年份 2023`, `title year 2023`. */
  readonly note: (year: number) => LocalizedText;
}

function declaredYear(model: ReportModel): Declared | undefined {
  const title = model.title?.year;
  if (title && model.title) {
    return {
      year: title.year,
      range: title.range,
      where: model.title.range,
      says: (y) => text(`标题写的是${y}年`, `The title says ${y}`),
      is: (y) => text(`标题是${y}年度报告`, `the title says the report is for ${y}`),
      note: (y) => text(`标题年份 ${y}`, `title year ${y}`),
    };
  }
  // Without a title's year: the report the preface names (现公布…2023年度政府信息公开工作年度报告).
  const named = namedReportYear(model);
  if (named) {
    return {
      year: named.year,
      range: named.range,
      where: named.range,
      says: (y) => text(`前言中报告的名称写的是${y}年度`, `The preface names the report for ${y}`),
      is: (y) => text(`前言中报告的名称写的是${y}年度`, `the preface names the report for ${y}`),
      note: (y) => text(`报告名称 ${y}年度`, `report named for ${y}`),
    };
  }
  return undefined;
}

const CJK_DIGITS = '〇一二三四五六七八九';

/**
 * The fix writing `year` over a year written at `at`, in the digits it was written in (2023, ２０２３, 二〇二三); none
 * for a year written otherwise (二零二三, 二〇二三 with 零 for 〇 aside).
 */
function yearFix(model: ReportModel, at: Range, year: number): Fix[] {
  if (at.start.line !== at.end.line) return [];
  const written = (model.lines[at.start.line]?.text ?? '').slice(at.start.character, at.end.character);
  const digits = String(year);
  let out: string;
  if (/^[0-9]{4}$/.test(written)) out = digits;
  else if (/^[０-９]{4}$/.test(written)) out = [...digits].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
  else if (/^[〇零一二三四五六七八九]{4}$/.test(written)) out = [...digits].map((d) => (d === '0' && written.includes('零') ? '零' : CJK_DIGITS[Number(d)]!)).join('');
  else return [];
  return [changeTo(at, out, digits)];
}

export default defineRule(
  {
    code: 'year-mismatch',
    severity: 'warning',
    category: 'structure',
    title: text('年份不一致', 'Years disagree'),
    fixable: true,
    doc: {
      summary: text('标题年份、统计期限与报告正文所述年度不一致，或统计期限不是一整年。', 'The title’s year, the statistical period and the year the text reports on disagree, or the period is not a whole year.'),
      details: text(
        '年度报告的标题年份、“本报告所列数据的统计期限为YYYY年1月1日至YYYY年12月31日”中的年份，以及总体情况各段开头的年份（标题与“一、总体情况”之间的前言段落也算在内；如“2024年，……”，也包括序号和行内小标题（其后是句号、冒号或空格）之后的“（二）依申请公开。2024年，……”，以及紧接着写本年申请件数的“1.申请情况。2024年共收到……”，段中句号之后以年份开头的句子也是：“……栏目建设。2024年，主动公开……”（年份之后以上级机关为主语的背景句除外：“……。2023年，省政府出台了……”），同句另写其他年份或同比、增减的除外）应当一致；第三部分中紧接着年份写本年申请件数的段落（表前的说明“2024年度共收到申请51件，详见下表”）也要与之一致。复制上一年报告后忘记改年份是常见错误。没有标题或标题中没有年份时，以前言中写明的报告名称（“现公布……2023年度政府信息公开工作年度报告”“特编制……年度报告”）的年份代替标题年份。标题与统计期限不一致时，由总体情况各段的年份判断哪一处写错：多数段落与统计期限一致时报告标题，修复把标题年份改为统计期限的年份；否则报告统计期限。正文没有写统计期限时，总体情况从未写到标题的年份、却通篇写另一个年份（至少两处，且多于其他年份之和）的，报告标题一处，不逐段报告（写计划、作比较或同时写两个年份的句子，以及引号、书名号里的年份不计）；把标题年份改为正文年份只作为可供选择的修复（也可能是正文照抄了上一年的报告），--fix 不会应用。没有标题年份也没有报告名称、只有统计期限时，总体情况从未写到统计期限的年份、却通篇写另一个年份的，同样只报告统计期限一处。计划性的表述（如“2025年，我们将……”）出现在第五部分，不在检查之列；总体情况中以后年份写计划的段落、以往年份“以来”的段落（“2023年以来，……”）和同句又写到本年度的段落（“2023年，出台了……，2024年继续抓好落实”；分号之后也一样：“2023年，我办收到申请7件；2024年共收到……”，但分号之后写本年计划的不算，如“……；2024年将……”，从上一年报告照抄的段落常这样写）也不报告。统计期限应为同一年的1月1日至12月31日：跨越两年时报告整个期限，其中一个日期的年份与标题相同、另一个日期只是年份不同（“2023年1月1日至2024年12月31日”，标题为2024年）时报告那个年份，修复改为标题的年份；不从1月1日开始或不到12月31日截止（如“至2024年12月30日”）时，报告写错的那个日期（年中新设立的机关只报告设立以来的数据时，可以忽略）。',
        'The title’s year, the years of the statistical period and the year that opens the overview’s paragraphs (the preface’s between the title and part 一 included; e.g. “2024年，……”, also after a number and an inline title ended by a full stop, a colon or a space, “（二）依申请公开。2024年，……”, and right before the year’s requests, “1.申请情况。2024年共收到……”, and a sentence opening with its year after a full stop inside a paragraph, “……栏目建设。2024年，主动公开……” (not one whose subject after the year is a higher body, the background: “……。2023年，省政府出台了……”), unless the sentence names another year or compares) must agree, and so must part 三’s paragraphs that count the year’s requests right after their year (the table’s introduction, “2024年度共收到申请51件，详见下表”); a report copied from last year often keeps an old year. Where there is no title, or it names no year, the year of the report the preface names (“现公布……2023年度政府信息公开工作年度报告”, “特编制……年度报告”) stands for the title’s. When the title and the period disagree, the overview’s paragraphs decide which one is reported: the title when most of them agree with the period (the fix writes the period’s year into the title), else the period. Without a period, an overview that never names the title’s year but names another throughout (twice at least, and more often than every other year together) is reported once, on the title, not paragraph by paragraph (sentences that plan, compare or name two years, and years inside quotation marks or a title’s brackets, do not count); the text’s year is offered for the title as a choice only (the text may be last year’s, kept by mistake), which --fix never applies. With a period but neither a title’s year nor a name of the report, an overview that never names the period’s year but another throughout is likewise reported once, on the period. Plans for next year (“2025年，我们将……”) belong to part 五 and are not checked; in the overview, a later year’s plans, an earlier year’s “since” (“2023年以来，……”) and a sentence that goes on to the report’s year (“2023年，出台了……，2024年继续抓好落实”; past a semicolon too: “2023年，我办收到申请7件；2024年共收到……”, though not to a plan for it, “……；2024年将……”, as a paragraph copied from last year’s report would write) are not reported either. The period runs from 1 January to 31 December of one year: a period spanning two years is reported as a whole, or, when one date is of the title’s year and the other differs in its year alone (“2023年1月1日至2024年12月31日” under a 2024 title), on that year, the fix writing the title’s; one that does not begin on 1 January or end on 31 December (“至2024年12月30日”) is reported on the wrong date (an office set up during the year that reports from its start may ignore it).',
      ),
      bad: '湘潭县2024年政府信息公开工作年度报告\n本报告所列数据的统计期限为2023年1月1日至2023年12月31日。',
      good: '湘潭县2024年政府信息公开工作年度报告\n本报告所列数据的统计期限为2024年1月1日至2024年12月31日。',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    // Where the title names its year (or, without one, the preface names the report); `where` is the whole title.
    const title = declaredYear(model);
    const period = model.period;
    if (period && period.startYear !== period.endYear) {
      // One date of the year the report declares and the other a whole year's first or last day of another year
      // (2023年1月1日至2024年12月31日 in a 2024 report): the other date's year is the one mistyped, and is reported.
      const odd = !title ? undefined
        : title.year === period.endYear && period.start.month === 1 && period.start.day === 1 ? period.start
          : title.year === period.startYear && period.end.month === 12 && period.end.day === 31 ? period.end : undefined;
      const digits = odd && odd.range.start.line === odd.range.end.line ? range(odd.range.start.line, odd.range.start.character, odd.range.start.character + 4) : undefined;
      const fixes = title && digits ? yearFix(model, digits, title.year) : [];
      const spans = text(`统计期限跨越${period.startYear}年和${period.endYear}年，年度报告的统计期限应为同一年的1月1日至12月31日。`, `The statistical period spans ${period.startYear} and ${period.endYear}; it should be 1 January to 31 December of one year.`);
      if (title && digits && fixes.length > 0) {
        const which = odd === period.start ? text('起始', 'first') : text('截止', 'last');
        out.push({
          range: digits,
          message: text(`${spans['zh-CN']}${title.says(title.year)['zh-CN']}，这个${which['zh-CN']}日期的年份应为${title.year}年。`, `${spans.en} ${title.says(title.year).en}: this ${which.en} date's year should be ${title.year}.`),
          related: [{ range: title.where, message: title.note(title.year) }],
          fixes,
        });
      } else {
        out.push({ range: period.range, message: spans, related: [], fixes: [] });
      }
    } else if (period) {
      // A period of one year that does not run from its 1月1日 to its 12月31日 (`至2024年12月30日`): on the wrong date.
      const y = period.startYear;
      const whole = text(`年度报告的统计期限应为${y}年1月1日至${y}年12月31日`, `an annual report's period is 1 January to 31 December ${y}`);
      if (period.start.month !== 1 || period.start.day !== 1) {
        out.push({
          range: period.start.range,
          message: text(`统计期限从${period.start.text}开始，${whole['zh-CN']}。`, `The statistical period begins on ${period.start.text}; ${whole.en}.`),
          related: [],
          fixes: [],
        });
      }
      if (period.end.month !== 12 || period.end.day !== 31) {
        out.push({
          range: period.end.range,
          message: text(`统计期限截至${period.end.text}，${whole['zh-CN']}。`, `The statistical period ends on ${period.end.text}; ${whole.en}.`),
          related: [],
          fixes: [],
        });
      }
    }
    // The years that open the overview's paragraphs (`2024年，…`), and part 三's paragraphs that count the
    // year's requests right after their year (`2024年度共收到申请51件，详见下表`: the table's introduction).
    // Only the overview's take part in deciding between the title and the period.
    // `sentence` runs to the first 。 or ；, `whole` to the sentence's end, over its ；.
    const openings: { year: number; range: ReturnType<typeof range>; votes: boolean; since: boolean; sentence: string; whole: string; inner: boolean }[] = [];
    // The preface too (the lines between the title and part 一): a paragraph there that opens with its year
    // (`2024年，市公安局坚持…`, the overview written before the first heading) speaks of the report's year.
    const first = partById(model, 1);
    const prefaceFrom = model.title ? model.title.range.end.line + 1 : 0;
    const spans: { from: number; to: number; votes: boolean }[] = [];
    if (first && model.parts[0] === first && prefaceFrom < first.headingRange.start.line) spans.push({ from: prefaceFrom, to: first.headingRange.start.line, votes: true });
    for (const part of [first, partById(model, 3)]) if (part) spans.push({ from: part.bodyStart, to: part.bodyEnd, votes: part.id === 1 });
    for (const { from: spanFrom, to: spanTo, votes } of spans) {
      for (let l = spanFrom; l < spanTo; l++) {
        if (model.tableLines.has(l)) continue;
        const line = model.folded[l] ?? '';
        // The paragraph's opening, and each sentence's after it (`…栏目建设。2023年，主动公开…`): a paragraph may
        // run its sub-topics together, each opening with the year it reports on.
        let openedAt = -1;
        for (let lead = line.length - line.trimStart().length, inner = false; lead >= 0 && lead < line.length; inner = true, lead = nextSentence(line, lead)) {
          if (inner && line[lead] !== undefined && !/\d/.test(line[lead]!)) continue;
          const m = (inner ? INNER_YEAR : OPENING_YEAR).exec(line.slice(lead));
          if (!m || (!votes && !m[2])) continue;
          if (inner && HIGHER_BODY.test(line.slice(lead + m[0].length).trimStart())) continue;
          if (m[2]) {
            const rest = line.slice(lead + m[0].length);
            const stop = rest.search(/[。；;]/);
            if (COMPARED.test(stop < 0 ? rest : rest.slice(0, stop))) continue;
          }
          const y = Number(m[1]);
          if (y < 1990 || y > 2100) continue;
          const at = lead + m[0].indexOf(m[1]!);
          // A paragraph's opening after its number and inline title is its first sentence's too.
          if (inner && at === openedAt) continue;
          if (!inner) openedAt = at;
          // The sentence the year opens (after a number and an inline title: （二）依申请公开。2023年，…).
          const from = line.slice(at);
          const stop = from.search(/[。；;]/);
          const end = from.search(/[。！!？?]/);
          openings.push({
            year: y,
            range: range(l, at, at + 4),
            votes,
            since: SINCE.test(line.slice(at)),
            sentence: stop < 0 ? from : from.slice(0, stop),
            whole: end < 0 ? from : from.slice(0, end),
            inner,
          });
        }
      }
    }
    const periodYear = period && period.startYear === period.endYear ? period.startYear : undefined;
    let year = title?.year ?? periodYear;
    if (title && period && periodYear !== undefined && periodYear !== title.year) {
      // Title and period disagree: the text decides which of them is the odd one out.
      const forTitle = openings.filter((o) => o.votes && o.year === title.year).length;
      const forPeriod = openings.filter((o) => o.votes && o.year === periodYear).length;
      if (forPeriod > forTitle) {
        year = periodYear;
        out.push({
          range: title.range,
          message: text(`${title.says(title.year)['zh-CN']}，而统计期限和正文都是${periodYear}年。`, `${title.says(title.year).en}, but the statistical period and the text say ${periodYear}.`),
          related: [{ range: period.range, message: text(`统计期限 ${periodYear}年`, `statistical period ${periodYear}`) }],
          // The period and the text agree: the title's year is the one to change.
          fixes: yearFix(model, title.range, periodYear),
        });
      } else {
        out.push({
          range: period.range,
          message: text(`统计期限是${periodYear}年，而${title.is(title.year)['zh-CN']}。`, `The statistical period is ${periodYear}, but ${title.is(title.year).en}.`),
          related: [{ range: title.where, message: title.note(title.year) }],
          fixes: [],
        });
      }
    }
    // Without a period, an overview that names one other year, twice at least, and never the title's, says the
    // title and the text disagree: one finding on the title, not one per paragraph. (A report's own year's
    // paragraphs say 进一步 and 继续 as plans do, so a title one year behind escaped the paragraphs' check.)
    // With a period but neither a title's year nor the preface's name of the report, the period is the one
    // year the report declares: an overview that speaks of another throughout is reported once, on the period.
    const alone =
      title && periodYear === undefined
        ? { year: title.year, range: title.range, says: title.says(title.year), then: text('；正文也没有写统计期限', '; the text gives no statistical period') }
        : !title && period && periodYear !== undefined
          ? { year: periodYear, range: period.range, says: text(`统计期限是${periodYear}年`, `The statistical period is ${periodYear}`), then: text('', '') }
          : undefined;
    const other = alone ? otherYearNamed(model, alone.year) : undefined;
    if (alone && other) {
      year = other.year;
      out.push({
        range: alone.range,
        message: text(
          `${alone.says['zh-CN']}，而总体情况通篇写的是${other.year}年（${other.ranges.length}处），没有写到${alone.year}年${alone.then['zh-CN']}。`,
          `${alone.says.en}, but the overview speaks of ${other.year} throughout (${other.ranges.length} times) and never of ${alone.year}${alone.then.en}.`,
        ),
        related: other.ranges.map((r) => ({ range: r, message: text(`${other.year}年`, `${other.year}`) })),
        // The title's year (its digits): offered, not applied, as the overview may be last year's text kept by
        // mistake and the title right. A period (two dates) is left as it is.
        fixes: title && periodYear === undefined ? yearFix(model, alone.range, other.year).map((f) => ({ ...f, choice: true })) : [],
      });
    }
    if (year !== undefined) {
      for (const o of openings) {
        if (o.year === year) continue;
        // An earlier year that runs into the report's (`2023年以来`), or whose sentence goes on to the report's
        // year (`2023年，出台了…，2024年继续抓好落实`); a later year's plans (`2025年，我镇将…`): no wrong year.
        if (o.year < year && (o.since || o.sentence.includes(`${year}年`) || THIS_YEAR.test(o.sentence) || goesOnTo(o.whole, year))) continue;
        if (o.year > year && FUTURE.test(o.sentence)) continue;
        out.push({
          range: o.range,
          message: o.inner
            ? text(`此句写的是${o.year}年，而报告是${year}年度的。`, `This sentence speaks of ${o.year}, but the report is for ${year}.`)
            : text(`此段写的是${o.year}年，而报告是${year}年度的。`, `This paragraph speaks of ${o.year}, but the report is for ${year}.`),
          related: title ? [{ range: title.where, message: title.note(title.year) }] : model.title ? [{ range: model.title.range, message: text(`标题年份 ${year}`, `title year ${year}`) }] : [],
          // The report's year offered, as a choice: the paragraph may speak of last year on purpose.
          fixes: yearFix(model, o.range, year).map((f) => ({ ...f, choice: true })),
        });
      }
    }
    return out;
  },
);
