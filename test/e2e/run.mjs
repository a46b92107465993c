#!/usr/bin/env node
// Runs the extension's integration suite (test/e2e/suite) in a real VS Code, on a machine that reaches
// only the npm registry and Debian's packages (see test/e2e/README.md):
//   1. tools: Debian's chromium, Node 24 and code-server in .tools/ (installed once, tools.mjs);
//   2. the .vsix is built (scripts/package.mjs) and installed with `code-server --install-extension`;
//      the suite then runs against that installed copy, so it tests exactly what ships;
//   3. code-server's VS Code server runs the extension host; headless Chromium is the workbench;
//      the suite's outcome comes back through the workbench's smoke-test hooks.
// Exit code: the suite's (0 passed, 1 failed); 2 when the harness itself fails or times out
// (GOVREPORT_E2E_TIMEOUT seconds, 300 by default, counted once the tools are installed).
//
// usage: node test/e2e/run.mjs [--screenshots <dir>] [--grep <pattern>] [--locale <id>] [--timeout <s>] [--keep]
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { format } from 'node:util';
import { ensureScreenshotTools, ensureTools, ROOT, VERSIONS } from './tools.mjs';
import { prepareWorkspace } from './workspace.mjs';

const require = createRequire(import.meta.url);

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const screenshots = option('screenshots') ? resolve(option('screenshots')) : undefined;
const grep = option('grep');
const locale = option('locale');
const timeoutS = Number(option('timeout', process.env.GOVREPORT_E2E_TIMEOUT ?? '300'));
const keep = process.argv.includes('--keep') || !!process.env.KEEP_STATE;
const verbose = !!process.env.VERBOSE;

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const say = (m) => console.log(`harness [${elapsed()}]: ${m}`);

if (process.env.GOVREPORT_SKIP_E2E) {
  say('GOVREPORT_SKIP_E2E is set: the extension suite was NOT run');
  process.exit(0);
}

const state = mkdtempSync(join(tmpdir(), 'govreport-e2e-'));
const logPath = join(state, 'code-server.log');
const workbenchLogPath = join(state, 'workbench.log');
let codeServer;
let browser;
let pngquant;
let exiting = false;

function tail(path, chars = 4000) {
  try {
    return readFileSync(path, 'utf8').slice(-chars);
  } catch {
    return '(none)';
  }
}

