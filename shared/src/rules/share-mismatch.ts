import { extractShares, type ShareClaim } from '../claims/shares';
import { applicantReadingsOf, readingsOf, type Quantity, type Reading } from '../claims/readings';
import type { RelatedInformation } from '../finding';
import { text } from '../i18n';
import { quoted } from './helpers';
import { range, type Range } from '../text';
import type { ReportModel } from '../model';
import { defineRule, type RuleFinding } from '../rule';

/**
 * A share agrees with its writer's rounding or truncation: 66.48% for 966 of 1453 (66.4831…%). Rounded, the figure
 * lies within half a unit of the share either way (4.5% to 5.5% is 5%), or a little lower when it was rounded twice
 * (63.48% to 63.5% to 64%: down to 5/9 of a unit, the limit of rounding place by place); truncated, up to one unit
 * above it (5% to 6%). Not 4.0% for 5%, one unit below, which no writer's rounding gives.
 */
function agrees(claim: ShareClaim, part: number, whole: number): boolean {
  if (whole <= 0) return false;
  const unit = 10 ** -claim.decimals;
  const over = (100 * part) / whole - claim.percent;
  return over >= (-unit * 5) / 9 - 1e-9 && over < unit + 1e-9;
}

function percent(part: number, whole: number, decimals: number): string {
  return `${Number(((100 * part) / whole).toFixed(Math.max(decimals, 1)))}%`;
}

function known(readings: readonly Reading[]): (Reading & { value: number })[] {
  return readings.filter((r): r is Reading & { value: number } => r.value !== undefined);
}

/**
 * Without the table (missing, a picture, blank): the count written beside the share (予以公开60件，占55%)
 * over the counts the paragraph states before it, one of which is its whole.
 */
function fromProse(claim: ShareClaim): RuleFinding | undefined {
  const part = claim.count;
  // A count in numerals (予以公开六件) beside counts of its paragraph in numerals too, which `stated` does not hold.
  if (part === undefined || !claim.countWithUnit || claim.countInNumerals) return undefined;
  const wholes = [...new Set(claim.stated)].filter((w) => w > part);
  if (wholes.length === 0 || wholes.some((w) => agrees(claim, part, w))) return undefined;
  const stated = `${claim.percent.toFixed(claim.decimals)}%`;
  // The largest count before it is most often the total the share is of; the one that comes nearest to
  // giving the share, when another, may be the one the writer took (Shanghai 2019's 805 answered, not 859 received).
  const whole = Math.max(...wholes);
  const distance = (w: number) => Math.abs((100 * part) / w - claim.percent);
  const nearest = wholes.reduce((best, w) => (distance(w) < distance(best) ? w : best));
  const zhNearest = nearest !== whole ? `（占${nearest}件为${percent(part, nearest, claim.decimals)}）` : '';
  const enNearest = nearest !== whole ? ` (of ${nearest}, ${percent(part, nearest, claim.decimals)})` : '';
  const others = wholes.length > (nearest !== whole ? 2 : 1);
  return {
    range: claim.range,
    message: text(
      `正文${quoted(claim)}算不出来：${part}件占前面写出的${whole}件的${percent(part, whole, claim.decimals)}${zhNearest}，不是${stated}${others ? '，占前面写出的其他件数也都不是' : ''}（表格中没有可以核对的数字）。请核对比例或件数。`,
      `The text says ${quoted(claim)}, but ${part} of the ${whole} stated before it is ${percent(part, whole, claim.decimals)}${enNearest}, not ${stated}${others ? ', nor is it that share of any other count stated before it' : ''} (the tables hold no figure to check it against). Check the share or the counts.`,
    ),
    related: [],
    fixes: [],
  };
}

/**
 * A rate that is a part over its whole — requests dealt with (办结率, 按时办结率), answered (答复率), information made
 * public (公开率), cases corrected or upheld (纠错率, 维持率, 败诉率), satisfied (满意率) — is at most 100%: 办结率101% is a
 * fault whatever the tables hold. Only the figure written right after the rate's name (为, 达, 达到, 均为 between):
 * a change (办结率同比提高120%, 同比增长120%) and 占比, which may set figures of other things side by side, are not
 * rates of this kind. 完成率 and 增长率 may exceed 100% and are not read.
 */
