import { text } from '../i18n';
import { labelKey } from '../normalize';
import { defineRule, type RuleFinding } from '../rule';
import { partSpec } from '../template';

export default defineRule(
  {
    code: 'heading-variant',
    severity: 'info',
    category: 'structure',
    title: text('标题用语不规范', 'Non-standard heading'),
    fixable: true,
    doc: {
      summary: text('部分标题的用语与国家格式不同，或缺少序号，或用了“1.”“（一）”“第一部分”这样的序号。', 'A part heading is worded differently from the national format, lacks its numeral, or is numbered 1. 2. …, （一）（二）… or 第一部分… instead of 一、二、….'),
      details: text(
        '能认出是哪一部分、但用语与国家格式不同的标题（如“四、因政府信息公开工作被申请行政复议、提起行政诉讼情况”）会得到提示，并可一键改为规范用语。全角与半角、空格的差别不算不同。',
        'A heading that names its part in other words (e.g. the wording of the 条例 itself) gets a note with a fix to the official wording. Full-width versus half-width characters and spaces do not count as different.',
      ),
      bad: '五、存在问题及改进情况',
      good: '五、存在的主要问题及改进情况',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const part of model.parts) {
      const spec = partSpec(part.id);
      if (part.number === 0) {
        out.push({
          range: part.titleRange,
          message: text(`标题缺少序号，应为“${spec.numeral}、${spec.title}”。`, `The heading lacks its numeral; it should read “${spec.numeral}、${spec.title}”.`),
          related: [],
          fixes: [{ title: text(`改为“${spec.numeral}、${spec.title}”`, `Change to “${spec.numeral}、${spec.title}”`), edits: [{ range: part.titleRange, newText: `${spec.numeral}、${spec.title}` }] }],
        });
        continue;
      }
      const r = part.numeralRange;
      const written = (model.lines[r.start.line]?.text ?? '').slice(r.start.character, r.end.character);
      if (part.listNumbered || /^第/.test(written)) {
        // `1. 总体情况` (Word's list numbering exported as Arabic numerals), `（一）总体情况` or
        // `第一部分 总体情况`: the format numbers parts 一、….
        const official = labelKey(part.title) === labelKey(spec.title);
        const heading = `${spec.numeral}、${official ? part.title : spec.title}`;
        out.push({
          range: part.headingRange,
          message: text(
            `部分标题应使用“${spec.numeral}、”这样的序号，不是“${written}”${official ? '' : `；规范用语为“${spec.title}”`}。`,
            `Parts are numbered “${spec.numeral}、”, not “${written}”${official ? '' : `; the official heading is “${spec.title}”`}.`,
          ),
          related: [],
          fixes: [{ title: text(`改为“${heading}”`, `Change to “${heading}”`), edits: [{ range: part.headingRange, newText: heading }] }],
        });
        continue;
      }
      if (labelKey(part.title) === labelKey(spec.title)) continue;
      out.push({
        range: part.titleRange,
        message: text(`标题“${part.title}”与国家格式不同，规范用语为“${spec.title}”。`, `The heading “${part.title}” differs from the national format’s “${spec.title}” (${spec.name.en}).`),
        related: [],
        fixes: [{ title: text(`改为“${spec.title}”`, `Change to “${spec.title}”`), edits: [{ range: part.titleRange, newText: spec.title }] }],
      });
    }
    return out;
  },
);
