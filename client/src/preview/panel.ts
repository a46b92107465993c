/**
 * The preview beside the editor: a webview that draws the report's three tables (render.ts), every wrong
 * cell marked, redrawn after each check of the document (the server's status notification) — so it
 * follows the user's typing. One panel per report. The webview runs no script and loads nothing.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Lang } from '../../../shared/src';
import { PREVIEW_VIEW_TYPE, SETTINGS_SECTION, TABLES_REQUEST, type StatusParams, type TablesParams, type TablesResult } from '../../../shared/protocol';
import { renderPreview } from './render';

/** The message language: the `govreport.language` setting, or VS Code's display language. */
export function displayLang(): Lang {
  const setting = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>('language', 'auto');
  if (setting === 'zh-CN' || setting === 'en') return setting;
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

interface Preview {
  readonly panel: vscode.WebviewPanel;
  /** The page last shown (for the extension's API and its tests). */
  html: string;
  /** Requests are answered in order; a late answer to an older one is dropped. */
  generation: number;
}

export class PreviewPanels implements vscode.Disposable {
  private readonly previews = new Map<string, Preview>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SETTINGS_SECTION) && this.refreshAll()));
  }

  /** Opens (or reveals) the preview of a report beside its editor. */
  async show(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const existing = this.previews.get(key);
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      return this.refresh(key);
    }
    const title = vscode.l10n.t('Tables: {0}', fileName(doc.uri));
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: false,
      enableCommandUris: false,
      enableFindWidget: true,
      localResourceRoots: [],
    });
    const preview: Preview = { panel, html: '', generation: 0 };
    this.previews.set(key, preview);
    panel.onDidDispose(() => this.previews.delete(key));
    this.paint(key, preview, null);
    await this.refresh(key);
  }

  /** After each check of a document: redraw its preview, if it has one. */
  onStatus(status: StatusParams): void {
    if (this.previews.has(status.uri)) void this.refresh(status.uri);
  }

  /** The page shown for a report, if it has a preview open. */
  html(uri: vscode.Uri): string | undefined {
    return this.previews.get(uri.toString())?.html;
  }

  private refreshAll(): void {
    for (const key of this.previews.keys()) void this.refresh(key);
  }

  private async refresh(key: string): Promise<void> {
    const preview = this.previews.get(key);
    if (!preview) return;
    const generation = ++preview.generation;
    const params: TablesParams = { textDocument: { uri: key } };
    let view: TablesResult = null;
    try {
      view = await this.client.sendRequest<TablesResult>(TABLES_REQUEST, params);
    } catch {
      view = null; // the server is restarting: the next check redraws
    }
    if (generation === preview.generation && this.previews.get(key) === preview) this.paint(key, preview, view);
  }

  private paint(key: string, preview: Preview, view: TablesResult): void {
    preview.html = renderPreview(view, { lang: displayLang(), nonce: randomBytes(16).toString('base64'), name: fileName(vscode.Uri.parse(key)) });
    preview.panel.webview.html = preview.html;
  }

  dispose(): void {
    for (const p of this.previews.values()) p.panel.dispose();
    this.previews.clear();
    for (const d of this.disposables) d.dispose();
  }
}
