/**
 * The command line as users run it: the built bin as a child process. Output formats in their exact
 * documented shapes (SARIF validated against the SARIF 2.1.0 JSON schema), languages, rule levels,
 * exit statuses, folder search, and an output order that does not depend on the parallelism.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { writeFileAtomic } from '../../shared/node/files';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import sarifSchemaRtm5 from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import type * as Sarif from 'sarif';
import { RULES, analyze, localize, type Finding, type Lang } from '../../shared/src';
import { HELP, OPTION_NAMES } from '../../cli/src/args';
import { FILES_FOR_POOL, FILES_FOR_TWO_CORES, MIN_CORES } from '../../cli/src/pool';
import { SEVERITY_LABEL, useColor } from '../../cli/src/output';
import { seed } from '../helpers/fixtures';
import { ROOT, cleanup, cli, tempDir, textLines } from '../helpers/cli';

/** Seed 002 with one mistyped total (178 → 180): a row-total error. */
const BROKEN = seed('002').replace('\t178\n', '\t180\n');

function expectedText(path: string, fs: readonly Finding[], lang: Lang): string[] {
  return fs.map((f) => `${path}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${SEVERITY_LABEL[lang][f.severity]} ${f.code} ${localize(f.message, lang)}`);
}

/**
 * The SARIF 2.1.0 schema as Microsoft's SARIF SDK publishes it (`@microsoft/jest-sarif`, release
 * candidate rtm.5). It differs from the final OASIS schema in nothing but descriptions, uuid patterns
 * written as formats, three artifact roles, and a malformed `language` pattern
 * (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`), which the final schema corrected: we apply that
 * correction so `language` is checked as the standard says.
 */
