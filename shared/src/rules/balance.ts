import { text } from '../i18n';
import { defineRule } from '../rule';
import { arithmeticFindings } from './arithmetic-findings';

export default defineRule(
  {
    code: 'balance',
    severity: 'error',
    category: 'arithmetic',
    title: text('收支不平衡', 'Requests do not balance'),
    fixable: true,
    doc: {
      summary: text('表三每一列都须满足表头注明的勾稽关系：第一项加第二项之和，等于第三项加第四项之和，即 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理。', 'Every column of table 三 must satisfy the header note: I (new) + II (carried over) = (7) total + IV (carried to next year).'),
      details: text(
        '只在相关单元格都是非负整数、相关行都存在时检查（空白或非数字的单元格另有报告）。一个数打错时，它所在的行、列合计会同时不符：此时只在这个数上报告一次，修复把它改回能让所有合计成立的值；否则在合计单元格上报告，修复写入重新计算的合计。应用全部修复后，表格的所有合计关系都成立。',
        'Checked only where every cell involved is a whole non-negative number and every row is present (blank or malformed cells have their own findings). When one mistyped figure breaks both its row and its column, it alone is reported, with a fix that restores every relation; otherwise the total is reported, with a fix that writes the recomputed sum. Applying every fix leaves all relations holding.',
      ),
      bad: '一 178；二 5；（七）总计 178；四 0',
      good: '一 178；二 5；（七）总计 178；四 5',
    },
  },
  ({ model }) => arithmeticFindings(model, 'balance'),
);
