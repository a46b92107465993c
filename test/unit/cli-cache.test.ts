/**
 * `--cache`: a run that reads the cache prints exactly what a run without it prints; a file is taken
 * from the cache only while its bytes, last year's report, the options and the checker are as they
 * were; a bad cache or a failed write never costs a report; no cache is written unless asked.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_CACHE_FILE } from '../../cli/src/cache';
import { SEEDS, seed } from '../helpers/fixtures';
import { BUNDLE, cleanup, cli, tempDir } from '../helpers/cli';

/** Seed 002 with one mistyped total (178 → 180): a row-total error. */
const BROKEN = seed('002').replace('\t178\n', '\t180\n');

/** A folder of the five seeds and the broken one; returns its path. */
function reports(): string {
  const dir = tempDir('cache');
  for (const name of SEEDS) writeFileSync(join(dir, `${name.slice(0, 3)}.txt`), seed(name.slice(0, 3)));
  writeFileSync(join(dir, 'broken.txt'), BROKEN);
  return dir;
}

/**
 * Rewrites, in the cache file's stored output, every `from` into `to` (same UTF-8 length, so the index
 * stays right): a run that prints `to` printed what the cache held instead of checking the file.
 */
function tamper(cacheFile: string, from: string, to: string): void {
  const bytes = readFileSync(cacheFile);
  const newline = bytes.indexOf(10);
  const a = Buffer.from(from);
  const b = Buffer.from(to);
  assert.equal(a.length, b.length);
  let n = 0;
  for (let i = bytes.indexOf(a, newline); i >= 0; i = bytes.indexOf(a, i + 1)) {
    b.copy(bytes, i);
    n++;
  }
  assert.ok(n > 0, `"${from}" is in the cached output`);
  writeFileSync(cacheFile, bytes);
}

