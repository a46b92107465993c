/** Claims the prose makes about the tables, with the readings that decide whether they hold. */
import { packedMap } from '../arrays';
import { OUTCOME_ITEMS } from './lexicon';
import type { ReportModel, Table } from '../model';
import { containsPosition, type Position } from '../text';
import { extractClaims, type RawClaim } from './extract';
import { readingsOf, type CaseGroup, type Quantity, type Reading } from './readings';
import { Derived } from '../derived';

export type { Applicant, CaseGroup, CaseResult, Quantity, Reading } from './readings';
export { isOneFigure, readingsOf } from './readings';

export interface Claim extends RawClaim {
  /** The table quantities the claim may speak of, with their values in this report. */
  readings: readonly Reading[];
  /**
   * True when some reading agrees with the claim, false when every known reading disagrees,
   * undefined when no reading can be computed (a table or cell is missing or blank).
   */
  holds: boolean | undefined;
}

/**
 * Counts must agree exactly, unless written in 万 (2.17万件 for 21650: within the hundred its writer rounded
 * to). An amount agrees within the rounding its writer used: 2030.17万元 for 2030.16873, and a round
 * 2000万元 for anything that rounds to it. A statement that there was none (未收取…) agrees with 0 alone.
 */
function tolerance(claim: RawClaim): number {
  // 未收取行政事业性收费 says none at all: no rounding to widen it (1.25万元 is not none).
  if (claim.zero) return 1e-9;
  if (claim.quantity !== 'fee') return claim.decimals < 0 ? 0.5 * 10 ** -claim.decimals + 1e-9 : 1e-9;
  if (claim.decimals > 0) return 0.5 * 10 ** -claim.decimals + 1e-9;
  // 0万元 is written to the whole 万元, not rounded to tens as 2000万元 is.
  const zeros = claim.value === 0 ? 0 : /0*$/.exec(String(Math.round(claim.value)))![0].length;
  return 0.5 * 10 ** zeros + 1e-9;
}

export function agrees(claim: RawClaim, value: number): boolean {
  const tol = tolerance(claim);
  return [claim.value, ...claim.alternatives].some((v) => Math.abs(v - value) <= tol);
}

/** The readings of every admissible quantity, each set of cells once. */
function admissibleReadings(model: ReportModel, quantities: readonly Quantity[]): Reading[] {
  const out: Reading[] = [];
  const seen = new Set<string>();
  for (const q of quantities) {
    for (const r of readingsOf(model, q)) {
      const key = packedMap(r.cells, (c) => `${c.table.kind}:${c.row.spec?.id ?? c.row.label}:${c.column}`).sort().join('+');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(r);
    }
  }
  return out;
}

const cache = new Derived<ReportModel, Claim[]>('claims');

/**
 * The readings of each set of admissible quantities (by their names, joined), kept by the tables they are read from:
 * an editor's next analysis, its tables unchanged, gives its claims the same readings (and the findings made of them
 * can be kept: rules/narrative-mismatch.ts).
 */
const admissibleCache = new Derived<readonly Table[], Map<string, Reading[]>>('admissible readings');

export function claimsOf(model: ReportModel): readonly Claim[] {
  const hit = cache.get(model);
  if (hit) return hit;
  // Readings depend on the tables alone: computed once per set of admissible quantities.
  let byQuantities = admissibleCache.get(model.tables);
  if (!byQuantities) admissibleCache.set(model.tables, (byQuantities = new Map<string, Reading[]>()));
  // The claims come from extractClaims in the shape they keep: their readings and whether they hold are filled in
  // here (a copy of each, with them, was as much again of what an analysis of a long report keeps).
  const claims = extractClaims(model);
  for (const claim of claims) {
    const key = claim.admissible.join(' ');
    let readings = byQuantities.get(key);
    if (!readings) byQuantities.set(key, (readings = admissibleReadings(model, claim.admissible)));
    // Undefined when no reading has a value; else whether one agrees.
    let holds: boolean | undefined;
    for (const r of readings) {
      if (r.value === undefined) continue;
      holds = agrees(claim, r.value);
      if (holds) break;
    }
    claim.readings = readings;
    claim.holds = holds;
  }
  cache.set(model, claims);
  return claims;
}

/** The claim at a position (for hovers). */
export function claimAt(model: ReportModel, p: Position): Claim | undefined {
  return claimsOf(model).find((c) => containsPosition(c.range, p));
}

const FAMILIES: readonly (readonly Quantity[])[] = [
  ['new', 'newPlusCarried', 'total', 'carried', 'carryNext'],
  ['open', 'partial', 'openPlusPartial', 'withhold', 'unable', 'reject', 'otherHandling', 'total'],
  ['natural', 'orgs', 'new'],
  ['review', 'suits', 'suits.direct', 'suits.afterReview', 'reviewAndSuits'],
  ['review.corrected', 'suits.corrected', 'reviewAndSuits.corrected'],
  ['regulation.issued', 'regulation.repealed', 'regulation.inForce', 'normative.issued', 'normative.repealed', 'normative.inForce'],
  ['license', 'penalty', 'coercion'],
];

const neighbours = new Map<Quantity, readonly Quantity[]>();

/** Quantities a writer may have confused with this one (一 with 一＋二, 予以公开 with 部分公开 …). */
function neighbourQuantities(q: Quantity): readonly Quantity[] {
  let out = neighbours.get(q);
  if (out) return out;
  const family = q === 'handled' || q === 'newOrHandled' ? FAMILIES[0]! : FAMILIES.find((f) => f.includes(q));
  const group = /^(review|suits(?:\.direct|\.afterReview)?|reviewAndSuits)\./.exec(q)?.[1] as CaseGroup | undefined;
  if (family) {
    // A group's own items too: 无法提供265件 where 1.本机关不掌握 alone is 265.
    out = [...family.filter((x) => x !== q), ...OUTCOME_ITEMS.filter((o) => o.quantity.startsWith(`item:${q}.`)).map((o) => o.quantity)];
  }
  else if (group) out = [group, ...(['upheld', 'corrected', 'other', 'pending'] as const).map((r) => `${group}.${r}` as Quantity)].filter((x) => x !== q);
  else out = [];
  // A pure function of a quantity name, of which there are a few dozen: kept for the process.
  neighbours.set(q, out);
  return out;
}

/**
 * A reading of a neighbouring quantity the claim's figure matches: what the writer probably meant
 * (正文“收到申请183件” and 一＋二 = 183). Undefined when none does, and for a zero.
 */
export function likelyMeant(model: ReportModel, claim: Claim): Reading | undefined {
  // Many cells are 0: a zero matching one of them says nothing of what the writer meant.
  if (claim.value === 0) return undefined;
  for (const q of neighbourQuantities(claim.quantity)) {
    for (const r of readingsOf(model, q)) {
      if (r.value === undefined || claim.readings.some((o) => o.name['zh-CN'] === r.name['zh-CN'])) continue;
      if (agrees(claim, r.value)) return r;
    }
  }
  return undefined;
}
