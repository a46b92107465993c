/**
 * The table quantities prose can speak about, as readings: named sums of cells with their value in
 * the report's own tables.
 */
import { packedMap } from '../arrays';
import { isPlaceholder } from '../numbers';
import type { CellRef } from '../arithmetic';
import { cellName, rowName } from '../describe';
import { text, type LocalizedText } from '../i18n';
import type { Cell, ReportModel, Table, TableRow } from '../model';
import type { TableKind } from '../template';
import { Derived } from '../derived';

export interface Reading {
  readonly name: LocalizedText;
  readonly cells: readonly CellRef[];
  /**
   * Σ of the cells, or undefined when one is missing or not a number, or when no figure is written at
   * all. A blank counts 0 in a sum beside written figures (`reading`), and a table 三 row whose 总计 is
   * left blank counts as the sum of its applicant columns (`totalPart`); the name says so either way.
   */
  readonly value: number | undefined;
}

/** Who applied: table 三's applicant columns (orgs = the five 法人或其他组织 columns together). */
export type Applicant = 'natural' | 'orgs' | 'business' | 'research' | 'nonprofit' | 'legal' | 'otherOrg';
/** Table 四's case groups: 行政复议, 行政诉讼 (both kinds), each kind of suit, review and suits together. */
export type CaseGroup = 'review' | 'suits' | 'suits.direct' | 'suits.afterReview' | 'reviewAndSuits';
export type CaseResult = 'upheld' | 'corrected' | 'other' | 'pending';
/** One numbered item of table 三's outcomes (`item:reject.repeat` = （五）2.重复申请). */
export type OutcomeItem = `item:${string}`;
/** The sum of some of table 三's outcome groups, in the table's order (`outcomes:open+unable` = （一）＋（四）). */
export type OutcomeSum = `outcomes:${string}`;

export type Quantity =
  | 'new' | 'newPlusCarried' | 'handled' | 'newOrHandled' | 'total' | 'carried' | 'carryNext'
  /** How many of the year's new requests at least were not dealt with: 四 − 二, when 四 exceeds 二. */
  | 'unfinishedNew'
  /** How many of the requests of the year's work (一＋二, last year's carry-over with the new) were not dealt with: 四. */
  | 'unfinishedAll'
  /**
   * How many of the year's new requests were dealt with when every request still open is a new one: 一 − 四
   * (收到申请178件，办结173件，结转下年度5件: the new requests split in two, last year's carry-over left out).
   */
  | 'newLessNext'
  /** How many of the year's new requests at least were not disclosed: 一 − （一）予以公开, when 一 exceeds it. */
  | 'notOpenNew'
  | 'open' | 'partial' | 'openPlusPartial' | 'withhold' | 'unable' | 'reject' | 'otherHandling'
  /**
   * An outcome of the year's new requests alone (本年新收申请中，予以公开6件): the table's outcome when nothing was
   * carried over (二 = 0); none else, as last year's requests may be among the table's.
   */
  | `newOnly:${string}`
  | OutcomeItem
  | OutcomeSum
  | Applicant
  /** An applicant's requests dealt with: its column of （七）总计 (已办结4件，其中自然人3件). */
  | `handled:${Applicant}`
  | 'regulation.issued' | 'regulation.repealed' | 'regulation.inForce'
  | 'normative.issued' | 'normative.repealed' | 'normative.inForce'
  | 'license' | 'penalty' | 'coercion' | 'fee'
  | CaseGroup | `${CaseGroup}.${CaseResult}`
  /**
   * The cases of a group without one result: not upheld (结果纠正 + 其他结果 + 尚未审结, 0 when “均获维持” is true),
   * not corrected (0 when a bare “结果纠正” after the count is), not pending (0 when a bare “尚未审结” is).
   */
  | `${CaseGroup}.${NotResult}`;

/** The results a statement about every case of a group may name: all upheld, all corrected, all pending. */
export type NotResult = 'notUpheld' | 'notCorrected' | 'notOther' | 'notPending';

function tableOf(model: ReportModel, kind: TableKind): Table | undefined {
  return model.tables.find((t) => t.kind === kind);
}

function rowOf(table: Table | undefined, id: string): TableRow | undefined {
  return table?.rows.find((r) => r.spec?.id === id);
}

