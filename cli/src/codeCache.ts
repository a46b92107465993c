/**
 * What dist/boot.js (boot.ts) hands the command line it loads, under a global symbol (the two are bundles of
 * their own): the file a worker thread starts from so that it loads the checker through the code cache too,
 * and the call that writes the cache once a run has compiled the checker. Absent when cli.js was loaded
 * otherwise (required as it is, or from the sources).
 */
export const CODE_CACHE = Symbol.for('govreport-lint.codeCache');

export interface CodeCache {
  /** dist/boot.js: the worker threads' entry point. */
  readonly entry: string;
  /** Writes the cache beside cli.js if it was missing, of another build or refused (main thread only; once). */
  readonly save: () => void;
}

export function codeCache(): CodeCache | undefined {
  return (globalThis as Record<symbol, CodeCache | undefined>)[CODE_CACHE];
}
