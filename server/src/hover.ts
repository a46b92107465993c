/**
 * Hovers: on a number cell of table 三 or 四, every relation the cell takes part in, with the figures
 * as the table stands (`171 + 7 + 0 + 0 + 0 + 0 = 178 ✓`); on any cell, the figures of the prose that
 * speak of it, each with whether it agrees; on a figure of the prose, what the checker read it as: the
 * table figures it may mean, each with its value and whether it agrees.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import { cellAt, cellName, cellsSum, claimAgrees, claimAt, claimsLinkedTo, formatFigure, localize, relationFigures, relationsAt, relationWords, text, type Cell, type Claim, type Lang, type Position, type ReportModel } from '../../shared/src';

const NOT_CHECKED = text('（有空白或非数字的单元格，或缺少所需的行，未核对）', '(not checked: a blank or non-numeric cell, or a missing row)');
const NO_FIGURE = text('（表格中没有这个数，未核对）', '(not in the tables: not checked)');
const PROSE = text('正文说到这个数的地方', 'Where the prose speaks of this figure');
/** Figures of the prose listed on a cell's hover at most (a pasted document may repeat one thousands of times). */
const PROSE_LISTED = 8;
const NO_READING = text('表格中没有可以核对的数字（表格缺失或相应单元格空白）', 'The tables hold no figure to check it against (a table is missing, or its cells are blank)');

function claimHover(claim: Claim, lang: Lang, markdown: boolean): Hover {
  const said = `${claim.value}${claim.unit}`;
  // The sentence's other reading of the figure (失效31件，废止4件 for table 二's 废止 of 35; the whole's 178
  // beside the office's 35), else a ✓ would stand beside a figure other than the one the prose writes.
  const also = claim.alternatives.map((v) => `${formatFigure(v)}${claim.unit}`).join(lang === 'en' ? ', ' : '、');
  const title = claim.zero
    ? lang === 'en' ? 'The prose says there were none (0): read as' : '正文说没有（按0核对），读作：'
    : also
    ? lang === 'en' ? `The prose says ${said} (or ${also}, as its sentence also reads): read as` : `正文的数字 ${said}（按同一句的说法也可读作 ${also}），读作：`
    : lang === 'en' ? `The prose says ${said}: read as` : `正文的数字 ${said}，读作：`;
  const colon = lang === 'en' ? ': ' : '：';
  const lines = claim.readings.map((r) => {
    const name = localize(r.name, lang);
    // A sum of cells shows its terms: 178 + 5 = 183 ✗.
    const sum = r.value === undefined ? undefined : cellsSum(r.cells, r.value);
    const figure = r.value === undefined ? localize(NO_FIGURE, lang) : `${sum ? `${sum} = ` : ''}${formatFigure(r.value)} ${claimAgrees(claim, r.value) ? '✓' : '✗'}`;
    return markdown ? `- ${escapeMarkdown(name)}${colon}${r.value === undefined ? figure : `\`${figure}\``}` : `• ${name}${colon}${figure}`;
  });
  if (lines.length === 0) lines.push(markdown ? `- ${localize(NO_READING, lang)}` : `• ${localize(NO_READING, lang)}`);
  const value = markdown ? [`**${escapeMarkdown(title)}**`, '', ...lines].join('\n') : [title, ...lines].join('\n');
  return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value }, range: claim.range };
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
}

/** The figures of the prose that speak of `cell`, each with ✓ or ✗ (agreeing with the tables); none: no lines. */
function proseLines(model: ReportModel, cell: Cell, lang: Lang, markdown: boolean): string[] {
  const claims = claimsLinkedTo(model, [cell]);
  if (claims.length === 0) return [];
  const mark = (c: Claim) => (c.holds === true ? ' ✓' : c.holds === false ? ' ✗' : '');
  const items = claims.slice(0, PROSE_LISTED).map((c) => `“${c.text}”${mark(c)}`);
  const more = claims.length - PROSE_LISTED;
  if (more > 0) items.push(lang === 'en' ? `… and ${more} more` : `…另有 ${more} 处`);
  const lines = items.map((item) => (markdown ? `- ${escapeMarkdown(item)}` : `• ${item}`));
  const title = localize(PROSE, lang);
  return [markdown ? `**${escapeMarkdown(title)}**` : title, ...(markdown ? [''] : []), ...lines];
}

export function hoverAt(model: ReportModel, position: Position, lang: Lang, markdown: boolean): Hover | null {
  const hit = relationsAt(model, position);
  if (!hit || !hit.cell.cell) {
    const claim = claimAt(model, position);
    if (claim) return claimHover(claim, lang, markdown);
    // A cell in no relation (table 二's): the prose that speaks of it, if any.
    const cell = cellAt(model, position);
    const prose = cell ? proseLines(model, cell.cell, lang, markdown) : [];
    if (!cell || prose.length === 0) return null;
    const title = localize(cellName(cell), lang);
    const value = markdown ? [`**${escapeMarkdown(title)}**`, '', ...prose].join('\n') : [title, ...prose].join('\n');
    return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value }, range: cell.cell.range };
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
  const prose = proseLines(model, hit.cell.cell, lang, markdown);
  if (prose.length > 0) lines.push('', ...prose);
  const value = markdown ? [`**${escapeMarkdown(title)}**`, '', ...lines].join('\n') : [title, ...lines].join('\n');
  return {
    contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value },
    range: hit.cell.cell.range,
  };
}