const RATE_NAME = String.raw`(?:(?:按时|按期|及时|限时|如期)?(?:办结|办理|答复|回复)率|(?:主动|予以|部分|不予|信息|依申请)?公开率|被?纠错率|败诉率|维持率|满意率)`;
/** Group 1: the rates named (办结率, or 办结率和满意率 sharing one figure); group 2: the figure. */
const RATE_OVER = new RegExp(
  String.raw`(${RATE_NAME}(?:[和、及与]${RATE_NAME}){0,3})(?:均为|均达到|均达|为|达到|达|是)?\s*(\d+(?:\.\d+)?)\s*[%％]`,
  'g',
);

function ratesOver100(model: ReportModel): RuleFinding[] {
  const out: RuleFinding[] = [];
  model.masked.forEach((line, l) => {
    if (model.tableLines.has(l) || !/率/.test(line)) return;
    for (const m of line.matchAll(RATE_OVER)) {
      const digits = m[2]!;
      if (Number(digits) <= 100) continue;
      const start = m.index + m[0].lastIndexOf(digits);
      const end = m.index + m[0].length;
      const said = line.slice(m.index, end).replace(/\s+/g, '');
      out.push({
        range: range(l, start, end),
        message: text(
          `正文“${said}”超过100%：${m[1]}是一部分占全部的比例，不会超过100%。请核对比例。`,
          `The text says “${said}”, above 100%: ${m[1]} is a part over its whole and cannot exceed 100%. Check the rate.`,
        ),
        related: [],
        fixes: [],
      });
    }
  });
  return out;
}

