/**
 * Prose about tables 二 and 四 and about fees, against three reports: seed 002 (表二 行政规范性文件 7 / 35 / 102,
 * 规章 0, 许可 21650, 处罚 2656, 强制 500, 收费 2030.16873万元; 表四 复议 8 10 7 0 25 | 直接起诉 1 0 2 0 3 |
 * 复议后起诉 1 0 0 1 2), the township report (test/fixtures/synthetic/township-rows.txt: 规范性文件 2 / 0 / 15,
 * 许可 36, 处罚 12, 强制 0, 收费 0; 复议 1 维持, 诉讼 0) and the township report with other figures in those
 * tables (规范性文件 3 / 1 / 16, 强制 4, 收费 1.25万元; 复议 2 1 0 1 4 | 1 1 0 0 2 | 0 0 1 0 1).
 *
 * True sentences put into a paragraph of the report must add no finding at all; false ones must be found on
 * their own line, the message naming the table's figure.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze, type Finding } from '../../shared/src';
import { seed } from '../helpers/fixtures';

const TOWNSHIP = readFileSync(join(__dirname, '..', 'fixtures', 'synthetic', 'township-rows.txt'), 'utf8');

function replaced(text: string, pairs: readonly [string, string][]): string {
  let out = text;
  for (const [from, to] of pairs) {
    assert.equal(out.split(from).length, 2, `once: ${from}`);
    out = out.replace(from, to);
  }
  return out;
}

/** The township report with other figures in tables 二 and 四, its prose made to agree. */
const TOWNSHIP_2 = replaced(TOWNSHIP, [
  ['本年度制发行政规范性文件2件，现行有效行政规范性文件15件。', '本年度制发行政规范性文件3件，现行有效行政规范性文件16件。'],
  ['全年因政府信息公开被申请行政复议1件，复议结果为维持，未发生政府信息公开行政诉讼。', '全年因政府信息公开被申请行政复议4件，被提起行政诉讼3件。'],
  ['行政规范性文件\t2\t0\t15', '行政规范性文件\t3\t1\t16'],
  ['行政强制\t0', '行政强制\t4'],
  ['行政事业性收费\t0', '行政事业性收费\t1.25'],
  ['1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0', '2\t1\t0\t1\t4\t1\t1\t0\t0\t2\t0\t0\t1\t0\t1'],
]);

type Base = 'seed' | 'town' | 'town2';
/** Where a sentence goes: a paragraph of part 一 it replaces (主动公开, 依申请公开), or a line of its own in part 四, 五 or 六. */
type Where = 'active' | 'requests' | 'p4' | 'p5' | 'p6';

const TEXTS: Record<Base, string> = { seed: seed('002'), town: TOWNSHIP, town2: TOWNSHIP_2 };
const PARAGRAPHS: Record<Base, Record<'active' | 'requests', string>> = {
  seed: { active: '1.主动公开方面。', requests: '2.依申请公开方面。' },
  town: { active: '（一）主动公开。', requests: '（二）依申请公开。' },
  town2: { active: '（一）主动公开。', requests: '（二）依申请公开。' },
};
const HEADINGS: Record<'p4' | 'p5' | 'p6', string> = {
  p4: '四、政府信息公开行政复议、行政诉讼情况',
  p5: '五、存在的主要问题及改进情况',
  p6: '六、其他需要报告的事项',
};

/** The report with the sentence placed, and the line it is on. */
function place(base: Base, where: Where, sentence: string): { text: string; line: number } {
  const lines = TEXTS[base].split('\n');
  if (where === 'active' || where === 'requests') {
    const prefix = PARAGRAPHS[base][where];
    const line = lines.findIndex((l) => l.startsWith(prefix));
    assert.ok(line >= 0);
    lines[line] = prefix + sentence;
    return { text: lines.join('\n'), line };
  }
  const heading = lines.findIndex((l) => l.trim() === HEADINGS[where]);
  assert.ok(heading >= 0);
  lines.splice(heading + 1, 0, '', sentence);
  return { text: lines.join('\n'), line: heading + 2 };
}

