/**
 * narrative-mismatch on what became of the requests: “all disclosed” (均予以公开), zero statements that
 * list several outcomes (未有不予公开、无法提供的情况), and 已全部办结 beside last year's carry-over.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, claimsOf, parseReport, type Finding } from '../../shared/src';
import { Doc } from '../helpers/doc';

const narrative = (text: string): Finding[] => analyze(text).findings.filter((f) => f.code === 'narrative-mismatch');

function covered(text: string, f: { range: Finding['range'] }): string {
  const line = text.split(/\r\n|\n|\r/)[f.range.start.line]!;
  return line.slice(f.range.start.character, f.range.end.character);
}

/** Seed 002 (一 178, 二 5, 予以公开 99, 四 5) with its 依申请公开 paragraph replaced; `k` requests moved from 予以公开 to 四. */
function seed002(sentence: string, k = 0): { text: string; line: number } {
  const doc = Doc.seed('002');
  const add = (label: string, column: number, d: number) => doc.setCell('requests', label, column, String(Number(doc.cell('requests', label, column).text) + d));
  for (const column of [0, 6]) {
    add('予以公开', column, -k);
    add('（七）总计', column, -k);
    add('结转下年度', column, k);
  }
  const line = doc.line('2.依申请公开方面');
  doc.setLine(line, `2.依申请公开方面。${sentence}`);
  return { text: doc.text, line };
}

const on = (text: string, line: number) => narrative(text).filter((f) => f.range.start.line === line);
const claimsOn = (text: string, line: number) => claimsOf(parseReport(text)).filter((c) => c.range.start.line === line);

describe('均予以公开: every request received was disclosed', () => {
  for (const [sentence, words] of [
    ['全年共收到政府信息公开申请178件，均予以公开。', '均予以公开'],
    ['全年共收到政府信息公开申请178件，全部予以公开。', '全部予以公开'],
    ['本年度新收政府信息公开申请178件，均已公开。', '均已公开'],
    ['全年共受理政府信息公开申请183件（含上年结转5件），均依法予以公开。', '均依法予以公开'],
  ] as const) {
    it(`contradicts 一 above 予以公开: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      const fs = on(text, line).filter((f) => covered(text, f) === words);
      assert.equal(fs.length, 1, on(text, line).map((f) => f.message['zh-CN']).join('\n'));
      assert.match(fs[0]!.message['zh-CN'], /“一、本年新收”超出“（一）予以公开”的件数为79件。正文说均予以公开.*至少有79件没有予以公开/);
      assert.match(fs[0]!.message.en, /at least 79 of this year’s requests were not disclosed/);
      assert.equal(fs[0]!.related.length, 2);
    });
  }

  it('holds when 予以公开 holds every new request', () => {
    const doc = Doc.seed('002');
    // 一 178 → 99 (the 79 of other outcomes were last year's, as far as the sentence can tell): 一 ≤ 予以公开.
    const line = doc.line('2.依申请公开方面');
    doc.setLine(line, '2.依申请公开方面。全年共收到政府信息公开申请99件，均予以公开。');
    for (const column of [0, 6]) doc.setCell('requests', '一、本年新收', column, String(Number(doc.cell('requests', '一、本年新收', column).text) - 79));
    const c = claimsOn(doc.text, line).find((x) => x.quantity === 'notOpenNew');
    assert.equal(c?.holds, true);
  });

  for (const sentence of [
    '全年共收到政府信息公开申请178件，不予公开1件，其余均予以公开。',
    '全年共收到政府信息公开申请178件，除1件外均予以公开。',
    '全年共办理政府信息公开申请183件，均予以公开。',
    '全年共收到政府信息公开申请178件，其中网上申请20件，均予以公开。',
    '全年共收到政府信息公开申请178件，并非均予以公开。',
    '全年共收到政府信息公开申请178件，符合公开条件的申请均予以公开。',
    '2023年共收到政府信息公开申请150件，均予以公开。',
    '全年制发行政规范性文件7件，均予以公开。',
    '全年共收到政府信息公开申请178件，主动公开信息均予以公开。',
    '全年共收到人大代表建议12件，均予以公开。',
    '全年共收到政府信息公开申请178件，予以公开99件，均予以公开。',
  ]) {
    it(`no statement of every request disclosed: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(claimsOn(text, line).filter((c) => c.quantity === 'notOpenNew').map((c) => c.text), []);
    });
  }
});

