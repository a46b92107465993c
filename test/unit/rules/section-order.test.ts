/** section-order: the parts come in the order 一 … 六, each under its own numeral. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { parseReport } from '../../../shared/src';
import { expectNone, expectOne, findingsOf, only } from '../../helpers/findings';

describe('section-order fires', () => {
  it('seed 001 with part 三 moved before part 二 → section-order on the heading of part 二, pointing at part 三', () => {
    const doc = Doc.seed('001').movePart('三', '二');
    const f = expectOne(doc.text, 'section-order', doc.find('二、主动公开政府信息情况'), {
      severity: 'warning',
      zh: ['第二部分“主动公开政府信息情况”应在第三部分“收到和处理政府信息公开申请情况”之前'],
      en: ['Part 二 (Proactive disclosure) should come before part 三 (Disclosure requests)'],
      fixed: null,
    });
    assert.deepEqual(f.related[0]!.range.start.line, doc.line('三、收到和处理政府信息公开申请情况'));
    // Nothing else is new: the tables move with their parts.
    assert.deepEqual(findingsOf(doc.text).filter((x) => x.severity === 'error').map((x) => x.code), []);
  });

  it('seed 002 with part 六 moved to the front → one finding per part that now comes late, each on its heading', () => {
    const doc = Doc.seed('002').movePart('六', '一');
    const fs = only(findingsOf(doc.text), 'section-order');
    assert.deepEqual(fs.map((f) => f.range.start.line), ['一、总体情况', '二、主动公开', '三、收到和处理', '四、政府信息公开行政复议', '五、存在的主要问题'].map((h) => doc.line(h)));
  });

  it('seed 001 with 二 and 三 numbered the other way round (the parts in the right place) → on each numeral, with a fix', () => {
    const doc = Doc.seed('001').replace('二、主动公开政府信息情况', '三、主动公开政府信息情况').replace('三、收到和处理政府信息公开申请情况', '二、收到和处理政府信息公开申请情况');
    const fs = only(findingsOf(doc.text), 'section-order');
    assert.equal(fs.length, 2);
    const a = fs[0];
    assert.deepEqual(a!.range, { start: { line: doc.line('三、主动公开'), character: 0 }, end: { line: doc.line('三、主动公开'), character: 2 } });
    assert.match(a!.message['zh-CN'], /“主动公开政府信息情况”是第二部分，序号应为“二、”，而不是“三、”/);
    assert.match(a!.message.en, /its numeral should be “二”, not “三”/);
    let text = doc.text;
    for (const f of fs) text = text.replace(doc.lines[f.range.start.line]!, doc.lines[f.range.start.line]!.replace(/^./, f.fixes[0]!.edits[0]!.newText));
    assert.equal(text, Doc.seed('001').text);
  });

  it('the fix edits the numeral only', () => {
    const doc = Doc.seed('001').replace('五、存在的主要问题及改进情况', '四、存在的主要问题及改进情况');
    const fs = only(findingsOf(doc.text), 'section-order');
    assert.equal(fs.length, 1);
    const edit = fs[0]!.fixes[0]!.edits[0]!;
    assert.deepEqual(edit.range, { start: { line: doc.line('四、存在的主要问题'), character: 0 }, end: { line: doc.line('四、存在的主要问题'), character: 1 } });
    assert.equal(edit.newText, '五');
  });
});

describe('section-order stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'section-order'));
  }

  it('a missing part leaves the others in order (missing-section says what is missing)', () => {
    expectNone(Doc.seed('001').removePart('三').text, 'section-order');
  });

  it('a part repeated later is duplicate-section’s business, not an order fault', () => {
    const doc = Doc.seed('001');
    const { start, end } = doc.partLines('五');
    doc.insertLines(doc.lines.length, ...doc.lines.slice(start, end));
    expectNone(doc.text, 'section-order');
    assert.equal(only(findingsOf(doc.text), 'duplicate-section').length, 1);
  });

  it('sub-headings numbered 一、二、 inside a part are not parts', () => {
    const doc = Doc.seed('001');
    doc.insertLines(doc.line('五、存在的主要问题及改进情况') + 1, '一、主要问题', '信息公开时效性需进一步提高。', '二、改进措施', '加强培训。');
    expectNone(doc.text, 'section-order');
  });
});

describe('section-order: items numbered 1. in part 一 of a report whose parts are numbered 一、', () => {
  // A page that lost the headings of parts 二 and 三: part 一 lists its work as 1. 2. with those parts' words.
  const lost = (): Doc => {
    const doc = Doc.seed('001').removePart('二').removePart('三');
    doc.insertLines(doc.line('一、总体情况') + 1, '1.主动公开政府信息的情况', '本年度主动公开政府信息120条。', '2.依申请公开政府信息情况', '本年度收到政府信息公开申请10件。', '');
    return doc;
  };

  it('are items of part 一, not parts 二 and 三 misnumbered (section-order fired on 2.)', () => {
    const doc = lost();
    expectNone(doc.text, 'section-order');
    assert.deepEqual(only(findingsOf(doc.text), 'heading-variant').filter((f) => f.range.start.line >= doc.line('1.主动公开')), []);
    assert.deepEqual(parseReport(doc.text).parts.map((p) => p.id), [1, 4, 5, 6]);
  });

  it('a line numbered as its own part (3.收到和处理…, part 二 lost) still heads that part', () => {
    const doc = Doc.seed('001').removePart('二').replace('三、收到和处理政府信息公开申请情况', '3.收到和处理政府信息公开申请情况');
    assert.deepEqual(parseReport(doc.text).parts.map((p) => p.id), [1, 3, 4, 5, 6]);
  });
});
