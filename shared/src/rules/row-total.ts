import { text } from '../i18n';
import { defineRule } from '../rule';
import { arithmeticFindings } from './arithmetic-findings';

export default defineRule(
  {
    code: 'row-total',
    severity: 'error',
    category: 'arithmetic',
    title: text('行合计不符', 'Row does not add up'),
    fixable: true,
    doc: {
      summary: text('表三每一行：自然人与五类法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）之和应等于总计。', 'In every row of table 三, natural persons plus the five kinds of organisation must equal the total.'),
      details: text(
        '只在相关单元格都是非负整数、相关行都存在时检查（空白或非数字的单元格另有报告）。一个数打错时，它所在的行、列合计会同时不符：此时只在这个数上报告一次，修复把它改回能让所有合计成立的值；否则在合计单元格上报告，修复写入重新计算的合计。应用全部修复后，表格的所有合计关系都成立。',
        'Checked only where every cell involved is a whole non-negative number and every row is present (blank or malformed cells have their own findings). When one mistyped figure breaks both its row and its column, it alone is reported, with a fix that restores every relation; otherwise the total is reported, with a fix that writes the recomputed sum. Applying every fix leaves all relations holding.',
      ),
      bad: '一、本年新收政府信息公开申请数量\t171\t7\t0\t0\t0\t0\t180',
      good: '一、本年新收政府信息公开申请数量\t171\t7\t0\t0\t0\t0\t178',
    },
  },
  ({ model }) => arithmeticFindings(model, 'row-total'),
);
