/**
 * Tables as Word exports them to text, in both layouts and their mixtures:
 *
 * - cell per line: every cell on its own line after a TAB, a blank line between rows, an empty cell
 *   as a lone TAB, long header cells continued on the next line without a TAB (`商业` / `企业`);
 * - row per line: the cells of a row joined by TABs, merged cells leaving extra empty fields;
 * - Markdown, as converters from Word write tables: each row's cells between pipes (`| 自然人 | 171 |`),
 *   a rule of dashes under the header (`|---|---|`), read as rows per line.
 *
 * Both become physical rows of fields. Rows are then named by their labels (the template's official
 * wording, a variant, or a distinctive fragment), and the fields after a label are its cells, trimmed
 * of merge padding to the row's column count.
 */
import { packedMap } from '../arrays';
import type { Cell, HeaderVariant, ParseProblem, Table, TableRow } from '../model';
import { isWhiteSpace, labelKey, stripNumbering } from '../normalize';
import { INVISIBLE_IN_FIGURE, isPlaceholder, parseCell, UNIT_AFTER_FIGURE, type CellDefect, type CellValue } from '../numbers';
import {
  ACTIVE_2019_MARKERS, ACTIVE_2019_ROW_LABEL_KEYS, ACTIVE_2019_ROW_MARKERS, ACTIVE_2021_MARKERS, ACTIVE_ROWS_2021_OLD_DOC_HEADS, activeFormatOf, HEADER_WORDS, REQUEST_COLUMNS, REQUEST_GROUPS, REVIEW_ROWS, TABLE_PART, editDistanceWithin, groupFragmentKey, matchGroupKey, matchRowKey, matchWholeKey, rowsFor, wholeKeysOf,
  type FormatVersion, type LabelMatch, type PartId, type RowSpec, type TableKind,
} from '../template';
import { range, spanRange, type Position, type Range } from '../text';
import type { LineInfo, SpacedFields } from './lines';
import { withDerived } from '../derived';
import { LineSpans } from '../line-spans';
import { ShortKeyMemo } from '../memo';

interface Field {
  /** Artifact-free text (continuation lines joined without separator). */
  text: string;
  /** What the text says as a label, header or value (`factsOf`), found once. */
  facts: FieldFacts | undefined;
  /** Original text. */
  raw: string;
  /** Trimmed content; an empty range at the insertion point for a blank field. */
  range: Range;
  empty: boolean;
}

interface PhysRow {
  fields: Field[];
  kind: 'row' | 'cell';
  startLine: number;
  endLine: number;
  /** A Markdown table's header row (the row above its `|---|` rule): column headings, never row labels. Set when the rule is read. */
  header: boolean;
}

interface Block {
  start: number;
  end: number; // inclusive
}

/**
 * Where the one cell of a cell line ends: at once for a line of pipes (`|`, an empty cell), else at its closing
 * pipe (`规章 |`, `0  | ||`), or at the line's end when the pipe stands on the line under it (`markDetachedPipes`).
 */
function cellEnd(info: LineInfo): number {
  if (info.masked.charCodeAt(info.start) === 124) return info.start;
  const pipe = info.masked.indexOf('|', info.start);
  return pipe >= 0 && pipe < info.end ? pipe : info.end;
}

/** A line of runs of four dashes or more parted by blanks: a simple table's rule, no cell (`--`, `---` may stand for one). */
const DASH_RULE = /^-{4,}(?:[ \t\u3000]+-{4,})*$/;

/** After a cell's closing pipe, a run of pipes without blanks between them: the columns a spanning cell covers. */
const SPANNED_TAIL = /^[ \t]*\|{2,}$/;

/**
 * A row line that is one cell closed by its pipe and the pipes of the columns its row's spanning cell covers
 * (`0  | ||`): in a table one cell per line, that cell, the last of its row (as `0 |` over a line `||` is).
 */
function cellClosingRow(info: LineInfo): boolean {
  const md = info.scan.markdown;
  if (md === undefined || md !== 'row' || info.scan.unframed || info.masked.charCodeAt(info.start) === 124) return false;
  const pipe = info.masked.indexOf('|', info.start);
  return pipe > info.start && SPANNED_TAIL.test(info.masked.slice(pipe + 1, info.end));
}

const SENTENCE_PUNCT = /[。；;，,：:！？!?]/;

/** The spans of a row line's fields: between its TABs, or between a Markdown row's pipes (`\\|` is a pipe in a cell). */
function fieldsOf(info: LineInfo): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const m = info.masked;
  if (info.scan.markdown === 'row') {
    // After the opening pipe, or from the first character where the row has none (`规章 | 0 |`) or the
    // table no frame (`| 0 | 0`: an empty cell first).
    let a = m.charCodeAt(info.start) === 124 && !info.scan.unframed ? info.start + 1 : info.start;
    for (let i = a; i < info.end; i++) {
      if (m.charCodeAt(i) === 124 && m.charCodeAt(i - 1) !== 92) {
        out.push({ start: a, end: i });
        a = i + 1;
      }
    }
    // A row without the closing pipe (`一、本年新收… | 171 | … | 178`): its last cell runs to the line's end.
    if (a < info.end) out.push({ start: a, end: info.end });
    return out;
  }
  let a = 0;
  for (let i = 0; i <= m.length; i++) {
    if (i === m.length || m.charCodeAt(i) === 9) {
      out.push({ start: a, end: i });
      a = i + 1;
    }
  }
  return pipesBetween(m, out) ? out.filter((_, k) => k % 2 === 0) : out;
}

/** A field that is a pipe alone, spaces around it aside. */
function isPipeField(m: string, f: { start: number; end: number }): boolean {
  let pipe = false;
  for (let i = f.start; i < f.end; i++) {
    const c = m.charCodeAt(i);
    if (c === 124 && !pipe) pipe = true;
    else if (!isWhiteSpace(c)) return false;
  }
  return pipe;
}

/**
 * Cells parted by a TAB, a pipe and a TAB (`⇥|⇥⇥|⇥自然人⇥|⇥法人或其他组织`, as some converters write a table):
 * every other field is a pipe alone, two at least, and no other field is. The pipes part the cells; they
 * are none (a lone pipe among cells parted by TABs alone stays a cell, as it was).
 */
function pipesBetween(m: string, fields: readonly { start: number; end: number }[]): boolean {
  if (fields.length < 4) return false;
  for (let k = 0; k < fields.length; k++) if (isPipeField(m, fields[k]!) !== (k % 2 === 1)) return false;
  return true;
}

/** `isRowLine` of a line, kept in its scan: a line of a table recurs, and is asked of again in the look-aheads. */
function rowLineOf(info: LineInfo): boolean {
  return (info.scan.rowLine ??= isRowLine(info.masked));
}

/** Whether a line with a TAB is a row (its fields joined by TABs) rather than one cell after its TAB. */
function isRowLine(masked: string): boolean {
  const tab = masked.indexOf('\t');
  const second = masked.indexOf('\t', tab + 1);
  // `⇥92⇥`: one cell with a stray TAB after it (nothing but the TAB and spaces follow), not a row of three.
  if (second >= 0 && tab === 0 && second > 1 && masked.indexOf('\t', second + 1) < 0 && isBlankFrom(masked, second + 1)) return false;
  if (second >= 0) return true;
  for (let i = 0; i < tab; i++) if (!isWhiteSpace(masked.charCodeAt(i))) return true;
  return false;
}

function isBlankFrom(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) if (!isWhiteSpace(s.charCodeAt(i))) return false;
  return true;
}

/**
 * The masked text of `start`–`end`, with the invisible characters that stand between two digits (a web page's
 * zero-width space: 1\u200b78) left out: masked as
 * blanks they split the figure (`17 1`, no number); the artifact rule still names them.
 */
function joinedFigure(masked: string, text: string, start: number, end: number): string {
  const own = text.slice(start, end);
  let out = '';
  let from = 0;
  for (const m of own.matchAll(INVISIBLE_IN_FIGURE)) {
    out += masked.slice(start + from, start + m.index);
    from = m.index + m[0].length;
  }
  return from === 0 ? masked.slice(start, end) : out + masked.slice(start + from, end);
}

/** A line break written in a Markdown table's cell: `<br>`, `<br/>`, `<br />`. */
const MARKDOWN_BREAK = /<br ?\/?>/gi;

/** A field of `source` (the line's masked text, or its own text where a leftover blanked a cell). */
function makeField(info: LineInfo, start: number, end: number, m = info.masked): Field {
  let s = start;
  let e = end;
  while (s < e && isWhiteSpace(m.charCodeAt(s))) s++;
  while (e > s && isWhiteSpace(m.charCodeAt(e - 1))) e--;
  const own = m === info.text ? m.slice(s, e) : joinedFigure(m, info.text, s, e);
  // A Markdown converter writes a line break inside a cell as `<br>` (`| 一、本年新收政府<br>信息公开申请数量 | 171 |`):
  // the cell's words run on across it, as across a cell's two lines.
  const text = info.scan.markdown !== undefined && own.includes('<') ? own.replace(MARKDOWN_BREAK, '') : own;
  return {
    text,
    // Most cells are neither padded nor hold a leftover: then the original text is the same string.
    raw: s === start && e === end && m === info.text ? text : info.text.slice(start, end),
    range: range(info.index, s === e ? start : s, s === e ? start : e),
    empty: s === e,
    facts: undefined,
  };
}

/**
 * The one cell of a line after its TAB (a table one cell per line), read once per line text: the same line recurs (in
 * every report, where the scan is remembered across them), and its cell (where it starts and ends, its text, its
 * facts) is then not read again.
 */
function cellAfterTab(info: LineInfo): Field {
  const cut = (info.scan.cell ??= tabCellOf(info));
  return { text: cut.text, raw: cut.raw, range: range(info.index, cut.start, cut.end), empty: cut.empty, facts: cut.facts };
}

/** What a line's one cell after its TAB is: a function of the line's text alone, kept in its scan (`LineScan.cell`). */
export interface TabCell {
  readonly text: string;
  readonly raw: string;
  /** The characters its range spans. */
  readonly start: number;
  readonly end: number;
  readonly empty: boolean;
  readonly facts: FieldFacts;
}

function tabCellOf(info: LineInfo): TabCell {
  // (Most such lines open with their TAB: found without a call to indexOf.)
  const m = info.masked;
  const field = makeField(info, (m.charCodeAt(0) === 9 ? 0 : m.indexOf('\t')) + 1, m.length);
  return { text: field.text, raw: field.raw, start: field.range.start.character, end: field.range.end.character, empty: field.empty, facts: FIELD_FACTS.get(field.text) };
}

/** A short label fragment on its own line, continuing the cell above it (`商业` / `企业`). */
function isContinuation(info: LineInfo, previous: Field | undefined, heading: boolean): boolean {
  if (!previous || previous.empty || heading) return false;
  if (isFigureField(previous)) return false;
  const content = info.masked.slice(info.start, info.end);
  // A cell whose bracket is still open (`（二）部分公开（区分处理的，只计这一`) goes on to the line
  // that closes it, commas and all.
  if (unclosed(previous.text) && /[）)]/.test(content) && content.length <= 40) return true;
  // A label's bracketed note on a line of its own (`（二）部分公开` / `（区分处理的，只计这一情形，不计其他情形）`).
  if (/^[（(][^（()）]*[）)]$/.test(content) && content.length <= 40 && !opensListNumber(content, 0)) return true;
  // A long label broken anywhere (`…、行政机关` / `不再处理其政府信息公开申请`): the two make an official label.
  if (content.length <= 33 && !FIGURE.test(content) && !namedField(previous) && !named(labelKey(content)) && matchesRow(previous.text + content)) return true;
  if (content.length > 12 || SENTENCE_PUNCT.test(content) || /^\d+$/.test(content)) return false;
  // A row's whole official label (`行政许可`, its cell left blank) is complete, and a cell written for a figure
  // (`21650（件）`, `21 650`) takes no header word or caption after it (`第二十条第（六）项`, the next block's):
  // that line is the next row's, unless the two make one whole name.
  if (officialLabel(previous.text) && !wholeName(labelKey(previous.text + content))) return false;
  return !(/^[0-9０-９]/.test(previous.text) && headerBitsOfKey(labelKey(content)) !== 0);
}

/**
 * A line without a TAB that begins the label of the row line after it (`一、本年新收政府信息` /
 * `公开申请数量⇥171⇥7…`, or `规章` / `⇥0⇥0⇥0` where Word ended the label cell with an empty paragraph):
 * the two make an official label, or the row's label cell is blank and the line is a label itself.
 */
function beginsLabel(content: string, infos: readonly LineInfo[], at: number): boolean {
  const next = infos[at];
  if (!next || !next.tabular || next.scan.markdown !== undefined || !rowLineOf(next) || content.length > 33 || FIGURE.test(content)) return false;
  const tab = next.masked.indexOf('\t');
  const label = next.masked.slice(0, tab).trim();
  // A label broken around its figures, as PDF copies set a long label cell beside its row
  // (`（二）部分公开（区分处理的，` / `⇥14⇥0…` / `只计这一情形，不计其他情形）`): the line after the row ends it, or
  // the lines after it, the cell wrapped over three or four lines (`（二）部分公开（区分` / `⇥14⇥0…` / `处理的，只计这一情形，` / `不计其他情形）`).
  if (label === '') {
    let rest = '';
    for (const line of infos.slice(at + 1, at + 4)) {
      const piece = line && !line.blank ? afterLabel(line) : '';
      if (piece === '' || FIGURE.test(piece)) break;
      rest += piece;
      if (joinsLabel(content, rest)) return true;
    }
  }
  // The label cell's first paragraph, commas and all (`（二）部分公开（区分处理的，` / `只计这一情形，不计其他情形）⇥14⇥0…`,
  // as Word writes a row per line whose first cell holds two paragraphs).
  if (label !== '' && joinsLabel(content, label)) return true;
  if (SENTENCE_PUNCT.test(content)) return false;
  if (label === '') return named(labelKey(content)) && matchesRow(content);
  return (!named(labelKey(label)) && named(labelKey(content + label)) && matchesRow(content + label)) || joinsHeader(content, label);
}

/**
 * The piece of a label cell a line may hold: its one field (a line without a TAB, or one field between TABs, no
 * Markdown), short and no figure; else undefined.
 */
function pieceOf(info: LineInfo | undefined): string | undefined {
  if (!info || info.blank || info.scan.markdown !== undefined) return undefined;
  // The fields between TABs, trimmed, found in place (no array of them made: this is asked of the two lines
  // after most cells of a table one cell per line).
  const m = info.masked;
  let from = -1;
  let to = -1;
  for (let a = info.start; a <= info.end; ) {
    let b = m.indexOf('\t', a);
    if (b < 0 || b > info.end) b = info.end;
    let s = a;
    let e = b;
    while (s < e && isWhiteSpace(m.charCodeAt(s))) s++;
    while (e > s && isWhiteSpace(m.charCodeAt(e - 1))) e--;
    if (s < e) {
      if (from >= 0) return undefined;
      from = s;
      to = e;
    }
    a = b + 1;
  }
  if (from < 0 || to - from > 40) return undefined;
  const piece = m.slice(from, to);
  return FIGURE.test(piece) ? undefined : piece;
}

/** The first field of a row line holding text, when the fields after it hold figures alone (`⇥不计其他情形）⇥14⇥0…`). */
function leadPiece(info: LineInfo): string | undefined {
  // The fields between TABs read in place, as pieceOf does (an array of them made by `map` and `filter` was of
  // another hidden class once the caller was optimised, see packedMap, and the optimised code was thrown away).
  const m = info.masked;
  let first: string | undefined;
  let figures = 0;
  for (let a = info.start; a <= info.end; ) {
    let b = m.indexOf('\t', a);
    if (b < 0 || b > info.end) b = info.end;
    const field = m.slice(a, b).trim();
    a = b + 1;
    if (field === '') continue;
    if (!FIGURE.test(field)) {
      if (first !== undefined) return undefined;
      first = field;
    } else if (first === undefined) {
      return undefined;
    } else {
      figures++;
    }
  }
  return figures > 0 ? first : undefined;
}

/** `leadPiece` of a line whose fields are parted by runs of spaces (`处理其政府信息公开申请    3    0 …`, a PDF copy). */
function spacedLeadPiece(info: LineInfo): string | undefined {
  const read = spacedFields(info);
  if (!read || !read.row) return undefined;
  const fields = fieldsAt(info, read.spans, read.source);
  let first: string | undefined;
  let figures = 0;
  for (const f of fields) {
    if (f.empty) continue;
    if (!isFigureField(f)) {
      if (first !== undefined) return undefined;
      first = f.text;
    } else if (first === undefined) return undefined;
    else figures++;
  }
  return figures > 0 ? first : undefined;
}

/** The text of a line that may end the label of the row line above it: all of it, after a leading TAB. */
function afterLabel(info: LineInfo): string {
  const text = info.masked.slice(info.start, info.end);
  return text.includes('\t') ? '' : text;
}

/** Two pieces of a header cell broken by a line break (`结果` / `维持`, `总` / `计`): together a header word the first is not. */
function joinsHeader(a: string, b: string): boolean {
  const joined = labelKey(a + b);
  const first = labelKey(a);
  return TABLE_KINDS.some((kind) => HEADER_KEYS[kind].includes(joined) && !HEADER_KEYS[kind].includes(first));
}