function cellRef(table: Table | undefined, rowId: string, column: number): CellRef | undefined {
  const row = rowOf(table, rowId);
  if (!table || !row) return undefined;
  return cellOfRow(table, row, column);
}

function cellOfRow(table: Table, row: TableRow, column: number): CellRef {
  // A row short of figures in a table without TABs: a blank cell left no trace, so which figure is in which column is
  // not known (行政规范性文件  35  102 with 制发 blank would read 35 as 制发); none of its cells is read.
  const cell = table.separator === 'space' && row.missingCells > 0 ? undefined : row.cells[column];
  return cell ? { table, row, column, cell } : { table, row, column };
}

/** Table 三's applicant columns, before its 总计. */
const APPLICANT_COLUMN_INDEXES = [0, 1, 2, 3, 4, 5];

/**
 * A table-二 cell by what its column means: the 2019 trial table has other columns (本年新公开数量,
 * 上一年项目数量 …) at the same places, and no 废止, 现行有效 or 收费金额 column at all.
 */
function cellByColumn(table: Table | undefined, rowId: string, columnIds: readonly string[]): CellRef | undefined {
  const column = rowOf(table, rowId)?.spec?.columns.findIndex((c) => columnIds.includes(c.id)) ?? -1;
  return column < 0 ? undefined : cellRef(table, rowId, column);
}

/**
 * A cell's figure: its number (not below 0), or the number a slip certainly stands for (“—” or “无” for 0, “5件” for 5,
 * the letter O for 0: cell-not-number's fix); undefined for a blank, words, an amount with its unit
 * (251000元 in a column of 万元) or a missing cell.
 */
function figureOf(cell: Cell | undefined): number | undefined {
  const v = cell?.value;
  // A negative count is a slip of the table (invalid-number), no figure prose could be read against.
  if (v?.kind === 'number') return v.value < 0 ? undefined : v.value;
  if (v?.kind !== 'text' || v.suggestion === undefined) return undefined;
  // An amount with its unit may be in 元 where the column takes 万元: not certain.
  if (v.defect === 'unit' && /元/.test(cell!.raw)) return undefined;
  const n = Number(v.suggestion);
  return Number.isFinite(n) ? n : undefined;
}

function sumOf(refs: readonly CellRef[]): number | undefined {
  let total = 0;
  for (const r of refs) {
    const v = figureOf(r.cell);
    if (v === undefined) return undefined;
    total += v;
  }
  return refs.length > 0 ? total : undefined;
}

/** What a reading's name adds when it reads slips as meant: `（“—”按0计）`. */
function asMeant(refs: readonly CellRef[]): [string, string] {
  const seen = new Map<string, number>();
  for (const r of refs) {
    const v = r.cell?.value;
    if (v?.kind === 'text' && v.suggestion !== undefined && seen.size < 2) seen.set(r.cell!.raw.trim(), figureOf(r.cell)!);
  }
  if (seen.size === 0) return ['', ''];
  const each = [...seen];
  return [`（${each.map(([raw, v]) => `“${raw}”按${v}计`).join('，')}）`, ` (${each.map(([raw, v]) => `“${raw}” read as ${v}`).join(', ')})`];
}

function withSlips(name: LocalizedText, refs: readonly CellRef[]): LocalizedText {
  const [zh, en] = asMeant(refs);
  return zh ? text(`${name['zh-CN']}${zh}`, `${name.en}${en}`) : name;
}

/**
 * A named sum of cells. In a sum of several cells, a blank one counts 0 (the format's convention: 没有
 * 发生的事项填 0; the blank is empty-cell's finding) as long as another holds a figure, and the name
 * says so; the reading then points at the figures only. A single blank cell, a sum of blanks only, or
 * any cell that is missing or not a number leaves the value unknown.
 */
/** The figures among `refs`, blanks counting 0: their sum and the cells holding them; undefined when a cell is missing or not a number. */
function writtenSum(refs: readonly (CellRef | undefined)[]): { sum: number; figures: CellRef[] } | undefined {
  let sum = 0;
  const figures: CellRef[] = [];
  for (const r of refs) {
    const v = r?.cell?.value;
    if (!v) return undefined;
    if (v.kind === 'empty') continue;
    const figure = figureOf(r!.cell);
    if (figure === undefined) return undefined;
    sum += figure;
    figures.push(r!);
  }
  return { sum, figures };
}

