/** Running the built command line (`bin/govreport-lint.js` → dist/cli.js) as a child process. */
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'govreport-lint.js');
export const BUNDLE = join(ROOT, 'dist', 'cli.js');

export interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Run this script instead of the bin shim (e.g. a copy of the bundle). */
  readonly script?: string;
  readonly uid?: number;
  readonly gid?: number;
  readonly timeoutMs?: number;
  /** What the CLI reads on its standard input (else it reads end of file at once). */
  readonly input?: string | Uint8Array;
}

function environment(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  // Colour must come from the tests' own choice, not the environment they run in.
  if (!extra || !('NO_COLOR' in extra)) delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return env;
}

/** Runs the CLI to completion. */
export function cli(args: readonly string[], options: RunOptions = {}): Run {
  const r = spawnSync(process.execPath, [options.script ?? BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: environment(options.env),
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: options.timeoutMs ?? 120_000,
    ...(options.input !== undefined ? { input: options.input } : {}),
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
  if (r.error) throw r.error;
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the CLI and returns the child, for tests that act while it runs. */
export function startCli(args: readonly string[], options: RunOptions = {}) {
  const spawnOptions: SpawnOptions = { cwd: options.cwd ?? ROOT, env: environment(options.env), stdio: ['ignore', 'pipe', 'pipe'] };
  return spawn(process.execPath, [options.script ?? BIN, ...args], spawnOptions);
}

/** Collects a started child's output and status. */
export function finished(child: ReturnType<typeof startCli>): Promise<Run> {
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** A fresh folder under the system's temporary folder; removed by `cleanup`. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `govreport-${prefix}-`));
}

export function cleanup(dir: string): void {
  // Restore permissions a test may have taken away, so everything can be removed.
  spawnSync('chmod', ['-R', 'u+rwX', dir]);
  rmSync(dir, { recursive: true, force: true });
}

export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
export const NOBODY = 65534;

/**
 * Root reads and writes whatever the permission bits say, so permission tests run the CLI as an
 * unprivileged user when the tests run as root: a copy of the bundle (self-contained) in a folder that
 * user can read. Returns undefined where that is impossible (no setuid on this system).
 */
export function unprivilegedRunner(dir: string): { script: string; uid?: number } | undefined {
  if (!IS_ROOT) return { script: BIN };
  const binDir = join(dir, 'bin');
  mkdirSync(binDir, { recursive: true });
  const script = join(binDir, 'cli.js');
  copyFileSync(BUNDLE, script);
  chmodSync(binDir, 0o755);
  chmodSync(script, 0o644);
  chmodSync(dir, 0o755);
  const probe = spawnSync(process.execPath, ['-e', 'process.exit(0)'], { uid: NOBODY, gid: NOBODY, cwd: binDir });
  return probe.status === 0 ? { script, uid: NOBODY } : undefined;
}

/** `file:line:col: severity code message` lines of text output (the summary line excluded). */
export function textLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^.+:\d+:\d+: /.test(l));
}
