/**
 * Reports in traditional characters. A report is written in simplified characters, but many government sites
 * also serve every page in traditional ones (a 繁體 link, a big5 gateway), and a reviewer who saves the page gets
 * 政府信息公開工作年度報告 with its 總體情況 and 收到和處理政府信息公開申請情況: none of the format's words. Such a
 * report is read through the simplified form of each of its characters. The mapping is one UTF-16 code unit to
 * one, so every range found on the simplified lines is exact in the document as written, and a fix edits the
 * same cell. What the checker writes back or quotes (a fix's text, a message's quotations) is put in the report's
 * own characters again (`inDocumentForms`, in analyze.ts).
 *
 * Whether a report is in traditional characters is decided on its opening (`SAMPLE` characters): a report is in
 * one script throughout, and reading only its opening keeps the decision free for long documents and for an
 * editor that asks on every keystroke.
 */
import { TRADITIONAL_PAIRS } from './traditional-data';
import type { SourceLine } from './text';

/**
 * Traditional characters every report uses many times (公開, 報告, 總體情況, 申請, 處理, 機關, 數量, 條例, 復議,
 * 訴訟…), and their simplified forms below, place for place. None of them is also a simplified character.
 */
const TRADITIONAL_MARKS = '開報務請總關數體況辦處機發與動資個這們為會國條門網說題議訴訟級縣區鎮單統計據員實進規復';
const SIMPLIFIED_MARKS = '开报务请总关数体况办处机发与动资个这们为会国条门网说题议诉讼级县区镇单统计据员实进规复';

/** Characters of the opening read to decide. */
const SAMPLE = 4000;
/** Marks the opening must hold, at least, and how many times its simplified marks (a quoted name is not a report). */
const MIN_MARKS = 12;
const RATIO = 4;

const MARK_CODES = new Set([...TRADITIONAL_MARKS].map((c) => c.charCodeAt(0)));
const SIMPLIFIED_CODES = new Set([...SIMPLIFIED_MARKS].map((c) => c.charCodeAt(0)));

/**
 * Characters one of which the first `FIRST_SAMPLE` characters of any report in traditional characters hold (公開,
 * 報告, 申請 in its title and preface): a simplified report holds none, and looking for three code units is far
 * cheaper than a pattern of all the marks over the whole sample.
 */
const OPEN = '開'.charCodeAt(0);
const REPORT = '報'.charCodeAt(0);
const REQUEST = '請'.charCodeAt(0);
const FIRST_SAMPLE = 1000;

/** Whether the first `limit` characters of `text` hold one of the first marks. */
function holdsFirstMark(text: string, limit = text.length): boolean {
  const end = Math.min(limit, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN || c === REPORT || c === REQUEST) return true;
  }
  return false;
}

/** Whether a text whose opening this is (or the whole text) is written in traditional characters. */
export function isTraditionalText(text: string): boolean {
  // Most reports have none of the commonest marks in their first lines.
  if (!holdsFirstMark(text, FIRST_SAMPLE)) return false;
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let traditional = 0;
  let simplified = 0;
  for (let k = 0; k < sample.length; k++) {
    const c = sample.charCodeAt(k);
    if (MARK_CODES.has(c)) traditional++;
    else if (SIMPLIFIED_CODES.has(c)) simplified++;
  }
  return traditional >= MIN_MARKS && traditional > RATIO * simplified;
}

/** Whether the report whose lines these are is written in traditional characters. */
export function isTraditional(lines: readonly SourceLine[]): boolean {
  // A simplified report, nearly always: none of the commonest marks in its first lines, and no string built.
  let seen = 0;
  let marked = false;
  for (let i = 0; i < lines.length && seen < FIRST_SAMPLE && !marked; i++) {
    const text = lines[i]!.text;
    marked = holdsFirstMark(text, FIRST_SAMPLE - seen);
    seen += text.length + 1;
  }
  if (!marked) return false;
  let opening = '';
  for (let i = 0; i < lines.length && opening.length < SAMPLE; i++) {
    const text = lines[i]!.text;
    // Only as much of a long line as the sample takes (a one-line document may be megabytes long).
    opening += `${text.length > SAMPLE ? text.slice(0, SAMPLE) : text}\n`;
  }
  return isTraditionalText(opening);
}

let table: Map<number, number> | undefined;

/** The simplified form of each traditional character OpenCC maps to one other (built on the first traditional report). */
function simplifiedTable(): Map<number, number> {
  if (table) return table;
  table = new Map();
  for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) table.set(TRADITIONAL_PAIRS.charCodeAt(i), TRADITIONAL_PAIRS.charCodeAt(i + 1));
  return table;
}

/**
 * `text` with each code unit `map` holds replaced by its image (one code unit for one: the same length, the same
 * offsets). `learnt`, when given, learns the first code unit met for each image.
 */
function mapped(text: string, map: ReadonlyMap<number, number>, learnt?: Map<number, number>): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const to = map.get(unit);
    if (to === undefined) continue;
    if (learnt && !learnt.has(to)) learnt.set(to, unit);
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * `text` with each traditional character in its simplified form: the same length, the same offsets. `forms`, when
 * given, learns the traditional character first met for each simplified one.
 */
export function toSimplified(text: string, forms?: Map<number, number>): string {
  return mapped(text, simplifiedTable(), forms);
}

/**
 * The lines as the core reads them: in simplified characters when the report is in traditional ones (with the
 * document's own traditional form of each simplified character met), else as they are.
 */
export function readableLines(lines: SourceLine[]): { readonly lines: SourceLine[]; readonly forms?: ReadonlyMap<number, number> } {
  if (!isTraditional(lines)) return { lines };
  const forms = new Map<number, number>();
  return { lines: lines.map((l) => ({ index: l.index, text: toSimplified(l.text, forms), offset: l.offset })), forms };
}

/**
 * Text a fix writes into a traditional report (an official label, or the report's own words it keeps, read in
 * simplified characters) in the report's own characters: each simplified character the report wrote in traditional
 * form is written in that form; one the report never used stays as it is.
 */
export function inDocumentForms(text: string, forms: ReadonlyMap<number, number>): string {
  return mapped(text, forms);
}
