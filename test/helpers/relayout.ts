/**
 * Relaying a report as text copied from a PDF, a web page or a WPS/Word export, with every original
 * position mapped into the relaid text, so the findings on the two can be compared one for one
 * (test/unit/layout-pdf-web.test.ts). A relayout is a list of edits on the original text (insert,
 * delete, replace); the original's offsets map through them, so a finding's range, its related
 * ranges and its fix's edits on the original name the places expected on the relaid text.
 * Written from the format (format.md §9, §7.3) and the seeds, not from the parser.
 */
import { analyze, type Finding, type Range } from '../../shared/src';

export interface Edit {
  /** Offset in the original text. */
  readonly at: number;
  /** Original characters replaced (0 for an insertion). */
  readonly del: number;
  readonly ins: string;
  /** The inserted text is noise the checker may name (a page header, a footnote), not report text. */
  readonly noise?: boolean;
}

export interface Relaid {
  readonly text: string;
  /** Maps an original offset to the relaid text; `end` maps an offset that closes a range. */
  map(offset: number, side: 'start' | 'end'): number;
  /** Relaid-text spans of inserted noise. */
  readonly noise: ReadonlyArray<readonly [number, number]>;
}

export function relay(text: string, edits: readonly Edit[]): Relaid {
  const es = [...edits].sort((a, b) => a.at - b.at || a.del - b.del);
  for (let i = 1; i < es.length; i++) {
    const p = es[i - 1]!;
    if (es[i]!.at < p.at + p.del) throw new Error(`overlapping edits at ${es[i]!.at}`);
  }
  let out = '';
  let pos = 0;
  const noise: Array<[number, number]> = [];
  // For mapping: [origAt, origEnd, newAt, newEnd] of each edit.
  const spans: Array<[number, number, number, number]> = [];
  for (const e of es) {
    out += text.slice(pos, e.at);
    const newAt = out.length;
    out += e.ins;
    spans.push([e.at, e.at + e.del, newAt, out.length]);
    if (e.noise) noise.push([newAt, out.length]);
    pos = e.at + e.del;
  }
  out += text.slice(pos);
  const map = (o: number, side: 'start' | 'end'): number => {
    let delta = 0;
    for (const [a, b, na, nb] of spans) {
      if (b < o || (b === o && a < b)) { delta = nb - b; continue; }
      if (a === b && a === o) {
        // An insertion exactly at o: a range starting at o starts after it, a range ending at o ends before it.
        if (side === 'start') { delta = nb - b; continue; }
        return o + delta;
      }
      if (a < o && o < b) return side === 'start' ? na : nb; // inside a replaced stretch
      if (a === o && a < b) return na;
      break;
    }
    return o + delta;
  };
  return { text: out, map, noise };
}

