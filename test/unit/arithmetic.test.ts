/**
 * Property tests of the arithmetic of tables 三 and 四 (format §3.4 A1–A3, A5; §4 B1–B3), on random
 * tables written into a real report in both layouts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze, analyzeArithmetic, applyEdits, boundViolations, collectFixEdits, parseReport, type Finding } from '../../shared/src';
import { Doc, REQUEST_ROW_NEEDLES, type Layout } from '../helpers/doc';
import { autoFixes, rangeOf } from '../helpers/findings';
import { SEEDS, seed } from '../helpers/fixtures';
import { varyFigures } from '../helpers/generate';
import { OUTCOME_ROWS, REQUEST_ROW_IDS, ROW, carrier, cloneTables, consistentTables, writeTables, type Tables } from '../helpers/tables';

const ARITHMETIC = new Set(['row-total', 'column-total', 'balance', 'review-total']);
const arithmetic = (text: string): Finding[] => analyze(text).findings.filter((f) => ARITHMETIC.has(f.code));
const layouts = fc.constantFrom<Layout>('cell', 'row');
const RUNS = { numRuns: 60 };

const carriers = { cell: carrier('cell'), row: carrier('row') };
const render = (t: Tables, layout: Layout) => writeTables(carriers[layout], t);

/** The rule a wrong figure in table 三 is reported under (format §3.4; the solver's choice of name). */
function codeFor(row: number): string {
  if (REQUEST_ROW_IDS[row] === 'total') return 'column-total';
  if (REQUEST_ROW_IDS[row] === 'carryNext') return 'balance';
  return 'row-total';
}

/** A cell of table 三 and a different figure for it. */
const requestPerturbation = fc.record({
  row: fc.integer({ min: 0, max: 24 }),
  column: fc.integer({ min: 0, max: 6 }),
  value: fc.integer({ min: 0, max: 5000 }),
});

describe('arithmetic: consistent tables', () => {
  it('any non-negative counts satisfying every relation draw no arithmetic finding, in either layout', () => {
    fc.assert(fc.property(consistentTables, layouts, (t, layout) => {
      const doc = render(t, layout);
      assert.deepEqual(arithmetic(doc.text).map((f) => f.message['zh-CN']), []);
      // Every relation was evaluated and holds.
      const { relations } = analyzeArithmetic(parseReport(doc.text));
      assert.equal(relations.length, 25 + 7 + 7 + 3);
      assert.ok(relations.every((s) => s.evaluable && s.holds));
    }), RUNS);
  });
});

