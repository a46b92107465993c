/**
 * narrative-mismatch on sentences of a blind battery (helper h56): applicants named together, spans since an
 * undated event, the cases of those who disputed an answer, outcomes reached in one manner, and the outcomes of
 * last year's carry-over alone. Each reading that is right stays, beside the one that was wrong.
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

/** Seed 002 (一 178: 自然人171, 商业企业7; 二 5; 予以公开 99; 复议 25; 直接起诉 3) with its 依申请公开 paragraph replaced. */
function seed002(sentence: string): { text: string; line: number } {
  const doc = Doc.seed('002');
  const line = doc.line('2.依申请公开方面');
  doc.setLine(line, `2.依申请公开方面。${sentence}`);
  return { text: doc.text, line };
}

const on = (text: string, line: number) => narrative(text).filter((f) => f.range.start.line === line).map((f) => covered(text, f));
const claimsOn = (text: string, line: number) => claimsOf(parseReport(text)).filter((c) => c.range.start.line === line);

describe('applicant kinds named together after a figure', () => {
  it('178件申请均由公民个人和企业提出: the figure is of both kinds, neither column', () => {
    const { text, line } = seed002('全年收到的178件申请均由公民个人和企业提出。');
    assert.deepEqual(on(text, line), []);
    assert.deepEqual(claimsOn(text, line).map((c) => c.quantity), []);
  });

  it('one kind alone is still read (178件申请均由公民个人提出: 自然人 171)', () => {
    const { text, line } = seed002('全年收到的178件申请均由公民个人提出。');
    assert.deepEqual(on(text, line), ['178件申请均由公民个人']);
  });

  it('each kind with its own figure is still read (自然人171件、企业8件)', () => {
    const { text, line } = seed002('申请人中，自然人171件、企业8件。');
    assert.deepEqual(on(text, line), ['企业8件']);
  });
});

describe('a span since an undated event', () => {
  for (const sentence of ['自《条例》修订施行以来，我县累计收到政府信息公开申请1035件。', '政务公开专栏开设以来，共收到政府信息公开申请1035件。']) {
    it(`may run over several years, not compared: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line), []);
    });
  }

  for (const [sentence, words] of [
    ['今年以来，共受理政府信息公开申请187件。', '共受理政府信息公开申请187件'],
    ['2024年以来，共受理政府信息公开申请187件。', '共受理政府信息公开申请187件'],
    ['年初以来，共受理政府信息公开申请187件。', '共受理政府信息公开申请187件'],
  ] as const) {
    it(`the year's own start is still the year: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line), [words]);
    });
  }
});

describe('the cases of those who disputed an answer', () => {
  for (const sentence of ['申请人对答复不服申请行政复议3件。', '其中申请人对不予公开答复不服申请行政复议的3件。']) {
    it(`are a part of the cases, not table 四's total: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line), []);
    });
  }

  it('the cases of disclosure are still read (因政府信息公开被申请行政复议3件: 复议 25)', () => {
    const { text, line } = seed002('因政府信息公开被申请行政复议3件。');
    assert.deepEqual(on(text, line), ['被申请行政复议3件']);
  });
});

describe('outcomes reached in one manner', () => {
  for (const sentence of ['全年收到的申请中，有5件经补正后予以公开。', '征求第三方意见后部分公开2件。', '延期答复后予以公开3件。']) {
    it(`are a part of their group: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line), []);
    });
  }

  it('the group itself is still read (予以公开98件: 99)', () => {
    const { text, line } = seed002('全年收到的申请中，予以公开98件。');
    assert.deepEqual(on(text, line), ['予以公开98件']);
  });

  it('the item that names 补正 is still read (补正后申请内容仍不明确2件: 0)', () => {
    const { text, line } = seed002('因补正后申请内容仍不明确无法提供2件。');
    assert.deepEqual(claimsOn(text, line).map((c) => [c.quantity, c.holds]), [['item:unable.unclear', false]]);
  });
});

