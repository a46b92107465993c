/** review-total: each of table 四's three groups adds up: 维持 + 纠正 + 其他 + 尚未审结 = 总计 (format §4 B1–B3). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc, relayout } from '../../helpers/doc';
import { expectNone, expectOne, findingsOf, only, rangeOf } from '../../helpers/findings';

// Seed 002's table 四: 8 10 7 0 25 | 1 0 2 0 3 | 1 0 0 1 2.
const seed002 = () => Doc.seed('002');

describe('review-total fires', () => {
  for (const [group, total, value, expected, words] of [
    ['行政复议', 4, '26', '25', '8 + 10 + 7 + 0 = 25 ≠ 26'],
    ['未经复议直接起诉', 9, '4', '3', '1 + 0 + 2 + 0 = 3 ≠ 4'],
    ['复议后起诉', 14, '0', '2', '1 + 0 + 0 + 1 = 2 ≠ 0'],
  ] as const) {
    it(`seed 002 with the ${group} 总计 changed to ${value} → review-total on it, fix ${expected}`, () => {
      const doc = seed002().setCell('review', '', total, value);
      expectOne(doc.text, 'review-total', doc.cell('review', '', total), {
        severity: 'error',
        zh: [`表四“${group}·总计”应为 ${expected}，表中为 ${value}`, `表四“${group}”：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计`, words],
        en: [`should be ${expected}, not ${value}`, 'upheld + corrected + other + pending = total'],
        fixed: seed002().text,
      });
    });
  }

  it('a changed term (结果纠正 10 → 11) is reported on the group’s 总计, with the total that makes the group add up', () => {
    const doc = seed002().setCell('review', '', 1, '11');
    expectOne(doc.text, 'review-total', doc.cell('review', '', 4), { zh: ['应为 26，表中为 25', '8 + 11 + 7 + 0 = 26 ≠ 25'] });
  });

  it('row per line (seed 002 relaid): the 复议后起诉 总计 on the one line of 15 figures', () => {
    const base = Doc.of(relayout(seed002().text, 'row'));
    const doc = base.clone().setCell('review', '', 14, '5');
    const cell = doc.cell('review', '', 14);
    assert.equal(doc.cell('review', '', 0).line, cell.line);
    expectOne(doc.text, 'review-total', cell, { fixed: base.text });
  });

  it('two groups wrong → two findings, one on each 总计', () => {
    const doc = seed002().setCell('review', '', 4, '20').setCell('review', '', 9, '9');
    const fs = only(findingsOf(doc.text), 'review-total');
    assert.deepEqual(fs.map((f) => f.range), [rangeOf(doc.cell('review', '', 4)), rangeOf(doc.cell('review', '', 9))]);
  });
});

describe('review-total stays quiet', () => {
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
