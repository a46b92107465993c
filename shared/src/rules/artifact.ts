import { text, type LocalizedText } from '../i18n';
import type { Artifact, ArtifactKind } from '../model';
import type { Range } from '../text';
import { defineRule } from '../rule';

const NAMES: Readonly<Record<ArtifactKind, LocalizedText>> = {
  bookmark: text('Word 书签残留', 'a Word bookmark'),
  bold: text('加粗标记“**”残留', 'a bold marker “**”'),
  'heading-mark': text('标题标记残留', 'a heading marker'),
  'page-number': text('孤立的页码', 'a stray page number'),
  'running-header': text('页眉（重复的报告标题）', 'a running header (the title repeated)'),
  'repeated-title': text('重复的报告标题', 'the title written again'),
  invisible: text('不可见字符', 'an invisible character'),
  'field-code': text('Word 域代码残留', 'a Word field code'),
  contents: text('目录', 'a table of contents'),
};

/**
 * What a converter's bracketed leftover stands for, by its keyword (the pattern of the `bookmark` kind takes them
 * all): `[bookmark: _GoBack]`, `[image: image1.png]` (a picture that was not exported), `[comment: …]`, `[footnote: …]`.
 */
const BRACKETED: Readonly<Record<string, LocalizedText>> = {
  bookmark: NAMES.bookmark,
  image: text('图片占位符残留（图片未随文字导出）', 'an image placeholder (the picture was not exported)'),
  comment: text('Word 批注残留', 'a Word comment'),
  footnote: text('脚注标记残留', 'a footnote marker'),
  endnote: text('尾注标记残留', 'an endnote marker'),
  anchor: text('锚点标记残留', 'an anchor marker'),
};