describe('the outcomes of last year’s carry-over alone', () => {
  for (const sentence of ['上年度结转的5件申请中，予以公开3件，无法提供2件。', '上年结转的申请中，予以公开3件，已办结5件。', '对上年结转的5件申请，予以公开3件，无法提供2件。']) {
    it(`are no cell of table 三: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line), []);
    });
  }

  it('the carry-over itself is still read (上年度结转的6件申请中…: 5)', () => {
    const { text, line } = seed002('上年度结转的6件申请中，予以公开3件，无法提供3件。');
    assert.deepEqual(on(text, line), ['上年度结转的6件申请']);
  });

  it('the outcomes of all the requests after it are still read (上年度结转5件，予以公开98件: 99)', () => {
    const { text, line } = seed002('上年度结转5件，予以公开98件。');
    assert.deepEqual(on(text, line), ['予以公开98件']);
  });
});

/** Seed 002 with nothing carried over from last year (二 = 0). */
function seed002NoCarry(sentence: string): { text: string; line: number } {
  const doc = Doc.seed('002');
  for (const column of [0, 6]) doc.setCell('requests', '二、上年结转', column, '0');
  const line = doc.line('2.依申请公开方面');
  doc.setLine(line, `2.依申请公开方面。${sentence}`);
  return { text: doc.text, line };
}

describe('the outcomes of the year’s new requests alone', () => {
  for (const sentence of ['本年新收申请中，予以公开96件。', '本年度新收的178件申请中，予以公开96件。']) {
    it(`are not compared while last year's requests may be among the table's (二 = 5): ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line), []);
    });

    it(`are the table's outcomes when nothing was carried over (二 = 0): ${sentence}`, () => {
      const { text, line } = seed002NoCarry(sentence);
      assert.deepEqual(on(text, line), ['予以公开96件']);
    });
  }

  for (const sentence of ['全年收到的申请中，予以公开96件。', '全年收到的178件申请中，予以公开96件。']) {
    it(`outcomes after requests received, not named new, are read as ever: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line), ['予以公开96件']);
    });
  }
});

describe('the requests still open at the year’s end', () => {
  for (const [sentence, words] of [
    ['截至12月31日，尚有6件申请未到答复期限。', '尚有6件申请未到答复期限'],
    ['年底仍有6件申请未到期。', '仍有6件申请未到期'],
  ] as const) {
    it(`are those carried to next year: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line), [words]);
      assert.deepEqual(claimsOn(text, line).map((c) => c.quantity), ['carryNext']);
    });
  }

  it('agree with 四 (尚有5件申请未到答复期限: 5), never read as a total of the requests', () => {
    const { text, line } = seed002('截至12月31日，尚有5件申请未到答复期限。');
    assert.deepEqual(on(text, line), []);
  });
});

describe('money the fees spared', () => {
  for (const sentence of ['全年共取消行政事业性收费项目2项，减轻企业负担86万元。', '通过降低行政事业性收费标准，为企业节约成本86万元。']) {
    it(`is no fee collected: ${sentence}`, () => {
      const doc = Doc.seed('002');
      const line = doc.line('1.主动公开方面');
      doc.setLine(line, `1.主动公开方面。${sentence}`);
      assert.deepEqual(on(doc.text, line), []);
    });
  }

  it('the fees collected are still read (收取行政事业性收费2031.17万元: 2030.16873)', () => {
    const doc = Doc.seed('002');
    const line = doc.line('1.主动公开方面');
    doc.setLine(line, '1.主动公开方面。全年收取行政事业性收费2031.17万元。');
    assert.deepEqual(on(doc.text, line), ['收取行政事业性收费2031.17万元']);
  });
});

