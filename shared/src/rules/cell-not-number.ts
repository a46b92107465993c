import { analyzeArithmetic, unreadableValues, type CellRef } from '../arithmetic';
import { cellName } from '../describe';
import { text, type LocalizedText } from '../i18n';
import { countedFigure, type CellDefect } from '../numbers';
import type { Cell } from '../model';
import { defineRule, type RuleFinding } from '../rule';
import { changeTo } from './helpers';
import { TABLE_NAMES } from '../template';

/** Cells of one table with the same slip (the same placeholder, or units, Chinese numerals, the letter O), from which they are one finding. */
const GROUPED = 3;
const RELATED_LIMIT = 30;

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
    case 'annotated':
      return text(`“${raw}”在数字后带有注释，单元格宜只填数字，注释写在表下或正文中`, `“${raw}” has a note after its figure; a cell had better hold the number only, the note going below the table or into the text`);
    case 'spaced':
      return text(`“${raw}”数字中间有空格`, `“${raw}” has spaces inside the number`);
    case 'formula':
      return text(`“${raw}”写成了算式，单元格只应填结果`, `“${raw}” is written as a sum; the cell takes the result only`);
    case 'text':
      return text(`“${raw}”不是数字`, `“${raw}” is not a number`);
  }
}

/** What `count` cells of one table share (the same placeholder, or the same kind of slip), after the table's name. */
function grouped(defect: CellDefect, example: string, count: number): LocalizedText {
  switch (defect) {
    case 'placeholder':
      return text(`有${count}个单元格填的是“${example}”，不是数字；没有发生应填 0`, `has ${count} cells holding “${example}”, which is not a number; write 0 where there were none`);
    case 'unit':
      return text(`有${count}个单元格把单位写进了单元格（如“${example}”），单元格只应填数字`, `has ${count} cells with a unit in them (such as “${example}”); a cell takes the number only`);
    case 'chinese-numeral':
      return text(`有${count}个单元格用汉字数字填写（如“${example}”），表格应使用阿拉伯数字`, `has ${count} cells written in Chinese numerals (such as “${example}”); tables use Arabic digits`);
    case 'letter-o':
      return text(`有${count}个单元格里是字母 O（如“${example}”），不是数字 0`, `has ${count} cells with the letter O (such as “${example}”), not the digit 0`);
    default:
      return text(`有${count}个单元格不是数字（如“${example}”）`, `has ${count} cells that are not numbers (such as “${example}”)`);
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
        '表格中的计数必须是阿拉伯数字。常见错误：用字母 O 代替 0；用“/”“—”“无”表示没有（应填 0）；把单位写进单元格（“5件”“160.5964万元”）；写成“减4”“增3”。能确定正确写法时提供修复；一张表里同一种错误（同一个符号、都带单位、都用汉字数字、都用字母 O）有3处以上时合为一条，列出各单元格，修复一次改正全部。“/”“—”“无”等表示没有的符号在合计检查中按 0 计算（与读表的人一样），只作警告；合计因此不符、且问题正出在这个单元格时，修复填入合计所需的数字而不是 0。数字后带脚注标记或括号注释（“13*”“13①”“13（含网上申请6件）”）、千位用空格分隔（“1 234”）、合计写成算式且算式成立（“2+11=13”）时，合计检查按其中的数字计算：注释只作提示（info），不提供修复，合计不符时由合计规则改正数字并保留注释；空格和算式作警告，修复写为数字。其他错误写法的单元格不参与合计检查（“1O”可能是 10，也可能是 0）；它所在的合计关系中其余各数都可读、能确定它应填的数时，指出该数（“按合计关系应为 N”）并以它为修复。没有规章制定权的机关常在表二“规章”行填“/”，这种情况只作提示（info）。',
        'Counts must be Arabic numerals. Usual slips: the letter O for 0; “/”, “—” or “无” for none (write 0); a unit inside the cell; “减4”. A fix is offered where the intended number is certain; three or more cells of one table with the same slip (the same placeholder, units, Chinese numerals, the letter O) are one finding that lists them, whose fix corrects them all. A placeholder for none (“/”, “—”, “无”) counts 0 in the sums, as a reader of the table counts it, and is a warning; where the sums then fail and the fault lies in that very cell, the fix writes the figure they need instead of 0. A figure with a footnote mark or a note in brackets after it (“13*”, “13①”, “13（含网上申请6件）”), thousands parted by spaces (“1 234”), or a total written as its sum when the sum holds (“2+11=13”) counts as its figure in the sums: the note is only a note (info) with no fix, and where the sums fail the arithmetic rule corrects the figure keeping the note; spaces and sums are warnings whose fix writes the figure. Cells with other slips are left out of the arithmetic (“1O” may be 10 or 0); where the relations the cell is in tell what it should hold (their other figures all read), the finding names that figure and its fix writes it. A “/” in table 二’s 规章 row, common for offices without rule-making power, is only a note (info).',
      ),
      bad: '规章\t/\t/\t/',
      good: '规章\t0\t0\t0',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    // A placeholder counts 0 in the sums, a count with its unit its figure; where they then fail and the
    // arithmetic puts the fault on such a cell (“/” where 5 belongs, “4件” where 5), the fix writes the figure
    // the sums need, not 0 or 4.
    const needed = new Map<Cell, number | undefined>();
    for (const c of analyzeArithmetic(model).corrections) if (c.cell.value.kind === 'text' && countedFigure(c.cell.value, c.cell.raw) !== undefined) needed.set(c.cell, c.value);
    // A cell the sums cannot count (“=SUM(LEFT)”, “1O”, “三”), alone in a relation whose other cells all count: what
    // the relation gives it is surer than what it seems to say (“1O” may be 10 or 0).
    let given: ReadonlyMap<Cell, number> | undefined;
    const givenOf = (cell: Cell): number | undefined => (countedFigure(cell.value, cell.raw) === undefined ? (given ??= unreadableValues(model)).get(cell) : undefined);
    const fixOf = (cell: Cell, suggestion: string): string | undefined => (needed.has(cell) ? needed.get(cell)?.toString() : givenOf(cell)?.toString() ?? suggestion);
    for (const table of model.tables) {
      // The same slip made throughout a table (“—” for 0, “件” after each figure) is one finding: by defect,
      // and for placeholders by what is written.
      const groups = new Map<string, { cell: Cell; ref: CellRef; suggestion: string }[]>();
      const single: { cell: Cell; ref: CellRef }[] = [];
      for (const row of table.rows) {
        for (const cell of row.cells) {
          if (cell.value.kind !== 'text') continue;
          const ref: CellRef = { table, row, column: cell.column, cell };
          // Offices without rule-making power often write “/” in the 规章 row (format §2): a note, one per cell.
          const noRules = table.kind === 'active' && row.spec?.id === 'regulation';
          const { defect, suggestion } = cell.value;
          // A note after a figure is the writer's to move: told one by one, never removed by a fix.
          if (suggestion !== undefined && !noRules && defect !== 'annotated') {
            const key = defect === 'placeholder' ? `${defect}:${cell.raw.trim()}` : defect;
            const group = groups.get(key) ?? [];
            group.push({ cell, ref, suggestion });
            groups.set(key, group);
          } else {
            single.push({ cell, ref });
          }
        }
      }
      for (const group of groups.values()) {
        if (group.length < GROUPED) {
          single.push(...group);
          continue;
        }
        const first = group[0]!;
        const example = first.cell.raw.trim();
        const { 'zh-CN': zh, en } = TABLE_NAMES[table.kind];
        const defect = first.cell.value.kind === 'text' ? first.cell.value.defect : 'text';
        const what = grouped(defect, example, group.length);
        out.push({
          ...(defect === 'placeholder' ? { severity: 'warning' as const } : {}),
          range: first.cell.range,
          message: text(`${zh}${what['zh-CN']}。`, `${en} ${what.en}.`),
          related: group.slice(0, RELATED_LIMIT).map((g) => {
            const where = cellName(g.ref);
            return { range: g.cell.range, message: text(`“${g.cell.raw.trim()}”：${where['zh-CN']}`, `“${g.cell.raw.trim()}”: ${where.en}`) };
          }),
          fixes: [{
            title: text(`改正这${group.length}个单元格`, `Correct the ${group.length} cells`),
            edits: group.flatMap((g) => {
              const newText = fixOf(g.cell, g.suggestion);
              return newText === undefined ? [] : [{ range: g.cell.range, newText }];
            }),
          }],
        });
      }
      for (const { cell, ref } of single) {
        if (cell.value.kind !== 'text') continue;
        const raw = cell.raw.trim();
        const where = cellName(ref);
        const why = explain(cell.value.defect, raw);
        const defect = cell.value.defect;
        const sums = givenOf(cell);
        const suggestion = defect === 'annotated' ? undefined : cell.value.suggestion === undefined ? sums?.toString() : fixOf(cell, cell.value.suggestion);
        const because = sums === undefined || defect === 'placeholder' || String(sums) === cell.value.suggestion ? text('', '') : text(`；按合计关系应为 ${sums}`, `; the sums make it ${sums}`);
        const noRules = table.kind === 'active' && ref.row.spec?.id === 'regulation' && defect === 'placeholder';
        // A figure with a note, or in groups of three, or its sum written out (when it holds) is counted as its
        // figure: the slip is of writing only.
        const mild = defect === 'placeholder' || defect === 'spaced' || (defect === 'formula' && cell.value.suggestion !== undefined);
        out.push({
          ...(noRules || defect === 'annotated' ? { severity: 'info' as const } : mild ? { severity: 'warning' as const } : {}),
          range: cell.range,
          message: noRules
            ? text(`${where['zh-CN']}：${why['zh-CN']}（没有规章制定权的机关填 0 即可）。`, `${where.en}: ${why.en} (an office without rule-making power writes 0).`)
            : text(`${where['zh-CN']}：${why['zh-CN']}${because['zh-CN']}。`, `${where.en}: ${why.en}${because.en}.`),
          related: [],
          fixes: suggestion !== undefined ? [changeTo(cell.range, suggestion)] : [],
        });
      }
    }
    return out;
  },
);
