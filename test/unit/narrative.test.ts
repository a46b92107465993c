/** narrative-mismatch: claims in the prose against the tables (issue 3). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, claimAt, claimsOf, parseReport, type Finding } from '../../shared/src';
import { Doc } from '../helpers/doc';
import { autoFixes, rangeOf } from '../helpers/findings';
import { lineOf, seed } from '../helpers/fixtures';
import { ownerOf, sameBody } from '../../shared/src/claims/lexicon';

const narrative = (text: string): Finding[] => analyze(text).findings.filter((f) => f.code === 'narrative-mismatch');

/** The text a range covers (single-line ranges). */
function covered(text: string, f: Finding): string {
  const line = text.split(/\r\n|\n|\r/)[f.range.start.line]!;
  assert.equal(f.range.start.line, f.range.end.line);
  return line.slice(f.range.start.character, f.range.end.character);
}

/** Seed 002 with its 依申请公开 paragraph replaced by `sentence`. */
function with002(sentence: string): { text: string; line: number } {
  const text = seed('002');
  const lines = text.split('\n');
  const line = lineOf(text, '2.依申请公开方面');
  lines[line] = `2.依申请公开方面。${sentence}`;
  return { text: lines.join('\n'), line };
}

describe('narrative-mismatch on the real reports', () => {
  it('002: the 35 received and the 35 including carry-over are found, each range covering its claim', () => {
    const text = seed('002');
    const fs = narrative(text);
    const line = lineOf(text, '全年共受理政府信息公开申请35件');
    assert.deepEqual(fs.map((f) => f.range.start.line), [line, line]);
    assert.equal(covered(text, fs[0]!), '共受理政府信息公开申请35件');
    assert.match(covered(text, fs[1]!), /^包括上年度结转在内的35件/);
    assert.match(fs[0]!.message['zh-CN'], /35件.*178件/);
    assert.match(fs[1]!.message['zh-CN'], /183件/);
    // Related information points at the table cells: 一's total, and 一 and 二's totals.
    assert.equal(fs[0]!.related.length, 1);
    assert.equal(fs[0]!.related[0]!.range.start.line, lineOf(text, '一、本年新收') + 7);
    assert.equal(fs[1]!.related.length, 2);
  });

  it('002: no finding on 全部办理完成, 受理量达178件, 新制定7件, 失效31件，废止4件, 现行有效102件', () => {
    const text = seed('002');
    const claims = claimsOf(parseReport(text));
    const holding = claims.filter((c) => c.holds).map((c) => c.text);
    assert.deepEqual(holding, ['新制定7件', '废止4件', '现行有效102件', '依申请公开受理量达178件']);
    const repealed = claims.find((c) => c.text === '废止4件')!;
    assert.deepEqual(repealed.alternatives, [35]);
    assert.ok(!claims.some((c) => /办理完成|28件|100%/.test(c.text)));
  });

  for (const prefix of ['000', '001', '003', '004']) {
    it(`${prefix}: the prose agrees with the tables`, () => {
      assert.deepEqual(narrative(seed(prefix)), []);
    });
  }

  it('001: zero statements and scoped negations are read as claims that hold', () => {
    const claims = claimsOf(parseReport(seed('001')));
    assert.deepEqual(claims.map((c) => [c.quantity, c.value, c.holds]), [['new', 13, true], ['suits.corrected', 0, true]]);
  });

  it('000: 零申请 and 零复议、零诉讼 are zero statements that hold where the tables hold 0', () => {
    const text = seed('000');
    const lines = text.split('\n');
    const line = lineOf(text, '全年未有收到相关申请');
    lines[line] = '（二）依申请公开情况。全年零申请，实现零复议、零诉讼。';
    const claims = claimsOf(parseReport(lines.join('\n'))).filter((c) => c.range.start.line === line);
    assert.deepEqual(claims.map((c) => [c.quantity, c.value, c.zero, c.holds]), [['new', 0, true, true], ['reviewAndSuits', 0, true, true]]);
  });

  it('a changed claim is found on its line', () => {
    const text = seed('001').replace('全年共收到政府信息公开申请13件', '全年共收到政府信息公开申请14件');
    const fs = narrative(text);
    assert.deepEqual(fs.map((f) => f.range.start.line), [lineOf(text, '申请14件')]);
  });

  it('a table changed consistently so that the prose no longer matches is found on the claim', () => {
    // 一 and （一）予以公开 and （七）总计 all become 14 (natural persons and total): tables still add up.
    const lines = seed('001').split('\n');
    for (const label of ['一、本年新收政府信息公开申请数量', '（一）予以公开', '（七）总计']) {
      const at = lines.findIndex((l) => l.includes(label));
      for (let k = at + 1; k < at + 9; k++) if (lines[k] === '\t13') lines[k] = '\t14';
    }
    const text = lines.join('\n');
    assert.deepEqual(analyze(text).findings.filter((f) => f.severity === 'error'), []);
    const fs = narrative(text);
    assert.deepEqual(fs.map((f) => f.range.start.line), [lineOf(text, '申请13件')]);
    assert.match(fs[0]!.message['zh-CN'], /13件.*14件/);
  });

  it('a changed number that counts something else draws nothing', () => {
    const text = seed('001').replace('主动公开政务信息3条', '主动公开政务信息9条').replace('重点专题栏目更新5条', '重点专题栏目更新50条');
    assert.deepEqual(narrative(text), []);
    const t2 = seed('002').replace('高效办理群众留言90条', '高效办理群众留言178条').replace('7省35地', '7省36地');
    assert.equal(narrative(t2).length, 2);
  });
});

describe('narrative-mismatch and the arithmetic rules', () => {
  it('a mistyped table total that the prose gets right is the arithmetic rule’s finding alone', () => {
    // Seed 001: the prose says 13 received; 一 总计 mistyped as 15 (自然人 13, the column says 13).
    const lines = seed('001').split('\n');
    const at = lines.findIndex((l) => l.includes('一、本年新收政府信息公开申请数量'));
    assert.equal(lines[at + 7], '\t13');
    lines[at + 7] = '\t15';
    const text = lines.join('\n');
    assert.deepEqual(narrative(text), []);
    const fs = analyze(text).findings.filter((f) => f.severity === 'error');
    assert.deepEqual(fs.map((f) => [f.code, f.range.start.line]), [['row-total', at + 7]]);
  });

  it('a group total of table 四 reported without a fix: prose giving its terms’ sum is not told it disagrees, other prose is', () => {
    // Seed 002's 行政复议: 8 10 7 0 25. The total mistyped 26 could as well be a term mistyped: no fix, and the
    // prose's 25 agrees with one of the tables the figures allow (it was quiet when the fix wrote 25).
    const doc = (said: number) => Doc.of(with002(`全年共发生政府信息公开行政复议${said}件。`).text).setCell('review', '', 4, '26');
    const quiet = doc(25);
    assert.deepEqual(narrative(quiet.text), []);
    assert.deepEqual(analyze(quiet.text).findings.filter((f) => f.code === 'review-total').map((f) => autoFixes(f).length), [0]);
    assert.equal(narrative(doc(27).text).length, 1);
  });

  it('prose that disagrees with the corrected figure too is still reported', () => {
    const lines = seed('001').replace('全年共收到政府信息公开申请13件', '全年共收到政府信息公开申请12件').split('\n');
    const at = lines.findIndex((l) => l.includes('一、本年新收政府信息公开申请数量'));
    lines[at + 7] = '\t15';
    const text = lines.join('\n');
    assert.deepEqual(narrative(text).map((f) => f.range.start.line), [lineOf(text, '申请12件')]);
  });
});

