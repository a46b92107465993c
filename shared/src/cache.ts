/**
 * What successive analyses of one document can share. An editor re-analyses a document after every
 * keystroke, and almost all of it is as it was: what each line's text alone determines (its masked
 * and folded forms, leftovers, heading) is remembered under the text, the tables under the lines they
 * are read from, the sentences of each paragraph that may claim under the paragraph's text, and the claims
 * read from each sentence under the sentence's text and context, so the next analysis reads again only the lines and
 * sentences that changed. Everything kept is a pure function of its key, so an analysis with a cache gives exactly
 * the findings of one without (a property test holds the core to that).
 *
 * Entries that an analysis did not use are forgotten when it ends, so a cache holds what the last analysis
 * used, and during an analysis what the one before used as well: memory follows the document, not its history.
 */
import type { ClaimingSentence, SentenceClaim } from './claims/extract';
import type { Reading } from './claims/readings';
import type { LocalizedText } from './i18n';
import type { ShareParagraph } from './claims/shares';
import type { ReportModel } from './model';
import type { RuleFinding } from './rule';
import type { KeptSubsection } from './parse';
import type { LineScan } from './parse/lines';
import type { TableParse } from './parse/tables';
import type { Range } from './text';
import { Derived } from './derived';
import { detach } from './memo';

/** A memo's entry: its own key (a detached copy, made once, when the entry is made), and the analysis that last used it. */
interface Entry<K, V> {
  readonly key: K;
  readonly value: V;
  used: number;
}

/**
 * A memo of what the analyses use: an entry the last analysis did not use is forgotten when it ends. One map, each
 * entry stamped with the analysis that last used it; the sweep drops the others. (Two maps, the last analysis's and the
 * current one's, made a new map of every entry at every analysis: in a 1 MB report, a tenth of what a keystroke made.)
 */
class Generations<K, V> {
  private readonly entries = new Map<K, Entry<K, V>>();
  /** The analysis under way. */
  private now = 0;

  protected find(key: K): Entry<K, V> | undefined {
    const entry = this.entries.get(key);
    if (entry !== undefined) entry.used = this.now;
    return entry;
  }

  protected keep(key: K, value: V): void {
    const entry = this.entries.get(key);
    if (entry !== undefined && entry.value === value) entry.used = this.now;
    else this.entries.set(key, { key, value, used: this.now });
  }

