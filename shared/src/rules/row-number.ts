import { rowName } from '../describe';
import { text } from '../i18n';
import { fold, labelKey, stripNumbering } from '../normalize';
import { parseChineseNumber } from '../numbers';
import { markerAtStart } from '../parse/headings';
import { ShortKeyMemo } from '../memo';
import type { Table, TableRow } from '../model';
import { defineRule, type RuleFinding } from '../rule';
import { CJK_NUMERALS, REQUEST_GROUPS, TABLE_NAMES, rowsFor, type GroupSpec, type RowSpec } from '../template';
import { range, type Position } from '../text';

type MarkerStyle = 'arabic' | 'paren-cjk' | 'cjk';

/** A label's leading list marker: its style, its number, and where its number is written. */
interface Marker {
  readonly style: MarkerStyle;
  readonly number: number;
  /** Offsets of the number (the digits or the numeral) in the string read. */
  readonly from: number;
  readonly to: number;
}

/**
 * The list marker at the start of `s`, a folded label or field (`1.`, `2、`, `(三)`, `四、`), if it is in one of the
 * styles the format numbers its rows with; blanks before it are skipped.
 */
export function leadingMarker(s: string): Marker | undefined {
  let i = 0;
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  const m = markerAtStart(i === 0 ? s : s.slice(i), true);
  if (!m || (m.style !== 'arabic' && m.style !== 'paren-cjk' && m.style !== 'cjk')) return undefined;
  return { style: m.style, number: m.number, from: i + m.numberStart, to: i + m.numberEnd };
}

/**
 * The marker of a row's official label, and that marker as the label writes it with its stop or bracket (`1.`, `(三)`,
 * `一、`, folded): a label that begins with it has the right number. Read once per row of the format.
 */
interface SpecMarker {
  readonly marker: Marker;
  readonly prefix: string | undefined;
}

const SPEC_MARKERS = new Map<RowSpec, SpecMarker | undefined>();

function specMarker(spec: RowSpec): SpecMarker | undefined {
  if (SPEC_MARKERS.has(spec)) return SPEC_MARKERS.get(spec);
  const label = fold(spec.label);
  const marker = leadingMarker(label);
  const stop = marker ? label[marker.to] : undefined;
  const read = marker && { marker, prefix: stop === '.' || stop === '、' || stop === ')' ? label.slice(0, marker.to + 1) : undefined };
  SPEC_MARKERS.set(spec, read);
  return read;
}

/**
 * Whether `line` has, at `at`, the official marker `prefix` of its row with no digit after it: that marker then
 * reads as the official one (a digit after `1.` may make it a decimal, or a year: that is read in full).
 */
function officialMarkerAt(line: string, at: number, prefix: string | undefined): boolean {
  if (prefix === undefined || !line.startsWith(prefix, at)) return false;
  const next = at + prefix.length;
  if (next >= line.length) return true;
  const c = line.charCodeAt(next);
  return c < 48 || c > 57;
}

/** How the format writes `number` in a marker of `style` (its markers go to 八 and （七）). */
function written(style: MarkerStyle, number: number): string {
  return style === 'arabic' || number > CJK_NUMERALS.length ? String(number) : CJK_NUMERALS[number - 1]!;
}

/**
 * The rows whose numbers can be read against the format's: a group (the items of （三）不予公开, …, or the
 * rows outside any group) is checked only when each of its rows is found once and in the format's order —
 * a group with a row missing or moved may be numbered for what it holds, and missing-row or row-order say
 * what is wrong with it.
 */
function checkedRows(table: Table, specs: readonly RowSpec[]): TableRow[] {
  const found = new Map<string, TableRow[]>();
  for (const row of table.rows) {
    if (!row.spec || row.subtotalOf) continue;
    const key = row.spec.group ?? '';
    const rows = found.get(key);
    if (rows) rows.push(row);
    else found.set(key, [row]);
  }
  const out: TableRow[] = [];
  for (const [key, want] of specGroups(specs)) {
    const rows = found.get(key);
    if (!rows || rows.length !== want.length) continue;
    let i = 0;
    while (i < rows.length && rows[i]!.spec === want[i]) i++;
    if (i === rows.length) for (const row of rows) out.push(row);
  }
  return out;
}

/** The rows of a format's table by group, in the order the groups first come (made once per table of the format). */
const SPEC_GROUPS = new Map<readonly RowSpec[], ReadonlyMap<string, readonly RowSpec[]>>();

