import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { labelKey } from '../normalize';
import type { ReportModel } from '../model';
import { ACTIVE_2019_MARKERS, ACTIVE_2019_ROW_LABEL_KEYS, ACTIVE_2019_ROW_MARKERS, ACTIVE_2021_MARKERS, TABLE_NAMES, activeFormatOf, matchWholeKey, rowKey, rowsFor } from '../template';
import { range, type Range } from '../text';
import { before2021, partById, reportYear } from './helpers';

const MARKERS_2019 = new Set(ACTIVE_2019_MARKERS.map(labelKey));
const ROW_MARKERS_2019 = new Set(ACTIVE_2019_ROW_MARKERS.map(labelKey));
const MARKERS_2021 = new Set(ACTIVE_2021_MARKERS.map(labelKey));

/**
 * Table 二's frame in part 二 without its figures (a web page whose cells were empty or pictures: no table is read), by
 * its lines that are each one label: the 2019 markers written as whole lines, when three of table 二's rows (either
 * format's) stand so too, decided as the parser decides a table's format (`activeFormatOf`: a 2019 column heading, or a 2019 row
 * without the 2021 headings; 其他对外管理服务事项 under the 2021 headings is a province's 2021 table). Undefined when
 * table 二 was read, or the frame is not the 2019 one.
 */
function frame2019(model: ReportModel): Range[] | undefined {
  if (model.tables.some((t) => t.kind === 'active')) return undefined;
  const part = partById(model, 2);
  if (!part) return undefined;
  const evidence: Range[] = [];
  let rows = 0;
  let heads2019 = false;
  let rows2019 = false;
  let heads2021 = false;
  for (let l = part.bodyStart; l < part.bodyEnd; l++) {
    const line = model.lines[l]?.text ?? '';
    if (line.length > 40) continue;
    const words = line.trim().replace(/^[|｜]/, '').replace(/[|｜]$/, '').trim();
    if (words === '') continue;
    const key = labelKey(words);
    if (MARKERS_2019.has(key)) {
      const at = line.indexOf(words);
      evidence.push(range(l, at, at + words.length));
      if (ROW_MARKERS_2019.has(key)) rows2019 = true;
      if (!ACTIVE_2019_ROW_LABEL_KEYS.has(key)) heads2019 = true;
    }
    if (MARKERS_2021.has(key)) heads2021 = true;
    if (matchWholeKey(rowKey(words), rowsFor('active', 2019)) || matchWholeKey(rowKey(words), rowsFor('active', 2021))) rows++;
  }
  if (evidence.length === 0 || rows < 3 || activeFormatOf(rows2019, heads2019, heads2021) !== 2019) return undefined;
  return evidence;
}

