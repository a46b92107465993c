import type { ReportModel, Subsection } from '../model';
import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { parseChineseNumber } from '../numbers';
import { isWhiteSpace } from '../normalize';
import { CJK_NUMERALS } from '../template';
import { range } from '../text';
import { invisibleColumns } from '../invisible';

/** A marker of an enumeration inside prose: its kind, its number and where its numeral and the marker are. */
interface Marker {
  readonly kind: 'shi' | 'di';
  readonly n: number;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly written: string;
  /** The first marker of its kind in a paragraph's first line: an item that begins its paragraph (一是… / 二是… / 三是…). */
  readonly initial: boolean;
  /** A PDF's line break falls between its numeral and 是 (…工作，一 / 是不断…): its range is the numeral's. */
  readonly broken?: true;
}

/**
 * 一是 … 二是 … 三是 and 第一， … 第二， …: a numeral right after the start of a line, a space or a punctuation
 * mark (not a word: 统一是, 唯一是, 第一是, 之一是), 是 after it; or 第 and a numeral followed by a comma, a 、 or a
 * colon (not 第一时间, 第一书记, 第一次; nor 第一、二季度 or 第一、第二名, ordinals listed together, a numeral or 第 after
 * the 、). 首先／其次／再次／最后 carry no number and are not read.
 */
const MARKERS = /(?:([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})(?=[,，:：]|、(?![一二三四五六七八九十第])))/g;
/**
 * What may come before a marker (besides the start of the line), tested at one place (sticky). Not a lookbehind at the
 * head of MARKERS: there it is tried at every character of the line before the pattern's first character is, and the
 * search ran about six times as long (most lines with a numeral have no marker).
 */
const BEFORE_MARKER = /[\s,，.。;；:：、()（）!！?？]/y;

/** A numeral of a marker (made once: a pattern literal in the loop is a new object at each line). */
const NUMERAL = /[一二三四五六七八九十]/;

/** Whether a marker may start at `at` of `line`: at its start, or after a space or a punctuation mark. */
function startsMarker(line: string, at: number): boolean {
  if (at === 0) return true;
  BEFORE_MARKER.lastIndex = at - 1;
  return BEFORE_MARKER.test(line);
}

/**
 * Opening (+1) and closing (−1) quotation marks and title marks, by UTF-16 code (“ ‘ 《 「 『 〈 and ” ’ 》 」 』 〉):
 * markers inside them are another text's. By code, since a character read as a string of its own is a new string.
 */
function quoteStep(code: number): number {
  switch (code) {
    case 0x201c: case 0x2018: case 0x300a: case 0x300c: case 0x300e: case 0x3008:
      return 1;
    case 0x201d: case 0x2019: case 0x300b: case 0x300d: case 0x300f: case 0x3009:
      return -1;
    default:
      return 0;
  }
}

/** A Chinese numeral of 1–99 (一, 十, 十二, 二十, 二十三), or undefined: no digit-by-digit form (一二), which parseChineseNumber reads as 12. */
function numeralValue(s: string): number | undefined {
  return s.length === 1 || s.includes('十') ? parseChineseNumber(s) : undefined;
}

/** The numeral of `n` (1–99). */
function numeralOf(n: number): string {
  const digit = (d: number): string => (d === 0 ? '' : CJK_NUMERALS[d - 1]!);
  if (n < 10) return digit(n);
  return `${n >= 20 ? digit(Math.floor(n / 10)) : ''}十${digit(n % 10)}`;
}

/** The marker `m` written with the number `n` (三是 → 二是, 第三， → 第二). */
function rewritten(m: Marker, n: number): string {
  if (m.broken) return numeralOf(n);
  return m.kind === 'shi' ? `${numeralOf(n)}是` : `第${numeralOf(n)}`;
}

/** The marker `m` as it should read (二是, 第二), broken over two lines or not. */
function shouldRead(m: Marker, n: number): string {
  return m.kind === 'shi' ? `${numeralOf(n)}是` : `第${numeralOf(n)}`;
}

/**
 * The lines a part or a sub-heading begins on, ascending: an enumeration does not run on past them. (An array the
 * pass over the lines walks beside them: a Set asked of every line was a third of the rule's time.)
 */
function headingLines(model: ReportModel): number[] {
  const out: number[] = [];
  for (const p of model.parts) {
    out.push(p.headingRange.start.line);
    walkSubsections(p.subsections, out);
  }
  return out.sort(ascending);
}

function ascending(a: number, b: number): number {
  return a - b;
}

function walkSubsections(subs: readonly Subsection[], out: number[]): void {
  for (const s of subs) {
    out.push(s.range.start.line);
    walkSubsections(s.children, out);
  }
}