describe('the new requests dealt with, the verb first', () => {
  for (const sentence of ['本年度办结上年结转申请5件，办结本年度新收申请173件。', '全年办结新收申请173件。']) {
    it(`are a part no cell holds: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line), []);
    });
  }

  it('the requests dealt with are still read (全年办结申请173件: 一＋二 183 or （七） 178)', () => {
    const { text, line } = seed002('全年办结申请173件。');
    assert.deepEqual(on(text, line), ['办结申请173件']);
  });
});

/** Seed 002 with `sentence` as a paragraph of its own right after part 四's heading. */
function inPartFour(sentence: string): { text: string; line: number } {
  const doc = Doc.seed('002');
  const line = doc.line(/^四、/) + 1;
  doc.insertLines(line, sentence);
  return { text: doc.text, line };
}

describe('the kinds of one result of the cases', () => {
  it('are parts of that result (行政复议结果纠正的10件中，责令重新答复8件，确认违法2件)', () => {
    const { text, line } = inPartFour('行政复议结果纠正的10件中，责令重新答复8件，确认违法2件。');
    assert.deepEqual(on(text, line), []);
  });

  it('the result itself is still read (行政复议结果纠正的11件中…: 10)', () => {
    const { text, line } = inPartFour('行政复议结果纠正的11件中，责令重新答复8件，确认违法3件。');
    assert.deepEqual(on(text, line), ['行政复议结果纠正的11件']);
  });

  it('results without such a frame are still read (被申请行政复议25件，结果纠正11件: 10)', () => {
    const { text, line } = inPartFour('被申请行政复议25件，结果纠正11件。');
    assert.deepEqual(on(text, line), ['纠正11件']);
  });
});

describe('documents kept after a review', () => {
  it('in its breakdown are those reviewed, not every document in force (清理137件，其中…继续有效67件)', () => {
    const doc = Doc.seed('002');
    const line = doc.line('1.主动公开方面');
    doc.setLine(line, '1.主动公开方面。全年清理规范性文件137件，其中废止35件、宣布失效31件、修改4件，继续有效67件。');
    assert.deepEqual(on(doc.text, line), []);
  });

  for (const [sentence, words] of [
    ['全年清理规范性文件137件，其中废止36件、宣布失效31件，继续有效70件。', '废止36件'],
    ['经清理，继续有效的行政规范性文件120件。', '有效的行政规范性文件120件'],
  ] as const) {
    it(`the repeals in the breakdown, and the kept ones outside one, are still read: ${sentence}`, () => {
      const doc = Doc.seed('002');
      const line = doc.line('1.主动公开方面');
      doc.setLine(line, `1.主动公开方面。${sentence}`);
      assert.deepEqual(on(doc.text, line), [words]);
    });
  }
});

describe('decisions of one procedure', () => {
  it('are a part of the decisions (行政处罚简易程序案件1200件，一般程序案件1456件: 2656)', () => {
    const doc = Doc.seed('002');
    const line = doc.line('1.主动公开方面');
    doc.setLine(line, '1.主动公开方面。全年行政处罚简易程序案件1200件，一般程序案件1456件。');
    assert.deepEqual(on(doc.text, line), []);
  });

  it('the decisions of the year are still read (全年作出行政处罚决定2665件，其中简易程序1200件)', () => {
    const doc = Doc.seed('002');
    const line = doc.line('1.主动公开方面');
    doc.setLine(line, '1.主动公开方面。全年作出行政处罚决定2665件，其中简易程序1200件。');
    assert.deepEqual(on(doc.text, line), ['作出行政处罚决定2665件']);
  });
});

describe('信息不存在, the old format’s outcome', () => {
  it('with 无法提供 may be the item 不掌握 or the whole group (因信息不存在而无法提供的申请33件: 30 and 33)', () => {
    const { text, line } = seed002('全年因信息不存在而无法提供的申请33件。');
    assert.deepEqual(on(text, line), []);
    assert.deepEqual(claimsOn(text, line).map((c) => [c.quantity, c.holds]), [['item:unable.notHeld', true]]);
  });

  it('is reported when it is neither (因信息不存在而无法提供的申请35件)', () => {
    const { text, line } = seed002('全年因信息不存在而无法提供的申请35件。');
    assert.deepEqual(on(text, line), ['信息不存在而无法提供的申请35件']);
  });

  it('不掌握 is the item alone (因本机关不掌握相关政府信息而无法提供的申请33件: 30)', () => {
    const { text, line } = seed002('全年因本机关不掌握相关政府信息而无法提供的申请33件。');
    assert.deepEqual(on(text, line), ['不掌握相关政府信息而无法提供的申请33件']);
  });
});

describe('a long quotation in a message', () => {
  it('keeps both its ends, the figure among them', () => {
    const doc = Doc.seed('002');
    const line = doc.line('1.主动公开方面');
    doc.setLine(line, '1.主动公开方面。全年印发《湘潭县人民政府办公室关于进一步加强政务公开工作的通知》（潭政办发〔2024〕5号）等行政规范性文件9件。');
    const fs = narrative(doc.text).filter((f) => f.range.start.line === line);
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message['zh-CN'], /^正文“印发《湘潭县人民政府办公室关于进一步加…发〔2024〕5号）等行政规范性文件9件”与表格不符：表二“行政规范性文件”行“本年制发件数”列为7件。/);
  });

  it('a short one is whole (“印发行政规范性文件9件”)', () => {
    const doc = Doc.seed('002');
    const line = doc.line('1.主动公开方面');
    doc.setLine(line, '1.主动公开方面。全年印发行政规范性文件9件。');
    assert.match(narrative(doc.text).find((f) => f.range.start.line === line)!.message['zh-CN'], /^正文“印发行政规范性文件9件”/);
  });
});

describe('a bare row in the breakdown of the documents issued of every kind', () => {
  for (const [sentence, words] of [
    ['全年共制发各类文件326件，其中行政规范性文件8件。', '行政规范性文件8件'],
    ['全年共印发公文326件，其中规范性文件8件、规章0件。', '规范性文件8件'],
  ] as const) {
    it(`takes the verb of the count it breaks down: ${sentence}`, () => {
      const doc = Doc.seed('002');
      const line = doc.line('1.主动公开方面');
      doc.setLine(line, `1.主动公开方面。${sentence}`);
      assert.deepEqual(on(doc.text, line), [words]);
    });
  }

  for (const sentence of ['全年共审核各类文件326件，其中行政规范性文件8件。', '全年主动公开各类文件326件，其中行政规范性文件8件。', '全年共制发各类文件326件，其中行政规范性文件7件。']) {
    it(`not after a count of another verb, and agreeing as it should: ${sentence}`, () => {
      const doc = Doc.seed('002');
      const line = doc.line('1.主动公开方面');
      doc.setLine(line, `1.主动公开方面。${sentence}`);
      assert.deepEqual(on(doc.text, line), []);
    });
  }
});

describe('the government itself, 本级, beside its office', () => {
  for (const [sentence, place] of [
    ['县政府本级收到申请120件，县政府办公室收到申请58件，合计178件。', '2.依申请公开方面'],
    ['县政府本级制发规范性文件4件，县政府办公室制发3件，合计7件。', '1.主动公开方面'],
    ['县政府本级收到申请120件，县自然资源局收到申请58件。', '2.依申请公开方面'],
  ] as const) {
    it(`is one of the report's own bodies, its count a part: ${sentence}`, () => {
      const doc = Doc.seed('002');
      const line = doc.line(place);
      doc.setLine(line, `${place}。${sentence}`);
      assert.deepEqual(on(doc.text, line), []);
    });
  }

  it('the own bodies’ total is still compared (合计187件: 178)', () => {
    const { text, line } = seed002('县政府本级收到申请120件，县政府办公室收到申请58件，合计187件。');
    assert.deepEqual(on(text, line), ['合计187件']);
  });
});

