/** heading-variant: a part heading in other words than the national format's, or without its numeral (format §1.3). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { fixAll, parseReport } from '../../../shared/src';
import { covered, expectNone, expectOne, findingsOf, only } from '../../helpers/findings';

const OFFICIAL = Doc.seed('001');

const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

/** Seed 001 with its part headings numbered 1. … 6. (Word's list numbering as some exports write it). */
function arabic(separator = '. '): Doc {
  return numbered((i) => `${i + 1}${separator}`);
}

/** Seed 001 with its part headings numbered by `marker(i)` instead of 一、 … 六、. */
function numbered(marker: (i: number) => string): Doc {
  const doc = OFFICIAL.clone();
  HEADINGS.forEach((h, i) => doc.replace(h, `${marker(i)}${h.slice(2)}`));
  return doc;
}

describe('heading-variant: parts numbered 1. … 6.', () => {
  for (const separator of ['. ', '.', '．', '、']) {
    it(`seed 001 numbered “1${separator}总体情况” …: the six parts are read, a note on each heading, and the fixes restore the original`, () => {
      const doc = arabic(separator);
      const fs = findingsOf(doc.text);
      assert.deepEqual(only(fs, 'missing-section'), []);
      assert.deepEqual(only(fs, 'section-order'), []);
      assert.deepEqual(only(fs, 'missing-table'), []);
      const notes = only(fs, 'heading-variant');
      assert.deepEqual(notes.map((f) => f.range.start.line), HEADINGS.map((h) => OFFICIAL.line(h)));
      assert.equal(covered(doc.text, notes[0]!.range), `1${separator}总体情况`.trimEnd());
      assert.equal(notes[0]!.message['zh-CN'], `部分标题应使用“一、”这样的序号，不是“1${separator.trim()}”。`);
      assert.equal(notes[5]!.message.en, `Parts are numbered “六、”, not “6${separator.trim()}”.`);
      assert.equal(fixAll(doc.text, {}, new Set(['heading-variant'])).text, OFFICIAL.text);
    });
  }

  // Bracketed, as an ordinal (第一部分), and with the 、 lost (一总体情况, the numeral run into the words).
  for (const [name, marker] of [
    ['（一）', (i: number) => `（${'一二三四五六'[i]}）`],
    ['(1)', (i: number) => `(${i + 1})`],
    ['第一部分 ', (i: number) => `第${'一二三四五六'[i]}部分 `],
    ['一', (i: number) => '一二三四五六'[i]!],
  ] as const) {
    it(`seed 001 numbered “${name}总体情况” …: the six parts are read, a note on each heading, and the fixes restore the original`, () => {
      const doc = numbered(marker);
      const fs = findingsOf(doc.text);
      assert.deepEqual(only(fs, 'missing-section'), []);
      assert.deepEqual(only(fs, 'section-order'), []);
      const notes = only(fs, 'heading-variant');
      assert.deepEqual(notes.map((f) => f.range.start.line), HEADINGS.map((h) => OFFICIAL.line(h)));
      assert.equal(notes[0]!.message['zh-CN'], `部分标题应使用“一、”这样的序号，不是“${marker(0).trim()}”。`);
      assert.equal(fixAll(doc.text, {}, new Set(['heading-variant'])).text, OFFICIAL.text);
    });
  }

  it('a run-in numeral is a part only under its own numeral and before the exact title: 一是总体情况…, 二总体情况 are not', () => {
    for (const line of ['一是总体情况良好', '二总体情况', '一总体情况较好，各项工作有序推进。']) {
      const doc = OFFICIAL.clone().replace('一、总体情况', line);
      assert.deepEqual(parseReport(doc.text).parts.map((p) => p.id), [2, 3, 4, 5, 6], line);
    }
  });

  it('a bracketed numeral that is not the part\'s own is a sub-heading: （一）其他事项 is no part 六', () => {
    const doc = OFFICIAL.clone().replace('六、其他需要报告的事项', '（一）其他事项');
    assert.deepEqual(parseReport(doc.text).parts.map((p) => p.id), [1, 2, 3, 4, 5]);
    assert.equal(only(findingsOf(doc.text), 'missing-section').length, 1);
  });

  it('（一）基本情况 under a report that heads part 一 as 一、 stays a sub-heading', () => {
    const doc = OFFICIAL.clone();
    doc.insertLines(doc.line('一、总体情况') + 1, '（一）基本情况');
    const fs = findingsOf(doc.text);
    assert.deepEqual(only(fs, 'duplicate-section'), []);
    assert.deepEqual(only(fs, 'heading-variant'), []);
    assert.equal(parseReport(doc.text).parts.length, 6);
  });

  it('a sub-heading inside a part that uses a part\'s words with an Arabic numeral stays a sub-heading', () => {
    const doc = OFFICIAL.clone();
    doc.insertLines(doc.line('二、主动公开政府信息情况') - 1, '2.主动公开政府信息情况', '全年主动公开政府信息1200条。');
    const fs = findingsOf(doc.text);
    assert.deepEqual(only(fs, 'duplicate-section'), []);
    assert.deepEqual(only(fs, 'heading-variant'), []);
    assert.equal(parseReport(doc.text).parts.length, 6);
  });

  it('an Arabic-numbered line whose words are not exactly a part\'s title is no part heading', () => {
    const doc = OFFICIAL.clone().replace('一、总体情况', '1. 总体情况及主要做法的说明');
    assert.deepEqual(parseReport(doc.text).parts.map((p) => p.id), [2, 3, 4, 5, 6]);
  });
});

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
