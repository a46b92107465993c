/**
 * Helpers of the extension's integration suite. Nothing here sleeps for a fixed time: every wait
 * re-checks its condition when a relevant event fires (and on a short poll, for state that has no
 * event), and fails at a deadline with what it saw last.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GovReportApi } from '../../../client/src/api';

export const EXTENSION_ID = 'govreport-lint.govreport-lint';
export const DEFAULT_DEADLINE_MS = 20_000;

export interface WaitOptions {
  readonly timeoutMs?: number;
  /** Events after which the condition is re-checked at once. */
  readonly events?: readonly vscode.Event<unknown>[];
}

/**
 * Resolves with the first truthy value of `probe`; rejects at the deadline with `what` and the last
 * value seen, so that a failure says what was expected and what there was.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, options: WaitOptions = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_DEADLINE_MS);
  let wake: (() => void) | undefined;
  const subscriptions = (options.events ?? []).map((e) => e(() => wake?.()));
  let last: unknown;
  try {
    for (;;) {
      const value = await probe();
      if (value) return value;
      last = value;
      if (Date.now() > deadline) throw new Error(`timed out after ${options.timeoutMs ?? DEFAULT_DEADLINE_MS} ms waiting for ${what} (last: ${String(last)})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, 50);
        function done(): void {
          clearTimeout(timer);
          wake = undefined;
          resolve();
        }
        wake = done;
      });
    }
  } finally {
    for (const s of subscriptions) s.dispose();
  }
}

export async function extensionApi(): Promise<GovReportApi> {
  const ext = vscode.extensions.getExtension<GovReportApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  const api = ext.isActive ? ext.exports : await ext.activate();
  await api.ready();
  return api;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite runs with the prepared workspace folder open');
  return folder.uri;
}

export function fileIn(...path: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...path);
}

/** A fresh copy of a prepared file under `scratch/`, so a test may change and save it freely. */
export async function scratchCopy(source: string, name: string): Promise<vscode.Uri> {
  const target = fileIn('scratch', name);
  await vscode.workspace.fs.copy(fileIn(source), target, { overwrite: true });
  return target;
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** The diagnostics of a document once `accept` holds for them. */
export function waitForDiagnostics(uri: vscode.Uri, what: string, accept: (ds: readonly vscode.Diagnostic[]) => boolean, timeoutMs?: number): Promise<readonly vscode.Diagnostic[]> {
  return waitFor(
    `diagnostics of ${vscode.workspace.asRelativePath(uri)}: ${what}`,
    () => {
      const ds = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'govreport');
      return accept(ds) ? ds : undefined;
    },
    { events: [vscode.languages.onDidChangeDiagnostics], ...(timeoutMs ? { timeoutMs } : {}) },
  );
}

export function waitForLanguage(uri: vscode.Uri, languageId: string): Promise<vscode.TextDocument> {
  return waitFor(`${vscode.workspace.asRelativePath(uri)} to be ${languageId}`, () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === languageId), {
    events: [vscode.workspace.onDidOpenTextDocument],
  });
}

/** Closes every editor without saving (tests change documents they do not mean to keep). */
export async function closeAllEditors(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.activeTextEditor; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets a `govreport` setting in the workspace, and returns a function that restores it. */
export async function setSetting(key: string, value: unknown, section = 'govreport'): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration(section);
  const before = config.inspect(key)?.workspaceValue;
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  return async () => {
    await vscode.workspace.getConfiguration(section).update(key, before, vscode.ConfigurationTarget.Workspace);
  };
}

/**
 * Asks the harness for a screenshot of the workbench (only when it takes them: GOVREPORT_SCREENSHOTS
 * names the folder) and waits until it is written. `click`: a CSS selector the harness clicks first
 * (for UI an extension cannot open, such as the language status hover).
 */
export async function screenshot(name: string, options: { readonly click?: string } = {}): Promise<void> {
  const dir = process.env.GOVREPORT_SCREENSHOTS;
  if (!dir) return;
  const target = vscode.Uri.file(`${dir}/${name}.png`);
  console.log(`[govreport-e2e] screenshot ${name} ${JSON.stringify(options)}`);
  await waitFor(`screenshot ${name}`, async () => {
    try {
      await vscode.workspace.fs.stat(target);
      return true;
    } catch {
      return false;
    }
  });
}
