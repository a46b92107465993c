/**
 * An analysis with the document's cache gives exactly what a fresh analysis gives, after any
 * sequence of edits: the model, the findings (codes, severities, ranges, messages, fixes) and the
 * claims alike.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AnalysisCache, analyze, claimsOf } from '../../shared/src';
import { proseStream } from '../../shared/src/claims/stream';
import { SEEDS, seed } from '../helpers/fixtures';
import { Doc, pdfCopy, pdfLayout, pipeCells, relayout } from '../helpers/doc';
import { bigReport } from '../helpers/generate';

const relayoutRows = (text: string): string => relayout(text, 'row');

/** Pieces an edit inserts: figures, sentence and clause breaks, headings, context words, table cells. */
const PIECES = [
  '', '0', '7', '35', '178', '。', '，', '；', '\n', '\r\n', '\t', '\t5\n', ' ', '件', '申请', '依申请公开', '政府信息公开',
  '规章', '规范性文件', '废止3件', '失效', '未收到', '行政复议', '（其中上年结转5件）', '2023年', '2025年', '一、总体情况',
  '三、收到和处理政府信息公开申请情况', '（二）依申请公开', '四、结转下年度继续办理', '全年共受理政府信息公开申请35件', '**', '𠀀',
];

interface Edit {
  readonly at: number;
  readonly length: number;
  readonly insert: string;
}

const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 60 }), insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((a) => a.join('')) });

function apply(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.length));
}

function same(text: string, cache: AnalysisCache): void {
  const cached = analyze(text, { cache });
  const fresh = analyze(text);
  assert.deepEqual(cached.model, fresh.model);
  assert.deepEqual(cached.findings, fresh.findings);
  assert.deepEqual(claimsOf(cached.model), claimsOf(fresh.model));
}

interface LocalEdit {
  readonly pick: number;
  readonly length: number;
  readonly insert: string;
}

/**
 * One to ten edits, each at one of the places a test picks (`pick` into them), of up to `maxLength` code units, writing
 * up to three of `pieces`.
 */
function localEdits(pieces: readonly string[], maxLength: number): fc.Arbitrary<LocalEdit[]> {
  const local = fc.record({ pick: fc.nat(), length: fc.nat({ max: maxLength }), insert: fc.array(fc.constantFrom(...pieces), { maxLength: 3 }).map((a) => a.join('')) });
  return fc.array(local, { minLength: 1, maxLength: 10 });
}

/** Where an edit may fall: the start, middle and end of each line of `text` that `chosen` picks. */
function placesIn(text: string, chosen: (lines: readonly string[], l: number) => boolean): number[] {
  const lines = text.split('\n');
  const places: number[] = [];
  let offset = 0;
  for (let l = 0; l < lines.length; l++) {
    if (chosen(lines, l)) places.push(offset, offset + Math.floor(lines[l]!.length / 2), offset + lines[l]!.length);
    offset += lines[l]!.length + 1;
  }
  return places;
}

/** Applies each edit at a place `placesOf` gives for the text as it then is; the cached analysis equals a fresh one after each. */
function editEqual(text: string, edits: readonly LocalEdit[], placesOf: (text: string) => readonly number[]): void {
  const cache = new AnalysisCache();
  same(text, cache);
  for (const e of edits) {
    const places = placesOf(text);
    text = apply(text, { at: places[e.pick % Math.max(1, places.length)] ?? 0, length: e.length, insert: e.insert });
    same(text, cache);
  }
}