/**
 * A row line that goes on with the cell the line above ended in, a line break inside a label cell of
 * a table written one row per line (`⇥（三）不` / `予公开⇥1.属于国家秘密⇥2…`, `⇥⇥5.要求行政机关确认` /
 * `或重新出具已获取信息⇥0…`): the line above holds no figure (nor a `/` for one), and the two pieces make a label or a
 * group's name that the second piece alone is not; or a label of the 2019 trial tables that neither piece is.
 */
function goesOn(above: PhysRow, first: Field): boolean {
  if (first.empty || isFigureField(first) || holdsFigureField(above.fields)) return false;
  const last = above.fields[above.fields.length - 1];
  if (!last || last.empty) return false;
  if (joinsHeader(last.text, first.text)) return true;
  // A piece that opens with a row's number begins a label (`其他` / `一、本年新收政府⇥4⇥1…` under the header rows).
  if (named(labelKey(first.text)) || ITEM_NUMBER.test(first.text)) return false;
  const joined = last.text + first.text;
  if (matchesRow(joined) || matchGroupKey(stripNumbering(labelKey(joined))) !== undefined) return true;
  // A row only the 2019 trial tables have (`其他对外管理服务` / `事项  5  0  21`), the piece above no label by itself.
  return namedIn2019(labelKey(joined)) && !rowLabelOf(last) && !namedIn2019(keyOf(last));
}

/** A row line's first field that may be the middle piece of a label cell (no figure, no row's number, no header word or label). */
function middlePiece(first: Field): boolean {
  return !first.empty && !isFigureField(first) && !ITEM_NUMBER.test(first.text) && !named(labelKey(first.text));
}

// continuesRow's tests, functions of the module: V8 keeps a closure's optimised code only while an instance of it lives.
const isRowLabelField = (f: Field): boolean => !f.empty && !isNumberField(f) && rowLabelOf(f);
const isFigureOfRow = (f: Field): boolean => !f.empty && isNumberField(f);

/**
 * A row of one cell per line that a figure after a blank line may go on with: it begins with a row
 * label (after its group's cell), has figures already (or none yet, with `bare`), and fewer than table 三's seven.
 */
function continuesRow(row: PhysRow, bare = false): boolean {
  const label = row.fields.find(isRowLabelField);
  const figures = row.fields.filter(isFigureOfRow).length;
  return label !== undefined && (figures > 0 || bare) && figures < 7;
}

/**
 * A row of one cell per line without TABs that a figure after a blank line goes on with (every cell a paragraph
 * of its own, a blank line after each, as text copied from a web page writes a table): it begins with a label cell
 * (no header word; `总计` only numbered, `（七）总计`, or after a row's figure, in `before`), and fewer than table 三's
 * seven figures follow it.
 */
function labelBegins(row: PhysRow, before: PhysRow | undefined): boolean {
  const first = row.fields.find((f) => !f.empty);
  if (first === undefined || isFigureField(first) || SENTENCE_END.test(first.text)) return false;
  const tail = before?.fields.filter((f) => !f.empty).pop();
  // A numbered label (`（七）总计`) is no column heading, whatever comes before it.
  if (headerBits(first) !== 0 && !(rowLabelOf(first) && ((tail !== undefined && isFigureField(tail)) || rowKeyOf(first) !== keyOf(first)))) return false;
  return row.fields.filter((f) => !f.empty && holdsFigure(valueOf(f))).length < 7;
}

/**
 * Whether a cell after one blank line goes on with a row of one cell per line with TABs (a blank line after every
 * cell, as an empty paragraph after each cell's writes it): the row its label names has cells left, and the cell is
 * written for a figure (`5`, `/`, `5件`), or is blank after the row's first figure (a blank cell, `⇥`).
 */
function cellAfterBlank(row: PhysRow, before: PhysRow | undefined, cell: Field, infos: readonly LineInfo[], base: number, at: number): boolean {
  // The cells left (a lookup of the label among the format's rows) are asked last: most lines after a blank line are
  // the next row's label, which goes on with no row.
  if (!cell.empty) return isFigureField(cell) && cellsLeft(row) > 0;
  // A blank cell is the row's only where its cells stand a cell to every other line (else it may be the blank merged
  // cell that begins the next row, after a row a figure short): after its figures, the row's own cells so; right after
  // its label, the row before's, or the row's cells going on so to its last, a figure among them.
  const last = row.fields[row.fields.length - 1];
  if (last === undefined) return false;
  if (last.empty || isFigureField(last)) return everyOtherLine(row) && cellsLeft(row) > 0;
  const left = cellsLeft(row);
  return left > 0 && (everyOtherLine(before) || cellsAhead(infos, base, at, left));
}

/** The row before the last of `rows` that holds anything (rows of blank merged cells before a label skipped). */
function filledBefore(rows: readonly PhysRow[]): PhysRow | undefined {
  for (let r = rows.length - 2; r >= 0; r--) if (firstFilled(rows[r]!.fields) >= 0) return rows[r];
  return undefined;
}

/** A row of one cell per line, two cells or more, each on the second line after the one before (a blank line between). */
function everyOtherLine(row: PhysRow | undefined): boolean {
  if (!row || row.kind !== 'cell' || row.fields.length < 2) return false;
  for (let k = 1; k < row.fields.length; k++) if (row.fields[k]!.range.start.line - row.fields[k - 1]!.range.end.line !== 2) return false;
  return true;
}

/**
 * The cells a row of one cell per line lacks: how many more the row its label names has (the most of any table's
 * rows so named: table 二's one or three, table 三's seven) than are written after its label. 0 when no row is named.
 */
function cellsLeft(row: PhysRow): number {
  let label = row.fields.length - 1;
  while (label >= 0 && (row.fields[label]!.empty || isFigureField(row.fields[label]!))) label--;
  if (label < 0) return 0;
  // The first two blank fields after the label may be the blank merged cells its label spans (一、本年新收… over
  // three columns), not cells of its own.
  let padding = 0;
  while (padding < 2 && label + 1 + padding < row.fields.length && row.fields[label + 1 + padding]!.empty) padding++;
  return Math.max(0, columnsOf(row.fields[label]!) - (row.fields.length - 1 - label - padding));
}

/**
 * The most value cells a row that `text` names has in the 2021 tables (table 三's items by their group too), or, for a
 * row only the 2019 tables name, in those; 0 for none. (A row both name has its 2021 cells: 行政许可 one, not three.)
 */
function columnsNamed(text: string): number {
  const key = stripNumbering(labelKey(text));
  for (const version of [2021, 2019] as const) {
    let most = 0;
    for (const kind of TABLE_KINDS) {
      const rows = rowsFor(kind, version);
      const m = matchRowKey(key, rows);
      if (m) most = Math.max(most, m.row.columns.length);
      if (kind === 'requests') {
        for (const g of REQUEST_GROUPS) {
          const item = matchRowKey(key, rows, g.id);
          if (item) most = Math.max(most, item.row.columns.length);
        }
      }
    }
    if (most > 0) return most;
  }
  return 0;
}

/** A row line whose fields hold figures and nothing else (blank fields aside). */
function figuresOnly(fields: readonly Field[]): boolean {
  let any = false;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (f.empty) continue;
    if (!isFigureField(f)) return false;
    any = true;
  }
  return any;
}

/** A page number written as a bare figure, which may also be a cell (`5` after `行政许可`). */
const BARE_PAGE_NUMBER = /^[0-9０-９]{1,3}$/;

/** A row line of label cells alone: its last field names a row (not a header word), and no field holds a figure. */
function rowWithoutFigures(row: PhysRow): boolean {
  const last = row.fields[row.fields.length - 1];
  // A header word is no row label (`其他`, `总计` over the figures), unless it carries the row's numbering
  // (`3.其他`, `（七）总计`), which no column heading has.
  if (!last || last.empty) return false;
  const numbered = rowKeyOf(last) !== keyOf(last);
  // A row only the 2019 trial tables have (`其他对外管理服务事项`, `（六）其他处理` as one row) is a label too.
  if ((headerBits(last) !== 0 && !numbered) || !(rowLabelOf(last) || (numbered && matchesGroupItem(last.text)) || namedIn2019(keyOf(last)))) return false;
  return !holdsFigureField(row.fields);
}

/** Whether any field holds a figure (`isFigureField`). */
function holdsFigureField(fields: readonly Field[]): boolean {
  for (let i = 0; i < fields.length; i++) if (!fields[i]!.empty && isFigureField(fields[i]!)) return true;
  return false;
}

/** The last field that is not empty (no array filtered to find it: asked at every line of a table without TABs). */
function lastFilled(fields: readonly Field[]): Field | undefined {
  for (let i = fields.length - 1; i >= 0; i--) if (!fields[i]!.empty) return fields[i];
  return undefined;
}

/** Where the first field that holds anything stands, -1 if none does. */
function firstFilled(fields: readonly Field[]): number {
  for (let i = 0; i < fields.length; i++) if (!fields[i]!.empty) return i;
  return -1;
}

/**
 * The fields of a line at the spans of `source` (its masked text unless told). A loop of its own, not `packedMap`
 * with a closure made for each line: findBlocks, which reads every line, compiles smaller without them.
 */
function fieldsAt(info: LineInfo, spans: readonly { readonly start: number; readonly end: number }[], source = info.masked): Field[] {
  const out: Field[] = [];
  for (let i = 0; i < spans.length; i++) out.push(makeField(info, spans[i]!.start, spans[i]!.end, source));
  return out;
}

/** Whether a label names an item only its group names (`3.其他`, the last item of （六）其他处理). */
function matchesGroupItem(text: string): boolean {
  const key = stripNumbering(labelKey(text));
  return REQUEST_GROUPS.some((g) => matchRowKey(key, rowsFor('requests', 2021), g.id) !== undefined);
}

/** Whether a text is a row label of some table, official or a variant (not only a header word). */
function matchesRow(text: string): boolean {
  const key = stripNumbering(labelKey(text));
  return TABLE_KINDS.some((kind) => matchRowKey(key, rowsFor(kind, 2021)) !== undefined);
}

/**
 * Without TABs every short line reads as a cell: one continues the cell above when it closes the
 * bracket that cell left open, or when the cell above is no header word or label and the two make one
 * (`结果` / `纠正`, `尚未` / `审结`).
 */
function completes(above: string, line: string): boolean {
  if (unclosed(above)) return /[）)]/.test(line);
  if (line.length > 12 || FIGURE.test(line)) return false;
  // The words' test remembered for short pairs (the length of `above` before the two, so that no pair's key is
  // another's): a table written one cell per line asks the same few pairs at every row.
  return above.length + line.length > 40 ? makesName(above, line) : MAKES_NAME.get(`${above.length}:${above}${line}`);
}
const MAKES_NAME = new ShortKeyMemo((key: string): boolean => {
  const colon = key.indexOf(':');
  const cut = colon + 1 + Number(key.slice(0, colon));
  return makesName(key.slice(colon + 1, cut), key.slice(cut));
});
/** `completes` for a line that closes no bracket: the cell above is no name, and the two make one. */
function makesName(above: string, line: string): boolean {
  // A cell that is a header word or label already is complete (`行政规范性文件` before `第二十条第（五）项`),
  // a label's variant too (`规范性文件`), and a label only the 2019 trial tables have (`其他对外管理服务事项`
  // before `第二十条第（六）项`).
  const joined = labelKey(above + line);
  // The two may make a label only the 2019 trial tables have (`其他对外管理` / `服务事项`).
  if (named(labelKey(above)) || matchesRow(above) || !(named(joined) || namedIn2019(joined)) || namedIn2019(labelKey(above))) return false;
  // A line that is a header word by itself (`总计` under `其他`, the columns of table 三 one per line) is a cell of
  // its own unless the two make one whole header word or label (`结果` / `纠正`).
  return !named(labelKey(line)) || wholeName(joined);
}

/** Whether a key is exactly a header word or an official row label (not one inside more words). */
function wholeName(key: string): boolean {
  return TABLE_KINDS.some((kind) => HEADER_KEYS[kind].includes(key) || matchRowKey(stripNumbering(key), rowsFor(kind, 2021))?.kind === 'official');
}

/** Whether a text is an official row label of some table (its list number aside). */
function officialLabel(text: string): boolean {
  return isOfficialKey(stripNumbering(labelKey(text)));
}

/** Whether a key (its list number stripped) is an official row label of some table. (A loop, not `some` with a closure over
 * the key: a closure's optimised code is dropped at each full collection.) */
function isOfficialKey(key: string): boolean {
  for (const kind of TABLE_KINDS) if (matchRowKey(key, rowsFor(kind, 2021))?.kind === 'official') return true;
  return false;
}

/** Whether a cell's key is a header word or an official row label. */
function named(key: string): boolean {
  return headerBitsOfKey(key) !== 0 || isOfficialKey(stripNumbering(key));
}

/**
 * A line of one cell under a row line continues the row's label (`1.申请人无正当理由逾期` / `不补正、
 * 行政机关不再处理其政府信息公开申请`, as `pdftotext -layout` wraps a long label below its figures)
 * when neither is a header word or official label by itself.
 */
function wraps(label: string, line: string): boolean {
  return !FIGURE.test(line) && !ITEM_NUMBER.test(line) && !named(labelKey(label)) && !named(labelKey(line));
}

/** Whether a cell's key is an official row label of the 2019 trial tables. */
function namedIn2019(key: string): boolean {
  return TABLE_KINDS.some((kind) => matchRowKey(stripNumbering(key), rowsFor(kind, 2019))?.kind === 'official');
}

/**
 * A row label's own number at the start of a line (`3.`, `（四）`, `二、`): the line begins the next row's label
 * (`2.其他法律和行政法规禁止公开⇥0…` / `3.危及“三`), it does not end the label above.
 */
const ITEM_NUMBER = /^(?:[0-9０-９]{1,2}\s*[.．、]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;

/**
 * Two pieces of a label cell broken over two lines or paragraphs (`（二）部分公开（区分处理的，` /
 * `只计这一情形，不计其他情形）`, `5.要求行政机关确认` / `或重新出具已获取信息`): together they are a
 * row's whole label, the second alone is no figure, header word or label, and the first names no other
 * row. The whole label may be a listed variant wording (`…行政机关不再受理其政府信息公开申请`).
 */
function joinsLabel(a: string, b: string): boolean {
  if (a === '' || b === '' || b.length > 40 || FIGURE.test(b)) return false;
  const key = stripNumbering(labelKey(a + b));
  // Most pairs make no label: one lookup among every table's whole labels says so.
  if (!wholeKeys().has(key)) return false;
  for (const kind of TABLE_KINDS) {
    const rows = rowsFor(kind, 2021);
    // The exact lookup first: most pairs make no label, and naming the second piece takes fuzzy matching.
    const whole = matchWholeKey(key, rows);
    if (!whole) continue;
    if (named(labelKey(b))) return false;
    const first = matchRowKey(stripNumbering(labelKey(a)), rows);
    return !first || (first.row === whole && first.kind !== 'official');
  }
  return false;
}

let WHOLE_KEYS: ReadonlySet<string> | undefined;
let WHOLE_PREFIXES: ReadonlySet<string> | undefined;

/** A key that may be the start of a list number (`(`, `(二`, `1`, `12.`, `一`, `二、`): a piece after it may end the number. */
const NUMBER_START = /^(?:\([一二三四五六七八九十\d]{0,3}\)?|\d{1,2}\.?|[一二三四五六七八九十]{1,3}、?)$/;

/**
 * Whether some piece after the field's text may make a row's whole label with it (`joinsLabel(field.text, …)`):
 * its key is the start of a whole label (`labelKey` maps each character alone, so the key of the two begins with
 * the key of the first), or is one once its list number is dropped, or may be the start of a list number that the
 * piece ends. Kept in the field's facts: most cells (figures, header words) begin no label, and the look-ahead
 * for the pieces after them is not made.
 */
function beginsWhole(field: Field): boolean {
  const facts = factsOf(field);
  if (facts.beginsWhole === undefined) {
    if (!WHOLE_PREFIXES) {
      const prefixes = new Set<string>();
      for (const key of wholeKeys()) for (let n = 0; n <= key.length; n++) prefixes.add(key.slice(0, n));
      WHOLE_PREFIXES = prefixes;
    }
    facts.beginsWhole = WHOLE_PREFIXES.has(facts.key) || WHOLE_PREFIXES.has(facts.rowKey) || NUMBER_START.test(facts.key);
  }
  return facts.beginsWhole;
}

/** The keys `matchWholeKey` finds a row of the 2021 tables for (their official labels and listed variants), made on first use. */
function wholeKeys(): ReadonlySet<string> {
  if (!WHOLE_KEYS) {
    const keys = new Set<string>();
    for (const kind of TABLE_KINDS) for (const key of wholeKeysOf(rowsFor(kind, 2021))) keys.add(key);
    WHOLE_KEYS = keys;
  }
  return WHOLE_KEYS;
}

/** The label cell of a row line: its last field that holds text and no figure. */
function labelFieldOf(row: PhysRow): Field | undefined {
  for (let i = row.fields.length - 1; i >= 0; i--) {
    const f = row.fields[i]!;
    if (!f.empty && !isFigureField(f)) return f;
  }
  return undefined;
}

/** The one field of a line that holds anything, if only one does. */
function loneField(fields: readonly Field[]): Field | undefined {
  let one: Field | undefined;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (f.empty) continue;
    if (one) return undefined;
    one = f;
  }
  return one;
}

