/**
 * A PDF built to exhaust the reader's memory. Its own file, so its own process: the PDF worker is started here,
 * on the first read, with the small heap set below.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { describeFailure, readReportBytes } from '../../shared/node/readers';
import { PDF_LIMITS } from '../../shared/node/readers/pdf';
import { minimalPdf, textAt } from '../helpers/pdf';

PDF_LIMITS.heapMb = 64;

describe('pdf reader out of memory', () => {
  it('a page of 150,000 text items, past a 64 MB heap: refused within seconds, not at the deadline; the next PDF is read', () => {
    let ops = '';
    for (let i = 0; i < 150_000; i++) ops += textAt((i % 50) * 10, 800 - (Math.floor(i / 50) % 780), `x${i}`) + '\n';
    const t0 = Date.now();
    const r = readReportBytes(minimalPdf([ops]), 'bomb.pdf');
    const ms = Date.now() - t0;
    assert.ok(!r.ok, 'read');
    assert.equal(r.reason, 'too-large');
    assert.match(r.detail ?? '', /^内存 memory > 64 MB$/);
    assert.equal(describeFailure(r, 'zh-CN'), '文件过大，已跳过（内存 memory > 64 MB）');
    assert.ok(ms < PDF_LIMITS.timeMs / 2, `${ms} ms`);

    // A new worker for the next file, with the usual heap (pdf.js through tsx needs more than 64 MB).
    PDF_LIMITS.heapMb = 1024;
    const next = readReportBytes(readFileSync(join(__dirname, '..', 'fixtures', 'pdf', '003.ruled.pdf')), '003.pdf');
    assert.ok(next.ok, JSON.stringify(next));
    assert.match(next.text, /收到和处理政府信息公开申请情况/);
  });
});
