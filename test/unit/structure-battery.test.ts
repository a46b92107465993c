/**
 * A blind battery of structural and cross-part faults (format.md §1.2–1.5, §5.2, §8 X5, §9), built from the format and
 * not from the rules: each mutant of a seed carries one fault and must draw a new finding (one the seed itself does not
 * have) of the expected code on the fault's line; meaning-preserving controls must draw none. Regression guard for
 * the structural rules together (the full battery of ~600 mutants over eight real reports lives outside the repository).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../helpers/doc';
import { findingsOf } from '../helpers/findings';
import type { Finding } from '../../shared/src';

const HEADS = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '行政复议', '存在的主要问题', '其他需要报告的事项'] as const;
const NUM = '一二三四五六七';

/** Line indices of the six part headings (not the table rows 一、本年新收… or 四、结转…). */
function headings(lines: readonly string[]): number[] {
  return HEADS.map((word, k) => {
    const i = lines.findIndex((l) => l.startsWith(`${NUM[k]}、`) && l.includes(word) && l.length < 40);
    assert.ok(i >= 0, `heading ${k + 1}`);
    return i;
  });
}

/** The findings of `text` that `base` does not have, by code and message (lines shift between the two). */
function added(base: string, text: string): { code: string; line: number; message: string }[] {
  const seen = new Map<string, number>();
  const key = (f: Finding) => `${f.code}\u0000${f.message['zh-CN']}`;
  for (const f of findingsOf(base)) seen.set(key(f), (seen.get(key(f)) ?? 0) + 1);
  const out: { code: string; line: number; message: string }[] = [];
  for (const f of findingsOf(text)) {
    const k = key(f);
    const n = seen.get(k) ?? 0;
    if (n > 0) seen.set(k, n - 1);
    else out.push({ code: f.code, line: f.range.start.line, message: f.message['zh-CN'] });
  }
  return out;
}

interface Mutant {
  readonly name: string;
  readonly lines: string[];
  /** The expected code and the lines (0-based) where it may stand. */
  readonly code: string;
  readonly at: readonly number[];
}

function mutants(lines: readonly string[]): Mutant[] {
  const H = headings(lines);
  const end = (k: number) => (k < 5 ? H[k + 1]! : lines.length);
  const out: Mutant[] = [];
  for (let k = 0; k < 6; k++) {
    out.push({ name: `heading ${NUM[k]} deleted`, lines: [...lines.slice(0, H[k]), ...lines.slice(H[k]! + 1)], code: 'missing-section', at: [H[k]! - 1, H[k]!, H[k]! + 1, ...(k < 5 ? [H[k + 1]! - 1] : [])] });
  }
  for (const [a, b] of [[1, 2], [4, 5]] as const) {
    const moved = [...lines.slice(0, H[a]), ...lines.slice(H[b], end(b)), ...lines.slice(end(a), H[b]), ...lines.slice(H[a], end(a)), ...lines.slice(end(b))];
    out.push({ name: `parts ${NUM[a]} and ${NUM[b]} swapped`, lines: moved, code: 'section-order', at: [H[a]!, H[a]! + (end(b) - H[b]!)] });
  }
  out.push({ name: 'part 五 duplicated', lines: [...lines.slice(0, end(4)), ...lines.slice(H[4], end(4)), ...lines.slice(end(4))], code: 'duplicate-section', at: [end(4)] });
  for (const [k, to] of [[2, '四'], [4, '六']] as const) {
    const m = [...lines];
    m[H[k]!] = m[H[k]!]!.replace(`${NUM[k]}、`, `${to}、`);
    out.push({ name: `heading ${NUM[k]} numbered ${to}`, lines: m, code: 'section-order', at: [H[k]!] });
  }
  {
    const m = [...lines];
    m[H[4]!] = '五、下一步工作打算';
    out.push({ name: 'heading 五 reworded', lines: m, code: 'heading-variant', at: [H[4]!] });
  }
  const list = '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。';
  // (Where the seed's preface lists the parts already, that list is the one read: the sentence is added to the others.)
  if (!lines.slice(0, H[0]).some((l) => l.includes('部分'))) out.push({ name: 'preface: 五个部分', lines: [...lines.slice(0, H[0]), list.replace('六个', '五个'), ...lines.slice(H[0])], code: 'preface-parts', at: [H[0]!] });
  if (!lines.slice(0, H[0]).some((l) => l.includes('部分'))) out.push({ name: 'preface: part 四 not listed', lines: [...lines.slice(0, H[0]), list.replace('政府信息公开行政复议行政诉讼情况、', ''), ...lines.slice(H[0])], code: 'preface-parts', at: [H[0]!] });
  // Table 二: the non-blank lines of part 二; table 四: of part 四.
  const body = (k: number) => {
    const filled = lines.map((_, i) => i).filter((i) => i > H[k]! && i < H[k + 1]! && lines[i]!.trim() !== '');
    return [filled[0]!, filled[filled.length - 1]! + 1] as const;
  };
  const [t2a, t2b] = body(1);
  const [t4a, t4b] = body(3);
  out.push({ name: 'table 二 deleted', lines: [...lines.slice(0, t2a), ...lines.slice(t2b)], code: 'missing-table', at: [H[1]!] });
  // A table moved is reported where it stands: on its first line with a TAB.
  const firstRow = (a: number, b: number) => lines.slice(a, b).findIndex((l) => l.includes('\t'));
  out.push({ name: 'table 二 moved into part 一', lines: [...lines.slice(0, H[1]), ...lines.slice(t2a, t2b), ...lines.slice(H[1], t2a), ...lines.slice(t2b)], code: 'missing-table', at: [H[1]! + firstRow(t2a, t2b)] });
  out.push({ name: 'table 四 moved into part 五', lines: [...lines.slice(0, t4a), ...lines.slice(t4b, H[4]! + 1), ...lines.slice(t4a, t4b), ...lines.slice(H[4]! + 1)], code: 'missing-table', at: [t4a + (H[4]! + 1 - t4b) + firstRow(t4a, t4b)] });
  const title = lines.findIndex((l, i) => i < H[0]! && /2024\s*年/.test(l) && l.length < 60);
  {
    const m = [...lines];
    m[title] = m[title]!.replace('2024', '2023');
    out.push({ name: 'year of the title only', lines: m, code: 'year-mismatch', at: [title] });
  }
  const six = lines.slice(H[5]! + 1).join('\n');
  if (six.includes('处理费')) out.push({ name: 'part 六 without the fee statement', lines: [...lines.slice(0, H[5]! + 1), '无其他需要报告的事项。'], code: 'info-fee', at: [H[5]!, H[5]! + 1] });
  const p5 = lines.findIndex((l, i) => i > H[4]! && l.length > 20);
  {
    const m = [...lines];
    m[p5] = `[bookmark: _GoBack]${m[p5]}`;
    out.push({ name: 'bookmark left in part 五', lines: m, code: 'artifact', at: [p5] });
  }
  out.push({ name: 'page number line', lines: [...lines.slice(0, p5), '- 3 -', ...lines.slice(p5)], code: 'artifact', at: [p5] });
  const toc = ['目录', ...H.map((h, n) => `${lines[h]}……${n + 1}`)];
  out.push({ name: 'table of contents', lines: [...lines.slice(0, H[0]), ...toc, ...lines.slice(H[0])], code: 'artifact', at: toc.map((_, i) => H[0]! + i) });
  return out;
}

