/**
 * The words claims are read by. Every pattern here is a plain alternation or a bounded repeat, so
 * each test is linear in the text it looks at (no nested quantifiers, no unbounded backtracking).
 * Patterns are tested on the full-width-folded text (`１７８件` reads as `178件`, `，` as `,`).
 */
import type { Applicant, Quantity } from './readings';

/** Where a claim's quantity comes from: table 三's request figures, 四's cases, 二's documents … */
export type Domain = 'requests' | 'cases' | 'docs' | 'license' | 'penalty' | 'coercion' | 'fee' | 'other';

// ---------------------------------------------------------------------------------------------
// Context

/** The prose speaks of government information disclosure (信息公开, 依申请公开 …). */
export const GIS = /信息公开|依申请|公开申请|申请公开/;
/**
 * Words of table 三 no other count uses, which make a sentence about disclosure requests by themselves: its row labels
 * (结转下年度继续办理, 本机关不掌握相关政府信息, 逾期不补正 …). An outcome (予以公开, 部分公开 …) does too, with 申请
 * in the same sentence, named bare (TABLE_THREE_OUTCOME, BARE_REQUEST): 公文 are sorted into 主动公开 and 不予公开 as well,
 * but not applied for, and other kinds of application have results published (予以公开公示).
 */
export const TABLE_THREE_WORDS = /结转下一?年度?继续办理|本机关不掌握相关政府信息|没有现成信息需要另行制作|补正后申请内容仍不明确|三类内部事务信息|四类过程性信息|信访举报投诉类申请|无正当理由大量反复申请|逾期不补正/;
export const TABLE_THREE_OUTCOME = /予以公开|部分公开/;
/**
 * A figure right after a name of table 三, in the folded text (99件, 的12件, 申请170件, 共7件); a list joined before
 * 分别 names its figures after it (予以公开、部分公开、不予公开分别为99件、41件、12件).
 */
const COUNTED = String.raw`(?:的|申请|提出申请|共)?\s?[0-9]{1,7}\s?(?:件|宗|条|份)`;
/** A share in place of the count (自然人占90%, 法人或其他组织申请占比10%): the list names the requests as well. */
const SHARE_OF = String.raw`(?:的|申请)?占(?:比|比例)?(?:为|达)?\s?[0-9]{1,3}(?:\.[0-9]{1,4})?\s?[%％]`;
const OUTCOME_COUNTED_G = new RegExp(String.raw`(部分予以公开|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)(?=${COUNTED}|${SHARE_OF}|[、和及与]|分别)`, 'g');
const APPLICANT_COUNTED_G = new RegExp(String.raw`(自然人|公民个人|法人或者?其他组织|法人|其他组织|商业企业|企业|科研机构|社会公益组织|法律服务机构)(?=${COUNTED}|${SHARE_OF}|[、和及与]|分别)`, 'g');
/** The applicant kinds by table 三's columns, each once: 法人或其他组织, 法人 and 其他组织 are one. */
const APPLICANT_KIND: Readonly<Record<string, string>> = {
  自然人: 'natural', 公民个人: 'natural', 法人或其他组织: 'orgs', 法人或者其他组织: 'orgs', 法人: 'orgs', 其他组织: 'orgs',
  商业企业: 'business', 企业: 'business', 科研机构: 'research', 社会公益组织: 'nonprofit', 法律服务机构: 'legal',
};

function distinctCounted(sentence: string, re: RegExp, kind: (word: string) => string, listed: boolean): number {
  const seen = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    // A name joined to the next one (予以公开、部分公开) is counted only in a list its 分别 gives figures to.
    const after = sentence.charAt(m.index + m[0].length);
    if (!listed && /[、和及与分]/.test(after)) continue;
    seen.add(kind(m[1]!));
  }
  return seen.size;
}

/** What may stand before 申请 when it is a disclosure request: a verb, an applicant, disclosure itself, a joining word. */
const OWN_BEFORE_REQUEST = /(?:^|[^\u3400-\u9fff]|自然人|个人|法人|组织|企业|机构|收到|受理|新收|接收|接到|办理|办结|答复|提出|公开|信息|依|从|其中|共|的|和|及|与|或|总|年|度|中)$/;

/** The sentence names applications of another kind (低保申请, 行政许可申请, 不动产登记申请): 申请 after a word no disclosure request has before it. */
export function namesOtherApplications(sentence: string): boolean {
  for (let i = sentence.indexOf('申请'); i >= 0; i = sentence.indexOf('申请', i + 2)) {
    if (!OWN_BEFORE_REQUEST.test(sentence.slice(Math.max(0, i - 4), i))) return true;
  }
  return false;
}

/**
 * A sentence that lists what became of requests by three or more of table 三's outcomes, or who made them by two or
 * more of its applicant columns, each with its count (从办理结果看，予以公开89件，部分公开14件，不予公开12件…;
 * 从申请主体看，自然人申请170件，法人或其他组织申请13件): it speaks of the disclosure requests without naming
 * disclosure, as no other count of a report does. Not where 主动公开 sorts documents by 公开属性 (审查公文683件，
 * 其中主动公开50件、不予公开12件), and for applicants only where 申请 is said.
 */
export function listsRequests(sentence: string): boolean {
  if (/主动公开|公开属性/.test(sentence)) return false;
  // 受理低保申请300件，其中自然人申请290件: applications of another kind, whose applicants and results are counted too.
  if (namesOtherApplications(sentence)) return false;
  const listed = /分别/.test(sentence);
  if (distinctCounted(sentence, OUTCOME_COUNTED_G, (w) => w, listed) >= 3) return true;
  return /申请/.test(sentence) && distinctCounted(sentence, APPLICANT_COUNTED_G, (w) => APPLICANT_KIND[w] ?? w, listed) >= 2;
}

/**
 * Table 二's words, which every claim outside disclosure and the cases is read by (its rows: domainOf, decideDocs, the
 * zero statements of documents, decisions and fees); a sentence that has them counts those things (行政许可申请2150件),
 * whatever else it lists. Without `gis`, requests are never claimed (decide, zeroStatements and the statements of all
 * closed or all open say so first); without `caseGate`, no case is.
 */
export const TABLE_TWO_WORDS = /规章|规范性文件|行政许可|行政处罚|行政强制|事业性收费/;

/**
 * A sentence listing the disclosure requests' outcomes or applicants (listsRequests) that is not of another domain
 * (热线, 政务服务) nor counts table 二's things: about the requests, 申请 said or not.
 */
export function listsOwnRequests(sentence: string): boolean {
  // The list first: few sentences have one, and it is found in a third of the time OTHER_DOMAIN's many words take.
  return listsRequests(sentence) && !OTHER_DOMAIN.test(sentence) && !TABLE_TWO_WORDS.test(sentence);
}

/** An applicant kind of table 三 with its count (自然人171件, 法人或其他组织申请7件): in part 三, the requests' applicants. */
export const APPLICANT_COUNTED = new RegExp(String.raw`(?:自然人|公民个人|法人或者?其他组织|法人|其他组织|商业企业|企业|科研机构|社会公益组织|法律服务机构)${COUNTED}`);

