/**
 * The measurement behind the choice of .docx reader (README, "Reading Word and web pages"): for each
 * seed as a Word document — built with the template's merges, saved by LibreOffice, and with Word's
 * automatic numbering on the part headings — the findings of
 *
 * - the direct OOXML reader (shared/node/readers/docx.ts), and
 * - mammoth's HTML laid out by our HTML reader,
 *
 * are compared with the findings of the seed's text, and both are timed.
 *
 *   npx tsx scripts/compare-docx-readers.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { analyze } from '../shared/src';
import { readReportBytes } from '../shared/node/readers';
import { buildDocx, reportDocument } from '../test/helpers/documents';
import { SEEDS, seed } from '../test/helpers/fixtures';

const FIXTURES = join(__dirname, '..', 'test', 'fixtures', 'docx');

function keys(text: string): string[] {
  return analyze(text).findings.map((f) => `${f.code}|${f.message['zh-CN']}`).sort();
}

function differences(expected: readonly string[], actual: readonly string[]): number {
  const a = [...actual];
  let missing = 0;
  for (const k of expected) {
    const i = a.indexOf(k);
    if (i >= 0) a.splice(i, 1);
    else missing++;
  }
  return missing + a.length;
}

async function main(): Promise<void> {
  const rows: string[] = ['| document | direct: differing findings | direct ms | mammoth: differing findings | mammoth ms |', '| --- | --- | --- | --- | --- |'];
  const totals = { direct: 0, mammoth: 0, directMs: 0, mammothMs: 0 };
  for (const name of SEEDS) {
    const prefix = name.slice(0, 3);
    const text = seed(prefix);
    const expected = keys(text);
    const docs: [string, Buffer][] = [
      [`${prefix} template`, Buffer.from(buildDocx(reportDocument(text)))],
      [`${prefix} LibreOffice`, readFileSync(join(FIXTURES, `${prefix}.libreoffice.docx`))],
      [`${prefix} numbered`, readFileSync(join(FIXTURES, `${prefix}.numbered.libreoffice.docx`))],
    ];
    for (const [label, bytes] of docs) {
      // Warm both paths once, then time a second run.
      readReportBytes(bytes, 'r.docx');
      await mammoth.convertToHtml({ buffer: bytes });
      let t = performance.now();
      const direct = readReportBytes(bytes, 'r.docx');
      const directMs = performance.now() - t;
      t = performance.now();
      const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
      const viaMammoth = readReportBytes(Buffer.from(`<html><body>${html}</body></html>`), 'r.html');
      const mammothMs = performance.now() - t;
      const d = direct.ok ? differences(expected, keys(direct.text)) : NaN;
      const m = viaMammoth.ok ? differences(expected, keys(viaMammoth.text)) : NaN;
      totals.direct += d;
      totals.mammoth += m;
      totals.directMs += directMs;
      totals.mammothMs += mammothMs;
      rows.push(`| ${label} | ${d} | ${directMs.toFixed(1)} | ${m} | ${mammothMs.toFixed(1)} |`);
    }
  }
  rows.push(`| **total** | **${totals.direct}** | **${totals.directMs.toFixed(0)}** | **${totals.mammoth}** | **${totals.mammothMs.toFixed(0)}** |`);
  process.stdout.write(rows.join('\n') + '\n');
}

void main();
