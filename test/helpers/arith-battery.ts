/**
 * A blind battery of faults in the tables' arithmetic and in prose figures that the tables also give
 * (format.md §2–§4, §7), built from the format and not from the rules. Each mutant carries one fault; what a
 * finding must point at is computed here from the raw text (test/helpers/doc.ts), never from the model:
 *
 * - a table cell changed: when that cell is the only one whose change makes every relation of the format hold
 *   again (A1–A3 of table 三, B1–B3 of table 四; blank cells make a relation not assessable), a new finding must
 *   cover exactly that cell and its fix (if any) must write the original value back; otherwise a new finding must
 *   cover one of the cells that could be wrong, and a fix (if any) must leave every relation holding;
 * - a prose figure changed or a sentence added that contradicts the tables: a new finding must cover the figure;
 * - controls (relations kept, figures that speak of something else): no new finding of the table or prose codes.
 */
import { analyze, applyEdits, automaticFix, type Finding } from '../../shared/src';
import { Doc, REQUEST_ROW_NEEDLES, relayout, type FieldLoc } from './doc';
import { covered } from './findings';

/** Rows of table 三 by index (0-based R1..R25 of format.md §3.2). */
const R = REQUEST_ROW_NEEDLES;
const OUTCOMES = Array.from({ length: 21 }, (_, i) => i + 2); // R3..R23
const TOTAL = 6;

export interface Cell {
  readonly kind: 'requests' | 'review' | 'active';
  /** requests: row index 0..24; review: 0; active: the row label. */
  readonly row: number | string;
  readonly column: number;
}

interface Grid {
  /** table 三 values [row][column], undefined when blank or not a number. */
  readonly t3: (number | undefined)[][];
  readonly t4: (number | undefined)[];
}

function num(s: string): number | undefined {
  const t = s.trim();
  return /^-?\d+$/.test(t) ? Number(t) : undefined;
}

function grid(doc: Doc): Grid {
  return {
    t3: R.map((label) => doc.cells('requests', label).map((c) => num(c.text))),
    t4: doc.cells('review').map((c) => num(c.text)),
  };
}

type Rel = { cells: [number, number][]; signs: number[] } | { review: number[]; signs: number[] };

/** Every relation of the format as Σ sign·cell = 0. */
const RELATIONS: Rel[] = (() => {
  const out: Rel[] = [];
  for (let c = 0; c < 7; c++) {
    out.push({ cells: [[23, c], ...OUTCOMES.map((r) => [r, c] as [number, number])], signs: [1, ...OUTCOMES.map(() => -1)] }); // A1
    out.push({ cells: [[0, c], [1, c], [23, c], [24, c]], signs: [1, 1, -1, -1] }); // A2
  }
  for (let r = 0; r < 25; r++) out.push({ cells: [[r, TOTAL], ...[0, 1, 2, 3, 4, 5].map((c) => [r, c] as [number, number])], signs: [1, -1, -1, -1, -1, -1, -1] }); // A3
  for (const g of [0, 5, 10]) out.push({ review: [g + 4, g, g + 1, g + 2, g + 3], signs: [1, -1, -1, -1, -1] }); // B1–B3
  return out;
})();

function relCells(rel: Rel): string[] {
  return 'cells' in rel ? rel.cells.map(([r, c]) => `requests:${r}:${c}`) : rel.review.map((k) => `review:0:${k}`);
}

function relValue(g: Grid, rel: Rel, override?: [string, number]): number | undefined {
  const keys = relCells(rel);
  let sum = 0;
  for (let i = 0; i < keys.length; i++) {
    const [kind, row, col] = keys[i]!.split(':');
    let v = kind === 'requests' ? g.t3[Number(row)]?.[Number(col)] : g.t4[Number(col)];
    if (override && override[0] === keys[i]) v = override[1];
    if (v === undefined) return undefined;
    sum += rel.signs[i]! * v;
  }
  return sum;
}

/** Relations that fail (assessable ones only). */
export function failing(doc: Doc | Grid): number {
  const g = doc instanceof Doc ? grid(doc) : doc;
  return RELATIONS.filter((rel) => {
    const v = relValue(g, rel);
    return v !== undefined && v !== 0;
  }).length;
}

/** Cells (key `kind:row:col`) a single change of which makes every relation hold, with the value it needs. */
export function repairs(doc: Doc | Grid): Map<string, number> {
  const g = doc instanceof Doc ? grid(doc) : doc;
  const bad = RELATIONS.filter((rel) => (relValue(g, rel) ?? 0) !== 0);
  const out = new Map<string, number>();
  if (bad.length === 0) return out;
  const candidates = new Set(relCells(bad[0]!));
  for (const key of candidates) {
    if (!bad.every((rel) => relCells(rel).includes(key))) continue;
    const rel = bad[0]!;
    const i = relCells(rel).indexOf(key);
    const [kind, row, col] = key.split(':');
    const cur = kind === 'requests' ? g.t3[Number(row)]![Number(col)] : g.t4[Number(col)];
    if (cur === undefined) continue;
    const v = cur - relValue(g, rel)! / rel.signs[i]!;
    if (v < 0) continue;
    if (RELATIONS.every((r) => (relValue(g, r, [key, v]) ?? 0) === 0)) out.set(key, v);
  }
  return out;
}

