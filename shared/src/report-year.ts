/**
 * The year a report says it is for: its title's year, else the year of the report its preface names
 * (现公布…2023年度政府信息公开工作年度报告), else its statistical period's. year-mismatch tells where they
 * disagree; the claims read the prose against this year.
 */
import type { ReportModel } from './model';
import { range, type Range } from './text';

/**
 * The report's name with its year (2023年度政府信息公开工作年度报告, 2022年…政府信息公开工作情况): group 1 the year. It
 * names this report after a verb that says so (特编制…, 现公布…: `NAMING_VERB`).
 */
const REPORT_NAMED = /(\d{4})\s*年(?:度)?[^\d，。；,;：:]{0,20}?政府信息公开(?:工作)?(?:年度)?(?:报告|年报|情况)/g;
/** A verb that names this report (特编制…, 现公布…), in the thirty characters before its year and after the last clause break. */
const NAMING_VERB = /编制|公布|发布|现将|印发|形成/;

function namedHere(line: string, at: number): boolean {
  const before = line.slice(Math.max(0, at - 30), at);
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  return NAMING_VERB.test(clause);
}

/** The year of the report the preface names, and where its digits are: before part 一, or in its first lines (a preface set under 一、总体情况). */
export function namedReportYear(model: ReportModel): { readonly year: number; readonly range: Range } | undefined {
  const one = model.parts.find((p) => p.id === 1);
  const end = Math.min(model.folded.length, one ? one.bodyStart + 3 : 12);
  for (let l = 0; l < end; l++) {
    if (model.tableLines.has(l)) continue;
    const line = model.folded[l] ?? '';
    // Each name on the line in turn: the first may be another document's (关于做好2023年政府信息公开工作年度报告编制…的通知
    // before 现编制形成了《…2023年政府信息公开工作年度报告》).
    for (const m of line.matchAll(REPORT_NAMED)) {
      if (!namedHere(line, m.index)) continue;
      const year = Number(m[1]);
      if (year < 1990 || year > 2100) continue;
      return { year, range: range(l, m.index, m.index + 4) };
    }
  }
  return undefined;
}

/** The year the report is about: the title's, else the statistical period's (a report's identity is enough). */
export function reportYear(report: Pick<ReportModel, 'title' | 'period'>): number | undefined {
  return report.title?.year?.year ?? report.period?.startYear;
}

/** The year the report is for, as the report itself says: the title's, else the one the preface names, else the period's end. */
export function reportYearOf(model: ReportModel): number | undefined {
  return model.title?.year?.year ?? namedReportYear(model)?.year ?? model.period?.endYear;
}

/**
 * A paragraph that opens with its year, after a sub-heading's number and inline title too (`2020年，…`,
 * `（一）主动公开情况。2020年，…`): group 1 the year. Anchored; bounded repetitions.
 */
const OPENS_WITH_YEAR = /^\s{0,8}(?:[（(][一二三四五六七八九十\d]{1,3}[)）]\s{0,4}(?:[^\d。，,；;：:\s]{1,16}[。：:]\s{0,4})?)?(\d{4})\s{0,2}年(?:度)?\s{0,2}[，,]/;

/**
 * The year the text speaks of when the report names none (no title's year, no name of the report, no period):
 * the one year that opens the paragraphs of the preface and of part 一 (`2020年，我局…`), no other year opening
 * any of them. Undefined when they name none or disagree.
 */
export function overviewYear(model: ReportModel): number | undefined {
  const one = model.parts.find((p) => p.id === 1);
  if (!one) return undefined;
  let year: number | undefined;
  for (let l = 0; l < one.bodyEnd; l++) {
    if (model.tableLines.has(l)) continue;
    const m = OPENS_WITH_YEAR.exec(model.folded[l] ?? '');
    if (!m) continue;
    const y = Number(m[1]);
    if (y < 1990 || y > 2100) continue;
    if (year !== undefined && y !== year) return undefined;
    year = y;
  }
  return year;
}
