/**
 * Open documents under incremental sync, and the analysis of each, cached per document version and
 * settings: hovers, symbols, hints and code actions all read the cached analysis instead of re-parsing.
 *
 * Large documents are analysed in the worker thread (worker.ts): the server's thread stays free to
 * answer. One analysis per document runs at a time; a check asked for while one is running waits for
 * it and then analyses the newest text once (latest wins: intermediate versions are never analysed).
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { analyze, type Finding, type ReportModel } from '../../shared/src';
import type { GovReportSettings } from '../../shared/protocol';
import { runModelRequest, type ModelRequest, type ModelResults } from './features';
import type { PreviousDocument } from './previous';
import { analysisKey } from './settings';
import type { AnalysisWorker } from './worker';

export interface Snapshot {
  readonly uri: string;
  readonly version: number;
  /** The text that was checked (the document object itself changes in place under edits). */
  readonly text: string;
  /** analysisKey of the settings it was computed with. */
  readonly key: string;
  /** The document is larger than maxDocumentSize: no analysis. */
  readonly tooLarge: boolean;
  /** Undefined when the document is too large. */
  readonly findings?: readonly Finding[];
  /** The model, when analysed in this thread; a worker-analysed document's model stays in the worker. */
  readonly model?: ReportModel;
  readonly remote: boolean;
  readonly durationMs: number;
  readonly checkedAt: Date;
  /** Last year's report the cross-year rules compared with, if one was found. */
  readonly previous?: PreviousDocument;
}

/** Runs the core in this thread, or declines when the text is over the size limit. */
export function check(uri: string, version: number, text: string, settings: GovReportSettings, previous?: PreviousDocument): Snapshot {
  const started = performance.now();
  const base = { uri, version, text, key: analysisKey(settings), remote: false, checkedAt: new Date() };
  if (text.length > settings.maxDocumentSize) {
    return { ...base, tooLarge: true, durationMs: performance.now() - started };
  }
  const { model, findings } = analyze(text, { rules: settings.rules, ...(previous ? { previous: previous.model } : {}) });
  return { ...base, tooLarge: false, findings, model, durationMs: performance.now() - started, ...(previous ? { previous } : {}) };
}

/**
 * How many analyses are kept. A model is several times its text's size; documents beyond this many
 * (the least recently used) keep only their text, and are re-analysed if a request needs them.
 */
const CACHED_ANALYSES = 8;

/** Documents at least this long (characters) are analysed in the worker. */
export const WORKER_THRESHOLD = 200_000;

export class DocumentStore {
  private readonly docs = new Map<string, TextDocument>();
  /** In least-recently-used order (a Map iterates in insertion order; a hit re-inserts). */
  private readonly snapshots = new Map<string, Snapshot>();
  /** The analysis running for a document, if any. */
  private readonly running = new Map<string, Promise<Snapshot>>();

  constructor(
    private readonly worker?: AnalysisWorker,
    private readonly workerThreshold = WORKER_THRESHOLD,
    /** Last year's report for a document, for the cross-year rules. */
    private readonly previousFor: (uri: string, text: string) => PreviousDocument | undefined = () => undefined,
  ) {}

  open(uri: string, languageId: string, version: number, text: string): TextDocument {
    const doc = TextDocument.create(uri, languageId, version, text);
    this.docs.set(uri, doc);
    this.snapshots.delete(uri);
    return doc;
  }

