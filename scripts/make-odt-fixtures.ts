/**
 * Makes the OpenDocument text fixtures of test/unit/readers-odt.test.ts (test/fixtures/odt) with LibreOffice
 * (`soffice` must be on the PATH; it is not on CI, so the files are committed):
 *
 * - every test/fixtures/docx/*.docx converted as it is (`NNN.libreoffice.odt`, `NNN.numbered.libreoffice.odt`,
 *   whose part headings are LibreOffice lists with `一、` numbering);
 * - the .doc fixtures' sources (scripts/make-doc-fixtures.ts) converted too: `002.template.odt` (the national
 *   template's merged cells: row spans down 三、本年度办理结果 and the （三）–（六） groups, column spans, table 三's
 *   header rows), `002.fault.odt` (its 总计 of 四、结转下年度继续办理 5 → 6), `000.template.odt`, `001.styled.odt`
 *   (headings numbered by their paragraph style), `features.odt` (hidden text, a tracked deletion and insertion, a
 *   PAGE field, a line break, a nested table, a row of empty cells), `picture.odt` (seed 003's table 二 as a
 *   picture), `002.split.fault.odt` and `001.split.odt` (table 三 in two tables);
 * - `002.template.fodt`: the template document as flat XML (`fodt:OpenDocument Text Flat XML`);
 * - `encrypted.odt`: seed 001 encrypted as ODF 1.2 encrypts a package with a password (AES-256-CBC, key by PBKDF2
 *   from the password's SHA-256), written here with node:crypto because soffice's command line cannot set a
 *   password; the reader must refuse it by its manifest.
 *
 * LibreOffice's `Thumbnails/thumbnail.png` (a 32 KB picture of the first page, never read) is left out of each
 * package, which is otherwise as LibreOffice wrote it (`mimetype` first and stored).
 *
 *   npx tsx scripts/make-odt-fixtures.ts [names…]
 */
import { execFileSync } from 'node:child_process';
import { createCipheriv, createHash, pbkdf2Sync, randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { stageDocxSources } from './make-doc-fixtures';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'test', 'fixtures', 'odt');

/** A package's entries again, `mimetype` first and stored (ODF 1.2, 3.3), without LibreOffice's thumbnail. */
export function repack(files: Readonly<Record<string, Uint8Array>>, extra: Readonly<Record<string, Uint8Array>> = {}, stored: ReadonlySet<string> = new Set()): Uint8Array {
  const zip: Zippable = {};
  if (files.mimetype) zip.mimetype = [files.mimetype, { level: 0 }];
  for (const [name, data] of Object.entries({ ...files, ...extra })) {
    if (name === 'mimetype' || name.startsWith('Thumbnails/')) continue;
    zip[name] = stored.has(name) ? [data, { level: 0 }] : data;
  }
  return zipSync(zip);
}

/**
 * A package encrypted as LibreOffice encrypts one with a password (ODF 1.2, 3.4): each XML part deflated, then
 * AES-256-CBC with a key derived by PBKDF2-HMAC-SHA1 (100,000 rounds) from the SHA-256 of the password, each
 * with its salt and IV declared in the manifest's `manifest:encryption-data`.
 */
export function encryptOdt(files: Readonly<Record<string, Uint8Array>>, password: string): Uint8Array {
  const startKey = createHash('sha256').update(password, 'utf8').digest();
  const encrypted: Record<string, Uint8Array> = {};
  const entries: string[] = [];
  for (const name of ['content.xml', 'styles.xml', 'meta.xml', 'settings.xml']) {
    const plain = files[name];
    if (!plain) continue;
    const salt = randomBytes(16);
    const iv = randomBytes(16);
    const key = pbkdf2Sync(startKey, salt, 100000, 32, 'sha1');
    const deflated = deflateSync(plain);
    const cipher = createCipheriv('aes-256-cbc', key, iv);
    encrypted[name] = new Uint8Array(Buffer.concat([cipher.update(deflated), cipher.final()]));
    const checksum = createHash('sha256').update(deflated.subarray(0, 1024)).digest('base64');
    entries.push(`<manifest:file-entry manifest:full-path="${name}" manifest:media-type="text/xml" manifest:size="${plain.length}">`
      + `<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="${checksum}">`
      + `<manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="${iv.toString('base64')}"/>`
      + `<manifest:start-key-generation manifest:start-key-generation-name="http://www.w3.org/2000/09/xmldsig#sha256" manifest:key-size="32"/>`
      + `<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="${salt.toString('base64')}"/>`
      + '</manifest:encryption-data></manifest:file-entry>');
  }
  const manifest = '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    + '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    + entries.join('') + '</manifest:manifest>';
  return repack(files, { ...encrypted, 'META-INF/manifest.xml': strToU8(manifest) }, new Set(Object.keys(encrypted)));
}

/** Makes every fixture, or only those named (`002.template features`), leaving the others as they are. */
function main(only: readonly string[]): void {
  const work = mkdtempSync(join(tmpdir(), 'govreport-odt-'));
  try {
    stageDocxSources(work);
    const wanted = (n: string) => only.length === 0 || only.includes(n);
    const inputs = readdirSync(work).filter((n) => n.endsWith('.docx') && wanted(n.replace(/\.docx$/, ''))).sort();
    mkdirSync(OUT, { recursive: true });
    if (inputs.length > 0) {
      execFileSync('soffice', ['--headless', '--convert-to', 'odt:writer8', '--outdir', join(work, 'out'), ...inputs.map((n) => join(work, n))], { stdio: 'inherit' });
      for (const n of inputs) {
        const odt = n.replace(/\.docx$/, '.odt');
        writeFileSync(join(OUT, odt), repack(unzipSync(readFileSync(join(work, 'out', odt)))));
      }
    }
    if (wanted('002.template.fodt')) {
      execFileSync('soffice', ['--headless', '--convert-to', 'fodt:OpenDocument Text Flat XML', '--outdir', join(work, 'flat'), join(work, '002.template.docx')], { stdio: 'inherit' });
      copyFileSync(join(work, 'flat', '002.template.fodt'), join(OUT, '002.template.fodt'));
    }
    if (wanted('encrypted')) writeFileSync(join(OUT, 'encrypted.odt'), encryptOdt(unzipSync(readFileSync(join(OUT, '001.libreoffice.odt'))), 'secret'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) main(process.argv.slice(2));
