/**
 * A report of a kind and layout the seeds do not have (test/fixtures/synthetic/township-rows.txt): a
 * township's report with every table one row per line, cells separated by TABs. It must be clean as it is;
 * true sentences put into its 依申请公开 paragraph must stay clean; false ones must be found on their own
 * words; a wrong cell in its tables must be found on that cell.
 *
 * The tables: 表二 规范性文件 2 / 0 / 15, 许可 36, 处罚 12, 强制 0, 收费 0; 表三 一 5 (自然人4, 商业企业1),
 * 二 0, （一）3 (自然人2, 商业企业1), 不掌握 1 (自然人), （七）4, 四 1 (自然人); 表四 复议 维持1, 总计1, 诉讼 0.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze, type Finding } from '../../shared/src';
import { lineOf } from '../helpers/fixtures';

const REPORT = readFileSync(join(__dirname, '..', 'fixtures', 'synthetic', 'township-rows.txt'), 'utf8');
const END_OF_REQUESTS = '\n\n（三）政府信息管理。';

/** `text` (either report) with `sentence` at the end of its 依申请公开 paragraph. */
function at(text: string, sentence: string): string {
  assert.equal(text.split(END_OF_REQUESTS).length, 2);
  return text.replace(END_OF_REQUESTS, sentence + END_OF_REQUESTS);
}

/** What the checker says of `text`: each finding as `code message`. */
function said(text: string): string[] {
  return analyze(text).findings.map((f) => `${f.code} ${f.message['zh-CN']}`);
}

/** The report with `sentence` at the end of its 依申请公开 paragraph, and the findings on that line. */
function withSentence(sentence: string): { findings: readonly Finding[]; column: number } {
  const text = at(REPORT, sentence);
  const line = lineOf(text, '（二）依申请公开。');
  const column = text.split('\n')[line]!.indexOf(sentence);
  const findings = analyze(text).findings;
  // Nothing moves elsewhere: every finding is on the sentence.
  for (const f of findings) assert.equal(f.range.start.line, line, `${f.code} ${f.message['zh-CN']} off the sentence`);
  return { findings, column };
}

