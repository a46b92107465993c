/**
 * What pdf.js gives of a PDF, page by page, for the layout (./pdfLayout.ts): the positioned text items and the
 * ruling lines drawn (stroked lines and rectangles, and filled rectangles thin enough to be a border). Runs in
 * the PDF worker thread (../pdfWorker.ts), never in the thread that checks: pdf.js is asynchronous and large.
 */
import type { PdfItem, PdfPage, PdfRule } from './pdfLayout';

export const PDF_LIMITS = {
  /** The file itself. */
  fileBytes: 64 * 1024 * 1024,
  /** Pages read (a report is 5–30 pages). */
  pages: 300,
  /** Text items over the document. */
  items: 400_000,
  /** Ruling lines kept per page (more, and the page's tables are read without them). */
  rulesPerPage: 4_000,
  /** Path operations looked at per page. */
  pathOpsPerPage: 200_000,
  /** How long a document may take to read, in ms. */
  timeMs: 60_000,
  /** The PDF worker's JavaScript heap, in MB: past it the worker ends and the file is refused. */
  heapMb: 1024,
};

export type PdfExtractResult =
  | { readonly ok: true; readonly pages: readonly PdfPage[] }
  | { readonly ok: false; readonly reason: 'encrypted' | 'too-large' | 'malformed'; readonly detail?: string };

/** The subset of pdf.js's API used here (its types are not imported: the bundle is loaded on demand). */
interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
  OPS: Record<string, number>;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
  destroy(): Promise<void>;
}
interface PdfJsPage {
  view: number[];
  getTextContent(): Promise<{ items: ({ str: string; transform: number[]; width: number } | { type: string })[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  cleanup(): void;
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, t: readonly number[]): Matrix {
  return [
    m[0] * t[0]! + m[2] * t[1]!, m[1] * t[0]! + m[3] * t[1]!,
    m[0] * t[2]! + m[2] * t[3]!, m[1] * t[2]! + m[3] * t[3]!,
    m[0] * t[4]! + m[2] * t[5]! + m[4], m[1] * t[4]! + m[3] * t[5]! + m[5],
  ];
}

/** Rules of one page, in top-down page coordinates (y grows downwards from the page's top). */
function rulesOf(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>, top: number, left: number): PdfRule[] {
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let pending: { lines: number[]; rects: number[] } | undefined;
  let budget = PDF_LIMITS.pathOpsPerPage;
  const point = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4] - left, top - (ctm[1] * x + ctm[3] * y + ctm[5])];
  const add = (x1: number, y1: number, x2: number, y2: number): void => {
    if (rules.length >= PDF_LIMITS.rulesPerPage) return;
    if (Math.abs(y1 - y2) < 0.5 && Math.abs(x1 - x2) >= 2) rules.push({ x1: Math.min(x1, x2), y1: (y1 + y2) / 2, x2: Math.max(x1, x2), y2: (y1 + y2) / 2 });
    else if (Math.abs(x1 - x2) < 0.5 && Math.abs(y1 - y2) >= 2) rules.push({ x1: (x1 + x2) / 2, y1: Math.min(y1, y2), x2: (x1 + x2) / 2, y2: Math.max(y1, y2) });
  };
  const paint = (stroked: boolean): void => {
    if (!pending) return;
    const { lines, rects } = pending;
    pending = undefined;
    if (stroked) for (let i = 0; i + 3 < lines.length; i += 4) add(lines[i]!, lines[i + 1]!, lines[i + 2]!, lines[i + 3]!);
    for (let i = 0; i + 3 < rects.length; i += 4) {
      const [x1, y1, x2, y2] = [rects[i]!, rects[i + 1]!, rects[i + 2]!, rects[i + 3]!];
      const w = Math.abs(x2 - x1);
      const h = Math.abs(y2 - y1);
      if (stroked) {
        add(x1, y1, x2, y1);
        add(x1, y2, x2, y2);
        add(x1, y1, x1, y2);
        add(x2, y1, x2, y2);
      } else if (h <= 3 && w > h) add(x1, (y1 + y2) / 2, x2, (y1 + y2) / 2);
      else if (w <= 3 && h > w) add((x1 + x2) / 2, y1, (x1 + x2) / 2, y2);
    }
  };
  const STROKES = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const FILLS = new Set([OPS.fill, OPS.eoFill]);
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && Array.isArray(args)) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.constructPath && Array.isArray(args)) {
      const [fns, coords] = args as [number[], number[]];
      pending ??= { lines: [], rects: [] };
      let j = 0;
      let cur: [number, number] | undefined;
      for (const f of fns) {
        if (--budget < 0) break;
        if (f === OPS.moveTo) {
          cur = point(coords[j]!, coords[j + 1]!);
          j += 2;
        } else if (f === OPS.lineTo) {
          const next = point(coords[j]!, coords[j + 1]!);
          if (cur) pending.lines.push(cur[0], cur[1], next[0], next[1]);
          cur = next;
          j += 2;
        } else if (f === OPS.rectangle) {
          const a = point(coords[j]!, coords[j + 1]!);
          const b = point(coords[j]! + coords[j + 2]!, coords[j + 1]! + coords[j + 3]!);
          pending.rects.push(a[0], a[1], b[0], b[1]);
          j += 4;
        } else if (f === OPS.curveTo) j += 6;
        else if (f === OPS.curveTo2 || f === OPS.curveTo3) j += 4;
      }
    } else if (STROKES.has(fn)) paint(true);
    else if (FILLS.has(fn)) paint(false);
    else if (fn === OPS.endPath) pending = undefined;
  }
  return rules;
}

/** Reads every page's text items and ruling lines. Never throws: a failure is a result with its reason. */
export async function extractPdf(pdfjs: PdfJs, bytes: Uint8Array, cMapUrl: string): Promise<PdfExtractResult> {
  const started = Date.now();
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
    cMapUrl,
    cMapPacked: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string } | undefined)?.name;
    await task.destroy().catch(() => undefined);
    if (name === 'PasswordException') return { ok: false, reason: 'encrypted' };
    return { ok: false, reason: 'malformed', detail: e instanceof Error ? e.message : String(e) };
  }
  try {
    if (doc.numPages > PDF_LIMITS.pages) return { ok: false, reason: 'too-large', detail: `${doc.numPages} 页 pages > ${PDF_LIMITS.pages}` };
    const pages: PdfPage[] = [];
    let itemCount = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      if (Date.now() - started > PDF_LIMITS.timeMs) return { ok: false, reason: 'too-large', detail: `> ${PDF_LIMITS.timeMs / 1000} s` };
      const page = await doc.getPage(p);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const top = Math.max(y0, y1);
      const left = Math.min(x0, x1);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str.trim() === '') continue;
        const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = it.transform;
        // Horizontal text only: rotated text (a stamp, a watermark, a sideways table) is not the report's reading order.
        if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0 || d <= 0) continue;
        if (++itemCount > PDF_LIMITS.items) return { ok: false, reason: 'too-large', detail: `> ${PDF_LIMITS.items} text items` };
        items.push({ str: it.str, x: e - left, y: top - f, w: it.width, size: d });
      }
      const ops = await page.getOperatorList();
      const rules = rulesOf(ops, pdfjs.OPS, top, left);
      pages.push({ width: Math.abs(x1 - x0), height: Math.abs(y1 - y0), items, rules });
      page.cleanup();
    }
    return { ok: true, pages };
  } catch (e) {
    return { ok: false, reason: 'malformed', detail: e instanceof Error ? e.message : String(e) };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
