/**
 * Real Word and HTML documents built from report texts, for the reader tests.
 *
 * A report's text is parsed by the core; its prose lines become paragraphs and its tables are rebuilt
 * in the national template's own Word structure (国办公开办函〔2021〕30号, TPL in format.md): table 三's
 * three header rows with the merged note cell, 申请人情况 over seven columns, 法人或其他组织 over five;
 * 三、本年度办理结果 and the （三）–（六） group cells merged down their rows (`w:vMerge`); one-cell
 * captions across table 二 (`w:gridSpan`); table 四's two header rows over fifteen figures. The cell
 * values and labels are the report's own, so the document says what the text says.
 *
 * The same structure is written as real OOXML (zipped with fflate) and as HTML (rowspan/colspan).
 */
import { strToU8, zipSync } from 'fflate';
import { parseReport, type Table, type TableRow } from '../../shared/src';

export interface SpecCell {
  readonly text: string;
  /** Grid columns spanned (w:gridSpan / colspan). */
  readonly span?: number;
  /** Vertical merge: this cell starts one, or continues the one above. */
  readonly vmerge?: 'restart' | 'continue';
}

export type Block =
  | {
    readonly kind: 'p';
    readonly text: string;
    /** Numbered by a list (numId 1, this level) instead of typed. */
    readonly list?: { readonly level: number };
    /** A page break (`w:br w:type="page"`) before the text; the HTML page shows nothing of it. */
    readonly pageBreak?: boolean;
  }
  | { readonly kind: 'table'; readonly grid: number; readonly rows: readonly (readonly SpecCell[])[] };

const cell = (text: string, span = 1, vmerge?: 'restart' | 'continue'): SpecCell => ({ text, ...(span > 1 ? { span } : {}), ...(vmerge ? { vmerge } : {}) });

function values(row: TableRow | undefined, count: number): SpecCell[] {
  const out: SpecCell[] = [];
  for (let i = 0; i < count; i++) out.push(cell(row?.cells[i]?.raw.replace(/\s+/g, ' ').trim() ?? ''));
  for (const e of row?.extraCells ?? []) out.push(cell(e.raw.trim()));
  return out;
}

function labelOf(row: TableRow): string {
  return row.label.replace(/\s+/g, ' ').trim();
}

function activeTable(t: Table): Block {
  const byId = new Map(t.rows.filter((r) => r.spec).map((r) => [r.spec!.id, r]));
  const rows: SpecCell[][] = [];
  const block = (caption: string, header: string[], ids: string[]) => {
    if (!ids.some((id) => byId.has(id))) return;
    rows.push([cell(caption, 4)]);
    rows.push(header.length === 3 ? [cell('信息内容'), ...header.map((h) => cell(h))] : [cell('信息内容'), cell(header[0]!, 3)]);
    for (const id of ids) {
      const r = byId.get(id);
      if (!r) continue;
      const n = r.spec!.columns.length;
      rows.push(n === 3 ? [cell(labelOf(r)), ...values(r, 3)] : [cell(labelOf(r)), { ...values(r, 1)[0]!, span: 3 }]);
    }
  };
  block('第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'], ['regulation', 'normative']);
  block('第二十条第（五）项', ['本年处理决定数量'], ['license']);
  block('第二十条第（六）项', ['本年处理决定数量'], ['penalty', 'coercion']);
  block('第二十条第（八）项', ['本年收费金额（单位：万元）'], ['fee']);
  return { kind: 'table', grid: 4, rows };
}

const GROUP_LABELS: Readonly<Record<string, string>> = {
  withhold: '（三）不予公开',
  unable: '（四）无法提供',
  reject: '（五）不予处理',
  otherHandling: '（六）其他处理',
};

function requestsTable(t: Table): Block {
  const rows: SpecCell[][] = [
    [cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 'restart'), cell('申请人情况', 7)],
    [cell('', 3, 'continue'), cell('自然人', 1, 'restart'), cell('法人或其他组织', 5), cell('总计', 1, 'restart')],
    [cell('', 3, 'continue'), cell('', 1, 'continue'), cell('商业企业'), cell('科研机构'), cell('社会公益组织'), cell('法律服务机构'), cell('其他'), cell('', 1, 'continue')],
  ];
  let inResult = false;
  let group: string | undefined;
  for (const r of t.rows) {
    const spec = r.spec;
    const groupId = spec?.group && spec.group !== 'result' ? spec.group : undefined;
    const isResult = spec?.group !== undefined || r.subtotalOf !== undefined;
    const vals = values(r, 7);
    if (!isResult) {
      inResult = false;
      group = undefined;
      rows.push([cell(labelOf(r), 3), ...vals]);
      continue;
    }
    const first = cell('三、本年度办理结果', 1, inResult ? 'continue' : 'restart');
    inResult = true;
    if (groupId) {
      const g = cell(GROUP_LABELS[groupId] ?? '', 1, group === groupId ? 'continue' : 'restart');
      group = groupId;
      rows.push([first, g, cell(labelOf(r)), ...vals]);
    } else {
      group = undefined;
      rows.push([first, cell(labelOf(r), 2), ...vals]);
    }
  }
  return { kind: 'table', grid: 10, rows };
}

