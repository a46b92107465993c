/**
 * Prose that names table 三's rows in the format's own words rather than the row labels: 区分处理 (the
 * partial row's own gloss, （二）部分公开（区分处理的…）) and 结转上年度 (verb before object, as 上年结转).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, claimsOf, parseReport, type Finding } from '../../shared/src';
import { Doc } from '../helpers/doc';

/** Seed 002 (一 178, 二 5, 部分公开 14) with its 依申请公开 paragraph replaced. */
function seed002(sentence: string): { text: string; line: number } {
  const doc = Doc.seed('002');
  const line = doc.line('2.依申请公开方面');
  doc.setLine(line, `2.依申请公开方面。${sentence}`);
  return { text: doc.text, line };
}
const on = (text: string, line: number): Finding[] =>
  analyze(text).findings.filter((f) => f.code === 'narrative-mismatch' && f.range.start.line === line);
const claimsOn = (text: string, line: number) => claimsOf(parseReport(text)).filter((c) => c.range.start.line === line);

describe('区分处理: the partial row', () => {
  for (const sentence of ['全年共收到申请178件，其中区分处理后公开14件。', '全年共收到申请178件，区分处理14件。']) {
    it(`reads the figure as （二）部分公开 and holds: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      const c = claimsOn(text, line).find((x) => x.value === 14);
      assert.equal(c?.quantity, 'partial');
      assert.equal(c?.holds, true);
      assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
    });
  }

  it('reports a figure the partial row does not hold', () => {
    const { text, line } = seed002('全年共收到申请178件，其中区分处理后公开15件。');
    const fs = on(text, line);
    assert.equal(fs.length, 1, fs.map((f) => f.message['zh-CN']).join('\n'));
    assert.match(fs[0]!.message['zh-CN'], /区分处理后公开15件.*“（二）部分公开”总计为14件/);
  });
});

describe('结转上年度: last year’s carry-over', () => {
  it('reads 结转上年度申请5件 as 二 and holds', () => {
    const { text, line } = seed002('收到政府信息公开申请178件；结转上年度政府信息公开申请5件，均已办结。');
    const c = claimsOn(text, line).find((x) => x.value === 5);
    assert.equal(c?.quantity, 'carried');
    assert.equal(c?.holds, true);
    assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
  });

  it('reports a carry-over the table does not hold', () => {
    const { text, line } = seed002('收到政府信息公开申请178件；结转上年度政府信息公开申请6件。');
    const fs = on(text, line);
    assert.equal(fs.length, 1, fs.map((f) => f.message['zh-CN']).join('\n'));
    assert.match(fs[0]!.message['zh-CN'], /结转上年度政府信息公开申请6件.*“二、上年结转政府信息公开申请数量”总计为5件/);
  });

  it('still reads 结转上年度后 as net of the carry-over (the year’s new requests)', () => {
    const { text, line } = seed002('扣除结转上年度后新收申请178件。');
    const c = claimsOn(text, line).find((x) => x.value === 178);
    assert.equal(c?.quantity, 'new');
    assert.equal(c?.holds, true);
  });
});

describe('N件申请均在法定时限内办理: the whole count dealt with in time', () => {
  for (const sentence of ['全年共收到申请178件，178件申请均在法定时限内办理。', '全年共收到申请178件，178件均已按时办结。']) {
    it(`reads the count as those dealt with and holds: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      const c = claimsOn(text, line).filter((x) => x.value === 178).map((x) => x.quantity);
      assert.deepEqual(c, ['new', 'handled']);
      assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
    });
  }

  it('reports a count dealt with in time that the table does not hold', () => {
    const { text, line } = seed002('全年共收到申请178件，179件申请均在法定时限内办理。');
    const fs = on(text, line);
    assert.equal(fs.length, 1, fs.map((f) => f.message['zh-CN']).join('\n'));
    assert.match(fs[0]!.message['zh-CN'], /179件申请均在法定时限内办理/);
  });

  for (const sentence of [
    '全年共收到申请178件，其中150件均在法定期限内办结。',
    '全年共收到申请178件，150件均在5个工作日内办结。',
    '全年共收到申请178件，按时办结150件。',
    // The rest of the sentence singles out others by another manner: those on time are a part too.
    '全年共收到申请178件，150件均按时办结，28件延期答复。',
    '全年共收到申请178件，150件均在法定期限内答复，28件经延期后答复。',
  ]) {
    it(`leaves a part singled out by its time unread: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.equal(claimsOn(text, line).filter((x) => x.value === 150).length, 0);
      assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
    });
  }
});
