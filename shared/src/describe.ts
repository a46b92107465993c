/**
 * Names of rows, columns and cells, and relations written out with their figures, in both
 * languages. Messages and hovers use these so that every place says the same thing the same way.
 */
import { countedFigure } from './numbers';
import type { CellRef, Relation, RelationState } from './arithmetic';
import { text, type LocalizedText } from './i18n';
import type { Cell, TableRow } from './model';
import { REQUEST_ORG_SUBTOTAL, REQUEST_ORG_SUBTOTAL_COLUMN, TABLE_NAMES } from './template';

/** A row's short name: the official label without the long parenthetical note of 部分公开. */
export function rowName(row: TableRow): LocalizedText {
  if (row.subtotalOf) return text(`${row.label}（小计）`, `${row.label} (subtotal)`);
  if (!row.spec) return text(row.label, row.label);
  const zh = row.spec.label.replace(/（区分处理的.*）$/, '');
  return text(zh, row.spec.name.en);
}

export function columnName(ref: CellRef): LocalizedText {
  if (ref.table.kind === 'requests' && ref.column === REQUEST_ORG_SUBTOTAL_COLUMN) return REQUEST_ORG_SUBTOTAL.name;
  const spec = ref.row.spec?.columns[ref.column] ?? ref.table.rows.find((r) => r.spec)?.spec?.columns[ref.column];
  return spec ? spec.name : text(`第${ref.column + 1}列`, `column ${ref.column + 1}`);
}

export function cellName(ref: CellRef): LocalizedText {
  const col = columnName(ref);
  if (ref.table.kind === 'review') return text(`表四“${col['zh-CN']}”`, `table 四 “${col.en}”`);
  const row = rowName(ref.row);
  const table = ref.table.kind === 'requests' ? ['表三', 'table 三'] : ['表二', 'table 二'];
  return text(`${table[0]}“${row['zh-CN']}”行“${col['zh-CN']}”列`, `${table[1]} row “${row.en}”, column “${col.en}”`);
}

export function tableName(kind: keyof typeof TABLE_NAMES): LocalizedText {
  return TABLE_NAMES[kind];
}

/** Figures of cells as a correction would make them, in place of what the table says. */
export type FigureOverrides = ReadonlyMap<Cell, number>;

/** A term as the sum counts it: its number (a placeholder for none, “/”, counts 0), □ for a blank, or what is written. */
function valueOf(ref: CellRef, overrides?: FigureOverrides): string {
  const corrected = ref.cell && overrides?.get(ref.cell);
  if (corrected !== undefined) return String(corrected);
  const v = ref.cell?.value;
  if (!v || v.kind === 'empty') return '□';
  const counted = countedFigure(v, ref.cell!.raw);
  return counted !== undefined ? String(counted) : ref.cell!.raw.trim();
}

/**
 * `a + b − c` with the figures as the table stands. `compact` leaves out zero terms of long sums
 * (the 21 outcome rows of table 三), saying so.
 */
function sumText(terms: Relation['terms'], compact: boolean, overrides?: FigureOverrides): string {
  // (The long sums' own function: met only after many short ones, it left sumText's optimised code without
  // feedback for it, thrown away the first time.)
  const shown = compact && terms.length > 8 ? withoutZeros(terms, overrides) : terms;
  const omitted = terms.length - shown.length;
  // A loop, not `map(…).join`: `map`'s array is packed or holey by whether this runs optimised, and `join` on
  // the other kind threw the optimised code away.
  let sum = '';
  for (let i = 0; i < shown.length; i++) {
    const t = shown[i]!;
    sum += (i === 0 ? (t.sign < 0 ? '−' : '') : t.sign < 0 ? ' − ' : ' + ') + valueOf(t.ref, overrides);
  }
  return omitted > 0 ? `${sum} + 0 × ${omitted}` : sum;
}

/**
 * The figures of the cells a figure of the prose is read as the sum of, `178 + 5` (the zeros of a long sum
 * counted, as in a relation), when they are two or more and add up to `value` as the table stands; else
 * undefined (one cell, a blank, a difference, a slip read as meant): a hover then shows the value alone.
 */
