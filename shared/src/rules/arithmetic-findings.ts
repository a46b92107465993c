/** Turns the solver's corrections into findings; shared by the four arithmetic rules. */
import { analyzeArithmetic, evaluateWith, type ArithmeticCode, type Correction, type Relation, type RelationState } from '../arithmetic';
import { cellName, relationFigures, relationWords } from '../describe';
import type { RelatedInformation } from '../finding';
import { text, type LocalizedText } from '../i18n';
import type { Cell, ReportModel } from '../model';
import { formatLike } from '../numbers';
import type { RuleFinding } from '../rule';
import { changeTo } from './helpers';

/** How the four arithmetic rules decide where a fault lies (their shared documentation). */
export const ARITHMETIC_DETAILS = text(
  '只在相关单元格都是非负整数、相关行都存在且数字个数正确时检查（空白、非数字的单元格和缺格的行另有报告；“/”“—”“无”等表示没有的符号按 0 计算，带单位的计数如“13件”按 13 计算）。一个数打错时，它所在的行、列合计会同时不符：此时只在这个数上报告一次，修复把它改回能让所有合计成立的值；几个数同时打错（如同一列的两个数）或空白单元格使某些关系无法核对时，能单独解释某一行或某一列的不符、改动后又不破坏任何成立的合计的那一个数同样会被指出，逐个推算。几种改法改动的数一样少、都能使表中的合计关系成立时（同一列两个数一个多 1、一个少 1，与这两行的总计一个少 1、一个多 1 无法区分；表四一组数相加不符，五个数中哪个错了都说得通），只修复各种改法都相同的改动，其余的不符只报告、不自动修复，不去猜：说明中给出其他数无误时这个数应为多少，编辑器中它是一个可供选择的快速修复（不是首选），“修复全部”和 --fix 都不会应用。否则在合计单元格上报告，修复写入重新计算的合计（与其他合计相符的合计不会被改动）。无法确定是哪个数出错（几个无法核对的数都可能有误），或正确的数会是负数时，只报告不符，不提供修复。一个合计关系中另有单元格被其他问题更正时，说明中列出这些更正，并按更正后的数字列出算式。应用全部修复后，除了无法推算的不符之外，所有能核对的合计关系都成立，再次应用不会有任何改动。',
  'Checked only where every cell involved is a whole non-negative number, every row is present and has the right number of cells (blank or malformed cells and short rows have their own findings; a placeholder for none, “/”, “—” or “无”, counts 0, and a count written with its unit, such as “13件”, its figure). When one mistyped figure breaks both its row and its column, it alone is reported, with a fix that restores every relation; where several figures are mistyped (two in one column) or blank cells leave some relations unchecked, the one figure that alone explains the failure of a row or a column without breaking a relation that holds is reported the same way, one after another. Where several ways of changing as few figures make the table hold alike (two figures of one column off by +1 and −1 read as well as the two rows’ 总计 off by −1 and +1; a group of table 四 that does not add up could have any of its five figures wrong), only the changes they all share are fixed, and the other failures are reported rather than guessed: the message says what the figure would be were the others right, and the editor offers it as a quick fix to choose (never the preferred one), which Fix All and --fix never apply. Otherwise the total is reported, with a fix that writes the recomputed sum (a total that agrees with its other relations is not changed). When the faulty figure cannot be told (several unchecked figures could be wrong) or the right figure would be negative, the failure is reported without a fix. Where other cells of a relation are corrected by their own findings, the message names those corrections and shows the figures of the relation with them made. Applying every fix leaves every checked relation holding, except the failures for which no figure can be computed, and applying them again changes nothing.',
);

/** Corrections of a relation's other cells named in a message; more are counted. */
const MAX_NAMED_CAUSES = 3;

function primaryState(c: Correction): RelationState {
  return c.violated.find((s) => s.relation.code === c.code && s.relation.target.cell === c.cell) ?? c.violated.find((s) => s.relation.code === c.code) ?? c.violated[0]!;
}

export function arithmeticFindings(model: ReportModel, code: ArithmeticCode): RuleFinding[] {
  const out: RuleFinding[] = [];
  const { corrections } = analyzeArithmetic(model);
  // The corrections that give a figure, by cell: a relation's other corrected cells are looked up (not searched
  // for among every correction: a hostile table has thousands).
  const corrected = new Map<Cell, Correction>();
  for (const c of corrections) if (c.value !== undefined) corrected.set(c.cell, c);
  for (const c of corrections) if (c.code === code) out.push(findingOf(c, corrected));
  return out;
}

