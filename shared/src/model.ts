/**
 * The report model: what the parser finds in a report's text. Plain data with exact LSP ranges;
 * rules read it, nothing mutates it.
 */
import type { CellValue } from './numbers';
import type { Range, SourceLine } from './text';
import type { FormatVersion, PartId, RowSpec, TableKind } from './template';

export type ArtifactKind = 'bookmark' | 'bold' | 'heading-mark' | 'page-number' | 'running-header' | 'repeated-title' | 'invisible' | 'field-code' | 'contents';

/** A leftover of the Word export: not part of the report's content. */
export interface Artifact {
  readonly kind: ArtifactKind;
  readonly range: Range;
  readonly text: string;
  /** The whole line is the artifact (a stray page number): removing it removes the line. */
  readonly wholeLine: boolean;
  /** What the span becomes when the leftover is removed (`**要点**` keeps `要点`). */
  readonly replacement: string;
}

export interface Title {
  readonly text: string;
  /** Covers every line the title is split over. */
  readonly range: Range;
  readonly year?: YearMention;
}

export interface YearMention {
  readonly year: number;
  readonly range: Range;
}

/** One end of the statistical period as written: `2024年1月1日`, or `12月31日` where the year is left out. */
export interface PeriodDate {
  /** The text as written (the range's). */
  readonly text: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly range: Range;
}

export interface StatisticalPeriod {
  readonly startYear: number;
  readonly endYear: number;
  readonly range: Range;
  /** Its first and last day as written (a period of a calendar year runs from 1月1日 to 12月31日). */
  readonly start: PeriodDate;
  readonly end: PeriodDate;
}

export type NumberingStyle = 'paren-cjk' | 'arabic' | 'paren-arabic' | 'circled' | 'cjk';

/** A numbered sub-heading inside a part: `（一）主动公开情况`, `1.主动公开方面`. */
export interface Subsection {
  readonly style: NumberingStyle;
  readonly number: number;
  readonly marker: string;
  readonly markerRange: Range;
  /** The heading text after the marker, up to the first sentence break. */
  readonly title: string;
  /** Marker and title. */
  readonly range: Range;
  /** From the marker to the end of the subsection's last line. */
  readonly fullRange: Range;
  readonly children: readonly Subsection[];
}

export interface Part {
  readonly id: PartId;
  /** The numeral written in the heading (一 … 六), as a number; 0 when there is none. */
  readonly number: number;
  readonly numeral: string;
  readonly numeralRange: Range;
  /** Numbered as a list or a sub-heading is (`1.`, `（一）`) instead of `一、`. */
  readonly listNumbered?: true;
  /** The heading text without its numeral. */
  readonly title: string;
  readonly titleRange: Range;
  /** The numeral and the title. */
  readonly headingRange: Range;
  /** From the heading to the end of the part's last line. */
  readonly range: Range;
  /** Line indexes of the body: from the line after the heading up to (excluding) `bodyEnd`. */
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly subsections: readonly Subsection[];
}

export interface Cell {
  /** Column index in the row spec's columns. */
  readonly column: number;
  /** The cell's text as written (untrimmed). */
  readonly raw: string;
  /** The trimmed content, or an empty range where a blank cell's value belongs. */
  readonly range: Range;
  readonly value: CellValue;
}

export interface TableRow {
  /** Spec of the row; undefined for a row the parser could not name. */
  readonly spec?: RowSpec;
  /** The label's text (the row's last label cell), and its range. */
  readonly label: string;
  readonly labelRange: Range;
  /** The label uses a known non-official wording, or only a fragment matched. */
  readonly labelVariant: boolean;
  readonly cells: readonly Cell[];
  /** Cells beyond the row's columns (not blank). */
  readonly extraCells: readonly Cell[];
  /** How many of the row's columns have no cell at all. */
  readonly missingCells: number;
  /** From the label to the last cell. */
  readonly range: Range;
  /** A subtotal row a report added for a group (（三）不予公开 with its own figures). */
  readonly subtotalOf?: string;
}

/** A column heading read, by its place among the official ones around it, as a misworded official heading. */
export interface HeaderVariant {
  readonly text: string;
  readonly range: Range;
  readonly official: string;
}

export interface Table {
  readonly kind: TableKind;
  readonly version: FormatVersion;
  /** From the table's first line to its last. */
  readonly range: Range;
  /** The first line's content (the table's first header cell), used to place table-wide findings. */
  readonly anchor: Range;
  /** Data rows in document order. */
  readonly rows: readonly TableRow[];
  /** Where 2019 trial wording was recognised (old-format evidence). */
  readonly oldFormatEvidence: readonly Range[];
  readonly layout: 'cell-per-line' | 'row-per-line' | 'mixed';
  /**
   * What parts the cells: TABs (or a Markdown table's pipes), as Word exports tables; or spaces, in a
   * table whose TABs were lost (an editor turned them into spaces, a copy from a PDF or web page). With
   * spaces a blank cell leaves no trace, so a row's figures cannot be placed when some are missing.
   */
  readonly separator: 'tab' | 'space';
  /** Column headings worded differently from the national format (`科研企业` where 科研机构 stands). */
  readonly headerVariants: readonly HeaderVariant[];
  /** Line indexes the table spans. */
  readonly startLine: number;
  readonly endLine: number;
}

export interface ParseProblem {
  readonly kind: 'unknown-row' | 'orphan-cells';
  readonly range: Range;
  readonly table: TableKind;
  readonly text: string;
}

export interface ReportModel {
  /** The document's lines (with their offsets in its text). */
  readonly lines: readonly SourceLine[];
  readonly title?: Title;
  readonly period?: StatisticalPeriod;
  /** Every part heading found, in document order (duplicates included). */
  readonly parts: readonly Part[];
  readonly tables: readonly Table[];
  readonly artifacts: readonly Artifact[];
  readonly problems: readonly ParseProblem[];
  /** Lines that belong to tables (excluded from prose). */
  readonly tableLines: ReadonlySet<number>;
  /** Each line with its export leftovers blanked out (same length as the line). */
  readonly masked: readonly string[];
  /** Each masked line with full-width characters folded to ASCII (`fold`): same length, same offsets. */
  readonly folded: readonly string[];
  /**
   * A report in traditional characters, read through their simplified forms (`lines` holds those): the
   * traditional character the document wrote for each simplified one, so that fixes and messages write its own.
   */
  readonly traditional: { readonly forms: ReadonlyMap<number, number> } | undefined;
}
