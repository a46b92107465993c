/**
 * year-mismatch on the years that open the overview's paragraphs after a number and an inline title
 * (（二）依申请公开。2023年，…) and on a count of the year's requests right after it (1.申请情况。2023年共收到…).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { expectNone, expectOne, findingsOf, only } from '../../helpers/findings';

/** Seed 000 (2024) with `lines` put in under its sub-heading （二）依申请公开情况. */
function seed000(...lines: string[]): Doc {
  const doc = Doc.seed('000');
  doc.insertLines(doc.line('（二）依申请公开情况') + 1, ...lines.flatMap((l) => ['', l]));
  return doc;
}

describe('year-mismatch on last year’s year inside the overview’s paragraphs', () => {
  it('after an inline sub-heading: （二）依申请公开情况。2023年度，…', () => {
    const doc = Doc.seed('004');
    const line = doc.line('（二）依申请公开情况。2024年度');
    doc.setLine(line, doc.text.split('\n')[line]!.replace('2024年度', '2023年度'));
    const at = doc.find('2023年度', line);
    expectOne(doc.text, 'year-mismatch', { line, start: at.start, end: at.start + 4 }, { zh: ['此段写的是2023年，而报告是2024年度的'] });
  });

  for (const sentence of [
    '2023年，我办收到申请9件，全部办结；2024年将进一步规范办理流程。',
    '2023年，我办收到申请9件。2024年将进一步规范办理流程。',
    '1.申请情况。2023年共收到政府信息公开申请9件，无上年结转。', '（1）申请情况：2023年，全年共收到政府信息公开申请9件。', '1.申请情况。2023年全年共受理政府信息公开申请9件。']) {
    it(`in a numbered paragraph: ${sentence}`, () => {
      const doc = seed000(sentence);
      const f = only(findingsOf(doc.text), 'year-mismatch');
      assert.equal(f.length, 1);
      assert.equal(f[0]!.range.start.line, doc.line(sentence));
    });
  }

  for (const sentence of [
    '1.申请情况。2024年共收到政府信息公开申请9件。',
    '1.申请情况。2023年共收到政府信息公开申请7件，2024年共收到9件。',
    '1.申请情况。2023年共收到政府信息公开申请7件，本年同比增长2件。',
    '1.申请情况。2023年共收到政府信息公开申请7件，较上年有所增加。',
    '1.申请情况。2023年修订的制度已全面落实。',
    '1.申请情况。2023年，我办收到申请7件；2024年共收到政府信息公开申请9件。',
    '2023年，我办收到申请7件；2024年共收到政府信息公开申请9件，已全部办结。',
    '（1）下一步工作。2025年，我办将进一步规范依申请公开办理流程。',
  ]) {
    it(`stays quiet: ${sentence}`, () => {
      expectNone(seed000(sentence).text, 'year-mismatch');
    });
  }
});

describe('year-mismatch after an inline sub-heading and a space (（三）政府信息管理情况 2023年，…)', () => {
  it('last year’s year after the inline title and a space → found (it was not read)', () => {
    const sentence = '（三）政府信息管理情况 2023年，本镇共制定规范性文件0件。';
    const doc = seed000(sentence);
    const line = doc.line(sentence);
    const at = doc.find('2023年', line);
    expectOne(doc.text, 'year-mismatch', { line, start: at.start, end: at.start + 4 }, { zh: ['此段写的是2023年，而报告是2024年度的'] });
  });

  it('the report’s own year there, or last year compared, stays quiet', () => {
    expectNone(seed000('（三）政府信息管理情况 2024年，本镇共制定规范性文件0件。').text, 'year-mismatch');
    expectNone(seed000('（三）政府信息管理情况 2023年，本镇制定规范性文件3件，2024年制定5件。').text, 'year-mismatch');
  });
});

describe('year-mismatch on last year’s year opening a sentence inside an overview paragraph (…。2023年，…)', () => {
  /** Seed 000 (2024) with `sentence` run on after the first sentence of its paragraph under （二）依申请公开情况. */
  const runOn = (sentence: string): Doc => {
    const doc = Doc.seed('000');
    const line = doc.line('规范依申请公开工作机制');
    doc.setLine(line, `${doc.text.split('\n')[line]!}${sentence}`);
    return doc;
  };
  it('fires on seed 003’s own paragraph with its second sentence’s year made last year’s (…政府信息。2023年，主动公开…), on the year, naming the sentence', () => {
    const doc = Doc.seed('003');
    const line = doc.line('政府信息。2024年，主动公开');
    doc.setLine(line, doc.text.split('\n')[line]!.replace('政府信息。2024年，主动公开', '政府信息。2023年，主动公开'));
    const at = doc.find('2023年，主动公开', line);
    const f = expectOne(doc.text, 'year-mismatch', { line, start: at.start, end: at.start + 4 }, { zh: ['此句写的是2023年，而报告是2024年度的'] });
    // The report's year offered back, as a choice (never applied by itself).
    assert.deepEqual(f.fixes.map((x) => [x.choice, x.edits.map((e) => [e.range, e.newText])]), [[true, [[f.range, '2024']]]]);
  });

  it('offers the report’s year, as a choice, for a paragraph’s opening year too (seed 001: 2023年，湘潭县商务局…)', () => {
    const doc = Doc.seed('001');
    const line = doc.line('2024年，湘潭县商务局');
    doc.setLine(line, doc.text.split('\n')[line]!.replace('2024年，湘潭县商务局', '2023年，湘潭县商务局'));
    const f = only(findingsOf(doc.text), 'year-mismatch');
    assert.equal(f.length, 1);
    assert.deepEqual(f[0]!.fixes.map((x) => [x.choice, x.edits.map((e) => e.newText)]), [[true, ['2024']]]);
  });

  it('fires on a run-on sentence that counts the year’s requests (…。2023年共收到政府信息公开申请9件。)', () => {
    const doc = runOn('2023年共收到政府信息公开申请9件。');
    const f = only(findingsOf(doc.text), 'year-mismatch');
    assert.equal(f.length, 1);
    assert.match(f[0]!.message['zh-CN'], /此句写的是2023年/);
  });

  for (const sentence of [
    '2024年，全年未收到申请。', '2023年，我办收到申请7件，2024年增至9件。', '2025年，我办将进一步规范办理流程。', '2023年以来，我办持续规范办理流程。',
    '2023年12月，我办修订了办理流程。', '2023年我办修订了办理流程。', '与2023年相比，申请数量持平。', '2023年，我办收到申请7件，本年度收到9件。',
    // A higher body's act last year, the background the paragraph goes on from.
    '2023年，省政府出台了政务公开工作办法，我办认真贯彻落实。', '2023年，国务院办公厅印发了有关通知，我办对照执行。',
  ]) {
    it(`stays quiet: …。${sentence}`, () => expectNone(runOn(sentence).text, 'year-mismatch'));
  }
});
