/**
 * share-mismatch: shares of outcomes and applicants stated in the prose (占58.5%, 966件，占66.48%)
 * against table 三. Seed 002's table: 一 178 (自然人171, 法人7), 二 5, （一）99, （二）14, （三）12,
 * （四）33, （七）总计 178 — so 予以公开 is 55.6% of 178 and 54.1% of 一＋二 183.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { expectNone, expectOne, findingsOf, only } from '../../helpers/findings';

const PREFIX = '2.依申请公开方面。';

/** Seed 002 with its 依申请公开 paragraph replaced by `sentence`. */
function requests(sentence: string): Doc {
  const doc = Doc.seed('002');
  return doc.setLine(doc.line('2.依申请公开方面'), PREFIX + sentence);
}

function at(doc: Doc, words: string) {
  return doc.find(words, doc.line(PREFIX));
}

/** Seed 002 with `paragraph` put at the head of part 三 (before its table). */
function inPart3(paragraph: string): Doc {
  const doc = Doc.seed('002');
  return doc.insertLines(doc.line('三、收到和处理政府信息公开申请情况') + 1, paragraph);
}

describe('share-mismatch fires', () => {
  it('in part 三, a paragraph restating table 三 without the word 申请: 99 of 178 is 55.6%, not 60.0%', () => {
    const doc = inPart3('上年结转5件，本年新收178件，本年办结178件，其中予以公开99件，占办结总数的60.0%。');
    expectOne(doc.text, 'share-mismatch', doc.find('予以公开99件，占办结总数的60.0%', doc.line('上年结转5件')), { zh: ['55.6%'] });
  });

  it('a share without its count (其中予以公开或部分公开占58.5%): 113 of 178 is 63.5%', () => {
    const doc = requests('全年共办理政府信息公开申请178件，其中予以公开或部分公开占58.5%、不予公开占6.7%。');
    const f = expectOne(doc.text, 'share-mismatch', at(doc, '予以公开或部分公开占58.5%'), {
      severity: 'warning',
      zh: ['正文“予以公开或部分公开占58.5%”与表格不符', '为113件', '占表三“（七）总计”（178件）的63.5%', '都不是58.5%'],
      en: ['113', '63.5% of table 三 “(7) total” (178)', 'none is 58.5%'],
      fixed: null,
    });
    // The cells the share was computed from: 予以公开, 部分公开 and the totals.
    assert.ok(f.related.length >= 3, JSON.stringify(f.related));
  });

  // [what it shows, the paragraph, the words the finding covers, what its message must say]
  const cases: [string, string, string, string[]][] = [
    ['a share beside its count, in the clause after it: the range covers both', '其中，予以公开答复99件，占55.62%；部分公开14件，占7.87%；不予公开12件，占9.00%。', '不予公开12件，占9.00%', ['为12件', '6.74%', '都不是9.00%']],
    ['a share after a bare count, which the prose-vs-table rule does not read', '部分公开15，占9.9%。', '部分公开15，占9.9%', ['（二）部分公开', '7.9%']],
    ['a share of one column of the organisations: 7 of 178 is 3.9%', '商业企业申请占10%。', '商业企业申请占10%', ['“商业企业”为7件', '3.9%']],
    ['a share of the whole named after 占: 4 of 12 is 33.3%', '属于三类内部事务信息的占不予公开的30%。', '属于三类内部事务信息的占不予公开的30%', ['为4件', '占表三“（三）不予公开”各项总计之和（12件）的33.3%']],
    ['an applicant share: 171 of 178 is 96.1%', '自然人申请占90%。', '自然人申请占90%', ['“自然人”为171件', '96.1%']],
    // 自然人 of 一＋二 (176) over 一 (178) is 98.9%, a share of no whole: an applicant's column of 一 is of 一, of 一＋二 of 一＋二.
    ['an applicant share that only 一＋二’s column over 一 gives: 171 of 178 is 96.1%, 176 of 183 96.2%', '自然人申请占98.9%。', '自然人申请占98.9%', ['“自然人”为171件', '96.1%']],
    ['an applicant share after 一 stated (178 is 一): 171 of 178 is 96.1%', '全年共收到政府信息公开申请178件，其中自然人申请占98.9%。', '自然人申请占98.9%', ['96.1%']],
    ['a share in a sentence that compares the year with last year still is this year\'s: 171 of 178 is 96.1%', '全年共收到政府信息公开申请178件，比上年（150件）增加28件，其中自然人申请171件（占90.1%）。', '自然人申请171件（占90.1%）', ['“自然人”为171件', '96.1%']],
    ['a share of the disclosures that count the partial ones (其中部分公开 in its bracket): 113 of 178 is 63.5%', '全年共办理申请178件，其中予以公开113件（占60.5%，其中部分公开14件）。', '予以公开113件（占60.5%', ['63.5%']],
    // A bracket before the share saying the partial disclosures are among it: 113 of 178 is 63.5%, of 183 61.7%.
    ['a share after a bracket that counts the partial disclosures in (予以公开（含部分公开）占70%)', '全年共办理申请178件，其中予以公开（含部分公开）占70%。', '予以公开（含部分公开）占70%', ['63.5%']],
    ['shares paired by 分别 with the items counted before it: 7 of 178 is 3.9%', '其中，自然人申请171件、法人或其他组织申请7件，分别占96.1%和4.9%。', '法人或其他组织申请7件，分别占96.1%和4.9%', ['“法人或其他组织（五列之和）”为7件', '3.9%', '都不是4.9%']],
    ['a share after a bare count of the applicants the clause before named (以…为主): 171 of 178 is 96.1%', '申请人以自然人为主，共171件，占本年新收申请的90.1%。', '共171件，占本年新收申请的90.1%', ['“自然人”为171件', '96.1%']],
    ['a completion rate: （七）总计 178 of 一＋二 183 is 97.3%', '全年共收到政府信息公开申请178件，办结率92%。', '办结率92%', ['表三“（七）总计”为178件', '97.3%', '都不是92%']],
    // Table 四 (复议 8 10 7 0 25; lawsuits 2 0 2 1 5): a case rate is of the kind of case its sentence names.
    ['a review correction rate: 10 of 25 is 40%', '因政府信息公开被申请行政复议25件，纠错率30%。', '纠错率30%', ['表四行政复议“结果纠正”为10件', '40%', '都不是30%']],
    // A result counted before the rate is not its whole: 10 of 8 (维持8件) is no rate, 10 of 25 is 40%.
    ['a correction rate after the results: not of a result’s count', '因政府信息公开被申请行政复议25件，其中维持8件、纠正10件、其他结果7件，纠错率125%。', '纠错率125%', ['40%', '都不是125%']],
    ['a lawsuit upholding rate: 2 of 5 (or of the 4 decided) is not 100%', '被提起行政诉讼5件，维持率100%。', '维持率100%', ['“结果维持”为2件', '40%']],
    ['a lawsuit loss rate (败诉率 is of lawsuits): 0 of 5', '因政府信息公开被申请行政复议25件，被提起行政诉讼5件，败诉率20%。', '败诉率20%', ['行政诉讼', '“结果纠正”为0件']],
    // A result's share of its group, its count beside it: 8 of 25 is 32%, 10 of 25 is 40%.
    ['a review result with its count, the share after it: 8 of 25 is 32%', '因政府信息公开被申请行政复议25件，其中维持8件，占30%。', '维持8件，占30%', ['表四行政复议“结果维持”为8件', '占表四行政复议总计（25件）的32%', '都不是30%']],
    ['a share in brackets after its count: the bracket closes with it', '因政府信息公开被申请行政复议25件，其中维持8件（占32%），纠正10件（占45%）。', '纠正10件（占45%）', ['“纠正10件（占45%）”', '40%']],
    ['an outcome share in brackets', '全年办结178件，其中予以公开99件（占50%），部分公开14件。', '予以公开99件（占50%）', ['“予以公开99件（占50%）”', '55.6%']],
    // Counts in Chinese numerals: 14 of 178 is 7.9%; 12 of 178 is 6.7%; 4 of 12 is 33.3%; 8 of 25 is 32%.
    ['a count in numerals, the share in the clause after it', '办理结果：部分公开十四件，占比9.9%，不予公开十二件。', '部分公开十四件，占比9.9%', ['“（二）部分公开”总计为14件', '7.9%', '都不是9.9%']],
    ['a count in numerals with its share in brackets', '其中不予公开十二件（占8.7%）。', '不予公开十二件（占8.7%）', ['为12件', '6.7%']],
    ['counts in numerals paired by 分别', '其中，予以公开九十九件、部分公开十四件，分别占55.6%和9.9%。', '部分公开十四件，分别占55.6%和9.9%', ['为14件', '7.9%']],
    ['a review result counted in numerals', '因政府信息公开被申请行政复议二十五件，其中维持八件，占30%。', '维持八件，占30%', ['表四行政复议“结果维持”为8件', '32%']],
  ];
  for (const [what, paragraph, words, zh] of cases) {
    it(`${what} (${words})`, () => {
      const doc = requests(paragraph);
      expectOne(doc.text, 'share-mismatch', at(doc, words), { zh });
    });
  }

  for (const [sentence, words] of [
    ['依申请公开答复率为95.5%。', '答复率为95.5%'],
    ['不予公开的占比为9.5%。', '不予公开的占比为9.5%'],
    ['无法提供的比例为12%。', '无法提供的比例为12%'],
    ['予以公开占全部申请的70%。', '予以公开占全部申请的70%'],
    ['因本机关不掌握等原因无法提供占30.5%。', '因本机关不掌握等原因无法提供占30.5%'],
  ] as const) {
    it(`${sentence} (other ways of writing a share)`, () => {
      const doc = requests(sentence);
      expectOne(doc.text, 'share-mismatch', at(doc, words));
    });
  }
});