function unclosed(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

/** How a line without a TAB reads as a table's: a row of fields, or one cell; the spans are offsets into `source`. */
type LineFields = SpacedFields;

// ---------------------------------------------------------------------------------------------
// Tables without TABs

/** The longest line read as one cell of a table without TABs (the longest official label has 33 characters). */
const SPACED_CELL = 48;
/** The longest field of a row without figures (a header row: `自然人  商业企业  科研机构`). */
const SPACED_HEADER_FIELD = 16;
const SENTENCE_END = /[。；;！？!?]/;
const FIGURE = /^[-+－＋]?[0-9０-９][0-9０-９,，.．]*$/;

/**
 * `(一)` or `（二）` at `at`: a row label's number, which starts a new cell (`三、本年度办理结果 (一) 予以公开`); spread out
 * by justified text too (`（ 一 ）`).
 */
const LIST_NUMBER = /[（(](?: ?[一二三四五六七八九十]){1,3} ?[）)]/y;
function opensListNumber(s: string, at: number): boolean {
  LIST_NUMBER.lastIndex = at;
  return LIST_NUMBER.test(s);
}

function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** A figure with its sign at `at` (`-1`, `＋3`): after one space it is a cell of its own, as a figure is (`行政许可 -1`). */
function signedFigureAt(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  return (c === 45 || c === 43 || c === 0xff0d || c === 0xff0b) && isDigit(s.charCodeAt(at + 1));
}

/**
 * A word at `at` that is a figure mistyped with a letter O for a zero (`O`, `1O`; `〇`), or with a letter l or I for a
 * one beside a digit (`l3`, `2l650`), ending at a space or
 * the line's end `to`: after one space it is a cell of its own, as a figure is (`…相关政府信息 O 6 4`), not
 * the label's last word.
 */
function mistypedFigure(s: string, at: number, to: number): boolean {
  let letter = false;
  let ell = false;
  let digit = false;
  let i = at;
  for (; i < to && !isWhiteSpace(s.charCodeAt(i)); i++) {
    const c = s.charCodeAt(i);
    if (c === 79 || c === 111 || c === 0x3007) letter = true;
    // A letter l or I for a one, beside a digit (`l3`, `2l650`): alone it may be a word's.
    else if (c === 108 || c === 73) ell = true;
    else if (isDigit(c)) digit = true;
    else return false;
  }
  return (letter || (ell && digit)) && i > at;
}

/** A unit line or a note beside a table (`单位：件`, `（单位：件）`, `（注：本表单位为件）`, `（此页无正文）`, `注：` opening a note): no cell. */
const TABLE_NOTE = /^(?:[（(]\s*(?:注|说明|备注|此页|计量单位|单位)[^（()）]*[）)]|(?:计量)?单位\s*[:：]\s*[^\s]{1,12}|(?:注|说明|备注)[ \t]?[:：].*)$/;

/**
 * A line without a TAB as a table's line, for a table whose TABs were lost: turned into spaces by an
 * editor, or never there (text copied from a PDF or a web page, `pdftotext -layout`). Its fields are
 * parted by two or more spaces, one ideographic space (a cell's width), or by one space beside a figure (`数量 178 0 0`; not the one between a
 * figure and its unit, `18563 件`) or before a row's
 * number (`本年度办理结果 (一) 予以公开`); a line of one field
 * is a cell (cells one per line). A sentence (anything with 。；！？), a long line of one field and a
 * row of long fields without a figure are prose. A page number's blanked line is read from its text:
 * in a table it is a figure.
 */

function spacedFields(info: LineInfo): LineFields | undefined {
  if (info.tabular) return undefined;
  // A function of the line's scan alone: read once for each scan (a table one cell per line repeats its lines' texts).
  const kept = info.scan.spaced;
  if (kept !== undefined) return kept ?? undefined;
  const read = spacedFieldsOf(info);
  info.scan.spaced = read ?? null;
  return read;
}

function spacedFieldsOf(info: LineInfo): LineFields | undefined {
  const page = info.scan.pageNumber;
  const source = page ? info.text : info.masked;
  let from = 0;
  let to = source.length;
  while (from < to && isWhiteSpace(source.charCodeAt(from))) from++;
  while (to > from && isWhiteSpace(source.charCodeAt(to - 1))) to--;
  if (from === to || SENTENCE_END.test(source) || TABLE_NOTE.test(source.slice(from, to))) return undefined;
  const spans: { start: number; end: number }[] = [];
  let a = from;
  for (let i = from; i < to; i++) {
    if (!isWhiteSpace(source.charCodeAt(i))) continue;
    let j = i;
    while (j < to && isWhiteSpace(source.charCodeAt(j))) j++;
    // One ideographic space is a cell's width, as an export that parts cells by it writes (`…相关政府信息　O　6`).
    if (j - i >= 2 || source.charCodeAt(i) === 0x3000 || (isDigit(source.charCodeAt(i - 1)) && !unitFollows(source, j, to) && !spreadItemNumber(source, a, i, j)) || isDigit(source.charCodeAt(j)) || signedFigureAt(source, j) || mistypedFigure(source, j, to) || opensListNumber(source, j)) {
      spans.push({ start: a, end: i });
      a = j;
    }
    i = j - 1;
  }
  spans.push({ start: a, end: to });
  if (spans.length === 1 && to - from <= SPACED_CELL) {
    // Header words parted by single spaces (`结果维持 结果纠正 其他结果 尚未审结 总计`): a header row.
    const words = wordsOf(source, from, to);
    const spread = spreadHeaderWords(source, words);
    if (spread) return { row: true, source, spans: spread };
    return words.length >= 2 && words.every((w) => headerBitsOfKey(labelKey(source.slice(w.start, w.end))) !== 0) ? { row: true, source, spans: words } : { row: false, source, spans };
  }
  if (spans.some((sp) => FIGURE.test(source.slice(sp.start, sp.end)))) return spans.length > 1 ? { row: true, source, spans } : undefined;
  // A header row: its cells are short, and where a TAB became one space (`结果 维持 结果 纠正 … 总 计`)
  // they are parted at every space. A line of long words is prose.
  // A row's label cells without its figures (`（六）其他处理 1.申请人无正当理由逾期不补正、…`, the figures on
  // the line below): a long field that is a row's label is a cell.
  const cell = (sp: { start: number; end: number }) => sp.end - sp.start <= SPACED_HEADER_FIELD || (sp.end - sp.start <= SPACED_CELL && matchesRow(source.slice(sp.start, sp.end)));
  const words = spans.every(cell) ? spans : spans.flatMap((sp) => wordsOf(source, sp.start, sp.end));
  return words.length > 1 && words.every(cell) ? { row: true, source, spans: spreadHeaderWords(source, words) ?? words } : undefined;
}

/** Every table's header words' keys, and 其他 (table 三's column): what a line of spread characters may spell. */
let SPREAD_HEADER_KEYS: ReadonlySet<string> | undefined;

/**
 * Header words spread out by justified text, one space between their characters as between the cells (`结 果 维 持 结 果
 * 纠 正 其 他 结 果 …`, a PDF copy of cells set in distributed alignment): the characters joined, from the left, into the
 * longest header word they spell, when four or more words of one character each spell header words to the end;
 * else undefined.
 */
function spreadHeaderWords(source: string, words: readonly { start: number; end: number }[]): { start: number; end: number }[] | undefined {
  if (words.length < 4) return undefined;
  for (const w of words) if (w.end - w.start !== 1) return undefined;
  SPREAD_HEADER_KEYS ??= new Set([...HEADER_KEYS.active, ...HEADER_KEYS.requests, ...HEADER_KEYS.review, labelKey('其他')]);
  const out: { start: number; end: number }[] = [];
  for (let a = 0; a < words.length; ) {
    let key = '';
    let longest = 0;
    for (let b = a; b < words.length && b - a < 8; b++) {
      key += source[words[b]!.start];
      if (SPREAD_HEADER_KEYS.has(labelKey(key))) longest = b - a + 1;
    }
    if (longest === 0) return undefined;
    out.push({ start: words[a]!.start, end: words[a + longest - 1]!.end });
    a += longest;
  }
  return out;
}

/**
 * A row's list number spread out by justified text (`3 . 其他`, `12 ． 其他`: Word's distributed alignment, a PDF's
 * extraction): the cell from `a` is one or two digits up to the space at `i`, and its stop (`.`, `．`, `、`) at `j`,
 * then one space at most and no figure. That space parts no figure from the label.
 */
function spreadItemNumber(s: string, a: number, i: number, j: number): boolean {
  if (i - a > 2 || j - i !== 1) return false;
  for (let k = a; k < i; k++) if (!isDigit(s.charCodeAt(k))) return false;
  const stop = s.charCodeAt(j);
  if (stop !== 46 && stop !== 0xff0e && stop !== 0x3001) return false;
  let k = j + 1;
  if (k < s.length && isWhiteSpace(s.charCodeAt(k))) k++;
  return k < s.length && !isWhiteSpace(s.charCodeAt(k)) && !isDigit(s.charCodeAt(k));
}

/** The words of a line without a TAB that holds figures alone, `least` or more parted by spaces; else undefined. */
function figureWords(info: LineInfo, least = 2): { start: number; end: number }[] | undefined {
  if (info.tabular || info.blank) return undefined;
  const words = wordsOf(info.masked, info.start, info.end);
  return words.length >= least && words.every((w) => FIGURE.test(info.masked.slice(w.start, w.end))) ? words : undefined;
}

/** A unit that ends its cell at `at` (`18563 件`): one space after a figure does not part it from its unit. */
function unitFollows(s: string, at: number, to: number): boolean {
  UNIT_AFTER_FIGURE.lastIndex = at;
  return UNIT_AFTER_FIGURE.test(s) && UNIT_AFTER_FIGURE.lastIndex <= to;
}

/** The runs of non-space characters of `s` from `from` to `to`. */
function wordsOf(s: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let a = -1;
  for (let i = from; i <= to; i++) {
    const space = i === to || isWhiteSpace(s.charCodeAt(i));
    if (space && a >= 0) {
      out.push({ start: a, end: i });
      a = -1;
    } else if (!space && a < 0) {
      a = i;
    }
  }
  return out;
}

/**
 * (`findBlocks`'s helpers here and below are functions of the module, not closures made at each call: V8 keeps the
 * optimised code of a closure only while one of its instances lives, and dropped theirs at every full collection, to
 * be compiled again after a stretch in the interpreter; `infos` are the lines read and `base` the first one's index.)
 *
 * Lines `from` to `to` (exclusive) are what breaks a row without ending it: one blank line (an empty
 * paragraph in a cell), or a page break in the row: its page number, its running header or both, with the blank lines around them.
 */
function onlyBreaks(infos: readonly LineInfo[], base: number, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 5) return false;
  let page = 0;
  for (let l = from; l < to; l++) {
    const line = infos[l - base];
    if (!line) return false;
    if (isPageBreak(line) && !line.tabular) page++;
    else if (!line.blank) return false;
  }
  // One blank line; or a page break: its page number, its running header or both, with blank lines around.
  return to - from === 1 || (page >= 1 && page <= 2 && to - from <= 3 * page);
}
/** Lines `from` to `to` (exclusive), one at least, are page numbers or running headers, no blank line among them. */
function pagesOnly(infos: readonly LineInfo[], base: number, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let l = from; l < to; l++) {
    const line = infos[l - base];
    if (!line || line.tabular || !isPageBreak(line)) return false;
  }
  return true;
}
/**
 * The blank cells before line `at` of a row `row` written one cell per line with a blank line after every cell
 * (its cells, or the row's before it, `before`, each two lines apart): a blank cell is its own blank line and the one after
 * it, so 3, 5, … blank lines after the row's last cell are 1, 2, … blank cells. 0 when the lines are otherwise.
 */
function blankCellsBefore(infos: readonly LineInfo[], base: number, row: PhysRow, before: PhysRow | undefined, at: number): number {
  const gap = at - row.endLine - 1;
  if (gap < 3 || gap % 2 === 0) return 0;
  for (let l = row.endLine + 1; l < at; l++) if (!infos[l - base]?.blank) return 0;
  return everyOtherLine(row) || (row.fields.length === 1 && everyOtherLine(before)) ? (gap - 1) / 2 : 0;
}
/**
 * Whether a row's cells one per line with TABs stand from line `at` on, a blank line after each, to a figure among
 * its `cells` (or two more: the blank merged label cells the row's label spans come first).
 */
function cellsAhead(infos: readonly LineInfo[], base: number, at: number, cells: number): boolean {
  for (let k = 0; k < cells + 2; k++) {
    const line = infos[at + 2 * k - base];
    if (!line || !line.tabular || line.scan.markdown !== undefined || rowLineOf(line)) return false;
    const f = cellAfterTab(line);
    if (!f.empty) return isFigureField(f);
    if (infos[at + 2 * k + 1 - base]?.blank !== true) return false;
  }
  return false;
}

/**
 * Whether the cell `cell` on line `at` goes on with the row of one cell per line `row` above it (the last of `rows`),
 * after `blanks` blank cells (`blankCellsBefore`): what breaks the row between them is no end of it, and the cell is one
 * the row has left (see `continuesRow`, `cellAfterBlank`, `labelBegins`).
 */
function cellGoesOn(infos: readonly LineInfo[], base: number, rows: readonly PhysRow[], row: PhysRow, cell: Field, at: number, blanks: number, spaced: boolean): boolean {
  if (blanks === 0 && !onlyBreaks(infos, base, row.endLine + 1, at)) return false;
  if (spaced) return (holdsFigure(valueOf(cell)) || (isFigureField(cell) && cellsLeft(row) > 0)) && (blanks === 0 || cellsLeft(row) > blanks) && labelBegins(row, rows[rows.length - 2]);
  if (isNumberField(cell) && (continuesRow(row) || (pagesOnly(infos, base, row.endLine + 1, at) && continuesRow(row, true)))) return true;
  return at - row.endLine === 2 && cellAfterBlank(row, filledBefore(rows), cell, infos, base, at) && labelBegins(row, rows[rows.length - 2]);
}

/**
 * Finds the runs of lines that hold tables, and splits each run into physical rows: the lines with a
 * TAB (and Markdown table lines), or with `spaced` the lines as a table without TABs reads them
 * (`spacedFields`), where a short line continues the cell above when together they make one, and
 * a page number's line that is read as a cell is noted in `reclaimed`.
 */
