/**
 * Links between the prose and the tables (`linksAt`): seed 002 says 35 requests in one sentence and 178
 * in the next, and its table says 178.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, cellAt, linksAt, type Links, type Position, type Range } from '../../shared/src';
import { lineOf, seed } from '../helpers/fixtures';

const text = seed('002');
const lines = text.split('\n');
const { model } = analyze(text);

/** The position of `needle` (plus `offset` characters) on the first line holding it. */
function at(needle: string, offset = 0, source = lines): Position {
  const line = source.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, needle);
  return { line, character: source[line]!.indexOf(needle) + offset };
}

function span(needle: string, source = lines): Range {
  const start = at(needle, 0, source);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

/** The cell on the line after `label`'s (cell-per-line layout), counting `n` figures on. */
function figureAfter(label: string, n: number, source = lines): Range {
  let line = source.findIndex((l) => l.includes(label));
  for (let seen = 0; seen < n; ) if (/^\t\S*$/.test(source[++line]!)) seen++;
  const figure = source[line]!.trim();
  return { start: { line, character: 1 }, end: { line, character: 1 + figure.length } };
}

const NEW_TOTAL = figureAfter('一、本年新收', 7);
const CARRIED_TOTAL = figureAfter('二、上年结转', 7);

function cellRanges(links: Links | undefined): Range[] {
  return (links?.cells ?? []).map((c) => c.range);
}

function claimTexts(links: Links | undefined): string[] {
  return (links?.claims ?? []).map((c) => c.text);
}

describe('linksAt: a figure of the prose', () => {
  it('that disagrees links to the cells its finding names (35 → the total of 一, 178)', () => {
    const links = linksAt(model, at('共受理政府信息公开申请35件', 12));
    assert.equal(links?.origin.kind, 'claim');
    assert.deepEqual(links?.origin.range, span('共受理政府信息公开申请35件'));
    assert.deepEqual(cellRanges(links), [NEW_TOTAL]);
    assert.equal(lines[NEW_TOTAL.start.line]!.trim(), '178');
  });

  it('read as a sum links to every cell of it (一＋二: 178 and 5)', () => {
    const links = linksAt(model, at('包括上年度结转在内的35件', 11));
    assert.deepEqual(cellRanges(links), [NEW_TOTAL, CARRIED_TOTAL]);
    assert.equal(lines[CARRIED_TOTAL.start.line]!.trim(), '5');
  });

  it('that agrees links to the cell it agrees with, and lists every figure that speaks of that cell, in order', () => {
    const links = linksAt(model, at('受理量达178件', 4));
    assert.deepEqual(cellRanges(links), [NEW_TOTAL]);
    assert.deepEqual(claimTexts(links), ['共受理政府信息公开申请35件', '包括上年度结转在内的35件政府信息公开申请', '依申请公开受理量达178件']);
  });

  it('agreeing through a figure beside it links to that cell (废止4件 with 失效31件: the 35 of 废止)', () => {
    const links = linksAt(model, at('废止4件', 1));
    assert.equal(links?.cells.length, 1);
    assert.equal(links!.cells[0]!.raw.trim(), '35');
  });

  it('whose cell is blank links to the blank cell, where its figure belongs', () => {
    const blanked = text.replace('\t35\n\t102\n', '\t35\n\t\n');
    assert.notEqual(blanked, text);
    const source = blanked.split('\n');
    const links = linksAt(analyze(blanked).model, at('现行有效102件', 2, source));
    assert.equal(links?.cells.length, 1);
    const line = lines.indexOf('\t102');
    assert.equal(source[line], '\t');
    assert.deepEqual(links!.cells[0]!.range, { start: { line, character: 1 }, end: { line, character: 1 } });
  });

  it('gives nothing on prose that states no table figure, nor on a heading or a row label', () => {
    assert.equal(linksAt(model, at('累计发布各类信息11192条', 9)), undefined);
    assert.equal(linksAt(model, { line: lineOf(text, '一、总体情况'), character: 1 }), undefined);
    assert.equal(linksAt(model, at('一、本年新收', 2)), undefined);
  });
});

describe('linksAt: a table cell', () => {
  it('lists the figures of the prose that speak of it', () => {
    const links = linksAt(model, { line: NEW_TOTAL.start.line, character: 2 });
    assert.equal(links?.origin.kind, 'cell');
    assert.deepEqual(links?.origin.range, NEW_TOTAL);
    assert.deepEqual(cellRanges(links), [NEW_TOTAL]);
    assert.deepEqual(claimTexts(links), ['共受理政府信息公开申请35件', '包括上年度结转在内的35件政府信息公开申请', '依申请公开受理量达178件']);
  });

  it('gives nothing for a cell no figure of the prose speaks of', () => {
    const natural = figureAfter('一、本年新收', 1);
    assert.ok(cellAt(model, natural.start), 'it is a cell');
    assert.equal(linksAt(model, natural.start), undefined);
  });

  it('cellAt finds a cell at its first and last character only', () => {
    const found = cellAt(model, NEW_TOTAL.start);
    assert.equal(found?.cell.raw.trim(), '178');
    assert.equal(found?.row.spec?.id, 'new');
    assert.equal(found?.table.kind, 'requests');
    assert.equal(cellAt(model, NEW_TOTAL.end)?.cell.raw.trim(), '178');
    assert.equal(cellAt(model, { line: NEW_TOTAL.start.line, character: 0 }), undefined);
    assert.equal(cellAt(model, { line: lineOf(text, '一、总体情况'), character: 0 }), undefined);
  });
});
