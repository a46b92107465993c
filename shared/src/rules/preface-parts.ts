import { text } from '../i18n';
import { labelKey } from '../normalize';
import { parseChineseNumber } from '../numbers';
import type { ReportModel } from '../model';
import { defineRule, type RuleFinding } from '../rule';
import { CJK_NUMERALS, PARTS, partSpec, type PartId } from '../template';
import { range } from '../text';

/**
 * A preface sentence that lists the report's parts: `本报告包括总体情况、…、其他需要报告的事项等六个部分`,
 * `本报告由…六部分组成`, `报告分为…共6个部分` (the list between the verb and the count), or the count first:
 * `本报告分为六个部分：一、总体情况；二、…` (the list after it, to the end of the sentence).
 */
const LIST_THEN_COUNT = /(?:包括|包含|涵盖|由|分为|分成)([^。；;]{4,400}?)(?:等|共|共计|合计)?\s*([一二三四五六七八九十两]|\d{1,2})\s*(?:个\s*)?部分/;
const COUNT_THEN_LIST = /(?:包括|包含|由|分为|分成|共有|共分为?)(?:以下|如下)?\s*([一二三四五六七八九十两]|\d{1,2})\s*(?:个\s*)?部分(?:内容|组成)?\s*[：:，,]\s*([^。]{4,400}?)(?=。|$)/;

/**
 * A list of the parts without a count, the report as its subject (Shanghai 2019: `全文包括总体情况、主动公开政府信息情况、…
 * 及其他需要报告的事项。`): the list runs to the end of the sentence. It is read as the whole list only when it does not
 * end with 等 (…等内容 lists some of them) and names four parts at least.
 */
const LIST_WITHOUT_COUNT = /(?:报告|全文)[^。；;，,]{0,12}?(?:包括|包含|涵盖|分为|分成|由)([^。；;]{4,400}?)(?:组成|构成)?(?=[。；;]|$)/;
/** The words that close a list that is not the whole of it, or that is not a list of names (…等内容, …方面). */
const OPEN_END = /(?:等|等等)(?:内容|方面|事项)?$|内容$|方面$|部分$/;

/** The list sentence of a line, if any: where it is, the count as written, and the list. */
function enumeration(line: string): { start: number; end: number; count: string; list: string } | undefined {
  const c = COUNT_THEN_LIST.exec(line);
  if (c) return { start: c.index, end: c.index + c[0].length, count: c[1]!, list: c[2]! };
  const l = LIST_THEN_COUNT.exec(line);
  if (l) return { start: l.index, end: l.index + l[0].length, count: l[2]!, list: l[1]! };
  return undefined;
}
/**
 * A preface is a few paragraphs of a few hundred characters: the rule reads at most this many lines,
 * each at most this long, which keeps the lazy list pattern's work bounded whatever comes before part 一.
 */
const MAX_PREFACE_LINES = 20;
const MAX_PREFACE_LINE = 2000;
/** Between the items of the list. */
const SEPARATOR = /[、，,；;]/;
/** Words that may join the last two items (`…改进情况和其他需要报告的事项`); names contain them too. */
const JOINER = /以及|和|及|与/g;

/** The parts an item of the list names: one, or none when its words fit no part or more than one. */
function partOfItem(item: string): PartId | undefined {
  const key = labelKey(item);
  if (key.length < 2) return undefined;
  // Loops, not find/some with closures over `key`: a closure's optimised code is dropped at each full collection.
  for (const p of PARTS) {
    if (key === labelKey(p.title)) return p.id;
    for (const v of p.variants) if (key === labelKey(v)) return p.id;
  }
  const matching = PARTS.filter((p) => p.pattern.test(key));
  return matching.length === 1 ? matching[0]!.id : undefined;
}

/**
 * The part an item with words of several parts names by how it ends, a name ending with what it names
 * (政府信息主动公开工作总体情况 is the overview, 总体情况); undefined when it ends with no part's title or variant.
 */
function partItemEndsWith(item: string): PartId | undefined {
  const key = labelKey(item);
  const ending = PARTS.filter((p) => [p.title, ...p.variants].some((t) => key.endsWith(labelKey(t))));
  return ending.length === 1 ? ending[0]!.id : undefined;
}

/**
 * The parts a list names, in order. An item naming two parts (`…和…`) is split at its joining word;
 * neighbouring items naming the same part are one name cut by its own 、 (`政府信息公开行政复议、行政诉讼情况`).
 */
