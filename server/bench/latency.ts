/**
 * The language server's keystroke-to-diagnostics delay and memory, measured from outside as an editor
 * sees them: the bundled server (dist/server.js) over stdio, debounce 0, one-character edits, time
 * from writing didChange to receiving publishDiagnostics for that version.
 *
 *   npx tsx server/bench/latency.ts [--runs N] [--json FILE]
 *
 * Exported for `npm run bench` too: measureKeystrokes(text, runs), measureMemory(texts).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { bigReport } from '../../test/helpers/generate';
import { DEFAULT_SETTINGS, SERVER_ENV, SERVER_EXEC_ARGV, STATUS_NOTIFICATION, type StatusParams } from '../../shared/protocol';
import { analyze, type Position } from '../../shared/src';
import { diagnosticsOf, RuleDocs } from '../src/diagnostics';
import { DocumentStore } from '../src/documents';

export { bigReport };

const ROOT = join(__dirname, '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');

interface Session {
  readonly connection: ProtocolConnection;
  readonly pid: number;
  onDiagnostics(fn: (p: PublishDiagnosticsParams) => void): void;
  onStatus(fn: (p: StatusParams) => void): void;
  stop(): Promise<void>;
}

/** Starts the bundled server as the extension does (`execArgv`: V8 options for its Node, the extension's by default). */
async function startServer(settings: Record<string, unknown>, execArgv: readonly string[] = SERVER_EXEC_ARGV): Promise<Session> {
  const proc = spawn(process.execPath, [...execArgv, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...SERVER_ENV } });
  const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const listeners: ((p: PublishDiagnosticsParams) => void)[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => listeners.forEach((l) => l(p)));
  const statusListeners: ((p: StatusParams) => void)[] = [];
  connection.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => statusListeners.forEach((l) => l(p)));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { settings: { govreport: settings } } });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    pid: proc.pid!,
    onDiagnostics: (fn) => listeners.push(fn),
    onStatus: (fn) => statusListeners.push(fn),
    stop: async () => {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await new Promise((r) => proc.once('exit', r));
      connection.dispose();
    },
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

export interface LatencyResult {
  readonly chars: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** The analysis alone (the core), as the server reports it in govreport/status. */
  readonly analysisMedianMs: number;
  readonly analysisP95Ms: number;
  /** Keystrokes after which the server sent diagnostics (the others found those shown still exact). */
  readonly published: number;
}

/**
 * Where the keystrokes are typed: in prose without findings, at the first line longer than 40
 * characters after the middle (what the findings' ranges do not see: the server may send nothing);
 * or on a finding's line just before it, after the middle (its range moves with every keystroke, so the
 * diagnostics are sent every time).
 */
export type TypingPlace = 'prose' | 'finding';

function placeFor(text: string, where: TypingPlace): Position {
  const lines = text.split('\n');
  const middle = Math.floor(lines.length / 2);
  if (where === 'finding') {
    const f = analyze(text).findings.find((x) => x.range.start.line >= middle && x.range.start.character > 0);
    if (!f) throw new Error('no finding after the middle of the text to type before');
    return f.range.start;
  }
  let line = middle;
  while (line < lines.length - 1 && lines[line]!.length < 40) line++;
  return { line, character: Math.min(20, lines[line]!.length) };
}

/**
 * Types one character and deletes it again, alternately, `runs` times, at `where`, and times each
 * keystroke until the server has done with it: its diagnostics arrived, or its status said the
 * diagnostics shown are still exact (the status follows the diagnostics on the same pipe). The first
 * runs are warm-up.
 */
export async function measureKeystrokes(text: string, runs = 200, warmup = 20, execArgv: readonly string[] = SERVER_EXEC_ARGV, where: TypingPlace = 'prose'): Promise<LatencyResult> {
  const session = await startServer({ debounceMs: 0, maxDocumentSize: 64 * 1024 * 1024 }, execArgv);
  const uri = 'file:///bench/keystroke.txt';
  const { line, character } = placeFor(text, where);
  let waiting: { version: number; resolve: () => void } | undefined;
  const analysis = new Map<number, number>();
  const sent = new Set<number>();
  session.onStatus((p) => {
    if (p.uri !== uri || p.version === null) return;
    analysis.set(p.version, p.durationMs);
    if (p.published) sent.add(p.version);
    if (waiting && p.version === waiting.version) waiting.resolve();
  });
  const done = (version: number) => new Promise<void>((resolve) => (waiting = { version, resolve }));
  let finished = done(1);
  await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text } });
  await finished;
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const version = i + 2;
    const insert = i % 2 === 0;
    const change = insert
      ? { range: { start: { line, character }, end: { line, character } }, text: '的' }
      : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
    finished = done(version);
    const start = performance.now();
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await finished;
    if (i >= warmup) times.push(performance.now() - start);
  }
  await session.stop();
  times.sort((a, b) => a - b);
  const measured = (v: number) => v >= warmup + 2;
  const core = [...analysis.entries()].filter(([v]) => measured(v)).map(([, d]) => d).sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    chars: text.length,
    runs,
    medianMs: r(percentile(times, 0.5)),
    p95Ms: r(percentile(times, 0.95)),
    maxMs: r(times[times.length - 1]!),
    analysisMedianMs: r(percentile(core, 0.5)),
    analysisP95Ms: r(percentile(core, 0.95)),
    published: [...sent].filter(measured).length,
  };
}

