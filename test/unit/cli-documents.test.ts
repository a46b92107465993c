/** The bundled command line on Word documents and web pages: locations, refusals, --fix, --previous. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildDocx, buildHtml, reportDocument, splitTable } from '../helpers/documents';
import { seed } from '../helpers/fixtures';
import { previousOf002, shiftYears } from '../helpers/years';
import { cjkPdf } from '../helpers/pdf';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'govreport-cli-docs-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function runIn(cwd: string, args: readonly string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
const run = (...args: string[]) => runIn(dir, args);

/** Seed 002 with 四、结转下年度继续办理 总计 changed from 5 to 6: one arithmetic fault. */
function faulty(): string {
  const lines = seed('002').split('\n');
  const at = lines.findIndex((l) => l.includes('四、结转下年度继续办理')) + 7;
  lines[at] = '\t6';
  return lines.join('\n');
}

writeFileSync(join(dir, 'report.docx'), buildDocx(reportDocument(faulty())));
writeFileSync(join(dir, 'report.html'), buildHtml(reportDocument(faulty())));
writeFileSync(join(dir, 'clean.docx'), buildDocx(reportDocument(seed('001'))));
writeFileSync(join(dir, 'notzip.docx'), '一、总体情况');
writeFileSync(join(dir, 'report.txt'), faulty());
writeFileSync(join(dir, 'current2024.txt'), seed('002'));
writeFileSync(join(dir, 'last2023.docx'), buildDocx(reportDocument(previousOf002(seed('002'), { carriedOut: 4 }))));
// Another body's report of 2023 (湘潭县商务局), with the same carry-over that differs from seed 002's.
writeFileSync(join(dir, 'other2023.txt'), previousOf002(seed('002'), { carriedOut: 4 }).replace('湘潭县2023年', '湘潭县商务局2023年'));
// The same body's report of 2022 (two years back), with that carry-over.
writeFileSync(join(dir, 'older2022.txt'), shiftYears(previousOf002(seed('002'), { carriedOut: 4 }), -1));

