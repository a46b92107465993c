/** old-format: a report for 2021 or later in the 2019 trial tables (format §1.5, §2.1, §3.3). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, parseReport } from '../../../shared/src';
import { Doc, replaceTable } from '../../helpers/doc';
import { expectNone, expectOne, findingsOf, newFindings, only } from '../../helpers/findings';
import { ACTIVE_2019, requests2019 } from '../../helpers/variants';
import { previousOf002 } from '../../helpers/years';

/** Seed 002 in the 2019 table 二, its title without its year and its period without dates. */
function noYearNamed(): Doc {
  return replaceTable(Doc.seed('002'), 'active', ACTIVE_2019)
    .replace('湘潭县2024年政府信息公开工作年度报告', '湘潭县政府信息公开工作年度报告')
    .replace('统计期限为2024年1月1日至2024年12月31日', '统计期限为全年');
}

describe('old-format fires', () => {
  for (const layout of ['cell', 'row'] as const) {
    it(`seed 002 with the 2019 table 二 (${layout} per line) → old-format on 本年新制作数量, nothing else`, () => {
      const doc = replaceTable(Doc.seed('002'), 'active', ACTIVE_2019, layout);
      const f = expectOne(doc.text, 'old-format', doc.find('本年新制作数量'), {
        severity: 'warning',
        zh: ['表二（主动公开政府信息情况）使用的是2019年试行格式，2024年度的报告应使用国办公开办函〔2021〕30号的格式'],
        en: ['uses the 2019 trial format; a 2024 report must use the 2021 format'],
        fixed: null,
      });
      assert.ok(f.related.length >= 3);
      // The trial table is read as what it is: 本年增/减 may be negative, 采购总金额 has decimals,
      // 行政事业性收费 has two cells, and there is no 废止 or 现行有效 column for the prose to be
      // compared with. Only the prose's 新制定7件 disagrees with the new 本年新制作数量 (3).
      assert.deepEqual(newFindings(Doc.seed('002').text, doc.text).map((s) => s.split(' ').slice(0, 2).join(' ')), ['narrative-mismatch text', 'old-format text']);
      assert.match(only(findingsOf(doc.text), 'narrative-mismatch')[0]!.message['zh-CN'], /新制定7件.*本年新制作数量”列为3件/);
    });
  }

  it('seed 002 with the 2019 table 三 (one row （六）其他处理) → old-format on that label; the table still adds up', () => {
    const doc = replaceTable(Doc.seed('002'), 'requests', requests2019(Doc.seed('002')));
    expectOne(doc.text, 'old-format', doc.label('requests', '（六）其他处理'), { zh: ['表三（收到和处理政府信息公开申请情况）使用的是2019年试行格式'] });
    for (const code of ['row-total', 'column-total', 'balance', 'missing-row', 'cell-count']) expectNone(doc.text, code);
  });

  it('the 2019 table 三 in a 2019 trial table with a wrong （六）其他处理 → column-total still checks it', () => {
    const base = replaceTable(Doc.seed('002'), 'requests', requests2019(Doc.seed('002')));
    const doc = base.clone().setCell('requests', '（七）总计', 6, '170');
    expectOne(doc.text, 'column-total', doc.cell('requests', '（七）总计', 6), { zh: ['应为 178，表中为 170'], fixed: base.text });
  });

  it('no title’s year, no period, and overview paragraphs opening with two different years (2020, 2024): held to the 2021 format', () => {
    const doc = noYearNamed();
    doc.insertLines(doc.line('一、总体情况') + 1, '2020年，湘潭县出台了政务公开工作制度。');
    assert.ok(doc.lines.some((l) => /^2024年，/.test(l)));
    assert.equal(only(findingsOf(doc.text), 'old-format').length, 1);
  });

  it('a report without a year in the 2019 tables → old-format says “2021年度起”', () => {
    const doc = replaceTable(Doc.seed('002'), 'active', ACTIVE_2019).replace('湘潭县2024年政府信息公开工作年度报告', '湘潭县政府信息公开工作年度报告').replace('统计期限为2024年1月1日至2024年12月31日', '统计期限为全年');
    const fs = only(findingsOf(doc.text), 'old-format');
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message['zh-CN'], /2021年度起的报告应使用/);
  });
});