describe('zero statements listing several outcomes', () => {
  it('未有不予公开、无法提供的情况: none of either', () => {
    const { text, line } = seed002('全年共收到政府信息公开申请178件，未有不予公开、无法提供的情况。');
    const zeros = claimsOn(text, line).filter((c) => c.zero);
    assert.deepEqual(zeros.map((c) => [c.quantity, c.text, c.holds]), [['withhold', '未有不予公开', false], ['unable', '无法提供', false]]);
    const fs = on(text, line);
    assert.deepEqual(fs.map((f) => covered(text, f)), ['未有不予公开', '无法提供']);
    assert.match(fs[1]!.message['zh-CN'], /“（四）无法提供”各项总计之和为33件。正文说没有/);
  });

  it('three outcomes joined by 、 and 和; one of them 0 in the table holds', () => {
    const { text, line } = seed002('全年共收到政府信息公开申请178件，没有部分公开、无法提供和不予处理的情形。');
    assert.deepEqual(claimsOn(text, line).filter((c) => c.zero).map((c) => [c.quantity, c.holds]), [['partial', false], ['unable', false], ['reject', true]]);
  });

  it('a single outcome reads as before', () => {
    const { text, line } = seed002('全年未出现不予公开的情况。');
    assert.deepEqual(claimsOn(text, line).map((c) => [c.quantity, c.text]), [['withhold', '未出现不予公开的情况']]);
  });

  for (const sentence of [
    '全年未有因不予公开、无法提供引发的行政复议。',
    '对不予公开、无法提供的申请均说明理由。',
    '未有不予公开、无法提供的申请人提出异议。',
  ]) {
    it(`stays quiet: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(claimsOn(text, line).filter((c) => c.zero && ['withhold', 'unable'].includes(c.quantity)).map((c) => c.text), []);
    });
  }
});

describe('已全部办结 beside last year’s carry-over', () => {
  for (const sentence of [
    '全年新收政府信息公开申请178件，已全部办结，上年结转5件。',
    '全年新收政府信息公开申请178件，已全部办结，上年度结转申请5件。',
    '全年共收到政府信息公开申请178件，已全部办结，无上年结转申请。',
    '全年共收到政府信息公开申请178件，无上年结转，已全部办结。',
    // A count carried to next year after it: the sentence contradicts itself when 四 exceeds 二.
    '全年新收政府信息公开申请178件，已全部办结，上年结转5件，结转下年度继续办理8件。',
  ]) {
    it(`contradicts 四 above 二: ${sentence}`, () => {
      const { text, line } = seed002(sentence, 3);
      const fs = on(text, line).filter((f) => covered(text, f) === '已全部办结');
      assert.equal(fs.length, 1, on(text, line).map((f) => f.message['zh-CN']).join('\n'));
      assert.match(fs[0]!.message['zh-CN'], /至少有3件没有办结/);
    });
  }

  for (const sentence of [
    // What was carried over may be what was dealt with; what is carried to next year makes it “all the others”.
    '全年共收到政府信息公开申请178件，上年结转5件，已全部办结。',
    '全年共收到政府信息公开申请178件，已全部办结（结转下年度的8件除外）。',
    '全年共收到政府信息公开申请178件，结转下年度8件，其余已全部办结。',
    '全年共收到政府信息公开申请178件，除8件外均已办结。',
    '全年共收到政府信息公开申请178件，已全部办结，上年结转的5件也已办结。',
    '全年共收到政府信息公开申请178件，已全部办结，其余结转下年度办理。',
  ]) {
    it(`no statement that every new request was dealt with: ${sentence}`, () => {
      const { text, line } = seed002(sentence, 3);
      assert.deepEqual(claimsOn(text, line).filter((c) => c.quantity === 'unfinishedNew').map((c) => c.text), []);
    });
  }
});

/** Seed 000 (tables 三 and 四 all 0) with `lines` put in after the line holding `after`. */
function seed000(after: string, ...lines: string[]): { text: string; line: number } {
  const doc = Doc.seed('000');
  const at = doc.line(after) + 1;
  doc.insertLines(at, ...lines.flatMap((l) => ['', l]));
  return { text: doc.text, line: at + lines.length * 2 - 1 };
}

describe('a carry-over in brackets', () => {
  it('收到申请178件（不含上年结转14件）: 一 is 178, 二 is stated as 14', () => {
    const { text, line } = seed002('全年共收到政府信息公开申请178件（不含上年结转14件）。');
    assert.deepEqual(claimsOn(text, line).map((c) => [c.quantity, c.admissible.join('/'), c.value, c.holds]), [['new', 'new', 178, true], ['carried', 'carried', 14, false]]);
    assert.deepEqual(on(text, line).map((f) => covered(text, f)), ['上年结转14件']);
  });

  it('收到申请183件（不含上年结转5件）: 183 is read as 一 and found wrong', () => {
    const { text, line } = seed002('全年共收到政府信息公开申请183件（不包括上年结转的5件）。');
    assert.deepEqual(claimsOn(text, line).map((c) => [c.quantity, c.value, c.holds]), [['new', 183, false], ['carried', 5, true]]);
  });

  it('除8件外: the requests left out are no count of what was done', () => {
    const { text, line } = seed002('全年共收到政府信息公开申请178件，除8件外均已办结。');
    assert.deepEqual(claimsOn(text, line).map((c) => c.quantity), ['new']);
  });

  for (const sentence of ['全年共收到政府信息公开申请178件（不含重复申请5件）。', '全年共收到政府信息公开申请178件（不含网上申请20件）。']) {
    it(`another exclusion stays unread: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(claimsOn(text, line).map((c) => c.quantity), ['new']);
    });
  }
});

