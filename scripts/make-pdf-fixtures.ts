/**
 * Makes the PDF fixtures of test/unit/readers-pdf.test.ts with LibreOffice (`soffice` must be on the PATH;
 * it is not on CI, so the PDFs are committed), as offices make theirs: a Word document exported as PDF
 * (`soffice --headless --convert-to pdf:writer_pdf_Export`, LibreOffice 7.4; fonts embedded with ToUnicode).
 *
 * - `NNN.libreoffice.pdf`: test/fixtures/docx/NNN.libreoffice.docx as it is (the `.numbered` ones are left out: in
 *   a PDF their numbers are text like any other). Their tables have no ruling lines (the test helper's tables carry
 *   a top border only, which LibreOffice does not draw) and 40 pt columns that wrap most labels one character per
 *   line: the reader rebuilds them from the text's positions (shared/node/readers/pdfUnruled.ts);
 * - `002.template.pdf`: test/fixtures/doc/002.template.doc (the national template's merged cells), as it is;
 * - `NNN.ruled.pdf`: each seed in the template's structure (`reportDocument`) with every cell border drawn, as
 *   published reports' tables are: the grid is read from the ruling lines;
 * - `002.split.ruled.pdf`: seed 002 with table 三 split in two Word tables by a page break before its row 17
 *   (`splitTable`), the second part a table of its own on the next page;
 * - `encrypted.pdf`: two lines of text exported with a password to open (`secret`).
 *
 *   npx tsx scripts/make-pdf-fixtures.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocx, documentXml, reportDocument, splitTable, type Block } from '../test/helpers/documents';
import { seed } from '../test/helpers/fixtures';

const ROOT = join(__dirname, '..');
const DOCX = join(ROOT, 'test', 'fixtures', 'docx');
const DOC = join(ROOT, 'test', 'fixtures', 'doc');
const OUT = join(ROOT, 'test', 'fixtures', 'pdf');

const ALL_BORDERS = '<w:tblBorders>' + ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4"/>`).join('') + '</w:tblBorders>';

/** The document with every table's cell borders drawn. */
export function ruledDocx(blocks: readonly Block[]): Uint8Array {
  const xml = documentXml(blocks).replaceAll('<w:tblBorders><w:top w:val="single" w:sz="4"/></w:tblBorders>', ALL_BORDERS);
  return buildDocx([], { 'word/document.xml': xml });
}

function main(): void {
  const work = mkdtempSync(join(tmpdir(), 'govreport-pdf-'));
  try {
    for (const f of readdirSync(DOCX).filter((n) => n.endsWith('.docx') && !n.includes('.numbered.'))) copyFileSync(join(DOCX, f), join(work, f));
    copyFileSync(join(DOC, '002.template.doc'), join(work, '002.template.doc'));
    for (const n of ['000', '001', '002', '003', '004']) writeFileSync(join(work, `${n}.ruled.docx`), ruledDocx(reportDocument(seed(n))));
    writeFileSync(join(work, '002.split.ruled.docx'), ruledDocx(splitTable(reportDocument(seed('002')), 10, 17, [{ kind: 'p', text: '', pageBreak: true }])));
    const inputs = readdirSync(work).filter((n) => /\.docx?$/.test(n)).sort();
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', join(work, 'out'), ...inputs.map((n) => join(work, n))], { stdio: 'inherit' });
    for (const n of inputs) {
      const pdf = n.replace(/\.docx?$/, '.pdf');
      renameSync(join(work, 'out', pdf), join(OUT, pdf));
    }
    writeFileSync(join(work, 'encrypted.txt'), '湘潭县2024年政府信息公开工作年度报告\n一、总体情况\n');
    const password = '{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}';
    execFileSync('soffice', ['--headless', '--convert-to', `pdf:writer_pdf_Export:${password}`, '--outdir', join(work, 'out'), join(work, 'encrypted.txt')], { stdio: 'inherit' });
    renameSync(join(work, 'out', 'encrypted.pdf'), join(OUT, 'encrypted.pdf'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) main();
