import { text, type LocalizedText } from '../i18n';
import { labelKey } from '../normalize';
import { defineRule, type RuleFinding } from '../rule';
import type { Part } from '../model';
import { partSpec, type PartId } from '../template';
import type { Range, SourceLine } from '../text';

/**
 * Words that name a part besides its template pattern's (which finds headings, and so stays narrow): part 一's overview
 * of the year's work (一、年度工作情况, 一、工作开展情况), part 三's requests named without 收到 or 处理 (三、政府信息公开申请情况,
 * 三、受理政府信息公开申请情况, 三、政府信息公开申请办理情况).
 */
const ALSO_NAMES: Partial<Record<PartId, RegExp>> = { 1: /^(?:本?年度)?工作(?:开展)?情况$/, 3: /公开申请|申请公开|(?:受理|办理|答复)[^，。]{0,20}申请/ };

export default defineRule(
  {
    code: 'heading-variant',
    severity: 'info',
    category: 'structure',
    title: text('标题用语不规范', 'Non-standard heading'),
    fixable: true,
    doc: {
      summary: text('部分标题的用语与国家格式不同，或缺少序号，或用了“1.”“（一）”“第一部分”这样的序号。', 'A part heading is worded differently from the national format, lacks its numeral, or is numbered 1. 2. …, （一）（二）… or 第一部分… instead of 一、二、….'),
      details: text(
        '能认出是哪一部分、但用语与国家格式不同的标题（如“四、因政府信息公开工作被申请行政复议、提起行政诉讼情况”）会得到提示，并可一键改为规范用语；用语看不出是哪一部分的标题（如“六、工作亮点”，只能凭序号和位置认出是第六部分）不是该部分标题的另一种写法，而是另一个标题，报告警告。全角与半角、空格的差别不算不同。部分标题用“1.”“（一）”“第一部分”这样的序号而不是“一、”时，这是整篇报告的写法：只在第一个这样的标题上提示一次，说明共有几个标题如此，相关信息逐一列出这些标题及应改成的写法，修复一次改正全部（只有一个标题如此时，提示和修复都只针对它）。部分标题都没有序号时也是这样：只在第一个标题上提示一次，修复一次为全部标题加上序号。',
        'A heading that names its part in other words (e.g. the wording of the 条例 itself) gets a note with a fix to the official wording; a heading whose words do not name its part at all (六、工作亮点, known only by its numeral and place) is not another wording of the part’s heading but another heading, and draws a warning. Full-width versus half-width characters and spaces do not count as different. Parts numbered 1. …, （一）… or 第一部分… instead of 一、… are the report’s style: one note on the first such heading says how many headings are numbered so, its related information lists each of them with the heading it should be, and its fix renumbers them all (a single such heading gets a note and a fix of its own). Headings written without any numeral are treated the same way: one note on the first, one fix that numbers them all.',
      ),
      bad: '五、存在问题及改进情况',
      good: '五、存在的主要问题及改进情况',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    /** Headings numbered in another style than 一、: one finding for them all (a report numbers its parts one way). */
    const restyled: Restyled[] = [];
    /** Headings without a numeral: likewise the report's style when there are several, one finding for them all. */
    const bare: Part[] = [];
    for (const part of model.parts) {
      if (part.number === 0) {
        bare.push(part);
        continue;
      }
      const spec = partSpec(part.id);
      const r = part.numeralRange;
      const written = (model.lines[r.start.line]?.text ?? '').slice(r.start.character, r.end.character);
      if (part.listNumbered || /^第/.test(written)) {
        // `1. 总体情况` (Word's list numbering exported as Arabic numerals), `（一）总体情况` or
        // `第一部分 总体情况`: the format numbers parts 一、….
        const official = labelKey(part.title) === labelKey(spec.title);
        restyled.push({ part, written, official, heading: `${spec.numeral}、${official ? part.title : spec.title}` });
        continue;
      }
      const key = labelKey(part.title);
      if (key === labelKey(spec.title)) continue;
      // Words that do not name the part at all (`六、工作亮点`, known only by its numeral and place): no variant of the
      // heading but another heading, a warning.
      const named = spec.pattern.test(key) || ALSO_NAMES[part.id]?.test(key) === true || spec.variants.some((v) => labelKey(v) === key);
      out.push({
        ...(named ? {} : { severity: 'warning' as const }),
        range: part.titleRange,
        message: named
          ? text(`标题“${part.title}”与国家格式不同，规范用语为“${spec.title}”。`, `The heading “${part.title}” differs from the national format’s “${spec.title}” (${spec.name.en}).`)
          : text(
              `标题“${part.title}”看不出是第${spec.numeral}部分“${spec.title}”：它不是国家格式的标题，也不是其常见写法。`,
              `The heading “${part.title}” does not name part ${spec.numeral}, “${spec.title}” (${spec.name.en}): it is neither the national format’s heading nor a known variant of it.`,
            ),
        related: [],
        fixes: [{ title: text(`改为“${spec.title}”`, `Change to “${spec.title}”`), edits: [{ range: part.titleRange, newText: spec.title }] }],
      });
    }
    const firstBare = bare[0];
    if (firstBare && bare.length === 1) {
      const spec = partSpec(firstBare.id);
      out.push({
        range: firstBare.titleRange,
        message: text(`标题缺少序号，应为“${spec.numeral}、${spec.title}”。`, `The heading lacks its numeral; it should read “${spec.numeral}、${spec.title}”.`),
        related: [],
        fixes: [{ title: text(`改为“${spec.numeral}、${spec.title}”`, `Change to “${spec.numeral}、${spec.title}”`), edits: [{ range: firstBare.titleRange, newText: `${spec.numeral}、${spec.title}` }] }],
      });
    } else if (firstBare) {
      // Parts headed by their titles alone are the report's style, as a numbering of its own is.
      const n = bare.length;
      out.push(styleFinding(
        model.lines,
        bare.map((p) => {
          const spec = partSpec(p.id);
          return { range: p.titleRange, heading: `${spec.numeral}、${spec.title}` };
        }),
        text(
          `部分标题应带“一、”“二、”这样的序号：本报告有${n}个部分标题没有序号。`,
          `Parts are numbered “一、”, “二、”, …: ${n} part headings of this report have no numeral.`,
        ),
        text(`为这${n}个部分标题加上序号`, `Number the ${n} part headings 一、二、…`),
      ));
    }
    const first = restyled[0];
    if (first && restyled.length === 1) {
      const spec = partSpec(first.part.id);
      out.push({
        range: first.part.headingRange,
        message: text(
          `部分标题应使用“${spec.numeral}、”这样的序号，不是“${first.written}”${first.official ? '' : `；规范用语为“${spec.title}”`}。`,
          `Parts are numbered “${spec.numeral}、”, not “${first.written}”${first.official ? '' : `; the official heading is “${spec.title}”`}.`,
        ),
        related: [],
        fixes: [{ title: text(`改为“${first.heading}”`, `Change to “${first.heading}”`), edits: [{ range: first.part.headingRange, newText: first.heading }] }],
      });
    } else if (first) {
      const n = restyled.length;
      const worded = restyled.filter((r) => !r.official).length;
      out.push(styleFinding(
        model.lines,
        restyled.map((r) => ({ range: r.part.headingRange, heading: r.heading })),
        text(
          `部分标题应使用“一、”“二、”这样的序号：本报告有${n}个部分标题用的是“${first.written}”这样的序号${worded > 0 ? `，其中${worded}个的用语也与国家格式不同` : ''}。`,
          `Parts are numbered “一、”, “二、”, …: ${n} part headings of this report are numbered like “${first.written}”${worded > 0 ? `, and ${worded} of them are also worded differently from the national format` : ''}.`,
        ),
        text(`把这${n}个部分标题改为“一、”这样的序号`, `Renumber the ${n} part headings 一、二、…`),
      ));
    }
    return out;
  },
);

/**
 * One note for the way a report heads its parts (several headings numbered 1./（一）/第一部分, or without numerals),
 * on the first of them: each heading in the related information, and one fix that rewrites them all (a fix per
 * heading would be reachable only from the first).
 */
function styleFinding(lines: readonly SourceLine[], headings: readonly { range: Range; heading: string }[], message: LocalizedText, fixTitle: LocalizedText): RuleFinding {
  return {
    range: headings[0]!.range,
    message,
    related: headings.map((h) => {
      const was = headingText(lines, h.range);
      return { range: h.range, message: text(`“${was}”应为“${h.heading}”`, `“${was}” should read “${h.heading}”`) };
    }),
    fixes: [{ title: fixTitle, edits: headings.map((h) => ({ range: h.range, newText: h.heading })) }],
  };
}

interface Restyled {
  readonly part: Part;
  /** The numeral as written (`第一部分`, `1.`, `（一）`). */
  readonly written: string;
  /** The heading's words are the official title. */
  readonly official: boolean;
  /** The heading as the format writes it. */
  readonly heading: string;
}

/** A heading's text as written (on its line, or its lines joined). */
function headingText(lines: readonly SourceLine[], r: Range): string {
  let out = '';
  for (let l = r.start.line; l <= r.end.line; l++) {
    const line = lines[l]?.text ?? '';
    out += line.slice(l === r.start.line ? r.start.character : 0, l === r.end.line ? r.end.character : line.length);
  }
  return out;
}
