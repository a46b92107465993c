/**
 * narrative-mismatch on sentences of a fourth blind battery (helper h4, 537 placements in the seeds): a total
 * after a list of outcomes or of applicants, a level reached after a change or another year's figure, the office's
 * count beside a wider whole's, table 三's row labels as the requests' words, applications for review received as
 * the review body, and three negations. Each reading that is right stays, beside the one that was wrong.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, type Finding } from '../../shared/src';
import { Doc } from '../helpers/doc';

const PROSE = new Set(['narrative-mismatch', 'prose-sum']);
const prose = (text: string): Finding[] => analyze(text).findings.filter((f) => PROSE.has(f.code));

function covered(text: string, f: { range: Finding['range'] }): string {
  const line = text.split(/\r\n|\n|\r/)[f.range.start.line]!;
  return line.slice(f.range.start.character, f.range.end.character);
}

/**
 * Seed 002 (一 178: 自然人171, 商业企业7; 二 5; 予以公开 99, 部分公开 14, 不予公开 12, 无法提供 33 (不掌握 30), 其他处理 20
 * (逾期未缴费 5); （七）178; 四 5; 复议 25 (纠正 10); 诉讼 5) with a line of its own after a heading or paragraph.
 */
function seed002(after: string, sentence: string): { text: string; line: number } {
  const doc = Doc.seed('002');
  // Its 依申请公开 paragraph says 35 where the table has 178: replaced, so that only the sentence tried is read.
  doc.setLine(doc.line('2.依申请公开方面'), '2.依申请公开方面。依法依规做好依申请公开工作。');
  const line = doc.line(after) + 1;
  doc.insertLines(line, sentence);
  return { text: doc.text, line };
}

const on = (after: string, sentence: string): string[] => {
  const { text, line } = seed002(after, sentence);
  return prose(text).filter((f) => f.range.start.line === line).map((f) => `${f.code}:${covered(text, f)}`);
};

const PART3 = '三、收到和处理政府信息公开申请情况';
const PART4 = '四、政府信息公开行政复议、行政诉讼情况';
const REQUESTS = '2.依申请公开方面';

describe('a total after some of the outcomes', () => {
  it('may be the sum of those named, two or more left unsaid (共计125件 = 99 + 14 + 12)', () => {
    assert.deepEqual(on(PART3, '予以公开99件、部分公开14件、不予公开12件，共计125件。'), []);
  });

  it('is still found when it is neither their sum nor （七）总计 (共计130件)', () => {
    assert.deepEqual(on(PART3, '予以公开99件、部分公开14件、不予公开12件，共计130件。'), ['narrative-mismatch:共计130件']);
  });

  it('two left unsaid: their sum too (合计158件 = 99 + 14 + 12 + 33)', () => {
    assert.deepEqual(on(PART3, '予以公开99件、部分公开14件、不予公开12件、无法提供33件，合计158件。'), []);
  });

  it('one left unsaid: the list is all of them, （七）总计 alone (合计158件 after five groups)', () => {
    assert.deepEqual(on(PART3, '予以公开99件、部分公开14件、不予公开12件、无法提供33件、其他处理20件，合计158件。'), ['narrative-mismatch:合计158件']);
  });
});

describe('a total after both kinds of applicant', () => {
  it('is all the requests: found when it is none of 一, 一＋二, （七） (共计180件)', () => {
    assert.deepEqual(on(PART3, '自然人申请171件、法人或其他组织7件，共计180件。'), ['narrative-mismatch:共计180件']);
  });

  it('stays quiet when it is (共178件)', () => {
    assert.deepEqual(on(PART3, '其中自然人申请171件、法人或其他组织申请7件，共178件。'), []);
  });

  it('is not read after one kind of organisation only (企业: the other columns may be left out)', () => {
    assert.deepEqual(on(PART3, '自然人申请171件、企业申请7件，共计180件。'), []);
  });
});

describe('a level reached after a change or another year', () => {
  it('达190件 after 较上年增加12件: the year’s requests', () => {
    assert.deepEqual(on(REQUESTS, '政府信息公开申请较上年增加12件，达190件。'), ['narrative-mismatch:达190件']);
    assert.deepEqual(on(REQUESTS, '政府信息公开申请较上年增加12件，达178件。'), []);
  });

  it('2024年增至170件 after 2023年共收到…7件: the report year’s', () => {
    assert.deepEqual(on(REQUESTS, '2023年共收到政府信息公开申请7件，2024年增至170件。'), ['narrative-mismatch:170件']);
    assert.deepEqual(on(REQUESTS, '2023年共收到政府信息公开申请7件，2024年增至178件。'), []);
  });

  it('of the cases too (较上年减少2件，为23件: 复议 25)', () => {
    assert.deepEqual(on(PART4, '因政府信息公开被申请行政复议案件较上年减少2件，为23件。'), ['narrative-mismatch:为23件']);
    assert.deepEqual(on(PART4, '因政府信息公开被申请行政复议案件较上年减少2件，为25件。'), []);
  });

  it('not when the level is of another year too (2022年…20件，2023年为7件 in a 2024 report)', () => {
    assert.deepEqual(on(REQUESTS, '2022年收到政府信息公开申请20件，2023年为7件。'), []);
  });

  it('not when the change was of another thing (网站发布信息较上年增加200条，达3000条)', () => {
    assert.deepEqual(on(REQUESTS, '全年共收到政府信息公开申请178件，网站发布信息较上年增加200条，达3000条。'), []);
  });
});