describe('a township report, tables one row per line with TABs', () => {
  it('is clean as published', () => {
    assert.deepEqual(said(REPORT), []);
  });

  const TRUE = [
    '全年未发生政府信息公开行政诉讼案件。',
    '本年度无不予公开的情形。',
    '全年未收取任何费用。',
    '本年度共办结政府信息公开申请4件，办结率100%。',
    '截至2024年底，尚有1件申请在法定期限内继续办理。',
    '所有申请均在法定期限内答复，未出现逾期答复情况。',
    '全年未发生因政府信息公开引起的行政诉讼，行政复议1件，结果维持。',
    '2023年我镇收到政府信息公开申请3件。',
    '与上年相比，申请数量增加2件。',
    '本年度收到的5件申请中，4件来自自然人，1件来自企业。',
    '全年受理依申请公开5件，同比增长66.7%。',
    '村（社区）共公开党务、村务、财务信息1200余条。',
    '镇纪委共受理信访举报12件。',
    '全镇共办理行政许可事项36件。',
    '全年共召开政务公开工作专题会议3次，印发工作方案1份。',
    '镇政府门户网站全年访问量达2.3万人次。',
    '本年度镇属各村共收到群众咨询120件，均已答复。',
    '对不属于本机关公开职责范围的申请，告知申请人向有关机关申请，共0件。',
    '全年没有因公开不当被复议纠错的情况。',
    '本年度未制定规章。',
    '全年行政处罚12起，均已在网站公开。',
    '本年度废止规范性文件0件。',
    '我镇现行有效的规范性文件共有15件，均已在网站公开。',
    '2024年上半年收到申请2件，下半年收到申请3件。',
    '全年答复申请4件，其中予以公开3件，占75%。',
    '复议案件1件，占申请总量的20%。',
    '办理人大代表建议8件、政协委员提案5件，办复率100%。',
    '全年收到12345热线转办件86件，按时办结率100%。',
    '开展政务公开培训2次，累计培训60人次。',
    '本年度共办结政府信息公开申请5件。',
    // Body by body: the town's office (党政办) is the town's own; beside another body's count, the town's is a part.
    '镇政府收到申请3件，镇党政办收到申请2件。',
    '镇政府收到申请3件，党政综合办公室收到申请2件，合计5件。',
    '镇政府收到申请3件，县自然资源局收到申请2件。',
    // Read against a cell they do not state, before the probe of 2026-12-05 (each fails without its change).
    '在办结的4件申请中，予以公开3件，无法提供1件。',
    '单月最多收到申请2件。',
    '本年度予以公开的3件中，自然人2件，企业1件。',
    '其他组织申请0件。',
    '全年被复议1件，被诉0件。',
    '2件申请在10个工作日内办结。',
    '全年收到申请5件，共申请公开信息12条。',
    '全年予以公开3件，占全部办结件的75%。',
    '全年有1件申请于12月下旬收到，依法延期至2025年答复。',
    '全年依申请公开政府信息3件。',
    '全年参加县政府组织的行政诉讼旁听活动1次。',
    '全年共收到政府信息公开申请5件【其中自然人4件】。',
    // The count joined by 为 or 来自 to whose requests they were; of those dealt with, the applicants of （七）总计 (自然人3,
    // not 一's 4), however written. The last two failed before.
    '全年共收到政府信息公开申请5件，其中4件为自然人申请，1件为企业申请。',
    '已办结4件，其中3件为自然人申请，1件为企业申请。',
    '已办结4件，其中3件来自自然人，1件来自企业。',
    '已办结4件，其中自然人申请3件，企业申请1件。',
    // A named total right after two outcome groups: their sum, here （七）总计 too; or all the requests, one left unsaid.
    '在办结的4件申请中，予以公开3件，无法提供1件，合计4件。',
    '全年收到申请5件，予以公开3件，无法提供1件，共计5件。',
    // Counts in 例 (cases) and 份, or named by their noun (办结数).
    '全年因政府信息公开被申请行政复议1例，结果维持。',
    '全年申请办结数4件。',
    '全年收到申请5份，办结4份。',
    '全年选取行政复议典型案例3例进行公开。',
    '本年度共制作信息200条，其中主动公开信息数120条，占60%；依申请公开信息数50条，占25%；不予公开信息数30条，占15%。',
    // None received of one topic is not none at all.
    '全年未收到关于征地拆迁项目的申请。',
  ];
  for (const s of TRUE) {
    it(`stays quiet on a true sentence: ${s}`, () => {
      assert.deepEqual(withSentence(s).findings.map((f) => `${f.code} ${f.message['zh-CN']}`), []);
    });
  }

  /** A false sentence, and the words the finding must quote and sit on. */
  const FALSE: readonly (readonly [string, string])[] = [
    ['全年未发生政府信息公开行政复议案件。', '未发生政府信息公开行政复议'],
    ['全年无结转下年度办理的申请。', '无结转下年'],
    ['全年共收到政府信息公开申请5件，其中自然人申请3件。', '自然人申请3件'],
    ['全年受理依申请公开5件，其中予以公开4件。', '予以公开4件'],
    ['全年行政处罚13起。', '行政处罚13起'],
    ['本年度制发规范性文件3件。', '制发规范性文件3件'],
    ['全年共收到依申请公开7件。', '共收到依申请公开7件'],
    ['本年度收到的5件申请中，4件来自自然人，2件来自企业。', '2件来自企业'],
    ['全年答复申请4件，其中予以公开3件，无法提供2件。', '无法提供2件'],
    ['全年作出行政许可决定30件。', '作出行政许可决定30件'],
    ['被申请行政复议1件，结果被纠正。', '结果被纠正'],
    ['全年发生行政诉讼1件。', '行政诉讼1件'],
    ['全年共收到政府信息公开申请5件，已全部办结。', '已全部办结'],
    ['本年度共收到政府信息公开申请六件。', '共收到政府信息公开申请六件'],
    ['本年度新收申请5件，上年结转2件。', '上年结转2件'],
    ['共收到申请5件，均来自自然人。', '均来自自然人'],
    ['镇政府收到申请3件，镇党政办收到申请3件，合计6件。', '合计6件'],
    ['全年被复议1件，被诉1件。', '被诉1件'],
    ['在办结的4件申请中，予以公开2件，无法提供1件。', '予以公开2件'],
    ['全年收到申请6件，单月最多收到申请2件。', '收到申请6件'],
    ['全年共收到政府信息公开申请5件，其中3件为自然人申请。', '3件为自然人申请'],
    ['全年共收到政府信息公开申请5件，其中4件为自然人申请，2件为法人或其他组织申请。', '2件为法人或其他组织申请'],
    ['已办结4件，其中自然人申请2件，企业申请1件。', '自然人申请2件'],
    ['全年办结申请4件，其中予以公开3件、无法提供1件，合计6件。', '合计6件'],
    ['全年行政复议2例。', '行政复议2例'],
    ['全年申请办结数8件。', '申请办结数8件'],
    ['全年收到申请12份。', '收到申请12份'],
    ['全年未收到公众关于政府信息公开的申请。', '未收到公众关于政府信息公开的申请'],
  ];
  for (const [s, words] of FALSE) {
    it(`finds a false sentence on its words: ${s}`, () => {
      const { findings, column } = withSentence(s);
      assert.equal(findings.length, 1, findings.map((f) => f.message['zh-CN']).join('\n'));
      const f = findings[0]!;
      assert.equal(f.code, 'narrative-mismatch');
      assert.ok(f.message['zh-CN'].includes(`“${words}”`), f.message['zh-CN']);
      const at = column + s.indexOf(words);
      assert.deepEqual([f.range.start.character, f.range.end.character], [at, at + words.length]);
    });
  }

  it('finds a wrong total of table 三 on its cell, with the fix', () => {
    const row = '（一）予以公开\t2\t1\t0\t0\t0\t0\t';
    const text = REPORT.replace(`${row}3`, `${row}4`);
    const line = lineOf(text, row);
    // The row opens with its group's label (三、本年度办理结果), as a merged cell exports.
    const character = text.split('\n')[line]!.indexOf(row) + row.length;
    const fs = analyze(text).findings;
    assert.deepEqual(fs.map((f) => f.code), ['row-total']);
    assert.deepEqual(fs[0]!.range, { start: { line, character }, end: { line, character: character + 1 } });
    assert.deepEqual(fs[0]!.fixes[0]!.edits.map((e) => e.newText), ['3']);
  });

  it('finds a wrong total of table 四 on its cell', () => {
    const row = '1\t0\t0\t0\t';
    const at = REPORT.lastIndexOf(`${row}1\t`);
    const text = `${REPORT.slice(0, at)}${row}2${REPORT.slice(at + row.length + 1)}`;
    const line = lineOf(text, `${row}2\t`);
    const fs = analyze(text).findings;
    assert.deepEqual(fs.map((f) => f.code), ['review-total']);
    assert.deepEqual(fs[0]!.range, { start: { line, character: row.length }, end: { line, character: row.length + 1 } });
  });

  // 为结果维持, 为其他结果: the result named after 为 right after the count is every counted case's (table 四's column).
  it('reads a bare result after 为 against table 四: quiet when every case had it, found when one had another', () => {
    const row = '1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0';
    const said1 = '复议结果为维持';
    assert.equal(REPORT.split(row).length, 2);
    assert.equal(REPORT.split(said1).length, 2);
    const cases: readonly (readonly [number, string, string, string])[] = [
      [0, '为结果维持', '为结果纠正', '正文说案件结果为纠正'],
      [1, '为结果纠正', '为其他结果', '正文说案件为其他结果'],
      [2, '为其他结果', '为结果维持', '正文说案件均获维持'],
      [2, '结果为其他结果', '为尚未审结', '正文说案件尚未审结'],
      [3, '为尚未审结', '为其他结果', '正文说案件为其他结果'],
    ];
    for (const [column, right, wrong, message] of cases) {
      const cells = ['0', '0', '0', '0'];
      cells[column] = '1';
      const table = REPORT.replace(row, `${cells.join('\t')}\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0`);
      assert.deepEqual(said(table.replace(said1, right)), [], right);
      const found = said(table.replace(said1, wrong));
      assert.equal(found.length, 1, `${wrong}\n${found.join('\n')}`);
      assert.ok(found[0]!.startsWith(`narrative-mismatch 正文“${wrong}”`), found[0]);
      assert.ok(found[0]!.includes(message), found[0]);
    }
  });

  /** The same report as other exports write its tables. */
  const LAYOUTS: readonly (readonly [string, (text: string) => string])[] = [
    ['one cell per line, a blank line after each row', (t) => t.split('\n').flatMap((l) => (l.includes('\t') ? [...l.split('\t').map((c) => `\t${c}`), ''] : [l])).join('\n')],
    ['two spaces between cells', (t) => t.replace(/\t/g, '  ')],
    ['CRLF line ends', (t) => t.replace(/\n/g, '\r\n')],
    ['full-width digits in the tables', (t) => t.replace(/\t(\d+)/g, (_, d: string) => `\t${[...d].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')}`)],
  ];
  for (const [name, relay] of LAYOUTS) {
    it(`reads the tables laid out with ${name}: clean, and a wrong total found with its fix`, () => {
      assert.deepEqual(said(relay(REPORT)), []);
      const wrong = relay(REPORT.replace('（一）予以公开\t2\t1\t0\t0\t0\t0\t3', '（一）予以公开\t2\t1\t0\t0\t0\t0\t4'));
      const fs = analyze(wrong).findings;
      assert.deepEqual(fs.map((f) => f.code), ['row-total']);
      const edit = fs[0]!.fixes[0]!.edits[0]!;
      // The fix writes the digits the table is written in.
      assert.equal(edit.newText, name.startsWith('full-width') ? '３' : '3');
      const lines = wrong.split(/\r?\n/);
      const cell = lines[edit.range.start.line]!.slice(edit.range.start.character, edit.range.end.character);
      assert.equal(cell, name.startsWith('full-width') ? '４' : '4');
    });
  }
});


