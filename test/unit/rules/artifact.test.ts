/** artifact: leftovers of the Word export — bookmarks, bold markers, field codes, invisible characters, stray page numbers. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, fixAll } from '../../../shared/src';
import { Doc } from '../../helpers/doc';
import { applyFix, expectNone, expectOne, findingsOf, only } from '../../helpers/findings';

const OFFICIAL = Doc.seed('001');
/** A prose line of part 一 to write leftovers into. */
const PROSE = OFFICIAL.lines.find((l) => l.length > 40 && !l.includes('\t'))!;

/** Seed 001 with `before` + the prose line + `after` in place of the prose line. */
function around(before: string, after = ''): Doc {
  return OFFICIAL.clone().replace(PROSE, `${before}${PROSE}${after}`);
}

/** Seed 001 with lines inserted after the prose line. */
function withLines(...lines: string[]): Doc {
  const doc = OFFICIAL.clone();
  doc.insertLines(doc.line(PROSE) + 1, ...lines);
  return doc;
}

describe('artifact fires', () => {
  it('a Word bookmark: on the bookmark, and the fix removes it', () => {
    const doc = around('[bookmark: _GoBack]');
    const line = doc.line(PROSE);
    expectOne(doc.text, 'artifact', { line, start: 0, end: '[bookmark: _GoBack]'.length }, {
      severity: 'hint',
      zh: ['Word 书签残留：“[bookmark: _GoBack]”，可以删除。'],
      en: ['a Word bookmark'],
      fixed: OFFICIAL.text,
    });
  });

  for (const [leftover, zh, en] of [
    ['[image: image1.png]', '图片占位符残留（图片未随文字导出）', 'an image placeholder'],
    ['[comment: 请核实数字]', 'Word 批注残留', 'a Word comment'],
    ['[footnote: 1]', '脚注标记残留', 'a footnote marker'],
  ] as const) {
    it(`a converter's bracketed leftover is named by its keyword: ${leftover}`, () => {
      const doc = around(leftover);
      expectOne(doc.text, 'artifact', { line: doc.line(PROSE), start: 0, end: leftover.length }, { severity: 'hint', zh: [`${zh}：“${leftover}”，可以删除。`], en: [en], fixed: OFFICIAL.text });
    });
  }

  it('a **bold** pair: one finding on the pair, and the fix keeps the words', () => {
    const doc = around('**加强领导**');
    expectOne(doc.text, 'artifact', { line: doc.line(PROSE), start: 0, end: '**加强领导**'.length }, {
      zh: ['加粗标记“**”残留：“**加强领导**”，发布时应删除“**”。'],
      fixed: OFFICIAL.clone().replace(PROSE, `加强领导${PROSE}`).text,
    });
  });

  it('stray bold markers between words (**, ***, a run of four alone) are still leftovers', () => {
    for (const marker of ['**', '***']) {
      const doc = around(`加强领导${marker}`);
      expectOne(doc.text, 'artifact', { line: doc.line(PROSE), start: 4, end: 4 + marker.length }, { zh: [`加粗标记“**”残留：“${marker}”`] });
    }
    const doc = around('****');
    expectOne(doc.text, 'artifact', { line: doc.line(PROSE), start: 0, end: 4 }, { zh: ['加粗标记“**”残留：“****”'] });
  });

  it('a Word field code', () => {
    const doc = around('', '{ PAGE \\* MERGEFORMAT }');
    const line = doc.line(PROSE);
    expectOne(doc.text, 'artifact', { line, start: PROSE.length, end: PROSE.length + '{ PAGE \\* MERGEFORMAT }'.length }, { zh: ['Word 域代码残留'], fixed: OFFICIAL.text });
  });

  for (const [char, zh, en] of [['\u200b', 'U+200B（零宽空格）', 'U+200B (zero-width space)'], ['\u000b', 'U+000B（手动换行符）', 'U+000B (manual line break)'], ['\ufeff', 'U+FEFF（字节顺序标记）', 'U+FEFF (byte order mark)']] as const) {
    it(`an invisible character, named by its code point: ${en}`, () => {
      const doc = around(char);
      expectOne(doc.text, 'artifact', { line: doc.line(PROSE), start: 0, end: 1 }, { zh: [`不可见字符 ${zh}，可以删除。`], en: [`an invisible character, ${en}; it can be removed.`], fixed: OFFICIAL.text });
    });
  }

  for (const page of ['7', '- 7 -', '—7—', '第 7 页', '第7页，共12页', '7/12', '７', '－ ７ －', '第７页', '- 7', '7 -', '7-']) {
    it(`a page number alone on its line: “${page}”, and the fix removes the line`, () => {
      const doc = withLines(page);
      const line = doc.line(PROSE) + 1;
      expectOne(doc.text, 'artifact', { line, start: 0, end: page.length }, { zh: [`孤立的页码：“${page}”`], fixed: OFFICIAL.text });
    });
  }

  for (const page of ['3', '3 ', '- 3 -', '第 3 页 共 6 页 ']) {
    for (const heading of ['四、政府信息公开行政复议、行政诉讼情况', '二、主动公开政府信息情况', '五、存在的主要问题及改进情况']) {
      it(`a page number a PDF copy runs into the heading after it: “${page}${heading}”: one hint on the number, the part read at its heading; the fix restores the heading`, () => {
        const doc = OFFICIAL.clone();
        const line = doc.line(heading);
        doc.setLine(line, `${page}${heading}`);
        const fs = findingsOf(doc.text);
        assert.deepEqual(fs.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
        expectOne(doc.text, 'artifact', { line, start: 0, end: page.length }, { zh: [`孤立的页码：“${page.trim()}”`], fixed: OFFICIAL.text });
      });
    }
  }

  it('page numbers between pages, each alone among prose', () => {
    const doc = OFFICIAL.clone();
    doc.insertLines(doc.line('二、主动公开政府信息情况'), '', '1', '');
    doc.insertLines(doc.line('五、存在的主要问题及改进情况'), '2');
    assert.equal(only(findingsOf(doc.text), 'artifact').length, 2);
    assert.equal(fixAll(doc.text).text.includes('\n1\n'), false);
  });
});

describe('artifact stays quiet', () => {
  it('asterisks that hide digits of a phone number are no bold marker (057********58, 138****1234, 0576-8***)', () => {
    for (const masked of ['（电话：057********58）', '（电话：138****1234）', '（电话：0576-8***，邮编：318050）', '（电话：0571***58）']) {
      expectNone(around('', masked).text, 'artifact');
    }
  });

  for (const s of ['001', '002', '003']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'artifact'));
  }

  it('numbers in table cells, in prose and a year alone on its line', () => {
    expectNone(withLines('全年共收到申请13件。', '2024').text, 'artifact');
  });

  it('a figure before a table label or a heading of another part’s numeral is no page number run into a heading', () => {
    // 2 三、本年度办理结果: a row’s figure run into the next label in a PDF copy; 3 五、…行政复议: the numeral names another part.
    for (const line of ['2 三、本年度办理结果', '5 四、结转下年度继续办理', '3 五、政府信息公开行政复议、行政诉讼情况', '12 一、加强组织领导']) {
      expectNone(withLines(line).text, 'artifact');
    }
  });

  it('number-only lines next to each other are a list of figures, not page numbers', () => {
    expectNone(withLines('13', '0', '', '13', '5').text, 'artifact');
    expectNone(withLines('１３', '０', '', '１３', '５').text, 'artifact');
    // …which change nothing else: the report reads as it did.
    const codes = (t: string) => analyze(t).findings.filter((f) => f.severity !== 'hint').map((f) => f.code);
    assert.deepEqual(codes(withLines('13', '0', '', '13', '5').text), codes(OFFICIAL.text));
  });

  it('bold markers in a table cell are read through (the cell keeps its number)', () => {
    const doc = OFFICIAL.clone().setCell('requests', '一、本年新收', 6, '**13**');
    const fs = findingsOf(doc.text);
    assert.equal(only(fs, 'artifact').length, 1);
    assert.deepEqual(only(fs, 'row-total'), []);
    assert.deepEqual(only(fs, 'cell-not-number'), []);
  });
});