/** Offsets of the starts of lines (LSP line breaks: CRLF, LF, CR). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

export interface Span { readonly start: number; readonly end: number }

function toSpan(starts: readonly number[], r: Range): Span {
  return { start: starts[r.start.line]! + r.start.character, end: starts[r.end.line]! + r.end.character };
}

/** Strips what a layout adds (line breaks, spaces of any width, invisible characters) and reads full-width digits. */
export function plain(s: string): string {
  return s
    .replace(/[\s\u00a0\u3000\u200b\u00ad\ufeff]/g, '')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** A finding reduced to what must survive a relayout: code, place, related places, fix places and values. */
export interface Shape {
  readonly code: string;
  readonly at: Span;
  readonly related: readonly Span[];
  readonly fixes: readonly string[];
  readonly message: string;
}

function shape(text: string, starts: readonly number[], f: Finding, map?: (s: Span) => Span): Shape {
  const m = map ?? ((s: Span) => s);
  return {
    code: f.code,
    at: m(toSpan(starts, f.range)),
    related: f.related.map((r) => m(toSpan(starts, r.range))),
    // A fix's edit: where it starts, what it removes and what it writes, less the blanks and invisible
    // characters a layout adds (removing a stray page number takes the line breaks around it, which differ).
    fixes: f.fixes.flatMap((x) => x.edits.map((e) => {
      const own = toSpan(starts, e.range);
      return `${m(own).start}:${plain(text.slice(own.start, own.end))}→${plain(e.newText)}`;
    })),
    message: plain(f.message['zh-CN']),
  };
}

function key(s: Shape): string {
  return `${s.code}@${s.at.start}-${s.at.end}`;
}

export interface Divergence {
  readonly kind: 'missing' | 'extra' | 'related' | 'fix' | 'message';
  readonly code: string;
  readonly at: string;
  readonly detail: string;
}

export interface Comparison {
  readonly divergences: readonly Divergence[];
  /** Findings on the relaid text that lie inside inserted noise (allowed: a stray page number named as such). */
  readonly noiseFindings: readonly string[];
  readonly original: readonly Finding[];
  readonly relaid: readonly Finding[];
}

/** Where a relaid-text span is, for messages: line:col and the text. */
function where(text: string, s: Span): string {
  const starts = lineStarts(text);
  let l = 0;
  while (l + 1 < starts.length && starts[l + 1]! <= s.start) l++;
  return `${l + 1}:${s.start - starts[l]!} “${text.slice(s.start, Math.min(s.end, s.start + 40)).replace(/\n/g, '⏎').replace(/\r/g, '␍')}”`;
}

/**
 * Compares the findings on the original with those on the relaid text. `noiseCodes` are the codes a
 * finding inside inserted noise may carry without counting as a divergence.
 */
export function compare(original: string, r: Relaid, noiseCodes: readonly string[] = ['artifact']): Comparison {
  const fo = [...analyze(original).findings];
  const fr = [...analyze(r.text).findings];
  const so = lineStarts(original);
  const sr = lineStarts(r.text);
  // An empty span (an insertion point) maps as a start: it stays after what a layout inserts there.
  const mapSpan = (s: Span): Span => ({ start: r.map(s.start, 'start'), end: r.map(s.end, s.end === s.start ? 'start' : 'end') });
  const expected = fo.map((f) => shape(original, so, f, mapSpan));
  const actual = fr.map((f) => shape(r.text, sr, f));
  const inNoise = (s: Span): boolean => r.noise.some(([a, b]) => a <= s.start && s.end <= b);
  const divergences: Divergence[] = [];
  const noiseFindings: string[] = [];
  const byKey = new Map<string, Shape[]>();
  for (const a of actual) byKey.set(key(a), [...(byKey.get(key(a)) ?? []), a]);
  for (const e of expected) {
    const list = byKey.get(key(e));
    const a = list?.shift();
    if (!a) {
      divergences.push({ kind: 'missing', code: e.code, at: where(r.text, e.at), detail: e.message });
      continue;
    }
    const rel = (xs: readonly Span[]): string => xs.map((x) => `${x.start}-${x.end}`).join(',');
    if (rel(a.related) !== rel(e.related)) {
      divergences.push({ kind: 'related', code: e.code, at: where(r.text, e.at), detail: `expected ${e.related.map((x) => where(r.text, x)).join(' | ')}; got ${a.related.map((x) => where(r.text, x)).join(' | ')}` });
    }
    if (a.fixes.join(';') !== e.fixes.join(';')) {
      divergences.push({ kind: 'fix', code: e.code, at: where(r.text, e.at), detail: `expected ${e.fixes.join(';')}; got ${a.fixes.join(';')}` });
    }
    if (a.message !== e.message) {
      divergences.push({ kind: 'message', code: e.code, at: where(r.text, e.at), detail: `expected ${e.message}\n      got ${a.message}` });
    }
  }
  for (const list of byKey.values()) {
    for (const a of list) {
      if (inNoise(a.at) && noiseCodes.includes(a.code)) { noiseFindings.push(`${a.code}@${where(r.text, a.at)}`); continue; }
      divergences.push({ kind: 'extra', code: a.code, at: where(r.text, a.at), detail: a.message });
    }
  }
  return { divergences, noiseFindings, original: fo, relaid: fr };
}

export function describe(ds: readonly Divergence[]): string {
  return ds.map((d) => `  ${d.kind} ${d.code} at ${d.at}: ${d.detail}`).join('\n');
}

// ---------------------------------------------------------------------------------------------
// Reading a seed's lines (layout only: which lines are prose, headings, table cells).

export interface Line { readonly start: number; readonly text: string; readonly index: number }

export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let pos = 0;
  let i = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: pos, text: text.slice(pos, m.index), index: i++ });
    pos = m.index + m[0].length;
  }
  out.push({ start: pos, text: text.slice(pos), index: i });
  return out;
}

