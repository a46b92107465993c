/**
 * The prose-vs-table rules on writing styles of a blind battery (helper h2): Chinese numerals, full-width digits,
 * thousands separators, approximations, hard line wraps, the 2019 trial format's words, the writers of districts,
 * townships and departments, and traps. Each mend has the sentence that was read wrong beside those that stay right.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, type Finding } from '../../shared/src';
import { Doc } from '../helpers/doc';

const NARRATIVE = new Set(['narrative-mismatch', 'share-mismatch', 'change-mismatch', 'prose-sum', 'prose-conflict']);
const narrative = (text: string): Finding[] => analyze(text).findings.filter((f) => NARRATIVE.has(f.code));

/** The text a finding covers, lines joined. */
function covered(text: string, f: Finding): string {
  const lines = text.split(/\r\n|\n|\r/);
  const { start, end } = f.range;
  if (start.line === end.line) return lines[start.line]!.slice(start.character, end.character);
  const parts = [lines[start.line]!.slice(start.character)];
  for (let l = start.line + 1; l < end.line; l++) parts.push(lines[l]!);
  parts.push(lines[end.line]!.slice(0, end.character));
  return parts.join('');
}

/**
 * Seed 002 (一 178: 自然人171, 商业企业7; 二 5; 予以公开 99, 部分公开 14, 不予公开 12, 无法提供 33 (不掌握 30),
 * 其他处理 20 (逾期不补正 3); 四 5; 复议 25 (纠正 10); 诉讼 5) with its 依申请公开 paragraph replaced by `text`
 * (lines of its own when it holds line breaks); the findings on those lines, each as the words it covers.
 */
function in002(text: string, heading = '2.依申请公开方面。'): { text: string; found: string[]; messages: string[] } {
  const doc = Doc.seed('002');
  const line = doc.line('2.依申请公开方面');
  const lines = `${heading}${text}`.split('\n');
  doc.setLine(line, lines.join('\n'));
  const all = narrative(doc.text).filter((f) => f.range.start.line >= line && f.range.start.line < line + lines.length);
  return { text: doc.text, found: all.map((f) => covered(doc.text, f)), messages: all.map((f) => f.message['zh-CN']) };
}

describe('a rough count in neighbouring Chinese digits', () => {
  for (const sentence of ['全年共收到政府信息公开申请一百七十八件，其中部分公开十四件，不予处理的三四件申请已补正。', '全年共受理政府信息公开申请一百七十八件，结转下年度继续办理五六件。']) {
    it(`is "three or four", not 34 read digit by digit: ${sentence}`, () => {
      assert.deepEqual(in002(sentence).found, []);
    });
  }

  it('a count written in full is still read (结转下年度继续办理六件: 四 5)', () => {
    assert.deepEqual(in002('全年共受理政府信息公开申请一百七十八件，结转下年度继续办理六件。').found, ['结转下年度继续办理六件']);
  });
});

describe('the message names the quantity the figure equals', () => {
  it('new requests equal to the carry-over alone (5) are not said to be 一＋二', () => {
    const { found, messages } = in002('全年受理政府信息公开申请5件。');
    assert.deepEqual(found, ['受理政府信息公开申请5件']);
    assert.doesNotMatch(messages[0]!, /一＋二/);
    assert.match(messages[0]!, /“二、上年结转政府信息公开申请数量”总计（5件）相同/);
  });

  it('new requests equal to 一＋二 (183) still are', () => {
    const { messages } = in002('全年受理政府信息公开申请183件。');
    assert.match(messages[0]!, /正文的数字等于本年新收加上年结转（一＋二）/);
  });
});

describe('not a single one (无一件, 没有一起) is none', () => {
  it('无一件被纠错 is a zero statement of the cases corrected (复议 10 corrected), not a count of 1', () => {
    const { found, messages } = in002('全年因政府信息公开被申请行政复议25件，无一件被纠错。');
    assert.deepEqual(found, ['无一件被纠错']);
    assert.match(messages[0]!, /正文说没有/);
  });

  it('没有一起败诉 likewise', () => {
    assert.deepEqual(in002('全年因政府信息公开被申请行政复议25件，没有一起败诉。').found, ['没有一起败诉']);
  });

  it('none of something the tables do not hold stays quiet (无一件被申请人撤回)', () => {
    assert.deepEqual(in002('全年因政府信息公开被申请行政复议25件，无一件被申请人撤回。').found, []);
  });

  it('a count of one corrected is still read (其中一件被纠错: 10)', () => {
    assert.deepEqual(in002('全年因政府信息公开被申请行政复议25件，其中一件被纠错。').found.length, 1);
  });
});

