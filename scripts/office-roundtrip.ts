/**
 * The readers on documents a real office suite made (README, "Reading PDF"): each report — the five seeds, and
 * any report texts given as arguments — is written as an office's HTML (the template's tables as real tables with
 * their merged cells, once with every border drawn and once without borders; headings as paragraphs; 仿宋_GB2312 or
 * 宋体, which LibreOffice replaces by a CJK font it has; A4 with the official margins; a page number `— N —` in
 * the footer of most, the title in the header of some, a first-line indent in most; table 三 of every third cut in
 * two by a page break) and converted by LibreOffice (`soffice` on the PATH; Debian: libreoffice-writer-nogui
 * fonts-noto-cjk) to .docx, .doc, .odt and .pdf, and the .docx again to .odt and .pdf and the .doc to .docx. Each
 * document's findings are compared with its .docx's (its text's when the .docx is the document): identical, differing
 * (the findings printed), refused (the reader's reason), or crashed.
 *
 *   npx tsx scripts/office-roundtrip.ts [report.txt …]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { analyze } from '../shared/src';
import { readReportBytes } from '../shared/node/readers';
import { reportDocument, splitTable, type Block, type SpecCell } from '../test/helpers/documents';
import { SEEDS, SEEDS_DIR } from '../test/helpers/fixtures';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Style { readonly ruled: boolean; readonly font: string; readonly footer: boolean; readonly header: boolean; readonly indent: boolean; readonly fullWidth: boolean }

function htmlTable(t: Extract<Block, { kind: 'table' }>, o: Style): string {
  const grid: (SpecCell | undefined)[][] = t.rows.map((r) => r.flatMap((c) => [c, ...Array.from({ length: (c.span ?? 1) - 1 }, () => undefined)]));
  const rowspan = (ri: number, col: number): number => {
    let n = 1;
    while (grid[ri + n]?.[col]?.vmerge === 'continue') n++;
    return n;
  };
  const border = o.ruled ? 'border:0.5pt solid #000000;' : 'border:none;';
  const trs = grid.map((line, ri) => {
    const tds = line.map((c, col) => {
      if (!c || c.vmerge === 'continue') return '';
      const attrs = `${c.span ? ` colspan="${c.span}"` : ''}${c.vmerge === 'restart' && rowspan(ri, col) > 1 ? ` rowspan="${rowspan(ri, col)}"` : ''}`;
      return `<td${attrs} valign="middle" style="${border}"><p align="center" style="margin:0"><font face="${o.font}" style="font-size:10.5pt">${esc(c.text)}</font></p></td>`;
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  const cols = o.fullWidth ? '' : `<colgroup>${Array.from({ length: t.grid }, () => `<col width="${Math.floor(600 / t.grid)}">`).join('')}</colgroup>`;
  // cellpadding 7 px: about Word's default cell margin (0.19 cm).
  return `<table${o.fullWidth ? ' width="100%"' : ''} border="${o.ruled ? 1 : 0}" cellspacing="0" cellpadding="7" style="border-collapse:collapse;${border}">${cols}<tbody>\n${trs.join('\n')}\n</tbody></table>`;
}

function officeHtml(blocks: readonly Block[], o: Style): string {
  const first = blocks[0]?.kind === 'p' ? blocks[0].text.trim() : '';
  const isTitle = first.length < 70 && /报告$/.test(first);
  const body = blocks.map((b, i) => {
    if (b.kind === 'table') return htmlTable(b, o);
    const text = b.text.trim();
    const pageBreak = b.pageBreak ? 'page-break-before:always;' : '';
    if (i === 0 && isTitle) return `<p align="center" style="${pageBreak}"><font face="方正小标宋简体" style="font-size:22pt">${esc(text)}</font></p>`;
    const face = /^[一二三四五六七八九十]+、/.test(text) ? '黑体' : /^（[一二三四五六七八九十]+）/.test(text) ? '楷体_GB2312' : o.font;
    return `<p style="${pageBreak}text-indent:${o.indent ? 32 : 0}pt;margin:0;line-height:28pt"><font face="${face}" style="font-size:16pt">${esc(text)}</font></p>`;
  });
  const title = isTitle ? first : '政府信息公开工作年度报告';
  const header = o.header ? `<div title="header"><p align="center"><font face="${o.font}" style="font-size:9pt">${esc(title)}</font></p></div>\n` : '';
  const footer = o.footer ? `<div title="footer"><p align="center"><font face="宋体" style="font-size:14pt">— <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> —</font></p></div>\n` : '';
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"><title>${esc(title)}</title>
<style type="text/css">@page { size: 21cm 29.7cm; margin-left: 2.8cm; margin-right: 2.6cm; margin-top: 3.7cm; margin-bottom: 3.5cm }</style>
</head><body lang="zh-CN">
${header}${body.join('\n')}
${footer}</body></html>`;
}

function keys(text: string): string[] {
  return analyze(text).findings.map((f) => `${f.code}|${f.message['zh-CN'].replace(/\s+/g, '')}`).sort();
}

function difference(expected: readonly string[], actual: readonly string[]): { extra: string[]; lost: string[] } {
  const extra = [...actual];
  const lost: string[] = [];
  for (const k of expected) {
    const i = extra.indexOf(k);
    if (i >= 0) extra.splice(i, 1);
    else lost.push(k);
  }
  return { extra, lost };
}

function soffice(args: readonly string[]): void {
  execFileSync('soffice', ['--headless', ...args], { stdio: 'ignore' });
}

function main(): void {
  const sources = [...SEEDS.map((s) => join(SEEDS_DIR, s)), ...process.argv.slice(2)];
  const work = mkdtempSync(join(tmpdir(), 'govreport-office-'));
  try {
    const html = join(work, 'html');
    mkdirSync(html);
    const texts = new Map<string, string>();
    let k = 0;
    for (const path of sources) {
      const name = basename(path, '.txt').replace(/[^\w-]/g, '_');
      const text = readFileSync(path, 'utf8');
      texts.set(name, text);
      const blocks = reportDocument(text);
      for (const ruled of [true, false]) {
        k++;
        const style: Style = { ruled, font: k % 2 ? '宋体' : '仿宋_GB2312', footer: k % 3 !== 0, header: k % 4 === 2, indent: k % 5 !== 0, fullWidth: k % 2 === 0 };
        let bl = blocks;
        if (k % 3 === 0) {
          try {
            bl = splitTable(blocks, 10, 17, [{ kind: 'p', text: '', pageBreak: true }]);
          } catch {
            // no table 三
          }
        }
        writeFileSync(join(html, `${name}.${ruled ? 'ruled' : 'plain'}.html`), officeHtml(bl, style));
      }
    }
    const inputs = readdirSync(html).map((f) => join(html, f));
    const out = (dir: string) => join(work, dir);
    for (const [dir, filter] of [['docx', 'docx:MS Word 2007 XML'], ['doc', 'doc:MS Word 97'], ['odt', 'odt:writer8'], ['pdf', 'pdf:writer_pdf_Export']] as const) {
      soffice(['--infilter=HTML (StarWriter)', '--convert-to', filter, '--outdir', out(dir), ...inputs]);
    }
    soffice(['--convert-to', 'pdf:writer_pdf_Export', '--outdir', out('docx-pdf'), ...readdirSync(out('docx')).map((f) => join(out('docx'), f))]);
    soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', out('doc-docx'), ...readdirSync(out('doc')).map((f) => join(out('doc'), f))]);
    soffice(['--convert-to', 'odt:writer8', '--outdir', out('docx-odt'), ...readdirSync(out('docx')).map((f) => join(out('docx'), f))]);

    const counts = new Map<string, Record<string, number>>();
    for (const dir of ['docx', 'doc', 'odt', 'docx-odt', 'pdf', 'docx-pdf', 'doc-docx']) {
      for (const file of readdirSync(out(dir)).sort()) {
        const [name, border] = file.split('.') as [string, string];
        const tally = counts.get(`${dir} ${border}`) ?? { identical: 0, differing: 0, refused: 0, crashed: 0 };
        counts.set(`${dir} ${border}`, tally);
        let expected: string[];
        if (dir === 'docx') expected = keys(texts.get(name)!);
        else {
          const docx = readReportBytes(readFileSync(join(out('docx'), `${name}.${border}.docx`)), 'r.docx');
          expected = docx.ok ? keys(docx.text) : [];
        }
        try {
          const r = readReportBytes(readFileSync(join(out(dir), file)), file);
          if (!r.ok) {
            tally.refused!++;
            console.log(`${dir}/${file}: refused (${r.reason})`);
            continue;
          }
          const d = difference(expected, keys(r.text));
          if (d.extra.length + d.lost.length === 0) tally.identical!++;
          else {
            tally.differing!++;
            console.log(`${dir}/${file}:\n  extra ${JSON.stringify(d.extra)}\n  lost ${JSON.stringify(d.lost)}`);
          }
        } catch (e) {
          tally.crashed!++;
          console.log(`${dir}/${file}: crashed ${(e as Error).stack}`);
        }
      }
    }
    console.log('\n| document | border | identical | differing | refused | crashed |\n| --- | --- | --- | --- | --- | --- |');
    for (const [key, t] of counts) console.log(`| ${key.replace(' ', ' | ')} | ${t.identical} | ${t.differing} | ${t.refused} | ${t.crashed} |`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
