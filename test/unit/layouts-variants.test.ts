/**
 * Reports the project has never seen, built from format.md's variants (§1.3, §2, §3.1–3.3): the
 * parser and rules must find every real fault and invent none.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, collectFixEdits, parseReport } from '../../shared/src';
import { Doc, relayout, replaceTable, type Layout } from '../helpers/doc';
import { covered, expectNone, expectOne, findingsOf, newFindings, only, rangeOf } from '../helpers/findings';
import { requestsWithOrgSubtotal } from '../helpers/variants';

const LAYOUTS: readonly Layout[] = ['cell', 'row'];
const seed002 = (layout: Layout) => Doc.of(layout === 'cell' ? Doc.seed('002').text : relayout(Doc.seed('002').text, 'row'));
/** Codes that say something is wrong with the tables. */
const TABLE_CODES = ['missing-table', 'missing-row', 'cell-count', 'cell-not-number', 'invalid-number', 'empty-cell', 'row-total', 'column-total', 'balance', 'review-total'];
const tableFindings = (text: string) => findingsOf(text).filter((f) => TABLE_CODES.includes(f.code));

describe('table 三 with an eighth column, the 法人或其他组织 subtotal (format §3.1)', () => {
  for (const layout of LAYOUTS) {
    for (const at of [6, 1] as const) {
      const where = at === 6 ? 'after the organisations' : 'after 自然人';
      const build = (options: Parameters<typeof requestsWithOrgSubtotal>[1] = {}) => {
        const base = seed002(layout);
        return replaceTable(base, 'requests', requestsWithOrgSubtotal(base, { at, ...options }));
      };

      it(`${layout} per line, subtotal ${where}: read as the seven official columns, nothing new`, () => {
        const doc = build();
        assert.deepEqual(newFindings(seed002(layout).text, doc.text), []);
        const table = parseReport(doc.text).tables.find((t) => t.kind === 'requests')!;
        const open = table.rows.find((r) => r.spec?.id === 'open')!;
        assert.deepEqual(open.cells.map((c) => c.raw.trim()), ['92', '7', '0', '0', '0', '0', '99', '7']);
      });

      it(`${layout} per line, subtotal ${where}: a wrong subtotal → row-total on it, fix to the sum of the organisations`, () => {
        const doc = build({ subtotal: (row, orgs) => (row === 2 ? orgs + 1 : orgs) });
        const cell = doc.cell('requests', '予以公开', at);
        assert.equal(cell.text, '8');
        expectOne(doc.text, 'row-total', cell, {
          zh: ['表三“（一）予以公开”行“法人或其他组织（小计）”列应为 7，表中为 8', '五类法人或其他组织之和 = 法人或其他组织小计：7 + 0 + 0 + 0 + 0 = 7 ≠ 8'],
          en: ['organisations (subtotal)'],
          fixed: build().text,
        });
        assert.deepEqual(tableFindings(doc.text).map((f) => f.code), ['row-total']);
      });

      it(`${layout} per line, subtotal ${where}: a wrong 商业企业 figure breaks its row, the subtotal and its column → named alone`, () => {
        const good = build();
        const business = at === 6 ? 1 : 2;
        const doc = good.clone().setCell('requests', '予以公开', business, '9');
        expectOne(doc.text, 'row-total', doc.cell('requests', '予以公开', business), { zh: ['“商业企业”列应为 7，表中为 9'], fixed: good.text });
        assert.equal(tableFindings(doc.text).length, 1);
      });

      it(`${layout} per line, subtotal ${where}: a wrong 商业企业 figure with the subtotal worked out from it → both named, the fixes restore the table`, () => {
        const good = build();
        const business = at === 6 ? 1 : 2;
        // 7 → 9 in 商业企业, and the office's subtotal 9 (it holds with the wrong figure): its row and its column fail.
        const doc = build({ subtotal: (row, orgs) => (row === 2 ? orgs + 2 : orgs) }).setCell('requests', '予以公开', business, '9');
        const fs = tableFindings(doc.text);
        const at_ = (f: { code: string; range: unknown }) => `${f.code} ${JSON.stringify(f.range)}`;
        assert.deepEqual(fs.map(at_).sort(), [business, at].map((c) => at_({ code: 'row-total', range: rangeOf(doc.cell('requests', '予以公开', c)) })).sort());
        assert.equal(applyEdits(doc.text, collectFixEdits(fs)).text, good.text);
      });
    }

    it(`${layout} per line, no header cell for the subtotal: its place is read from the figures`, () => {
      for (const at of [6, 1] as const) {
        const base = seed002(layout);
        const doc = replaceTable(base, 'requests', requestsWithOrgSubtotal(base, { at, header: false }));
        assert.deepEqual(newFindings(seed002(layout).text, doc.text), [], `subtotal at ${at}`);
      }
    });
  }

  it('a table with one row of eight figures among seven-figure rows is not an eight-column table', () => {
    const doc = Doc.seed('002');
    const c = doc.cell('requests', '予以公开', 6);
    doc.insertLines(c.line + 1, '\t5');
    expectOne(doc.text, 'cell-count', doc.label('requests', '予以公开'), { zh: ['应有7个数字，这里有8个'] });
  });
});

