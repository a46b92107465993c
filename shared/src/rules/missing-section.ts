import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { PARTS, tableKindOf, type PartId, type PartSpec } from '../template';
import type { LocalizedText } from '../i18n';
import type { ReportModel, Table } from '../model';
import { range, type Range } from '../text';
import { documentAnchor, lineRange, tableOf } from './helpers';

/** The last line with something on it (a missing last part belongs after it, not on trailing blank lines). */
function lastContentLine(model: ReportModel): number {
  for (let l = model.lines.length - 1; l > 0; l--) if ((model.masked[l] ?? '').trim() !== '') return l;
  return 0;
}

/**
 * A line that can begin part 一's body: a paragraph, or a sub-heading （一）…; not a page's metadata
 * (发布时间：…, 索引号 | …) nor a date or a signature line.
 */
function isBodyStart(line: string): boolean {
  if (line.includes('|') || /[:：]/.test(line.slice(0, 8))) return false;
  return line.length >= 15 || SUBHEADING.test(line);
}
const SUBHEADING = /^[（(][一二三四五六七八九十][)）]/;

/** The table of part `id` as read, if the part has one in the format and it was found. */
function partTable(model: ReportModel, id: PartId): Table | undefined {
  const kind = tableKindOf(id);
  return kind === undefined ? undefined : tableOf(model, kind);
}

const BEFORE_LINE = text('，应位于此行之前', '; it belongs before this line');

/** Characters that end a sentence, after which a heading run into the line may stand. */
const SENTENCE_END = new Set(['。', '；', ';', '！', '!', '？', '?']);

/**
 * The part's heading, numeral and title as the format or a known variant words it (`一、总体情况`), written in the middle of
 * a line right after a sentence's end (`…12月31日。 一、总体情况 2022年，…`): a page whose paragraphs were run into one
 * line. Not at a line's start (a heading there is read, or is another fault), nor in a table's line; the first one.
 */
function headingRunIn(model: ReportModel, spec: PartSpec): { readonly range: Range; readonly head: string } | undefined {
  const heads = [spec.title, ...spec.variants].map((t) => `${spec.numeral}、${t}`);
  // (Made once, not at each line: a string a line was most of this walk's garbage.)
  const numeral = `${spec.numeral}、`;
  for (let l = 0; l < model.masked.length; l++) {
    if (model.tableLines.has(l)) continue;
    const line = model.masked[l]!;
    if (!line.includes(numeral)) continue;
    for (const head of heads) {
      for (let at = line.indexOf(head); at > 0; at = line.indexOf(head, at + 1)) {
        let b = at - 1;
        while (b >= 0 && /\s/.test(line[b]!)) b--;
        const after = line[at + head.length];
        if (b >= 0 && SENTENCE_END.has(line[b]!) && (after === undefined || /\s/.test(after))) return { range: range(l, at, at + head.length), head };
      }
    }
  }
  return undefined;
}

/**
 * Where a part whose heading alone is gone begins, when its body can be placed: its own table (parts 二 to
 * 四 hold one each, right after the heading), or, for a part after one with a table (五 after 四), the first
 * line with content after that table. Only a place before the next heading found (`nextLine`, the report's
 * end when there is none) and after the previous part's heading counts; else undefined (the finding stays on
 * the next heading, or the report's last line).
 */
function bodyWithoutHeading(model: ReportModel, id: PartId, nextLine: number): { range: Range; before: LocalizedText } | undefined {
  const prev = model.parts.filter((p) => p.id < id).at(-1);
  const after = prev ? prev.headingRange.start.line : -1;
  const table = partTable(model, id);
  if (table) {
    if (table.startLine <= after || table.startLine >= nextLine) return undefined;
    return { range: table.anchor, before: text('，应位于此表之前', '; it belongs before this table') };
  }
  if (id === 1) {
    // Part 一 follows the title and the preface, whose sentences all speak of the report (根据《条例》…编制本报告,
    // 本报告中所列数据的统计期限…, 如对本报告有疑问…): its body is the first line after them that does not.
    for (let l = model.title ? model.title.range.end.line + 1 : 0; l < nextLine; l++) {
      const line = (model.masked[l] ?? '').trim();
      if (line !== '' && !line.includes('报告') && isBodyStart(line)) return { range: lineRange(model, l), before: BEFORE_LINE };
    }
    return undefined;
  }
  if (tableKindOf(id) !== undefined) return undefined;
  // The table of the part right before in the format (四 for 五), wherever its own heading is.
  const prevTable = id > 1 ? partTable(model, (id - 1) as PartId) : undefined;
  if (!prevTable || prevTable.startLine <= after || prevTable.endLine >= nextLine) return undefined;
  for (let l = prevTable.endLine + 1; l < nextLine; l++) {
    if ((model.masked[l] ?? '').trim() !== '') return { range: lineRange(model, l), before: BEFORE_LINE };
  }
  return undefined;
}

