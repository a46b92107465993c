/**
 * Hovers: on a number cell of table 三 or 四, every relation the cell takes part in, with the figures
 * as the table stands (`171 + 7 + 0 + 0 + 0 + 0 = 178 ✓`); on a figure of the prose, what the checker
 * read it as: the table figures it may mean, each with its value and whether it agrees.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import { cellName, claimAgrees, claimAt, formatFigure, localize, relationFigures, relationsAt, relationWords, text, type Claim, type Lang, type Position, type ReportModel } from '../../shared/src';

const NOT_CHECKED = text('（有空白或非数字的单元格，或缺少所需的行，未核对）', '(not checked: a blank or non-numeric cell, or a missing row)');
const NO_FIGURE = text('（表格中没有这个数，未核对）', '(not in the tables: not checked)');
const NO_READING = text('表格中没有可以核对的数字（表格缺失或相应单元格空白）', 'The tables hold no figure to check it against (a table is missing, or its cells are blank)');

function claimHover(claim: Claim, lang: Lang, markdown: boolean): Hover {
  const said = `${claim.value}${claim.unit}`;
  const title = claim.zero
    ? lang === 'en' ? 'The prose says there were none (0): read as' : '正文说没有（按0核对），读作：'
    : lang === 'en' ? `The prose says ${said}: read as` : `正文的数字 ${said}，读作：`;
  const colon = lang === 'en' ? ': ' : '：';
  const lines = claim.readings.map((r) => {
    const name = localize(r.name, lang);
    const figure = r.value === undefined ? localize(NO_FIGURE, lang) : `${formatFigure(r.value)} ${claimAgrees(claim, r.value) ? '✓' : '✗'}`;
    return markdown ? `- ${escapeMarkdown(name)}${colon}${r.value === undefined ? figure : `\`${figure}\``}` : `• ${name}${colon}${figure}`;
  });
  if (lines.length === 0) lines.push(markdown ? `- ${localize(NO_READING, lang)}` : `• ${localize(NO_READING, lang)}`);
  const value = markdown ? [`**${escapeMarkdown(title)}**`, '', ...lines].join('\n') : [title, ...lines].join('\n');
  return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value }, range: claim.range };
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
}

export function hoverAt(model: ReportModel, position: Position, lang: Lang, markdown: boolean): Hover | null {
  const hit = relationsAt(model, position);
  if (!hit || !hit.cell.cell) {
    const claim = claimAt(model, position);
    return claim ? claimHover(claim, lang, markdown) : null;
  }
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
