import { packedMap } from '../arrays';
import type { TextEdit } from '../finding';
import { text } from '../i18n';
import type { NumberingStyle, ReportModel, Subsection } from '../model';
import { defineRule, type RuleFinding } from '../rule';
import { labelKey } from '../normalize';
import { CJK_NUMERALS, partSpec, REQUEST_GROUPS, rowsFor, tableKindOf, type PartId, type PartSpec } from '../template';
import { markerAtStart } from '../parse/headings';
import { afterHeading } from './helpers';

/**
 * The marker numbered `n` in the way `written` (a marker of the same series) is written: its brackets and
 * separator kept (`3、` → `2、`, `(3)` → `(2)`), the numeral changed.
 */
function markerLike(written: string, style: NumberingStyle, n: number): string {
  const standard = markerFor(style, n);
  if (style === 'arabic' || style === 'paren-arabic') return /\d+/.test(written) ? written.replace(/\d+/, String(n)) : standard;
  if ((style === 'paren-cjk' || style === 'cjk') && n <= 10) return /[一二三四五六七八九十]+/.test(written) ? written.replace(/[一二三四五六七八九十]+/, CJK_NUMERALS[n - 1]!) : standard;
  return standard;
}

function markerFor(style: NumberingStyle, n: number): string {
  switch (style) {
    case 'paren-cjk':
      return `（${n <= 10 ? CJK_NUMERALS[n - 1] : n}）`;
    case 'cjk':
      return `${n <= 10 ? CJK_NUMERALS[n - 1] : n}、`;
    case 'paren-arabic':
      return `（${n}）`;
    case 'circled':
      return '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'[n - 1] ?? String(n);
    case 'arabic':
      return `${n}.`;
  }
}

/** A sub-heading's words: short, one line, no sentence punctuation (`优化政务大厅管理`, `升级“湘易办”平台`). */
const HEADING_WORDS = /^[^。；;：:，,！？!?、\t]{2,24}$/u;

/**
 * The lines between two numbered sub-headings that read as sub-headings whose numerals were lost
 * (Word's automatic numbering dropped in the export): a short line standing alone, followed by a
 * paragraph. Returns each line's index and the character where its words start.
 */
function unnumberedHeadings(model: ReportModel, from: number, to: number): { line: number; character: number; words: string }[] {
  const found: { line: number; character: number; words: string }[] = [];
  for (let l = from; l < to; l++) {
    if (model.tableLines.has(l)) continue;
    const raw = model.masked[l] ?? '';
    const words = raw.trim();
    if (!HEADING_WORDS.test(words)) continue;
    let next = l + 1;
    while (next < to && (model.masked[next] ?? '').trim() === '') next++;
    // Followed by a paragraph: something longer that ends a sentence.
    const body = (model.masked[next] ?? '').trim();
    if (next >= to || body.length <= words.length || !/[。；;]/.test(body)) continue;
    found.push({ line: l, character: raw.indexOf(words), words });
  }
  return found;
}

/** A list's caption: a short line ending in a colon (`改进措施：`), or heading words standing alone. */
const CAPTION = /^[^。；;！？!?\t]{2,30}[：:]$/u;

/**
 * Whether `s`, numbered 1 after `previous`, starts a new list rather than repeating a numeral: a caption
 * stands between them (`存在的主要问题：` 1. 2. `改进措施：` 1. 2., as part 五 is often written).
 */
function startsNewList(model: ReportModel, previous: Subsection, s: Subsection): boolean {
  if (s.number !== 1) return false;
  for (let l = previous.range.start.line + 1; l < s.range.start.line; l++) {
    if (model.tableLines.has(l)) continue;
    const words = (model.masked[l] ?? '').trim();
    if (CAPTION.test(words) || HEADING_WORDS.test(words)) return true;
  }
  return false;
}