function reading(name: LocalizedText, refs: readonly (CellRef | undefined)[]): Reading | undefined {
  if (refs.length === 0 || refs.some((r) => r === undefined)) return undefined;
  const cells = refs as CellRef[];
  if (cells.length === 1 || !cells.some((r) => r.cell?.value.kind === 'empty')) {
    const value = sumOf(cells);
    return { name: value === undefined ? name : withSlips(name, cells), cells, value };
  }
  const w = writtenSum(cells);
  if (!w || w.figures.length === 0) return { name, cells, value: undefined };
  return { name: withSlips(text(`${name['zh-CN']}（空白栏按0计）`, `${name.en} (blank cells counted as 0)`), w.figures), cells: w.figures, value: w.sum };
}

const TOTAL = 6;

/** One row's 总计 in a reading: the cells it stands for, its value, and whether it was worked out from a blank 总计. */
interface TotalPart {
  readonly refs: readonly CellRef[];
  readonly value: number | undefined;
  readonly fromColumns: boolean;
  /** A figure is written in the row (0 included). */
  readonly written: boolean;
}

/**
 * A 总计 as prose speaks of it: table 三's for a row (its six applicant columns beside it), table 四's
 * for a group of cases (its four results before it). Where the writer filled the figures and left 总计
 * blank (a real report: 予以公开 258 | 12 | | | 1 | 1 | blank), the total is the sum of what is written,
 * blanks counting 0, as the format's own convention has it (没有发生的事项填 0): the prose's
 * “予以公开及部分公开258件” is then checked against 275 instead of nothing. The blank itself is
 * empty-cell's finding. A 总计 with anything else is read as written, a slip as it is meant (“178件”
 * as 178, “—” as 0 when nothing beside it says otherwise); words or no cell leave it unknown, as does a
 * component that is words.
 */
function totalPart(ref: CellRef | undefined, components: readonly (CellRef | undefined)[]): TotalPart | undefined {
  if (!ref) return undefined;
  const value = ref.cell?.value;
  if (isPlaceholder(value)) {
    // “—” for none in a row whose other cells hold figures: the two disagree, and neither is taken.
    const w = writtenSum(components);
    if (!w || w.sum !== 0) return { refs: [ref], value: undefined, fromColumns: false, written: false };
  }
  if (value?.kind !== 'empty') return { refs: [ref], value: sumOf([ref]), fromColumns: false, written: figureOf(ref.cell) !== undefined };
  const w = writtenSum(components);
  if (!w) return { refs: [ref], value: undefined, fromColumns: false, written: false };
  // The cells that make the total: those with a figure other than 0 (the zeros add nothing to point at).
  const adding = w.figures.filter((c) => figureOf(c.cell) !== 0);
  return { refs: adding.length > 0 ? adding : [ref], value: w.sum, fromColumns: true, written: w.figures.length > 0 };
}

/** What a reading's name adds when a blank 总计 was worked out from the figures beside it. */
const FROM_APPLICANTS = ['（表中总计栏空白，按各类申请人之和计）', ' (the total column is blank: the applicant columns added up)'] as const;
const FROM_RESULTS = ['（表中总计栏空白，按各项结果之和计）', ' (the total is blank: the results added up)'] as const;

/**
 * A reading made of totals. Totals worked out from blank 总计 cells are named as such; a reading with
 * no figure written at all (every row of it blank) has no value: a table left empty says nothing.
 */
function totalsReading(zh: string, en: string, parts: readonly (TotalPart | undefined)[], worked: readonly [string, string] = FROM_APPLICANTS): Reading | undefined {
  if (parts.length === 0) return undefined;
  let value: number | undefined = 0;
  let fromColumns = false;
  let written = false;
  const cells: CellRef[] = [];
  for (const p of parts) {
    if (!p) return undefined;
    cells.push(...p.refs);
    fromColumns ||= p.fromColumns;
    written ||= p.written;
    value = value === undefined || p.value === undefined ? undefined : value + p.value;
  }
  if (!written) value = undefined;
  const name = fromColumns ? text(`${zh}${worked[0]}`, `${en}${worked[1]}`) : text(zh, en);
  return { name: value === undefined ? name : withSlips(name, cells), cells, value };
}