/** A table line: a cell of a cell-per-line table (leading tab) or a tab-separated row. */
export function isTableLine(l: Line): boolean {
  return l.text.includes('\t');
}

export function isProse(l: Line): boolean {
  return l.text.trim() !== '' && !isTableLine(l);
}

export const PART_HEADING = /^([一二三四五六])、/;
export const SUB_HEADING = /^[（(][一二三四五六七八九十][）)]/;

/** Lines of the six part headings, in order (prose lines only, so table 三's 一、…四、 rows are not taken). */
export function partHeadings(text: string): Line[] {
  const names = ['总体情况', '主动公开', '收到和处理', '行政复议', '存在的主要问题', '其他需要报告'];
  const ls = linesOf(text).filter(isProse);
  return names.map((n, i) => {
    const l = ls.find((x) => x.text.startsWith('一二三四五六'[i]! + '、') && x.text.includes(n));
    if (!l) throw new Error(`no heading ${n}`);
    return l;
  });
}

/** The report's title (its first lines up to the one ending in 报告, joined) and the office's name. */
export function titleOf(text: string): { title: string; office: string } {
  const ls = linesOf(text).filter(isProse);
  let title = '';
  for (const l of ls) {
    title += l.text.trim();
    if (/报告$/.test(l.text.trim())) break;
  }
  const office = title.replace(/\s*\d{4}\s*年.*$/, '');
  return { title, office };
}

/** Is `text` made of cell-per-line tables (one cell per line after a tab, seeds 001–004)? */
export function cellPerLine(text: string): boolean {
  return linesOf(text).filter((l) => /^\t[^\t]*$/.test(l.text)).length > 50;
}

// ---------------------------------------------------------------------------------------------
// The layouts: each returns the edits that turn a seed into the layout.

export type Layout = (text: string) => Edit[];

/** Prose lines hard-wrapped every `width` characters, as a PDF's text layer gives them. */
export function wrapProse(width: number): Layout {
  return (text) => {
    const edits: Edit[] = [];
    for (const l of linesOf(text).filter(isProse)) {
      for (let c = width; c < l.text.length; c += width) {
        const code = l.text.charCodeAt(c);
        const at = code >= 0xdc00 && code <= 0xdfff ? c + 1 : c; // never inside a surrogate pair
        edits.push({ at: l.start + at, del: 0, ins: '\n' });
      }
    }
    return edits;
  };
}

/** Blank lines between prose paragraphs removed (a PDF gives none). */
export const noBlankLines: Layout = (text) => {
  const ls = linesOf(text);
  const edits: Edit[] = [];
  for (let i = 1; i + 1 < ls.length; i++) {
    if (ls[i]!.text === '' && isProse(ls[i - 1]!) && isProse(ls[i + 1]!)) edits.push({ at: ls[i]!.start, del: 1, ins: '' });
  }
  return edits;
};

/** Sequential combination of edits made on the same original (non-overlapping). */
export function both(...ls: Layout[]): Layout {
  return (text) => ls.flatMap((l) => l(text));
}

/** A line break before every match of `re` (index `at` into the match) in prose lines. */
export function breakAt(re: RegExp, at: (m: RegExpExecArray) => number): Layout {
  return (text) => {
    const edits: Edit[] = [];
    for (const l of linesOf(text).filter(isProse)) {
      const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
      for (let m = g.exec(l.text); m; m = g.exec(l.text)) {
        const k = at(m);
        // Not a figure that opens its line: broken after its first digit, that digit alone on a line is a page number.
        if (m.index > 0 && k > 0 && k < l.text.length) edits.push({ at: l.start + k, del: 0, ins: '\n' });
      }
    }
    return edits;
  };
}

/** Part and sub-part headings broken in the middle of their words ("二、主动公开政府\n信息情况"). */
export const breakHeadings: Layout = (text) => {
  const edits: Edit[] = [];
  for (const l of linesOf(text).filter(isProse)) {
    const m = PART_HEADING.exec(l.text) ?? SUB_HEADING.exec(l.text);
    if (!m) continue;
    const words = l.text.length - m[0].length;
    if (words < 4) continue;
    // A heading alone on its line: break it in the middle of its words.
    if (l.text.length <= 24) edits.push({ at: l.start + m[0].length + Math.ceil(words / 2), del: 0, ins: '\n' });
  }
  return edits;
};

