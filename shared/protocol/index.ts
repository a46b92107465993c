/**
 * What the VS Code client and the language server agree on: the language id, settings, commands and
 * custom messages. Declared once here (as vscode-eslint does) so the two sides cannot drift.
 * Pure types and constants: no vscode, no LSP runtime.
 */
import type { Severity } from '../src/finding';
import type { PreviewModel } from '../src/preview';

export const LANGUAGE_ID = 'govreport';
export const SETTINGS_SECTION = 'govreport';
export const DIAGNOSTIC_SOURCE = 'govreport';
/**
 * The configuration files (`.govreport-lint.json`) the client syncs to the server beside the reports: the
 * server never checks them, but the quick fix that turns a rule off edits the text open in the editor,
 * unsaved typing included, rather than the file as saved.
 */
export const CONFIG_FILE_PATTERN = '**/.govreport-lint.json';
/** Code action kind of fix-all, for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = 'source.fixAll.govreport';

/**
 * V8 options for the language server's Node, as the extension starts it (and as `npm run bench`
 * measures it). The server's garbage is short-lived (each analysis allocates and drops its objects), so
 * V8's young generation would grow to its default 16 MB semi-spaces and stay there: ~15 MB more resident
 * memory with 50 reports open (bench, 2026-12-02: 109-115 MB → 88-95 MB). The typical keystroke is as
 * fast either way (a smaller young generation is collected in shorter pauses); a 1 MB report's
 * keystrokes take about a tenth longer (median 78-80 → 88-90 ms), whose analysis keeps tens of MB alive
 * while it runs. Typing in a report of ordinary size and keeping many open comes first.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4'];

/**
 * Environment for the language server's process, added to the editor's (as the extension starts it, and
 * as `npm run bench` measures it). V8 compiles and collects garbage in threads of its own, and glibc's
 * malloc gives each thread that allocates an arena of its own, kept once grown: four to six arenas of 4-7
 * MB each in a server that has checked 50 reports, though its JavaScript heap holds 18 MB. Two arenas
 * hold the same allocations (bench, 2026-12-04: 100-104 MB → 92-95 MB resident with 50 reports open;
 * keystroke times unchanged). Ignored where the C library is not glibc.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

export type RuleLevel = Severity | 'off';

export interface GovReportSettings {
  /** Severity per rule code, or 'off'. */
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** Delay between the last keystroke and the check, in milliseconds (0 checks at once). */
  readonly debounceMs: number;
  /** Documents larger than this many characters are not checked (a diagnostic says so). */
  readonly maxDocumentSize: number;
  /** Detect reports among plain-text files by their opening lines. */
  readonly detectReports: boolean;
  /** Message language; 'auto' follows VS Code's display language. */
  readonly language: 'auto' | 'zh-CN' | 'en';
  /** Show inlay hints with the computed value beside a wrong total. */
  readonly inlayHints: boolean;
  /**
   * Last year's report (a file) or a folder of last year's reports, for the cross-year rules; relative to
   * the workspace folder. Empty: the report beside the document (same folder, same body, the year before).
   */
  readonly previousReport: string;
}

export const DEFAULT_SETTINGS: GovReportSettings = {
  rules: {},
  debounceMs: 150,
  maxDocumentSize: 8 * 1024 * 1024,
  detectReports: true,
  language: 'auto',
  inlayHints: true,
  previousReport: '',
};

export const COMMANDS = {
  checkAsReport: 'govreport.checkAsReport',
  fixAll: 'govreport.fixAll',
  checkWorkspace: 'govreport.checkWorkspace',
  showPreview: 'govreport.showPreview',
  viewDocument: 'govreport.viewDocument',
} as const;

/** Server → client: the state of a document's last check, for the language status item. */
export const STATUS_NOTIFICATION = 'govreport/status';

export interface StatusParams {
  readonly uri: string;
  readonly version: number | null;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly hints: number;
  /** ISO time of the check. */
  readonly checkedAt: string;
  /** How long the check took, in milliseconds. */
  readonly durationMs: number;
  /** The document was over `maxDocumentSize` and was not checked. */
  readonly tooLarge?: boolean;
  /** The `.govreport-lint.json` whose rule levels the check used (its path), when one applies. */
  readonly config?: string;
  /**
   * Whether diagnostics were published for this version. False when the check found exactly the
   * diagnostics already shown (an edit that moved none of them): the server sends nothing then.
   */
  readonly published: boolean;
}

/** Client → server: check every report file under the given folders (files not open included). */
export const CHECK_WORKSPACE_REQUEST = 'govreport/checkWorkspace';

export interface CheckWorkspaceParams {
  /** Folder URIs. */
  readonly folders: readonly string[];
}

export interface CheckWorkspaceResult {
  /** Report files checked. */
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos?: number;
  readonly hints?: number;
  /** Files that could not be read or decoded (binary, unknown encoding). */
  readonly unreadable?: number;
  /** `.txt` files that are not reports (left alone). */
  readonly skipped?: number;
  /** Files over `maxDocumentSize` (a diagnostic says so on each). */
  readonly tooLarge?: number;
}

/**
 * Client → server: a Word document or web page read as the report text the core checks (the same
 * readers as the command line), for a read-only view of it in the editor.
 */
export const READ_DOCUMENT_REQUEST = 'govreport/readDocument';

export interface ReadDocumentParams {
  /** A file URI. */
  readonly uri: string;
}

export type ReadDocumentResult =
  | { readonly ok: true; readonly format: 'text' | 'docx' | 'doc' | 'odt' | 'html' | 'pdf'; readonly text: string }
  /** Why the file could not be read, in the user's language. */
  | { readonly ok: false; readonly message: string };

/** URI scheme of the read-only report views of .docx, .html and .pdf files (the path is the file's). */
export const DOCUMENT_VIEW_SCHEME = 'govreport-document';

/** Files the read-only view opens (lower case). */
export const VIEWABLE_EXTENSIONS: readonly string[] = ['.docx', '.doc', '.wps', '.odt', '.fodt', '.html', '.htm', '.pdf'];

/**
 * Client → server: the document's tables with every finding placed on its cell, label or table, for
 * the preview that draws them as real tables. `null` when the document is not open or over the size
 * limit.
 */
export const TABLES_REQUEST = 'govreport/tables';

export interface TablesParams {
  readonly textDocument: { readonly uri: string };
}

export type TablesResult = (PreviewModel & { readonly version: number; readonly checkedAt: string }) | null;

/** The preview's webview type (one panel per report). */
export const PREVIEW_VIEW_TYPE = 'govreport.preview';

/** Code of the one diagnostic a document over `maxDocumentSize` gets instead of its findings. */
export const TOO_LARGE_CODE = 'document-too-large';

/**
 * Commands the server executes (`workspace/executeCommand`). Named apart from the client's COMMANDS
 * so that vscode-languageclient's automatic registration of server commands cannot collide with them.
 */
export const SERVER_COMMANDS = {
  /** Arguments: `[uri: string, version?: number]`. Applies every fix through `workspace/applyEdit`. */
  fixAll: 'govreport.server.fixAll',
} as const;