  /** Ends an analysis: what it did not use is forgotten. */
  sweep(): void {
    const ended = this.now++;
    for (const [key, entry] of this.entries) if (entry.used !== ended) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A memo of a pure function of strings (the key: a line's text, a paragraph's, a sentence's). */
export class Memo<V> extends Generations<string, V> {
  /**
   * The value remembered under `key`, or the one `compute` gives for it (then remembered). `compute` takes
   * the key, so that callers can pass one function made once rather than a closure made per call.
   */
  get(key: string, compute: (key: string) => V): V {
    return this.getWith(key, compute, undefined);
  }

  /** The value remembered under `key`, if there is one (found, it is kept for this analysis too). */
  lookup(key: string): V | undefined {
    return this.find(key)?.value;
  }

  /** Remembers `value` under `key`, in place of what was remembered there. */
  put(key: string, value: V): void {
    this.keep(detach(key), value);
  }

  /** `get` with a second argument for `compute`, for the same reason. */
  getWith<C>(key: string, compute: (key: string, context: C) => V, context: C): V {
    const entry = this.find(key);
    if (entry !== undefined) return entry.value;
    const own = detach(key);
    const value = compute(key, context);
    this.keep(own, value);
    return value;
  }
}

/** A memo by line number, of values the caller checks before it uses them again. */
export class LineMemo<V> extends Generations<number, V> {
  /** What the current analysis, or else the last one, kept for `line` (found, it is kept for this one too). */
  get(line: number): V | undefined {
    return this.find(line)?.value;
  }

  set(line: number, value: V): void {
    this.keep(line, value);
  }
}

/**
 * The findings a check of one line makes from that line alone (its folded and its own text, and its number in
 * the ranges), with the line and the text they were made for: see `lineFindings`.
 */
export interface LineFindings {
  readonly line: number;
  readonly text: string;
  readonly findings: readonly RuleFinding[];
}

/** What narrative-mismatch says of a failing claim, and the readings (the same array) it said it of. */
export interface NarrativeSaid {
  readonly readings: readonly Reading[];
  readonly known: readonly Reading[];
  readonly said: LocalizedText;
  readonly related: RuleFinding['related'];
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
  /** Whether a paragraph of prose names a narrower part of its body as its own (`namesNarrowerOwn`), by its folded text. */
  readonly narrowerOwn = new Memo<boolean>();
  /** Whether a line may state the statistical period (parse/index.ts `findPeriod`), by its folded text. */
  readonly periodHints = new Memo<boolean>();
  /** What each line's text alone determines (parse/lines.ts), by the line's text. */
  readonly lines = new Memo<LineScan>();
  /**
   * The subsections made, by their heading's line (parse/index.ts), with what each was made from: one made from the
   * same is used again, so a keystroke in a long report does not make its thousands of subsections afresh.
   */
  readonly subsections = new LineMemo<KeptSubsection>();
  /** The tables, by everything their parse reads (`tablesKey` in parse/tables.ts). */
  readonly tables = new Memo<TableParse>();
  /**
   * prose-sum's lists of kinds and of channels (rules/prose-sum.ts), line by line, by the line's folded text: a
   * keystroke reads again only the line it changes, not the lists of every line of a long report's prose.
   */
  readonly kindLists = new Memo<LineFindings>();
  readonly channelLists = new Memo<LineFindings>();
  /**
   * What narrative-mismatch says of a claim that fails (its message and the cells it points at), by what the claim
   * states (rules/narrative-mismatch.ts), with the readings it was made from: used again while they are the same.
   */
  readonly narrative = new Memo<NarrativeSaid>();

  sweep(): void {
    this.kindLists.sweep();
    this.channelLists.sweep();
    this.narrative.sweep();
    this.narrowerOwn.sweep();
    this.periodHints.sweep();
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

/** A check of one line that reads only that line: its folded text, its own text and its number (for the ranges). */
export type LineCheck = (model: ReportModel, line: number, folded: string) => RuleFinding[];

interface LineAsked {
  readonly model: ReportModel;
  readonly line: number;
  readonly text: string;
  readonly check: LineCheck;
}

function checkedLine(folded: string, asked: LineAsked): LineFindings {
  return { line: asked.line, text: asked.text, findings: asked.check(asked.model, asked.line, folded) };
}

/**
 * What `check` finds in line `l` of the model, remembered in `memo` (when there is one) by the line's folded text. The
 * same folded text may come of another text (full-width figures fold to ASCII ones): what was remembered for another
 * text is not used. Made for another line, its ranges are moved to this one.
 */
export function lineFindings(memo: Memo<LineFindings> | undefined, model: ReportModel, l: number, check: LineCheck): readonly RuleFinding[] {
  const folded = model.folded[l] ?? '';
  if (memo === undefined) return check(model, l, folded);
  const text = model.lines[l]?.text ?? '';
  const kept = memo.getWith(folded, checkedLine, { model, line: l, text, check });
  if (kept.text !== text) return check(model, l, folded);
  if (kept.line === l || kept.findings.length === 0) return kept.findings;
  // Moved (a line typed or deleted above it): its findings moved with it, remembered on their new line.
  const by = l - kept.line;
  const findings = kept.findings.map((f) => movedBy(f, by));
  memo.put(folded, { line: l, text, findings });
  return findings;
}

function moved(r: Range, by: number): Range {
  return { start: { line: r.start.line + by, character: r.start.character }, end: { line: r.end.line + by, character: r.end.character } };
}

function movedBy(f: RuleFinding, by: number): RuleFinding {
  return {
    ...f,
    range: moved(f.range, by),
    related: f.related.map((r) => ({ ...r, range: moved(r.range, by) })),
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, range: moved(e.range, by) })) })),
  };
}
