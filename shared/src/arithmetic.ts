/**
 * The arithmetic of tables 三 and 四 as linear relations between cells, and a solver that finds which
 * cells to correct.
 *
 * Every relation says `target = Σ ±terms`. A relation is evaluated only when all its cells hold
 * whole, non-negative numbers in rows of the right width (a blank or malformed cell, or a row with
 * cells missing or extra, has its own finding). When relations fail, the solver first looks for
 * single cells that explain every failure they take part in and break nothing that holds (one
 * mistyped figure breaks its row and its column by the same amount); before that, per table, the one
 * smallest set of cells whose changes make every checked relation hold is corrected when there is one
 * (two mistyped figures in one column: each row fails by its own figure, the column by both, and no
 * single cell explains its failures alone). When several such sets are as small, only the changes they all
 * make alike are corrected and nothing else in that table: its other failures are reported without a value
 * (a group of table 四 that does not add up could have any of its five figures wrong). What remains is corrected by
 * recomputing totals in dependency order (row totals, then （七）总计, then 四), except that a total
 * which agrees with its other relations is left alone when an unchecked term can explain the
 * failure. Where no figure can be computed (it would be negative, or no single cell explains a
 * contradiction) the failure is reported without a value. Applying every computed value leaves a
 * table in which every other evaluated relation holds.
 */
import { packedMap } from './arrays';
import { countedFigure } from './numbers';
import type { Cell, ReportModel, Table, TableRow } from './model';
import { REQUEST_ORG_SUBTOTAL_COLUMN, REQUEST_ROWS_2019, REQUEST_ROWS_2021, REQUEST_TOTAL_COLUMN, type RowSpec } from './template';
import { containsPosition, type Position } from './text';
import { Derived } from './derived';
import { keepShape } from './shapes';

export type ArithmeticCode = 'row-total' | 'column-total' | 'balance' | 'review-total';

export interface CellRef {
  readonly table: Table;
  readonly row: TableRow;
  readonly column: number;
  /** Undefined when the row lacks this column. */
  readonly cell?: Cell;
}

export interface Term {
  readonly ref: CellRef;
  readonly sign: 1 | -1;
}

export interface Relation {
  readonly code: ArithmeticCode;
  readonly target: CellRef;
  readonly terms: readonly Term[];
  /** False when a row the relation needs is missing from the table. */
  readonly complete: boolean;
}

export interface RelationState {
  readonly relation: Relation;
  /** All cells are whole non-negative numbers and no row is missing. */
  readonly evaluable: boolean;
  /** Σ ±terms, when evaluable. */
  readonly expected?: number;
  /** The target's value, when evaluable. */
  readonly actual?: number;
  readonly holds: boolean;
}

export interface Correction {
  readonly ref: CellRef;
  readonly cell: Cell;
  readonly actual: number;
  /** The value that satisfies the relations; undefined when none can be computed (it would be negative). */
  readonly value?: number;
  readonly code: ArithmeticCode;
  /** The failing relations (as the table stands) that this cell takes part in. */
  readonly violated: readonly RelationState[];
  /** The cell was singled out because it explains several failures by itself. */
  readonly localized: boolean;
  /**
   * Why no value is given: the relation would need a negative figure (（七）总计 above 一 + 二), or
   * its relations contradict each other in a way no single cell explains, or the total agrees with its other
   * relations and the fault lies among its terms, more than one of them (`agrees`), or several sets of figures,
   * as few, could be changed alike to make the table's relations hold (`alike`: a group of table 四 that does
   * not add up could have any of its figures wrong).
   */
  readonly reason?: 'negative' | 'ambiguous' | 'agrees' | 'alike' | 'crowded';
  /**
   * With `alike`: the figure the cell would take were it the one mistyped (a total recomputed from its terms), one
   * of the tables the figures allow. Prose that gives it is not told it disagrees with the table.
   */
  readonly possible?: number;
}

/**
 * A fault of a table's layout that explains every failing relation of the table at once, reported once in place
 * of a finding per relation (whose figures would be guesses): two figures swapped (`swap`: their exchange makes
 * every relation hold), the totals written in another column (`totals-column`: one applicant column holds, row by
 * row, the sum of the others, the column order of the header changed or two columns swapped), an applicant column
 * left at 0 (`zero-column`: every failing row's total exceeds its sum, and the differences, put into that column,
 * make every relation hold), a row with the very figures of the row above (`pasted-row`: every failing
 * relation runs through it), or a row moved one cell to the right (`shifted-row`: its first cell blank, its total
 * fallen off; moved back, with the total its figures give, every relation holds).
 */
export interface LayoutFault {
  readonly kind: 'swap' | 'totals-column' | 'zero-column' | 'pasted-row' | 'shifted-row';
  /** The rule that reports it: the code of the table's first failing relation (row totals first). */
  readonly code: ArithmeticCode;
  readonly table: Table;
  /**
   * swap: the two cells; totals-column and zero-column: the column's cell in the first failing row; shifted-row:
   * the row's cells.
   */
  readonly cells: readonly CellRef[];
  /** totals-column and zero-column: the columns that fit (more than one when the figures cannot tell). */
  readonly columns: readonly number[];
  /** pasted-row: the row and the one above it with the same figures. */
  readonly rows: readonly TableRow[];
  /** The table's relations that fail as written. */
  readonly failing: readonly RelationState[];
  /** swap: the exchange is also the one smallest correction of the table (the fix is applied by --fix). */
  readonly sure: boolean;
  /** shifted-row: the row's figures moved back, by cell. */
  readonly figures?: ReadonlyMap<Cell, number>;
  /**
   * swap: the one figure whose change alone would make the table hold as well (a group of table 四 whose 总计 is 0
   * where a term is the sum), when there is one: the finding stands on it, both readings offered, neither applied.
   */
  readonly single?: { readonly ref: CellRef; readonly value: number };
}

export interface ArithmeticAnalysis {
  readonly relations: readonly RelationState[];
  readonly corrections: readonly Correction[];
  /** Layout faults; the tables they explain have no corrections. */
  readonly layout: readonly LayoutFault[];
}

/**
 * A cell's count for the relations: its number when that is a whole number not below 0; a placeholder
 * for none (“/”, “—”, “无”) counts 0 and a count with its unit (“13件”) its figure, as a reader of the
 * table counts them (cell-not-number reports the slip itself). Other slips (the letter O, words) leave
 * the cell out: “1O” may be 10 or 0.
 */
