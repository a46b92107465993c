/** File-system helpers shared by the command line and the language server. */
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  lstatSync,
  fsyncSync,
  openSync,
  readSync,
  readdirSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { libraries } from './lazy';

export const REPORT_EXTENSIONS: readonly string[] = ['.txt'];

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

/**
 * Entries a folder search passes over, files and folders alike: hidden ones (`.name`: macOS's AppleDouble
 * `._报告.docx` beside every file copied from a Mac, LibreOffice's `.~lock.报告.docx#`, this tool's own
 * temporary files) and the owner files Word and WPS keep beside a document while it is open
 * (`~$报告.docx`, 162 bytes, no document). Each carries a report's extension and would be refused as a
 * damaged report. Named on the command line, they are read as any file is.
 */
function notSearched(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

/** A path the discovery could not use, with the system's error code (`ENOENT`, `EACCES`, `ELOOP`, …). */
export interface DiscoveryProblem {
  readonly path: string;
  /** A Node error code, or `ENOTREG` for something that is neither a regular file nor a folder. */
  readonly code: string;
  /** Where it was met in the search: before `files[at]` (after them all when `at` is their number). */
  readonly at: number;
}

export interface Discovery {
  readonly files: string[];
  /** Arguments, folders and report-named entries that could not be read. */
  readonly problems: DiscoveryProblem[];
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException | undefined)?.code ?? 'EUNKNOWN';
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A stable identity for a file or folder: device and inode (the path where the system has no inodes). */
function identity(st: Stats, path: string): string {
  return st.ino === 0 ? `path:${path}` : `${st.dev}:${st.ino}`;
}

/** `EDANGLING` for a path that is there, as a symbolic link whose target is not (`ls` shows it; ENOENT would say it is not there). */
function dangling(path: string, code: string): string {
  if (code !== 'ENOENT') return code;
  try {
    return lstatSync(path).isSymbolicLink() ? 'EDANGLING' : code;
  } catch {
    return code;
  }
}

/**
 * Expands the command line's paths: files as given (whatever their extension), folders searched
 * recursively for report files (hidden entries and Office owner files passed over: `notSearched`). Symbolic links are followed; a folder reached twice (a link loop, or a
 * link to a folder already searched) is searched once, and a file reached twice is listed once.
 * The order is stable: arguments in order, each folder's entries sorted by name (UTF-16 code units).
 */
export function discover(paths: readonly string[], extensions: readonly string[] = REPORT_EXTENSIONS, options: DiscoverOptions = {}): Discovery {
  const files: string[] = [];
  const problems: DiscoveryProblem[] = [];
  const seenFiles = new Set<string>();
  let seenDirs = new Set<string>();
  const isReportName = (name: string) => extensions.includes(extname(name).toLowerCase());
  /** Report files reached, each time (a file reached twice counts twice): a folder that reaches none holds none. */
  let reached = 0;
  const addFile = (p: string, st: Stats) => {
    reached++;
    const id = identity(st, p);
    if (seenFiles.has(id)) return;
    seenFiles.add(id);
    files.push(p);
  };
  /** A pattern's search: how many levels down it may match (Infinity with **), and which paths it matches. */
  let pattern: { readonly depth: number; readonly matches: (p: string) => boolean } | undefined;
  const walk = (dir: string, st: Stats, depth = 1) => {
    if (pattern && depth > pattern.depth) return;
    const id = identity(st, dir);
    if (seenDirs.has(id)) return;
    seenDirs.add(id);
    let names: string[];
    try {
      // As bytes: a name that is not UTF-8 (a Windows zip's GBK names) is found and named, not lost.
      const raw = readdirSync(dir, { encoding: 'buffer' });
      names = [];
      for (const b of raw) {
        const name = b.toString('utf8');
        if (Buffer.from(name, 'utf8').equals(b)) names.push(name);
        else problems.push({ path: join(dir, name), code: 'EBADNAME', at: files.length });
      }
    } catch (e) {
      problems.push({ path: dir, code: errorCode(e), at: files.length });
      return;
    }
    names.sort(byCodeUnits);
    for (const name of names) {
      if (notSearched(name)) continue;
      const p = join(dir, name);
      let est: Stats;
      try {
        est = statSync(p); // follows links
      } catch (e) {
        // A dangling or looping link, or an entry gone since the listing: only worth a word if it
        // carries a report's name. Anything else (a path too long, no permission) may hide reports.
        const code = errorCode(e);
        if ((isReportName(name) && (!pattern || pattern.matches(p))) || (code !== 'ENOENT' && code !== 'ELOOP')) problems.push({ path: p, code: dangling(p, code), at: files.length });
        continue;
      }
      if (est.isDirectory()) {
        if (!SKIP_DIRS.has(name)) walk(p, est, depth + 1);
      } else if (est.isFile() && isReportName(name) && (!pattern || pattern.matches(p))) {
        addFile(p, est);
      }
    }
  };
  for (const p of paths) {
    let st: Stats;
    try {
      st = statSync(p);
    } catch (e) {
      const code = dangling(p, errorCode(e));
      if (options.patterns && code === 'ENOENT' && isPattern(p)) {
        // A pattern the shell did not expand (quoted, or cmd.exe and PowerShell, which expand none):
        // the report files a folder search of its fixed part finds and it matches, in the search's order.
        const before = reached;
        const glob = patternOf(p);
        // Searched apart: a folder the pattern searches may still be named whole after it, or before it.
        const outer = seenDirs;
        seenDirs = new Set();
        pattern = glob.search;
        try {
          const base = statSync(glob.base);
          if (base.isDirectory()) walk(glob.base, base);
        } catch {
          /* no such folder: nothing matches */
        } finally {
          pattern = undefined;
          seenDirs = outer;
        }
        if (reached === before) problems.push({ path: p, code: 'ENOMATCH', at: files.length });
        continue;
      }
      problems.push({ path: p, code, at: files.length });
      continue;
    }
    if (st.isDirectory()) {
      const before = { reached, problems: problems.length, searched: seenDirs.has(identity(st, p)) };
      walk(p, st);
      // A folder named that holds no report (the wrong folder, a folder of zips): said, not passed as checked.
      if (options.emptyFolders && !before.searched && reached === before.reached && problems.length === before.problems) problems.push({ path: p, code: 'ENOREPORTS', at: files.length });
    } else if (st.isFile()) addFile(p, st);
    else problems.push({ path: p, code: 'ENOTREG', at: files.length });
  }
  return { files, problems };
}

/** What `discover` may do besides searching folders (the command line's arguments). */
export interface DiscoverOptions {
  /** A folder named whose search reaches no report is a problem, `ENOREPORTS`. */
  readonly emptyFolders?: boolean;
  /**
   * A path that is not there and holds `*`, `?`, `[` or `{` is a glob pattern (picomatch's): the report files
   * it matches, or the problem `ENOMATCH`. Entries a folder search passes over (`notSearched`) are passed over.
   */
  readonly patterns?: boolean;
}

function isPattern(path: string): boolean {
  return /[*?[{]/.test(path);
}

/** A pattern's fixed folder and its search: `2024/*.docx` searches 2024 one level down for `*.docx`. */
function patternOf(path: string): { readonly base: string; readonly search: { readonly depth: number; readonly matches: (p: string) => boolean } } {
  // Windows writes its paths with backslashes, which picomatch reads as escapes.
  const slashed = sep === '\\' ? path.replace(/\\/g, '/') : path;
  const pm = libraries().picomatch();
  const { base, glob } = pm.scan(slashed);
  const root = base === '' ? '.' : base;
  const isMatch = pm(glob, { windows: false });
  const depth = glob.includes('**') ? Infinity : glob.split('/').length;
  return {
    base: root,
    search: {
      depth,
      matches: (p) => isMatch(relative(root, p).split(sep).join('/')),
    },
  };
}

/** Why a report file was not read: a Node error code, `ENOTREG`, or `ETOOBIG` (over the size limit). */
export class ReadError extends Error {
  constructor(
    readonly code: string,
    readonly size?: number,
  ) {
    super(code);
  }
}

export interface ReadReport {
  readonly bytes: Buffer;
  /** The file as it was when read: `writeFileAtomic` refuses to replace it if it has changed since. */
  readonly stat: Stats;
}

/** The largest file read as a report (real reports are tens of kilobytes). */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;

/**
 * Reads a regular file whole. Opened without blocking (a FIFO put in the file's place would otherwise
 * hang the read), checked to be a regular file under `maxBytes` on the open descriptor itself, so a
 * file swapped after discovery is judged as what is actually read.
 */
export function readReportFile(path: string, maxBytes = MAX_REPORT_BYTES): ReadReport {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new ReadError(errorCode(e));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new ReadError('EISDIR');
    if (!stat.isFile()) throw new ReadError('ENOTREG');
    if (stat.size > maxBytes) throw new ReadError('ETOOBIG', stat.size);
    // Read to the end whatever the size said: the file may be growing. Stop past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // One byte more than expected, so that a single short read tells the end of the file.
      const chunk = Buffer.allocUnsafe(Math.min(maxBytes + 1 - total, Math.max(stat.size - total + 1, 4096)));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        throw new ReadError(errorCode(e));
      }
      if (n > 0) chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw new ReadError('ETOOBIG', total);
      if (n < chunk.length) break;
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total), stat };
  } finally {
    closeSync(fd);
  }
}

