/**
 * Large documents: the same diagnostics as the core, the model-based features, edits re-analysed
 * through the document's cache with exactly the findings of a fresh analysis, latest wins.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, DocumentSymbol, FoldingRange, Hover, MarkupContent, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { analyze, applyEdits, fixAll } from '../../shared/src';
import { FIX_ALL_KIND } from '../../shared/protocol';
import { bigReport } from '../helpers/generate';
import { lineOf, seed } from '../helpers/fixtures';
import { TestClient } from '../helpers/lsp';

const brief = (ds: readonly { code?: unknown; range: unknown }[]) => ds.map((d) => `${String(d.code)}@${JSON.stringify(d.range)}`);

describe('large documents', () => {
  let client: TestClient;
  const small = 'file:///large/small.txt';
  const big = 'file:///large/big.txt';
  // ~300,000 characters.
  const text = bigReport(seed('002'), 300_000).replace('\t178\n', '\t180\n');
  const totalLine = (() => {
    const lines = text.split('\n');
    let l = lineOf(text, '一、本年新收');
    while (!/^\s*180\s*$/.test(lines[l]!)) l++;
    return l;
  })();

  before(async () => {
    client = await TestClient.start({ initializationOptions: { settings: { govreport: { debounceMs: 0 } } } });
    await client.open(small, seed('002'));
    await client.waitForDiagnostics(small, 1);
    await client.open(big, text);
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it('publishes exactly the core findings', async () => {
    const p = await client.waitForDiagnostics(big, 1, 0, 30_000);
    assert.deepEqual(brief(p.diagnostics), brief(analyze(text).findings));
    assert.ok(p.diagnostics.some((d) => d.code === 'row-total' && d.range.start.line === totalLine));
    const status = await client.waitForStatus(big, 1);
    assert.ok(status.errors >= 1);
  });

  it('answers outline, folding, hover and fix-all', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: big } });
    assert.equal(symbols.filter((s) => /^[一二三四五六]、/.test(s.name)).length, 6);
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: big } });
    assert.ok(folds.length >= 9);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: big }, position: { line: totalLine, character: 1 } });
    assert.match((hover.contents as MarkupContent).value, /171 \+ 7 \+ 0 \+ 0 \+ 0 \+ 0 = 178 ≠ 180 ✗/);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: big },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: [FIX_ALL_KIND] },
    });
    const edits = (actions[0]!.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
    assert.equal(applyEdits(text, edits).text, fixAll(text).text);
    assert.ok(edits.some((e) => e.range.start.line === totalLine));
    assert.ok(edits.every((e) => e.range.start.line === e.range.end.line), 'minimal edits, one line each');
  });

  it('re-analyses edits with the findings of a fresh analysis, the newest version last, and still answers other documents', async () => {
    const from = client.diagnostics.length;
    const statusFrom = client.statuses.length;
    let version = 1;
    for (let i = 0; i < 4; i++) {
      version = await client.change(big, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '年' }]);
    }
    const finalVersion = version;
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: small }, position: { line: lineOf(seed('002'), '\t178'), character: 1 } });
    assert.match((hover.contents as MarkupContent).value, /= 178 ✓/);
    const last = await client.waitForDiagnostics(big, finalVersion, from, 30_000);
    // A status follows every check, in the order of the checks.
    const versions = client.statuses.slice(statusFrom).filter((p) => p.uri === big).map((p) => p.version!);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, `versions in order: ${versions.join(',')}`);
    assert.equal(versions.at(-1), finalVersion);
    const finalText = text.replace(/\n/, '\n年年年年');
    assert.deepEqual(brief(last.diagnostics), brief(analyze(finalText).findings));
    // A sentence edited in the middle of the report: its claim is read again, the rest from the cache.
    const line = lineOf(finalText, '全年共受理政府信息公开申请35件', Math.floor(finalText.split('\n').length / 2));
    const column = finalText.split('\n')[line]!.indexOf('35件');
    const v = await client.change(big, [{ range: { start: { line, character: column }, end: { line, character: column + 2 } }, text: '178' }]);
    const edited = await client.waitForDiagnostics(big, v, 0, 30_000);
    const lines = finalText.split('\n');
    lines[line] = lines[line]!.slice(0, column) + '178' + lines[line]!.slice(column + 2);
    assert.deepEqual(brief(edited.diagnostics), brief(analyze(lines.join('\n')).findings));
  });
});