function findBlocks(infos: readonly LineInfo[], headingLines: ReadonlySet<number>, spaced = false, reclaimed?: number[]): { block: Block; rows: PhysRow[] }[] {
  const result: { block: Block; rows: PhysRow[] }[] = [];
  let rows: PhysRow[] = [];
  let current: PhysRow | undefined; // cell-per-line row being filled
  let start = -1;
  let last = -1;
  const lastField = (): Field | undefined => (current ? current.fields[current.fields.length - 1] : undefined);
  /** A line that begins the label of the row line after it (`beginsLabel`). */
  let prefix: LineInfo[] | undefined;
  const close = () => {
    // Without TABs a line of one cell that is no table's label or header word, before the table's first line or after
    // its last row holding figures, is the prose around the table (a sub-heading: `(一)主动公开政府信息的数量` /
    // `第二十条第（一）项`; `行政事业性收费  5949.09` / `(二)主动公开政府信息的主要类别`, the cells one per line between
    // blank lines too), not a cell of it.
    if (spaced) {
      // One cell per line, the sub-heading after the last row's figures is read as one more cell of that row
      // (`行政事业性收费` / `5949.09` / `(二)主动公开政府信息的主要类别`): it is no cell of the table either.
      for (let tail = lastRow(); tail && tail.kind === 'cell' && tail.fields.length >= 2; ) {
        const f = tail.fields[tail.fields.length - 1]!;
        const before = tail.fields[tail.fields.length - 2]!;
        if (!proseField(f) || f.range.start.line !== f.range.end.line || !SUBHEADING_OR_SENTENCE.test(f.text) || !isFigureField(before)) break;
        tail.fields.pop();
        tail.endLine = before.range.end.line;
        last = tail.endLine;
      }
      while (rows.length > 1 && proseLine(rows[rows.length - 1]!)) {
        const before = rows[rows.length - 2]!;
        if (!holdsFigureField(before.fields)) break;
        rows.pop();
        last = before.endLine;
      }
      while (rows.length > 1 && proseLine(rows[0]!) && rows[1]!.fields.some((f) => !f.empty && (namedField(f) || rowLabelOf(f)))) {
        rows.shift();
        start = rows[0]!.startLine;
      }
    }
    if (start >= 0 && rows.length > 0) result.push({ block: { start, end: last }, rows });
    rows = [];
    current = undefined;
    start = -1;
    last = -1;
  };
  // (Never `rows[rows.length - 1]` of no rows: reading index -1 is a named property's lookup, and the load's inline
  // cache, megamorphic after it, made every later read there a call to the generic stub.)
  const lastRow = (): PhysRow | undefined => (rows.length > 0 ? rows[rows.length - 1] : undefined);
  const previousField = (): Field | undefined => lastField() ?? (rows.length > 0 ? lastFilled(rows[rows.length - 1]!.fields) : undefined);
  /** Joins the line to the field above it (`商业` / `企业`). */
  const continueField = (info: LineInfo, prev: Field) => {
    const content = info.masked.slice(info.start, info.end);
    prev.text += content;
    prev.facts = undefined;
    prev.raw += '\n' + info.text;
    prev.range = spanRange(prev.range.start, { line: info.index, character: info.end });
    last = info.index;
    // The field is the last row's (the row being filled, or the row line just read).
    rows[rows.length - 1]!.endLine = info.index;
  };
  /** Joins a field of the line `line` to the field above it (the second paragraph of a label cell). */
  const appendField = (prev: Field, field: Field, row: PhysRow, line: number) => {
    prev.text += field.text;
    prev.facts = undefined;
    prev.raw += '\n' + field.raw;
    prev.range = spanRange(prev.range.start, field.range.end);
    row.endLine = line;
    last = line;
  };
  const base = infos[0]?.index ?? 0;
  // Whether each line is a part heading, by its place in `infos` (the lines are asked of again and again).
  // (An array, not a Uint8Array: a typed array of a few hundred bytes is allocated outside the heap, slowly.)
  const heading = new Array<boolean>(infos.length).fill(false);
  for (const l of headingLines) if (l >= base && l - base < infos.length) heading[l - base] = true;
  const isHeading = (line: LineInfo): boolean => heading[line.index - base] === true;
  /** A label field the lines up to `through` go on with, found ahead by `goesOnLabel`. */
  let chain: { field: Field; through: number } | undefined;
  /**
   * Whether the piece of a label cell on line `info` goes on with the label field `field`: the two make a row's
   * whole label (`joinsLabel`); or, the cell wrapped over three or four lines (a PDF copy sets a long label cell
   * narrow: `（二）部分公开（区分` / `⇥14⇥0…` / `处理的，只计这一情形，` / `不计其他情形）`), the piece and the one or
   * two lines of one piece right after it do, and those lines go on with it too.
   */
  const goesOnLabel = (field: Field, piece: string, info: LineInfo): boolean => {
    if (chain && chain.field === field && info.index <= chain.through) return true;
    // A figure (every line of a table one cell per line but its labels) is no piece of a label, nor does a field
    // that begins no row's label (a header word) go on with one: no lookahead.
    if (FIGURE.test(piece) || !beginsWhole(field)) return false;
    if (joinsLabel(field.text, piece)) return true;
    let joined = piece;
    for (let k = 1; k <= 2; k++) {
      const line = infos[info.index - base + k];
      if (!line || isHeading(line)) return false;
      const next = pieceOf(line);
      if (next === undefined) {
        // The last piece begins the row line of the label's figures (`⇥不计其他情形）⇥14⇥0…`): that line joins
        // the label itself, as a row broken in its label cell; only the lines before it are taken here.
        const lead = spaced ? spacedLeadPiece(line) : line.tabular && line.scan.markdown === undefined && rowLineOf(line) ? leadPiece(line) : undefined;
        if (lead === undefined || !joinsLabel(field.text, joined + lead)) return false;
        if (k > 1) chain = { field, through: info.index + k - 1 };
        return true;
      }
      joined += next;
      if (joinsLabel(field.text, joined)) {
        chain = { field, through: info.index + k };
        return true;
      }
    }
    return false;
  };
  /**
   * A row line of label cells without figures whose last cell is the first piece of a row's label, ended by the one
   * or two lines of one piece after the line `info` (the row's figures, wrapped between the pieces): together they
   * make the row's whole label (`joinsLabel`). With `middle`, the piece the line `info` begins with (its figures after
   * it: `pdftotext -layout` sets a label wrapped over three lines beside figures centred on its middle line,
   * `2.其他法律` / `和行政法规禁  0  0 …` / `止公开`).
   */
  const labelEndsBelow = (row: PhysRow, info: LineInfo, middle = ''): boolean => {
    const last = row.fields[row.fields.length - 1];
    if (!last || last.empty || headerBits(last) !== 0 || !beginsWhole(last) || holdsFigureField(row.fields)) return false;
    let joined = middle;
    for (let k = 1; k <= 2; k++) {
      const line = infos[info.index - base + k];
      const piece = line && !isHeading(line) ? pieceOf(line) : undefined;
      if (piece === undefined) return false;
      joined += piece;
      if (joinsLabel(last.text, joined)) return true;
    }
    return false;
  };
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    if (isHeading(info)) {
      close();
      continue;
    }
    // The second line of a label begun on two lines (`prefix`), taken with the first.
    if (prefix && prefix.length > 1 && info.index <= prefix[prefix.length - 1]!.index) continue;
    // (The kind compared only when there is one: `=== 'rule'` of a value that may be undefined is a call.)
    const md = info.scan.markdown;
    // A Markdown table's rule line separates its header from its body: no row of its own.
    if (info.tabular && md !== undefined && md === 'rule') {
      if (start < 0) start = info.index;
      last = info.index;
      const above = lastRow();
      if (above && above.endLine === info.index - 1 && infos[above.startLine - infos[0]!.index]!.scan.markdown === 'row') above.header = true;
      current = undefined;
      continue;
    }
    // A simple table's rule (`--------    -----`, as pandoc writes one under its header and at its end), parts
    // no table without TABs: no row of its own, and the table goes on after it.
    if (spaced && !info.tabular && DASH_RULE.test(info.masked.slice(info.start, info.end))) {
      if (start >= 0) last = info.index;
      current = undefined;
      continue;
    }
    // A cell's closing pipe on a line of its own (`markDetachedPipes`): the cell above was read with it.
    if (md !== undefined && md === 'closer') {
      if (start >= 0) last = info.index;
      continue;
    }
    // `||`, `|||`: the empty cells web-page text tools write where a cell spans several columns, on a line
    // of their own at the end of its row. They close the row; a lone `|` is a blank cell of its own.
    if (info.tabular && md !== undefined && md === 'cell' && info.end - info.start >= 2 && info.masked.charCodeAt(info.start) === 124 && !spaced) {
      if (start >= 0) last = info.index;
      current = undefined;
      continue;
    }
    let row = false;
    let made: Field[] | undefined;
    // `0  | ||` in a row being filled one cell per line: its last cell (a row of its own among row lines).
    const lastCell = !spaced && current !== undefined && cellClosingRow(info);
    if (!spaced) {
      if (lastCell) {
        made = [makeField(info, info.start, cellEnd(info))];
      } else if (info.tabular) {
        row = (md !== undefined && md === 'row') || rowLineOf(info);
        // A row's fields, or the cell after the line's one TAB.
        made = row
          ? fieldsAt(info, fieldsOf(info))
          : md !== undefined && md === 'cell'
            ? [makeField(info, info.start, cellEnd(info))]
            : [cellAfterTab(info)];
      }
    } else {
      const fields = spacedFields(info);
      if (fields && info.scan.pageNumber) {
        // A lone figure is a cell where a value is due (after a label: 行政许可 / 5); after a figure, or
        // before the table, it is the page number it looks like, read as a blank line. A page number no
        // cell is written like (`第 6 页 共 7 页`, `- 6 -`, `6/7`) is one wherever it stands.
        const prev = previousField();
        // Nor is a value due after a line of header cells (`结果维持  结果纠正 … 总计` / `6` / `0  0  0 …`: the page
        // number between table 四's header rows and its figures).
        const above = lastRow();
        const underHeader = !current && above !== undefined && above.kind === 'row' && above.fields.length > 1 && !holdsFigureField(above.fields) && TABLE_KINDS.some((k) => isHeaderRow(above, k));
        // After a figure, it is a cell still where the row being filled has cells left (`行政规范性文件` / `0` / `0` / `3`).
        const filling = current ?? (above?.kind === 'cell' ? above : undefined);
        if (!prev || prev.empty || (isNumberField(prev) && !(filling !== undefined && cellsLeft(filling) > 0)) || !BARE_PAGE_NUMBER.test(info.text.trim()) || underHeader) {
          current = undefined;
          continue;
        }
        reclaimed?.push(info.index);
      }
      if (fields && !fields.row && start >= 0 && last === info.index - 1) {
        // After a row line, the cell to continue is the row's label (a long label wraps below its figures: a row
        // of header cells has none, and the line under it begins the first row's label, `其他` / `一、本年新收政府`).
        const above = lastRow();
        const wrapped = !current && above?.kind === 'row' && holdsFigureField(above.fields);
        const prev = wrapped ? above.fields.filter((f) => !f.empty && !isFigureField(f)).pop() : previousField();
        const content = info.masked.slice(info.start, info.end);
        // A figure, however written (`5件`, `—`), ends its cell: the line after it (`第二十条第（六）项`) is none of it.
        // (Wrapped below its figures: the label's line is the row's last; not a label whose figures came on the line below it.)
        // A label cell wrapped over three lines (`4.无正当理由` / `大量反复` / `申请`) goes on when the three make its whole label.
        if (prev && !prev.empty && !isFigureField(prev) && (completes(prev.text, content) || goesOnLabel(prev, content, info) || (wrapped && prev.range.end.line === above.endLine && wraps(prev.text, content)))) {
          continueField(info, prev);
          continue;
        }
      }
      if (fields) {
        row = fields.row;
        made = fieldsAt(info, fields.spans, fields.source);
      }
    }
    if (made && !spaced) {
      // The second line or paragraph of a label cell (`⇥（二）部分公开（区分处理的，` / `⇥只计这一情形，
      // 不计其他情形）`): it goes on with the label of the row being filled, or of the row line right above
      // (where the label wrapped after its figures).
      const lone = loneField(made);
      const above = lastRow();
      const target = current
        ? lastField()
        : above && above.kind === 'row' && above.endLine === info.index - 1 && lone && !isFigureField(lone)
          ? labelFieldOf(above)
          : undefined;
      if (lone && target && !target.empty && !isFigureField(target) && goesOnLabel(target, lone.text, info)) {
        appendField(target, lone, (current ?? above)!, info.index);
        continue;
      }
    }
    if (made) {
      const begun = prefix && row && prefix[prefix.length - 1]!.index === info.index - 1 ? prefix : undefined;
      if (begun && made[0]) {
        // The line above (or the two) begins this row's label: the label runs from there.
        const first = made[0];
        const top = begun[0]!;
        const end = begun[begun.length - 1]!;
        first.text = begun.map((l) => l.masked.slice(l.start, l.end)).join('') + first.text;
        first.facts = undefined;
        first.raw = `${begun.map((l) => l.text.slice(l.start, l.end)).join('\n')}${first.empty ? '' : `\n${first.raw}`}`;
        first.range = spanRange({ line: top.index, character: top.start }, first.empty ? { line: end.index, character: end.end } : first.range.end);
        first.empty = false;
        if (start < 0) start = top.index;
      }
      const startLine = begun ? begun[0]!.index : info.index;
      prefix = undefined;
      const above = lastRow();
      // Merged cells before the label leave empty fields (`⇥⇥行政机关不再处理其政府信息公开申请⇥3…`).
      const lead = firstFilled(made);
      const tail = above ? above.fields[above.fields.length - 1] : undefined;
      if (
        row && above && tail && above.endLine === info.index - 1 && lead >= 0 &&
        (lead === 0 ? (goesOn(above, made[0]!) || (spaced && middlePiece(made[0]!) && labelEndsBelow(above, info, made[0]!.text))) && (!spaced || !TABLE_KINDS.some((k) => isHeaderRow(above, k))) : !spaced && !holdsFigureField(above.fields) && !tail.empty && beginsWhole(tail) && joinsLabel(tail.text, made[lead]!.text))
      ) {
        // One row broken by a line break in its label cell: the cell's two pieces join, its figures follow.
        const first = made[lead]!;
        tail.text += first.text;
        tail.facts = undefined;
        tail.raw += `\n${first.raw}`;
        tail.range = spanRange(tail.range.start, first.range.end);
        for (let k = lead + 1; k < made.length; k++) above.fields.push(made[k]!);
        above.kind = 'row';
        above.endLine = info.index;
        current = undefined;
        last = info.index;
        continue;
      }
      if (row && !spaced && above && above.kind === 'row' && above.endLine === info.index - 1 && lead > 0 && figuresOnly(made) && (rowWithoutFigures(above) || labelEndsBelow(above, info))) {
        // A row's figures on the line below its label cells, the label column left blank (`（六）其他处理⇥1.申请人
        // 无正当理由逾期不补正、` / `⇥⇥3⇥0⇥0…`, PDF copies): they are the figures of the row above. (Its label may end
        // on the lines after them: `⇥（六）其他处理⇥1.申请人无正当理由` / `⇥⇥3⇥0…` / `⇥逾期不补正、行政机关` / `⇥不再…申请`.)
        for (let k = lead; k < made.length; k++) above.fields.push(made[k]!);
        above.endLine = info.index;
        current = undefined;
        last = info.index;
        continue;
      }
      if (row && spaced && lead === 0 && figuresOnly(made)) {
        // A row's label on a line of its own, its figures parted by spaces on the line below (a PDF copy sets a
        // long label cell beside its figures: `一、本年新收政府信息公开申请数量` / `171 7 0 0 0 0 178`): they are
        // the figures of the label above, as the cells of a table written one per line are.
        const target = current ?? (above && above.kind === 'row' ? above : undefined);
        if (target && target.endLine === info.index - 1 && rowWithoutFigures(target)) {
          for (const f of made) target.fields.push(f);
          target.endLine = info.index;
          current = undefined;
          last = info.index;
          continue;
        }
      }
      if (start < 0) start = info.index;
      last = info.index;
      if (row) {
        current = undefined;
        rows.push({ fields: made, kind: 'row', startLine, endLine: info.index, header: false });
      } else {
        // Without TABs, a row's whole official label on its line, its cell blank (`行政许可`), ends its row before a
        // header word or caption (`第二十条第（六）项`): that line begins the next block's header, not a cell of the row.
        if (spaced && current && headerBits(made[0]!) !== 0 && !made[0]!.empty) {
          const tail = current.fields[current.fields.length - 1];
          if (tail && !tail.empty && officialLabel(tail.text)) current = undefined;
        }
        if (!current) {
          // An empty paragraph inside a cell of a table written one cell per line leaves a blank line in the
          // middle of a row: a figure right after it goes on with the row above, whose label began it.
          const above = lastRow();
          // A page number alone between a row's label and its figures (`⇥1.本机关不掌握相关政府信息` / `7` / `⇥30`, no blank
          // line: the page broke there) is no end of the row either, figures before it or none.
          // Without TABs, what is written for a figure (`/`, `—`, `5件`) goes on with it too while the row it names has
          // cells left (table 二's rows one or three, table 三's seven): a line after its last cell (`——`) is none.
          // Where every cell is followed by a blank line, two more blank lines are a blank cell between them.
          const blanks = spaced && above && above.kind === 'cell' ? blankCellsBefore(infos, base, above, rows[rows.length - 2], info.index) : 0;
          if (above && above.kind === 'cell' && cellGoesOn(infos, base, rows, above, made[0]!, info.index, blanks, spaced)) {
            current = above;
            for (let k = 0; k < blanks; k++) {
              const line = infos[above.endLine + 2 + 2 * k - base]!;
              current.fields.push(makeField(line, line.start, line.start));
            }
          } else {
            current = { fields: [], kind: 'cell', startLine: info.index, endLine: info.index, header: false };
            rows.push(current);
          }
        }
        current.fields.push(made[0]!);
        current.endLine = info.index;
        // `0  | ||`: the pipes after the cell end its row, as a line `||` does.
        if (lastCell) current = undefined;
      }
      continue;
    }
    if (info.blank) {
      current = undefined;
      continue;
    }
    // A page number inside a table copied across a page break (`⇥30` / `7` / `⇥0`, with or without blank
    // lines around it): the table goes on after it, and a row broken by it too (onlyBreaks).
    if (!spaced && start >= 0 && last >= info.index - 2 && isPageBreak(info)) {
      last = info.index;
      continue;
    }
    // A line of text without a TAB.
    const content = info.masked.slice(info.start, info.end);
    if (!spaced && start >= 0) {
      // A row's figures parted by spaces (a PDF copy of table 四: `8 10 7 0 25 1 0 2 0 3 1 0 0 1 2` under
      // header rows with TABs, or five to a line): a row of figures. Right under a row line it may be one
      // figure (figures one per line, `8` / `10` / …, a run of number lines no page number stands in),
      // and a blank line may part it from the figures above it (`8  10  7  0  25` / `` / `1  0  2  0  3`).
      const above = lastRow();
      const under = above !== undefined && above.kind === 'row' && above.endLine === last;
      const loose = under && !infos[above.endLine - base]!.tabular && figuresOnly(above.fields);
      const words = last === info.index - 1 ? figureWords(info, under ? 1 : 2) : loose && onlyBreaks(infos, base, last + 1, info.index) ? figureWords(info, 1) : undefined;
      if (words) {
        rows.push({ fields: fieldsAt(info, words), kind: 'row', startLine: info.index, endLine: info.index, header: false });
        current = undefined;
        last = info.index;
        continue;
      }
    }
    if (!spaced && start >= 0 && !current && last === info.index - 1) {
      // The end of the label of the row line above, wrapped below its figures (`⇥（二）部分公开（区分处理的，⇥14⇥0…`
      // / `只计这一情形，不计其他情形）`).
      const above = lastRow();
      const label = above && above.kind === 'row' && above.endLine === info.index - 1 ? labelFieldOf(above) : undefined;
      if (label && goesOnLabel(label, content, info)) {
        continueField(info, label);
        continue;
      }
    }
    if (!spaced && beginsLabel(content, infos, info.index - base + 1)) {
      // Kept for the row line after it; the block goes on.
      prefix = [info];
      if (start >= 0) last = info.index;
      current = undefined;
      continue;
    }
    if (!spaced && start >= 0 && last === info.index - 1) {
      // The label's first two pieces on lines of their own before the row line of its figures, the row's label column
      // blank (a PDF copy: `（二）部分公开` / `（区分处理的，只计` / `⇥14⇥0…` / `这一情形，不计其他情形）`).
      const second = infos[info.index - base + 1];
      const piece = second && !second.tabular && !isHeading(second) ? pieceOf(second) : undefined;
      if (piece !== undefined && !SENTENCE_END.test(content) && beginsLabel(content + piece, infos, info.index - base + 2)) {
        prefix = [info, second!];
        last = second!.index;
        current = undefined;
        continue;
      }
    }
    if (start >= 0 && last === info.index - 1) {
      const prev = previousField();
      if (isContinuation(info, prev, isHeading(info)) && prev) {
        continueField(info, prev);
        continue;
      }
    }
    close();
  }
  close();
  return result;
}

