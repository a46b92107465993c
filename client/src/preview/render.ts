/**
 * The preview's page: the report's three tables drawn as real tables, every cell a finding names marked
 * by its severity, the finding's message on hover (the `title` tooltip). Static HTML and one nonced
 * style sheet: no script at all, nothing from the report is inserted unescaped, and the Content
 * Security Policy allows nothing else (`default-src 'none'`).
 *
 * Pure (no vscode): the extension feeds it the server's `govreport/tables` result, and a browser test
 * renders the very same page in Chromium.
 */
import type { Lang, PreviewCell, PreviewNote, PreviewRow, PreviewTable, Severity } from '../../../shared/src';
import type { TablesResult } from '../../../shared/protocol';

export interface RenderOptions {
  readonly lang: Lang;
  /** A fresh random value per page (allows the one style sheet). */
  readonly nonce: string;
  /** The report's file name, for the heading. */
  readonly name: string;
}

const WORDS = {
  'zh-CN': {
    title: '年报表格预览',
    none: '没有找到表二、表三、表四。',
    missing: '缺少',
    blank: '空白',
    checked: '检查于',
    legend: { error: '错误', warning: '警告', info: '提示', hint: '建议' },
    old: '2019 年试行格式',
    waiting: '正在检查……',
  },
  en: {
    title: 'Tables preview',
    none: 'No tables 二, 三 or 四 found.',
    missing: 'Missing',
    blank: 'blank',
    checked: 'checked at',
    legend: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
    old: '2019 trial format',
    waiting: 'Checking…',
  },
} as const;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and double- or single-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const tooltip = (notes: readonly PreviewNote[]) => notes.map((n) => `[${n.code}] ${n.message}`).join('\n');

function marks(severity: Severity | undefined, notes: readonly PreviewNote[], extra = ''): string {
  const cls = [extra, severity ? `sev-${severity}` : ''].filter(Boolean).join(' ');
  const title = notes.length > 0 ? ` title="${escapeHtml(tooltip(notes))}"` : '';
  return `${cls ? ` class="${cls}"` : ''}${title}`;
}

function cellHtml(cell: PreviewCell, column: string, lang: Lang): string {
  if (cell.absent) return `<td class="absent" data-column="${escapeHtml(column)}"></td>`;
  const blank = cell.text === '';
  const where = ` data-line="${cell.range.start.line + 1}" data-column="${escapeHtml(column)}"`;
  return `<td${marks(cell.severity, cell.notes, blank ? 'blank' : 'cell')}${where}>${blank ? `<span class="blank-mark">${WORDS[lang].blank}</span>` : escapeHtml(cell.text)}</td>`;
}

/** Header rows for a run of rows with the same columns: two levels when the names are `group·column`. */
function headerHtml(columns: readonly string[]): string {
  const split = columns.every((c) => c.includes('·')) ? columns.map((c) => c.split('·') as [string, string]) : undefined;
  if (!split) return `<tr class="head"><th></th>${columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`;
  const groups: { name: string; span: number }[] = [];
  for (const [g] of split) {
    const last = groups[groups.length - 1];
    if (last && last.name === g) last.span++;
    else groups.push({ name: g, span: 1 });
  }
  return (
    `<tr class="head"><th rowspan="2"></th>${groups.map((g) => `<th scope="colgroup" colspan="${g.span}">${escapeHtml(g.name)}</th>`).join('')}</tr>` +
    `<tr class="head">${split.map(([, c]) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`
  );
}

function rowsHtml(rows: readonly PreviewRow[], lang: Lang): string {
  let out = '';
  let columnsKey: string | undefined;
  let group: string | undefined;
  const shown = new Set<string>();
  for (const row of rows) {
    const key = row.columns.join('\u0000');
    if (key !== columnsKey) {
      out += headerHtml(row.columns);
      columnsKey = key;
    }
    if (row.group !== group) {
      group = row.group;
      // A group heading once: （七）总计 belongs to 三、本年度办理结果 again without repeating it.
      if (group && !shown.has(group)) out += `<tr class="group"><th colspan="${row.columns.length + 1}">${escapeHtml(group)}</th></tr>`;
      if (group) shown.add(group);
    }
    out += `<tr${row.severity ? ` class="row-${row.severity}"` : ''}><th scope="row"${marks(row.notes.length > 0 ? row.severity : undefined, row.notes, 'label')} data-line="${row.labelRange.start.line + 1}">${escapeHtml(row.label)}</th>`;
    out += row.cells.map((c, i) => cellHtml(c, row.columns[i] ?? '', lang)).join('');
    out += '</tr>';
  }
  return out;
}

