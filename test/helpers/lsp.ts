/**
 * A minimal LSP client for the protocol tests: starts the BUNDLED server (`node dist/server.js --stdio`,
 * or any script given) and speaks JSON-RPC over its stdio, as Neovim or Emacs would.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../../shared/protocol';

export const ROOT = join(__dirname, '..', '..');
export const SERVER_JS = join(ROOT, 'dist', 'server.js');

/** What a full-featured editor announces (VS Code's shape, trimmed to what the server reads). */
export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
    inlayHint: { refreshSupport: true },
  },
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { resolveSupport: { properties: ['edit'] } },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, versionSupport: true },
  },
};

export interface StartOptions {
  readonly script?: string;
  readonly args?: readonly string[];
  readonly capabilities?: ClientCapabilities;
  readonly locale?: string;
  readonly initializationOptions?: unknown;
  /**
   * Answers workspace/configuration (the `govreport` section), for the item's `scopeUri` (undefined when
   * the server asks without one); when absent the client does not pull.
   */
  readonly settings?: (scopeUri?: string) => unknown;
  /** The workspace's folders (paths), sent in `initialize`. */
  readonly workspaceFolders?: readonly string[];
}

interface Waiter<T> {
  readonly match: (v: T) => boolean;
  readonly resolve: (v: T) => void;
}

export class TestClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly statuses: StatusParams[] = [];
  /** For each status, how many diagnostics notifications had arrived before it. */
  private readonly diagnosticsBeforeStatus: number[] = [];
  readonly logs: string[] = [];
  readonly stderr: string[] = [];
  private readonly diagWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly statusWaiters: Waiter<StatusParams>[] = [];
  private readonly versions = new Map<string, number>();
  readonly exited: Promise<number | null>;
  initializeResult?: InitializeResult;
  /** How many times the server asked to refresh inlay hints (it does after applying new settings). */
  refreshes = 0;
  /** The edits the server asked the client to apply (answered `applied: true`). */
  applied: unknown[] = [];
  /** What the server registered (`client/registerCapability` params). */
  readonly registrations: unknown[] = [];
  /** Messages the server asked the client to show (`window/showMessage`). */
  readonly shown: string[] = [];
  /** The items of every `workspace/configuration` request the server sent. */
  readonly configurationItems: { scopeUri?: string; section?: string }[] = [];

  private constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {
    this.exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
    proc.stderr.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.push(p);
      this.fire(this.diagWaiters, p);
    });
    connection.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
      this.statuses.push(p);
      this.diagnosticsBeforeStatus.push(this.diagnostics.length);
      this.fire(this.statusWaiters, p);
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    connection.onRequest('client/registerCapability', (p: unknown) => {
      this.registrations.push(p);
      return null;
    });
    connection.onNotification('window/showMessage', (p: { message: string }) => {
      this.shown.push(p.message);
    });
    connection.onRequest('workspace/inlayHint/refresh', () => {
      this.refreshes++;
      return null;
    });
    connection.onRequest('workspace/applyEdit', (p: unknown) => {
      this.applied.push(p);
      return { applied: true };
    });
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const proc = spawn(process.execPath, [options.script ?? SERVER_JS, ...(options.args ?? ['--stdio'])], { stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const client = new TestClient(proc, connection);
    if (options.settings) {
      const settings = options.settings;
      connection.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
        p.items.map((item) => {
          client.configurationItems.push(item);
          return settings(item.scopeUri);
        }),
      );
    }
    connection.listen();
    const capabilities = options.capabilities ?? (options.settings ? FULL_CAPABILITIES : { textDocument: FULL_CAPABILITIES.textDocument, workspace: { workspaceEdit: { documentChanges: true } } });
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      ...(options.workspaceFolders ? { workspaceFolders: options.workspaceFolders.map((f) => ({ uri: pathToFileURL(f).href, name: basename(f) })) } : {}),
      capabilities,
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private fire<T>(waiters: Waiter<T>[], v: T): void {
    for (const w of waiters.slice()) {
      if (w.match(v)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(v);
      }
    }
  }

  private wait<T>(list: readonly T[], waiters: Waiter<T>[], match: (v: T) => boolean, what: string, timeoutMs: number, from: number): Promise<T> {
    const seen = list.slice(from).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr.join('')}; log: ${this.logs.join('\n')}`));
      }, timeoutMs);
      const waiter: Waiter<T> = {
        match,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
      };
      waiters.push(waiter);
    });
  }

  /**
   * The diagnostics the editor shows for `uri` once the server has checked `version`, looking at what
   * arrived after index `from` of the diagnostics log: those published for that version or, when the
   * server's status says the check found the diagnostics already shown (it then publishes nothing),
   * the last ones published (with the version they were published for). Without a version: the first
   * diagnostics published after `from`.
   */
  async waitForDiagnostics(uri: string, version?: number, from = 0, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    if (version === undefined) return this.wait(this.diagnostics, this.diagWaiters, (p) => p.uri === uri, `diagnostics of ${uri}`, timeoutMs, from);
    let shown: PublishDiagnosticsParams | undefined;
    const settled = (): boolean => {
      shown = this.diagnostics.slice(from).find((p) => p.uri === uri && p.version === version);
      if (shown) return true;
      const unchanged = this.statuses.some((s, i) => s.uri === uri && s.version === version && !s.published && this.diagnosticsBeforeStatus[i]! >= from);
      if (unchanged) shown = this.diagnostics.filter((p) => p.uri === uri).pop();
      return shown !== undefined;
    };
    await this.until(settled, `diagnostics of ${uri}@${version}; stderr: ${this.stderr.join('')}; log: ${this.logs.join('\n')}`, timeoutMs);
    return shown!;
  }

  /** The first diagnostics published for `uri` after index `from` that satisfy `match`. */
  waitForDiagnosticsWhere(uri: string, match: (p: PublishDiagnosticsParams) => boolean, from = 0, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return this.wait(this.diagnostics, this.diagWaiters, (p) => p.uri === uri && match(p), `matching diagnostics of ${uri}`, timeoutMs, from);
  }

  waitForStatusWhere(uri: string, match: (p: StatusParams) => boolean, from = 0, timeoutMs = 10_000): Promise<StatusParams> {
    return this.wait(this.statuses, this.statusWaiters, (p) => p.uri === uri && match(p), `matching status of ${uri}`, timeoutMs, from);
  }

  waitForStatus(uri: string, version?: number, from = 0, timeoutMs = 10_000): Promise<StatusParams> {
    return this.wait(this.statuses, this.statusWaiters, (p) => p.uri === uri && (version === undefined || p.version === version), `status of ${uri}@${version}`, timeoutMs, from);
  }

  /** Waits until `condition()` holds (polling), e.g. for a count to grow. */
  async until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** Sends didChangeConfiguration and waits until the server has pulled and applied the settings. */
  async reconfigure(): Promise<void> {
    const before = this.refreshes;
    await this.notify('workspace/didChangeConfiguration', { settings: null });
    await this.until(() => this.refreshes > before, 'the settings to be applied');
  }

  async open(uri: string, text: string, version = 1, languageId = 'govreport'): Promise<void> {
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** Sends changes as the next version; returns that version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** shutdown, exit, and the process's exit code. */
  async stop(): Promise<number | null> {
    if (this.proc.exitCode !== null) return this.proc.exitCode;
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      /* already gone */
    }
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([this.exited, new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), 5000)))]);
    clearTimeout(timer);
    if (code === 'timeout') {
      this.proc.kill();
      return null;
    }
    this.connection.dispose();
    return code;
  }
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}