/** Where a page break falls: before every `every`-th line, and in the middle of the first long prose line of each part. */
function pageBreaks(text: string, every: number): number[] {
  const ls = linesOf(text);
  const perLine = cellPerLine(text);
  const at: number[] = [];
  for (let i = every; i < ls.length; i += every) {
    // A page breaks between a table's rows, not between the cells of one: in a cell-per-line table, at the
    // blank line that ends the row.
    let k = i;
    if (perLine) while (k < ls.length && ls[k - 1]!.text !== '' && (isTableLine(ls[k - 1]!) || isTableLine(ls[k]!))) k++;
    if (k < ls.length) at.push(ls[k]!.start);
  }
  const heads = partHeadings(text).map((h) => h.index);
  for (const h of heads) {
    const long = ls.slice(h + 1).find((l) => isProse(l) && l.text.length > 80);
    if (long) at.push(long.start + 40);
  }
  return [...new Set(at)].sort((a, b) => a - b);
}

/**
 * A page break carrying running lines (a page number, a header, a footnote): `block(page)` gives the
 * lines; inserted as their own lines, in the middle of a line when the break falls there.
 */
export function pageNoise(every: number, block: (page: number, text: string) => string[]): Layout {
  return (text) => pageBreaks(text, every).map((at, i) => {
    const lines = block(i + 2, text);
    const midLine = at > 0 && text[at - 1] !== '\n';
    return { at, del: 0, ins: (midLine ? '\n' : '') + lines.join('\n') + '\n', noise: true };
  });
}

/** Appended 附件 lines after part 六. */
export const attachments: Layout = (text) => {
  const end = text.replace(/\s+$/, '').length;
  return [{ at: end, del: 0, ins: '\n\n附件：1.政府信息公开工作年度报告统计表\n      2.政府信息公开申请办理情况说明\n', noise: true }];
};

// ---- web copy

/**
 * Tables as one cell per line without the leading tab (a web page's table copied as text): a tab
 * between cells becomes a line break, a row ends with a blank line. Blank cells become blank lines.
 */
export const webCells: Layout = (text) => {
  const edits: Edit[] = [];
  const perLine = cellPerLine(text);
  for (const l of linesOf(text)) {
    if (!isTableLine(l)) continue;
    if (perLine && /^\t[^\t]*$/.test(l.text)) { edits.push({ at: l.start, del: 1, ins: '' }); continue; }
    // A tab-separated row: each tab a line break, and a blank line after the row.
    for (let c = 0; c < l.text.length; c++) if (l.text[c] === '\t') edits.push({ at: l.start + c, del: 1, ins: '\n' });
    edits.push({ at: l.start + l.text.length, del: 0, ins: '\n' });
  }
  return edits;
};

/** Like webCells, but with a blank line after every cell. */
export const webCellsSpaced: Layout = (text) => {
  const edits: Edit[] = [];
  const perLine = cellPerLine(text);
  const ls = linesOf(text);
  for (const l of ls) {
    if (!isTableLine(l)) continue;
    if (perLine && /^\t[^\t]*$/.test(l.text)) {
      edits.push({ at: l.start, del: 1, ins: '' });
      // The blank line after the cell's last line (a cell may hold a line break: 结果 / 维持).
      let last = l;
      for (let n = ls[l.index + 1]; n && n.text !== '' && !isTableLine(n); n = ls[n.index + 1]) last = n;
      edits.push({ at: last.start + last.text.length, del: 0, ins: '\n' });
      continue;
    }
    for (let c = 0; c < l.text.length; c++) if (l.text[c] === '\t') edits.push({ at: l.start + c, del: 1, ins: '\n\n' });
    edits.push({ at: l.start + l.text.length, del: 0, ins: '\n' });
  }
  return edits;
};

/** Trailing spaces after every table cell and every prose line. */
export const trailingSpaces: Layout = (text) => {
  const edits: Edit[] = [];
  for (const l of linesOf(text)) {
    if (l.text.trim() === '') continue;
    for (let c = 0; c < l.text.length; c++) if (l.text[c] === '\t' && c > 0 && l.text[c - 1] !== '\t') edits.push({ at: l.start + c, del: 0, ins: '  ' });
    edits.push({ at: l.start + l.text.length, del: 0, ins: ' \u00a0 ' });
  }
  return edits;
};