describe('arithmetic: one wrong figure', () => {
  it('in table 三: reported once, on that very cell, under the rule of its row, with a fix restoring the figure', () => {
    fc.assert(fc.property(consistentTables, layouts, requestPerturbation, (t, layout, p) => {
      const original = t.requests[p.row]![p.column] as number;
      fc.pre(p.value !== original);
      const good = render(t, layout);
      const bad = cloneTables(t);
      bad.requests[p.row]![p.column] = p.value;
      const doc = render(bad, layout);
      const fs = arithmetic(doc.text);
      assert.equal(fs.length, 1, fs.map((f) => `${f.code}: ${f.message['zh-CN']}`).join('\n'));
      const f = fs[0]!;
      assert.equal(f.code, codeFor(p.row));
      assert.deepEqual(f.range, rangeOf(doc.cell('requests', REQUEST_ROW_NEEDLES[p.row]!, p.column)));
      assert.ok(f.message['zh-CN'].includes(`应为 ${original}，表中为 ${p.value}`), f.message['zh-CN']);
      assert.ok(f.message.en.includes(`should be ${original}, not ${p.value}`));
      assert.equal(applyEdits(doc.text, f.fixes[0]!.edits).text, good.text);
    }), RUNS);
  });

  it('in table 四: reported on the group’s 总计, with a fix only where the total alone can reconcile the group', () => {
    // Each figure of table 四 is in its group's relation only: a group that does not add up is reconciled as well by
    // changing any figure that can take the difference (the total, or a term at least as large as the excess). Only
    // when the total is the one such figure is it fixed; recomputing it whatever the fault wrote a wrong figure into
    // a right total each time a term was the one mistyped.
    fc.assert(fc.property(consistentTables, layouts, fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 5000 }), (t, layout, i, value) => {
      const original = t.review[i] as number;
      fc.pre(value !== original);
      const bad = cloneTables(t);
      bad.review[i] = value;
      const doc = render(bad, layout);
      const fs = arithmetic(doc.text);
      assert.equal(fs.length, 1);
      const f = fs[0]!;
      const totalIndex = Math.floor(i / 5) * 5 + 4;
      assert.equal(f.code, 'review-total');
      const terms = [0, 1, 2, 3].map((k) => bad.review[totalIndex - 4 + k] as number);
      const sum = terms.reduce((x, y) => x + y, 0);
      const excess = sum - (bad.review[totalIndex] as number);
      const totalAlone = excess > 0 && terms.every((v) => v < excess);
      // Two figures of the group swapped would reconcile it as well ([8,10,7,25,0]: 25 and 0 exchanged): then neither
      // reading is applied, and the message names both. An exchange is a reading only when it is the one exchange that
      // does ([0,0,3,3,0]: either 3 with the 0 total; then the total is fixed as any other).
      const group = [...terms, bad.review[totalIndex] as number];
      let exchanges = 0;
      group.forEach((x, m) => group.forEach((y, n) => {
        if (n <= m || x === y) return;
        const g = group.slice(); [g[m], g[n]] = [y, x];
        if (g[0]! + g[1]! + g[2]! + g[3]! === g[4]!) exchanges++;
      }));
      if (exchanges === 1) {
        // Reported on the group's total, or on the first of the two figures an exchange would reconcile (3 and 2 of
        // [3, 0, 1, 0, 2]), naming both; nothing applied either way.
        const group = [0, 1, 2, 3, 4].map((k) => JSON.stringify(rangeOf(doc.cell('review', '', totalIndex - 4 + k))));
        assert.ok(group.includes(JSON.stringify(f.range)), JSON.stringify(f.range));
        assert.equal(autoFixes(f).length, 0, f.message['zh-CN']);
        assert.match(f.message['zh-CN'], /无法确定/);
        return;
      }
      assert.deepEqual(f.range, rangeOf(doc.cell('review', '', totalIndex)));
      if (!totalAlone) {
        assert.equal(autoFixes(f).length, 0, f.message['zh-CN']);
        assert.match(f.message['zh-CN'], /无法确定是哪个数有误/);
        return;
      }
      const fixed = cloneTables(bad);
      fixed.review[totalIndex] = sum;
      assert.equal(applyEdits(doc.text, f.fixes[0]!.edits).text, render(fixed, layout).text);
    }), RUNS);
  });

  it('in table 四, a group that two exchanges alike would reconcile ([0,0,3,3,0]: either 3 with the total) gets its total fixed', () => {
    // fast-check's counterexample of 2026-12-07: the exchange is no reading when it is not the only one.
    const requests = [[28, 67, 48, 28, 54, 27, 252], [0, 1, 1, 0, 1, 1, 4], [0, 10, 10, 0, 0, 1, 21], [0, 1, 0, 1, 10, 0, 12], [1, 0, 1, 0, 0, 0, 2], [0, 1, 0, 10, 0, 10, 21], [1, 1, 1, 0, 1, 1, 5], [10, 10, 1, 1, 0, 0, 22], [1, 0, 1, 0, 0, 0, 2], [1, 10, 1, 0, 10, 0, 22], [0, 0, 0, 1, 0, 0, 1], [0, 10, 0, 1, 1, 1, 13], [0, 1, 0, 1, 10, 0, 12], [1, 10, 1, 0, 0, 1, 13], [0, 1, 0, 1, 1, 0, 3], [0, 0, 10, 10, 0, 0, 20], [0, 10, 1, 0, 0, 10, 21], [0, 0, 0, 1, 0, 1, 2], [1, 1, 0, 0, 1, 1, 4], [10, 1, 10, 0, 10, 0, 31], [0, 1, 1, 1, 1, 0, 4], [1, 0, 10, 0, 10, 1, 22], [0, 0, 1, 0, 0, 1, 2], [27, 68, 49, 28, 55, 28, 255], [1, 0, 0, 0, 0, 0, 1]];
    const t = { requests, review: [0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 2] } as unknown as Tables;
    const doc = render(t, 'cell');
    const fs = arithmetic(doc.text);
    assert.equal(fs.length, 1, fs.map((f) => f.message['zh-CN']).join('\n'));
    assert.equal(autoFixes(fs[0]!).length, 1, fs[0]!.message['zh-CN']);
    const fixed = cloneTables(t);
    fixed.review[4] = 6;
    assert.equal(applyEdits(doc.text, fs[0]!.fixes[0]!.edits).text, render(fixed, 'cell').text);
  });

  it('in table 四, two figures that differ by one are not offered as an exchange, and the finding says that no figure can be computed', () => {
    // fast-check's counterexample of 2026-12-07 to the property that fixes come to rest: [4,0,0,1,3], 4 and 3 exchanged.
    // Since 16ad70f an exchange of figures that differ by one is not suggested when other corrections as small
    // reconcile the group (it is the same as one figure off by one each way); the total written for 5 is one.
    const requests = [[25, 78, 17, 48, 15, 28, 211], [10, 0, 1, 0, 0, 0, 11], [0, 10, 0, 10, 0, 0, 20], [0, 0, 1, 0, 1, 1, 3], [0, 10, 0, 1, 0, 0, 11], [0, 10, 0, 0, 0, 0, 10], [10, 0, 1, 0, 0, 1, 12], [0, 0, 0, 1, 0, 0, 1], [1, 0, 0, 10, 0, 0, 11], [1, 10, 0, 1, 1, 10, 23], [1, 0, 1, 1, 0, 0, 3], [0, 1, 0, 1, 10, 1, 13], [1, 1, 1, 0, 0, 0, 3], [0, 1, 0, 0, 0, 0, 1], [10, 10, 1, 1, 0, 0, 22], [1, 1, 0, 0, 1, 0, 3], [0, 1, 1, 10, 0, 0, 12], [0, 1, 0, 0, 0, 10, 11], [10, 1, 10, 1, 1, 0, 23], [0, 0, 1, 0, 1, 1, 3], [0, 10, 1, 0, 0, 1, 12], [0, 1, 0, 10, 0, 1, 12], [0, 0, 0, 0, 0, 1, 1], [35, 68, 18, 47, 15, 27, 210], [0, 10, 0, 1, 0, 1, 12]];
    const t = { requests, review: [4, 0, 0, 1, 3, 1, 0, 1, 0, 2, 1, 0, 1, 0, 2] } as unknown as Tables;
    const fs = arithmetic(render(t, 'cell').text);
    assert.equal(fs.length, 1);
    assert.equal(collectFixEdits(fs).length, 0);
    assert.doesNotMatch(fs[0]!.message['zh-CN'], /可能填反了/);
    assert.match(fs[0]!.message['zh-CN'], /无法推算出正确的数/);
  });

  it('in table 四, a group an exchange with the total or the total alone would reconcile gets no fix: both are offered as choices, the message says which figures could be wrong', () => {
    // fast-check's counterexample of 2026-12-07 (seed -799363860) to the property that fixes come to rest:
    // 复议后起诉 [19,9,0,1,9] — 19 and the total 9 exchanged, or the total 9 written for 29.
    const requests = [[39, 40, 24, 78, 20, 18, 219], [0, 0, 0, 0, 0, 10, 10], [0, 1, 0, 0, 0, 1, 2], [1, 0, 0, 0, 1, 1, 3], [1, 1, 1, 10, 0, 0, 13], [1, 0, 1, 1, 1, 1, 5], [0, 1, 0, 10, 1, 1, 13], [0, 0, 0, 1, 1, 0, 2], [0, 1, 0, 1, 1, 0, 3], [10, 0, 0, 10, 10, 1, 31], [0, 0, 10, 1, 0, 0, 11], [0, 0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0, 1], [1, 1, 0, 1, 1, 0, 4], [1, 10, 0, 10, 1, 1, 23], [1, 1, 0, 0, 1, 0, 3], [10, 0, 1, 0, 0, 10, 21], [10, 10, 0, 1, 0, 0, 21], [0, 1, 0, 1, 0, 0, 2], [0, 1, 10, 1, 0, 0, 12], [1, 0, 1, 0, 1, 1, 4], [0, 1, 0, 10, 0, 1, 12], [0, 1, 0, 10, 0, 0, 11], [38, 30, 24, 68, 19, 18, 197], [1, 10, 0, 10, 1, 10, 32]];
    const t = { requests, review: [0, 1, 1, 0, 2, 10, 0, 1, 1, 12, 19, 9, 0, 1, 9] } as unknown as Tables;
    for (const layout of ['cell', 'row'] as const) {
      const fs = arithmetic(render(t, layout).text);
      assert.equal(fs.length, 1);
      assert.equal(collectFixEdits(fs).length, 0);
      assert.deepEqual(fs[0]!.fixes.map((x) => x.title['zh-CN']), ['若其他数无误：改为 29', '对调这两个数']);
      assert.match(fs[0]!.message['zh-CN'], /可能是.*填反了.*也可能是.*填错了（应为 29）：无法确定是哪个数有误/);
    }
  });

  it('in table 四, a term mistyped never gets a wrong figure written into its group’s total', () => {
    fc.assert(fc.property(consistentTables, layouts, fc.integer({ min: 0, max: 14 }).filter((i) => i % 5 !== 4), fc.integer({ min: 1, max: 500 }), (t, layout, i, d) => {
      const bad = cloneTables(t);
      bad.review[i] = (t.review[i] as number) + d;
      const fs = arithmetic(render(bad, layout).text);
      assert.deepEqual(fs.map((f) => autoFixes(f).length), [0]);
    }), RUNS);
  });
});

