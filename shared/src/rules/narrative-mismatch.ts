import { analyzeArithmetic, cellsOf, columnsUnlike, evaluateWith, type RelationState } from '../arithmetic';
import { packedMap } from '../arrays';
import { cacheOf, type NarrativeSaid } from '../cache';
import { claimsOf, likelyMeant, type Claim, type Reading } from '../claims';
import type { LocalizedText } from '../i18n';
import { text } from '../i18n';
import type { Cell, ReportModel } from '../model';
import { INVISIBLE_FORMAT, countedFigure, formatFigure, formatLike } from '../numbers';
import { fold } from '../normalize';
import { excerpt } from './helpers';
import { rowOf } from './previous-year';
import { reportYearOf } from '../report-year';
import { REQUEST_TOTAL_COLUMN } from '../template';
import { range } from '../text';
import { defineRule, type RuleFinding } from '../rule';

function figure(v: number, unit: string): string {
  return `${formatFigure(v)}${unit}`;
}

/**
 * What the writer should check: the quantity the figure matches when it is another one (一＋二 for
 * 一), otherwise which side to correct.
 */
function hint(claim: Claim, known: readonly Reading[], meant: Reading | undefined, unit: string): LocalizedText {
  const own = known[0]!;
  const u = unit === '万元' ? ' (10,000 yuan)' : '';
  if (meant) {
    if (claim.quantity === 'new' && /本年新收/.test(meant.name['zh-CN']) && /上年结转/.test(meant.name['zh-CN'])) {
      return text(
        `正文的数字等于本年新收加上年结转（一＋二）：如正文指包括上年结转在内的申请，请写明“包括上年结转”；如指本年新收，应为${figure(own.value!, unit)}。`,
        `The figure equals new plus carried-over requests (I + II): if the text means requests including last year’s carry-over, say so; if it means new requests, it should be ${figure(own.value!, '')}${u}.`,
      );
    }
    if (claim.quantity === 'newPlusCarried' && /本年新收/.test(meant.name['zh-CN']) && !/上年结转/.test(meant.name['zh-CN'])) {
      return text(
        `正文的数字等于本年新收（一），没有加上上年结转：如正文指本年新收，请去掉“含（包括）上年结转”一类的说法；否则应为${figure(own.value!, unit)}。`,
        `The figure equals new requests alone (I), without last year’s carry-over: if the text means new requests, drop “including the carry-over”; otherwise it should be ${figure(own.value!, '')}${u}.`,
      );
    }
    return text(
      `正文的数字与${meant.name['zh-CN']}（${figure(meant.value!, unit)}）相同，可能混淆了两者，请核对正文的说法。`,
      `The figure equals ${meant.name.en} (${figure(meant.value!, '')}${u}); the text may confuse the two — check its wording.`,
    );
  }
  if (claim.quantity === 'unfinishedNew') {
    return text(
      `正文说已全部办结，但结转下年度的申请多于上年结转的申请，本年新收的申请至少有${figure(own.value!, unit)}没有办结，请核对哪一方有误。`,
      `The text says every request was dealt with, but more requests are carried to next year than were carried over from last year: at least ${figure(own.value!, '')} of this year’s requests are still open. Check which is wrong.`,
    );
  }
  if (claim.quantity === 'unfinishedAll') {
    return text(
      `正文说包括上年结转在内的申请已全部办结，但表三记有结转下年度继续办理的申请${figure(own.value!, unit)}，这些申请没有办结，请核对哪一方有误。`,
      `The text says every request, last year’s carry-over included, was dealt with, but table 三 carries ${figure(own.value!, '')}${u} to next year, still open. Check which is wrong.`,
    );
  }
  if (claim.quantity === 'notOpenNew') {
    return text(
      `正文说均予以公开，但本年新收的申请多于予以公开的申请，本年新收的申请至少有${figure(own.value!, unit)}没有予以公开（部分公开、不予公开、无法提供等或尚未办结），请核对哪一方有误。`,
      `The text says every request was disclosed, but there are more new requests than disclosed ones: at least ${figure(own.value!, '')} of this year’s requests were not disclosed (partly disclosed, withheld, not available and so on, or still open). Check which is wrong.`,
    );
  }
  if (claim.quantity.endsWith('.notUpheld')) {
    return text(
      `正文说案件均获维持，但表格记有结果纠正、其他结果或尚未审结的案件共${figure(own.value!, unit)}（尚未审结的案件还没有维持与否的结果），请核对哪一方有误。`,
      `The text says every case was upheld, but the table records ${figure(own.value!, '')} corrected, ended otherwise or still pending (a pending case has not been upheld yet): check which is wrong.`,
    );
  }
  if (claim.quantity.endsWith('.notCorrected')) {
    return text(
      `正文说案件结果为纠正，但表格记有结果维持、其他结果或尚未审结的案件共${figure(own.value!, unit)}，请核对哪一方有误。`,
      `The text says the cases were corrected, but the table records ${figure(own.value!, '')} upheld, ended otherwise or still pending: check which is wrong.`,
    );
  }
  if (claim.quantity.endsWith('.notOther')) {
    return text(
      `正文说案件为其他结果，但表格记有结果维持、结果纠正或尚未审结的案件共${figure(own.value!, unit)}，请核对哪一方有误。`,
      `The text says the cases ended otherwise, but the table records ${figure(own.value!, '')} upheld, corrected or still pending: check which is wrong.`,
    );
  }
  if (claim.quantity.endsWith('.notPending')) {
    return text(
      `正文说案件尚未审结，但表格记有结果维持、结果纠正或其他结果的案件共${figure(own.value!, unit)}，请核对哪一方有误。`,
      `The text says the cases are still pending, but the table records ${figure(own.value!, '')} upheld, corrected or ended otherwise: check which is wrong.`,
    );
  }
  if (claim.zero) {
    return text(
      `正文说没有，表格却记为${figure(own.value!, unit)}，请核对哪一方有误。`,
      `The text says there were none, the table records ${figure(own.value!, '')}${u}: check which is wrong.`,
    );
  }
  return text('请核对正文与表格，改正有误的一方。', 'Check the text against the table and correct whichever is wrong.');
}

/** Line breaks, blanks and invisible format characters, which a layout may put inside a figure of the prose. */
const INSIDE_FIGURE = new RegExp(`[\\s${INVISIBLE_FORMAT}]`, 'g');

/** The text of `range` (over its lines, at most a few), less what a layout puts inside a figure. */
function figureWritten(model: ReportModel, range: Cell['range']): string {
  if (range.end.line - range.start.line > 3) return '';
  let out = '';
  for (let l = range.start.line; l <= range.end.line; l++) {
    const line = model.lines[l]?.text ?? '';
    out += line.slice(l === range.start.line ? range.start.character : 0, l === range.end.line ? range.end.character : line.length) + '\n';
  }
  return out.replace(INSIDE_FIGURE, '');
}

/** The table's figure offered for the prose's (`proseSide`), as a choice, one for each figure its readings give. */
function proseFix(claim: Claim, side: { readings: readonly Reading[]; written: string } | undefined): RuleFinding['fixes'] {
  if (side === undefined) return [];
  const one = side.readings.length === 1;
  return side.readings.map((r) => ({
    title: one
      ? text(`按表格把正文的数改为 ${formatFigure(r.value!)}`, `Change the text's figure to ${formatFigure(r.value!)}, as the table says`)
      : text(`若指${r.name['zh-CN']}：把正文的数改为 ${formatFigure(r.value!)}`, `If it means ${r.name.en}: change the text's figure to ${formatFigure(r.value!)}`),
    edits: [{ range: claim.numberRange, newText: formatLike(r.value!, side.written) }],
    choice: true,
  }));
}

/** Each cell of the readings once, under the first reading it belongs to (一 is in 一 and in 一＋二). */
function relatedCells(known: readonly Reading[], unit: string): RuleFinding['related'] {
  const out: { range: Cell['range']; message: LocalizedText }[] = [];
  const seen = new Set<Cell>();
  for (const r of known) {
    for (const c of r.cells) {
      if (!c.cell || seen.has(c.cell)) continue;
      seen.add(c.cell);
      out.push({
        range: c.cell.range,
        message: text(`${r.name['zh-CN']}：${figure(r.value!, unit)}`, `${r.name.en}: ${figure(r.value!, unit === '万元' ? ' (10,000 yuan)' : '')}`),
      });
    }
  }
  return out;
}

