/**
 * change-mismatch: a change stated with last year's figure beside it (较上年的7件增加171件) must follow
 * from this year's figure. Seed 002: 一、本年新收 178, 表四 行政复议 25.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { covered, expectNone, expectOne } from '../../helpers/findings';

const PREFIX = '2.依申请公开方面。';

/** Seed 002 with its 依申请公开 paragraph replaced by `sentence`. */
function requests(sentence: string): Doc {
  const doc = Doc.seed('002');
  return doc.setLine(doc.line('2.依申请公开方面'), PREFIX + sentence);
}

describe('change-mismatch fires', () => {
  it('a count: 178 against last year’s 7 is 171 more, not 160 — at the change, pointing at last year’s figure', () => {
    const doc = requests('全年共收到政府信息公开申请178件，较上年的7件增加160件。');
    const f = expectOne(doc.text, 'change-mismatch', doc.find('增加160件', doc.line(PREFIX)), {
      severity: 'warning',
      zh: ['正文“增加160件”算不出来', '本年为178件，上年为7件，实际增加171件'],
      en: ['this year’s 178 against last year’s 7 is up 171'],
      fixed: null,
    });
    assert.deepEqual(f.related.map((r) => covered(doc.text, r.range)), ['7']);
  });

  // [what it shows, the paragraph, the words the finding covers, what its message must say]
  const cases: [string, string, string, string[]][] = [
    ['a percentage, last year’s figure in brackets', '全年共收到申请178件，比上年（100件）增长70%。', '增长70%', ['实际增长78%']],
    ['the comparison before the figure, this year’s taken from table 三', '与2023年的100件相比，全年收到申请增加80件。', '增加80件', ['本年为178件，上年为100件，实际增加78件']],
    ['last year’s figure with its year in brackets', '全年共收到申请178件，同比（2023年100件）增长70%。', '增长70%', ['实际增长78%']],
    ['last year’s figure in brackets right after the change', '全年共收到申请178件，同比增长70%（上年为100件）。', '增长70%', ['实际增长78%']],
    ['last year’s count in brackets after a count change', '本年度被申请行政复议25件，同比减少3件（2023年同期为30件）。', '减少3件', ['实际减少5件']],
    ['a decrease that is an increase', '本年度被申请行政复议25件，较上年的30件减少3件。', '减少3件', ['本年为25件，上年为30件，实际减少5件']],
    // Both changes against one figure: the second, a percentage right after the first, is checked too.
    ['the percentage after a right count', '全年共收到申请178件，较上年的100件增加78件，增长87%。', '增长87%', ['实际增长78%']],
    ['the percentage after a right count, 同比 before it', '全年共收到申请178件，较上年的160件增加18件，同比增长12.3%。', '增长12.3%', ['实际增长11.3%']],
    ['持平 (no change) against another figure', '全年共收到申请178件，与上年的170件持平。', '与上年的170件持平', ['本年为178件，上年为170件，实际增加8件']],
    // A percentage right after a count change: last year's figure is this year's less the count (178 − 28 = 150).
    ['a percentage after a count change, this year’s stated', '全年共收到申请178件，比上年增加28件，同比增长25%。', '增长25%', ['本年为178件，上年为150件', '实际增长18.7%']],
    ['a percentage after a count change, this year’s from table 三', '与上年相比，全年收到申请减少22件，下降8%。', '下降8%', ['本年为178件，上年为200件', '实际下降11%']],
    ['基本持平 beyond a tenth of last year’s figure', '全年共收到申请178件，与上年的150件基本持平。', '与上年的150件基本持平', ['实际增加28件（“基本持平”按相差不超过15件计）']],
    // Last year's figure as a clause of its own right after the change (the last change before it takes it).
    ['last year’s figure in the clause after the change', '全年共收到申请178件，同比增长70%，上年为100件。', '增长70%', ['本年为178件，上年为100件', '实际增长78%']],
    ['last year’s figure in the clause after a count and a percentage', '全年共收到申请178件，较上年减少5件，下降2.7%，上年为200件。', '下降2.7%', ['本年为178件，上年为200件', '实际下降11%']],
    ['last year’s figure after a count change, its year the one compared with', '全年共收到申请178件，与2023年相比增加28件，2023年为160件。', '增加28件', ['实际增加18件']],
    // A comparison in a sentence of its own, naming nothing, right after the sentence that ends with the year's total.
    ['more than last year’s figure, said with a bare 多', '全年共收到申请178件，比2023年的150件多38件。', '多38件', ['本年为178件，上年为150件，实际增加28件']],
    ['fewer than last year’s figure, said with a bare 少', '本年度被申请行政复议25件，比2023年的30件少3件。', '少3件', ['本年为25件，上年为30件，实际减少5件']],
    ['a comparison in the sentence after the total', '县政府全年共收到政府信息公开申请178件。与2023年的150件相比，增加38件，增长18.7%。', '增加38件', ['本年为178件，上年为150件，实际增加28件']],
    // After last year's carry-over that follows the total: of the total, the two together or the carry-over, and none agrees.
    ['a change after the total and the carry-over, of none of them', '全年共收到申请178件，上年结转5件，与2023年的150件相比，增加38件。', '增加38件', ['本年为178件，上年为150件，实际增加28件']],
    ['a percentage after the total and the carry-over, of none of them', '全年共收到申请178件，上年结转5件，较上年的150件增长30%。', '增长30%', ['本年为178件，上年为150件，实际增长18.7%']],
    ['a comparison after a sentence ending with the total and the carry-over, of none of them', '全年共收到申请178件，上年结转5件。与2023年的150件相比，增加38件。', '增加38件', ['本年为178件，上年为150件，实际增加28件']],
    // 持平 naming nothing, with last year's figure stated, after a sentence ending with the total (and the carry-over).
    ['持平 after a sentence ending with the total', '全年共收到申请178件。与2023年的170件持平。', '与2023年的170件持平', ['本年为178件，上年为170件，实际增加8件']],
    // Last year's figure in a bracket or a clause of its own right after the 持平, as after a change.
    ['持平, last year’s figure in brackets right after it', '全年共收到申请178件，与上年持平（上年为170件）。', '与上年持平', ['本年为178件，上年为170件，实际增加8件']],
    ['持平, last year’s figure in a clause right after it', '全年共收到申请178件，与2023年持平，2023年为170件。', '与2023年持平', ['本年为178件，上年为170件，实际增加8件']],
    ['持平 after a sentence ending with the total and the carry-over, of none of them', '全年共收到申请178件，上年结转5件。与2023年的150件持平。', '与2023年的150件持平', ['本年为178件，上年为150件，实际增加28件']],
    ['持平 after the total and the carry-over, of none of them', '全年共收到申请178件，上年结转5件，与上年的150件持平。', '与上年的150件持平', ['本年为178件，上年为150件，实际增加28件']],
    // A percentage one unit off: 22 of 200 is 11%, which neither rounds nor truncates to 12% (nor 18.67% to 18.5%).
    ['a percentage one unit above, after a count change', '本年度新收申请178件，比2023年（200件）减少22件，同比下降12%。', '下降12%', ['实际下降11%']],
    ['a percentage one unit above, last year’s figure in brackets', '全年共收到申请178件，比上年（200件）下降12%。', '下降12%', ['实际下降11%']],
    ['a percentage half a unit below', '全年共收到申请178件，较上年的150件增长18.5%。', '增长18.5%', ['实际增长18.7%']],
    // Last year's figure as a clause of its own right before the change, with no comparison word: that clause compares.
    ['last year’s figure in the clause before the change, with its year', '全年共收到申请178件，2023年为150件，增长38件。', '增长38件', ['本年为178件，上年为150件，实际增加28件']],
    ['last year’s figure in the clause before a percentage', '全年共收到申请178件，上年同期为150件，增长8.7%。', '增长8.7%', ['实际增长18.7%']],
    ['last year’s figure with its verb before the change', '全年共收到申请178件，2023年收到150件，增长了38件。', '增长了38件', ['实际增加28件']],
    // Last year's figure stated first, as a clause of last year of its own, then this year's right before the change (h6).
    ['last year’s figure first, a decrease that is an increase', '2023年收到政府信息公开申请134件，2024年收到178件，同比减少44件。', '减少44件', ['本年为178件，上年为134件，实际增加44件']],
    ['last year’s figure first, the amount wrong', '2023年收到政府信息公开申请134件，2024年收到政府信息公开申请178件，较去年增加40件。', '增加40件', ['实际增加44件']],
    ['last year’s figure first, a percentage', '2023年收到政府信息公开申请134件，2024年收到178件，比上年增长20.0%。', '增长20.0%', ['实际增长32.8%']],
    ['last year named 上年, this year 本年', '上年收到政府信息公开申请134件，本年收到178件，同比下降44件。', '下降44件', ['实际增加44件']],
    ['last year’s figure first, then 持平', '2023年收到政府信息公开申请134件，2024年收到178件，与上年持平。', '与上年持平', ['本年为178件，上年为134件，实际增加44件']],
    ['last year’s figure first, then 基本持平 beyond a tenth', '2023年收到政府信息公开申请134件，2024年收到178件，与上年基本持平。', '与上年基本持平', ['实际增加44件']],
    ['last year’s figure first, a wrong count then a right percentage: the count alone', '2023年收到政府信息公开申请134件，2024年收到178件，比上年增加40件，增长32.8%。', '增加40件', ['实际增加44件']],
  ];
  for (const [what, paragraph, words, zh] of cases) {
    it(`${what}: ${paragraph}`, () => {
      const doc = requests(paragraph);
      expectOne(doc.text, 'change-mismatch', doc.find(words, doc.line(PREFIX)), { zh });
    });
  }
});

