/**
 * Two consecutive years of one body, made from a seed: the years moved back, and table cells set to
 * other figures that keep every relation of the format (so the previous year is itself a clean report).
 */
import { parseReport, type TableKind } from '../../shared/src';
import { offsetAt } from '../../shared/src/text';

/** Moves every `YYYY年` (and `YYYY 年`) by `by` years; document numbers such as 〔2021〕 stay. */
export function shiftYears(text: string, by: number): string {
  return text.replace(/(?<!\d)(20\d{2})(\s*年)/g, (_, y: string, rest: string) => `${Number(y) + by}${rest}`);
}

export interface RowEdit {
  readonly table: TableKind;
  readonly row: string;
  /** The row's cells from the first; undefined keeps a cell as it is. */
  readonly values: readonly (string | number | undefined)[];
}

/** Sets table cells by row id, replacing exactly each cell's text. */
export function withRows(text: string, edits: readonly RowEdit[]): string {
  const model = parseReport(text);
  const changes: { start: number; end: number; value: string }[] = [];
  for (const e of edits) {
    const row = model.tables.find((t) => t.kind === e.table)?.rows.find((r) => r.spec?.id === e.row);
    if (!row) throw new Error(`no row ${e.table}/${e.row}`);
    e.values.forEach((v, i) => {
      if (v === undefined) return;
      const cell = row.cells[i];
      if (!cell) throw new Error(`no cell ${e.row}#${i}`);
      changes.push({ start: offsetAt(model.lines, cell.range.start), end: offsetAt(model.lines, cell.range.end), value: String(v) });
    });
  }
  changes.sort((a, b) => b.start - a.start);
  let out = text;
  for (const c of changes) out = out.slice(0, c.start) + c.value + out.slice(c.end);
  return out;
}

const seven = (natural: number, total = natural) => [natural, 0, 0, 0, 0, 0, total];

const OUTCOME_ROWS = [
  'partial', 'withhold.secret', 'withhold.law', 'withhold.security', 'withhold.thirdParty', 'withhold.internal', 'withhold.process',
  'withhold.enforcement', 'withhold.query', 'unable.notHeld', 'unable.notReady', 'unable.unclear', 'reject.petition', 'reject.repeat',
  'reject.publication', 'reject.massive', 'reject.confirm', 'other.noCorrection', 'other.noFee', 'other.other',
];

/**
 * Table 三 of a clean year in which every request came from a natural person and was disclosed:
 * `received` new, `carried` from the year before, `carriedOut` into the next (一＋二＝三＋四 holds).
 */
export function requestsYear(received: number, carried: number, carriedOut: number): RowEdit[] {
  const handled = received + carried - carriedOut;
  return [
    { table: 'requests', row: 'new', values: seven(received) },
    { table: 'requests', row: 'carried', values: seven(carried) },
    { table: 'requests', row: 'open', values: seven(handled) },
    ...OUTCOME_ROWS.map((row): RowEdit => ({ table: 'requests', row, values: seven(0) })),
    { table: 'requests', row: 'total', values: seven(handled) },
    { table: 'requests', row: 'carryNext', values: seven(carriedOut) },
  ];
}

/**
 * Last year's own account of its 主动公开 work, in place of this year's (the paragraph opening `1.主动公开方面。`): a
 * report whose text is last year's word for word, tables apart, is a copy (copied-report).
 */
const OWN_2023_PARAGRAPH =
  '1.主动公开方面。2023年，湘潭县围绕优化营商环境、乡村振兴和民生保障等重点领域，持续加大政府信息主动公开力度，通过县人民政府网站、政务新媒体和政务公开专区同步发布政策文件、规划计划、财政预决算、重大项目和公共服务信息，及时更新机构职能、领导分工等基础信息，做好政策文件的解读工作，以图解、问答等形式方便群众理解政策内容，并在各乡镇便民服务中心设置查阅点，进一步拓宽公众获取政府信息的渠道。';

/** Seed 002's 2023: other figures everywhere, consistent in itself and with seed 002 (2024), and its own 主动公开 paragraph. */
export function previousOf002(text: string, overrides: { received?: number; carriedOut?: number; normativeInForce?: number; review?: readonly number[] } = {}): string {
  return withRows(shiftYears(text, -1).replace(/^1\.主动公开方面。.*$/m, OWN_2023_PARAGRAPH), [
    ...requestsYear(overrides.received ?? 150, 3, overrides.carriedOut ?? 5),
    { table: 'active', row: 'normative', values: [10, 2, overrides.normativeInForce ?? 130] },
    { table: 'active', row: 'license', values: [20000] },
    { table: 'active', row: 'penalty', values: [2500] },
    { table: 'active', row: 'coercion', values: [450] },
    { table: 'active', row: 'fee', values: ['1800.5'] },
    { table: 'review', row: 'cases', values: overrides.review ?? [3, 2, 1, 0, 6, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0] },
  ]);
}
