/**
 * Inlay hints: the figure a cell should hold, beside it — a total that breaks the table's arithmetic, a
 * cell that is no number (见附件, -92, 1O), and a blank cell whose figure the totals give (empty-cell, told once
 * at the table's first heading when the table has several blanks: the blank itself is where nothing else shows).
 */
import { InlayHintKind, type InlayHint } from 'vscode-languageserver/node';
import { automaticFix, comparePositions, compareRanges, localize, type Finding, type Lang, type Range } from '../../shared/src';

/** A figure as a fix writes it in a cell (its digits, thousands and decimals as the cell writes them). */
const FIGURE = /^[0-9０-９]{1,20}(?:[.,，．][0-9０-９]{1,20}){0,6}$/;
const ZERO = /^[0０]$/;

const empty = (r: Range) => comparePositions(r.start, r.end) === 0;

export function inlayHints(findings: readonly Finding[], range: Range, lang: Lang): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const f of findings) {
    // Only a fix that is the figure (not one reading among several) is shown as what the cell should be.
    const fix = automaticFix(f);
    if (!fix) continue;
    for (const edit of fix.edits) {
      const figure = edit.newText.trim();
      if (!FIGURE.test(figure)) continue;
      if (comparePositions(edit.range.end, range.start) < 0 || comparePositions(edit.range.start, range.end) > 0) continue;
      // The finding's own cell; or a blank cell (a figure written where there is none) that the totals fill
      // with a figure — not the 0 a blank of nothing takes, which the message asks for in words.
      const own = compareRanges(edit.range, f.range) === 0;
      const blank = empty(edit.range) && !ZERO.test(figure);
      if (!own && !blank) continue;
      hints.push({
        position: edit.range.end,
        label: lang === 'en' ? `→ ${figure}` : `→ 应为 ${figure}`,
        kind: InlayHintKind.Parameter,
        paddingLeft: !blank,
        tooltip: localize(f.message, lang),
      });
    }
  }
  return hints;
}