describe('share-mismatch stays quiet', () => {
  it('我县’s shares in a department’s report: the whole county’s, not the office’s (in the government’s own report they are compared)', () => {
    const sentence = '我县共办理政府信息公开申请178件，其中予以公开或部分公开占58.5%。';
    const own = requests(sentence);
    expectOne(own.text, 'share-mismatch', at(own, '予以公开或部分公开占58.5%'));
    const office = requests(sentence);
    office.setLine(office.line('湘潭县2024年政府信息公开工作年度报告'), '湘潭县交通运输局2024年政府信息公开工作年度报告');
    expectNone(office.text, 'share-mismatch');
  });

  it('in part 三, a paragraph restating table 三 without the word 申请, its share right', () => {
    expectNone(inPart3('上年结转5件，本年新收178件，本年办结178件，其中予以公开99件，占办结总数的55.6%。').text, 'share-mismatch');
  });

  it('in part 三, a paragraph of other counts without table 三’s words', () => {
    expectNone(inPart3('本年度政务服务大厅接待群众1200人次，其中线上咨询占60.0%。').text, 'share-mismatch');
  });

  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'share-mismatch'));
  }
  for (const sentence of [
    // Right, rounded: 99/178 = 55.62%, 14/178 = 7.87%, 12/178 = 6.74%, 33/178 = 18.54%.
    '其中，予以公开答复99件，占55.62%；部分公开14件，占7.87%；不予公开12件，占6.74%。',
    '全年共办理申请178件，其中予以公开或部分公开占63.5%、不予公开占6.7%、因本机关不掌握等原因无法提供占18.5%。',
    // An applicant's column of 一＋二 (176) of 一＋二 (183): 96.2%; the count written beside a share (171) of any whole: 93.4% of 183.
    '自然人申请占96.2%。',
    // Another thing's or application's shares, beside the requests in their paragraph.
    '全年共收到政府信息公开申请178件。政务服务事项申请人中，自然人占80%，企业占20%。',
    '全年共收到政府信息公开申请178件。12345热线来电中，自然人占80%，法人或其他组织占20%。',
    '全年共收到政府信息公开申请178件。低保救助申请人中，自然人占80%。',
    '全年共办理申请178件，其中予以公开（含部分公开）占63.5%。',
    '全年共办理申请178件，其中予以公开（包括部分公开）占61.7%。',
    '全年共办理申请178件，其中予以公开（含部分公开）约占70%。',
    '全年共办理政府信息公开申请183件，其中自然人申请171件，占93.4%。',
    // Truncated rather than rounded (55.617… written 55.61), and of 一＋二 (99/183 = 54.1%).
    '予以公开占55.61%。',
    '予以公开的占比为54.1%。',
    // Of a total the paragraph states (99 of 165 = 60%), not one of the table's.
    '全年共答复申请165件，其中予以公开99件，占60%。',
    // Applicants: 171/178 = 96.1%, 7/178 = 3.9%.
    '从申请主体看，自然人申请171件，占96.1%；法人或其他组织申请7件，占3.9%。',
    '其中，自然人申请171件，占96.1%；商业企业申请7件，占3.9%。',
    '申请人以自然人为主，共171件，占本年新收申请的96.1%。',
    '其中，自然人申请171件、法人或其他组织申请7件，分别占96.1%和3.9%。',
    '予以公开99件、部分公开14件，分别占55.6%、7.9%。',
    // 分别 over items the tables do not hold, or fewer shares than items: not read.
    '网上申请120件、信函申请58件，分别占67.4%和32.6%。',
    '自然人申请171件、商业企业申请5件、其他组织申请2件，分别占90%和10%。',
    '全年共办理申请178件，其中予以公开113件（占63.5%，其中部分公开14件）。',
    '全年共收到政府信息公开申请178件，比上年（150件）增加28件，其中自然人申请171件（占96.1%）。',
    // Last year's shares are not this year's tables'.
    '上年共收到政府信息公开申请150件，其中自然人申请140件，占93.3%。',
    // A bare count after a lead that names no kind of applicant or outcome (a topic) is no share of the tables'.
    '申请内容以征地拆迁为主，共120件，占67.4%。',
    // Rates: 178 of 183 is 97.3%; the writer's own counts (165 of 178); timeliness; 100% (another rule's); other things.
    '全年共收到政府信息公开申请178件，办结率97.3%。',
    '全年共收到政府信息公开申请178件，办结165件，办结率92.7%。',
    '全年共收到政府信息公开申请178件，按时办结率92%。',
    '全年共收到政府信息公开申请178件，到期办结率92%。',
    '全年共收到政府信息公开申请178件，办结率100%。',
    '全年共受理12345热线工单1200件，办结率92%，政府信息公开申请178件。',
    // Case rates: 10 of 25; 2 of the 4 lawsuits decided (1 pending); 2 of 5; none lost; a change; the
    // sentence's own counts (纠正10件 of 25).
    '因政府信息公开被申请行政复议25件，纠错率40%。',
    '被提起行政诉讼5件，维持率50%。',
    '被提起行政诉讼5件，维持率40%。',
    '被提起行政诉讼5件，败诉率0%。',
    '全年行政复议纠错率同比下降5%。',
    '行政复议25件，纠正10件，纠错率40%。',
    '行政复议25件，其中维持8件、纠正10件、其他结果7件，纠错率40%。',
    // A result's share of its group: 8 of 25, 10 of 25; of the 25 decided; an outcome of a request in a
    // paragraph that also names review (其他处理 is not 其他结果).
    '因政府信息公开被申请行政复议25件，其中维持8件，占32%，纠正10件，占40%。',
    '因政府信息公开被申请行政复议25件，其中维持8件（占32%）。',
    '全年办结178件，其中其他处理20件，占11.2%，另有行政复议25件。',
    // Not a share the table holds, not of this office or year, approximate, or a change.
    '网上申请150件，占84.3%。',
    '涉及征地拆迁类申请占40%。',
    '全市予以公开占20%。',
    '全县各部门予以公开占20%。',
    '2023年予以公开占20%。',
    '予以公开约占56%。',
    // Approximate before 占 as after it: 99 of 178 is 55.6%, written 约 60%.
    '其中予以公开约占60%。',
    '自然人申请大约占90%。',
    '其中不予公开将近占10%。',
    '自然人申请占比90%左右。',
    // Of the whole named after 占: 4 of 不予公开's 12, 30 of 无法提供's 33, 7 of the organisations' 7.
    '属于三类内部事务信息的占不予公开的33.3%。',
    '其中因本机关不掌握相关政府信息无法提供的30件，占无法提供总数的90.9%。',
    '商业企业申请7件，占法人或其他组织申请的100%。',
    '全年共收到政府信息公开申请178件，办结率90%以上。',
    '予以公开占比提高5%。',
    '依申请公开答复率100%，满意率98.5%。',
    // Counts in Chinese numerals, the shares right (14 of 178 is 7.9%, 99 of 178 is 55.6%, 4 of 12 is 33.3%).
    '办理结果：部分公开十四件，占比7.9%，不予公开十二件。',
    '其中，予以公开九十九件、部分公开十四件，分别占55.6%和7.9%。',
    '属于三类内部事务信息的四件，占不予公开的33.3%。',
    // Several outcomes named at once: what the share is of is unclear.
    '不予公开、无法提供占30%。',
    // Cases the office decided as the review body, or cases of other work: not table 四's.
    '区政府行政复议机构审结的政府信息公开类复议案件中，维持8件，撤销2件，纠错率20%。',
    '全年行政处罚案件被申请行政复议25件，纠错率20%。',
  ]) {
    it(sentence, () => expectNone(requests(sentence).text, 'share-mismatch'));
  }

  it('a count beside the share that contradicts the table: one finding, by the prose-vs-table rule', () => {
    const text = requests('予以公开及部分公开99件，占87.6%。').text;
    expectNone(text, 'share-mismatch');
    assert.equal(only(findingsOf(text), 'narrative-mismatch').length, 1);
  });

  it('of a total an earlier paragraph of the part states (答复申请165件 …; 予以公开99件，占60%)', () => {
    const doc = requests('其中予以公开99件，占60%。');
    const line = doc.line(PREFIX);
    expectOne(doc.text, 'share-mismatch', at(doc, '予以公开99件，占60%'));
    expectNone(doc.insertLines(line, '全年共答复政府信息公开申请165件。').text, 'share-mismatch');
  });

  it('a share outside the requests paragraphs (主动公开 of web posts)', () => {
    const doc = Doc.seed('002');
    const line = doc.line('1.主动公开方面');
    expectNone(doc.setLine(line, '1.主动公开方面。全年发布政策文件120件，占信息总量的15%。').text, 'share-mismatch');
  });

  it('without table 三’s rows there is nothing to compare with (missing-row says so)', () => {
    const doc = requests('其中予以公开或部分公开占58.5%。');
    const start = doc.line('一、本年新收政府信息公开申请数量');
    const end = doc.line('（七）总计');
    const text = doc.deleteLines(start, end - start + 8).text;
    expectNone(text, 'share-mismatch');
    assert.ok(only(findingsOf(text), 'missing-row').length > 0);
  });
});

