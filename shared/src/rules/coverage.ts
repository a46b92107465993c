import { packedMap } from '../arrays';
import { text, type LocalizedText } from '../i18n';
import { labelKey } from '../normalize';
import { defineRule } from '../rule';
import { before2021, partById, partText } from './helpers';
import { partsListSpan } from './preface-parts';

interface Topic {
  readonly name: LocalizedText;
  readonly pattern: RegExp;
}

/** The five topics of 一、总体情况 (国办公开办函〔2021〕30号) and the words reports use for them. */
export const TOPICS: readonly Topic[] = [
  // A count of the information put out is proactive disclosure however it is worded (全镇政府信息公开566条,
  // 公开了临时救助…等109条内容, 刊发文稿44篇): the gap before the count holds no other figure and no end of a
  // sentence or clause (a key writes 。 as a dot).
  { name: text('主动公开', 'proactive disclosure'), pattern: /主动公开|主动发布|(?:公开|发布|刊发|刊登)[^\d.;；。]{0,40}\d{1,7}(?:条|篇)/ },
  { name: text('依申请公开', 'disclosure on request'), pattern: /依申请|公开申请|申请公开/ },
  { name: text('政府信息管理', 'information management'), pattern: /信息管理|信息(?:资源|全链条|全流程|全生命周期)管理|公开审查|保密审查|发布审核|审核发布|信息审核|三审|公开属性|源头认定|政策文件.{0,6}(?:清理|库)|文件清理|动态调整|公开目录|公开指南/ },
  { name: text('平台建设', 'disclosure platforms'), pattern: /平台|网站|新媒体|公众号|政报|公报|公开专栏|政务公开专区|政务服务网/ },
  { name: text('监督保障', 'oversight and safeguards'), pattern: /监督|(?:工作|组织|制度|机制|队伍|经费|人员|安全|运行|运维|基础)保障|保障(?:机制|措施|体系|制度|工作|力度)|考核|培训|责任追究|社会评议|评议|问责|考评|督查|督导|组织领导/ },
];

/**
 * The alternatives of a pattern that are plain words of ideographs (主动公开, 网站; not a gap or a group). Wherever
 * one is in a line's text it is in the line's key: a key keeps every ideograph in its place and only drops or
 * folds the characters around them. So a line's text may be searched for them before any key is made.
 */
export function plainWordsOf(pattern: RegExp): RegExp | undefined {
  const src = pattern.source;
  const words: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      // A class, to its closing bracket (escapes inside it skipped): its | and parentheses are characters.
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (i === src.length || (c === '|' && depth === 0)) {
      const alternative = src.slice(from, i);
      if (/^[\u4e00-\u9fff]+$/.test(alternative)) words.push(alternative);
      from = i + 1;
    }
  }
  return words.length > 0 ? new RegExp(words.join('|')) : undefined;
}

const PLAIN_WORDS: ReadonlyMap<Topic, RegExp | undefined> = new Map(TOPICS.map((t) => [t, plainWordsOf(t.pattern)]));

/**
 * A line of the overview without its list of the report's parts, where the preface stands under 一、总体情况
 * (`全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况…等六部分组成`): naming part 三 says
 * nothing of requests (and the list's words would pass for 依申请公开).
 */
function withoutPartsList(line: string): string {
  const span = partsListSpan(line);
  return span ? line.slice(0, span.start) + line.slice(span.end) : line;
}

