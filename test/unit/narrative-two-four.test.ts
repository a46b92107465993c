/**
 * narrative-mismatch on the prose about tables 二 and 四: zero statements naming two rows or several kinds at
 * once, the rows or cases before their negation, a document row lending its verb to the next, items sharing one
 * figure (均为), and a `分别` list
 * whose kind of case only qualifies its results. Each sentence is put in a seed's 依申请公开 paragraph: seed 004
 * (every figure of 二 and 四 is 0) for the zero statements, seed 002 (表二 行政规范性文件 7 / 35 / 102, 规章 0 / 0 / 0;
 * 表四 复议 8 10 7 0 25) for the figures; a cell of the table is then changed to make the sentence wrong.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, claimsOf, parseReport, type Finding } from '../../shared/src';
import { lineOf, seed } from '../helpers/fixtures';
import { proseStream } from '../../shared/src/claims/stream';

const PLACE: Record<'004' | '002', { needle: string; prefix: string }> = {
  '004': { needle: '（二）依申请公开情况。', prefix: '（二）依申请公开情况。' },
  '002': { needle: '2.依申请公开方面', prefix: '2.依申请公开方面。' },
};

function placed(base: '004' | '002', sentence: string): { text: string; line: number; column: number } {
  const text = seed(base);
  const lines = text.split('\n');
  const line = lineOf(text, PLACE[base].needle);
  lines[line] = PLACE[base].prefix + sentence;
  return { text: lines.join('\n'), line, column: PLACE[base].prefix.length };
}

/** The text with one cell of table 二 (`row`, `column`) or 四 (`review`, column 0–14) set to `value`. */
function withCell(text: string, row: string, column: number, value: number): string {
  const model = parseReport(text);
  const cell = model.tables.flatMap((t) => t.rows).find((r) => r.spec?.id === row)!.cells.find((c) => c.column === column)!;
  const start = model.lines[cell.range.start.line]!.offset + cell.range.start.character;
  const end = model.lines[cell.range.end.line]!.offset + cell.range.end.character;
  return text.slice(0, start) + String(value) + text.slice(end);
}

const onLine = (text: string, line: number): Finding[] =>
  analyze(text).findings.filter((f) => f.code === 'narrative-mismatch' && f.range.start.line === line);

function claimsOn(text: string, line: number): string[] {
  return claimsOf(parseReport(text))
    .filter((c) => c.range.start.line === line)
    .map((c) => `${c.quantity} ${c.value} ${c.holds === true ? '✓' : c.holds === false ? '✗' : '?'}`);
}

/** The finding's text on its line. */
function covered(text: string, f: Finding): string {
  return text.split('\n')[f.range.start.line]!.slice(f.range.start.character, f.range.end.character);
}

