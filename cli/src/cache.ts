/**
 * `--cache`: each file's outcome remembered under a hash of its bytes, so that checking a folder again
 * checks only the reports that changed (as ESLint's `--cache` does). A reviewer who re-checks a
 * province's two thousand reports after a few offices resubmitted waits for those few, not for all.
 *
 * An entry is used only when everything its output depends on is as it was: the file's bytes (SHA-1),
 * the checker itself (a hash of the running bundle, so a new version or a rebuilt one starts afresh),
 * every option that changes what is printed (language, format, quiet, rules and the configuration files, colour, the working
 * folder that SARIF URIs are relative to), last year's report given with `--previous` (its bytes; for a folder, the reports it pairs and their bytes), and,
 * for SARIF, the file's place in the run (its artifact index). A cached run prints exactly what a run
 * without the cache prints (the tests compare them byte for byte).
 *
 * The file is one line of JSON (the key and, per file, its hash, counts and where its output lies)
 * followed by every file's output as UTF-8 bytes, which a cached run writes out as they are: no
 * decoding, no re-encoding. It is read whole at the start and written at the end, atomically (a
 * temporary file beside it, renamed over it), so an interrupted run leaves the previous cache intact. A cache that is
 * unreadable, damaged or from another version is ignored (and replaced at the end); failing to write
 * it is reported on stderr but does not change the exit status: no report is lost, the next run is
 * only slower. Entries of files not checked in this run are kept while the files exist, so one cache
 * serves several folders and does not grow with files long deleted.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { AtomicFile } from '../../shared/node/files';
import type { CheckConfig, FileOutcome } from './check';
import type { Job } from './pool';

/** Where `--cache` keeps its file unless `--cache-location` says otherwise (in the working folder). */
export const DEFAULT_CACHE_FILE = '.govreport-lint-cache';

const FORMAT_VERSION = 2;

/** What the index keeps of an outcome: everything but its place in the run (the entry's) and its output (the blob's). */
type Kept = Omit<FileOutcome, 'index' | 'path' | 'contentHash' | 'chunk'>;

interface Entry {
  readonly hash: string;
  readonly index: number;
  readonly outcome: Kept;
  /** The output's bytes: where they start in the blob after the index line, and how many. */
  readonly start: number;
  readonly length: number;
}

interface CacheIndex {
  readonly version: typeof FORMAT_VERSION;
  /** The checker and the options the entries were made with. */
  readonly key: string;
  readonly entries: Record<string, Entry>;
}

/** An entry in memory: its output as the blob's bytes (read) or as the run made it (new). */
interface Held {
  readonly hash: string;
  readonly index: number;
  readonly outcome: Kept;
  readonly chunk: string | Uint8Array;
}

