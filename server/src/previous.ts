/**
 * Last year's report for an open document, found beside its file (same folder, same body by title,
 * the year before) and read with the same readers as the command line (.txt, .docx, .html), so the
 * cross-year rules work in the editor without configuration. Related information of their findings
 * points into that file: at the exact range for a text file, or at its start with the place named
 * (`表三 第28行 第4列`) for a Word document or web page, which an editor cannot show as text.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import { localize, parseIdentity, type AnalysisCache, type Lang, type RelatedInformation, type ReportModel } from '../../shared/src';
import { formatLocation, locate, type SourceMap } from '../../shared/node/readers';
import { PreviousReportFinder } from '../../shared/node/readers/previous';
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
   */
  for(uri: string, text: string, cache?: AnalysisCache): PreviousDocument | undefined {
    const file = uri.startsWith('file:') ? uri : viewedFile(uri);
    if (!file) return undefined;
    try {
      const found = this.finder.find(fileURLToPath(file), parseIdentity(text.slice(0, HEAD), cache));
      if (!found) return undefined;
      return { uri: pathToFileURL(found.path).href, model: found.model, ...(found.sourceMap ? { sourceMap: found.sourceMap } : {}) };
    } catch {
      return undefined;
    }
  }

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