/** A row of one line and one cell, no figure, no table's label or header word: a line of prose (a sub-heading), read without TABs. */
function proseLine(row: PhysRow): boolean {
  const only = row.fields.length === 1 ? row.fields[0]! : undefined;
  return row.kind === 'cell' && row.startLine === row.endLine && only !== undefined && proseField(only);
}

/** A field that is no figure, no table's label and no header word. */
function proseField(field: Field): boolean {
  return !field.empty && !isFigureField(field) && !rowLabelOf(field) && !namedField(field);
}

/** A sub-heading (`(二)…`, `（二）…`, `二、…`) or a sentence: never the last piece of a label cell wrapped below its figures. */
const SUBHEADING_OR_SENTENCE = /^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)|[。；;]\s*$/;

/** Everything the table reader asks of a field's text: pure functions of it. */
export interface FieldFacts {
  /** `labelKey(text)`. */
  readonly key: string;
  /** The key without its list numbering (`rowKey`). */
  readonly rowKey: string;
  /** Which tables' header words the text holds (`HEADER_BITS`). */
  readonly headers: number;
  /** `parseCell(text)`. */
  readonly value: CellValue;
  /** `isFigureField`: the value is a figure or what is written for one. */
  readonly figure: boolean;
  /** Which of the format's markers the key holds (`MARKER_BITS`), as `detectVersion` reads them. */
  readonly markers: number;
  /** The table the text names as a row label (`voteOf`), found on first use (null: none). */
  vote: TableKind | null | undefined;
  /** `beginsWhole`, found on first use. */
  beginsWhole: boolean | undefined;
  /** The last answer of `rowMatchOf` for the text: the same label is matched among the same rows in every report. */
  match: { readonly specs: readonly RowSpec[]; readonly group: string | undefined; readonly found: LabelMatch | undefined } | undefined;
  /** `columnsNamed`, `matchesRow` and `named` of the text, found on first use (each some twenty row lookups). */
  columns: number | undefined;
  rowLabel: boolean | undefined;
  named: boolean | undefined;
}

/** The markers `detectVersion` looks for in a key, one bit each. */
const MARKER_BITS = { active2019: 1, active2019Row: 2, active2021: 4, requests2021Item: 8, otherHandling: 16 } as const;

function markersOf(key: string): number {
  // Every marker has a CJK character: a figure's key holds none.
  if (!hasHan(key)) return 0;
  let bits = 0;
  if (ACTIVE_2019_KEYS.some((m) => key.includes(m))) bits |= MARKER_BITS.active2019;
  if (ACTIVE_2019_ROW_KEYS.some((m) => key.includes(m))) bits |= MARKER_BITS.active2019Row;
  if (ACTIVE_2021_KEYS.some((m) => key.includes(m))) bits |= MARKER_BITS.active2021;
  if (/逾期不补正|收费通知|缴纳费用/.test(key)) bits |= MARKER_BITS.requests2021Item;
  if (key.includes('其他处理')) bits |= MARKER_BITS.otherHandling;
  return bits;
}

function factsOfText(text: string): FieldFacts {
  const key = labelKey(text);
  const value = parseCell(text);
  return {
    key,
    rowKey: stripNumbering(key),
    headers: headerBitsOfKey(key),
    value,
    figure: value.kind === 'number' || (value.kind === 'text' && FIGURE_DEFECTS.has(value.defect)),
    markers: markersOf(key),
    vote: undefined,
    beginsWhole: undefined,
    match: undefined,
    columns: undefined,
    rowLabel: undefined,
    named: undefined,
  };
}

/**
 * The facts of a text, remembered across analyses: the cells of the national tables (their labels,
 * headers and small counts) are the same few hundred texts in every report.
 */
const FIELD_FACTS = new ShortKeyMemo(factsOfText);

function factsOf(field: Field): FieldFacts {
  return (field.facts ??= FIELD_FACTS.get(field.text));
}

/** `matchRowKey` of the field's row key among `specs` in `group`, the last answer kept in its facts. */
function rowMatchOf(field: Field, specs: readonly RowSpec[], group?: string): LabelMatch | undefined {
  const facts = factsOf(field);
  const last = facts.match;
  if (last !== undefined && last.specs === specs && last.group === group) return last.found;
  const found = matchRowKey(facts.rowKey, specs, group);
  facts.match = { specs, group, found };
  return found;
}

function keyOf(field: Field): string {
  return factsOf(field).key;
}

/** `columnsNamed(field.text)`, kept in its facts. */
function columnsOf(field: Field): number {
  const facts = factsOf(field);
  return (facts.columns ??= columnsNamed(field.text));
}

/** `matchesRow(field.text)`, kept in its facts. */
function rowLabelOf(field: Field): boolean {
  const facts = factsOf(field);
  return (facts.rowLabel ??= matchesRow(field.text));
}

/** `named(labelKey(field.text))`, kept in its facts. */
function namedField(field: Field): boolean {
  const facts = factsOf(field);
  return (facts.named ??= named(facts.key));
}

function rowKeyOf(field: Field): string {
  return factsOf(field).rowKey;
}

function valueOf(field: Field): CellValue {
  return factsOf(field).value;
}

/** A page number or a running header alone on its line: what a page break leaves inside a table. */
function isPageBreak(info: LineInfo): boolean {
  const kind = info.scan.artifacts[0]?.kind;
  return kind === 'page-number' || kind === 'running-header' || kind === 'repeated-title';
}

function isNumberField(field: Field): boolean {
  return valueOf(field).kind === 'number';
}

/** A value that is a figure, its unit written after it or not (`5`, `5件`: cell-not-number tells of the unit). */
function holdsFigure(value: CellValue): boolean {
  return value.kind === 'number' || (value.kind === 'text' && value.defect === 'unit');
}

/**
 * A figure, or what is written for one: a placeholder (`/`, `—`, `无`), a figure with its unit (`5件`,
 * `18563 件`, `1.8563万`), the letter O for 0 or a figure with words (`减4`). Never a piece of a label.
 */
function isFigureField(field: Field): boolean {
  return factsOf(field).figure;
}

/** The slips of a cell written for a figure (cell-not-number's); a Chinese numeral may be a piece of a label. */
const FIGURE_DEFECTS: ReadonlySet<CellDefect> = new Set<CellDefect>(['placeholder', 'unit', 'letter-o', 'words']);

const HEADER_KEYS: Readonly<Record<TableKind, readonly string[]>> = {
  active: HEADER_WORDS.active.map(labelKey),
  requests: HEADER_WORDS.requests.map(labelKey),
  review: HEADER_WORDS.review.map(labelKey),
};

/** Header words that tell the tables apart (`总计` heads columns of both 三 and 四, and names a row of 三). */
const VOTE_KEYS: Readonly<Record<TableKind, readonly string[]>> = {
  active: HEADER_KEYS.active,
  requests: HEADER_KEYS.requests,
  review: HEADER_KEYS.review.filter((k) => k !== '总计'),
};

/** One bit per header-word list: the three tables' (HEADER_KEYS), and table 四's voting words. */
const HEADER_BITS: Readonly<Record<TableKind, number>> = { active: 1, requests: 2, review: 4 };
const REVIEW_VOTE_BIT = 8;

/** Each list of header words as one pattern (a key is tested once per list, not once per word). */
const anyOf = (words: readonly string[]) => new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
const HEADER_PATTERNS: readonly (readonly [RegExp, number])[] = [
  [anyOf(HEADER_KEYS.active), HEADER_BITS.active],
  [anyOf(HEADER_KEYS.requests), HEADER_BITS.requests],
  [anyOf(HEADER_KEYS.review), HEADER_BITS.review],
  [anyOf(VOTE_KEYS.review), REVIEW_VOTE_BIT],
];

/** Whether a key has a CJK character: every header word has, no number cell does. */
function hasHan(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) >= 0x3400) return true;
  return false;
}

function headerBitsOfKey(key: string): number {
  if (!hasHan(key)) return 0;
  let bits = 0;
  for (let k = 0; k < HEADER_PATTERNS.length; k++) if (HEADER_PATTERNS[k]![0].test(key)) bits |= HEADER_PATTERNS[k]![1];
  return bits;
}

function headerBits(field: Field): number {
  return factsOf(field).headers;
}

function headerWordIn(field: Field, kind: TableKind, vote = false): boolean {
  if (field.empty) return false;
  // (The bit by comparisons, not `HEADER_BITS[kind]`: a load keyed by three names is megamorphic, a call per field.)
  const bit = kind === 'requests' ? HEADER_BITS.requests : kind === 'active' ? HEADER_BITS.active : vote ? REVIEW_VOTE_BIT : HEADER_BITS.review;
  return (headerBits(field) & bit) !== 0;
}

/** The kind of table a physical row belongs to, judged by its header words and row labels. */
function voteOf(row: PhysRow): TableKind | undefined {
  // The header words of every field at once (a field's facts are kept on it), then by kind in order: where a
  // pass over the fields for each kind made three (voteOf was ~1.3% of a profile of 3 rounds of 2,000 reports).
  let bits = 0;
  const fields = row.fields;
  for (let i = 0; i < fields.length; i++) if (!fields[i]!.empty) bits |= headerBits(fields[i]!);
  if (bits & HEADER_BITS.requests) return 'requests';
  if (bits & REVIEW_VOTE_BIT) return 'review';
  if (bits & HEADER_BITS.active) return 'active';
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (f.empty) continue;
    const facts = factsOf(f);
    if (facts.vote === undefined) facts.vote = labelVote(facts) ?? null;
    if (facts.vote !== null) return facts.vote;
  }
  return undefined;
}

/** The table a field names by its row label, as `voteOf` reads it: a pure function of the text, kept in its facts. */
function labelVote(facts: FieldFacts): TableKind | undefined {
  // A bare `总计` names no table: it heads columns of 三 and 四 (a cell of its own where every cell is a paragraph
  // with a blank line after it), and names 三's last row only with its number, or after the rows above it.
  if (facts.value.kind === 'number' || facts.key === '总计') return undefined;
  if (matchRowKey(facts.rowKey, rowsFor('requests', 2021))) return 'requests';
  const active = matchRowKey(facts.rowKey, rowsFor('active', 2021)) ?? matchRowKey(facts.rowKey, rowsFor('active', 2019));
  return active?.kind === 'official' ? 'active' : undefined;
}

/**
 * A row of header cells: it holds a header word of the table and fewer than three figures, and, in
 * table 二, no row label with its cell after it (`第二十条第（五）项⇥行政许可⇥21650`: the block's caption
 * written as a merged first column beside the block's first row).
 */
function isHeaderRow(row: PhysRow, kind: TableKind): boolean {
  if (!row.fields.some((f) => headerWordIn(f, kind))) return false;
  if (kind === 'review' && groupBesideFigures(row)) return false;
  // Figures with their unit (`13件`) count, and placeholders for none (`/`, `—`): a table one cell per line without
  // blank lines is one row, headers and all.
  let figures = 0;
  for (let i = 0; i < row.fields.length; i++) {
    const f = row.fields[i]!;
    if (!f.empty && writtenForFigure(valueOf(f)) && ++figures >= 3) return false;
  }
  return kind !== 'active' || !labelsCell(row);
}

/**
 * A row of table 四 laid out five figures to a row (`行政复议⇥⇥⇥⇥⇥0`, the group's name first, blank cells where
 * nothing was written): its first field that holds anything is its one word, the rest are figures or blank.
 */
function groupBesideFigures(row: PhysRow): boolean {
  let words = 0;
  let figures = 0;
  for (let i = 0; i < row.fields.length; i++) {
    const f = row.fields[i]!;
    if (f.empty) continue;
    if (isFigureField(f)) {
      if (words === 0) return false;
      figures++;
    } else if (++words > 1) return false;
  }
  return words === 1 && figures >= 1 && row.fields.length >= 6;
}

/** A field of the row names a row of table 二 in the official words, and the next field that holds anything is its cell: no header word, no label. */
function labelsCell(row: PhysRow): boolean {
  const specs = rowsFor('active', 2021);
  const label = (f: Field) => !f.empty && !isFigureField(f) && !headerWordIn(f, 'active') && rowMatchOf(f, specs) !== undefined;
  for (let i = 0; i < row.fields.length; i++) {
    const f = row.fields[i]!;
    if (!label(f) || rowMatchOf(f, specs)!.kind !== 'official') continue;
    let j = i + 1;
    while (j < row.fields.length && row.fields[j]!.empty) j++;
    const cell = row.fields[j];
    if (cell && !headerWordIn(cell, 'active') && !label(cell)) return true;
  }
  return false;
}

/**
 * The fields of a table's one row of figures without the placeholders after its `want` cells (`——` under the table,
 * a rule its writer drew) that stand further below the last cell than any of its cells stands below the one before:
 * the table ended above them. A placeholder as near as its cells are is an extra cell (cell-count).
 */
function withoutLineAfter(values: Field[], want: number): Field[] {
  if (values.length <= want || want < 2) return values;
  let gap = 0;
  for (let i = 1; i < want; i++) gap = Math.max(gap, values[i]!.range.start.line - values[i - 1]!.range.end.line);
  if (values[want]!.range.start.line - values[want - 1]!.range.end.line <= gap) return values;
  for (let i = want; i < values.length; i++) if (!isPlaceholder(valueOf(values[i]!))) return values;
  return values.slice(0, want);
}

/** Keeps `want` fields: merge padding (blank fields) is dropped from the end, then from the start. */
function trimToCount(values: Field[], want: number): Field[] {
  // Most rows have no padding to drop: then the fields are returned as they are (no caller changes them).
  if (values.length <= want) return values;
  const v = values.slice();
  while (v.length > want && v[v.length - 1]!.empty) v.pop();
  while (v.length > want && v[0]!.empty) v.shift();
  return v;
}

/**
 * The fields of a row of one cell (table 二's 行政许可, 行政处罚, 行政强制, 行政事业性收费) whose cell spans the
 * template's three value columns, written once for each of them (`行政许可⇥5⇥5⇥5`, as python-docx reads a Word
 * table's merged cells): the first copy. Fields that differ are left for cell-count to report.
 */
function withoutSpanCopies(values: Field[]): Field[] {
  let first: Field | undefined;
  let copies = 0;
  for (let i = 0; i < values.length; i++) {
    const f = values[i]!;
    if (f.empty) continue;
    if (!first) first = f;
    else if (f.raw.trim() === first.raw.trim()) copies++;
    else return values;
  }
  return first && copies > 0 ? values.slice(0, values.indexOf(first) + 1) : values;
}

function toCells(fields: Field[]): Cell[] {
  return packedMap(fields, (f, i) => ({ column: i, raw: f.raw, range: f.range, value: valueOf(f) }));
}

function endOf(fields: Field[], fallback: Range): Position {
  let end = fallback.end;
  for (let i = 0; i < fields.length; i++) {
    const e = fields[i]!.range.end;
    if (e.line > end.line || (e.line === end.line && e.character > end.character)) end = e;
  }
  return end;
}

/**
 * Whether a label cell is enclosed whole in ASCII double quotes, as Excel's clipboard writes a cell that holds a line
 * break (`"一、本年新收政府` / `信息公开申请数量"⇥171⇥…`) or a quote: no label of the format is, and its words are
 * read without them (`""` a quote inside).
 */
function quotedCell(label: Field): boolean {
  const t = label.text;
  return t.length >= 3 && t.charCodeAt(0) === 34 && t.charCodeAt(t.length - 1) === 34 && label.range.end.character > 0;
}

/**
 * `orgSubtotalAt`: in a table 三 with an eighth column (the 法人或其他组织 subtotal), where it is
 * written among the value fields; its cell is moved after the seven official columns.
 */
function buildRow(spec: RowSpec | undefined, label: Field, values: Field[], variant: boolean, subtotalOf?: string, orgSubtotalAt?: number, totalFirst = false): TableRow {
  // A group's subtotal row (no spec) has table 三's columns, as its item rows do: blank fields past them (the
  // TAB WPS leaves at a row's end) are no cells of it.
  const want = orgSubtotalAt !== undefined ? (spec ? spec.columns.length : REQUEST_COLUMNS.length) + 1 : spec ? spec.columns.length : subtotalOf !== undefined ? REQUEST_COLUMNS.length : values.length;
  const kept = trimToCount(want === 1 && spec ? withoutSpanCopies(values) : values, want);
  // A copy only where it is cut or its subtotal moved: toCells reads it.
  const written = kept.length > want || orgSubtotalAt !== undefined || totalFirst ? kept.slice(0, want) : kept;
  if (orgSubtotalAt !== undefined && written.length === want) written.push(...written.splice(orgSubtotalAt, 1));
  // 总计 written before 自然人: its cell goes to the official place, after the organisations.
  else if (totalFirst && written.length === want && want === REQUEST_COLUMNS.length) written.push(...written.splice(0, 1));
  const cells = toCells(written);
  const extra = toCells(kept.slice(want)).filter((c) => c.value.kind !== 'empty');
  const quoted = quotedCell(label);
  return {
    spec,
    label: quoted ? label.text.slice(1, -1).replace(/""/g, '"') : label.text,
    // Inside the quotes: a fix of the label keeps them.
    labelRange: quoted ? { start: { line: label.range.start.line, character: label.range.start.character + 1 }, end: { line: label.range.end.line, character: label.range.end.character - 1 } } : label.range,
    labelVariant: variant,
    cells,
    extraCells: extra,
    missingCells: Math.max(0, want - cells.length),
    range: spanRange(label.range.start, endOf(kept, label.range)),
    subtotalOf,
  };
}