/** Seed 002 without its table 三, its 依申请公开 paragraph replaced by `paragraph`. */
function withoutTable(paragraph: string): Doc {
  const doc = Doc.seed('002');
  const t = doc.table('requests');
  doc.deleteLines(t.startLine, t.endLine - t.startLine + 1);
  return doc.setLine(doc.line('2.依申请公开方面'), PREFIX + paragraph);
}

describe('share-mismatch without the table: the count beside the share over the counts stated before it', () => {
  it('fires: 99 of 178 is 55.6%, not 60%', () => {
    const doc = withoutTable('全年共收到政府信息公开申请178件，其中予以公开99件，占60%。');
    expectOne(doc.text, 'share-mismatch', at(doc, '予以公开99件，占60%'), {
      zh: ['正文“予以公开99件，占60%”算不出来', '99件占前面写出的178件的55.6%，不是60%', '表格中没有可以核对的数字'],
      en: ['99 of the 178 stated before it is 55.6%, not 60%'],
      fixed: null,
    });
  });

  it('fires on the one share of three that no count gives (12 of 178 is 6.74%, not 9.00%)', () => {
    const doc = withoutTable('全年共收到政府信息公开申请178件，其中予以公开99件，占55.62%；部分公开14件，占7.87%；不予公开12件，占9.00%。');
    expectOne(doc.text, 'share-mismatch', at(doc, '不予公开12件，占9.00%'), { zh: ['12件占前面写出的178件的6.74%，不是9.00%，占前面写出的其他件数也都不是'] });
  });

  it('names the largest count before it and, when another comes nearer, that one too', () => {
    const doc = withoutTable('全年共收到政府信息公开申请120件。其中，自然人申请110件，法人或其他组织申请10件。部分公开20件，占18.7%。');
    expectOne(doc.text, 'share-mismatch', at(doc, '部分公开20件，占18.7%'), { zh: ['20件占前面写出的120件的16.7%（占110件为18.2%），不是18.7%'], en: ['20 of the 120 stated before it is 16.7% (of 110, 18.2%), not 18.7%'] });
  });

  it('a change’s counts are no whole: 99 of the 171 more than last year would give 58%, of the 178 received it is 55.6%', () => {
    const doc = withoutTable('全年共收到政府信息公开申请178件，较上年的7件增加171件。其中予以公开99件，占58%。');
    expectOne(doc.text, 'share-mismatch', at(doc, '予以公开99件，占58%'), { zh: ['99件占前面写出的178件的55.6%，不是58%（'] });
  });

  // [what it shows, the paragraph]
  const quiet: [string, string][] = [
    ['the share agrees within rounding', '全年共收到政府信息公开申请178件，其中予以公开99件，占55.6%。'],
    ['the share of another count stated before it (一＋二 = 183)', '全年共收到申请183件（含上年结转5件），办结178件，其中予以公开99件，占54.1%。'],
    ['no count stated before it to be the whole', '其中予以公开99件，占60%。'],
    ['a share without a count beside it', '全年共收到政府信息公开申请178件，其中予以公开占60%。'],
    // The counts a paragraph states are read in digits: a count in numerals is checked against the tables alone.
    ['a count in numerals, with no table', '全年共收到政府信息公开申请一百七十八件，其中网上申请150件，予以公开九十九件，占55.6%。'],
  ];
  for (const [what, paragraph] of quiet) {
    it(`stays quiet: ${what}`, () => expectNone(withoutTable(paragraph).text, 'share-mismatch'));
  }
});