export function loc(doc: Doc, key: string): FieldLoc {
  const [kind, row, col] = key.split(':');
  if (kind === 'review') return doc.cells('review')[Number(col)]!;
  return doc.cells('requests', R[Number(row)]!)[Number(col)]!;
}

/** Keys of the cells of the relations that fail. */
export function suspects(doc: Doc | Grid): Set<string> {
  const g = doc instanceof Doc ? grid(doc) : doc;
  return new Set(RELATIONS.filter((rel) => (relValue(g, rel) ?? 0) !== 0).flatMap(relCells));
}

export interface Case {
  readonly seed: string;
  readonly category: string;
  readonly name: string;
  readonly base: string;
  readonly text: string;
  /** A change no relation of the format can see: must draw no new finding. */
  readonly undetectable?: boolean;
  /** Mutants: where a finding must stand (exact ranges), and the text its fix must give (undefined: any fix that makes the relations hold / no check). */
  readonly expect?: { readonly at: readonly { line: number; start: number; end: number }[]; readonly labels?: readonly number[]; readonly exact: boolean; readonly prose?: boolean; readonly original?: string; readonly restores?: boolean };
}

export const TABLE_CODES = new Set(['row-total', 'column-total', 'balance', 'review-total', 'carry-over', 'invalid-number', 'cell-not-number']);

/** A seed whose table 三 holds non-zero figures in several columns, every relation holding (seed 001: prose says 13). */
export function enriched001(): Doc {
  const d = Doc.seed('001');
  const rows: Record<string, number[]> = {
    本年新收: [9, 2, 1, 0, 1, 0, 13],
    上年结转: [1, 1, 0, 0, 0, 0, 2],
    予以公开: [5, 1, 0, 0, 0, 0, 6],
    部分公开: [2, 0, 1, 0, 0, 0, 3],
    不掌握: [2, 1, 0, 0, 0, 0, 3],
    重复申请: [0, 0, 0, 0, 1, 0, 1],
    '（七）总计': [9, 2, 1, 0, 1, 0, 13],
    结转下年度: [1, 1, 0, 0, 0, 0, 2],
  };
  for (const [label, v] of Object.entries(rows)) d.setRow('requests', label, v);
  return d;
}

export function bases(): { seed: string; doc: Doc }[] {
  return [
    { seed: '000', doc: Doc.seed('000') },
    { seed: '001', doc: Doc.seed('001') },
    { seed: '001e', doc: enriched001() },
    { seed: '002', doc: Doc.seed('002') },
    // Seed 002's tables in the other Word layout: one line of TAB-joined fields per row.
    { seed: '002r', doc: Doc.of(relayout(Doc.seed('002').text, 'row')) },
    { seed: '003', doc: Doc.seed('003') },
    { seed: '004', doc: Doc.seed('004') },
  ];
}

function ops(v: number): [string, number][] {
  const out: [string, number][] = [['+1', v + 1], ['+10', v + 10]];
  if (v >= 1) out.push(['-1', v - 1], ['×10', v * 10]);
  else out.push(['-1 (negative)', -1]);
  if (v >= 10) out.push(['-10', v - 10]);
  const s = String(v);
  if (s.length >= 2) {
    const sw = s.slice(0, -2) + s[s.length - 1] + s[s.length - 2];
    if (sw !== s && !sw.startsWith('0')) out.push(['digit swap', Number(sw)]);
  }
  return out;
}

/** A base's table 三 and 四: values, where each cell is, and each row's label line (read once per base). */
interface Layout3 {
  readonly grid: Grid;
  readonly locs: Map<string, FieldLoc>;
  readonly labels: number[];
}

const layouts = new WeakMap<Doc, Layout3>();

function layoutOf(doc: Doc): Layout3 {
  let l = layouts.get(doc);
  if (!l) {
    const locs = new Map<string, FieldLoc>();
    R.forEach((label, r) => doc.cells('requests', label).forEach((c, k) => locs.set(`requests:${r}:${k}`, c)));
    doc.cells('review').forEach((c, k) => locs.set(`review:0:${k}`, c));
    l = { grid: grid(doc), locs, labels: R.map((label) => doc.label('requests', label).line) };
    layouts.set(doc, l);
  }
  return l;
}

