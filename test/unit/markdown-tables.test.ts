/**
 * Reports converted to Markdown: tables as converters write them (`| 一、本年新收… | 171 | 7 | … |`
 * under a `|---|` rule) are read as the same tables as Word's TAB-separated rows, with every cell's
 * range on its own figure; headings marked `## ` are read as headings, the marker an export leftover.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { automaticFix, parseReport } from '../../shared/src';
import { scanLine, scanLines } from '../../shared/src/parse/lines';
import { splitLines } from '../../shared/src/text';
import { Doc, detachedPipes, pdfCopy, pipeCells, relayout } from '../helpers/doc';
import { applyFix, expectFigureFixed, expectNone, findingsOf, newFindings, only } from '../helpers/findings';
import { SEEDS, seed } from '../helpers/fixtures';

/**
 * A report's tables, row per line, with their cells parted by pipes: framed (`| a | b |`, a GitHub rule
 * `| --- | --- |` under each table's first row), or unframed with `sep` between cells and, when `rule`, a
 * rule (`--- | ---`) under each table's first row.
 */
function pipeTables(text: string, frame: boolean, sep = ' | ', rule = frame): string {
  const out: string[] = [];
  let inTable = false;
  for (const line of relayout(text, 'row').split('\n')) {
    if (!line.includes('\t')) {
      inTable = false;
      out.push(line);
      continue;
    }
    const cells = line.split('\t');
    out.push(frame ? `| ${cells.join(' | ')} |` : cells.join(sep));
    if (rule && !inTable) out.push(frame ? `|${cells.map(() => ' --- ').join('|')}|` : cells.map(() => '---').join(sep));
    inTable = true;
  }
  return out.join('\n');
}

/** A report's tables, row per line, rewritten as Markdown: cells between pipes, a rule after the first row of each table. */
const toMarkdown = (text: string): string => pipeTables(text, true);

const messages = (text: string) => findingsOf(text).map((f) => `${f.code} ${f.message['zh-CN']}`).sort();

/**
 * Seed 002 as `good` (its tables written in some layout), with the figure 92 of row （一）予以公开, written
 * `written(92)` there, typed as 93: found on its own digits, and its fix gives `good` back.
 */
function expectTyped92Fixed(good: string, written: (figure: number) => string): void {
  const lines = good.split('\n');
  const at = lines.findIndex((l) => l.includes(`（一）予以公开${written(92)}`));
  assert.ok(at >= 0);
  lines[at] = lines[at]!.replace(written(92), written(93));
  expectFigureFixed(good, lines.join('\n'), at, '93');
}

