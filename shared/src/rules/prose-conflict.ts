import { agrees, claimsOf, isOneFigure, type Claim, type Quantity } from '../claims';
import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { quoted } from './helpers';

/** Two statements of one quantity agree when either admits the other's figure (a fee within its rounding). */
function consistent(a: Claim, b: Claim): boolean {
  return agrees(a, b.value) || agrees(b, a.value) || b.alternatives.some((v) => agrees(a, v));
}

/**
 * The figures a count of requests handled may be (办理, 办结: 一＋二 or （七）总计; a total after the applicants: 一 too),
 * with their names: where the prose states every one of them and the count is none, it contradicts the prose.
 */
const EITHER: Partial<Record<Quantity, readonly (readonly [Quantity, string, string])[]>> = {
  handled: [
    ['newPlusCarried', '本年新收与上年结转之和', 'new requests and the carry-over together'],
    ['total', '办理结果总计', 'the outcomes’ total'],
  ],
  newOrHandled: [
    ['new', '本年新收', 'new requests'],
    ['newPlusCarried', '本年新收与上年结转之和', 'new requests and the carry-over together'],
    ['total', '办理结果总计', 'the outcomes’ total'],
  ],
};

/**
 * Every figure the prose gives `q` (一＋二 from 一 and 二 stated apart too), each with its statements: a count that is
 * any of them agrees with the prose, wherever else the prose contradicts itself.
 */
function statedFigures(byQuantity: ReadonlyMap<string, Claim[]>, q: Quantity): { value: number; claims: Claim[] }[] {
  const of = (x: Quantity) => (byQuantity.get(x) ?? []).map((c) => ({ value: c.value, claims: [c] }));
  if (q !== 'newPlusCarried') return of(q);
  const sums = of('new').flatMap((n) => of('carried').map((c) => ({ value: n.value + c.value, claims: [...n.claims, ...c.claims] })));
  return [...of(q), ...sums];
}

