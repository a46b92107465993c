import { text } from '../i18n';
import { defineRule } from '../rule';
import { arithmeticFindings } from './arithmetic-findings';

export default defineRule(
  {
    code: 'column-total',
    severity: 'error',
    category: 'arithmetic',
    title: text('（七）总计不符', 'Outcome total does not add up'),
    fixable: true,
    doc: {
      summary: text('表三每一列：（一）予以公开、（二）部分公开、（三）不予公开各项、（四）无法提供各项、（五）不予处理各项、（六）其他处理各项之和应等于（七）总计。报告自行增加的小计行，也应等于其各项之和。', 'In every column of table 三, outcomes (1) to (6) must add up to (7) total; subtotal rows an office adds must equal their items.'),
      details: text(
        '只在相关单元格都是非负整数、相关行都存在时检查（空白或非数字的单元格另有报告）。一个数打错时，它所在的行、列合计会同时不符：此时只在这个数上报告一次，修复把它改回能让所有合计成立的值；否则在合计单元格上报告，修复写入重新计算的合计。应用全部修复后，表格的所有合计关系都成立。',
        'Checked only where every cell involved is a whole non-negative number and every row is present (blank or malformed cells have their own findings). When one mistyped figure breaks both its row and its column, it alone is reported, with a fix that restores every relation; otherwise the total is reported, with a fix that writes the recomputed sum. Applying every fix leaves all relations holding.',
      ),
      bad: '（一）予以公开 … 99；（二）部分公开 … 14；…；（七）总计 … 180',
      good: '（七）总计 … 178',
    },
  },
  ({ model }) => arithmeticFindings(model, 'column-total'),
);
