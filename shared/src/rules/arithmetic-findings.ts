/** Turns the solver's corrections into findings; shared by the four arithmetic rules. */
import { analyzeArithmetic, type ArithmeticCode, type Correction, type RelationState } from '../arithmetic';
import { cellName, relationFigures, relationWords } from '../describe';
import { text } from '../i18n';
import type { ReportModel } from '../model';
import { formatLike } from '../numbers';
import type { RuleFinding } from '../rule';

function primaryState(c: Correction): RelationState {
  return c.violated.find((s) => s.relation.code === c.code && s.relation.target.cell === c.cell) ?? c.violated.find((s) => s.relation.code === c.code) ?? c.violated[0]!;
}

export function arithmeticFindings(model: ReportModel, code: ArithmeticCode): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const c of analyzeArithmetic(model).corrections) {
    if (c.code !== code) continue;
    const name = cellName(c.ref);
    const primary = primaryState(c);
    const words = relationWords(primary.relation);
    const figures = relationFigures(primary, true);
    const others = c.violated.filter((s) => s !== primary);
    const alsoZh = c.localized && others.length > 0 ? '这个数与所在行、列的合计关系都不相符。' : '';
    const alsoEn = c.localized && others.length > 0 ? ' This one figure breaks every relation it is part of.' : '';
    const message = c.value !== undefined
      ? text(
        `${name['zh-CN']}应为 ${c.value}，表中为 ${c.actual}。${words['zh-CN']}：${figures}。${alsoZh}`,
        `${name.en} should be ${c.value}, not ${c.actual}. ${words.en}: ${figures}.${alsoEn}`,
      )
      : text(
        `${words['zh-CN']}不成立：${figures}。（七）总计大于一、本年新收与二、上年结转之和，无法推算出正确的数，请核对这几行。`,
        `${words.en} does not hold: ${figures}. The (7) total exceeds I + II, so no correct figure can be computed; check these rows.`,
      );
    out.push({
      range: c.cell.range,
      message,
      related: [primary, ...others].flatMap((s) => {
        const cells = [s.relation.target, ...s.relation.terms.map((t) => t.ref)].filter((r) => r.cell && r.cell !== c.cell);
        const w = relationWords(s.relation);
        const f = relationFigures(s, true);
        const where = s.relation.target.cell !== c.cell ? s.relation.target : cells[0];
        return where?.cell ? [{ range: where.cell.range, message: text(`${w['zh-CN']}：${f}`, `${w.en}: ${f}`) }] : [];
      }),
      fixes: c.value !== undefined
        ? [{ title: text(`改为 ${c.value}`, `Change to ${c.value}`), edits: [{ range: c.cell.range, newText: formatLike(c.value, c.cell.raw) }] }]
        : [],
    });
  }
  return out;
}
