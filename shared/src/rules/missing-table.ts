import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { HEADER_WORDS, TABLE_NAMES, TABLE_PART, matchWholeKey, partSpec, rowKey, rowsFor, type TableKind } from '../template';
import type { Part, ReportModel, Table } from '../model';
import { labelKey } from '../normalize';
import { APPENDIX } from '../parse';
import { csvLineOf, scanText } from '../parse/lines';
import { range } from '../text';
import { partById, tableOf } from './helpers';

/**
 * A line that is a picture alone, where the text should be: a converter's placeholder (`[image: image1.png]`), a
 * Markdown image (`![](media/image2.png)`), an HTML `<img>` left in the text, or the `[图片]` the readers write for
 * a paragraph that is a picture alone (shared/node/readers). Anchored: one attempt per line.
 */
const PICTURE = /^\s*(\[\s*image\s*:[^\]\n]{0,200}\]|!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)|<img\b[^>\n]{0,500}>|[[【]\s*(?:图片|图像)\s*[\]】])\s*$/i;

/** A picture's placeholder as a message shows it: as written (an <img>'s spaces are its own), cut after 40 characters. */
const shown = (s: string): string => (s.length > 40 ? `${s.slice(0, 38)}…` : s);

/** The first picture in a part's body: where its table, published as a picture, stands. */
function pictureIn(model: ReportModel, part: Part): { readonly line: number; readonly start: number; readonly text: string } | undefined {
  for (let l = part.bodyStart; l < part.bodyEnd; l++) {
    const line = model.lines[l]!.text;
    const m = PICTURE.exec(line);
    if (m) return { line: l, start: line.indexOf(m[1]!), text: m[1]! };
  }
  return undefined;
}


/** A table written as CSV in a part's body, and what in its lines may have kept the parser from reading it. */
interface CsvTable {
  /** Its first row with figures, and that row's end. */
  readonly line: number;
  readonly end: number;
  /** A field whose bracket a comma left open or closed alone (`(区分处理的`): a label cut in two. */
  readonly cut: string | undefined;
  /** Figures whose thousands a comma parts, cutting them in two fields (`21,650`), when the rows' widths show which. */
  readonly thousands: readonly string[];
  /** A line of the table with a quote left open: a quoted cell over two lines (a line break inside it). */
  readonly broken: boolean;
  /** Its rows with figures are not next to each other (blank lines or text between them). */
  readonly apart: boolean;
}

/** Whether a field's brackets are left open or closed alone (`(区分处理的`, `不计其他情形)`). */
function unbalanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && --depth < 0) return true;
  }
  return depth !== 0;
}

/**
 * The first CSV row in a part's body that has three or more, or one of five figures or more (table 四's): where its
 * table, written as CSV, stands; the rows read as the parser reads CSV (`csvLineOf`), a third of their fields written
 * figures at least (`一、本年新收政府信息公开申请数量,171,7,0,…`). With what the part's lines show of why the parser did
 * not read it.
 */