describe('share-mismatch: case rates under part 一’s 监督保障 (the disclosure cases, as the claims read them)', () => {
  /** Seed 002 with the paragraph that opens with `opening` replaced by `paragraph`. */
  const placed = (opening: string, paragraph: string) => {
    const doc = Doc.seed('002');
    return doc.setLine(doc.line(opening), paragraph);
  };

  it('5.监督保障方面。…被申请行政复议25件，纠错率30%: 10 of 25 is 40%', () => {
    const doc = placed('5.监督保障方面', '5.监督保障方面。全年被申请行政复议25件，纠错率30%。');
    expectOne(doc.text, 'share-mismatch', doc.find('纠错率30%', doc.line('5.监督保障方面')), { zh: ['“结果纠正”为10件', '40%', '都不是30%'] });
  });

  for (const [opening, paragraph, what] of [
    ['5.监督保障方面', '5.监督保障方面。全年被申请行政复议25件，纠错率40%。', 'the rate that holds'],
    ['5.监督保障方面', '5.监督保障方面。在依法行政方面，全年被申请行政复议25件，纠错率30%。', 'the body’s cases of every kind'],
    ['4.平台建设方面', '4.平台建设方面。全年被申请行政复议25件，纠错率30%。', 'under another sub-heading'],
  ] as const) {
    it(`stays quiet: ${what}`, () => expectNone(placed(opening, paragraph).text, 'share-mismatch'));
  }
});

