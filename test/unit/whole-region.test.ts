/**
 * narrative-mismatch: a government's own whole region (全县 in a county's report, 全区 in a district's or a
 * development zone's) is the report's own body, as 我县 is; found on whole real reports (a 综合实验区 and a 区, whose
 * 全区共收到申请154件 beside a table of 154 was never read, so 155 was not reported either).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, type Finding } from '../../shared/src';
import { lineOf, seed } from '../helpers/fixtures';
import { assertLinear } from '../helpers/scaling';

const narrative = (text: string): Finding[] => analyze(text).findings.filter((f) => f.code === 'narrative-mismatch');

/** A seed with the paragraph holding `needle` replaced by `sentence`. */
function withParagraph(prefix: string, needle: string, sentence: string): { text: string; line: number } {
  const lines = seed(prefix).split('\n');
  const line = lineOf(lines.join('\n'), needle);
  lines[line] = sentence;
  return { text: lines.join('\n'), line };
}

/** Seed 002 (湘潭县's own report: table 三 一 = 178, 二 = 5) with its 依申请公开 paragraph replaced. */
const county = (sentence: string) => withParagraph('002', '2.依申请公开方面', `2.依申请公开方面。${sentence}`);

describe('全县 in a county government\'s own report', () => {
  it('is the report\'s own count: 全县共受理申请180件 against 178 is reported', () => {
    const { text, line } = county('2024年，全县共受理政府信息公开申请180件，均在法定期限内答复。');
    const fs = narrative(text);
    assert.deepEqual(fs.map((f) => f.range.start.line), [line]);
    assert.match(fs[0]!.message['zh-CN'], /180件.*178件/);
  });

  it('an office of a wider body (国务院办公厅) or a deputy (人大代表) in the paragraph is no narrower part of the county', () => {
    assert.equal(narrative(county('根据国务院办公厅要求，全县共受理政府信息公开申请180件，人大代表建议均已办结。').text).length, 1);
  });

  it('is the report\'s own too when the title\'s year is mistyped (湘潭县246年…: the owner is 湘潭县, not 湘潭县246年)', () => {
    for (const year of ['246', '24', '２０２４４']) {
      const { text, line } = county('2024年，全县共受理政府信息公开申请180件，均在法定期限内答复。');
      const fs = narrative(text.replace('湘潭县2024年政府信息公开工作年度报告', `湘潭县${year}年政府信息公开工作年度报告`));
      assert.deepEqual(fs.map((f) => f.range.start.line), [line], year);
    }
  });

  it('agrees when it holds the table\'s figure', () => {
    assert.deepEqual(narrative(county('2024年，全县共受理政府信息公开申请178件，均在法定期限内答复。').text), []);
  });

  it('stays the wider whole beside a narrower part the paragraph names as the government\'s own (本级, 代表, 本机关)', () => {
    assert.deepEqual(narrative(county('县政府本级受理政府信息公开申请178件，全县共受理1200件。').text), []);
    assert.deepEqual(narrative(county('县政府办代表县政府受理政府信息公开申请178件，全县共受理1200件。').text), []);
    assert.deepEqual(narrative(county('全县共受理政府信息公开申请1200件。本机关共受理政府信息公开申请178件。').text), []);
    assert.deepEqual(narrative(county('县政府收到政府信息公开申请178件，全县共收到1200件。').text), []);
  });

  it('a wider level than the county\'s (全市, 全省) and bodies beside it (全县各部门) stay another body\'s', () => {
    assert.deepEqual(narrative(county('2024年，全市共受理政府信息公开申请1200件。').text), []);
    assert.deepEqual(narrative(county('2024年，全县各部门共受理政府信息公开申请1200件。').text), []);
  });
  it('stays the wider whole when told as the many bodies it sums (全县42个单位, 全县…家…单位, 全县行政机关)', () => {
    for (const s of ['全县42个单位共受理政府信息公开申请1200件。', '全县共有37家政务公开责任单位，共受理政府信息公开申请1200件。', '全县行政机关共受理政府信息公开申请1200件。']) {
      assert.deepEqual(narrative(county(s).text), [], s);
    }
    assert.equal(narrative(county('全县共受理政府信息公开申请1200件。').text).length, 1);
  });

  it('stays the wider whole when the bodies it sums are written after its figure (（含县直部门和乡镇）, 其中县直部门…、乡镇…)', () => {
    for (const s of [
      '全县共受理政府信息公开申请1200件（含县直部门和乡镇）。',
      '全县共受理政府信息公开申请1200件(含42个单位)，均在法定期限内答复。',
      '全县共受理政府信息公开申请1200件，其中县直部门800件、乡镇400件。',
      '2024年，全县共受理政府信息公开申请1200件，其中各乡镇受理400件。',
    ]) {
      assert.deepEqual(narrative(county(s).text), [], s);
    }
  });

  it('is still the county\'s own when what follows its figure names no bodies (其中予以公开…, 均在法定期限内答复)', () => {
    for (const s of ['全县共受理政府信息公开申请1200件，其中予以公开99件。', '全县共受理政府信息公开申请1200件（含上年结转5件），均在法定期限内答复。']) {
      const { text, line } = county(s);
      assert.deepEqual(narrative(text).map((f) => f.range.start.line), [line], s);
    }
  });
});

