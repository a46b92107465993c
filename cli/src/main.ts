/**
 * govreport-lint: checks annual reports on government information disclosure from the command line.
 *
 *   govreport-lint [--format text|json|sarif] [--lang zh-CN|en] [--fix] [--rule CODE=LEVEL]
 *                  [--previous FILE] [--summary FILE.csv] [--quiet] [--jobs N]
 *                  [--cache] [--cache-location FILE] <file or folder>...
 *
 * Exit status: 0 when no file has an error, 1 when one has, 2 on bad usage or when some file could not
 * be read, checked or written (the other files are still checked and printed).
 *
 * This file is also the worker threads' entry point: the bundle started with the pool's `workerData`
 * checks files instead of parsing a command line.
 */
import { statSync, writeSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { RULES, localize, type Lang, type RuleSetting } from '../../shared/src';
import { ConfigFinder, configRules, describeConfigError, type ConfigError, type RuleLevels } from '../../shared/node/config';
import { discover, readReportFile } from '../../shared/node/files';
import { describeIoError, describeTooBig } from '../../shared/node/messages';
import { formatOf, limitFor, READABLE_EXTENSIONS } from '../../shared/node/readers';
import { HELP, UsageError, parseCommand, type Options } from './args';
import { DEFAULT_CACHE_FILE, ResultCache, cacheKey, contentHash, withCache } from './cache';
import { loadPrevious, type CheckConfig, type FileOutcome } from './check';
import { codeCache } from './codeCache';
import { VERSION, footer, formatFile, header, printable, separator, useColor, type FileNote, type Totals } from './output';
import { WORKER_ROLE, checkAll, workerCount, workerMain, type Job, type WorkerData } from './pool';
import { indexPreviousFolder, pairsDigest } from './previous';
import { CsvSummary } from './summary';

/** Standard output with backpressure, and a reader that went away (`… | head`) ending the run quietly. */
class Out {
  closed = false;
  private drained: Promise<void> | undefined;
  private release: (() => void) | undefined;
  /**
   * Standard output's descriptor when it is a file (or /dev/null), written to directly. Node's stream for a file
   * writes synchronously too, but makes a Buffer of each string first: 41 MB of JSON over the 2,000 benchmark
   * reports, in 4,000 writes, took 115–150 ms of CPU through the stream against 43–53 ms written directly.
   */
  private readonly fd: number | undefined;

  constructor(private readonly stream: NodeJS.WriteStream) {
    stream.on('error', (e: NodeJS.ErrnoException) => this.failed(e));
    stream.on('drain', () => this.release?.());
    const { _type, fd } = stream as { _type?: string; fd?: unknown };
    this.fd = _type === 'fs' && typeof fd === 'number' ? fd : undefined;
  }

  private failed(e: NodeJS.ErrnoException): void {
    if (!this.closed && e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') process.stderr.write(`govreport-lint: ${e.message}\n`);
    this.closed = true;
    this.release?.();
  }

  async write(s: string | Uint8Array): Promise<void> {
    if (this.drained) await this.drained;
    if (this.closed || s.length === 0) return;
    if (this.fd !== undefined) {
      try {
        if (typeof s === 'string') writeSync(this.fd, s);
        else writeSync(this.fd, s);
      } catch (e) {
        this.failed(e as NodeJS.ErrnoException);
      }
      return;
    }
    if (!this.stream.write(s)) {
      this.drained = new Promise((resolve) => {
        this.release = () => {
          this.drained = undefined;
          this.release = undefined;
          resolve();
        };
      });
    }
  }

  /** Resolves once everything written has been handed to the system (or the reader is gone). */
  async end(): Promise<void> {
    if (this.drained) await this.drained;
    if (this.closed) return;
    await new Promise<void>((resolve) => {
      this.stream.write('', () => resolve());
      this.stream.once('error', () => resolve());
    });
  }
}

/** SHA-1 of a file's bytes for the cache, or undefined when it cannot be read (it is then checked, and its problem told). */
function hashOf(path: string): string | undefined {
  try {
    return contentHash(readReportFile(path, limitFor(formatOf(path))).bytes);
  } catch {
    return undefined;
  }
}

/** Standard input, whole, up to the size a report of its name may have. */
async function readStdin(name: string, lang: Lang): Promise<{ readonly bytes: Uint8Array } | { readonly problem: string }> {
  const limit = limitFor(formatOf(name));
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) {
        process.stdin.destroy();
        return { problem: describeTooBig(size, limit, lang) };
      }
      chunks.push(chunk);
    }
  } catch (e) {
    return { problem: describeIoError((e as NodeJS.ErrnoException).code ?? String(e), lang) };
  }
  return { bytes: Buffer.concat(chunks, size) };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function problemLine(path: string, message: string): string {
  return `govreport-lint: ${printable(path)}: ${message}\n`;
}

