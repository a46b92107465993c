/** missing-section: the six parts of the national format are all there (format §1.2). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseReport } from '../../../shared/src';
import { Doc, relayout } from '../../helpers/doc';
import { expectNone, expectOne, findingsOf, only } from '../../helpers/findings';

const NUMERALS = ['一', '二', '三', '四', '五', '六'];
const TITLES = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'];

describe('missing-section fires', () => {
  for (let i = 0; i < 5; i++) {
    const n = NUMERALS[i]!;
    it(`seed 001 without part ${n} → missing-section on the heading of part ${NUMERALS[i + 1]}`, () => {
      const doc = Doc.seed('001').removePart(n);
      const next = `${NUMERALS[i + 1]}、${TITLES[i + 1]}`;
      const f = expectOne(doc.text, 'missing-section', doc.find(next), {
        severity: 'error',
        zh: [`缺少第${n}部分“${n}、${TITLES[i]}”`, '应位于此标题之前'],
        en: [`Part ${n} “${n}、${TITLES[i]}”`, 'is missing', 'it belongs before this heading'],
        fixed: null,
      });
      // The part's table went with it: said once, and missing-table says nothing.
      if (i >= 1 && i <= 3) assert.match(f.message['zh-CN'], /该部分的表格也未找到/);
      else assert.doesNotMatch(f.message['zh-CN'], /表格/);
      assert.deepEqual(only(findingsOf(doc.text), 'missing-table'), []);
    });
  }

  it('seed 001 without part 六 → missing-section on the last line with content', () => {
    const doc = Doc.seed('001').removePart('六');
    let line = doc.lines.length - 1;
    while (doc.lines[line]!.trim() === '') line--;
    const content = doc.lines[line]!;
    expectOne(doc.text, 'missing-section', { line, start: 0, end: content.length }, { zh: [/缺少第六部分“六、其他需要报告的事项”。$/], en: [/is missing\.$/] });
  });

  it('a text with no part headings at all → six findings on the title', () => {
    const doc = Doc.seed('001');
    for (const [n] of Doc.seed('001').headings()) doc.setLine(doc.headings().get(n)!, '');
    const fs = only(findingsOf(doc.text), 'missing-section');
    assert.equal(fs.length, 6);
    for (const f of fs) assert.equal(f.range.start.line, doc.line('湘潭县商务局2024年'));
  });

  it('row per line (seed 000): without part 四 → on the heading of part 五', () => {
    const doc = Doc.seed('000').removePart('四');
    expectOne(doc.text, 'missing-section', doc.find('五、存在的主要问题及改进情况'), { zh: ['缺少第四部分', '该部分的表格也未找到'] });
  });
});

describe('missing-section: a heading lost with its body still there is reported where the body begins', () => {
  const dropHeading = (doc: Doc, heading: string) => doc.deleteLines(doc.line(heading));
  for (const [n, heading, kind] of [['三', '三、收到和处理政府信息公开申请情况', 'requests'], ['四', '四、政府信息公开行政复议、行政诉讼情况', 'review']] as const) {
    it(`seed 001 without the heading of part ${n} → on its table, which is still there`, () => {
      const doc = dropHeading(Doc.seed('001'), heading);
      const table = parseReport(doc.text).tables.find((t) => t.kind === kind)!;
      const f = expectOne(doc.text, 'missing-section', table.anchor, { zh: [`缺少第${n}部分`, '应位于此表之前'], en: ['it belongs before this table'] });
      assert.doesNotMatch(f.message['zh-CN'], /表格也未找到/);
    });
  }

  it('seed 001 without the heading of part 五 → on the first line after table 四', () => {
    const doc = dropHeading(Doc.seed('001'), '五、存在的主要问题及改进情况');
    const line = doc.line('2024年，我局政府信息公开工作');
    expectOne(doc.text, 'missing-section', { line, start: 0, end: doc.lines[line]!.length }, { zh: ['缺少第五部分', '应位于此行之前'], en: ['it belongs before this line'] });
  });

  it('seed 001 without the heading of part 一 → on the first paragraph after the title and the preface', () => {
    const doc = dropHeading(Doc.seed('001'), '一、总体情况');
    const line = doc.line('2024年，湘潭县商务局坚持');
    expectOne(doc.text, 'missing-section', { line, start: 0, end: doc.lines[line]!.length }, { zh: ['缺少第一部分', '应位于此行之前'] });
  });

  it('part 一 lost after a page’s metadata (发布时间：…) → not on the metadata, on the body', () => {
    const doc = dropHeading(Doc.seed('001'), '一、总体情况');
    doc.insertLines(doc.line('根据《中华人民共和国政府信息公开条例》'), '发布时间：2025-01-07 09:43 来源：湘潭县商务局');
    const line = doc.line('2024年，湘潭县商务局坚持');
    expectOne(doc.text, 'missing-section', { line, start: 0, end: doc.lines[line]!.length }, { zh: ['缺少第一部分'] });
  });

  it('part 五 gone with its body → still on the heading of part 六 (nothing but blank lines after table 四)', () => {
    const doc = Doc.seed('001').removePart('五');
    expectOne(doc.text, 'missing-section', doc.find('六、其他需要报告的事项'), { zh: ['缺少第五部分', '应位于此标题之前'] });
  });

  it('seed 001 without the heading of part 二 → on table 二, which now lies in part 一’s body', () => {
    const doc = dropHeading(Doc.seed('001'), '二、主动公开政府信息情况');
    const table = parseReport(doc.text).tables.find((t) => t.kind === 'active')!;
    expectOne(doc.text, 'missing-section', table.anchor, { zh: ['缺少第二部分', '应位于此表之前'] });
  });

  it('a report that ends after table 四, whose heading is lost: part 四 on its table, 五 and 六 on the last line', () => {
    // With no heading after it, a part whose body is there is still placed on it (the report's end bounds it).
    const doc = Doc.seed('001');
    doc.deleteLines(doc.line('五、存在的主要问题及改进情况'), doc.lines.length - doc.line('五、存在的主要问题及改进情况'));
    dropHeading(doc, '四、政府信息公开行政复议、行政诉讼情况');
    const table = parseReport(doc.text).tables.find((t) => t.kind === 'review')!;
    const fs = only(findingsOf(doc.text), 'missing-section');
    assert.deepEqual(fs.map((f) => f.message['zh-CN'].slice(0, 6)), ['缺少第四部分', '缺少第五部分', '缺少第六部分']);
    assert.deepEqual(fs[0]!.range, table.anchor);
    assert.match(fs[0]!.message['zh-CN'], /应位于此表之前/);
    let last = doc.lines.length - 1;
    while (doc.lines[last]!.trim() === '') last--;
    for (const f of fs.slice(1)) assert.equal(f.range.start.line, last);
  });

  it('the headings of parts 四 and 五 both lost → 五 on the first line after table 四, not after table 三', () => {
    const doc = dropHeading(dropHeading(Doc.seed('001'), '四、政府信息公开行政复议、行政诉讼情况'), '五、存在的主要问题及改进情况');
    const line = doc.line('2024年，我局政府信息公开工作');
    const fs = only(findingsOf(doc.text), 'missing-section');
    assert.equal(fs.length, 2);
    assert.deepEqual(fs[1]!.range, { start: { line, character: 0 }, end: { line, character: doc.lines[line]!.length } });
  });

  it('a part’s table that stands after the next heading is not taken for its body', () => {
    // Part 三's heading gone and its table moved into part 四: the finding stays on part 四's heading.
    const doc = Doc.seed('001');
    const region = doc.table('requests');
    const block = doc.lines.slice(region.startLine, region.endLine + 1);
    doc.deleteLines(region.startLine, block.length);
    dropHeading(doc, '三、收到和处理政府信息公开申请情况');
    doc.insertLines(doc.line('四、政府信息公开行政复议、行政诉讼情况') + 1, ...block);
    const fs = only(findingsOf(doc.text), 'missing-section');
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.range.start.line, doc.line('四、政府信息公开行政复议、行政诉讼情况'));
  });
});

describe('missing-section: a heading run into a line of text (a page whose paragraphs became one line)', () => {
  /** Seed 001 with the heading of part `n` joined to the end of the line before it and the start of the line after it. */
  function runIn(n: string): Doc {
    const doc = Doc.seed('001');
    const h = doc.line(new RegExp(`^${n}、`));
    let before = h - 1;
    while (doc.lines[before]!.trim() === '') before--;
    let after = h + 1;
    while (doc.lines[after]!.trim() === '') after++;
    const joined = `${doc.lines[before]!.trimEnd()} ${doc.lines[h]!.trim()} ${doc.lines[after]!.trim()}`;
    doc.setLine(before, joined);
    doc.deleteLines(before + 1, after - before);
    return doc;
  }

  it('part 一’s heading after the preface’s last sentence → on the heading where it stands, not “缺少第一部分”', () => {
    const doc = runIn('一');
    const f = expectOne(doc.text, 'missing-section', doc.find('一、总体情况'), {
      severity: 'error',
      zh: ['第一部分的标题“一、总体情况”写在了一行文字的中间，没有单独成行'],
      en: ['The heading of part 一 “一、总体情况” stands in the middle of a line of text'],
    });
    assert.doesNotMatch(f.message['zh-CN'], /缺少第一部分/);
  });

  it('a preface listing the parts with their numerals (包括一、总体情况 …) is no heading: still “缺少第一部分”', () => {
    const doc = Doc.seed('001').removePart('一');
    doc.setLine(doc.line('根据《中华人民共和国政府信息公开条例》'), '本报告包括一、总体情况 二、主动公开政府信息情况等六部分。');
    expectOne(doc.text, 'missing-section', doc.find('二、主动公开政府信息情况', doc.line('二、主动公开政府信息情况') + 1), { zh: ['缺少第一部分“一、总体情况”'] });
  });
});

