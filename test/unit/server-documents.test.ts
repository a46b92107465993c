/**
 * `govreport/readDocument`: the server reads a Word document or a web page into the report text the
 * command line checks, for the editor's read-only view of it; a view's URI (`govreport-document:`) is
 * checked like any report. `govreport/tables`: the tables the preview draws.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { analyze } from '../../shared/src';
import { readReport } from '../../shared/node/readers';
import { DOCUMENT_VIEW_SCHEME, READ_DOCUMENT_REQUEST, TABLES_REQUEST, type ReadDocumentResult, type TablesResult } from '../../shared/protocol';
import { Doc } from '../helpers/doc';
import { ROOT, TestClient, codes } from '../helpers/lsp';

describe('govreport/readDocument', () => {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'govreport-read-'));
    copyFileSync(join(ROOT, 'test', 'fixtures', 'docx', '002.numbered.libreoffice.docx'), join(dir, '002.docx'));
    copyFileSync(join(ROOT, 'test', 'fixtures', 'html', '000.libreoffice.html'), join(dir, '000.html'));
    copyFileSync(join(ROOT, 'test', 'fixtures', 'doc', '002.numbered.libreoffice.doc'), join(dir, '002.doc'));
    copyFileSync(join(ROOT, 'test', 'fixtures', 'doc', '001.libreoffice.doc'), join(dir, '001.wps'));
    copyFileSync(join(ROOT, 'test', 'fixtures', 'pdf', '003.ruled.pdf'), join(dir, '003.pdf'));
    copyFileSync(join(ROOT, 'test', 'fixtures', 'pdf', 'unruled.scattered.pdf'), join(dir, 'unruled.pdf'));
    writeFileSync(join(dir, 'broken.docx'), 'PK\u0003\u0004 this is not a zip archive');
    client = await TestClient.start({ locale: 'zh-CN' });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [name, format] of [['002.docx', 'docx'], ['000.html', 'html'], ['002.doc', 'doc'], ['001.wps', 'doc'], ['003.pdf', 'pdf']] as const) {
    it(`reads ${name} into exactly the text the command line checks`, async () => {
      const file = join(dir, name);
      const r = await client.request<ReadDocumentResult>(READ_DOCUMENT_REQUEST, { uri: pathToFileURL(file).href });
      const expected = readReport(file);
      assert.ok(r.ok && expected.ok);
      assert.equal(r.format, format);
      assert.equal(r.text, expected.text);
    });
  }

  it('says why a PDF whose table without ruling lines cannot be rebuilt is not read', async () => {
    const r = await client.request<ReadDocumentResult>(READ_DOCUMENT_REQUEST, { uri: pathToFileURL(join(dir, 'unruled.pdf')).href });
    assert.ok(!r.ok && /没有表格线/.test(r.message), JSON.stringify(r));
  });

  it('says why a file cannot be read, in the user\'s language, and keeps serving', async () => {
    const r = await client.request<ReadDocumentResult>(READ_DOCUMENT_REQUEST, { uri: pathToFileURL(join(dir, 'broken.docx')).href });
    assert.equal(r.ok, false);
    assert.ok(!r.ok && /[\u4e00-\u9fff]/.test(r.message), !r.ok ? r.message : '');
    const missing = await client.request<ReadDocumentResult>(READ_DOCUMENT_REQUEST, { uri: pathToFileURL(join(dir, 'none.docx')).href });
    assert.equal(missing.ok, false);
    const remote = await client.request<ReadDocumentResult>(READ_DOCUMENT_REQUEST, { uri: 'https://example.org/report.docx' });
    assert.deepEqual(remote.ok, false);
  });

  it('refuses malformed params with InvalidParams', async () => {
    await assert.rejects(client.request(READ_DOCUMENT_REQUEST, { path: '/x.docx' }), (e: { code?: number }) => e.code === -32602);
    await assert.rejects(client.request(READ_DOCUMENT_REQUEST, null), (e: { code?: number }) => e.code === -32602);
  });

  it('checks a view opened under its own scheme exactly as the core checks its text', async () => {
    const file = join(dir, '002.docx');
    const r = await client.request<ReadDocumentResult>(READ_DOCUMENT_REQUEST, { uri: pathToFileURL(file).href });
    assert.ok(r.ok);
    const uri = `${DOCUMENT_VIEW_SCHEME}:${pathToFileURL(file).pathname}`;
    await client.open(uri, r.text);
    const published = await client.waitForDiagnostics(uri, 1);
    assert.deepEqual(codes(published.diagnostics), analyze(r.text).findings.map((f) => f.code));
    assert.equal(codes(published.diagnostics).filter((c) => c === 'narrative-mismatch').length, 2);
  });
});

describe('govreport/tables', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ locale: 'zh-CN' });
  });
  after(async () => {
    await client.stop();
  });

  it('answers the open report\'s tables with the wrong cell marked, following its edits', async () => {
    const uri = 'file:///tmp/tables-002.txt';
    const text = Doc.seed('002').text;
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, 1);
    const first = await client.request<TablesResult>(TABLES_REQUEST, { textDocument: { uri } });
    assert.ok(first);
    assert.equal(first.version, 1);
    assert.deepEqual(first.tables.map((t) => t.kind), ['active', 'requests', 'review']);
    assert.ok(first.tables.every((t) => t.rows.every((r) => r.cells.every((c) => c.severity === undefined))));

    const cell = Doc.seed('002').cell('requests', '本年新收', 6);
    const version = await client.change(uri, [{ range: { start: { line: cell.line, character: cell.start }, end: { line: cell.line, character: cell.end } }, text: '180' }]);
    await client.waitForDiagnostics(uri, version);
    const second = await client.request<TablesResult>(TABLES_REQUEST, { textDocument: { uri } });
    assert.ok(second);
    assert.equal(second.version, version);
    const marked = second.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c.severity)));
    assert.deepEqual(marked.map((c) => [c.text, c.severity, c.range.start.line]), [['180', 'error', cell.line]]);
  });

  it('answers null for a document it does not know, and InvalidParams never', async () => {
    assert.equal(await client.request<TablesResult>(TABLES_REQUEST, { textDocument: { uri: 'file:///nowhere.txt' } }), null);
    assert.equal(await client.request<TablesResult>(TABLES_REQUEST, { nothing: true }), null);
  });
});
