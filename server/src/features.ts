/**
 * The features that need the report model (outline, folding, hover, links between prose and tables,
 * fix-all), as one plain-data request → plain-data result function.
 */
import type { DocumentHighlight, DocumentSymbol, FoldingRange, Hover, TextEdit } from 'vscode-languageserver/node';
import { automaticFix, fixAll, type Analysis, type Lang, type Position, type Range, type RuleSetting } from '../../shared/src';
import { minimalEdits } from './diff';
import { hoverAt } from './hover';
import { definitionRanges, highlights, referenceRanges } from './links';
import { documentSymbols, foldingRanges } from './symbols';

export type ModelRequest =
  | { readonly op: 'symbols'; readonly lang: Lang }
  | { readonly op: 'folding' }
  | { readonly op: 'hover'; readonly position: Position; readonly lang: Lang; readonly markdown: boolean }
  | { readonly op: 'definition'; readonly position: Position }
  | { readonly op: 'references'; readonly position: Position; readonly includeDeclaration: boolean }
  | { readonly op: 'highlight'; readonly position: Position }
  | { readonly op: 'fixAll'; readonly rules: Readonly<Record<string, RuleSetting>> };

export interface ModelResults {
  symbols: DocumentSymbol[];
  folding: FoldingRange[];
  hover: Hover | null;
  definition: Range[];
  references: Range[];
  highlight: DocumentHighlight[];
  fixAll: TextEdit[];
}

/** Minimal edits that apply every fix (the core re-analyses the fixed text after each pass). */
export function fixAllEdits(text: string, analysis: Analysis, rules: Readonly<Record<string, RuleSetting>>): TextEdit[] {
  if (!analysis.findings.some((f) => automaticFix(f) !== undefined)) return [];
  const fixed = fixAll(text, { rules });
  return fixed.changed ? minimalEdits(text, fixed.text) : [];
}

/** `text` gives the document's text, for the one request that needs it whole (fix-all). */
export function runModelRequest<R extends ModelRequest>(text: () => string, analysis: Analysis, req: R): ModelResults[R['op']];
export function runModelRequest(text: () => string, analysis: Analysis, req: ModelRequest): ModelResults[ModelRequest['op']] {
  switch (req.op) {
    case 'symbols':
      return documentSymbols(analysis.model, req.lang);
    case 'folding':
      return foldingRanges(analysis.model);
    case 'hover':
      return hoverAt(analysis.model, req.position, req.lang, req.markdown);
    case 'definition':
      return definitionRanges(analysis.model, req.position);
    case 'references':
      return referenceRanges(analysis.model, req.position, req.includeDeclaration);
    case 'highlight':
      return highlights(analysis.model, req.position);
    case 'fixAll':
      return fixAllEdits(text(), analysis, req.rules);
  }
}
