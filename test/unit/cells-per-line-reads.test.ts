/**
 * A table written one cell per line without TABs repeats a few line texts thousands of times (its labels, its
 * figures, its blank lines). What is read from such a line is a function of its text: it is read once for each text
 * and the same reading serves every line that repeats it, the figures of a number run (no page numbers) included.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseReport } from '../../shared/src';
import { scanLines, scanText } from '../../shared/src/parse/lines';
import { splitLines } from '../../shared/src/text';

/** Table 三's first rows one cell per line, no TAB: a label, its figures, a blank line; `rows` times. */
function cellsPerLine(rows: number): string {
  const row = ['（一）予以公开', '自然人', '12', '3', '（二）部分公开', '法人', '7', ''];
  return `三、收到和处理政府信息公开申请情况\n${Array.from({ length: rows * row.length }, (_, i) => row[i % row.length]).join('\n')}\n四、政府信息公开行政复议、行政诉讼情况`;
}

describe('a table one cell per line: each line text read once', () => {
  it('the figures of a number run share one scan per text, read without page numbers', () => {
    const { infos } = scanLines(splitLines('自然人\n12\n3\n12\n3\n12\n3'));
    const twelves = infos.filter((i) => i.text === '12');
    assert.equal(twelves.length, 3);
    assert.ok(twelves.every((i) => i.scan === twelves[0]!.scan), 'one scan for every `12` of the run');
    // Read without page numbers, as before: a figure of the run is no page number.
    assert.ok(twelves.every((i) => !i.scan.pageNumber && i.scan.artifacts.length === 0));
    // A lone number between prose is still the page number it looks like.
    const lone = scanLines(splitLines('自然人\n12\n法人')).infos[1]!;
    assert.equal(lone.scan.pageNumber, true);
  });

  it('a line read without TABs keeps its fields in its scan, and a look-alike sentence keeps none', () => {
    parseReport(cellsPerLine(20));
    const label = scanText('自然人');
    assert.deepEqual(label.spaced, { row: false, source: '自然人', spans: [{ start: 0, end: 3 }] });
    // A sentence is no cell: read once as none (null), not read again.
    parseReport(`三、收到和处理政府信息公开申请情况\n自然人申请12件。\n${cellsPerLine(2).split('\n').slice(1).join('\n')}`);
    assert.equal(scanText('自然人申请12件。').spaced, null);
  });

});
