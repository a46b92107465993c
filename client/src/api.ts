/**
 * What `activate` returns (`vscode.extensions.getExtension(id).exports`): a small read-only view of the
 * extension's state, so that the integration suite — or another extension — can observe what the user
 * sees without reaching into internals.
 */
import type * as vscode from 'vscode';
import type { StatusParams } from '../../shared/protocol';

/** What the language status item shows for the active report. */
export interface LanguageStatusView {
  readonly text: string;
  readonly detail: string | undefined;
  readonly severity: 'information' | 'warning' | 'error';
  readonly busy: boolean;
  readonly command: vscode.Command | undefined;
  /** The document the item describes. */
  readonly uri: string | undefined;
}

export interface GovReportApi {
  /** Resolves once the language server has started (rejects if it could not start). */
  ready(): Promise<void>;
  /** The server's last status for a document (counts, time of the check), if any. */
  status(uri: vscode.Uri): StatusParams | undefined;
  /** Fires after each status the server sends. */
  readonly onDidChangeStatus: vscode.Event<StatusParams>;
  /** The language status item as it is now. */
  languageStatus(): LanguageStatusView;
  /** The page the tables preview of a report shows, if one is open (HTML, for tests and other extensions). */
  previewHtml(uri: vscode.Uri): string | undefined;
}
