/**
 * The report's prose as one stream of text: narrative lines (never table lines) joined so that a
 * sentence broken over lines — even across a blank line, as Word exports do — reads as one, with a
 * map back to exact LSP positions.
 */
import type { ReportModel } from '../model';
import { isWhiteSpace } from '../normalize';
import type { Position, Range } from '../text';
import { Derived } from '../derived';
import { invisibleColumns } from '../invisible';
import { OUTCOME_GROUPS } from './lexicon';

interface Segment {
  /** Offset of the segment in the stream. */
  readonly start: number;
  readonly line: number;
  /** Character in the line where the segment begins. */
  readonly column: number;
  readonly length: number;
}

/** A run of the stream between two hard breaks (a sentence never crosses one). */
export interface Paragraph {
  /** Offset of the paragraph in the stream. */
  readonly start: number;
  /** Its text, folded. */
  readonly folded: string;
}

export interface ProseStream {
  /**
   * The prose with full-width characters folded (`fold`); `\n` marks a hard break (a heading, a
   * paragraph that ended its sentence, a table). Made on first use: the claims read the paragraphs.
   */
  readonly folded: string;
  /**
   * The paragraphs of `folded`, in order, without the breaks between them. Most are one line whose
   * folded text the line cache keeps from one analysis to the next, so reading a long report again
   * after a keystroke makes no megabyte-long string.
   */
  readonly paragraphs: readonly Paragraph[];
  /** The prose as written (not folded) from `start` to `end`: the same offsets as `folded`. */
  slice(start: number, end: number): string;
  positionAt(offset: number): Position;
  rangeOf(start: number, end: number): Range;
  /** Line of the stream offset (for the paragraph a sentence sits in). */
  lineAt(offset: number): number;
}

/** The marks that end a sentence or a clause at a line's end (looked up by the line's last character: `/[…]$/` tried every character of the line). */
const SENTENCE_END_MARKS = '。！？!?；;：:';

/** A sub-heading is short and has no clause: a numbered line of a paragraph wrapped at the page's width has one. */
const SUBHEADING_MAX = 30;
const CLAUSE_MARK = /[，,。；;：:！？!?、]/;

/** What may part a heading from the sentence run in after it (besides spaces). */
const RUN_IN_MARKS = '。.．：:，,、';

/** An item of a list ended, more to come (；): the next numbered line is its next item. */
const LIST_GOES_ON = '；;';
/** A lead-in (办理结果如下：): the next numbered line is the list's first item, unless the lead-in is itself numbered. */
const LEAD_IN = '：:';
const SENTENCE_INSIDE = /[。！？!?]/;

/**
 * A sentence that counts the requests received, ended at its line's end (全年共收到政府信息公开申请178件。, folded; a
 * parenthesis after the count too: 183件(含上年结转5件)。).
 */
const RECEIVED_VERB = /收到|受理|新收|接收|接到/;
const COUNT_ENDS = /\d\s*件(?:\([^()]{0,24}\))?。$/;
/** How far from the end COUNT_ENDS's 件 may stand (件, a bracket of 24 characters, 。). */
const COUNT_ENDS_REACH = 28;
/** A list's item that begins with one of table 三's outcomes and its count ((一)予以公开99件;, 2.部分公开:14件;), folded, after its number. */
const OUTCOME_ITEM = new RegExp(`^\\s*(?:${OUTCOME_GROUPS.map((o) => o.re.source).join('|')})(?:的)?(?:申请)?(?:为|共|:)?\\d`);

/** `text` (one line's words, folded) ends with a sentence counting the requests received. */
function endsWithReceived(text: string): boolean {
  // COUNT_ENDS's 件 stands at most 28 characters from the end (件, a bracket of 24, 。), so the last 件 does too: most
  // lines are done with this, not with the pattern, which V8 tries at every character of the line.
  const unit = text.lastIndexOf('件');
  if (unit < 0 || text.length - unit > COUNT_ENDS_REACH || !COUNT_ENDS.test(text)) return false;
  let from = text.length - 2;
  while (from >= 0 && !SENTENCE_INSIDE.test(text[from]!)) from--;
  const sentence = text.slice(from + 1);
  return sentence.includes('申请') && RECEIVED_VERB.test(sentence);
}

