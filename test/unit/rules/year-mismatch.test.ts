/** year-mismatch: the title's year, the statistical period and the overview's years agree (format §8 X5). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { claimsOf, parseReport } from '../../../shared/src';
import { Doc } from '../../helpers/doc';
import { applyFix, covered, expectNone, expectOne, findingsOf, only, rangeOf } from '../../helpers/findings';

const PERIOD = '统计期限为2024年1月1日至2024年12月31日';

describe('year-mismatch fires', () => {
  it('seed 001 with the statistical period of 2023 → year-mismatch on the period, pointing at the title', () => {
    const doc = Doc.seed('001').replace(PERIOD, '统计期限为2023年1月1日至2023年12月31日');
    const f = expectOne(doc.text, 'year-mismatch', doc.find('2023年1月1日至2023年12月31日'), {
      severity: 'warning',
      zh: ['统计期限是2023年，而标题是2024年度报告'],
      en: ['The statistical period is 2023, but the title says the report is for 2024'],
      fixed: null,
    });
    assert.equal(f.related[0]!.range.start.line, doc.line('湘潭县商务局2024年'));
  });

  it('seed 001 with the title of 2023 (split over two lines), period and overview of 2024 → on the title’s year', () => {
    const doc = Doc.seed('001').replace('湘潭县商务局2024年', '湘潭县商务局2023年');
    expectOne(doc.text, 'year-mismatch', doc.find('2023'), { zh: ['标题写的是2023年，而统计期限和正文都是2024年'], en: ['The title says 2023'] });
  });

  it('seed 002 with the title of 2023 → on the title’s year (one finding, not one per paragraph), the fix writes the period’s 2024 back', () => {
    const doc = Doc.seed('002').replace('湘潭县2024年政府信息公开工作年度报告', '湘潭县2023年政府信息公开工作年度报告');
    const f = expectOne(doc.text, 'year-mismatch', doc.find('2023'), { fixed: Doc.seed('002').text });
    assert.equal(f.fixes[0]!.title['zh-CN'], '改为 2024');
    assert.notEqual(f.fixes[0]!.choice, true);
  });

  it('a title in full-width digits (２０２５) against a 2024 period and text → the fix keeps the full-width digits', () => {
    const doc = Doc.seed('002').replace('湘潭县2024年', '湘潭县２０２５年');
    expectOne(doc.text, 'year-mismatch', doc.find('２０２５'), { fixed: Doc.seed('002').replace('湘潭县2024年', '湘潭县２０２４年').text });
  });

  it('a period written 自…起至…止 of 2023 → on the period (read as the period, not passed over)', () => {
    const doc = Doc.seed('001').replace(PERIOD, '统计期限自2023年1月1日起至2023年12月31日止');
    expectOne(doc.text, 'year-mismatch', doc.find('2023年1月1日起至2023年12月31日'), { zh: ['统计期限是2023年，而标题是2024年度报告'] });
  });

  it('the title of 2023 split over two lines against a period written 自…起至…止 of 2024 → on the title’s year', () => {
    const doc = Doc.seed('001').replace(PERIOD, '统计期限自2024年1月1日起至2024年12月31日止').replace('湘潭县商务局2024年', '湘潭县商务局2023年');
    expectOne(doc.text, 'year-mismatch', doc.find('2023'), { zh: ['标题写的是2023年，而统计期限和正文都是2024年'] });
  });

  it('a period of 2024 written 自…起至…止 → no finding', () => {
    const doc = Doc.seed('001').replace(PERIOD, '统计期限自2024年1月1日起至2024年12月31日止');
    expectNone(doc.text, 'year-mismatch');
  });

  it('a period spanning two years, its first date’s year alone differing from the title’s → on that year, fixed to the title’s', () => {
    const doc = Doc.seed('001').replace(PERIOD, '统计期限为2023年1月1日至2024年12月31日');
    const at = doc.find('2023年1月1日至2024年12月31日');
    const f = expectOne(doc.text, 'year-mismatch', { line: at.line, start: at.start, end: at.start + 4 }, { zh: ['统计期限跨越2023年和2024年', '这个起始日期的年份应为2024年'] });
    assert.deepEqual(f.fixes.map((x) => [x.choice, x.edits.map((e) => e.newText)]), [[undefined, ['2024']]]);
    assert.equal(applyFix(doc.text, f), Doc.seed('001').replace(PERIOD, '统计期限为2024年1月1日至2024年12月31日').text);
  });

  it('a period spanning two years, its last date’s year alone differing (2024年1月1日至2023年12月31日) → on 2023, fixed to 2024', () => {
    const doc = Doc.seed('001').replace(PERIOD, '统计期限为2024年1月1日至2023年12月31日');
    const at = doc.find('2023年12月31日');
    const f = expectOne(doc.text, 'year-mismatch', { line: at.line, start: at.start, end: at.start + 4 }, { zh: ['这个截止日期的年份应为2024年'] });
    assert.deepEqual(f.fixes.map((x) => x.edits.map((e) => e.newText)), [['2024']]);
  });

  it('a period spanning two years, neither of the title’s year (2022年1月1日至2023年12月31日 under 2024) → on the whole period, no fix', () => {
    const doc = Doc.seed('001').replace(PERIOD, '统计期限为2022年1月1日至2023年12月31日');
    const f = only(findingsOf(doc.text), 'year-mismatch').find((x) => x.message['zh-CN'].includes('跨越'))!;
    assert.deepEqual(f.range, rangeOf(doc.find('2022年1月1日至2023年12月31日')));
    assert.deepEqual(f.fixes, []);
  });

  it('an overview paragraph opening with last year → on that year', () => {
    const doc = Doc.seed('001').replace('2024年，湘潭县商务局', '2023年，湘潭县商务局');
    expectOne(doc.text, 'year-mismatch', doc.find('2023'), { zh: ['此段写的是2023年，而报告是2024年度的'], en: ['This paragraph speaks of 2023, but the report is for 2024'] });
  });

  it('part 三’s introduction counting the requests of last year (2023年度共收到…，详见下表) → on that year', () => {
    const doc = Doc.seed('002');
    doc.insertLines(doc.line('三、收到和处理政府信息公开申请情况') + 1, '2023年度共收到政府信息公开申请178件，详见下表。');
    expectOne(doc.text, 'year-mismatch', doc.find('2023', doc.line('2023年度共收到')), { zh: ['此段写的是2023年，而报告是2024年度的'] });
  });

  it('seed 000 (years written with a space, “2024 年”) with one paragraph of 2023 → on it', () => {
    const doc = Doc.seed('000');
    const line = doc.line('2024 年，湖南省自贸办全面贯彻');
    doc.setLine(line, doc.lines[line]!.replace('2024 年，', '2023 年，'));
    expectOne(doc.text, 'year-mismatch', doc.find('2023', line));
  });

  it('seed 000 (no period) with the title of 2023 while the overview speaks of 2024 → one finding on the title’s year, the mentions as related', () => {
    const doc = Doc.seed('000').replace('2024 年度政府信息公开报告', '2023 年度政府信息公开报告');
    const title = doc.line('2023 年度政府信息公开报告');
    const f = expectOne(doc.text, 'year-mismatch', doc.find('2023', title), {
      zh: ['标题写的是2023年，而总体情况通篇写的是2024年', '没有写到2023年', '正文也没有写统计期限'],
      en: ['The title says 2023, but the overview speaks of 2024 throughout'],
    });
    assert.ok(f.related.length >= 2);
    for (const r of f.related) assert.equal(doc.lines[r.range.start.line]!.slice(r.range.start.character, r.range.end.character), '2024');
    // Without a period the text may be last year's kept by mistake: 2024 for the title is a choice, not the fix.
    assert.equal(f.fixes.length, 1);
    assert.equal(f.fixes[0]!.choice, true);
    assert.equal(f.fixes[0]!.edits[0]!.newText, '2024');
  });

  it('seed 004 (no period; its 2024 paragraphs say 进一步 and 继续, as plans do) with the title of 2023 → on the title’s year', () => {
    const doc = Doc.seed('004').replace('开发区2024年度', '开发区2023年度');
    expectOne(doc.text, 'year-mismatch', doc.find('2023', doc.line('开发区2023年度')), { zh: ['标题写的是2023年，而总体情况通篇写的是2024年'] });
  });

  it('seed 000 with the title of 2025 (a year ahead of its text, which names 2025 only inside a topic’s quoted name) → on the title’s year', () => {
    const doc = Doc.seed('000').replace('2024 年度政府信息公开报告', '2025 年度政府信息公开报告');
    expectOne(doc.text, 'year-mismatch', doc.find('2025', doc.line('2025 年度政府信息公开报告')), { zh: ['标题写的是2025年，而总体情况通篇写的是2024年'] });
  });

  it('a title in Chinese numerals (二〇二三年) against a 2024 period and text', () => {
    const doc = Doc.seed('002').replace('湘潭县2024年', '湘潭县二〇二三年');
    expectOne(doc.text, 'year-mismatch', doc.find('二〇二三'), { zh: ['标题写的是2023年'], fixed: Doc.seed('002').replace('湘潭县2024年', '湘潭县二〇二四年').text });
  });

  it('a title of 2023 under a line of its publication date of 2024 → on the title’s year (the date line is no part of the title)', () => {
    const doc = Doc.seed('002').replace('湘潭县2024年', '湘潭县2023年');
    doc.insertLines(doc.line('湘潭县2023年'), '（2024年1月13日）');
    expectOne(doc.text, 'year-mismatch', doc.find('2023', doc.line('湘潭县2023年')), { zh: ['标题写的是2023年'] });
  });
});

describe('year-mismatch: a date line at the top is the date of publishing, not the title', () => {
  for (const date of ['（2025年1月13日）', '2025年1月20日', '二〇二五年一月二十日', '(2025年01月13日)']) {
    it(`quiet: ${date} above the title of a 2024 report`, () => {
      const doc = Doc.seed('002');
      doc.insertLines(doc.line('湘潭县2024年'), date);
      expectNone(doc.text, 'year-mismatch');
    });
  }

  it('quiet: a date line opening a report without a title line (the page shows the date, then the preface)', () => {
    const doc = Doc.seed('002');
    doc.setLine(doc.line('湘潭县2024年'), '（2025年1月13日）');
    expectNone(doc.text, 'year-mismatch');
  });
});

describe('year-mismatch and the title: a web page’s lines above the title (its navigation path, its toolbar) are the page’s', () => {
  // Pages filed under the year of publishing (a 2024 report in the column 2025年), copied with their path.
  const paths: readonly (readonly string[])[] = [
    ['首页 -> 政务公开 -> 政府信息公开年报 -> 2025年 -> 部门政府信息公开工作年度报告'],
    ['当前位置: 首页>政府信息公开>政府信息公开年报>2025年>部门公开年报'],
    ['您现在的位置：政府信息公开>政府信息公开年报>2025年'],
    ['当前位置:首页', '> 政府信息公开', '> 政府信息公开年报', '> 2025年'],
  ];
  for (const path of paths) {
    it(`quiet, the title read below it: ${path.join(' / ')}`, () => {
      const doc = Doc.seed('002');
      doc.insertLines(doc.line('湘潭县2024年'), ...path, '');
      expectNone(doc.text, 'year-mismatch');
      assert.equal(parseReport(doc.text).title?.text, '湘潭县2024年政府信息公开工作年度报告');
    });
  }

  for (const above of [['关怀版 无障碍 无障碍'], ['湘潭县'], ['登录 |  注册']]) {
    it(`a whole title on its line under the page’s ${above.join(' / ')} is the title alone`, () => {
      const doc = Doc.seed('002');
      doc.insertLines(doc.line('湘潭县2024年'), ...above, '');
      assert.equal(parseReport(doc.text).title?.text, '湘潭县2024年政府信息公开工作年度报告');
    });
  }

  it('a title split over lines, the body’s name above the year, is still read whole (seed 001)', () => {
    assert.equal(parseReport(Doc.seed('001').text).title?.text, '湘潭县商务局2024年政府信息公开工作年度报告');
    const doc = Doc.seed('002').replace('湘潭县2024年政府信息公开工作年度报告', '2024年政府信息公开工作年度报告');
    doc.insertLines(doc.line('2024年政府信息公开工作年度报告'), '湘潭县');
    assert.equal(parseReport(doc.text).title?.text, '湘潭县2024年政府信息公开工作年度报告');
  });

  it('a page’s record of the document above the title (its column 2025年, 索引号, 发布机构, 文号, 发布日期) is the page’s', () => {
    const doc = Doc.seed('002');
    doc.insertLines(doc.line('湘潭县2024年'), '2025年', '- 索引号: xtxrmzf/2025-00017', '- 发布机构: 湘潭县人民政府', '- 文号:', '- 发布日期: 2025-02-09', '- 时效性: 有效');
    expectNone(doc.text, 'year-mismatch');
    assert.equal(parseReport(doc.text).title?.text, '湘潭县2024年政府信息公开工作年度报告');
  });

  it('still fires on the title itself under such a path', () => {
    const doc = Doc.seed('002').replace('湘潭县2024年政府信息公开工作年度报告', '湘潭县2023年政府信息公开工作年度报告');
    doc.insertLines(doc.line('湘潭县2023年'), '当前位置: 首页>政府信息公开>政府信息公开年报', '');
    expectOne(doc.text, 'year-mismatch', doc.find('2023', doc.line('湘潭县2023年')), { zh: ['标题写的是2023年'] });
  });
});

describe('year-mismatch: a period of one year that is not the whole year', () => {
  const cases: readonly (readonly [string, string, string, string])[] = [
    // period as written, the wrong date, message (zh), what
    ['2024年1月1日至2024年12月30日', '2024年12月30日', '统计期限截至2024年12月30日，年度报告的统计期限应为2024年1月1日至2024年12月31日。', 'ending a day early'],
    ['2024年1月1日起至2024年12月30日止', '2024年12月30日', '统计期限截至2024年12月30日', 'ending a day early, written 起…止'],
    ['2024年1月1日至12月30日', '12月30日', '统计期限截至12月30日，年度报告的统计期限应为2024年1月1日至2024年12月31日。', 'the end without its year'],
    ['2024年1月1日至2024年11月30日', '2024年11月30日', '统计期限截至2024年11月30日', 'ending a month early'],
    ['2024年2月1日至2024年12月31日', '2024年2月1日', '统计期限从2024年2月1日开始，年度报告的统计期限应为2024年1月1日至2024年12月31日。', 'beginning late'],
    ['2024年1月1日至2024年12月43日', '2024年12月43日', '统计期限截至2024年12月43日', 'a day that does not exist'],
    ['２０２４年１月１日至２０２４年１２月３０日', '２０２４年１２月３０日', '统计期限截至２０２４年１２月３０日', 'full-width digits'],
  ];
  for (const [written, wrong, zh, what] of cases) {
    it(`seed 001 with “${written}” (${what}) → one finding, exactly on “${wrong}”`, () => {
      const doc = Doc.seed('001').replace(PERIOD, `统计期限为${written}`);
      const line = doc.line(written);
      const at = doc.lines[line]!.indexOf(written) + written.indexOf(wrong);
      expectOne(doc.text, 'year-mismatch', { line, start: at, end: at + wrong.length }, { severity: 'warning', zh: [zh], en: [`statistical period`, '1 January to 31 December 2024'], fixed: null });
    });
  }

  it('both ends wrong → one finding on each date', () => {
    const doc = Doc.seed('002').replace('统计期限为2024年1月1日至2024年12月31日', '统计期限为2024年3月5日至2024年11月30日');
    const fs = only(findingsOf(doc.text), 'year-mismatch');
    const line = doc.line('2024年3月5日至');
    assert.deepEqual(fs.map((f) => [f.range.start.line, doc.lines[line]!.slice(f.range.start.character, f.range.end.character)]), [[line, '2024年3月5日'], [line, '2024年11月30日']]);
  });

  it('a period that spans two years is reported once, as a whole (not also on its end)', () => {
    const doc = Doc.seed('001').replace(PERIOD, '统计期限为2024年1月1日至2025年1月31日');
    expectOne(doc.text, 'year-mismatch', doc.find('2024年1月1日至2025年1月31日'), { zh: ['统计期限跨越2024年和2025年'] });
  });

  it('quiet: 2024年01月01日至2024年12月31日 (months and days with a leading 0)', () => {
    expectNone(Doc.seed('001').replace(PERIOD, '统计期限为2024年01月01日至2024年12月31日').text, 'year-mismatch');
  });

  it('quiet: a range of dates in the prose is no period (a report without its period sentence)', () => {
    const doc = Doc.seed('001').replace(PERIOD, '统计期限为本年度');
    doc.insertLines(doc.line('一、总体情况') + 1, '2024年3月1日至5月31日期间，我局开展数据安全专项检查。');
    doc.insertLines(doc.line('一、总体情况') + 1, '围绕数据共享，2024年6月1日至2024年6月30日开展了集中宣传。');
    expectNone(doc.text, 'year-mismatch');
  });

  it('quiet: the whole-year period is the period, whatever other range its line names beside it', () => {
    const doc = Doc.seed('001').replace(PERIOD, '统计期限为2024年1月1日至2024年12月31日（机构改革期间2024年3月1日至2024年4月30日的数据已并入）');
    expectNone(doc.text, 'year-mismatch');
  });
});

describe('year-mismatch without a title’s year: the preface’s name of the report stands for it', () => {
  /** Seed 001 without its title (lines 湘潭县商务局2024年… / 年度报告), its preface naming the report of `year`. */
  const untitled = (year: number, sentence = `现公布湘潭县商务局${year}年政府信息公开工作年度报告。`) => {
    const doc = Doc.seed('001');
    doc.setLine(doc.line('湘潭县商务局2024年'), '');
    doc.setLine(doc.line(/^年度报告$/), '');
    const preface = doc.line('根据《中华人民共和国政府信息公开条例》');
    doc.setLine(preface, doc.lines[preface]! + sentence);
    return doc;
  };

  it('the period of 2023 against a preface and overview of 2024 → on the period, pointing at the preface’s year', () => {
    const doc = untitled(2024).replace(PERIOD, '统计期限为2023年1月1日至2023年12月31日');
    const f = expectOne(doc.text, 'year-mismatch', doc.find('2023年1月1日至2023年12月31日'), {
      zh: ['统计期限是2023年，而前言中报告的名称写的是2024年度'],
      en: ['The statistical period is 2023, but the preface names the report for 2024'],
    });
    assert.equal(covered(doc.text, f.related[0]!.range), '2024');
    assert.equal(f.related[0]!.range.start.line, doc.line('现公布湘潭县商务局2024年'));
  });

  it('a preface naming the report of 2023 against a period and overview of 2024 → on the preface’s year', () => {
    const doc = untitled(2023);
    expectOne(doc.text, 'year-mismatch', doc.find('2023', doc.line('现公布湘潭县商务局2023年')), { zh: ['前言中报告的名称写的是2023年度，而统计期限和正文都是2024年'] });
  });

  it('no name of the report either: a period of 2023 against an overview that speaks of 2024 throughout → one finding on the period', () => {
    const doc = untitled(2024, '').replace(PERIOD, '统计期限为2023年1月1日至2023年12月31日');
    const f = expectOne(doc.text, 'year-mismatch', doc.find('2023年1月1日至2023年12月31日'), {
      zh: ['统计期限是2023年，而总体情况通篇写的是2024年（2处），没有写到2023年'],
      en: ['The statistical period is 2023, but the overview speaks of 2024 throughout (2 times)'],
    });
    assert.deepEqual(f.related.map((r) => covered(doc.text, r.range)), ['2024', '2024']);
  });

  it('a preface that names the report as 政府信息公开工作情况 (现公布…2023年…工作情况) names its year too', () => {
    const doc = untitled(2023, '现公布湘潭县商务局2023年政府信息公开工作情况。');
    expectOne(doc.text, 'year-mismatch', doc.find('2023', doc.line('现公布湘潭县商务局2023年')), { zh: ['前言中报告的名称写的是2023年度'] });
  });

  it('the prose is read against the year the preface names, not a wrong period’s (2024年共收到… is this year’s count)', () => {
    const doc = untitled(2024).replace(PERIOD, '统计期限为2023年1月1日至2023年12月31日');
    doc.insertLines(doc.line('二、主动公开政府信息情况'), '2024年，本局共收到政府信息公开申请13件。');
    const line = doc.line('2024年，本局共收到政府信息公开申请13件');
    const claims = claimsOf(parseReport(doc.text)).filter((c) => c.range.start.line === line);
    assert.deepEqual(claims.map((c) => `${c.quantity} ${c.value} ${c.holds}`), ['new 13 true']);
  });

  it('the report named after another document’s name on the same line (关于做好2024年…年度报告编制工作的通知…，现编制形成了《…2023年…年度报告》) → its year is the second name’s', () => {
    const doc = untitled(2023, '按照关于做好2024年政府信息公开工作年度报告编制发布工作的要求，现编制形成了《湘潭县商务局2023年政府信息公开工作年度报告》。');
    expectOne(doc.text, 'year-mismatch', doc.find('2023', doc.line('现编制形成了')), { zh: ['前言中报告的名称写的是2023年度'] });
  });

  it('quiet: a preface naming the report of 2024; last year’s report named without a verb that names this one', () => {
    expectNone(untitled(2024).text, 'year-mismatch');
    expectNone(untitled(2024, '对照2023年政府信息公开工作年度报告指出的问题，逐项整改。').text, 'year-mismatch');
  });
});


