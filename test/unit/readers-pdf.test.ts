/** The PDF reader: reports exported as PDF in, the text the core reads out (shared/node/readers/pdf.ts, pdfLayout.ts). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze, parseReport } from '../../shared/src';
import { describeFailure, formatLocation, locate, NATIONAL_TABLE, readReportBytes, type ReadResult } from '../../shared/node/readers';
import { layoutPdf, type PdfItem, type PdfPage, type PdfRule } from '../../shared/node/readers/pdfLayout';
import { centredUnruledReportPages, cjkLayoutPdf, cjkPdf, minimalPdf, textAt, unruledReportPages } from '../helpers/pdf';
import { UNRULED_TABLE_LINES } from '../../shared/node/readers/pdfLayout';

const FIXTURES = join(__dirname, '..', 'fixtures');
const pdf = (name: string) => readFileSync(join(FIXTURES, 'pdf', name));
const docx = (name: string) => readFileSync(join(FIXTURES, 'docx', name));

function ok(r: ReadResult): Extract<ReadResult, { ok: true }> {
  assert.ok(r.ok, `read failed: ${r.ok ? '' : `${r.reason} ${r.detail ?? ''}`}`);
  return r;
}

/**
 * Codes and messages. White space is left out of the messages: a PDF does not say whether the gap between a Chinese
 * character and a Latin word is a typed space or the layout's spacing (seed 000 writes `坚持 PC 端`, its PDF
 * `坚持PC端`), and the reader drops such gaps, as LibreOffice and Word put them between any two.
 */
function findingKeys(text: string): string[] {
  return analyze(text).findings.map((f) => `${f.code}|${f.message['zh-CN'].replace(/\s+/g, '')}`).sort();
}

/** The table rows of a text (lines holding a TAB), white space inside fields left out. */
const rows = (text: string) => text.split('\n').filter((l) => l.includes('\t')).map((l) => l.split('\t').map((f) => f.replace(/\s+/g, '')).join('\t'));

describe('pdf reader: each seed as a PDF with ruled tables gives the findings of its .docx', () => {
  for (const n of ['000', '001', '002', '003', '004']) {
    it(`${n}: same codes and messages, same table rows`, () => {
      const fromPdf = ok(readReportBytes(pdf(`${n}.ruled.pdf`), `${n}.pdf`));
      const fromDocx = ok(readReportBytes(docx(`${n}.libreoffice.docx`), `${n}.docx`));
      assert.equal(fromPdf.format, 'pdf');
      assert.deepEqual(findingKeys(fromPdf.text), findingKeys(fromDocx.text));
      assert.deepEqual(rows(fromPdf.text), rows(fromDocx.text));
    });
  }

  it('002: table 三 whole from page 6 to page 17, each row a page break split joined again', () => {
    const text = ok(readReportBytes(pdf('002.ruled.pdf'), 'r.pdf')).text;
    const requests = parseReport(text).tables.filter((t) => t.kind === 'requests');
    assert.equal(requests.length, 1);
    const lines = text.split('\n');
    // 行政许可 was split over two pages (`行` / `政许可`), as were 三、本年度办理结果 and （二）部分公开's label.
    assert.ok(lines.includes('行政许可\t21650'), 'table 二 row 行政许可');
    assert.ok(lines.includes('三、本年度办理结果\t（一）予以公开\t92\t7\t0\t0\t0\t0\t99'));
    assert.ok(lines.includes('\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t14\t0\t0\t0\t0\t0\t14'));
  });

  it('002 with table 三 split in two tables by a page break: the same findings, at the same places as the .docx', () => {
    const split = ok(readReportBytes(pdf('002.split.ruled.pdf'), 'r.pdf'));
    const whole = ok(readReportBytes(docx('002.libreoffice.docx'), 'r.docx'));
    assert.deepEqual(findingKeys(split.text), findingKeys(whole.text));
    assert.deepEqual(places(split), places(whole).filter((p) => p.startsWith('表')));
  });
});

