/**
 * The readers' libraries are loaded only when a file needs them: a UTF-8 text report loads none of
 * them, a GB18030 one loads iconv-lite only, a web page and a Word document (.docx, .doc) load theirs. (Each test
 * file runs in its own process, so `require.cache` shows what this file's reads have loaded.)
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readReport } from '../../shared/node/readers';
import { seed } from '../helpers/fixtures';

const LIBRARIES = ['iconv-lite', 'parse5', 'encoding-sniffer', 'saxes', 'fflate', 'cfb'] as const;

function loaded(): string[] {
  const keys = Object.keys(require.cache);
  return LIBRARIES.filter((lib) => keys.some((k) => k.includes(`/node_modules/${lib}/`)));
}

describe('readers load their libraries on first use', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-lazy-'));
  const text = seed('002');

  it('importing the readers and reading UTF-8 text loads none of them', () => {
    const file = join(dir, 'report.txt');
    writeFileSync(file, text);
    const r = readReport(file);
    assert.ok(r.ok && r.format === 'text' && r.encoding === 'utf-8');
    assert.deepEqual(loaded(), []);
  });

  it('a GB18030 report loads iconv-lite, and only it', () => {
    const gbk = join(dir, 'report-gbk.txt');
    writeFileSync(gbk, Buffer.from([0xb1, 0xa8, 0xb8, 0xe6, 0x0a])); // 报告\n in GB18030
    const r = readReport(gbk);
    assert.ok(r.ok && r.format === 'text' && r.encoding === 'gb18030' && r.text === '报告\n');
    assert.deepEqual(loaded(), ['iconv-lite']);
  });

  it('a web page loads its parser and charset sniffer, a Word document its XML parser', async () => {
    // The document builders zip with fflate themselves: it is loaded from here on.
    const { buildDocx, buildHtml, reportDocument } = await import('../helpers/documents');
    const blocks = reportDocument(text);
    const html = join(dir, 'report.html');
    writeFileSync(html, buildHtml(blocks));
    const docx = join(dir, 'report.docx');
    writeFileSync(docx, buildDocx(blocks));
    assert.deepEqual(loaded(), ['iconv-lite', 'fflate']);
    assert.ok(readReport(html).ok);
    assert.deepEqual(loaded(), ['iconv-lite', 'parse5', 'encoding-sniffer', 'fflate']);
    assert.ok(readReport(docx).ok);
    assert.deepEqual(loaded(), ['iconv-lite', 'parse5', 'encoding-sniffer', 'saxes', 'fflate']);
  });

  it('a Word 97-2003 document loads cfb, and only then', () => {
    const doc = join(dir, 'report.doc');
    writeFileSync(doc, readFileSync(join(__dirname, '..', 'fixtures', 'doc', '002.libreoffice.doc')));
    const r = readReport(doc);
    assert.ok(r.ok && r.format === 'doc');
    assert.deepEqual(loaded(), [...LIBRARIES]);
  });
});