describe('change-mismatch stays quiet', () => {
  it('a comparison opening the next paragraph does not take the total that ended the paragraph before', () => {
    const doc = requests('全年共收到政府信息公开申请178件。');
    doc.insertLines(doc.line(PREFIX) + 1, '与2023年的150件相比，增加38件，增长25.3%。');
    expectNone(doc.text, 'change-mismatch');
  });


  const cases: [string, string][] = [
    ['the change follows from the figures', '全年共收到政府信息公开申请178件，较2023年的7件增加171件。'],
    ['a percentage within rounding (78% for 100 → 178, 77.9% written)', '全年共收到申请178件，较上年的100件增长77.9%。'],
    ['no figure of last year in the sentence (year-claim’s, with last year’s report)', '全年共收到申请178件，较上年增长78%。'],
    ['a percentage that follows from a count change (178 − 28 = 150; 28/150 = 18.7%)', '全年共收到申请178件，比上年增加28件，同比增长18.7%。'],
    ['a percentage that follows from a count change, truncated', '全年共收到申请178件，较上年减少22件，下降11%。'],
    ['a percentage not right after the count change', '全年共收到申请178件，比上年增加28件，其中网上申请增长30%。'],
    ['a change of a count the claims do not read (a channel)', '全年共收到申请178件，其中网上申请120件，较上年的100件增加20件。'],
    ['a rate against last year’s rate, in points', '全年办结申请178件，办结率较上年的90%提高5个百分点。'],
    ['a change of other things', '全年共接听热线电话1200个，较上年的1000个增加300个。'],
    ['two counts between the comparison and the change: which is last year’s is not said', '全年共收到申请178件，较上年的7件、前年的5件增加160件。'],
    ['a count and a percentage, both right', '全年共收到申请178件，较上年的100件增加78件，增长78%。'],
    ['a percentage after a change of something else in between', '全年共收到申请178件，较上年的100件增加78件，其中网上申请120件，增长20%。'],
    ['last year’s figure in brackets after the change, right', '全年共收到申请178件，同比增长78%（上年为100件）。'],
    ['a bracket after the change naming another thing', '全年共收到申请178件，同比增长78%（其中网上申请100件）。'],
    ['持平 with the same figure', '全年共收到申请178件，与上年的178件持平。'],
    ['持平, the same figure in brackets right after it', '全年共收到申请178件，与上年持平（上年为178件）。'],
    ['基本持平 within a tenth, the figure in brackets right after it', '全年共收到申请178件，与上年基本持平（上年为170件）。'],
    ['持平, this year’s carry-over in brackets after it (not last year’s figure)', '全年共收到申请178件，与上年持平（上年结转5件）。'],
    ['持平, the figure in a clause after it of another year than the one compared', '全年共收到申请178件，与2023年持平，2022年为170件。'],
    ['a bare 多 that is right', '全年共收到申请178件，比2023年的150件多28件。'],
    ['多 in other words (多渠道, 多次)', '全年共收到申请178件，比2023年的150件多渠道受理，多次沟通。'],
    ['a comparison in the sentence after the total, right', '县政府全年共收到政府信息公开申请178件。与2023年的150件相比，增加28件，增长18.7%。'],
    // The sentence before ends with no total of the requests: what the change is of is not said.
    ['a comparison after a sentence ending with last year’s carry-over alone', '上年结转5件。与2023年的150件相比，增加38件。'],
    // The sentence before ends with the carry-over after the total: of the total, the two together or the carry-over.
    ['a comparison after a sentence ending with the total and the carry-over: of the total', '全年共收到申请178件，上年结转5件。与2023年的150件相比，增加28件。'],
    ['a comparison after a sentence ending with the total and the carry-over: of the two', '全年共收到申请178件，上年结转5件。与2023年的150件相比，增加33件。'],
    ['a comparison after a sentence ending with the total and the carry-over: of the carry-over', '全年共收到申请178件，上年结转5件。与2023年的3件相比，增加2件。'],
    ['a comparison after a sentence ending with a channel', '全年共收到申请178件，其中网上申请120件。与2023年的150件相比，增加38件。'],
    ['持平 after a sentence ending with the total, the same figure', '全年共收到申请178件。与2023年的178件持平。'],
    ['持平 after a sentence ending with the total and the carry-over: of the two', '全年共收到申请178件，上年结转5件。与2023年的183件持平。'],
    ['持平 after a sentence ending with the total and the carry-over: of the carry-over', '全年共收到申请178件，上年结转5件。与2023年的5件持平。'],
    ['持平 with no figure of last year, after a sentence ending with the total', '全年共收到申请178件。与上年持平。'],
    ['持平 after a sentence ending with a channel', '全年共收到申请178件，其中网上申请120件。与2023年的120件持平。'],
    ['a comparison with no figure of last year, after the total', '全年共收到申请178件。与上年相比，增加38件。'],
    ['基本持平 within a tenth of last year’s figure', '全年共收到申请178件，与上年的170件基本持平。'],
    ['持平 of a rate', '全年共收到申请178件，办结率与上年的90%持平。'],
    ['last year’s figure in the clause after the change, right', '全年共收到申请178件，较上年减少22件，下降11%，上年为200件。'],
    // Within the writer's rounding (18.67% as 18.7%) or truncation (18.67% as 18.6%, 11.3% as 11%).
    ['a percentage rounded', '全年共收到申请178件，较上年的150件增长18.7%。'],
    ['a percentage truncated', '全年共收到申请178件，较上年的150件增长18.6%。'],
    ['a whole percentage truncated', '全年共收到申请178件，较上年的160件增长11%。'],
    ['a whole percentage rounded up', '全年共收到申请178件，较上年的159件增长12%。'],
    ['last year’s figure in the clause after a count change, right', '全年共收到申请178件，较上年增加28件，上年为150件。'],
    // After last year's carry-over that follows the total, the change may be of the total (178), of the two (183) or of the carry-over (5).
    ['a change of the total, after the carry-over', '全年共收到申请178件，上年结转5件，与2023年的150件相比，增加28件。'],
    ['a change of the total and the carry-over together', '全年共收到申请178件，上年结转5件，与2023年的150件相比，增加33件。'],
    ['a change of the carry-over', '全年共收到申请178件，上年结转5件，与2023年的3件相比，增加2件。'],
    // 持平 after the carry-over that follows the total, likewise.
    ['持平 of the total, after the carry-over', '全年共收到申请178件，上年结转5件，与上年的178件持平。'],
    ['持平 of the total and the carry-over together', '全年共收到申请178件，上年结转5件，与上年的183件持平。'],
    ['持平 of the carry-over', '全年共收到申请178件，上年结转5件，与上年的5件持平。'],
    ['a change of a total that holds the carry-over, or of the carry-over', '全年共受理申请183件（其中上年结转5件），与2023年的150件相比，增加33件。'],
    // Not last year's figure alone: this year's carry-over, another year than the one compared with, a clause that goes on.
    ['上年结转 after the change is this year’s row', '全年共收到申请178件，较上年增加28件，上年结转5件。'],
    ['a year other than the one compared with', '全年共收到申请178件，与2023年相比增加28件，2022年为100件。'],
    ['last year’s figure of something else in its clause', '全年共收到申请178件，较上年增加28件，上年为100件的网上申请增至120件。'],
    ['last year’s figure in the clause before the change, right', '全年共收到申请178件，2023年为150件，增长28件。'],
    ['last year’s figure in the clause before a percentage, right', '全年共收到申请178件，上年同期为150件，同比增长18.7%。'],
    ['a clause of another year than the one before the report’s, before the change', '全年共收到申请178件，2022年为150件，增长38件。'],
    ['this year’s carry-over before the change is no figure of last year', '全年共收到申请178件，上年结转5件，增长38件。'],
    ['a change of one channel’s requests after last year’s figure', '全年共收到申请178件，较上年的150件，网上申请增加20件。'],
    ['a change of one topic’s requests after last year’s figure', '全年共收到申请178件，较上年的150件，涉及征地拆迁类申请增加20件。'],
    // Last year's figure stated first (h6): right; of two years before the report's; of another quantity; a change of another thing.
    ['last year’s figure first, right', '2023年收到政府信息公开申请134件，2024年收到178件，同比增加44件。'],
    ['last year’s figure first, a percentage right', '2023年收到政府信息公开申请134件，2024年收到178件，比上年增长32.8%。'],
    ['two years before the report’s (2022 against 2021 in a 2024 report)', '2022年收到政府信息公开申请134件，2023年收到160件，同比增加20件。'],
    ['compared with another year than the one stated first', '2023年收到政府信息公开申请134件，2024年收到178件，与2022年相比，增加40件。'],
    ['last year’s figure first, of another quantity', '2023年被申请行政复议3件，2024年收到政府信息公开申请178件，同比增加40件。'],
    ['last year’s figure first, the change of another thing', '2023年收到政府信息公开申请134件，2024年收到178件，满意率同比提高5%。'],
    ['last year’s figure first, 持平 and the same figure', '2023年收到政府信息公开申请178件，2024年收到178件，与上年持平。'],
    ['last year’s figure first, 基本持平 within a tenth', '2023年收到政府信息公开申请170件，2024年收到178件，同比基本持平。'],
    ['two years before the report’s, then 持平', '2022年收到政府信息公开申请134件，2023年收到178件，与上年持平。'],
    ['last year’s figure first, 持平 of a rate', '2023年收到政府信息公开申请134件，2024年收到178件，办结率与上年持平。'],
    ['last year’s figure first, the change of one channel', '2023年收到政府信息公开申请134件，2024年收到178件，其中网上申请同比增加40件。'],
  ];
  for (const [what, paragraph] of cases) {
    it(`${what}: ${paragraph}`, () => expectNone(requests(paragraph).text, 'change-mismatch'));
  }

  it('every seed as published', () => {
    for (const s of ['000', '001', '002', '003', '004']) expectNone(Doc.seed(s).text, 'change-mismatch');
  });
});