function sarifValidator() {
  const schema = JSON.parse(JSON.stringify(sarifSchemaRtm5).replaceAll('^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$', '^[a-zA-Z]{2}(-[a-zA-Z]{2})?$')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('govreport-lint: output formats', () => {
  let dir: string;
  let broken: string;
  let clean: string;
  before(() => {
    dir = tempDir('cli');
    broken = join(dir, 'a-broken.txt');
    clean = join(dir, 'b-clean.txt');
    writeFileSync(broken, BROKEN);
    writeFileSync(clean, seed('001'));
  });
  after(() => cleanup(dir));

  it('text: one `file:line:col: severity code message` line per finding (1-based), exactly the core findings, then a summary', () => {
    const r = cli([broken, clean]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    const expected = [...expectedText(broken, analyze(BROKEN).findings, 'zh-CN'), ...expectedText(clean, analyze(seed('001')).findings, 'zh-CN')];
    assert.ok(expected.some((l) => / 错误 row-total /.test(l)));
    const lines = r.stdout.split('\n');
    assert.deepEqual(lines.slice(0, expected.length), expected);
    const n = analyze(BROKEN).findings.length + analyze(seed('001')).findings.length;
    assert.match(lines[expected.length]!, new RegExp(`^检查了 2 个文件，发现 ${n} 个问题（1 个错误，`));
    assert.equal(lines.length, expected.length + 2); // the summary, then the final newline
    assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colour when the output is not a terminal');
  });

  it('json: exactly {"version":1,"files":[{"path","diagnostics":[{"code","severity","message","range","relatedInformation","fixes"}]}]}', () => {
    const r = cli(['--format', 'json', broken, clean]);
    assert.equal(r.code, 1);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    // One compact line per file between the document's first and last lines.
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], '{"version":1,"files":[');
    assert.deepEqual(lines.slice(-2), [']}', '']);
    assert.deepEqual(lines.slice(1, -2).map((l, i, all) => JSON.parse(i < all.length - 1 ? l.replace(/,$/, '') : l) as unknown), doc.files);
    assert.deepEqual(Object.keys(doc), ['version', 'files']);
    assert.equal(doc.version, 1);
    const files = doc.files as Record<string, unknown>[];
    assert.deepEqual(files.map((f) => f.path), [broken, clean]);
    const position = (p: unknown) => {
      assert.deepEqual(Object.keys(p as object), ['line', 'character']);
      const { line, character } = p as { line: unknown; character: unknown };
      assert.ok(Number.isInteger(line) && (line as number) >= 0 && Number.isInteger(character) && (character as number) >= 0);
    };
    const range = (r: unknown) => {
      assert.deepEqual(Object.keys(r as object), ['start', 'end']);
      position((r as { start: unknown }).start);
      position((r as { end: unknown }).end);
    };
    for (const [i, text] of [BROKEN, seed('001')].entries()) {
      const file = files[i]!;
      assert.deepEqual(Object.keys(file), ['path', 'diagnostics']);
      const diags = file.diagnostics as Record<string, unknown>[];
      const core = analyze(text).findings;
      assert.equal(diags.length, core.length);
      for (const [j, d] of diags.entries()) {
        assert.deepEqual(Object.keys(d), ['code', 'severity', 'message', 'range', 'relatedInformation', 'fixes']);
        const f = core[j]!;
        assert.equal(d.code, f.code);
        assert.equal(d.severity, f.severity);
        assert.equal(d.message, f.message['zh-CN']);
        range(d.range);
        assert.deepEqual(d.range, f.range);
        for (const rel of d.relatedInformation as Record<string, unknown>[]) {
          assert.deepEqual(Object.keys(rel), ['path', 'range', 'message']);
          assert.equal(rel.path, file.path);
          range(rel.range);
          assert.equal(typeof rel.message, 'string');
        }
        assert.equal((d.relatedInformation as unknown[]).length, f.related.length);
        for (const fix of d.fixes as Record<string, unknown>[]) {
          assert.deepEqual(Object.keys(fix), ['title', 'edits']);
          assert.equal(typeof fix.title, 'string');
          for (const e of fix.edits as Record<string, unknown>[]) {
            assert.deepEqual(Object.keys(e), ['range', 'newText']);
            range(e.range);
            assert.equal(typeof e.newText, 'string');
          }
        }
        assert.deepEqual(d.fixes, f.fixes.map((x) => ({ title: x.title['zh-CN'], edits: x.edits.map((e) => ({ range: e.range, newText: e.newText })) })));
      }
    }
    const rowTotal = (files[0]!.diagnostics as { code: string; fixes: { edits: { newText: string }[] }[] }[]).find((d) => d.code === 'row-total')!;
    assert.equal(rowTotal.fixes[0]!.edits[0]!.newText, '178');
  });

  it('json: a file that cannot be read is listed with its "error" and no diagnostics', () => {
    const binary = join(dir, 'c-binary.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    try {
      const r = cli(['--format', 'json', clean, binary]);
      assert.equal(r.code, 2);
      const doc = JSON.parse(r.stdout) as { files: Record<string, unknown>[] };
      assert.deepEqual(Object.keys(doc.files[1]!), ['path', 'diagnostics', 'error']);
      assert.deepEqual(doc.files[1]!.diagnostics, []);
      assert.match(String(doc.files[1]!.error), /二进制/);
      assert.match(r.stderr, /c-binary\.txt: 不是文本文件/);
    } finally {
      cleanup(binary);
    }
  });

  it('a damaged PDF is refused as damaged, an RTF file with what to do instead (exit 2), whatever its name', () => {
    const pdf = join(dir, 'c-report.pdf');
    const rtf = join(dir, 'c-report.txt');
    writeFileSync(pdf, '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
    writeFileSync(rtf, '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}} 2024年政府信息公开工作年度报告}');
    try {
      const r = cli([pdf, rtf]);
      assert.equal(r.code, 2);
      // A catalog without pages: pdf.js cannot open it.
      assert.match(r.stderr, /c-report\.pdf: 文档内容已损坏，无法解析，已跳过/);
      assert.match(r.stderr, /c-report\.txt: 这是 RTF 文件，不是纯文本；请用 Word 或 WPS 另存为 \.docx 后检查/);
      assert.match(cli(['--lang', 'en', pdf]).stderr, /c-report\.pdf: the document is damaged and cannot be parsed/);
    } finally {
      cleanup(pdf);
      cleanup(rtf);
    }
  });

  it('sarif: valid against the SARIF 2.1.0 schema, one result per core finding, 1-based UTF-16 regions, rules with docs', () => {
    const validate = sarifValidator();
    const r = cli(['--format', 'sarif', 'a-broken.txt', 'b-clean.txt'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, JSON.stringify(JSON.parse(r.stdout), null, 2) + '\n');
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const run = log.runs[0]!;
    assert.equal(log.version, '2.1.0');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.tool.driver.rules!.map((x) => x.id), RULES.map((x) => x.meta.code));
    // Files under the working folder are relative to %SRCROOT%, which is the working folder.
    assert.deepEqual(run.artifacts!.map((a) => a.location!.uri), ['a-broken.txt', 'b-clean.txt']);
    assert.equal(decodeURIComponent(new URL(run.artifacts![0]!.location!.uri!, run.originalUriBaseIds!['%SRCROOT%']!.uri).pathname), realpathSync(broken));
    const core = analyze(BROKEN).findings;
    const results = run.results!.filter((x) => x.locations![0]!.physicalLocation!.artifactLocation!.index === 0);
    assert.equal(results.length, core.length);
    assert.equal(run.results!.length, core.length + analyze(seed('001')).findings.length);
    for (const [i, res] of results.entries()) {
      const f = core[i]!;
      assert.equal(res.ruleId, f.code);
      assert.equal(run.tool.driver.rules![res.ruleIndex!]!.id, f.code);
      assert.equal(res.level, f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'note');
      assert.equal(res.message.text, f.message['zh-CN']);
      assert.deepEqual(res.locations![0]!.physicalLocation!.region, { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 });
    }
    const rowTotal = results.find((x) => x.ruleId === 'row-total')!;
    assert.equal(rowTotal.fixes![0]!.artifactChanges[0]!.replacements[0]!.insertedContent!.text, '178');
    assert.deepEqual(run.invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
  });

  it('sarif: files that cannot be read or found are tool notifications, and the log stays valid', () => {
    const validate = sarifValidator();
    const binary = join(dir, 'c-binary.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 0]));
    try {
      const r = cli(['--format', 'sarif', clean, binary, join(dir, 'missing.txt')], { cwd: dir });
      assert.equal(r.code, 2);
      const log = JSON.parse(r.stdout) as Sarif.Log;
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      const inv = log.runs[0]!.invocations![0]!;
      assert.equal(inv.executionSuccessful, false);
      assert.deepEqual(inv.toolExecutionNotifications!.map((n) => n.level), ['error', 'error']);
      // In the arguments' order, as the files are listed.
      assert.match(inv.toolExecutionNotifications![0]!.message.text ?? '', /c-binary\.txt: 不是文本文件/);
      assert.match(inv.toolExecutionNotifications![1]!.message.text ?? '', /missing\.txt: 文件或文件夹不存在/);
    } finally {
      cleanup(binary);
    }
  });

  it('sarif: an empty run (no file found) is still a valid log', () => {
    const empty = join(dir, 'empty-folder');
    mkdirSync(empty);
    // A folder named that holds no report is said to be so (exit 2): a notification, no result.
    const r = cli(['--format', 'sarif', empty]);
    assert.equal(r.code, 2);
    const validate = sarifValidator();
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assert.ok(validate(log), JSON.stringify(validate.errors));
    assert.deepEqual(log.runs[0]!.results, []);
    assert.equal(log.runs[0]!.invocations![0]!.toolExecutionNotifications!.length, 1);
    assert.deepEqual(JSON.parse(cli(['--format', 'json', empty]).stdout), { version: 1, files: [{ path: empty, diagnostics: [], error: '文件夹（含子文件夹）中没有可检查的报告文件（纯文本、Word、OpenDocument、网页或 PDF）' }] });
  });

  it('--lang en: English messages, severities and summary; Chinese by default', () => {
    const en = cli(['--lang', 'en', broken]);
    assert.deepEqual(textLines(en.stdout), expectedText(broken, analyze(BROKEN).findings, 'en'));
    assert.match(en.stdout, /\nChecked 1 file: \d+ problems \(1 error, /);
    const json = JSON.parse(cli(['--format', 'json', '--lang=en', broken]).stdout) as { files: { diagnostics: { message: string }[] }[] };
    assert.deepEqual(json.files[0]!.diagnostics.map((d) => d.message), analyze(BROKEN).findings.map((f) => f.message.en));
    const sarif = JSON.parse(cli(['--format', 'sarif', '--lang', 'en', broken]).stdout) as Sarif.Log;
    assert.equal(sarif.runs[0]!.language, 'en');
    assert.equal(sarif.runs[0]!.tool.driver.rules![0]!.shortDescription!.text, RULES[0]!.meta.title.en);
    const zh = cli([broken]);
    assert.deepEqual(textLines(zh.stdout), expectedText(broken, analyze(BROKEN).findings, 'zh-CN'));
  });

  it('--rule CODE=LEVEL changes a rule\'s level or turns it off, and the exit status follows', () => {
    const off = cli(['--rule', 'row-total=off', broken]);
    assert.equal(off.code, 0);
    assert.deepEqual(textLines(off.stdout), expectedText(broken, analyze(BROKEN, { rules: { 'row-total': 'off' } }).findings, 'zh-CN'));
    assert.doesNotMatch(off.stdout, /row-total/);
    const warn = cli(['--rule', 'row-total=warning', '--rule', 'label-variant=error', '--format', 'json', broken]);
    const diags = (JSON.parse(warn.stdout) as { files: { diagnostics: { code: string; severity: string }[] }[] }).files[0]!.diagnostics;
    assert.ok(diags.some((d) => d.code === 'row-total' && d.severity === 'warning'));
    assert.ok(diags.filter((d) => d.code === 'label-variant').every((d) => d.severity === 'error'));
    assert.equal(warn.code, 1); // label-variant is now an error
    assert.equal(cli(['--rule', 'row-total=warning', '--rule', 'narrative-mismatch=hint', broken]).code, 0);
    assert.equal(cli(['--rule', 'ROW-TOTAL=off', broken]).code, 2, 'codes are exact');
    assert.equal(cli(['--rule', 'row-total=WARNING', '--rule', 'narrative-mismatch=hint', broken]).code, 0, 'levels are case-insensitive');
  });

  it('--rule with a bad value: exit 2, a clear message, nothing checked', () => {
    const cases: [string[], RegExp][] = [
      [['--rule', 'no-such-rule=error'], /没有规则“no-such-rule”.*--list-rules/],
      [['--rule', 'row-total=fatal'], /级别应为 error、warning、info、hint、off 之一/],
      [['--rule', 'row-total'], /应写成 代码=级别/],
      [['--rule', '=error'], /应写成 代码=级别/],
      [['--rule', 'row-total='], /应写成 代码=级别/],
      [['--lang', 'en', '--rule', 'row-total=fatal'], /the level must be one of error, warning, info, hint, off/],
    ];
    for (const [args, message] of cases) {
      const r = cli([...args, broken]);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
  });
});

describe('govreport-lint: a report from standard input (-)', () => {
  let dir: string;
  before(() => {
    dir = tempDir('stdin');
    mkdirSync(join(dir, 'quiet'));
    writeFileSync(join(dir, 'quiet', '.govreport-lint.json'), JSON.stringify({ rules: { 'row-total': 'off' } }));
    writeFileSync(join(dir, 'clean.txt'), seed('001'));
  });
  after(() => cleanup(dir));

  it('reads the report, names it <stdin>, and exits as for a file (1: an error)', () => {
    const r = cli(['-'], { input: BROKEN });
    assert.equal(r.code, 1);
    assert.deepEqual(textLines(r.stdout), expectedText('<stdin>', analyze(BROKEN).findings, 'zh-CN'));
    assert.match(r.stdout, /检查了 1 个文件/);
  });

  it('comes first, before the files named with it, and --stdin-filename names it (and finds its configuration file)', () => {
    const r = cli(['--format', 'json', '--stdin-filename', join(dir, 'quiet', '报告.txt'), join(dir, 'clean.txt'), '-'], { input: BROKEN });
    const out = JSON.parse(r.stdout) as { files: { path: string; diagnostics: { code: string }[] }[] };
    assert.deepEqual(out.files.map((f) => f.path), [join(dir, 'quiet', '报告.txt'), join(dir, 'clean.txt')]);
    // quiet/.govreport-lint.json turns row-total off for the report named inside it.
    assert.ok(analyze(BROKEN).findings.some((f) => f.code === 'row-total'));
    assert.ok(!out.files[0]!.diagnostics.some((d) => d.code === 'row-total'));
    assert.equal(r.code, 0);
  });

  it('a Word document is known by its content; a web page by the .html name given', () => {
    const docx = cli(['-'], { input: readFileSync(join(ROOT, 'test/fixtures/docx/003.libreoffice.docx')) });
    assert.match(docx.stdout, /^<stdin>:段落 \d+: 警告 coverage /m);
    const html = cli(['--stdin-filename', '000.html', '-'], { input: readFileSync(join(ROOT, 'test/fixtures/html/000.libreoffice.html')) });
    assert.match(html.stdout, /^000\.html:段落 \d+: 建议 artifact /m);
    // Without a name, a web page is known by its opening (<!DOCTYPE html>, <html>) and read as one, not its tags as text.
    const page = readFileSync(join(ROOT, 'test/fixtures/html/002.libreoffice.html'));
    const unnamed = cli(['-'], { input: page });
    const named = cli(['--stdin-filename', 'x.html', '-'], { input: page });
    assert.equal(unnamed.stdout.replaceAll('<stdin>:', 'x.html:'), named.stdout);
    assert.equal(unnamed.code, named.code);
    assert.doesNotMatch(unnamed.stdout, /cell-not-number/);
    // A text report that merely mentions <html> further down is still text.
    const text = cli(['-'], { input: `${seed('001')}\n<html>\n` });
    assert.doesNotMatch(text.stdout, /段落/);
  });

  it('refused with exit 2 and a reason, the other files still checked: too large, binary', () => {
    // The CLI stops reading past the limit, so the writer may see EPIPE: the run itself is what is checked.
    const big = spawnSync(process.execPath, [join(ROOT, 'bin', 'govreport-lint.js'), '-', join(dir, 'clean.txt')], { input: Buffer.alloc(17 * 1024 * 1024, 0x20), encoding: 'utf8' });
    assert.equal(big.status, 2);
    assert.match(big.stderr, /<stdin>: 文件太大/);
    assert.match(big.stdout, /检查了 1 个文件/);
    const binary = cli(['-'], { input: Buffer.from([0, 1, 2, 3, 0xff, 0, 0, 9, 0, 0, 0, 7]) });
    assert.equal(binary.code, 2);
    assert.match(binary.stderr, /<stdin>: 不是文本文件/);
  });

  it('bad usage, exit 2: - twice, --fix or --cache with -, --stdin-filename without -', () => {
    const cases: [string[], RegExp][] = [
      [['-', '-'], /标准输入（-）只能读取一次/],
      [['--fix', '-'], /不能用 --fix 写回/],
      [['--cache', '-'], /--cache 不能用于从标准输入读取的报告/],
      [['--stdin-filename', 'a.txt', join(dir, 'clean.txt')], /--stdin-filename 只用于从标准输入/],
      [['--lang', 'en', '--fix', '-'], /--fix cannot write back a report read from standard input/],
    ];
    for (const [args, message] of cases) {
      const r = cli(args, { input: seed('001') });
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    }
  });
});

describe('govreport-lint: exit status (0 no error, 1 an error, 2 bad usage or input)', () => {
  let dir: string;
  before(() => {
    dir = tempDir('exit');
    writeFileSync(join(dir, 'clean.txt'), seed('001'));
    writeFileSync(join(dir, 'broken.txt'), BROKEN);
  });
  after(() => cleanup(dir));

  it('0 when no file has an error (warnings do not count)', () => {
    const r = cli([join(dir, 'clean.txt'), join(ROOT, 'test/fixtures/seeds/003_6059c95561e14547.txt')]);
    assert.match(r.stdout, / 警告 /);
    assert.equal(r.code, 0);
  });

  it('1 when a file has an error', () => {
    assert.equal(cli([join(dir, 'clean.txt'), join(dir, 'broken.txt')]).code, 1);
  });

  it('2 when an argument does not exist, while the other files are still checked and printed', () => {
    const r = cli([join(dir, 'broken.txt'), join(dir, 'nope.txt'), join(dir, 'clean.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope\.txt: 文件或文件夹不存在/);
    assert.deepEqual(textLines(r.stdout), expectedText(join(dir, 'broken.txt'), analyze(BROKEN).findings, 'zh-CN'));
    assert.match(r.stdout, /检查了 2 个文件/);
  });

  it('2 on bad usage, with a message and no stack trace', () => {
    const cases: [string[], RegExp][] = [
      [[], /请指定要检查的文件或文件夹/],
      [['--lang', 'en'], /no file or folder given/],
      [['--bogus', 'x.txt'], /未知选项 --bogus（以“-”开头的文件名请写在 -- 之后：-- --bogus）/],
      [['--lang', 'en', '--bogus', 'x.txt'], /unknown option --bogus \(a file name that starts with “-” goes after --: -- --bogus\)/],
      [['--formta', 'json', 'x.txt'], /未知选项 --formta，是否想用 --format？/],
      [['--lang', 'en', '--previuos', 'a.txt', 'x.txt'], /unknown option --previuos; did you mean --previous\?/],
      [['--quiet=1', 'x.txt'], /选项 --quiet 不带值/],
      [['--format', 'xml', 'x.txt'], /--format xml：应为 text、json、sarif 之一/],
      [['--lang', 'fr', 'x.txt'], /--lang fr：应为 zh-CN 或 en/],
      [['--jobs', '0', 'x.txt'], /--jobs 0：应为 1 到 256 之间的整数/],
      [['--jobs', 'many', 'x.txt'], /--jobs many/],
      [['--format'], /选项 --format 缺少值/],
      [['--lang', 'en', '--jobs'], /option --jobs needs a value/],
      [['--summary', '', 'x.txt'], /--summary：请给出 CSV 文件的路径/],
      // A file name starting with “-” is named whole, not by its first letter (-d of -dash.txt).
      [['-dash.txt'], /未知选项 -dash\.txt（以“-”开头的文件名请写在 -- 之后：-- -dash\.txt）/],
      [['--lang', 'en', '-dash.txt'], /unknown option -dash\.txt \(a file name that starts with “-” goes after --: -- -dash\.txt\)/],
      // A value starting with “-”: said in the user's language, with how to give it (parseArgs says it in English).
      [['--jobs', '-1', 'x.txt'], /^govreport-lint: 选项 --jobs 缺少值：其后的“-1”以“-”开头，被当作选项；如果它就是值，请写成 --jobs=-1\n/],
      [['--lang', 'en', '--summary', '-s.csv', 'x.txt'], /^govreport-lint: option --summary needs a value: the “-s\.csv” after it starts with “-” and is taken for an option; if it is the value, write --summary=-s\.csv\n/],
      [['--rule', 'bogus=off', 'x.txt'], /没有规则“bogus”/],
      // --print-config shows one report: a second path is not silently left out.
      [['--print-config', 'a.txt', 'b.txt'], /--print-config 只显示一份报告的配置，不检查文件；多出的参数：b\.txt/],
      // The CSV's name forgotten: the table is never written over a report.
      [['--summary', 'clean.txt', 'broken.txt'], /--summary clean\.txt：这是报告的文件名，汇总表不会写在这里（以免覆盖报告）/],
      [['--summary', 'x.csv', 'x.csv'], /--summary x\.csv：这是要检查的文件/],
      // Two --previous: not the last one silently.
      [['--previous', 'a.txt', '--previous=b.txt', 'x.txt'], /--previous 只能给出一次/],
    ];
    for (const [args, message] of cases) {
      const r = cli(args, { cwd: dir });
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
      assert.match(r.stderr, /使用 --help 查看用法|See --help/);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
      assert.doesNotMatch(r.stderr, /ambiguous|Did you forget/, 'no English of parseArgs');
      assert.equal(r.stdout, '');
    }
    assert.equal(readFileSync(join(dir, 'clean.txt'), 'utf8'), seed('001'), 'the report named by --summary is as it was');
  });

  it('--help in both languages lists every option; --version; --list-rules', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const r = cli(['--help', '--lang', lang]);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, HELP[lang] + '\n');
      for (const name of OPTION_NAMES) assert.ok(r.stdout.includes(`--${name}`), `--${name} in the ${lang} help`);
      const listed = new Set([...r.stdout.matchAll(/--([a-z][a-z-]+)/g)].map((m) => m[1]));
      assert.deepEqual([...listed].filter((n) => !OPTION_NAMES.includes(n!)), [], 'the help names no option that does not exist');
      assert.match(r.stdout, /NO_COLOR/);
    }
    // The help tells when worker threads are used as the pool decides it (it said 2,000 files and 1,000 a core).
    assert.match(HELP.en, new RegExp(`${FILES_FOR_POOL} files or more are checked on several CPU cores on a machine\\s+of three cores or more \\(${FILES_FOR_TWO_CORES.toLocaleString('en')} on two`));
    assert.equal(MIN_CORES, 3);
    assert.ok(HELP['zh-CN'].includes(`${FILES_FOR_POOL} 个以上的文件在三核以上的机器上并行检查（两核的机器 ${FILES_FOR_TWO_CORES} 个以上`));
    for (const lang of ['zh-CN', 'en'] as const) assert.match(HELP[lang], lang === 'en' ? /or a configuration file is invalid/ : /或配置文件无效/);
    assert.match(cli(['-h']).stdout, /^用法：govreport-lint/);
    assert.match(cli(['-v']).stdout, /^\d+\.\d+\.\d+\n$/);
    const rules = cli(['--list-rules', '--lang', 'en']).stdout.trim().split('\n');
    assert.deepEqual(rules.map((l) => l.split(/\s+/)[0]), RULES.map((r) => r.meta.code));
  });
});

describe('govreport-lint: folders and parallelism', () => {
  let dir: string;
  const names: string[] = [];
  before(() => {
    // 40 reports in nested folders, some broken, some with findings in different rules, plus things
    // that are not reports.
    dir = tempDir('order');
    const seeds = ['000', '001', '002', '003', '004'].map(seed);
    for (let i = 0; i < 40; i++) {
      const sub = join(dir, `z${i % 3}`, i % 2 ? 'deeper' : '');
      mkdirSync(sub, { recursive: true });
      const text = i % 7 === 0 ? BROKEN : seeds[i % 5]!;
      const name = join(sub, `r${String(39 - i).padStart(2, '0')}.txt`);
      writeFileSync(name, text);
      names.push(name);
    }
    writeFileSync(join(dir, 'notes.md'), '# not a report');
    writeFileSync(join(dir, 'z0', 'data.csv'), 'a,b');
    mkdirSync(join(dir, '.hidden'));
    writeFileSync(join(dir, '.hidden', 'secret.txt'), seed('001'));
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'pkg', 'readme.txt'), 'x');
  });
  after(() => cleanup(dir));

  it('searches folders recursively for .txt reports, skipping hidden folders and node_modules, in sorted order', () => {
    const r = cli(['--format', 'json', '--jobs', '1', dir]);
    const paths = (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => relative(dir, f.path));
    const expected = names.map((n) => relative(dir, n)).sort((a, b) => {
      // Tree order: each folder's entries sorted by name.
      const pa = a.split('/');
      const pb = b.split('/');
      for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i]! < pb[i]! ? -1 : 1;
      return pa.length - pb.length;
    });
    assert.equal(paths.length, 40);
    assert.deepEqual(paths, expected);
  });

  it('gives byte-identical output whatever the number of worker threads, in every format', () => {
    for (const format of ['text', 'json', 'sarif']) {
      const sequential = cli(['--format', format, '--jobs', '1', dir], { cwd: dir });
      assert.equal(sequential.code, 1);
      for (const jobs of format === 'text' ? ['2', '5', undefined] : ['3']) {
        const parallel = cli(['--format', format, ...(jobs ? ['--jobs', jobs] : []), dir], { cwd: dir });
        assert.equal(parallel.code, sequential.code);
        assert.equal(parallel.stdout, sequential.stdout, `${format} with --jobs ${jobs ?? '(automatic)'}`);
        assert.equal(parallel.stderr, sequential.stderr);
      }
    }
  });

  it('a folder or file whose name is not UTF-8 (a Windows zip’s GBK names), or a path too long to open, is named with its reason on stderr and the exit status is 2 — never skipped without a word', () => {
    const d = tempDir('badnames');
    try {
      // 湘潭县 in GBK bytes, as a folder holding a report, and as a report.
      const gbk = Buffer.from([0xcf, 0xe6, 0xcc, 0xb6, 0xcf, 0xd8]);
      const folder = Buffer.concat([Buffer.from(`${d}/`), gbk]);
      mkdirSync(folder);
      writeFileSync(Buffer.concat([folder, Buffer.from('/2024.txt')]), seed('002'));
      writeFileSync(Buffer.concat([Buffer.from(`${d}/`), gbk, Buffer.from('.txt')]), seed('002'));
      writeFileSync(join(d, 'ok.txt'), seed('001'));
      // Folders nested past the system's path limit.
      let deep = join(d, 'deep');
      for (let i = 0; i < 20; i++) deep = join(deep, `层${String(i).padStart(2, '0')}_${'深'.repeat(80)}`);
      let made = true;
      try {
        mkdirSync(deep, { recursive: true });
      } catch {
        made = false;
      }
      const r = cli(['--jobs', '1', d]);
      assert.equal(r.code, 2, r.stderr);
      assert.equal((r.stderr.match(/名称不是 UTF-8 编码/g) ?? []).length, 2, r.stderr);
      if (made) assert.match(r.stderr, /路径太长/);
      assert.match(r.stdout, /检查了 1 个文件/);
      const en = cli(['--lang', 'en', '--jobs', '1', d]);
      assert.match(en.stderr, /its name is not UTF-8 \(most likely a Windows zip unpacked on Linux, names in GBK\)/);
      // Listed as an unreadable file is: the summary's count, a JSON entry with "error", a CSV row.
      assert.match(r.stdout, /个文件无法检查或写回/);
      const json = JSON.parse(cli(['--format', 'json', '--jobs', '1', d]).stdout) as { files: { path: string; error?: string }[] };
      assert.ok(json.files.filter((f) => f.error && /UTF-8/.test(f.error)).length >= 2, JSON.stringify(json.files.map((f) => f.path)));
      const csv = join(d, '..', `${Date.now()}-summary.csv`);
      try {
        cli(['--summary', csv, '--jobs', '1', d]);
        assert.equal((readFileSync(csv, 'utf8').match(/名称不是 UTF-8 编码/g) ?? []).length, 2);
      } finally {
        rmSync(csv, { force: true });
      }
    } finally {
      cleanup(d);
    }
  });

  it('--fix leaves a read-only file (no write bit) unwritten, for the superuser too: a message, exit 2, the bytes as they were', () => {
    const d = tempDir('readonly');
    try {
      const file = join(d, 'r.txt');
      const text = seed('002').replace('\t（七）总计\n\t171', '\t（七）总计\n\t172');
      assert.notEqual(text, seed('002'));
      writeFileSync(file, text);
      chmodSync(file, 0o444);
      assert.throws(() => writeFileAtomic(file, Buffer.from('x')), { code: 'EACCES' });
      const r = cli(['--fix', file]);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /没有权限/);
      assert.equal(readFileSync(file, 'utf8'), text);
    } finally {
      cleanup(d);
    }
  });

  it('a group of table 四 that does not add up: --fix leaves it, JSON marks the recomputed total a choice, SARIF offers no fix for it', () => {
    // Any of its five figures may be the one mistyped: the recomputed total is one reading, never written by --fix.
    const d = tempDir('choice');
    try {
      const file = join(d, 'r.txt');
      const text = seed('002').replace('\t25\n', '\t26\n');
      assert.notEqual(text, seed('002'));
      writeFileSync(file, text);
      const json = JSON.parse(cli(['--format', 'json', file]).stdout) as { files: { diagnostics: { code: string; fixes: { title: string; edits: unknown[]; choice?: boolean }[] }[] }[] };
      const review = json.files[0]!.diagnostics.filter((x) => x.code === 'review-total');
      assert.deepEqual(review.map((x) => x.fixes), [[{ title: '若其他数无误：改为 25', edits: review[0]!.fixes[0]!.edits, choice: true }]]);
      const sarif = JSON.parse(cli(['--format', 'sarif', file]).stdout) as Sarif.Log;
      const result = sarif.runs[0]!.results!.find((x) => x.ruleId === 'review-total');
      assert.ok(result && result.fixes === undefined, 'no SARIF fix for a choice');
      const r = cli(['--fix', file]);
      assert.match(r.stdout, /review-total/);
      assert.ok(readFileSync(file, 'utf8').includes('\t26\n'), 'the total as written');
    } finally {
      cleanup(d);
    }
  });

  it('--help, --version and --list-rules into a reader that goes away (| true, | head) end quietly', () => {
    for (const a of ['--help', '--version', '--list-rules']) {
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'bin', 'govreport-lint.js')}" ${a} | true`], { encoding: 'utf8' });
      assert.equal(r.stderr, '', a);
      assert.equal(r.status, 0);
    }
  });

  it('lists a file once however it is named on the command line', () => {
    const r = cli(['--format', 'json', names[0]!, dir, names[0]!]);
    const paths = (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path);
    assert.equal(paths.length, 40);
    assert.equal(paths[0], names[0]);
  });

  it('--quiet prints errors only, and the exit status is unchanged', () => {
    const r = cli(['--quiet', dir]);
    const lines = textLines(r.stdout);
    assert.ok(lines.length > 0);
    assert.ok(lines.every((l) => / 错误 /.test(l)));
    assert.equal(r.code, 1);
    // 40 reports, every seventh broken (i = 0, 7, … 35): six have errors.
    assert.match(r.stdout, /检查了 40 个文件，发现 \d+ 个错误；6 个文件有错误。/);
  });
});

