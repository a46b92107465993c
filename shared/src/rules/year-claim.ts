import { changeAgrees, changeOf, extractDeltas, lastYearFigures, roughTolerance, type DeltaClaim } from '../claims/deltas';
import { readingsOf, type Quantity, type Reading } from '../claims/readings';
import { text } from '../i18n';
import type { RelatedInformation } from '../finding';
import type { Range } from '../text';
import { defineRule, type RuleFinding } from '../rule';
import { quoted, reportYear } from './helpers';
import { lastYearsOwn, previousName, wholeCopy } from './previous-year';

function round(v: number, decimals: number): string {
  return String(Number(v.toFixed(Math.max(decimals, 1))));
}

export default defineRule(
  {
    code: 'year-claim',
    severity: 'warning',
    category: 'cross-year',
    title: text('同比变化与上一年度报告不符', 'Year-on-year change contradicts last year’s report'),
    fixable: false,
    doc: {
      summary: text(
        '正文所说的同比增减（“与2023年相比增长了28件”“同比下降12.5%”）或上年数字（“2023年共收到申请150件”）与本年和上一年度报告表格中的数字不符。',
        'A year-on-year change stated in the prose (“与2023年相比增长了28件”, “同比下降12.5%”), or a figure it gives for last year (“2023年共收到申请150件”), disagrees with this year’s and last year’s tables.',
      ),
      details: text(
        '读取正文中明确与上一年比较的句子（与YYYY年相比、同比、比上年、较去年等）里的增减量或增减百分比，按所说的事项（收到的申请、各类办理结果、行政复议和诉讼、规范性文件、行政许可等，判断方式与“正文与表格不一致”规则相同）取本年表格和上一年度报告表格中的数字计算实际变化，不符时报告；紧接在本年申请总数之后写出上年结转的（在同一句或前一句末尾，“收到申请178件，上年结转5件，较上年增加28件”），增减（“持平”也一样）可以是总数的、两者之和的或上年结转的，各与上一年度报告中的同一数字比较，任一相符即可，都不符时按总数报告。按句中写出的本年数字计算也相符时不报告（“受理申请35件，与2023年相比增长了28件”，上一年度报告为7件而本年表格为178件：35件与表格不符由“正文与表格不一致”规则报告，一处错误只报告一次）。增长到、增至、翻倍、约数和其他事物（网站信息、热线等）的变化不在检查之列；句中写明的比较年份不是上一年度报告的年份时不检查。比较时写出的上年数字（“较上年的35件增加了12件”；在上述上年结转之后，上一年度报告中的总数、两者之和或上年结转任一相符即可）和单独陈述的上年数字（“2023年共收到申请150件”“上年度被申请行政复议6件”“申请量由上年的35件增至52件”）以及本年数字后括号中的上年数字（“收到申请178件（2023年为150件）”“（上年为150件）”“（去年同期150件）”，按本年数字所说的事项取上一年度报告中的数）也与上一年度报告核对；讲上年结转、某月、“去年以来”、其他机关或更大范围的句子不读（机关和范围的判断与“正文与表格不一致”规则相同：政府自己的报告中它所辖的全域，如县的“全县”，是报告自己的数字）。“持平”“同比持平”“与上年持平”说没有变化，两年的数字须相同；“基本持平”（大体、总体持平）允许相差不超过上年数字的十分之一，且至少允许相差2件（上年150件时至多相差15件，上年10件时至多相差2件）；比率、“均与上年持平”和只说工作情况的持平不检查。“分别增加12件和13件”这样一句里的几个变化不检查。只有提供了同一机关上一年度的报告时才检查。',
        'Reads changes and percentage changes in sentences that compare with last year explicitly (与YYYY年相比, 同比, 比上年, 较去年 …), decides what they speak of as the prose-vs-table rule does (requests received, outcomes, review and litigation, normative documents, licensing …), and computes the real change from this year’s tables and last year’s report; after last year’s carry-over stated right after the year’s total of requests (in the sentence or ending the one before: “收到申请178件，上年结转5件，较上年增加28件”), the change (or a 持平) may be of the total, of the two together or of the carry-over, each against the same figure of last year’s report, and any agreeing will do (when none does, the total’s is the change reported). A change that holds when counted from this year’s figure as its sentence states it is not reported (“受理申请35件，与2023年相比增长了28件” with last year’s 7 and this year’s table at 178: the 35 against the table is the prose-vs-table rule’s finding, and one fault is reported once). Levels reached (增长到, 增至), multiples, approximations and changes of other things (web posts, hotlines) are not claims; a sentence naming another year than last year’s report is skipped. Last year’s figure as the comparison states it (“较上年的35件增加了12件”; after such a carry-over, last year’s total, the two together or the carry-over will do) and last year’s figures stated on their own (“2023年共收到申请150件”, “上年度被申请行政复议6件”, “申请量由上年的35件增至52件”), and last year’s figure in brackets after this year’s (“收到申请178件（2023年为150件）”, “（上年为150件）”, “（去年同期150件）”, of what this year’s figure counts) are checked against last year’s report too; sentences about carry-overs, a month, “去年以来” or other or wider bodies are not read (bodies judged as the prose-vs-table rule judges them: a government’s own whole region, such as 全县 in a county’s report, is the report’s own). 持平 (同比持平, 与上年持平) says there was no change: the two years’ figures must be equal; 基本持平 (大体, 总体持平: about the same) allows a difference of a tenth of last year’s figure, and of 2 at least (15 against last year’s 150, 2 against 10); a rate, “均与上年持平” and a 持平 of work rather than of a count are not checked. Several changes in one sentence (“分别增加12件和13件”) are not checked. Checked only with last year’s report of the same body.',
      ),
      bad: '（上一年度报告）一、本年新收 总计 7\n（本年度报告）一、本年新收 总计 178；正文：与2023年相比，受理数量增长了28件。',
      good: '（本年度报告）与2023年相比，受理数量增长了171件。',
    },
  },
  ({ model, previous }) => {
    if (!previous || !lastYearsOwn(model, previous) || wholeCopy(model, previous)) return [];
    const py = reportYear(previous);
    const year = reportYear(model);
    const { 'zh-CN': zhPrev, en: enPrev } = previousName(previous);
    const out: RuleFinding[] = [];
    const statedSeen = new Set<object>();
    for (const claim of extractDeltas(model)) {
      // A change of a count the claims do not read (其中网上申请120件，较上年增加20件) is not the table's.
      if (claim.unread) continue;
      const lastYear = py ?? (year !== undefined ? year - 1 : undefined);
      if (claim.against !== undefined && lastYear !== undefined && claim.against !== lastYear) continue;
      const pairs: { now: Reading; before: Reading; change: number }[] = [];
      const before: Reading[] = [];
      // After last year's carry-over that follows the year's total (收到申请178件，上年结转5件，较上年增加28件): the change
      // may be of the total, of the two together or of the carry-over, each against its own figure of last year.
      const quantities = claim.nowOf ?? claim.admissible;
      for (const q of quantities) {
        const mine = readingsOf(model, q);
        const theirs = readingsOf(previous, q);
        before.push(...theirs);
        const byName = new Map(theirs.map((r) => [r.name['zh-CN'], r]));
        mine.forEach((r, i) => {
          // The 2019 trial format names some readings otherwise (处理决定数量): the same place is the same reading.
          const p = byName.get(r.name['zh-CN']) ?? (mine.length === theirs.length ? theirs[i] : undefined);
          if (!p || r.value === undefined || p.value === undefined) return;
          const change = changeOf(claim, r.value, p.value);
          if (change !== undefined) pairs.push({ now: r, before: p, change });
        });
      }
      // 较上年的35件增加了12件: last year's figure as the sentence states it, against last year's report.
      const stated = claim.stated;
      // Two changes against one stated figure (较上年的301件增加37件，增长12.3%): it is checked once.
      if (stated && !statedSeen.has(stated)) {
        statedSeen.add(stated);
        const f = lastYearMismatch(stated.range, stated.value, before, zhPrev, enPrev, unitOf(quantities));
        if (f) out.push(f);
      }
      if (pairs.length === 0 || pairs.some((p) => changeAgrees(claim, p.change, p.before.value!))) continue;
      // 受理申请35件，与2023年相比增长了28件 with last year's 7 and this year's table at 178: the change holds for the
      // figure its sentence states (35 − 7), and the 35 against the table is narrative-mismatch's finding. Told to make
      // the change 171, the writer would leave a sentence that contradicts itself; the one fault is reported once.
      if (claim.now !== undefined && agreesFromStated(claim, claim.now, claim.admissible.flatMap((q) => readingsOf(previous, q)))) continue;
      const first = pairs[0]!;
      const unit = unitOf(quantities);
      const shown = (v: number) => (claim.percent ? `${round(v, claim.decimals)}%` : `${v}${unit}`);
      const direction = (v: number) => (v >= 0 ? ['增加', 'an increase of'] : ['减少', 'a decrease of']);
      const [zhDir, enDir] = direction(first.change);
      const rough = claim.roughly ? roughTolerance(first.before.value!) : undefined;
      const [zhRough, enRough] = rough === undefined ? ['', ''] : [`（“基本持平”按相差不超过${rough}件计）`, ` (“基本持平” is taken as within ${rough})`];
      const related: RelatedInformation[] = [
        ...first.now.cells.filter((c) => c.cell).map((c) => ({ range: c.cell!.range, message: text(`本年：${first.now.name['zh-CN']} ${first.now.value}`, `this year: ${first.now.name.en} ${first.now.value}`) })),
        ...previousCells(first.before, zhPrev, enPrev),
      ];
      out.push({
        range: claim.range,
        message: text(
          `正文${quoted(claim)}，但${first.now.name['zh-CN']}本年为${first.now.value}${unit}、${zhPrev}为${first.before.value}${unit}，实际${zhDir}${shown(Math.abs(first.change))}${zhRough}。`,
          `The text says ${quoted(claim)}, but ${first.now.name.en} is ${first.now.value} this year and ${first.before.value} in ${enPrev}: ${enDir} ${claim.percent ? `${round(Math.abs(first.change), claim.decimals)}%` : Math.abs(first.change)}${enRough}.`,
        ),
        related,
        fixes: [],
      });
    }
    // 2023年共收到申请150件, 由上年的35件增至52件: last year's figures stated on their own.
    for (const figure of lastYearFigures(model)) {
      const f = lastYearMismatch(figure.range, figure.value, figure.admissible.flatMap((q) => readingsOf(previous, q)), zhPrev, enPrev, unitOf(figure.admissible));
      if (f) out.push(f);
    }
    return out;
  },
);

