/**
 * Tables 三 and 四 as plain figures, random consistent ones for property tests (fast-check), and
 * writing them into a real report in either layout.
 */
import fc from 'fast-check';
import { Doc, REQUEST_ROW_NEEDLES, relayout, type Layout } from './doc';

/** Row ids of table 三 (2021) in table order, matching REQUEST_ROW_NEEDLES. */
export const REQUEST_ROW_IDS: readonly string[] = [
  'new', 'carried', 'open', 'partial',
  'withhold.secret', 'withhold.law', 'withhold.security', 'withhold.thirdParty', 'withhold.internal', 'withhold.process', 'withhold.enforcement', 'withhold.query',
  'unable.notHeld', 'unable.notReady', 'unable.unclear',
  'reject.petition', 'reject.repeat', 'reject.publication', 'reject.massive', 'reject.confirm',
  'other.noCorrection', 'other.noFee', 'other.other',
  'total', 'carryNext',
];
export const ROW = Object.fromEntries(REQUEST_ROW_IDS.map((id, i) => [id, i])) as Readonly<Record<string, number>>;
export const OUTCOME_ROWS: readonly number[] = REQUEST_ROW_IDS.map((_, i) => i).filter((i) => i >= 2 && i <= 22);

/** A cell's content: a figure, or text written in its place (blank, `/`, `O`). */
export type Value = number | string;

export interface Tables {
  /** 25 rows × 7 columns (six applicant columns, then 总计). */
  readonly requests: Value[][];
  /** 15 figures. */
  readonly review: Value[];
}

export function cloneTables(t: Tables): Tables {
  return { requests: t.requests.map((r) => r.slice()), review: t.review.slice() };
}

/** Counts as offices write them: mostly 0, often small, sometimes large. */
export const count = fc.oneof(
  { weight: 4, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 3000 }) },
);

const six = fc.array(count, { minLength: 6, maxLength: 6 });

/** Random tables 三 and 四 in which every relation of format §3.4 and §4 holds. */
export const consistentTables: fc.Arbitrary<Tables> = fc
  .record({
    outcomes: fc.array(six, { minLength: 21, maxLength: 21 }),
    carried: six,
    carryNext: six,
    review: fc.array(fc.array(count, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
  })
  .map(({ outcomes, carried, carryNext, review }) => {
    const total = [0, 1, 2, 3, 4, 5].map((c) => outcomes.reduce((s, r) => s + r[c]!, 0));
    // 一 = （七） + 四 − 二 must not be negative: 二 is at most （七） + 四.
    const carriedOk = carried.map((v, c) => Math.min(v, total[c]! + carryNext[c]!));
    const neu = total.map((t, c) => t + carryNext[c]! - carriedOk[c]!);
    const withTotal = (r: number[]) => [...r, r.reduce((s, v) => s + v, 0)];
    const requests = [neu, carriedOk, ...outcomes, total, carryNext].map(withTotal);
    return { requests, review: review.flatMap(withTotal) };
  });

/** Writes the figures into the tables of `base` (cells keep their padding). */
export function writeTables(base: Doc, t: Tables): Doc {
  const doc = base.clone();
  REQUEST_ROW_NEEDLES.forEach((needle, r) => doc.setRow('requests', needle, t.requests[r]!.map(String)));
  doc.setRow('review', '', t.review.map(String));
  return doc;
}

/** Seed 002 (a report with every cell filled) in the given layout, as the carrier of random tables. */
export function carrier(layout: Layout): Doc {
  const text = Doc.seed('002').text;
  return Doc.of(layout === 'cell' ? text : relayout(text, 'row'));
}