const key = (f: Finding) => `${f.code} ${f.message['zh-CN']}`;

/** The findings the sentence adds to its report's own. */
function added(base: Base, where: Where, sentence: string): { found: Finding[]; line: number } {
  const { text, line } = place(base, where, sentence);
  const before = analyze(TEXTS[base]).findings.map(key);
  const found = analyze(text).findings.filter((f) => {
    const i = before.indexOf(key(f));
    if (i < 0) return true;
    before.splice(i, 1);
    return false;
  });
  return { found, line };
}

// [report, paragraph, a true sentence, what it shows]
const TRUE: [Base, Where, string, string][] = [
  // Another body named at a clause's head before the verb of a document, a fee or a decision: its own figure.
  ['seed', 'active', '县教育局制发规范性文件3件。', 'another office issued documents'],
  ['town', 'active', '县教育局印发规范性文件3件。', 'another office issued documents'],
  ['seed', 'active', '县财政局废止规范性文件2件。', 'another office repealed documents'],
  ['town2', 'active', '县人社局出台规范性文件2件。', 'another office issued documents'],
  ['seed', 'active', '县自然资源局收取行政事业性收费300万元。', 'another office collected fees'],
  ['town2', 'active', '县自然资源局收取行政事业性收费300万元。', 'another office collected fees'],
  // A government of another level than the report's (市政府 and 省政府 in a county's report, 县政府 in a town's).
  ['seed', 'active', '市政府现行有效规章45件。', 'a city government’s regulations'],
  ['seed', 'active', '省政府制定规章3件。', 'a province’s regulations'],
  ['town2', 'active', '市政府2024年制定政府规章3件。', 'a city government’s regulations'],
  ['town', 'active', '县政府全年作出行政许可决定37件。', 'a county government in a town’s report'],
  // The report's own government, by its place name: its own figure, which agrees.
  ['town', 'active', '青山镇全年作出行政许可决定36件。', 'the town by its name'],
  // Decisions of one channel, grants alone, or kinds added up: not the table's figure.
  ['seed', 'active', '网上办理行政许可21645件。', 'online licences, a part'],
  ['town', 'active', '窗口办理行政许可30件。', 'licences at the counter, a part'],
  ['seed', 'active', '作出准予行政许可决定30件，不予许可2件。', 'grants, without the refusals'],
  ['town', 'active', '全年作出行政许可决定36件，行政处罚决定12件，共计48件。', 'licences and penalties added up'],
  ['seed', 'active', '全年作出行政许可决定21650件，行政处罚决定2656件，合计24306件。', 'licences and penalties added up'],
  // A row's documents named with others (及其他…文件, 和其它公文, 等文件): the count is of them all.
  ['seed', 'active', '发布规范性文件及其他主动公开文件29件。', 'normative and other documents together'],
  ['town', 'active', '印发规范性文件和其他文件25件。', 'normative and other documents together'],
  ['seed', 'active', '全年制发规章、规范性文件等各类文件40件。', 'regulations, normative and other documents'],
  // Documents repealed and lapsed counted together; a span of years.
  ['seed', 'active', '本年度共废止、宣布失效规范性文件38件。', 'repealed and lapsed together'],
  ['seed', 'active', '制发行政规范性文件7件，按程序确认失效或废止文件38件。', 'lapsed or repealed together, the row carried'],
  // Documents the clause sets apart from the row named before (其他, 各类) take no row from it; nor does a bare 文件 in
  // the next sentence.
  ['seed', 'active', '制发行政规范性文件7件，印发其他文件8件。', 'other documents after the row'],
  ['seed', 'active', '制发行政规范性文件7件，印发各类文件80件。', 'documents of every kind after the row'],
  ['seed', 'active', '制发行政规范性文件7件。按程序废止文件9件。', 'a bare 文件 in the next sentence'],
  ['town2', 'active', '本年度共废止、宣布失效规范性文件4件。', 'repealed and lapsed together'],
  ['seed', 'active', '近三年共废止规范性文件9件。', 'three years'],
  ['town2', 'active', '三年来累计制发规范性文件12件。', 'three years'],
  ['town', 'active', '近年来共制发规范性文件20件。', 'recent years'],
  ['seed', 'active', '2022—2024年共作出行政处罚决定40件。', 'years 2022 to 2024'],
  ['town2', 'active', '2022-2024年累计制发规范性文件9件。', 'years 2022 to 2024'],
  // A fee rounded as its writer rounded it still agrees.
  ['town2', 'active', '全年收取行政事业性收费1.3万元。', '1.25 to one decimal'],
  ['town2', 'active', '收取行政事业性收费12500元。', 'in yuan'],
  ['town', 'active', '本年度行政事业性收费0元。', 'none, in yuan'],
  // Papers, the review body's acts and last year's cases are no count of table 四.
  ['seed', 'requests', '收到复议机关责令重新答复的决定2份。', 'papers in 份'],
  ['town2', 'requests', '复议机关不予受理2件。', 'not accepted by the review body'],
  ['town2', 'requests', '被申请行政复议4件，其中不予受理1件。', 'a part not accepted'],
  ['seed', 'requests', '行政复议终止审理1件。', 'ended'],
  ['seed', 'p4', '本年度无上年结转的行政复议、行政诉讼案件。', 'none carried over from last year'],
  ['town2', 'p4', '本年度无上年结转的行政复议、行政诉讼案件。', 'none carried over from last year'],
  ['town', 'requests', '全年未举行行政复议听证。', 'no hearing'],
  // A rate of review with no case counted and no word of disclosure: of all the office's cases, or as a review body.
  ['seed', 'requests', '行政复议纠错率为10%，行政机关负责人出庭应诉率100%。', 'a rate of all review work'],
  ['town2', 'requests', '行政复议纠错率为10%。', 'a rate of all review work'],
  // Fees with other money, cases of every kind, a date before the year's end.
  ['seed', 'active', '行政事业性收费和政府性基金收入共计3000万元。', 'fees and fund revenue together'],
  ['town2', 'active', '全年收取罚没款及行政事业性收费共计8.6万元。', 'fines and fees together'],
  ['town2', 'active', '代收行政事业性收费3万元。', 'fees collected for another body'],
  ['seed', 'requests', '全年行政复议案件（含政府信息公开类）10件。', 'reviews of every kind'],
  ['town2', 'requests', '全年行政诉讼案件（包括信息公开案件）9件。', 'lawsuits of every kind'],
  ['seed', 'active', '截至2024年11月底，现行有效规范性文件99件。', 'in force at the end of November'],
  // The fee charged to applicants (信息处理费) is no cell of table 二.
  ['seed', 'p6', '本年度共收取信息处理费300元。', 'the information fee'],
  ['town2', 'p6', '本年度收取信息处理费1.25万元。', 'the information fee'],
  ['town', 'p6', '全年发出收费通知书2份，实际收取信息处理费200元。', 'the information fee'],
  ['seed', 'p6', '本机关2024年度未收取信息处理费，2023年度收取信息处理费100元。', 'the information fee, two years'],
  // What is published is not what was decided; plans and problems.
  ['seed', 'active', '全年主动公开政府信息1326条，其中规范性文件类信息12条。', 'items published'],
  ['town', 'active', '门户网站主动公开政府信息22条，其中：规范性文件0条。', 'items published'],
  ['seed', 'p5', '一是行政规范性文件清理不够及时，仍有3件规范性文件超过有效期未及时废止。', 'a problem'],
  ['town2', 'p5', '2025年将力争实现行政复议零纠错。', 'a goal'],
  ['seed', 'p5', '全年有1件申请因答复超期被复议纠错。', 'a cause'],
  // True figures in the styles of real reports.
  ['seed', 'active', '制定发布规范性文件7件，清理废止文件35件，现行有效文件102件。', 'documents'],
  ['town2', 'active', '行政规范性文件本年制发3件、本年废止1件、现行有效16件。', 'documents'],
  ['town', 'active', '本年度未废止行政规范性文件。', 'none repealed'],
  ['town', 'active', '全年未实施行政强制。', 'no coercion'],
  ['town', 'active', '本年度未收取行政事业性收费。', 'no fee'],
  ['town2', 'active', '全年作出行政许可决定36件，行政处罚决定12件，行政强制决定4件。', 'decisions'],
  ['town2', 'active', '全年作出行政处罚决定十二件。', 'a Chinese numeral'],
  ['seed', 'active', '全年收取行政事业性收费2030.17万元，同比增长3.2%。', 'the fee rounded'],
  ['town2', 'requests', '行政诉讼3件中，胜诉1件，败诉1件，其他结果1件。', 'lawsuits'],
  ['town2', 'requests', '行政复议4件，其中维持2件、纠正1件、尚未审结1件；行政诉讼3件，其中维持1件、纠正1件、其他1件。', 'every result'],
  ['town2', 'requests', '因政府信息公开被申请行政复议4件，被纠错1件，纠错率25%。', 'a rate that agrees'],
  ['town', 'requests', '被申请行政复议一件，结果维持；无行政诉讼。', 'one review upheld'],
  ['seed', 'p4', '行政复议总计25件，行政诉讼未经复议直接起诉总计3件、复议后起诉总计2件。', 'the table’s words'],
  // Each kind of lawsuit heading its own results after a colon, as the table's columns run.
  ['town2', 'p4', '行政诉讼未经复议直接起诉：结果维持1件，结果纠正1件，其他结果0件，尚未审结0件，总计2件；复议后起诉：结果维持0件，结果纠正0件，其他结果1件，尚未审结0件，总计1件。', 'each kind’s results after its colon'],
  ['seed', 'p4', '未经复议直接起诉：维持1件、其他结果2件；复议后起诉：维持1件、尚未审结1件。', 'each kind’s results after its colon'],
];

