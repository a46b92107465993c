import { text } from '../i18n';
import { labelKey } from '../normalize';
import { defineRule } from '../rule';
import { before2021, partById, partText } from './helpers';
import { TEMPLATE_TEXT } from './template-text';

/** Words that state the 信息处理费 situation (charged or not). */
const FEE = /处理费|信息处理|收取.{0,8}费|收费|未收取|不收取|免费/;

export default defineRule(
  {
    code: 'info-fee',
    severity: 'warning',
    category: 'structure',
    title: text('未说明信息处理费', 'Information processing fee not stated'),
    fixable: false,
    doc: {
      summary: text('“六、其他需要报告的事项”没有说明信息处理费的收取情况。', 'Part 六 says nothing about the information processing fee (信息处理费).'),
      details: text(
        '国家格式的模板在第六部分注明“收取信息处理费情况在此处报告”，依据是《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）。未收取也应写明，例如“本年度未收取信息处理费”。只写“无。”或只留着模板说明“（文字描述，收取信息处理费情况在此处报告。）”时报告此警告。该办法自2021年1月1日起施行，2020年度及以前的报告不检查此项。注意：信息处理费（元，向申请人收取）与表二的“行政事业性收费”（万元）是两回事。',
        'The template of the national format says the fee situation is reported in part 六 (国办函〔2020〕109号). Even “no fee was charged” must be said. A bare “无。”, or the template’s instruction left alone, draws this warning. The fee rules apply from 1 January 2021: reports for 2020 and earlier are not checked. Note that this fee (yuan, charged to applicants) is not table 二’s 行政事业性收费 (10,000 yuan).',
      ),
      bad: '六、其他需要报告的事项\n无。',
      good: '六、其他需要报告的事项\n本年度未收取信息处理费。',
    },
  },
  ({ model }) => {
    const part = partById(model, 6);
    if (!part) return [];
    // The fee and its report began with 国办函〔2020〕109号, in force from 2021: a 2019 or 2020 report owes no such line.
    if (before2021(model)) return [];
    // The template's own instruction (（文字描述，收取信息处理费情况在此处报告。）) names the fee but states nothing.
    if (FEE.test(labelKey(partText(model, part).replace(TEMPLATE_TEXT, '')))) return [];
    return [{
      range: part.headingRange,
      message: text(
        '第六部分未说明信息处理费的收取情况（未收取也应写明，如“本年度未收取信息处理费”）。',
        'Part 六 does not state whether an information processing fee was charged (say so even when none was, e.g. “本年度未收取信息处理费”).',
      ),
      related: [],
      fixes: [],
    }];
  },
);