function reviewTable(t: Table): Block {
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const row = t.rows[0];
  return {
    kind: 'table',
    grid: 15,
    rows: [
      [cell('行政复议', 5), cell('行政诉讼', 10)],
      [...five.map((h) => cell(h, 1, 'restart')), cell('未经复议直接起诉', 5), cell('复议后起诉', 5)],
      [...five.map(() => cell('', 1, 'continue')), ...five.map((h) => cell(h)), ...five.map((h) => cell(h))],
      values(row, 15),
    ],
  };
}

/** The report as a document: prose lines as paragraphs, its tables in the template's structure. */
export function reportDocument(text: string): Block[] {
  const model = parseReport(text);
  const blocks: Block[] = [];
  const tableAt = new Map(model.tables.map((t) => [t.startLine, t]));
  for (let l = 0; l < model.lines.length; l++) {
    const t = tableAt.get(l);
    if (t) {
      blocks.push(t.kind === 'active' ? activeTable(t) : t.kind === 'requests' ? requestsTable(t) : reviewTable(t));
      l = t.endLine;
      continue;
    }
    if (model.tableLines.has(l)) continue;
    const line = model.lines[l]!.text;
    if (line.trim() === '') continue;
    blocks.push({ kind: 'p', text: line });
  }
  return blocks;
}

/**
 * The document with its table of `grid` columns (table 三: 10) split in two before its row `cut` (1-based: the
 * second part starts with that row), as an editor's cut leaves it: `between` stands between the parts (an empty
 * paragraph, a page break); the second part repeats the first `repeatHeader` rows (the header rows) when asked,
 * and the cells merged down across the cut start again in it, with their label.
 */
export function splitTable(blocks: readonly Block[], grid: number, cut: number, between: readonly Block[], repeatHeader = 0): Block[] {
  const at = blocks.findIndex((b) => b.kind === 'table' && b.grid === grid);
  if (at < 0) throw new Error(`no table of ${grid} columns`);
  const t = blocks[at] as Extract<Block, { kind: 'table' }>;
  const labels: string[] = [];
  for (const row of t.rows.slice(0, cut - 1)) {
    let g = 0;
    for (const c of row) {
      if (c.vmerge !== 'continue') labels[g] = c.text;
      g += c.span ?? 1;
    }
  }
  const second = t.rows.slice(cut - 1).map((row, i) => {
    let g = 0;
    return row.map((c) => {
      const col = g;
      g += c.span ?? 1;
      return i === 0 && c.vmerge === 'continue' ? { ...c, vmerge: 'restart' as const, text: labels[col] ?? '' } : c;
    });
  });
  const first: Block = { ...t, rows: t.rows.slice(0, cut - 1) };
  const rest: Block = { ...t, rows: [...t.rows.slice(0, repeatHeader), ...second] };
  return [...blocks.slice(0, at), first, ...between, rest, ...blocks.slice(at + 1)];
}

// ---------------------------------------------------------------------------------------------
// OOXML

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Runs as Word writes them: text split over several runs, proofing marks and bookmarks between. */
function runs(text: string): string {
  if (text === '') return '';
  const cut = Math.min(text.length, Math.max(1, Math.floor(text.length / 2)));
  const a = text.slice(0, cut);
  const b = text.slice(cut);
  const run = (s: string) => `<w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">${esc(s)}</w:t></w:r>`;
  return run(a) + (b ? `<w:proofErr w:type="spellStart"/>${run(b)}<w:proofErr w:type="spellEnd"/>` : '');
}

function paragraphXml(text: string, list?: { level: number }, pageBreak = false): string {
  const numPr = list ? `<w:numPr><w:ilvl w:val="${list.level}"/><w:numId w:val="1"/></w:numPr>` : '';
  return `<w:p><w:pPr>${numPr}<w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>${pageBreak ? '<w:r><w:br w:type="page"/></w:r>' : ''}${runs(text)}</w:p>`;
}

