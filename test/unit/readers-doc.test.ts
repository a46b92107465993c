/**
 * The Word 97-2003 (.doc) reader: the seeds converted to .doc by LibreOffice (scripts/make-doc-fixtures.ts)
 * give the findings of their text and the very text of the .docx reader; a wrong figure is located at its
 * Word cell; synthetic files exercise the piece table (compressed and UTF-16 pieces), fields and special
 * characters; bad and hostile files are refused with their reason, quickly, never by a throw.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as CFB from 'cfb';
import { analyze } from '../../shared/src';
import { DOC_LIMITS, readDoc } from '../../shared/node/readers/doc';
import { readDocx } from '../../shared/node/readers/docx';
import { formatLocation, locate, readReportBytes, type LineOrigin, type ReadResult } from '../../shared/node/readers';
import { buildDocx, buildHtml, reportDocument } from '../helpers/documents';
import { SEEDS, seed } from '../helpers/fixtures';
import { FEATURES_XML, faultText, picturedDocx, SPLIT_DOCUMENTS, styledDocx } from '../../scripts/make-doc-fixtures';

const DOC = join(__dirname, '..', 'fixtures', 'doc');
const DOCX = join(__dirname, '..', 'fixtures', 'docx');

function findingKeys(text: string): string[] {
  return analyze(text).findings.map((f) => `${f.code}|${f.message['zh-CN']}`).sort();
}

function ok(r: ReadResult): Extract<ReadResult, { ok: true }> {
  assert.ok(r.ok, `read failed: ${r.ok ? '' : `${r.reason} ${r.detail ?? ''}`}`);
  return r;
}

function reason(bytes: Uint8Array, path = 'r.doc'): string {
  const r = readReportBytes(Buffer.from(bytes), path);
  return r.ok ? `ok:${r.format}` : r.reason;
}

const fixture = (name: string) => readFileSync(join(DOC, name));

describe('doc reader: the seeds as .doc (LibreOffice, "MS Word 97" filter) give the findings of their text', () => {
  for (const name of SEEDS) {
    const prefix = name.slice(0, 3);
    for (const variant of ['libreoffice', 'numbered.libreoffice']) {
      it(`${prefix}.${variant}.doc: the findings of the text, the text and places of the .docx it was converted from`, () => {
        const r = ok(readReportBytes(fixture(`${prefix}.${variant}.doc`), 'r.doc'));
        assert.equal(r.format, 'doc');
        assert.deepEqual(findingKeys(r.text), findingKeys(seed(prefix)));
        const docx = readDocx(readFileSync(join(DOCX, `${prefix}.${variant}.docx`)));
        assert.equal(r.text, docx.text);
        // Table, row and grid column of every cell (the .docx's table 四 has LibreOffice's 1-twip grid column: one column with its neighbour).
        assert.deepEqual(r.format === 'doc' && r.sourceMap, docx.sourceMap);
        if (variant.startsWith('numbered')) assert.ok(/^一、/m.test(r.text) && /^六、/m.test(r.text), 'list numbers computed');
      });
    }
  }

  it('the template structure (vertical merges, spans, table 三\'s header rows) and seed 000\'s blank cells: text and source map of the .docx reader', () => {
    for (const [file, text] of [['002.template.doc', seed('002')], ['000.template.doc', seed('000')], ['002.fault.doc', faultText()]] as const) {
      const r = readDoc(fixture(file));
      const docx = readDocx(buildDocx(reportDocument(text)));
      assert.equal(r.text, docx.text, file);
      assert.deepEqual(r.sourceMap, docx.sourceMap, file);
      assert.deepEqual(findingKeys(r.text), findingKeys(text), file);
    }
  });

  it('blank cells are fields of their own: a row of blanks is not a row end', () => {
    const r = readDoc(fixture('000.template.doc'));
    const blankRow = r.text.split('\n').find((l) => l.startsWith('二、上年结转政府信息公开申请数量'));
    assert.ok(blankRow);
    assert.equal(blankRow.split('\t').length, 8, JSON.stringify(blankRow));
  });

  it('what Word keeps in the text stream: hidden text and a tracked deletion left out, a field\'s result, a line break, a nested table, a row of empty cells', () => {
    const r = readDoc(fixture('features.doc'));
    assert.deepEqual(r.text.split('\n'), ['可见也可见', '共178件', '第1页', '第一行', '第二行', '外甲\t内1 内2\t外丙', '\t\t', '末\t\t9', '', '表后']);
    const docx = readDocx(buildDocx([], { 'word/document.xml': FEATURES_XML }));
    assert.equal(r.text, docx.text);
    assert.deepEqual(r.sourceMap, docx.sourceMap);
  });

  it('part headings numbered by their paragraph style (the stylesheet\'s list, as Word leaves a numbered heading style\'s paragraphs without one of their own)', () => {
    const docx = readDocx(styledDocx());
    assert.ok(/^一、总体情况$/m.test(docx.text) && /^六、/m.test(docx.text));
    assert.equal(readDoc(fixture('001.styled.doc')).text, docx.text);
    // LibreOffice also writes the list on each paragraph (sprmPIlfo 1): blanked out (an unknown two-byte sprm),
    // the numbers must come from the style alone.
    let blanked = 0;
    const styleOnly = patchStream(fixture('001.styled.doc'), 'WordDocument', (b) => {
      for (let i = 0; i + 4 <= b.length; i++) {
        if (b[i] === 0x0b && b[i + 1] === 0x46 && b[i + 2] === 0x01 && b[i + 3] === 0x00) {
          b[i] = 0xff;
          b[i + 1] = 0x4f;
          blanked++;
        }
      }
    });
    assert.ok(blanked >= 1);
    assert.equal(readDoc(styleOnly).text, docx.text);
    assert.deepEqual(findingKeys(readDoc(styleOnly).text), findingKeys(seed('001')));
  });

  it('table 四 (LibreOffice\'s .docx has a 1-twip column in its grid, its .doc none): each figure is named at the same column from both, as the template numbers them', () => {
    for (const prefix of ['002', '004']) {
      const doc = ok(readReportBytes(fixture(`${prefix}.libreoffice.doc`), 'r.doc'));
      const docx = ok(readReportBytes(readFileSync(join(DOCX, `${prefix}.libreoffice.docx`)), 'r.docx'));
      const places = (r: Extract<ReadResult, { ok: true }>) => {
        const model = analyze(r.text).model;
        const review = model.tables.find((t) => t.kind === 'review')!;
        const kindAt = (line: number) => model.tables.find((t) => t.startLine <= line && line <= t.endLine)?.kind;
        return review.rows[0]!.cells.map((c) => formatLocation(locate(r.format === 'text' ? { lines: [] } : r.sourceMap, c.range, kindAt)!, 'zh-CN'));
      };
      // The fifteen figures under 行政复议 (5) and 行政诉讼 (5 + 5), one grid column each, in the 4th row.
      const expected = Array.from({ length: 15 }, (_, i) => `表四 第4行 第${i + 1}列`);
      assert.deepEqual(places(doc), expected, prefix);
      assert.deepEqual(places(docx), expected, prefix);
    }
  });

  it('a wrong figure in a Word table cell is located at its table, row and column', () => {
    const r = ok(readReportBytes(fixture('002.fault.doc'), 'report.doc'));
    const { model, findings } = analyze(r.text);
    const f = findings.find((x) => x.code === 'balance' || x.code === 'column-total' || x.code === 'row-total');
    assert.ok(f, 'an arithmetic finding');
    const kindAt = (line: number) => model.tables.find((t) => t.startLine <= line && line <= t.endLine)?.kind;
    const loc = locate(r.format === 'doc' ? r.sourceMap : { lines: [] }, f.range, kindAt);
    assert.deepEqual(loc, { table: 2, tableName: '表三', row: 28, column: 10 });
    assert.equal(formatLocation(loc!, 'zh-CN'), '表三 第28行 第10列');
  });

  it('table 三 split in two Word tables: a wrong figure in the second part is located at its cell as unsplit; a consistent report split so has no finding', () => {
    // The rows of the tables and their places as the .docx reader reads them (the page break's paragraph is a line
    // fewer: LibreOffice writes it as the next paragraph's page break before).
    const rows = (r: { text: string; sourceMap: { lines: readonly (LineOrigin | undefined)[] } }) =>
      r.text.split('\n').flatMap((line, i) => { const o = r.sourceMap.lines[i]; return o?.kind === 'row' ? [{ line, ...o }] : []; });
    for (const [name, blocks] of Object.entries(SPLIT_DOCUMENTS)) {
      const r = readDoc(fixture(`${name}.doc`));
      const docx = readDocx(buildDocx(blocks()));
      assert.equal(r.text.replace(/\n{2,}/g, '\n'), docx.text.replace(/\n{2,}/g, '\n'), name);
      assert.deepEqual(rows(r), rows(docx), name);
      assert.ok(rows(r).length >= 46, name); // 14 rows of table 二, 28 of table 三 (and its repeated header), 4 of table 四
    }
    const r = ok(readReportBytes(fixture('002.split.fault.doc'), 'report.doc'));
    const { model, findings } = analyze(r.text);
    assert.deepEqual(findingKeys(r.text), findingKeys(faultText()));
    const kindAt = (line: number) => model.tables.find((t) => t.startLine <= line && line <= t.endLine)?.kind;
    const where = findings.map((f) => `${f.code} ${formatLocation(locate(r.format === 'doc' ? r.sourceMap : { lines: [] }, f.range, kindAt)!, 'zh-CN')}`);
    assert.ok(where.includes('balance 表三 第28行 第10列'), where.join('\n'));
    assert.ok(where.includes('label-variant 表三 第24行 第3列') && where.includes('label-variant 表三 第25行 第3列'), where.join('\n'));
    assert.deepEqual(analyze(ok(readReportBytes(fixture('001.split.doc'), 'report.doc')).text).findings, []);
  });

  it('under any name: .wps (WPS), .txt, .docx; a web page saved as .doc is read as a web page', () => {
    const bytes = fixture('002.libreoffice.doc');
    for (const path of ['r.wps', 'r.txt', 'r.docx', 'r.DOC']) assert.equal(reason(bytes, path), 'ok:doc', path);
    const html = Buffer.from(buildHtml(reportDocument(seed('002'))));
    const r = ok(readReportBytes(html, 'r.doc'));
    assert.equal(r.format, 'html');
    assert.deepEqual(findingKeys(r.text), findingKeys(seed('002')));
    // A renamed .docx is Word; text is text.
    assert.equal(reason(readFileSync(join(DOCX, '002.libreoffice.docx')), 'r.doc'), 'ok:docx');
    assert.equal(reason(Buffer.from(seed('002')), 'r.doc'), 'ok:text');
  });
});

/** A piece of synthetic text: compressed (8-bit cp1252 bytes, one per character) or UTF-16LE. */
interface Piece {
  readonly bytes: Uint8Array;
  readonly chars: number;
  readonly compressed: boolean;
}

