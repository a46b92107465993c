/** missing-row: a table lacks one of the rows the national format gives it (format §2, §3). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Doc, relayout, type Layout } from '../../helpers/doc';
import { expectNone, expectOne, findingsOf, only } from '../../helpers/findings';

/** The line of a row's label (to replace its label there, not a word of the prose). */
function labelLine(doc: Doc, kind: 'active' | 'requests', label: string): number {
  return doc.label(kind, label).line;
}

function seed001(layout: Layout): Doc {
  return layout === 'cell' ? Doc.seed('001') : Doc.of(relayout(Doc.seed('001').text, 'row'));
}

describe('missing-row fires', () => {
  for (const layout of ['cell', 'row'] as const) {
    it(`table 三 without “（二）部分公开”, ${layout} per line → on the next row's label, “应在此行之前”, no fix`, () => {
      const doc = seed001(layout).deleteRow('requests', '部分公开');
      expectOne(doc.text, 'missing-row', doc.label('requests', '国家秘密'), {
        severity: 'error',
        zh: ['表三（收到和处理政府信息公开申请情况）缺少“（二）部分公开', '这一行，应在此行之前。'],
        en: ['lacks the row “（二）部分公开', '; it belongs before this row.'],
        fixed: null,
      });
    });

    it(`table 三 without “二、上年结转”, ${layout} per line → on “（一）予以公开”`, () => {
      const doc = seed001(layout).deleteRow('requests', '上年结转');
      expectOne(doc.text, 'missing-row', doc.label('requests', '予以公开'), { zh: ['缺少“二、上年结转政府信息公开申请数量”这一行'] });
    });

    it(`table 三 without its last row “四、结转下年度继续办理”, ${layout} per line → on “（七）总计”, the last row before it (not the table's first line), “after this row”`, () => {
      const doc = seed001(layout).deleteRow('requests', '结转下年度');
      expectOne(doc.text, 'missing-row', doc.label('requests', '（七）总计'), {
        zh: ['表三（收到和处理政府信息公开申请情况）缺少“四、结转下年度继续办理”这一行，应在此行之后。'],
        en: ['lacks the row “四、结转下年度继续办理”', '; it belongs after this row.'],
      });
    });

    it(`table 二 without its last row “行政事业性收费”, ${layout} per line → on “行政强制”, after which it belongs`, () => {
      const doc = seed001(layout).deleteRow('active', '行政事业性收费');
      expectOne(doc.text, 'missing-row', doc.label('active', '行政强制'), { zh: ['表二（主动公开政府信息情况）缺少“行政事业性收费”这一行，应在此行之后。'] });
    });

    it(`table 二 without “行政规范性文件”, the last row of its block, ${layout} per line → on “规章”, after which it belongs (not on 行政许可 under the next caption)`, () => {
      const doc = seed001(layout).deleteRow('active', '行政规范性文件');
      expectOne(doc.text, 'missing-row', doc.label('active', '规章'), { zh: ['表二（主动公开政府信息情况）缺少“行政规范性文件”这一行，应在此行之后。'] });
    });

    it(`table 二 without “行政强制”, the last row of its block, ${layout} per line → on “行政处罚”, after which it belongs`, () => {
      const doc = seed001(layout).deleteRow('active', '行政强制');
      expectOne(doc.text, 'missing-row', doc.label('active', '行政处罚'), { zh: ['表二（主动公开政府信息情况）缺少“行政强制”这一行，应在此行之后。'] });
    });

    it(`table 二 without “规章” (first of its block) or “行政许可” (alone in its block), ${layout} per line → still on the row after`, () => {
      const first = seed001(layout).deleteRow('active', '规章');
      expectOne(first.text, 'missing-row', first.label('active', '行政规范性文件'), { zh: ['缺少“规章”这一行，应在此行之前。'] });
      const alone = seed001(layout).deleteRow('active', '行政许可');
      expectOne(alone.text, 'missing-row', alone.label('active', '行政处罚'), { zh: ['缺少“行政许可”这一行，应在此行之前。'] });
    });

    it(`table 二 without “行政处罚”, ${layout} per line → on “行政强制”`, () => {
      const doc = seed001(layout).deleteRow('active', '行政处罚');
      expectOne(doc.text, 'missing-row', doc.label('active', '行政强制'), { zh: ['表二（主动公开政府信息情况）缺少“行政处罚”这一行，应在此行之前。'], en: ['lacks the row “行政处罚”'] });
    });
  }

  // A label too short for label-variant's typo tolerance (行政许 for 行政许可, 2.重复 for 2.重复申请): its figures name no
  // row; where it stands in the place of the one row missing, with that row's number of figures, it is likely that row.
  for (const layout of ['cell', 'row'] as const) {
    it(`table 二 with “行政许” for “行政许可” (its figure after it, one character short, where 行政许可 alone is missing), ${layout} per line → that row, its label a variant: label-variant offers 行政许可, no missing-row`, () => {
      const doc = seed001(layout).replace('行政许可', '行政许', labelLine(seed001(layout), 'active', '行政许可'));
      expectNone(doc.text, 'missing-row');
      expectOne(doc.text, 'label-variant', doc.find('行政许', doc.table('active').startLine), { zh: ['“行政许”', '规范用语为“行政许可”'], fixed: seed001(layout).text });
    });

    it(`table 三 with “2.重复” for “2.重复申请”, ${layout} per line → on “2.重复”`, () => {
      const doc = seed001(layout);
      const l = doc.label('requests', '重复申请');
      const line = doc.lines[l.line]!;
      doc.setLine(l.line, line.slice(0, l.start) + '2.重复' + line.slice(l.end));
      expectOne(doc.text, 'missing-row', doc.find('2.重复', doc.table('requests').startLine), { zh: ['缺少“2.重复申请”这一行；这里的“2.重复”不是国家格式的栏目'] });
    });
  }

  it('two unknown rows where one row is missing, or one with more figures than the row takes → on the next row’s label, as before', () => {
    const two = seed001('row').replace('行政许可\t0', '行政许\t0');
    two.insertLines(two.line('行政许\t0') + 1, '行政审批\t0');
    expectOne(two.text, 'missing-row', two.label('active', '行政处罚'), { zh: ['缺少“行政许可”这一行，应在此行之前。'] });
    const wide = seed001('row').replace('行政许可\t0', '行政许\t0\t0');
    expectOne(wide.text, 'missing-row', wide.label('active', '行政处罚'), { zh: ['缺少“行政许可”这一行，应在此行之前。'] });
  });

  it('two rows missing → two findings, each before the row that follows it', () => {
    const doc = Doc.seed('001').deleteRow('requests', '重复申请').deleteRow('requests', '出版物');
    const fs = only(findingsOf(doc.text), 'missing-row');
    assert.equal(fs.length, 2);
    assert.ok(fs.every((f) => f.range.start.line === doc.label('requests', '大量反复').line));
  });

  it('three rows missing at one place (a group deleted) → one finding naming them, before the row that follows', () => {
    const doc = Doc.seed('001').deleteRow('requests', '信访举报').deleteRow('requests', '重复申请').deleteRow('requests', '出版物');
    const fs = only(findingsOf(doc.text), 'missing-row');
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.range.start.line, doc.label('requests', '大量反复').line);
    assert.equal(fs[0]!.message['zh-CN'], '表三（收到和处理政府信息公开申请情况）缺少3行：“1.信访举报投诉类申请”、“2.重复申请”、“3.要求提供公开出版物”，应在此行之前。');
    assert.match(fs[0]!.message.en, /lacks 3 rows: .*; they belong before this row\.$/);
  });

  it('a table cut short → one finding on the last row left (where the cut is), naming the first six rows and how many', () => {
    const doc = Doc.seed('001');
    const requests = doc.table('requests');
    const cut = doc.label('requests', '予以公开').line;
    doc.deleteLines(cut, requests.endLine - cut + 1);
    const fs = only(findingsOf(doc.text), 'missing-row');
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.range.start.line, doc.label('requests', '上年结转').line);
    assert.match(fs[0]!.message['zh-CN'], /^表三（收到和处理政府信息公开申请情况）缺少23行：“（一）予以公开”、.*等23行，应在此行之后。$/);
    assert.equal(fs[0]!.message['zh-CN'].match(/”、“/g)?.length, 5);
  });

  it('table 四 without its row of figures → says so, not a label it does not have', () => {
    const doc = Doc.seed('001');
    const figures = doc.cells('review');
    const lines = [...new Set(figures.map((c) => c.line))].sort((a, b) => b - a);
    for (const l of lines) doc.deleteLines(l);
    const fs = only(findingsOf(doc.text), 'missing-row');
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.message['zh-CN'], '表四（行政复议、行政诉讼情况）缺少填写15个数字的一行。');
    assert.equal(fs[0]!.message.en, 'table 四 (review and litigation) lacks its row of 15 figures.');
  });
});