/**
 * The server's own work per keystroke, without the protocol: the same edits applied to the server's
 * DocumentStore, the document analysed, its diagnostics made and serialised as they are sent. What
 * `measureKeystrokes` measures beyond this is the two processes and the pipes between them.
 */
export async function measureServerWork(text: string, runs = 200, warmup = 20): Promise<{ medianMs: number; p95Ms: number }> {
  const store = new DocumentStore();
  const docs = new RuleDocs();
  const settings = { ...DEFAULT_SETTINGS, debounceMs: 0, maxDocumentSize: 64 * 1024 * 1024 };
  const uri = 'file:///bench/in-process.txt';
  store.open(uri, 'govreport', 1, text);
  await store.current(uri, settings);
  const lines = text.split('\n');
  let line = Math.floor(lines.length / 2);
  while (line < lines.length - 1 && lines[line]!.length < 40) line++;
  const character = Math.min(20, lines[line]!.length);
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const change = i % 2 === 0
      ? { range: { start: { line, character }, end: { line, character } }, text: '的' }
      : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
    const start = performance.now();
    store.change(uri, i + 2, [change]);
    const snap = await store.current(uri, settings);
    if (snap) JSON.stringify({ uri, version: snap.version, diagnostics: diagnosticsOf(snap, settings.maxDocumentSize, 'zh-CN', docs) });
    if (i >= warmup) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { medianMs: r(percentile(times, 0.5)), p95Ms: r(percentile(times, 0.95)) };
}

/** The server's resident memory (MB) with these documents open and checked. */
export async function measureMemory(texts: readonly string[], execArgv: readonly string[] = SERVER_EXEC_ARGV): Promise<{ documents: number; rssMb: number }> {
  const session = await startServer({ debounceMs: 0 }, execArgv);
  const pending = new Set<string>();
  let all: () => void = () => undefined;
  const finished = new Promise<void>((r) => (all = r));
  if (texts.length === 0) all();
  session.onDiagnostics((p) => {
    pending.delete(p.uri);
    if (pending.size === 0) all();
  });
  for (let i = 0; i < texts.length; i++) {
    const uri = `file:///bench/memory/${i}.txt`;
    pending.add(uri);
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text: texts[i] } });
  }
  await finished;
  // Let the heap settle, then read the server's RSS from /proc (Linux) or ps.
  await new Promise((r) => setTimeout(r, 500));
  let rssKb = 0;
  try {
    const status = readFileSync(`/proc/${session.pid}/status`, 'utf8');
    rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    rssKb = 0;
  }
  await session.stop();
  return { documents: texts.length, rssMb: Math.round(rssKb / 102.4) / 10 };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1]) || 200;
  const jsonPath = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
  const seeds = join(ROOT, 'test', 'fixtures', 'seeds');
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
  const typical = readFileSync(join(seeds, files.find((f) => f.startsWith('002'))!), 'utf8');
  const results = {
    typical: await measureKeystrokes(typical, runs),
    oneMegabyte: await measureKeystrokes(bigReport(typical, 1_000_000), Math.max(20, Math.floor(runs / 5)), 5),
    memory: await measureMemory(Array.from({ length: 50 }, (_, i) => readFileSync(join(seeds, files[i % files.length]!), 'utf8').replace(/\n/, `\n${i}\n`))),
  };
  console.log(`keystroke → diagnostics, typical report (${results.typical.chars} chars): median ${results.typical.medianMs} ms, p95 ${results.typical.p95Ms} ms (target ≤ 5 ms p95); of which the core's analysis: median ${results.typical.analysisMedianMs} ms, p95 ${results.typical.analysisP95Ms} ms`);
  console.log(`keystroke → diagnostics, 1 MB report (${results.oneMegabyte.chars} chars): median ${results.oneMegabyte.medianMs} ms, p95 ${results.oneMegabyte.p95Ms} ms (target ≤ 50 ms); of which the core's analysis: median ${results.oneMegabyte.analysisMedianMs} ms, p95 ${results.oneMegabyte.analysisP95Ms} ms`);
  console.log(`server memory with ${results.memory.documents} reports open: ${results.memory.rssMb} MB (target ≤ 100 MB)`);
  if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
