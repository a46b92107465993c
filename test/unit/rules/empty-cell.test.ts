/**
 * empty-cell: cells that take a figure are blank (format §3.4: "report blank instead of 0 as its own
 * finding"). One finding per table, on the table's first line, with the count of blank cells, the
 * blanks as related places, and a fix that writes 0 into every one of them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc, relayout, type Layout, type TableKind } from '../../helpers/doc';
import { applyFix, covered, expectNone, expectOne, findingsOf, only, rangeOf } from '../../helpers/findings';

const LAYOUTS = ['cell', 'row'] as const;

/** Seed 001 (published cell per line; every cell filled) in either Word layout. */
function seed001(layout: Layout): Doc {
  return layout === 'cell' ? Doc.seed('001') : Doc.of(relayout(Doc.seed('001').text, 'row'));
}

/** Seed 000 (published row per line; tables 三 and 四 fill only 总计) in either Word layout. */
function seed000(layout: Layout): Doc {
  return layout === 'row' ? Doc.seed('000') : Doc.of(relayout(Doc.seed('000').text, 'cell'));
}

/** Where a table-wide finding belongs: the content of the table's first line, read from the raw text. */
function anchorOf(doc: Doc, kind: TableKind): { line: number; start: number; end: number } {
  const line = doc.table(kind).startLine;
  const text = doc.lines[line]!;
  return { line, start: text.search(/\S/), end: text.replace(/\s+$/, '').length };
}

const ZH: Record<TableKind, string> = { active: '表二（主动公开政府信息情况）', requests: '表三（收到和处理政府信息公开申请情况）', review: '表四（行政复议、行政诉讼情况）' };

