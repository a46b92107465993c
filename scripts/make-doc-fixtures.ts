/**
 * Makes the Word 97-2003 (.doc) fixtures of test/unit/readers-doc.test.ts with LibreOffice (`soffice`
 * must be on the PATH; it is not on CI, so the .doc files are committed):
 *
 * - every test/fixtures/docx/*.docx converted as it is (`NNN.libreoffice.doc`, `NNN.numbered.libreoffice.doc`);
 * - `002.template.doc`: seed 002 built in the national template's Word structure (merged cells: vMerge
 *   down 三、本年度办理结果 and the （三）–（六） groups, gridSpan captions, table 三's header rows);
 * - `002.fault.doc`: the same with 四、结转下年度继续办理's 总计 changed from 5 to 6 (table 三, row 28, column 10);
 * - `002.split.fault.doc`, `001.split.doc`: table 三 split in two Word tables (`SPLIT_DOCUMENTS`);
 * - `000.template.doc`: seed 000, whose tables are mostly blank cells;
 * - `001.styled.doc`: seed 001 with its part headings numbered by their paragraph style (标题 1 carries the
 *   list; the paragraphs only name the style), as Word documents with numbered heading styles are;
 * - `picture.doc`: seed 003 with its table 二 pasted as a picture (`picturedDocx`);
 * - `features.doc`: what Word keeps in the text stream beside the text: hidden text, a tracked deletion and
 *   insertion, a PAGE field, a manual line break, a table nested in a cell, a row of empty cells.
 *
 * The conversion names its filter: `doc:"MS Word 97"`, which is also what `--convert-to doc` picks
 * (soffice prints `using filter : MS Word 97` for both).
 *
 *   npx tsx scripts/make-doc-fixtures.ts [names…]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocx, documentXml, reportDocument, splitTable, type Block } from '../test/helpers/documents';
import { seed } from '../test/helpers/fixtures';

const ROOT = join(__dirname, '..');
const DOCX = join(ROOT, 'test', 'fixtures', 'docx');
const OUT = join(ROOT, 'test', 'fixtures', 'doc');

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (inner: string) => `<w:p>${inner}</w:p>`;
const r = (text: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const tc = (inner: string) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
const grid = (n: number) => `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(n)}</w:tblGrid>`;

/** The document of `features.doc` (its reading is asserted in test/unit/readers-doc.test.ts). */
export const FEATURES_XML = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>`
  + p(r('可见') + r('隐藏', '<w:vanish/>') + r('也可见'))
  + p(r('共') + `<w:del w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>35</w:delText></w:r></w:del>`
    + `<w:ins w:id="2" w:author="a" w:date="2024-01-01T00:00:00Z">${r('178')}</w:ins>` + r('件'))
  + p(r('第') + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r('1') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + r('页'))
  + p(r('第一行') + '<w:r><w:br/></w:r>' + r('第二行'))
  + `<w:tbl>${grid(3)}`
  + `<w:tr>${tc(p(r('外甲')))}${tc(`<w:tbl>${grid(2)}<w:tr>${tc(p(r('内1')))}${tc(p(r('内2')))}</w:tr></w:tbl>${p('')}`)}${tc(p(r('外丙')))}</w:tr>`
  + `<w:tr>${tc(p(''))}${tc(p(''))}${tc(p(''))}</w:tr>`
  + `<w:tr>${tc(p(r('末')))}${tc(p(''))}${tc(p(r('9')))}</w:tr>`
  + '</w:tbl>'
  + p(r('表后'))
  + '</w:body></w:document>';

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>`
  + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
  + '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
  + '</w:styles>';

