/**
 * prose-sum: a total and its parts in one sentence that do not add up, where the tables cannot say
 * which figure is wrong (the table is missing, a picture, or blank). With the tables there, the
 * prose-vs-table rule reports the figure that disagrees with them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TableKind } from '../../../shared/src';
import { Doc } from '../../helpers/doc';
import { covered, expectNone, expectOne, findingsOf, only } from '../../helpers/findings';
import { assertLinear } from '../../helpers/scaling';

const PREFIX = '2.依申请公开方面。';

/** Seed 002 without one of its tables, its 依申请公开 paragraph replaced by `paragraph`. */
function without(kind: TableKind, paragraph: string): Doc {
  const doc = Doc.seed('002');
  const t = doc.table(kind);
  doc.deleteLines(t.startLine, t.endLine - t.startLine + 1);
  return doc.setLine(doc.line('2.依申请公开方面'), PREFIX + paragraph);
}

describe('prose-sum fires', () => {
  it('new requests and the carry-over against their stated total, table 三 missing', () => {
    const doc = without('requests', '全年共收到政府信息公开申请178件，上年结转5件，共计185件。');
    const line = doc.line(PREFIX);
    const f = expectOne(doc.text, 'prose-sum', doc.find('共计185件', line), {
      severity: 'warning',
      zh: ['正文的分项与合计不符', '“共收到政府信息公开申请178件”、“上年结转5件”之和为183件，而“共计185件”', '表格中没有可以核对的数字'],
      en: ['do not add up', '“共收到政府信息公开申请178件”, “上年结转5件” make 183'],
      fixed: null,
    });
    assert.deepEqual(f.related.map((r) => covered(doc.text, r.range)), ['共收到政府信息公开申请178件', '上年结转5件']);
    // Nothing to compare with: the prose-vs-table rule has nothing to say.
    expectNone(doc.text, 'narrative-mismatch');
  });

  it('the applicants of the new requests against them', () => {
    const doc = without('requests', '全年共收到政府信息公开申请178件，其中自然人申请170件，法人或其他组织申请9件。');
    expectOne(doc.text, 'prose-sum', doc.find('共收到政府信息公开申请178件', doc.line(PREFIX)), { zh: ['之和为179件'] });
  });

  it('one part more than the total, the others not stated', () => {
    const doc = without('requests', '全年共收到政府信息公开申请178件，其中自然人申请180件。');
    expectOne(doc.text, 'prose-sum', doc.find('共收到政府信息公开申请178件', doc.line(PREFIX)), { zh: ['正文的分项超过合计', '“自然人申请180件”超过“共收到政府信息公开申请178件”'], en: ['exceeds its total'] });
  });

  it('two parts more than the total', () => {
    const doc = without('review', '全年被申请行政复议25件，其中维持20件，纠正10件。');
    expectOne(doc.text, 'prose-sum', doc.find('被申请行政复议25件', doc.line(PREFIX)), { zh: ['正文的分项之和超过合计', '之和为30件'] });
  });

  it('the results of the reviews against their number, table 四 missing', () => {
    const doc = without('review', '全年被申请行政复议25件，其中维持8件，纠正10件，其他结果7件，尚未审结1件。');
    const f = expectOne(doc.text, 'prose-sum', doc.find('被申请行政复议25件', doc.line(PREFIX)), { zh: ['之和为26件'] });
    assert.equal(f.related.length, 4);
  });

  it('the two kinds of lawsuits against their number', () => {
    const doc = without('review', '全年被提起行政诉讼5件，其中未经复议直接起诉3件，复议后起诉3件。');
    expectOne(doc.text, 'prose-sum', doc.find('被提起行政诉讼5件', doc.line(PREFIX)), { zh: ['之和为6件'] });
  });

  it('the outcomes of the requests handled more than them', () => {
    const doc = without('requests', '全年共办理政府信息公开申请178件，其中予以公开99件，部分公开14件，不予公开12件，无法提供33件，其他处理25件。');
    expectOne(doc.text, 'prose-sum', doc.find('共办理政府信息公开申请178件', doc.line(PREFIX)), { zh: ['正文的分项之和超过合计', '之和为183件'] });
  });

  it('the outcomes after a count dealt with and a colon, the sentence naming no request', () => {
    const doc = without('requests', '自然人提出申请10件。全年办结14件：予以公开9件，部分公开2件，不予公开1件，无法提供11件，不予处理1件。');
    expectOne(doc.text, 'prose-sum', doc.find('办结14件', doc.line(PREFIX)), { zh: ['正文的分项之和超过合计', '之和为24件'] });
    expectNone(without('requests', '自然人提出申请10件。全年办结14件：予以公开9件，部分公开2件，不予公开1件，无法提供1件，不予处理1件。').text, 'prose-sum');
  });

  it('the outcomes against the total stated after them (（七）总计)', () => {
    const doc = without('requests', '在办理结果上，予以公开6件，无法提供6件，不予处理1件，合计12件。');
    expectOne(doc.text, 'prose-sum', doc.find('合计12件', doc.line(PREFIX)), { zh: ['之和为13件'] });
    expectNone(without('requests', '在办理结果上，予以公开5件，无法提供6件，不予处理1件，合计12件。').text, 'prose-sum');
  });

  it('all the outcomes but one, against the total after them: the one left unsaid was none', () => {
    const doc = without('requests', '予以公开99件，部分公开14件，不予公开12件，无法提供33件，其他处理20件，合计187件。');
    const f = expectOne(doc.text, 'prose-sum', doc.find('合计187件', doc.line(PREFIX)), { zh: ['之和为178件', '未写出的“不予处理”如有9件'], en: ['make 178'] });
    assert.equal(f.related.length, 5);
  });

  it('the cells of 一 and 二 blank: the table cannot settle it either', () => {
    const doc = Doc.seed('002').setRow('requests', '本年新收', ['', '', '', '', '', '', '']).setRow('requests', '上年结转', ['', '', '', '', '', '', '']);
    doc.setLine(doc.line('2.依申请公开方面'), `${PREFIX}全年共收到政府信息公开申请178件，上年结转5件，共计185件。`);
    expectOne(doc.text, 'prose-sum', doc.find('共计185件', doc.line(PREFIX)));
  });
});