function specGroups(specs: readonly RowSpec[]): ReadonlyMap<string, readonly RowSpec[]> {
  let groups = SPEC_GROUPS.get(specs);
  if (!groups) {
    const byGroup = new Map<string, RowSpec[]>();
    for (const spec of specs) {
      const key = spec.group ?? '';
      const g = byGroup.get(key);
      if (g) g.push(spec);
      else byGroup.set(key, [spec]);
    }
    SPEC_GROUPS.set(specs, (groups = byGroup));
  }
  return groups;
}

/** A block caption of table 二 on a folded line: `第二十条第(五)项` (group 1: the item's numeral). */
const CAPTION = /第二十条第[ \t]*\([ \t]*([一二三四五六七八九十]{1,3})[ \t]*\)[ \t]*项/g;

interface Caption {
  readonly line: number;
  /** Offsets of the numeral in the line. */
  readonly from: number;
  readonly to: number;
  readonly number: number;
}

/** The block captions written in table 二's lines, in document order. */
function captionsOf(table: Table, folded: readonly string[]): Caption[] {
  const out: Caption[] = [];
  for (let l = table.startLine; l <= table.endLine; l++) {
    const line = folded[l] ?? '';
    if (!line.includes('二十条')) continue;
    CAPTION.lastIndex = 0;
    for (let m = CAPTION.exec(line); m; m = CAPTION.exec(line)) {
      const number = parseChineseNumber(m[1]!);
      const from = m.index + m[0].indexOf(m[1]!, m[0].indexOf('('));
      if (number !== undefined) out.push({ line: l, from, to: from + m[1]!.length, number });
    }
  }
  return out;
}

/**
 * A line of table 二 that is a block caption citing another article than 第二十条 (`第二十一条第（一）项`, a slip): the
 * whole line (cells' tabs and bars aside) is the caption; group 1 is the article's numeral.
 */
const OTHER_ARTICLE = /^[\t |]*第[ \t]*([一二三四五六七八九十]{1,4})[ \t]*条[ \t]*第[ \t]*\([ \t]*[一二三四五六七八九十]{1,3}[ \t]*\)[ \t]*项[\t |]*$/;

/** Table 二's block captions whose article is not 二十 (the lines just before the table too: an unknown caption starts no table). */
function wrongArticles(table: Table, folded: readonly string[]): { line: number; from: number; to: number }[] {
  const out: { line: number; from: number; to: number }[] = [];
  for (let l = Math.max(0, table.startLine - 2); l <= table.endLine; l++) {
    const line = folded[l] ?? '';
    if (!line.includes('条')) continue;
    const m = OTHER_ARTICLE.exec(line);
    if (!m || parseChineseNumber(m[1]!) === 20) continue;
    const from = line.indexOf(m[1]!, line.indexOf('第'));
    out.push({ line: l, from, to: from + m[1]!.length });
  }
  return out;
}

/** Whether the place (`line`, `character`) is at or before `p`. */
const upTo = (line: number, character: number, p: Position): boolean => line < p.line || (line === p.line && character <= p.character);

/**
 * Table 二's captions whose item is not the one of the rows under them (`第二十条第（九）项` over 行政事业性收费, whose
 * block is （八）): a caption is read against the rows between it and the next caption, when there are some and
 * all belong to one block.
 */
function wrongCaptions(table: Table, folded: readonly string[]): { caption: Caption; want: number }[] {
  const captions = captionsOf(table, folded);
  const out: { caption: Caption; want: number }[] = [];
  // The rows are in document order: one walk over them serves every caption.
  let r = 0;
  for (let i = 0; i < captions.length; i++) {
    const c = captions[i]!;
    const next = captions[i + 1];
    while (r < table.rows.length && !upTo(c.line, c.to, table.rows[r]!.labelRange.start)) r++;
    let want: number | undefined;
    let rows = 0;
    let one = true;
    for (; r < table.rows.length && !(next && upTo(next.line, next.from, table.rows[r]!.labelRange.start)); r++) {
      const spec = table.rows[r]!.spec;
      if (!spec) continue;
      if (rows++ === 0) want = spec.article20;
      else if (spec.article20 !== want) one = false;
    }
    if (rows > 0 && one && want !== undefined && want !== c.number) out.push({ caption: c, want });
  }
  return out;
}

/** Table 三's group labels (`（三）不予公开`, `三、本年度办理结果`) by their words, with the number the format gives them. */
const GROUP_MARKERS: ReadonlyMap<string, { readonly group: GroupSpec; readonly marker: Marker }> = new Map(
  REQUEST_GROUPS.flatMap((group) => {
    const marker = leadingMarker(fold(group.label));
    return marker ? [[stripNumbering(labelKey(group.label)), { group, marker }] as const] : [];
  }),
);

/** The longest field read as a group label. */
const MAX_GROUP_FIELD = 16;

