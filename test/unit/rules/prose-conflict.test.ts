/**
 * prose-conflict: two statements of one figure that disagree, where the tables cannot say which is
 * right. Seed 002's paragraph says 共受理政府信息公开申请35件 and then 依申请公开受理量达178件; its table 三
 * has 一 = 178, so with the table there the prose-vs-table rule reports the 35.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseReport } from '../../../shared/src';
import { Doc } from '../../helpers/doc';
import { covered, expectNone, expectOne, findingsOf, only } from '../../helpers/findings';

/** Seed 002 without its table 三 (published as a picture, say). */
function withoutRequestsTable(): Doc {
  const doc = Doc.seed('002');
  const t = doc.table('requests');
  return doc.deleteLines(t.startLine, t.endLine - t.startLine + 1);
}

const PREFIX = '2.依申请公开方面。';

/** Seed 002 without table 三, its 依申请公开 paragraph replaced by `paragraph`. */
function requests(paragraph: string): Doc {
  const doc = withoutRequestsTable();
  return doc.setLine(doc.line('2.依申请公开方面'), PREFIX + paragraph);
}

describe('prose-conflict fires', () => {
  it('seed 002 without table 三: 178 against the 35 before it, pointing at the 35', () => {
    const doc = withoutRequestsTable();
    assert.equal(parseReport(doc.text).tables.some((t) => t.kind === 'requests'), false);
    const line = doc.line('依申请公开受理量达178件');
    const f = expectOne(doc.text, 'prose-conflict', doc.find('依申请公开受理量达178件', line), {
      severity: 'warning',
      zh: ['正文前后矛盾', '“依申请公开受理量达178件”与“共受理政府信息公开申请35件”', '表格中没有可以核对的数字'],
      en: ['contradicts itself', 'the tables hold no figure'],
      fixed: null,
    });
    assert.deepEqual(f.related.map((r) => covered(doc.text, r.range)), ['共受理政府信息公开申请35件']);
    // Nothing to compare with: the prose-vs-table rule has nothing to say.
    expectNone(doc.text, 'narrative-mismatch');
  });

  it('a statement that nothing happened against a count (未收到 … 收到3件)', () => {
    const doc = requests('本年度未收到政府信息公开申请。全年共收到政府信息公开申请3件，均已按时答复。');
    expectOne(doc.text, 'prose-conflict', doc.find('共收到政府信息公开申请3件', doc.line(PREFIX)), { zh: ['“共收到政府信息公开申请3件”与“未收到政府信息公开申请”'] });
  });

  it('the cells of 一 blank: the table cannot settle it either', () => {
    const doc = Doc.seed('002').setRow('requests', '本年新收', ['', '', '', '', '', '', '']);
    expectOne(doc.text, 'prose-conflict', doc.find('依申请公开受理量达178件', doc.line('依申请公开受理量达178件')), { zh: ['“共受理政府信息公开申请35件”'] });
  });

  it('three statements, two of them alike: one finding, on the one that differs, pointing at both others', () => {
    const doc = requests('全年共受理政府信息公开申请35件。全年依申请公开受理量达178件。全年共收到政府信息公开申请35件。');
    const f = expectOne(doc.text, 'prose-conflict', doc.find('依申请公开受理量达178件', doc.line(PREFIX)));
    assert.deepEqual(f.related.map((r) => covered(doc.text, r.range)), ['共受理政府信息公开申请35件', '共收到政府信息公开申请35件']);
  });

  it('a sub-heading on its own line is not part of the statement after it', () => {
    const doc = withoutRequestsTable();
    const at = doc.line('2.依申请公开方面');
    doc.setLine(at, '（二）依申请公开情况');
    doc.insertLines(at + 1, '全年共受理政府信息公开申请35件。全年依申请公开受理量达178件。');
    const f = only(findingsOf(doc.text), 'prose-conflict');
    assert.equal(f.length, 1);
    assert.deepEqual(f[0]!.related.map((r) => covered(doc.text, r.range)), ['共受理政府信息公开申请35件']);
  });
});

/** Seed 002 without its table 二, its 主动公开 paragraph replaced by `paragraph`. */
function active(paragraph: string): Doc {
  const doc = Doc.seed('002');
  const t = doc.table('active');
  doc.deleteLines(t.startLine, t.endLine - t.startLine + 1);
  return doc.setLine(doc.line('1.主动公开方面'), `1.主动公开方面。${paragraph}`);
}

describe('prose-conflict on table 二’s figures', () => {
  it('two counts of licensing decisions', () => {
    const doc = active('全年作出行政许可决定21650件。本年度办理行政许可21000件。');
    expectOne(doc.text, 'prose-conflict', doc.find('办理行政许可21000件', doc.line('1.主动公开方面')), { zh: ['“作出行政许可决定21650件”'] });
  });

  it('fees beyond the rounding the round figure allows (2100万元 is 2,050 to 2,150)', () => {
    const doc = active('全年收取行政事业性收费2030.17万元。全年行政事业性收费共计2100万元。');
    expectOne(doc.text, 'prose-conflict', doc.find('行政事业性收费共计2100万元', doc.line('1.主动公开方面')));
  });

  it('quiet for fees within it (2030万元 for 2030.17万元)', () => {
    expectNone(active('全年收取行政事业性收费2030.17万元。全年行政事业性收费共计2030万元。').text, 'prose-conflict');
  });
});

describe('prose-conflict stays quiet', () => {
  it('when the table holds the figure (the prose-vs-table rule says which statement is wrong)', () => {
    const doc = Doc.seed('002');
    expectNone(doc.text, 'prose-conflict');
    assert.equal(only(findingsOf(doc.text), 'narrative-mismatch').length, 2);
  });

  // [what it shows, the paragraph]
  const cases: [string, string][] = [
    ['the same figure twice', '全年共受理政府信息公开申请35件。全年依申请公开受理量达35件。'],
    ['different quantities: received including the carry-over, and new', '全年共收到政府信息公开申请183件（含上年结转5件）。其中本年新收政府信息公开申请178件。'],
    ['requests handled (一＋二) and dealt with (（七）总计)', '全年共收到申请120件，上年结转申请5件，本年度合计办理125件，办结120件，结转下年度5件。'],
    ['an applicant’s new requests and its requests with the carry-over', '全年自然人申请110件。包括上年结转在内，自然人申请共115件。'],
    ['decisions made and decisions published', '全年作出行政处罚决定1200件。其中，公开行政处罚决定1000件。'],
    ['another year’s figure', '2023年共受理政府信息公开申请35件。2024年共受理政府信息公开申请178件。'],
    ['a wider body’s figure', '全县共受理政府信息公开申请350件。本机关共受理政府信息公开申请178件。'],
    ['an approximation', '全年共受理政府信息公开申请170余件。全年依申请公开受理量达178件。'],
    ['a breakdown by channel', '全年共受理政府信息公开申请178件，其中网上申请35件。'],
    ['one statement', '全年共受理政府信息公开申请178件。'],
  ];
  for (const [what, paragraph] of cases) {
    it(`${what}: ${paragraph}`, () => expectNone(requests(paragraph).text, 'prose-conflict'));
  }

  it('every seed as published', () => {
    for (const s of ['000', '001', '002', '003', '004']) expectNone(Doc.seed(s).text, 'prose-conflict');
  });
});