describe('全县 in a department\'s report', () => {
  it('stays the whole county, a wider body than the department (湘潭县商务局)', () => {
    const { text } = withParagraph('001', '（二）不断规范依申请公开工作', '（二）不断规范依申请公开工作。全县共收到政府信息公开申请1200件。');
    assert.deepEqual(narrative(text), []);
  });
});

describe('涉及 before an applicant kind', () => {
  it('says who applied (涉及自然人N件), read as the applicant column, not a topic', () => {
    const { text, line } = county('2024年，共受理政府信息公开申请178件，涉及自然人200件。');
    const fs = narrative(text);
    assert.deepEqual(fs.map((f) => f.range.start.line), [line]);
    assert.match(fs[0]!.message['zh-CN'], /自然人200件/);
  });

  it('a topic after 涉及 is still no table figure (涉及征地拆迁类申请60件)', () => {
    assert.deepEqual(narrative(county('2024年，共受理政府信息公开申请178件，涉及征地拆迁类申请60件。').text), []);
  });
});

/**
 * The same decision (L.widerBody) in every reading of prose figures: share-mismatch's sentences, the sentence a list or a
 * follow-up takes its requests from, last year's figures (cross-year.test.ts), as narrative-mismatch's claims.
 */
describe('全县 in a county government\'s own report, in the other readings of prose figures', () => {
  const share = (text: string): Finding[] => analyze(text).findings.filter((f) => f.code === 'share-mismatch');

  it('share-mismatch reads its shares: 予以公开99件，占60% after 全县共受理178件 is reported (99 of 178 is 55.6%)', () => {
    const { text, line } = county('全县共受理政府信息公开申请178件，其中予以公开99件，占60%。');
    const fs = share(text);
    assert.deepEqual(fs.map((f) => f.range.start.line), [line]);
    assert.match(fs[0]!.message['zh-CN'], /60%/);
  });

  it('share-mismatch stays quiet beside a narrower own part, after a wider body, and in a department\'s report', () => {
    assert.deepEqual(share(county('县政府本级受理政府信息公开申请35件，全县共受理政府信息公开申请178件，其中予以公开99件，占60%。').text), []);
    assert.deepEqual(share(county('全县各部门共受理政府信息公开申请178件，其中予以公开99件，占60%。').text), []);
    const { text } = withParagraph('001', '（二）不断规范依申请公开工作', '（二）不断规范依申请公开工作。全县共受理政府信息公开申请178件，其中予以公开99件，占60%。');
    assert.deepEqual(share(text), []);
  });

  it('a list after 全县共收到… is of the county\'s own requests: each item against its row', () => {
    const lines = seed('002').split('\n');
    const line = lineOf(lines.join('\n'), '2.依申请公开方面');
    lines[line] = '全县共收到政府信息公开申请178件。\n（一）予以公开90件；\n（二）部分公开7件。';
    const fs = narrative(lines.join('\n')).filter((f) => f.range.start.line > line && f.range.start.line <= line + 2);
    assert.deepEqual(fs.map((f) => f.range.start.line), [line + 1, line + 2]);
  });
});

describe('全镇 and 全乡 in a township government\'s own report', () => {
  const township = (title: string, sentence: string) => {
    const lines = seed('002').replace(/^湘潭县(\d{4})年政府信息公开工作年度报告$/m, `${title}$1年政府信息公开工作年度报告`).split('\n');
    const line = lineOf(lines.join('\n'), '2.依申请公开方面');
    lines[line] = `2.依申请公开方面。${sentence}`;
    return { text: lines.join('\n'), line };
  };

  it('is the report\'s own count, not a body named 全镇: 全镇共受理申请180件 against 178 is reported (全乡 too)', () => {
    for (const [title, sentence] of [['青山镇人民政府', '全镇共受理政府信息公开申请180件。'], ['青山乡人民政府', '全乡共受理政府信息公开申请180件。']] as const) {
      const { text, line } = township(title, sentence);
      assert.deepEqual(narrative(text).map((f) => f.range.start.line), [line], sentence);
    }
  });

  it('stays quiet with the table\'s figure and beside a narrower own part (镇本级)', () => {
    assert.deepEqual(narrative(township('青山镇人民政府', '全镇共受理政府信息公开申请178件。').text), []);
    assert.deepEqual(narrative(township('青山镇人民政府', '镇本级受理政府信息公开申请178件，全镇共受理1200件。').text), []);
  });

  it('is the township\'s own however its title spells it (青山镇, without 人民政府)', () => {
    const { text, line } = township('青山镇', '全镇共受理政府信息公开申请180件。');
    assert.deepEqual(narrative(text).map((f) => f.range.start.line), [line]);
  });

  it('全街道 in a sub-district office\'s report is its own area, as 全镇 is a township\'s: 180 against 178 is reported', () => {
    for (const title of ['城关街道办事处', '城关街道']) {
      const { text, line } = township(title, '全街道共受理政府信息公开申请180件。');
      assert.deepEqual(narrative(text).map((f) => f.range.start.line), [line], title);
    }
    assert.deepEqual(narrative(township('城关街道办事处', '全街道共受理政府信息公开申请178件。').text), []);
    assert.deepEqual(narrative(township('城关街道办事处', '街道本级受理政府信息公开申请178件，全街道共受理1200件。').text), []);
    assert.deepEqual(narrative(township('城关街道办事处', '全街道各社区共受理政府信息公开申请1200件。').text), []);
  });

  it('全街道 and 全镇 in another body\'s report (a county\'s, a sub-district\'s) stay another body\'s', () => {
    assert.deepEqual(narrative(county('全街道共受理政府信息公开申请1200件。').text), []);
    assert.deepEqual(narrative(township('城关街道办事处', '全镇共受理政府信息公开申请1200件。').text), []);
  });
});

