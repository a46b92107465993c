/**
 * column-total: in every column of table 三 the outcomes （一）…（六） add up to （七）总计 (format §3.4
 * A1), and a subtotal row an office adds equals its items (A5).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationFigures, type RelationState } from '../../../shared/src';
import { Doc, relayout } from '../../helpers/doc';
import { autoFixes, expectNone, expectOne, findingsOf, only, rangeOf } from '../../helpers/findings';

const seed002 = () => Doc.seed('002');
const errors = (text: string) => findingsOf(text).filter((f) => f.severity === 'error').map((f) => f.code);

describe('column-total fires', () => {
  it('seed 000 (only 总计 filled) with 自然人 written in two outcome rows (2 and 1) under a （七）总计 自然人 of 2, the rest of the column blank → column-total on （七）总计 自然人, no fix', () => {
    const doc = Doc.seed('000')
      .setCell('requests', '予以公开', 0, '2').setCell('requests', '予以公开', 6, '2')
      .setCell('requests', '部分公开', 0, '1').setCell('requests', '部分公开', 6, '1')
      .setCell('requests', '（七）总计', 0, '2').setCell('requests', '（七）总计', 6, '3').setCell('requests', '本年新收', 6, '3');
    const f = expectOne(doc.text, 'column-total', doc.cell('requests', '（七）总计', 0), {
      zh: ['“自然人”列：（一）至（六）各项办理结果之和 = （七）总计不成立：已填各项之和为 3，已大于总计 2；其余19项空白'],
    });
    assert.deepEqual(f.fixes, []);
    expectNone(doc.text, 'row-total');
  });

  it('seed 002 with （七）总计 总计 changed to 180 → column-total on that cell (it breaks its column, its row and the balance), fix 178', () => {
    const doc = seed002().setCell('requests', '（七）总计', 6, '180');
    const f = expectOne(doc.text, 'column-total', doc.cell('requests', '（七）总计', 6), {
      severity: 'error',
      zh: ['表三“（七）总计”行“总计”列应为 178，表中为 180', '“总计”列：（一）至（六）各项办理结果之和 = （七）总计', '= 178 ≠ 180 ✗', '这个数与所在行、列的合计关系都不相符'],
      en: ['row “(7) total”, column “total” should be 178, not 180', 'outcomes (1)–(6) = (7) total'],
      fixed: seed002().text,
    });
    assert.equal(f.related.length, 3);
    assert.deepEqual(errors(doc.text), ['column-total']);
  });

  it('the zero terms of the long sum are counted, not listed', () => {
    const doc = seed002().setCell('requests', '（七）总计', 6, '180');
    const f = only(findingsOf(doc.text), 'column-total')[0]!;
    assert.match(f.message['zh-CN'], /99 \+ 14 \+ 2 \+ 1 \+ 4 \+ 5 \+ 30 \+ 3 \+ 3 \+ 5 \+ 12 \+ 0 × 10 = 178 ≠ 180/);
  });

  it('a single zero term is shown where it stands, not counted as “0 × 1”; an all-zero sum counts the rest', () => {
    const figures = (values: readonly number[]): string => {
      const term = (v: number) => ({ ref: { cell: { value: { kind: 'number', value: v }, raw: String(v) } }, sign: 1 });
      const total = values.reduce((a, b) => a + b, 0);
      const relation = { code: 'column-total', target: term(total).ref, terms: values.map(term), complete: true };
      return relationFigures({ relation, evaluable: true, expected: total, actual: total, holds: true } as unknown as RelationState, true);
    };
    assert.equal(figures([1, 2, 3, 4, 5, 6, 7, 8, 0]), '1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 0 = 36 ✓');
    assert.equal(figures([1, 2, 3, 4, 5, 6, 7, 0, 0]), '1 + 2 + 3 + 4 + 5 + 6 + 7 + 0 × 2 = 28 ✓');
    assert.equal(figures([0, 0, 0, 0, 0, 0, 0, 0, 0]), '0 + 0 × 8 = 0 ✓');
  });

  it('seed 002 with （七）总计 自然人 changed to 170 → column-total on it, fix 171', () => {
    const doc = seed002().setCell('requests', '（七）总计', 0, '170');
    expectOne(doc.text, 'column-total', doc.cell('requests', '（七）总计', 0), { zh: ['“自然人”列应为 171，表中为 170'], fixed: seed002().text });
    assert.deepEqual(errors(doc.text), ['column-total']);
  });

  it('seed 002 with a whole outcome row changed consistently (（一）予以公开 92/7/…/99 → 93/7/…/100) → column-total on （七）总计 of 自然人 and 总计, without a fix: the totals agree with the balance', () => {
    // The row adds up; the columns do not. Each （七）总计 agrees with its column's balance, and nothing else there
    // fails to move with it: recomputing it (172, 179) wrote two wrong figures, then two more into 四.
    const doc = seed002().setCell('requests', '予以公开', 0, '93').setCell('requests', '予以公开', 6, '100');
    const fs = only(findingsOf(doc.text), 'column-total');
    assert.deepEqual(fs.map((f) => f.range), [rangeOf(doc.cell('requests', '（七）总计', 0)), rangeOf(doc.cell('requests', '（七）总计', 6))]);
    assert.match(fs[0]!.message['zh-CN'], /“自然人”列：（一）至（六）各项办理结果之和 = （七）总计不成立：93 \+ .* = 172 ≠ 171 ✗。这个合计与它所在的其他合计关系相符，错的应是其中几个加数/);
    assert.match(fs[1]!.message['zh-CN'], /= 179 ≠ 178 ✗。这个合计与它所在的其他合计关系相符/);
    assert.match(fs[0]!.message.en, /The total agrees with its other relations/);
    assert.deepEqual(fs.map((f) => f.fixes.length), [0, 0]);
    assert.deepEqual(errors(doc.text), ['column-total', 'column-total']);
  });

  it('seed 002 with a figure put into the neighbouring column (1.属于行政执法案卷 自然人 5 written under 商业企业) → one finding: the two cells look swapped, the exchange offered, never applied', () => {
    // The row keeps its 总计 and both balances hold. Recomputing the totals (166, 12) and then 四 (10) wrote three
    // wrong figures; then both columns' （七）总计 were reported without a fix. Exchanging the row's two figures makes
    // every relation hold, and no other exchange does: one finding says so. Changing a pair of figures in another
    // row would do as well, so the exchange is offered, not applied.
    const doc = seed002().setCell('requests', '执法案卷', 0, '0').setCell('requests', '执法案卷', 1, '5');
    const fs = findingsOf(doc.text).filter((f) => ['column-total', 'balance', 'row-total'].includes(f.code));
    assert.deepEqual(fs.map((f) => `${f.code} ${JSON.stringify(f.range)}`), [`column-total ${JSON.stringify(rangeOf(doc.cell('requests', '执法案卷', 0)))}`]);
    assert.match(fs[0]!.message['zh-CN'], /“7.属于行政执法案卷”行“自然人”列与表三“7.属于行政执法案卷”行“商业企业”列的数可能填反了：表中分别为 0、5，两者对调后表中的合计关系都成立（现有 2 个不成立）。改动别的数也能使合计成立/);
    assert.match(fs[0]!.message.en, /look swapped/);
    assert.equal(autoFixes(fs[0]!).length, 0);
    assert.deepEqual(fs[0]!.fixes[0]!.edits.map((e) => e.newText), ['5', '0']);
    assert.deepEqual(fs[0]!.related.length, 2);
  });

  it('a request moved to the neighbouring column inside （三）不予公开, which has a subtotal row (1/0 for 0/1) → each failing total named, no swap guessed, no fix', () => {
    // Seed 002 with 4.保护第三方合法权益 as 0/1 (商业企业) instead of 1/0, its columns' totals and 一 moved along: a
    // consistent table whose subtotal row is 11/1/…/12. Then the 1 typed under 自然人 again: each column's subtotal
    // and （七）总计 fail by the same 1, over the same items, while the subtotal row adds up. The subtotals were once
    // recomputed (12 and 0), two wrong figures. The exchange of the row's 1 and 0 was then said (“可能填反了”), but it
    // is moving one request between the columns, which any item of （三） with a request under 自然人 could as well be:
    // the evidence names the four totals' relations, and their addends, not a row.
    const good = seed002().setRow('requests', '第三方', ['0', '1']).setRow('requests', '（七）总计', ['170', '8']).setRow('requests', '本年新收', ['170', '8']);
    const at = good.line('\t（三）不予公开');
    good.insertLines(at, '\t（三）不予公开', '\t11', '\t1', '\t0', '\t0', '\t0', '\t0', '\t12', '');
    assert.deepEqual(findingsOf(good.text).filter((f) => f.severity === 'error').map((f) => f.code), []);
    const doc = good.clone().setRow('requests', '第三方', ['1', '0']);
    const fs = findingsOf(doc.text).filter((f) => ['column-total', 'balance', 'row-total'].includes(f.code));
    assert.deepEqual(fs.map((f) => f.code), ['column-total', 'column-total', 'column-total', 'column-total']);
    assert.deepEqual(fs.map((f) => f.range.start.line), [at + 1, at + 2, doc.cell('requests', '（七）总计', 0).line, doc.cell('requests', '（七）总计', 1).line]);
    for (const f of fs) {
      assert.doesNotMatch(f.message['zh-CN'], /填反/);
      assert.match(f.message['zh-CN'], /错的应是其中几个加数/);
      assert.equal(f.fixes.length, 0);
    }
  });

  it('seed 002 with one request of （一）予以公开 under the wrong column (93/6 for 92/7) → the two columns\' （七）总计 named, no swap of another row\'s 1 and 0 (4.保护第三方合法权益) guessed', () => {
    // Found by the blind battery (test/helpers/arith-battery.ts): the one row whose two figures differ by one was said
    // to be swapped, where nothing points at it rather than at any other row with a request under 自然人.
    const doc = seed002().setRow('requests', '予以公开', ['93', '6']);
    const fs = findingsOf(doc.text).filter((f) => ['column-total', 'balance', 'row-total'].includes(f.code));
    assert.deepEqual(fs.map((f) => f.range), [rangeOf(doc.cell('requests', '（七）总计', 0)), rangeOf(doc.cell('requests', '（七）总计', 1))]);
    for (const f of fs) {
      assert.doesNotMatch(f.message['zh-CN'], /填反|保护第三方/);
      assert.match(f.message['zh-CN'], /错的应是其中几个加数（例如把数字填进了相邻的一列/);
      assert.equal(f.fixes.length, 0);
    }
  });

  it('seed 002 with a subtotal row for （三）不予公开 whose figures are wrong → column-total on the subtotal cell', () => {
    const doc = seed002();
    // Cell per line: the group cell `（三）不予公开` gets its own row of figures before its items.
    const at = doc.line('\t（三）不予公开');
    doc.insertLines(at, '\t（三）不予公开', '\t12', '\t0', '\t0', '\t0', '\t0', '\t0', '\t13', '');
    const cell = doc.find('\t13', at);
    const f = expectOne(doc.text, 'column-total', { start: { line: cell.line, character: 1 }, end: { line: cell.line, character: 3 } }, {
      zh: ['表三“（三）不予公开（小计）”行“总计”列应为 12，表中为 13', '“总计”列：“（三）不予公开”各项之和 = 小计'],
      en: ['subtotal'],
    });
    assert.equal(f.fixes[0]!.edits[0]!.newText, '12');
    assert.deepEqual(errors(doc.text), ['column-total']);
  });
});

describe('column-total: a fix only where every reading of the figures agrees', () => {
  it('seed 001 with the figures of 3.其他 and （七）总计 exchanged (13 under 3.其他, 0 under （七）总计) → column-total on （七）总计, no fix: 26 (the column as written) was applied, and the balance said it still failed', () => {
    // The column fails by 26 and the balance by 13. Every smallest reading changes two figures of the column: （七）总计
    // to 13 with 3.其他 or （一）予以公开 to 0, or （七）总计 to 26 with 一 or 二 moved to match. The search saw only the
    // last two (the total as the column asks), and so took 26 for a change every reading makes alike.
    const doc = Doc.seed('001').setRow('requests', '3.其他', [13, 0, 0, 0, 0, 0, 13]).setRow('requests', '（七）总计', [0, 0, 0, 0, 0, 0, 0]);
    const fs = only(findingsOf(doc.text), 'column-total');
    assert.deepEqual(fs.map((f) => f.range), [rangeOf(doc.cell('requests', '（七）总计', 0)), rangeOf(doc.cell('requests', '（七）总计', 6))]);
    for (const f of fs) assert.equal(autoFixes(f).length, 0, f.message['zh-CN']);
  });

  it('stays fixed: seed 001 with （七）总计 自然人 and 总计 both 0 (the row left at 0) → 13 in each, the one reading', () => {
    const doc = Doc.seed('001').setRow('requests', '（七）总计', [0, 0, 0, 0, 0, 0, 0]);
    const fs = only(findingsOf(doc.text), 'column-total');
    assert.deepEqual(fs.map((f) => autoFixes(f).map((x) => x.edits.map((e) => e.newText).join())), [['13'], ['13']]);
  });
});

describe('column-total stays quiet', () => {
  it('a column whose written items (2 and 1) stay within its blank-free （七）总计 (3): the blanks may hold 0', () => {
    const doc = Doc.seed('000')
      .setCell('requests', '予以公开', 0, '2').setCell('requests', '予以公开', 6, '2')
      .setCell('requests', '部分公开', 0, '1').setCell('requests', '部分公开', 6, '1')
      .setCell('requests', '（七）总计', 0, '3').setCell('requests', '（七）总计', 6, '3').setCell('requests', '本年新收', 6, '3');
    expectNone(doc.text, 'column-total');
  });

  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'column-total'));
  }

  it('a column with a blank outcome cell is not assessed', () => {
    const doc = seed002().setCell('requests', '予以公开', 1, '').setCell('requests', '（七）总计', 1, '9');
    expectNone(doc.text, 'column-total');
  });

  it('a column is not assessed when an outcome row is missing (missing-row reports it)', () => {
    const doc = seed002().deleteRow('requests', '予以公开');
    expectNone(doc.text, 'column-total');
    assert.equal(only(findingsOf(doc.text), 'missing-row').length, 1);
  });

  it('a correct subtotal row, rows one per line each ending with a TAB (as WPS saves them): the blank field past the columns is no cell', () => {
    const doc = seed002();
    const at = doc.line('\t（三）不予公开');
    doc.insertLines(at, '\t（三）不予公开', '\t12', '\t0', '\t0', '\t0', '\t0', '\t0', '\t12', '');
    const rows = relayout(doc.text, 'row');
    const trailing = rows.split('\n').map((l) => (l.includes('\t') ? `${l}\t` : l)).join('\n');
    const codes = (text: string) => findingsOf(text).filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.code);
    assert.deepEqual(codes(trailing), codes(rows));
    assert.deepEqual(only(findingsOf(trailing), 'empty-cell'), []);
  });

  it('a correct subtotal row for （三）不予公开 is tolerated and draws nothing', () => {
    const doc = seed002();
    const at = doc.line('\t（三）不予公开');
    doc.insertLines(at, '\t（三）不予公开', '\t12', '\t0', '\t0', '\t0', '\t0', '\t0', '\t12', '');
    assert.deepEqual(findingsOf(doc.text).filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.code), ['narrative-mismatch', 'narrative-mismatch']);
  });
});