describe('case rates in part 四, whose cases are the disclosure cases', () => {
  /** Seed 002 (行政复议 25: 维持8, 纠正10; 行政诉讼 5: 维持2, 纠正0, 尚未审结1) with `sentence` right after part 四's heading. */
  function partFour(sentence: string): Doc {
    const doc = Doc.seed('002');
    return doc.insertLines(doc.line(/^四、/) + 1, sentence);
  }

  for (const [sentence, words, zh] of [
    ['行政复议纠错率为45%。', '纠错率为45%', ['表四行政复议“结果纠正”为10件', '40%', '都不是45%']],
    ['行政复议维持率为23%。', '维持率为23%', ['表四行政复议“结果维持”为8件', '32%', '都不是23%']],
    ['行政诉讼败诉率为20%。', '败诉率为20%', ['都不是20%']],
  ] as const) {
    it(`are read with no count before them: ${sentence}`, () => {
      const doc = partFour(sentence);
      expectOne(doc.text, 'share-mismatch', doc.find(words, doc.line(sentence)), { zh: [...zh] });
    });
  }

  for (const sentence of ['行政复议纠错率为40%。', '行政复议维持率为32%。', '行政诉讼败诉率为0。']) {
    it(`agree when they follow: ${sentence}`, () => expectNone(partFour(sentence).text, 'share-mismatch'));
  }

  it('outside part 四, with no count and no word of disclosure, a rate may be of all the cases (5.监督保障方面。行政复议纠错率为45%)', () => {
    const doc = Doc.seed('002');
    doc.setLine(doc.line('5.监督保障方面'), '5.监督保障方面。全年行政复议纠错率为45%。');
    expectNone(doc.text, 'share-mismatch');
  });
});