describe('empty-cell fires', () => {
  for (const layout of LAYOUTS) {
    it(`one blank cell in table 三 (（一）予以公开 科研机构, a 0 in the seed), ${layout} per line → on the blank cell itself (not the table's first line), “1个”, the fix writes the 0 back`, () => {
      const doc = seed001(layout).setCell('requests', '予以公开', 2, '');
      const f = expectOne(doc.text, 'empty-cell', doc.cell('requests', '予以公开', 2), {
        severity: 'warning',
        zh: [`${ZH.requests}有1个空白单元格，没有发生的事项应填 0。`],
        en: ['table 三 (disclosure requests) has 1 blank cell; write 0 where there were none.'],
        fixed: seed001(layout).text,
      });
      assert.deepEqual(f.related.map((r) => r.range), [rangeOf(doc.cell('requests', '予以公开', 2))]);
      assert.equal(f.related[0]!.message['zh-CN'], '空白：表三“（一）予以公开”行“科研机构”列');
      // Its row and its column both say 0.
      assert.equal(f.fixes[0]!.title['zh-CN'], '按合计关系填写1个空白单元格');
    });

    it(`a blank the totals determine (二、上年结转 自然人 beside 总计 5), ${layout} per line → the fix writes 5, not 0 (which would break the row)`, () => {
      const base = layout === 'cell' ? Doc.seed('002') : Doc.of(relayout(Doc.seed('002').text, 'row'));
      assert.equal(base.cell('requests', '上年结转', 0).text, '5');
      const doc = base.clone().setCell('requests', '上年结转', 0, '');
      const f = expectOne(doc.text, 'empty-cell', doc.cell('requests', '上年结转', 0), {
        fixed: base.text,
        // The message says which cell and what it should hold, as the fix writes it.
        zh: [`${ZH.requests}有1个空白单元格：表三“二、上年结转政府信息公开申请数量”行“自然人”列，按合计关系应为 5。`],
        en: ['has 1 blank cell: table 三', 'where the totals give 5.'],
      });
      assert.equal(f.related[0]!.message['zh-CN'], '空白：表三“二、上年结转政府信息公开申请数量”行“自然人”列，按合计关系应为 5');
      assert.equal(f.fixes[0]!.title['zh-CN'], '按合计关系填写1个空白单元格');
      assert.equal(f.fixes[0]!.title.en, 'Fill the 1 blank cell with the figures the totals give');
      assert.deepEqual(only(findingsOf(applyFix(doc.text, f)), 'row-total'), []);
    });

    it(`a blank its row and its column give different figures (the row’s total mistyped 6), ${layout} per line → no fix: 0 would be wrong for both (it wrote 0)`, () => {
      const base = layout === 'cell' ? Doc.seed('002') : Doc.of(relayout(Doc.seed('002').text, 'row'));
      const doc = base.clone().setCell('requests', '上年结转', 0, '').setCell('requests', '上年结转', 6, '6');
      const f = only(findingsOf(doc.text), 'empty-cell')[0]!;
      assert.deepEqual(f.fixes, []);
      assert.match(f.message['zh-CN'], /其中1个所在行或列的合计不为 0，无法推算，请按实际填写。$/);
    });

    it(`several blank cells in table 三 (three in one row, one in another), ${layout} per line → ONE finding counting 4, the fix fills all 4 with the figures their columns give`, () => {
      const doc = seed001(layout).setRow('requests', '予以公开', ['', '', '']).setCell('requests', '结转下年度', 3, '');
      // The columns give each blank its figure (自然人 13, the rest 0): the fix restores the seed.
      const filled = seed001(layout);
      const f = expectOne(doc.text, 'empty-cell', anchorOf(doc, 'requests'), {
        zh: [`${ZH.requests}有4个空白单元格`],
        en: ['has 4 blank cells;'],
        fixed: filled.text,
      });
      assert.equal(f.related.length, 4);
      assert.equal(f.fixes[0]!.edits.length, 4);
      assert.match(f.fixes[0]!.title.en, /^Fill the 4 blank cells/);
      expectNone(applyFix(doc.text, f), 'empty-cell');
    });

    it(`a blank cell in table 二 (行政许可), ${layout} per line → on table 二, naming the cell, and no fix: no relation says whether it is a 0 or an omission (it wrote 0)`, () => {
      const doc = seed001(layout).setCell('active', '行政许可', 0, '');
      const f = expectOne(doc.text, 'empty-cell', doc.cell('active', '行政许可', 0), {
        severity: 'warning',
        zh: [`${ZH.active}有1个空白单元格：表二“行政许可”行“本年处理决定数量”列。它不在任何可以核对的合计关系中，无法确定是 0 还是漏填：没有发生的应填 0，否则请按实际填写。`],
        en: ['table 二 (proactive disclosure) has 1 blank cell', '0 cannot be told from an omission'],
      });
      assert.deepEqual(f.fixes, []);
    });

    it(`blanks in table 二 and in table 三 (a 0 its row and column confirm), ${layout} per line → table 三's filled, table 二's left`, () => {
      const doc = seed001(layout).setCell('active', '行政许可', 0, '').setCell('active', '规章', 1, '').setCell('requests', '予以公开', 2, '');
      const found = only(findingsOf(doc.text), 'empty-cell');
      assert.equal(found.length, 2);
      const [two, three] = found;
      assert.deepEqual(two!.fixes, []);
      assert.match(two!.message['zh-CN'], /有2个空白单元格，没有发生的事项应填 0。其中2个没有可以核对的合计关系，无法确定是 0 还是漏填，请按实际填写。$/);
      assert.deepEqual(three!.fixes[0]!.edits.map((e) => e.newText), ['0']);
    });

    it(`a blank cell in table 四 (行政复议 总计), ${layout} per line → on the blank cell of table 四`, () => {
      const doc = seed001(layout).setCell('review', '', 4, '');
      const f = expectOne(doc.text, 'empty-cell', doc.cell('review', '', 4), {
        zh: [`${ZH.review}有1个空白单元格，没有发生的事项应填 0。`],
        en: ['table 四 (review and litigation) has 1 blank cell'],
        fixed: doc.clone().setCell('review', '', 4, '0').text,
      });
      assert.equal(f.related[0]!.message.en, 'blank: table 四 “administrative review: total”');
    });

    it(`blanks in tables 三 and 四, ${layout} per line → one finding per table, each on its own table (two blanks: the table's first line; a lone blank: the cell)`, () => {
      const doc = seed001(layout).setCell('requests', '予以公开', 2, '').setCell('requests', '本年新收', 0, '').setCell('review', '', 4, '');
      const fs = only(findingsOf(doc.text), 'empty-cell');
      assert.deepEqual(fs.map((f) => [covered(doc.text, f.range), f.message['zh-CN']]), [
        [covered(doc.text, rangeOf(anchorOf(doc, 'requests'))), `${ZH.requests}有2个空白单元格，没有发生的事项应填 0。`],
        [covered(doc.text, rangeOf(doc.cell('review', '', 4))), `${ZH.review}有1个空白单元格，没有发生的事项应填 0。`],
      ]);
      assert.deepEqual(fs.map((f) => f.range.start.line), [anchorOf(doc, 'requests').line, doc.cell('review', '', 4).line]);
    });

    it(`seed 000 as published (only 总计 filled), ${layout} per line → table 三 with 150 blanks (25 rows × 6) and table 四 with 12 (3 × 4); both fixes leave every cell 0-filled`, () => {
      const doc = seed000(layout);
      const fs = only(findingsOf(doc.text), 'empty-cell');
      assert.deepEqual(fs.map((f) => f.range), [rangeOf(anchorOf(doc, 'requests')), rangeOf(anchorOf(doc, 'review'))]);
      assert.match(fs[0]!.message['zh-CN'], /有150个空白单元格/);
      assert.match(fs[1]!.message['zh-CN'], /有12个空白单元格/);
      assert.ok(fs.every((f) => f.severity === 'warning'));
      // Table 三's fix fills table 三 only; then table 四's.
      const after三 = applyFix(doc.text, fs[0]!);
      const left = only(findingsOf(after三), 'empty-cell');
      assert.equal(left.length, 1);
      assert.match(left[0]!.message['zh-CN'], /表四/);
      const after = applyFix(after三, left[0]!);
      expectNone(after, 'empty-cell');
      assert.equal(after, seed000(layout).fillBlanks().text);
    });

    it(`seed 000 with figures in its 总计 column (一 3, 二 1, （一）予以公开 2, 不掌握 1, （七） 3, 四 1; 行政复议 2), ${layout} per line → the blanks of those rows stay blank: the fixes fill the others and break no total`, () => {
      const doc = seed000(layout)
        .setCell('requests', '本年新收', 6, '3').setCell('requests', '上年结转', 6, '1').setCell('requests', '予以公开', 6, '2')
        .setCell('requests', '不掌握', 6, '1').setCell('requests', '（七）总计', 6, '3').setCell('requests', '结转下年度', 6, '1')
        .setCell('review', '', 4, '2');
      const arithmetic = (text: string) => findingsOf(text).filter((f) => ['row-total', 'column-total', 'balance', 'review-total'].includes(f.code));
      assert.deepEqual(arithmetic(doc.text), []);
      const fs = only(findingsOf(doc.text), 'empty-cell');
      // Six rows of table 三 with a total above 0 (36 blanks), and 行政复议's four figures, cannot be told.
      assert.match(fs[0]!.message['zh-CN'], /有150个空白单元格，没有发生的事项应填 0。其中36个所在行或列的合计不为 0，无法推算，请按实际填写。/);
      assert.match(fs[1]!.message['zh-CN'], /有12个空白单元格，没有发生的事项应填 0。其中4个/);
      assert.equal(fs[0]!.fixes[0]!.edits.length, 150 - 36);
      assert.equal(fs[1]!.fixes[0]!.edits.length, 12 - 4);
      // Fixing everything, twice over, leaves every figure the office wrote and breaks no relation.
      let text = doc.text;
      for (let pass = 0; pass < 2; pass++) for (const f of only(findingsOf(text), 'empty-cell')) if (f.fixes.length) text = applyFix(text, f);
      assert.deepEqual(arithmetic(text), []);
      const after = Doc.of(text);
      assert.equal(after.cell('requests', '本年新收', 6).text, '3');
      assert.equal(after.cell('requests', '本年新收', 0).text, '');
      assert.equal(after.cell('requests', '重复申请', 0).text, '0');
      assert.equal(after.cell('review', '', 4).text, '2');
    });
  }

  it('a cell of spaces (NBSP, ideographic space) is blank too', () => {
    const doc = Doc.seed('001').setCell('requests', '予以公开', 2, ' \u00a0\u3000');
    const f = expectOne(doc.text, 'empty-cell', doc.cell('requests', '予以公开', 2), { zh: ['有1个空白单元格'] });
    expectNone(applyFix(doc.text, f), 'empty-cell');
  });
});

