/**
 * Tables as Markdown converters write them (`| 一、本年新收… | 171 | 7 | … |` under a `|---|` rule):
 * read as the same tables as Word's TAB-separated rows, with every cell's range on its own figure.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseReport } from '../../shared/src';
import { scanLine } from '../../shared/src/parse/lines';
import { relayout } from '../helpers/doc';
import { applyFix, covered, findingsOf, newFindings } from '../helpers/findings';
import { SEEDS, seed } from '../helpers/fixtures';

/** A report's tables, row per line, rewritten as Markdown: cells between pipes, a rule after the first row of each table. */
function toMarkdown(text: string): string {
  const out: string[] = [];
  let inTable = false;
  for (const line of relayout(text, 'row').split('\n')) {
    if (!line.includes('\t')) {
      inTable = false;
      out.push(line);
      continue;
    }
    const cells = line.split('\t');
    out.push(`| ${cells.join(' | ')} |`);
    if (!inTable) out.push(`|${cells.map(() => ' --- ').join('|')}|`);
    inTable = true;
  }
  return out.join('\n');
}

const messages = (text: string) => findingsOf(text).map((f) => `${f.code} ${f.message['zh-CN']}`).sort();

describe('Markdown tables', () => {
  it('a line from pipe to pipe is a row, or a rule when it holds only dashes; anything else is not a table line', () => {
    const row = scanLine('| 自然人 | 171 |');
    assert.equal(row.markdown, 'row');
    assert.equal(row.tabular, true);
    assert.equal(scanLine('  |---|:---:| --- |  ').markdown, 'rule');
    for (const text of ['| 自然人 | 171', '自然人 | 171 |', '|', '全年共收到申请178件。']) {
      assert.equal(scanLine(text).markdown, undefined, text);
      assert.equal(scanLine(text).tabular, false, text);
    }
    assert.equal(scanLine('自然人\t171').tabular, true);
  });

  for (const name of SEEDS) {
    const prefix = name.slice(0, 3);
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

  it('a mistyped figure is found on its own digits, and its fix restores the table', () => {
    const good = toMarkdown(seed('002'));
    const lines = good.split('\n');
    const at = lines.findIndex((l) => l.startsWith('| （一）予以公开') || l.includes('| （一）予以公开 |'));
    assert.ok(at >= 0);
    // 予以公开: 92 natural persons; make it 93.
    lines[at] = lines[at]!.replace('| 92 |', '| 93 |');
    const bad = lines.join('\n');
    const fs = findingsOf(bad).filter((f) => f.code === 'row-total' || f.code === 'column-total');
    assert.equal(fs.length, 1, fs.map((f) => f.message['zh-CN']).join('\n'));
    assert.equal(fs[0]!.range.start.line, at);
    assert.equal(covered(bad, fs[0]!.range), '93');
    assert.equal(applyFix(bad, fs[0]!), good);
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
});