describe('a list of outcomes, one item a line', () => {
  for (const [label, text] of [
    ['after a lead-in', '全年共收到政府信息公开申请178件，办理结果如下：\n（一）予以公开99件；\n（二）部分公开41件；\n（三）不予公开12件。'],
    ['after a lead-in that is the paragraph’s first sentence', '办理结果为：（一）予以公开99件；\n（二）部分公开41件；\n（三）不予公开12件；'],
    ['after a line that stops mid-sentence', '全年共收到政府信息公开申请178件，其中\n1.予以公开99件；\n2.部分公开41件。'],
  ] as const) {
    it(`is read as the list it is (${label}): 部分公开41件 against 14`, () => {
      assert.deepEqual(in002(text).found, ['部分公开41件']);
    });
  }

  it('the same list with the right figures stays quiet', () => {
    assert.deepEqual(in002('全年共收到政府信息公开申请178件，办理结果如下：\n（一）予以公开99件；\n（二）部分公开14件；\n（三）不予公开12件；\n（四）无法提供33件；\n（五）不予处理0件；\n（六）其他处理20件。').found, []);
  });

  it('a numbered paragraph of its own after a list stays a paragraph of its own (no subject from the list)', () => {
    assert.deepEqual(in002('全年共收到政府信息公开申请178件，办理结果如下：\n（一）予以公开99件；\n（二）加强培训。全年开展培训41次。').found, []);
  });
});

describe('a list of applicants without numbers after a lead-in, one a line (a paragraph without a heading)', () => {
  it('其中：/自然人申请170件；/法人或其他组织申请7件。 is read with its lead-in: 自然人 171', () => {
    assert.deepEqual(in002('全年共收到政府信息公开申请178件，其中：\n自然人申请170件；\n法人或其他组织申请7件。', '').found, ['自然人申请170件']);
  });

  it('the last item too (法人或其他组织 7)', () => {
    assert.deepEqual(in002('全年共收到政府信息公开申请178件，其中：\n自然人申请171件；\n法人或其他组织申请8件。', '').found, ['法人或其他组织申请8件']);
  });

  it('the right figures stay quiet', () => {
    assert.deepEqual(in002('全年共收到政府信息公开申请178件，其中：\n自然人申请171件；\n法人或其他组织申请7件。', '').found, []);
  });
});

describe('a lead-in to how some of the requests were dealt with frames what follows, as …中 does', () => {
  for (const text of [
    '上年结转申请的办理情况：（一）予以公开3件；（二）部分公开2件。',
    '上年结转申请的办理情况：\n（一）予以公开3件；\n（二）部分公开2件。',
    '本年新收申请的办理情况：（一）予以公开96件；（二）部分公开14件。',
    '本年新收申请的办理情况：\n（一）予以公开96件；\n（二）部分公开14件。',
  ]) {
    it(`of part of the requests, not compared: ${text.replace(/\n/g, '/')}`, () => {
      assert.deepEqual(in002(text).found, []);
    });
  }

  for (const text of ['全年共收到政府信息公开申请178件，办理情况如下：\n（一）予以公开96件；\n（二）部分公开14件。', '政府信息公开申请的办理结果如下：\n（一）予以公开96件；\n（二）部分公开14件。']) {
    it(`of all the requests, compared (予以公开 99): ${text.replace(/\n/g, '/')}`, () => {
      assert.deepEqual(in002(text).found, ['予以公开96件']);
    });
  }
});

describe('the outcomes of one channel’s requests are a breakdown the tables do not hold', () => {
  for (const text of ['网上申请中，予以公开50件，部分公开4件。', '网上申请的办理情况：（一）予以公开50件；（二）部分公开4件。', '网上申请的办理情况：\n（一）予以公开50件；\n（二）部分公开4件。']) {
    it(`not compared: ${text.replace(/\n/g, '/')}`, () => {
      assert.deepEqual(in002(text).found, []);
    });
  }

  it('the outcomes of all the requests, received through a channel, are still compared', () => {
    assert.deepEqual(in002('全年通过网上申请平台共收到政府信息公开申请178件，办理情况如下：\n（一）予以公开96件；\n（二）部分公开14件。').found, ['予以公开96件']);
  });
});

describe('a list’s items take the frame of their lead-in: another year or a wider body', () => {
  for (const text of ['全县各部门共收到政府信息公开申请1200件，其中：\n予以公开900件；\n部分公开41件。', '2023年：\n收到政府信息公开申请150件；\n予以公开80件。']) {
    it(`not compared: ${text.replace(/\n/g, '/')}`, () => {
      assert.deepEqual(in002(text).found, []);
    });
  }
});

describe('the applicants of one channel’s requests are a breakdown too', () => {
  for (const text of ['全年共收到政府信息公开申请178件，其中通过网上申请的：\n自然人申请100件；\n法人或其他组织申请2件。', '网上申请中，自然人100件，予以公开50件。']) {
    it(`not compared: ${text.replace(/\n/g, '/')}`, () => {
      assert.deepEqual(in002(text).found, []);
    });
  }

  it('the applicants of all the requests, received through a channel, are still compared', () => {
    assert.deepEqual(in002('全年通过网上申请的方式共收到政府信息公开申请178件，其中自然人170件。').found, ['自然人170件']);
  });
});
