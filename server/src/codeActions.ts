/**
 * Quick fixes for the findings under the cursor, and fix-all (`source.fixAll.govreport`). Every edit
 * is versioned: an editor that has moved on refuses it rather than applying it to the wrong text.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { automaticFix, comparePositions, compareRanges, localize, text, type Finding, type Lang, type Range } from '../../shared/src';
import { FIX_ALL_KIND } from '../../shared/protocol';
import { toDiagnostic, type RuleDocs } from './diagnostics';
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

/**
 * The finding is where the cursor is: its range, or a place its fixes edit. A finding told once for a
 * table (empty-cell, at the table's first heading) fixes cells far below it; the writer sent there by its
 * related information, to the blank cell itself, gets the fix where it writes.
 */
function touches(f: Finding, range: Range): boolean {
  return intersects(f.range, range) || f.fixes.some((fix) => fix.edits.some((e) => intersects(e.range, range)));
}

/** The client's diagnostic for a finding, if it sent one. */
function matching(f: Finding, sent: readonly Diagnostic[]): Diagnostic | undefined {
  return sent.find((d) => d.code === f.code && isRange(d.range) && compareRanges(d.range, f.range) === 0);
}

/** Kinds asked for (`only`), or undefined for all. */
export function wants(only: readonly string[] | undefined, kind: string): boolean {
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
  if (!snap.findings || !wants(req.only, CodeActionKind.QuickFix)) return [];
  const actions: CodeAction[] = [];
  for (const f of snap.findings) {
    if (f.fixes.length === 0) continue;
    const sent = matching(f, req.diagnostics);
    if (!sent && !touches(f, req.range)) continue;
    const diagnostic = sent ?? toDiagnostic(f, snap.uri, lang, docs);
    f.fixes.forEach((fix, k) => {
      actions.push({
        title: localize(fix.title, lang),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        // A reading among several (Fix.choice) is offered, never preferred: the writer chooses it.
        isPreferred: k === 0 && !fix.choice,
        edit: versionedEdit(snap.uri, snap.version, fix.edits.map((e) => ({ range: e.range, newText: e.newText })), options),
      });
    });
  }
  return actions;
}

export const FIX_ALL_TITLE = text('修复全部可自动修复的问题（GovReport）', 'Fix all auto-fixable problems (GovReport)');

/** What a lazily computed fix-all action carries until `codeAction/resolve`. */
export interface FixAllData {
  readonly fixAll: { readonly uri: string; readonly version: number };
}

export function isFixAllData(v: unknown): v is FixAllData {
  return isObject(v) && isObject(v.fixAll) && typeof v.fixAll.uri === 'string' && typeof v.fixAll.version === 'number';
}

/**
 * Whether to offer fix-all: when `only` asks for it (on save: `source.fixAll`), or beside quick fixes
 * for the light bulb when the document has several fixable findings.
 */
export function wantsFixAll(snap: Snapshot, req: CodeActionRequest): boolean {
  if (!snap.findings) return false;
  const fixable = snap.findings.filter((f) => automaticFix(f) !== undefined);
  if (fixable.length === 0) return false;
  if (req.only) return wants(req.only, FIX_ALL_KIND);
  return fixable.length >= 2 && fixable.some((f) => touches(f, req.range));
}

/**
 * The fix-all action with its edits, or (`edits` undefined) without them, to be completed by
 * `codeAction/resolve` so that the light bulb never pays for computing them.
 */
export function fixAllAction(snap: Snapshot, lang: Lang, edits: TextEdit[] | undefined, options: EditOptions): CodeAction | undefined {
  const title = localize(FIX_ALL_TITLE, lang);
  if (edits === undefined) {
    const data: FixAllData = { fixAll: { uri: snap.uri, version: snap.version } };
    return { title, kind: FIX_ALL_KIND, data };
  }
  if (edits.length === 0) return undefined;
  return { title, kind: FIX_ALL_KIND, edit: versionedEdit(snap.uri, snap.version, edits, options) };
}
