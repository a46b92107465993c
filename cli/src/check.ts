/**
 * Checking one file: read, decode, analyse, optionally fix and write back, and format the file's part
 * of the output. Returns plain data (the formatted text included), so the work runs the same in a
 * worker thread as in the main one, and the main thread holds no finding longer than it takes to print it.
 */
import type { Stats } from 'node:fs';
import { analyze, applyEdits, collectFixEdits, otherBody, parseIdentity, parseReport, reportYear, type Finding, type Lang, type Range, type ReportModel, type RuleSetting, type Severity } from '../../shared/src';
import { encode, type TextEncoding } from '../../shared/node/decode';
import type { RuleLevels } from '../../shared/node/config';
import { ReadError, readReportFile, writeFileAtomic } from '../../shared/node/files';
import { describeDamage, describeReadFailure, describeTooBig, describeWriteFailure } from '../../shared/node/messages';
import { describeFailure, formatLocation, formatOf, limitFor, locate, readReport, readReportBytes, type ReadResult, type SourceMap } from '../../shared/node/readers';
import { TITLE_WINDOW, titleInfoOf } from '../../shared/node/readers/previous';
import { contentHash } from './cache';
import { PAIRING, yearKey, type PreviousFolder } from './previous';
import { formatFile, type Format, type Located, type Locator } from './output';

export interface CheckConfig {
  readonly lang: Lang;
  readonly format: Format;
  readonly fix: boolean;
  /** Print errors only. */
  readonly quiet: boolean;
  readonly color: boolean;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Where relative paths are resolved from (SARIF URIs). */
  readonly cwd: string;
  /** Last year's report, for the cross-year rules (`--previous FILE`). */
  readonly previous?: string;
  /** Last year's reports of many bodies, each report checked against its own body's (`--previous FOLDER`). */
  readonly previousFolder?: PreviousFolder;
  /** Hash each file's bytes into its outcome (`--cache`). */
  readonly hashContents?: boolean;
}

export type SeverityCounts = Record<Severity, number>;

/** What the main thread keeps of one checked file. */
export interface FileOutcome {
  readonly index: number;
  readonly path: string;
  /** Whether the file was analysed (false when it could not be read or decoded). */
  readonly checked: boolean;
  /** Findings per severity and per rule code (all of them, whatever `quiet` prints). */
  readonly counts: SeverityCounts;
  readonly byCode: Readonly<Record<string, number>>;
  /** Why the file could not be (fully) read, checked or written: makes the exit status 2. */
  readonly problem?: string;
  /** Something to know that is not a failure (`--fix` does not rewrite a Word document). */
  readonly notice?: string;
  /** `--fix` changed and wrote the file. */
  readonly fixed: boolean;
  /** The file's part of the output, in the chosen format (as UTF-8 bytes when it comes from the cache). */
  readonly chunk: string | Uint8Array;
  /** SHA-1 of the bytes that were checked, when `hashContents` asks for it (the cache's key). */
  readonly contentHash?: string;
}

/** The national table a line of the model lies in, for document locations (`表三`). */
function tableKindAt(model: ReportModel): (line: number) => string | undefined {
  return (line) => model.tables.find((t) => t.startLine <= line && line <= t.endLine)?.kind;
}

/** Places ranges of a Word document's or web page's text in the document: `表三 第12行 第3列`. */
function locator(map: SourceMap, model: ReportModel, lang: Lang): Locator {
  const kindAt = tableKindAt(model);
  return (range: Range): Located | undefined => {
    const loc = locate(map, range, kindAt);
    return loc ? { ...loc, text: formatLocation(loc, lang) } : undefined;
  };
}

// ---------------------------------------------------------------------------------------------------
// Last year's report

export interface PreviousReport {
  readonly path: string;
  readonly model: ReportModel;
  readonly sourceMap?: SourceMap;
}

