/**
 * The extension in a real VS Code: the packaged extension, its language server as a child process,
 * the prepared workspace of test/e2e/workspace.mjs (real reports). Each test acts as a user would
 * (open, type, run a command, save) and checks what VS Code then shows.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CheckWorkspaceResult } from '../../../shared/protocol';
import type { GovReportApi } from '../../../client/src/api';
import {
  closeAllEditors,
  codeOf,
  extensionApi,
  fileIn,
  open,
  scratchCopy,
  screenshot,
  setSetting,
  waitFor,
  waitForDiagnostics,
  waitForLanguage,
} from './util';

/** Seed 002 with the total of 一、本年新收 changed from 178 to 180 (the first `\t178` line). */
async function breakTotal(editor: vscode.TextEditor): Promise<vscode.Range> {
  const doc = editor.document;
  const offset = doc.getText().indexOf('\t178\n');
  assert.ok(offset > 0, 'seed 002 has the total 178');
  const range = new vscode.Range(doc.positionAt(offset + 1), doc.positionAt(offset + 4));
  assert.ok(await editor.edit((e) => e.replace(range, '180')));
  return range;
}

/** The message language: `govreport.language`, or with `auto` VS Code's display language. */
function expectEnglish(): boolean {
  const setting = vscode.workspace.getConfiguration('govreport').get<string>('language', 'auto');
  return setting === 'en' || (setting === 'auto' && /^en\b/i.test(vscode.env.language));
}

