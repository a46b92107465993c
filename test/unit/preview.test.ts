/**
 * previewOf: the tables as the preview draws them, every finding on the cell, label or table it names;
 * renderPreview: the page, escaped, with its Content Security Policy. (The page in a real browser:
 * test/browser/preview.test.ts.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, previewOf, type PreviewModel } from '../../shared/src';
import { escapeHtml, renderPreview } from '../../client/src/preview/render';
import { Doc } from '../helpers/doc';

function preview(text: string, lang: 'zh-CN' | 'en' = 'zh-CN'): PreviewModel {
  const { model, findings } = analyze(text);
  return previewOf(model.tables, findings, lang);
}

const marked = (p: PreviewModel) =>
  p.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c.severity).map((c) => ({ table: t.kind, row: r.label, text: c.text, severity: c.severity!, codes: c.notes.map((n) => n.code) }))));

describe('previewOf', () => {
  it('seed 002 as published: three tables, every official row and column, no cell marked', () => {
    const p = preview(Doc.seed('002').text);
    assert.deepEqual(p.tables.map((t) => t.kind), ['active', 'requests', 'review']);
    assert.deepEqual(p.missing, []);
    const requests = p.tables[1]!;
    assert.equal(requests.rows.length, 25);
    assert.ok(requests.rows.every((r) => r.cells.length === 7 && r.columns.length === 7));
    assert.deepEqual(requests.rows[0]!.columns, ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    assert.deepEqual(requests.rows[0]!.cells.map((c) => c.text), ['171', '7', '0', '0', '0', '0', '178']);
    assert.equal(p.tables[2]!.rows[0]!.cells.length, 15);
    assert.deepEqual(marked(p), []);
    // The label variants (不再受理) are notes on their labels, not on cells.
    const variants = requests.rows.filter((r) => r.notes.some((n) => n.code === 'label-variant'));
    assert.equal(variants.length, 3);
    assert.ok(variants.every((r) => r.severity === 'info'));
    // Drawn in the report's own wording, which the note corrects; official rows in the format's.
    assert.ok(variants.some((r) => r.label.includes('行政机关不再受理')));
    assert.equal(requests.rows[0]!.label, '一、本年新收政府信息公开申请数量');
  });

  it('seed 002 with 一、本年新收 总计 178 → 180: that cell alone is marked, as an error, with the row-total message', () => {
    const p = preview(Doc.seed('002').setCell('requests', '本年新收', 6, '180').text);
    assert.deepEqual(marked(p), [{ table: 'requests', row: '一、本年新收政府信息公开申请数量', text: '180', severity: 'error', codes: ['row-total'] }]);
    const cell = p.tables[1]!.rows[0]!.cells[6]!;
    assert.match(cell.notes[0]!.message, /应为 178/);
    assert.equal(p.tables[1]!.severity, 'error');
    assert.equal(p.tables[0]!.severity, undefined);
  });

  it('speaks English when asked', () => {
    const p = preview(Doc.seed('002').setCell('requests', '本年新收', 6, '180').text, 'en');
    assert.equal(p.tables[1]!.rows[0]!.columns[0], 'natural persons');
    assert.match(p.tables[1]!.rows[0]!.cells[6]!.notes[0]!.message, /should be 178/);
  });

  it('seed 000 (only 总计 filled): the blank cells are drawn blank and the empty-cell warning is a note on the table', () => {
    const p = preview(Doc.seed('000').text);
    const requests = p.tables.find((t) => t.kind === 'requests')!;
    assert.equal(requests.rows[0]!.cells.filter((c) => c.text === '').length, 6);
    assert.deepEqual(requests.notes.map((n) => n.code), ['empty-cell']);
    assert.equal(requests.severity, 'warning');
  });

  it('a table the report lacks is named as missing', () => {
    const doc = Doc.seed('002');
    const t = doc.table('review');
    doc.deleteLines(t.startLine, t.endLine - t.startLine + 1);
    const p = preview(doc.text);
    assert.deepEqual(p.tables.map((x) => x.kind), ['active', 'requests']);
    assert.deepEqual(p.missing, ['表四（行政复议、行政诉讼情况）']);
  });
});

describe('renderPreview', () => {
  const view = (text: string) => ({ ...preview(text), version: 1, checkedAt: '2026-11-24T10:00:00.000Z' });

  it('allows nothing but its own nonced style sheet: no script, no other source', () => {
    const html = renderPreview(view(Doc.seed('002').text), { lang: 'zh-CN', nonce: 'abc123', name: '002.txt' });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'none'/);
    assert.match(csp, /style-src 'nonce-abc123'/);
    assert.doesNotMatch(html, /<script/i);
    assert.equal((html.match(/<style nonce="abc123">/g) ?? []).length, 1);
  });

  it('escapes everything that comes from the report', () => {
    const doc = Doc.seed('002').setCell('requests', '本年新收', 0, '<img src=x onerror=alert(1)>"\'&');
    const html = renderPreview(view(doc.text), { lang: 'zh-CN', nonce: 'n', name: '<b>x</b>.txt' });
    assert.doesNotMatch(html, /<img/);
    assert.doesNotMatch(html, /<b>x/);
    assert.ok(html.includes(escapeHtml('<img src=x onerror=alert(1)>"\'&')));
    assert.equal(escapeHtml(`<a href="x" title='y'>&`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;');
  });

  it('marks the wrong cell with its severity and puts its message in the tooltip', () => {
    const html = renderPreview(view(Doc.seed('002').setCell('requests', '本年新收', 6, '180').text), { lang: 'zh-CN', nonce: 'n', name: '002.txt' });
    const cells = html.match(/<td class="cell sev-error"[^>]*>180<\/td>/g) ?? [];
    assert.equal(cells.length, 1);
    assert.match(cells[0]!, /title="\[row-total\] [^"]*应为 178/);
    assert.match(cells[0]!, /data-column="总计"/);
  });

  it('says it is waiting when the server has nothing yet', () => {
    assert.match(renderPreview(null, { lang: 'en', nonce: 'n', name: 'r.txt' }), /Checking…/);
  });
});