describe('numbered paragraphs under a sub-heading on its own line', () => {
  for (const [lines, words] of [
    [['1.申请情况。全年未有收到相关申请。', '2.办理情况。予以公开6件，部分公开2件。'], '予以公开6件'],
    [['1.申请情况。全年未有收到相关申请。', '本年新收申请中，予以公开6件，部分公开2件。'], '予以公开6件'],
    [['（1）办理结果', '无法提供3件。'], '无法提供3件'],
  ] as const) {
    it(`take the subject of the heading above their own: ${lines.join(' / ')}`, () => {
      const { text, line } = seed000('（二）依申请公开情况', ...lines);
      const fs = on(text, line);
      assert.ok(fs.some((f) => covered(text, f) === words), fs.map((f) => covered(text, f)).join(', '));
    });
  }

  it('under another sub-heading they stay unread', () => {
    const { text, line } = seed000('（一）主动公开情况', '1.公开情况。全年公开信息120条。', '2.办理情况。予以公开6件，部分公开2件。');
    assert.deepEqual(claimsOn(text, line).map((c) => c.text), []);
  });
});

describe('review and lawsuits under part 一’s 监督保障', () => {
  for (const [after, sentence, words] of [
    ['（五）监督保障情况', '全年被申请行政复议2件，结果维持，未被提起行政诉讼。', '被申请行政复议2件'],
    ['（五）监督保障情况', '全年未被申请行政复议，被提起行政诉讼1件。', '被提起行政诉讼1件'],
  ] as const) {
    it(`are the disclosure cases: ${sentence}`, () => {
      const { text, line } = seed000(after, sentence);
      const fs = on(text, line);
      assert.ok(fs.some((f) => covered(text, f) === words), fs.map((f) => covered(text, f)).join(', '));
    });
  }

  it('an inline 监督保障 heading too, with the results read (for prose-sum where the table is missing)', () => {
    const doc = Doc.seed('000');
    const at = doc.line('（五）监督保障情况');
    doc.setLine(at, '（五）监督保障情况。全年被申请行政复议2件，其中结果维持1件、尚未审结2件，无行政诉讼案件。');
    const fs = analyze(doc.text).findings.filter((f) => f.range.start.line === at);
    assert.ok(fs.some((f) => f.code === 'narrative-mismatch' && covered(doc.text, f) === '被申请行政复议2件'));
    assert.deepEqual(claimsOn(doc.text, at).map((c) => c.quantity), ['review', 'review.upheld', 'review.pending', 'suits']);
  });

  for (const [after, sentence] of [
    // The body's cases of every kind.
    ['（五）监督保障情况', '在依法行政方面，全年被申请行政复议2件，被提起行政诉讼1件。'],
    ['（五）监督保障情况', '全局全年被申请行政复议2件。'],
    ['（五）监督保障情况', '全年办理行政应诉案件3件，被提起行政诉讼3件。'],
    // Part 一's other sub-headings name no disclosure.
    ['（三）政府信息管理情况', '全年被申请行政复议2件，被提起行政诉讼1件。'],
  ] as const) {
    it(`stay unread: ${after} ${sentence}`, () => {
      const { text, line } = seed000(after, sentence);
      assert.deepEqual(claimsOn(text, line).map((c) => c.text), []);
    });
  }
});

describe('a paragraph naming disclosure, with a sentence of all the body’s cases', () => {
  // The paragraph names 政府信息公开; its first sentence speaks of every case of the body (依法行政, 各类, 应诉).
  const paragraph = (cases: string) => `坚持依法行政，全年办理各类行政复议案件36件，行政应诉案件12件。${cases}`;
  for (const after of ['（五）监督保障情况', '（三）政府信息管理情况']) {
    it(`the body’s cases stay unread, the disclosure cases are read: ${after}`, () => {
      const { text, line } = seed000(after, paragraph('全年因政府信息公开被提起行政诉讼0件。'));
      assert.deepEqual(claimsOn(text, line).map((c) => [c.text, c.value]), [['被提起行政诉讼0件', 0]]);
      assert.deepEqual(on(text, line), []);
    });
  }

  it('a wrong disclosure figure after it is still found', () => {
    const { text, line } = seed000('（五）监督保障情况', paragraph('全年因政府信息公开被提起行政诉讼3件。'));
    assert.deepEqual(on(text, line).map((f) => covered(text, f)), ['被提起行政诉讼3件']);
  });
});