describe('prose-sum stays quiet', () => {
  it('when the table holds the figures (the prose-vs-table rule says which is wrong)', () => {
    const doc = Doc.seed('002');
    doc.setLine(doc.line('2.依申请公开方面'), `${PREFIX}全年共收到政府信息公开申请178件，上年结转5件，共计185件。`);
    expectNone(doc.text, 'prose-sum');
    assert.deepEqual(only(findingsOf(doc.text), 'narrative-mismatch').map((f) => covered(doc.text, f.range)), ['共计185件']);
  });

  // [what it shows, the table left out, the paragraph]
  const cases: [string, TableKind, string][] = [
    ['the parts add up', 'requests', '全年共收到政府信息公开申请178件，上年结转5件，共计183件。'],
    ['the applicants add up', 'requests', '全年共收到政府信息公开申请178件，其中自然人申请171件，法人或其他组织申请7件。'],
    ['some parts, below the total', 'requests', '全年共收到政府信息公开申请178件，其中自然人申请170件。'],
    ['the parts in the next sentence', 'requests', '全年共收到政府信息公开申请178件。其中自然人申请170件，法人或其他组织申请9件。'],
    ['the applicants beside the carry-over (they may include it)', 'requests', '全年共收到政府信息公开申请178件，上年结转5件，其中自然人申请176件，法人或其他组织申请7件。'],
    ['a part stated twice (which to add is unclear)', 'review', '全年被申请行政复议25件，其中维持30件，维持8件。'],
    ['the reviews’ results add up', 'review', '全年被申请行政复议25件，其中维持8件，纠正10件，其他结果7件，尚未审结0件。'],
    ['a total alone', 'requests', '全年共收到政府信息公开申请178件。'],
    ['a total rounded in 万 (its parts may add up to anything it rounds)', 'requests', '全年共收到政府信息公开申请1.8万件，其中自然人申请1.7万件，法人或其他组织申请680件。'],
    ['figures in 万 that add up exactly (0.07万 is 700)', 'requests', '全年共收到政府信息公开申请1.78万件，其中自然人申请1.71万件，法人或其他组织申请0.07万件。'],
    ['all six outcomes short of the requests handled (some still open)', 'requests', '全年共办理政府信息公开申请183件，其中予以公开99件，部分公开14件，不予公开12件，无法提供33件，不予处理0件，其他处理20件。'],
    ['all the outcomes but one, adding up to the total after them', 'requests', '予以公开99件，部分公开14件，不予公开12件，无法提供33件，其他处理20件，合计178件。'],
    ['two outcomes left unsaid (either may make up the total)', 'requests', '予以公开99件，部分公开14件，不予公开12件，无法提供33件，合计187件。'],
    ['a list left open (等) before the total', 'requests', '予以公开99件，部分公开14件，不予公开12件，无法提供33件，其他处理20件等，合计187件。'],
    ['another count between the list and the total', 'requests', '予以公开99件，部分公开14件，不予公开12件，无法提供33件，其他处理20件，另有9件，合计187件。'],
    ['the outcomes beside the requests received (some of them carried over)', 'requests', '全年共收到政府信息公开申请178件，其中予以公开99件，部分公开14件，不予公开12件，无法提供33件，其他处理25件。'],
  ];
  for (const [what, kind, paragraph] of cases) {
    it(`${what}: ${paragraph}`, () => expectNone(without(kind, paragraph).text, 'prose-sum'));
  }

  it('every seed as published', () => {
    for (const s of ['000', '001', '002', '003', '004']) expectNone(Doc.seed(s).text, 'prose-sum');
  });
});

