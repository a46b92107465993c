/** enumeration-gap: items listed in the prose (一是…二是…三是, 第一，第二，) that skip or repeat a number. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { applyFix, covered, findingsOf, only } from '../../helpers/findings';
import { assertLinear } from '../../helpers/scaling';

/** Seed 002 with part 五's first paragraph (1.存在的主要问题：一是…) replaced by `paragraph` (more lines with \n). */
function withProblems(paragraph: string): { text: string; line: number } {
  const doc = Doc.seed('002');
  const line = doc.line('1.存在的主要问题：');
  doc.setLine(line, paragraph);
  return { text: doc.text, line };
}

const gaps = (text: string) => only(findingsOf(text), 'enumeration-gap');

describe('enumeration-gap fires', () => {
  it('one wrong number between right ones (一是…三是…三是): on it, with the fix writing 二是', () => {
    const { text, line } = withProblems('1.存在的主要问题：一是属性界定不够精确；三是开拓创新不够有力；三是政策解读质量有待提高。');
    const fs = gaps(text);
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.range.start.line, line);
    assert.equal(covered(text, fs[0]!.range), '三是');
    assert.equal(fs[0]!.range.start.character, text.split('\n')[line]!.indexOf('三是'));
    assert.equal(fs[0]!.severity, 'warning');
    assert.match(fs[0]!.message['zh-CN'], /^列举序号“三是”与前后不连贯：前一项是“一是”，此处应为“二是”/);
    assert.match(fs[0]!.message.en, /should be “二是”/);
    assert.equal(applyFix(text, fs[0]!), withProblems('1.存在的主要问题：一是属性界定不够精确；二是开拓创新不够有力；三是政策解读质量有待提高。').text);
  });

  it('a repeat at the end (一是…二是…二是): the last, fixed to 三是; 第一，第二，第二， likewise', () => {
    const { text } = withProblems('1.存在的主要问题：一是甲不足；二是乙不够；二是丙有待提高。');
    const fs = gaps(text);
    assert.deepEqual(fs.map((f) => covered(text, f.range)), ['二是']);
    assert.equal(fs[0]!.range.start.character, text.split('\n')[withProblems('').line]!.lastIndexOf('二是'));
    assert.match(applyFix(text, fs[0]!), /二是乙不够；三是丙有待提高/);
    const di = withProblems('1.存在的主要问题：第一，甲不足；第二，乙不够；第二，丙有待提高。').text;
    const fd = gaps(di);
    assert.deepEqual(fd.map((f) => covered(di, f.range)), ['第二']);
    assert.match(applyFix(di, fd[0]!), /第二，乙不够；第三，丙有待提高/);
  });

  it('a skip (一是…三是…四是): reported as a possible item left out, with no fix', () => {
    const { text } = withProblems('1.存在的主要问题：一是甲不足；三是乙不够；四是丙有待提高。');
    const fs = gaps(text);
    assert.deepEqual(fs.map((f) => covered(text, f.range)), ['三是']);
    assert.match(fs[0]!.message['zh-CN'], /从“一是”跳到了“三是”，缺少“二是”/);
    assert.deepEqual(fs[0]!.fixes, []);
  });

  it('an item a paragraph: the numbers run on across paragraphs (一是… / 二是… / 二是…)', () => {
    const { text, line } = withProblems('1.存在的主要问题：一是甲不足。\n二是乙不够。\n二是丙有待提高。');
    assert.deepEqual(gaps(text).map((f) => f.range.start.line), [line + 2]);
  });

  it('an item a paragraph: a skip across paragraphs (一是… / 三是… / 四是…) is reported as one', () => {
    const { text, line } = withProblems('1.存在的主要问题：一是甲不足。\n三是乙不够。\n四是丙有待提高。');
    assert.deepEqual(gaps(text).map((f) => [f.range.start.line, covered(text, f.range)]), [[line + 1, '三是']]);
  });

  it('the enclosing list goes on in the next paragraph after a list inside its item, and its skip is found there', () => {
    const { text, line } = withProblems('1.存在的主要问题：一是组织领导有待加强：一是分工不明确；二是责任未压实。\n二是制度不够完善。\n四是监督不够有力。');
    assert.deepEqual(gaps(text).map((f) => [f.range.start.line, covered(text, f.range)]), [[line + 2, '四是']]);
  });

  it('a list within a paragraph goes on in the next paragraph that follows on from it (…三是丙。 / 四是丁。 / 四是戊。)', () => {
    const { text, line } = withProblems('1.存在的主要问题：一是甲不足；二是乙不够；三是丙。\n四是丁。\n四是戊。');
    assert.deepEqual(gaps(text).map((f) => [f.range.start.line, covered(text, f.range)]), [[line + 2, '四是']]);
  });

  it('a sentence wrapped over lines is one paragraph: its skip is still found (一是…；二是 / 乙不够；四是…)', () => {
    const { text, line } = withProblems('1.存在的主要问题：一是甲不足；二是\n乙不够；四是丙。');
    assert.deepEqual(gaps(text).map((f) => [f.range.start.line, covered(text, f.range)]), [[line + 1, '四是']]);
  });

  it('a list inside an item of another: a fault of either is still found on its marker', () => {
    // The enclosing list skips (一是…二是 inside…四是), the inner one repeats (一是…二是…二是 inside…二是).
    const outer = withProblems('1.存在的主要问题：一是组织领导有待加强：一是分工不明确；二是责任未压实。二是制度不够完善。四是监督不够有力。').text;
    assert.deepEqual(gaps(outer).map((f) => [covered(outer, f.range), f.message["zh-CN"].slice(0, 23)]), [["四是", '列举序号从“二是”跳到了“四是”，缺少“三是”']]);
    const inner = withProblems('1.存在的主要问题：一是组织领导有待加强：一是分工不明确；二是责任未压实；二是考核不严格。二是制度不够完善。').text;
    // (Which 二是 is the wrong one the text does not tell: 二是考核 going back to the enclosing list leaves 二是制度 the repeat.)
    assert.deepEqual(gaps(inner).map((f) => [covered(inner, f.range), f.range.start.character]), [['二是', inner.split('\n')[withProblems('').line]!.indexOf('二是制度')]]);
    // A second list of the paragraph that skips (一是…二是。改进：一是…三是) is a skip, not the first list going on.
    const second = withProblems('1.存在的主要问题：一是甲不足；二是乙不够。改进措施：一是加强培训；三是完善制度。').text;
    assert.deepEqual(gaps(second).map((f) => covered(second, f.range)), ['三是']);
  });
});

