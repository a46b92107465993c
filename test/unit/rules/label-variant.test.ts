/**
 * label-variant: a table row labelled in a wording other than the national format's (format §2, §3.2,
 * §3.3): a known variant, or a wording recognised only by its distinctive words. Typography (full-
 * and half-width forms, spaces, quotes, list-number style, a label split over lines) is not wording.
 * The 2019 trial labels are the old format, which old-format reports.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc, blankBetweenCells, relayout, replaceTable, type Layout, type TableKind } from '../../helpers/doc';
import { applyFix, covered, expectNone, expectOne, findingsOf, newFindings, only } from '../../helpers/findings';
import { ACTIVE_2019, requests2019 } from '../../helpers/variants';

const LAYOUTS = ['cell', 'row'] as const;

/** Seed 001 (published cell per line; every label official) in either Word layout. */
function seed001(layout: Layout): Doc {
  return layout === 'cell' ? Doc.seed('001') : Doc.of(relayout(Doc.seed('001').text, 'row'));
}

/** `doc` with the label of the row found by `needle` written as `label`, and where it now lies. */
function withLabel(doc: Doc, kind: TableKind, needle: string, label: string): { doc: Doc; at: { line: number; start: number; end: number } } {
  const f = doc.label(kind, needle);
  assert.equal(f.endLine, f.line, 'the label is on one line');
  const text = doc.lines[f.line]!;
  doc.setLine(f.line, text.slice(0, f.start) + label + text.slice(f.end));
  return { doc, at: { line: f.line, start: f.start, end: f.start + label.length } };
}

const T3 = '表三（收到和处理政府信息公开申请情况）';

