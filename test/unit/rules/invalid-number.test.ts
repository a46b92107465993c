/**
 * invalid-number: a count that is negative or fractional (format §3.4 A4, §4 B4), or a negative
 * amount; only table 二’s 收费金额 (万元) may have decimals, and only the 2019 trial 本年增/减 may be
 * negative (§2, §2.1).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc, relayout, replaceTable, type Layout } from '../../helpers/doc';
import { expectNone, expectOne, findingsOf } from '../../helpers/findings';
import { ACTIVE_2019 } from '../../helpers/variants';

const LAYOUTS = ['cell', 'row'] as const;

/** Seed 001 (published cell per line) in either Word layout. */
function seed001(layout: Layout): Doc {
  return layout === 'cell' ? Doc.seed('001') : Doc.of(relayout(Doc.seed('001').text, 'row'));
}

/** The error codes of a text: a cell that is not a count is left out of the arithmetic. */
function errors(text: string): string[] {
  return findingsOf(text).filter((f) => f.severity === 'error').map((f) => f.code);
}

describe('invalid-number fires', () => {
  for (const layout of LAYOUTS) {
    for (const [written, what] of [['-3', 'ASCII hyphen-minus'], ['－3', 'full-width minus'], ['−3', 'minus sign U+2212']] as const) {
      it(`a negative count “${written}” (${what}) in table 三 （一）予以公开 科研机构, ${layout} per line → on that cell, the figure its sums give (0) as the fix, no other error`, () => {
        const doc = seed001(layout).setCell('requests', '予以公开', 2, written);
        expectOne(doc.text, 'invalid-number', doc.cell('requests', '予以公开', 2), {
          severity: 'error',
          zh: ['表三“（一）予以公开”行“科研机构”列为负数（-3），计数不能为负。按合计关系应为 0。'],
          en: ['table 三 row “(1) disclosed”, column “research institutions” is negative (-3); a count cannot be. The sums make it 0.'],
          fixed: seed001(layout).text,
        });
        assert.deepEqual(errors(doc.text), ['invalid-number']);
      });
    }

    for (const written of ['2.5', '２．５']) {
      it(`a fractional count “${written}” in table 三 四、结转下年度继续办理 总计, ${layout} per line → on that cell, the figure its sums give (0) as the fix, no other error`, () => {
        const doc = seed001(layout).setCell('requests', '结转下年度', 6, written);
        expectOne(doc.text, 'invalid-number', doc.cell('requests', '结转下年度', 6), {
          severity: 'error',
          zh: ['表三“四、结转下年度继续办理”行“总计”列为小数（2.5），计数应为整数。按合计关系应为 0。'],
          en: ['column “total” is fractional (2.5); a count is a whole number. The sums make it 0.'],
          // in the cell's digits (full-width stay full-width)
          fixed: seed001(layout).setCell('requests', '结转下年度', 6, written === '2.5' ? '0' : '０').text,
        });
        assert.deepEqual(errors(doc.text), ['invalid-number']);
      });
    }

    it(`a negative count in table 四 行政复议 结果维持, ${layout} per line`, () => {
      const doc = seed001(layout).setCell('review', '', 0, '-1');
      expectOne(doc.text, 'invalid-number', doc.cell('review', '', 0), {
        severity: 'error',
        zh: ['表四“行政复议·结果维持”为负数（-1），计数不能为负。'],
        en: ['table 四 “administrative review: upheld” is negative (-1)'],
        fixed: seed001(layout).text,
      });
      assert.deepEqual(errors(doc.text), ['invalid-number']);
    });

    it(`a fractional count in table 四 行政诉讼 复议后起诉 总计, ${layout} per line`, () => {
      const doc = seed001(layout).setCell('review', '', 14, '0.5');
      expectOne(doc.text, 'invalid-number', doc.cell('review', '', 14), {
        zh: ['表四“复议后起诉·总计”为小数（0.5），计数应为整数。'],
        en: ['“lawsuits after review: total” is fractional (0.5)'],
        fixed: seed001(layout).text,
      });
      assert.deepEqual(errors(doc.text), ['invalid-number']);
    });

    it(`a fractional count of decisions in table 二 (行政许可 2.5: only the fee amount may have decimals), ${layout} per line`, () => {
      const doc = seed001(layout).setCell('active', '行政许可', 0, '2.5');
      expectOne(doc.text, 'invalid-number', doc.cell('active', '行政许可', 0), {
        severity: 'error',
        zh: ['表二“行政许可”行“本年处理决定数量”列为小数（2.5），计数应为整数。'],
        en: ['table 二 row “administrative licensing”, column “decisions this year” is fractional (2.5)'],
        fixed: null,
      });
    });

    it(`a negative count of documents in table 二 (规章 本年废止件数), ${layout} per line`, () => {
      const doc = seed001(layout).setCell('active', '规章', 1, '-2');
      expectOne(doc.text, 'invalid-number', doc.cell('active', '规章', 1), {
        zh: ['表二“规章”行“本年废止件数”列为负数（-2），计数不能为负。'],
        fixed: null,
      });
    });

    it(`a negative fee amount in table 二 (decimals allowed, a sign not): called an amount, not a count, ${layout} per line`, () => {
      const doc = seed001(layout).setCell('active', '行政事业性收费', 0, '-1.5');
      expectOne(doc.text, 'invalid-number', doc.cell('active', '行政事业性收费', 0), {
        severity: 'error',
        zh: ['表二“行政事业性收费”行“本年收费金额（单位：万元）”列为负数（-1.5），金额不能为负。'],
        en: ['is negative (-1.5); an amount cannot be.'],
        fixed: null,
      });
      const f = findingsOf(doc.text).find((x) => x.code === 'invalid-number')!;
      assert.doesNotMatch(f.message['zh-CN'], /计数/);
    });
  }

  it('a padded negative cell (NBSP, spaces): the range is the figure, not its padding', () => {
    const doc = Doc.seed('001').setCell('requests', '予以公开', 2, ' \u00a0-3\u3000');
    const c = doc.cell('requests', '予以公开', 2);
    assert.equal(c.text, '-3');
    // The fix (what the sums give, 0) writes over the figure only.
    expectOne(doc.text, 'invalid-number', c, { fixed: Doc.seed('001').setCell('requests', '予以公开', 2, ' \u00a00\u3000').text });
  });

  it('seed 000 (row per line, only 总计 filled) with -3 in （一）予以公开 总计', () => {
    const doc = Doc.seed('000').setCell('requests', '予以公开', 6, '-3');
    expectOne(doc.text, 'invalid-number', doc.cell('requests', '予以公开', 6), { zh: ['表三“（一）予以公开”行“总计”列为负数（-3）'] });
  });

  it('the 2019 trial table 二: a negative 上一年项目数量 (only 本年增/减 is signed)', () => {
    const doc = replaceTable(Doc.seed('001'), 'active', ACTIVE_2019).setCell('active', '行政许可', 0, '-12');
    expectOne(doc.text, 'invalid-number', doc.cell('active', '行政许可', 0), { zh: ['表二“行政许可”行“上一年项目数量”列为负数（-12），计数不能为负。'] });
  });
});

