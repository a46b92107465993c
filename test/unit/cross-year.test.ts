/** The cross-year rules on two consecutive years of one body (seed 002 as 2024, a 2023 made from it). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, otherBody, parseReport, type Finding } from '../../shared/src';
import { extractDeltas } from '../../shared/src/claims/deltas';
import { Doc, relayout, replaceTable } from '../helpers/doc';
import { lineOf, seed } from '../helpers/fixtures';
import { ACTIVE_2019 } from '../helpers/variants';
import { previousOf002, requestsYear, shiftYears, withRows } from '../helpers/years';

const CROSS = new Set(['carry-over', 'valid-docs', 'copied-report', 'year-claim']);

function crossYear(text: string, previous: string | undefined): Finding[] {
  return analyze(text, previous === undefined ? {} : { previous: parseReport(previous) }).findings.filter((f) => CROSS.has(f.code));
}

const THIS = seed('002');
const LAST = previousOf002(THIS);

describe('cross-year: two consecutive years that agree', () => {
  it('the 2023 report made from seed 002 is itself clean (no arithmetic finding)', () => {
    const serious = analyze(LAST).findings.filter((f) => f.severity === 'error');
    assert.deepEqual(serious.map((f) => f.code), []);
    assert.equal(parseReport(LAST).title?.year?.year, 2023);
  });

  it('nothing fires: carry-over, documents in force, figures and the stated change all agree', () => {
    assert.deepEqual(crossYear(THIS, LAST), []);
  });

  it('nothing fires without last year\'s report', () => {
    assert.deepEqual(crossYear(THIS, undefined), []);
  });

  it('nothing fires when the years are not consecutive (a 2022 report given as last year\'s)', () => {
    const older = shiftYears(previousOf002(THIS, { carriedOut: 4, normativeInForce: 1, received: 7 }), -1);
    assert.equal(parseReport(older).title?.year?.year, 2022);
    assert.deepEqual(crossYear(THIS, older), []);
  });
});

describe('cross-year: last year’s report of another body', () => {
  const faultyLast = previousOf002(THIS, { carriedOut: 4, normativeInForce: 1, received: 7 });

  it('titles naming different bodies (湘潭县, 湘潭县商务局): nothing fires, where the same body’s report draws findings', () => {
    assert.ok(crossYear(THIS, faultyLast).length > 0);
    assert.deepEqual(crossYear(THIS, faultyLast.replace('湘潭县2023年', '湘潭县商务局2023年')), []);
  });

  it('湘潭县人民政府 is 湘潭县', () => {
    assert.ok(crossYear(THIS, faultyLast.replace('湘潭县2023年', '湘潭县人民政府2023年')).length > 0);
    assert.equal(otherBody(parseReport(THIS), parseReport(faultyLast.replace('湘潭县2023年', '湘潭县人民政府2023年'))), undefined);
    assert.deepEqual(otherBody(parseReport(THIS), parseReport(faultyLast.replace('湘潭县2023年', '湘潭县人民政府办公室2023年'))), { mine: '湘潭县', theirs: '湘潭县人民政府办公室' });
    // 湘潭县政府 is the short name of 湘潭县人民政府: the same body, compared; 湘潭县政府办公室 is not the government.
    assert.ok(crossYear(THIS, faultyLast.replace('湘潭县2023年', '湘潭县政府2023年')).length > 0);
    assert.ok(crossYear(THIS.replace('湘潭县2024年', '湘潭县人民政府2024年'), faultyLast.replace('湘潭县2023年', '湘潭县政府2023年')).length > 0);
    assert.deepEqual(crossYear(THIS, faultyLast.replace('湘潭县2023年', '湘潭县政府办公室2023年')), []);
    assert.deepEqual(otherBody(parseReport(THIS), parseReport(faultyLast.replace('湘潭县2023年', '湘潭县政府办公室2023年'))), { mine: '湘潭县', theirs: '湘潭县政府办公室' });
  });

  it('a province named before a place of its own is the same body (湖南省湘潭县人民政府 is 湘潭县); not before a department (湖南省商务厅 is not 商务厅)', () => {
    assert.ok(crossYear(THIS, faultyLast.replace('湘潭县2023年', '湖南省湘潭县人民政府2023年')).length > 0);
    assert.equal(otherBody(parseReport(THIS), parseReport(faultyLast.replace('湘潭县2023年', '湖南省湘潭县2023年'))), undefined);
    assert.equal(otherBody(parseReport(THIS.replace('湘潭县2024年', '广西壮族自治区湘潭县2024年')), parseReport(faultyLast)), undefined);
    const dept = (body: string, year: number) => `${body}${year}年政府信息公开工作年度报告\n`;
    assert.ok(otherBody(parseReport(dept('湖南省商务厅', 2024)), parseReport(dept('商务厅', 2023))));
    assert.ok(otherBody(parseReport(dept('湖南省市场监督管理局', 2024)), parseReport(dept('广东省市场监督管理局', 2023))));
    assert.ok(otherBody(parseReport(dept('湖南省湘潭县', 2024)), parseReport(dept('湖南省湘潭县商务局', 2023))));
    assert.ok(otherBody(parseReport(dept('湖南省湘潭县', 2024)), parseReport(dept('湘潭市', 2023))));
  });

  it('a report without a title is compared as before', () => {
    const untitled = faultyLast.replace('湘潭县2023年政府信息公开工作年度报告\n', '');
    assert.equal(parseReport(untitled).title, undefined);
    assert.ok(crossYear(THIS, untitled).some((f) => f.code === 'carry-over'));
  });
});

describe('carry-over', () => {
  it('fires on each column where this year\'s 二、上年结转 differs from last year\'s 四、结转下年度继续办理, at this year\'s cell, related to last year\'s', () => {
    const last = previousOf002(THIS, { carriedOut: 4 });
    const fs = crossYear(THIS, last).filter((f) => f.code === 'carry-over');
    assert.equal(fs.length, 2, fs.map((f) => f.message['zh-CN']).join('\n'));
    const model = parseReport(THIS);
    const carried = model.tables.find((t) => t.kind === 'requests')!.rows.find((r) => r.spec?.id === 'carried')!;
    assert.deepEqual(fs.map((f) => f.range), [carried.cells[0]!.range, carried.cells[6]!.range]);
    assert.match(fs[1]!.message['zh-CN'], /“总计”列为5，而2023年度报告“四、结转下年度继续办理”的“总计”为4/);
    const prevRow = parseReport(last).tables.find((t) => t.kind === 'requests')!.rows.find((r) => r.spec?.id === 'carryNext')!;
    assert.deepEqual(fs[1]!.related, [{ range: prevRow.cells[6]!.range, document: 'previous', message: fs[1]!.related[0]!.message }]);
    assert.equal(fs[0]!.severity, 'warning');
    assert.deepEqual(fs[0]!.fixes, []);
  });

  it('stays quiet where either cell is blank (seed 000 style: only 总计 filled)', () => {
    const last = withRows(previousOf002(THIS, { carriedOut: 4 }), [{ table: 'requests', row: 'carryNext', values: ['', undefined, undefined, undefined, undefined, undefined, undefined] }]);
    const fs = crossYear(THIS, last).filter((f) => f.code === 'carry-over');
    assert.deepEqual(fs.map((f) => f.message['zh-CN'].includes('“总计”')), [true]);
  });
});

describe('carry-over: a row short of figures in a table without TABs', () => {
  /** A report with its tables' cells parted by two spaces, not TABs (as an editor leaves them). */
  const spaced = (text: string) => relayout(text, 'row').replace(/\t/g, '  ');
  it('this year’s 二、上年结转 with its 自然人 blank (0 0 0 0 0 5 left): nothing set against last year’s columns', () => {
    const text = spaced(THIS).replace(/\n二、上年结转政府信息公开申请数量 {2}5 {2}0/, '\n二、上年结转政府信息公开申请数量     0');
    assert.notEqual(text, spaced(THIS));
    // Before, its 5 (总计, read as 其他) was set against last year's 其他 0.
    assert.deepEqual(crossYear(text, LAST).filter((f) => f.code === 'carry-over').map((f) => f.message['zh-CN']), []);
  });
  it('the full rows still are compared: last year’s 4 against this year’s 5 is found', () => {
    assert.equal(crossYear(spaced(THIS), previousOf002(THIS, { carriedOut: 4 })).filter((f) => f.code === 'carry-over').length, 2);
  });
});

