/** Protocol tests of the server's settings: rule levels, language, debounce, size limit, inlay hints. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, DocumentSymbol, Hover, InlayHint, MarkupContent } from 'vscode-languageserver-protocol';
import { analyze } from '../../shared/src';
import { TOO_LARGE_CODE } from '../../shared/protocol';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanup, tempDir } from '../helpers/cli';
import { lineOf, seed } from '../helpers/fixtures';
import { codes, FULL_CAPABILITIES, TestClient } from '../helpers/lsp';

const CJK = /[\u4e00-\u9fff]/;

/** Seed 002 with the total of 一、本年新收 changed from 178 to 180. */
function wrongTotal(): { text: string; line: number; character: number } {
  const text = seed('002');
  const lines = text.split('\n');
  let line = lineOf(text, '一、本年新收');
  while (!/^\s*178\s*$/.test(lines[line]!)) line++;
  const character = lines[line]!.indexOf('178');
  lines[line] = lines[line]!.replace('178', '180');
  return { text: lines.join('\n'), line, character };
}

const message = (d: Diagnostic) => String(d.message);
const whole = { start: { line: 0, character: 0 }, end: { line: 99999, character: 0 } };

describe('settings pulled with workspace/configuration', () => {
  let client: TestClient;
  let settings: Record<string, unknown> = {};
  const uri = 'file:///s/report.txt';
  const broken = wrongTotal();

  before(async () => {
    client = await TestClient.start({ settings: () => settings });
    await client.open(uri, broken.text);
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it('checks with the defaults: Chinese messages, row-total an error', async () => {
    const p = await client.waitForDiagnostics(uri, 1);
    const d = p.diagnostics.find((x) => x.code === 'row-total')!;
    assert.equal(d.severity, 1);
    assert.match(message(d), CJK);
  });

  it('turns a rule off, changes a severity and speaks English after didChangeConfiguration', async () => {
    const from = client.diagnostics.length;
    settings = { rules: { 'row-total': 'off', 'label-variant': 'error', 'no-such-rule': 'warning', balance: 'loud' }, language: 'en' };
    await client.reconfigure();
    const p = await client.waitForDiagnostics(uri, 1, from);
    assert.ok(!codes(p.diagnostics).includes('row-total'));
    const labels = p.diagnostics.filter((d) => d.code === 'label-variant');
    assert.equal(labels.length, 3);
    assert.ok(labels.every((d) => d.severity === 1));
    const expected = analyze(broken.text, { rules: { 'row-total': 'off', 'label-variant': 'error' } }).findings;
    assert.deepEqual(codes(p.diagnostics), expected.map((f) => f.code));
    assert.deepEqual(p.diagnostics.map(message), expected.map((f) => f.message.en));
    // Hovers and the outline follow the language.
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: broken.line, character: broken.character } });
    assert.match((hover.contents as MarkupContent).value, /row “I\. new requests this year”: sum of applicant columns = total/);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.flatMap((s) => s.children ?? []).some((s) => s.name.startsWith('table 三')));
    // No inlay hint for a rule that is off.
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: whole });
    assert.deepEqual(hints, []);
  });

  it('shows inlay hints unless they are turned off', async () => {
    settings = { language: 'en' };
    await client.reconfigure();
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: whole });
    assert.equal(hints.length, 1);
    assert.equal(hints[0]!.label, '→ 178');
    settings = { language: 'en', inlayHints: false };
    await client.reconfigure();
    assert.equal(await client.request('textDocument/inlayHint', { textDocument: { uri }, range: whole }), null);
  });

  it('with debounce 0 checks after every change; with a debounce, a burst of changes is checked once', async () => {
    settings = { debounceMs: 0 };
    await client.reconfigure();
    const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const v = await client.change(uri, [{ range: at, text: ' ' }]);
    await client.waitForDiagnostics(uri, v);

    settings = { debounceMs: 300 };
    await client.reconfigure();
    const from = client.diagnostics.length;
    const statusFrom = client.statuses.length;
    let last = v;
    for (let i = 0; i < 5; i++) last = await client.change(uri, [{ range: at, text: ' ' }]);
    await client.waitForDiagnostics(uri, last, from);
    // A status follows every check (diagnostics only when they changed).
    const burst = client.statuses.slice(statusFrom).filter((p) => p.uri === uri);
    assert.deepEqual(burst.map((p) => p.version), [last], 'only the last version is checked');
  });

  it('above maxDocumentSize: one diagnostic says so, the status says tooLarge, requests still answer', async () => {
    settings = { maxDocumentSize: 1000, debounceMs: 0 };
    const from = client.diagnostics.length;
    const statusFrom = client.statuses.length;
    await client.reconfigure();
    const p = await client.waitForDiagnosticsWhere(uri, (x) => x.diagnostics.length === 1, from);
    assert.deepEqual(codes(p.diagnostics), [TOO_LARGE_CODE]);
    assert.equal(p.diagnostics[0]!.severity, 2);
    assert.match(message(p.diagnostics[0]!), /maxDocumentSize/);
    const status = await client.waitForStatusWhere(uri, (x) => x.tooLarge === true, statusFrom);
    assert.equal(status.warnings, 1);
    assert.equal(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), null);
    // Raising the limit checks it again.
    const again = client.diagnostics.length;
    settings = { debounceMs: 0 };
    await client.reconfigure();
    const back = await client.waitForDiagnosticsWhere(uri, (x) => x.diagnostics.length > 1, again);
    assert.ok(codes(back.diagnostics).includes('row-total'));
  });

  it('falls back to defaults for malformed settings', async () => {
    settings = { language: 'en', rules: { 'row-total': 'off' } };
    await client.reconfigure();
    const from = client.diagnostics.length;
    settings = { rules: 'all', language: 42, debounceMs: -5, maxDocumentSize: 'big', inlayHints: 'yes' };
    await client.reconfigure();
    const p = await client.waitForDiagnosticsWhere(uri, (x) => codes(x.diagnostics).includes('row-total'), from);
    assert.match(message(p.diagnostics[0]!), CJK);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: whole });
    assert.equal(hints.length, 1);
  });
});

