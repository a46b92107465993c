/** heading-variant: a part heading in other words than the national format's, or without its numeral (format §1.3). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { expectNone, expectOne, findingsOf, only } from '../../helpers/findings';

const OFFICIAL = Doc.seed('001');

describe('heading-variant fires', () => {
  const variants: [string, string, string][] = [
    ['四、政府信息公开行政复议、行政诉讼情况', '因政府信息公开工作被申请行政复议、提起行政诉讼情况', '政府信息公开行政复议、行政诉讼情况'],
    ['四、政府信息公开行政复议、行政诉讼情况', '政府信息公开行政复议和行政诉讼情况', '政府信息公开行政复议、行政诉讼情况'],
    ['四、政府信息公开行政复议、行政诉讼情况', '因政府信息公开工作被申请行政复议和提起行政诉讼情况', '政府信息公开行政复议、行政诉讼情况'],
    ['五、存在的主要问题及改进情况', '政府信息公开工作存在的主要问题及改进情况', '存在的主要问题及改进情况'],
    ['五、存在的主要问题及改进情况', '存在的主要问题和改进措施', '存在的主要问题及改进情况'],
    ['五、存在的主要问题及改进情况', '存在问题及改进情况', '存在的主要问题及改进情况'],
    ['三、收到和处理政府信息公开申请情况', '收到的处理政府信息公开申请情况', '收到和处理政府信息公开申请情况'],
  ];
  for (const [official, variant, title] of variants) {
    it(`seed 001 with “${official[0]}、${variant}” → heading-variant on the title, fix to “${title}”`, () => {
      const doc = OFFICIAL.clone().replace(official, `${official[0]}、${variant}`);
      expectOne(doc.text, 'heading-variant', doc.find(variant), {
        severity: 'info',
        zh: [`标题“${variant}”与国家格式不同，规范用语为“${title}”`],
        en: [`differs from the national format’s “${title}”`],
        fixed: OFFICIAL.text,
      });
      expectNone(doc.text, 'missing-section');
    });
  }

  it('a heading without its numeral → heading-variant on it, fix adds the numeral', () => {
    const doc = OFFICIAL.clone().replace('六、其他需要报告的事项', '其他需要报告的事项');
    expectOne(doc.text, 'heading-variant', doc.find('其他需要报告的事项'), {
      zh: ['标题缺少序号，应为“六、其他需要报告的事项”'],
      en: ['lacks its numeral'],
      fixed: OFFICIAL.text,
    });
  });
});

describe('heading-variant stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'heading-variant'));
  }

  it('typography is not wording: spaces, a dot or a space after the numeral', () => {
    const doc = OFFICIAL.clone()
      .replace('四、政府信息公开行政复议、行政诉讼情况', '四．政府信息公开行政复议、 行政诉讼情况')
      .replace('五、存在的主要问题及改进情况', '五.存在的主要问题及改进情况')
      .replace('一、总体情况', '一 总体情况')
      .replace('二、主动公开政府信息情况', '二、 主动公开 政府信息情况');
    expectNone(doc.text, 'heading-variant');
    assert.equal(only(findingsOf(doc.text), 'missing-section').length, 0);
  });
});
