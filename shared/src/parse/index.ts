/**
 * The parser: text in, report model out. It never throws and never gives up on a document: what it
 * cannot place it reports as a parse problem, and rules decide what that means.
 */
import { packedMap } from '../arrays';
import type { AnalysisCache, Memo } from '../cache';
import type { Part, ReportModel, StatisticalPeriod, Subsection, Title, YearMention } from '../model';
import { withDerived } from '../derived';
import type { LineSpans } from '../line-spans';
import { isWhiteSpace, labelKey } from '../normalize';
import { parseChineseNumber } from '../numbers';
import { PARTS, type PartId } from '../template';
import { readableLines } from '../traditional';
import { range, sourceLinesOf, spanRange, splitLines, type TextLines } from '../text';
import { matchPartHeading, matchSubheading, type HeadingMatch, type SubheadingMatch } from './headings';
import { scanLines, type LineInfo } from './lines';
import { parseTables, tablesKey } from './tables';

/** The line's part heading, read once per line text (the scan keeps it). */
function headingOf(info: LineInfo): HeadingMatch | undefined {
  if (info.scan.heading === undefined) info.scan.heading = matchPartHeading(info) ?? null;
  return info.scan.heading ?? undefined;
}

function subheadingOf(info: LineInfo): SubheadingMatch | undefined {
  if (info.scan.subheading === undefined) info.scan.subheading = matchSubheading(info) ?? null;
  return info.scan.subheading ?? undefined;
}

interface AcceptedHeading {
  line: number;
  id: PartId;
  match: HeadingMatch;
}

/** How many parts after `part` the candidates after the `k`th head, each by a line that is not a bare run-in title. */
function laterParts(candidates: readonly { match: HeadingMatch }[], k: number, part: PartId): number {
  const parts = new Set<PartId>();
  for (let j = k + 1; j < candidates.length; j++) {
    const m = candidates[j]!.match;
    if (m.part !== undefined && m.part > part && !m.bareRunIn) parts.add(m.part);
  }
  return parts.size;
}

