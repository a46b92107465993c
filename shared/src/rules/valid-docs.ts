import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import type { RowSpec } from '../template';
import { forEachSentence, proseStream } from '../claims/stream';
import type { ReportModel } from '../model';
import { lastYearsOwn, previousName, wholeCopy, numberIn, rowOf } from './previous-year';

const ROWS = [
  { id: 'regulation', zh: '规章', en: 'regulations', words: /规章(?!制度)/ },
  { id: 'normative', zh: '行政规范性文件', en: 'normative documents', words: /规范性文件/ },
] as const;

/** A clause of documents that lapsed (失效, 宣布失效, 到期失效) and its one count: 因有效期届满失效3件. */
const LAPSED = /失效/;
const COUNT = /(\d{1,6})\s*件/g;

/**
 * The counts of documents of the row's kind the prose says lapsed this year: a sentence naming the kind
 * (规范性文件, 规章) whose clause with 失效 holds one count (本年度因有效期届满失效行政规范性文件3件;
 * 开展规范性文件清理，宣布失效3件).
 */
function lapsedStated(model: ReportModel, words: RegExp): number[] {
  const out: number[] = [];
  forEachSentence(proseStream(model), (sentence) => {
    if (!words.test(sentence)) return;
    for (const clause of sentence.split(/[,;，；、]/)) {
      if (!LAPSED.test(clause)) continue;
      const counts = [...clause.matchAll(COUNT)];
      if (counts.length === 1) out.push(Number(counts[0]![1]));
    }
  }, true, (paragraph) => LAPSED.test(paragraph));
  return out;
}

/** Column indexes of table 二's (一)项 rows in the 2021 format. */
const ISSUED = 0;
const REPEALED = 1;
const IN_FORCE = 2;

/** The row's columns are 2021's 制发, 废止, 现行有效 (not the 2019 headings a 2021 table may have kept). */
function inForceColumns(spec: RowSpec | undefined): boolean {
  return spec?.columns[ISSUED]?.id === 'issued' && spec.columns[REPEALED]?.id === 'repealed' && spec.columns[IN_FORCE]?.id === 'inForce';
}

export default defineRule(
  {
    code: 'valid-docs',
    severity: 'warning',
    category: 'cross-year',
    title: text('现行有效件数与上一年度不衔接', 'Documents in force do not follow from last year'),
    fixable: false,
    doc: {
      summary: text(
        '上一年度“现行有效件数”加本年“制发件数”减本年“废止件数”，应等于本年“现行有效件数”（规章、行政规范性文件分别核对）。',
        'Last year’s “in force” plus this year’s “issued” minus “repealed” should equal this year’s “in force”, for regulations and for normative documents.',
      ),
      details: text(
        '表二第二十条第（一）项的三列之间没有年内关系（现行有效件数包括往年的文件），但与上一年度的报告相连：去年现行有效的文件，加上今年制发的，减去今年废止的，就是今年现行有效的。只有提供了同一机关上一年度的报告、两份报告的年份已知时相邻、且相关单元格都是数字时才检查。文件因有效期届满而失效却未计入废止、文件经修改、集中清理或机构调整时，这一关系可能合理地不成立，所以只是警告，消息中写明了这些可能；正文说明本年有同类文件失效、件数恰好补足差额时（“因有效期届满失效行政规范性文件3件”“开展规范性文件清理，宣布失效3件”，本年现行有效比推算的少3件）不报告。',
        'Table 二’s (一)项 columns have no relation within a year (documents in force include earlier years’), but they follow from last year’s report: last year’s in force, plus this year’s issued, minus this year’s repealed, is this year’s in force. Checked only with last year’s report of the same body, consecutive years (when known) and numbers in every cell involved. Documents that lapse at the end of their term without being counted as repealed, amendments, clean-up campaigns and reorganisations can legitimately break it — hence a warning, and the message says so; when the prose says that as many documents of the kind lapsed this year as the relation lacks (“因有效期届满失效行政规范性文件3件”, “开展规范性文件清理，宣布失效3件”, with 3 fewer in force than computed), nothing is reported.',
      ),
      bad: '（上一年度报告）行政规范性文件 现行有效件数 100\n（本年度报告）行政规范性文件 制发 7 废止 5 现行有效 110',
      good: '（上一年度报告）行政规范性文件 现行有效件数 100\n（本年度报告）行政规范性文件 制发 7 废止 5 现行有效 102',
    },
  },
  ({ model, previous }) => {
    if (!previous || !lastYearsOwn(model, previous) || wholeCopy(model, previous)) return [];
    const out: RuleFinding[] = [];
    const { 'zh-CN': zhPrev, en: enPrev } = previousName(previous);
    for (const r of ROWS) {
      const now = rowOf(model, 'active', r.id);
      const before = rowOf(previous, 'active', r.id);
      // Only the 2021 columns (制发, 废止, 现行有效) relate across years.
      if (!now || !before || now.table.version !== 2021 || before.table.version !== 2021) continue;
      // Columns under the 2019 headings (本年新制作数量 … 对外公开总数量) are not 制发, 废止 and 现行有效.
      if (!inForceColumns(now.row.spec) || !inForceColumns(before.row.spec)) continue;
      const issued = numberIn(now.row.cells[ISSUED]);
      const repealed = numberIn(now.row.cells[REPEALED]);
      const inForce = numberIn(now.row.cells[IN_FORCE]);
      const last = numberIn(before.row.cells[IN_FORCE]);
      if (issued === undefined || repealed === undefined || inForce === undefined || last === undefined) continue;
      const expected = last + issued - repealed;
      if (expected === inForce) continue;
      // Documents that lapsed and were not counted as repealed, as many as the prose says: the relation is explained.
      if (expected > inForce && lapsedStated(model, r.words).includes(expected - inForce)) continue;
      const cell = now.row.cells[IN_FORCE]!;
      out.push({
        range: cell.range,
        message: text(
          `${r.zh}现行有效件数为${inForce}，而${zhPrev}现行有效${last}件＋本年制发${issued}件－本年废止${repealed}件＝${expected}件（相差${inForce - expected}件）。如有文件因有效期届满失效而未计入废止，或经修改、集中清理、机构调整，请在正文中说明；否则请核对。`,
          `${r.en} in force: ${inForce}, but ${enPrev}’s ${last} in force + ${issued} issued − ${repealed} repealed = ${expected} (off by ${inForce - expected}). Documents that lapsed without being counted as repealed, amendments, clean-ups or reorganisations can explain it — say so in the text; otherwise check the figures.`,
        ),
        related: [
          { range: before.row.cells[IN_FORCE]!.range, document: 'previous', message: text(`${zhPrev}：${r.zh}现行有效件数 ${last}`, `${enPrev}: ${r.en} in force ${last}`) },
          { range: now.row.cells[ISSUED]!.range, message: text(`本年制发件数 ${issued}`, `issued this year ${issued}`) },
          { range: now.row.cells[REPEALED]!.range, message: text(`本年废止件数 ${repealed}`, `repealed this year ${repealed}`) },
        ],
        fixes: [],
      });
    }
    return out;
  },
);
