/**
 * The language server reads each document's `.govreport-lint.json` as the command line does, with the
 * editor's `govreport.rules` over it, and checks again when such a file changes.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CreateFile, PublishDiagnosticsParams, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { CONFIG_FILE, parseConfig } from '../../shared/node/config';
import { turnOffEdit } from '../../server/src/suppress';
import { seed } from '../helpers/fixtures';
import { cleanup, tempDir } from '../helpers/cli';
import { FULL_CAPABILITIES, TestClient } from '../helpers/lsp';

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code)).sort();

describe('language server: .govreport-lint.json', () => {
  let dir: string;
  let client: TestClient;
  let uri: string;
  let configUri: string;
  let settings: Record<string, unknown> = {};

  before(async () => {
    dir = tempDir('server-config');
    // Seed 002: two narrative-mismatch warnings and three label-variant notes.
    writeFileSync(join(dir, 'r.txt'), seed('002'));
    writeFileSync(join(dir, CONFIG_FILE), '{"rules": {"label-variant": "off"}}');
    uri = pathToFileURL(join(dir, 'r.txt')).href;
    configUri = pathToFileURL(join(dir, CONFIG_FILE)).href;
    client = await TestClient.start({ settings: () => settings });
  });
  after(async () => {
    await client.stop();
    cleanup(dir);
  });

  /**
   * Says the configuration file changed and waits for the diagnostics it should give (a check still
   * under way from an earlier change may publish first; a wrong result times out).
   */
  async function configChanged(text: string, expected: readonly string[]): Promise<void> {
    writeFileSync(join(dir, CONFIG_FILE), text);
    const from = client.diagnostics.length;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await client.waitForDiagnosticsWhere(uri, (p) => JSON.stringify(codes(p)) === JSON.stringify(expected), from);
  }

  it('watches every .govreport-lint.json', async () => {
    await client.until(() => client.registrations.length > 0 && JSON.stringify(client.registrations).includes('workspace/didChangeWatchedFiles'), 'the watcher registration');
    assert.match(JSON.stringify(client.registrations), /"globPattern":"\*\*\/\.govreport-lint\.json"/);
  });

  it('checks a document with the rules of the file beside it, and its status names that file', async () => {
    await client.open(uri, seed('002'));
    assert.deepEqual(codes(await client.waitForDiagnostics(uri, 1)), ['narrative-mismatch', 'narrative-mismatch']);
    assert.equal((await client.waitForStatus(uri, 1)).config, join(dir, CONFIG_FILE));
  });

  it('checks again when the file changes, and goes by what it says now', async () => {
    await configChanged('{"overrides": [{"files": ["r.txt"], "rules": {"narrative-mismatch": "off"}}]}', ['label-variant', 'label-variant', 'label-variant']);
  });

  it("the editor's govreport.rules go over the file's", async () => {
    settings = { rules: { 'narrative-mismatch': 'error' } };
    const from = client.diagnostics.length;
    await client.reconfigure();
    const p = await client.waitForDiagnosticsWhere(uri, (d) => d.diagnostics.some((x) => x.code === 'narrative-mismatch'), from);
    assert.deepEqual(p.diagnostics.filter((d) => d.code === 'narrative-mismatch').map((d) => d.severity), [1, 1]);
    settings = {};
    await client.reconfigure();
  });

  it('offers to turn a rule off for this report in the file, and the finding is gone once the edit is saved', async () => {
    await configChanged('{"rules": {"label-variant": "off"}}', ['narrative-mismatch', 'narrative-mismatch']);
    const shown = client.diagnostics.filter((p) => p.uri === uri).pop()!.diagnostics;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: shown[0]!.range, context: { diagnostics: [shown[0]] } });
    const off = actions.find((a) => a.title === '在 .govreport-lint.json 中对本报告关闭规则 narrative-mismatch')!;
    assert.ok(off, actions.map((a) => a.title).join(' | '));
    assert.equal(off.kind, 'quickfix');
    const change = off.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri: configUri, version: null });
    assert.deepEqual(change.edits[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: '{"rules": {"label-variant": "off"}}'.length } });
    const saved = (change.edits[0] as TextEdit).newText;
    assert.deepEqual(JSON.parse(saved), { rules: { 'label-variant': 'off' }, overrides: [{ files: ['/r.txt'], rules: { 'narrative-mismatch': 'off' } }] });
    await configChanged(saved, []);
    // Only on the diagnostics asked about; none when fixes on save are asked for.
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri }, range: shown[0]!.range, context: { diagnostics: [shown[0]], only: ['source.fixAll.govreport'] } }), []);
  });

  it('a file that cannot be used is said once, and the document is checked without it', async () => {
    await configChanged('{"rules": {"label-variant": "quiet"}}', ['label-variant', 'label-variant', 'label-variant', 'narrative-mismatch', 'narrative-mismatch']);
    await client.until(() => client.shown.length > 0, 'a message');
    assert.equal(client.shown.length, 1);
    assert.match(client.shown[0]!, /^GovReport: .*\.govreport-lint\.json: 配置文件无效，未使用：rules 中“label-variant”的级别应为/);
    // An invalid file is never rewritten by the quick fix.
    const shown = client.diagnostics.filter((p) => p.uri === uri).pop()!.diagnostics;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: shown[0]!.range, context: { diagnostics: shown } });
    assert.equal(actions.filter((a) => a.title.includes(CONFIG_FILE)).length, 0);
  });
});

