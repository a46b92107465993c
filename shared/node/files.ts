/** File-system helpers shared by the command line and the language server. */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

export const REPORT_EXTENSIONS: readonly string[] = ['.txt'];

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

export interface Discovery {
  readonly files: string[];
  /** Arguments that are neither a readable file nor a folder. */
  readonly missing: string[];
}

/**
 * Expands the command line's paths: files as given, folders searched (recursively) for report files.
 * The order is stable: arguments in order, each folder's files sorted by path.
 */
export function discover(paths: readonly string[], extensions: readonly string[] = REPORT_EXTENSIONS): Discovery {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  const walk = (dir: string, out: string[]) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') && e.isDirectory()) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(p, out);
      } else if (e.isFile() && extensions.includes(extname(e.name).toLowerCase())) {
        out.push(p);
      }
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(p, found);
      found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      found.forEach(add);
    } else {
      add(p);
    }
  }
  return { files, missing };
}

/**
 * Replaces a file's content atomically: the new bytes go to a temporary file beside it, are flushed
 * to disk, and the temporary file is renamed over the original. If anything fails the original is
 * untouched and the temporary file is removed.
 */
export function writeFileAtomic(path: string, data: Uint8Array): void {
  const st = statSync(path);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', st.mode & 0o777);
    let off = 0;
    while (off < data.length) off += writeSync(fd, data, off, data.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* already closed */
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      /* never created */
    }
    throw e;
  }
}