describe('subtotal rows a report adds for （三）…（六） (format §3.2 A5): tolerated and checked', () => {
  const groups: [string, string, string[]][] = [
    ['（三）不予公开', '国家秘密', ['国家秘密', '禁止公开', '三安全一稳定', '第三方', '内部事务', '过程性信息', '执法案卷', '行政查询']],
    ['（四）无法提供', '不掌握', ['不掌握', '另行制作', '仍不明确']],
    ['（五）不予处理', '信访举报', ['信访举报', '重复申请', '出版物', '大量反复', '重新出具']],
    ['（六）其他处理', '逾期不补正', ['逾期不补正', '收费通知', '3.其他']],
  ];
  for (const layout of LAYOUTS) {
    for (const [group, first, items] of groups) {
      const withSubtotal = (delta: number) => {
        const doc = seed002(layout);
        const sums = [0, 1, 2, 3, 4, 5, 6].map((c) => items.reduce((s, n) => s + Number(doc.cell('requests', n, c).text), 0));
        sums[6]! += delta;
        const figures = sums.map(String);
        const row = doc.rowOf('requests', first).row;
        if (layout === 'cell') doc.insertLines(row.startLine, '\t', `\t${group}`, ...figures.map((v) => `\t${v}`), '');
        else doc.insertLines(row.startLine, ['', group, ...figures].join('\t'));
        return doc;
      };

      it(`${layout} per line, ${group} with a right subtotal row: nothing new`, () => {
        assert.deepEqual(newFindings(seed002(layout).text, withSubtotal(0).text), []);
      });

      it(`${layout} per line, ${group} with its 总计 subtotal off by one: column-total on it`, () => {
        const doc = withSubtotal(1);
        const fs = tableFindings(doc.text);
        assert.deepEqual(fs.map((f) => f.code), ['column-total'], fs.map((f) => f.message['zh-CN']).join('\n'));
        assert.match(fs[0]!.message['zh-CN'], new RegExp(`“${group}（小计）”行“总计”列应为`));
        assert.equal(doc.lines[fs[0]!.range.start.line]!.slice(fs[0]!.range.start.character, fs[0]!.range.end.character), String(items.reduce((s, n) => s + Number(seed002(layout).cell('requests', n, 6).text), 0) + 1));
      });
    }
  }
});

describe('labels as real exports write them (format §3.2, §9)', () => {
  it('the 部分公开 label split over two lines (cell per line)', () => {
    const doc = Doc.seed('002');
    const line = doc.line('（二）部分公开');
    doc.setLine(line, '\t（二）部分公开（区分处理的，只计这一');
    doc.insertLines(line + 1, '情形，不计其他情形）');
    assert.deepEqual(newFindings(Doc.seed('002').text, doc.text), []);
  });

  it('group labels split over lines (“不予” … “处理”, “(六) 其他 处理”), half-width (一), in cell per line too', () => {
    const text = relayout(Doc.seed('000').text, 'cell');
    assert.deepEqual(newFindings(Doc.seed('000').text, text), []);
    const model = parseReport(text);
    assert.equal(model.tables.find((t) => t.kind === 'requests')!.rows.filter((r) => r.spec).length, 25);
  });

  for (const layout of LAYOUTS) {
    it(`group labels missing (${layout} per line): every item still read, 3.其他 included`, () => {
      const doc = seed002(layout);
      for (const g of ['（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']) doc.replace(g, '');
      assert.deepEqual(newFindings(seed002(layout).text, doc.text), []);
    });
  }

  it('科研企业 for 科研机构 in the header (Yanta 2019): the table is read as usual, and the heading is named for its official wording', () => {
    for (const layout of LAYOUTS) {
      const doc = seed002(layout).replace('科研机构', '科研企业');
      assert.deepEqual(newFindings(seed002(layout).text, doc.text), ['label-variant text “科研企业” 表三（收到和处理政府信息公开申请情况）的栏目“科研企业”与国家格式用语不同，规范用语为“科研机构”。']);
    }
  });

  it('规范性文件 for 行政规范性文件: label-variant (info), with a fix to the official wording', () => {
    const doc = Doc.seed('002').replace('\t行政规范性文件', '\t规范性文件');
    const f = only(findingsOf(doc.text), 'label-variant').find((x) => x.message['zh-CN'].includes('规范性文件”与国家格式'))!;
    assert.equal(f.severity, 'info');
    assert.equal(f.range.start.line, doc.line('\t规范性文件'));
  });
});

describe('parts as real reports write them', () => {
  it('part 四 missing and the later parts renumbered to close the gap → missing-section for 四, section-order fixes for the numerals', () => {
    const doc = Doc.seed('001').removePart('四').replace('五、存在的主要问题及改进情况', '四、存在的主要问题及改进情况').replace('六、其他需要报告的事项', '五、其他需要报告的事项');
    const fs = findingsOf(doc.text).filter((f) => f.severity !== 'hint');
    assert.deepEqual(fs.map((f) => [f.code, f.range.start.line]), [
      ['section-order', doc.line('四、存在的主要问题')],
      ['missing-section', doc.line('四、存在的主要问题')],
      ['section-order', doc.line('五、其他需要报告的事项')],
    ]);
  });

  it('part 六 with numbered sub-items and figures of its own (建议, 提案): no numbering or prose finding', () => {
    const doc = Doc.seed('001');
    const six = doc.line('六、其他需要报告的事项');
    doc.insertLines(six + 1, '（一）信息处理费收取情况。本年度未收取信息处理费。', '（二）人大代表建议和政协提案办理结果公开情况。全年办理人大代表建议12件、政协提案8件，均已按时办结并公开。', '（三）其他事项。无。');
    assert.deepEqual(newFindings(Doc.seed('001').text, doc.text), []);
  });

  for (const layout of LAYOUTS) {
    it(`${layout} per line, every part heading indented with a TAB (as a cell is): the parts read at their headings, nothing new`, () => {
      const base = seed002(layout);
      const doc = base.clone();
      for (const h of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) {
        const line = doc.line(new RegExp(`^${h.slice(0, 4)}`));
        doc.setLine(line, `\t${doc.lines[line]}`);
      }
      assert.deepEqual(newFindings(base.text, doc.text), []);
      assert.deepEqual(parseReport(doc.text).parts.map((p) => p.id), [1, 2, 3, 4, 5, 6]);
    });
  }

  it('a TAB-indented line with a part’s numeral but other words, or a cell after it, is no heading', () => {
    const base = seed002('cell');
    for (const line of ['\t四、工作成效', '\t四、政府信息公开行政复议、行政诉讼情况\t5']) {
      const doc = base.clone().insertLines(base.line('依申请公开方面') + 1, line);
      assert.equal(parseReport(doc.text).parts.filter((p) => p.id === 4).length, 1);
    }
  });

  it('a part heading split over two lines is not a heading, and is reported missing rather than guessed', () => {
    const doc = Doc.seed('001').replace('三、收到和处理政府信息公开申请情况', '三、收到和处理政府信息');
    doc.insertLines(doc.line('三、收到和处理政府信息') + 1, '公开申请情况');
    const fs = only(findingsOf(doc.text), 'missing-section');
    assert.ok(fs.length <= 1);
  });
});