describe('arithmetic: applying every fix', () => {
  const perturbations = fc.array(
    fc.oneof(
      requestPerturbation.map((p) => ({ table: 'requests' as const, ...p })),
      fc.record({ index: fc.integer({ min: 0, max: 14 }), value: fc.integer({ min: 0, max: 5000 }) }).map((p) => ({ table: 'review' as const, ...p })),
    ),
    { minLength: 1, maxLength: 5 },
  );

  /** Totals: the 总计 column, the （七）总计 row, the 四 row, and table 四's three totals. */
  const derived = fc.array(
    fc.oneof(
      fc.record({ row: fc.integer({ min: 0, max: 24 }), column: fc.constant(6), value: fc.integer({ min: 0, max: 5000 }) }),
      fc.record({ row: fc.constantFrom(ROW['total']!, ROW['carryNext']!), column: fc.integer({ min: 0, max: 6 }), value: fc.integer({ min: 0, max: 5000 }) }),
    ).map((p) => ({ table: 'requests' as const, ...p })),
    { minLength: 1, maxLength: 8 },
  ).chain((rs) => fc.array(fc.record({ index: fc.constantFrom(4, 9, 14), value: fc.integer({ min: 0, max: 5000 }) }), { maxLength: 3 })
    .map((vs) => [...rs, ...vs.map((v) => ({ table: 'review' as const, ...v }))]));

  const perturb = (t: Tables, ps: readonly ({ table: 'requests'; row: number; column: number; value: number } | { table: 'review'; index: number; value: number })[]) => {
    const bad = cloneTables(t);
    for (const p of ps) {
      if (p.table === 'requests') bad.requests[p.row]![p.column] = p.value;
      else bad.review[p.index] = p.value;
    }
    return bad;
  };

  /**
   * Whether no two of the totals changed are off by the same amount. Two totals off alike, one in a
   * row and one in a column, are also explained by the one figure where that row and column cross
   * being off by that amount: one wrong figure, not two, and the checker rightly prefers it (it fixes
   * that figure). Such cases are another question than this property's; the ones the generator makes
   * are skipped (fast-check found one: 3934 for 33 in a row's 总计 and 4109 for 208 in （七）总计's
   * column, both off by 3901).
   */
  const distinctErrors = (t: Tables, bad: Tables): boolean => {
    const seen = new Set<number>();
    const errors: number[] = [];
    for (let r = 0; r < t.requests.length; r++) {
      for (let c = 0; c < t.requests[r]!.length; c++) {
        const d = (bad.requests[r]![c] as number) - (t.requests[r]![c] as number);
        if (d !== 0) errors.push(Math.abs(d));
      }
    }
    for (let i = 0; i < t.review.length; i++) {
      const d = (bad.review[i] as number) - (t.review[i] as number);
      if (d !== 0) errors.push(Math.abs(d));
    }
    for (const e of errors) {
      if (seen.has(e)) return false;
      seen.add(e);
    }
    return true;
  };

  it('totals left wrong (any number of them, each off by its own amount): every figure a fix writes is the one it had, and the fixes come to rest', () => {
    // Most such tables are restored whole by one application. Some read alike two ways with as few figures changed
    // (四 自然人 one short, 四 总计 and 一 总计 off too, reads as well as 一 自然人 one over): there the fixes write only
    // what every reading shares, and the rest is reported without a fix. So is a group of table 四 whose difference a
    // term could take as well as its total. Recomputing the totals in order restored such tables by chance. So are
    // the totals of a table with more wrong figures than the search tells apart (five or more) that the figures
    // fixed first do not bring down to four: each says what it would be were the others right, as a choice (as
    // likely as stale totals are wrong figures below them, where recomputing them writes wrong figures).
    let whole = 0;
    fc.assert(fc.property(consistentTables, layouts, derived, (t, layout, ps) => {
      const bad = perturb(t, ps);
      fc.pre(distinctErrors(t, bad));
      // Each application's edits, read against the cells of the text it applies to: every figure written is the one
      // the cell had. A crowded table (five or more wrong) that its first fixes bring down to four is read as any
      // other by the next application, which may then fix a total the first left as a choice ([23][2] of the five
      // totals of fast-check's counterexample of 2026-12-07); the applications come to rest within three.
      const originalOf = (text: string): Map<string, string> => {
        const doc = Doc.of(text);
        const original = new Map<string, string>();
        for (let r = 0; r < 25; r++) for (let c = 0; c < 7; c++) original.set(JSON.stringify(rangeOf(doc.cell('requests', REQUEST_ROW_NEEDLES[r]!, c))), String(t.requests[r]![c]));
        for (let i = 0; i < 15; i++) original.set(JSON.stringify(rangeOf(doc.cell('review', '', i))), String(t.review[i]));
        return original;
      };
      let text = render(bad, layout).text;
      let applications = 0;
      for (let edits = collectFixEdits(arithmetic(text)); edits.length > 0; edits = collectFixEdits(arithmetic(text))) {
        assert.ok(++applications <= 3, 'the fixes come to rest within three applications');
        const original = originalOf(text);
        for (const e of edits) assert.equal(e.newText, original.get(JSON.stringify(e.range)), `a fix writes ${e.newText} at ${JSON.stringify(e.range)}`);
        text = applyEdits(text, edits).text;
        if (applications === 1 && arithmetic(text).every((f) => f.code === 'review-total')) whole++;
      }
      if (applications === 0 && arithmetic(text).every((f) => f.code === 'review-total')) whole++;
    }), { numRuns: 100 });
    assert.ok(whole >= 50, `table 三 restored whole in ${whole} of 100 runs`);
  });

  it('many wrong figures (the seeds with a twentieth of their figures changed): --fix writes next to no figure the cell did not have', () => {
    // More wrong figures in a table than the search for the smallest correction tells apart (it stops at four):
    // recomputing its totals in order wrote a figure into each total of the rows and columns they break, most of
    // them wrong (144 lines for 381 right over these 60 reports; over the benchmark's 2,000, a tenth of whose
    // figures are changed, 11,800 wrong for 3,700 right). Such a table's totals now say what they would be were
    // the others right, as a choice, and only figures that explain two failures alike are fixed.
    const texts = SEEDS.map((s) => seed(s.slice(0, 3)));
    const figures = (line: string) => (line.match(/\d+/g) ?? []).join(',');
    const nonZero = (line: string) => (line.match(/\d+/g) ?? []).filter((d) => d !== '0').join(',');
    let right = 0;
    let wrong = 0;
    let crowded = 0;
    for (let i = 0; i < 60; i++) {
      const original = texts[i % texts.length]!;
      const varied = varyFigures(original, 1000 + i, 0.05);
      const findings = analyze(varied).findings;
      for (const f of findings) {
        if (!f.message['zh-CN'].includes('至少有五个数填错')) continue;
        crowded++;
        assert.ok(f.fixes.every((x) => x.choice === true), f.message['zh-CN']);
      }
      const fixed = applyEdits(varied, collectFixEdits(findings)).text.split('\n');
      const was = original.split('\n');
      const read = varied.split('\n');
      // A fix that removes a line (a stray page number the changed figures made) leaves nothing to compare line by line.
      if (fixed.length !== was.length) continue;
      for (let k = 0; k < was.length; k++) {
        if (figures(fixed[k]!) === figures(read[k]!)) continue;
        // A blank cell written 0 is right as well.
        if (nonZero(fixed[k]!) === nonZero(was[k]!)) right++;
        else wrong++;
      }
    }
    assert.ok(wrong <= 15, `${wrong} lines written wrong, ${right} right`);
    assert.ok(crowded > 0);
    assert.ok(right >= 300, `${right} lines written right`);
  });

  it('any wrong figures: applying the fixes over and over comes to rest, leaving only findings that have no fix', () => {
    let rest = 0;
    fc.assert(fc.property(consistentTables, layouts, perturbations, (t, layout, ps) => {
      let text = render(perturb(t, ps), layout).text;
      for (let pass = 0; ; pass++) {
        const fs = arithmetic(text);
        const edits = collectFixEdits(fs);
        if (edits.length === 0) {
          // Nothing is left that a fix could repair; what remains says why no figure is written: none can be computed
          // (无法推算), or which of the figures that could be wrong is cannot be told (无法确定是哪个数有误: an exchange
          // or the total, each offered as a choice).
          for (const f of fs) assert.match(f.message['zh-CN'], /无法推算|无法确定是哪个数有误/);
          // Table 四's groups are left unfixed whenever a term could take the difference as well as the total.
          if (fs.some((f) => f.code !== 'review-total')) rest++;
          break;
        }
        assert.ok(pass < 4, `no rest after ${pass} passes: ${fs.map((f) => f.message['zh-CN']).join('\n')}`);
        const next = applyEdits(text, edits).text;
        assert.notEqual(next, text);
        text = next;
      }
    }), { numRuns: 150 });
    assert.ok(rest < 50, `${rest} of 150 runs ended with findings in table 三 no fix can repair`);
  });

  it('two wrong figures (each off by its own amount), wherever they are in table 三: one application restores the table', () => {
    // Two typos in one column leave each row failing by its own figure and the column by their sum: each
    // row's failure has one cell to blame (the others' columns hold), which the column then confirms.
    // Recomputing the row totals instead changed two right figures and broke the 总计 column.
    const two = fc.tuple(requestPerturbation, requestPerturbation).filter(([a, b]) => a.row !== b.row || a.column !== b.column);
    fc.assert(fc.property(consistentTables, layouts, two, (t, layout, ps) => {
      const bad = perturb(t, ps.map((p) => ({ table: 'requests' as const, ...p })));
      fc.pre(distinctErrors(t, bad));
      const text = render(bad, layout).text;
      const once = applyEdits(text, collectFixEdits(arithmetic(text))).text;
      assert.equal(once, render(t, layout).text);
    }), { numRuns: 200 });
  });

  it('two wrong figures of one column, each in its own row: both are named, each with the figure it had', () => {
    fc.assert(fc.property(consistentTables, layouts, fc.integer({ min: 0, max: 5 }), fc.uniqueArray(fc.constantFrom(...OUTCOME_ROWS), { minLength: 2, maxLength: 2 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 41, max: 90 }), (t, layout, column, rows, d1, d2) => {
      const bad = cloneTables(t);
      bad.requests[rows[0]!]![column] = (t.requests[rows[0]!]![column] as number) + d1;
      bad.requests[rows[1]!]![column] = (t.requests[rows[1]!]![column] as number) + d2;
      const doc = render(bad, layout);
      const fs = arithmetic(doc.text);
      const at = (f: Finding) => `${f.code} ${JSON.stringify(f.range)}`;
      assert.deepEqual(fs.map(at).sort(), rows.map((r) => `row-total ${JSON.stringify(rangeOf(doc.cell('requests', REQUEST_ROW_NEEDLES[r]!, column)))}`).sort());
      assert.deepEqual(fs.map((f) => f.fixes[0]?.edits[0]?.newText).sort(), rows.map((r) => String(t.requests[r]![column])).sort());
    }), RUNS);
  });

  it('two figures of one column off by +d and −d: the two rows’ 总计 off by −d and +d read alike, so neither pair is fixed', () => {
    // The column still adds up; each row fails by d. Changing the two figures back, or the two rows' 总计, makes the
    // table hold alike: the figures cannot tell which pair was mistyped. The fixes wrote d into the two 总计.
    fc.assert(fc.property(consistentTables, layouts, fc.integer({ min: 0, max: 5 }), fc.uniqueArray(fc.constantFrom(...OUTCOME_ROWS), { minLength: 2, maxLength: 2 }), fc.integer({ min: 1, max: 40 }), (t, layout, column, rows, d) => {
      const [up, down] = rows as [number, number];
      fc.pre((t.requests[down]![column] as number) >= d);
      const bad = cloneTables(t);
      bad.requests[up]![column] = (t.requests[up]![column] as number) + d;
      bad.requests[down]![column] = (t.requests[down]![column] as number) - d;
      const doc = render(bad, layout);
      const fs = arithmetic(doc.text);
      assert.deepEqual(fs.map((f) => autoFixes(f).length), [0, 0], fs.map((f) => f.message['zh-CN']).join('\n'));
      const at = (f: Finding) => `${f.code} ${JSON.stringify(f.range)}`;
      assert.deepEqual(fs.map(at).sort(), rows.map((r) => `row-total ${JSON.stringify(rangeOf(doc.cell('requests', REQUEST_ROW_NEEDLES[r]!, 6)))}`).sort());
      for (const f of fs) assert.match(f.message['zh-CN'], /无法确定是哪个数有误/);
    }), RUNS);
  });

  it('beside such a pair, a figure every smallest correction changes alike is still fixed, and only it', () => {
    fc.assert(fc.property(consistentTables, layouts, fc.uniqueArray(fc.constantFrom(...OUTCOME_ROWS), { minLength: 3, maxLength: 3 }), fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 2 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 41, max: 90 }), (t, layout, rows, columns, d, e) => {
      const [up, down, typo] = rows as [number, number, number];
      const [column, other] = columns as [number, number];
      fc.pre((t.requests[down]![column] as number) >= d);
      const bad = cloneTables(t);
      bad.requests[up]![column] = (t.requests[up]![column] as number) + d;
      bad.requests[down]![column] = (t.requests[down]![column] as number) - d;
      bad.requests[typo]![other] = (t.requests[typo]![other] as number) + e;
      const text = render(bad, layout).text;
      const once = applyEdits(text, collectFixEdits(arithmetic(text))).text;
      const expected = cloneTables(bad);
      expected.requests[typo]![other] = t.requests[typo]![other]!;
      assert.equal(once, render(expected, layout).text);
    }), RUNS);
  });

  it('no message says a relation does not hold while showing its figures holding', () => {
    fc.assert(fc.property(consistentTables, layouts, perturbations, (t, layout, ps) => {
      for (const f of arithmetic(render(perturb(t, ps), layout).text)) {
        const m = f.message['zh-CN'];
        assert.ok(!(m.includes('不成立') && m.includes('✓')), m);
      }
    }), { numRuns: 300 });
  });

  it('a single perturbation is always fully repaired by its fix', () => {
    fc.assert(fc.property(consistentTables, layouts, requestPerturbation, (t, layout, p) => {
      const bad = cloneTables(t);
      bad.requests[p.row]![p.column] = p.value;
      const text = render(bad, layout).text;
      const once = applyEdits(text, collectFixEdits(arithmetic(text))).text;
      assert.equal(once, render(t, layout).text);
    }), RUNS);
  });
});

