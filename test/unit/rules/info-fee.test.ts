/** info-fee: part 六 states the 信息处理费 situation (format §1.4, 国办函〔2020〕109号). */
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { expectNone, expectOne } from '../../helpers/findings';

function withPart6(body: string[]): Doc {
  const doc = Doc.seed('001');
  const { start, end } = doc.partLines('六');
  doc.deleteLines(start + 1, end - start - 1).insertLines(start + 1, '', ...body, '');
  return doc;
}

describe('info-fee fires', () => {
  it('seed 000 as published (六 says only 无。) → info-fee on the heading of 六', () => {
    const doc = Doc.seed('000');
    expectOne(doc.text, 'info-fee', doc.find('六、其他需要报告的事项'), {
      severity: 'warning',
      zh: ['第六部分未说明信息处理费的收取情况', '本年度未收取信息处理费'],
      en: ['does not state whether an information processing fee was charged'],
      fixed: null,
    });
  });

  it('a part 六 about other things only', () => {
    const doc = withPart6(['本年度办理人大代表建议3件、政协提案2件。']);
    expectOne(doc.text, 'info-fee', doc.find('六、其他需要报告的事项'));
  });

  it('an empty part 六', () => {
    const doc = withPart6([]);
    expectOne(doc.text, 'info-fee', doc.find('六、其他需要报告的事项'));
  });
});

describe('info-fee stays quiet', () => {
  for (const s of ['001', '002', '003', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'info-fee'));
  }
  for (const sentence of ['本年度未收取信息处理费。', '本机关未收取信息公开处理费。', '本年度共发出收费通知2件，收取信息处理费200元。', '本年度无收费情况。', '依申请公开不收取任何费用。']) {
    it(sentence, () => expectNone(withPart6([sentence]).text, 'info-fee'));
  }
  it('a report for 2020 or earlier, before the fee rules (国办函〔2020〕109号) took effect', () => {
    const doc = Doc.seed('000');
    const title = doc.line('2024 年度政府信息公开报告');
    doc.setLine(title, doc.lines[title]!.replace('2024', '2020'));
    expectNone(doc.text, 'info-fee');
    doc.setLine(title, doc.lines[title]!.replace('2020', '2021'));
    expectOne(doc.text, 'info-fee', doc.find('六、其他需要报告的事项'));
  });
  it('the statement written on the heading’s line, after its title (六、其他需要报告的事项：本年度未收取信息处理费。)', () => {
    for (const joint of ['：', '。', ' ']) {
      const doc = withPart6([]);
      doc.replace('六、其他需要报告的事项', `六、其他需要报告的事项${joint}本年度未收取信息处理费。`);
      expectNone(doc.text, 'info-fee');
      // Other matters on the heading's line still leave the fee unstated.
      const other = withPart6([]).replace('六、其他需要报告的事项', `六、其他需要报告的事项${joint}本年度无其他需要报告的事项。`);
      expectOne(other.text, 'info-fee', other.find('六、其他需要报告的事项'));
    }
  });
  it('no part 六 at all (missing-section says it)', () => expectNone(Doc.seed('001').removePart('六').text, 'info-fee'));
});
