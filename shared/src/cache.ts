/**
 * What successive analyses of one document can share. An editor re-analyses a document after every
 * keystroke, and almost all of it is as it was: what each line's text alone determines (its masked
 * and folded forms, leftovers, heading) is remembered under the text, the tables under the lines they
 * are read from, the sentences of each paragraph that may claim under the paragraph's text, and the claims
 * read from each sentence under the sentence's text and context, so the next analysis reads again only the lines and
 * sentences that changed. Everything kept is a pure function of its key, so an analysis with a cache gives exactly
 * the findings of one without (a property test holds the core to that).
 *
 * Entries that an analysis did not use are forgotten when the next analysis ends, so a cache holds
 * at most two analyses' worth: memory follows the document, not its history.
 */
import type { ClaimingSentence, SentenceClaim } from './claims/extract';
import type { ShareParagraph } from './claims/shares';
import type { ReportModel } from './model';
import type { KeptSubsection } from './parse';
import type { LineScan } from './parse/lines';
import type { TableParse } from './parse/tables';
import { Derived } from './derived';
import { detach } from './memo';

/** A two-generation memo: what the last analysis used, and what the current one has used so far. */
export class Memo<V> {
  /** Entries keep their own key: a detached copy, made once, when the entry is made. */
  private fresh = new Map<string, { readonly key: string; readonly value: V }>();
  private stale = new Map<string, { readonly key: string; readonly value: V }>();

  /**
   * The value remembered under `key`, or the one `compute` gives for it (then remembered). `compute` takes
   * the key, so that callers can pass one function made once rather than a closure made per call.
   */
  get(key: string, compute: (key: string) => V): V {
    return this.getWith(key, compute, undefined);
  }

  /** `get` with a second argument for `compute`, for the same reason. */
  getWith<C>(key: string, compute: (key: string, context: C) => V, context: C): V {
    let entry = this.fresh.get(key);
    if (entry) return entry.value;
    entry = this.stale.get(key) ?? { key: detach(key), value: compute(key, context) };
    this.fresh.set(entry.key, entry);
    return entry.value;
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

/** A two-generation memo by line number, of values the caller checks before it uses them again (see `Memo`). */
export class LineMemo<V> {
  private fresh = new Map<number, V>();
  private stale = new Map<number, V>();

  /** What the current analysis, or else the last one, kept for `line`. */
  get(line: number): V | undefined {
    return this.fresh.get(line) ?? this.stale.get(line);
  }

  set(line: number, value: V): void {
    this.fresh.set(line, value);
  }

  sweep(): void {
    this.stale = this.fresh;
    this.fresh = new Map();
  }
}

/** One document's cache; pass the same one to every `analyze` of that document. */
export class AnalysisCache {
  /**
   * Claims read from a sentence: by the sentence's text, then by its context (see claims/extract.ts).
   * Two levels, so that no key is made by concatenating a long sentence.
   */
  readonly sentences = new Memo<Map<string, readonly SentenceClaim[]>>();
  /**
   * The sentences of a paragraph of prose that may make a claim, by the paragraph's folded text, each with
   * its entry in `sentences`: an unchanged paragraph is one lookup instead of one per sentence (each a
   * fresh slice of the paragraph, hashed and compared again).
   */
  readonly paragraphs = new Memo<readonly ClaimingSentence[]>();
  // While a paragraph stands unchanged its sentences are not asked for, so `sentences` forgets them: the
  // first edit in a paragraph reads all its sentences again, the edits after it only the one that changes.
  /**
   * The sentences of a paragraph of prose that may state a year-on-year change, by the paragraph's folded text
   * (claims/deltas.ts): pairs of offsets.
   */
  readonly changes = new Memo<readonly number[]>();
  /** What the shares ask of a paragraph of prose, by the paragraph's folded text (claims/shares.ts). */
  readonly shares = new Memo<ShareParagraph>();
  /** What a line's folded text names of its sentences' subject (claims/extract.ts `wordsNamed`), by that text. */
  readonly lineWords = new Memo<number>();
  /** What each line's text alone determines (parse/lines.ts), by the line's text. */
  readonly lines = new Memo<LineScan>();
  /**
   * The subsections made, by their heading's line (parse/index.ts), with what each was made from: one made from the
   * same is used again, so a keystroke in a long report does not make its thousands of subsections afresh.
   */
  readonly subsections = new LineMemo<KeptSubsection>();
  /** The tables, by everything their parse reads (`tablesKey` in parse/tables.ts). */
  readonly tables = new Memo<TableParse>();

  sweep(): void {
    this.sentences.sweep();
    this.paragraphs.sweep();
    this.changes.sweep();
    this.shares.sweep();
    this.lineWords.sweep();
    this.lines.sweep();
    this.tables.sweep();
    this.subsections.sweep();
  }
}

/** The cache an analysis of a model runs with (set by `analyze`, read by the claims). */
const attached = new Derived<ReportModel, AnalysisCache>('analysis cache');

export function attachCache(model: ReportModel, cache: AnalysisCache): void {
  attached.set(model, cache);
}

export function cacheOf(model: ReportModel): AnalysisCache | undefined {
  return attached.get(model);
}