describe('the township report for 2020, in the 2019 trial format', () => {
  const TRIAL = readFileSync(join(__dirname, '..', 'fixtures', 'synthetic', 'township-2020-trial-format.txt'), 'utf8');

  it('is clean as published, its tables read in their own format', () => {
    assert.deepEqual(said(TRIAL), []);
  });

  // 新制作, the trial format's own word for documents issued this year (本年新制作数量), as 制发 in 2021's.
  it('reads 新制作 as the documents made this year, in either format', () => {
    assert.deepEqual(said(at(TRIAL, '本年度新制作规范性文件2件。')), []);
    assert.deepEqual(said(at(TRIAL, '本年新制作并公开规范性文件2件。')), []);
    const wrong = said(at(TRIAL, '本年度新制作规范性文件3件。'));
    assert.equal(wrong.length, 1);
    assert.match(wrong[0]!, /^narrative-mismatch 正文“新制作规范性文件3件”.*表二“规范性文件”行“本年新制作数量”列为2件/);
    assert.deepEqual(said(at(REPORT, '本年度新制作规范性文件2件。')), []);
    assert.match(said(at(REPORT, '本年度新制作规范性文件3件。')).join('\n'), /^narrative-mismatch 正文“新制作规范性文件3件”.*“本年制发件数”列为2件/);
  });

  it('reads nothing into 新制作 of other things', () => {
    for (const s of ['本年度新制作宣传资料3份。', '全年新制作政府信息公开专栏展板4块。', '全年新制作政府信息12条。']) assert.deepEqual(said(at(TRIAL, s)), [], s);
  });

  it('finds a wrong total in its single row of 其他处理', () => {
    const row = '（六）其他处理\t0\t0\t0\t0\t0\t0\t';
    assert.deepEqual(analyze(TRIAL.replace(`${row}0`, `${row}1`)).findings.map((f) => f.code), ['row-total']);
  });
});