/** The marks a paragraph's last line ends with (its sentence, an item or a lead-in ended), folded or not (see lastMark). */
const PARAGRAPH_END = new Set([...'。！？!?；;：:'].map((c) => c.charCodeAt(0)));

/**
 * A marker of a list at the start of a paragraph: 一是 (group 1), 第一， (group 2), or one of another kind ((一), 1., 一、, ①),
 * whose paragraph begins a list of its own or an item of one (or is a sub-heading the outline did not take for one).
 */
const LEADING_MARKER = /^\s*(?:([一二三四五六七八九十]{1,3}是)|(第[一二三四五六七八九十]{1,3}(?=[,，:：、]))|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|[①-⑳])/;

/** The code of the last character of `line` other than white space: -1 for a blank line. */
function lastMark(line: string): number {
  let i = line.length - 1;
  while (i >= 0 && isWhiteSpace(line.charCodeAt(i))) i--;
  return i >= 0 ? line.charCodeAt(i) : -1;
}

/**
 * The enumerations of the prose: each a run of markers of one kind that starts at 一. A 一是 in the paragraph of an open
 * enumeration may start one inside an item of it (一是加强领导，具体做到：一是…；二是…。二是完善制度。): the enclosing one
 * stays open beneath it, and a marker that does not follow on from the inner one (of two items at least) but does
 * from an enclosing one whose last item is in the same paragraph goes back to that one.
 *
 * A paragraph (a line after one that ended with 。！？；：, a heading or a table) ends the lists within items of the one
 * before: a marker after it goes on with the innermost open list it follows on from (一是…：一是…；二是…。 / 二是… takes
 * the enclosing list's 二是), or, with an item a paragraph (the marker first on its line, as the list's last item was),
 * with the innermost such list, whose number it may skip or repeat (一是… / 二是… / 二是…). Any other marker after a
 * paragraph does not go on with the lists before: it is a list started again without its 一是 (…三是丙。 / 下一步，首先…；
 * 二是…), not read, and those lists are closed. So are they when a paragraph begins with a list's marker of another kind
 * (第一，… after 一是…; (一)…, 1.…, 一、…, ①…).
 */