describe('language server: turning a rule off where there is no .govreport-lint.json', () => {
  let dir: string;
  after(() => cleanup(dir));

  it('creates the file beside the report when the client can create files, and offers nothing when it cannot', async () => {
    dir = tempDir('server-config-new');
    writeFileSync(join(dir, 'r.txt'), seed('002'));
    const uri = pathToFileURL(join(dir, 'r.txt')).href;
    for (const create of [true, false]) {
      const client = await TestClient.start({ capabilities: { textDocument: FULL_CAPABILITIES.textDocument, workspace: { workspaceEdit: { documentChanges: true, ...(create ? { resourceOperations: ['create'] } : {}) } } } });
      try {
        await client.open(uri, seed('002'));
        const shown = (await client.waitForDiagnostics(uri, 1)).diagnostics.filter((d) => d.code === 'label-variant');
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: shown[0]!.range, context: { diagnostics: shown } });
        const off = actions.filter((a) => a.title.includes(CONFIG_FILE));
        if (!create) {
          assert.deepEqual(off, []);
          continue;
        }
        assert.deepEqual(off.map((a) => a.title), ['在 .govreport-lint.json 中对本报告关闭规则 label-variant']);
        assert.equal(off[0]!.diagnostics!.length, 3);
        const [made, edit] = off[0]!.edit!.documentChanges! as [CreateFile, TextDocumentEdit];
        const configUri = pathToFileURL(join(dir, CONFIG_FILE)).href;
        assert.deepEqual(made, { kind: 'create', uri: configUri, options: { ignoreIfExists: true } });
        assert.deepEqual(JSON.parse((edit.edits[0] as TextEdit).newText), { overrides: [{ files: ['/r.txt'], rules: { 'label-variant': 'off' } }] });
      } finally {
        await client.stop();
      }
    }
  });
});

/** `text` with LSP edits applied (none overlapping), as an editor would. */
function applied(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

describe('language server: turning a rule off while the .govreport-lint.json is open with unsaved edits', () => {
  let dir: string;
  let client: TestClient;
  let uri: string;
  let configUri: string;
  const onDisk = '{"rules": {"label-variant": "off"}}';

  before(async () => {
    dir = tempDir('server-config-open');
    writeFileSync(join(dir, 'r.txt'), seed('002'));
    writeFileSync(join(dir, CONFIG_FILE), onDisk);
    uri = pathToFileURL(join(dir, 'r.txt')).href;
    configUri = pathToFileURL(join(dir, CONFIG_FILE)).href;
    const capabilities = { ...FULL_CAPABILITIES, textDocument: { ...FULL_CAPABILITIES.textDocument, codeAction: { ...FULL_CAPABILITIES.textDocument!.codeAction, disabledSupport: true } } };
    client = await TestClient.start({ settings: () => ({}), capabilities });
    await client.open(uri, seed('002'));
    await client.waitForDiagnostics(uri, 1);
  });
  after(async () => {
    await client.stop();
    cleanup(dir);
  });

  const turnOff = async (): Promise<CodeAction | undefined> => {
    const shown = client.diagnostics.filter((p) => p.uri === uri).pop()!.diagnostics.filter((d) => d.code === 'narrative-mismatch');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: shown[0]!.range, context: { diagnostics: shown } });
    return actions.find((a) => a.title.includes(CONFIG_FILE));
  };

  it('edits the text open in the editor, at its version, keeping what the user typed and has not saved', async () => {
    // Opened, then typed in (incrementally): artifact off as well, not saved.
    await client.open(configUri, onDisk, 1, 'json');
    const at = onDisk.indexOf('"off"') + '"off"'.length;
    const v = await client.change(configUri, [{ range: { start: { line: 0, character: at }, end: { line: 0, character: at } }, text: ', "artifact": "off"' }]);
    const typed = '{"rules": {"label-variant": "off", "artifact": "off"}}';
    const off = await turnOff();
    assert.ok(off?.edit, JSON.stringify(off));
    const change = off.edit.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri: configUri, version: v });
    assert.deepEqual(JSON.parse(applied(typed, change.edits as TextEdit[])), { rules: { 'label-variant': 'off', artifact: 'off' }, overrides: [{ files: ['/r.txt'], rules: { 'narrative-mismatch': 'off' } }] });
    // The configuration file is not checked as a report.
    assert.equal(client.diagnostics.filter((p) => p.uri === configUri).length, 0);
  });

  it('does not rewrite an open text that is not valid JSON, and says why', async () => {
    const v = await client.change(configUri, [{ text: '{"rules": {"label-variant": "off",' }]);
    assert.ok(v > 1);
    const off = await turnOff();
    assert.ok(off, 'offered disabled, with the reason');
    assert.equal(off.edit, undefined);
    assert.match(off.disabled!.reason, /^\.govreport-lint\.json 无效，不能在其中关闭规则，请先改正：不是有效的 JSON/);
  });

  it('once the file is closed, edits the file as saved', async () => {
    await client.notify('textDocument/didClose', { textDocument: { uri: configUri } });
    const off = await turnOff();
    const change = off!.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri: configUri, version: null });
    assert.deepEqual(JSON.parse(applied(onDisk, change.edits as TextEdit[])), { rules: { 'label-variant': 'off' }, overrides: [{ files: ['/r.txt'], rules: { 'narrative-mismatch': 'off' } }] });
  });
});