describe('narrative-mismatch: prose that tells apart the readings of a table its own figures cannot', () => {
  // Seed 000 (only 总计 filled, all 0) says 全年未有收到相关申请. With 一 总计 mistyped 1, the balance fails and 一 → 0 or
  // 四 → 1 would each make it hold: the arithmetic gives no figure. The prose names 一 with the figure that does.
  const at = (text: string, label: string) => Doc.of(text).cell('requests', label, 6);
  it('fires: 一 总计 1 against 全年未有收到相关申请 → the prose finding offers 0 for the table’s cell, as a choice, and says the table may be the one wrong', () => {
    const doc = Doc.seed('000').setCell('requests', '本年新收', 6, '1');
    const fs = narrative(doc.text);
    assert.equal(fs.length, 1);
    const f = fs[0]!;
    assert.match(f.message['zh-CN'], /把表中这个数改为正文所说的 0，合计关系就都成立，可能是表格填错了/);
    assert.match(f.message.en, /the table may be the one wrong/);
    assert.deepEqual(f.fixes.map((x) => [x.choice, x.edits.map((e) => [e.range, e.newText])]), [[true, [[rangeOf(at(doc.text, '本年新收')), '0']]]]);
    assert.equal(autoFixes(f).length, 0);
  });

  it('fires for a statement of none over a sum of cells, one of them not 0: seed 001 (没有发生……败诉) with 复议后起诉 结果纠正 1 → 0 offered for that cell', () => {
    // Table 四 of seed 001 is all 0; 复议后起诉 结果纠正 is its 12th figure (index 11), the group's 总计 left 0: the group
    // holds again with either at 0 or 1, and the prose's none names the term.
    const doc = Doc.seed('001').setCell('review', '', 11, '1');
    const fs = narrative(doc.text);
    assert.equal(fs.length, 1);
    assert.deepEqual(fs[0]!.fixes.map((x) => [x.choice, x.edits.map((e) => [e.range, e.newText])]), [[true, [[rangeOf(doc.cell('review', '', 11)), '0']]]]);
  });

  it('stays without a fix: a statement of none over a sum whose two cells are not 0 (both kinds of lawsuit 结果纠正 1)', () => {
    const doc = Doc.seed('001').setCell('review', '', 6, '1').setCell('review', '', 11, '1');
    const fs = narrative(doc.text);
    assert.equal(fs.length, 1);
    assert.deepEqual(fs[0]!.fixes, []);
  });

  it('stays without a fix: the table holding (一 and （七）总计 and its outcome both 1: the prose alone disagrees)', () => {
    const doc = Doc.seed('000').setCell('requests', '本年新收', 6, '1').setCell('requests', '予以公开', 6, '1').setCell('requests', '（七）总计', 6, '1');
    const fs = narrative(doc.text);
    assert.equal(fs.length, 1);
    assert.deepEqual(fs[0]!.fixes, []);
    assert.doesNotMatch(fs[0]!.message['zh-CN'], /表格填错/);
  });

  it('stays without a fix: the prose’s figure leaves the failing relation failing (一 2, 四 1: 一 at 0 would not balance)', () => {
    const doc = Doc.seed('000').setCell('requests', '本年新收', 6, '2').setCell('requests', '结转下年度', 6, '1');
    const fs = narrative(doc.text);
    assert.equal(fs.length, 1);
    assert.deepEqual(fs[0]!.fixes, []);
  });
});

describe('narrative-mismatch: none received, the requests named by their work (依申请公开), in seed 000 (一 = 0)', () => {
  for (const sentence of [
    '规范依申请公开工作机制，全年未收到依申请公开信息。', '全年未接到依申请公开办件。', '2024年，本办未收到依申请公开事项申请。', '2024年本办未收到依申请公开，全年无相关投诉。',
    // The topic is disclosure itself (关于政府信息公开的申请): every request.
    '2024年，本办未收到公众关于政府信息公开的申请。', '全年未收到涉及政府信息公开方面的申请。',
  ]) {
    it(`agrees, read as 一 = 0: ${sentence}`, () => {
      const text = seed('000').replace('规范依申请公开工作机制，全年未有收到相关申请。', sentence);
      const line = lineOf(text, sentence);
      const claims = claimsOf(parseReport(text)).filter((c) => c.range.start.line === line);
      assert.deepEqual(claims.map((c) => `${c.quantity} ${c.value} ${c.holds}`), ['new 0 true']);
      assert.deepEqual(narrative(text).filter((f) => f.range.start.line === line), []);
    });
  }
});

describe('narrative-mismatch: the quantity map (seed 002 tables: 一 178, 二 5, （七） 178, 四 5)', () => {
  const cases: [string, string, boolean][] = [
    // sentence, quantity, holds
    ['全年共收到政府信息公开申请178件，其中自然人申请171件，法人或其他组织申请7件。', 'new natural orgs', true],
    ['全年共收到政府信息公开申请一百七十八件，上年结转5件，结转下年度继续办理5件。', 'new carried carryNext', true],
    ['本年度共办理政府信息公开申请183件，其中予以公开99件、部分公开14件。', 'handled open partial', true],
    ['本年度共答复政府信息公开申请178件。', 'handled', true],
    ['全年收到依申请公开申请１７８件。', 'new', true],
    ['本年度被申请行政复议25件，被提起行政诉讼5件。', 'review suits', true],
    ['办理行政许可21650件，作出行政处罚决定2656件，实施行政强制500件。', 'license penalty coercion', true],
    ['全年收取行政事业性收费2030.17万元。', 'fee', true],
    ['全年收取行政事业性收费20301687元。', 'fee', true],
    ['全年新制定规范性文件7件，废止35件，现行有效102件。', 'normative.issued normative.repealed normative.inForce', true],
    ['本年度共收到政府信息公开申请180件。', 'new', false],
    ['全年受理信息公开申请1,780件。', 'new', false],
    ['本年度共收到政府信息公开申请一百八十件。', 'new', false],
    ['全年未收到政府信息公开申请。', 'new', false],
    ['本年度无政府信息公开申请。', 'new', false],
    ['上年结转政府信息公开申请3件。', 'carried', false],
    ['结转下年度继续办理2件。', 'carryNext', false],
    ['本年度共办理政府信息公开申请150件。', 'handled', false],
    ['其中予以公开90件。', 'open', false],
    ['其中不予公开3件。', 'withhold', false],
    ['本年度因政府信息公开被申请行政复议20件。', 'review', false],
    ['本年度无政府信息公开行政复议、行政诉讼案件。', 'reviewAndSuits', false],
    ['全年零申请。', 'new', false],
    ['全年共收到政府信息公开申请178件。办结173件，结转下年度5件。', 'new handled carryNext', false],
    ['全年共收到政府信息公开申请178件。办结178件，结转下年度5件。', 'new handled carryNext', true],
    ['本年度依申请公开零申请。', 'new', false],
    ['全年实现零复议、零诉讼。', 'reviewAndSuits', false],
    ['全年实现零复议零诉讼。', 'reviewAndSuits', false],
    ['全年实现零行政诉讼。', 'suits', false],
    ['办理行政许可21000件。', 'license', false],
    ['全年新制定规范性文件8件。', 'normative.issued', false],
    // 项 counts requests right after 申请 only; elsewhere items of information or of work.
    ['本年度共收到政府信息公开申请178项。', 'new', true],
    ['本年度共收到政府信息公开申请180项。', 'new', false],
    ['全年收到政府信息公开申请共计180项。', 'new', false],
    ['本年度完成公开事项9项。', '', true],
    ['本年度公开行政许可信息9项，收到申请公开事项9项。', '', true],
    ['本年度收到申请人提出的3项要求。', '', true],
    // …and right before the requests it counts (收到8项依申请公开: seen so in real prose); not items of information.
    ['2024年共收到178项依申请公开，均在规定时限内答复。', 'new', true],
    ['2024年共收到8项依申请公开，均在规定时限内答复。', 'new', false],
    ['本年度收到180项依申请公开事项，已按程序审批后办理。', 'new', false],
    ['本年度共收到180项政府信息公开申请。', 'new', false],
    ['本年度公开3项依申请公开信息。', '', true],
    // 涉及 right before the cases and their count says the cases there were (as 涉及依申请公开行政诉讼5起 does);
    // before anything else, their topic.
    ['涉及复议25件，诉讼5件，无被纠错和败诉。', 'review suits suits.corrected', true],
    ['涉及复议8件，诉讼5件，无被纠错和败诉。', 'review suits suits.corrected', false],
    ['涉及行政诉讼案件9件，均经审理依法驳回原告诉讼请求。', 'suits', false],
    ['行政复议案件主要涉及征地拆迁8件。', '', true],
    ['被申请行政复议25件，涉及行政诉讼后的复议8件。', 'review', true],
    // A cause that names a year (因2024年度政府信息公开申请引发…, 因2023年度…) narrows nothing: the year dates the requests,
    // and table 四 counts the year's cases whatever year's request they stem from (format.md §4). A cause the words
    // name (因答复不及时…) stays quiet.
    ['因2024年度政府信息公开申请引发行政复议25件。', 'review', true],
    ['因2024年度政府信息公开申请引发行政复议8件。', 'review', false],
    ['因2023年度政府信息公开申请引发行政复议8件。', 'review', false],
    ['因2023年度政府信息公开申请引发行政复议25件。', 'review', true],
    ['因答复不及时引发行政复议8件。', '', true],
    // A figure the reading leaves out (30余件, 第32号) between the groups: the count after the last is that group's
    // alone, not both groups' together (行政复议和行政诉讼案件共30件 is).
    ['被申请行政复议30余件、行政诉讼5件。', 'suits', true],
    ['被申请行政复议30余件、行政诉讼9件。', 'suits', false],
    ['行政复议和行政诉讼案件共30件。', 'reviewAndSuits', true],
    ['行政复议和行政诉讼案件共8件。', 'reviewAndSuits', false],
    // 政府依申请公开申请 is the requests, as 依申请公开申请 is.
    ['2024年新收政府依申请公开申请178件。', 'new', true],
    ['2024年新收政府依申请公开申请170件。', 'new', false],
    // After a channel's or a topic's part of the count: a count no larger than the part may be the part's, unsaid
    // while the parts fall short of the count; once they make it up, or past the largest part, it is all the requests'.
    ['全年共收到政府信息公开申请178件，其中网上申请90件，办结85件。', 'new', true],
    ['全年共收到政府信息公开申请178件，其中涉及征地拆迁类申请90件，办结85件，结转下一年办理5件。', 'new', true],
    ['全年共收到政府信息公开申请178件，其中网上申请170件，办结180件。', 'new handled', false],
    ['全年共收到政府信息公开申请178件，其中网上申请170件、当面申请8件，办结170件。', 'new handled', false],
    ['全年共收到政府信息公开申请178件，其中网络申请178件，申请办结数173件，结转下一年办理5件。', 'new handled carryNext', true],
    ['全年共收到政府信息公开申请178件，其中网络申请178件，申请办结数170件。', 'new handled', false],
  ];
  it('a zero is no sign of which figure was meant: many cells are 0 (不予处理 is, 不予公开 is 12)', () => {
    const { text, line } = with002('全年受理申请178件中不予公开的为零。');
    const fs = narrative(text).filter((f) => f.range.start.line === line);
    assert.equal(fs.length, 1);
    assert.doesNotMatch(fs[0]!.message['zh-CN'], /可能混淆/);
    assert.match(fs[0]!.message['zh-CN'], /“不予公开的为零”/);
  });

  for (const [sentence, quantities, holds] of cases) {
    it(`${holds ? 'agrees' : 'contradicts'}: ${sentence}`, () => {
      const { text, line } = with002(sentence);
      const claims = claimsOf(parseReport(text)).filter((c) => c.range.start.line === line);
      assert.deepEqual(claims.map((c) => c.quantity).join(' '), quantities);
      const fs = narrative(text).filter((f) => f.range.start.line === line);
      assert.equal(fs.length, holds ? 0 : 1, fs.map((f) => f.message['zh-CN']).join('\n'));
    });
  }
});

