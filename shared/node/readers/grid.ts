/**
 * A Word table's grid columns from the positions of its cells' edges, as both Word readers number them: edges a
 * few twips apart are one grid line (a converter's rounding, 3999 in one row and 4000 in the next; LibreOffice's
 * 1-twip sliver column in a .docx's `w:tblGrid`), so a cell is numbered by the column a person sees it in.
 */

/** Twips within which two cell edges are one grid line. */
export const GRID_TOLERANCE = 20;

/** The grid lines of the left edges `xs` (in twips): an edge within the tolerance of the line before it is that line. */
export function gridLines(xs: Iterable<number>): number[] {
  const grid: number[] = [];
  for (const x of [...new Set(xs)].sort((a, b) => a - b)) {
    if (grid.length === 0 || x - grid[grid.length - 1]! > GRID_TOLERANCE) grid.push(x);
  }
  return grid;
}

/** The 1-based grid column of a cell whose left edge is at `x`. */
export function gridColumnAt(grid: readonly number[], x: number): number {
  let g = 0;
  while (g + 1 < grid.length && grid[g + 1]! - GRID_TOLERANCE <= x) g++;
  return g + 1;
}

/** The 1-based column after a row whose last cell ends at `right`: one past the grid lines left of that edge. */
export function columnAfter(grid: readonly number[], right: number): number {
  return grid.filter((x) => x < right - GRID_TOLERANCE).length + 1;
}

/**
 * The grid column a person sees for each of a table's declared columns (0-based index in, 1-based column out),
 * from the columns' widths in twips (a .docx's `w:tblGrid`, an .odt's `table:table-column` styles): columns
 * thinner than the tolerance fold into their neighbour. Without usable widths each column is its own.
 */
export function columnsFromWidths(widths: readonly number[] | undefined): (column: number) => number {
  const total = widths ? widths.reduce((a, w) => a + w, 0) : 0;
  if (!widths || widths.length === 0 || total <= GRID_TOLERANCE * widths.length) return (i) => i + 1;
  const lefts: number[] = [];
  let x = 0;
  for (const w of widths) {
    lefts.push(x);
    x += w;
  }
  const grid = gridLines(lefts);
  const columns = lefts.map((l) => gridColumnAt(grid, l));
  return (i) => (i < columns.length ? columns[i]! : grid.length + 1 + (i - columns.length));
}
