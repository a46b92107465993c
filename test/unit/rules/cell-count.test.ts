/** cell-count: a row of a table has more or fewer figures than the national format gives it (format §2, §3). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc, relayout, replaceTable, tableRows, type Layout } from '../../helpers/doc';
import { expectNone, expectOne, findingsOf, newFindings, only } from '../../helpers/findings';

function seed001(layout: Layout): Doc {
  return layout === 'cell' ? Doc.seed('001') : Doc.of(relayout(Doc.seed('001').text, 'row'));
}

/** Removes the value cell `column` of a row: its line (cell per line) or its field (row per line). */
function dropCell(doc: Doc, kind: 'requests' | 'review' | 'active', label: string, column: number): Doc {
  const c = doc.cell(kind, label, column);
  const line = doc.lines[c.line]!;
  if (line.trim() === c.text.trim() || line.replace(/^\t/, '').trim() === c.text.trim()) return doc.deleteLines(c.line);
  // Row per line: the field and the TAB before it, and the row's trailing empty fields (which would
  // otherwise read as a blank last cell: that is empty-cell's case, not this one).
  const before = line.lastIndexOf('\t', c.start - 1);
  doc.setLine(c.line, (line.slice(0, before) + line.slice(c.end)).replace(/\t+$/, ''));
  return doc;
}

/** Adds a figure after the value cell `column` of a row, in the row's own layout. */
function addCell(doc: Doc, kind: 'requests' | 'review', label: string, column: number, value: string): Doc {
  const c = doc.cell(kind, label, column);
  const line = doc.lines[c.line]!;
  if (line.replace(/^\t/, '').trim() === c.text.trim()) return doc.insertLines(c.line + 1, `\t${value}`);
  doc.setLine(c.line, `${line.slice(0, c.end)}\t${value}${line.slice(c.end)}`);
  return doc;
}

describe('cell-count fires', () => {
  for (const layout of ['cell', 'row'] as const) {
    it(`a table-三 row one figure short, ${layout} per line → on its label, “应有7个数字，这里有6个”, no fix`, () => {
      const doc = dropCell(seed001(layout), 'requests', '予以公开', 3);
      expectOne(doc.text, 'cell-count', doc.label('requests', '予以公开'), {
        severity: 'error',
        zh: ['表三（收到和处理政府信息公开申请情况）“（一）予以公开”应有7个数字，这里有6个。'],
        en: ['“(1) disclosed”: 7 figures expected, 6 found.'],
        fixed: null,
      });
    });

    it(`a table-三 row with a figure too many, ${layout} per line → on its label, the extra cell as related information`, () => {
      const doc = addCell(seed001(layout), 'requests', '国家秘密', 6, '9');
      const f = expectOne(doc.text, 'cell-count', doc.label('requests', '国家秘密'), { zh: ['“1.属于国家秘密”应有7个数字，这里有8个。'] });
      assert.equal(f.related.length, 1);
      assert.equal(f.related[0]!.message['zh-CN'], '多出的单元格');
      assert.equal(doc.lines[f.related[0]!.range.start.line]!.slice(f.related[0]!.range.start.character, f.related[0]!.range.end.character), '9');
    });

    it(`table 四 one figure short, ${layout} per line → on the row of figures, the table named once`, () => {
      const doc = dropCell(seed001(layout), 'review', '', 7);
      const fs = only(findingsOf(doc.text), 'cell-count');
      assert.equal(fs.length, 1);
      assert.equal(fs[0]!.message['zh-CN'], '表四（行政复议、行政诉讼情况）应有15个数字，这里有14个。');
      assert.equal(fs[0]!.message.en, 'table 四 (review and litigation): 15 figures expected, 14 found.');
      assert.equal(fs[0]!.range.start.line, doc.cells('review')[0]!.line);
    });
  }

  it('a 规章 row of table 二 with two figures instead of three', () => {
    const doc = dropCell(Doc.seed('001'), 'active', '规章', 2);
    expectOne(doc.text, 'cell-count', doc.label('active', '规章'), { zh: ['“规章”应有3个数字，这里有2个。'] });
  });

  it('a short row is left out of the arithmetic (its totals are not guessed)', () => {
    const doc = dropCell(Doc.seed('001'), 'requests', '本年新收', 6);
    const fs = findingsOf(doc.text);
    assert.equal(only(fs, 'cell-count').length, 1);
    assert.deepEqual([...only(fs, 'row-total'), ...only(fs, 'balance'), ...only(fs, 'column-total')], []);
  });
});

