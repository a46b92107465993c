/**
 * Tables that lost their TABs: an editor turned them into spaces, or the text was copied from a PDF or
 * a web page. Where a part of tables 二 to 四 has no TAB at all, its lines are read with their cells
 * parted by spaces (or one cell per line), and the table is kept when its labels and header words make
 * it one. Reports with TABs are read exactly as before (the part holds a TAB: nothing else is tried).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseReport } from '../../shared/src';
import { Doc, blankBetweenCells, pdfCopy, pipeBetweenCells, pdfLabelsAbove, pdfLayout, pdfLayoutFiguresBelow, pdfLayoutFiguresMid, relayout, replaceTable } from '../helpers/doc';
import { covered, expectFigureFixed, findingsOf, newFindings, only } from '../helpers/findings';
import { SEEDS, seed } from '../helpers/fixtures';
import { ACTIVE_2019, requests2019 } from '../helpers/variants';

/** Finding codes and messages, without places (a conversion moves columns). */
const messages = (text: string) => findingsOf(text).map((f) => `${f.code} ${f.message['zh-CN']}`).sort();

/**
 * Seed 002's 予以公开 自然人 figure (92), alone on the line `offset` lines after its label's line in `good`, typed
 * 93: found on its own digits, and its fix restores `good`.
 */
function expectLoneFigureFixed(good: string, offset: number): void {
  const lines = good.split('\n');
  const at = lines.findIndex((l) => l.endsWith('（一）予以公开')) + offset;
  assert.equal(lines[at], '92');
  lines[at] = '93';
  expectFigureFixed(good, lines.join('\n'), at, '93');
}

const CONVERSIONS: readonly (readonly [string, (text: string) => string])[] = [
  ['cells one per line, each TAB a space', (t) => relayout(t, 'cell').replace(/\t/g, ' ')],
  ['cells one per line, each TAB four spaces', (t) => relayout(t, 'cell').replace(/\t/g, '    ')],
  ['cells one per line, each TAB an ideographic space', (t) => relayout(t, 'cell').replace(/\t/g, '\u3000')],
  ['cells one per line, the TABs gone', (t) => relayout(t, 'cell').replace(/\t/g, '')],
  ['cells one per line copied from a PDF (no TAB, no blank line between rows)', pdfCopy],
  // Lone figures between blank lines read as page numbers unless they follow a label; a bare 总计 heads columns of table 四.
  ['cells one per line, a blank line after every cell (a web page pasted paragraph by paragraph)', blankBetweenCells],
  ['rows one per line, each TAB two spaces', (t) => relayout(t, 'row').replace(/\t/g, '  ')],
  ['rows one per line, each TAB a space', (t) => relayout(t, 'row').replace(/\t/g, ' ')],
  ['rows one per line, each TAB an ideographic space', (t) => relayout(t, 'row').replace(/\t/g, '\u3000')],
  ['as pdftotext -layout writes it, labels wrapped at 12 characters', (t) => pdfLayout(t, 12)],
  ['as pdftotext -layout writes it, labels wrapped at 24 characters', (t) => pdfLayout(t, 24)],
  // The first line of a wrapped label under a header row, or under a row whose label is a variant (`2.其他法律和行政法规禁止公开`).
  ['as pdftotext -layout writes it, labels wrapped at 8 characters, the figures on their second line', (t) => pdfLayoutFiguresBelow(t, 8)],
  ['as pdftotext -layout writes it, labels wrapped at 12 characters, the figures on their second line', (t) => pdfLayoutFiguresBelow(t, 12)],
  // The label's middle line beside its figures: its first piece on a line of its own above (`2.其他法律`), its last below.
  ['as pdftotext -layout writes it, cells centred, labels over 10 characters on three lines, the figures on the middle one', (t) => pdfLayoutFiguresMid(t, 5)],
  ['as pdftotext -layout writes it, cells centred, labels over 12 characters on three lines, the figures on the middle one', (t) => pdfLayoutFiguresMid(t, 6)],
  ['copied from a PDF, one space between cells, a label over 12 characters on its line and the figures below', (t) => pdfLabelsAbove(t, 12)],
  ['copied from a PDF, one space between cells, labels wrapped after 10 characters and the figures below', (t) => pdfLabelsAbove(t, 10, true)],
  // Labels that are also column headings (`3.其他`, `（七）总计`) and rows only the 2019 tables have among them.
  ['copied from a PDF, one space between cells, every label on its own line and the figures below', (t) => pdfLabelsAbove(t, 0)],
];