describe('empty-cell stays quiet', () => {
  for (const s of ['001', '002', '003', '004']) {
    it(`seed ${s} as published (every cell filled), and relaid row per line (merge padding is not a blank cell)`, () => {
      expectNone(Doc.seed(s).text, 'empty-cell');
      expectNone(relayout(Doc.seed(s).text, 'row'), 'empty-cell');
    });
  }

  for (const layout of LAYOUTS) {
    it(`seed 000 with its blanks written as 0, ${layout} per line`, () => {
      expectNone(seed000(layout).fillBlanks().text, 'empty-cell');
    });
  }

  it('trailing TABs after a row (Word’s merge padding) are not blank cells', () => {
    const doc = seed001('row');
    const line = doc.label('requests', '予以公开').line;
    doc.setLine(line, `${doc.lines[line]!}\t\t\t`);
    expectNone(doc.text, 'empty-cell');
  });

  it('a row with too few figures (no field at all for two cells) is cell-count’s business', () => {
    const doc = seed001('row');
    const line = doc.label('requests', '予以公开').line;
    doc.setLine(line, doc.lines[line]!.replace(/\t+$/, '').split('\t').slice(0, -2).join('\t'));
    expectNone(doc.text, 'empty-cell');
    assert.equal(only(findingsOf(doc.text), 'cell-count').length, 1);
  });

  for (const written of ['0', '/', '—', '无']) {
    it(`a cell holding “${written}” is not blank${written === '0' ? '' : ' (cell-not-number says what it is)'}`, () => {
      expectNone(Doc.seed('001').setCell('requests', '予以公开', 2, written).text, 'empty-cell');
    });
  }
});