describe('govreport-lint: colour and pipes', () => {
  let dir: string;
  let file: string;
  before(() => {
    dir = tempDir('tty');
    file = join(dir, 'r.txt');
    writeFileSync(file, BROKEN);
  });
  after(() => cleanup(dir));

  it('colours only a terminal, and never with NO_COLOR', () => {
    assert.equal(useColor(true, {}), true);
    assert.equal(useColor(false, {}), false);
    assert.equal(useColor(undefined, {}), false);
    assert.equal(useColor(true, { NO_COLOR: '1' }), false);
    assert.equal(useColor(true, { NO_COLOR: '' }), true, 'an empty NO_COLOR does not count (no-color.org)');
    assert.equal(useColor(true, { TERM: 'dumb' }), false);
  });

  it('in a real terminal (script(1)), colours unless NO_COLOR is set', (t) => {
    const hasScript = spawnSync('script', ['--version']).status === 0;
    if (!hasScript) return t.skip('script(1) is not installed');
    const run = (env: NodeJS.ProcessEnv) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${join(ROOT, 'bin/govreport-lint.js')}" "${file}"`, '/dev/null'], { env: { ...process.env, ...env, TERM: 'xterm' }, encoding: 'utf8' });
    const { NO_COLOR: _ignored, ...base } = process.env;
    const coloured = spawnSync('script', ['-qec', `"${process.execPath}" "${join(ROOT, 'bin/govreport-lint.js')}" "${file}"`, '/dev/null'], { env: { ...base, TERM: 'xterm' }, encoding: 'utf8' });
    assert.match(coloured.stdout, /\u001b\[31m错误\u001b\[0m/);
    const plain = run({ NO_COLOR: '1' });
    assert.match(plain.stdout, /错误 row-total/);
    assert.doesNotMatch(plain.stdout, /\u001b\[/);
  });

  it('stops quietly when the reader goes away (… | head -1)', () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 40; i++) writeFileSync(join(many, `r${i}.txt`), BROKEN);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'bin/govreport-lint.js')}" "${many}" | head -1`], { encoding: 'utf8' });
    assert.equal(r.stdout.split('\n').length, 2);
    assert.equal(r.stderr, '');
  });

  it('writes the same bytes to a file (written to directly) as to a pipe, in every format; a full disk is told once, exit 2', (t) => {
    const many = join(dir, 'tofile');
    mkdirSync(many);
    for (let i = 0; i < 12; i++) writeFileSync(join(many, `r${i}.txt`), i % 3 === 0 ? `${BROKEN}\n“引号”\\ \t` : BROKEN);
    for (const format of ['json', 'text', 'sarif']) {
      const piped = cli(['--format', format, '--jobs', '1', many]);
      assert.equal(piped.code, 1);
      const out = join(dir, `out.${format}`);
      const fd = openSync(out, 'w');
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/govreport-lint.js'), '--format', format, '--jobs', '1', many], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      closeSync(fd);
      assert.equal(r.status, 1, r.stderr);
      assert.equal(readFileSync(out, 'utf8'), piped.stdout);
      assert.ok(piped.stdout.length > 1000);
    }
    if (!existsSync('/dev/full')) return t.skip('no /dev/full');
    const full = openSync('/dev/full', 'w');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/govreport-lint.js'), '--format', 'json', '--jobs', '1', many], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    closeSync(full);
    assert.equal(r.status, 2);
    assert.equal(r.stderr.match(/ENOSPC/g)?.length, 1, r.stderr);
  });
});