describe('tables without TABs', () => {
  // Seed 000's tables are mostly blank, and a blank cell leaves no trace without TABs (tested below).
  for (const name of SEEDS.filter((s) => !s.startsWith('000'))) {
    const prefix = name.slice(0, 3);
    for (const [how, convert] of CONVERSIONS) {
      it(`${prefix}, ${how}: the same findings as with TABs`, () => {
        const tabs = seed(prefix);
        const spaced = convert(tabs);
        assert.ok(!spaced.includes('\t'));
        assert.deepEqual(messages(spaced), messages(tabs));
        const model = parseReport(spaced);
        assert.deepEqual(model.tables.map((t) => [t.kind, t.separator, t.rows.length]), parseReport(tabs).tables.map((t) => [t.kind, 'space', t.rows.length]));
      });
    }
  }

  it('a figure typed with a letter l for its first 1 (l71), one space after its label, is that cell, as with TABs: not part of the label', () => {
    // Seed 002's （七）总计 自然人 171 typed l71. Read as the label's last word, the row was lost: missing-row claimed
    // （七）总计 missing, and the TABs' cell-not-number (its fix 171, by the table's sums) was not given.
    const tabs = relayout(seed('002'), 'row');
    const at = tabs.split('\n').findIndex((l) => l.includes('（七）总计\t171\t'));
    assert.ok(at >= 0);
    const typed = tabs.split('\n').map((l, i) => (i === at ? l.replace('（七）总计\t171\t', '（七）总计\tl71\t') : l)).join('\n');
    const spaced = typed.replace(/\t/g, ' ');
    assert.ok(spaced.includes('（七）总计 l71 7 0'));
    assert.deepEqual(messages(spaced), messages(typed));
    const [typo] = only(findingsOf(spaced), 'cell-not-number');
    assert.ok(typo);
    assert.equal(covered(spaced, typo.range), 'l71');
    assert.deepEqual(only(findingsOf(spaced), 'missing-row'), []);
  });

  it('a mistyped figure in a row parted by spaces is found on its own digits, and its fix restores the table', () => {
    const good = relayout(seed('002'), 'row').replace(/\t/g, '  ');
    const lines = good.split('\n');
    const at = lines.findIndex((l) => l.startsWith('  （一）予以公开') || l.includes('（一）予以公开  '));
    assert.ok(at >= 0);
    // 予以公开: 92 natural persons; make it 93.
    assert.match(lines[at]!, /  92  /);
    lines[at] = lines[at]!.replace('  92  ', '  93  ');
    expectFigureFixed(good, lines.join('\n'), at, '93');
  });

  it('a mistyped figure on the line below its row’s label (a PDF copy) is found on its own digits, and its fix restores the table', () => {
    const good = pdfLabelsAbove(seed('002'), 12);
    const lines = good.split('\n');
    const at = lines.findIndex((l) => l.endsWith(' （一）予以公开')) + 1;
    assert.ok(at > 0);
    // 予以公开: 92 natural persons; make it 93.
    assert.match(lines[at]!, /^92 /);
    lines[at] = lines[at]!.replace(/^92 /, '93 ');
    expectFigureFixed(good, lines.join('\n'), at, '93');
  });

  for (const width of [8, 12]) {
    it(`a mistyped figure in a row whose label wraps above its figures (pdftotext -layout, ${width} characters) is found on its own digits, and its fix restores the table`, () => {
      const good = pdfLayoutFiguresBelow(seed('002'), width);
      const lines = good.split('\n');
      // 一、本年新收: 171 natural persons (the first row under the header rows); make it 172.
      const at = lines.findIndex((l) => /^\S*申请数量 +171 /.test(l));
      assert.ok(at > 0 && !/\d/.test(lines[at - 1]!), lines[at]);
      lines[at] = lines[at]!.replace(/ 171 /, ' 172 ');
      expectFigureFixed(good, lines.join('\n'), at, '172');
    });
  }

  // A PDF copy of table 三 across a page break: its page number, then the header rows Word repeats on the new page,
  // one cell per line (`法人或其他组织` / `总计` / `商业企业`): `总计` there is a header cell, no second （七）总计 row.
  const repeatedHeader = (prefix: string): string => {
    const lines = pdfCopy(seed(prefix)).split('\n');
    const top = lines.findIndex((l) => l.includes('勾稽关系'));
    const first = lines.findIndex((l, i) => i > top && l.startsWith('一、本年新收'));
    const at = lines.findIndex((l) => l.startsWith('7.属于行政执法案卷'));
    assert.ok(top > 0 && first > top && at > first && lines.slice(top, first).includes('总计'));
    return [...lines.slice(0, at), '- 5 -', ...lines.slice(top, first).filter((l) => l !== ''), ...lines.slice(at)].join('\n');
  };
  for (const prefix of ['001', '002', '004']) {
    it(`${prefix}, copied from a PDF (one cell per line), table 三 across a page break with its header rows repeated: the same findings as with TABs, and a hint on its page number`, () => {
      const text = repeatedHeader(prefix);
      // The page number is the leftover it is (a hint), not a cell.
      assert.deepEqual(messages(text), [...messages(seed(prefix)), 'artifact 孤立的页码：“- 5 -”，可以删除。'].sort());
      const requests = parseReport(text).tables.find((t) => t.kind === 'requests')!;
      assert.equal(requests.rows.filter((r) => r.spec?.id === 'total').length, 1);
    });
  }

  it('copied from a PDF, table 三’s column headings one per line in the order of the columns (… 其他 / 总计): two headings, not “其他总计”', () => {
    const good = pdfCopy(seed('002'));
    const lines = good.split('\n');
    const top = lines.findIndex((l) => l.includes('勾稽关系'));
    const total = lines.findIndex((l, i) => i > top && l === '总计');
    lines.splice(total, 1);
    const other = lines.findIndex((l, i) => i > top && l === '其他');
    assert.ok(top > 0 && total > top && other > total);
    lines.splice(other + 1, 0, '总计');
    const text = lines.join('\n');
    assert.deepEqual(messages(text), messages(good));
  });

  it('copied from a PDF, （七）总计 written 总计 (between a row’s figures and its own) is still the total row', () => {
    const text = pdfCopy(seed('002')).replace('（七）总计', '总计');
    const totals = parseReport(text).tables.find((t) => t.kind === 'requests')!.rows.filter((r) => r.spec?.id === 'total');
    assert.deepEqual(totals.map((r) => [r.label, r.cells.map((c) => c.raw.trim())]), [['总计', ['171', '7', '0', '0', '0', '0', '178']]]);
  });

  it('copied from a PDF, table 三’s header rows repeated after a page break: a mistyped 自然人 figure is found on its own digits, and its fix restores the table', () => {
    expectLoneFigureFixed(repeatedHeader('002'), 1);
  });

  it('a blank line after every cell: a mistyped 自然人 figure is found on its own digits, and its fix restores the table', () => {
    expectLoneFigureFixed(blankBetweenCells(seed('002')), 2);
  });

  it('each cell’s pipe on the line under it (a web page’s text): a mistyped 自然人 figure is found on its own digits, and its fix restores the table; no figure is a page number', () => {
    const good = pipeBetweenCells(seed('002'));
    expectLoneFigureFixed(good, 2);
    assert.equal(only(findingsOf(good), 'artifact').length, 0);
  });

  it('a blank line after every cell: a wrong total of table 四 is found on it', () => {
    const good = blankBetweenCells(seed('002'));
    const lines = good.split('\n');
    // Table 四's fifth figure, 行政复议·总计 (25 = 8 + 10 + 7 + 0); make it 26.
    const first = lines.findIndex((l, i) => l === '8' && lines[i + 2] === '10' && lines[i + 4] === '7');
    assert.ok(first > 0);
    const at = first + 8;
    assert.equal(lines[at], '25');
    lines[at] = '26';
    const bad = lines.join('\n');
    const fs = only(findingsOf(bad), 'review-total');
    assert.equal(fs.length, 1);
    assert.deepEqual([fs[0]!.range.start.line, covered(bad, fs[0]!.range)], [at, '26']);
  });

  // Every figure written with its unit (`13件`; not table 二's amount in 万元), the TABs lost: the tables are found, and
  // what the checker says is what it says with TABs (cell-not-number on the units; no sum over cells that are no figures).
  const withUnits = (text: string) => text.replace(/^(\t?\d+)$/gm, '$1件');
  for (const [how, convert] of [['cells one per line (a PDF copy)', pdfCopy], ['a blank line after every cell', blankBetweenCells], ['rows one per line, two spaces between cells', (t: string) => relayout(t, 'row').replace(/\t/g, '  ')]] as const) {
    it(`every figure with its unit (5件), ${how}: the three tables are read, with the findings they have with TABs`, () => {
      for (const prefix of ['001', '003']) {
        const tabs = withUnits(seed(prefix));
        assert.ok(tabs.includes('\t13件') || tabs.includes('\t0件'));
        const spaced = convert(tabs);
        assert.deepEqual(parseReport(spaced).tables.map((t) => [t.kind, t.rows.length]), [['active', 6], ['requests', 25], ['review', 1]]);
        assert.deepEqual(messages(spaced), messages(tabs));
      }
    });
  }

  it('figures under a header row are no row label’s: table 四’s header words one space apart, its 15 figures on the line below', () => {
    const tabs = seed('002');
    const spaced = pdfLabelsAbove(tabs, 12);
    const review = parseReport(spaced).tables.find((t) => t.kind === 'review')!;
    assert.equal(review.rows.length, 1);
    assert.equal(review.rows[0]!.cells.length, 15);
  });

  for (const [typo, written] of [['O', 'O'], ['1O', '1O'], ['〇', '〇']] as const) {
    it(`a figure mistyped “${typo}” in a row parted by single spaces (a PDF copy) is a cell of its own: cell-not-number on it, the label as written`, () => {
      const good = relayout(seed('002'), 'row').replace(/\t+/g, ' ');
      const lines = good.split('\n');
      const at = lines.findIndex((l) => l.includes('2.其他法律和行政法规禁止公开 0 '));
      assert.ok(at >= 0);
      const bad = lines.map((l, i) => (i === at ? l.replace('禁止公开 0 ', `禁止公开 ${written} `) : l)).join('\n');
      const fs = findingsOf(bad);
      const mine = only(fs, 'cell-not-number');
      assert.equal(mine.length, 1);
      assert.equal(covered(bad, mine[0]!.range), written);
      const hints = (t: string) => only(findingsOf(t), 'label-variant').map((f) => f.message['zh-CN']);
      assert.deepEqual(hints(bad), hints(good));
      assert.deepEqual(only(fs, 'cell-count'), []);
    });
  }

  it('a word with letters O that is no figure (“O2O服务”) stays in the cell before it, parted by one space', () => {
    const good = relayout(seed('002'), 'row').replace(/\t+/g, ' ');
    const bad = good.replace('1.属于国家秘密', '1.属于国家秘密 O2O服务');
    assert.ok(findingsOf(bad).some((f) => covered(bad, f.range) === '1.属于国家秘密 O2O服务'));
    assert.ok(!findingsOf(bad).some((f) => covered(bad, f.range).startsWith('O2O')));
  });

  it('a letter O for a zero in a row parted by ideographic spaces is a cell of its own: cell-not-number on it, the label as written', () => {
    const good = relayout(seed('002'), 'row').replace(/\t/g, '\u3000');
    const lines = good.split('\n');
    const at = lines.findIndex((l) => l.includes('2.其他法律和行政法规禁止公开\u30000\u3000'));
    assert.ok(at >= 0);
    const bad = lines.map((l, i) => (i === at ? l.replace('禁止公开\u30000\u3000', '禁止公开\u3000O\u3000') : l)).join('\n');
    assert.notEqual(bad, good);
    const fs = findingsOf(bad);
    const mine = only(fs, 'cell-not-number');
    assert.equal(mine.length, 1);
    assert.equal(covered(bad, mine[0]!.range), 'O');
    // The label is read as written, the O not in it: its label-variant hint is the same as with the figure.
    const hints = (t: string) => only(findingsOf(t), 'label-variant').map((f) => f.message['zh-CN']);
    assert.deepEqual(hints(bad), hints(good));
    assert.deepEqual(only(fs, 'cell-count'), []);
  });

  it('one ideographic space inside a line of prose in a part without a table changes nothing', () => {
    const text = relayout(seed('002'), 'row').replace(/\t/g, '  ');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('三、收到和处理政府信息公开申请情况'));
    lines.splice(at + 1, 0, '单位：件\u3000统计时间：2024年');
    assert.deepEqual(newFindings(text, lines.join('\n')), []);
  });

  it('a mistyped figure on a line of its own (a PDF copy) is found on that line, and its fix restores it', () => {
    expectLoneFigureFixed(pdfCopy(seed('002')), 1);
  });

  it('a lone figure in a table without TABs is a cell, not a page number', () => {
    // Table 二's 行政许可 row holds one figure: alone on its line between two labels, it looks like a page number.
    const text = pdfCopy(seed('002'));
    const lines = text.split('\n');
    const at = lines.indexOf('行政许可');
    assert.ok(at >= 0 && /^\d+$/.test(lines[at + 1]!), lines.slice(at, at + 3).join('|'));
    assert.deepEqual(only(findingsOf(text), 'artifact'), []);
    const active = parseReport(text).tables.find((t) => t.kind === 'active')!;
    const licence = active.rows.find((r) => r.label === '行政许可')!;
    assert.equal(covered(text, licence.cells[0]!.range), lines[at + 1]);
  });

  for (const [how, convert] of CONVERSIONS.filter(([h]) => /two spaces|PDF|pdftotext/.test(h))) {
    for (const note of ['单位：件', '（单位：件）', '（注：本表单位为件）', '（此页无正文）']) {
      it(`${how}: a unit line or note “${note}” before and after table 四 is no cell; a wrong total there is still found`, () => {
        const tabs = seed('002');
        const spaced = convert(tabs);
        const lines = spaced.split('\n');
        const heading = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
        const next = lines.findIndex((l, i) => i > heading && l.startsWith('五、'));
        lines.splice(next, 0, note);
        lines.splice(heading + 1, 0, note);
        const noted = lines.join('\n');
        assert.deepEqual(newFindings(spaced, noted).filter((f) => !f.startsWith('artifact')), []);
        // Table 四's review total 25 → 26: found on that cell.
        const wrong = noted.replace(/(\s)25(\s)/, '$126$2');
        assert.notEqual(wrong, noted);
        const [f, ...rest] = only(findingsOf(wrong), 'review-total');
        assert.equal(rest.length, 0);
        assert.equal(covered(wrong, f!.range), '26');
      });
    }
  }

  it('a page number between two rows stays a page number: the cells do not move', () => {
    // Rows one per line (pdftotext): a lone number after a row's figures is the page's number.
    const rows = pdfLayout(seed('002'), 24);
    const lines = rows.split('\n');
    const at = lines.findIndex((l) => l.trimStart().startsWith('（二）部分公开'));
    assert.ok(at > 0);
    lines.splice(at, 0, '12');
    const added = newFindings(rows, lines.join('\n'));
    assert.equal(added.length, 1, added.join('\n'));
    assert.match(added[0]!, /^artifact .*孤立的页码：“12”/);
    // Cells one per line (a PDF copy): a page's footer between two rows is no cell either.
    const copy = pdfCopy(seed('002')).split('\n');
    copy.splice(copy.indexOf('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'), 0, '- 12 -');
    assert.deepEqual(newFindings(pdfCopy(seed('002')), copy.join('\n')).filter((f) => !f.startsWith('artifact')), []);
  });

  it('a row with a variant label (规范性文件) before the next block’s header line (第二十条第（五）项): the same label-variant as with TABs', () => {
    for (const [how, convert] of CONVERSIONS) {
      const tabs = seed('002').replace(/^(\t?)行政规范性文件(?=\t|$)/m, '$1规范性文件');
      assert.notEqual(tabs, seed('002'));
      assert.deepEqual(messages(convert(tabs)), messages(tabs), how);
      assert.ok(messages(tabs).some((m) => m.startsWith('label-variant') && m.includes('“规范性文件”')));
    }
  });

  it('table 二 of the 2019 trial format: a row named only in that format (其他对外管理服务事项, 政府集中采购) is a whole label, the next block’s caption (第二十条第（六）项) none of it: the same findings as with TABs', () => {
    // A report for 2020 in the trial tables (format §1.5): no old-format, and every row is read.
    const tabs = replaceTable(Doc.seed('001'), 'active', ACTIVE_2019).text.replaceAll('2024', '2020');
    const rows = parseReport(tabs).tables.find((t) => t.kind === 'active')!.rows.map((r) => r.spec?.id);
    assert.ok(rows.includes('otherServices'));
    // Its labels wrapped too: before their figures (`其他对外管理服` / `务事项  5  0  21`), or over two lines above
    // them (`其他对外管理` / `服务事项` / `5 0 21`): the pieces make a label of the 2019 tables.
    const wrapped: (readonly [string, (text: string) => string])[] = [
      ['as pdftotext -layout writes it, labels wrapped at 6 characters, the figures on their second line', (t) => pdfLayoutFiguresBelow(t, 6)],
      ['copied from a PDF, one space between cells, labels wrapped after 6 characters and the figures below', (t) => pdfLabelsAbove(t, 6, true)],
    ];
    for (const [how, convert] of [...CONVERSIONS, ...wrapped]) {
      const spaced = convert(tabs);
      assert.deepEqual(messages(spaced), messages(tabs), how);
      assert.deepEqual(parseReport(spaced).tables.find((t) => t.kind === 'active')!.rows.map((r) => r.spec?.id), rows, how);
    }
  });

  it('a report of 2020 in the 2019 trial tables copied from a PDF, every label on its own line and its figures below: its table 三, whose （六）其他处理 is one row, read whole, the same findings as with TABs', () => {
    const seed001 = Doc.seed('001');
    const tabs = replaceTable(replaceTable(seed001.clone(), 'requests', requests2019(seed001)), 'active', ACTIVE_2019).text.replaceAll('2024', '2020');
    const spaced = pdfLabelsAbove(tabs, 0);
    assert.deepEqual(messages(spaced), messages(tabs));
    const other = parseReport(spaced).tables.find((t) => t.kind === 'requests')!.rows.find((r) => r.label.includes('其他处理'))!;
    assert.equal(other.cells.length, 7);
    assert.equal(other.missingCells ?? 0, 0);
  });

  it('a 2019 table 二 one cell per line without TABs: a figure after a signed one (+3 / 120 in 本年增/减 and 处理决定数量) is a cell, not a page number', () => {
    const rows = ACTIVE_2019.map((r) => (r[0] === '行政处罚' ? ['行政处罚', '40', '+3', '120'] : r));
    const tabs = replaceTable(Doc.seed('001'), 'active', rows).text.replaceAll('2024', '2020');
    for (const [how, convert] of [['copied from a PDF', pdfCopy], ['a blank line after every cell', blankBetweenCells], ['the TABs gone', (t: string) => relayout(t, 'cell').replace(/\t/g, '')]] as const) {
      assert.deepEqual(messages(convert(tabs)), messages(tabs), how);
    }
  });

  it('cells one per line without TABs (a PDF copy), a page footer “第 6 页 共 7 页” between figures of table 三 and between 四’s header and its figures: a page number, not a figure of the list', () => {
    const good = pdfCopy(seed('002'));
    const lines = good.split('\n');
    const at = lines.findIndex((l) => l.startsWith('7.属于行政执法案卷'));
    const four = lines.findIndex((l, i) => i > at && l === '8');
    assert.ok(at > 0 && four > at);
    lines.splice(four, 0, '第 6 页 共 7 页');
    lines.splice(at, 0, '第 5 页 共 7 页');
    const text = lines.join('\n');
    assert.deepEqual(messages(text).filter((m) => !m.startsWith('artifact')), messages(good));
    assert.equal(messages(text).filter((m) => m.startsWith('artifact')).length, 2);
  });

  it('rows one per line parted by spaces, a bare page number “6” between table 四’s header rows and its figures: no cell, the same findings as with TABs', () => {
    const tabs = seed('002');
    const lines = relayout(tabs, 'row').replace(/\t/g, '  ').split('\n');
    const at = lines.findIndex((l) => /^8 +10 +7 +0 +25/.test(l));
    assert.ok(at > 0);
    lines.splice(at, 0, '', '6', '');
    assert.deepEqual(messages(lines.join('\n')).filter((m) => !m.startsWith('artifact')), messages(tabs));
  });

  describe('cells one per line (a PDF copy), a bare page number between table 四’s header cells and its figures', () => {
    /** Seed 002 copied from a PDF, `page` before table 四's first figure, `before` in part 一's prose and `after` in part 五's. */
    function paged(page: string[], before?: string, after?: string): string {
      const lines = pdfCopy(seed('002')).split('\n');
      const four = lines.findIndex((l) => l.startsWith('四、政府信息公开'));
      const first = lines.findIndex((l, i) => i > four && l === '8');
      assert.ok(four > 0 && first > four && lines[first - 1] === '总计', lines[first - 1]);
      if (after !== undefined) lines.splice(lines.findIndex((l) => l.startsWith('五、')) + 1, 0, '', after, '');
      lines.splice(first, 0, ...page);
      if (before !== undefined) lines.splice(lines.findIndex((l) => l.startsWith('一、')) + 3, 0, '', before, '');
      return lines.join('\n');
    }
    const clean = messages(pdfCopy(seed('002')));
    const withoutHints = (text: string) => messages(text).filter((m) => !m.startsWith('artifact'));

    for (const [what, page, before, after] of [
      ['in the page sequence after 5', ['6'], '5', undefined],
      ['in the page sequence before 7, blank lines around it', ['', '6', ''], undefined, '7'],
      ['in the page sequence after 4 (the page between lost among figures)', ['6'], '4', '7'],
    ] as const) {
      it(`${what}: the page number, not a figure (the same findings as without it)`, () => {
        assert.deepEqual(withoutHints(paged([...page], before, after)), clean);
      });
    }

    for (const [what, page, before, after] of [
      ['no other page number', ['6'], undefined, undefined],
      ['out of the sequence (3 after 5)', ['3'], '5', undefined],
      ['the next page number not more (5 after it)', ['6'], '5', '5'],
    ] as const) {
      it(`${what}: a figure too many, as written (cell-count)`, () => {
        assert.ok(withoutHints(paged([...page], before, after)).some((m) => m.startsWith('cell-count 表四')));
      });
    }

    it('a page number in the sequence where table 四 has its 15 figures: the first figure stays one', () => {
      const lines = pdfCopy(seed('002')).split('\n');
      lines.splice(lines.findIndex((l) => l.startsWith('一、')) + 3, 0, '', '7', '');
      // 8 is table 四's first figure, and 7 stands before it: 8 is no page number with no figure too many.
      assert.deepEqual(withoutHints(lines.join('\n')), clean);
    });
  });

  for (const page of ['第 6 页 共 7 页', '- 6 -', '6/7']) {
    it(`rows one per line parted by spaces, a page footer “${page}” between table 四’s header rows and its figures: no cell, the same findings as with TABs`, () => {
      const tabs = seed('002');
      const lines = relayout(tabs, 'row').replace(/\t/g, '  ').split('\n');
      const at = lines.findIndex((l) => /^8 +10 +7 +0 +25/.test(l));
      assert.ok(at > 0);
      lines.splice(at, 0, '', page, '');
      const text = lines.join('\n');
      assert.deepEqual(messages(text).filter((m) => !m.startsWith('artifact')), messages(tabs));
    });
  }

  it('a header cell broken over two lines is joined again (结果 / 纠正), as with TABs', () => {
    // Seed 004 writes table 四's header cells over two lines; without TABs each half is a short line.
    const text = pdfCopy(seed('004'), false);
    assert.ok(/\n结果\n纠正\n/.test(text));
    assert.deepEqual(messages(text), messages(seed('004')));
  });

  it('rows short of figures: one finding for the table, which says why the columns cannot be told', () => {
    // Seed 000 fills only the 总计 column: without TABs each row of table 三 has one figure.
    const text = relayout(seed('000'), 'row').replace(/\t/g, '  ');
    const counts = only(findingsOf(text), 'cell-count');
    const requests = counts.find((f) => f.message['zh-CN'].startsWith('表三'))!;
    assert.match(requests.message['zh-CN'], /^表三（收到和处理政府信息公开申请情况）有25行数字不全（如“一、本年新收政府信息公开申请数量”应有7个数字）。这张表的栏目之间是空格而不是制表符/);
    assert.equal(requests.related.length, 24);
    assert.equal(covered(text, requests.range), '一、本年新收政府信息公开申请数量');
    const review = counts.find((f) => f.message['zh-CN'].startsWith('表四'))!;
    assert.match(review.message['zh-CN'], /应有15个数字，这里有3个。这张表的栏目之间是空格/);
    assert.deepEqual(only(findingsOf(text), 'missing-table'), []);
  });

  it('short lines of prose in a part without a table make no table: the table is still missing', () => {
    const text = seed('002');
    const model = parseReport(text);
    const part = model.parts.find((p) => p.id === 3)!;
    const table = model.tables.find((t) => t.kind === 'requests')!;
    const lines = text.split('\n');
    // Part 三's table replaced by a list of short lines, figures among them, that names no row of the table.
    // Its words are the table's (自然人, 予以公开), but one named row is no table.
    lines.splice(table.startLine, table.endLine - table.startLine + 1, '单位：件', '', '自然人申请  150', '法人或其他组织申请  28', '', '（一）予以公开', '99', '', '合计  178');
    const without = lines.join('\n');
    assert.ok(part.bodyStart <= table.startLine);
    const after = parseReport(without);
    assert.equal(after.tables.some((t) => t.kind === 'requests'), false);
    assert.equal(only(findingsOf(without), 'missing-table').length, 1);
  });

  describe('a sub-heading right before table 二 and right after its last row ((一)…数量 / (二)主动公开政府信息的主要类别): prose around the table, not cells of it, the same findings as with TABs', () => {
    const lines = Doc.seed('002').text.split('\n');
    const part = lines.indexOf('二、主动公开政府信息情况');
    const fee = lines.findIndex((l, i) => i > part && l === '\t2030.16873');
    lines.splice(fee + 1, 0, '(二)主动公开政府信息的主要类别', '全年主动公开的政府信息中，政策文件12条。');
    lines.splice(part + 1, 0, '(一)主动公开政府信息的数量');
    const withTabs = lines.join('\n');
    for (const [name, convert] of [
      ['rows one per line, each TAB two spaces', (t: string) => relayout(t, 'row').replace(/\t/g, '  ')],
      ['cells one per line, the TABs gone', (t: string) => relayout(t, 'cell').replace(/\t/g, '')],
      ['cells one per line copied from a PDF', pdfCopy],
      ['cells one per line, a blank line after every cell', blankBetweenCells],
    ] as const) {
      it(name, () => {
        const converted = convert(withTabs);
        assert.ok(!converted.includes('\t'));
        assert.deepEqual(messages(converted), messages(withTabs));
        assert.ok(!messages(converted).some((m) => m.startsWith('numbering-gap')), messages(converted).join('\n'));
        const heading = converted.split('\n').indexOf('(二)主动公开政府信息的主要类别');
        const active = parseReport(converted).tables.find((t) => t.kind === 'active');
        assert.ok(active && active.range.end.line < heading, JSON.stringify(active?.range));
      });
    }
  });

  it('a part that holds a TAB is read with TABs only (what the cache key of the tables relies on)', () => {
    const spaced = pdfCopy(seed('002'));
    const model = parseReport(spaced);
    assert.ok(model.tables.some((t) => t.kind === 'requests'));
    const part = model.parts.find((p) => p.id === 3)!;
    const lines = spaced.split('\n');
    lines.splice(part.bodyStart, 0, '注\t单位：件');
    const withTab = lines.join('\n');
    // Part 三's lines without a TAB are not read as a table; tables 二 and 四, in parts without a TAB, are.
    assert.deepEqual(parseReport(withTab).tables.filter((t) => t.separator === 'space').map((t) => t.kind), ['active', 'review']);
  });
});

