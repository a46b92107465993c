import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { range } from '../text';

/**
 * A year of 2000–2099 run into its month, the 年 between them lost (`20231月1日`, `202312月31日`, `2023 1月`): the
 * year's four digits, a space at most, then a month 1–12 (`01` too) and 月. Whatever else comes before 月
 * (`2023101月`: 2023年10月1 or 2023年1月01?) has no one reading and is left alone.
 */
const RUN_IN = /(20\d\d)( ?)(0?[1-9]|1[0-2])月/g;

export default defineRule(
  {
    code: 'date-typo',
    severity: 'warning',
    category: 'structure',
    title: text('日期缺少“年”字', 'A date without its 年'),
    fixable: true,
    doc: {
      summary: text(
        '日期的年份与月份连在一起，中间漏了“年”字（如“20231月1日”“202312月31日”），读者和检查都无法读出这个日期。',
        'A date’s year runs into its month, the 年 between them left out (20231月1日, 202312月31日): neither a reader nor the checks can read the date.',
      ),
      details: text(
        '四位年份（2000至2099年）之后紧接着（至多隔一个空格）1至12的月份和“月”字时报告，修复在年份之后补上“年”字（“20231月”改为“2023年1月”，“2023 12月”改为“2023年12月”）。年份之前紧挨着数字或小数点的不算；年份与“月”之间的数字不是1至12（如“2023101月”，读作2023年10月还是2023年1月无法确定）时不报告。统计期限（“统计期限为20231月1日至202312月31日”）这样写时，其年份也读不出来，“年份不一致”规则无法核对。',
        'Reported where a four-digit year (2000–2099) is followed right away (a space at most between) by a month 1–12 and 月; the fix puts 年 after the year (20231月 becomes 2023年1月, 2023 12月 becomes 2023年12月). A year right after a digit or a decimal point is not one; digits between the year and 月 that are not a month 1–12 (2023101月: 2023年10月 or 2023年1月?) are not reported. A statistical period so written (统计期限为20231月1日至202312月31日) has no year to read, and the years rule cannot check it.',
      ),
      bad: '本报告中所列数据统计期限为20231月1日至202312月31日。',
      good: '本报告中所列数据统计期限为2023年1月1日至2023年12月31日。',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (let l = 0; l < model.folded.length; l++) {
      const line = model.folded[l] ?? '';
      if (!line.includes('月')) continue;
      for (const m of line.matchAll(RUN_IN)) {
        const at = m.index;
        if (at > 0 && /[\d.]/.test(line[at - 1]!)) continue;
        const written = (model.lines[l]?.text ?? line).slice(at, at + m[0].length);
        const year = written.slice(0, 4);
        const month = written.slice(4 + m[2]!.length);
        const fixed = `${year}年${month}`;
        out.push({
          range: range(l, at, at + m[0].length),
          message: text(`日期“${written}”的年份与月份之间漏了“年”字，应为“${fixed}”。`, `The date “${written}” lacks the 年 between its year and month: “${fixed}”.`),
          related: [],
          fixes: [{ title: text(`改为“${fixed}”`, `Change to “${fixed}”`), edits: [{ range: range(l, at, at + m[0].length), newText: fixed }] }],
        });
      }
    }
    return out;
  },
);
