/**
 * Reading a report as it arrives — plain text, Word (.docx, or .doc and WPS .wps), OpenDocument text (.odt, .fodt), a web page
 * (.html) or a PDF — into the text the
 * core analyses, with a source map back into the document for the formats that are not text.
 * The command line and the language server both read through `readReport`, so a report gives the
 * same findings wherever it is checked.
 */
import { extname } from 'node:path';
import { decode, type Damage, type TextEncoding } from '../decode';
import { MAX_REPORT_BYTES, ReadError as FileReadError, readReportFile } from '../files';
import { DOC_LIMITS, OLE_MAGIC, readDoc } from './doc';
import { DOCX_LIMITS, readDocx, startsWith } from './docx';
import { ReadError, readFailureMessage, type ReadFailureReason } from './errors';
import { HTML_LIMITS, readHtml } from './html';
import { isFlatOdt, isOdtPackage, ODT_LIMITS, readOdt } from './odt';
import { isPdf, PDF_LIMITS, readPdf } from './pdf';
import type { SourceMap } from './sourcemap';

export { ReadError, readFailureMessage, type ReadFailureReason } from './errors';
export { formatLocation, locate, NATIONAL_TABLE, type CellOrigin, type DocumentLocation, type LineOrigin, type SourceMap } from './sourcemap';

export type ReportFormat = 'text' | 'docx' | 'doc' | 'odt' | 'html' | 'pdf';

export type ReadResult =
  | {
    readonly ok: true;
    readonly format: 'text';
    readonly text: string;
    /** The file's encoding, so `--fix` can write it back the same. */
    readonly encoding: TextEncoding;
    /** Invalid byte sequences read as U+FFFD (the file must then not be written back). */
    readonly damage?: Damage;
  }
  | {
    readonly ok: true;
    readonly format: 'docx' | 'doc' | 'odt' | 'html' | 'pdf';
    readonly text: string;
    /** For HTML, the charset the page was decoded with; undefined for Word and OpenDocument documents. */
    readonly encoding?: string;
    readonly sourceMap: SourceMap;
  }
  | { readonly ok: false; readonly reason: ReadFailureReason; readonly detail?: string };

/** Extensions the readers take, in the order folder discovery lists them. */
export const READABLE_EXTENSIONS: readonly string[] = ['.txt', '.docx', '.doc', '.wps', '.odt', '.fodt', '.html', '.htm', '.pdf'];

/** Largest plain-text report read (far above any real report, which is under 100 KB). */
export const TEXT_LIMIT_BYTES = MAX_REPORT_BYTES;

export function formatOf(path: string): ReportFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx' || ext === '.docm' || ext === '.dotx') return 'docx';
  // WPS's own .wps is Word 97's binary format (Microsoft Works' .wps, another format, is refused by its content).
  if (ext === '.doc' || ext === '.dot' || ext === '.wps') return 'doc';
  // OpenDocument text (LibreOffice, WPS, other suites), its template and its flat XML form.
  if (ext === '.odt' || ext === '.ott' || ext === '.fodt') return 'odt';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || ext === '.shtml') return 'html';
  if (ext === '.pdf') return 'pdf';
  return 'text';
}

