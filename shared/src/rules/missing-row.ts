import { analyzeArithmetic } from '../arithmetic';
import { packedMap } from '../arrays';
import { text, type LocalizedText } from '../i18n';
import type { ParseProblem, ReportModel, Table, TableRow } from '../model';
import { countedFigure, formatFigure, parseCell } from '../numbers';
import { defineRule, type RuleFinding } from '../rule';
import { REQUEST_COLUMNS, REQUEST_TOTAL_COLUMN, TABLE_NAMES, rowsFor, type RowSpec } from '../template';

/** This many rows or more missing at one place are reported as one finding. */
const RUN = 3;
/** The rows a finding for a run names one by one before “等N行”. */
const LISTED = 6;

export default defineRule(
  {
    code: 'missing-row',
    severity: 'error',
    category: 'table',
    title: text('表格缺少行', 'Missing table row'),
    fixable: false,
    doc: {
      summary: text('表二、表三或表四缺少国家格式规定的某一行。', 'Table 二, 三 or 四 lacks one of its official rows.'),
      details: text(
        '表三有25行数字（一、本年新收 至 四、结转下年度继续办理），表二有6行，表四有一行15个数字。找不到某行时报告此错误，位置在该行本应出现之处的下一行的标签上（缺的是表格的最后几行时，在其前面最后一行的标签上；表二中缺的是某一组的最后一行时，如第二十条第（一）项下的“行政规范性文件”、第（六）项下的“行政强制”，在本组前一行的标签上，而不是下一组的第一行，两者之间隔着下一组的项名和表头）；该处恰有一行标签不是国家格式的任何栏目、后面跟着该行应有个数的数字（如“行政许”后面一个数字）时，报告在这个标签上，说明它可能就是所缺的行（标签写错）。同一处缺了3行或更多（表格被截断、整组被删）时合为一条，列出所缺各行。缺行的表格不再检查牵涉该行的合计关系，以免一处错误引出多条报告。表三只缺一行、其余各行的数都填全且表中的合计关系都成立时，按合计关系推算这一行的数（办理结果的一项为（七）总计减其他各项，（七）总计为各项之和，一、二、四由一＋二＝（七）总计＋四推算），在消息中列出供补填。',
        'Table 三 has 25 rows of figures, table 二 six rows and table 四 one row of 15 figures. A row that cannot be found is reported on the label of the row after the place it belongs (rows missing at the table’s end: on the label of the last row before them; in table 二, a row missing at the end of its block (行政规范性文件 under 第二十条第（一）项, 行政强制 under 第二十条第（六）项): on the row before it in its block, not on the next block’s first row, a caption and a header between them); where exactly one row there has a label that is none of the format’s, followed by as many figures as the missing row takes (`行政许` and one figure), it is reported on that label, as likely the missing row mislabelled. Three or more missing at one place (a table cut short, a group deleted) are one finding that lists them. Relations that need the missing row are not evaluated. Where table 三 lacks one row alone, every other row is filled and all the table’s relations hold, the message gives the figures the relations leave it (an outcome: (7) total less the other outcomes; (7) total: the outcomes’ sum; I, II or IV: what I + II = (7) total + IV leaves), to fill it in.',
      ),
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const table of model.tables) {
      const specs = rowsFor(table.kind, table.version);
      const found = new Map<string, TableRow>();
      for (const r of table.rows) if (r.spec && !found.has(r.spec.id)) found.set(r.spec.id, r);
      // The missing rows, in order, each with the row found after it (undefined: none, the table's end) and the one
      // found before it (where rows missing at the table's end belong after).
      const missing: { spec: RowSpec; next: TableRow | undefined; previous: TableRow | undefined }[] = [];
      for (let i = 0; i < specs.length; i++) {
        const spec = specs[i]!;
        if (found.has(spec.id)) continue;
        const next = foundAfter(specs, i, found);
        const previous = foundBefore(specs, i, found);
        // Table 二's rows stand in blocks, each under its caption (第二十条第（一）项) and header: a row missing at its
        // block's end belongs after the row before it in the block, not before the next block's first row (a caption
        // and a header between them).
        const blockEnd = table.kind === 'active' && spec.article20 !== undefined && next?.spec?.article20 !== spec.article20 && previous?.spec?.article20 === spec.article20;
        missing.push({ spec, next: blockEnd ? undefined : next, previous });
      }
      // Rows missing at one place: one or two are reported each on its own; a run of RUN or more (a
      // table cut short, a group deleted) is one finding that names them all, not a stack of errors on one line.
      for (let i = 0; i < missing.length; ) {
        let j = i + 1;
        while (j < missing.length && missing[j]!.next === missing[i]!.next && (missing[i]!.next !== undefined || missing[j]!.previous === missing[i]!.previous)) j++;
        const run = missing.slice(i, j);
        const next = run[0]!.next;
        // Rows missing at the table's end (四、结转下年度继续办理) are reported on the last row found, after which they
        // belong, not on the table's first line.
        const previous = next ? undefined : run[0]!.previous;
        const where = next ? next.labelRange : previous ? previous.labelRange : table.anchor;
        const before = next ? text('，应在此行之前', '; they belong before this row') : previous ? text('，应在此行之后', '; they belong after this row') : text('', '');
        if (run.length >= RUN) {
          const zhNames = packedMap(run, (m) => `“${m.spec.label}”`);
          const shown = zhNames.length > LISTED ? `${zhNames.slice(0, LISTED).join('、')}等${run.length}行` : zhNames.join('、');
          out.push({
            range: where,
            message: text(
              `${TABLE_NAMES[table.kind]['zh-CN']}缺少${run.length}行：${shown}${before['zh-CN']}。`,
              `${TABLE_NAMES[table.kind].en} lacks ${run.length} rows: ${packedMap(run, (m) => m.spec.name.en).join('; ')}${before.en}.`,
            ),
            related: [],
            fixes: [],
          });
        } else {
          const stray = run.length === 1 ? strayRowOf(table, run[0]!.spec, found, specs, model.problems) : undefined;
          if (stray) {
            const { spec } = run[0]!;
            out.push({
              range: stray.range,
              message: text(
                `${TABLE_NAMES[table.kind]['zh-CN']}缺少“${spec.label}”这一行；这里的“${stray.label}”不是国家格式的栏目，后面的数字可能就是这一行的，请核对标签。`,
                `${TABLE_NAMES[table.kind].en} lacks the row “${spec.label}” (${spec.name.en}); “${stray.label}” here is none of the format’s rows, and its figures may be that row’s: check the label.`,
              ),
              related: next ? [{ range: next.labelRange, message: text('所缺的行应在此行之前', 'the missing row belongs before this row') }] : [],
              fixes: [],
            });
            i = j;
            continue;
          }
          for (const { spec } of run) {
            // Table 四 has one row, its 15 figures: say that, not a label it does not have.
            const zh = spec.table === 'review' ? '填写15个数字的一行' : `“${spec.label}”这一行`;
            const en = spec.table === 'review' ? 'its row of 15 figures' : `the row “${spec.label}” (${spec.name.en})`;
            const figures = run.length === 1 ? figuresOfMissing(model, table, spec, specs, found) : undefined;
            out.push({
              range: where,
              message: text(
                `${TABLE_NAMES[table.kind]['zh-CN']}缺少${zh}${next ? '，应在此行之前' : previous ? '，应在此行之后' : ''}。${figures ? figures['zh-CN'] : ''}`,
                `${TABLE_NAMES[table.kind].en} lacks ${en}${next ? '; it belongs before this row' : previous ? '; it belongs after this row' : ''}.${figures ? ` ${figures.en}` : ''}`,
              ),
              related: [],
              fixes: [],
            });
          }
        }
        i = j;
      }
    }
    return out;
  },
);

