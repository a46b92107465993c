/**
 * Year-on-year claims in the prose: `与2023年相比，受理数量增长了28件`, `同比下降12.5%`,
 * `较上年减少3件`. The other claims leave these out (a delta is not a figure of this year's tables);
 * with last year's report they become checkable: this year's table minus last year's.
 *
 * What the change is of: the figure the sentence has just stated, as the claims machinery read it
 * (`共收到申请120件，同比增长20%`, `受理申请35件，与2023年相比，受理数量增长了28件`); where the sentence
 * states none, the change's own words, read with the claims' lexicon (`与2023年相比，被申请行政复议
 * 减少了3件`).
 * Precision first: a change counts only in a sentence that names the comparison (与YYYY年相比, 同比,
 * 比上年, 较去年 …); a level reached (`增长到`, `增至`, `下降为`), a multiple (`增长2倍`), an
 * approximation (`增长近30件`) and a change of anything the tables do not hold are not claims.
 */
import type { ReportModel } from '../model';
import { parseChineseNumber } from '../numbers';
import { comparePositions, type Range } from '../text';
import { numberTokens, splitClauses } from './clauses';
import { extractClaims } from './extract';
import * as L from './lexicon';
import type { Quantity } from './readings';
import { forEachSentence, proseStream } from './stream';

export interface DeltaClaim {
  /** What the change is of, and every quantity the words admit (`quantity` first). */
  readonly quantity: Quantity;
  readonly admissible: readonly Quantity[];
  /** The change stated: positive for an increase, negative for a decrease (件, or percent). */
  readonly change: number;
  readonly percent: boolean;
  /** Decimal places of a percentage, for rounding. */
  readonly decimals: number;
  /** The year compared with, when the sentence names it (与2023年相比). */
  readonly against?: number;
  /** The change with its words. */
  readonly range: Range;
  readonly numberRange: Range;
  readonly text: string;
}

const UP = /增长|增加|上升|提高|增多|多出|增幅/;
const DOWN = /减少|下降|降低|减少了|少了|降幅|回落/;
/** A level reached, not a change: 增长到, 增至, 下降为. */
const LEVEL = /(?:增长|增加|上升|提高|减少|下降|降低|回落)(?:了)?(?:到|至|为)|[增降]至/;
const COMPARISON = /(?:与|和|同|比|较|相较于?|相比于?)\s*(?:(\d{4})\s*年(?:度)?|上一?年(?:度)?|去年|前一?年)|同比|比上年|较上年/;
const PERCENT = /(?:(\d+(?:\.\d+)?)\s*[%％]|百分之([〇零一二两三四五六七八九十百点.\d]+))/g;

function percentValue(digits: string | undefined, words: string | undefined): { value: number; decimals: number } | undefined {
  if (digits) return { value: Number(digits), decimals: digits.split('.')[1]?.length ?? 0 };
  if (!words) return undefined;
  const [whole, frac] = words.split(/点|\./);
  const w = /^\d+$/.test(whole ?? '') ? Number(whole) : parseChineseNumber(whole ?? '');
  if (w === undefined) return undefined;
  if (!frac) return { value: w, decimals: 0 };
  const digitsOfFrac = [...frac].map((c) => (/\d/.test(c) ? c : String(parseChineseNumber(c) ?? ''))).join('');
  return /^\d+$/.test(digitsOfFrac) ? { value: Number(`${w}.${digitsOfFrac}`), decimals: digitsOfFrac.length } : undefined;
}

