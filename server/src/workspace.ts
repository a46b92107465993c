/**
 * `govreport/checkWorkspace`: every report file under the given folders, open or not. Files are read
 * with the CLI's helpers (UTF-8, UTF-16, GB18030; binary refused) and checked one at a time, yielding
 * between files so the server keeps answering, and stopping when the request is cancelled.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver/node';
import { analyze, type Lang } from '../../shared/src';
import { decode } from '../../shared/node/decode';
import { discover } from '../../shared/node/files';
import type { CheckWorkspaceResult, GovReportSettings } from '../../shared/protocol';
import { isReport } from '../../shared/protocol/detect';
import { countFindings, tooLargeDiagnostic, toDiagnostic, type RuleDocs } from './diagnostics';
import { isObject } from './params';
import type { PreviousDocument } from './previous';

/** The name marks a report (`*.govreport.txt`), or (with detection on) its opening reads as one. */
export function looksLikeReport(path: string, text: string, detect: boolean): boolean {
  return isReport(path, text, detect);
}

/** Folder URIs (file: only) from the request's params. */
export function workspaceFolders(params: unknown): string[] | undefined {
  if (!isObject(params) || !Array.isArray(params.folders)) return undefined;
  const out: string[] = [];
  for (const f of params.folders) {
    if (typeof f !== 'string') continue;
    try {
      out.push(f.startsWith('file:') ? fileURLToPath(f) : f);
    } catch {
      /* not a file URI: nothing to read */
    }
  }
  return out;
}

/** A file path as open documents and the folder listing are matched by (Windows: the drive letter in lower case). */
export function pathKey(path: string): string {
  const p = resolve(path);
  return process.platform === 'win32' ? p.replace(/^[A-Z]:/, (d: string) => d.toLowerCase()) : p;
}

/** The file a `file:` URI names, as `pathKey` writes it; undefined for another scheme or a malformed URI. */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return pathKey(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export interface WorkspaceHost {
  /**
   * The settings a file is checked with: its workspace folder's, with their rule levels over its
   * `.govreport-lint.json`'s.
   */
  settingsFor(uri: string): Promise<GovReportSettings>;
  readonly lang: Lang;
  readonly docs: RuleDocs;
  /**
   * The URI of the open document of a file, if it is open: open documents are checked from the editor's
   * text, not the file on disk. By path, as the editor's URI encodes a name (`%28` for `(`) as Node does not.
   */
  openUri(path: string): string | undefined;
  /** Re-checks an open document (its diagnostics are published the usual way); returns its counts. */
  checkOpen(uri: string): Promise<{ errors: number; warnings: number; infos: number; hints: number } | undefined>;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  cancelled(): boolean;
  progress?(done: number, total: number): void;
  /** Last year's report for a file, for the cross-year rules. */
  previousFor?(uri: string, text: string, settings: GovReportSettings): PreviousDocument | undefined;
}

/** The first 16 KB of a file as text (UTF-8, leniently; enough to recognise a report's opening). */
function headOf(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16384);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const decoded = decode(buf.subarray(0, n));
    return decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function checkWorkspace(folders: readonly string[], host: WorkspaceHost): Promise<CheckWorkspaceResult | undefined> {
  const { files } = discover(folders);
  const totals = { files: 0, errors: 0, warnings: 0, infos: 0, hints: 0, unreadable: 0, skipped: 0, tooLarge: 0 };
  let lastYield = performance.now();
  for (let i = 0; i < files.length; i++) {
    if (performance.now() - lastYield > 10) {
      await yieldToEventLoop();
      lastYield = performance.now();
      host.progress?.(i, files.length);
    }
    if (host.cancelled()) return undefined;
    const path = files[i]!;
    const open = host.openUri(pathKey(path));
    const uri = open ?? pathToFileURL(path).href;
    if (open) {
      const counts = await host.checkOpen(open);
      if (!counts) continue;
      totals.files++;
      totals.errors += counts.errors;
      totals.warnings += counts.warnings;
      totals.infos += counts.infos;
      totals.hints += counts.hints;
      continue;
    }
    const settings = await host.settingsFor(uri);
    let bytes: Buffer;
    try {
      const size = statSync(path).size;
      if (size > settings.maxDocumentSize * 4 + 4) {
        // Over the limit in any encoding: read only the opening to tell whether it is a report.
        if (!looksLikeReport(path, headOf(path), settings.detectReports)) {
          totals.skipped++;
          continue;
        }
        totals.files++;
        totals.tooLarge++;
        totals.warnings++;
        host.publish(uri, [tooLargeDiagnostic(size, settings.maxDocumentSize, host.lang, 'bytes')]);
        continue;
      }
      bytes = readFileSync(path);
    } catch {
      totals.unreadable++;
      continue;
    }
    const decoded = decode(bytes);
    if (!decoded.ok) {
      totals.unreadable++;
      continue;
    }
    if (!looksLikeReport(path, decoded.text, settings.detectReports)) {
      totals.skipped++;
      continue;
    }
    totals.files++;
    if (decoded.text.length > settings.maxDocumentSize) {
      totals.tooLarge++;
      totals.warnings++;
      host.publish(uri, [tooLargeDiagnostic(decoded.text.length, settings.maxDocumentSize, host.lang)]);
      continue;
    }
    const previous = host.previousFor?.(uri, decoded.text, settings);
    const { findings } = analyze(decoded.text, { rules: settings.rules, ...(previous ? { previous: previous.model } : {}) });
    const counts = countFindings(findings);
    totals.errors += counts.errors;
    totals.warnings += counts.warnings;
    totals.infos += counts.infos;
    totals.hints += counts.hints;
    host.publish(uri, findings.map((f) => toDiagnostic(f, uri, host.lang, host.docs, previous)));
  }
  host.progress?.(files.length, files.length);
  return totals;
}
