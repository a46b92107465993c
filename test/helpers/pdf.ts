/**
 * Minimal PDF files written by hand, for what LibreOffice does not make: pages without text (a scan), too many
 * pages, hostile content streams. Latin text only (Helvetica, one of the standard fonts, not embedded).
 */

/** A PDF file of these objects (numbered from 1; object 1 the catalog), with its cross-reference table. */
function serialized(objects: readonly string[]): Buffer {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = Buffer.byteLength(out, 'latin1');
    out += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n++) out += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A PDF whose pages have these content streams (A4, 595 × 842 pt). */
export function minimalPdf(contents: readonly string[]): Buffer {
  const objects: string[] = [];
  const pageRefs: string[] = [];
  // 1: catalog, 2: pages, 3: font; then a page and its content stream for each page.
  contents.forEach((content, i) => {
    const page = 4 + i * 2;
    pageRefs.push(`${page} 0 R`);
    objects[page] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${page + 1} 0 R >>`;
    objects[page + 1] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  });
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageRefs.join(' ')}] /Count ${contents.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  return serialized(objects);
}

/** A content stream showing `text` at (x, y) from the page's bottom, in 12 pt Helvetica. */
export function textAt(x: number, y: number, text: string): string {
  return `BT /F1 12 Tf ${x} ${y} Td (${text.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj ET`;
}

/**
 * A PDF showing `text` in a Chinese font that is neither embedded nor given a ToUnicode table: STSong-Light through
 * the predefined CMap UniGB-UCS2-H, as older producers write Chinese. Only pdf.js's character maps read it.
 */
export function cjkPdf(text: string): Buffer {
  const hex = [...text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
  const content = `BT /F1 16 Tf 72 770 Td <${hex}> Tj ET`;
  const objects = [
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  return serialized(objects);
}
