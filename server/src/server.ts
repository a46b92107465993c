/**
 * The language server: wires the connection to the document store, the scheduler and the features.
 * Only this layer (and the small feature modules beside it) knows LSP; the analysis is the core's.
 *
 * Robustness: every handler checks its params (params.ts) and is wrapped so that an exception in one
 * request is logged and answered with "nothing" — the server keeps serving the others.
 */
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Location,
} from 'vscode-languageserver/node';
import { localize, previewOf, type Finding, type Lang, type Position, type ReportModel } from '../../shared/src';
import {
  CHECK_WORKSPACE_REQUEST,
  DIAGNOSTIC_SOURCE,
  READ_DOCUMENT_REQUEST,
  TABLES_REQUEST,
  DEFAULT_SETTINGS,
  FIX_ALL_KIND,
  SERVER_COMMANDS,
  SETTINGS_SECTION,
  STATUS_NOTIFICATION,
  type CheckWorkspaceResult,
  type ReadDocumentResult,
  type TablesResult,
  type GovReportSettings,
} from '../../shared/protocol';
import { ConfigFinder, configRules, CONFIG_FILE, describeConfigError, type RuleLevels } from '../../shared/node/config';
import { FIX_ALL_TITLE, fixAllAction, isFixAllData, quickFixes, readCodeActionParams, versionedEdit, wants, wantsFixAll } from './codeActions';
import { countFindings, diagnosticsOf, RuleDocs, sameDiagnostics, statusOf } from './diagnostics';
import { DocumentStore, type Snapshot } from './documents';
import type { ModelRequest } from './features';
import { inlayHints } from './inlayHints';
import { readDocument } from './readDocument';
import { contentChanges, documentUri, isObject, isPosition, isRange, isVersion } from './params';
import { PreviousReports } from './previous';
import { Scheduler } from './scheduler';
import { analysisKey, normalizeSettings, resolveLang } from './settings';
import { turnOffActions, type OpenConfig } from './suppress';
import { LineDocument } from './lineDocument';
import { checkWorkspace, pathKey, pathOfUri, workspaceFolders } from './workspace';

export const SERVER_NAME = 'govreport-language-server';
export const SERVER_VERSION = packageVersion();

/** The version of the installed package (dist/server.js sits one folder below package.json). */
function packageVersion(): string {
  for (const p of [resolve(__dirname, '..', 'package.json'), resolve(__dirname, '..', '..', 'package.json')]) {
    try {
      const pkg: unknown = JSON.parse(readFileSync(p, 'utf8'));
      if (isObject(pkg) && pkg.name === 'govreport-lint' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      /* try the next */
    }
  }
  return '0.0.0';
}

/** What was last published for a document. */
interface Published {
  readonly version: number;
  /** The analysis settings and the language the diagnostics were made with. */
  readonly key: string;
  readonly findings: readonly Finding[] | undefined;
  /** Last year's report the findings were made against. */
  readonly previous: ReportModel | undefined;
}

interface ClientSupport {
  configuration: boolean;
  dynamicConfiguration: boolean;
  documentChanges: boolean;
  markdownHover: boolean;
  codeActionResolve: boolean;
  inlayHintRefresh: boolean;
  watchedFiles: boolean;
  /** Workspace edits may create files. */
  createFiles: boolean;
  /** Code actions may be sent disabled, with the reason shown. */
  disabledActions: boolean;
  /** The client tells when workspace folders are added or removed. */
  workspaceFolders: boolean;
}

function clientSupport(params: InitializeParams): ClientSupport {
  // Read defensively: a client may send anything here.
  const caps: ClientCapabilities = isObject(params.capabilities) ? (params.capabilities as ClientCapabilities) : {};
  const ws = caps.workspace ?? {};
  const td = caps.textDocument ?? {};
  const hoverFormats = td.hover?.contentFormat;
  return {
    configuration: ws.configuration === true,
    dynamicConfiguration: ws.didChangeConfiguration?.dynamicRegistration === true,
    documentChanges: ws.workspaceEdit?.documentChanges === true,
    markdownHover: Array.isArray(hoverFormats) ? hoverFormats.includes('markdown') : false,
    codeActionResolve: Array.isArray(td.codeAction?.resolveSupport?.properties) && td.codeAction.resolveSupport.properties.includes('edit'),
    inlayHintRefresh: ws.inlayHint?.refreshSupport === true,
    watchedFiles: ws.didChangeWatchedFiles?.dynamicRegistration === true,
    createFiles: Array.isArray(ws.workspaceEdit?.resourceOperations) && ws.workspaceEdit.resourceOperations.includes('create'),
    disabledActions: td.codeAction?.disabledSupport === true,
    workspaceFolders: ws.workspaceFolders === true,
  };
}

/** Settings sent without being asked: `initializationOptions` or `didChangeConfiguration`'s payload. */
function pushedSettings(v: unknown): unknown {
  if (!isObject(v)) return undefined;
  if (isObject(v.settings)) return pushedSettings(v.settings) ?? v.settings;
  if (isObject(v[SETTINGS_SECTION])) return v[SETTINGS_SECTION];
  return undefined;
}

/**
 * `initializationOptions`: wrapped as a payload (`{ govreport: … }`, `{ settings: … }`), or the settings
 * themselves (`{ language: 'en' }`, as an editor configured by hand sends them), known by a setting's name.
 */
function initialSettings(v: unknown): unknown {
  const pushed = pushedSettings(v);
  if (pushed !== undefined) return pushed;
  return isObject(v) && Object.keys(DEFAULT_SETTINGS).some((k) => k in v) ? v : undefined;
}

/** The workspace folders `initialize` names, as paths (file: URIs only). */
function folderPaths(p: Partial<InitializeParams>): string[] {
  return Array.isArray(p.workspaceFolders) ? pathsOfFolders(p.workspaceFolders) : pathsOfUris([typeof p.rootUri === 'string' ? p.rootUri : undefined]);
}

/** Workspace folders (`{ uri, name }`) as paths (file: URIs only). */
function pathsOfFolders(folders: readonly unknown[]): string[] {
  return pathsOfUris(folders.map((f) => (isObject(f) ? f.uri : undefined)));
}

function pathsOfUris(uris: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const u of uris) {
    if (typeof u !== 'string' || !u.startsWith('file:')) continue;
    try {
      out.push(fileURLToPath(u));
    } catch {
      /* not a path on this machine */
    }
  }
  return out;
}

