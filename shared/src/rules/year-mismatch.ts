import { text } from '../i18n';
import { fold } from '../normalize';
import { defineRule, type RuleFinding } from '../rule';
import { range } from '../text';
import { partById } from './helpers';

/** A paragraph that opens with its year: `2024年，…`, `2024年度，…`, `2024 年以来`. */
const OPENING_YEAR = /^(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])?\s*(\d{4})\s*年(?:度)?(?:以来)?\s*[，,]/;

export default defineRule(
  {
    code: 'year-mismatch',
    severity: 'warning',
    category: 'structure',
    title: text('年份不一致', 'Years disagree'),
    fixable: false,
    doc: {
      summary: text('标题年份、统计期限与报告正文所述年度不一致。', 'The title’s year, the statistical period and the year the text reports on disagree.'),
      details: text(
        '年度报告的标题年份、“本报告所列数据的统计期限为YYYY年1月1日至YYYY年12月31日”中的年份，以及总体情况各段开头的年份（如“2024年，……”）应当一致。复制上一年报告后忘记改年份是常见错误。计划性的表述（如“2025年，我们将……”）出现在第五部分，不在检查之列。',
        'The title’s year, the years of the statistical period and the year that opens the overview’s paragraphs (e.g. “2024年，……”) must agree; a report copied from last year often keeps an old year. Plans for next year (“2025年，我们将……”) belong to part 五 and are not checked.',
      ),
      bad: '湘潭县2024年政府信息公开工作年度报告\n本报告所列数据的统计期限为2023年1月1日至2023年12月31日。',
      good: '湘潭县2024年政府信息公开工作年度报告\n本报告所列数据的统计期限为2024年1月1日至2024年12月31日。',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    const title = model.title?.year;
    const period = model.period;
    if (period && period.startYear !== period.endYear) {
      out.push({
        range: period.range,
        message: text(`统计期限跨越${period.startYear}年和${period.endYear}年，年度报告的统计期限应为同一年的1月1日至12月31日。`, `The statistical period spans ${period.startYear} and ${period.endYear}; it should be 1 January to 31 December of one year.`),
        related: [],
        fixes: [],
      });
    }
    if (title && period && period.startYear !== title.year) {
      out.push({
        range: period.range,
        message: text(`统计期限是${period.startYear}年，而标题是${title.year}年度报告。`, `The statistical period is ${period.startYear}, but the title says the report is for ${title.year}.`),
        related: [{ range: title.range, message: text(`标题年份 ${title.year}`, `title year ${title.year}`) }],
        fixes: [],
      });
    }
    const year = title?.year ?? period?.startYear;
    const overview = partById(model, 1);
    if (year !== undefined && overview) {
      for (let l = overview.bodyStart; l < overview.bodyEnd; l++) {
        if (model.tableLines.has(l)) continue;
        const line = fold(model.masked[l] ?? '');
        const lead = line.length - line.trimStart().length;
        const m = OPENING_YEAR.exec(line.slice(lead));
        if (!m) continue;
        const y = Number(m[1]);
        if (y === year || y < 1990 || y > 2100) continue;
        const at = lead + m[0].indexOf(m[1]!);
        out.push({
          range: range(l, at, at + 4),
          message: text(`此段写的是${y}年，而报告是${year}年度的。`, `This paragraph speaks of ${y}, but the report is for ${year}.`),
          related: title ? [{ range: title.range, message: text(`标题年份 ${title.year}`, `title year ${title.year}`) }] : [],
          fixes: [],
        });
      }
    }
    return out;
  },
);
