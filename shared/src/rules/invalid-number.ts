import { unreadableValues } from '../arithmetic';
import { cellName } from '../describe';
import type { Cell } from '../model';
import { formatLike } from '../numbers';
import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { changeTo } from './helpers';

export default defineRule(
  {
    code: 'invalid-number',
    severity: 'error',
    category: 'table',
    title: text('数字不合理', 'Impossible number'),
    fixable: true,
    doc: {
      summary: text('计数出现负数或小数，或金额出现负数。', 'A count is negative or fractional, or an amount is negative.'),
      details: text(
        '件数、决定数量等计数只能是非负整数。只有表二的“本年收费金额（单位：万元）”可以有小数（2019年试行格式的“本年增/减”可以为负）。这样的单元格不参与合计检查；合计关系能确定它应填的数时（其余各数都可读，如把 3 写成了 -3），指出该数并提供修复。整数写成了小数形式（“13.0”）时按 13 核对合计，提供改为整数写法的修复。带正号的数（“+22”，2021年格式没有增减栏，正号多半是把增减数填进了计数栏，或是笔误）按 22 核对合计，报告警告，提供去掉正号的修复（2019年试行格式的“本年增/减”除外）。',
        'Counts are whole, non-negative numbers. Only table 二’s fee amount (10,000 yuan) may have decimals (and the 2019 trial format’s 本年增/减 may be negative). Such cells are left out of the arithmetic; where the sums tell what the cell should hold (the other figures all read, as when 3 was typed -3), the finding names it and its fix writes it. A whole number written with a decimal point (“13.0”) is checked as 13, with a fix that writes it whole. A figure with a plus sign (“+22”: the 2021 tables have no column of changes, so it is mostly a change copied into a count’s column, or a slip) is checked as 22 and draws a warning, with a fix that drops the sign (the 2019 trial format’s 本年增/减 apart).',
      ),
      bad: '行政许可\t-3',
      good: '行政许可\t3',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    let given: ReadonlyMap<Cell, number> | undefined;
    for (const table of model.tables) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          if (cell.value.kind !== 'number') continue;
          const v = cell.value.value;
          const signed = row.spec?.signed?.includes(cell.column) ?? false;
          const fractional = !Number.isInteger(v) && !row.spec?.decimals;
          const negative = v < 0 && !signed;
          // A whole count written with a decimal point (`13.0`): its figure is sure, its writing not a count's.
          const pointed = !fractional && !negative && cell.value.decimals > 0 && !row.spec?.decimals;
          if (pointed) {
            const where = cellName({ table, row, column: cell.column, cell });
            const whole = String(v);
            out.push({
              severity: 'warning',
              range: cell.range,
              message: text(`${where['zh-CN']}写成了小数形式（${cell.raw.trim()}），计数应写为整数 ${whole}。`, `${where.en} is written with a decimal point (${cell.raw.trim()}); write the count whole: ${whole}.`),
              related: [],
              fixes: [changeTo(cell.range, whole)],
            });
            continue;
          }
          // A count written with a plus sign (`+22`): the 2021 tables have no column of changes, so the sign is no
          // count's (a change copied into the count's column, or a slip); read as its figure, written without it.
          const plussed = !fractional && !negative && !signed && /^[+＋]/.test(cell.raw.trim());
          if (plussed) {
            const where = cellName({ table, row, column: cell.column, cell });
            const bare = formatLike(v, cell.raw.trim().replace(/^[+＋]\s*/, ''));
            const what = row.spec?.decimals === true ? text('金额', 'an amount') : text('计数', 'a count');
            out.push({
              severity: 'warning',
              range: cell.range,
              message: text(
                `${where['zh-CN']}带有正号（${cell.raw.trim()}）：${what['zh-CN']}不带正负号，应写为 ${bare}；如果这是与上年相比的增减数，则填错了栏目。`,
                `${where.en} carries a plus sign (${cell.raw.trim()}): ${what.en} has no sign, write ${bare}; if it is a change from last year, it stands in the wrong column.`,
              ),
              related: [],
              fixes: [changeTo(cell.range, bare)],
            });
            continue;
          }
          if (!fractional && !negative) continue;
          const where = cellName({ table, row, column: cell.column, cell });
          // A row that may hold decimals holds amounts (收费金额), not counts.
          const amount = row.spec?.decimals === true;
          // The figure the table's sums give the cell, where they give one (a sign typed before the count, or the
          // count mistyped): the fix writes it.
          const should = (given ??= unreadableValues(model)).get(cell);
          const because = should === undefined ? text('', '') : text(`按合计关系应为 ${should}。`, ` The sums make it ${should}.`);
          const message = negative
            ? amount
              ? text(`${where['zh-CN']}为负数（${v}），金额不能为负。`, `${where.en} is negative (${v}); an amount cannot be.`)
              : text(`${where['zh-CN']}为负数（${v}），计数不能为负。`, `${where.en} is negative (${v}); a count cannot be.`)
            : text(`${where['zh-CN']}为小数（${v}），计数应为整数。`, `${where.en} is fractional (${v}); a count is a whole number.`);
          out.push({
            range: cell.range,
            message: text(message['zh-CN'] + because['zh-CN'], message.en + because.en),
            related: [],
            fixes: should === undefined ? [] : [changeTo(cell.range, formatLike(should, cell.raw), should)],
          });
        }
      }
    }
    return out;
  },
);