describe('narrative-mismatch: zero statements of table 二 naming two rows or several kinds', () => {
  it('规章和行政规范性文件均未废止: both rows, each found when its 本年废止件数 is not 0', () => {
    const { text, line, column } = placed('004', '本年度规章和行政规范性文件均未废止。');
    assert.deepEqual(claimsOn(text, line), ['regulation.repealed 0 ✓', 'normative.repealed 0 ✓']);
    const wrong = withCell(text, 'normative', 1, 3);
    const fs = onLine(wrong, line);
    assert.equal(fs.length, 1);
    assert.equal(covered(wrong, fs[0]!), '规章和行政规范性文件均未废止');
    assert.equal(fs[0]!.range.start.character, column + '本年度'.length);
    assert.match(fs[0]!.message['zh-CN'], /行政规范性文件/);
    assert.equal(onLine(withCell(text, 'regulation', 1, 2), line).length, 1);
  });

  it('未制发规章和行政规范性文件, 无行政规范性文件出台: the negation before both rows, or before the rows and their verb', () => {
    const both = placed('004', '本年度未制发规章和行政规范性文件。');
    assert.deepEqual(claimsOn(both.text, both.line), ['regulation.issued 0 ✓', 'normative.issued 0 ✓']);
    assert.equal(onLine(withCell(both.text, 'normative', 0, 4), both.line).length, 1);
    const then = placed('004', '本年度无行政规范性文件出台。');
    assert.deepEqual(claimsOn(then.text, then.line), ['normative.issued 0 ✓']);
    assert.equal(onLine(withCell(then.text, 'normative', 0, 4), then.line).length, 1);
  });

  it('stays quiet on documents of others, a power, rules of procedure', () => {
    for (const s of ['上级规范性文件未废止。', '本年度无规章制定权。', '本年度未制定规章制度和规范性文件。', '没有规范性文件出台前未经合法性审查的情况。']) {
      const { text, line } = placed('004', s);
      assert.deepEqual(claimsOn(text, line), [], s);
      assert.deepEqual(onLine(withCell(withCell(text, 'normative', 0, 4), 'normative', 1, 4), line), [], s);
    }
  });

  it('全年无行政强制事项, 未作出行政许可、行政处罚决定: the year\'s decisions of each kind named', () => {
    const none = placed('004', '全年无行政强制事项。');
    assert.deepEqual(claimsOn(none.text, none.line), ['coercion 0 ✓']);
    const fs = onLine(withCell(none.text, 'coercion', 0, 6), none.line);
    assert.equal(fs.length, 1);
    assert.equal(covered(withCell(none.text, 'coercion', 0, 6), fs[0]!), '无行政强制事项');
    const list = placed('004', '本年度无行政许可、行政处罚和行政强制事项。');
    assert.deepEqual(claimsOn(list.text, list.line), ['license 0 ✓', 'penalty 0 ✓', 'coercion 0 ✓']);
    assert.equal(onLine(withCell(list.text, 'penalty', 0, 6), list.line).length, 1);
    const verb = placed('004', '全年未作出行政许可、行政处罚决定。');
    assert.deepEqual(claimsOn(verb.text, verb.line), ['license 0 ✓', 'penalty 0 ✓']);
  });

  it('stays quiet on the office\'s powers and items: 本单位无行政许可事项, 无行政许可职能, 未办理行政许可事项', () => {
    for (const s of ['本单位无行政许可事项。', '全年无行政许可职能。', '全年未办理行政许可事项。', '对首次违法行为未作出行政处罚。']) {
      const { text, line } = placed('004', s);
      assert.deepEqual(claimsOn(text, line), [], s);
      assert.deepEqual(onLine(withCell(withCell(text, 'license', 0, 6), 'penalty', 0, 6), line), [], s);
    }
  });
});

describe('narrative-mismatch: a document row after another row\'s figure', () => {
  it('制发规章0件、行政规范性文件8件: the second row is counted by the verb of the first', () => {
    const { text, line } = placed('002', '2024年，本机关制发规章0件、行政规范性文件8件。');
    assert.deepEqual(claimsOn(text, line), ['regulation.issued 0 ✓', 'normative.issued 8 ✗']);
    const fs = onLine(text, line);
    assert.equal(fs.length, 1);
    assert.equal(covered(text, fs[0]!), '行政规范性文件8件');
    assert.match(fs[0]!.message['zh-CN'], /7件/);
  });

  it('stays quiet when the figure before it counts no column of the table', () => {
    const { text, line } = placed('002', '主动公开规章0件、行政规范性文件8件。');
    assert.deepEqual(onLine(text, line), []);
    assert.ok(!claimsOn(text, line).some((c) => c.startsWith('normative')));
  });
});

