/** Small readers over the model that several rules share. */
import type { Fix } from '../finding';
import { text } from '../i18n';
import type { Part, ReportModel, Table } from '../model';
import type { PartId, TableKind } from '../template';
import { range, type Range } from '../text';
import { namedReportYear, overviewYear, reportYear } from '../report-year';

/** The year the report is about (report-year.ts), for the rules. */
export { reportYear };

/** The first part with this id, in document order. */
export function partById(model: ReportModel, id: PartId): Part | undefined {
  return model.parts.find((p) => p.id === id);
}

export function tableOf(model: ReportModel, kind: TableKind): Table | undefined {
  return model.tables.find((t) => t.kind === kind);
}

/**
 * What a part's heading line says after its title (`六、其他需要报告的事项：本年度未收取…`), read from `lines`
 * (the model's masked or folded lines): the part's first text.
 */
export function afterHeading(lines: readonly string[], part: Part): string {
  const end = part.headingRange.end;
  return (lines[end.line] ?? '').slice(end.character);
}

/**
 * The prose of a part: what its heading's line says after the title (`afterHeading`), then its body lines
 * outside tables, artifacts removed, joined by newlines.
 */
export function partText(model: ReportModel, part: Part): string {
  const out: string[] = [];
  const after = afterHeading(model.masked, part).replace(/^[\s。．.：:；;，,]+/, '');
  if (after.length > 0) out.push(after);
  for (let l = part.bodyStart; l < part.bodyEnd; l++) {
    if (model.tableLines.has(l)) continue;
    out.push(model.masked[l] ?? '');
  }
  return out.join('\n');
}

/** A range covering a whole line's content (used when nothing more precise exists). */
export function lineRange(model: ReportModel, line: number): Range {
  const l = Math.max(0, Math.min(line, model.lines.length - 1));
  const t = model.lines[l]?.text ?? '';
  const start = t.length - t.trimStart().length;
  return range(l, start, Math.max(start, t.trimEnd().length));
}

/** Where a document-level finding goes: the title, else the first line with content. */
export function documentAnchor(model: ReportModel): Range {
  if (model.title) return model.title.range;
  const first = model.lines.findIndex((l) => l.text.trim() !== '');
  return lineRange(model, first < 0 ? 0 : first);
}

/**
 * A report for a year before 2021: the 2021 format (国办公开办函〔2021〕30号, from the 2021 reports on) and the
 * 信息处理费 rules (国办函〔2020〕109号, from 1 January 2021) do not apply to it. A report of unknown year is
 * held to them.
 */
export function before2021(model: ReportModel): boolean {
  // Without a title's year or a period: the report the preface names, else the one year the overview's
  // paragraphs open with (a web copy whose title stayed in the page's header).
  const year = reportYear(model) ?? namedReportYear(model)?.year ?? overviewYear(model);
  return year !== undefined && year < 2021;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Words of the prose quoted in a message: without spaces, at most 40 characters. A longer quotation keeps its
 * both ends (a claim's figure closes it: “印发《…》（潭政办发〔2024〕5号）等行政规范性文件9件” keeps the 9件).
 */
export function excerpt(s: string): string {
  const flat = s.replace(/\s+/g, '');
  if (flat.length <= 40) return flat;
  // Never between the two halves of a character outside the BMP.
  const head = isHighSurrogate(flat.charCodeAt(18)) ? 18 : 19;
  const tail = isLowSurrogate(flat.charCodeAt(flat.length - 20)) ? 19 : 20;
  return `${flat.slice(0, head)}…${flat.slice(-tail)}`;
}

/** What the prose said, quoted in a message: `“共受理申请35件”`. */
export function quoted(said: { readonly text: string }): string {
  return `“${excerpt(said.text)}”`;
}

/** The fix that writes one cell's figure: 改为 N (`newText` as the cell will read, N as the title says it). */
export function changeTo(range: Range, newText: string, figure: string | number = newText): Fix {
  return { title: text(`改为 ${figure}`, `Change to ${figure}`), edits: [{ range, newText }] };
}
