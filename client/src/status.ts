/**
 * The language status item of a report (the `{}` beside "GovReport" in the status bar): the counts of
 * the last check and when it ran, from the server's `govreport/status` notification; busy while an
 * edit waits for its check; a warning when the document is over the size limit and was not checked.
 */
import * as vscode from 'vscode';
import { COMMANDS, LANGUAGE_ID, SETTINGS_SECTION, type StatusParams } from '../../shared/protocol';
import type { LanguageStatusView } from './api';

const SEVERITY_NAME = new Map<vscode.LanguageStatusSeverity, LanguageStatusView['severity']>([
  [vscode.LanguageStatusSeverity.Information, 'information'],
  [vscode.LanguageStatusSeverity.Warning, 'warning'],
  [vscode.LanguageStatusSeverity.Error, 'error'],
]);

/** Whether a notification's params have the shape of StatusParams (the server is trusted, not blindly). */
export function isStatusParams(v: unknown): v is StatusParams {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return (
    typeof p.uri === 'string' &&
    (p.version === null || typeof p.version === 'number') &&
    ['errors', 'warnings', 'infos', 'hints', 'durationMs'].every((k) => typeof p[k] === 'number') &&
    typeof p.checkedAt === 'string' &&
    (p.config === undefined || typeof p.config === 'string')
  );
}

export class StatusController implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly statuses = new Map<string, StatusParams>();
  private readonly emitter = new vscode.EventEmitter<StatusParams>();
  private readonly disposables: vscode.Disposable[] = [];
  private shownUri: string | undefined;
  private failed: string | undefined;

  readonly onDidChangeStatus = this.emitter.event;

  constructor() {
    this.item = vscode.languages.createLanguageStatusItem('govreport.status', { language: LANGUAGE_ID });
    this.item.name = vscode.l10n.t('GovReport check');
    this.disposables.push(
      this.item,
      this.emitter,
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document && e.contentChanges.length > 0) this.render();
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        // A language change closes and reopens the same document: keep its status only while open.
        setTimeout(() => {
          if (!vscode.workspace.textDocuments.includes(doc)) this.statuses.delete(doc.uri.toString());
        }, 0);
      }),
    );
    this.render();
  }

  status(uri: vscode.Uri): StatusParams | undefined {
    return this.statuses.get(uri.toString());
  }

  update(params: StatusParams): void {
    const before = this.statuses.get(params.uri);
    // Notifications may cross: never show an older check over a newer one.
    if (before && before.version !== null && params.version !== null && params.version < before.version) return;
    this.statuses.set(params.uri, params);
    this.emitter.fire(params);
    this.render();
  }

  /** The server could not start or stopped (a message), or runs again (undefined). */
  serverFailed(message: string | undefined): void {
    this.failed = message;
    this.render();
  }

  view(): LanguageStatusView {
    return {
      text: this.item.text,
      detail: this.item.detail,
      severity: SEVERITY_NAME.get(this.item.severity) ?? 'information',
      busy: this.item.busy,
      command: this.item.command,
      uri: this.shownUri,
    };
  }

  private render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const item = this.item;
    this.shownUri = doc?.languageId === LANGUAGE_ID ? doc.uri.toString() : undefined;
    item.severity = vscode.LanguageStatusSeverity.Information;
    item.busy = false;
    item.command = undefined;
    item.accessibilityInformation = undefined;
    if (this.failed !== undefined) {
      item.text = `$(error) ${vscode.l10n.t('GovReport: not running')}`;
      item.detail = this.failed;
      item.severity = vscode.LanguageStatusSeverity.Error;
      item.command = { title: vscode.l10n.t('Show Output'), command: 'govreport.showOutput' };
      return;
    }
    const s = doc && this.shownUri ? this.statuses.get(this.shownUri) : undefined;
    if (!doc || !s) {
      item.text = `$(sync~spin) ${vscode.l10n.t('GovReport: checking…')}`;
      item.detail = undefined;
      item.busy = true;
      return;
    }
    item.busy = s.version !== null && s.version < doc.version;
    const time = new Date(s.checkedAt);
    const when = Number.isNaN(time.getTime()) ? s.checkedAt : time.toLocaleTimeString(vscode.env.language);
    if (s.tooLarge) {
      item.text = `$(warning) ${vscode.l10n.t('GovReport: not checked, document too large')}`;
      item.detail = vscode.l10n.t('Larger than the setting {0} ({1})', `${SETTINGS_SECTION}.maxDocumentSize`, when);
      item.severity = vscode.LanguageStatusSeverity.Warning;
      item.command = { title: vscode.l10n.t('Change the Limit'), command: 'workbench.action.openSettings', arguments: [`${SETTINGS_SECTION}.maxDocumentSize`] };
      item.accessibilityInformation = { label: item.text.replace(/\$\([^)]*\)\s*/g, '') };
      return;
    }
    const total = s.errors + s.warnings + s.infos + s.hints;
    const parts = [`$(error) ${s.errors}`, `$(warning) ${s.warnings}`, `$(info) ${s.infos + s.hints}`];
    item.text = total === 0 ? `$(check) ${vscode.l10n.t('GovReport: no problems')}` : `GovReport ${parts.join(' ')}`;
    item.detail = vscode.l10n.t('Checked at {0} in {1} ms', when, formatMs(s.durationMs));
    // Rules a configuration file turned off are not counted: say which file set the levels.
    if (s.config !== undefined) item.detail += vscode.l10n.t('; rule levels from {0}', vscode.workspace.asRelativePath(s.config));
    item.accessibilityInformation = {
      label: vscode.l10n.t('GovReport: {0} errors, {1} warnings, {2} notes; checked at {3}', s.errors, s.warnings, s.infos + s.hints, when),
    };
    item.command =
      total === 0
        ? { title: vscode.l10n.t('Check Workspace'), command: COMMANDS.checkWorkspace }
        : { title: vscode.l10n.t('Fix All'), command: COMMANDS.fixAll, arguments: [doc.uri] };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function formatMs(ms: number): string {
  return ms < 10 ? ms.toFixed(1) : String(Math.round(ms));
}