/** Seed 002 whose （一）项 block kept the 2019 headings over its 2021 rows (本年新制作数量 … 对外公开总数量). */
function oldDocHeads(): Doc {
  return Doc.seed('002').replace('本年制发件数', '本年新制作数量').replace('本年废止件数', '本年新公开数量').replace('现行有效件数', '对外公开总数量');
}

describe('2019 （一）项 headings over 2021 rows: the table follows its rows (format §1.5, §2, §2.1)', () => {
  it('old-format still fires, on 本年新制作数量, and nothing else changes (no 2019 row missing, no blank cell)', () => {
    const doc = oldDocHeads();
    const f = expectOne(doc.text, 'old-format', doc.find('本年新制作数量'), { zh: ['表二（主动公开政府信息情况）的行是2021年格式，但部分栏目仍沿用2019年试行格式', '2024年度的报告应改用'], en: ['keeps some 2019 trial column headings'], fixed: null });
    assert.equal(f.related.length, 2);
    assert.deepEqual(newFindings(Doc.seed('002').text, doc.text).map((s) => s.split(' ')[0]), ['old-format']);
    const t = parseReport(doc.text).tables.find((x) => x.kind === 'active')!;
    assert.equal(t.version, 2021);
    assert.deepEqual(t.rows.map((r) => [r.spec?.id, r.cells.length]), [['regulation', 3], ['normative', 3], ['license', 1], ['penalty', 1], ['coercion', 1], ['fee', 1]]);
  });

  it('the （一）项 columns keep the table\'s own headings: a slip there is named by 对外公开总数量', () => {
    const doc = oldDocHeads().setCell('active', '行政规范性文件', 2, '1O2');
    expectOne(doc.text, 'cell-not-number', doc.cell('active', '行政规范性文件', 2), { zh: ['表二“行政规范性文件”行“对外公开总数量”列'] });
  });

  it('a 2021 row dropped from such a table is missing from the 2021 rows', () => {
    const base = oldDocHeads();
    const doc = base.clone().deleteLines(base.line('\t行政强制'), 3);
    const fs = only(findingsOf(doc.text), 'missing-row');
    assert.deepEqual(fs.map((x) => x.message['zh-CN'].replace(/，.*/, '')), ['表二（主动公开政府信息情况）缺少“行政强制”这一行']);
    expectNone(doc.text, 'empty-cell');
  });

  it('no 现行有效 is read from a column headed 对外公开总数量: valid-docs and the prose\'s 现行有效 stay quiet', () => {
    const doc = oldDocHeads();
    const previous = previousOf002(Doc.seed('002').text, { normativeInForce: 100 });
    const fs = analyze(doc.text, { previous: parseReport(previous) }).findings.filter((x) => x.code === 'valid-docs');
    assert.deepEqual(fs, []);
    const ruled = analyze(Doc.seed('002').text, { previous: parseReport(previous) }).findings.filter((x) => x.code === 'valid-docs');
    assert.equal(ruled.length, 1, 'the same pair with the 2021 headings is checked');
  });
});

describe('2019 （一）项 headings with a 2019 row or block: the table stays 2019', () => {
  for (const [what, edit] of [
    ['其他对外管理服务事项', (d: Doc) => d.replace('\t行政许可', '\t其他对外管理服务事项')],
    ['上一年项目数量', (d: Doc) => d.replace('本年处理决定数量', '上一年项目数量')],
  ] as const) {
    it(`with ${what}`, () => {
      const doc = edit(oldDocHeads());
      assert.equal(parseReport(doc.text).tables.find((x) => x.kind === 'active')!.version, 2019);
      expectOne(doc.text, 'old-format', doc.find('本年新制作数量'), {});
    });
  }

  it('with no 2021 heading at all (only the （一）项 block, 2019 headings) the table is the trial one', () => {
    const doc = oldDocHeads();
    let text = doc.text;
    for (const h of ['本年处理决定数量', '本年收费金额']) text = text.split(h).join('数量');
    assert.equal(parseReport(text).tables.find((x) => x.kind === 'active')!.version, 2019);
  });
});

