import { text } from '../i18n';
import { isWhiteSpace } from '../normalize';
import { defineRule } from '../rule';
import { afterHeading, partById } from './helpers';
import { TEMPLATE_TEXT } from './template-text';

/**
 * A figure of the year's work: a number with the unit of what it counts or measures (2406条, 1.3万余件,
 * 190345次, 98.5%, 一千二百余条) or with 万/亿 (访问量120万), or a rate (百分之). Not figures: years and dates (2023年, 3月31日),
 * article and document numbers (第五十条, 〔2021〕30号), list markers. Chinese numerals count only as a
 * number with 十, 百, 千 or 万 that begins with a digit or with 十 (三十余件, 一千二百条, 十余篇), or a bare 百, 千
 * or 万 before 余 or 多 (百余件, 千余条, 万余人次: a round count, not 千家万户): 一个平台, 两项制度 and
 * 千家万户 are set phrases more often than counts. Read on folded text, so full-width digits
 * and the percent sign are their ASCII selves.
 */
const FIGURE =
  /(?<![第\d.〇零一二两三四五六七八九十百千万])(?:\d+(?:\.\d+)?|[〇零一二两三四五六七八九]+[十百千万][〇零一二两三四五六七八九十百千万]*|十[〇零一二两三四五六七八九十百千万]*|[百千万](?=余|多))\s*(?:[万亿]|(?:(?:余|多)\s*)?(?:个工作日|工作日|人次|件次|条次|万元|件|条|次|个|份|篇|期|场|家|名|人|元|项|批|部|天|户|轮|处|本|册|张|幅|则|所|%))|百分之/;

/** Below this many characters, the part is as good as empty: coverage names the topics it lacks. */
const MIN_TEXT = 20;

/** Characters other than white space (as `\s` counts it). */
function visible(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isWhiteSpace(s.charCodeAt(i))) n++;
  return n;
}

export default defineRule(
  {
    code: 'overview-figures',
    severity: 'info',
    category: 'structure',
    title: text('总体情况没有具体数字', 'Overview without figures'),
    fixable: false,
    doc: {
      summary: text('“一、总体情况”通篇没有一个具体数字，内容不够翔实。', '“一、总体情况” gives no figure at all: it is not specific.'),
      details: text(
        '总体情况应写明本机关本年度主动公开、依申请公开、政府信息管理、平台建设、监督保障各方面的工作，评估中“内容不翔实”“敷衍塞责”（国办公开办函〔2021〕30号）所指的正是只有套话、没有数据的总体情况：如“各级政府部门通过政府网站及时公开各类政府信息”，却不说公开了多少条、受理了多少件申请。第一部分的正文中没有任何带单位的数字（如“2406条”“1.3万余件”“190345次”“98.5%”“一千二百余条”），也没有数字表格时报告此提示，位置在第一部分标题上。年份、日期、条款号和文号（“2023年”“第五十条”“〔2021〕30号”）不算数据；“一个平台”“两项制度”“千家万户”这类固定说法也不算：中文数字须是带十、百、千、万的数（“三十余件”“一千二百条”“十余篇”“百余件”“万余条”）。第一部分几乎没有正文（少于20个字）时不报告，由 coverage 说明缺少的方面。',
        'The overview reports the year’s work on proactive disclosure, requests, information management, platforms and oversight; “not detailed” and “perfunctory” (国办公开办函〔2021〕30号) are what evaluators call an overview of set phrases without data, such as “government departments publish all kinds of information on their websites” without saying how many items or requests. The hint is reported on the heading of part 一 when its text holds no number with a unit (2406条, 1.3万余件, 190345次, 98.5%, 一千二百余条) and no table of figures. Years, dates, article and document numbers (2023年, 第五十条, 〔2021〕30号) are not figures, nor are set phrases such as 一个平台, 两项制度, 千家万户: a figure in Chinese numerals is a number with 十, 百, 千 or 万 (三十余件, 一千二百条, 十余篇, 百余件, 万余条). A part 一 with almost no text (under 20 characters) is left to coverage, which names the topics it lacks.',
      ),
      bad: '一、总体情况\n本年度，我局认真贯彻落实《中华人民共和国政府信息公开条例》，通过政府网站及时主动公开各类政府信息，依法依规办理政府信息公开申请，不断加强平台建设和监督保障。',
      good: '一、总体情况\n本年度，我局通过政府网站主动公开政府信息2406条，受理政府信息公开申请35件，均按期答复。',
    },
  },
  ({ model }) => {
    const part = partById(model, 1);
    if (!part) return [];
    // Line by line on the folded lines the model keeps, stopping at the first figure: no string of the
    // whole part is made (in a long document part 一 can run for megabytes).
    // What the heading's line says after the title (`一、总体情况：2024年，我局主动公开信息2406条…`) is the part's first text.
    const after = afterHeading(model.folded, part);
    if (FIGURE.test(after)) return [];
    let chars = visible(after);
    // The end of the line before, so that a figure broken over two lines (2406 | 条) is read whole.
    let tail = after.trimEnd().slice(-16);
    for (let l = part.bodyStart; l < part.bodyEnd; l++) {
      const folded = model.folded[l] ?? '';
      const table = model.tableLines.has(l);
      // A table in the overview (a statistics table of the office's own, cells without units) is data.
      if ((table || folded.includes('\t')) && /\d/.test(folded)) return [];
      if (table) continue;
      if (FIGURE.test(tail + folded)) return [];
      tail = folded.trimEnd().slice(-16);
      // The template's instruction left in (template-text) is not the office's text.
      if (chars < MIN_TEXT) chars += visible(folded.includes('文字描述') ? folded.replace(TEMPLATE_TEXT, '') : folded);
    }
    if (chars < MIN_TEXT) return [];
    return [{
      range: part.headingRange,
      message: text(
        '第一部分“总体情况”通篇没有具体数字（如主动公开信息条数、受理和办结申请件数、政府网站发布信息量），内容不够翔实。应用本年度的数据说明各方面的工作。',
        'Part 一 (overview) gives no figure at all (such as items published, requests received and answered, posts on the website): it is not specific. Describe the year’s work with its figures.',
      ),
      related: [],
      fixes: [],
    }];
  },
);