function checkSiblings(
  model: ReportModel,
  all: readonly Subsection[],
  firstLine: number,
  where: string,
  whereEn: string,
  out: RuleFinding[],
  inline: { readonly style: NumberingStyle; readonly number: number } | undefined,
  cut: (s: Subsection) => boolean,
): void {
  const subs = all.filter((s) => !cut(s));
  const byStyle = new Map<NumberingStyle, Subsection[]>();
  for (const s of subs) {
    const list = byStyle.get(s.style);
    if (list) list.push(s);
    else byStyle.set(s.style, [s]);
  }
  for (const [style, list] of byStyle) {
    // The first of the series written on the part heading's own line (`五、存在的主要问题及改进情况。1.存在的…`).
    let expected = inline && inline.style === style && inline.number === 1 ? 2 : 1;
    let previous: Subsection | undefined;
    list.forEach((s, i) => {
      if (previous && s.number !== expected && startsNewList(model, previous, s)) {
        expected = 2;
      } else if (s.number !== expected) {
        const want = markerLike(s.marker, style, expected);
        // One wrong numeral between right ones (（一）（三）（三）（四）): only it is reported, and the
        // count goes on from what it should have been. Otherwise the count resumes from the number
        // written, so one skip or repeat is one finding, not one per following heading.
        const next = list[i + 1];
        const lone = next !== undefined && next.number === expected + 1;
        const skipped = !lone && s.number > expected;
        const markers = skipped ? Array.from({ length: s.number - expected }, (_, k) => markerLike(s.marker, style, expected + k)) : [];
        const missing = markers.join('');
        // The skipped numerals may still be there in spirit: as many unnumbered sub-heading lines as
        // numerals skipped, between the previous sub-heading and this one. Then the numerals were lost,
        // not the subsections, and the fix puts them back.
        const gapStart = previous ? previous.range.end.line + 1 : firstLine;
        const lost = skipped ? unnumberedHeadings(model, gapStart, s.range.start.line) : [];
        const restore = lost.length === markers.length ? lost : [];
        const named = packedMap(restore, (h) => `“${h.words}”`).join('、');
        const namedEn = packedMap(restore, (h) => `“${h.words}”`).join(', ');
        const edits: TextEdit[] = packedMap(restore, (h, k) => ({ range: { start: { line: h.line, character: h.character }, end: { line: h.line, character: h.character } }, newText: markers[k]! }));
        out.push({
          range: s.markerRange,
          message: lone
            ? text(`${where}的小标题序号“${s.marker}”与前后不连续，应为“${want}”。`, `${whereEn}: sub-heading “${s.marker}” is out of sequence with its neighbours; “${want}” was due.`)
            : restore.length > 0
              ? restore.length === 1
                ? text(
                  `${where}的小标题序号跳过了${missing}：${named}看起来是丢了序号的小标题，应为“${missing}${restore[0]!.words}”。`,
                  `${whereEn}: sub-heading numbering skips ${missing}; ${namedEn} looks like a sub-heading that lost its numeral (${missing}).`,
                )
                : text(
                  `${where}的小标题序号跳过了${missing}：${named}看起来是丢了序号的小标题，应分别为${missing}。`,
                  `${whereEn}: sub-heading numbering skips ${missing}; ${namedEn} look like sub-headings that lost their numerals (${missing}).`,
                )
              : skipped
                ? text(`${where}的小标题序号跳过了${missing}：此处为“${s.marker}”，应为“${want}”。`, `${whereEn}: sub-heading numbering skips ${missing}; this is “${s.marker}” where “${want}” was due.`)
                : text(`${where}的小标题序号“${s.marker}”重复或倒退，应为“${want}”。`, `${whereEn}: sub-heading “${s.marker}” repeats or goes back; “${want}” was due.`),
          related: [
            ...(previous ? [{ range: previous.markerRange, message: text(`上一个小标题“${previous.marker}”`, `previous sub-heading “${previous.marker}”`) }] : []),
            ...packedMap(restore, (h, k) => ({
              range: { start: { line: h.line, character: h.character }, end: { line: h.line, character: h.character + h.words.length } },
              message: text(`丢了序号的小标题，应为“${markers[k]}${h.words}”`, `sub-heading without its numeral: “${markers[k]}${h.words}”`),
            })),
          ],
          fixes: edits.length > 0 ? [{ title: text(`补上序号${missing}`, `Restore the numerals ${missing}`), edits }] : [],
        });
        expected = lone ? expected + 1 : s.number + 1;
      } else {
        expected++;
      }
      previous = s;
    });
  }
  for (const s of subs) if (s.children.length > 0) checkSiblings(model, s.children, s.range.end.line + 1, `${where}“${s.marker}${s.title}”下`, `${whereEn}, under “${s.marker}”`, out, undefined, cut);
}

/** The label keys of the rows and row groups of the table a part holds (either format's), worked out once per part. */
const TABLE_LABEL_KEYS = new Map<PartId, readonly string[]>();

function tableLabelKeys(part: PartId): readonly string[] {
  let keys = TABLE_LABEL_KEYS.get(part);
  if (keys) return keys;
  const kind = tableKindOf(part);
  const labels = kind ? [...rowsFor(kind, 2021), ...rowsFor(kind, 2019)].flatMap((r) => [r.label, ...(r.variants ?? [])]) : [];
  if (kind === 'requests') labels.push(...REQUEST_GROUPS.map((g) => g.label));
  TABLE_LABEL_KEYS.set(part, (keys = [...new Set(labels.map(labelKey))]));
  return keys;
}

/**
 * Whether sub-heading `s` is the start of a row label of its part's table standing right after the table's lines
 * (`（二）部分公`, `二、上年结转政府信息公开`, `6.属于四类过程性信`, a bare `（三）`): a row whose label the table
 * reader could not take whole — a copy cut off inside the table — and no sub-heading of the part's prose.
 */
function cutRowLabel(model: ReportModel, part: PartId, s: Subsection): boolean {
  const keys = tableLabelKeys(part);
  if (keys.length === 0) return false;
  let above = s.range.start.line - 1;
  // Blank lines and a row's closing bar (`|` alone, as web copies write one cell a line) do not part them.
  while (above >= 0 && /^[\s|｜]*$/.test(model.masked[above] ?? '')) above--;
  if (above < 0 || !model.tableLines.has(above)) return false;
  const line = model.masked[s.range.start.line] ?? '';
  const key = labelKey(line.slice(s.markerRange.start.character).trim());
  return key.length > 0 && keys.some((k) => k.startsWith(key));
}

