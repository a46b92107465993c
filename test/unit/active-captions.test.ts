/**
 * Table 二 with its block captions (`第二十条第（五）项`) written as lines of their own, without a TAB, as
 * many reports copied from a web page or typed into Word have them. The caption after the last row
 * of a block (行政规范性文件, 行政许可, 行政强制) must not be read as the rest of that row's last cell
 * when the cell holds a figure written with a unit (`5件`, `18563 件`, `1.8563万`) or a dash for
 * none: the row stays a row, cell-not-number reports the cell as it does in 规章 and 行政处罚, and the
 * prose is still compared with the figure the cell means.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCell, parseReport } from '../../shared/src';
import { Doc } from '../helpers/doc';
import { covered, describeAll, findingsOf, only } from '../helpers/findings';

type Line = { caption: string } | readonly string[];

/** Seed 002's table 二, its captions on lines of their own. */
const TABLE: readonly Line[] = [
  { caption: '第二十条第（一）项' },
  ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
  ['规章', '0', '0', '0'],
  ['行政规范性文件', '7', '35', '102'],
  { caption: '第二十条第（五）项' },
  ['信息内容', '本年处理决定数量'],
  ['行政许可', '21650'],
  { caption: '第二十条第（六）项' },
  ['信息内容', '本年处理决定数量'],
  ['行政处罚', '2656'],
  ['行政强制', '500'],
  { caption: '第二十条第（八）项' },
  ['信息内容', '本年收费金额（单位：万元）'],
  ['行政事业性收费', '2030.16873'],
];

/** How the table is written: each a function of its rows to lines. */
const LAYOUTS: readonly (readonly [string, (rows: readonly Line[]) => string[]])[] = [
  ['rows one per line, cells parted by TABs', (rows) => rows.map((r) => ('caption' in r ? r.caption : r.join('\t')))],
  ['cells one per line after a TAB, a blank line between rows', (rows) => rows.flatMap((r) => ('caption' in r ? [r.caption, ''] : [...r.map((c) => `\t${c}`), '']))],
  ['rows one per line, cells parted by two spaces', (rows) => rows.map((r) => ('caption' in r ? r.caption : r.join('  ')))],
  ['rows one per line, cells parted by four spaces', (rows) => rows.map((r) => ('caption' in r ? r.caption : r.join('    ')))],
  ['cells one per line, no TAB, no blank line (a PDF copy)', (rows) => rows.flatMap((r) => ('caption' in r ? [r.caption] : [...r]))],
  ['cells one per line, no TAB, a blank line between rows', (rows) => rows.flatMap((r) => ('caption' in r ? [r.caption, ''] : [...r, '']))],
];

/** Seed 002 with table 二 written in `layout`, the last cell of row `label` written `value`. */
function report(layout: (rows: readonly Line[]) => string[], label?: string, value?: string): Doc {
  const rows = TABLE.map((r) => ('caption' in r || r[0] !== label ? r : [...r.slice(0, -1), value!]));
  const doc = Doc.seed('002');
  const from = doc.line('第二十条第（一）项');
  const to = doc.line('2030.16873');
  doc.lines.splice(from, to - from + 1, ...layout(rows));
  return doc;
}

/** Findings about table 二 (seed 002's prose disagrees with its table 三: not these tests' business). */
const aboutActive = (text: string, code: string) => only(findingsOf(text), code).filter((f) => f.message['zh-CN'].includes('表二'));

/** The rows of table 二 the parser read: label and cells as written. */
function activeRows(text: string): string[] {
  const t = parseReport(text).tables.find((x) => x.kind === 'active');
  return t ? t.rows.map((r) => `${r.spec?.id ?? '?'}:${r.cells.map((c) => c.raw.trim()).join('|')}`) : [];
}

const OFFICIAL = ['regulation:0|0|0', 'normative:7|35|102', 'license:21650', 'penalty:2656', 'coercion:500', 'fee:2030.16873'];

