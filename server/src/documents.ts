/**
 * Open documents under incremental sync, and the analysis of each, cached per document version and
 * settings: hovers, symbols, hints and code actions all read the cached model instead of re-parsing.
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../../shared/src';
import type { GovReportSettings } from '../../shared/protocol';
import { analysisKey } from './settings';

export interface Snapshot {
  readonly uri: string;
  readonly version: number;
  /** The text that was checked (the document object itself changes in place under edits). */
  readonly text: string;
  /** analysisKey of the settings it was computed with. */
  readonly key: string;
  /** The document is larger than maxDocumentSize: no analysis. */
  readonly tooLarge: boolean;
  readonly analysis?: Analysis;
  readonly durationMs: number;
  readonly checkedAt: Date;
}

/** Runs the core on a text, or declines when it is over the size limit. Never throws. */
export function check(document: TextDocument, settings: GovReportSettings): Snapshot {
  const started = performance.now();
  const text = document.getText();
  const base = { uri: document.uri, version: document.version, text, key: analysisKey(settings), checkedAt: new Date() };
  if (text.length > settings.maxDocumentSize) {
    return { ...base, tooLarge: true, durationMs: performance.now() - started };
  }
  const analysis = analyze(text, { rules: settings.rules });
  return { ...base, tooLarge: false, analysis, durationMs: performance.now() - started };
}

/**
 * How many analyses are kept. A model is several times its text's size; documents beyond this many
 * (the least recently used) keep only their text, and are re-analysed if a request needs them.
 */
const CACHED_ANALYSES = 8;

export class DocumentStore {
  private readonly docs = new Map<string, TextDocument>();
  /** In least-recently-used order (a Map iterates in insertion order; a hit re-inserts). */
  private readonly snapshots = new Map<string, Snapshot>();

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
    return this.docs.delete(uri);
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
    return doc && snap && snap.version === doc.version && snap.key === analysisKey(settings) ? snap : undefined;
  }

  /** The current snapshot of an open document, computed now if the cache is stale. */
  snapshot(uri: string, settings: GovReportSettings): Snapshot | undefined {
    const hit = this.cached(uri, settings);
    if (hit) {
      this.snapshots.delete(uri);
      this.snapshots.set(uri, hit);
      return hit;
    }
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const snap = check(doc, settings);
    this.snapshots.delete(uri);
    this.snapshots.set(uri, snap);
    while (this.snapshots.size > CACHED_ANALYSES) this.snapshots.delete(this.snapshots.keys().next().value!);
    return snap;
  }

  invalidateAll(): void {
    this.snapshots.clear();
  }
}
