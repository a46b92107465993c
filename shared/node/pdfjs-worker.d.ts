/** pdf.js's worker module, run in the PDF worker thread as `globalThis.pdfjsWorker` (its package declares no types for it). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