const APPLICANT_COLUMNS: Readonly<Record<Applicant, { cols: number[]; zh: string; en: string }>> = {
  natural: { cols: [0], zh: '自然人', en: 'natural persons' },
  orgs: { cols: [1, 2, 3, 4, 5], zh: '法人或其他组织（五列之和）', en: 'legal persons and other organisations (five columns)' },
  business: { cols: [1], zh: '商业企业', en: 'businesses' },
  research: { cols: [2], zh: '科研机构', en: 'research institutions' },
  nonprofit: { cols: [3], zh: '社会公益组织', en: 'non-profit organisations' },
  legal: { cols: [4], zh: '法律服务机构', en: 'legal service providers' },
  otherOrg: { cols: [5], zh: '其他', en: 'other organisations' },
};

const CASE_GROUPS: Readonly<Record<CaseGroup, { offsets: number[]; zh: string; en: string }>> = {
  review: { offsets: [0], zh: '行政复议', en: 'administrative review' },
  suits: { offsets: [5, 10], zh: '行政诉讼（未经复议直接起诉与复议后起诉之和）', en: 'lawsuits (direct and after review)' },
  'suits.direct': { offsets: [5], zh: '行政诉讼“未经复议直接起诉”', en: 'lawsuits without prior review' },
  'suits.afterReview': { offsets: [10], zh: '行政诉讼“复议后起诉”', en: 'lawsuits after review' },
  reviewAndSuits: { offsets: [0, 5, 10], zh: '行政复议与行政诉讼之和', en: 'review and lawsuits together' },
};
const CASE_RESULTS: Readonly<Record<CaseResult | 'total', { column: number; zh: string; en: string }>> = {
  upheld: { column: 0, zh: '结果维持', en: 'upheld' },
  corrected: { column: 1, zh: '结果纠正', en: 'corrected' },
  other: { column: 2, zh: '其他结果', en: 'other outcome' },
  pending: { column: 3, zh: '尚未审结', en: 'pending' },
  total: { column: 4, zh: '总计', en: 'total' },
};

/** The cases of a group without one result, in English (the Chinese names their columns). */
const NOT_RESULT_EN: Readonly<Record<'upheld' | 'corrected' | 'other' | 'pending', string>> = {
  upheld: 'corrected, ended otherwise or pending',
  corrected: 'upheld, ended otherwise or pending',
  other: 'upheld, corrected or pending',
  pending: 'upheld, corrected or ended otherwise',
};

const OUTCOME_GROUP_NAMES: Readonly<Record<string, [string, string]>> = {
  withhold: ['（三）不予公开', '(3) not disclosed'],
  unable: ['（四）无法提供', '(4) cannot be provided'],
  reject: ['（五）不予处理', '(5) not processed'],
  otherHandling: ['（六）其他处理', '(6) other handling'],
};

/** Each outcome group's name, as the table numbers it. */
const OUTCOME_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  open: ['（一）予以公开', '(1) disclosed'],
  partial: ['（二）部分公开', '(2) partly disclosed'],
  ...OUTCOME_GROUP_NAMES,
};

/** Whether a quantity is one of table 三's request counts (for hints about which one prose meant). */
export function isRequestTotal(q: Quantity): boolean {
  return q === 'new' || q === 'newPlusCarried' || q === 'handled' || q === 'newOrHandled' || q === 'carried' || q === 'carryNext';
}

/**
 * Whether a quantity is one figure of the tables. Requests handled may be 一＋二 or （七）总计, and an
 * applicant's requests its 一 or its 一＋二: two statements of one of those may both be right.
 */
export function isOneFigure(q: Quantity): boolean {
  return q !== 'handled' && q !== 'newOrHandled' && !(q in APPLICANT_COLUMNS);
}