describe('the fixed layouts of real exports change nothing', () => {
  it('table 三 exported without blank lines between rows (cell per line, rows run together)', () => {
    const doc = Doc.seed('001');
    const region = doc.table('requests');
    const lines = doc.lines.slice(region.startLine, region.endLine + 1).filter((l) => l.trim() !== '' || l === '\t');
    doc.lines.splice(region.startLine, region.endLine - region.startLine + 1, ...lines);
    expectNone(doc.text, 'missing-row');
    expectNone(doc.text, 'cell-count');
  });
});

/**
 * Table 三 of a report in rows one per line as python-docx reads a Word table (`row.cells`): a merged cell's text
 * in every column it spans, across (`（一）予以公开⇥（一）予以公开`, `一、本年新收…` three times) and down (the group
 * labels on each of their rows), the header rows likewise.
 */
function mergedCellsRepeated(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith('（本列数据的勾稽关系为'));
  const note = lines[at]!.split('\t')[0]!;
  const head = [
    [note, note, note, ...Array(7).fill('申请人情况')],
    [note, note, note, '自然人', ...Array(5).fill('法人或其他组织'), '总计'],
    [note, note, note, '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
  ];
  lines.splice(at, 3, ...head.map((r) => r.join('\t')));
  let group = '';
  let sub = '';
  for (let i = at + 3; i < lines.length && lines[i]!.includes('\t'); i++) {
    const fields = lines[i]!.split('\t').filter((f) => f !== '');
    const labels = fields.slice(0, fields.length - 7);
    const figures = fields.slice(fields.length - 7);
    let row: string[];
    if (labels.length === 1 && /^[一二四]、/.test(labels[0]!)) row = [labels[0]!, labels[0]!, labels[0]!];
    else if (labels.length === 2 && labels[0]!.startsWith('三、')) [group, row] = [labels[0]!, [labels[0]!, labels[1]!, labels[1]!]];
    else if (labels.length === 2) [sub, row] = [labels[0]!, [group, labels[0]!, labels[1]!]];
    else if (/^（[二七]）/.test(labels[0]!)) row = [group, labels[0]!, labels[0]!];
    else row = [group, sub, labels[0]!];
    lines[i] = [...row, ...figures].join('\t');
  }
  return lines.join('\n');
}

describe('merged cells written once for each column they span (a Word table as python-docx reads it)', () => {
  const good = relayout(Doc.seed('002').text, 'row');
  const spanned = mergedCellsRepeated(good);

  it('table 三 read as written with its merges: the same findings, the same rows and figures', () => {
    assert.ok(spanned.includes('三、本年度办理结果\t（一）予以公开\t（一）予以公开\t92\t'));
    assert.ok(spanned.includes('一、本年新收政府信息公开申请数量\t一、本年新收政府信息公开申请数量\t一、本年新收政府信息公开申请数量\t171'));
    assert.deepEqual(newFindings(good, spanned), []);
    const rows = (text: string) => parseReport(text).tables.find((t) => t.kind === 'requests')!.rows.map((r) => `${r.spec?.id} ${r.cells.map((c) => c.raw.trim()).join(' ')}`);
    assert.deepEqual(rows(spanned), rows(good));
  });

  it('a wrong figure there is found on its own cell, and its fix restores the table', () => {
    const bad = spanned.replace('三、本年度办理结果\t（一）予以公开\t（一）予以公开\t92\t', '三、本年度办理结果\t（一）予以公开\t（一）予以公开\t93\t');
    assert.notEqual(bad, spanned);
    const f = only(findingsOf(bad), 'column-total').concat(only(findingsOf(bad), 'row-total'));
    assert.equal(f.length, 1);
    const line = bad.split('\n').findIndex((l) => l.includes('\t93\t'));
    assert.equal(f[0]!.range.start.line, line);
    assert.equal(applyEdits(bad, collectFixEdits(findingsOf(bad), new Set(['column-total', 'row-total']))).text, spanned);
  });

  // Table 二's rows of one figure: the template's cell spans the three value columns, and so does its heading.
  const oneFigureRows = (text: string, figures: (f: string) => string[]) =>
    text.replace(/^(行政许可|行政处罚|行政强制|行政事业性收费)\t([^\t\n]+)\t*$/gm, (_, label: string, f: string) => [label, ...figures(f)].join('\t'))
      .replace(/^(信息内容)\t(本年处理决定数量|本年收费金额（单位：万元）)\t*$/gm, (_, a: string, b: string) => [a, b, b, b].join('\t'));

  it('table 二’s rows of one figure with the figure in each column its cell spans: the same findings, the same cells', () => {
    const copied = oneFigureRows(good, (f) => [f, f, f]);
    assert.ok(copied.includes('行政许可\t21650\t21650\t21650'));
    assert.deepEqual(newFindings(good, copied), []);
    const cells = (text: string) => parseReport(text).tables.find((t) => t.kind === 'active')!.rows.map((r) => `${r.spec?.id} ${r.cells.map((c) => c.raw.trim()).join(' ')}`);
    assert.deepEqual(cells(copied), cells(good));
  });

  it('table 二’s row of one figure with three different figures: still cell-count', () => {
    const three = oneFigureRows(good, (f) => [f, '1', '2']);
    assert.ok(three.includes('行政许可\t21650\t1\t2'));
    assert.deepEqual(only(findingsOf(three), 'cell-count').length, 4);
  });

  it('a label written again after a figure is no merged cell: still reported', () => {
    const twice = good.replace('\t（一）予以公开\t92\t', '\t（一）予以公开\t92\t（一）予以公开\t');
    assert.ok(findingsOf(twice).some((f) => f.code === 'duplicate-row' || f.code === 'cell-count'));
  });
});