/** The change agrees when counted from this year's figure as the sentence states it, against one of last year's readings. */
function agreesFromStated(claim: DeltaClaim, now: number, before: readonly Reading[]): boolean {
  return before.some((p) => {
    if (p.value === undefined) return false;
    const change = changeOf(claim, now, p.value);
    return change !== undefined && changeAgrees(claim, change, p.value);
  });
}

/** The unit a quantity is counted in: 万元 for table 二's fees, 件 for every count. */
function unitOf(admissible: readonly Quantity[]): string {
  return admissible.length > 0 && admissible.every((q) => q === 'fee') ? '万元' : '件';
}

/** A figure the text gives for last year that none of last year's readings has: on the figure, related to last year's cells. */
function lastYearMismatch(range: Range, value: number, readings: readonly Reading[], zhPrev: string, enPrev: string, unit: string): RuleFinding | undefined {
  const known = readings.filter((r) => r.value !== undefined);
  if (known.length === 0 || known.some((r) => r.value === value)) return undefined;
  const r = known[0]!;
  return {
    range,
    message: text(`正文说上年为${value}${unit}，但${zhPrev}的${r.name['zh-CN']}为${r.value}${unit}。`, `The text gives last year’s figure as ${value}, but ${enPrev} has ${r.value} for ${r.name.en}.`),
    related: previousCells(r, zhPrev, enPrev),
    fixes: [],
  };
}

/** A reading's cells in last year's report, as related information naming it and its figure. */
function previousCells(r: Reading, zhPrev: string, enPrev: string): RelatedInformation[] {
  return r.cells.filter((c) => c.cell).map((c) => ({ range: c.cell!.range, document: 'previous', message: text(`${zhPrev}：${r.name['zh-CN']} ${r.value}`, `${enPrev}: ${r.name.en} ${r.value}`) }));
}