describe('old-format stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'old-format'));
  }

  it('a 2020 report in the 2019 tables without a title’s year or a period: the overview’s paragraphs open with 2020', () => {
    const doc = noYearNamed().text.replace(/2024/g, '2020');
    assert.match(doc, /\n2020年，/);
    expectNone(doc, 'old-format');
  });

  it('a 2020 report in the 2019 tables (the trial format was in force)', () => {
    const doc = replaceTable(Doc.seed('002'), 'active', ACTIVE_2019);
    const text = doc.text.replace(/2024/g, '2020');
    expectNone(text, 'old-format');
  });

  it('规范性文件 alone in a 2021 table 二 is a label variant, not the old format', () => {
    const doc = Doc.seed('002').replace('\t行政规范性文件', '\t规范性文件');
    expectNone(doc.text, 'old-format');
    assert.equal(only(findingsOf(doc.text), 'label-variant').length, 4);
  });

  it('a 2020 report with 2019 （一）项 headings over 2021 rows', () => {
    expectNone(oldDocHeads().text.replace(/2024/g, '2020'), 'old-format');
  });
});

describe('a 2021 table 二 (its headings all 2021) with a row only the 2019 table has: a row the format does not name', () => {
  for (const layout of ['cell', 'row'] as const) {
    const base = () => replaceTable(Doc.seed('002'), 'active', ACTIVE_2021, layout);
    it(`其他对外管理服务事项 under 行政许可 (${layout} per line) → the table stays 2021, nothing new`, () => {
      const rows = [...ACTIVE_2021.slice(0, 7), ['其他对外管理服务事项', '5'], ...ACTIVE_2021.slice(7)];
      const doc = replaceTable(Doc.seed('002'), 'active', rows, layout);
      // It was read as the 2019 table: old-format, missing-row for 政府集中采购 and 规范性文件, cell-count on every row of one figure.
      assert.equal(parseReport(doc.text).tables.find((x) => x.kind === 'active')!.version, 2021);
      assert.deepEqual(newFindings(base().text, doc.text), []);
    });
    it(`a 2019 block heading (上一年项目数量) over that row (${layout} per line) → still the 2019 table`, () => {
      const rows = [...ACTIVE_2021.slice(0, 5), ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], ACTIVE_2021[6]!, ['其他对外管理服务事项', '5'], ...ACTIVE_2021.slice(7)];
      const doc = replaceTable(Doc.seed('002'), 'active', rows, layout);
      assert.equal(parseReport(doc.text).tables.find((x) => x.kind === 'active')!.version, 2019);
      assert.equal(only(findingsOf(doc.text), 'old-format').length, 1);
    });
  }
});

/** Seed 002's table 二 as written, in rows of fields. */
const ACTIVE_2021: readonly (readonly string[])[] = [
  ['第二十条第（一）项'],
  ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
  ['规章', '0', '0', '0'],
  ['行政规范性文件', '7', '35', '102'],
  ['第二十条第（五）项'],
  ['信息内容', '本年处理决定数量'],
  ['行政许可', '21650'],
  ['第二十条第（六）项'],
  ['信息内容', '本年处理决定数量'],
  ['行政处罚', '2656'],
  ['行政强制', '500'],
  ['第二十条第（八）项'],
  ['信息内容', '本年收费金额（单位：万元）'],
  ['行政事业性收费', '2030.16873'],
];

