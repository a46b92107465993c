/**
 * The language server reads each document's `.govreport-lint.json` as the command line does, with the
 * editor's `govreport.rules` over it, and checks again when such a file changes.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { CONFIG_FILE } from '../../shared/node/config';
import { seed } from '../helpers/fixtures';
import { cleanup, tempDir } from '../helpers/cli';
import { TestClient } from '../helpers/lsp';

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

  it('checks a document with the rules of the file beside it', async () => {
    await client.open(uri, seed('002'));
    assert.deepEqual(codes(await client.waitForDiagnostics(uri, 1)), ['narrative-mismatch', 'narrative-mismatch']);
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

  it('a file that cannot be used is said once, and the document is checked without it', async () => {
    await configChanged('{"rules": {"label-variant": "quiet"}}', ['label-variant', 'label-variant', 'label-variant', 'narrative-mismatch', 'narrative-mismatch']);
    await client.until(() => client.shown.length > 0, 'a message');
    assert.equal(client.shown.length, 1);
    assert.match(client.shown[0]!, /配置文件 .*\.govreport-lint\.json 无效，未使用：rules 中“label-variant”的级别应为/);
  });
});
