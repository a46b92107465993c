import type { ReportModel } from './model';

/**
 * The columns of the invisible characters (a web page's zero-width space, soft hyphen: `invisible` artifacts) of each
 * line that has any. What reads words across them (the prose's stream, enumeration-gap: 共收\u200b到, 一\u200b是) skips
 * these columns.
 */
export function invisibleColumns(model: Pick<ReportModel, 'artifacts'>): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const a of model.artifacts) {
    if (a.kind !== 'invisible' || a.range.start.line !== a.range.end.line) continue;
    const columns = out.get(a.range.start.line) ?? new Set<number>();
    for (let c = a.range.start.character; c < a.range.end.character; c++) columns.add(c);
    out.set(a.range.start.line, columns);
  }
  return out;
}