describe('artifact: a table of contents', () => {
  const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
  /** Seed 001 with `lines` inserted after its title (and a blank line after them). */
  function withContents(lines: readonly string[]): Doc {
    const doc = OFFICIAL.clone();
    const at = analyze(doc.text).model.title!.range.end.line + 1;
    doc.insertLines(at, ...lines, '');
    return doc;
  }
  const forms: Record<string, string[]> = {
    '目录 and the headings': ['目录', ...HEADINGS],
    '目  录, dot leaders and pages': ['目  录', ...HEADINGS.map((h, i) => `${h}……………………${i + 1}`)],
    'Word’s contents field: TAB and page, no title': HEADINGS.map((h, i) => `${h}\t${i + 2}`),
    '目录 with sub-headings': ['目录', HEADINGS[0]!, '（一）主动公开\t1', '（二）依申请公开\t2', ...HEADINGS.slice(1).map((h, i) => `${h}\t${i + 3}`)],
  };
  for (const [name, lines] of Object.entries(forms)) {
    it(`${name}: one hint on it, the parts read at their headings, nothing else; the fix removes it`, () => {
      const doc = withContents(lines);
      const before = analyze(OFFICIAL.text);
      const after = analyze(doc.text);
      assert.deepEqual(after.model.parts.map((p) => p.title), before.model.parts.map((p) => p.title));
      assert.deepEqual(after.model.tables.map((t) => [t.kind, t.rows.length]), before.model.tables.map((t) => [t.kind, t.rows.length]));
      const added = after.findings.filter((f) => !before.findings.some((g) => g.code === f.code && g.message['zh-CN'] === f.message['zh-CN']));
      assert.equal(added.length, 1, added.map((f) => f.message['zh-CN']).join('\n'));
      const start = doc.lines.indexOf(lines[0]!);
      assert.equal(added[0]!.code, 'artifact');
      assert.equal(added[0]!.message['zh-CN'], `目录（第${start + 1}至${start + lines.length}行）：检查时不当作报告正文；在网页上发布的报告不需要目录和页码，可以删除。`);
      assert.equal(applyFix(doc.text, added[0]!), withContents([]).text);
    });
  }

  it('contents right before the report’s own first heading end where a part is named again', () => {
    const doc = OFFICIAL.clone();
    const first = doc.line('一、总体情况');
    doc.insertLines(first, '目录', ...HEADINGS);
    const after = analyze(doc.text);
    const before = analyze(OFFICIAL.text);
    assert.deepEqual(after.model.parts.map((p) => p.title), before.model.parts.map((p) => p.title));
    const contents = after.model.artifacts.filter((a) => a.kind === 'contents');
    assert.equal(contents.length, 1);
    assert.deepEqual([contents[0]!.range.start.line, contents[0]!.range.end.line], [first, first + HEADINGS.length + 1]);
    assert.equal(applyFix(doc.text, only(after.findings, 'artifact').find((f) => f.message['zh-CN'].startsWith('目录'))!), OFFICIAL.text);
  });

  it('headings one after another without pages or a 目录 title are the report’s own (empty parts), not contents', () => {
    const doc = OFFICIAL.clone();
    const at = analyze(doc.text).model.title!.range.end.line + 1;
    doc.insertLines(at, '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况');
    assert.ok(!analyze(doc.text).model.artifacts.some((a) => a.kind === 'contents'));
  });
});