describe('line breaks inside label cells (a manual break, or the empty paragraph Word leaves at a cell’s end)', () => {
  const s000 = Doc.seed('000').text;
  const s002 = Doc.seed('002').text;
  const cases: [string, string, string, string][] = [
    // what, base, from, to
    ['row per line: a label begun on a line of its own, the rest before its figures', s000, '一、本年新收政府信息公开申请数量\t', '一、本年新收政府信息\n公开申请数量\t'],
    ['row per line: a label cell ending in an empty paragraph, its figures on the next line', s000, '规章\t0\t0\t0', '规章\n\t0\t0\t0'],
    ['cell per line: a label’s bracketed note on a line of its own', s002, '\t（二）部分公开（区分处理的', '\t（二）部分公开\n（区分处理的'],
    ['cell per line: a long label broken after 、行政机关', s002, '行政机关不再受理其政府信息公开申请\n\t3', '行政机关\n不再受理其政府信息公开申请\n\t3'],
    ['cell per line: an empty paragraph after a figure (a blank line inside a row)', s002, '\t（一）予以公开\n\t92\n', '\t（一）予以公开\n\t92\n\n'],
    ['cell per line: a stray TAB after a figure', s002, '\t（一）予以公开\n\t92\n', '\t（一）予以公开\n\t92\t\n'],
  ];
  for (const [what, base, from, to] of cases) {
    it(`${what}: nothing new`, () => {
      assert.ok(base.includes(from), from);
      assert.deepEqual(newFindings(base, base.replace(from, to)), []);
    });
  }

  it('cell per line: a page number between a row’s figures, with blank lines around it (a PDF copied across a page break): only the page number is new', () => {
    const from = '\t（一）予以公开\n\t92\n\t7\n';
    assert.ok(s002.includes(from));
    const added = newFindings(s002, s002.replace(from, '\t（一）予以公开\n\t92\n\n7\n\n\t7\n'));
    assert.equal(added.length, 1);
    assert.match(added[0]!, /^artifact/);
  });

  for (const [what, lines] of [
    ['its running header (the title repeated)', ['', '湘潭县2024年政府信息公开工作年度报告', '']],
    ['its page number and running header', ['', '- 3 -', '', '湘潭县2024年政府信息公开工作年度报告', '']],
  ] as const) {
    it(`cell per line: a page break between a row’s figures leaving ${what} (a PDF copy): only export leftovers are new, and a wrong figure in the row is found on its cell`, () => {
      const from = '\t（一）予以公开\n\t92\n\t7\n';
      assert.ok(s002.includes(from));
      const broken = s002.replace(from, `\t（一）予以公开\n\t92\n${lines.join('\n')}\n\t7\n`);
      const added = newFindings(s002, broken);
      assert.ok(added.length >= 1 && added.every((f) => f.startsWith('artifact')), added.join('; '));
      // 商业企业 7 → 8, the figure after the break.
      const after = `${lines.join('\n')}\n\t7\n`;
      const wrong = broken.replace(after, `${lines.join('\n')}\n\t8\n`);
      assert.notEqual(wrong, broken);
      const [f, ...rest] = only(findingsOf(wrong), 'row-total');
      assert.equal(rest.length, 0);
      assert.equal(covered(wrong, f!.range), '8');
      const eight = wrong.indexOf(`${lines.join('\n')}\n\t8\n`) + lines.join('\n').length + 1;
      assert.equal(f!.range.start.line, wrong.slice(0, eight).split('\n').length - 1);
    });
  }

  it('the title repeated between paragraphs of prose is a running header; the title itself is not', () => {
    const at = s002.indexOf('\n二、主动公开政府信息情况');
    const text = `${s002.slice(0, at)}\n湘潭县2024年政府信息公开工作年度报告${s002.slice(at)}`;
    const artifacts = only(findingsOf(text), 'artifact');
    assert.equal(artifacts.length, 1);
    assert.match(artifacts[0]!.message['zh-CN'], /^页眉（重复的报告标题）：“湘潭县2024年政府信息公开工作年度报告”/);
    assert.deepEqual(only(findingsOf(s002), 'artifact'), []);
    assert.equal(parseReport(text).title?.text, parseReport(s002).title?.text);
  });

  it('row per line, table 四’s header cells broken where they wrap (结果 / 维持, 总 / 计): nothing new, and a wrong total is found', () => {
    const row = relayout(s002, 'row');
    const start = row.indexOf('四、政府信息公开行政复议');
    const broken = row.slice(0, start) + row.slice(start).replace(/(\t|\n)(结果|其他|尚未|总)(维持|纠正|结果|审结|计)(?=\t|\n)/g, '$1$2\n$3');
    assert.notEqual(broken, row);
    assert.deepEqual(newFindings(row, broken), []);
    const wrong = broken.replace(/\t25\t/, '\t26\t');
    assert.notEqual(wrong, broken);
    assert.equal(only(findingsOf(wrong), 'review-total').length, 1);
  });

  it('row per line, every label cell broken where it wraps (the row goes on after the break): nothing new, and a wrong figure there is found on its cell', () => {
    const row = relayout(s002, 'row');
    const breaks: [string, string][] = [
      ['\t（三）不予公开\t', '\t（三）不\n予公开\t'],
      ['\t（四）无法提供\t', '\t（四）无法\n提供\t'],
      ['\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t', '\t（二）部分公开\n（区分处理的，只计这一情形，不计其他情形）\t'],
      ['5.要求行政机关确认或重新出具已获取信息\t', '5.要求行政机关确认\n或重新出具已获取信息\t'],
      ['行政机关不再受理其政府信息公开申请\t3', '行政机关\n不再受理其政府信息公开申请\t3'],
    ];
    let broken = row;
    for (const [from, to] of breaks) {
      assert.ok(broken.includes(from), from);
      broken = broken.replace(from, to);
    }
    assert.deepEqual(newFindings(row, broken), []);
    // 部分公开's 总计 14 → 15, on the line after the break.
    const wrong = broken.replace('不计其他情形）\t14\t0\t0\t0\t0\t0\t14', '不计其他情形）\t14\t0\t0\t0\t0\t0\t15');
    assert.notEqual(wrong, broken);
    const [f, ...rest] = only(findingsOf(wrong), 'row-total');
    assert.equal(rest.length, 0);
    const lines = wrong.split('\n');
    assert.equal(lines[f!.range.start.line]!.slice(f!.range.start.character, f!.range.end.character), '15');
  });
});