describe('Markdown tables', () => {
  it('a line from pipe to pipe is a row, or a rule when it holds only dashes; anything else is not a table line', () => {
    const row = scanLine('| 自然人 | 171 |');
    assert.equal(row.markdown, 'row');
    assert.equal(row.tabular, true);
    assert.equal(scanLine('  |---|:---:| --- |  ').markdown, 'rule');
    // Without the opening pipe, as web-page-to-text tools write rows: a row when another pipe comes before the closing one.
    assert.equal(scanLine('自然人 | 171 |').markdown, 'row');
    for (const text of ['| 自然人 | 171', '全年共收到申请178件。', '自然人 | 171']) {
      assert.equal(scanLine(text).markdown, undefined, text);
      assert.equal(scanLine(text).tabular, false, text);
    }
    assert.equal(scanLine('自然人\t171').tabular, true);
  });

  it('a mistyped total on a line that ends its row (99 | ||) is found on its own digits, and its fix restores the table', () => {
    const good = pipeCells(seed('002'), 'joined');
    const lines = good.split('\n');
    const at = lines.indexOf('（一）予以公开 |');
    const total = lines.findIndex((l, i) => i > at && l.endsWith(' | ||'));
    assert.equal(lines[total], '99 | ||');
    lines[total] = '100 | ||';
    expectFigureFixed(good, lines.join('\n'), total, '100');
  });

  it('a line holding one cell closed by a pipe (规章 |), or only pipes (an empty cell), is a cell line', () => {
    for (const text of ['规章 |', '  0 |', '|', '||', '|||']) {
      assert.equal(scanLine(text).markdown, 'cell', text);
      assert.equal(scanLine(text).tabular, true, text);
    }
    for (const text of ['规章|', '全年共收到申请178件。', '| 规章']) assert.equal(scanLine(text).markdown, undefined, text);
  });

  for (const name of SEEDS) {
    const prefix = name.slice(0, 3);
    for (const between of ['blank', 'none', 'placeholders', 'joined'] as const) {
      const how = { blank: '', none: ', no blank line between rows', placeholders: ', each row closed by a line of pipes (||)', joined: ', each row closed by pipes on its last cell’s line (0 | ||)' }[between];
      it(`${prefix}: cells one per line closed by pipes${how} read as the TAB-separated cells`, () => {
        const tabs = relayout(seed(prefix), 'cell');
        const piped = pipeCells(seed(prefix), between);
        assert.deepEqual(messages(piped), messages(tabs));
        assert.deepEqual(
          parseReport(piped).tables.map((t) => [t.kind, t.rows.length, t.rows.map((r) => r.cells.map((c) => c.raw.trim()).join(','))]),
          parseReport(tabs).tables.map((t) => [t.kind, t.rows.length, t.rows.map((r) => r.cells.map((c) => c.raw.trim()).join(','))]),
        );
      });
    }
  }

  for (const name of SEEDS) {
    const prefix = name.slice(0, 3);
    it(`${prefix}: a row's closing pipes on the line of its last cell (0  | ||) read as the TAB-separated cells`, () => {
      const tabs = relayout(seed(prefix), 'cell');
      // The `||` line closing each row joins the cell line above it, where that line holds a cell's text.
      const lines = pipeCells(seed(prefix), 'placeholders').split('\n');
      const joined: string[] = [];
      for (const l of lines) {
        const above = joined[joined.length - 1];
        if (l === '||' && above !== undefined && /\S \|$/.test(above) && !above.startsWith('|')) joined[joined.length - 1] = `${above} ||`;
        else joined.push(l);
      }
      const piped = joined.join('\n');
      assert.ok(/\n\d+ \| \|\|\n/.test(piped));
      // Before, such a line was a row of its own: its figure left its row (a row of one cell, 行政许可, had none).
      assert.deepEqual(messages(piped), messages(tabs));
      assert.deepEqual(
        parseReport(piped).tables.map((t) => [t.kind, t.rows.length, t.rows.map((r) => r.cells.map((c) => c.raw.trim()).join(','))]),
        parseReport(tabs).tables.map((t) => [t.kind, t.rows.length, t.rows.map((r) => r.cells.map((c) => c.raw.trim()).join(','))]),
      );
    });
  }

  it('a label and the pipes of its row on one line among rows one per line stays a row: its blank cell is reported', () => {
    // As a web page gives table 二 row per line, 行政许可's figure left blank (`行政许可 | |||`).
    const rows = relayout(seed('002'), 'row').split('\n').map((l) => (l.includes('\t') ? `${l.split('\t').join(' | ')} |` : l));
    const at = rows.findIndex((l) => l.startsWith('行政许可 |'));
    rows[at] = '行政许可 | |||';
    const found = findingsOf(rows.join('\n'));
    assert.ok(found.some((f) => f.code === 'empty-cell' && f.message['zh-CN'].includes('表二')), JSON.stringify(found.map((f) => f.code)));
    assert.ok(!found.some((f) => f.code === 'cell-count'));
  });

  it('rows closed by lines of pipes keep their blank cells, in a table 三 with few figures cut short after a blank row', () => {
    // Table 三 as the text of a web page gives it: blank cells as `|`, each row closed by the pipes of the
    // cells its spanning label covers, the header's rows by longer runs of pipes; the page cut off after
    // a row left wholly blank. (The pipes used to be read as one more blank cell each, which made every
    // row one cell too wide, and this table had no rows at all.)
    const blankedAndCut = (text: string) => {
      const lines = text.split('\n');
      let end = 0;
      for (const label of ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开']) {
        const at = lines.findIndex((l) => l.replace(/[\t |]/g, '') === label);
        const whole = label === '（一）予以公开' ? 7 : 6;
        for (let k = 1; k <= whole; k++) lines[at + k] = lines[at + k]!.startsWith('\t') ? '\t' : '|';
        end = at + 7;
      }
      return lines.slice(0, end + 1).join('\n');
    };
    const tabs = blankedAndCut(relayout(seed('002'), 'cell'));
    const piped = blankedAndCut(pipeCells(seed('002'), 'placeholders').replace('申请人情况 |\n||', '申请人情况 |\n||||||||'));
    const rowsOf = (text: string) => parseReport(text).tables.map((t) => [t.kind, t.rows.length, t.rows.map((r) => r.cells.map((c) => c.raw.trim()).join(','))]);
    assert.deepEqual(rowsOf(piped), rowsOf(tabs));
    const requests = parseReport(piped).tables.find((t) => t.kind === 'requests')!;
    assert.deepEqual(requests.rows.map((r) => r.spec?.id), ['new', 'carried', 'open']);
    assert.deepEqual(requests.rows[0]!.cells.map((c) => (c.value.kind === 'number' ? c.value.value : c.value.kind)), [...Array(6).fill('empty'), 178]);
    assert.deepEqual(requests.rows[2]!.cells.map((c) => c.value.kind), Array(7).fill('empty'));
    assert.deepEqual(messages(piped), messages(tabs));
  });

  it('rows closed by a pipe with the spanned cells’ pipes after them (行政处罚 | 5 | ||): a row whose value is blank (行政许可 | |||) is that row with a blank cell, not a cell ending another row', () => {
    const tabs = relayout(seed('001'), 'row');
    const close = (cells: string[]) => (cells[0] === '' ? `| ${cells.join(' | ')} |` : `${cells.join(' | ')} |`);
    const closed = tabs.split('\n').map((l) => (l.includes('\t') ? close(l.split('\t')) : l));
    const permits = closed.findIndex((l) => l.startsWith('行政许可 | 0 |'));
    const fines = closed.findIndex((l) => l.startsWith('行政处罚 | 0 |'));
    assert.ok(permits > 0 && fines > 0);
    closed[permits] = '行政许可 | |||';
    closed[fines] = '行政处罚 | 0 | ||';
    const text = closed.join('\n');
    const active = parseReport(text).tables.find((t) => t.kind === 'active')!;
    const row = active.rows.find((r) => r.spec?.id === 'license')!;
    assert.deepEqual(row.cells.map((c) => c.value.kind), ['empty']);
    expectNone(text, 'cell-count');
    assert.equal(only(findingsOf(text), 'empty-cell').length, 1);
  });

  it('a mistyped figure in cells closed by pipes is found on its own digits, and its fix restores the table', () => {
    const good = pipeCells(seed('002'), 'none');
    const lines = good.split('\n');
    const at = lines.indexOf('（一）予以公开 |');
    assert.equal(lines[at + 1], '92 |');
    lines[at + 1] = '93 |';
    expectFigureFixed(good, lines.join('\n'), at + 1, '93');
  });

  for (const name of SEEDS) {
    const prefix = name.slice(0, 3);
    it(`${prefix}: rows closed by a pipe only, without a rule (as web-page text tools write them) read as the TAB-separated tables`, () => {
      const tabs = relayout(seed(prefix), 'row');
      // A row whose first cell is empty keeps the opening pipe, else that pipe would read as the frame.
      const close = (cells: string[]) => (cells[0] === '' ? `| ${cells.join(' | ')} |` : `${cells.join(' | ')} |`);
      const closed = tabs.split('\n').map((l) => (l.includes('\t') ? close(l.split('\t')) : l)).join('\n');
      assert.deepEqual(messages(closed), messages(tabs));
      assert.deepEqual(
        parseReport(closed).tables.map((t) => [t.kind, t.rows.length, t.rows.map((r) => r.cells.map((c) => c.raw.trim()).join(','))]),
        parseReport(tabs).tables.map((t) => [t.kind, t.rows.length, t.rows.map((r) => r.cells.map((c) => c.raw.trim()).join(','))]),
      );
    });

    it(`${prefix}: the same findings as the TAB-separated tables, none added, none lost`, () => {
      const tabs = relayout(seed(prefix), 'row');
      const markdown = toMarkdown(seed(prefix));
      assert.notEqual(markdown, tabs);
      assert.deepEqual(messages(markdown), messages(tabs));
      assert.deepEqual(
        parseReport(markdown).tables.map((t) => [t.kind, t.rows.length]),
        parseReport(tabs).tables.map((t) => [t.kind, t.rows.length]),
      );
    });
  }

  it('rows closed by a pipe only, a row with an empty first cell opening with the pipe after it ( | 0 | 0 | … |): table 四’s blank first figure is found in its cell, as with TABs', () => {
    // Seed 002's table 四 with its first figure (行政复议 结果维持, 8) blank: its row of figures opens with the pipe after the blank.
    const tabs = Doc.seed('002');
    tabs.setCell('review', '', 0, '');
    const rows = relayout(tabs.text, 'row');
    const closed = rows.split('\n').map((l) => (l.includes('\t') ? `${l.split('\t').join(' | ')} |` : l)).join('\n');
    const figures = closed.split('\n').find((l) => l.startsWith(' | 10 | 7 | 0 | 25 |'));
    assert.ok(figures, 'the row of figures opens with a pipe');
    assert.deepEqual(messages(closed), messages(rows));
    assert.deepEqual(
      parseReport(closed).tables.map((t) => [t.kind, t.rows.map((r) => r.cells.map((c) => c.raw.trim()).join(','))]),
      parseReport(rows).tables.map((t) => [t.kind, t.rows.map((r) => r.cells.map((c) => c.raw.trim()).join(','))]),
    );
    const [blank] = only(findingsOf(closed), 'empty-cell');
    assert.ok(blank);
    assert.equal(automaticFix(blank)!.edits[0]!.newText.trim(), '8');
    // The 8 written in the blank cell, before the pipe that closes it.
    assert.match(applyFix(closed, blank).split('\n').find((l) => l.includes('| 10 | 7 | 0 | 25 |'))!, /^\s*8\s*\| 10 \| 7 \| 0 \| 25 \|/);
  });

  it('a mistyped figure is found on its own digits, and its fix restores the table', () => {
    const good = toMarkdown(seed('002'));
    const lines = good.split('\n');
    const at = lines.findIndex((l) => l.startsWith('| （一）予以公开') || l.includes('| （一）予以公开 |'));
    assert.ok(at >= 0);
    // 予以公开: 92 natural persons; make it 93.
    lines[at] = lines[at]!.replace('| 92 |', '| 93 |');
    expectFigureFixed(good, lines.join('\n'), at, '93');
  });

  it('a pipe inside a cell written as \\| stays in the cell', () => {
    const text = toMarkdown(seed('002')).replace('| （一）予以公开 |', '| （一）予以公开\\|依申请 |');
    const open = parseReport(text).tables.find((t) => t.kind === 'requests')!.rows.find((r) => r.spec?.id === 'open')!;
    assert.equal(open.label.trim(), '（一）予以公开\\|依申请');
    assert.deepEqual(open.cells.map((c) => c.raw.trim()), ['92', '7', '0', '0', '0', '0', '99']);
  });

  it('a pipe-framed line in the prose that names no table changes nothing', () => {
    const text = seed('002');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('2.依申请公开方面'));
    lines.splice(at, 0, '| 注：本报告数据截至2024年12月31日 |');
    assert.deepEqual(newFindings(text, lines.join('\n')), []);
  });

  it('a header row names columns: words of row labels in it (本年新收件数, 总计) are not rows', () => {
    const good = toMarkdown(seed('002'));
    const lines = good.split('\n');
    const at = lines.findIndex((l) => l.includes('| （一）予以公开 |'));
    lines.splice(at, 0, '', '| 项目 | 本年新收件数 | 上年结转件数 | 予以公开 | 部分公开 | 结转下年度 | 总计 |', '|---|---|---|---|---|---|---|');
    assert.deepEqual(newFindings(good, lines.join('\n')), []);
  });
});

