/**
 * The table quantities prose can speak about, as readings: named sums of cells with their value in
 * the report's own tables.
 */
import type { CellRef } from '../arithmetic';
import { cellName } from '../describe';
import { text, type LocalizedText } from '../i18n';
import type { ReportModel, Table, TableRow } from '../model';
import type { TableKind } from '../template';

export interface Reading {
  readonly name: LocalizedText;
  readonly cells: readonly CellRef[];
  /** Σ of the cells, or undefined when one is missing, blank or not a number. */
  readonly value: number | undefined;
}

export type Quantity =
  | 'new' | 'newPlusCarried' | 'handled' | 'newOrHandled' | 'carried' | 'carryNext'
  | 'open' | 'partial' | 'withhold' | 'unable' | 'reject' | 'otherHandling'
  | 'natural' | 'orgs'
  | 'regulation.issued' | 'regulation.repealed' | 'regulation.inForce'
  | 'normative.issued' | 'normative.repealed' | 'normative.inForce'
  | 'license' | 'penalty' | 'coercion' | 'fee'
  | 'review' | 'reviewCorrected' | 'suits' | 'suitsLost' | 'reviewAndSuits' | 'lost';

function tableOf(model: ReportModel, kind: TableKind): Table | undefined {
  return model.tables.find((t) => t.kind === kind);
}

function rowOf(table: Table | undefined, id: string): TableRow | undefined {
  return table?.rows.find((r) => r.spec?.id === id);
}

function cellRef(table: Table | undefined, rowId: string, column: number): CellRef | undefined {
  const row = rowOf(table, rowId);
  if (!table || !row) return undefined;
  const cell = row.cells[column];
  return cell ? { table, row, column, cell } : { table, row, column };
}

function sumOf(refs: readonly (CellRef | undefined)[]): number | undefined {
  let total = 0;
  for (const r of refs) {
    const v = r?.cell?.value;
    if (!v || v.kind !== 'number') return undefined;
    total += v.value;
  }
  return refs.length > 0 ? total : undefined;
}

function reading(name: LocalizedText, refs: readonly (CellRef | undefined)[]): Reading | undefined {
  if (refs.length === 0 || refs.some((r) => r === undefined)) return undefined;
  const cells = refs as CellRef[];
  return { name, cells, value: sumOf(cells) };
}

const TOTAL = 6;

function requestTotal(model: ReportModel, rowId: string): CellRef | undefined {
  return cellRef(tableOf(model, 'requests'), rowId, TOTAL);
}

function groupTotals(model: ReportModel, group: string): (CellRef | undefined)[] {
  const t = tableOf(model, 'requests');
  if (!t) return [undefined];
  const ids = t.rows.filter((r) => r.spec?.group === group || (group === 'otherHandling' && r.spec?.id === 'otherHandling')).map((r) => r.spec!.id);
  return ids.length > 0 ? ids.map((id) => requestTotal(model, id)) : [undefined];
}

function single(ref: CellRef | undefined): LocalizedText {
  return ref ? cellName(ref) : text('', '');
}

