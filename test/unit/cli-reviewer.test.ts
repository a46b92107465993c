/**
 * The command line as a reviewer uses it on a folder of many offices' reports: what such folders hold
 * besides reports (Word's owner files, macOS's AppleDouble files), a last year's report that is no report,
 * a folder that holds none, patterns the shell did not expand, and a summary that says which reports to
 * send back.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { seed } from '../helpers/fixtures';
import { cleanup, cli, tempDir } from '../helpers/cli';

const BROKEN = seed('002').replace('\t178\n', '\t180\n');

describe('govreport-lint: a reviewer\'s folder of many offices\' reports', () => {
  let dir: string;
  before(() => {
    dir = tempDir('reviewer');
  });
  after(() => cleanup(dir));

  it('passes over Word\'s owner files (~$报告.docx) and hidden files (._报告.docx, .~lock) in a folder search; named, they are read', () => {
    const sub = join(dir, 'office');
    mkdirSync(sub);
    writeFileSync(join(sub, '报告.txt'), seed('001'));
    // The owner file Word and WPS keep beside a document while it is open: 162 bytes, no document.
    writeFileSync(join(sub, '~$报告.docx'), Buffer.concat([Buffer.from([13]), Buffer.from('Administrator'), Buffer.alloc(148)]));
    // macOS's AppleDouble file beside each file copied from a Mac to a FAT drive or a zip.
    writeFileSync(join(sub, '._报告.docx'), Buffer.concat([Buffer.from([0, 5, 0x16, 7, 0, 2, 0, 0]), Buffer.alloc(4000)]));
    writeFileSync(join(sub, '.~lock.报告.docx#'), ',Administrator,PC,07.12.2026 10:00,file:///C:/Users/x;');
    const r = cli(['office'], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /检查了 1 个文件/);
    // Named on the command line, a file is read whatever its name.
    const named = cli(['office/~$报告.docx'], { cwd: dir });
    assert.equal(named.code, 2);
    assert.match(named.stderr, /^govreport-lint: office\/~\$报告\.docx: 不是有效的 Word 文档/);
  });
});

describe('govreport-lint: last year\'s report (--previous)', () => {
  let dir: string;
  before(() => {
    dir = tempDir('reviewer-previous');
    writeFileSync(join(dir, '2024.txt'), seed('002'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), '\ufeff \r\n\u3000\n');
  });
  after(() => cleanup(dir));

  it('a file with no text is refused as last year\'s report: the run stops before anything is checked (exit 2), in both languages', () => {
    for (const name of ['empty.txt', 'blank.txt']) {
      const r = cli(['--previous', name, '2024.txt'], { cwd: dir });
      assert.equal(r.code, 2, name);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, `govreport-lint: --previous ${name}: 没有文字（文件是空的或只有空白），不是年度报告，未检查\n`);
    }
    const en = cli(['--lang', 'en', '--previous', 'empty.txt', '2024.txt'], { cwd: dir });
    assert.equal(en.code, 2);
    assert.match(en.stderr, /^govreport-lint: --previous empty\.txt: no text \(the file is empty or blank\)/);
  });
});

describe('govreport-lint: folders and patterns named on the command line', () => {
  let dir: string;
  before(() => {
    dir = tempDir('reviewer-args');
    mkdirSync(join(dir, '2024', '湘潭县'), { recursive: true });
    writeFileSync(join(dir, '2024', 'a.txt'), seed('001'));
    writeFileSync(join(dir, '2024', 'b.txt'), BROKEN);
    writeFileSync(join(dir, '2024', 'notes.md'), '# not a report');
    writeFileSync(join(dir, '2024', '湘潭县', 'c.txt'), seed('003'));
    mkdirSync(join(dir, 'zips', 'inner'), { recursive: true });
    writeFileSync(join(dir, 'zips', '各县报告.zip'), Buffer.from('PK\u0005\u0006'));
    writeFileSync(join(dir, 'zips', 'inner', '说明.xlsx'), Buffer.from('PK\u0005\u0006'));
  });
  after(() => cleanup(dir));

  it('a folder named that holds no report is said to be so (exit 2), not passed as a run without errors; in JSON an entry with "error"', () => {
    const r = cli(['zips'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'govreport-lint: zips: 文件夹（含子文件夹）中没有可检查的报告文件（纯文本、Word、OpenDocument、网页或 PDF）\n');
    assert.match(r.stdout, /检查了 0 个文件.*1 个文件无法检查或写回/);
    const en = cli(['--lang', 'en', '--format', 'json', 'zips', '2024/a.txt'], { cwd: dir });
    assert.equal(en.code, 2);
    const json = JSON.parse(en.stdout) as { files: { path: string; error?: string }[] };
    assert.deepEqual(json.files.map((f) => [f.path, f.error]), [
      ['zips', 'the folder (sub-folders included) holds no report file to check (plain text, Word, OpenDocument, web page or PDF)'],
      ['2024/a.txt', undefined],
    ]);
    // A folder whose reports were all reached before (named twice, or inside one named) is no empty folder.
    const twice = cli(['2024', '2024/湘潭县'], { cwd: dir });
    assert.equal(twice.stderr, '');
    assert.match(twice.stdout, /检查了 3 个文件/);
  });

  it('a pattern the shell left (quoted, or cmd.exe and PowerShell, which expand none) is expanded as a folder search of its fixed part; one that matches nothing is said so (exit 2)', () => {
    const top = cli(['--format', 'json', '2024/*.txt'], { cwd: dir });
    assert.equal(top.stderr, '');
    assert.equal(top.code, 1);
    assert.deepEqual((JSON.parse(top.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['2024/a.txt', '2024/b.txt']);
    const deep = cli(['--format', 'json', '2024/**/*.txt', '2024/a.txt'], { cwd: dir });
    assert.deepEqual((JSON.parse(deep.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['2024/a.txt', '2024/b.txt', '2024/湘潭县/c.txt']);
    const none = cli(['2024/*.docx', '2024/a.txt'], { cwd: dir });
    assert.equal(none.code, 2);
    assert.equal(none.stderr, 'govreport-lint: 2024/*.docx: 没有这个文件或文件夹，作为通配符模式也没有匹配到报告文件\n');
    assert.match(none.stdout, /检查了 1 个文件/);
    // A file whose name holds a pattern's character is read as named.
    writeFileSync(join(dir, '2024', '报告[1].txt'), seed('001'));
    const named = cli(['--format', 'json', '2024/报告[1].txt'], { cwd: dir });
    assert.deepEqual((JSON.parse(named.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['2024/报告[1].txt']);
    // A name that is not there and holds no pattern is missing, as before.
    assert.match(cli(['2024/nope.txt'], { cwd: dir }).stderr, /2024\/nope\.txt: 文件或文件夹不存在/);
  });
});