describe('公开属性 of documents after a count of 主动公开 (审查公文683件，其中主动公开50件、依申请公开6件、不予公开12件)', () => {
  for (const sentence of [
    '严格落实公开属性源头认定，全年审查公文683件，其中主动公开50件、依申请公开6件、不予公开12件。',
    '全年发文320件，公开属性认定为主动公开的210件，依申请公开的35件，不予公开的75件。',
    // No 主动公开 among the classes: after a count of documents they are the documents' classes all the same.
    '全年审查公文683件，其中予以公开的50件，不予公开的12件。',
    '全年印发文件120件，其中予以公开100件，依申请公开8件，不予公开12件。',
  ]) {
    it(`are not requests: ${sentence}`, () => {
      for (const { text, line } of [seed002(sentence), seed000('（三）政府信息管理情况', sentence)]) assert.deepEqual(claimsOn(text, line).map((c) => c.text), []);
    });
  }

  it('a count of requests in the same sentence is still read and found wrong', () => {
    const { text, line } = seed002('全年审查公文683件，其中主动公开50件、依申请公开6件，收到政府信息公开申请12件。');
    assert.deepEqual(on(text, line).map((f) => covered(text, f)), ['收到政府信息公开申请12件']);
  });

  it('an outcome after a topic of the requests naming documents is no class (涉及文件查询的90件)', () => {
    const { text, line } = seed002('共收到政府信息公开申请178件，涉及文件查询的申请90件，予以公开120件。');
    assert.deepEqual(on(text, line).map((f) => covered(text, f)), ['予以公开120件']);
  });

  it('an outcome that follows a count of requests is still read and found wrong', () => {
    const { text, line } = seed002('全年主动公开政府信息3200条。共收到政府信息公开申请178件，予以公开98件。');
    assert.deepEqual(on(text, line).map((f) => covered(text, f)), ['予以公开98件']);
  });
});

describe('大写 numerals (壹贰叁肆伍陆柒捌玖拾佰仟)', () => {
  it('壹佰柒拾柒件 is 177, against 一 of 178', () => {
    const { text, line } = seed002('全年共收到政府信息公开申请壹佰柒拾柒件。');
    const fs = on(text, line);
    assert.deepEqual(fs.map((f) => covered(text, f)), ['共收到政府信息公开申请壹佰柒拾柒件']);
    assert.match(fs[0]!.message['zh-CN'], /178件/);
  });

  it('壹佰柒拾捌件 holds; 伍件 and 贰拾件 are read', () => {
    const { text, line } = seed002('全年共收到政府信息公开申请壹佰柒拾捌件，上年结转伍件，结转下年度继续办理贰拾件。');
    assert.deepEqual(claimsOn(text, line).map((c) => [c.quantity, c.value, c.holds]), [['new', 178, true], ['carried', 5, true], ['carryNext', 20, false]]);
  });

  for (const sentence of ['陆续收到政府信息公开申请178件。', '全年共收到政府信息公开申请佰余件。', '收到政府信息公开申请178件，仟件之多。']) {
    it(`look-alikes: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(claimsOn(text, line).filter((c) => c.value !== 178).map((c) => c.text), []);
    });
  }
});

describe('table 三’s own words name the topic in a paragraph that does not (no 信息公开, 依申请)', () => {
  /** Seed 002 with its 平台建设 paragraph replaced by `sentence`, which the paragraph's words do not put in disclosure. */
  function platform(sentence: string): { text: string; line: number } {
    const doc = Doc.seed('002');
    const line = doc.line('4.平台建设方面');
    doc.setLine(line, sentence);
    return { text: doc.text, line };
  }
  for (const [sentence, words] of [
    ['全年结转下年度继续办理3件。', '结转下年度继续办理3件'],
    ['因本机关不掌握相关政府信息无法提供33件。', '无法提供33件'],
    ['全年予以公开的申请共90件。', '予以公开的申请共90件'],
    ['全年因申请人逾期不补正不再处理的申请5件。', '5件'],
    // A list of three outcomes or two applicant kinds, each counted, is about the requests by itself.
    ['从办理结果看，予以公开89件，部分公开14件，不予公开12件，无法提供33件，其他处理20件。', '予以公开89件'],
    ['从申请主体看，自然人申请170件，法人或者其他组织申请7件。', '自然人申请170件'],
    ['其中予以公开、部分公开、不予公开分别为99件、41件、12件。', '41件'],
  ] as const) {
    it(`fires: ${sentence}`, () => {
      const { text, line } = platform(sentence);
      const found = on(text, line);
      assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message['zh-CN'])));
      assert.ok(covered(text, found[0]!).includes(words), covered(text, found[0]!));
    });
  }
  for (const sentence of [
    // Right figures; other kinds of application, whose results are published too; 公文 sorted by 公开属性.
    '全年结转下年度继续办理5件。',
    '全年予以公开的申请共99件。',
    '全年受理建设工程规划许可申请86件，依法予以公开公示86件。',
    '全年收到企业注册登记申请560件，部分公开信息12件。',
    '全年受理行政许可申请2150件，其中不予处理3件。',
    '全年审查公文683件，其中予以公开的50件，不予公开的12件。',
    '全年办理人大代表建议35件，其中部分公开办理结果12件。',
    '从办理结果看，予以公开99件，部分公开14件，不予公开12件，无法提供33件，其他处理20件。',
    '从申请主体看，自然人申请171件，法人或者其他组织申请7件。',
    // Lists of the same words that are not of the requests: 公文 by 公开属性, applications of another kind, another year.
    '全年审查公文683件，其中予以公开的50件，部分公开3件，不予公开的12件。',
    '全年受理低保申请300件，其中予以公开89件，部分公开14件，不予公开12件。',
    '全年办理不动产登记申请2150件，其中自然人申请1700件，法人或其他组织申请450件。',
    '全年受理行政许可申请2150件，其中自然人申请1700件，法人或其他组织申请450件。',
    '上年度予以公开89件，部分公开14件，不予公开12件，无法提供33件，其他处理20件。',
  ]) {
    it(`stays quiet: ${sentence}`, () => {
      const { text, line } = platform(sentence);
      assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
    });
  }
});

describe('outcomes right after applications of another kind, in a paragraph about disclosure', () => {
  for (const sentence of [
    '全年受理行政许可申请2150件，其中不予处理3件。',
    '全年受理建设工程规划许可申请86件，依法予以公开公示86件。',
    '全年受理信访申请12件，其中不予处理2件，其他处理1件。',
    '全年收到企业注册登记申请560件，部分公开信息12件。',
  ]) {
    it(`are of that kind: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
    });
  }
  it('an outcome after the disclosure requests that follow them is read', () => {
    const { text, line } = seed002('全年受理行政许可申请2150件，收到政府信息公开申请178件，其中予以公开89件。');
    const found = on(text, line);
    assert.equal(found.length, 1);
    assert.equal(covered(text, found[0]!), '予以公开89件');
  });
});

