/**
 * The outline over the protocol when table 三 is not as the format lays it out: pasted twice, or with a
 * group's rows out of their order. Every symbol lies inside its parent and siblings never overlap (an
 * editor's breadcrumbs and outline follow the cursor by these ranges).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, FoldingRange, Range } from 'vscode-languageserver-protocol';
import { Doc, relayout } from '../helpers/doc';
import { seed } from '../helpers/fixtures';
import { covered } from '../helpers/findings';
import { TestClient } from '../helpers/lsp';

const before_ = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);

/** Every problem of the tree: a child outside its parent, siblings overlapping. */
function problems(symbols: readonly DocumentSymbol[], parent?: DocumentSymbol): string[] {
  const out: string[] = [];
  symbols.forEach((s, i) => {
    if (parent && !(before_(parent.range.start, s.range.start) && before_(s.range.end, parent.range.end))) out.push(`${s.name} outside ${parent.name}`);
    const next = symbols[i + 1];
    if (next && !before_(s.range.end, next.range.start)) out.push(`${s.name} overlaps ${next.name}`);
    out.push(...problems(s.children ?? [], s));
  });
  return out;
}

function tableThree(symbols: readonly DocumentSymbol[]): DocumentSymbol {
  const part = symbols.find((s) => s.name.startsWith('三、'))!;
  return part.children!.find((c) => c.name.startsWith('表三'))!;
}

describe('outline: table 三 with repeated or misplaced rows', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  async function outline(uri: string, text: string): Promise<DocumentSymbol[]> {
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, 1);
    return client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  }

  it("each group of table 三 selects its own label cell and its range begins there, in either layout", async () => {
    for (const [name, text] of [['cell', seed('002')], ['row', relayout(seed('002'), 'row')], ['row000', seed('000')]] as const) {
      const symbols = await outline(`file:///outline/labels-${name}.txt`, text);
      assert.deepEqual(problems(symbols), [], name);
      const result = tableThree(symbols).children!.find((c) => c.name === '三、本年度办理结果')!;
      const groups = [result, ...result.children!.filter((c) => c.children)];
      const labels = groups.map((g) => covered(text, g.selectionRange));
      // Seed 000 splits （五）不予处理 over two lines (`不予` … `处理`): no label cell to select there.
      const expected = name === 'row000' ? ['三、本年度办理结果', '不予公开', '无法提供', '', '(六) 其他 处理'] : ['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'];
      assert.deepEqual(labels, expected, name);
      for (const g of groups) assert.ok(before_(g.range.start, g.selectionRange.start) && before_(g.selectionRange.end, g.range.end), `${name}: ${g.name} covers its label`);
    }
  });

  it("folds table 三's groups where the outline shows them, nested in the table's fold and never crossing another", async () => {
    const text = seed('002');
    const uri = 'file:///outline/folds.txt';
    const symbols = await outline(uri, text);
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const result = tableThree(symbols).children!.find((c) => c.name === '三、本年度办理结果')!;
    for (const g of [result, ...result.children!.filter((c) => c.children)]) {
      assert.ok(folds.some((f) => f.startLine === g.range.start.line && f.endLine === g.range.end.line), `${g.name} folds from its label to its last row`);
    }
    for (const a of folds) {
      for (const b of folds) {
        const disjoint = a.endLine < b.startLine || b.endLine < a.startLine;
        const nested = (a.startLine <= b.startLine && b.endLine <= a.endLine) || (b.startLine <= a.startLine && a.endLine <= b.endLine);
        assert.ok(disjoint || nested, `${JSON.stringify(a)} crosses ${JSON.stringify(b)}`);
      }
    }
  });

  it('table 三 pasted twice: each copy has its own groups, none reaching over the other', async () => {
    for (const [name, text] of [['cell', seed('002')], ['row', relayout(seed('002'), 'row')]] as const) {
      const d = Doc.of(text);
      const t = d.table('requests');
      const twice = [...d.lines.slice(0, t.endLine + 1), '', ...d.lines.slice(t.startLine, t.endLine + 1), ...d.lines.slice(t.endLine + 1)].join('\n');
      const symbols = await outline(`file:///outline/twice-${name}.txt`, twice);
      assert.deepEqual(problems(symbols), [], name);
      const groups = tableThree(symbols).children!.filter((c) => c.name === '三、本年度办理结果');
      assert.equal(groups.length, 2, `${name}: one 三、本年度办理结果 per copy`);
      for (const g of groups) assert.deepEqual(g.children!.filter((c) => c.children).map((c) => c.name), ['（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'], name);
    }
  });

  it('a report without a title line, starting with part 一: the heading is the part, not a title beside it', async () => {
    const d = Doc.of(seed('004'));
    d.deleteLines(0, d.line('一、总体情况'));
    const symbols = await outline('file:///outline/untitled.txt', d.text);
    assert.deepEqual(problems(symbols), []);
    assert.deepEqual(symbols.map((s) => [s.name, s.kind]).slice(0, 2), [['一、总体情况', 2], ['二、主动公开政府信息情况', 2]]);
  });

  it('a row of （三）不予公开 put after those of （四）无法提供: the group is shown where each of its runs stands', async () => {
    const d = Doc.of(relayout(seed('002'), 'row'));
    const [query] = d.lines.splice(d.line('属于行政查询事项'), 1);
    d.lines.splice(d.line('补正后申请内容仍不明确') + 1, 0, query!);
    const symbols = await outline('file:///outline/misplaced.txt', d.text);
    assert.deepEqual(problems(symbols), []);
    const result = tableThree(symbols).children!.find((c) => c.name === '三、本年度办理结果')!;
    const groups = result.children!.filter((c) => c.children);
    assert.deepEqual(groups.map((c) => c.name), ['（三）不予公开', '（四）无法提供', '（三）不予公开', '（五）不予处理', '（六）其他处理']);
    assert.deepEqual(groups[2]!.children!.map((c) => c.name), ['8.属于行政查询事项']);
  });
});