function tableMutant(seed: string, base: Doc, category: string, name: string, edits: [string, string][]): Case {
  const { grid: g0, locs, labels: labelLines } = layoutOf(base);
  const d = base.clone();
  const g: Grid = { t3: g0.t3.map((r) => r.slice()), t4: g0.t4.slice() };
  // Right to left on one line, so the places before an edit stay; the places after it on its line shift.
  const sorted = edits.map(([key, value]) => ({ key, value, at: locs.get(key)! })).sort((a, b) => b.at.line - a.at.line || b.at.start - a.at.start);
  for (const e of sorted) {
    const l = d.lines[e.at.line]!;
    d.lines[e.at.line] = l.slice(0, e.at.start) + e.value + l.slice(e.at.end);
    const [kind, row, col] = e.key.split(':');
    if (kind === 'requests') g.t3[Number(row)]![Number(col)] = num(e.value);
    else g.t4[Number(col)] = num(e.value);
  }
  const at = (key: string) => {
    const f = locs.get(key)!;
    let shift = 0;
    let end = f.end;
    for (const e of sorted) {
      if (e.at.line !== f.line) continue;
      const delta = e.value.length - (e.at.end - e.at.start);
      if (e.at.start < f.start) shift += delta;
      else if (e.at.start === f.start) end += delta;
    }
    return { line: f.line, start: f.start + shift, end: end + shift };
  };
  const fixes = repairs(g);
  if (edits.length === 1 && fixes.size === 1 && fixes.has(edits[0]![0])) {
    return { seed, category, name, base: base.text, text: d.text, expect: { at: [at(edits[0]![0])], exact: true, original: base.text } };
  }
  // Nothing any relation can see (seed 000's table 四 fills only the totals): nothing to find, nothing to say.
  if (failing(g) === 0) return { seed, category, name, base: base.text, text: d.text, undetectable: true };
  // A finding on the label of a row holding a suspect cell names that row (a row pasted over another).
  const sus = [...suspects(g)];
  const labels = [...new Set(sus.filter((k) => k.startsWith('requests')).map((k) => labelLines[Number(k.split(':')[1])]!))];
  return { seed, category, name, base: base.text, text: d.text, expect: { at: sus.map(at), labels, exact: false, restores: true } };
}

export function tableCases(): Case[] {
  const out: Case[] = [];
  for (const { seed, doc } of bases()) {
    const g = grid(doc);
    const rich = seed === '002' || seed === '002r' || seed === '001e';
    const columns = seed === '000' ? [TOTAL] : rich ? [0, 1, TOTAL] : [0, TOTAL];
    for (let r = 0; r < 25; r++) {
      for (const c of columns) {
        const v = g.t3[r]![c];
        if (v === undefined) continue;
        const cat = c === TOTAL ? (r === 23 ? 'table 三: (七)总计 总计' : 'table 三: 总计 column') : r === 23 ? 'table 三: (七)总计 row' : r === 24 ? 'table 三: row 四' : 'table 三: one cell';
        for (const [op, nv] of rich || r % 4 === 0 ? ops(v) : ops(v).slice(0, 1)) out.push(tableMutant(seed, doc, cat, `${R[r]} col ${c} ${op}`, [[`requests:${r}:${c}`, String(nv)]]));
      }
    }
    // 一＋二＝三＋四 broken with every row total kept: a whole row (one column and its 总计) shifted.
    for (const r of [0, 1, 23, 24]) {
      const c = seed === '000' ? undefined : 0;
      const edits: [string, string][] = [[`requests:${r}:${TOTAL}`, String(g.t3[r]![TOTAL]! + 1)]];
      if (c !== undefined) edits.push([`requests:${r}:${c}`, String(g.t3[r]![c]! + 1)]);
      out.push(tableMutant(seed, doc, r === 24 ? 'table 三: row 四 (row kept)' : 'table 三: 一＋二≠三＋四', `${R[r]} +1 in col 0 and 总计`, edits));
    }
    if (seed !== '000') {
      // 法人或其他组织 sub-columns: one moved to another (row total kept), or one changed (row total broken).
      for (const r of [0, 2, 23]) {
        const a = g.t3[r]![1]!;
        if (a >= 1) out.push(tableMutant(seed, doc, 'table 三: 法人 sub-columns', `${R[r]} 1 moved 商业企业→科研机构`, [[`requests:${r}:1`, String(a - 1)], [`requests:${r}:2`, String(g.t3[r]![2]! + 1)]]));
        out.push(tableMutant(seed, doc, 'table 三: 法人 sub-columns', `${R[r]} 社会公益组织 +2`, [[`requests:${r}:3`, String(g.t3[r]![3]! + 2)]]));
      }
      // Row 四 inconsistent while 一＋二 and (七)总计 stay: R25 total and its 自然人 cell.
      out.push(tableMutant(seed, doc, 'table 三: row 四 (row kept)', '结转下年度 +3 in col 0 and 总计', [[`requests:24:0`, String(g.t3[24]![0]! + 3)], [`requests:24:${TOTAL}`, String(g.t3[24]![TOTAL]! + 3)]]));
    }
    // Table 四.
    for (let k = 0; k < 15; k++) {
      const v = g.t4[k];
      if (v === undefined) continue;
      const cat = k % 5 === 4 ? 'table 四: 总计' : 'table 四: one cell';
      for (const [op, nv] of seed.startsWith('002') ? ops(v) : ops(v).slice(0, 1)) out.push(tableMutant(seed, doc, cat, `review col ${k} ${op}`, [[`review:0:${k}`, String(nv)]]));
    }
  }
  return out;
}