/**
 * The one row of cells no label names (`行政许⇥21650`: the parser's orphan cells) where the missing row `spec`
 * belongs, between the rows found before and after it, its label none of the format's and followed by as many
 * figures as `spec` takes: likely that row, mislabelled. Undefined when there is none or more than one.
 */
function strayRowOf(table: Table, spec: RowSpec, found: ReadonlyMap<string, TableRow>, specs: readonly RowSpec[], problems: readonly ParseProblem[]): { range: ParseProblem['range']; label: string } | undefined {
  if (spec.table === 'review') return undefined;
  const i = specs.indexOf(spec);
  const before = foundBefore(specs, i, found);
  const after = foundAfter(specs, i, found);
  const from = before ? before.range.end.line : table.startLine - 1;
  const to = after ? after.labelRange.start.line : table.endLine + 1;
  let out: { range: ParseProblem['range']; label: string } | undefined;
  for (const p of problems) {
    if (p.kind !== 'orphan-cells' || p.table !== table.kind || p.range.start.line <= from || p.range.start.line >= to) continue;
    const tokens = p.text.split(' ');
    let k = tokens.length;
    while (k > 0 && isFigure(tokens[k - 1]!)) k--;
    const label = tokens.slice(0, k).join('');
    if (!/[\u3400-\u9fff]/.test(label) || tokens.length - k !== spec.columns.length) continue;
    if (out) return undefined;
    out = { range: p.range, label };
  }
  return out;
}

/**
 * The first row found after `specs[i]`, and the last found before it. (Loops, not arrays sliced and mapped: the
 * arrays `map` makes change hidden class once their maker is optimised, and the code that searched them, optimised
 * on the other, was thrown away and compiled again.)
 */
function foundAfter(specs: readonly RowSpec[], i: number, found: ReadonlyMap<string, TableRow>): TableRow | undefined {
  for (let k = i + 1; k < specs.length; k++) {
    const r = found.get(specs[k]!.id);
    if (r) return r;
  }
  return undefined;
}