/**
 * Requests named bare, of no other kind (收到申请, 受理的申请, 予以公开的申请, 申请总数): 受理行政许可申请, 低保救助申请,
 * 信访申请 name another kind, whose results may be 予以公开 too (许可结果予以公开公示).
 */
export const BARE_REQUEST = /(?:收到|受理|新收|接收|接到|办理|办结|答复)(?:的)?申请|的申请|申请(?:共|总数|数量|量|总量)/;
/** Counts of other things that use the same verbs and units: they block a claim. */
export const OTHER_DOMAIN =
  /人大|政协|建议|提案|信访件|热线|12345|会议|推进会|座谈会|培训|讲座|评查|抽查|督查|督导|调研|演练|月份|留言|来电|咨询|诉求|访问|浏览|下载|点击|阅读|转发|转载|文书|告知书|信箱|邮箱交办|(?<!依申请公开)办件|政务服务|审批服务|业务|工单|来信|来访|网办|投稿|金点子|好差评|评价|材料|舆情|回应关切|互动|问政|征集|意见|反映|目录|清单|指南|台账|制度|流程|模板|范本/;

/** A difference or a rate, never a count of this year's table. */
export const DELTA = /增长|增加|[量数]新增|减少|下降|上升|提高|降低|增幅|降幅|同比|环比|比上年|较上年|较去年|比去年|上年同期|去年同期|相比|相较|多出|少了|翻了|翻番|持平/;

/**
 * Before a number: it is approximate or a bound (近30件, 超3.3万件, 不足10件; 超出, 未达, 未满, 不及, 至多, 不下, 不止 too,
 * whichever way they bound it: 未达10件 is fewer than 10, 不止10件 more).
 */
export const APPROX_BEFORE = /(?:近|约|超|逾|突破|大约|将近|接近|超过|超出|不足|不到|上千|上万|几|十几|若干|各|每|平均|至少|最少|最多|至多|[不]?(?:少|多|低|高|大|小)于|[不未]满|[不未]及|未达到?|没有?达到?|不下|不止)\s*$/;
/** After a number: approximate, or a bound (10件左右, 30件以上). */
export const APPROX_AFTER = /^\s*(?:左右|以上|以下|上下|余|多(?!\s*[0-9])|以内|之多)/;
/** After the unit: a span of time or a set phrase, not a count (3个工作日, 一件事, 一次性, 两个月, 一件一档). */
export const NOT_A_COUNT_AFTER =
  /^(?:事|性|月|工作日|日|天|年|小时|周|季度|人|方面|部分(?!公开)|环节|层级|批次|专题|栏目|平台|部门|单位|窗口|乡镇|街道|领域|会议|机制|渠道|途径|方式|一)/;

/**
 * A year named at the head of a clause (2023年, 2023年度, 截至2024年3月): not the end of a span (1月1日至2023年…),
 * but a date things are counted up to is one.
 */
export const YEAR = /(?:^|[^\d至到]|截[至止])(\d{4})\s*年/;
/** The report's own year. */
export const THIS_YEAR = /本年|今年|全年|当年|年内|年度内|报告期/;
/**
 * Figures of a wider or another body than the report's own (全县共收到…, 各部门…, 辖区 — the region, not its
 * government —, 市、镇两级, 市政府及其工作部门, 关区): the tables are the reporting office's alone.
 */
