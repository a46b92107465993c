import { text } from '../i18n';
import { defineRule } from '../rule';
import { ARITHMETIC_DETAILS, arithmeticFindings } from './arithmetic-findings';

export default defineRule(
  {
    code: 'row-total',
    severity: 'error',
    category: 'arithmetic',
    title: text('行合计不符', 'Row does not add up'),
    fixable: true,
    doc: {
      summary: text('表三每一行：自然人与五类法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）之和应等于总计。', 'In every row of table 三, natural persons plus the five kinds of organisation must equal the total.'),
      details: ARITHMETIC_DETAILS,
      bad: '一、本年新收政府信息公开申请数量\t171\t7\t0\t0\t0\t0\t180',
      good: '一、本年新收政府信息公开申请数量\t171\t7\t0\t0\t0\t0\t178',
    },
  },
  ({ model }) => arithmeticFindings(model, 'row-total'),
);
