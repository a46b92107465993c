/**
 * The readers' libraries are a bundle of their own (dist/libs.js, scripts/build.mjs): the command line
 * and the language server require it from beside them on first use, so a run over UTF-8 text never
 * reads it, and the .vsix must ship it with the server.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { seed } from '../helpers/fixtures';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');

/** The files of dist/ that `bundle` requires by a relative path. */
function localRequires(bundle: string): string[] {
  const code = readFileSync(join(DIST, bundle), 'utf8');
  return [...code.matchAll(/\brequire\("\.\/([^"]+)"\)/g)].map((m) => m[1]!);
}

/** Whether dist/libs.js was loaded when dist/cli.js checked `file` (cli.js runs on load, as the bin does). */
function cliLoadsLibs(file: string): boolean {
  const code = `process.on('exit', () => process.stderr.write('LIBS ' + Object.keys(require.cache).includes(${JSON.stringify(join(DIST, 'libs.js'))})));
require(${JSON.stringify(join(DIST, 'cli.js'))});`;
  // With -e, main() sees process.argv from its third element on: the first argument is a placeholder.
  const r = spawnSync(process.execPath, ['-e', code, '-', '--format', 'json', file], { encoding: 'utf8' });
  const m = /LIBS (true|false)/.exec(r.stderr);
  assert.ok(m, r.stderr);
  return m[1] === 'true';
}

describe('the libraries bundle', () => {
  it('cli.js and server.js require dist/libs.js and do not hold the libraries themselves', () => {
    for (const bundle of ['cli.js', 'server.js']) {
      assert.deepEqual(localRequires(bundle), ['libs.js'], bundle);
      const code = readFileSync(join(DIST, bundle), 'utf8');
      for (const lib of ['node_modules/iconv-lite/', 'node_modules/parse5/', 'node_modules/saxes/', 'node_modules/fflate/', 'node_modules/picomatch/']) {
        assert.ok(!code.includes(lib), `${bundle} holds ${lib}`);
      }
    }
  });

  it('the .vsix ships every dist file the server and the client require', () => {
    const shipped = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    for (const bundle of ['server.js', 'client.js']) {
      for (const f of localRequires(bundle)) assert.ok(shipped.includes(`!dist/${f}`), `dist/${f} (required by ${bundle}) is not shipped`);
    }
  });

  it('a UTF-8 report leaves dist/libs.js unread; a GB18030 one loads it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govreport-bundles-'));
    const utf8 = join(dir, 'report.txt');
    writeFileSync(utf8, seed('002'));
    assert.equal(cliLoadsLibs(utf8), false);
    const gbk = join(dir, 'report-gbk.txt');
    writeFileSync(gbk, Buffer.from([0xb1, 0xa8, 0xb8, 0xe6, 0x0a])); // 报告\n in GB18030
    assert.equal(cliLoadsLibs(gbk), true);
  });
});

describe('the PDF bundle', () => {
  it('pdf.js is in dist/pdf.js alone, with its character maps beside it, and the .vsix ships both', () => {
    for (const bundle of ['cli.js', 'server.js', 'libs.js']) {
      const code = readFileSync(join(DIST, bundle), 'utf8');
      assert.ok(!code.includes('pdfjs-dist') && !code.includes('PDFDocumentLoadingTask'), `${bundle} holds pdf.js`);
    }
    assert.ok(readFileSync(join(DIST, 'pdf.js'), 'utf8').includes('PasswordException'));
    assert.ok(existsSync(join(DIST, 'cmaps', 'UniGB-UCS2-H.bcmap')), 'the GB character maps');
    const shipped = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(shipped.includes('!dist/pdf.js'));
    assert.ok(shipped.includes('!dist/cmaps/*.bcmap'));
  });
});
