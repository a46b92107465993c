/**
 * The outline: the title, the six parts with their subsections, the three tables (inside their part)
 * with their row groups and rows; and folding ranges for parts, subsections, tables and table 三's row groups.
 */
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver/node';
import { comparePositions, inDocumentForms, localize, REQUEST_GROUPS, rowName, TABLE_NAMES, type Lang, type Position, type Range, type ReportModel, type SourceLine, type Subsection, type Table, type TableRow } from '../../shared/src';

function cover(a: Range, b: Range): Range {
  return {
    start: comparePositions(a.start, b.start) <= 0 ? a.start : b.start,
    end: comparePositions(a.end, b.end) >= 0 ? a.end : b.end,
  };
}

function contains(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

function symbol(name: string, kind: SymbolKind, range: Range, selectionRange: Range, children: DocumentSymbol[] = [], detail?: string): DocumentSymbol {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  const s: DocumentSymbol = { name: trimmed.length > 0 ? trimmed : '—', kind, range, selectionRange };
  if (detail) s.detail = detail;
  if (children.length > 0) s.children = children;
  return s;
}

/**
 * Makes the tree valid for every client: each symbol's range covers its selection range and its
 * children (VS Code rejects an outline where it does not), children in document order.
 */
function normalize(s: DocumentSymbol): DocumentSymbol {
  const children = s.children?.map(normalize).sort((a, b) => comparePositions(a.range.start, b.range.start));
  let range = cover(s.range, s.selectionRange);
  for (const c of children ?? []) range = cover(range, c.range);
  return { ...s, range, ...(children ? { children } : {}) };
}

/** The report's words as it writes them (a traditional report's, read in simplified characters). */
type Own = (words: string) => string;

function subsectionSymbol(s: Subsection, own: Own): DocumentSymbol {
  return symbol(own(`${s.marker}${s.title}`), SymbolKind.Namespace, s.fullRange, s.range, s.children.map((c) => subsectionSymbol(c, own)));
}

function rowSymbol(row: TableRow, lang: Lang, own: Own): DocumentSymbol {
  const label = own(row.label.trim()) || localize(rowName(row), lang);
  return symbol(label, SymbolKind.Field, row.range, row.labelRange);
}

interface Group {
  readonly id: string;
  readonly items: (TableRow | Group)[];
  /** Where the table's rows before the group end (the group's own label cell lies between there and its first row). */
  readonly after: Position;
}

const WHITE = /[\s\u3000]/;

/** Each group's words as a report may space them (`其他 处理`), a few blanks at most between two characters. */
const GROUP_WORDS: ReadonlyMap<string, RegExp> = new Map(
  REQUEST_GROUPS.map((g) => [g.id, new RegExp(g.keywords.map((k) => [...k].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\u3000]{0,2}')).join('|'), 'g')]),
);

/**
 * The group's label cell (`三、本年度办理结果`, `不予公开`): the nearest cell naming it between the rows
 * before the group and its first row's label, on the first row's line (a row per line) or the lines above it
 * (a cell per line). Undefined where none is found (a label split over lines, another script).
 */
function groupLabel(lines: readonly SourceLine[], words: RegExp, after: Position, first: Position): Range | undefined {
  for (let line = first.line; line >= after.line && line >= 0; line--) {
    const text = lines[line]?.text ?? '';
    const lo = line === after.line ? after.character : 0;
    const hi = line === first.line ? first.character : text.length;
    if (hi <= lo) continue;
    let at = -1;
    words.lastIndex = lo;
    for (let m = words.exec(text); m && m.index + m[0].length <= hi; m = words.exec(text)) at = m.index;
    if (at < 0) continue;
    let start = Math.max(lo, text.lastIndexOf('\t', at) + 1);
    const tab = text.indexOf('\t', at);
    let end = tab < 0 || tab > hi ? hi : tab;
    while (start < end && WHITE.test(text[start]!)) start++;
    while (end > start && WHITE.test(text[end - 1]!)) end--;
    return { start: { line, character: start }, end: { line, character: end } };
  }
  return undefined;
}

function groupRange(g: Group): Range | undefined {
  let r: Range | undefined;
  for (const item of g.items) {
    const ir = 'items' in item ? groupRange(item) : item.range;
    if (ir) r = r ? cover(r, ir) : ir;
  }
  return r;
}

/**
 * Table 三's rows in their groups: 三、本年度办理结果 holding （一）… （七） and the four sub-groups.
 * A group holds a run of consecutive rows: a row of a group met again after other rows (a table pasted
 * twice, rows out of order) opens another one there, so that no group reaches over the rows between
 * and siblings never overlap.
 */
function groupedRows(table: Table): (TableRow | Group)[] {
  const top: (TableRow | Group)[] = [];
  let result: Group | undefined;
  let sub: Group | undefined;
  let after = table.range.start;
  for (const row of table.rows) {
    const id = row.subtotalOf ?? row.spec?.group;
    if (!id || !REQUEST_GROUPS.some((g) => g.id === id)) {
      top.push(row);
      result = sub = undefined;
    } else {
      if (!result) {
        result = { id: 'result', items: [], after };
        top.push(result);
      }
      if (id === 'result') {
        result.items.push(row);
        sub = undefined;
      } else {
        // Every group but 本年度办理结果 itself sits inside it.
        if (sub?.id !== id) {
          sub = { id, items: [], after };
          result.items.push(sub);
        }
        sub.items.push(row);
      }
    }
    after = row.range.end;
  }
  return top;
}

/** The label of a group's first row (the place its own label cell comes before). */
function firstLabel(g: Group): Position | undefined {
  const item = g.items[0];
  return item === undefined ? undefined : 'items' in item ? firstLabel(item) : item.labelRange.start;
}

/** A group's extent: its rows and, where found, its label cell before them (then its selection). */
function groupExtent(g: Group, lines: readonly SourceLine[]): { readonly range: Range; readonly label?: Range } | undefined {
  const rows = groupRange(g);
  if (!rows) return undefined;
  const first = firstLabel(g);
  const words = GROUP_WORDS.get(g.id);
  const label = words && first ? groupLabel(lines, words, g.after, first) : undefined;
  return label ? { range: cover(rows, label), label } : { range: rows };
}

function itemSymbol(item: TableRow | Group, lang: Lang, own: Own, lines: readonly SourceLine[]): DocumentSymbol | undefined {
  if (!('items' in item)) return rowSymbol(item, lang, own);
  const extent = groupExtent(item, lines);
  if (!extent) return undefined;
  const spec = REQUEST_GROUPS.find((g) => g.id === item.id);
  const children = item.items.map((i) => itemSymbol(i, lang, own, lines)).filter((s): s is DocumentSymbol => s !== undefined);
  const name = spec ? (lang === 'en' ? spec.name.en : spec.label) : item.id;
  const { range, label } = extent;
  return symbol(name, SymbolKind.Array, range, label ?? { start: range.start, end: range.start }, children);
}

function tableSymbol(table: Table, lang: Lang, own: Own, lines: readonly SourceLine[]): DocumentSymbol {
  const items = table.kind === 'requests' ? groupedRows(table) : table.rows;
  const children = items.map((i) => itemSymbol(i, lang, own, lines)).filter((s): s is DocumentSymbol => s !== undefined);
  return symbol(localize(TABLE_NAMES[table.kind], lang), SymbolKind.Struct, table.range, table.anchor, children, String(table.version));
}

export function documentSymbols(model: ReportModel, lang: Lang): DocumentSymbol[] {
  const forms = model.traditional?.forms;
  const own: Own = forms ? (words) => inDocumentForms(words, forms) : (words) => words;
  const top: DocumentSymbol[] = [];
  // A report that starts with part 一's heading has no title line: the heading read as one is the part's.
  const title = model.title && !model.parts.some((p) => contains(p.range, model.title!.range)) ? model.title : undefined;
  if (title) top.push(symbol(own(title.text), SymbolKind.File, title.range, title.range));
  const parts = model.parts.map((p) => ({
    part: p,
    children: p.subsections.map((s) => subsectionSymbol(s, own)),
  }));
  for (const t of model.tables) {
    const ts = tableSymbol(t, lang, own, model.lines);
    const home = parts.find((p) => contains(p.part.range, t.range)) ?? parts.find((p) => t.startLine >= p.part.bodyStart && t.startLine < p.part.bodyEnd);
    (home ? home.children : top).push(ts);
  }
  for (const { part, children } of parts) {
    const name = own(part.numeral ? `${part.numeral}、${part.title}` : part.title);
    top.push(symbol(name, SymbolKind.Module, part.range, part.headingRange, children));
  }
  return top.map(normalize).sort((a, b) => comparePositions(a.range.start, b.range.start));
}

export function foldingRanges(model: ReportModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (start: number, end: number) => {
    if (end > start) out.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
  };
  for (const p of model.parts) {
    add(p.headingRange.start.line, p.range.end.line);
    const walk = (subs: readonly Subsection[]) => {
      for (const s of subs) {
        add(s.range.start.line, s.fullRange.end.line);
        walk(s.children);
      }
    };
    walk(p.subsections);
  }
  // Tables, and table 三's groups as the outline shows them (in a table of a cell per line, 三、本年度办理结果 spans hundreds of lines).
  const groups = (items: readonly (TableRow | Group)[]) => {
    for (const item of items) {
      if (!('items' in item)) continue;
      const extent = groupExtent(item, model.lines);
      if (extent) add(extent.range.start.line, extent.range.end.line);
      groups(item.items);
    }
  };
  for (const t of model.tables) {
    add(t.startLine, t.endLine);
    if (t.kind === 'requests') groups(groupedRows(t));
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
