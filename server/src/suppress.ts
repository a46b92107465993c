/**
 * The quick fix that turns a rule off for one report: an override naming the report alone in the
 * nearest `.govreport-lint.json`, or a new such file beside the report when there is none. It is a
 * workspace edit the user sees applied; the watcher re-checks once the file is saved. Not offered where
 * it cannot be done exactly: a document that is not a file, a configuration file that is invalid or
 * unreadable, a client that cannot create files (when one must be made) or apply versioned edits.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver/node';
import { text, localize, type Lang } from '../../shared/src';
import { CONFIG_FILE, pathInConfig, withRuleOff, type ConfigLookup } from '../../shared/node/config';

export interface SuppressSupport {
  /** Versioned `documentChanges`. */
  readonly documentChanges: boolean;
  /** `documentChanges` may create a file. */
  readonly createFiles: boolean;
}

const TITLE = (code: string) => text(`在 ${CONFIG_FILE} 中对本报告关闭规则 ${code}`, `Turn off ${code} for this report in ${CONFIG_FILE}`);

/** The range of a whole text, in UTF-16 positions. */
function wholeRange(source: string): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const lines = source.split(/\r\n|\r|\n/);
  return { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1]!.length } };
}

/** The edit that turns `code` off for the report at `path`, or undefined when it cannot be made. */
export function turnOffEdit(path: string, code: string, found: ConfigLookup, support: SuppressSupport): WorkspaceEdit | undefined {
  if (!support.documentChanges || found.error) return undefined;
  if (found.config) {
    const configPath = found.config.path;
    let source: string;
    try {
      source = readFileSync(configPath, 'utf8');
    } catch {
      return undefined;
    }
    const uri = pathToFileURL(configPath).href;
    return { documentChanges: [{ textDocument: { uri, version: null }, edits: [{ range: wholeRange(source), newText: withRuleOff(source, pathInConfig(found.config, path), code) }] }] };
  }
  if (!support.createFiles) return undefined;
  const uri = pathToFileURL(join(dirname(path), CONFIG_FILE)).href;
  const newText = withRuleOff(undefined, basename(path), code);
  return {
    documentChanges: [
      { kind: 'create', uri, options: { ignoreIfExists: true } },
      { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText }] },
    ],
  };
}

/** One action per rule among `diagnostics` (ours only, each rule once). */
export function turnOffActions(path: string, diagnostics: readonly Diagnostic[], found: ConfigLookup, lang: Lang, support: SuppressSupport, source: string): CodeAction[] {
  const byCode = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.source !== source || typeof d.code !== 'string') continue;
    byCode.set(d.code, [...(byCode.get(d.code) ?? []), d]);
  }
  const out: CodeAction[] = [];
  for (const [code, ds] of byCode) {
    const edit = turnOffEdit(path, code, found, support);
    if (edit) out.push({ title: localize(TITLE(code), lang), kind: CodeActionKind.QuickFix, diagnostics: ds, edit });
  }
  return out;
}