describe('Cells whose closing pipe stands on the line under them', () => {
  const tablesOf = (text: string) => parseReport(text).tables.map((t) => [t.kind, t.rows.length, t.rows.map((r) => r.cells.map((c) => c.raw.trim()).join(','))]);

  for (const name of SEEDS) {
    const prefix = name.slice(0, 3);
    for (const between of ['none', 'placeholders'] as const) {
      const how = between === 'none' ? '' : ', each row closed by a line of pipes (||)';
      it(`${prefix}: each cell a line with its pipe on the next${how}, read as the TAB-separated cells`, () => {
        const tabs = relayout(seed(prefix), 'cell');
        const detached = detachedPipes(seed(prefix), between);
        assert.ok(detached.includes('\n0\n|\n'));
        // Before, every figure on a line of its own read as a page number, and the tables were not read.
        assert.deepEqual(messages(detached), messages(tabs));
        assert.deepEqual(tablesOf(detached), tablesOf(tabs));
      });
    }
  }

  it('a mistyped figure is found on its own digits, and its fix restores the table', () => {
    const good = detachedPipes(seed('002'));
    const lines = good.split('\n');
    const at = lines.indexOf('（一）予以公开');
    assert.deepEqual(lines.slice(at + 1, at + 3), ['|', '92']);
    lines[at + 2] = '93';
    expectFigureFixed(good, lines.join('\n'), at + 2, '93');
  });

  it('a pipe under one or two lines of text, or under a sentence, stays what it is', () => {
    const scans = (text: string) => scanLines(splitLines(text)).infos.map((i) => i.scan.markdown ?? '-').join(' ');
    // Three cells over their pipes: a table's cells; two: text and pipes as before (the pipe an empty cell).
    assert.equal(scans('规章\n|\n0\n|\n0\n|'), 'cell closer cell closer cell closer');
    assert.equal(scans('规章\n|\n0\n|'), '- cell - cell');
    assert.equal(scans('全年共收到申请3件。\n|\n规章\n|\n0\n|\n0\n|'), '- cell cell closer cell closer cell closer');
    // Part headings over pipes (a menu copied from the page) stay headings, however many.
    const menu = '一、总体情况\n|\n二、主动公开政府信息情况\n|\n三、收到和处理政府信息公开申请情况\n|\n四、政府信息公开行政复议、行政诉讼情况\n|';
    assert.equal(scans(menu), '- cell - cell - cell - cell');
    // A line that closes with its own pipe keeps the lone pipe under it as its row's empty cell.
    assert.equal(scans('规章 |\n|\n0 |\n|\n0 |\n|'), 'cell cell cell cell cell cell');
  });

  it('one cell over its pipe among cells closed on their own lines (0 | / 行政规范性文件 / | / 0 |) is a cell', () => {
    const scans = (text: string) => scanLines(splitLines(text)).infos.map((i) => i.scan.markdown ?? '-').join(' ');
    assert.equal(scans('规章 |\n0 |\n行政规范性文件\n|\n0 |\n0 |'), 'cell cell cell closer cell cell');
    // Not without cell lines on both sides: after the table's last cell, or before its first, it stays text.
    assert.equal(scans('规章 |\n0 |\n附注\n|'), 'cell cell - cell');
    assert.equal(scans('附注\n|\n0 |\n0 |'), '- cell cell cell');
    // A sentence over a pipe stays a sentence, cells around it or not.
    assert.equal(scans('0 |\n全年共收到申请3件。\n|\n0 |'), 'cell - cell cell');
  });

  for (const name of SEEDS) {
    const prefix = name.slice(0, 3);
    it(`${prefix}: one label of table 二 with its pipe on the next line, among cells one per line closed by pipes, reads as the others`, () => {
      const piped = pipeCells(seed(prefix), 'none');
      const lines = piped.split('\n');
      const at = lines.indexOf('行政规范性文件 |');
      assert.ok(at > 0);
      lines.splice(at, 1, '行政规范性文件', '|');
      const one = lines.join('\n');
      // Before, the label was text and the pipe an empty cell: 行政规范性文件 was a missing row.
      assert.deepEqual(messages(one), messages(piped));
      assert.deepEqual(tablesOf(one), tablesOf(piped));
    });
  }
});