function message(claim: Claim, known: readonly Reading[], meant: Reading | undefined, unit: string): LocalizedText {
  const said = excerpt(claim.text);
  const u = unit === '万元' ? ' (10,000 yuan)' : '';
  const stated = claim.zero ? text('0', '0') : text(figure(claim.value, unit), `${figure(claim.value, '')}${u}`);
  const first = known[0]!;
  // Readings that come to the same figure (一 and 一＋二 when nothing was carried over) are one answer.
  const tables =
    known.length === 1
      ? text(`${first.name['zh-CN']}为${figure(first.value!, unit)}`, `${first.name.en} is ${figure(first.value!, '')}${u}`)
      : known.every((r) => r.value === first.value)
        ? text(
            `${first.name['zh-CN']}为${figure(first.value!, unit)}（${known.length === 2 ? '另一种读法也是' : `另外${known.length - 1}种读法也都是`}${figure(first.value!, unit)}）`,
            `${first.name.en} is ${figure(first.value!, '')}${u} (the other ${known.length - 1} reading${known.length > 2 ? 's give' : ' gives'} ${figure(first.value!, '')} too)`,
          )
        : text(
            `${known.map((r) => `${r.name['zh-CN']}为${figure(r.value!, unit)}`).join('，')}，按哪种读法都不是${stated['zh-CN']}`,
            `${known.map((r) => `${r.name.en} is ${figure(r.value!, '')}`).join(', ')} — no reading gives ${stated.en}`,
          );
  const h = hint(claim, known, meant, unit);
  return text(
    `正文“${said}”与表格不符：${tables['zh-CN']}。${h['zh-CN']}`,
    `The text says “${said}”, but ${tables.en}. ${h.en}`,
  );
}

/** What is said of a failing claim, made of what it states and its readings alone. */
function madeSaid(model: ReportModel, claim: Claim): NarrativeSaid {
  const known = claim.readings.filter((r) => r.value !== undefined);
  const unit = claim.unit === '万元' ? '万元' : '件';
  const said = message(claim, known, claim.zero ? undefined : likelyMeant(model, claim), unit);
  return { readings: claim.readings, known, said, related: relatedCells(known, unit) };
}

/**
 * What is said of a failing claim: with the document's cache, the same as at the last analysis for a claim stating the
 * same with the same readings (the same array while the tables are unchanged: claims/index.ts), so a keystroke does not
 * write again the messages of a long report's every failing claim.
 */
function saidOf(model: ReportModel, claim: Claim): NarrativeSaid {
  const memo = cacheOf(model)?.narrative;
  if (memo === undefined) return madeSaid(model, claim);
  // Everything of the claim the message, the likely meant reading and the cells read (tolerance, agrees, hint, excerpt).
  const key = `${claim.quantity}\u0001${claim.value}\u0001${claim.alternatives.join(',')}\u0001${claim.zero}\u0001${claim.decimals}\u0001${claim.unit}\u0001${claim.text}`;
  const kept = memo.lookup(key);
  if (kept !== undefined && kept.readings === claim.readings) return kept;
  const made = madeSaid(model, claim);
  memo.put(key, made);
  return made;
}

/**
 * Each cell's checked relations of tables 三 and 四. (A function of the module, not a closure in the rule's check: V8 keeps a
 * closure's optimised code only while an instance of it lives, so at each full collection it was dropped and compiled again.)
 */
function relationsByCellOf(model: ReportModel): Map<Cell, RelationState[]> {
  const byCell = new Map<Cell, RelationState[]>();
  for (const s of analyzeArithmetic(model).relations) {
    if (!s.evaluable) continue;
    for (const c of cellsOf(s.relation)) {
      const list = byCell.get(c) ?? [];
      if (!list.includes(s)) list.push(s);
      byCell.set(c, list);
    }
  }
  return byCell;
}

/**
 * 信息处理费 charged in a sum of money (收取信息处理费500元, 共收取信息处理费0.05万元), not denied in its clause
 * (未收取, 不收取, 没有收取, 无, 免收), group 1 the figure.
 */
const FEE_CHARGED = /收取(?:了)?(?:政府)?信息(?:公开)?处理费(?:共|合计|共计|总计)?(?:金额)?(?:为|达)?\s*([0-9]+(?:\.[0-9]+)?)\s*(?:万元|元)/g;
const FEE_DENIED = /[未不无没免]|暂停|停止/;
/**
 * A fee that may be charged, a standard, a change or a refund, not a charge made (可收取…, 应收取…, 按件收取…,
 * 较上年少收取…, 退还…): said before the charge in its clause.
 */
const FEE_NOT_CHARGED = /[可应需须拟将]|按件|按量|标准|超出|超过|较|少收|多收|退还|退回|减免|减少|增加|同比/;
/** Waived or refunded after the charge, in its sentence (应收取信息处理费100元，已全部减免). */
const FEE_UNDONE_AFTER = /^[^。；;！!？?]*?(?:减免|免收|免予|退还|退回|不予收取)/;
/** A year other than the report's in the clause (2023年收取信息处理费200元): another year's fee. */
const YEAR_IN = /(\d{4})\s*年/g;

/**
 * A fee charged (FEE_CHARGED, above 0) in a report whose table 三 has no request at all, new or carried over (一 and 二
 * both 0): a fee is charged for a request answered (国办函〔2020〕109号), so one side is wrong.
 */
function feeWithoutRequests(model: ReportModel): RuleFinding[] {
  const totalCell = (id: string): Cell | undefined => rowOf(model, 'requests', id)?.row.cells.find((c) => c.column === REQUEST_TOTAL_COLUMN);
  const fresh = totalCell('new');
  const carried = totalCell('carried');
  if (!fresh || !carried || countedFigure(fresh.value, fresh.raw) !== 0 || countedFigure(carried.value, carried.raw) !== 0) return [];
  const year = reportYearOf(model);
  const out: RuleFinding[] = [];
  for (let l = 0; l < model.masked.length; l++) {
    if (model.tableLines.has(l)) continue;
    const line = model.folded[l] ?? '';
    if (!line.includes('处理费')) continue;
    for (const m of line.matchAll(FEE_CHARGED)) {
      if (!(Number(m[1]) > 0)) continue;
      const at = m.index!;
      let from = at;
      // The clause before the charge, at most 40 characters back (a line of charges without a comma stays linear).
      while (from > 0 && at - from < 40 && !/[，,。；;！!？?]/.test(line[from - 1]!)) from--;
      const clause = line.slice(from, at);
      if (FEE_DENIED.test(clause) || FEE_NOT_CHARGED.test(clause)) continue;
      if (FEE_UNDONE_AFTER.test(line.slice(at + m[0].length, at + m[0].length + 40))) continue;
      // Another year anywhere before it in its sentence (2023年，收取信息处理费200元), at most 40 characters back.
      let sentence = from;
      while (sentence > 0 && from - sentence < 40 && !/[。；;！!？?]/.test(line[sentence - 1]!)) sentence--;
      if (year !== undefined && [...line.slice(sentence, at).matchAll(YEAR_IN)].some((y) => Number(y[1]) !== year)) continue;
      out.push({
        range: range(l, at, at + m[0].length),
        message: text(
          `正文说收取了信息处理费（“${model.lines[l]!.text.slice(at, at + m[0].length)}”），但表三没有任何申请：“一、本年新收”与“二、上年结转”的总计都为 0。信息处理费只能在办理申请时收取，请核对哪一方有误。`,
          `The text says an information processing fee was charged (“${model.lines[l]!.text.slice(at, at + m[0].length)}”), but table 三 holds no request at all: I (new) and II (carried over) total 0. The fee is charged only for a request handled: check which side is wrong.`,
        ),
        related: [{ range: fresh.range, message: text('表三“一、本年新收”总计：0件', 'Table 三 I total: 0') }],
        fixes: [],
      });
    }
  }
  return out;
}

