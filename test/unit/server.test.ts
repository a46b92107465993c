/**
 * Protocol tests of the bundled language server (dist/server.js), spoken to over stdio as a client
 * that is not VS Code would: seed 002, a wrong total, its quick fix, hover, outline, fix-all.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, DocumentHighlight, DocumentSymbol, FoldingRange, Hover, InlayHint, Location, MarkupContent, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { analyze, applyEdits, fixAll } from '../../shared/src';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND, SERVER_COMMANDS, type StatusParams } from '../../shared/protocol';
import { Doc } from '../helpers/doc';
import { lineOf, seed } from '../helpers/fixtures';
import { codes, TestClient } from '../helpers/lsp';

const ARITHMETIC = ['row-total', 'column-total', 'balance', 'review-total'];
const SEED_URI = 'file:///reports/002.govreport.txt';

/** The line of the 总计 cell of 一、本年新收 (cell-per-line layout: the seventh figure after the label). */
function newRequestsTotal(text: string): { line: number; start: number; end: number } {
  const lines = text.split(/\r\n|\n|\r/);
  let line = lineOf(text, '一、本年新收');
  let figures = 0;
  while (figures < 7) {
    line++;
    if (/^\s*\d+\s*$/.test(lines[line]!)) figures++;
  }
  const start = lines[line]!.indexOf('178');
  assert.ok(start >= 0, 'the total of 一、本年新收 is 178');
  return { line, start, end: start + 3 };
}

function editsOf(action: CodeAction, uri: string, version: number): TextEdit[] {
  const changes = action.edit?.documentChanges as TextDocumentEdit[] | undefined;
  assert.ok(changes && changes.length === 1, 'one versioned document edit');
  assert.equal(changes[0]!.textDocument.uri, uri);
  assert.equal(changes[0]!.textDocument.version, version);
  return changes[0]!.edits as TextEdit[];
}

/** A WorkspaceEdit's edits (all relative to one text) as didChange events, applied bottom-up. */
function asChanges(edits: readonly TextEdit[]): { range: TextEdit['range']; text: string }[] {
  return edits
    .slice()
    .sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)
    .map((e) => ({ range: e.range, text: e.newText }));
}

function applyTo(text: string, edits: readonly TextEdit[]): string {
  return applyEdits(text, edits).text;
}