describe('narrative-mismatch: a 总计 left blank (seed 002: 予以公开 92 7 0 0 0 0 99, 部分公开 14 0 0 0 0 0 14)', () => {
  /** Seed 002 with `sentence` as its 依申请公开 paragraph and, in the rows named, the cells `cells` (0-6, 6 = 总计) set to `to`. */
  function blanked(sentence: string, rows: readonly string[], cells: readonly number[], to = ''): { text: string; line: number } {
    const { text, line } = with002(sentence);
    const lines = text.split('\n');
    for (const label of rows) {
      const at = lines.findIndex((l) => l.trim().startsWith(label));
      assert.ok(at > 0, label);
      for (const c of cells) lines[at + 1 + c] = `\t${to}`;
    }
    return { text: lines.join('\n'), line };
  }
  const ROWS = ['（一）予以公开', '（二）部分公开'];

  it('the figures written beside a blank 总计 are its total: a claim that adds them up holds', () => {
    for (const sentence of ['予以公开及部分公开113件。', '予以公开99件，部分公开14件。']) {
      const { text, line } = blanked(sentence, ROWS, [6]);
      const claims = claimsOf(parseReport(text)).filter((c) => c.range.start.line === line);
      assert.ok(claims.length > 0 && claims.every((c) => c.holds === true), sentence);
      assert.deepEqual(narrative(text), narrative(text).filter((f) => f.range.start.line !== line));
    }
  });

  it('a claim that differs is reported, saying the total was worked out, and points at the figures written', () => {
    const { text, line } = blanked('予以公开及部分公开99件。', ROWS, [6]);
    const fs = narrative(text).filter((f) => f.range.start.line === line);
    assert.equal(fs.length, 1);
    assert.equal(covered(text, fs[0]!), '予以公开及部分公开99件');
    assert.match(fs[0]!.message['zh-CN'], /总计栏空白，按各类申请人之和计）为113件/);
    assert.match(fs[0]!.message.en, /total column is blank/);
    const lines = text.split('\n');
    assert.deepEqual(fs[0]!.related.map((r) => lines[r.range.start.line]!.slice(r.range.start.character, r.range.end.character)), ['92', '7', '14']);
  });

  it('an outcome group adds its items’ worked-out totals; rows left wholly blank add nothing', () => {
    // 不予公开's items: 12 in all; blank every 总计 of the group and the zero rows entirely.
    const items = ['1.属于国家秘密', '2.其他法律', '3.危及', '4.保护第三方', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'];
    const { text } = blanked('不予公开12件。', items, [6]);
    const zeroed = text.split('\n').map((l) => (l === '\t0' ? '\t' : l)).join('\n');
    for (const t of [text, zeroed]) {
      const claim = claimsOf(parseReport(t)).find((c) => c.text === '不予公开12件')!;
      assert.equal(claim.holds, true);
      assert.match(claim.readings[0]!.name['zh-CN'], /总计栏空白/);
    }
  });

  it('a row with nothing written, or a 总计 that is not a number, gives nothing to compare', () => {
    for (const [cells, to] of [[[0, 1, 2, 3, 4, 5, 6], ''], [[6], '/']] as const) {
      const { text, line } = blanked('部分公开20件。', ['（二）部分公开'], cells, to);
      const claim = claimsOf(parseReport(text)).find((c) => c.range.start.line === line)!;
      assert.equal(claim.holds, undefined, `${cells.join()} → “${to}”`);
      assert.deepEqual(narrative(text).filter((f) => f.range.start.line === line), []);
    }
  });

  it('a 总计 that is written is read as written, whatever the columns beside it say', () => {
    const { text, line } = blanked('部分公开14件。', ['（二）部分公开'], [0], '3');
    assert.equal(claimsOf(parseReport(text)).find((c) => c.range.start.line === line)!.holds, true);
  });
});

describe('narrative-mismatch: cells written with a slip are read as meant (cell-not-number reports the slip)', () => {
  it('a unit in 一’s 总计 (178件): seed 002’s 35 received is still found, and the message says how the cell was read', () => {
    const text = Doc.seed('002').setCell('requests', '本年新收', 6, '178件').text;
    const fs = narrative(text);
    assert.equal(fs.length, 2);
    assert.match(fs[0]!.message['zh-CN'], /总计（“178件”按178计）为178件/);
    assert.match(fs[0]!.message.en, /“178件” read as 178/);
  });

  it('a row of “—” for none is 0: a claim of none holds, a claim of some is reported', () => {
    const dashes = (sentence: string) => {
      const { text, line } = with002(sentence);
      const doc = Doc.of(text).setRow('requests', '重复申请', Array(7).fill('—'));
      return { text: doc.text, line };
    };
    const none = dashes('因重复申请不予处理0件。');
    assert.deepEqual(claimsOf(parseReport(none.text)).filter((c) => c.range.start.line === none.line).map((c) => [c.quantity, c.holds]), [['item:reject.repeat', true]]);
    const some = dashes('因重复申请不予处理2件。');
    const fs = narrative(some.text).filter((f) => f.range.start.line === some.line);
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message['zh-CN'], /“2.重复申请”总计（“—”按0计）为0件/);
  });

  it('an amount with its unit (20301687元 in a column of 万元) is not guessed at: the fee claim is not compared', () => {
    const { text } = with002('本年度收取行政事业性收费2030.17万元。');
    const fee = (t: string) => claimsOf(parseReport(t)).filter((c) => c.quantity === 'fee').map((c) => c.holds);
    assert.deepEqual(fee(text), [true]);
    assert.deepEqual(fee(Doc.of(text).setCell('active', '行政事业性收费', 0, '20301687元').text), [undefined]);
  });

  it('“—” in a 总计 beside figures is not taken as 0: the two disagree, and nothing is compared', () => {
    const { text, line } = with002('部分公开20件。');
    const doc = Doc.of(text).setCell('requests', '部分公开', 6, '—');
    assert.equal(claimsOf(parseReport(doc.text)).find((c) => c.range.start.line === line)!.holds, undefined);
  });
});