const previousCache = new Map<string, PreviousReport | { readonly problem: string }>();
/**
 * Reports kept parsed per thread: one `--previous FILE` serves every report, while with a folder each
 * report has its own (and a body's reports of several years may share one), so only the latest few are kept.
 */
const PREVIOUS_KEPT = 4;

/** Reads and parses last year's report, once per thread while it is among the latest used. */
export function loadPrevious(path: string, lang: Lang): PreviousReport | { readonly problem: string } {
  const key = `${lang}\u0000${path}`;
  let p = previousCache.get(key);
  if (p) {
    previousCache.delete(key);
  } else {
    const read = readReport(path);
    // A file of nothing is no report of last year, as it is none of this year's: every cross-year check
    // would pass silently against it.
    p = !read.ok
      ? { problem: describeFailure(read, lang) }
      : read.text.trim() === ''
        ? { problem: EMPTY[lang] }
        : { path, model: parseReport(read.text), ...(read.format !== 'text' ? { sourceMap: read.sourceMap } : {}) };
    if (previousCache.size >= PREVIOUS_KEPT) previousCache.delete(previousCache.keys().next().value!);
  }
  previousCache.set(key, p);
  return p;
}

/**
 * Last year's report for a report: the one `--previous FILE` names (unless it is another body's), or its
 * body's of the year before in `--previous FOLDER`; with a notice when there is none or several.
 */
function previousFor(text: string, file: string | undefined, config: CheckConfig): { readonly previous?: PreviousReport; readonly notice?: string; readonly problem?: string } {
  const { lang } = config;
  if (config.previous !== undefined) {
    const p = loadPrevious(config.previous, lang);
    if ('problem' in p) return { problem: `--previous ${config.previous}: ${p.problem}` };
    // Another body's report (a folder checked with one --previous): no cross-year relation holds, and the reader is told.
    const id = parseIdentity(text);
    const other = otherBody(id, p.model);
    if (other) return { notice: OTHER_BODY[lang](config.previous, other.theirs, other.mine) };
    // Another year's report than the year before (two years back, or this year's own): no cross-year relation holds.
    const mine = reportYear(id);
    const theirs = reportYear(p.model);
    return mine !== undefined && theirs !== undefined && theirs !== mine - 1 ? { notice: OTHER_YEAR[lang](config.previous, theirs, mine) } : { previous: p };
  }
  const folder = config.previousFolder;
  if (!folder) return {};
  const say = PAIRING[lang];
  const me = titleInfoOf(parseIdentity(text.slice(0, TITLE_WINDOW)), file);
  if (!me || me.year === undefined) return { notice: say.noTitle(folder.folder) };
  const key = yearKey(me.body, me.year - 1);
  const path = folder.reports[key];
  if (path === undefined) return { notice: say.notFound(folder.folder, me.name, me.year - 1) };
  const p = loadPrevious(path, lang);
  if ('problem' in p) return { notice: say.unreadable(path, p.problem) };
  const others = folder.others[key];
  return { previous: p, ...(others ? { notice: say.several(folder.folder, me.body, me.year - 1, path, others) } : {}) };
}

// ---------------------------------------------------------------------------------------------------
// One file

/** The report's text, and how it may be written back. */
interface Loaded {
  readonly text: string;
  /** The file's, for writing it back; undefined for a report read from standard input. */
  readonly stat?: Stats;
  /** The encoding to write a fixed text back in; undefined when the file must not be rewritten. */
  readonly writeAs?: TextEncoding;
  readonly sourceMap?: SourceMap;
  readonly docFormat?: 'docx' | 'doc' | 'odt' | 'html' | 'pdf';
  readonly problem?: string;
  /** Present when asked for (`hashContents`). */
  readonly hash?: string;
}