/** An applicant kind's column of 一, and of 一＋二 (undefined where its cells are not all there). */
function applicantRows(requests: Table | undefined, who: Applicant): readonly [Reading | undefined, Reading | undefined] {
  const a = APPLICANT_COLUMNS[who];
  const req = (id: string, column: number) => cellRef(requests, id, column);
  return [
    reading(text(`表三“一、本年新收”的“${a.zh}”`, `table 三 I new, ${a.en}`), packedMap(a.cols, (c) => req('new', c))),
    reading(text(`表三“一、本年新收”与“二、上年结转”的“${a.zh}”之和`, `table 三 I new + II carried over, ${a.en}`), a.cols.flatMap((c) => [req('new', c), req('carried', c)])),
  ];
}

/**
 * An applicant kind's readings by the whole each is part of: its column of 一 of 一 (`new`), its column of 一＋二 of 一＋二
 * (`newPlusCarried`). Undefined when `q` is no applicant kind.
 */
export function applicantReadingsOf(model: ReportModel, q: Quantity): { readonly new: Reading | undefined; readonly newPlusCarried: Reading | undefined } | undefined {
  if (!(q in APPLICANT_COLUMNS)) return undefined;
  const [first, second] = applicantRows(tableOf(model, 'requests'), q as Applicant);
  return { new: first, newPlusCarried: second };
}

/** The readings a quantity admits, in order of preference; unknown cells leave a reading out. */
export function readingsOf(model: ReportModel, q: Quantity): Reading[] {
  // A pure function of the tables: computed once per quantity for each set of tables. Kept by the tables, not the
  // model: an editor's next analysis, its tables unchanged (the analysis cache keeps them), has the same readings, so
  // what is made of them (the claims' readings, the findings' messages) can be kept too.
  let known = readingsCache.get(model.tables);
  if (!known) readingsCache.set(model.tables, (known = new Map()));
  let readings = known.get(q);
  if (!readings) known.set(q, (readings = computeReadings(model, q)));
  return readings;
}

const readingsCache = new Derived<readonly Table[], Map<Quantity, Reading[]>>('readings');