describe('GovReport in VS Code', function () {
  this.timeout(60_000);
  let api: GovReportApi;

  before(async () => {
    api = await extensionApi();
    // Room for the editor (the secondary side bar holds nothing these tests need).
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  });

  afterEach(async () => {
    await closeAllEditors();
  });

  it('checks a *.govreport.txt: the narrative-mismatch of seed 002, with rule links into the installed docs', async () => {
    const uri = fileIn('reports', '002.govreport.txt');
    const editor = await open(uri);
    assert.equal(editor.document.languageId, 'govreport');
    const ds = await waitForDiagnostics(uri, 'two narrative-mismatch warnings', (ds) => ds.filter((d) => codeOf(d) === 'narrative-mismatch').length === 2);
    const mismatch = ds.filter((d) => codeOf(d) === 'narrative-mismatch');
    const line = editor.document.getText().split('\n').findIndex((l) => l.includes('全年共受理政府信息公开申请35件'));
    assert.ok(line >= 0);
    for (const d of mismatch) {
      assert.equal(d.range.start.line, line);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.ok(editor.document.getText(d.range).includes('35'), `the claim itself is marked: ${editor.document.getText(d.range)}`);
    }
    assert.equal(ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length, 0);
    // Messages follow VS Code's display language (`govreport.language` is `auto`).
    assert.match(mismatch[0]!.message, expectEnglish() ? /^The text says/ : /^正文“/);

    // The rule's link opens the rule's page, shipped inside the extension.
    const code = mismatch[0]!.code;
    assert.ok(typeof code === 'object' && code.target, 'the diagnostic links to its rule');
    assert.match(code.target.path, /\/docs\/rules\/narrative-mismatch\.md$/);
    await vscode.commands.executeCommand('vscode.open', code.target);
    const page = await waitFor('the rule page to open', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/docs/rules/narrative-mismatch.md') && vscode.window.activeTextEditor.document);
    assert.match(page.getText(), /^# narrative-mismatch/);
  });

  it('quick-fixes a total changed by typing, and shows the right value in an inlay hint', async () => {
    const uri = await scratchCopy('reports/002.govreport.txt', 'quickfix.govreport.txt');
    const editor = await open(uri);
    await waitForDiagnostics(uri, 'the first check', (ds) => ds.some((d) => codeOf(d) === 'narrative-mismatch'));
    const cell = await breakTotal(editor);
    const ds = await waitForDiagnostics(uri, 'row-total on the changed cell', (ds) => ds.some((d) => codeOf(d) === 'row-total'));
    const rowTotal = ds.find((d) => codeOf(d) === 'row-total')!;
    assert.deepEqual(rowTotal.range, cell, 'exactly the changed cell');
    assert.equal(rowTotal.severity, vscode.DiagnosticSeverity.Error);

    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, new vscode.Range(cell.start.line, 0, cell.start.line + 1, 0));
    assert.ok(hints.some((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')).includes('178')), 'an inlay hint shows 178');
    editor.revealRange(cell, vscode.TextEditorRevealType.InCenter);
    editor.selection = new vscode.Selection(cell.start, cell.start);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('quick-fix');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, cell, vscode.CodeActionKind.QuickFix.value, 10);
    const ours = actions.filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value && /178/.test(a.title));
    assert.equal(ours.length, 1, `one quick fix to 178 among: ${actions.map((a) => `${a.title} (${a.kind?.value})`).join(' | ')}`);
    const fix = ours[0]!;
    assert.ok(fix.edit, 'the quick fix carries its edit');
    assert.equal(fix.isPreferred, true, 'the fix is preferred (Ctrl+. applies it)');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.getText(cell), '178');
    await waitForDiagnostics(uri, 'no row-total after the fix', (ds) => !ds.some((d) => codeOf(d) === 'row-total') && ds.some((d) => codeOf(d) === 'narrative-mismatch'));
  });

  it('shows the outline: title, the six parts, the tables inside their parts with their rows', async () => {
    const uri = fileIn('reports', '002.govreport.txt');
    await open(uri);
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
      return s && s.length > 0 ? s : undefined;
    });
    const parts = symbols.filter((s) => s.kind === vscode.SymbolKind.Module);
    assert.deepEqual(
      parts.map((p) => p.name),
      ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'],
    );
    assert.match(symbols[0]!.name, /政府信息公开工作年度报告/);
    for (const [i, part] of parts.entries()) {
      const tables = part.children.filter((c) => c.kind === vscode.SymbolKind.Struct);
      assert.equal(tables.length, i >= 1 && i <= 3 ? 1 : 0, `tables in ${part.name}`);
    }
    const requests = parts[2]!.children.find((c) => c.kind === vscode.SymbolKind.Struct)!;
    const rowNames = (s: vscode.DocumentSymbol): string[] => [s.name, ...s.children.flatMap(rowNames)];
    const names = rowNames(requests);
    for (const label of ['一、本年新收政府信息公开申请数量', '（七）总计', '四、结转下年度继续办理', '1.属于国家秘密']) assert.ok(names.includes(label), `${label} in ${names.join(' | ')}`);
    await vscode.commands.executeCommand('workbench.action.gotoSymbol');
    await screenshot('outline');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  it('hovers a figure with every relation it takes part in', async () => {
    const uri = fileIn('reports', '002.govreport.txt');
    const editor = await open(uri);
    const offset = editor.document.getText().indexOf('\t178\n');
    const position = editor.document.positionAt(offset + 2);
    const hovers = await waitFor('a hover on 178', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
      return h.length > 0 ? h : undefined;
    });
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /171 \+ 7 \+ 0 \+ 0 \+ 0 \+ 0 = 178/);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover');
  });

  it('goes from a figure of the prose to its table cell, and finds every figure that speaks of the cell', async () => {
    const uri = fileIn('reports', '002.govreport.txt');
    const editor = await open(uri);
    const text = editor.document.getText();
    const cell = new vscode.Range(editor.document.positionAt(text.indexOf('\t178\n') + 1), editor.document.positionAt(text.indexOf('\t178\n') + 4));
    const claim = editor.document.positionAt(text.indexOf('共受理政府信息公开申请35件') + 12);
    const definitions = await waitFor('a definition of 35件', async () => {
      const d = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', uri, claim);
      return d.length > 0 ? d : undefined;
    });
    assert.equal(definitions.length, 1);
    assert.ok(definitions[0]!.range.isEqual(cell), `definition at ${JSON.stringify(definitions[0]!.range)}`);
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, cell.start);
    const said = references.map((r) => editor.document.getText(r.range));
    // VS Code lists them in document order: the prose first, then the cell itself.
    assert.deepEqual(said, ['共受理政府信息公开申请35件', '包括上年度结转在内的35件政府信息公开申请', '依申请公开受理量达178件', '178']);
    editor.selection = new vscode.Selection(claim, claim);
    editor.revealRange(new vscode.Range(claim, claim), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.peekDefinition');
    await screenshot('definition');
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  it('detects a report among plain .txt files, and leaves other text alone', async () => {
    const notes = fileIn('plain', 'notes.txt');
    await open(notes);
    const report = fileIn('plain', 'report-004.txt');
    await open(report);
    // Detection is decided when a document opens, in order: once the report has switched,
    // the notes opened before it were considered too.
    await waitForLanguage(report, 'govreport');
    assert.equal(vscode.workspace.textDocuments.find((d) => d.uri.toString() === notes.toString())?.languageId, 'plaintext');
    await waitForDiagnostics(report, 'the detected report is checked', (ds) => ds.some((d) => codeOf(d) === 'artifact'));

    // Turned to plain text by the user, it stays plain text. (Detection of a later report is
    // requested after any switch of this one would have been: once that report has switched,
    // this one would have too.)
    await vscode.languages.setTextDocumentLanguage(vscode.window.activeTextEditor!.document, 'plaintext');
    const probe = fileIn('plain', 'report-000.txt');
    await open(probe);
    await waitForLanguage(probe, 'govreport');
    assert.equal(vscode.workspace.textDocuments.find((d) => d.uri.toString() === report.toString())?.languageId, 'plaintext');
    // "Check as Report" checks it again.
    const again = await vscode.commands.executeCommand<vscode.TextDocument>('govreport.checkAsReport', report);
    assert.equal(again.languageId, 'govreport');
  });

  it('does not detect when govreport.detectReports is off', async () => {
    const restore = await setSetting('detectReports', false);
    try {
      const report = fileIn('plain', 'report-003.txt');
      await open(report);
      const marker = await vscode.commands.executeCommand<vscode.TextDocument>('govreport.checkAsReport', fileIn('plain', 'report-001.txt'));
      assert.equal(marker.languageId, 'govreport');
      assert.equal(vscode.workspace.textDocuments.find((d) => d.uri.toString() === report.toString())?.languageId, 'plaintext');
    } finally {
      await restore();
    }
  });

  it('language status item: counts and time of the last check; its command fixes the report', async () => {
    const uri = await scratchCopy('reports/002.govreport.txt', 'status.govreport.txt');
    const editor = await open(uri);
    await breakTotal(editor);
    const status = await waitFor('a status with one error', () => {
      const s = api.status(uri);
      return s && s.version === editor.document.version && s.errors === 1 ? s : undefined;
    }, { events: [api.onDidChangeStatus] });
    const ds = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'govreport');
    assert.equal(status.warnings, ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length);
    assert.ok(Date.now() - Date.parse(status.checkedAt) < 60_000, 'checkedAt is the time of the check');

    const view = await waitFor('the item to show the counts', () => {
      const v = api.languageStatus();
      return v.uri === uri.toString() && !v.busy && v.text.includes('$(error) 1') ? v : undefined;
    }, { events: [api.onDidChangeStatus, vscode.window.onDidChangeActiveTextEditor] });
    assert.ok(view.detail && view.detail.length > 0, 'the detail says when it was checked');
    assert.ok(view.command, 'the item has a command');
    assert.equal(view.command.command, 'govreport.fixAll');
    await screenshot('status', { click: '[id="status.languageStatus"]' });

    await vscode.commands.executeCommand(view.command.command, ...(view.command.arguments ?? []));
    assert.ok(!editor.document.getText().includes('\t180\n'), 'the wrong total is fixed');
    await waitFor('a status with no error', () => api.status(uri)?.errors === 0, { events: [api.onDidChangeStatus] });
  });

  it('language status item: a document over govreport.maxDocumentSize is reported unchecked', async () => {
    const uri = fileIn('reports', '001.govreport.txt');
    await open(uri);
    const restore = await setSetting('maxDocumentSize', 1000);
    try {
      await waitFor('tooLarge status', () => api.status(uri)?.tooLarge === true, { events: [api.onDidChangeStatus] });
      const view = await waitFor('the item to warn', () => {
        const v = api.languageStatus();
        return v.uri === uri.toString() && v.severity === 'warning' ? v : undefined;
      }, { events: [api.onDidChangeStatus] });
      assert.equal(view.command?.command, 'workbench.action.openSettings');
      await waitForDiagnostics(uri, 'the one document-too-large diagnostic', (ds) => ds.length === 1 && codeOf(ds[0]!) === 'document-too-large');
    } finally {
      await restore();
    }
    await waitFor('checked again', () => api.status(uri)?.tooLarge !== true, { events: [api.onDidChangeStatus] });
  });

  it('settings: a rule turned off disappears', async () => {
    const uri = fileIn('reports', '002.govreport.txt');
    await open(uri);
    await waitForDiagnostics(uri, 'narrative-mismatch', (ds) => ds.some((d) => codeOf(d) === 'narrative-mismatch'));
    const restore = await setSetting('rules', { 'narrative-mismatch': 'off', 'label-variant': 'error' });
    try {
      const ds = await waitForDiagnostics(uri, 'no narrative-mismatch', (ds) => ds.length > 0 && !ds.some((d) => codeOf(d) === 'narrative-mismatch'));
      assert.ok(ds.filter((d) => codeOf(d) === 'label-variant').every((d) => d.severity === vscode.DiagnosticSeverity.Error));
    } finally {
      await restore();
    }
    await waitForDiagnostics(uri, 'narrative-mismatch again', (ds) => ds.some((d) => codeOf(d) === 'narrative-mismatch'));
  });

  it('fixes all on save with editor.codeActionsOnSave source.fixAll.govreport', async () => {
    const uri = await scratchCopy('reports/002.govreport.txt', 'onsave.govreport.txt');
    const editor = await open(uri);
    await waitForDiagnostics(uri, 'the first check', (ds) => ds.length > 0);
    const cell = await breakTotal(editor);
    await waitForDiagnostics(uri, 'row-total', (ds) => ds.some((d) => codeOf(d) === 'row-total'));
    const restore = await setSetting('codeActionsOnSave', { 'source.fixAll.govreport': 'explicit' }, 'editor');
    try {
      assert.ok(await editor.document.save());
      const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.ok(!saved.includes('\t180\n'), 'the saved file has the total fixed');
      assert.equal(editor.document.getText(cell), '178');
      // Every automatic fix was applied: the official labels replace the variants too.
      assert.ok(!saved.includes('行政机关不再受理其政府信息公开申请'));
    } finally {
      await restore();
    }
  });

  it('turns a rule off for one report from the light bulb, in a .govreport-lint.json made beside it', async () => {
    await vscode.workspace.fs.createDirectory(fileIn('scratch', 'config'));
    const uri = fileIn('scratch', 'config', 'r.govreport.txt');
    await vscode.workspace.fs.copy(fileIn('reports', '002.govreport.txt'), uri, { overwrite: true });
    await open(uri);
    const ds = await waitForDiagnostics(uri, 'label-variant notes', (ds) => ds.some((d) => codeOf(d) === 'label-variant'));
    const note = ds.find((d) => codeOf(d) === 'label-variant')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, note.range, vscode.CodeActionKind.QuickFix.value);
    const off = actions.find((a) => /关闭规则 label-variant|Turn off label-variant/.test(a.title));
    assert.ok(off?.edit, `the action among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(await vscode.workspace.applyEdit(off.edit), true);
    const configUri = fileIn('scratch', 'config', '.govreport-lint.json');
    const config = await vscode.workspace.openTextDocument(configUri);
    if (config.isDirty) await config.save();
    const after = await waitForDiagnostics(uri, 'no label-variant once the file is saved', (ds) => ds.length > 0 && !ds.some((d) => codeOf(d) === 'label-variant'));
    assert.ok(after.some((d) => codeOf(d) === 'narrative-mismatch'), 'the other findings stay');
    const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri))) as unknown;
    assert.deepEqual(saved, { overrides: [{ files: ['/r.govreport.txt'], rules: { 'label-variant': 'off' } }] });
    // The language status says whose rule levels the count is by.
    await open(uri);
    const view = await waitFor('the status detail to name the file', () => {
      const v = api.languageStatus();
      return v.uri === uri.toString() && v.detail?.includes('scratch/config/.govreport-lint.json') ? v : undefined;
    }, { events: [api.onDidChangeStatus, vscode.window.onDidChangeActiveTextEditor] });
    assert.match(view.detail!, /规则级别按 scratch\/config\/\.govreport-lint\.json|rule levels from scratch\/config\/\.govreport-lint\.json/);
  });

  it('checks every report in the workspace, files not open included', async () => {
    const broken = fileIn('unopened', 'broken.txt');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === broken.toString()));
    const result = await vscode.commands.executeCommand<CheckWorkspaceResult>('govreport.checkWorkspace');
    assert.ok(result, 'the command returns its summary');
    assert.ok(result.files >= 8, `reports checked: ${result.files}`);
    assert.ok((result.skipped ?? 0) >= 1, 'notes.txt is no report');
    const ds = await waitForDiagnostics(broken, 'row-total in a file never opened', (ds) => ds.some((d) => codeOf(d) === 'row-total'));
    assert.ok(result.errors >= ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length);
    assert.equal(vscode.languages.getDiagnostics(fileIn('plain', 'notes.txt')).length, 0);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('workbench.action.toggleMaximizedPanel');
    await screenshot('problems');
    await vscode.commands.executeCommand('workbench.action.toggleMaximizedPanel');
  });

  it('previews the tables beside the editor, and marks a wrong total as it is typed', async () => {
    const uri = await scratchCopy('reports/002.govreport.txt', 'preview.govreport.txt');
    const editor = await open(uri);
    await waitForDiagnostics(uri, 'the first check', (ds) => ds.some((d) => codeOf(d) === 'narrative-mismatch'));
    assert.equal(await vscode.commands.executeCommand<boolean>('govreport.showPreview'), true);
    const tab = await waitFor('the preview tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('govreport.preview')),
    { events: [vscode.window.tabGroups.onDidChangeTabs] });
    assert.match(tab.label, /preview\.govreport\.txt/);
    await waitFor('the three tables, nothing marked', () => {
      const html = api.previewHtml(uri) ?? '';
      return (html.match(/<section class="table /g) ?? []).length === 3 && !/<td class="[^"]*sev-error/.test(html);
    }, { events: [api.onDidChangeStatus] });

    await breakTotal(editor);
    const html = await waitFor('the wrong total marked', () => {
      const h = api.previewHtml(uri) ?? '';
      return /<td class="cell sev-error"[^>]*>180<\/td>/.test(h) && h;
    }, { events: [api.onDidChangeStatus] });
    assert.equal((html.match(/<td class="[^"]*sev-error/g) ?? []).length, 1);
    await screenshot('preview-editor');
  });

  it('views a Word document as a read-only report, read again when the file changes', async () => {
    const file = await scratchCopy('documents/002.docx', 'view.docx');
    const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('govreport.viewDocument', file);
    assert.ok(doc, 'the view opens');
    assert.equal(doc.uri.scheme, 'govreport-document');
    assert.equal(doc.languageId, 'govreport');
    // The part headings' numbers come from Word's automatic numbering.
    assert.match(doc.getText(), /^一、总体情况$/m);
    await waitForDiagnostics(doc.uri, 'the two narrative-mismatch warnings of seed 002', (ds) => ds.filter((d) => codeOf(d) === 'narrative-mismatch').length === 2);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.equal(symbols.filter((s) => s.kind === vscode.SymbolKind.Module).length, 6);

    // Shown in the editor (content-provider documents are read-only there; the API itself has no
    // read-only flag to assert, and the view has no file system behind it to save to).
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());

    await vscode.workspace.fs.copy(fileIn('documents', '001.docx'), file, { overwrite: true });
    await waitFor('the view to show the new file', () => doc.getText().includes('湘潭县商务局'), { events: [vscode.workspace.onDidChangeTextDocument] });
    await waitForDiagnostics(doc.uri, 'the findings of seed 001', (ds) => !ds.some((d) => codeOf(d) === 'narrative-mismatch' || d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('says why a Word document cannot be read', async () => {
    const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('govreport.viewDocument', fileIn('documents', 'broken.docx'));
    assert.equal(doc, undefined);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'govreport-document' && d.uri.path.endsWith('/broken.docx')));
  });
});