describe('language server over stdio: seed 002', () => {
  let client: TestClient;
  const text = seed('002');
  const total = newRequestsTotal(text);
  const totalRange = { start: { line: total.line, character: total.start }, end: { line: total.line, character: total.end } };

  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('announces its capabilities and name', () => {
    const caps = client.initializeResult!.capabilities;
    assert.equal(client.initializeResult!.serverInfo?.name, 'govreport-language-server');
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.ok(caps.hoverProvider && caps.documentSymbolProvider && caps.foldingRangeProvider && caps.inlayHintProvider);
    assert.ok(caps.definitionProvider && caps.referencesProvider && caps.documentHighlightProvider);
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', FIX_ALL_KIND]);
  });

  it('publishes the core findings of seed 002, with no arithmetic error, as complete diagnostics', async () => {
    await client.open(SEED_URI, text);
    const published = await client.waitForDiagnostics(SEED_URI, 1);
    const expected = analyze(text).findings;
    assert.deepEqual(codes(published.diagnostics), expected.map((f) => f.code));
    assert.deepEqual(published.diagnostics.map((d) => d.range), expected.map((f) => f.range));
    assert.equal(codes(published.diagnostics).filter((c) => ARITHMETIC.includes(c)).length, 0);
    for (const d of published.diagnostics) {
      assert.equal(d.source, DIAGNOSTIC_SOURCE);
      // Chinese by default.
      assert.match(String(d.message), /[\u4e00-\u9fff]/);
      const href = d.codeDescription?.href ?? '';
      assert.ok(href.startsWith('file:'), `${d.code} links to its page`);
      assert.ok(href.endsWith(`/docs/rules/${d.code}.md`));
      assert.ok(existsSync(fileURLToPath(href)), `${href} exists`);
    }
    // Severities mapped: label-variant is an info.
    const info = published.diagnostics.find((d) => d.code === 'label-variant');
    assert.equal(info?.severity, 3);
  });

  it('sends the status notification with the counts', async () => {
    const status: StatusParams = await client.waitForStatus(SEED_URI, 1);
    const published = client.diagnostics.filter((p) => p.uri === SEED_URI && p.version === 1).at(-1)!;
    const count = (s: number) => published.diagnostics.filter((d) => d.severity === s).length;
    assert.deepEqual([status.errors, status.warnings, status.infos, status.hints], [count(1), count(2), count(3), count(4)]);
    assert.ok(status.durationMs >= 0 && status.durationMs < 10_000);
    assert.ok(!Number.isNaN(Date.parse(status.checkedAt)));
    assert.equal(status.tooLarge, undefined);
  });

  it('sends no diagnostics when a check finds exactly those shown, and sends them when an edit moves one', async () => {
    const findingsOf = (t: string) => analyze(t).findings.map((f) => [f.code, f.range]);
    const shownOf = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.map((d) => [d.code, d.range]);
    const insert = (t: string, at: { line: number; character: number }) => {
      const lines = t.split('\n');
      lines[at.line] = `${lines[at.line]!.slice(0, at.character)}的${lines[at.line]!.slice(at.character)}`;
      return lines.join('\n');
    };
    const typeAndUndo = async (at: { line: number; character: number }) => {
      const from = client.diagnostics.length;
      const typed = await client.change(SEED_URI, [{ range: { start: at, end: at }, text: '的' }]);
      const shownTyped = await client.waitForDiagnostics(SEED_URI, typed, from);
      const statusTyped = await client.waitForStatus(SEED_URI, typed);
      const undone = await client.change(SEED_URI, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' }]);
      const shownUndone = await client.waitForDiagnostics(SEED_URI, undone, from);
      const statusUndone = await client.waitForStatus(SEED_URI, undone);
      return { shownTyped, shownUndone, published: [statusTyped.published, statusUndone.published], sent: client.diagnostics.slice(from).filter((p) => p.uri === SEED_URI).map((p) => p.version) };
    };

    // Prose of part 五, where no finding is: the diagnostics shown stay exact, nothing is sent.
    const quiet = { line: lineOf(text, '2.改进情况'), character: 5 };
    assert.ok(analyze(text).findings.every((f) => f.range.start.line !== quiet.line && f.range.end.line !== quiet.line));
    const still = await typeAndUndo(quiet);
    assert.deepEqual(still.published, [false, false]);
    assert.deepEqual(still.sent, []);
    assert.deepEqual(shownOf(still.shownTyped), findingsOf(insert(text, quiet)));
    assert.deepEqual(shownOf(still.shownUndone), findingsOf(text));

    // Just before the first narrative-mismatch: its range moves with each keystroke, so both are sent.
    const before = analyze(text).findings.find((f) => f.code === 'narrative-mismatch')!.range.start;
    const moved = await typeAndUndo(before);
    assert.deepEqual(moved.published, [true, true]);
    assert.equal(moved.sent.length, 2);
    assert.deepEqual(shownOf(moved.shownTyped), findingsOf(insert(text, before)));
    assert.notDeepEqual(shownOf(moved.shownTyped), findingsOf(text));
    assert.deepEqual(shownOf(moved.shownUndone), findingsOf(text));
  });

  it('lists the title, the six parts with their subsections, and the tables inside their parts', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } });
    assert.match(symbols[0]!.name, /湘潭县2024年政府信息公开工作年度报告/);
    const parts = symbols.filter((s) => /^[一二三四五六]、/.test(s.name));
    assert.deepEqual(parts.map((p) => p.name), [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    assert.deepEqual(parts[0]!.children!.map((c) => c.name), ['1.主动公开方面', '2.依申请公开方面', '3.政府信息管理方面', '4.平台建设方面', '5.监督保障方面']);
    const table3 = parts[2]!.children!.find((c) => c.name.startsWith('表三'));
    assert.ok(table3, 'table 三 sits in part 三');
    assert.ok(parts[1]!.children!.some((c) => c.name.startsWith('表二')));
    assert.ok(parts[3]!.children!.some((c) => c.name.startsWith('表四')));
    const groups = table3.children!.map((c) => c.name);
    assert.deepEqual(groups.filter((n) => !/^[一二四]、/.test(n)), ['三、本年度办理结果']);
    const result = table3.children!.find((c) => c.name === '三、本年度办理结果')!;
    assert.ok(result.children!.some((c) => c.name === '（三）不予公开' && c.children!.length === 8));
    // Every symbol covers its selection range and its children.
    const within = (o: DocumentSymbol['range'], i: DocumentSymbol['range']) =>
      (o.start.line < i.start.line || (o.start.line === i.start.line && o.start.character <= i.start.character)) &&
      (o.end.line > i.end.line || (o.end.line === i.end.line && o.end.character >= i.end.character));
    const walk = (s: DocumentSymbol) => {
      assert.ok(within(s.range, s.selectionRange), s.name);
      for (const c of s.children ?? []) {
        assert.ok(within(s.range, c.range), `${c.name} inside ${s.name}`);
        walk(c);
      }
    };
    symbols.forEach(walk);
    // Siblings never overlap: a subsection ends before the next one's heading (folding one hides nothing of the next).
    const subs = parts[0]!.children!;
    for (let i = 1; i < subs.length; i++) assert.ok(subs[i - 1]!.range.end.line < subs[i]!.range.start.line, `${subs[i - 1]!.name} ends before ${subs[i]!.name}`);
  });

  it('folds parts and tables', async () => {
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: SEED_URI } });
    const partThree = lineOf(text, '三、收到和处理政府信息公开申请情况');
    assert.ok(folds.some((f) => f.startLine === partThree && f.endLine > partThree + 200));
    const tableStart = lineOf(text, '本列数据的勾稽关系') ;
    assert.ok(folds.some((f) => f.startLine <= tableStart && f.endLine >= lineOf(text, '四、结转下年度继续办理')));
  });

  it('hovers on the total of 一、本年新收 with its relations and figures', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: SEED_URI }, position: { line: total.line, character: total.start + 1 } });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /171 \+ 7 \+ 0 \+ 0 \+ 0 \+ 0 = 178 ✓/);
    assert.match(value, /一、本年新收/);
    // And the figures of the prose that speak of it, each agreeing or not.
    assert.match(value, /\*\*正文说到这个数的地方\*\*\n\n- “共受理政府信息公开申请35件” ✗\n- “包括上年度结转在内的35件政府信息公开申请” ✗\n- “依申请公开受理量达178件” ✓$/);
    assert.deepEqual(hover.range, totalRange);
  });

  it('hovers on a cell of table 二 with the prose that speaks of it, and not on one the prose never mentions', async () => {
    const lines = text.split('\n');
    const inForce = lines.indexOf('\t102');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: SEED_URI }, position: { line: inForce, character: 2 } });
    assert.equal((hover.contents as MarkupContent).value, '**表二“行政规范性文件”行“现行有效件数”列**\n\n**正文说到这个数的地方**\n\n- “现行有效102件” ✓');
    assert.deepEqual(hover.range, { start: { line: inForce, character: 1 }, end: { line: inForce, character: 4 } });
    const licences = lines.indexOf('\t21650');
    assert.ok(licences > 0);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: SEED_URI }, position: { line: licences, character: 2 } }), null);
  });

  it('hovers on a figure of the prose with what it was read as: the table figure, and whether it agrees', async () => {
    const line = lineOf(text, '共受理政府信息公开申请35件');
    const at = text.split('\n')[line]!.indexOf('共受理政府信息公开申请35件');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: SEED_URI }, position: { line, character: at + '共受理政府信息公开申请'.length } });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /正文的数字 35件，读作/);
    assert.match(value, /表三“一、本年新收政府信息公开申请数量”总计：`178 ✗`/);
    assert.deepEqual(hover.range, { start: { line, character: at }, end: { line, character: at + '共受理政府信息公开申请35件'.length } });
    const agreeing = text.split('\n')[line]!.indexOf('受理量达178件');
    const right = await client.request<Hover>('textDocument/hover', { textDocument: { uri: SEED_URI }, position: { line, character: agreeing + 5 } });
    assert.match((right.contents as MarkupContent).value, /`178 ✓`/);
    // Prose that states no table figure has no hover.
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: SEED_URI }, position: { line, character: 2 } }), null);
  });

  it('links a figure of the prose and the table cell it was compared with: definition, references, highlights', async () => {
    const lines = text.split('\n');
    const claim = (words: string) => {
      const line = lineOf(text, words);
      const character = lines[line]!.indexOf(words);
      return { start: { line, character }, end: { line, character: character + words.length } };
    };
    const claims = [claim('共受理政府信息公开申请35件'), claim('包括上年度结转在内的35件政府信息公开申请'), claim('依申请公开受理量达178件')];
    const doc = { uri: SEED_URI };
    const inClaim = { line: claims[0]!.start.line, character: claims[0]!.start.character + 12 };
    const onCell = { line: total.line, character: total.start + 1 };
    // The first says 35 where the table says 178: definition goes to that 178.
    assert.deepEqual(await client.request<Location[]>('textDocument/definition', { textDocument: doc, position: inClaim }), [{ uri: SEED_URI, range: totalRange }]);
    // From the cell, every figure of the prose read as it (the second as 一＋二), after the cell itself when asked.
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: doc, position: onCell, context: { includeDeclaration: true } });
    assert.deepEqual(refs, [totalRange, ...claims].map((range) => ({ uri: SEED_URI, range })));
    const only = await client.request<Location[]>('textDocument/references', { textDocument: doc, position: onCell, context: { includeDeclaration: false } });
    assert.deepEqual(only.map((l) => l.range), claims);
    const marks = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: doc, position: onCell });
    assert.deepEqual(marks, [{ range: totalRange, kind: 3 }, ...claims.map((range) => ({ range, kind: 2 }))]);
    // A cell has no definition; prose without a table figure has no link at all.
    assert.equal(await client.request('textDocument/definition', { textDocument: doc, position: onCell }), null);
    const plain = { line: inClaim.line, character: 2 };
    for (const method of ['textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight']) {
      assert.equal(await client.request(method, { textDocument: doc, position: plain, context: { includeDeclaration: true } }), null, method);
    }
  });

  it('after 178 → 180: row-total on that row, a quick fix restoring 178, and none once applied', async () => {
    const v2 = await client.change(SEED_URI, [{ range: totalRange, text: '180' }]);
    const published = await client.waitForDiagnostics(SEED_URI, v2);
    const rowTotal = published.diagnostics.filter((d) => d.code === 'row-total');
    assert.equal(rowTotal.length, 1);
    assert.deepEqual(rowTotal[0]!.range, totalRange);
    assert.equal(rowTotal[0]!.severity, 1);
    assert.match(String(rowTotal[0]!.message), /应为 178/);
    assert.ok(rowTotal[0]!.relatedInformation!.length >= 1);
    assert.ok(rowTotal[0]!.relatedInformation!.every((r) => r.location.uri === SEED_URI));
    assert.deepEqual(codes(published.diagnostics).filter((c) => ARITHMETIC.includes(c)), ['row-total']);

    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: SEED_URI }, position: totalRange.start });
    assert.match((hover.contents as MarkupContent).value, /171 \+ 7 \+ 0 \+ 0 \+ 0 \+ 0 = 178 ≠ 180 ✗/);

    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: SEED_URI }, range: { start: { line: 0, character: 0 }, end: { line: 9999, character: 0 } } });
    assert.equal(hints.length, 1);
    assert.deepEqual(hints[0]!.position, totalRange.end);
    assert.match(String(hints[0]!.label), /178/);

    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: SEED_URI },
      range: totalRange,
      context: { diagnostics: rowTotal },
    });
    const fix = actions.find((a) => a.kind === 'quickfix');
    assert.ok(fix, 'a quick fix');
    assert.match(fix.title, /178/);
    assert.deepEqual(fix.diagnostics, rowTotal);
    assert.equal(fix.isPreferred, true);
    const edits = editsOf(fix, SEED_URI, v2);
    assert.deepEqual(edits, [{ range: totalRange, newText: '178' }]);

    const v3 = await client.change(SEED_URI, asChanges(edits));
    const fixed = await client.waitForDiagnostics(SEED_URI, v3);
    assert.deepEqual(codes(fixed.diagnostics).filter((c) => ARITHMETIC.includes(c)), []);
    assert.deepEqual(codes(fixed.diagnostics), analyze(text).findings.map((f) => f.code));
    const noHints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: SEED_URI }, range: { start: { line: 0, character: 0 }, end: { line: 9999, character: 0 } } });
    assert.deepEqual(noHints, []);
  });

  it('offers no quick fix where nothing can be fixed', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: SEED_URI },
      range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(actions, []);
  });
});

