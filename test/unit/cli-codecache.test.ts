/**
 * dist/boot.js loads dist/cli.js through a V8 code cache beside it (cli/src/boot.ts): made by the first run
 * that checks reports, used by the next ones only for the very cli.js it was made from, made anew when cli.js
 * changes or V8 refuses it, and never changing what is printed. Run on a copy of dist/, so that the project's
 * own cache is left alone.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { SEEDS, seed } from '../helpers/fixtures';

const DIST = join(__dirname, '..', '..', 'dist');

describe('the code cache of the command line (dist/boot.js)', () => {
  let dir: string;
  let dist: string;
  let cache: string;
  let reports: string;
  /** What dist/cli.js prints, loaded as it is (no code cache). */
  let expected: string;

  const run = (script: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, [script, ...args], { cwd: dir, encoding: 'utf8' });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    return r.stdout;
  };
  const header = () => readFileSync(cache).toString('latin1', 0, 200).split('\n')[0]!;
  const sha1 = (file: string) => createHash('sha1').update(readFileSync(file)).digest('hex');

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'govreport-codecache-'));
    dist = join(dir, 'dist');
    mkdirSync(dist);
    for (const f of ['boot.js', 'cli.js', 'libs.js']) copyFileSync(join(DIST, f), join(dist, f));
    cache = join(dist, '.cli.js.v8cache');
    reports = join(dir, 'reports');
    mkdirSync(reports);
    SEEDS.forEach((s, i) => writeFileSync(join(reports, `${i}.txt`), seed(s.slice(0, 3))));
    expected = run(join(dist, 'cli.js'), '--format', 'json', '--jobs', '1', 'reports');
    assert.ok(expected.includes('"diagnostics"'));
  });

  it('is not made by a run that checks nothing (--version), then by the first run that checks reports', () => {
    run(join(dist, 'boot.js'), '--version');
    assert.equal(existsSync(cache), false);
    assert.equal(run(join(dist, 'boot.js'), '--format', 'json', '--jobs', '1', 'reports'), expected);
    assert.ok(existsSync(cache));
    assert.equal(header(), `govreport-lint code cache 1 ${sha1(join(dist, 'cli.js'))} ${process.version} ${process.arch}`);
  });

  it('is used as it is by the next runs, the worker threads’ included, and the output is the same', () => {
    const made = readFileSync(cache);
    const time = statSync(cache).mtimeMs;
    assert.equal(run(join(dist, 'boot.js'), '--format', 'json', '--jobs', '1', 'reports'), expected);
    assert.equal(run(join(dist, 'boot.js'), '--format', 'json', '--jobs', '3', 'reports'), expected);
    assert.equal(statSync(cache).mtimeMs, time, 'not written again');
    assert.deepEqual(readFileSync(cache), made);
  });

  it('is made anew when cli.js changes, and the changed cli.js is what runs', () => {
    const before = header();
    appendFileSync(join(dist, 'cli.js'), '\nprocess.on("exit", () => process.stdout.write("\\nchanged"));\n');
    assert.equal(run(join(dist, 'boot.js'), '--format', 'json', '--jobs', '1', 'reports'), `${expected}\nchanged`);
    assert.notEqual(header(), before);
    assert.equal(header(), `govreport-lint code cache 1 ${sha1(join(dist, 'cli.js'))} ${process.version} ${process.arch}`);
  });

  it('is not used for a cli.js changed to the same length (which V8 alone would take for the same)', () => {
    const cli = join(dist, 'cli.js');
    const code = readFileSync(cli, 'utf8');
    // (cli.js now also says 'changed' at its exit: the test above.)
    assert.ok(run(join(dist, 'boot.js'), '--version').startsWith('0.1.0\n'));
    assert.ok(code.includes('var VERSION = "0.1.0";'));
    writeFileSync(cli, code.replace('var VERSION = "0.1.0";', 'var VERSION = "0.1.9";'));
    assert.equal(readFileSync(cli).length, Buffer.byteLength(code));
    assert.ok(run(join(dist, 'boot.js'), '--version').startsWith('0.1.9\n'));
  });

  it('one V8 refuses (damaged) is ignored and replaced; output the same', () => {
    const good = readFileSync(cache);
    const end = good.indexOf(10) + 1;
    const damaged = Buffer.concat([good.subarray(0, end), Buffer.alloc(good.length - end, 0x5a)]);
    writeFileSync(cache, damaged);
    const out = run(join(dist, 'boot.js'), '--format', 'json', '--jobs', '1', 'reports');
    assert.ok(out.startsWith(expected));
    assert.notDeepEqual(readFileSync(cache), damaged);
  });
});