describe('govreport-lint --cache', () => {
  let dir: string;
  before(() => {
    dir = reports();
  });
  after(() => cleanup(dir));

  for (const format of ['text', 'json', 'sarif'] as const) {
    it(`${format}: the run that fills the cache and the run that reads it print exactly what a run without it prints`, () => {
      const plain = cli(['--format', format, '.'], { cwd: dir });
      assert.equal(plain.code, 1);
      const cacheFile = join(dir, `${format}.cache`);
      const first = cli(['--format', format, '--cache-location', cacheFile, '.'], { cwd: dir });
      assert.ok(existsSync(cacheFile));
      const second = cli(['--format', format, '--cache-location', cacheFile, '.'], { cwd: dir });
      for (const r of [first, second]) {
        assert.equal(r.code, plain.code);
        assert.equal(r.stderr, '');
        assert.equal(r.stdout, plain.stdout);
      }
    });
  }

  it('a file whose bytes are unchanged is printed from the cache; a changed file is checked again', () => {
    const d = reports();
    try {
      assert.equal(cli(['--cache', '.'], { cwd: d }).code, 1);
      const cacheFile = join(d, DEFAULT_CACHE_FILE);
      tamper(cacheFile, '应为 178，表中为 180', '应为 178，表中为 18X');
      const fromCache = cli(['--cache', '.'], { cwd: d });
      assert.match(fromCache.stdout, /表中为 18X/);
      // The broken report corrected: checked again, and its error is gone.
      writeFileSync(join(d, 'broken.txt'), seed('002'));
      const again = cli(['--cache', '.'], { cwd: d });
      assert.equal(again.code, 0);
      assert.equal(again.stdout, cli(['.'], { cwd: d }).stdout);
      assert.doesNotMatch(again.stdout, /row-total/);
    } finally {
      cleanup(d);
    }
  });

  it('other options, or another build of the checker, do not use what was cached', () => {
    const d = reports();
    try {
      cli(['--cache', '.'], { cwd: d });
      const cacheFile = join(d, DEFAULT_CACHE_FILE);
      tamper(cacheFile, '表中为 180', '表中为 18X');
      for (const args of [['--lang', 'en'], ['--quiet'], ['--rule', 'row-total=warning'], ['--format', 'json']]) {
        const r = cli(['--cache', ...args, '.'], { cwd: d });
        assert.equal(r.stdout, cli([...args, '.'], { cwd: d }).stdout, args.join(' '));
      }
      // The last run rewrote the cache for its options (JSON); the text run's entry is gone with it.
      tamper(cacheFile, '表中为 180', '表中为 18X');
      // A copy of the bundle with one byte more is another checker.
      const copy = join(d, 'cli-copy.js');
      writeFileSync(copy, `${readFileSync(BUNDLE, 'utf8')}\n`);
      copyFileSync(`${BUNDLE}.map`, `${copy}.map`);
      const other = cli(['--cache', '--format', 'json', '.'], { cwd: d, script: copy });
      assert.doesNotMatch(other.stdout, /18X/);
    } finally {
      cleanup(d);
    }
  });

  it('last year\'s report is part of the key: when it changes, the files are checked against the new one', () => {
    const d = tempDir('cache-previous');
    try {
      const thisYear = join(d, 'this.txt');
      writeFileSync(thisYear, seed('002'));
      // Last year's report: this year's tables (copied-report), then with another 结转下年度继续办理.
      const lastFile = join(d, 'last.txt');
      const last = seed('002').replace(/2024/g, '2023');
      const args = ['--cache', '--previous', lastFile, thisYear];
      writeFileSync(lastFile, last);
      const first = cli(args, { cwd: d });
      assert.match(first.stdout, /copied-report/);
      const changed = last.replace(/(四、结转下年度继续办理\n)\t5\n((?:\t0\n){5})\t5\n/, '$1\t4\n$2\t4\n');
      assert.notEqual(changed, last);
      writeFileSync(lastFile, changed);
      const second = cli(args, { cwd: d });
      assert.notEqual(second.stdout, first.stdout);
      assert.equal(second.stdout, cli(args.slice(1), { cwd: d }).stdout);
    } finally {
      cleanup(d);
    }
  });

  it('a folder of last year\'s reports is part of the key: a report there that changes, or one added, is checked against afresh', () => {
    const d = tempDir('cache-previous-folder');
    try {
      mkdirSync(join(d, 'last'));
      mkdirSync(join(d, 'now'));
      writeFileSync(join(d, 'now', 'this.txt'), seed('002'));
      // 湘潭县商务局's report (seed 001), whose last year's report is not in the folder at first.
      writeFileSync(join(d, 'now', 'commerce.txt'), seed('001'));
      const last = seed('002').replace(/2024/g, '2023');
      writeFileSync(join(d, 'last', 'a.txt'), last);
      const args = ['--cache-location', join(d, 'cache'), '--previous', 'last', 'now'];
      const first = cli(args, { cwd: d });
      assert.match(first.stdout, /copied-report/);
      assert.match(first.stderr, /没有“湘潭县商务局”2023年度的报告/);
      const again = cli(args, { cwd: d });
      assert.equal(again.stdout, first.stdout);
      assert.equal(again.stderr, first.stderr);
      // The report paired changes: the cached outcome is not used.
      const changed = last.replace(/(四、结转下年度继续办理\n)\t5\n((?:\t0\n){5})\t5\n/, '$1\t4\n$2\t4\n');
      assert.notEqual(changed, last);
      writeFileSync(join(d, 'last', 'a.txt'), changed);
      const second = cli(args, { cwd: d });
      assert.notEqual(second.stdout, first.stdout);
      assert.equal(second.stdout, cli(args.slice(2), { cwd: d }).stdout);
      // 湘潭县商务局's report of 2023 appears in the folder: the pairs change, and so does the key.
      writeFileSync(join(d, 'last', 'b.txt'), seed('001').replace(/2024/g, '2023'));
      const third = cli(args, { cwd: d });
      assert.doesNotMatch(third.stderr, /湘潭县商务局/);
      assert.match(third.stdout, /^now\/commerce\.txt:.* copied-report /m);
      assert.equal(third.stdout, cli(args.slice(2), { cwd: d }).stdout);
    } finally {
      cleanup(d);
    }
  });

  it('a damaged cache is said to be so, every file is checked, and a good cache replaces it', () => {
    const d = reports();
    try {
      const cacheFile = join(d, DEFAULT_CACHE_FILE);
      for (const junk of ['', '{"version":2,"key":"x","entr', '{"version":2,"key":"x","entries":{"a.txt":{"hash":"h","index":0,"outcome":{},"start":0,"length":999}}}\n']) {
        writeFileSync(cacheFile, junk);
        const r = cli(['--cache', '.'], { cwd: d });
        assert.equal(r.code, 1);
        assert.match(r.stderr, /缓存文件已损坏/);
        assert.equal(r.stdout, cli(['.'], { cwd: d }).stdout);
        const again = cli(['--cache', '.'], { cwd: d });
        assert.equal(again.stderr, '', 'the cache was rewritten whole');
        assert.equal(again.stdout, r.stdout);
      }
    } finally {
      cleanup(d);
    }
  });

  it('a cache location naming a file that is no cache (a report, the CSV) is refused before anything is checked, and the file is not written over', () => {
    const d = reports();
    try {
      const report = join(d, '001.txt');
      const before = readFileSync(report);
      for (const target of [report, join(d, 'notes.md')]) {
        if (target !== report) writeFileSync(target, 'not a cache: notes');
        const kept = readFileSync(target);
        const r = cli(['--cache-location', target, 'broken.txt'], { cwd: d });
        assert.equal(r.code, 2);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, /这个文件不是 govreport-lint 的缓存，不会用它，也不会覆盖它/);
        assert.deepEqual(readFileSync(target), kept);
      }
      assert.deepEqual(readFileSync(report), before);
      const en = cli(['--lang', 'en', '--cache-location', report, 'broken.txt'], { cwd: d });
      assert.match(en.stderr, /this file is not a govreport-lint cache: it is neither used nor written over/);
    } finally {
      cleanup(d);
    }
  });

  it('a cache location that is not a regular file is said to be unreadable, and nothing hangs or is lost', () => {
    const d = reports();
    try {
      // A pipe (a folder holds the cache file instead: cli-reviewer.test.ts).
      const fifo = join(d, 'cache.fifo');
      spawnSync('mkfifo', [fifo]);
      const r = cli(['--cache-location', fifo, '.'], { cwd: d, timeoutMs: 30_000 });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /缓存文件无法读取/);
      assert.match(r.stderr, /无法写入缓存/);
      assert.equal(r.stdout, cli(['.'], { cwd: d }).stdout);
    } finally {
      cleanup(d);
    }
  });

  it('a cache that cannot be written is reported; the reports are all checked and the exit status is theirs', () => {
    const d = reports();
    try {
      const r = cli(['--cache-location', join(d, 'no-such-folder', 'cache'), '.'], { cwd: d });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /无法写入缓存/);
      assert.equal(r.stdout, cli(['.'], { cwd: d }).stdout);
      assert.equal(existsSync(join(d, 'no-such-folder')), false);
    } finally {
      cleanup(d);
    }
  });

  it('no cache file is written unless asked; --cache with --fix is refused', () => {
    const d = reports();
    try {
      const before = readdirSync(d).sort();
      cli(['.'], { cwd: d });
      assert.deepEqual(readdirSync(d).sort(), before);
      const r = cli(['--cache', '--fix', '.'], { cwd: d });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--cache 不能与 --fix 同用/);
      assert.deepEqual(readdirSync(d).sort(), before);
      assert.equal(readFileSync(join(d, 'broken.txt'), 'utf8'), BROKEN);
    } finally {
      cleanup(d);
    }
  });

  it('entries of deleted files are dropped; a cache kept among the reports is not checked as one', () => {
    const d = reports();
    try {
      const cacheFile = join(d, 'cache.txt');
      const plain = cli(['.'], { cwd: d });
      const first = cli(['--cache-location', cacheFile, '.'], { cwd: d });
      assert.equal(first.stdout, plain.stdout);
      const second = cli(['--cache-location', cacheFile, '.'], { cwd: d });
      assert.equal(second.stdout, plain.stdout, 'cache.txt is not among the reports');
      rmSync(join(d, 'broken.txt'));
      writeFileSync(join(d, 'new.txt'), seed('001'));
      cli(['--cache-location', cacheFile, '.'], { cwd: d });
      const index = readFileSync(cacheFile, 'utf8').split('\n', 1)[0]!;
      assert.doesNotMatch(index, /broken\.txt/);
      assert.match(index, /new\.txt/);
    } finally {
      cleanup(d);
    }
  });

  it('sarif: a file whose place in the run changed is checked again (its artifact index is in its output)', () => {
    const d = reports();
    try {
      const cacheFile = join(d, 'sarif.cache');
      cli(['--format', 'sarif', '--cache-location', cacheFile, '.'], { cwd: d });
      writeFileSync(join(d, '000-new.txt'), seed('004'));
      const r = cli(['--format', 'sarif', '--cache-location', cacheFile, '.'], { cwd: d });
      assert.equal(r.stdout, cli(['--format', 'sarif', '.'], { cwd: d }).stdout);
    } finally {
      cleanup(d);
    }
  });
});