describe('valid-docs', () => {
  /** This year's report with a sentence put into its prose. */
  const withSentence = (s: string) => THIS.replace('全年精心编辑发行4期', `全年精心编辑发行4期。${s}`);

  it('fires when last year\'s 现行有效 + 制发 − 废止 is not this year\'s 现行有效, and says 失效 and 修改 can explain it', () => {
    const fs = crossYear(THIS, previousOf002(THIS, { normativeInForce: 100 })).filter((f) => f.code === 'valid-docs');
    assert.equal(fs.length, 1);
    const f = fs[0]!;
    assert.match(f.message['zh-CN'], /^行政规范性文件现行有效件数为102，而2023年度报告现行有效100件＋本年制发7件－本年废止35件＝72件（相差30件）/);
    assert.match(f.message['zh-CN'], /失效/);
    assert.match(f.message['zh-CN'], /修改/);
    assert.equal(f.range.start.line, lineOf(THIS, '\t102'));
    assert.deepEqual(f.related.map((r) => r.document), ['previous', undefined, undefined]);
  });

  it('stays quiet when the prose says that as many documents of the kind lapsed (失效) as the relation lacks', () => {
    // Last year 133 in force: 133 + 7 − 35 = 105, three more than the 102 reported.
    const last = previousOf002(THIS, { normativeInForce: 133 });
    assert.equal(crossYear(THIS, last).filter((f) => f.code === 'valid-docs').length, 1);
    for (const s of ['本年度因有效期届满失效行政规范性文件3件', '本年度开展规范性文件集中清理，宣布失效3件']) {
      assert.deepEqual(crossYear(withSentence(s), last).filter((f) => f.code === 'valid-docs'), [], s);
    }
    // Another count, another kind, or a count of no kind: still reported.
    for (const s of ['本年度因有效期届满失效行政规范性文件2件', '本年度因有效期届满失效规章3件', '本年度宣布失效文件3件']) {
      assert.equal(crossYear(withSentence(s), last).filter((f) => f.code === 'valid-docs').length, 1, s);
    }
    // The seed's own 失效31件 (counted in its 35 repealed) explains no difference of 30.
    assert.equal(crossYear(THIS, previousOf002(THIS, { normativeInForce: 100 })).filter((f) => f.code === 'valid-docs').length, 1);
  });

  it('stays quiet when the prose says as many documents of the kind were amended (counted as issued) or moved by a reorganisation', () => {
    // 133 + 7 − 35 = 105, three more than the 102 reported.
    const last = previousOf002(THIS, { normativeInForce: 133 });
    for (const s of [
      '本年度修改行政规范性文件3件',
      '本年度制定行政规范性文件7件（其中修改后重新印发3件）',
      '因机构改革，原县科技局制发的3件规范性文件移交县工业和信息化局管理',
      '本年度因机构改革划转至县数据局的规范性文件3件',
      '本年度宣布失效行政规范性文件2件，修订规范性文件1件',
    ]) {
      assert.deepEqual(crossYear(withSentence(s), last).filter((f) => f.code === 'valid-docs'), [], s);
    }
    // 100 + 7 − 35 = 72, thirty fewer than the 102 reported: documents taken over (承接) make up an excess too.
    const fewer = previousOf002(THIS, { normativeInForce: 100 });
    assert.deepEqual(crossYear(withSentence('因机构改革承接原县科技局制发的规范性文件30件'), fewer).filter((f) => f.code === 'valid-docs'), []);
  });

  it('still fires when the amendments or moves do not make up the difference, are of another kind or have no count', () => {
    const last = previousOf002(THIS, { normativeInForce: 133 });
    for (const s of [
      '本年度修改行政规范性文件2件',
      '本年度修改规章3件，制定规范性文件7件',
      '因机构改革，部分规范性文件移交县工业和信息化局管理',
      '本年度修改完善规范性文件管理制度',
    ]) {
      assert.equal(crossYear(withSentence(s), last).filter((f) => f.code === 'valid-docs').length, 1, s);
    }
    // Amended documents explain fewer in force than computed, never more: 100 + 7 − 35 = 72 < 102.
    const fewer = previousOf002(THIS, { normativeInForce: 100 });
    assert.equal(crossYear(withSentence('本年度修改行政规范性文件30件'), fewer).filter((f) => f.code === 'valid-docs').length, 1);
  });

  it('stays quiet when the documents follow (130 + 7 − 35 = 102) and for 规章 at zero', () => {
    assert.deepEqual(crossYear(THIS, LAST).filter((f) => f.code === 'valid-docs'), []);
  });

  it('stays quiet when a cell involved is not a number', () => {
    const last = withRows(previousOf002(THIS, { normativeInForce: 100 }), [{ table: 'active', row: 'normative', values: [undefined, undefined, '/'] }]);
    assert.deepEqual(crossYear(THIS, last).filter((f) => f.code === 'valid-docs'), []);
  });
});