const ACTIVE_2019_KEYS = ACTIVE_2019_MARKERS.map(labelKey);
const ACTIVE_2019_ROW_KEYS = ACTIVE_2019_ROW_MARKERS.map(labelKey);
const ACTIVE_2021_KEYS = ACTIVE_2021_MARKERS.map(labelKey);
/** The row of the trial format's （九）项 block, 政府集中采购 (a block the 2021 format dropped). */
const PURCHASE_KEY = stripNumbering(labelKey('政府集中采购'));

interface DetectedVersion {
  version: FormatVersion;
  /** Where 2019 wording stands (old-format's evidence), also in a table read as 2021. */
  evidence: Range[];
  /** A 2021 table 二 whose （一）项 block has the 2019 column headings. */
  oldDocHeads?: boolean;
}

/**
 * The format a table's rows follow. Table 二 is 2019 when a 2019 row or block stands in it, or when its only
 * markers are 2019 ones; 2019 （一）项 headings over rows under 2021 headings (a 2021 table whose first block
 * kept the trial headings) leave the rows 2021 — the evidence still makes old-format fire.
 */
function detectVersion(kind: TableKind, rows: PhysRow[]): DetectedVersion {
  const evidence: Range[] = [];
  if (kind === 'active') {
    let rows2019 = false;
    let heads2021 = false;
    // Whether a 2019 marker other than a row's label (a column heading: 上一年项目数量, 本年新制作数量 …) is written.
    let heads2019 = false;
    const purchase: Range[] = [];
    for (let i = 0; i < rows.length; i++) {
      const fields = rows[i]!.fields;
      for (let j = 0; j < fields.length; j++) {
        const f = fields[j]!;
        if (f.empty) continue;
        const markers = factsOf(f).markers;
        const rowLabel = (markers & MARKER_BITS.active2019) !== 0 && ACTIVE_2019_ROW_LABEL_KEYS.has(factsOf(f).rowKey);
        if (markers & MARKER_BITS.active2019) evidence.push(f.range);
        if (rowLabel && factsOf(f).rowKey === PURCHASE_KEY) purchase.push(f.range);
        if (markers & MARKER_BITS.active2019 && !rowLabel) heads2019 = true;
        if (markers & MARKER_BITS.active2019Row) rows2019 = true;
        if (markers & MARKER_BITS.active2021) heads2021 = true;
      }
    }
    if (evidence.length === 0) return { version: 2021, evidence };
    const format = activeFormatOf(rows2019, heads2019, heads2021);
    if (format === 'oldHeads') return { version: 2021, evidence, oldDocHeads: true };
    // A 2021 table with a row the format does not name, left unchecked; the trial format's （九）项 block
    // (政府集中采购), which the 2021 format dropped, is still old-format's evidence.
    if (format === 'extraRow') return { version: 2021, evidence: purchase };
    return { version: 2019, evidence };
  }
  if (kind === 'requests') {
    let has2021Items = false;
    let otherHandling: Range | undefined;
    for (let i = 0; i < rows.length; i++) {
      const fields = rows[i]!.fields;
      for (let j = 0; j < fields.length; j++) {
        const f = fields[j]!;
        if (f.empty) continue;
        const markers = factsOf(f).markers;
        if (markers & MARKER_BITS.requests2021Item) has2021Items = true;
        if (!otherHandling && markers & MARKER_BITS.otherHandling) otherHandling = f.range;
      }
    }
    if (!has2021Items && otherHandling) return { version: 2019, evidence: [otherHandling] };
  }
  return { version: 2021, evidence };
}

/** Group labels' keys without their numbers (`其他处理`), by group id. */
const GROUP_KEYS: ReadonlyMap<string, string> = new Map(REQUEST_GROUPS.map((g) => [g.id, stripNumbering(labelKey(g.label))]));

/** Whether a fragment of a group's label (`处理`) is how the label of `group` ends. */
function endsGroup(group: string, key: string): boolean {
  const label = GROUP_KEYS.get(group);
  return label !== undefined && groupFragmentKey(key) !== undefined && label.length > key.length && label.endsWith(key);
}

/**
 * A field numbered as a group (`（六）`) that names a group, matched to a row whose label is numbered
 * as an item (`3.其他`): the group's label, not the row.
 */
function numbersGroup(key: string, rowKey: string, spec: RowSpec): boolean {
  if (key.length === rowKey.length || key.charCodeAt(0) !== 40) return false;
  return itemNumbered(spec) && (matchGroupKey(rowKey) ?? groupFragmentKey(rowKey)) !== undefined;
}

/** Whether each row's official label is numbered as an item (`3.其他`; not `（七）总计`, nor unnumbered), found once per row. */
const ITEM_NUMBERED = new Map<RowSpec, boolean>();

function itemNumbered(spec: RowSpec): boolean {
  let numbered = ITEM_NUMBERED.get(spec);
  if (numbered === undefined) {
    const official = labelKey(spec.label);
    const number = official.slice(0, official.length - stripNumbering(official).length);
    numbered = number !== '' && number.charCodeAt(0) !== 40;
    ITEM_NUMBERED.set(spec, numbered);
  }
  return numbered;
}

type Mark =
  | { readonly index: number; readonly kind: 'label'; readonly spec: RowSpec; readonly variant: boolean; readonly through?: number; readonly field?: Field }
  | { readonly index: number; readonly kind: 'group'; readonly group: string }
  | { readonly index: number; readonly kind: 'header' }
  | { readonly index: number; readonly kind: 'unknown' };

/** A row found by its label, before its cells are laid out (see buildRow). */
interface LabeledRow {
  readonly spec: RowSpec | undefined;
  readonly label: Field;
  readonly values: Field[];
  readonly variant: boolean;
  readonly subtotalOf: string | undefined;
}

/** Whether the nearest field before or after `index` that holds anything is a header word of the table. */
function besideHeaderWord(fields: readonly Field[], index: number, kind: TableKind): boolean {
  for (const step of [-1, 1]) {
    let i = index + step;
    while (i >= 0 && i < fields.length && fields[i]!.empty) i += step;
    const f = fields[i];
    if (f && headerWordIn(f, kind)) return true;
  }
  return false;
}

/**
 * The fields before a row's first label, mark or header cell that hold anything: cells no label names, one problem.
 * (Apart from labeledRows, and its text joined in a loop: rows seldom have them, and an array made by `map` in
 * optimised code is of another hidden class than the interpreter's, see `packedMap`.)
 */
function orphanCells(fields: readonly Field[], before: number, kind: TableKind, problems: ParseProblem[]): void {
  let stray: Field | undefined;
  let text = '';
  for (let i = 0; i < before; i++) {
    const f = fields[i]!;
    if (f.empty) continue;
    text = stray ? `${text} ${f.text}` : f.text;
    stray ??= f;
  }
  if (stray) problems.push({ kind: 'orphan-cells', range: stray.range, table: kind, text });
}

/**
 * Whether the last mark before `index` is a row label already followed by as many filled cells as the row has
 * columns, and a figure follows the field at `index`: the field cannot be a cell of that row.
 */
function endsFullRow(fields: readonly Field[], marks: readonly Mark[], index: number): boolean {
  const last = marks.length > 0 ? marks[marks.length - 1] : undefined;
  if (last?.kind !== 'label') return false;
  let filled = 0;
  // Counted up to the row's columns only: a long run of text fields after one label is asked of field by field.
  const want = last.spec.columns.length;
  for (let i = (last.through ?? last.index) + 1; i < index && filled < want; i++) if (!fields[i]!.empty) filled++;
  if (filled < want) return false;
  const next = nextFilled(fields, index);
  return next !== undefined && isFigureField(next);
}

/**
 * Rows named by their labels (tables 二 and 三). Each field of a physical row is a row label, a group
 * label, a header cell or a value; a label's cells are the values up to the next non-value field, so
 * rows exported without blank lines between them still come apart.
 */
function labeledRows(kind: TableKind, phys: PhysRow[], headers: readonly boolean[], specs: readonly RowSpec[], problems: ParseProblem[]): LabeledRow[] {
  const out: LabeledRow[] = [];
  // Rows whose label names none of the format's, with their place among the rows found.
  const unknown: { at: number; label: Field; values: Field[] }[] = [];
  let group: string | undefined;
  let seenRow = false;
  for (let r = 0; r < phys.length; r++) {
    const row = phys[r]!;
    if (headers[r]) continue;
    // A Markdown header row names columns (`| 类别 | 本年新收件数 | … | 总计 |`), unless it holds figures.
    if (row.header && !row.fields.some((f) => !f.empty && isNumberField(f))) continue;
    const marks: Mark[] = [];
    let skip = -1;
    for (let index = 0; index < row.fields.length; index++) {
      if (index <= skip) continue;
      let f = row.fields[index]!;
      if (f.empty || isNumberField(f)) continue;
      // A label cell split in two fields (`（二）部分公开（区分处理的，⇥只计这一情形，不计其他情形）⇥14⇥0…`, a label
      // cell divided in the Word table): the two make the row's whole label, the second no cell of it.
      let split: Field | undefined;
      const after = row.fields[index + 1];
      if (after && !after.empty && !isFigureField(after) && !headerWordIn(f, kind) && beginsWhole(f) && joinsLabel(f.text, after.text)) {
        f = split = { text: f.text + after.text, raw: `${f.raw}\t${after.raw}`, range: spanRange(f.range.start, after.range.end), empty: false, facts: undefined };
        skip = index + 1;
      }
      if (headerWordIn(f, kind)) {
        marks.push({ index, kind: 'header' });
        continue;
      }
      const key = rowKeyOf(f);
      const found = rowMatchOf(f, specs, group);
      // A group's own number names the group (`（六）其他`, the first piece of a merged `（六）其他处理`), not its item `3.其他`.
      const m = found && kind === 'requests' && numbersGroup(keyOf(f), key, found.row) ? undefined : found;
      // `总计` is also a column header: as a row label it only counts once data rows have begun, and not among
      // other header cells (the header rows repeated after a page break, one cell per line: `法人或其他组织` /
      // `总计` / `商业企业`).
      // Where every cell is a row of its own (a blank line after each), the header cells are the rows around it: `法人或其他组织` / `总计`
      // / `商业企业` repeated after a page break.
      if (m && m.row.id === 'total' && keyOf(f) === key && (besideHeaderWord(row.fields, index, kind) || (loneField(row.fields) === f && (headers[r - 1] === true || headers[r + 1] === true)))) {
        marks.push({ index, kind: 'header' });
        continue;
      }
      // A fragment match must not be a botched value such as `减4`.
      if (m && (m.row.id !== 'total' || seenRow) && (m.kind === 'official' || !/\d/.test(key))) {
        // A merged label cell written once for each column it spans (`（一）予以公开⇥（一）予以公开⇥2…`, as python-docx
        // reads a Word table's merged cells): one label, its figures after the last copy.
        const last = marks.length > 0 ? marks[marks.length - 1] : undefined;
        if (last?.kind === 'label' && last.spec === m.row && (last.through ?? last.index) === index - 1 && keyOf(row.fields[last.index]!) === keyOf(f)) {
          marks[marks.length - 1] = { ...last, through: index };
          continue;
        }
        marks.push(split ? { index, kind: 'label', spec: m.row, variant: m.kind === 'variant', through: index + 1, field: split } : { index, kind: 'label', spec: m.row, variant: m.kind === 'variant' });
        seenRow = true;
        if (m.row.group && m.row.group !== 'result') group = m.row.group;
        continue;
      }
      if (kind === 'requests') {
        const whole = matchGroupKey(key);
        // The last piece of a vertically merged group label (`（六）其他` … `处理`) continues the group it ends.
        const g = whole ?? (group !== undefined && endsGroup(group, key) ? REQUEST_GROUPS.find((x) => x.id === group) : groupFragmentKey(key));
        if (g) {
          group = g.id;
          marks.push({ index, kind: 'group', group: g.id });
          continue;
        }
      }
      // Words no row's label matches, where a row's label stands (the row's first words, or right after its group's
      // label) and followed by a figure: a label too short for the typo search (（一）予了公开), named by its place
      // below (`placeTypos`). Words after a row's label are its cell (见附件), not this.
      const last = marks.length > 0 ? marks[marks.length - 1] : undefined;
      if ((last === undefined || last.kind === 'group') && maybeLabel(key) && figureFollows(row.fields, index)) {
        marks.push({ index, kind: 'unknown' });
        continue;
      }
      // A label no row of the format has, after a row that has all its figures already (`行政规范性文件` / `0` / `0` /
      // `3` / `其他主动公开文件` / `5` / …, a row a province adds, its cells one per line without blank lines between
      // rows): it begins a row of its own, whose figures are none of the row above. Such a row is not checked.
      if (!isFigureField(f) && endsFullRow(row.fields, marks, index)) marks.push({ index, kind: 'header' });
    }
    // (Most rows begin with their label: nothing before it to gather.)
    // (A label none of the format's is gathered too: missing-row names it, where its row is missing.)
    let first = row.fields.length;
    for (const m of marks) {
      if (m.kind === 'unknown') continue;
      first = m.index;
      break;
    }
    if (first > 0) orphanCells(row.fields, first, kind, problems);
    for (let i = 0; i < marks.length; i++) {
      const mark = marks[i]!;
      const next = i + 1 < marks.length ? marks[i + 1]!.index : row.fields.length;
      const values = row.fields.slice((mark.kind === 'label' ? mark.through ?? mark.index : mark.index) + 1, next);
      if (mark.kind === 'label') {
        out.push({ spec: mark.spec, label: mark.field ?? row.fields[mark.index]!, values, variant: mark.variant, subtotalOf: undefined });
      } else if (mark.kind === 'unknown') {
        unknown.push({ at: out.length, label: row.fields[mark.index]!, values });
      } else if (mark.kind === 'group' && mark.group !== 'result' && values.some((f) => !f.empty && isNumberField(f))) {
        // A subtotal row some offices add for a group (（三）不予公开 with its own figures).
        out.push({ spec: undefined, label: row.fields[mark.index]!, values, variant: false, subtotalOf: mark.group });
      }
    }
  }
  return unknown.length ? placeTypos(out, unknown, specs) : out;
}

/** Words that may be a row's label: two Chinese characters at least, no figure, not too long. */
function maybeLabel(key: string): boolean {
  return key.length >= 2 && key.length <= 40 && !/\d/.test(key) && /[\u3400-\u9fff].*[\u3400-\u9fff]/.test(key);
}

/** Whether a figure follows the field at `index` before any other words (its row's cells). */
function figureFollows(fields: readonly Field[], index: number): boolean {
  const next = nextFilled(fields, index);
  return next !== undefined && isNumberField(next);
}

/** The first field after `index` that holds anything. */
function nextFilled(fields: readonly Field[], index: number): Field | undefined {
  for (let i = index + 1; i < fields.length; i++) if (!fields[i]!.empty) return fields[i];
  return undefined;
}

/**
 * Names rows whose labels matched no row of the format by their place: where exactly one row of the format is
 * missing between the rows found before and after, and the label is one character away from its (a short label,
 * （一）予了公开 for （一）予以公开, 2.重及申请, that the typo search leaves alone as too many short labels are near
 * each other), it is that row, its label a variant (label-variant offers the official wording). The others stay
 * unread, as before (missing-row reports the row missing).
 */
function placeTypos(out: LabeledRow[], unknown: readonly { at: number; label: Field; values: Field[] }[], specs: readonly RowSpec[]): LabeledRow[] {
  const found = new Set<RowSpec>();
  for (const r of out) if (r.spec) found.add(r.spec);
  const placed: { at: number; row: LabeledRow }[] = [];
  // The rows found around each place (unknown rows between the same two are rivals: none of them is named).
  const bounds = unknown.map((u) => {
    let before = -1;
    for (let k = u.at - 1; k >= 0 && before < 0; k--) if (out[k]!.spec) before = specs.indexOf(out[k]!.spec!);
    let after = specs.length;
    for (let k = u.at; k < out.length && after === specs.length; k++) if (out[k]!.spec) after = specs.indexOf(out[k]!.spec!);
    return { before, after };
  });
  unknown.forEach((u, i) => {
    const { before, after } = bounds[i]!;
    if (bounds.some((b, j) => j !== i && b.before === before && b.after === after)) return;
    const gap = specs.slice(before + 1, after).filter((s) => !found.has(s));
    if (gap.length !== 1) return;
    const spec = gap[0]!;
    // Not more figures than the row takes (行政许⇥0⇥0 for a row of one figure is something else).
    let figures = 0;
    for (const f of u.values) if (!f.empty) figures++;
    if (figures > spec.columns.length) return;
    if (editDistanceWithin(rowKeyOf(u.label), stripNumbering(labelKey(spec.label)), 1) === undefined) return;
    found.add(spec);
    placed.push({ at: u.at, row: { spec, label: u.label, values: u.values, variant: true, subtotalOf: undefined } });
  });
  if (placed.length === 0) return out;
  const merged: LabeledRow[] = [];
  let p = 0;
  for (let k = 0; k <= out.length; k++) {
    while (p < placed.length && placed[p]!.at === k) merged.push(placed[p++]!.row);
    if (k < out.length) merged.push(out[k]!);
  }
  return merged;
}

