/**
 * Quick fixes for the findings under the cursor, and fix-all (`source.fixAll.govreport`). Every edit
 * is versioned: an editor that has moved on refuses it rather than applying it to the wrong text.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { comparePositions, fixAll, localize, text, type Finding, type Lang, type Range } from '../../shared/src';
import { FIX_ALL_KIND, type GovReportSettings } from '../../shared/protocol';
import { toDiagnostic, type RuleDocs } from './diagnostics';
import { minimalEdits } from './diff';
import type { Snapshot } from './documents';
import { isObject, isRange, ordered } from './params';

export interface EditOptions {
  /** The client understands `documentChanges` (versioned edits). */
  readonly documentChanges: boolean;
}

export function versionedEdit(uri: string, version: number, edits: TextEdit[], options: EditOptions): WorkspaceEdit {
  return options.documentChanges ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } };
}

function intersects(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/** The client's diagnostic for a finding, if it sent one. */
function matching(f: Finding, sent: readonly Diagnostic[]): Diagnostic | undefined {
  return sent.find((d) => d.code === f.code && isRange(d.range) && sameRange(d.range, f.range));
}

/** Kinds asked for (`only`), or undefined for all. */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (!only) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export interface CodeActionRequest {
  readonly range: Range;
  readonly diagnostics: readonly Diagnostic[];
  readonly only?: readonly string[];
}

/** Reads `params.range` and `params.context` defensively. */
export function readCodeActionParams(params: unknown): CodeActionRequest | undefined {
  if (!isObject(params) || !isRange(params.range)) return undefined;
  const ctx = isObject(params.context) ? params.context : {};
  const diagnostics = Array.isArray(ctx.diagnostics) ? ctx.diagnostics.filter((d): d is Diagnostic => isObject(d) && isRange(d.range)) : [];
  const only = Array.isArray(ctx.only) ? ctx.only.filter((k): k is string => typeof k === 'string') : undefined;
  return { range: ordered(params.range), diagnostics, ...(only ? { only } : {}) };
}

export function quickFixes(snap: Snapshot, req: CodeActionRequest, lang: Lang, docs: RuleDocs, options: EditOptions): CodeAction[] {
  if (!snap.analysis || !wants(req.only, CodeActionKind.QuickFix)) return [];
  const actions: CodeAction[] = [];
  for (const f of snap.analysis.findings) {
    if (f.fixes.length === 0) continue;
    const sent = matching(f, req.diagnostics);
    if (!sent && !intersects(f.range, req.range)) continue;
    const diagnostic = sent ?? toDiagnostic(f, snap.uri, lang, docs);
    f.fixes.forEach((fix, k) => {
      actions.push({
        title: localize(fix.title, lang),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: k === 0,
        edit: versionedEdit(snap.uri, snap.version, fix.edits.map((e) => ({ range: e.range, newText: e.newText })), options),
      });
    });
  }
  return actions;
}

/** Minimal edits that apply every fix (the core re-analyses the fixed text after each pass). */
export function fixAllEdits(snap: Snapshot, settings: GovReportSettings): TextEdit[] {
  if (!snap.analysis || !snap.analysis.findings.some((f) => f.fixes.length > 0)) return [];
  const fixed = fixAll(snap.text, { rules: settings.rules });
  return fixed.changed ? minimalEdits(snap.text, fixed.text) : [];
}

const FIX_ALL_TITLE = text('修复全部可自动修复的问题（GovReport）', 'Fix all auto-fixable problems (GovReport)');

/** What a lazily computed fix-all action carries until `codeAction/resolve`. */
export interface FixAllData {
  readonly fixAll: { readonly uri: string; readonly version: number };
}

export function isFixAllData(v: unknown): v is FixAllData {
  return isObject(v) && isObject(v.fixAll) && typeof v.fixAll.uri === 'string' && typeof v.fixAll.version === 'number';
}

/**
 * The fix-all action: when `only` asks for it (on save: `source.fixAll`), or beside quick fixes for the
 * light bulb. With `lazy` (the client resolves code actions) the edit is computed on resolve, so the
 * light bulb never pays for it; otherwise it is computed now. Undefined when there is nothing to do.
 */
export function fixAllAction(snap: Snapshot, req: CodeActionRequest, settings: GovReportSettings, lang: Lang, options: EditOptions & { readonly lazy: boolean }): CodeAction | undefined {
  if (!snap.analysis) return undefined;
  const fixable = snap.analysis.findings.filter((f) => f.fixes.length > 0);
  if (fixable.length === 0) return undefined;
  if (req.only) {
    if (!wants(req.only, FIX_ALL_KIND)) return undefined;
  } else if (fixable.length < 2 || !fixable.some((f) => intersects(f.range, req.range))) {
    return undefined;
  }
  const title = localize(FIX_ALL_TITLE, lang);
  // On save (`only` given) the edit is needed at once; the light bulb can wait for resolve.
  if (options.lazy && !req.only) {
    const data: FixAllData = { fixAll: { uri: snap.uri, version: snap.version } };
    return { title, kind: FIX_ALL_KIND, data };
  }
  const edits = fixAllEdits(snap, settings);
  if (edits.length === 0) return undefined;
  return { title, kind: FIX_ALL_KIND, edit: versionedEdit(snap.uri, snap.version, edits, options) };
}

/** Completes a lazy fix-all action, if the document is still at the version it was offered for. */
export function resolveFixAll(action: CodeAction, snap: Snapshot | undefined, settings: GovReportSettings, options: EditOptions): CodeAction {
  if (!isFixAllData(action.data) || !snap || snap.version !== action.data.fixAll.version) return action;
  const edits = fixAllEdits(snap, settings);
  return { ...action, edit: versionedEdit(snap.uri, snap.version, edits, options) };
}
