import { text } from '../i18n';
import type { TableRow } from '../model';
import { defineRule, type RuleFinding } from '../rule';
import { TABLE_NAMES, rowsFor, type RowSpec } from '../template';

/** This many rows or more missing at one place are reported as one finding. */
const RUN = 3;
/** The rows a finding for a run names one by one before “等N行”. */
const LISTED = 6;

export default defineRule(
  {
    code: 'missing-row',
    severity: 'error',
    category: 'table',
    title: text('表格缺少行', 'Missing table row'),
    fixable: false,
    doc: {
      summary: text('表二、表三或表四缺少国家格式规定的某一行。', 'Table 二, 三 or 四 lacks one of its official rows.'),
      details: text(
        '表三有25行数字（一、本年新收 至 四、结转下年度继续办理），表二有6行，表四有一行15个数字。找不到某行时报告此错误，位置在该行本应出现之处的下一行的标签上；同一处缺了3行或更多（表格被截断、整组被删）时合为一条，列出所缺各行。缺行的表格不再检查牵涉该行的合计关系，以免一处错误引出多条报告。',
        'Table 三 has 25 rows of figures, table 二 six rows and table 四 one row of 15 figures. A row that cannot be found is reported on the label of the row after the place it belongs; three or more missing at one place (a table cut short, a group deleted) are one finding that lists them. Relations that need the missing row are not evaluated.',
      ),
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const table of model.tables) {
      const specs = rowsFor(table.kind, table.version);
      const found = new Map<string, TableRow>();
      for (const r of table.rows) if (r.spec && !found.has(r.spec.id)) found.set(r.spec.id, r);
      // The missing rows, in order, each with the row found after it (undefined: none, the table's end).
      const missing: { spec: RowSpec; next: TableRow | undefined }[] = [];
      specs.forEach((spec, i) => {
        if (found.has(spec.id)) return;
        missing.push({ spec, next: specs.slice(i + 1).map((s) => found.get(s.id)).find((r) => r !== undefined) });
      });
      // Rows missing at one place: one or two are reported each on its own; a run of RUN or more (a
      // table cut short, a group deleted) is one finding that names them all, not a stack of errors on one line.
      for (let i = 0; i < missing.length; ) {
        let j = i + 1;
        while (j < missing.length && missing[j]!.next === missing[i]!.next) j++;
        const run = missing.slice(i, j);
        const next = run[0]!.next;
        const where = next ? next.labelRange : table.anchor;
        const before = next ? text('，应在此行之前', '; they belong before this row') : text('', '');
        if (run.length >= RUN) {
          const zhNames = run.map((m) => `“${m.spec.label}”`);
          const shown = zhNames.length > LISTED ? `${zhNames.slice(0, LISTED).join('、')}等${run.length}行` : zhNames.join('、');
          out.push({
            range: where,
            message: text(
              `${TABLE_NAMES[table.kind]['zh-CN']}缺少${run.length}行：${shown}${before['zh-CN']}。`,
              `${TABLE_NAMES[table.kind].en} lacks ${run.length} rows: ${run.map((m) => m.spec.name.en).join('; ')}${before.en}.`,
            ),
            related: [],
            fixes: [],
          });
        } else {
          for (const { spec } of run) {
            // Table 四 has one row, its 15 figures: say that, not a label it does not have.
            const zh = spec.table === 'review' ? '填写15个数字的一行' : `“${spec.label}”这一行`;
            const en = spec.table === 'review' ? 'its row of 15 figures' : `the row “${spec.label}” (${spec.name.en})`;
            out.push({
              range: where,
              message: text(
                `${TABLE_NAMES[table.kind]['zh-CN']}缺少${zh}${next ? '，应在此行之前' : ''}。`,
                `${TABLE_NAMES[table.kind].en} lacks ${en}${next ? '; it belongs before this row' : ''}.`,
              ),
              related: [],
              fixes: [],
            });
          }
        }
        i = j;
      }
    }
    return out;
  },
);
