/** template-text: the national template's bracketed instructions (文字描述…) are not left in the report. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { expectNone, expectOne, findingsOf, only } from '../../helpers/findings';

const FEE_NOTE = '（文字描述，收取信息处理费情况在此处报告。）';

function withPart(numeral: string, body: string[], prefix = '002'): Doc {
  const doc = Doc.seed(prefix);
  const { start, end } = doc.partLines(numeral);
  doc.deleteLines(start + 1, end - start - 1).insertLines(start + 1, ...body, '');
  return doc;
}

describe('template-text fires', () => {
  it('the fee instruction left alone in part 六 → on the bracket, a fix deleting it; info-fee fires too', () => {
    const doc = withPart('六', [FEE_NOTE]);
    const without = doc.clone().replace(FEE_NOTE, '').text;
    expectOne(doc.text, 'template-text', doc.find(FEE_NOTE), {
      severity: 'warning',
      zh: [`模板的填写说明“${FEE_NOTE}”没有删除`, '应换成本机关的实际内容'],
      en: ['is still here'],
      fixed: without,
    });
    expectOne(doc.text, 'info-fee', doc.find('六、其他需要报告的事项'));
  });

  it('a short （文字描述） and a half-width one, each found on its own words, after the office’s text too', () => {
    const doc = withPart('五', ['（一）存在的主要问题：政策解读形式单一。(文字描述)', '（二）改进情况', '（文字描述）']);
    const fs = only(findingsOf(doc.text), 'template-text');
    assert.equal(fs.length, 2);
    const first = doc.find('(文字描述)');
    assert.deepEqual(fs[0]!.range, { start: { line: first.line, character: first.start }, end: { line: first.line, character: first.end } });
    const second = doc.find('（文字描述）');
    assert.deepEqual(fs[1]!.range.start, { line: second.line, character: second.start });
  });

  it('part 五 holding only the instruction is empty (empty-section says so) besides', () => {
    const doc = withPart('五', ['（文字描述）']);
    expectOne(doc.text, 'empty-section', doc.find('五、存在的主要问题及改进情况'), { zh: ['没有内容'] });
  });
});

describe('template-text stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'template-text'));
  }
  it('the words 文字描述 in the office’s own prose, not as a bracketed instruction', () => {
    expectNone(withPart('六', ['本年度未收取信息处理费。政策解读采用文字描述与图解相结合的方式。']).text, 'template-text');
  });
  it('the fee stated beside the instruction: info-fee is quiet, template-text still asks to delete it', () => {
    const doc = withPart('六', ['本年度未收取信息处理费。', FEE_NOTE]);
    expectNone(doc.text, 'info-fee');
    expectOne(doc.text, 'template-text', doc.find(FEE_NOTE));
  });
});