describe('analysis cache', () => {
  it('random edits of every seed: the cached analysis equals a fresh one after each edit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS.map((s) => s.slice(0, 3))), fc.array(edit, { minLength: 1, maxLength: 12 }), (prefix, edits) => {
        const cache = new AnalysisCache();
        let text = seed(prefix);
        same(text, cache);
        for (const e of edits) {
          text = apply(text, e);
          same(text, cache);
        }
      }),
      { numRuns: 60, seed: 20241124 },
    );
  });

  it('a long report typed into at one place: equal after each keystroke, and the cache stays the size of one document', () => {
    const cache = new AnalysisCache();
    let text = bigReport(seed('002'), 60_000);
    same(text, cache);
    const at = text.indexOf('全年共受理');
    const sizes: number[] = [];
    for (const piece of ['全', '年', '共', '受理', '申请', '36', '件', '。']) {
      text = text.slice(0, at) + piece + text.slice(at);
      same(text, cache);
      sizes.push(cache.sentences.size);
    }
    // What is remembered is what the last two analyses read: it does not grow with the edits.
    assert.ok(Math.max(...sizes) <= sizes[0]! + 16, `cache sizes ${sizes.join(', ')}`);
    const lines = cache.lines.size;
    assert.ok(lines <= new Set(text.split('\n')).size + 16, `${lines} lines remembered`);
  });

  it('what a sentence is read against lies outside it too: the title’s year, its paragraph, its part and heading', () => {
    const claimed = (text: string, needle: string) => claimsOf(analyze(text).model).filter((c) => c.text.includes(needle)).map((c) => c.quantity);
    const cases: [string, string, string][] = [
      // The report's year (only the title changes): 2024年 figures become another year's.
      ['湘潭县2024年政府信息公开工作年度报告\n一、总体情况\n2024年共受理政府信息公开申请35件。', '湘潭县2024年', '湘潭县2023年'],
      // The paragraph speaks of disclosure in another sentence.
      ['一、总体情况\n本年度政府信息公开工作有序。全年共受理申请35件。', '政府信息公开工作', '工作'],
      // A 依申请 heading makes the outcome words table 三's.
      ['一、总体情况\n（二）依申请公开\n本年予以公开12件。', '（二）依申请公开', '（二）主动公开'],
      // …and so does a 依申请 sentence in the same paragraph, where the part already speaks of disclosure.
      ['三、收到和处理政府信息公开申请情况\n依申请工作有序。属于国家秘密3件。', '依申请工作', '本年工作'],
      // The part the sentence lies in (四 speaks of review and litigation).
      ['一、总体情况\n本年度工作有序。\n行政复议3件，行政诉讼2件。', '本年度工作有序。\n', '四、政府信息公开行政复议、行政诉讼情况\n'],
    ];
    for (const [before, from, to] of cases) {
      const after = before.replace(from, to);
      const figures = (text: string) => ['12件', '35件', '3件', '2件'].flatMap((n) => claimed(text, n));
      assert.notDeepEqual(figures(before), figures(after), `the context matters in: ${before}`);
      const cache = new AnalysisCache();
      same(before, cache);
      same(after, cache);
      same(before, cache);
    }
  });

  it('edits in and around the tables (their cells, blank lines, the lines just after them): equal after each edit', () => {
    // The tables are remembered under the lines their parse reads (tablesKey): edits that reach
    // exactly those lines, and the prose right after a table, must read them again.
    const near = (text: string) => placesIn(text, (lines, l) => [l - 1, l, l + 1, l + 2].some((k) => lines[k]?.includes('\t')));
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS.map((s) => s.slice(0, 3))), localEdits([...PIECES, '\n\n', '企业', '\t\t', '其他'], 8), (prefix, edits) => editEqual(seed(prefix), edits, near)),
      { numRuns: 80, seed: 20261202 },
    );
  });

  it('a report converted to Markdown (pipe tables, ## headings) or to web-page text (cells closed by pipes), edited in and around its table lines: equal after each edit', () => {
    const markdown = (text: string) =>
      text
        .split('\n')
        .map((l) => (l.includes('\t') ? `| ${l.split('\t').join(' | ')} |` : /^[一二三四五六]、/.test(l) ? `## ${l}` : l))
        .join('\n');
    const pieces = [...PIECES, '|', ' | ', '|---|---|', '\n|---|\n', '## ', '### ', '#', '\\|', '| 3 |'];
    fc.assert(
      fc.property(fc.constantFrom('001', '002', '004'), fc.boolean(), localEdits(pieces, 8), (prefix, cells, edits) => {
        editEqual(cells ? pipeCells(seed(prefix)) : markdown(relayoutRows(seed(prefix))), edits, (text) => placesIn(text, (lines, l) => [l - 1, l, l + 1].some((k) => /^\s*[|#]|\|\s*$/.test(lines[k] ?? ''))));
      }),
      { numRuns: 40, seed: 20261203 },
    );
  });

  it('table 四’s figures one per line, a blank line between them: each figure changed in turn, equal after each edit', () => {
    const cache = new AnalysisCache();
    let text = relayoutRows(seed('002')).replace(/^\t*\d+(?:\t\d+){14}\t*$/m, (m) => m.trim().split('\t').join('\n\n'));
    same(text, cache);
    const lines = text.split('\n');
    const first = lines.indexOf('8');
    assert.ok(first > 0 && lines[first + 2] === '10');
    for (let k = 0; k < 15; k++) {
      lines[first + 2 * k] = String(Number(lines[first + 2 * k]) + 1);
      text = lines.join('\n');
      same(text, cache);
    }
  });

  it('tables parted by pipes without the outer ones, and table 四’s figures one per line or parted by blank lines, edited in and around their lines: equal after each edit', () => {
    // Whether a pipe line is a table's row depends on the lines around it (markPipeTables), and figures after
    // a blank line go on with a table's figures: the tables are read again when such a line changes.
    const unframed = (sep: string) => (text: string) => text.split('\n').map((l) => (l.includes('\t') ? l.split('\t').join(sep) : l)).join('\n');
    const figuresApart = (between: string) => (text: string) => text.replace(/^\t*\d+(?:\t\d+){14}\t*$/m, (m) => m.trim().split('\t').join(between));
    const variants = [unframed(' | '), unframed('|'), figuresApart('\n'), figuresApart('\n\n'), figuresApart('  ')];
    const pieces = [...PIECES, '|', ' | ', '--- | ---', '\n--- | ---\n', '\\|', '\n\n', '\n3\n', '12', '5 6', '年'];
    fc.assert(
      fc.property(fc.constantFrom('002', '004'), fc.nat({ max: variants.length - 1 }), localEdits(pieces, 8), (prefix, v, edits) => {
        editEqual(variants[v]!(relayoutRows(seed(prefix))), edits, (text) => placesIn(text, (lines, l) => [l - 2, l - 1, l, l + 1].some((k) => /\||^[\d ]+$/.test(lines[k] ?? ''))));
      }),
      { numRuns: 60, seed: 20261204 },
    );
  });

  it('reports whose tables lost their TABs (spaces, or cells one per line), edited in their parts 二 to 四: equal after each edit', () => {
    // Such a part is read line by line without TABs (tablesKey holds all of its lines): any edit there,
    // a TAB typed into it (then it is read with TABs only) or a heading typed, must read it again.
    const variants = [(t: string) => relayoutRows(t).replace(/\t/g, '  '), (t: string) => relayout(t, 'cell').replace(/\t/g, ' '), (t: string) => pdfCopy(t), (t: string) => pdfLayout(t, 16)];
    const pieces = [...PIECES, '  ', '\n\n', '　', '结果', '（', '）', '12', '\n5\n'];
    fc.assert(
      fc.property(fc.constantFrom('001', '002', '004'), fc.nat({ max: variants.length - 1 }), localEdits(pieces, 8), (prefix, v, edits) => {
        // Places in parts 二 to 四, as the text then is.
        const inTableParts = (text: string) => {
          const parts = analyze(text).model.parts.filter((p) => p.id >= 2 && p.id <= 4);
          return placesIn(text, (_, l) => parts.some((p) => l >= p.bodyStart && l < p.bodyEnd));
        };
        editEqual(variants[v]!(seed(prefix)), edits, inTableParts);
      }),
      { numRuns: 40, seed: 20261204 },
    );
  });

  it('part 二’s heading lost in a report whose tables lost their TABs: table 二 is read from part 一, and edits there read it again', () => {
    // The part that holds a table whose heading is lost is read line by line as the table's own part is.
    const pieces = [...PIECES, '  ', '\n\n', '12', '\n5\n', '规章  0  0  0', '二、主动公开政府信息情况'];
    fc.assert(
      fc.property(fc.constantFrom('001', '002', '004'), localEdits(pieces, 8), (prefix, edits) => {
        const text = relayoutRows(seed(prefix)).replace(/\t/g, '  ').replace(/^二、主动公开政府信息情况$/m, '');
        assert.ok(analyze(text).model.tables.some((t) => t.kind === 'active'));
        const inPartOne = (t: string) => {
          const one = analyze(t).model.parts.find((p) => p.id === 1);
          return placesIn(t, (_, l) => one !== undefined && l >= one.bodyStart && l < one.bodyEnd);
        };
        editEqual(text, edits, inPartOne);
      }),
      { numRuns: 30, seed: 20261206 },
    );
  });

  it('the lines a table is read from besides its cells: a continuation after it, blank lines inside it', () => {
    const lines = seed('004').split('\n');
    const at = lines.findIndex((l, i) => l === '企业' && lines[i - 1]!.includes('\t'));
    assert.ok(at > 0, 'seed 004 splits 商业 / 企业 over two lines');
    const blank = lines.findIndex((l, i) => i > at && l === '' && lines[i - 1]!.includes('\t') && lines[i + 1]!.includes('\t'));
    assert.ok(blank > 0, 'seed 004 has a blank line between two rows of a table');
    const variants = [
      // The continuation of a header cell, and the same line as prose that ends the table there.
      lines.map((l, i) => (i === at ? '企业单位' : l)),
      lines.map((l, i) => (i === at ? '本机关严格按照条例规定办理各类政府信息公开申请，依法保障了申请人的合法权益。' : l)),
      // Two blank lines inside the table, then the second one made prose: it ends the table.
      lines.flatMap((l, i) => (i === blank ? [l, ''] : [l])),
      lines.flatMap((l, i) => (i === blank ? [l, '以下为各项数据。'] : [l])),
    ].map((v) => v.join('\n'));
    const cache = new AnalysisCache();
    same(seed('004'), cache);
    for (const v of variants) same(v, cache);
  });

  it('the tables are read again only when what they are read from changes', () => {
    const cache = new AnalysisCache();
    const text = seed('002');
    const tables = analyze(text, { cache }).model.tables;
    // A keystroke in the prose keeps them…
    const prose = text.replace('全部办理完成', '全部办理完毕');
    assert.notEqual(prose, text);
    assert.equal(analyze(prose, { cache }).model.tables, tables);
    // …a changed cell does not.
    const cell = prose.replace('\t178', '\t180');
    assert.notEqual(cell, prose);
    const changed = analyze(cell, { cache }).model.tables;
    assert.notEqual(changed, tables);
    assert.deepEqual(changed, analyze(cell).model.tables);
  });

  it('an unchanged paragraph is one lookup: its sentences are not split and read again', () => {
    const cache = new AnalysisCache();
    const text = seed('002');
    const paragraphs = proseStream(analyze(text, { cache }).model).paragraphs;
    const edited = paragraphs.find((p) => p.folded.includes('全部办理完成'))!;
    const other = paragraphs.find((p) => p !== edited && /\d+件/.test(p.folded))!;
    assert.ok(edited && other);
    const unread = () => assert.fail('not remembered');
    const before = cache.paragraphs.get(other.folded, unread);
    const sentences = cache.paragraphs.get(edited.folded, unread);
    assert.ok(before.length > 0 && sentences.length > 0);
    // A keystroke in one paragraph: the other's entry is the same, the edited one's is new, and the
    // sentences of the edited paragraph that did not change keep their claims (their entry in the sentence cache).
    const changed = analyze(text.replace('全部办理完成', '全部办理完毕'), { cache });
    assert.equal(cache.paragraphs.get(other.folded, unread), before);
    const now = proseStream(changed.model).paragraphs.find((p) => p.folded.includes('全部办理完毕'))!;
    const after = cache.paragraphs.get(now.folded, unread);
    assert.notEqual(after, sentences);
    assert.equal(after.length, sentences.length);
    assert.equal(after.filter((s, i) => s.byContext === sentences[i]!.byContext).length, sentences.length - 1);
    same(text, cache);
  });

  it('prose lists of kinds and of channels (prose-sum, remembered line by line), edited in, above and between their lines, full-width copies among them: equal after each edit', () => {
    // What a line's lists find is remembered by its folded text: a line moved by a line break typed above it takes its
    // findings to its new line, and a full-width copy (the same folded text) is read for its own text.
    const doc = Doc.seed('002');
    const one = doc.line(/^一、/);
    const lists = [
      '本年度政务公开专栏发布信息74条（包括公开指南1条、政策文件60条、其他12条）。',
      '全年主动公开政务信息382条，包括政府网站350条，微信公众号80条。',
      '本年度办结申请58件，其中网络申请14件，信函申请50件。',
      '本年度政务公开专栏发布信息７４条（包括公开指南１条、政策文件６０条、其他１２条）。',
      '全年主动公开政务信息３８２条，包括政府网站３５０条，微信公众号８０条。',
      '本年度办结申请58件，其中网络申请14件，信函申请50件。',
    ];
    const text = doc.insertLines(one + 4, ...lists).insertLines(one + 2, ...lists).text;
    assert.ok(analyze(text).findings.filter((f) => f.code === 'prose-sum').length >= 10);
    const pieces = [...PIECES, '\n\n', '条', '其他', '、其他1条', '１', '3', '，其中', '网络申请2件', '（', '）'];
    const near = (t: string) => placesIn(t, (ls, l) => [l, l + 1].some((k) => /[条件]/.test(ls[k] ?? '') && /其中|包括|其他/.test(ls[k] ?? '')));
    fc.assert(
      fc.property(localEdits(pieces, 6), (edits) => editEqual(text, edits, near)),
      { numRuns: 20, seed: 20261208 },
    );
  });

  it('prose claims the tables contradict, edited in their lines and in the cells they read: equal after each edit (what narrative-mismatch says is kept while the readings are)', () => {
    const doc = Doc.seed('002');
    const text = doc.insertLines(doc.line(/^一、/) + 1, '全年共收到政府信息公开申请999件，予以公开888件。', '全年共收到政府信息公开申请999件，予以公开888件。').text;
    const pieces = [...PIECES, '9', '99', '\t1', '\t0', '予以公开', '部分公开'];
    const near = (t: string) => placesIn(t, (ls, l) => /999件|888件|^\t\d/.test(ls[l] ?? ''));
    fc.assert(
      fc.property(localEdits(pieces, 4), (edits) => editEqual(text, edits, near)),
      { numRuns: 20, seed: 20261209 },
    );
  });

  it('a paragraph’s whole region and narrower own part (全县, 本级) and the statistical period’s line, typed and undone: equal after each edit', () => {
    // Whether a paragraph names a narrower own part, and whether a line may state the period, are remembered by their text.
    const doc = Doc.seed('002');
    const text = doc.insertLines(doc.line(/^一、/) + 1, '本报告所列数据的统计期限为2024年1月1日至2024年12月31日。', '全县共收到政府信息公开申请200件，其中县政府本级收到35件。', '全县共受理政府信息公开申请178件。').text;
    const pieces = [...PIECES, '全县', '本级', '县政府本级', '统计', '期限', '2024年1月1日至2024年12月31日', '2023年1月1日至2023年12月31日', '数据'];
    const near = (t: string) => placesIn(t, (ls, l) => /全县|本级|统计|期限|数据/.test(ls[l] ?? ''));
    fc.assert(
      fc.property(localEdits(pieces, 6), (edits) => editEqual(text, edits, near)),
      { numRuns: 20, seed: 20261210 },
    );
  });

  it('a cache reused for another document still gives that document’s own findings', () => {
    const cache = new AnalysisCache();
    for (const name of SEEDS) same(seed(name.slice(0, 3)), cache);
    for (const name of SEEDS) same(seed(name.slice(0, 3)).replace(/2024/g, '2023'), cache);
  });
});