/** The label keys of a part's official title and its variants, worked out once per part (they are the template's). */
const SPEC_KEYS = new Map<PartSpec, readonly string[]>();

function specKeys(spec: PartSpec): readonly string[] {
  let keys = SPEC_KEYS.get(spec);
  if (!keys) SPEC_KEYS.set(spec, (keys = [spec.title, ...spec.variants].map(labelKey)));
  return keys;
}

export default defineRule(
  {
    code: 'numbering-gap',
    severity: 'warning',
    category: 'structure',
    title: text('小标题序号跳号或重复', 'Sub-heading numbering gap'),
    fixable: true,
    doc: {
      summary: text('某部分内小标题的序号跳过或重复，如（一）之后直接是（四）。', 'Sub-heading numbers inside a part skip or repeat, e.g. （一） followed by （四）.'),
      details: text(
        '同一部分中同一种编号方式（（一）、1.、（1）、①）的小标题应从 1 开始连续编号。跳号通常说明漏写了序号或删掉了一节。每处跳号或重复只报告一次，位置在出问题的序号上；前后序号都连续、只有一个序号写错（如（一）（三）（三）（四））时，只报告写错的那一个。跳过的位置上恰好有同样多的单独成行的短标题（后接正文段落）时，多半是导出时丢了自动编号：消息会指出这些标题，修复为它们补上序号。一组编号在一行说明（如“改进措施：”）之后重新从 1 开始，是新的一组，不算重复。第一个序号写在部分标题同一行（“五、存在的主要问题及改进情况。1.存在的主要问题……”）时，从它数起。紧接在表格各行之后、只是该表某一行标签开头的一行（“（二）部分公”“二、上年结转政府信息公开”，复制的文本在表格中间截断时常见）是没有读全的表格行，不是小标题。与部分标题同样写法（一、）、从下一部分的序号开始的一组（“一、收到申请情况”之后的“二、申请答复情况”，或截断处只剩的“二、”）是报告的一级标题，不是该部分的小标题。',
        'Within a part, sub-headings of one numbering style （一）, 1., （1）, ① must count up from one. A skip usually means a lost numeral or a deleted subsection. Each skip or repeat is reported once, on the numeral; a single wrong numeral between right ones (（一）（三）（三）（四）) is the only one reported. When the gap holds exactly as many short stand-alone heading lines (each followed by a paragraph) as numerals skipped, the numerals were most likely lost in the export: the message names those headings and the fix restores their numerals. A list that starts again at 1 after a caption line (`改进措施：`) is a new list, not a repeat. A first numeral written on the part heading’s own line (`五、存在的主要问题及改进情况。1.存在的主要问题……`) counts as the first. A line right after a table’s rows that is only the start of one of that table’s row labels (`（二）部分公`, `二、上年结转政府信息公开`, as a copy cut off inside the table ends) is a row not read whole, not a sub-heading. A series written as the part heading is (一、) that starts at the next part’s numeral (二、申请答复情况 after 一、收到申请情况, or a bare 二、 where a copy ends) is the report’s top level, not sub-headings of the part.',
      ),
      bad: '（一）全面公开政府信息\n优化政务大厅管理\n（四）积极回应社会关切',
      good: '（一）全面公开政府信息\n（二）优化政务大厅管理\n（三）积极回应社会关切',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const part of model.parts) {
      const spec = partSpec(part.id);
      // A table's caption that repeats its part's title with the part's numeral in brackets
      // (三、收到和处理政府信息公开申请情况 / （三）收到和处理政府信息公开申请情况) is no sub-heading of a series.
      const own = specKeys(spec);
      const title = labelKey(part.title);
      // But one numbered 1 with a 2 of its series after it is that series' first sub-heading, whose words happen to be
      // a variant of the part's title (一、总体情况 / （一）概述 / （二）主动公开情况).
      const subs = part.subsections.filter((s, i, all) => {
        const key = labelKey(s.title);
        if (key !== title && !own.includes(key)) return true;
        const next = all.slice(i + 1).find((o) => o.style === s.style);
        return s.number === 1 && next?.number === 2;
      });
      const inline = markerAtStart(afterHeading(model.folded, part).replace(/^[\s。．.：:；;，,]+/, ''));
      const cut = (s: Subsection): boolean => cutRowLabel(model, part.id, s);
      // A series in the part heading's own style (一、) that starts at the numeral after the heading's own goes on
      // numbering the report's top level: headings in words the format does not name (一、收到申请情况 /
      // 二、申请答复情况) or the next part's heading cut off (二、), no sub-headings of this part.
      const firstTop = subs.find((s) => s.style === 'cjk' && !cut(s));
      const topLevel = part.number > 0 && !part.listNumbered && firstTop !== undefined && firstTop.number === part.number + 1;
      checkSiblings(model, topLevel ? subs.filter((s) => s.style !== 'cjk') : subs, part.bodyStart, `第${spec.numeral}部分`, `Part ${spec.numeral}`, out, inline, cut);
    }
    return out;
  },
);