function partsOfList(list: string): PartId[] {
  const out: PartId[] = [];
  for (const item of list.split(SEPARATOR)) {
    const id = partOfItem(item);
    if (id !== undefined) {
      if (out[out.length - 1] !== id) out.push(id);
      continue;
    }
    // Split at the joining word that leaves two pieces each naming one part.
    let split = false;
    for (const m of item.matchAll(JOINER)) {
      const a = partOfItem(item.slice(0, m.index));
      const b = partOfItem(item.slice(m.index + m[0].length));
      if (a !== undefined && b !== undefined && a !== b) {
        out.push(a, b);
        split = true;
        break;
      }
    }
    if (split) continue;
    const ended = partItemEndsWith(item);
    if (ended !== undefined && out[out.length - 1] !== ended) out.push(ended);
  }
  return out;
}

/**
 * Where a line lists the report's parts (`全文由总体情况、…等六部分组成`: three distinct parts named at least), the
 * span of that list sentence; undefined for any other line. Such a sentence names topics without saying anything of
 * them (coverage leaves it out when it stands under 一、总体情况).
 */
export function partsListSpan(line: string): { start: number; end: number } | undefined {
  if (line.length > MAX_PREFACE_LINE || !line.includes('部分')) return undefined;
  const m = enumeration(line);
  if (!m) return undefined;
  return new Set(partsOfList(m.list)).size >= 3 ? { start: m.start, end: m.end } : undefined;
}

function numeralOf(id: PartId): string {
  return partSpec(id).numeral;
}

function named(ids: readonly PartId[]): string {
  return ids.map((id) => `“${numeralOf(id)}、${partSpec(id).title}”`).join('、');
}

function namedEn(ids: readonly PartId[]): string {
  return ids.map((id) => `${numeralOf(id)} (${partSpec(id).name.en})`).join(', ');
}

/**
 * The parts the report has (`present`) that a list naming `listed` leaves out, in the format's order, and the heading of
 * each in the report as the finding's related places. (A loop, not a mapped array filtered: the arrays map makes change
 * hidden class once their maker is optimised.)
 */
function leftOut(model: ReportModel, present: ReadonlySet<PartId>, listed: readonly PartId[]): { unlisted: PartId[]; related: RuleFinding['related'] } {
  const unlisted: PartId[] = [];
  for (const p of PARTS) if (present.has(p.id) && !listed.includes(p.id)) unlisted.push(p.id);
  const related = unlisted.map((id) => ({ range: model.parts.find((p) => p.id === id)!.headingRange, message: text(`正文中的第${numeralOf(id)}部分`, `Part ${numeralOf(id)} in the report`) }));
  return { unlisted, related };
}

/**
 * The finding on a list of the parts in `sentence` (at `offset` of line `l`), if it is wrong: a count that differs from
 * the names listed, or a part the report has left out; undefined for a list that agrees, or no list.
 */
function listFinding(model: ReportModel, present: ReadonlySet<PartId>, l: number, offset: number, sentence: string): RuleFinding | undefined {
  const m = sentence.includes('部分') ? enumeration(sentence) : undefined;
  if (!m) {
    // A list without a count: only the parts it leaves out can be wrong.
    const c = LIST_WITHOUT_COUNT.exec(sentence);
    if (!c || OPEN_END.test(c[1]!.trim())) return undefined;
    const distinct = [...new Set(partsOfList(c[1]!))];
    if (distinct.length < 4) return undefined;
    const { unlisted, related } = leftOut(model, present, distinct);
    if (unlisted.length === 0) return undefined;
    const start = offset + c.index + c[0].indexOf(c[1]!);
    return {
      range: range(l, start, start + c[1]!.length),
      message: text(
        `前言列举报告的各部分时没有列出正文中的${named(unlisted)}。请核对前言与各部分标题。`,
        `The preface's list of the report's parts leaves out part${unlisted.length > 1 ? 's' : ''} ${namedEn(unlisted)}, which the report has. Check the preface against the headings of the parts.`,
      ),
      related,
      fixes: [],
    };
  }
  const count = /^\d+$/.test(m.count) ? Number(m.count) : parseChineseNumber(m.count);
  const listed = partsOfList(m.list);
  // Only a real list of the report's parts: at least three distinct ones named.
  const distinct = [...new Set(listed)];
  if (count === undefined || distinct.length < 3) return undefined;
  const { unlisted, related } = leftOut(model, present, distinct);
  const miscounted = count !== listed.length;
  if (!miscounted && unlisted.length === 0) return undefined;
  const zh: string[] = [];
  const en: string[] = [];
  if (miscounted) {
    // The listed count written as the stated one is (六 → 五, 6 → 5).
    const n = /^\d+$/.test(m.count) || listed.length > 10 ? String(listed.length) : CJK_NUMERALS[listed.length - 1]!;
    zh.push(`前言说报告共${m.count}个部分，但${listed.length < count ? '只' : ''}列出了${n}个部分的名称`);
    en.push(`The preface speaks of ${count} parts but lists ${listed.length}`);
  }
  if (unlisted.length > 0) {
    zh.push(`${miscounted ? '' : '前言'}没有列出正文中的${named(unlisted)}`);
    en.push(`${miscounted ? 'it' : 'The preface'} leaves out part${unlisted.length > 1 ? 's' : ''} ${namedEn(unlisted)}, which the report has`);
  }
  return {
    range: range(l, offset + m.start, offset + m.end),
    message: text(`${zh.join('，')}。请核对前言与各部分标题。`, `${en.join('; ')}. Check the preface against the headings of the parts.`),
    related,
    fixes: [],
  };
}