/** The part headings, and the line the attachments after part 六 begin on (`appendixOf`), if any. */
function acceptHeadings(infos: readonly LineInfo[]): { readonly headings: AcceptedHeading[]; readonly appendix: number | undefined } {
  const candidates: { line: number; match: HeadingMatch }[] = [];
  for (let l = 0; l < infos.length; l++) {
    const m = headingOf(infos[l]!);
    if (m) candidates.push({ line: infos[l]!.index, match: m });
  }
  // A heading whose numeral agrees with the part its words name is certain. One whose numeral
  // disagrees (`一、主动公开情况` inside 总体情况, `二、改进措施` inside part 五) is a sub-heading when
  // the part it names has a certain heading elsewhere; otherwise it is that part, misnumbered.
  const certain = new Set<PartId>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.match.part !== undefined && !c.match.listNumbered && !c.match.bareRunIn && (c.match.number === c.match.part || c.match.number === 0)) certain.add(c.match.part);
  }
  // A heading numbered as a list (`2. 主动公开政府信息情况`, `（二）主动公开政府信息情况`) is a part only in a
  // report that heads that part no other way: elsewhere it is a sub-heading that uses a part's words.
  const namedOtherwise = new Set<PartId>();
  for (let k = 0; k < candidates.length; k++) {
    const m = candidates[k]!.match;
    // A title alone right after a heading of its part numbered as a list (`3.收到和处理…` over the table's caption
    // `收到和处理…`) restates that heading; it heads the part no other way.
    const before = k > 0 ? candidates[k - 1]!.match : undefined;
    if (m.number === 0 && before?.listNumbered && before.part === m.part) continue;
    if (m.part !== undefined && !m.listNumbered && !m.bareRunIn) namedOtherwise.add(m.part);
  }
  // Likewise among headings numbered as a list: one whose numeral is the part's own (`（二）主动公开政府信息情况`)
  // heads that part, and one numbered otherwise with the part's words (`1.主动公开情况` under part 一) is a sub-heading.
  const listOwn = new Set<PartId>();
  for (let k = 0; k < candidates.length; k++) {
    const m = candidates[k]!.match;
    if (m.listNumbered && m.number === m.part) listOwn.add(m.part);
  }
  const accepted: AcceptedHeading[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const { line, match: m } = candidates[k]!;
    if (m.listNumbered && namedOtherwise.has(m.part!)) continue;
    // A title run into its sentence without a numeral heads its part only where no other line does, and in order.
    if (m.bareRunIn && (candidates.some((c) => c.match.part === m.part && !c.match.bareRunIn) || candidates.some((c, j) => j !== k && c.match.bareRunIn && c.match.part === m.part) || (accepted.length > 0 && accepted[accepted.length - 1]!.id >= m.part!))) continue;
    // A short one (`总体情况：本年度…`) only at the top, before every other heading, with two or more later parts headed
    // and no line numbered as its part (`一、工作开展情况`, whose words name no part).
    if (m.shortTitle && (accepted.length > 0 || laterParts(candidates, k, m.part!) < 2 || candidates.some((c) => c.match.number === m.part))) continue;
    if (m.listNumbered && m.number !== m.part && listOwn.has(m.part!)) continue;
    // In a report whose parts are numbered 一、, a line numbered 1. with another part's words (`2.依申请公开情况` in
    // part 一, the heading of part 三 lost or never written) is an item of the part it stands in, not that part.
    const last = accepted.length > 0 ? accepted[accepted.length - 1] : undefined;
    if (m.listNumbered && m.number !== m.part && last !== undefined && !last.match.listNumbered && last.match.number !== 0) continue;
    if (m.part !== undefined) {
      if (m.number !== 0 && m.number !== m.part && certain.has(m.part)) continue;
      // A line that is only the title of the part it stands in (`收到和处理政府信息公开申请情况` over `统计表`,
      // a table's caption after the part's heading) restates the part: it is no second heading of it.
      if (m.number === 0 && accepted.length > 0 && accepted[accepted.length - 1]!.id === m.part) continue;
      accepted.push({ line, id: m.part, match: m });
      continue;
    }
    // A heading whose words name no part is taken for the part its numeral names, but only where
    // that part is due next and not yet present (so numbered lists inside a part are not parts).
    const expected = last ? Math.max(last.id, last.match.number) + 1 : 1;
    if (m.number === expected && m.number >= 1 && m.number <= 6 && !accepted.some((a) => a.id === m.number) && !certain.has(m.number as PartId)) {
      accepted.push({ line, id: m.number as PartId, match: m });
    }
  }
  // The attachments after part 六 (`附件1` / `主动公开政府信息情况` over the table placed there) hold the
  // tables' and files' own titles, which are no second heading of a part.
  const appendix = appendixOf(infos, accepted);
  return { headings: appendix === undefined ? accepted : accepted.filter((a) => a.line < appendix), appendix };
}

/**
 * The line that begins the attachments after part 六 (`附件`, `附件：1.…`, `附表1：…`, after a line of the
 * part's text), if there is one; the headings are read before the tables, so a line with a TAB is none.
 */
function appendixOf(infos: readonly LineInfo[], headings: readonly AcceptedHeading[]): number | undefined {
  const six = headings.find((h) => h.id === 6);
  if (!six) return undefined;
  let text = false;
  for (let l = six.line + 1; l < infos.length; l++) {
    const info = infos[l]!;
    if (info.blank) continue;
    if (text && !info.tabular && APPENDIX.test(info.folded)) return l;
    text = true;
  }
  return undefined;
}

/** How deep a sub-heading of each style stands (by comparisons: a load keyed by five names is megamorphic). */
function styleRank(style: SubheadingMatch['style']): number {
  return style === 'cjk' ? 0 : style === 'paren-cjk' ? 1 : style === 'arabic' ? 2 : style === 'paren-arabic' ? 3 : 4;
}

interface MutableSub {
  match: SubheadingMatch;
  line: number;
  lastLine: number;
  children: MutableSub[];
}