/** The opening of a web page (after a BOM, white space, an XML declaration or comments). */
const WEB_PAGE = /^(?:\ufeff|\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;

function failure(e: unknown): ReadResult {
  if (e instanceof ReadError) return { ok: false, reason: e.reason, ...(e.detail ? { detail: e.detail } : {}) };
  return { ok: false, reason: 'malformed', detail: e instanceof Error ? e.message : String(e) };
}

function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

/**
 * A zip package (or a named .docx or .odt that may be damaged) read by what it holds, whatever its name: an
 * OpenDocument text (its `mimetype`) by the .odt reader, a Word package by the .docx reader — a .docx saved under
 * another name (.odt, .txt) is still read as Word, an .odt saved as .docx as OpenDocument.
 */
function readPackage(bytes: Buffer, format: ReportFormat): ReadResult {
  let odtFailure: ReadError | undefined;
  if (format === 'odt' || isOdtPackage(bytes)) {
    try {
      const r = readOdt(bytes);
      return { ok: true, format: 'odt', text: r.text, sourceMap: r.sourceMap };
    } catch (e) {
      // Only a package without OpenDocument content goes on to the Word reader (a renamed .docx).
      if (!(e instanceof ReadError && e.reason === 'odt-no-text' && !isOdtPackage(bytes) && isZip(bytes))) throw e;
      odtFailure = e;
    }
  }
  try {
    const r = readDocx(bytes);
    return { ok: true, format: 'docx', text: r.text, sourceMap: r.sourceMap };
  } catch (e) {
    // An OpenDocument text whose mimetype is not its first, stored entry (some generators) is still one.
    if (e instanceof ReadError && e.reason === 'odt') {
      const r = readOdt(bytes);
      return { ok: true, format: 'odt', text: r.text, sourceMap: r.sourceMap };
    }
    // Neither OpenDocument nor Word: a file named .odt is refused as an .odt.
    if (odtFailure && e instanceof ReadError && e.reason === 'no-document') throw odtFailure;
    throw e;
  }
}

/** Reads bytes already in memory; `path` only chooses the format (by its extension). */
export function readReportBytes(bytes: Buffer, path: string): ReadResult {
  const format = formatOf(path);
  try {
    // An OLE compound file is read by its content: a .doc under any name (a .docx that is really a .doc),
    // or refused as what it is (an encrypted .docx, an OLE file without a Word body).
    if (startsWith(bytes, OLE_MAGIC)) {
      const r = readDoc(bytes);
      return { ok: true, format: 'doc', text: r.text, sourceMap: r.sourceMap };
    }
    // Many sites publish a web page saved by Word as .doc ("Save as Web Page" under the old name): read it as one.
    // Any other .doc is read as any other file: a renamed .docx as Word, text as text, RTF, PDF or binary refused by what it is.
    // So is a web page under no extension at all: piped on standard input (`<stdin>`) or saved as a bare name; its
    // tags read as text gave a page of nonsense findings (<col width="39"/> is not a number).
    if ((format === 'doc' || extname(path) === '') && WEB_PAGE.test(Buffer.from(bytes.subarray(0, 1024)).toString('latin1'))) {
      const r = readHtml(bytes);
      return { ok: true, format: 'html', text: r.text, encoding: r.encoding, sourceMap: r.sourceMap };
    }
    // A PDF is read by its content (`%PDF-` in its first kilobyte), under any name.
    if (isPdf(bytes, format === 'pdf')) {
      const r = readPdf(bytes);
      return { ok: true, format: 'pdf', text: r.text, sourceMap: r.sourceMap };
    }
    if (format === 'docx' || format === 'odt' || isZip(bytes)) return readPackage(bytes, format);
    // A flat OpenDocument text (.fodt) is read by its content too (its root names it), under any name.
    if (isFlatOdt(bytes)) {
      const r = readOdt(bytes);
      return { ok: true, format: 'odt', text: r.text, sourceMap: r.sourceMap };
    }
    if (format === 'html') {
      const r = readHtml(bytes);
      return { ok: true, format, text: r.text, encoding: r.encoding, sourceMap: r.sourceMap };
    }
    const decoded = decode(bytes);
    if (!decoded.ok) return { ok: false, reason: decoded.reason };
    return { ok: true, format: 'text', text: decoded.text, encoding: decoded.encoding, ...(decoded.damage ? { damage: decoded.damage } : {}) };
  } catch (e) {
    return failure(e);
  }
}

/** The largest file of a format that is read. */
export function limitFor(format: ReportFormat): number {
  return format === 'docx' ? DOCX_LIMITS.fileBytes : format === 'odt' ? ODT_LIMITS.fileBytes : format === 'doc' ? DOC_LIMITS.fileBytes : format === 'html' ? HTML_LIMITS.fileBytes : format === 'pdf' ? PDF_LIMITS.fileBytes : TEXT_LIMIT_BYTES;
}

/**
 * Reads a report file. Never throws: a file that cannot be read is a result with its reason. Only
 * regular files are read, without blocking (see `readReportFile`).
 */
export function readReport(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readReportFile(path, limitFor(formatOf(path))).bytes;
  } catch (e) {
    if (e instanceof FileReadError && e.code === 'ETOOBIG') return { ok: false, reason: 'too-large', detail: `${e.size ?? 0} bytes` };
    return { ok: false, reason: 'unreadable', detail: e instanceof FileReadError ? e.code : String(e) };
  }
  return readReportBytes(bytes, path);
}

/** The message for a failed read, in the user's language. */
export function describeFailure(r: Extract<ReadResult, { ok: false }>, lang: 'zh-CN' | 'en'): string {
  return readFailureMessage(r.reason, lang, r.detail);
}