describe('share-mismatch in a paragraph naming disclosure and the outcomes, without the word 申请', () => {
  /** Seed 002 with its 平台建设 paragraph replaced by `paragraph`. */
  function platform(paragraph: string): Doc {
    const doc = Doc.seed('002');
    return doc.setLine(doc.line('4.平台建设方面'), paragraph);
  }
  for (const [paragraph, words] of [
    ['政府信息公开工作扎实推进。全年予以公开99件，占65.6%。', '全年予以公开99件，占65.6%'],
    ['政府信息公开工作扎实推进。无法提供33件，占28.5%。', '无法提供33件，占28.5%'],
  ] as const) {
    it(`fires: ${paragraph}`, () => {
      const doc = platform(paragraph);
      expectOne(doc.text, 'share-mismatch', doc.find(words, doc.line('政府信息公开工作扎实推进')));
    });
  }
  for (const paragraph of [
    '政府信息公开工作扎实推进。全年予以公开99件，占55.6%。',
    '政府信息公开工作扎实推进。全年审查公文683件，其中予以公开的50件，占7.3%。',
    // No word of disclosure: another topic's outcome.
    '全年予以公开99件，占65.6%。',
  ]) {
    it(`stays quiet: ${paragraph}`, () => expectNone(platform(paragraph).text, 'share-mismatch'));
  }
});

describe('予以公开率: the requests disclosed, with the partial disclosures or without, over those dealt with or received', () => {
  it('fires when no reading gives it: 99 or 113 of 178 or 183 is never 70%', () => {
    const doc = requests('全年共收到政府信息公开申请178件，予以公开率为70%。');
    expectOne(doc.text, 'share-mismatch', at(doc, '予以公开率为70%'), { zh: ['55.6%'] });
  });
  for (const sentence of [
    '全年共收到政府信息公开申请178件，予以公开率为55.6%。',
    '全年共收到政府信息公开申请178件，予以公开率为54.1%。',
    '全年共收到政府信息公开申请178件，予以公开率为63.5%。',
    '全年共收到政府信息公开申请178件，予以公开率（含部分公开）为63.5%。',
    '全年共收到政府信息公开申请178件，予以公开99件，予以公开率55.6%。',
    '全年共收到政府信息公开申请178件，予以公开率较上年提高5%。',
    // Documents by 公开属性 have a rate of their own.
    '全年审查公文683件，予以公开率为20%。',
  ]) {
    it(`stays quiet: ${sentence}`, () => expectNone(requests(sentence).text, 'share-mismatch'));
  }
});

describe('rates of table 三’s other outcomes (不予公开率, 无法提供率 …): the outcome over those dealt with or received', () => {
  // Seed 002: 部分公开 14, 不予公开 12, 无法提供 33, 不予处理 0, 其他处理 20 of （七）总计 178 (一＋二 183).
  for (const [sentence, words, zh] of [
    ['全年共收到政府信息公开申请178件，不予公开率为10%。', '不予公开率为10%', ['（三）不予公开', '为12件', '6.7%', '都不是10%']],
    ['全年共收到政府信息公开申请178件，无法提供率为25%。', '无法提供率为25%', ['为33件', '18.5%']],
    ['全年共收到政府信息公开申请178件，部分公开率为10%。', '部分公开率为10%', ['为14件', '7.9%']],
    ['全年共收到政府信息公开申请178件，其他处理率5%。', '其他处理率5%', ['为20件', '11.2%']],
  ] as const) {
    it(`fires: ${sentence}`, () => {
      const doc = requests(sentence);
      expectOne(doc.text, 'share-mismatch', at(doc, words), { zh: [...zh] });
    });
  }
  it('fires in part 三, whose outcome words name the requests (本年度无法提供率为20.5%)', () => {
    const doc = inPart3('本年度无法提供率为20.5%。');
    expectOne(doc.text, 'share-mismatch', doc.find('无法提供率为20.5%', doc.line('本年度无法提供率')), { zh: ['18.5%'] });
  });
  for (const sentence of [
    // Right: 12 of 178; 33 of 183 (18.0%); 14 and 33 of 178; its sentence's own count.
    '全年共收到政府信息公开申请178件，不予公开率为6.7%。',
    '全年共收到政府信息公开申请178件，无法提供率为18.0%。',
    '全年共收到政府信息公开申请178件，部分公开率7.9%，无法提供率18.5%。',
    '全年共收到政府信息公开申请178件，其中不予公开12件，不予公开率6.7%。',
    // A change, another domain's, documents by 公开属性, a rate that names no row of the table.
    '全年共收到政府信息公开申请178件，不予公开率较上年下降2%。',
    '全年共受理12345热线工单1200件，不予处理率5%，政府信息公开申请178件。',
    '全年审查公文683件，不予公开率为20%。',
    '全年共收到政府信息公开申请178件，驳回率为20%。',
    // Other applications and things, whose results bear the same words.
    '全年受理行政许可申请2150件，不予处理率为3%。',
    '全年受理信访事项300件，不予处理率为5%。',
    '全年受理低保申请300件，不予公开率为20%。',
  ]) {
    it(`stays quiet: ${sentence}`, () => expectNone(requests(sentence).text, 'share-mismatch'));
  }
});

