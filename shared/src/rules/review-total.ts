import { text } from '../i18n';
import { defineRule } from '../rule';
import { ARITHMETIC_DETAILS, arithmeticFindings } from './arithmetic-findings';

export default defineRule(
  {
    code: 'review-total',
    severity: 'error',
    category: 'arithmetic',
    title: text('复议诉讼合计不符', 'Review or litigation total does not add up'),
    fixable: true,
    doc: {
      summary: text('表四的三组（行政复议、未经复议直接起诉、复议后起诉）各自满足：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计。', 'In each of table 四’s three groups, upheld + corrected + other + pending = total.'),
      details: ARITHMETIC_DETAILS,
      bad: '8\t10\t7\t0\t24',
      good: '8\t10\t7\t0\t25',
    },
  },
  ({ model }) => arithmeticFindings(model, 'review-total'),
);
