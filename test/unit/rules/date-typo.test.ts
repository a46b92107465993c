/** date-typo: a year run into its month, its 年 lost (统计期限为20231月1日至202312月31日). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { expectNone, findingsOf, only, covered, applyFix } from '../../helpers/findings';

const PERIOD = '统计期限为2024年1月1日至2024年12月31日';

describe('date-typo fires', () => {
  it('a statistical period whose two dates lost their 年 → on each, the fix puts 年 back', () => {
    const doc = Doc.seed('001').replace(PERIOD, '统计期限为20241月1日至202412月31日');
    const fs = only(findingsOf(doc.text), 'date-typo');
    assert.deepEqual(fs.map((f) => covered(doc.text, f.range)), ['20241月', '202412月']);
    assert.equal(fs[0]!.severity, 'warning');
    assert.match(fs[0]!.message['zh-CN'], /日期“20241月”的年份与月份之间漏了“年”字，应为“2024年1月”/);
    assert.match(fs[1]!.message.en, /lacks the 年.*“2024年12月”/);
    assert.equal(applyFix(applyFix(doc.text, fs[1]!), fs[0]!), Doc.seed('001').text);
  });

  it('a space where 年 was (2024 12月), and a month written 01', () => {
    const doc = Doc.seed('001').replace(PERIOD, '统计期限为202401月1日至2024 12月31日');
    const fs = only(findingsOf(doc.text), 'date-typo');
    assert.deepEqual(fs.map((f) => covered(doc.text, f.range)), ['202401月', '2024 12月']);
    assert.equal(applyFix(doc.text, fs[1]!), Doc.seed('001').replace(PERIOD, '统计期限为202401月1日至2024年12月31日').text);
  });
});

describe('date-typo stays quiet', () => {
  const cases: [string, string][] = [
    ['dates written in full', PERIOD],
    ['dates spaced as a PDF copies them', '统计期限为2024 年 1 月 1 日至 2024 年 12 月 31 日'],
    ['no month 1–12 before 月 (2024101月: 10月1 or 1月01?)', '统计期限为2024101月至2024年12月31日'],
    ['a longer number (a count of 120241 then 月)', '统计期限为2024年1月1日至2024年12月31日，共120241月次'],
    ['a year outside 2000–2099', '统计期限为2024年1月1日至2024年12月31日，自19991月起'],
    ['a decimal before it', '统计期限为2024年1月1日至2024年12月31日，约3.20241月'],
  ];
  for (const [what, period] of cases) {
    it(`${what}: ${period}`, () => expectNone(Doc.seed('001').replace(PERIOD, period).text, 'date-typo'));
  }

  it('every seed as published', () => {
    for (const s of ['000', '001', '002', '003', '004']) expectNone(Doc.seed(s).text, 'date-typo');
  });
});
