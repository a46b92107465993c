import { cellName } from '../describe';
import { text } from '../i18n';
import type { Cell } from '../model';
import { defineRule, type RuleFinding } from '../rule';
import { TABLE_NAMES } from '../template';

const RELATED_LIMIT = 30;

export default defineRule(
  {
    code: 'empty-cell',
    severity: 'warning',
    category: 'table',
    title: text('表格有空白单元格', 'Blank cells'),
    fixable: true,
    doc: {
      summary: text('表格中应填数字的单元格是空白的。每张表只报告一次，给出空白单元格的个数。', 'Cells that take a number are blank. Reported once per table, with the count.'),
      details: text(
        '没有发生的事项应填 0，不应留空：留空无法区分“没有”与“漏填”，评估时会被扣分，也使合计关系无法核对（含空白单元格的合计关系不检查）。修复会把这张表的全部空白单元格填为 0。',
        'Write 0 for none; a blank cannot be told from an omission, costs points in evaluations and leaves the totals unchecked (relations with a blank are not evaluated). The fix fills every blank cell of the table with 0.',
      ),
      bad: '一、本年新收政府信息公开申请数量\t\t\t\t\t\t\t0',
      good: '一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const table of model.tables) {
      const blanks: { cell: Cell; name: ReturnType<typeof cellName> }[] = [];
      for (const row of table.rows) {
        for (const cell of row.cells) {
          if (cell.value.kind === 'empty') blanks.push({ cell, name: cellName({ table, row, column: cell.column, cell }) });
        }
      }
      if (blanks.length === 0) continue;
      const name = TABLE_NAMES[table.kind];
      out.push({
        range: table.anchor,
        message: text(
          `${name['zh-CN']}有${blanks.length}个空白单元格，没有发生的事项应填 0。`,
          `${name.en} has ${blanks.length} blank cell${blanks.length > 1 ? 's' : ''}; write 0 where there were none.`,
        ),
        related: blanks.slice(0, RELATED_LIMIT).map((b) => ({ range: b.cell.range, message: text(`空白：${b.name['zh-CN']}`, `blank: ${b.name.en}`) })),
        fixes: [{
          title: text(`把${blanks.length}个空白单元格填为 0`, `Fill the ${blanks.length} blank cell${blanks.length > 1 ? 's' : ''} with 0`),
          edits: blanks.map((b) => ({ range: b.cell.range, newText: '0' })),
        }],
      });
    }
    return out;
  },
);