describe('prose-sum: information counted with every kind listed (the list ends with 其他…)', () => {
  /** Seed 001 with `sentence` as a paragraph of part 一. */
  const overview = (sentence: string): Doc => {
    const doc = Doc.seed('001');
    doc.insertLines(doc.line('一、总体情况') + 1, sentence);
    return doc;
  };

  it('in brackets: 74条（包括公开指南1条、…、其他12条） where they make 72 → on 74条 (it was not read)', () => {
    const sentence = '全年公开政务信息120条，其中政务公开专栏74条（包括公开指南1条、财政信息11条、业务工作36条、其他24条），工作动态46条。';
    const doc = overview(sentence);
    const at = doc.find('74条');
    expectOne(doc.text, 'prose-sum', at, { zh: ['之和为72条，而这里写的是“74条”'], en: ['make 72'] });
  });

  it('after 包含 up to the clause’s end: 207条，包含…，其他类文件97条； where they make 230 → on 207条', () => {
    const sentence = '全年公开政府信息352条，其中：政策文件类207条，包含事故调查类11条，安全生产类95条，森林防灭火23条，疫情防控类4条，其他类文件97条；工作动态145条。';
    const doc = overview(sentence);
    expectOne(doc.text, 'prose-sum', doc.find('207条'), { zh: ['之和为230条'] });
  });

  it('quiet: the kinds add up; no 其他 (the list may be partial); a list holding a list; approximate counts', () => {
    for (const sentence of [
      '政务公开专栏74条（包括公开指南1条、财政信息11条、业务工作36条、其他26条）。',
      '政务公开专栏74条（包括公开指南1条、财政信息11条、业务工作36条）。',
      '全年公开政府信息352条，其中：政策文件类207条，包含事故调查类11条，其他类文件196条，工作动态145条，其他1条。',
      '政务公开专栏74条（包括公开指南1条、财政信息11余条、其他20条）。',
      '政务公开专栏74条（包括公开指南1条、财政信息11篇、其他20条）。',
      '全年公开政府信息352条，其中：政策文件类207条，包含事故调查类11条，安全生产类5条，其他类文件191条，工作动态145条，其他1条。',
      // A kind named 其他… that is not the rest (the list goes on after it): its sum is the whole list's.
      '街道公开信息60条，其中社会保险12条、房屋征收12条、公共法律服务12条、其他法定信息12条、社区事务公开12条。',
    ]) expectNone(overview(sentence).text, 'prose-sum');
  });

  it('a bound is compared as one: 超过74条 for kinds making 72 (less than it) → on 超过74条; 不足74条 for 78 (more) → on 不足74条', () => {
    const above = overview('政务公开专栏超过74条（包括公开指南1条、财政信息11条、业务工作36条、其他24条）。');
    expectOne(above.text, 'prose-sum', above.find('超过74条'), { zh: ['之和为72条，少于这里写的“超过74条”'], en: ['make 72, less than “超过74条”'] });
    const below = overview('政务公开专栏不足74条（包括公开指南1条、财政信息11条、业务工作36条、其他30条）。');
    expectOne(below.text, 'prose-sum', below.find('不足74条'), { zh: ['之和为78条，多于这里写的“不足74条”'], en: ['make 78, more than “不足74条”'] });
    const notBelow = overview('政务公开专栏不少于74条（包括公开指南1条、财政信息11条、业务工作36条、其他20条）。');
    expectOne(notBelow.text, 'prose-sum', notBelow.find('不少于74条'), { zh: ['之和为68条，少于这里写的“不少于74条”'] });
  });

  it('quiet: an approximate count (约, 近), a bound its kinds keep to (超过74条 for 78, 不足74条 for 68), a kind of approximate or bounded count', () => {
    for (const sentence of [
      '政务公开专栏约74条（包括公开指南1条、财政信息11条、业务工作36条、其他24条）。',
      '政务公开专栏近74条（包括公开指南1条、财政信息11条、业务工作36条、其他24条）。',
      '政务公开专栏超过74条（包括公开指南1条、财政信息11条、业务工作36条、其他30条）。',
      '政务公开专栏不足74条（包括公开指南1条、财政信息11条、业务工作36条、其他20条）。',
      '政务公开专栏不超过74条（包括公开指南1条、财政信息11条、业务工作36条、其他20条）。',
      '政务公开专栏不超74条（包括公开指南1条、财政信息11条、业务工作36条、其他20条）。',
      '政务公开专栏未超过74条（包括公开指南1条、财政信息11条、业务工作36条、其他20条）。',
      '政务公开专栏未达74条（包括公开指南1条、财政信息11条、业务工作36条、其他20条）。',
      '政务公开专栏74条以上（包括公开指南1条、财政信息11条、业务工作36条、其他30条）。',
      '政务公开专栏74条（包括公开指南1条、财政信息11条、业务工作约36条、其他24条）。',
      '政务公开专栏74条（包括公开指南1条、财政信息11条、业务工作超过36条、其他24条）。',
    ]) expectNone(overview(sentence).text, 'prose-sum');
  });
});

