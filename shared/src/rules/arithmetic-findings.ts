/** Turns the solver's corrections into findings; shared by the four arithmetic rules. */
import { packedMap } from '../arrays';
import { analyzeArithmetic, boundViolations, evaluateWith, type ArithmeticCode, type BoundViolation, type Correction, type LayoutFault, type Relation, type RelationState } from '../arithmetic';
import { cellName, columnName, relationFigures, relationWords, rowName } from '../describe';
import type { RelatedInformation } from '../finding';
import { text, type LocalizedText } from '../i18n';
import type { Cell, ReportModel } from '../model';
import { formatLike } from '../numbers';
import type { RuleFinding } from '../rule';
import { changeTo } from './helpers';

/** How the four arithmetic rules decide where a fault lies (their shared documentation). */
export const ARITHMETIC_DETAILS = text(
  '只在相关单元格都是非负整数、相关行都存在且数字个数正确时检查（空白、非数字的单元格和缺格的行另有报告；“/”“—”“无”等表示没有的符号按 0 计算，带单位的计数如“13件”按 13 计算）含空白单元格的合计关系只在无论空白填什么都不能成立时报告：空白只能是 0 或更大的数，等式中有空白的一边已填的数之和已大于另一边（如已填的各项之和已超过总计），这时报告在合计上，不提供修复（无法确定是哪个数有误）。一个数打错时，它所在的行、列合计会同时不符：此时只在这个数上报告一次，修复把它改回能让所有合计成立的值；几个数同时打错（如同一列的两个数）或空白单元格使某些关系无法核对时，能单独解释某一行或某一列的不符、改动后又不破坏任何成立的合计的那一个数同样会被指出，逐个推算。几种改法改动的数一样少、都能使表中的合计关系成立时（同一列两个数一个多 1、一个少 1，与这两行的总计一个少 1、一个多 1 无法区分；表四一组数相加不符，五个数中哪个错了都说得通），只修复各种改法都相同的改动，其余的不符只报告、不自动修复，不去猜：说明中给出其他数无误时这个数应为多少，编辑器中它是一个可供选择的快速修复（不是首选），“修复全部”和 --fix 都不会应用。否则在合计单元格上报告，修复写入重新计算的合计（与其他合计相符的合计不会被改动）。无法确定是哪个数出错（几个无法核对的数都可能有误），或正确的数会是负数时，只报告不符，不提供修复。一个合计关系中另有单元格被其他问题更正时，说明中列出这些更正，并按更正后的数字列出算式。应用全部修复后，除了无法推算的不符之外，所有能核对的合计关系都成立，再次应用不会有任何改动。表格版式的错误使一张表的合计关系成片不符时，这张表只报告一次，不去猜数：两个数填反（对调后所有合计关系都成立，且没有别的对调能做到；对调也是唯一最少的改动时修复会对调它们，否则对调只作为可选的修复；同一行的两个数只差 1、别的改法改动的数一样少时不说填反：对调它们就是把一件申请移到另一列，任何一行都可能如此，这时按上面的办法报告不成立的合计）；总计填在了别的列（这一列在每一行都等于其余各列之和）；某一类申请人的列全部为 0，而各行总计与其余各列之差恰好能补上；一行的数字与上一行完全相同（把一行粘贴到了另一行）；一行整体右移了一格（第一格空白，总计被挤掉，左移回去后合计关系都成立，左移作为可选的修复）。一张表中填错的数太多（要改动五个以上的数才能使合计关系成立），又不是上述版式错误时，只修复同时能解释两处不符的数，其余合计不再推算：说明中写明“如其他数无误，这个数应为 N”，编辑器中作为可选的修复，全部修复和 --fix 不会应用（这时重算合计写入的数多半是错的）。',
  'Checked only where every cell involved is a whole non-negative number, every row is present and has the right number of cells (blank or malformed cells and short rows have their own findings; a placeholder for none, “/”, “—” or “无”, counts 0, and a count written with its unit, such as “13件”, its figure). A relation with blank cells is reported only where no figures in them could make it hold: blanks are 0 or more, and the figures written on the side of the equation that has the blanks already exceed the other side (the items written add up to more than the total); it is reported on the total, without a fix (which figure is wrong cannot be told). When one mistyped figure breaks both its row and its column, it alone is reported, with a fix that restores every relation; where several figures are mistyped (two in one column) or blank cells leave some relations unchecked, the one figure that alone explains the failure of a row or a column without breaking a relation that holds is reported the same way, one after another. Where several ways of changing as few figures make the table hold alike (two figures of one column off by +1 and −1 read as well as the two rows’ 总计 off by −1 and +1; a group of table 四 that does not add up could have any of its five figures wrong), only the changes they all share are fixed, and the other failures are reported rather than guessed: the message says what the figure would be were the others right, and the editor offers it as a quick fix to choose (never the preferred one), which Fix All and --fix never apply. Otherwise the total is reported, with a fix that writes the recomputed sum (a total that agrees with its other relations is not changed). When the faulty figure cannot be told (several unchecked figures could be wrong) or the right figure would be negative, the failure is reported without a fix. Where other cells of a relation are corrected by their own findings, the message names those corrections and shows the figures of the relation with them made. Applying every fix leaves every checked relation holding, except the failures for which no figure can be computed, and applying them again changes nothing. When a fault of the table’s layout makes its relations fail wholesale, the table is reported once and no figure is guessed: two figures swapped (exchanged, every relation holds, and no other exchange does; the fix exchanges them when that is also the one smallest correction, otherwise the exchange is offered as a choice; two figures of one row that differ by one are not said to be swapped while other corrections as small would do: exchanging them is moving one request to the other column, which any row could have, and the failing totals are reported as above); the totals in another column (on every row it equals the sum of the others); an applicant column left at 0 while the differences between each row’s total and its other columns fill it exactly; a row with the very figures of the row above (one row pasted over another); a row moved one cell to the right (first cell blank, its total fallen off; moved back every relation holds, and the move is offered as a choice). In a table with more wrong figures than that (five or more must change for its relations to hold) and no layout fault, only figures that explain two failures alike are fixed and no total is recomputed: the message says what it would be were the others right, offered in the editor as a choice that Fix All and --fix never apply (recomputing them would write wrong figures more often than not).',
);

