/** Findings in LSP terms: diagnostics with code, source, documentation link and related locations. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import { compareRanges, localize, text, type Finding, type Lang, type Severity } from '../../shared/src';
import { DIAGNOSTIC_SOURCE, TOO_LARGE_CODE, type StatusParams } from '../../shared/protocol';
import type { Snapshot } from './documents';
import { relatedInformation, type PreviousDocument } from './previous';

export const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The rule pages shipped with the package: `docs/rules/<code>.md` beside `dist/`. Found once, from
 * the bundle's own location, so the links point into the installed copy (no network).
 */
export class RuleDocs {
  private readonly hrefs = new Map<string, string>();

  constructor(dir: string | undefined = RuleDocs.locate()) {
    if (!dir) return;
    try {
      for (const name of readdirSync(dir)) {
        if (name.endsWith('.md') && name !== 'README.md') this.hrefs.set(name.slice(0, -3), pathToFileURL(join(dir, name)).href);
      }
    } catch {
      /* no docs installed: diagnostics simply carry no link */
    }
  }

  static locate(): string | undefined {
    for (const candidate of [resolve(__dirname, '..', 'docs', 'rules'), resolve(__dirname, '..', '..', 'docs', 'rules')]) {
      if (existsSync(candidate)) return candidate;
    }
    return undefined;
  }

  href(code: string): string | undefined {
    return this.hrefs.get(code);
  }
}

export function toDiagnostic(f: Finding, uri: string, lang: Lang, docs: RuleDocs, previous?: PreviousDocument): Diagnostic {
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Warning,
    code: f.code,
    source: DIAGNOSTIC_SOURCE,
    message: localize(f.message, lang),
  };
  const href = docs.href(f.code);
  if (href) d.codeDescription = { href };
  if (f.related.length > 0) {
    d.relatedInformation = f.related.map((r): DiagnosticRelatedInformation => relatedInformation(r, uri, lang, previous));
  }
  return d;
}

export function tooLargeDiagnostic(length: number, limit: number, lang: Lang, unit: 'characters' | 'bytes' = 'characters'): Diagnostic {
  const [zhUnit, enUnit] = unit === 'bytes' ? ['字节', 'bytes'] : ['个字符', 'characters'];
  const message = text(
    `文档有 ${length} ${zhUnit}，超过设置 govreport.maxDocumentSize（${limit} 个字符），未检查。可在设置中调高上限。`,
    `The document has ${length} ${enUnit}, more than govreport.maxDocumentSize (${limit} characters); it was not checked. Raise the limit in the settings to check it.`,
  );
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    code: TOO_LARGE_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: localize(message, lang),
  };
}

/** The diagnostics of a snapshot, as published. */
export function diagnosticsOf(snap: Snapshot, limit: number, lang: Lang, docs: RuleDocs): Diagnostic[] {
  if (snap.tooLarge || !snap.findings) return [tooLargeDiagnostic(snap.length, limit, lang)];
  return snap.findings.map((f) => toDiagnostic(f, snap.uri, lang, docs, snap.previous));
}

/**
 * Whether two lists of findings make the same diagnostics in the language shown: the same codes,
 * severities, ranges, messages and related information, in the same order. Fixes are not compared: they
 * are not part of a diagnostic (code actions read them from the current snapshot when asked). Only the
 * shown language's messages are compared: the other language's are not sent, and each message is built
 * afresh by every analysis, so comparing one costs reading it.
 */
export function sameDiagnostics(a: readonly Finding[], b: readonly Finding[], lang: Lang): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.code !== y.code || x.severity !== y.severity || compareRanges(x.range, y.range) !== 0 || x.message[lang] !== y.message[lang] || x.related.length !== y.related.length) return false;
    for (let j = 0; j < x.related.length; j++) {
      const r = x.related[j]!;
      const q = y.related[j]!;
      if (r.document !== q.document || compareRanges(r.range, q.range) !== 0 || r.message[lang] !== q.message[lang]) return false;
    }
  }
  return true;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const f of findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else if (f.severity === 'info') c.infos++;
    else c.hints++;
  }
  return c;
}

/** The status of a snapshot; `published`: whether its diagnostics were sent (false when those shown were still exact). */
export function statusOf(snap: Snapshot, published = true): StatusParams {
  const counts = snap.findings ? countFindings(snap.findings) : { errors: 0, warnings: snap.tooLarge ? 1 : 0, infos: 0, hints: 0 };
  return {
    uri: snap.uri,
    version: snap.version,
    ...counts,
    checkedAt: snap.checkedAt.toISOString(),
    durationMs: Math.round(snap.durationMs * 1000) / 1000,
    ...(snap.tooLarge ? { tooLarge: true } : {}),
    ...(snap.config !== undefined ? { config: snap.config } : {}),
    published,
  };
}