describe('narrative-mismatch: items listed before one figure they share (均为)', () => {
  it('行政许可、行政处罚、行政强制均为0件: each kind takes the figure, and each wrong one is found', () => {
    const zero = placed('004', '本年度行政许可、行政处罚、行政强制均为0件。');
    assert.deepEqual(claimsOn(zero.text, zero.line), ['license 0 ✓', 'penalty 0 ✓', 'coercion 0 ✓']);
    const wrong = withCell(zero.text, 'penalty', 0, 6);
    const fs = onLine(wrong, zero.line);
    assert.equal(fs.length, 1);
    assert.equal(covered(wrong, fs[0]!), '行政处罚、行政强制均为0件');
    assert.match(fs[0]!.message['zh-CN'], /行政处罚.*6件/);
    const decisions = placed('002', '行政许可决定、行政处罚决定均为0件。');
    assert.deepEqual(claimsOn(decisions.text, decisions.line), ['license 0 ✗', 'penalty 0 ✗']);
  });

  it('制发规章、行政规范性文件均为0件 and 行政复议、行政诉讼案件均为0件: rows of table 二 under one verb, kinds of case', () => {
    const docs = placed('002', '本年度制发规章、行政规范性文件均为0件。');
    assert.deepEqual(claimsOn(docs.text, docs.line), ['regulation.issued 0 ✓', 'normative.issued 0 ✗']);
    assert.deepEqual(onLine(docs.text, docs.line).map((f) => covered(docs.text, f)), ['行政规范性文件均为0件']);
    // None of either is one statement of both, as 行政复议、行政诉讼均为零 has always read: one finding at most.
    const cases = placed('004', '政府信息公开行政复议、行政诉讼案件均为0件。');
    assert.deepEqual(claimsOn(cases.text, cases.line), ['reviewAndSuits 0 ✓']);
    const one = placed('002', '行政复议、行政诉讼均为1件。');
    assert.deepEqual(claimsOn(one.text, one.line), ['review 1 ✗', 'suits 1 ✗']);
  });

  it('none of each: 均无, 均为零, and a 0 without 均 (a sum of none is none of each)', () => {
    for (const s of ['本年度行政许可、行政处罚、行政强制均无。', '本年度行政许可、行政处罚、行政强制决定均为零。', '本年度行政许可、行政处罚、行政强制数量为0。']) {
      const { text, line } = placed('002', s);
      assert.deepEqual(claimsOn(text, line), ['license 0 ✗', 'penalty 0 ✗', 'coercion 0 ✗'], s);
      assert.equal(onLine(text, line).length, 3, s);
    }
    const outcomes = placed('002', '不予公开、无法提供均无。');
    assert.deepEqual(claimsOn(outcomes.text, outcomes.line), ['withhold 0 ✗', 'unable 0 ✗']);
    const cases = placed('004', '行政复议、行政诉讼案件均无。');
    assert.deepEqual(claimsOn(cases.text, cases.line), ['reviewAndSuits 0 ✓']);
  });

  it('stays quiet on a list left open (等), an item the tables do not hold, rows without their verb, a figure other than 0 without 均', () => {
    for (const s of ['行政许可、行政处罚等均为0件。', '行政许可、信访事项均为0件。', '本年度规章和行政规范性文件均为0件。', '行政许可、信访事项均无。', '行政处罚、行政强制为5件。']) {
      const { text, line } = placed('002', s);
      assert.deepEqual(claimsOn(text, line), [], s);
      assert.deepEqual(onLine(text, line), [], s);
    }
  });
});

describe('narrative-mismatch: table 四 named before its negation', () => {
  it('行政复议、行政诉讼均未发生: none of either', () => {
    const { text, line } = placed('004', '政府信息公开行政复议、行政诉讼均未发生。');
    assert.deepEqual(claimsOn(text, line), ['reviewAndSuits 0 ✓']);
    // 复议 其他结果 and 总计 become 3: the table still adds up.
    const wrong = withCell(withCell(text, 'cases', 2, 3), 'cases', 4, 3);
    const fs = onLine(wrong, line);
    assert.equal(fs.length, 1);
    assert.equal(covered(wrong, fs[0]!), '行政复议、行政诉讼均未发生');
  });

  it('stays quiet on cases singled out (lost ones, those of one cause) and on others\' cases', () => {
    for (const s of ['败诉的行政诉讼均未发生。', '因答复不当引起的行政复议未发生。', '本机关作为复议机关办理的行政复议案件未发生。', '劳动人事争议仲裁案件的行政诉讼未发生。']) {
      const { text, line } = placed('004', s);
      assert.deepEqual(claimsOn(text, line), [], s);
      const wrong = withCell(withCell(text, 'cases', 2, 3), 'cases', 4, 3);
      assert.deepEqual(onLine(withCell(withCell(wrong, 'cases', 7, 3), 'cases', 9, 3), line), [], s);
    }
  });

});

