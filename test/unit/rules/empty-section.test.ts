/** empty-section: part 五 states its problems and improvements (条例 art. 50, format §1.4). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { charactersOf, saysSomething } from '../../../shared/src/rules/empty-section';
import { Doc } from '../../helpers/doc';
import { expectNone, expectOne } from '../../helpers/findings';

function withPart5(body: string[]): Doc {
  const doc = Doc.seed('002');
  const { start, end } = doc.partLines('五');
  doc.deleteLines(start + 1, end - start - 1).insertLines(start + 1, ...body, '');
  return doc;
}

describe('empty-section fires', () => {
  it('part 五 with no text → on its heading, saying it has none', () => {
    const doc = withPart5([]);
    expectOne(doc.text, 'empty-section', doc.find('五、存在的主要问题及改进情况'), {
      severity: 'warning',
      zh: ['第五部分“存在的主要问题及改进情况”没有内容', '应如实写明'],
      en: ['has no text'],
      fixed: null,
    });
  });

  for (const [label, body, quoted] of [
    ['a bare 无。', ['无。'], '无。'],
    ['暂无', ['暂无'], '暂无'],
    ['本年度无。', ['本年度无。'], '本年度无。'],
    ['无 under each sub-heading', ['（一）存在的主要问题', '无。', '（二）改进情况', '无。'], '（一）存在的主要问题 无。 （二）改进情况 无。'],
    ['numbered sub-headings with 无 after a colon', ['1.存在的主要问题：无', '2.改进措施：无'], '1.存在的主要问题：无 2.改进措施：无'],
    ['full-width spaces and 没有问题', ['　　没有问题。'], '没有问题。'],
    // Every word of the statements of nothing, each in its turn (a check that a part says something reads their characters).
    ['年内、目前 and the other words of nothing', ['年内无明显问题，目前没有相关情况。', '今年未发现此类事项，暂无。'], '年内无明显问题，目前没有相关情况。 今年未发现此类事项，暂无。'],
    ['下一步工作计划：无', ['1．存在问题：无', '2．整改情况：无', '3．下一步工作打算：无【】'], '1．存在问题：无 2．整改情况：无 3．下一步工作打算：无【】'],
  ] as const) {
    it(`${label} → on the heading, quoting what is written`, () => {
      const doc = withPart5([...body]);
      expectOne(doc.text, 'empty-section', doc.find('五、存在的主要问题及改进情况'), {
        zh: [`只写了“${quoted}”，等于没有报告`],
        en: [`says only “${quoted}”`],
      });
    });
  }

  it('a long bare statement is quoted cut short', () => {
    const body = Array.from({ length: 12 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）存在的主要问题：无。`);
    const doc = withPart5(body);
    expectOne(doc.text, 'empty-section', doc.find('五、存在的主要问题及改进情况'), { zh: [/只写了“（一）存在的主要问题：无。.{20,40}…”/] });
  });
});

describe('empty-section stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'empty-section'));
  }
  for (const sentence of ['无重大问题，但政策解读形式较为单一。', '目前无。前期问题已整改。', '年内无问题，内部管理待加强。', '无X', '（一）无（二）无（三）无（四）有',  '（一）存在的主要问题：公开内容不够全面。（二）改进情况：加强培训。', '本年度未发现问题，下一步将加强培训和宣传。', '一是队伍建设有待加强。']) {
    it(sentence, () => expectNone(withPart5([sentence]).text, 'empty-section'));
  }
  it('the problems written on the heading’s line, after its title (五、存在的主要问题及改进情况。一是…)', () => {
    const doc = withPart5([]).replace('五、存在的主要问题及改进情况', '五、存在的主要问题及改进情况。一是公开内容不够全面，二是业务培训不足。下一步将加强培训。');
    expectNone(doc.text, 'empty-section');
    // Only 无 on the heading's line is still no content.
    const bare = withPart5([]).replace('五、存在的主要问题及改进情况', '五、存在的主要问题及改进情况：无。');
    expectOne(bare.text, 'empty-section', bare.find('五、存在的主要问题及改进情况'));
  });
  it('no part 五 at all (missing-section says it)', () => expectNone(Doc.seed('002').removePart('五').text, 'empty-section'));
  it('an empty part 六 is info-fee’s business, not this rule’s', () => {
    const doc = Doc.seed('002');
    const { start, end } = doc.partLines('六');
    expectNone(doc.deleteLines(start + 1, end - start - 1).text, 'empty-section');
  });
});

describe('empty-section: what a part is read for in full (charactersOf, saysSomething)', () => {
  it('a pattern that could match a character it does not write gives no characters: every part is read in full', () => {
    for (const p of [/无./, /[a-z]/, /[^无]/, /无\w/, /无\S/, /无/i, /\u65e0/]) {
      assert.equal(charactersOf([p]), undefined, String(p));
    }
  });
  it('the characters written, digits for \\d, an escaped dash and one at a class’s end', () => {
    const chars = charactersOf([/无\d[（\-]|没有[、-]/g])!;
    for (const c of '无没有（-、0123456789') assert.ok(chars.has(c.charCodeAt(0)), c);
    assert.ok(!chars.has('问'.charCodeAt(0)));
    // Full-width forms folded first, as the patterns read them (a written （ is not the folded text's ().
    assert.equal(saysSomething('无１－没有、　 ', chars), false);
    assert.equal(saysSomething('（无', chars), true);
    assert.equal(saysSomething('无问题', chars), true);
  });
});