describe('table 二 with its block captions on lines of their own', () => {
  for (const [how, layout] of LAYOUTS) {
    it(`${how}: as written, all six rows and nothing to report on them`, () => {
      const text = report(layout).text;
      assert.deepEqual(activeRows(text), OFFICIAL);
      const fs = ['missing-row', 'cell-count', 'cell-not-number', 'narrative-mismatch'].flatMap((code) => aboutActive(text, code));
      assert.deepEqual(fs, [], describeAll(text, fs));
    });

    // The last row of each block, followed by a caption; 规章 and 行政处罚 (followed by a row) were always read.
    const cases: readonly (readonly [string, string, string, string])[] = [
      ['行政许可', '18563件', 'license', '把单位写进了单元格'],
      ['行政许可', '18563 件', 'license', '把单位写进了单元格'],
      ['行政许可', '1.8563万', 'license', '把单位写进了单元格'],
      ['行政许可', '—', 'license', '不是数字；没有发生应填 0'],
      ['行政强制', '0件', 'coercion', '把单位写进了单元格'],
      ['行政规范性文件', '86件', 'normative', '把单位写进了单元格'],
      ['行政规范性文件', '—', 'normative', '不是数字；没有发生应填 0'],
      ['规章', '3件', 'regulation', '把单位写进了单元格'],
      ['行政处罚', '2656件', 'penalty', '把单位写进了单元格'],
    ];
    for (const [label, value, id, words] of cases) {
      it(`${how}: “${value}” in ${label} → the row is read and cell-not-number is on “${value}”; no missing-row, no cell-count`, () => {
        const text = report(layout, label, value).text;
        const rows = activeRows(text);
        assert.equal(rows.length, 6, rows.join('\n'));
        assert.equal(rows.find((r) => r.startsWith(`${id}:`))?.split('|').pop()?.split(':').pop(), value);
        const fs = findingsOf(text);
        assert.deepEqual(only(fs, 'missing-row').concat(only(fs, 'cell-count')), [], describeAll(text, fs));
        const mine = only(fs, 'cell-not-number');
        assert.equal(mine.length, 1, describeAll(text, fs));
        assert.equal(covered(text, mine[0]!.range), value);
        assert.ok(mine[0]!.message['zh-CN'].includes(`“${value}”${words}`), mine[0]!.message['zh-CN']);
      });
    }

    it(`${how}: “102件” in 行政规范性文件 现行有效 is compared with the prose as 102 (agrees: quiet; 103件: narrative-mismatch)`, () => {
      const agrees = report(layout, '行政规范性文件', '102件').text;
      assert.deepEqual(aboutActive(agrees, 'narrative-mismatch'), []);
      const differs = report(layout, '行政规范性文件', '103件').text;
      const fs = aboutActive(differs, 'narrative-mismatch');
      assert.equal(fs.length, 1, describeAll(differs, findingsOf(differs)));
      assert.match(fs[0]!.message['zh-CN'], /“103件”按103计/);
    });
  }

  it('the cell “18563件” is a figure with a unit, the row’s label stays 行政许可 (the caption is no part of either)', () => {
    const text = report(LAYOUTS[0]![1], '行政许可', '18563件').text;
    const t = parseReport(text).tables.find((x) => x.kind === 'active')!;
    const license = t.rows.find((r) => r.spec?.id === 'license')!;
    assert.equal(license.label, '行政许可');
    assert.deepEqual(license.cells.map((c) => [c.raw, c.value.kind === 'text' ? c.value.defect : c.value.kind]), [['18563件', 'unit']]);
  });

  it('parseCell: a figure in 万 is a unit slip without a fix (18563 件 or 1.8563 万元: the column decides); 件 and 万元 keep theirs', () => {
    assert.deepEqual(parseCell('1.8563万'), { kind: 'text', defect: 'unit' });
    assert.deepEqual(parseCell('18563 件'), { kind: 'text', defect: 'unit', suggestion: '18563' });
    assert.deepEqual(parseCell('160.5964万元'), { kind: 'text', defect: 'unit', suggestion: '160.5964' });
    // Not a figure with a unit: words, a numeral, a range.
    assert.deepEqual(parseCell('万'), { kind: 'text', defect: 'text' });
    assert.deepEqual(parseCell('1至2万'), { kind: 'text', defect: 'text' });
  });
});

describe('table 二 with its block captions as a merged first column', () => {
  /** Rows one per line, each block's caption in the first cell of its first row (`on: 'row'`) or of its header row (`on: 'header'`), the other rows' first cell blank. */
  const captionColumn = (on: 'row' | 'header') => (rows: readonly Line[]): string[] => {
    const out: string[] = [];
    let caption = '';
    for (const r of rows) {
      if ('caption' in r) {
        caption = r.caption;
        continue;
      }
      const here = (on === 'header') === (r[0] === '信息内容') ? caption : '';
      if (here) caption = '';
      out.push([here, ...r].join('\t'));
    }
    return out;
  };

  for (const on of ['row', 'header'] as const) {
    it(`the caption beside the block's first ${on === 'row' ? 'row (第二十条第（五）项⇥行政许可⇥21650)' : 'header row'}: all six rows, nothing to report on them`, () => {
      const text = report(captionColumn(on)).text;
      assert.ok(text.includes(on === 'row' ? '第二十条第（五）项\t行政许可\t21650' : '第二十条第（五）项\t信息内容\t本年处理决定数量'));
      assert.deepEqual(activeRows(text), OFFICIAL);
      const fs = ['missing-row', 'cell-count', 'cell-not-number', 'narrative-mismatch', 'empty-cell'].flatMap((code) => aboutActive(text, code));
      assert.deepEqual(fs, [], describeAll(text, fs));
    });
  }

  it('a row missing beside a caption is the one missing-row (on the row before it in its block); a mistyped figure there is found on its cell', () => {
    const full = report(captionColumn('row')).text;
    const dropped = full.split('\n').filter((l) => l !== '\t行政强制\t500').join('\n');
    assert.notEqual(dropped, full);
    assert.deepEqual(aboutActive(dropped, 'missing-row').map((f) => f.message['zh-CN']), ['表二（主动公开政府信息情况）缺少“行政强制”这一行，应在此行之后。']);
    const typo = full.replace('第二十条第（五）项\t行政许可\t21650', '第二十条第（五）项\t行政许可\t216S0');
    const fs = aboutActive(typo, 'cell-not-number');
    assert.equal(fs.length, 1, describeAll(typo, findingsOf(typo)));
    assert.equal(covered(typo, fs[0]!.range), '216S0');
  });

  it('a header row with its caption and header words alone stays a header row', () => {
    const text = report(captionColumn('header')).text;
    const t = parseReport(text).tables.find((x) => x.kind === 'active')!;
    assert.ok(t.rows.every((r) => r.spec !== undefined && !/信息内容|本年/.test(r.label)));
  });
});