describe('the office’s count beside a wider whole’s', () => {
  it('agrees with a table that holds the whole’s figure (县政府本级35件，全县178件)', () => {
    assert.deepEqual(on(REQUESTS, '县政府本级收到政府信息公开申请35件，全县共收到178件。'), []);
    assert.deepEqual(on(REQUESTS, '全县128个单位共收到政府信息公开申请178件，县政府办公室收到35件。'), []);
  });

  it('is still found when the table holds neither (全县200件，县政府本级35件)', () => {
    assert.deepEqual(on(REQUESTS, '全县共收到政府信息公开申请200件，县政府本级收到35件。'), ['narrative-mismatch:收到35件']);
  });

  it('is read as before when the whole’s figure is not the table’s (全市5000件，本机关150件)', () => {
    assert.deepEqual(on(REQUESTS, '全市共收到政府信息公开申请5000件，本机关收到150件。'), ['narrative-mismatch:收到150件']);
    assert.deepEqual(on(REQUESTS, '全市共收到政府信息公开申请5000件，本机关收到178件。'), []);
  });
});

describe('table 三’s row labels name the requests', () => {
  it('本机关不掌握相关政府信息二十件 (in numerals, no 申请 said): 不掌握 30', () => {
    assert.deepEqual(on(PART3, '本机关不掌握相关政府信息二十件。'), ['narrative-mismatch:不掌握相关政府信息二十件']);
    assert.deepEqual(on(PART3, '本机关不掌握相关政府信息三十件。'), []);
  });

  it('outside part 三 and 依申请公开’s paragraph too (after 3.政府信息管理方面)', () => {
    assert.deepEqual(on('3.政府信息管理方面', '本机关不掌握相关政府信息20件。'), ['narrative-mismatch:不掌握相关政府信息20件']);
    assert.deepEqual(on('3.政府信息管理方面', '本机关不掌握相关政府信息30件。'), []);
  });

  it('a sentence in numerals after one counting the requests follows them up (办结一百六十件: 一＋二 183, （七） 178)', () => {
    assert.deepEqual(on(REQUESTS, '全年共收到政府信息公开申请178件。办结一百六十件。'), ['narrative-mismatch:办结一百六十件']);
    assert.deepEqual(on(REQUESTS, '全年共收到政府信息公开申请178件。办结一百七十八件。'), []);
  });
});

describe('applications for review received', () => {
  it('are the review body’s (收到行政复议申请12件), not table 四’s', () => {
    assert.deepEqual(on('5.监督保障方面', '2024年共收到行政复议申请12件（本机关为复议机关）。'), []);
  });

  it('the cases against the office are still read (被申请行政复议20件: 复议 25)', () => {
    assert.deepEqual(on(PART4, '本年度因政府信息公开被申请行政复议20件。'), ['narrative-mismatch:被申请行政复议20件']);
  });
});

describe('negations', () => {
  it('不存在 before the cases (不存在因政府信息公开被提起行政诉讼的情况: 诉讼 5)', () => {
    assert.deepEqual(on(PART4, '不存在因政府信息公开被提起行政诉讼的情况。'), ['narrative-mismatch:不存在因政府信息公开被提起行政诉讼']);
  });

  it('无依申请公开件: none of the year’s requests (一 178)', () => {
    assert.deepEqual(on(REQUESTS, '全年无依申请公开件。'), ['narrative-mismatch:无依申请公开件']);
  });

  it('but not none of some of them (无依申请公开件逾期答复)', () => {
    assert.deepEqual(on(REQUESTS, '全年无依申请公开件逾期答复。'), []);
  });

  it('no request ended for a fee not paid, said with 信息处理费 and 终止处理 (逾期未缴费 5)', () => {
    assert.deepEqual(on(PART3, '本年度未发生因逾期未缴纳信息处理费而终止处理的情形。'), ['narrative-mismatch:未发生因逾期未缴纳信息处理费而终止处理的情形']);
  });
});

describe('quiet on a table that agrees (seed 001: 一 13, every other figure 0)', () => {
  const seed001 = (after: string, sentence: string): string[] => {
    const doc = Doc.seed('001');
    const line = doc.line(after) + 1;
    doc.insertLines(line, sentence);
    return prose(doc.text).filter((f) => f.range.start.line === line).map((f) => covered(doc.text, f));
  };
  for (const [after, sentence] of [
    [PART3, '本年度未发生因逾期未缴纳信息处理费而终止处理的情形。'],
    [PART4, '不存在因政府信息公开被提起行政诉讼的情况。'],
    ['（二）不断规范依申请公开工作', '2023年共收到政府信息公开申请7件，2024年增至13件。'],
  ] as const) {
    it(sentence, () => assert.deepEqual(seed001(after, sentence), []));
  }
});