/** Where each finding is, as the command line names it: `表三 第9行 第3列`, `第2页`. */
function places(r: Extract<ReadResult, { ok: true }>): string[] {
  assert.ok('sourceMap' in r);
  const model = parseReport(r.text);
  const kindAt = (line: number) => model.tables.find((t) => t.startLine <= line && line <= t.endLine)?.kind;
  return analyze(r.text).findings.map((f) => {
    const loc = locate(r.sourceMap, f.range, kindAt);
    return loc ? formatLocation(loc, 'zh-CN') : '?';
  }).filter((p) => p.startsWith('表')).sort();
}

/** The parsed national tables: each row's label (white space left out) and its cells' values. */
function tableCells(text: string): unknown {
  return parseReport(text).tables.map((t) => [t.kind, t.rows.map((r) => [r.label.replace(/\s+/g, ''), ...r.cells.map((c) => c.value)])]);
}

/** Whether a PDF's pages, written by `cjkLayoutPdf`, leave lines the reader would refuse (a table not rebuilt). */
function readPdfLayout(pages: Parameters<typeof cjkLayoutPdf>[0]): { unruled: boolean; text: string } {
  const r = readReportBytes(cjkLayoutPdf(pages), 'l.pdf');
  return { unruled: !r.ok && r.reason === 'pdf-unruled', text: r.ok ? r.text : '' };
}

describe('pdf reader: tables without ruling lines rebuilt from the text\'s positions', () => {
  // LibreOffice's PDFs of the seeds' Word documents, whose tables have no ruling lines, 40 pt columns wrapping most
  // labels one character a line and three-digit figures over two lines, cells centred, rows cut by page breaks.
  for (const n of ['000', '001', '002', '003', '004']) {
    it(`${n}: the findings and the table cells of its .docx and of its ruled PDF`, () => {
      const unruled = ok(readReportBytes(pdf(`${n}.libreoffice.pdf`), `${n}.pdf`));
      const fromDocx = ok(readReportBytes(docx(`${n}.libreoffice.docx`), `${n}.docx`));
      const ruled = ok(readReportBytes(pdf(`${n}.ruled.pdf`), `${n}.pdf`));
      assert.deepEqual(findingKeys(unruled.text), findingKeys(fromDocx.text));
      assert.deepEqual(findingKeys(unruled.text), findingKeys(ruled.text));
      assert.deepEqual(tableCells(unruled.text), tableCells(fromDocx.text));
      assert.deepEqual(tableCells(unruled.text), tableCells(ruled.text));
    });
  }

  it('002 (the template\'s merged cells, as the .doc has them): the findings and cells of the .doc; findings in table 三 at the ruled PDF\'s places', () => {
    const unruled = ok(readReportBytes(pdf('002.template.pdf'), 't.pdf'));
    const fromDoc = ok(readReportBytes(readFileSync(join(FIXTURES, 'doc', '002.template.doc')), 't.doc'));
    assert.deepEqual(findingKeys(unruled.text), findingKeys(fromDoc.text));
    assert.deepEqual(tableCells(unruled.text), tableCells(fromDoc.text));
    assert.deepEqual(places(ok(readReportBytes(pdf('002.libreoffice.pdf'), 'r.pdf'))), ['表三 第24行 第3列', '表三 第25行 第3列', '表三 第9行 第3列']);
  });

  it('002: a wrapped figure joined (171 over 17 / 1), a label cut from its neighbour in one column (规章 / 行政规范性文件), a merged label in its first row', () => {
    const lines = ok(readReportBytes(pdf('002.libreoffice.pdf'), 'r.pdf')).text.split('\n');
    assert.ok(lines.includes('一、本年新收政府信息公开申请数量\t171\t7\t0\t0\t0\t0\t178'));
    assert.ok(lines.includes('规章\t0\t0\t0'));
    assert.ok(lines.includes('行政规范性文件\t7\t35\t102'));
    assert.ok(lines.includes('行政许可\t21650'));
    assert.ok(lines.includes('三、本年度办理结果\t（一）予以公开\t92\t7\t0\t0\t0\t0\t99'));
    assert.ok(lines.includes('（三）不予公开\t1.属于国家秘密\t2\t0\t0\t0\t0\t0\t2'));
  });

  it('000: columns without a single figure (only 总计 is filled) are found from the header; the blank cells stay blank', () => {
    const text = ok(readReportBytes(pdf('000.libreoffice.pdf'), 'r.pdf')).text;
    assert.ok(text.split('\n').includes('一、本年新收政府信息公开申请数量\t\t\t\t\t\t\t0'));
    assert.ok(findingKeys(text).some((k) => k.startsWith('empty-cell|表三')));
  });

  it('a blank cell keeps its column; a label wrapped over three lines, its figures on the first, is one label', () => {
    const r = ok(readReportBytes(pdf('unruled.blank-cell.pdf'), 'b.pdf'));
    assert.ok(r.text.split('\n').includes('（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t14\t0\t\t0\t0\t0\t14'), r.text);
    const requests = parseReport(r.text).tables.find((t) => t.kind === 'requests');
    const partly = requests?.rows.find((row) => row.label.startsWith('（二）'));
    assert.deepEqual(partly?.cells.map((c) => c.value.kind), ['number', 'number', 'empty', 'number', 'number', 'number', 'number']);
    const blank = analyze(r.text).findings.filter((f) => f.code === 'empty-cell');
    assert.equal(blank.length, 1);
    assert.match(blank[0]!.message['zh-CN'], /1个空白单元格/);
    // The fixture is what the helper lays out.
    assert.ok(cjkLayoutPdf(unruledReportPages()).equals(pdf('unruled.blank-cell.pdf')));
    assert.ok(cjkLayoutPdf(unruledReportPages(7)).equals(pdf('unruled.scattered.pdf')));
  });

  it('centred cells: a wrapped label is its lines sharing a centre, a merged label goes to the first of the rows it is centred on', () => {
    const r = ok(readReportBytes(pdf('unruled.centred.pdf'), 'c.pdf'));
    const lines = r.text.split('\n');
    assert.ok(lines.includes('三、本年度办理结果\t（一）予以公开\t92\t7\t0\t0\t0\t0\t99'), r.text);
    assert.ok(lines.includes('（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t14\t0\t0\t0\t0\t0\t14'), r.text);
    // Its header's wrapped cells are one cell each.
    assert.ok(lines.includes('自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计'), r.text);
    assert.ok(cjkLayoutPdf(centredUnruledReportPages()).equals(pdf('unruled.centred.pdf')));
  });

  it('centred cells: a label centred on no row is refused, not read as lines (its rows would be reported missing)', () => {
    for (const shift of [0.5, 1.5]) assert.equal(readPdfLayout(centredUnruledReportPages(shift)).unruled, true, String(shift));
  });
});

