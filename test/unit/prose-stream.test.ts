/**
 * The prose stream the claims are read from: the folded prose, the prose as written sliced back out of
 * the lines at the same offsets, and where its sentences end.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseReport } from '../../shared/src';
import { proseStream, sentenceEnd } from '../../shared/src/claims/stream';
import { fold } from '../../shared/src/normalize';
import { SEEDS, seed } from '../helpers/fixtures';

const documents = [
  ...SEEDS.map((s) => seed(s.slice(0, 3))),
  seed('002').replace(/\n/g, '\r\n'),
  // A sentence broken over lines, a list item, a heading, full-width letters and a leftover.
  '一、总体情况\n本年度共收到政府信息公开申请\n35件，\n（一）主动公开\nＡＢＣ共**12**件。\n\n[bookmark: _GoBack]二、主动公开政府信息情况\n',
  '',
];

describe('prose stream', () => {
  it('the prose as written, folded, is the folded stream: whole and in any slice', () => {
    for (const text of documents) {
      const stream = proseStream(parseReport(text));
      assert.equal(fold(stream.slice(0, stream.folded.length)), stream.folded);
      fc.assert(
        fc.property(fc.nat(), fc.nat(), (x, y) => {
          const n = stream.folded.length + 1;
          const [a, b] = [x % n, y % n].sort((p, q) => p - q) as [number, number];
          assert.equal(fold(stream.slice(a, b)), stream.folded.slice(a, b));
        }),
        { numRuns: 300, seed: 1202 },
      );
    }
  });

  it('the paragraphs are the stream between its hard breaks, each at its offset', () => {
    for (const text of documents) {
      const stream = proseStream(parseReport(text));
      const { folded, paragraphs } = stream;
      assert.equal(paragraphs.map((p) => p.folded).join('\n'), folded);
      for (const p of paragraphs) {
        assert.equal(folded.slice(p.start, p.start + p.folded.length), p.folded);
        assert.ok(!p.folded.includes('\n') && p.folded.length > 0);
      }
    }
    // A sentence broken over two lines is one paragraph; a list item and a heading begin new ones.
    const stream = proseStream(parseReport(documents[documents.length - 2]!));
    assert.ok(stream.paragraphs.some((p) => p.folded === '本年度共收到政府信息公开申请35件,'), JSON.stringify(stream.paragraphs));
  });

  it('a numbered line without a clause is a sub-heading: the line after it begins a paragraph; a wrapped numbered line does not', () => {
    const paragraphs = (text: string) => proseStream(parseReport(text)).paragraphs.map((p) => p.folded);
    assert.deepEqual(paragraphs('一、总体情况\n（二）依申请公开情况\n全年共受理申请35件。\n'), ['一、总体情况', '(二)依申请公开情况', '全年共受理申请35件。']);
    assert.deepEqual(paragraphs('一、总体情况\n1、依申请公开\n全年共受理申请35件。\n'), ['一、总体情况', '1、依申请公开', '全年共受理申请35件。']);
    // A numbered paragraph wrapped at the page's width has a clause on its first line, or is long.
    assert.deepEqual(paragraphs('一、总体情况\n（二）严格落实依申请公开制度，全年共受理\n申请35件。\n'), ['一、总体情况', '(二)严格落实依申请公开制度,全年共受理申请35件。']);
    assert.deepEqual(paragraphs('一、总体情况\n（二）本机关严格落实政府信息公开申请办理工作制度规范受理流程全年共受理\n申请35件。\n'), ['一、总体情况', '(二)本机关严格落实政府信息公开申请办理工作制度规范受理流程全年共受理申请35件。']);
  });

  it('a list goes on over numbered lines: after a lead-in (：), an item (；) or a line that stops mid-sentence, a numbered one-clause line is its next item', () => {
    const paragraphs = (text: string) => proseStream(parseReport(text)).paragraphs.map((p) => p.folded);
    assert.deepEqual(paragraphs('一、总体情况\n全年共收到申请178件，办理结果如下：\n（一）予以公开99件；\n（二）部分公开14件。\n'), ['一、总体情况', '全年共收到申请178件,办理结果如下:(一)予以公开99件;(二)部分公开14件。']);
    assert.deepEqual(paragraphs('一、总体情况\n全年共收到申请178件，其中\n1.予以公开99件；\n2.部分公开14件。\n'), ['一、总体情况', '全年共收到申请178件,其中1.予以公开99件;2.部分公开14件。']);
    // A numbered heading ending in a colon is no lead-in; a numbered line with a sentence ended in it, or a
    // sub-heading without a clause, begins a paragraph whatever the line before ended with.
    assert.deepEqual(paragraphs('一、总体情况\n（二）依申请公开情况：\n1.收到申请178件；\n'), ['一、总体情况', '(二)依申请公开情况:', '1.收到申请178件;']);
    assert.deepEqual(paragraphs('一、总体情况\n加强培训；\n（三）政府信息管理。严格落实保密审查；\n'), ['一、总体情况', '加强培训;', '(三)政府信息管理。严格落实保密审查;']);
    assert.deepEqual(paragraphs('一、总体情况\n办理结果如下：\n（一）主动公开\n'), ['一、总体情况', '办理结果如下:', '(一)主动公开']);
    // Items without numbers after a lead-in, while each ends with ；: the list's; after a semicolon alone, not.
    assert.deepEqual(paragraphs('一、总体情况\n收到申请178件，其中：\n自然人申请171件；\n法人或其他组织申请7件。\n全年发布信息100条。\n'), ['一、总体情况', '收到申请178件,其中:自然人申请171件;法人或其他组织申请7件。', '全年发布信息100条。']);
    assert.deepEqual(paragraphs('一、总体情况\n加强培训；\n全年发布信息100条。\n'), ['一、总体情况', '加强培训;', '全年发布信息100条。']);
  });

  it('after a sentence counting the requests received, ended with 。, a numbered line naming one of table 三’s outcomes with its count opens the list of them', () => {
    const paragraphs = (text: string) => proseStream(parseReport(text)).paragraphs.map((p) => p.folded);
    assert.deepEqual(paragraphs('一、总体情况\n全年共收到政府信息公开申请178件。\n（一）予以公开99件；\n（二）部分公开14件。\n'), ['一、总体情况', '全年共收到政府信息公开申请178件。(一)予以公开99件;(二)部分公开14件。']);
    assert.deepEqual(paragraphs('一、总体情况\n本年度新收申请178件（不含上年结转5件）。\n1.无法提供33件；\n2.不予处理0件。\n'), ['一、总体情况', '本年度新收申请178件(不含上年结转5件)。1.无法提供33件;2.不予处理0件。']);
    // Not items of another breakdown, a sub-heading, an item with a sentence of its own, nor after another sentence.
    assert.deepEqual(paragraphs('一、总体情况\n全年共收到政府信息公开申请178件。\n（一）网上申请100件；\n'), ['一、总体情况', '全年共收到政府信息公开申请178件。', '(一)网上申请100件;']);
    assert.deepEqual(paragraphs('一、总体情况\n全年共收到政府信息公开申请178件。\n（一）予以公开工作\n'), ['一、总体情况', '全年共收到政府信息公开申请178件。', '(一)予以公开工作']);
    assert.deepEqual(paragraphs('一、总体情况\n全年共收到政府信息公开申请178件。\n（一）予以公开80件。严格落实保密审查。\n'), ['一、总体情况', '全年共收到政府信息公开申请178件。', '(一)予以公开80件。严格落实保密审查。']);
    assert.deepEqual(paragraphs('一、总体情况\n全年主动公开信息178条。\n（一）予以公开99件；\n'), ['一、总体情况', '全年主动公开信息178条。', '(一)予以公开99件;']);
  });

  it('a slice within a line is the document’s text at its range', () => {
    const text = seed('002');
    const lines = text.split('\n');
    const stream = proseStream(parseReport(text));
    let checked = 0;
    for (let a = 0; a + 6 <= stream.folded.length; a += 37) {
      const range = stream.rangeOf(a, a + 6);
      if (range.start.line !== range.end.line || stream.folded.slice(a, a + 6).includes('\n')) continue;
      assert.equal(stream.slice(a, a + 6), lines[range.start.line]!.slice(range.start.character, range.end.character));
      checked++;
    }
    assert.ok(checked > 50, `${checked} slices checked`);
  });

  it('sentences end at 。！？!? and hard breaks, and at ；; where asked', () => {
    const piece = fc.constantFrom('申请', '35件', '。', '！', '？', '!', '?', '；', ';', '\n', '，', 'a', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), fc.nat(), (s, x) => {
        const from = x % (s.length + 1);
        for (const [semicolons, re] of [[false, /[。！？!?\n]/g], [true, /[。！？!?；;\n]/g]] as const) {
          re.lastIndex = from;
          assert.equal(sentenceEnd(s, from, semicolons), re.exec(s)?.index ?? s.length);
        }
      }),
      { numRuns: 500, seed: 1202 },
    );
  });
});