describe('rows one per line parted by spaces, a label cell wrapped over three lines, its last piece before the figures (a PDF copy)', () => {
  const base = relayout(Doc.seed('002').text, 'row')
    .split('\n')
    .map((l) => l.replace(/^\t+/, '').replace(/\t+$/, '').replace(/\t+/g, '    '))
    .join('\n');
  const whole = '1.申请人无正当理由逾期不补正、行政机关不再受理其政府信息公开申请';
  const row = base.split('\n').find((l) => l.includes(whole))!;
  it('the layout itself is read as the seed is', () => assert.deepEqual(messages(base), messages(Doc.seed('002').text)));
  it('（六）其他处理 / 1.申请人无正当理由 · 逾期不补正、行政机关不再 · 受理其政府信息公开申请 3 0 …: one label, its variant named once, as the seed’s', () => {
    const text = base.replace(row, row.replace(whole, '1.申请人无正当理由\n逾期不补正、行政机关不再\n受理其政府信息公开申请'));
    assert.notEqual(text, base);
    // It named the last two pieces as a variant of the label, the first piece lost.
    assert.deepEqual(messages(text), messages(base));
    const r = parseReport(text).tables.find((t) => t.kind === 'requests')!.rows.find((x) => x.spec?.id === 'other.noCorrection')!;
    assert.equal(r.label, whole);
  });
  it('pieces that make no label with the first stay out of it', () => {
    const text = base.replace(row, row.replace(whole, '1.申请人无正当理由\n逾期不补正、行政机关不再\n另作说明'));
    const r = parseReport(text).tables.find((t) => t.kind === 'requests')!.rows.find((x) => x.spec?.id === 'other.noCorrection');
    assert.ok(!r || !r.label.startsWith('1.申请人无正当理由逾期'), r?.label);
  });
});