describe('invalid-number: a whole count written with a decimal point', () => {
  for (const layout of LAYOUTS) {
    for (const [written, whole] of [['13.0', '13'], ['0.00', '0'], ['１３．０', '13']] as const) {
      it(`“${written}” in table 三 （一）予以公开 (自然人 13 in the seed, 科研机构 0), ${layout} per line → a warning on that cell, fixed to ${whole}, the sums checked with it (it was quiet)`, () => {
        const good = seed001(layout);
        const column = whole === '13' ? 0 : 2;
        const doc = seed001(layout).setCell('requests', '予以公开', column, written);
        expectOne(doc.text, 'invalid-number', doc.cell('requests', '予以公开', column), {
          severity: 'warning',
          zh: [`写成了小数形式（${written}），计数应写为整数 ${whole}。`],
          en: ['is written with a decimal point'],
          fixed: good.text,
        });
        assert.deepEqual(errors(doc.text), []);
      });
    }
  }

  it('a fee amount in 万元 written “12.0” is an amount: quiet', () => {
    expectNone(seed001('cell').setCell('active', '行政事业性收费', 0, '12.0').text, 'invalid-number');
  });
});

// format §2.1, §5.2: “+22” in a count's column (Tongzhou 2019: a change figure in the wrong column). The 2021 tables have
// no column of changes; the figure reads as 22 (the sums check it so), the sign is no count's.
describe('invalid-number: a count written with a plus sign', () => {
  for (const layout of LAYOUTS) {
    for (const [written, column, bare] of [['+13', 0, '13'], ['＋0', 2, '0']] as const) {
      it(`“${written}” in table 三 （一）予以公开, ${layout} per line → a warning on that cell, fixed to ${bare}, no error (the sums read it as ${bare})`, () => {
        const good = seed001(layout);
        const doc = seed001(layout).setCell('requests', '予以公开', column, written);
        expectOne(doc.text, 'invalid-number', doc.cell('requests', '予以公开', column), {
          severity: 'warning',
          zh: [`带有正号（${written}）：计数不带正负号，应写为 ${bare}；如果这是与上年相比的增减数，则填错了栏目。`],
          en: ['carries a plus sign', `write ${bare}`],
          fixed: good.text,
        });
        assert.deepEqual(errors(doc.text), []);
      });
    }
  }
  it('“+22” in table 二 行政处罚 → the warning, fixed to 22', () => {
    const doc = seed001('cell').setCell('active', '行政处罚', 0, '+22');
    expectOne(doc.text, 'invalid-number', doc.cell('active', '行政处罚', 0), { severity: 'warning', fixed: seed001('cell').setCell('active', '行政处罚', 0, '22').text });
  });
  it('a fee amount “+1.5” (万元) is named an amount', () => {
    const doc = seed001('cell').setCell('active', '行政事业性收费', 0, '+1.5');
    expectOne(doc.text, 'invalid-number', doc.cell('active', '行政事业性收费', 0), { severity: 'warning', zh: ['金额不带正负号，应写为 1.5'] });
  });
  it('quiet: “+3” in the 2019 trial table 二’s 本年增/减, the one signed column', () => {
    const doc = replaceTable(Doc.seed('001'), 'active', ACTIVE_2019).setCell('active', '行政处罚', 1, '+3');
    expectNone(doc.text, 'invalid-number');
  });
});

