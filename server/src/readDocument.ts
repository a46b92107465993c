/**
 * `govreport/readDocument`: a Word document or web page read as report text, for the client's
 * read-only view of it. The same readers as the command line, so the view shows exactly the text whose
 * findings the command line reports. Local files only; nothing is written.
 */
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../shared/src';
import { describeFailure, readReport } from '../../shared/node/readers';
import { DOCUMENT_VIEW_SCHEME, type ReadDocumentResult } from '../../shared/protocol';
import { isObject } from './params';

export function readDocument(params: unknown, lang: Lang): ReadDocumentResult | undefined {
  if (!isObject(params) || typeof params.uri !== 'string') return undefined;
  let path: string;
  try {
    if (!params.uri.startsWith('file:')) throw new Error('not a file URI');
    path = fileURLToPath(params.uri);
  } catch {
    return { ok: false, message: lang === 'en' ? `Only local files can be read: ${params.uri}` : `只能读取本机上的文件：${params.uri}` };
  }
  const r = readReport(path);
  return r.ok ? { ok: true, format: r.format, text: r.text } : { ok: false, message: describeFailure(r, lang) };
}

/** The file URI a read-only view shows (`govreport-document:/a/b.docx` → `file:///a/b.docx`). */
export function viewedFile(uri: string): string | undefined {
  if (!uri.startsWith(`${DOCUMENT_VIEW_SCHEME}:`)) return undefined;
  try {
    const u = new URL(uri);
    return new URL(`file://${u.host}${u.pathname}`).href;
  } catch {
    return undefined;
  }
}
