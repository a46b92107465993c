/** The analysis core of GovReport Lint: pure functions from report text to findings and fixes. */
export * from './analyze';
export { AnalysisCache } from './cache';
export { detach } from './memo';
export * from './arithmetic';
export { agrees as claimAgrees, claimAt, claimsOf, type Claim, type Quantity, type Reading } from './claims';
export * from './describe';
export * from './finding';
export * from './fixes';
export * from './i18n';
export type * from './model';
export * from './numbers';
export { parseIdentity, parseReport, type ReportIdentity } from './parse';
export * from './preview';
export type { Rule, RuleContext, RuleDoc, RuleFinding, RuleMeta } from './rule';
export { RULES, ruleByCode } from './rules';
export { bodyOf, otherBody } from './rules/previous-year';
export * from './template';
export * from './text';