describe('missing-section stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published, in both layouts`, () => {
      expectNone(Doc.seed(s).text, 'missing-section');
      expectNone(relayout(Doc.seed(s).text, s === '000' ? 'cell' : 'row'), 'missing-section');
    });
  }

  it('headings in the wordings of format §1.3 name their parts', () => {
    const doc = Doc.seed('001')
      .replace('四、政府信息公开行政复议、行政诉讼情况', '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况')
      .replace('五、存在的主要问题及改进情况', '五、存在的主要问题和改进措施');
    expectNone(doc.text, 'missing-section');
  });

  it('a heading without its numeral still names its part (heading-variant says so)', () => {
    const doc = Doc.seed('001').replace('五、存在的主要问题及改进情况', '存在的主要问题及改进情况');
    expectNone(doc.text, 'missing-section');
    assert.equal(only(findingsOf(doc.text), 'heading-variant').length, 1);
  });

  it('the table row 四、结转下年度继续办理 is never taken for part 四, and does not hide its absence', () => {
    const doc = Doc.seed('000').removePart('四');
    // Row per line: the row starts its line with 四、 like a heading.
    assert.ok(doc.lines.some((l) => l.startsWith('四、结转下年度继续办理')));
    assert.equal(only(findingsOf(doc.text), 'missing-section').length, 1);
  });
});
