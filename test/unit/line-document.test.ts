/**
 * The server keeps an open document as its lines (server/src/lineDocument.ts): after any sequence of
 * LSP edits it holds exactly the text the edits make of the whole text (and that
 * vscode-languageserver-textdocument, the LSP's reference implementation, holds), split as the core splits it; and the core reads the lines
 * exactly as it reads the text they make.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, analyze, joinLines, offsetAt, splitLines, splitText, type TextLines } from '../../shared/src';
import { LineDocument, editLines, textOfLines, type ContentChange } from '../../server/src/lineDocument';
import { SEEDS, seed } from '../helpers/fixtures';

/** Pieces of text: every line break (a lone `\r` next to a `\n` too), CJK, a surrogate pair, figures. */
const PIECES = ['', 'a', '申请', '178件', '\n', '\r', '\r\n', '\n\r', '\t', '𠀀', '。', ' '];
const piece = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((a) => a.join(''));
/** Positions anywhere, out of range and negative included (an LSP client may send them). */
const position = fc.record({ line: fc.integer({ min: -2, max: 12 }), character: fc.integer({ min: -2, max: 12 }) });
const change = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text: piece }) },
  { weight: 1, arbitrary: fc.record({ text: piece }) },
);

function expectSplit(lines: TextLines, text: string): void {
  assert.equal(joinLines(lines), text);
  for (const n of [0, 1, 3, text.length, text.length + 1]) assert.equal(joinLines(lines, n), text.slice(0, n));
  assert.deepEqual(lines, splitText(text));
  assert.deepEqual(
    lines.lines,
    splitLines(text).map((l) => l.text),
  );
}

/** The edit on the text as a string: positions clamped to the line's ends and the document's (`offsetAt`). */
function applyToText(text: string, c: ContentChange): string {
  if (!('range' in c)) return c.text;
  const lines = splitLines(text);
  let a = offsetAt(lines, c.range.start);
  let b = offsetAt(lines, c.range.end);
  if (b < a) [a, b] = [b, a];
  return text.slice(0, a) + c.text + text.slice(b);
}

const inRange = (text: string, c: ContentChange): boolean => {
  if (!('range' in c)) return true;
  const lines = splitLines(text);
  return [c.range.start, c.range.end].every((p) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!.text.length);
};

describe('LineDocument', () => {
  it('holds the text that applying the edits to the whole text gives, split as the core splits it', () => {
    fc.assert(
      fc.property(piece, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (initial, batches) => {
        const doc = new LineDocument('file:///a.txt', 'govreport', 1, initial);
        let text = initial;
        let version = 1;
        for (const batch of batches) {
          version++;
          doc.update(batch, version);
          for (const c of batch) text = applyToText(text, c);
          assert.equal(doc.getText(), text);
          assert.equal(doc.length, text.length);
          assert.equal(doc.version, version);
          expectSplit(doc.lines, text);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the LSP reference document (vscode-languageserver-textdocument) on edits within the text', () => {
    // The reference keeps wrong line offsets after a position past the document's end, so only positions
    // inside the text are compared with it; the property above covers the others.
    fc.assert(
      fc.property(piece, fc.array(change, { minLength: 1, maxLength: 12 }), (initial, changes) => {
        const doc = new LineDocument('file:///a.txt', 'govreport', 1, initial);
        let oracle = TextDocument.create('file:///a.txt', 'govreport', 1, initial);
        let version = 1;
        for (const c of changes) {
          if (!inRange(oracle.getText(), c)) continue;
          version++;
          doc.update([c], version);
          oracle = TextDocument.update(oracle, [c], version);
          assert.equal(doc.getText(), oracle.getText());
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('joins a lone CR before the edit and a LF the edit begins with into one line break', () => {
    const before = splitText('a\rb\nc');
    // Deleting `b` leaves `a\r\nc`: two lines, not three.
    const after = editLines(before, { line: 1, character: 0 }, { line: 1, character: 1 }, '');
    assert.deepEqual(after.lines, { lines: ['a', 'c'], breaks: ['\r\n', ''] });
    assert.equal(after.delta, -1);
    // Inserting a LF at the start of the line after a lone CR: one CRLF.
    const inserted = editLines(splitText('a\rb'), { line: 1, character: 0 }, { line: 1, character: 0 }, '\n');
    assert.deepEqual(inserted.lines, { lines: ['a', 'b'], breaks: ['\r\n', ''] });
  });

  it('keeps every line it did not touch as the same string, and each version unchanged by the next', () => {
    const text = seed('002');
    const doc = new LineDocument('file:///r.txt', 'govreport', 1, text);
    const first = doc.lines;
    const line = first.lines.findIndex((l) => l.length > 40);
    doc.update([{ range: { start: { line, character: 3 }, end: { line, character: 3 } }, text: '的' }], 2);
    const second = doc.lines;
    assert.notEqual(second, first);
    assert.equal(joinLines(first), text, 'the earlier version is as it was');
    assert.equal(second.lines.length, first.lines.length);
    for (let l = 0; l < first.lines.length; l++) {
      if (l === line) assert.equal(second.lines[l], `${first.lines[l]!.slice(0, 3)}的${first.lines[l]!.slice(3)}`);
      else assert.ok(Object.is(second.lines[l], first.lines[l]), `line ${l} is the same string`);
    }
    // The whole text is built once per version.
    assert.equal(textOfLines(second), doc.getText());
    assert.ok(Object.is(textOfLines(second), doc.getText()));
  });
});

describe('the core reads a report given as its lines exactly as its text', () => {
  for (const name of SEEDS) {
    it(`${name}: the same model and findings, with and without the analysis cache`, () => {
      const text = seed(name.slice(0, 3));
      for (const variant of [text, text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r')]) {
        const fromText = analyze(variant);
        assert.deepEqual(analyze(splitText(variant)), fromText);
        const cache = new AnalysisCache();
        analyze(splitText(variant), { cache });
        assert.deepEqual(analyze(splitText(variant), { cache }), fromText);
      }
    });
  }
});