function countOf(cell: Cell | undefined): number | undefined {
  const n = cell && countedFigure(cell.value, cell.raw);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/**
 * The figures of the cells as the search below corrects them: a cell's own count unless `corrected` holds a figure
 * for it. (Only the corrections are kept: most reports need none, and then no cell is looked up in a map.) The map is
 * read where it is, not copied: a copy made for every relation evaluated with a few figures changed (the search for
 * a layout fault, the findings' figures) was a tenth of the arithmetic's time over the benchmark reports.
 */
function valueOf(corrected: ReadonlyMap<Cell, number>, cell: Cell | undefined): number | undefined {
  if (!cell) return undefined;
  if (corrected.size > 0) {
    const v = corrected.get(cell);
    if (v !== undefined) return v;
  }
  return countOf(cell);
}

/**
 * A row with cells missing or extra (cell-count reports it) cannot say which figure belongs to
 * which column, so none of its figures takes part in a relation.
 */
function aligned(row: TableRow): boolean {
  return row.missingCells === 0 && row.extraCells.length === 0;
}

/**
 * Most rows of the table have cells missing or extra: its columns are not the format's (the 总计 column left out),
 * and a row that reads as complete may owe that to a stray field (the empty one of a label spanning two columns).
 * cell-count reports the table once; its blanks are not filled and prose is not read against it.
 */
export function columnsUnlike(table: Table): boolean {
  let rows = 0;
  let off = 0;
  for (const r of table.rows) {
    if (!r.spec) continue;
    rows++;
    if (!aligned(r)) off++;
  }
  return off * 2 > rows;
}

function ref(table: Table, row: TableRow, column: number): CellRef {
  return { table, row, column, cell: aligned(row) ? row.cells[column] : undefined };
}

function firstById(table: Table): Map<string, TableRow> {
  const m = new Map<string, TableRow>();
  for (const r of table.rows) if (r.spec && !m.has(r.spec.id)) m.set(r.spec.id, r);
  return m;
}

/**
 * One reference and one `+` term per cell of `table`, made when first asked for and shared by the relations the
 * cell takes part in (a figure is in its row's sum, its column's and the balance): table 三's relations named
 * some 300 cells, made afresh each time, for 180 distinct ones.
 */
class SharedTerms {
  private readonly byRow = new Map<TableRow, Term[]>();

  constructor(private readonly table: Table) {}

  /** The `+` term of the cell of `row` in `column`. (A method, not a closure made per table: see Solving.) */
  plus(row: TableRow, column: number): Term {
    let terms = this.byRow.get(row);
    if (!terms) this.byRow.set(row, (terms = []));
    return (terms[column] ??= { ref: ref(this.table, row, column), sign: 1 });
  }
}
// (The kept instance has no table: only its hidden class is wanted.)
keepShape(new SharedTerms(null as unknown as Table));

function requestRelations(table: Table, specs: readonly RowSpec[]): Relation[] {
  const rels: Relation[] = [];
  const shared = new SharedTerms(table);
  const byId = firstById(table);
  const width = REQUEST_TOTAL_COLUMN + 1;
  // The parser reads a table of eight columns as the seven official ones and the subtotal after them.
  const wide = table.rows.some((r) => r.spec && r.cells.length > REQUEST_ORG_SUBTOTAL_COLUMN);
  // Row totals: the six applicant columns add up to 总计, on every row (subtotal rows included).
  for (const row of table.rows) {
    if (row.cells.length < width) continue;
    // (A plain loop: `Array.from({ length })` walks an array-like object, several times slower in V8.)
    const terms: Term[] = [];
    for (let c = 0; c < REQUEST_TOTAL_COLUMN; c++) terms.push(shared.plus(row, c));
    rels.push({ code: 'row-total', target: shared.plus(row, REQUEST_TOTAL_COLUMN).ref, terms, complete: true });
    // An eighth column, the 法人或其他组织 subtotal, is the sum of the five kinds of organisation.
    if (wide && row.cells.length > REQUEST_ORG_SUBTOTAL_COLUMN) {
      rels.push({
        code: 'row-total',
        target: shared.plus(row, REQUEST_ORG_SUBTOTAL_COLUMN).ref,
        terms: packedMap([1, 2, 3, 4, 5], (c) => shared.plus(row, c)),
        complete: true,
      });
    }
  }
  const outcomeRows = packedMap(outcomeSpecsOf(specs), (s) => byId.get(s.id));
  const allOutcomes = outcomeRows.every((r) => r !== undefined);
  const total = byId.get('total');
  // Subtotal rows some offices add for a group: each equals the sum of its items.
  for (const sub of table.rows.filter((r) => r.subtotalOf)) {
    const items = packedMap(specs.filter((s) => s.group === sub.subtotalOf), (s) => byId.get(s.id));
    for (let c = 0; c < Math.min(width, sub.cells.length); c++) {
      rels.push({
        code: 'column-total',
        target: shared.plus(sub, c).ref,
        terms: packedMap(items.filter((r): r is TableRow => r !== undefined), (r) => shared.plus(r, c)),
        complete: items.every((r) => r !== undefined),
      });
    }
  }
  if (total) {
    for (let c = 0; c < width; c++) {
      rels.push({
        code: 'column-total',
        target: shared.plus(total, c).ref,
        terms: packedMap(outcomeRows.filter((r): r is TableRow => r !== undefined), (r) => shared.plus(r, c)),
        complete: allOutcomes,
      });
    }
  }
  const neu = byId.get('new');
  const carried = byId.get('carried');
  const next = byId.get('carryNext');
  if (neu && carried && total && next) {
    for (let c = 0; c < width; c++) {
      rels.push({
        code: 'balance',
        target: shared.plus(next, c).ref,
        terms: [
          shared.plus(neu, c),
          shared.plus(carried, c),
          { ref: shared.plus(total, c).ref, sign: -1 },
        ],
        complete: true,
      });
    }
  }
  return rels;
}

/** The rows of the format that （七）总计 adds up, by format (found once per format, not once per table). */
const OUTCOME_SPECS = new Map<readonly RowSpec[], readonly RowSpec[]>();

function outcomeSpecsOf(specs: readonly RowSpec[]): readonly RowSpec[] {
  let outcomes = OUTCOME_SPECS.get(specs);
  if (!outcomes) OUTCOME_SPECS.set(specs, (outcomes = specs.filter((s) => s.outcome)));
  return outcomes;
}

function reviewRelations(table: Table): Relation[] {
  const row = table.rows.find((r) => r.spec?.id === 'cases');
  if (!row) return [];
  return packedMap([0, 1, 2], (g) => ({
    code: 'review-total' as const,
    target: ref(table, row, g * 5 + 4),
    terms: packedMap([0, 1, 2, 3], (k) => ({ ref: ref(table, row, g * 5 + k), sign: 1 as const })),
    complete: true,
  }));
}

/** The relations of every table in the model (tables 三 and 四). */
export function relationsOf(model: ReportModel): Relation[] {
  const out: Relation[] = [];
  for (const t of model.tables) {
    if (t.kind === 'requests') {
      out.push(...requestRelations(t, t.version === 2019 ? REQUEST_ROWS_2019 : REQUEST_ROWS_2021));
    } else if (t.kind === 'review') {
      out.push(...reviewRelations(t));
    }
  }
  return out;
}

/**
 * `relationsOf`, kept by the model's tables: analyzeArithmetic and blankFill (the blank-cell rule) both build
 * on them, and a report with blanks had them built twice (the relations are ~58 KB allocated a report).
 */
const relationsCache = new Derived<ReportModel['tables'], Relation[]>('relations');

function sharedRelationsOf(model: ReportModel): readonly Relation[] {
  let relations = relationsCache.get(model.tables);
  if (!relations) {
    relations = relationsOf(model);
    relationsCache.set(model.tables, relations);
  }
  return relations;
}

/** Evaluation order for recomputing totals: each relation's target depends only on those of lower ranks. */
function derivationRank(r: Relation): number {
  const id = r.target.row.spec?.id;
  switch (r.code) {
    case 'row-total':
      // A subtotal row's own total comes after its figures are recomputed from the items.
      return id === 'total' ? 4 : id === 'carryNext' ? 6 : r.target.row.subtotalOf ? 2 : 0;
    case 'column-total':
      return r.target.row.subtotalOf ? 1 : 3;
    case 'balance':
      return 5;
    case 'review-total':
      return 7;
  }
}

/** The highest derivationRank. */
const LAST_RANK = 7;

/**
 * `states` by derivationRank, in their order within a rank: what a stable sort by rank gives, without a comparator
 * that ranked both relations at each of its calls (the sort was a twelfth of analyzeArithmetic's own time).
 */
function inDerivationOrder(states: readonly RelationState[]): RelationState[] {
  const ranks: number[] = [];
  for (const s of states) ranks.push(derivationRank(s.relation));
  const out: RelationState[] = [];
  for (let rank = 0; rank <= LAST_RANK; rank++) for (let i = 0; i < states.length; i++) if (ranks[i] === rank) out.push(states[i]!);
  return out;
}

const TARGET_PRIORITY: readonly ArithmeticCode[] = ['column-total', 'balance', 'row-total', 'review-total'];
const TERM_PRIORITY: readonly ArithmeticCode[] = ['row-total', 'column-total', 'balance', 'review-total'];

function unevaluable(relation: Relation): RelationState {
  return { relation, evaluable: false, expected: undefined, actual: undefined, holds: true };
}

function stateOf(relation: Relation, values: ReadonlyMap<Cell, number>): RelationState {
  if (!relation.complete || !relation.target.cell) return unevaluable(relation);
  const actual = valueOf(values, relation.target.cell);
  if (actual === undefined) return unevaluable(relation);
  let expected = 0;
  for (const t of relation.terms) {
    const v = valueOf(values, t.ref.cell);
    if (v === undefined) return unevaluable(relation);
    expected += t.sign * v;
  }
  return { relation, evaluable: true, expected, actual, holds: expected === actual };
}

/** The relation's state were the cells of `overrides` corrected to their figures. */
export function evaluateWith(relation: Relation, overrides: ReadonlyMap<Cell, number>): RelationState {
  return stateOf(relation, overrides);
}

/** Coefficient of `cell` in `target − Σ ±terms = 0`. */
function coefficient(relation: Relation, cell: Cell): number {
  let k = relation.target.cell === cell ? 1 : 0;
  for (const t of relation.terms) if (t.ref.cell === cell) k -= t.sign;
  return k;
}

function pickCode(cell: Cell, violated: readonly RelationState[]): ArithmeticCode {
  const asTarget = packedMap(violated.filter((s) => s.relation.target.cell === cell), (s) => s.relation.code);
  for (const c of TARGET_PRIORITY) if (asTarget.includes(c)) return c;
  const all = packedMap(violated, (s) => s.relation.code);
  for (const c of TERM_PRIORITY) if (all.includes(c)) return c;
  return violated[0]!.relation.code;
}

/** The blank cells of a relation, in the order of `cellsOf`; undefined when it has none (no array made for most relations). */
function blankCellsOf(relation: Relation, blanks: ReadonlySet<Cell>): Cell[] | undefined {
  let out: Cell[] | undefined;
  const target = relation.target.cell;
  if (target && blanks.has(target)) out = [target];
  for (const t of relation.terms) {
    const c = t.ref.cell;
    if (c && blanks.has(c)) {
      if (out) out.push(c);
      else out = [c];
    }
  }
  return out;
}

/** The cells of a relation: its total's, then its terms' (those written in the table). */
export function cellsOf(relation: Relation): Cell[] {
  const out: Cell[] = [];
  if (relation.target.cell) out.push(relation.target.cell);
  for (const t of relation.terms) if (t.ref.cell) out.push(t.ref.cell);
  return out;
}

function refOf(relation: Relation, cell: Cell): CellRef {
  if (relation.target.cell === cell) return relation.target;
  return relation.terms.find((t) => t.ref.cell === cell)!.ref;
}

/** More cells than any relation of the format has (（七）总计's column with subtotal rows added). */
const LARGEST_RELATION = 64;
/** At most this many figures are looked for together: mistyped figures come a few at a time. */
const MAX_TYPOS = 4;
/** Steps of the search at most per table; a table whose failures need more is left to the steps below. */
const SEARCH_BUDGET = 10_000;

/** Each cell's checked relations: a map of them, or a view that lists them when asked (CurrentByCell). */
interface RelationsByCell {
  get(cell: Cell): readonly RelationState[] | undefined;
}

/** A table's smallest correction: the changes every smallest set makes, and whether several sets do it alike. */
type Smallest = { changes: Map<Cell, number>; alike: boolean };

/**
 * What the smallest sets of cells (up to MAX_TYPOS) whose changes make every checked relation of a table hold
 * say: `changes`, the changes every such set makes alike (all of them when there is one set), and `alike`, true
 * when there are several sets of that size (two figures swapped between rows could as well be two totals
 * mistyped; a group of table 四 that does not add up could have any of its five figures wrong: the figures
 * cannot tell). Undefined when no set of at most MAX_TYPOS cells does it, or the search ran out of steps before it
 * found one. `failing`: the table's relations that fail as written; `byCell`: every checked relation of each cell.
 *
 * A set is searched only among cells that touch every failing relation together (each failing relation
 * has one of them); its changes solve the relations its cells take part in, the holding ones included
 * (their changes cancel out there), as whole numbers leaving no figure below 0. A set whose changes are not
 * determined (`many`), or a search that runs out of steps once two sets are found, leaves nothing shared.
 */
function smallestCorrection(failing: readonly RelationState[], byCell: RelationsByCell): Smallest | undefined {
  // Each failing relation's cells, listed once for the checks below and every step of the search.
  if (beyondSearch(failing, byCell)) return undefined;
  const cellsOfFailing = new Map(failing.map((s) => [s, cellsOf(s.relation)]));
  // A set that already touches every failing relation may need another cell: one all of whose relations fail
  // (two figures mistyped in one row: the row fails by their sum and one other figure in each of the two
  // columns would touch it too)...
  const failingOnly: Cell[] = [];
  for (const cells of cellsOfFailing.values()) {
    for (const c of cells) if (!failingOnly.includes(c) && byCell.get(c)!.every((o) => !o.holds)) failingOnly.push(c);
  }
  // ... or a cell of a relation that holds with one of the set in it: that one's change must be matched there
  // (a figure mistyped and the office's own subtotal of its row worked out from it, which holds so)...
  // ... or a second cell of a failing relation the set already touches: two figures of one relation wrong, their
  // changes partly cancelling there (（七）总计 and 3.其他 swapped with their rows: the column fails by both, the balance
  // by the total alone, and the total's change the balance asks leaves the column to a term). Without these the
  // sets that change the total as the balance asks were never looked at, and the one the others made alike (the
  // total as the column asks, with 一 or 二 moved to match) was applied as sure.
  const failingCells: Cell[] = [];
  {
    const listed = new Set<Cell>(failingOnly);
    for (const cells of cellsOfFailing.values()) {
      for (const c of cells) {
        if (listed.has(c)) continue;
        listed.add(c);
        failingCells.push(c);
      }
    }
  }
  // How many cells of the set being built are in each failing relation (by its place in `failing`), kept as cells
  // are added and taken away: the search asks at every step which failing relations no cell of the set is in yet,
  // and asking each cell's list of relations about each failing relation was a fifth of the arithmetic's time.
  const placeOf = new Map<RelationState, number>();
  for (let k = 0; k < failing.length; k++) placeOf.set(failing[k]!, k);
  const q = new Search(failing, byCell, cellsOfFailing, failingOnly, failingCells, packedMap(failing, () => 0), placeOf, packedMap(failing, (s) => cellsOfFailing.get(s)!.length));
  for (let size = 1; size <= MAX_TYPOS; size++) {
    q.size = size;
    q.found = undefined;
    q.sets = 0;
    q.many = false;
    q.decided = false;
    extend(q, []);
    if (q.sets === 0) {
      if (q.budget <= 0) return undefined;
      continue;
    }
    // Several sets: only what they all change alike is sure, and nothing when one set's changes are not
    // determined or the search stopped before it saw every set.
    if (q.sets === 1 && !q.many) return q.budget <= 0 ? undefined : { changes: q.found!, alike: false };
    return { changes: q.many || q.budget <= 0 || !q.found ? new Map() : q.found, alike: true };
  }
  return undefined;
}

/**
 * More failing relations than MAX_TYPOS cells could touch: none of their cells is in more than `mostPerCell` of the
 * checked relations.
 */
function beyondSearch(failing: readonly RelationState[], byCell: RelationsByCell): boolean {
  let mostPerCell = 0;
  for (const s of failing) {
    const { target, terms } = s.relation;
    if (target.cell) mostPerCell = Math.max(mostPerCell, byCell.get(target.cell)?.length ?? 0);
    for (const t of terms) if (t.ref.cell) mostPerCell = Math.max(mostPerCell, byCell.get(t.ref.cell)?.length ?? 0);
  }
  return failing.length > MAX_TYPOS * mostPerCell;
}

/**
 * The state of smallestCorrection's search, read and changed by extend, touch, besides and idOf. (Functions of the
 * module, not closures made afresh for each table: V8 keeps a closure's optimised code only while an instance of it
 * lives, and compiled them again after every full collection.)
 */
class Search {
  /** Each cell's id, in the order the search first keys a set with it (setKey). */
  readonly ids = new Map<Cell, number>();
  /** The places in `failing` of a cell's failing relations, listed when first asked for. */
  readonly placesOf = new Map<Cell, number[]>();
  readonly seen = new Set<number | string>();
  budget = SEARCH_BUDGET;
  /** The size of the sets looked for. */
  size = 0;
  // For the sets of this size: the changes of the first set found, less those another set does not make alike;
  // how many sets were found; whether one's changes were not determined; and whether the answer is known (several
  // sets alike, nothing sure: the sets not yet seen could not change it).
  found: Map<Cell, number> | undefined = undefined;
  sets = 0;
  many = false;
  decided = false;

  constructor(
    readonly failing: readonly RelationState[],
    readonly byCell: RelationsByCell,
    readonly cellsOfFailing: ReadonlyMap<RelationState, readonly Cell[]>,
    readonly failingOnly: readonly Cell[],
    readonly failingCells: readonly Cell[],
    /** How many cells of the set being built are in each failing relation. */
    readonly touches: number[],
    readonly placeOf: ReadonlyMap<RelationState, number>,
    readonly sizeOfFailing: readonly number[],
  ) {}
}
keepShape(new Search([], new Map(), new Map(), [], [], [], new Map(), []));

function extend(q: Search, chosen: Cell[]): void {
  if (q.decided || q.budget-- <= 0) return;
  const { failing, touches, sizeOfFailing } = q;
  // The failing relation not yet touched with the fewest cells (a balance of four before a column of
  // twenty-two): one of its cells must be in the set.
  let open = -1;
  for (let k = 0; k < failing.length; k++) {
    if (touches[k]! > 0) continue;
    if (open < 0 || sizeOfFailing[k]! < sizeOfFailing[open]!) open = k;
  }
  if (open >= 0 || chosen.length < q.size) {
    if (chosen.length === q.size) return;
    for (const c of nextCells(q, chosen, open)) {
      if (chosen.includes(c)) continue;
      touch(q, c, 1);
      // One array for the whole search, grown and shrunk as the set is (nothing keeps it).
      chosen.push(c);
      extend(q, chosen);
      chosen.pop();
      touch(q, c, -1);
    }
    return;
  }
  const key = setKey(chosen, q.ids);
  if (q.seen.has(key)) return;
  q.seen.add(key);
  const changes = solve(chosen, q.byCell);
  if (!changes) return;
  foundSet(q, changes);
}

/**
 * Notes a set found by the search with its `changes`. (Its own function: a second set, or one whose changes are not
 * determined, is rare, and its branch, first met after extend was optimised, threw that code away.)
 */
function foundSet(q: Search, changes: Map<Cell, number> | 'many'): void {
  // One count for both kinds of set (an increment first met in the rare branch threw extend's code away).
  q.sets++;
  if (changes === 'many') q.many = true;
  else if (!q.found) q.found = changes;
  else for (const [c, d] of q.found) if (changes.get(c) !== d) q.found.delete(c);
  q.decided = q.many || (q.sets >= 2 && q.found !== undefined && q.found.size === 0);
}

/**
 * The cells the set may take next: those of the failing relation `open`, or when every failing relation is touched
 * (`open` −1), the others it may still take. (A function called either way: `besides` is asked rarely, and its call,
 * first made after extend was optimised, threw that code away.)
 */
function nextCells(q: Search, chosen: readonly Cell[], open: number): readonly Cell[] {
  return open >= 0 ? q.cellsOfFailing.get(q.failing[open]!)! : besides(q, chosen);
}

/** Adds `by` to the count of every failing relation `c` is in. */
function touch(q: Search, c: Cell, by: 1 | -1): void {
  let places = q.placesOf.get(c);
  if (!places) {
    places = [];
    for (const s of q.byCell.get(c)!) {
      const k = q.placeOf.get(s);
      if (k !== undefined) places.push(k);
    }
    q.placesOf.set(c, places);
  }
  for (const k of places) q.touches[k]! += by;
}

/** The cells a set that touches every failing relation may still take (see smallestCorrection). */
function besides(q: Search, chosen: readonly Cell[]): Cell[] {
  const out = q.failingOnly.slice();
  for (const c of chosen) {
    for (const s of q.byCell.get(c)!) {
      if (heldByItAlone(s, c, chosen, q.byCell)) for (const o of cellsOf(s.relation)) if (!out.includes(o)) out.push(o);
    }
  }
  for (const c of q.failingCells) if (!out.includes(c)) out.push(c);
  return out;
}

function idOf(ids: Map<Cell, number>, c: Cell): number {
  let id = ids.get(c);
  if (id === undefined) ids.set(c, (id = ids.size));
  return id;
}

/** Places below this are packed into one number by setKey. */
const KEY_BASE = 8192;

/**
 * One key per set of cells, whatever their order: their ids sorted, packed into one number (a set of at most
 * MAX_TYPOS cells of ids below KEY_BASE fits a double exactly), else joined into a string. Building a sorted array and
 * a string for every set the search reached was over a quarter of the search's own time (a CPU profile).
 */
function setKey(chosen: readonly Cell[], ids: Map<Cell, number>): number | string {
  if (chosen.length > MAX_TYPOS) return chosenKey(chosen, ids);
  // Kept ascending, −1 for none (those stay first): each id takes the place of the first −1 and moves up.
  let a = -1;
  let b = -1;
  let c = -1;
  let d = -1;
  for (let i = 0; i < chosen.length; i++) {
    const x = idOf(ids, chosen[i]!);
    if (x >= KEY_BASE - 1) return chosenKey(chosen, ids);
    a = x;
    if (a > b) { const t = a; a = b; b = t; }
    if (b > c) { const t = b; b = c; c = t; }
    if (c > d) { const t = c; c = d; d = t; }
  }
  return (((a + 1) * KEY_BASE + (b + 1)) * KEY_BASE + (c + 1)) * KEY_BASE + (d + 1);
}

function chosenKey(chosen: readonly Cell[], ids: Map<Cell, number>): string {
  // packedMap, not `map`: see arrays.ts (`sort` on the other kind of array threw extend's optimised code away).
  return packedMap(chosen, (c) => idOf(ids, c)).sort((a, b) => a - b).join(',');
}

/** `s` holds, and of `cells` only `c` is in it. */
function heldByItAlone(s: RelationState, c: Cell, cells: readonly Cell[], byCell: RelationsByCell): boolean {
  return s.holds && !cells.some((o) => o !== c && byCell.get(o)!.includes(s));
}

/**
 * The changes of `cells` that make every relation they take part in hold: undefined when there are none
 * (or one would be no change, a fraction, or leave a figure below 0), 'many' when they are not determined.
 */
function solve(cells: readonly Cell[], byCell: RelationsByCell): Map<Cell, number> | 'many' | undefined {
  const relations = new Set<RelationState>();
  // Indexed loops: a return from inside a for-of closes its iterator (a look-up of \`return\` that, first made in
  // solve's optimised code, threw it away).
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    const states = byCell.get(c)!;
    for (let k = 0; k < states.length; k++) {
      const s = states[k]!;
      // A relation that holds, with one of these cells in it, would need that cell unchanged.
      if (heldByItAlone(s, c, cells, byCell)) return undefined;
      relations.add(s);
    }
  }
  // Σ coefficient × change = expected − actual, one row per relation; Gaussian elimination on the few unknowns.
  // The rows are Float64Arrays, of one kind whatever they hold: arrays of small integers that became fractions
  // in the elimination threw solve's optimised code away ("not a Smi").
  const n = cells.length;
  const rows: Float64Array[] = [];
  for (const s of relations) {
    const row = new Float64Array(n + 1);
    for (let j = 0; j < n; j++) row[j] = coefficient(s.relation, cells[j]!);
    row[n] = s.expected! - s.actual!;
    rows.push(row);
  }
  const pivots: number[] = [];
  let r = 0;
  for (let col = 0; col < n && r < rows.length; col++) {
    const p = pivotRow(rows, r, col);
    if (p === rows.length) continue;
    const pivot = rows[p]!;
    rows[p] = rows[r]!;
    rows[r] = pivot;
    eliminate(rows, r, col);
    pivots.push(col);
    r++;
  }
  // A left-over equation 0 = b with b ≠ 0: no changes of these cells satisfy every relation.
  if (leftOver(rows, r, n)) return undefined;
  if (pivots.length < n) return 'many';
  const changes = new Map<Cell, number>();
  for (let i = 0; i < n; i++) {
    const delta = rows[i]![n]! / rows[i]![pivots[i]!]!;
    const whole = Math.round(delta);
    if (Math.abs(delta - whole) > 1e-9 || whole === 0) return undefined;
    const cell = cells[pivots[i]!]!;
    if (countOf(cell)! + whole < 0) return undefined;
    changes.set(cell, whole);
  }
  return changes;
}

