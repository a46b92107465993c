/**
 * `--summary FILE.csv`, read back with an independent RFC 4180 parser (csv-parse): one row per file in
 * the run's order, the same counts as the JSON output, blank counts and the reason for a file not read,
 * paths that are data and never formulas, a UTF-8 BOM and CRLF for Excel.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { RULES } from '../../shared/src';
import { cleanup, cli, finished, startCli, tempDir } from '../helpers/cli';
import { seed } from '../helpers/fixtures';

const d = tempDir('summary');
after(() => cleanup(d));
const reports = join(d, 'reports');
mkdirSync(reports);
writeFileSync(join(reports, 'a.txt'), seed('002'));
writeFileSync(join(reports, 'b.txt'), seed('001'));
// A name with a comma and a quote, one a spreadsheet would take for a formula, and a file that is no text.
writeFileSync(join(reports, 'c,"d".txt'), seed('000'));
writeFileSync(join(reports, '=SUM(A1).txt'), seed('003'));
writeFileSync(join(reports, 'e.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));

const CODES = RULES.map((r) => r.meta.code);

interface JsonFile {
  readonly path: string;
  readonly diagnostics: readonly { readonly code: string; readonly severity: string }[];
  readonly error?: string;
}

function summarise(args: readonly string[], name: string, cwd = d): { rows: string[][]; raw: string; run: ReturnType<typeof cli> } {
  const file = join(d, name);
  const run = cli(['--summary', file, ...args], { cwd });
  const raw = readFileSync(file, 'utf8');
  return { rows: parse(raw, { bom: true, relax_column_count: false }) as string[][], raw, run };
}

describe('govreport-lint --summary', () => {
  it('a header, then one row per file in the output\'s order, with the JSON output\'s counts per severity and per rule', () => {
    const { rows, raw, run } = summarise(['--jobs', '1', 'reports'], 'all.csv');
    assert.equal(run.code, 2, run.stderr); // e.txt cannot be read
    assert.ok(raw.startsWith('\ufeff'), 'a UTF-8 BOM, for Excel');
    assert.ok(raw.endsWith('\r\n') && !/[^\r]\n/.test(raw), 'records end in CRLF');
    assert.deepEqual(rows[0], ['文件', '错误', '警告', '提示', '建议', ...CODES, '说明']);
    const json = JSON.parse(cli(['--format', 'json', '--jobs', '1', 'reports'], { cwd: d }).stdout) as { files: JsonFile[] };
    const body = rows.slice(1);
    assert.equal(body.length, json.files.length);
    assert.equal(body.length, 5);
    json.files.forEach((f, i) => {
      const row = body[i]!;
      const path = row[0]!.replace(/^'/, '');
      assert.equal(path, f.path);
      if (f.error !== undefined) {
        assert.deepEqual(row.slice(1, -1), Array.from({ length: 4 + CODES.length }, () => ''), 'not checked: blank, not zero');
        assert.equal(row.at(-1), f.error);
        return;
      }
      const count = (keep: (x: JsonFile['diagnostics'][number]) => boolean) => String(f.diagnostics.filter(keep).length);
      assert.deepEqual(row.slice(1, 5), ['error', 'warning', 'info', 'hint'].map((s) => count((x) => x.severity === s)));
      assert.deepEqual(row.slice(5, -1), CODES.map((c) => count((x) => x.code === c)));
      assert.equal(row.at(-1), '');
    });
    assert.ok(body.some((r) => Number(r[1]) + Number(r[2]) > 0), 'the seeds have findings to count');
  });

  it('paths are data: quoted where they hold a comma or a quote, and never a formula', () => {
    const { rows, raw } = summarise(['--jobs', '1', 'reports'], 'paths.csv');
    const paths = rows.slice(1).map((r) => r[0]);
    assert.ok(paths.includes('reports/c,"d".txt'));
    assert.ok(raw.includes('"reports/c,""d"".txt"'));
    // `reports/=…` starts with a letter; named from its own folder, the path starts with `=`.
    const alone = summarise(['=SUM(A1).txt'], 'formula.csv', reports);
    assert.equal(alone.run.code, 0, alone.run.stderr);
    assert.equal(alone.rows.length, 2);
    assert.equal(alone.rows[1]![0], "'=SUM(A1).txt");
    assert.match(alone.rows[1]![1]!, /^\d+$/, 'checked: counted');
  });

  it('--quiet prints errors only, but the summary counts everything; worker threads give the same table', () => {
    const all = summarise(['--jobs', '1', 'reports'], 'one.csv').raw;
    assert.equal(summarise(['--jobs', '1', '--quiet', 'reports'], 'quiet.csv').raw, all);
    assert.equal(summarise(['--jobs', '2', 'reports'], 'two.csv').raw, all);
  });

  it('in English: the headers and the notes', () => {
    const { rows } = summarise(['--lang', 'en', '--jobs', '1', 'reports'], 'en.csv');
    assert.deepEqual(rows[0], ['path', 'errors', 'warnings', 'infos', 'hints', ...CODES, 'note']);
    assert.match(rows.find((r) => r[0] === 'reports/e.txt')!.at(-1)!, /^not a text file/);
  });

  it('a report checked without last year\'s (--previous FOLDER without its partner) says so in its note', () => {
    const last = join(d, 'last');
    mkdirSync(last);
    writeFileSync(join(last, 'county2023.txt'), seed('002').replace(/2024/g, '2023'));
    const { rows } = summarise(['--jobs', '1', '--previous', 'last', 'reports/a.txt', 'reports/b.txt'], 'previous.csv');
    const note = (p: string) => rows.find((r) => r[0] === p)!.at(-1);
    assert.equal(note('reports/a.txt'), '');
    // Starting with “-”, the note would be a formula to a spreadsheet (Excel shows #NAME? for it): made inert as a path is.
    assert.equal(note('reports/b.txt'), "'--previous last 中没有“湘潭县商务局”2023年度的报告，未做跨年度检查");
  });

  it('a run interrupted (Ctrl-C) while checking leaves no temporary file beside the summary, and no summary', async () => {
    const many = join(d, 'many');
    mkdirSync(many);
    for (let i = 0; i < 600; i++) writeFileSync(join(many, `${String(i).padStart(3, '0')}.txt`), seed('002'));
    const child = startCli(['--summary', 'interrupted.csv', 'many'], { cwd: d });
    child.stdout!.once('data', () => child.kill('SIGINT'));
    const r = await finished(child);
    assert.equal(r.signal, 'SIGINT', 'ended by Ctrl-C, not finished first');
    assert.deepEqual(readdirSync(d).filter((n) => n.includes('interrupted')), []);
  });

  it('a summary that cannot be written stops the run before anything is checked (exit 2), and nothing is left behind', () => {
    const target = join(d, 'no-such-folder', 's.csv');
    const r = cli(['--summary', target, 'reports'], { cwd: d });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /无法写入汇总表/);
    assert.equal(existsSync(target), false);
  });
});