describe('arithmetic: blank and non-numeric cells', () => {
  // Cells whose figure is not certain: a blank, the letter O (0 or 10?), words, a Chinese numeral.
  const holes = fc.array(
    fc.record({ row: fc.integer({ min: 0, max: 24 }), column: fc.integer({ min: 0, max: 6 }), text: fc.constantFrom('', 'O', '减4', '三') }),
    { minLength: 1, maxLength: 12 },
  );
  const PLACEHOLDERS = fc.constantFrom('/', '—', '无', '-');

  it('a placeholder for none counts 0: written over the 0s of a consistent table, every relation is checked and holds', () => {
    fc.assert(fc.property(consistentTables, layouts, PLACEHOLDERS, fc.double({ min: 0, max: 1, noNaN: true }), (t, layout, mark, share) => {
      const bad = cloneTables(t);
      bad.requests.forEach((row, r) => row.forEach((v, c) => {
        if (v === 0 && (r * 7 + c) % 100 < share * 100) bad.requests[r]![c] = mark;
      }));
      const text = render(bad, layout).text;
      const { relations } = analyzeArithmetic(parseReport(text));
      assert.ok(relations.every((s) => s.evaluable && s.holds));
      assert.deepEqual(arithmetic(text).map((f) => f.message['zh-CN']), []);
    }), RUNS);
  });

  it('a count with its unit counts as its figure: written over the figures of a consistent table, every relation is checked and holds', () => {
    fc.assert(fc.property(consistentTables, layouts, fc.constantFrom('件', ' 件', '个'), fc.double({ min: 0, max: 1, noNaN: true }), (t, layout, unit, share) => {
      const bad = cloneTables(t);
      bad.requests.forEach((row, r) => row.forEach((v, c) => {
        if ((r * 7 + c) % 100 < share * 100) bad.requests[r]![c] = `${v}${unit}`;
      }));
      const text = render(bad, layout).text;
      const { relations } = analyzeArithmetic(parseReport(text));
      assert.ok(relations.every((s) => s.evaluable && s.holds));
      assert.deepEqual(arithmetic(text).map((f) => f.message['zh-CN']), []);
    }), RUNS);
  });

  it('a placeholder where a figure belongs breaks exactly that cell’s relations, and the fixes restore the figure', () => {
    fc.assert(fc.property(consistentTables, layouts, PLACEHOLDERS, requestPerturbation, (t, layout, mark, p) => {
      const original = t.requests[p.row]![p.column] as number;
      fc.pre(original !== 0);
      const bad = cloneTables(t);
      bad.requests[p.row]![p.column] = mark;
      const text = render(bad, layout).text;
      const { relations } = analyzeArithmetic(parseReport(text));
      const involves = (s: (typeof relations)[number]) => [s.relation.target, ...s.relation.terms.map((x) => x.ref)].some((r) => r.row.spec?.id === REQUEST_ROW_IDS[p.row] && r.column === p.column);
      for (const s of relations) assert.equal(s.evaluable && !s.holds, involves(s));
      // cell-not-number and the arithmetic agree on the figure: one application of every fix restores the table.
      const fixed = applyEdits(text, collectFixEdits(analyze(text).findings, new Set([...ARITHMETIC, 'cell-not-number']))).text;
      assert.equal(fixed, render(t, layout).text);
    }), RUNS);
  });

  it('suppress exactly the relations they take part in', () => {
    fc.assert(fc.property(consistentTables, layouts, holes, (t, layout, hs) => {
      const bad = cloneTables(t);
      for (const h of hs) bad.requests[h.row]![h.column] = h.text;
      const model = parseReport(render(bad, layout).text);
      const isHole = (rowId: string | undefined, column: number) => typeof bad.requests[ROW[rowId ?? '']!]?.[column] === 'string';
      for (const s of analyzeArithmetic(model).relations.filter((r) => r.relation.target.table.kind === 'requests')) {
        const refs = [s.relation.target, ...s.relation.terms.map((x) => x.ref)];
        const hasHole = refs.some((r) => isHole(r.row.spec?.id, r.column));
        assert.equal(s.evaluable, !hasHole, `${s.relation.code} of ${s.relation.target.row.spec?.id}/${s.relation.target.column}`);
        if (s.evaluable) assert.ok(s.holds);
      }
      // The table still adds up where it can be checked: no arithmetic finding.
      assert.deepEqual(arithmetic(render(bad, layout).text).map((f) => f.message['zh-CN']), []);
    }), RUNS);
  });

  it('with holes, a wrong figure breaks exactly the checked relations it takes part in (and those with holes only where no figures in them could make them hold), and a finding names one of their cells', () => {
    fc.assert(fc.property(consistentTables, layouts, holes, requestPerturbation, (t, layout, hs, p) => {
      const bad = cloneTables(t);
      for (const h of hs) bad.requests[h.row]![h.column] = h.text;
      fc.pre(typeof bad.requests[p.row]![p.column] === 'number' && bad.requests[p.row]![p.column] !== p.value);
      bad.requests[p.row]![p.column] = p.value;
      const text = render(bad, layout).text;
      const model = parseReport(text);
      const { relations } = analyzeArithmetic(model);
      const involves = (s: (typeof relations)[number]) => [s.relation.target, ...s.relation.terms.map((x) => x.ref)].some((r) => r.row.spec?.id === REQUEST_ROW_IDS[p.row] && r.column === p.column);
      for (const s of relations) assert.equal(s.evaluable && !s.holds, s.evaluable && involves(s));
      const broken = relations.filter((s) => s.evaluable && !s.holds);
      // A relation with holes is reported only where it fails whatever they hold: then it runs through the wrong figure
      // too (the table held before it), and a finding on it stands on one of its cells.
      const bounded = boundViolations(model).map((b) => ({ relation: b.relation }));
      for (const b of bounded) assert.ok(involves(b as (typeof relations)[number]), 'a relation with holes fails without the wrong figure');
      const fs = arithmetic(text);
      assert.equal(fs.length > 0, broken.length + bounded.length > 0);
      const cellsOfBroken = [...broken, ...bounded].flatMap((s) => [s.relation.target, ...s.relation.terms.map((x) => x.ref)]).map((r) => r.cell?.range);
      for (const f of fs) assert.ok(cellsOfBroken.some((r) => r && JSON.stringify(r) === JSON.stringify(f.range)), `${f.code} off the broken relations: ${f.message['zh-CN']}`);
    }), RUNS);
  });
});