/** A path to check, or one the folder search could not use (`problem`: why, in the user's language). */
interface Entry {
  readonly path: string;
  readonly problem?: string;
}

/** The jobs for `files`, each with the rules of its configuration file (if any) and `--rule` over them. */
function configuredJobs(files: readonly Entry[], rules: RuleLevels): { jobs: Job[]; files: string[]; errors: ConfigError[] } {
  const finder = new ConfigFinder();
  const used = new Set<string>();
  const errors = new Map<string, ConfigError>();
  const jobs = files.map(({ path, problem }, index): Job => {
    if (problem !== undefined) return { index, path, problem };
    const absolute = resolve(path);
    const { config, error } = finder.lookup(absolute);
    if (error) errors.set(error.path, error);
    if (!config) return { index, path };
    used.add(config.path);
    return { index, path, rules: { ...configRules(config, absolute), ...rules } };
  });
  return { jobs, files: [...used, ...errors.keys()].sort(), errors: [...errors.values()] };
}

/** What writeOutcomes reads and keeps of the run. */
interface Run {
  readonly out: Out;
  readonly config: CheckConfig;
  readonly quiet: boolean;
  readonly totals: Totals;
  readonly notes: FileNote[];
  readonly summary: CsvSummary | undefined;
  wroteAny: boolean;
  /** A file could not be read, checked or written. */
  problem: boolean;
  anyError: boolean;
}

/**
 * Writes each file's part as it comes, and counts it. (The loop is a function of its own: it runs once per
 * file, so V8 compiles the function that holds it while it runs (on-stack replacement), and inside check()
 * that was the whole of check(), some 3,800 bytes of bytecode, thrown away again at the footer, whose code
 * had never run.)
 */
async function writeOutcomes(outcomes: AsyncIterable<FileOutcome>, run: Run): Promise<void> {
  const { out, config, totals } = run;
  for await (const o of outcomes) {
    if (o.notice) process.stderr.write(problemLine(o.path, o.notice));
    if (o.problem) {
      process.stderr.write(problemLine(o.path, o.problem));
      totals.problems++;
      run.problem = true;
    }
    if (o.checked) totals.files++;
    if (o.fixed) totals.fixed++;
    if (o.counts.error > 0) {
      run.anyError = true;
      totals.filesWithErrors++;
    }
    totals.counts.error += o.counts.error;
    if (!run.quiet) {
      totals.counts.warning += o.counts.warning;
      totals.counts.info += o.counts.info;
      totals.counts.hint += o.counts.hint;
    }
    if (config.format === 'sarif') run.notes.push(o.problem ? { path: o.path, problem: o.problem } : { path: o.path });
    if (o.chunk.length > 0) {
      await out.write(separator(config, !run.wroteAny));
      await out.write(o.chunk);
      run.wroteAny = true;
    }
    run.summary?.add(o);
    if (out.closed) break;
  }
}

