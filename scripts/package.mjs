// Builds the VS Code extension package (.vsix) with @vscode/vsce.
// usage: node scripts/package.mjs [--out <file.vsix>]
// The bundles in dist/ carry every dependency, so the package holds no node_modules
// (--no-dependencies); .vscodeignore lists what it does hold.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const i = process.argv.indexOf('--out');
const out = resolve(i > 0 ? process.argv[i + 1] : join(ROOT, `${pkg.name}-${pkg.version}.vsix`));

const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
const args = [
  vsce, 'package',
  '--no-dependencies',
  // No public repository yet: README links stay relative (they resolve inside the installed extension).
  '--allow-missing-repository',
  '--no-rewrite-relative-links',
  '--out', out,
];
// vsce runs the `vscode:prepublish` script (the build) first.
const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
if (r.status !== 0) {
  console.error(`vsce package failed (exit ${r.status ?? r.signal})`);
  process.exit(1);
}
console.log(`package: ${out} (${(statSync(out).size / 1024).toFixed(0)} KB)`);
