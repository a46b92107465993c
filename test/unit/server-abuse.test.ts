/**
 * The server under abuse (issue 5 §5) and its lifecycle: odd requests, malformed params, unknown
 * documents, cancellation; the incremental path never drifts from a fresh parse; checkWorkspace over
 * files in every encoding; shutdown/exit; the bin shim.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { CancellationTokenSource, type Hover, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { analyze, splitLines } from '../../shared/src';
import { encode } from '../../shared/node/decode';
import { CHECK_WORKSPACE_REQUEST, TOO_LARGE_CODE, type CheckWorkspaceResult } from '../../shared/protocol';
import { lineOf, seed } from '../helpers/fixtures';
import { codes, ROOT, TestClient } from '../helpers/lsp';

const BIN = join(ROOT, 'bin', 'govreport-language-server.js');

function totalPosition(text: string): { line: number; character: number } {
  const lines = text.split('\n');
  let line = lineOf(text, '一、本年新收');
  while (!/^\s*178\s*$/.test(lines[line]!)) line++;
  return { line, character: lines[line]!.indexOf('178') };
}

describe('the server under abuse', () => {
  let client: TestClient;
  const uri = 'file:///abuse/002.txt';
  const text = seed('002');
  const total = totalPosition(text);

  before(async () => {
    client = await TestClient.start();
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, 1);
  });
  after(async () => {
    // Malformed input is refused by the checks, not caught as an exception (no stack trace logged).
    assert.deepEqual(client.logs.filter((l) => /\n\s+at |uncaught|unhandled/.test(l)), []);
    assert.equal(await client.stop(), 0);
  });

  async function stillAnswers(): Promise<void> {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: total });
    assert.match((hover.contents as MarkupContent).value, /171 \+ 7 \+ 0 \+ 0 \+ 0 \+ 0 = 178 ✓/);
    assert.equal(client.proc.exitCode, null);
  }

  it('answers nothing for documents it does not know', async () => {
    const unknown = { textDocument: { uri: 'file:///nowhere.txt' } };
    assert.equal(await client.request('textDocument/hover', { ...unknown, position: { line: 0, character: 0 } }), null);
    assert.equal(await client.request('textDocument/documentSymbol', unknown), null);
    assert.equal(await client.request('textDocument/foldingRange', unknown), null);
    assert.equal(await client.request('textDocument/codeAction', { ...unknown, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), null);
    assert.equal(await client.request('textDocument/inlayHint', { ...unknown, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } }), null);
    await stillAnswers();
  });

  it('answers nothing for positions out of range or malformed', async () => {
    for (const position of [{ line: 1_000_000, character: 3 }, { line: total.line, character: 1_000_000 }, { line: -1, character: 0 }, { line: 0.5, character: 0 }, { line: '3', character: 0 }, null, 'here']) {
      for (const method of ['textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight']) {
        assert.equal(await client.request(method, { textDocument: { uri }, position, context: { includeDeclaration: true } }), null, `${method} ${JSON.stringify(position)}`);
      }
    }
    const far = { start: { line: 500_000, character: 0 }, end: { line: 600_000, character: 9 } };
    assert.deepEqual(await client.request('textDocument/inlayHint', { textDocument: { uri }, range: far }), []);
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri }, range: far, context: { diagnostics: [] } }), []);
    await stillAnswers();
  });

  it('survives malformed params of every request and notification', async () => {
    const junk: unknown[] = [null, 42, 'x', [], {}, { textDocument: 5 }, { textDocument: { uri: 7 } }, { textDocument: { uri }, range: 'all', context: 'none' }];
    const methods = ['textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/codeAction', 'textDocument/inlayHint', 'codeAction/resolve', 'workspace/executeCommand'];
    for (const method of methods) {
      for (const params of junk) {
        // Either an answer or a JSON-RPC error; never a dead server.
        await client.request(method, params).catch((e: { code?: number }) => assert.equal(typeof e.code, 'number'));
      }
    }
    // A code action whose context holds garbage, with its range reversed.
    const reversed = { start: { line: total.line, character: total.character + 3 }, end: { line: total.line, character: total.character } };
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri }, range: reversed, context: { diagnostics: [null, 3, { code: 'row-total' }], only: [5] } }), []);
    assert.deepEqual(await client.request('workspace/executeCommand', { command: 'govreport.server.fixAll', arguments: [{}, 'v'] }), false);
    assert.equal(await client.request('workspace/executeCommand', { command: 'no.such.command' }), null);
    await assert.rejects(client.request(CHECK_WORKSPACE_REQUEST, { folders: 'everything' }), (e: { code: number }) => e.code === -32602);
    await assert.rejects(client.request('govreport/noSuchRequest', {}), (e: { code: number }) => e.code === -32601);
    for (const params of junk) {
      await client.notify('textDocument/didOpen', params);
      await client.notify('textDocument/didChange', params);
      await client.notify('textDocument/didClose', params === null ? null : { textDocument: { uri: 'file:///never-opened.txt' } });
      await client.notify('workspace/didChangeConfiguration', params);
      await client.notify('$/cancelRequest', params);
    }
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 99 }, contentChanges: [{ range: { start: { line: -4 } }, text: 'x' }] });
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 'new' }, contentChanges: [{ text: '' }] });
    await client.notify('textDocument/didChange', { textDocument: { uri: 'file:///unknown.txt', version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.notify('no/such/notification', { a: 1 });
    // The document is intact: the malformed changes were not applied.
    await stillAnswers();
    const v = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    const p = await client.waitForDiagnostics(uri, v);
    assert.deepEqual(codes(p.diagnostics), analyze(text).findings.map((f) => f.code));
  });

  it('keeps answering when requests are cancelled', async () => {
    const results: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i++) {
      const source = new CancellationTokenSource();
      results.push(client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, source.token).catch((e: unknown) => e));
      source.cancel();
    }
    await Promise.all(results);
    await stillAnswers();
  });

  it('takes edits that clamp past the end of a line or the document, as the protocol says', async () => {
    const before = client.diagnostics.length;
    const v = await client.change(uri, [{ range: { start: { line: 900_000, character: 5 }, end: { line: 900_001, character: 0 } }, text: '\n' }]);
    const p = await client.waitForDiagnostics(uri, v, before);
    assert.deepEqual(codes(p.diagnostics), analyze(`${text}\n`).findings.map((f) => f.code));
    await stillAnswers();
  });
});

/** A document model independent of the server's: LSP positions over our own line splitting. */
function applyChange(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, insert: string): string {
  const lines = splitLines(text);
  const offset = (p: { line: number; character: number }) => {
    const line = lines[p.line]!;
    return line.offset + Math.min(p.character, line.text.length);
  };
  return text.slice(0, offset(range.start)) + insert + text.slice(offset(range.end));
}