async function check(given: Options, script: string): Promise<number> {
  // `--cache-location 文件夹`: the cache file in that folder (as ESLint takes a folder), not a folder read and written over.
  const options = given.cache !== undefined && isFolder(given.cache) ? { ...given, cache: join(given.cache, DEFAULT_CACHE_FILE) } : given;
  const { lang } = options;
  let config: CheckConfig = {
    lang,
    format: options.format,
    fix: options.fix,
    quiet: options.quiet,
    color: options.format === 'text' && useColor(process.stdout.isTTY, process.env),
    rules: options.rules,
    cwd: process.cwd(),
    ...(options.cache !== undefined ? { hashContents: true } : {}),
  };
  // Last year's report, or a folder of last year's reports: read here first, so that a bad --previous
  // stops the run before anything is checked.
  let previousHash: string | undefined;
  if (options.previous !== undefined && isFolder(options.previous)) {
    const indexed = indexPreviousFolder(options.previous, lang);
    for (const s of indexed.skipped) process.stderr.write(problemLine(s.path, `--previous: ${s.problem}`));
    if (indexed.empty) {
      process.stderr.write(`govreport-lint: --previous ${options.previous}: ${lang === 'zh-CN' ? `文件夹中没有可用作上一年度报告的文件（${READABLE_EXTENSIONS.join('、')}，标题写明机关和年度）` : `the folder holds no report to use as last year's (${READABLE_EXTENSIONS.join(', ')}, with the body and year in its title)`}\n`);
      return 2;
    }
    config = { ...config, previousFolder: indexed.index };
    if (options.cache !== undefined) previousHash = pairsDigest(indexed.index, hashOf);
  } else if (options.previous !== undefined) {
    const previous = loadPrevious(options.previous, lang);
    if ('problem' in previous) {
      process.stderr.write(`govreport-lint: --previous ${options.previous}: ${previous.problem}\n`);
      return 2;
    }
    config = { ...config, previous: options.previous };
    previousHash = hashOf(options.previous);
  }
  let summary: CsvSummary | undefined;
  if (options.summary !== undefined) {
    try {
      summary = new CsvSummary(options.summary, lang);
    } catch (e) {
      const why = describeIoError((e as NodeJS.ErrnoException).code ?? String(e), lang);
      process.stderr.write(problemLine(options.summary, lang === 'zh-CN' ? `无法写入汇总表：${why}` : `cannot write the summary: ${why}`));
      return 2;
    }
  }

  let exit = 0;
  const found = discover(options.paths, READABLE_EXTENSIONS, { emptyFolders: true, patterns: true });
  // What the search found and could not use (a name that is not UTF-8, a folder without permission, a broken
  // link to a report, a folder without reports) goes where the search met it, among the files, as a file that
  // cannot be read does: on stderr, a JSON entry with "error", a CSV row, a SARIF notification, in order.
  const discovered: Entry[] = [];
  for (let i = 0, k = 0; i <= found.files.length; i++) {
    for (; k < found.problems.length && found.problems[k]!.at <= i; k++) {
      const p = found.problems[k]!;
      discovered.push({ path: p.path, problem: describeIoError(p.code, lang) });
      exit = 2;
    }
    // The cache is not a report, whatever it is named and wherever it is kept.
    const f = found.files[i];
    if (f !== undefined && (options.cache === undefined || resolve(f) !== resolve(options.cache))) discovered.push({ path: f });
  }
  const unlisted: FileNote[] = [];
  // A report from standard input comes first, under its name; one that cannot be read is told as an unreadable file is.
  const stdin = options.stdin !== undefined ? await readStdin(options.stdin, lang) : undefined;
  if (stdin && 'problem' in stdin) {
    process.stderr.write(problemLine(options.stdin!, stdin.problem));
    unlisted.push({ path: options.stdin!, problem: stdin.problem });
    exit = 2;
  }
  const files: Entry[] = stdin && 'bytes' in stdin ? [{ path: options.stdin! }, ...discovered] : discovered;
  // Each report's .govreport-lint.json, with --rule over it. A file that cannot be used is told once, as
  // an unreadable path is, and the reports under it are checked with --rule alone.
  const configs = configuredJobs(files, options.rules);
  for (const e of configs.errors) {
    const problem = describeConfigError(e, lang);
    const path = shownPath(e.path);
    process.stderr.write(problemLine(path, problem));
    unlisted.push({ path, problem, config: true });
    exit = 2;
  }

  let cache: ResultCache | undefined;
  if (options.cache !== undefined) {
    // The configuration files decide every report's rules: a change to one starts the cache afresh.
    const configsHash = configs.files.length > 0 ? configs.files.map((f) => `${f}\u0000${hashOf(f) ?? ''}`).join('\u0000') : undefined;
    const opened = ResultCache.open(options.cache, cacheKey(config, script, previousHash, configsHash), config.format === 'sarif');
    cache = opened.cache;
    if (opened.problem === 'foreign') {
      // `--cache-location 报告.txt`: written over at the end, that file would be lost.
      summary?.abort();
      process.stderr.write(
        problemLine(
          options.cache,
          lang === 'zh-CN'
            ? '这个文件不是 govreport-lint 的缓存，不会用它，也不会覆盖它；请用 --cache-location 另给一个位置（如确是无用的旧缓存，可删除后再运行）'
            : 'this file is not a govreport-lint cache: it is neither used nor written over. Give --cache-location another path (or, if it is a useless old cache, delete it and run again)',
        ),
      );
      return 2;
    }
    if (opened.problem) {
      process.stderr.write(problemLine(options.cache, lang === 'zh-CN' ? `缓存文件${opened.problem === 'damaged' ? '已损坏' : '无法读取'}，这次检查全部文件，结束时重写缓存` : `the cache is ${opened.problem}; checking every file and writing a new cache at the end`));
    }
  }
  const out = new Out(process.stdout);
  const totals: Totals = { files: 0, problems: 0, configErrors: 0, counts: { error: 0, warning: 0, info: 0, hint: 0 }, filesWithErrors: 0, fixed: 0 };
  // SARIF lists every file at the end; the other formats need nothing kept per file.
  const notes: FileNote[] = [];
  let anyError = false;
  let wroteAny = false;
  await out.write(header(config));
  // Standard input that could not be read, and configuration files that cannot be used, come first, listed as
  // an unreadable file is: a JSON entry with "error", a CSV row, the summary's count. SARIF lists them among the
  // run's notifications (footer).
  for (const u of unlisted) {
    // An unusable configuration file is counted as such, apart from the reports that could not be checked.
    if (u.config) totals.configErrors++;
    else totals.problems++;
    summary?.add({ index: -1, path: u.path, checked: false, counts: { error: 0, warning: 0, info: 0, hint: 0 }, byCode: {}, problem: u.problem!, fixed: false, chunk: '' });
    if (config.format !== 'json') continue;
    await out.write(separator(config, !wroteAny));
    await out.write(formatFile(config, -1, u.path, [], { problem: u.problem!, fixed: false }));
    wroteAny = true;
  }
  try {
    const jobs = stdin && 'bytes' in stdin ? configs.jobs.map((j, i) => (i === 0 ? { ...j, bytes: stdin.bytes } : j)) : configs.jobs;
    const checkJobs = (list: readonly Job[]) => checkAll(list, config, workerCount(list.length, options.jobs), script);
    const run: Run = { out, config, quiet: options.quiet, totals, notes, summary, wroteAny, problem: false, anyError: false };
    await writeOutcomes(cache ? withCache(jobs, cache, hashOf, checkJobs) : checkJobs(jobs), run);
    wroteAny = run.wroteAny;
    if (run.problem) exit = 2;
    anyError = run.anyError;
  } catch (e) {
    summary?.abort();
    throw e;
  }
  await out.write(footer(config, totals, notes, unlisted, wroteAny));
  if (summary) {
    try {
      summary.commit();
    } catch (e) {
      const why = describeIoError((e as NodeJS.ErrnoException).code ?? String(e), lang);
      process.stderr.write(problemLine(options.summary!, lang === 'zh-CN' ? `无法写入汇总表：${why}` : `cannot write the summary: ${why}`));
      exit = 2;
    }
  }
  if (cache) {
    try {
      cache.save();
    } catch (e) {
      // The reports were all checked and printed; only the next run loses the cache's help.
      const why = describeIoError((e as NodeJS.ErrnoException).code ?? String(e), lang);
      process.stderr.write(problemLine(cache.file, lang === 'zh-CN' ? `无法写入缓存：${why}` : `cannot write the cache: ${why}`));
    }
  }
  await out.end();
  // The checker is compiled now: a run after this one starts from its bytecode (boot.ts), if it had no cache yet.
  if (totals.files > 0) codeCache()?.save();
  if (out.closed) return 2;
  return exit !== 0 ? exit : anyError ? 1 : 0;
}

/** Prints a short text (help, version, rules) through `Out`, so a reader that went away (`| head`) ends it quietly. */
async function printed(text: string): Promise<number> {
  const out = new Out(process.stdout);
  await out.write(text);
  await out.end();
  return 0;
}

export async function main(argv: readonly string[], script: string): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`govreport-lint: ${e.message}\n${e.lang === 'zh-CN' ? '使用 --help 查看用法。' : 'See --help.'}\n`);
    return 2;
  }
  switch (command.kind) {
    case 'help':
      return printed(HELP[command.lang] + '\n');
    case 'version':
      return printed(VERSION + '\n');
    case 'list-rules':
      return printed(RULES.map((r) => `${r.meta.code.padEnd(20)} ${r.meta.severity.padEnd(8)} ${localize(r.meta.title, command.lang)}\n`).join(''));
    case 'print-config':
      return printConfig(command.path, command.rules, command.lang);
    case 'check':
      return check(command.options, script);
  }
}

