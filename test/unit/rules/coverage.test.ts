/** coverage: 一、总体情况 speaks of its five topics (format §1.4). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { expectNone, expectOne } from '../../helpers/findings';

/** Seed 000 with part 一 replaced by `body`. */
function withOverview(body: string[]): Doc {
  const doc = Doc.seed('000');
  const { start, end } = doc.partLines('一');
  doc.deleteLines(start + 1, end - start - 1).insertLines(start + 1, '', ...body, '');
  return doc;
}

describe('coverage fires', () => {
  it('seed 003 as published (no 信息管理, no 监督保障 words) → coverage on 一、总体情况 naming both', () => {
    const doc = Doc.seed('003');
    expectOne(doc.text, 'coverage', doc.find('一、总体情况'), {
      severity: 'warning',
      zh: ['“一、总体情况”未写到：政府信息管理、监督保障'],
      en: ['information management, oversight and safeguards'],
      fixed: null,
    });
  });

  it('an overview that only speaks of proactive disclosure → the four other topics, in the format’s order', () => {
    const doc = withOverview(['2024年，我局主动公开政府信息120条。']);
    expectOne(doc.text, 'coverage', doc.find('一、总体情况'), { zh: ['未写到：依申请公开、政府信息管理、平台建设、监督保障。'] });
  });

  it('an empty overview → “没有正文”', () => {
    const doc = withOverview([]);
    expectOne(doc.text, 'coverage', doc.find('一、总体情况'), { zh: ['“一、总体情况”没有正文'], en: ['has no text'] });
  });

  it('export leftovers are not text: an overview of a bookmark and a page number has no text', () => {
    const doc = withOverview(['[bookmark: _GoBack]', '3']);
    expectOne(doc.text, 'coverage', doc.find('一、总体情况'), { zh: ['没有正文'] });
  });

  it('the list of the report’s parts under 一、总体情况 names topics without speaking of them → still missing', () => {
    // The preface inside part 一: its list names part 三 (申请) and part 二 (主动公开), nothing more.
    const doc = withOverview([
      '本年度报告全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议与行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项等六部分组成。',
      '2024年，我局严格落实保密审查，优化政府网站，开展年度考核。',
    ]);
    expectOne(doc.text, 'coverage', doc.find('一、总体情况'), { zh: ['未写到：主动公开、依申请公开。'] });
  });

  it('the five topics are the 2021 format’s: a 2020 report is held to them no more, but an empty overview still is', () => {
    const doc = Doc.seed('003');
    const title = doc.line('2024年政府信息公开工作年度报告');
    doc.setLine(title, '2020年政府信息公开工作年度报告');
    expectNone(doc.text, 'coverage');
    const { start, end } = doc.partLines('一');
    doc.deleteLines(start + 1, end - start - 1).insertLines(start + 1, '');
    expectOne(doc.text, 'coverage', doc.find('一、总体情况'), { zh: ['没有正文'] });
  });

});