describe('Tables parted by pipes without the outer ones', () => {
  const unframed = (text: string, sep: string, rule = false): string => pipeTables(text, false, sep, rule);
  const tablesOf = (text: string) => parseReport(text).tables.map((t) => [t.kind, t.rows.length, t.rows.map((r) => r.cells.map((c) => c.raw.trim()).join(','))]);
  const scans = (...texts: string[]) => scanLines(splitLines(texts.join('\n'))).infos.map((i) => i.scan.markdown ?? (i.tabular ? 'tab' : '-'));

  for (const name of SEEDS) {
    const prefix = name.slice(0, 3);
    for (const [how, sep, rule] of [['a | b | c', ' | ', false], ['a|b|c', '|', false], ['a | b | c under a --- | --- rule', ' | ', true]] as const) {
      it(`${prefix}: rows written ${how} read as the TAB-separated tables, with the same findings`, () => {
        const tabs = relayout(seed(prefix), 'row');
        const piped = unframed(seed(prefix), sep, rule);
        assert.notEqual(piped, tabs);
        assert.deepEqual(messages(piped), messages(tabs));
        assert.deepEqual(tablesOf(piped), tablesOf(tabs));
      });
    }
  }

  it('a mistyped figure in rows without the outer pipes is found on its own digits, and its fix restores the table', () => {
    expectTyped92Fixed(unframed(seed('002'), ' | '), (n) => ` | ${n} |`);
  });

  it('a run of pipe lines is a table with a rule under a row, or with two lines of three cells and three figures', () => {
    assert.deepEqual(scans('信息内容 | 本年处理决定数量', '--- | ---', '行政许可 | 5'), ['row', 'rule', 'row']);
    assert.deepEqual(scans('规章 | 0 | 0 | 0', '行政规范性文件 | 3 | 1 | 20', '行政许可 | 5'), ['row', 'row', 'row']);
    assert.deepEqual(scans('规章|0|0|0', '||行政规范性文件|3|1|20'), ['row', 'row']);
    // A line of two cells is no row without a figure or a rule under it (a caption above the table).
    assert.deepEqual(scans('表一 | 主动公开', '规章 | 0 | 0 | 0', '行政规范性文件 | 3 | 1 | 20'), ['-', 'row', 'row']);
  });

  it('a caption of one cell without a pipe between pipe lines (a row spanning the table) does not end the run', () => {
    // Table 二's blocks: 第二十条第（五）项 spans the table, written without a pipe; the blocks below it have two cells a
    // row (their header of two words, no figure and no rule under it, stays text as before).
    assert.deepEqual(scans('规章|0|0|0', '行政规范性文件|3|1|20', '第二十条第（五）项', '信息内容|本年处理决定数量', '行政许可|5'), ['row', 'row', '-', '-', 'row']);
    // A part's heading, a sentence or a blank line ends it: the two lines after them are a run of their own, no table.
    assert.deepEqual(scans('规章|0|0|0', '行政规范性文件|3|1|20', '三、收到和处理政府信息公开申请情况', '信息内容|本年处理决定数量', '行政许可|5'), ['row', 'row', '-', '-', '-']);
    assert.deepEqual(scans('规章|0|0|0', '行政规范性文件|3|1|20', '详见下表。', '信息内容|本年处理决定数量', '行政许可|5'), ['row', 'row', '-', '-', '-']);
  });

  it('rows written a|b|c, each caption of table 二 a line of its own without a pipe: the tables and findings of the TAB-separated report', () => {
    const tabs = relayout(seed('002'), 'row');
    // Empty cells dropped, as a converter writes a row whose one cell spans the table (`第二十条第（五）项`).
    const piped = tabs.split('\n').map((l) => (l.includes('\t') ? l.split('\t').filter((c) => c.trim() !== '').join('|') : l)).join('\n');
    assert.ok(piped.split('\n').includes('第二十条第（五）项'));
    assert.deepEqual(messages(piped), messages(tabs));
    assert.deepEqual(tablesOf(piped).filter((t) => t[0] === 'active'), tablesOf(tabs).filter((t) => t[0] === 'active'));
  });

  it('a sentence with a pipe, a lone pipe line, and lines of words parted by pipes stay text', () => {
    assert.deepEqual(scans('全年共收到申请178件 | 办结175件'), ['-']);
    assert.deepEqual(scans('一、本年新收 | 171 | 7 | 178'), ['-']);
    assert.deepEqual(scans('首页 | 政务公开 | 年报', '字号 | 打印 | 关闭'), ['-', '-']);
    // Sentences next to each other, each with pipes and figures: prose, whatever their pipes.
    assert.deepEqual(scans('收到申请 | 178件 | 办结 | 175件。', '结转 | 3 | 件 | 5。'), ['-', '-']);
    // A blank line ends a run: two lines apart are two lone lines.
    assert.deepEqual(scans('规章 | 0 | 0 | 0', '', '行政规范性文件 | 3 | 1 | 20'), ['-', '-', '-']);
  });

  it('a sentence with a pipe in the part of a table read without TABs changes nothing', () => {
    const text = pdfCopy(seed('002'));
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('三、收到和处理政府信息公开申请情况'));
    assert.ok(at >= 0);
    lines.splice(at + 1, 0, '本年度新收申请与上年相比 | 增加 | 28件', '数据来源 | 依申请公开系统 | 2024年');
    assert.deepEqual(newFindings(text, lines.join('\n')), []);
    assert.deepEqual(tablesOf(lines.join('\n')), tablesOf(text));
  });
});

