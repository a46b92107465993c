import { analyzeArithmetic } from '../arithmetic';
import { claimsOf, type Reading } from '../claims';
import { text } from '../i18n';
import type { Cell } from '../model';
import { defineRule, type RuleFinding } from '../rule';

function figure(v: number, unit: string): string {
  return `${Number.isInteger(v) ? v : Number(v.toFixed(6))}${unit}`;
}

function excerpt(s: string): string {
  const flat = s.replace(/\s+/g, '');
  return flat.length > 40 ? `${flat.slice(0, 38)}…` : flat;
}

export default defineRule(
  {
    code: 'narrative-mismatch',
    severity: 'warning',
    category: 'narrative',
    title: text('正文与表格不一致', 'Prose contradicts the tables'),
    fixable: false,
    doc: {
      summary: text('正文中的数字与表格中相应的数字不一致。', 'A figure in the prose disagrees with the table it speaks about.'),
      details: text(
        '读取正文（不含表格）中每个陈述表格数量的数字：收到或受理的申请（表三“一、本年新收”）、包括上年结转在内的申请（一＋二）、办理或答复的申请（一＋二或（七）总计，任一相符即可）、上年结转、结转下年度、各类办理结果、自然人和法人的申请、规章和行政规范性文件的制发／废止（可含同时写明的失效件数）／现行有效件数、行政许可／处罚／强制决定、行政事业性收费、行政复议和行政诉讼的件数，以及“未收到申请”“无行政复议、行政诉讼案件”这类零陈述。约数（1000多条、600余条、近、约、超）、增减量（增长了28件）、比率、年份、文号、条款号、固定说法（高效办成一件事、一网通办）和其他事物的计数（网站信息、热线、人大代表建议、政务服务办件）都不算。每条陈述至多报告一次，并指向表格中对应的单元格。表格本身的合计关系出错、而正文与改正后的数一致时，只由合计规则报告那个单元格，不再报告正文。',
        'Every number in the prose (never in tables) that states a quantity the tables hold is compared with it: requests received (table 三 I), requests including last year’s carry-over (I + II), requests handled or answered (I + II or (7) total — either agrees), carry-overs, outcomes, applicants, rules and normative documents issued / repealed (with 失效 stated beside it) / in force, licensing, penalty and coercion decisions, fees, review and litigation cases, and zero statements such as 未收到申请. Approximations, deltas, rates, years, document and article numbers, set phrases and counts of other things are not claims. One finding at most per claim, pointing at the table cell. When a table total is wrong and the prose agrees with the corrected figure, only the arithmetic rule reports the cell.',
      ),
      bad: '全年共受理政府信息公开申请35件。（表三“一、本年新收”总计为178）',
      good: '全年共受理政府信息公开申请178件。',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    const seen = new Set<string>();
    // A figure the arithmetic rules correct is their finding: prose that agrees with the corrected
    // figure is right, and saying so twice would report one mistyped cell as two faults.
    const corrected = new Map<Cell, number>();
    for (const c of analyzeArithmetic(model).corrections) if (c.value !== undefined) corrected.set(c.cell, c.value);
    const correctedValue = (r: Reading): number | undefined => {
      if (r.value === undefined || !r.cells.some((c) => c.cell && corrected.has(c.cell))) return undefined;
      let v = r.value;
      for (const c of r.cells) {
        const fixed = c.cell ? corrected.get(c.cell) : undefined;
        if (fixed !== undefined && c.cell!.value.kind === 'number') v += fixed - c.cell!.value.value;
      }
      return v;
    };
    for (const claim of claimsOf(model)) {
      if (claim.holds !== false) continue;
      if (corrected.size > 0 && claim.readings.some((r) => {
        const v = correctedValue(r);
        return v !== undefined && [claim.value, ...claim.alternatives].includes(v);
      })) continue;
      const key = `${claim.range.start.line}:${claim.range.start.character}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const known = claim.readings.filter((r) => r.value !== undefined);
      const first = known[0]!;
      const others = known.slice(1);
      const stated = claim.zero ? text(`正文“${excerpt(claim.text)}”`, `The text says “${excerpt(claim.text)}”`) : text(`正文“${excerpt(claim.text)}”`, `The text says “${excerpt(claim.text)}”`);
      const unit = claim.unit === '万元' ? '万元' : '件';
      const unitEn = claim.unit === '万元' ? ' (10,000 yuan)' : '';
      out.push({
        range: claim.range,
        message: text(
          `${stated['zh-CN']}，而${first.name['zh-CN']}为${figure(first.value!, unit)}${others.map((o) => `，${o.name['zh-CN']}为${figure(o.value!, unit)}`).join('')}。`,
          `${stated.en}, but ${first.name.en} is ${figure(first.value!, '')}${unitEn}${others.map((o) => `, ${o.name.en} is ${figure(o.value!, '')}`).join('')}.`,
        ),
        related: known.flatMap((r) => r.cells.filter((c) => c.cell).map((c) => ({
          range: c.cell!.range,
          message: text(`${r.name['zh-CN']}：${figure(r.value!, unit)}`, `${r.name.en}: ${figure(r.value!, '')}`),
        }))),
        fixes: [],
      });
    }
    return out;
  },
);