const cp1252 = (bytes: number[]): Piece => ({ bytes: Uint8Array.from(bytes), chars: bytes.length, compressed: true });
const ascii = (s: string): Piece => cp1252([...s].map((c) => c.charCodeAt(0)));
const utf16 = (s: string): Piece => ({ bytes: new Uint8Array(Buffer.from(s, 'utf16le')), chars: s.length, compressed: false });

interface SynthOptions {
  readonly flags?: number;
  readonly nFib?: number;
  /** ccpText; the pieces' length by default. */
  readonly ccpText?: number;
  /** Overrides the PlcPcd's byte count. */
  readonly lcbPlcPcd?: number;
}

/** A minimal Word 97 file: a FIB, the text at 1024 in pieces, a 1Table stream with the CLX; no properties. */
function buildDoc(pieces: readonly Piece[], o: SynthOptions = {}): Uint8Array {
  const textBytes = pieces.reduce((n, p) => n + p.bytes.length, 0);
  const w = Buffer.alloc(1024 + textBytes);
  w.writeUInt16LE(0xa5ec, 0);
  w.writeUInt16LE(o.nFib ?? 0xc1, 2);
  w.writeUInt16LE(0x0200 | (o.flags ?? 0), 0x0a);
  w.writeUInt16LE(14, 32);
  w.writeUInt16LE(22, 62);
  const ccp = pieces.reduce((n, p) => n + p.chars, 0);
  w.writeUInt32LE(o.ccpText ?? ccp, 64 + 3 * 4);
  w.writeUInt16LE(93, 152);
  let at = 1024;
  const fcs: number[] = [];
  for (const p of pieces) {
    fcs.push(p.compressed ? (at * 2) | 0x40000000 : at);
    Buffer.from(p.bytes).copy(w, at);
    at += p.bytes.length;
  }
  const n = pieces.length;
  const plc = Buffer.alloc((n + 1) * 4 + n * 8);
  let cp = 0;
  pieces.forEach((p, i) => {
    plc.writeUInt32LE(cp, i * 4);
    cp += p.chars;
    plc.writeUInt32LE(fcs[i]! >>> 0, (n + 1) * 4 + i * 8 + 2);
  });
  plc.writeUInt32LE(cp, n * 4);
  const clx = Buffer.alloc(5 + plc.length);
  clx[0] = 0x02;
  clx.writeUInt32LE(o.lcbPlcPcd ?? plc.length, 1);
  plc.copy(clx, 5);
  w.writeUInt32LE(0, 154 + 33 * 8);
  w.writeUInt32LE(clx.length, 154 + 33 * 8 + 4);
  const c = CFB.utils.cfb_new();
  CFB.utils.cfb_add(c, '/WordDocument', w);
  CFB.utils.cfb_add(c, '/1Table', clx);
  return new Uint8Array(CFB.write(c, { type: 'buffer' }) as Buffer);
}

