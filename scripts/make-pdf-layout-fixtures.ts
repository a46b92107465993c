/**
 * Makes the PDF fixtures laid out by hand (no LibreOffice needed), with test/helpers/pdf.ts:
 *
 * - `unruled.blank-cell.pdf`: a short report whose table 三 has no ruling lines and one blank cell
 *   (`unruledReportPages`): read, the blank kept in its column;
 * - `unruled.scattered.pdf`: the same with the table's items at random places: refused (`pdf-unruled`);
 * - `unruled.centred.pdf`: the table with its cells centred, as LibreOffice lays them out (`centredUnruledReportPages`):
 *   wrapped labels whose lines start at different places, a merged label centred on its rows: read.
 *
 *   npx tsx scripts/make-pdf-layout-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { centredUnruledReportPages, cjkLayoutPdf, unruledReportPages } from '../test/helpers/pdf';

const OUT = join(__dirname, '..', 'test', 'fixtures', 'pdf');

if (require.main === module) {
  writeFileSync(join(OUT, 'unruled.blank-cell.pdf'), cjkLayoutPdf(unruledReportPages()));
  writeFileSync(join(OUT, 'unruled.scattered.pdf'), cjkLayoutPdf(unruledReportPages(7)));
  writeFileSync(join(OUT, 'unruled.centred.pdf'), cjkLayoutPdf(centredUnruledReportPages()));
}
