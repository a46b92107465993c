/**
 * A blind battery of table layouts (format.md §2–§4 and the ways Word, WPS, a web page and a PDF export a
 * table to plain text), written from the format and not from the parser. A seed's three tables are read
 * into an abstract model by the raw reader of test/helpers/doc.ts, then written back in place in one of
 * many layouts; the renderer records where every value cell and every row label lands, so a finding on
 * one layout can be compared with a finding on another by the cell it stands on, whatever line it moved to.
 */
import { analyze, type Finding } from '../../shared/src';
import { Doc, REQUEST_ROW_NEEDLES, type TableKind } from './doc';

/** A cell of the model: `key` names a value cell (`requests:r:c`, `review:0:c`, `active:label:c`) or a row label (`…:label`). */
export interface MCell {
  text: string;
  readonly key?: string;
}
export type MRow = MCell[];

export interface Model {
  /** Table 二 data rows: label and values, by the needle naming the row. */
  readonly active: { needle: string; label: string; values: string[] }[];
  /** Table 三: the 25 numeric rows, label and 7 values (自然人 … 其他, 总计). */
  readonly requests: { label: string; values: string[] }[];
  /** Table 四: the 15 values. */
  readonly review: string[];
}

export const ACTIVE_NEEDLES = ['规章', '规范性文件', '行政许可', '行政处罚', '行政强制', '行政事业性收费'] as const;

export function modelOf(doc: Doc): Model {
  return {
    active: ACTIVE_NEEDLES.map((needle) => ({ needle, label: doc.label('active', needle).text, values: doc.cells('active', needle).map((c) => c.text) })),
    requests: REQUEST_ROW_NEEDLES.map((n) => ({ label: doc.label('requests', n).text, values: doc.cells('requests', n).map((c) => c.text) })),
    review: doc.cells('review').map((c) => c.text),
  };
}

export function cloneModel(m: Model): Model {
  return {
    active: m.active.map((r) => ({ ...r, values: r.values.slice() })),
    requests: m.requests.map((r) => ({ ...r, values: r.values.slice() })),
    review: m.review.slice(),
  };
}

/** How a table is written. */
export interface Style {
  /** Header of table 三: Word's three rows, 总计 in the top row (WPS, seed 000), one flat row (PDF, web), note last. */
  readonly header?: 'word' | 'total-top' | 'flat' | 'flat-note-above' | 'note-last';
  /** Group labels of table 三 (三、本年度办理结果, （三）不予公开 …): own row, merged into the first item's row, or that plus blank cells in the rows below (web). */
  readonly groups?: 'own-row' | 'merged' | 'merged-blank';
  /** 总计 column first instead of last. */
  readonly totalFirst?: boolean;
  /** Value written for a zero. */
  readonly zero?: string;
  /** Digits written full-width. */
  readonly fullWidth?: boolean;
  /** Appended to every cell. */
  readonly trailing?: string;
}