describe('Cells parted by a TAB, a pipe and a TAB', () => {
  /** A report's tables, row per line, each TAB between cells written `⇥|⇥`, as some converters write them. */
  const tabPipeTab = (text: string): string => relayout(text, 'row').split('\n').map((l) => (l.includes('\t') ? l.split('\t').join('\t|\t') : l)).join('\n');
  const tablesOf = (text: string) => parseReport(text).tables.map((t) => [t.kind, t.rows.length, t.rows.map((r) => r.cells.map((c) => c.raw.trim()).join(','))]);

  for (const name of SEEDS) {
    const prefix = name.slice(0, 3);
    it(`${prefix}: read as the TAB-separated tables, with the same findings (no pipe is a cell)`, () => {
      const tabs = relayout(seed(prefix), 'row');
      const piped = tabPipeTab(seed(prefix));
      assert.ok(piped.includes('\t|\t'));
      assert.deepEqual(messages(piped), messages(tabs));
      assert.deepEqual(tablesOf(piped), tablesOf(tabs));
    });
  }

  it('a mistyped figure is found on its own digits, and its fix restores the table', () => {
    expectTyped92Fixed(tabPipeTab(seed('002')), (n) => `\t|\t${n}\t|`);
  });

  it('a lone pipe among cells parted by TABs alone stays a cell (reported as no number)', () => {
    const text = relayout(seed('002'), 'row');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('（一）予以公开\t92\t'));
    assert.ok(at >= 0);
    lines[at] = lines[at]!.replace('\t92\t', '\t|\t');
    assert.ok(findingsOf(lines.join('\n')).some((f) => f.code === 'cell-not-number' && f.range.start.line === at));
  });
});

