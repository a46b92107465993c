import { text } from '../i18n';
import type { NumberingStyle, Subsection } from '../model';
import { defineRule, type RuleFinding } from '../rule';
import { CJK_NUMERALS, partSpec } from '../template';

function markerFor(style: NumberingStyle, n: number): string {
  switch (style) {
    case 'paren-cjk':
      return `（${n <= 10 ? CJK_NUMERALS[n - 1] : n}）`;
    case 'cjk':
      return `${n <= 10 ? CJK_NUMERALS[n - 1] : n}、`;
    case 'paren-arabic':
      return `（${n}）`;
    case 'circled':
      return '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'[n - 1] ?? String(n);
    case 'arabic':
      return `${n}.`;
  }
}

function checkSiblings(subs: readonly Subsection[], where: string, whereEn: string, out: RuleFinding[]): void {
  const byStyle = new Map<NumberingStyle, Subsection[]>();
  for (const s of subs) {
    const list = byStyle.get(s.style);
    if (list) list.push(s);
    else byStyle.set(s.style, [s]);
  }
  for (const [style, list] of byStyle) {
    let expected = 1;
    let previous: Subsection | undefined;
    list.forEach((s, i) => {
      if (s.number !== expected) {
        const want = markerFor(style, expected);
        // One wrong numeral between right ones (（一）（三）（三）（四）): only it is reported, and the
        // count goes on from what it should have been. Otherwise the count resumes from the number
        // written, so one skip or repeat is one finding, not one per following heading.
        const next = list[i + 1];
        const lone = next !== undefined && next.number === expected + 1;
        const skipped = !lone && s.number > expected;
        const missing = skipped ? Array.from({ length: s.number - expected }, (_, k) => markerFor(style, expected + k)).join('') : '';
        out.push({
          range: s.markerRange,
          message: lone
            ? text(`${where}的小标题序号“${s.marker}”与前后不连续，应为“${want}”。`, `${whereEn}: sub-heading “${s.marker}” is out of sequence with its neighbours; “${want}” was due.`)
            : skipped
              ? text(`${where}的小标题序号跳过了${missing}：此处为“${s.marker}”，应为“${want}”。`, `${whereEn}: sub-heading numbering skips ${missing}; this is “${s.marker}” where “${want}” was due.`)
              : text(`${where}的小标题序号“${s.marker}”重复或倒退，应为“${want}”。`, `${whereEn}: sub-heading “${s.marker}” repeats or goes back; “${want}” was due.`),
          related: previous ? [{ range: previous.markerRange, message: text(`上一个小标题“${previous.marker}”`, `previous sub-heading “${previous.marker}”`) }] : [],
          fixes: [],
        });
        expected = lone ? expected + 1 : s.number + 1;
      } else {
        expected++;
      }
      previous = s;
    });
  }
  for (const s of subs) if (s.children.length > 0) checkSiblings(s.children, `${where}“${s.marker}${s.title}”下`, `${whereEn}, under “${s.marker}”`, out);
}

export default defineRule(
  {
    code: 'numbering-gap',
    severity: 'warning',
    category: 'structure',
    title: text('小标题序号跳号或重复', 'Sub-heading numbering gap'),
    fixable: false,
    doc: {
      summary: text('某部分内小标题的序号跳过或重复，如（一）之后直接是（四）。', 'Sub-heading numbers inside a part skip or repeat, e.g. （一） followed by （四）.'),
      details: text(
        '同一部分中同一种编号方式（（一）、1.、（1）、①）的小标题应从 1 开始连续编号。跳号通常说明漏写了序号或删掉了一节。每处跳号或重复只报告一次，位置在出问题的序号上；前后序号都连续、只有一个序号写错（如（一）（三）（三）（四））时，只报告写错的那一个。',
        'Within a part, sub-headings of one numbering style （一）, 1., （1）, ① must count up from one. A skip usually means a lost numeral or a deleted subsection. Each skip or repeat is reported once, on the numeral; a single wrong numeral between right ones (（一）（三）（三）（四）) is the only one reported.',
      ),
      bad: '（一）全面公开政府信息\n优化政务大厅管理\n（四）积极回应社会关切',
      good: '（一）全面公开政府信息\n（二）优化政务大厅管理\n（三）积极回应社会关切',
    },
  },
  ({ model }) => {
    const out: RuleFinding[] = [];
    for (const part of model.parts) {
      const spec = partSpec(part.id);
      checkSiblings(part.subsections, `第${spec.numeral}部分`, `Part ${spec.numeral}`, out);
    }
    return out;
  },
);
