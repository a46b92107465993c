/** What rules report: plain data in editor terms, serialisable as it is. */
import type { LocalizedText } from './i18n';
import type { Range } from './text';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface Fix {
  readonly title: LocalizedText;
  readonly edits: readonly TextEdit[];
  /**
   * One of several readings the text allows, for the writer to choose (a group of table 四 that does not add
   * up: its total recomputed, were its terms right, where a term may as well be the one mistyped). Offered as
   * a quick fix in the editor, never preferred; `--fix`, fix-all and fix-on-save apply only fixes without it.
   */
  readonly choice?: boolean;
}

export interface RelatedInformation {
  readonly range: Range;
  readonly message: LocalizedText;
  /** The range is in last year's report (the cross-year rules), not in this one. */
  readonly document?: 'previous';
}

export interface Finding {
  /** Stable rule code, e.g. `row-total`. */
  readonly code: string;
  readonly severity: Severity;
  readonly range: Range;
  readonly message: LocalizedText;
  readonly related: readonly RelatedInformation[];
  readonly fixes: readonly Fix[];
}

export type RuleCategory = 'structure' | 'table' | 'arithmetic' | 'narrative' | 'cross-year';