describe('narrative-mismatch: “均获维持” against table 四 (seed 002: 8 10 7 0 25 | 1 0 2 0 3 | 1 0 0 1 2)', () => {
  /** Seed 002 with `sentence` as its 依申请公开 paragraph and table 四's fifteen figures replaced by `figures` ('' for a blank). */
  function withCases(sentence: string, figures?: readonly string[]): { text: string; line: number } {
    const { text, line } = with002(sentence);
    if (!figures) return { text, line };
    const lines = text.split('\n');
    const first = lines.findIndex((l, i) => l === '\t8' && lines[i + 4] === '\t25');
    assert.ok(first > 0);
    figures.forEach((f, k) => (lines[first + k] = `\t${f}`));
    return { text: lines.join('\n'), line };
  }
  const on = (t: { text: string; line: number }) => narrative(t.text).filter((f) => f.range.start.line === t.line);

  it('is reported when the group has cases corrected, ended otherwise or pending, on the words that say it', () => {
    const t = withCases('因政府信息公开被申请行政复议25件，均获维持。');
    const fs = on(t);
    assert.equal(fs.length, 1);
    assert.equal(covered(t.text, fs[0]!), '均获维持');
    assert.match(fs[0]!.message['zh-CN'], /表四行政复议中“结果纠正”“其他结果”“尚未审结”的案件数为17件/);
    assert.equal(fs[0]!.related.length, 3); // the three cells: 10 corrected, 7 other, 0 pending
  });

  it('a bare 结果维持 right after the count is said of every case counted', () => {
    const t = withCases('因政府信息公开被申请行政复议25件，结果维持。');
    const fs = on(t);
    assert.equal(fs.length, 1);
    assert.equal(covered(t.text, fs[0]!), '结果维持');
  });

  it('a bare 结果纠正 or 尚未审结 right after the count: every case counted had it, none another result', () => {
    const t = withCases('因政府信息公开被申请行政复议25件，结果纠正；被提起行政诉讼5件，尚未审结。');
    const fs = on(t);
    assert.deepEqual(fs.map((f) => covered(t.text, f)), ['结果纠正', '尚未审结']);
    assert.match(fs[0]!.message['zh-CN'], /表四行政复议中“结果维持”“其他结果”“尚未审结”的案件数为15件/);
    assert.match(fs[1]!.message['zh-CN'], /“结果维持”“结果纠正”“其他结果”的案件数为4件/);
    assert.equal(fs[0]!.related.length, 3);
    // The table agrees: 复议 1 corrected, 诉讼 1 pending (直接起诉).
    const agree = ['0', '1', '0', '0', '1', '0', '0', '0', '1', '1', '0', '0', '0', '0', '0'];
    assert.deepEqual(on(withCases('因政府信息公开被申请行政复议1件，结果纠正；被提起行政诉讼1件，尚未审结。', agree)), []);
    // The lawsuits' result, said after both counts, is theirs alone (the last group counted).
    assert.deepEqual(on(withCases('被申请行政复议1件，被提起行政诉讼1件，尚未审结。', agree)), []);
  });

  it('speaks of the groups the sentence named: review and lawsuits together, or lawsuits alone', () => {
    assert.match(on(withCases('行政复议25件，行政诉讼5件，均获维持。'))[0]!.message['zh-CN'], /行政复议和行政诉讼中.*为20件/);
    assert.match(on(withCases('被提起行政诉讼5件，均被法院判决维持。'))[0]!.message['zh-CN'], /行政诉讼（未经复议直接起诉与复议后起诉之和）中.*为3件/);
  });

  it('a pending case is not upheld: blank cells beside it count 0', () => {
    const figures = ['5', '', '', '2', '7', '8', '', '', '1', '9', '', '', '', '', ''];
    const fs = on(withCases('行政复议7件，诉讼9件，均获维持。', figures));
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message['zh-CN'], /（空白栏按0计）为3件/);
    // A blank cell alone is no figure: a claim about it is not compared.
    assert.deepEqual(on(withCases('行政复议被纠错1件。', figures)), []);
    assert.equal(on(withCases('行政复议被纠错1件。')).length, 1);
  });

  it('a group whose 总计 is blank totals its results, as table 三 rows do', () => {
    const figures = ['5', '', '', '2', '', '8', '', '', '1', '9', '', '', '', '', ''];
    assert.deepEqual(on(withCases('被申请行政复议7件。', figures)), []);
    const fs = on(withCases('被申请行政复议8件。', figures));
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message['zh-CN'], /表四行政复议总计（表中总计栏空白，按各项结果之和计）为7件/);
    // A group with nothing written beside a written one adds nothing: 诉讼 9 + a blank 复议后起诉.
    assert.deepEqual(on(withCases('被提起行政诉讼9件。', figures)), []);
  });

  it('stays quiet when every case was upheld, and when the words speak of part of the cases', () => {
    const upheld = ['25', '0', '0', '0', '25', '3', '0', '0', '0', '3', '2', '', '', '', '2'];
    assert.deepEqual(on(withCases('行政复议25件，行政诉讼5件，均获维持。', upheld)), []);
    assert.deepEqual(on(withCases('被申请行政复议25件，结果维持。', upheld)), []);
    for (const s of ['已审结的行政复议案件均获维持。', '除1件外，其余行政诉讼案件均获维持。', '行政复议案件并非均获维持。', '复议机关均维持了原决定的比例为32%。',
      // The cases of one cause: what became of them says nothing of the others.
      '因答复不及时被申请行政复议1件，结果维持。', '因答复不及时被申请行政复议2件，均获维持。', '因逾期答复被提起行政诉讼1件，均已审结。']) {
      assert.deepEqual(on(withCases(s)).map((f) => f.message['zh-CN']), [], s);
    }
  });
});

describe('narrative-mismatch: outcomes named together or by an example', () => {
  it('予以公开及部分公开 is the two totals together', () => {
    const { text, line } = with002('予以公开及部分公开120件。');
    const fs = narrative(text).filter((f) => f.range.start.line === line);
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message['zh-CN'], /“（一）予以公开”与“（二）部分公开”总计之和为113件/);
  });

  it('一项…等原因无法提供 is the whole group, and the message says when the figure is that one item', () => {
    const { text, line } = with002('因本机关不掌握等原因无法提供30件。');
    const fs = narrative(text).filter((f) => f.range.start.line === line);
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message['zh-CN'], /“（四）无法提供”各项总计之和为33件/);
    assert.match(fs[0]!.message['zh-CN'], /1\.本机关不掌握相关政府信息”总计（30件）相同/);
  });
});