/** Rows of each table, as the model and a style give them. */
export function tableRows(m: Model, kind: TableKind, s: Style): MRow[] {
  const v = (text: string, key: string): MCell => {
    let t = text;
    if (s.zero !== undefined && t === '0') t = s.zero;
    if (s.fullWidth) t = t.replace(/[0-9.]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    return { text: t, key };
  };
  const h = (...texts: string[]): MRow => texts.map((text) => ({ text }));
  if (kind === 'active') {
    const row = (needle: string): MRow => {
      const r = m.active.find((x) => x.needle === needle)!;
      return [{ text: r.label, key: `active:${needle}:label` }, ...r.values.map((x, c) => v(x, `active:${needle}:${c}`))];
    };
    return [
      h('第二十条第（一）项'), h('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'), row('规章'), row('规范性文件'),
      h('第二十条第（五）项'), h('信息内容', '本年处理决定数量'), row('行政许可'),
      h('第二十条第（六）项'), h('信息内容', '本年处理决定数量'), row('行政处罚'), row('行政强制'),
      h('第二十条第（八）项'), h('信息内容', '本年收费金额（单位：万元）'), row('行政事业性收费'),
    ];
  }
  if (kind === 'review') {
    const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    return [h('行政复议', '行政诉讼'), h(...five, '未经复议直接起诉', '复议后起诉'), h(...five, ...five), m.review.map((x, c) => v(x, `review:0:${c}`))];
  }
  const note = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
  const orgs = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
  const header: MRow[] = {
    word: [h(note, '申请人情况'), s.totalFirst ? h('总计', '自然人', '法人或其他组织') : h('自然人', '法人或其他组织', '总计'), h(...orgs)],
    'total-top': [s.totalFirst ? h(note, '总计', '申请人情况') : h(note, '申请人情况', '总计'), h('自然人', '法人或其他组织'), h(...orgs)],
    flat: [h('申请人情况'), s.totalFirst ? h(note, '总计', '自然人', ...orgs) : h(note, '自然人', ...orgs, '总计')],
    'flat-note-above': [h(note), h('申请人情况'), s.totalFirst ? h('总计', '自然人', ...orgs) : h('自然人', ...orgs, '总计')],
    'note-last': [h('申请人情况'), s.totalFirst ? h('总计', '自然人', '法人或其他组织') : h('自然人', '法人或其他组织', '总计'), h(...orgs), h(note)],
  }[s.header ?? 'word'];
  const groupBefore: Record<number, string> = { 2: '三、本年度办理结果', 4: '（三）不予公开', 12: '（四）无法提供', 15: '（五）不予处理', 20: '（六）其他处理' };
  const rows: MRow[] = [...header];
  let inGroup = false;
  m.requests.forEach((r, i) => {
    const values = r.values.map((x, c) => v(x, `requests:${i}:${c}`));
    const ordered = s.totalFirst ? [values[6]!, ...values.slice(0, 6)] : values;
    const row: MRow = [{ text: r.label, key: `requests:${i}:label` }, ...ordered];
    const g = groupBefore[i];
    // (三)…(六) sit inside 三、本年度办理结果: merged exports give both labels on the first row.
    if (i === 23) inGroup = false;
    if (g !== undefined && (s.groups ?? 'own-row') === 'own-row') {
      rows.push(h(g));
      inGroup = true;
    } else if (g !== undefined) {
      rows.push([{ text: g }, ...row]);
      inGroup = true;
      return;
    } else if (inGroup && s.groups === 'merged-blank' && i >= 2 && i <= 22) {
      rows.push([{ text: '' }, ...row]);
      return;
    }
    rows.push(row);
  });
  return rows;
}

/** A cell written at a place: the line (relative to the table's first line) and span. */
export interface Placed {
  readonly key: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

export interface Rendered {
  readonly lines: string[];
  readonly placed: Placed[];
}

/** Writes rows as lines. */
export type Writer = (rows: MRow[], s: Style) => Rendered;

class Out {
  lines: string[] = [];
  placed: Placed[] = [];
  cur = '';
  put(text: string, key?: string): void {
    if (key && text !== '') this.placed.push({ key, line: this.lines.length, start: this.cur.length, end: this.cur.length + text.length });
    this.cur += text;
  }
  newline(): void {
    this.lines.push(this.cur);
    this.cur = '';
  }
  blank(): void {
    this.lines.push('');
  }
  done(): Rendered {
    if (this.cur !== '') this.newline();
    return { lines: this.lines, placed: this.placed };
  }
}

const tail = (s: Style) => s.trailing ?? '';

/** Word/WPS "save as text", seed style: each cell on its own line after a TAB, a blank line after each row. */
export const cellPerLine = (opts: { tab?: boolean; between?: 'row' | 'cell' | 'none' } = {}): Writer => (rows, s) => {
  const o = new Out();
  rows.forEach((row, ri) => {
    row.forEach((c, ci) => {
      if (opts.tab ?? true) o.put('\t');
      o.put(c.text, c.key);
      o.put(tail(s));
      o.newline();
      if (opts.between === 'cell' && ci < row.length - 1) o.blank();
    });
    if ((opts.between ?? 'row') !== 'none' && ri < rows.length - 1) o.blank();
  });
  return o.done();
};

/** One row per line, cells joined by `sep` (TAB: Word "convert table to text"; spaces: a PDF or a web page copied). */
export const rowPerLine = (sep: string | 'aligned', opts: { blankBetween?: boolean; wrapAt?: number } = {}): Writer => (rows, s) => {
  const o = new Out();
  rows.forEach((row, ri) => {
    row.forEach((c, ci) => {
      let text = c.text;
      let rest = '';
      if (opts.wrapAt !== undefined && ci === 0 && c.key?.endsWith(':label') && text.length > opts.wrapAt) {
        rest = text.slice(opts.wrapAt);
        text = text.slice(0, opts.wrapAt);
      }
      if (ci > 0) o.put(sep === 'aligned' ? ' '.repeat(Math.max(2, 6 - (row[ci - 1]!.text.length % 4))) : sep);
      o.put(text, c.key);
      o.put(tail(s));
      if (rest !== '') (o as Out & { rest?: string }).rest = rest;
    });
    o.newline();
    const rest = (o as Out & { rest?: string }).rest;
    if (rest) {
      o.put(rest);
      o.newline();
      (o as Out & { rest?: string }).rest = undefined;
    }
    if (opts.blankBetween && ri < rows.length - 1) o.blank();
  });
  return o.done();
};

/** Markdown pipes (a web page or a converter), a separator row after the first row. */
export const markdown: Writer = (rows, s) => {
  const o = new Out();
  const width = Math.max(...rows.map((r) => r.length));
  rows.forEach((row, ri) => {
    o.put('|');
    for (let ci = 0; ci < width; ci++) {
      const c = row[ci];
      o.put(' ');
      if (c) o.put(c.text, c.key);
      if (c) o.put(tail(s));
      o.put(' |');
    }
    o.newline();
    if (ri === 0) o.put('|' + ' --- |'.repeat(width)), o.newline();
  });
  return o.done();
};

/** The cell-per-line layout with a label wrapped over two lines (a narrow Word/PDF column). */
export const wrappedCells = (at: number): Writer => (rows, s) => {
  const o = new Out();
  rows.forEach((row, ri) => {
    for (const c of row) {
      o.put('\t');
      if (c.key?.endsWith(':label') && c.text.length > at) {
        o.put(c.text.slice(0, at), c.key);
        o.newline();
        o.put(c.text.slice(at));
      } else o.put(c.text, c.key);
      o.put(tail(s));
      o.newline();
    }
    if (ri < rows.length - 1) o.blank();
  });
  return o.done();
};

/** A PDF page break inside a table: `inner` lines, then at row `atRow` a page footer and header (and the table header again). */
export const pageBreak = (inner: Writer, opts: { repeatHeader: boolean; lines: string[]; atRow: number }): Writer => (rows, s) => {
  if (rows.length <= opts.atRow) return inner(rows, s);
  // Word repeats the rows marked as the table's header: table 三's header block (table 二 has none: its first row is a block's caption).
  const first = rows.findIndex((r) => r.some((c) => c.key !== undefined));
  const head = opts.repeatHeader && rows.slice(0, first).some((r) => r.some((c) => c.text === '申请人情况')) ? first : 0;
  const a = inner(rows.slice(0, opts.atRow), s);
  const b = inner([...rows.slice(0, head), ...rows.slice(opts.atRow)], s);
  const shift = a.lines.length + opts.lines.length;
  return {
    lines: [...a.lines, ...opts.lines, ...b.lines],
    placed: [...a.placed, ...b.placed.map((p) => ({ ...p, line: p.line + shift }))],
  };
};

export interface Layout {
  readonly name: string;
  readonly writer: Writer;
  readonly style?: Style;
  readonly crlf?: boolean;
  /** Values change meaning (a blank or a dash for 0): a relation may become not assessable. */
  readonly lossy?: boolean;
}

const PAGE = ['', '- 3 -', '', '某某县人民政府办公室2024年政府信息公开工作年度报告', ''];

export const LAYOUTS: readonly Layout[] = [
  { name: 'cell+tab (Word, seed style)', writer: cellPerLine() },
  { name: 'cell, no tab', writer: cellPerLine({ tab: false }) },
  { name: 'cell, no blank lines', writer: cellPerLine({ between: 'none' }) },
  { name: 'cell, no tab, no blank lines (web copy)', writer: cellPerLine({ tab: false, between: 'none' }) },
  { name: 'cell, blank between cells', writer: cellPerLine({ tab: false, between: 'cell' }) },
  { name: 'cell, groups merged (Word)', writer: cellPerLine(), style: { groups: 'merged' } },
  { name: 'header: one flat row, cells', writer: cellPerLine(), style: { header: 'flat' } },
  { name: 'row, TAB (Word table to text)', writer: rowPerLine('\t') },
  { name: 'row, TAB, blank between rows', writer: rowPerLine('\t', { blankBetween: true }) },
  { name: 'row, TAB, groups merged (WPS)', writer: rowPerLine('\t'), style: { groups: 'merged' } },
  { name: 'row, TAB, groups merged, blank cells below (web)', writer: rowPerLine('\t'), style: { groups: 'merged-blank' } },
  { name: 'row, runs of spaces (pdftotext -layout)', writer: rowPerLine('aligned') },
  { name: 'row, two spaces', writer: rowPerLine('  ') },
  { name: 'row, one space (PDF copy)', writer: rowPerLine(' ') },
  { name: 'markdown pipes', writer: markdown },
  { name: 'markdown pipes, groups merged', writer: markdown, style: { groups: 'merged' } },
  { name: 'header: 总计 in the top row', writer: cellPerLine(), style: { header: 'total-top' } },
  { name: 'header: one flat row', writer: rowPerLine('\t'), style: { header: 'flat' } },
  { name: 'header: note last', writer: cellPerLine(), style: { header: 'note-last' } },
  { name: 'label wrapped, cells', writer: wrappedCells(12) },
  { name: 'label wrapped, row TAB', writer: rowPerLine('\t', { wrapAt: 14 }) },
  { name: 'label wrapped, row spaces', writer: rowPerLine('aligned', { wrapAt: 14 }) },
  { name: 'page break, cells', writer: pageBreak(cellPerLine(), { repeatHeader: false, lines: PAGE, atRow: 9 }) },
  { name: 'page break, row TAB', writer: pageBreak(rowPerLine('\t'), { repeatHeader: false, lines: PAGE, atRow: 9 }) },
  { name: 'page break, row spaces', writer: pageBreak(rowPerLine('aligned'), { repeatHeader: false, lines: ['第 3 页 共 8 页'], atRow: 9 }) },
  { name: 'page break + header repeated, row TAB', writer: pageBreak(rowPerLine('\t'), { repeatHeader: true, lines: PAGE, atRow: 9 }) },
  { name: 'page break + header repeated, cells', writer: pageBreak(cellPerLine(), { repeatHeader: true, lines: PAGE, atRow: 9 }) },
  { name: 'full-width digits, cells', writer: cellPerLine(), style: { fullWidth: true } },
  { name: 'full-width digits, row TAB', writer: rowPerLine('\t'), style: { fullWidth: true } },
  { name: 'trailing spaces', writer: rowPerLine('\t'), style: { trailing: '  ' } },
  { name: 'trailing NBSP, cells', writer: cellPerLine(), style: { trailing: '\u00a0' } },
  { name: 'CRLF, cells', writer: cellPerLine(), crlf: true },
  { name: 'CRLF, row TAB', writer: rowPerLine('\t'), crlf: true },
  { name: '总计 column first, cells', writer: cellPerLine(), style: { totalFirst: true } },
  { name: '总计 column first, row TAB', writer: rowPerLine('\t'), style: { totalFirst: true, header: 'total-top' } },
  { name: '总计 column first, markdown', writer: markdown, style: { totalFirst: true, header: 'flat' } },
  { name: '总计 column first, row spaces', writer: rowPerLine('aligned'), style: { totalFirst: true, header: 'flat' } },
  { name: '总计 column first, row spaces, note above', writer: rowPerLine('aligned'), style: { totalFirst: true, header: 'flat-note-above' } },
  { name: 'header: note above, row spaces', writer: rowPerLine('aligned'), style: { header: 'flat-note-above' } },
  { name: 'zero as -', writer: rowPerLine('\t'), style: { zero: '-' }, lossy: true },
  { name: 'zero as —', writer: cellPerLine(), style: { zero: '—' }, lossy: true },
  { name: 'zero as /', writer: rowPerLine('\t'), style: { zero: '/' }, lossy: true },
  { name: 'zero as 无', writer: cellPerLine(), style: { zero: '无' }, lossy: true },
  { name: 'zero blank', writer: rowPerLine('\t'), style: { zero: '' }, lossy: true },
];

export interface Built {
  readonly text: string;
  /** Lines of each table written (inclusive). */
  readonly tables: { kind: TableKind; start: number; end: number }[];
  /** Absolute positions of every value cell and row label. */
  readonly placed: Placed[];
}

/** The seed's text with its three tables replaced by the model written in `layout`. */
export function build(base: Doc, m: Model, layout: Layout): Built {
  const regions = (['active', 'requests', 'review'] as const).map((k) => ({ kind: k, region: base.table(k) })).sort((a, b) => a.region.startLine - b.region.startLine);
  const out: string[] = [];
  const placed: Placed[] = [];
  const tables: Built['tables'] = [];
  let at = 0;
  for (const { kind, region } of regions) {
    out.push(...base.lines.slice(at, region.startLine));
    const r = layout.writer(tableRows(m, kind, layout.style ?? {}), layout.style ?? {});
    const shift = out.length;
    placed.push(...r.placed.map((p) => ({ ...p, line: p.line + shift })));
    out.push(...r.lines);
    tables.push({ kind, start: shift, end: out.length - 1 });
    at = region.endLine + 1;
  }
  out.push(...base.lines.slice(at));
  return { text: out.join(layout.crlf ? '\r\n' : '\n'), placed, tables };
}

/** What a finding stands on, whatever the layout: the cell key, else the words it covers. */
export function signature(f: Finding, b: Built, lines: readonly string[]): string {
  const { start } = f.range;
  const p = b.placed.find((x) => x.line === start.line && start.character >= x.start && start.character < Math.max(x.end, x.start + 1));
  if (p) return `${f.code}@${p.key}`;
  // Elsewhere in a table (a header cell, a row): the table, as a header may be one line or several.
  const t = b.tables.find((x) => start.line >= x.start && start.line <= x.end);
  if (t) return `${f.code}@${t.kind}`;
  const l = lines[start.line] ?? '';
  const words = f.range.end.line === start.line ? l.slice(start.character, f.range.end.character) : l.slice(start.character);
  // Words outside the tables (prose): the first four.
  return `${f.code}@"${words.normalize('NFKC').replace(/[\s|]+/g, '').slice(0, 4)}"`;
}

export function signatures(b: Built): string[] {
  const lines = b.text.split(/\r\n|\n|\r/);
  return analyze(b.text).findings.map((f) => signature(f, b, lines)).sort();
}

/** Multiset difference: what `a` has beyond `b`. */
export function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = b.slice();
  const out: string[] = [];
  for (const x of a) {
    const i = left.indexOf(x);
    if (i >= 0) left.splice(i, 1);
    else out.push(x);
  }
  return out;
}

/** Mutants of a model: one fault each, in the table a real report gets wrong. */
export function mutants(m: Model): { name: string; model: Model }[] {
  const out: { name: string; model: Model }[] = [{ name: 'as is', model: m }];
  const bump = (name: string, f: (x: Model) => void) => {
    const c = cloneModel(m);
    f(c);
    // A change of a blank cell is none (seed 000 fills only 总计).
    if (JSON.stringify(c) !== JSON.stringify(m)) out.push({ name, model: c });
  };
  const inc = (s: string, d: number) => (/^\d+$/.test(s) ? String(Number(s) + d) : s);
  bump('三 本年新收 总计 +1', (x) => (x.requests[0]!.values[6] = inc(x.requests[0]!.values[6]!, 1)));
  bump('三 予以公开 自然人 +1', (x) => (x.requests[2]!.values[0] = inc(x.requests[2]!.values[0]!, 1)));
  bump('三 结转下年度 总计 +2', (x) => (x.requests[24]!.values[6] = inc(x.requests[24]!.values[6]!, 2)));
  bump('三 重复申请 其他 +1', (x) => (x.requests[16]!.values[5] = inc(x.requests[16]!.values[5]!, 1)));
  bump('四 复议 结果维持 +1', (x) => (x.review[0] = inc(x.review[0]!, 1)));
  bump('四 直接起诉 总计 +1', (x) => (x.review[9] = inc(x.review[9]!, 1)));
  bump('二 行政许可 -1', (x) => (x.active[2]!.values[0] = '-1'));
  bump('二 规章 制发 x', (x) => (x.active[0]!.values[0] = '1件'));
  return out;
}
