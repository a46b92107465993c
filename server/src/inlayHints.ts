/** Inlay hints: the computed value beside a figure that breaks the table's arithmetic. */
import { InlayHintKind, type InlayHint } from 'vscode-languageserver/node';
import { automaticFix, comparePositions, localize, type Finding, type Lang, type Range } from '../../shared/src';

const ARITHMETIC = new Set(['row-total', 'column-total', 'balance', 'review-total']);

export function inlayHints(findings: readonly Finding[], range: Range, lang: Lang): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const f of findings) {
    if (!ARITHMETIC.has(f.code)) continue;
    if (comparePositions(f.range.end, range.start) < 0 || comparePositions(f.range.start, range.end) > 0) continue;
    // Only a fix that is the figure (not one reading among several) is shown as what the cell should be.
    const edit = automaticFix(f)?.edits.find((e) => comparePositions(e.range.start, f.range.start) === 0 && comparePositions(e.range.end, f.range.end) === 0);
    if (!edit) continue;
    hints.push({
      position: f.range.end,
      label: lang === 'en' ? `→ ${edit.newText.trim()}` : `→ 应为 ${edit.newText.trim()}`,
      kind: InlayHintKind.Parameter,
      paddingLeft: true,
      tooltip: localize(f.message, lang),
    });
  }
  return hints;
}