export default defineRule(
  {
    code: 'share-mismatch',
    severity: 'warning',
    category: 'narrative',
    title: text('正文比例与表格不符', 'A share in the prose contradicts the tables'),
    fixable: false,
    doc: {
      summary: text(
        '正文所说某类办理结果或某类申请人所占的比例（“予以公开或部分公开占58.5%”“予以公开答复966件，占66.48%”）、办结率（“办结率92%”）或行政复议、行政诉讼的纠错率、维持率与表三、表四的数字算不出来。',
        'A share of an outcome or of a kind of applicant stated in the prose (“予以公开或部分公开占58.5%”, “予以公开答复966件，占66.48%”), a completion rate (“办结率92%”), or a review or lawsuit correction or upholding rate cannot be obtained from tables 三 and 四.',
      ),
      details: text(
        '读取依申请公开段落（写明政府信息公开和申请的办理结果、没有写“申请”二字的段落也是：“政府信息公开工作扎实推进。全年予以公开99件，占55.6%”；第三部分中按表三申请人逐项写明件数的段落也是：“其中，自然人171件，占96.1%”；以“予以公开”“部分公开”说不带其他种类的申请的段落也是：“予以公开的申请占全部办理结果的55.6%”；紧接在以统计本年申请件数的句子结束的段落之后、中间只隔空行、同属一部分、只用表格用语而没有其他主题的段落也是：“全年共收到政府信息公开申请178件。”下一行“办结率100%。”）以及其他段落中逐项写明申请的三种以上办理结果或两类以上申请人件数（或所占比例）的句子（“从申请主体看，自然人171件，占96.1%；法人或其他组织7件，占3.9%”“从申请主体看，自然人申请占96.1%，法人或其他组织申请占3.9%”，热线来电、低保等其他申请、行政许可等表二事项除外）中“占X%”“占比X%”“比例为X%”一类的比例，按所在分句说的办理结果（予以公开、部分公开、两者之和（“予以公开（含部分公开）占75%”也是）、不予公开、无法提供、不予处理、其他处理及其细项）或申请人（自然人、法人或其他组织，或其中一类如商业企业）取表三的数字；分句本身没有说是什么（“，占66.48%”）时，指前一分句写明件数的那一项；“分别占82.4%和17.6%”按顺序对应前一分句逐项写明件数的各项（“自然人42件、法人或其他组织9件”）。件数可以写成汉字（“予以公开六件，占比54.5%”），这样的件数只与表格比较，没有表格时不作比较（段落中前面写出的件数只读阿拉伯数字）。“占”后写明的分母（“占不予公开的33.3%”“占法人或其他组织申请的”）按所写取数；其余情况下比例的分母正文很少写明，所以表三“（七）总计”、一＋二、一（申请人只取一＋二和一，各按其行：一中该类申请人的件数占一，一＋二中的占一＋二；此前写出的件数等于一或一＋二的，也按其行）以及段落中此前写出的每一个件数都可以作分母；分子可以是表三的数字，也可以是正文紧挨着写出的件数。办结率、答复率（不含按时办结率等时效的比率）按（七）总计占一＋二或一计算，予以公开率按予以公开（或予以公开与部分公开之和：写法不一）占（七）总计、一＋二或一计算，部分公开率、不予公开率、无法提供率、不予处理率、其他处理率同样按表三该项的总计计算（所在句子说的是公文、文件的公开属性，行政许可等表二事项、信访或低保等其他申请时不读；驳回率等表三没有对应项的比率不读），分子、分母也可以是同一句中此前写出的件数（办结165件，办结率92.7%）；纠错率、败诉率、维持率按表四所说那一类案件（行政复议、行政诉讼）的结果纠正或结果维持件数，占该类总计或已审结（总计减尚未审结）的件数计算，败诉率只指行政诉讼；写出件数的某种结果所占比例（“行政复议25件，其中维持8件，占32%”）同样按该类案件的总计或已审结件数计算；100%的说法由“正文与表格不一致”规则按“已全部办结”检查。一部分占全部的比率——办结率、按时办结率、答复率、公开率、纠错率、维持率、败诉率、满意率——超过100%（“办结率101%”“按时办结率100.5%”“公开率120%”）时，不论表格如何都报告（比率名称后只隔“为”“达到”等字；增长、同比变化、占比以及完成率、增长率等可以超过100%的比率不在此列）；表格已能算出的比率仍按上述方式报告一次。只要有一种算法按四舍五入（也包括逐位四舍五入：63.48%先作63.5%、再作64%）或截断得到正文的比例就不报告（5%只对应4.5%至6%以下，4.0%不是5%）；比例旁写出的件数（“99件，占55.6%”）本身与表格不符时，由“正文与表格不一致”规则报告件数，不再报告比例。表格缺失（或以图片发布、相应单元格空白）时，比例旁写出的件数（“予以公开99件，占60%”）按段落中此前写出的各个件数计算，都算不出来时报告，并写出最大的件数（通常是总数）和最接近的一个。约数（约占、近）、变化（占比提高）、按渠道或内容分的比例（网上申请占86.92%）、其他年份和更大范围（全市、各部门；政府自己的报告中它所辖的全域——县的“全县”、区的“全区”、乡镇的“全镇”、街道办事处的“全街道”，以及部门的“全局”“全委”——与正文数字的读法相同，是报告自己的数字，同一段另写本级、本机关等一部分时除外）的数字，以及依申请公开段落中说其他事物或其他种类申请的句子中的比例（“政务服务事项申请人中，自然人占80%”“12345热线来电中……”“低保救助申请人中……”）不在检查之列。',
        'Reads shares (占X%, 占比X%, 比例为X%) in paragraphs about disclosure requests (a paragraph naming disclosure and the requests’ outcomes is one without the word 申请: 政府信息公开工作扎实推进。全年予以公开99件，占55.6%; so is one in part 三 counting applicants by table 三’s columns: 其中，自然人171件，占96.1%; so is one naming requests of no other kind by their outcome, 予以公开 or 部分公开: 予以公开的申请占全部办理结果的55.6%; so is a paragraph of table words alone, with no subject of its own, on the line right after a paragraph that ends counting the year’s requests, only blank lines between, in the same part: “全年共收到政府信息公开申请178件。” then “办结率90%。”) and, in other paragraphs, in sentences listing three or more of the requests’ outcomes or two or more kinds of applicant, each counted or given its share (从申请主体看，自然人171件，占96.1%；法人或其他组织7件，占3.9%; 从申请主体看，自然人申请占96.1%，法人或其他组织申请占3.9%; not hotline calls, applications of other kinds such as 低保申请, nor table 二’s things such as 行政许可), takes the outcome (disclosed, partly disclosed, both (予以公开（含部分公开）占75% too), withheld, unable, not handled, other, and their items) or the kind of applicant (natural persons, organisations, or one kind of organisation such as businesses) its clause names from table 三 — or, when the clause names nothing (“，占66.48%”), the one the clause before names with its count; “分别占82.4%和17.6%” pairs its shares in order with the items the clause before counts one by one (自然人42件、法人或其他组织9件). A count may be written in Chinese numerals (予以公开六件，占比54.5%); such a count is compared with the tables only, not without them (the counts a paragraph states before a share are read in digits). A whole named after 占 (“占不予公开的33.3%”) is taken as named; otherwise what the share is of is seldom said, so table 三’s (7) total, I + II and I (I + II and I for applicants, each by its rows: the kind’s column of I over I, of I + II over I + II, and so over a count stated that is I or I + II) and every count the paragraph states before it are all admitted as the whole; the part may be the table’s figure or the count written beside the share. A completion or answer rate (办结率, 答复率; not timeliness rates such as 按时办结率) is (7) total over I + II or I, a disclosure rate (予以公开率) is (1) disclosed, or (1) and (2) partly disclosed together (writers differ), over (7) total, I + II or I, and a rate named by another outcome (部分公开率, 不予公开率, 无法提供率, 不予处理率, 其他处理率) is that outcome’s total over the same (not where its sentence speaks of documents by 公开属性, of table 二’s things such as 行政许可, of petitions (信访) or of other applications such as 低保申请; rates naming no row of the table, such as 驳回率, are not read), or counts its own sentence states before it (办结165件，办结率92.7%); a case rate (纠错率, 败诉率, 维持率) is table 四’s corrected or upheld cases of the kind named (review, lawsuits) over that kind’s total or its cases decided (total less pending), 败诉率 of lawsuits only; a result’s share written with its count (“行政复议25件，其中维持8件，占32%”) likewise; 100% is the prose-vs-table rule’s “all dealt with” claim. A rate of a part over its whole — 办结率, 按时办结率, 答复率, 公开率, 纠错率, 维持率, 败诉率, 满意率 — above 100% (办结率101%, 按时办结率100.5%, 公开率120%) is reported whatever the tables hold (only 为, 达到 and the like between the rate’s name and its figure; growth, year-on-year changes, 占比, and rates that may exceed 100% such as 完成率 or 增长率 are not); a rate the tables already contradict is reported once, as above. The share is reported only when no combination rounds (place by place too: 63.48% to 63.5% to 64%) or truncates to it (5% stands for 4.5% up to 6%; 4.0% is not 5%); when the count written beside it (“99件，占55.6%”) itself contradicts the table, the prose-vs-table rule reports the count and the share is not reported again. Where the table cannot be read (missing, a picture, blank cells), the count written beside the share (“予以公开99件，占60%”) is taken over each count the paragraph states before it, and the share is reported when none gives it, naming the largest count (most often the total) and the one that comes nearest. Approximate shares (约占, 近), changes (占比提高), breakdowns the table does not hold (by channel or topic), other years and wider bodies (全市, 各部门; in a government’s own report its own whole region — 全县 in a county’s, 全区 in a district’s, 全镇 in a township’s, 全街道 in a sub-district office’s, and a department’s 全局 or 全委 — is read as the prose figures are, the report’s own, unless its paragraph names a narrower own part such as 本级 or 本机关), and shares in a sentence about other things or applications within a paragraph about the requests (政务服务事项申请人中，自然人占80%; 12345热线来电中…; 低保救助申请人中…) are not checked.',
      ),
      bad: '其中予以公开或部分公开占58.5%。（表三予以公开与部分公开共620件，（七）总计1527件：40.6%）',
      good: '其中予以公开或部分公开占40.6%。',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const claim of extractShares(model)) {
      const parts = known([claim.quantity, ...(claim.partAlso ?? [])].flatMap((q) => readingsOf(model, q)));
      const wholes = known(claim.of.flatMap((q) => readingsOf(model, q)));
      if (parts.length === 0 && wholes.length === 0) {
        const own = fromProse(claim);
        if (own) out.push(own);
        continue;
      }
      if (parts.length === 0 || wholes.length === 0) continue;
      const written = claim.count !== undefined ? [claim.count] : [];
      const partValues = [...parts.map((p) => p.value), ...written];
      // An applicant kind's column of 一 is a share of 一, its column of 一＋二 of 一＋二: 自然人 of 一＋二 over 一 is no
      // share a writer takes (19 of 20 is 95% where 17 of 20 is the share). Any other whole (a count stated, a whole
      // named after 占) may be taken of either, and the count written beside the share of any.
      const byRows = applicantReadingsOf(model, claim.quantity);
      const partsOver = (w: Quantity): number[] => {
        const own = byRows && (w === 'new' || w === 'newPlusCarried') ? byRows[w] : undefined;
        return own ? [...(own.value !== undefined ? [own.value] : []), ...written] : partValues;
      };
      // A case rate may be of the cases decided: the group's cases less those pending.
      const pending = claim.undecided ? known(readingsOf(model, claim.undecided))[0]?.value : undefined;
      const decided = pending !== undefined ? wholes.map((w) => w.value - pending) : [];
      const tableWholes = [...wholes.map((w) => w.value), ...decided];
      // A case rate is of the group's cases or of those decided: a count stated before it that is fewer than
      // the cases decided is one of their results (维持2件、纠正1件，纠错率50%), not the whole.
      const fewest = Math.min(...tableWholes);
      const otherWholes = [...decided, ...(claim.undecided ? claim.stated.filter((w) => w >= fewest) : claim.stated)];
      const wholeValues = [...wholes.map((w) => w.value), ...otherWholes];
      const someAgree = (ps: readonly number[], ws: readonly number[]) => ps.some((p) => ws.some((w) => agrees(claim, p, w)));
      // A count the paragraph stated that is 一 or 一＋二 of the table is that whole (全年共收到申请20件 … 自然人17件，占85%).
      const rowsOf = (w: number): Quantity | undefined => (byRows ? claim.of.find((q) => (q === 'new' || q === 'newPlusCarried') && known(readingsOf(model, q)).some((r) => r.value === w)) : undefined);
      const overOther = (w: number) => {
        const q = rowsOf(w);
        return someAgree(q ? partsOver(q) : partValues, [w]);
      };
      if (claim.of.some((q) => someAgree(partsOver(q), known(readingsOf(model, q)).map((w) => w.value))) || otherWholes.some(overOther)) continue;
      // A rate's sentence may state its part too (办结165件 … 办结率92.7%): a count less than the whole, never
      // a total over itself.
      if (claim.statedParts && claim.stated.some((p) => wholeValues.some((w) => p < w && agrees(claim, p, w)))) continue;
      // `予以公开99件，占55.6%` where the table has 113: the count is the prose-vs-table rule's finding, and
      // the share beside it is the same fault.
      if (claim.countWithUnit && !parts.some((p) => p.value === claim.count)) continue;
      const part = parts[0]!;
      const stated = `${claim.percent.toFixed(claim.decimals)}%`;
      const shown = wholes.filter((w, i) => w.value > 0 && wholes.findIndex((o) => o.value === w.value) === i).slice(0, 2);
      if (shown.length === 0) continue;
      const zh = shown.map((w) => `占${w.name['zh-CN']}（${w.value}件）的${percent(part.value, w.value, claim.decimals)}`).join('，');
      const en = shown.map((w) => `${percent(part.value, w.value, claim.decimals)} of ${w.name.en} (${w.value})`).join(', ');
      const related: RelatedInformation[] = [];
      for (const r of [part, ...shown]) {
        for (const c of r.cells) if (c.cell) related.push({ range: c.cell.range, message: text(`${r.name['zh-CN']}：${r.value}`, `${r.name.en}: ${r.value}`) });
      }
      out.push({
        range: claim.range,
        message: text(
          `正文${quoted(claim)}与表格不符：${part.name['zh-CN']}为${part.value}件，${zh}，都不是${stated}。请核对比例或表格。`,
          `The text says ${quoted(claim)}, but ${part.name.en} is ${part.value}: ${en} — none is ${stated}. Check the share or the table.`,
        ),
        related,
        fixes: [],
      });
    }
    // A rate above 100% that the tables already contradict (纠错率125%: 10 of 25 is 40%) is reported once, with them.
    const told = (r: Range) => out.some((f) => f.range.start.line === r.start.line && f.range.start.character <= r.start.character && f.range.end.character >= r.end.character);
    out.push(...ratesOver100(model).filter((f) => !told(f.range)));
    return out;
  },
);
