/**
 * The language server finds last year's report beside the open one (same folder, same body by title,
 * the year before), in any format, and points the cross-year findings' related information into it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { AnalysisCache, parseIdentity, parseReport } from '../../shared/src';
import { PreviousReportFinder, bodyOf } from '../../shared/node/readers/previous';
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
