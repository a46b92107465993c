// Bundles the command line, the language server and the VS Code client with esbuild.
// Each entry becomes one CommonJS file in dist/, so nothing is loaded from node_modules at run time
// except `vscode`, which the editor provides. dist/core.js is the analysis core alone, as a library
// (`require('govreport-lint/dist/core.js').analyze(text)`) and for the benchmark.
// dist/libs.js holds the readers' libraries, which cli.js and server.js require from beside them on first
// use only (shared/node/libs.ts says why). dist/pdf.js is the PDF worker thread with pdf.js in it, started from
// beside them on the first PDF only (shared/node/readers/pdf.ts), and dist/cmaps/ pdf.js's character maps.
import * as esbuild from 'esbuild';
import { cpSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

const watch = process.argv.includes('--watch');
const entries = [
  { in: 'cli/src/main.ts', out: 'cli' },
  { in: 'cli/src/boot.ts', out: 'boot' },
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

// pdf.js's ES modules in a CommonJS bundle: its `import.meta.url` (for a `createRequire` of optional
// polyfills, never found, which is only a warning) is the bundle's own URL.
const pdfOptions = {
  entryPoints: [{ in: 'shared/node/pdfWorker.ts', out: 'pdf' }],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: false,
  // Minified, as pdf.js ships its own builds: 1.4 MB instead of 3.4 MB in the .vsix.
  minify: true,
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
  logLevel: 'warning',
};
cpSync('node_modules/pdfjs-dist/cmaps', 'dist/cmaps', { recursive: true });

if (watch) {
  // The PDF worker once (pdf.js does not change while one works on the checker), the rest watched.
  await esbuild.build(pdfOptions);
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await Promise.all([esbuild.build(options), esbuild.build(pdfOptions)]);
}