describe('incremental sync never drifts from a fresh parse', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ initializationOptions: { settings: { govreport: { debounceMs: 0 } } } });
  });
  after(async () => {
    await client.stop();
  });

  it('random edit sequences give exactly the diagnostics of the final text', async () => {
    const base = seed('002');
    // Context pieces too (依申请, another year, a part heading, 。): the document's analysis cache
    // must follow what a sentence depends on outside itself.
    const pieces = ['', '0', '7', '178', '\t', '\n', '\r\n', '。', '一、', '（七）总计', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '申请35件', '依申请', '2023年', '属于国家秘密3件', ' ', '**', '𠀀'];
    const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 40 }), insert: fc.array(fc.constantFrom(...pieces), { maxLength: 4 }).map((a) => a.join('')) });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), async (batches) => {
        const uri = `file:///drift/${run++}.txt`;
        let text = base;
        await client.open(uri, text);
        let version = 1;
        for (const batch of batches) {
          const changes = [];
          for (const e of batch) {
            // A valid range in the current text (never inside a surrogate pair or a CRLF).
            const lines = splitLines(text);
            const startOffset = e.at % (text.length + 1);
            const endOffset = Math.min(text.length, startOffset + e.length);
            const toPos = (o: number) => {
              let l = 0;
              while (l + 1 < lines.length && lines[l + 1]!.offset <= o) l++;
              return { line: l, character: Math.min(o - lines[l]!.offset, lines[l]!.text.length) };
            };
            const range = { start: toPos(startOffset), end: toPos(endOffset) };
            text = applyChange(text, range, e.insert);
            changes.push({ range, text: e.insert });
          }
          version = await client.change(uri, changes);
        }
        const p = await client.waitForDiagnostics(uri, version);
        const fresh = analyze(text).findings;
        assert.deepEqual(p.diagnostics.map((d) => `${d.code}@${JSON.stringify(d.range)}`), fresh.map((f) => `${f.code}@${JSON.stringify(f.range)}`));
        await client.notify('textDocument/didClose', { textDocument: { uri } });
      }),
      { numRuns: 25, seed: 20240402 },
    );
  });
});

