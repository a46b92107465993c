/**
 * A label cell wrapped over two lines (format §9): the second paragraph of a cell written one cell per
 * line, or, one row per line, the rest of the label before, after or (PDF copies) around the figures.
 * The two pieces make one label; the row's figures stay its own, and a wrong one is found on its cell.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseReport } from '../../shared/src';
import { Doc, relayout } from '../helpers/doc';
import { applyFix, autoFixes, expectFigureFixed, findingsOf, newFindings, only } from '../helpers/findings';

const cell = Doc.seed('002').text;
const row = relayout(cell, 'row');
const R4 = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';
const R4_FIGURES = '14\t0\t0\t0\t0\t0\t14';
const R21_A = '1.申请人无正当理由逾期不补正、';
const R21_B = '行政机关不再受理其政府信息公开申请';
const R21_FIGURES = '3\t0\t0\t0\t0\t0\t3';

/** [what, base text, from, to]; `to` holds `14` or `3` as 自然人's figure of the wrapped row. */
const cases: [string, string, string, string][] = [
  ['cell per line, 部分公开: its note a second paragraph', cell, `\t${R4}\n`, '\t（二）部分公开（区分处理的，\n\t只计这一情形，不计其他情形）\n'],
  ['cell per line, 部分公开 broken before its bracket', cell, `\t${R4}\n`, '\t（二）部分公开\n\t（区分处理的，只计这一情形，不计其他情形）\n'],
  ['cell per line, 其他处理 item 1 broken after 、', cell, `\t${R21_A}${R21_B}\n`, `\t${R21_A}\n\t${R21_B}\n`],
  ['cell per line, 不予处理 item 5 broken', cell, '\t5.要求行政机关确认或重新出具已获取信息\n', '\t5.要求行政机关确认\n\t或重新出具已获取信息\n'],
  ['row per line, the rest after the figures', row, `\t${R4}\t${R4_FIGURES}\t\n`, `\t（二）部分公开（区分处理的，\t${R4_FIGURES}\t\n\t只计这一情形，不计其他情形）\n`],
  ['row per line, the rest before the figures', row, `\t${R4}\t${R4_FIGURES}\t\n`, `\t（二）部分公开（区分处理的，\n\t只计这一情形，不计其他情形）\t${R4_FIGURES}\t\n`],
  ['row per line, around the figures (PDF copy)', row, `\t${R4}\t${R4_FIGURES}\t\n`, `（二）部分公开（区分处理的，\n\t${R4_FIGURES}\n只计这一情形，不计其他情形）\n`],
  ['row per line, item 1 after the figures, under merged cells', row, `\t${R21_A}${R21_B}\t${R21_FIGURES}\n`, `\t${R21_A}\t${R21_FIGURES}\n\t\t${R21_B}\n`],
  ['row per line, item 1 before the figures, under merged cells', row, `\t${R21_A}${R21_B}\t${R21_FIGURES}\n`, `\t${R21_A}\n\t\t${R21_B}\t${R21_FIGURES}\n`],
  ['row per line, item 1 around the figures, label column blank (PDF copy)', row, `\t${R21_A}${R21_B}\t${R21_FIGURES}\n`, `\t${R21_A}\n\t\t${R21_FIGURES}\n\t${R21_B}\n`],
  ['row per line, 不予处理 item 5 around the figures (PDF copy)', row, '\t\t5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0\n', '5.要求行政机关确认\n\t0\t0\t0\t0\t0\t0\t0\n或重新出具已获取信息\n'],
];