/**
 * Every word that bounds a count or makes it approximate, before the figure or after its unit, with the way it bounds it:
 * 'atLeast' (the count may be more: 超过74条, 74条以上), 'atMost' (it may be less: 不足74条, 不逾74条, 74条以内),
 * 'approximate' (either: 约74条, 74条左右) or 'exact' (74条, 达74条, 共74条).
 */
const BOUNDS: readonly (readonly [string, 'before' | 'after', 'exact' | 'atLeast' | 'atMost' | 'approximate'])[] = [
  ['', 'before', 'exact'], ['共', 'before', 'exact'], ['达', 'before', 'exact'],
  ['约', 'before', 'approximate'], ['大约', 'before', 'approximate'], ['近', 'before', 'approximate'], ['将近', 'before', 'approximate'], ['接近', 'before', 'approximate'],
  ['超过', 'before', 'atLeast'], ['超', 'before', 'atLeast'], ['超出', 'before', 'atLeast'], ['逾', 'before', 'atLeast'], ['突破', 'before', 'atLeast'],
  ['多于', 'before', 'atLeast'], ['高于', 'before', 'atLeast'], ['大于', 'before', 'atLeast'],
  ['不少于', 'before', 'atLeast'], ['不低于', 'before', 'atLeast'], ['不小于', 'before', 'atLeast'], ['至少', 'before', 'atLeast'], ['最少', 'before', 'atLeast'],
  ['不下', 'before', 'atLeast'], ['不止', 'before', 'atLeast'],
  ['不超过', 'before', 'atMost'], ['不超', 'before', 'atMost'], ['未超过', 'before', 'atMost'], ['没有超过', 'before', 'atMost'], ['没超过', 'before', 'atMost'],
  ['不超出', 'before', 'atMost'], ['未超出', 'before', 'atMost'], ['不逾', 'before', 'atMost'], ['未逾', 'before', 'atMost'], ['未突破', 'before', 'atMost'],
  ['不多于', 'before', 'atMost'], ['不高于', 'before', 'atMost'], ['不大于', 'before', 'atMost'],
  ['不足', 'before', 'atMost'], ['不到', 'before', 'atMost'], ['不满', 'before', 'atMost'], ['未满', 'before', 'atMost'], ['不及', 'before', 'atMost'], ['未及', 'before', 'atMost'],
  ['未达', 'before', 'atMost'], ['未达到', 'before', 'atMost'], ['没有达到', 'before', 'atMost'],
  ['少于', 'before', 'atMost'], ['低于', 'before', 'atMost'], ['小于', 'before', 'atMost'], ['最多', 'before', 'atMost'], ['至多', 'before', 'atMost'],
  ['以上', 'after', 'atLeast'], ['以下', 'after', 'atMost'], ['以内', 'after', 'atMost'], ['之内', 'after', 'atMost'], ['左右', 'after', 'approximate'], ['上下', 'after', 'approximate'],
];