describe('tables without TABs, a note under a table opened by 注： on a line of its own, its items numbered below', () => {
  const NOTE = '注：\n1.本表数据统计时间为2024年1月1日至2024年12月31日；\n2.表中数据单位为件。\n';
  for (const [what, convert] of CONVERSIONS) {
    it(`${what}: nothing new`, () => {
      const base = convert(seed('002'));
      const text = base.replace('五、存在的主要问题及改进情况', `${NOTE}\n五、存在的主要问题及改进情况`);
      assert.notEqual(text, base);
      // 注： was read as a sixteenth cell of table 四 (cell-count, 16 for 15).
      assert.deepEqual(messages(text), messages(base));
    });
  }
  for (const note of ['说明：', '备注:']) {
    it(`${note} alone under table 四, rows parted by spaces: no cell of it`, () => {
      const base = CONVERSIONS.find(([w]) => w === 'rows one per line, each TAB two spaces')![1](seed('002'));
      const text = base.replace('五、存在的主要问题及改进情况', `${note}\n本表不含往年案件。\n\n五、存在的主要问题及改进情况`);
      assert.deepEqual(messages(text), messages(base));
    });
  }
});

describe('rows parted by spaces with the rules of a simple table (pandoc: `-----    ---` under the header, and at the end)', () => {
  const base = CONVERSIONS.find(([w]) => w === 'rows one per line, each TAB two spaces')![1](seed('002'));
  /** A rule of dashes under the first line of each table, and after its last. */
  const ruled = (() => {
    const lines = base.split('\n');
    const out: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      out.push(lines[i]!);
      const l = lines[i]!;
      if (/^(第二十条第（一）项|（本列数据|行政复议)/.test(l.trim())) out.push(l.trim().split(/ {2,}/).map((w) => '-'.repeat(Math.max(4, 2 * w.length))).join('  '));
    }
    return out.join('\n').replace(/(四、结转下年度继续办理[^\n]*\n)/, '$1------  ---  ---\n');
  })();
  it('the rules are no cells: the same findings', () => {
    assert.notEqual(ruled, base);
    // Under table 四's first header line the rule was read as two of its figures (cell-not-number “----”, cell-count 17).
    assert.deepEqual(messages(ruled), messages(base));
  });
  for (const dash of ['--', '---']) {
    it(`a figure written ${dash} (a placeholder) is still a cell`, () => {
      const text = base.replace(/(\n二、上年结转政府信息公开申请数量 +5 +)0/, `$1${dash}`);
      assert.notEqual(text, base);
      assert.deepEqual(newFindings(base, text).map((f) => f.split(' ')[0]), ['cell-not-number']);
    });
    it(`a cell ${dash} alone on its line, cells one per line without blank lines (a PDF copy), is still a cell`, () => {
      const pdf = CONVERSIONS.find(([w]) => w.startsWith('cells one per line copied from a PDF'))![1](seed('002'));
      const text = pdf.replace(/(\n二、上年结转政府信息公开申请数量\n5\n)0\n/, `$1${dash}\n`);
      assert.notEqual(text, pdf);
      assert.deepEqual(newFindings(pdf, text).map((f) => f.split(' ')[0]), ['cell-not-number']);
    });
  }
});