// pivotRow, eliminate and leftOver are functions of their own, called whatever the rows hold: their loops' bodies
// are met rarely (a zero where a pivot is looked for, more relations than cells), and each, first met in solve's
// optimised code, threw that code away.

/** The first row from `r` on with a figure other than 0 in column `col` (`rows.length`: none). */
function pivotRow(rows: readonly Float64Array[], r: number, col: number): number {
  for (let p = r; p < rows.length; p++) if (rows[p]![col] !== 0) return p;
  return rows.length;
}

/** A row from `r` on left as 0 = b with b ≠ 0 (`n`, the column of the right-hand sides). */
function leftOver(rows: readonly Float64Array[], r: number, n: number): boolean {
  for (let i = r; i < rows.length; i++) if (Math.abs(rows[i]![n]!) > 1e-9) return true;
  return false;
}

/** Subtracts from every row but `r` the multiple of row `r` that leaves it 0 in column `col`. */
function eliminate(rows: Float64Array[], r: number, col: number): void {
  const pivot = rows[r]!;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (i === r || row[col] === 0) continue;
    const f = row[col]! / pivot[col]!;
    for (let j = 0; j < row.length; j++) row[j] = row[j]! - f * pivot[j]!;
  }
}

/**
 * Takes out of `crowded` each table the corrections found so far leave with faults one smallest correction tells
 * apart. (Its own function, as the rest of the crowded tables' reading: few tables are crowded, and analyzeArithmetic's
 * optimised code, compiled before the first one was met, was thrown away and compiled again.)
 */
