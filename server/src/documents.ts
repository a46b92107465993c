/**
 * Open documents under incremental sync, and the analysis of each, cached per document version and
 * settings: hovers, symbols, hints and code actions all read the cached analysis instead of re-parsing.
 *
 * Every document has its core AnalysisCache, so the analysis after a keystroke reads again only the
 * sentences that changed. The analysis runs in the server's thread: with the cache it is fast at
 * every size, and a worker thread would cost more than it saves (copying the findings of a 1 MB
 * report between threads takes longer than analysing the edit).
 */
import { AnalysisCache, analyze, joinLines, type Finding, type ReportModel, type RuleSetting, type TextLines } from '../../shared/src';
import type { GovReportSettings } from '../../shared/protocol';
import { runModelRequest, type ModelRequest, type ModelResults } from './features';
import { LineDocument, textOfLines, type ContentChange } from './lineDocument';
import { HEAD, type PreviousDocument } from './previous';
import { analysisKey } from './settings';

export interface Snapshot {
  readonly uri: string;
  readonly version: number;
  /** The lines that were checked (the document moves on to new ones under edits). */
  readonly source: TextLines;
  /** The length of their text, in UTF-16 code units. */
  readonly length: number;
  /** analysisKey of the settings it was computed with. */
  readonly key: string;
  /** The rule levels it was computed with: the settings' over the document's `.govreport-lint.json`. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** That `.govreport-lint.json` (its path), when one applies. */
  readonly config?: string;
  /** The maxDocumentSize it was checked with (the setting of the document's workspace folder). */
  readonly limit: number;
  /** The document is larger than maxDocumentSize: no analysis. */
  readonly tooLarge: boolean;
  /** Undefined when the document is too large. */
  readonly findings?: readonly Finding[];
  readonly model?: ReportModel;
  readonly durationMs: number;
  readonly checkedAt: Date;
  /** Last year's report the cross-year rules compared with, if one was found. */
  readonly previous?: PreviousDocument;
}

/** Runs the core, or declines when the text is over the size limit. */
export function check(uri: string, version: number, source: TextLines, length: number, settings: GovReportSettings, cache?: AnalysisCache, previous?: PreviousDocument): Snapshot {
  const started = performance.now();
  const base = { uri, version, source, length, key: analysisKey(settings), rules: settings.rules, limit: settings.maxDocumentSize, checkedAt: new Date() };
  if (length > settings.maxDocumentSize) {
    return { ...base, tooLarge: true, durationMs: performance.now() - started };
  }
  const { model, findings } = analyze(source, { rules: settings.rules, ...(cache ? { cache } : {}), ...(previous ? { previous: previous.model } : {}) });
  return { ...base, tooLarge: false, findings, model, durationMs: performance.now() - started, ...(previous ? { previous } : {}) };
}

/**
 * How many analyses are kept, with their analysis caches. A model and a cache are each several times
 * their text's size; documents beyond this many (the least recently used) keep only their text, and
 * are re-analysed from scratch (a millisecond for a typical report) if a request needs them. The
 * cache pays off only while a document is being typed in, and that document is always among the last used.
 */
const CACHED_ANALYSES = 8;

export class DocumentStore {
  private readonly docs = new Map<string, LineDocument>();
  /** In least-recently-used order (a Map iterates in insertion order; a hit re-inserts). */
  private readonly snapshots = new Map<string, Snapshot>();
  private readonly caches = new Map<string, AnalysisCache>();

  constructor(
    /** Last year's report for a document checked with `settings` (its `previousReport`), for the cross-year rules. */
    private readonly previousFor: (uri: string, text: string, cache: AnalysisCache, settings: GovReportSettings) => PreviousDocument | undefined = () => undefined,
    /** A document's `.govreport-lint.json` (its path) and the rule levels it gives the document, if one applies. */
    private readonly configFor: (uri: string) => { readonly path: string; readonly rules: Readonly<Record<string, RuleSetting>> } | undefined = () => undefined,
  ) {}

  /** The settings a document is checked with: the editor's rule levels over its configuration file's. */
  settingsFor(uri: string, settings: GovReportSettings): GovReportSettings {
    return this.effective(uri, settings).settings;
  }

  /** Those settings, and the configuration file (its path) they came from, looked up once. */
  private effective(uri: string, settings: GovReportSettings): { readonly settings: GovReportSettings; readonly config?: string } {
    const configured = this.configFor(uri);
    return configured ? { settings: { ...settings, rules: { ...configured.rules, ...settings.rules } }, config: configured.path } : { settings };
  }

  open(uri: string, languageId: string, version: number, text: string): LineDocument {
    const doc = new LineDocument(uri, languageId, version, text);
    this.docs.set(uri, doc);
    this.snapshots.delete(uri);
    this.caches.delete(uri);
    return doc;
  }

  /** Applies incremental (or full) changes; returns undefined for a document that is not open. */
  change(uri: string, version: number, changes: readonly ContentChange[]): LineDocument | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    doc.update(changes, version);
    return doc;
  }

  close(uri: string): boolean {
    this.snapshots.delete(uri);
    this.caches.delete(uri);
    return this.docs.delete(uri);
  }

  get(uri: string): LineDocument | undefined {
    return this.docs.get(uri);
  }

  all(): LineDocument[] {
    return [...this.docs.values()];
  }

  /** The cached snapshot when it is current for this version and settings. */
  cached(uri: string, settings: GovReportSettings): Snapshot | undefined {
    return this.snapshotFor(uri, this.effective(uri, settings).settings);
  }

  /** The cached snapshot when it is current for this version and these settings (a document's own, `effective`). */
  private snapshotFor(uri: string, settings: GovReportSettings): Snapshot | undefined {
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
    while (this.snapshots.size > CACHED_ANALYSES) {
      const evicted = this.snapshots.keys().next().value!;
      this.snapshots.delete(evicted);
      this.caches.delete(evicted);
    }
  }

  /** The document's analysis cache, made when it is analysed again after being evicted. */
  private cacheFor(uri: string): AnalysisCache {
    let cache = this.caches.get(uri);
    if (!cache) {
      cache = new AnalysisCache();
      this.caches.set(uri, cache);
    }
    return cache;
  }

  /** The snapshot of the document as it is now, analysed if need be. */
  async current(uri: string, settings: GovReportSettings): Promise<Snapshot | undefined> {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const { settings: own, config } = this.effective(uri, settings);
    const hit = this.snapshotFor(uri, own);
    if (hit) return hit;
    const cache = this.cacheFor(uri);
    const source = doc.lines;
    const checked = check(uri, doc.version, source, doc.length, own, cache, this.previousFor(uri, joinLines(source, HEAD), cache, own));
    const snap = config !== undefined ? { ...checked, config } : checked;
    this.remember(snap);
    return snap;
  }

  /** A feature that needs the model (none for a document over the size limit). */
  async model<R extends ModelRequest>(snap: Snapshot, req: R): Promise<ModelResults[R['op']] | undefined> {
    return snap.model && snap.findings ? runModelRequest(() => textOfLines(snap.source), { model: snap.model, findings: snap.findings }, req) : undefined;
  }

  invalidateAll(): void {
    this.snapshots.clear();
  }
}

