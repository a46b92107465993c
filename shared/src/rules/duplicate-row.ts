import { rowName } from '../describe';
import { text } from '../i18n';
import type { Fix } from '../finding';
import type { ReportModel, TableRow } from '../model';
import { defineRule, type RuleFinding } from '../rule';
import { TABLE_NAMES } from '../template';

/** At most this many further places are listed beside the finding. */
const LISTED = 10;
/**
 * From this many repeated rows of one table on, the table itself is taken as repeated (pasted twice, or last
 * year's table left beside this year's): one finding for it, not one per row.
 */
const REPEATED_TABLE = 5;

function sameFigures(a: TableRow, b: TableRow): boolean {
  if (a.cells.length !== b.cells.length || a.extraCells.length !== b.extraCells.length) return false;
  return a.cells.every((c, i) => {
    const d = b.cells[i]!;
    return c.value.kind === d.value.kind && (c.value.kind !== 'number' || (d.value.kind === 'number' && c.value.value === d.value.value));
  });
}

/**
 * Removing a repeated row: only when it has whole lines to itself (nothing before its label, nothing
 * after its last cell), with the blank line that parts it from the next row in the cell-per-line layout.
 */
function removal(model: ReportModel, row: TableRow): Fix | undefined {
  const first = row.range.start.line;
  const last = row.range.end.line;
  const lines = model.lines;
  if (lines[first]!.text.slice(0, row.labelRange.start.character).trim() !== '') return undefined;
  if (lines[last]!.text.slice(row.range.end.character).trim() !== '') return undefined;
  let end = last + 1;
  if (first !== last && end < lines.length && lines[end]!.text.trim() === '') end++;
  if (end >= lines.length) return undefined;
  return {
    title: text('删除重复的这一行', 'Remove the repeated row'),
    edits: [{ range: { start: { line: first, character: 0 }, end: { line: end, character: 0 } }, newText: '' }],
  };
}

export default defineRule(
  {
    code: 'duplicate-row',
    severity: 'warning',
    category: 'table',
    title: text('表格行重复', 'Repeated table row'),
    fixable: true,
    doc: {
      summary: text('表二或表三的同一行出现了不止一次。', 'A row of table 二 or 三 appears more than once.'),
      details: text(
        '国家格式中每一行只出现一次。重复的行多半是复制粘贴留下的；合计关系只按第一次出现的那一行核对，重复的行只核对它自己的行合计。在第二次出现处报告，并指向其余各处。重复的行与第一行数字完全相同、且独占整行时，提供删除它的修复；数字不同时请核对应保留哪一行。一张表有5行以上重复出现时，是整张表重复了（粘贴了两次，或留有另一张表，如上一年度的表），整张表只报告一次。',
        'Each row of the national format appears once. A repeated row is most often left by copy and paste; the relations use the first occurrence, and the repetition is checked only against its own row total. Reported at the second occurrence, pointing at the others. Where the repetition has exactly the first’s figures and whole lines to itself, a fix removes it; where the figures differ, decide which row to keep. Where five rows or more of a table repeat, the table itself is repeated (pasted twice, or another such as last year’s left in): one finding for it.',
      ),
      bad: '（一）予以公开\t13\t0\t0\t0\t0\t0\t13\n（一）予以公开\t13\t0\t0\t0\t0\t0\t13',
      good: '（一）予以公开\t13\t0\t0\t0\t0\t0\t13\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0\t0\t0\t0\t0\t0',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const table of model.tables) {
      if (table.kind === 'review') continue;
      const byId = new Map<string, TableRow[]>();
      for (const row of table.rows) {
        if (!row.spec) continue;
        const list = byId.get(row.spec.id);
        if (list) list.push(row);
        else byId.set(row.spec.id, [row]);
      }
      const repeated = [...byId.values()].filter((rows) => rows.length >= 2);
      if (repeated.length >= REPEATED_TABLE) {
        const first = repeated[0]!;
        const same = repeated.every((rows) => rows.slice(1).every((r) => sameFigures(rows[0]!, r)));
        const n = repeated.length;
        const table3 = TABLE_NAMES[table.kind];
        out.push({
          range: first[1]!.labelRange,
          message: text(
            `${table3['zh-CN']}有 ${n} 行出现了不止一次，整张表可能重复了（粘贴了两次，或留有另一张表，如上一年度的表）。合计关系只按第一次出现的各行核对。${same ? '重复的各行与第一次出现时数字相同。' : '两次的数字不同，请核对应保留哪一张表。'}`,
            `${table3.en}: ${n} rows appear more than once; the table itself looks repeated (pasted twice, or another table such as last year's left in). The relations use the first occurrence of each row. ${same ? 'The repetitions have the same figures.' : 'Their figures differ: decide which table to keep.'}`,
          ),
          related: [
            { range: first[0]!.labelRange, message: text('第一次出现在此', 'first appears here') },
            ...repeated.slice(1, 1 + LISTED).map((rows) => ({ range: rows[1]!.labelRange, message: text('又出现在此', 'appears again here') })),
          ],
          fixes: [],
        });
        continue;
      }
      for (const rows of byId.values()) {
        if (rows.length < 2) continue;
        const [first, second] = [rows[0]!, rows[1]!];
        const name = rowName(first);
        const same = rows.length === 2 && sameFigures(first, second);
        const fix = same ? removal(model, second) : undefined;
        const times = rows.length;
        out.push({
          range: second.labelRange,
          message: text(
            `${TABLE_NAMES[table.kind]['zh-CN']}“${name['zh-CN']}”这一行出现了${times}次，合计关系只按第一次出现的那一行核对。${same ? '这一行与第一行的数字相同，可以删除。' : '各次的数字不同，请核对应保留哪一行。'}`,
            `${TABLE_NAMES[table.kind].en}: the row “${name.en}” appears ${times} times; the relations use the first. ${same ? 'This one repeats its figures and can be removed.' : 'Their figures differ: decide which to keep.'}`,
          ),
          related: [
            { range: first.labelRange, message: text('第一次出现在此', 'first appears here') },
            ...rows.slice(2, 2 + LISTED).map((r) => ({ range: r.labelRange, message: text('又出现在此', 'appears again here') })),
          ],
          fixes: fix ? [fix] : [],
        });
      }
    }
    return out;
  },
);
