/** The .html reader: published report pages in, the text the core reads out. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { analyze } from '../../shared/src';
import { readHtml } from '../../shared/node/readers/html';
import { locate, readReportBytes, type ReadResult } from '../../shared/node/readers';
import { buildDocx, buildHtml, reportDocument, splitTable, type Block } from '../helpers/documents';
import { SEEDS, seed } from '../helpers/fixtures';

function findingKeys(text: string): string[] {
  return analyze(text).findings.map((f) => `${f.code}|${f.message['zh-CN']}`).sort();
}

function ok(r: ReadResult): Extract<ReadResult, { ok: true }> {
  assert.ok(r.ok, `read failed: ${r.ok ? '' : `${r.reason} ${r.detail ?? ''}`}`);
  return r;
}

const page = (body: string, head = '<meta charset="utf-8">') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const lines = (html: string) => readHtml(Buffer.from(html)).text.split('\n');

describe('html reader: each seed as .txt, .docx and .html gives the same findings', () => {
  for (const name of SEEDS) {
    const prefix = name.slice(0, 3);
    it(`${prefix}: UTF-8 page with navigation, scripts and the title outside the article`, () => {
      const text = seed(prefix);
      const blocks = reportDocument(text);
      const html = ok(readReportBytes(Buffer.from(buildHtml(blocks)), 'r.html'));
      const docx = ok(readReportBytes(Buffer.from(buildDocx(blocks)), 'r.docx'));
      const expected = findingKeys(text);
      assert.deepEqual(findingKeys(html.text), expected);
      assert.deepEqual(findingKeys(docx.text), expected);
    });
    it(`${prefix}: GB2312 page (declared in <meta http-equiv>) and GBK page with no declaration`, () => {
      const text = seed(prefix);
      const blocks = reportDocument(text);
      const declared = ok(readReportBytes(iconv.encode(buildHtml(blocks, 'gb2312'), 'gbk'), 'r.htm'));
      assert.equal(declared.encoding, 'GBK');
      assert.deepEqual(findingKeys(declared.text), findingKeys(text));
      const bare = buildHtml(blocks, 'gb2312').replace(/<meta[^>]*>/, '');
      const undeclared = ok(readReportBytes(iconv.encode(bare, 'gbk'), 'r.html'));
      assert.equal(undeclared.encoding, 'gb18030');
      assert.deepEqual(findingKeys(undeclared.text), findingKeys(text));
    });
  }

  it('the page title is put back in front of the article, and the site chrome is gone', () => {
    const r = ok(readReportBytes(Buffer.from(buildHtml(reportDocument(seed('001')))), 'r.html'));
    const text = r.text;
    assert.ok(text.startsWith('湘潭县商务局2024年政府信息公开工作'), text.slice(0, 40));
    for (const chrome of ['首页', '当前位置', '主办单位', '隐藏的统计代码', 'document.write', '不是正文']) assert.ok(!text.includes(chrome), chrome);
  });
});

describe('html reader: an article whose own title names no body, under an <h1> naming it', () => {
  // The <h1> holds 湘潭县商务局2024年…; the article opens with 2024年政府信息公开工作年度报告 (the body in its letterhead).
  const text = seed('001').replace('湘潭县商务局2024年政府信息公开工作\n\n年度报告', '湘潭县商务局2024年政府信息公开工作年度报告\n2024年政府信息公开工作年度报告');

  it('the body from the <h1> goes in front, making a title of two lines; the same findings as the report with its title', () => {
    const r = ok(readReportBytes(Buffer.from(buildHtml(reportDocument(text))), 'r.html'));
    assert.deepEqual(r.text.split('\n').slice(0, 2).map((l) => l.trim()), ['湘潭县商务局', '2024年政府信息公开工作年度报告']);
    assert.deepEqual(findingKeys(r.text), findingKeys(seed('001')));
  });

  it('an <h1> naming no body either leaves the article as it is', () => {
    const bare = text.replace('湘潭县商务局2024年政府信息公开工作年度报告', '2024年政府信息公开工作年度报告');
    const r = ok(readReportBytes(Buffer.from(buildHtml(reportDocument(bare))), 'r.html'));
    assert.equal(r.text.trim().split('\n')[0]!.trim(), '2024年政府信息公开工作年度报告');
  });
});

describe('html reader: pages written by LibreOffice', () => {
  for (const prefix of ['000', '002']) {
    it(`${prefix}: the same findings as the text`, () => {
      const bytes = readFileSync(join(__dirname, '..', 'fixtures', 'html', `${prefix}.libreoffice.html`));
      const r = ok(readReportBytes(bytes, 'r.html'));
      assert.deepEqual(findingKeys(r.text), findingKeys(seed(prefix)));
    });
  }
});

describe('html reader: layout', () => {
  it('ordered lists show the numbers a browser draws (type, start, value, list-style-type), on the item\'s first line', () => {
    const html = page(`<ol><li><p>总体情况</p></li><li>主动公开</li></ol><ol start="3" type="I"><li>甲</li><li value="7">乙</li></ol>
      <ol style="list-style-type: cjk-ideographic"><li>总体情况</li><li>主动公开政府信息情况</li></ol><ul><li>要点</li></ul>`);
    assert.deepEqual(lines(html), ['1. 总体情况', '2. 主动公开', 'III. 甲', 'VII. 乙', '一、总体情况', '二、主动公开政府信息情况', '要点']);
  });

  it('block elements and <br> end lines; inline elements do not; whitespace collapses; scripts, styles, nav, forms, hidden elements are left out', () => {
    const html = page(`<nav>导航</nav><div>一、<b>总体</b>
      情况</div><p>第一行<br>第二行<br><br>第四行</p><script>x()</script><style>p{}</style>
      <form><input value="搜索"></form><p style="display: none">隐藏</p><p hidden>也隐藏</p><ul><li>甲</li><li>乙</li></ul><pre>预  格式
第二行</pre>`);
    assert.deepEqual(lines(html), ['一、总体情况', '第一行', '第二行', '', '第四行', '甲', '乙', '预  格式', '第二行']);
  });

  it('ruby annotations (pinyin a site\'s reading aid writes over each character) are not the text', () => {
    const html = page('<p>本<ruby>報<rp>(</rp><rt>bào</rt><rp>)</rp></ruby><ruby>告<rt>gào</rt></ruby>依據條例</p><p>一、總體情況</p>');
    assert.deepEqual(lines(html), ['本報告依據條例', '一、總體情況']);
  });

  it('an image alone on its line is read as [图片] after the first words; an image beside words, hidden, or in the letterhead adds nothing', () => {
    const html = page('<p><img src="banner.png"></p><p>一、总体情况</p><p><img src="t2.png"></p><div><span><img src="t3.jpg"></span><br>下一行</div><p>文字<img src="icon.gif">文字</p><p><img src="x.png" style="display:none"></p>');
    assert.deepEqual(lines(html), ['一、总体情况', '[图片]', '[图片]', '下一行', '文字文字']);
  });

  it('a source line break inside Chinese text renders as nothing (CSS segment break rule, as Word and CMS editors wrap), elsewhere as a space', () => {
    const html = page(`<p class=MsoNormal><span style='font-family:仿宋_GB2312'>全年共收到政府信息公开申请13件，升级“湘
易办”平台，其他法律和
行政法规禁止公开<o:p></o:p></span></p><table><tr><td><p class=MsoNormal>2.申请人逾期未按收费通知要求缴纳费
用</p></td><td>1<span>7</span>8</td></tr></table>`);
    assert.deepEqual(lines(html), ['全年共收到政府信息公开申请13件，升级“湘易办”平台，其他法律和行政法规禁止公开', '2.申请人逾期未按收费通知要求缴纳费用\t178', '']);
    // Quiet: a break beside Latin letters or digits, or a run with no break, stays one space.
    const quiet = page(`<p>2024
年 Word
文档，见 附件<br>商业  企业</p>`);
    assert.deepEqual(lines(quiet), ['2024 年 Word 文档，见 附件', '商业 企业']);
  });

  it('data tables: one line per row, rowspan-covered cells are empty fields, colspan one field; the grid column is kept', () => {
    const html = page(`<table>
      <tr><td rowspan="3" colspan="2">（本列数据的勾稽关系）</td><td colspan="2">申请人情况</td></tr>
      <tr><td>自然人</td><td>总计</td></tr>
      <tr><td>1</td><td>1</td></tr>
      <tr><th>三、本年度办理结果</th><td rowspan="2">（一）予以公开</td><td>2</td><td>3</td></tr>
      <tr><td>商业<br>企业</td><td>4</td><td>5</td></tr>
    </table><p>表后</p>`);
    const r = readHtml(Buffer.from(html));
    assert.deepEqual(r.text.split('\n'), [
      '（本列数据的勾稽关系）\t申请人情况',
      '\t自然人\t总计',
      '\t1\t1',
      '三、本年度办理结果\t（一）予以公开\t2\t3',
      '商业企业\t\t4\t5',
      '',
      '表后',
    ]);
    const cols = r.sourceMap.lines.map((o) => (o?.kind === 'row' ? o.cells.map((c) => c.column) : undefined));
    assert.deepEqual(cols.slice(0, 5), [[1, 3], [1, 3, 4], [1, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]]);
  });

  it('a line break in a cell (<br>, or the cell\'s paragraphs) joins directly where Chinese meets Chinese, else with a space, as the .docx reader joins a cell\'s lines', () => {
    const html = page('<table><tr><td>1.申请人无正当理由逾期不补正、<br>行政机关不再处理其政府信息公开申请</td><td><p>（一）</p><p>予以公开</p></td><td>2030.<br/>5</td><td>a<br>b</td></tr></table>');
    assert.deepEqual(lines(html)[0], '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t（一）予以公开\t2030. 5\ta b');
  });

  it('a seed whose table labels are broken by <br> gives the findings of its text', () => {
    const text = seed('002');
    const html = buildHtml(reportDocument(text)).replace(/、(行政机关不再)/g, '、<br>$1').replace('（三）不予公开', '（三）<br/>\n不予公开');
    assert.ok(html.includes('<br>行政机关'));
    assert.deepEqual(findingKeys(ok(readReportBytes(Buffer.from(html), 'r.html')).text), findingKeys(text));
  });

  it('a zero-width space or soft hyphen between two digits (&#8203;, &shy;) is not read, in a paragraph or a cell', () => {
    const html = page('<p>共收到申请3&#8203;5件，其中&#8203;自然人1&shy;7件。</p><table><tr><td>（七）总计</td><td>1&#8203;78</td></tr></table>');
    assert.deepEqual(lines(html).slice(0, 2), ['共收到申请35件，其中\u200b自然人17件。', '（七）总计\t178']);
  });

  it('Word\'s zero-height spacer row ending a table is not a row; an empty row that shows still is', () => {
    const spacer = `<![if !supportMisalignedColumns]><tr height=0><td width=57 style='border:none'></td><td width=57 style='border:none'></td></tr><![endif]>`;
    const r = readHtml(Buffer.from(page(`<table><tr><td>规章</td><td>0</td></tr>${spacer}</table><table><tr><td>甲</td><td>1</td></tr></table>`)));
    assert.deepEqual(r.text.split('\n'), ['规章\t0', '', '甲\t1', '']);
    const shown = readHtml(Buffer.from(page(`<table><tr><td>规章</td><td>0</td></tr><tr><td></td><td></td></tr><tr style="height:0pt"><td>x</td><td></td></tr></table>`)));
    assert.deepEqual(shown.text.split('\n'), ['规章\t0', '\t\t', 'x\t', '']);
    assert.deepEqual(shown.sourceMap.lines.map((o) => (o?.kind === 'row' ? o.row : undefined)), [1, 2, 3, undefined]);
  });

  it('a layout table (holding another table, or long text) is read as ordinary blocks', () => {
    const long = '正文'.repeat(150);
    const html = page(`<table><tr><td><p>一、总体情况</p><p>${long}</p></td></tr></table>
      <table><tr><td><h2>标题</h2><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>`);
    assert.deepEqual(lines(html), ['一、总体情况', long, '标题', '规章\t0', '']);
  });

  it('a page declaring UTF-8 whose bytes are GBK is read as GBK; undecodable bytes are refused', () => {
    const html = page('<p>一、总体情况</p>');
    const r = ok(readReportBytes(iconv.encode(html, 'gbk'), 'r.html'));
    assert.equal(r.text, '一、总体情况');
    const bad = Buffer.concat([Buffer.from('<html><body><p>'), Buffer.from([0xff, 0xff, 0xfe, 0x81, 0x20]), Buffer.from('</p></body></html>')]);
    const refused = readReportBytes(bad, 'r.html');
    assert.equal(refused.ok, false);
  });

  it('UTF-16 with BOM; a page with no body; garbage does not crash', () => {
    const html = page('<p>二、主动公开政府信息情况</p>', '');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    assert.equal(ok(readReportBytes(utf16, 'r.html')).text, '二、主动公开政府信息情况');
    assert.equal(ok(readReportBytes(Buffer.from(''), 'r.html')).text, '');
    const garbage = Buffer.from('<<table><tr><td rowspan="999999999" colspan="-3">x</td></table></p></div><td>y');
    assert.doesNotThrow(() => readReportBytes(garbage, 'r.html'));
  });
});

describe('html reader: a table split in parts', () => {
  it('table 三 split into two page tables is one table 三: rows numbered on, the same findings and cells as unsplit', () => {
    const blocks = reportDocument(seed('002'));
    // The editor's cut before row 17: cells merged across it start again in the second part, with their label.
    const split = splitTable(blocks, 10, 17, [{ kind: 'p', text: '' }]);
    const where = (bs: Block[]) => {
      const r = ok(readReportBytes(Buffer.from(buildHtml(bs)), 'r.html'));
      const { model, findings } = analyze(r.text);
      const kindAt = (line: number) => model.tables.find((x) => x.startLine <= line && line <= x.endLine)?.kind;
      return findings.map((f) => `${f.code}|${f.message['zh-CN']}|${JSON.stringify(r.format === 'text' ? undefined : locate(r.sourceMap, f.range, kindAt)?.row)}`).sort();
    };
    const whole = where(blocks);
    assert.ok(whole.some((w) => w.startsWith('label-variant') && w.endsWith('|24')), whole.join('\n'));
    assert.deepEqual(where(split), whole);
  });
});

describe('html reader: locations agree with the .docx reader', () => {
  it('every finding of a seed names the same table, row and column from .docx and from .html', () => {
    const text = seed('002');
    const blocks = reportDocument(text);
    const where = (r: Extract<ReadResult, { ok: true }>) => {
      const { model, findings } = analyze(r.text);
      const kindAt = (line: number) => model.tables.find((t) => t.startLine <= line && line <= t.endLine)?.kind;
      return findings.map((f) => `${f.code} ${JSON.stringify(r.format === 'text' ? undefined : locate(r.sourceMap, f.range, kindAt))}`);
    };
    const docx = where(ok(readReportBytes(Buffer.from(buildDocx(blocks)), 'r.docx')));
    const html = where(ok(readReportBytes(Buffer.from(buildHtml(blocks)), 'r.html')));
    assert.ok(docx.some((w) => w.includes('"tableName":"表三","row":9,"column":3')), docx.join('\n'));
    // Paragraph numbers differ (the page has other blocks); tables, rows and columns do not.
    const tablesOnly = (ws: string[]) => ws.filter((w) => w.includes('"table"'));
    assert.deepEqual(tablesOnly(html), tablesOnly(docx));
  });
});