export function startServer(connection: Connection): void {
  const log = (what: string, e: unknown) => connection.console.error(`${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  const previousReports = new PreviousReports();
  /** The workspace's folders (from `initialize`), which a relative `previousReport` setting starts from. */
  let roots: readonly string[] = [];
  // Each document's .govreport-lint.json (file: URIs only), read once per folder until one changes.
  const configs = new ConfigFinder();
  const toldConfigErrors = new Set<string>();
  function configFor(uri: string): { path: string; rules: RuleLevels } | undefined {
    const path = pathOfUri(uri);
    if (path === undefined) return undefined;
    const { config, error } = configs.lookup(path);
    // Not while the file is open with unsaved edits (the quick fix that turns a rule off creates it
    // empty on disk, its text unsaved in the editor): the watcher checks again once it is saved.
    if (error) {
      const said = `${error.path}: ${error.reason.en}`;
      if (!toldConfigErrors.has(said) && !unsaved(error.path)) {
        toldConfigErrors.add(said);
        const message = `GovReport: ${error.path}: ${describeConfigError(error, lang())}`;
        connection.console.warn(message);
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
      }
    }
    return config ? { path: config.path, rules: configRules(config, path) } : undefined;
  }
  /**
   * The `.govreport-lint.json` files open in the editor (the client syncs them too), kept apart from the
   * reports: never checked, only read by the quick fix that turns a rule off, so that it edits the text
   * the user sees, unsaved typing included. The checks read the files as saved.
   */
  const configDocs = new Map<string, LineDocument>();
  const isConfigUri = (uri: string): boolean => uri.endsWith(`/${CONFIG_FILE}`);
  function openConfig(configPath: string): OpenConfig | undefined {
    const key = pathKey(configPath);
    for (const doc of configDocs.values()) if (pathOfUri(doc.uri) === key) return { uri: doc.uri, version: doc.version, text: doc.getText() };
    return undefined;
  }
  /** The configuration file at `path` is open in the editor with a text other than the file's. */
  function unsaved(path: string): boolean {
    const open = openConfig(path);
    if (!open) return false;
    try {
      return readFileSync(path, 'utf8').replace(/^\ufeff/, '') !== open.text;
    } catch {
      return true;
    }
  }
  const store = new DocumentStore((uri, text, cache, own) => previousReports.for(uri, text, cache, own.previousReport, roots), configFor);
  const docs = new RuleDocs();
  let settings: GovReportSettings = DEFAULT_SETTINGS;
  let locale: string | undefined;
  let support: ClientSupport = {
    configuration: false,
    dynamicConfiguration: false,
    documentChanges: false,
    markdownHover: false,
    codeActionResolve: false,
    inlayHintRefresh: false,
    watchedFiles: false,
    createFiles: false,
    disabledActions: false,
    workspaceFolders: false,
  };
  /**
   * What was last published per document, so nothing is sent twice and nothing older after newer; with
   * the findings it showed, so that a check finding exactly those again sends nothing (on a 1 MB report
   * with a thousand findings a keystroke would otherwise send a megabyte of diagnostics the editor has).
   */
  const published = new Map<string, Published>();
  let settingsReady = true;
  const waitingForSettings = new Set<string>();

  const lang = (): Lang => resolveLang(settings, locale);
  const editOptions = () => ({ documentChanges: support.documentChanges });

  /**
   * Wraps a request handler: an exception is logged and answered with `fallback`; a request cancelled
   * while it waited for an analysis is answered with `fallback` too (the client has stopped caring).
   */
  function guard<P, R>(what: string, fallback: R, fn: (p: P, token: CancellationToken | undefined) => R | Promise<R>) {
    return async (p: P, token?: CancellationToken): Promise<R> => {
      try {
        const r = await fn(p, token);
        return token?.isCancellationRequested ? fallback : r;
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        log(what, e);
        return fallback;
      }
    };
  }

  /** Wraps a notification handler: an exception is logged, never thrown. */
  function guardNote<P>(what: string, fn: (p: P) => void) {
    return (p: P): void => {
      try {
        fn(p);
      } catch (e) {
        log(what, e);
      }
    };
  }

  function publish(snap: Snapshot): void {
    const key = `${snap.key}|${lang()}`;
    const last = published.get(snap.uri);
    if (last && last.key === key && last.version >= snap.version) return;
    if (!store.get(snap.uri)) return;
    // The diagnostics shown stay exact when the same findings come back, with last year's report (where
    // related information may point) the same one: an edit on a line without findings moves none of them.
    const unchanged =
      last !== undefined && last.key === key && last.findings !== undefined && snap.findings !== undefined && last.previous === snap.previous?.model && sameDiagnostics(last.findings, snap.findings, lang());
    published.set(snap.uri, { version: snap.version, key, findings: snap.findings, previous: snap.previous?.model });
    if (!unchanged) void connection.sendDiagnostics({ uri: snap.uri, version: snap.version, diagnostics: diagnosticsOf(snap, snap.limit, lang(), docs) });
    void connection.sendNotification(STATUS_NOTIFICATION, statusOf(snap, !unchanged));
  }

  function runCheck(uri: string): void {
    if (!settingsReady) {
      waitingForSettings.add(uri);
      return;
    }
    settingsOf(uri)
      .then((own) => store.current(uri, own))
      .then(
        (snap) => snap && publish(snap),
        (e: unknown) => log(`check ${uri}`, e),
      );
  }

  const scheduler = new Scheduler(runCheck);

  /** The current snapshot of the document a request names. */
  async function snapshotOf(params: unknown): Promise<Snapshot | undefined> {
    const uri = documentUri(params);
    return uri ? store.current(uri, await settingsOf(uri)) : undefined;
  }

  function applySettings(next: GovReportSettings): void {
    const before = settings;
    settings = next;
    if (analysisKey(before) !== analysisKey(next)) store.invalidateAll();
    // Re-check (or re-publish in the new language) every open document.
    for (const doc of store.all()) scheduler.schedule(doc.uri, 0);
    if (support.inlayHintRefresh) connection.languages.inlayHint.refresh().catch(() => undefined);
  }

  /** A configuration file changed: every document is checked again with what the files say now. */
  function configurationFilesChanged(): void {
    configs.clear();
    toldConfigErrors.clear();
    store.invalidateAll();
    for (const doc of store.all()) scheduler.schedule(doc.uri, 0);
  }

  /**
   * The settings of each workspace folder (by its path), pulled with the folder as `scopeUri` when first
   * needed, so that a folder's own settings (its .vscode/settings.json in a multi-root workspace) apply to
   * its documents; forgotten when the configuration changes. A document in no folder, or not a file, has
   * the settings pulled without a scope. The messages' language, the debounce and the inlay hints are
   * the window's (VS Code gives every folder the window's value of those).
   */
  const folderSettings = new Map<string, Promise<GovReportSettings>>();

  /** The workspace folder a document is in (the innermost when folders nest). */
  function folderOf(uri: string): string | undefined {
    const path = pathOfUri(uri);
    if (path === undefined) return undefined;
    let found: string | undefined;
    for (const root of roots) {
      const r = pathKey(root);
      if ((path === r || path.startsWith(r.endsWith(sep) ? r : r + sep)) && (found === undefined || r.length > found.length)) found = r;
    }
    return found;
  }

  /** The settings a document is checked with (before its .govreport-lint.json): its folder's. */
  function settingsOf(uri: string): Promise<GovReportSettings> {
    const folder = support.configuration ? folderOf(uri) : undefined;
    if (folder === undefined) return Promise.resolve(settings);
    let pulled = folderSettings.get(folder);
    if (!pulled) {
      pulled = connection.workspace.getConfiguration({ scopeUri: pathToFileURL(folder).href, section: SETTINGS_SECTION }).then(
        (raw: unknown) => normalizeSettings(raw),
        (e: unknown) => {
          log('workspace/configuration', e);
          folderSettings.delete(folder);
          return settings;
        },
      );
      folderSettings.set(folder, pulled);
    }
    return pulled;
  }

  let pullGeneration = 0;
  async function pullSettings(): Promise<void> {
    const generation = ++pullGeneration;
    folderSettings.clear();
    try {
      const raw: unknown = await connection.workspace.getConfiguration(SETTINGS_SECTION);
      if (generation === pullGeneration) applySettings(normalizeSettings(raw));
    } catch (e) {
      log('workspace/configuration', e);
    }
  }

  function releaseChecks(): void {
    if (settingsReady) return;
    settingsReady = true;
    for (const uri of waitingForSettings) scheduler.schedule(uri, 0);
    waitingForSettings.clear();
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const p: Partial<InitializeParams> = isObject(params) ? params : {};
    support = clientSupport(p as InitializeParams);
    locale = typeof p.locale === 'string' ? p.locale : undefined;
    roots = folderPaths(p);
    const initial = initialSettings(p.initializationOptions);
    if (initial !== undefined) settings = normalizeSettings(initial);
    // With pulled configuration, the first checks wait (briefly) for the settings.
    if (support.configuration) settingsReady = false;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        documentSymbolProvider: { label: 'GovReport' },
        foldingRangeProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        inlayHintProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [SERVER_COMMANDS.fixAll] },
        // Folders added later have their own settings (and are where a relative previousReport starts).
        ...(support.workspaceFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (support.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guardNote('didChangeWorkspaceFolders', (event: unknown) => {
          const e = isObject(event) ? event : {};
          const removed = new Set(pathsOfFolders(Array.isArray(e.removed) ? e.removed : []).map(pathKey));
          const added = pathsOfFolders(Array.isArray(e.added) ? e.added : []);
          roots = [...roots.filter((r) => !removed.has(pathKey(r))), ...added];
          folderSettings.clear();
          for (const doc of store.all()) scheduler.schedule(doc.uri, 0);
        }),
      );
    }
    if (support.dynamicConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch((e: unknown) => log('register', e));
    }
    // A .govreport-lint.json created, changed or deleted anywhere changes the rules of the reports below it.
    if (support.watchedFiles) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE}` }] }).catch((e: unknown) => log('register', e));
    }
    if (support.configuration) {
      const timeout = setTimeout(releaseChecks, 1000);
      void pullSettings().finally(() => {
        clearTimeout(timeout);
        releaseChecks();
      });
    }
  });

  connection.onDidChangeConfiguration(
    guardNote('didChangeConfiguration', (params: unknown) => {
      if (support.configuration) {
        void pullSettings();
        return;
      }
      const pushed = pushedSettings(params);
      if (pushed !== undefined) applySettings(normalizeSettings(pushed));
    }),
  );

  // Documents -----------------------------------------------------------------------------------

  connection.onDidOpenTextDocument(
    guardNote('didOpen', (params: unknown) => {
      if (!isObject(params) || !isObject(params.textDocument)) return;
      const td = params.textDocument;
      if (typeof td.uri !== 'string' || typeof td.text !== 'string') return;
      if (isConfigUri(td.uri)) {
        configDocs.set(td.uri, new LineDocument(td.uri, typeof td.languageId === 'string' ? td.languageId : 'json', isVersion(td.version) ? td.version : 0, td.text));
        return;
      }
      store.open(td.uri, typeof td.languageId === 'string' ? td.languageId : 'govreport', isVersion(td.version) ? td.version : 0, td.text);
      published.delete(td.uri);
      scheduler.schedule(td.uri, 0);
    }),
  );

  connection.onDidChangeTextDocument(
    guardNote('didChange', (params: unknown) => {
      const uri = documentUri(params);
      if (!uri || !isObject(params) || !isObject(params.textDocument)) return;
      const changes = contentChanges(params.contentChanges);
      const version = params.textDocument.version;
      if (!changes || !isVersion(version)) {
        connection.console.warn(`didChange for ${uri} ignored: malformed changes or version`);
        return;
      }
      const config = configDocs.get(uri);
      if (config) {
        config.update(changes, version);
        return;
      }
      if (!store.change(uri, version, changes)) return;
      scheduler.schedule(uri, settings.debounceMs);
    }),
  );

  connection.onDidChangeWatchedFiles(
    guardNote('didChangeWatchedFiles', (params: unknown) => {
      const changes = isObject(params) && Array.isArray(params.changes) ? params.changes : [];
      if (changes.some((c: unknown) => isObject(c) && typeof c.uri === 'string' && c.uri.endsWith(`/${CONFIG_FILE}`))) configurationFilesChanged();
    }),
  );

  connection.onDidCloseTextDocument(
    guardNote('didClose', (params: unknown) => {
      const uri = documentUri(params);
      if (!uri) return;
      if (configDocs.delete(uri)) return;
      scheduler.cancel(uri);
      waitingForSettings.delete(uri);
      if (store.close(uri)) {
        published.delete(uri);
        void connection.sendDiagnostics({ uri, diagnostics: [] });
      }
    }),
  );

  // Features ------------------------------------------------------------------------------------

  connection.onDocumentSymbol(
    guard('documentSymbol', null, async (params) => {
      const snap = await snapshotOf(params);
      return snap?.findings ? ((await store.model(snap, { op: 'symbols', lang: lang() })) ?? null) : null;
    }),
  );

  connection.onFoldingRanges(
    guard('foldingRange', null, async (params) => {
      const snap = await snapshotOf(params);
      return snap?.findings ? ((await store.model(snap, { op: 'folding' })) ?? null) : null;
    }),
  );

  connection.onHover(
    guard('hover', null, async (params) => {
      if (!isObject(params) || !isPosition(params.position)) return null;
      const position = params.position;
      const snap = await snapshotOf(params);
      return snap?.findings ? ((await store.model(snap, { op: 'hover', position, lang: lang(), markdown: support.markdownHover })) ?? null) : null;
    }),
  );

  /** The ranges a model request gives, as locations in the document asked about. */
  async function locations(params: unknown, req: (position: Position) => Extract<ModelRequest, { op: 'definition' | 'references' }>): Promise<Location[] | null> {
    if (!isObject(params) || !isPosition(params.position)) return null;
    const snap = await snapshotOf(params);
    if (!snap?.findings) return null;
    const ranges = (await store.model(snap, req(params.position))) ?? [];
    return ranges.length > 0 ? ranges.map((range) => ({ uri: snap.uri, range })) : null;
  }

  connection.onDefinition(guard('definition', null, (params) => locations(params, (position) => ({ op: 'definition', position }))));

  connection.onReferences(
    guard('references', null, (params) => {
      const includeDeclaration = isObject(params) && isObject(params.context) && params.context.includeDeclaration === true;
      return locations(params, (position) => ({ op: 'references', position, includeDeclaration }));
    }),
  );

  connection.onDocumentHighlight(
    guard('documentHighlight', null, async (params) => {
      if (!isObject(params) || !isPosition(params.position)) return null;
      const position = params.position;
      const snap = await snapshotOf(params);
      const found = snap?.findings ? await store.model(snap, { op: 'highlight', position }) : undefined;
      return found && found.length > 0 ? found : null;
    }),
  );

  connection.languages.inlayHint.on(
    guard('inlayHint', null, async (params) => {
      if (!settings.inlayHints || !isObject(params) || !isRange(params.range)) return null;
      const range = params.range;
      const snap = await snapshotOf(params);
      return snap?.findings ? inlayHints(snap.findings, range, lang()) : null;
    }),
  );

  connection.onCodeAction(
    guard('codeAction', null, async (params) => {
      const req = readCodeActionParams(params);
      if (!req) return null;
      const snap = await snapshotOf(params);
      if (!snap) return null;
      const actions: CodeAction[] = quickFixes(snap, req, lang(), docs, editOptions());
      // Turning a rule off for this report, in its .govreport-lint.json.
      const path = pathOfUri(snap.uri);
      if (path !== undefined && wants(req.only, CodeActionKind.QuickFix)) {
        const can = { documentChanges: support.documentChanges, createFiles: support.createFiles, disabled: support.disabledActions };
        actions.push(...turnOffActions(path, req.diagnostics, configs.lookup(path), lang(), can, DIAGNOSTIC_SOURCE, openConfig));
      }
      if (wantsFixAll(snap, req)) {
        // On save (`only` given) the edits are needed now; the light bulb gets them on resolve.
        const lazy = support.codeActionResolve && !req.only;
        const edits = lazy ? undefined : ((await store.model(snap, { op: 'fixAll', rules: snap.rules })) ?? []);
        const all = fixAllAction(snap, lang(), edits, editOptions());
        if (all) actions.push(all);
      }
      return actions;
    }),
  );

  connection.onCodeActionResolve(
    guard('codeAction/resolve', null as unknown as CodeAction, async (action: CodeAction) => {
      if (!isObject(action) || !isFixAllData(action.data)) return action;
      const { uri, version } = action.data.fixAll;
      const snap = await store.current(uri, await settingsOf(uri));
      // The document has moved on: no edit (the client asks again for the new version).
      if (!snap || snap.version !== version) return action;
      const edits = (await store.model(snap, { op: 'fixAll', rules: snap.rules })) ?? [];
      return { ...action, edit: versionedEdit(uri, version, edits, editOptions()) };
    }),
  );

  connection.onExecuteCommand(
    guard('executeCommand', false as boolean | null, async (params, token) => {
      if (!isObject(params) || params.command !== SERVER_COMMANDS.fixAll) return null;
      const args: unknown[] = Array.isArray(params.arguments) ? params.arguments : [];
      const uri = typeof args[0] === 'string' ? args[0] : undefined;
      const snap = uri ? await store.current(uri, await settingsOf(uri)) : undefined;
      if (!snap?.findings) return false;
      if (isVersion(args[1]) && args[1] !== snap.version) return false;
      const edits = (await store.model(snap, { op: 'fixAll', rules: snap.rules })) ?? [];
      if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      if (edits.length === 0) return true;
      const result = await connection.workspace.applyEdit({ label: localize(FIX_ALL_TITLE, lang()), edit: versionedEdit(snap.uri, snap.version, edits, editOptions()) });
      return result.applied;
    }),
  );

  connection.onRequest(
    TABLES_REQUEST,
    guard('tables', null, async (params): Promise<TablesResult> => {
      const snap = await snapshotOf(params);
      if (!snap?.model || !snap.findings) return null;
      return { ...previewOf(snap.model.tables, snap.findings, lang()), version: snap.version, checkedAt: snap.checkedAt.toISOString() };
    }),
  );

  connection.onRequest<ReadDocumentResult, never>(READ_DOCUMENT_REQUEST, (params: unknown): ReadDocumentResult => {
    const result = readDocument(params, lang());
    if (!result) throw new ResponseError(-32602 /* InvalidParams */, 'expected { uri: string }');
    return result;
  });

  connection.onRequest(CHECK_WORKSPACE_REQUEST, async (params: unknown, token): Promise<CheckWorkspaceResult> => {
    const folders = workspaceFolders(params);
    if (!folders) throw new ResponseError(-32602 /* InvalidParams */, 'expected { folders: string[] }');
    const result = await checkWorkspace(folders, {
      settingsFor: async (uri) => store.settingsFor(uri, await settingsOf(uri)),
      lang: lang(),
      docs,
      openUri: (path) => {
        for (const doc of store.all()) if (pathOfUri(doc.uri) === path) return doc.uri;
        return undefined;
      },
      checkOpen: async (uri) => {
        const snap = await store.current(uri, await settingsOf(uri));
        if (!snap) return undefined;
        publish(snap);
        return snap.findings ? countFindings(snap.findings) : { errors: 0, warnings: 1, infos: 0, hints: 0 };
      },
      publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
      cancelled: () => token.isCancellationRequested,
      previousFor: (uri, text, own) => previousReports.for(uri, text, undefined, own.previousReport, roots),
    });
    if (!result) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return result;
  });

  connection.onShutdown(() => {
    scheduler.cancelAll();
  });

  connection.listen();
}