/**
 * The other cells of `relation` that their own findings correct, target first. (Plain loops, here and
 * below: `map` makes its array packed or holey by whether its caller runs optimised, and the spread or
 * `join` that read it threw findingOf's optimised code away at each new kind, three times a run.)
 */
function causesOf(c: Correction, relation: Relation, corrected: ReadonlyMap<Cell, Correction>): Correction[] {
  const causes: Correction[] = [];
  for (let k = -1; k < relation.terms.length; k++) {
    const cell = k < 0 ? relation.target.cell : relation.terms[k]!.ref.cell;
    const o = cell && corrected.get(cell);
    if (o && o !== c && !causes.includes(o)) causes.push(o);
  }
  return causes;
}

/** `表三“…”行“…”列改为 5、… 后，`: a few are named; a column of them (a table whose row totals are all wrong) is counted. */
function causesZh(causes: readonly Correction[]): string {
  if (causes.length > MAX_NAMED_CAUSES) return `其中${causes.length}个数按各自的问题更正后，`;
  let out = '';
  for (const o of causes) out += `${out ? '、' : ''}${cellName(o.ref)['zh-CN']}改为 ${o.value}`;
  return `${out} 后，`;
}

function causesEn(causes: readonly Correction[]): string {
  if (causes.length > MAX_NAMED_CAUSES) return `the ${causes.length} figures of it that other findings correct are corrected`;
  let out = '';
  for (const o of causes) out += `${out ? ' and ' : ''}${cellName(o.ref).en} is corrected to ${o.value}`;
  return out;
}

/** The finding of one correction; `corrected` holds every correction that gives a figure, by cell. */
function findingOf(c: Correction, corrected: ReadonlyMap<Cell, Correction>): RuleFinding {
  const name = cellName(c.ref);
  const primary = primaryState(c);
  const words = relationWords(primary.relation);
  const others = c.violated.some((s) => s !== primary);
  const alsoZh = c.localized && others ? '这个数与所在行、列的合计关系都不相符。' : '';
  const alsoEn = c.localized && others ? ' This one figure breaks every relation it is part of.' : '';
  // Other cells of the relation that their own findings correct: its figures are shown with those corrections
  // made (the figure this one should be follows from them; a relation that held as written fails only then).
  const causes = causesOf(c, primary.relation, corrected);
  const after = causes.length ? new Map(causes.map((o) => [o.cell, o.value!])) : undefined;
  const figures = after ? relationFigures(evaluateWith(primary.relation, after), true, after) : relationFigures(primary, true);
  const causeZh = causes.length ? causesZh(causes) : '';
  const causeList = causes.length ? causesEn(causes) : '';
  const causeEn = causes.length ? ` once ${causeList}` : '';
  const causeLeadEn = causes.length ? `Once ${causeList}, ` : '';
  // A placeholder for none counts 0 but is quoted as written (表中为“/”).
  const written = c.cell.value.kind === 'number' ? undefined : `“${c.cell.raw.trim()}”`;
  const actual = written ?? String(c.actual);
  const message = c.value !== undefined
    ? text(
      `${name['zh-CN']}应为 ${c.value}，表中为${written ?? ` ${c.actual}`}。${causeZh}${words['zh-CN']}：${figures}。${alsoZh}`,
      `${name.en} should be ${c.value}, not ${actual}. ${words.en}${causeEn}: ${figures}.${alsoEn}`,
    )
    : c.reason === 'negative' && c.code === 'balance'
      ? text(
        `${causeZh}${words['zh-CN']}不成立：${figures}。（七）总计大于一、本年新收与二、上年结转之和，无法推算出正确的数，请核对这几行。`,
        `${causeLeadEn}${words.en} does not hold: ${figures}. The (7) total exceeds I + II, so no correct figure can be computed; check these rows.`,
      )
      : c.reason === 'alike'
        ? alikeMessage(c, causeZh, causeLeadEn, words, figures)
      : c.reason === 'agrees'
        ? text(
          `${causeZh}${words['zh-CN']}不成立：${figures}。这个合计与它所在的其他合计关系相符，错的应是其中几个加数（例如把数字填进了相邻的一列，各行的总计仍然相符），无法确定是哪几个数，也就无法推算出正确的数，请逐项核对。`,
          `${causeLeadEn}${words.en} does not hold: ${figures}. The total agrees with its other relations, so the fault lies in several of its terms (a figure put into the neighbouring column, say, which keeps every row's total); which ones cannot be told, so no fix is offered: check them one by one.`,
        )
      : text(
        `${causeZh}${words['zh-CN']}不成立：${figures}。${c.violated.length > 1 ? '与这个数相关的几个合计关系互相矛盾，改动任何一个数都不能使它们同时成立，' : ''}无法推算出正确的数，请核对这几行。`,
        `${causeLeadEn}${words.en} does not hold: ${figures}.${c.violated.length > 1 ? ' The relations this figure takes part in contradict each other; no single figure can be changed to satisfy them all, so' : ' So'} no correct figure can be computed; check these rows.`,
      );
  return {
    range: c.cell.range,
    message,
    related: relatedOf(c, primary, words, after ? undefined : figures),
    fixes: c.value !== undefined
      ? [changeTo(c.cell.range, formatLike(c.value, c.cell.raw), c.value)]
      : c.reason === 'alike' && c.possible !== undefined
        // One reading among several: the writer's to choose in the editor, never applied by --fix or fix-all.
        ? [{ title: text(`若其他数无误：改为 ${c.possible}`, `If the other figures are right: change to ${c.possible}`), edits: [{ range: c.cell.range, newText: formatLike(c.possible, c.cell.raw) }], choice: true }]
        : [],
  };
}