function csvIn(model: ReportModel, part: Part): CsvTable | undefined {
  let first: number | undefined;
  let found = false;
  let count = 0;
  let last = -1;
  let apart = false;
  let cut: string | undefined;
  // The part's lines (from its first) that hold a quote left open, and those CSV writes a row on or that are blank.
  const odd = new Set<number>();
  const kind: ('csv' | 'blank' | 'other')[] = [];
  // The rows with figures: how many fields each, and its figures that may be a thousands parted by a comma (21,650).
  const rows: { readonly width: number; readonly pairs: readonly string[] }[] = [];
  for (let l = part.bodyStart; l < part.bodyEnd; l++) {
    const scan = scanText(model.lines[l]!.text);
    if (scan.masked.includes('"') && (scan.masked.match(/"/g)!.length & 1) === 1) odd.add(l);
    const csv = csvLineOf(scan);
    kind.push(csv ? 'csv' : scan.blank ? 'blank' : 'other');
    if (!csv) continue;
    const fields = csv.fields.map((f) => ({ text: scan.masked.slice(f.start, f.end).trim(), quoted: f.quoted }));
    if (csv.cut) cut ??= fields.find((f) => !f.quoted && unbalanced(f.text))?.text;
    if (csv.figures === 0 || csv.figures * 3 < csv.written) continue;
    const pairs: string[] = [];
    if (csv.thousands) {
      for (let n = 1; n < fields.length; n++) {
        const [a, b] = [fields[n - 1]!, fields[n]!];
        if (!a.quoted && !b.quoted && /^[1-9][0-9]{0,2}$/.test(a.text) && /^[0-9]{3}$/.test(b.text)) pairs.push(`${a.text},${b.text}`);
      }
    }
    rows.push({ width: fields.length, pairs });
    if (last >= 0 && last !== l - 1 && !found) apart = true;
    last = l;
    first ??= l;
    if (++count >= 3 || csv.figures >= 5) found = true;
  }
  if (!found || first === undefined) return undefined;
  // The table's lines: from its first row with figures to its last, and the lines next to them, up to a blank line or
  // prose, that CSV writes a row on (its header rows) or that hold a quote left open (a cell broken over lines). Only a
  // quote left open there breaks a cell of it: one in the part's prose (`称为"一件事`) says nothing of the table.
  const inTable = (l: number): boolean => kind[l - part.bodyStart] === 'csv' || odd.has(l);
  let from = first;
  while (from > part.bodyStart && inTable(from - 1)) from--;
  let to = last;
  while (to + 1 < part.bodyEnd && inTable(to + 1)) to++;
  let broken = false;
  for (const l of odd) broken ||= l >= from && l <= to;
  // 21,650 cut in two makes its row one field wider than the table's other rows, which a spreadsheet writes all as wide:
  // there, the one pair in each row a field wider than most is the figure cut, not two cells (7,35,102 is 制发, 废止,
  // 现行有效). Rows of other widths were written by hand, as wide as their figures: which pair is cut is not known.
  const most = commonest(rows.map((r) => r.width));
  const wider = rows.filter((r) => r.width > most);
  const spreadsheet = rows.every((r) => r.width === most || r.width === most + 1) && wider.every((r) => r.pairs.length === 1);
  const thousands = spreadsheet ? wider.map((r) => r.pairs[0]!) : [];
  return { line: first, end: model.lines[first]!.text.length, cut, thousands, broken, apart };
}

/** The value most often in `xs` (the smaller on a tie), or 0 when none. */
function commonest(xs: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = 0;
  let seen = 0;
  for (const [x, n] of counts) if (n > seen || (n === seen && x < best)) [best, seen] = [x, n];
  return best;
}

/**
 * Why a table written as CSV was not read, as far as its lines show (each cause with what to do), or the likely causes
 * when they show none.
 */
function csvCauses(csv: CsvTable): { readonly zh: string; readonly en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  if (csv.cut !== undefined) {
    zh.push(`栏目中的逗号没有加引号，把一个单元格分成了两个（“${csv.cut}”括号未闭合），请给含逗号的单元格加上英文双引号`);
    en.push(`a comma inside a label is not quoted and cuts its cell in two (“${csv.cut}” leaves a bracket open): quote every cell holding a comma with ASCII double quotes`);
  }
  if (csv.thousands.length > 0) {
    const zhFigures = csv.thousands.map((t) => `“${t}”`).join('');
    const enFigures = csv.thousands.map((t) => `“${t}”`).join(', ');
    zh.push(`数字中的千位分隔逗号没有加引号（${zhFigures}），无法与分隔单元格的逗号区分，请去掉千位分隔符或给数字加上英文双引号`);
    en.push(`a thousands comma inside a figure is not quoted (${enFigures}) and cannot be told from one parting cells: drop the separator or quote the figure`);
  }
  if (csv.broken) {
    zh.push('单元格内有换行（引号内的文字跨行），请去掉单元格内的换行');
    en.push('a cell holds a line break (quoted text running over two lines): remove the line break');
  }
  if (csv.apart && zh.length === 0) {
    zh.push('表格的行之间隔有空行或其他文字，请使各行相连');
    en.push('blank lines or text stand between the table’s rows: put the rows together');
  }
  if (zh.length === 0) {
    return {
      zh: '可能的原因：标签或数字中的逗号没有加引号（如 21,650），单元格内有换行，或表格的行之间隔有空行或其他文字。',
      en: 'Likely causes: a comma inside a label or figure without quotes (such as 21,650), a line break inside a cell, or blank lines or text between the rows. ',
    };
  }
  return { zh: `原因可能是${zh.join('；')}。`, en: `The likely cause: ${en.join('; ')}. ` };
}

/** The part whose heading or body holds `line` (none before the first heading, nor in the attachments after 六). */
function partHolding(model: ReportModel, line: number): Part | undefined {
  return model.parts.find((p) => p.headingRange.start.line <= line && line < p.bodyEnd);
}

/**
 * Table `kind` found in the body of another part while its own part has a heading: pasted into the wrong part (表三
 * after 表四, in part 四; 表二 at the end of 总体情况, in part 一; in part 五 or 六). Not in the attachments after part 六
 * (附件1 …, where reports that write 详见附件 put them), nor, in parts 二–四, when its own heading stands right below it
 * over an empty part: a heading placed under its table, which reads as the table's (as the parser has always taken it).
 * Parts 一, 五 and 六 hold no table, and one there is reported wherever its heading stands.
 */
function misplaced(model: ReportModel, table: Table): { readonly holder: Part; readonly own: Part } | undefined {
  const holder = partHolding(model, table.startLine);
  const own = partById(model, TABLE_PART[table.kind]);
  if (!holder || !own || holder.id === own.id || attached(model, holder, table)) return undefined;
  const ownLine = own.headingRange.start.line;
  if (ownLine > table.endLine && holder.id >= 2 && holder.id <= 4) {
    let between = false;
    for (let l = table.endLine + 1; l < ownLine && !between; l++) between = (model.lines[l]?.text.trim() ?? '') !== '';
    let body = false;
    for (let l = own.bodyStart; l < own.bodyEnd && !body; l++) body = !model.tableLines.has(l) && (model.lines[l]?.text.trim() ?? '') !== '';
    if (!between && !body) return undefined;
  }
  return { holder, own };
}

/**
 * Whether a table in part 六 stands in the attachments after its text (a line `附件1`, `附表1 …` after a line of the
 * part's text, up to the table's first line): a table read without TABs may take that line as its own, and the part then
 * runs on to the end.
 */
function attached(model: ReportModel, holder: Part, table: Table): boolean {
  if (holder.id !== 6) return false;
  let text = false;
  for (let l = holder.bodyStart; l <= table.startLine; l++) {
    const line = model.folded[l] ?? '';
    if (line.trim() === '') continue;
    if (text && APPENDIX.test(line)) return true;
    text = true;
  }
  return false;
}

/** `s` with its first letter in capitals (`table 二` → `Table 二`). */
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A line's words with the bars a web copy closes its cells with (`规章 |`, `||`) left off. */
function cellWords(line: string): string {
  const edge = (c: string): boolean => c === '|' || c === '｜' || c.trim() === '';
  let start = 0;
  let end = line.length;
  while (start < end && edge(line[start]!)) start++;
  while (end > start && edge(line[end - 1]!)) end--;
  return line.slice(start, end);
}

/** A figure alone in its cell (`0`, `12`, `199.43`). */
const FIGURE = /^[0-9０-９]{1,9}(?:[.．][0-9０-９]{1,4})?$/;

/**
 * The table's own rows whose labels stand on lines of the part's body with fewer figures beside them all than there
 * are such rows: the table's frame copied without its figures (a web page whose cells were empty or pictures). The
 * labels' official wordings (of the format whose label the line writes), in the order written; none when the labels
 * are fewer than three or figures are there.
 */
function frameWithoutFigures(model: ReportModel, part: Part, kind: TableKind): string[] {
  const rows = new Set<string>();
  let figures = 0;
  // What each line text is, read once a text (a table one cell per line repeats its few): a figure, a row, or neither.
  const seen = new Map<string, string | typeof FIGURE_LINE | undefined>();
  for (let l = part.bodyStart; l < part.bodyEnd; l++) {
    const text = model.lines[l]!.text;
    let read = seen.get(text);
    if (read === undefined && !seen.has(text)) {
      read = frameLine(text, kind);
      seen.set(text, read);
    }
    if (read === FIGURE_LINE) figures++;
    else if (read !== undefined) rows.add(read);
  }
  if (rows.size < 3 || figures >= rows.size) return [];
  // In the order the report writes them: its table's order, whichever format's labels it uses.
  return [...rows];
}

/** A line that is a figure alone (`frameLine`). */
const FIGURE_LINE = 1;

/** What a part's line is to `frameWithoutFigures`: a figure alone, the row of table `kind` it names, or neither (undefined). */
function frameLine(text: string, kind: TableKind): string | typeof FIGURE_LINE | undefined {
  const words = cellWords(text);
  if (words === '' || words.length > 60) return undefined;
  if (FIGURE.test(words)) return FIGURE_LINE;
  // A column's heading is none of its rows (总计 heads table 三's last column as well as naming （七）总计).
  if (HEADER_WORDS[kind].includes(words)) return undefined;
  const key = rowKey(words);
  // A bare 总计 heads table 三's last column; the row is （七）总计, its numeral written.
  const bare = key === labelKey(words);
  // One line is one row: a label both formats have (规范性文件, the 2019 name and a variant of the 2021
  // 行政规范性文件) is named as written, and counted once.
  let row: string | undefined;
  for (const version of [2021, 2019] as const) {
    const match = matchWholeKey(key, rowsFor(kind, version));
    if (!match || (match.id === 'total' && bare)) continue;
    if (row === undefined || rowKey(match.label) === key) row = match.label;
  }
  return row;
}

export default defineRule(
  {
    code: 'missing-table',
    severity: 'error',
    category: 'table',
    title: text('缺少统计表', 'Missing table'),
    fixable: false,
    doc: {
      summary: text('第二、三、四部分缺少国家格式规定的统计表。', 'Part 二, 三 or 四 lacks the table the national format requires.'),
      details: text(
        '第二部分必须有“主动公开政府信息情况”表，第三部分必须有“收到和处理政府信息公开申请情况”表，第四部分必须有“政府信息公开行政复议、行政诉讼情况”表。部分标题存在而找不到对应表格时，在部分标题上报告此错误（整个部分都缺少时只报告 missing-section）。表格放在了另一部分（如表三贴在第四部分的表四之后，表二贴在第一部分“总体情况”或第五、六部分的文字之后）时，在表格处报告警告，指出表格所在的部分和行、应移到的部分及其标题所在的行，并把本部分标题列为相关位置；不再另报“缺少”。第一、五、六部分中的表格须像完整的表格（有该表的表头词，如“信息内容”“本年制发件数”“申请人情况”“自然人”；表二有三行以上带数字的栏目，表三六行以上，表四有三个以上表头词和数字），这几部分中几行自成一格的汇总数字不算；以空格而非制表符分隔的表格只在其本部分和附件中查找。表格在第二至四部分中、本部分标题紧接在该表之下、本部分又没有其他文字时，视为标题放在了表格下方，不报告（第一、五、六部分不应有表格，在那里的表格无论标题在哪里都报告）；第六部分之后作为附件的表格（“附件1”等之下，“详见附件”）也不报告。该部分只有一张图片（转换工具留下的“[image: …]”、Markdown 的“![](…)”、网页的 <img>，或读取 Word 文档、网页时写出的“[图片]”）时，表格多半是以图片发布的：改为在图片处报告警告，说明图片中的数字无法核对。该部分有表格的三行或更多行的栏目、却几乎没有数字（网页上的单元格是空的或是图片，复制下来只剩栏目）时，消息指出有哪些栏目、没有读到数字，而不说缺少表格。以逗号分隔的表格（CSV：表格存为 .csv 文件后以文本粘贴）按单元格读取，与以制表符分隔的表格相同（带引号的单元格去掉引号，如 "21,650"）；但标签或数字中的逗号没有加引号、可能把一个单元格分成两个时（括号未闭合的栏目，如 (区分处理的, 只计这一情形, …)；各行单元格数不同时形如 21,650 的数字），或单元格内有换行（引号内的文字跨行）时，不读取该表：该部分有三行以上以逗号分隔的文本，或一行有五个以上数字时，在其第一行报告此错误，说明未能可靠读取，表中的数字没有核对，并指出从文字中看得出的原因和改法：栏目中没有加引号的逗号（写出括号未闭合的那个单元格）、数字中没有加引号的千位分隔逗号（如“21,650”：只有一行因此比其他行多一个单元格时写出）、单元格内的换行（只看表格的行及紧挨着它们的以逗号分隔的行中没有闭合的英文引号，该部分正文中没有闭合的引号不算）、表格各行之间的空行或其他文字；看不出原因时列出这几种可能。',
        'Parts 二, 三 and 四 each carry a fixed table. When a part’s heading is there but its table cannot be found, this error is reported on the heading (a missing part is reported by missing-section alone). A table placed in another part (table 三 pasted after table 四, in part 四; table 二 pasted after the text of part 一, 五 or 六) draws a warning on the table, naming the part and line where it stands and the part, with its heading’s line, it belongs in (that heading is the related place); no “missing” error is added. In parts 一, 五 and 六 only a table that looks whole counts (with its header words, such as 信息内容, 本年制发件数, 申请人情况, 自然人; table 二 with three or more named rows holding figures, table 三 with six, table 四 with three header words and a figure), not a few summary figures laid out as rows; a table parted by spaces rather than TABs is looked for only in its own part and the attachments. Not, for a table in parts 二–四, when its own heading stands right below it over an otherwise empty part, a heading placed under its table (parts 一, 五 and 六 hold no table: one there is reported wherever its heading stands); nor for tables attached after part 六 (under 附件1 and the like, 详见附件). When the part holds a picture instead (a converter’s “[image: …]”, a Markdown “![](…)”, an HTML <img>, or the “[图片]” the readers write for a Word or web picture), the table was most likely published as a picture: a warning on the picture says its figures cannot be checked. When the part holds three or more of the table’s row labels but fewer figures than rows (a web page whose cells were empty or pictures, its text only the labels), the message names the rows found and says their figures could not be read, instead of calling the table missing. A table written as comma-separated text (CSV: a table saved as a .csv file and pasted as text) is read cell by cell as one parted by TABs is (a quoted cell without its quotes, "21,650"); but where a comma inside a label or figure stands without quotes and may have cut a cell in two (a label whose bracket is left open, (区分处理的, 只计这一情形, …); a figure such as 21,650 where the rows are not all as wide), or where a quoted cell runs over two lines (a line break inside it), the table is not read: when the part holds three or more rows written so, or one of five figures or more, the error is reported on the first of them and says that the table could not be read reliably and its figures were not checked, naming the causes its lines show and what to do: a comma inside a label without quotes (the cell whose bracket it leaves open is quoted), a thousands comma inside a figure without quotes (21,650, named when it is the one row made a cell wider than the others), a line break inside a cell (an ASCII quote left open on a line of the table or on a comma-separated line right next to it; one in the part’s prose does not count), blank lines or text between the rows; or, when they show none, these likely causes.',
      ),
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const kind of ['active', 'requests', 'review'] as TableKind[]) {
      const found = tableOf(model, kind);
      const wrong = found ? misplaced(model, found) : undefined;
      if (found && wrong) {
        const own = partSpec(wrong.own.id);
        const holder = partSpec(wrong.holder.id).numeral;
        const headingLine = wrong.own.headingRange.start.line + 1;
        // Where the table stands, naming where it belongs; its own part's heading is the related place.
        out.push({
          range: found.anchor,
          severity: 'warning',
          message: text(
            `${TABLE_NAMES[kind]['zh-CN']}放在了第${holder}部分（第${found.startLine + 1}行起），应移到第${own.numeral}部分“${own.title}”（第${headingLine}行）之下：第${own.numeral}部分因此缺少该表。`,
            `${capital(TABLE_NAMES[kind].en)} stands in part ${holder} (from line ${found.startLine + 1}); move it into part ${own.numeral} (${own.name.en}, line ${headingLine}), which lacks it.`,
          ),
          related: [{ range: wrong.own.headingRange, message: text(`第${own.numeral}部分在此`, `part ${own.numeral} is here`) }],
          fixes: [],
        });
        continue;
      }
      if (found) continue;
      const part = partById(model, TABLE_PART[kind]);
      if (!part) continue;
      const picture = pictureIn(model, part);
      if (picture) {
        const numeral = partSpec(TABLE_PART[kind]).numeral;
        out.push({
          range: range(picture.line, picture.start, picture.start + picture.text.length),
          severity: 'warning',
          message: text(
            `第${numeral}部分没有${TABLE_NAMES[kind]['zh-CN']}的文字表格，只有图片（“${shown(picture.text)}”）：表格以图片发布时，其中的数字无法核对，公众也难以查阅和无障碍阅读。请以文字表格发布。`,
            `Part ${numeral} has no text ${TABLE_NAMES[kind].en}, only a picture (“${shown(picture.text)}”): the figures of a table published as a picture cannot be checked, and the public cannot easily read or reuse them. Publish it as a text table.`,
          ),
          related: [],
          fixes: [],
        });
        continue;
      }
      const csv = csvIn(model, part);
      if (csv) {
        const numeral = partSpec(TABLE_PART[kind]).numeral;
        const causes = csvCauses(csv);
        out.push({
          range: range(csv.line, 0, csv.end),
          message: text(
            `第${numeral}部分缺少${TABLE_NAMES[kind]['zh-CN']}：这里的表格是以逗号分隔的文本（CSV），未能可靠读取，表中的数字没有核对。${causes.zh}或者改为以表格发布，或从表格中复制（单元格之间为制表符）。`,
            `Part ${numeral} lacks ${TABLE_NAMES[kind].en}: the table here is comma-separated text (CSV) that could not be read reliably, so its figures were not checked. ${causes.en}Or publish it as a table, or copy it from one (cells parted by TABs).`,
          ),
          related: [],
          fixes: [],
        });
        continue;
      }
      const frame = frameWithoutFigures(model, part, kind);
      if (frame.length > 0) {
        const numeral = partSpec(TABLE_PART[kind]).numeral;
        const named = frame.slice(0, 2).map((l) => `“${l}”`);
        out.push({
          range: part.headingRange,
          message: text(
            `第${numeral}部分有${TABLE_NAMES[kind]['zh-CN']}的栏目（${named.join('')}等${frame.length}行），但没有读到其中的数字：各单元格应填写数字，没有发生的事项填 0。数字以图片发布的，也请改为文字。`,
            `Part ${numeral} has the rows of ${TABLE_NAMES[kind].en} (${frame.slice(0, 2).join(', ')} and ${frame.length - 2} more) but none of their figures could be read: every cell takes a figure, 0 where nothing happened; figures published as a picture should be text.`,
          ),
          related: [],
          fixes: [],
        });
        continue;
      }
      out.push({
        range: part.headingRange,
        // The part by its official numeral, however its heading is numbered (`2.`, `（二）`, none).
        message: text(`第${partSpec(TABLE_PART[kind]).numeral}部分缺少${TABLE_NAMES[kind]['zh-CN']}。`, `Part ${partSpec(TABLE_PART[kind]).numeral} lacks ${TABLE_NAMES[kind].en}.`),
        related: [],
        fixes: [],
      });
    }
    return out;
  },
);
