/**
 * Protocol tests of what a writer meets while correcting a report in the editor, found by an audit over
 * the seeds and faulty variants (/work/h4/tally.md): a quick fix where it writes, not only where its
 * finding is shown; hovers that say how a figure of the prose was read; inlay hints on blank cells.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, InlayHint, MarkupContent, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { Doc } from '../helpers/doc';
import { TestClient } from '../helpers/lsp';

type Position = { line: number; character: number };
const at = (p: Position) => ({ start: p, end: p });

function editsOf(action: CodeAction): TextEdit[] {
  return ((action.edit?.documentChanges ?? []) as TextDocumentEdit[]).flatMap((c) => c.edits as TextEdit[]);
}

describe('language server: editing a report', () => {
  let client: TestClient;
  let n = 0;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  async function open(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = `file:///editing/${++n}.govreport.txt`;
    await client.open(uri, text);
    const p = await client.waitForDiagnostics(uri, 1);
    return { uri, diagnostics: p.diagnostics };
  }

  function codeActions(uri: string, range: { start: Position; end: Position }, diagnostics: Diagnostic[] = []): Promise<CodeAction[] | null> {
    return client.request<CodeAction[] | null>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
  }

  describe('blank cells (empty-cell, told once at the table’s first heading when a table has several)', () => {
    // A lone blank is told on the cell itself; two in one table are told once at its first heading, the blanks listed.
    for (const [name, kind, label, column, otherLabel, otherColumn] of [
      ['表三 （一）予以公开·自然人', 'requests', '予以公开', 0, '部分公开', 2],
      ['表四 行政复议·结果维持', 'review', '', 0, '', 6],
    ] as const) {
      it(`offers the fix with the cursor on the blank cell: ${name}`, async () => {
        const doc = Doc.seed('002');
        const cell = doc.cell(kind, label, column);
        const figure = cell.text;
        doc.setCell(kind, label, column, '');
        doc.setCell(kind, otherLabel, otherColumn, '');
        const { uri, diagnostics } = await open(doc.text);
        const finding = diagnostics.find((d) => d.code === 'empty-cell');
        assert.ok(finding, 'empty-cell reported');
        assert.notEqual(finding.range.start.line, cell.line, 'shown away from the cell');
        // The cursor on the blank cell: no diagnostic there, as VS Code asks.
        const actions = (await codeActions(uri, at({ line: cell.line, character: cell.start }))) ?? [];
        const fix = actions.find((a) => a.kind === 'quickfix' && a.diagnostics?.[0]?.code === 'empty-cell');
        assert.ok(fix, `a quick fix at the blank cell; got ${actions.map((a) => a.title).join(' / ')}`);
        assert.deepEqual(editsOf(fix).map((e) => [e.range.start.line, e.range.start.character, e.newText]).filter(([line]) => line === cell.line), [[cell.line, cell.start, figure]]);
      });
    }

    it('a lone blank cell is told on the cell itself, its fix there', async () => {
      const doc = Doc.seed('002');
      const cell = doc.cell('requests', '予以公开', 0);
      const figure = cell.text;
      doc.setCell('requests', '予以公开', 0, '');
      const { uri, diagnostics } = await open(doc.text);
      const finding = diagnostics.find((d) => d.code === 'empty-cell');
      assert.equal(finding?.range.start.line, cell.line);
      const actions = (await codeActions(uri, at({ line: cell.line, character: cell.start }), finding ? [finding] : [])) ?? [];
      const fix = actions.find((a) => a.kind === 'quickfix' && a.diagnostics?.[0]?.code === 'empty-cell');
      assert.ok(fix);
      assert.deepEqual(editsOf(fix).map((e) => [e.range.start.line, e.range.start.character, e.newText]), [[cell.line, cell.start, figure]]);
    });

    it('offers nothing on a cell no fix writes', async () => {
      const doc = Doc.seed('002');
      const cell = doc.cell('requests', '予以公开', 0);
      doc.setCell('requests', '予以公开', 0, '');
      const other = doc.cell('requests', '部分公开', 0);
      const { uri } = await open(doc.text);
      const actions = (await codeActions(uri, at({ line: other.line, character: other.start }))) ?? [];
      assert.deepEqual(actions.filter((a) => a.kind === 'quickfix').map((a) => a.title), [], `nothing at ${other.line}, the blank is at ${cell.line}`);
    });
  });
  describe('hover on a figure of the prose', () => {
    async function hover(text: string, needle: string): Promise<string> {
      const { uri } = await open(text);
      const f = Doc.of(text).find(needle);
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: f.line, character: f.start + 1 } });
      assert.ok(h, `a hover on ${needle}`);
      return (h.contents as MarkupContent).value;
    }

    it('says the other reading its sentence gives, where that is the figure that agrees (失效31件，废止4件: 35)', async () => {
      const value = await hover(Doc.seed('002').text, '废止4件');
      assert.match(value, /正文的数字 4件（按同一句的说法也可读作 35件）/);
      assert.match(value, /本年废止件数.*`35 ✓`/);
    });

    it('says nothing more of a figure its sentence reads one way', async () => {
      const value = await hover(Doc.seed('002').text, '新制定7件');
      assert.match(value, /\*\*正文的数字 7件，读作：\*\*/);
    });

    it('shows the terms of a sum of cells it is read as (178 + 5 = 183), and a single cell alone', async () => {
      const value = await hover(Doc.seed('002').text, '包括上年度结转在内的35件');
      assert.match(value, /“一、本年新收”与“二、上年结转”之和：`178 \+ 5 = 183 ✗`/);
      const single = await hover(Doc.seed('002').text, '依申请公开受理量达178件');
      assert.match(single, /总计：`178 ✓`/);
    });

    it('in English too', async () => {
      const en = await TestClient.start({ initializationOptions: { govreport: { language: 'en' } } });
      try {
        const uri = 'file:///editing/en.govreport.txt';
        const text = Doc.seed('002').text;
        await en.open(uri, text);
        await en.waitForDiagnostics(uri, 1);
        const f = Doc.of(text).find('废止4件');
        const h = await en.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: f.line, character: f.start + 1 } });
        assert.match((h!.contents as MarkupContent).value, /The prose says 4件 \(or 35件, as its sentence also reads\): read as/);
      } finally {
        await en.stop();
      }
    });
  });
  describe('inlay hints: the figure a cell should hold, beside it', () => {
    const whole = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };
    async function hints(text: string): Promise<string[]> {
      const { uri } = await open(text);
      const got = (await client.request<InlayHint[] | null>('textDocument/inlayHint', { textDocument: { uri }, range: whole })) ?? [];
      return got.map((h) => `${h.position.line}:${h.position.character} ${String(h.label)}`);
    }

    for (const [name, kind, label, column] of [
      ['表三 （一）予以公开·自然人', 'requests', '予以公开', 0],
      ['表三 （七）总计·总计', 'requests', '（七）总计', 6],
      ['表四 行政复议·结果维持', 'review', '', 0],
    ] as const) {
      it(`on a blank cell whose figure the totals give: ${name}`, async () => {
        const doc = Doc.seed('002');
        const cell = doc.cell(kind, label, column);
        const figure = cell.text;
        assert.deepEqual(await hints(doc.clone().setCell(kind, label, column, '').text), [`${cell.line}:${cell.start} → 应为 ${figure}`]);
      });

      it(`on a cell that is no number, with the figure the totals give: ${name}`, async () => {
        const doc = Doc.seed('002');
        const cell = doc.cell(kind, label, column);
        const figure = cell.text;
        assert.deepEqual(await hints(doc.clone().setCell(kind, label, column, '见附件').text), [`${cell.line}:${cell.start + 3} → 应为 ${figure}`]);
        assert.deepEqual(await hints(doc.clone().setCell(kind, label, column, `-${figure}`).text), [`${cell.line}:${cell.start + 1 + figure.length} → 应为 ${figure}`]);
      });
    }

    it('none on blanks that take the 0 of nothing (seed 000, tables left blank), none on a seed without faults', async () => {
      assert.deepEqual(await hints(Doc.seed('000').text), []);
      assert.deepEqual(await hints(Doc.seed('002').text), []);
    });
  });
});