/** Controls: changes that keep every relation (must draw no new table finding). */
export function tableControls(): Case[] {
  const out: Case[] = [];
  for (const { seed, doc } of bases()) {
    const g = grid(doc);
    const add = (name: string, edits: [string, number][]) => {
      const d = doc.clone();
      const sorted = edits.map(([key, delta]) => ({ key, delta, at: loc(doc, key) })).sort((a, b) => b.at.line - a.at.line || b.at.start - a.at.start);
      for (const e of sorted) {
        const l = d.lines[e.at.line]!;
        const v = num(e.at.text)!;
        d.lines[e.at.line] = l.slice(0, e.at.start) + String(v + e.delta) + l.slice(e.at.end);
      }
      out.push({ seed, category: 'control: relations kept', name, base: doc.text, text: d.text });
    };
    const cols = seed === '000' ? [TOTAL] : [0, TOTAL];
    // One application moved from 不掌握 (R13) to 予以公开 (R3) — if there is one; else one added to 予以公开, 一 and (七)总计.
    if (g.t3[12]![TOTAL]! >= 1 && (seed === '000' || g.t3[12]![0]! >= 1)) add('不掌握 → 予以公开', cols.flatMap((c) => [[`requests:12:${c}`, -1], [`requests:2:${c}`, 1]] as [string, number][]));
    add('one more application, 予以公开', cols.flatMap((c) => [[`requests:0:${c}`, 1], [`requests:2:${c}`, 1], [`requests:23:${c}`, 1]] as [string, number][]));
    add('one more carried over to next year', cols.flatMap((c) => [[`requests:0:${c}`, 1], [`requests:24:${c}`, 1]] as [string, number][]));
    if (g.t4[0] !== undefined) add('table 四: one more 维持', [['review:0:0', 1], ['review:0:4', 1]]);
    else add('table 四: one more, 总计 only filled', [['review:0:4', 1], ['review:0:9', 0]]);
    add('table 四: one more 复议后起诉 尚未审结', g.t4[13] !== undefined ? [['review:0:13', 1], ['review:0:14', 1]] : [['review:0:14', 0]]);
  }
  return out;
}

export interface Outcome {
  readonly found: boolean;
  readonly codes: string[];
  /** A finding covers the expected place (exactly the cell / figure when `exact`). */
  readonly placed: boolean;
  /** The fix writes the right value (exact) or leaves every relation holding; undefined when no placed finding has a fix. */
  readonly fixOk?: boolean;
  readonly added: Finding[];
}

/** Findings of `text` that `base` lacks (compared by code and message: lines shift). */
const baseFindings = new Map<string, readonly Finding[]>();

export function addedFindings(base: string, text: string): Finding[] {
  const seen = new Map<string, number>();
  const key = (f: Finding) => `${f.code}\u0000${f.message['zh-CN']}`;
  let before = baseFindings.get(base);
  if (!before) baseFindings.set(base, (before = analyze(base).findings));
  for (const f of before) seen.set(key(f), (seen.get(key(f)) ?? 0) + 1);
  const out: Finding[] = [];
  for (const f of analyze(text).findings) {
    const k = key(f);
    const n = seen.get(k) ?? 0;
    if (n > 0) seen.set(k, n - 1);
    else out.push(f);
  }
  return out;
}

export function judge(c: Case, codes: ReadonlySet<string>): Outcome {
  const added = addedFindings(c.base, c.text).filter((f) => codes.has(f.code));
  const e = c.expect;
  if (!e) return { found: added.length > 0, codes: added.map((f) => f.code), placed: false, added };
  const on = (f: Finding) =>
    e.at.some((a) =>
      e.prose
        ? // The claim's words (收到政府信息公开申请190件; 包括上年度结转在内的190件政府信息公开申请; a sentence broken over two
          // lines) with the figure among them, and beginning on the figure's line or the line before.
          (f.range.start.line === a.line ? f.range.start.character <= a.start : f.range.start.line === a.line - 1) &&
          (f.range.end.line === a.line ? f.range.end.character >= a.end : f.range.end.line > a.line) &&
          f.range.end.line <= a.line + 1
        : e.exact
        ? f.range.start.line === a.line && f.range.end.line === a.line && f.range.start.character === a.start && f.range.end.character === a.end
        : f.range.start.line === a.line && f.range.start.character <= a.start && f.range.end.character >= a.end && f.range.end.character - f.range.start.character <= a.end - a.start + 2,
    );
  const placed = added.filter((f) => on(f) || (!e.exact && (e.labels ?? []).includes(f.range.start.line) && f.range.start.character <= 1));
  let fixOk: boolean | undefined;
  if (e.exact) {
    for (const f of placed) {
      const fix = automaticFix(f);
      if (fix && e.original !== undefined) fixOk = (fixOk ?? true) && applyEdits(c.text, fix.edits).text === e.original;
    }
  } else if (e.restores) {
    // An ambiguous fault (or one of two cells): the fixes of the new findings, together, make every relation hold.
    const edits = added.flatMap((f) => automaticFix(f)?.edits ?? []);
    if (edits.length > 0) fixOk = failing(Doc.of(applyEdits(c.text, edits).text)) === 0;
  }
  return { found: added.length > 0, codes: [...new Set(added.map((f) => f.code))], placed: placed.length > 0, fixOk, added };
}