/**
 * The group and the marker a field of table 三 labels, when it is a group's label: read once per field as written
 * (the same labels recur in every report; reading each one's marker and key was most of the rule's time).
 */
const GROUP_LABEL_OF = new ShortKeyMemo<{ readonly group: GroupSpec; readonly marker: Marker } | undefined>((field) => {
  const marker = leadingMarker(field);
  const known = marker ? GROUP_MARKERS.get(stripNumbering(labelKey(field))) : undefined;
  return marker && known ? { group: known.group, marker } : undefined;
}, MAX_GROUP_FIELD);

interface GroupLabel {
  readonly group: GroupSpec;
  readonly marker: Marker;
  readonly line: number;
  /** Offset of the label's field in its line, and its end. */
  readonly at: number;
  readonly end: number;
}

/**
 * The group labels written in table 三's lines, each a field of its own (a line, or a cell between TABs or
 * pipes) that is the group's whole label after a list marker.
 */
function groupLabelsOf(table: Table, folded: readonly string[]): GroupLabel[] {
  const out: GroupLabel[] = [];
  for (let l = table.startLine; l <= table.endLine; l++) {
    const line = folded[l] ?? '';
    for (let start = 0; start <= line.length; ) {
      let end = start;
      // Whether the field has a character beyond ASCII: a label of only ASCII (a figure) has no group's words.
      let wide = false;
      for (; end < line.length; end++) {
        const c = line.charCodeAt(end);
        if (c === 9 || c === 124) break;
        if (c >= 128) wide = true;
      }
      // Only a field of a group label's length is cut out and read (most of the table's fields are figures).
      if (wide && end - start >= 3 && end - start <= MAX_GROUP_FIELD) {
        const label = GROUP_LABEL_OF.get(line.slice(start, end));
        if (label) out.push({ group: label.group, marker: label.marker, line: l, at: start, end });
      }
      start = end + 1;
    }
  }
  return out;
}