describe('prose-sum: every bound word read the right way round', () => {
  const overview = (sentence: string): Doc => {
    const doc = Doc.seed('001');
    doc.insertLines(doc.line('一、总体情况') + 1, sentence);
    return doc;
  };
  const written = (word: string, where: 'before' | 'after', figure: string): string => (where === 'before' ? `${word}${figure}` : `${figure}${word}`);

  for (const [word, where, bound] of BOUNDS) {
    const count = written(word, where, '74条');
    // A finding covers a bound's word with its figure; an exact count's figure alone (共74条: 74条).
    const covering = (figure: string): string => (bound === 'exact' ? figure : written(word, where, figure));
    it(`every kind listed: “${count}” is ${bound}: reported against kinds making 68 ${bound === 'exact' || bound === 'atLeast' ? 'yes' : 'no'}, 80 ${bound === 'exact' || bound === 'atMost' ? 'yes' : 'no'}`, () => {
      for (const [sum, wrong] of [[68, bound === 'exact' || bound === 'atLeast'], [80, bound === 'exact' || bound === 'atMost']] as const) {
        const doc = overview(`政务公开专栏${count}（包括公开指南1条、财政信息11条、业务工作36条、其他${sum - 48}条）。`);
        if (wrong) {
          const f = expectOne(doc.text, 'prose-sum', doc.find(covering('74条')), { zh: [`之和为${sum}条`] });
          const relation = bound === 'exact' ? '而这里写的是' : bound === 'atLeast' ? '少于这里写的' : '多于这里写的';
          assert.ok(f.message['zh-CN'].includes(`${relation}“${covering('74条')}”`), f.message['zh-CN']);
        } else {
          expectNone(doc.text, 'prose-sum');
        }
      }
    });

    const total = written(word, where, '300条');
    const over = bound === 'exact' || bound === 'atMost';
    // 达300条 before a list that may leave parts out is left unread (prose-sum's NOT_EXACT), as it was.
    if (word !== '达') it(`parts perhaps not all listed, making 370: “${total}” (${bound}) is ${over ? '' : 'not '}exceeded`, () => {
      const doc = overview(`县政府网站发布政务信息${total}，其中政策文件120条，工作动态250条。`);
      if (over) expectOne(doc.text, 'prose-sum', doc.find(covering('300条')), { zh: [`之和为370条，超过这里写的“${covering('300条')}”`] });
      else expectNone(doc.text, 'prose-sum');
    });

    if (bound !== 'exact') {
      const part = written(word, where, '120条');
      it(`a part “${part}” (${bound}) makes no sum to compare`, () => {
        expectNone(overview(`县政府网站发布政务信息300条，其中政策文件${part}，工作动态250条。`).text, 'prose-sum');
      });
    }
  }
});

