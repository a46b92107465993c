import { text } from '../i18n';
import { fold } from '../normalize';
import { defineRule, type RuleFinding } from '../rule';
import { TABLE_NAMES } from '../template';
import type { Range } from '../text';

/** Whether a range runs over a TAB: a label broken around its row's figures holds them between its pieces. */
function spansFigures(lines: readonly string[], r: Range): boolean {
  for (let l = r.start.line; l <= r.end.line; l++) {
    const line = lines[l] ?? '';
    const from = l === r.start.line ? r.start.character : 0;
    const to = l === r.end.line ? r.end.character : line.length;
    if (line.slice(from, to).includes('\t')) return true;
  }
  return false;
}

function labelFix(range: Range, newText: string) {
  return { title: text(`改为“${newText}”`, `Change to “${newText}”`), edits: [{ range, newText }] };
}

/**
 * The official wording as the report writes its characters: where the written label and the official one
 * begin or end alike but for full-width/half-width (`２.其他法律和…` for `2.其他法律…`), the written
 * characters are kept, so that the fix changes the words the finding is about and nothing else. A label
 * over several lines is written as the official one.
 */
function inOwnForms(lines: readonly { readonly text: string }[], r: Range, official: string): string {
  if (r.start.line !== r.end.line) return official;
  const written = (lines[r.start.line]?.text ?? '').slice(r.start.character, r.end.character);
  const same = (a: string, b: string) => a === b || fold(a) === fold(b);
  let p = 0;
  while (p < written.length && p < official.length && same(written[p]!, official[p]!)) p++;
  let q = 0;
  while (q < written.length - p && q < official.length - p && same(written[written.length - 1 - q]!, official[official.length - 1 - q]!)) q++;
  return written.slice(0, p) + official.slice(p, official.length - q) + written.slice(written.length - q);
}

export default defineRule(
  {
    code: 'label-variant',
    severity: 'info',
    category: 'table',
    title: text('表格栏目用语不规范', 'Non-standard row label or column heading'),
    fixable: true,
    doc: {
      summary: text('表格某行的标签或某列的表头用语与国家格式不同。', 'A table row’s label or a column’s heading is worded differently from the national format.'),
      details: text(
        '例如“行政机关不再受理其政府信息公开申请”（规范用语为“不再处理”）、“其他法律和行政法规禁止公开”（规范用语为“其他法律行政法规禁止公开”）、表二的“规范性文件”（规范用语为“行政规范性文件”）。标签后加了括号注释的（“规章（县级无此项）”“行政事业性收费（万元）”）也算用语不同；六个字以上的标签与某一行的规范用语只差一个字（十二个字以上差两个字）、又不与其他行相近时，按错别字认作该行（“5.属于三类内容事务信息”）；更短的标签只差一个字、而它所在的位置（前后找到的两行之间）恰好只缺这一行时，也认作该行（“（一）予了公开”），同一位置有两个这样的标签时不认。检查仍按该行处理；提供改为规范用语的修复（用语以外的字符保留报告自己的全角或半角写法，如“２.”）。表头也一样：国家格式中并排的一组表头（表三的五类法人或其他组织、表四每组的“结果维持”至“总计”、表二的“信息内容”至“现行有效件数”）中只有一个写法不同、其余都在原位时，例如“科研企业”写在“科研机构”的位置，也会指出；表二其他各项“信息内容”之后的表头（“本年处理决定数量”“本年收费金额（单位：万元）”）与规范用语只差两个字以内时也是（“处理决定数量”）。全角与半角、空格、引号的差别不算不同。',
        'E.g. 不再受理 for the official 不再处理, or 规范性文件 for 行政规范性文件. So is a label with a note in brackets after it (规章（县级无此项）, 行政事业性收费（万元）), and a label of six characters or more one character away from one row’s official wording (two from twelve), and near no other, read as a typo of it (5.属于三类内容事务信息); so is a shorter label one character away from the one row missing where it stands, between the rows found before and after it (（一）予了公开), unless two such labels stand there. The row is still checked as that row; a fix changes the label to the official wording (keeping the report’s own full-width or half-width forms of the characters the wording leaves alone, as ２.). Column headings too: where, in a run of headings the format writes side by side (the five kinds of organisation of table 三, each group of table 四 from 结果维持 to 总计, table 二 from 信息内容 to 现行有效件数), one is worded differently while all the others stand in their places — 科研企业 where 科研机构 belongs; so is the heading after 信息内容 in table 二’s other blocks (本年处理决定数量, 本年收费金额（单位：万元）) when two characters at most away from it (处理决定数量). Full-width/half-width, spaces and quotes do not count.',
      ),
      bad: '2.其他法律和行政法规禁止公开',
      good: '2.其他法律行政法规禁止公开',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const table of model.tables) {
      for (const h of table.headerVariants) {
        out.push({
          range: h.range,
          message: text(
            `${TABLE_NAMES[table.kind]['zh-CN']}的栏目“${h.text}”与国家格式用语不同，规范用语为“${h.official}”。`,
            `${TABLE_NAMES[table.kind].en}: the column heading “${h.text}” differs from the official “${h.official}”.`,
          ),
          related: [],
          fixes: [labelFix(h.range, inOwnForms(model.lines, h.range, h.official))],
        });
      }
      for (const row of table.rows) {
        if (!row.labelVariant || !row.spec) continue;
        const official = row.spec.label;
        out.push({
          range: row.labelRange,
          message: text(
            `${TABLE_NAMES[table.kind]['zh-CN']}的栏目“${row.label}”与国家格式用语不同，规范用语为“${official}”。`,
            `${TABLE_NAMES[table.kind].en}: the label “${row.label}” differs from the official “${official}” (${row.spec.name.en}).`,
          ),
          related: [],
          // A label broken around its figures (a PDF copy) has them inside its range: no edit of the range keeps them.
          fixes: spansFigures(model.masked, row.labelRange) ? [] : [labelFix(row.labelRange, inOwnForms(model.lines, row.labelRange, official))],
        });
      }
    }
    return out;
  },
);