export function cellsSum(cells: readonly CellRef[], value: number): string | undefined {
  if (cells.length < 2) return undefined;
  let total = 0;
  for (const ref of cells) {
    const v = Number(valueOf(ref));
    if (!Number.isFinite(v)) return undefined;
    total += v;
  }
  if (Math.abs(total - value) > 1e-9) return undefined;
  return sumText(cells.map((ref) => ({ ref, sign: 1 as const })), true);
}

/** A long sum's terms but its zeros, when there are two or more; a single zero is shown where it stands (`+ 0 × 1` says less than `+ 0`). */
function withoutZeros(terms: Relation['terms'], overrides: FigureOverrides | undefined): Relation['terms'] {
  const nonZero = terms.filter((t) => valueOf(t.ref, overrides) !== '0');
  if (terms.length - nonZero.length < 2) return terms;
  return nonZero.length > 0 ? nonZero : terms.slice(0, 1);
}

/** The relation in words: `自然人 + 商业企业 + … = 总计`. */
export function relationWords(relation: Relation): LocalizedText {
  const t = relation.target;
  switch (relation.code) {
    case 'row-total':
      return t.column === REQUEST_ORG_SUBTOTAL_COLUMN
        ? text(`“${rowName(t.row)['zh-CN']}”行：五类法人或其他组织之和 = 法人或其他组织小计`, `row “${rowName(t.row).en}”: the five kinds of organisation = their subtotal`)
        : text(`“${rowName(t.row)['zh-CN']}”行：各类申请人之和 = 总计`, `row “${rowName(t.row).en}”: sum of applicant columns = total`);
    case 'column-total':
      return t.row.subtotalOf
        ? text(`“${columnName(t)['zh-CN']}”列：“${t.row.label}”各项之和 = 小计`, `column “${columnName(t).en}”: items of “${t.row.label}” = subtotal`)
        : text(`“${columnName(t)['zh-CN']}”列：（一）至（六）各项办理结果之和 = （七）总计`, `column “${columnName(t).en}”: outcomes (1)–(6) = (7) total`);
    case 'balance':
      return text(`“${columnName(t)['zh-CN']}”列：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理`, `column “${columnName(t).en}”: I new + II carried over = (7) total + IV carried to next year`);
    case 'review-total': {
      const group = columnName(t)['zh-CN'].split('·')[0] ?? '';
      const groupEn = columnName(t).en.split(':')[0] ?? '';
      return text(`表四“${group}”：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计`, `table 四 “${groupEn}”: upheld + corrected + other + pending = total`);
    }
  }
}

/**
 * The relation with its figures: `171 + 7 + 0 + 0 + 0 + 0 = 178 ✓` (or `≠ 180 ✗`). With `compact`,
 * zero terms of long sums are counted instead of listed. With `overrides`, those cells show the corrected
 * figures (the state then being the relation evaluated with them: `evaluateWith`).
 */
export function relationFigures(state: RelationState, compact = false, overrides?: FigureOverrides): string {
  const r = state.relation;
  const value = (ref: CellRef) => valueOf(ref, overrides);
  if (r.code === 'balance') {
    const [neu, carried, total] = r.terms;
    const lhs = `${value(neu!.ref)} + ${value(carried!.ref)}`;
    const rhs = `${value(total!.ref)} + ${value(r.target)}`;
    if (!state.evaluable) return `${lhs} = ${rhs}`;
    const l = state.expected! + (Number(value(total!.ref)) || 0);
    const rr = state.actual! + (Number(value(total!.ref)) || 0);
    return l === rr ? `${lhs} = ${rhs} = ${l} ✓` : `${lhs} = ${l} ≠ ${rhs} = ${rr} ✗`;
  }
  const lhs = sumText(r.terms, compact, overrides);
  if (!state.evaluable) return `${lhs} = ${value(r.target)}`;
  return state.holds ? `${lhs} = ${state.expected} ✓` : `${lhs} = ${state.expected} ≠ ${state.actual} ✗`;
}
