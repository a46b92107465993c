/**
 * The links between the prose and the tables. A figure of the prose speaks of the table cells it was
 * compared with: those of the readings that agree with it; when none does, those of every reading with a
 * figure (the ones its narrative-mismatch finding names); when the tables hold no figure for it, those
 * of every reading. A cell is spoken of by the figures linked to it. The editor's go-to-definition,
 * references and highlights follow these links.
 */
import type { CellRef } from './arithmetic';
import { agrees, claimAt, claimsOf, type Claim, type Reading } from './claims';
import type { Cell, ReportModel } from './model';
import { containsPosition, type Position, type Range } from './text';

/** The cells a figure of the prose is compared with, in the order of its readings, each once. */
export function linkedCells(claim: Claim): Cell[] {
  let readings: readonly Reading[] = claim.readings;
  if (claim.holds === true) readings = readings.filter((r) => r.value !== undefined && agrees(claim, r.value));
  else if (claim.holds === false) readings = readings.filter((r) => r.value !== undefined);
  const out: Cell[] = [];
  for (const r of readings) {
    for (const ref of r.cells) if (ref.cell && !out.includes(ref.cell)) out.push(ref.cell);
  }
  return out;
}

/** The cell of a table at a position (a blank cell where its figure belongs), with its table and row. */
export function cellAt(model: ReportModel, p: Position): Required<CellRef> | undefined {
  for (const table of model.tables) {
    if (p.line < table.startLine || p.line > table.endLine) continue;
    for (const row of table.rows) {
      if (!containsPosition(row.range, p)) continue;
      for (const cell of row.cells) if (containsPosition(cell.range, p)) return { table, row, column: cell.column, cell };
    }
  }
  return undefined;
}

export interface Links {
  /** What stands at the position: a figure of the prose (its words) or a table cell. */
  readonly origin: { readonly kind: 'claim' | 'cell'; readonly range: Range };
  /** The cells: those the figure is compared with, or the cell itself. */
  readonly cells: readonly Cell[];
  /** Every figure of the prose linked to one of `cells`, in document order. */
  readonly claims: readonly Claim[];
}

/** The links of the figure or cell at a position; undefined where there is neither, or it has no link. */
export function linksAt(model: ReportModel, p: Position): Links | undefined {
  const claim = claimAt(model, p);
  if (claim) {
    const cells = linkedCells(claim);
    return cells.length > 0 ? { origin: { kind: 'claim', range: claim.range }, cells, claims: claimsLinkedTo(model, cells) } : undefined;
  }
  const cell = cellAt(model, p)?.cell;
  if (!cell) return undefined;
  const claims = claimsLinkedTo(model, [cell]);
  return claims.length > 0 ? { origin: { kind: 'cell', range: cell.range }, cells: [cell], claims } : undefined;
}

/** Every figure of the prose linked to one of `cells`, in document order. */
export function claimsLinkedTo(model: ReportModel, cells: readonly Cell[]): Claim[] {
  return claimsOf(model).filter((c) => linkedCells(c).some((x) => cells.includes(x)));
}
