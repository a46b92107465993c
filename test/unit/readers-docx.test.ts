/** The .docx reader: real OOXML in, the text the core reads and a source map out; bad files refused. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { analyze, parseReport } from '../../shared/src';
import { DOCX_LIMITS, readDocx } from '../../shared/node/readers/docx';
import { chineseCounting, formatNumber } from '../../shared/node/readers/numbering';
import { formatLocation, locate, readReportBytes, type ReadResult } from '../../shared/node/readers';
import { buildDocx, buildHtml, documentXml, reportDocument, splitTable, type Block } from '../helpers/documents';
import { SEEDS, seed } from '../helpers/fixtures';
import { faultText } from '../../scripts/make-doc-fixtures';

const FIXTURES = join(__dirname, '..', 'fixtures', 'docx');

/** Findings in the terms a reader compares them: code and message (which names the cell and figures). */
function findingKeys(text: string): string[] {
  return analyze(text).findings.map((f) => `${f.code}|${f.message['zh-CN']}`).sort();
}

function ok(r: ReadResult): Extract<ReadResult, { ok: true }> {
  assert.ok(r.ok, `read failed: ${r.ok ? '' : `${r.reason} ${r.detail ?? ''}`}`);
  return r;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docWith(bodyXml: string): Uint8Array {
  return buildDocx([], { 'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${bodyXml}</w:body></w:document>` });
}

const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('docx reader: seeds as Word documents give the findings of their text', () => {
  for (const name of SEEDS) {
    const prefix = name.slice(0, 3);
    it(`${prefix}: built with the template's merged cells`, () => {
      const text = seed(prefix);
      const r = ok(readReportBytes(Buffer.from(buildDocx(reportDocument(text))), 'r.docx'));
      assert.equal(r.format, 'docx');
      assert.deepEqual(findingKeys(r.text), findingKeys(text));
    });
    it(`${prefix}: saved by LibreOffice`, () => {
      const r = ok(readReportBytes(readFileSync(join(FIXTURES, `${prefix}.libreoffice.docx`)), 'r.docx'));
      assert.deepEqual(findingKeys(r.text), findingKeys(seed(prefix)));
    });
    it(`${prefix}: part headings numbered by Word's automatic numbering (LibreOffice)`, () => {
      const r = ok(readReportBytes(readFileSync(join(FIXTURES, `${prefix}.numbered.libreoffice.docx`)), 'r.docx'));
      assert.deepEqual(findingKeys(r.text), findingKeys(seed(prefix)));
      assert.ok(/^一、/m.test(r.text) && /^六、/m.test(r.text));
    });
  }

  it('tables keep their national identity: three tables, all rows named', () => {
    const r = ok(readReportBytes(Buffer.from(buildDocx(reportDocument(seed('002')))), 'r.docx'));
    const model = parseReport(r.text);
    assert.deepEqual(model.tables.map((t) => [t.kind, t.rows.length]), [['active', 6], ['requests', 25], ['review', 1]]);
    assert.deepEqual(model.problems, []);
  });

  it('a wrong figure in the Word table is found at its cell, and the location names table, row and column', () => {
    // 四、结转下年度继续办理, 总计: 5 → 6 (the 7th value line after the label).
    const lines = seed('002').split('\n');
    const at = lines.findIndex((l) => l.includes('四、结转下年度继续办理')) + 7;
    assert.equal(lines[at], '\t5');
    lines[at] = '\t6';
    const text = lines.join('\n');
    const r = ok(readReportBytes(Buffer.from(buildDocx(reportDocument(text))), 'r.docx'));
    assert.equal(r.format, 'docx');
    const { model, findings } = analyze(r.text);
    const f = findings.find((x) => x.code === 'balance' || x.code === 'column-total' || x.code === 'row-total');
    assert.ok(f, 'an arithmetic finding');
    const kindAt = (line: number) => model.tables.find((t) => t.startLine <= line && line <= t.endLine)?.kind;
    const loc = locate(r.format === 'docx' ? r.sourceMap : { lines: [] }, f.range, kindAt);
    // Row 28 of table 三 (3 header rows + 25 data rows), column 10 (3 label columns + 7 figures).
    assert.deepEqual(loc, { table: 2, tableName: '表三', row: 28, column: 10 });
    assert.equal(formatLocation(loc!, 'zh-CN'), '表三 第28行 第10列');
    assert.equal(formatLocation(loc!, 'en'), 'table 三, row 28, column 10');
  });
});

/** Each finding of a .docx built from `blocks`: code, message and the place its location names. */
function placed(blocks: readonly Block[]): string[] {
  const r = ok(readReportBytes(Buffer.from(buildDocx(blocks)), 'report.docx'));
  const { model, findings } = analyze(r.text);
  const kindAt = (line: number) => model.tables.find((t) => t.startLine <= line && line <= t.endLine)?.kind;
  return findings.map((f) => {
    const loc = r.format === 'text' ? undefined : locate(r.sourceMap, f.range, kindAt);
    return `${f.code}|${f.message['zh-CN']}|${loc ? `${loc.table ?? ''}:${formatLocation(loc, 'zh-CN')}` : ''}`;
  }).sort();
}

describe('docx reader: a national table split in two Word tables', () => {
  const PAGE_BREAK: Block[] = [{ kind: 'p', text: '', pageBreak: true }];
  const PARAGRAPH: Block[] = [{ kind: 'p', text: '' }];

  it('a wrong figure in the second part is located at its cell of table 三, rows numbered on from the first part (page break or paragraph between)', () => {
    const whole = placed(reportDocument(faultText()));
    const balance = whole.filter((w) => w.startsWith('balance|'));
    assert.equal(balance.length, 1, whole.join('\n'));
    assert.ok(balance[0]!.endsWith('|2:表三 第28行 第10列'), balance[0]);
    // The label variants of rows 24 and 25 are in the second part too.
    assert.ok(whole.some((w) => w.startsWith('label-variant') && w.endsWith('|2:表三 第24行 第3列')), whole.join('\n'));
    for (const between of [PAGE_BREAK, PARAGRAPH]) {
      for (const cut of [4, 17, 28]) assert.deepEqual(placed(splitTable(reportDocument(faultText()), 10, cut, between)), whole, `cut before row ${cut}`);
    }
  });

  it('the second part repeating the header rows: its rows are counted as the document shows them (three more)', () => {
    const split = placed(splitTable(reportDocument(faultText()), 10, 17, PARAGRAPH, 3));
    assert.deepEqual(split.filter((w) => w.startsWith('balance|')).map((w) => w.split('|').pop()), ['2:表三 第31行 第10列']);
    assert.deepEqual(split.map((w) => w.replace(/\|[^|]*$/, '')), placed(reportDocument(faultText())).map((w) => w.replace(/\|[^|]*$/, '')));
  });

  it('consistent tables split so give no finding: seed 001 none at all, seeds 003 and 004 only their prose findings, as unsplit', () => {
    assert.deepEqual(placed(reportDocument(seed('001'))), []);
    // The paragraph between the parts counts: paragraphs after it are numbered one higher.
    const prose = (ws: string[]) => ws.map((w) => w.replace(/\|:段落 \d+$/, '|:段落'));
    for (const prefix of ['001', '003', '004']) {
      const whole = prose(placed(reportDocument(seed(prefix))));
      assert.ok(whole.every((w) => w.endsWith('|:段落')), whole.join('\n'));
      assert.deepEqual(prose(placed(splitTable(reportDocument(seed(prefix)), 10, 17, PAGE_BREAK))), whole, prefix);
      assert.deepEqual(prose(placed(splitTable(reportDocument(seed(prefix)), 10, 17, PARAGRAPH, 3))), whole, prefix);
    }
  });

  it('tables read as different tables keep their own numbers: tables 二, 三 and 四 are the document\'s 1st, 2nd (its two parts) and 4th', () => {
    const r = readDocx(buildDocx(splitTable(reportDocument(seed('002')), 10, 17, PARAGRAPH)));
    assert.equal(r.tables, 4);
    const rows = r.sourceMap.lines.flatMap((o) => (o?.kind === 'row' ? [[o.table, o.row] as const] : []));
    const count = (table: number) => rows.filter(([t]) => t === table).length;
    assert.deepEqual([count(1), count(2), count(3), count(4)], [14, 28, 0, 4]);
    assert.deepEqual(rows.filter(([t]) => t === 2).map(([, row]) => row), Array.from({ length: 28 }, (_, i) => i + 1));
  });
});

/** A text box as Word 2010+ writes it: DrawingML first, the same box again in VML as the fallback. */
function textBox(...paragraphs: string[]): string {
  return textBoxOf(paragraphs.map(p).join(''));
}

/** A text box (DrawingML, with its VML fallback) holding the given body XML. */
function textBoxOf(bodyXml: string): string {
  const content = `<w:txbxContent>${bodyXml}</w:txbxContent>`;
  return '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps">'
    + '<w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData>'
    + `<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx>${content}</wps:txbx></wps:wsp>`
    + '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
    + `<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
}

describe('docx reader: the letterhead in text boxes', () => {
  it('a title in a text box above the first words is read once (not again from its VML fallback), before its paragraph', () => {
    const r = readDocx(docWith(`<w:p>${textBox('某某县人民政府', '2024年政府信息公开工作年度报告')}</w:p>${p('根据条例编制本报告。')}`));
    assert.deepEqual(r.text.split('\n'), ['某某县人民政府', '2024年政府信息公开工作年度报告', '', '根据条例编制本报告。']);
  });

  it('an older VML text box (WPS, Word 2007) is read the same way', () => {
    const vml = '<w:r><w:pict><v:rect xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>' + p('某某局2024年政府信息公开工作年度报告') + '</w:txbxContent></v:textbox></v:rect></w:pict></w:r>';
    const r = readDocx(docWith(`<w:p>${vml}</w:p>${p('一、总体情况')}`));
    assert.deepEqual(r.text.split('\n'), ['某某局2024年政府信息公开工作年度报告', '', '一、总体情况']);
  });

  it('text boxes after the first words (a note, a stamp beside the text) are left out, as Word’s text export leaves them', () => {
    const r = readDocx(docWith(`${p('一、总体情况')}<w:p>${textBox('此件公开发布')}<w:r><w:t>正文</w:t></w:r></w:p>`));
    assert.deepEqual(r.text.split('\n'), ['一、总体情况', '正文']);
  });

  it('a text box holding a table is read once, in place, wherever it stands: a table is content, not a note beside the text', () => {
    const table = '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    const r = readDocx(docWith(`${p('一、总体情况')}<w:p>${textBoxOf(table)}</w:p>${p('后')}`));
    assert.deepEqual(r.text.split('\n'), ['一、总体情况', '规章\t0', '', '', '后']);
    assert.equal(r.tables, 1);
  });

  it('a seed whose table 四 stands in a text box gives the findings of its text', () => {
    const text = seed('002');
    const xml = documentXml(reportDocument(text));
    const start = xml.lastIndexOf('<w:tbl>');
    const end = xml.indexOf('</w:tbl>', start) + '</w:tbl>'.length;
    const boxed = `${xml.slice(0, start)}<w:p>${textBoxOf(xml.slice(start, end))}</w:p>${xml.slice(end)}`;
    const r = ok(readReportBytes(Buffer.from(buildDocx([], { 'word/document.xml': boxed })), 'r.docx'));
    assert.deepEqual(findingKeys(r.text), findingKeys(text));
  });

  it('a seed whose title stands in a text box gives the findings of its text', () => {
    const text = seed('002');
    const title = text.split('\n').find((l) => /政府信息公开工作年度报告/.test(l))!.trim();
    const blocks = reportDocument(text).map((b) => (b.kind === 'p' && b.text.trim() === title ? { ...b, text: '§' } : b));
    const xml = documentXml(blocks);
    const at = xml.indexOf('§');
    assert.ok(at > 0);
    const start = xml.lastIndexOf('<w:p>', at);
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
    const boxed = `${xml.slice(0, start)}<w:p>${textBox(title)}</w:p>${xml.slice(end)}`;
    const r = ok(readReportBytes(Buffer.from(buildDocx([], { 'word/document.xml': boxed })), 'r.docx'));
    // The title is the report's (its body and year: the cross-year lookup and year-mismatch stand on it).
    assert.equal(parseReport(r.text).title?.text, title);
    assert.deepEqual(findingKeys(r.text), findingKeys(text));
  });
});

describe('docx reader: pictures', () => {
  const inline = '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rId5" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
  const vml = '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:imagedata r:id="rId6" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></v:shape></w:pict></w:r>';

  it('a paragraph that is a picture alone is read as [图片] (DrawingML and VML); a picture beside words, or in the letterhead, adds nothing', () => {
    const r = readDocx(docWith(`<w:p>${inline}</w:p>${p('一、总体情况')}<w:p>${inline}</w:p><w:p>${vml}</w:p><w:p>${inline}<w:r><w:t>图旁的字</w:t></w:r></w:p>`));
    assert.deepEqual(r.text.split('\n'), ['', '一、总体情况', '[图片]', '[图片]', '图旁的字']);
  });

  it('table 二 pasted as a picture: missing-table names the picture, a warning, instead of a missing table', () => {
    const text = seed('003');
    const blocks = reportDocument(text);
    const at = blocks.findIndex((b) => b.kind === 'table');
    assert.ok(at > 0 && blocks[at - 1]!.kind === 'p');
    const xml = documentXml(blocks.map((b, i) => (i === at ? { kind: 'p' as const, text: '§' } : b)));
    const mark = xml.indexOf('§');
    assert.ok(mark > 0);
    const pictured = `${xml.slice(0, xml.lastIndexOf('<w:p>', mark))}<w:p>${inline}</w:p>${xml.slice(xml.indexOf('</w:p>', mark) + '</w:p>'.length)}`;
    const r = ok(readReportBytes(Buffer.from(buildDocx([], { 'word/document.xml': pictured })), 'r.docx'));
    const found = analyze(r.text).findings.filter((f) => f.code === 'missing-table');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'warning');
    assert.match(found[0]!.message['zh-CN'], /^第二部分没有表二（主动公开政府信息情况）的文字表格，只有图片（“\[图片\]”）/);
    assert.equal(r.text.split('\n')[found[0]!.range.start.line], '[图片]');
  });
});

describe('docx reader: invisible characters inside figures', () => {
  it('a zero-width space, joiner or soft hyphen between two digits is not read, in a paragraph or a cell; elsewhere it stays', () => {
    const cell = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const body = p('共收到申请3\u200b5件，其中\u200b自然人1\u00ad7\u2060件。')
      + `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>${cell('（七）总计')}${cell('1\u200b78')}${cell('2\u200c0')}</w:tr></w:tbl>`;
    const r = readDocx(docWith(body));
    assert.deepEqual(r.text.split('\n').slice(0, 2), ['共收到申请35件，其中\u200b自然人17\u2060件。', '（七）总计\t178\t20']);
    // The cells' places in the row are those of the text read.
    const row = r.sourceMap.lines[1];
    assert.ok(row?.kind === 'row');
    assert.deepEqual(row.cells.map((c) => r.text.split('\n')[1]!.slice(c.start, c.end)), ['（七）总计', '178', '20']);
  });

  it('a seed whose figures hold zero-width spaces and soft hyphens gives the findings of its text', () => {
    const text = seed('002');
    let k = 0;
    const blocks = reportDocument(text).map((b): Block => (b.kind === 'p'
      ? { ...b, text: b.text.replace(/(\d)(\d)/g, (_m, a: string, c: string) => `${a}${k++ % 2 ? '\u200b' : '\u00ad'}${c}`) }
      : { ...b, rows: b.rows.map((row) => row.map((c) => ({ ...c, text: c.text.replace(/(\d)(\d)/g, (_m, a: string, d: string) => `${a}${k++ % 2 ? '\u200b' : '\u00ad'}${d}`) }))) }));
    assert.ok(k > 20);
    const r = ok(readReportBytes(Buffer.from(buildDocx(blocks)), 'r.docx'));
    assert.deepEqual(findingKeys(r.text), findingKeys(text));
  });
});

describe('docx reader: a table of contents', () => {
  const tabbed = (...parts: string[]) => `<w:p>${parts.map((x) => (x === '→' ? '<w:r><w:tab/></w:r>' : `<w:r><w:t xml:space="preserve">${x}</w:t></w:r>`)).join('')}</w:p>`;

  it('the tab before a line\'s closing page number is a TAB, as Word\'s text export writes an entry; other tabs, and any in a cell, are spaces', () => {
    const cell = `<w:tc>${tabbed('规章', '→', '0')}</w:tc>`;
    const body = tabbed('一、总体情况', '→', '1') + tabbed('一、', '→', '总体情况') + tabbed('第二行', '→', '后', '→', ' 12 ')
      + tabbed('共', '→', '2024年', '→', '5') + `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>${cell}${cell}</w:tr></w:tbl>`;
    assert.deepEqual(readDocx(docWith(body)).text.split('\n').slice(0, 5), ['一、总体情况\t1', '一、 总体情况', '第二行 后\t 12 ', '共 2024年\t5', '规章 0\t规章 0']);
  });

  it('a seed with a table of contents without a 目录 title (a TOC field: entries with tab and page number) gives its text\'s findings and the contents\' note', () => {
    const text = seed('002');
    const blocks = reportDocument(text);
    const heads = blocks.filter((b): b is Extract<Block, { kind: 'p' }> => b.kind === 'p' && /^[一二三四五六]、/.test(b.text));
    assert.equal(heads.length, 6);
    const toc = heads.map((h, k) => tabbed(h.text, '→', String(k + 1))).join('');
    const xml = documentXml(blocks);
    const at = xml.indexOf('</w:p>') + '</w:p>'.length;
    const r = ok(readReportBytes(Buffer.from(buildDocx([], { 'word/document.xml': `${xml.slice(0, at)}${toc}${xml.slice(at)}` })), 'r.docx'));
    const keys = findingKeys(r.text);
    assert.deepEqual(keys.filter((k) => !k.startsWith('artifact|目录')), findingKeys(text));
    assert.equal(keys.filter((k) => k.startsWith('artifact|目录')).length, 1);
  });
});

describe('docx reader: imported chunks (w:altChunk)', () => {
  const RELS = (target: string) => `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="c1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="${target}"/></Relationships>`;
  const withChunk = (body: string, target: string, chunk: string | Uint8Array) => buildDocx([], {
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}</w:body></w:document>`,
    'word/_rels/document.xml.rels': RELS(target),
    [`word/${target}`]: chunk,
  });

  it('a web page imported as a chunk is read in its place, its paragraphs and tables numbered on from the document\'s', () => {
    const html = '<html><body><p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>0</td></tr></table></body></html>';
    const r = readDocx(withChunk(`${p('一、总体情况')}<w:altChunk r:id="c1"/>${p('后')}`, 'afchunk.htm', html));
    assert.deepEqual(r.text.split('\n'), ['一、总体情况', '二、主动公开政府信息情况', '规章\t0', '', '后']);
    assert.deepEqual(r.sourceMap.lines.map((o) => (o?.kind === 'row' ? `t${o.table}r${o.row}` : o?.kind === 'paragraph' ? `p${o.paragraph}` : '-')), ['p1', 'p2', 't1r1', '-', 'p3']);
    // Plain text and a Word document as chunks; a kind not read (MHT) adds nothing.
    assert.deepEqual(readDocx(withChunk(`<w:altChunk r:id="c1"/>`, 'chunk.txt', '甲\r\n乙')).text.split('\n'), ['甲', '乙']);
    assert.deepEqual(readDocx(withChunk(`<w:altChunk r:id="c1"/>`, 'chunk.docx', docWith(p('内层')))).text.split('\n'), ['内层']);
    assert.deepEqual(readDocx(withChunk(`${p('前')}<w:altChunk r:id="c1"/>`, 'chunk.mht', 'MIME-Version: 1.0')).text.split('\n'), ['前']);
  });

  it('a seed whose whole body is an imported web page (a document generated from a site) gives the findings of its text', () => {
    const text = seed('002');
    const r = ok(readReportBytes(Buffer.from(withChunk('<w:altChunk r:id="c1"/><w:sectPr/>', 'afchunk.html', buildHtml(reportDocument(text)))), 'r.docx'));
    assert.deepEqual(findingKeys(r.text), findingKeys(text));
  });
});

describe('docx reader: what Word puts in document.xml', () => {
  it('paragraphs, runs, line breaks, tabs, tracked changes, hidden text, fields, content controls', () => {
    const body = [
      '<w:p><w:r><w:t>一、</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/></w:rPr><w:t>总体</w:t></w:r><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:r><w:t>情况</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>',
      '<w:p><w:r><w:t>第一行</w:t></w:r><w:r><w:br/><w:t>第二行</w:t><w:tab/><w:t>后</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>共</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>35</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>178</w:t></w:r></w:ins><w:r><w:t>件</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>可见</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>也可见</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>',
      '<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent><w:p><w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>控件内容</w:t></w:r></w:hyperlink></w:p></w:sdtContent></w:sdt>',
      '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing><w:t>图后</w:t></w:r></w:p>',
      '<w:p/>',
      '<w:p><w:r><w:t>符号</w:t><w:sym w:font="Symbol" w:char="F0B7"/><w:noBreakHyphen/><w:t>尾</w:t></w:r></w:p>',
    ].join('');
    const r = readDocx(docWith(body));
    assert.deepEqual(r.text.split('\n'), ['一、总体情况', '第一行', '第二行 后', '共178件', '可见也可见', '第3页', '控件内容', '图后', '', '符号-尾']);
    assert.deepEqual(r.sourceMap.lines.map((o) => (o?.kind === 'paragraph' ? o.paragraph : undefined)), [1, 2, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.equal(r.paragraphs, 9);
  });

  it('tables: vertical merges are empty fields, spans one field with grid columns, one-cell rows keep a TAB, cell paragraphs join directly where Chinese meets Chinese, with a space elsewhere', () => {
    const tc = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${text.split('|').map(p).join('')}</w:tc>`;
    const body = `${p('前')}<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>`
      + `<w:tr>${tc('第二十条第（一）项', '<w:gridSpan w:val="4"/>')}</w:tr>`
      + `<w:tr>${tc('三、本年度办理结果', '<w:vMerge w:val="restart"/>')}${tc('（一）予以公开', '<w:gridSpan w:val="2"/>')}${tc('3')}</w:tr>`
      + `<w:tr>${tc('', '<w:vMerge/>')}${tc('商业|企业')}${tc('7|8')}${tc('4')}</w:tr>`
      + `<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>${tc('5')}${tc('6')}</w:tr>`
      + `<w:tr>${tc('', '<w:gridSpan w:val="4"/>')}</w:tr>`
      + `</w:tbl>${p('后')}`;
    const r = readDocx(docWith(body));
    assert.deepEqual(r.text.split('\n'), ['前', '第二十条第（一）项\t', '三、本年度办理结果\t（一）予以公开\t3', '\t商业企业\t7 8\t4', '5\t6', '\t\t', '', '后']);
    const rows = r.sourceMap.lines.filter((o) => o?.kind === 'row');
    assert.deepEqual(rows.map((o) => o!.kind === 'row' && [o.table, o.row, o.cells.map((c) => c.column)]), [
      [1, 1, [1, 5]],
      [1, 2, [1, 2, 4]],
      [1, 3, [1, 2, 3, 4]],
      [1, 4, [3, 4]],
      [1, 5, [1, 5, 5]],
    ]);
    assert.equal(r.tables, 1);
    // The paragraph after the table is the document's second paragraph outside tables.
    assert.deepEqual(r.sourceMap.lines[7], { kind: 'paragraph', paragraph: 2 });
  });

  it('grid columns as seen: a column of the grid narrower than 20 twips is one with its neighbour (LibreOffice\'s 1-twip column), as the .doc reader numbers them', () => {
    const tc = (text: string, span = 1) => `<w:tc><w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr>${p(text)}</w:tc>`;
    const columns = (grid: string, ...rows: string[]) => {
      const r = readDocx(docWith(`<w:tbl><w:tblGrid>${grid}</w:tblGrid>${rows.map((x) => `<w:tr>${x}</w:tr>`).join('')}</w:tbl>`));
      return r.sourceMap.lines.flatMap((o) => (o?.kind === 'row' ? [o.cells.map((c) => c.column)] : []));
    };
    const col = (w: number | string) => `<w:gridCol w:w="${w}"/>`;
    // Table 四 as LibreOffice writes it: 800 800 799 1 800 800; the first row's second cell spans the 799 and the sliver.
    const sliver = [800, 800, 799, 1, 800, 800].map(col).join('');
    const rows = [`${tc('a')}${tc('b')}${tc('c', 2)}${tc('d')}${tc('e')}`, `${tc('a')}${tc('b')}${tc('c', 3)}${tc('e')}`, tc('x', 6)];
    assert.deepEqual(columns(sliver, ...rows), [[1, 2, 3, 4, 5], [1, 2, 3, 5], [1, 6]]);
    // Edges a few twips apart (rounding) are one line; a cell starting on a sliver never shares its neighbour's column.
    assert.deepEqual(columns([800, 5, 795, 800].map(col).join(''), `${tc('a')}${tc('s')}${tc('b')}${tc('c')}`), [[1, 2, 3, 4]]);
    assert.deepEqual(columns([800, 5, 795, 800].map(col).join(''), `${tc('a')}${tc('s', 2)}${tc('c')}`), [[1, 2, 3]]);
    // Quiet: ordinary widths, a grid without widths, widths all zero (no real layout), a grid shorter than the row.
    const plain = [800, 800, 800, 800, 800, 800].map(col).join('');
    assert.deepEqual(columns(plain, ...rows), [[1, 2, 3, 5, 6], [1, 2, 3, 6], [1, 7]]);
    assert.deepEqual(columns('<w:gridCol/>'.repeat(6), ...rows), [[1, 2, 3, 5, 6], [1, 2, 3, 6], [1, 7]]);
    assert.deepEqual(columns(col(0).repeat(6), ...rows), [[1, 2, 3, 5, 6], [1, 2, 3, 6], [1, 7]]);
    assert.deepEqual(columns([800, 1, 800].map(col).join(''), `${tc('a')}${tc('b', 2)}${tc('c')}${tc('d')}`), [[1, 2, 3, 4]]);
  });

  it('tracked changes: a paragraph deleted or moved away (its mark deleted, no text left) is not read and its automatic number not counted', () => {
    const numbering = `<?xml version="1.0"?><w:numbering ${W}>`
      + '<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'
      + '<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>';
    const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="a" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>';
    const num = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>';
    const body = [
      `<w:p><w:pPr>${num}</w:pPr><w:r><w:t>总体情况</w:t></w:r></w:p>`,
      `<w:p><w:pPr>${num}<w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:del w:id="2" w:author="a"><w:r><w:delText>删去的部分</w:delText></w:r></w:del></w:p>`,
      `<w:p><w:pPr>${num}<w:rPr><w:moveFrom w:id="3" w:author="a"/></w:rPr></w:pPr><w:moveFrom w:id="4" w:author="a"><w:r><w:t>移走的部分</w:t></w:r></w:moveFrom></w:p>`,
      `<w:p><w:pPr>${num}</w:pPr><w:r><w:t>主动公开政府信息情况</w:t></w:r></w:p>`,
      // Its mark deleted but text left: Word joins it to the next paragraph; its text is read.
      `<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="a"/></w:rPr></w:pPr><w:r><w:t>留下的字</w:t></w:r></w:p>`,
    ].join('');
    const bytes = buildDocx([], {
      'word/document.xml': `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
      'word/numbering.xml': numbering,
      'word/_rels/document.xml.rels': rels,
    });
    assert.deepEqual(readDocx(bytes).text.split('\n'), ['一、总体情况', '二、主动公开政府信息情况', '留下的字']);
  });

  it('a layout table of one column holding the report’s tables (a web page pasted into Word): each inner table is a table, the text around them paragraphs', () => {
    const tc = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const inner = `<w:tbl><w:tr>${tc(p('规章'))}${tc(p('0'))}${tc(p('0'))}${tc(p('0'))}</w:tr><w:tr>${tc(p('行政规范性文件'))}${tc(p('7'))}${tc(p('35'))}${tc(p('102'))}</w:tr></w:tbl>`;
    const body = `${p('前')}<w:tbl><w:tr>${tc(`${p('二、主动公开政府信息情况')}${inner}${p('表后')}`)}</w:tr></w:tbl>${p('后')}`;
    const r = readDocx(docWith(body));
    assert.deepEqual(r.text.split('\n'), ['前', '二、主动公开政府信息情况', '规章\t0\t0\t0', '行政规范性文件\t7\t35\t102', '', '表后', '后']);
    assert.equal(r.tables, 1);
  });

  it('automatic numbering: levels restart under their parent; numbering from the paragraph style; numId 0 removes it', () => {
    const numbering = `<?xml version="1.0"?><w:numbering ${W}>`
      + '<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
      + '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
      + '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl></w:abstractNum>'
      + '<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>';
    const styles = `<?xml version="1.0"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>`
      + '<w:style w:type="paragraph" w:styleId="H1b"><w:basedOn w:val="H1"/></w:style></w:styles>';
    const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="a" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
      + '<Relationship Id="b" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>';
    const np = (text: string, pPr: string) => `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const lvl = (l: number) => `<w:numPr><w:ilvl w:val="${l}"/><w:numId w:val="3"/></w:numPr>`;
    const body = [
      np('总体情况', '<w:pStyle w:val="H1"/>'),
      np('主动公开', lvl(1)),
      np('依申请公开', lvl(1)),
      np('明细', lvl(2)),
      np('主动公开政府信息情况', '<w:pStyle w:val="H1b"/>'),
      np('平台建设', lvl(1)),
      np('不编号', '<w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
    ].join('');
    const bytes = buildDocx([], {
      'word/document.xml': `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
      'word/numbering.xml': numbering,
      'word/styles.xml': styles,
      'word/_rels/document.xml.rels': rels,
    });
    assert.deepEqual(readDocx(bytes).text.split('\n'), ['一、总体情况', '（一）主动公开', '（二）依申请公开', '1.明细', '二、主动公开政府信息情况', '（一）平台建设', '不编号']);
  });

  it('number formats', () => {
    assert.deepEqual([1, 9, 10, 11, 19, 20, 21, 99, 100, 105, 1010].map(chineseCounting), ['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百〇五', '一千〇一十']);
    assert.equal(formatNumber(3, 'decimalEnclosedCircleChinese'), '③');
    assert.equal(formatNumber(2, 'ideographTraditional'), '乙');
    assert.equal(formatNumber(12, 'decimalFullWidth'), '１２');
    assert.equal(formatNumber(28, 'lowerLetter'), 'bb');
    assert.equal(formatNumber(14, 'upperRoman'), 'XIV');
    assert.equal(formatNumber(5, 'bullet'), '');
    assert.equal(formatNumber(5, 'somethingNew'), '5');
  });

  it('a generator that names the main part differently, or uses another namespace prefix', () => {
    const doc = `<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t>正文</x:t></x:r></x:p></x:body></x:document>`;
    const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>';
    const bytes = buildDocx([], { 'word/document.xml': null, 'word/document2.xml': doc, '_rels/.rels': rels });
    assert.equal(readDocx(bytes).text, '正文');
  });
});

describe('docx reader: bad files are refused with a reason, never a crash', () => {
  const reason = (bytes: Uint8Array, name = 'bad.docx') => {
    const r = readReportBytes(Buffer.from(bytes), name);
    assert.equal(r.ok, false);
    return r.ok ? '' : r.reason;
  };

  it('not a zip: text, an empty file, random bytes, a truncated package', () => {
    assert.equal(reason(strToU8('一、总体情况\n这不是 Word 文档')), 'not-zip');
    assert.equal(reason(new Uint8Array(0)), 'not-zip');
    assert.equal(reason(new Uint8Array(4096).map((_, i) => (i * 7919) % 251)), 'not-zip');
    const good = buildDocx([{ kind: 'p', text: '正文' }]);
    assert.equal(reason(good.subarray(0, Math.floor(good.length / 2))), 'not-zip');
  });

  it('a zip without a Word body', () => {
    assert.equal(reason(zipSync({ 'readme.txt': strToU8('hello') })), 'no-document');
    // An OpenDocument text (LibreOffice's .odt) goes to the .odt reader under any name (test/unit/readers-odt.test.ts),
    // which refuses this one as an .odt without a text body; another OpenDocument kind is no Word body.
    const odf = (kind: string) => zipSync({ mimetype: [strToU8(`application/vnd.oasis.opendocument.${kind}`), { level: 0 }], 'content.xml': strToU8('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>') });
    assert.equal(reason(odf('text'), 'report.odt'), 'odt-no-text');
    assert.equal(reason(odf('text'), 'report.docx'), 'odt-no-text');
    assert.equal(reason(odf('spreadsheet'), 'report.docx'), 'no-document');
    assert.equal(reason(buildDocx([], { 'word/document.xml': `<?xml version="1.0"?><w:document ${W}></w:document>` })), 'no-document');
  });

  it('encrypted (an OLE compound file holding EncryptedPackage), and broken OLE files', () => {
    const cfb = (stream: string) => {
      const b = Buffer.alloc(2048);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
      Buffer.from(stream, 'utf16le').copy(b, 1024);
      return new Uint8Array(b);
    };
    // OLE files are read as Word 97-2003 documents whatever their name (test/unit/readers-doc.test.ts): these
    // are only a directory name in a broken container, so damaged unless the name says encrypted.
    assert.equal(reason(cfb('EncryptedPackage')), 'encrypted');
    assert.equal(reason(cfb('WordDocument')), 'malformed');
    assert.equal(reason(cfb('Workbook')), 'malformed');
    assert.equal(reason(cfb('WordDocument'), 'report.doc'), 'malformed');
    assert.equal(reason(cfb('EncryptedPackage'), 'report.txt'), 'encrypted');
    assert.equal(reason(cfb('Workbook'), 'report.txt'), 'malformed');
  });

  it('malformed XML in the body', () => {
    assert.equal(reason(buildDocx([], { 'word/document.xml': `<?xml version="1.0"?><w:document ${W}><w:body><w:p></w:body>` })), 'malformed');
  });

  it('too large: a part declaring more than the limit is not inflated; the file itself too', () => {
    const saved = { ...DOCX_LIMITS };
    try {
      DOCX_LIMITS.partBytes = 1000;
      const big = buildDocx(Array.from({ length: 200 }, (_, i): Block => ({ kind: 'p', text: `第${i}段内容` })));
      assert.equal(reason(big), 'too-large');
      DOCX_LIMITS.partBytes = saved.partBytes;
      DOCX_LIMITS.fileBytes = 100;
      assert.equal(reason(big), 'too-large');
    } finally {
      Object.assign(DOCX_LIMITS, saved);
    }
  });

  it('a .docx saved as .txt is still read as Word', () => {
    const r = ok(readReportBytes(Buffer.from(buildDocx([{ kind: 'p', text: '正文' }])), 'report.txt'));
    assert.equal(r.format, 'docx');
    assert.equal(r.text, '正文');
  });

  it('markup characters in the text survive (escaped in the XML, unescaped by the reader)', () => {
    const text = '第1<2 & "引号" 的>段';
    assert.ok(documentXml([{ kind: 'p', text }]).includes('&lt;'));
    assert.equal(readDocx(buildDocx([{ kind: 'p', text }])).text, text);
  });
});