function uncrowd(st: Solving, failingByTable: ReadonlyMap<Table, readonly RelationState[]>): void {
  for (const table of st.crowded) {
    // Nothing found in it above: its failures are those the search already could not tell apart.
    if (st.corrections.some((c) => c.ref.table === table) && tellsApartNow(st, failingByTable.get(table)!)) st.crowded.delete(table);
  }
}

/**
 * Whether a crowded table, with the figures found for it so far (`current` gives each relation's state under them),
 * has one smallest correction that tells its faults apart.
 */
function tellsApartNow(st: Solving, failing: readonly RelationState[]): boolean {
  const failingNow: RelationState[] = [];
  for (const s of failing) {
    const now = current(st, s);
    if (!now.holds) failingNow.push(now);
  }
  // Each cell is in as many relations now as before: a table beyond the search is known before any is listed.
  if (failingNow.length === 0 || beyondSearch(failingNow, st.byCell)) return false;
  const smallest = smallestCorrection(failingNow, new CurrentByCell(st));
  return !!smallest && !smallest.alike;
}

/**
 * Each cell's checked relations in their states under the figures found so far (`current`), listed when the search
 * first asks for the cell (it asks for a few: listing every cell of the table first was most of uncrowd's time).
 */
class CurrentByCell implements RelationsByCell {
  private readonly lists = new Map<Cell, readonly RelationState[]>();

  constructor(private readonly st: Solving) {}

  get(cell: Cell): readonly RelationState[] | undefined {
    let now = this.lists.get(cell);
    if (now) return now;
    const list = this.st.byCell.get(cell);
    if (!list) return undefined;
    const states: RelationState[] = [];
    for (const s of list) states.push(current(this.st, s));
    this.lists.set(cell, (now = states));
    return now;
  }
}

/**
 * A correction of step 1 that step 2 changes again: its new value, and `s` among its violated relations.
 * (Its own function: it is rare, and the optimised code of analyzeArithmetic's `record`, compiled before it was met, was
 * thrown away the first time.)
 */
function revised(prior: Correction, s: RelationState, value: number | undefined, reason: Correction['reason'], possible: number | undefined): Correction {
  return {
    ref: prior.ref,
    cell: prior.cell,
    actual: prior.actual,
    value,
    code: prior.code,
    violated: prior.violated.includes(s) ? prior.violated : [...prior.violated, s],
    localized: prior.localized,
    reason,
    possible,
  };
}

/** At most this many cells of failing relations are paired in the search for two swapped figures. */
const MAX_SWAP_CELLS = 80;

/** The table's first failing relation's code, row totals first (a layout fault is reported by that rule). */
function faultCode(failing: readonly RelationState[]): ArithmeticCode {
  for (const c of ['row-total', 'review-total', 'column-total', 'balance'] as const) if (failing.some((s) => s.relation.code === c)) return c;
  return failing[0]!.relation.code;
}

/** Every evaluable relation of the table holds with the cells of `overrides` at those figures. */
function allHold(states: readonly RelationState[], overrides: ReadonlyMap<Cell, number>): boolean {
  return states.every((s) => evaluateWith(s.relation, overrides).holds);
}

/** The rows of table 三 with a label of the format and all seven cells in place. */
function alignedRows(table: Table): TableRow[] {
  return table.rows.filter((r) => r.spec && aligned(r) && r.cells.length > REQUEST_TOTAL_COLUMN && !r.subtotalOf);
}

/** Two figures swapped: their exchange makes every relation hold, and no other pair's does. */
/** `smallest` is the table's smallest correction (smallestCorrection of the same failing relations), found before. */
function swappedPair(failing: readonly RelationState[], byCell: ReadonlyMap<Cell, readonly RelationState[]>, code: ArithmeticCode, smallest: Smallest | undefined): LayoutFault | undefined {
  // Gathered until there are too many to pair (a hostile table of 20,000 failing rows: no quadratic walk first).
  const cells: Cell[] = [];
  const seen = new Set<Cell>();
  for (const s of failing) {
    for (const c of cellsOf(s.relation)) {
      if (seen.has(c)) continue;
      seen.add(c);
      cells.push(c);
    }
    if (cells.length > MAX_SWAP_CELLS) return undefined;
  }
  // Each cell's figure and the number of failing relations it is in, once: a pair in fewer failing relations
  // together than the table has cannot be in them all, and is passed over before its relations are joined and
  // searched (80 cells are 3,160 pairs, nearly all passed over so).
  const counts = packedMap(cells, countOf);
  const failingIn = packedMap(cells, (c) => {
    let n = 0;
    for (const s of byCell.get(c) ?? []) if (!s.holds) n++;
    return n;
  });
  // The pair found, as its places in `cells`: a flag and numbers, set without the type feedback a new array needs (the
  // first pair found threw swappedPair's optimised code away).
  let found = false;
  let first = 0;
  let second = 0;
  for (let i = 0; i < cells.length; i++) {
    for (let j = i + 1; j < cells.length; j++) {
      const a = cells[i]!;
      const b = cells[j]!;
      const va = counts[i];
      const vb = counts[j];
      if (va === undefined || vb === undefined || va === vb) continue;
      if (failingIn[i]! + failingIn[j]! < failing.length) continue;
      // The two cells' relations are read where they are kept: most pairs that get this far are not in every failing
      // relation, and joining the two lists for each was most of the allocation of the search.
      const ofA = byCell.get(a) ?? NO_STATES;
      const ofB = byCell.get(b) ?? NO_STATES;
      if (!allIn(failing, ofA, ofB)) continue;
      const swapped = new Map<Cell, number>([[a, vb], [b, va]]);
      if (!allHold(ofA, swapped) || !allHold(ofB, swapped)) continue;
      if (found) return undefined;
      found = true;
      first = i;
      second = j;
    }
  }
  return swapOf(found, cells[first], cells[second], failing, byCell, code, smallest);
}

const NO_STATES: readonly RelationState[] = [];

/** Whether each of `failing` is in `a` or in `b`. */
function allIn(failing: readonly RelationState[], a: readonly RelationState[], b: readonly RelationState[]): boolean {
  for (let i = 0; i < failing.length; i++) {
    const s = failing[i]!;
    if (!a.includes(s) && !b.includes(s)) return false;
  }
  return true;
}

/**
 * The layout fault of cells `x` and `y` swapped, when `found` (see swappedPair). (Its own function, called whether a
 * pair was found or not: pairs are rare, and the code after the first one, first met, threw swappedPair's optimised
 * code away.)
 */