describe('govreport-lint on .docx and .html', () => {
  it('text output names the table, row and column in the document; exit 1 for an error', () => {
    const r = run('report.docx');
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^report\.docx:表三 第28行 第10列: 错误 /m);
    assert.match(r.stdout, /^report\.docx:段落 \d+: 警告 narrative-mismatch /m);
  });

  it('table 三 split in two Word tables: the wrong figure in the second part is named at its cell of table 三, as unsplit', () => {
    // In a folder of its own (the folder listing below is of `dir`): table 三 cut before its row 17, a page break between.
    const own = mkdtempSync(join(tmpdir(), 'govreport-cli-split-'));
    after(() => rmSync(own, { recursive: true, force: true }));
    writeFileSync(join(own, 'split.docx'), buildDocx(splitTable(reportDocument(faulty()), 10, 17, [{ kind: 'p', text: '', pageBreak: true }])));
    const r = runIn(own, ['split.docx']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^split\.docx:表三 第28行 第10列: 错误 balance /m);
    const places = (out: string) => out.split('\n').filter((l) => /^\w+\.docx:表/.test(l)).map((l) => l.replace(/^\w+\.docx:/, '')).sort();
    assert.deepEqual(places(r.stdout), places(run('report.docx').stdout));
  });

  it('the .docx, the .html and the .txt of one report give the same codes and messages', () => {
    const strip = (out: string) => out.split('\n').filter((l) => l.startsWith('report.')).map((l) => l.replace(/^report\.\w+:[^:]+(?::\d+)?: /, '')).sort();
    const txt = strip(run('report.txt').stdout);
    assert.ok(txt.length > 0);
    assert.deepEqual(strip(run('report.docx').stdout), txt);
    assert.deepEqual(strip(run('report.html').stdout), txt);
  });

  it('JSON keeps the range in the text read from the document, adds `location` and the file `format`', () => {
    const r = run('--format', 'json', 'report.docx');
    const json = JSON.parse(r.stdout) as { files: { path: string; format: string; diagnostics: { code: string; range: unknown; location?: { table?: number; tableName?: string; row?: number; column?: number; text: string } }[] }[] };
    const file = json.files[0]!;
    assert.equal(file.format, 'docx');
    const located = file.diagnostics.find((d) => d.code === 'balance' || d.code === 'column-total');
    assert.deepEqual(located?.location, { table: 2, tableName: '表三', row: 28, column: 10, text: '表三 第28行 第10列' });
    assert.ok(located?.range);
  });

  it('SARIF: a logical location and the text range as properties, no region into the binary file, no fixes', () => {
    const r = run('--format', 'sarif', 'report.docx');
    const log = JSON.parse(r.stdout) as { runs: { results: { locations: { physicalLocation: { region?: unknown }; logicalLocations?: { fullyQualifiedName: string }[] }[]; properties: { location?: unknown; textRange?: unknown }; fixes?: unknown }[] }[] };
    const results = log.runs[0]!.results;
    assert.ok(results.length > 0);
    for (const res of results) {
      assert.equal(res.locations[0]!.physicalLocation.region, undefined);
      assert.ok(res.locations[0]!.logicalLocations?.[0]?.fullyQualifiedName);
      assert.ok(res.properties.textRange);
      assert.equal(res.fixes, undefined);
    }
  });

  it('a bad .docx: a clear message, exit 2, the other files still checked', () => {
    const r = run('notzip.docx', 'clean.docx');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /notzip\.docx: 不是有效的 Word 文档/);
    assert.match(r.stdout, /检查了 1 个文件/);
  });

  it('--fix never writes a Word document: it says so and checks', () => {
    const before = readFileSync(join(dir, 'report.docx'));
    const r = run('--fix', 'report.docx');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--fix 不改写 Word 文档、网页和 PDF/);
    assert.deepEqual(readFileSync(join(dir, 'report.docx')), before);
  });

  it('--fix says nothing of a document with nothing to fix (a folder of clean documents is not a page of notices)', () => {
    const before = readFileSync(join(dir, 'clean.docx'));
    const r = run('--fix', 'clean.docx');
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /检查了 1 个文件/);
    assert.deepEqual(readFileSync(join(dir, 'clean.docx')), before);
  });

  it('folders are searched for .docx and .html too', () => {
    const r = run('--format', 'json', '.');
    const paths = (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path.replace(/^\.\//, ''));
    assert.deepEqual(paths, ['clean.docx', 'current2024.txt', 'last2023.docx', 'notzip.docx', 'older2022.txt', 'other2023.txt', 'report.docx', 'report.html', 'report.txt']);
  });

  it('--previous that cannot be read: exit 2 before checking, the reason in words (not ENOENT)', () => {
    const r = run('--previous', 'missing.docx', 'report.txt');
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'govreport-lint: --previous missing.docx: 无法读取：文件或文件夹不存在（可能已被删除或移走）\n');
    assert.equal(r.stdout, '');
    const en = run('--lang', 'en', '--previous', 'missing.docx', 'report.txt');
    assert.equal(en.code, 2);
    assert.equal(en.stderr, 'govreport-lint: --previous missing.docx: cannot read: no such file or folder (it may have been deleted or moved)\n');
  });

  it('--previous in any format: the cross-year findings, related information pointing into last year\'s document', () => {
    const text = run('--previous', 'last2023.docx', 'current2024.txt');
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^current2024\.txt:\d+:\d+: 警告 carry-over 表三“二、上年结转政府信息公开申请数量”行“总计”列为5，而2023年度报告/m);
    const json = JSON.parse(run('--format', 'json', '--previous', 'last2023.docx', 'current2024.txt').stdout) as { files: { diagnostics: { code: string; relatedInformation: { path: string; message: string }[] }[] }[] };
    const carry = json.files[0]!.diagnostics.filter((d) => d.code === 'carry-over');
    assert.equal(carry.length, 2);
    assert.deepEqual(carry.map((d) => d.relatedInformation.map((r) => [r.path, r.message.replace(/^.*（/, '（')])), [
      [['last2023.docx', '（表三 第28行 第4列）']],
      [['last2023.docx', '（表三 第28行 第10列）']],
    ]);
  });

  it('--previous naming another body’s report (a folder checked with one --previous): no cross-year finding, and stderr says why; the exit status is the report’s own', () => {
    const r = run('--previous', 'other2023.txt', 'current2024.txt');
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /carry-over|valid-docs|copied-report|year-claim/);
    assert.match(r.stderr, /--previous other2023\.txt 是“湘潭县商务局”的报告，本报告是“湘潭县”的，未做跨年度检查/);
    const en = run('--lang', 'en', '--previous', 'other2023.txt', 'current2024.txt');
    assert.match(en.stderr, /is the report of “湘潭县商务局”, this one of “湘潭县”: no cross-year checks/);
  });

  it('--previous naming another year\'s report (two years back): no cross-year finding, and stderr says why', () => {
    const r = run('--previous', 'older2022.txt', 'current2024.txt');
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /carry-over|valid-docs|copied-report|year-claim/);
    assert.match(r.stderr, /--previous older2022\.txt 是2022年度的报告，本报告是2024年度的，不是上一年度，未做跨年度检查/);
    const en = run('--lang', 'en', '--previous', 'older2022.txt', 'current2024.txt');
    assert.match(en.stderr, /--previous older2022\.txt is the report for 2022, this one is for 2024: not last year's, no cross-year checks/);
  });

  it('without --previous the cross-year rules are silent', () => {
    assert.doesNotMatch(run('current2024.txt').stdout, /carry-over|valid-docs|copied-report|year-claim/);
  });
});