describe('artifact: 0 is no page number', () => {
  it('a 0 alone on its line among prose (a cell of a table whose other cells were lost) is no page number', () => {
    for (const zero of ['0', '０', '- 0 -', '07']) expectNone(withLines(zero).text, 'artifact');
  });

  it('a negative figure alone on its line (a cell of a table one cell per line without TAB) is no page number', () => {
    for (const negative of ['-1', '-7', '－７', '—7']) expectNone(withLines(negative).text, 'artifact');
    // In table 二: the figure is read as the row's cell, and told as no count (invalid-number), not deleted as a page number.
    const doc = Doc.of(OFFICIAL.text.replace(/\t/g, ''));
    const at = doc.line('行政许可') + 1;
    doc.setLine(at, '-5');
    const fs = findingsOf(doc.text).filter((f) => f.range.start.line === at);
    assert.deepEqual(fs.map((f) => f.code), ['invalid-number']);
  });

  it('a page number 10 alone on its line still is one', () => {
    const doc = withLines('10');
    expectOne(doc.text, 'artifact', { line: doc.line(PROSE) + 1, start: 0, end: 2 }, { zh: ['孤立的页码：“10”'] });
  });
});

describe('artifact: a web page’s title lines before the report’s own', () => {
  const own = '湘潭县商务局2024年政府信息公开工作年度报告';
  const headed = (...top: string[]): Doc => {
    const doc = OFFICIAL.clone();
    doc.insertLines(0, ...top, '');
    return doc;
  };

  it('a page’s record of the title after a field’s name (名 称: …) is no title: the report’s title after it is no running header', () => {
    expectNone(headed(`名 称: ${own}`, '索 引 号: 000014349/2025-05239', own).text, 'artifact');
  });

  it('a page’s record of the title under its field’s name on the line above (• 信息名称: / the title) is no title: the report’s title after it is no running header', () => {
    expectNone(headed('  • 信息名称:', '', `    ${own}`, '', '  • 登记号:', '', own).text, 'artifact');
  });

  it('the title, a field of another name (• 登记号:), the title again → still one repeated', () => {
    const doc = headed(own, '', '  • 登记号:', '', own);
    expectOne(doc.text, 'artifact', { line: 4, start: 0, end: own.length }, { zh: [`重复的报告标题：“${own}”在正文之前写了两遍，可以删除其一。`] });
  });

  it('the page’s shorter title, then the report’s own written otherwise: no running header', () => {
    expectNone(headed('商务局2024年政府信息公开工作年度报告', '发布日期：2025-01-19', own).text, 'artifact');
  });

  it('the same title twice before part 一 is still one repeated, named the title written twice (no page’s header: a web page’s heading, then the report’s)', () => {
    const doc = headed(own, own);
    expectOne(doc.text, 'artifact', { line: 1, start: 0, end: own.length }, {
      zh: [`重复的报告标题：“${own}”在正文之前写了两遍，可以删除其一。`],
      en: [`the title written again: “${own}” stands twice before the body; one can be removed.`],
    });
  });

  it('after part 一 began, a title line written otherwise is still a running header', () => {
    const doc = headed('商务局2024年政府信息公开工作年度报告');
    const at = doc.line('二、主动公开政府信息情况');
    doc.insertLines(at, own);
    expectOne(doc.text, 'artifact', { line: at, start: 0, end: own.length }, { zh: [`页眉（重复的报告标题）：“${own}”`] });
  });
});
