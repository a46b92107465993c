/**
 * dist/boot.js: loads dist/cli.js through a V8 code cache kept beside it (dist/.cli.js.v8cache), in the
 * main thread (bin/govreport-lint.js) and in each worker thread of the pool.
 *
 * V8 compiles a function's bytecode the first time it is called: a fresh isolate checking reports compiles
 * most of the checker's functions over its first few reports, and the main thread and each worker do it
 * each for itself, on every run. A code cache made after a run holds the bytecode of every function that
 * run compiled, and a later run's isolates start with it.
 *
 * The cache is used only for the very bytes it was made from: its first line names the SHA-1 of cli.js
 * (V8's own check compares the source's length alone), Node's version and the architecture; V8 refuses a
 * cache of another V8 or other flags itself (`cachedDataRejected`). A cache that is missing, of another
 * build or refused is made anew by the main thread once a run has checked reports (main.ts calls
 * `saveCodeCache`, so that `--version` does not leave a cache of the start-up code alone), written to a
 * temporary file and renamed over the old one; a folder that cannot be written (an installation owned by
 * another user) only goes without it. A worker thread only reads it.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import { CODE_CACHE, type CodeCache } from './codeCache';

const CLI = join(__dirname, 'cli.js');
const CACHE = join(__dirname, '.cli.js.v8cache');

function load(): void {
  const bytes = readFileSync(CLI);
  const header = `govreport-lint code cache 1 ${createHash('sha1').update(bytes).digest('hex')} ${process.version} ${process.arch}\n`;
  let cachedData: Buffer | undefined;
  try {
    const file = readFileSync(CACHE);
    if (file.length > header.length && file.toString('latin1', 0, header.length) === header) cachedData = file.subarray(header.length);
  } catch {
    // No cache (yet): compiled as without one.
  }
  const script = new Script(Module.wrap(bytes.toString('utf8')), { filename: CLI, ...(cachedData ? { cachedData } : {}) });
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  let saved = !stale || !isMainThread;
  const handle: CodeCache = {
    entry: __filename,
    save: () => {
      if (saved) return;
      saved = true;
      const temporary = `${CACHE}.${process.pid}.tmp`;
      let fd: number;
      try {
        fd = openSync(temporary, 'wx');
      } catch {
        // A folder this user cannot write: no cache, and no time spent making one on every run.
        return;
      }
      try {
        writeSync(fd, header, null, 'latin1');
        writeSync(fd, script.createCachedData());
        closeSync(fd);
        renameSync(temporary, CACHE);
      } catch {
        try {
          closeSync(fd);
        } catch {
          // Closed already.
        }
        try {
          unlinkSync(temporary);
        } catch {
          // Gone already.
        }
      }
    },
  };
  (globalThis as Record<symbol, unknown>)[CODE_CACHE] = handle;
  // As Node's CommonJS loader runs a file: the same module object, require, __filename and __dirname.
  const module = new Module(CLI, require.main ?? undefined);
  module.filename = CLI;
  module.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(CLI));
  const compiled = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  compiled.call(module.exports, module.exports, Module.createRequire(CLI), module, CLI, dirname(CLI));
  module.loaded = true;
}

load();
