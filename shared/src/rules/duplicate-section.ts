import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { partSpec } from '../template';

export default defineRule(
  {
    code: 'duplicate-section',
    severity: 'warning',
    category: 'structure',
    title: text('部分重复', 'Duplicate part'),
    fixable: false,
    doc: {
      summary: text('同一部分的标题出现了两次。', 'The same part’s heading appears twice.'),
      details: text(
        '每个部分只应出现一次。第二次出现的标题处报告此警告，并指向第一次出现的位置。常见原因是复制粘贴上一年报告时留下了重复段落。',
        'Each part should appear once. The second heading is reported, pointing at the first. A common cause is text pasted twice from last year’s report.',
      ),
      bad: '五、存在的主要问题及改进情况\n…\n五、存在的主要问题及改进情况',
      good: '五、存在的主要问题及改进情况\n…\n六、其他需要报告的事项',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    const first = new Map<number, (typeof model.parts)[number]>();
    for (const part of model.parts) {
      const earlier = first.get(part.id);
      if (!earlier) {
        first.set(part.id, part);
        continue;
      }
      const spec = partSpec(part.id);
      out.push({
        range: part.headingRange,
        message: text(`第${spec.numeral}部分“${spec.title}”重复出现。`, `Part ${spec.numeral} (${spec.name.en}) appears a second time.`),
        related: [{ range: earlier.headingRange, message: text('第一次出现在此', 'first appears here') }],
        fixes: [],
      });
    }
    return out;
  },
);