function swapOf(found: boolean, x: Cell | undefined, y: Cell | undefined, failing: readonly RelationState[], byCell: ReadonlyMap<Cell, readonly RelationState[]>, code: ArithmeticCode, smallest: Smallest | undefined): LayoutFault | undefined {
  if (!found || !x || !y) return undefined;
  const table = failing[0]!.relation.target.table;
  // In the order they are written: the finding is on the first.
  const before = (p: Cell, q: Cell) => p.range.start.line < q.range.start.line || (p.range.start.line === q.range.start.line && p.range.start.character < q.range.start.character);
  const inOrder = before(x, y);
  const a = inOrder ? x : y;
  const b = inOrder ? y : x;
  const refA = refOf(byCell.get(a)![0]!.relation, a);
  const refB = refOf(byCell.get(b)![0]!.relation, b);
  // Sure when the exchange is also the one smallest set of changes that makes the table hold. When several sets
  // as small do it alike, an exchange between two rows is one reading among them (two figures of a column off by +1
  // and −1 may as well be read as a swap with the neighbouring column's): the corrections say so, not this. Two
  // figures of one row swapped (the two columns' 填反) is still said, with the exchange offered, never applied.
  if (smallest?.alike && refA.row !== refB.row) return undefined;
  // Two figures of one row that differ by one, among readings as small: exchanging them is moving one request from one
  // column to the other on this row, which every row with one in that column could as well be (seed 002 with
  // （一）予以公开 written 93/6 for 92/7: 4.保护第三方合法权益's 1/0 would exchange alike, by chance). The evidence, the two
  // columns off by one either way, names no row: the corrections report it. A larger difference is two whole figures
  // exchanged (0 and 5), one slip, where moving 5 requests on another row is five.
  if (smallest?.alike && Math.abs(countOf(a)! - countOf(b)!) < 2) return undefined;
  const sure = !!smallest && !smallest.alike && smallest.changes.size === 2 &&
    smallest.changes.get(a) === countOf(b)! - countOf(a)! && smallest.changes.get(b) === countOf(a)! - countOf(b)!;
  let single: LayoutFault['single'];
  if (!sure && smallest && !smallest.alike && smallest.changes.size === 1) {
    const [cell, delta] = [...smallest.changes][0]!;
    single = { ref: refOf(byCell.get(cell)![0]!.relation, cell), value: countOf(cell)! + delta };
  }
  return { kind: 'swap', code, table, failing, columns: [], rows: [], cells: [refA, refB], sure, single };
}

/**
 * The one layout fault that explains every failing relation of a table (see LayoutFault), if any. Only a
 * fault that accounts for all of them is taken, and only when the figures point to one place (two pairs of
 * cells whose exchange would each do, or two rows pasted alike, are left to the corrections).
 */
function layoutFault(failing: readonly RelationState[], evaluable: readonly RelationState[], original: readonly RelationState[], byCell: ReadonlyMap<Cell, readonly RelationState[]>, smallest: Smallest | undefined): LayoutFault | undefined {
  const table = failing[0]!.relation.target.table;
  const states = evaluable.filter((s) => s.relation.target.table === table);
  const code = faultCode(failing);
  const requests = table.kind === 'requests';
  const rows = requests ? alignedRows(table) : [];
  // Each kind of fault is looked for by a function of its own, called for every table it can be in: faults are rare,
  // and their code, first met after layoutFault was optimised, threw that code away (and a second compile of all of it).
  const shifted = requests ? shiftedRow(failing, original, table, rows, code) : undefined;
  if (shifted) return shifted;
  // A swap is looked for before the faults of whole rows and columns, which it would otherwise be taken for (two
  // rows alike by chance beside it), and after a row moved over (whose blank cell leaves its row unchecked, so
  // that exchanging two of its figures would seem to do).
  const swap = swappedPair(failing, byCell, code, smallest);
  if (swap) return swap;
  if (!requests) return undefined;
  return pastedRow(failing, states, table, rows, code) ?? columnFault(failing, states, table, rows, code);
}

/** A row of table 三 moved one cell to the right (see layoutFault); `rows`, the table's aligned rows. */
function shiftedRow(failing: readonly RelationState[], original: readonly RelationState[], table: Table, rows: readonly TableRow[], code: ArithmeticCode): LayoutFault | undefined {
  const none = { cells: [], columns: [], rows: [], sure: false };
  // A row moved one cell to the right: its first cell blank, its six figures the applicants' one cell early,
  // its total fallen off. Moved back, with the total its figures give, every relation of the table that runs
  // through it holds, at least two besides its own total among them, and no failing relation is left.
  const all = original.filter((s) => s.relation.target.table === table);
  const shifted: { row: TableRow; figures: Map<Cell, number> }[] = [];
  for (const row of rows) {
    if (row.cells[0]!.value.kind !== 'empty') continue;
    const figures = new Map<Cell, number>();
    let sum = 0;
    for (let c = 0; c < REQUEST_TOTAL_COLUMN; c++) {
      const v = countOf(row.cells[c + 1]);
      if (v === undefined) break;
      figures.set(row.cells[c]!, v);
      sum += v;
    }
    if (figures.size < REQUEST_TOTAL_COLUMN || sum === 0) continue;
    figures.set(row.cells[REQUEST_TOTAL_COLUMN]!, sum);
    const through = all.filter((s) => cellsOf(s.relation).some((x) => figures.has(x)));
    if (!failing.every((s) => through.includes(s))) continue;
    let checked = 0;
    const holds = through.every((s) => {
      const after = evaluateWith(s.relation, figures);
      if (after.evaluable && (s.relation.code !== 'row-total' || s.relation.target.row !== row)) checked++;
      return after.holds;
    });
    if (holds && checked >= 2) shifted.push({ row, figures });
  }
  if (shifted.length === 1) {
    const { row, figures } = shifted[0]!;
    return { kind: 'shifted-row', code, table, failing, ...none, cells: packedMap(row.cells.slice(0, REQUEST_TOTAL_COLUMN + 1), (_, c) => ref(table, row, c)), rows: [row], figures };
  }
  return undefined;
}

/** A row of table 三 with the figures of the row above (see layoutFault). */
function pastedRow(failing: readonly RelationState[], states: readonly RelationState[], table: Table, rows: readonly TableRow[], code: ArithmeticCode): LayoutFault | undefined {
  const none = { cells: [], columns: [], rows: [], sure: false };
  // Each aligned row's place in the table, found in one walk (they are in the table's order).
  const places: number[] = [];
  for (let p = 0; p < table.rows.length && places.length < rows.length; p++) if (table.rows[p] === rows[places.length]) places.push(p);
  // A row with the figures of the row above, not all 0, through which every failing relation runs.
  const pasted: [TableRow, TableRow][] = [];
  for (let k = 1; k < rows.length; k++) {
    const [above, row] = [rows[k - 1]!, rows[k]!];
    if (places[k] !== places[k - 1]! + 1) continue;
    let same = true;
    let any = false;
    for (let c = 0; c <= REQUEST_TOTAL_COLUMN && same; c++) {
      const a = countOf(above.cells[c]);
      same = a !== undefined && a === countOf(row.cells[c]);
      if (a) any = true;
    }
    if (!same || !any) continue;
    if (!failing.every((s) => cellsOf(s.relation).some((x) => row.cells.includes(x)))) continue;
    // Its own figures lost, the row must be able to take others, whole and not below 0, that make every relation
    // of its columns hold and add up along the row (two rows alike by chance, beside a fault elsewhere, cannot).
    const figures = new Map<Cell, number>();
    for (const s of failing) {
      if (s.relation.code === 'row-total') continue;
      const x = cellsOf(s.relation).find((c) => row.cells.includes(c))!;
      const v = countOf(x)! + (s.expected! - s.actual!) / coefficient(s.relation, x);
      if (v < 0 || !Number.isInteger(v) || (figures.has(x) && figures.get(x) !== v)) figures.set(x, -1);
      else figures.set(x, v);
    }
    if ([...figures.values()].some((v) => v < 0) || !allHold(states, figures)) continue;
    pasted.push([above, row]);
  }
  if (pasted.length === 1) {
    const [above, row] = pasted[0]!;
    return { kind: 'pasted-row', code, table, failing, ...none, cells: [ref(table, row, 0)], rows: [row, above] };
  }
  return undefined;
}

/** Table 三's totals in another column, or a column left at 0, when only its row totals fail (see layoutFault). */
function columnFault(failing: readonly RelationState[], states: readonly RelationState[], table: Table, rows: readonly TableRow[], code: ArithmeticCode): LayoutFault | undefined {
  const none = { cells: [], columns: [], rows: [], sure: false };
  const onlyRows = failing.length >= 2 && failing.every((s) => s.relation.code === 'row-total' && s.relation.target.column === REQUEST_TOTAL_COLUMN);
  if (onlyRows) {
    const firstRow = failing[0]!.relation.target.row;
    // The totals in another column: that column equals the sum of the other six on every row.
    const holders: number[] = [];
    for (let k = 0; k < REQUEST_TOTAL_COLUMN; k++) {
      const fits = rows.every((r) => {
        let sum = 0;
        for (let c = 0; c <= REQUEST_TOTAL_COLUMN; c++) {
          const v = countOf(r.cells[c]);
          if (v === undefined) return false;
          if (c !== k) sum += v;
        }
        return sum === countOf(r.cells[k]);
      });
      if (fits) holders.push(k);
    }
    if (holders.length > 0) {
      return { kind: 'totals-column', code, table, failing, ...none, cells: [ref(table, firstRow, holders[0]!)], columns: holders };
    }
    // A column left at 0: every failing row's total exceeds its sum, and the differences fill that column.
    if (failing.every((s) => s.actual! > s.expected!)) {
      const zeros: number[] = [];
      for (let c = 0; c < REQUEST_TOTAL_COLUMN; c++) {
        if (!rows.every((r) => countOf(r.cells[c]) === 0)) continue;
        const fill = new Map<Cell, number>();
        for (const s of failing) {
          const cell = s.relation.target.row.cells[c];
          if (cell) fill.set(cell, s.actual! - s.expected!);
        }
        if (fill.size === failing.length && allHold(states, fill)) zeros.push(c);
      }
      if (zeros.length > 0) {
        return { kind: 'zero-column', code, table, failing, ...none, cells: [ref(table, firstRow, zeros[0]!)], columns: zeros };
      }
    }
  }
  return undefined;
}

/**
 * The state of one analysis of the arithmetic's failures, read and changed by the functions below (note, current,
 * correct, take, record, recomputed, …). They were closures made afresh by every analysis: V8 keeps a closure's
 * optimised code only while an instance of it lives, and compiled them all again after every full collection.
 */