describe('cells one per line, a blank line after every cell: table 三’s header rows repeated after a page break', () => {
  const base = blankBetweenCells(seed('002'));
  const header = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
  const at = base.indexOf('（四）无法提供\n');
  const text = `${base.slice(0, at)}- 3 -\n\n${header.map((h) => `${h}\n\n`).join('')}${base.slice(at)}`;
  it('the repeated 总计 heads a column, it is no second （七）总计 row: only the page number is new', () => {
    // It was read as （七）总计 with no figure (cell-count 0 of 7, row-order, duplicate-row).
    const added = newFindings(base, text);
    assert.deepEqual(added.map((f) => f.split(' ')[0]), ['artifact'], added.join('; '));
  });
  it('the table’s own （七）总计 row is still read once, with its seven figures', () => {
    const total = parseReport(text).tables.find((t) => t.kind === 'requests')!.rows.filter((r) => r.spec?.id === 'total');
    assert.equal(total.length, 1);
    assert.deepEqual(total[0]!.cells.map((c) => c.raw.trim()), ['171', '7', '0', '0', '0', '0', '178']);
  });
});

describe('placeholders for none (“/”, “—”, “－”, “-”, “无”) in tables without TABs: each row read for the cells its label has', () => {
  /** Seed `id` with every figure 0 of its tables written `ph` (TABs kept). */
  const zeros = (id: string, ph: string) => seed(id).replace(/^\t0$/gm, `\t${ph}`);
  const byTabs = (id: string, ph: string) => messages(zeros(id, ph));
  for (const ph of ['/', '—', '－', '-', '无']) {
    it(`cells one per line, a blank line after every cell, ${ph} for 0: the same findings as with TABs`, () => {
      // Every row with a placeholder broke after its first cell (cell-count: 7 expected, 1 found).
      assert.deepEqual(messages(blankBetweenCells(zeros('002', ph))), byTabs('002', ph));
    });
  }
  for (const [what, convert] of CONVERSIONS.filter(([w]) => w.startsWith('cells one per line'))) {
    it(`${what}, a table all placeholders (seed 001, every 0 written /): found, the same findings as with TABs`, () => {
      // Tables 二 and 四 (no figure but placeholders) were no table (missing-table).
      assert.deepEqual(messages(convert(zeros('001', '/'))), byTabs('001', '/'));
    });
  }
  it('cells one per line without blank lines, with TABs: table 四 all placeholders is its row of figures, not a header row', () => {
    const text = relayout(zeros('001', '/'), 'cell').replace(/\n\n(?=\t)/g, '\n');
    // Its fifteen / were read as header cells (missing-row).
    assert.deepEqual(messages(text), byTabs('001', '/'));
  });
  it('a line —— under table 二 (its last row full) or under table 四 (its fifteen cells): no cell, nothing new', () => {
    const base = blankBetweenCells(zeros('002', '/'));
    const text = base
      .replace('2030.16873\n', '2030.16873\n\n——\n')
      .replace('五、存在的主要问题及改进情况', '——\n\n五、存在的主要问题及改进情况');
    assert.notEqual(text, base);
    assert.deepEqual(messages(text), messages(base));
  });
  it('a placeholder after a row whose cells are all written is no cell of it (行政许可 / 21650 / —— : the row keeps its one cell)', () => {
    const base = blankBetweenCells(seed('002'));
    const text = base.replace('21650\n', '21650\n\n/\n');
    const license = parseReport(text).tables.find((t) => t.kind === 'active')!.rows.find((r) => r.spec?.id === 'license')!;
    assert.deepEqual(license.cells.map((c) => c.raw.trim()), ['21650']);
    assert.equal(license.extraCells.length, 0);
  });
  it('a figure 1 to 3 digits long after a figure, the row it names with cells left, is a cell, not a page number (行政规范性文件 / 0 / 0 / 3)', () => {
    const tabs = seed('002').replace('\t7\n\t35\n\t102\n', '\t0\n\t0\n\t3\n');
    assert.notEqual(tabs, seed('002'));
    const text = CONVERSIONS.find(([w]) => w === 'cells one per line, the TABs gone')![1](tabs);
    // The 3 was read as a stray page number (artifact) and the row found short (cell-count 2 of 3).
    assert.deepEqual(messages(text), messages(tabs));
  });
});