function tableHtml(t: PreviewTable, lang: Lang): string {
  const w = WORDS[lang];
  const notes = t.notes.length > 0 ? `<ul class="notes">${t.notes.map((n) => `<li class="sev-${n.severity}">${escapeHtml(n.message)} <code>${escapeHtml(n.code)}</code></li>`).join('')}</ul>` : '';
  const old = t.version === 2019 ? ` <span class="old">${w.old}</span>` : '';
  return `<section class="table table-${t.kind}" data-kind="${t.kind}"><h2>${escapeHtml(t.title)}${old}</h2>${notes}<div class="scroll"><table>${rowsHtml(t.rows, lang)}</table></div></section>`;
}

const STYLE = `
body { font-family: var(--vscode-font-family, system-ui, "Noto Sans CJK SC", sans-serif); font-size: var(--vscode-font-size, 13px);
  color: var(--vscode-foreground, #1f1f1f); background: var(--vscode-editor-background, #ffffff); margin: 0 16px 24px; }
h1 { font-size: 1.3em; font-weight: 600; margin: 16px 0 4px; }
h2 { font-size: 1.1em; font-weight: 600; margin: 20px 0 6px; }
.meta { color: var(--vscode-descriptionForeground, #616161); margin: 0 0 8px; }
.legend span { display: inline-block; margin-right: 12px; padding: 0 6px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--vscode-editorWidget-border, #c8c8c8); padding: 2px 6px; }
th { font-weight: normal; text-align: left; }
tr.head th { background: var(--vscode-editorWidget-background, #f3f3f3); text-align: center; font-size: 0.9em; }
tr.group th { font-weight: 600; background: var(--vscode-editorWidget-background, #f3f3f3); }
th.label { max-width: 28em; }
td { text-align: right; font-variant-numeric: tabular-nums; min-width: 2.5em; }
td.blank { text-align: center; }
td.absent { background: repeating-linear-gradient(135deg, transparent 0 4px, var(--vscode-editorWidget-border, #c8c8c8) 4px 5px); }
.blank-mark { color: var(--vscode-disabledForeground, #9e9e9e); font-size: 0.85em; }
.sev-error { background: var(--vscode-inputValidation-errorBackground, #fde7e9); outline: 2px solid var(--vscode-editorError-foreground, #e51400); outline-offset: -2px; }
.sev-warning { background: var(--vscode-inputValidation-warningBackground, #fff4ce); outline: 2px solid var(--vscode-editorWarning-foreground, #bf8803); outline-offset: -2px; }
.sev-info { outline: 2px solid var(--vscode-editorInfo-foreground, #1a85ff); outline-offset: -2px; }
.sev-hint { text-decoration: underline dotted var(--vscode-editorHint-foreground, #6c6c6c); }
td[title], th[title] { cursor: help; }
ul.notes { margin: 0 0 6px; padding-left: 1.2em; }
ul.notes li { background: none; outline: none; }
ul.notes li.sev-error::marker { color: var(--vscode-editorError-foreground, #e51400); }
ul.notes li.sev-warning::marker { color: var(--vscode-editorWarning-foreground, #bf8803); }
code { font-size: 0.85em; color: var(--vscode-descriptionForeground, #616161); }
.old { font-size: 0.8em; font-weight: normal; color: var(--vscode-editorWarning-foreground, #bf8803); }
`;

/** The whole page. `view` is the server's answer (null: not checked yet, or not a report). */
export function renderPreview(view: TablesResult, o: RenderOptions): string {
  const w = WORDS[o.lang];
  const csp = `default-src 'none'; style-src 'nonce-${o.nonce}'; img-src 'none'; script-src 'none'; form-action 'none'; frame-src 'none'`;
  let body: string;
  if (!view) {
    body = `<p class="meta">${w.waiting}</p>`;
  } else {
    const legend = `<p class="legend">${(['error', 'warning', 'info', 'hint'] as const).map((s) => `<span class="sev-${s}">${w.legend[s]}</span>`).join('')}</p>`;
    const time = new Date(view.checkedAt);
    const when = Number.isNaN(time.getTime()) ? '' : `${w.checked} ${time.toLocaleTimeString(o.lang === 'zh-CN' ? 'zh-CN' : 'en-GB', { hour12: false })}`;
    const missing = view.missing.length > 0 ? `<p class="meta missing">${w.missing}：${view.missing.map(escapeHtml).join('、')}</p>` : '';
    const tables = view.tables.length > 0 ? view.tables.map((t) => tableHtml(t, o.lang)).join('') : `<p>${w.none}</p>`;
    body = `<p class="meta">${escapeHtml(when)}</p>${legend}${missing}${tables}`;
  }
  return `<!DOCTYPE html>
<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${w.title} — ${o.name}`)}</title>
<style nonce="${escapeHtml(o.nonce)}">${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(`${w.title} — ${o.name}`)}</h1>
${body}
</body>
</html>
`;
}
