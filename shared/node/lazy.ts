import type * as Libs from './libs';

/**
 * A library loaded on first use. The readers' libraries (iconv-lite, parse5, encoding-sniffer, saxes,
 * fflate) are most of the language server's and the command line's code, yet a session that checks
 * UTF-8 text never calls them: loaded eagerly, they cost every server its start-up time and several
 * megabytes it keeps for its whole life. The bundler keeps a module behind `require` uninitialised
 * until the first call.
 */
export function lazy<T>(load: () => T): () => T {
  let loaded: { readonly value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}

/**
 * The readers' libraries (./libs.ts). Bundled, this `require` is dist/libs.js beside the running bundle
 * (scripts/build.mjs keeps it out of cli.js and server.js); from the sources, it is ./libs.ts itself.
 */
export const libraries = lazy(() => require('./libs') as typeof Libs);
