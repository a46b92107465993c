/**
 * The VS Code extension: a thin client. It starts the bundled language server (dist/server.js, a Node
 * process over IPC), detects reports among plain-text files, shows the last check in a language status
 * item, and offers commands: check the current file as a report, fix all, check the workspace, view a
 * Word document or web page as a report, and preview the tables beside the editor.
 * Every check, fix, hover and outline comes from the server; nothing here reads the report.
 *
 * Safe in untrusted workspaces: it runs no code from the workspace, makes no network request, and
 * writes nothing the user did not ask to change (fix-all edits the open document; saving is theirs).
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  CHECK_WORKSPACE_REQUEST,
  COMMANDS,
  CONFIG_FILE_PATTERN,
  DIAGNOSTIC_SOURCE,
  LANGUAGE_ID,
  SERVER_COMMANDS,
  SERVER_ENV,
  SERVER_EXEC_ARGV,
  STATUS_NOTIFICATION,
  type CheckWorkspaceParams,
  type CheckWorkspaceResult,
} from '../../shared/protocol';
import type { GovReportApi } from './api';
import { ReportDetector } from './detection';
import { DocumentViews, isViewable, viewUri } from './documentViews';
import { PreviewPanels } from './preview/panel';
import { isStatusParams, StatusController } from './status';

let client: LanguageClient | undefined;
/** Set while the extension deactivates, when the server stops on purpose. */
let stopping = false;