describe('narrative-mismatch: what must stay quiet', () => {
  const quiet = [
    '全年发布信息600余条，主动公开1000多条，近30件，超3.3万件，约50件，10件左右。',
    '根据国办公开办函〔2021〕30号、国务院令第711号和第二十条第（一）项要求，推进高效办成一件事，一网通办。',
    '与2023年相比，受理数量大幅增长了28件，同比增长15%。',
    '全部办理完成，回复率高达100%，办结率100%。',
    '收到市人大代表建议1件、市政协委员提案1件，办理政府12345热线47件。',
    '共收到公开电子信箱交办件35件，办结35件。',
    '受理办件267.96万件，12345热线受理有效诉求35.74万件。',
    '一是强化机制，二是落实“三审制”，三安全一稳定，本报告共六个部分。',
    '在15个工作日内答复申请人，2024年1月1日至12月31日。',
    '完善规章制度3项，修订规范性文件2件。',
    '2025年我们将继续受理政府信息公开申请。',
    '全年没有发生因依申请公开工作引起的行政复议、行政诉讼败诉等事项。',
    // Last year's figure in brackets is not this year's (year-claim checks it, given last year's report).
    '全年共收到政府信息公开申请178件（2023年为150件）。',
    '全年共收到政府信息公开申请178件（上年为150件）。',
    '全年共收到政府信息公开申请178件（去年同期150件）。',
    // 办结 in a sentence after the requests, of something else.
    '全年共收到政府信息公开申请178件。信访事项办结20件。',
    '全年共收到政府信息公开申请178件。建议提案办结35件。',
    '全年共收到政府信息公开申请178件。12345热线办结率100%，办结473件。',
    '全年共收到政府信息公开申请178件。行政复议办结3件。',
    // 零 as a goal, or a benefit granted without applying.
    '力争实现零复议、零诉讼。',
    '继续保持政府信息公开零申请积压。',
    '全面推行惠企政策零申请兑现，政府信息公开工作稳步推进。',
  ];
  for (const sentence of quiet) {
    it(sentence, () => {
      const { text, line } = with002(sentence);
      assert.deepEqual(narrative(text).filter((f) => f.range.start.line === line).map((f) => f.message['zh-CN']), []);
    });
  }

  // A bound is no count (seed 002: 一 = 178): 超出 / 不超出 / 未超出, 未达 / 未达到 / 没有达到, 未满, 不及, 至多, 不下, 不止 were
  // read as exact figures. Which way each bounds is prose-sum's (its table of bound words).
  for (const word of ['超出', '不超出', '未超出', '未达', '未达到', '没有达到', '未满', '不及', '未及', '至多', '不下', '不止']) {
    it(`全年共收到政府信息公开申请${word}200件: a bound, not a count`, () => {
      const { text, line } = with002(`全年共收到政府信息公开申请${word}200件。`);
      assert.deepEqual(narrative(text).filter((f) => f.range.start.line === line).map((f) => f.message['zh-CN']), []);
    });
  }

  it('a sentence broken over lines (even across a blank line) is read whole', () => {
    const text = seed('001').replace('全年共收到政府信息公开申请13件', '全年共收到政府信息\n\n公开申请14件');
    const fs = narrative(text);
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.range.start.line, lineOf(text, '全年共收到政府信息'));
    assert.equal(fs[0]!.range.end.line, lineOf(text, '公开申请14件'));
  });

  it('numbers in tables are never claims', () => {
    const claims = claimsOf(parseReport(seed('002')));
    const model = parseReport(seed('002'));
    assert.ok(claims.every((c) => !model.tableLines.has(c.range.start.line)));
  });

  it('long adversarial prose is read in linear time without throwing', () => {
    const chunks = ['申请', '收到', '1', '件', '，', '未', '复议', '规范性文件', '废止', '万', '一'];
    let s = '';
    for (let i = 0; i < 60000; i++) s += chunks[(i * 7) % chunks.length];
    const text = `某局2024年政府信息公开工作年度报告\n一、总体情况\n${s}\n${'1'.repeat(100000)}件\n${'一'.repeat(50000)}件申请\n`;
    assert.doesNotThrow(() => analyze(text));
  });
});

describe('narrative-mismatch: messages a reviewer can act on', () => {
  const message = (sentence: string): Finding => {
    const { text, line } = with002(sentence);
    const fs = narrative(text).filter((f) => f.range.start.line === line);
    assert.equal(fs.length, 1, fs.map((f) => f.message['zh-CN']).join('\n'));
    return fs[0]!;
  };

  it('quotes an item of a 分别 list with its own figure only, the other items left out (部分公开……15件)', () => {
    const f = message('本年度答复的申请中，予以公开、部分公开分别为99件、15件。');
    assert.match(f.message['zh-CN'], /^正文“部分公开……15件”与表格不符：表三“（二）部分公开/);
    assert.match(f.message.en, /“部分公开……15件”/);
    // Its range still runs from the item's words to its figure.
    const { text, line } = with002('本年度答复的申请中，予以公开、部分公开分别为99件、15件。');
    assert.equal(text.split('\n')[line]!.slice(f.range.start.character, f.range.end.character), '部分公开分别为99件、15件');
  });

  it('quotes a unit with 次 whole (180件次, not 180件), the figure read as before', () => {
    const { text, line } = with002('2024年，本机关共收到政府信息公开申请180件次，办结180件次。');
    const fs = narrative(text).filter((f) => f.range.start.line === line);
    assert.deepEqual(fs.map((f) => covered(text, f)), ['共收到政府信息公开申请180件次', '办结180件次']);
    assert.match(fs[0]!.message['zh-CN'], /^正文“共收到政府信息公开申请180件次”与表格不符：.*总计为178件/);
    // Read as 件: 178件次 agrees.
    assert.deepEqual(narrative(with002('2024年，本机关共收到政府信息公开申请178件次。').text), []);
  });

  it('quotes the report year’s figure of a list of years without the other year’s (收到政府信息公开申请……177件)', () => {
    const f = message('2023年、2024年分别收到政府信息公开申请150件、177件。');
    assert.match(f.message['zh-CN'], /^正文“收到政府信息公开申请……177件”/);
  });

  it('names both figures and the cell, and says when the figure is 一＋二', () => {
    const f = message('全年共收到政府信息公开申请183件。');
    assert.match(f.message['zh-CN'], /^正文“共收到政府信息公开申请183件”与表格不符：表三“一、本年新收政府信息公开申请数量”总计为178件。/);
    assert.match(f.message['zh-CN'], /一＋二.*包括上年结转.*应为178件/);
    assert.match(f.message.en, /I \+ II.*should be 178/);
    assert.equal(f.related.length, 1);
  });

  it('says the total did not add the carry-over when 包括上年结转 is stated for 一', () => {
    const f = message('针对包括上年度结转在内的178件政府信息公开申请，均及时答复。');
    assert.match(f.message['zh-CN'], /没有加上上年结转.*应为183件/);
    assert.equal(f.related.length, 2);
  });

  it('lists every reading of an ambiguous verb, none of which agrees', () => {
    const f = message('本年度共办理政府信息公开申请150件。');
    assert.match(f.message['zh-CN'], /之和为183件，表三“（七）总计”为178件，按哪种读法都不是150件/);
    assert.match(f.message.en, /no reading gives 150/);
  });

  it('readings that come to the same figure are named once, and each cell is pointed at once', () => {
    // Seed 002: 商业企业 7 in 一, 0 carried over, and the five organisation columns 7 in all.
    const f = message('本年度企业申请5件。');
    assert.match(f.message['zh-CN'], /“商业企业”为7件（另外3种读法也都是7件）。请核对/);
    assert.doesNotMatch(f.message['zh-CN'], /按哪种读法/);
    assert.match(f.message.en, /businesses is 7 \(the other 3 readings give 7 too\)/);
    const cells = f.related.map((r) => `${r.range.start.line}:${r.range.start.character}`);
    // 一 and 二 of the five organisation columns: ten cells, though they take part in four readings.
    assert.equal(cells.length, 10);
    assert.equal(new Set(cells).size, 10);
    assert.match(f.related[0]!.message['zh-CN'], /^表三“一、本年新收”的“商业企业”：7件$/);
  });

  it('names the outcome a swapped figure belongs to', () => {
    const f = message('其中予以公开14件。');
    assert.match(f.message['zh-CN'], /（一）予以公开”总计为99件。正文的数字与表三“（二）部分公开”总计（14件）相同/);
  });

  it('a zero statement says the table records a figure', () => {
    const f = message('全年未收到政府信息公开申请。');
    assert.match(f.message['zh-CN'], /正文说没有，表格却记为178件/);
    assert.match(f.message.en, /none, the table records 178/);
  });

  it('fees are compared and reported in 万元', () => {
    const f = message('全年收取行政事业性收费3000万元。');
    assert.match(f.message['zh-CN'], /3000万元.*2030\.16873万元/);
    assert.match(f.message.en, /10,000 yuan/);
  });
});

