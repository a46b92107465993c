/**
 * `--previous FOLDER`: last year's reports of many bodies, each report checked against its own body's.
 *
 * A reviewer holds this year's reports in one folder and last year's in another (or both in one). The
 * folder is searched as the command line searches its arguments; each report in it is known by the body
 * and year its title names (as the editor pairs a report with last year's beside it: `titleInfo`). A
 * report checked is then paired with the report of its body and the year before its own; one without a
 * partner is checked without the cross-year rules, and stderr says so.
 */
import { createHash } from 'node:crypto';
import { parseIdentity, type Lang } from '../../shared/src';
import { discover } from '../../shared/node/files';
import { describeReadFailure } from '../../shared/node/messages';
import { describeFailure, READABLE_EXTENSIONS, readReport } from '../../shared/node/readers';
import { TITLE_WINDOW, titleInfoOf } from '../../shared/node/readers/previous';

/** Last year's reports found in a folder, by body and year. Plain data: it goes to the worker threads. */
export interface PreviousFolder {
  /** The folder as given on the command line. */
  readonly folder: string;
  /** The report of each body and year (`yearKey`): the first found, in the search's order. */
  readonly reports: Readonly<Record<string, string>>;
  /** Further reports of a body and year already found: not used, but named where the first is. */
  readonly others: Readonly<Record<string, readonly string[]>>;
}

/** The index key of a body's report of a year. */
export function yearKey(body: string, year: number): string {
  return `${year}\u0000${body}`;
}

export interface FolderIndex {
  readonly index: PreviousFolder;
  /** Files of the folder that could not be read, or whose title names no body and year: said, not fatal. */
  readonly skipped: readonly { readonly path: string; readonly problem: string }[];
  /** Found no report at all: the run stops, as for a `--previous` file that cannot be read. */
  readonly empty: boolean;
}

const NO_TITLE: Readonly<Record<Lang, string>> = {
  'zh-CN': '标题中读不出机关和年度，不作为上一年度的报告使用',
  en: 'its title names no body and year: not used as last year\'s report',
};

/** Reads the title of every report in `folder`, as `--previous FILE` is read (`readReport`). */
export function indexPreviousFolder(folder: string, lang: Lang): FolderIndex {
  const found = discover([folder], READABLE_EXTENSIONS);
  const reports: Record<string, string> = {};
  const others: Record<string, string[]> = {};
  const skipped: { path: string; problem: string }[] = found.problems.map((p) => ({ path: p.path, problem: describeReadFailure(p.code, lang) }));
  for (const path of found.files) {
    const read = readReport(path);
    if (!read.ok) {
      skipped.push({ path, problem: describeFailure(read, lang) });
      continue;
    }
    const info = titleInfoOf(parseIdentity(read.text.slice(0, TITLE_WINDOW)), path);
    if (!info || info.year === undefined) {
      skipped.push({ path, problem: NO_TITLE[lang] });
      continue;
    }
    const key = yearKey(info.body, info.year);
    if (reports[key] === undefined) reports[key] = path;
    else (others[key] ??= []).push(path);
  }
  return { index: { folder, reports, others }, skipped, empty: Object.keys(reports).length === 0 };
}

/** The cache's key for a folder's pairs: each pair and the hash of its report's bytes (`hashOf`). */
export function pairsDigest(index: PreviousFolder, hashOf: (path: string) => string | undefined): string {
  const keys = Object.keys(index.reports).sort();
  return createHash('sha1').update(JSON.stringify(keys.map((k) => [k, index.reports[k], hashOf(index.reports[k]!) ?? null]))).digest('hex');
}

/** Why a report was checked without last year's, or which of several was used: a notice, not a failure. */
export const PAIRING: Readonly<Record<Lang, {
  readonly noTitle: (folder: string) => string;
  readonly notFound: (folder: string, body: string, year: number) => string;
  readonly several: (folder: string, body: string, year: number, used: string, others: readonly string[]) => string;
  readonly unreadable: (path: string, problem: string) => string;
}>> = {
  'zh-CN': {
    noTitle: (folder) => `标题中读不出本报告的机关和年度，无法在 --previous ${folder} 中找到上一年度的报告，未做跨年度检查`,
    notFound: (folder, body, year) => `--previous ${folder} 中没有“${body}”${year}年度的报告，未做跨年度检查`,
    several: (folder, body, year, used, rest) => `--previous ${folder} 中有${rest.length + 1}份“${body}”${year}年度的报告，按 ${used} 核对（另有 ${rest.join('、')}）`,
    unreadable: (path, problem) => `--previous ${path}：${problem}，未做跨年度检查`,
  },
  en: {
    noTitle: (folder) => `the report's title names no body and year to look for last year's report in --previous ${folder}: no cross-year checks`,
    notFound: (folder, body, year) => `no report of “${body}” for ${year} in --previous ${folder}: no cross-year checks`,
    several: (folder, body, year, used, rest) => `${rest.length + 1} reports of “${body}” for ${year} in --previous ${folder}: checked against ${used} (also ${rest.join(', ')})`,
    unreadable: (path, problem) => `--previous ${path}: ${problem}; no cross-year checks`,
  },
};