describe('enumeration-gap stays quiet', () => {
  const quiet: [string, string][] = [
    ['the seed itself', '1.存在的主要问题：一是队伍建设有待加强。二是主动公开质量有待提升。'],
    ['一是…二是 with no third', '1.存在的主要问题：一是甲不足；二是乙不够。'],
    ['a list started again in the same paragraph', '1.存在的主要问题：一是甲不足；二是乙不够。改进措施：一是加强培训；二是完善制度；三是强化监督。'],
    ['a list started again in a new paragraph', '1.存在的主要问题：一是甲不足；二是乙不够；三是丙。\n2.改进情况：一是加强培训；二是完善制度。'],
    ['a list started again in a later paragraph without its 一是 (首先…；二是…)', '1.存在的主要问题：一是甲不足；二是乙不够；三是丙。\n下一步，首先加强培训；二是完善制度；三是强化监督。'],
    ['a later paragraph whose first marker neither follows on nor begins it (…三是丙。 / 下一步，五是…)', '1.存在的主要问题：一是甲不足；二是乙不够；三是丙。\n下一步，五是加强培训。'],
    ['a paragraph that begins a list of another kind ends the lists before it (一是… / 第一，… / 二是…)', '1.存在的主要问题：一是甲不足；二是乙不够；三是丙。\n第一，加强培训；第二，完善制度。\n二是强化监督。'],
    ['the enclosing list goes on in the next paragraph after a list inside its item', '1.存在的主要问题：一是组织领导有待加强：一是分工不明确；二是责任未压实。\n二是制度不够完善。\n三是监督不够有力。'],
    ['an item a paragraph, one list over three paragraphs', '1.存在的主要问题：一是甲不足。\n二是乙不够。\n三是丙有待提高。'],
    ['numerals inside words (统一是, 唯一是, 第一是, 之一是, 第一时间)', '1.存在的主要问题：标准统一是前提，唯一是指，第一是关键，其中之一是，第一时间回应，三是。'],
    ['a quoted text', '1.存在的主要问题：一是甲不足；会议要求“一是落实，三是督查”；二是乙不够；三是丙。'],
    ['a title in 《》', '1.存在的主要问题：一是甲不足；印发《关于一是二是三是的通知》；二是乙不够。'],
    ['a list that does not start at 一是', '1.存在的主要问题：……三是甲不足；五是乙不够。'],
    ['首先／其次／最后', '1.存在的主要问题：首先，甲不足；其次，乙不够；最后，丙有待提高。'],
    ['a list inside an item of another (一是…：一是…二是…。二是…三是…)', '1.存在的主要问题：一是组织领导有待加强，具体表现为：一是分工不明确；二是责任未压实。二是制度不够完善。三是监督不够有力。'],
    ['ordinals listed together (第一、二季度…第三、四季度, 第一、第二名)', '1.存在的主要问题：第一、二季度发布较少，第三、四季度有所增加，第一、第二批次，第三、第四批次。'],
  ];
  for (const [what, paragraph] of quiet) {
    it(what, () => {
      assert.deepEqual(gaps(withProblems(paragraph).text).map((f) => f.message['zh-CN']), [], paragraph);
    });
  }

  it('a sub-heading between two lists: the second starts anew', () => {
    const doc = Doc.seed('002');
    const line = doc.line('1.存在的主要问题：');
    doc.setLine(line, '1.存在的主要问题：一是甲不足；二是乙不够。');
    const next = doc.line('2.改进情况：');
    doc.setLine(next, '2.改进情况：二是加强培训；三是完善制度。');
    assert.deepEqual(gaps(doc.text), []);
  });

  it('heading numbers (一、 二、 （一）) are numbering-gap\'s, not read here', () => {
    const doc = Doc.seed('002');
    const line = doc.line('1.存在的主要问题：');
    doc.setLine(line, '1.存在的主要问题：\n（一）甲不足。\n（三）乙不够。');
    assert.deepEqual(gaps(doc.text), []);
  });
});

describe('enumeration-gap on a long line', () => {
  it('a line of many 一是，二是 then many 四是 is read in linear time (lists within lists kept three deep at most)', () => {
    assertLinear((n) => withProblems(`1.存在的主要问题：${'，一是，二是'.repeat(n)}${'，四是'.repeat(n)}`).text, gaps, 5000, 'pairs');
  });
});
