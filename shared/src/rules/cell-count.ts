import { rowName } from '../describe';
import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { TABLE_NAMES } from '../template';

/** Why a short row of a table without TABs cannot be placed. */
const SPACED = {
  zh: '这张表的栏目之间是空格而不是制表符，空白单元格不留痕迹，无法判断缺的是哪一列：没有发生的事项应填 0。',
  en: 'Its columns are parted by spaces, not TABs, so a blank cell leaves no trace and the missing column cannot be told: fill in 0 where nothing happened.',
};

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
        '表三每行7个数字（自然人、五类法人或其他组织、总计；报告自行增加“法人或其他组织”小计列时为8个，小计另行核对），表四一行15个数字，表二的规章和行政规范性文件各3个、其余各1个。少了或多了单元格，通常是导出时合并单元格错位或漏填造成的；这一行不再参与合计检查。',
        'Table 三 rows have 7 figures (8 where a report adds a 法人或其他组织 subtotal column, which is then checked too), table 四 has 15, table 二 has 3 for 规章 and 行政规范性文件 and 1 for the others. A row with more or fewer cells (often a merged cell gone wrong) is reported and left out of the arithmetic.',
      ),
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const table of model.tables) {
      // Without TABs a blank cell leaves no trace: the rows short of figures are one finding, the table's.
      const short = table.separator === 'space' && table.kind !== 'review' ? table.rows.filter((r) => r.spec && r.missingCells > 0 && r.extraCells.length === 0) : [];
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
      for (const row of table.rows) {
        if (!row.spec) continue;
        if (short.length > 1 && short.includes(row)) continue;
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