describe('change-mismatch in part 四, whose cases are the disclosure cases', () => {
  /** Seed 002 (行政复议 25, 行政诉讼 5) with `sentence` right after part 四's heading, and its paragraph replaced. */
  function partFour(sentence: string): { doc: Doc; line: number } {
    const doc = Doc.seed('002');
    const line = doc.line(/^四、/) + 1;
    doc.insertLines(line, sentence);
    return { doc, line };
  }

  for (const [sentence, words, zh] of [
    ['行政复议案件数量较上年（20件）增加15件。', '增加15件', '本年为25件，上年为20件，实际增加5件'],
    ['行政诉讼案件较上年的3件增加3件。', '增加3件', '本年为5件，上年为3件，实际增加2件'],
  ] as const) {
    it(`a change of the cases takes table 四's figure: ${sentence}`, () => {
      const { doc, line } = partFour(sentence);
      expectOne(doc.text, 'change-mismatch', doc.find(words, line), { zh: [zh] });
    });
  }

  for (const sentence of ['行政复议案件数量较上年（20件）增加5件。', '行政诉讼案件较上年的3件增加2件。']) {
    it(`agrees when it follows: ${sentence}`, () => expectNone(partFour(sentence).doc.text, 'change-mismatch'));
  }

  it('outside part 四 and disclosure, the cases of every kind are not read (监督保障: 行政复议案件较上年（20件）增加15件)', () => {
    const doc = Doc.seed('002');
    const line = doc.line('5.监督保障方面');
    doc.setLine(line, '5.监督保障方面。全县行政复议案件较上年（20件）增加15件。');
    expectNone(doc.text, 'change-mismatch');
  });
});
