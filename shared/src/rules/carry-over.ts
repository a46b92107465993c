import { cellName, columnName } from '../describe';
import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { lastYearsOwn, previousName, wholeCopy, numberIn, rowOf } from './previous-year';

export default defineRule(
  {
    code: 'carry-over',
    severity: 'warning',
    category: 'cross-year',
    title: text('上年结转与上一年度报告不符', 'Carry-over differs from last year’s report'),
    fixable: false,
    doc: {
      summary: text(
        '表三“二、上年结转政府信息公开申请数量”应等于上一年度报告表三“四、结转下年度继续办理”，逐列核对。',
        'Table 三 “II. carried over from last year” must equal last year’s “IV. carried to next year”, column by column.',
      ),
      details: text(
        '去年结转到今年继续办理的申请，就是今年从上年结转来的申请，申请人类别也不会变，所以七列（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）都应一一相等。只有提供了同一机关上一年度的报告（命令行 `--previous`，编辑器中同一文件夹里标题相同、年份小一年的报告）才检查；两份报告的年份已知且不相邻时不检查。两边都是数字的单元格才比较。表格的栏目之间是空格而不是制表符、其中一行数字又少于七个时，无法判断空白的是哪一列，不作比较。上一年度报告发布后更正过数据时也可能不符，所以是警告；不提供自动修复，因为无法判断是哪一份报告写错了。',
        'The requests carried into this year are the ones last year carried out of it, and an applicant’s category does not change, so all seven columns must match. Checked only when last year’s report of the same body is given (`--previous` on the command line; in the editor, a report in the same folder with the same title and the year before) and the two years, when known, are consecutive. Only cells that are numbers on both sides are compared. Where either row, in a table whose columns are parted by spaces rather than TABs, has fewer than seven figures, which column is blank is not known, and nothing is compared. A correction after last year’s publication can also explain a difference, hence a warning; there is no automatic fix because either report may be the wrong one.',
      ),
      bad: '（上一年度报告）四、结转下年度继续办理 … 总计 5\n（本年度报告）二、上年结转政府信息公开申请数量 … 总计 3',
      good: '（上一年度报告）四、结转下年度继续办理 … 总计 5\n（本年度报告）二、上年结转政府信息公开申请数量 … 总计 5',
    },
  },
  ({ model, previous }) => {
    if (!previous || !lastYearsOwn(model, previous) || wholeCopy(model, previous)) return [];
    const now = rowOf(model, 'requests', 'carried');
    const before = rowOf(previous, 'requests', 'carryNext');
    if (!now || !before) return [];
    // A row short of figures in a table without TABs: which column its blank is in is not known, nor which figure is
    // whose (二、上年结转  0  0  0  0  0  5 with 自然人 blank would set 5 against last year's 其他).
    if ([now, before].some((r) => r.table.separator === 'space' && r.row.missingCells > 0)) return [];
    const out: RuleFinding[] = [];
    const { 'zh-CN': zhPrev, en: enPrev } = previousName(previous);
    now.row.cells.forEach((cell, column) => {
      const a = numberIn(cell);
      const prevCell = before.row.cells[column];
      const b = numberIn(prevCell);
      if (a === undefined || b === undefined || a === b) return;
      const col = columnName({ table: now.table, row: now.row, column, cell });
      const here = cellName({ table: now.table, row: now.row, column, cell });
      out.push({
        range: cell.range,
        message: text(
          `${here['zh-CN']}为${a}，而${zhPrev}“四、结转下年度继续办理”的“${col['zh-CN']}”为${b}；上年结转应等于上一年度结转下年度继续办理的数量。`,
          `${here.en} is ${a}, but “IV. carried to next year”, ${col.en}, in ${enPrev} is ${b}; the carry-over must equal what last year carried forward.`,
        ),
        related: [{
          range: prevCell!.range,
          document: 'previous',
          message: text(`${zhPrev}：四、结转下年度继续办理，${col['zh-CN']} ${b}`, `${enPrev}: IV. carried to next year, ${col.en} ${b}`),
        }],
        fixes: [],
      });
    });
    return out;
  },
);