describe('cells one per line, a blank line after every cell, blank cells written as blank lines', () => {
  /** Seed 002 in that layout, the blank cells of its header kept: each a blank line of its own before its blank line. */
  const keep = (text: string) => relayout(text, 'cell').split('\n').flatMap((l) => (l.startsWith('\t') ? [l.trim(), ''] : l === '' ? [] : [l, ''])).join('\n');
  const base = keep(seed('002'));
  it('the layout itself reads as the seed', () => assert.deepEqual(messages(base), messages(seed('002'))));
  it('a lone blank cell (三 blank lines between two cells): empty-cell on that cell, as with TABs', () => {
    const tabs = seed('002').replace(/(\t2\.其他法律[^\n]*\n)\t0\n/, '$1\t\n');
    assert.notEqual(tabs, seed('002'));
    const text = keep(tabs);
    // The row broke at the blank (cell-count 0 of 7) and no blank was named.
    assert.deepEqual(messages(text), messages(tabs));
    const blank = findingsOf(text).find((f) => f.code === 'empty-cell')!;
    assert.equal(text.split('\n')[blank.range.start.line], '');
    assert.equal(text.split('\n')[blank.range.start.line - 2], '2.其他法律和行政法规禁止公开');
  });
  it('three blank cells, two in one row: the same findings as with TABs', () => {
    const tabs = seed('002').replace(/(\t2\.其他法律[^\n]*\n)\t0\n\t0\n/, '$1\t\n\t\n').replace(/(\t2\.没有现成信息[^\n]*\n\t3\n\t0\n)\t0\n/, '$1\t\n');
    assert.notEqual(tabs, seed('002'));
    assert.deepEqual(messages(keep(tabs)), messages(tabs));
  });
});