describe('missing-row: the figures the relations give the one missing row of table 三', () => {
  const PLACES = '（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）';
  for (const layout of ['cell', 'row'] as const) {
    const seed002 = () => (layout === 'cell' ? Doc.seed('002') : Doc.of(relayout(Doc.seed('002').text, 'row')));
    it(`seed 002 without “（一）予以公开”, ${layout} per line → （七）总计 less the other outcomes: 92、7、0、0、0、0、99`, () => {
      const doc = seed002().deleteRow('requests', '予以公开');
      expectOne(doc.text, 'missing-row', doc.label('requests', '部分公开'), {
        zh: [`按表中的合计关系，这一行应为 92、7、0、0、0、0、99${PLACES}。`],
        en: ['From the table\'s relations its figures would be 92, 7, 0, 0, 0, 0, 99'],
      });
    });

    it(`seed 002 without “（七）总计”, ${layout} per line → the sum of the outcomes, the balance holding with it: 171、7、0、0、0、0、178`, () => {
      const doc = seed002().deleteRow('requests', '（七）总计');
      expectOne(doc.text, 'missing-row', doc.label('requests', '结转下年度'), { zh: ['这一行应为 171、7、0、0、0、0、178'] });
    });

    it(`seed 002 without “四、结转下年度继续办理”, ${layout} per line → 一 + 二 − （七）总计: 5、0、0、0、0、0、5`, () => {
      const doc = seed002().deleteRow('requests', '结转下年度');
      expectOne(doc.text, 'missing-row', doc.label('requests', '（七）总计'), { zh: ['这一行应为 5、0、0、0、0、0、5'] });
    });
  }

  it('no figures where the rest of the table fails (seed 002 without “（一）予以公开”, 部分公开 自然人 15 for 14: the fault would be carried into the row)', () => {
    const doc = Doc.seed('002').deleteRow('requests', '予以公开').setCell('requests', '部分公开', 0, '15');
    const f = only(findingsOf(doc.text), 'missing-row');
    assert.equal(f.length, 1);
    assert.doesNotMatch(f[0]!.message['zh-CN'], /这一行应为/);
  });

  it('no figures where a column is blank (seed 000, only 总计 filled, without “（二）部分公开”)', () => {
    const doc = Doc.seed('000').deleteRow('requests', '部分公开');
    const f = only(findingsOf(doc.text), 'missing-row');
    assert.equal(f.length, 1);
    assert.doesNotMatch(f[0]!.message['zh-CN'], /这一行应为/);
  });

  it('no figures for rows missing together (seed 002 without 一 and 二: the balance cannot give both)', () => {
    const doc = Doc.seed('002').deleteRow('requests', '本年新收').deleteRow('requests', '上年结转');
    for (const f of only(findingsOf(doc.text), 'missing-row')) assert.doesNotMatch(f.message['zh-CN'], /这一行应为/);
  });
});