export default defineRule(
  {
    code: 'coverage',
    severity: 'warning',
    category: 'structure',
    title: text('总体情况缺少必备内容', 'Overview lacks a topic'),
    fixable: false,
    doc: {
      summary: text('“一、总体情况”没有写到主动公开、依申请公开、政府信息管理、平台建设、监督保障中的某一方面。', '“一、总体情况” says nothing about one of its five topics.'),
      details: text(
        '国家格式要求总体情况“主要包括”主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面。本规则在第一部分的正文（包括小标题）中查找各方面的常见说法（如“网站”“新媒体”算平台建设，“考核”“培训”“监督”“保障机制”“组织保障”算监督保障（单独的“保障”不算：“民生保障”“保障申请人合法权益”说的不是这一方面），写明公开或发布了多少条信息算主动公开，“政府信息全链条管理”算政府信息管理），前言写在第一部分之下时，其中列举报告各部分的句子（如“全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况……等六部分组成”）只是部分的名称，不算写到了哪一方面。缺少的方面合并为一条警告，位置在第一部分标题上。因“主要包括”不是硬性列举，此规则为警告。五个方面是2021年格式的要求，2020年度及以前的报告只检查第一部分是否有正文。',
        'The national format says the overview “mainly covers” proactive disclosure, disclosure on request, information management, platforms and oversight. The rule looks for the usual words of each topic in part 一 (sub-headings included; 考核, 培训, 监督, 保障机制 or 组织保障 is oversight, a bare 保障 — 民生保障, 保障申请人合法权益 — is not; a count of information published or put out counts as proactive disclosure, 政府信息全链条管理 as information management) and reports the missing topics in one warning on the part’s heading. Where the preface stands under part 一, its sentence listing the report’s parts (全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况……等六部分组成) only names them and covers no topic. The five topics are the 2021 format’s: for reports of 2020 and earlier only an overview without text is reported.',
      ),
      bad: '一、总体情况\n（一）全面公开政府信息\n（五）做好依申请公开办理',
      good: '一、总体情况\n（一）主动公开\n（二）依申请公开\n（三）政府信息管理\n（四）平台建设\n（五）监督保障',
    },
  },
  ({ model }) => {
    const part = partById(model, 1);
    if (!part) return [];
    // Most overviews name every topic in their first paragraphs: look line by line and stop when all
    // are found, rather than keying the whole part (a megabyte of prose, on every keystroke). A match
    // inside one line's key is a match in the whole part's key, because the topic patterns are plain
    // words and bounded gaps (no anchors, lookaround, 、 or literal dot: test/unit/coverage-lines.test.ts);
    // only when some topic is in no single line is the whole part's key built, as before.
    // First the lines' text for each topic's plain words, without a key: most overviews name every topic so
    // (keying each line cost more than the searches). A topic found so is found in that line's key, as below.
    let remaining = TOPICS;
    for (let l = part.bodyStart; l < part.bodyEnd && remaining.length > 0; l++) {
      if (model.tableLines.has(l)) continue;
      const text = withoutPartsList(model.masked[l] ?? '');
      remaining = remaining.filter((t) => !PLAIN_WORDS.get(t)?.test(text));
    }
    for (let l = part.bodyStart; l < part.bodyEnd && remaining.length > 0; l++) {
      if (model.tableLines.has(l)) continue;
      const key = labelKey(withoutPartsList(model.masked[l] ?? ''));
      if (key.length > 0) remaining = remaining.filter((t) => !t.pattern.test(key));
    }
    if (remaining.length === 0) return [];
    const body = labelKey(packedMap(partText(model, part).split('\n'), withoutPartsList).join('\n'));
    if (body.length === 0) {
      return [{ range: part.headingRange, message: text('“一、总体情况”没有正文。', 'Part 一 (overview) has no text.'), related: [], fixes: [] }];
    }
    // The five topics are the 2021 format's; a 2019 or 2020 overview is not held to them.
    if (before2021(model)) return [];
    const missing = TOPICS.filter((t) => !t.pattern.test(body));
    if (missing.length === 0) return [];
    return [{
      range: part.headingRange,
      message: text(
        `“一、总体情况”未写到：${packedMap(missing, (m) => m.name['zh-CN']).join('、')}。国家格式要求总体情况包括主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面。`,
        `The overview says nothing about: ${packedMap(missing, (m) => m.name.en).join(', ')}. The national format asks it to cover all five topics.`,
      ),
      related: [],
      fixes: [],
    }];
  },
);