/** A label wrapped over three or four lines: a narrow label cell (PDF copies; Word paragraphs, one cell per line). */
const longCases: [string, string, string, string][] = [
  ['cell per line, 部分公开 over three paragraphs', cell, `\t${R4}\n`, '\t（二）部分公开（区分\n\t处理的，只计这一情形，\n\t不计其他情形）\n'],
  ['cell per line, 其他处理 item 1 over three paragraphs', cell, `\t${R21_A}${R21_B}\n`, '\t1.申请人无正当理由\n\t逾期不补正、行政机关\n\t不再受理其政府信息公开申请\n'],
  ['row per line, two lines after the figures', row, `\t${R4}\t${R4_FIGURES}\t\n`, `\t（二）部分公开（区分\t${R4_FIGURES}\t\n\t处理的，只计这一情形，\n\t不计其他情形）\n`],
  ['row per line, two lines before the figures', row, `\t${R4}\t${R4_FIGURES}\t\n`, `\t（二）部分公开（区分\n\t处理的，只计这一情形，\n\t不计其他情形）\t${R4_FIGURES}\t\n`],
  ['row per line, item 1 two lines after the figures, under merged cells', row, `\t${R21_A}${R21_B}\t${R21_FIGURES}\n`, `\t1.申请人无正当理由\t${R21_FIGURES}\n\t\t逾期不补正、行政机关\n\t\t不再受理其政府信息公开申请\n`],
  ['row per line, around the figures, two lines after (PDF copy)', row, `\t${R4}\t${R4_FIGURES}\t\n`, `（二）部分公开（区分\n\t${R4_FIGURES}\n处理的，只计这一情形，\n不计其他情形）\n`],
  ['row per line, around the figures, three lines after (PDF copy)', row, `\t${R4}\t${R4_FIGURES}\t\n`, `（二）部分公开\n\t${R4_FIGURES}\n（区分处理的，\n只计这一情形，\n不计其他情形）\n`],
  ['row per line, around the figures, two lines before (PDF copy)', row, `\t${R4}\t${R4_FIGURES}\t\n`, `（二）部分公开\n（区分处理的，只计\n\t${R4_FIGURES}\n这一情形，不计其他情形）\n`],
  ['row per line, around the figures, two lines before and two after (PDF copy)', row, `\t${R4}\t${R4_FIGURES}\t\n`, `（二）部分公开\n（区分处理的，\n\t${R4_FIGURES}\n只计这一情形，\n不计其他情形）\n`],
  ['row per line, item 1 around the figures, label column blank, two lines after (PDF copy)', row, `\t${R21_A}${R21_B}\t${R21_FIGURES}\n`, `\t1.申请人无正当理由\n\t\t${R21_FIGURES}\n\t逾期不补正、行政机关\n\t不再受理其政府信息公开申请\n`],
  ['row per line, 不予处理 item 5 around the figures, two lines after (PDF copy)', row, '\t\t5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0\n', '5.要求行政\n\t0\t0\t0\t0\t0\t0\t0\n机关确认或重新\n出具已获取信息\n'],
];

describe('a label wrapped over two lines is one label (format §9)', () => {
  for (const [what, base, from, to] of [...cases, ...longCases]) {
    it(`${what}: nothing new, the row read with its official label`, () => {
      assert.ok(base.includes(from), from);
      const text = base.replace(from, to);
      assert.deepEqual(newFindings(base, text), []);
      const requests = parseReport(text).tables.find((t) => t.kind === 'requests')!;
      assert.equal(requests.rows.filter((r) => r.spec).length, 25);
    });

    it(`${what}: a wrong 自然人 figure in the row is found on its cell, and fixed`, () => {
      const good = base.replace(from, to);
      const figure = to.includes('\t14') || to.includes('\n\t14\n') ? '14' : to.includes('确认') ? '0' : '3';
      const lines = good.split('\n');
      // The wrapped row's first figure: the first line of the replacement holding it as a field.
      const first = good.slice(0, good.indexOf(to)).split('\n').length - 1;
      let line = first;
      while (!new RegExp(`(^|\\t)${figure}(\\t|$)`).test(lines[line]!)) line++;
      const wrong = figure === '0' ? '1' : String(Number(figure) + 1);
      const at = lines[line]!.search(new RegExp(`(^|\\t)${figure}(\\t|$)`));
      const start = lines[line]![at] === '\t' ? at + 1 : at;
      lines[line] = lines[line]!.slice(0, start) + wrong + lines[line]!.slice(start + figure.length);
      expectFigureFixed(good, lines.join('\n'), line, wrong);
    });
  }

  it('the label variant of a row wrapped around its figures is named without a fix that would drop them', () => {
    const text = row.replace(`\t${R21_A}${R21_B}\t${R21_FIGURES}\n`, `\t${R21_A}\t${R21_FIGURES}\n\t\t${R21_B}\n`);
    const [f, ...rest] = only(findingsOf(text), 'label-variant').filter((v) => v.message['zh-CN'].includes('逾期不补正、行政机关不再受理'));
    assert.equal(rest.length, 0);
    assert.deepEqual(autoFixes(f!), []);
  });

  it('look-alike lines stay out: a note after the table, a piece that makes no label, a piece of another row', () => {
    const note = row.replace(/(四、结转下年度继续办理\t[^\n]*\n)/, '$1（不计其他情形）\n');
    assert.notEqual(note, row);
    const carry = parseReport(note).tables.find((t) => t.kind === 'requests')!.rows.find((r) => r.spec?.id === 'carryNext')!;
    assert.equal(carry.label, '四、结转下年度继续办理');
    // After 予以公开, the 部分公开 note would make no label: it is no part of 予以公开.
    const other = row.replace(/(\t（一）予以公开\t[^\n]*\n)/, '$1\t只计这一情形，不计其他情形）\n');
    assert.notEqual(other, row);
    const open = parseReport(other).tables.find((t) => t.kind === 'requests')!.rows.find((r) => r.spec?.id === 'open')!;
    assert.equal(open.label, '（一）予以公开');
    // A prose line under a row line stays prose, whatever its words.
    const prose = row.replace(`\t${R4}\t${R4_FIGURES}\t\n`, `\t（二）部分公开（区分处理的，\t${R4_FIGURES}\t\n\t只计这一情形，不计其他情形，本年度共14件。\n`);
    const partial = parseReport(prose).tables.find((t) => t.kind === 'requests')!.rows.find((r) => r.spec?.id === 'partial')!;
    assert.equal(partial.label, '（二）部分公开（区分处理的，');
  });
});

