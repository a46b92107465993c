/** overview-figures: 一、总体情况 gives the year's figures, not set phrases alone (format §5.2, §1.4). */
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { expectNone, expectOne } from '../../helpers/findings';

/** Seed 002 with part 一 replaced by `body`. */
function withOverview(body: string[]): Doc {
  const doc = Doc.seed('002');
  const { start, end } = doc.partLines('一');
  doc.deleteLines(start + 1, end - start - 1).insertLines(start + 1, '', ...body, '');
  return doc;
}

/** A boilerplate overview: the five topics, a year and a legal reference, no figure. */
const BOILERPLATE = [
  '2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》第五十条和国办公开办函〔2021〕30号要求，坚持以公开为常态、不公开为例外。',
  '（一）主动公开。通过政府网站及时主动公开各类政府信息，走进千家万户。',
  '（二）依申请公开。依法依规办理政府信息公开申请，做到一个窗口受理。',
  '（三）政府信息管理。严格落实保密审查制度，建立两项制度。',
  '（四）平台建设。不断加强政府网站和政务新媒体建设。',
  '（五）监督保障。加强组织领导和考核培训，3月31日前发布年度报告。',
];

describe('overview-figures fires', () => {
  it('a boilerplate overview (years, dates, article and document numbers, set phrases) → one hint on its heading', () => {
    const doc = withOverview(BOILERPLATE);
    expectOne(doc.text, 'overview-figures', doc.find('一、总体情况'), {
      severity: 'info',
      zh: ['第一部分“总体情况”通篇没有具体数字', '应用本年度的数据'],
      en: ['gives no figure at all'],
      fixed: null,
    });
  });

  it('one short paragraph without a figure', () => {
    const doc = withOverview(['本年度我局政府信息公开工作平稳有序开展，各项工作均按要求落实到位。']);
    expectOne(doc.text, 'overview-figures', doc.find('一、总体情况'));
  });

  it('百, 千 and 万 in set phrases, not before 余 or 多, are no counts (千方百计, 万无一失, 百姓)', () => {
    const doc = withOverview([...BOILERPLATE, '千方百计为百姓办实事，确保信息发布万无一失。']);
    expectOne(doc.text, 'overview-figures', doc.find('一、总体情况'));
  });

  it('the template instruction beside set phrases is not a figure either', () => {
    const doc = withOverview(['（文字描述）', '本年度我局政府信息公开工作平稳有序开展，各项工作均按要求落实到位。']);
    expectOne(doc.text, 'overview-figures', doc.find('一、总体情况'));
  });
});

describe('overview-figures stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'overview-figures'));
  }

  for (const [label, figure] of [
    ['a count in Arabic digits', '全年主动公开政府信息2406条。'],
    ['full-width digits', '全年主动公开政府信息２４０６条。'],
    ['a decimal with 万 and 余', '办理各类事项1.3万余件。'],
    ['a number with 万 and no unit', '政府网站全年访问量达120万。'],
    ['a percentage', '按期答复率达98.5%。'],
    ['a full-width percent sign', '按期答复率达１００％。'],
    ['百分之', '按期答复率达到百分之百。'],
    ['Chinese numerals with a magnitude', '全年主动公开政府信息一千二百余条。'],
    ['Chinese numerals from 十', '召开专题会议十余次。'],
    ['a bare magnitude before 余', '受理政府信息公开申请百余件，主动公开信息万余条。'],
    ['a bare magnitude before 多', '全年主动公开政府信息千多条。'],
    ['visits in 人次', '接待现场查阅200人次。'],
    ['working days', '平均答复时间为8个工作日。'],
  ] as const) {
    it(`${label}: ${figure}`, () => {
      const doc = withOverview([...BOILERPLATE, figure]);
      expectNone(doc.text, 'overview-figures');
    });
  }

  it('a statistics table of the office’s own in the overview, its cells without units', () => {
    const doc = withOverview([...BOILERPLATE, '项目\t数量', '主动公开信息\t2406', '政务微博发布\t532']);
    expectNone(doc.text, 'overview-figures');
  });

  it('a figure broken over two lines, as exports break sentences', () => {
    const doc = withOverview([...BOILERPLATE, '全年主动公开政府信息2406', '条，均在规定时限内发布。']);
    expectNone(doc.text, 'overview-figures');
  });

  it('an overview with (almost) no text: coverage says so', () => {
    expectNone(withOverview([]).text, 'overview-figures');
    expectNone(withOverview(['无。']).text, 'overview-figures');
  });

  it('no part 一: missing-section says so', () => {
    expectNone(Doc.seed('002').removePart('一').text, 'overview-figures');
  });

  it('a figure in part 一 counts wherever it stands in the part', () => {
    const doc = withOverview(BOILERPLATE);
    const { start } = doc.partLines('一');
    doc.insertLines(start + 2, '全年共受理申请35件。');
    expectNone(doc.text, 'overview-figures');
  });
});

describe('overview-figures reads part 一 only', () => {
  it('a figure on the heading’s line, after the title (一、总体情况：…主动公开政府信息2406条。)', () => {
    const doc = withOverview(BOILERPLATE).replace('一、总体情况', '一、总体情况：2023年，我局主动公开政府信息2406条。');
    expectNone(doc.text, 'overview-figures');
    // Words without a figure there change nothing.
    const words = withOverview(BOILERPLATE).replace('一、总体情况', '一、总体情况：我局全面推进政务公开。');
    expectOne(words.text, 'overview-figures', words.find('一、总体情况'));
  });

  it('a figure in another part’s prose does not make the overview specific', () => {
    const doc = withOverview(BOILERPLATE);
    const { start } = doc.partLines('五');
    doc.insertLines(start + 1, '全年共受理申请35件，比上年增加12件。');
    expectOne(doc.text, 'overview-figures', doc.find('一、总体情况'));
  });
});
