/**
 * Finding last year's report of the same body beside a report: in the same folder, a report (any
 * readable format) whose title names the same body and the year before. The language server uses it
 * so that the cross-year rules work without configuration.
 *
 * The body is the title without its year and the words every report title has:
 * `湘潭县2024年政府信息公开工作年度报告` → `湘潭县`. Titles are read from each candidate's opening
 * only, and remembered per file (path, size, modification time), so a folder is read once.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { bodyNameOf, bodyOf, parseIdentity, parseReport, reportYear, type ReportIdentity, type ReportModel } from '../../src';
import { readReport, READABLE_EXTENSIONS, type ReadResult } from './index';
import type { SourceMap } from './sourcemap';

/** The body a title names (the core's, which the cross-year rules compare too). */
export { bodyOf };

export interface TitleInfo {
  /** The body, as titles are compared (县政府 and 县人民政府 are one). */
  readonly body: string;
  /** The body as this title names it, for messages. */
  readonly name: string;
  readonly year: number | undefined;
}

/** A report's title as the core reads it: its body and year. */
export function titleInfo(id: ReportIdentity): TitleInfo | undefined {
  const t = id.title;
  if (!t) return undefined;
  const body = bodyOf(t.text);
  return body ? { body, name: bodyNameOf(t.text), year: reportYear(id) } : undefined;
}

/** A year in a file name (2023, ２０２３). */
const NAME_YEAR = /(?:19|20)\d{2}/g;
/** A body's name: Chinese words (brackets allowed: 中国（湖南）自由贸易试验区), nothing of a site's file numbering. */
const BODY_NAME = /^[\u3400-\u9fff（）]{2,40}$/;

/**
 * A report's title as the core reads it, or, when its title names a year but no body (`2023年政府信息公开工作年度报告`
 * under a letterhead the text lost), the body its file's name gives: `永州市人民政府办公室2023年政府信息公开工作年度报告.html`.
 * The name is used only when it names no other year than the report's, and a body in Chinese words alone (not a site's
 * `t20240130_1186453.html`); an attachment's `附件1：` before it is no part of the body.
 */
export function titleInfoOf(id: ReportIdentity, path: string | undefined): TitleInfo | undefined {
  const info = titleInfo(id);
  if (info || path === undefined) return info;
  const year = reportYear(id);
  if (year === undefined) return undefined;
  const stem = basename(path, extname(path)).normalize('NFKC');
  const years = stem.match(NAME_YEAR) ?? [];
  if (years.some((y) => Number(y) !== year)) return undefined;
  const name = bodyNameOf(stem.replace(/^附件\s*\d{0,2}\s*[:：、.]?/, ''));
  if (!BODY_NAME.test(name)) return undefined;
  return { body: bodyOf(name), name, year };
}

export interface PreviousReport {
  readonly path: string;
  readonly model: ReportModel;
  /** For a .docx or .html: where its lines came from. */
  readonly sourceMap?: SourceMap;
}

/** Candidates read per folder at most (a folder of hundreds of files is not a report's folder). */
const MAX_CANDIDATES = 60;

interface Known {
  readonly size: number;
  readonly mtimeMs: number;
  readonly info: TitleInfo | undefined;
  /** Read in full when the file is chosen as someone's previous report. */
  report?: PreviousReport;
}

/** The opening of a report is enough for its title (the parser reads the title from the first lines). */
export const TITLE_WINDOW = 4000;

function previousReport(path: string, read: Extract<ReadResult, { ok: true }>): PreviousReport {
  return { path, model: parseReport(read.text), ...(read.format !== 'text' ? { sourceMap: read.sourceMap } : {}) };
}

/** Finds last year's report beside files; remembers what it read. */
export class PreviousReportFinder {
  private readonly known = new Map<string, Known>();

  private entry(path: string): Known | undefined {
    let st;
    try {
      st = statSync(path);
    } catch {
      this.known.delete(path);
      return undefined;
    }
    if (!st.isFile()) return undefined;
    const hit = this.known.get(path);
    if (hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs) return hit;
    const read = readReport(path);
    const entry: Known = { size: st.size, mtimeMs: st.mtimeMs, info: read.ok ? titleInfoOf(parseIdentity(read.text.slice(0, TITLE_WINDOW)), path) : undefined };
    this.known.set(path, entry);
    return entry;
  }

  /**
   * Last year's report for the report at `path` named by `current` (its model, or `parseIdentity` of
   * its opening); undefined when its title or year is unknown, or no file in its folder is the same
   * body's report of the year before. Files named like it with last year's number, or holding its body's
   * name and last year's number, are looked at first. `folder`: where to look, when not beside the file.
   */
  find(path: string, current: ReportIdentity, folder = dirname(path)): PreviousReport | undefined {
    const me = titleInfoOf(current, path);
    if (!me || me.year === undefined) return undefined;
    let names: string[];
    try {
      const beside = resolve(folder) === dirname(resolve(path));
      // Another folder may hold last year's report under this one's very name (2023/报告.docx, 2024/报告.docx).
      names = readdirSync(folder).filter((n) => READABLE_EXTENSIONS.includes(extname(n).toLowerCase()) && !(beside && n === basename(path)) && !n.startsWith('.'));
    } catch {
      return undefined;
    }
    const last = String(me.year - 1);
    // This file's name with last year's number, then names that hold the body and last year's number, the
    // body, the year: a county's folder of seventy departments' reports finds its own among the first.
    const mine = basename(path).split(String(me.year)).join(last);
    const score = (n: string) => (n === mine ? 4 : 0) + (n.includes(me.body) || n.includes(me.name) ? 2 : 0) + (n.includes(last) ? 1 : 0);
    const scores = new Map(names.map((n) => [n, score(n)]));
    names.sort((a, b) => scores.get(b)! - scores.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names.slice(0, MAX_CANDIDATES)) {
      const found = this.ifPrevious(join(folder, name), me);
      if (found) return found;
    }
    return undefined;
  }

  /** The file at `candidate` when it is the report of the year before `current`'s, of the same body. */
  findFile(candidate: string, current: ReportIdentity, path?: string): PreviousReport | undefined {
    const me = titleInfoOf(current, path);
    return me && me.year !== undefined ? this.ifPrevious(candidate, me) : undefined;
  }

  private ifPrevious(candidate: string, me: TitleInfo): PreviousReport | undefined {
    const e = this.entry(candidate);
    if (!e?.info || me.year === undefined || e.info.year !== me.year - 1 || e.info.body !== me.body) return undefined;
    if (!e.report) {
      // Read in full only the one chosen.
      const read = readReport(candidate);
      if (!read.ok) return undefined;
      e.report = previousReport(candidate, read);
    }
    return e.report;
  }

  /** Forgets a file (it changed on disk). */
  forget(path: string): void {
    this.known.delete(path);
  }
}
