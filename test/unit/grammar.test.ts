/**
 * The TextMate grammar, tokenized as VS Code does it (vscode-textmate on the Oniguruma engine):
 * what the parser reads as a part heading, an official row label or a figure must be coloured as one
 * in every seed, and the look-alikes the parser tells apart (table rows numbered 三、 or 四、, prose that
 * starts with a row's words, years) must not be.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { parseReport, type Range } from '../../shared/src';
import { SEEDS, seed } from '../helpers/fixtures';

const ROOT = join(__dirname, '..', '..');

interface Token {
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
}

let grammar: textmate.IGrammar;

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== 'text.govreport') return null;
      const path = join(ROOT, 'syntaxes', 'govreport.tmLanguage.json');
      return textmate.parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
  const g = await registry.loadGrammar('text.govreport');
  if (!g) throw new Error('grammar did not load');
  return g;
}

/** Every line's tokens, tokenized in sequence with the rule stack carried over (as the editor does). */
function tokenize(text: string): Token[][] {
  let stack = textmate.INITIAL;
  return text.split(/\r\n|\n|\r/).map((line) => {
    const r = grammar.tokenizeLine(line, stack, 1000);
    assert.equal(r.stoppedEarly, false, `tokenizing stopped early on: ${line}`);
    stack = r.ruleStack;
    return r.tokens.map((t, i) => ({ start: t.startIndex, end: r.tokens[i + 1]?.startIndex ?? line.length, scopes: t.scopes }));
  });
}

/** The scopes over [start, end) of a line, one list per token touched. */
function scopesOver(tokens: readonly Token[], start: number, end: number): (readonly string[])[] {
  return tokens.filter((t) => t.end > start && t.start < end && t.end > t.start).map((t) => t.scopes);
}

function assertScoped(lines: Token[][], range: Range, scope: string, what: string): void {
  assert.equal(range.start.line, range.end.line, `${what}: one line`);
  const over = scopesOver(lines[range.start.line]!, range.start.character, range.end.character);
  assert.ok(over.length > 0, `${what}: no tokens`);
  for (const scopes of over) assert.ok(scopes.some((s) => s.startsWith(scope)), `${what}: expected ${scope}, got ${scopes.join(' ')}`);
}

/** Scopes of the text `needle` within the one line given (tokenized alone). */
function scopesOf(line: string, needle: string): string[] {
  const i = line.indexOf(needle);
  assert.ok(i >= 0, `"${needle}" in "${line}"`);
  const tokens = tokenize(line)[0]!;
  return [...new Set(scopesOver(tokens, i, i + needle.length).flat())];
}

function has(line: string, needle: string, scope: string): boolean {
  return scopesOf(line, needle).some((s) => s.startsWith(scope));
}

before(async () => {
  grammar = await loadGrammar();
});

describe('grammar on the seeds', () => {
  for (const name of SEEDS) {
    const prefix = name.slice(0, 3);
    it(`${name}: part headings, official row labels and figures are scoped as the parser reads them`, () => {
      const text = seed(prefix);
      const model = parseReport(text);
      const lines = tokenize(text);
      assert.equal(model.parts.length, 6);
      for (const part of model.parts) {
        assertScoped(lines, part.numeralRange, 'punctuation.definition.heading', `part ${part.numeral} numeral`);
        assertScoped(lines, part.titleRange, 'markup.heading.2', `part ${part.numeral} heading`);
        assertScoped(lines, part.titleRange, 'entity.name.section', `part ${part.numeral} title`);
      }
      let labels = 0;
      let figures = 0;
      for (const table of model.tables) {
        for (const row of table.rows) {
          if (row.spec && !row.labelVariant && row.labelRange.start.line === row.labelRange.end.line && row.label.trim() !== '') {
            assertScoped(lines, row.labelRange, 'entity.name.function.row-label', `row label ${row.label}`);
            labels++;
          }
          for (const cell of row.cells) {
            if (cell.value.kind !== 'number') continue;
            assertScoped(lines, cell.range, 'constant.numeric', `cell ${cell.raw} of ${row.label}`);
            figures++;
          }
        }
      }
      assert.ok(labels >= 20, `official labels checked: ${labels}`);
      assert.ok(figures > 0, `figures checked: ${figures}`);
    });
  }

  it('colours the title, also when Word broke it over two lines', () => {
    const lines = tokenize(seed('001'));
    const text = seed('001').split('\n');
    const first = text.findIndex((l) => l.includes('政府信息公开工作'));
    const second = text.findIndex((l, i) => i > first && l.trim() !== '');
    assert.equal(text[second]!.trim(), '年度报告');
    for (const i of [first, second]) assert.ok(lines[i]!.some((t) => t.scopes.some((s) => s.startsWith('markup.heading.1'))), text[i]);
    assert.ok(has('湘潭县2024年政府信息公开工作年度报告', '年度报告', 'markup.heading.1'));
  });
});