describe('govreport-lint: a reviewer\'s slips', () => {
  let dir: string;
  before(() => {
    dir = tempDir('slips');
  });
  after(() => cleanup(dir));

  it('--print-config of a folder is refused (exit 2), not answered as for a file beside it', () => {
    const folder = join(dir, 'county');
    mkdirSync(folder);
    writeFileSync(join(folder, '.govreport-lint.json'), '{"rules": {"artifact": "off"}}');
    const r = cli(['--print-config', 'county'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^govreport-lint: county: 这是文件夹；--print-config 请给出其中一份报告的路径/);
    const en = cli(['--lang', 'en', '--print-config', 'county'], { cwd: dir });
    assert.match(en.stderr, /that is a folder; give --print-config the path of a report in it/);
    // A report in it is answered, with the folder's file.
    const report = cli(['--print-config', 'county/a.txt'], { cwd: dir });
    assert.equal(report.code, 0);
    assert.equal((JSON.parse(report.stdout) as { config: string }).config, 'county/.govreport-lint.json');
  });

  it('the help says how to give a name that starts with “-” (--), and that --fix rewrites no PDF (nor OpenDocument text) either', () => {
    assert.match(HELP['zh-CN'], /^  --  +其后的参数都是文件或文件夹（以“-”开头的文件名写在它之后/m);
    assert.match(HELP.en, /^  --  +everything after it is a file or folder/m);
    assert.match(HELP['zh-CN'], /只读文件、Word 文档、OpenDocument 文本、网页和 PDF 不改写/);
    assert.match(HELP.en, /read-only files, Word documents,\s+OpenDocument text, web pages and PDF are never rewritten/);
    // The formats read include OpenDocument text, in both languages.
    assert.match(HELP['zh-CN'], /OpenDocument 文本（\.odt 和平面 XML 的 \.fodt/);
    assert.match(HELP.en, /OpenDocument text \(\.odt, and flat XML \.fodt/);
    // The English help is wrapped as the Chinese is, not in lines of 150 characters.
    assert.deepEqual(HELP.en.split('\n').filter((l) => l.length > 110 && !l.includes('"rules"')), []);
  });

  it('a name with a newline or other control character stays on its one `file:line:col:` line, escaped, on stdout and stderr', () => {
    const sub = join(dir, 'names');
    mkdirSync(sub);
    writeFileSync(join(sub, 'new\nline.txt'), BROKEN);
    writeFileSync(join(sub, 'bell\u0007\u001b[31m.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 9]));
    const r = cli(['names'], { cwd: dir });
    assert.equal(r.code, 2);
    const lines = r.stdout.trimEnd().split('\n');
    const findings = analyze(BROKEN).findings.length;
    assert.equal(lines.length, findings + 1, 'one line per finding, then the summary');
    assert.ok(lines.slice(0, -1).every((l) => l.startsWith('names/new\\nline.txt:')), lines[0]);
    assert.match(r.stderr, /^govreport-lint: names\/bell\\x07\\x1b\[31m\.txt: /);
    assert.doesNotMatch(r.stderr, /\u001b/);
    // JSON and the summary keep the name as it is.
    const json = JSON.parse(cli(['--format', 'json', 'names'], { cwd: dir }).stdout) as { files: { path: string }[] };
    assert.ok(json.files.some((f) => f.path === 'names/new\nline.txt'));
  });

  it('a file with no text (empty, or blanks only) is refused as empty (exit 2), not checked as a report missing its six parts', () => {
    const sub = join(dir, 'empty');
    mkdirSync(sub);
    writeFileSync(join(sub, 'a-empty.txt'), '');
    writeFileSync(join(sub, 'b-blank.txt'), '\ufeff \r\n\u3000\n');
    writeFileSync(join(sub, 'c.txt'), seed('001'));
    const r = cli(['empty'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'govreport-lint: empty/a-empty.txt: 没有文字（文件是空的或只有空白），不是年度报告，未检查\ngovreport-lint: empty/b-blank.txt: 没有文字（文件是空的或只有空白），不是年度报告，未检查\n');
    assert.doesNotMatch(r.stdout, /missing-section/);
    assert.match(r.stdout, /检查了 1 个文件.*2 个文件无法检查或写回/);
    const en = cli(['--lang', 'en', '-'], { cwd: dir, input: '' });
    assert.equal(en.code, 2);
    assert.match(en.stderr, /<stdin>: no text \(the file is empty or blank\): not a report, not checked/);
  });

  it('symbolic links: a broken one to a report is named as broken (not as missing: ls shows it), a loop as a loop, a folder loop is searched once', () => {
    const sub = join(dir, 'links');
    mkdirSync(sub);
    writeFileSync(join(sub, 'a.txt'), seed('001'));
    symlinkSync('gone.txt', join(sub, 'broken.txt'));
    symlinkSync('self.txt', join(sub, 'self.txt'));
    symlinkSync('.', join(sub, 'again'));
    const r = cli(['links'], { cwd: dir, timeoutMs: 30_000 });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'govreport-lint: links/broken.txt: 符号链接已失效（指向的文件或文件夹不存在）\ngovreport-lint: links/self.txt: 符号链接循环\n');
    assert.match(r.stdout, /检查了 1 个文件/);
    const named = cli(['--lang', 'en', 'links/broken.txt', 'links/nope.txt'], { cwd: dir });
    assert.equal(named.stderr, 'govreport-lint: links/broken.txt: a broken symbolic link (what it points to does not exist)\ngovreport-lint: links/nope.txt: no such file or folder (it may have been deleted or moved)\n');
  });

  it('an invalid .govreport-lint.json is said in Chinese with its line and column (English with --lang en), never in JSON.parse\'s words alone', () => {
    const sub = join(dir, 'badjson');
    mkdirSync(sub);
    writeFileSync(join(sub, 'a.txt'), seed('001'));
    writeFileSync(join(sub, '.govreport-lint.json'), '{\n  "rules": {"artifact": "off",}\n}\n');
    const r = cli(['badjson'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^govreport-lint: badjson\/\.govreport-lint\.json: 配置文件无效，未使用：不是有效的 JSON：第 2 行第 31 列有语法错误\n/);
    assert.doesNotMatch(r.stderr, /[A-Za-z]{4,} [a-z]+ (in|at) /, 'no English sentence');
    const en = cli(['--lang', 'en', 'badjson'], { cwd: dir });
    assert.match(en.stderr, /invalid configuration, not used: not valid JSON: syntax error at line 2, column 31/);
    writeFileSync(join(sub, '.govreport-lint.json'), '');
    assert.match(cli(['badjson'], { cwd: dir }).stderr, /不是有效的 JSON：文件是空的/);
  });
});