describe('year-mismatch: a preface paragraph that opens with its year (the overview written before 一、)', () => {
  /** A short report: its title, one preface paragraph, six parts of prose, no period and no year in part 一. */
  const report = (title: string, preface: string): Doc =>
    Doc.of(
      [
        title,
        preface,
        '一、总体情况',
        '（一）主动公开情况。本局通过门户网站主动公开政府信息120条。',
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况',
        '五、存在的主要问题及改进情况',
        '公开内容还不够丰富，下一步将加强培训。',
        '六、其他需要报告的事项',
        '本年度未收取信息处理费。',
      ].join('\n'),
    );

  it('a title of 2023 over a preface paragraph of 2024 → on the paragraph’s year, pointing at the title', () => {
    const doc = report('某市某局2023年度政府信息公开工作报告', '2024年，某局坚持以人民为中心，扎实推进政务公开工作。');
    const f = expectOne(doc.text, 'year-mismatch', { line: 1, start: 0, end: 4 }, { zh: ['此段写的是2024年，而报告是2023年度的'] });
    assert.equal(f.related[0]!.range.start.line, 0);
  });

  it('quiet: the same year, a year 以来, a plan, and a year inside the preface’s sentence', () => {
    for (const [title, preface] of [
      ['某市某局2024年度政府信息公开工作报告', '2024年，某局坚持以人民为中心，扎实推进政务公开工作。'],
      ['某市某局2024年度政府信息公开工作报告', '2023年以来，某局持续推进政务公开标准化建设。'],
      ['某市某局2024年度政府信息公开工作报告', '2025年，某局将进一步提升政务公开质量。'],
      ['某市某局2024年度政府信息公开工作报告', '根据《关于做好2023年政府信息公开工作年度报告的通知》要求，编制本报告。'],
    ] as const) {
      expectNone(report(title, preface).text, 'year-mismatch');
    }
  });
});