class Solving {
  /**
   * Each cell's checked relations. How many times the checked relations name a cell (for step 2) is the length of
   * its list, plus its repeats within one relation, kept apart as they are rare (a map of every cell's count was
   * 200 more entries set a report).
   */
  readonly byCell = new Map<Cell, RelationState[]>();
  readonly repeats = new Map<Cell, number>();
  readonly corrections: Correction[] = [];
  /** Each corrected cell's place in `corrections` (a hostile table has thousands). */
  readonly correctionAt = new Map<Cell, number>();
  readonly corrected = new Set<Cell>();
  /**
   * Each relation's state under the values as corrected so far, computed once per change of values: the search
   * asks for the same relation once per cell in it.
   */
  readonly latest = new Map<RelationState, RelationState>();
  /** Tables several smallest corrections fit alike: no figure is guessed in them (see analyzeArithmetic). */
  readonly undecided = new Set<Table>();
  /** Tables with more faults than a smallest correction tells apart. */
  readonly crowded = new Set<Table>();
  /** Each total's defining relation, for step 2. */
  readonly definedBy = new Map<Cell, RelationState>();

  constructor(readonly values: Map<Cell, number>) {}
}
keepShape(new CurrentByCell(keepShape(new Solving(new Map()))));

/** Notes `s` among the checked relations of `c`. A relation's cells are noted together: it is already in the list when it is the list's last. */
function note(st: Solving, c: Cell, s: RelationState): void {
  const list = st.byCell.get(c);
  if (!list) st.byCell.set(c, [s]);
  else if (list[list.length - 1] !== s) list.push(s);
  else st.repeats.set(c, (st.repeats.get(c) ?? 0) + 1);
}

function timesNamed(st: Solving, c: Cell): number {
  return (st.byCell.get(c)?.length ?? 0) + (st.repeats.get(c) ?? 0);
}

/** `s`'s state under the values as corrected so far. */
function current(st: Solving, s: RelationState): RelationState {
  let state = st.latest.get(s);
  if (!state) {
    state = stateOf(s.relation, st.values);
    st.latest.set(s, state);
  }
  return state;
}

/**
 * Sets `cell`'s figure to `value`. (Undefined, no figure: nothing changes. record calls it either way: a call first
 * made after analyzeArithmetic's closures were optimised threw record's code away.)
 */
function correct(st: Solving, cell: Cell, value: number | undefined): void {
  if (value === undefined) return;
  st.values.set(cell, value);
  // Only the relations the cell is part of change state.
  for (const s of st.byCell.get(cell) ?? []) st.latest.delete(s);
}

type Candidate = { cell: Cell; delta: number; states: RelationState[] };

/** Corrects a cell of step 0 or 1 by its `delta`. */
function take(st: Solving, c: Candidate, localized: boolean): void {
  const actual = valueOf(st.values, c.cell)!;
  correct(st, c.cell, actual + c.delta);
  st.corrected.add(c.cell);
  const violated = c.states.filter((s) => !s.holds);
  st.correctionAt.set(c.cell, st.corrections.length);
  st.corrections.push({
    ref: refOf(c.states[0]!.relation, c.cell),
    cell: c.cell,
    actual,
    value: actual + c.delta,
    code: pickCode(c.cell, violated.length ? violated : c.states),
    violated: violated.length ? violated : c.states,
    localized,
    reason: undefined,
    possible: undefined,
  });
}

/**
 * Corrects the cells of a table's smallest correction (step 0). (Its own function, called for every table that has
 * one: most have no change that every smallest set makes, and the loop's body, first met after analyzeArithmetic was
 * optimised, threw that code away.)
 */
function takeSmallest(st: Solving, smallest: Smallest): void {
  for (const [cell, delta] of smallest.changes) {
    const states = st.byCell.get(cell)!;
    take(st, { cell, delta, states }, states.every((s) => !s.holds) && states.length >= 2);
  }
}

/** Records what step 2 found for a failing relation `s` (see recomputed). */
function record(st: Solving, cell: Cell, ref: CellRef, s: RelationState, computed: number | undefined, why: Correction['reason']): void {
  // In an undecided table the figure found here would be a guess: the failure is reported without it.
  const guess = computed !== undefined && (st.undecided.has(ref.table) || st.crowded.has(ref.table));
  const value = guess ? undefined : computed;
  const possible = guess ? computed : undefined;
  const reason = guess ? (st.crowded.has(ref.table) ? 'crowded' : 'alike') : why;
  st.corrected.add(cell);
  correct(st, cell, value);
  const existing = st.correctionAt.get(cell) ?? -1;
  if (existing >= 0) {
    st.corrections[existing] = revised(st.corrections[existing]!, s, value, reason, possible);
    return;
  }
  // The relations that failed as written, and the one that fails now (it may have held as written: a
  // total recomputed above it broke it). A finding without a figure is about that one.
  const failed = (st.byCell.get(cell) ?? []).filter((o) => o !== s && !o.holds);
  const violated = [s, ...failed];
  st.correctionAt.set(cell, st.corrections.length);
  st.corrections.push({
    ref,
    cell,
    actual: countOf(cell)!,
    value,
    code: recordedCode(s, cell, value, failed, violated),
    violated,
    localized: false,
    reason,
    possible,
  });
}

/**
 * The code of a correction of step 2: its relation's, unless the figure found breaks others. (Its own function: a
 * figure found for a cell of several failing relations is rare here, and pickCode's call, first made after record was
 * optimised, threw that code away.)
 */
function recordedCode(s: RelationState, cell: Cell, value: number | undefined, failed: readonly RelationState[], violated: readonly RelationState[]): ArithmeticCode {
  return value === undefined || failed.length === 0 ? s.relation.code : pickCode(cell, violated);
}

/**
 * Whether changing `target` to the figure `s` gives would break a relation of it that holds now, the other
 * failing totals in that relation being recomputed too: the row of 四 whose 自然人 and 总计 both fail moves by
 * the same amount on both sides and keeps holding; the balance of a column whose （七）总计 alone would change
 * does not, nor does a row whose other failing total can have no figure (it would be negative). A relation of
 * more cells than the format has (a hostile table) is taken to move with any failing total in it, unsummed.
 */
function breaksAgreeing(st: Solving, target: Cell, s: RelationState): boolean {
  const now = current(st, s);
  const { definedBy } = st;
  return (st.byCell.get(target) ?? []).some((o) => {
    if (o === s || !current(st, o).holds) return false;
    const cells = new Set(cellsOf(o.relation));
    if (cells.size > LARGEST_RELATION) return ![...cells].some((x) => x !== target && definedBy.has(x) && !current(st, definedBy.get(x)!).holds);
    let moved = coefficient(o.relation, target) * (now.expected! - now.actual!);
    for (const x of cells) {
      const f = x === target ? undefined : definedBy.get(x);
      if (!f || f === o) continue;
      const fx = current(st, f);
      if (!fx.holds && fx.expected! >= 0) moved += coefficient(o.relation, x) * (fx.expected! - fx.actual!);
    }
    return moved !== 0;
  });
}

/**
 * Whether another failing relation, without `s`'s target, holds every term of `s` (each as `s` holds it) and
 * fails by the same amount: then the terms are what is wrong, not the total (a figure put into the neighbouring
 * column inside （三）不予公开 breaks its subtotal and （七）总计 of that column alike, and the subtotal is right).
 * Looked for among the relations of the first term's cell (a few), not among every relation.
 */
function repeatedOverTerms(st: Solving, s: RelationState, now: RelationState): boolean {
  const target = s.relation.target.cell!;
  const first = s.relation.terms.find((t) => t.ref.cell)?.ref.cell;
  if (!first) return false;
  const off = now.expected! - now.actual!;
  return (st.byCell.get(first) ?? []).some((o) => {
    if (o === s) return false;
    const other = current(st, o);
    if (other.holds || !other.evaluable || other.expected! - other.actual! !== off) return false;
    const cells = cellsOf(o.relation);
    return !cells.includes(target) && s.relation.terms.every((t) => !t.ref.cell || (cells.includes(t.ref.cell) && coefficient(o.relation, t.ref.cell) === coefficient(s.relation, t.ref.cell)));
  });
}

/**
 * Whether a term of `s`, not corrected, agrees with every other relation it is in as well as the total does, and
 * could take the change in its stead: then the total is no likelier wrong than it. (A row pasted over the row
 * 二、上年结转 with the figures of 一、本年新收 holds its own total; every column's balance fails, and the row 四,
 * 一 or 二 moved as a whole would each make them hold: recomputing 四 would write seven wrong figures.)
 */
function agreeingTerm(st: Solving, s: RelationState, now: RelationState): boolean {
  const target = s.relation.target.cell!;
  return s.relation.terms.some((t) => {
    const x = t.ref.cell;
    if (!x || x === target || st.corrected.has(x)) return false;
    const others = (st.byCell.get(x) ?? []).filter((o) => o !== s);
    if (others.length === 0 || !others.every((o) => current(st, o).holds)) return false;
    return valueOf(st.values, x)! + (now.expected! - now.actual!) / coefficient(s.relation, x) >= 0;
  });
}

/**
 * What step 2 records for a failing relation `s` (`now`, its state): the cell, its place, the figure and why. One
 * function for every failing relation, its branches chosen inside it: a branch first met after analyzeArithmetic
 * was optimised (the rare ones below) throws away this small function's optimised code, not analyzeArithmetic's.
 */
