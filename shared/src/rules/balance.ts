import { text } from '../i18n';
import { defineRule } from '../rule';
import { ARITHMETIC_DETAILS, arithmeticFindings } from './arithmetic-findings';

export default defineRule(
  {
    code: 'balance',
    severity: 'error',
    category: 'arithmetic',
    title: text('收支不平衡', 'Requests do not balance'),
    fixable: true,
    doc: {
      summary: text('表三每一列都须满足表头注明的勾稽关系：第一项加第二项之和，等于第三项加第四项之和，即 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理。', 'Every column of table 三 must satisfy the header note: I (new) + II (carried over) = (7) total + IV (carried to next year).'),
      details: ARITHMETIC_DETAILS,
      bad: '一 178；二 5；（七）总计 178；四 0',
      good: '一 178；二 5；（七）总计 178；四 5',
    },
  },
  ({ model }) => arithmeticFindings(model, 'balance'),
);