describe('arithmetic: layout faults are reported once, without a figure guessed', () => {
  const COLUMN_ZH = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
  const sameRow = (a: readonly (number | string)[], b: readonly (number | string)[]) => a.every((v, i) => v === b[i]);
  const label = (doc: ReturnType<typeof render>, r: number) => rangeOf(doc.label('requests', REQUEST_ROW_NEEDLES[r]!));

  it('a row with the figures of the row above: one finding on it, no fix (a fix of 四 wrote seven wrong figures)', () => {
    fc.assert(fc.property(consistentTables, layouts, fc.integer({ min: 1, max: 24 }), (t, layout, r) => {
      const above = t.requests[r - 1]!;
      fc.pre(!sameRow(above, t.requests[r]!) && above.some((v) => v !== 0) && (r === 24 || !sameRow(above, t.requests[r + 1]!)));
      // Two rows alike by chance elsewhere leave it open which pair was pasted: then nothing is said of either.
      fc.pre(t.requests.every((k, n) => n === 0 || !sameRow(k, t.requests[n - 1]!) || k.every((v) => v === 0)));
      // A row above that differs from the row it replaces by two of its figures exchanged leaves the fault as well
      // told as that exchange (可能填反了), which the checker may say instead: fast-check's counterexample of
      // 2026-12-07 (seed 806825043), [0,2,6,0,0,0,8] under [0,0,6,0,2,0,8]. Main's checker says the same there.
      const differ = above.flatMap((v, i) => (v === t.requests[r]![i] ? [] : [i]));
      fc.pre(!(differ.length === 2 && above[differ[0]!] === t.requests[r]![differ[1]!] && above[differ[1]!] === t.requests[r]![differ[0]!]));
      const bad = cloneTables(t);
      bad.requests[r] = above.slice();
      const doc = render(bad, layout);
      const fs = arithmetic(doc.text);
      assert.deepEqual(fs.map((f) => JSON.stringify(f.range)), [JSON.stringify(label(doc, r))], fs.map((f) => f.message['zh-CN']).join('\n'));
      assert.match(fs[0]!.message['zh-CN'], /的数字与上一行“.*”完全相同/);
      assert.equal(fs[0]!.fixes.length, 0);
    }), RUNS);
  });

  it('a row moved one cell to the right (first cell blank, 总计 fallen off): one finding on it, the move back offered, never applied; no blank-cell finding', () => {
    fc.assert(fc.property(consistentTables, layouts, fc.integer({ min: 0, max: 24 }), (t, layout, r) => {
      const row = t.requests[r]! as number[];
      fc.pre(row.slice(0, 6).some((v) => v !== 0));
      const bad = cloneTables(t);
      bad.requests[r] = ['', ...row.slice(0, 6)];
      const doc = render(bad, layout);
      const all = analyze(doc.text).findings;
      const fs = all.filter((f) => ARITHMETIC.has(f.code));
      assert.deepEqual(fs.map((f) => JSON.stringify(f.range)), [JSON.stringify(label(doc, r))], fs.map((f) => f.message['zh-CN']).join('\n'));
      assert.match(fs[0]!.message['zh-CN'], /整体右移了一格/);
      assert.equal(autoFixes(fs[0]!).length, 0);
      assert.deepEqual(fs[0]!.fixes[0]!.edits.map((e) => e.newText), row.map(String));
      assert.equal(applyEdits(doc.text, fs[0]!.fixes[0]!.edits).text, render(t, layout).text);
      assert.deepEqual(all.filter((f) => f.code === 'empty-cell'), []);
    }), RUNS);
  });

  it('其他 and 总计 swapped throughout: one row-total finding naming the column that holds the totals, no fix', () => {
    fc.assert(fc.property(consistentTables, layouts, (t, layout) => {
      fc.pre(t.requests.filter((r) => r[5] !== r[6]).length >= 2);
      const bad: Tables = { requests: t.requests.map((r) => [...r.slice(0, 5), r[6]!, r[5]!]), review: t.review.slice() };
      const fs = arithmetic(render(bad, layout).text);
      assert.deepEqual(fs.map((f) => f.code), ['row-total'], fs.map((f) => f.message['zh-CN']).join('\n'));
      assert.match(fs[0]!.message['zh-CN'], /总计似乎填在了.*“其他”.*列/);
      assert.equal(fs[0]!.fixes.length, 0);
    }), RUNS);
  });

  it('其他 and 总计 swapped throughout: the prose is not read against the misread table (it would be told the 其他 column disagrees with it)', () => {
    fc.assert(fc.property(consistentTables, layouts, (t, layout) => {
      // The carrier's prose counts 35 and 178 requests: against a table whose 一、本年新收 总计 is neither, it is reported.
      fc.pre(t.requests.filter((r) => r[5] !== r[6]).length >= 2 && ![35, 178].includes(t.requests[0]![5] as number) && ![35, 178].includes(t.requests[0]![6] as number));
      const prose = (text: string) => analyze(text).findings.filter((f) => f.code === 'narrative-mismatch');
      assert.ok(prose(render(t, layout).text).length > 0);
      const bad: Tables = { requests: t.requests.map((r) => [...r.slice(0, 5), r[6]!, r[5]!]), review: t.review.slice() };
      assert.deepEqual(prose(render(bad, layout).text).map((f) => f.message['zh-CN']), []);
    }), RUNS);
  });

  it('an applicant column left at 0 while 总计 keeps its figures: one row-total finding naming it, no fix', () => {
    fc.assert(fc.property(consistentTables, layouts, fc.integer({ min: 0, max: 5 }), (t, layout, c) => {
      fc.pre(t.requests.filter((r) => r[c] !== 0).length >= 2);
      const bad = cloneTables(t);
      for (const r of bad.requests) r[c] = 0;
      const fs = arithmetic(render(bad, layout).text);
      assert.deepEqual(fs.map((f) => f.code), ['row-total'], fs.map((f) => f.message['zh-CN']).join('\n'));
      assert.match(fs[0]!.message['zh-CN'], new RegExp(`“${COLUMN_ZH[c]}”.*的数全部为 0`));
      assert.equal(fs[0]!.fixes.length, 0);
    }), RUNS);
  });

  it('two figures of one row swapped: one finding naming both; the exchange restores the table, applied only when it is the one smallest correction', () => {
    fc.assert(fc.property(consistentTables, layouts, fc.integer({ min: 0, max: 24 }), fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 2 }), (t, layout, r, cols) => {
      const [i, j] = (cols as [number, number]).sort((a, b) => a - b);
      const row = t.requests[r]! as number[];
      const d = row[i]! - row[j]!;
      // Another row whose two figures differ by as much (either way: 四 stands across the balance from 一 and 二) could
      // have been the one swapped: then nothing is said of either.
      fc.pre(d !== 0 && t.requests.every((k, n) => n === r || Math.abs((k[j] as number) - (k[i] as number)) !== Math.abs(d)));
      // Two figures that differ by one exchanged are one request moved between the columns, which any row with one
      // there could be: since 16ad70f no exchange is named then (column-total.test.ts, 予以公开 93/6). fast-check's
      // counterexample of 2026-12-07 (seed 1099704745): [6,7,…] exchanged.
      fc.pre(Math.abs(d) > 1);
      const bad = cloneTables(t);
      [bad.requests[r]![i], bad.requests[r]![j]] = [row[j]!, row[i]!];
      const doc = render(bad, layout);
      const fs = arithmetic(doc.text);
      assert.deepEqual(fs.map((f) => JSON.stringify(f.range)), [JSON.stringify(rangeOf(doc.cell('requests', REQUEST_ROW_NEEDLES[r]!, i)))], fs.map((f) => f.message['zh-CN']).join('\n'));
      assert.match(fs[0]!.message['zh-CN'], /的数可能填反了/);
      assert.equal(applyEdits(doc.text, fs[0]!.fixes[0]!.edits).text, render(t, layout).text);
      // Whatever --fix applies writes no wrong figure.
      const fixed = applyEdits(doc.text, collectFixEdits(fs)).text;
      assert.ok(fixed === doc.text || fixed === render(t, layout).text);
    }), RUNS);
  });

  it('a row replaced by other figures that add up (not its neighbour’s): the balances fail without a fix, as 一, 二 or 四 could each be the row', () => {
    fc.assert(fc.property(consistentTables, layouts, fc.constantFrom(...OUTCOME_ROWS), (t, layout, k) => {
      fc.pre(!sameRow(t.requests[k]!, t.requests[ROW.carried!]!) && !sameRow(t.requests[k]!, t.requests[ROW.new!]!));
      const bad = cloneTables(t);
      bad.requests[ROW.carried!] = t.requests[k]!.slice();
      const fs = arithmetic(render(bad, layout).text);
      assert.ok(fs.length > 0);
      assert.deepEqual(fs.flatMap(autoFixes), [], fs.map((f) => f.message['zh-CN']).join('\n'));
    }), RUNS);
  });

  it('quiet: one mistyped figure is still fixed to its own figure, never read as a layout fault', () => {
    fc.assert(fc.property(consistentTables, layouts, fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 50 }), (t, layout, r, c, d) => {
      const bad = cloneTables(t);
      bad.requests[r]![c] = (t.requests[r]![c] as number) + d;
      const fs = arithmetic(render(bad, layout).text);
      for (const f of fs) assert.doesNotMatch(f.message['zh-CN'], /填反|右移|完全相同|似乎填在|全部为 0/);
    }), RUNS);
  });
});

