// Bundles the command line, the language server and the VS Code client with esbuild.
// Each entry becomes one CommonJS file in dist/, so nothing is loaded from node_modules at run time
// except `vscode`, which the editor provides. dist/core.js is the analysis core alone, as a library
// (`require('govreport-lint/dist/core.js').analyze(text)`) and for the benchmark.
// dist/libs.js holds the readers' libraries, which cli.js and server.js require from beside them on first
// use only (shared/node/libs.ts says why).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const watch = process.argv.includes('--watch');
const entries = [
  { in: 'cli/src/main.ts', out: 'cli' },
  { in: 'server/src/main.ts', out: 'server' },
  { in: 'client/src/extension.ts', out: 'client' },
  { in: 'shared/src/index.ts', out: 'core' },
  { in: 'shared/node/libs.ts', out: 'libs' },
].filter((e) => existsSync(e.in));

// shared/node/lazy.ts's `require('./libs')` stays a require, of dist/libs.js beside the requiring bundle.
const LAZY = resolve('shared/node/lazy.ts');
const libsApart = {
  name: 'libs-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/libs$/ }, (args) => (resolve(args.importer) === LAZY ? { path: './libs.js', external: true } : undefined));
  },
};

const options = {
  entryPoints: entries.map((e) => ({ in: e.in, out: e.out })),
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['vscode'],
  plugins: [libsApart],
  logLevel: 'warning',
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
}
