import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { range } from '../text';

/**
 * The national template's instructions to the writer, in brackets: `（文字描述，收取信息处理费情况在此处报告。）`,
 * `（文字描述）`. Left in a published report, they stand where the office's own words belong.
 */
export const TEMPLATE_TEXT = /[（(]\s*文字描述[^（()）\n]{0,80}[）)]/g;

export default defineRule(
  {
    code: 'template-text',
    severity: 'warning',
    category: 'structure',
    title: text('模板说明文字未删除', 'Template instruction left in'),
    fixable: true,
    doc: {
      summary: text('报告中留有国家格式模板的填写说明，如“（文字描述，收取信息处理费情况在此处报告。）”。', 'The report still holds an instruction of the national template, such as “（文字描述，收取信息处理费情况在此处报告。）”.'),
      details: text(
        '国家格式的模板在要写文字的地方放了括号中的填写说明（“文字描述”），发布前应换成本机关的实际内容。说明留在报告里，说明该处的内容没有写。本规则在表格以外的文字中查找以“文字描述”开头的括号，位置在括号上，修复为删除它（删除后该部分若无内容，会由 empty-section、info-fee 等规则提示）。带着说明的第六部分不算说明了信息处理费。',
        'The national template puts a bracketed instruction (“文字描述”, “text here”) where the office is to write; it should be replaced by the office’s own words before publication. Left in, it shows that the text was not written. The rule looks for brackets opening with 文字描述 outside the tables, reports each on the bracket and offers to delete it (a part left empty is then reported by empty-section, info-fee and the like). A part 六 holding only the instruction does not count as stating the fee.',
      ),
      bad: '六、其他需要报告的事项\n（文字描述，收取信息处理费情况在此处报告。）',
      good: '六、其他需要报告的事项\n本年度未收取信息处理费。',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (let l = 0; l < model.masked.length; l++) {
      if (model.tableLines.has(l)) continue;
      const line = model.masked[l]!;
      if (!line.includes('文字描述')) continue;
      for (const m of line.matchAll(TEMPLATE_TEXT)) {
        const where = range(l, m.index, m.index + m[0].length);
        out.push({
          range: where,
          message: text(
            `模板的填写说明“${m[0]}”没有删除，应换成本机关的实际内容。`,
            `The template’s instruction “${m[0]}” is still here; replace it with the office’s own text.`,
          ),
          related: [],
          fixes: [{ title: text('删除模板说明', 'Delete the template instruction'), edits: [{ range: where, newText: '' }] }],
        });
      }
    }
    return out;
  },
);