describe('the report’s own summary tables outside parts 二–四 (办理结果 in part 一, an 附表 in part 六, a case list in an attachment)', () => {
  /** A two-column table as cell per line writes it: each cell on a line with a leading TAB, a blank line between rows. */
  const cellTable = (rows: readonly (readonly string[])[]) => rows.flatMap((r) => [...r.map((c) => `\t${c}`), '']);
  const rowTable = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join('\t'));
  const summaries: [string, (readonly string[])[]][] = [
    ['outcomes', [['办理结果', '件数'], ['予以公开', '99'], ['部分公开', '14'], ['不予公开', '12'], ['无法提供', '33'], ['不予处理', '0'], ['其他处理', '20']]],
    ['applicants', [['申请人类型', '件数'], ['自然人', '170'], ['法人或其他组织', '8'], ['合计', '178']]],
    ['review and lawsuits', [['类别', '件数'], ['行政复议', '25'], ['行政诉讼', '5']]],
    ['normative documents', [['类别', '本年制发', '本年废止', '现行有效'], ['行政规范性文件', '1', '0', '5']]],
    ['a case list', [['序号', '申请事项', '办理结果'], ['1', '房屋征收补偿方案', '予以公开'], ['2', '保障房分配名单', '部分公开']]],
  ];
  const places: [string, (doc: Doc) => number, readonly string[]][] = [
    ['part 一, after its 依申请公开 paragraph', (doc) => doc.line('依申请公开方面') + 1, []],
    ['the end of part 六', (doc) => doc.lines.length, ['附表：2024年依申请公开办理情况']],
    ['an attachment after part 六', (doc) => doc.lines.length, ['附件', '2024年依申请公开办理情况明细']],
  ];
  for (const layout of LAYOUTS) {
    for (const [what, rows] of summaries) {
      for (const [where, at, caption] of places) {
        it(`${layout} per line, ${what} in ${where}: nothing new, and a wrong total in the real table is found on its cell`, () => {
          const base = seed002(layout);
          const doc = base.clone().insertLines(at(base), ...caption, ...(layout === 'cell' ? cellTable(rows) : rowTable(rows)));
          assert.deepEqual(newFindings(base.text, doc.text), []);
          const cell = doc.cell('requests', '予以公开', 6);
          doc.setCell('requests', '予以公开', 6, String(Number(cell.text) + 1));
          expectOne(doc.text, 'row-total', doc.cell('requests', '予以公开', 6));
        });
      }
    }
  }

  it('with no table 三 in part 三 (an image), a summary in part 一 is no table 三: the table is missing, nothing else', () => {
    const base = seed002('cell');
    const region = base.table('requests');
    const doc = base.clone().deleteLines(region.startLine, region.endLine - region.startLine + 1);
    const withSummary = doc.clone().insertLines(doc.line('依申请公开方面') + 1, ...cellTable(summaries[0]![1]));
    assert.equal(only(findingsOf(doc.text), 'missing-table').length, 1);
    assert.deepEqual(newFindings(doc.text, withSummary.text), []);
  });

  it('cells one per line closed by pipes, no blank lines (a web page’s text): part 三’s heading lost, table 二 stays whole and table 三 begins where the heading was', () => {
    // Without blank lines the cells of table 二 and of table 三 make one row once the heading between them is
    // gone (table 二's labels, then 三's note, headers and labels): it comes apart where they change.
    for (const name of ['township-rows', 'township-2020-trial-format']) {
      const text = readFileSync(join(__dirname, '..', 'fixtures', 'synthetic', `${name}.txt`), 'utf8');
      const piped = text
        .split('\n')
        .flatMap((l) => (l.includes('\t') ? l.split('\t').map((c) => `${c} |`) : /^第二十条/.test(l) ? [`${l} |`] : [l]))
        .join('\n');
      const lines = piped.split('\n');
      const heading = lines.findIndex((l) => l.startsWith('三、收到和处理政府信息公开申请情况'));
      // The heading and the blank lines around it go: table 二's last cell is followed by 三's note.
      let from = heading;
      while (lines[from - 1]!.trim() === '') from--;
      let to = heading + 1;
      while (lines[to]!.trim() === '') to++;
      const lost = [...lines.slice(0, from), ...lines.slice(to)].join('\n');
      const before = parseReport(piped).tables;
      const after = parseReport(lost).tables;
      assert.deepEqual(after.map((t) => [t.kind, t.rows.length]), before.map((t) => [t.kind, t.rows.length]), name);
      assert.equal(after.find((t) => t.kind === 'requests')!.startLine, from, name);
      assert.deepEqual(newFindings(piped, lost).map((f) => f.split(' ')[0]), ['missing-section'], name);
    }
  });

  it('part 三’s heading lost: table 三 under part 二 is still table 三', () => {
    const doc = seed002('cell');
    const heading = doc.line(/^三、/);
    doc.setLine(heading, '');
    assert.equal(only(findingsOf(doc.text), 'missing-table').length, 0);
    assert.ok(parseReport(doc.text).tables.some((t) => t.kind === 'requests'));
  });
});