/** The quantity a change's own words name, when no figure before it in the sentence does. */
function quantityOfWords(clause: string, sentence: string, gis: boolean): Quantity | undefined {
  const review = L.REVIEW.test(clause);
  const suit = L.SUIT.test(clause);
  if (review || suit) {
    if (!(gis || L.RESPONDENT.test(clause))) return undefined;
    return review && suit ? 'reviewAndSuits' : review ? 'review' : 'suits';
  }
  const docs = sentence.replace(/规章制度/g, '');
  const row = /规范性文件/.test(clause) ? 'normative' : /规章/.test(clause.replace(/规章制度/g, '')) ? 'regulation' : /规范性文件/.test(docs) && !/规章/.test(docs) ? 'normative' : undefined;
  if (row) {
    if (L.DOC_REPEALED.test(clause)) return `${row}.repealed`;
    if (/现行有效/.test(clause)) return `${row}.inForce`;
    if (L.DOC_ISSUED.test(clause)) return `${row}.issued`;
    return undefined;
  }
  if (/行政许可/.test(clause)) return 'license';
  if (/行政处罚/.test(clause)) return 'penalty';
  if (/行政强制/.test(clause)) return 'coercion';
  if (!gis || L.OTHER_DOMAIN.test(clause) || !/申请/.test(sentence)) return undefined;
  if (L.RECEIVED.test(clause)) return 'new';
  if (L.HANDLED.test(clause)) return 'handled';
  return /申请/.test(clause) ? 'new' : undefined;
}

export function extractDeltas(model: ReportModel): DeltaClaim[] {
  const stream = proseStream(model);
  const out: DeltaClaim[] = [];
  let claims: ReturnType<typeof extractClaims> | undefined;
  forEachSentence(stream, (sentence, s) => {
    if (!(UP.test(sentence) || DOWN.test(sentence))) return;
    const comparison = COMPARISON.exec(sentence);
    if (!comparison) return;
    const against = comparison[1] ? Number(comparison[1]) : undefined;
    const line = stream.lineAt(s);
    const gis = L.GIS.test(sentence) || L.GIS.test(model.folded[line] ?? '') || model.parts.some((p) => p.id === 3 && p.bodyStart <= line && line < p.bodyEnd);
    const sentenceStart = stream.positionAt(s);
    for (const clause of splitClauses(sentence, s)) {
      const c = clause.text;
      const up = UP.test(c);
      const down = DOWN.test(c);
      if (!up && !down) continue;
      if (up === down || LEVEL.test(c) || /倍/.test(c)) continue;
      const sign = up ? 1 : -1;
      const verb = (up ? UP : DOWN).exec(c)!;
      const verbAt = stream.positionAt(clause.start + verb.index);
      // What the change is of: the last figure stated before it in the sentence, else its own words.
      claims ??= extractClaims(model);
      const before = claims.filter((k) => !k.zero && comparePositions(k.range.start, sentenceStart) >= 0 && comparePositions(k.range.end, verbAt) <= 0).pop();
      const own = quantityOfWords(c, sentence, gis);
      const quantity = own ?? before?.quantity;
      if (!quantity) continue;
      const admissible = own ? [own] : before!.admissible;
      // The change is the first count or percentage after the verb.
      PERCENT.lastIndex = verb.index;
      const pct = PERCENT.exec(c);
      const count = numberTokens(c, clause.start).find((t) => t.start - clause.start >= verb.index && t.unit !== '元' && t.unit !== '万元');
      const pctAt = pct ? pct.index : Infinity;
      const countAt = count ? count.start - clause.start : Infinity;
      const start = clause.start + verb.index;
      if (pct && pctAt < countAt) {
        const v = percentValue(pct[1], pct[2]);
        if (!v) continue;
        const end = clause.start + pct.index + pct[0].length;
        out.push({
          quantity, admissible, change: sign * v.value, percent: true, decimals: v.decimals,
          ...(against !== undefined ? { against } : {}),
          range: stream.rangeOf(start, end),
          numberRange: stream.rangeOf(clause.start + pct.index, end),
          text: stream.slice(start, end),
        });
      } else if (count) {
        out.push({
          quantity, admissible, change: sign * count.value, percent: false, decimals: 0,
          ...(against !== undefined ? { against } : {}),
          range: stream.rangeOf(start, count.end),
          numberRange: stream.rangeOf(count.start, count.numberEnd),
          text: stream.slice(start, count.end),
        });
      }
    }
  }, true);
  return out;
}
