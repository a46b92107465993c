import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { TABLE_NAMES } from '../template';

export default defineRule(
  {
    code: 'label-variant',
    severity: 'info',
    category: 'table',
    title: text('表格栏目用语不规范', 'Non-standard row label'),
    fixable: true,
    doc: {
      summary: text('表格某行的标签用语与国家格式不同。', 'A table row’s label is worded differently from the national format.'),
      details: text(
        '例如“行政机关不再受理其政府信息公开申请”（规范用语为“不再处理”）、“其他法律和行政法规禁止公开”（规范用语为“其他法律行政法规禁止公开”）、表二的“规范性文件”（规范用语为“行政规范性文件”）。检查仍按该行处理；提供改为规范用语的修复。全角与半角、空格、引号的差别不算不同。',
        'E.g. 不再受理 for the official 不再处理, or 规范性文件 for 行政规范性文件. The row is still checked as that row; a fix changes the label to the official wording. Full-width/half-width, spaces and quotes do not count.',
      ),
      bad: '2.其他法律和行政法规禁止公开',
      good: '2.其他法律行政法规禁止公开',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const table of model.tables) {
      for (const row of table.rows) {
        if (!row.labelVariant || !row.spec) continue;
        const official = row.spec.label;
        out.push({
          range: row.labelRange,
          message: text(
            `${TABLE_NAMES[table.kind]['zh-CN']}的栏目“${row.label}”与国家格式用语不同，规范用语为“${official}”。`,
            `${TABLE_NAMES[table.kind].en}: the label “${row.label}” differs from the official “${official}” (${row.spec.name.en}).`,
          ),
          related: [],
          fixes: [{ title: text(`改为“${official}”`, `Change to “${official}”`), edits: [{ range: row.labelRange, newText: official }] }],
        });
      }
    }
    return out;
  },
);