describe('share-mismatch in a sentence listing the requests’ applicants or outcomes, each counted, that never names disclosure', () => {
  /** Seed 002 with its 平台建设 paragraph replaced by `paragraph`. */
  function platform(paragraph: string): Doc {
    const doc = Doc.seed('002');
    return doc.setLine(doc.line('4.平台建设方面'), paragraph);
  }
  it('fires: 从申请主体看，自然人171件，占86.1%；法人或其他组织7件，占13.9% (96.1% and 3.9%)', () => {
    const doc = platform('从申请主体看，自然人171件，占86.1%；法人或其他组织7件，占13.9%。');
    const fs = only(findingsOf(doc.text), 'share-mismatch');
    assert.equal(fs.length, 2, JSON.stringify(fs.map((f) => f.message['zh-CN'])));
    assert.match(fs[0]!.message['zh-CN'], /自然人.*96\.1%/);
    assert.match(fs[1]!.message['zh-CN'], /3\.9%/);
  });
  it('fires: a list of outcomes, one share wrong (予以公开99件，占60%: 55.6%)', () => {
    const doc = platform('从办理结果看，予以公开99件，占60%；部分公开14件，占7.9%；不予公开12件，占6.7%；无法提供33件，占18.5%。');
    expectOne(doc.text, 'share-mismatch', doc.find('予以公开99件，占60%', doc.line('从办理结果看')), { zh: ['55.6%'] });
  });
  // Shares in place of the counts name the requests as counts do.
  it('fires: 从申请主体看，自然人申请占86.1%，法人或其他组织申请占13.9% (96.1% and 3.9%)', () => {
    const doc = platform('从申请主体看，自然人申请占86.1%，法人或其他组织申请占13.9%。');
    const fs = only(findingsOf(doc.text), 'share-mismatch');
    assert.equal(fs.length, 2, JSON.stringify(fs.map((f) => f.message['zh-CN'])));
    assert.match(fs[0]!.message['zh-CN'], /自然人.*96\.1%/);
    assert.match(fs[1]!.message['zh-CN'], /3\.9%/);
  });
  it('fires: outcomes each with its share, none counted (予以公开占60%: 55.6%)', () => {
    const doc = platform('从办理结果看，予以公开占60%，部分公开占7.9%，不予公开占6.7%。');
    expectOne(doc.text, 'share-mismatch', doc.find('予以公开占60%', doc.line('从办理结果看')), { zh: ['55.6%'] });
  });
  it('fires in part 三 on applicants counted without 申请 (其中，自然人171件，占86.1%)', () => {
    const doc = inPart3('其中，自然人171件，占86.1%；法人或其他组织7件，占3.9%。');
    expectOne(doc.text, 'share-mismatch', doc.find('自然人171件，占86.1%', doc.line('其中，自然人171件')), { zh: ['96.1%'] });
  });
  for (const paragraph of [
    // The shares right.
    '从申请主体看，自然人171件，占96.1%；法人或其他组织7件，占3.9%。',
    '从申请主体看，自然人申请占96.1%，法人或其他组织申请占3.9%。',
    // Calls, applications of other kinds, or of no kind: not the requests.
    '政务服务事项申请人中，自然人占86.1%，法人或其他组织占13.9%。',
    '全年受理低保申请300件，其中自然人申请占86.1%，法人申请占13.9%。',
    '从申请人看，自然人占86.1%。',
    '12345热线共接听来电1200件，其中自然人来电1000件，占86.1%；法人或其他组织来电200件，占13.9%。',
    '全年受理低保申请300件，其中自然人申请290件，占86.1%，法人申请10件，占13.9%。',
    '全年办理行政许可申请2150件，其中自然人申请1800件，占86.1%；法人或其他组织申请350件，占13.9%。',
    '全年共受理各类申请3000件，其中自然人2800件，占86.1%，法人200件，占13.9%。',
    // Only the listing sentence is read, not the rest of its paragraph.
    '从申请主体看，自然人171件，法人或其他组织7件。自然人申请占80%。',
    // Another year.
    '2023年，自然人申请150件，占80%；法人或其他组织申请17件，占20%。',
  ]) {
    it(`stays quiet: ${paragraph}`, () => expectNone(platform(paragraph).text, 'share-mismatch'));
  }
  it('stays quiet in part 三 on counts of people, not requests (自然人250人次)', () => {
    expectNone(inPart3('全年接待群众300人次，其中自然人250人次，占80%。').text, 'share-mismatch');
  });
});

