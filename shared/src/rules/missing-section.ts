import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { PARTS, TABLE_PART } from '../template';
import type { ReportModel } from '../model';
import { documentAnchor, lineRange, tableOf } from './helpers';

/** The last line with something on it (a missing last part belongs after it, not on trailing blank lines). */
function lastContentLine(model: ReportModel): number {
  for (let l = model.lines.length - 1; l > 0; l--) if ((model.masked[l] ?? '').trim() !== '') return l;
  return 0;
}

export default defineRule(
  {
    code: 'missing-section',
    severity: 'error',
    category: 'structure',
    title: text('缺少必备部分', 'Missing part'),
    fixable: false,
    doc: {
      summary: text('报告缺少国家格式规定的六个部分之一。', 'The report lacks one of the six parts the national format requires.'),
      details: text(
        '国办公开办函〔2021〕30号规定年度报告由六部分组成：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。任何一部分的标题都找不到时报告此错误，位置在本应出现该部分之处（下一部分的标题上）。标题用词不同但能认出是哪一部分时，不报此错误，而由 heading-variant 提示。',
        'The 2021 national format (国办公开办函〔2021〕30号) has six parts, 一 to 六. When no heading of a part can be found, this error is reported where the part should be (on the heading of the next part). A heading in other words that still names the part is accepted (see heading-variant).',
      ),
      bad: '三、收到和处理政府信息公开申请情况\n…\n五、存在的主要问题及改进情况',
      good: '三、收到和处理政府信息公开申请情况\n…\n四、政府信息公开行政复议、行政诉讼情况\n…\n五、存在的主要问题及改进情况',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    const present = new Set(model.parts.map((p) => p.id));
    for (const spec of PARTS) {
      if (present.has(spec.id)) continue;
      const next = model.parts.find((p) => p.id > spec.id);
      const where = next ? next.headingRange : model.parts.length > 0 ? lineRange(model, lastContentLine(model)) : documentAnchor(model);
      const tableKind = (Object.keys(TABLE_PART) as (keyof typeof TABLE_PART)[]).find((k) => TABLE_PART[k] === spec.id);
      const tableGone = tableKind !== undefined && !tableOf(model, tableKind);
      out.push({
        range: where,
        message: text(
          `缺少第${spec.numeral}部分“${spec.numeral}、${spec.title}”${tableGone ? '（该部分的表格也未找到）' : ''}${next ? '，应位于此标题之前' : ''}。`,
          `Part ${spec.numeral} “${spec.numeral}、${spec.title}” (${spec.name.en}) is missing${tableGone ? ', and so is its table' : ''}${next ? '; it belongs before this heading' : ''}.`,
        ),
        related: [],
        fixes: [],
      });
    }
    return out;
  },
);