describe('arithmetic: cells written as offices type them', () => {
  // Styles a Word or WPS table gives a figure: full-width digits, thousands separators (ASCII or full-width comma,
  // spaces), the unit, a footnote mark, a note in brackets. Each is read as its figure.
  const STYLES = ['plain', 'fullwidth', 'comma', 'fwcomma', 'spaced', 'unit', 'footnote', 'note'] as const;
  type Style = (typeof STYLES)[number];
  const grouped = (v: number, sep: string): string => String(v).replace(/\B(?=(\d{3})+$)/g, sep);
  const write = (v: number, s: Style): string => {
    switch (s) {
      case 'plain': return String(v);
      case 'fullwidth': return String(v).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      case 'comma': return grouped(v, ',');
      case 'fwcomma': return grouped(v, '，');
      case 'spaced': return grouped(v, ' ');
      case 'unit': return `${v}件`;
      case 'footnote': return `${v}*`;
      case 'note': return `${v}（含网上申请${Math.floor(v / 2)}件）`;
    }
  };
  const styled = (t: Tables, st: readonly Style[]): Tables => ({
    requests: t.requests.map((r, i) => r.map((v, j) => write(v as number, st[i * 7 + j]!))),
    review: t.review.map((v, k) => write(v as number, st[175 + k]!)),
  });
  const styles = (pick: readonly Style[]) => fc.array(fc.constantFrom(...pick), { minLength: 190, maxLength: 190 });

  it('a consistent table whose every cell is written in a random style is read whole and draws no arithmetic finding', () => {
    fc.assert(fc.property(consistentTables, layouts, styles(STYLES), (t, layout, st) => {
      const doc = render(styled(t, st), layout);
      assert.deepEqual(arithmetic(doc.text).map((f) => f.message['zh-CN']), []);
      // Read, not left out: every relation is evaluated and holds.
      const { relations } = analyzeArithmetic(parseReport(doc.text));
      assert.ok(relations.every((s) => s.evaluable && s.holds));
    }), RUNS);
  });

  it('one wrong figure of table 三 written in its cell’s style: reported on that cell; the fix writes the right figure in that style', () => {
    // The styles a fix keeps: full-width digits, thousands separators, a footnote mark (units and spaces are slips
    // cell-not-number removes).
    const kept: readonly Style[] = ['plain', 'fullwidth', 'comma', 'fwcomma', 'footnote'];
    fc.assert(fc.property(consistentTables, layouts, styles(kept), requestPerturbation, fc.integer({ min: 1, max: 2000 }), (t, layout, st, p, d) => {
      const original = t.requests[p.row]![p.column] as number;
      const good = render(styled(t, st), layout);
      const bad = cloneTables(t);
      bad.requests[p.row]![p.column] = original + d;
      const doc = render(styled(bad, st), layout);
      const fs = arithmetic(doc.text);
      assert.equal(fs.length, 1, fs.map((f) => `${f.code}: ${f.message['zh-CN']}`).join('\n'));
      assert.deepEqual(fs[0]!.range, rangeOf(doc.cell('requests', REQUEST_ROW_NEEDLES[p.row]!, p.column)));
      assert.equal(applyEdits(doc.text, fs[0]!.fixes[0]!.edits).text, good.text);
    }), RUNS);
  });
});