describe('pdf reader: locations', () => {
  it('a finding in a table names its table, row and grid column as in the .docx; in the prose, its page', () => {
    const r = ok(readReportBytes(pdf('002.ruled.pdf'), 'r.pdf'));
    assert.ok('sourceMap' in r);
    assert.deepEqual(places(r), places(ok(readReportBytes(docx('002.libreoffice.docx'), 'r.docx'))));
    assert.deepEqual(places(r), ['表三 第24行 第3列', '表三 第25行 第3列', '表三 第9行 第3列']);
    const model = parseReport(r.text);
    const prose = analyze(r.text).findings.find((f) => f.code === 'narrative-mismatch');
    assert.ok(prose);
    const loc = locate(r.sourceMap, prose.range, (l) => model.tables.find((t) => t.startLine <= l && l <= t.endLine)?.kind);
    assert.equal(loc?.page, 2);
    assert.equal(formatLocation(loc!, 'zh-CN'), '第2页');
    assert.equal(formatLocation(loc!, 'en'), 'page 2');
    // Every row of table 三 maps to its page.
    const t = model.tables.find((x) => x.kind === 'requests')!;
    const pages = new Set<number>();
    for (let l = t.startLine; l <= t.endLine; l++) {
      const o = r.sourceMap.lines[l];
      if (o?.kind === 'row') {
        assert.equal(NATIONAL_TABLE[t.kind], '三');
        assert.ok(o.page !== undefined && o.page >= 1);
        pages.add(o.page);
      }
    }
    assert.ok(pages.size > 5, `table 三 over ${pages.size} pages`);
  });
});