describe('Markdown headings', () => {
  /** Seed 002 with its part headings marked `## ` and its numbered sub-headings `### `. */
  function marked(): { text: string; marks: number } {
    const model = parseReport(seed('002'));
    const lines = seed('002').split('\n');
    let marks = 0;
    for (const p of model.parts) {
      lines[p.headingRange.start.line] = `## ${lines[p.headingRange.start.line]}`;
      marks++;
      for (const s of p.subsections) {
        // Only sub-headings that begin their line (`（一）…`), not numbered sentences inside paragraphs.
        const line = s.markerRange.start.line;
        if (line === p.headingRange.start.line || lines[line]!.slice(0, s.markerRange.start.character).trim() !== '') continue;
        lines[line] = `### ${lines[line]}`;
        marks++;
      }
    }
    return { text: lines.join('\n'), marks };
  }

  it('the marker is blanked and reported; the heading after it is read as before', () => {
    const scan = scanLine('## 一、总体情况');
    assert.deepEqual(scan.artifacts.map((a) => [a.kind, a.start, a.end, a.text]), [['heading-mark', 0, 3, '##']]);
    assert.equal(scan.start, 3);
    assert.equal(scanLine('  ### （一）主动公开').artifacts[0]?.start, 2);
    for (const text of ['#沭阳发布#话题', '###', '## ', 'C# 语言']) assert.deepEqual(scanLine(text).artifacts.filter((a) => a.kind === 'heading-mark'), [], text);
  });

  it('seed 002 with Markdown headings: the same findings, and one hint per marker whose fix removes it', () => {
    const { text, marks } = marked();
    assert.ok(marks >= 8);
    const added = newFindings(seed('002'), text);
    assert.equal(added.length, marks, added.join('\n'));
    assert.ok(added.every((s) => s.startsWith('artifact ')), added.join('\n'));
    assert.deepEqual(newFindings(text, seed('002')), []);
    const hints = only(findingsOf(text), 'artifact').filter((f) => /标题标记/.test(f.message['zh-CN']));
    assert.equal(hints.length, marks);
    assert.match(hints[0]!.message['zh-CN'], /^标题标记残留：标题前的“##”（Markdown 格式），发布时应删除。$/);
    let fixed = text;
    for (const f of hints.reverse()) fixed = applyFix(fixed, f);
    assert.equal(fixed, seed('002'));
  });
});

describe('a line break inside a Markdown table’s cell, written <br> (as converters write a cell of two paragraphs)', () => {
  const base = toMarkdown(seed('002'));
  const R21 = '1.申请人无正当理由逾期不补正、行政机关不再受理其政府信息公开申请';
  for (const br of ['<br>', '<br/>', '<br />']) {
    it(`labels broken by ${br}: read as the whole labels, nothing new (the variant of 其他处理 item 1 named as before)`, () => {
      const text = base
        .replace('| 一、本年新收政府信息公开申请数量 |', `| 一、本年新收政府${br}信息公开申请数量 |`)
        .replace('4.无正当理由大量反复申请', `4.无正当理由${br}大量反复${br}申请`)
        .replace(R21, `1.申请人无正当理由${br}逾期不补正、行政机关不再${br}受理其政府信息公开申请`);
      assert.equal(text.split(br).length, 6);
      // Each broken label was named a variant wording, its text quoted with the <br>.
      assert.deepEqual(messages(text), messages(base));
    });
  }
});

/** A report's tables drawn with box-drawing characters, as `w3m -dump` writes a web page's tables: `│a│b│` rows between `├─┼─┤` rules. */
function boxTables(text: string): string {
  const out: string[] = [];
  let inTable = false;
  let width = 0;
  for (const line of relayout(text, 'row').split('\n')) {
    if (!line.includes('\t')) {
      if (inTable) out.push(`└${'──┴'.repeat(width - 1)}──┘`);
      inTable = false;
      out.push(line);
      continue;
    }
    const cells = line.split('\t');
    width = cells.length;
    out.push(`${inTable ? '├' : '┌'}${(inTable ? '──┼' : '──┬').repeat(width - 1)}──${inTable ? '┤' : '┐'}`);
    out.push(`│${cells.join('│')}│`);
    inTable = true;
  }
  return out.join('\n');
}

describe('tables drawn with box-drawing characters (w3m -dump, some PDF tools)', () => {
  const base = boxTables(seed('002'));
  it('read as the seed’s tables: the same findings', () => {
    assert.ok(base.includes('│一、本年新收政府信息公开申请数量│171│'));
    // Each table was missing (missing-table for 二, 三 and 四) and the prose's 35 went unchecked against table 三's 178.
    assert.deepEqual(messages(base), messages(seed('002')));
  });
  it('a wrong figure is found on its cell, and its fix restores the table', () => {
    const lines = base.split('\n');
    const at = lines.findIndex((l) => l.startsWith('│三、本年度办理结果│（一）予以公开│92│'));
    const bad = lines.slice();
    bad[at] = bad[at]!.replace('│92│', '│93│');
    expectFigureFixed(base, bad.join('\n'), at, '93');
  });
  it('a line of prose with box characters in it (── for a dash) stays prose', () => {
    const text = seed('002').replace('五、存在的主要问题及改进情况\n', '五、存在的主要问题及改进情况\n全年──共收到申请178件。\n');
    const dash = seed('002').replace('五、存在的主要问题及改进情况\n', '五、存在的主要问题及改进情况\n全年——共收到申请178件。\n');
    assert.notEqual(text, seed('002'));
    assert.deepEqual(messages(text), messages(dash));
  });
});

describe('a Markdown table 四 whose cells are written “-” for none (a line of dashes between pipes, after the table’s rule)', () => {
  /** Seed 002 in the TAB layout, table 四's fifteen figures (8 10 7 0 25 …) each written `written` where `which` says. */
  const placeholders = (written: string, which: (figure: string) => boolean): string => {
    const text = relayout(seed('002'), 'row');
    const row = text.split('\n').find((l) => l.startsWith('8\t10\t7\t0\t25'))!;
    return text.replace(row, row.split('\t').map((c) => (which(c) ? written : c)).join('\t'));
  };
  for (const written of ['-', '--', '---', '—', '/']) {
    it(`every cell “${written}”: the same findings as with TABs (cell-not-number on the fifteen), no missing row`, () => {
      const tabs = placeholders(written, () => true);
      const md = toMarkdown(tabs);
      assert.ok(md.includes(`| ${written} | ${written} |`));
      assert.deepEqual(messages(md), messages(tabs));
      assert.deepEqual(only(findingsOf(md), 'missing-row'), []);
      assert.equal(parseReport(md).tables.find((t) => t.kind === 'review')!.rows[0]!.cells.length, 15);
    });
  }

  it('its zeros “-”, its other figures written: the same findings as with TABs', () => {
    const tabs = placeholders('-', (c) => c === '0');
    assert.deepEqual(messages(toMarkdown(tabs)), messages(tabs));
  });

  it('a table with a rule under every row (the same rule each time) reads its rules as rules: the same findings', () => {
    const md = toMarkdown(seed('002')).split('\n');
    const out: string[] = [];
    md.forEach((l, k) => {
      out.push(l);
      const rule = /^\|( --- \|)+$/.test(l);
      if (!rule && l.startsWith('| ') && md[k + 1]?.startsWith('| ') && !/^\|( --- \|)+$/.test(md[k + 1]!)) out.push(`|${l.split(' | ').map(() => ' --- ').join('|')}|`);
    });
    const ruled = out.join('\n');
    assert.ok(/\| --- \|\n\| [^-].*\n\|( --- \|)+\n/.test(ruled));
    assert.deepEqual(messages(ruled), messages(seed('002')));
  });
});
