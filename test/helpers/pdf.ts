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

/** A line of text placed on a page: (x, y) from the page's bottom, in pt. */
export interface PlacedText {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size: number;
}

/**
 * A PDF of A4 pages showing each text at its place in the same Chinese font as `cjkPdf` (STSong-Light, not embedded,
 * through UniGB-UCS2-H: every character, figures too, one em wide), without a single ruling line: a report whose
 * tables were exported with their borders off, laid out by hand where LibreOffice is not at hand.
 */
export function cjkLayoutPdf(pages: readonly (readonly PlacedText[])[]): Buffer {
  const hex = (text: string) => [...text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
  const objects: string[] = [
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    '',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  const kids: string[] = [];
  for (const texts of pages) {
    const content = texts.map((t) => `BT /F1 ${t.size} Tf ${t.x.toFixed(2)} ${t.y.toFixed(2)} Td <${hex(t.text)}> Tj ET`).join('\n');
    const n = objects.length;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${n + 1} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    kids.push(`${n} 0 R`);
  }
  objects[2] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages.length} >>`;
  return serialized(objects);
}

/** The title, the preface with its period and table 三's heading above the unruled tables below (body text `body` pt). */
function unruledPreamble(body: number): PlacedText[] {
  return [
    { x: 72, y: 790, text: '某县2024年政府信息公开工作年度报告', size: 16 },
    { x: 72, y: 760, text: '本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限', size: body },
    { x: 72, y: 742, text: '为2024年1月1日至2024年12月31日。', size: body },
    { x: 72, y: 712, text: '三、收到和处理政府信息公开申请情况', size: body },
  ];
}

/** Part 五's heading at `y` and its one line below, closing the unruled reports. */
function unruledClosing(y: number, body: number): PlacedText[] {
  return [
    { x: 72, y, text: '五、存在的主要问题及改进情况', size: body },
    { x: 72, y: y - 18, text: '无。', size: body },
  ];
}

/**
 * A short report whose table 三 has no ruling lines, as Word lays out a borderless table whose cells stand at their
 * top: a header of two lines over the seven figure columns (left edges 250 pt on, 48 pt apart), the labels in two
 * columns (三、本年度办理结果 over the rows it groups), (二)'s label wrapped over three lines with its figures on the
 * first, and its 科研机构 cell blank. With `scatter` (a seed), every item of the table stands at a random place.
 */
export function unruledReportPages(scatter?: number): PlacedText[][] {
  const body = 12;
  const size = 8;
  const pitch = 14;
  const texts = unruledPreamble(body);
  const table: PlacedText[] = [];
  const columns = [250, 298, 346, 394, 442, 490, 538];
  const header = [['自然人'], ['商业企业'], ['科研机构'], ['社会公益', '组织'], ['法律服务', '机构'], ['其他'], ['总计']];
  header.forEach((lines, c) => lines.forEach((t, i) => table.push({ x: columns[c]!, y: 690 - i * pitch, text: t, size })));
  let y = 690 - 3 * pitch;
  const row = (labels: [number, string][], figures: (string | undefined)[], lines = 1) => {
    labels.forEach(([x, t], i) => table.push({ x, y: y - (x === 150 ? i : 0) * pitch, text: t, size }));
    figures.forEach((f, c) => f !== undefined && table.push({ x: columns[c]!, y, text: f, size }));
    y -= lines * pitch;
  };
  row([[72, '一、本年新收政府信息公开申请数量']], ['171', '7', '0', '0', '0', '0', '178']);
  row([[72, '二、上年结转政府信息公开申请数量']], ['5', '0', '0', '0', '0', '0', '5']);
  table.push({ x: 72, y, text: '三、本年度', size }, { x: 72, y: y - pitch, text: '办理结果', size });
  row([[150, '（一）予以公开']], ['92', '7', '0', '0', '0', '0', '99']);
  row([[150, '（二）部分公开（区分'], [150, '处理的，只计这一情形，'], [150, '不计其他情形）']], ['14', '0', undefined, '0', '0', '0', '14'], 3);
  row([[72, '四、结转下年度继续办理']], ['5', '0', '0', '0', '0', '0', '5']);
  if (scatter !== undefined) {
    let s = scatter;
    const random = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < table.length; i++) table[i] = { ...table[i]!, x: 72 + Math.round(random() * 40) * 11, y: 420 + Math.round(random() * 20) * 13 };
  }
  texts.push(...table, ...unruledClosing(y - 30, body));
  return [texts];
}

/**
 * The report of `unruledReportPages` with its table 三 laid out as LibreOffice centres a borderless table's cells:
 * every line centred in its cell, a label of several lines centred on its row's figures (its shorter lines start
 * further right), 三、本年度办理结果 (two lines) centred on the two rows it groups, the figures centred in their
 * columns (48 pt apart). `offCentre` moves (二)'s label that many line pitches down, off its row's middle.
 */
export function centredUnruledReportPages(offCentre = 0): PlacedText[][] {
  const body = 12;
  const size = 8;
  const pitch = 11;
  const pad = 5;
  const texts = unruledPreamble(body);
  // Every character one em wide (size pt): a line centred on x starts half its width left of it.
  const centred = (cx: number, y: number, text: string): PlacedText => ({ x: cx - ([...text].length * size) / 2, y, text, size });
  const lines = (cx: number, middle: number, list: readonly string[], shift = 0) =>
    list.map((t, i) => centred(cx, middle + ((list.length - 1) / 2 - i - shift) * pitch, t));
  const columns = [262, 310, 358, 406, 454, 502, 550];
  const header = [['自然人'], ['商业企业'], ['科研机构'], ['社会公益', '组织'], ['法律服务', '机构'], ['其他'], ['总计']];
  let top = 700;
  header.forEach((list, c) => texts.push(...lines(columns[c]!, top - pad - pitch / 2, list)));
  top -= 2 * pitch + 2 * pad;
  const middles: number[] = [];
  const row = (cx: number, label: readonly string[], figures: readonly string[], shift = 0) => {
    const n = label.length;
    const middle = top - pad - ((n - 1) * pitch) / 2;
    texts.push(...lines(cx, middle, label, shift));
    figures.forEach((f, c) => texts.push(centred(columns[c]!, middle, f)));
    middles.push(middle);
    top -= n * pitch + 2 * pad;
    return { first: middle + ((n - 1) * pitch) / 2, last: middle - ((n - 1) * pitch) / 2 };
  };
  row(159, ['一、本年新收政府信息公开申请数量'], ['171', '7', '0', '0', '0', '0', '178']);
  row(159, ['二、上年结转政府信息公开申请数量'], ['5', '0', '0', '0', '0', '0', '5']);
  const a = row(198, ['（一）予以公开'], ['92', '7', '0', '0', '0', '0', '99']);
  const b = row(198, ['（二）部分公开（区分', '处理的，只计这一情形，', '不计其他情形）'], ['14', '0', '0', '0', '0', '0', '14'], offCentre);
  texts.push(...lines(109, (a.first + b.last) / 2, ['三、本年度', '办理结果']));
  row(159, ['四、结转下年度继续办理'], ['5', '0', '0', '0', '0', '0', '5']);
  texts.push(...unruledClosing(top - 30, body));
  return [texts];
}