describe('a label wrapped over three or four lines is one label', () => {
  it('the row is read with its whole label, the lines of its pieces in its label\'s range', () => {
    for (const [what, base, from, to] of longCases) {
      const text = base.replace(from, to);
      const requests = parseReport(text).tables.find((t) => t.kind === 'requests')!;
      const id = to.includes('部分公开') ? 'partial' : to.includes('确认') ? 'reject.confirm' : 'other.noCorrection';
      const r = requests.rows.find((x) => x.spec?.id === id);
      assert.ok(r, `${what}: ${requests.rows.map((x) => x.spec?.id).join(' ')}`);
      const whole = id === 'partial' ? R4 : id === 'reject.confirm' ? '5.要求行政机关确认或重新出具已获取信息' : R21_A + R21_B;
      assert.equal(r.label.replace(/\s+/g, ''), whole, what);
      const first = text.slice(0, text.indexOf(to)).split('\n').length - 1;
      // From the line of its first piece to the line of its last.
      assert.equal(r.labelRange.start.line, first, what);
      assert.equal(r.labelRange.end.line, first + to.split('\n').length - 2, what);
    }
  });

  it('look-alike lines stay out: lines after a row that make no label with it, a note of two lines after the table, a heading', () => {
    // `处理的，只计这一情形，` and a line of prose make no label with `（二）部分公开（区分`: the prose stays prose.
    const prose = row.replace(`\t${R4}\t${R4_FIGURES}\t\n`, `\t（二）部分公开（区分\t${R4_FIGURES}\t\n\t处理的，只计这一情形，\n\t不计其他情形，本年度共14件。\n`);
    const partial = parseReport(prose).tables.find((t) => t.kind === 'requests')!.rows.find((r) => r.spec?.id === 'partial')!;
    assert.ok(!partial.label.includes('本年度'), partial.label);
    // After the last row, two short lines that would make a label with it only as a note: 结转下年度继续办理 keeps its label.
    const note = row.replace(/(四、结转下年度继续办理\t[^\n]*\n)/, '$1（不计\n其他情形）\n');
    assert.notEqual(note, row);
    const carry = parseReport(note).tables.find((t) => t.kind === 'requests')!.rows.find((r) => r.spec?.id === 'carryNext')!;
    assert.equal(carry.label, '四、结转下年度继续办理');
    // Two lines before a row line of figures that make no label with the line after it: not taken as its label.
    const before = row.replace(`\t${R4}\t${R4_FIGURES}\t\n`, `（二）部分公开\n（区分处理的，只计\n\t${R4_FIGURES}\n这一情形。\n`);
    const none = parseReport(before).tables.find((t) => t.kind === 'requests')!.rows.find((r) => r.spec?.id === 'partial');
    assert.ok(!none || !none.label.includes('只计'), none?.label);
    // Label cells, a line of figures, then lines that make no label with the last cell: the lines stay out of its label.
    const blank = row.replace(`\t${R21_A}${R21_B}\t${R21_FIGURES}\n`, `\t1.申请人无正当理由\n\t\t${R21_FIGURES}\n\t逾期不补正、\n\t本年度另有说明\n`);
    const item = parseReport(blank).tables.find((t) => t.kind === 'requests')!.rows.find((r) => r.label.includes('申请人无正当理由'));
    assert.ok(!item || !item.label.includes('本年度'), item?.label);
    // Pieces that would complete the label only with a part heading's line are not taken across it.
    const heading = row.replace(`\t${R4}\t${R4_FIGURES}\t\n`, `\t（二）部分公开（区分\t${R4_FIGURES}\t\n\t处理的，只计这一情形，\n四、不计其他情形）\n`);
    const cut = parseReport(heading).tables.find((t) => t.kind === 'requests')!.rows.find((r) => r.spec?.id === 'partial');
    assert.ok(!cut || !cut.label.includes('不计其他情形'), cut?.label);
  });
});