describe('missing-row stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    for (const layout of ['cell', 'row'] as const) {
      it(`seed ${s} as published, ${layout} per line`, () => expectNone(relayout(Doc.seed(s).text, layout), 'missing-row'));
    }
  }

  it('a row label in a known variant wording (不再受理) is the row', () => {
    const doc = Doc.seed('001').replace('行政机关不再处理其政府信息公开申请', '行政机关不再受理其政府信息公开申请');
    expectNone(doc.text, 'missing-row');
  });

  it('a row label split over two lines is the row', () => {
    const doc = Doc.seed('001');
    const l = doc.label('requests', '另行制作');
    const text = doc.lines[l.line]!;
    const cut = l.start + 6;
    doc.setLine(l.line, text.slice(0, cut)).insertLines(l.line + 1, text.slice(cut));
    expectNone(doc.text, 'missing-row');
  });

  // Table 二 one row per line, its block captions on lines without a TAB (Word's convert-table-to-text of a caption
  // spanning the table): 行政许可's one cell blank or written for a figure that is none (`36（件）`, `36 000`) was
  // joined with the caption after it (`第二十条第（六）项`), the row read as a header row, and 行政许可 reported missing.
  const township = readFileSync(join(__dirname, '..', '..', 'fixtures', 'synthetic', 'township-rows.txt'), 'utf8');
  for (const [cell, rule] of [['', 'empty-cell'], ['36（件）', 'cell-not-number'], ['36 000', 'cell-not-number']] as const) {
    for (const spaced of [false, true]) {
      if (spaced && cell !== '') continue;
      it(`table 二 row per line${spaced ? ', TABs turned to spaces' : ''}, 行政许可's cell “${cell}” before a caption line → the row, no missing-row (${spaced ? 'cell-count' : rule} tells)`, () => {
        let text = township.replace('行政许可\t36\n', `行政许可\t${cell}\n`);
        assert.notEqual(text, township);
        if (spaced) text = text.replace(/\t/g, '   ');
        const fs = findingsOf(text);
        assert.deepEqual(only(fs, 'missing-row'), []);
        const told = only(fs, spaced ? 'cell-count' : rule);
        assert.equal(told.length, 1);
        assert.match(told[0]!.message['zh-CN'], spaced ? /“行政许可”应有1个数字，这里有0个/ : /表二/);
      });
    }
  }

  it('a table missing altogether is missing-table\'s alone', () => {
    const t = Doc.seed('001').table('requests');
    const doc = Doc.seed('001').deleteLines(t.startLine, t.endLine - t.startLine + 1);
    const fs = findingsOf(doc.text);
    assert.deepEqual(only(fs, 'missing-row'), []);
    assert.equal(only(fs, 'missing-table').length, 1);
  });
});