// Seed 002: 部分公开 14 of 178 is 7.9%, of 一＋二 183 7.7%; of a total the paragraph states (350) 4.0%.
describe('share-mismatch: a share agrees only with its writer’s rounding (half a unit either way) or truncation (up to a unit more)', () => {
  for (const [what, paragraph, words] of [
    ['a whole percent one unit above the figure: 14 of 350 is 4.0%, which neither rounds nor truncates to 5%', '全年共答复申请350件，其中部分公开14件，占5%。', '部分公开14件，占5%'],
    ['a decimal percent one unit above: 14 of 350 is 4.0%, not 4.1%', '全年共答复申请350件，其中部分公开14件，占4.1%。', '部分公开14件，占4.1%'],
    ['a share without its count, one unit above every figure: 7 of 175 is 4.0%, of 178 3.9%', '全年共答复申请175件，其中法人或其他组织申请占5%。', '法人或其他组织申请占5%'],
    ['a rate rounded up past its figure: 178 of 183 is 97.27%, which rounds and truncates to 97%, not 98%', '全年共收到政府信息公开申请183件，办结率98%。', '办结率98%'],
  ] as const) {
    it(`${what} (${words})`, () => {
      const doc = requests(paragraph);
      expectOne(doc.text, 'share-mismatch', at(doc, words));
    });
  }
  for (const sentence of [
    // 14 of 311 is 4.50%: rounded, 5%; 14 of 237 is 5.91%: truncated, 5%.
    '全年共答复申请311件，其中部分公开14件，占5%。',
    '全年共答复申请237件，其中部分公开14件，占5%。',
    // 113 of 178 is 63.48%: rounded twice (63.5%, then 64%).
    '全年共办理申请178件，其中予以公开或部分公开占64%。',
    // 14 of 178 is 7.865%: rounded 7.87% or 7.9%, truncated 7.8%; 8% both ways.
    '其中部分公开占7.8%。',
    '其中部分公开占8%。',
  ]) {
    it(sentence, () => expectNone(requests(sentence).text, 'share-mismatch'));
  }
});

describe('share-mismatch: a paragraph of its own right after the paragraph that counts the requests', () => {
  /** Seed 002 with its 依申请公开 paragraph counting the requests and `next` (one or more lines) right after it. */
  function after(next: string[], first = '全年共收到政府信息公开申请178件。'): Doc {
    const doc = requests(first);
    return doc.insertLines(doc.line(PREFIX) + 1, ...next);
  }

  it('其中，自然人申请171件，占60%: the share of the requests counted just before (96.1% of 178)', () => {
    const doc = after(['其中，自然人申请171件，占60%。']);
    expectOne(doc.text, 'share-mismatch', doc.find('自然人申请171件，占60%'), { zh: ['96.1%'] });
  });

  it('办结率90% alone: （七）总计 178 of 183 is 97.3%', () => {
    const doc = after(['办结率90%。']);
    expectOne(doc.text, 'share-mismatch', doc.find('办结率90%'), { zh: ['97.3%'] });
  });

  it('stays quiet when the share holds, when the paragraph has a subject of its own, after a blank-free gap of other text, or after last year’s requests', () => {
    expectNone(after(['其中，自然人申请171件，占96.1%。']).text, 'share-mismatch');
    expectNone(after(['群众满意率达到60%。']).text, 'share-mismatch');
    expectNone(after(['网上申请占60%。']).text, 'share-mismatch');
    expectNone(after(['12345热线办结率90%。']).text, 'share-mismatch');
    expectNone(after(['（三）政府信息管理', '办结率90%。']).text, 'share-mismatch');
    expectNone(after(['办结率90%。'], '2023年共收到政府信息公开申请150件。').text, 'share-mismatch');
  });
});

describe('share-mismatch: a rate of a part over its whole above 100%', () => {
  it('办结率101% is reported at its figure, whatever the tables hold', () => {
    const doc = requests('全年共收到政府信息公开申请178件，办结率101%。');
    expectOne(doc.text, 'share-mismatch', at(doc, '101%'), { zh: ['办结率101%', '超过100%'], en: ['cannot exceed 100%'] });
  });

  it('按时办结率100.5%, a timeliness rate the tables do not hold, is reported too', () => {
    const doc = requests('全年共收到政府信息公开申请178件，按时办结率100.5%。');
    expectOne(doc.text, 'share-mismatch', at(doc, '100.5%'), { zh: ['按时办结率100.5%'] });
  });

  it('公开率120% and 纠错率为150% outside the requests paragraph are reported', () => {
    const doc = inPart3('本机关政府信息公开率120%。');
    expectOne(doc.text, 'share-mismatch', doc.find('120%', doc.line('本机关政府信息公开率')), { zh: ['公开率120%'] });
    const review = inPart3('行政复议纠错率为150%。');
    expectOne(review.text, 'share-mismatch', review.find('150%', review.line('行政复议纠错率')), { zh: ['纠错率为150%'] });
  });

  it('two rates sharing one figure (办结率和满意率均为150%) are reported once, naming both', () => {
    const doc = requests('全年共收到政府信息公开申请178件，办结率和满意率均为150%。');
    expectOne(doc.text, 'share-mismatch', at(doc, '150%'), { zh: ['“办结率和满意率均为150%”超过100%', '办结率和满意率是一部分占全部的比例'] });
  });

  it('stays quiet at 100%, on growth, on changes of a rate, on 占比 and on rates that may exceed 100%', () => {
    for (const sentence of [
      '全年共收到政府信息公开申请178件，办结率100%。',
      '全年共收到政府信息公开申请178件，同比增长120%。',
      '全年共收到政府信息公开申请178件，办结率同比提高120%。',
      '全年共收到政府信息公开申请178件，年度任务完成率120%。',
    ]) {
      expectNone(requests(sentence).text, 'share-mismatch');
    }
    expectNone(inPart3('政务新媒体发布量占比120%。').text, 'share-mismatch');
  });
});