/** A short temporary name beside `target` (long report names must not push it past NAME_MAX). */
function temporaryBeside(target: string): string {
  const stem = Array.from(basename(target)).slice(0, 32).join('');
  return join(dirname(target), `.${stem}.${randomBytes(6).toString('hex')}.tmp`);
}

function fsyncDirectory(dir: string): void {
  // Makes the rename itself durable. Not possible on every system (Windows): best effort.
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* not supported here */
  }
}

/**
 * A file written atomically: the bytes go to a temporary file beside the target, which `commit` flushes
 * to disk and renames over the target. Until then the target is untouched; `abort` (or any failure)
 * removes the temporary file. An existing target keeps its permission bits and, where allowed, its owner.
 */
export class AtomicFile {
  private fd: number | undefined;
  private readonly tmp: string;
  private readonly target: string;

  /**
   * @param path the file to replace or create (a symbolic link is followed: its target is replaced)
   * @param expect if given, the file as it was read: `commit` fails with `ECHANGED` if it is no longer so
   */
  constructor(
    path: string,
    private readonly expect?: Stats,
  ) {
    let existing: Stats | undefined;
    try {
      this.target = realpathSync(path);
      existing = statSync(this.target);
    } catch (e) {
      if (errorCode(e) !== 'ENOENT' || expect) throw e;
      this.target = path;
    }
    if (existing) {
      if (existing.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
      if (!existing.isFile()) throw Object.assign(new Error(`${path} is not a regular file`), { code: 'ENOTREG' });
      // A read-only file stays unwritten: renaming over it would defeat its protection. No write bit at all
      // is read-only for everyone, the superuser too (whom access() lets write anything).
      accessSync(this.target, constants.W_OK);
      if ((existing.mode & 0o222) === 0) throw Object.assign(new Error(`${path} is read-only`), { code: 'EACCES' });
    }
    this.tmp = temporaryBeside(this.target);
    this.fd = openSync(this.tmp, 'wx', 0o600);
    try {
      if (existing) {
        fchmodSync(this.fd, existing.mode & 0o7777);
        try {
          if (typeof process.getuid === 'function' && existing.uid !== process.getuid()) fchownSync(this.fd, existing.uid, existing.gid);
        } catch {
          /* not allowed to give the file away: it stays ours */
        }
      } else {
        fchmodSync(this.fd, 0o666 & ~process.umask());
      }
    } catch (e) {
      this.abort();
      throw e;
    }
  }

  write(data: Uint8Array | string): void {
    if (this.fd === undefined) throw new Error('AtomicFile: already closed');
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    try {
      let off = 0;
      while (off < bytes.length) off += writeSync(this.fd, bytes, off, bytes.length - off);
    } catch (e) {
      this.abort();
      throw e;
    }
  }

  commit(): void {
    if (this.fd === undefined) throw new Error('AtomicFile: already closed');
    try {
      fsyncSync(this.fd);
      closeSync(this.fd);
      this.fd = undefined;
      if (this.expect) {
        const now = statSync(this.target);
        if (now.ino !== this.expect.ino || now.size !== this.expect.size || now.mtimeMs !== this.expect.mtimeMs) {
          throw Object.assign(new Error(`${this.target} changed while it was being checked`), { code: 'ECHANGED' });
        }
      }
      renameSync(this.tmp, this.target);
    } catch (e) {
      this.abort();
      throw e;
    }
    fsyncDirectory(dirname(this.target));
  }

  /** Removes the temporary file; the target is left as it was. */
  abort(): void {
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        /* already closed */
      }
      this.fd = undefined;
    }
    try {
      unlinkSync(this.tmp);
    } catch {
      /* never created, or already renamed */
    }
  }
}

/**
 * Replaces a file's content atomically (see `AtomicFile`). If anything fails the original is untouched
 * and the temporary file is removed. With `expect`, refuses (`ECHANGED`) if the file changed since it was read.
 */
export function writeFileAtomic(path: string, data: Uint8Array, expect?: Stats): void {
  const file = new AtomicFile(path, expect);
  file.write(data);
  file.commit();
}