export const OTHER_SCOPE = /全县|全市|全区|全省|全州|全盟|全旗|全镇|全乡|全街道|全[局委厅](?=(?:全年|本年|今年|年内|\d|共|累计|依法|作出|做出|实施|收到|受理|办理|被|无|未|没有|新收|接到|接收|制发|制定|印发|出台|发布|废止|现行有效|收取|各|系统|机关|范围))|各乡镇|各街道|(?<![本我])乡镇|(?<![本我])镇街(?!道)|各镇街道|镇[（(]街道|各部门|各单位|全系统|系统内|县直|市直|区直|[省市县区]级(?:各)?部门|各级|所属|下属|局属|镇属|街属|各社区|各村|各县|各区|辖区|关区|[省市县区镇乡]、?(?:[市县区镇乡村]|街道)(?:、?(?:[县区镇乡村]|街道))?[两三]级|及其(?:工作|组成|职能)?部门/;
/**
 * Of OTHER_SCOPE, the bodies that stand beside the report's own rather than hold it (各村, 各社区, 各部门, 各乡镇,
 * 县直各单位, 下属单位): a count said of the report's own body beside theirs is one part of a figure given body by body.
 * Not a whole such as 全县, 全系统 or 辖区, whose count beside the office's leaves the office's its own figure.
 */
export const SIBLING_BODIES = /各(?:乡镇|街道|镇街道|部门|单位|社区|村|居委会|县|区)|县直|市直|区直|[省市县区]级(?:各)?部门|所属|下属|局属|镇属|街属/;
/**
 * A body named at the head of a clause, before what it did (县市场监管局全年作出…, 易俗河镇收到…, 青山村（社区）收到…, a village's
 * or a community's parenthesis blanked to spaces in the clause): its figures are its own, not the report's unless the report is by that body
 * (`sameBody`).
 */
export const BODY_HEAD =
  /^[\s,]*(?:(?:全年|本年度|本年|今年|年内|\d{4}\s*年度?)[\s,]*)*([\u3400-\u9fff]{1,12}?(?:局|委员会|委|办公室|办公厅|(?<!公|审|督|受理)办|中心|镇|乡|街道办事处|街道|院|所|队|(?<!网)站|中学|[一二三四五六七八九十]中|小学|学校|医院|社区|村|居委会|政府))(?:(?<=村|社区|居委会) {3,12})?(?:机关)?(?:本级)?(?=全年|本年度|本年|今年|\d{4}\s*年|共|累计|在|对|依法|作出|做出|实施|收到|受理|办理|被|无|未|没有|新收|接到|接收|作为|新?(?:制定|制发|印发|出台)|发布|废止|现行有效|收取|$)/;
const ORGAN = /(?:局|委员会|委|办公室|办公厅|办|中心|镇|乡|街道办事处|街道|院|所|队|站|中学|小学|学校|医院|社区|村)$/;

/**
 * The body a report is by, from its title: what comes before the year or 政府信息公开 (湘潭县商务局, 湘潭县). Any figure
 * before 年 is the year, however many digits it has (湘潭县246年…, 开发区 30 年度…: a mistyped year is not the name's).
 */
export function ownerOf(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const m = /^(.*?)(?:(?<![0-9０-９])[0-9０-９]+\s*年|[一二][〇零○][〇零○一二三四五六七八九]{2}\s*年|政府信息公开)/.exec(title);
  const name = (m ? m[1]! : title).replace(/\s/g, '');
  return name.length >= 2 ? name : undefined;
}

/** A township's or a sub-district's government (青山镇人民政府, 城关街道办事处). */
const TOWNSHIP = /(?:镇|乡)(?:人民)?政府$|街道办事处$|街道$/;

/**
 * Whether a body named in the prose is the report's own: the title holds it (市数据局 in 湘潭市数据局), a
 * government's own office in a government's report (县政府办公室 in 湘潭县's), or the two names share their
 * words once the place and the kind of body are left out (县市场监管局, 湘潭县市场监督管理局).
 */
export function sameBody(written: string, title: string): boolean {
  // 县政府办公室 in 湘潭县人民政府办公室's report is its own: 人民政府 is written 政府, the place shortened.
  const named = written.replace(/人民政府/g, '政府');
  const owner = title.replace(/人民政府/g, '政府');
  const government = isGovernment(owner);
  // 区政府办代表区政府受理申请17件 in the district's report: the requests made to the government itself, which its
  // office answers for it; a government's tables often count every office of the region (95 there), so not its figure.
  // (Before the names are compared: 洪泽区政府办代表洪泽区政府 holds the owner's name 洪泽区政府.)
  if (government && /代表/.test(named)) return false;
  if (named.includes(owner)) return true;
  if (owner.includes(named) && (ORGAN.exec(named)?.[0] ?? '') === (ORGAN.exec(owner)?.[0] ?? '')) return true;
  // 青山镇 in 青山镇人民政府's report: the place a government is named by is the government, as 湘潭县 is in 湘潭县's.
  if (government && owner.replace(/政府$/, '') === named) return true;
  // 县政府 in 湘潭县's report is its own; 市政府 or 省政府 in it is a wider body's (the level before 政府 differs).
  if (/政府/.test(named)) return government && sameLevel(named, owner);
  // A township's or a sub-district's own office: 党政办 (党政综合办公室) works for the 镇政府 or 街道办事处.
  if (TOWNSHIP.test(owner) && /^[\u3400-\u9fff]{0,6}?党政(?:综合)?办(?:公室)?$/.test(named)) return true;
  if (government) return false;
  const core = (s: string) => s.replace(/^.*?[省市县区旗]/, '').replace(ORGAN, '');
  const a = core(named);
  const b = core(owner);
  let shared = 0;
  for (const c of new Set(a)) if (b.includes(c)) shared++;
  return shared >= 2;
}

/** The level of government a name ends on (县 of 湘潭县 or 青山县政府, 镇 of 青山镇人民政府 written 青山镇政府). */
const LEVEL = /([省市县区州旗盟镇乡])(?:政府)?$/;

/** Whether a government named (县政府, 市政府) is of the level of the report's own (湘潭县): a name without a level (政府) is. */
function sameLevel(named: string, owner: string): boolean {
  const level = /([省市县区州旗盟镇乡])政府/.exec(named)?.[1];
  const own = LEVEL.exec(owner)?.[1];
  return level === undefined || own === undefined || level === own;
}

/** Whether the body a report is by is a government (湘潭县, 湘潭县人民政府), not one of its offices or departments. */
function isGovernment(owner: string): boolean {
  return !ORGAN.test(owner) || /政府$/.test(owner);
}

/**
 * The region as the subject of a clause (我市共收到…, 我县全年作出…): a government's report may mean itself by
 * it; a department's or an office's report means the whole region, a wider body than the office.
 */
const REGION_SELF = /我(?:省|市|县|区|州|旗|盟)(?=全年|本年度|本年|今年|年内|\d{4}\s*年|共|累计|在|对|依法|作出|做出|实施|收到|受理|办理|被|无|未|没有|新收|接到|接收|,|\s|$)/;

/** Whether `text` speaks of the whole region (我县共收到…) in the report of `owner`, a department or an office: a wider body. */
export function wholeRegion(text: string, owner: string | undefined): boolean {
  // REGION_SELF holds 我: most text lacks it, and then the owner need not be looked at.
  return owner !== undefined && text.includes('我') && !isGovernment(owner) && REGION_SELF.test(text);
}

/** The office itself, as its report calls it (本机关, 我局, 本委 …): a regular expression's alternatives, longest first. */
export const SELF_WORDS = '本机关|本单位|本部门|本委员会|本委|本院|本局|本厅|本办|本部|本中心|本所|本站|本校|本乡镇|本镇|本乡|本街道|本关|我局|我办|我委|我院|我厅|我部|我中心|我乡镇|我镇|我乡|我街道|我单位|我关';
/** Back to the office itself. */
export const OWN_SCOPE = new RegExp(`本级|${SELF_WORDS}`);

/**
 * The level of the region a government is of, from the body its report is by (县 of 湘潭县 or 湘潭县人民政府, 区 of
 * 平潭综合实验区 or 淮安市洪泽区人民政府): undefined for an office or a department, and for a province, whose report often
 * counts the province's bodies apart from its tables.
 */
function regionLevel(owner: string): string | undefined {
  if (!isGovernment(owner)) return undefined;
  return /([市县区州旗盟镇乡])(?:人民)?(?:政府)?$/.exec(owner)?.[1];
}

/**
 * What 全 names the report's own body by, from the body its report is by: a government's region (全县 in 湘潭县's, 全镇
 * in 青山镇's, however its title spells it), a sub-district office's area (全街道 in 城关街道办事处's: it reports for its
 * area as a township's government does), and a department or a commission itself (全局 in 湘潭县教育局's, 全委 in a
 * 委员会's, 全厅 in a 厅's: the body as a whole, whose tables count its requests). Not 全系统, the body with the units of its
 * line beneath it (OTHER_SCOPE), nor 全县 in a department's report (`wholeRegion`'s 我县 likewise): wider bodies.
 */
function ownWhole(owner: string): string | undefined {
  const level = regionLevel(owner);
  if (level !== undefined) return level;
  const body = /(?:([镇乡])|(街道)(?:办事处)?|(局)|(委)(?:员会)?|(厅))$/.exec(owner);
  return body ? body.slice(1).find((g) => g !== undefined) : undefined;
}

/**
 * A narrower part of a government counted as its own (县政府本级, 本机关, 区政府办代表区政府, 县政府办公室, 县政府 itself:
 * 县政府收到申请35件; not 国务院办公厅, 人大代表, 县政府网站, 县政府信息公开): where the paragraph names one, the
 * government's whole region (全县) may be the wider figure beside it.
 */
export const NARROWER_OWN = new RegExp(`本级|政府办|代表[^，。；,;]{0,4}政府|[市县区旗镇乡](?:人民)?政府(?!信息|网|门户|公报|常务|工作|令)|${SELF_WORDS}`);

/**
 * Whether `text` speaks of a wider or another body than the report's own (OTHER_SCOPE) in the report of `owner`. In a
 * government's own report its whole region (全县 in 湘潭县's, 全区 in a district's or a development zone's) is the
 * report's own body, whose tables sum the region's figures (全区共收到申请154件 beside a table of 154), as 我县 is
 * (`wholeRegion`), and so is a sub-district office's 全街道 or a department's 全局 (`ownWhole`); not where its paragraph also names a narrower part as the government's own (`narrower`:
 * 县政府本级收到申请35件，全县共收到178件; 全县共受理申请350件。本机关共受理178件。): the whole stays the wider figure.
 */
export function otherScope(text: string, owner: string | undefined, narrower: boolean): boolean {
  if (!OTHER_SCOPE.test(text)) return false;
  if (narrower || owner === undefined || !text.includes('全')) return true;
  const level = ownWhole(owner);
  if (level === undefined || !text.includes(`全${level}`)) return true;
  if (MANY_BODIES.test(text)) return true;
  return OTHER_SCOPE.test(text.split(`全${level}`).join('  '));
}
/**
 * The whole region told as the many bodies it sums (全县42个单位, 全县37家政务公开责任单位, 全县行政机关, 全县各乡镇) or
 * with them written in (（含县直部门和乡镇）): the region's bodies together, wider than a government's own tables.
 */
const MANY_BODIES = /全(?:[市县区州旗盟镇乡局委厅]|街道)[^，。；,;：:]{0,12}?(?:单位|部门|机关|乡镇|街道|系统)|[（(]含[^）)]{0,20}(?:单位|部门|机关|乡镇|街道)/;
/**
 * Whether a clause (`text`: in the claims, its words before its first figure) of `sentence` speaks of a wider or another
 * body than the report's own: `otherScope` of the clause; and where the clause names the government's own whole region
 * as the report's own body (全县 in a county's report), `otherScope` of its sentence, which sees the bodies the whole sums
 * written after its figure (全县共受理申请1200件（含县直部门和乡镇）; …1200件，其中县直部门800件、乡镇400件): the whole
 * told as its many bodies is the wider figure, as the readings of the whole sentence (the shares, the requests a sentence
 * after follows up) take it.
 */
export function otherScopeIn(text: string, sentence: string, owner: string | undefined, narrower: boolean): boolean {
  if (otherScope(text, owner, narrower)) return true;
  return ownWholeIn(text, owner) && text !== sentence && otherScope(sentence, owner, narrower);
}
/** Whether `text` names the whole region of the government `owner` (全县 in 湘潭县's report), its own body: see `otherScope`. */
function ownWholeIn(text: string, owner: string | undefined): boolean {
  if (owner === undefined || !text.includes('全')) return false;
  const level = ownWhole(owner);
  return level !== undefined && text.includes(`全${level}`);
}
/** `widerBody` of a clause of `sentence` (`otherScopeIn`). */
export function widerBodyIn(text: string, sentence: string, owner: string | undefined, narrower: boolean): boolean {
  return otherScopeIn(text, sentence, owner, narrower) || wholeRegion(text, owner);
}
/** Whether a paragraph names a narrower part of a government as its own (NARROWER_OWN), asked only of one that may name a whole (全县). */
export function namesNarrowerOwn(paragraph: string): boolean {
  return paragraph.includes('全') && NARROWER_OWN.test(paragraph);
}

/**
 * Whether `text` speaks of a wider or another body than the report's own in the report of `owner`: the one decision
 * every reading of prose figures against the tables takes (the claims, the shares, the changes, last year's figures,
 * the requests a sentence after follows up). OTHER_SCOPE, except a government's own whole region (全县 in a county's
 * report) where its paragraph names no narrower own part (`narrower`, from `namesNarrowerOwn`: see `otherScope`); and
 * 我县/我市 in a department's or an office's report (`wholeRegion`).
 */
export function widerBody(text: string, owner: string | undefined, narrower: boolean): boolean {
  return otherScope(text, owner, narrower) || wholeRegion(text, owner);
}
/** Not after 结转 (结转自上年) nor before it (上年结转, 上年度无结转: this year's carry-over, not last year's figure). */
const NOT_CARRY_BEFORE = '(?<!结转(?:自|至)?)';
const NOT_CARRY_AFTER = '(?!度?(?:的)?(?:无|没有)?(?:结转|遗留|未办结|转结|转入))';
/** Another year without its number; 上年结转 is this year's carry-over, not last year's figure. */
export const LAST_YEAR = new RegExp(`${NOT_CARRY_BEFORE}(?:上一?年度?|去年|前年|上一年度)${NOT_CARRY_AFTER}`);
/** The year before this one without its number (上年, 上一年度, 去年; not 前年). */
export const PREVIOUS_YEAR = new RegExp(`${NOT_CARRY_BEFORE}(?:上一?年度?|去年)${NOT_CARRY_AFTER}`);

// ---------------------------------------------------------------------------------------------
// Table 三: requests

/** The noun 申请 (not 申请人, not 依申请, not 申请公开 as a verb phrase). */
export const REQUEST_NOUN = /申请(?!人|公开政府|行政复议|复议)/;
export const RECEIVED = /收到|受理|新收|接收|接到|收悉|共收|登记/;
export const HANDLED = /办理|办结|答复|办复|回复|处理|完成|作出/;
/**
 * 新增 as the verb of the year's new requests (全年新增政府信息公开申请178件), read only in a sentence
 * that compares nothing: 与上年相比，全年新增申请20件 is a change, and its clause alone cannot tell;
 * 新增申请20件，总数达到178件 adds to a total.
 */
export const ADDED = /新增/;
export const COMPARED = /相比|相较|同比|环比|[比较](?:上一?年|去年|\d{4}\s*年)|上年同期|去年同期|增长|增加|减少|下降|增幅|多出|总数|总量/;

/** The total including last year's carry-over (包括上年度结转在内的35件). */
export const INCLUDING_CARRIED = /(?:包括|包含|含|连同)[^,，:;]{0,6}上一?年度?[^,，:;]{0,3}结转[^,，:;]{0,8}在内/;
/** `INCLUDING_CARRIED.test(s)`, asked of most clauses: without 在内, which it ends with, it cannot match. */
export function includingCarried(s: string): boolean {
  return s.includes('在内') && INCLUDING_CARRIED.test(s);
}
/** Last year's carry-over itself (上年结转5件, 上年度结转的5件, 去年结转的1件, 结转上年度申请1件; not 结转上年后, net of it). */
export const CARRIED = /(?:上一?年度?|去年)(?:的)?(?:结转|遗留|转结|未办结)|上一年度(?:结转|遗留)|结转(?:自)?上一?年(?!度?\s*(?:后|外|以外|之外))/;
/** The carry-over named after its count (其中1件为上年结转, 2件系去年结转的申请): that count is 二. */
export const CARRIED_AFTER = /^\s*(?:为|是|系|属于?)\s*(?:上一?年度?|去年)(?:的)?(?:结转|遗留)/;
/** The carried count is part of a total: 含上年结转5件, 其中上年结转5件, 加上上年结转5件. */
export const CARRIED_PART_OF = /^(?:其中|另有|另|含|包含|包括|加上|加|连同|外加)/;
/** Carried to next year, or still open at the year's end (在办1件; not 在办结的4件申请中, 在 before 办结). */
export const CARRY_NEXT =
  /结转(?:至|到)?下一?年|结转(?:至|到)\s*\d{4}\s*年度?|转入下一?年|转(?:至|到)?下一?年度?(?:继续)?办理|(?:顺延|延期)(?:至|到)下一?年|下一?年度继续办理|结转下年|(?:尚|仍|还)(?:有|在)?[^,，:;]{0,12}(?:期限内|期内|办理中|处理中|办理过程中)|(?:尚|仍|还)有[^,，:;未]{0,10}未到(?:答复|办理|法定)?(?:期限|期)|跨年度?(?:办理|结转)|尚在办理|正在办理|尚未(?:办结|答复|办理完毕|处理完毕|作出答复)|未办结|在办(?![结复])/;

export interface Outcome {
  readonly re: RegExp;
  readonly quantity: Quantity;
}

/** Single outcome rows, named by their items (format.md §3.2). Checked before the groups. */
export const OUTCOME_ITEMS: readonly Outcome[] = [
  { re: /国家秘密/, quantity: 'item:withhold.secret' },
  { re: /法律[、和及]?行政法规禁止|禁止公开/, quantity: 'item:withhold.law' },
  { re: /三安全一稳定|危及[^,，]{0,8}安全/, quantity: 'item:withhold.security' },
  { re: /第三方合法权益|第三方权益/, quantity: 'item:withhold.thirdParty' },
  { re: /内部事务/, quantity: 'item:withhold.internal' },
  { re: /过程性信息/, quantity: 'item:withhold.process' },
  { re: /行政执法案卷|执法案卷/, quantity: 'item:withhold.enforcement' },
  { re: /行政查询事项|查询事项/, quantity: 'item:withhold.query' },
  { re: /不掌握|信息不存在/, quantity: 'item:unable.notHeld' },
  { re: /没有现成信息|另行制作/, quantity: 'item:unable.notReady' },
  { re: /仍不明确|补正后[^,，]{0,6}不明确|申请内容不明确/, quantity: 'item:unable.unclear' },
  { re: /信访举报投诉|信访、举报、投诉/, quantity: 'item:reject.petition' },
  { re: /重复申请/, quantity: 'item:reject.repeat' },
  { re: /公开出版物|出版物/, quantity: 'item:reject.publication' },
  { re: /大量反复/, quantity: 'item:reject.massive' },
  { re: /重新出具|确认或重新/, quantity: 'item:reject.confirm' },
  { re: /不补正|逾期未补正|未按要求补正|未补正/, quantity: 'item:other.noCorrection' },
  // 缴费人 (fee payers, beside 纳税人 in a tax office's report) is who applied, not the outcome.
  { re: /收费通知|缴纳费用|缴费(?!人)|未缴纳|逾期未缴/, quantity: 'item:other.noFee' },
];

/** Outcome groups of table 三 (三、本年度办理结果). */
export const OUTCOME_GROUPS: readonly Outcome[] = [
  // 部分予以公开 (partly disclosed, as 部分公开) is no 予以公开. 区分处理 is the format's own word for it (（二）部分公开
  // （区分处理的，只计这一情形…）): 区分处理后公开1件 is the partial row, not a count dealt with (处理).
  { re: /部分公开|部分予以公开|部分提供|区分处理/, quantity: 'partial' },
  // 不同意公开, 不予以公开 are withheld, not 同意公开, 予以公开.
  { re: /不予公开|不予以公开|不同意公开/, quantity: 'withhold' },
  { re: /(?<![不未]|部分)予以公开|(?<!不)同意公开|全部公开|准予公开/, quantity: 'open' },
  { re: /无法提供/, quantity: 'unable' },
  { re: /不予处理/, quantity: 'reject' },
  { re: /其他处理/, quantity: 'otherHandling' },
];

/** The outcome groups in the table's order, （一） to （六）. */
export const OUTCOME_GROUP_ORDER: readonly string[] = ['open', 'partial', 'withhold', 'unable', 'reject', 'otherHandling'];

/**
 * Who applied (table 三's columns). 公民、法人或其他组织 together means every applicant. 公民个人 before 公民:
 * a modifier's applicant words are removed one match at a time (modifierIsGeneric).
 */
export const NATURAL = /自然人|公民个人|公民|个人|群众个人/;
export const ORGS = /法人[或和及与、]{0,2}其他组织|法人|其他组织/;
export const APPLICANT_COLUMNS: readonly { re: RegExp; who: Applicant }[] = [
  { re: /商业企业|企业/, who: 'business' },
  { re: /科研机构|科研院所/, who: 'research' },
  { re: /社会公益组织|公益组织/, who: 'nonprofit' },
  { re: /法律服务机构|律师事务所|律师/, who: 'legal' },
];

/**
 * Words that narrow 申请 to a part table 三 does not hold: a channel (当面申请, 网上申请), a topic
 * (涉及征地拆迁类申请), a unit of the office.
 */
export const CHANNEL = /当面|现场|窗口|网上|网络|在线|互联网|网站|平台|信函|邮寄|邮政|快递|传真|电子邮件|电子邮箱|邮箱|电话|线上|线下|微信|来信|来人|书面|口头/;
export const TOPIC = /涉及|关于|类|领域|方面|内容|事项为|主要为|集中在|集中于/;
/** A channel or topic enumerated to the end (通过网站、信函等方式): the whole, not a part. */
export const ALL_CHANNELS = /等(?:方式|渠道|途径|形式|多种)|各种|多种|各类|多个(?:渠道|途径|平台|方式)|多渠道|不同渠道|各渠道/;

// ---------------------------------------------------------------------------------------------
// Table 四: review and litigation

export const REVIEW = /复议/;
export const SUIT = /诉讼|起诉|应诉|涉诉|被诉/;
/** The office is the respondent, or the case stems from disclosure. */
/** The case stems from disclosure (因政府信息公开…, 涉及信息公开的…): enough to read table 四 outside its own context. */
export const DISCLOSURE_CAUSE = /因[^,，]{0,12}(?:公开|申请)|涉及[^,，]{0,8}公开/;
export const RESPONDENT = /被申请|被提起|被诉|被起诉|引起|涉及|因[^,，]{0,12}(?:公开|申请)/;
export const DIRECT_SUIT = /直接起诉|未经复议|直接向(?:人民)?法院(?:提起|起诉)|直接[^,，]{0,8}提起(?:行政)?诉讼/;
/** Lawsuits after review: 复议后起诉; and those with the review body as co-defendant (以复议机关为共同被告), which the law makes the suits against a review that upheld. */
export const SUIT_AFTER_REVIEW = /复议后(?:提起|起诉|[^,，]{0,4}诉讼)|复议机关(?:为|作为|列为)?共同被告/;
/** 判决驳回原告诉讼请求: how a court upholds the act (not 驳回起诉, a dismissal on procedure, nor 驳回复议申请). */
export const UPHELD_RULING = /驳回(?:了)?(?:原告|当事人)?(?:的)?(?:全部)?诉讼请求/;
export const CASE_RESULTS: readonly { re: RegExp; result: 'upheld' | 'corrected' | 'other' | 'pending' }[] = [
  { re: new RegExp(`维持|胜诉|${UPHELD_RULING.source}`), result: 'upheld' },
  // 责令重新答复: the review body orders the answer made again, a correction.
  { re: /纠正|纠错|撤销|确认违法|败诉|责令/, result: 'corrected' },
  { re: /其他结果|其他/, result: 'other' },
  { re: /尚未审结|未审结|审理中|正在审理|尚在审理|仍在审理|未结案|尚未结案|未结(?!转)/, result: 'pending' },
];

// ---------------------------------------------------------------------------------------------
// Table 二

/** Issued this year: 新制作 as the 2019 trial format's column says it (本年新制作数量), 制发 as the 2021 format's. */
export const DOC_ISSUED = /新制定|新制发|新制作|新印发|新出台|新发布|制定|制发|印发|出台|发布/;
export const DOC_REPEALED = /废止/;
export const DOC_LAPSED = /失效/;
export const DOC_IN_FORCE = /现行有效|有效/;
export const DOC_CHANGED = /修改|修订|修正|清理|审查|备案|报备|解读|评估/;
export const FEE = /行政事业性收费|事业性收费/;

// ---------------------------------------------------------------------------------------------
// Breakdowns

/** A clause that opens a breakdown of a total: 其中…, 从申请渠道看, 按申请方式分. */
export const BREAKDOWN_OPEN = /^(?:其中|内含|包括|包含|含)|^(?:从|按|就|以)[^,，]{0,10}(?:看|来看|上看|分|划分|统计|区分)$|(?:分布|构成|结构)(?:为|如下|是)?$/;

/**
 * Inside a breakdown every word must be one the tables know: what is left after these are removed
 * names a part the tables do not hold (网上申请, 涉及征地拆迁类, 县政府办公室).
 */
export const KNOWN_WORDS = new RegExp(
  [
    // fillers and connectives
    // an enumeration's markers (其中：一是予以公开99件，二是部分公开14件)
    '[一二三四五六七八九十]是', '[一二三四五六七八九十](?=、)', '首先', '其次', '再次',
    '其中', '另有', '此外', '尚未', '未', '经', '告知', '宣布', '自动', '因', '而', '终止', '申请内容', '不明确', '包含', '包括', '含', '加上', '连同', '另', '以及', '分别', '共计', '合计', '累计', '总计', '总数', '数量', '申请量', '受理量', '总量', '共', '计', '为', '是', '有', '达', '占比', '约占', '占', '均已', '均', '都', '已经', '已', '全部',
    '依法', '依规', '按时', '按期', '及时', '在法定期限内', '法定期限内', '期限内', '作出', '予以', '给予', '进行', '的', '了', '及', '和', '与', '或', '由', '对', '中', '属于', '属', '等', '因',
    '各类', '类', '相关', '提出', '提交', '递交', '件次', '件', '次', '宗', '起', '条', '份', '个', '案件', '情况', '情形', '结果', '决定', '类型', '主体', '申请人', '申请',
    // the report's own subject
    '政府信息公开', '政府信息', '信息公开', '依申请公开', '依申请', '公开',
    // time
    '全年', '本年度', '本年', '今年', '年内', '当年', '报告期内', '截至年底', '截至年末', '年底', '年末',
    // a year named (其中2023年结转5件): the digits go with the other figures
    '年度', '年',
    // table 三
    '本年新收', '新收', '收到', '受理', '接收', '接到', '办理', '办结', '答复', '办复', '回复', '处理', '完成',
    '上年度', '上年', '上一年度', '去年', '结转', '顺延', '转入', '下年度', '下一年度', '下一年', '下年', '继续', '至', '到', '尚', '仍', '还', '在', '遗留', '未办结',
    // a count named by its noun (申请办结数8件, as NOUN_COUNT in clauses.ts reads it)
    '申请数', '受理数', '办结数', '答复数', '办复数', '办理数', '处理数', '新收数', '结转数',
    // the legal basis a figure is given with (按照《条例》顺延到下年度答复)
    '按照', '根据', '依照', '依据', '条例', '规定',
    '自然人', '公民', '个人', '法人', '其他组织', '商业企业', '企业', '科研机构', '社会公益组织', '公益组织', '法律服务机构', '律师事务所', '律师', '其他',
    // who a part came from (其中3件来自自然人)
    '来自',
    '同意', '不同意公开', '不予以公开', '全部公开', '部分公开', '区分处理', '不予公开', '无法提供', '不予处理', '其他处理',
    '国家秘密', '法律', '行政法规', '禁止', '三安全一稳定', '危及', '安全', '稳定', '第三方合法权益', '第三方', '合法权益', '保护', '三类', '内部事务信息', '内部事务', '四类', '过程性信息', '行政执法案卷', '执法案卷', '行政查询事项', '查询事项',
    // the office itself (本办不掌握相关政府信息2件, 我局收到…), as SELF_WORDS names it
    ...SELF_WORDS.split('|'), '不掌握', '信息不存在', '没有现成信息', '需要', '另行制作', '补正后', '内容', '仍不明确', '信访举报投诉', '信访', '举报', '投诉', '重复申请', '要求', '提供', '公开出版物', '出版物',
    '无正当理由', '大量反复', '行政机关', '确认或重新出具', '重新出具', '已获取信息', '确认', '逾期不补正', '不补正', '逾期', '未按', '收费通知', '缴纳费用', '缴费', '不再', '无法', '不予',
    // table 四
    '被申请', '被提起', '提起', '行政复议', '复议', '行政诉讼', '诉讼', '起诉', '应诉', '未经', '直接', '复议后', '后',
    '结果维持', '维持', '结果纠正', '纠正', '纠错', '被纠错', '被纠正', '撤销', '确认违法', '败诉', '其他结果', '尚未审结', '未审结', '审结', '审理中', '被',
    // what a result was said of (维持原行政行为, 被责令重新答复)
    '原行政行为', '行政行为', '原答复', '责令重新答复', '责令', '重新答复',
    // how a court or review body ended a case (法院判决驳回原告诉讼请求, 判决撤销重作, 原告撤诉)
    '人民法院', '法院', '判决', '裁定', '驳回', '原告', '诉讼请求', '撤诉', '撤回', '重作', '重新作出',
    // table 二
    // 新制发, 新印发, 新制作 (the 2019 format's word) as well as 新制定 (其中2024年新制发7件); verbs joined by 并 (其中制定并公布规范性文件7件)
    '行政规范性文件', '规范性文件', '地方政府规章', '政府规章', '部门规章', '规章', '新制定', '新制发', '新制作', '新印发', '新出台', '新发布', '制定', '制发', '印发', '出台', '发布', '公布', '并', '废止', '失效', '现行有效', '有效',
    '行政许可', '行政处罚', '行政强制', '行政事业性收费', '收费', '收取', '金额', '万元', '元', '实施', '查处',
  ]
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

/** Something left in a breakdown that is a word (a Han character or a Latin letter). */
export const WORD_LEFT = /[\u3400-\u9fff\uf900-\ufaffA-Za-z]/;

// ---------------------------------------------------------------------------------------------
// Zero statements

export const NEGATION = /(?:未|没有|无|暂无|未曾|并未|均未|从未|不存在)/;
export const ZERO_RECEIVE = /(?:未|没有|无|暂无|未曾|并未)(?:有|再)?(?:收到|受理|接到|接收|新收)/;
export const ZERO_APPLICATION = /(?:无|没有|暂无)(?:政府信息公开|依申请公开|信息公开|公开)?申请(?!人|行政复议|复议)/;
export const ZERO_CASE = /(?:未|没有|无|暂无|未曾|并未|均未)(?:有)?(?:发生|出现|产生|收到|涉及|被)?/g;
export const ZERO_CARRIED = /(?:无|没有|不存在)上一?年度?(?:的)?结转|上一?年度?(?:无|没有)结转/;
export const ZERO_CARRY_NEXT = /(?:无|没有|不存在)(?:需要?)?结转(?:至|到)?下一?年|(?:无|没有|不存在)下一?年度?(?:的)?结转|(?:无|没有)结转下年|无需结转|(?:无|没有|不存在)跨年度?(?:结转|办理)/;
/**
 * No request left open (不存在未办结的申请, 没有未办结的申请, 无尚未办结的申请): nothing carried to next year, the
 * clause's whole statement (not 没有超期未办结的申请, 无逾期未办结的情况: only none overdue).
 */
export const ZERO_OPEN = /(?:无|没有|暂无|不存在)(?:尚|仍|还)?(?:有)?未办结(?:的)?(?:政府信息公开|依申请公开|信息公开)?(?:申请|件|事项)?(?:的)?(?:情况|情形)?$/;
/** What may stand before ZERO_OPEN besides time and the office: the year's end (截至年底; not 截至目前, after it). */
export const YEAR_END_PREFIX = /^(?:截至|截止|到)(?:\d{4}年)?(?:年底|年末|12月31日)(?:前|时)?[,，]?$/;
/**
 * None of the year's requests had this outcome (全年未出现不予公开的情况, 本年度无不予处理的申请, 没有不予公开的政府信息
 * 公开申请): the whole statement of the clause, the outcome named alone (not 因…不予公开, one cause of it).
 */
export const ZERO_OUTCOME =
  /(?:未|没有|无|暂无)(?:出现|发生|有|作出|做出)?过?(不予公开|不予处理|部分公开|无法提供|其他处理)((?:(?:[、和及与或]|以及)(?:不予公开|不予处理|部分公开|无法提供|其他处理))*)(?:的)?(?:情况|情形|(?:政府信息公开|信息公开|依申请公开)?申请|答复|决定|事项)?$/;
/**
 * None of the year's requests had the outcome of one item of table 三 (无逾期不补正的申请, 未发生申请人逾期不补正的情况,
 * 没有以重复申请为由不予处理的, 不存在因信访举报投诉类申请不予处理的情况): the clause's whole statement, one item named
 * by its own words right after the negation (not 无因不补正以外原因…, not two items or a wider cause). The groups, in
 * the order of ZERO_ITEM_QUANTITIES.
 */
export const ZERO_ITEM =
  /(?:未|没有|无|暂无|不存在)(?:出现|发生|有|收到|受理|存在)?过?(?:申请人)?(?:因|以|属于?)?(?:申请人)?(?:(信访举报投诉|信访、举报、投诉)|(重复申请)|(要求提供公开出版物)|((?:无正当理由)?大量反复申请)|(要求(?:行政机关)?确认或重新出具已获取信息)|((?:无正当理由)?逾期(?:不补正|未补正))|((?:无正当理由)?逾期未(?:按收费通知要求)?(?:缴纳|交纳|缴)(?:信息处理)?费(?:用)?)|((?:补正后)?申请内容仍不明确))(?:类)?(?:的)?(?:申请)?(?:为由|而)?(?:依法)?(?:不予处理|不再处理|不再受理|未予处理|终止处理|终止办理)?(?:的)?(?:情况|情形|申请|事项|现象)?$/;
/** The items ZERO_ITEM's groups name, group by group. */
export const ZERO_ITEM_QUANTITIES: readonly Quantity[] = [
  'item:reject.petition',
  'item:reject.repeat',
  'item:reject.publication',
  'item:reject.massive',
  'item:reject.confirm',
  'item:other.noCorrection',
  'item:other.noFee',
  'item:unable.unclear',
];
/**
 * The negation a list of table 三's outcomes follows (ZERO_LIST_NAME): 无, 未出现, 没有发生, 不存在.
 */
export const ZERO_LIST_NEGATION = /(?:未|没有|无|暂无|不存在)(?:出现|发生|有|收到|受理|存在)?过?/g;
/**
 * One name of a list of table 三's outcomes after one negation (无逾期不补正和不予处理的申请, 没有因信访举报投诉类申请、
 * 重复申请而不予处理的情况): a group (group 1, as ZERO_OUTCOME names it) or an item (groups 2–9, ZERO_ITEM's, in the
 * order of ZERO_ITEM_QUANTITIES), with the words that name a cause before it (因, 以, 申请人) and 类, 的, 申请 after
 * it. Sticky: read where the negation or the word joining the last name ended.
 */
export const ZERO_LIST_NAME =
  /(?:因|以|属于?)?(?:申请人)?(?:(不予公开|不予处理|部分公开|无法提供|其他处理)|(信访举报投诉|信访、举报、投诉)|(重复申请)|(要求提供公开出版物)|((?:无正当理由)?大量反复申请)|(要求(?:行政机关)?确认或重新出具已获取信息)|((?:无正当理由)?逾期(?:不补正|未补正))|((?:无正当理由)?(?:逾期)?未(?:按收费通知要求)?(?:缴纳|交纳|缴)(?:信息处理)?费(?:用)?)|((?:补正后)?申请内容仍不明确))(?:类)?(?:的)?(?:申请)?/y;
/** What joins the names of such a list. Sticky. */
export const ZERO_LIST_JOIN = /以及|[、和及与或]/y;
/**
 * What may close such a list, to the clause's end: the outcome its items had (为由不予处理, 而不予处理; the official
 * label's 、行政机关不再处理其政府信息公开申请), then 的情况, 的申请.
 */
export const ZERO_LIST_TAIL = /^(?:为由|而)?(?:依法)?(?:、?(?:行政机关)?(?:不予处理|不再处理|不再受理|未予处理)(?:其)?(?:政府信息公开申请)?)?(?:的)?(?:情况|情形|申请|事项|现象)?$/;
/**
 * Nothing carried (无结转, 没有结转的申请, 无政府信息公开申请结转办理情况), said without naming from last year or to
 * next: the clause's whole statement, either reading (ZERO_CARRIED, ZERO_CARRY_NEXT name theirs).
 */
export const ZERO_CARRY_EITHER = /(?:无|没有|不存在)(?:任何)?(?:(?:政府信息公开|依申请公开|信息公开)?申请)?结转(?:办理)?(?:的)?(?:申请|件|事项|情况|情形)?$/;
/** The outcomes a ZERO_OUTCOME list names after its first (未有不予公开、无法提供的情况). */
export const ZERO_OUTCOME_MORE = /不予公开|不予处理|部分公开|无法提供|其他处理/g;
/**
 * Every request counted was disclosed (均予以公开, 全部予以公开, 均已公开): none of them had another outcome or
 * is still open. Not negated (并非均予以公开), not 主动公开 (documents published of the office's own motion).
 */
export const ALL_OPEN = /(?<!未|没有|非|不)(?:均|全部|都|皆|一律)(?:已)?(?:依法|依申请|按时|及时)?(?:予以|给予|同意)?公开(?:答复|处理)?$/;
/** “All disclosed” said of part of the requests: the rest, all but some, those answered by now. */
export const ALL_OPEN_SCOPED = /其余|剩余|余下|除[^,，。;；]{0,20}外|其中|截至|截止|目前|现已|至今|主动公开/;
/**
 * Every request came from one kind of applicant (均为自然人申请, 全部由公民提出): none from the other.
 * Not 均为自然人 of a part (其中网上申请均为自然人提出 is said of the online requests: the caller checks).
 */
export const ALL_FROM = /(?:均|全部|都|皆)(?:为|是|来自|系|由)(?:自然人|公民|个人|群众|(法人或其他组织|法人和其他组织|法人及其他组织|企业|法人))(?:申请|提出|提交|递交)?(?:的)?(?:申请)?$/;
export const ZERO_FEE = /(?:未|没有|无)(?:收取|征收)?(?:任何)?行政事业性收费/;
/** None corrected (未被纠错, 零纠错, 无败诉; 无一件被纠错, 没有一起败诉: not a single one). */
export const ZERO_CORRECTED = /(?:未|没有|无|均未)(?:发生|出现)?(?:一[件起例宗个])?(?:被)?(?:纠错|纠正|败诉|撤销)|零(?:败诉|纠错|被纠错|被纠正)/;

/**
 * Every case was upheld (均获维持, 全部被维持, 均被法院判决维持): none was corrected, ended otherwise or
 * is still pending. Not when negated (并非均获维持).
 */
export const ALL_UPHELD = /(?<!未|没有|非|不)(?:均|全部|都|皆|一律)(?:已)?(?:获得?|被|予以|得到)?(?:法院|复议机关|上级机关)?(?:判决|裁定|决定)?(?:予以)?维持/;
/**
 * What opens a bare result: 结果 (复议结果为, 结果均为), or 为 alone (为结果维持, 为其他结果, as a table's column is
 * named after the count).
 */
const RESULT_IS = '(?:(?:复议|诉讼|判决|审理)?结果(?:均|都)?(?:为|是)?|(?:均|都)?(?:为|是)(?:结果)?)';
/**
 * A bare result as a clause of its own (被申请行政复议1件，结果维持; 复议结果为维持原答复; 为结果维持): said right
 * after the group's count, of every case counted.
 */
export const BARE_UPHELD = new RegExp(`^\\s*${RESULT_IS}(?:予以)?维持(?:原[^\\d\\s,，;；。]{0,8})?\\s*$`);
/** Whether `s` may hold ALL_UPHELD or BARE_UPHELD: both hold 维持, which most clauses lack. */
export function mayUphold(s: string): boolean {
  return s.includes('维持');
}
/**
 * Another bare result as a clause of its own right after a count (被申请行政复议1件，结果纠正; 被提起行政诉讼1件，
 * 尚未审结): said of every case counted. The column's own words only (not 撤销, 责令…, which a table may count
 * elsewhere).
 */
export const BARE_CORRECTED = new RegExp(`^\\s*${RESULT_IS}(?:被)?(?:纠正|纠错)\\s*$`);
/** 为其他结果, 结果为其他, a bare 其他结果 (the column's name) right after a count: every case counted ended otherwise. */
export const BARE_OTHER = /^\s*(?:(?:(?:复议|诉讼|判决|审理)?结果(?:均|都)?(?:为|是)?|(?:均|都)?(?:为|是))?其他结果|(?:复议|诉讼|判决|审理)?结果(?:均|都)?(?:为|是)其他)\s*$/;
export const BARE_PENDING = /^\s*(?:目前|截至目前|至今|截至年底|截至年末)?(?:均|都)?(?:为|是)?(?:尚未审结|(?:尚|仍|正|还)在审理(?:中|过程中)?|审理中)\s*$/;
/** The words before a bare result end with a count of cases (…行政复议1件，). */
export const AFTER_CASE_COUNT = /[0-9〇零一二两三四五六七八九十]\s*(?:件|起|宗|例)(?:\s*[,，])?\s*$/;
/** Every case of the group named has been decided (行政诉讼案件均已审结): none is pending. */
export const ALL_CONCLUDED = /(?<!未|没有|非|不)(?:均已|已全部|全部|都已|均)(?:依法)?(?:审结|结案|办结)/;
/** `ALL_CONCLUDED.exec(s)`, asked of most clauses: it holds 审结, 结案 or 办结, and most have none. */
export function allConcludedIn(s: string): RegExpExecArray | null {
  return s.includes('审结') || s.includes('结案') || s.includes('办结') ? ALL_CONCLUDED.exec(s) : null;
}
/** “All concluded” said of part of the cases, or as of a later date than the year's end. */
export const ALL_CONCLUDED_SCOPED = /其余|剩余|余下|除[^,，。;；]{0,20}外|截至目前|目前|现已|至今|年后|上一?年度?|结转|一审|二审|再审|上诉/;
/** “All upheld” said of part of the cases: those concluded (已审结的, 审结案件), the rest, all but some. */
export const ALL_UPHELD_SCOPED = /审结的|已审结|审结案件|已结案|结案的|已判决的|已作出|其余|剩余|余下|除[^,，。;；]{0,20}外|一审|二审|再审|上诉/;

/**
 * Every request was dealt with (均已办结, 已全部答复, 办结率100%; 均已在法定期限内办结, 均在法定期限内办结完毕, where
 * 已 or 完毕 says they were done, not only how: 均在法定期限内答复 is how those answered were): none carried over to next
 * year. Not when negated (未全部办结), nor a timeliness rate (按时办结率, 到期办结率 of the requests due, 答复率).
 */
export const ALL_CLOSED =
  /(?<!未|没有|非|不|未能|平)(?:均已|已全部|已经全部|全部|都已|均)(?:已)?(?:按时|按期|及时|依法依规|依法)?(?:办结|办理完毕|处理完毕|答复完毕|予以答复|作出答复|答复(?!完毕))(?![件的数])|(?<!未|没有|非|不|未能|平)(?:均已|已全部|全部已|都已)(?:依法)?(?:在|于)(?:法定|规定)?(?:的)?(?:答复|办理)?(?:期限|时限)内(?:依法)?(?:予以|作出)?(?:办结|答复|办复)(?:完毕)?(?![件的数])|(?<!未|没有|非|不|未能|平)(?:均|全部|都)(?:依法)?(?:在|于)(?:法定|规定)?(?:的)?(?:答复|办理)?(?:期限|时限)内(?:依法)?(?:办结|办理|答复|处理)完毕|(?<!按时|按期|及时|限时|当期|如期|到期)办结率(?:达到|达|为|是)?\s*100(?:\.0+)?\s*[%％]/;
/** `ALL_CLOSED.exec(s)`, asked of most clauses: every alternative holds 办结, 答复 or 完毕, and most have none. */
export function allClosedIn(s: string): RegExpExecArray | null {
  return s.includes('办结') || s.includes('答复') || s.includes('完毕') ? ALL_CLOSED.exec(s) : null;
}
/**
 * A sentence where “all handled” may speak of part of the requests or of a later date: last year's
 * carry-over (上年结转的申请均已办结), the rest (其余均已办结), as of now (截至目前已全部办结), or within the
 * time limit (均在法定期限内答复, 另有2件尚在答复期内).
 */
export const ALL_CLOSED_SCOPED = /结转|其余|剩余|余下|截至|截止|目前|现已|至今|期限内|时限内|(?:答复|办理)期内|答复率/;
/**
 * Requests of a kind, named by what sets them apart (无不予处理情形的申请, 符合受理条件的申请, 属于本机关公开范围的申请):
 * a statement about them (均已按期答复, 均予以公开) is about a subset, not about every request of the year.
 */
export const NARROWED_REQUESTS = /(?:情形|条件|要求|规定|范围|标准)的(?:政府信息公开|依申请公开)?申请|(?:符合|属于|应当|应予|需要|须|可以|能够)[^,，。；;：:]{0,12}的(?:政府信息公开|依申请公开)?申请/;