async function cleanup() {
  try {
    if (browser) await browser.close();
  } catch {
    /* already gone */
  }
  if (codeServer?.pid) {
    // code-server runs in its own process group: the extension host and the language server die with it.
    try {
      process.kill(-codeServer.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      try {
        process.kill(-codeServer.pid, 0);
      } catch {
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    try {
      process.kill(-codeServer.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

async function finish(code, why) {
  if (exiting) return;
  exiting = true;
  clearTimeout(watchdog);
  if (why) console.error(`harness [${elapsed()}]: ${why}`);
  await cleanup();
  if (code !== 0) {
    console.error(`--- code-server log (${logPath}), last lines ---\n${tail(logPath)}`);
    console.error(`--- workbench log (${workbenchLogPath}), last lines ---\n${tail(workbenchLogPath)}`);
  }
  if (code === 0 && !keep) rmSync(state, { recursive: true, force: true });
  else say(`state kept in ${state}`);
  process.exit(code);
}

/** Armed once the tools are installed: a first install takes minutes and has its own failure modes. */
let watchdog;
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => void finish(2, `interrupted (${sig})`));

const freePort = () =>
  new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
    s.on('error', rej);
  });

async function waitHttp(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (codeServer.exitCode !== null) throw new Error(`code-server exited with ${codeServer.exitCode} before it was up`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url} within ${ms / 1000}s`);
}

function step(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal}):\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  return r.stdout;
}

/** The suite as one CommonJS file (vscode and mocha are loaded at run time). */
async function buildSuite() {
  const esbuild = require('esbuild');
  const outfile = join(ROOT, 'out', 'e2e', 'suite.js');
  await esbuild.build({
    entryPoints: [join(ROOT, 'test', 'e2e', 'suite', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return outfile;
}

/** Packages the extension and installs the .vsix as a user would; returns the installed folder. */
function installPackage(tools) {
  const vsix = join(state, 'govreport-lint.vsix');
  step(process.execPath, [join(ROOT, 'scripts', 'package.mjs'), '--out', vsix], { stdio: ['ignore', 'pipe', 'pipe'] });
  const extensions = join(state, 'installed');
  const env = { ...process.env, PATH: `${dirname(tools.node)}${delimiter}${process.env.PATH}`, XDG_CONFIG_HOME: join(state, 'xdg-config'), XDG_DATA_HOME: join(state, 'xdg-data'), XDG_CACHE_HOME: join(state, 'xdg-cache') };
  const out = step(tools.node, [tools.codeServer, '--extensions-dir', extensions, '--user-data-dir', join(state, 'install-user'), '--install-extension', vsix], { env });
  if (!/successfully installed/i.test(out)) throw new Error(`code-server --install-extension did not confirm the install:\n${out}`);
  const listed = step(tools.node, [tools.codeServer, '--extensions-dir', extensions, '--user-data-dir', join(state, 'install-user'), '--list-extensions', '--show-versions'], { env });
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const id = `${pkg.publisher}.${pkg.name}`;
  if (!listed.includes(`${id}@${pkg.version}`)) throw new Error(`${id}@${pkg.version} is not among the installed extensions:\n${listed}`);
  const folder = readdirSync(extensions).find((f) => f.toLowerCase().startsWith(`${id}-${pkg.version}`.toLowerCase()));
  if (!folder) throw new Error(`no folder for ${id} in ${extensions}`);
  const installed = join(extensions, folder);
  if (existsSync(join(installed, 'node_modules'))) throw new Error('the package holds node_modules: the bundles should carry their dependencies');
  say(`installed ${id}@${pkg.version} from the .vsix into ${installed}`);
  return installed;
}

/**
 * Takes a screenshot the suite asked for, written beside its target and renamed (the suite waits for
 * the file, so it must never see half of one).
 */
async function takeScreenshot(page, name, { click }) {
  const target = join(screenshots, `${name}.png`);
  try {
    if (click) {
      await page.click(click, { timeout: 10_000 });
      await page
        .locator('.workbench-hover:visible, .monaco-hover:visible')
        .first()
        .waitFor({ state: 'visible', timeout: 5_000 })
        .catch(() => console.error(`screenshot ${name}: no hover appeared after clicking ${click}`));
    }
    // Let the workbench finish painting what the suite just did (hovers fade in).
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${target}.tmp.png` });
    // Quantised to a palette: UI screenshots lose nothing visible and shrink about threefold.
    if (pngquant) spawnSync(pngquant, ['--force', '--skip-if-larger', '--quality', '70-95', '--output', `${target}.tmp.png`, `${target}.tmp.png`]);
    renameSync(`${target}.tmp.png`, target);
    if (click) await page.keyboard.press('Escape');
    say(`screenshot ${target}`);
  } catch (e) {
    console.error(`screenshot ${name} failed: ${e.message}`);
    // The suite waits for the file: give it one, even without the hover.
    await page.screenshot({ path: target }).catch(() => undefined);
  }
}

async function main() {
  const tools = ensureTools();
  if (screenshots) pngquant = ensureScreenshotTools();
  watchdog = setTimeout(() => void finish(2, `timed out: the build and the suite took more than ${timeoutS}s`), timeoutS * 1000);
  step(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  const suite = await buildSuite();
  const extension = installPackage(tools);
  const workspace = prepareWorkspace(join(state, 'workspace'), screenshots ? { 'govreport.language': 'zh-CN', 'workbench.colorTheme': 'Default Light Modern' } : {});
  if (screenshots) mkdirSync(screenshots, { recursive: true });

  const port = await freePort();
  const xdg = { XDG_CONFIG_HOME: join(state, 'xdg-config'), XDG_DATA_HOME: join(state, 'xdg-data'), XDG_CACHE_HOME: join(state, 'xdg-cache') };
  const log = openSync(logPath, 'w');
  const args = [
    tools.codeServer,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--config', join(state, 'config.yaml'),
    '--user-data-dir', join(state, 'user-data'),
    '--extensions-dir', join(state, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    ...(locale ? ['--locale', locale] : []),
    // A built workbench honours ?payload= (extensionDevelopmentPath, extensionTestsPath) only with the
    // smoke-test driver on; it also forwards the extension host's log to codeAutomationLog.
    '--vscode-option', 'enable-smoke-test-driver',
    workspace,
  ];
  codeServer = spawn(tools.node, args, {
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      ...xdg,
      PATH: `${dirname(tools.node)}${delimiter}${process.env.PATH}`,
      ...(screenshots ? { GOVREPORT_SCREENSHOTS: screenshots } : {}),
      ...(grep ? { GOVREPORT_E2E_GREP: grep } : {}),
    },
  });
  closeSync(log);
  const base = `http://127.0.0.1:${port}`;
  await waitHttp(`${base}/healthz`, 60_000);
  say(`code-server ${VERSIONS.codeServer} up on ${base}`);

  const { chromium } = require('playwright-core');
  browser = await chromium.launch({
    executablePath: tools.chromium,
    headless: true,
    env: { ...process.env, ...xdg },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  if (verbose) page.on('console', (m) => console.log('[browser]', m.type(), m.text().slice(0, 500)));
  page.on('pageerror', (e) => console.error('[browser pageerror]', e.message));

  let done;
  const outcome = new Promise((r) => (done = r));
  await page.exposeFunction('codeAutomationExit', (code) => done(code));
  const wlog = openSync(workbenchLogPath, 'w');
  const noise = /AgentHost|ChatModelSelection|AccountPolicyGate|connection token|Creating a socket|reconnection-grace|Service Worker|builtin extensions cache|ENOTFOUND|Canceled|open-vsx|marketplace|telemetry/i;
  const shots = [];
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(args || []));
    writeSync(wlog, `[${type}] ${line}\n`);
    const shot = /\[govreport-e2e\] screenshot ([\w-]+) (\{.*\})/.exec(line);
    if (shot && screenshots) {
      shots.push(takeScreenshot(page, shot[1], JSON.parse(shot[2])));
      return;
    }
    if (verbose || !noise.test(line)) console.log(`[vscode ${type}] ${line}`);
  });

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extension)],
    ['extensionTestsPath', remote(suite)],
  ];
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  say('workbench loaded; running the suite');
  const code = await outcome;
  await Promise.all(shots);
  say(`suite finished with exit code ${code}`);
  await finish(typeof code === 'number' ? code : 2);
}

main().catch((e) => void finish(2, `harness error: ${e?.stack ?? e}`));