describe('language server: a .govreport-lint.json being written in the editor', () => {
  let dir: string;
  let client: TestClient;
  after(async () => {
    await client.stop();
    cleanup(dir);
  });

  it('is not called invalid while its text is unsaved (the quick fix creates it empty); it is once saved so', async () => {
    dir = tempDir('server-config-unsaved');
    writeFileSync(join(dir, 'r.txt'), seed('002'));
    // As VS Code applies the quick fix's edit: the file created empty, its text in the editor unsaved.
    writeFileSync(join(dir, CONFIG_FILE), '');
    const uri = pathToFileURL(join(dir, 'r.txt')).href;
    const configUri = pathToFileURL(join(dir, CONFIG_FILE)).href;
    client = await TestClient.start({ settings: () => ({}) });
    const typed = '{"overrides": [{"files": ["/r.txt"], "rules": {"label-variant": "off"}}]}\n';
    await client.open(configUri, typed, 1, 'json');
    await client.open(uri, seed('002'));
    assert.equal((await client.waitForDiagnostics(uri, 1)).diagnostics.length, 5, 'checked without it until it is saved');
    assert.deepEqual(client.shown, []);
    // Saved: checked with it.
    writeFileSync(join(dir, CONFIG_FILE), typed);
    let from = client.diagnostics.length;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await client.waitForDiagnosticsWhere(uri, (p) => JSON.stringify(codes(p)) === '["narrative-mismatch","narrative-mismatch"]', from);
    assert.deepEqual(client.shown, []);
    // Saved invalid: said once.
    const broken = '{"rules": {"label-variant": "of"}}';
    await client.change(configUri, [{ text: broken }]);
    writeFileSync(join(dir, CONFIG_FILE), broken);
    from = client.diagnostics.length;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await client.waitForDiagnosticsWhere(uri, (p) => p.diagnostics.length === 5, from);
    await client.until(() => client.shown.length > 0, 'the message');
    assert.match(client.shown[0]!, /配置文件无效，未使用/);
  });
});

describe('turnOffEdit on an open configuration text', () => {
  it('keeps a BOM the editor text holds, and changes only what the override adds', () => {
    const text = '\ufeff{"rules": {"label-variant": "off"}}';
    const made = turnOffEdit('/x/r.txt', 'artifact', { config: parseConfig(text, '/x/.govreport-lint.json') }, { documentChanges: true, createFiles: false }, () => ({ uri: 'file:///x/.govreport-lint.json', version: 7, text }));
    assert.ok(made && 'edit' in made);
    const change = made.edit.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri: 'file:///x/.govreport-lint.json', version: 7 });
    const result = applied(text, change.edits as TextEdit[]);
    assert.ok(result.startsWith('\ufeff{'));
    assert.deepEqual(JSON.parse(result.slice(1)), { rules: { 'label-variant': 'off' }, overrides: [{ files: ['/r.txt'], rules: { artifact: 'off' } }] });
  });
});