describe('years listed before 分别 (2023年、2024年分别收到申请150件、178件): the report’s year takes its figure', () => {
  for (const [sentence, words] of [
    ['2023年、2024年分别收到政府信息公开申请150件、187件。', '187件'],
    ['2022年、2023年和2024年分别收到政府信息公开申请120件、150件、187件。', '187件'],
    ['2024年、2023年分别收到政府信息公开申请187件、150件。', '187件'],
    ['全年收到政府信息公开申请178件，2023年、2024年分别结转下年度4件、3件。', '3件'],
  ] as const) {
    it(`fires: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      const found = on(text, line);
      assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message['zh-CN'])));
      assert.ok(covered(text, found[0]!).endsWith(words), covered(text, found[0]!));
    });
  }
  for (const sentence of [
    '2023年、2024年分别收到政府信息公开申请150件、178件。',
    '2022年、2023年分别收到政府信息公开申请120件、150件。',
    '2023年、2024年分别办理人大代表建议30件、35件。',
    '2023年至2024年分别收到政府信息公开申请150件、187件。',
    '2023年、2024年分别收到政府信息公开申请150件。',
  ]) {
    it(`stays quiet: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
    });
  }
});

describe('a year’s carry into the next (2024年结转下年度继续办理7件) is 四, not 二', () => {
  it('agrees with 四 (7) though 二 is 5', () => {
    const { text, line } = seed002('全年收到政府信息公开申请178件，2024年结转下年度继续办理7件。', 2);
    assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
  });
  it('last year’s carry (2023年结转7件) is still 二', () => {
    const { text, line } = seed002('全年收到政府信息公开申请178件，2023年结转7件。');
    assert.deepEqual(on(text, line).map((f) => covered(text, f)), ['2023年结转7件']);
  });
});

