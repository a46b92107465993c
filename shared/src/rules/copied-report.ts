import { tableName } from '../describe';
import { text } from '../i18n';
import type { Table, TableRow } from '../model';
import { defineRule, type RuleFinding } from '../rule';
import type { TableKind } from '../template';
import { documentAnchor, tableOf } from './helpers';
import { lastYearsOwn, previousName, proseCopy, wholeCopy } from './previous-year';

/**
 * A cell that tells a year apart: not a sum (a 总计 column, （七）总计, a group's subtotal), which repeats whenever its
 * parts do, and in table 三 not 一、本年新收 or 二、上年结转 either: this year's requests are its outcomes and carry-over
 * less last year's carry-over (format.md §3.4 A2), and the carry-over is last year's own figure. So 2 requests of
 * natural persons, both disclosed, is one telling figure, not six (一, 予以公开 and （七）总计, each with its 总计).
 */
function telling(table: Table, row: TableRow, column: number): boolean {
  const col = row.spec?.columns[column]?.id;
  if (col === undefined || col === 'total' || col.endsWith('.total')) return false;
  if (row.subtotalOf !== undefined || row.spec?.id === 'total') return false;
  return table.kind !== 'requests' || row.spec?.outcome === true || row.spec?.id === 'carryNext';
}

/** A table's figures by row and column; undefined when it holds too few telling non-zero figures to tell. */
function figures(table: Table): Map<string, string> | undefined {
  const out = new Map<string, string>();
  let nonZero = 0;
  for (const row of table.rows) {
    const id = row.spec?.id ?? row.subtotalOf;
    if (!id) continue;
    row.cells.forEach((c, i) => {
      const v = c.value;
      const value = v.kind === 'number' ? String(v.value) : v.kind === 'empty' ? '' : c.raw.trim();
      if (v.kind === 'number' && v.value !== 0 && telling(table, row, i)) nonZero++;
      out.set(`${id}#${i}`, value);
    });
  }
  return nonZero >= MIN_NON_ZERO ? out : undefined;
}

/**
 * Tables of zeros repeat legitimately (an office with no requests two years running), and so do tables of a few small
 * figures (one review upheld both years; two requests, both disclosed).
 */
const MIN_NON_ZERO = 3;

function same(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

export default defineRule(
  {
    code: 'copied-report',
    severity: 'warning',
    category: 'cross-year',
    title: text('与上一年度报告雷同', 'Same as last year’s report'),
    fixable: false,
    doc: {
      summary: text(
        '表二、表三或表四的数字与上一年度报告完全相同，或全文（或表格以外的正文）除年份外与上一年度报告相同。',
        'Table 二, 三 or 四 holds exactly last year’s figures, or the whole text (or the text outside the tables) is last year’s with only the years changed.',
      ),
      details: text(
        '《政府信息公开工作年度报告格式》要求对“内容雷同”“敷衍塞责”追责；照抄上一年度的报告、只改年份，或表格数字与去年一模一样，是真实发生过的错误（某统计局连续三年报告数字相同）。只有提供了同一机关上一年度的报告、两份报告的年份已知时相邻才检查。一张表至少有3个能区分年份的非零数字时才比较：全为零的表（例如两年都没有收到申请）和只有少数小数字的表（两年都是1件复议维持；两年都是2件自然人申请、都予以公开）相同是正常的。合计（总计列、（七）总计、小计）随其组成部分重复，不算；表三只算各办理结果和“四、结转下年度继续办理”，因为“一、本年新收”由办理结果和结转推出，“二、上年结转”本就是上一年度的数字。全文相同时只报告一次，其他跨年度规则此时也不再报告。表格以外的正文（标题、部分标题和不足30字的行除外）按字数有九成以上是上一年度报告中逐字相同的段落（只改了年份），而表格数字已更新时，也报告一次：这样的正文没有写本年度的工作；少于300字的正文不比较，每年都有的套话（前言、“单位：件”、表格栏目）不足以构成雷同。',
        'The national format names 内容雷同 (copied content) among the faults it holds offices accountable for; a report copied from last year with only the year changed, or tables repeating last year’s figures, have happened (one statistics bureau published the same figures three years running). Checked only with last year’s report of the same body and consecutive years (when known). A table is compared only when it holds at least 3 non-zero figures that tell a year apart: tables of zeros (no requests two years running) and of a few small figures (one review upheld both years; two requests of natural persons, both disclosed, both years) repeat legitimately. Sums (总计 columns, （七）总计, subtotals) repeat with their parts and do not count; in table 三 only the outcomes and “IV. carried to next year” count, as “I. new requests” follows from them and “II. carried over” is last year’s own figure. A whole copied text is reported once, and the other cross-year rules are then silent. When nine tenths of the text outside the tables (title, part headings and lines under 30 characters aside), by characters, are paragraphs of last year’s report word for word (only the years changed) while the tables’ figures were updated, that is reported once too: such a text does not tell this year’s work; texts under 300 characters are not compared, and the boilerplate every year repeats (the preface, 单位：件, the tables’ labels) is too little to make a copy.',
      ),
      bad: '（上一年度报告）行政许可 21650、行政处罚 2656、行政强制 500 …\n（本年度报告）行政许可 21650、行政处罚 2656、行政强制 500 …',
      good: '（本年度报告）填写本年度的实际数字。',
    },
  },
  ({ model, previous }) => {
    if (!previous || !lastYearsOwn(model, previous)) return [];
    const { 'zh-CN': zhPrev, en: enPrev } = previousName(previous);
    if (wholeCopy(model, previous)) {
      return [{
        range: documentAnchor(model),
        message: text(`全文除年份外与${zhPrev}完全相同，请按本年度的实际情况编写。`, `The whole text is ${enPrev} with only the years changed; write this year’s report.`),
        related: [{ range: documentAnchor(previous), document: 'previous', message: text(zhPrev, enPrev) }],
        fixes: [],
      }];
    }
    const out: RuleFinding[] = [];
    if (proseCopy(model, previous)) {
      out.push({
        range: documentAnchor(model),
        message: text(
          `正文九成以上与${zhPrev}逐字相同（只改了年份），只有表格的数字不同，请按本年度的实际情况编写。`,
          `Nine tenths or more of the text outside the tables is ${enPrev}’s word for word (only the years changed); only the tables’ figures differ. Write this year’s report.`,
        ),
        related: [{ range: documentAnchor(previous), document: 'previous', message: text(zhPrev, enPrev) }],
        fixes: [],
      });
    }
    for (const kind of ['active', 'requests', 'review'] as TableKind[]) {
      const a = tableOf(model, kind);
      const b = tableOf(previous, kind);
      if (!a || !b) continue;
      const fa = figures(a);
      const fb = figures(b);
      if (!fa || !fb || !same(fa, fb)) continue;
      const name = tableName(kind);
      out.push({
        range: a.anchor,
        message: text(`${name['zh-CN']}的数字与${zhPrev}完全相同，请核对是否照抄了上一年度的数据。`, `${name.en} holds exactly the figures of ${enPrev}; check that last year’s data were not copied.`),
        related: [{ range: b.anchor, document: 'previous', message: text(`${zhPrev}：${name['zh-CN']}`, `${enPrev}: ${name.en}`) }],
        fixes: [],
      });
    }
    return out;
  },
);
