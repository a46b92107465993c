// Bundles the command line, the language server and the VS Code client with esbuild.
// Each entry becomes one CommonJS file in dist/, so nothing is loaded from node_modules at run time
// except `vscode`, which the editor provides. dist/core.js is the analysis core alone, as a library
// (`require('govreport-lint/dist/core.js').analyze(text)`) and for the benchmark.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const entries = [
  { in: 'cli/src/main.ts', out: 'cli' },
  { in: 'server/src/main.ts', out: 'server' },
  { in: 'client/src/extension.ts', out: 'client' },
  { in: 'shared/src/index.ts', out: 'core' },
].filter((e) => existsSync(e.in));

const options = {
  entryPoints: entries.map((e) => ({ in: e.in, out: e.out })),
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['vscode'],
  logLevel: 'warning',
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
}