describe('coverage stays quiet', () => {
  for (const s of ['000', '001', '002', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'coverage'));
  }

  it('a list of the report’s parts under 一、总体情况 beside paragraphs that speak of every topic', () => {
    const doc = withOverview([
      '本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分。',
      '全年主动公开信息90条，办理依申请公开3件，严格落实保密审查，优化政府网站，开展年度考核。',
    ]);
    expectNone(doc.text, 'coverage');
  });

  it('a list that names fewer than three parts is no parts list: its words count (主动公开和依申请公开两个部分)', () => {
    const doc = withOverview(['本年度工作包括主动公开和依申请公开两个部分，严格落实保密审查，优化政府网站，开展年度考核。']);
    expectNone(doc.text, 'coverage');
  });

  it('the topics in other words: 主动发布, 公开申请, 保密审查, 网站, 考核', () => {
    const doc = withOverview(['全年主动发布信息90条，办理公开申请3件，严格落实保密审查，优化政府网站，开展年度考核。']);
    expectNone(doc.text, 'coverage');
  });

  it('proactive disclosure said as a count of information put out, information management as 全链条管理', () => {
    // As real overviews word them without the words 主动公开 or 信息管理.
    const doc = withOverview([
      '2023年，全镇共公开各类政务信息420条，其中通过门户网站公开56条；公开了低保、救助和项目建设等88条内容；各栏目刊发通知、公示等44篇。',
      '本镇未收到依申请公开的申请。健全政府信息全链条管理，落实考核制度。',
    ]);
    expectNone(doc.text, 'coverage');
  });

  it('without the count, or with a count of requests, proactive disclosure is still missing', () => {
    const doc = withOverview(['本镇公开各类政务信息，依申请公开办件3件。健全政府信息全链条管理，优化政府网站，落实考核制度。']);
    expectOne(doc.text, 'coverage', doc.find('一、总体情况'), { zh: ['未写到：主动公开。'] });
    // A count in the next clause is not the count of what was put out: 公开申请 here, then motions handled.
    const across = withOverview(['本镇未收到信息公开申请；全年办理建议提案12条。健全政府信息全链条管理，优化政府网站，落实考核制度。']);
    expectOne(across.text, 'coverage', across.find('一、总体情况'), { zh: ['未写到：主动公开。'] });
    const plain = withOverview(['全年主动公开信息40条，收到依申请公开3件。健全各项管理制度，优化政府网站，落实考核制度。']);
    expectOne(plain.text, 'coverage', plain.find('一、总体情况'), { zh: ['未写到：政府信息管理。'] });
  });

  it('the topics in sub-headings only', () => {
    const doc = withOverview(['（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）平台建设', '（五）监督保障']);
    expectNone(doc.text, 'coverage');
  });

  it('no part 一: nothing to say (missing-section says it)', () => {
    const doc = Doc.seed('000').removePart('一');
    expectNone(doc.text, 'coverage');
    assert.ok(doc.text.length > 0);
  });
});

describe('coverage: information management as 政府信息资源管理', () => {
  it('a sub-heading （三）政府信息资源管理情况 is information management (it was reported missing)', () => {
    const doc = withOverview(['（一）主动公开情况', '全年主动公开政府信息90条。', '（二）依申请公开办理情况', '本年度收到申请3件。', '（三）政府信息资源管理情况', '安排专人更新维护。', '（四）政府信息公开平台建设情况', '（五）监督保障情况']);
    expectNone(doc.text, 'coverage');
  });

  it('资源 managed otherwise (人力资源管理) is not information management', () => {
    const doc = withOverview(['全年主动公开政府信息90条，收到依申请公开3件。加强人力资源管理，优化政府网站，落实考核制度。']);
    expectOne(doc.text, 'coverage', doc.find('一、总体情况'), { zh: ['未写到：政府信息管理。'] });
  });
});

describe('coverage: oversight is not any 保障 (保障 as a plain verb or 民生保障)', () => {
  // Real overviews whose only 保障 is a verb or another field's (淮安市洪泽区 2024: 有力服务保障我区经济社会高质量发展;
  // 湘潭县 2024: 民生保障新举措; 白城 2025: 保障申请人合法权益) said nothing of 监督保障 and were held to cover it.
  for (const phrase of ['有力服务保障我区经济社会高质量发展', '聚焦医保缴费、家电以旧换新等民生保障新举措', '规范答复文书格式，保障申请人合法权益', '为疫情防控提供了有力保障']) {
    it(`“${phrase}” → 监督保障 missing`, () => {
      const doc = withOverview([`全年主动公开政府信息90条，收到依申请公开3件，严格执行信息发布审核，优化政府网站，${phrase}。`]);
      expectOne(doc.text, 'coverage', doc.find('一、总体情况'), { zh: ['未写到：监督保障。'] });
    });
  }
  for (const phrase of ['建立健全政府信息公开保障机制', '强化组织保障', '加大保障力度', '（五）监督保障情况', '将政务公开纳入绩效考核']) {
    it(`“${phrase}” covers 监督保障`, () => {
      const doc = withOverview([`全年主动公开政府信息90条，收到依申请公开3件，严格执行信息发布审核，优化政府网站，${phrase}。`]);
      expectNone(doc.text, 'coverage');
    });
  }
});