describe('settings without workspace/configuration', () => {
  it("'auto' follows the client's locale from initialize", async () => {
    const client = await TestClient.start({ locale: 'en-US' });
    const uri = 'file:///s/en.txt';
    await client.open(uri, wrongTotal().text);
    const p = await client.waitForDiagnostics(uri, 1);
    assert.ok(p.diagnostics.length > 0);
    assert.deepEqual(p.diagnostics.map(message), analyze(wrongTotal().text).findings.map((f) => f.message.en));
    assert.equal(await client.stop(), 0);
  });

  it('takes settings from initializationOptions and from didChangeConfiguration payloads', async () => {
    const client = await TestClient.start({ locale: 'zh-CN', initializationOptions: { settings: { govreport: { language: 'en', rules: { 'row-total': 'warning' } } } } });
    const uri = 'file:///s/push.txt';
    await client.open(uri, wrongTotal().text);
    const p = await client.waitForDiagnostics(uri, 1);
    const d = p.diagnostics.find((x) => x.code === 'row-total')!;
    assert.equal(d.severity, 2);
    assert.match(message(d), /^table 三 row “I\. new requests this year”, column “total” should be 178, not 180\./);
    const from = client.diagnostics.length;
    await client.notify('workspace/didChangeConfiguration', { settings: { govreport: { language: 'zh-CN', rules: { 'row-total': 'off' } } } });
    const q = await client.waitForDiagnostics(uri, 1, from);
    assert.ok(!codes(q.diagnostics).includes('row-total'));
    assert.match(message(q.diagnostics[0]!), CJK);
    assert.equal(await client.stop(), 0);
  });

  it('takes the settings themselves as initializationOptions (an editor configured by hand: init_options = { language = "en" })', async () => {
    const client = await TestClient.start({ locale: 'zh-CN', initializationOptions: { language: 'en', rules: { 'row-total': 'warning' } } });
    try {
      const uri = 'file:///s/flat.txt';
      await client.open(uri, wrongTotal().text);
      const d = (await client.waitForDiagnostics(uri, 1)).diagnostics.find((x) => x.code === 'row-total')!;
      assert.equal(d.severity, 2);
      assert.match(message(d), /^table 三 row/);
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });

  it('ignores initializationOptions that are no settings (Chinese, as by default)', async () => {
    const client = await TestClient.start({ locale: 'zh-CN', initializationOptions: { provideFormatter: true } });
    try {
      const uri = 'file:///s/other.txt';
      await client.open(uri, wrongTotal().text);
      const d = (await client.waitForDiagnostics(uri, 1)).diagnostics.find((x) => x.code === 'row-total')!;
      assert.equal(d.severity, 1);
      assert.match(message(d), CJK);
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });
});

describe('settings of each folder of a multi-root workspace', () => {
  // Two folders, each with seed 002 (two narrative-mismatch warnings, three label-variant notes); the
  // workspace-folder settings are answered by scope, as VS Code answers from each folder's .vscode/settings.json.
  let dir: string;
  let client: TestClient;
  let a: string;
  let b: string;
  let own: Record<string, Record<string, unknown>> = {};
  const uriIn = (folder: string) => pathToFileURL(join(folder, 'r.txt')).href;

  before(async () => {
    dir = tempDir('server-folders');
    a = join(dir, 'a');
    b = join(dir, 'b');
    for (const f of [a, b]) {
      mkdirSync(f);
      writeFileSync(join(f, 'r.txt'), seed('002'));
    }
    own = { [pathToFileURL(a).href]: { rules: { 'label-variant': 'off' } } };
    const capabilities = { ...FULL_CAPABILITIES, workspace: { ...FULL_CAPABILITIES.workspace, workspaceFolders: true } };
    client = await TestClient.start({ capabilities, workspaceFolders: [a, b], settings: (scopeUri) => (scopeUri !== undefined ? (own[scopeUri] ?? {}) : {}) });
    await client.open(uriIn(a), seed('002'));
    await client.open(uriIn(b), seed('002'));
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
    cleanup(dir);
  });

  const sorted = (p: { diagnostics: Diagnostic[] }) => codes(p.diagnostics).sort();

  it("checks each document with its folder's settings, pulled with the folder as scopeUri", async () => {
    assert.deepEqual(sorted(await client.waitForDiagnostics(uriIn(a), 1)), ['narrative-mismatch', 'narrative-mismatch']);
    assert.deepEqual(sorted(await client.waitForDiagnostics(uriIn(b), 1)), ['label-variant', 'label-variant', 'label-variant', 'narrative-mismatch', 'narrative-mismatch']);
    const scopes = client.configurationItems.map((i) => i.scopeUri);
    assert.ok(scopes.includes(pathToFileURL(a).href) && scopes.includes(pathToFileURL(b).href), JSON.stringify(client.configurationItems));
    // Once per folder until the configuration changes, not once per check.
    const before = client.configurationItems.length;
    const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const v = await client.change(uriIn(a), [{ range: at, text: ' ' }]);
    await client.waitForStatus(uriIn(a), v);
    assert.equal(client.configurationItems.length, before);
  });

  it('pulls them again after didChangeConfiguration', async () => {
    own = { [pathToFileURL(b).href]: { rules: { 'narrative-mismatch': 'off' } } };
    const from = client.diagnostics.length;
    await client.reconfigure();
    assert.deepEqual(sorted(await client.waitForDiagnosticsWhere(uriIn(a), (p) => p.diagnostics.length === 5, from)), ['label-variant', 'label-variant', 'label-variant', 'narrative-mismatch', 'narrative-mismatch']);
    assert.deepEqual(sorted(await client.waitForDiagnosticsWhere(uriIn(b), (p) => p.diagnostics.length === 3, from)), ['label-variant', 'label-variant', 'label-variant']);
  });

  it("checks the workspace's files that are not open with their folder's settings", async () => {
    writeFileSync(join(b, 'other.txt'), seed('002'));
    const from = client.diagnostics.length;
    await client.request('govreport/checkWorkspace', { folders: [pathToFileURL(dir).href] });
    const other = client.diagnostics.slice(from).find((p) => p.uri === pathToFileURL(join(b, 'other.txt')).href)!;
    assert.deepEqual(sorted(other), ['label-variant', 'label-variant', 'label-variant']);
  });

  it('a folder added to the workspace later has its own settings too', async () => {
    const c = join(dir, 'c');
    mkdirSync(c);
    own = { [pathToFileURL(c).href]: { rules: { 'label-variant': 'off' } } };
    await client.open(uriIn(c), seed('002'));
    assert.equal((await client.waitForDiagnostics(uriIn(c), 1)).diagnostics.length, 5, 'in no folder: the window settings');
    const from = client.diagnostics.length;
    await client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: pathToFileURL(c).href, name: 'c' }], removed: [] } });
    assert.deepEqual(sorted(await client.waitForDiagnosticsWhere(uriIn(c), () => true, from)), ['narrative-mismatch', 'narrative-mismatch']);
    assert.ok(client.initializeResult?.capabilities.workspace?.workspaceFolders?.changeNotifications);
  });
});
