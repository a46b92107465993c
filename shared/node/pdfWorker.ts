/**
 * The PDF worker thread: pdf.js (its legacy build, run in this thread as `globalThis.pdfjsWorker`) reads each
 * PDF sent on the port given in `workerData` and answers with its pages (./readers/pdfExtract.ts), then wakes the
 * checking thread, which waits for the answer with `Atomics.wait` (./readers/pdf.ts). Bundled apart as
 * dist/pdf.js (scripts/build.mjs), started on the first PDF only: pdf.js is 3 MB the text path never loads.
 *
 * pdf.js warns through `console.log` at load in Node ("Cannot polyfill DOMMatrix…", for rendering, which is
 * not done here) and about fonts while reading; this thread's console is silenced, and its stdout and stderr
 * are not the user's (the thread is started with them piped).
 */
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import type { PdfWorkerData } from './readers/pdf';
import { extractPdf } from './readers/pdfExtract';

const silent = (): void => undefined;
console.log = silent;
console.warn = silent;
console.error = silent;
console.info = silent;

/** pdf.js's character maps: dist/cmaps beside the bundle, or the package's own from the sources. */
function cMapUrl(): string {
  if (__filename.endsWith('.ts')) return join(__dirname, '..', '..', 'node_modules', 'pdfjs-dist', 'cmaps') + '/';
  return join(__dirname, 'cmaps') + '/';
}

const pdfjs = (async () => {
  const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as Parameters<typeof extractPdf>[0];
})();

// `life` is only held: its other end, in the watchdog thread, closes when this thread ends (./readers/pdf.ts).
const { port, signal, life } = workerData as PdfWorkerData;
(globalThis as { pdfLife?: unknown }).pdfLife = life;
port.on('message', (bytes: Uint8Array) => {
  void (async () => {
    let answer: unknown;
    try {
      answer = await extractPdf(await pdfjs, bytes, cMapUrl());
    } catch (e) {
      answer = { ok: false, reason: 'malformed', detail: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(answer);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  })();
});