// A reviewer's folders: last year's reports of several bodies, and this year's.
const years = mkdtempSync(join(tmpdir(), 'govreport-cli-years-'));
after(() => rmSync(years, { recursive: true, force: true }));
for (const sub of ['last', 'now', 'none']) mkdirSync(join(years, sub));
writeFileSync(join(years, 'last', '湘潭县2023.docx'), buildDocx(reportDocument(previousOf002(seed('002'), { carriedOut: 4 }))));
// The same body's report of the same year once more (a copy kept by mistake): the first found is used, and said.
writeFileSync(join(years, 'last', '湘潭县2023-copy.txt'), previousOf002(seed('002'), { carriedOut: 4 }));
writeFileSync(join(years, 'last', 'notes.txt'), '会议纪要：无\n');
writeFileSync(join(years, 'now', 'county2024.txt'), seed('002'));
// Seed 001 is 湘潭县商务局's report of 2024: last year's is not in the folder.
writeFileSync(join(years, 'now', 'commerce2024.txt'), seed('001'));
writeFileSync(join(years, 'now', 'untitled.txt'), seed('002').replace('湘潭县2024年政府信息公开工作年度报告', ''));

describe('govreport-lint --previous FOLDER: each report against its own body\'s of the year before', () => {
  const run = (...args: string[]) => runIn(years, args);
  const CROSS_YEAR = /carry-over|valid-docs|copied-report|year-claim/;
  const lines = (out: string, file: string) => out.split('\n').filter((l) => l.startsWith(`now/${file}:`));

  it('pairs by the title\'s body and year, in any format; the others are checked without the cross-year rules, and stderr says why', () => {
    const r = run('--previous', 'last', 'now');
    assert.equal(r.code, 0, r.stderr);
    const county = lines(r.stdout, 'county2024.txt');
    assert.equal(county.filter((l) => / carry-over /.test(l)).length, 2);
    assert.match(county.join('\n'), /而2023年度报告“四、结转下年度继续办理”的“总计”为4/);
    assert.doesNotMatch(lines(r.stdout, 'commerce2024.txt').join('\n'), CROSS_YEAR);
    assert.doesNotMatch(lines(r.stdout, 'untitled.txt').join('\n'), CROSS_YEAR);
    assert.deepEqual(r.stderr.split('\n').filter(Boolean), [
      'govreport-lint: last/notes.txt: --previous: 标题中读不出机关和年度，不作为上一年度的报告使用',
      'govreport-lint: now/commerce2024.txt: --previous last 中没有“湘潭县商务局”2023年度的报告，未做跨年度检查',
      'govreport-lint: now/county2024.txt: --previous last 中有2份“湘潭县”2023年度的报告，按 last/湘潭县2023-copy.txt 核对（另有 last/湘潭县2023.docx）',
      'govreport-lint: now/untitled.txt: 标题中读不出本报告的机关和年度，无法在 --previous last 中找到上一年度的报告，未做跨年度检查',
    ]);
    // Without --previous the same reports have no cross-year finding at all.
    assert.doesNotMatch(run('now').stdout, CROSS_YEAR);
  });

  it('related information points into the paired report; the same output on worker threads as on one', () => {
    const one = run('--format', 'json', '--jobs', '1', '--previous', 'last', 'now');
    const json = JSON.parse(one.stdout) as { files: { path: string; diagnostics: { code: string; relatedInformation: { path: string }[] }[] }[] };
    const county = json.files.find((f) => f.path.endsWith('county2024.txt'))!;
    const carry = county.diagnostics.filter((d) => d.code === 'carry-over');
    assert.deepEqual(carry.map((d) => d.relatedInformation.map((i) => i.path)), [['last/湘潭县2023-copy.txt'], ['last/湘潭县2023-copy.txt']]);
    const two = run('--format', 'json', '--jobs', '2', '--previous', 'last', 'now');
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
  });

  it('in English', () => {
    const r = run('--lang', 'en', '--previous', 'last', 'now');
    assert.match(r.stderr, /now\/commerce2024\.txt: no report of “湘潭县商务局” for 2023 in --previous last: no cross-year checks/);
    assert.match(r.stderr, /now\/county2024\.txt: 2 reports of “湘潭县” for 2023 in --previous last: checked against last\/湘潭县2023-copy\.txt \(also last\/湘潭县2023\.docx\)/);
    assert.match(r.stderr, /last\/notes\.txt: --previous: its title names no body and year: not used as last year's report/);
  });

  it('a folder with no usable report stops the run before anything is checked (exit 2)', () => {
    const r = run('--previous', 'none', 'now');
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    // Every format a report of last year is read in is named (.pdf, .wps and .htm were left out).
    assert.equal(r.stderr, 'govreport-lint: --previous none: 文件夹中没有可用作上一年度报告的文件（.txt、.docx、.doc、.wps、.odt、.fodt、.html、.htm、.pdf，标题写明机关和年度）\n');
  });
});

// Word 97-2003 files (test/fixtures/doc, made by scripts/make-doc-fixtures.ts), in a folder of their own.
const docs = mkdtempSync(join(tmpdir(), 'govreport-cli-doc-'));
after(() => rmSync(docs, { recursive: true, force: true }));
const DOC_FIXTURES = join(__dirname, '..', 'fixtures', 'doc');
writeFileSync(join(docs, 'report.doc'), readFileSync(join(DOC_FIXTURES, '002.fault.doc')));
writeFileSync(join(docs, 'report.wps'), readFileSync(join(DOC_FIXTURES, '001.libreoffice.doc')));
writeFileSync(join(docs, 'report.txt'), faulty());
{
  // Fast-saved: the FIB's fComplex bit, which sits at byte 10 of the WordDocument stream (found by its wIdent).
  const b = Buffer.from(readFileSync(join(DOC_FIXTURES, '001.libreoffice.doc')));
  let at = -1;
  for (let i = 512; i < b.length; i += 512) if (b.readUInt16LE(i) === 0xa5ec && b.readUInt16LE(i + 2) >= 0xc1) { at = i; break; }
  assert.ok(at > 0);
  b.writeUInt16LE(b.readUInt16LE(at + 10) | 0x0004, at + 10);
  writeFileSync(join(docs, 'fast.doc'), b);
}
const runDocs = (...args: string[]) => runIn(docs, args);

describe('govreport-lint on Word 97-2003 .doc and WPS .wps', () => {
  it('text output names the Word table, row and column; the .doc and the .txt give the same codes and messages', () => {
    const r = runDocs('report.doc');
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^report\.doc:表三 第28行 第10列: 错误 balance /m);
    assert.match(r.stdout, /^report\.doc:段落 \d+: 警告 narrative-mismatch /m);
    const strip = (out: string) => out.split('\n').filter((l) => l.startsWith('report.')).map((l) => l.replace(/^report\.\w+:[^:]+(?::\d+)?: /, '')).sort();
    assert.deepEqual(strip(r.stdout), strip(runDocs('report.txt').stdout));
  });

  it('JSON: format "doc" and the location; SARIF: a logical location, no region, no fixes', () => {
    const json = JSON.parse(runDocs('--format', 'json', 'report.doc').stdout) as { files: { format: string; diagnostics: { code: string; location?: unknown }[] }[] };
    assert.equal(json.files[0]!.format, 'doc');
    const located = json.files[0]!.diagnostics.find((d) => d.code === 'balance');
    assert.deepEqual(located?.location, { table: 2, tableName: '表三', row: 28, column: 10, text: '表三 第28行 第10列' });
    const log = JSON.parse(runDocs('--format', 'sarif', 'report.doc').stdout) as { runs: { results: { locations: { physicalLocation: { region?: unknown }; logicalLocations?: { fullyQualifiedName: string }[] }[]; fixes?: unknown }[] }[] };
    const results = log.runs[0]!.results;
    assert.ok(results.length > 0);
    for (const res of results) {
      assert.equal(res.locations[0]!.physicalLocation.region, undefined);
      assert.ok(res.locations[0]!.logicalLocations?.[0]?.fullyQualifiedName);
      assert.equal(res.fixes, undefined);
    }
  });

  it('--fix leaves a .doc as it is, and says so', () => {
    const before = readFileSync(join(docs, 'report.doc'));
    const r = runDocs('--fix', 'report.doc');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--fix 不改写 Word 文档、网页和 PDF/);
    assert.deepEqual(readFileSync(join(docs, 'report.doc')), before);
  });

  it('folders are searched for .doc and .wps; a fast-saved file is refused with its reason in both languages, exit 2', () => {
    const r = runDocs('--format', 'json', '.');
    const files = (JSON.parse(r.stdout) as { files: { path: string; format?: string; error?: string }[] }).files;
    assert.deepEqual(files.map((f) => [f.path.replace(/^\.\//, ''), f.format ?? (f.error ? 'error' : 'text')]), [
      ['fast.doc', 'error'], ['report.doc', 'doc'], ['report.txt', 'text'], ['report.wps', 'doc'],
    ]);
    const zh = runDocs('fast.doc');
    assert.equal(zh.code, 2);
    assert.match(zh.stderr, /fast\.doc: 这个 \.doc 文件是“快速保存”的/);
    assert.match(runDocs('--lang', 'en', 'fast.doc').stderr, /fast\.doc: this \.doc file was fast-saved/);
  });
});

// OpenDocument text (test/fixtures/odt, made by scripts/make-odt-fixtures.ts), in a folder of their own.
const odts = mkdtempSync(join(tmpdir(), 'govreport-cli-odt-'));
after(() => rmSync(odts, { recursive: true, force: true }));
const ODT_FIXTURES = join(__dirname, '..', 'fixtures', 'odt');
writeFileSync(join(odts, 'report.odt'), readFileSync(join(ODT_FIXTURES, '002.fault.odt')));
writeFileSync(join(odts, 'flat.fodt'), readFileSync(join(ODT_FIXTURES, '002.template.fodt')));
writeFileSync(join(odts, 'locked.odt'), readFileSync(join(ODT_FIXTURES, 'encrypted.odt')));
writeFileSync(join(odts, 'broken.odt'), readFileSync(join(ODT_FIXTURES, '001.libreoffice.odt')).subarray(0, 3000));
writeFileSync(join(odts, 'report.txt'), faulty());
writeFileSync(join(odts, 'report.docx'), buildDocx(reportDocument(faulty())));
const runOdt = (...args: string[]) => runIn(odts, args);

describe('govreport-lint on OpenDocument text (.odt, .fodt)', () => {
  it('text output names the table, row and column; the .odt, the .docx and the .txt give the same codes and messages', () => {
    const r = runOdt('report.odt');
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^report\.odt:表三 第28行 第10列: 错误 balance /m);
    assert.match(r.stdout, /^report\.odt:段落 \d+: 警告 narrative-mismatch /m);
    const strip = (out: string) => out.split('\n').filter((l) => l.startsWith('report.')).map((l) => l.replace(/^report\.\w+:[^:]+(?::\d+)?: /, '')).sort();
    assert.deepEqual(strip(r.stdout), strip(runOdt('report.txt').stdout));
    // The .docx of the same report: the same findings at the same places in the document.
    const located = (out: string) => out.split('\n').filter((l) => l.startsWith('report.')).map((l) => l.replace(/^report\.\w+:/, '')).sort();
    assert.deepEqual(located(r.stdout), located(runOdt('report.docx').stdout));
  });

  it('JSON: format "odt" and the location', () => {
    const json = JSON.parse(runOdt('--format', 'json', 'report.odt').stdout) as { files: { format: string; diagnostics: { code: string; location?: unknown }[] }[] };
    assert.equal(json.files[0]!.format, 'odt');
    assert.deepEqual(json.files[0]!.diagnostics.find((d) => d.code === 'balance')?.location, { table: 2, tableName: '表三', row: 28, column: 10, text: '表三 第28行 第10列' });
  });

  it('--fix leaves an .odt as it is, and says so', () => {
    const before = readFileSync(join(odts, 'report.odt'));
    const r = runOdt('--fix', 'report.odt');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--fix 不改写 Word 文档、网页和 PDF（也不改写 OpenDocument 文本）/);
    assert.deepEqual(readFileSync(join(odts, 'report.odt')), before);
  });

  it('folders are searched for .odt and .fodt; an encrypted or damaged one is refused with its reason in both languages, exit 2, no stack trace', () => {
    const r = runOdt('--format', 'json', '.');
    const files = (JSON.parse(r.stdout) as { files: { path: string; format?: string; error?: string }[] }).files;
    assert.deepEqual(files.map((f) => [f.path.replace(/^\.\//, ''), f.format ?? (f.error ? 'error' : 'text')]), [
      ['broken.odt', 'error'], ['flat.fodt', 'odt'], ['locked.odt', 'error'], ['report.docx', 'docx'], ['report.odt', 'odt'], ['report.txt', 'text'],
    ]);
    const zh = runOdt('locked.odt', 'broken.odt');
    assert.equal(zh.code, 2);
    assert.match(zh.stderr, /locked\.odt: 文档已加密（设置了打开密码），请去除密码后再检查/);
    assert.match(zh.stderr, /broken\.odt: 不是有效的 OpenDocument 文本/);
    assert.doesNotMatch(zh.stderr, /\bat \w+ \(|Error:/);
    const en = runOdt('--lang', 'en', 'locked.odt', 'broken.odt');
    assert.match(en.stderr, /locked\.odt: the document is encrypted/);
    assert.match(en.stderr, /broken\.odt: not a valid OpenDocument text/);
  });
});

describe('govreport-lint on PDF', () => {
  const own = mkdtempSync(join(tmpdir(), 'govreport-cli-pdf-'));
  after(() => rmSync(own, { recursive: true, force: true }));
  const fixtures = join(__dirname, '..', 'fixtures', 'pdf');
  mkdirSync(join(own, 'reports'));
  writeFileSync(join(own, 'reports', 'report.pdf'), readFileSync(join(fixtures, '002.ruled.pdf')));
  writeFileSync(join(own, 'reports', 'unruled.pdf'), readFileSync(join(fixtures, 'unruled.scattered.pdf')));
  writeFileSync(join(own, 'reports', 'report.txt'), seed('002'));
  const runPdf = (...args: string[]) => runIn(own, args);

  it('a folder holding a PDF: it is checked, its findings named by table, row and column or by page; the one whose table without ruling lines cannot be rebuilt is refused', () => {
    const r = runPdf('reports');
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stdout, /^reports\/report\.pdf:表三 第9行 第3列: 提示 label-variant /m);
    assert.match(r.stdout, /^reports\/report\.pdf:第2页: 警告 narrative-mismatch /m);
    assert.match(r.stdout, /^reports\/report\.txt:\d+:\d+: /m);
    assert.match(r.stderr, /reports\/unruled\.pdf: PDF 中的表格没有表格线，按文字位置也无法可靠还原表格/);
    assert.doesNotMatch(r.stderr, /DOMMatrix|Warning|polyfill/i);
    const codes = (out: string, file: string) => out.split('\n').filter((l) => l.startsWith(file)).map((l) => l.replace(/^.*?: (?=(?:错误|警告|提示|建议) )/, '')).sort();
    assert.deepEqual(codes(r.stdout, 'reports/report.pdf'), codes(r.stdout, 'reports/report.txt'));
  });

  it('json: format pdf, each finding located by page or by table, row and column', () => {
    const r = runPdf('--format', 'json', 'reports/report.pdf');
    assert.equal(r.code, 0, r.stderr);
    const file = (JSON.parse(r.stdout) as { files: { format: string; diagnostics: { code: string; location?: Record<string, unknown> }[] }[] }).files[0]!;
    assert.equal(file.format, 'pdf');
    const prose = file.diagnostics.find((d) => d.code === 'narrative-mismatch');
    assert.deepEqual(prose?.location, { page: 2, paragraph: prose?.location?.paragraph, text: '第2页' });
    const cell = file.diagnostics.find((d) => d.code === 'label-variant');
    assert.equal(cell?.location?.tableName, '表三');
    assert.equal(cell?.location?.text, '表三 第9行 第3列');
    assert.equal(typeof cell?.location?.page, 'number');
  });

  it('the bundle reads Chinese fonts without ToUnicode through the character maps beside it (dist/cmaps)', () => {
    writeFileSync(join(own, 'cjk.pdf'), cjkPdf('湘潭县2024年政府信息公开工作年度报告'));
    const r = runPdf('--format', 'json', 'cjk.pdf');
    const file = (JSON.parse(r.stdout) as { files: { format?: string; error?: string; diagnostics: { message: string }[] }[] }).files[0]!;
    assert.equal(file.error, undefined);
    assert.equal(file.format, 'pdf');
    assert.ok(file.diagnostics.length > 0);
  });

  it('--fix never rewrites a PDF, and says so', () => {
    const before = readFileSync(join(own, 'reports', 'report.pdf'));
    const r = runPdf('--fix', 'reports/report.pdf');
    assert.ok(readFileSync(join(own, 'reports', 'report.pdf')).equals(before));
    assert.doesNotMatch(r.stdout, /已修复并写回/);
  });
});

describe('govreport-lint --previous FOLDER: a government by its full name and by its short name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-cli-names-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  for (const sub of ['last', 'now']) mkdirSync(join(dir, sub));
  // Last year's report titled 湘潭县政府 (short name), this year's 湘潭县人民政府; and the government's office, whose is not there.
  writeFileSync(join(dir, 'last', 'a.txt'), previousOf002(seed('002'), { carriedOut: 4 }).replace('湘潭县2023年', '湘潭县政府2023年'));
  writeFileSync(join(dir, 'now', 'county.txt'), seed('002').replace('湘潭县2024年', '湘潭县人民政府2024年'));
  writeFileSync(join(dir, 'now', 'office.txt'), seed('002').replace('湘潭县2024年', '湘潭县人民政府办公室2024年'));

  it('pairs 湘潭县人民政府 with 湘潭县政府, and names the body as its title does when last year\'s is missing', () => {
    const r = runIn(dir, ['--previous', 'last', 'now']);
    assert.equal(r.stdout.split('\n').filter((l) => l.startsWith('now/county.txt:') && / carry-over /.test(l)).length, 2);
    assert.deepEqual(r.stderr.split('\n').filter(Boolean), ['govreport-lint: now/office.txt: --previous last 中没有“湘潭县人民政府办公室”2023年度的报告，未做跨年度检查']);
  });
});