describe('prose-sum: a count of items whose parts, listed after it and perhaps not all, make more than it', () => {
  const overview = (sentence: string): Doc => {
    const doc = Doc.seed('001');
    doc.insertLines(doc.line('一、总体情况') + 1, sentence);
    return doc;
  };

  it('channels after 包括, the last broken down again: 382条 for 35+80+2443 → on 382条, both figures told', () => {
    const sentence = '全年主动公开政务信息382条，包括镇政府网站35条，今日头条等媒体发布信息80条，镇微信公众号2443条，其中乡村振兴228条、党建58条。';
    const doc = overview(sentence);
    const f = expectOne(doc.text, 'prose-sum', doc.find('382条'), {
      zh: ['正文的分项之和超过合计', '之和为2558条，超过这里写的“382条”'],
      en: ['make 2558, more than “382条”'],
      fixed: null,
    });
    assert.deepEqual(f.related.map((r) => covered(doc.text, r.range)), ['镇政府网站35条', '今日头条等媒体发布信息80条', '镇微信公众号2443条']);
  });

  it('kinds after 其中, a figure spaced from its unit (2406 条), on a page whose headings run into one line', () => {
    const page = '某镇2023年政府信息公开工作年度报告 一、总体情况 2023年，镇政府网站共发布信息 2406 条，其中概况类信息 152 条，政务动态类信息 2263 条，信息公开目录信息 91 条，更新专题专栏2个。';
    const f = expectOne(page, 'prose-sum', { start: { line: 0, character: page.indexOf('2406 条') }, end: { line: 0, character: page.indexOf('2406 条') + 6 } }, { zh: ['之和为2506条'] });
    assert.equal(f.related.length, 3);
  });

  it('a list of every kind (其他… last) with a kind spaced from its unit: 3437条 for 3914', () => {
    const sentence = '市政府网站公开各类政府信息共计3437条，包括：人事信息12条，政务动态1740条，公告公示225 条，解读及回应信息共计110条，其他类信息1827条。';
    const doc = overview(sentence);
    expectOne(doc.text, 'prose-sum', doc.find('3437条'), { zh: ['之和为3914条，而这里写的是“3437条”'] });
  });

  it('every kind after 涵盖 (其他… last): 128条 for 6+24+8+91', () => {
    const sentence = '2023年，主动公开政府信息128条，涵盖政策及规范性文件类6条、重大建设项目信息类24条、科教文体卫生类8条、其他应主动公开的政府信息91条。';
    const doc = overview(sentence);
    expectOne(doc.text, 'prose-sum', doc.find('128条'), { zh: ['之和为129条，而这里写的是“128条”'] });
    expectNone(overview(sentence.replace('91条', '90条')).text, 'prose-sum');
  });

  it('information made split into 主动公开, 依申请公开 and 不予公开 (依申请公开 information, no request): 313条 for 129+130+55', () => {
    const sentence = '2023年，我局共制发政府信息313条，其中，主动公开政府信息129条、依申请公开130条、不予公开55条。';
    const doc = overview(sentence);
    const f = expectOne(doc.text, 'prose-sum', doc.find('313条'), { zh: ['之和为314条，超过这里写的“313条”'] });
    assert.deepEqual(f.related.map((r) => covered(doc.text, r.range)), ['主动公开政府信息129条', '依申请公开130条', '不予公开55条']);
  });

  it('quiet: the same parts adding up, and 依申请公开 after a count of information disclosed proactively (no part of it)', () => {
    for (const sentence of [
      '2023年，我局共制发政府信息313条，其中，主动公开政府信息128条、依申请公开130条、不予公开55条。',
      '全年主动公开政府信息300条，其中政策文件120条，工作动态150条，依申请公开政府信息50条。',
      '全年收到政府信息公开申请30条，其中网上申请20条，依申请公开信息15条。',
    ]) expectNone(overview(sentence).text, 'prose-sum');
  });

  it('quiet: parts that add up or fall short (a list may leave some out), and what is no part of the total', () => {
    for (const sentence of [
      // adds up; falls short
      '全年主动公开信息42条，其中工作动态信息28条，通知公告7条，其他各类信息7条。',
      '县政府网站发布各类政务信息10300条，其中概况类信息32条，政务动态信息3129条，信息公开目录发布4282条。',
      // the clause runs on to another channel, to messages received, to another total
      '县政府网站发布政务信息300条，其中政策文件120条，工作动态150条，微信公众号“某某发布”发布信息575条。',
      '县政府网站发布政务信息300条，其中政策文件120条，工作动态150条，收到留言56条，已全部办理。',
      '县政府网站发布政务信息300条，其中政策文件120条，工作动态150条，累计更新栏目信息900条。',
      // a part in another unit, approximate figures, a list of its own, an article of a regulation
      '县政府网站发布政务信息300条，其中政策文件120条，征集调查160期，工作动态150条。',
      '县政府网站发布政务信息约300条，其中政策文件120条，工作动态250条。',
      '县政府网站发布政务信息300条，其中政策文件120余条，工作动态250条。',
      // a total or a part that is a bound (超过300条 is more than 300; 不足120条 less than 120)
      '县政府网站发布政务信息超过300条，其中政策文件120条，工作动态250条。',
      '县政府网站发布政务信息不少于300条，其中政策文件120条，工作动态250条。',
      '县政府网站发布政务信息300条，其中政策文件不足120条，工作动态250条。',
      '全年发布政务信息300条，其中县政府网站发布100条（含政策文件80条、工作动态20条），微信公众号发布信息200条。',
      '全年发布政务信息300条，其中县政府网站发布100条，其中政策文件80条、工作动态20条，微信公众号发布信息200条。',
      '依照条例5条，其中第3条、第4条规定了公开范围。',
      // the next sentence is another statement
      '县政府网站发布政务信息300条。其中政策文件120条，工作动态250条另作统计。',
    ]) expectNone(overview(sentence).text, 'prose-sum');
  });
});

