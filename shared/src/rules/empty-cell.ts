import { cellName } from '../describe';
import { analyzeArithmetic, blankFill, columnsUnlike, type BlankFill } from '../arithmetic';
import { text, type LocalizedText } from '../i18n';
import type { Cell, TableRow } from '../model';
import { defineRule, type RuleFinding } from '../rule';
import { TABLE_NAMES } from '../template';

const RELATED_LIMIT = 30;

function fixTitle(blanks: number, computed: number): LocalizedText {
  const s = blanks > 1 ? 's' : '';
  if (computed === 0) return text(`把${blanks}个空白单元格填为 0`, `Fill the ${blanks} blank cell${s} with 0`);
  if (computed === blanks) return text(`按合计关系填写${blanks}个空白单元格`, `Fill the ${blanks} blank cell${s} with the figures the totals give`);
  return text(`填写${blanks}个空白单元格（${computed}个按合计关系推算，其余填 0）`, `Fill the ${blanks} blank cells (${computed} with the figures the totals give, the rest with 0)`);
}

export default defineRule(
  {
    code: 'empty-cell',
    severity: 'warning',
    category: 'table',
    title: text('表格有空白单元格', 'Blank cells'),
    fixable: true,
    doc: {
      summary: text('表格中应填数字的单元格是空白的。每张表只报告一次，给出空白单元格的个数；只有一个空白单元格时指向该单元格。', 'Cells that take a number are blank. Reported once per table, with the count; a lone blank cell is pointed at itself.'),
      details: text(
        '没有发生的事项应填 0，不应留空：留空无法区分“没有”与“漏填”，评估时会被扣分，也使合计关系无法核对（含空白单元格的合计关系不检查，除非已填的数已使它无论空白填什么都不能成立）。修复会填写这张表的空白单元格：合计关系能推算出的（如一行只空了一格，而总计和其他各格都填了）填推算出的数，合计关系能确认为 0 的（如总计为 0 的行）填 0；但一行或一列有几个空白、填 0 会使其合计不符时（如只填了总计列、总计不为 0 的行），或一个空白的行与列推算出的数不同时，这些空白保持空白，需按实际填写，修复不会使原本无法核对的合计关系变为不符。不在任何可以核对的合计关系中的空白（表二没有合计关系；缺格的行不参与核对）无法区分“没有”与“漏填”，修复也不填写，只在说明中指出。表格的列与国家格式不同（一半以上的行缺格或多格，cell-count 整张表报告一次）时，空白单元格不另行报告。',
        'Write 0 for none; a blank cannot be told from an omission, costs points in evaluations and leaves the totals unchecked (relations with a blank are not evaluated, unless the figures written already make them fail whatever the blanks hold). The fix fills the blank cells of the table: with the figure the totals give where they give one (a row with one blank beside its total and other figures), with 0 where the totals confirm a 0 (a row whose total is 0); but where a row or column has several blanks that 0 would put at odds with its total (a table filled in its 总计 column only, in a row whose total is not 0), or a blank’s row and column give different figures, they stay blank, to be filled in from the records: the fix puts no unchecked relation at odds. A blank no relation that could be checked holds (table 二 has none; a row short of cells is not checked) cannot be told from an omission: the fix leaves it, and the message says so. In a table whose columns are not the format’s (most rows have cells missing or extra; cell-count reports it once), blanks are not reported apart.',
      ),
      bad: '一、本年新收政府信息公开申请数量\t\t\t\t\t\t\t0',
      good: '一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    // A blank whose relations say what it holds is filled with that (二、上年结转 自然人 left blank beside 总计 5: 5), the
    // rest with 0 unless a total says otherwise (a row filled in its 总计 column only: those stay blank).
    // Worked out only for a report with blanks (most have none: no relation is built for them).
    let fill: BlankFill | undefined;
    // The blank first cell of a row moved one cell to the right is that row's finding (row-total and the others).
    let moved: Set<Cell> | undefined;
    for (const table of model.tables) {
      const blanks: { cell: Cell; row: TableRow }[] = [];
      for (const row of table.rows) {
        for (const cell of row.cells) {
          if (cell.value.kind !== 'empty') continue;
          moved ??= new Set(analyzeArithmetic(model).layout.flatMap((f) => (f.kind === 'shifted-row' ? [f.cells[0]!.cell!] : [])));
          if (!moved.has(cell)) blanks.push({ cell, row });
        }
      }
      if (blanks.length === 0) continue;
      // Most rows with cells missing or extra: the table's columns are not the format's (cell-count reports it
      // once), and a blank may be no cell of it at all (the empty field of a label spanning two columns).
      if (columnsUnlike(table)) continue;
      fill ??= blankFill(model);
      const name = TABLE_NAMES[table.kind];
      const filled = blanks.filter((b) => fill!.values.has(b.cell));
      const unchecked = blanks.filter((b) => fill!.unchecked.has(b.cell)).length;
      const unsure = blanks.length - filled.length - unchecked;
      const computed = filled.filter((b) => fill!.given.has(b.cell)).length;
      // The figure the totals give a blank, where it is not 0 (a 0 is what the message asks for anyway).
      const owed = (cell: Cell): number | undefined => {
        const v = fill!.given.has(cell) ? fill!.values.get(cell) : undefined;
        return v === undefined || v === 0 ? undefined : v;
      };
      const lone = blanks.length === 1 ? blanks[0]! : undefined;
      const loneOwed = lone && owed(lone.cell);
      const loneName = lone && cellName({ table, row: lone.row, column: lone.cell.column, cell: lone.cell });
      out.push({
        // A lone blank is pointed at where it is (the table's first line is far from it in a long table); a table
        // with several is reported at its anchor, the blanks listed beside.
        range: lone ? lone.cell.range : table.anchor,
        message: loneOwed !== undefined && loneName
          ? text(
            `${name['zh-CN']}有1个空白单元格：${loneName['zh-CN']}，按合计关系应为 ${loneOwed}。`,
            `${name.en} has 1 blank cell: ${loneName.en}, where the totals give ${loneOwed}.`,
          )
          : lone && loneName && unchecked === 1
          ? text(
            `${name['zh-CN']}有1个空白单元格：${loneName['zh-CN']}。它不在任何可以核对的合计关系中，无法确定是 0 还是漏填：没有发生的应填 0，否则请按实际填写。`,
            `${name.en} has 1 blank cell: ${loneName.en}. No relation that could be checked holds it, so 0 cannot be told from an omission: write 0 if there were none, else the figure from the records.`,
          )
          : text(
            `${name['zh-CN']}有${blanks.length}个空白单元格，没有发生的事项应填 0。${unsure > 0 ? `其中${unsure}个所在行或列的合计不为 0，无法推算，请按实际填写。` : ''}${unchecked > 0 ? `${unsure > 0 ? '另有' : '其中'}${unchecked}个没有可以核对的合计关系，无法确定是 0 还是漏填，请按实际填写。` : ''}`,
            `${name.en} has ${blanks.length} blank cell${blanks.length > 1 ? 's' : ''}; write 0 where there were none.${unsure > 0 ? ` ${unsure} of them lie in a row or column whose total is not 0 and cannot be worked out: fill them in from the records.` : ''}${unchecked > 0 ? ` ${unchecked} of them${unsure > 0 ? ' more' : ''} take part in no relation that could be checked, so 0 cannot be told from an omission: fill them in from the records.` : ''}`,
          ),
        // Only the blanks listed are named (a table left blank has a hundred).
        related: blanks.slice(0, RELATED_LIMIT).map(({ cell, row }) => {
          const named = cellName({ table, row, column: cell.column, cell });
          const v = owed(cell);
          return {
            range: cell.range,
            message: v === undefined
              ? text(`空白：${named['zh-CN']}`, `blank: ${named.en}`)
              : text(`空白：${named['zh-CN']}，按合计关系应为 ${v}`, `blank: ${named.en}, where the totals give ${v}`),
          };
        }),
        fixes: filled.length === 0 ? [] : [{
          title: fixTitle(filled.length, computed),
          edits: filled.map((b) => ({ range: b.cell.range, newText: String(fill!.values.get(b.cell)) })),
        }],
      });
    }
    return out;
  },
);