describe('govreport-lint --previous FOLDER: last year\'s report whose title names no body, named by its file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-cli-named-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  for (const sub of ['last', 'now']) mkdirSync(join(dir, sub));
  // The title lost its body (a letterhead above it): 2023年政府信息公开工作年度报告; the file's name gives it.
  const untitled = previousOf002(seed('002'), { carriedOut: 4 }).replace('湘潭县2023年', '2023年');
  writeFileSync(join(dir, 'last', '湘潭县2023年政府信息公开工作年度报告.docx'), buildDocx(reportDocument(untitled)));
  // Named for another year than its title's: not taken.
  writeFileSync(join(dir, 'last', '湘潭县商务局2022年政府信息公开工作年度报告.txt'), untitled);
  writeFileSync(join(dir, 'now', 'county.txt'), seed('002'));
  writeFileSync(join(dir, 'now', 'commerce.txt'), seed('001'));

  it('pairs by the file name\'s body and the title\'s year; a name of another year is not used', () => {
    const r = runIn(dir, ['--previous', 'last', 'now']);
    assert.equal(r.stdout.split('\n').filter((l) => l.startsWith('now/county.txt:') && / carry-over /.test(l)).length, 2);
    assert.deepEqual(r.stderr.split('\n').filter(Boolean), [
      'govreport-lint: last/湘潭县商务局2022年政府信息公开工作年度报告.txt: --previous: 标题中读不出机关和年度，不作为上一年度的报告使用',
      'govreport-lint: now/commerce.txt: --previous last 中没有“湘潭县商务局”2023年度的报告，未做跨年度检查',
    ]);
  });
});
