import { text } from '../i18n';
import { defineRule } from '../rule';
import { arithmeticFindings } from './arithmetic-findings';

export default defineRule(
  {
    code: 'review-total',
    severity: 'error',
    category: 'arithmetic',
    title: text('复议诉讼合计不符', 'Review or litigation total does not add up'),
    fixable: true,
    doc: {
      summary: text('表四的三组（行政复议、未经复议直接起诉、复议后起诉）各自满足：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计。', 'In each of table 四’s three groups, upheld + corrected + other + pending = total.'),
      details: text(
        '只在相关单元格都是非负整数、相关行都存在时检查（空白或非数字的单元格另有报告）。一个数打错时，它所在的行、列合计会同时不符：此时只在这个数上报告一次，修复把它改回能让所有合计成立的值；否则在合计单元格上报告，修复写入重新计算的合计。应用全部修复后，表格的所有合计关系都成立。',
        'Checked only where every cell involved is a whole non-negative number and every row is present (blank or malformed cells have their own findings). When one mistyped figure breaks both its row and its column, it alone is reported, with a fix that restores every relation; otherwise the total is reported, with a fix that writes the recomputed sum. Applying every fix leaves all relations holding.',
      ),
      bad: '8\t10\t7\t0\t24',
      good: '8\t10\t7\t0\t25',
    },
  },
  ({ model }) => arithmeticFindings(model, 'review-total'),
);
