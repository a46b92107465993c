/**
 * What successive analyses of one document can share. An editor re-analyses a document after every
 * keystroke, and almost all of it is as it was: the claims read from each sentence are remembered
 * under the sentence's text and context, so the next analysis reads again only the sentences that
 * changed. Everything kept is a pure function of its key, so an analysis with a cache gives exactly
 * the findings of one without (a property test holds the core to that).
 *
 * Entries that an analysis did not use are forgotten when the next analysis ends, so a cache holds
 * at most two analyses' worth: memory follows the document, not its history.
 */
import type { SentenceClaim } from './claims/extract';
import type { ReportModel } from './model';

/** A two-generation memo: what the last analysis used, and what the current one has used so far. */
export class Memo<V> {
  private fresh = new Map<string, V>();
  private stale = new Map<string, V>();

  /** The value remembered under `key`, or the one `compute` gives (then remembered). */
  get(key: string, compute: () => V): V {
    let v = this.fresh.get(key);
    if (v !== undefined) return v;
    v = this.stale.get(key);
    if (v === undefined) v = compute();
    this.fresh.set(key, v);
    return v;
  }

  /** Ends an analysis: what it did not use is forgotten. */
  sweep(): void {
    this.stale = this.fresh;
    this.fresh = new Map();
  }

  get size(): number {
    return this.fresh.size + this.stale.size;
  }
}

/** One document's cache; pass the same one to every `analyze` of that document. */
export class AnalysisCache {
  /**
   * Claims read from a sentence: by the sentence's text, then by its context (see claims/extract.ts).
   * Two levels, so that no key is made by concatenating a long sentence.
   */
  readonly sentences = new Memo<Map<string, readonly SentenceClaim[]>>();

  sweep(): void {
    this.sentences.sweep();
  }
}

/** The cache an analysis of a model runs with (set by `analyze`, read by the claims). */
const attached = new WeakMap<ReportModel, AnalysisCache>();

export function attachCache(model: ReportModel, cache: AnalysisCache): void {
  attached.set(model, cache);
}

export function cacheOf(model: ReportModel): AnalysisCache | undefined {
  return attached.get(model);
}
