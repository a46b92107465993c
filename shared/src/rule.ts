/**
 * The rule contract. One rule per file under `rules/`: its code, default severity, category,
 * messages and documentation live together; `check` reads the model and returns findings.
 */
import type { Finding, RuleCategory, Severity } from './finding';
import type { LocalizedText } from './i18n';
import type { ReportModel } from './model';

export interface RuleDoc {
  /** One line: what the rule checks. */
  readonly summary: LocalizedText;
  /** Why it matters and when it fires, in a few sentences. */
  readonly details: LocalizedText;
  /** A report excerpt that fires the rule, and the same excerpt corrected (Chinese text). */
  readonly bad?: string;
  readonly good?: string;
}

export interface RuleMeta {
  readonly code: string;
  readonly severity: Severity;
  readonly category: RuleCategory;
  readonly title: LocalizedText;
  /** Whether the rule offers fixes. */
  readonly fixable: boolean;
  readonly doc: RuleDoc;
}

/** What a rule reports before severity configuration is applied. */
export type RuleFinding = Omit<Finding, 'code' | 'severity'> & { readonly severity?: Severity };

export interface RuleContext {
  readonly model: ReportModel;
  /** Last year's report of the same body, when the caller has it. */
  readonly previous?: ReportModel;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): readonly RuleFinding[];
}

export function defineRule(meta: RuleMeta, check: (ctx: RuleContext) => readonly RuleFinding[]): Rule {
  return { meta, check };
}
