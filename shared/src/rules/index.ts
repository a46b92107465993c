/** Every rule, in the order their findings are listed for the same position. */
import type { Rule } from '../rule';
import artifact from './artifact';
import balance from './balance';
import carryOver from './carry-over';
import cellCount from './cell-count';
import cellNotNumber from './cell-not-number';
import changeMismatch from './change-mismatch';
import columnTotal from './column-total';
import copiedReport from './copied-report';
import coverage from './coverage';
import dateTypo from './date-typo';
import duplicateRow from './duplicate-row';
import duplicateSection from './duplicate-section';
import emptyCell from './empty-cell';
import enumerationGap from './enumeration-gap';
import emptySection from './empty-section';
import headingVariant from './heading-variant';
import infoFee from './info-fee';
import invalidNumber from './invalid-number';
import labelVariant from './label-variant';
import missingRow from './missing-row';
import missingSection from './missing-section';
import missingTable from './missing-table';
import narrativeMismatch from './narrative-mismatch';
import numberingGap from './numbering-gap';
import oldFormat from './old-format';
import overviewFigures from './overview-figures';
import prefaceParts from './preface-parts';
import proseConflict from './prose-conflict';
import proseSum from './prose-sum';
import regulationPower from './regulation-power';
import reviewTotal from './review-total';
import rowNumber from './row-number';
import rowOrder from './row-order';
import rowTotal from './row-total';
import sectionOrder from './section-order';
import shareMismatch from './share-mismatch';
import templateText from './template-text';
import validDocs from './valid-docs';
import yearClaim from './year-claim';
import yearMismatch from './year-mismatch';

export const RULES: readonly Rule[] = [
  missingSection,
  sectionOrder,
  duplicateSection,
  headingVariant,
  numberingGap,
  enumerationGap,
  coverage,
  overviewFigures,
  emptySection,
  infoFee,
  prefaceParts,
  oldFormat,
  yearMismatch,
  dateTypo,
  artifact,
  templateText,
  missingTable,
  missingRow,
  duplicateRow,
  rowOrder,
  rowNumber,
  cellCount,
  cellNotNumber,
  invalidNumber,
  regulationPower,
  emptyCell,
  labelVariant,
  rowTotal,
  columnTotal,
  balance,
  reviewTotal,
  narrativeMismatch,
  shareMismatch,
  proseConflict,
  proseSum,
  changeMismatch,
  carryOver,
  validDocs,
  copiedReport,
  yearClaim,
];

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.meta.code === code);
}
