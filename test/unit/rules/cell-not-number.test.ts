/** cell-not-number: a cell that takes a figure holds a letter, words or a symbol. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc, relayout } from '../../helpers/doc';
import { expectNone, expectOne, findingsOf, model, only } from '../../helpers/findings';
import { applyEdits } from '../../../shared/src';

const seed002 = () => Doc.seed('002');

describe('cell-not-number fires', () => {
  const cases: [string, string, string | null, string][] = [
    // written, defect words (zh), fix, what it means
    ['O', '里是字母 O，不是数字 0', '0', 'the letter O for 0'],
    // Where the sums give the cell's figure (0 for 科研机构 here), the fix writes it rather than what the slip seems
    // to say (1O, 三), or nothing (减4); the literal readings where no sum checks the cell: below, in table 二.
    ['1O', '里是字母 O，不是数字 0；按合计关系应为 0', '0', 'the letter O inside a number'],
    ['o', '里是字母 O，不是数字 0', '0', 'a lower-case o'],
    ['/', '不是数字；没有发生应填 0', '0', 'a slash for none'],
    ['—', '不是数字；没有发生应填 0', '0', 'a dash for none'],
    ['无', '不是数字；没有发生应填 0', '0', '无 for none'],
    ['0件', '把单位写进了单元格', '0', 'a unit in the cell'],
    // The unit in brackets, as a header writes it: the same slip, as sure a figure (no fix before).
    ['0（件）', '把单位写进了单元格', '0', 'a unit in brackets'],
    ['0(件)', '把单位写进了单元格', '0', 'a unit in half-width brackets'],
    ['三', '是汉字数字，表格应使用阿拉伯数字；按合计关系应为 0', '0', 'a Chinese numeral'],
    ['减4', '含有文字，单元格只应填数字；按合计关系应为 0', '0', 'words'],
    ['见附件', '不是数字；按合计关系应为 0', '0', 'anything else'],
  ];
  for (const [written, words, fix, what] of cases) {
    it(`seed 002 with “${written}” in （一）予以公开 科研机构 (${what}) → on that cell${fix === null ? ', no fix' : `, fix ${fix}`}`, () => {
      const doc = seed002().setCell('requests', '予以公开', 2, written);
      expectOne(doc.text, 'cell-not-number', doc.cell('requests', '予以公开', 2), {
        // A placeholder for none is the fault of a blank (a 0 not written): a warning, as empty-cell's.
        severity: words.startsWith('不是数字；没有发生') ? 'warning' : 'error',
        zh: [`表三“（一）予以公开”行“科研机构”列：“${written}”${words}`],
        en: ['table 三 row “(1) disclosed”, column “research institutions”'],
        fixed: fix === null ? null : seed002().setCell('requests', '予以公开', 2, fix).text,
      });
      // The cell is left out of the arithmetic, or a placeholder counts 0 (what the cell holds): no other finding of the table.
      assert.deepEqual(findingsOf(doc.text).filter((f) => f.range.start.line === doc.cell('requests', '予以公开', 2).line).map((f) => f.code), ['cell-not-number']);
      assert.deepEqual(findingsOf(doc.text).filter((f) => f.severity === 'error').map((f) => f.code), words.startsWith('不是数字；没有发生') ? [] : ['cell-not-number']);
    });
  }

  it('in table 四 (row per line, seed 000): the letter O in 行政复议 总计', () => {
    const doc = Doc.seed('000').setCell('review', '', 4, 'O');
    expectOne(doc.text, 'cell-not-number', doc.cell('review', '', 4), { zh: ['表四“行政复议·总计”：“O”里是字母 O'], fixed: Doc.seed('000').text });
  });

  it('in table 二: “160.5964万元” in 行政事业性收费 → fix 160.5964', () => {
    const doc = seed002().setCell('active', '行政事业性收费', 0, '160.5964万元');
    expectOne(doc.text, 'cell-not-number', doc.cell('active', '行政事业性收费', 0), { zh: ['把单位写进了单元格'], fixed: seed002().setCell('active', '行政事业性收费', 0, '160.5964').text });
  });

  it('“/” in table 二’s 规章 row is a note (info), one per cell, with a fix to 0', () => {
    const doc = seed002().setRow('active', '规章', ['/', '/', '/']);
    const fs = only(findingsOf(doc.text), 'cell-not-number');
    assert.deepEqual(fs.map((f) => [f.severity, f.range.start.line]), [0, 1, 2].map((c) => ['info', doc.cell('active', '规章', c).line]));
    assert.match(fs[0]!.message['zh-CN'], /没有规章制定权的机关填 0 即可/);
    assert.equal(fs[0]!.fixes[0]!.edits[0]!.newText, '0');
  });

  it('the same placeholder in three or more cells of a table is one finding, on the first, whose fix makes them all 0', () => {
    const good = seed002();
    const doc = seed002().setRow('requests', '重复申请', Array(7).fill('—'));
    const f = expectOne(doc.text, 'cell-not-number', doc.cell('requests', '重复申请', 0), {
      severity: 'warning',
      zh: ['表三（收到和处理政府信息公开申请情况）有7个单元格填的是“—”，不是数字；没有发生应填 0。'],
      en: ['has 7 cells holding “—”'],
      fixed: good.text,
    });
    assert.equal(f.related.length, 7);
    assert.ok(f.related[6]!.message['zh-CN'].includes('“2.重复申请”行“总计”列'), f.related[6]!.message['zh-CN']);
  });

  it('units or Chinese numerals throughout a row are one finding each, fixed to their figures', () => {
    for (const [written, words] of [['件', '把单位写进了单元格（如“0件”）'], ['〇', '用汉字数字填写（如“〇”）']] as const) {
      const doc = seed002().setRow('requests', '重复申请', Array(7).fill(written === '件' ? '0件' : written));
      expectOne(doc.text, 'cell-not-number', doc.cell('requests', '重复申请', 0), { zh: [`有7个单元格${words}`], fixed: seed002().text });
    }
  });

  it('two of a kind stay two findings; a different placeholder is counted apart', () => {
    const doc = seed002().setRow('requests', '重复申请', ['—', '—', '—', '/', '/', '0', '0']);
    const fs = only(findingsOf(doc.text), 'cell-not-number');
    assert.deepEqual(fs.map((f) => f.message['zh-CN'].slice(0, 40)), [
      '表三（收到和处理政府信息公开申请情况）有3个单元格填的是“—”，不是数字；没有发生应填 0。'.slice(0, 40),
      '表三“2.重复申请”行“社会公益组织”列：“/”不是数字；没有发生应填 0。'.slice(0, 40),
      '表三“2.重复申请”行“法律服务机构”列：“/”不是数字；没有发生应填 0。'.slice(0, 40),
    ]);
  });

  it('“/” in another row of table 二 is a warning (the 规章 row’s is a note)', () => {
    const doc = seed002().setCell('active', '行政许可', 0, '/');
    expectOne(doc.text, 'cell-not-number', doc.cell('active', '行政许可', 0), { severity: 'warning' });
  });

  it('a placeholder where the sums need a figure: the fix writes that figure, not 0', () => {
    // 予以公开 自然人 92 written “/”: the row and the column 自然人 both fail with it as 0, and 92 restores both.
    const doc = seed002().setCell('requests', '予以公开', 0, '/');
    expectOne(doc.text, 'cell-not-number', doc.cell('requests', '予以公开', 0), { severity: 'warning', fixed: seed002().text });
  });

  it('placeholders throughout a table where one of them stands for a figure: the group’s fix writes it there and 0 elsewhere', () => {
    const good = seed002();
    const doc = seed002().setRow('requests', '重复申请', Array(7).fill('—')).setCell('requests', '予以公开', 0, '—');
    const f = only(findingsOf(doc.text), 'cell-not-number');
    assert.equal(f.length, 1);
    assert.equal(applyEdits(doc.text, f[0]!.fixes[0]!.edits).text, good.text);
  });

  it('a count with its unit in brackets (7（件）) counts its figure in the sums: no row-total, the fix keeps the figure', () => {
    const right = seed002().setCell('requests', '予以公开', 1, '7（件）');
    expectOne(right.text, 'cell-not-number', right.cell('requests', '予以公开', 1), { fixed: seed002().text });
    expectNone(right.text, 'row-total');
    // Money in brackets (`5（元）` where a count belongs), as `5元`: not counted in the sums, the fix drops the unit.
    const money = seed002().setCell('requests', '予以公开', 2, '5（元）');
    const f = only(findingsOf(money.text), 'cell-not-number');
    assert.equal(f.length, 1);
    // (the sums make it 0)
    assert.deepEqual(f[0]!.fixes.map((x) => x.edits.map((e) => e.newText)), [['0']]);
  });

  it('a count with its unit: the fix keeps the figure (7件 → 7); where the sums need another (5件 where 0 belongs), it writes that, as row-total does', () => {
    const right = seed002().setCell('requests', '予以公开', 1, '7件');
    expectOne(right.text, 'cell-not-number', right.cell('requests', '予以公开', 1), { fixed: seed002().text });
    expectNone(right.text, 'row-total');
    const wrong = seed002().setCell('requests', '予以公开', 2, '5件');
    expectOne(wrong.text, 'cell-not-number', wrong.cell('requests', '予以公开', 2), { fixed: seed002().text });
    expectOne(wrong.text, 'row-total', wrong.cell('requests', '予以公开', 2), { zh: ['应为 0，表中为“5件”'], fixed: seed002().text });
  });
});

describe('cell-not-number stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published, in both layouts`, () => {
      expectNone(Doc.seed(s).text, 'cell-not-number');
      expectNone(relayout(Doc.seed(s).text, s === '000' ? 'cell' : 'row'), 'cell-not-number');
    });
  }

  for (const [written, what] of [['１２', 'full-width digits'], ['1,780', 'a thousands separator'], ['\u00a012 ', 'padding'], ['+3', 'a plus sign']] as const) {
    it(`${what} (“${written}”) is a number`, () => {
      expectNone(seed002().setCell('requests', '予以公开', 2, written).text, 'cell-not-number');
    });
  }

  // A web page's zero-width space or a soft hyphen inside a figure (a copy of an HTML table into a .txt): the figure
  // reads as it shows, the character is artifact's note, and the arithmetic holds.
  for (const [written, what] of [['1\u200b7', 'a zero-width space'], ['1\u200d7', 'a zero-width joiner'], ['1\u00ad7', 'a soft hyphen']] as const) {
    it(`${what} between two digits (seed 002's 17 in （一）予以公开 科研机构 … written “${written}”) is the figure`, () => {
      const clean = seed002();
      const figure = clean.text.split('\n')[clean.cell('requests', '予以公开', 0).line]!.trim();
      const doc = seed002().setCell('requests', '予以公开', 0, `${figure.slice(0, 1)}${written.slice(1, 2)}${figure.slice(1)}`);
      expectNone(doc.text, 'cell-not-number');
      const codes = (text: string) => findingsOf(text).map((f) => f.code).filter((c) => c !== 'artifact');
      assert.deepEqual(codes(doc.text), codes(clean.text));
      if (written.includes('\u200b')) assert.equal(only(findingsOf(doc.text), 'artifact').length, only(findingsOf(clean.text), 'artifact').length + 1);
    });
  }

  it('a blank cell is empty-cell’s business', () => {
    const doc = seed002().setCell('requests', '予以公开', 2, '');
    expectNone(doc.text, 'cell-not-number');
    assert.equal(only(findingsOf(doc.text), 'empty-cell').length, 1);
  });

  // A site's record of the page, laid out as a table before the report's title (索引号 | … | 内容概述 | the preface,
  // which names 行政复议和行政诉讼), where table 四 itself is a picture the text does not hold: the record is no table 四.
  const RECORD = [
    '索 引 号 | 1234567890/2025-00007 | 分 类 | 综合政务/报告 |',
    '发布机构 | 示例县文化局 | 发文日期 | 2025-01-21 |',
    '标 题 | 示例县文化局2024年政府信息公开工作年度报告 | ||',
    '文 号 | 无 | 主 题 词 | |',
    '内容概述 | 本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况等内容。 | ||',
    '时 效 | 有效 |',
  ];
  const withRecord = (doc: Doc) => {
    const t = doc.table('review');
    return doc.deleteLines(t.startLine, t.endLine - t.startLine + 1).insertLines(0, ...RECORD);
  };
  it('a page record laid out as a table before part 一 (索引号 | … | 内容概述 | …复议和行政诉讼…), table 四 not in the text: no table, no finding of one', () => {
    const doc = withRecord(seed002());
    assert.equal(model(doc.text).tables.some((t) => t.kind === 'review'), false);
    for (const code of ['cell-not-number', 'empty-cell', 'cell-count']) expectNone(doc.text, code);
    assert.equal(only(findingsOf(doc.text), 'missing-table').length, 1);
  });
  it('table 四 itself before part 一 is still read as table 四', () => {
    const doc = seed002();
    const t = doc.table('review');
    const rows = doc.lines.slice(t.startLine, t.endLine + 1);
    doc.deleteLines(t.startLine, rows.length).insertLines(0, ...rows);
    assert.equal(model(doc.text).tables.some((x) => x.kind === 'review' && x.startLine === 0), true);
  });
});

describe('cell-not-number: a figure written otherwise, counted as its figure', () => {
  // 予以公开 of seed 002: 92 7 0 0 0 0 99; table 四: 8 10 7 0 25 | 1 0 2 0 3 | 1 0 0 1 2.
  const arithmetic = (text: string) => findingsOf(text).filter((f) => ['row-total', 'column-total', 'balance', 'review-total'].includes(f.code));
  const notes: [string, string][] = [
    ['92*', 'a footnote mark'],
    ['92①', 'a circled footnote number'],
    ['92（含网上申请40件）', 'a note in brackets'],
    ['92(其中来信30件)', 'a note in half-width brackets'],
  ];
  for (const [written, what] of notes) {
    it(`“${written}” (${what}) in 予以公开 自然人 → a note (info) on that cell, no fix; the sums read 92 and hold`, () => {
      const doc = seed002().setCell('requests', '予以公开', 0, written);
      expectOne(doc.text, 'cell-not-number', doc.cell('requests', '予以公开', 0), { severity: 'info', zh: [`“${written}”在数字后带有注释`], fixed: null });
      assert.deepEqual(arithmetic(doc.text).map((f) => f.message['zh-CN']), []);
    });
  }
  it('“95*” where 92 belongs: the sums find it, and the fix writes 92 keeping the mark', () => {
    const doc = seed002().setCell('requests', '予以公开', 0, '95*');
    const f = expectOne(doc.text, 'row-total', doc.cell('requests', '予以公开', 0), { zh: ['应为 92'], fixed: seed002().setCell('requests', '予以公开', 0, '92*').text });
    assert.ok(f);
  });
  it('“8+10+7=25” in 行政复议 总计 → warning, fix 25; the group adds up', () => {
    const doc = seed002().setCell('review', '', 4, '8+10+7=25');
    expectOne(doc.text, 'cell-not-number', doc.cell('review', '', 4), { severity: 'warning', zh: ['写成了算式'], fixed: seed002().text });
    expectNone(doc.text, 'review-total');
  });
  it('“8+10+7=26” (the sum written out does not hold) → error, not read; the fix writes what the group makes, 25', () => {
    const doc = seed002().setCell('review', '', 4, '8+10+7=26');
    expectOne(doc.text, 'cell-not-number', doc.cell('review', '', 4), { severity: 'error', zh: ['写成了算式', '按合计关系应为 25'], fixed: seed002().text });
  });
  it('“21 650” in 行政许可 → warning, fix 21650', () => {
    const doc = seed002().setCell('active', '行政许可', 0, '21 650');
    expectOne(doc.text, 'cell-not-number', doc.cell('active', '行政许可', 0), { severity: 'warning', zh: ['数字中间有空格'], fixed: seed002().text });
  });
  it('stays quiet: “21,650” and “21，650” (thousands separators) are numbers', () => {
    for (const w of ['21,650', '21，650', '２１，６５０']) expectNone(seed002().setCell('active', '行政许可', 0, w).text, 'cell-not-number');
  });
  it('not a figure with a note: “92 7” (two figures), “(含40件)” alone, “92*3” → error, the fix what the sums make', () => {
    for (const w of ['92 7', '（含40件）', '92*3']) {
      const doc = seed002().setCell('requests', '予以公开', 0, w);
      expectOne(doc.text, 'cell-not-number', doc.cell('requests', '予以公开', 0), { severity: 'error', zh: ['不是数字；按合计关系应为 92'], fixed: seed002().text });
    }
    // Where no sum checks the cell (table 二), nothing is given.
    const doc = seed002().setCell('active', '行政许可', 0, '21 6');
    expectOne(doc.text, 'cell-not-number', doc.cell('active', '行政许可', 0), { severity: 'error', zh: ['“21 6”不是数字。'], fixed: null });
  });
  it('the literal readings where no sum checks the cell: “1O” → 10, “三” → 3 in table 二 行政许可', () => {
    for (const [w, fix] of [['1O', '10'], ['三', '3']] as const) {
      const doc = seed002().setCell('active', '行政许可', 0, w);
      expectOne(doc.text, 'cell-not-number', doc.cell('active', '行政许可', 0), { fixed: seed002().setCell('active', '行政许可', 0, fix).text });
    }
  });
});

describe('cell-not-number: the figure the sums give a cell they cannot read', () => {
  it('“=SUM(LEFT)” (a Word formula left as its code) in 行政复议 总计 → fix 25, what the group makes', () => {
    const doc = seed002().setCell('review', '', 4, '=SUM(LEFT)');
    expectOne(doc.text, 'cell-not-number', doc.cell('review', '', 4), { zh: ['“=SUM(LEFT)”不是数字；按合计关系应为 25'], fixed: seed002().text });
  });
  it('“二” where the sums make 0 (其他结果 of 未经复议直接起诉 is 2: 结果纠正 written 二 for 0) → fix 0, not 2', () => {
    const doc = seed002().setCell('review', '', 6, '二');
    expectOne(doc.text, 'cell-not-number', doc.cell('review', '', 6), { zh: ['是汉字数字', '按合计关系应为 0'], fixed: seed002().text });
  });
  it('two unreadable cells in one group → no figure given, no fix', () => {
    const doc = seed002().setRow('review', '', ['=SUM(A1)', '见附件']);
    const fs = findingsOf(doc.text).filter((f) => f.code === 'cell-not-number');
    assert.equal(fs.length, 2);
    assert.ok(fs.every((f) => f.fixes.length === 0 && !f.message['zh-CN'].includes('按合计关系')));
  });
});