/** Every ASCII digit written full-width (one UTF-16 unit each: offsets unchanged). */
export const fullWidthDigits: Layout = (text) => {
  const edits: Edit[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) edits.push({ at: i, del: 1, ins: String.fromCharCode(c + 0xfee0) });
  }
  return edits;
};

/** Paragraphs indented with two ideographic spaces, and ASCII spaces in prose made ideographic. */
export const ideographicSpaces: Layout = (text) => {
  const edits: Edit[] = [];
  for (const l of linesOf(text).filter(isProse)) {
    edits.push({ at: l.start, del: 0, ins: '\u3000\u3000' });
    for (let c = 0; c < l.text.length; c++) if (l.text[c] === ' ') edits.push({ at: l.start + c, del: 1, ins: '\u3000' });
  }
  return edits;
};

/** Non-breaking spaces: every ASCII space an nbsp, paragraphs indented with nbsp, and nbsp after table cells. */
export const nbsp: Layout = (text) => {
  const edits: Edit[] = [];
  for (const l of linesOf(text)) {
    if (l.text.trim() === '') continue;
    if (isProse(l)) edits.push({ at: l.start, del: 0, ins: '\u00a0\u00a0\u00a0\u00a0' });
    for (let c = 0; c < l.text.length; c++) {
      if (l.text[c] === ' ') edits.push({ at: l.start + c, del: 1, ins: '\u00a0' });
      else if (l.text[c] === '\t' && c > 0 && l.text[c - 1] !== '\t') edits.push({ at: l.start + c, del: 0, ins: '\u00a0' });
    }
    if (isTableLine(l) && l.text[l.text.length - 1] !== '\t') edits.push({ at: l.start + l.text.length, del: 0, ins: '\u00a0' });
  }
  return edits;
};

const IDEOGRAPH = /[\u4e00-\u9fff]/;

/**
 * An invisible character (U+200B, U+00AD) every `every` characters of every line, where it falls between two
 * ideographs (a web editor's break opportunities between words, headings and table labels included). The
 * characters are noise: the artifact rule may name each.
 */
export function invisible(ch: string, every: number): Layout {
  return (text) => {
    const edits: Edit[] = [];
    for (const l of linesOf(text)) {
      for (let c = every; c < l.text.length; c += every) {
        if (!IDEOGRAPH.test(l.text[c]!) || !IDEOGRAPH.test(l.text[c - 1]!)) continue;
        edits.push({ at: l.start + c, del: 0, ins: ch, noise: true });
      }
    }
    return edits;
  };
}

/** U+200B after every cell value and inside every figure of two digits or more (web editors leave them there). */
export const zwspInFigures: Layout = (text) => {
  const edits: Edit[] = [];
  for (const m of text.matchAll(/\d{2,}/g)) edits.push({ at: m.index! + 1, del: 0, ins: '\u200b', noise: true });
  for (const l of linesOf(text)) if (isTableLine(l) && /\d$/.test(l.text)) edits.push({ at: l.start + l.text.length, del: 0, ins: '\u200b', noise: true });
  return edits;
};

/** Line ends written `\r\n` or a lone `\r`. */
export function lineEnds(eol: '\r\n' | '\r'): Layout {
  return (text) => {
    const edits: Edit[] = [];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') edits.push({ at: i, del: 1, ins: eol });
    return edits;
  };
}

// ---- WPS / Word export

/** Part headings without their numbers (automatic numbering lost): "二、主动公开…" → "主动公开…". */
export const headingsUnnumbered: Layout = (text) => partHeadings(text).map((h) => ({ at: h.start, del: 2, ins: '' }));

/** Part headings numbered 1. … 6. instead of 一、… 六、. */
export function headingsArabic(sep: '.' | '、' | '. '): Layout {
  return (text) => partHeadings(text).map((h, i) => ({ at: h.start, del: 2, ins: `${i + 1}${sep}` }));
}

/** Table captions "表1 …" (or "附表1") on their own line between a table part's heading and its table. */
export function captions(prefix: '表' | '附表'): Layout {
  return (text) => {
    const hs = partHeadings(text);
    const names = ['主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况'];
    return [1, 2, 3].map((p, i) => {
      const h = hs[p]!;
      return { at: h.start + h.text.length, del: 0, ins: `\n${prefix}${i + 1}  ${names[i]}`, noise: true };
    });
  };
}