function load(path: string, lang: Lang, hash: boolean): Loaded | { readonly problem: string } {
  const format = formatOf(path);
  let file;
  try {
    file = readReportFile(path, limitFor(format));
  } catch (e) {
    if (e instanceof ReadError) {
      return { problem: e.code === 'ETOOBIG' ? describeTooBig(e.size ?? 0, limitFor(format), lang) : describeReadFailure(e.code, lang) };
    }
    throw e;
  }
  return taken(readReportBytes(file.bytes, path), lang, { stat: file.stat, ...(hash ? { hash: contentHash(file.bytes) } : {}) });
}

/** A report read from standard input: read as a file of that name is, never written back. */
function loadBytes(bytes: Uint8Array, name: string, lang: Lang): Loaded | { readonly problem: string } {
  const limit = limitFor(formatOf(name));
  if (bytes.length > limit) return { problem: describeTooBig(bytes.length, limit, lang) };
  return taken(readReportBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name), lang, {});
}

/**
 * What was read, as the check takes it: a document's text with its source map, or a text file's, written back in its
 * own encoding only when it came from a file (`stat`) and reads whole.
 */
function taken(read: ReadResult, lang: Lang, file: { readonly stat?: Stats; readonly hash?: string }): Loaded | { readonly problem: string } {
  if (!read.ok) return { problem: describeFailure(read, lang) };
  // A file of nothing (a download or conversion that failed) is no report missing all its six parts.
  if (read.text.trim() === '') return { problem: EMPTY[lang] };
  if (read.format !== 'text') return { text: read.text, ...file, sourceMap: read.sourceMap, docFormat: read.format };
  // Replacement characters stand for bytes that could not be read: writing them back would lose them.
  if (read.damage) return { text: read.text, ...file, problem: describeDamage(read.damage, lang) };
  return { text: read.text, ...file, ...(file.stat ? { writeAs: read.encoding } : {}) };
}

/**
 * Applies every available fix, re-analysing after each pass (as the core's `fixAll` does), and returns
 * the final text with its findings, so the fixed file is not analysed once more.
 */
function fixAndAnalyze(text: string, options: Parameters<typeof analyze>[1], maxPasses = 10): { text: string; model: ReportModel; findings: readonly Finding[] } {
  let current = text;
  for (let pass = 0; ; pass++) {
    const { model, findings } = analyze(current, options);
    const edits = pass < maxPasses ? collectFixEdits(findings) : [];
    if (edits.length === 0) return { text: current, model, findings };
    const next = applyEdits(current, edits).text;
    if (next === current) return { text: current, model, findings };
    current = next;
  }
}

function countFindings(findings: readonly Finding[]): { counts: SeverityCounts; byCode: Record<string, number> } {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  const byCode: Record<string, number> = {};
  for (const f of findings) {
    counts[f.severity]++;
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  }
  return { counts, byCode };
}

function internalError(e: unknown, lang: Lang): string {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return lang === 'zh-CN' ? `检查时内部出错（${what}），请报告此问题` : `internal error while checking (${what}); please report it`;
}

const EMPTY: Readonly<Record<Lang, string>> = {
  'zh-CN': '没有文字（文件是空的或只有空白），不是年度报告，未检查',
  en: 'no text (the file is empty or blank): not a report, not checked',
};

const NO_FIX: Readonly<Record<Lang, string>> = {
  'zh-CN': '--fix 不改写 Word 文档、网页和 PDF（也不改写 OpenDocument 文本），只检查；其中可自动修复的问题请在原文档中修改',
  en: '--fix does not rewrite Word documents, web pages or PDF (nor OpenDocument text); checked only — correct its fixable problems in the original document',
};

const OTHER_BODY: Readonly<Record<Lang, (path: string, theirs: string, mine: string) => string>> = {
  'zh-CN': (path, theirs, mine) => `--previous ${path} 是“${theirs}”的报告，本报告是“${mine}”的，未做跨年度检查`,
  en: (path, theirs, mine) => `--previous ${path} is the report of “${theirs}”, this one of “${mine}”: no cross-year checks`,
};