/** A real file with one stream changed (read and written again by cfb). */
function patchStream(bytes: Uint8Array, name: string, patch: (b: Buffer) => Buffer | void): Uint8Array {
  const c = CFB.read(bytes, { type: 'buffer' });
  const e = CFB.find(c, name);
  assert.ok(e, name);
  const b = Buffer.from(e.content as Uint8Array);
  e.content = patch(b) ?? b;
  return new Uint8Array(CFB.write(c, { type: 'buffer' }) as Buffer);
}

describe('doc reader: the piece table and the text', () => {
  it('a compressed (8-bit cp1252) piece and a UTF-16 piece are both read, in order', () => {
    const r = readDoc(buildDoc([ascii('Report 2024: '), utf16('政府信息公开工作年度报告\r'), cp1252([0x93, 0x41, 0x94, 0x20, 0x80, 0x96, 0xe9, 0x0d])]));
    assert.deepEqual(r.text.split('\n'), ['Report 2024: 政府信息公开工作年度报告', '“A” €–é']);
    assert.equal(r.paragraphs, 2);
  });

  it('fields keep their result (nested too), special characters are dropped or mapped as the .docx reader maps them', () => {
    const text = '第\x13 PAGE \x143\x15页\r'
      + '\x13 HYPERLINK "x" \x13 REF a \x14内\x15\x14链接\x15\r'
      + '甲\x09乙\x0b丙\x1e丁\x1f\x01\x08\x02戊\r';
    const r = readDoc(buildDoc([utf16(text)]));
    assert.deepEqual(r.text.split('\n'), ['第3页', '链接', '甲 乙', '丙-丁戊']);
    assert.deepEqual(r.sourceMap.lines.map((o) => (o?.kind === 'paragraph' ? o.paragraph : undefined)), [1, 2, 3, 3]);
  });

  it('a paragraph that is a picture alone (\\x01 inline, \\x08 floating) is [图片] after the first words; beside words, or in the letterhead, nothing', () => {
    const r = readDoc(buildDoc([utf16('\x01\r一、总体情况\r\x01\r \x08 \r图\x01旁\r')]));
    assert.deepEqual(r.text.split('\n'), ['', '一、总体情况', '[图片]', '[图片]', '图旁']);
  });

  it('picture.doc (LibreOffice): seed 003 with table 二 pasted as a picture gives the .docx reader\'s text, and missing-table names the picture', () => {
    const r = ok(readReportBytes(fixture('picture.doc'), 'picture.doc'));
    assert.equal(r.text, readDocx(picturedDocx()).text);
    const lines = r.text.split('\n');
    assert.deepEqual(lines.slice(lines.indexOf('二、主动公开政府信息情况'), lines.indexOf('二、主动公开政府信息情况') + 2), ['二、主动公开政府信息情况', '[图片]']);
    const found = analyze(r.text).findings.filter((f) => f.code === 'missing-table');
    assert.deepEqual(found.map((f) => [f.severity, lines[f.range.start.line]]), [['warning', '[图片]']]);
  });

  it('fields left open or closed twice, and deeper than the bound, end without a throw', () => {
    assert.equal(readDoc(buildDoc([utf16('甲\x15\x15乙\x13未完\r')])).text, '甲乙');
    const deep = '\x13'.repeat(DOC_LIMITS.fieldDepth + 10) + '码' + '\x14\x15'.repeat(DOC_LIMITS.fieldDepth + 10) + '尾\r';
    assert.equal(readDoc(buildDoc([utf16(deep)])).text, '尾');
  });
});