function recomputed(st: Solving, s: RelationState, now: RelationState): { cell: Cell; ref: CellRef; computed: number | undefined; why: Correction['reason'] } {
  const target = s.relation.target.cell!;
  // Terms no other checked relation holds to account (blank cells elsewhere keep theirs unchecked).
  const free = s.relation.terms.filter((t) => t.ref.cell && !st.corrected.has(t.ref.cell) && timesNamed(st, t.ref.cell) === 1);
  const term = free.length === 1 ? free[0]! : undefined;
  const termValue = term ? valueOf(st.values, term.ref.cell!)! + (now.expected! - now.actual!) / coefficient(s.relation, term.ref.cell!) : undefined;
  if (st.crowded.has(s.relation.target.table)) {
    // Whichever cell were taken, its figure would be a guess: the failure is reported on its total, with what the
    // total would be were the others right (a choice), as cheaply as that.
    return { cell: target, ref: s.relation.target, computed: now.expected! >= 0 ? now.expected : undefined, why: 'negative' };
  }
  if (st.definedBy.get(target) === s) {
    // A total that agrees with another relation is not recomputed when the fault can lie in an
    // unchecked term instead: the one such term is corrected, and with several nothing is guessed.
    const agrees = (st.byCell.get(target) ?? []).some((o) => o !== s && current(st, o).holds);
    if (agrees && term && termValue !== undefined && termValue >= 0) {
      return { cell: term.ref.cell!, ref: term.ref, computed: termValue, why: undefined };
    } else if (agrees && free.length > 1) {
      return { cell: target, ref: s.relation.target, computed: undefined, why: 'ambiguous' };
    } else if (agrees && now.expected! >= 0 && (breaksAgreeing(st, target, s) || repeatedOverTerms(st, s, now) || (!st.undecided.has(s.relation.target.table) && agreeingTerm(st, s, now)))) {
      // The total agrees with another relation that recomputing it would break for good (no other total
      // there fails, to move with it): its terms are wrong together in a way their other relations hide (a
      // figure put into the neighbouring column keeps its row's total, and both columns' balances hold).
      // Recomputing it would write a wrong figure there and one into the total after it; nothing is guessed.
      return { cell: target, ref: s.relation.target, computed: undefined, why: 'agrees' };
    } else if (now.expected! >= 0) {
      return { cell: target, ref: s.relation.target, computed: now.expected, why: undefined };
    } else {
      return { cell: target, ref: s.relation.target, computed: undefined, why: 'negative' };
    }
  }
  if (term && termValue !== undefined && termValue >= 0) return { cell: term.ref.cell!, ref: term.ref, computed: termValue, why: undefined };
  // No single cell can satisfy both relations: report the total they share, without a fix.
  return { cell: target, ref: s.relation.target, computed: undefined, why: 'ambiguous' };
}

/** By the model's tables: the next analysis of a document whose tables did not change (see cache.ts) shares them. */
const cache = new Derived<ReportModel['tables'], ArithmeticAnalysis>('arithmetic');

export function analyzeArithmetic(model: ReportModel): ArithmeticAnalysis {
  const hit = cache.get(model.tables);
  if (hit) return hit;
  const relations = sharedRelationsOf(model);
  const values = new Map<Cell, number>();
  const original = packedMap(relations, (r) => stateOf(r, values));
  const evaluable = original.filter((s) => s.evaluable);
  if (evaluable.every((s) => s.holds)) {
    // Nothing fails (most reports): there is nothing to solve.
    const result: ArithmeticAnalysis = { relations: original, corrections: [], layout: [] };
    cache.set(model.tables, result);
    return result;
  }
  const st = new Solving(values);
  const { byCell, corrections, corrected, undecided, crowded, definedBy } = st;
  // Each cell's checked relations, in one pass without a list of cells per relation (most reports have
  // failures: this runs for them all).
  for (const s of evaluable) {
    const { target, terms } = s.relation;
    if (target.cell) note(st, target.cell, s);
    for (const t of terms) if (t.ref.cell) note(st, t.ref.cell, s);
  }

  // 1. Single cells that explain all the failing relations they are part of, by the same amount,
  // and take part in no relation that holds (so correcting them breaks nothing). A cell that
  // explains several failures at once is taken first; a failure only one cell can explain
  // (the others' relations hold) is taken next. A failure several cells could explain alike
  // (table 四's groups) is left to step 2, which recomputes its total.
  // The cells and their relations as arrays, read once per round below (no entries made per round).
  const cells = [...byCell.keys()];
  const cellStates = packedMap(cells, (c) => byCell.get(c)!);
  // 0. The one smallest set of figures whose changes make every relation of a table hold (two figures
  // mistyped in one column: each row fails by its own figure, the column by both, and no single cell
  // explains its failures alone). Where several sets do it alike, only what they all change is corrected, and
  // the table is `undecided`: the steps below guess no figure in it (they would pick one of the sets, or
  // recompute a total, and so write a wrong figure as often as not; two figures of one column off by +1 and
  // −1 are as well two 总计 off by −1 and +1).
  const failingByTable = new Map<Table, RelationState[]>();
  for (const s of evaluable) {
    if (s.holds) continue;
    const list = failingByTable.get(s.relation.target.table) ?? [];
    list.push(s);
    failingByTable.set(s.relation.target.table, list);
  }
  // A table no set of at most MAX_TYPOS figures makes hold (or too tangled to search) has more faults than any
  // reading can tell apart: every figure found for it below would be a guess among many, so it is `crowded` and
  // undecided alike (each failure reported, what a figure would be were the others right offered as a choice).
  // Each table's smallest correction, asked again by the search for a layout fault below.
  const smallestOf = new Map<readonly RelationState[], Smallest | undefined>();
  for (const failing of failingByTable.values()) {
    const smallest = smallestCorrection(failing, byCell);
    smallestOf.set(failing, smallest);
    if (!smallest) {
      crowded.add(failing[0]!.relation.target.table);
      continue;
    }
    if (smallest.alike) undecided.add(failing[0]!.relation.target.table);
    takeSmallest(st, smallest);
  }

  // The cells still worth a look, by position in `cells`. A relation's state changes only when one of its
  // cells is corrected, and each correction below makes every relation of its cell hold: failing relations
  // only ever come to hold. So a cell passed over in one round (corrected, in a relation that holds, or its
  // relations asking different or impossible changes of it) is passed over in every later one, and each round
  // looks only at the cells the round before did not pass over (most reports need two or three rounds).
  let live = packedMap(cells, (_, k) => k);
  for (let guard = 0; guard < 1000; guard++) {
    let best: Candidate | undefined;
    /** A failing relation's one candidate cell, by relation; null once it has more than one. */
    const byRelation = new Map<RelationState, Candidate | null>();
    const stillLive: number[] = [];
    for (const k of live) {
      const cell = cells[k]!;
      const states = cellStates[k]!;
      if (corrected.has(cell) || undecided.has(states[0]!.relation.target.table)) continue;
      let delta: number | undefined;
      let ok = true;
      for (const s of states) {
        const now = current(st, s);
        if (now.holds) { ok = false; break; }
        const d = (now.expected! - now.actual!) / coefficient(s.relation, cell);
        if (delta === undefined) delta = d;
        else if (d !== delta) { ok = false; break; }
      }
      if (!ok || delta === undefined || !Number.isInteger(delta)) continue;
      const v = valueOf(values, cell)! + delta;
      if (v < 0) continue;
      stillLive.push(k);
      if (states.length >= 2) {
        if (!best || states.length > best.states.length) best = { cell, delta, states };
      } else if (!crowded.has(states[0]!.relation.target.table)) {
        const relation = states[0]!;
        byRelation.set(relation, byRelation.has(relation) ? null : { cell, delta, states });
      }
    }
    live = stillLive;
    if (best) {
      take(st, best, best.states.length >= 2);
      continue;
    }
    // No cell explains several failures. Each failure only one cell can explain is taken, in order: its
    // cell lies in no other relation, so taking one changes no other's candidate, and taking them all
    // in one round gives what one per round would (without a round per failure: a hostile table of
    // thousands of failing rows would make that quadratic).
    let taken = false;
    for (const only of byRelation.values()) {
      if (only) {
        take(st, only, only.states.length >= 2);
        taken = true;
      }
    }
    if (!taken) break;
  }
  // A crowded table that the figures found above leave with few enough faults to tell apart (totals not updated
  // after their rows were: each found where it fails twice) is read as any other from here, so that what one
  // application of the fixes leaves, a second finds nothing more to fix in.
  // Called for every report, crowded tables or none: a call first made after analyzeArithmetic was optimised has no
  // feedback there, and V8 throws the optimised code away to gather it.
  uncrowd(st, failingByTable);

  // 2. Recompute the remaining failing totals in dependency order. Each total is defined by the
  // first relation (in that order) that has it as target: row totals from their rows, （七）总计
  // from its column, 四 from the balance. A relation whose target another one defines (the row of
  // （七）总计, the row of 四) holds by itself once the others do, unless blank cells elsewhere keep
  // some of them from being checked; if it still fails, the fault lies in one of its other cells:
  // the one no other checked relation holds to account is corrected, and when there is no such
  // single cell nothing is guessed.
  const ordered = inDerivationOrder(evaluable);
  for (const s of ordered) if (!definedBy.has(s.relation.target.cell!)) definedBy.set(s.relation.target.cell!, s);
  for (const s of ordered) {
    const now = current(st, s);
    if (now.holds) continue;
    const { cell, ref, computed, why } = recomputed(st, s, now);
    record(st, cell, ref, s, computed, why);
  }
  // A table a layout fault explains has that one finding instead of its corrections.
  const layout: LayoutFault[] = [];
  for (const failing of failingByTable.values()) {
    const fault = layoutFault(failing, evaluable, original, byCell, smallestOf.get(failing));
    if (fault) layout.push(fault);
  }
  const explained = new Set(packedMap(layout, (f) => f.table));
  // A correction that ends where it started (the cell was right after all) is no correction.
  const result: ArithmeticAnalysis = {
    relations: original,
    corrections: corrections.filter((c) => c.value !== c.actual && !explained.has(c.ref.table)),
    layout,
  };
  cache.set(model.tables, result);
  return result;
}

/** The relations a position's cell takes part in (for hovers), with their state as the table stands. */
export function relationsAt(model: ReportModel, p: Position): { cell: CellRef; states: RelationState[] } | undefined {
  const { relations } = analyzeArithmetic(model);
  for (const s of relations) {
    for (const r of [s.relation.target, ...s.relation.terms.map((t) => t.ref)]) {
      if (r.cell && containsPosition(r.cell.range, p)) {
        const states = relations.filter((o) => cellsOf(o.relation).includes(r.cell!));
        return { cell: r, states };
      }
    }
  }
  return undefined;
}

/**
 * What each blank cell must hold for the relations it takes part in, where they say: a relation whose
 * other cells all have counts gives its one blank the difference (a row's total when the row is filled, a
 * figure when the total and the other figures are). A blank the relations give different figures, a
 * negative one, or none at all, is not in the map.
 */