function enumerations(model: ReportModel): Marker[][] {
  const headings = headingLines(model);
  const invisible = invisibleColumns(model);
  const out: Marker[][] = [];
  const open: Record<Marker['kind'], Marker[][]> = { shi: [], di: [] };
  // Whether the line before ended a paragraph (or there was none), and the last line that began one.
  let ended = true;
  let lastBreak = -1;
  // The first heading line at or after a line asked of it (lines are asked in ascending order).
  let next = 0;
  const headingAt = (line: number): boolean => {
    while (next < headings.length && headings[next]! < line) next++;
    return headings[next] === line;
  };
  for (let l = 0; l < model.folded.length; l++) {
    if (headingAt(l)) {
      open.shi = [];
      open.di = [];
      ended = true;
    }
    if (model.tableLines.has(l)) {
      ended = true;
      continue;
    }
    const folded = model.folded[l] ?? '';
    // A blank line neither begins nor ends a paragraph (Word exports break a sentence across one).
    let mark = lastMark(folded);
    if (mark < 0) continue;
    // A line with invisible characters is read without them; `column` maps back (the identity on other lines).
    const hidden = invisible.get(l);
    let line = folded;
    let columns: number[] | undefined;
    if (hidden !== undefined) {
      line = '';
      columns = [];
      for (let c = 0; c < folded.length; c++) {
        if (hidden.has(c)) continue;
        line += folded[c]!;
        columns.push(c);
      }
      columns.push(folded.length);
      mark = lastMark(line);
    }
    const begins = ended;
    ended = PARAGRAPH_END.has(mark);
    if (begins) {
      lastBreak = l;
      const lead = LEADING_MARKER.exec(line);
      if (lead) {
        if (lead[1] === undefined) open.shi = [];
        if (lead[2] === undefined) open.di = [];
      }
    }
    if (!NUMERAL.test(line)) continue;
    const column = (i: number): number => (columns === undefined ? i : columns[i]!);
    // A line that ends with a numeral, the next (of the same prose) beginning with 是: a PDF's line break inside a
    // marker (…改进工作，一 / 是不断增强…). The 是 is read as the line's last character, past its end.
    const own = line.length;
    const after = l + 1 < model.folded.length && !model.tableLines.has(l + 1) && !headingAt(l + 1) ? model.folded[l + 1] : undefined;
    if (after !== undefined && after.startsWith('是') && /[一二三四五六七八九十]$/.test(line)) line += '是';
    // How many quotation and title marks are open before each marker (its markers are another text's), counted
    // from the last marker on: most lines with a numeral have no marker, and were walked character by character
    // for nothing (a sixth of the analysis of a long report).
    let depth = 0;
    let counted = 0;
    // Whether a marker of each kind was read on this line already.
    let seenShi = false;
    let seenDi = false;
    // MARKERS from each place on, as with a lookbehind: a match not after a space or a mark is passed over, and the
    // search goes on from the character after its start (a marker may begin inside it: 统一二是 has none, 、十一是 one).
    MARKERS.lastIndex = 0;
    for (let m = MARKERS.exec(line); m !== null; m = MARKERS.exec(line)) {
      if (!startsMarker(line, m.index)) {
        MARKERS.lastIndex = m.index + 1;
        continue;
      }
      for (; counted < m.index; counted++) {
        const step = quoteStep(line.charCodeAt(counted));
        if (step > 0) depth++;
        else if (step < 0 && depth > 0) depth--;
      }
      if (depth > 0) continue;
      const kind: Marker['kind'] = m[1] !== undefined ? 'shi' : 'di';
      const numeral = m[1] ?? m[2]!;
      const n = numeralValue(numeral);
      if (n === undefined) continue;
      const start = column(m.index);
      const initial = begins && !(kind === 'shi' ? seenShi : seenDi);
      if (kind === 'shi') seenShi = true;
      else seenDi = true;
      const broken = m.index + m[0].length > own;
      const marker: Marker = broken
        ? { kind, n, line: l, start, end: column(m.index + m[0].length - 2) + 1, written: m[0], initial, broken: true }
        : { kind, n, line: l, start, end: column(m.index + m[0].length - 1) + 1, written: m[0], initial };
      const stack = open[kind];
      if (n === 1) {
        const series = [marker];
        // Inside an item of an enumeration of this paragraph, or a new one.
        if (stack.length > 0 && stack[stack.length - 1]!.at(-1)!.line === l) {
          // Three levels at most (a list in an item of a list in an item): a line of many 一是 does not pile up more.
          if (stack.length === 3) stack.shift();
          stack.push(series);
        } else open[kind] = [series];
        out.push(series);
        continue;
      }
      // One that does not start at 一 continues the enumeration before it, if any (a paragraph for each item), or one
      // enclosing it in the same paragraph that it follows on from.
      const top = stack[stack.length - 1];
      if (top === undefined) continue;
      if (lastBreak > top.at(-1)!.line) {
        // After a paragraph: the innermost list it follows on from, else the innermost of an item a paragraph.
        let k = stack.length - 1;
        while (k >= 0 && stack[k]!.at(-1)!.n + 1 !== n) k--;
        if (k < 0 && initial) {
          k = stack.length - 1;
          while (k >= 0 && !stack[k]!.at(-1)!.initial) k--;
        }
        if (k < 0) {
          // A list started again without its 一是: not read, nor the lists before it any longer.
          open[kind] = [];
          continue;
        }
        stack.length = k + 1;
        stack[k]!.push(marker);
        continue;
      }
      // (Back to an enclosing one only from an inner one of two items at least: 一是…二是。改进：一是…三是 is a skip.)
      if (top.at(-1)!.n + 1 !== n && top.length >= 2) {
        let outer = stack.length - 2;
        while (outer >= 0 && !(stack[outer]!.at(-1)!.n + 1 === n && stack[outer]!.at(-1)!.line === l)) outer--;
        if (outer >= 0) {
          stack.length = outer + 1;
          stack[outer]!.push(marker);
          continue;
        }
      }
      top.push(marker);
    }
  }
  return out;
}