describe('govreport/checkWorkspace: an open file whose name the editor’s URI encodes otherwise than Node', () => {
  it('湘潭县2024年报 (1).txt, open as file:///…%20%281%29.txt: checked from the editor’s text, its diagnostics under the editor’s URI only', async () => {
    const client = await TestClient.start({ locale: 'zh-CN' });
    const dir = mkdtempSync(join(tmpdir(), 'govreport-ws-uri-'));
    try {
      const name = '湘潭县2024年报 (1).txt';
      writeFileSync(join(dir, name), seed('002').replace('\t178\n', '\t180\n'));
      const nodeUri = pathToFileURL(join(dir, name)).href;
      // As VS Code writes it (vscode-uri): ( and ) percent-encoded, which Node leaves as they are.
      const editorUri = nodeUri.replace(/\(/g, '%28').replace(/\)/g, '%29');
      assert.notEqual(editorUri, nodeUri);
      await client.open(editorUri, seed('002'));
      await client.waitForDiagnostics(editorUri, 1);
      const result = await client.request<CheckWorkspaceResult>(CHECK_WORKSPACE_REQUEST, { folders: [pathToFileURL(dir).href] });
      assert.equal(result.files, 1);
      assert.equal(result.errors, 0, 'the open, correct text was checked, not the file on disk');
      assert.ok(!client.diagnostics.some((p) => p.uri === nodeUri), 'no diagnostics under a second URI for the same file');
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('govreport/checkWorkspace', () => {
  let client: TestClient;
  let dir: string;
  before(async () => {
    client = await TestClient.start({ locale: 'zh-CN' });
    dir = mkdtempSync(join(tmpdir(), 'govreport-ws-'));
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, 'node_modules'));
    const broken = seed('002').replace('\t178\n', '\t180\n');
    writeFileSync(join(dir, 'a.govreport.txt'), broken);
    writeFileSync(join(dir, 'b.txt'), encode(seed('000'), 'gb18030'));
    writeFileSync(join(dir, 'c.txt'), encode(seed('004'), 'utf-16le'));
    writeFileSync(join(dir, 'sub', 'd.txt'), encode(seed('001'), 'utf-8-bom'));
    writeFileSync(join(dir, 'notes.txt'), 'shopping list\nmilk\n');
    writeFileSync(join(dir, 'blob.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8]));
    writeFileSync(join(dir, 'node_modules', 'e.txt'), seed('003'));
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks every report under the folder, in every encoding, and publishes what the core finds', async () => {
    const result = await client.request<CheckWorkspaceResult>(CHECK_WORKSPACE_REQUEST, { folders: [pathToFileURL(dir).href] });
    assert.equal(result.files, 4);
    assert.equal(result.unreadable, 1);
    assert.equal(result.skipped, 1);
    const expect = {
      'a.govreport.txt': seed('002').replace('\t178\n', '\t180\n'),
      'b.txt': seed('000'),
      'c.txt': seed('004'),
      'sub/d.txt': seed('001'),
    };
    let errors = 0;
    for (const [name, original] of Object.entries(expect)) {
      const fileUri = pathToFileURL(join(dir, name)).href;
      const p = await client.waitForDiagnostics(fileUri);
      const findings = analyze(original).findings;
      assert.deepEqual(codes(p.diagnostics), findings.map((f) => f.code), name);
      assert.deepEqual(p.diagnostics.map((d) => d.range), findings.map((f) => f.range), name);
      errors += findings.filter((f) => f.severity === 'error').length;
    }
    assert.equal(result.errors, errors);
    assert.ok(errors >= 1, 'the wrong total of a.govreport.txt');
    assert.ok(!client.diagnostics.some((p) => /notes|blob|node_modules/.test(p.uri)));
  });

  it('uses the editor text of an open file, and honours the size limit', async () => {
    const fileUri = pathToFileURL(join(dir, 'a.govreport.txt')).href;
    await client.open(fileUri, seed('002'));
    await client.waitForDiagnostics(fileUri, 1);
    const result = await client.request<CheckWorkspaceResult>(CHECK_WORKSPACE_REQUEST, { folders: [pathToFileURL(dir).href] });
    assert.equal(result.files, 4);
    const last = client.diagnostics.filter((p) => p.uri === fileUri).at(-1)!;
    assert.ok(!codes(last.diagnostics).includes('row-total'), 'the open, correct text was checked');

    await client.notify('workspace/didChangeConfiguration', { settings: { govreport: { maxDocumentSize: 100 } } });
    const from = client.diagnostics.length;
    const limited = await client.request<CheckWorkspaceResult>(CHECK_WORKSPACE_REQUEST, { folders: [pathToFileURL(dir).href] });
    assert.equal(limited.tooLarge, 3);
    const d = await client.waitForDiagnostics(pathToFileURL(join(dir, 'c.txt')).href, undefined, from);
    assert.deepEqual(codes(d.diagnostics), [TOO_LARGE_CODE]);
  });

  it('stops when cancelled and keeps answering', async () => {
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest(CHECK_WORKSPACE_REQUEST, { folders: [pathToFileURL(dir).href] }, source.token).then(
      (r) => r,
      (e: unknown) => e,
    );
    source.cancel();
    await pending;
    const again = await client.request<CheckWorkspaceResult>(CHECK_WORKSPACE_REQUEST, { folders: [pathToFileURL(join(dir, 'sub')).href] });
    assert.equal(again.files, 1);
  });
});

describe('lifecycle and the bin shim', () => {
  it('exits with 0 after shutdown and exit', async () => {
    const client = await TestClient.start();
    await client.open('file:///x.txt', seed('004'));
    await client.waitForDiagnostics('file:///x.txt', 1);
    assert.equal(await client.request('shutdown', undefined), null);
    await client.notify('exit', undefined);
    assert.equal(await client.exited, 0);
  });

  it('exits with 1 on exit without shutdown', async () => {
    const client = await TestClient.start();
    await client.notify('exit', undefined);
    assert.equal(await client.exited, 1);
  });

  it('starts from bin/govreport-language-server.js --stdio and serves a document', async () => {
    const client = await TestClient.start({ script: BIN, args: ['--stdio'] });
    assert.equal(client.initializeResult?.serverInfo?.name, 'govreport-language-server');
    await client.open('file:///bin.txt', seed('002'));
    const p = await client.waitForDiagnostics('file:///bin.txt', 1);
    assert.deepEqual(codes(p.diagnostics), analyze(seed('002')).findings.map((f) => f.code));
    assert.equal(await client.stop(), 0);
  });

  it('speaks stdio when started without a transport argument, and prints its version', async () => {
    const client = await TestClient.start({ script: BIN, args: [] });
    assert.equal(client.initializeResult?.serverInfo?.name, 'govreport-language-server');
    assert.equal(await client.stop(), 0);
    assert.match(execFileSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' }), /^govreport-language-server \d+\.\d+\.\d+/);
  });
});
