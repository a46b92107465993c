/** row-total: in every row of table 三, the six applicant columns add up to 总计 (format §3.4 A3). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { autoFixes, expectNone, expectOne, findingsOf, only, rangeOf } from '../../helpers/findings';

const seed002 = () => Doc.seed('002');

describe('row-total fires', () => {
  // A row with blanks is not checked as others are, but one whose written figures already exceed its 总计 fails whatever
  // the blanks hold (they are 0 or more).
  it('seed 000 (only 总计 filled) with 一 自然人 3 beside 总计 2 → row-total on the 总计 cell: the figures written exceed it, no fix', () => {
    const doc = Doc.seed('000').setCell('requests', '本年新收', 0, '3').setCell('requests', '本年新收', 6, '2').setCell('requests', '结转下年度', 6, '2');
    const f = expectOne(doc.text, 'row-total', doc.cell('requests', '本年新收', 6), {
      severity: 'error',
      zh: ['“一、本年新收政府信息公开申请数量”行：各类申请人之和 = 总计不成立：已填各项之和为 3，已大于总计 2；其余5项空白，无论填 0 还是更大的数，合计都不能成立。'],
      en: ['the items written add up to 3, more than the total 2; no figures in the 5 blank items, 0 or more, can make it hold'],
    });
    assert.deepEqual(f.fixes, []);
    assert.equal(f.related.length, 5);
  });

  it('seed 002 with 一、本年新收 总计 changed to 180 → row-total on that cell, fix 178', () => {
    const doc = seed002().setCell('requests', '本年新收', 6, '180');
    expectOne(doc.text, 'row-total', doc.cell('requests', '本年新收', 6), {
      severity: 'error',
      zh: ['表三“一、本年新收政府信息公开申请数量”行“总计”列应为 178，表中为 180', '171 + 7 + 0 + 0 + 0 + 0 = 178 ≠ 180', '这个数与所在行、列的合计关系都不相符'],
      en: ['should be 178, not 180', 'sum of applicant columns = total'],
      fixed: seed002().text,
    });
  });

  it('seed 002 with 一、本年新收 自然人 changed to 170 → row-total on the 自然人 cell, which breaks its row and its column, fix 171', () => {
    const doc = seed002().setCell('requests', '本年新收', 0, '170');
    const f = expectOne(doc.text, 'row-total', doc.cell('requests', '本年新收', 0), {
      zh: ['“自然人”列应为 171，表中为 170', '170 + 7 + 0 + 0 + 0 + 0 = 177 ≠ 178'],
      en: ['column “natural persons” should be 171, not 170'],
      fixed: seed002().text,
    });
    // Related information shows both broken relations: the row and the 自然人 column's balance.
    assert.deepEqual(f.related.map((r) => r.range), [rangeOf(doc.cell('requests', '本年新收', 6)), rangeOf(doc.cell('requests', '结转下年度', 0))]);
    // Nothing else is reported for this one figure.
    assert.deepEqual(findingsOf(doc.text).filter((x) => x.severity === 'error').map((x) => x.code), ['row-total']);
  });

  it('seed 002 with an outcome row’s 总计 changed (（一）予以公开 99 → 98) → row-total on it (the row names it first), fix 99', () => {
    const doc = seed002().setCell('requests', '予以公开', 6, '98');
    expectOne(doc.text, 'row-total', doc.cell('requests', '予以公开', 6), { zh: ['“（一）予以公开”行“总计”列应为 99，表中为 98'], fixed: seed002().text });
    expectNone(doc.text, 'column-total');
  });

  it('seed 002 with two rows changed so that the 自然人 column still adds up → row-total on each row’s 总计, without a fix', () => {
    // 予以公开 自然人 92 → 93 and 部分公开 自然人 14 → 13: no single cell explains both failures, and two pairs of
    // cells do alike — the two 自然人 figures (−1, +1) or the two rows' 总计 (+1, −1): the figures cannot tell which.
    // The fixes wrote 100 and 13 into the two 总计, right as they were.
    const doc = seed002().setCell('requests', '予以公开', 0, '93').setCell('requests', '部分公开', 0, '13');
    const fs = only(findingsOf(doc.text), 'row-total');
    assert.deepEqual(fs.map((f) => f.range), [rangeOf(doc.cell('requests', '予以公开', 6)), rangeOf(doc.cell('requests', '部分公开', 6))]);
    assert.match(fs[0]!.message['zh-CN'], /93 \+ 7 \+ 0 \+ 0 \+ 0 \+ 0 = 100 ≠ 99 ✗。改动不同的数（改动的个数一样多）都能使表中的合计关系同样成立，无法确定是哪个数有误/);
    assert.match(fs[1]!.message['zh-CN'], /= 13 ≠ 14 ✗/);
    assert.deepEqual(fs.map((f) => autoFixes(f).length), [0, 0]);
    assert.deepEqual(findingsOf(doc.text).filter((f) => f.severity === 'error').map((f) => f.code), ['row-total', 'row-total']);
  });

  it('in the row-per-line layout (seed 000 with its blanks filled by 0): 一 总计 changed to 2 → row-total on that cell', () => {
    const zeros = Doc.seed('000').fillBlanks();
    expectNone(zeros.text, 'empty-cell');
    const doc = zeros.clone().setCell('requests', '本年新收', 6, '2');
    expectOne(doc.text, 'row-total', doc.cell('requests', '本年新收', 6), { zh: ['应为 0，表中为 2'], fixed: zeros.text });
  });

  it('full-width digits: the fix writes full-width digits', () => {
    const doc = seed002().setCell('requests', '本年新收', 6, '１８０');
    expectOne(doc.text, 'row-total', doc.cell('requests', '本年新收', 6), { zh: ['应为 178，表中为 180'], fixed: seed002().setCell('requests', '本年新收', 6, '１７８').text });
  });

  it('counts written with their unit (“178件”) count as their figures: 总计 “180件” → row-total on the cell, fix 178', () => {
    const doc = seed002().setCell('requests', '本年新收', 0, '171件').setCell('requests', '本年新收', 6, '180件');
    const cell = doc.cell('requests', '本年新收', 6);
    assert.equal(cell.text, '180件');
    const f = expectOne(doc.text, 'row-total', cell, { zh: ['应为 178，表中为“180件”', '171 + 7 + 0 + 0 + 0 + 0 = 178 ≠ 180'] });
    assert.deepEqual(f.fixes[0]!.edits.map((e) => e.newText), ['178']);
    // The prose’s 178 agrees with the corrected figure: the arithmetic’s finding alone (the seed’s two about 35 stay).
    assert.equal(only(findingsOf(doc.text), 'narrative-mismatch').length, only(findingsOf(seed002().text), 'narrative-mismatch').length);
  });

  it('a padded cell: the range covers the digits only and the fix keeps the padding', () => {
    const doc = seed002().setCell('requests', '本年新收', 6, ' 180\u00a0');
    const cell = doc.cell('requests', '本年新收', 6);
    assert.equal(cell.text, '180');
    expectOne(doc.text, 'row-total', cell, { fixed: seed002().setCell('requests', '本年新收', 6, ' 178\u00a0').text });
  });
});

describe('row-total stays quiet', () => {
  it('seed 000 (only 总计 filled) with 一 自然人 2 beside 总计 3: the blanks may hold the 1 left', () => {
    const doc = Doc.seed('000').setCell('requests', '本年新收', 0, '2').setCell('requests', '本年新收', 6, '3').setCell('requests', '结转下年度', 6, '3');
    expectNone(doc.text, 'row-total');
  });

  it('a wrong 总计 that the balance already corrects is not reported again for its row with a blank (seed 002, 一 商业企业 blank, 总计 170)', () => {
    const doc = seed002().setCell('requests', '本年新收', 1, '').setCell('requests', '本年新收', 6, '170');
    expectNone(doc.text, 'row-total');
    expectOne(doc.text, 'balance', doc.cell('requests', '本年新收', 6), { zh: ['应为 178，表中为 170'] });
  });

  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'row-total'));
  }

  it('a row with a blank applicant cell is not assessed (seed 002, 一 自然人 blank, 总计 changed)', () => {
    const doc = seed002().setCell('requests', '本年新收', 0, '').setCell('requests', '本年新收', 6, '999');
    expectNone(doc.text, 'row-total');
    assert.equal(only(findingsOf(doc.text), 'empty-cell').length, 1);
    // The 总计 column's balance still holds the figure to account: 999 is the one cell that explains it.
    expectOne(doc.text, 'balance', doc.cell('requests', '本年新收', 6), { zh: ['应为 178，表中为 999'] });
  });

  it('a row whose counts carry their unit and add up (171件 + 7件 = 178件) is right; money (“178万元”) is no count', () => {
    expectNone(seed002().setCell('requests', '本年新收', 0, '171件').setCell('requests', '本年新收', 6, '178件').text, 'row-total');
    expectNone(seed002().setCell('requests', '本年新收', 6, '180万元').text, 'row-total');
  });

  it('a row with a non-numeric cell is not assessed (letter O in 一 商业企业)', () => {
    const doc = seed002().setCell('requests', '本年新收', 1, 'O');
    expectNone(doc.text, 'row-total');
  });

  it('seed 000 as published (only 总计 filled): no row is assessed', () => {
    const doc = Doc.seed('000').setCell('requests', '予以公开', 6, '3');
    expectNone(doc.text, 'row-total');
  });

  it('a row with a missing cell is not assessed (cell-count reports it)', () => {
    const doc = seed002();
    const c = doc.cell('requests', '本年新收', 3);
    doc.deleteLines(c.line);
    expectNone(doc.text, 'row-total');
    assert.equal(only(findingsOf(doc.text), 'cell-count').length, 1);
  });
});