describe('a vertically merged group label split over its rows (（六）其他 … 处理)', () => {
  const G1 = `\t（六）其他处理\t${R21_A}${R21_B}\t`;
  const G2 = '\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再受理其政府信息公开申请\t';
  const G3 = '\t\t3.其他\t12\t';
  const splits: [string, [string, string][]][] = [
    ['on rows 1 and 3', [[G1, G1.replace('（六）其他处理', '（六）其他')], [G3, G3.replace('\t\t3.其他', '\t处理\t3.其他')]]],
    ['on rows 2 and 3', [[G1, G1.replace('\t（六）其他处理\t', '\t\t')], [G2, G2.replace('\t\t2.', '\t（六）其他\t2.')], [G3, G3.replace('\t\t3.其他', '\t处理\t3.其他')]]],
  ];
  for (const [what, edits] of splits) {
    it(`${what}: nothing new, 3.其他 read, and a wrong figure in it found on its cell`, () => {
      let text = row;
      for (const [from, to] of edits) {
        assert.ok(text.includes(from), from);
        text = text.replace(from, to);
      }
      assert.deepEqual(newFindings(row, text), []);
      const other = parseReport(text).tables.find((t) => t.kind === 'requests')!.rows.find((r) => r.spec?.id === 'other.other')!;
      assert.deepEqual(other.cells.map((c) => c.raw), ['12', '0', '0', '0', '0', '0', '12']);
      const lines = text.split('\n');
      const line = lines.findIndex((l) => l.startsWith('\t处理\t3.其他\t12\t'));
      const wrong = lines.slice();
      wrong[line] = wrong[line]!.replace('3.其他\t12\t', '3.其他\t13\t');
      expectFigureFixed(text, wrong.join('\n'), line, '13');
    });
  }

  it('（五）不予处理 split the same way still reads as its own group', () => {
    const text = row.replace('\t（五）不予处理\t', '\t（五）不予\t').replace('\t\t2.重复申请\t', '\t处理\t2.重复申请\t');
    assert.notEqual(text, row);
    assert.deepEqual(newFindings(row, text), []);
  });
});