function blankValues(relations: readonly Relation[], conflicts?: Set<Cell>, open: (cell: Cell) => boolean = isBlank): Map<Cell, number> {
  const given = new Map<Cell, number | null>();
  for (const relation of relations) {
    if (!relation.complete) continue;
    let blank: Term | undefined;
    let sum = 0;
    let usable = true;
    // The target as a term of sign −1, then the terms (without an array of them made per relation).
    for (let k = -1; k < relation.terms.length; k++) {
      const term = k < 0 ? { ref: relation.target, sign: -1 as const } : relation.terms[k]!;
      const cell = term.ref.cell;
      if (cell && open(cell)) {
        if (blank) {
          usable = false;
          break;
        }
        blank = term;
        continue;
      }
      const n = countOf(cell);
      if (n === undefined) {
        usable = false;
        break;
      }
      sum += term.sign * n;
    }
    if (!usable || !blank) continue;
    // Σ ±terms − target = 0: the blank's own term makes up the rest.
    const value = -sum * blank.sign;
    const cell = blank.ref.cell!;
    const before = given.get(cell);
    if (value < 0 || !Number.isInteger(value)) given.set(cell, null);
    else if (before === undefined) given.set(cell, value);
    else if (before !== value) given.set(cell, null);
  }
  const out = new Map<Cell, number>();
  for (const [cell, v] of given) {
    if (v !== null) out.set(cell, v);
    else conflicts?.add(cell);
  }
  return out;
}

function isBlank(cell: Cell): boolean {
  return cell.value.kind === 'empty';
}

/** A cell that holds something the sums cannot count: a negative or fractional count, words, a sum that does not hold. */
function isUnreadable(cell: Cell): boolean {
  return cell.value.kind !== 'empty' && countOf(cell) === undefined;
}

/**
 * What each cell the sums cannot read (“-3”, “=SUM(LEFT)”, “1O”) must hold for the relations it takes part in, where
 * they say as for a blank: a relation whose other cells all have counts gives it the difference, and relations that
 * give different figures (or a negative one) give none.
 */
export function unreadableValues(model: ReportModel): ReadonlyMap<Cell, number> {
  return blankValues(sharedRelationsOf(model), undefined, isUnreadable);
}

/**
 * The figures to write into blank cells; `given`: those a relation gives (the others are 0 for none); `unchecked`: the
 * blanks left out because no relation checks them (not in `values`).
 */
export interface BlankFill {
  readonly values: ReadonlyMap<Cell, number>;
  readonly given: ReadonlySet<Cell>;
  readonly unchecked: ReadonlySet<Cell>;
}

/**
 * The figures to write into the blank cells of the tables: the one a relation gives where it gives one
 * (`blankValues`), else 0 — except the blanks of a relation with several blanks that would then fail: a row
 * whose 总计 is 5 with its six applicant cells blank (a table filled in its 总计 column only) cannot say who
 * applied, and zeros there would make the row's total wrong. Those stay blank (not in the map), as does a blank its
 * relations give different figures (one of them is wrong, and 0 would likely be wrong for both) and a blank no
 * relation confirms a 0 for (see below).
 */
export function blankFill(model: ReportModel): BlankFill {
  const relations = sharedRelationsOf(model);
  // Blanks whose relations give figures that disagree, or a negative one: checked, and at odds whatever they hold.
  const conflicts = new Set<Cell>();
  const given = blankValues(relations, conflicts);
  const values = new Map(given);
  const blanks = new Set<Cell>();
  for (const t of model.tables) {
    for (const r of t.rows) {
      for (const c of r.cells) {
        if (c.value.kind !== 'empty') continue;
        blanks.add(c);
        if (!values.has(c)) values.set(c, 0);
      }
    }
  }
  // Each relation's blank cells (in the order of `cellsOf`), found once: undefined for a relation without any (most).
  const blanksOf: (Cell[] | undefined)[] = [];
  const unsure = new Set<Cell>();
  for (const relation of relations) {
    const inIt = blankCellsOf(relation, blanks);
    blanksOf.push(inIt);
    // Most relations hold no blank or one: only one with two or more may fail with zeros in them.
    if (!inIt || inIt.length < 2) continue;
    const state = stateOf(relation, values);
    if (state.evaluable && !state.holds) for (const c of inIt) unsure.add(c);
  }
  for (const c of unsure) values.delete(c);
  // A 0 is written only where a relation confirms it: it holds with the 0, and its blanks all stand on one side
  // (items of a filled total, a row whose 总计 is 0), so that none of them can be more than 0 (with a blank on each
  // side, 5 = 5 would hold as well as 0 = 0). A blank no relation checks (table 二 has none; a row short of cells
  // checks nothing) may be an omission as well as a none: a 0 there would be a guess, worse than a blank left.
  const confirmed = new Set<Cell>();
  for (let i = 0; i < relations.length; i++) {
    const inIt = blanksOf[i];
    if (!inIt) continue;
    const relation = relations[i]!;
    let open = false;
    let side = 0;
    let oneSide = true;
    for (const c of inIt) {
      if (values.has(c) && !given.has(c) && !confirmed.has(c)) open = true;
      const k = Math.sign(coefficient(relation, c));
      if (side === 0) side = k;
      else if (k !== 0 && k !== side) oneSide = false;
    }
    if (!open || !oneSide) continue;
    const state = stateOf(relation, values);
    if (state.evaluable && state.holds) for (const c of inIt) confirmed.add(c);
  }
  const unchecked = new Set<Cell>();
  for (const c of blanks) {
    if (values.has(c) && !given.has(c) && !confirmed.has(c)) {
      values.delete(c);
      if (!conflicts.has(c)) unchecked.add(c);
    }
  }
  // A table most of whose rows have cells missing or extra (its columns are not the format's: the 总计 column left
  // out, a row of labels read as a cell) cannot say which column a blank stands in: its blanks are not filled.
  for (const t of model.tables) {
    if (!columnsUnlike(t)) continue;
    for (const r of t.rows) {
      for (const c of r.cells) {
        if (c.value.kind !== 'empty' || !values.has(c)) continue;
        values.delete(c);
        unchecked.add(c);
      }
    }
  }
  return { values, given: new Set([...given.keys()].filter((c) => values.has(c))), unchecked };
}

/**
 * A relation with blank cells that no figures in them could make hold: blanks are 0 or more, and the figures
 * written on the side of the equation that holds the blanks already exceed the other side (（七）总计 34 under
 * items written 12, 1, 3, … that make 35, the rest of the column blank). Such a relation is not checked as the
 * others are (a blank may be an omission), yet it fails whatever the blanks hold.
 */
export interface BoundViolation {
  readonly relation: Relation;
  /** The cell the finding stands on: the relation's target, or its first written figure when the target is blank. */
  readonly cell: Cell;
  readonly ref: CellRef;
  /** The blank cells of the relation, all on one side of it. */
  readonly blanks: readonly CellRef[];
  /** The sum of the figures written on the blanks' side, and the sum of the other side (blank-free). */
  readonly written: number;
  readonly other: number;
}

/**
 * The relations `boundViolation` finds failing whatever their blanks hold, with the figures other findings correct
 * taken as corrected (a wrong figure reported on its own is not reported again here). Tables with a layout fault
 * (their figures read in the wrong places) and relations with a cell the sums cannot read, or without a cell, are
 * left out.
 */
export function boundViolations(model: ReportModel): readonly BoundViolation[] {
  let out = boundCache.get(model.tables);
  if (!out) {
    out = findBoundViolations(model);
    boundCache.set(model.tables, out);
  }
  return out;
}

/**
 * `boundViolations`, kept by the model's tables: each of the four arithmetic rules asks for them, and they were found
 * four times over a report with corrections or blanks.
 */
const boundCache = new Derived<ReportModel['tables'], readonly BoundViolation[]>('bound violations');

function findBoundViolations(model: ReportModel): readonly BoundViolation[] {
  const { corrections, layout } = analyzeArithmetic(model);
  const relations = sharedRelationsOf(model);
  const out: BoundViolation[] = [];
  const misread = new Set(layout.map((f) => f.table));
  // The corrected figures, gathered when a first relation with a blank asks for them (most have none).
  let values: Map<Cell, number> | undefined;
  for (const relation of relations) {
    if (!relation.complete || misread.has(relation.target.table) || !withBlank(relation)) continue;
    if (!values) {
      values = new Map();
      for (const c of corrections) if (c.value !== undefined) values.set(c.cell, c.value);
    }
    const v = boundViolation(relation, values);
    if (v) out.push(v);
  }
  return out;
}

/** The relation has all its cells, and a blank among them. */
function withBlank(relation: Relation): boolean {
  let anyBlank = false;
  for (let k = -1; k < relation.terms.length; k++) {
    const cell = k < 0 ? relation.target.cell : relation.terms[k]!.ref.cell;
    if (!cell) return false;
    if (isBlank(cell)) anyBlank = true;
  }
  return anyBlank;
}

/** `relation`'s violation whatever its blanks hold, if any; it has all its cells and a blank among them (withBlank). */
function boundViolation(relation: Relation, values: ReadonlyMap<Cell, number>): BoundViolation | undefined {
  // target − Σ sign·term = 0: the target and the terms of sign −1 on one side (+), the terms of sign +1 on the other.
  let plus = 0;
  let minus = 0;
  let blankPlus = 0;
  let blankMinus = 0;
  const blanks: CellRef[] = [];
  let first: CellRef | undefined;
  for (let k = -1; k < relation.terms.length; k++) {
    const ref = k < 0 ? relation.target : relation.terms[k]!.ref;
    const side = k < 0 ? 1 : -relation.terms[k]!.sign;
    const cell = ref.cell;
    if (!cell) return undefined;
    if (isBlank(cell)) {
      blanks.push(ref);
      if (side > 0) blankPlus++;
      else blankMinus++;
      continue;
    }
    const n = valueOf(values, cell);
    if (n === undefined) return undefined;
    first ??= ref;
    if (side > 0) plus += n;
    else minus += n;
  }
  if (blanks.length === 0 || (blankPlus > 0 && blankMinus > 0) || !first) return undefined;
  const written = blankPlus > 0 ? plus : minus;
  const other = blankPlus > 0 ? minus : plus;
  if (written <= other) return undefined;
  return { relation, cell: first.cell!, ref: first, blanks, written, other };
}