describe('cell-count: table 三 drawn with other columns than the format’s', () => {
  /** Seed 002’s table 三 with only 自然人 and 总计 (the five organisation columns dropped), header included. */
  function twoColumns(layout: Layout): Doc {
    const doc = layout === 'cell' ? Doc.seed('002') : Doc.of(relayout(Doc.seed('002').text, 'row'));
    const rows = tableRows(doc, 'requests').map((r) => {
      const figures = r.map((f, i) => (/^\d+$/.test(f.trim()) ? i : -1)).filter((i) => i >= 0);
      if (figures.length === 7) return r.filter((_, i) => !figures.slice(1, 6).includes(i));
      return r.filter((f) => !['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '法人或其他组织'].includes(f.trim()));
    });
    const out = replaceTable(doc, 'requests', rows, layout);
    // Row per line as Word writes it: each row with its own cells, no TABs padding it to the widest.
    return Doc.of(out.text.replace(/\t+$/gm, ''));
  }

  for (const layout of ['cell', 'row'] as const) {
    it(`${layout} per line, every row with two figures → one finding for the table, naming the format’s seven columns, the other rows as related information`, () => {
      const doc = twoColumns(layout);
      const fs = only(findingsOf(doc.text), 'cell-count');
      assert.equal(fs.length, 1, fs.map((f) => f.message['zh-CN']).join('\n'));
      assert.match(fs[0]!.message['zh-CN'], /^表三（收到和处理政府信息公开申请情况）有\d+行都是2个数字，国家格式每行7个（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）/);
      assert.match(fs[0]!.message.en, /rows have 2 figures each where the national format has 7/);
      assert.ok(fs[0]!.related.length >= 20);
    });
  }

  /** Seed 002’s table 三 without its 总计 column (header and figures), written with TABs or, as a PDF gives it, spaces. */
  function noTotal(spaces: boolean): Doc {
    const doc = Doc.of(relayout(Doc.seed('002').text, 'row'));
    const rows = tableRows(doc, 'requests').map((r) => {
      const figures = r.map((f, i) => (/^\d+$/.test(f.trim()) ? i : -1)).filter((i) => i >= 0);
      if (figures.length === 7) return r.filter((_, i) => i !== figures[6]);
      return r.filter((f) => f.trim() !== '总计');
    });
    const out = replaceTable(doc, 'requests', rows, 'row');
    const region = out.table('requests');
    const lines = out.text.split('\n').map((l, i) => (i >= region.startLine && i <= region.endLine ? l.replace(/\t+$/, '') : l));
    return Doc.of(spaces ? lines.map((l, i) => (i >= region.startLine && i <= region.endLine ? l.replace(/\t+/g, ' ') : l)).join('\n') : lines.join('\n'));
  }

  for (const spaces of [false, true]) {
    it(`no 总计 column, ${spaces ? 'spaces' : 'TABs'} between the cells → one finding for table 三, not two (rows short of a figure, and all short alike)`, () => {
      const fs = only(findingsOf(noTotal(spaces).text), 'cell-count').filter((f) => f.message['zh-CN'].startsWith('表三'));
      assert.equal(fs.length, 1, fs.map((f) => f.message['zh-CN']).join('\n'));
      // With TABs the columns are not the format's; with spaces the blanks may as well be why: it says so.
      assert.match(fs[0]!.message['zh-CN'], spaces ? /有25行数字不全.*这张表的栏目之间是空格而不是制表符/ : /行都是6个数字，国家格式每行7个/);
    });
  }

  it('two short rows among full ones are each their own finding', () => {
    const doc = seed001('cell');
    dropCell(doc, 'requests', '予以公开', 2);
    dropCell(doc, 'requests', '部分公开', 2);
    assert.equal(only(findingsOf(doc.text), 'cell-count').length, 2);
  });
});

describe('cell-count stays quiet', () => {
  for (const s of ['001', '002']) {
    for (const layout of ['cell', 'row'] as const) {
      for (const numeral of ['二', '三', '四']) {
        it(`seed ${s}'s part ${numeral} pasted twice, ${layout} per line: the copy's table is no more cells of the first, nor prose (duplicate-section alone reports the copy)`, () => {
          const base = relayout(Doc.seed(s).text, layout);
          const doc = Doc.of(base);
          const { start, end } = doc.partLines(numeral);
          doc.insertLines(end, ...doc.lines.slice(start, end));
          const fs = findingsOf(doc.text);
          assert.deepEqual(only(fs, 'cell-count'), []);
          assert.equal(only(fs, 'duplicate-section').length, 1);
          assert.deepEqual(newFindings(base, doc.text).filter((f) => !f.startsWith('duplicate-section')), []);
        });
      }
    }
  }

  for (const s of ['000', '001', '002', '003', '004']) {
    for (const layout of ['cell', 'row'] as const) {
      it(`seed ${s} as published, ${layout} per line`, () => expectNone(relayout(Doc.seed(s).text, layout), 'cell-count'));
    }
  }

  for (const placeholder of ['/', '—', '无']) {
    it(`row per line without leading TABs, a row of seven “${placeholder}” before a group’s line ((四)无法提供, (五)不予处理, (六)其他处理): seven cells, only the placeholders named`, () => {
      const base = relayout(Doc.seed('002').text, 'row')
        .split('\n')
        .map((l) => l.replace(/^\t+(?=\S)/, ''))
        .join('\n');
      for (const row of ['8.属于行政查询事项', '3.补正后申请内容仍不明确', '5.要求行政机关确认或重新出具已获取信息']) {
        const from = `${row}\t0\t0\t0\t0\t0\t0\t0\n`;
        assert.ok(base.includes(from), row);
        const text = base.replace(from, `${row}${`\t${placeholder}`.repeat(7)}\n`);
        const added = newFindings(base, text);
        assert.deepEqual(added.map((f) => f.split(/[@ ]/)[0]), ['cell-not-number'], `${row}: ${added.join('; ')}`);
      }
    });
  }

  for (const page of ['7', '- 7 -']) {
    it(`one cell per line, a page number “${page}” alone between a row's label and its first figure (the page broke there): the row keeps its seven figures, the page number is artifact's alone`, () => {
      const doc = Doc.seed('002');
      const l = doc.label('requests', '本机关不掌握').line;
      assert.equal(doc.lines[l + 1], '\t30');
      doc.insertLines(l + 1, page);
      const added = newFindings(Doc.seed('002').text, doc.text);
      // It was cell-count (0 of 7 on the label) and the figures orphaned, left out of every sum.
      assert.deepEqual(added.map((f) => f.split(/[@ ]/)[0]), ['artifact'], added.join('; '));
    });
  }

  it('trailing empty fields after a row (merged-cell padding in row-per-line exports)', () => {
    const doc = seed001('row');
    const l = doc.label('requests', '予以公开').line;
    doc.setLine(l, `${doc.lines[l]!}\t\t`);
    expectNone(doc.text, 'cell-count');
  });

  it('blank cells count as cells (empty-cell speaks of them)', () => {
    const doc = Doc.seed('001').setRow('requests', '予以公开', ['', '', '']);
    expectNone(doc.text, 'cell-count');
    assert.equal(only(findingsOf(doc.text), 'empty-cell').length, 1);
  });
});

/**
 * Seed 002 with table 二 one cell per line and no blank line between its rows (`⇥行政规范性文件` / `⇥7` / `⇥35` / `⇥102` /
 * `⇥第二十条第（五）项` …), with `tab` or without the leading TABs, and `extra` lines put after 行政规范性文件's figures.
 */
function activeRunTogether(tab: boolean, extra: readonly string[] = []): string {
  const lines = Doc.seed('002').text.split('\n');
  const from = lines.findIndex((l) => l.startsWith('二、主动公开'));
  const to = lines.findIndex((l) => l.startsWith('三、收到和处理'));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (i > from && i < to - 1 && l.trim() === '') continue;
    out.push(i > from && i < to && !tab ? l.replace(/^\t/, '') : l);
    if (i > from && i < to && l.trim() === '102') out.push(...extra.map((x) => (tab ? `\t${x}` : x)));
  }
  return out.join('\n');
}

describe('cell-count: a row a province adds to table 二, cells one per line and rows run together', () => {
  for (const tab of [true, false]) {
    const how = tab ? 'after TABs' : 'without TABs';
    it(`${how}: the layout alone changes nothing`, () => {
      assert.deepEqual(newFindings(Doc.seed('002').text, activeRunTogether(tab)), []);
    });

    it(`${how}: a row 其他主动公开文件 after 行政规范性文件’s three figures is a row of its own, not three more cells of it`, () => {
      // It was cell-count on 行政规范性文件 (3 expected, 7 found).
      assert.deepEqual(newFindings(activeRunTogether(tab), activeRunTogether(tab, ['其他主动公开文件', '5', '0', '12'])), []);
    });

    it(`${how}: a fourth figure after 行政规范性文件’s three, no label before it → cell-count still fires`, () => {
      const fs = only(findingsOf(activeRunTogether(tab, ['9'])), 'cell-count');
      assert.equal(fs.length, 1);
      assert.match(fs[0]!.message['zh-CN'], /“行政规范性文件”应有3个数字，这里有4个/);
    });

    it(`${how}: a label after only two of the row’s figures is no row of its own (the row is short) → cell-count still fires`, () => {
      const text = activeRunTogether(tab).replace(tab ? '\t35\n\t102\n' : '35\n102\n', tab ? '\t35\n\t其他主动公开文件\n\t102\n' : '35\n其他主动公开文件\n102\n');
      assert.ok(only(findingsOf(text), 'cell-count').length + only(findingsOf(text), 'cell-not-number').length >= 1);
    });
  }
});