describe('narrative-mismatch: “all dealt with” against requests still open', () => {
  /**
   * Seed 002 with `k` requests of natural persons moved from （一）予以公开 to 四、结转下年度 (the table still
   * adds up: 四 = 5 + k, 二 = 5), and its 依申请公开 paragraph replaced by `sentence`.
   */
  function unfinished002(k: number, sentence: string): { text: string; line: number } {
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

  it('the moved table adds up: no arithmetic finding', () => {
    const { text } = unfinished002(3, '');
    assert.deepEqual(analyze(text).findings.filter((f) => ['row-total', 'column-total', 'balance'].includes(f.code)), []);
  });

  for (const [sentence, words] of [
    ['全年共收到政府信息公开申请178件，已全部办结。', '已全部办结'],
    ['全年共收到政府信息公开申请178件，均已按时办结。', '均已按时办结'],
    ['全年共收到政府信息公开申请178件，办结率100%。', '办结率100%'],
    // A timeliness rate beside it leaves the plain rate's claim as it is.
    ['全年共收到政府信息公开申请178件，到期办结率100%，办结率100%。', '办结率100%'],
    ['对申请人提出的政府信息公开申请，均已依法予以答复。', '均已依法予以答复'],
    // In a sentence of its own after the requests were counted.
    ['全年共收到政府信息公开申请178件。已全部办结。', '已全部办结'],
    ['2024年，本机关共收到政府信息公开申请178件。上述申请均已按时办结。', '均已按时办结'],
    // Every answer in time (均在法定期限内答复) says how they were dealt with, not which.
    ['全年共收到政府信息公开申请178件，已全部办结，均在法定期限内答复。', '已全部办结'],
    // After a total that takes in last year's carry-over: all of them, the year's new requests too.
    ['全年共收到政府信息公开申请178件，加上上年结转的5件，共需办理183件。已全部办结，均在法定期限内答复。', '已全部办结'],
    ['全年共收到政府信息公开申请178件，上年结转5件，共计183件。均已办结。', '均已办结'],
    // Within the time limit, with 已 or 完毕: that they were done as well as how.
    ['全年共收到政府信息公开申请178件，均已在法定期限内办结。', '均已在法定期限内办结'],
    ['全年共收到政府信息公开申请178件，均在法定期限内办结完毕。', '均在法定期限内办结完毕'],
    // As of the year's end: no later date.
    ['全年共收到政府信息公开申请178件，截至2024年12月31日，已全部办结。', '已全部办结'],
    ['全年共收到政府信息公开申请178件，截至年底已全部办结。', '已全部办结'],
    // Requests named by their source, not by a kind that sets some apart: all of them.
    ['全年共收到政府信息公开申请178件，收到的申请均已按时办结。', '均已按时办结'],
  ] as const) {
    it(`contradicts 四 above 二: ${sentence}`, () => {
      const { text, line } = unfinished002(3, sentence);
      const fs = on(text, line);
      assert.equal(fs.length, 1, fs.map((f) => f.message['zh-CN']).join('\n'));
      assert.equal(covered(text, fs[0]!), words);
      assert.match(fs[0]!.message['zh-CN'], /超出“二、上年结转”的件数为3件。正文说已全部办结.*至少有3件没有办结/);
      assert.match(fs[0]!.message.en, /at least 3 of this year’s requests are still open/);
      // Both cells the figure comes from are pointed at.
      assert.equal(fs[0]!.related.length, 2);
    });
  }

  it('in a paragraph of its own right after the paragraph counting the requests: 办结率100%, 已全部办结', () => {
    for (const [next, words] of [['办结率100%。', '办结率100%'], ['上述申请已全部办结。', '已全部办结']] as const) {
      const { text, line } = unfinished002(3, `全年共收到政府信息公开申请178件。\n${next}`);
      const fs = on(text, line + 1);
      assert.equal(fs.length, 1, next);
      assert.equal(covered(text, fs[0]!), words);
      assert.match(fs[0]!.message['zh-CN'], /至少有3件没有办结/);
    }
  });

  it('stays quiet on such a paragraph with a subject of its own, after a heading, or after last year’s requests', () => {
    for (const sentence of [
      '全年共收到政府信息公开申请178件。\n信访事项办结率100%。',
      '全年共收到政府信息公开申请178件。\n（三）政府信息管理\n办结率100%。',
      '2023年共收到政府信息公开申请150件。\n办结率100%。',
      '全年共收到政府信息公开申请178件，上年结转5件。\n均已办结。',
    ]) {
      const { text, line } = unfinished002(3, sentence);
      const lines = sentence.split('\n').length;
      for (let k = 0; k < lines; k++) assert.deepEqual(on(text, line + k).map((f) => f.message['zh-CN']), [], sentence);
    }
  });

  describe('said after a total that takes in last year’s carry-over, in the same sentence: every request of the year’s work, so 四 must be 0', () => {
    for (const [sentence, words] of [
      ['全年共收到政府信息公开申请183件（含上年结转5件），已全部办结。', '已全部办结'],
      ['本年度共受理政府信息公开申请183件（其中上年结转5件），均已办结。', '均已办结'],
    ] as const) {
      it(`contradicts 四 = 5 though 四 = 二 (seed 002 as it is): ${sentence}`, () => {
        const { text, line } = unfinished002(0, sentence);
        const fs = on(text, line);
        assert.equal(fs.length, 1, fs.map((f) => f.message['zh-CN']).join('\n'));
        assert.equal(covered(text, fs[0]!), words);
        assert.match(fs[0]!.message['zh-CN'], /正文说包括上年结转在内的申请已全部办结，但表三记有结转下年度继续办理的申请5件/);
        assert.match(fs[0]!.message.en, /carries 5 to next year/);
      });
      it(`holds with 四 = 0: ${sentence}`, () => {
        const { text, line } = unfinished002(-5, sentence);
        assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
        assert.ok(claimsOf(parseReport(text)).some((c) => c.quantity === 'unfinishedAll' && c.holds === true));
      });
    }
    for (const sentence of [
      '全年共收到政府信息公开申请183件（含上年结转5件），其余均已办结。',
      '全年共收到政府信息公开申请183件（含上年结转5件），截至目前已全部办结。',
      '全年共收到政府信息公开申请183件（含上年结转5件），按时办结率100%。',
      '全年共收到政府信息公开申请183件（含上年结转5件），结转下年度5件，其余已全部办结。',
      // Handled (办理): may be （七）总计, those dealt with, with others open.
      '全年共办理政府信息公开申请183件（含上年结转5件），已全部办结。',
      // The carry-over counted as a clause of its own before the statement is still read as what it may be said of
      // (as 上年结转5件，均已办结), the total after it not taken as the statement's subject: left as it was.
      '全年共收到政府信息公开申请178件，上年结转5件，共计183件，均已办结。',
    ]) {
      it(`stays quiet: ${sentence}`, () => {
        const { text, line } = unfinished002(0, sentence);
        assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
      });
    }
  });

  it('holds while the requests still open may all be last year’s (四 = 二 = 5 in seed 002)', () => {
    const { text, line } = unfinished002(0, '全年共收到政府信息公开申请178件，已全部办结，办结率100%。');
    assert.deepEqual(on(text, line), []);
    assert.ok(claimsOf(parseReport(text)).some((c) => c.quantity === 'unfinishedNew' && c.holds === true));
  });

  for (const sentence of [
    '全年共收到政府信息公开申请178件，按时办结率100%。',
    // Of the requests whose time limit had come (到期): a timeliness rate too.
    '全年共收到政府信息公开申请178件，到期办结率100%。',
    '全年共收到政府信息公开申请178件，未全部办结。',
    '全年共收到政府信息公开申请178件，截至目前已全部办结。',
    '全年共收到政府信息公开申请178件，截至2025年1月底已全部办结。',
    '全年共收到政府信息公开申请178件，截至2025年12月31日已全部办结。',
    '全年共收到政府信息公开申请178件，均在法定期限内办结。',
    '全年共收到政府信息公开申请178件，上年结转5件，均已办结。',
    '全年共收到政府信息公开申请178件，均在法定期限内予以答复。',
    '全年共收到政府信息公开申请178件，其余均已办结。',
    '全年共办理政府信息公开申请175件，均已答复完毕。',
    '收到市人大代表建议12件、政协提案3件，已全部办结。',
    '2023年共收到政府信息公开申请150件，已全部办结。',
    // A sentence of its own after the requests: of another subject, or after last year's, a carry-over, another kind of count.
    '全年共收到政府信息公开申请178件。行政复议案件已全部办结。',
    '全年共收到政府信息公开申请178件。信访事项已全部办结。',
    '全年共收到政府信息公开申请178件。12345热线工单已全部办结。',
    '全年共收到政府信息公开申请178件。收到人大代表建议12件，已全部办结。',
    '全年共收到政府信息公开申请178件。建议提案已全部办结。',
    '2023年共收到政府信息公开申请150件。已全部办结。',
    '全年共收到政府信息公开申请178件，上年结转5件。均已办结。',
    '全年共收到政府信息公开申请178件，上年结转5件，共计183件。其余均已办结。',
    '全年共收到政府信息公开申请178件，已全部办结，均在法定期限内答复，另有8件尚在答复期内。',
    '全年共收到政府信息公开申请178件，已全部办结，其中3件在法定期限内延期答复。',
    '全年共收到人大代表建议12件。已全部办结。',
    // Of requests of a kind (those with no ground to refuse them, those meeting the conditions): a subset.
    '全年共收到政府信息公开申请178件，无不予处理情形的申请均已按期答复。',
    '全年共收到政府信息公开申请178件，符合受理条件的申请均已按时办结。',
    '全年共收到政府信息公开申请178件。对属于本机关公开范围的申请，均已依法予以答复。',
  ]) {
    it(`stays quiet: ${sentence}`, () => {
      const { text, line } = unfinished002(3, sentence);
      assert.deepEqual(on(text, line).map((f) => f.message['zh-CN']), []);
    });
  }
});

describe('narrative-mismatch: the report year', () => {
  it('without a title year or a period, the year the prose names most often is the report year', () => {
    const text = '某局政府信息公开工作年度报告\n一、总体情况\n2024年，本局加强依申请公开工作。2023年共收到政府信息公开申请150件，2024年共收到政府信息公开申请178件。\n';
    const model = parseReport(text);
    assert.equal(model.title?.year, undefined);
    assert.deepEqual(claimsOf(model).map((c) => [c.quantity, c.value]), [['new', 178]]);
  });
});

describe('claimAt (hovers and inlay hints)', () => {
  it('finds the claim under a position inside its words or number, with its readings', () => {
    const { text, line } = with002('全年共受理政府信息公开申请183件（其中上年结转5件）。');
    const model = parseReport(text);
    const lineText = text.split('\n')[line]!;
    const total = claimAt(model, { line, character: lineText.indexOf('183') });
    assert.equal(total?.quantity, 'newPlusCarried');
    assert.equal(total?.holds, true);
    assert.deepEqual(total?.readings.map((r) => r.value), [183]);
    assert.equal(claimAt(model, { line, character: lineText.indexOf('受理') })?.value, 183);
    const carried = claimAt(model, { line, character: lineText.indexOf('5件') });
    assert.equal(carried?.quantity, 'carried');
    assert.equal(claimAt(model, { line, character: lineText.indexOf('全年') }), undefined);
  });
});

describe('narrative-mismatch: bodies named in the prose, against the body the title names', () => {
  it('the title names the body: before its year or 政府信息公开', () => {
    assert.equal(ownerOf('湘潭县商务局2024年政府信息公开工作年度报告'), '湘潭县商务局');
    assert.equal(ownerOf('湘潭县2024年政府信息公开工作年度报告'), '湘潭县');
    assert.equal(ownerOf('中国（湖南）自由贸易试验区工作办公室 2024 年度政府信息公开报告'), '中国（湖南）自由贸易试验区工作办公室');
    assert.equal(ownerOf('清平县人力资源和社会保障局２０２２年政府信息公开工作年度报告'), '清平县人力资源和社会保障局');
    assert.equal(ownerOf(undefined), undefined);
    // Any figure before 年 is the year, however many digits (mistyped years in titles).
    assert.equal(ownerOf('湘潭县246年政府信息公开工作年度报告'), '湘潭县');
    assert.equal(ownerOf('湘潭县商务局29年政府信息公开工作年度报告'), '湘潭县商务局');
    assert.equal(ownerOf('湛江奋勇高新技术产业开发区30年度政府信息公开工作年度报告'), '湛江奋勇高新技术产业开发区');
    assert.equal(ownerOf('中国（湖南）自由贸易试验区工作办公室 274 年度政府信息公开报告'), '中国（湖南）自由贸易试验区工作办公室');
    assert.equal(ownerOf('湘潭县二〇二四年政府信息公开工作年度报告'), '湘潭县');
    assert.equal(ownerOf('65年政府信息公开工作年度报告'), undefined);
  });

  it('a title line of a long run of figures is read in linear time (the figure before 年 tried from the start of its run only)', () => {
    const start = process.hrtime.bigint();
    assert.equal(ownerOf(`湘潭县${'0'.repeat(60000)}政府信息公开工作年度报告`), `湘潭县${'0'.repeat(60000)}`);
    assert.equal(ownerOf(`湘潭县${'0 '.repeat(30000)}年度报告`), `湘潭县${'0'.repeat(29999)}`);
    assert.ok(process.hrtime.bigint() - start < 500_000_000n, 'ownerOf took more than half a second');
  });

  it('the same body however it is abbreviated; a government’s own office; another department or a town is another body', () => {
    const cases: [string, string, boolean][] = [
      ['县市场监管局', '湘潭县市场监督管理局', true],
      ['市数据局', '湘潭市数据局', true],
      ['县政府办公室', '湘潭县', true],
      ['县人民政府', '湘潭县', true],
      ['县公安局', '湘潭县市场监督管理局', false],
      ['县自然资源局', '湘潭县', false],
      ['易俗河镇', '湘潭县', false],
      ['县政府办公室', '湘潭县商务局', false],
      // 人民政府 written 政府: the government office's own name, not the government it serves.
      ['县政府办公室', '湘潭县人民政府办公室', true],
      ['县人民政府办公室', '湘潭县人民政府办公室', true],
      ['县政府', '湘潭县人民政府办公室', false],
      ['县自然资源局', '湘潭县人民政府办公室', false],
      // An office answering for its government (县政府办代表县政府): the government's own requests, not its report's whole.
      ['县政府办代表县政府', '湘潭县', false],
      ['区政府办公室代表区政府', '青山区人民政府', false],
      // The place written in full: the body names the owner, and is still not its report's whole.
      ['湘潭县政府办代表湘潭县政府', '湘潭县', false],
      ['洪泽区政府办代表洪泽区政府', '洪泽区人民政府', false],
    ];
    for (const [named, owner, same] of cases) assert.equal(sameBody(named, owner), same, `${named} in ${owner}'s report`);
  });

  it('in a department’s report (seed 001, 湘潭县商务局, table 二 all 0) its own name keeps its figures; another department’s are not read', () => {
    const text = seed('001');
    const line = lineOf(text, '（二）不断规范依申请公开工作');
    const put = (sentence: string) => {
      const lines = text.split('\n');
      lines[line] = sentence;
      return claimsOf(parseReport(lines.join('\n'))).filter((c) => c.range.start.line === line).map((c) => `${c.quantity} ${c.value} ${c.holds ? '✓' : '✗'}`);
    };
    assert.deepEqual(put('县商务局全年作出行政处罚决定3件。'), ['penalty 3 ✗']);
    assert.deepEqual(put('湘潭县商务局全年作出行政处罚决定0件。'), ['penalty 0 ✓']);
    assert.deepEqual(put('县市场监管局全年作出行政处罚决定3件。'), []);
  });

  it('我县/我市 as the subject: the whole region in a department’s report (not read), the government itself in a government’s (read)', () => {
    const put = (n: string, anchor: string, sentence: string) => {
      const text = seed(n);
      const lines = text.split('\n');
      const line = lineOf(text, anchor);
      lines[line] = sentence;
      return claimsOf(parseReport(lines.join('\n'))).filter((c) => c.range.start.line === line).map((c) => `${c.quantity} ${c.value} ${c.holds ? '✓' : '✗'}`);
    };
    // Seed 001 is 湘潭县商务局's report: the county's requests and penalties are not the office's.
    const office = (s: string) => put('001', '（二）不断规范依申请公开工作', s);
    assert.deepEqual(office('我县全年作出行政处罚决定3件。'), []);
    assert.deepEqual(office('2024年，我县共收到政府信息公开申请1200件。'), []);
    assert.deepEqual(office('我市共收到政府信息公开申请1200件。'), []);
    // The office itself, and the office named after the region, are still read.
    assert.deepEqual(office('我局全年作出行政处罚决定3件。'), ['penalty 3 ✗']);
    assert.deepEqual(office('我县商务局全年作出行政处罚决定3件。'), ['penalty 3 ✗']);
    // Seed 002 is 湘潭县's own report: 我县 may be the government itself, and is read as before.
    assert.deepEqual(put('002', '2.依申请公开方面', '2024年，我县共收到政府信息公开申请1200件。'), ['new 1200 ✗']);
    // Its office answering for the government: the government's own requests, a part of what the county's table counts.
    assert.deepEqual(put('002', '2.依申请公开方面', '2024年，县政府办代表县政府受理政府信息公开申请17件，均已按期答复。'), []);
    assert.deepEqual(put('002', '2.依申请公开方面', '2024年，湘潭县政府办代表湘潭县政府受理政府信息公开申请17件，均已按期答复。'), []);
    assert.deepEqual(put('002', '2.依申请公开方面', '2024年，县政府办受理政府信息公开申请17件。'), ['new 17 ✗']);
    // 我县 not as a subject (我县政务服务中心) leaves the body to the rest of the clause.
    assert.deepEqual(office('我县政务服务中心全年作出行政处罚决定3件。'), []);
  });

  it('a sub-district named after a town (安镇街道) is its own report’s body, not 镇街 (towns and sub-districts together)', () => {
    const text = seed('002').replace('湘潭县2024年政府信息公开工作年度报告', '安镇街道2024年政府信息公开工作年度报告');
    const line = lineOf(text, '2.依申请公开方面');
    const put = (sentence: string) => {
      const lines = text.split('\n');
      lines[line] = sentence;
      return claimsOf(parseReport(lines.join('\n'))).filter((c) => c.range.start.line === line).map((c) => `${c.quantity} ${c.value} ${c.holds ? '✓' : '✗'}`);
    };
    assert.deepEqual(put('2024年，安镇街道共受理政府信息公开申请180件。'), ['new 180 ✗']);
    assert.deepEqual(put('2024年，安镇街道共受理政府信息公开申请178件。'), ['new 178 ✓']);
    // The towns and sub-districts of a region are still a wider body.
    assert.deepEqual(put('全区各镇街道共受理政府信息公开申请180件。'), []);
    assert.deepEqual(put('镇街共受理政府信息公开申请180件。'), []);
  });
});

describe('narrative-mismatch: review and lawsuits under a sub-heading of part 一 about them', () => {
  const put = (paragraph: string) => {
    const text = seed('002');
    const lines = text.split('\n');
    const line = lineOf(text, '2.依申请公开方面');
    lines[line] = paragraph;
    return claimsOf(parseReport(lines.join('\n'))).filter((c) => c.range.start.line === line).map((c) => `${c.quantity} ${c.value} ${c.holds ? '✓' : '✗'}`);
  };

  it('（三）复议诉讼 in a disclosure report’s overview speaks of the disclosure cases (seed 002: 复议 25, 诉讼 5)', () => {
    assert.deepEqual(put('2.复议诉讼方面。被申请行政复议25件，其中维持8件；被提起行政诉讼4件。'), ['review 25 ✓', 'review.upheld 8 ✓', 'suits 4 ✗']);
  });

  it('under another sub-heading, cases not said to be about disclosure are not read (an office has other reviews)', () => {
    assert.deepEqual(put('2.法治建设方面。被申请行政复议25件，其中维持8件；被提起行政诉讼4件。'), []);
  });
});

describe('narrative-mismatch: the table’s figure offered for the prose’s, as a choice, when the table is consistent', () => {
  const apply = (text: string, fix: Finding['fixes'][number]): string => {
    const lines = text.split('\n');
    for (const e of fix.edits) {
      assert.equal(e.range.start.line, e.range.end.line);
      const l = lines[e.range.start.line]!;
      lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
    }
    return lines.join('\n');
  };
  it('fires: seed 001 with 全年共收到政府信息公开申请14件 (table 13) → one choice, 14 → 13, that restores the report', () => {
    const good = seed('001');
    const bad = good.replace('全年共收到政府信息公开申请13件', '全年共收到政府信息公开申请14件');
    const fs = narrative(bad);
    assert.equal(fs.length, 1);
    assert.deepEqual(fs[0]!.fixes.map((x) => [x.choice, x.edits.map((e) => e.newText)]), [[true, ['13']]]);
    assert.equal(apply(bad, fs[0]!.fixes[0]!), good);
    assert.equal(autoFixes(fs[0]!).length, 0);
  });

  it('fires: full-width digits keep their width (１４件 → １３)', () => {
    const bad = seed('001').replace('全年共收到政府信息公开申请13件', '全年共收到政府信息公开申请１４件');
    const fs = narrative(bad);
    assert.deepEqual(fs[0]!.fixes.map((x) => x.edits.map((e) => e.newText)), [['１３']]);
  });

  it('fires: a figure of two readings with different figures (办理: 一＋二 183, （七）总计 178) → one choice for each', () => {
    const text = seed('002');
    const lines = text.split('\n');
    const at = lineOf(text, '一、总体情况') + 1;
    lines.splice(at, 0, '连同上年结转的申请，共办理政府信息公开申请184件。');
    const fs = narrative(lines.join('\n')).filter((f) => f.range.start.line === at);
    assert.equal(fs.length, 1);
    assert.deepEqual(fs[0]!.fixes.map((x) => [x.choice, x.edits.map((e) => e.newText)]), [[true, ['183']], [true, ['178']]]);
  });

  it('stays without a fix: the table itself failing (一 总计 mistyped), a figure in Chinese numerals, in 万, or a statement of none', () => {
    const good = seed('001');
    const tableWrong = Doc.of(good.replace('全年共收到政府信息公开申请13件', '全年共收到政府信息公开申请14件')).setCell('requests', '本年新收', 0, '99').text;
    for (const f of narrative(tableWrong)) assert.deepEqual(f.fixes.filter((x) => x.edits.some((e) => e.newText === '13')), [], f.message['zh-CN']);
    const numerals = narrative(good.replace('全年共收到政府信息公开申请13件', '全年共收到政府信息公开申请十四件'));
    assert.equal(numerals.length, 1);
    assert.deepEqual(numerals[0]!.fixes, []);
    const none = narrative(good.replace('全年共收到政府信息公开申请13件', '全年未收到政府信息公开申请'));
    assert.equal(none.length, 1);
    assert.deepEqual(none[0]!.fixes, []);
  });
});

describe('narrative-mismatch: a fee charged in a report with no request at all', () => {
  /** Seed `id` with `sentence` as the first line of part 六. */
  const inSix = (id: string, sentence: string): Doc => {
    const doc = Doc.seed(id);
    doc.insertLines(doc.line('六、其他需要报告的事项') + 1, sentence);
    return doc;
  };
  it('fires: seed 004 (一 and 二 both 0) with 本年度收取信息处理费500元 → on the charge, pointing at table 三’s 一', () => {
    const doc = inSix('004', '本年度收取信息处理费500元。');
    const line = doc.line('本年度收取信息处理费500元');
    const fs = narrative(doc.text).filter((f) => f.range.start.line === line);
    assert.equal(fs.length, 1);
    assert.equal(covered(doc.text, fs[0]!), '收取信息处理费500元');
    assert.match(fs[0]!.message['zh-CN'], /表三没有任何申请/);
    assert.deepEqual(fs[0]!.related.map((r) => r.range), [rangeOf(doc.cell('requests', '本年新收', 6))]);
  });

  it('fires in seed 000 too, after a count of fee notices (本年度共发出收费通知1件，收取信息处理费100元)', () => {
    const doc = inSix('000', '本年度共发出收费通知1件，收取信息处理费100元。');
    assert.equal(narrative(doc.text).filter((f) => f.range.start.line === doc.line('收取信息处理费100元')).length, 1);
  });

  for (const sentence of ['本年度未收取信息处理费。', '本年度没有收取信息处理费，也未发出收费通知。', '2023年收取信息处理费200元。', '共收取信息处理费0元。', '本年度不收取信息处理费500元以下的费用。',
    // A standard or a permission, a charge waived, another year before a comma, a change, a refund: no charge made this year.
    '按规定可收取信息处理费100元。', '超量申请按件收取信息处理费100元。', '全年应收取信息处理费100元，已全部减免。', '2023年，收取信息处理费200元。',
    '较上年少收取信息处理费200元。', '全年退还收取信息处理费200元。']) {
    it(`stays quiet: ${sentence} (seed 004)`, () => {
      const doc = inSix('004', sentence);
      assert.deepEqual(narrative(doc.text).filter((f) => f.range.start.line === doc.line(sentence.slice(0, 6))), []);
    });
  }

  it('stays quiet: a fee charged where table 三 has requests (seed 001, 13 new)', () => {
    const doc = inSix('001', '本年度收取信息处理费500元。');
    assert.deepEqual(narrative(doc.text).filter((f) => f.range.start.line === doc.line('本年度收取信息处理费500元')), []);
  });
});
