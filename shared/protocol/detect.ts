/**
 * Which files are reports: the name `*.govreport.txt`, or a plain-text opening that reads as one.
 * One cheap test for both sides, so that the editor (which switches a detected `.txt` to the
 * `govreport` language) and the server's workspace check (which reads files from disk) agree.
 * Pure: no vscode, no LSP runtime, no I/O.
 */
import { labelKey } from '../src/normalize';
import { PARTS } from '../src/template';
import { isTraditionalText, toSimplified } from '../src/traditional';

/** Files with this name are reports whatever their content. */
export const REPORT_FILE_GLOB = '**/*.govreport.txt';

export function isReportFileName(path: string): boolean {
  return /\.govreport\.txt$/i.test(path);
}

/** How much of a file's opening the detection reads: a report's second part starts well within it. */
export const DETECTION_MAX_LINES = 400;
export const DETECTION_MAX_CHARS = 24_000;

/** A title line is short and has no sentence punctuation; a line of prose ends the title. */
const TITLE_MAX_LINE = 80;
const SENTENCE = /[。，；！？,;]/;
const TITLE_LINES = 3;

/** `一、总体情况`, `二 主动公开政府信息情况`, `三．收到和处理…`: a numeral, then the part's words. */
const HEADING = /^([一二三四五六])[、.，,]?(.{2,40})$/;

/**
 * The title names the annual report on government information disclosure, in any of the wordings
 * real reports use (`…2024年政府信息公开工作年度报告`, `…2024年度政府信息公开报告`), also when Word
 * broke it over two lines.
 */
function titleReadsAsReport(lines: readonly string[]): boolean {
  const title: string[] = [];
  for (const line of lines) {
    const key = labelKey(line);
    if (key === '') continue;
    if (line.length > TITLE_MAX_LINE || SENTENCE.test(line) || title.length === TITLE_LINES) break;
    title.push(key);
  }
  const t = title.join('');
  return t.includes('政府信息公开') && /年度报告|年报|年度.{0,12}报告/.test(t);
}

/** The part a line heads, by its numeral and its words (so the table row `三、本年度办理结果` is none). */
export function partOfHeading(line: string): number | undefined {
  if (line.includes('\t')) return undefined;
  const m = HEADING.exec(labelKey(line));
  if (!m) return undefined;
  const id = '一二三四五六'.indexOf(m[1]!) + 1;
  return PARTS[id - 1]!.pattern.test(m[2]!) ? id : undefined;
}

/**
 * Whether a text's opening reads as a report: the title names one, or two of the six part headings
 * (each under its own numeral) appear early. `text` may be the whole document or only its opening.
 */
export function looksLikeReport(text: string): boolean {
  const opening = text.length > DETECTION_MAX_CHARS ? text.slice(0, DETECTION_MAX_CHARS) : text;
  // A report in traditional characters is read as the core reads it, through their simplified forms.
  const head = isTraditionalText(opening) ? toSimplified(opening) : opening;
  const lines = head.split(/\r\n|\r|\n/, DETECTION_MAX_LINES);
  if (titleReadsAsReport(lines)) return true;
  const parts = new Set<number>();
  for (const line of lines) {
    const id = line.length <= 60 ? partOfHeading(line) : undefined;
    if (id !== undefined) {
      parts.add(id);
      if (parts.size >= 2) return true;
    }
  }
  return false;
}

/** The server's and the CLI's test for a file: its name, or (when detection is on) its opening. */
export function isReport(path: string, text: string, detect: boolean): boolean {
  return isReportFileName(path) || (detect && looksLikeReport(text));
}