describe('pdf reader: refusals', () => {
  const refused = (bytes: Buffer, name = 'r.pdf') => {
    const r = readReportBytes(bytes, name);
    assert.ok(!r.ok, 'read');
    return r;
  };

  it('a table without ruling lines whose items stand anywhere (no columns to find) is refused, not misread', () => {
    const r = refused(pdf('unruled.scattered.pdf'));
    assert.equal(r.reason, 'pdf-unruled');
    assert.match(describeFailure(r, 'zh-CN'), /没有表格线，按文字位置也无法可靠还原表格/);
    assert.match(describeFailure(r, 'en'), /no ruling lines/);
    // The same report, its table in place, is read: what refuses it is the scattering alone.
    assert.deepEqual(readPdfLayout(unruledReportPages(7)).unruled, true);
    assert.deepEqual(readPdfLayout(unruledReportPages()).unruled, false);
  });

  it('an encrypted PDF (a password to open)', () => {
    const r = refused(pdf('encrypted.pdf'));
    assert.equal(r.reason, 'encrypted');
    assert.match(describeFailure(r, 'zh-CN'), /密码/);
  });

  it('a PDF without text (a scan): said so', () => {
    const r = refused(minimalPdf(['0 0 1 rg 100 100 200 200 re f', '']));
    assert.equal(r.reason, 'pdf-no-text');
    assert.match(describeFailure(r, 'zh-CN'), /没有可提取的文字，可能是扫描件/);
    assert.match(describeFailure(r, 'en'), /scan/);
  });

  it('a damaged PDF, and one cut short', () => {
    assert.equal(refused(Buffer.from(`%PDF-1.7\n${'garbage '.repeat(1000)}`)).reason, 'malformed');
    assert.equal(refused(Buffer.from('%PDF-1.4\n')).reason, 'malformed');
  });

  it('too many pages', () => {
    const r = refused(minimalPdf(Array.from({ length: 301 }, () => '')));
    assert.equal(r.reason, 'too-large');
  });

  it('a PDF is read by its content under any name (a report.txt that is a PDF)', () => {
    assert.equal(ok(readReportBytes(pdf('001.ruled.pdf'), 'report.txt')).format, 'pdf');
    assert.equal(refused(pdf('encrypted.pdf'), 'report.doc').reason, 'encrypted');
  });
});

describe('pdf reader: ruling lines as Word draws them', () => {
  it('borders drawn as thin filled rectangles under a transform make the grid', () => {
    // A 2 × 2 table from x 100 to 300 and y 600 to 700 (from the page's bottom), drawn 10 pt to the left and moved
    // back by the transform; every border a rectangle 0.5 pt thick, filled, as Word exports cell borders.
    const border = (x: number, y: number, w: number, h: number) => `${x - 10} ${y} ${w} ${h} re f`;
    const rules = [
      border(100, 700, 200, 0.5), border(100, 650, 200, 0.5), border(100, 600, 200, 0.5),
      border(100, 600, 0.5, 100), border(200, 600, 0.5, 100), border(300, 600, 0.5, 100),
    ].join('\n');
    const content = `q 1 0 0 1 10 0 cm 0 g\n${rules}\nQ\n${textAt(105, 670, 'Rule')}\n${textAt(205, 670, '12')}\n${textAt(105, 620, 'Total')}\n${textAt(205, 620, '12')}`;
    const r = ok(readReportBytes(minimalPdf([content]), 'w.pdf'));
    assert.equal(r.text, 'Rule\t12\nTotal\t12\n');
  });
});

describe('pdf reader: Chinese fonts without ToUnicode', () => {
  it('text in a non-embedded Chinese font through a predefined CMap (UniGB-UCS2-H) is read with pdf.js\'s character maps', () => {
    const r = ok(readReportBytes(cjkPdf('湘潭县2024年政府信息公开工作年度报告'), 'c.pdf'));
    assert.equal(r.text, '湘潭县2024年政府信息公开工作年度报告');
  });
});