describe('language server over stdio: fix-all', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  /** Seed 002 with three totals wrong and a blank cell: the fix must touch only those spans. */
  function broken(): { text: string; fixed: string } {
    const original = seed('002');
    const lines = original.split('\n');
    const t = newRequestsTotal(original);
    lines[t.line] = lines[t.line]!.replace('178', '180');
    // The （七）总计 row's total: the last 178 in table 三.
    const lastTotal = lines.lastIndexOf('\t178');
    lines[lastTotal] = '\t170';
    return { text: lines.join('\n'), fixed: original };
  }

  it('returns minimal, versioned edits that give exactly the core fix-all text', async () => {
    const uri = 'file:///reports/fixall.txt';
    const { text } = broken();
    await client.open(uri, text, 7);
    const published = await client.waitForDiagnostics(uri, 7);
    assert.ok(codes(published.diagnostics).some((c) => ARITHMETIC.includes(c)));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, FIX_ALL_KIND);
    const edits = editsOf(actions[0]!, uri, 7);
    const expected = fixAll(text).text;
    assert.equal(applyTo(text, edits), expected);
    // Minimal: only the figures change.
    assert.ok(edits.every((e) => e.range.start.line === e.range.end.line && e.newText.length <= 3), JSON.stringify(edits));
    const v8 = await client.change(uri, asChanges(edits));
    const after = await client.waitForDiagnostics(uri, v8);
    assert.deepEqual(codes(after.diagnostics).filter((c) => ARITHMETIC.includes(c)), []);
  });

  it('a group of table 四 that does not add up: its recomputed total is a quick fix to choose, never preferred, no inlay hint, left by fix-all', async () => {
    // Any of the group's five figures may be the mistyped one: the total recomputed is one reading, the writer's to pick.
    const uri = 'file:///reports/review-choice.txt';
    const doc = Doc.seed('002').setCell('review', '', 4, '26');
    const cell = doc.cell('review', '', 4);
    const range = { start: { line: cell.line, character: cell.start }, end: { line: cell.line, character: cell.end } };
    await client.open(uri, doc.text);
    const published = await client.waitForDiagnostics(uri, 1);
    const d = published.diagnostics.find((x) => x.code === 'review-total');
    assert.ok(d, 'review-total');
    assert.deepEqual(d.range, range);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [d] } });
    const quick = actions.filter((a) => a.kind === 'quickfix' && a.diagnostics?.some((x) => x.code === 'review-total'));
    assert.equal(quick.length, 1);
    assert.equal(quick[0]!.title, '若其他数无误：改为 25');
    assert.equal(quick[0]!.isPreferred, false);
    assert.deepEqual(editsOf(quick[0]!, uri, 1), [{ range, newText: '25' }]);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9999, character: 0 } } });
    assert.ok(hints.every((h) => h.position.line !== cell.line), JSON.stringify(hints));
    const all = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: [FIX_ALL_KIND] } });
    for (const a of all) assert.ok(editsOf(a, uri, 1).every((e) => e.range.start.line !== cell.line), 'fix-all leaves the total');
  });

  it('fixes blank cells and leftovers of seeds 000 and 004 exactly as the core does', async () => {
    for (const prefix of ['000', '004']) {
      const uri = `file:///reports/${prefix}.txt`;
      const text = seed(prefix);
      await client.open(uri, text);
      await client.waitForDiagnostics(uri, 1);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: [FIX_ALL_KIND] },
      });
      assert.equal(actions.length, 1, prefix);
      assert.equal(applyTo(text, editsOf(actions[0]!, uri, 1)), fixAll(text).text, prefix);
    }
  });

  it('offers fix-all beside quick fixes, resolved lazily and refused for a stale version', async () => {
    const uri = 'file:///reports/lazy.txt';
    const { text } = broken();
    await client.open(uri, text);
    const published = await client.waitForDiagnostics(uri, 1);
    const d = published.diagnostics.find((x) => x.code === 'row-total')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const lazy = actions.find((a) => a.kind === FIX_ALL_KIND)!;
    assert.ok(lazy && !lazy.edit && lazy.data, 'the light bulb gets the action without its edit');
    const resolved = await client.request<CodeAction>('codeAction/resolve', lazy);
    assert.equal(applyTo(text, editsOf(resolved, uri, 1)), fixAll(text).text);
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    const stale = await client.request<CodeAction>('codeAction/resolve', lazy);
    assert.equal(stale.edit, undefined, 'no edit for a version the document has left');
  });

  it('applies fix-all through workspace/applyEdit when asked by command, checking the version', async () => {
    const uri = 'file:///reports/command.txt';
    const { text } = broken();
    await client.open(uri, text, 3);
    await client.waitForDiagnostics(uri, 3);
    assert.equal(await client.request('workspace/executeCommand', { command: SERVER_COMMANDS.fixAll, arguments: [uri, 2] }), false);
    assert.equal(client.applied.length, 0);
    assert.equal(await client.request('workspace/executeCommand', { command: SERVER_COMMANDS.fixAll, arguments: [uri, 3] }), true);
    assert.equal(client.applied.length, 1);
    // Named in the shown language (an editor's undo names the edit by it).
    assert.equal((client.applied[0] as { label?: string }).label, '修复全部可自动修复的问题（GovReport）');
    const edit = (client.applied[0] as { edit: { documentChanges: TextDocumentEdit[] } }).edit;
    assert.equal(edit.documentChanges[0]!.textDocument.version, 3);
    assert.equal(applyTo(text, edit.documentChanges[0]!.edits as TextEdit[]), fixAll(text).text);
  });
});

export type { Diagnostic };