describe('prose-sum on a long line', () => {
  it('a line of many totals each with its list and no comma between (1条（其中甲1条）…) is read in linear time', () => {
    const sums = (text: string) => only(findingsOf(text), 'prose-sum');
    assertLinear((n) => without('active', `主动公开${'1条（其中甲1条）'.repeat(n)}`).text, sums, 5000, 'totals');
  });
  it('a line of many counts of requests each with its channels and no comma between (1件（其中网络申请1件）…) is read in linear time', () => {
    const sums = (text: string) => only(findingsOf(text), 'prose-sum');
    assertLinear((n) => without('active', `收到申请${'1件（其中网络申请1件）'.repeat(n)}`).text, sums, 5000, 'counts');
  });
});

describe('prose-sum: requests split by channel after 其中 (the tables hold no channel)', () => {
  /** Seed 002, its tables kept, its 依申请公开 paragraph replaced by `paragraph`. */
  function withTables(paragraph: string): Doc {
    const doc = Doc.seed('002');
    return doc.setLine(doc.line('2.依申请公开方面'), PREFIX + paragraph);
  }

  it('channel parts above the count: 14 + 45 is 59, more than 58', () => {
    const doc = withTables('本年度办结政府信息公开申请58件，其中网络申请14件，信函申请45件。');
    const f = expectOne(doc.text, 'prose-sum', doc.find('58件', doc.line(PREFIX)), {
      zh: ['按申请渠道', '“网络申请14件”、“信函申请45件”之和为59件', '超过这里写的“58件”'],
      en: ['make 59', 'more than “58件”'],
    });
    assert.deepEqual(f.related.map((r) => covered(doc.text, r.range)), ['网络申请14件', '信函申请45件']);
  });

  it('the list ends at a clause that is no channel (申请内容主要涉及…等): 14 + 45 is still more than 58', () => {
    const doc = withTables('全年依法办结政府信息公开申请58件，其中网络申请数14件，信函申请数45件，申请内容主要涉及工程验收备案和物业管理等。');
    expectOne(doc.text, 'prose-sum', doc.find('58件', doc.line(PREFIX)), { zh: ['之和为59件'] });
  });

  it('one channel above the count, and every channel named (其他方式 last) short of it', () => {
    const one = withTables('共收到政府信息公开申请20件（其中当面申请21件）。');
    expectOne(one.text, 'prose-sum', one.find('20件', one.line(PREFIX)), { zh: ['之和为21件'] });
    const every = withTables('共收到政府信息公开申请20件，其中当面申请5件、网上申请10件、其他方式申请3件。');
    expectOne(every.text, 'prose-sum', every.find('20件', every.line(PREFIX)), { zh: ['之和为18件', '少于这里写的“20件”'] });
  });

  it('stays quiet when the channels add up, fall short of an open list, end in 等, or are not channels', () => {
    for (const paragraph of [
      '本年度办结政府信息公开申请58件，其中网络申请14件，信函申请44件。',
      '本年度办结政府信息公开申请58件，其中网络申请14件，信函申请40件。',
      '共收到政府信息公开申请20件，其中当面申请5件、网上申请12件、其他方式申请3件。',
      '本年度办结政府信息公开申请58件，其中网络申请14件，信函申请45件等。',
      '本年度办结政府信息公开申请58件，其中涉及征地拆迁的申请40件，网络申请30件。',
      '本年度共收到政府信息公开申请约58件，其中网络申请14件，信函申请45件。',
      '12345热线受理来电58次，其中网络渠道40件，电话渠道30件。',
    ]) {
      expectNone(withTables(paragraph).text, 'prose-sum');
    }
  });
});