/** Corrections of a relation's other cells named in a message; more are counted. */
const MAX_NAMED_CAUSES = 3;

function primaryState(c: Correction): RelationState {
  return c.violated.find((s) => s.relation.code === c.code && s.relation.target.cell === c.cell) ?? c.violated.find((s) => s.relation.code === c.code) ?? c.violated[0]!;
}

export function arithmeticFindings(model: ReportModel, code: ArithmeticCode): RuleFinding[] {
  const out: RuleFinding[] = [];
  const { corrections, layout } = analyzeArithmetic(model);
  for (const f of layout) if (f.code === code) out.push(layoutFinding(f));
  // The corrections that give a figure, by cell: a relation's other corrected cells are looked up (not searched
  // for among every correction: a hostile table has thousands).
  const corrected = new Map<Cell, Correction>();
  for (const c of corrections) if (c.value !== undefined) corrected.set(c.cell, c);
  for (const c of corrections) if (c.code === code) out.push(findingOf(c, corrected));
  // Relations with blanks fail only where no figures in the blanks could make them hold.
  if (corrections.length === 0 && layout.length === 0 && !hasBlank(model)) return out;
  for (const b of boundViolations(model)) if (b.relation.code === code) out.push(boundFinding(b));
  return out;
}

function hasBlank(model: ReportModel): boolean {
  for (const t of model.tables) {
    if (t.kind === 'active') continue;
    for (const r of t.rows) for (const c of r.cells) if (c.value.kind === 'empty') return true;
  }
  return false;
}

