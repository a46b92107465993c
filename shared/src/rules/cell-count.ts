import { rowName } from '../describe';
import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import type { Table, TableRow } from '../model';
import { REQUEST_COLUMNS, TABLE_NAMES } from '../template';

/** Why a short row of a table without TABs cannot be placed. */
const SPACED = {
  zh: '这张表的栏目之间是空格而不是制表符，空白单元格不留痕迹，无法判断缺的是哪一列：没有发生的事项应填 0。',
  en: 'Its columns are parted by spaces, not TABs, so a blank cell leaves no trace and the missing column cannot be told: fill in 0 where nothing happened.',
};

/**
 * Table 三 drawn with other columns than the format's (自然人 and 总计 only, or the organisations
 * merged): most of its rows have one and the same wrong number of figures. Their rows are one finding,
 * the table's, not one per row.
 */
function shapeOf(table: Table): { rows: TableRow[]; have: number; want: number } | undefined {
  if (table.kind !== 'requests') return undefined;
  const data = table.rows.filter((r) => r.spec);
  const byCount = new Map<number, TableRow[]>();
  for (const r of data) {
    if (r.missingCells === 0 && r.extraCells.length === 0) continue;
    const have = r.cells.length + r.extraCells.length;
    const list = byCount.get(have);
    if (list) list.push(r);
    else byCount.set(have, [r]);
  }
  let best: [number, TableRow[]] | undefined;
  for (const entry of byCount) if (!best || entry[1].length > best[1].length) best = entry;
  if (!best || best[1].length < 3 || best[1].length * 2 < data.length) return undefined;
  const first = best[1][0]!;
  return { rows: best[1], have: best[0], want: first.cells.length + first.missingCells };
}

export default defineRule(
  {
    code: 'cell-count',
    severity: 'error',
    category: 'table',
    title: text('单元格数目不对', 'Wrong number of cells'),
    fixable: false,
    doc: {
      summary: text('表格的某一行数字个数与国家格式不符。', 'A table row has more or fewer figures than the national format.'),
      details: text(
        '表三每行7个数字（自然人、五类法人或其他组织、总计；报告自行增加“法人或其他组织”小计列时为8个，小计另行核对），表四一行15个数字，表二的规章和行政规范性文件各3个、其余各1个。少了或多了单元格，通常是导出时合并单元格错位或漏填造成的；这一行不再参与合计检查。表三一半以上的行都是同一个不对的数字个数时（如只画了自然人和总计两列），是表格的列与国家格式不同，整张表报告一次。',
        'Table 三 rows have 7 figures (8 where a report adds a 法人或其他组织 subtotal column, which is then checked too), table 四 has 15, table 二 has 3 for 规章 and 行政规范性文件 and 1 for the others. A row with more or fewer cells (often a merged cell gone wrong) is reported and left out of the arithmetic. When half or more of table 三’s rows have one and the same wrong number of figures (only 自然人 and 总计 drawn, say), the table’s columns are not the format’s: one finding for the table.',
      ),
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const table of model.tables) {
      // Without TABs a blank cell leaves no trace: the rows short of figures are one finding, the table's. Rows that
      // are all as short alike are that finding's too, not a second one saying the columns are not the format's
      // (without TABs, blanks may as well be the reason).
      const short = table.separator === 'space' && table.kind !== 'review' ? table.rows.filter((r) => r.spec && r.missingCells > 0 && r.extraCells.length === 0) : [];
      const shapedAny = shapeOf(table);
      const shaped = shapedAny && !(short.length > 1 && shapedAny.rows.every((r) => short.includes(r))) ? shapedAny : undefined;
      if (short.length > 1) {
        const want = short[0]!.cells.length + short[0]!.missingCells;
        out.push({
          range: short[0]!.labelRange,
          message: text(
            `${TABLE_NAMES[table.kind]['zh-CN']}有${short.length}行数字不全（如“${rowName(short[0]!)['zh-CN']}”应有${want}个数字）。${SPACED.zh}`,
            `${TABLE_NAMES[table.kind].en}: ${short.length} rows lack figures (“${rowName(short[0]!).en}” should have ${want}). ${SPACED.en}`,
          ),
          related: short.slice(1).map((r) => ({ range: r.labelRange, message: text(`这一行有${r.cells.length}个数字`, `${r.cells.length} figures in this row`) })),
          fixes: [],
        });
      }
      if (shaped) {
        const [first, ...rest] = shaped.rows;
        const columns = REQUEST_COLUMNS.map((c) => c.name['zh-CN']);
        out.push({
          range: first!.labelRange,
          message: text(
            `${TABLE_NAMES[table.kind]['zh-CN']}有${shaped.rows.length}行都是${shaped.have}个数字，国家格式每行${shaped.want}个（${columns.join('、')}）：表格的列与国家格式不同，请按国家格式的${shaped.want}列填写。`,
            `${TABLE_NAMES[table.kind].en}: ${shaped.rows.length} rows have ${shaped.have} figures each where the national format has ${shaped.want} (${REQUEST_COLUMNS.map((c) => c.name.en).join(', ')}): the table’s columns are not the format’s; fill in its ${shaped.want} columns.`,
          ),
          related: rest.map((r) => ({ range: r.labelRange, message: text(`这一行有${shaped.have}个数字`, `${shaped.have} figures in this row`) })),
          fixes: [],
        });
      }
      for (const row of table.rows) {
        if (!row.spec) continue;
        if (short.length > 1 && short.includes(row)) continue;
        if (shaped?.rows.includes(row)) continue;
        // What the parser expected: the spec's columns, and a subtotal column where the table has one.
        const want = row.cells.length + row.missingCells;
        const have = row.cells.length + row.extraCells.length;
        if (row.missingCells === 0 && row.extraCells.length === 0) continue;
        // Table 四 is one row of figures: the table is named, not the row.
        const name = table.kind === 'review' ? undefined : rowName(row);
        const spaced = table.separator === 'space' && row.missingCells > 0;
        out.push({
          range: table.kind === 'review' ? row.range : row.labelRange,
          message: text(
            `${TABLE_NAMES[table.kind]['zh-CN']}${name ? `“${name['zh-CN']}”` : ''}应有${want}个数字，这里有${have}个。${spaced ? SPACED.zh : ''}`,
            `${TABLE_NAMES[table.kind].en}${name ? `, “${name.en}”` : ''}: ${want} figures expected, ${have} found.${spaced ? ` ${SPACED.en}` : ''}`,
          ),
          related: row.extraCells.map((c) => ({ range: c.range, message: text('多出的单元格', 'extra cell') })),
          fixes: [],
        });
      }
    }
    return out;
  },
);