export async function activate(context: vscode.ExtensionContext): Promise<GovReportApi> {
  const output = vscode.window.createOutputChannel('GovReport', { log: true });
  const status = new StatusController();
  const detector = new ReportDetector();
  context.subscriptions.push(output, status, detector);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env: { ...SERVER_ENV } } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'], env: { ...SERVER_ENV } } },
  };
  const clientOptions: LanguageClientOptions = {
    // Every scheme: untitled buffers and virtual file systems are checked from the editor's text. The
    // configuration files too (never checked): turning a rule off edits their text as the editor has it.
    documentSelector: [{ language: LANGUAGE_ID }, { scheme: 'file', pattern: CONFIG_FILE_PATTERN }],
    diagnosticCollectionName: DIAGNOSTIC_SOURCE,
    outputChannel: output,
    // Hovers are the server's own Markdown: no commands, no HTML.
    markdown: { isTrusted: false, supportHtml: false },
    middleware: {
      // Related information may point into last year's report; when that is a Word document or a
      // web page, point at its read-only view (which an editor can show) rather than the file.
      handleDiagnostics: (uri, diagnostics, next) => {
        for (const d of diagnostics) {
          for (const r of d.relatedInformation ?? []) {
            if (r.location.uri.scheme === 'file' && isViewable(r.location.uri)) r.location.uri = viewUri(r.location.uri);
          }
        }
        next(uri, diagnostics);
      },
    },
  };
  const lc = new LanguageClient('govreport', 'GovReport', serverOptions, clientOptions);
  client = lc;
  const views = new DocumentViews(lc);
  const previews = new PreviewPanels(lc);
  context.subscriptions.push(views, previews, status.onDidChangeStatus((p) => previews.onStatus(p)));
  context.subscriptions.push(
    lc.onNotification(STATUS_NOTIFICATION, (params: unknown) => {
      if (isStatusParams(params)) status.update(params);
    }),
  );

  /**
   * The document a command acts on: the URI it was given (from the status item or the explorer; a file
   * not open yet is opened), else the active editor's.
   */
  async function targetDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
    if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
    return vscode.window.activeTextEditor?.document;
  }

  context.subscriptions.push(
    vscode.commands.registerCommand('govreport.showOutput', () => output.show(true)),

    vscode.commands.registerCommand(COMMANDS.checkAsReport, async (arg?: unknown) => {
      const doc = await targetDocument(arg);
      if (!doc) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a file to check it as a report.'));
        return undefined;
      }
      detector.accept(doc.uri);
      const report = doc.languageId === LANGUAGE_ID ? doc : await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
      if (arg instanceof vscode.Uri) await vscode.window.showTextDocument(report, { preview: false });
      return report;
    }),

    vscode.commands.registerCommand(COMMANDS.viewDocument, async (arg?: unknown): Promise<vscode.TextDocument | undefined> => {
      let file = arg instanceof vscode.Uri ? arg : undefined;
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      if (!file && tab instanceof vscode.TabInputText && isViewable(tab.uri)) file = tab.uri;
      if (!file) {
        const picked = await vscode.window.showOpenDialog({
          canSelectMany: false,
          openLabel: vscode.l10n.t('View as Report'),
          filters: { [vscode.l10n.t('Word and OpenDocument documents, web pages and PDF')]: ['docx', 'doc', 'wps', 'odt', 'fodt', 'html', 'htm', 'pdf'] },
        });
        file = picked?.[0];
      }
      if (!file) return undefined;
      if (file.scheme !== 'file') {
        void vscode.window.showInformationMessage(vscode.l10n.t('Only files on this computer can be viewed as reports.'));
        return undefined;
      }
      try {
        return await views.show(file);
      } catch (e) {
        const name = file.path.slice(file.path.lastIndexOf('/') + 1);
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} could not be read: {1}', name, e instanceof Error ? e.message : String(e)));
        return undefined;
      }
    }),

    vscode.commands.registerCommand(COMMANDS.showPreview, async (arg?: unknown): Promise<boolean> => {
      const doc = await targetDocument(arg);
      if (!doc || doc.languageId !== LANGUAGE_ID) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a report to preview its tables.'));
        return false;
      }
      await previews.show(doc);
      return true;
    }),

    vscode.commands.registerCommand(COMMANDS.fixAll, async (arg?: unknown): Promise<boolean> => {
      const doc = await targetDocument(arg);
      if (!doc || doc.languageId !== LANGUAGE_ID) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a report to fix it.'));
        return false;
      }
      const version = doc.version;
      const applied: unknown = await lc.sendRequest(ExecuteCommandRequest.type, {
        command: SERVER_COMMANDS.fixAll,
        arguments: [doc.uri.toString(), version],
      });
      if (applied !== true) {
        // The document changed while the fixes were computed, or the edit was refused.
        void vscode.window.showWarningMessage(vscode.l10n.t('The fixes could not be applied; try again.'));
        return false;
      }
      if (doc.version === version) void vscode.window.showInformationMessage(vscode.l10n.t('Nothing in this report can be fixed automatically.'));
      return true;
    }),

    vscode.commands.registerCommand(COMMANDS.checkWorkspace, async (): Promise<CheckWorkspaceResult | undefined> => {
      const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
      if (folders.length === 0) {
        const virtual = (vscode.workspace.workspaceFolders ?? []).length > 0;
        void vscode.window.showInformationMessage(
          virtual
            ? vscode.l10n.t('Checking a whole workspace needs folders on this computer; open reports are still checked.')
            : vscode.l10n.t('Open a folder to check the reports in it.'),
        );
        return undefined;
      }
      const params: CheckWorkspaceParams = { folders: folders.map((f) => f.uri.toString()) };
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the reports in the workspace…'), cancellable: true },
        async (_progress, token) => {
          try {
            return await lc.sendRequest<CheckWorkspaceResult>(CHECK_WORKSPACE_REQUEST, params, token);
          } catch (e) {
            if (token.isCancellationRequested) return undefined;
            throw e;
          }
        },
      );
      if (!result) return undefined;
      const summary = vscode.l10n.t('Checked {0} reports: {1} errors, {2} warnings.', result.files, result.errors, result.warnings);
      const extra = result.unreadable ? ' ' + vscode.l10n.t('{0} files could not be read.', result.unreadable) : '';
      const show = vscode.l10n.t('Show Problems');
      void vscode.window.showInformationMessage(summary + extra, show).then((choice) => {
        if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
      return result;
    }),
  );

  const started = lc.start().then(
    () => undefined,
    (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      status.serverFailed(message);
      output.error(`The language server could not start: ${message}`);
      throw e;
    },
  );
  context.subscriptions.push(
    lc.onDidChangeState((e) => {
      // The client restarts a crashed server a few times before giving up (State.Stopped).
      if (e.newState === State.Running) status.serverFailed(undefined);
      else if (e.newState === State.Stopped && !stopping) status.serverFailed(vscode.l10n.t('The language server stopped; see the GovReport output.'));
    }),
  );
  // A failed start is reported in the status item and the output; activation itself succeeds.
  started.catch(() => undefined);

  return {
    ready: () => started,
    status: (uri) => status.status(uri),
    onDidChangeStatus: status.onDidChangeStatus,
    languageStatus: () => status.view(),
    previewHtml: (uri) => previews.html(uri),
  };
}

export async function deactivate(): Promise<void> {
  const lc = client;
  client = undefined;
  stopping = true;
  if (lc) await lc.stop();
}
