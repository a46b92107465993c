import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { partSpec } from '../template';

export default defineRule(
  {
    code: 'section-order',
    severity: 'warning',
    category: 'structure',
    title: text('部分顺序或序号错误', 'Parts out of order'),
    fixable: true,
    doc: {
      summary: text('六个部分未按国家格式的顺序排列，或标题序号与内容不符。', 'The six parts are not in the national order, or a heading’s numeral does not match its part.'),
      details: text(
        '各部分必须按“一、总体情况”至“六、其他需要报告的事项”的顺序出现。某部分出现在编号更大的部分之后时，在该部分标题上报告；标题的序号与其内容不符（如“三、主动公开政府信息情况”）时，在序号上报告，并提供改为正确序号的修复。',
        'Parts must appear in the order 一 to 六. A part that comes after a later-numbered part is reported on its heading; a numeral that does not match the part’s content (e.g. “三、主动公开政府信息情况”) is reported on the numeral, with a fix to the right one.',
      ),
      bad: '一、总体情况\n三、收到和处理政府信息公开申请情况\n二、主动公开政府信息情况',
      good: '一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    const seen = new Set<number>();
    let maxId = 0;
    let maxPart = model.parts[0];
    for (const part of model.parts) {
      if (seen.has(part.id)) continue; // duplicates are duplicate-section's business
      seen.add(part.id);
      const spec = partSpec(part.id);
      if (part.id < maxId && maxPart) {
        const later = partSpec(maxPart.id);
        out.push({
          range: part.headingRange,
          message: text(
            `第${spec.numeral}部分“${spec.title}”应在第${later.numeral}部分“${later.title}”之前。`,
            `Part ${spec.numeral} (${spec.name.en}) should come before part ${later.numeral} (${later.name.en}).`,
          ),
          related: [{ range: maxPart.headingRange, message: text(`第${later.numeral}部分在此`, `part ${later.numeral} is here`) }],
          fixes: [],
        });
      } else if (part.number !== 0 && part.number !== part.id) {
        out.push({
          range: part.numeralRange,
          message: text(
            `“${part.title}”是第${spec.numeral}部分，序号应为“${spec.numeral}、”，而不是“${part.numeral}、”。`,
            `“${part.title}” is part ${spec.numeral} (${spec.name.en}); its numeral should be “${spec.numeral}”, not “${part.numeral}”.`,
          ),
          related: [],
          fixes: [{
            title: text(`改为“${spec.numeral}”`, `Change to “${spec.numeral}”`),
            edits: [{ range: { start: part.numeralRange.start, end: { line: part.numeralRange.start.line, character: part.numeralRange.start.character + part.numeral.length } }, newText: spec.numeral }],
          }],
        });
      }
      if (part.id > maxId) {
        maxId = part.id;
        maxPart = part;
      }
    }
    return out;
  },
);