const empty = (): Record<string, Held> => Object.create(null) as Record<string, Held>;

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** The hash of the running checker (the bundle's own file), computed once. */
let checkerHash: string | undefined;
function checkerOf(script: string): string {
  if (checkerHash === undefined) {
    try {
      checkerHash = contentHash(readFileSync(script));
    } catch {
      // Without its own file the checker cannot tell its versions apart: nothing cached will match.
      checkerHash = `unknown-${process.pid}-${Date.now()}`;
    }
  }
  return checkerHash;
}

/** Everything an entry's output depends on besides the file itself. */
export function cacheKey(config: CheckConfig, script: string, previousHash: string | undefined, configsHash?: string): string {
  return JSON.stringify({
    checker: checkerOf(script),
    lang: config.lang,
    format: config.format,
    quiet: config.quiet,
    color: config.color,
    rules: Object.entries(config.rules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    cwd: config.cwd,
    previous: config.previous === undefined ? null : [config.previous, previousHash ?? null],
    // A folder of last year's reports: its pairs and the bytes of each report paired (`indexPreviousFolder`).
    previousFolder: config.previousFolder === undefined ? null : [config.previousFolder.folder, previousHash ?? null],
    // The .govreport-lint.json files that apply (their paths and bytes), when any does.
    ...(configsHash !== undefined ? { configs: configsHash } : {}),
  });
}

/**
 * `foreign`: the file holds something that is no cache at all (a report, a summary: `--cache-location`
 * given the wrong path); it is neither used nor written over.
 */
export type CacheLoad = { readonly cache: ResultCache; readonly problem?: 'damaged' | 'unreadable' | 'foreign' };

/** How every cache file this checker writes begins (its index line, `{"version":…`). */
const SIGNATURE = '{"version":';

export class ResultCache {
  private changed = false;
  /** The files looked up in this run (the others' entries are kept only while they exist). */
  private readonly seen = new Set<string>();

  private constructor(
    readonly file: string,
    private readonly key: string,
    private readonly entries: Record<string, Held>,
    /** SARIF chunks name the file's index in the run: an entry serves only the same index. */
    private readonly byIndex: boolean,
  ) {}

  /** Opens the cache file; a missing one is an empty cache, a bad one is reported and replaced. */
  static open(file: string, key: string, byIndex: boolean): CacheLoad {
    let bytes: Buffer;
    try {
      // Only a regular file is read (a FIFO or a device would block or never end).
      if (!statSync(file).isFile()) return { cache: new ResultCache(file, key, empty(), byIndex), problem: 'unreadable' };
      bytes = readFileSync(file);
    } catch (e) {
      const cache = new ResultCache(file, key, empty(), byIndex);
      return (e as NodeJS.ErrnoException).code === 'ENOENT' ? { cache } : { cache, problem: 'unreadable' };
    }
    const read = readEntries(bytes);
    if (!read) {
      const cache = new ResultCache(file, key, empty(), byIndex);
      // A cache cut short or garbled after its start is replaced; anything else was never a cache.
      const start = bytes.toString('latin1', 0, SIGNATURE.length);
      if (bytes.length > 0 && !SIGNATURE.startsWith(start)) return { cache, problem: 'foreign' };
      cache.changed = true;
      return { cache, problem: 'damaged' };
    }
    // Made by another version or with other options: nothing in it applies, and it is replaced.
    const cache = new ResultCache(file, key, read.key === key ? read.entries : empty(), byIndex);
    if (read.key !== key) cache.changed = true;
    return { cache };
  }

  /**
   * The remembered outcome of `path` as the `index`-th file, if its bytes still hash as they did.
   * `hashOf` reads and hashes the file only when there is an entry to compare with.
   */
  get(path: string, index: number, hashOf: (path: string) => string | undefined): FileOutcome | undefined {
    this.seen.add(path);
    const e = this.entries[path];
    if (!e || (this.byIndex && e.index !== index) || e.hash !== hashOf(path)) return undefined;
    return { ...e.outcome, chunk: e.chunk, index, path };
  }

  /** Remembers an outcome whose file was read and hashed (`contentHash`) and fully checked. */
  put(o: FileOutcome): void {
    if (o.contentHash === undefined || !o.checked || o.fixed) return;
    const { index, path, contentHash: hash, chunk, ...outcome } = o;
    this.entries[path] = { hash, index, outcome, chunk };
    this.changed = true;
  }

  /** Writes the cache if anything changed; throws the write's error (the old cache stays as it was). */
  save(): void {
    if (!this.changed) return;
    const blobs: Uint8Array[] = [];
    const entries: Record<string, Entry> = Object.create(null) as Record<string, Entry>;
    let start = 0;
    for (const [path, e] of Object.entries(this.entries)) {
      if (!this.seen.has(path) && !existsSync(path)) continue;
      const blob = typeof e.chunk === 'string' ? Buffer.from(e.chunk, 'utf8') : e.chunk;
      entries[path] = { hash: e.hash, index: e.index, outcome: e.outcome, start, length: blob.length };
      blobs.push(blob);
      start += blob.length;
    }
    const index: CacheIndex = { version: FORMAT_VERSION, key: this.key, entries };
    // AtomicFile removes its temporary file itself when a write or the commit fails.
    const file = new AtomicFile(this.file);
    file.write(`${JSON.stringify(index)}\n`);
    for (const b of blobs) file.write(b);
    file.commit();
    this.changed = false;
  }
}

/** The entries of a cache file, or undefined when it is not one (damaged, cut short, another format). */
function readEntries(bytes: Buffer): { key: string; entries: Record<string, Held> } | undefined {
  const newline = bytes.indexOf(10);
  if (newline < 0) return undefined;
  let index: unknown;
  try {
    index = JSON.parse(bytes.toString('utf8', 0, newline));
  } catch {
    return undefined;
  }
  if (!isCacheIndex(index)) return undefined;
  const blob = bytes.subarray(newline + 1);
  const entries = empty();
  for (const [path, e] of Object.entries(index.entries)) {
    if (!isEntry(e) || e.start + e.length > blob.length) return undefined;
    entries[path] = { hash: e.hash, index: e.index, outcome: e.outcome, chunk: blob.subarray(e.start, e.start + e.length) };
  }
  return { key: index.key, entries };
}

function isCacheIndex(x: unknown): x is CacheIndex {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Partial<Record<keyof CacheIndex, unknown>>;
  return d.version === FORMAT_VERSION && typeof d.key === 'string' && typeof d.entries === 'object' && d.entries !== null;
}

function isEntry(x: unknown): x is Entry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Partial<Record<keyof Entry, unknown>>;
  if (typeof e.hash !== 'string' || typeof e.index !== 'number' || !Number.isSafeInteger(e.start) || !Number.isSafeInteger(e.length) || (e.start as number) < 0 || (e.length as number) < 0) return false;
  if (typeof e.outcome !== 'object' || e.outcome === null) return false;
  const o = e.outcome as Partial<Record<keyof Kept, unknown>>;
  return typeof o.checked === 'boolean' && typeof o.fixed === 'boolean' && typeof o.counts === 'object' && o.counts !== null && typeof o.byCode === 'object' && o.byCode !== null;
}

/**
 * The outcomes of `jobs` in order: those the cache holds for the files' current bytes, and the rest
 * from `check` (given only the files that changed), each remembered as it comes.
 */
export async function* withCache(jobs: readonly Job[], cache: ResultCache, hashOf: (path: string) => string | undefined, check: (misses: readonly Job[]) => AsyncGenerator<FileOutcome>): AsyncGenerator<FileOutcome> {
  const hits = new Map<number, FileOutcome>();
  const misses: Job[] = [];
  for (const job of jobs) {
    const hit = job.problem === undefined ? cache.get(job.path, job.index, hashOf) : undefined;
    if (hit) hits.set(job.index, hit);
    else misses.push(job);
  }
  const checked = check(misses);
  try {
    for (const job of jobs) {
      const hit = hits.get(job.index);
      if (hit) {
        yield hit;
        continue;
      }
      const next = await checked.next();
      if (next.done) throw new Error(`no outcome for ${job.path}`);
      cache.put(next.value);
      yield next.value;
    }
  } finally {
    await checked.return(undefined);
  }
}