/**
 * Where a table 三 with eight value columns writes its 法人或其他组织 subtotal (format §3.1: some
 * reports add one): after 自然人 (1) or after the five kinds of organisation (6). Undefined for the
 * official seven columns. Most data rows must carry exactly one figure too many; the place is read
 * from a header cell 小计/合计 beside 商业企业, else from the figures (the column that is the sum of
 * the five others), else the end of the organisations as the govnianbao template has it.
 */
function orgSubtotalColumn(rows: readonly TableRow[], phys: readonly PhysRow[]): number | undefined {
  const data = rows.filter((r) => r.spec);
  const wide = data.filter((r) => r.extraCells.length === 1 && r.missingCells === 0);
  if (data.length === 0 || wide.length * 2 <= data.length) return undefined;
  for (const row of phys) {
    const keys = row.fields.map((f) => (f.empty ? '' : keyOf(f)));
    const business = keys.indexOf('商业企业');
    const subtotal = keys.findIndex((k) => k === '小计' || k === '合计' || /^法人或其他组织(?:小计|合计)$/.test(k));
    if (business >= 0 && subtotal >= 0) return subtotal < business ? 1 : REQUEST_COLUMNS.length - 1;
  }
  let after = 0;
  let before = 0;
  for (const r of wide) {
    const v = [...r.cells, ...r.extraCells].map((c) => (c.value.kind === 'number' ? c.value.value : NaN));
    const sum = (a: number, b: number) => v.slice(a, b).reduce((x, y) => x + y, 0);
    const atEnd = v[6] === sum(1, 6);
    const atStart = v[1] === sum(2, 7);
    if (atEnd && !atStart) after++;
    if (atStart && !atEnd) before++;
  }
  return before > after ? 1 : REQUEST_COLUMNS.length - 1;
}

/**
 * Whether a table 三 writes its 总计 column first, before 自然人 (format §3.1 puts it last; an export or a
 * redrawn table may put it first): a header row without figures names 总计 before 自然人, or before
 * 申请人情况 (the span over the applicants' columns, with 总计 beside it in the top row). The figures must
 * not say otherwise: rows whose last figure is the sum of the six before it, and whose first is not the sum
 * of the six after it, are no more than the rows the other way round. A header row naming 总计 after them
 * keeps the official order.
 */
function totalColumnFirst(rows: readonly TableRow[], phys: readonly PhysRow[]): boolean {
  let header = false;
  for (const row of phys) {
    if (holdsFigureField(row.fields)) continue;
    // The words in order, also where a line of header words parted by spaces is one field (the note before them).
    const text = row.fields.map((f) => f.text).join('\t');
    const total = text.indexOf('总计');
    if (total < 0 || /[（(]\s*七\s*[）)]\s*总计/.test(text)) continue;
    const person = text.indexOf('自然人');
    const applicants = text.indexOf('申请人情况');
    if ((person >= 0 && total < person) || (applicants >= 0 && total < applicants)) header = true;
    else if (person >= 0 || applicants >= 0) return false;
  }
  let first = 0;
  let last = 0;
  for (const r of rows) {
    if (!r.spec || r.cells.length !== REQUEST_COLUMNS.length) continue;
    const v = r.cells.map((c) => (c.value.kind === 'number' ? c.value.value : NaN));
    const sum = (a: number, b: number) => v.slice(a, b).reduce((x, y) => x + y, 0);
    const atEnd = v[6] === sum(0, 6);
    const atStart = v[0] === sum(1, 7);
    if (atStart && !atEnd) first++;
    if (atEnd && !atStart) last++;
  }
  // Without a header that says so (a PDF's header line the table does not take in), only figures that leave no doubt:
  // no row summed at the end, three at the start (a row of the official order sums at the start only where it is wrong).
  return header ? last <= first : last === 0 && first >= 3;
}

/**
 * A row whose label is only a variant of a row the table also has in its official wording (`规范性文件` under
 * `行政规范性文件`, as a province's table adds a row of its own): another row, which the format does not name,
 * not that row written twice or reworded. It is left out (not checked), as a row no label names is.
 */
function withoutVariantsBesideOfficial(rows: LabeledRow[]): LabeledRow[] {
  // Most tables have no variant: then no set of their official rows is made.
  let variants = false;
  for (let i = 0; i < rows.length && !variants; i++) variants = rows[i]!.spec !== undefined && rows[i]!.variant;
  if (!variants) return rows;
  let official: Set<RowSpec> | undefined;
  for (const r of rows) if (r.spec && !r.variant) (official ??= new Set()).add(r.spec);
  if (!official || !rows.some((r) => r.spec && r.variant && official!.has(r.spec))) return rows;
  return rows.filter((r) => !(r.spec && r.variant && official!.has(r.spec)));
}

/** Rows of tables 二 and 三, reading a table 三 of eight columns as the seven official ones plus its subtotal. */
function dataRows(kind: TableKind, phys: PhysRow[], headers: readonly boolean[], specs: readonly RowSpec[], problems: ParseProblem[]): TableRow[] {
  // The rows are found once and laid out again when the table has the subtotal column (where the rows were
  // found afresh for it, and a table 三's labels matched twice).
  const labeled = withoutVariantsBesideOfficial(labeledRows(kind, phys, headers, specs, problems));
  const build = (at: number | undefined, totalFirst = false) => packedMap(labeled, (r) => buildRow(r.spec, r.label, r.values, r.variant, r.subtotalOf, at, totalFirst));
  const rows = build(undefined);
  const at = kind === 'requests' ? orgSubtotalColumn(rows, phys) : undefined;
  if (at !== undefined) return build(at);
  return kind === 'requests' && totalColumnFirst(rows, phys) ? build(undefined, true) : rows;
}

/**
 * The page number a line of one figure is, when the document's page numbers make it one: a page number one or two
 * less stands before it, or one or two more after it (`5` … `6` … `7`). A figure of a table one cell per line is read
 * as text whatever its neighbours (`unmarkNumberRuns`): this is the only way to tell the page number that lands among
 * them. Before it, any such page number, not the nearest: a lone figure between a table's labels (`行政强制` /
 * `500`) is scanned as a page number too; after it, the next page number, which must be more.
 */
function inPageSequence(infos: readonly LineInfo[], line: number, value: number): boolean {
  const pageAt = (l: number): number | undefined => {
    const a = infos[l]!.scan.artifacts[0];
    const m = a && a.kind === 'page-number' && a.wholeLine ? /\d{1,3}/.exec(a.text) : null;
    return m ? Number(m[0]) : undefined;
  };
  // The next page number after it: more, or there is no sequence it stands in.
  let next: number | undefined;
  for (let l = line + 1; l < infos.length && next === undefined; l++) next = pageAt(l);
  if (next !== undefined && next <= value) return false;
  if (next !== undefined && next - value <= 2) return true;
  for (let l = 0; l < line; l++) {
    const page = pageAt(l);
    if (page !== undefined && page < value && value - page <= 2) return true;
  }
  return false;
}

/**
 * Table 四: one row of 15 figures under three header rows. With `infos` (a table read without TABs), one figure too
 * many whose first stands alone on its line, written as a page number and in the document's page sequence
 * (`总计` / `6` / `8` / `10` …: the page broke between the header and the figures), is that page number, not a cell.
 */
function reviewRows(phys: PhysRow[], headers: readonly boolean[], infos?: readonly LineInfo[]): TableRow[] {
  const values: Field[] = [];
  for (let r = 0; r < phys.length; r++) {
    const row = phys[r]!;
    if (headers[r]) continue;
    // One by one: a line may hold more fields than a call takes arguments.
    for (let i = 0; i < row.fields.length; i++) if (!headerWordIn(row.fields[i]!, 'review')) values.push(row.fields[i]!);
  }
  const spec = REVIEW_ROWS[0]!;
  const first = values[0];
  if (infos && first && values.length === spec.columns.length + 1 && values.every((f) => !f.empty && isNumberField(f)) && first.range.start.line === first.range.end.line) {
    const line = infos[first.range.start.line];
    const written = first.raw.trim();
    if (line && line.text.trim() === written && BARE_PAGE_NUMBER.test(written) && inPageSequence(infos, line.index, Number(written))) values.shift();
  }
  const kept = trimToCount(withoutLineAfter(values, spec.columns.length), spec.columns.length);
  const anchor = kept[0] ?? values[0];
  if (!anchor) return [];
  const cells = toCells(kept.slice(0, spec.columns.length));
  const extra = toCells(kept.slice(spec.columns.length)).filter((c) => c.value.kind !== 'empty');
  return [{
    spec,
    label: '',
    labelRange: { start: anchor.range.start, end: anchor.range.start },
    labelVariant: false,
    cells,
    extraCells: extra,
    missingCells: Math.max(0, spec.columns.length - cells.length),
    range: spanRange(anchor.range.start, endOf(kept, anchor.range)),
    subtotalOf: undefined,
  }];
}

export interface TableParse {
  tables: Table[];
  problems: ParseProblem[];
  tableLines: LineSpans;
  /** Lines whose page-number leftover a table without TABs reads as one of its figures. */
  reclaimed: readonly number[];
}

/**
 * The lines `from`–`to` of a part of tables (or of the attachments) for `tablesKey`, under `label`, when
 * none holds a TAB: its table is then read without TABs, from every one of its lines; else nothing.
 */
function untabbedKey(infos: readonly LineInfo[], from: number, to: number, label: string): string {
  for (let l = from; l < to; l++) if (infos[l]!.tabular) return '';
  let key = `\n${label}\n`;
  for (let l = from; l < to; l++) {
    const info = infos[l]!;
    const page = isPageBreak(info) ? 'p' : '';
    key += info.masked === info.text ? `${page}${info.text}\n` : `${page}${info.text}\t${info.masked}\n`;
  }
  return key;
}

/**
 * Everything `parseTables` reads, as one string. Besides the heading lines and the part each lies in,
 * it reads the lines with a TAB, the text of a line right after a table's line (a continuation such as
 * `企业`, at most 40 characters, or the prose that closes the table) or right before one (the start of
 * its label, at most 33 characters), a line of figures after a blank line in a table, and where blank lines fall inside
 * a table; in a part of tables 二 to 四 without a TAB, and in the attachments after part 六 without one, every
 * line (a table there has lost its TABs).
 * The rest of the prose it never reads. Two documents with the same key have the same tables, so an
 * edit in the prose (most keystrokes) does not parse them again.
 */
export function tablesKey(infos: readonly LineInfo[], headings: readonly { readonly line: number; readonly id: PartId }[], appendix?: number): string {
  let key = appendix === undefined ? '' : `a${appendix},`;
  for (const h of headings) key += `${h.line}:${h.id},`;
  key += '\n';
  /** A table may still be going on: no line since its last table line has surely ended it. */
  let open = false;
  /** The line before belongs (or may belong) to a table. */
  let follows = false;
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    // A short line right before a line with a TAB may begin that row's label (beginsLabel).
    const before = !info.tabular && !info.blank && infos[i + 1]?.tabular === true && info.end - info.start <= 33;
    // Figures after a blank line may go on with a table's figures (findBlocks: `8  10  7  0  25` / `` / `1  0  2  0  3`).
    if (info.tabular || before || (follows && !info.blank) || (open && figureWords(info, 1) !== undefined)) {
      key += info.masked === info.text ? `${info.index}\t${info.text}\n` : `${info.index}\t${info.text}\t${info.masked}\n`;
      // A line longer than any continuation ends the table (findBlocks, isContinuation).
      follows = info.tabular || info.end - info.start <= 40 || figureWords(info) !== undefined;
      open = follows;
    } else if (info.blank) {
      if (open) key += `${info.index}\n`;
      follows = false;
    } else if (isPageBreak(info)) {
      // Every page number: after a blank line in a table the table goes on past it (findBlocks), and a table without
      // TABs reads the page sequence (inPageSequence).
      key += `${info.index}\tp${info.text}\n`;
    } else {
      open = false;
    }
  }
  // The part that holds a table whose heading is lost (part 一 for table 二) is read as that table's part.
  const headed = new Set<PartId>();
  for (let i = 0; i < headings.length; i++) headed.add(headings[i]!.id);
  const host = hostOf(headed);
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    if (!TABLE_KINDS.some((k) => TABLE_PART[k] === h.id || host?.(k) === h.id)) continue;
    key += untabbedKey(infos, h.line + 1, i + 1 < headings.length ? headings[i + 1]!.line : infos.length, String(h.id));
  }
  // The attachments, where a table missing from its part is looked for.
  if (appendix !== undefined) key += untabbedKey(infos, appendix, infos.length, 'A');
  return key;
}

const TABLE_KINDS: readonly TableKind[] = ['active', 'requests', 'review'];

type Segment = { kind: TableKind; part: PartId | undefined; rows: PhysRow[] };

/**
 * The blocks' rows by table: a run of rows belongs to the table its header words and labels name, and
 * with `byPart` a block that names none to the table of its part. Segments of one kind in one part form
 * one table (prose between rows splits a table into blocks).
 */
function segmentsOf(
  blocks: readonly { block: Block; rows: PhysRow[] }[],
  partAt: (line: number) => PartId | undefined,
  headingLines: ReadonlySet<number>,
  byPart: boolean,
  appendix?: number,
  host?: HostOf,
  copies?: { start: number; end: number }[],
  strays?: Segment[],
): Segment[] {
  const segments: Segment[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const { block, rows } = blocks[b]!;
    const part = partAt(block.start);
    let kind: TableKind | undefined;
    let seg: PhysRow[] = [];
    const flush = () => {
      if (seg.length === 0) return;
      const k = kind ?? (!byPart ? undefined : part === 2 ? 'active' : part === 3 ? 'requests' : part === 4 ? 'review' : undefined);
      if (k) segments.push({ kind: k, part, rows: seg });
      seg = [];
    };
    for (let r = 0; r < rows.length; r++) {
      const whole = rows[r]!;
      // A row that holds two tables one after the other comes apart first (splitTables); most rows are short.
      const pieces = whole.fields.length >= MERGED_ROW_FIELDS ? splitTables(whole) : undefined;
      for (let p = 0; p < (pieces ? pieces.length : 1); p++) {
        const row = pieces ? pieces[p]! : whole;
        const vote = voteOf(row);
        if (vote && kind && vote !== kind) {
          flush();
          kind = vote;
        } else if (vote && !kind) {
          kind = vote;
        }
        seg.push(row);
      }
    }
    flush();
  }
  const merged: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const prev = merged.find((m) => m.kind === s.kind && m.part === s.part);
    if (prev && s.part !== undefined && headingBetween(prev.rows[prev.rows.length - 1]!.endLine, s.rows[0]!.startLine, s.part, headingLines, partAt)) {
      // A second heading of the same part stands between them: the part pasted twice (duplicate-section reports
      // it). Its table is a copy, not more rows of the first: the first alone is the table, and the copy's lines
      // are table lines still (its header cells are no prose).
      copies?.push({ start: s.rows[0]!.startLine, end: s.rows[s.rows.length - 1]!.endLine });
      continue;
    }
    if (prev) prev.rows.push(...s.rows);
    else merged.push({ kind: s.kind, part: s.part, rows: [...s.rows] });
  }
  // Rows of a table's kind in parts 一, 五 and 六 (or after 六: an attachment) are the report's own summaries
  // (办理结果 予以公开 60 … in part 一, an 附表 in part 六, a list of cases), not the table; nor are they in
  // another of parts 二–四 when the table stands in its own part. Out of its part, in 二–四 or before any
  // heading, a table is itself: a part heading lost or misnumbered moves it there. So is it in the attachments
  // after part 六 (`附件1`, `附表1 …`), where reports that write `详见附件` in the part place it. And a table
  // whose part lost its heading lies in the part before (table 二 in part 一): `host` names that part, and
  // parseTables keeps the table there only when it is convincing. The rows of a table's kind left in parts 一, 五 and 六
  // while its own part holds none go to `strays`: parseTables keeps one as the table, pasted into the wrong part, when
  // it is convincing and none is found in its part or the attachments.
  const placed = new Set(merged.filter((s) => s.part === TABLE_PART[s.kind]).map((s) => s.kind));
  const attached = (s: Segment) => appendix !== undefined && s.part === 6 && s.rows[0]!.startLine >= appendix;
  return merged.filter((s) => {
    const kept = s.part === TABLE_PART[s.kind] || (!placed.has(s.kind) && (s.part === undefined || (s.part >= 2 && s.part <= 4) || attached(s) || (host !== undefined && s.part === host(s.kind))));
    if (!kept && strays && !placed.has(s.kind) && s.part !== undefined) strays.push(s);
    return kept;
  });
}

/** Whether a heading of part `part` stands strictly between lines `after` and `before`. */
function headingBetween(after: number, before: number, part: PartId, headingLines: ReadonlySet<number>, partAt: (line: number) => PartId | undefined): boolean {
  for (const h of headingLines) if (h > after && h < before && partAt(h) === part) return true;
  return false;
}

/** The part that holds a table whose own part has no heading: the nearest part before it with one (undefined when its part has one). */
type HostOf = (kind: TableKind) => PartId | undefined;

function hostOf(headed: ReadonlySet<PartId>): HostOf | undefined {
  if (TABLE_KINDS.every((k) => headed.has(TABLE_PART[k]))) return undefined;
  return (kind) => {
    const own = TABLE_PART[kind];
    if (headed.has(own)) return undefined;
    for (let p = own - 1; p >= 1; p--) if (headed.has(p as PartId)) return p as PartId;
    return undefined;
  };
}

