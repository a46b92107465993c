import { text } from '../i18n';
import { defineRule, type RuleFinding } from '../rule';
import { TABLE_NAMES, TABLE_PART, partSpec, type TableKind } from '../template';
import type { Part, ReportModel } from '../model';
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
        '第二部分必须有“主动公开政府信息情况”表，第三部分必须有“收到和处理政府信息公开申请情况”表，第四部分必须有“政府信息公开行政复议、行政诉讼情况”表。部分标题存在而找不到对应表格时，在部分标题上报告此错误（整个部分都缺少时只报告 missing-section）。该部分只有一张图片（转换工具留下的“[image: …]”、Markdown 的“![](…)”、网页的 <img>，或读取 Word 文档、网页时写出的“[图片]”）时，表格多半是以图片发布的：改为在图片处报告警告，说明图片中的数字无法核对。',
        'Parts 二, 三 and 四 each carry a fixed table. When a part’s heading is there but its table cannot be found, this error is reported on the heading (a missing part is reported by missing-section alone). When the part holds a picture instead (a converter’s “[image: …]”, a Markdown “![](…)”, an HTML <img>, or the “[图片]” the readers write for a Word or web picture), the table was most likely published as a picture: a warning on the picture says its figures cannot be checked.',
      ),
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const kind of ['active', 'requests', 'review'] as TableKind[]) {
      if (tableOf(model, kind)) continue;
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