function computeReadings(model: ReportModel, q: Quantity): Reading[] {
  const out: (Reading | undefined)[] = [];
  const requests = tableOf(model, 'requests');
  const req = (id: string, column = TOTAL) => cellRef(requests, id, column);
  const active = tableOf(model, 'active');
  const review = tableOf(model, 'review');
  // Each row's 总计 made once, when a case below asks for it (most quantities need none of 一, 二 and （七）),
  // its row found once for its seven cells.
  const rowTotals = new Map<string, TotalPart | undefined>();
  const tot = (id: string): TotalPart | undefined => {
    if (rowTotals.has(id)) return rowTotals.get(id);
    const row = rowOf(requests, id);
    const part = requests && row ? totalPart(cellOfRow(requests, row, TOTAL), packedMap(APPLICANT_COLUMN_INDEXES, (c) => cellOfRow(requests, row, c))) : undefined;
    rowTotals.set(id, part);
    return part;
  };
  const named = (zh: string, en: string, refs: readonly (CellRef | undefined)[]) => reading(text(zh, en), refs);
  const totals = (zh: string, en: string, parts: readonly (TotalPart | undefined)[]) => totalsReading(zh, en, parts);
  const NEW = ['表三“一、本年新收政府信息公开申请数量”总计', 'table 三 “I. new requests” total'] as const;
  const NEW_PLUS = ['表三“一、本年新收”与“二、上年结转”之和', 'table 三 I new + II carried over'] as const;
  const TOTAL_NAME = ['表三“（七）总计”', 'table 三 “(7) total”'] as const;

  if (q.startsWith('newOnly:')) return tot('carried')?.value === 0 ? readingsOf(model, q.slice('newOnly:'.length) as Quantity) : [];
  if (q.startsWith('item:')) {
    const row = rowOf(requests, q.slice(5));
    if (row) {
      const group = OUTCOME_GROUP_NAMES[row.spec?.group ?? ''];
      const name = rowName(row);
      out.push(totals(`表三${group ? `“${group[0]}”中` : ''}“${name['zh-CN']}”总计`, `table 三${group ? ` ${group[1]},` : ''} “${name.en}” total`, [tot(q.slice(5))]));
    }
    return out.filter((r): r is Reading => r !== undefined);
  }
  if (q.startsWith('outcomes:')) {
    // Each group's total (its one reading), summed: a group without a value leaves the sum without one.
    const groups = q.slice(9).split('+');
    const parts = groups.map((g) => readingsOf(model, g as Quantity)[0]);
    if (parts.some((p) => p === undefined)) return [];
    const found = parts as Reading[];
    const names = groups.map((g) => OUTCOME_NAMES[g] ?? [g, g]);
    const value = found.every((p) => p.value !== undefined) ? found.reduce((s, p) => s + p.value!, 0) : undefined;
    return [{
      name: text(`表三${names.map((n) => `“${n[0]}”`).join('与')}之和`, `table 三 ${names.map((n) => n[1]).join(' + ')}`),
      cells: found.flatMap((p) => p.cells),
      value,
    }];
  }
  if (q.startsWith('handled:') && q.slice(8) in APPLICANT_COLUMNS) {
    const a = APPLICANT_COLUMNS[q.slice(8) as Applicant];
    out.push(named(`表三“（七）总计”的“${a.zh}”`, `table 三 (7) total, ${a.en}`, packedMap(a.cols, (c) => req('total', c))));
    return out.filter((r): r is Reading => r !== undefined);
  }
  if (q in APPLICANT_COLUMNS) {
    out.push(...applicantRows(requests, q as Applicant));
    return out.filter((r): r is Reading => r !== undefined);
  }
  const without = /\.not(Upheld|Corrected|Other|Pending)$/.exec(q);
  if (without) {
    const group = q.slice(0, without.index) as CaseGroup;
    const g = CASE_GROUPS[group];
    const result = without[1]!.toLowerCase() as 'upheld' | 'corrected' | 'other' | 'pending';
    const columns = (['upheld', 'corrected', 'other', 'pending'] as const).filter((r) => r !== result).map((r) => CASE_RESULTS[r]);
    if (g) {
      const who = group === 'reviewAndSuits' ? ['行政复议和行政诉讼', 'review and lawsuits'] : [g.zh, g.en];
      out.push(named(
        `表四${who[0]}中${columns.map((c) => `“${c.zh}”`).join('')}的案件数`,
        `table 四 ${who[1]}: cases ${NOT_RESULT_EN[result]}`,
        g.offsets.flatMap((o) => columns.map((r) => cellRef(review, 'cases', o + r.column))),
      ));
    }
    return out.filter((x): x is Reading => x !== undefined);
  }
  const [groupPart, resultPart] = splitCase(q);
  if (groupPart) {
    const g = CASE_GROUPS[groupPart];
    const r = CASE_RESULTS[resultPart ?? 'total'];
    const zh = resultPart ? `表四${g.zh}“${r.zh}”` : `表四${g.zh}总计`;
    const en = resultPart ? `table 四 ${g.en}, ${r.en}` : `table 四 ${g.en}, total`;
    const cell = (o: number, column: number) => cellRef(review, 'cases', o + column);
    if (resultPart) out.push(named(zh, en, packedMap(g.offsets, (o) => cell(o, r.column))));
    else out.push(totalsReading(zh, en, packedMap(g.offsets, (o) => totalPart(cell(o, r.column), packedMap([0, 1, 2, 3], (c) => cell(o, c)))), FROM_RESULTS));
    return out.filter((x): x is Reading => x !== undefined);
  }
  switch (q) {
    case 'new':
      out.push(totals(...NEW, [tot('new')]));
      break;
    case 'newPlusCarried':
      out.push(totals(...NEW_PLUS, [tot('new'), tot('carried')]));
      break;
    case 'handled':
      out.push(totals(...NEW_PLUS, [tot('new'), tot('carried')]));
      out.push(totals(...TOTAL_NAME, [tot('total')]));
      break;
    case 'newOrHandled':
      out.push(totals(...NEW, [tot('new')]));
      out.push(totals(...NEW_PLUS, [tot('new'), tot('carried')]));
      out.push(totals(...TOTAL_NAME, [tot('total')]));
      break;
    case 'total':
      out.push(totals(...TOTAL_NAME, [tot('total')]));
      break;
    case 'carried':
      out.push(totals('表三“二、上年结转政府信息公开申请数量”总计', 'table 三 “II. carried over” total', [tot('carried')]));
      break;
    case 'carryNext':
      out.push(totals('表三“四、结转下年度继续办理”总计', 'table 三 “IV. carried to next year” total', [tot('carryNext')]));
      break;
    case 'unfinishedNew': {
      // Of the requests still open at the end of the year (四), at most 二 came from last year.
      const next = tot('carryNext');
      const both = totals('表三“四、结转下年度继续办理”超出“二、上年结转”的件数', 'table 三 IV carried to next year in excess of II carried over', [next, tot('carried')]);
      // A value for both means one for each (totalsReading has none when a part has none).
      if (both) out.push({ ...both, value: both.value === undefined ? undefined : Math.max(0, next!.value! - tot('carried')!.value!) });
      break;
    }
    case 'unfinishedAll':
      // Every request of the year's work dealt with (共需办理183件，已全部办结): none can be still open.
      out.push(totals('表三“四、结转下年度继续办理”总计', 'table 三 “IV. carried to next year” total', [tot('carryNext')]));
      break;
    case 'newLessNext': {
      const next = tot('carryNext');
      const both = totals('表三“一、本年新收”减去“四、结转下年度继续办理”', 'table 三 I new less IV carried to next year', [tot('new'), next]);
      if (both && both.value !== undefined && tot('new')!.value! >= next!.value!) out.push({ ...both, value: tot('new')!.value! - next!.value! });
      break;
    }
    case 'notOpenNew': {
      // Every new request disclosed (均予以公开) means 予以公开 holds them all, and last year's too if any were disclosed.
      const open = tot('open');
      const both = totals('表三“一、本年新收”超出“（一）予以公开”的件数', 'table 三 I new requests in excess of (1) disclosed', [tot('new'), open]);
      if (both) out.push({ ...both, value: both.value === undefined ? undefined : Math.max(0, tot('new')!.value! - open!.value!) });
      break;
    }
    case 'open':
      out.push(totals('表三“（一）予以公开”总计', 'table 三 “(1) disclosed” total', [tot('open')]));
      break;
    case 'partial':
      out.push(totals('表三“（二）部分公开”总计', 'table 三 “(2) partly disclosed” total', [tot('partial')]));
      break;
    case 'openPlusPartial':
      out.push(totals('表三“（一）予以公开”与“（二）部分公开”总计之和', 'table 三 “(1) disclosed” + “(2) partly disclosed”, total', [tot('open'), tot('partial')]));
      break;
    case 'withhold':
    case 'unable':
    case 'reject':
    case 'otherHandling': {
      const [zh, en] = OUTCOME_GROUP_NAMES[q]!;
      const ids = requests?.rows.filter((r) => r.spec?.group === q || r.spec?.id === q).map((r) => r.spec!.id) ?? [];
      out.push(totals(`表三“${zh}”各项总计之和`, `table 三 “${en}”, all items`, ids.length > 0 ? packedMap(ids, (id) => tot(id)) : [undefined]));
      break;
    }
    case 'regulation.issued':
    case 'regulation.repealed':
    case 'regulation.inForce':
    case 'normative.issued':
    case 'normative.repealed':
    case 'normative.inForce': {
      const [row, what] = q.split('.') as ['regulation' | 'normative', 'issued' | 'repealed' | 'inForce'];
      const ref = cellByColumn(active, row, what === 'issued' ? ['issued', 'made'] : [what]);
      out.push(ref ? reading(cellName(ref), [ref]) : undefined);
      break;
    }
    case 'license':
    case 'penalty':
    case 'coercion':
    case 'fee': {
      const ref = cellByColumn(active, q, q === 'fee' ? ['amount'] : ['decisions']);
      out.push(ref ? reading(cellName(ref), [ref]) : undefined);
      break;
    }
  }
  return out.filter((r): r is Reading => r !== undefined);
}

function splitCase(q: Quantity): [CaseGroup | undefined, CaseResult | undefined] {
  for (const g of ['reviewAndSuits', 'suits.afterReview', 'suits.direct', 'suits', 'review'] as const) {
    if (q === g) return [g, undefined];
    if (q.startsWith(`${g}.`)) {
      const rest = q.slice(g.length + 1);
      if (rest === 'upheld' || rest === 'corrected' || rest === 'other' || rest === 'pending') return [g, rest];
    }
  }
  return [undefined, undefined];
}