describe('label-variant fires', () => {
  const cases: [TableKind, string, string, string, string, string][] = [
    // table, row needle, written, official, English row name, what it is
    ['requests', '逾期不补正', '1.申请人无正当理由逾期不补正、行政机关不再受理其政府信息公开申请', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '(6)1 no correction in time', '不再受理 for 不再处理 (seed 002)'],
    ['requests', '收费通知', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再受理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '(6)2 fee not paid in time', '不再受理 for 不再处理 in the fee row'],
    ['requests', '禁止公开', '2.其他法律和行政法规禁止公开', '2.其他法律行政法规禁止公开', '(3)2 barred by other laws', '和 inserted (seed 002)'],
    ['requests', '禁止公开', '2.其他法律、行政法规禁止公开', '2.其他法律行政法规禁止公开', '(3)2 barred by other laws', '、 inserted'],
    ['requests', '禁止公开', '2.法律行政法规禁止公开', '2.其他法律行政法规禁止公开', '(3)2 barred by other laws', '其他 dropped'],
    ['requests', '不掌握', '1.信息不存在', '1.本机关不掌握相关政府信息', '(4)1 not held', 'an older wording'],
    ['requests', '国家秘密', '1.涉及国家秘密的', '1.属于国家秘密', '(3)1 state secret', 'an unlisted wording, recognised by its distinctive words'],
    ['requests', '部分公开', '（二）部分公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '(2) partly disclosed', 'the counting note left out'],
    ['active', '行政规范性文件', '规范性文件', '行政规范性文件', 'normative documents', '规范性文件 for 行政规范性文件 in a 2021 table 二 (sjzca 2023)'],
    ['active', '规章', '规章（县级无此项）', '规章', 'regulations', 'a note in brackets after the label (a county office’s table 二, 2021)'],
    ['active', '行政事业性收费', '行政事业性收费（万元）', '行政事业性收费', 'administrative fees', 'the unit in brackets after the label'],
    ['active', '行政规范性文件', '行政规范性文件（行政机关制定发布的决定、公告、通告、意见、通知，以及标题采用“规定”“办法”“细则”“规范”“规程”“规则”等字样的公文，一般情况下属于规范性文件）', '行政规范性文件', 'normative documents', 'a provincial template’s long note left in the label (a 2020 sub-district table)'],
    ['requests', '内部事务', '5.属于三类内容事务信息', '5.属于三类内部事务信息', '(3)5 internal affairs', 'a typo: 内容 for 内部 (a district office’s 2022 table)'],
    ['requests', '过程性', '6.属于四类过程信息', '6.属于四类过程性信息', '(3)6 process information', 'a typo: 性 dropped'],
    ['active', '行政规范性文件', '行政规范姓文件', '行政规范性文件', 'normative documents', 'a typo: 姓 for 性'],
    // Labels too short for the typo search (a character off makes them near others) are read by their place: the one
    // row missing between the rows found around them, one character away.
    ['requests', '予以公开', '（一）予了公开', '（一）予以公开', '(1) disclosed', 'a typo in a short label: 了 for 以, where （一）予以公开 alone is missing'],
    ['requests', '重复申请', '2.重及申请', '2.重复申请', '(5)2 repeated requests', 'a typo in a short label: 及 for 复'],
    ['active', '行政许可', '行攻许可', '行政许可', 'administrative licensing', 'a typo in a short label of table 二: 攻 for 政'],
  ];
  for (const layout of LAYOUTS) {
    for (const [kind, needle, written, official, en, what] of cases) {
      it(`“${written}” (${what}), ${layout} per line → on the label, info, fix to “${official}”`, () => {
        const { doc, at } = withLabel(seed001(layout), kind, needle, written);
        const table = kind === 'active' ? '表二（主动公开政府信息情况）' : T3;
        expectOne(doc.text, 'label-variant', at, {
          severity: 'info',
          zh: [`${table}的栏目“${written}”与国家格式用语不同，规范用语为“${official}”。`],
          en: [`the label “${written}” differs from the official “${official}” (${en}).`],
          // Seed 001 writes every label officially: the fix gives it back exactly.
          fixed: seed001(layout).text,
        });
        // Still read as that row: no row goes missing and no figure moves.
        for (const code of ['missing-row', 'cell-count', 'row-total', 'column-total', 'balance']) expectNone(doc.text, code);
      });
    }
  }

  it('a variant label split over two lines (cell per line) → the range spans both lines, the fix joins them into the official label', () => {
    const doc = Doc.seed('001');
    const f = doc.label('requests', '禁止公开');
    doc.setLine(f.line, '\t2.其他法律和行政').insertLines(f.line + 1, '法规禁止公开');
    expectOne(doc.text, 'label-variant', { start: { line: f.line, character: 1 }, end: { line: f.line + 1, character: '法规禁止公开'.length } }, {
      zh: [`${T3}的栏目“2.其他法律和行政法规禁止公开”与国家格式用语不同`],
      fixed: Doc.seed('001').text,
    });
  });

  it('a row whose label carries a note in brackets is still that row: a figure in it that is no number is found there', () => {
    const { doc } = withLabel(seed001('row'), 'active', '规章', '规章（设区的市、自治州人民政府应提供相关数据）');
    doc.setCell('active', '规章', 0, '/');
    const cell = doc.cell('active', '规章', 0);
    expectOne(doc.text, 'cell-not-number', { start: { line: cell.line, character: cell.start }, end: { line: cell.line, character: cell.end } });
  });

  it('seed 002 as published: its three variant labels, each fixed to the official wording; fixed, none is left', () => {
    const doc = Doc.seed('002');
    const fs = only(findingsOf(doc.text), 'label-variant');
    const at = (needle: string) => {
      const f = doc.label('requests', needle);
      return { start: { line: f.line, character: f.start }, end: { line: f.line, character: f.end } };
    };
    assert.deepEqual(fs.map((f) => f.range), [at('禁止公开'), at('逾期不补正'), at('收费通知')]);
    assert.deepEqual(fs.map((f) => f.fixes[0]!.edits[0]!.newText), ['2.其他法律行政法规禁止公开', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请']);
    let text = doc.text;
    for (let i = 0; i < 3; i++) text = applyFix(text, only(findingsOf(text), 'label-variant')[0]!);
    expectNone(text, 'label-variant');
  });
});

describe('label-variant: the fix keeps the report’s own characters', () => {
  it('a label written with full-width figures and a variant word (２.其他法律和行政法规禁止公开): the fix drops the word and keeps ２', () => {
    const doc = Doc.seed('002').replace('2.其他法律和行政法规禁止公开', '２.其他法律和行政法规禁止公开');
    const f = only(findingsOf(doc.text), 'label-variant').find((x) => covered(doc.text, x.range).includes('禁止公开'))!;
    assert.equal(f.fixes[0]!.edits[0]!.newText, '２.其他法律行政法规禁止公开');
    assert.match(f.fixes[0]!.title['zh-CN'], /改为“２\.其他法律行政法规禁止公开”/);
    const fixed = applyFix(doc.text, f);
    assert.ok(fixed.includes('\t２.其他法律行政法规禁止公开'));
    assert.ok(!only(findingsOf(fixed), 'label-variant').some((x) => covered(fixed, x.range).includes('禁止公开')));
  });
});

describe('label-variant stays quiet', () => {
  for (const s of ['000', '001', '003', '004']) {
    it(`seed ${s} as published, in both layouts`, () => {
      expectNone(Doc.seed(s).text, 'label-variant');
      expectNone(relayout(Doc.seed(s).text, s === '000' ? 'cell' : 'row'), 'label-variant');
    });
  }

  const lookalikes: [string, string, string][] = [
    // row needle, written, what differs
    ['予以公开', '(一) 予以公开', 'half-width brackets and a space (seed 000)'],
    ['予以公开', '予以公开', 'the list number left out'],
    ['部分公开', '(二)部分公开(区分处理的, 只计这一情形, 不计其他情形)', 'half-width brackets and commas in the note (seed 000)'],
    ['国家秘密', '１．属于国家秘密', 'a full-width digit and dot'],
    ['国家秘密', '1、属于国家秘密', '、 after the number'],
    ['国家秘密', '（1）属于国家秘密', 'the number in brackets'],
    ['三安全一稳定', '3.危及三安全一稳定', 'no quotes'],
    ['三安全一稳定', '3.危及"三安全一稳定"', 'straight quotes'],
    ['三安全一稳定', '3.危及「三安全一稳定」', 'corner brackets'],
    ['不掌握', '1. 本机关不掌握 相关政府信息\u3000', 'spaces and an ideographic space'],
  ];
  for (const layout of LAYOUTS) {
    for (const [needle, written, what] of lookalikes) {
      it(`“${written.trim()}” (${what}), ${layout} per line`, () => {
        expectNone(withLabel(seed001(layout), 'requests', needle, written).doc.text, 'label-variant');
      });
    }
  }

  it('a short label one character off where two rows are missing around it (（一）予了公开 with （二）部分公开 deleted): which it is cannot be told, the rows are missing', () => {
    const { doc } = withLabel(seed001('row').deleteRow('requests', '部分公开'), 'requests', '予以公开', '（一）予了公开');
    expectNone(doc.text, 'label-variant');
    assert.equal(only(findingsOf(doc.text), 'missing-row').length, 2);
  });

  it('words after a row’s label are its cell, not a label (见附件 in 一、本年新收 自然人 beside 本年新收): no row made of them', () => {
    const doc = seed001('row').setCell('requests', '本年新收', 0, '见附件');
    expectNone(doc.text, 'label-variant');
    expectNone(doc.text, 'missing-row');
    assert.equal(only(findingsOf(doc.text), 'cell-not-number').length, 1);
  });

  it('a label two characters away from any official one (属于商业秘密) is no typo of 属于国家秘密: the row is missing, not a variant', () => {
    const { doc } = withLabel(seed001('row'), 'requests', '国家秘密', '1.属于商业秘密');
    expectNone(doc.text, 'label-variant');
    assert.equal(only(findingsOf(doc.text), 'missing-row').length, 1);
  });

  it('an official label split over two lines (cell per line: “2.其他法律行政” / “法规禁止公开”)', () => {
    const doc = Doc.seed('001');
    const f = doc.label('requests', '禁止公开');
    doc.setLine(f.line, '\t2.其他法律行政').insertLines(f.line + 1, '法规禁止公开');
    expectNone(doc.text, 'label-variant');
    expectNone(doc.text, 'missing-row');
  });

  // A label cell divided in the Word table, its two pieces in two fields of the row line: the first piece was read as
  // a variant of the label (with a fix that wrote the whole label before the second piece), the second as a cell
  // (cell-not-number, cell-count 8 of 7).
  for (const spaced of [false, true]) {
    it(`an official label split in two fields of its row line${spaced ? ', TABs turned to spaces' : ''} (“（二）部分公开（区分处理的，” ⇥ “只计这一情形，不计其他情形）”) is the row: nothing fires`, () => {
      let text = relayout(Doc.seed('002').text, 'row').replace('（区分处理的，只计这一情形', '（区分处理的，\t只计这一情形');
      if (spaced) text = text.replace(/\t/g, '   ');
      assert.match(text, /区分处理的，(\t| {3})只计/);
      const fs = findingsOf(text).filter((f) => ['label-variant', 'cell-not-number', 'cell-count', 'missing-row', 'row-total'].includes(f.code));
      assert.deepEqual(fs.map((f) => f.code + ' ' + f.message['zh-CN']).filter((m) => !/不再受理|法律和行政法规/.test(m)), []);
    });
  }

  it('the 2019 trial table 二 (规范性文件 and the other trial rows are its official labels): old-format speaks, not label-variant', () => {
    const doc = replaceTable(Doc.seed('001'), 'active', ACTIVE_2019);
    expectNone(doc.text, 'label-variant');
    assert.equal(only(findingsOf(doc.text), 'old-format').length, 1);
    // In a 2020 report the trial format was in force: nothing at all.
    expectNone(doc.text.replace(/2024/g, '2020'), 'label-variant');
  });

  it('the 2019 trial table 三 (one row （六）其他处理): old-format speaks, not label-variant', () => {
    const doc = replaceTable(Doc.seed('001'), 'requests', requests2019(Doc.seed('001')));
    expectNone(doc.text, 'label-variant');
    assert.equal(only(findingsOf(doc.text), 'old-format').length, 1);
  });
});

describe('label-variant on column headings', () => {
  /** A heading written otherwise in seed 001 (each heading on a line of its own, or in a row line). */
  function misworded(layout: Layout, official: string, written: string): { text: string; base: string; line: number; start: number } {
    const base = seed001(layout).text;
    const at = base.indexOf(official);
    assert.ok(at >= 0, official);
    const text = base.slice(0, at) + written + base.slice(at + official.length);
    const line = base.slice(0, at).split('\n').length - 1;
    return { text, base, line, start: at - base.lastIndexOf('\n', at - 1) - 1 };
  }

  const cases: [string, string, string][] = [
    // official, written, where
    ['科研机构', '科研企业', 'table 三, among the five kinds of organisation (a published typo)'],
    ['商业企业', '商务企业', 'table 三, the first of the five'],
    ['法律服务机构', '法律服务组织', 'table 三, the fourth'],
    ['结果纠正', '结果更正', 'table 四, the first group'],
    ['尚未审结', '尚未结案', 'table 四'],
    ['本年废止件数', '本年废除件数', 'table 二'],
    ['现行有效件数', '现行有效数', 'table 二, a word left out'],
    ['本年处理决定数量', '处理决定数量', 'table 二, the heading after 信息内容 of the 行政许可 block, worded as the 2019 trial table did'],
  ];
  for (const layout of LAYOUTS) {
    for (const [official, written, where] of cases) {
      it(`“${written}” where “${official}” stands (${where}), ${layout} per line → one finding on the heading, whose fix writes the official heading`, () => {
        const { text, base, line, start } = misworded(layout, official, written);
        const f = expectOne(text, 'label-variant', { line, start, end: start + written.length });
        assert.match(f.message['zh-CN'], new RegExp(`的栏目“${written}”与国家格式用语不同，规范用语为“${official}”。$`));
        assert.equal(covered(text, f.range), written);
        assert.equal(applyFix(text, f), base);
        // Nothing else changes: the table is read as before.
        const added = newFindings(base, text);
        assert.equal(added.length, 1, added.join('\n'));
        assert.ok(added[0]!.startsWith('label-variant'), added[0]);
        assert.deepEqual(newFindings(text, base), []);
      });
    }
  }

  it('cells one per line with a blank line after each (a web page pasted paragraph by paragraph), the last heading of the run misworded (现行有效件): one finding on it, whose fix writes the official heading', () => {
    const base = blankBetweenCells(seed001('cell').text);
    expectNone(base, 'label-variant');
    const at = base.indexOf('现行有效件数');
    assert.ok(at >= 0);
    const text = base.slice(0, at) + '现行有效件' + base.slice(at + '现行有效件数'.length);
    const line = base.slice(0, at).split('\n').length - 1;
    const f = expectOne(text, 'label-variant', { line, start: 0, end: '现行有效件'.length });
    assert.match(f.message['zh-CN'], /的栏目“现行有效件”与国家格式用语不同，规范用语为“现行有效件数”。$/);
    assert.equal(applyFix(text, f), base);
    assert.deepEqual(newFindings(base, text).map((x) => x.split(' ')[0]), ['label-variant']);
  });

  it('a heading replaced by another official heading, or two headings of a run changed, is not read as a misworded one', () => {
    for (const layout of LAYOUTS) {
      const base = seed001(layout).text;
      // 科研机构 → 社会公益组织: a heading of the run, in the wrong place; two changed: the place is not certain.
      expectNone(base.replace('科研机构', '社会公益组织'), 'label-variant');
      expectNone(base.replace('科研机构', '科研企业').replace('法律服务机构', '法律服务组织'), 'label-variant');
      // A heading nothing like the one its place calls for.
      expectNone(base.replace('科研机构', '备注'), 'label-variant');
    }
  });
});

