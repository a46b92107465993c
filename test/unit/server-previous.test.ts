/**
 * The language server finds last year's report beside the open one (same folder, same body by title,
 * the year before), in any format, or where the previousReport setting says, and points the cross-year
 * findings' related information into it.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { AnalysisCache, parseIdentity, parseReport } from '../../shared/src';
import { PreviousReportFinder, bodyOf, titleInfoOf } from '../../shared/node/readers/previous';
import { configuredPlace } from '../../server/src/previous';
import { buildDocx, reportDocument } from '../helpers/documents';
import { relayout } from '../helpers/doc';
import { SEEDS, seed } from '../helpers/fixtures';
import { TestClient } from '../helpers/lsp';
import { previousOf002, shiftYears } from '../helpers/years';

const THIS = seed('002');

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-previous-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('previous report lookup (shared/node/readers/previous)', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('the body is the title without its year and the words every title has', () => {
    assert.equal(bodyOf('湘潭县2024年政府信息公开工作年度报告'), '湘潭县');
    assert.equal(bodyOf('湘潭县 2023 年度政府信息公开工作年度报告'), '湘潭县');
    assert.equal(bodyOf('中国（湖南）自由贸易试验区工作办公室 2024 年度政府信息公开报告'), bodyOf('中国（湖南）自由贸易试验区工作办公室2023年度政府信息公开报告'));
    assert.notEqual(bodyOf('湘潭县2024年政府信息公开工作年度报告'), bodyOf('湘潭县商务局2024年政府信息公开工作年度报告'));
    // A title written with full-width digits names the same body.
    assert.equal(bodyOf('清平县人力资源和社会保障局２０２２年政府信息公开工作年度报告'), bodyOf('清平县人力资源和社会保障局2021年政府信息公开工作年度报告'));
    assert.equal(bodyOf('清平县２０２２年度政府信息公开工作年度报告'), '清平县');
    // A government named by its short name (县政府, 市政府办公室) is the same body as by its full name.
    assert.equal(bodyOf('松溪县政府2019年政府信息公开工作年度报告'), bodyOf('松溪县人民政府2020年政府信息公开工作年度报告'));
    assert.equal(bodyOf('松溪县政府2019年政府信息公开工作年度报告'), '松溪县');
    assert.equal(bodyOf('宁川市政府办公室2021年政府信息公开工作年度报告'), bodyOf('宁川市人民政府办公室2022年政府信息公开工作年度报告'));
    assert.notEqual(bodyOf('宁川市政府办公室2021年政府信息公开工作年度报告'), bodyOf('宁川市人民政府2022年政府信息公开工作年度报告'));
    assert.notEqual(bodyOf('松溪县人民法院2021年政府信息公开工作年度报告'), bodyOf('松溪县人民政府2022年政府信息公开工作年度报告'));
  });

  it('parseIdentity reads the title and the statistical period exactly as parseReport does', () => {
    const texts = SEEDS.flatMap((name) => {
      const text = seed(name.slice(0, 3));
      return [text, relayout(text, 'row'), relayout(text, 'cell'), text.slice(0, 4000), text.slice(0, 300), shiftYears(text, -1), text.replace(/\n/g, '\r\n')];
    });
    texts.push('', '\n\n', '2024年政府信息公开工作年度报告', '关于\n某某局2024年度政府信息公开\n工作年度报告\n本报告数据统计期限为2024年1月1日至2024年12月31日。');
    let withPeriod = 0;
    for (const text of texts) {
      const full = parseReport(text);
      const cache = new AnalysisCache();
      for (const id of [parseIdentity(text), parseIdentity(text, cache), parseIdentity(text, cache)]) {
        assert.deepEqual(id.title, full.title);
        assert.deepEqual(id.period, full.period);
      }
      if (full.period) withPeriod++;
    }
    assert.ok(withPeriod >= 5, 'the period is read in some of them');
  });

  it('finds the same body\'s report of the year before, in any format, and nothing else', () => {
    const dir = folder({
      '2024.txt': THIS,
      'a-2023-other-body.txt': previousOf002(THIS).replace('湘潭县2023年', '湘乡市2023年'),
      'b-2022.txt': shiftYears(THIS, -2),
      'c-last.docx': buildDocx(reportDocument(previousOf002(THIS))),
      'notes.txt': '会议纪要',
    });
    dirs.push(dir);
    const finder = new PreviousReportFinder();
    const found = finder.find(join(dir, '2024.txt'), parseReport(THIS));
    assert.equal(found?.path, join(dir, 'c-last.docx'));
    assert.ok(found?.sourceMap, 'a .docx keeps its source map');
    assert.equal(found?.model.title?.year?.year, 2023);
    // No previous year beside the 2022 report.
    assert.equal(finder.find(join(dir, 'b-2022.txt'), parseReport(shiftYears(THIS, -2))), undefined);
  });

  it('a county’s folder of seventy departments’ reports of both years: each finds its own, named like it or by its body', () => {
    const bodies = Array.from({ length: 70 }, (_, i) => `湘潭县第${i + 1}局`);
    const files: Record<string, string> = {};
    for (const b of bodies) {
      files[`${b}2023年政府信息公开工作年度报告.txt`] = previousOf002(THIS).replace('湘潭县2023年', `${b}2023年`);
      files[`${b}2024年政府信息公开工作年度报告.txt`] = THIS.replace('湘潭县2024年', `${b}2024年`);
    }
    const dir = folder(files);
    dirs.push(dir);
    const finder = new PreviousReportFinder();
    for (const b of [bodies[0]!, bodies[69]!]) {
      const text = files[`${b}2024年政府信息公开工作年度报告.txt`]!;
      const found = finder.find(join(dir, `${b}2024年政府信息公开工作年度报告.txt`), parseReport(text));
      assert.equal(found?.path, join(dir, `${b}2023年政府信息公开工作年度报告.txt`), b);
    }
    // Named otherwise (年报-第70局.txt): found by the body in the name.
    const renamed = folder({ ...Object.fromEntries(Object.entries(files).filter(([n]) => !n.startsWith(`${bodies[69]}2023`))), [`2023年报-${bodies[69]}.txt`]: files[`${bodies[69]}2023年政府信息公开工作年度报告.txt`]! });
    dirs.push(renamed);
    const found = new PreviousReportFinder().find(join(renamed, `${bodies[69]}2024年政府信息公开工作年度报告.txt`), parseReport(files[`${bodies[69]}2024年政府信息公开工作年度报告.txt`]!));
    assert.equal(found?.path, join(renamed, `2023年报-${bodies[69]}.txt`));
  });
});

describe('previous report lookup: a title naming a year but no body', () => {
  // Last year's report whose title lost its body (a letterhead or a page's heading above the text): 2023年政府信息公开工作年度报告.
  const untitled = previousOf002(THIS).replace('湘潭县2023年', '2023年');

  it('titleInfoOf: the body from the file name, when the name names no other year and a body in Chinese words', () => {
    const id = parseIdentity(untitled);
    assert.equal(bodyOf(id.title!.text), '');
    assert.deepEqual(titleInfoOf(id, '/x/湘潭县2023年政府信息公开工作年度报告.docx'), { body: '湘潭县', name: '湘潭县', year: 2023 });
    assert.deepEqual(titleInfoOf(id, '/x/附件1：湘潭县人民政府2023年度政府信息公开工作年度报告.html'), { body: '湘潭县', name: '湘潭县', year: 2023 });
    // Another year in the name, a site's numbering, no name at all: no body.
    assert.equal(titleInfoOf(id, '/x/湘潭县2022年政府信息公开工作年度报告.docx'), undefined);
    assert.equal(titleInfoOf(id, '/x/t20240130_1186453.html'), undefined);
    assert.equal(titleInfoOf(id, undefined), undefined);
    // A title naming its body is read as before, whatever the file is called.
    assert.equal(titleInfoOf(parseIdentity(THIS), '/x/湘乡市2024年报.txt')?.body, '湘潭县');
  });

  it('the finder uses it: last year\'s report is found by its file name, another year\'s name is not taken', () => {
    const dir = folder({ '湘潭县2023年政府信息公开工作年度报告.txt': untitled, '湘乡市2023年政府信息公开工作年度报告.txt': untitled.replace('2023年政府', '2023年 政府') });
    dirs.push(dir);
    const found = new PreviousReportFinder().find(join(dir, '湘潭县2024年政府信息公开工作年度报告.txt'), parseReport(THIS));
    assert.equal(found?.path, join(dir, '湘潭县2023年政府信息公开工作年度报告.txt'));
  });
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
});

describe('previous report lookup: a government office named in full in the file name', () => {
  it('a folder of seventy departments’ reports: 湘潭县人民政府办公室 finds its own among the first, named with 人民政府', () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 70; i++) files[`湘潭县第${i}局2023年政府信息公开工作年度报告.txt`] = previousOf002(THIS).replace('湘潭县2023年', `湘潭县第${i}局2023年`);
    const office = '湘潭县人民政府办公室';
    files[`附件-${office}-2023.txt`] = previousOf002(THIS).replace('湘潭县2023年', `${office}2023年`);
    const dir = folder(files);
    const text = THIS.replace('湘潭县2024年', `${office}2024年`);
    const found = new PreviousReportFinder().find(join(dir, '本年度报告.txt'), parseReport(text));
    rmSync(dir, { recursive: true, force: true });
    assert.equal(found?.path, join(dir, `附件-${office}-2023.txt`));
  });
});

describe('language server: cross-year findings with last year\'s report found beside the file', () => {
  let client: TestClient;
  let dir: string;

  before(async () => {
    dir = folder({
      '湘潭县2024年报.txt': THIS,
      '湘潭县2023年报.txt': previousOf002(THIS, { carriedOut: 4 }),
    });
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('carry-over is reported, its related information in last year\'s file at the cell', async () => {
    const uri = pathToFileURL(join(dir, '湘潭县2024年报.txt')).href;
    await client.open(uri, THIS);
    const published = await client.waitForDiagnostics(uri, 1);
    const carry = published.diagnostics.filter((d) => d.code === 'carry-over');
    assert.equal(carry.length, 2);
    const prevUri = pathToFileURL(join(dir, '湘潭县2023年报.txt')).href;
    const prevModel = parseReport(previousOf002(THIS, { carriedOut: 4 }));
    const prevRow = prevModel.tables.find((t) => t.kind === 'requests')!.rows.find((r) => r.spec?.id === 'carryNext')!;
    assert.deepEqual(carry.map((d) => d.relatedInformation?.map((r) => [r.location.uri, r.location.range])), [
      [[prevUri, prevRow.cells[0]!.range]],
      [[prevUri, prevRow.cells[6]!.range]],
    ]);
  });

  it('a report with no previous year beside it has no cross-year findings', async () => {
    const uri = pathToFileURL(join(dir, 'elsewhere', 'x.txt')).href;
    await client.open(uri, THIS);
    const published = await client.waitForDiagnostics(uri, 1);
    assert.deepEqual(published.diagnostics.filter((d) => ['carry-over', 'valid-docs', 'copied-report', 'year-claim'].includes(String(d.code))), []);
  });

  it('a Word document as last year\'s report: related information at its start, naming the table, row and column', async () => {
    const dir2 = folder({ 'last.docx': buildDocx(reportDocument(previousOf002(THIS, { carriedOut: 4 }))) });
    try {
      const uri = pathToFileURL(join(dir2, 'this.txt')).href;
      await client.open(uri, THIS);
      const published = await client.waitForDiagnostics(uri, 1);
      const carry = published.diagnostics.filter((d) => d.code === 'carry-over');
      const related = carry.map((d) => d.relatedInformation![0]!);
      assert.deepEqual(related.map((r) => r.location.uri), [pathToFileURL(join(dir2, 'last.docx')).href, pathToFileURL(join(dir2, 'last.docx')).href]);
      assert.deepEqual(related.map((r) => r.location.range.start), [{ line: 0, character: 0 }, { line: 0, character: 0 }]);
      assert.match(related[1]!.message, /（表三 第28行 第10列）$/);
    } finally {
      rmSync(dir2, { recursive: true, force: true });
    }
  });
});

describe('the previousReport setting: last year\'s report or a folder of them, elsewhere than beside the file', () => {
  const CROSS_YEAR = ['carry-over', 'valid-docs', 'copied-report', 'year-claim'];
  const LAST = previousOf002(THIS, { carriedOut: 4 });
  let root: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'govreport-previous-setting-'));
    for (const sub of ['2023', '2024', 'other']) mkdirSync(join(root, sub));
    // Last year's report under this year's very name, in its own folder (a Word document).
    writeFileSync(join(root, '2023', '年度报告.docx'), buildDocx(reportDocument(LAST)));
    writeFileSync(join(root, '2024', '年度报告.txt'), THIS);
    writeFileSync(join(root, 'other', '湘乡市2023.txt'), LAST.replace('湘潭县2023年', '湘乡市2023年'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('configuredPlace: empty is none; absolute as it is; relative from the workspace folder holding the document, else its folder', () => {
    const doc = join(root, '2024', '年度报告.txt');
    assert.equal(configuredPlace('', doc, [root]), undefined);
    assert.equal(configuredPlace(join(root, '2023'), doc, []), join(root, '2023'));
    assert.equal(configuredPlace('2023', doc, [join(root, 'other'), root, join(root, '2024')]), join(root, '2024', '2023'), 'the innermost folder holding it');
    assert.equal(configuredPlace('2023', doc, [join(root, 'other'), root]), join(root, '2023'));
    assert.equal(configuredPlace('../2023', doc, []), join(root, '2023'));
    // A folder whose name merely starts like the root's does not hold the document.
    assert.equal(configuredPlace('x', join(`${root}-2`, 'a.txt'), [root]), join(`${root}-2`, 'x'));
  });

  it('the finder looks in another folder (the same file name there is last year\'s), or checks one file', () => {
    const finder = new PreviousReportFinder();
    const id = parseReport(THIS);
    const here = join(root, '2024', '年度报告.txt');
    assert.equal(finder.find(here, id), undefined, 'nothing beside it');
    assert.equal(finder.find(here, id, join(root, '2023'))?.path, join(root, '2023', '年度报告.docx'));
    assert.equal(finder.findFile(join(root, '2023', '年度报告.docx'), id)?.path, join(root, '2023', '年度报告.docx'));
    assert.equal(finder.findFile(join(root, 'other', '湘乡市2023.txt'), id), undefined, 'another body');
    assert.equal(finder.findFile(join(root, '2024', '年度报告.txt'), id), undefined, 'the same year');
  });

  for (const [what, setting] of [['a folder, relative to the workspace folder', '2023'], ['a file', join('2023', '年度报告.docx')]] as const) {
    it(`${what}: carry-over is reported against it, related information in it`, async () => {
      const client = await TestClient.start({ workspaceFolders: [root], initializationOptions: { govreport: { previousReport: setting, debounceMs: 0 } } });
      try {
        const uri = pathToFileURL(join(root, '2024', '年度报告.txt')).href;
        await client.open(uri, THIS);
        const carry = (await client.waitForDiagnostics(uri, 1)).diagnostics.filter((d) => d.code === 'carry-over');
        assert.equal(carry.length, 2);
        assert.deepEqual(carry.map((d) => d.relatedInformation?.[0]?.location.uri), Array(2).fill(pathToFileURL(join(root, '2023', '年度报告.docx')).href));
      } finally {
        await client.stop();
      }
    });
  }

  it('changed while the report is open: checked again against it; another body\'s report is not used', async () => {
    let settings: Record<string, unknown> = { previousReport: join(root, 'other', '湘乡市2023.txt'), debounceMs: 0 };
    const client = await TestClient.start({ workspaceFolders: [root], settings: () => settings });
    try {
      const uri = pathToFileURL(join(root, '2024', '年度报告.txt')).href;
      await client.open(uri, THIS);
      const first = await client.waitForDiagnostics(uri, 1);
      assert.deepEqual(first.diagnostics.filter((d) => CROSS_YEAR.includes(String(d.code))), []);
      const from = client.diagnostics.length;
      settings = { previousReport: join(root, '2023'), debounceMs: 0 };
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      const next = await client.waitForDiagnosticsWhere(uri, (p) => p.diagnostics.some((d) => d.code === 'carry-over'), from);
      assert.equal(next.diagnostics.filter((d) => d.code === 'carry-over').length, 2);
    } finally {
      await client.stop();
    }
  });
});