describe('item numbers spread out by justified text (`3 . 其他`, `（ 一 ） 予以公开`, `四 、 结转…`) in tables without TABs', () => {
  const spread = (s: string) => [...s].join(' ');
  /**
   * Every table cell's list number spread out, one space between its characters and one after it, and a cell of eight
   * characters or fewer spread whole (`行 政 许 可`, `3 . 其 他`), as Word's distributed alignment or a PDF's extraction
   * writes them; prose untouched.
   */
  const spreadCells = (text: string, whole: boolean): string =>
    text.split('\n').map((l) => (!l.includes('\t') ? l : l.split('\t').map((f) => {
      const t = f.trim();
      if (whole && t.length >= 2 && t.length <= 8 && !/\d$/.test(t)) return spread(t);
      return f.replace(/^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．]|[一二三四五六七八九十]{1,3}、)/, (n) => `${spread(n)} `);
    }).join('\t'))).join('\n');
  // `whole`: short cells spread whole too; with one space between cells, header words so spread (`结 果 维 持 结 果 纠 正`)
  // are told apart by the words they spell.
  const layouts: readonly (readonly [string, (text: string) => string, boolean])[] = [
    ['rows one per line, each TAB two spaces', (t) => relayout(t, 'row').replace(/\t/g, '  '), true],
    ['cells one per line, each TAB a space', (t) => relayout(t, 'cell').replace(/\t/g, ' '), true],
    ['cells one per line copied from a PDF', pdfCopy, true],
    ['as pdftotext -layout writes it, labels wrapped at 24 characters', (t) => pdfLayout(t, 24), true],
    ['copied from a PDF, one space between cells, a label over 12 characters on its line and the figures below', (t) => pdfLabelsAbove(t, 12), false],
    ['copied from a PDF, one space between cells, short cells spread whole (header words too)', (t) => pdfLabelsAbove(t, 12), true],
    ['rows one per line, each TAB a space, short cells spread whole (header words too)', (t) => relayout(t, 'row').replace(/\t/g, ' '), true],
  ];
  for (const name of SEEDS.filter((s) => !s.startsWith('000'))) {
    const prefix = name.slice(0, 3);
    for (const [how, convert, whole] of layouts) {
      it(`${prefix}, ${how}: the same findings as with the numbers written close`, () => {
        const close = convert(seed(prefix));
        const spaced = convert(spreadCells(seed(prefix), whole));
        assert.match(spaced, /[0-9] \. /);
        // label-variant quotes the label as written: compared without blanks (the lines may differ, labels being longer).
        const brief = (text: string) => findingsOf(text).map((f) => `${f.code} ${f.message['zh-CN'].replace(/ /g, '')}`).sort();
        assert.deepEqual(brief(spaced), brief(close));
        assert.deepEqual(parseReport(spaced).tables.map((t) => t.rows.map((r) => [r.spec?.id, r.cells.length])), parseReport(close).tables.map((t) => t.rows.map((r) => [r.spec?.id, r.cells.length])));
      });
    }
  }

  it('a wrong spread number is still found on its digit (row-number)', () => {
    const text = relayout(seed('002'), 'row').replace('\t3.其他', '\t4 . 其 他').replace(/\t/g, '   ');
    const f = only(findingsOf(text), 'row-number');
    assert.equal(f.length, 1);
    assert.equal(covered(text, f[0]!.range), '4');
  });

  it('prose lines in a part without TABs opening with a spread number (`1 . 本年度收到申请 35 件，全部办结`): read as with the number close', () => {
    for (const prefix of ['001', '002', '003', '004']) {
      const rows = relayout(seed(prefix), 'row').replace(/\t/g, '  ');
      const withProse = (a: string, b: string) =>
        rows.replace('三、收到和处理政府信息公开申请情况\n', `三、收到和处理政府信息公开申请情况\n${a}本年度收到申请 35 件，全部办结\n${b}其中网上申请 20 件 信函申请 15 件\n`);
      const close = withProse('1.', '2.');
      const spread = withProse('1 . ', '2 . ');
      const brief = (text: string) => findingsOf(text).map((f) => `${f.code}@${f.range.start.line}`).sort();
      assert.deepEqual(brief(spread), brief(close), prefix);
      assert.deepEqual([...parseReport(spread).tableLines].sort((a, b) => a - b), [...parseReport(close).tableLines].sort((a, b) => a - b), prefix);
    }
  });

  it('a figure before a decimal point spread out (`1 . 5`), or before a stop and another figure, stays a figure', () => {
    const text = relayout(seed('002'), 'row').replace(/\t/g, '   ');
    const row = text.split('\n').find((l) => l.startsWith('行政事业性收费'))!;
    const model = parseReport(text.replace(row, '行政事业性收费   1 . 5   0   0'));
    const fee = model.tables.flatMap((t) => t.rows).find((r) => r.spec?.id === 'fee')!;
    assert.deepEqual(fee.cells.map((c) => c.raw.trim()).slice(0, 1), ['1']);
  });
});

describe('a row short of figures in a table without TABs: its figures are not compared with the prose (which column is blank is not known)', () => {
  const base = CONVERSIONS.find(([w]) => w === 'rows one per line, each TAB two spaces')![1](seed('002'));
  it('行政规范性文件 with 制发 blank (35 and 102 left): the prose’s 新制定7件 and 废止4件 are not read against 35 and 102, only cell-count is new', () => {
    const text = base.replace(/\n行政规范性文件 {2}7 {2}35 {2}102/, '\n行政规范性文件      35  102');
    assert.notEqual(text, base);
    // Before, 新制定7件 was compared with 35 (制发) and 废止4件 with 102 (废止): two false narrative-mismatch findings.
    assert.deepEqual(newFindings(base, text).map((f) => f.split(' ')[0]), ['cell-count']);
  });
  it('the full row still is: 新制定8件 against 7 is found', () => {
    const text = base.replace('其中新制定7件', '其中新制定8件');
    assert.notEqual(text, base);
    assert.deepEqual(newFindings(base, text).map((f) => f.split(' ')[0]), ['narrative-mismatch']);
  });
});