describe('narrative-mismatch: 分别 over the results of table 四', () => {
  it('行政复议中结果维持、结果纠正、其他结果分别为…: the kind of case qualifies the results, it is not an item', () => {
    const { text, line } = placed('002', '行政复议中结果维持、结果纠正、其他结果分别为8件、10件、7件。');
    assert.deepEqual(claimsOn(text, line), ['review.upheld 8 ✓', 'review.corrected 10 ✓', 'review.other 7 ✓']);
    const wrong = placed('002', '行政复议中结果维持、结果纠正、其他结果分别为8件、11件、7件。');
    const fs = onLine(wrong.text, wrong.line);
    assert.equal(fs.length, 1);
    assert.match(covered(wrong.text, fs[0]!), /^结果纠正/);
  });

  it('行政复议结果维持、纠正、其他分别为8件、10件、7件: no longer read as 行政复议 8 and 维持 10; the bare 其他 is 其他结果', () => {
    const { text, line } = placed('002', '行政复议结果维持、纠正、其他分别为8件、10件、7件。');
    assert.deepEqual(onLine(text, line), []);
    assert.deepEqual(claimsOn(text, line), ['review.upheld 8 ✓', 'review.corrected 10 ✓', 'review.other 7 ✓']);
    const wrong = placed('002', '行政复议结果维持、纠正、其他分别为8件、10件、6件。');
    const fs = onLine(wrong.text, wrong.line);
    assert.equal(fs.length, 1);
    assert.match(covered(wrong.text, fs[0]!), /^其他/);
  });

  it('a bare 其他 after other items than case results stays no item', () => {
    const { text, line } = placed('002', '予以公开、部分公开、其他分别为99件、14件、20件。');
    assert.deepEqual(claimsOn(text, line), []);
    assert.deepEqual(onLine(text, line), []);
  });
});

describe('narrative-mismatch: the results after a part of the cases (seed 002: 复议 25, 维持 8)', () => {
  it('其中涉及征地拆迁的10件，结果维持9件: of those 10 or of all 25, unsaid while the parts fall short of the 25', () => {
    for (const sentence of ['本年度被申请行政复议25件，其中涉及征地拆迁的10件，结果维持9件。', '本年度被申请行政复议25件，其中因不服答复申请复议的10件，维持9件。']) {
      const { text, line } = placed('002', sentence);
      assert.deepEqual(claimsOn(text, line), ['review 25 ✓'], sentence);
      assert.deepEqual(onLine(text, line), []);
    }
  });

  it('past every part, or once the parts make up the 25, the result is all the cases\' and compared', () => {
    const larger = placed('002', '本年度被申请行政复议25件，其中涉及征地拆迁的10件，结果维持11件。');
    assert.deepEqual(claimsOn(larger.text, larger.line), ['review 25 ✓', 'review.upheld 11 ✗']);
    const whole = placed('002', '本年度被申请行政复议25件，其中涉及征地拆迁的10件，其他15件，结果维持9件。');
    assert.deepEqual(claimsOn(whole.text, whole.line), ['review 25 ✓', 'review.upheld 9 ✗']);
    assert.equal(onLine(whole.text, whole.line).length, 1);
  });

  it('a bare 其他 after a part of the cases, before any result, is the other cases, not 其他结果', () => {
    const { text, line } = placed('002', '本年度被申请行政复议25件，其中涉及征地拆迁的10件，其他15件。');
    assert.deepEqual(claimsOn(text, line), ['review 25 ✓']);
    assert.deepEqual(onLine(text, line), []);
    // After a result, a bare 其他 is 其他结果 as before.
    const after = placed('002', '本年度被申请行政复议25件，维持8件，纠正10件，其他6件。');
    assert.deepEqual(claimsOn(after.text, after.line), ['review 25 ✓', 'review.upheld 8 ✓', 'review.corrected 10 ✓', 'review.other 6 ✗']);
  });
});

