/** preface-parts: the preface's list of parts agrees with its count and with the report (format §1.3). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { expectNone, expectOne } from '../../helpers/findings';
import { analyze } from '../../../shared/src';

/** Seed 000's preface lists the six parts: `本报告包括总体情况、…、其他需要报告的事项等六个部分。` */
const LIST = '本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议与提起行政诉讼情况、政府信息公开工作存在的主要问题及改进情况、其他需要报告的事项等六个部分';
const PART4 = '因政府信息公开工作被申请行政复议与提起行政诉讼情况、';

function withPreface(sentence: string, doc = Doc.seed('000')): Doc {
  return doc.replace(LIST, sentence);
}

describe('preface-parts fires', () => {
  it('六个部分 with part 四 left out of the list (the real 2023 case) → on the list, naming 四, related to its heading', () => {
    const sentence = LIST.replace(PART4, '');
    const doc = withPreface(sentence);
    const f = expectOne(doc.text, 'preface-parts', doc.find(sentence.slice('本报告'.length)), {
      severity: 'warning',
      zh: ['前言说报告共六个部分，但只列出了五个部分的名称，没有列出正文中的“四、政府信息公开行政复议、行政诉讼情况”。'],
      en: ['speaks of 6 parts but lists 5', 'leaves out part 四'],
      fixed: null,
    });
    assert.equal(f.related.length, 1);
    assert.deepEqual(f.related[0]!.range.start.line, doc.line(/^四、.*复议/));
  });

  it('the overview named with words of part 二 (政府信息主动公开工作总体情况) still counts as the overview: 四 left out is found', () => {
    const sentence = LIST.replace('本报告包括总体情况、', '本报告包括政府信息主动公开工作总体情况、').replace(PART4, '');
    const doc = withPreface(sentence);
    expectOne(doc.text, 'preface-parts', doc.find(sentence.slice('本报告'.length)), { zh: ['前言说报告共六个部分，但只列出了五个部分的名称，没有列出正文中的“四、'] });
  });

  it('a count that disagrees with a complete list (五个部分, six named)', () => {
    const sentence = LIST.replace('六个部分', '五个部分');
    const doc = withPreface(sentence);
    const f = expectOne(doc.text, 'preface-parts', doc.find(sentence.slice('本报告'.length)), { zh: ['前言说报告共五个部分，但列出了六个部分的名称。'], en: ['speaks of 5 parts but lists 6'] });
    assert.equal(f.related.length, 0);
  });

  it('a consistent count that still leaves out a part the report has', () => {
    const sentence = LIST.replace(PART4, '').replace('六个部分', '五个部分');
    const doc = withPreface(sentence);
    expectOne(doc.text, 'preface-parts', doc.find(sentence.slice('本报告'.length)), { zh: [/^前言没有列出正文中的“四、/], en: [/^The preface leaves out part 四/] });
  });

  it('other wordings: 由…组成 with Arabic count, 分为', () => {
    for (const sentence of [
      '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、其他需要报告的事项共6个部分组成',
      '本报告分为总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、其他需要报告的事项等六部分',
    ]) {
      const doc = withPreface(sentence);
      const verb = sentence.includes('由') ? '由' : '分为';
      const at = doc.find(sentence.slice(sentence.indexOf(verb), sentence.indexOf('部分') + 2));
      expectOne(doc.text, 'preface-parts', at, { zh: [`但只列出了${sentence.includes('6') ? '5' : '五'}个部分的名称`, '没有列出正文中的“四、'] });
    }
  });
});

describe('preface-parts reads the count before the list too', () => {
  const numbered = '本报告分为六个部分：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项';
  it('a complete numbered list after 分为六个部分： is quiet', () => {
    expectNone(withPreface(numbered).text, 'preface-parts');
  });
  it('the same list without part 四 → on the sentence up to its 。', () => {
    const sentence = numbered.replace('四、政府信息公开行政复议、行政诉讼情况；', '');
    const doc = withPreface(sentence);
    expectOne(doc.text, 'preface-parts', doc.find(sentence.slice('本报告'.length)), { zh: ['前言说报告共六个部分，但只列出了五个部分的名称', '没有列出正文中的“四、'] });
  });
});

describe('preface-parts stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'preface-parts'));
  }
  it('the last two parts joined by 和 instead of 、', () => {
    expectNone(withPreface(LIST.replace('改进情况、其他需要', '改进情况和其他需要')).text, 'preface-parts');
  });
  it('a part named with words of another part (政府信息主动公开工作总体情况 is the overview: its name ends so)', () => {
    expectNone(withPreface(LIST.replace('本报告包括总体情况、', '本报告包括政府信息主动公开工作总体情况、')).text, 'preface-parts');
  });

  it('official titles, variants and an Arabic count', () => {
    expectNone(withPreface('本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项，共6个部分').text, 'preface-parts');
  });
  it('a report without part 四 whose preface leaves it out too (missing-section says it)', () => {
    const doc = withPreface(LIST.replace(PART4, '').replace('六个部分', '五个部分'), Doc.seed('000').removePart('四'));
    expectNone(doc.text, 'preface-parts');
    assert.ok(analyze(doc.text).findings.some((f) => f.code === 'missing-section'));
  });
  it('sentences that count other things in 部分 (not a list of the report’s parts)', () => {
    for (const sentence of ['本报告包括两个部分的内容调整', '部分单位存在公开不及时的问题，包括三个部分', '本机关由办公室、法规科等六个部分组成']) {
      expectNone(withPreface(sentence).text, 'preface-parts');
    }
  });
  it('a list after part 一’s heading is not the preface', () => {
    const sentence = LIST.replace(PART4, '');
    const doc = Doc.seed('000').replace(LIST, '本报告依据条例编制').replace('一、总体情况', `一、总体情况\n${sentence}。`);
    expectNone(doc.text, 'preface-parts');
  });
});