export function describe(c: Case, o: Outcome): string {
  return o.added.map((f) => `    ${f.code}@${f.range.start.line + 1}:${f.range.start.character}-${f.range.end.character} “${covered(c.text, f.range).slice(0, 20)}” ${f.message['zh-CN'].slice(0, 80)}`).join('\n');
}

/** A sentence with one figure marked `{…}`: the text and where the figure stands in it. */
function marked(s: string): { text: string; start: number; end: number } {
  const start = s.indexOf('{');
  const end = s.indexOf('}');
  if (start < 0) return { text: s, start: 0, end: s.length };
  return { text: s.slice(0, start) + s.slice(start + 1, end) + s.slice(end + 1), start, end: end - 1 };
}

/** The seed's part-一 heading line. */
function partOne(doc: Doc): number {
  return doc.line(/^\s*一、总体情况/);
}

function sentenceCase(seed: string, base: Doc, category: string, name: string, sentence: string, expectFigure: boolean): Case {
  const d = base.clone();
  const at = partOne(d) + 1;
  const m = marked(sentence);
  d.insertLines(at, m.text);
  return { seed, category, name, base: base.text, text: d.text, expect: expectFigure ? { at: [{ line: at, start: m.start, end: m.end }], exact: true, prose: true } : undefined };
}

/** Changes the figure `from` inside `context` (first occurrence after `after`) to `to`. */
function figureCase(seed: string, base: Doc, category: string, name: string, context: string, from: string, to: string, also: { line: number; start: number; end: number }[] = []): Case {
  const d = base.clone();
  const where = d.find(context);
  const start = where.start + context.indexOf(from);
  const l = d.lines[where.line]!;
  d.lines[where.line] = l.slice(0, start) + to + l.slice(start + from.length);
  return { seed, category, name, base: base.text, text: d.text, expect: { at: [{ line: where.line, start, end: start + to.length }, ...also], exact: true, prose: true } };
}

interface Figures {
  a: number; r2: number; b: number; c24: number; d: number; p: number; q: number; r: number; s: number; nat?: number;
}

function figures(doc: Doc): Figures {
  const g = grid(doc);
  const t = (r: number) => g.t3[r]![TOTAL] ?? 0;
  const v = (k: number) => g.t4[k] ?? 0;
  return { a: t(0), r2: t(1), b: t(0) + t(1), c24: t(23), d: t(24), p: t(2), q: t(3), r: v(4), s: v(9) + v(14), nat: g.t3[0]![0] };
}

/** The figures `x` of proseCases written in Chinese numerals. */
const NUMERALS: Record<number, string> = { 7: '七', 10: '十', 20: '二十', 22: '二十二', 190: '一百九十' };