export default defineRule(
  {
    code: 'prose-conflict',
    severity: 'warning',
    category: 'narrative',
    title: text('正文前后矛盾', 'The prose contradicts itself'),
    fixable: false,
    doc: {
      summary: text(
        '正文两处说同一项数字（如本年新收的申请件数），数字却不同，而表格中没有可以核对的数字（表格缺失、以图片发布或相应单元格空白）。',
        'Two places in the prose state the same figure (such as the number of new requests) differently, and the tables hold no figure to check them against (the table is missing, published as a picture, or its cells are blank).',
      ),
      details: text(
        '按“正文与表格不一致”规则的读法读取正文中的每一项数字陈述，只取含义唯一、且对应表格中唯一一个数的陈述：办理、办结、答复的件数可以指一＋二，也可以指（七）总计，“办理125件”“办结120件”可能都对——但正文本身写出了这几种读法的数（本年新收和上年结转或两者之和，以及办理结果的总计；两类申请人之后的“共计”还有本年新收）、而这样的件数与其中每一个都不同时，也报告（“收到申请178件，上年结转5件……共计178件……办结182件”）；某类申请人的件数可以指一，也可以指一＋二；有几种读法的陈述也不算。同一项数字的陈述中，与第一处不一致的，在第一处不一致的陈述上报告一次，并指向其他各处。表格中有相应数字时不报告：那时由“正文与表格不一致”规则指出哪一处与表格不符。零陈述（“未收到政府信息公开申请”）与写出件数的陈述（“收到申请3件”）也算矛盾；金额按写法的精度比较；其他年份、更大范围、约数和分项的数字不在其列。',
        'Reads every figure the prose states the way the prose-vs-table rule does, and keeps the statements that admit one reading, of one figure of the tables: requests handled, dealt with or answered may be I + II or (7) total, so “办理125件” and “办结120件” may both be right — though where the prose itself states the figure of each reading (the new requests and the carry-over, or both together, and the outcomes’ total; for a total after the applicants, the new requests too) and such a count is none of them, it is reported (收到申请178件，上年结转5件…共计178件…办结182件); a kind of applicant’s requests may be its I or its I + II; statements that admit several readings are left out too. Among the statements of one quantity, the first that disagrees with the first statement is reported, once, pointing at the others. Nothing is reported when the tables hold the figure: the prose-vs-table rule then says which statement is wrong. A zero statement (“未收到政府信息公开申请”) contradicts a count (“收到申请3件”); amounts are compared within the precision written; figures of other years, of wider bodies, approximations and breakdowns are not statements of the report’s own figures.',
      ),
      bad: '全年共受理政府信息公开申请35件……全年依申请公开受理量达178件。（表三以图片发布）',
      good: '全年共受理政府信息公开申请178件……全年依申请公开受理量达178件。',
    },
  },
  ({ model }) => {
    // The statements of each quantity that only the prose can check: one reading, of one figure of the
    // tables (办理125件 and 办结120件 may be 一＋二 and （七）总计), and no figure for it in the tables.
    const byQuantity = new Map<string, Claim[]>();
    for (const c of claimsOf(model)) {
      if (c.admissible.length !== 1 || !isOneFigure(c.quantity) || c.holds !== undefined) continue;
      const list = byQuantity.get(c.quantity);
      if (list) list.push(c);
      else byQuantity.set(c.quantity, [c]);
    }
    const out: RuleFinding[] = [];
    // A count handled the tables cannot check, against the figures it may be when the prose states each of them.
    for (const c of claimsOf(model)) {
      const either = EITHER[c.quantity];
      if (!either || c.admissible.length !== 1 || c.holds !== undefined || c.decimals < 0) continue;
      const stated = either.map(([q, zh, en]) => ({ figures: statedFigures(byQuantity, q), zh, en }));
      if (stated.some((s) => s.figures.length === 0 || s.figures.some((f) => agrees(c, f.value)))) continue;
      const values = (s: (typeof stated)[number]) => [...new Set(s.figures.map((f) => f.value))].join('、');
      const zh = stated.map((s) => `正文所写的${s.zh}（${values(s)}件）`).join('，也不是');
      const en = stated.map((s) => `${s.en} as the prose states them (${values(s)})`).join(', nor ');
      out.push({
        range: c.range,
        message: text(
          `正文前后矛盾：${quoted(c)}既不是${zh}。表格中没有可以核对的数字，请核实后统一。`,
          `The prose contradicts itself: ${quoted(c)} is neither ${en}, and the tables hold no figure to check it against. Verify it and make them agree.`,
        ),
        related: [...new Set(stated.flatMap((s) => s.figures.flatMap((f) => f.claims)))].map((o) => ({ range: o.range, message: text(`正文所写：${quoted(o)}`, `Stated: ${quoted(o)}`) })),
        fixes: [],
      });
    }
    for (const claims of byQuantity.values()) {
      const first = claims[0]!;
      const other = claims.find((c) => !consistent(first, c));
      if (!other) continue;
      const rest = claims.filter((c) => c !== other);
      const named = rest.slice(0, 3).map(quoted).join('、');
      const namedEn = rest.slice(0, 3).map(quoted).join(', ');
      const more = rest.length > 3;
      out.push({
        range: other.range,
        message: text(
          `正文前后矛盾：${quoted(other)}与${named}${more ? '等' : ''}说的是同一项数字，却不一致。表格中没有可以核对的数字，请核实后统一。`,
          `The prose contradicts itself: ${quoted(other)} and ${namedEn}${more ? ' and others' : ''} state the same figure differently, and the tables hold no figure to check them against. Verify it and make them agree.`,
        ),
        related: rest.map((c) => ({ range: c.range, message: text(`同一项数字：${quoted(c)}`, `The same figure: ${quoted(c)}`) })),
        fixes: [],
      });
    }
    return out;
  },
);