describe('preface-parts on hostile input', () => {
  // Guarded by a timeout like the other hostile inputs (test/unit/hostile-core.test.ts); the time
  // itself is measured by `npm run bench`.
  it('a megabyte of list-like lines before part 一 ends with no finding', { timeout: 120_000 }, () => {
    const line = '本报告由' + '由、'.repeat(990) + '六个部分';
    const text = `某某局2024年政府信息公开工作年度报告\n${Array.from({ length: 500 }, () => line).join('\n')}\n一、总体情况\n本年度工作有序。\n`;
    expectNone(text, 'preface-parts');
  });
});

describe('preface-parts: part 六 written 其它 (它 for 他)', () => {
  it('a list ending …其它需要报告事项等六部分 names six parts: quiet (it counted five)', () => {
    expectNone(withPreface(LIST.replace('其他需要报告的事项', '其它需要报告事项')).text, 'preface-parts');
  });

  it('with part 四 left out as well, five named: still found', () => {
    const sentence = LIST.replace('其他需要报告的事项', '其它需要报告事项').replace(PART4, '');
    const doc = withPreface(sentence);
    expectOne(doc.text, 'preface-parts', doc.find(sentence.slice('本报告'.length)), { zh: ['但只列出了五个部分的名称'] });
  });

  it('the heading 六、其它需要报告的事项 heads part 六', () => {
    const doc = Doc.seed('000');
    const heading = doc.lines.find((l) => l.startsWith('六、'))!;
    const text = doc.text.replace(heading, heading.replace('其他', '其它'));
    expectNone(text, 'missing-section');
    expectNone(text, 'duplicate-section');
  });
});

describe('preface-parts: a list of the parts without a count (Shanghai 2019: 全文包括…及其他需要报告的事项。)', () => {
  /** The real sentence of 上海市人民政府办公厅 2019 (/work/h4/real2/r21), its six names joined by 、 and a last 及. */
  const SHANGHAI = '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议和提起行政诉讼情况、政府信息公开工作存在的主要问题及改进情况及其他需要报告的事项';
  const SH4 = '因政府信息公开工作被申请行政复议和提起行政诉讼情况、';

  it('the complete list is quiet', () => {
    expectNone(withPreface(SHANGHAI).text, 'preface-parts');
  });
  it('part 四 left out → on the list, naming 四, related to its heading', () => {
    const sentence = SHANGHAI.replace(SH4, '');
    const doc = withPreface(sentence);
    const f = expectOne(doc.text, 'preface-parts', doc.find(sentence.slice('全文包括'.length)), {
      severity: 'warning',
      zh: ['前言列举报告的各部分时没有列出正文中的“四、政府信息公开行政复议、行政诉讼情况”。'],
      en: ['leaves out part 四'],
      fixed: null,
    });
    assert.equal(f.related.length, 1);
    assert.deepEqual(f.related[0]!.range.start.line, doc.line(/^四、.*复议/));
  });
  it('the same list written with 由…组成 → found', () => {
    const list = SHANGHAI.replace(SH4, '').slice('全文包括'.length);
    const doc = withPreface(`本报告由${list}组成`);
    expectOne(doc.text, 'preface-parts', doc.find(list), { zh: ['没有列出正文中的“四、'] });
  });
  it('every list is read: the complete list first, then one leaving out part 四 (in the same line or the next) → on the second', () => {
    const second = SHANGHAI.replace(SH4, '').replace('全文包括', '本报告包括');
    for (const join of ['。', '。\n']) {
      const doc = Doc.of(withPreface(`${SHANGHAI}${join}${second}`).text);
      const at = doc.find(second.slice('本报告包括'.length));
      expectOne(doc.text, 'preface-parts', at, { zh: ['没有列出正文中的“四、'] });
    }
  });
  it('every list is read: a counted list that agrees, then an uncounted one leaving out part 四 → on the second', () => {
    const second = SHANGHAI.replace(SH4, '');
    const doc = withPreface(`${LIST}。${second}`);
    expectOne(doc.text, 'preface-parts', doc.find(second.slice('全文包括'.length)), { zh: ['没有列出正文中的“四、'] });
  });
  it('every list is read: two wrong lists, two findings; the complete list twice, none', () => {
    const wrong = SHANGHAI.replace(SH4, '');
    const doc = withPreface(`${wrong}。${LIST.replace(PART4, '')}`);
    const fs = analyze(doc.text).findings.filter((f) => f.code === 'preface-parts');
    assert.equal(fs.length, 2);
    expectNone(withPreface(`${SHANGHAI}。${SHANGHAI}`).text, 'preface-parts');
  });
  it('quiet: a list that says it is not the whole (…等内容), three names only, or not of the report (主要包括 five topics)', () => {
    for (const sentence of [
      '本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况等内容',
      '本报告包括总体情况、主动公开政府信息情况、其他需要报告的事项',
      '总体情况主要包括主动公开、依申请公开、政府信息管理、平台建设、监督保障',
    ]) {
      expectNone(withPreface(sentence).text, 'preface-parts');
    }
  });
});