describe('table 四’s figures parted by spaces under header rows with TABs (a PDF copy)', () => {
  const figures = '8\t10\t7\t0\t25\t1\t0\t2\t0\t3\t1\t0\t0\t1\t2';
  const shapes: [string, string][] = [
    ['one line, one space', '8 10 7 0 25 1 0 2 0 3 1 0 0 1 2'],
    ['one line, three spaces', '8   10   7   0   25   1   0   2   0   3   1   0   0   1   2'],
    ['three lines of five', '8 10 7 0 25\n1 0 2 0 3\n1 0 0 1 2'],
    ['three lines of five, two spaces, a blank line between them', '8  10  7  0  25\n\n1  0  2  0  3\n\n1  0  0  1  2'],
    ['one figure per line', figures.replace(/\t/g, '\n')],
    ['one figure per line, a blank line between them', figures.replace(/\t/g, '\n\n')],
  ];
  for (const [what, spaced] of shapes) {
    it(`${what}: nothing new, and a wrong figure is found on its cell with its fix`, () => {
      assert.ok(row.includes(figures));
      const text = row.replace(new RegExp(`\\t*${figures}\\t*`), spaced);
      assert.deepEqual(newFindings(row, text), []);
      const review = parseReport(text).tables.find((t) => t.kind === 'review')!;
      assert.deepEqual(review.rows[0]!.cells.map((c) => c.raw), figures.split('\t'));
      // 行政复议's 总计: 25 → 5, a digit dropped (a group whose sum fails is reported on its total, as with TABs; the
      // fix is given as only the total can take the difference of 20, every term being below it).
      const wrong = row.replace(new RegExp(`\\t*${figures}\\t*`), spaced.replace(/(^|\s)25(?=\s|$)/, '$15'));
      assert.notEqual(wrong, text);
      const [f, ...rest] = only(findingsOf(wrong), 'review-total');
      assert.equal(rest.length, 0);
      assert.equal(wrong.split('\n')[f!.range.start.line]!.slice(f!.range.start.character, f!.range.end.character), '5');
      assert.equal(applyFix(wrong, f!), text);
    });
  }

  it('the header words parted by single spaces too (no TAB in part 四): the table is read, a wrong total found', () => {
    const from = row.indexOf('\n', row.indexOf('四、政府信息公开行政复议'));
    const to = row.indexOf('\n五、');
    const text = `${row.slice(0, from)}\n\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n8 10 7 0 25 1 0 2 0 3 1 0 0 1 2\n${row.slice(to)}`;
    assert.deepEqual(newFindings(row, text).filter((f) => !f.startsWith('narrative')), []);
    assert.deepEqual(parseReport(text).tables.find((t) => t.kind === 'review')!.rows[0]!.cells.map((c) => c.raw), figures.split('\t'));
    assert.equal(only(findingsOf(text.replace('0 25 1', '0 26 1')), 'review-total').length, 1);
  });

  it('figures in prose away from a table, or a page number, stay out', () => {
    const at = row.indexOf('\n五、');
    const text = `${row.slice(0, at)}\n\n2023 2024\n${row.slice(at)}`;
    assert.deepEqual(newFindings(row, text), []);
  });

  it('figures after a blank line go on only with figures without a TAB: after the TAB row of figures they stay out', () => {
    const at = row.indexOf('\n', row.indexOf(figures));
    for (const after of ['3 5', '3\n5']) {
      const text = `${row.slice(0, at)}\n\n${after}${row.slice(at)}`;
      assert.deepEqual(newFindings(row, text), [], after);
      assert.deepEqual(parseReport(text).tables.find((t) => t.kind === 'review')!.rows[0]!.cells.map((c) => c.raw.trim()), figures.split('\t'), after);
    }
  });

  it('a line of words after a blank line ends the figures one per line', () => {
    const text = row.replace(new RegExp(`\\t*${figures}\\t*`), `${figures.replace(/\t/g, '\n')}\n\n2024年`);
    assert.deepEqual(newFindings(row, text), []);
    assert.deepEqual(parseReport(text).tables.find((t) => t.kind === 'review')!.rows[0]!.cells.map((c) => c.raw), figures.split('\t'));
  });
});

/** Seed 002 as text copied from a web page: every cell a line of its own without a TAB, merged cells none, a blank line between rows. */
const web = cell
  .split('\n')
  .filter((l) => l !== '\t')
  .map((l) => l.replace(/^\t/, ''))
  .join('\n');

describe('cells one per line without TABs (a web page’s text): a label wrapped over three lines is one label', () => {
  const webCases: [string, string, string, string][] = [
    ['不予处理 item 4 over three lines', '4.无正当理由大量反复申请\n', '4.无正当理由\n大量反复\n申请\n', 'reject.massive'],
    ['其他处理 item 1 over three lines (a variant wording)', `${R21_A}${R21_B}\n`, '1.申请人无正当理由\n逾期不补正、行政机关不再\n受理其政府信息公开申请\n', 'other.noCorrection'],
  ];
  it('the layout alone changes nothing', () => assert.deepEqual(newFindings(cell, web), []));
  for (const [what, from, to, id] of webCases) {
    it(`${what}: nothing new, the row read with its whole label and its seven figures`, () => {
      assert.ok(web.includes(from), from);
      const text = web.replace(from, to);
      // It was a label-variant for the middle piece and a cell-count (8 cells, the last piece one of them).
      assert.deepEqual(newFindings(web, text), []);
      const r = parseReport(text).tables.find((t) => t.kind === 'requests')!.rows.find((x) => x.spec?.id === id)!;
      assert.equal(r.label, from.trim());
      assert.equal(r.cells.length, 7);
      assert.deepEqual(r.extraCells, []);
    });
  }
  it('pieces that make no label with the first stay out of it', () => {
    const text = web.replace('4.无正当理由大量反复申请\n', '4.无正当理由\n大量反复\n说明\n');
    const r = parseReport(text).tables.find((t) => t.kind === 'requests')!.rows.find((x) => x.spec?.id === 'reject.massive');
    assert.ok(!r || !r.label.includes('说明'), r?.label);
  });
});
