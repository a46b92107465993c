/**
 * The analysis worker: large documents are analysed in a worker thread, so that the server keeps
 * answering (hovers on other documents, cancellations, shutdown) while a big report is checked, and
 * the models of large documents stay in the worker, which answers the features that need them.
 *
 * The worker is the bundle itself (dist/server.js) started as a worker thread; main.ts branches on
 * `isMainThread`. It is started on the first large document and stopped when none is open.
 * If it fails, the caller falls back to analysing in the server's own thread: a check never goes
 * missing because of the worker.
 */
import { Worker, type MessagePort } from 'node:worker_threads';
import { analyze, type Analysis, type Finding, type ReportModel, type RuleSetting } from '../../shared/src';
import { runModelRequest, type ModelRequest, type ModelResults } from './features';

export const WORKER_ROLE = 'govreport-analysis-worker';

type ToWorker =
  | { readonly id: number; readonly kind: 'analyze'; readonly uri: string; readonly version: number; readonly key: string; readonly text: string; readonly rules: Readonly<Record<string, RuleSetting>>; readonly previous?: ReportModel }
  | { readonly id: number; readonly kind: 'model'; readonly uri: string; readonly version: number; readonly key: string; readonly req: ModelRequest }
  | { readonly id: number; readonly kind: 'forget'; readonly uri: string };

/** A message without its id (distributed over the union). */
type Unsent<T> = T extends unknown ? Omit<T, 'id'> : never;

type FromWorker = { readonly id: number; readonly ok: true; readonly result: unknown } | { readonly id: number; readonly ok: false; readonly error: string };

export interface RemoteAnalysis {
  readonly findings: readonly Finding[];
  readonly durationMs: number;
}

/** Models kept in the worker (the most recently analysed large documents). */
const WORKER_MODELS = 4;

/** The worker's side: analyses on request and keeps the latest analysis of each document. */
export function workerMain(port: MessagePort): void {
  const held = new Map<string, { version: number; key: string; text: string; analysis: Analysis }>();
  port.on('message', (msg: ToWorker) => {
    let reply: FromWorker;
    try {
      switch (msg.kind) {
        case 'analyze': {
          const started = performance.now();
          const analysis = analyze(msg.text, { rules: msg.rules, ...(msg.previous ? { previous: msg.previous } : {}) });
          held.delete(msg.uri);
          held.set(msg.uri, { version: msg.version, key: msg.key, text: msg.text, analysis });
          while (held.size > WORKER_MODELS) held.delete(held.keys().next().value!);
          const result: RemoteAnalysis = { findings: analysis.findings, durationMs: performance.now() - started };
          reply = { id: msg.id, ok: true, result };
          break;
        }
        case 'model': {
          const h = held.get(msg.uri);
          const current = h && h.version === msg.version && h.key === msg.key;
          reply = { id: msg.id, ok: true, result: current ? { value: runModelRequest(h.text, h.analysis, msg.req) } : { stale: true } };
          break;
        }
        case 'forget':
          held.delete(msg.uri);
          reply = { id: msg.id, ok: true, result: null };
          break;
      }
    } catch (e) {
      reply = { id: msg.id, ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(reply);
  });
}

/** The server's side: one worker, started lazily, requests matched to replies by id. */
export class AnalysisWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private failures = 0;

  constructor(
    private readonly script: string,
    private readonly log: (message: string) => void,
  ) {}

  /** False after repeated failures: then everything is analysed in the server's thread. */
  get usable(): boolean {
    return this.failures < 3;
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    // stdout/stderr are taken (not inherited): with --stdio, anything the worker printed would corrupt
    // the protocol stream. What it prints goes to the log.
    const w = new Worker(this.script, { workerData: { role: WORKER_ROLE }, argv: [], stdout: true, stderr: true });
    w.unref();
    w.stdout.on('data', (d: Buffer) => this.log(`analysis worker: ${d.toString()}`));
    w.stderr.on('data', (d: Buffer) => this.log(`analysis worker: ${d.toString()}`));
    w.on('message', (msg: FromWorker) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new Error(msg.error));
    });
    const fail = (why: string) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      this.failures++;
      this.log(`analysis worker stopped: ${why}`);
      for (const p of this.pending.values()) p.reject(new Error(`analysis worker stopped: ${why}`));
      this.pending.clear();
    };
    w.on('error', (e) => fail(e.stack ?? e.message));
    w.on('exit', (code) => fail(`exit ${code}`));
    this.worker = w;
    return w;
  }

  private call<T>(msg: Unsent<ToWorker>): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      try {
        this.ensure().postMessage({ ...msg, id });
      } catch (e) {
        this.pending.delete(id);
        this.failures++;
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  analyze(uri: string, version: number, key: string, text: string, rules: Readonly<Record<string, RuleSetting>>, previous?: ReportModel): Promise<RemoteAnalysis> {
    return this.call({ kind: 'analyze', uri, version, key, text, rules, ...(previous ? { previous } : {}) });
  }

  /** A feature computed from the worker's model; undefined when the worker holds another version. */
  async model<R extends ModelRequest>(uri: string, version: number, key: string, req: R): Promise<ModelResults[R['op']] | undefined> {
    const r = await this.call<{ value: ModelResults[R['op']] } | { stale: true }>({ kind: 'model', uri, version, key, req });
    return 'value' in r ? r.value : undefined;
  }

  forget(uri: string): void {
    if (this.worker) this.call({ kind: 'forget', uri }).catch(() => undefined);
  }

  /** Stops the worker (when no large document is open); pending calls fail and fall back. */
  stop(): void {
    const w = this.worker;
    if (!w) return;
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error('analysis worker stopped'));
    this.pending.clear();
    void w.terminate();
  }
}
