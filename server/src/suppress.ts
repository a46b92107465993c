/**
 * The quick fix that turns a rule off for one report: an override naming the report alone in the
 * nearest `.govreport-lint.json`, or a new such file beside the report when there is none. It is a
 * workspace edit the user sees applied; the watcher re-checks once the file is saved.
 *
 * When that file is open in the editor, the edit is made on the text there (what the user has typed
 * and not saved included), versioned so that an editor that has moved on refuses it; from the file on
 * disk only when it is not open. A configuration file that is invalid (the open text, or the file) is
 * never rewritten: a client that shows disabled actions is told why, others are offered nothing. Not
 * offered either where it cannot be done exactly: a document that is not a file, an unreadable file, a
 * client that cannot create files (when one must be made) or apply versioned edits.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver/node';
import { text, localize, type Lang, type LocalizedText } from '../../shared/src';
import { CONFIG_FILE, ConfigError, parseConfig, pathInConfig, withRuleOff, type ConfigLookup } from '../../shared/node/config';
import { minimalEdits } from './diff';

export interface SuppressSupport {
  /** Versioned `documentChanges`. */
  readonly documentChanges: boolean;
  /** `documentChanges` may create a file. */
  readonly createFiles: boolean;
  /** The client shows an action that cannot be taken, with why (`codeAction.disabledSupport`). */
  readonly disabled?: boolean;
}

/** A configuration file open in the editor: its text there, unsaved edits included. */
export interface OpenConfig {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
}

/** The edit, or why there is none to offer (an invalid configuration file), or nothing to say. */
export type TurnOff = { readonly edit: WorkspaceEdit } | { readonly invalid: LocalizedText } | undefined;

const TITLE = (code: string) => text(`在 ${CONFIG_FILE} 中对本报告关闭规则 ${code}`, `Turn off ${code} for this report in ${CONFIG_FILE}`);
const INVALID = (why: LocalizedText) =>
  text(`${CONFIG_FILE} 无效，不能在其中关闭规则，请先改正：${why['zh-CN']}`, `${CONFIG_FILE} is invalid, so no rule can be turned off in it; correct it first: ${why.en}`);

/** Why a configuration's text cannot be used, or undefined when it can. */
function invalidity(source: string, path: string): LocalizedText | undefined {
  try {
    parseConfig(source, path);
    return undefined;
  } catch (e) {
    if (e instanceof ConfigError) return e.reason;
    throw e;
  }
}

/** The range of a whole text, in UTF-16 positions. */
function wholeRange(source: string): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const lines = source.split(/\r\n|\r|\n/);
  return { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1]!.length } };
}

/**
 * The edit that turns `code` off for the report at `path`, or why it cannot be made. `openConfig` gives
 * the configuration file at a path when it is open in the editor.
 */
export function turnOffEdit(path: string, code: string, found: ConfigLookup, support: SuppressSupport, openConfig: (configPath: string) => OpenConfig | undefined = () => undefined): TurnOff {
  if (!support.documentChanges) return undefined;
  const configPath = found.config?.path ?? found.error?.path ?? join(dirname(path), CONFIG_FILE);
  const open = openConfig(configPath);
  if (open) {
    // The editor's text, not the file's: what the user typed stays, and an edit for an older version is refused.
    const why = invalidity(open.text, configPath);
    if (why) return { invalid: why };
    const rel = pathInConfig({ path: configPath, rules: {}, overrides: [] }, path);
    // withRuleOff writes without a BOM; one the editor's text holds stays.
    const bom = open.text.startsWith('\ufeff') ? '\ufeff' : '';
    const edits = minimalEdits(open.text, bom + withRuleOff(open.text, rel, code));
    return { edit: { documentChanges: [{ textDocument: { uri: open.uri, version: open.version }, edits }] } };
  }
  if (found.error) return { invalid: found.error.reason };
  if (found.config) {
    let source: string;
    try {
      source = readFileSync(configPath, 'utf8');
    } catch {
      return undefined;
    }
    // The file may have changed since it was read for the check.
    const why = invalidity(source, configPath);
    if (why) return { invalid: why };
    // An editor's text has no BOM (it keeps the encoding apart): positions are counted without it.
    source = source.replace(/^\ufeff/, '');
    const uri = pathToFileURL(configPath).href;
    return { edit: { documentChanges: [{ textDocument: { uri, version: null }, edits: [{ range: wholeRange(source), newText: withRuleOff(source, pathInConfig(found.config, path), code) }] }] } };
  }
  if (!support.createFiles) return undefined;
  const uri = pathToFileURL(configPath).href;
  const newText = withRuleOff(undefined, basename(path), code);
  return {
    edit: {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText }] },
      ],
    },
  };
}

/** One action per rule among `diagnostics` (ours only, each rule once). */
export function turnOffActions(
  path: string,
  diagnostics: readonly Diagnostic[],
  found: ConfigLookup,
  lang: Lang,
  support: SuppressSupport,
  source: string,
  openConfig?: (configPath: string) => OpenConfig | undefined,
): CodeAction[] {
  const byCode = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.source !== source || typeof d.code !== 'string') continue;
    byCode.set(d.code, [...(byCode.get(d.code) ?? []), d]);
  }
  const out: CodeAction[] = [];
  for (const [code, ds] of byCode) {
    const made = turnOffEdit(path, code, found, support, openConfig);
    if (!made) continue;
    const action: CodeAction = { title: localize(TITLE(code), lang), kind: CodeActionKind.QuickFix, diagnostics: ds };
    if ('edit' in made) out.push({ ...action, edit: made.edit });
    else if (support.disabled) out.push({ ...action, disabled: { reason: localize(INVALID(made.invalid), lang) } });
  }
  return out;
}