/** The number of blank cells named beside a finding on a relation that fails whatever its blanks hold. */
const MAX_NAMED_BLANKS = 10;

/**
 * A relation with blank cells that fails whatever they hold (blanks are 0 or more, and the figures written on their
 * side already exceed the other side). Which written figure is wrong cannot be told: no fix.
 */
function boundFinding(b: BoundViolation): RuleFinding {
  const words = relationWords(b.relation);
  const n = b.blanks.length;
  let message: LocalizedText;
  if (b.relation.code === 'balance') {
    // target − Σ sign·term: （七）总计 (sign −1) and 四 (the target) on one side, 一 and 二 on the other.
    const blanksWithTotals = b.blanks.some((r) => r.cell === b.relation.target.cell || b.relation.terms.some((t) => t.sign < 0 && t.ref.cell === r.cell));
    const [mine, theirs] = blanksWithTotals ? ['（七）总计与四、结转下年度继续办理', '一、本年新收与二、上年结转'] : ['一、本年新收与二、上年结转', '（七）总计与四、结转下年度继续办理'];
    const [mineEn, theirsEn] = blanksWithTotals ? ['(7) total and IV', 'I and II'] : ['I and II', '(7) total and IV'];
    message = text(
      `${words['zh-CN']}不成立：${mine}中已填的数之和为 ${b.written}，已大于${theirs}之和 ${b.other}；其中${n}个空白单元格无论填 0 还是更大的数，都不能使它成立。无法确定是哪个数有误，请核对这几行。`,
      `${words.en} does not hold: the figures written in ${mineEn} add up to ${b.written}, more than ${theirsEn} (${b.other}); no figures in its ${n} blank cell${n > 1 ? 's' : ''}, 0 or more, can make it hold. Which figure is wrong cannot be told: check these rows.`,
    );
  } else {
    message = text(
      `${words['zh-CN']}不成立：已填各项之和为 ${b.written}，已大于${b.relation.code === 'review-total' ? '本组' : ''}总计 ${b.other}；其余${n}项空白，无论填 0 还是更大的数，合计都不能成立。无法确定是哪个数有误，请核对这几个数。`,
      `${words.en} does not hold: the items written add up to ${b.written}, more than the total ${b.other}; no figures in the ${n} blank item${n > 1 ? 's' : ''}, 0 or more, can make it hold. Which figure is wrong cannot be told: check these figures.`,
    );
  }
  const related: RelatedInformation[] = [];
  for (const r of b.blanks.slice(0, MAX_NAMED_BLANKS)) {
    const named = cellName(r);
    related.push({ range: r.cell!.range, message: text(`空白：${named['zh-CN']}`, `blank: ${named.en}`) });
  }
  return { range: b.cell.range, message, related, fixes: [] };
}

/**
 * The other cells of `relation` that their own findings correct, target first. (Plain loops, here and
 * below: `map` makes its array packed or holey by whether its caller runs optimised, and the spread or
 * `join` that read it threw findingOf's optimised code away at each new kind, three times a run.)
 */