/**
 * Several sets of figures, as few, make the table hold alike: which is wrong cannot be told. A group of table 四
 * sums in no other relation, so any of its five figures may be the one mistyped; the figure this cell would take
 * were the others right is named (and offered as a choice, not as the fix).
 */
function alikeMessage(c: Correction, causeZh: string, causeLeadEn: string, words: LocalizedText, figures: string): LocalizedText {
  const ifZh = c.possible !== undefined ? `如其他数无误，这个数应为 ${c.possible}。` : '';
  const ifEn = c.possible !== undefined ? ` Were the other figures right, this one would be ${c.possible}.` : '';
  if (c.ref.table.kind === 'review' && c.violated.length === 1) {
    return text(
      `${causeZh}${words['zh-CN']}不成立：${figures}。表四每组的数只在本组相加，五个数中任何一个填错都会这样，无法确定是哪个数有误，也就无法推算出正确的数，请核对本组的数。${ifZh}`,
      `${causeLeadEn}${words.en} does not hold: ${figures}. Each group of table 四 adds up on its own, so any of its five figures may be the wrong one; which cannot be told, so no correct figure can be computed: check the group's figures.${ifEn}`,
    );
  }
  return text(
    `${causeZh}${words['zh-CN']}不成立：${figures}。改动不同的数（改动的个数一样多）都能使表中的合计关系同样成立，无法确定是哪个数有误，也就无法推算出正确的数，请核对这几个数。${ifZh}`,
    `${causeLeadEn}${words.en} does not hold: ${figures}. Changing different figures, as many either way, would make the table's relations hold alike, so which is wrong cannot be told and no correct figure can be computed; check these figures.${ifEn}`,
  );
}

/**
 * Each violated relation, the primary one first, at another of its cells than the finding's. The primary
 * relation's words and figures as written are the message's (`figures`), unless corrections changed them.
 */
function relatedOf(c: Correction, primary: RelationState, words: LocalizedText, figures: string | undefined): RelatedInformation[] {
  const out: RelatedInformation[] = [];
  addRelated(out, c.cell, primary, words, figures);
  for (const s of c.violated) if (s !== primary) addRelated(out, c.cell, s, undefined, undefined);
  return out;
}

/** `s` at another of its cells than `cell`, in its words and figures (computed when not given). */
function addRelated(out: RelatedInformation[], cell: Cell, s: RelationState, words: LocalizedText | undefined, figures: string | undefined): void {
  const where = s.relation.target.cell !== cell ? s.relation.target : s.relation.terms.find((t) => t.ref.cell && t.ref.cell !== cell)?.ref;
  if (!where?.cell) return;
  const w = words ?? relationWords(s.relation);
  const f = figures ?? relationFigures(s, true);
  out.push({ range: where.cell.range, message: text(`${w['zh-CN']}：${f}`, `${w.en}: ${f}`) });
}
