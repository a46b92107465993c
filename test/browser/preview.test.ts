/**
 * The tables preview in a real browser: the page the extension gives its webview (renderPreview, fed
 * with what the server answers for seed 002 with one wrong total) rendered by headless Chromium under
 * its own Content Security Policy. The wrong cell must be marked — in the DOM, in the computed style
 * and in the pixels of a screenshot — and nothing else.
 *
 * Chromium is Debian's (installed when missing, as for the extension's suite). With
 * GOVREPORT_SCREENSHOTS=<dir> the screenshot is also written there (`npm run screenshots`).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { analyze, previewOf } from '../../shared/src';
import { renderPreview } from '../../client/src/preview/render';
import { Doc } from '../helpers/doc';
// @ts-expect-error: an ES module of the e2e harness, without type declarations
import { ensureChromium } from '../e2e/tools.mjs';

/** The browser globals the page callbacks use (the project is type-checked without the DOM library). */
interface BrowserGlobals {
  getComputedStyle(e: unknown): { readonly backgroundColor: string };
  readonly scrollX: number;
  readonly scrollY: number;
}

/** The error fallback colour of render.ts (outside VS Code no theme variable is defined). */
const ERROR_BACKGROUND = [0xfd, 0xe7, 0xe9] as const;

function page002(lang: 'zh-CN' | 'en'): string {
  const { model, findings } = analyze(Doc.seed('002').setCell('requests', '本年新收', 6, '180').text);
  const view = { ...previewOf(model.tables, findings, lang), version: 2, checkedAt: '2026-11-24T10:00:00.000Z' };
  return renderPreview(view, { lang, nonce: 'dGVzdC1ub25jZQ==', name: '002_34f9d804b0bc0efa.txt' });
}

function screenshotDir(): string {
  const dir = process.env.GOVREPORT_SCREENSHOTS;
  if (!dir) return mkdtempSync(join(tmpdir(), 'govreport-preview-'));
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('the tables preview in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];
  const out = screenshotDir();

  before(async () => {
    const executablePath = (ensureChromium as () => string)();
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.setContent(page002('zh-CN'), { waitUntil: 'load' });
  });
  after(async () => {
    await browser?.close();
  });

  it('draws the three tables with every row and column', async () => {
    assert.deepEqual(await page.$$eval('section.table', (s) => s.map((e) => e.getAttribute('data-kind'))), ['active', 'requests', 'review']);
    // Table 三: 25 data rows of 7 figures; table 四: one row of 15 under a two-level header.
    assert.equal(await page.$$eval('section.table-requests tr:has(th[scope=row])', (r) => r.length), 25);
    assert.equal(await page.$$eval('section.table-requests tr:has(th[scope=row]) td', (c) => c.length), 175);
    assert.equal(await page.$$eval('section.table-review td', (c) => c.length), 15);
    assert.equal(await page.$$eval('section.table-review th[scope=colgroup]', (c) => c.length), 3);
  });

  it('marks the wrong total, and only it, with its finding as the tooltip', async () => {
    const marked = await page.$$eval('td.sev-error, td.sev-warning', (cells) => cells.map((c) => ({ text: c.textContent, title: c.getAttribute('title'), column: c.getAttribute('data-column') })));
    assert.equal(marked.length, 1);
    assert.equal(marked[0]!.text, '180');
    assert.equal(marked[0]!.column, '总计');
    assert.match(marked[0]!.title ?? '', /^\[row-total\] 表三“一、本年新收政府信息公开申请数量”行“总计”列应为 178，表中为 180/);
    const bg = await page.$eval('td.sev-error', (c) => (globalThis as unknown as BrowserGlobals).getComputedStyle(c).backgroundColor);
    assert.equal(bg, `rgb(${ERROR_BACKGROUND.join(', ')})`);
  });

  it('shows the mark in the pixels: the wrong cell is tinted, its neighbour is not', async () => {
    const shot = await page.screenshot({ fullPage: true });
    writeFileSync(join(out, 'preview.png'), shot);
    const png = PNG.sync.read(shot);
    const rgbAt = async (selector: string) => {
      const box = await page.$eval(selector, (e) => {
        const r = e.getBoundingClientRect();
        const w = globalThis as unknown as BrowserGlobals;
        return { x: r.left + w.scrollX, y: r.top + w.scrollY, w: r.width, h: r.height };
      });
      // A point inside the cell, clear of the outline and of the figure's glyphs.
      const x = Math.round(box.x + 4);
      const y = Math.round(box.y + box.h / 2);
      const i = (y * png.width + x) * 4;
      return [png.data[i], png.data[i + 1], png.data[i + 2]];
    };
    assert.deepEqual(await rgbAt('td.sev-error'), [...ERROR_BACKGROUND]);
    // The 171 of the same row: white.
    assert.deepEqual(await rgbAt('section.table-requests tr:has(td.sev-error) td:first-of-type'), [255, 255, 255]);
  });

  it('runs under its Content Security Policy without a violation', () => {
    assert.deepEqual(violations, []);
  });

  it('renders in English as well', async () => {
    const en = await browser.newPage();
    await en.setContent(page002('en'), { waitUntil: 'load' });
    assert.match((await en.textContent('h1')) ?? '', /^Tables preview/);
    assert.match((await en.getAttribute('td.sev-error', 'title')) ?? '', /should be 178/);
    await en.close();
  });
});