describe('invalid-number stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published, in both layouts`, () => {
      expectNone(Doc.seed(s).text, 'invalid-number');
      expectNone(relayout(Doc.seed(s).text, s === '000' ? 'cell' : 'row'), 'invalid-number');
    });
  }

  for (const layout of LAYOUTS) {
    for (const [written, what] of [['0', 'zero'], ['０', 'a full-width zero'], ['１２', 'full-width digits'], ['1,780', 'a thousands separator'], ['\u00a012\u3000', 'padding']] as const) {
      it(`${what} (“${written}”) in a table 三 count is a whole number, ${layout} per line`, () => {
        expectNone(seed001(layout).setCell('requests', '予以公开', 2, written).text, 'invalid-number');
      });
    }

    for (const amount of ['2030.16873', '0.5', '１２．５']) {
      it(`a fee amount in 万元 with decimals (“${amount}”) in table 二, ${layout} per line`, () => {
        expectNone(seed001(layout).setCell('active', '行政事业性收费', 0, amount).text, 'invalid-number');
      });
    }
  }

  for (const [written, owner] of [['-', 'a placeholder'], ['—3', 'a dash before a figure'], ['减4', 'words'], ['', 'a blank']] as const) {
    it(`“${written}” is not a number at all (${owner}): cell-not-number or empty-cell speaks`, () => {
      const doc = Doc.seed('001').setCell('requests', '予以公开', 2, written);
      expectNone(doc.text, 'invalid-number');
      assert.ok(findingsOf(doc.text).some((f) => f.code === 'cell-not-number' || f.code === 'empty-cell'));
    });
  }

  it('the 2019 trial table 二: a negative 本年增/减 and a decimal 采购总金额 are as the trial format has them (old-format speaks)', () => {
    const doc = replaceTable(Doc.seed('001'), 'active', ACTIVE_2019);
    assert.equal(doc.cell('active', '行政许可', 1).text, '-2');
    expectNone(doc.setCell('active', '行政处罚', 1, '-5').text, 'invalid-number');
    assert.equal(findingsOf(doc.text).filter((f) => f.code === 'old-format').length, 1);
  });
});

describe('invalid-number: the figure the sums give a negative count', () => {
  // Seed 002: 予以公开 92 7 0 0 0 0 99; table 二 行政规范性文件 制发 7, the prose says 新制定7件.
  const seed002 = () => Doc.seed('002');
  it('“-7” where the row and the columns make 7 (商业企业 of 予以公开) → fix 7', () => {
    const doc = seed002().setCell('requests', '予以公开', 1, '-7');
    expectOne(doc.text, 'invalid-number', doc.cell('requests', '予以公开', 1), { zh: ['按合计关系应为 7。'], fixed: seed002().text });
  });
  it('“-7” in table 二 (no sums) → no fix; and the prose’s 新制定7件 is not read against it', () => {
    const doc = seed002().setCell('active', '行政规范性文件', 0, '-7');
    expectOne(doc.text, 'invalid-number', doc.cell('active', '行政规范性文件', 0), { fixed: null });
    // (seed 002's own two findings on its 35件 stay)
    assert.deepEqual(findingsOf(doc.text).filter((f) => f.code === 'narrative-mismatch' && /新制定|规范性文件/.test(f.message['zh-CN'])).map((f) => f.message['zh-CN']), []);
  });
  it('two negative counts in one group of table 四 → neither given a figure', () => {
    const doc = seed002().setRow('review', '', ['-8', '-10']);
    const fs = findingsOf(doc.text).filter((f) => f.code === 'invalid-number');
    assert.equal(fs.length, 2);
    assert.ok(fs.every((f) => f.fixes.length === 0));
  });
});
