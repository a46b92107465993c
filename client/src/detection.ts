/**
 * Reports among plain-text files: a `.txt` whose opening reads as a report (shared/protocol/detect)
 * is switched to the `govreport` language, so that it is checked like a `*.govreport.txt`. Switched
 * off by `govreport.detectReports`. A report the user turns to plain text (a detected `.txt` or a
 * `*.govreport.txt`) stays plain text for the rest of the session.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID, SETTINGS_SECTION } from '../../shared/protocol';
import { DETECTION_MAX_CHARS, DETECTION_MAX_LINES, looksLikeReport } from '../../shared/protocol/detect';

const PLAIN_TEXT = 'plaintext';

/** The document's opening, without copying a large document whole. */
function opening(doc: vscode.TextDocument): string {
  const lines = Math.min(doc.lineCount, DETECTION_MAX_LINES);
  const text = doc.getText(new vscode.Range(0, 0, lines, 0));
  return text.length > DETECTION_MAX_CHARS ? text.slice(0, DETECTION_MAX_CHARS) : text;
}

export class ReportDetector implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** Documents open as reports (by URI). */
  private readonly reports = new Set<string>();
  /** Reports the user turned to plain text: left alone from then on. */
  private readonly declined = new Set<string>();

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.onOpen(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.onClose(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SETTINGS_SECTION}.detectReports`)) this.scanOpenDocuments();
      }),
    );
    this.scanOpenDocuments();
  }

  private enabled(doc: vscode.TextDocument): boolean {
    return vscode.workspace.getConfiguration(SETTINGS_SECTION, doc).get<boolean>('detectReports', true);
  }

  scanOpenDocuments(): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.languageId === LANGUAGE_ID) this.reports.add(doc.uri.toString());
      else this.consider(doc);
    }
  }

  /** The user asked for this document to be checked: forget an earlier "plain text" choice. */
  accept(uri: vscode.Uri): void {
    this.declined.delete(uri.toString());
  }

  private onOpen(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (doc.languageId === LANGUAGE_ID) {
      this.reports.add(key);
      return;
    }
    // A language change reaches extensions as close + open of the same document. A report that
    // comes back as plain text was turned to plain text by the user: respect that.
    if (this.reports.delete(key)) {
      if (doc.languageId === PLAIN_TEXT) this.declined.add(key);
      return;
    }
    this.consider(doc);
  }

  private onClose(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (!this.reports.has(key)) return;
    // Really closed (not a language change, whose open follows at once): forget it.
    setTimeout(() => {
      if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) this.reports.delete(key);
    }, 0);
  }

  /** A report pasted into an empty plain-text editor is detected too. */
  private onChange(e: vscode.TextDocumentChangeEvent): void {
    if (e.document.languageId !== PLAIN_TEXT || !e.document.isUntitled) return;
    if (e.contentChanges.some((c) => c.text.length >= 200)) this.consider(e.document);
  }

  private consider(doc: vscode.TextDocument): void {
    if (doc.languageId !== PLAIN_TEXT || doc.isClosed) return;
    const key = doc.uri.toString();
    if (this.declined.has(key) || !this.enabled(doc)) return;
    if (!looksLikeReport(opening(doc))) return;
    void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID).then(undefined, () => undefined);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
