/**
 * Read-only views of reports kept as Word or OpenDocument documents, web pages or PDF: `govreport-document:/path/x.docx`
 * shows the text the server's readers make of the file (the same text the command line checks), in the
 * `govreport` language, so the diagnostics, outline, hovers and status are those of any report.
 * The view follows the file: when it changes on disk, the view is read again and re-checked.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_VIEW_SCHEME, LANGUAGE_ID, READ_DOCUMENT_REQUEST, VIEWABLE_EXTENSIONS, type ReadDocumentParams, type ReadDocumentResult } from '../../shared/protocol';

export function isViewable(uri: vscode.Uri): boolean {
  const path = uri.path.toLowerCase();
  return VIEWABLE_EXTENSIONS.some((ext) => path.endsWith(ext));
}

/** The view of a local file. */
export function viewUri(file: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: DOCUMENT_VIEW_SCHEME, path: file.path });
}

/** The local file a view shows. */
export function viewedFile(view: vscode.Uri): vscode.Uri {
  return vscode.Uri.file(view.path);
}

export class DocumentViews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly disposables: vscode.Disposable[] = [];

  readonly onDidChange = this.changed.event;

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(DOCUMENT_VIEW_SCHEME, this),
      vscode.workspace.onDidOpenTextDocument((doc) => this.onOpen(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.onClose(doc)),
    );
  }

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const params: ReadDocumentParams = { uri: viewedFile(uri).toString() };
    const result = await this.client.sendRequest<ReadDocumentResult>(READ_DOCUMENT_REQUEST, params, token);
    if (!result.ok) throw new Error(result.message);
    return result.text;
  }

  /** Opens the view of a file and shows it; rejects with the reader's message when it cannot be read. */
  async show(file: vscode.Uri): Promise<vscode.TextDocument> {
    const doc = await vscode.workspace.openTextDocument(viewUri(file));
    const report = doc.languageId === LANGUAGE_ID ? doc : await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    await vscode.window.showTextDocument(report, { preview: false });
    return report;
  }

  private onOpen(doc: vscode.TextDocument): void {
    if (doc.uri.scheme !== DOCUMENT_VIEW_SCHEME) return;
    // A view opened another way (a link in a problem, a restored editor) is a report too.
    if (doc.languageId !== LANGUAGE_ID) void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID).then(undefined, () => undefined);
    const key = doc.uri.toString();
    if (this.watchers.has(key)) return;
    const file = viewedFile(doc.uri);
    const folder = vscode.Uri.joinPath(file, '..');
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name));
    const refresh = () => this.changed.fire(doc.uri);
    watcher.onDidChange(refresh);
    watcher.onDidCreate(refresh);
    this.watchers.set(key, watcher);
  }

  private onClose(doc: vscode.TextDocument): void {
    if (doc.uri.scheme !== DOCUMENT_VIEW_SCHEME) return;
    const key = doc.uri.toString();
    // A language change closes and reopens the same document: keep the watcher while it is open.
    setTimeout(() => {
      if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return;
      this.watchers.get(key)?.dispose();
      this.watchers.delete(key);
    }, 0);
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.dispose();
    this.watchers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
