/**
 * PDF reports. pdf.js reads the file in a worker thread (../pdfWorker.ts, bundled apart as dist/pdf.js and
 * started on the first PDF only); this thread waits for its answer with `Atomics.wait` and takes it with
 * `receiveMessageOnPort` (the technique of synckit), so reading stays synchronous like every other reader's
 * and neither the command line nor the server changes its shape for one format. The worker is kept for the
 * next PDF (a folder of them pays pdf.js's start once) and never keeps the process alive. The pages it gives
 * are laid out here (./pdfLayout.ts).
 *
 * Refused by their reason: encrypted files (a password to open), files without a text layer (scanned pages),
 * tables drawn without ruling lines that cannot be rebuilt from the text's positions either (./pdfUnruled.ts: false
 * findings would follow),
 * damaged files, more than `PDF_LIMITS.pages` pages or a file over 64 MB; a file taking longer than
 * `PDF_LIMITS.timeMs` to read is refused and its worker ended, and so is a file whose reading ends the worker: its
 * heap is held to `PDF_LIMITS.heapMb` (a file built to exhaust memory takes that much, not the machine's), and a
 * watchdog thread says at once that it has gone (the waiting thread cannot hear the worker's 'exit').
 */
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { startsWith } from './docx';
import { ReadError } from './errors';
import { PDF_LIMITS, type PdfExtractResult } from './pdfExtract';
import { layoutPdf, UNRULED_TABLE_LINES } from './pdfLayout';
import type { SourceMap } from './sourcemap';

export { PDF_LIMITS } from './pdfExtract';

/** `%PDF-`: a PDF's header, at the start, or (under a .pdf name) anywhere in the first kilobyte, as readers accept it. */
export function isPdf(bytes: Uint8Array, named: boolean): boolean {
  // Every report read goes past here: under another name only its first five bytes are looked at.
  if (startsWith(bytes, PDF_MAGIC)) return true;
  return named && Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).includes('%PDF-', 0, 'latin1');
}

/** `%PDF-`. */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];

interface PdfThread {
  readonly thread: Worker;
  readonly port: MessagePort;
  /** [0]: 1 when the worker has answered; [1]: 1 once the worker has ended (set by the watchdog). */
  readonly signal: Int32Array;
}

let worker: PdfThread | undefined;

/** What the PDF worker is given: the port of its requests, the signal, and a port held only to be closed by its end. */
export interface PdfWorkerData {
  readonly port: MessagePort;
  readonly signal: Int32Array;
  readonly life: MessagePort;
}

/**
 * The PDF worker: dist/pdf.js beside the running bundle, or ../pdfWorker.ts from the sources (the tests), through
 * tsx, which a worker thread does not inherit.
 */
function newWorker(workerData: PdfWorkerData): Worker {
  const options = {
    workerData,
    transferList: [workerData.port, workerData.life],
    // Its stdout and stderr piped and never read: nothing pdf.js prints reaches the user.
    stdout: true,
    stderr: true,
    resourceLimits: { maxOldGenerationSizeMb: PDF_LIMITS.heapMb },
  };
  if (!__filename.endsWith('.ts')) return new Worker(join(__dirname, 'pdf.js'), options);
  const script = join(__dirname, '..', 'pdfWorker.ts');
  return new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(script)});`, { ...options, eval: true });
}

/**
 * The watchdog: a small thread holding the other end of the worker's `life` port, which closes when the worker
 * ends however it ends (out of memory included); it then marks the signal and wakes the thread waiting on it.
 */
const WATCHDOG = `const { workerData } = require('node:worker_threads');
const { life, signal } = workerData;
life.on('message', () => {});
life.on('close', () => { Atomics.store(signal, 1, 1); Atomics.notify(signal, 0); });`;

function start(): PdfThread {
  const { port1, port2 } = new MessageChannel();
  const { port1: life, port2: watched } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(8));
  const thread = newWorker({ port: port2, signal, life });
  const watchdog = new Worker(WATCHDOG, { eval: true, workerData: { life: watched, signal }, transferList: [watched] });
  thread.unref();
  watchdog.unref();
  port1.unref();
  thread.on('error', () => {
    if (worker?.thread === thread) worker = undefined;
  });
  thread.on('exit', () => {
    if (worker?.thread === thread) worker = undefined;
  });
  watchdog.on('error', () => undefined);
  return { thread, port: port1, signal };
}

/** Sends the file to the worker and waits for its pages. */
function extract(bytes: Uint8Array): PdfExtractResult {
  worker ??= start();
  const { thread, port, signal } = worker;
  function failed(reason: 'too-large' | 'malformed', detail: string): never {
    worker = undefined;
    void thread.terminate();
    throw new ReadError(reason, detail);
  }
  Atomics.store(signal, 0, 0);
  // A copy: the caller's buffer may be a view into a larger one (Node's pool), and stays the caller's.
  port.postMessage(new Uint8Array(bytes));
  const deadline = Date.now() + PDF_LIMITS.timeMs + 5_000;
  while (Atomics.load(signal, 0) !== 1) {
    if (Atomics.load(signal, 1) === 1) failed('too-large', `内存 memory > ${PDF_LIMITS.heapMb} MB`);
    const left = deadline - Date.now();
    if (left <= 0) failed('too-large', `> ${PDF_LIMITS.timeMs / 1000} s`);
    Atomics.wait(signal, 0, 0, left);
  }
  const message = receiveMessageOnPort(port);
  if (!message) failed('malformed', 'no answer from the PDF reader');
  return message.message as PdfExtractResult;
}

export interface PdfResult {
  readonly text: string;
  readonly sourceMap: SourceMap;
  readonly pages: number;
}

export function readPdf(bytes: Uint8Array): PdfResult {
  if (bytes.length > PDF_LIMITS.fileBytes) throw new ReadError('too-large', `${bytes.length} bytes`);
  const r = extract(bytes);
  if (!r.ok) throw new ReadError(r.reason, r.detail ?? '');
  if (!r.pages.some((p) => p.items.some((it) => /[^\s]/.test(it.str)))) throw new ReadError('pdf-no-text');
  const { text, sourceMap, unruledLines } = layoutPdf(r.pages);
  if (unruledLines >= UNRULED_TABLE_LINES) throw new ReadError('pdf-unruled');
  return { text, sourceMap, pages: r.pages.length };
}
