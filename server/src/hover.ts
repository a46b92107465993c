/**
 * Hovers: on a number cell of table 三 or 四, every relation the cell takes part in, with the figures
 * as the table stands (`171 + 7 + 0 + 0 + 0 + 0 = 178 ✓`).
 */
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import { cellName, localize, relationFigures, relationsAt, relationWords, text, type Lang, type Position, type ReportModel } from '../../shared/src';

const NOT_CHECKED = text('（有空白或非数字的单元格，或缺少所需的行，未核对）', '(not checked: a blank or non-numeric cell, or a missing row)');

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
}

export function hoverAt(model: ReportModel, position: Position, lang: Lang, markdown: boolean): Hover | null {
  const hit = relationsAt(model, position);
  if (!hit || !hit.cell.cell) return null;
  const title = localize(cellName(hit.cell), lang);
  const lines: string[] = [];
  for (const state of hit.states) {
    const words = localize(relationWords(state.relation), lang);
    const figures = relationFigures(state, true);
    const note = state.evaluable ? '' : ` ${localize(NOT_CHECKED, lang)}`;
    const colon = lang === 'en' ? ': ' : '：';
    lines.push(markdown ? `- ${escapeMarkdown(words)}${colon}\`${figures}\`${note}` : `• ${words}${colon}${figures}${note}`);
  }
  const value = markdown ? [`**${escapeMarkdown(title)}**`, '', ...lines].join('\n') : [title, ...lines].join('\n');
  return {
    contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value },
    range: hit.cell.cell.range,
  };
}
