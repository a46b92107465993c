/**
 * The command line as a reviewer uses it on a folder of many offices' reports: what such folders hold
 * besides reports (Word's owner files, macOS's AppleDouble files), a last year's report that is no report,
 * a folder that holds none, patterns the shell did not expand, and a summary that says which reports to
 * send back.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
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