/** Seed 001 as a .docx whose six part headings are numbered by their style (no numPr of their own). */
export function styledDocx(): Uint8Array {
  const blocks = reportDocument(seed('001')).map((b) => (b.kind === 'p' && /^[一二三四五六]、/.test(b.text.trim()) ? { ...b, text: b.text.trim().slice(2), list: { level: 0 } } : b));
  const xml = documentXml(blocks).replaceAll('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>', '<w:pStyle w:val="Heading1"/>');
  return buildDocx([], {
    'word/document.xml': xml,
    'word/styles.xml': STYLES,
    'word/_rels/document.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
      + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
      + '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  });
}

/**
 * Table 三 split in two Word tables before its row 17, as an editor's cut leaves it: `002.split.fault`, seed 002 with
 * the wrong 总计 of `faultText` in the second part (still table 三's row 28, column 10) and a page break between the
 * parts; `001.split`, seed 001 (whose tables are consistent) with an empty paragraph between and table 三's three
 * header rows repeated at the head of the second part.
 */
export const SPLIT_DOCUMENTS: Readonly<Record<string, () => Block[]>> = {
  '002.split.fault': () => splitTable(reportDocument(faultText()), 10, 17, [{ kind: 'p', text: '', pageBreak: true }]),
  '001.split': () => splitTable(reportDocument(seed('001')), 10, 17, [{ kind: 'p', text: '' }], 3),
};

/** Seed 002 with table 三's 四、结转下年度继续办理 总计 changed from 5 to 6. */
export function faultText(): string {
  const lines = seed('002').split('\n');
  const at = lines.findIndex((l) => l.includes('四、结转下年度继续办理')) + 7;
  if (lines[at] !== '\t5') throw new Error(`unexpected line ${at}: ${lines[at]}`);
  lines[at] = '\t6';
  return lines.join('\n');
}

/** A 1×1 PNG: the picture of `picturedDocx`. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** A paragraph that is an inline picture alone (DrawingML, as Word writes it), of the image `rId9`. */
export const PICTURE_PARAGRAPH = '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="3000000" cy="2000000"/><wp:docPr id="1" name="表二"/>'
  + '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
  + '<pic:nvPicPr><pic:cNvPr id="1" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId9"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
  + '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3000000" cy="2000000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';

/** `picture`: seed 003 with its table 二 pasted as a picture (a paragraph that is the picture alone). */
export function picturedDocx(): Uint8Array {
  const blocks = reportDocument(seed('003'));
  const at = blocks.findIndex((b) => b.kind === 'table');
  const xml = documentXml(blocks.map((b, i) => (i === at ? { kind: 'p' as const, text: '§' } : b)));
  const mark = xml.indexOf('§');
  const pictured = `${xml.slice(0, xml.lastIndexOf('<w:p>', mark))}${PICTURE_PARAGRAPH}${xml.slice(xml.indexOf('</w:p>', mark) + '</w:p>'.length)}`;
  return buildDocx([], {
    'word/document.xml': pictured,
    'word/media/image1.png': PNG,
    'word/_rels/document.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
      + '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>',
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
      + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
  });
}

/**
 * Writes into `work` every .docx that the .doc and .odt fixtures are converted from: the .docx fixtures
 * and the documents built here. Both fixture scripts start from the same set, so that a format's
 * fixture always has its .docx twin to compare with.
 */
export function stageDocxSources(work: string): void {
  for (const f of readdirSync(DOCX).filter((n) => n.endsWith('.docx'))) copyFileSync(join(DOCX, f), join(work, f));
  writeFileSync(join(work, '002.template.docx'), buildDocx(reportDocument(seed('002'))));
  writeFileSync(join(work, '002.fault.docx'), buildDocx(reportDocument(faultText())));
  writeFileSync(join(work, '000.template.docx'), buildDocx(reportDocument(seed('000'))));
  writeFileSync(join(work, '001.styled.docx'), styledDocx());
  writeFileSync(join(work, 'features.docx'), buildDocx([], { 'word/document.xml': FEATURES_XML }));
  writeFileSync(join(work, 'picture.docx'), picturedDocx());
  for (const [name, blocks] of Object.entries(SPLIT_DOCUMENTS)) writeFileSync(join(work, `${name}.docx`), buildDocx(blocks()));
}

/** Makes every fixture, or only those named (`002.split.fault 001.split`), leaving the others as they are. */
function main(only: readonly string[]): void {
  const work = mkdtempSync(join(tmpdir(), 'govreport-doc-'));
  try {
    stageDocxSources(work);
    const inputs = readdirSync(work).filter((n) => n.endsWith('.docx') && (only.length === 0 || only.includes(n.replace(/\.docx$/, '')))).sort();
    execFileSync('soffice', ['--headless', '--convert-to', 'doc:MS Word 97', '--outdir', join(work, 'out'), ...inputs.map((n) => join(work, n))], { stdio: 'inherit' });
    for (const n of inputs) renameSync(join(work, 'out', n.replace(/\.docx$/, '.doc')), join(OUT, n.replace(/\.docx$/, '.doc')));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) main(process.argv.slice(2));
