/** duplicate-section: each part appears once. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { expectNone, expectOne, findingsOf, only } from '../../helpers/findings';
import { parseReport } from '../../../shared/src';

describe('duplicate-section fires', () => {
  it('seed 002 with part 五 pasted twice → duplicate-section on the second heading, pointing at the first', () => {
    const doc = Doc.seed('002');
    const { start, end } = doc.partLines('五');
    doc.insertLines(end, ...doc.lines.slice(start, end));
    const second = doc.line('五、存在的主要问题及改进情况', doc.line('五、存在的主要问题及改进情况') + 1);
    const f = expectOne(doc.text, 'duplicate-section', { line: second, start: 0, end: '五、存在的主要问题及改进情况'.length }, {
      severity: 'warning',
      zh: ['第五部分“存在的主要问题及改进情况”重复出现'],
      en: ['Part 五 (Problems and improvements) appears a second time'],
      fixed: null,
    });
    assert.equal(f.related[0]!.range.start.line, doc.line('五、存在的主要问题及改进情况'));
    assert.deepEqual(only(findingsOf(doc.text), 'section-order'), []);
  });

  it('a part named twice in other words (六、其他事项 after 六、其他需要报告的事项) is a duplicate too', () => {
    const doc = Doc.seed('001');
    doc.insertLines(doc.lines.length, '六、其他事项', '无。');
    const line = doc.line('六、其他事项');
    expectOne(doc.text, 'duplicate-section', { line, start: 0, end: '六、其他事项'.length });
  });
});

describe('duplicate-section fires on a bare title elsewhere', () => {
  it('the title of part 三 alone under part 五 is still a second heading of part 三', () => {
    const doc = Doc.seed('001');
    doc.insertLines(doc.line('五、存在的主要问题及改进情况') + 1, '收到和处理政府信息公开申请情况', '');
    assert.equal(only(findingsOf(doc.text), 'duplicate-section').length, 1);
  });
});

describe('duplicate-section stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'duplicate-section'));
  }

  it('sub-headings that repeat a part’s words (（一）主动公开情况 in part 一, 一、主动公开情况 likewise) are not parts', () => {
    const doc = Doc.seed('000').replace('（一）主动公开情况', '一、主动公开情况').replace('（二）依申请公开情况', '二、依申请公开情况');
    expectNone(doc.text, 'duplicate-section');
    expectNone(doc.text, 'section-order');
  });

  it('a table caption that is the title of the part it stands in (split over two lines) is no second heading', () => {
    for (const caption of [['收到和处理政府信息公开申请情况', '统计表'], ['收到和处理政府信息公开申请情况']]) {
      const doc = Doc.seed('001');
      doc.insertLines(doc.line('三、收到和处理政府信息公开申请情况') + 1, ...caption, '');
      const fs = findingsOf(doc.text);
      assert.deepEqual(only(fs, 'duplicate-section'), [], caption.join('/'));
      assert.deepEqual(only(fs, 'heading-variant'), [], caption.join('/'));
      assert.deepEqual(only(fs, 'section-order'), [], caption.join('/'));
    }
  });

  it('parts numbered 1. … 6.: the caption under 3.收到和处理政府信息公开申请情况 restates it; part 三 is that heading', () => {
    const doc = Doc.seed('001');
    ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']
      .forEach((h, i) => doc.replace(h, `${i + 1}.${h.slice(2)}`));
    const heading = doc.line('3.收到和处理政府信息公开申请情况');
    doc.insertLines(heading + 1, '收到和处理政府信息公开申请情况', '统计表', '');
    const fs = findingsOf(doc.text);
    assert.deepEqual(only(fs, 'duplicate-section'), []);
    assert.deepEqual(only(fs, 'numbering-gap'), []);
    assert.equal(parseReport(doc.text).parts.find((p) => p.id === 3)?.headingRange.start.line, heading);
  });

  it('the preface enumerating the parts is not a heading', () => {
    const doc = Doc.seed('001');
    doc.insertLines(doc.line('一、总体情况'), '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。');
    expectNone(doc.text, 'duplicate-section');
  });
});