export function proseCases(): Case[] {
  const out: Case[] = [];
  for (const { seed, doc } of bases()) {
    const f = figures(doc);
    const x = Math.max(f.a, f.b, f.c24) + 7;
    const mut = (cat: string, name: string, s: string) => out.push(sentenceCase(seed, doc, `prose: ${cat}`, name, s, true));
    mut('收到 (plain)', 'plain', `本年度收到政府信息公开申请{${x}}件。`);
    mut('收到 (共)', '共', `全年共收到政府信息公开申请{${x}}件。`);
    mut('收到 (新收)', '新收', `本年新收政府信息公开申请{${x}}件。`);
    if (f.nat !== undefined) {
      mut('其中', '其中 自然人', `全年共收到政府信息公开申请${f.a}件，其中自然人申请{${f.nat + 3}}件。`);
      mut('其中', '其中 法人', `全年共收到政府信息公开申请${f.a}件，其中法人或其他组织申请{${f.a - f.nat + 2}}件。`);
    }
    mut('同比增长', '同比增长%', `全年共收到政府信息公开申请{${x}}件，同比增长20%。`);
    mut('分别为', '分别为', `予以公开、部分公开的申请分别为{${f.p + 2}}件、${f.q}件。`);
    if (f.c24 > 0) {
      const pct = Math.round((f.p / f.c24) * 100);
      mut('占比 %', '占比, figure wrong', `办结的申请中予以公开{${f.p + 2}}件，占比${pct}%。`);
      mut('占比 %', '占比, share wrong', `办结的申请中予以公开${f.p}件，占比{${(pct + 20) % 100}}%。`);
    }
    mut('办结', '办结', `本年度共办结政府信息公开申请{${x}}件。`);
    mut('结转', '结转下年度', `结转下年度继续办理{${f.d + 2}}件。`);
    mut('行政复议', '行政复议 起', `本年度发生政府信息公开行政复议案件{${f.r + 2}}起。`);
    mut('行政诉讼', '行政诉讼 件', `本年度被提起政府信息公开行政诉讼{${f.s + 2}}件。`);
    mut('收到 (Chinese numeral)', '汉字数字', `全年共收到政府信息公开申请{${NUMERALS[x] ?? '九十九'}}件。`);
    mut('收到 (full-width)', '全角数字', `全年共收到政府信息公开申请{${String(x).replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))}}件。`);
    mut('收到 (条)', '依申请公开 条', `全年收到依申请公开{${x}}条。`);
    mut('办结', '答复', `全年答复政府信息公开申请{${x}}件。`);
    mut('办结', '包括上年度结转在内', `针对包括上年度结转在内的{${x}}件政府信息公开申请均已答复。`);
    if (f.a > 0) out.push(sentenceCase(seed, doc, 'prose: zero statement', '未收到申请', '本年度未收到政府信息公开申请。', false));
    // 已全部办结 cannot hold when more requests go to next year than came from last year (四 > 二).
    if (f.d > f.r2) out.push(sentenceCase(seed, doc, 'prose: zero statement', '全部办结 while 四 > 二', `全年共收到政府信息公开申请${f.a}件，已全部办结。`, false));
    if (f.r + f.s > 0) out.push(sentenceCase(seed, doc, 'prose: zero statement', '未发生复议诉讼', '本年度未发生政府信息公开行政复议、行政诉讼案件。', false));
  }
  // Figures the seeds' own prose states, changed.
  const s001 = Doc.seed('001');
  out.push(figureCase('001', s001, 'prose: 收到 (共)', '共收到…13件 → 15', '全年共收到政府信息公开申请13件', '13', '15'));
  const s002 = Doc.seed('002');
  out.push(figureCase('002', s002, 'prose: 收到 (plain)', '受理量达178件 → 180', '依申请公开受理量达178件', '178', '180'));
  out.push(figureCase('002', s002, 'prose: table 二 figure', '新制定7件 → 9', '新制定7件', '7', '9'));
  out.push(figureCase('002', s002, 'prose: table 二 figure', '废止4件 → 6', '废止4件', '4', '6'));
  out.push(figureCase('002', s002, 'prose: table 二 figure', '现行有效102件 → 104', '现行有效102件', '102', '104'));
  out.push(figureCase('003', Doc.seed('003'), 'prose: 办结', '共办理…3件 → 5', '共办理依申请公开件3件', '3件', '5件'));
  out.push(figureCase('004', Doc.seed('004'), 'prose: 收到 (plain)', '受理、办理…0件 → 2', '受理、办理依申请公开申请0件', '0', '2'));
  return out;
}

/** Table 二 changed: found only where the prose states the figure (the finding on the cell or on the prose figure). */
export function activeCases(): Case[] {
  const out: Case[] = [];
  const d = Doc.seed('002');
  const prose = (w: string, n: string) => {
    const f = d.find(w);
    const start = f.start + w.indexOf(n);
    return { line: f.line, start, end: start + n.length };
  };
  const change = (label: string, col: number, to: string, also?: { line: number; start: number; end: number }) => {
    const m = d.clone().setCell('active', label, col, to);
    const c = m.cell('active', label, col);
    out.push({ seed: '002', category: also ? 'table 二: figure the prose states' : 'table 二: negative', name: `${label} col ${col} → ${to}`, base: d.text, text: m.text, expect: { at: [{ line: c.line, start: c.start, end: c.end }, ...(also ? [also] : [])], exact: true, prose: also !== undefined } });
  };
  change('行政规范性文件', 0, '9', prose('新制定7件', '7'));
  change('行政规范性文件', 1, '36', prose('废止4件', '4'));
  change('行政规范性文件', 2, '104', prose('现行有效102件', '102'));
  change('规章', 0, '-1');
  for (const seed of ['001', '004']) {
    const b = Doc.seed(seed);
    const m = b.clone().setCell('active', '规章', 1, '-1');
    const c = m.cell('active', '规章', 1);
    out.push({ seed, category: 'table 二: negative', name: '规章 废止 → -1', base: b.text, text: m.text, expect: { at: [{ line: c.line, start: c.start, end: c.end }], exact: true } });
  }
  return out;
}

/** Table 二 changes no rule can see (no relation, no prose figure): must stay quiet. */
export function activeControls(): Case[] {
  const out: Case[] = [];
  for (const [seed, label, col, to] of [['002', '行政许可', 0, '21651'], ['002', '行政处罚', 0, '2657'], ['001', '行政规范性文件', 0, '3'], ['004', '行政规范性文件', 2, '30'], ['000', '行政规范性文件', 0, '2']] as const) {
    const b = Doc.seed(seed);
    out.push({ seed, category: 'control: table 二 unseen', name: `${label} col ${col} → ${to}`, base: b.text, text: b.clone().setCell('active', label, col, to).text });
  }
  return out;
}