describe('the one that leads, then its count (其中予以公开占比最高，达89件)', () => {
  it('fires: the count after 占比最高 is the outcome’s', () => {
    const { text, line } = seed002('全年共收到政府信息公开申请178件，其中予以公开占比最高，达89件。');
    assert.deepEqual(on(text, line).map((f) => covered(text, f)), ['予以公开占比最高，达89件']);
  });
  for (const sentence of [
    '全年共收到政府信息公开申请178件，其中予以公开占比最高，达99件。',
    '全年共收到政府信息公开申请178件，其中征地拆迁类申请最多，达90件。',
    '全年共收到政府信息公开申请178件，其中网上申请占比最高，达112件。',
    // Requests answered again after a review are some requests, not the review cases.
    '全年共收到政府信息公开申请178件，其中，行政复议后重新答复的2件。',
  ]) {
    it(`stays quiet: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
    });
  }
});

/** Seed 002 with 3 of （六）3.其他 moved to 2.重复申请 (2) and 1.信访举报投诉类申请 (1); 逾期不补正 stays 3. */
function withRejected(sentence: string): { text: string; line: number } {
  const doc = Doc.seed('002');
  const add = (label: string, column: number, d: number) => doc.setCell('requests', label, column, String(Number(doc.cell('requests', label, column).text) + d));
  for (const column of [0, 6]) {
    add('3.其他', column, -3);
    add('重复申请', column, 2);
    add('信访举报投诉', column, 1);
  }
  const line = doc.line('2.依申请公开方面');
  doc.setLine(line, `2.依申请公开方面。${sentence}`);
  return { text: doc.text, line };
}

describe('a zero statement of one item of table 三 (无逾期不补正的申请, 没有以重复申请为由不予处理的)', () => {
  for (const [sentence, words, cell] of [
    ['全年共收到政府信息公开申请178件。本年度无逾期不补正的申请。', '无逾期不补正的申请', 3],
    ['全年共收到政府信息公开申请178件，未发生申请人逾期不补正的情况。', '未发生申请人逾期不补正的情况', 3],
    ['全年共收到政府信息公开申请178件。全年没有出现申请人逾期未按收费通知要求缴纳费用的情况。', '没有出现申请人逾期未按收费通知要求缴纳费用的情况', 5],
  ] as const) {
    it(`fires where the item's cell is not 0: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      const fs = on(text, line);
      assert.deepEqual(fs.map((f) => covered(text, f)), [words]);
      assert.match(fs[0]!.message['zh-CN'], new RegExp(`为${cell}件。正文说没有`));
    });
  }
  for (const [sentence, words] of [
    ['全年共收到政府信息公开申请178件，没有以重复申请为由不予处理的。', '没有以重复申请为由不予处理的'],
    ['全年共收到政府信息公开申请178件，不存在因信访举报投诉类申请不予处理的情况。', '不存在因信访举报投诉类申请不予处理的情况'],
    ['全年共收到政府信息公开申请178件。本年度未收到重复申请。', '未收到重复申请'],
  ] as const) {
    it(`fires where the item's cell is not 0: ${sentence}`, () => {
      const { text, line } = withRejected(sentence);
      assert.deepEqual(on(text, line).map((f) => covered(text, f)), [words]);
    });
    it(`stays quiet where the item's cell is 0: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
      assert.ok(claimsOn(text, line).some((c) => c.zero && c.quantity.startsWith('item:reject.') && c.holds === true));
    });
  }
  it('stays quiet where 逾期不补正 is 0', () => {
    const doc = Doc.seed('002');
    for (const column of [0, 6]) {
      doc.setCell('requests', '逾期不补正', column, '0');
      doc.setCell('requests', '3.其他', column, '15');
    }
    const line = doc.line('2.依申请公开方面');
    doc.setLine(line, '2.依申请公开方面。全年共收到政府信息公开申请178件，未发生申请人逾期不补正的情况。');
    assert.deepEqual(on(doc.text, line).map((f) => f.message['zh-CN']), []);
  });
  for (const sentence of [
    // A wider cause, or not the outcome.
    '全年共收到政府信息公开申请178件，无因不补正以外原因不予处理的申请。',
    '全年共收到政府信息公开申请178件，没有因申请人逾期不补正而引发行政复议的情况。',
    // Some requests only: one channel's, last year's, or applications of another kind.
    '全年共收到政府信息公开申请178件。网上申请中，无逾期不补正的申请。',
    '全年共收到政府信息公开申请178件。上年结转的5件申请中，无逾期不补正的申请。',
    '全年共收到政府信息公开申请178件。低保救助申请中，未发生申请人逾期不补正的情况。',
  ]) {
    it(`stays quiet: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
    });
  }
});