/** A subsection an analysis made, with what it was made from besides its children (see `AnalysisCache.subsections`). */
export interface KeptSubsection {
  /** Its heading's match: the same object while its line's text is the same (the line cache keeps it). */
  readonly match: SubheadingMatch;
  readonly lastLine: number;
  /** Where its last line ends. */
  readonly lastEnd: number;
  readonly subsection: Subsection;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The subsection, frozen; with `kept`, the one the last analysis made for the heading on the same line when it was
 * made from the same match, lines and children (the same objects): a keystroke in a long report makes none again.
 */
function freezeSub(s: MutableSub, infos: readonly LineInfo[], kept: AnalysisCache['subsections'] | undefined): Subsection {
  const m = s.match;
  const last = infos[s.lastLine]!;
  const children = packedMap(s.children, (c) => freezeSub(c, infos, kept));
  const before = kept?.get(s.line);
  if (before && before.match === m && before.lastLine === s.lastLine && before.lastEnd === last.end && sameItems(before.subsection.children, children)) {
    kept!.set(s.line, before);
    return before.subsection;
  }
  const subsection: Subsection = {
    style: m.style,
    number: m.number,
    marker: m.marker,
    markerRange: range(s.line, m.markerStart, m.markerEnd),
    title: m.title,
    range: range(s.line, m.markerStart, Math.max(m.markerEnd, m.titleEnd)),
    fullRange: spanRange({ line: s.line, character: m.markerStart }, { line: s.lastLine, character: last.end }),
    children,
  };
  kept?.set(s.line, { match: m, lastLine: s.lastLine, lastEnd: last.end, subsection });
  return subsection;
}

function subsectionsOf(infos: readonly LineInfo[], from: number, to: number, tableLines: LineSpans, kept: AnalysisCache['subsections'] | undefined): Subsection[] {
  const roots: MutableSub[] = [];
  const stack: MutableSub[] = [];
  for (let l = from; l < to; l++) {
    const info = infos[l]!;
    if (info.blank) continue;
    // A table's lines are passed over at once.
    const end = tableLines.endOf(l);
    if (end >= 0) {
      l = end;
      continue;
    }
    const m = subheadingOf(info);
    if (m) {
      // The siblings (and deeper ones) end before this heading; its parents go on through it.
      const rank = styleRank(m.style);
      while (stack.length > 0 && styleRank(stack[stack.length - 1]!.match.style) >= rank) stack.pop();
    }
    for (let k = 0; k < stack.length; k++) stack[k]!.lastLine = l;
    if (!m) continue;
    const node: MutableSub = { match: m, line: l, lastLine: l, children: [] };
    (stack.length > 0 ? stack[stack.length - 1]!.children : roots).push(node);
    stack.push(node);
  }
  return packedMap(roots, (r) => freezeSub(r, infos, kept));
}

const YEAR = /(\d{4})\s*年/;
const CJK_YEAR = /([〇零一二三四五六七八九]{4})\s*年/;

function yearIn(info: LineInfo): YearMention | undefined {
  const folded = info.folded;
  const m = YEAR.exec(folded);
  if (m) {
    const y = Number(m[1]);
    if (y >= 1990 && y <= 2100) return { year: y, range: range(info.index, m.index, m.index + m[1]!.length) };
  }
  const c = CJK_YEAR.exec(folded);
  if (c) {
    const y = parseChineseNumber(c[1]!);
    if (y !== undefined && y >= 1990 && y <= 2100) return { year: y, range: range(info.index, c.index, c.index + c[1]!.length) };
  }
  return undefined;
}

/** A line holding a date and nothing else, in brackets or not (`（2026年1月13日）`, `二〇二六年一月二十日`). */
const DATE_LINE = /^\s{0,8}[（(【\[]?\s{0,4}(?:\d{4}|[〇零一二三四五六七八九]{4})\s{0,2}年\s{0,2}(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}月\s{0,2}(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}日?\s{0,4}[）)】\]]?\s{0,8}$/;

/**
 * A web page's navigation path, copied with the page (`当前位置：首页 > 政府信息公开 > 年报 > 2025年`, `首页 -> 政务公开 -> …`,
 * `您现在的位置：…`), or the rest of one broken over lines (`> 政府信息公开年报`): the page's, no part of the title. Its
 * year is the column's the page is filed in, which may be the year of publishing; its last step may be the page's name.
 */
const BREADCRUMB = /^\s{0,8}(?:您?(?:当前|现在)?(?:所在)?(?:的)?位置\s{0,2}[:：]|首\s?页\s{0,2}(?:>|＞|-{1,2}>|→|»|›|\/|\||｜)|(?:>|＞|»|›|→)\s{0,2}\S)/;

/** A title on one line: a body's name, the year, 政府信息公开（工作）年度报告 (no sentence, no field's name and colon). */
const WHOLE_TITLE = /^[^\t。；，,:：\s][^\t。；，,:：]{1,39}?(?:19|20)\d{2}\s*年度?\s*政府信息公开(?:工作)?(?:年度)?报告$/;

/**
 * A field of a web page's record of the document, name and colon first (`- 索引号: kysrmzf/2026-00017`, `发布机构：…`,
 * `文号:`, `发布日期：2026-02-09`, `时效性: 有效`): the page's, no part of the title (its dates are of publishing).
 */
const PAGE_FIELD = /^\s{0,8}[-•·*]?\s{0,4}(?:索引号|发布机构|发文机关|发文字号|文号|发布日期|发布时间|成文日期|生成日期|时效性|主题分类|公开方式|公开形式|公开范围|信息来源|来源|关键词|责任部门|是否有效|有效性|浏览次数|访问量|字号)\s{0,2}[:：]/;

function findTitle(infos: readonly LineInfo[], limit: number): Title | undefined {
  const pieces: LineInfo[] = [];
  for (let l = 0; l < Math.min(limit, infos.length) && pieces.length < 4; l++) {
    const info = infos[l]!;
    if (info.blank) continue;
    const content = info.masked.slice(info.start, info.end);
    if (content.length > 60 || /[。；;]$/.test(content) || info.tabular) break;
    // A line of a date alone (the page's `（2026年1月13日）` of publication, a signature's date) is no part of
    // the title: its year is the year of publishing, not the year reported on.
    if (DATE_LINE.test(content) || BREADCRUMB.test(content) || PAGE_FIELD.test(content)) continue;
    pieces.push(info);
    if (endsWithReport(content)) break;
  }
  if (pieces.length === 0) return undefined;
  // Without 报告 anywhere, only the first line is the title. (The lines' words are joined in loops, not by
  // `map(…).join`: an array `map` makes in optimised code is of another hidden class than the interpreter's, see
  // packedMap, and findTitle was compiled again after meeting it.)
  let joined = '';
  for (const p of pieces) joined += p.masked.slice(p.start, p.end);
  // A last line that is a whole title by itself, its body named before the year (`信丰县卫生健康委2023年政府信息公开工作年度报告`
  // under a page's `关怀版 无障碍`, or under its body's name written once more), is the title alone: the lines above it are
  // the page's. A last line without the body (`2024年政府信息公开工作年度报告` under `湘潭县商务局`) goes on the lines above.
  const final = pieces[pieces.length - 1]!;
  const used = !joined.includes('报告') ? pieces.slice(0, 1) : pieces.length > 1 && WHOLE_TITLE.test(final.masked.slice(final.start, final.end).trim()) ? [final] : pieces;
  const first = used[0]!;
  const last = used[used.length - 1]!;
  let year: YearMention | undefined;
  let text = '';
  for (const p of used) {
    year ??= yearIn(p);
    text += p.masked.slice(p.start, p.end).trim();
  }
  return {
    text,
    range: spanRange({ line: first.index, character: first.start }, { line: last.index, character: last.end }),
    year,
  };
}

/** Whether a line's words end with 报告, white space anywhere ignored (`年度报告`, `年度报 告`). */
function endsWithReport(content: string): boolean {
  let i = content.length - 1;
  while (i >= 0 && isWhiteSpace(content.charCodeAt(i))) i--;
  if (i < 0 || content.charCodeAt(i) !== 0x544a) return false; // 告
  i--;
  while (i >= 0 && isWhiteSpace(content.charCodeAt(i))) i--;
  return i >= 0 && content.charCodeAt(i) === 0x62a5; // 报
}

/**
 * The statistical period of a calendar year, `2024年1月1日至2024年12月31日` (the end's year may be left out;
 * `自2024年1月1日起至2024年12月31日止` says the same).
 */
const PERIOD = /(\d{4})\s*年\s*0?1\s*月\s*0?1\s*(?:日\s*)?(?:起\s*)?(?:至|到|—|－|-|~|～)+\s*(?:(\d{4})\s*年\s*)?12\s*月\s*31\s*日/;
/**
 * Any range of dates, read at the place PERIOD matched or anywhere in a line (`g`): its two dates and the words
 * between (the spaces after a day without 日 are the words', so that no space can be read two ways).
 */
const DATE_RANGE = /((\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})(?:\s*日)?)(\s*(?:起\s*)?(?:至|到|—|－|-|~|～)+\s*)((?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日)/g;
/** What names the statistical period in the words before a range of dates of another span (`本报告所列数据的统计期限为`). */
const PERIOD_WORDS = /统计|所列数据|报告期/;
/** Words of a line that may state the period (a constant: a literal in the loop is a new RegExp object per line). */
const PERIOD_HINT = /统计|数据|期限|期间/;
const SENTENCE_BREAK = /[。；;！？!?]/g;

function hintsPeriod(folded: string): boolean {
  return PERIOD_HINT.test(folded);
}

/** A line's range of dates read by DATE_RANGE at `at` (where it matched), as a period. */
function periodAt(info: LineInfo, at: number): StatisticalPeriod | undefined {
  DATE_RANGE.lastIndex = at;
  const m = DATE_RANGE.exec(info.folded);
  if (!m || m.index !== at) return undefined;
  const startYear = Number(m[2]);
  const endYear = m[7] ? Number(m[7]) : startYear;
  const endAt = at + m[1]!.length + m[5]!.length;
  const date = (from: number, to: number, year: number, month: string, day: string) => ({
    text: info.text.slice(from, to), year, month: Number(month), day: Number(day), range: range(info.index, from, to),
  });
  return {
    startYear,
    endYear,
    range: range(info.index, at, at + m[0].length),
    start: date(at, at + m[1]!.length, startYear, m[3]!, m[4]!),
    end: date(endAt, endAt + m[6]!.length, endYear, m[8]!, m[9]!),
  };
}

/**
 * The statistical period: the first range from 1月1日 to 12月31日 on a line that speaks of 统计, 数据,
 * 期限 or 期间 (outside the tables). A report without one may have written its period with another first or
 * last day (`2024年1月1日至2024年12月30日`): then the first range of dates that its own sentence names as
 * the period (统计…, 所列数据…, 报告期 before it) is the period.
 */
function findPeriod(infos: readonly LineInfo[], tableEnd: (line: number) => number, hints?: Memo<boolean>): StatisticalPeriod | undefined {
  // The lines that may state it, outside the tables (skipped a table at a time), found once for both readings.
  const hinted: LineInfo[] = [];
  for (let l = 0; l < infos.length; l++) {
    const info = infos[l]!;
    if (info.blank) continue;
    const end = tableEnd(info.index);
    if (end >= 0) {
      l += end - info.index;
      continue;
    }
    // With the document's cache, a line's words are searched once, not at every keystroke.
    if (hints ? hints.get(info.folded, hintsPeriod) : PERIOD_HINT.test(info.folded)) hinted.push(info);
  }
  for (let k = 0; k < hinted.length; k++) {
    const info = hinted[k]!;
    const m = PERIOD.exec(info.folded);
    const period = m ? periodAt(info, m.index) : undefined;
    if (period) return period;
  }
  for (let k = 0; k < hinted.length; k++) {
    const info = hinted[k]!;
    const folded = info.folded;
    DATE_RANGE.lastIndex = 0;
    for (let m = DATE_RANGE.exec(folded); m; m = DATE_RANGE.exec(folded)) {
      const next = DATE_RANGE.lastIndex;
      // The words of its own sentence before it.
      let from = 0;
      SENTENCE_BREAK.lastIndex = 0;
      for (let b = SENTENCE_BREAK.exec(folded); b && b.index < m.index; b = SENTENCE_BREAK.exec(folded)) from = b.index + 1;
      const period = PERIOD_WORDS.test(folded.slice(from, m.index)) ? periodAt(info, m.index) : undefined;
      if (period) return period;
      DATE_RANGE.lastIndex = next;
    }
  }
  return undefined;
}

function titleOf(infos: readonly LineInfo[], headings: readonly { readonly line: number }[]): Title | undefined {
  const firstHeading = headings[0]?.line ?? Math.min(infos.length, 12);
  return findTitle(infos, Math.max(firstHeading, 1));
}

/** What names a report: its title (with its year) and its statistical period. */
export type ReportIdentity = Pick<ReportModel, 'title' | 'period'>;

/**
 * The title and statistical period as `parseReport` finds them, without reading the tables (a line
 * holding a TAB is taken for a table's, where `parseReport` knows which lines its tables hold): a
 * fraction of a parse, for looking up last year's report on every keystroke.
 */
export function parseIdentity(text: string, cache?: AnalysisCache): ReportIdentity {
  const { infos } = scanLines(readableLines(splitLines(text)).lines, cache?.lines);
  const title = titleOf(infos, acceptHeadings(infos).headings);
  const period = findPeriod(infos, (line) => (infos[line]!.tabular ? line : -1));
  return { ...(title ? { title } : {}), ...(period ? { period } : {}) };
}

/**
 * A line that begins the attachments: `附件`, `附件：1.…`, `附件2`, `附表：…`, or a numbered attachment's name
 * on its line (`附表1 主动公开政府信息情况`), not 附件材料齐全 in a sentence.
 */
export const APPENDIX = /^\s*附\s*[件表]\s*(?:(?:[0-9一二三四五六七八九十]{1,2}\s*)?(?:[:：]|$)|[0-9一二三四五六七八九十]{1,2}(?:\s+|[、.．])[^\s。；;，,！？!?][^。；;，,！？!?]{1,39}$)/;

/**
 * Where the last part's body ends: at the attachments after it (a list of files, a case list, a
 * 解读), which are not the part's text and whose numbering is their own; the end of the report when there
 * are none. The part keeps at least the lines before the first attachment line that holds text.
 */
function appendixAt(infos: readonly LineInfo[], from: number, tableLines: LineSpans): number {
  let text = false;
  for (let l = from; l < infos.length; l++) {
    const info = infos[l]!;
    if (info.blank) continue;
    if (text && !tableLines.has(l) && APPENDIX.test(info.folded)) return l;
    text = true;
  }
  return infos.length;
}

/**
 * The line that ends a part heading a PDF's text broke in two (`二、主动公开政` / `府信息情况`): the heading's words
 * are not its part's title or a known variant, and with the whole of the next line after them they are. -1 otherwise
 * (a heading whole on its line, a next line that is blank, a table's or another heading's).
 */
function headingContinuation(h: AcceptedHeading, infos: readonly LineInfo[], next: number): number {
  const m = h.match;
  const l = h.line + 1;
  if (l >= next || l >= infos.length || m.titleEnd !== infos[h.line]!.end || m.title.length === 0) return -1;
  const info = infos[l]!;
  if (info.blank || info.tabular || info.end - info.start > 20) return -1;
  const titles = PARTS.find((p) => p.id === h.id);
  if (!titles) return -1;
  const official = [titles.title, ...titles.variants].map(labelKey);
  if (official.includes(labelKey(m.title))) return -1;
  return official.includes(labelKey(m.title + info.masked.slice(info.start, info.end))) ? l : -1;
}

/** Part `i` of the report, its heading `headings[i]`. */
function partOf(headings: readonly AcceptedHeading[], i: number, infos: readonly LineInfo[], tableLines: LineSpans, cache: AnalysisCache | undefined): Part {
  const h = headings[i]!;
  const nextHeading = i + 1 < headings.length ? headings[i + 1]!.line : infos.length;
  const rest = headingContinuation(h, infos, nextHeading);
  const bodyStart = (rest < 0 ? h.line : rest) + 1;
  const bodyEnd = i + 1 < headings.length ? headings[i + 1]!.line : appendixAt(infos, bodyStart, tableLines);
  let lastLine = h.line;
  for (let l = bodyEnd - 1; l >= bodyStart; l--) {
    if (!infos[l]!.blank) {
      lastLine = l;
      break;
    }
  }
  const m = h.match;
  return {
    id: h.id,
    number: m.number,
    numeral: m.numeral,
    listNumbered: m.listNumbered ? true : undefined,
    numeralRange: range(h.line, m.numeralStart, m.numeralEnd),
    title: rest < 0 ? m.title : m.title + infos[rest]!.masked.slice(infos[rest]!.start, infos[rest]!.end),
    titleRange: rest < 0 ? range(h.line, m.titleStart, m.titleEnd) : spanRange({ line: h.line, character: m.titleStart }, { line: rest, character: infos[rest]!.end }),
    headingRange: rest < 0 ? range(h.line, m.numeralStart, m.titleEnd) : spanRange({ line: h.line, character: m.numeralStart }, { line: rest, character: infos[rest]!.end }),
    range: spanRange({ line: h.line, character: m.numeralStart }, { line: lastLine, character: infos[lastLine]!.end }),
    bodyStart,
    bodyEnd,
    subsections: subsectionsOf(infos, bodyStart, bodyEnd, tableLines, cache?.subsections),
  };
}

/**
 * Parses a report, given as its text or as its lines; with the document's analysis cache, lines seen
 * before are not read again.
 */
export function parseReport(source: string | TextLines, cache?: AnalysisCache): ReportModel {
  const { lines, forms } = readableLines(sourceLinesOf(source));
  const { infos, artifacts } = scanLines(lines, cache?.lines);
  const { headings, appendix } = acceptHeadings(infos);
  const headingLines = new Set(headings.map((h) => h.line));
  const partAt = (line: number): PartId | undefined => {
    let id: PartId | undefined;
    for (let k = 0; k < headings.length && headings[k]!.line <= line; k++) id = headings[k]!.id;
    return id;
  };
  const read = () => parseTables(infos, headingLines, partAt, appendix);
  const { tables, problems, tableLines, reclaimed } = cache ? cache.tables.get(tablesKey(infos, headings, appendix), read) : read();

  // A loop over a function of the module, not packedMap with a closure: V8 keeps a closure's optimised code only while
  // an instance of it lives, so at each full collection between two analyses it was dropped and compiled again.
  const parts: Part[] = [];
  for (let i = 0; i < headings.length; i++) parts.push(partOf(headings, i, infos, tableLines, cache));

  const title = titleOf(infos, headings);
  const period = findPeriod(infos, (line) => tableLines.endOf(line), cache?.periodHints);
  // The lines' masked and folded texts in one loop (packedMap called its callback, a closure it cannot inline, per line).
  const masked: string[] = [];
  const folded: string[] = [];
  for (let i = 0; i < infos.length; i++) {
    masked.push(infos[i]!.masked);
    folded.push(infos[i]!.folded);
  }
  // Every model has the same properties in the same order (`undefined` where absent), and its place for
  // derived values from the start: code that reads models then meets one shape of them.
  return withDerived({
    lines,
    title,
    period,
    parts,
    tables,
    // A lone figure a table without TABs holds is no page number.
    artifacts: reclaimed.length === 0 ? artifacts : artifacts.filter((a) => a.kind !== 'page-number' || !reclaimed.includes(a.range.start.line)),
    problems,
    tableLines,
    masked,
    folded,
    traditional: forms ? { forms } : undefined,
  });
}
