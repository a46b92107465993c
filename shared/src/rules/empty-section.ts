import { text } from '../i18n';
import { fold, foldChar, isWhiteSpace } from '../normalize';
import { defineRule } from '../rule';
import { partById, partText } from './helpers';
import { TEMPLATE_TEXT } from './template-text';

/** List markers, the part's usual sub-headings and punctuation: what is left is what the part says. */
const SCAFFOLD =
  /[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,2}、|存在的主要问题|主要问题|存在问题|存在的问题|改进情况|改进措施|整改情况|下一步(?:工作)?(?:打算|计划|措施)?|[\s，。、；：,.;:!！?？“”"'‘’（）()【】\-—]|和|及/g;
/** A statement that there is nothing to report (无, 暂无, 本年度无, 没有问题…), possibly once per sub-heading. */
const NOTHING = /^(?:(?:本年度|本年|今年|年内|目前|暂)?(?:无|没有|未发现)(?:明显|相关|此类|其他)?(?:问题|情况|事项)?)+$/;

/**
 * The characters the patterns are written with, syntax and all, the digits where one has `\d` (and white space, which
 * `\s` matches, asked of apart): what SCAFFOLD can remove and NOTHING can be made of is among them, so a folded text
 * with any other character says something. Derived from the patterns, not listed by hand (a word added to NOTHING
 * counts at once). Undefined when a pattern could match a character it does not write (`.`, a negated class, a
 * range, `\w`, `\S`, a flag other than g): then every part is read in full.
 */
export function charactersOf(patterns: readonly RegExp[]): ReadonlySet<number> | undefined {
  const out = new Set<number>();
  const DIGITS = '0123456789';
  for (const p of patterns) {
    if (p.flags.replace('g', '') !== '') return undefined;
    const src = p.source;
    let inClass = false;
    for (let i = 0; i < src.length; i++) {
      const c = src[i]!;
      if (c === '\\') {
        const e = src[++i] ?? '';
        // \d, white space and escaped punctuation only (\w, \S, \D, \b, \u… could match what the source does not write).
        if (e === 'd') for (const d of DIGITS) out.add(d.charCodeAt(0));
        else if (/[a-zA-Z0-9]/.test(e) && !'snrt'.includes(e)) return undefined;
        else out.add(e.charCodeAt(0));
      } else if (inClass) {
        if (c === ']') inClass = false;
        // A range (a-z), not a dash escaped or at the class's end.
        else if (c === '-' && src[i - 1] !== '[' && src[i + 1] !== ']') return undefined;
        else out.add(c.charCodeAt(0));
      } else if (c === '[') {
        if (src[i + 1] === '^') return undefined;
        inClass = true;
      } else if (c === '.') {
        return undefined;
      } else {
        out.add(c.charCodeAt(0));
      }
    }
  }
  return out;
}

const WRITTEN_WITH = charactersOf([SCAFFOLD, NOTHING]);

/**
 * Whether the part's text has a character that neither the scaffold nor a statement of nothing is made of (found in
 * its first few characters, most often): then it says something, and it is not folded and stripped to be sure.
 */
export function saysSomething(text: string, chars = WRITTEN_WITH): boolean {
  if (!chars) return false;
  for (let i = 0; i < text.length; i++) {
    const c = foldChar(text.charCodeAt(i));
    if (!isWhiteSpace(c) && !chars.has(c)) return true;
  }
  return false;
}

export default defineRule(
  {
    code: 'empty-section',
    severity: 'warning',
    category: 'structure',
    title: text('存在的问题及改进情况为空', 'Problems and improvements left empty'),
    fixable: false,
    doc: {
      summary: text('“五、存在的主要问题及改进情况”没有内容，或只写了“无”。', 'Part 五 (problems and improvements) is empty or says only “无” (none).'),
      details: text(
        '《政府信息公开条例》第五十条要求年度报告写明“政府信息公开工作存在的主要问题及改进情况”，国家格式的第五部分即为此设。第五部分没有正文，或正文（去掉“（一）存在的主要问题”“（二）改进情况”这类小标题后）只有“无”“暂无”“本年度无”时报告此警告，位置在第五部分标题上。其他部分为空由别的规则说明：第一部分见 coverage，第二至四部分见 missing-table，第六部分见 info-fee。',
        'Article 50 of the Regulations requires the report to state the main problems of the disclosure work and how they were improved; part 五 of the national format is for that. The warning is reported on the heading of part 五 when the part has no text, or when, its sub-headings (（一）存在的主要问题, （二）改进情况) aside, it says only 无, 暂无 or 本年度无. Other parts left empty are other rules’ business: coverage for part 一, missing-table for 二 to 四, info-fee for 六.',
      ),
      bad: '五、存在的主要问题及改进情况\n无。',
      good: '五、存在的主要问题及改进情况\n（一）存在的主要问题：政策解读形式较为单一。\n（二）改进情况：增加图解、视频等解读形式。',
    },
  },
  ({ model }) => {
    const part = partById(model, 5);
    if (!part) return [];
    const all = partText(model, part);
    // Most parts say something in their first words: then they are not folded and stripped. (The template's
    // instruction, 文字描述…, can hold any words: a part with one is read in full.)
    if (!all.includes('文字描述') && saysSomething(all)) return [];
    // The template's instruction left in (template-text) is not the office's text.
    const written = all.replace(TEMPLATE_TEXT, '');
    const said = fold(written).replace(SCAFFOLD, '');
    if (said !== '' && !NOTHING.test(said)) return [];
    const quote = written.trim().replace(/\s+/g, ' ');
    const shown = quote.length > 40 ? `${quote.slice(0, 40)}…` : quote;
    return [{
      range: part.headingRange,
      message:
        said === ''
          ? text(
              '第五部分“存在的主要问题及改进情况”没有内容。应如实写明本年度政府信息公开工作存在的主要问题和改进情况。',
              'Part 五 (problems and improvements) has no text. State the main problems of this year’s disclosure work and how they were improved.',
            )
          : text(
              `第五部分“存在的主要问题及改进情况”只写了“${shown}”，等于没有报告。应如实写明本年度政府信息公开工作存在的主要问题和改进情况。`,
              `Part 五 (problems and improvements) says only “${shown}” (none), which reports nothing. State the main problems of this year’s disclosure work and how they were improved.`,
            ),
      related: [],
      fixes: [],
    }];
  },
);