describe('a township itself, 镇本级, beside its villages', () => {
  /** Seed 002 under a township government's title, its 依申请公开 paragraph replaced. */
  function township(sentence: string): { text: string; line: number } {
    const doc = Doc.seed('002');
    doc.setLine(doc.line(/政府信息公开工作年度报告/), '湘潭县易俗河镇人民政府2024年政府信息公开工作年度报告');
    const line = doc.line('2.依申请公开方面');
    doc.setLine(line, `2.依申请公开方面。${sentence}`);
    return { text: doc.text, line };
  }

  for (const sentence of [
    '镇本级收到申请3件，各村（社区）收到申请12件。',
    '镇本级收到申请3件，青山村（社区）收到申请2件。',
    '镇本级制发规范性文件2件，各村（社区）制发1件。',
  ]) {
    it(`the township's count beside its villages' is a part: ${sentence}`, () => {
      const { text, line } = township(sentence);
      assert.deepEqual(on(text, line), []);
    });
  }

  for (const sentence of ['镇本级收到申请187件。', '镇本级收到申请187件，全镇共收到申请200件。']) {
    it(`alone, or beside a whole holding it, is still the figure (178): ${sentence}`, () => {
      const { text, line } = township(sentence);
      assert.deepEqual(on(text, line), ['收到申请187件']);
    });
  }
});

describe('a body’s count given as its share of a wider whole', () => {
  for (const sentence of ['县政府办公室收到申请58件，占全县的32.6%。', '县政府办公室收到申请58件，约占全县申请总量的三成。']) {
    it(`is one part of that whole, not the table's figure: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line), []);
    });
  }

  for (const sentence of ['本机关收到申请187件，占全县的32.6%。', '县政府办公室收到申请187件，占申请总数的100%。', '县政府办公室收到申请187件。']) {
    it(`the office's own count, or a share of its own total, is still compared (178): ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line), ['收到申请187件']);
    });
  }
});

describe('the year’s named total after its parts', () => {
  for (const sentence of ['第一季度收到申请31件、第二季度46件、第三季度49件、第四季度52件，全年合计187件。', '上半年收到申请80件，全年合计187件。']) {
    it(`全年合计 after the parts of the year is all the requests (178): ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line), ['全年合计187件']);
    });
  }

  for (const sentence of [
    '第一季度收到申请31件、第二季度46件、第三季度49件、第四季度52件，全年合计178件。',
    '第一季度收到申请31件、第二季度46件、第三季度49件、第四季度52件，合计187件。',
    '近三年收到申请500件，全年合计187件。',
    '第一季度召开会议3次，全年合计12次。',
  ]) {
    it(`agrees, or names no year, or follows no part of it: quiet: ${sentence}`, () => {
      const { text, line } = seed002(sentence);
      assert.deepEqual(on(text, line), []);
    });
  }
});

describe('part 四: a sentence of all the body’s cases (seed 002: 诉讼 3 + 2)', () => {
  it('行政应诉案件12件 beside the reviews the office decided speaks of all its lawsuits: quiet', () => {
    for (const sentence of ['全年办理行政复议案件36件，行政应诉案件12件。', '坚持依法行政，全局各类行政诉讼案件12件。']) {
      const { text, line } = inPartFour(sentence);
      assert.deepEqual(on(text, line), [], sentence);
    }
  });

  it('a lawsuit count without such words is still read there (被提起行政诉讼12件: 5)', () => {
    const { text, line } = inPartFour('本年度被提起行政诉讼12件。');
    assert.deepEqual(on(text, line), ['被提起行政诉讼12件']);
  });
});