function nameOf(a: Artifact): LocalizedText {
  if (a.kind !== 'bookmark') return NAMES[a.kind];
  const keyword = /^\[\s*([a-z]+)/i.exec(a.text)?.[1]?.toLowerCase();
  return (keyword !== undefined ? BRACKETED[keyword] : undefined) ?? NAMES.bookmark;
}

/** The invisible characters the export leaves, by name: a message cannot show them. */
const INVISIBLE: Readonly<Record<number, LocalizedText>> = {
  0x00ad: text('软连字符', 'soft hyphen'),
  0x200b: text('零宽空格', 'zero-width space'),
  0x200c: text('零宽不连字符', 'zero-width non-joiner'),
  0x200d: text('零宽连字符', 'zero-width joiner'),
  0x2060: text('字连接符', 'word joiner'),
  0xfeff: text('字节顺序标记', 'byte order mark'),
  0x000b: text('手动换行符', 'manual line break'),
  0x000c: text('分页符', 'page break'),
};

/** `U+200B（零宽空格）`: an invisible character as a reader can see it. */
function invisibleName(s: string, lang: 'zh-CN' | 'en'): string {
  const code = s.charCodeAt(0);
  const name = INVISIBLE[code];
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return name ? (lang === 'zh-CN' ? `${hex}（${name['zh-CN']}）` : `${hex} (${name.en})`) : hex;
}

/** A table of contents, by its lines (its range ends at the start of the line after it, or at the end of its last line). */
function contentsMessage(r: Range): LocalizedText {
  const first = r.start.line + 1;
  const last = r.end.character === 0 ? r.end.line : r.end.line + 1;
  return text(
    `目录（第${first}至${last}行）：检查时不当作报告正文；在网页上发布的报告不需要目录和页码，可以删除。`,
    `A table of contents (lines ${first}–${last}): not read as the report’s text; a report published on the web needs no contents or page numbers, and it can be removed.`,
  );
}

/** A leftover's message and its fix's title, by kind. */
function wording(a: Artifact, shown: string): { message: LocalizedText; title: LocalizedText } {
  const name = nameOf(a);
  const remove = text('删除', 'Remove it');
  switch (a.kind) {
    case 'bold':
      return { message: text(`${name['zh-CN']}：“${shown}”，发布时应删除“**”。`, `${name.en}: “${shown}”; remove the “**” before publishing.`), title: text('删除“**”', 'Remove the “**”') };
    case 'heading-mark':
      return {
        message: text(`${name['zh-CN']}：标题前的“${shown}”（Markdown 格式），发布时应删除。`, `${name.en}: the “${shown}” before a heading (Markdown); remove it before publishing.`),
        title: text(`删除“${shown}”`, `Remove the “${shown}”`),
      };
    case 'contents':
      return { message: contentsMessage(a.range), title: remove };
    case 'repeated-title':
      return {
        message: text(`${name['zh-CN']}：“${shown}”在正文之前写了两遍，可以删除其一。`, `${name.en}: “${shown}” stands twice before the body; one can be removed.`),
        title: remove,
      };
    case 'invisible':
      return { message: text(`${name['zh-CN']} ${invisibleName(a.text, 'zh-CN')}，可以删除。`, `${name.en}, ${invisibleName(a.text, 'en')}; it can be removed.`), title: remove };
    default:
      return { message: text(`${name['zh-CN']}：“${shown}”，可以删除。`, `${name.en}: “${shown}”; it can be removed.`), title: remove };
  }
}

export default defineRule(
  {
    code: 'artifact',
    severity: 'hint',
    category: 'structure',
    title: text('导出残留', 'Export leftover'),
    fixable: true,
    doc: {
      summary: text('从 Word 导出时留下的残留内容：书签、图片占位符、批注和脚注标记、加粗标记、标题标记（“## ”）、孤立页码、不可见字符、目录。', 'Leftovers of the Word export: bookmarks, image placeholders, comment and footnote markers, bold markers, heading markers (“## ”), stray page numbers, invisible characters, a table of contents.'),
      details: text(
        '这些内容不属于报告正文，发布到网站上会显得不专业。检查时会忽略它们（不影响其他规则），并提供删除的修复。页码指单独成行的数字（如“3”“- 3 -”“第 3 页”；0 不是页码），或从 PDF 复制时连到下一部分标题前面的页码（“3 四、政府信息公开行政复议、行政诉讼情况”，数字后面须是该序号的部分标题）；页眉指从 PDF 复制时每页顶端重复的报告标题（标题之后再出现的同一标题，或“一、总体情况”之后再出现的整行标题；网页上“名称：”之类栏目里的标题不算标题，栏目名单独一行、标题在其下一行时也不算；正文之前同一标题写了两遍的，称“重复的报告标题”，不称页眉），表格中夹在同一行的单元格之间时，表格照常读下去；相邻的几行都只有数字时，它们是一列数据，不算页码。不可见字符以其编码和名称指出（如 U+200B 零宽空格）；转换工具留下的方括号标记按其关键词说明（“[bookmark: …]”书签、“[image: …]”未随文字导出的图片、“[comment: …]”批注、“[footnote: …]”脚注）。',
        'They are not part of the report and look careless on a web page. Checks ignore them (they affect no other rule); each has a fix that removes it. A page number is a number alone on its line (`3`, `- 3 -`, `第 3 页`; never 0), or one a PDF copy runs into the part heading after it (`3 四、政府信息公开行政复议、行政诉讼情况`: what follows must be the heading of the part its numeral names); a running header is the title a PDF copy repeats at the top of every page (the same title again after the title, or any whole line of title after 一、总体情况; a page’s record of the title after a field’s name such as 名称：, on its line or the line above, is no title; the same title twice before the body is named the title written again, no page’s header), and a table read across one goes on as across a page number; number-only lines next to each other are a list of figures, not page numbers. Invisible characters are named by code point (U+200B, zero-width space); a converter’s bracketed markers by their keyword (`[bookmark: …]` a bookmark, `[image: …]` a picture that was not exported, `[comment: …]` a comment, `[footnote: …]` a footnote).',
      ),
      bad: '[bookmark: _GoBack]（四）平台建设情况。',
      good: '（四）平台建设情况。',
    },
  },
  ({ model }) =>
    model.artifacts.map((a) => {
      const shown = a.text.trim() || a.text;
      const lineIndex = a.range.start.line;
      const removeLine = a.wholeLine && model.lines.length > 1;
      const edit = removeLine
        ? lineIndex + 1 < model.lines.length
          ? { range: { start: { line: lineIndex, character: 0 }, end: { line: lineIndex + 1, character: 0 } }, newText: '' }
          : { range: { start: { line: lineIndex - 1, character: model.lines[lineIndex - 1]!.text.length }, end: { line: lineIndex, character: model.lines[lineIndex]!.text.length } }, newText: '' }
        : { range: a.range, newText: a.replacement };
      const { message, title } = wording(a, shown);
      return { range: a.range, message, related: [], fixes: [{ title, edits: [edit] }] };
    }),
);