describe('part 二’s heading lost: table 二 lies in part 一’s body and is still table 二', () => {
  const variants: [string, () => Doc][] = [
    ['cell per line', () => seed002('cell')],
    ['row per line', () => seed002('row')],
    ['row per line without TABs (each TAB two spaces, a PDF copy)', () => Doc.of(seed002('row').text.replace(/\t/g, '  '))],
  ];
  for (const [how, make] of variants) {
    it(`${how}: read as table 二, the one new finding is the missing part, and a slip in its cells is found on the cell`, () => {
      const base = make();
      const doc = base.clone();
      doc.setLine(doc.line(/^二、/), '');
      const active = parseReport(doc.text).tables.find((t) => t.kind === 'active');
      assert.ok(active, 'table 二 read');
      assert.deepEqual(active.rows.map((r) => r.spec?.id), parseReport(base.text).tables.find((t) => t.kind === 'active')!.rows.map((r) => r.spec?.id));
      assert.deepEqual(newFindings(base.text, doc.text).map((s) => s.split(' ')[0]), ['missing-section']);
      // 行政许可's figure with the letter O for its zeros (21650 → 2165O), on the cell the parse found.
      const cell = active.rows.find((r) => r.labelRange && /行政许可/.test(doc.lines[r.labelRange.start.line]!))!.cells[0]!;
      const slip = doc.clone();
      const { line, character } = cell.range.start;
      const text = slip.lines[line]!;
      slip.setLine(line, text.slice(0, character) + cell.raw.replace(/0/g, 'O') + text.slice(cell.range.end.character));
      const f = only(findingsOf(slip.text), 'cell-not-number');
      assert.equal(f.length, 1, `one cell-not-number, got ${f.length}`);
      assert.deepEqual(f[0]!.range, cell.range);
    });
  }

  it('a summary of table 二 in part 一 too short to be the table (two rows) stays prose when the table and its heading are both gone', () => {
    const base = seed002('cell');
    const region = base.table('active');
    const doc = base.clone().deleteLines(region.startLine, region.endLine - region.startLine + 1);
    doc.setLine(doc.line(/^二、/), '');
    const summary = doc.clone().insertLines(doc.line('依申请公开方面'), '\t信息内容', '\t本年制发件数', '', '\t规章', '\t0', '', '\t行政规范性文件', '\t7', '');
    assert.equal(parseReport(summary.text).tables.some((t) => t.kind === 'active'), false);
    assert.deepEqual(newFindings(doc.text, summary.text), []);
  });

  it('with every heading in place, table 二’s rows laid out in part 一 are a summary, not the table', () => {
    const base = seed002('cell');
    const region = base.table('active');
    const rows = base.lines.slice(region.startLine, region.endLine + 1);
    const doc = base.clone().insertLines(base.line('依申请公开方面'), ...rows, '');
    assert.equal(parseReport(doc.text).tables.filter((t) => t.kind === 'active').length, 1);
    assert.ok(parseReport(doc.text).tables.find((t) => t.kind === 'active')!.startLine > doc.line(/^二、/));
  });
});

describe('the three tables as attachments after part 六 (parts 二–四 say 详见附件)', () => {
  const NAMES = { active: '主动公开政府信息情况', requests: '收到和处理政府信息公开申请情况', review: '政府信息公开行政复议、行政诉讼情况' } as const;
  const KINDS = ['active', 'requests', 'review'] as const;
  const captions: [string, (n: number, name: string) => string[]][] = [
    ['附件1 / the table’s name on a line of its own', (n, name) => [`附件${n}`, '', name, '']],
    ['附表1 主动公开政府信息情况', (n, name) => [`附表${n} ${name}`]],
    ['附表1：…统计表', (n, name) => [`附表${n}：${name}统计表`]],
  ];
  /** Seed 002 with its tables moved after part 六, each under its caption, and `详见附件N。` in its part. */
  const attached = (layout: Layout, caption: (n: number, name: string) => string[]) => {
    const doc = seed002(layout);
    const tables = KINDS.map((kind) => {
      const region = doc.table(kind);
      return { kind, lines: doc.lines.slice(region.startLine, region.endLine + 1), region };
    });
    // From the bottom up, so the earlier regions keep their lines.
    for (const { region } of tables.slice().reverse()) doc.deleteLines(region.startLine, region.endLine - region.startLine + 1);
    for (const [i, part] of ['二', '三', '四'].entries()) doc.insertLines(doc.line(new RegExp(`^${part}、`)) + 1, `详见附件${i + 1}。`);
    const end: string[] = [''];
    tables.forEach(({ kind, lines }, i) => end.push(...caption(i + 1, NAMES[kind]), ...lines, ''));
    return doc.insertLines(doc.lines.length, ...end);
  };
  for (const layout of LAYOUTS) {
    for (const [how, caption] of captions) {
      it(`${layout} per line, under “${how}”: the tables are read there; nothing new; a wrong figure is found on its cell and fixed`, () => {
        const base = seed002(layout);
        const doc = attached(layout, caption);
        assert.deepEqual(parseReport(doc.text).tables.map((t) => t.kind), ['active', 'requests', 'review']);
        assert.deepEqual(newFindings(base.text, doc.text), []);
        const good = doc.text;
        const cell = doc.cell('requests', '予以公开', 6);
        doc.setCell('requests', '予以公开', 6, String(Number(cell.text) + 1));
        const f = expectOne(doc.text, 'row-total', doc.cell('requests', '予以公开', 6));
        assert.equal(applyEdits(doc.text, collectFixEdits([f])).text, good);
      });
    }
  }

  for (const [how, caption] of captions) {
    it(`without TABs (each TAB two spaces, a PDF copy), under “${how}”: the tables are read there; nothing new; a wrong figure is found`, () => {
      const base = seed002('row').text.replace(/\t/g, '  ');
      const doc = Doc.of(attached('row', caption).text.replace(/\t/g, '  '));
      assert.deepEqual(parseReport(doc.text).tables.map((t) => [t.kind, t.separator]), [['active', 'space'], ['requests', 'space'], ['review', 'space']]);
      assert.deepEqual(newFindings(base, doc.text), []);
      const at = doc.line(/（一）予以公开 +92 /);
      const bad = doc.clone().setLine(at, doc.lines[at]!.replace(/ 92 /, ' 93 ')).text;
      assert.equal(only(findingsOf(bad), 'row-total').length, 1);
    });
  }

  it('a part heading’s words as an attachment’s name after part 六 are no second part (no duplicate-section, no heading-variant)', () => {
    const doc = attached('cell', captions[0]![1]);
    const model = parseReport(doc.text);
    assert.deepEqual(model.parts.map((p) => p.id), [1, 2, 3, 4, 5, 6]);
    expectNone(doc.text, 'duplicate-section');
    expectNone(doc.text, 'heading-variant');
  });

  it('with the tables in their parts, a summary table in an attachment is still no table (the tables stay in their parts)', () => {
    const base = seed002('cell');
    const doc = base.clone().insertLines(base.lines.length, '', '附表1 收到和处理政府信息公开申请情况', '\t一、本年新收政府信息公开申请数量\t', '\t999', '');
    assert.deepEqual(newFindings(base.text, doc.text), []);
  });
});

