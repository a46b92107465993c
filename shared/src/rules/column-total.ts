import { text } from '../i18n';
import { defineRule } from '../rule';
import { ARITHMETIC_DETAILS, arithmeticFindings } from './arithmetic-findings';

export default defineRule(
  {
    code: 'column-total',
    severity: 'error',
    category: 'arithmetic',
    title: text('（七）总计不符', 'Outcome total does not add up'),
    fixable: true,
    doc: {
      summary: text('表三每一列：（一）予以公开、（二）部分公开、（三）不予公开各项、（四）无法提供各项、（五）不予处理各项、（六）其他处理各项之和应等于（七）总计。报告自行增加的小计行，也应等于其各项之和。', 'In every column of table 三, outcomes (1) to (6) must add up to (7) total; subtotal rows an office adds must equal their items.'),
      details: ARITHMETIC_DETAILS,
      bad: '（一）予以公开 … 99；（二）部分公开 … 14；…；（七）总计 … 180',
      good: '（七）总计 … 178',
    },
  },
  ({ model }) => arithmeticFindings(model, 'column-total'),
);