const LIST_MARKER = /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|[①-⑳])/;

/** The first code unit of a match of LIST_MARKER: （ ( a digit, 一 to 十, ① to ⑳ (most lines begin otherwise, and are not matched). */
function mayOpenList(c: number): boolean {
  return c === 0xff08 || c === 0x28 || (c >= 0x30 && c <= 0x39) || (c >= 0x2460 && c <= 0x2473) || LIST_NUMERALS.includes(c);
}

/** 一 to 十, as code units. */
const LIST_NUMERALS: readonly number[] = [...'一二三四五六七八九十'].map((c) => c.charCodeAt(0));

/**
 * Where the sentence that begins at `from` ends: the next 。！？!? or hard break, or the end of the
 * stream; with `semicolons`, the next ；; too. A loop over the characters: a regular expression run
 * once per sentence cost more than reading the sentence.
 */
export function sentenceEnd(folded: string, from: number, semicolons = false): number {
  for (let i = from; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    // Most code units are ideographs, between 。 and the full-width marks: one test for them.
    if (c > 0x3002 && c < 0xff01) continue;
    if (c === 0x3002 || c === 0x0a || c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f) return i;
    if (semicolons && (c === 0x3b || c === 0xff1b)) return i;
  }
  return folded.length;
}

/**
 * Calls `fn` with each sentence of the stream, folded, and its offset in the stream (empty sentences
 * included, as between two breaks); with `within`, of the paragraphs it accepts only. Sentences end
 * at hard breaks too, so they are read paragraph by paragraph and no string of the whole prose is made.
 */
export function forEachSentence(stream: ProseStream, fn: (sentence: string, start: number) => void, semicolons = false, within?: (paragraph: string) => boolean): void {
  for (const paragraph of stream.paragraphs) {
    const text = paragraph.folded;
    // A reader that needs words most paragraphs lack says so, and their sentences are not made.
    if (within && !within(text)) continue;
    for (let s = 0, i = 0; s <= text.length; s = i + 1) {
      i = sentenceEnd(text, s, semicolons);
      fn(text.slice(s, i), paragraph.start + s);
    }
  }
}

const streams = new Derived<ReportModel, ProseStream>('prose stream');

/** The report's prose stream (made once per model: the claims and the year-on-year changes both read it). */
export function proseStream(model: ReportModel): ProseStream {
  let stream = streams.get(model);
  if (!stream) {
    stream = makeStream(model);
    streams.set(model, stream);
  }
  return stream;
}

