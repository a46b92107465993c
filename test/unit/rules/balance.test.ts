/** balance: in every column of table 三, 一 + 二 = （七）总计 + 四 (the header note; format §3.4 A2). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { autoFixes, expectNone, expectOne, findingsOf, only, rangeOf } from '../../helpers/findings';

const seed002 = () => Doc.seed('002');
const errors = (text: string) => findingsOf(text).filter((f) => f.severity === 'error').map((f) => f.code);

describe('balance fires', () => {
  // A column with blanks is not checked as others are, but one whose written figures on one side of the balance
  // already exceed the other side fails whatever the blanks hold (0 or more).
  it('seed 001 with （七）总计 自然人 and 总计 left blank, 四 总计 blank and 四 自然人 20 while 一 自然人 is 13 and 二 0 → balance on 四 自然人: 20 already exceeds 一 + 二, no fix', () => {
    const doc = Doc.seed('001')
      .setCell('requests', '（七）总计', 0, '').setCell('requests', '（七）总计', 6, '')
      .setCell('requests', '结转下年度', 0, '20').setCell('requests', '结转下年度', 6, '');
    const f = expectOne(doc.text, 'balance', doc.cell('requests', '结转下年度', 0), {
      zh: ['“自然人”列：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理不成立：（七）总计与四、结转下年度继续办理中已填的数之和为 20，已大于一、本年新收与二、上年结转之和 13；其中1个空白单元格无论填 0 还是更大的数，都不能使它成立。'],
      en: ['the figures written in (7) total and IV add up to 20, more than I and II (13)'],
    });
    assert.deepEqual(f.fixes, []);
    for (const code of ['row-total', 'column-total']) expectNone(doc.text, code);
  });

  it('seed 002 with 四、结转下年度继续办理 总计 changed to 7 → balance on that cell, fix 5', () => {
    const doc = seed002().setCell('requests', '结转下年度', 6, '7');
    expectOne(doc.text, 'balance', doc.cell('requests', '结转下年度', 6), {
      severity: 'error',
      zh: ['表三“四、结转下年度继续办理”行“总计”列应为 5，表中为 7', '一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理：178 + 5 = 183 ≠ 178 + 7 = 185 ✗'],
      en: ['should be 5, not 7', 'I new + II carried over = (7) total + IV carried to next year'],
      fixed: seed002().text,
    });
    assert.deepEqual(errors(doc.text), ['balance']);
  });

  it('seed 002 with 四 written as all zeros (the row adds up, 一 + 二 ≠ 三 + 四 in two columns) → balance on 自然人 and 总计 of 四, without a fix', () => {
    // 四 short by 5 in 自然人 and 总计 reads as well as 一 or 二 over by 5 in both: three pairs of cells, each as
    // few, make the table hold; the figures cannot tell which pair was mistyped.
    const doc = seed002().setRow('requests', '结转下年度', [0, 0, 0, 0, 0, 0, 0]);
    const fs = only(findingsOf(doc.text), 'balance');
    assert.deepEqual(fs.map((f) => f.range), [rangeOf(doc.cell('requests', '结转下年度', 0)), rangeOf(doc.cell('requests', '结转下年度', 6))]);
    assert.match(fs[0]!.message['zh-CN'], /“自然人”列：.*不成立：171 \+ 5 = 176 ≠ 171 \+ 0 = 171 ✗。.*无法确定是哪个数有误/);
    assert.match(fs[1]!.message['zh-CN'], /“总计”列：.*不成立/);
    assert.deepEqual(fs.map((f) => autoFixes(f).length), [0, 0]);
    assert.deepEqual(errors(doc.text), ['balance', 'balance']);
  });

  it('seed 002 with 二、上年结转 written as all zeros → balance on 四, without a fix (四 is right)', () => {
    // The fixes recomputed the carry-over and wrote 0 into 四's two right cells, where 二's 5s were the figures lost.
    const doc = seed002().setRow('requests', '上年结转', [0, 0, 0, 0, 0, 0, 0]);
    const fs = only(findingsOf(doc.text), 'balance');
    assert.deepEqual(fs.map((f) => f.range), [rangeOf(doc.cell('requests', '结转下年度', 0)), rangeOf(doc.cell('requests', '结转下年度', 6))]);
    assert.match(fs[0]!.message['zh-CN'], /171 \+ 0 = 171 ≠ 171 \+ 5 = 176 ✗/);
    assert.deepEqual(fs.map((f) => autoFixes(f).length), [0, 0]);
  });

  it('二 with one request under the wrong column (3/2 for 2/3) → balance on both columns\' 四, no swap guessed, no fix', () => {
    // Seed 002 with 二 as 2/3 (一 174/4 to match): a consistent table. Then 二 typed 3/2: 自然人 would need 四 = 6
    // and 商业企业 a negative 四. Once both 四 cells were reported with a figure that broke the row of 四; then the
    // exchange of 二's 3 and 2 was said (“可能填反了”). But exchanging figures that differ by one is moving one request
    // between the columns, which 一's row (174/4) or 四's could as well have: the evidence names no row.
    const good = seed002().setRow('requests', '上年结转', ['2', '3']).setRow('requests', '本年新收', ['174', '4']);
    assert.deepEqual(findingsOf(good.text).filter((f) => f.severity === 'error').map((f) => f.code), []);
    const doc = good.clone().setRow('requests', '上年结转', ['3', '2']);
    const fs = findingsOf(doc.text).filter((f) => ['column-total', 'balance', 'row-total'].includes(f.code));
    assert.deepEqual(fs.map((f) => `${f.code} ${JSON.stringify(f.range)}`), [
      `balance ${JSON.stringify(rangeOf(doc.cell('requests', '结转下年度', 0)))}`,
      `balance ${JSON.stringify(rangeOf(doc.cell('requests', '结转下年度', 1)))}`,
    ]);
    for (const f of fs) {
      assert.doesNotMatch(f.message['zh-CN'], /填反/);
      assert.equal(f.fixes.length, 0);
    }
  });

  it('四 written as 0 in both 自然人 and 总计 (its row adds up): both reported, neither with a fix', () => {
    const doc = seed002().setRow('requests', '结转下年度', ['0', undefined, undefined, undefined, undefined, undefined, '0']);
    const fs = only(findingsOf(doc.text), 'balance');
    assert.deepEqual(fs.map((f) => autoFixes(f).length), [0, 0]);
  });

  it('（七）总计 larger than 一 + 二 → balance on 四 with no fix: no figure can be computed', () => {
    // 一 becomes 163 + 7 = 170 (its row adds up); 170 + 5 < 178 + 5 in the 自然人 and 总计 columns.
    const doc = seed002().setCell('requests', '本年新收', 0, '163').setCell('requests', '本年新收', 6, '170');
    const fs = only(findingsOf(doc.text), 'balance');
    assert.deepEqual(fs.map((f) => f.range), [rangeOf(doc.cell('requests', '结转下年度', 0)), rangeOf(doc.cell('requests', '结转下年度', 6))]);
    for (const f of fs) {
      assert.match(f.message['zh-CN'], /不成立.*（七）总计大于一、本年新收与二、上年结转之和，无法推算出正确的数/);
      assert.match(f.message.en, /does not hold.*no correct figure can be computed/);
      assert.equal(autoFixes(f).length, 0);
    }
  });

  it('row-per-line (seed 000 with its blanks filled): 四 总计 changed to 2 → balance on that cell', () => {
    const zeros = Doc.seed('000').fillBlanks();
    const doc = zeros.clone().setCell('requests', '结转下年度', 6, '2');
    expectOne(doc.text, 'balance', doc.cell('requests', '结转下年度', 6), { zh: ['应为 0，表中为 2'], fixed: zeros.text });
  });
});

describe('balance stays quiet', () => {
  it('the same column with 四 自然人 10 (not above 一 + 二 = 13): the blank （七）总计 may hold the 3 left, quiet', () => {
    const doc = Doc.seed('001')
      .setCell('requests', '（七）总计', 0, '').setCell('requests', '（七）总计', 6, '')
      .setCell('requests', '结转下年度', 0, '10').setCell('requests', '结转下年度', 6, '');
    expectNone(doc.text, 'balance');
  });

  it('blanks on both sides of the balance (二 自然人 and （七）总计 自然人 blank, 四 自然人 20): either may make it hold, quiet', () => {
    const doc = Doc.seed('001')
      .setCell('requests', '（七）总计', 0, '').setCell('requests', '（七）总计', 6, '').setCell('requests', '上年结转', 0, '')
      .setCell('requests', '结转下年度', 0, '20').setCell('requests', '结转下年度', 6, '');
    expectNone(doc.text, 'balance');
  });

  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'balance'));
  }

  it('a column with a blank among 一, 二, （七）, 四 is not assessed (二 自然人 blank, 四 自然人 5 → 9: only its row says so)', () => {
    const doc = seed002().setCell('requests', '上年结转', 0, '').setCell('requests', '结转下年度', 0, '9');
    expectNone(doc.text, 'balance');
    expectOne(doc.text, 'row-total', doc.cell('requests', '结转下年度', 0), { zh: ['应为 5，表中为 9'] });
  });

  it('with a blank in 二, a wrong 二 总计 is the one cell that explains the 总计 column (四 stays as written)', () => {
    // 二 = □ 0 0 0 0 0 9: its row cannot be checked, and only 二 总计 = 5 makes 178 + 5 = 178 + 5.
    const doc = seed002().setCell('requests', '上年结转', 0, '').setCell('requests', '上年结转', 6, '9');
    expectOne(doc.text, 'balance', doc.cell('requests', '上年结转', 6), { zh: ['表三“二、上年结转政府信息公开申请数量”行“总计”列应为 5，表中为 9'] });
  });

  it('no balance without row 二 (missing-row reports it)', () => {
    const doc = seed002().deleteRow('requests', '上年结转').setCell('requests', '结转下年度', 6, '9');
    expectNone(doc.text, 'balance');
  });

  it('a “/” in 四 counts 0, as a reader counts it: 5 belongs there, so the balance fails on that cell', () => {
    const doc = seed002().setCell('requests', '结转下年度', 6, '/');
    expectOne(doc.text, 'balance', doc.cell('requests', '结转下年度', 6), { zh: ['应为 5，表中为“/”'], fixed: seed002().text });
    // cell-not-number still reports the placeholder, and its fix writes 5 too, not 0.
    const [f] = only(findingsOf(doc.text), 'cell-not-number');
    assert.equal(f?.fixes[0]?.edits[0]?.newText, '5');
  });

  it('a “/” where the table has 0 keeps the balance (cell-not-number alone reports it)', () => {
    const doc = seed002().setCell('requests', '结转下年度', 5, '/');
    expectNone(doc.text, 'balance');
    assert.equal(only(findingsOf(doc.text), 'cell-not-number').length, 1);
  });
});