/**
 * Merged cells exported as fewer cells: the blank placeholders a merged label cell leaves before a
 * row's first cell are dropped (tab rows lose their leading tabs; cell-per-line rows their leading blank cells).
 */
export const mergedFewerCells: Layout = (text) => {
  const edits: Edit[] = [];
  const perLine = cellPerLine(text);
  const ls = linesOf(text);
  if (perLine) {
    // Rows are runs of tab lines; drop the blank cells before a row's first non-blank cell.
    let i = 0;
    while (i < ls.length) {
      if (!/^\t/.test(ls[i]!.text)) { i++; continue; }
      let j = i;
      while (j < ls.length && /^\t/.test(ls[j]!.text)) j++;
      let k = i;
      while (k < j - 1 && ls[k]!.text === '\t') k++;
      // Only rows that still hold a label after the blanks (a number-only row keeps its places).
      if (k > i && /[^\d\s.]/.test(ls[k]!.text)) for (let x = i; x < k; x++) edits.push({ at: ls[x]!.start, del: ls[x]!.text.length + 1, ins: '' });
      i = j;
    }
  } else {
    for (const l of ls) {
      const m = /^\t+/.exec(l.text);
      if (m && /^[^\d\s]/.test(l.text.slice(m[0].length))) edits.push({ at: l.start, del: m[0].length, ins: '' });
    }
  }
  return edits;
};

// ---------------------------------------------------------------------------------------------
// Faults injected into a seed before it is relaid (each one a finding on the original).

export type Fault = (text: string) => string;

/** The offset of the `n`-th figure (0-based) at or after `from` in table lines. */
function nthCellFigure(text: string, from: number, n: number): { at: number; value: string } {
  let k = 0;
  for (const l of linesOf(text)) {
    if (l.start + l.text.length < from || !isTableLine(l)) continue;
    for (const m of l.text.matchAll(/(?<=^|\t)(\d+)(?=\t|$)/g)) {
      if (l.start + m.index! < from) continue;
      if (k++ === n) return { at: l.start + m.index!, value: m[1]! };
    }
  }
  throw new Error('no such figure');
}

/** Table 三: the 总计 of row 一、本年新收 one more (breaks its row and its column). */
export const faultTable3: Fault = (text) => {
  const at = text.indexOf('一、本年新收');
  const f = nthCellFigure(text, at, cellPerLine(text) ? 6 : 0);
  return text.slice(0, f.at) + String(Number(f.value) + 1) + text.slice(f.at + f.value.length);
};

/** Table 四: the first figure of its data row one more. */
export const faultTable4: Fault = (text) => {
  const at = partHeadings(text)[3]!.start;
  const f = nthCellFigure(text, at, 0);
  return text.slice(0, f.at) + String(Number(f.value) + 1) + text.slice(f.at + f.value.length);
};

/** A prose count that contradicts table 三, appended to part 一's first paragraph (not a sub-heading). */
export const faultProse: Fault = (text) => {
  const h = partHeadings(text)[0]!;
  const p = linesOf(text).find((l) => l.index > h.index && isProse(l) && l.text.length > 40 && /。$/.test(l.text))!;
  const at = p.start + p.text.length;
  return text.slice(0, at) + '全年共收到政府信息公开申请999件。' + text.slice(at);
};

/**
 * Page furniture (`block`'s lines) inserted after every match of `re` in prose lines, each on lines of its own: a
 * page break inside a sentence, right where a claim's words meet its figure (申请 / — 3 — / 178件).
 */
export function noiseAfter(re: RegExp, block: (text: string) => string[]): Layout {
  return (text) => {
    const out: Edit[] = [];
    for (const l of linesOf(text).filter(isProse)) {
      for (const m of l.text.matchAll(new RegExp(re.source, 'g'))) out.push({ at: l.start + m.index! + m[0].length, del: 0, ins: `\n${block(text).join('\n')}\n`, noise: true });
    }
    return out;
  };
}

/** A footnote mark (`①`, `[1]`) after every match of `re` in prose lines (at most `max` a line). */
export function footnoteMarks(re: RegExp, mark: string, max = 2): Layout {
  return (text) => linesOf(text).filter(isProse).flatMap((l) =>
    [...l.text.matchAll(new RegExp(re.source, 'g'))].slice(0, max).map((m) => ({ at: l.start + m.index! + m[0].length, del: 0, ins: mark, noise: true })));
}