function controls(lines: readonly string[]): { name: string; lines: string[] }[] {
  const H = headings(lines);
  const spaced = [...lines];
  for (const h of H) spaced[h] = `${spaced[h]!.replace('、', '、 ')}  `;
  const reflowed = lines.flatMap((l, i) => (i > H[0]! && l.length > 80 && !l.includes('\t') ? [l.slice(0, 37), l.slice(37)] : [l]));
  const indented = lines.map((l) => (l.length > 30 && !l.includes('\t') ? `　　${l}` : l));
  const half = lines.map((l, i) => (i > H[0]! && i < H[1]! ? l.replace(/（([一二三四五六七八九])）/g, '($1)').replace(/，/g, ',') : l));
  return [
    { name: 'headings with extra spaces', lines: spaced },
    { name: 'long paragraphs broken mid-sentence', lines: reflowed },
    { name: 'paragraphs indented with full-width spaces', lines: indented },
    { name: 'half-width parentheses and commas in part 一', lines: half },
    { name: 'CRLF line ends', lines: lines.map((l) => `${l}\r`) },
  ];
}

for (const seed of ['000', '001', '004']) {
  const base = Doc.seed(seed).text;
  const lines = base.split('\n');
  describe(`structure battery on seed ${seed}`, () => {
    for (const m of mutants(lines)) {
      it(`${m.name} → ${m.code} on the fault's line`, () => {
        const fs = added(base, m.lines.join('\n'));
        assert.ok(
          fs.some((f) => f.code === m.code && m.at.some((a) => Math.abs(a - f.line) <= 1)),
          `expected ${m.code} at line ${m.at.map((a) => a + 1).join('/')}, got:\n${fs.map((f) => `${f.line + 1} ${f.code} ${f.message}`).join('\n')}`,
        );
      });
    }
    for (const c of controls(lines)) {
      it(`control: ${c.name} draws nothing new`, () => {
        const fs = added(base, c.lines.join('\n'));
        assert.deepEqual(fs.map((f) => `${f.line + 1} ${f.code} ${f.message}`), []);
      });
    }
  });
}
