/**
 * Navigation between the prose and the tables (`linksAt` in the core): go to definition on a figure of
 * the prose goes to the table cells it was compared with; find references on a figure or a cell lists
 * every figure of the prose that speaks of the same cells; the cursor on either highlights both sides.
 * Ranges only: the server makes them locations in the document asked about.
 */
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver/node';
import { linksAt, type Position, type Range, type ReportModel } from '../../shared/src';

/** The cells a figure of the prose was compared with; none on a cell or elsewhere. */
export function definitionRanges(model: ReportModel, p: Position): Range[] {
  const links = linksAt(model, p);
  return links?.origin.kind === 'claim' ? links.cells.map((c) => c.range) : [];
}

/** Every figure of the prose that speaks of the same cells, after the cells themselves when the declaration is asked for. */
export function referenceRanges(model: ReportModel, p: Position, includeDeclaration: boolean): Range[] {
  const links = linksAt(model, p);
  if (!links) return [];
  return [...(includeDeclaration ? links.cells.map((c) => c.range) : []), ...links.claims.map((c) => c.range)];
}

/** The cells as written-to (where the figure stands) and the figures of the prose as read from them. */
export function highlights(model: ReportModel, p: Position): DocumentHighlight[] {
  const links = linksAt(model, p);
  if (!links) return [];
  return [
    ...links.cells.map((c) => ({ range: c.range, kind: DocumentHighlightKind.Write })),
    ...links.claims.map((c) => ({ range: c.range, kind: DocumentHighlightKind.Read })),
  ];
}