export function proseControls(): Case[] {
  const out: Case[] = [];
  for (const { seed, doc } of bases()) {
    const f = figures(doc);
    const x = Math.max(f.a, f.b, f.c24) + 7;
    const ctl = (name: string, s: string) => out.push(sentenceCase(seed, doc, 'control: prose', name, s, false));
    ctl('last year (2023年)', `2023年共收到政府信息公开申请${x}件。`);
    ctl('last year (上年度)', `上年度共收到政府信息公开申请${x}件。`);
    ctl('sub-body', `各乡镇（街道）共收到政府信息公开申请${x}件。`);
    ctl('time period (第一季度)', `第一季度收到政府信息公开申请${x}件。`);
    ctl('time period (1至6月)', `1至6月共收到政府信息公开申请${x}件。`);
    ctl('件次', `全年提供政府信息公开咨询服务${x}件次。`);
    if (f.a >= 10) ctl('约', `全年共收到政府信息公开申请约${f.a + 1}件。`);
    if (f.a >= 20) ctl('余', `全年共收到政府信息公开申请${Math.floor(f.a / 10) * 10}余件。`);
    ctl('人大建议', `收到人大代表建议${x}件、政协提案${x}件。`);
    ctl('主动公开 N 条 (no table cell)', `全年主动公开政府信息${x + 300}条。`);
    ctl('true figures', `全年共收到政府信息公开申请${f.a}件，办结${f.c24}件，结转下年度继续办理${f.d}件。`);
    ctl('true 复议', `本年度发生政府信息公开行政复议案件${f.r}起。`);
    if (f.a >= 2) ctl('其中 by channel', `全年共收到政府信息公开申请${f.a}件，其中网上申请${f.a - 1}件。`);
    ctl('同比增长 N件 (a delta)', `全年共收到政府信息公开申请${f.a}件，同比增加${x}件。`);
    ctl('规范性文件 主动公开 (no cell)', `主动公开规范性文件${x}件。`);
    // A fee has no cell of its own; in a report without any request (一 and 二 both 0) a fee charged is a contradiction,
    // which narrative-mismatch reports (its own tests), so it is a control only where there were requests.
    if (f.b > 0) ctl('信息处理费 元', `本年度收取信息处理费${x}元。`);
  }
  return out;
}

type Part = '一' | '三' | '四';

/** Lines inserted after part `part`'s heading in seed 002; one figure of the last line may be marked `{…}`. */
function inserted(part: Part, category: string, lines: readonly string[], expect: 'figure' | 'found' | 'quiet'): Case {
  const base = Doc.seed('002');
  const d = base.clone();
  const at = d.line(new RegExp(`^\\s*${part}、(?:总体情况|收到和处理|政府信息公开行政复议)`)) + 1;
  const last = marked(lines[lines.length - 1]!);
  const all = [...lines.slice(0, -1), last.text];
  d.insertLines(at, ...all);
  const line = at + all.length - 1;
  const name = all.join('⏎');
  if (expect === 'figure') return { seed: '002', category, name, base: base.text, text: d.text, expect: { at: [{ line, start: last.start, end: last.end }], exact: true, prose: true } };
  return { seed: '002', category, name, base: base.text, text: d.text };
}

/** Further phrasings of §7.1 and pitfalls of §7.3 on seed 002 (table: 一 178, 二 5, (七) 178, 四 5; 复议 25 = 8/10/7/0; 诉讼 3 + 2). */
export function moreProseCases(): Case[] {
  const fig = (part: Part, ...lines: string[]) => inserted(part, 'prose: more phrasings', lines, 'figure');
  const zero = (part: Part, s: string) => inserted(part, 'prose: zero statement', [s], 'found');
  return [
    fig('三', '本年度共收到政府信息公开申请{179}件，具体情况如下：'),
    fig('四', '本年度发生政府信息公开行政复议案件{26}件，行政诉讼案件5件，具体如下：'),
    fig('一', '全年共收到政府信息公开申', '请{179}件，均已按时答复。'),
    fig('一', '全年共收到政府信息公开申请178件，办结178件，其中自然人{170}件。'),
    fig('一', '全年共收到政府信息公开申请178件，较上年增长5件，其中予以公开99件、部分公开14件、不予公开12件、无法提供33件、不予处理0件、其他处理{21}件。'),
    fig('一', '全年共收到政府信息公开申请178件，其中网上申请102件、信函申请76件，办结{95}件。'),
    fig('一', '全年共收到政府信息公开申请178件，尚在法定期限内{6}件。'),
    fig('一', '全年共收到政府信息公开申请178件，延期至下年度答复{6}件。'),
    fig('一', '全年共收到政府信息公开申请{184}件（含上年结转5件）。'),
    fig('一', '全年共收到政府信息公开申请178件，其中部分公开14件，占比{9.9}%。'),
    fig('四', '本年度因政府信息公开被申请行政复议25件，被纠错{11}件。'),
    fig('四', '本年度因政府信息公开被提起行政诉讼5件，败诉{1}件。'),
    fig('四', '本年度因政府信息公开应诉{6}件。'),
    fig('四', '本年度发生政府信息公开行政复议{二十六}起。'),
    fig('一', '全年作出行政许可决定{21,651}件。'),
    fig('一', '全年作出行政许可决定{2.5万}件。'),
    fig('一', '全年作出行政处罚决定2656件，行政强制{501}件。'),
    zero('一', '依申请公开方面，全年零申请。'),
    zero('一', '全年无依申请公开件。'),
    zero('一', '全年共收到政府信息公开申请178件，均予以公开。'),
    zero('一', '全年共收到政府信息公开申请178件，无不予公开的情况。'),
    zero('一', '全年共收到政府信息公开申请178件，无逾期不补正的申请。'),
    zero('一', '本年度未制发规章和行政规范性文件。'),
    zero('一', '全年未作出行政许可、行政处罚决定。'),
    zero('一', '全年未收取行政事业性收费。'),
    zero('四', '全年没有发生因政府信息公开引起的行政复议被纠错的情况。'),
    zero('四', '本年度因政府信息公开被申请行政复议25件，均获维持。'),
  ];
}

