import type { CellRef } from '../arithmetic';
import { cellName } from '../describe';
import { text, type LocalizedText } from '../i18n';
import type { CellDefect } from '../numbers';
import { defineRule, type RuleFinding } from '../rule';

function explain(defect: CellDefect, raw: string): LocalizedText {
  switch (defect) {
    case 'letter-o':
      return text(`“${raw}”里是字母 O，不是数字 0`, `“${raw}” has the letter O, not the digit 0`);
    case 'placeholder':
      return text(`“${raw}”不是数字；没有发生应填 0`, `“${raw}” is not a number; write 0 when there were none`);
    case 'unit':
      return text(`“${raw}”把单位写进了单元格，单元格只应填数字`, `“${raw}” has a unit in the cell; the cell takes the number only`);
    case 'chinese-numeral':
      return text(`“${raw}”是汉字数字，表格应使用阿拉伯数字`, `“${raw}” is a Chinese numeral; tables use Arabic digits`);
    case 'words':
      return text(`“${raw}”含有文字，单元格只应填数字`, `“${raw}” has words in it; the cell takes a number only`);
    case 'text':
      return text(`“${raw}”不是数字`, `“${raw}” is not a number`);
  }
}

export default defineRule(
  {
    code: 'cell-not-number',
    severity: 'error',
    category: 'table',
    title: text('单元格不是数字', 'Cell is not a number'),
    fixable: true,
    doc: {
      summary: text('应填数字的单元格里是字母、文字或符号，如字母 O、“减4”、“/”。', 'A cell that takes a number holds a letter, words or a symbol: the letter O, “减4”, “/”.'),
      details: text(
        '表格中的计数必须是阿拉伯数字。常见错误：用字母 O 代替 0；用“/”“—”“无”表示没有（应填 0）；把单位写进单元格（“5件”“160.5964万元”）；写成“减4”“增3”。能确定正确写法时提供修复。这样的单元格不参与合计检查。没有规章制定权的机关常在表二“规章”行填“/”，这种情况只作提示（info）。',
        'Counts must be Arabic numerals. Usual slips: the letter O for 0; “/”, “—” or “无” for none (write 0); a unit inside the cell; “减4”. A fix is offered where the intended number is certain. Such cells are left out of the arithmetic. A “/” in table 二’s 规章 row, common for offices without rule-making power, is only a note (info).',
      ),
      bad: '规章\t/\t/\t/',
      good: '规章\t0\t0\t0',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const table of model.tables) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          if (cell.value.kind !== 'text') continue;
          const raw = cell.raw.trim();
          const ref: CellRef = { table, row, column: cell.column, cell };
          const where = cellName(ref);
          const why = explain(cell.value.defect, raw);
          const suggestion = cell.value.suggestion;
          // Offices without rule-making power often write “/” in the 规章 row (format §2): a note, not an error.
          const noRules = table.kind === 'active' && row.spec?.id === 'regulation' && cell.value.defect === 'placeholder';
          out.push({
            ...(noRules ? { severity: 'info' as const } : {}),
            range: cell.range,
            message: noRules
              ? text(`${where['zh-CN']}：${why['zh-CN']}（没有规章制定权的机关填 0 即可）。`, `${where.en}: ${why.en} (an office without rule-making power writes 0).`)
              : text(`${where['zh-CN']}：${why['zh-CN']}。`, `${where.en}: ${why.en}.`),
            related: [],
            fixes: suggestion !== undefined ? [{ title: text(`改为 ${suggestion}`, `Change to ${suggestion}`), edits: [{ range: cell.range, newText: suggestion }] }] : [],
          });
        }
      }
    }
    return out;
  },
);