describe('govreport-lint: the summary of many reports', () => {
  let dir: string;
  before(() => {
    dir = tempDir('reviewer-summary');
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `r${i}.txt`), i % 2 === 0 ? BROKEN : seed('001'));
  });
  after(() => cleanup(dir));

  it('says how many reports have an error (the ones to send back), not only how many findings there are', () => {
    const r = cli(['.'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /\n检查了 5 个文件，发现 \d+ 个问题（3 个错误，[^\n]*）；3 个文件有错误。\n$/);
    assert.match(cli(['--quiet', '--lang', 'en', '.'], { cwd: dir }).stdout, /\nChecked 5 files: 3 errors; 3 files have errors\.\n$/);
    // One report, or none with an error: nothing to add.
    assert.match(cli(['r0.txt'], { cwd: dir }).stdout, /\n检查了 1 个文件，发现 \d+ 个问题（1 个错误，[^；\n]*）。\n$/);
    assert.doesNotMatch(cli(['r1.txt', 'r3.txt'], { cwd: dir }).stdout, /有错误/);
  });
});

describe('govreport-lint: --cache-location', () => {
  let dir: string;
  before(() => {
    dir = tempDir('reviewer-cache');
    mkdirSync(join(dir, 'reports'));
    mkdirSync(join(dir, 'caches'));
    writeFileSync(join(dir, 'reports', 'a.txt'), seed('001'));
  });
  after(() => cleanup(dir));

  it('a folder holds the cache file (.govreport-lint-cache in it), as ESLint takes one, rather than failing to read and to write it', () => {
    const first = cli(['--cache-location', 'caches', 'reports'], { cwd: dir });
    assert.equal(first.stderr, '');
    assert.equal(first.code, 0);
    assert.ok(existsSync(join(dir, 'caches', '.govreport-lint-cache')));
    const again = cli(['--cache-location', 'caches/', 'reports'], { cwd: dir });
    assert.equal(again.stderr, '');
    assert.equal(again.stdout, first.stdout);
  });
});

describe('govreport-lint: what the folder search cannot use, in its place', () => {
  let dir: string;
  before(() => {
    dir = tempDir('reviewer-order');
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'c'));
    writeFileSync(join(dir, 'a', '1.txt'), seed('001'));
    symlinkSync('gone.txt', join(dir, 'a', '2.txt'));
    writeFileSync(join(dir, 'a', '3.txt'), seed('003'));
    writeFileSync(join(dir, 'c', '4.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 9]));
  });
  after(() => cleanup(dir));

  it('a broken link or a folder without reports is listed where the search met it — stderr, JSON, the summary table — not before every report', () => {
    mkdirSync(join(dir, 'b-empty'));
    const r = cli(['--format', 'json', '--summary', 'out.csv', 'a', 'b-empty', 'c'], { cwd: dir });
    assert.equal(r.code, 2);
    const order = ['a/1.txt', 'a/2.txt', 'a/3.txt', 'b-empty', 'c/4.txt'];
    assert.deepEqual((JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path), order);
    assert.deepEqual(r.stderr.trimEnd().split('\n').map((l) => l.split(': ')[1]), ['a/2.txt', 'b-empty', 'c/4.txt']);
    const rows = readFileSync(join(dir, 'out.csv'), 'utf8').trimEnd().split('\r\n').slice(1);
    assert.deepEqual(rows.map((l) => l.split(',')[0]), order);
    // The text output of the reports around them is as it was; SARIF names each at its place.
    const sarif = JSON.parse(cli(['--format', 'sarif', 'a', 'b-empty', 'c'], { cwd: dir }).stdout) as { runs: { artifacts: { location: { uri: string } }[] }[] };
    assert.deepEqual(sarif.runs[0]!.artifacts.map((a) => decodeURIComponent(a.location.uri)), order);
  });
});