describe('pdf reader: hostile files end in time', () => {
  const timed = (bytes: Buffer) => {
    const t0 = Date.now();
    const r = readReportBytes(bytes, 'h.pdf');
    return { r, ms: Date.now() - t0 };
  };

  it('100,000 stroked line segments on a page', () => {
    let ops = '';
    for (let i = 0; i < 100_000; i++) ops += `${i % 500} ${(i * 7) % 800} m ${(i % 500) + 1} ${(i * 7) % 800} l S\n`;
    const { r, ms } = timed(minimalPdf([ops + textAt(72, 700, 'text')]));
    assert.ok(r.ok, JSON.stringify(r));
    assert.ok(ms < 20_000, `${ms} ms`);
  });

  it('a grid of 1,500 × 1,500 ruling lines (2 million cells) is not read as a table', () => {
    let ops = '';
    for (let i = 0; i < 1500; i++) ops += `50 ${i * 0.5 + 10} m 550 ${i * 0.5 + 10} l S ${50 + i * 0.33} 10 m ${50 + i * 0.33} 800 l S\n`;
    const { r, ms } = timed(minimalPdf([ops + textAt(100, 100, '1')]));
    assert.ok(r.ok, JSON.stringify(r));
    assert.ok(!r.text.includes('\t'));
    assert.ok(ms < 20_000, `${ms} ms`);
  });

  it('50,000 text items on one page', () => {
    let ops = '';
    for (let i = 0; i < 50_000; i++) ops += textAt((i % 50) * 10, 800 - (Math.floor(i / 50) % 780), 'x') + '\n';
    const { r, ms } = timed(minimalPdf([ops]));
    assert.ok(r.ok || r.reason === 'pdf-unruled', JSON.stringify(r).slice(0, 200));
    assert.ok(ms < 20_000, `${ms} ms`);
  });
});

// ---------------------------------------------------------------------------------------------
// The layout, on pages written by hand

const item = (str: string, x: number, y: number, size = 16): PdfItem => ({ str, x, y, w: str.length * size, size });
const page = (items: PdfItem[], rules: PdfRule[] = []): PdfPage => ({ width: 595, height: 842, items, rules });
const hRule = (y: number, x1: number, x2: number): PdfRule => ({ x1, y1: y, x2, y2: y });
const vRule = (x: number, y1: number, y2: number): PdfRule => ({ x1: x, y1, x2: x, y2 });

/** Body lines 72–522 pt, 28 pt apart, from y = 100. */
const body = (texts: string[], from = 100, left = 72) => texts.map((t, i) => item(t, left, from + i * 28));
const FULL = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八'; // 28 characters: 448 pt at 16 pt