describe('old-format: table 二’s frame without its figures (a web page whose cells were empty or pictures)', () => {
  const FRAME_2019 = ['第二十条第（一）项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '规范性文件',
    '第二十条第（五）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', '其他对外管理服务事项',
    '第二十条第（六）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政处罚', '行政强制',
    '第二十条第（八）项', '信息内容', '上一年项目数量', '本年增/减', '行政事业性收费',
    '第二十条第（九）项', '信息内容', '采购项目数量', '采购总金额', '政府集中采购'];
  const FRAME_2021 = ['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '行政规范性文件',
    '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可',
    '第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '行政强制',
    '第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费'];
  /** Seed 001 with its table 二 replaced by `frame`, one cell a paragraph, blank lines between. */
  const withFrame = (frame: readonly string[]): Doc => {
    const doc = Doc.seed('001');
    const t = doc.table('active');
    doc.deleteLines(t.startLine, t.endLine - t.startLine + 1);
    doc.insertLines(doc.line('二、主动公开政府信息情况') + 1, ...frame.flatMap((l) => [l, '']));
    return doc;
  };

  it('the 2019 frame in a 2024 report → old-format on 本年新制作数量 (it was told only that no figures were read)', () => {
    const doc = withFrame(FRAME_2019);
    const f = expectOne(doc.text, 'old-format', doc.find('本年新制作数量'), {
      severity: 'warning',
      zh: ['表二（主动公开政府信息情况）的栏目是2019年试行格式（表中没有数字），2024年度的报告应使用国办公开办函〔2021〕30号的格式'],
      en: ['2019 trial format (no figures in it); a 2024 report must use the 2021 format'],
      fixed: null,
    });
    assert.equal(f.related.length, 5);
    assert.equal(only(findingsOf(doc.text), 'missing-table').length, 1);
  });

  it('quiet: the 2021 frame; the 2021 frame keeping 其他对外管理服务事项; the 2019 frame in a 2020 report; 2019 labels with only two of the table’s rows', () => {
    expectNone(withFrame(FRAME_2021).text, 'old-format');
    const kept = [...FRAME_2021.slice(0, 11), '其他对外管理服务事项', ...FRAME_2021.slice(11)];
    expectNone(withFrame(kept).text, 'old-format');
    expectNone(withFrame(FRAME_2019).text.replace(/2024/g, '2020'), 'old-format');
    expectNone(withFrame(['本年新制作数量', '政府集中采购', '规章']).text, 'old-format');
  });
});

describe('a 2021 table 二 with the trial format’s （九）项 block (政府集中采购): the table stays 2021, old-format fires (format §1.5, §11)', () => {
  for (const layout of ['cell', 'row'] as const) {
    it(`第二十条第（九）项 政府集中采购 after （八）项 (${layout} per line) → one old-format, on 政府集中采购, nothing else new`, () => {
      const base = replaceTable(Doc.seed('002'), 'active', ACTIVE_2021, layout);
      const rows = [...ACTIVE_2021, ['第二十条第（九）项'], ['信息内容', '采购项目数量', '采购总金额'], ['政府集中采购', '3', '120.5']];
      const doc = replaceTable(Doc.seed('002'), 'active', rows, layout);
      assert.equal(parseReport(doc.text).tables.find((x) => x.kind === 'active')!.version, 2021);
      expectOne(doc.text, 'old-format', doc.find('政府集中采购'), {
        severity: 'warning',
        zh: ['表二（主动公开政府信息情况）的行是2021年格式，但部分栏目仍沿用2019年试行格式，2024年度的报告应改用国办公开办函〔2021〕30号的栏目'],
        en: ['keeps some 2019 trial column headings'],
        fixed: null,
      });
      assert.deepEqual(newFindings(base.text, doc.text).map((s) => s.split(' ')[0]), ['old-format']);
    });
  }
  it('in a 2020 report (the trial format in force) → quiet', () => {
    const rows = [...ACTIVE_2021, ['第二十条第（九）项'], ['信息内容', '采购项目数量', '采购总金额'], ['政府集中采购', '3', '120.5']];
    const doc = replaceTable(Doc.seed('002'), 'active', rows).replace('湘潭县2024年', '湘潭县2020年').replace('统计期限为2024年1月1日至2024年12月31日', '统计期限为2020年1月1日至2020年12月31日');
    expectNone(doc.text, 'old-format');
  });
});