describe('year-mismatch stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'year-mismatch'));
  }

  it('plans for next year in part 五 (“2025年，我们将…”)', () => {
    const doc = Doc.seed('001');
    doc.insertLines(doc.line('五、存在的主要问题及改进情况') + 1, '2025年，我们将继续加强政府信息公开工作。');
    expectNone(doc.text, 'year-mismatch');
  });

  for (const [what, paragraph] of [
    ['a period since an earlier year, which runs into the report’s', '2023年以来，湘潭县商务局持续推进政务公开标准化规范化建设。'],
    ['an earlier year whose sentence goes on to the report’s year', '2023年，湘潭县商务局出台了政务公开工作制度，2024年继续抓好落实。'],
    ['an earlier year whose sentence goes on to 本年度', '2023年，湘潭县商务局出台了政务公开工作制度，本年度继续抓好落实。'],
    ['plans for next year in part 一', '2025年，湘潭县商务局将进一步提升政务公开质量。'],
  ] as const) {
    it(`an overview paragraph opening with another year: ${what} (${paragraph.slice(0, 12)}…)`, () => {
      const doc = Doc.seed('001');
      doc.insertLines(doc.line('二、主动公开政府信息情况'), paragraph);
      expectNone(doc.text, 'year-mismatch');
    });
  }

  it('still found: last year’s paragraph with no word of this year (2023年，出台了…), a later year that is no plan (2025年，共收到…)', () => {
    for (const [paragraph, year] of [['2023年，湘潭县商务局出台了政务公开工作制度。', '2023'], ['2025年，湘潭县商务局共收到政府信息公开申请2件。', '2025']] as const) {
      const doc = Doc.seed('001');
      doc.insertLines(doc.line('二、主动公开政府信息情况'), paragraph);
      expectOne(doc.text, 'year-mismatch', doc.find(year, doc.line(paragraph)), { zh: [`此段写的是${year}年，而报告是2024年度的`] });
    }
  });

  it('full-width digits and spaces in the title’s year (２０２４ 年度)', () => {
    const doc = Doc.seed('000').replace('2024 年度政府信息公开报告', '２０２４ 年度政府信息公开报告');
    expectNone(doc.text, 'year-mismatch');
  });

  it('part 三’s paragraphs: the year’s requests, a comparison, last year’s carry-over, a paragraph of another kind', () => {
    const doc = Doc.seed('002');
    doc.insertLines(
      doc.line('三、收到和处理政府信息公开申请情况') + 1,
      '2024年度共收到政府信息公开申请178件，详见下表。',
      '2023年共收到政府信息公开申请7件，本年较上年大幅增加。',
      '2023年度结转的5件申请已于本年办结。',
      '2023年，本机关开始受理网上申请。',
    );
    expectNone(doc.text, 'year-mismatch');
  });

  it('no period: an overview that names the title’s year once is not against the title, however often it names another', () => {
    const doc = Doc.seed('000').replace('2024 年度政府信息公开报告', '2023 年度政府信息公开报告');
    doc.insertLines(doc.line('二、主动公开政府信息情况'), '2023年，湖南省自贸办印发了政务公开工作制度。');
    const onTitle = only(findingsOf(doc.text), 'year-mismatch').filter((f) => f.range.start.line === doc.line('2023 年度政府信息公开报告'));
    assert.deepEqual(onTitle, []);
  });

  it('no period: another year named only in plans, comparisons or beside a second year is not the text’s year', () => {
    const doc = Doc.seed('001').replace(PERIOD, '统计期限为本年度').replace('湘潭县商务局2024年', '湘潭县商务局2023年');
    for (const l of doc.lines.map((_, i) => i).filter((i) => /2024/.test(doc.lines[i]!) && i > doc.line('一、总体情况') && i < doc.line('二、主动公开政府信息情况'))) {
      doc.setLine(l, doc.lines[l]!.replace(/2024\s*年(?:度)?/g, '本年'));
    }
    doc.insertLines(doc.line('二、主动公开政府信息情况'), '2024年，我局将进一步提升政务公开质量。', '政务公开满意度较2024年有所提升。', '2024年和2025年的工作要点均已公开。');
    assert.deepEqual(only(findingsOf(doc.text), 'year-mismatch').filter((f) => f.range.start.line === doc.line('湘潭县商务局2023年')), []);
  });

  it('years inside sentences (根据2023年印发的文件) are not paragraph years', () => {
    const doc = Doc.seed('001');
    doc.insertLines(doc.line('一、总体情况') + 1, '根据2023年印发的《工作要点》，我局2024年继续推进政务公开。');
    expectNone(doc.text, 'year-mismatch');
    assert.equal(only(findingsOf(doc.text), 'year-mismatch').length, 0);
  });
});