/**
 * A department's or a commission's report (湘潭县商务局, seed 001: table 三 一 = 13) names itself as a whole 全局, 全委 or
 * 全厅, its own body as 全县 is a county's; 全系统 is the department with the units of its line beneath it, a wider body.
 */
describe('全局, 全委, 全厅 and 全系统 in a department\'s or a commission\'s report', () => {
  const department = (sentence: string, title?: string) => {
    const { text, line } = withParagraph('001', '（二）不断规范依申请公开工作', `（二）不断规范依申请公开工作。${sentence}`);
    return { text: title ? text.replace(/^湘潭县商务局(\d{4})年/m, `${title}$1年`) : text, line };
  };

  it('全局 in a 局\'s, 全委 in a 委员会\'s, 全厅 in a 厅\'s report is the body itself: 15 against 13 is reported', () => {
    for (const [sentence, title] of [['全局共收到政府信息公开申请15件。', undefined], ['全委共收到政府信息公开申请15件。', '湘潭县发展和改革委员会'], ['全厅共收到政府信息公开申请15件。', '湖南省教育厅']] as const) {
      const { text, line } = department(sentence, title);
      assert.notEqual(title === undefined ? '' : text.indexOf(title), -1);
      assert.deepEqual(narrative(text).map((f) => f.range.start.line), [line], sentence);
    }
  });

  it('stays quiet with the table\'s figure, beside a narrower own part (本级), told as its units (全局各单位, 全局系统), and as 全系统', () => {
    for (const s of ['全局共收到政府信息公开申请13件。', '局机关本级收到政府信息公开申请13件，全局共收到15件。', '全局各单位共收到政府信息公开申请15件。', '全局系统共收到政府信息公开申请15件。', '全系统共收到政府信息公开申请15件。', '全局共收到政府信息公开申请15件（含下属单位）。']) {
      assert.deepEqual(narrative(department(s).text), [], s);
    }
  });

  it('another kind of body\'s whole stays another body\'s (全委 in a 局\'s report, 全局 in a 委员会\'s or a county government\'s)', () => {
    assert.deepEqual(narrative(department('全委共收到政府信息公开申请15件。').text), []);
    assert.deepEqual(narrative(department('全局共收到政府信息公开申请15件。', '湘潭县发展和改革委员会').text), []);
    assert.deepEqual(narrative(county('全局共受理政府信息公开申请1200件。').text), []);
  });
});

describe('whether a paragraph names a narrower own part, on a long paragraph', () => {
  it('is asked once a paragraph, not for each sentence after another: a paragraph of 20,000 sentences is read in linear time', () => {
    assertLinear((n) => county('全年收到申请1件，办结1件。'.repeat(n)).text, narrative, 5000, 'sentences');
  });
});

/**
 * Whether a paragraph names a narrower own part is one decision for the whole paragraph: the claims asked it of the line
 * a sentence begins on (lineContextOf) and the follow-ups, shares and last year's figures of the paragraph, so a
 * sentence broken over two lines (县政府本级… on one, 全县… on the next) read its 全县 as the county's own.
 */
describe('a narrower own part on another line of the same paragraph', () => {
  it('keeps 全县 the wider whole when 县政府本级 stands on the line before, in the same sentence', () => {
    assert.deepEqual(narrative(county('县政府本级受理政府信息公开申请178件，\n全县共受理1200件。').text), []);
  });

  it('and when the sentence of 全县 begins on a line of the paragraph without 全 (本机关 on the next line)', () => {
    assert.deepEqual(narrative(county('全县共受理政府信息公开申请1200件，\n本机关共受理政府信息公开申请178件。').text), []);
    assert.deepEqual(narrative(county('全县共受理政府信息公开申请1200件；本机关\n共受理政府信息公开申请178件。').text), []);
  });

  it('a paragraph over two lines with no narrower part still reads 全县 as the county\'s own (1200 against 178 is reported)', () => {
    const { text, line } = county('全县共受理政府信息公开申请1200件，\n均在法定期限内答复。');
    assert.deepEqual(narrative(text).map((f) => f.range.start.line), [line]);
  });
});