describe('a zero statement listing items of table 三, or items and groups (无逾期不补正和不予处理的申请)', () => {
  // Seed 002: 逾期不补正 3, 未按收费通知缴纳费用 5, （五）不予处理 0; withRejected: 重复申请 2, 信访举报投诉 1.
  for (const [sentence, words, rejected] of [
    ['全年共收到政府信息公开申请178件，未发生申请人逾期不补正或未缴纳费用的情况。', ['未发生申请人逾期不补正', '未缴纳费用'], false],
    ['全年共收到政府信息公开申请178件。本年度无逾期不补正和不予处理的申请。', ['无逾期不补正'], false],
    ['全年共收到政府信息公开申请178件。全年未发生申请人逾期不补正或逾期未缴纳信息处理费的情形。', ['未发生申请人逾期不补正', '逾期未缴纳信息处理费'], false],
    // One item by the official label's words, its 、 inside.
    ['全年共收到政府信息公开申请178件。本年度没有因申请人无正当理由逾期不补正、行政机关不再处理的申请。', ['没有因申请人无正当理由逾期不补正'], false],
    ['全年共收到政府信息公开申请178件。本年度无因信访举报投诉、重复申请不予处理的申请。', ['无因信访举报投诉', '重复申请'], true],
    ['全年共收到政府信息公开申请178件。全年没有因信访举报投诉类申请、重复申请而不予处理的情况。', ['没有因信访举报投诉', '重复申请'], true],
    ['全年共收到政府信息公开申请178件。本年度无重复申请和逾期不补正的申请。', ['无重复申请', '逾期不补正'], true],
  ] as const) {
    it(`fires on each name whose cell is not 0: ${sentence}`, () => {
      const { text, line } = rejected ? withRejected(sentence) : seed002(sentence);
      assert.deepEqual(on(text, line).map((f) => covered(text, f)), words);
    });
  }
  it('stays quiet where each is 0', () => {
    const doc = Doc.seed('002');
    for (const column of [0, 6]) {
      doc.setCell('requests', '逾期不补正', column, '0');
      doc.setCell('requests', '缴纳费用', column, '0');
      doc.setCell('requests', '3.其他', column, '20');
    }
    const line = doc.line('2.依申请公开方面');
    for (const s of [
      '本年度无逾期不补正和不予处理的申请。',
      '全年未发生申请人逾期不补正或逾期未缴纳信息处理费的情形。',
      '本年度没有因申请人无正当理由逾期不补正、行政机关不再处理的申请。',
      '本年度无因信访举报投诉、重复申请不予处理的申请。',
    ]) {
      doc.setLine(line, `2.依申请公开方面。全年共收到政府信息公开申请178件。${s}`);
      assert.deepEqual(on(doc.text, line).map((f) => f.message['zh-CN']), [], s);
      assert.ok(claimsOn(doc.text, line).some((c) => c.zero && c.holds === true), s);
    }
  });
  for (const sentence of [
    // A name the table has not (逾期答复), some requests only, or another kind's.
    '全年共收到政府信息公开申请178件，未发生逾期不补正和逾期答复的情况。',
    '全年共收到政府信息公开申请178件。网上申请中，无逾期不补正和不予处理的申请。',
    '全年共收到政府信息公开申请178件。低保救助申请中，未发生申请人逾期不补正或未缴纳费用的情况。',
    '全年共收到政府信息公开申请178件，没有因申请人逾期不补正或未缴纳费用而引发行政复议的情况。',
  ]) {
    it(`stays quiet: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
    });
  }
});

describe('无结转: nothing carried, from last year or to next', () => {
  // Seed 002: 二 5, 四 5: neither reading is 0.
  for (const [sentence, words] of [
    ['全年共收到政府信息公开申请178件，无收费、无结转。', '无结转'],
    ['全年共收到政府信息公开申请178件，本年度无结转。', '无结转'],
    ['全年共收到政府信息公开申请178件，没有结转的申请。', '没有结转的申请'],
    // The requests named before 结转, and 办理 after it: a district bureau's 2024 wording (there followed by 及 and a
    // statement on the cases, a joined form still not read).
    ['全年共收到政府信息公开申请178件。全年无政府信息公开申请结转办理情况。', '无政府信息公开申请结转办理情况'],
    ['全年共收到政府信息公开申请178件，本年度无申请结转情况。', '无申请结转情况'],
  ] as const) {
    it(`fires where neither is 0: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      const fs = on(text, line);
      assert.deepEqual(fs.map((f) => covered(text, f)), [words]);
      assert.match(fs[0]!.message['zh-CN'], /结转下年度继续办理.*为5件/);
    });
    it(`stays quiet where one of them is 0: ${sentence}`, () => {
      const { text, line } = seed002(sentence, -5);
      assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
    });
  }
  for (const sentence of ['全年共收到政府信息公开申请178件，专项经费无结转。', '全年共收到政府信息公开申请178件，网上申请中，无结转。', '全年共收到政府信息公开申请178件，无申请结转下年度后逾期的情况。']) {
    it(`stays quiet: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
    });
  }
});

describe('无上年结转和结转下年度的申请: none of either', () => {
  // Seed 002: 二 5, 四 5; seed002(…, -5) makes 四 0.
  it('fires on each that is not 0', () => {
    const { text, line } = seed002('全年共收到政府信息公开申请178件，无上年结转和结转下年度的申请。');
    assert.deepEqual(on(text, line).map((f) => covered(text, f)), ['无上年结转', '结转下年度']);
  });
  it('fires on 结转下年度 alone where 二 is 0 and 四 is not', () => {
    const doc = Doc.seed('002');
    for (const column of [0, 6]) {
      doc.setCell('requests', '二、上年结转', column, '0');
      doc.setCell('requests', '3.其他', column, String(Number(doc.cell('requests', '3.其他', column).text) - 5));
      doc.setCell('requests', '（七）总计', column, String(Number(doc.cell('requests', '（七）总计', column).text) - 5));
    }
    const line = doc.line('2.依申请公开方面');
    doc.setLine(line, '2.依申请公开方面。全年共收到政府信息公开申请178件，无上年结转和结转下年度的申请。');
    assert.deepEqual(on(doc.text, line).map((f) => covered(doc.text, f)), ['结转下年度']);
  });
  it('reads no statement of 结转下年度 that a count follows (无上年结转、结转下年度继续办理5件)', () => {
    const { text, line } = seed002('全年共收到政府信息公开申请178件，无上年结转、结转下年度继续办理5件。');
    assert.deepEqual(claimsOn(text, line).filter((c) => c.quantity === 'carryNext' && c.zero).map((c) => c.text), []);
  });
});

describe('no request left open (不存在未办结的申请) is 四 at 0', () => {
  for (const [sentence, words] of [
    ['全年共收到政府信息公开申请178件，不存在未办结的申请。', '不存在未办结的申请'],
    ['全年共收到政府信息公开申请178件，没有未办结的申请。', '没有未办结的申请'],
    ['全年共收到政府信息公开申请178件，截至年底无未办结申请。', '无未办结申请'],
    ['全年共收到政府信息公开申请178件，无尚未办结的申请。', '无尚未办结的申请'],
  ] as const) {
    it(`fires where 四 is not 0: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      const fs = on(text, line);
      assert.deepEqual(fs.map((f) => covered(text, f)), [words]);
      assert.match(fs[0]!.message['zh-CN'], /结转下年度继续办理.*为5件。正文说没有/);
    });
    it(`stays quiet where 四 is 0: ${sentence}`, () => {
      const { text, line } = seed002(sentence, -5);
      assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
      assert.ok(claimsOn(text, line).some((c) => c.quantity === 'carryNext' && c.zero && c.holds === true));
    });
  }
  for (const sentence of [
    // None overdue only; after the year; of last year's carry-over.
    '全年共收到政府信息公开申请178件，没有超期未办结的申请。',
    '全年共收到政府信息公开申请178件，无逾期未办结的情况。',
    '全年共收到政府信息公开申请178件，截至目前，无未办结的申请。',
    '全年共收到政府信息公开申请178件。上年结转的5件申请中，没有未办结的申请。',
    '上年结转的申请已全部办结，不存在未办结的申请。',
  ]) {
    it(`stays quiet: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
    });
  }
});

describe('outcomes one a line right after the sentence of requests received (…178件。/（一）予以公开99件；)', () => {
  /** Seed 002 with `lines` in place of the paragraph found by `needle` (part 一's overview, or 依申请公开方面). */
  function placed(needle: string, lines: string): { text: string; from: number; to: number } {
    const doc = Doc.seed('002');
    const from = doc.line(needle);
    doc.setLine(from, lines);
    return { text: doc.text, from, to: from + lines.split('\n').length };
  }
  const within = (t: { text: string; from: number; to: number }) => narrative(t.text).filter((f) => f.range.start.line >= t.from && f.range.start.line < t.to);
  // Two items: three or more outcomes, each counted, name the requests by themselves (listsOwnRequests).
  for (const needle of ['2024年，在县委的坚强领导下', '2.依申请公开方面']) {
    it(`fires on each item that disagrees with its row (${needle})`, () => {
      const t = placed(needle, '全年共收到政府信息公开申请178件。\n（一）无法提供30件；\n（二）不予处理1件。');
      assert.deepEqual(within(t).map((f) => covered(t.text, f)), ['无法提供30件', '不予处理1件']);
    });
    it(`stays quiet on a true list (${needle})`, () => {
      const t = placed(needle, '全年共收到政府信息公开申请178件。\n1.部分公开14件；\n2.其他处理20件。');
      assert.deepEqual(within(t).map((f) => f.message['zh-CN']), []);
    });
  }
  for (const lines of [
    '全县各部门共收到政府信息公开申请1200件。\n（一）予以公开900件；\n（二）部分公开140件。',
    '全市共收到政府信息公开申请1200件。\n（一）予以公开900件；\n（二）部分公开140件。',
    '2023年共收到政府信息公开申请150件。\n（一）予以公开80件；\n（二）部分公开40件。',
    '全年共收到低保申请150件。\n（一）予以公开80件；\n（二）部分公开40件。',
  ]) {
    it(`stays quiet after another scope, year or kind: ${lines.split('\n')[0]}`, () => {
      const t = placed('2024年，在县委的坚强领导下', lines);
      assert.deepEqual(within(t).filter((f) => f.range.start.line > t.from).map((f) => f.message['zh-CN']), []);
    });
  }
});

describe('部分予以公开 is 部分公开, not 予以公开', () => {
  it('holds against the table (予以公开99件；部分予以公开14件): no finding, and it is read as （二） partly disclosed', () => {
    const { text, line } = seed002('全年共收到政府信息公开申请178件。办理结果如下：予以公开99件；部分予以公开14件；其余为其他情形。');
    assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
    assert.equal(claimsOn(text, line).some((c) => c.quantity === 'partial' && c.value === 14 && c.holds === true), true);
  });
  it('a wrong count of 部分予以公开 is found on it, against （二）部分公开', () => {
    const { text, line } = seed002('全年共收到政府信息公开申请178件。办理结果如下：予以公开99件；部分予以公开16件；其余为其他情形。');
    const fs = on(text, line);
    assert.equal(fs.length, 1, fs.map((f) => f.message['zh-CN']).join('\n'));
    assert.match(covered(text, fs[0]!), /部分予以公开16件/);
    assert.match(fs[0]!.message['zh-CN'], /部分公开/);
  });
  it('without tables, 予以公开35件 and 部分予以公开1件 in one list are no conflict', () => {
    const text = ['一、总体情况', '（二）依申请公开：2025年本局办理政府信息公开申请69件，均为自然人申请。办理结果如下：予以公开35件；部分予以公开1件；不予公开2件；因本机关不掌握相关政府信息而无法提供29件；不属于政府信息1件；结转下年度继续办理1件。'].join('\n');
    assert.deepEqual(analyze(text).findings.filter((f) => f.code === 'prose-conflict').map((f) => f.message['zh-CN']), []);
  });
});