describe('row per line, a label cell of two paragraphs (Word writes the first on a line of its own, without a TAB)', () => {
  const report = readFileSync(join(__dirname, '..', 'fixtures', 'synthetic', 'township-rows.txt'), 'utf8');
  const PARTIAL = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0\t0\t0\t0\t0\t0';
  const NEW = '一、本年新收政府信息公开申请数量\t4\t1\t0\t0\t0\t0\t5';
  const split = (text: string) => text.replace(PARTIAL, PARTIAL.replace('，只计', '，\n只计'));
  const rowOf = (text: string, id: string) => parseReport(text).tables.find((t) => t.kind === 'requests')!.rows.find((r) => r.spec?.id === id);

  it('a first paragraph with commas (（二）部分公开（区分处理的，) begins the label of the row line after it: nothing new', () => {
    assert.ok(report.includes(PARTIAL) && report.includes(NEW));
    const text = split(report);
    assert.deepEqual(newFindings(report, text), []);
    assert.deepEqual(findingsOf(text).map((f) => f.code), findingsOf(report).map((f) => f.code));
    assert.equal(rowOf(text, 'partial')?.cells.length, 7);
  });

  it('a wrong figure in that row is found on its own digit, and its fix restores the table', () => {
    const good = split(report);
    const lines = good.split('\n');
    const at = lines.findIndex((l) => l.startsWith('只计这一情形'));
    lines[at] = lines[at]!.replace('）\t0\t', '）\t1\t');
    const bad = lines.join('\n');
    const fs = findingsOf(bad).filter((f) => f.code === 'row-total' || f.code === 'column-total');
    assert.equal(fs.length, 1);
    assert.deepEqual([fs[0]!.range.start.line, covered(bad, fs[0]!.range)], [at, '1']);
    assert.equal(applyEdits(bad, collectFixEdits(fs)).text, good);
  });

  it('a label broken after its figures under the header rows (一、本年新收政府⇥4… / 信息公开申请数量) does not join the header’s last cell (其他)', () => {
    const text = report.replace(NEW, '一、本年新收政府\t4\t1\t0\t0\t0\t0\t5\n信息公开申请数量');
    assert.deepEqual(newFindings(report, text), []);
    assert.equal(rowOf(text, 'new')?.label, '一、本年新收政府信息公开申请数量');
  });
});

