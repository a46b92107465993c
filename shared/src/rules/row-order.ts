import { rowName } from '../describe';
import { text } from '../i18n';
import type { TableRow } from '../model';
import { defineRule, type RuleFinding } from '../rule';
import { TABLE_NAMES, rowsFor } from '../template';

/**
 * The rows that keep the official order, as many as can (a longest increasing run of official indexes):
 * the rest are the rows out of place. `order` holds the rows' official indexes in document order.
 */
function inOrder(order: readonly number[]): Set<number> {
  // O(n²) over a table's rows (25 at most): the longest run ending at each row, and its previous row.
  const length = order.map(() => 1);
  const previous = order.map(() => -1);
  let best = 0;
  for (let i = 0; i < order.length; i++) {
    for (let j = 0; j < i; j++) {
      if (order[j]! < order[i]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
    if (length[i]! > length[best]!) best = i;
  }
  const kept = new Set<number>();
  for (let i = order.length > 0 ? best : -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}

export default defineRule(
  {
    code: 'row-order',
    severity: 'warning',
    category: 'table',
    title: text('表格行顺序有误', 'Table rows out of order'),
    fixable: false,
    doc: {
      summary: text('表二或表三的某一行不在国家格式规定的位置上。', 'A row of table 二 or 三 stands out of the order of the national format.'),
      details: text(
        '国家格式规定了表二、表三各行的顺序。某行被移到别处（复制粘贴、整理表格时调换了两行）时，在放错的那一行的标签上报告，并说明它应在哪一行之后。行的数字随标签一起移动时合计关系不受影响，但表格不再是统一的格式，读者按位置对照时会读错。保持正确顺序的行尽可能多，其余的行才算放错；重复的行和报告自加的小计行不在检查之列（另由 duplicate-row 报告）。',
        'The national format fixes the order of the rows of tables 二 and 三. A row moved elsewhere (two rows swapped while copying or tidying the table) is reported on its label, saying which row it belongs after. The figures moved with their label, so the relations still hold, but the table no longer has the common layout, and a reader comparing by position misreads it. As many rows as possible are taken to be in place, the rest out of place; repeated rows and a report’s own subtotal rows are not checked (duplicate-row reports the former).',
      ),
      bad: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0\t0\t0\t0\t0\t0\n（一）予以公开\t13\t0\t0\t0\t0\t0\t13',
      good: '（一）予以公开\t13\t0\t0\t0\t0\t0\t13\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0\t0\t0\t0\t0\t0',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const table of model.tables) {
      if (table.kind === 'review' || table.rows.length < 2) continue;
      const index = new Map(rowsFor(table.kind, table.version).map((s, i) => [s.id, i]));
      const seen = new Set<string>();
      const rows: TableRow[] = [];
      const order: number[] = [];
      for (const row of table.rows) {
        if (!row.spec || row.subtotalOf || seen.has(row.spec.id)) continue;
        const i = index.get(row.spec.id);
        if (i === undefined) continue;
        seen.add(row.spec.id);
        rows.push(row);
        order.push(i);
      }
      // Most tables: every row after the one before it, nothing to solve.
      if (order.every((v, i) => i === 0 || order[i - 1]! < v)) continue;
      const kept = inOrder(order);
      rows.forEach((row, i) => {
        if (kept.has(i)) return;
        // The row it belongs after: the kept row with the greatest official index below its own.
        let after: TableRow | undefined;
        let at = -1;
        for (const k of kept) if (order[k]! < order[i]! && order[k]! > at) [after, at] = [rows[k], order[k]!];
        const name = rowName(row);
        const zhWhere = after ? `应在“${rowName(after)['zh-CN']}”这一行之后` : '应为表中第一行';
        const enWhere = after ? `it belongs after the row “${rowName(after).en}”` : 'it belongs first';
        out.push({
          range: row.labelRange,
          message: text(
            `${TABLE_NAMES[table.kind]['zh-CN']}“${name['zh-CN']}”这一行的位置与国家格式不符，${zhWhere}。`,
            `${TABLE_NAMES[table.kind].en}: the row “${name.en}” is out of the national format’s order; ${enWhere}.`,
          ),
          related: after ? [{ range: after.labelRange, message: text(`“${rowName(after)['zh-CN']}”`, `“${rowName(after).en}”`) }] : [],
          fixes: [],
        });
      });
    }
    return out;
  },
);
