/**
 * Makes the Word 97-2003 (.doc) fixtures of test/unit/readers-doc.test.ts with LibreOffice (`soffice`
 * must be on the PATH; it is not on CI, so the .doc files are committed):
 *
 * - every test/fixtures/docx/*.docx converted as it is (`NNN.libreoffice.doc`, `NNN.numbered.libreoffice.doc`);
 * - `002.template.doc`: seed 002 built in the national template's Word structure (merged cells: vMerge
 *   down 三、本年度办理结果 and the （三）–（六） groups, gridSpan captions, table 三's header rows);
 * - `002.fault.doc`: the same with 四、结转下年度继续办理's 总计 changed from 5 to 6 (table 三, row 28, column 10);
 * - `000.template.doc`: seed 000, whose tables are mostly blank cells.
 *
 * The conversion names its filter: `doc:"MS Word 97"`, which is also what `--convert-to doc` picks
 * (soffice prints `using filter : MS Word 97` for both).
 *
 *   npx tsx scripts/make-doc-fixtures.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocx, reportDocument } from '../test/helpers/documents';
import { seed } from '../test/helpers/fixtures';

const ROOT = join(__dirname, '..');
const DOCX = join(ROOT, 'test', 'fixtures', 'docx');
const OUT = join(ROOT, 'test', 'fixtures', 'doc');

/** Seed 002 with table 三's 四、结转下年度继续办理 总计 changed from 5 to 6. */
export function faultText(): string {
  const lines = seed('002').split('\n');
  const at = lines.findIndex((l) => l.includes('四、结转下年度继续办理')) + 7;
  if (lines[at] !== '\t5') throw new Error(`unexpected line ${at}: ${lines[at]}`);
  lines[at] = '\t6';
  return lines.join('\n');
}

function main(): void {
  const work = mkdtempSync(join(tmpdir(), 'govreport-doc-'));
  try {
    for (const f of readdirSync(DOCX).filter((n) => n.endsWith('.docx'))) copyFileSync(join(DOCX, f), join(work, f));
    writeFileSync(join(work, '002.template.docx'), buildDocx(reportDocument(seed('002'))));
    writeFileSync(join(work, '002.fault.docx'), buildDocx(reportDocument(faultText())));
    writeFileSync(join(work, '000.template.docx'), buildDocx(reportDocument(seed('000'))));
    const inputs = readdirSync(work).filter((n) => n.endsWith('.docx')).sort();
    execFileSync('soffice', ['--headless', '--convert-to', 'doc:MS Word 97', '--outdir', join(work, 'out'), ...inputs.map((n) => join(work, n))], { stdio: 'inherit' });
    for (const n of inputs) renameSync(join(work, 'out', n.replace(/\.docx$/, '.doc')), join(OUT, n.replace(/\.docx$/, '.doc')));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) main();