describe('pdf layout', () => {
  it('lines reaching the right edge are joined into their paragraph; a heading, an indented line, a short line end it', () => {
    const p = page(body([FULL, FULL, '完。', '一、总体情况', FULL, '（一）主动公开', FULL]).concat([item('首行缩进的段落', 104, 100 + 7 * 28)]));
    const { text } = layoutPdf([p]);
    assert.deepEqual(text.split('\n'), [FULL + FULL + '完。', '一、总体情况', FULL, '（一）主动公开', FULL, '首行缩进的段落']);
  });

  it('a paragraph goes on across the page break; the page numbers and the running header are left out', () => {
    const header = (n: number) => item(`湘潭县2024年政府信息公开工作年度报告 ${n}`, 150, 40, 10);
    const p1 = page([header(1), ...body([FULL, FULL]), item('- 1 -', 280, 800, 10)]);
    const p2 = page([header(2), ...body(['续完。', '二、主动公开政府信息情况']), item('第2页', 280, 800, 10)]);
    const p3 = page([header(3), ...body(['三、收到和处理政府信息公开申请情况']), item('3', 290, 810, 10)]);
    const { text, sourceMap } = layoutPdf([p1, p2, p3]);
    assert.deepEqual(text.split('\n'), [FULL + FULL + '续完。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']);
    assert.deepEqual(sourceMap.lines.map((o) => o?.kind === 'paragraph' ? o.page : undefined), [1, 2, 3]);
  });

  it('a paragraph ends where the next line stands further down than the paragraph\'s own line step (spacing after it, the next paragraph not indented)', () => {
    // Lines 28 pt apart; after the paragraph\'s last line, which ends one character short of the edge, 35 pt.
    const short = FULL.slice(0, 27);
    const items = [item(FULL, 72, 100), item(FULL, 72, 128), item(short, 72, 156), item(FULL, 72, 191), item('续。', 72, 219)];
    assert.deepEqual(layoutPdf([page(items)]).text.split('\n'), [FULL + FULL + short, FULL + '续。']);
    // The same step all along: one paragraph.
    const even = [item(FULL, 72, 100), item(FULL, 72, 128), item(short, 72, 156), item(FULL, 72, 184), item('续。', 72, 212)];
    assert.deepEqual(layoutPdf([page(even)]).text.split('\n'), [FULL + FULL + short + FULL + '续。']);
  });

  it('a running header LibreOffice puts inside the 3.7 cm top margin (a page\'s first line in its top quarter, on half the pages) is left out; once, or lower, it is kept', () => {
    const header = item('湘潭县2024年政府信息公开工作年度报告', 150, 115, 9);
    const pages = [page([header, ...body([FULL, '完。'], 150)]), page(body(['二、主动公开政府信息情况'], 150)), page([header, ...body(['三、收到和处理政府信息公开申请情况'], 150)])];
    assert.deepEqual(layoutPdf(pages).text.split('\n'), [FULL + '完。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']);
    const once = [pages[0]!, pages[1]!, page(body(['三、收到和处理政府信息公开申请情况'], 150))];
    assert.equal(layoutPdf(once).text.split('\n')[0], '湘潭县2024年政府信息公开工作年度报告');
    const low = (p: number) => page([item('湘潭县2024年政府信息公开工作年度报告', 150, 300, 9), ...body([`第${p}页的正文。`], 330)]);
    assert.equal(layoutPdf([low(1), low(2)]).text.split('\n').filter((l) => l.startsWith('湘潭县')).length, 2);
  });

  it('a page number between dashes (— 3 —) or 第3页 under the body is left out above the bottom 8 % too (LibreOffice\'s footer within a 3.5 cm margin); a lone figure there, or such a line above others, is kept', () => {
    const footer = (s: string) => item(s, 281, 740, 12);
    const p1 = page([...body([FULL, FULL]), footer('— 1 —')]);
    const p2 = page([...body(['续完。', '二、主动公开政府信息情况']), footer('第 2 页')]);
    assert.deepEqual(layoutPdf([p1, p2]).text.split('\n'), [FULL + FULL + '续完。', '二、主动公开政府信息情况']);
    assert.deepEqual(layoutPdf([page([...body(['完。']), footer('12')])]).text.split('\n'), ['完。', '12']);
    // Not the page's last line: text below it.
    assert.deepEqual(layoutPdf([page([...body(['完。']), footer('- 3 -'), item('结束。', 72, 760)])]).text.split('\n'), ['完。', '- 3 -', '结束。']);
    // High on the page: not a footer.
    assert.deepEqual(layoutPdf([page([...body(['完。']), item('— 1 —', 281, 400, 12)])]).text.split('\n'), ['完。', '— 1 —']);
  });

  it('a ruled grid: merged cells as the .docx reader writes them, a cell\'s wrapped lines joined', () => {
    // Columns at 100, 200, 260, 320; rows at 300, 340, 380, 420. Cell (0,0) merged down two rows; (2,1)–(2,2) merged across.
    const rules: PdfRule[] = [
      hRule(300, 100, 320), hRule(420, 100, 320), hRule(340, 200, 320), hRule(380, 100, 320),
      vRule(100, 300, 420), vRule(320, 300, 420), vRule(200, 300, 420), vRule(260, 300, 380),
    ];
    const items = [
      item('三、本年', 104, 320), item('度办理结果', 104, 356), // one cell, two lines
      item('10', 204, 325), item('2', 204, 335, 8), // two lines short of the cell's right edge: two figures, not one
      item('7', 264, 325),
      item('8', 204, 365), item('9', 264, 365),
      item('总计', 104, 405), item('17', 204, 405),
    ];
    const { text, sourceMap } = layoutPdf([page(items, rules)]);
    const lines = text.split('\n');
    assert.equal(lines[0], '三、本年度办理结果\t10 2\t7');
    assert.equal(lines[1], '\t8\t9');
    assert.equal(lines[2], '总计\t17');
    const o = sourceMap.lines[2];
    assert.ok(o?.kind === 'row');
    assert.deepEqual(o.cells.map((c) => c.column), [1, 2]);
    assert.equal(o.page, 1);
  });

  it('a table cut by the page break: its last row, without the rule closing it, is a row of cells where the column lines end', () => {
    // Column lines from 300 down to 380, horizontal lines at 300 and 340 only: the row at 340–380 is open below.
    const rules = [hRule(300, 100, 320), hRule(340, 100, 320), vRule(100, 300, 380), vRule(200, 300, 380), vRule(320, 300, 380)];
    const items = [item('行政许可', 104, 325), item('12', 204, 325), item('行政处罚', 104, 365), item('7', 204, 365)];
    assert.deepEqual(layoutPdf([page(items, rules)]).text.split('\n').filter(Boolean), ['行政许可\t12', '行政处罚\t7']);
    // Its head on the next page likewise: column lines from 60, the first horizontal line at 100.
    const head = [hRule(100, 100, 320), hRule(140, 100, 320), vRule(100, 60, 140), vRule(200, 60, 140), vRule(320, 60, 140)];
    const below = [item('行政强制', 104, 85), item('3', 204, 85), item('其他', 104, 125), item('0', 204, 125)];
    assert.deepEqual(layoutPdf([page(below, head)]).text.split('\n').filter(Boolean), ['行政强制\t3', '其他\t0']);
  });

  it('a row written as one text run across its cells is cut at the column lines', () => {
    const rules = [hRule(300, 100, 400), hRule(340, 100, 400), vRule(100, 300, 340), vRule(200, 300, 340), vRule(300, 300, 340), vRule(400, 300, 340)];
    // One item from x 104: 行政许可 (4 × 16 pt) to 168, four spaces (8 pt each), 12 at 200–216, twelve spaces, 7 at 312.
    const run: PdfItem = { str: `行政许可${' '.repeat(4)}12${' '.repeat(12)}7`, x: 104, y: 325, w: 64 + 32 + 16 + 96 + 8, size: 16 };
    const { text } = layoutPdf([page([run], rules)]);
    assert.equal(text.split('\n')[0], '行政许可\t12\t7');
  });

  it('a frame around the page or around a note is no table: its text is read as prose', () => {
    const frame = [hRule(50, 50, 545), hRule(790, 50, 545), vRule(50, 50, 790), vRule(545, 50, 790)];
    const { text } = layoutPdf([page(body([FULL, '完。', '一、总体情况']), frame)]);
    assert.deepEqual(text.split('\n'), [FULL + '完。', '一、总体情况']);
  });

  /** Table 三 without ruling lines: `rows` rows of a label (indented) and figures at `columns` (6 pt text, 14 pt apart). */
  const unruledTable = (columns: readonly number[], rows = 14, figure = (r: number, c: number) => String(r + c)) => {
    const items = [...body([FULL, FULL]), item('三、收到和处理政府信息公开申请情况', 72, 156)];
    for (let r = 0; r < rows; r++) {
      const y = 190 + r * 14;
      items.push({ str: `${r + 1}.第${r + 1}行`, x: 200, y, w: 30, size: 6 });
      columns.forEach((x, c) => figure(r, c) && items.push({ str: figure(r, c), x, y, w: 6, size: 6 }));
    }
    items.push(item('五、存在的主要问题及改进情况', 72, 190 + rows * 14 + 30));
    return layoutPdf([page(items)]);
  };
  const SEVEN = [280, 304, 328, 352, 376, 400, 424];

  it('without ruling lines, table 三 in its seven columns is rebuilt; a blank cell stays in its column', () => {
    const { text, unruledLines } = unruledTable(SEVEN, 14, (r, c) => (r === 3 && c === 2 ? '' : String(c)));
    assert.ok(unruledLines < UNRULED_TABLE_LINES);
    const lines = text.split('\n');
    assert.ok(lines.includes('1.第1行\t0\t1\t2\t3\t4\t5\t6'), text);
    assert.ok(lines.includes('4.第4行\t0\t1\t\t3\t4\t5\t6'), text);
  });

  it('without ruling lines, a caption indented by two characters opens the table, and a paragraph closing it stays prose', () => {
    const items = [...body([FULL, FULL]), item('三、收到和处理政府信息公开申请情况', 104, 156)];
    for (let r = 0; r < 14; r++) {
      items.push({ str: `${r + 1}.第${r + 1}行`, x: 200, y: 190 + r * 14, w: 30, size: 6 });
      SEVEN.forEach((x, c) => items.push({ str: String(c), x, y: 190 + r * 14, w: 6, size: 6 }));
    }
    items.push(item(FULL, 72, 410), item('四、政府信息公开行政复议、行政诉讼情况', 104, 440));
    const lines = layoutPdf([page(items)]).text.split('\n');
    assert.ok(lines.includes('14.第14行\t0\t1\t2\t3\t4\t5\t6'), lines.join('\n'));
    assert.ok(lines.includes(FULL));
  });

  it('without ruling lines, figures in six columns where table 三 has seven, or a column the figures do not keep, are not guessed: the file is refused', () => {
    assert.ok(unruledTable(SEVEN.slice(0, 6)).unruledLines >= UNRULED_TABLE_LINES);
    // One row's figures shifted by half a column: fourteen columns.
    const items = [...body([FULL, FULL]), item('三、收到和处理政府信息公开申请情况', 72, 156)];
    for (let r = 0; r < 14; r++) SEVEN.forEach((x, c) => items.push({ str: String(c), x: x + (r === 5 ? 12 : 0), y: 190 + r * 14, w: 6, size: 6 }));
    for (let r = 0; r < 14; r++) items.push({ str: `${r + 1}.第${r + 1}行`, x: 200, y: 190 + r * 14, w: 30, size: 6 });
    assert.ok(layoutPdf([page(items)]).unruledLines >= UNRULED_TABLE_LINES);
  });

  it('without ruling lines, a table of 200 rows whose labels run on without a break is cut in time; one of 2,000 is past the bound and not read', () => {
    for (const rows of [200, 2000]) {
      // 50 rows a page, 12 pt apart; the caption and two lines of prose on the first.
      const pages = Array.from({ length: Math.ceil(rows / 50) + 1 }, (_, i) => page(i === 0 ? [...body([FULL, FULL]), item('三、收到和处理政府信息公开申请情况', 72, 156)] : []));
      for (let r = 0; r < rows; r++) {
        const y = 120 + (r % 50) * 12;
        const items = pages[1 + Math.floor(r / 50)]!.items as PdfItem[];
        items.push({ str: '申请', x: 200, y, w: 12, size: 6 });
        SEVEN.forEach((x) => items.push({ str: '1', x, y, w: 6, size: 6 }));
      }
      const t0 = Date.now();
      const { text } = layoutPdf(pages);
      assert.ok(Date.now() - t0 < 10_000, `${rows} rows: ${Date.now() - t0} ms`);
      assert.equal(text.split('\n').filter((l) => l === `申请\t${'1\t'.repeat(6)}1`).length, rows === 200 ? 200 : 0);
    }
  });

  it('without ruling lines, items far apart are parted by two spaces and the lines stay as they stand', () => {
    const { text, unruledLines } = layoutPdf([page([item('规章', 72, 100), item('0', 300, 100), item('5', 400, 100)])]);
    assert.equal(text, '规章  0  5');
    assert.equal(unruledLines, 0);
  });
});