export default defineRule(
  {
    code: 'missing-section',
    severity: 'error',
    category: 'structure',
    title: text('缺少必备部分', 'Missing part'),
    fixable: false,
    doc: {
      summary: text('报告缺少国家格式规定的六个部分之一。', 'The report lacks one of the six parts the national format requires.'),
      details: text(
        '国办公开办函〔2021〕30号规定年度报告由六部分组成：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。任何一部分的标题都找不到时报告此错误，位置在本应出现该部分之处：只缺标题而正文还在时，在标题和前言之后第一个不提“报告”的段落或小标题上（第一部分）、该部分的表格上（二至四部分），或第四部分表格之后的第一行上（第五部分），其后没有标题时直到报告末尾都算；否则在下一部分的标题上，其后没有标题时在最后一行有内容的行上。标题用词不同但能认出是哪一部分时，不报此错误，而由 heading-variant 提示。该部分的标题（序号和国家格式或已知变体的用词，如“一、总体情况”）写在一行文字的中间、紧跟在一句话的句号之后时（网页上各段连成了一行），在该标题上报告此错误，说明标题没有单独成行，而不说缺少该部分；前言中列举各部分名称的句子不算。',
        'The 2021 national format (国办公开办函〔2021〕30号) has six parts, 一 to 六. When no heading of a part can be found, this error is reported where the part should be: when only the heading is gone and the body is still there, on the first paragraph or sub-heading after the title and the preface that does not speak of the report (part 一), on the part’s table (parts 二 to 四), or on the first line after table 四 (part 五), looking to the report’s end when no heading follows; else on the heading of the next part, or on the last line with content when none follows. A heading in other words that still names the part is accepted (see heading-variant). When the part’s heading (its numeral and the format’s or a known variant’s words, as 一、总体情况) stands in the middle of a line right after a sentence’s full stop (a page whose paragraphs ran into one line), the error is reported on that heading and says it is not on a line of its own, not that the part is missing; a preface’s sentence listing the parts does not count.',
      ),
      bad: '三、收到和处理政府信息公开申请情况\n…\n五、存在的主要问题及改进情况',
      good: '三、收到和处理政府信息公开申请情况\n…\n四、政府信息公开行政复议、行政诉讼情况\n…\n五、存在的主要问题及改进情况',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    const present = new Set(model.parts.map((p) => p.id));
    for (const spec of PARTS) {
      if (present.has(spec.id)) continue;
      const tableGone = tableKindOf(spec.id) !== undefined && !partTable(model, spec.id);
      const runIn = headingRunIn(model, spec);
      if (runIn) {
        out.push({
          range: runIn.range,
          message: text(
            `第${spec.numeral}部分的标题“${runIn.head}”写在了一行文字的中间，没有单独成行，无法据此分出各部分${tableGone ? '（该部分的表格也未找到）' : ''}。请把标题单独作为一行。`,
            `The heading of part ${spec.numeral} “${runIn.head}” stands in the middle of a line of text, not on a line of its own, so the parts cannot be told apart${tableGone ? ', and its table was not found' : ''}. Put the heading on a line of its own.`,
          ),
          related: [],
          fixes: [],
        });
        continue;
      }
      const next = model.parts.find((p) => p.id > spec.id);
      // Before the next heading found; with none after it, anywhere to the report's end (when any part was
      // found: a text without one heading gives no place to go by).
      const body = next || model.parts.length > 0 ? bodyWithoutHeading(model, spec.id, next ? next.headingRange.start.line : model.lines.length) : undefined;
      const where = body ? body.range : next ? next.headingRange : model.parts.length > 0 ? lineRange(model, lastContentLine(model)) : documentAnchor(model);
      const before = body ? body.before : next ? text('，应位于此标题之前', '; it belongs before this heading') : text('', '');
      out.push({
        range: where,
        message: text(
          `缺少第${spec.numeral}部分“${spec.numeral}、${spec.title}”${tableGone ? '（该部分的表格也未找到）' : ''}${before['zh-CN']}。`,
          `Part ${spec.numeral} “${spec.numeral}、${spec.title}” (${spec.name.en}) is missing${tableGone ? ', and so is its table' : ''}${before.en}.`,
        ),
        related: [],
        fixes: [],
      });
    }
    return out;
  },
);
