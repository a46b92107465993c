/**
 * A blind battery of faults in the tables' arithmetic (format.md §3.4 A1–A3, §4 B1–B3) and of prose figures that
 * contradict the tables (§7), built from the format and not from the rules (test/helpers/arith-battery.ts says how
 * each expectation is computed from the raw text). Regression guard for the table and prose rules together: a
 * sample of the ~1,600 cases (every case of the rarer kinds, one in four of the single-cell changes), so it stays fast.
 *
 * - a cell changed that is the only one whose change makes every relation hold again: a new finding covers exactly
 *   that cell, and its fix writes the original value back;
 * - a fault no single cell explains (a whole row shifted, a figure moved between two columns, any figure of table
 *   四, whose one relation per group cannot tell the wrong cell): a new finding covers one of the cells that may be
 *   wrong (or the label of its row), and the findings' fixes, applied together, make every relation hold;
 * - a prose figure contradicting the tables (each phrasing of §7.1): a new finding on that sentence covers the figure;
 *   a zero statement (未收到申请) beside a non-zero table draws a new finding;
 * - controls — changes that keep every relation, table 二 figures no prose states, and prose figures of something
 *   else (last year, a sub-body, part of the year, 件次, 约/余, 人大建议, 主动公开…条, 信息处理费) — draw none.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { activeCases, activeControls, describe as describeCase, judge, moreProseCases, moreProseControls, proseCases, proseControls, tableCases, tableControls, TABLE_CODES, type Case } from '../helpers/arith-battery';

/** Codes that compare prose with the tables, or check a table: what a prose mutant or control may draw. */
const ALL_CODES = new Set<string>([...TABLE_CODES, 'narrative-mismatch', 'prose-conflict', 'share-mismatch', 'prose-sum', 'overview-figures', 'change-mismatch', 'year-claim', 'valid-docs', 'regulation-power', 'previous-year', 'empty-cell', 'cell-count', 'missing-row']);

const SAMPLED = new Set(['table 三: one cell', 'table 三: 总计 column', 'table 四: one cell']);

function sample(cases: readonly Case[]): Case[] {
  const seen = new Map<string, number>();
  return cases.filter((c) => {
    if (!SAMPLED.has(c.category)) return true;
    const n = seen.get(c.category) ?? 0;
    seen.set(c.category, n + 1);
    return n % 4 === 0;
  });
}

function groups(cases: readonly Case[]): Map<string, Case[]> {
  const out = new Map<string, Case[]>();
  for (const c of cases) {
    const k = `${c.category} (seed ${c.seed})`;
    out.set(k, [...(out.get(k) ?? []), c]);
  }
  return out;
}

const tableCodes = (c: Case) => (c.category.startsWith('table 三') || c.category.startsWith('table 四') || c.category === 'control: relations kept' ? TABLE_CODES : ALL_CODES);

describe('arithmetic and prose battery: mutants', () => {
  for (const [name, cases] of groups(sample([...tableCases(), ...activeCases(), ...proseCases(), ...moreProseCases()]))) {
    it(`${name}: ${cases.length} found, on the fault, fixed right`, () => {
      const wrong: string[] = [];
      for (const c of cases) {
        const o = judge(c, tableCodes(c));
        const e = c.expect;
        if (c.undetectable) {
          if (o.found) wrong.push(`${c.name}: a change no relation sees drew a finding\n${describeCase(c, o)}`);
          continue;
        }
        if (!e) {
          // A statement (未收到申请) against the tables: some new finding.
          if (!o.found) wrong.push(`${c.name}: nothing found`);
          continue;
        }
        if (!o.placed) wrong.push(`${c.name}: no finding on the fault\n${describeCase(c, o)}`);
        else if (o.fixOk === false) wrong.push(`${c.name}: wrong fix\n${describeCase(c, o)}`);
        // A single cell that alone explains the fault: its fix is certain and must be offered.
        else if (e.exact && e.original !== undefined && o.fixOk !== true) wrong.push(`${c.name}: no fix\n${describeCase(c, o)}`);
      }
      assert.deepEqual(wrong, []);
    });
  }
});

describe('arithmetic and prose battery: controls', () => {
  for (const [name, cases] of groups([...tableControls(), ...activeControls(), ...proseControls(), ...moreProseControls()])) {
    it(`${name}: ${cases.length} draw nothing new`, () => {
      const noisy = cases.flatMap((c) => {
        const o = judge(c, tableCodes(c));
        return o.found ? [`${c.name}\n${describeCase(c, o)}`] : [];
      });
      assert.deepEqual(noisy, []);
    });
  }
});
