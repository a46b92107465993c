import { cellName } from '../describe';
import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { bodyNameOf } from './previous-year';
import { tableOf } from './helpers';

/**
 * A body of a county or below (a county, banner or district and their departments, a town, township,
 * sub-district or sumu, a development zone): none may make 规章. Words that only contain such a character
 * (城乡, 乡村, 区域, 区划) are taken out first, and a national body (国家…, 国务院…, 中国…) is never one:
 * 住房和城乡建设部 and 国家乡村振兴局 are no township; an autonomous region (自治区) is a province.
 */
const LOCAL_WORDS = /城乡|乡村|区域|区划/g;
const NATIONAL = /^(?:国家|国务院|中国|中华)/;
const LOCAL = /县|旗|(?<!自治)区|镇|乡|街道|苏木/;

/** The body's name when the title shows it is of a county or below, else undefined. */
export function localBody(title: string): string | undefined {
  const body = bodyNameOf(title);
  if (body === '' || NATIONAL.test(body)) return undefined;
  return LOCAL.test(body.replace(LOCAL_WORDS, '')) ? body : undefined;
}

/** A line that names a body alone (`桃江县松木塘镇人民政府` under a title without one). */
const BODY_LINE = /^[^\s，。；：,;:]{2,30}(?:人民政府|办事处|政府|局|委员会|办公室)$/;

/** The first line with text from `from`, when it names a body alone; else ''. */
function bodyLine(lines: readonly string[], from: number): string {
  for (let l = from; l < Math.min(lines.length, from + 3); l++) {
    const t = (lines[l] ?? '').trim();
    if (t !== '') return BODY_LINE.test(t) ? t : '';
  }
  return '';
}

/** A report speaking of its body as a town, township, sub-district or sumu (`结合我镇实际`, `本街道`). */
const SELF_LOCAL = /[我本](?:镇|乡|街道|苏木)/;
/** How far the preface and part 一 are read for it. */
const SELF_LINES = 40;

/**
 * Under a title that names no body (`2023年政府信息公开工作年度报告`, or none), the body a report calls itself
 * (我镇, 本街道) in its preface or part 一, outside tables; '' when it calls itself none of those.
 */
function selfNamed(model: { readonly masked: readonly string[]; readonly tableLines: ReadonlySet<number>; readonly parts: readonly { readonly id: number; readonly headingRange: { readonly start: { readonly line: number } } }[] }): string {
  const two = model.parts.find((p) => p.id >= 2);
  const end = Math.min(model.masked.length, two ? two.headingRange.start.line : model.masked.length, SELF_LINES);
  for (let l = 0; l < end; l++) {
    if (model.tableLines.has(l)) continue;
    const m = SELF_LOCAL.exec(model.masked[l] ?? '');
    if (m) return m[0];
  }
  return '';
}

export default defineRule(
  {
    code: 'regulation-power',
    severity: 'warning',
    category: 'table',
    title: text('无规章制定权的机关填报了规章', 'Regulations reported by a body that cannot make them'),
    fixable: false,
    doc: {
      summary: text('县级及以下机关（县、区及其部门，乡镇、街道）在表二“规章”行填了非零数字。', 'A body of a county or below reports a figure other than 0 in table 二’s 规章 row.'),
      details: text(
        '规章只有国务院部门、省级人民政府和设区的市、自治州人民政府可以制定（《立法法》）。标题表明报告机关是县、旗、区（不含自治区）及其部门，或乡、镇、街道、苏木、开发区等时，表二“规章”行（本年制发件数、本年废止件数、现行有效件数）应填 0；填了非零数字，多半是把行政规范性文件或上级的规章填到了这一行。每个非零单元格报告一次。机关名称取自标题，标题没有机关名称时取紧接标题的一行机关名称（如“桃江县松木塘镇人民政府”）；两处都没有机关名称（或没有标题）时，前言和第一部分里自称“我镇”“本街道”“本乡”的报告也算乡镇、街道；看不出机关层级（如“××市××局”）时不检查。',
        'Only State Council departments, provincial governments and the governments of cities with districts and autonomous prefectures may make 规章 (Legislation Law). When the title shows a body of a county or below (a county, banner or district — not an autonomous region — or one of their departments; a township, town, sub-district, sumu or development zone), table 二’s 规章 row must be 0 in every column; a figure there is most often a normative document or a higher government’s regulation put in the wrong row. Each non-zero cell is reported once. The body is read from the title, or from a line naming it alone right under a title without one (桃江县松木塘镇人民政府); where neither names a body (or there is no title), a report that calls itself 我镇, 本街道 or 本乡 in its preface or part 一 is a town or sub-district; a body whose level the name does not show (××市××局) is not checked.',
      ),
      bad: '青山镇人民政府2024年政府信息公开工作年度报告\n……\n规章\t0\t0\t6',
      good: '青山镇人民政府2024年政府信息公开工作年度报告\n……\n规章\t0\t0\t0',
    },
  },
  ({ model }) => {
    const titled = model.title ? localBody(model.title.text) ?? localBody(bodyLine(model.masked, model.title.range.end.line + 1)) : undefined;
    // A 'title' that is part 一's heading (a page that begins with the report's text) names no body.
    const untitled = model.title === undefined || bodyNameOf(model.title.text) === '' || model.parts.some((p) => p.headingRange.start.line === model.title!.range.start.line);
    const body = titled ?? (untitled ? selfNamed(model) || undefined : undefined);
    const table = tableOf(model, 'active');
    if (body === undefined || !table) return [];
    const out: RuleFinding[] = [];
    for (const row of table.rows) {
      if (row.spec?.id !== 'regulation') continue;
      for (const cell of row.cells) {
        if (cell.value.kind !== 'number' || cell.value.value === 0) continue;
        const where = cellName({ table, row, column: cell.column, cell });
        const v = cell.value.value;
        out.push({
          range: cell.range,
          message: text(
            `${where['zh-CN']}为${v}，但“${body}”没有规章制定权（只有国务院部门、省级人民政府和设区的市、自治州人民政府可以制定规章），“规章”一行应填 0。请核对是否把行政规范性文件或上级的规章填在了这一行。`,
            `${where.en} is ${v}, but “${body}” cannot make regulations (only State Council departments, provincial governments and those of cities with districts and autonomous prefectures can): the 规章 row must be 0. Check whether normative documents or a higher government’s regulations were put in this row.`,
          ),
          related: [],
          fixes: [],
        });
      }
    }
    return out;
  },
);
