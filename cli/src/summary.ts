/**
 * `--summary FILE.csv`: one table for a whole run, for reviewers who check a province's reports in a
 * spreadsheet. One row per file: path, errors, warnings, infos, hints, one count per rule code, and a
 * note when the file could not be (fully) read or written, or was checked without last year's report.
 *
 * RFC 4180: fields separated by commas, records ended by CRLF, a field quoted when it holds a comma, a
 * quote, CR or LF, quotes doubled. UTF-8 with a BOM, which is what makes Excel read Chinese correctly.
 * A path or note starting with `=`, `+`, `-` or `@` is prefixed with `'` so a spreadsheet never runs it as a
 * formula (a file name is data, not a command; a note about `--previous` is no formula either).
 *
 * The rows are kept (a few hundred bytes a file) and written at the end into a temporary file beside the
 * target, renamed over it, so an interrupted run leaves neither half a table nor a temporary file (Ctrl-C
 * ends the run at once, with no chance to remove one: streamed, it left one behind per interrupted run),
 * and an existing table is replaced only by a complete one.
 */
import { RULES, type Lang } from '../../shared/src';
import { AtomicFile } from '../../shared/node/files';
import type { FileOutcome } from './check';

const CODES: readonly string[] = RULES.map((r) => r.meta.code);

const HEADERS: Readonly<Record<Lang, { path: string; error: string; warning: string; info: string; hint: string; note: string }>> = {
  'zh-CN': { path: '文件', error: '错误', warning: '警告', info: '提示', hint: '建议', note: '说明' },
  en: { path: 'path', error: 'errors', warning: 'warnings', info: 'infos', hint: 'hints', note: 'note' },
};

/** One CSV field (RFC 4180). */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Text that a spreadsheet would take for a formula, made inert. */
function inert(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function csvRecord(fields: readonly (string | number)[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

export class CsvSummary {
  private rows: string[];

  /**
   * Creates and removes a temporary file beside the target at once, so a path that cannot be written is
   * known before any checking.
   */
  constructor(
    private readonly path: string,
    private readonly lang: Lang,
  ) {
    new AtomicFile(path).abort();
    const h = HEADERS[lang];
    this.rows = ['\ufeff' + csvRecord([h.path, h.error, h.warning, h.info, h.hint, ...CODES, h.note])];
  }

  add(o: FileOutcome): void {
    const counts = o.checked
      ? [o.counts.error, o.counts.warning, o.counts.info, o.counts.hint, ...CODES.map((c) => o.byCode[c] ?? 0)]
      : // Not checked: blank, not zero — zero would read as "no problems".
        Array.from({ length: 4 + CODES.length }, () => '');
    // Why the file was not (fully) read, checked or written, then what else to know (checked without last year's report).
    const note = [o.problem, o.notice].filter((n): n is string => n !== undefined && n !== '').join(this.lang === 'zh-CN' ? '；' : '; ');
    // The note is data too: one about last year's report starts with “--previous”, which Excel takes for a formula (#NAME?).
    this.rows.push(csvRecord([inert(o.path), ...counts, inert(note)]));
  }

  /** Writes the table (atomically); throws the write's error, the existing file left as it was. */
  commit(): void {
    const file = new AtomicFile(this.path);
    file.write(this.rows.join(''));
    file.commit();
    this.rows = [];
  }

  abort(): void {
    this.rows = [];
  }
}