function foundBefore(specs: readonly RowSpec[], i: number, found: ReadonlyMap<string, TableRow>): TableRow | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const r = found.get(specs[k]!.id);
    if (r) return r;
  }
  return undefined;
}

/** A token written for a figure: a number, or a placeholder or a count with its unit. */
function isFigure(token: string): boolean {
  const v = parseCell(token);
  return v.kind === 'number' || (v.kind === 'text' && (v.defect === 'placeholder' || v.defect === 'unit'));
}

/**
 * What the relations of table 三 say the one missing row held, when they say it: an outcome row is （七）总计 less the
 * other outcomes, （七）总计 the sum of the outcomes, 一, 二 and 四 what the balance leaves (一 + 二 = （七）总计 + 四), column
 * by column. Only when every cell needed is a whole figure in a row of seven, the rest of the table holds (a fault
 * elsewhere would be carried into the row), and the row so found is no figure below 0 and adds up along itself;
 * otherwise nothing is said. Undefined for the other tables, a table of eight columns, or one with subtotal rows.
 */
function figuresOfMissing(model: ReportModel, table: Table, spec: RowSpec, specs: readonly RowSpec[], found: ReadonlyMap<string, TableRow>): LocalizedText | undefined {
  if (table.kind !== 'requests' || table.rows.some((r) => r.subtotalOf)) return undefined;
  const width = REQUEST_TOTAL_COLUMN + 1;
  const rowOf = (id: string): TableRow | undefined => {
    const r = found.get(id);
    return r && r.cells.length === width && r.missingCells === 0 && r.extraCells.length === 0 ? r : undefined;
  };
  const fig = (r: TableRow, c: number): number | undefined => {
    const cell = r.cells[c]!;
    const v = countedFigure(cell.value, cell.raw);
    return v !== undefined && Number.isInteger(v) && v >= 0 ? v : undefined;
  };
  const outcomes = specs.filter((s) => s.outcome && s.id !== spec.id).map((s) => rowOf(s.id));
  if (outcomes.some((r) => r === undefined)) return undefined;
  // The rows each column's figure is worked out from, with their signs.
  let parts: [TableRow, 1 | -1][];
  if (spec.outcome) {
    const total = rowOf('total');
    if (!total) return undefined;
    parts = [[total, 1], ...outcomes.map((r): [TableRow, -1] => [r!, -1])];
  } else if (spec.id === 'total') {
    parts = outcomes.map((r): [TableRow, 1] => [r!, 1]);
  } else if (spec.id === 'new' || spec.id === 'carried' || spec.id === 'carryNext') {
    const [neu, carried, total, next] = (['new', 'carried', 'total', 'carryNext'] as const).map((id) => (id === spec.id ? undefined : rowOf(id)));
    if (spec.id === 'new' && carried && total && next) parts = [[total, 1], [next, 1], [carried, -1]];
    else if (spec.id === 'carried' && neu && total && next) parts = [[total, 1], [next, 1], [neu, -1]];
    else if (spec.id === 'carryNext' && neu && carried && total) parts = [[neu, 1], [carried, 1], [total, -1]];
    else return undefined;
  } else return undefined;
  const row: number[] = [];
  for (let c = 0; c < width; c++) {
    let v = 0;
    for (const [r, sign] of parts) {
      const x = fig(r, c);
      if (x === undefined) return undefined;
      v += sign * x;
    }
    if (v < 0) return undefined;
    row.push(v);
  }
  if (row.slice(0, REQUEST_TOTAL_COLUMN).reduce((a, b) => a + b, 0) !== row[REQUEST_TOTAL_COLUMN]) return undefined;
  // Every relation the table can check holds: the figures found are the table's own, no fault carried over.
  if (analyzeArithmetic(model).relations.some((s) => s.evaluable && !s.holds && s.relation.target.table === table)) return undefined;
  // （七）总计 found from the outcomes must leave the balance holding too, where it can be checked.
  if (spec.id === 'total') {
    const [neu, carried, next] = (['new', 'carried', 'carryNext'] as const).map(rowOf);
    if (neu && carried && next) {
      for (let c = 0; c < width; c++) {
        const [a, b, d] = [fig(neu, c), fig(carried, c), fig(next, c)];
        if (a === undefined || b === undefined || d === undefined || a + b !== row[c]! + d) return undefined;
      }
    }
  }
  const figures = row.map((v) => formatFigure(v));
  return text(
    `按表中的合计关系，这一行应为 ${figures.join('、')}（${REQUEST_COLUMNS.map((c) => c.name['zh-CN']).join('、')}）。`,
    `From the table's relations its figures would be ${figures.join(', ')} (${REQUEST_COLUMNS.map((c) => c.name.en).join(', ')}).`,
  );
}
