/**
 * Last year's report for an open document, found beside its file (same folder, same body by title,
 * the year before) and read with the same readers as the command line (.txt, .docx, .doc, .odt, .html), so the
 * cross-year rules work in the editor without configuration. Related information of their findings
 * points into that file: at the exact range for a text file, or at its start with the place named
 * (`表三 第28行 第4列`) for a Word document or web page, which an editor cannot show as text.
 */
import { statSync } from 'node:fs';
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import { localize, parseIdentity, type AnalysisCache, type Lang, type RelatedInformation, type ReportIdentity, type ReportModel } from '../../shared/src';
import { formatLocation, locate, type SourceMap } from '../../shared/node/readers';
import { PreviousReportFinder, type PreviousReport } from '../../shared/node/readers/previous';
import { viewedFile } from './readDocument';

export interface PreviousDocument {
  readonly uri: string;
  readonly model: ReportModel;
  readonly sourceMap?: SourceMap;
}

/** The opening of a document is enough for its title and year. */
export const HEAD = 4000;

export class PreviousReports {
  private readonly finder = new PreviousReportFinder();

  /**
   * Last year's report for the document at `uri` (a file, or the read-only view of one); never throws.
   * Its title and year are read from its opening on every call (with the document's analysis cache,
   * only the lines that changed are read again), so a keystroke costs a fraction of a parse.
   *
   * `setting` (`govreport.previousReport`): a file or a folder to take it from, relative to the workspace
   * folder holding the document (`roots`), or else to the document's folder; when it gives nothing for this
   * document (another body's report, a folder without it, a path that does not exist), the folder beside the
   * document is looked in, as without the setting.
   */
  for(uri: string, text: string, cache?: AnalysisCache, setting = '', roots: readonly string[] = []): PreviousDocument | undefined {
    const file = uri.startsWith('file:') ? uri : viewedFile(uri);
    if (!file) return undefined;
    try {
      const path = fileURLToPath(file);
      const id = parseIdentity(text.slice(0, HEAD), cache);
      const place = configuredPlace(setting, path, roots);
      const found = (place && this.inPlace(place, path, id)) || this.finder.find(path, id);
      if (!found) return undefined;
      return { uri: pathToFileURL(found.path).href, model: found.model, ...(found.sourceMap ? { sourceMap: found.sourceMap } : {}) };
    } catch {
      return undefined;
    }
  }

  private inPlace(place: string, path: string, id: ReportIdentity): PreviousReport | undefined {
    let st;
    try {
      st = statSync(place);
    } catch {
      return undefined;
    }
    if (st.isDirectory()) return this.finder.find(path, id, place);
    return st.isFile() ? this.finder.findFile(place, id, path) : undefined;
  }
}

/** The setting's path made absolute: from the workspace folder holding the document, or else the document's folder. */
export function configuredPlace(setting: string, documentPath: string, roots: readonly string[]): string | undefined {
  if (setting === '') return undefined;
  if (isAbsolute(setting)) return setting;
  const doc = resolve(documentPath);
  const holding = roots.map((r) => resolve(r)).filter((r) => doc.startsWith(r.endsWith(sep) ? r : r + sep));
  const root = holding.sort((a, b) => b.length - a.length)[0] ?? dirname(doc);
  return resolve(root, setting);
}

/** A finding's related information in LSP terms, with ranges in last year's report sent there. */
export function relatedInformation(r: RelatedInformation, uri: string, lang: Lang, previous: PreviousDocument | undefined): DiagnosticRelatedInformation {
  const message = localize(r.message, lang);
  if (r.document !== 'previous' || !previous) return { location: { uri, range: r.range }, message };
  if (!previous.sourceMap) return { location: { uri: previous.uri, range: r.range }, message };
  const kindAt = (line: number) => previous.model.tables.find((t) => t.startLine <= line && line <= t.endLine)?.kind;
  const loc = locate(previous.sourceMap, r.range, kindAt);
  const start = { line: 0, character: 0 };
  return { location: { uri: previous.uri, range: { start, end: start } }, message: loc ? `${message}（${formatLocation(loc, lang)}）` : message };
}