function makeStream(model: ReportModel): ProseStream {
  // Every line of a heading a PDF's text broke in two (二、主动公开政 / 府信息情况) is the heading's.
  const headingLines = new Set<number>();
  for (const p of model.parts) for (let l = p.headingRange.start.line; l <= p.headingRange.end.line; l++) headingLines.add(l);
  /** Where a one-line part heading's words end, on its line. */
  const headingEnds = new Map<number, number>();
  for (const p of model.parts) if (p.headingRange.start.line === p.headingRange.end.line) headingEnds.set(p.headingRange.start.line, p.headingRange.end.character);
  // The folded prose is kept paragraph by paragraph, and the prose as written is sliced from the lines
  // when a claim's words are wanted: a megabyte-long string costs more to build and to search than
  // all those pieces.
  /** The columns of the invisible characters (zero-width space, soft hyphen) of the lines that have any. */
  const invisibleLines = invisibleColumns(model);
  let length = 0;
  const paragraphs: Paragraph[] = [];
  let paragraphStart = 0;
  let paragraph = '';
  const segments: Segment[] = [];
  let previousEnded = true;
  /**
   * The line before ends a list's lead-in or item and the list goes on (办理结果如下：, （一）予以公开99件；): a numbered
   * line after it is the list's next item, in the same paragraph, not a paragraph of its own (a numbered heading
   * ending in a colon, （二）依申请公开情况：, is no lead-in); so is a line that stops mid-sentence (其中 / 1.予以公开99件；).
   */
  let listGoesOn = false;
  /**
   * The list began with a lead-in (其中：, 办理结果如下：) and its items so far each ended with ；: a line after it without
   * a number (其中：/自然人申请171件；/法人或其他组织申请7件。) is its next item too.
   */
  let ledIn = false;
  /**
   * The line before ended with a sentence counting the requests received (…收到政府信息公开申请178件。): a numbered
   * line after it that begins with one of table 三's outcomes and its count ((一)予以公开99件;) opens the list of what
   * became of them, in the same paragraph, as after a colon.
   */
  let receivedBefore = false;
  let previousLine = -1;
  for (let l = 0; l < model.masked.length; l++) {
    if (model.tableLines.has(l)) {
      previousEnded = true;
      listGoesOn = false;
      ledIn = false;
      receivedBefore = false;
      continue;
    }
    const masked = model.masked[l]!;
    let s = 0;
    let e = masked.length;
    while (s < e && isWhiteSpace(masked.charCodeAt(s))) s++;
    while (e > s && isWhiteSpace(masked.charCodeAt(e - 1))) e--;
    if (s === e) continue;
    // A heading with its part's first sentence run in after it (`四、…行政诉讼情况　本年度…被申请行政复议1件`):
    // the heading is a paragraph of its own and the sentence starts afresh after it, as it would on the next
    // line, so the heading's words are no subject of the sentence's figures.
    const cut = headingEnds.get(l);
    let rest = -1;
    if (cut !== undefined && cut > s && cut < e) {
      rest = cut;
      while (rest < e && (isWhiteSpace(masked.charCodeAt(rest)) || RUN_IN_MARKS.includes(masked[rest]!))) rest++;
      if (rest >= e) rest = -1;
    }
    for (let piece = 0; piece < (rest < 0 ? 1 : 2); piece++) {
      const from = piece === 0 ? s : rest;
      const to = piece === 0 && rest >= 0 ? cut! : e;
      const content = masked.slice(from, to);
      const heading = piece === 0 && (headingLines.has(l) || (model.title !== undefined && l >= model.title.range.start.line && l <= model.title.range.end.line));
      const marker = piece === 0 && mayOpenList(content.charCodeAt(0)) ? LIST_MARKER.exec(content) : null;
      // An item is one sentence at most (（二）部分公开14件；): a numbered line with a sentence ended in it is a
      // paragraph of its own (（三）政府信息管理。严格落实…), whatever the line before ended with.
      // Nor is a numbered line without a clause an item: it is a sub-heading (（一）主动公开).
      const folded = model.folded[l]!.slice(from, to);
      const outcomesOfReceived = marker !== null && receivedBefore && OUTCOME_ITEM.test(folded.slice(marker[0].length));
      const itemOfList: boolean =
        ((marker !== null ? listGoesOn : ledIn) || outcomesOfReceived) && !SENTENCE_INSIDE.test(content.slice(0, -1)) && CLAUSE_MARK.test(content.slice(marker !== null ? marker[0].length : 0));
      const hard = (previousEnded && !itemOfList) || heading || (marker !== null && !itemOfList) || previousLine < 0;
      if (length > 0 && hard) {
        paragraphs.push({ start: paragraphStart, folded: paragraph });
        paragraph = '';
        length++;
        paragraphStart = length;
      }
      const invisible = invisibleLines.get(l);
      if (invisible === undefined) {
        segments.push({ start: length, line: l, column: from, length: to - from });
        paragraph += folded;
        length += to - from;
      } else {
        // An invisible character a web page leaves inside a word (共收\u200b到, 申\u00ad请) takes no room in the sentence:
        // the words on either side of it are one word, as a reader sees them.
        let run = from;
        for (let c = from; c <= to; c++) {
          if (c < to && !invisible.has(c)) continue;
          if (c > run) {
            segments.push({ start: length, line: l, column: run, length: c - run });
            paragraph += model.folded[l]!.slice(run, c);
            length += c - run;
          }
          run = c + 1;
        }
      }
      // A numbered line without a clause in it (（二）依申请公开情况) is a sub-heading: the next line starts afresh.
      previousEnded = heading || SENTENCE_END_MARKS.includes(content[content.length - 1]!) || (marker !== null && content.length <= SUBHEADING_MAX && !CLAUSE_MARK.test(content.slice(marker[0].length)));
      const last = content[content.length - 1]!;
      const numberedTitle = marker !== null && content.length <= SUBHEADING_MAX && !CLAUSE_MARK.test(content.slice(marker[0].length, -1));
      const leadIn = !heading && LEAD_IN.includes(last) && !numberedTitle;
      listGoesOn = !heading && (LIST_GOES_ON.includes(last) || leadIn || !previousEnded);
      ledIn = leadIn || (itemOfList && ledIn && LIST_GOES_ON.includes(last));
      receivedBefore = !heading && endsWithReceived(folded);
    }
    previousLine = l;
  }
  if (length > 0) paragraphs.push({ start: paragraphStart, folded: paragraph });
  return new Stream(model.masked, paragraphs, segments);
}

