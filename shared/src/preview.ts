/**
 * The three tables as a reader sees them, with every finding placed on the cell, label or table it is
 * about: plain data for a preview that draws them as real tables (the editor's webview). Pure: the
 * model and the findings in, localized strings out.
 */
import type { Finding, Severity } from './finding';
import { localize, type Lang } from './i18n';
import type { Table, TableRow } from './model';
import { rowName } from './describe';
import { REQUEST_GROUPS, REQUEST_ORG_SUBTOTAL, REQUEST_ORG_SUBTOTAL_COLUMN, TABLE_NAMES, type TableKind } from './template';
import { comparePositions, compareRanges, type Range } from './text';

export interface PreviewNote {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

export interface PreviewCell {
  /** What the cell holds, trimmed ('' when blank). */
  readonly text: string;
  /** The cell's range; for an absent cell, the empty range at the end of its row. */
  readonly range: Range;
  /** The report has no cell here (a row with too few figures). */
  readonly absent?: boolean;
  /** The most severe finding's severity, when there is one. */
  readonly severity?: Severity;
  readonly notes: readonly PreviewNote[];
}

export interface PreviewRow {
  readonly label: string;
  readonly labelRange: Range;
  /** The row group it belongs to (table 三: （三）不予公开 …), localized. */
  readonly group?: string;
  /** Its columns' names, in the order of `cells`. */
  readonly columns: readonly string[];
  readonly cells: readonly PreviewCell[];
  readonly severity?: Severity;
  /** Findings on the label or the row as a whole. */
  readonly notes: readonly PreviewNote[];
}

export interface PreviewTable {
  readonly kind: TableKind;
  readonly title: string;
  readonly version: 2019 | 2021;
  readonly range: Range;
  readonly rows: readonly PreviewRow[];
  readonly severity?: Severity;
  /** Findings on the table as a whole (blank cells, a missing row). */
  readonly notes: readonly PreviewNote[];
}

export interface PreviewModel {
  readonly tables: readonly PreviewTable[];
  /** Tables of the national format the report does not have. */
  readonly missing: readonly string[];
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, hint: 3 };

function worst(notes: readonly PreviewNote[]): Severity | undefined {
  let w: Severity | undefined;
  for (const n of notes) if (w === undefined || RANK[n.severity] < RANK[w]) w = n.severity;
  return w;
}

const inside = (r: Range, outer: Range) => comparePositions(r.start, outer.start) >= 0 && comparePositions(r.end, outer.end) <= 0;

function groupName(row: TableRow, lang: Lang): string | undefined {
  const id = row.spec?.group;
  const g = id ? REQUEST_GROUPS.find((x) => x.id === id) : undefined;
  return g ? localize(g.name, lang) : undefined;
}

/** The tables of a report, with each finding on the cell, label or table it names. */
export function previewOf(tables: readonly Table[], findings: readonly Finding[], lang: Lang): PreviewModel {
  const note = (f: Finding): PreviewNote => ({ severity: f.severity, code: f.code, message: localize(f.message, lang) });
  const placed = new Set<Finding>();
  const out: PreviewTable[] = tables.map((table) => {
    const inTable = findings.filter((f) => inside(f.range, table.range));
    const subtotal = table.kind === 'requests' && table.rows.some((r) => r.cells.some((c) => c.column === REQUEST_ORG_SUBTOTAL_COLUMN));
    const rows: PreviewRow[] = table.rows.map((row) => {
      // Every column of the row's spec, in order: a cell the report lacks is drawn as absent.
      const indexes = row.spec ? row.spec.columns.map((_, i) => i) : row.cells.map((c) => c.column);
      if (subtotal) indexes.push(REQUEST_ORG_SUBTOTAL_COLUMN);
      const end = { start: row.range.end, end: row.range.end };
      const cells: PreviewCell[] = indexes.map((column) => {
        const cell = row.cells.find((c) => c.column === column);
        if (!cell) return { text: '', range: end, absent: true, notes: [] };
        const notes = inTable.filter((f) => compareRanges(f.range, cell.range) === 0).map((f) => {
          placed.add(f);
          return note(f);
        });
        const severity = worst(notes);
        return { text: cell.raw.trim(), range: cell.range, ...(severity ? { severity } : {}), notes };
      });
      const columns = indexes.map((c) =>
        localize(table.kind === 'requests' && c === REQUEST_ORG_SUBTOTAL_COLUMN ? REQUEST_ORG_SUBTOTAL.name : (row.spec?.columns[c]?.name ?? { 'zh-CN': '', en: '' }), lang),
      );
      const onLabel = inTable.filter((f) => !placed.has(f) && (inside(f.range, row.labelRange) || compareRanges(f.range, row.range) === 0));
      const notes = onLabel.map((f) => {
        placed.add(f);
        return note(f);
      });
      const severity = worst([...notes, ...cells.flatMap((c) => c.notes)]);
      const group = groupName(row, lang);
      // The report's own wording where it differs from the format's (its label-variant note says so).
      const label = row.labelVariant && row.label.trim() !== '' ? row.label.trim() : localize(rowName(row), lang);
      return { label, labelRange: row.labelRange, ...(group ? { group } : {}), columns, cells, ...(severity ? { severity } : {}), notes };
    });
    const notes = inTable.filter((f) => !placed.has(f)).map((f) => {
      placed.add(f);
      return note(f);
    });
    const severity = worst([...notes, ...rows.flatMap((r) => (r.severity ? [{ severity: r.severity, code: '', message: '' }] : []))]);
    return { kind: table.kind, title: localize(TABLE_NAMES[table.kind], lang), version: table.version, range: table.range, rows, ...(severity ? { severity } : {}), notes };
  });
  const present = new Set(tables.map((t) => t.kind));
  const missing = (Object.keys(TABLE_NAMES) as TableKind[]).filter((k) => !present.has(k)).map((k) => localize(TABLE_NAMES[k], lang));
  return { tables: out, missing };
}