describe('narrative-mismatch: part 四’s first sentence run into its heading', () => {
  const HEADING = '四、政府信息公开行政复议、行政诉讼情况';
  const runIn = (separator: string, sentence: string): { text: string; line: number } => {
    const text = seed('002');
    const lines = text.split('\n');
    const line = lineOf(text, HEADING);
    lines[line] = HEADING + separator + sentence;
    return { text: lines.join('\n'), line };
  };

  for (const separator of ['　', ' ', '。', '：']) {
    it(`after “${separator}”: the heading’s words (行政复议、行政诉讼) are no subject of the sentence’s figures; the figures are checked as on their own line`, () => {
      const right = runIn(separator, '本年度因政府信息公开工作被申请行政复议25件，被提起行政诉讼5件。');
      assert.deepEqual(onLine(right.text, right.line), []);
      assert.deepEqual(claimsOn(right.text, right.line), ['review 25 ✓', 'suits 5 ✓']);
      const wrong = runIn(separator, '本年度因政府信息公开工作被申请行政复议26件，被提起行政诉讼5件。');
      const fs = onLine(wrong.text, wrong.line);
      assert.equal(fs.length, 1);
      assert.equal(covered(wrong.text, fs[0]!).includes('情况'), false);
    });
  }

  it('the paragraphs: the heading, then its sentence', () => {
    const { text } = runIn('　', '本年度被申请行政复议25件。');
    const paragraphs = proseStream(parseReport(text)).paragraphs.map((p) => p.folded);
    const at = paragraphs.indexOf('四、政府信息公开行政复议、行政诉讼情况');
    assert.ok(at >= 0);
    assert.equal(paragraphs[at + 1], '本年度被申请行政复议25件。');
  });
});

describe('narrative-mismatch: a title in 《》 names no row', () => {
  it('作出行政处罚决定3件 is read; 印发《行政处罚裁量基准》等文件3件 is not (seed 002)', () => {
    const read = placed('002', '本年度作出行政处罚决定3件。');
    assert.deepEqual(claimsOn(read.text, read.line).map((c) => c.split(' ')[0]), ['penalty']);
    for (const sentence of ['本年度印发《行政处罚裁量基准》等文件3件。', '全年修订《行政许可事项清单》2次，公布《行政强制措施目录》1份。']) {
      const { text, line } = placed('002', sentence);
      assert.deepEqual(claimsOn(text, line), [], sentence);
      assert.deepEqual(onLine(text, line), [], sentence);
    }
  });
});

describe('narrative-mismatch: licensing items handled (办理行政许可事项) are the decisions (seed 002: 行政许可 21650)', () => {
  it('办理行政许可事项2.17万件 and 办结行政许可事项21650件 are read and hold; 1.2万件 is found', () => {
    for (const s of ['全年共办理行政许可事项2.17万件。', '全年办结行政许可事项21650件。']) {
      const { text, line } = placed('002', s);
      assert.deepEqual(claimsOn(text, line).map((c) => c.replace(/ \d+ /, ' ')), ['license ✓'], s);
    }
    const { text, line } = placed('002', '全年办理行政许可事项1.2万件。');
    const fs = onLine(text, line);
    assert.equal(fs.length, 1);
    assert.equal(covered(text, fs[0]!), '办理行政许可事项1.2万件');
    assert.match(fs[0]!.message['zh-CN'], /21650件/);
  });

  it('stays quiet on items accepted, listed, of one channel or of applications, or beside other services', () => {
    for (const s of ['全年受理行政许可事项1263件。', '梳理行政许可事项86项。', '全年网上办理行政许可事项1263件。', '全年办理行政许可事项申请1263件。', '全年共办理政务服务事项、行政许可事项1263件。']) {
      const { text, line } = placed('002', s);
      assert.deepEqual(claimsOn(text, line), [], s);
    }
  });
});