describe('doc reader: bad files are refused with their reason, never a throw', () => {
  const good = () => fixture('002.libreoffice.doc');

  it('encrypted (RC4 or XOR obfuscation), fast-saved, Word 6/95, not Word at all', () => {
    const flag = (f: number) => patchStream(good(), 'WordDocument', (b) => void b.writeUInt16LE(b.readUInt16LE(0x0a) | f, 0x0a));
    assert.equal(reason(flag(0x0100)), 'encrypted');
    assert.equal(reason(flag(0x8000)), 'encrypted');
    assert.equal(reason(flag(0x0004)), 'doc-fast-saved');
    assert.equal(reason(patchStream(good(), 'WordDocument', (b) => void b.writeUInt16LE(104, 2))), 'doc-unsupported');
    assert.equal(reason(patchStream(good(), 'WordDocument', (b) => void b.writeUInt16LE(0x1234, 0))), 'doc-unsupported');
    const xls = CFB.utils.cfb_new();
    CFB.utils.cfb_add(xls, '/Workbook', Buffer.alloc(600));
    assert.equal(reason(new Uint8Array(CFB.write(xls, { type: 'buffer' }) as Buffer)), 'doc-no-word');
    const encryptedDocx = CFB.utils.cfb_new();
    CFB.utils.cfb_add(encryptedDocx, '/EncryptionInfo', Buffer.alloc(600));
    CFB.utils.cfb_add(encryptedDocx, '/EncryptedPackage', Buffer.alloc(600));
    assert.equal(reason(new Uint8Array(CFB.write(encryptedDocx, { type: 'buffer' }) as Buffer), 'r.docx'), 'encrypted');
  });

  it('garbage after the OLE signature, a truncated file, a cyclic or broken FAT: damaged, quickly', () => {
    const b = Buffer.from(good());
    const garbage = Buffer.alloc(4096, 0x5a);
    b.copy(garbage, 0, 0, 8);
    const fatOff = (b.readUInt32LE(0x4c) + 1) * 512;
    const dir = b.readUInt32LE(0x30);
    const cyclic = Buffer.from(b);
    cyclic.writeUInt32LE(dir, fatOff + dir * 4);
    const allZero = Buffer.from(b);
    for (let i = 0; i < 128; i++) allZero.writeUInt32LE(0, fatOff + i * 4);
    for (const [what, bytes] of [['garbage', garbage], ['truncated', b.subarray(0, 20000)], ['truncated in the header', b.subarray(0, 300)], ['cyclic FAT', cyclic], ['FAT to sector 0', allZero]] as const) {
      const t = Date.now();
      assert.equal(reason(bytes), 'malformed', what);
      assert.ok(Date.now() - t < 2000, what);
    }
  });

  it('a piece table past its stream, pieces short of the text, a huge piece table: refused before any long loop', () => {
    assert.equal(reason(buildDoc([utf16('正文\r')], { lcbPlcPcd: 1_000_000 })), 'malformed');
    assert.equal(reason(buildDoc([utf16('正文\r')], { ccpText: 50 })), 'malformed');
    // Refused before anything is allocated for the characters it claims.
    assert.equal(reason(buildDoc([utf16('正文\r')], { ccpText: DOC_LIMITS.characters })), 'malformed');
    assert.equal(reason(buildDoc([utf16('正文\r')], { ccpText: DOC_LIMITS.characters + 1 })), 'too-large');
    const many = Array.from({ length: DOC_LIMITS.pieces + 1 }, () => ascii('a'));
    const t = Date.now();
    assert.equal(reason(buildDoc(many)), 'too-large');
    assert.ok(Date.now() - t < 5000);
  });

  it('random damage to the WordDocument and table streams never throws, and ends fast', () => {
    let seedValue = 7;
    const rand = () => (seedValue = (seedValue * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const base = good();
    const t = Date.now();
    for (let i = 0; i < 60; i++) {
      const stream = i % 2 === 0 ? 'WordDocument' : '1Table';
      const damaged = patchStream(base, stream, (b) => {
        for (let k = 0; k < 20; k++) b[Math.floor(rand() * b.length)] = Math.floor(rand() * 256);
      });
      const r = readReportBytes(Buffer.from(damaged), 'r.doc');
      assert.ok(r.ok || typeof r.reason === 'string');
    }
    assert.ok(Date.now() - t < 20000);
  });
});