function causesOf(c: Correction, relation: Relation, corrected: ReadonlyMap<Cell, Correction>): Correction[] {
  // `c` first, taken off at the end: its own cell is in the relation, so `includes` is asked at every call, of an
  // array of one kind (asked only of another correction, rare, and then of an array that had changed kind, it threw
  // this function's optimised code away twice a run).
  const causes: Correction[] = [c];
  for (let k = -1; k < relation.terms.length; k++) {
    const cell = k < 0 ? relation.target.cell : relation.terms[k]!.ref.cell;
    const o = cell && corrected.get(cell);
    if (o && !causes.includes(o)) causes.push(o);
  }
  return causes.slice(1);
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
      : c.reason === 'crowded'
        ? text(
          `${causeZh}${words['zh-CN']}不成立：${figures}。这张表中不相符的合计关系太多，至少有五个数填错，无法确定是哪些数有误，也就无法推算出正确的数，请逐项核对全表。${c.possible !== undefined ? `如其他数无误，这个数应为 ${c.possible}。` : ''}`,
          `${causeLeadEn}${words.en} does not hold: ${figures}. So many of the table's relations fail that at least five figures are wrong; which cannot be told, so no fix is applied: check the whole table.${c.possible !== undefined ? ` Were the other figures right, this one would be ${c.possible}.` : ''}`,
        )
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
      : (c.reason === 'alike' || c.reason === 'crowded') && c.possible !== undefined
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

/** Failing relations listed beside a layout fault's finding; more are counted in its message. */
const LISTED_FAILURES = 10;

/** `“自然人”列`, or `“自然人”或“其他”列` when the figures fit several. */
function columnsZh(f: LayoutFault): string {
  let out = '';
  for (const c of f.columns) out += `${out ? '或' : ''}“${columnName({ ...f.cells[0]!, column: c })['zh-CN']}”`;
  return `${out}列`;
}

function columnsEn(f: LayoutFault): string {
  let out = '';
  for (const c of f.columns) out += `${out ? ' or ' : ''}“${columnName({ ...f.cells[0]!, column: c }).en}”`;
  return `column ${out}`;
}

/**
 * The one finding of a layout fault (two figures swapped, the totals in another column, a column left at 0, a
 * row pasted over its neighbour), in place of a finding per failing relation whose figures would be guesses.
 * Only a swap that is also the one smallest correction is fixed by --fix; another swap is offered as a choice.
 */
function layoutFinding(f: LayoutFault): RuleFinding {
  const n = f.failing.length;
  const related: RelatedInformation[] = [];
  for (const s of f.failing.slice(0, LISTED_FAILURES)) {
    const w = relationWords(s.relation);
    const fig = relationFigures(s, true);
    related.push({ range: s.relation.target.cell!.range, message: text(`${w['zh-CN']}：${fig}`, `${w.en}: ${fig}`) });
  }
  if (f.kind === 'swap') {
    const [a, b] = [f.cells[0]!, f.cells[1]!];
    const [na, nb] = [cellName(a), cellName(b)];
    const [ra, rb] = [a.cell!.raw.trim(), b.cell!.raw.trim()];
    const exchange = {
      title: text('对调这两个数', 'Swap the two figures'),
      edits: [{ range: a.cell!.range, newText: rb }, { range: b.cell!.range, newText: ra }],
    };
    if (f.single) {
      // One figure changed alone would do as well: the finding stands on it, as before, with both readings to choose.
      const s = f.failing[0]!;
      const w = relationWords(s.relation);
      const fig = relationFigures(s, true);
      const one = f.single.ref.cell!;
      const nOne = cellName(f.single.ref);
      return {
        range: one.range,
        message: text(
          `${w['zh-CN']}不成立：${fig}。可能是${na['zh-CN']}与${nb['zh-CN']}的数填反了（对调后合计成立），也可能是${nOne['zh-CN']}填错了（应为 ${f.single.value}）：无法确定是哪个数有误，不自动修复，请核对。`,
          `${w.en} does not hold: ${fig}. ${na.en} and ${nb.en} may be swapped (exchanged, it holds), or ${nOne.en} mistyped (it would be ${f.single.value}): which cannot be told, so nothing is fixed automatically; check them.`,
        ),
        related,
        fixes: [
          { title: text(`若其他数无误：改为 ${f.single.value}`, `If the other figures are right: change to ${f.single.value}`), edits: [{ range: one.range, newText: formatLike(f.single.value, one.raw) }], choice: true },
          { ...exchange, choice: true },
        ],
      };
    }
    return {
      range: a.cell!.range,
      message: text(
        `${na['zh-CN']}与${nb['zh-CN']}的数可能填反了：表中分别为 ${ra}、${rb}，两者对调后表中的合计关系都成立（现有 ${n} 个不成立）。${f.sure ? '' : '改动别的数也能使合计成立，无法确定是哪个数有误，也就无法推算出正确的数，请核对这两个数。'}`,
        `${na.en} and ${nb.en} look swapped: they read ${ra} and ${rb}, and exchanged every relation of the table holds (${n} fail as written).${f.sure ? '' : ' Changing other figures would make them hold as well, so which figure is wrong, and the right figure, cannot be told: check the two.'}`,
      ),
      related,
      fixes: [{ ...exchange, ...(f.sure ? {} : { choice: true }) }],
    };
  }
  if (f.kind === 'shifted-row') {
    const row = f.rows[0]!;
    const nr = rowName(row);
    const edits = [];
    for (const r of f.cells) edits.push({ range: r.cell!.range, newText: String(f.figures!.get(r.cell!)) });
    const moved = packedMap(f.cells, (r) => String(f.figures!.get(r.cell!))).join('、');
    return {
      range: row.labelRange,
      message: text(
        `表三“${nr['zh-CN']}”行的数字似乎整体右移了一格：第一格空白，各数向左移回一格、总计按各类申请人之和补上（${moved}）后，表中的合计关系都成立（现有 ${n} 个不成立）。请核对这一行。`,
        `Table 三: the figures of row “${nr.en}” look moved one cell to the right: its first cell is blank, and moved back, with the total their sum gives (${moved}), every relation of the table holds (${n} fail as written). Check the row.`,
      ),
      related,
      // One reading, well founded but not the only one: offered in the editor, never applied by --fix.
      fixes: [{ title: text('把这一行的数字左移一格', 'Move the row’s figures one cell left'), edits, choice: true }],
    };
  }
  if (f.kind === 'pasted-row') {
    const [row, above] = [f.rows[0]!, f.rows[1]!];
    const [nr, na] = [rowName(row), rowName(above)];
    return {
      range: row.labelRange,
      message: text(
        `表三“${nr['zh-CN']}”行的数字与上一行“${na['zh-CN']}”完全相同，表中 ${n} 个合计关系因此不成立：可能把一行的数字粘贴到了另一行。无法推算出正确的数，请核对这两行。`,
        `Table 三: row “${nr.en}” has exactly the figures of the row above, “${na.en}”, and ${n} relations of the table fail with it: one row’s figures were likely pasted into the other. No correct figures can be computed; check the two rows.`,
      ),
      related: [{ range: above.labelRange, message: text('数字相同的上一行', 'the row above with the same figures') }, ...related],
      fixes: [],
    };
  }
  if (f.kind === 'totals-column') {
    return {
      range: f.cells[0]!.cell!.range,
      message: text(
        `表三各行的总计似乎填在了${columnsZh(f)}：这一列的数在每一行都等于同一行其余各列之和，而“总计”列不是（${n} 行的各类申请人之和与总计不符）。请核对表头和各列的次序，或是否把两列的数对调了。`,
        `Table 三: the totals appear to be in ${columnsEn(f)}: on every row it equals the sum of the other columns, and “total” does not (${n} rows do not add up). Check the header and the order of the columns, or whether two columns were swapped.`,
      ),
      related,
      fixes: [],
    };
  }
  return {
    range: f.cells[0]!.cell!.range,
    message: text(
      `表三${columnsZh(f)}的数全部为 0，而 ${n} 行的总计大于其余各类申请人之和，差数填入这一列后表中的合计关系都成立：这一列的数可能漏填了。无法确定，不自动修复，请核对这一列。`,
      `Table 三: ${columnsEn(f)} is 0 throughout, while ${n} rows' totals exceed the sum of the other applicants, and the differences put into that column make every relation hold: its figures were likely left out. Not fixed automatically: check the column.`,
    ),
    related,
    fixes: [],
  };
}