describe('copied-report', () => {
  it('fires once, at the title, when the whole text is last year\'s with the years changed', () => {
    const fs = crossYear(THIS, shiftYears(THIS, -1));
    assert.deepEqual(fs.map((f) => f.code), ['copied-report']);
    assert.match(fs[0]!.message['zh-CN'], /全文除年份外与2023年度报告完全相同/);
    assert.equal(fs[0]!.range.start.line, parseReport(THIS).title!.range.start.line);
  });

  it('fires once as well when the years are written in full-width digits (２０２４年 for ２０２３年)', () => {
    const fw = (t: string) => t.replace(/(?<!\d)(20\d{2})(\s*年)/g, (_, y: string, rest: string) => `${y.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))}${rest}`);
    const mine = fw(THIS);
    assert.notEqual(mine, THIS);
    const fs = crossYear(mine, fw(shiftYears(THIS, -1)));
    assert.deepEqual(fs.map((f) => f.code), ['copied-report']);
    // Last year's own report in full-width digits is no copy.
    assert.deepEqual(crossYear(mine, fw(LAST)).filter((f) => f.code === 'copied-report'), []);
  });

  it('fires for a table holding exactly last year\'s figures', () => {
    const last = previousOf002(THIS, { review: [8, 10, 7, 0, 25, 1, 0, 2, 0, 3, 1, 0, 0, 1, 2] });
    const fs = crossYear(THIS, last);
    assert.deepEqual(fs.map((f) => f.code), ['copied-report']);
    assert.match(fs[0]!.message['zh-CN'], /^表四/);
  });

  it('stays quiet for tables of zeros repeated (no requests two years running)', () => {
    const text = seed('000');
    const last = shiftYears(text, -1).replace('全年未有收到相关申请', '本年度未收到政府信息公开申请');
    assert.notEqual(last, shiftYears(text, -1));
    // No table is reported; the text, last year's but for a phrase, is (once, at the title).
    const fs = crossYear(text, last);
    assert.deepEqual(fs.map((f) => f.message['zh-CN'].slice(0, 12)), ['正文九成以上与2023年']);
  });

  it('stays quiet for tables of a few small figures repeated: only figures that tell a year apart count, not sums', () => {
    // Seed 001: 13 requests of natural persons, all disclosed — one telling figure (予以公开·自然人), the rest its sums
    // and 一、本年新收; the same two years running is no sign of a copy.
    const text = seed('001');
    const last = shiftYears(text, -1).replace('主动公开政务信息3条', '主动公开政务信息5条');
    assert.deepEqual(crossYear(text, last).filter((f) => f.code === 'copied-report' && f.message['zh-CN'].startsWith('表')), []);
    // Table 四: one review and one lawsuit upheld both years (four non-zero cells, two of them totals).
    const small = [1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0];
    const mine = withRows(THIS, [{ table: 'review', row: 'cases', values: small }]);
    assert.deepEqual(crossYear(mine, previousOf002(THIS, { review: small })).filter((f) => f.code === 'copied-report'), []);
    // Three telling figures (upheld 1, corrected 1, a lawsuit upheld 1) repeated: reported.
    const three = [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0];
    const fs = crossYear(withRows(THIS, [{ table: 'review', row: 'cases', values: three }]), previousOf002(THIS, { review: three })).filter((f) => f.code === 'copied-report');
    assert.deepEqual(fs.map((f) => f.message['zh-CN'].slice(0, 2)), ['表四']);
  });

  it('fires once, at the title, when the text outside the tables is last year\'s with the years changed and only the tables\' figures differ', () => {
    // Last year's report with this year's very text: the tables of previousOf002, the prose not rewritten.
    const last = withRows(shiftYears(THIS, -1), [
      { table: 'active', row: 'normative', values: [10, 2, 130] },
      { table: 'review', row: 'cases', values: [3, 2, 1, 0, 6, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0] },
      ...requestsYear(150, 3, 5),
    ]);
    const fs = crossYear(THIS, last).filter((f) => f.code === 'copied-report');
    assert.deepEqual(fs.map((f) => f.message['zh-CN']), ['正文九成以上与2023年度报告逐字相同（只改了年份），只有表格的数字不同，请按本年度的实际情况编写。']);
    assert.equal(fs[0]!.range.start.line, parseReport(THIS).title!.range.start.line);
    assert.deepEqual(fs[0]!.related.map((r) => r.document), ['previous']);
  });

  it('stays quiet for the text outside the tables when a paragraph of it is last year\'s own, or for boilerplate alone (preface, 单位：件, the tables\' labels)', () => {
    // LAST rewrites one paragraph of seven (about a fifth of the text): reused text, not a copy.
    assert.deepEqual(crossYear(THIS, LAST).filter((f) => f.code === 'copied-report'), []);
    // Every paragraph of the overview its own: the preface, parts 五 and 六 and the tables' labels repeated are not.
    const own = LAST.split('\n').map((l, i) => (/^[2-5]\.[^\n]{30,}/.test(l) || /^2023年，在县委/.test(l) ? `${i}：${l.slice(0, 60)}。本年度另行撰写的段落${'。'.repeat(i % 3)}` : l)).join('\n');
    assert.notEqual(own, LAST);
    assert.deepEqual(crossYear(THIS, own).filter((f) => f.code === 'copied-report'), []);
    // A text too short to tell (under 300 characters outside the tables) is not compared.
    const short = (t: string) => t.split('\n').map((l) => (l.length > 40 && !l.includes('\t') && !/统计期限/.test(l) ? l.slice(0, 25) : l)).join('\n');
    assert.deepEqual(crossYear(short(THIS), short(shiftYears(THIS, -1)).replace('湘潭县2023年政府', '湘潭县2023年度政府')).filter((f) => f.code === 'copied-report' && f.message['zh-CN'].startsWith('正文')), []);
  });

  it('stays quiet when a single figure changed', () => {
    const last = withRows(shiftYears(THIS, -1), [{ table: 'active', row: 'penalty', values: [2655] }]).replace('全年精心编辑发行4期', '全年编辑发行3期');
    assert.deepEqual(crossYear(THIS, last).filter((f) => f.code === 'copied-report').map((f) => f.message['zh-CN'].slice(0, 2)), ['表三', '表四']);
  });
});