const OTHER_YEAR: Readonly<Record<Lang, (path: string, theirs: number, mine: number) => string>> = {
  'zh-CN': (path, theirs, mine) => `--previous ${path} 是${theirs}年度的报告，本报告是${mine}年度的，不是上一年度，未做跨年度检查`,
  en: (path, theirs, mine) => `--previous ${path} is the report for ${theirs}, this one is for ${mine}: not last year's, no cross-year checks`,
};

function notChecked(index: number, path: string, problem: string, config: CheckConfig): FileOutcome {
  return { index, path, checked: false, counts: { error: 0, warning: 0, info: 0, hint: 0 }, byCode: {}, problem, fixed: false, chunk: formatFile(config, index, path, [], { problem, fixed: false }) };
}

/** One file to check: its place in the run, its path, and the rule levels of its `.govreport-lint.json` with `--rule` over them. */
export interface Job {
  readonly index: number;
  readonly path: string;
  /** The report's bytes when they came from standard input (`path` is then only its name). */
  readonly bytes?: Uint8Array;
  /** When a configuration file applies; else the run's `rules`. */
  readonly rules?: RuleLevels;
  /** Why the folder search could not use this path (a broken link, a folder without reports): not read, told in its place. */
  readonly problem?: string;
}

export function checkFile({ index, path, rules, bytes, problem: unusable }: Job, config: CheckConfig): FileOutcome {
  if (unusable !== undefined) return notChecked(index, path, unusable, config);
  const { lang } = config;
  const loaded = bytes ? loadBytes(bytes, path, lang) : load(path, lang, config.hashContents === true);
  if (!('text' in loaded)) return notChecked(index, path, loaded.problem, config);
  const paired = previousFor(loaded.text, bytes ? undefined : path, config);
  if (paired.problem !== undefined) return notChecked(index, path, paired.problem, config);
  const { previous } = paired;
  let notice = paired.notice;
  const options = { rules: rules ?? config.rules, ...(previous ? { previous: previous.model } : {}) };
  let problem = loaded.problem;
  let findings: readonly Finding[];
  let model: ReportModel;
  let fixed = false;
  try {
    if (config.fix && loaded.writeAs) {
      const result = fixAndAnalyze(loaded.text, options);
      ({ findings, model } = result);
      if (result.text !== loaded.text) {
        try {
          writeFileAtomic(path, encode(result.text, loaded.writeAs), loaded.stat);
          fixed = true;
        } catch (e) {
          problem = describeWriteFailure((e as NodeJS.ErrnoException).code ?? String(e), lang);
          // Nothing was written: report what is in the file.
          ({ findings, model } = analyze(loaded.text, options));
        }
      }
    } else {
      ({ findings, model } = analyze(loaded.text, options));
      // Said only where --fix would have changed something: a line for every clean document of a folder is noise.
      if (config.fix && loaded.docFormat && collectFixEdits(findings).length > 0) notice = notice ? `${notice}；${NO_FIX[lang]}` : NO_FIX[lang];
    }
  } catch (e) {
    return notChecked(index, path, internalError(e, lang), config);
  }
  const { counts, byCode } = countFindings(findings);
  const shown = config.quiet ? findings.filter((f) => f.severity === 'error') : findings;
  const chunk = formatFile(config, index, path, shown, {
    problem,
    fixed,
    ...(loaded.docFormat && loaded.sourceMap ? { docFormat: loaded.docFormat, locate: locator(loaded.sourceMap, model, lang) } : {}),
    ...(previous ? { previous: { path: previous.path, ...(previous.sourceMap ? { locate: locator(previous.sourceMap, previous.model, lang) } : {}) } } : {}),
  });
  return { index, path, checked: true, counts, byCode, ...(problem ? { problem } : {}), ...(notice ? { notice } : {}), fixed, chunk, ...(loaded.hash !== undefined ? { contentHash: loaded.hash } : {}) };
}