describe('table 四 laid out three rows of five figures, each after its group’s name', () => {
  const HEAD = ['', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const grid = (a: readonly string[], b: readonly string[], c: readonly string[]) => [HEAD, ['行政复议', ...a], ['行政诉讼（未经复议直接起诉）', ...b], ['行政诉讼（复议后起诉）', ...c]];
  const totalsOnly = ['', '', '', '', '0'];
  for (const layout of LAYOUTS) {
    it(`${layout} per line, only the totals written (seed 000 fills only 总计): the twelve blank cells named as in the seed, no missing row`, () => {
      const base = relayout(Doc.seed('000').text, layout);
      const doc = replaceTable(Doc.of(base), 'review', grid(totalsOnly, totalsOnly, totalsOnly), layout);
      // It was missing-row (each row of one figure read as a header row) and the blank cells unread.
      assert.deepEqual(newFindings(base, doc.text), []);
      assert.ok(findingsOf(doc.text).some((f) => f.code === 'empty-cell' && f.message['zh-CN'].includes('表四') && f.message['zh-CN'].includes('12个空白单元格')));
    });

    it(`${layout} per line, seed 002’s figures with a wrong 行政复议 total: review-total still fires`, () => {
      const base = seed002(layout);
      const good = replaceTable(base.clone(), 'review', grid(['8', '10', '7', '0', '25'], ['1', '0', '2', '0', '3'], ['1', '0', '0', '1', '2']), layout);
      assert.deepEqual(newFindings(base.text, good.text), []);
      const bad = replaceTable(base.clone(), 'review', grid(['8', '10', '7', '0', '26'], ['1', '0', '2', '0', '3'], ['1', '0', '0', '1', '2']), layout);
      assert.deepEqual(newFindings(good.text, bad.text).map((s) => s.split(' ')[0]), ['review-total']);
    });

    it(`${layout} per line, the header row 行政复议 … 行政诉讼 above the official layout stays a header row`, () => {
      const base = seed002(layout);
      assert.deepEqual(tableFindings(base.text), []);
    });
  }
});

describe('cells one per line with TABs, a blank line after every cell (an empty paragraph after each cell’s)', () => {
  const messages = (text: string) => findingsOf(text).map((f) => `${f.code} ${f.message['zh-CN']}`).sort();
  /** `text` (cells one per line) with a blank line after every cell line, blank cells (`⇥`) kept. */
  const spread = (text: string) => relayout(text, 'cell').split('\n').flatMap((l) => (l.startsWith('\t') ? [l, ''] : l === '' ? [] : [l, ''])).join('\n');
  const seed = Doc.seed('002').text;
  it('read as the seed: every row keeps its figures (they were all lost: cell-count 0 of 3 on table 二, no figure to check prose against)', () => {
    assert.deepEqual(messages(spread(seed)), messages(seed));
  });
  it('（七）总计 after its blank merged cell takes its figures: a numbered 总计 is no column heading', () => {
    const total = parseReport(spread(seed)).tables.find((t) => t.kind === 'requests')!.rows.find((r) => r.spec?.id === 'total')!;
    assert.deepEqual(total.cells.map((c) => c.raw.trim()), ['171', '7', '0', '0', '0', '0', '178']);
  });
  it('placeholders for none (every 0 written /): the same findings as cells one per line', () => {
    const ph = seed.replace(/^\t0$/gm, '\t/');
    assert.deepEqual(messages(spread(ph)), messages(ph));
  });
  it('blank cells (⇥), one right after a label and two in another row: empty-cell as cells one per line tell them', () => {
    const blanks = seed.replace(/(\t2\.其他法律[^\n]*\n)\t0\n/, '$1\t\n').replace(/(\t2\.没有现成信息[^\n]*\n\t3\n)\t0\n\t0\n/, '$1\t\n\t\n');
    assert.notEqual(blanks, seed);
    assert.deepEqual(messages(spread(blanks)), messages(blanks));
  });
  it('every row of table 三 keeps its seven cells: a blank cell line after a full row begins the next row (its merged cell)', () => {
    const text = spread(seed);
    const rows = parseReport(text).tables.find((t) => t.kind === 'requests')!.rows;
    assert.equal(rows.length, 25);
    for (const r of rows) assert.equal(r.cells.length, 7, r.label);
  });
});

describe('rows one per line as Excel’s clipboard writes them: a cell with a line break in double quotes', () => {
  const messages = (text: string) => findingsOf(text).map((f) => `${f.code} ${f.message['zh-CN']}`).sort();
  const seed = Doc.seed('002').text;
  /** Seed 002 rows one per line, each long label of table 三 broken in two inside its cell, the cell quoted. */
  const excel = relayout(seed, 'row').replace(/(^|\t)((?:\d\.|（[一二三四五六七]）|[一二三四]、)[^\t\n]{11,})(?=\t)/gm, (_m, lead: string, label: string) => `${lead}"${label.slice(0, 10)}\n${label.slice(10)}"`);
  it('the labels are read without the quotes: the same findings as the seed (a variant label was quoted with them)', () => {
    assert.match(excel, /"1\.申请人无正当理由\n/);
    assert.deepEqual(messages(excel), messages(seed));
  });
  it('a label cell in quotes on one line is read without them too, its range inside them: the label fix keeps the quotes and is then quiet', () => {
    const text = relayout(seed, 'row').replace('\t3.其他\t', '\t"3.其他"\t');
    const row = parseReport(text).tables.find((t) => t.kind === 'requests')!.rows.find((r) => r.spec?.id === 'other.other')!;
    assert.equal(row.label, '3.其他');
    const variant = only(findingsOf(excel), 'label-variant').find((f) => f.message['zh-CN'].includes('逾期不补正'))!;
    const fixed = applyEdits(excel, collectFixEdits([variant])).text;
    assert.match(fixed, /"1\.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"/);
    assert.equal(only(findingsOf(fixed), 'label-variant').some((f) => f.message['zh-CN'].includes('逾期不补正')), false);
  });
});

describe('cells one per line with TABs, a blank line after every cell: seed 000, only 总计 filled (six blank cells after each label)', () => {
  const messages = (text: string) => findingsOf(text).map((f) => `${f.code} ${f.message['zh-CN']}`).sort();
  const spread = (text: string) => relayout(text, 'cell').split('\n').flatMap((l) => (l.startsWith('\t') ? [l, ''] : l === '' ? [] : [l, ''])).join('\n');
  const seed = Doc.seed('000').text;
  it('the blank cells right after each label are the row’s (its cells go on a cell to every other line to its figure): the seed’s findings', () => {
    // Every row of table 三 lost its cells (cell-count: 25 rows of 0 figures) and the 150 blanks went unnamed.
    assert.deepEqual(messages(spread(seed)), messages(seed));
  });
});

describe('cells one per line with TABs, a blank line between rows: a row a figure short keeps it short', () => {
  it('the blank merged cell that begins the next row (⇥ after the blank line) is no cell of the short row: cell-count, no empty-cell', () => {
    const seed = Doc.seed('002').text;
    const text = seed.replace(/(\t（一）予以公开\n\t92\n)\t7\n/, '$1');
    assert.notEqual(text, seed);
    const codes = newFindings(seed, text).map((f) => f.split(' ')[0]);
    assert.ok(codes.includes('cell-count'), codes.join(', '));
    assert.ok(!codes.includes('empty-cell'), codes.join(', '));
  });
});
