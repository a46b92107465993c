import { changeAgrees, changeOf, extractDeltas, roughTolerance, type DeltaClaim } from '../claims/deltas';
import { readingsOf } from '../claims/readings';
import type { RelatedInformation } from '../finding';
import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { quoted } from './helpers';

function shown(claim: DeltaClaim, v: number): { zh: string; en: string } {
  const magnitude = claim.percent ? `${Number(Math.abs(v).toFixed(Math.max(claim.decimals, 1)))}%` : `${Math.abs(v)}`;
  if (claim.percent) return v >= 0 ? { zh: `增长${magnitude}`, en: `up ${magnitude}` } : { zh: `下降${magnitude}`, en: `down ${magnitude}` };
  return v >= 0 ? { zh: `增加${magnitude}件`, en: `up ${magnitude}` } : { zh: `减少${magnitude}件`, en: `down ${magnitude}` };
}

export default defineRule(
  {
    code: 'change-mismatch',
    severity: 'warning',
    category: 'narrative',
    title: text('同比变化算不出来', 'A stated change does not follow from the figures stated'),
    fixable: false,
    doc: {
      summary: text(
        '正文写明了上一年的数字和同比增减（“较2023年的7件增加171件”“比上年（100件）增长20%”），但用本年的数字算不出所说的增减。',
        'The prose states last year’s figure and the change (“较2023年的7件增加171件”, “比上年（100件）增长20%”), but this year’s figure does not give that change.',
      ),
      details: text(
        '读取明确与上一年比较、并在比较处或紧接增减之后的括号中写出上一年数字的句子（“较上年的100件”“与2023年的100件相比”“比上年（100件）”“同比增长20%（上年为100件）”），或紧接增减之后单独成一分句写出（“同比增长20%，上年为100件”；写年份的须是所比较的年份），或在增减之前单独成一分句写出、不用比较的字样（“收到申请178件，2023年为150件，增长28件”“上年同期为150件，增长18.7%”；写年份的须是报告年度的上一年），或在同一句中本年的数字之前单独成一分句写出（“2023年收到申请134件，2024年收到178件，同比减少44件”“上年收到申请134件，本年收到178件，同比增加44件”；须是报告年度的上一年、与本年的数字是同一项，本年的数字紧接在比较之前，句中只有一个这样的数字，比较写明年份的须是这一年；“持平”也一样），本年的数字取同一句中此前写出的件数（句中未说是什么的增减或“持平”，紧接在同一段前一句末尾写出的本年申请总数也算；紧接在本年申请总数之后写出上年结转的，在同一句或前一句末尾，增减（“持平”也一样）可以是总数的、两者之和的或上年结转的，任一相符即可），或按所说的事项取本年表格中的数字（判断方式与“正文与表格不一致”规则相同），计算增减量或增减百分比（按四舍五入或截断比较；某一渠道或内容的申请的增减不读：“较上年的150件，网上申请增加20件”），与正文所说不符时报告；“与上年的150件持平”“与上年持平（上年为150件）”要求两年的数字相同（上一年的数字写在持平之后的括号或分句中也一样），“基本持平”允许相差不超过上年数字的十分之一（至少2件）。增减件数之后紧接着写出的百分比（“比上年增加8件，同比增长20%”），以本年数字减去所说的件数作为上一年的数字计算。不需要上一年度的报告：上一年的数字就写在句中。句中写出的上一年数字本身是否正确，由提供上一年度报告时的“同比变化与上一年度报告不符”规则检查。',
        'Reads sentences that compare with last year explicitly and state last year’s figure where they compare or in brackets right after the change (较上年的100件, 与2023年的100件相比, 比上年（100件）, 同比增长20%（上年为100件）), or in a clause of its own right after the change (同比增长20%，上年为100件; a year named must be the one compared with), or in a clause of its own right before it, with no word of comparison (收到申请178件，2023年为150件，增长28件; 上年同期为150件，增长18.7%; a year named must be the one before the report’s), or as a clause of its own before this year’s figure in the sentence (2023年收到申请134件，2024年收到178件，同比减少44件; 上年收到申请134件，本年收到178件，同比增加44件: the year before the report’s, of what this year’s figure counts, this year’s figure right before the comparison, the only such figure in the sentence, and a year the comparison names must be that one; a 持平 likewise), takes this year’s figure from a count the sentence states before the change (for a change or a 持平 that names nothing, also the total of the year’s requests that ends the sentence before it in the paragraph; after last year’s carry-over stated right after the year’s total of requests, in the sentence or ending the one before, the change (or a 持平) may be of the total, of the two together or of the carry-over, and any agreeing will do) or, by what the change is of (read as the prose-vs-table rule does), from this year’s tables, computes the change or the percentage change (within rounding or truncation; not a change of one channel’s or topic’s requests: 较上年的150件，网上申请增加20件), and reports it when it is not what the prose says; “与上年的150件持平” or “与上年持平（上年为150件）” (no change, last year’s figure before it or right after it) needs the two figures equal, 基本持平 (about the same) allows a tenth of last year’s figure (2 at least). A percentage right after a change in count (比上年增加8件，同比增长20%) is computed against this year’s figure less that count. Last year’s report is not needed: last year’s figure is in the sentence. Whether that figure is right is year-claim’s question, given last year’s report.',
      ),
      bad: '全年共收到政府信息公开申请178件，较上年的7件增加160件。',
      good: '全年共收到政府信息公开申请178件，较上年的7件增加171件。',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const claim of extractDeltas(model, true)) {
      // Last year's figure where the comparison states it, else as the sentence stated it before this year's.
      const stated = claim.stated ?? claim.earlier;
      const byCount = claim.byCount;
      if ((!stated && !byCount) || claim.unread) continue;
      // This year's figure: the one the sentence states, else the tables'.
      const candidates: { value: number; related: RelatedInformation[] }[] = [];
      if (claim.now !== undefined) for (const value of [claim.now, ...(claim.alsoNow ?? [])]) candidates.push({ value, related: [] });
      else {
        for (const r of claim.admissible.flatMap((q) => readingsOf(model, q))) {
          if (r.value === undefined) continue;
          const related = r.cells.filter((c) => c.cell).map((c) => ({ range: c.cell!.range, message: text(`本年：${r.name['zh-CN']} ${r.value}`, `this year: ${r.name.en} ${r.value}`) }));
          candidates.push({ value: r.value, related });
        }
      }
      // Last year's figure: stated, or this year's less the count change stated right before (增加8件，同比增长20%).
      const changes = candidates
        .map((c) => {
          const before = stated ? stated.value : c.value - byCount!.change;
          return { ...c, before, change: changeOf(claim, c.value, before) };
        })
        .filter((c) => c.change !== undefined);
      if (changes.length === 0 || changes.some((c) => changeAgrees(claim, c.change!, c.before))) continue;
      const first = changes[0]!;
      const real = shown(claim, first.change!);
      const rough = claim.roughly ? roughTolerance(first.before) : undefined;
      const [zhRough, enRough] = rough === undefined ? ['', ''] : [`（“基本持平”按相差不超过${rough}件计）`, ` (“基本持平” is taken as within ${rough})`];
      out.push({
        range: claim.range,
        message: text(
          `正文${quoted(claim)}算不出来：本年为${first.value}件，上年为${first.before}件${stated ? '' : '（本年减去所说的增减）'}，实际${real.zh}${zhRough}。请核对增减或两年的数字。`,
          `The text says ${quoted(claim)}, but this year’s ${first.value} against last year’s ${first.before}${stated ? '' : ' (this year’s less the change stated)'} is ${real.en}${enRough}. Check the change or the two figures.`,
        ),
        related: [
          stated
            ? { range: stated.range, message: text(`上年：${stated.value}件`, `last year: ${stated.value}`) }
            : { range: byCount!.range, message: text(`所说的增减：${byCount!.change}件，上年即${first.before}件`, `the change stated: ${byCount!.change}, so last year ${first.before}`) },
          ...first.related,
        ],
        fixes: [],
      });
    }
    return out;
  },
);