/**
 * A class, not an object literal with a getter and closures: V8 gives each such literal a hidden class
 * of its own, kept in old space until a full collection, and that hidden class (through the getter's
 * closure) kept the whole model alive through every young-generation collection (a fifth of the time
 * of an analysis went to copying dead models).
 */
class Stream implements ProseStream {
  private joined: string | undefined;

  constructor(
    private readonly masked: readonly string[],
    readonly paragraphs: readonly Paragraph[],
    private readonly segments: readonly Segment[],
  ) {}

  get folded(): string {
    return (this.joined ??= this.paragraphs.map((p) => p.folded).join('\n'));
  }

  /** Index of the segment that holds `offset` (or the last one before it). */
  private indexOf(offset: number): number {
    const segments = this.segments;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  slice(start: number, end: number): string {
    const segments = this.segments;
    let out = '';
    if (segments.length === 0) return out;
    for (let i = this.indexOf(start); i < segments.length; i++) {
      const seg = segments[i]!;
      // The hard break before this segment (the offset just before it), where the slice takes it in.
      if (i > 0 && seg.start - 1 >= start && seg.start - 1 < end) {
        const before = segments[i - 1]!;
        if (before.start + before.length < seg.start) out += '\n';
      }
      if (seg.start >= end) break;
      const from = Math.max(0, start - seg.start);
      const to = Math.min(seg.length, end - seg.start);
      if (to > from) out += this.masked[seg.line]!.slice(seg.column + from, seg.column + to);
    }
    return out;
  }

  positionAt(offset: number): Position {
    if (this.segments.length === 0) return { line: 0, character: 0 };
    const seg = this.segments[this.indexOf(offset)]!;
    const within = Math.max(0, Math.min(offset - seg.start, seg.length));
    return { line: seg.line, character: seg.column + within };
  }

  rangeOf(start: number, end: number): Range {
    // An end that falls on a segment boundary belongs to the segment it ends.
    const endPos = end > start ? this.positionAt(end - 1) : this.positionAt(start);
    return { start: this.positionAt(start), end: end > start ? { line: endPos.line, character: endPos.character + 1 } : endPos };
  }

  lineAt(offset: number): number {
    return this.segments.length === 0 ? 0 : this.segments[this.indexOf(offset)]!.line;
  }
}
