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

/**
 * What the prose may say happened to documents of a kind beside the table's 制发 and 废止 (format.md §2, §8 X2):
 * - lapsed (失效, 宣布失效, 到期失效) without being counted as repealed: fewer in force than computed;
 * - amended (修改, 修订, 修正): an amendment issued as a document is counted in 制发, yet the amended document was in
 *   force already, so there are as many fewer in force than computed (上海 2022: 规章13件（含新制定5件，修改4件，废止4件）);
 * - moved by a reorganisation (机构改革划转, 移交, 划入, 承接): as many more or fewer, the direction as the words go.
 */
const LAPSED = /失效/;
const AMENDED = /修改|修订|修正/;
const MOVED = /划转|划出|划入|移交|移出|移入|转出|转入|承接/;
const ANY = new RegExp([LAPSED, AMENDED, MOVED].map((r) => r.source).join('|'));
const COUNT = /(\d{1,6})\s*件/g;
/** A bracketed part of a sentence (（其中修改后重新印发2件）): a clause of its own. */
const BRACKETED = /[（(]([^（）()]{1,80})[）)]/g;
const SEPARATORS = /[,;，；、]/;
/** The kinds of table 二's (一)项, to tell a clause about the other kind. */
const KINDS = /规章(?!制度)|规范性文件/g;

/** A count the prose gives for documents of the kind beside 制发 and 废止: how it bears on the relation. */
interface Stated {
  readonly count: number;
  /** `fewer`: lapsed or amended, this year's in force falls short of the computed one by the count; `either`: moved. */
  readonly way: 'fewer' | 'either';
  /** The sentence it stands in (its index), for the counts a sentence gives together. */
  readonly sentence: number;
}

/**
 * The counts of documents of the row's kind the prose says lapsed, were amended or were moved by a reorganisation
 * this year: a sentence naming the kind (规范性文件, 规章) whose clause with such a word holds one count
 * (本年度因有效期届满失效行政规范性文件3件; 开展规范性文件清理，宣布失效3件; 制定规范性文件10件（其中修改后重新印发2件）;
 * 因机构改革，原区科技局制发的4件规范性文件移交区工业和信息化局). A clause naming only the other kind is not this one's.
 */
function statedChanges(model: ReportModel, words: RegExp): Stated[] {
  const out: Stated[] = [];
  let index = 0;
  forEachSentence(proseStream(model), (sentence) => {
    index++;
    if (!words.test(sentence)) return;
    const bracketed = [...sentence.matchAll(BRACKETED)].map((m) => m[1]!);
    const clauses = [...sentence.replace(BRACKETED, '').split(SEPARATORS), ...bracketed.flatMap((b) => b.split(SEPARATORS))];
    for (const clause of clauses) {
      if (!ANY.test(clause)) continue;
      const kinds = clause.match(KINDS);
      if (kinds && !kinds.some((k) => words.test(k))) continue;
      const counts = [...clause.matchAll(COUNT)];
      if (counts.length !== 1) continue;
      const count = Number(counts[0]![1]);
      if (LAPSED.test(clause) || AMENDED.test(clause)) out.push({ count, way: 'fewer', sentence: index });
      else if (MOVED.test(clause)) out.push({ count, way: 'either', sentence: index });
    }
  }, true, (paragraph) => ANY.test(paragraph));
  return out;
}

/**
 * The prose explains the difference (computed − reported in force): one stated count does, in its direction, or the
 * counts of lapsed and amended documents one sentence gives together (宣布失效2件，修订1件: a shortfall of 3).
 */
function explained(stated: readonly Stated[], shortfall: number): boolean {
  if (stated.some((s) => s.count === shortfall || (s.way === 'either' && s.count === -shortfall))) return true;
  const together = new Map<number, number>();
  for (const s of stated) if (s.way === 'fewer') together.set(s.sentence, (together.get(s.sentence) ?? 0) + s.count);
  return [...together.values()].includes(shortfall);
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
        '表二第二十条第（一）项的三列之间没有年内关系（现行有效件数包括往年的文件），但与上一年度的报告相连：去年现行有效的文件，加上今年制发的，减去今年废止的，就是今年现行有效的。只有提供了同一机关上一年度的报告、两份报告的年份已知时相邻、且相关单元格都是数字时才检查。文件因有效期届满而失效却未计入废止、文件经修改、集中清理或机构调整时，这一关系可能合理地不成立，所以只是警告，消息中写明了这些可能；正文说明本年同类文件有多少件失效、经修改或因机构调整划转时，差额恰好由此补足的不报告：失效未计入废止的，以及修改后作为新文件印发、计入了制发的，本年现行有效比推算的少这么多件（“因有效期届满失效行政规范性文件3件”“开展规范性文件清理，宣布失效3件”“修改行政规范性文件3件”“制定规范性文件10件（其中修改后重新印发3件）”，本年现行有效比推算的少3件）；因机构改革划出或划入的，多或少这么多件都算补足（“因机构改革划转至某局3件”“承接原某局制发的规范性文件3件”）；同一句说了几种件数的，合计补足也算。只说修改、调整而没有件数的，仍然报告。',
        'Table 二’s (一)项 columns have no relation within a year (documents in force include earlier years’), but they follow from last year’s report: last year’s in force, plus this year’s issued, minus this year’s repealed, is this year’s in force. Checked only with last year’s report of the same body, consecutive years (when known) and numbers in every cell involved. Documents that lapse at the end of their term without being counted as repealed, amendments, clean-up campaigns and reorganisations can legitimately break it — hence a warning, and the message says so; when the prose says how many documents of the kind lapsed, were amended or were moved by a reorganisation this year, and that count makes up the difference, nothing is reported: documents that lapsed without being counted as repealed, and amendments issued as new documents and counted as issued, leave as many fewer in force than computed (“因有效期届满失效行政规范性文件3件”, “开展规范性文件清理，宣布失效3件”, “修改行政规范性文件3件”, “制定规范性文件10件（其中修改后重新印发3件）”, with 3 fewer in force than computed); documents moved out or in by a reorganisation make up a difference either way (“因机构改革划转至某局3件”, “承接原某局制发的规范性文件3件”); several such counts in one sentence may make it up together. An amendment or reorganisation stated without a count is still reported.',
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
      // Documents that lapsed, were amended or moved, as many as the prose says: the relation is explained.
      if (explained(statedChanges(model, r.words), expected - inForce)) continue;
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