describe('year-claim', () => {
  it('stays quiet when 与2023年相比…增长了28件 holds against the tables (178 − 150)', () => {
    assert.deepEqual(crossYear(THIS, LAST).filter((f) => f.code === 'year-claim'), []);
  });

  it('fires when last year\'s figure contradicts the stated change, at the change, related to both years\' cells', () => {
    const fs = crossYear(THIS, previousOf002(THIS, { received: 100 })).filter((f) => f.code === 'year-claim');
    assert.equal(fs.length, 1);
    const f = fs[0]!;
    assert.equal(f.message['zh-CN'], '正文“增长了28件”，但表三“一、本年新收政府信息公开申请数量”总计本年为178件、2023年度报告为100件，实际增加78件。');
    const line = lineOf(THIS, '增长了28件');
    assert.equal(f.range.start.line, line);
    assert.equal(THIS.split('\n')[line]!.slice(f.range.start.character, f.range.end.character), '增长了28件');
    assert.deepEqual(f.related.map((r) => r.document), [undefined, 'previous']);
  });

  it('stays quiet when the change holds for the figure its sentence states (受理申请35件…增长了28件 against last year\'s 7), the 35 against table 三\'s 178 being narrative-mismatch\'s', () => {
    const last7 = previousOf002(THIS, { received: 7 });
    assert.deepEqual(crossYear(THIS, last7).filter((f) => f.code === 'year-claim'), []);
    const all = analyze(THIS, { previous: parseReport(last7) }).findings;
    assert.ok(all.some((f) => f.code === 'narrative-mismatch' && /35件/.test(f.message['zh-CN'])));
    // Neither reading holds (35 − 6 and 178 − 6 are not 28): the change is reported, by the table.
    const fs = crossYear(THIS, previousOf002(THIS, { received: 6 })).filter((f) => f.code === 'year-claim');
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message['zh-CN'], /本年为178件、2023年度报告为6件/);
    // A percentage the same way: 9 stated, 8 last year, 12.5%, while the table says 20.
    const pct = THIS.replace('全年共受理政府信息公开申请35件，与2023年相比，受理数量大幅增长了28件。', '全年共受理政府信息公开申请9件，同比增长12.5%。');
    assert.deepEqual(crossYear(pct, previousOf002(THIS, { received: 8 })).filter((f) => f.code === 'year-claim'), []);
    assert.equal(crossYear(pct, previousOf002(THIS, { received: 10 })).filter((f) => f.code === 'year-claim').length, 1);
  });

  const withSentence = (sentence: string) => THIS.replace('全年共受理政府信息公开申请35件，与2023年相比，受理数量大幅增长了28件。', sentence);

  it('percentages agree within the writer\'s rounding: 178 against 150 is 18.7%', () => {
    assert.deepEqual(crossYear(withSentence('全年共收到政府信息公开申请178件，同比增长18.7%。'), LAST).filter((f) => f.code === 'year-claim'), []);
    assert.deepEqual(crossYear(withSentence('全年共收到政府信息公开申请178件，同比增长19%。'), LAST).filter((f) => f.code === 'year-claim'), []);
    const fs = crossYear(withSentence('全年共收到政府信息公开申请178件，同比增长25%。'), LAST).filter((f) => f.code === 'year-claim');
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message['zh-CN'], /实际增加18\.7%/);
  });

  it('a decrease, and a review count: 较上年减少3件 against table 四', () => {
    const text = withSentence('全年共受理政府信息公开申请178件。本年度被申请行政复议25件，较上年减少3件。');
    // Last year 6 reviews: 25 − 6 = 19 more, not 3 fewer.
    const fs = crossYear(text, LAST).filter((f) => f.code === 'year-claim');
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message['zh-CN'], /表四行政复议总计本年为25件、2023年度报告为6件，实际增加19件/);
    const last = previousOf002(THIS, { review: [10, 10, 8, 0, 28, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0] });
    assert.deepEqual(crossYear(text, last).filter((f) => f.code === 'year-claim'), []);
  });

  it('a bare 多/少 right after the comparison is a change: 比2023年多28件, 较上年少3件', () => {
    assert.deepEqual(crossYear(withSentence('全年共收到政府信息公开申请178件，比2023年多28件。'), LAST).filter((f) => f.code === 'year-claim'), []);
    assert.deepEqual(crossYear(withSentence('全年共收到政府信息公开申请178件，比上年多28件。'), LAST).filter((f) => f.code === 'year-claim'), []);
    for (const [s, at] of [['全年共收到政府信息公开申请178件，比2023年多41件。', '多41件'], ['全年共收到政府信息公开申请178件，较上年少3件。', '少3件']] as const) {
      const fs = crossYear(withSentence(s), LAST).filter((f) => f.code === 'year-claim');
      assert.equal(fs.length, 1, s);
      assert.match(fs[0]!.message['zh-CN'], new RegExp(`正文“${at}”.*实际增加28件`));
    }
    // 多 elsewhere is no change: 比上年多出一倍 is a multiple, 比上年多种渠道 no count.
    assert.deepEqual(crossYear(withSentence('全年共收到政府信息公开申请178件，通过比上年多种渠道受理。'), LAST).filter((f) => f.code === 'year-claim'), []);
  });

  it('stays quiet for a sentence comparing with another year, a level reached, a multiple, an approximation, other things', () => {
    const last = previousOf002(THIS, { received: 7 });
    for (const s of [
      '全年共受理政府信息公开申请35件，与2022年相比，受理数量增长了28件。',
      '全年共受理政府信息公开申请，与2023年相比增长到178件。',
      '全年共受理政府信息公开申请，同比增长2倍。',
      '全年共受理政府信息公开申请，同比增长近30件。',
      '全年网站发布信息11192条，同比增加了300条。',
      '全年共受理政府信息公开申请178件，增加了28件。',
      // The change follows a count of one channel, which the tables do not hold.
      '全年共收到政府信息公开申请178件，其中网上申请120件，较上年增加20件。',
    ]) {
      assert.deepEqual(crossYear(withSentence(s), last).filter((f) => f.code === 'year-claim').map((f) => f.message['zh-CN']), [], s);
    }
  });

  it('a change after a 、 (新收申请178件、同比增加20件) is read as one after a comma', () => {
    const claims = (s: string) => crossYear(withSentence(s), LAST).filter((f) => f.code === 'year-claim');
    assert.deepEqual(claims('全年共收到政府信息公开申请178件、同比增加28件。'), []);
    const fs = claims('全年共收到政府信息公开申请178件、同比增加20件。');
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message['zh-CN'], /实际增加28件/);
  });

  it('several changes in one sentence (分别…和…) are not paired with figures, right or wrong', () => {
    for (const s of ['全年共收到政府信息公开申请178件，办结178件，分别同比增加28件和30件。', '全年共收到政府信息公开申请178件，办结178件，分别同比增加20件和10件。', '全年共收到政府信息公开申请178件，办结178件，分别比上年增长18.7%和20.3%。']) {
      assert.deepEqual(crossYear(withSentence(s), LAST).filter((f) => f.code === 'year-claim'), [], s);
    }
  });

  it('the clauses after a comparison with last year (较上年有所增加，其中自然人申请160件) are this year’s, not last year’s figures', () => {
    for (const s of [
      '全年共收到政府信息公开申请178件，较上年有所增加，其中自然人申请160件。',
      '全年共收到政府信息公开申请178件，与2023年相比有所增加，其中自然人申请160件。',
      '全年共收到政府信息公开申请178件，同比有所增加，其中自然人申请160件。',
    ]) {
      assert.deepEqual(crossYear(withSentence(s), LAST).filter((f) => f.code === 'year-claim').map((f) => f.message['zh-CN']), [], s);
    }
    // Last year's figure stated on its own is still read, after such a sentence too.
    const fs = crossYear(withSentence('全年共收到政府信息公开申请178件，较上年有所增加。2023年共收到申请140件。'), LAST).filter((f) => f.code === 'year-claim');
    assert.deepEqual(fs.map((f) => f.message['zh-CN']), ['正文说上年为140件，但2023年度报告的表三“一、本年新收政府信息公开申请数量”总计为150件。']);
  });

  it('last year’s figure as the comparison states it (较上年的140件) is checked against last year’s report, on that figure', () => {
    const right = withSentence('全年共收到政府信息公开申请178件，较上年的150件增加了28件。');
    assert.deepEqual(crossYear(right, LAST).filter((f) => f.code === 'year-claim'), []);
    const wrong = withSentence('全年共收到政府信息公开申请178件，较上年的140件增加了28件。');
    const fs = crossYear(wrong, LAST).filter((f) => f.code === 'year-claim');
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.message['zh-CN'], '正文说上年为140件，但2023年度报告的表三“一、本年新收政府信息公开申请数量”总计为150件。');
    const line = lineOf(wrong, '较上年的140件');
    assert.equal(wrong.split('\n')[line]!.slice(fs[0]!.range.start.character, fs[0]!.range.end.character), '140');
    assert.deepEqual(fs[0]!.related.map((r) => r.document), ['previous']);
    // Two changes against the one stated figure: it is named once.
    const twice = withSentence('全年共收到政府信息公开申请178件，较上年的140件增加了28件，增长20%。');
    assert.equal(crossYear(twice, LAST).filter((f) => f.code === 'year-claim' && f.message['zh-CN'].startsWith('正文说上年为140件')).length, 1);
  });

  describe('after last year’s carry-over that follows the year’s total (收到申请178件，上年结转5件), of the total, of the two together or of the carry-over', () => {
    // This year 178 new and 5 carried over (183 together); last year 150 new and 3 carried over (153 together).
    const yc = (s: string, last = LAST) => crossYear(withSentence(s), last).filter((f) => f.code === 'year-claim').map((f) => f.message['zh-CN']);
    const NEW = '表三“一、本年新收政府信息公开申请数量”总计';
    for (const [s, messages] of [
      // No reading agrees (28, 30 or 2 more; 18.7%, 19.6% or 66.7%): reported against the total, the reading named.
      ['全年共收到政府信息公开申请178件，上年结转5件，较上年增加38件。', [`正文“增加38件”，但${NEW}本年为178件、2023年度报告为150件，实际增加28件。`]],
      ['全年共收到政府信息公开申请178件，上年结转5件，同比增长25%。', [`正文“增长25%”，但${NEW}本年为178件、2023年度报告为150件，实际增加18.7%。`]],
      ['全年共收到政府信息公开申请178件，上年结转5件，与2023年的153件相比，增加38件。', [`正文“增加38件”，但${NEW}本年为178件、2023年度报告为150件，实际增加28件。`]],
      ['全年共收到政府信息公开申请178件，上年结转5件。与2023年的150件相比，增加38件。', [`正文“增加38件”，但${NEW}本年为178件、2023年度报告为150件，实际增加28件。`]],
      // Last year's figure as stated is none of last year's 150, 153 or 3.
      ['全年共收到政府信息公开申请178件，上年结转5件，与2023年的140件相比，增加28件。', [`正文说上年为140件，但2023年度报告的${NEW}为150件。`]],
      ['全年共收到政府信息公开申请178件，上年结转5件。与2023年的140件相比，增加28件。', [`正文说上年为140件，但2023年度报告的${NEW}为150件。`]],
      // 持平 likewise: no reading is unchanged (28, 30 or 2 more).
      ['全年共收到政府信息公开申请178件，上年结转5件，与上年持平。', [`正文“与上年持平”，但${NEW}本年为178件、2023年度报告为150件，实际增加28件。`]],
    ] as const) {
      it(`fires: ${s}`, () => assert.deepEqual(yc(s), messages));
    }
    for (const s of [
      // Of the total: 178 against 150.
      '全年共收到政府信息公开申请178件，上年结转5件，较上年增加28件。',
      '全年共收到政府信息公开申请178件，上年结转5件，同比增长18.7%。',
      '全年共收到政府信息公开申请178件，上年结转5件，与2023年的150件相比，增加28件。',
      // Of the two together: 183 against 153.
      '全年共收到政府信息公开申请178件，上年结转5件，较上年增加30件。',
      '全年共收到政府信息公开申请178件，上年结转5件，同比增长19.6%。',
      '全年共收到政府信息公开申请178件，上年结转5件，与2023年的153件相比，增加30件。',
      '全年共受理政府信息公开申请183件（其中上年结转5件），与2023年的153件相比，增加30件。',
      '全年共收到政府信息公开申请178件，上年结转5件。与2023年的153件相比，增加30件。',
      // Of the carry-over: 5 against 3.
      '全年共收到政府信息公开申请178件，上年结转5件。与2023年的3件相比，增加2件。',
    ]) {
      it(`stays quiet: ${s}`, () => assert.deepEqual(yc(s), []));
    }
    it('持平 stays quiet when the total is unchanged (last year 178 new) or the two together are (last year 180 new, 183 with its 3 carried over)', () => {
      for (const s of ['全年共收到政府信息公开申请178件，上年结转5件，与上年持平。', '全年共收到政府信息公开申请178件，上年结转5件，与上年的178件持平。']) {
        assert.deepEqual(yc(s, previousOf002(THIS, { received: 178 })), [], s);
      }
      for (const s of ['全年共收到政府信息公开申请178件，上年结转5件，与上年持平。', '全年共收到政府信息公开申请178件，上年结转5件，与上年的183件持平。']) {
        assert.deepEqual(yc(s, previousOf002(THIS, { received: 180 })), [], s);
      }
    });
  });

  it('last year’s figures the prose states on their own (2023年共收到…, 上年度…, 由上年的…增至) are checked against last year’s report, on the figure', () => {
    const yc = (s: string) => crossYear(withSentence(s), LAST).filter((f) => f.code === 'year-claim');
    // Last year: 150 new requests, 6 reviews, 2,500 penalties.
    for (const s of [
      '2023年共收到政府信息公开申请150件，2024年共收到178件。',
      '上年度共收到政府信息公开申请150件。',
      '全年共受理政府信息公开申请178件，申请量由上年的150件增至178件。',
      '2023年被申请政府信息公开行政复议6件。',
    ]) {
      assert.deepEqual(yc(s), [], s);
    }
    for (const [s, figure] of [
      ['2023年共收到政府信息公开申请140件，2024年共收到178件。', '140'],
      ['上年度共收到政府信息公开申请140件。', '140'],
      ['去年共收到政府信息公开申请140件，今年共收到178件。', '140'],
      ['全年共受理政府信息公开申请178件，申请量由上年的140件增至178件。', '140'],
      ['2023年被申请政府信息公开行政复议9件。', '9'],
    ] as const) {
      const text = withSentence(s);
      const fs = crossYear(text, LAST).filter((f) => f.code === 'year-claim');
      assert.equal(fs.length, 1, `${s}: ${fs.map((f) => f.message['zh-CN']).join('; ')}`);
      assert.match(fs[0]!.message['zh-CN'], /^正文说上年为\d+件，但2023年度报告的表[三四]/);
      const line = lineOf(text, s.slice(0, 8));
      assert.equal(text.split('\n')[line]!.slice(fs[0]!.range.start.character, fs[0]!.range.end.character), figure, s);
    }
  });

  it('全县’s last-year figure in the county’s own report is the county’s own (as the claims read it), on the figure; in a department’s it is not read', () => {
    // A paragraph of its own: seed 002's paragraphs name 县政府 (县政府规范性文件, 湘潭县人民政府在…), a narrower own part.
    const own = (sentence: string) => THIS.replace('2.依申请公开方面。', `${sentence}\n2.依申请公开方面。`);
    const s = '2023年全县共收到政府信息公开申请140件。';
    const text = own(s);
    const fs = crossYear(text, LAST).filter((f) => f.code === 'year-claim');
    assert.equal(fs.length, 1, fs.map((f) => f.message['zh-CN']).join('; '));
    assert.match(fs[0]!.message['zh-CN'], /^正文说上年为140件，但2023年度报告的表三/);
    assert.equal(text.split('\n')[lineOf(text, s.slice(0, 8))]!.slice(fs[0]!.range.start.character, fs[0]!.range.end.character), '140');
    assert.deepEqual(crossYear(own('2023年全县共收到政府信息公开申请150件。'), LAST).filter((f) => f.code === 'year-claim'), []);
    // Beside a narrower own part in its paragraph (县政府本级), 全县 stays the wider whole.
    assert.deepEqual(crossYear(own('2023年县政府本级收到政府信息公开申请150件，全县共收到政府信息公开申请500件。'), LAST).filter((f) => f.code === 'year-claim'), []);
    const office = (t: string) => t.replace(/^湘潭县(\d{4})年政府信息公开工作年度报告$/m, '湘潭县交通运输局$1年政府信息公开工作年度报告');
    assert.deepEqual(crossYear(office(text), office(LAST)).filter((f) => f.code === 'year-claim'), []);
  });

  it('全县’s last-year figure told as the bodies it sums after the figure (（含县直部门和乡镇）, 其中县直部门…、乡镇…) is the wider whole, not read', () => {
    const own = (sentence: string) => THIS.replace('2.依申请公开方面。', `${sentence}\n2.依申请公开方面。`);
    for (const s of ['2023年全县共收到政府信息公开申请500件（含县直部门和乡镇）。', '2023年全县共收到政府信息公开申请500件，其中县直部门300件、乡镇200件。']) {
      assert.deepEqual(crossYear(own(s), LAST).filter((f) => f.code === 'year-claim'), [], s);
    }
    assert.equal(crossYear(own('2023年全县共收到政府信息公开申请500件，均已按时办结。'), LAST).filter((f) => f.code === 'year-claim').length, 1);
  });

  it('我县’s last-year figure in a department’s report is the county’s, not read; 我局’s is', () => {
    const office = (text: string) => text.replace(/^湘潭县(\d{4})年政府信息公开工作年度报告$/m, '湘潭县交通运输局$1年政府信息公开工作年度报告');
    const yc = (s: string) => crossYear(office(withSentence(s)), office(LAST)).filter((f) => f.code === 'year-claim');
    assert.notEqual(office(LAST), LAST);
    assert.equal(yc('上年度我局共收到政府信息公开申请140件。').length, 1);
    assert.deepEqual(yc('上年度我县共收到政府信息公开申请140件。'), []);
  });

  it('last year’s figure in brackets after this year’s (（2023年为150件）, （上年为150件）, （去年同期150件）) is checked against last year’s report as what this year’s figure counts, on the figure', () => {
    const yc = (s: string) => crossYear(withSentence(s), LAST).filter((f) => f.code === 'year-claim');
    // Last year: 150 new requests, 153 handled (一＋二) or 148 (（七）总计), 6 reviews.
    for (const s of [
      '全年共收到政府信息公开申请178件（2023年为150件）。',
      '全年共收到政府信息公开申请178件（上年为150件）。',
      '全年共收到政府信息公开申请178件（去年同期150件）。',
      '本年度共办理政府信息公开申请183件（上年为153件）。',
      '本年度被申请行政复议25件（上年为6件）。',
    ]) {
      assert.deepEqual(yc(s).map((f) => f.message['zh-CN']), [], s);
    }
    for (const [s, message] of [
      ['全年共收到政府信息公开申请178件（2023年为140件）。', '正文说上年为140件，但2023年度报告的表三“一、本年新收政府信息公开申请数量”总计为150件。'],
      ['全年共收到政府信息公开申请178件（上年为140件），上年结转5件。', '正文说上年为140件，但2023年度报告的表三“一、本年新收政府信息公开申请数量”总计为150件。'],
      ['全年共收到政府信息公开申请178件（去年同期140件）。', '正文说上年为140件，但2023年度报告的表三“一、本年新收政府信息公开申请数量”总计为150件。'],
      ['本年度共办理政府信息公开申请183件（上年为140件）。', '正文说上年为140件，但2023年度报告的表三“一、本年新收”与“二、上年结转”之和为153件。'],
      ['本年度被申请行政复议25件（上年为9件）。', '正文说上年为9件，但2023年度报告的表四行政复议总计为6件。'],
    ] as const) {
      const text = withSentence(s);
      const fs = crossYear(text, LAST).filter((f) => f.code === 'year-claim');
      assert.deepEqual(fs.map((f) => f.message['zh-CN']), [message], s);
      const line = lineOf(text, s.slice(0, 8));
      const figure = /（[^）]*?(\d+)件）/.exec(s)![1]!;
      assert.equal(text.split('\n')[line]!.slice(fs[0]!.range.start.character, fs[0]!.range.end.character), figure, s);
      assert.ok(fs[0]!.related.length > 0 && fs[0]!.related.every((r) => r.document === 'previous'), s);
    }
  });

  it('a bracket that is not last year’s figure of this year’s count stays unread: another year, this year’s carry-over, a part, last year’s own sentence', () => {
    for (const s of [
      '全年共收到政府信息公开申请178件（2022年为140件）。',
      '全年共收到政府信息公开申请178件（上年结转5件）。',
      '全年共收到政府信息公开申请178件，其中网上申请120件（上年为100件）。',
      '2023年共收到政府信息公开申请150件（2022年为140件）。',
      '全年共收到政府信息公开申请178件（上年为140件、前年为120件）。',
    ]) {
      assert.deepEqual(crossYear(withSentence(s), LAST).filter((f) => f.code === 'year-claim').map((f) => f.message['zh-CN']), [], s);
    }
  });

  it('what is not last year’s total stays unread: a month, a span of years, another body, the year before last, a carry-over, a change', () => {
    for (const s of [
      '2023年12月收到的5件申请已于本年度办结。',
      '去年以来共收到政府信息公开申请300件。',
      '2023年全市共收到政府信息公开申请500件。',
      '2023年全县各部门共收到政府信息公开申请500件。',
      '2022年共收到政府信息公开申请140件。',
      '上年结转政府信息公开申请5件。',
      '上年度结转的3件申请均已办结。',
      '较上年增加28件。',
    ]) {
      assert.deepEqual(crossYear(withSentence(s), LAST).filter((f) => f.code === 'year-claim'), [], s);
    }
  });

  it('last year’s report in the 2019 trial format: its table 二 names the decisions’ column otherwise, and is compared all the same', () => {
    const last = replaceTable(Doc.of(LAST), 'active', ACTIVE_2019).text;
    // Last year 340 licences (ACTIVE_2019), this year 21,650.
    const text = withSentence('全年共受理政府信息公开申请178件。全年作出行政许可决定21650件，同比增长20%。');
    const fs = crossYear(text, last).filter((f) => f.code === 'year-claim');
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message['zh-CN'], /本年为21650件、2023年度报告为340件/);
  });

  it('a fee’s figures are told in 万元, not 件 (last year 1800.5, this year 2030.16873)', () => {
    const fs = crossYear(withSentence('全年收取行政事业性收费2030.16873万元，较上年减少10%。'), LAST).filter((f) => f.code === 'year-claim');
    assert.deepEqual(fs.map((f) => f.message['zh-CN']), [
      '正文“减少10%”，但表二“行政事业性收费”行“本年收费金额（单位：万元）”列本年为2030.16873万元、2023年度报告为1800.5万元，实际增加12.8%。',
    ]);
  });

  describe('持平 (no change) and 基本持平 (about the same), against last year’s 150 new requests and 6 reviews', () => {
    const yc = (s: string, last = LAST) => crossYear(withSentence(s), last).filter((f) => f.code === 'year-claim');
    for (const [s, words, zh] of [
      ['全年共收到政府信息公开申请178件，与上年持平。', '与上年持平', '实际增加28件。'],
      ['全年共收到政府信息公开申请178件，同比持平。', '同比持平', '实际增加28件。'],
      ['全年共收到政府信息公开申请178件，与2023年基本持平。', '与2023年基本持平', '实际增加28件（“基本持平”按相差不超过15件计）。'],
      ['与2023年相比，政府信息公开申请数量基本持平。', '政府信息公开申请数量基本持平', '实际增加28件（“基本持平”按相差不超过15件计）。'],
      ['本年度被申请行政复议25件，与上年持平。', '与上年持平', '表四行政复议总计本年为25件、2023年度报告为6件，实际增加19件。'],
    ] as const) {
      it(`fires: ${s}`, () => {
        const text = withSentence(s);
        const fs = yc(s);
        assert.equal(fs.length, 1, fs.map((f) => f.message['zh-CN']).join('\n'));
        assert.ok(fs[0]!.message['zh-CN'].startsWith(`正文“${words}”，但`), fs[0]!.message['zh-CN']);
        assert.ok(fs[0]!.message['zh-CN'].endsWith(zh), fs[0]!.message['zh-CN']);
        const line = lineOf(text, s.slice(0, 8));
        assert.equal(text.split('\n')[line]!.slice(fs[0]!.range.start.character, fs[0]!.range.end.character), words);
      });
    }

    it('持平 holds with last year’s figure equal; 基本持平 within a tenth of it (at least 2): 178 against 170 and 162, not 161', () => {
      assert.deepEqual(yc('全年共收到政府信息公开申请178件，与上年持平。', previousOf002(THIS, { received: 178 })), []);
      assert.equal(yc('全年共收到政府信息公开申请178件，与上年持平。', previousOf002(THIS, { received: 177 })).length, 1);
      assert.deepEqual(yc('全年共收到政府信息公开申请178件，与上年基本持平。', previousOf002(THIS, { received: 170 })), []);
      assert.deepEqual(yc('全年共收到政府信息公开申请178件，与上年基本持平。', previousOf002(THIS, { received: 162 })), []);
      assert.equal(yc('全年共收到政府信息公开申请178件，与上年基本持平。', previousOf002(THIS, { received: 161 })).length, 1);
    });

    it('持平 naming nothing, last year’s figure stated, after a sentence ending with the total: last year’s figure checked, and the total', () => {
      // Last year’s report says 150: the figure as stated (178) is not last year’s; against 150 the total is up 28.
      const fs = yc('全年共收到政府信息公开申请178件。与2023年的178件持平。');
      assert.deepEqual(fs.map((f) => f.message['zh-CN']), [
        '正文“与2023年的178件持平”，但表三“一、本年新收政府信息公开申请数量”总计本年为178件、2023年度报告为150件，实际增加28件。',
        '正文说上年为178件，但2023年度报告的表三“一、本年新收政府信息公开申请数量”总计为150件。',
      ]);
      assert.deepEqual(yc('全年共收到政府信息公开申请178件。与2023年的178件持平。', previousOf002(THIS, { received: 178 })), []);
      // After the carry-over ending that sentence: the two together (180 + 3 last year) will do.
      assert.deepEqual(yc('全年共收到政府信息公开申请178件，上年结转5件。与2023年的183件持平。', previousOf002(THIS, { received: 180 })), []);
    });

    it('stays quiet without last year’s report', () => {
      assert.deepEqual(crossYear(withSentence('全年共收到政府信息公开申请178件，与上年持平。'), undefined), []);
    });

    for (const s of [
      // Another year than last year's report's.
      '全年共收到政府信息公开申请178件，与2022年持平。',
      // A rate, several figures, a part the tables do not hold, work rather than a count, no comparison.
      '全年共收到政府信息公开申请178件，办结率与上年持平。',
      '全年共收到政府信息公开申请178件，办结178件，均与上年持平。',
      '全年共收到政府信息公开申请178件，其中网上申请120件，与上年持平。',
      '依申请公开工作与上年基本持平，全年共收到政府信息公开申请178件。',
      '全年共收到政府信息公开申请178件，保持平稳。',
      '全年网站发布信息11192条，与上年持平。',
    ]) {
      it(`stays quiet: ${s}`, () => assert.deepEqual(yc(s).map((f) => f.message['zh-CN']), []));
    }
  });

  it('delta extraction: direction, percent written in words, the year compared with', () => {
    const model = parseReport('一、总体情况\n本年度新收政府信息公开申请10件，较上年下降百分之五十。与2023年相比，被申请行政复议减少了3件。');
    assert.deepEqual(extractDeltas(model).map((d) => [d.quantity, d.change, d.percent, d.against ?? null]), [['new', -50, true, null], ['review', -3, false, 2023]]);
  });
});

describe('cross-year: last year\'s report in the consecutive-year pair made from table rows', () => {
  it('requestsYear keeps 一＋二＝三＋四 in every column', () => {
    const text = withRows(THIS, requestsYear(40, 5, 9));
    assert.deepEqual(analyze(text).findings.filter((f) => f.severity === 'error').map((f) => f.code), []);
  });
});