export default defineRule(
  {
    code: 'preface-parts',
    severity: 'warning',
    category: 'structure',
    title: text('前言所列部分与正文不符', 'Preface lists the parts wrongly'),
    fixable: false,
    doc: {
      summary: text('前言列举报告的各部分时，所说的部分数与列出的名称不符，或漏列了正文中有的部分。', 'The preface’s list of the report’s parts does not match its own count, or leaves out a part the report has.'),
      details: text(
        '许多报告在前言中列举各部分，如“本报告包括总体情况、主动公开政府信息情况……其他需要报告的事项等六个部分”。曾有报告写“六部分”却只列了五个名称，漏掉了第四部分。本规则在第一部分标题之前的文字中查找这样的句子，把列出的每个名称对应到国家格式的六个部分，当所说的部分数与列出的部分数不同，或正文中有标题的部分没有列出时报告此警告，位置在这句话上。没有说部分数的列举（如“全文包括总体情况、……及其他需要报告的事项。”）列出四个部分以上、且不以“等”“等内容”结尾时，也视为完整的列举，漏列正文中的部分同样报告。前言中有几处这样的列举时（如开头一处、介绍报告内容时又一处，在同一段或不同段），逐句核对每一处，每一处有误都报告。认不出的名称不计入；正文缺少的部分由 missing-section 说明。',
        'Many reports list their parts in the preface (“本报告包括总体情况、主动公开政府信息情况……等六个部分”). One real report says six parts and names five, leaving out part 四. The rule looks for such a sentence before the heading of part 一, maps each listed name to one of the six parts of the national format, and warns on the sentence when the stated count differs from the parts listed, or when a part the report has a heading for is not listed. A list without a count (全文包括总体情况、……及其他需要报告的事项。) that names four parts or more and does not end with 等 or 等内容 is taken as the whole list too, and a part it leaves out is reported the same way. Where the preface lists the parts more than once (in its opening and again where it presents the report, in one paragraph or several), every list is read, sentence by sentence, and each wrong one is reported. Names it cannot place are not counted; a part missing from the report is missing-section’s business.',
      ),
      bad: '本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分。',
      good: '本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分。',
    },
  },
  ({ model }) => {
    const first = model.parts[0];
    if (!first) return [];
    const present = new Set(model.parts.map((p) => p.id));
    const out: RuleFinding[] = [];
    const titleEnd = model.title ? model.title.range.end.line : -1;
    let read = 0;
    for (let l = titleEnd + 1; l < first.headingRange.start.line && read < MAX_PREFACE_LINES; l++) {
      if (model.tableLines.has(l)) continue;
      const line = model.folded[l] ?? '';
      if (line.trim() === '') continue;
      read++;
      // A preface paragraph is a few hundred characters; the bound keeps the lazy list pattern linear.
      if (line.length > MAX_PREFACE_LINE) continue;
      // Every list of the parts, sentence by sentence: a preface may list them more than once (in its opening and again
      // where it presents the report), and a later list may be the one that leaves a part out.
      for (let from = 0; from < line.length; ) {
        const stop = line.indexOf('。', from);
        const to = stop < 0 ? line.length : stop + 1;
        const f = listFinding(model, present, l, from, line.slice(from, to));
        if (f) out.push(f);
        from = to;
      }
    }
    return out;
  },
);