  /** Applies incremental (or full) changes; returns undefined for a document that is not open. */
  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): TextDocument | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const updated = TextDocument.update(doc, changes.slice(), version);
    this.docs.set(uri, updated);
    return updated;
  }

  close(uri: string): boolean {
    this.snapshots.delete(uri);
    const had = this.docs.delete(uri);
    if (this.worker) {
      this.worker.forget(uri);
      if (!this.all().some((d) => d.getText().length >= this.workerThreshold)) this.worker.stop();
    }
    return had;
  }

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  all(): TextDocument[] {
    return [...this.docs.values()];
  }

  /** The cached snapshot when it is current for this version and settings. */
  cached(uri: string, settings: GovReportSettings): Snapshot | undefined {
    const doc = this.docs.get(uri);
    const snap = this.snapshots.get(uri);
    if (!doc || !snap || snap.version !== doc.version || snap.key !== analysisKey(settings)) return undefined;
    this.snapshots.delete(uri);
    this.snapshots.set(uri, snap);
    return snap;
  }

  private remember(snap: Snapshot): void {
    this.snapshots.delete(snap.uri);
    this.snapshots.set(snap.uri, snap);
    while (this.snapshots.size > CACHED_ANALYSES) this.snapshots.delete(this.snapshots.keys().next().value!);
  }

  private inWorker(length: number, settings: GovReportSettings): boolean {
    return this.worker !== undefined && this.worker.usable && length >= this.workerThreshold && length <= settings.maxDocumentSize;
  }

  /**
   * The snapshot of the document as it is now, analysed if need be. Small documents are analysed at
   * once in this thread; large ones in the worker, one run at a time, newest text first. When edits
   * keep arriving faster than a large document can be analysed, the freshest finished snapshot is
   * returned after a few rounds (its version tells), rather than none.
   */
  async current(uri: string, settings: GovReportSettings): Promise<Snapshot | undefined> {
    let latest: Snapshot | undefined;
    for (let round = 0; round < 3; round++) {
      const doc = this.docs.get(uri);
      if (!doc) return undefined;
      const hit = this.cached(uri, settings);
      if (hit) return hit;
      const running = this.running.get(uri);
      if (running) {
        latest = await running.catch(() => latest);
        continue;
      }
      const text = doc.getText();
      if (!this.inWorker(text.length, settings)) {
        const snap = check(uri, doc.version, text, settings, this.previousFor(uri, text));
        this.remember(snap);
        return snap;
      }
      const job = this.analyzeInWorker(uri, doc.version, text, settings);
      this.running.set(uri, job);
      try {
        latest = await job;
      } finally {
        if (this.running.get(uri) === job) this.running.delete(uri);
      }
      if (this.docs.get(uri) === doc && doc.version === latest.version) return latest;
    }
    return latest;
  }

  private async analyzeInWorker(uri: string, version: number, text: string, settings: GovReportSettings): Promise<Snapshot> {
    const key = analysisKey(settings);
    const previous = this.previousFor(uri, text);
    let snap: Snapshot;
    try {
      const checkedAt = new Date();
      const r = await this.worker!.analyze(uri, version, key, text, settings.rules, previous?.model);
      snap = { uri, version, text, key, tooLarge: false, findings: r.findings, remote: true, durationMs: r.durationMs, checkedAt, ...(previous ? { previous } : {}) };
    } catch {
      // The worker failed: analyse here rather than not at all.
      snap = check(uri, version, text, settings, previous);
    }
    if (this.docs.has(uri)) this.remember(snap);
    return snap;
  }

  /** A feature that needs the model: from this thread's model or the worker's; undefined if stale. */
  async model<R extends ModelRequest>(snap: Snapshot, req: R, settings: GovReportSettings): Promise<ModelResults[R['op']] | undefined> {
    if (snap.model && snap.findings) return runModelRequest(snap.text, { model: snap.model, findings: snap.findings }, req);
    if (!snap.remote || !this.worker) return undefined;
    try {
      return await this.worker.model(snap.uri, snap.version, snap.key, req);
    } catch {
      // The worker is gone: recompute here.
      const local = check(snap.uri, snap.version, snap.text, settings, snap.previous);
      return local.model && local.findings ? runModelRequest(local.text, { model: local.model, findings: local.findings }, req) : undefined;
    }
  }

  invalidateAll(): void {
    this.snapshots.clear();
  }
}
