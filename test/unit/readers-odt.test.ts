/**
 * The OpenDocument text (.odt, .fodt) reader: the seeds and the .doc fixtures' sources converted to .odt by
 * LibreOffice (scripts/make-odt-fixtures.ts) give the findings of their text and the very text and source map of
 * the .docx they were converted from; synthetic packages exercise ODF's own markup (white space, lists, spans of
 * rows and columns, tracked changes, notes, hidden text); encrypted, damaged and hostile files are refused with
 * their reason, never by a throw.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { analyze } from '../../shared/src';
import { readDocx } from '../../shared/node/readers/docx';
import { ODT_LIMITS, isFlatOdt, readOdt } from '../../shared/node/readers/odt';
import { formatLocation, locate, readFailureMessage, readReportBytes, type LineOrigin, type ReadResult } from '../../shared/node/readers';
import { buildDocx, reportDocument } from '../helpers/documents';
import { SEEDS, seed } from '../helpers/fixtures';
import { FEATURES_XML, faultText, picturedDocx, SPLIT_DOCUMENTS, styledDocx } from '../../scripts/make-doc-fixtures';

const ODT = join(__dirname, '..', 'fixtures', 'odt');
const DOCX = join(__dirname, '..', 'fixtures', 'docx');
const fixture = (name: string) => readFileSync(join(ODT, name));

function findingKeys(text: string): string[] {
  return analyze(text).findings.map((f) => `${f.code}|${f.message['zh-CN']}`).sort();
}

function ok(r: ReadResult): Extract<ReadResult, { ok: true }> {
  assert.ok(r.ok, `read failed: ${r.ok ? '' : `${r.reason} ${r.detail ?? ''}`}`);
  return r;
}

/** Each finding's code, message and place in the document (`表三 第28行 第10列`, `段落 6`). */
function placedFindings(r: { text: string; sourceMap: { lines: readonly (LineOrigin | undefined)[] } }): string[] {
  const { model, findings } = analyze(r.text);
  const kindAt = (line: number) => model.tables.find((t) => t.startLine <= line && line <= t.endLine)?.kind;
  return findings.map((f) => `${f.code}|${formatLocation(locate(r.sourceMap, f.range, kindAt)!, 'zh-CN')}|${f.message['zh-CN']}`).sort();
}

function reason(bytes: Uint8Array, path = 'r.odt'): string {
  const r = readReportBytes(Buffer.from(bytes), path);
  return r.ok ? `ok:${r.format}` : r.reason;
}