describe('grammar look-alikes', () => {
  it('a table row numbered like a part is a row label, not a part heading', () => {
    for (const line of ['三、本年度办理结果', '四、结转下年度继续办理', '一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1']) {
      const label = line.split('\t')[0]!;
      assert.ok(!has(line, label, 'markup.heading'), line);
      assert.ok(has(line, label, 'entity.name.function.row-label'), line);
    }
  });

  it('a part heading with another numeral is a sub-heading, not that part', () => {
    const line = '一、主动公开情况';
    assert.ok(!has(line, '主动公开情况', 'markup.heading.2'));
    assert.ok(has(line, '一、', 'keyword.control.numbering'));
    assert.ok(has(line, '主动公开情况', 'markup.heading.3'));
  });

  it('accepts the typography exports vary: half-width brackets and commas, spaces, a space for 、', () => {
    assert.ok(has('二 主动公开政府信息情况', '主动公开政府信息情况', 'markup.heading.2'));
    assert.ok(has('(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)\t0', '部分公开', 'entity.name.function.row-label'));
    assert.ok(has('\t(一) 予以公开\t1', '予以公开', 'entity.name.function.row-label'));
    assert.ok(has('不予\t1.信访举报投诉类申请', '不予', 'entity.name.function.row-label'), 'a split group label');
    assert.ok(has('\t3.其他\t0', '3.其他', 'entity.name.function.row-label'));
    assert.ok(!has('自然人\t其他\t总计', '其他', 'entity.name.function'), '其他 alone is a column header');
    assert.ok(has('结果 维持\t尚 未 审 结', '尚 未 审 结', 'entity.name.type.table-header'));
  });

  it('prose that starts with a row label\'s words is not a label', () => {
    const line = '行政许可事项全部在网上公开，共计12件。';
    assert.ok(!has(line, '行政许可', 'entity.name.function'));
    assert.ok(has(line, '12', 'constant.numeric'));
    assert.ok(has(line, '件', 'keyword.other.unit'));
  });

  it('colours table captions and column headers', () => {
    assert.ok(has('第二十条第（一）项\t\t\t', '第二十条第（一）项', 'entity.name.type.table'));
    assert.ok(has('第二十条第(五)项', '第二十条第(五)项', 'entity.name.type.table'));
    const header = '信息内容\t本年制发件数\t本年废止件数\t现行有效件数';
    for (const w of header.split('\t')) assert.ok(has(header, w, 'entity.name.type.table-header'), w);
    assert.ok(has('信息内容\t本年收费金额（单位：万元）', '本年收费金额（单位：万元）', 'entity.name.type.table-header'));
  });

  it('figures take their unit; a year is a figure; list numbers are not figures', () => {
    const line = '1.主动公开方面。2024年，服务群众3.2万人次，材料精简60％，发布信息11192条。';
    assert.ok(has(line, '1.', 'keyword.control.numbering'));
    assert.ok(!has(line, '1.', 'constant.numeric'));
    assert.ok(has(line, '2024', 'constant.numeric'));
    assert.ok(!has(line, '年', 'keyword.other.unit'));
    assert.ok(has(line, '3.2', 'constant.numeric'));
    assert.ok(has(line, '万人次', 'keyword.other.unit'));
    assert.ok(has(line, '60', 'constant.numeric'));
    assert.ok(has(line, '％', 'keyword.other.unit'));
    assert.ok(has(line, '11192', 'constant.numeric'));
    assert.ok(has(line, '条', 'keyword.other.unit'));
  });

  it('colours numbered sub-headings and 一是…二是… enumerations', () => {
    assert.ok(has('（一）主动公开情况', '（一）', 'keyword.control.numbering'));
    assert.ok(has('（一）主动公开情况', '主动公开情况', 'markup.heading.3'));
    const para = '加强制度建设。二是强化平台管理；三是做好解读。';
    assert.ok(has(para, '二是', 'keyword.control.numbering'));
    assert.ok(has(para, '三是', 'keyword.control.numbering'));
    assert.ok(!has('我们是一个整体', '是', 'keyword.control.numbering'));
  });

  it('reads Markdown as the parser does: pipe-table fields, and headings after their marker', () => {
    const row = '| 一、本年新收政府信息公开申请数量 | 171 | 7 | 178 |';
    assert.ok(has(row, '一、本年新收政府信息公开申请数量', 'entity.name.function.row-label'));
    assert.ok(has(row, '171', 'constant.numeric'));
    const header = '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |';
    for (const w of ['信息内容', '本年制发件数', '现行有效件数']) assert.ok(has(header, w, 'entity.name.type.table-header'), w);
    assert.ok(!has('说明|行政许可事项全部在网上公开', '行政许可', 'entity.name.function'), 'a pipe in prose makes no field of the words after it');
    assert.ok(has('## 二、主动公开政府信息情况', '主动公开政府信息情况', 'markup.heading.2'));
    assert.ok(has('## 二、主动公开政府信息情况', '##', 'comment.other.export-artifact'));
    assert.ok(has('# 沐阳县人民政府2025年政府信息公开工作年度报告', '沐阳县人民政府2025年政府信息公开工作年度报告', 'markup.heading.1'));
    assert.ok(has('### （一）主动公开情况', '（一）', 'keyword.control.numbering'));
    assert.ok(has('### （一）主动公开情况', '###', 'comment.other.export-artifact'));
    assert.ok(has('### 三是提高解读效能。', '###', 'comment.other.export-artifact'));
    assert.ok(!has('#沭阳发布#话题', '#', 'comment.other.export-artifact'), 'a hashtag is no heading marker');
  });

  it('marks export leftovers and quoted document titles', () => {
    assert.ok(has('一是**加强领导**[bookmark: _GoBack]', '[bookmark: _GoBack]', 'comment.other.export-artifact'));
    assert.ok(has('根据《中华人民共和国政府信息公开条例》规定', '《中华人民共和国政府信息公开条例》', 'string.quoted.other.title'));
  });
});
