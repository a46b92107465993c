/**
 * An open document kept as its lines, under incremental sync. vscode-languageserver-textdocument keeps
 * a document as one string, so every keystroke makes a new one: in a 1 MB report that string is built
 * (6 ms, the copy of two megabytes), split into lines again, and each line hashed again when the
 * analysis cache looks it up. Kept as lines, an edit replaces the lines it touches and every other line
 * stays the same string (its hash already computed), and the core reads the lines as they are
 * (`TextLines`). The whole text is built only when a feature asks for it (fix-all), once per version.
 *
 * Each version is immutable (an edit makes new arrays, sharing the untouched lines), so a snapshot of
 * the analysis keeps the exact text it checked while typing goes on.
 */
import { joinLines, splitText, type Position, type TextLines } from '../../shared/src';

/** One change as LSP sends it: a range and its new text, or the whole new text. */
export type ContentChange = { readonly range: { readonly start: Position; readonly end: Position }; readonly text: string } | { readonly text: string };

const texts = new WeakMap<TextLines, string>();

/** The text the lines make, built once per version. */
export function textOfLines(lines: TextLines): string {
  let text = texts.get(lines);
  if (text === undefined) {
    text = joinLines(lines);
    texts.set(lines, text);
  }
  return text;
}

/** Where a position falls, clamped as vscode-languageserver-textdocument clamps it: to the line's ends, and to the document's. */
function clamp(t: TextLines, p: Position): Position {
  const last = t.lines.length - 1;
  if (p.line > last) return { line: last, character: t.lines[last]!.length };
  if (p.line < 0) return { line: 0, character: 0 };
  return { line: p.line, character: Math.max(0, Math.min(p.character, t.lines[p.line]!.length)) };
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** The lines after replacing the range `start`–`end` (clamped, either order) with `text`, and the change in length. */
export function editLines(t: TextLines, start: Position, end: Position, text: string): { readonly lines: TextLines; readonly delta: number } {
  let from = clamp(t, start);
  let to = clamp(t, end);
  if (before(to, from)) [from, to] = [to, from];
  // The lines the edit touches, whole, with the break after the last; and the line before them too when
  // it ends in a lone `\r`, which a `\n` at the start of the new text joins into one break (`\r\n`).
  let first = from.line;
  if (first > 0 && t.breaks[first - 1] === '\r') first--;
  let was = 0;
  let region = '';
  for (let l = first; l <= to.line; l++) was += t.lines[l]!.length + t.breaks[l]!.length;
  for (let l = first; l < from.line; l++) region += t.lines[l]! + t.breaks[l]!;
  region += t.lines[from.line]!.slice(0, from.character) + text + t.lines[to.line]!.slice(to.character) + t.breaks[to.line]!;
  const made = splitText(region);
  // A region that ends in a break leaves an empty last piece: the start of the untouched line after it.
  const count = t.breaks[to.line] === '' ? made.lines.length : made.lines.length - 1;
  return {
    lines: {
      lines: t.lines.slice(0, first).concat(made.lines.slice(0, count), t.lines.slice(to.line + 1)),
      breaks: t.breaks.slice(0, first).concat(made.breaks.slice(0, count), t.breaks.slice(to.line + 1)),
    },
    delta: region.length - was,
  };
}

export class LineDocument {
  private current: TextLines;
  private size: number;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private ver: number,
    text: string,
  ) {
    this.current = splitText(text);
    this.size = text.length;
    texts.set(this.current, text);
  }

  get version(): number {
    return this.ver;
  }

  /** This version's lines (never changed: an edit makes the next version's). */
  get lines(): TextLines {
    return this.current;
  }

  /** The length of the text, in UTF-16 code units. */
  get length(): number {
    return this.size;
  }

  getText(): string {
    return textOfLines(this.current);
  }

  /** Applies LSP content changes, in order. */
  update(changes: readonly ContentChange[], version: number): void {
    for (const change of changes) {
      if ('range' in change) {
        const edited = editLines(this.current, change.range.start, change.range.end, change.text);
        this.current = edited.lines;
        this.size += edited.delta;
      } else {
        this.current = splitText(change.text);
        this.size = change.text.length;
        texts.set(this.current, change.text);
      }
    }
    this.ver = version;
  }
}
