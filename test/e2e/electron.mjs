#!/usr/bin/env node
// Runs the same integration suite in desktop VS Code with @vscode/test-electron, on a machine that can
// download VS Code from Microsoft (it cannot on our CI machines: use test/e2e/run.mjs there).
// It tests the working tree (extensionDevelopmentPath = the repository, after `npm run build`).
//
// usage: node test/e2e/electron.mjs [--vscode-version stable|1.91.0|insiders] [--grep <pattern>]
// On Linux without a display, run it under xvfb-run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './tools.mjs';
import { prepareWorkspace } from './workspace.mjs';

const require = createRequire(import.meta.url);

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(2);

const esbuild = require('esbuild');
const suite = join(ROOT, 'out', 'e2e', 'suite.js');
await esbuild.build({
  entryPoints: [join(ROOT, 'test', 'e2e', 'suite', 'index.ts')],
  outfile: suite,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});

const state = mkdtempSync(join(tmpdir(), 'govreport-electron-'));
const workspace = prepareWorkspace(join(state, 'workspace'));
const grep = option('grep');
if (grep) process.env.GOVREPORT_E2E_GREP = grep;

const { runTests } = require('@vscode/test-electron');
let code = 0;
try {
  await runTests({
    version: option('vscode-version', 'stable'),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: suite,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', join(state, 'user-data')],
  });
} catch (e) {
  console.error(`the extension's suite failed under @vscode/test-electron: ${e?.message ?? e}`);
  code = 1;
} finally {
  if (code === 0) rmSync(state, { recursive: true, force: true });
}
process.exit(code);
