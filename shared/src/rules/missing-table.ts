import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { TABLE_NAMES, TABLE_PART, partSpec, type TableKind } from '../template';
import { partById, tableOf } from './helpers';

export default defineRule(
  {
    code: 'missing-table',
    severity: 'error',
    category: 'table',
    title: text('缺少统计表', 'Missing table'),
    fixable: false,
    doc: {
      summary: text('第二、三、四部分缺少国家格式规定的统计表。', 'Part 二, 三 or 四 lacks the table the national format requires.'),
      details: text(
        '第二部分必须有“主动公开政府信息情况”表，第三部分必须有“收到和处理政府信息公开申请情况”表，第四部分必须有“政府信息公开行政复议、行政诉讼情况”表。部分标题存在而找不到对应表格时，在部分标题上报告此错误（整个部分都缺少时只报告 missing-section）。',
        'Parts 二, 三 and 四 each carry a fixed table. When a part’s heading is there but its table cannot be found, this error is reported on the heading (a missing part is reported by missing-section alone).',
      ),
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const kind of ['active', 'requests', 'review'] as TableKind[]) {
      if (tableOf(model, kind)) continue;
      const part = partById(model, TABLE_PART[kind]);
      if (!part) continue;
      out.push({
        range: part.headingRange,
        // The part by its official numeral, however its heading is numbered (`2.`, `（二）`, none).
        message: text(`第${partSpec(TABLE_PART[kind]).numeral}部分缺少${TABLE_NAMES[kind]['zh-CN']}。`, `Part ${partSpec(TABLE_PART[kind]).numeral} lacks ${TABLE_NAMES[kind].en}.`),
        related: [],
        fixes: [],
      });
    }
    return out;
  },
);