/** The readings a quantity admits, in order of preference; unknown cells leave a reading out. */
export function readingsOf(model: ReportModel, q: Quantity): Reading[] {
  const out: (Reading | undefined)[] = [];
  const req = (id: string) => requestTotal(model, id);
  const active = tableOf(model, 'active');
  const review = tableOf(model, 'review');
  const rev = (c: number) => cellRef(review, 'cases', c);
  const doc = (row: string, c: number) => cellRef(active, row, c);
  const newRow = req('new');
  const carried = req('carried');
  const total = req('total');
  const one = (ref: CellRef | undefined, zh?: string, en?: string) => reading(zh !== undefined ? text(zh, en ?? zh) : single(ref), [ref]);
  switch (q) {
    case 'new':
      out.push(one(newRow, '表三“一、本年新收政府信息公开申请数量”总计', 'table 三 “I. new requests” total'));
      break;
    case 'newPlusCarried':
      out.push(reading(text('表三“一、本年新收”与“二、上年结转”之和', 'table 三 I new + II carried over'), [newRow, carried]));
      break;
    case 'handled':
      out.push(reading(text('表三“一、本年新收”与“二、上年结转”之和', 'table 三 I new + II carried over'), [newRow, carried]));
      out.push(one(total, '表三“（七）总计”', 'table 三 “(7) total”'));
      break;
    case 'newOrHandled':
      out.push(one(newRow, '表三“一、本年新收政府信息公开申请数量”总计', 'table 三 “I. new requests” total'));
      out.push(reading(text('表三“一、本年新收”与“二、上年结转”之和', 'table 三 I new + II carried over'), [newRow, carried]));
      out.push(one(total, '表三“（七）总计”', 'table 三 “(7) total”'));
      break;
    case 'carried':
      out.push(one(carried, '表三“二、上年结转政府信息公开申请数量”总计', 'table 三 “II. carried over” total'));
      break;
    case 'carryNext':
      out.push(one(req('carryNext'), '表三“四、结转下年度继续办理”总计', 'table 三 “IV. carried to next year” total'));
      break;
    case 'open':
      out.push(one(req('open'), '表三“（一）予以公开”总计', 'table 三 “(1) disclosed” total'));
      break;
    case 'partial':
      out.push(one(req('partial'), '表三“（二）部分公开”总计', 'table 三 “(2) partly disclosed” total'));
      break;
    case 'withhold':
      out.push(reading(text('表三“（三）不予公开”各项总计之和', 'table 三 “(3) not disclosed”, all items'), groupTotals(model, 'withhold')));
      break;
    case 'unable':
      out.push(reading(text('表三“（四）无法提供”各项总计之和', 'table 三 “(4) cannot be provided”, all items'), groupTotals(model, 'unable')));
      break;
    case 'reject':
      out.push(reading(text('表三“（五）不予处理”各项总计之和', 'table 三 “(5) not processed”, all items'), groupTotals(model, 'reject')));
      break;
    case 'otherHandling':
      out.push(reading(text('表三“（六）其他处理”各项总计之和', 'table 三 “(6) other handling”, all items'), groupTotals(model, 'otherHandling')));
      break;
    case 'natural':
      out.push(one(cellRef(tableOf(model, 'requests'), 'new', 0), '表三“一、本年新收”的“自然人”', 'table 三 I new, natural persons'));
      break;
    case 'orgs':
      out.push(reading(text('表三“一、本年新收”的五类法人或其他组织之和', 'table 三 I new, all organisations'), [1, 2, 3, 4, 5].map((c) => cellRef(tableOf(model, 'requests'), 'new', c))));
      break;
    case 'regulation.issued':
    case 'regulation.repealed':
    case 'regulation.inForce':
    case 'normative.issued':
    case 'normative.repealed':
    case 'normative.inForce': {
      const [row, what] = q.split('.') as ['regulation' | 'normative', 'issued' | 'repealed' | 'inForce'];
      const c = what === 'issued' ? 0 : what === 'repealed' ? 1 : 2;
      out.push(one(doc(row, c)));
      break;
    }
    case 'license':
    case 'penalty':
    case 'coercion':
      out.push(one(doc(q, 0)));
      break;
    case 'fee':
      out.push(one(doc('fee', 0)));
      break;
    case 'review':
      out.push(one(rev(4), '表四“行政复议”总计', 'table 四 administrative review total'));
      break;
    case 'reviewCorrected':
      out.push(one(rev(1), '表四“行政复议”结果纠正', 'table 四 review corrected'));
      break;
    case 'suits':
      out.push(reading(text('表四“未经复议直接起诉”与“复议后起诉”总计之和', 'table 四 lawsuits (direct + after review) total'), [rev(9), rev(14)]));
      break;
    case 'suitsLost':
      out.push(reading(text('表四行政诉讼“结果纠正”之和', 'table 四 lawsuits lost (corrected)'), [rev(6), rev(11)]));
      break;
    case 'reviewAndSuits':
      out.push(reading(text('表四行政复议与行政诉讼总计之和', 'table 四 review and lawsuits, total'), [rev(4), rev(9), rev(14)]));
      break;
    case 'lost':
      out.push(reading(text('表四行政复议与行政诉讼“结果纠正”之和', 'table 四 corrected in review and lawsuits'), [rev(1), rev(6), rev(11)]));
      break;
  }
  return out.filter((r): r is Reading => r !== undefined);
}
