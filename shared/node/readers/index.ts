/**
 * Reading a report as it arrives — plain text, Word (.docx) or a web page (.html) — into the text the
 * core analyses, with a source map back into the document for the formats that are not text.
 * The command line and the language server both read through `readReport`, so a report gives the
 * same findings wherever it is checked.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { decode, type TextEncoding } from '../decode';
import { DOCX_LIMITS, readDocx } from './docx';
import { ReadError, readFailureMessage, type ReadFailureReason } from './errors';
import { HTML_LIMITS, readHtml } from './html';
import type { SourceMap } from './sourcemap';

export { ReadError, readFailureMessage, type ReadFailureReason } from './errors';
export { formatLocation, locate, NATIONAL_TABLE, type CellOrigin, type DocumentLocation, type LineOrigin, type SourceMap } from './sourcemap';

export type ReportFormat = 'text' | 'docx' | 'html';

export type ReadResult =
  | {
    readonly ok: true;
    readonly format: 'text';
    readonly text: string;
    /** The file's encoding, so `--fix` can write it back the same. */
    readonly encoding: TextEncoding;
  }
  | {
    readonly ok: true;
    readonly format: 'docx' | 'html';
    readonly text: string;
    /** For HTML, the charset the page was decoded with; undefined for .docx. */
    readonly encoding?: string;
    readonly sourceMap: SourceMap;
  }
  | { readonly ok: false; readonly reason: ReadFailureReason; readonly detail?: string };

/** Extensions the readers take, in the order folder discovery lists them. */
export const READABLE_EXTENSIONS: readonly string[] = ['.txt', '.docx', '.html', '.htm'];

/** Largest plain-text report read (far above any real report, which is under 100 KB). */
export const TEXT_LIMIT_BYTES = 64 * 1024 * 1024;

export function formatOf(path: string): ReportFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx' || ext === '.docm' || ext === '.dotx') return 'docx';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || ext === '.shtml') return 'html';
  return 'text';
}

function failure(e: unknown): ReadResult {
  if (e instanceof ReadError) return { ok: false, reason: e.reason, ...(e.detail ? { detail: e.detail } : {}) };
  return { ok: false, reason: 'malformed', detail: e instanceof Error ? e.message : String(e) };
}

/** Reads bytes already in memory; `path` only chooses the format (by its extension). */
export function readReportBytes(bytes: Buffer, path: string): ReadResult {
  const format = formatOf(path);
  try {
    if (format === 'docx') {
      const r = readDocx(bytes);
      return { ok: true, format, text: r.text, sourceMap: r.sourceMap };
    }
    if (format === 'html') {
      const r = readHtml(bytes);
      return { ok: true, format, text: r.text, encoding: r.encoding, sourceMap: r.sourceMap };
    }
    // A .docx saved under another name is still read as Word.
    if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
      const r = readDocx(bytes);
      return { ok: true, format: 'docx', text: r.text, sourceMap: r.sourceMap };
    }
    const decoded = decode(bytes);
    if (!decoded.ok) return { ok: false, reason: decoded.reason };
    return { ok: true, format: 'text', text: decoded.text, encoding: decoded.encoding };
  } catch (e) {
    return failure(e);
  }
}

function limitFor(format: ReportFormat): number {
  return format === 'docx' ? DOCX_LIMITS.fileBytes : format === 'html' ? HTML_LIMITS.fileBytes : TEXT_LIMIT_BYTES;
}

/** Reads a report file. Never throws: a file that cannot be read is a result with its reason. */
export function readReport(path: string): ReadResult {
  try {
    const size = statSync(path).size;
    if (size > limitFor(formatOf(path))) return { ok: false, reason: 'too-large', detail: `${size} bytes` };
    return readReportBytes(readFileSync(path), path);
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}

/** The message for a failed read, in the user's language. */
export function describeFailure(r: Extract<ReadResult, { ok: false }>, lang: 'zh-CN' | 'en'): string {
  return readFailureMessage(r.reason, lang, r.detail);
}