/** Figures of other things, other years, other bodies, parts, rates and approximations (§7.3), or the tables' own. */
export function moreProseControls(): Case[] {
  const quiet = (part: Part, s: string) => inserted(part, 'control: prose, more', [s], 'quiet');
  return [
    quiet('一', '全年共收到公开电子信箱交办件35件，办结35件。'),
    quiet('一', '全年办理政府12345热线47件，收到企业群众反映事项20件。'),
    quiet('一', '全市共收到政府信息公开申请1200件，其中予以公开900件。'),
    quiet('一', '县政府办公室收到政府信息公开申请58件，占全县的32.6%。'),
    quiet('一', '2023年共收到政府信息公开申请7件，2024年增至178件。'),
    quiet('一', '近三年共收到政府信息公开申请500件。'),
    quiet('一', '上半年收到政府信息公开申请80件，截至11月底收到政府信息公开申请150件。'),
    quiet('一', '自2019年《条例》修订施行以来，共收到政府信息公开申请600件。'),
    quiet('四', '本机关作为复议机关，全年收到行政复议申请12件。'),
    quiet('四', '申请人对答复不服申请行政复议3件。'),
    quiet('四', '全年办理行政复议案件36件，行政应诉案件12件。'),
    quiet('四', '本年度因政府信息公开被申请行政复议25件，其中涉及征地拆迁的10件，结果维持9件。'),
    quiet('一', '全年行政处罚立案503件，简易程序案件1200件，减轻企业负担86万元。'),
    quiet('一', '印发《行政处罚裁量基准》等文件3件。'),
    quiet('一', '主动公开政府信息326条，其中行政许可93条、行政处罚50条。'),
    quiet('一', '全年办理政府信息公开申请的平均用时为5个工作日，答复期限由20个工作日压缩至15个工作日。'),
    quiet('一', '制作政府信息公开答复书178份。'),
    quiet('一', '上年结转的5件申请均已办结，其中予以公开3件。'),
    quiet('一', '本年新收申请中，予以公开96件。'),
    quiet('一', '经补正后予以公开5件。'),
    quiet('一', '全年共收到政府信息公开申请178件，较上年的150件增加28件。'),
    quiet('一', '全年共收到政府信息公开申请178件，是上年的1.2倍。'),
    quiet('一', '组织政府信息公开培训3次，参训人员178人次，发放资料200份。'),
    quiet('一', '清理规范性文件137件，其中继续有效67件，废止35件。'),
    quiet('一', '县教育局制发规范性文件3件。'),
    quiet('一', '截至2025年3月底，现行有效规范性文件105件。'),
    quiet('一', '全年收取信息处理费0元，行政事业性收费2030万元。'),
    quiet('一', '全年共收到政府信息公开申请178件，按时办结率100%。'),
    quiet('一', '全年共收到政府信息公开申请178件，办结173件，结转下年度5件。'),
    quiet('一', '全年共收到政府信息公开申请178件，同比增长18.7%，办结173件。'),
    quiet('一', '全年共收到政府信息公开申请183件（含上年结转5件）。'),
    quiet('一', '全年共收到政府信息公开申请178件（不含上年结转5件）。'),
    quiet('一', '收到政府信息公开申请约180件。'),
    quiet('一', '全年共收到政府信息公开申请178件，其中予以公开99件，占55.6%。'),
    quiet('一', '全年共收到政府信息公开申请178件，其中部分公开14件，占比7.9%。'),
    quiet('一', '全年作出行政许可决定21,650件，约2.2万件。'),
    quiet('四', '本年度发生政府信息公开行政复议二十五起，均已审结。'),
    quiet('四', '全年没有发生因依申请公开工作引起的行政复议、行政诉讼败诉等事项。'),
    quiet('一', '全年共收到政府信息公开申请178件，无重复申请。'),
  ];
}