describe('odt reader: the seeds as .odt (LibreOffice, writer8) give the findings of their text, and the .docx reader\'s text', () => {
  for (const name of SEEDS) {
    const prefix = name.slice(0, 3);
    for (const variant of ['libreoffice', 'numbered.libreoffice']) {
      it(`${prefix}.${variant}.odt: the findings of the text; the text and places of the .docx it was converted from`, () => {
        const r = ok(readReportBytes(fixture(`${prefix}.${variant}.odt`), 'r.odt'));
        assert.equal(r.format, 'odt');
        assert.deepEqual(findingKeys(r.text), findingKeys(seed(prefix)));
        const docx = readDocx(readFileSync(join(DOCX, `${prefix}.${variant}.docx`)));
        assert.equal(r.text, docx.text);
        assert.deepEqual(r.format === 'odt' && r.sourceMap, docx.sourceMap);
        // The numbered variant's part headings are LibreOffice lists (一、 … 六、, continued list by list).
        if (variant.startsWith('numbered')) assert.ok(/^一、总体情况/m.test(r.text) && /^六、/m.test(r.text), 'list numbers computed');
      });
    }
  }

  it('the template structure (row spans down 三、本年度办理结果 and the groups, column spans, table 三\'s header rows), seed 000\'s blank cells, headings numbered by their style, a picture: text and source map of the .docx reader', () => {
    const sources: [string, () => Uint8Array, string | undefined][] = [
      ['002.template.odt', () => buildDocx(reportDocument(seed('002'))), seed('002')],
      ['000.template.odt', () => buildDocx(reportDocument(seed('000'))), seed('000')],
      ['002.fault.odt', () => buildDocx(reportDocument(faultText())), faultText()],
      ['001.styled.odt', styledDocx, seed('001')],
      ['picture.odt', picturedDocx, undefined],
      ['001.split.odt', () => buildDocx(SPLIT_DOCUMENTS['001.split']!()), seed('001')],
    ];
    for (const [file, docxOf, text] of sources) {
      const r = readOdt(fixture(file));
      const docx = readDocx(docxOf());
      assert.equal(r.text, docx.text, file);
      assert.deepEqual(r.sourceMap, docx.sourceMap, file);
      if (text !== undefined) assert.deepEqual(findingKeys(r.text), findingKeys(text), file);
    }
    assert.ok(readOdt(fixture('picture.odt')).text.split('\n').includes('[图片]'));
  });

  it('a report\'s tables as rows of cells: a caption spanning the table is one field and a TAB, a cell a row span covers an empty field', () => {
    const lines = readOdt(fixture('002.template.odt')).text.split('\n');
    assert.ok(lines.includes('第二十条第（一）项\t'), 'a one-cell caption across table 二 keeps its TAB');
    assert.ok(lines.includes('信息内容\t本年处理决定数量'), 'a cell spanning three columns is one field');
    // 三、本年度办理结果 spans its rows: it stands in its first row only, the rows below hold an empty field there.
    const first = lines.findIndex((l) => l.startsWith('三、本年度办理结果\t'));
    assert.ok(first > 0);
    assert.match(lines[first + 1]!, /^\t（二）/);
    assert.equal(lines[first + 1]!.split('\t').length, lines[first]!.split('\t').length);
    const blankRow = readOdt(fixture('000.template.odt')).text.split('\n').find((l) => l.startsWith('二、上年结转政府信息公开申请数量'));
    assert.equal(blankRow?.split('\t').length, 8, JSON.stringify(blankRow));
  });

  it('the flat XML form (.fodt) reads as the package does, by its name or its content', () => {
    const flat = ok(readReportBytes(fixture('002.template.fodt'), 'r.fodt'));
    assert.equal(flat.format, 'odt');
    assert.equal(flat.text, readOdt(fixture('002.template.odt')).text);
    assert.equal(reason(fixture('002.template.fodt'), 'report.txt'), 'ok:odt');
    assert.equal(reason(fixture('002.template.fodt'), 'report.xml'), 'ok:odt');
    // Told by the root's name and mimetype in the first 4 KB, in bytes that are a view into a larger buffer too.
    const bytes = fixture('002.template.fodt');
    assert.ok(isFlatOdt(Buffer.concat([Buffer.from('垃圾'), bytes]).subarray(6)));
    assert.ok(!isFlatOdt(Buffer.concat([Buffer.alloc(4096, 0x20), bytes])));
    assert.ok(!isFlatOdt(Buffer.from(bytes.toString('latin1').replace('<office:document', '<office:documents'), 'latin1')));
    assert.ok(!isFlatOdt(Buffer.from(bytes.toString('latin1').replace(/office:mimetype="[^"]*"/, 'office:mimetype="application/vnd.oasis.opendocument.spreadsheet"'), 'latin1')));
    assert.ok(isFlatOdt(Buffer.from(bytes.toString('latin1').replace('<office:document ', '<office:document\n'), 'latin1')));
  });

  it('what Word keeps beside the text, through LibreOffice: hidden text and a tracked deletion left out, the insertion read, a line break, a nested table, a row of empty cells', () => {
    const lines = readOdt(fixture('features.odt')).text.split('\n');
    // The PAGE field is read as LibreOffice stored it (its headless conversion lays out no page: 0).
    assert.deepEqual(lines, ['可见也可见', '共178件', '第0页', '第一行', '第二行', '外甲\t内1 内2\t外丙', '\t\t', '末\t\t9', '', '表后']);
    const docx = readDocx(buildDocx([], { 'word/document.xml': FEATURES_XML }));
    assert.deepEqual(readOdt(fixture('features.odt')).sourceMap, docx.sourceMap);
  });

  it('a wrong figure in a table cell is located at its table, row and column; table 三 split in two tables gives the .docx\'s findings at the same places', () => {
    const r = ok(readReportBytes(fixture('002.fault.odt'), 'report.odt'));
    assert.ok(placedFindings(r.format === 'odt' ? r : { text: '', sourceMap: { lines: [] } }).some((f) => f.startsWith('balance|表三 第28行 第10列|')));
    const split = readOdt(fixture('002.split.fault.odt'));
    const docx = readDocx(buildDocx(SPLIT_DOCUMENTS['002.split.fault']!()));
    // The page break between the parts is a paragraph's property in ODF, a line of its own in Word's XML: the text is a
    // line shorter there, the findings and their places in the document the same.
    assert.deepEqual(placedFindings(split), placedFindings(docx));
    assert.ok(placedFindings(split).some((f) => f.startsWith('balance|表三 第28行 第10列|')));
    assert.equal(split.text.replace(/\n{2,}/g, '\n'), docx.text.replace(/\n{2,}/g, '\n'));
  });
});

const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
  + 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
  + 'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
  + 'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"';

const LIST_STYLE = '<text:list-style style:name="L1">'
  + '<text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-number>'
  + '<text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>'
  + '<text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1"/>'
  + '</text:list-style>';

/** An .odt package of `body` (the content of office:text), with `styles` among content.xml's automatic styles. */
function odt(body: string, opts: { styles?: string; manifest?: string; files?: Record<string, Uint8Array>; mimetype?: string } = {}): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.3"><office:automatic-styles>${opts.styles ?? ''}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  const zip: Zippable = {
    mimetype: [strToU8(opts.mimetype ?? 'application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': strToU8(content),
    'META-INF/manifest.xml': strToU8(opts.manifest ?? `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`),
    ...opts.files,
  };
  return zipSync(zip);
}

const p = (inner: string, attrs = '') => `<text:p${attrs}>${inner}</text:p>`;
const tc = (inner: string, attrs = '') => `<table:table-cell${attrs} office:value-type="string">${inner}</table:table-cell>`;
const covered = '<table:covered-table-cell/>';
const row = (...cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;

describe('odt reader: ODF\'s own markup', () => {
  it('paragraphs and headings; white space collapsed as an office shows it, text:s and its count, tabs, line breaks, soft page breaks', () => {
    const r = readOdt(odt(
      p('  甲 \n  乙<text:span>  丙</text:span>') // ODF white space: leading dropped, runs one space
      + p('共<text:s text:c="3"/>35<text:s/>件')
      + p('第一行<text:line-break/>第二<text:soft-page-break/>行')
      + p('一、总体情况<text:tab/>1') // a table of contents' entry: the tab before the page number is a TAB
      + p('甲<text:tab/>乙')
      + '<text:h text:outline-level="1">标题</text:h>',
    ));
    assert.deepEqual(r.text.split('\n'), ['甲 乙 丙', '共   35 件', '第一行', '第二行', '一、总体情况\t1', '甲 乙', '标题']);
    assert.deepEqual(r.sourceMap.lines.map((o) => o?.kind === 'paragraph' && o.paragraph), [1, 2, 3, 3, 4, 5, 6]);
  });

  it('tracked changes read accepted (the insertion in, the deletion\'s stored text out), notes, comments and hidden text left out, fields and links read', () => {
    const tracked = '<text:tracked-changes><text:changed-region xml:id="c1" text:id="c1"><text:deletion><office:change-info><dc:creator>a</dc:creator></office:change-info><text:p>35</text:p></text:deletion></text:changed-region>'
      + '<text:changed-region text:id="c2"><text:insertion><office:change-info><dc:creator>a</dc:creator></office:change-info></text:insertion></text:changed-region></text:tracked-changes>';
    const r = readOdt(odt(
      tracked
      + p('共<text:change text:change-id="c1"/><text:change-start text:change-id="c2"/>178<text:change-end text:change-id="c2"/>件')
      + p('正文<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>脚注35件</text:p></text:note-body></text:note>继续')
      + p('批注<office:annotation><dc:creator>a</dc:creator><text:p>意见</text:p></office:annotation>之后')
      + p('可见<text:span text:style-name="H">隐藏</text:span>也可见')
      + p('第<text:page-number text:select-page="current">3</text:page-number>页，<text:a xlink:href="http://x">链接</text:a>'),
      { styles: '<style:style style:name="H" style:family="text"><style:text-properties text:display="none"/></style:style>' },
    ));
    assert.deepEqual(r.text.split('\n'), ['共178件', '正文继续', '批注之后', '可见也可见', '第3页，链接']);
  });

  it('lists: numbers by the list style (一、, （一）, 1.), deeper levels restarting, a list continued by text:continue-numbering or text:continue-list, or started anew', () => {
    const item = (inner: string, attrs = '') => `<text:list-item${attrs}>${inner}</text:list-item>`;
    const r = readOdt(odt(
      `<text:list xml:id="a" text:style-name="L1">${item(p('总体情况'))}${item(p('主动公开') + `<text:list>${item(p('规章'))}${item(p('规范性文件') + `<text:list>${item(p('细目'))}</text:list>`)}</text:list>`)}</text:list>`
      + p('正文')
      + `<text:list text:continue-numbering="true" text:style-name="L1">${item(p('依申请公开') + `<text:list>${item(p('新的子项'))}</text:list>`)}</text:list>`
      + `<text:list text:style-name="L1">${item(p('重新开始'))}</text:list>`
      + `<text:list text:continue-list="a" text:style-name="L1">${item(p('接续 a'))}</text:list>`
      + `<text:list text:style-name="L1">${item(p('从五开始'), ' text:start-value="5"')}<text:list-header>${p('无编号')}</text:list-header></text:list>`,
      { styles: LIST_STYLE },
    ));
    assert.deepEqual(r.text.split('\n'), [
      '一、总体情况', '二、主动公开', '（一）规章', '（二）规范性文件', '1.细目', '正文', '三、依申请公开', '（一）新的子项', '一、重新开始', '四、接续 a', '五、从五开始', '无编号',
    ]);
  });

  it('headings numbered by the outline style', () => {
    const outline = '<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/><text:outline-level-style text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/></text:outline-style>';
    const styles = `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS}><office:styles>${outline}</office:styles></office:document-styles>`;
    const r = readOdt(odt('<text:h text:outline-level="1">总体情况</text:h><text:h text:outline-level="2">规章</text:h><text:h text:outline-level="1">主动公开</text:h><text:h text:outline-level="1" text:is-list-header="true">附</text:h>', { files: { 'styles.xml': strToU8(styles) } }));
    assert.deepEqual(r.text.split('\n'), ['一、总体情况', '（一）规章', '二、主动公开', '附']);
    // Without an outline style, the label a generator wrote (text:number) is read; a bullet is not.
    const written = readOdt(odt('<text:h text:outline-level="1"><text:number>一、</text:number>总体情况</text:h><text:list><text:list-item><text:p><text:number>•</text:number>要点</text:p></text:list-item></text:list>'));
    assert.deepEqual(written.text.split('\n'), ['一、总体情况', '要点']);
  });

  it('tables: header rows, a cell spanning columns one field, cells a row span covers empty fields (one per covering cell), a nested table the cell\'s text, a one-cell row keeps a TAB, repeated rows', () => {
    const r = readOdt(odt(
      '<table:table><table:table-column table:number-columns-repeated="4"/>'
      + `<table:table-header-rows>${row(tc(p('标题'), ' table:number-columns-spanned="4"'), covered, covered, covered)}</table:table-header-rows>`
      + row(tc(p('三、本年度办理结果'), ' table:number-rows-spanned="3"'), tc(p('（一）予以公开')), tc(p('1')), tc(p('2')))
      + row(covered, tc(p('（二）部分公开'), ' table:number-columns-spanned="2" table:number-rows-spanned="2"'), covered, tc(p('3')))
      + row(covered, covered, covered, tc(p('4')))
      + '<text:soft-page-break/>'
      + row(tc(p('外甲')), tc(`<table:table><table:table-column table:number-columns-repeated="2"/>${row(tc(p('内1')), tc(p('内2')))}</table:table>`), tc(p('不予公开') + p('理由')), tc(p('1') + p('2')))
      + '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="4"/></table:table-row>'
      + '</table:table>' + p('表后'),
    ));
    assert.deepEqual(r.text.split('\n'), [
      '标题\t', '三、本年度办理结果\t（一）予以公开\t1\t2', '\t（二）部分公开\t3', '\t\t4', '外甲\t内1 内2\t不予公开理由\t1 2', '\t\t\t', '\t\t\t', '', '表后',
    ]);
    const cells = r.sourceMap.lines.map((o) => (o?.kind === 'row' ? `${o.row}:${o.cells.map((c) => c.column).join(',')}` : ''));
    // The caption's blank field stands after its span, as the .docx reader places it (column 5 of a four-column grid).
    assert.deepEqual(cells.slice(0, 5), ['1:1,5', '2:1,2,3,4', '3:1,2,4', '4:1,2,4', '5:1,2,3,4']);
  });

  it('grid columns as seen: a column a few twips wide is one with its neighbour, as the .docx reader numbers them', () => {
    const col = (name: string, width: string) => `<style:style style:name="${name}" style:family="table-column"><style:table-column-properties style:column-width="${width}"/></style:style>`;
    const r = readOdt(odt(
      '<table:table><table:table-column table:style-name="A"/><table:table-column table:style-name="S"/><table:table-column table:style-name="A"/>'
      + row(tc(p('甲'), ' table:number-columns-spanned="2"'), covered, tc(p('乙')))
      + row(tc(p('丙')), tc(p('')), tc(p('丁')))
      + '</table:table>',
      { styles: col('A', '1in') + col('S', '0.0007in') },
    ));
    const columns = r.sourceMap.lines.flatMap((o) => (o?.kind === 'row' ? [o.cells.map((c) => c.column).join(',')] : []));
    // The sliver's grid column is its left neighbour's: 乙 stands in column 2, as 丁 does after the empty cell on the sliver.
    assert.deepEqual(columns, ['1,2', '1,2,3']);
  });

  it('a text box in the letterhead is read before its paragraph; after the first words only one holding a table; a picture alone is [图片]', () => {
    const box = (inner: string) => `<draw:frame text:anchor-type="paragraph" svg:width="5cm"><svg:title>框</svg:title><draw:text-box>${inner}</draw:text-box></draw:frame>`;
    const image = '<draw:frame text:anchor-type="as-char"><svg:desc>图</svg:desc><draw:image xlink:href="Pictures/a.png"/></draw:frame>';
    const r = readOdt(odt(
      p(box(p('某县人民政府'))) + p('2024年报告') + p(box(p('旁注'))) + p(image) + p(`文字${image}`)
      + p(box(`<table:table>${row(tc(p('甲')), tc(p('1')))}</table:table>`)),
    ));
    assert.deepEqual(r.text.split('\n'), ['某县人民政府', '', '2024年报告', '', '[图片]', '文字', '甲\t1', '', '']);
  });
  it('a text box within a text box is read once, in its place (here a table in a box in a box)', () => {
    const box = (inner: string) => `<draw:frame text:anchor-type="paragraph"><draw:text-box>${inner}</draw:text-box></draw:frame>`;
    const r = readOdt(odt(p(box(p('外框') + p(box(`<table:table>${row(tc(p('甲')), tc(p('1')))}</table:table>`)))) + p('正文')));
    assert.deepEqual(r.text.split('\n'), ['外框', '甲\t1', '', '', '', '正文']);
  });
});

describe('odt reader: bad files are refused with their reason, never a throw', () => {
  it('encrypted (a password to open: the manifest\'s encryption-data), by the CLI\'s reader under any name', () => {
    assert.equal(reason(fixture('encrypted.odt')), 'encrypted');
    assert.equal(reason(fixture('encrypted.odt'), 'report.docx'), 'encrypted');
    assert.equal(reason(fixture('encrypted.odt'), 'report.txt'), 'encrypted');
  });

  it('a damaged package: truncated, random bytes, text under the name, an empty file; a package without OpenDocument text; malformed XML', () => {
    const good = fixture('001.libreoffice.odt');
    assert.equal(reason(good.subarray(0, Math.floor(good.length / 2))), 'odt-not-zip');
    assert.equal(reason(new Uint8Array(4096).map((_, i) => (i * 7919) % 251)), 'odt-not-zip');
    assert.equal(reason(strToU8('一、总体情况')), 'odt-not-zip');
    assert.equal(reason(new Uint8Array(0)), 'odt-not-zip');
    assert.equal(reason(zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }] })), 'odt-no-text');
    assert.equal(reason(zipSync({ 'readme.txt': strToU8('hello') })), 'odt-no-text');
    assert.equal(reason(odt(p('x'), { mimetype: 'application/vnd.oasis.opendocument.spreadsheet' })), 'odt-no-text');
    assert.equal(reason(odt('<text:p>未闭合')), 'malformed');
    // Bit flips in the deflated content: refused (damaged or not a zip), never thrown.
    for (let k = 0; k < 20; k++) {
      const b = Buffer.from(good);
      for (let i = 0; i < 30; i++) {
        const at = 200 + ((k * 7919 + i * 104729) % (b.length - 400));
        b[at] = b[at]! ^ 0x5a;
      }
      const r = readReportBytes(b, 'r.odt');
      assert.ok(r.ok || ['odt-not-zip', 'malformed', 'odt-no-text', 'too-large'].includes(r.reason), r.ok ? '' : r.reason);
    }
  });

  it('messages in both languages name the format', () => {
    for (const [reasonCode, zh, en] of [['odt-not-zip', /OpenDocument 文本/, /OpenDocument text/], ['odt-no-text', /OpenDocument 文本正文/, /OpenDocument text body/], ['encrypted', /加密/, /encrypted/]] as const) {
      assert.match(readFailureMessage(reasonCode, 'zh-CN'), zh);
      assert.match(readFailureMessage(reasonCode, 'en'), en);
    }
  });

  it('too large: a part declaring more than the limit is not inflated; the file itself too', () => {
    const big = Buffer.from(odt(p('x')));
    // The central directory's declared uncompressed size of content.xml, set past the limit.
    const cd = big.lastIndexOf(Buffer.from('content.xml'));
    const header = big.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), cd);
    big.writeUInt32LE(ODT_LIMITS.partBytes + 1, header + 24);
    assert.equal(reason(big), 'too-large');
  });

  it('repetition attributes are bounded (a million repeated columns or rows, a million spaces) and read fast', () => {
    const t0 = Date.now();
    const r = readOdt(odt(`<table:table><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1000000"/></table:table-row></table:table>${p('<text:s text:c="1000000"/>')}`));
    assert.ok(Date.now() - t0 < 2000);
    assert.ok(r.text.length < 1_000_000);
  });

  it('an .odt under another name is read as OpenDocument; a .docx named .odt as Word', () => {
    assert.equal(reason(fixture('001.libreoffice.odt'), 'report.docx'), 'ok:odt');
    assert.equal(reason(fixture('001.libreoffice.odt'), 'report.txt'), 'ok:odt');
    assert.equal(reason(fixture('001.libreoffice.odt'), 'report'), 'ok:odt');
    assert.equal(reason(readFileSync(join(DOCX, '001.libreoffice.docx')), 'report.odt'), 'ok:docx');
    // A package whose mimetype is not its first, stored entry is still known by it.
    const late = zipSync({ 'content.xml': strToU8(`<office:document-content ${NS}><office:body><office:text>${p('正文')}</office:text></office:body></office:document-content>`), mimetype: strToU8('application/vnd.oasis.opendocument.text') });
    assert.equal(reason(late, 'report.docx'), 'ok:odt');
  });
});