export default defineRule(
  {
    code: 'narrative-mismatch',
    severity: 'warning',
    category: 'narrative',
    title: text('正文与表格不一致', 'Prose contradicts the tables'),
    fixable: false,
    doc: {
      summary: text('正文中的数字与表格中相应的数字不一致。', 'A figure in the prose disagrees with the table it speaks about.'),
      details: text(
        '逐句读取正文（不含表格）中陈述表格数量的数字，按所在分句的主语和动词判断它说的是哪一项：收到、受理、新收的申请对应表三“一、本年新收”；写明包括上年结转的对应一＋二；办理、办结、答复的对应一＋二或（七）总计（任一相符即可；同一句先写了收到的件数、还没写上年结转时，也可以是其中办结的件数，即一减四）；上年结转（去年结转；写在件数之后的也一样：“其中5件为上年结转”）、结转下年度（延期至下年度答复的也是）、各类办理结果及其细项（如重复申请、本机关不掌握相关政府信息）、自然人和法人或其他组织（公民、公民个人即自然人；“来自自然人的申请”“涉及自然人3件”也一样；写在办理件数之后的也可以是（七）总计的该栏：“已办结4件，其中自然人3件”）；规章和行政规范性文件的制发／废止（可含同时写明的失效件数）／现行有效件数，行政许可／处罚／强制决定（“办理行政许可事项1.2万件”也是；单说“行政许可事项”是清单事项），行政事业性收费（元与万元换算；减免、退还的金额及其中的分项不算收取）；行政复议、行政诉讼（未经复议直接起诉、复议后起诉）及其结果；以及“未收到申请”“未收到依申请公开信息”“未收到公众关于政府信息公开的申请”（话题就是政府信息公开本身；“未收到关于某项目的申请”只说那一类）“全年零申请”“全年无依申请公开件”“无行政复议、行政诉讼案件”“不存在因政府信息公开被提起行政诉讼的情况”“实现零复议、零诉讼”“全年未实施行政强制”这类零陈述（“力争零复议”是目标，不算）（“没有发生……败诉等事项”只说没有败诉）；“已全部办结”“办结率100%”说本年的申请都已办结，表三“四、结转下年度继续办理”多于“二、上年结转”时不可能成立（按时办结率、到期办结率、答复率、“截至目前”“其余”“上年结转的”等说法除外，“均在法定期限内答复”只说答复及时，不算例外；有“已”或“完毕”的“均已在法定期限内办结”“均在法定期限内办结完毕”说的是都已办结；“截至年底”“截至2024年12月31日”是本年年末，不是以后的时间；同句其后另写“上年结转N件”“无上年结转”“结转下年度继续办理N件”不影响这一读法——后者与“已全部办结”自相矛盾，四多于二时照样报告；结转下年度件数写在前面或写作“……除外”的，“已全部办结”指其余申请，不作比较）；同一句中紧接写明含上年结转的申请总数之后的（“收到申请183件（含上年结转5件），已全部办结”），说的是包括上年结转在内的全部申请，表三“四、结转下年度继续办理”不为 0 时就不可能成立（上年结转写成单独的分句时仍按上面的读法）；“（不含上年结转N件）”的N是上年结转，前面的数是本年新收；紧接收到申请件数的“均予以公开”“全部予以公开”说本年新收的申请都予以公开，表三“一、本年新收”多于“（一）予以公开”时不可能成立（“其余均予以公开”“除……外”、办理件数之后、分项之后除外）；“未有不予公开、无法提供的情况”这样列出几种办理结果的零陈述，每一种都应为 0（“没有不予公开的政府信息公开申请”也是）；“无逾期不补正的申请”“没有以重复申请为由不予处理的”“不存在因信访举报投诉类申请不予处理的情况”“未发生因逾期未缴纳信息处理费而终止处理的情形”这样说表三一个细项的零陈述，该细项的总计应为 0；几个细项或细项与几种办理结果并列在一个否定之后的（“无逾期不补正和不予处理的申请”“没有因信访举报投诉类申请、重复申请而不予处理的情况”），每一项都应为 0（说更宽的原因、表格没有的情形（逾期答复）或只说某一渠道、上年结转、其他种类申请的不算）；只说“无结转”、没有说是上年结转还是结转下年度的，两者都不为 0 时才报告；“无上年结转和结转下年度的申请”说两者都为 0；“不存在未办结的申请”“没有未办结的申请”同“无结转下年度的申请”，表三“四、结转下年度继续办理”应为 0（“超期未办结”“截至目前”、说上年结转的除外）。表二、表四的零陈述也可以同时说几行（“规章和行政规范性文件均未废止”“本年度未制发规章和行政规范性文件”“全年未作出行政许可、行政处罚决定”“本年度无行政许可、行政处罚和行政强制事项”“行政复议、行政诉讼均未发生”），每一行都应为 0；没有动词的“无行政强制事项”只在写明本年（全年、本年度）时才算，“本单位无行政许可事项”说的是职权，不算。“制发规章0件、行政规范性文件7件”中单写的后一行沿用前一个数字的动词。几项并列、共用其后一个数字的（“行政许可、行政处罚、行政强制均为0件”“制发规章、行政规范性文件均为0件”“行政复议、行政诉讼案件均为0件”），每一项都是这个数字；“均无”“均为零”和不带“均”的“数量为0”也一样（为零时不论有没有“均”，每一项都为零），行政复议、行政诉讼都为零则是一条陈述（表四两者都应为0）；并列以“等”结尾、含有表格没有的项目或文件没有动词时不读。“行政复议结果维持、纠正、其他分别为……”中的“行政复议”只限定其后的结果，不是分列的一项，写在几种结果之后单独的“其他”指其他结果。“收到自然人、法人申请分别为171件、7件”中列表之前的“收到”是各项共同的动词，不是分列的一项；列表中有表格没有的名称（“收到网上、自然人申请分别为100件、78件”“自然人、法人和个体工商户分别为……”）时，名称与数字不能一一对应，整句不读。小标题单独成行、其下是编号段落（“（二）依申请公开情况”下的“2.办理情况。予以公开6件……”）时，段落的主语按各级小标题判断。一项一行的列表（“办理结果如下：”之后各行的“（一）予以公开99件；”“（二）部分公开14件；”，或断在句中的“其中”之后的“1.予以公开99件；”；引导语之后、各项以“；”结束的不编号的行也是：“其中：”之后的“自然人申请171件；”；以“。”结束的收到申请件数的句子之后、以表三办理结果及其件数开头的编号行也是：“全年共收到政府信息公开申请178件。”之后的“（一）予以公开99件；”）与引导它的句子同属一段，按引导语读取；本身含有完整句子的编号段落和没有分句的小标题仍自成一段。总体情况“监督保障”小标题下的行政复议、行政诉讼件数按表四比较（格式把监督保障列为政府信息公开工作的内容），句中有依法行政、法治、应诉、执法、全局、各类等说明是本机关全部案件的字样时不比较（句子本身没有提政府信息公开、只是所在段落或小标题提到的，在第四部分以外的任何段落中都这样处理；第四部分中不提政府信息公开、说本机关全部案件的句子也不比较：“全年办理行政复议案件36件，行政应诉案件12件”）；总体情况其他段落中不提政府信息公开的复议、诉讼件数不比较，因为那里常写本机关各类案件。段落和句子都不提政府信息公开时，写有表三自己的栏目用语（结转下年度继续办理、本机关不掌握相关政府信息、逾期不补正等），或以“予以公开”“部分公开”说不带其他种类的申请（“予以公开的申请共90件”；“行政许可申请”“低保救助申请”是其他种类）的句子，说的也是政府信息公开申请。写明收到或办理政府信息公开申请件数的句子之后，只说办理结果、没有别的主语的句子（“全年共收到政府信息公开申请178件。已全部办结。”“……。办结173件，结转下年度5件。”）说的是这些申请；说行政复议、信访事项、热线、建议提案的句子，前一句是上一年、上年结转或其他事物的，不这样读；紧接在以这样的句子结束的段落之后（下一行，中间只隔空行，同属一部分）、只有这种句子开头的段落也这样读（“全年共收到政府信息公开申请178件。”下一行“办结率100%。”）（前一句把上年结转计入句末合计的除外：“收到申请22件，加上上年结转的1件，共需办理23件。已全部办结。”说的是全部23件）。案件也可以“例”计（“行政复议2例”；申请不以“例”计），以名词说出的件数按其动词读（“申请办结数8件”同“办结8件”）；“典型案例3件”不是案件数。说出居首的一项、其后单列的件数是这一项的（“其中予以公开占比最高，达99件”；“征地拆迁类申请最多，达90件”是表格没有的细分）；行政复议、诉讼之后重新答复的件数是部分申请，不是案件（“行政复议后重新答复的2件”）。括号说明它前面的数字：“183件（其中上年结转5件）”的183件是一＋二。同一句先写受理总数、后写较小的新收件数（“共受理申请59件，结转上年后新收到申请47件”“扣除上年结转后新收…”）时，前者是一＋二，后者是一。几个年份并列、以“分别”给出各年件数的（“2023年、2024年分别收到申请150件、178件”），报告年度的那一个照常比较；“2024年结转下年度继续办理7件”是表三“四、结转下年度继续办理”，不是上年结转。增加或减少到的数是本年的数，照常比较（“申请量由上年的150件增至178件”“行政复议案件下降为0件”读178件、0件），“由”“从”后面原来的数不比较；增减量或其他年份的数字之后，只以“增至”“达”“为”等引出的数是本年的同一项，照常比较（“较上年增加12件，达190件”“2023年共收到申请7件，2024年增至178件”）。不算陈述的有：书名号《》内的字（“印发《行政处罚裁量基准》等文件3件”不是行政处罚件数）、对某类申请说的“均已办结”“均予以公开”（“无不予处理情形的申请均已按期答复”“符合条件的申请均予以公开”）、约数（1000多条、600余条、近、约、超）、范围和界限（170至180件、至少、不少于、最多、少于）、数字与汉字混写的数（2万1650件）、增减量和比率、其他年份、几年合计或年内某段时间的数字（2023年共收到申请7件、近三年、2022—2024年、上半年收到申请80件、截至11月底、截至次年3月底现行有效规范性文件105件、结转的5件已于次年1月办结）、其他机关或更大范围的数字（县教育局制发规范性文件3件，县的报告中的市政府、省政府，部门、办公室的报告中的全县共收到…，辖区内、关区、县乡两级、县政府及其工作部门共收到…；部门、办公室的报告中以“我县”“我市”为主语的数字，政府自己的报告中照常比较，政府自己所辖的全域（县的报告中的“全县”、区或开发区的报告中的“全区”、乡镇的报告中的“全镇”“全乡”、街道办事处的报告中的“全街道”，省的除外）以及部门、委员会的报告中的“全局”“全委”“全厅”（指本机关整体；“全系统”“全局系统”包括下属单位，是更大范围）也一样，同一段另写本级、本机关、县政府本身或代表政府的办公室等一部分时除外（县政府本级收到申请35件，全县共收到178件；县政府收到申请35件，全县共收到178件），同一句写明它所含的各个机关时也除外（全县42个单位、全县行政机关；写在数字之后的也一样：全县共受理申请1200件（含县直部门和乡镇）、全县共受理申请1200件，其中县直部门800件、乡镇400件）；其他年份或更大范围的句子之后以“其中”开头、分列其件数的句子也一样：“全县各部门共收到申请1200件。其中，予以公开900件”）、年份、文号、条款号、固定说法（高效办成一件事）、其他事物的计数（热线、人大代表建议、政务服务办件）、公文按公开属性分的件数（审查公文683件，其中主动公开50件、依申请公开6件、不予公开12件：主动公开之后列出的属性；没有主动公开时，公文、文件件数之后列出的属性也是：审查公文683件，其中予以公开的50件，不予公开的12件）、主动公开信息按类别分列的件数（主动公开政府信息326条，其中行政许可93条：是公开的信息条数，不是作出的决定）、作出决定之前的立案或移送件数（行政处罚立案503件）、某一渠道或只算准予的许可件数（网上办理行政许可、准予行政许可）、几类决定相加的合计（行政许可36件，行政处罚12件，共计48件）、废止与失效合在一起的件数、紧接某一行文件之后另说的其他文件（“制发行政规范性文件9件，印发其他文件8件”“……各类文件80件”；只写“文件”的仍指该行：“……，按程序废止文件7件”）、代收的收费及与基金、罚没等其他收入合计的金额、复议机关不予受理或终止的件数、本机关作为复议机关收到、受理的复议申请（收到行政复议申请12件；表四是本机关被申请的案件）、以“份”计的文书、括号写明含政府信息公开类的全部案件件数、其他种类的申请及紧接其后说它们的件数和办理结果（受理医保报销申请2150件，办结2150件；受理行政许可申请2150件，其中不予处理3件；受理规划许可申请86件，依法予以公开公示86件）、其后以“其中”分出政府信息公开类的全部案件件数（行政复议案件40件，其中涉及政府信息公开的25件：40件不比较）、同一句说明不涉及政府信息公开的案件件数（行政复议案件40件，均不涉及政府信息公开；与政府信息公开无关），以及表格没有的细分：按渠道、内容、原因、办理方式或时限分的件数（其中网上申请102件、涉及征地拆迁类申请90件、延期答复5件、按期办结170件；“通过信函方式未收到申请”只说信函一种渠道；“网上申请中，”“网上申请的办理情况：”“其中通过网上申请的：”之后的办理结果和申请人件数只是这一渠道的），以及同一句中按机关分列的件数（县政府制发4件，县政府办公室制发3件；县政府现行有效78件、县政府办公室现行有效54件；区政府办公室收到申请20件，区自然资源局收到申请50件；镇政府收到申请3件，县自然资源局收到申请2件；镇本级收到申请3件，各村（社区）收到申请12件：与其他机关或各村、各社区、各部门、各乡镇的件数并列时，本机关的也只是一部分；表格是各机关之和）、写明某一机关的件数占更大范围的比例的（县政府办公室收到申请58件，占全县的32.6%：只是全县的一部分；“本机关收到……占全县的……”照常比较）、本机关的件数与全县、全市等更大范围同一项的件数写在同一句时表格是更大范围的数字（县政府本级收到申请35件，全县共收到178件：表中为178件时不报告）；但这类分项之后的“合计N件”（网上申请105件，快递17件，合计122件）、年内各段时间的件数之后的“全年合计N件”（第一季度收到申请31件……第四季度52件，全年合计178件）说的是全部申请，按一、一＋二或（七）总计比较；分项之后接着写的办结、结转或办理结果的件数，在分项加起来还不足前面写出的申请总数时，可能只说某一分项（全年受理申请178件，其中网上申请90件，办结85件：是网上申请的还是全部的？），不大于最大的分项时不比较，分项凑足总数（其中网上申请170件、当面申请8件）或件数大于每一个分项时照常比较（行政复议、行政诉讼案件的分项之后的结果也一样：被申请行政复议25件，其中涉及征地拆迁的10件，结果维持9件；分项之后、任何结果之前单独的“其他15件”是其余的案件，不是其他结果）；本机关各部分（本级政府及其办公室，乡镇、街道的党政办）分列的同一种文件件数或收到的申请件数之后的“合计N件”“共计N件”（县政府制发4件，县政府办公室制发3件，合计7件；镇政府收到申请3件，镇党政办收到申请2件，合计5件）是表格的数（申请按一、一＋二或（七）总计比较），照常比较（分项中有其他机关的不比较）。同样不比较的还有：某一事件以来的数字（自《条例》修订施行以来；今年以来、2024年以来照常比较）、同一个数字说了几类申请人的（178件申请均由公民个人和企业提出）、对答复不服申请复议的件数（申请人对答复不服申请行政复议3件）、以某种方式得到的办理结果（经补正后予以公开5件）、上年结转申请的办理结果（上年结转的5件申请中，予以公开3件；“上年结转申请的办理情况：”之后的也是）、本年新收申请的办理结果（本年新收申请中，予以公开96件；“本年新收申请的办理情况：”之后的也是；表三“二、上年结转”为0时照常比较）、以动词开头说出的本年新收申请办结件数（办结本年度新收申请173件）、某一结果再分的件数（结果纠正的10件中，责令重新答复8件）、清理的分项中继续有效的件数（清理规范性文件137件，其中……继续有效67件）、按程序分的处罚件数（简易程序案件1200件）和减轻负担、节约成本的金额（减轻企业负担86万元）。“尚有5件申请未到答复期限”说的是结转下年度的件数；因“信息不存在”无法提供的件数可以是“本机关不掌握相关政府信息”一项，也可以是整个“（四）无法提供”；“全年共制发各类文件326件，其中行政规范性文件7件”的7件是本年制发件数。紧接办理结果之后的“合计N件”“共计N件”：写了三类以上时是（七）总计（未写出的有两类以上时，也可以是所写各类之和：“予以公开99件、部分公开14件、不予公开12件，共计125件”）；只写了两类时是这两类之和、（两类即全部结果时）（七）总计，或（有未写出的申请时）全部申请（一、一＋二），任一相符即可（表中为3、1、总计4、新收5件时，“予以公开3件、无法提供1件，合计6件”报告）。自然人和法人或其他组织两类申请人的件数之后的“共计N件”“共N件”是全部申请，按一、一＋二或（七）总计比较。“予以公开及部分公开”指两项之和；“因本机关不掌握等原因无法提供”这样以一项举例（“等”）的说法指整个“（四）无法提供”，不只是其中一项。表三某行的总计栏空白、而各类申请人栏填了数字时，该行总计按各栏之和计算（空白计为 0），表四某组的总计空白时按各项结果之和计算，几个单元格相加时其中的空白也计为 0，消息中都会注明；什么都没填的行、单独一个空白单元格不作比较。表格的栏目之间是空格而不是制表符、某行的数字又少于应有的个数时，空白单元格不留痕迹，无法判断哪个数字在哪一列，这一行的数字都不与正文比较。单元格写法不规范但本意明确时（“178件”是178，“—”“/”“无”是0，字母O是0），按本意取数并在消息中注明（不规范的写法本身由“单元格不是数字”规则报告）；总计栏写“—”而同行其他栏有数字时，两者矛盾，不作比较。“零败诉”“行政诉讼无败诉案件”“行政复议零纠错”这类说法同“未被纠错”，是零陈述；“因答复不及时被申请行政复议，未被纠错”只说那几件。写了几类案件后说“均未被纠错”，指所写的各类案件（复议和诉讼）都没有被纠错；没有“均”“都”时指最后写到的一类。“均获维持”“全部被维持”说的是所提到的行政复议、行政诉讼案件都维持了（分号后自成一句的，只指分号后所写的那一类：“……；被提起行政诉讼9件，均获维持”只说行政诉讼；“均已审结”同样只指所说的案件，表四相应的尚未审结应为 0），表四相应的结果纠正、其他结果、尚未审结（尚未审结的还没有维持与否的结果）都应为 0（“已审结的”“其余”“除……外”、因某种原因（“因答复不及时被申请行政复议1件”）等只说部分案件的除外）。紧接一类案件的件数、单独成句的“结果维持”“结果纠正”“其他结果”“尚未审结”（“被申请行政复议1件，结果纠正”；写作“为结果维持”“为其他结果”“结果为其他”的也一样）同样说这些案件都是这一结果，表四该类案件的其他结果栏都应为 0（有自己件数的“其中1件尚未审结”、因某种原因的案件、一审等除外）。一句话的含义有几种读法时，只有每种读法都不相符才报告。每条陈述至多报告一次，消息写明正文和表格两方的数字，说明可能混淆的项目，并指向表格中对应的单元格。表格本身的合计关系出错、而正文与改正后的数一致时，只由合计规则报告那个单元格，不再报告正文。表格的合计关系不成立、表中的数又不能确定是哪个填错了（如一＋二＝（七）总计＋四不成立，一、四都可能有误），而正文说的是其中一个单元格（或说没有、所说的几个单元格中只有这一个不为 0，如“没有……败诉”而表四两类诉讼的“结果纠正”中有一个为 1）、它的数正好使这个单元格所在的合计关系都成立时，消息说明表格可能填错了，并提供按正文改正这个单元格的选项（供选择，不自动应用：也可能是正文有误）。表格本身的合计关系都成立、正文的数字以阿拉伯数字写出时，提供按表格改正正文数字的选项（各种读法的数不同时每种一个，至多三个；供选择，不自动应用：也可能是表格有误）；零陈述、以万或元写出的数、与失效件数并列的废止件数不提供。正文说收取了信息处理费（“收取信息处理费500元”，金额大于 0，所在分句没有“未”“不”“无”“没有”“免”等否定，不是可以或应当收取的、收费标准、增减或退还（“可”“应”“按件”“较上年”“退还”），其后同句没有说减免或退还，所在句子也不是其他年份的），而表三“一、本年新收”与“二、上年结转”的总计都为 0 时，也报告：信息处理费只能在办理申请时收取。',
        'Each number in the prose (never in tables) that states a quantity the tables hold is read by the subject and verb of its own clause: requests received (table 三 I), requests including last year’s carry-over (I + II), requests handled or answered (I + II or (7) total — either agrees; after the requests received in the same sentence, last year’s not yet named, also those of them dealt with, I − IV), carry-overs (去年结转 too, and one named after its count: 其中5件为上年结转; 延期至下年度答复 is a carry to next year), outcomes and their items (重复申请, 本机关不掌握…), natural persons (公民, 公民个人; 来自自然人的申请; 涉及自然人3件) and organisations (after a count of requests dealt with, also those of (7) total: 已办结4件，其中自然人3件), rules and normative documents issued / repealed (with 失效 stated beside it) / in force, licensing, penalty and coercion decisions (items handled too: 办理行政许可事项1.2万件; 行政许可事项 alone counts items of a list), fees (元 or 万元; money waived or refunded, and its parts, is not money collected), review and lawsuits (direct or after review) with their results, and zero statements such as 未收到申请, 未收到依申请公开信息, 未收到公众关于政府信息公开的申请 (the topic is disclosure itself; 未收到关于某项目的申请 speaks of that topic alone), 全年零申请, 全年无依申请公开件, 不存在因政府信息公开被提起行政诉讼的情况, 实现零复议、零诉讼 or 全年未实施行政强制 (not a goal: 力争零复议) (“没有发生…败诉等事项” only says no case was lost); 已全部办结 or 办结率100% says every request of the year was dealt with, which cannot be when table 三 carries more requests to next year (IV) than it carried over from last year (II) (timeliness rates (按时办结率, 到期办结率), 截至目前, 其余 and what is said of last year’s carry-over excepted, though 均在法定期限内答复 only says the answers were in time and is no exception; with 已 or 完毕, 均已在法定期限内办结 and 均在法定期限内办结完毕 say every one was done; 截至年底 and 截至2024年12月31日 are the year’s end, no later date; 上年结转N件, 无上年结转 or 结转下年度继续办理N件 told after it does not change this — the last contradicts it, and is reported when IV exceeds II; a figure carried to next year before it, or as an exception (…除外), makes it “all the others”, not compared); right after a total said in the same sentence to include last year’s carry-over (“收到申请183件（含上年结转5件），已全部办结”) it speaks of all of them, carry-over included, and cannot be while table 三 IV is not 0 (the carry-over told as a clause of its own is still read as above); in “（不含上年结转N件）” N is the carry-over and the figure before it new requests; 均予以公开 or 全部予以公开 right after the requests received says every new request was disclosed, which cannot be when table 三 I exceeds (1) disclosed (not 其余均予以公开, 除…外, after a count handled or after a part); a zero statement listing several outcomes (未有不予公开、无法提供的情况) says each of them is 0 (没有不予公开的政府信息公开申请 too); one naming a single item of table 三 (无逾期不补正的申请, 没有以重复申请为由不予处理的, 不存在因信访举报投诉类申请不予处理的情况, 未发生因逾期未缴纳信息处理费而终止处理的情形) says that item’s total is 0, and one listing several items, or items and outcomes, after one negation (无逾期不补正和不予处理的申请, 没有因信访举报投诉类申请、重复申请而不予处理的情况) says so of each (not a wider cause, a case the table has not (逾期答复), or after one channel’s, last year’s or another kind’s requests); a bare 无结转, from last year or to next unsaid, is reported only when neither is 0; 无上年结转和结转下年度的申请 says both are 0; 不存在未办结的申请 and 没有未办结的申请 are 无结转下年度的申请: table 三 IV must be 0 (not 超期未办结, 截至目前, or said of the carry-over). Zero statements of tables 二 and 四 may name several rows at once (规章和行政规范性文件均未废止, 本年度未制发规章和行政规范性文件, 全年未作出行政许可、行政处罚决定, 本年度无行政许可、行政处罚和行政强制事项, 行政复议、行政诉讼均未发生), and each must then be 0; without a verb, 无行政强制事项 counts only when it names the year (全年, 本年度): 本单位无行政许可事项 speaks of the office’s powers. In “制发规章0件、行政规范性文件7件” the row named alone takes the verb of the figure before it. Items listed before one figure they share (行政许可、行政处罚、行政强制均为0件, 制发规章、行政规范性文件均为0件, 行政复议、行政诉讼案件均为0件) each take that figure; so do 均无, 均为零 and a 0 without 均 (数量为0: none of several is none of each), and none of the reviews and the lawsuits is one statement (both of table 四 must be 0); not a list ending in 等, holding an item the tables do not, or documents without their verb. In “行政复议结果维持、纠正、其他分别为…” 行政复议 only qualifies the results after it and is not one of the items, and a bare 其他 after results is 其他结果. In “收到自然人、法人申请分别为171件、7件” the verb before the list (收到) is said of every item and is not one of them; a list that holds a name the tables do not have (“收到网上、自然人申请分别为100件、78件”, “自然人、法人和个体工商户分别为…”) cannot pair its names with its figures, and the sentence is not read. Under a sub-heading on its own line, numbered paragraphs (“2.办理情况。予以公开6件…” under “（二）依申请公开情况”) take their subject from every heading above them. A list one item a line (“（一）予以公开99件；” and “（二）部分公开14件；” on the lines after “办理结果如下：”, or “1.予以公开99件；” after a line broken off at “其中”; unnumbered lines too after a lead-in while each item ends in ；: “自然人申请171件；” after “其中：”; and numbered lines opening with one of table 三’s outcomes and its count right after a sentence of the requests received ended with 。: “（一）予以公开99件；” after “全年共收到政府信息公开申请178件。”) is one paragraph with the sentence that leads into it, and read with it; a numbered paragraph with a sentence of its own, or a sub-heading without a clause, still begins a paragraph. Review and lawsuit counts under part 一’s 监督保障 sub-heading are compared with table 四 (the format makes 监督保障 part of the disclosure work), unless the sentence speaks of all the body’s cases (依法行政, 法治, 应诉, 执法, 全局, 各类) — so too in any paragraph outside part 四 where the sentence itself names no disclosure and only its paragraph or heading does; elsewhere in part 一 such counts without a word of disclosure are not read: the overview often reports the body’s cases of every kind; in part 四 too, a sentence of all the body’s cases (依法行政, 法治, 应诉, 执法, 全局, 各类) naming no disclosure is not read (全年办理行政复议案件36件，行政应诉案件12件). Where neither the paragraph nor the sentence names disclosure, a sentence with table 三’s own words (结转下年度继续办理, 本机关不掌握相关政府信息, 逾期不补正 …), or with 予以公开 or 部分公开 said of requests of no other kind (予以公开的申请共90件; 行政许可申请 and 低保救助申请 are other kinds), speaks of disclosure requests all the same. A sentence right after one that counts the disclosure requests received or handled, saying only what became of them with no subject of its own (“全年共收到政府信息公开申请178件。已全部办结。”, “…。办结173件，结转下年度5件。”), speaks of those requests; not one about review, petitions, hotlines or deputies’ proposals, nor after a sentence about last year, a carry-over or other things; so does such a paragraph on the line right after a paragraph that ends counting the requests, with only blank lines between and in the same part (“全年共收到政府信息公开申请178件。” then “办结率100%。” as a paragraph of its own) (but a carry-over taken into the total that ends the sentence before is of all of them: “收到申请22件，加上上年结转的1件，共需办理23件。已全部办结。” speaks of all 23). Cases may be counted in 例 (行政复议2例; requests are not), and a count named by its noun is read as its verb (申请办结数8件 as 办结8件); examples published (典型案例3件) are no cases. A bare count after the item that leads is that item’s (其中予以公开占比最高，达99件; 征地拆迁类申请最多，达90件 is a breakdown the tables do not hold); requests answered again after a review or a judgment (行政复议后重新答复的2件) are some requests, not cases. A parenthesis explains the figure before it: in “183件（其中上年结转5件）” 183 is I + II. A received total followed in the same sentence by a smaller count of new requests (“共受理申请59件，结转上年后新收到申请47件”, “扣除上年结转后新收…”) is I + II, the latter I. Years listed before 分别 (“2023年、2024年分别收到申请150件、178件”) each take their figure, and the report’s year’s is compared; “2024年结转下年度继续办理7件” is table 三 IV, not the carry-over from last year. A level reached is this year’s figure and is compared (“申请量由上年的150件增至178件”, “行政复议案件下降为0件” state 178 and 0); the earlier one, after 由 or 从, is not; a figure only a level verb (增至, 达, 为) introduces right after a change or another year’s figure is this year’s of the same quantity and is compared (“较上年增加12件，达190件”, “2023年共收到申请7件，2024年增至178件”). Not claims: words inside a title in 《》 (印发《行政处罚裁量基准》等文件3件 counts no penalty), “all dealt with” or “all disclosed” said of requests of a kind (无不予处理情形的申请均已按期答复, 符合条件的申请均予以公开), approximations, ranges and bounds (170至180件, 至少, 不少于, 最多, 少于), figures written part in digits, part in numerals (2万1650件), deltas and rates, figures of another year, of several years (近三年, 2022—2024年) or of part of the year (上半年; 截至11月底; counted up to a date of the next year: 截至2025年3月底现行有效105件; done after the year: 结转的5件已于次年1月办结), of another body or a wider one (县教育局制发规范性文件3件; 市政府 or 省政府 in a county’s report; 全县 in a department’s or an office’s report; 辖区内, 关区, 县乡两级, 县政府及其工作部门; 我县 or 我市 as the subject in a department’s or an office’s report, though read in a government’s own, as is the government’s own whole region (全县 in a county’s report, 全区 in a district’s or a development zone’s, 全镇 or 全乡 in a township’s, 全街道 in a sub-district office’s; not a province’s) and a department’s or a commission’s own whole (全局, 全委, 全厅: the body itself; 全系统 and 全局系统, with the units beneath it, are wider) unless its paragraph also names a narrower part as the government’s own (本级, 本机关, the government itself, an office acting for it: 县政府本级收到申请35件，全县共收到178件; 县政府收到申请35件，全县共收到178件) or its sentence names the bodies it sums (全县42个单位, 全县行政机关; after its figure too: 全县共受理申请1200件（含县直部门和乡镇）, 全县共受理申请1200件，其中县直部门800件、乡镇400件); so is a sentence opening with 其中 that breaks down such a sentence’s figure: 全县各部门共收到申请1200件。其中，予以公开900件), years, document and article numbers, set phrases, counts of other things, documents counted by their 公开属性 (审查公文683件，其中主动公开50件、依申请公开6件、不予公开12件: the classes listed after 主动公开, or, with no 主动公开, after a count of documents: 审查公文683件，其中予以公开的50件，不予公开的12件), information published counted by kind (主动公开政府信息326条，其中行政许可93条: items put online, not decisions made), cases opened or handed on before a decision (行政处罚立案503件), licences of one channel or grants alone (网上办理, 准予行政许可), a total of several kinds of decision (行政许可36件，行政处罚12件，共计48件), documents repealed and lapsed counted together, documents of other kinds right after a row of documents (制发行政规范性文件9件，印发其他文件8件; …各类文件80件; a bare 文件 is still that row’s: …，按程序废止文件7件), fees collected for others (代收) or summed with other money (基金, 罚没), reviews not accepted or ended (不予受理, 终止), applications for review the office received or accepted as the review body (收到行政复议申请12件; table 四 counts those against it), papers counted in 份, cases whose parenthesis says disclosure’s are among them (含政府信息公开类), another kind of application and the counts and outcomes right after it (受理医保报销申请2150件，办结2150件; 受理行政许可申请2150件，其中不予处理3件; 受理规划许可申请86件，依法予以公开公示86件), all the body’s cases before a breakdown that names disclosure (行政复议案件40件，其中涉及政府信息公开的25件: 40 is not compared), cases the sentence says are not about disclosure (行政复议案件40件，均不涉及政府信息公开; 与政府信息公开无关), and breakdowns the tables do not hold (by channel, topic, cause, manner or time: 其中网上申请102件, 涉及征地拆迁类申请90件, 延期答复5件, 按期办结170件; “通过信函方式未收到申请” speaks of one channel; so are the outcomes and the applicants after 网上申请中，, 网上申请的办理情况： or 其中通过网上申请的：), and counts a sentence gives body by body (县政府制发4件，县政府办公室制发3件; 县政府现行有效78件、县政府办公室现行有效54件; 区政府办公室收到申请20件，区自然资源局收到申请50件; 镇政府收到申请3件，县自然资源局收到申请2件; 镇本级收到申请3件，各村（社区）收到申请12件: beside another body’s count, or that of the villages, communities, departments or townships (各村, 各社区, 各部门, 各乡镇), the report’s own is one part too; the table holds their sum), a named body’s count given as its share of a wider whole (县政府办公室收到申请58件，占全县的32.6%: one part of the county’s; 本机关收到…，占全县的… is compared), the office’s count in a sentence that gives the same count of a wider whole (全县, 全市) when the table holds the whole’s figure (县政府本级收到申请35件，全县共收到178件: not reported when the table holds 178); but a “合计N件” after such parts (网上申请105件，快递17件，合计122件), or a “全年合计N件” after parts of the year (第一季度收到申请31件…第四季度52件，全年合计178件), is all the requests, compared with I, I + II or (7) total, and a “合计N件” or “共计N件” after one kind of document, or the requests received, counted body by body, each body the report’s own (a government and its office; a township’s or sub-district’s 党政办) (县政府制发4件，县政府办公室制发3件，合计7件; 镇政府收到申请3件，镇党政办收到申请2件，合计5件), is the table’s figure and compared (requests with I, I + II or (7) total; not when another body is among the parts). Nor are these compared: figures since an event (自《条例》修订施行以来; 今年以来 and 2024年以来 are the year’s), one figure said of several kinds of applicant (178件申请均由公民个人和企业提出), reviews of applicants who disputed an answer (申请人对答复不服申请行政复议3件), outcomes reached in one manner (经补正后予以公开5件), the outcomes of last year’s carry-over (上年结转的5件申请中，予以公开3件; after 上年结转申请的办理情况： too), the outcomes of the year’s new requests (本年新收申请中，予以公开96件; after 本年新收申请的办理情况： too; compared when table 三 II is 0), the new requests dealt with said verb first (办结本年度新收申请173件), the kinds of one result (结果纠正的10件中，责令重新答复8件), the documents kept in a review’s breakdown (清理规范性文件137件，其中…继续有效67件), penalties by procedure (简易程序案件1200件) and money spared (减轻企业负担86万元). “尚有5件申请未到答复期限” counts the requests carried to next year; requests unanswerable because “信息不存在” may be the item 本机关不掌握相关政府信息 or the whole group (4) 无法提供; in “全年共制发各类文件326件，其中行政规范性文件7件” 7 is the documents issued. A count handled, carried over or of an outcome written after such parts, while the parts still fall short of the total stated before them, may be of one part (全年受理申请178件，其中网上申请90件，办结85件: of the online ones, or of all?): not compared when no larger than the largest part; compared once the parts make up the total (其中网上申请170件、当面申请8件) or when larger than every part. So too the results after a part of the review or lawsuit cases (被申请行政复议25件，其中涉及征地拆迁的10件，结果维持9件); a bare “其他15件” after such a part and before any result is the other cases, not 其他结果. A “合计N件” or “共计N件” right after the outcomes is (7) total after three groups or more (or, with two groups or more left unsaid, the sum of those named: “予以公开99件、部分公开14件、不予公开12件，共计125件”); after two, their sum, (7) total (when they are all the outcomes) or all the requests, some left unsaid (I, I + II), any agrees (“予以公开3件、无法提供1件，合计6件” is reported when the table holds 3, 1, a total of 4 and 5 requests). A total (共计N件, 共N件) after both kinds of applicant, natural persons and legal persons or other organisations, is all the requests, compared with I, I + II or (7) total. “予以公开及部分公开” is the two outcomes together; an item given as an example (“因本机关不掌握等原因无法提供”, with 等) speaks of its whole group, (4) 无法提供, not of that item alone. Where a table 三 row’s total is blank but its applicant columns hold figures, the row’s total is their sum (blanks as 0), a table 四 group’s blank total is the sum of its results, blanks in any sum of several cells count 0 likewise, and the message says so; a row with nothing written, or a single blank cell, is not compared. Where a table’s columns are parted by spaces, not TABs, and a row has fewer figures than it should, a blank cell left no trace and which figure is in which column is not known: none of that row’s figures is compared. A cell written with a slip whose meaning is certain (“178件” is 178; “—”, “/”, “无” and the letter O are 0) is read as meant and the message says so (the slip itself is cell-not-number’s finding); a “—” total beside figures contradicts them and is not compared. “零败诉”, “行政诉讼无败诉案件” and “行政复议零纠错” are zero statements like “未被纠错”; after a case of a named cause (因答复不及时被申请行政复议，未被纠错) they speak of those cases only. “均未被纠错” after several kinds of case speaks of all of them (review and lawsuits); without 均 or 都, of the last kind named. “均获维持” (all upheld) says that every review or lawsuit the sentence named was upheld (after a semicolon, the kind named after it alone: “…；被提起行政诉讼9件，均获维持” speaks of the lawsuits; “均已审结” likewise of the cases named, whose pending cell must be 0): table 四’s corrected, other and pending cells of those groups must be 0 (a pending case has no outcome yet); not when said of part of the cases (已审结的, 其余, 除…外, cases of a named cause: 因答复不及时被申请行政复议1件). A bare 结果维持, 结果纠正, 其他结果 or 尚未审结 as a clause of its own right after the count of one kind of case (被申请行政复议1件，结果纠正; after 为 too: 为结果维持, 为其他结果, 结果为其他) likewise says every case counted had that result: table 四’s other results of that kind must be 0 (not 其中1件尚未审结 with a count of its own, cases of a named cause, or of one instance). Where a sentence admits several readings, it is reported only when none agrees. One finding at most per claim, naming both figures, the quantity the writer may have confused it with, and pointing at the table cells. When a table total is wrong and the prose agrees with the corrected figure, only the arithmetic rule reports the cell. When the table’s relations fail and its figures cannot tell which cell is wrong (I + II = (7) total + IV failing, where I or IV may be the one), and the prose speaks of one of those cells with the figure that makes every relation of that cell hold (or says there were none of a sum of cells only that one of which is not 0: “没有……败诉” with one of the lawsuits’ 结果纠正 at 1), the message says the table may be the one wrong and offers the prose’s figure for the cell, as a choice (never applied by itself: the prose may be wrong instead). When the table’s relations all hold and the prose’s figure is written in digits, the table’s figure is offered for the prose’s, as a choice (one for each figure its readings give, three at most; never applied by itself: the table may be wrong instead); not for a statement of none, a figure in 万 or 元, or 废止 stated with 失效. A fee said to be charged (“收取信息处理费500元”, above 0, its clause neither denying it (未, 不, 无, 没有, 免) nor saying what may or should be charged, a standard, a change or a refund (可, 应, 按件, 较上年, 退还), its sentence not waiving or refunding it after (减免, 退还) nor of another year) in a report whose table 三 totals 0 for both I (new) and II (carried over) is reported too: the fee is charged only for a request handled.',
      ),
      bad: '全年共受理政府信息公开申请35件。（表三“一、本年新收”总计为178）',
      good: '全年共受理政府信息公开申请178件。',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    const seen = new Set<string>();
    // A figure the arithmetic rules correct is their finding: prose that agrees with the corrected
    // figure is right, and saying so twice would report one mistyped cell as two faults. So is a figure they
    // report without a fix because several corrections fit alike (a group of table 四 that does not add up):
    // prose that agrees with the total recomputed agrees with one of the tables the figures allow.
    // Made when a claim first fails: most reports have none.
    let corrected: Map<Cell, number> | undefined;
    const correctionsOf = (): Map<Cell, number> => {
      if (corrected) return corrected;
      corrected = new Map();
      for (const c of analyzeArithmetic(model).corrections) {
        const v = c.value ?? c.possible;
        if (v !== undefined) corrected.set(c.cell, v);
      }
      return corrected;
    };
    const correctedValue = (r: Reading, corrected: Map<Cell, number>): number | undefined => {
      if (r.value === undefined || !r.cells.some((c) => c.cell && corrected.has(c.cell))) return undefined;
      let v = r.value;
      for (const c of r.cells) {
        const fixed = c.cell ? corrected.get(c.cell) : undefined;
        if (fixed === undefined) continue;
        // The figure the reading took for the cell: a number, a placeholder as 0, a count with its unit as its figure.
        const was = countedFigure(c.cell!.value, c.cell!.raw);
        if (was !== undefined) v += fixed - was;
      }
      return v;
    };
    // Cells a layout fault of the table makes unreadable: all of a table whose columns are not the format's (most rows
    // have cells missing or extra) or of table 三 when its totals stand in another column,
    // a row moved one cell over or pasted over its neighbour (the arithmetic rules report the fault once; prose
    // read against those figures would be told it disagrees with what the table does not say).
    let misread: Set<Cell> | undefined;
    const misreadCells = (): Set<Cell> => {
      if (misread) return misread;
      misread = new Set();
      for (const t of model.tables) if (columnsUnlike(t)) for (const r of t.rows) for (const c of r.cells) misread.add(c);
      for (const f of analyzeArithmetic(model).layout) {
        const rows = f.kind === 'totals-column' ? f.table.rows : f.kind === 'pasted-row' || f.kind === 'shifted-row' ? f.rows : [];
        for (const r of rows) for (const c of r.cells) misread.add(c);
      }
      return misread;
    };
    // Each cell's checked relations of tables 三 and 四, made when a claim first fails beside a failing relation.
    let relationsByCell: Map<Cell, RelationState[]> | undefined;
    const relationsOfCell = (cell: Cell): readonly RelationState[] => (relationsByCell ??= relationsByCellOf(model)).get(cell) ?? [];
    // The table's own figures cannot tell which of its cells is wrong (a balance that fails where 一, 二 or 四 could each
    // be the mistyped one; the arithmetic rules give no figure, or one only as a choice), and the prose names one of those
    // cells with the figure that makes every relation of it hold, breaking none: the prose tells the readings apart, and
    // the table's cell is offered that figure, as a choice (the prose may be the one wrong, the relations failing
    // besides). Only a reading of one cell (or of one cell not 0, for a statement of none), the only such reading of the
    // claim, and no cell the arithmetic corrects.
    const tableSide = (claim: Claim): { cell: Cell; value: number } | undefined => {
      const v = claim.value;
      if (!Number.isInteger(v) || v < 0) return undefined;
      const corrected = analyzeArithmetic(model).corrections;
      let found: { cell: Cell; value: number } | undefined;
      for (const r of claim.readings) {
        // One cell the claim gives its figure; or, a statement of none, a sum of cells of which one alone is not 0
        // (没有发生……败诉: table 四's 结果纠正 of both kinds of lawsuit, one of them 1): none means that one is 0.
        let cell: Cell | undefined;
        if (r.cells.length === 1) cell = r.cells[0]!.cell;
        else if (claim.zero && v === 0 && r.cells.every((c) => c.cell)) {
          // packedMap: `map`'s array is packed or holey by whether its caller runs optimised (arrays.ts), and `some` on
          // the other kind threw this function's optimised code away.
          const figures = packedMap(r.cells, (c) => countedFigure(c.cell!.value, c.cell!.raw));
          if (figures.some((x) => x === undefined) || figures.reduce((a, b) => a! + b!, 0) !== r.value) continue;
          const others = r.cells.filter((_, k) => figures[k] !== 0);
          if (others.length === 1) cell = others[0]!.cell;
        }
        if (!cell) continue;
        const was = countedFigure(cell.value, cell.raw);
        if (was === undefined || was === v) continue;
        const states = relationsOfCell(cell);
        if (!states.some((s) => !s.holds)) continue;
        const cells = new Set<Cell>();
        for (const s of states) for (const c of cellsOf(s.relation)) cells.add(c);
        if (corrected.some((c) => c.value !== undefined && cells.has(c.cell))) continue;
        const overrides = new Map<Cell, number>([[cell, v]]);
        if (!states.every((s) => evaluateWith(s.relation, overrides).holds)) continue;
        if (found && found.cell !== cell) return undefined;
        found = { cell, value: v };
      }
      return found;
    };
    // The prose's side: a figure written in digits (a layout's line break or invisible character inside it aside), whose
    // readings give figures of the table (one fix for each figure, at most three) in cells whose relations all hold (the
    // table is consistent): the table's figure is offered
    // for the prose's, as a choice (the table may be the one wrong, both sides agreeing in their errors). Not a
    // statement of none (no figure to replace), nor one with another figure beside it (废止 with 失效), nor one in 万 or
    // 元 (its unit is not the table's).
    const proseSide = (claim: Claim, known: readonly Reading[]): { readings: readonly Reading[]; written: string } | undefined => {
      if (claim.zero || claim.alternatives.length > 0 || known.length === 0) return undefined;
      // The figure as written, less a line break (prose wrapped inside it: 9⏎99) and invisible characters (9\u200b99)
      // within it: the fix writes the figure over all of it.
      const written = figureWritten(model, claim.numberRange);
      if (!/^(?:[0-9]+|[０-９]+)$/.test(written) || Number(fold(written)) !== claim.value) return undefined;
      const readings: Reading[] = [];
      for (const reading of known) {
        const v = reading.value!;
        if (!Number.isInteger(v) || v < 0) return undefined;
        for (const c of reading.cells) if (!c.cell || relationsOfCell(c.cell).some((s) => !s.holds)) return undefined;
        if (!readings.some((x) => x.value === v)) readings.push(reading);
      }
      return readings.length <= 3 ? { readings, written } : undefined;
    };
    for (const claim of claimsOf(model)) {
      if (claim.holds !== false) continue;
      const unreadable = misreadCells();
      if (unreadable.size > 0 && claim.readings.some((r) => r.cells.some((c) => c.cell && unreadable.has(c.cell)))) continue;
      const corrections = correctionsOf();
      if (corrections.size > 0 && claim.readings.some((r) => {
        const v = correctedValue(r, corrections);
        return v !== undefined && [claim.value, ...claim.alternatives].includes(v);
      })) continue;
      const key = `${claim.range.start.line}:${claim.range.start.character}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { known, said, related } = saidOf(model, claim);
      const side = known.length > 0 && analyzeArithmetic(model).relations.some((s) => s.evaluable && !s.holds) ? tableSide(claim) : undefined;
      out.push({
        range: claim.range,
        message: side
          ? text(
            `${said['zh-CN']}表格本身的合计关系也不成立；把表中这个数改为正文所说的 ${formatFigure(side.value)}，合计关系就都成立，可能是表格填错了。`,
            `${said.en} The table's own relations fail too, and all hold with that cell at the text's ${formatFigure(side.value)}: the table may be the one wrong.`,
          )
          : said,
        related,
        fixes: side
          ? [{ title: text(`按正文把表中的数改为 ${formatFigure(side.value)}`, `Change the table's cell to ${formatFigure(side.value)}, as the text says`), edits: [{ range: side.cell.range, newText: formatLike(side.value, side.cell.raw) }], choice: true }]
          : proseFix(claim, proseSide(claim, known)),
      });
    }
    out.push(...feeWithoutRequests(model));
    return out;
  },
);
