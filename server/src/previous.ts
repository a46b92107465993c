/**
 * Last year's report for an open document, found beside its file (same folder, same body by title,
 * the year before) and read with the same readers as the command line (.txt, .docx, .html), so the
 * cross-year rules work in the editor without configuration. Related information of their findings
 * points into that file: at the exact range for a text file, or at its start with the place named
 * (`表三 第28行 第4列`) for a Word document or web page, which an editor cannot show as text.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import { detach, localize, parseReport, type Lang, type RelatedInformation, type ReportModel } from '../../shared/src';
import { formatLocation, locate, type SourceMap } from '../../shared/node/readers';
import { PreviousReportFinder } from '../../shared/node/readers/previous';
import { viewedFile } from './readDocument';

export interface PreviousDocument {
  readonly uri: string;
  readonly model: ReportModel;
  readonly sourceMap?: SourceMap;
}

/** The opening of a document is enough for its title and year. */
const HEAD = 4000;

export class PreviousReports {
  private readonly finder = new PreviousReportFinder();
  /** Each document's opening as last parsed: a keystroke further down does not parse it again. */
  private readonly heads = new Map<string, { readonly head: string; readonly model: ReportModel }>();

  /** Last year's report for the document at `uri` (a file, or the read-only view of one); never throws. */
  for(uri: string, text: string): PreviousDocument | undefined {
    const file = uri.startsWith('file:') ? uri : viewedFile(uri);
    if (!file) return undefined;
    try {
      const head = text.slice(0, HEAD);
      let known = this.heads.get(uri);
      if (known?.head !== head) {
        const own = detach(head); // not a view that would keep the whole document alive
        this.heads.set(uri, (known = { head: own, model: parseReport(own) }));
      }
      const found = this.finder.find(fileURLToPath(file), known.model);
      if (!found) return undefined;
      return { uri: pathToFileURL(found.path).href, model: found.model, ...(found.sourceMap ? { sourceMap: found.sourceMap } : {}) };
    } catch {
      return undefined;
    }
  }

  /** Forgets a closed document. */
  close(uri: string): void {
    this.heads.delete(uri);
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