export default defineRule(
  {
    code: 'old-format',
    severity: 'warning',
    category: 'structure',
    title: text('使用了已废止的2019年试行表格', 'Superseded 2019 table format'),
    fixable: false,
    doc: {
      summary: text('2021年及以后的报告仍在使用2019年试行格式的表格。', 'A report for 2021 or later still uses the 2019 trial tables.'),
      details: text(
        '国办公开办函〔2021〕30号自2021年度报告起施行，取代国办公开办函〔2019〕60号的试行格式。试行格式的表二有“本年新制作数量”“本年新公开数量”“第二十条第（九）项 政府集中采购”等栏目，表三的“（六）其他处理”只有一行。在2021年及以后（或年份不明）的报告中发现这些特征时报告此警告。报告的年份取标题的年份，没有时取前言中写明的报告名称或统计期限的年份；都没有时（网页只转载了正文），取前言和总体情况各段开头写的年份（“2020年，……”，只有一个时）。行已是2021年格式、只有部分栏目沿用试行格式（如“第二十条第（一）项”下仍是“本年新制作数量”等）时，表格按2021年格式读取，此警告标在沿用的栏目上。表二的栏目都是2021年格式、只多出试行格式才有的一行（如“其他对外管理服务事项”，一些地方的表格保留了它）时，仍是2021年格式的表：多出的行不核对，也不报告此警告；但多出的是试行格式的“第二十条第（九）项 政府集中采购”一块（2021年格式已删去这一项）时，表格仍按2021年格式读取，此警告标在“政府集中采购”上。表二只有栏目、没有数字（网页上的单元格是空的或是图片，复制下来只剩栏目，因而读不出表格）时，按单独成行的栏目判断：第二部分有表二的三行或更多行，且有试行格式的栏目（判断方式同上：试行格式的列标题，或没有2021年列标题时的“政府集中采购”“其他对外管理服务事项”）时，也报告此警告，标在第一个试行格式的栏目上。',
        'The 2021 format applies from the 2021 reports on, replacing the 2019 trial format. The trial table 二 has columns such as 本年新制作数量 and a 政府集中采购 row; its table 三 has a single （六）其他处理 row. Seen in a report for 2021 or later (or of unknown year), they draw this warning. The report’s year is its title’s, else the one its preface names or its period’s; without any (a web copy of the text alone), the one year the preface’s and the overview’s paragraphs open with (“2020年，……”). A table with the 2021 rows that keeps only some trial column headings (本年新制作数量 under 第二十条第（一）项) is read as the 2021 table, and the warning points at the headings it kept. A table 二 whose headings are all the 2021 ones, with only a row the trial table has besides (其他对外管理服务事项, which some provinces’ tables keep), is still a 2021 table: the extra row is not checked, and this warning is not given; the trial format’s （九）项 block (政府集中采购, an item the 2021 format dropped) is read the same way but draws the warning, on 政府集中采购. A table 二 of labels without figures (a web page whose cells were empty or pictures, copied as its labels alone, so no table is read) is judged by its labels standing alone on their lines: three of table 二’s rows or more in part 二, with the trial format’s labels (decided as above: a trial column heading, or 政府集中采购 or 其他对外管理服务事项 without the 2021 headings), draw this warning too, on the first trial label.',
      ),
      bad: '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
      good: '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    },
  },
  ({ model }) => {
    if (before2021(model)) return [];
    const year = reportYear(model);
    const zhYear = year ? `${year}年度` : '2021年度起';
    const enYear = year ? `a ${year}` : 'a 2021-or-later';
    const out: RuleFinding[] = [];
    for (const t of model.tables) {
      // A 2021 table 二 whose （一）项 block kept the trial headings is read by its 2021 rows, and still flagged.
      if (t.version !== 2019 && t.oldFormatEvidence.length === 0) continue;
      const where = t.oldFormatEvidence[0] ?? t.anchor;
      out.push({
        range: where,
        message:
          t.version === 2019
            ? text(
                `${TABLE_NAMES[t.kind]['zh-CN']}使用的是2019年试行格式，${zhYear}的报告应使用国办公开办函〔2021〕30号的格式。`,
                `${TABLE_NAMES[t.kind].en} uses the 2019 trial format; ${enYear} report must use the 2021 format (国办公开办函〔2021〕30号).`,
              )
            : text(
                `${TABLE_NAMES[t.kind]['zh-CN']}的行是2021年格式，但部分栏目仍沿用2019年试行格式，${zhYear}的报告应改用国办公开办函〔2021〕30号的栏目。`,
                `${TABLE_NAMES[t.kind].en} has the 2021 rows but keeps some 2019 trial column headings; ${enYear} report must use the 2021 headings (国办公开办函〔2021〕30号).`,
              ),
        related: t.oldFormatEvidence.slice(1, 6).map((r) => ({ range: r, message: text('2019年格式的栏目', '2019-format label') })),
        fixes: [],
      });
    }
    // Table 二's 2019 frame, no figures in it, so no table read (the figures' absence is missing-table's).
    const frame = frame2019(model);
    if (frame) {
      out.push({
        range: frame[0]!,
        message: text(
          `${TABLE_NAMES.active['zh-CN']}的栏目是2019年试行格式（表中没有数字），${zhYear}的报告应使用国办公开办函〔2021〕30号的格式。`,
          `${TABLE_NAMES.active.en} has the rows and headings of the 2019 trial format (no figures in it); ${enYear} report must use the 2021 format (国办公开办函〔2021〕30号).`,
        ),
        related: frame.slice(1, 6).map((r) => ({ range: r, message: text('2019年格式的栏目', '2019-format label') })),
        fixes: [],
      });
    }
    return out;
  },
);