// [report, paragraph, a false sentence, the words of the finding's message]
const FALSE: [Base, Where, string, string[]][] = [
  // Still found after the fixes: the report's own bodies, a fee said to be none or 0万元.
  ['seed', 'active', '县政府印发行政规范性文件8件。', ['印发行政规范性文件8件', '“本年制发件数”列为7件']],
  ['seed', 'active', '县政府办公室2024年制发规范性文件9件。', ['制发规范性文件9件', '为7件']],
  // A wider count beside the row's own in one sentence does not hide the row's.
  ['seed', 'active', '发布规范性文件及其他文件29件，其中制发行政规范性文件9件。', ['制发行政规范性文件9件', '为7件']],
  ['town', 'active', '镇政府全年作出行政许可决定37件。', ['作出行政许可决定37件', '为36件']],
  ['town', 'active', '青山镇全年作出行政许可决定37件。', ['作出行政许可决定37件', '为36件']],
  ['town2', 'active', '本年度未收取行政事业性收费。', ['未收取行政事业性收费', '1.25万元', '正文说没有']],
  ['town2', 'active', '收取行政事业性收费0万元。', ['收取行政事业性收费0万元', '1.25万元']],
  ['town2', 'active', '行政事业性收费1.5万元。', ['1.5万元', '1.25万元']],
  ['town2', 'active', '收取行政事业性收费15000元。', ['15000元', '1.25万元']],
  ['town', 'active', '本年度收取行政事业性收费0.5万元。', ['0.5万元', '为0万元']],
  ['seed', 'active', '办理行政许可21657件。', ['办理行政许可21657件', '为21650件']],
  ['seed', 'active', '作出行政许可决定30件。', ['作出行政许可决定30件', '为21650件']],
  ['town', 'active', '全年作出行政许可决定36件，行政处罚决定13件，共计49件。', ['行政处罚决定13件', '为12件']],
  ['seed', 'active', '本年度废止规范性文件9件。', ['废止规范性文件9件', '“本年废止件数”列为35件']],
  // A bare 文件 in the clause after the row's is that row's (制发行政规范性文件9件，按程序废止文件7件).
  ['seed', 'active', '制发行政规范性文件7件，按程序废止文件9件。', ['废止文件9件', '“本年废止件数”列为35件']],
  ['town2', 'active', '本年度废止规范性文件2件，宣布失效3件。', ['废止规范性文件2件', '为1件']],
  ['seed', 'requests', '被申请行政复议26件。', ['被申请行政复议26件', '表四行政复议总计为25件']],
  ['town2', 'requests', '被申请行政复议5件，其中不予受理1件。', ['被申请行政复议5件', '为4件']],
  ['town2', 'p4', '本年度无行政复议、行政诉讼案件。', ['正文说没有', '7件']],
  ['town', 'p4', '本年度未发生政府信息公开行政复议案件。', ['正文说没有', '表四行政复议总计为1件']],
  ['seed', 'requests', '政府信息公开行政复议纠错率为30%。', ['纠错率为30%', '40%']],
  ['town2', 'requests', '因政府信息公开被申请行政复议4件，纠错率50%。', ['纠错率50%', '25%']],
  ['seed', 'requests', '全年被申请行政复议26件（均为政府信息公开类），行政诉讼5件。', ['被申请行政复议26件', '为25件']],
  ['seed', 'active', '截至2024年12月31日，现行有效规范性文件99件。', ['现行有效规范性文件99件', '为102件']],
  ['town2', 'active', '2024年1月至2024年12月，作出行政处罚决定13件。', ['作出行政处罚决定13件', '为12件']],
  ['town2', 'active', '全年收取行政事业性收费8.6万元。', ['8.6万元', '1.25万元']],
  ['town2', 'p4', '未经复议直接起诉：结果维持1件，结果纠正1件；复议后起诉：结果维持1件，其他结果1件。', ['维持1件', '“复议后起诉”“结果维持”为0件']],
  // After both kinds were counted, results with no colon of their own are of all the lawsuits (1 upheld in all, not 3).
  ['town2', 'requests', '被提起行政诉讼3件，其中直接起诉2件、复议后起诉1件，维持3件。', ['维持3件', '“结果维持”为1件']],
  // Figures of tables 二 and 四 in the styles of real reports.
  ['town2', 'active', '全年新制定规范性文件四件。', ['新制定规范性文件四件', '为3件']],
  ['town', 'active', '本年度制定规章2件。', ['制定规章2件', '“规章”行']],
  ['seed', 'active', '全年未实施行政强制。', ['未实施行政强制', '500件']],
  ['town2', 'active', '依法实施行政强制措施5次。', ['实施行政强制措施5次', '为4件']],
  ['seed', 'active', '全年收取行政事业性收费2100万元。', ['2100万元', '2030.16873万元']],
  ['town2', 'requests', '未经复议直接起诉3件，复议后起诉1件。', ['未经复议直接起诉3件', '为2件']],
  ['town2', 'requests', '尚有2件行政复议案件未审结。', ['2件', '“尚未审结”为1件']],
  ['town2', 'requests', '全年未发生政府信息公开行政诉讼案件。', ['正文说没有', '3件']],
  ['seed', 'requests', '政府信息公开行政诉讼败诉1件。', ['败诉1件', '“结果纠正”为0件']],
  ['town2', 'requests', '政府信息公开行政诉讼实现零败诉。', ['零败诉', '1件']],
];

describe('tables 二 and 四, and fees: true sentences add no finding', () => {
  for (const [base, where, sentence, what] of TRUE) {
    it(`${what}: ${sentence} [${base} ${where}]`, () => {
      const { found } = added(base, where, sentence);
      assert.deepEqual(found.map(key), []);
    });
  }
});

describe('tables 二 and 四, and fees: false sentences are found on their line', () => {
  for (const [base, where, sentence, words] of FALSE) {
    it(`${sentence} [${base} ${where}]`, () => {
      const { found, line } = added(base, where, sentence);
      const mine = found.filter((f) => (f.code === 'narrative-mismatch' || f.code === 'share-mismatch') && f.range.start.line === line);
      assert.equal(mine.length, 1, found.map(key).join('\n'));
      for (const w of words) assert.ok(mine[0]!.message['zh-CN'].includes(w), `${w} in ${mine[0]!.message['zh-CN']}`);
      assert.ok(mine[0]!.related.length > 0, 'points at the table');
    });
  }
});
