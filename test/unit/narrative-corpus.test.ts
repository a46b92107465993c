/**
 * narrative-mismatch on a corpus of sentences written the way real annual reports write them, each
 * with the claims it must yield against a known table (seed 002's, listed below) — or none.
 *
 * For every sentence: the claims read on its line (quantity, value, whether it holds) are exactly the
 * expected ones, and a finding fires for each claim that does not hold, on the claim's own range.
 * For every claim that holds: the same sentence with that number changed must fire, on that claim,
 * and change nothing else (the contradicting variant).
 *
 * Seed 002's tables: 表三 一 178 (自然人171 + 商业企业7), 二 5 (自然人), （一）99, （二）14, （三）12
 * (国家秘密2, 第三方1, 内部事务4, 执法案卷5), （四）33 (不掌握30, 另行制作3), （五）0, （六）20 (不补正3,
 * 未缴费5, 其他12), （七）178, 四 5. 表四 复议 8 10 7 0 25 | 直接起诉 1 0 2 0 3 | 复议后起诉 1 0 0 1 2.
 * 表二 行政规范性文件 7 / 35 / 102, 规章 0 / 0 / 0, 许可 21650, 处罚 2656, 强制 500, 收费 2030.16873万元.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, claimsOf, parseReport, type Claim, type Finding } from '../../shared/src';
import { lineOf, seed } from '../helpers/fixtures';
import { CORPUS, type CorpusCase, type Place } from './narrative-corpus.data';

const BASE = seed('002');
const BASE_LINES = BASE.split('\n');
/** Where a sentence is put: the paragraph it replaces, and the words that open that paragraph. */
const PLACES: Record<Place, { needle: string; prefix: string }> = {
  requests: { needle: '2.依申请公开方面', prefix: '2.依申请公开方面。' },
  active: { needle: '1.主动公开方面', prefix: '1.主动公开方面。' },
  overview: { needle: '2024年，在县委的坚强领导下', prefix: '' },
  platform: { needle: '4.平台建设方面', prefix: '4.平台建设方面。' },
  other: { needle: '2024年度，湘潭县未收取信息处理费', prefix: '' },
};

function place(sentence: string, where: Place): { text: string; line: number; column: number } {
  const p = PLACES[where];
  const line = lineOf(BASE, p.needle);
  const lines = [...BASE_LINES];
  lines[line] = p.prefix + sentence;
  return { text: lines.join('\n'), line, column: p.prefix.length };
}

interface Outcome {
  claims: Claim[];
  findings: Finding[];
}

function run(sentence: string, where: Place): Outcome & { line: number; column: number; text: string } {
  const placed = place(sentence, where);
  const model = parseReport(placed.text);
  const claims = claimsOf(model).filter((c) => c.range.start.line === placed.line);
  const findings = analyze(placed.text).findings.filter((f) => f.code === 'narrative-mismatch' && f.range.start.line === placed.line);
  return { ...placed, claims, findings };
}

const show = (c: Claim) => `${c.quantity} ${c.value} ${c.holds === true ? '✓' : c.holds === false ? '✗' : '?'}`;

function expected(spec: string): string[] {
  return spec.trim() === '' ? [] : spec.split('|').map((s) => s.trim().replace(/\s+/g, ' '));
}

function sameRange(a: Finding['range'], b: Claim['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The claim's number replaced by a value no reading of it has: the contradicting variant. */
function contradict(c: Claim, sentence: string, column: number, lineText: string): { sentence: string; at: number } | undefined {
  if (c.zero) return undefined;
  const from = c.numberRange.start.character - column;
  const to = c.numberRange.end.character - column;
  if (from < 0 || to > sentence.length || c.numberRange.start.line !== c.numberRange.end.line) return undefined;
  const afterNumber = lineText.slice(c.numberRange.end.character);
  let replacement: number;
  if (c.quantity === 'fee') {
    replacement = /^\s*万元/.test(afterNumber) ? c.value + 1000 : c.value * 1e4 + 1e7;
  } else {
    const scale = /^\s*万/.test(afterNumber) ? 1e4 : /^\s*亿/.test(afterNumber) ? 1e8 : 1;
    const taken = new Set([...c.readings.map((r) => r.value), ...c.alternatives]);
    replacement = c.value / scale + 1;
    while (taken.has(replacement * scale)) replacement++;
  }
  return { sentence: sentence.slice(0, from) + String(Number(replacement.toFixed(6))) + sentence.slice(to), at: from };
}

function checkCase(k: CorpusCase): void {
  const where = k.where ?? 'requests';
  const r = run(k.s, where);
  assert.deepEqual(r.claims.map(show), expected(k.expect), `claims of: ${k.s}\n${r.claims.map((c) => `${show(c)} «${c.text}»`).join('\n')}`);
  const failing = r.claims.filter((c) => c.holds === false);
  assert.equal(r.findings.length, failing.length, `findings of: ${k.s}\n${r.findings.map((f) => f.message['zh-CN']).join('\n')}`);
  for (const c of failing) assert.ok(r.findings.some((f) => sameRange(f.range, c.range)), `no finding on «${c.text}»`);
  for (const f of r.findings) {
    assert.ok(f.related.length > 0, 'a finding points at the table cells');
    assert.match(f.message['zh-CN'], /正文/);
    assert.match(f.message.en, /text/i);
  }
}

function checkContradictions(k: CorpusCase): void {
  const where = k.where ?? 'requests';
  const r = run(k.s, where);
  const lineText = r.text.split('\n')[r.line]!;
  for (const c of r.claims) {
    if (c.holds !== true) continue;
    const variant = contradict(c, k.s, r.column, lineText);
    if (!variant) continue;
    const v = run(variant.sentence, where);
    assert.deepEqual(v.claims.map((x) => x.quantity), r.claims.map((x) => x.quantity), `quantities of the variant: ${variant.sentence}`);
    const changed = v.claims.find((x) => x.numberRange.start.character - v.column === variant.at);
    assert.ok(changed, `the changed number is still a claim: ${variant.sentence}`);
    assert.equal(changed.holds, false, `the changed claim no longer holds: ${variant.sentence}`);
    assert.ok(v.findings.some((f) => sameRange(f.range, changed.range)), `a finding on the changed claim: ${variant.sentence}`);
    assert.equal(v.findings.length, r.findings.length + 1, `one more finding, no other: ${variant.sentence}\n${v.findings.map((f) => f.message['zh-CN']).join('\n')}`);
  }
}

describe('narrative corpus: the claims each sentence makes against the tables', () => {
  for (const [group, cases] of Object.entries(CORPUS)) {
    describe(group, () => {
      for (const k of cases) it(`${k.s}${k.where ? `  [${k.where}]` : ''}`, () => checkCase(k));
    });
  }
});

describe('narrative corpus: every agreeing figure, changed, is found on its claim', () => {
  for (const [group, cases] of Object.entries(CORPUS)) {
    const withClaims = cases.filter((k) => /✓/.test(k.expect));
    if (withClaims.length === 0) continue;
    describe(group, () => {
      for (const k of withClaims) it(k.s, () => checkContradictions(k));
    });
  }
});

describe('narrative corpus: size', () => {
  it('holds hundreds of sentences', () => {
    const n = Object.values(CORPUS).reduce((a, cases) => a + cases.length, 0);
    assert.ok(n >= 300, `${n} sentences`);
  });
});