export default defineRule(
  {
    code: 'row-number',
    severity: 'warning',
    category: 'table',
    title: text('表格栏目序号有误', 'Wrong number in a table row’s label'),
    fixable: true,
    doc: {
      summary: text('表格某行标签或表二某块标题的序号与国家格式不同（如“（五）不予处理”下的第4项写成了“5.”）。', 'A table row’s label, or a block caption of table 二, carries a different number from the national format’s (item 4 of （五）不予处理 numbered 5.).'),
      details: text(
        '国家格式为表三各行编了序号：“一、”“二、”“三、”“四、”，办理结果的“（一）”至“（七）”，其下各项的“1.”“2.”…。某行的文字与国家格式相同、序号的写法也相同，但序号不同（复制时改错、删改后没有重排），读者按序号对照时会读错，评议时也会作为表格错误扣分。只在该组各行都在、且顺序正确时检查：缺了行或行的位置不对时，由 missing-row 或 row-order 报告，序号可能是按实际的行重排的。表三的分组标题（“三、本年度办理结果”“（三）不予公开”至“（六）其他处理”）和表二各块的标题“第二十条第（一）项”“（五）项”“（六）项”“（八）项”也一样：标题的序号与其下各行所属的条款不符时（“行政事业性收费”上方写成“第二十条第（九）项”）指出。块标题引错了条（“第二十一条第（一）项”）时也指出，修复改为“第二十条”。序号写法不同（“（1）”写作“1.”）不算错误。提供只改序号的修复。',
        'The national format numbers the rows of table 三: 一、 二、 三、 四、, the outcomes (一) to (七), and the items under them 1. 2. …. A row whose words are the format’s, numbered in the same style but with another number (miscopied, or not renumbered after an edit), misleads a reader who compares by number, and evaluators count it as a fault in the table. A group is checked only when all its rows are present and in order: with a row missing or moved, the numbers may follow the rows that are there, and missing-row or row-order tell what is wrong. So are table 三’s group labels (三、本年度办理结果, （三）不予公开 to （六）其他处理) and table 二’s block captions 第二十条第（一）项, （五）项, （六）项, （八）项: a caption whose item is not the one of the rows under it (第二十条第（九）项 over 行政事业性收费) is reported. So is a caption citing another article (第二十一条第（一）项), with a fix to 第二十条. Another style of numbering ((1) for 1.) is not reported. A fix changes the number only.',
      ),
      bad: '4.要求提供公开出版物',
      good: '3.要求提供公开出版物',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const table of model.tables) {
      if (table.kind === 'active') {
        for (const a of wrongArticles(table, model.folded)) {
          const at = range(a.line, a.from, a.to);
          const wrote = model.lines[a.line]?.text.slice(a.from, a.to) ?? '';
          out.push({
            range: at,
            message: text(
              `${TABLE_NAMES.active['zh-CN']}的块标题写的是“第${wrote}条”：表二各块依据《条例》第二十条，应为“第二十条”。`,
              `${TABLE_NAMES.active.en}: a block caption cites article ${wrote} (第${wrote}条); the blocks of table 二 are items of article 20 (第二十条).`,
            ),
            related: [],
            fixes: [{ title: text('条号改为“二十”', 'Change the article to 二十'), edits: [{ range: at, newText: '二十' }] }],
          });
        }
        for (const { caption: c, want } of wrongCaptions(table, model.folded)) {
          const at = range(c.line, c.from, c.to);
          const wrote = model.lines[c.line]?.text.slice(c.from, c.to) ?? '';
          const right = written('cjk', want);
          out.push({
            range: at,
            message: text(
              `${TABLE_NAMES.active['zh-CN']}的“第二十条第（${wrote}）项”序号有误：其下的行属于第二十条第（${right}）项。`,
              `${TABLE_NAMES.active.en}: the caption “第二十条第（${wrote}）项” heads rows of item (${right}) of article 20 (第二十条第（${right}）项).`,
            ),
            related: [],
            fixes: [{ title: text(`序号改为“${right}”`, `Renumber as ${right}`), edits: [{ range: at, newText: right }] }],
          });
        }
      }
      if (table.kind === 'requests') {
        const labels = groupLabelsOf(table, model.folded);
        // Each group's label once: a table with a group repeated or written twice is duplicate-row's and row-order's.
        const count = new Map<GroupSpec, number>();
        for (const g of labels) count.set(g.group, (count.get(g.group) ?? 0) + 1);
        const once = labels.filter((g) => count.get(g.group) === 1);
        for (const g of once) {
          const want = GROUP_MARKERS.get(stripNumbering(labelKey(g.group.label)))!.marker;
          if (g.marker.style !== want.style || g.marker.number === want.number) continue;
          const at = range(g.line, g.at + g.marker.from, g.at + g.marker.to);
          const source = model.lines[g.line]?.text ?? '';
          const wrote = source.slice(at.start.character, at.end.character);
          const label = source.slice(g.at, g.end).trim();
          const right = written(want.style, want.number);
          out.push({
            range: at,
            message: text(
              `${TABLE_NAMES.requests['zh-CN']}“${label}”的序号有误：国家格式中为“${g.group.label}”，序号为“${right}”，表中写的是“${wrote}”。`,
              `${TABLE_NAMES.requests.en}: the group “${label}” is numbered ${wrote}; the national format numbers it ${right} (“${g.group.label}”).`,
            ),
            related: [],
            fixes: [{ title: text(`序号改为“${right}”`, `Renumber as ${right}`), edits: [{ range: at, newText: right }] }],
          });
        }
      }
      const specs = rowsFor(table.kind, table.version);
      for (const row of checkedRows(table, specs)) {
        const official = specMarker(row.spec!);
        if (!official) continue;
        const want = official.marker;
        const r = row.labelRange;
        const line = model.folded[r.start.line] ?? '';
        // Most labels begin with their official marker: nothing to read.
        if (officialMarkerAt(line, r.start.character, official.prefix)) continue;
        // A label broken over lines (`4.无正当理由` / `大量反复申请`) has its number on its first line: read from the label's start
        // to that line's end, and only where the label's own text begins with the same marker.
        const multiLine = r.start.line !== r.end.line;
        const has = leadingMarker(line.slice(r.start.character, multiLine ? line.length : r.end.character));
        if (!has || has.style !== want.style || has.number === want.number) continue;
        if (multiLine) {
          const own = leadingMarker(fold(row.label));
          if (!own || own.style !== has.style || own.number !== has.number) continue;
        }
        const source = model.lines[r.start.line]?.text ?? '';
        const from = r.start.character + has.from;
        const to = r.start.character + has.to;
        const wrote = source.slice(from, to);
        const right = written(want.style, want.number);
        const name = rowName(row);
        const at = range(r.start.line, from, to);
        out.push({
          range: at,
          message: text(
            `${TABLE_NAMES[table.kind]['zh-CN']}“${row.label.trim()}”的序号有误：国家格式中这一行是“${name['zh-CN']}”，序号为“${right}”，表中写的是“${wrote}”。`,
            `${TABLE_NAMES[table.kind].en}: the row “${row.label.trim()}” is numbered ${wrote}; the national format numbers it ${right} (“${name.en}”).`,
          ),
          related: [],
          fixes: [{ title: text(`序号改为“${right}”`, `Renumber as ${right}`), edits: [{ range: at, newText: right }] }],
        });
      }
    }
    return out;
  },
);