export default defineRule(
  {
    code: 'enumeration-gap',
    severity: 'warning',
    category: 'structure',
    title: text('正文列举序号跳号或重复', 'Prose enumeration skips or repeats a number'),
    fixable: true,
    doc: {
      summary: text(
        '正文中以“一是、二是、三是”或“第一，第二，”列举的各项，序号跳过或重复了（如“一是……三是……三是……”）。',
        'Items listed in the prose as 一是, 二是, 三是 or 第一，第二， skip or repeat a number (一是…三是…三是…).',
      ),
      details: text(
        '从“一是”（或“第一，”）开始的一组列举，各项序号应依次加一；一项一段时，后面各段中的序号接着前一段（遇到新的“一是”、部分标题或小标题即重新开始；同一段中某项里的“一是、二是”是其中的小列举，其后接着外层序号的仍属外层，下一段接着外层序号的也是）。新的一段以另一种序号开头（“第一，”“（一）”“1.”“一、”“①”）时，前面的列举到此结束；新的一段中的序号既不接着前面列举的序号、又不是一项一段（序号在段首，前一项也在段首）的，是省略了“一是”重新开始的列举（“……三是丙。”之后的“下一步，首先……；二是……”），不接着前面的列举，也不检查。序号跳过或重复时在该序号上报告，说明前一项的序号和应有的序号。只有一个序号错误、前后都连贯时（“一是……三是……三是……”中的第一个“三是”，“一是……二是……二是……”中的第二个“二是”）只报告这一个，并提供改为应有序号的修复；只是跳过了序号（“一是……三是……”）时可能是漏了一项，不提供修复。引号和书名号内的文字、词语中的数字（统一是、唯一是、第一是、第一时间）、不从“一是”开始的列举、“首先、其次、再次、最后”和小标题的序号（由“小标题序号跳号或重复”规则检查）都不在检查之列。从 PDF 复制时序号被换行拆开（行末“一”、下一行开头“是”），或网页留下的不可见字符夹在中间（如“一”“是”之间的零宽空格），仍按一个序号读；拆开的序号只改行末的数字。',
        'An enumeration starting at 一是 (or 第一，) counts up by one; with an item a paragraph, the numbers run on from the paragraph before (a new 一是, a part heading or a sub-heading starts anew; a 一是, 二是 inside an item of the same paragraph is a list within it, and a marker going on from the enclosing list after it, in that paragraph or the next, belongs to the enclosing list). A paragraph beginning with a marker of another kind (第一，, （一）, 1., 一、, ①) ends the lists before it; a marker in a new paragraph that neither goes on from a list before nor is an item a paragraph (first in its paragraph, as the item before was) is a list started again without its 一是 (“……三是丙。” then “下一步，首先……；二是……”): it does not go on with the lists before, and is not read. A skip or a repeat is reported on its marker, naming the item before and the number it should have. A single wrong number with right ones on both sides (the first 三是 of 一是…三是…三是…, the second 二是 of 一是…二是…二是…) is the only one reported, with a fix writing the right number; a number only skipped (一是…三是…) may be an item left out, and has no fix. Words inside quotation or title marks, numerals inside words (统一是, 唯一是, 第一是, 第一时间), enumerations that do not start at 一是, 首先／其次／再次／最后 and sub-heading numbers (numbering-gap’s) are not read. A marker a PDF copy breaks over two lines (一 at a line’s end, 是 at the next one’s start) or a web page’s invisible character splits (a zero-width space between 一 and 是) is read as one; the fix of a broken one rewrites the numeral at the line’s end.',
      ),
      bad: '存在的问题主要有：一是信息发布属性界定不够精确；三是开拓创新不够有力；三是政策解读质量有待提高。',
      good: '存在的问题主要有：一是信息发布属性界定不够精确；二是开拓创新不够有力；三是政策解读质量有待提高。',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const series of enumerations(model)) {
      let expected = 2;
      for (let k = 1; k < series.length; k++) {
        const m = series[k]!;
        const before = series[k - 1]!;
        if (m.n === expected) {
          expected++;
          continue;
        }
        const next = series[k + 1];
        // One wrong number between right ones: the next is the one after the expected (一是 三是 三是), or it is the last
        // and repeats or goes back (一是 二是 二是).
        const single = next ? next.n === expected + 1 : m.n < expected;
        const should = shouldRead(m, expected);
        const at = range(m.line, m.start, m.end);
        const previous = { range: range(before.line, before.start, before.end), message: text(`前一项“${before.written}”`, `the item before, “${before.written}”`) };
        if (single) {
          out.push({
            range: at,
            message: text(
              `列举序号“${m.written}”与前后不连贯：前一项是“${before.written}”，此处应为“${should}”。`,
              `The enumeration marker “${m.written}” breaks its sequence: the item before is “${before.written}”, this one should be “${should}”.`,
            ),
            related: [previous],
            fixes: [{ title: text(`改为“${should}”`, `Change to “${should}”`), edits: [{ range: at, newText: rewritten(m, expected) }] }],
          });
          expected++;
          continue;
        }
        const skipped = m.n > expected;
        out.push({
          range: at,
          message: skipped
            ? text(
                `列举序号从“${before.written}”跳到了“${m.written}”，缺少“${should}”：可能漏了一项或序号有误。`,
                `The enumeration goes from “${before.written}” to “${m.written}”, without “${should}”: an item left out, or a wrong number.`,
              )
            : text(
                `列举序号“${m.written}”重复或倒退：前一项是“${before.written}”，此处应为“${should}”。`,
                `The enumeration marker “${m.written}” repeats or goes back: the item before is “${before.written}”, this one should be “${should}”.`,
              ),
          related: [previous],
          fixes: [],
        });
        expected = m.n + 1;
      }
    }
    return out;
  },
);
