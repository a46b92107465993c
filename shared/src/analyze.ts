/**
 * The entry point of the core: text (or a parsed model) in, findings out. Pure: no I/O, no editor.
 */
import { attachCache, type AnalysisCache } from './cache';
import type { Finding, Fix, Severity } from './finding';
import type { LocalizedText } from './i18n';
import { inDocumentForms } from './traditional';
import type { ReportModel } from './model';
import { parseReport } from './parse';
import { keepShape } from './shapes';
import type { RuleContext } from './rule';
import { RULES } from './rules';
import { compareRanges, type TextLines } from './text';

export type RuleSetting = Severity | 'off';

export interface AnalyzeOptions {
  /** Severity per rule code, or 'off'; rules not named keep their default. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Last year's report of the same body, for the cross-year rules. */
  readonly previous?: ReportModel;
  /**
   * The document's cache, when the same document is analysed again and again (an editor): only what
   * changed since the last analysis is read again. The findings are the same with or without it.
   */
  readonly cache?: AnalysisCache;
}

export interface Analysis {
  readonly model: ReportModel;
  readonly findings: readonly Finding[];
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, hint: 3 };

/** A quotation in a message (the report's words, or the format's that it compares them with). */
const QUOTED = /“[^“”\n]{1,400}”/g;

/**
 * A traditional report's message quotes it in its own characters: each quotation's simplified characters in the
 * forms the report used (the rules read its simplified reading); the message's own words stay as they are.
 */
function quotingDocument(message: LocalizedText, forms: ReadonlyMap<number, number>): LocalizedText {
  const requote = (s: string): string => s.replace(QUOTED, (q) => inDocumentForms(q, forms));
  return { 'zh-CN': requote(message['zh-CN']), en: requote(message.en) };
}

/** A traditional report's fixes write its own characters (the rules compute them on its simplified reading). */
function inTraditional(fixes: readonly Fix[], forms: ReadonlyMap<number, number>): Fix[] {
  return fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, newText: inDocumentForms(e.newText, forms) })) }));
}

export function lint(model: ReportModel, options: AnalyzeOptions = {}): Finding[] {
  const findings: Finding[] = [];
  // One context for every rule, of one shape (`previous` undefined when there is none).
  const context: RuleContext = { model, previous: options.previous };
  for (const rule of RULES) {
    const setting = options.rules?.[rule.meta.code];
    if (setting === 'off') continue;
    let raw;
    try {
      raw = rule.check(context);
    } catch (e) {
      // A rule that fails must not take the others down; its failure is itself reported.
      findings.push({
        code: 'internal-error',
        severity: 'error',
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: { 'zh-CN': `规则 ${rule.meta.code} 内部出错：${String(e)}`, en: `Rule ${rule.meta.code} failed: ${String(e)}` },
        related: [],
        fixes: [],
      });
      continue;
    }
    for (const f of raw) {
      findings.push({
        code: rule.meta.code,
        severity: setting ?? f.severity ?? rule.meta.severity,
        range: f.range,
        message: model.traditional ? quotingDocument(f.message, model.traditional.forms) : f.message,
        related: f.related,
        fixes: model.traditional && f.fixes.length > 0 ? inTraditional(f.fixes, model.traditional.forms) : f.fixes,
      });
    }
  }
  return findings.sort(byPlaceThenSeverity);
}

// A function of the module, not a closure in lint: V8 keeps a closure's optimised code only while an instance of it lives.
function byPlaceThenSeverity(a: Finding, b: Finding): number {
  return compareRanges(a.range, b.range) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

// The first model analysed is kept for good (see keepShape): the hidden classes of a model and of its parts and derived
// values (a model and its tables given their place for derived values, the prose stream, the claims) then outlive the
// full collections between analyses, and the code optimised for them is not thrown away at each ("weak objects").
// Only a report of ordinary length is kept (the first such one): in the language server a long document opened first
// would otherwise stay in memory for the server's life, its derived values with it.
let modelKept = false;
/** The most lines a model kept for its shapes may have (the 2,000 benchmark reports have at most 416). */
const KEPT_MODEL_LINES = 2_000;

/** Analyses a report, given as its text or as its lines (an editor's document: see `TextLines`). */
export function analyze(source: string | TextLines, options: AnalyzeOptions = {}): Analysis {
  const model = parseReport(source, options.cache);
  if (!modelKept && model.lines.length <= KEPT_MODEL_LINES) {
    keepShape(model);
    modelKept = true;
  }
  if (!options.cache) return { model, findings: lint(model, options) };
  attachCache(model, options.cache);
  const findings = lint(model, options);
  options.cache.sweep();
  return { model, findings };
}
