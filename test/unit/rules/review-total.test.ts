/** review-total: each of table 四's three groups adds up: 维持 + 纠正 + 其他 + 尚未审结 = 总计 (format §4 B1–B3). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAll } from '../../../shared/src';
import { Doc, relayout } from '../../helpers/doc';
import { autoFixes, expectNone, expectOne, findingsOf, only, rangeOf, single } from '../../helpers/findings';

// Seed 002's table 四: 8 10 7 0 25 | 1 0 2 0 3 | 1 0 0 1 2.
const seed002 = () => Doc.seed('002');

describe('review-total fires', () => {
  it('seed 000 (table 四: only the totals filled) with 行政复议 结果维持 3 beside its 总计 2 → review-total on the 总计, no fix', () => {
    const doc = Doc.seed('000').setCell('review', '', 0, '3').setCell('review', '', 4, '2');
    const f = expectOne(doc.text, 'review-total', doc.cell('review', '', 4), {
      zh: ['表四“行政复议”：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计不成立：已填各项之和为 3，已大于本组总计 2；其余3项空白'],
    });
    assert.deepEqual(f.fixes, []);
  });

  // Each figure of table 四 is in one relation only, its group's: a group that does not add up could have any of its
  // five figures wrong, one changed as well as another. The finding names the group and its figures, with no fix
  // for --fix and fix-all (recomputing the total wrote a wrong figure into a right total whenever a term was the one
  // mistyped); the recomputed total is said, and offered in the editor as a choice the writer makes.
  for (const [group, total, value, words, sum] of [
    ['行政复议', 4, '26', '8 + 10 + 7 + 0 = 25 ≠ 26', '25'],
    ['未经复议直接起诉', 9, '4', '1 + 0 + 2 + 0 = 3 ≠ 4', '3'],
    ['复议后起诉', 14, '3', '1 + 0 + 0 + 1 = 2 ≠ 3', '2'],
  ] as const) {
    it(`seed 002 with the ${group} 总计 changed to ${value} → review-total on it, no fix but the choice of ${sum}`, () => {
      const doc = seed002().setCell('review', '', total, value);
      const f = expectOne(doc.text, 'review-total', doc.cell('review', '', total), {
        severity: 'error',
        zh: [`表四“${group}”：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计不成立`, words, '五个数中任何一个填错都会这样，无法确定是哪个数有误', `如其他数无误，这个数应为 ${sum}。`],
        en: ['upheld + corrected + other + pending = total does not hold', 'any of its five figures may be the wrong one', `Were the other figures right, this one would be ${sum}.`],
        fixed: null,
      });
      assert.equal(f.fixes.length, 1);
      assert.equal(f.fixes[0]!.choice, true);
      assert.equal(f.fixes[0]!.title['zh-CN'], `若其他数无误：改为 ${sum}`);
      assert.deepEqual(f.fixes[0]!.edits, [{ range: rangeOf(doc.cell('review', '', total)), newText: sum }]);
      // Fix-all leaves the choice to the writer: the total is as written after it.
      assert.equal(Doc.of(fixAll(doc.text).text).cell('review', '', total).text, value);
    });
  }

  it('a group whose figures only its total can reconcile (1 0 0 1 with 总计 0: no term can give up 2) → fix 2', () => {
    const doc = seed002().setCell('review', '', 14, '0');
    expectOne(doc.text, 'review-total', doc.cell('review', '', 14), { zh: ['表四“复议后起诉·总计”应为 2，表中为 0', '1 + 0 + 0 + 1 = 2 ≠ 0'], fixed: seed002().text });
  });

  it('a changed term (结果纠正 10 → 11) is reported on the group’s 总计, without a fix: the 总计 25 is right', () => {
    // The fix wrote 26 into the total before: a wrong figure into a right cell.
    const doc = seed002().setCell('review', '', 1, '11');
    expectOne(doc.text, 'review-total', doc.cell('review', '', 4), { zh: ['8 + 11 + 7 + 0 = 26 ≠ 25', '无法确定是哪个数有误', '如其他数无误，这个数应为 26'], fixed: null });
  });

  it('row per line (seed 002 relaid): the 复议后起诉 总计 on the one line of 15 figures', () => {
    const base = Doc.of(relayout(seed002().text, 'row'));
    const doc = base.clone().setCell('review', '', 14, '5');
    const cell = doc.cell('review', '', 14);
    assert.equal(doc.cell('review', '', 0).line, cell.line);
    expectOne(doc.text, 'review-total', cell, { zh: ['1 + 0 + 0 + 1 = 2 ≠ 5'], fixed: null });
  });

  it('table 三 is still corrected where table 四 cannot be: a figure of 三 is fixed beside a group of 四 reported without one', () => {
    const doc = seed002().setCell('review', '', 0, '9').setCell('requests', '予以公开', 0, '95');
    assert.equal(autoFixes(single(doc.text, 'review-total')).length, 0);
    expectOne(doc.text, 'row-total', doc.cell('requests', '予以公开', 0), { zh: ['应为 92，表中为 95'], fixed: seed002().setCell('review', '', 0, '9').text });
  });

  it('two groups wrong → two findings, one on each 总计', () => {
    const doc = seed002().setCell('review', '', 4, '20').setCell('review', '', 9, '9');
    const fs = only(findingsOf(doc.text), 'review-total');
    assert.deepEqual(fs.map((f) => f.range), [rangeOf(doc.cell('review', '', 4)), rangeOf(doc.cell('review', '', 9))]);
  });
});

describe('review-total: two figures of a group swapped', () => {
  it('seed 002 with 行政复议 尚未审结 and 总计 swapped (25 under 尚未审结, 0 under 总计) → one finding on 总计 naming both readings (the exchange, or 50), neither applied (50 was written into 总计)', () => {
    const doc = seed002().setCell('review', '', 3, '25').setCell('review', '', 4, '0');
    const f = single(doc.text, 'review-total');
    assert.deepEqual(f.range, rangeOf(doc.cell('review', '', 4)));
    assert.match(f.message['zh-CN'], /可能是表四“行政复议·尚未审结”与表四“行政复议·总计”的数填反了（对调后合计成立），也可能是表四“行政复议·总计”填错了（应为 50）/);
    assert.equal(autoFixes(f).length, 0);
    assert.deepEqual(f.fixes.map((x) => x.edits.map((e) => e.newText)), [['50'], ['0', '25']]);
    assert.equal(fixAll(doc.text, {}, new Set(['review-total'])).text, doc.text);
  });

  it('quiet as to a swap: a 总计 mistyped (26 for 25) is not read as two figures swapped', () => {
    const doc = seed002().setCell('review', '', 4, '26');
    const f = single(doc.text, 'review-total');
    assert.doesNotMatch(f.message['zh-CN'], /填反/);
  });
});

describe('review-total stays quiet', () => {
  it('seed 000 (table 四: only the totals filled) with 行政复议 结果维持 2 beside its 总计 3: the blanks may hold the rest', () => {
    expectNone(Doc.seed('000').setCell('review', '', 0, '2').setCell('review', '', 4, '3').text, 'review-total');
  });

  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'review-total'));
  }

  it('seed 000 as published (only the 总计 filled) is not assessed even with a non-zero total', () => {
    expectNone(Doc.seed('000').setCell('review', '', 4, '3').text, 'review-total');
  });

  it('a group with a letter O is not assessed; the other groups still are', () => {
    const doc = seed002().setCell('review', '', 0, 'O').setCell('review', '', 4, '99').setCell('review', '', 9, '9');
    const fs = only(findingsOf(doc.text), 'review-total');
    assert.deepEqual(fs.map((f) => f.range), [rangeOf(doc.cell('review', '', 9))]);
  });

  it('a table 四 with 14 figures is not assessed (cell-count reports it)', () => {
    const doc = seed002();
    const c = doc.cell('review', '', 7);
    doc.deleteLines(c.line).setCell('review', '', 3, '5');
    expectNone(doc.text, 'review-total');
    assert.equal(only(findingsOf(doc.text), 'cell-count').length, 1);
  });
});