/**
 * `--print-config FILE`: every rule's level for that report (its default, its .govreport-lint.json's,
 * `--rule`'s over both) and the configuration file used, as JSON. The report need not exist; an
 * unusable configuration file is reported as in a check (exit 2), and the levels are then those without it.
 */
async function printConfig(path: string, rules: RuleLevels, lang: Lang): Promise<number> {
  // A folder's levels are no report's: an override names files, and the folder's own file applies to
  // what is inside it, not to the folder as a file beside it.
  if (isFolder(path)) {
    process.stderr.write(
      problemLine(
        path,
        lang === 'zh-CN'
          ? '这是文件夹；--print-config 请给出其中一份报告的路径（各规则的级别按报告所在位置和文件名决定）'
          : 'that is a folder; give --print-config the path of a report in it (the levels depend on where a report is and its name)',
      ),
    );
    return 2;
  }
  const absolute = resolve(path);
  const { config, error } = new ConfigFinder().lookup(absolute);
  if (error) process.stderr.write(problemLine(shownPath(error.path), describeConfigError(error, lang)));
  const levels: Record<string, RuleSetting> = {};
  for (const r of RULES) levels[r.meta.code] = r.meta.severity;
  Object.assign(levels, config ? configRules(config, absolute) : {}, rules);
  await printed(`${JSON.stringify({ file: path, config: config ? shownPath(config.path) : null, rules: levels }, null, 2)}\n`);
  return error ? 2 : 0;
}

/** A path as the reports are named: relative to the working folder when it is inside it. */
function shownPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown !== '' && !shown.startsWith('..') && !isAbsolute(shown) ? shown : path;
}

function isWorker(): boolean {
  return !isMainThread && parentPort !== null && typeof workerData === 'object' && workerData !== null && (workerData as { role?: unknown }).role === WORKER_ROLE;
}

if (isWorker()) {
  workerMain(parentPort!, (workerData as WorkerData).config);
} else {
  main(process.argv.slice(2), __filename).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A bug, not bad input: say so in one line.
      process.stderr.write(`govreport-lint: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