function tableXml(t: Extract<Block, { kind: 'table' }>): string {
  const grid = Array.from({ length: t.grid }, () => '<w:gridCol w:w="800"/>').join('');
  const rows = t.rows
    .map((r) => {
      const cells = r
        .map((c) => {
          const props = `${c.span ? `<w:gridSpan w:val="${c.span}"/>` : ''}${c.vmerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.vmerge === 'continue' ? '<w:vMerge/>' : ''}`;
          const body = c.vmerge === 'continue' ? '<w:p/>' : paragraphXml(c.text);
          return `<w:tc><w:tcPr><w:tcW w:w="${800 * (c.span ?? 1)}" w:type="dxa"/>${props}<w:vAlign w:val="center"/></w:tcPr>${body}</w:tc>`;
        })
        .join('');
      return `<w:tr><w:trPr><w:jc w:val="center"/></w:trPr>${cells}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;

/** One list: level 0 `一、`, level 1 `（一）`, level 2 `1.`, as Chinese official documents number. */
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

export function documentXml(blocks: readonly Block[]): string {
  const body = blocks.map((b) => (b.kind === 'p' ? paragraphXml(b.text, b.list, b.pageBreak) : tableXml(b))).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
}

/** A .docx package; `parts` adds or replaces parts (by zip path). */
export function buildDocx(blocks: readonly Block[], parts: Readonly<Record<string, string | Uint8Array | null>> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/_rels/document.xml.rels': strToU8(DOC_RELS),
    'word/numbering.xml': strToU8(NUMBERING),
    'word/document.xml': strToU8(documentXml(blocks)),
  };
  for (const [name, content] of Object.entries(parts)) {
    if (content === null) delete files[name];
    else files[name] = typeof content === 'string' ? strToU8(content) : content;
  }
  return zipSync(files, { level: 6 });
}

// ---------------------------------------------------------------------------------------------
// HTML

function htmlTable(t: Extract<Block, { kind: 'table' }>): string {
  // Rowspans from the vertical merges: a restart cell spans itself and the continues below it.
  const grid: (SpecCell | undefined)[][] = t.rows.map((r) => {
    const line: (SpecCell | undefined)[] = [];
    for (const c of r) {
      line.push(c);
      for (let i = 1; i < (c.span ?? 1); i++) line.push(undefined);
    }
    return line;
  });
  const rowspan = (ri: number, col: number): number => {
    let n = 1;
    while (grid[ri + n]?.[col]?.vmerge === 'continue') n++;
    return n;
  };
  const trs = grid.map((line, ri) => {
    const tds: string[] = [];
    line.forEach((c, col) => {
      if (!c || c.vmerge === 'continue') return;
      const attrs = `${c.span ? ` colspan="${c.span}"` : ''}${c.vmerge === 'restart' && rowspan(ri, col) > 1 ? ` rowspan="${rowspan(ri, col)}"` : ''}`;
      tds.push(`<td${attrs}><p style="text-align:center"><span style="font-family:仿宋">${esc(c.text)}</span></p></td>`);
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<table border="1" cellspacing="0" style="border-collapse:collapse"><tbody>\n${trs.join('\n')}\n</tbody></table>`;
}

/**
 * The report as a published page: site navigation, a breadcrumb and a footer around the article,
 * the title in an `<h1>` outside the article's body, a script and a style, `&nbsp;` indents, and
 * `charset` as given (the bytes are encoded accordingly by the caller).
 */
export function buildHtml(blocks: readonly Block[], charset = 'utf-8'): string {
  const [first, ...rest] = blocks;
  const title = first && first.kind === 'p' ? first.text.trim() : '';
  const body = (title ? rest : blocks)
    .map((b) => (b.kind === 'p' ? `<p style="text-indent:2em">&nbsp;&nbsp;${esc(b.text)}</p>` : htmlTable(b)))
    .join('\n');
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${esc(title)}_政府信息公开年报</title>
<style>.nav{color:red} p{margin:0}</style>
<script>var a = "一、总体情况 <p>不是正文</p>"; document.write(a);</script>
</head><body>
<div class="header"><nav><ul><li><a href="/">首页</a></li><li><a href="/xxgk">政府信息公开</a></li><li>二、主动公开 三、依申请公开</li></ul></nav></div>
<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>
<div class="main"><h1 class="title">${esc(title)}</h1><div class="info">发布时间：2025-01-20 来源：本机关 <span style="display:none">隐藏的统计代码</span></div>
<div class="TRS_Editor">
${body}
</div></div>
<div class="footer"><p>主办单位：某某办公室 备案号：湘ICP备00000000号</p><script>tongji();</script></div>
</body></html>`;
}