/** Fewer fields than this make no row that holds two tables (table 二 alone, one cell per line, has about forty). */
const MERGED_ROW_FIELDS = 24;

/** The table one field names by itself: header words of one table only, else its row label. */
function fieldVote(field: Field): TableKind | undefined {
  if (field.empty) return undefined;
  const bits = headerBits(field);
  if (bits !== 0) {
    const requests = (bits & HEADER_BITS.requests) !== 0;
    const review = (bits & REVIEW_VOTE_BIT) !== 0;
    const active = (bits & HEADER_BITS.active) !== 0;
    if (Number(requests) + Number(review) + Number(active) !== 1) return undefined;
    return requests ? 'requests' : review ? 'review' : 'active';
  }
  const facts = factsOf(field);
  if (facts.vote === undefined) facts.vote = labelVote(facts) ?? null;
  return facts.vote ?? undefined;
}

/** Fields on each side of a cut that must name their own table. */
const SIDE_VOTES = 3;

/**
 * A row that holds two tables (or three) one after the other: cells one per line without blank lines make a
 * table one row, and when the part heading between two tables is lost, the two tables one row (table 二's
 * labels, then table 三's headers and labels). It is cut where its fields stop naming one table and start
 * naming another, three fields at least on each side and none of the first table's after the cut; the text
 * without figures that leads into the second table (its note: （本列数据的勾稽关系为…）) goes with it.
 */
function splitTables(row: PhysRow): PhysRow[] {
  const fields = row.fields;
  let first: TableKind | undefined;
  let before = 0;
  let lastFirst = -1;
  let cut = -1;
  let after = 0;
  for (let i = 0; i < fields.length; i++) {
    const vote = fieldVote(fields[i]!);
    if (vote === undefined) continue;
    first ??= vote;
    if (vote === first) {
      if (cut >= 0) return [row];
      before++;
      lastFirst = i;
    } else {
      if (cut < 0) cut = i;
      after++;
    }
  }
  if (cut < 0 || before < SIDE_VOTES || after < SIDE_VOTES) return [row];
  while (cut - 1 > lastFirst && !holdsFigure(valueOf(fields[cut - 1]!))) cut--;
  const head: PhysRow = { fields: fields.slice(0, cut), kind: row.kind, startLine: row.startLine, endLine: fields[cut - 1]!.range.end.line, header: false };
  const tail: PhysRow = { fields: fields.slice(cut), kind: row.kind, startLine: fields[cut]!.range.start.line, endLine: row.endLine, header: row.header };
  return [head, ...splitTables(tail)];
}

/**
 * Runs of column headings the national tables always write side by side (in both layouts), in order:
 * the five kinds of organisation of table 三, a group of table 四, the document columns of table 二 and the heading of
 * its other blocks after 信息内容.
 */
const HEADER_RUNS: Readonly<Record<TableKind, readonly (readonly string[])[]>> = {
  active: [['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['信息内容', '本年处理决定数量'], ['信息内容', '本年收费金额（单位：万元）']],
  requests: [['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']],
  review: [['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']],
};

/**
 * The runs' keys, made once: made at each call (`run.map(labelKey)`), the array was packed until the caller was
 * optimised and holey after (see `packedMap`), and the optimised code was thrown away on meeting it.
 */
const HEADER_RUN_KEYS: Readonly<Record<TableKind, readonly (readonly string[])[]>> = {
  active: HEADER_RUNS.active.map((run) => run.map(labelKey)),
  requests: HEADER_RUNS.requests.map((run) => run.map(labelKey)),
  review: HEADER_RUNS.review.map((run) => run.map(labelKey)),
};

/** Every heading of the runs, by table: a heading the format writes elsewhere is not a misworded one. */
const OFFICIAL_HEADER_KEYS: Readonly<Record<TableKind, ReadonlySet<string>>> = {
  active: new Set(HEADER_RUN_KEYS.active.flat()),
  requests: new Set(HEADER_RUN_KEYS.requests.flat()),
  review: new Set(HEADER_RUN_KEYS.review.flat()),
};

/** How many characters two keys share (each character of `b` counted once). */
function shared(a: string, b: string): number {
  // (Each character at its first place in `b`, without a Set of them made at each call; a key with a surrogate, whose
  // halves `indexOf` would find inside a pair, as characters of a Set.)
  let n = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      n = 0;
      for (const ch of new Set(b)) if (a.includes(ch)) n++;
      return n;
    }
    if (b.indexOf(b.charAt(i)) === i && a.includes(b.charAt(i))) n++;
  }
  return n;
}

/**
 * Column headings misworded: in a run of the official headings written side by side, one heading
 * differs while all the others stand in their places (`商业企业 科研企业 社会公益组织 …`), and shares
 * half its characters with the heading its place calls for. Only where every other heading of the run
 * agrees is the place certain; a different set of headings (the 2019 table 二) matches no run.
 */
function headerVariantsOf(kind: TableKind, rows: readonly PhysRow[], headers: readonly boolean[]): HeaderVariant[] {
  const out: HeaderVariant[] = [];
  const fields: Field[] = [];
  for (let r = 0; r < rows.length; r++) {
    if (!headers[r]) {
      // One cell a line, the misworded heading is a row of its own that names no header word (`现行有效件` after
      // `本年废止件数`): a lone cell without a figure right after a header row may end the run.
      const lone = r > 0 && headers[r - 1] ? loneField(rows[r]!.fields) : undefined;
      if (lone && !isFigureField(lone)) fields.push(lone);
      continue;
    }
    for (let i = 0; i < rows[r]!.fields.length; i++) if (!rows[r]!.fields[i]!.empty) fields.push(rows[r]!.fields[i]!);
  }
  const runs = HEADER_RUNS[kind];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const keys = HEADER_RUN_KEYS[kind][r]!;
    for (let p = 0; p + keys.length <= fields.length; p++) {
      let miss = -1;
      let misses = 0;
      for (let k = 0; k < keys.length && misses < 2; k++) {
        if (keyOf(fields[p + k]!) !== keys[k]) {
          miss = k;
          misses++;
        }
      }
      if (misses !== 1) continue;
      const field = fields[p + miss]!;
      const key = keyOf(field);
      const want = keys[miss]!;
      // Another official heading of the table in the place (本年制发件数 after 信息内容 in a run of two) is no misworded one.
      if (key.length > want.length + 2 || shared(key, want) * 2 < want.length || keys.includes(key) || OFFICIAL_HEADER_KEYS[kind].has(key)) continue;
      // A run of two (信息内容 and one heading) places its heading less surely: only one two characters away from the
      // official (处理决定数量 for 本年处理决定数量), not any sharing half its characters (the 2019 table's 本年新制作数量).
      if (keys.length < 3 && editDistanceWithin(key, want, 2) === undefined) continue;
      out.push({ text: field.text, range: field.range, official: run[miss]! });
    }
  }
  return out;
}

function tableOf(infos: readonly LineInfo[], m: Segment, problems: ParseProblem[], separator: Table['separator']): Table {
  const { version, evidence, oldDocHeads } = detectVersion(m.kind, m.rows);
  const specs = oldDocHeads ? ACTIVE_ROWS_2021_OLD_DOC_HEADS : rowsFor(m.kind, version);
  // Which rows are header rows, found once: the rows' reader and headerVariantsOf both pass over them.
  const headers = packedMap(m.rows, (r) => isHeaderRow(r, m.kind));
  const rows = m.kind === 'review' ? reviewRows(m.rows, headers, separator === 'space' ? infos : undefined) : dataRows(m.kind, m.rows, headers, specs, problems);
  const startLine = m.rows[0]!.startLine;
  const endLine = m.rows[m.rows.length - 1]!.endLine;
  const first = infos[startLine]!;
  const last = infos[endLine]!;
  const rowLines = m.rows.filter((r) => r.kind === 'row').length;
  return {
    kind: m.kind,
    version,
    range: spanRange({ line: startLine, character: 0 }, { line: endLine, character: last.text.length }),
    anchor: range(startLine, first.start, first.end),
    rows,
    oldFormatEvidence: evidence,
    layout: rowLines === 0 ? 'cell-per-line' : rowLines === m.rows.length ? 'row-per-line' : 'mixed',
    separator,
    headerVariants: headerVariantsOf(m.kind, m.rows, headers),
    startLine,
    endLine,
  };
}

/** How many figures a table's rows hold. */
function figureCount(table: Table): number {
  let n = 0;
  for (const r of table.rows) for (const c of r.cells) if (writtenForFigure(c.value)) n++;
  return n;
}

/** A cell that holds a figure, or a placeholder for none (`/`, `—`, `无`): what a table's cells are written with. */
function writtenForFigure(value: CellValue): boolean {
  return holdsFigure(value) || isPlaceholder(value);
}

/**
 * Whether a table read without TABs is one: table 四 under its header words (行政复议, 结果维持, …) with
 * a figure, tables 二 and 三 with several rows named by their labels and figures in them. Short lines
 * of prose in a part (a sub-heading, `单位：件`) read as cells too, and without these they would make a
 * table of nothing.
 */
function convincing(table: Table, segment: Segment): boolean {
  const figures = figureCount(table);
  if (table.kind === 'review') {
    let headers = 0;
    for (const row of segment.rows) for (const f of row.fields) if (headerWordIn(f, 'review', true)) headers++;
    return headers >= 3 && figures >= 1;
  }
  const named = table.rows.filter((r) => r.spec && r.cells.some((c) => writtenForFigure(c.value))).length;
  return table.kind === 'requests' ? named >= 6 : named >= 3;
}

/**
 * A table read before the report's first heading, in a report that has headings, is kept only when it is
 * convincing: what comes before part 一 is the page's own matter, and a site's record of the page laid out
 * as a table (索引号 | … | 发布机构 | … | 内容概述 | 本报告……行政复议和行政诉讼情况……) names a table by
 * the words of its prose and holds no figures of one.
 */
function beforeHeadings(table: Table, m: Segment, headed: boolean): boolean {
  return headed && m.part === undefined && !convincing(table, m);
}

/** The tables with TABs of a report whose tables' parts all have headings (or that has none). */
function headedTables(infos: readonly LineInfo[], segments: readonly Segment[], headed: boolean, problems: ParseProblem[]): Table[] {
  const tables: Table[] = [];
  for (const m of segments) {
    const own: ParseProblem[] = [];
    const table = tableOf(infos, m, own, 'tab');
    if (beforeHeadings(table, m, headed)) continue;
    tables.push(table);
    problems.push(...own);
  }
  return tables;
}

/**
 * The tables with TABs of a report one of whose tables' parts has no heading: a table found in the part
 * before its own (where a lost heading leaves it) is kept only when it is convincing, since that part's own
 * summaries (办理结果 予以公开 60 … in part 一) may be laid out as rows too.
 */
function hosted(
  infos: readonly LineInfo[],
  headingLines: ReadonlySet<number>,
  partAt: (line: number) => PartId | undefined,
  host: HostOf,
  problems: ParseProblem[],
  appendix: number | undefined,
  copies: { start: number; end: number }[],
  strays: Segment[],
): Table[] {
  const tables: Table[] = [];
  for (const m of segmentsOf(findBlocks(infos, headingLines), partAt, headingLines, true, appendix, host, copies, strays)) {
    const own: ParseProblem[] = [];
    const table = tableOf(infos, m, own, 'tab');
    // In parts 二–四 a table out of its part was kept before a heading was lost (segmentsOf); part 一 is new ground.
    if ((m.part === 1 && host(m.kind) === 1 && !convincing(table, m)) || beforeHeadings(table, m, true)) continue;
    tables.push(table);
    problems.push(...own);
  }
  return tables;
}

/** Words one of a table's row labels holds: a part that has none of them holds no such table (a cheap look before reading it without TABs). */
const ROW_WORDS: Readonly<Record<TableKind, RegExp>> = { active: /规章|规范性文件|许可|处罚|强制|收费/, requests: /公开|申请|结转|自然人|处理/, review: /复议|诉讼/ };

/** A part's lines read without TABs: the segments of tables found there, and the lines whose leftover they read as a figure. */
interface SpacedRead {
  readonly segments: readonly Segment[];
  readonly used: readonly number[];
}

/** The lines of each part, from its heading to the next one. */
function partLines(infos: readonly LineInfo[], headingLines: ReadonlySet<number>, partAt: (line: number) => PartId | undefined, part: PartId): readonly LineInfo[] | undefined {
  let from = -1;
  for (const info of infos) {
    if (from < 0) {
      if (headingLines.has(info.index) && partAt(info.index) === part) from = info.index + 1;
    } else if (headingLines.has(info.index)) {
      return infos.slice(from, info.index);
    }
  }
  return from < 0 ? undefined : infos.slice(from);
}

/**
 * Finds tables 二, 三 and 四. `partAt(line)` tells which part a line lies in; a block whose rows name
 * no table is assigned by its part. A table whose part has no table with TABs is then looked for in the
 * part's lines read without them (`spacedFields`), and kept when it is convincing.
 */
export function parseTables(infos: readonly LineInfo[], headingLines: ReadonlySet<number>, partAt: (line: number) => PartId | undefined, appendix?: number): TableParse {
  const problems: ParseProblem[] = [];
  const headed = new Set<PartId>();
  for (const line of headingLines) {
    const part = partAt(line);
    if (part !== undefined) headed.add(part);
  }
  const host = hostOf(headed);
  // The lines of a table's copy in a part pasted twice (segmentsOf): no table, but table lines all the same.
  const copies: { start: number; end: number }[] = [];
  // Rows of a table's kind with TABs in parts 一, 五 or 六 while its own part holds none (segmentsOf).
  const strays: Segment[] = [];
  const tables =
    host === undefined
      ? headedTables(infos, segmentsOf(findBlocks(infos, headingLines), partAt, headingLines, true, appendix, undefined, copies, strays), headed.size > 0, problems)
      : hosted(infos, headingLines, partAt, host, problems, appendix, copies, strays);
  /** Lines whose leftover (a page number) a table without TABs reads as a figure. */
  const reclaimed: number[] = [];
  // Each part (or the attachments) read without TABs once, however many tables look for theirs there: part 一
  // holds all three when every later heading is lost, and reading it three times was three times its length.
  const linesAt = new Map<PartId | 'attachments', readonly LineInfo[] | undefined>();
  const linesOf = (where: PartId | 'attachments'): readonly LineInfo[] | undefined => {
    if (!linesAt.has(where)) linesAt.set(where, where === 'attachments' ? (appendix === undefined ? undefined : infos.slice(appendix)) : partLines(infos, headingLines, partAt, where));
    return linesAt.get(where);
  };
  const spaced = new Map<PartId | 'attachments', SpacedRead | null>();
  const readSpaced = (where: PartId | 'attachments'): SpacedRead | null => {
    let read = spaced.get(where);
    if (read === undefined) {
      const lines = linesOf(where);
      // A part with a TAB is read with TABs only (and tablesKey holds only its lines with TABs).
      if (!lines || lines.length === 0 || lines.some((l) => l.tabular)) {
        read = null;
      } else {
        const used: number[] = [];
        read = { segments: segmentsOf(findBlocks(lines, headingLines, true, used), partAt, headingLines, false, appendix, host, copies), used };
      }
      spaced.set(where, read);
    }
    return read;
  };
  for (const kind of TABLE_KINDS) {
    if (tables.some((t) => t.kind === kind)) continue;
    // The table's part (or, when its heading is lost, the part before that holds it), then the attachments
    // after part 六, where a report that writes 详见附件 places it.
    const holder = host?.(kind);
    for (const where of [holder ?? TABLE_PART[kind], 'attachments'] as const) {
      // The part before, read for a table whose heading is lost, only when its lines name one of the table's rows.
      if (where === holder && !linesOf(holder)?.some((l) => ROW_WORDS[kind].test(l.text))) continue;
      const read = readSpaced(where);
      if (!read) continue;
      for (const m of read.segments) {
        if (m.kind !== kind) continue;
        const own: ParseProblem[] = [];
        const table = tableOf(infos, m, own, 'space');
        if (!convincing(table, m)) continue;
        tables.push(table);
        problems.push(...own);
        for (const l of read.used) if (l >= table.startLine && l <= table.endLine) reclaimed.push(l);
      }
      if (tables.some((t) => t.kind === kind)) break;
    }
    // Found neither in its part nor in the attachments: the table pasted into part 一, 五 or 六 (表二 at the end of
    // 总体情况), when the rows there make a convincing one with its header words (信息内容, 本年制发件数; 申请人情况,
    // 自然人 …), as a table pasted whole has; a part's own summaries laid out as rows (规章 0 / 行政许可 12) do not.
    for (const m of strays) {
      if (m.kind !== kind || !m.rows.some((r) => r.fields.some((f) => headerWordIn(f, kind)))) continue;
      const own: ParseProblem[] = [];
      const table = tableOf(infos, m, own, 'tab');
      if (!convincing(table, m)) continue;
      tables.push(table);
      problems.push(...own);
      break;
    }
  }
  tables.sort((a, b) => a.startLine - b.startLine);
  // Every line from a table's first row to its last (its rows, in order, and the blank lines between them).
  const tableLines = new LineSpans([...packedMap(tables, (t) => ({ start: t.startLine, end: t.endLine })), ...copies]);
  // The arithmetic of the tables is kept with this array (arithmetic.ts): its place is made now.
  return { tables: withDerived(tables), problems, tableLines, reclaimed };
}
