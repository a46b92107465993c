/**
 * Claims in the prose: every number that states a quantity the tables hold, scoped to its clause,
 * with the quantity decided by the clause's own words — and, where a clause has none, by the
 * sentence around it (`其中新制定7件，失效31件，废止4件` speaks of the sentence's 规范性文件;
 * `（其中上年结转5件）` explains the total before it).
 *
 * Precision first: a number becomes a claim only when its words clearly name a table quantity. Not
 * claims: approximations (600余条, 近, 约, 超3.3万件), deltas (增长了28件), rates, years, document
 * and article numbers, set phrases (高效办成一件事), counts of other things (留言, 热线, 人大代表建议,
 * 政务服务办件), figures of another year (2023年共收到申请150件), and parts the tables do not hold:
 * a channel or topic breakdown (其中当面申请20件, 涉及征地拆迁类申请90件).
 *
 * Every step looks at a bounded window or at its own clause once, so extraction is linear in the
 * length of the prose.
 */
import { packedMap } from '../arrays';
import type { ReportModel, Subsection } from '../model';
import type { Range } from '../text';
import { isCount, itemsOfRequests, levelReached, numberTokens, segments, splitClauses, type Clause, type NumberToken, type Segment } from './clauses';
import * as L from './lexicon';
import type { Applicant, CaseGroup, CaseResult, Quantity, Reading } from './readings';
import type { Claim } from './index';
import { cacheOf, type Memo } from '../cache';
import { keepShape } from '../shapes';
import { isWhiteSpace } from '../normalize';
import { proseStream, sentenceEnd, type Paragraph, type ProseStream } from './stream';
import { reportYearOf } from '../report-year';

export interface RawClaim {
  /** What the words most likely mean. */
  readonly quantity: Quantity;
  /**
   * Every quantity the words admit, `quantity` first. A claim holds when any of them agrees
   * (`收到…178件（上年结转5件）` may count 一 or 一＋二).
   */
  readonly admissible: readonly Quantity[];
  /** The value stated (in the table's unit: 件, or 万元 for fees). */
  readonly value: number;
  /** Other values that express the same claim (废止 together with 失效 stated beside it). */
  readonly alternatives: readonly number[];
  /** The claim: the number with its words. */
  readonly range: Range;
  /** The number itself (for a zero statement, the negation). */
  readonly numberRange: Range;
  readonly text: string;
  readonly unit: string;
  /** Decimal places stated (fees), for rounding tolerance. */
  readonly decimals: number;
  /** A statement that something did not happen (未收到申请), rather than a figure. */
  readonly zero: boolean;
  /** Where the claim's sentence begins in the prose stream: the claims of one sentence share it. */
  readonly sentence: number;
}

type Domain = L.Domain;

interface SentenceContext {
  readonly sentence: string;
  /** The sentence, its paragraph or its heading speaks of disclosure. */
  readonly gis: boolean;
  /** Table 四 figures may be meant. */
  readonly caseGate: boolean;
  /** Table 三's outcome words may be meant (申请 in the sentence, or a 依申请 heading or paragraph). */
  readonly requestContext: boolean;
  readonly normative: boolean;
  readonly regulation: boolean;
  readonly reportYear: number | undefined;
  /** The body the report is by (`ownerOf` its title), when the title names one. */
  readonly owner: string | undefined;
  /** The paragraph names a narrower part of a government as its own (L.NARROWER_OWN): 全县 there stays a wider whole. */
  readonly narrowerOwn: boolean;
  /**
   * The sentence follows one that counted the year's disclosure requests and says nothing but what became of
   * requests (全年共收到政府信息公开申请178件。已全部办结。): its figures and statements are of those requests.
   */
  readonly afterRequests: boolean;
  /**
   * The sentence opens with 其中 after one of another year or a wider body (2023年共收到申请7件。其中，予以公开6件。):
   * its figures are parts of that one's, not the report's.
   */
  readonly partsOfOther: boolean;
}

interface Pending {
  quantity: Quantity;
  admissible: Quantity[];
  readonly token: NumberToken;
  readonly segment: Segment;
  readonly words: readonly RegExp[];
  readonly domain: Domain;
}

/** Counts of one quantity given body by body, each body the report's own: the quantity and how many so far. */
interface BodyParts {
  readonly quantity: Quantity;
  readonly count: number;
}

interface State {
  /** The clauses speak of another year than the report's. */
  otherYear: boolean;
  /** The clauses speak of a wider body than the reporting office (全县, 各部门). */
  otherScope: boolean;
  /**
   * The last figure counted items marked 主动公开 (审查公文683件，其中主动公开50件): the classes after it in the list
   * (依申请公开6件、不予公开12件) are the 公开属性 of those items, not requests or their outcomes.
   */
  disclosureClasses: boolean;
  /**
   * The last count before the breakdown counted information published (主动公开政府信息326条，其中行政许可93条):
   * its parts are kinds of information, not the decisions table 二 counts.
   */
  publishedItems: boolean;
  /** A figure of money not collected was stated (为企业减免各类收费1260万元): a fee in its breakdown is waived too. */
  waived: boolean;
  /** Inside a breakdown of a total (其中…, 从申请渠道看…, parentheses). */
  breakdown: boolean;
  domain: Domain | undefined;
  /**
   * With `domain` other: the figure counted applications of another kind (受理行政许可申请2150件, 受理医保报销申请…),
   * whose own outcomes (不予处理, 予以公开公示) an outcome after it may be.
   */
  otherRequests: boolean;
  docRow: 'regulation' | 'normative' | undefined;
  /** The column the figure just read of a document row counted (制发规章0件): a bare row after it is counted so too. */
  docColumn: 'issued' | 'repealed' | 'inForce' | undefined;
  caseGroup: CaseGroup | undefined;
  /** A result of the case group was counted (维持8件，纠错10件): a bare 其他 after it is 其他结果. */
  caseResults: boolean;
  /** The results of the current group counted so far, one bit each (维持 1, 纠正 2, 其他 4, 尚未审结 8). */
  caseResultKinds: number;
  /** Review and lawsuits were each counted in a clause of their own (复议25件，诉讼5件). */
  reviewNamed: boolean;
  suitsNamed: boolean;
  /** The kinds of lawsuit counted so far (未经复议直接起诉, 复议后起诉): after both, results are of all the lawsuits. */
  suitKinds: number;
  /** The case group a `其中` opened its breakdown on (the parts that follow are of that group). */
  breakdownOf: CaseGroup | undefined;
  /** A clause said the office acts as the review body (县政府作为行政复议机关，…): the cases after it are not table 四's. */
  asReviewBody: boolean;
  /** Bodies other than the report's named at the head of a clause so far (县自然资源局收到… in 湘潭县's report). */
  bodies: number;
  /** The clauses speak of a body named at their head that is not the report's (县自然资源局收到…). */
  otherBody: boolean;
  /**
   * What another body's clauses counted (镇政府收到申请3件，县自然资源局收到申请2件): the report's own count of
   * the same in the sentence is then one body's part, not the table's figure.
   */
  otherBodyCounts: Set<Domain>;
  /** A result of either group was counted in the sentence. */
  anyCaseResult: boolean;
  /** A clause said what the cases were about (行政复议申请人主要为征地拆迁户): the counts after it are of that topic. */
  caseTopic: boolean;
  /** Last year's carry-over was stated: a bare `共183件` that follows is 一＋二. */
  carriedSeen: boolean;
  /** `包括上年结转在内` was stated without a number: the next received total is 一＋二. */
  includesCarried: boolean;
  /** Requests of a kind the tables do not hold were counted (网上申请105件): a bare `合计122件` after them is all requests. */
  partsSeen: boolean;
  /** Parts of the year were named (第一季度…, 上半年…): a bare `全年合计187件` after them is the year's requests. */
  yearParts: boolean;
  /**
   * Those parts of a count stated before them (全年受理申请178件，其中网上申请90件): the count (undefined when none came
   * before), the parts' sum and the largest part. While they fall short of the count, a count after them no larger than
   * the largest part may be that part's (办结85件 of the 90 online, or of all 178): `withinShortParts`.
   */
  partsOf: number | undefined;
  partSum: number;
  partMax: number;
  /**
   * A clause framed what follows as part of the year's new requests (新收的178件申请中): a count handled
   * after it is of those alone, which no cell holds (last year's carry-over may have been dealt with too).
   */
  newFrame: boolean;
  /** The year's new requests were counted in the sentence. */
  newSeen: boolean;
  /** A clause singled out the requests of one topic (征地拆迁类申请数量最多): the counts after it are theirs. */
  requestTopic: boolean;
  /** An outcome of table 三 was counted: applicants named after it (其中自然人92件) are of that outcome's requests. */
  outcomeSeen: boolean;
  /** The outcome groups of table 三 counted in the sentence (予以公开99件、部分公开14件…). */
  outcomeGroups: number;
  /** The counts of those groups, as read so far (予以公开 becomes 予以公开及部分公开 when a 其中部分公开 follows it). */
  outcomeCounts: Pending[];
  /** The last count read in the sentence. */
  lastCount: Pending | undefined;
  /**
   * The last whole count of the requests was of those dealt with (已办结4件): applicants counted after it may be
   * of those, table 三's （七） by column (其中自然人3件, 其中3件为自然人申请).
   */
  handledLast: boolean;
  /** A clause framed what follows as one applicant kind's requests (自然人申请中): outcomes after it are theirs. */
  applicantFrame: boolean;
  /** A clause framed what follows as the requests of one channel (网上申请中, 信函申请的办理情况：): a part the tables do not hold. */
  channelFrame: boolean;
  /**
   * A clause framed what follows as last year's carry-over (上年结转的5件申请中, 对上年结转的申请): the outcomes and
   * counts dealt with after it are theirs alone, which no cell holds.
   */
  carriedFrame: boolean;
  /**
   * The frame of the new requests named them as such (本年新收申请中, 新收的178件申请中), apart from last year's: the
   * outcomes after it are theirs alone (not after 收到的178件申请中, where writers count every outcome).
   */
  newAloneFrame: boolean;
  /** The count before the breakdown was of the documents issued of every kind (全年共制发各类文件326件，其中…). */
  issuedAll: boolean;
  /** A clause framed what follows as the cases of one result (结果纠正的10件中): results after it are its kinds. */
  resultFrame: boolean;
  /** A clause said one kind of applicant made most requests (申请人以法人或其他组织为主): a bare `共42件` after it is theirs. */
  applicantLead: Applicant | undefined;
  /**
   * Requests of one column of 法人或其他组织 were counted (商业企业7件): a bare 其他组织 after them is the
   * rest of the organisations, not all of them.
   */
  orgColumnSeen: boolean;
  /**
   * What the last figure of a clause of another year or of a change counted (2023年共收到申请7件, 申请较上年增加12件):
   * a bare figure right after it that a level verb introduces (2024年增至178件, 达190件) is this year's of that quantity.
   */
  changed: Decision | undefined;
  /** The applicant kinds counted, one bit each: 自然人 1, 法人或其他组织 2 (both: a bare total after them is all the requests). */
  applicantKinds: number;
  /**
   * Document counts given body by body, each by a body that is the report's own (县政府制发4件，县政府办公室制发3件):
   * their quantity and how many; a bare `合计7件` right after two or more is the table's figure.
   */
  docParts: BodyParts | undefined;
  /** Request counts given body by body, each by a body that is the report's own (镇政府收到申请3件，镇党政办收到申请2件). */
  requestParts: BodyParts | undefined;
  /** Inside parentheses: the figure they explain. */
  parent: Pending | undefined;
  /** Inside parentheses: they open with 其中, 含, 包括. */
  parentIncludes: boolean;
  /** Inside parentheses: they open with 不含, 不包括 (the figure before them leaves out what they count). */
  parentExcludes: boolean;
}

interface Decision {
  readonly quantity: Quantity;
  readonly admissible?: readonly Quantity[];
  readonly words: readonly RegExp[];
  readonly domain: Domain;
}

const SUBJECT = /政府信息公开申请|依申请公开申请|依申请公开件|依申请公开|信息公开申请|公开申请|申请件|申请/;
/** Disclosure requests named outright (not 申请人, nor a request for review). */
const REQUESTS_NAMED = /(?:政府信息公开|依申请公开|信息公开|公开)申请|依申请公开/;
/** The request counts that may be a whole: received, handled, or either. */
export const WHOLES: ReadonlySet<Quantity> = new Set<Quantity>(['new', 'newPlusCarried', 'handled', 'newOrHandled']);
const TOTAL_ADVERB = /(?:共计|总共|一共|累计|合计|共)$/;
const BARE_TOTAL = /^[\s共计合总累一达为有是]*$/;
/** The year's named total, with nothing else (全年合计, 本年度共计): after the parts of the year, all of them. */
const YEAR_TOTAL = /^\s*(?:全年|本年度?)[\s共]*(?:合计|总计|共计)[\s为达是]*$/;
/** 申请人以法人或其他组织为主, 以自然人申请为主: the kind of applicant that made most requests. */
const APPLICANT_LEAD = /以([^,;，；]{1,16})为主\s*$/;
/** A clause ending in a share of the total (予以公开占55.6%, 占比为一半): a figure may follow in the next. */
const SHARE_END = /占(?:比)?(?:为)?\s*(?:[0-9]+(?:\.[0-9]+)?\s*[%％]|百分之[〇零一二两三四五六七八九十百点.0-9]+)\s*$/;
/** 其中予以公开占比最高，达99件; 自然人申请最多，为171件: the clause names the one that leads, and the bare figure after it is its count. */
const MOST_END = /(?:占比|比例|比重|数量|件数)?(?:最高|最大|最多|居首)\s*$/;
const NEW_STATEMENT = /^\s*(?:全年|本年度|本年|今年|\d{4}\s*年|共|累计|合计)/;
/**
 * A clause opening on cases of review or lawsuits that arose (发生行政复议1件, 被提起行政诉讼2件, 行政复议0件); not on the
 * review body or the court's part in a lawsuit (行政复议机关转来的申请3件, 行政诉讼中法院调取…: requests of a channel).
 */
const CASES_OPEN = /^\s*(?:另|此外|同时)?(?:有|发生|产生|引发|出现|被申请|被提起|办理)?(?:了)?(?:政府信息公开)?(?:行政复议|行政诉讼)(?!机关|机构|委员会|中|过程|期间|申请人|人)/;
const ADVERBIAL_CHANNEL = /通过|经由|采用|利用|依托|采取/;
const CHANNEL_MANNER =
  /(?:当面|现场|网上|网络|在线|信函|邮寄|邮政|快递|传真|电子邮件|电子邮箱|电话|线上|线下|来信|来人|书面|口头)(?:方式|形式|渠道|途径)?(?:提交|提出|递交|申请|收到|受理|接收|办理|答复|回复|告知|送达)/;
/** The new requests as a noun, then a verb of dealing with them (新收申请办结168件), or the verb first (办结本年度新收申请173件). */
const NEW_ONES_HANDLED = /(?:新收|收到|受理)(?:的)?(?:政府信息公开|依申请公开)?申请(?:中|里)?(?:已)?(?:办结|答复|办理|处理)|(?:办结|答复|办理|处理)(?:了)?(?:本年度?|今年|当年)?(?:的)?新收/;

/** A month or a day named before a count (12月下旬收到的5件): part of the year. */
const MONTH = /(?<![\d.])(?:1[0-2]|[1-9])\s*月(?!\s*\d{1,2}\s*(?:日\s*)?(?:起\s*)?(?:至|到|—|-|～))/;
/** A month after the count, when it came or was dealt with (1件申请于12月下旬收到): part of the year. */
const MONTH_AFTER = /(?:于|在)\s*(?:1[0-2]|[1-9])\s*月/;
/** A count of one period or the largest or smallest of them (单月最多收到申请2件, 月均收到3件): not the year's. */
const PER_PERIOD = /单月|单日|单周|单季|每月|每周|每日|每天|每季|月均|日均|周均|最多|最少|最高|最低|峰值|高峰/;
/** The whole year spelled out, or up to its end (截至12月31日). */
const WHOLE_YEAR = /1\s*月\s*1\s*(?:日\s*)?(?:起\s*)?(?:至|到|—|－|-|～|~)|截至|截止|全年/;

/** Requests that ended without an answer, were filed by an agent, or are one applicant's (某企业). */
const ENDED_OR_AGENT = /终止|中止|不再处理|不再受理|撤回|代为|代理|委托|(?<![\d件])某/;
/**
 * 作出不予行政处罚决定35件, 准予行政许可30件 (the grants, not the refusals), 从轻、减轻…, 撤销行政许可2件, 解除行政强制措施30件, 抽查案卷120件, 行政处罚立案503件,
 * 简易程序案件1200件 (the decisions of one procedure): some of
 * table 二's decisions, or acts on them or before them, not the year's decisions.
 */
const DECISIONS_SUBSET = /不予|准予|从轻|减轻|免予|免于|首违不罚|轻微|撤销|注销|撤回|吊销许可|变更|延续|解除|听证|复核|抽查|评查|立案|移送|简易程序|一般程序|普通程序/;
/** A count that holds disclosure's among others (含政府信息公开类, 包括信息公开案件). */
const WIDER_THAN_DISCLOSURE = /(?:含|包含|包括)[^,;:，；：]{0,10}信息公开/;
/** Money of other kinds than the fees, counted with them (政府性基金, 罚没款, 税费, 非税收入), or collected for another body (代收). */
const OTHER_MONEY = /基金|罚没|罚款|税|代收|代征|(?:行政事业性|事业性)收费[和与及、]|[和与及、](?:行政事业性|事业性)收费/;
/** 减免行政事业性收费350万元, 退还…, 减轻企业负担86万元: money not collected, given back, or spared. */
const FEE_NOT_COLLECTED = /减免|免征|免收|免除|退还|退费|减收|减负|缓缴|停征|取消|减轻|降低|节约|节省|让利/;
/** What may stand before a zero statement of decisions that is the clause's whole statement: time, the office, 均. */
const DECISIONS_PREFIX = new RegExp(`^[\\s,，]*(?:(?:全年|本年度|本年|今年|年内|\\d{4}\\s*年度?|${L.SELF_WORDS}|均|也|亦|都)[\\s,，]*)*$`);
/** 未制发规章和行政规范性文件, 没有废止规范性文件: the verb (group 1), then one row or two (groups 2, 3). */
const DOCS_NOT_MADE = /(?:未|没有|无)(?:新)?(制定|制发|出台|印发|废止)(?:任何)?(?:的)?(?:行政)?(规范性文件|规章)(?!制度)(?:(?:[和与及、]|以及)(?:行政)?(规范性文件|规章)(?!制度))?/;
/** 规章和行政规范性文件均未废止: one row or two (groups 1, 2), then the negated verb (group 3) closing the clause. */
const NO_DOCS_MADE = /(?:行政)?(规范性文件|规章)(?!制度)(?:(?:[和与及、]|以及)(?:行政)?(规范性文件|规章)(?!制度))?(?:均|都|皆|也|亦)?(?:未|没有|无)(?:新)?(制定|制发|出台|印发|废止)(?:的)?(?:情况|情形)?$/;
/**
 * 未作出行政处罚决定, 全年无行政许可、行政处罚和行政强制事项: a negation, a verb of deciding (group 1) or none,
 * the first kind of decision (group 2), the others listed (group 3), and a word after them (group 4).
 */
const NO_DECISIONS = /(?:未|没有|无)(?:(实施|作出|做出|办理)|发生|产生)?(?:任何)?(?:的)?(行政许可|行政处罚|行政强制)((?:(?:[、和与及]|以及)(?:行政许可|行政处罚|行政强制))*)(职能|职权|权限|事项)?/;
/** The year named before a zero statement of decisions without a verb: 全年无行政强制事项. */
const DECISIONS_YEAR = /全年|本年度|本年|今年|年内|\d{4}\s*年/;
/** What may close such a statement after its kinds: 决定, 案件, 的情况. */
const DECISIONS_END = /^(?:的)?(?:决定|案件|行为)?(?:的)?(?:情况|情形)?$/;
/** A document row alone, after the figure of another (制发规章0件、行政规范性文件7件): nothing but its name. */
const BARE_DOC_ROW = /^[\s、，,和及与]*(?:行政)?(?:规范性文件|规章)(?!制度)\s*$/;
/** 无行政规范性文件出台, 没有规范性文件废止: the negation, one row or two (groups 1, 2), then the verb (group 3). */
const DOCS_NONE_MADE = /(?:未|没有|无)(?:新)?(?:任何)?(?:行政)?(规范性文件|规章)(?!制度)(?:(?:[和与及、]|以及)(?:行政)?(规范性文件|规章)(?!制度))?(?:的)?(出台|制发|制定|印发|废止)(?![权前后])/;
/** 行政复议、行政诉讼均未发生: the kinds of case (groups 1, 2), then the negation closing the clause. */
const CASES_NOT_HAD = /(?:行政)?(复议|诉讼)(?:案件)?(?:(?:[、和与及]|以及)(?:行政)?(复议|诉讼)(?:案件)?)?(?:均|都|皆|也|亦)?(?:未|没有)(?:发生|出现|产生)(?:过)?$/;
/**
 * What may stand before such cases: time, the office, 均, and disclosure as their cause or topic (因政府信息公开
 * 引起的, 涉及信息公开的) — not another body's cases (作为复议机关办理的), another kind (仲裁案件的), results or
 * last year's (败诉的, 上年结转的).
 */
const CASES_PREFIX = new RegExp(
  `^[\\s,，]*(?:(?:全年|本年度|本年|今年|年内|\\d{4}\\s*年度?|${L.SELF_WORDS}|均|也|亦|都|因?(?:政府信息公开|依申请公开|信息公开)(?:工作|申请)?(?:引起|引发|产生)?(?:的|类|方面的?)?|涉及(?:政府信息公开|信息公开|依申请公开)的?)[\\s,，]*)*$`,
);
/** 拟废止的规范性文件12件: documents planned, not the year's. */
const DOCS_PLANNED = /拟|计划|待|将于|准备/;

/** Items published (公开, 公示, 发布…信息): a count of what was made public, not of the decisions made. */
const PUBLISHED = /公开|公示|公布|发布|推送|上网|信息/;
/** Requests singled out by how or when they were dealt with (延期答复5件, 按期办结115件, 在10个工作日内办结): parts the tables do not hold. */
const SUBSET_MANNER = /延期|延长|逾期|超期|按时|按期|如期|期限内|时限内|工作日|[日天]内|小时内|当场|即时|补正|征求|转送|转交|转办|移送|告知|撤回|撤销申请|经[^,，]{0,8}后/;
/** Information disclosed or provided on request (依申请公开政府信息, 依申请提供信息). */
const ON_REQUEST_INFO = /依申请(?:公开|提供)(?:的)?(?:政府)?信息/;
/** 申请 as the verb before the information asked for (申请公开信息, 申请公开的政府信息). */
const INFO_ASKED_G = /(?<!依)申请公开(?:的)?(?:政府)?信息/g;
const REQUEST_NOUN_G = /(?<!依)申请(?!人|公开|行政复议|复议)/g;
const MODIFIER_BOUNDARY = /收到|受理|新收到?|新增|接收|接到|收悉|办理|办结|答复|办复|回复|处理|完成|作出|共计|合计|累计|总计|其中|共|为|达|有/g;
// 登记 is a word of the requests (登记政府信息公开申请), not where their modifier begins: 不动产登记申请 is another kind.
const GENERIC_MODIFIER = new RegExp(
  `政府信息公开|政府信息|政府依申请公开|信息公开|依申请公开|依申请|公开|登记|并|各类|各项|相关|有关|有效|新|的|关于|任何|要求|提出|提交|递交|来自|申请人|人民群众|群众|社会公众|公众|市民|社会各界|${L.SELF_WORDS}|向|对|本年度|本年|全年|共|计|件|份|条|数量|总量|量|总数|数`,
  'g',
);
/**
 * Every applicant named together: 公民、法人或其他组织, and 单位或个人 / 个人和组织 (未收到任何单位或个人的信息公开申请,
 * none received from anyone).
 */
const ALL_APPLICANTS = /公民[、,]?法人[或和及与、]{0,2}其他组织|(?:单位|组织)(?:或者?|和|及|与|、){1,2}个人|个人(?:或者?|和|及|与|、){1,2}(?:单位|组织)/g;
const APPLICANT_WORDS = new RegExp(L.APPLICANT_COLUMNS.map((c) => c.re.source).join('|'), 'g');
/** 法定答复期限 is a deadline, not the act of answering. */
const DEADLINE = /(?:法定)?(?:答复|办理)期限/g;
// Not a year's carry into the next (2024年结转下年度3件, 2024年结转至2025年): that is 四、结转下年度.
const CARRIED_YEAR = /\d{4}\s*年度?(?:的)?结转(?!\s*(?:(?:至|到|入)\s*)?(?:下一?年|次年|\d{4}))/;
/** 扣除上年结转后, 除上年结转外, 结转上年后: what follows is net of last year's carry-over. */
/** A parenthesis that tells what the figure before it leaves out: 不含, 不包括, 未含. */
const EXCLUDING_OPEN = /^\s*(?:不含|不包含|不包括|未含|未包括|未计入|不计)/;
const EXCLUDING = /^\s*(?:不含|不包含|不包括|未含|未包括|未计入|不计)/;
const NET_OF_CARRIED = /(?:(?:扣除|除去|除|去掉|减去)\s*)?(?:上一?年度?(?:的)?结转|结转上一?年度?)(?:的)?(?:申请)?\s*(?:后|外|以外|之外)/;

function lastIndexOfRe(s: string, re: RegExp): [number, number] | undefined {
  re.lastIndex = 0;
  let found: [number, number] | undefined;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    found = [m.index, m.index + m[0].length];
  }
  return found;
}

function firstIndexOfRe(s: string, re: RegExp): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? m.index : -1;
}

/** Who the words say applied, 'all' for 公民、法人或其他组织 together, undefined when they do not say. */
function applicantOf(words: string): Applicant | 'all' | undefined {
  const w = words.replace(ALL_APPLICANTS, ' ');
  if (w !== words && !L.NATURAL.test(w) && !L.ORGS.test(w)) return 'all';
  const natural = L.NATURAL.test(w);
  const orgs = L.ORGS.test(w);
  if (natural && orgs) return 'all';
  if (natural) return 'natural';
  for (const c of L.APPLICANT_COLUMNS) if (c.re.test(w)) return c.who;
  if (orgs) return 'orgs';
  return undefined;
}

/** The words of the noun phrase before 申请 say nothing the tables do not hold. */
function modifierIsGeneric(modifier: string): boolean {
  if (L.ALL_CHANNELS.test(modifier)) return true;
  const stripped = modifier
    .replace(/\d{4}\s*年度?/g, '')
    .replace(ALL_APPLICANTS, '')
    .replace(L.NATURAL, '')
    .replace(L.ORGS, '')
    .replace(APPLICANT_WORDS, '')
    .replace(GENERIC_MODIFIER, '');
  return !L.WORD_LEFT.test(stripped) && !L.TOPIC.test(modifier);
}

/** Words that single out what requests or cases were about (申请公开的内容主要涉及征地拆迁（60件）): a topic, not a total. */
const ABOUT = /涉及(?!政府信息|信息公开|依申请)|内容(?:主要)?(?:涉及|集中|为|是)|主要(?:涉及|集中|为)|集中(?:在|于)/;
/**
 * ABOUT as the cases' words read it: 涉及 right before the cases and their count (涉及复议25件, 涉及行政诉讼案件5件)
 * says the cases there were, as 涉及依申请公开行政诉讼5起 does, not their topic (案件主要涉及征地拆迁).
 */
const CASES_ABOUT = /涉及(?!政府信息|信息公开|依申请|(?:行政)?(?:复议|诉讼)(?:案件)?(?:共计?)?\s?(?:[0-9〇零一二两三四五六七八九十百千]|$))|内容(?:主要)?(?:涉及|集中|为|是)|主要(?:涉及|集中|为)|集中(?:在|于)/;

/** 涉及 right before an applicant kind (申请共计81件，涉及自然人80件、商业企业1件): who applied, not what about. */
const ABOUT_APPLICANT = /涉及(?=自然人|公民|个人|群众个人|法人|其他组织|商业企业|企业|科研机构|社会公益组织|公益组织|法律服务机构|律师)/g;

/** 为, 是, 系 right after a count, before whose requests they were (其中3件为自然人申请): no modifier of its own. */
const COPULA_AFTER = /^\s*(?:为|是|系)/;
/** 为 or 来自 right after a count, before whose requests they were (3件为自然人申请, 3件来自自然人): a part of the count before. */
const PART_OF_BEFORE = /^\s*(?:为|是|系|来自)/;

/**
 * A request count narrowed to a part table 三 does not hold: a channel (网上申请, 通过信函收到), a
 * topic (涉及征地拆迁类申请, 申请内容涉及…的), a unit of the office (县政府办公室转来的申请).
 */
function narrowed(seg: Segment): boolean {
  const { post } = seg;
  // 涉及自然人72件、商业企业3件: 涉及 before an applicant says who applied, not a topic.
  const pre = seg.pre.includes('涉及') ? seg.pre.replace(ABOUT_APPLICANT, '') : seg.pre;
  if (L.ALL_CHANNELS.test(pre)) return false;
  if (ABOUT.test(pre) || /排名|排在|前[三五十]/.test(pre)) return true;
  if (ADVERBIAL_CHANNEL.test(pre) && L.CHANNEL.test(pre)) return true;
  if (CHANNEL_MANNER.test(pre) || CHANNEL_MANNER.test(post)) return true;
  const last = lastIndexOfRe(pre, REQUEST_NOUN_G);
  if (last) {
    const before = pre.slice(0, last[0]);
    const boundary = lastIndexOfRe(before, MODIFIER_BOUNDARY);
    if (!modifierIsGeneric(before.slice(boundary ? boundary[1] : 0))) return true;
    if (L.TOPIC.test(pre.slice(last[1]))) return true;
  }
  const first = firstIndexOfRe(post, REQUEST_NOUN_G);
  if (first >= 0 && !modifierIsGeneric(post.slice(0, first).replace(COPULA_AFTER, ''))) return true;
  return false;
}

/** The whole counts of the requests a channel's or a topic's parts break down. */
const WHOLE_COUNTS: ReadonlySet<Quantity> = new Set<Quantity>(['new', 'newPlusCarried', 'newOrHandled']);

/**
 * A part of the requests or of the cases by words the tables do not know (其中网上申请90件, 其中涉及征地拆迁的10件),
 * `value` of it: added to the parts, and the count they break down taken from the last whole count of its domain (a
 * group's total for the cases).
 */
function notePart(value: number, domain: 'requests' | 'cases', st: State): void {
  const last = st.lastCount;
  if (st.partsOf === undefined && last?.domain === domain && (domain === 'requests' ? WHOLE_COUNTS.has(last.quantity) : !last.quantity.includes('.'))) {
    st.partsOf = last.token.value;
  }
  st.partSum += value;
  st.partMax = Math.max(st.partMax, value);
}

/**
 * A count after parts that fall short of the count they break down (全年受理申请178件，其中网上申请90件，办结85件), no
 * larger than the largest part: it may be that part's as well as the whole's.
 */
function withinShortParts(value: number, st: State): boolean {
  return st.partsOf !== undefined && st.partSum < st.partsOf && value <= st.partMax;
}

/** In a breakdown every word must be one the tables know (网上, 涉及征地拆迁类 are not). */
function unknownWordsLeft(words: string): boolean {
  L.KNOWN_WORDS.lastIndex = 0;
  const left = words.replace(L.KNOWN_WORDS, '').replace(/[0-9.%％]+/g, '');
  return L.WORD_LEFT.test(left);
}

/** Documents of other kinds than a row of table 二 (其他文件, 其它公文, 各类文件, 一般性文件): never the row named before. */
const OTHER_DOCS = /(?:其[他它]|各类|各项|一般性?|普通|内部)(?:的)?(?:规范性)?(?:文件|公文)/;

/** A row of table 二's documents named with others after it (规范性文件及其他文件, 规章和其它公文, 规范性文件等文件). */
const WIDER_DOCS = /(?:规范性文件|规章)(?:及|和|与|以及|、)?(?:其他|其它|等)/;

function docRowOf(words: string): 'regulation' | 'normative' | undefined {
  // Most words name neither (the removal of 规章制度 below cannot make either appear).
  if (!words.includes('规章') && !words.includes('规范性文件')) return undefined;
  const w = words.replace(/规章制度/g, '');
  if (/规范性文件/.test(w)) return 'normative';
  if (/规章/.test(w)) return 'regulation';
  return undefined;
}

/** The decisions table 二 counts, by the word that names each (and that word as a pattern, for claimSpan). */
const ACTIVE_DECISIONS: readonly { readonly word: string; readonly re: RegExp; readonly quantity: 'license' | 'penalty' | 'coercion' }[] = (
  [
    ['行政许可', 'license'],
    ['行政处罚', 'penalty'],
    ['行政强制', 'coercion'],
  ] as const
).map(([word, quantity]) => ({ word, re: new RegExp(word), quantity }));

/** Whether any outcome group's pattern matches: one pass instead of one per group. */
const ANY_OUTCOME = new RegExp(L.OUTCOME_GROUPS.map((o) => `(?:${o.re.source})`).join('|'));
/** A clause that begins a breakdown by table 三's outcomes (其中予以公开34件…, or after a colon, 予以公开357件…). */
const OUTCOMES_AFTER = new RegExp(`^\\s*(?:其中\\s*[,，]?\\s*)?(?:${ANY_OUTCOME.source})`);

/** Requests answered again after a review or a judgment (行政复议后重新答复的2件): some requests, not cases. */
const ANSWERED_AFTER_CASE = /(?:复议|诉讼|判决)(?:决定)?之?后[^,，;；。]{0,4}?(?:重新|再次)?(?:作出)?(?:答复|公开|办理|处理|提供)/;

/** The domain the words name themselves, or undefined when they name none. */
function domainOf(words: string): Domain | undefined {
  if (L.OTHER_DOMAIN.test(words) || ANSWERED_AFTER_CASE.test(words)) return 'other';
  if (L.REVIEW.test(words) || L.SUIT.test(words)) return 'cases';
  if (L.FEE.test(words)) return 'fee';
  // The first kind of decision named, and how many are (a loop: no array and closure for every clause).
  let active: (typeof ACTIVE_DECISIONS)[number] | undefined;
  let kinds = 0;
  for (const d of ACTIVE_DECISIONS) {
    if (!words.includes(d.word)) continue;
    active ??= d;
    kinds++;
  }
  // 行政许可事项, 项目清单 count items, not decisions; a project's licence among the kinds (建设项目许可等行政许可) does not.
  // Items handled (办理行政许可事项1.2万件, 办结行政许可事项356件) are the decisions, as 办理行政许可356件 is.
  if (active) return kinds === 1 && !/申请|(?<!(?:办理|办结|审结)(?:各类|各项)?行政(?:许可|处罚|强制))事项|项目(?!(?:选址|用地|规划)?(?:许可|审批))|清单|目录|权力|服务|业务/.test(words) ? active.quantity : 'other';
  if (docRowOf(words)) return 'docs';
  if (/申请|公开件/.test(words) || L.CARRIED.test(words) || L.CARRY_NEXT.test(words) || L.includingCarried(words)) return 'requests';
  if (ANY_OUTCOME.test(words)) return 'requests';
  if (RECEIVED_DISCLOSURE.test(words)) return 'requests';
  return undefined;
}

/**
 * Disclosure received, named right before its figure without 申请 (共受理政府信息公开1件, 收到信息公开3件): the requests,
 * as 受理依申请公开1件 and 受理政府信息公开件1件 are. `words` holds a space where the figure stands; only the verb's own
 * object up to it (not 收到政府信息公开工作通知3件, 主动公开政府信息17件, 发布信息公开目录50条).
 */
const RECEIVED_DISCLOSURE = /(?:收到|受理|新收|接收|接到)(?:了)?(?:政府)?信息公开(?:共|合计|总计|共计)?\s/;

/** Words of each kind of table 二's decisions besides the table's own (查封, 扣押 are 行政强制措施; 罚款 a 行政处罚). */
const DECISION_KIND_WORDS: Readonly<Record<'license' | 'penalty' | 'coercion', RegExp>> = {
  license: /许可|审批/,
  penalty: /处罚|罚款|罚没/,
  coercion: /强制|查封|扣押|冻结|扣留/,
};

/** The words of each kind as global patterns (a clause's words of its own kind are known words). */
const OWN_KIND_WORDS: Readonly<Record<'license' | 'penalty' | 'coercion', RegExp>> = {
  license: new RegExp(DECISION_KIND_WORDS.license.source, 'g'),
  penalty: new RegExp(DECISION_KIND_WORDS.penalty.source, 'g'),
  coercion: new RegExp(`${DECISION_KIND_WORDS.coercion.source}|措施`, 'g'),
};

/** The words name a kind of decision other than `kind`. */
function otherDecisionKind(words: string, kind: 'license' | 'penalty' | 'coercion'): boolean {
  return (Object.keys(DECISION_KIND_WORDS) as (keyof typeof DECISION_KIND_WORDS)[]).some((k) => k !== kind && DECISION_KIND_WORDS[k].test(words));
}

/**
 * The group a result not naming its own is of: after both kinds of lawsuit were counted (行政诉讼5件，其中
 * 直接起诉3件、复议后起诉2件，判决维持2件…) all the lawsuits, unless a 其中 broke the last kind down or a
 * parenthesis right after the last kind's count explains it (复议后起诉2件（维持1件、尚未审结1件）).
 */
function ofAllSuits(group: CaseGroup, st: State): CaseGroup {
  return st.suitKinds === 3 && group.startsWith('suits.') && st.breakdownOf !== group && st.parent?.quantity !== group ? 'suits' : group;
}

const CASE_RESULT_BITS: Readonly<Record<'upheld' | 'corrected' | 'other' | 'pending', number>> = { upheld: 1, corrected: 2, other: 4, pending: 8 };

/** `value` the figure of the segment read (undefined for a clause read for its words alone). */
function decideCase(words: string, st: State, value?: number): Decision | undefined {
  // 驳回起诉2件, 驳回诉讼请求3件: a court's ruling, 其他结果 or 结果维持 by its kind; and 起诉 here names no group.
  // 原告撤诉2件, 撤回复议申请4件, 调解结案1件: results the table does not count apart. But 判决驳回原告诉讼请求 is
  // how a court upholds an act (行政诉讼法 art. 69: 结果维持), and 原告撤诉等其他结果 names its column itself.
  // 复议机关不予受理2件, 终止审理1件: the review body declined or ended the case, a result of its own too.
  if (/驳回|撤诉|撤回|调解|和解|不予受理|终止/.test(words) && !/其他结果/.test(words) && !(L.UPHELD_RULING.test(words) && !/驳回起诉/.test(words))) return undefined;
  // 作为复议机关办理的复议案件12件, 审理行政复议案件36件: cases the office decided as the review body, not cases against it.
  if (st.asReviewBody || REVIEW_BODY.test(words) || RECEIVED_FOR_REVIEW.test(words)) return undefined;
  // 出庭应诉3次, 开庭审理6次, 听证会3次, 法律文书42份, 以第三人身份参加诉讼2件: acts and papers of the cases, or
  // cases the office is not the respondent of; 上年度结转的3件行政复议案件: last year's cases.
  if (CASE_NOT_A_COUNT.test(words)) return undefined;
  // 劳动人事争议仲裁案件被提起诉讼37件, 路政案件被申请行政复议2件: cases of the office's other work, not of disclosure.
  if (OTHER_CASES.test(words)) return undefined;
  let group: CaseGroup | undefined;
  let explicit = true;
  const review = L.REVIEW.test(words);
  const suit = L.SUIT.test(words);
  if (L.DIRECT_SUIT.test(words)) group = 'suits.direct';
  else if (L.SUIT_AFTER_REVIEW.test(words)) group = 'suits.afterReview';
  else if (review && suit) group = figureBetweenGroups(words) ? lastGroupNamed(words)! : 'reviewAndSuits';
  else if (review) group = 'review';
  else if (suit) group = 'suits';
  else {
    group = st.caseGroup;
    explicit = false;
  }
  if (!group) return undefined;
  if (explicit && group !== st.caseGroup) {
    st.caseResults = false;
    st.caseResultKinds = 0;
    // Another group: the parts noted were of the one before.
    st.partsOf = undefined;
    st.partSum = 0;
    st.partMax = 0;
  }
  if (explicit) st.caseGroup = group;
  if (explicit && group === 'review') st.reviewNamed = true;
  if (explicit && group.startsWith('suits')) st.suitsNamed = true;
  if (explicit && (group === 'suits.direct' || group === 'suits.afterReview')) st.suitKinds |= group === 'suits.direct' ? 1 : 2;
  if (!explicit) group = ofAllSuits(group, st);
  // 因答复不及时被申请行政复议2件: a part; 行政复议申请人主要为征地拆迁户，共20件: the cases of one topic.
  if (narrowedCause(words) || st.caseTopic || CASES_ABOUT.test(words)) {
    if (value !== undefined) notePart(value, 'cases', st);
    return undefined;
  }
  // 法院一审判决维持1件: the cases of one instance, not the group's result.
  if (/一审|二审|再审|终审|上诉/.test(words)) return undefined;
  const inBreakdown = st.breakdown || st.parent !== undefined;
  const results = L.CASE_RESULTS.filter((r) => r.re.test(words) && (r.result !== 'other' || /其他结果/.test(words) || inBreakdown || st.caseResults));
  // 尚未审结 also reads as 审结 and 纠正 … keep the one result the words name.
  if (results.length > 1) return undefined;
  // 已审结, 120件做了复议决定, 27件法院做出判决: the cases decided so far, neither a total nor a column.
  if (results.length === 0 && /审结|结案|办结|判决|裁定|裁决|复议决定|(?:作|做)(?:出|了)[^,，]{0,6}决定/.test(words)) return undefined;
  const result = results[0];
  // 结果纠正的10件中，责令重新答复8件: the results after a frame of one result are its kinds, parts of it.
  if (result && st.resultFrame) return undefined;
  // 其中涉及征地拆迁的10件，其他15件: after a part of the cases, and before any result, a bare 其他 is the other cases, not 其他结果.
  if (result?.result === 'other' && value !== undefined && st.partSum > 0 && !st.caseResults && !/其他结果/.test(words)) {
    notePart(value, 'cases', st);
    return undefined;
  }
  // 被申请行政复议25件，其中涉及征地拆迁的10件，结果维持9件: of those 10, or of all 25? Unsaid while the parts fall short.
  if (result && value !== undefined && withinShortParts(value, st)) return undefined;
  // 维持8件，责令重新答复10件…: after the results of a group, a count whose words name none is another
  // result the words do not say, not the group's total.
  // 维持9件、纠正3件、其他结果2件、尚未审结1件，总计15件: after all four results, a bare total is the group's.
  const groupTotal = !result && !explicit && st.caseResultKinds === 15 && /总计|合计|共计|共/.test(words) && BARE_TOTAL.test(words);
  if (!result && !explicit && st.caseResults && !groupTotal) return undefined;
  // 行政复议25件，行政诉讼5件，共计30件: a total after both groups is of the two together.
  if (!result && !explicit && st.reviewNamed && st.suitsNamed && /共计|合计|总计|累计|共/.test(words)) group = 'reviewAndSuits';
  st.caseResults = result !== undefined;
  if (result) st.caseResultKinds |= CASE_RESULT_BITS[result.result];
  const quantity = (result ? `${group}.${result.result}` : group) as Quantity;
  const admissible: Quantity[] = [quantity];
  // 被申请行政复议25件，被提起行政诉讼5件，被纠错10件: the first result after both groups, outside a
  // breakdown of either, may be of the last one or of the two together (after 复议25件，维持8件；诉讼5件，
  // the results are the lawsuits').
  if (result && !explicit && !inBreakdown && !st.anyCaseResult && st.reviewNamed && st.suitsNamed && group !== 'reviewAndSuits') admissible.push(`reviewAndSuits.${result.result}`);
  if (result) st.anyCaseResult = true;
  // 行政复议、行政诉讼败诉: 败诉 is the lawsuits' word, loosely also review's 纠错.
  if (result?.result === 'corrected' && group === 'reviewAndSuits' && /败诉/.test(words) && !/纠错|纠正/.test(words)) admissible.unshift('suits.corrected');
  const groupWords = /未经复议直接起诉|直接起诉|复议后起诉|被申请行政复议|被提起行政诉讼|行政复议|行政诉讼|复议|诉讼|起诉|应诉|被诉/;
  return { quantity: admissible[0]!, admissible, words: result ? [groupWords, result.re] : [groupWords, /案件/], domain: 'cases' };
}

function decideDocs(seg: Segment, row: 'regulation' | 'normative', inBreakdown: boolean): Decision | 'lapsed' | undefined {
  const w = `${seg.pre} ${seg.post}`;
  if (DOCS_PLANNED.test(seg.pre)) return undefined;
  // 清理规范性文件137件，其中…继续有效67件: those of the documents reviewed kept, not every document in force.
  if (inBreakdown && /继续有效|保留/.test(w) && !/现行有效/.test(w)) return undefined;
  // 废止、宣布失效规范性文件38件: the two together, where the table's 本年废止件数 may count the lapsed ones or not.
  if (L.DOC_REPEALED.test(seg.pre) && L.DOC_LAPSED.test(seg.pre)) return undefined;
  if (L.DOC_REPEALED.test(w)) return { quantity: `${row}.repealed`, words: [L.DOC_REPEALED, /行政规范性文件|规范性文件|规章/], domain: 'docs' };
  if (L.DOC_LAPSED.test(w)) return 'lapsed';
  if (/现行有效/.test(w) || (L.DOC_IN_FORCE.test(w) && !/有效期|有效性/.test(w))) return { quantity: `${row}.inForce`, words: [L.DOC_IN_FORCE, /行政规范性文件|规范性文件|规章/], domain: 'docs' };
  if (L.DOC_ISSUED.test(w) && !L.DOC_CHANGED.test(w) && !/(?:网站|网|平台|栏目|专栏|公开|转载)[^,]{0,4}发布/.test(w)) {
    return { quantity: `${row}.issued`, words: [L.DOC_ISSUED, /行政规范性文件|规范性文件|规章/], domain: 'docs' };
  }
  return undefined;
}

/** 全部或部分公开, 予以全部或部分公开, 全部或部分予以公开: the two outcomes counted together, in one phrase. */
const ALL_OR_PART = /全部或部分(?:予以)?公开|全部或者部分(?:予以)?公开|全部或部分提供/;
/** 予以公开（含部分公开）113件: the parenthesis puts the partial disclosures into the figure. */
const PARTIAL_INCLUDED = /^\s*(?:含|包含|包括)\s*部分公开\s*(?:的\s*)?$/;

/** 予以公开及部分公开, 予以公开和部分公开, 全部公开、部分公开, 部分公开和予以公开 (部分予以公开 too): the two outcomes counted together. */
const OPEN_AND_PARTIAL = /(?:(?<![不未])予以公开|全部公开|(?<!不)同意公开)(?:及|和|与|以及|、|或)部分(?:予以)?公开|部分(?:予以)?公开(?:及|和|与|以及|、|或)(?:予以公开|全部公开)/;

/**
 * The group an outcome item stands for when the words name it as one example of the group: the item,
 * then 等 before the group's own words (不掌握等原因无法提供, 属于国家秘密等情形不予公开).
 */
function exampleOf(item: L.Outcome, groups: readonly L.Outcome[], words: string): L.Outcome | undefined {
  const m = item.re.exec(words);
  if (!m) return undefined;
  for (const g of groups) {
    if (!item.quantity.startsWith(`item:${g.quantity}.`)) continue;
    const at = g.re.exec(words);
    if (at && at.index > m.index && /等/.test(words.slice(m.index + m[0].length, at.index))) return g;
  }
  return undefined;
}

/** Words that name several outcomes, none of them the two counted together. */
export const AMBIGUOUS: unique symbol = Symbol('ambiguous');

/**
 * The outcome of table 三 that words name: a numbered item is more specific than its group (不掌握 …
 * 无法提供), unless the item is an example of the group (因本机关不掌握等原因无法提供); 予以公开及部分公开
 * is the two together. Undefined when the words name no outcome.
 */
export function outcomeOf(words: string): { readonly quantity: Quantity; readonly admissible?: Quantity[]; readonly words: readonly RegExp[] } | typeof AMBIGUOUS | undefined {
  const items = L.OUTCOME_ITEMS.filter((o) => o.re.test(words));
  if (items.length > 1) return AMBIGUOUS;
  const groups = L.OUTCOME_GROUPS.filter((o) => o.re.test(words));
  if (items.length === 1) {
    // 因本机关不掌握等原因无法提供265件: the item is an example (等) of the group the words go on to name.
    const group = exampleOf(items[0]!, groups, words);
    if (group) return { quantity: group.quantity, words: [group.re, items[0]!.re] };
    // 因信息不存在而无法提供33件: the old format's outcome, now 不掌握 or the whole group (没有现成信息 is no information either).
    const unable = items[0]!.quantity === 'item:unable.notHeld' && !words.includes('不掌握') ? groups.find((g) => g.quantity === 'unable') : undefined;
    if (unable) return { quantity: items[0]!.quantity, admissible: [items[0]!.quantity, 'unable'], words: [items[0]!.re, unable.re] };
    return { quantity: items[0]!.quantity, words: [items[0]!.re] };
  }
  // 予以公开及部分公开258件, 全部或部分公开113件: the two together.
  if (ALL_OR_PART.test(words)) return { quantity: 'openPlusPartial', words: [ALL_OR_PART] };
  if (groups.length === 2 && OPEN_AND_PARTIAL.test(words)) return { quantity: 'openPlusPartial', words: [OPEN_AND_PARTIAL] };
  if (groups.length > 1) return AMBIGUOUS;
  if (groups.length === 1) return { quantity: groups[0]!.quantity, words: [groups[0]!.re] };
  return undefined;
}

/** A time after the report's year at which something was done (已于次年1月, 于2025年2月). */
const DONE_AT = /(?:于|在)\s*(?:(次年|翌年|来年)|(\d{4})\s*年)/;

/** The words after a figure say it was done after the report's year (8件已于次年1月办结, 于2025年1月答复). */
function laterThanYear(post: string, reportYear: number | undefined): boolean {
  const m = DONE_AT.exec(post);
  return m !== null && (m[1] !== undefined || (reportYear !== undefined && Number(m[2]) > reportYear));
}

/** Every one of the count dealt with within the legal time (28件公开申请均在法定时限内办理, 28件申请均已按时办结). */
const ALL_ON_TIME = /^\s*(?:的)?(?:政府信息公开|依申请公开|信息公开|公开)?(?:申请)?(?:均|全部|都|皆|一律)(?:已经|已)?(?:依法)?(?:按时|按期|如期|(?:在|于)(?:法定|规定)(?:的)?(?:答复|办理)?(?:期限|时限)内)/;

/**
 * The count after which ALL_ON_TIME says all of it was dealt with in time, with no other manner or time, outside a
 * breakdown; nor one in the rest of its sentence (170件均按时办结，8件延期答复: the 170 are those on time, a part).
 */
function allOnTime(seg: Segment, st: State, sentence: string): boolean {
  const m = ALL_ON_TIME.exec(seg.post);
  if (!m || SUBSET_MANNER.test(seg.pre) || SUBSET_MANNER.test(seg.post.slice(m[0].length))) return false;
  if (/其中/.test(seg.pre) || st.breakdown || st.parent !== undefined) return false;
  const at = sentence.indexOf(seg.text);
  return at < 0 || !SUBSET_MANNER.test(sentence.slice(0, at) + sentence.slice(at + seg.text.length));
}

function decideRequests(seg: Segment, st: State, ctx: SentenceContext, next: string | undefined): Decision | undefined {
  const words = `${seg.pre} ${seg.post}`;
  const full = seg.text;
  const domain: Domain = 'requests';
  if (/主动/.test(words)) return undefined; // 主动公开 is table 二's world, not an outcome of a request
  // 结转的8件已于次年1月全部办结: what became of requests after the year's end, not the year's figure.
  if (laterThanYear(seg.post, ctx.reportYear)) return undefined;
  // 复议维持的8件中，有6件为申请人对“不掌握”答复不服: a cause of cases; 发出收费通知8份: notices, not requests;
  // 征地拆迁类申请数量最多，共收到126件: one topic's.
  if (/不服/.test(words) || (/发出|送达|寄送|下发/.test(words) && /通知/.test(words)) || st.requestTopic) return undefined;
  // 全年受理申请178件，其中网上申请90件，办结85件: of the 90 online, or of all? Unsaid while the parts fall short of the count.
  // (A further part is no such count: 其中网上申请170件、当面申请8件.)
  if (withinShortParts(seg.token.value, st) && !narrowed(seg)) return undefined;
  // Outcomes: a numbered item is more specific than its group (不掌握 … 无法提供).
  if (st.parent?.quantity === 'otherHandling' && /^\s*(?:其中\s*)?其他(?!处理)/.test(seg.pre)) {
    return { quantity: 'item:other.other', words: [/其他/], domain };
  }
  const outcomeAllowed = ctx.requestContext || st.domain === 'requests' || st.parent !== undefined;
  const outcome = outcomeOf(words);
  if (outcome === AMBIGUOUS) return undefined;
  // 因…无法提供5件 with a cause that is none of the group's items: a part of the group (not 因本机关不掌握等原因无法提供, an example of it).
  if (outcome && !outcome.quantity.startsWith('item:') && /因|由于/.test(words) && !/等/.test(words)) return undefined;
  // 有5件经补正后予以公开, 征求第三方意见后部分公开2件, 延期答复后予以公开3件: the group's requests dealt with in one manner or time, a part of it.
  if (outcome && !outcome.quantity.startsWith('item:') && SUBSET_MANNER.test(words) && !/等/.test(words)) return undefined;
  if (outcome) {
    // 商业企业申请的7件均已予以公开, 自然人申请中，予以公开92件: one applicant kind's outcome, a cell no claim reads.
    const who = applicantOf(words);
    if (!outcomeAllowed || st.applicantFrame || st.channelFrame || st.carriedFrame || (who !== undefined && who !== 'all')) return undefined;
    st.outcomeSeen = true;
    if (!outcome.quantity.startsWith('item:')) st.outcomeGroups++;
    // 本年新收申请中，予以公开92件: the outcome of the new requests alone, the table's only when nothing was carried over.
    if (st.newAloneFrame) return { quantity: `newOnly:${outcome.quantity}`, words: outcome.words, domain };
    return { quantity: outcome.quantity, ...(outcome.admissible ? { admissible: outcome.admissible } : {}), words: outcome.words, domain };
  }
  // 扣除上年结转后新收178件, 结转上年后新收到47件: the year's new requests, net of the carry-over.
  if (NET_OF_CARRIED.test(words) && L.RECEIVED.test(words.replace(NET_OF_CARRIED, ' '))) return { quantity: 'new', words: [L.RECEIVED, SUBJECT], domain };
  // Carry-over.
  if (L.includingCarried(full)) return { quantity: 'newPlusCarried', words: [L.INCLUDING_CARRIED, SUBJECT], domain };
  if (L.CARRIED.test(seg.pre) || CARRIED_YEAR.test(seg.pre)) return { quantity: 'carried', words: [L.CARRIED, CARRIED_YEAR, /申请/], domain };
  // 其中1件为上年结转: the carry-over named after its count (not of a count carried to next year: 结转下年度的5件中，2件为上年结转).
  if (L.CARRIED_AFTER.test(seg.post) && st.lastCount?.quantity !== 'carryNext') return { quantity: 'carried', words: [L.CARRIED], domain };
  // 与上年相比，全年新增申请20件: a change (新增 is read as received only in a sentence that compares nothing).
  const added = L.ADDED.test(words);
  if (added && L.COMPARED.test(ctx.sentence)) return undefined;
  const received = added || L.RECEIVED.test(words);
  const handled = L.HANDLED.test(words.replace(DEADLINE, ''));
  if (L.CARRY_NEXT.test(full) || (next !== undefined && !received && !handled && L.CARRY_NEXT.test(next))) {
    return { quantity: 'carryNext', words: [L.CARRY_NEXT, /申请/], domain };
  }
  if (narrowed(seg)) {
    notePart(seg.token.value, 'requests', st);
    st.partsSeen = true;
    // 受理医保报销申请2150件，办结2150件: another kind of application, outside any breakdown and naming no disclosure,
    // channel or topic (not 其中网上申请102件): the bare counts after it are of that kind.
    if (!st.breakdown && st.parent === undefined && !L.GIS.test(seg.pre) && !L.CHANNEL.test(seg.pre) && !L.TOPIC.test(seg.pre) && !ABOUT.test(seg.pre)) {
      st.domain = 'other';
      st.otherRequests = true;
    }
    return undefined;
  }
  // 12月下旬收到的5件申请: the requests of part of the year (not 截至12月31日, nor 1月1日至12月31日).
  if (MONTH.test(seg.pre) && !WHOLE_YEAR.test(ctx.sentence)) return undefined;
  if (MONTH_AFTER.test(seg.post) || PER_PERIOD.test(seg.pre)) return undefined;
  // 因…的5件, 由于…而…的5件: a part singled out by its cause, not a total.
  if (/因|由于/.test(words)) return undefined;
  // 终止办理3件, 不再处理3件 (after their cause), 由律师代为提交42件, 某企业申请…1件: requests singled out by how
  // they ended, by who acted for the applicant, or one applicant's.
  if (ENDED_OR_AGENT.test(words)) return undefined;
  // 延期答复5件, 按期办结115件, 经补正后予以答复15件, 转送…办理10件: a manner or a time that singles out some requests;
  // not 28件公开申请均在法定时限内办理, 28件均已按时办结 (every one of the count dealt with in time, as all should be:
  // the count is the whole), outside a breakdown (其中25件均在法定期限内办结 is a part, 25件均在5个工作日内办结 a time
  // that singles some out).
  if (SUBSET_MANNER.test(words) && !allOnTime(seg, st, ctx.sentence)) return undefined;
  // Who applied (申请人以法人或其他组织为主，共42件: the kind the clause before named).
  const lead = st.applicantLead !== undefined && BARE_TOTAL.test(words) ? st.applicantLead : undefined;
  st.applicantLead = undefined;
  const who = applicantOf(words) ?? lead;
  // 收到申请人补正材料3份: a count of something the applicants sent, not of requests (申请人中自然人171件 is who applied).
  if (/申请人/.test(words) && firstIndexOfRe(words, REQUEST_NOUN_G) < 0 && !/依申请公开|公开件|受理量/.test(words) && (!who || who === 'all')) return undefined;
  // 商业企业7件，其他组织0件: the organisations other than those counted, the table's 其他 column or
  // several columns together; the words cannot say which.
  if (who === 'orgs' && st.orgColumnSeen && !/法人/.test(words)) return undefined;
  if (who && who !== 'all' && who !== 'natural' && who !== 'orgs') st.orgColumnSeen = true;
  // 予以公开99件，其中自然人92件; 予以公开3件，自然人申请2件，企业申请1件 (no 其中): the applicants of that
  // outcome's requests may be meant, a cell no claim reads.
  if (who && who !== 'all' && st.outcomeSeen) return undefined;
  if (who && who !== 'all' && st.channelFrame) return undefined;
  // 予以公开3件，2件为自然人申请, 2件来自自然人: a count joined by 为 or 来自 to whose requests they were is a part of
  // the count before it, here of one outcome's requests (a cell no claim reads).
  if (who && who !== 'all' && st.outcomeSeen && PART_OF_BEFORE.test(seg.post)) return undefined;
  if (who && who !== 'all') {
    const re = who === 'natural' ? L.NATURAL : who === 'orgs' ? L.ORGS : L.APPLICANT_COLUMNS.find((c) => c.who === who)!.re;
    // 企业 may loosely mean every organisation; the other column names are exact.
    // 其他组织 without 法人 may be the table's 其他 column as well as the five columns together.
    const admissible: Quantity[] = who === 'business' && !/商业企业/.test(words) ? [who, 'orgs'] : who === 'orgs' && !/法人/.test(words) ? [who, 'otherOrg'] : [who];
    // 已办结4件，其中自然人3件: after a count of requests dealt with, the applicants may be those of （七）总计.
    if (st.handledLast) admissible.push(...admissible.map((q): Quantity => `handled:${q as Applicant}`));
    if (who === 'natural') st.applicantKinds |= 1;
    else if (who === 'orgs' && /法人/.test(words)) st.applicantKinds |= 2;
    return { quantity: who, admissible, words: [re, /申请/], domain };
  }
  // Totals.
  // 予以公开99件、部分公开14件、不予公开12件…，合计178件: after three or more outcome groups, a bare total is
  // （七）总计 (after two, 共计 may be their sum alone); or, with two groups or more left unsaid, their sum
  // (予以公开99件、部分公开14件、不予公开12件，共计125件: the three named, the others left out). With one left
  // unsaid, the list is all the outcomes (the one left was none).
  const namedTotal = /共计|合计|总计/.test(words) && BARE_TOTAL.test(words);
  if (st.outcomeGroups >= 3 && namedTotal) {
    const sum = outcomesSum(st.outcomeCounts);
    const partOnly = sum !== undefined && sum.split('+').length <= L.OUTCOME_GROUP_ORDER.length - 2;
    return { quantity: 'total', ...(partOnly ? { admissible: ['total', sum] } : {}), words: [/共计|合计|总计/], domain };
  }
  // 自然人申请171件、法人或其他组织申请7件，共计178件: after both kinds of applicant, a bare total is all the requests
  // (of the year, with last year's carried over, or those dealt with: the split does not say which).
  if (st.applicantKinds === 3 && BARE_TOTAL.test(words) && /共|合计|总计/.test(words)) return { quantity: 'newOrHandled', words: [/共计|合计|总计|共/], domain };
  // 予以公开3件、无法提供1件，合计4件: right after two groups, their sum, which is （七）总计 when they are all the outcomes;
  // or all the requests, some left unsaid (收到申请5件，予以公开3件，无法提供1件，共计5件: one still open), 一 or 一＋二.
  if (st.outcomeGroups === 2 && namedTotal && !st.carriedSeen && st.lastCount !== undefined && st.outcomeCounts.includes(st.lastCount)) {
    const sum = outcomesSum(st.outcomeCounts);
    return sum ? { quantity: 'total', admissible: ['total', sum, 'new', 'newPlusCarried'], words: [/共计|合计|总计/], domain } : undefined;
  }
  if (st.carriedSeen && BARE_TOTAL.test(words)) return { quantity: 'newPlusCarried', words: [/共计|合计|总计|累计|共/], domain };
  // 镇政府收到申请3件，镇党政办收到申请2件，合计5件: the total of the report's own bodies is all the requests.
  if (namedTotal && st.requestParts && st.requestParts.count >= 2 && !st.otherBodyCounts.has('requests')) return { quantity: 'newOrHandled', words: [/共计|合计|总计/], domain };
  // 网上申请105件，快递17件，合计122件: the total of the kinds just counted is all the requests.
  if (st.partsSeen && namedTotal) return { quantity: 'newOrHandled', words: [/共计|合计|总计/], domain };
  // 第一季度收到申请31件…第四季度52件，全年合计187件: after the parts of the year, the year's named total is all the requests.
  if (st.yearParts && YEAR_TOTAL.test(words)) return { quantity: 'newOrHandled', words: [/全年|本年度?/, /共计|合计|总计/], domain };
  // 申请公开信息12条: items of information asked for, 申请 the verb (not 收到申请公开政府信息5件, which a verb before reads).
  const subject = /申请|公开件/.test(words.replace(INFO_ASKED_G, ' '));
  const verb = added ? L.ADDED : L.RECEIVED;
  // 其中本年新收申请办结168件: the new requests' part dealt with, which no cell holds (not 新收并办结).
  if (received && handled && NEW_ONES_HANDLED.test(words)) return undefined;
  if (received && handled) return { quantity: 'newOrHandled', words: [verb, L.HANDLED, SUBJECT], domain };
  if (received) {
    return st.includesCarried
      ? { quantity: 'newPlusCarried', words: [verb, SUBJECT], domain }
      : { quantity: 'new', words: [verb, SUBJECT, /受理量|收件量/], domain };
  }
  // 收到申请178件，已答复173件，其余5件…: the new requests split in two, the part answered of them alone.
  // After last year's carry-over was counted (收到178件，上年结转5件，已办结173件，其余10件…), the rest are of both.
  if (handled) {
    if (st.newFrame || st.carriedFrame || (st.newSeen && !st.carriedSeen && /其余|剩余|余下/.test(ctx.sentence))) return undefined;
    // 收到申请178件，办结173件，结转下年度5件: the new requests split in two, dealt with and still open, may leave
    // last year's carry-over out (173 = 一 − 四 when all five open are new); so may 收到申请5件，办结5件 (the five
    // received were all dealt with: 一 − 四 when nothing stays open), last year's said apart or not at all.
    const split = st.newSeen && !st.carriedSeen;
    return { quantity: 'handled', ...(split ? { admissible: ['handled', 'newLessNext'] } : {}), words: [L.HANDLED, SUBJECT], domain };
  }
  // 依申请公开政府信息3件: the requests, or the information disclosed on request (（一）, with （二））; in 条, items of
  // information (主动公开政府信息120条，依申请公开政府信息50条: one request may disclose many), no count of the table's.
  if (subject && ON_REQUEST_INFO.test(words)) {
    if (seg.token.unit === '条') return undefined;
    return { quantity: 'newOrHandled', admissible: ['newOrHandled', 'open', 'openPlusPartial'], words: [SUBJECT, ON_REQUEST_INFO], domain };
  }
  if (subject) return { quantity: 'newOrHandled', words: [SUBJECT], domain };
  return undefined;
}

/** A figure of items marked for active disclosure (主动公开50件, 其中主动公开类公文50件): no request is 主动公开. */
const ACTIVE_CLASS = /主动公开/;
/** The words before a figure name only another class of 公开属性 (、依申请公开, 和不予公开): the next item of such a list. */
const DISCLOSURE_CLASS = /^[\s,、;和及与]*(?:其中)?(?:依申请公开|予以公开|不予公开|不公开|免予公开|部分公开)(?:类|的)?(?:信息|公文|文件)?[\s:为]*$/;
/** A figure of documents (审查公文683件, 印发文件120件), not of requests: the classes of 公开属性 may follow it, as after 主动公开. */
const DOCUMENT_COUNT = /公文|发文|文件/;

function decide(seg: Segment, st: State, ctx: SentenceContext, next: string | undefined, after: string | undefined): Decision | 'lapsed' | undefined {
  const words = `${seg.pre} ${seg.post}`;
  // Only the figure right before may lend its verb to a bare document row.
  const docColumn = st.docColumn;
  st.docColumn = undefined;
  // 审查公文683件，其中主动公开50件、依申请公开6件、不予公开12件: the items' 公开属性, one class after another.
  const classes = st.disclosureClasses && DISCLOSURE_CLASS.test(seg.pre);
  // 审查公文683件，其中予以公开的50件，不予公开的12件: the documents' classes, with no 主动公开 among them.
  st.disclosureClasses = classes || ((ACTIVE_CLASS.test(seg.pre) || (DOCUMENT_COUNT.test(seg.pre) && !st.breakdown && !L.TOPIC.test(seg.pre))) && !/申请/.test(seg.pre));
  if (classes) return undefined;
  // 全年共制发各类文件326件，其中…: the documents issued of every kind head a breakdown whose bare rows take the verb.
  if (!st.breakdown && !st.parent) st.issuedAll = /文件|公文/.test(words) && L.DOC_ISSUED.test(words) && !L.DOC_CHANGED.test(words) && !docRowOf(words);
  if (FEE_NOT_COLLECTED.test(words)) st.waived = true;
  else if (!st.breakdown && !st.parent) st.waived = false;
  const own = domainOf(words);
  if (own === 'other') {
    st.domain = 'other';
    st.otherRequests = /申请/.test(words);
    return undefined;
  }
  // 受理12345热线工单1200件，办结1180件，结转下年度20件: a carry to next year after counts of another kind, with
  // no word of requests, is of that kind.
  if (own === 'requests' && st.domain === 'other' && !/申请|公开件/.test(words) && L.CARRY_NEXT.test(words)) return undefined;
  // (Asked only when the words name no domain of their own; the known words, a long pattern, last.)
  // 本年度办结48件，结转下年度1件: a count dealt with, beside the count carried to next year, is of the requests too.
  const handledBesideCarried = () => after !== undefined && L.CARRY_NEXT.test(after) && L.HANDLED.test(words) && !unknownWordsLeft(words);
  // 已办结75件，其中予以公开34件、部分公开6件…; 全年办结780件：予以公开357件…; 在已答复的137件中，予以公开63件…: a count
  // dealt with that the clause after breaks down by table 三's outcomes is of the requests too.
  const handledByOutcomes = () => after !== undefined && L.HANDLED.test(words) && OUTCOMES_AFTER.test(after) && !unknownWordsLeft(words);
  const implied =
    own ??
    (ctx.requestContext && (applicantOf(words) !== undefined || L.OUTCOME_ITEMS.some((o) => o.re.test(words)) || (next !== undefined && L.CARRY_NEXT.test(next)) || handledBesideCarried() || handledByOutcomes())
      ? 'requests'
      : undefined);
  // 审结的行政诉讼案件中，包括上年度结转的2件: last year's cases, not the requests carried over.
  const domain = implied === 'requests' && st.domain === 'cases' && !/申请/.test(words) ? 'cases' : implied ?? st.domain ?? st.parent?.domain;
  // 作出行政处罚决定86件，实施查封扣押9件: a clause naming no table word of its own but another kind of
  // decision than the one before it (查封扣押, 税收强制执行 after 处罚) counts that kind, not the one before.
  // 办理行政许可3,652件，查处交通运输违法行为1,126起: nor does a clause naming a thing of its own the tables do not
  // count (违法行为, 车辆, 企业) count the decisions before it.
  if (!implied && (domain === 'license' || domain === 'penalty' || domain === 'coercion')) {
    if (otherDecisionKind(words, domain)) {
      st.domain = 'other';
      st.otherRequests = false;
      return undefined;
    }
    // 行政处罚方面，立案查处违法案件52件，作出处罚决定48件: the kind still frames the clauses after.
    if (unknownWordsLeft(words.replace(OWN_KIND_WORDS[domain], ' '))) return undefined;
  }
  if (!domain || domain === 'other') return undefined;
  // 收到申请292件（不含上年结转14件）: the parenthesis states last year's carry-over, which the figure before it leaves out.
  if ((st.breakdown || st.parent) && unknownWordsLeft(st.parentExcludes && L.CARRIED.test(words) ? words.replace(EXCLUDING, ' ') : words)) {
    // 其中网上申请90件, （其中邮寄2件）, 其中涉及征地拆迁的10件: a part of the requests or cases by words the tables do not know.
    if (domain === 'requests' || domain === 'cases') notePart(seg.token.value, domain, st);
    return undefined;
  }
  const money = /元/.test(seg.token.unit);
  // 行政复议2例: cases are counted in 例 too; no other figure of the tables is read so (病例, 案例 are other things),
  // though the words still say what the sentence speaks of (受理依申请政府信息公开事项17例，全部按时办结).
  if (seg.token.unit === '例' && domain !== 'cases') {
    st.domain = domain;
    return undefined;
  }
  switch (domain) {
    case 'cases': {
      // 收到复议机关责令重新答复的决定2份: papers are counted in 份, cases never.
      if (!ctx.caseGate || money || /份/.test(seg.token.unit)) return undefined;
      // 行政复议案件（含政府信息公开类）10件: every case of the office, disclosure's among them (said in the
      // parenthesis its words leave out).
      if (WIDER_THAN_DISCLOSURE.test(ctx.sentence.slice(seg.start, seg.start + seg.text.length))) return undefined;
      st.domain = 'cases';
      return decideCase(words, st, seg.token.value);
    }
    case 'fee':
      st.domain = 'fee';
      // 行政事业性收费和政府性基金收入共计3000万元, 罚没款及行政事业性收费…: the fees with other money.
      if (OTHER_MONEY.test(words)) return undefined;
      // 为企业减免各类收费1260万元，其中行政事业性收费86万元: part of the money waived.
      return money && !st.waived ? { quantity: 'fee', words: [L.FEE, /收取|收费金额|金额/], domain } : undefined;
    case 'license':
    case 'penalty':
    case 'coercion': {
      st.domain = domain;
      // 公开行政处罚决定1000件, 发布行政许可信息500条: what was published, not the decisions made; nor are the
      // parts of a count of information published (发布信息313条，其中行政许可93条).
      if (money || PUBLISHED.test(words) || DECISIONS_SUBSET.test(words) || (st.breakdown && st.publishedItems)) return undefined;
      // 作出行政许可决定36件，行政处罚决定12件，共计48件: a bare total after the decisions adds up kinds the table keeps apart.
      if (!implied && BARE_TOTAL.test(words) && /共|合计|总计|累计/.test(words)) return undefined;
      // 网上办理行政许可3000件, 窗口办理…: the decisions of one channel, a part (not 通过网上、窗口等多种方式, all of them).
      if (L.CHANNEL.test(words) && !L.ALL_CHANNELS.test(words)) return undefined;
      const { re } = ACTIVE_DECISIONS.find((d) => d.quantity === domain)!;
      return { quantity: domain, words: [/办理|作出|实施|查处/, re, /决定/], domain };
    }
    case 'docs': {
      st.domain = 'docs';
      const row = docRowOf(words) ?? st.docRow ?? (ctx.normative !== ctx.regulation ? (ctx.normative ? 'normative' : 'regulation') : undefined);
      if (!row || money) return undefined;
      // 制发行政规范性文件9件，印发其他文件8件: documents the clause itself sets apart from the row (其他, 各类, 一般) take no
      // row from the clause before; a bare 文件 does (按程序废止文件7件, in the same sentence).
      if (!docRowOf(words) && OTHER_DOCS.test(seg.pre)) return undefined;
      // 发布规范性文件及其他主动公开文件29件, 印发规章等文件12件: the documents of that row and others together, a count the table keeps in no cell.
      if (WIDER_DOCS.test(seg.pre)) return undefined;
      st.docRow = row;
      // 县政府制发4件，县政府办公室制发3件，合计7件: the bodies' total is the table's figure.
      const parts = st.docParts;
      if (parts && parts.count >= 2 && parts.quantity.startsWith(`${row}.`) && /共计|合计|总计|共/.test(words) && BARE_TOTAL.test(words)) {
        return { quantity: parts.quantity, words: [/共计|合计|总计|共/], domain: 'docs' };
      }
      const d = decideDocs(seg, row, st.breakdown || st.parent !== undefined);
      if (d && d !== 'lapsed') st.docColumn = d.quantity.endsWith('.issued') ? 'issued' : d.quantity.endsWith('.repealed') ? 'repealed' : 'inForce';
      // 全年共制发各类文件326件，其中行政规范性文件7件: a bare row in the breakdown of the documents issued of every kind.
      else if (!d && st.breakdown && st.issuedAll && BARE_DOC_ROW.test(seg.pre.replace(/^\s*其中/, '')) && !/[元%％]/.test(seg.token.unit)) {
        st.docColumn = 'issued';
        return { quantity: `${row}.issued`, words: [/行政规范性文件|规范性文件|规章/], domain: 'docs' };
      }
      // 制发规章0件、行政规范性文件7件: the second row, named alone after the first's figure, is counted by the same verb.
      else if (!d && docColumn && BARE_DOC_ROW.test(seg.pre) && !/[元%％]/.test(seg.token.unit)) {
        st.docColumn = docColumn;
        return { quantity: `${row}.${docColumn}`, words: [/行政规范性文件|规范性文件|规章/], domain: 'docs' };
      }
      return d;
    }
    case 'requests': {
      if (!ctx.gis || money) return undefined;
      if (!implied && st.domain !== 'requests' && st.parent?.domain !== 'requests') return undefined;
      // 受理行政许可申请2150件，其中不予处理3件; 受理建设工程规划许可申请86件，依法予以公开公示86件: right after a count of
      // applications of another kind, an outcome that names no request or disclosure of its own is of that kind (not after
      // other things, which have no such outcome: 受理群众来信200件，已办结180件，其中予以公开99件).
      if (st.domain === 'other' && st.otherRequests && ANY_OUTCOME.test(words) && !/申请|公开件/.test(words) && !L.GIS.test(words)) return undefined;
      st.domain = 'requests';
      return decideRequests(seg, st, ctx, next);
    }
  }
}

// ---------------------------------------------------------------------------------------------

function updateScope(head: string, st: State, ctx: SentenceContext): void {
  // A wider body (全县), or back to the office itself (本机关): no longer another body's clauses.
  // (Its sentence too, where the head's 全县 is the report's own: the bodies the whole sums may be written after its figure.)
  if (L.otherScopeIn(head, ctx.sentence, ctx.owner, ctx.narrowerOwn)) {
    st.otherScope = true;
    // 各村（社区）收到申请12件, 各部门收到…: bodies beside the report's own, not a whole holding it (全县).
    st.otherBody = L.SIBLING_BODIES.test(head);
  } else if (L.OWN_SCOPE.test(head) || L.OTHER_SCOPE.test(head)) {
    // Of OTHER_SCOPE, what L.otherScope did not take for a wider body is the government's own whole region (全县 in
    // the county's report, 全镇 in a township's): the report's own body, not one named at the head (BODY_HEAD's 全镇).
    st.otherScope = st.otherBody = false;
  } else if (L.wholeRegion(head, ctx.owner)) {
    // 我县共收到申请1200件 in 湘潭县商务局's report: the county's figure, not the office's.
    st.otherScope = true;
    st.otherBody = false;
  } else if (ctx.owner !== undefined) {
    // 县市场监管局全年作出行政处罚决定386件 in a county government's report: that body's figures.
    const body = L.BODY_HEAD.exec(head);
    if (body) {
      st.otherScope = st.otherBody = !L.sameBody(body[1]!, ctx.owner);
      if (st.otherBody) st.bodies++;
    } else if (st.bodies > 0 && /^[\s,]*(?:共计?|合计|总计|累计|以上)/.test(head)) {
      // 区政府办公室收到申请20件，区自然资源局收到申请158件，共收到申请178件: the bodies' total is the report's.
      st.otherScope = st.otherBody = false;
    }
  }
}

/** Part of a year: 上半年, 一季度, 1—6月 (not 1—12月), up to a month before the last (截至2024年11月底). */
function partOfYear(head: string): boolean {
  if (/上半年|下半年|[一二三四1-4]季度|前三季度|\d{1,2}月份/.test(head)) return true;
  const upTo = /截[至止]\s*(?:\d{4}\s*年\s*)?(\d{1,2})\s*月/.exec(head);
  if (upTo && Number(upTo[1]) < 12) return true;
  const span = /(\d{1,2})\s*(?:月\s*)?[-—–~至到]\s*(\d{1,2})\s*月/.exec(head);
  return span !== null && !(span[1] === '1' && span[2] === '12');
}

/** A span of several years (近三年, 三年来, 近年来, 历年, 2022—2024年): not the report's year alone. */
const SEVERAL_YEARS = /近(?:[二两三四五六七八九十]|\d{1,2})年|(?<!\d)(?:[二两三四五六七八九十]|\d{1,2})年(?:来|以来|间)|近年来?|历年|多年来|\d{4}\s*(?:年\s*)?[-—–~至到]\s*\d{4}\s*年/;

/**
 * Whether `head` may name a time at all: every pattern updateYear reads holds 年, 月 or 季 (季度), or is 报告期
 * (THIS_YEAR). Most heads name none, and are done with these searches instead of eight patterns.
 */
function mayNameTime(head: string): boolean {
  return head.includes('年') || head.includes('月') || head.includes('季') || head.includes('报告期');
}

/**
 * Since an event the words do not date (自《条例》修订施行以来, 平台上线以来, 机构改革以来): a span that may run over
 * several years. A year's own start (今年以来, 2024年以来, 年初以来, 1月1日以来, 3月以来) is read by the patterns after.
 */
const SINCE_EVENT = /[^年度初日月]以来/;

/**
 * A year in the cause of a review or a lawsuit (办理因2023年度政府信息公开申请引发行政复议1件): it dates the requests the
 * cases stem from, not the cases; table 四 of the report's year counts every case of that year, whichever year's request
 * it stems from (format.md §4). Removed before the clause's year is read.
 */
const CAUSE_YEAR = /((?:因|由于)\s*)\d{4}\s*年度?(?=[^,，;；:：。]{0,16}?申请[^,，;；:：。]{0,4}?(?:引发|引起|导致|产生|而)[^,，;；:：。]{0,6}?(?:行政)?(?:复议|诉讼|起诉))/g;

function updateYear(head: string, st: State, ctx: SentenceContext): void {
  if (head.includes('因') || head.includes('由于')) head = head.replace(CAUSE_YEAR, '$1');
  if (head.includes('以来') && SINCE_EVENT.test(head) && !SEVERAL_YEARS.test(head)) {
    st.otherYear = true;
    return;
  }
  if (!mayNameTime(head)) return;
  if (partOfYear(head) || SEVERAL_YEARS.test(head)) {
    st.otherYear = true;
    if (!SEVERAL_YEARS.test(head)) st.yearParts = true;
    return;
  }
  if (L.THIS_YEAR.test(head) && !L.LAST_YEAR.test(head)) {
    st.otherYear = false;
    return;
  }
  const y = L.YEAR.exec(head);
  if (y && !CARRIED_YEAR.test(head)) {
    if (ctx.reportYear !== undefined) st.otherYear = Number(y[1]) !== ctx.reportYear;
    return;
  }
  if (L.LAST_YEAR.test(head)) st.otherYear = true;
}

/**
 * A cause that narrows a zero statement to some cases: 因答复不及时引发…, 因程序问题…. Disclosure
 * itself (因政府信息公开工作被申请…) narrows nothing.
 */
function narrowedCause(phrase: string): boolean {
  // 申请人对答复不服申请行政复议3件: the cases of those who disputed an answer, as 因不服答复… (not those of a failure to answer).
  if (phrase.includes('不服') && /对[^,;:]{0,16}?不服/.test(phrase)) return true;
  // 因不服答复内容申请复议20件: the cause may run up to the request for review itself.
  const cause = /(?:因|由于)([^,;:]{0,24}?)(?:引起|引发|导致|产生|而|被|的|申请(?:行政)?复议|提起|提出)/.exec(phrase);
  if (!cause) return false;
  // 因2024年度政府信息公开申请引发…: a year names no narrower cause (the clause's year is read as every figure's is).
  const left = cause[1]!.replace(/\d{4}\s*年度?|本年度|本年|今年|全年|当年|政府信息公开|依申请公开|信息公开|政务公开|公开|政府信息|工作|申请|答复|处理|办理|事项|本机关|本单位|行为/g, '');
  return L.WORD_LEFT.test(left);
}

const REVIEW_NAMED = /复议(?!后)/g;
const SUIT_NAMED = new RegExp(L.SUIT.source, 'g');

/** The case groups `words` name: review (复议, not 复议后起诉), lawsuits, or both. */
export function groupNamed(words: string): CaseGroup | undefined {
  const review = /复议(?!后)/.test(words);
  const suit = L.SUIT.test(words);
  return review && suit ? 'reviewAndSuits' : review ? 'review' : suit ? 'suits' : undefined;
}

/**
 * The group a statement about every case (均已审结, 均获维持) speaks of, from the sentence's words before it: those of
 * its own statement, after the last semicolon, when they name one (被申请行政复议26件，维持14件；被提起行政诉讼9件，
 * 均已审结: the lawsuits), else all of them (行政复议3件，行政诉讼2件，均已审结: both).
 */
function statedGroup(before: string): CaseGroup | undefined {
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('；'));
  return (cut >= 0 ? groupNamed(before.slice(cut + 1)) : undefined) ?? groupNamed(before);
}

/** A figure (digits, or numerals with a unit): one the clause's reading left out (30余件, 28至32件, 第32号). */
const FIGURE_LEFT = /[0-9]|[〇零一二两三四五六七八九十百千]\s*(?:[余多]\s*)?[件起宗例]/;

/**
 * Whether a figure stands between the first group named and the last (被申请行政复议30余件、行政诉讼5件): the words
 * name the groups one after the other, each with its own count, and the figure after the last is that group's alone,
 * not both groups' together (行政复议、行政诉讼共5件).
 */
function figureBetweenGroups(words: string): boolean {
  const first = words.search(/复议|诉讼|起诉|应诉|涉诉|被诉/);
  const last = Math.max(lastIndexOfRe(words, REVIEW_NAMED)?.[0] ?? -1, lastIndexOfRe(words, SUIT_NAMED)?.[0] ?? -1);
  return first >= 0 && last > first && FIGURE_LEFT.test(words.slice(first, last));
}

/** The case group `words` name last, in the same words as `groupNamed` (行政复议25件，行政诉讼5件 → lawsuits). */
export function lastGroupNamed(words: string): 'review' | 'suits' | undefined {
  const review = lastIndexOfRe(words, REVIEW_NAMED)?.[0] ?? -1;
  const suit = lastIndexOfRe(words, SUIT_NAMED)?.[0] ?? -1;
  return review < 0 && suit < 0 ? undefined : review > suit ? 'review' : 'suits';
}

/** “None corrected” of a group: 败诉 (lost) is said of lawsuits only, so after both it is theirs first. */
function noneCorrected(group: CaseGroup, words: string): { quantity: Quantity; admissible: Quantity[] } {
  const q = `${group}.corrected` as Quantity;
  const admissible: Quantity[] = /败诉/.test(words) && group === 'reviewAndSuits' ? ['suits.corrected', q] : [q];
  return { quantity: admissible[0]!, admissible };
}

const NARROWED = Symbol('narrowed');

/** The office acting as the review body: the cases it decided, not those against it (table 四). */
/** 作为复议机关, 作为区人民政府行政复议机构: the office speaks as the review body. */
const AS_REVIEW_BODY = /作为[^,，;；:：]{0,12}?(?:行政)?复议(?:机关|机构)/;
export const REVIEW_BODY = new RegExp(`${AS_REVIEW_BODY.source}|复议(?:机关|机构)(?:受理|办理|审理|审结|办结)|(?:审理|受理|办理|办结|审结)[^,，]{0,12}(?:行政)?复议(?:案件|申请)`);
/**
 * 收到行政复议申请12件: the review body receives the applications for review, a respondent is applied against (被申请).
 * (A pattern of its own: as one more alternative of REVIEW_BODY it made that one backtrack polynomially.)
 */
const RECEIVED_FOR_REVIEW = /(?:收到|接收|接到)[^,，被]{0,8}行政复议申请/;
/** Cases of another kind of work than disclosure (仲裁案件, 行政处罚案件, 路政案件, 社会救助领域行政复议案件). */
export const OTHER_CASES =
  /(?:仲裁|处罚|路政|超限|超载|执法|许可|强制|征收|征地|拆迁|补偿|工伤|社保|劳动|治安|登记|信访|救助|医保|监察|稽查|安全生产)(?:领域|类)?(?:的)?(?:行政)?(?:复议|诉讼)?案件/;
/**
 * Words of a case paragraph that count no case of table 四: acts, papers, examples published, other roles (第三人; 代理, as
 * a 司法局 acts for its government: 代理区政府行政诉讼案件42件; the review body, 未收到行政复议机关的转办函, unless a
 * co-defendant), last year's cases.
 */
const CASE_NOT_A_COUNT = /出庭|开庭|庭审|旁听|观摩|活动|听证|文书|通知书|决定书|判决书|裁定书|材料|案例|第三人|代理|(?<!复议机关(?:为|作为|列为)?)共同被告|复议(?:机关|机构)(?!(?:为|作为|列为)?共同被告)|上一?年度?(?:的)?(?:结转|发生|遗留)|结转/;

/**
 * The result of table 四 that a zero statement names, before its cases (无尚未审结的行政复议案件) or after
 * them (`after`: 无行政复议尚未审结案件, where the statement runs on to the end of those words); NARROWED
 * when the words single out cases the table does not count apart (无行政诉讼撤诉案件); undefined when
 * they name no result.
 */
function caseResultNamed(phrase: string, following: string): { readonly result: Exclude<CaseResult, 'corrected'>; readonly after: number } | typeof NARROWED | undefined {
  const rest = /^[^,;:]*/.exec(following)![0];
  for (const [words, after] of [[phrase, false], [rest, true]] as const) {
    const m = CASE_RESULT_WORDS.exec(words);
    if (!m) continue;
    const result = m[1] ? 'pending' : m[2] ? 'other' : m[3] ? 'upheld' : undefined;
    if (!result) return NARROWED;
    return { result, after: after ? m.index + m[0].length : 0 };
  }
  return undefined;
}
const CASE_RESULT_WORDS = /(尚未审结|未审结|未结案|尚在审理|审理中|在审)|(其他结果)|(维持)|撤诉|撤回|驳回|调解|和解|终止|逾期|超期|延期|决定被/;

/** The outcome groups a zero statement may name (ZERO_OUTCOME), by their words. */
const ZERO_OUTCOMES: Readonly<Record<string, Quantity>> = { 不予公开: 'withhold', 不予处理: 'reject', 部分公开: 'partial', 无法提供: 'unable', 其他处理: 'otherHandling' };

/**
 * 零复议、零诉讼, 零行政复议: none of the cases, stated with 零 before each group (not 零纠错, 零败诉: none
 * corrected or lost, `ZERO_CORRECTED`).
 */
const ZERO_CASES = /零(?:行政)?(复议|诉讼)(?![^,;:]{0,4}(?:纠错|纠正|败诉|撤销))(?:[、和与及]?零(?:行政)?(复议|诉讼)(?![^,;:]{0,4}(?:纠错|纠正|败诉|撤销)))?/;
/** 零申请: no request received (零申请兑现, 零申请即享 are benefits granted without an application). */
const ZERO_REQUESTS = /零(?:政府信息公开|依申请公开|信息公开|公开)?申请(?!人|行政复议|复议|兑现|即享|即办|办理|审批)/;
/** A goal or a plan, not what happened: 力争零复议, 确保零申请积压, 继续保持. */
const GOAL = /力争|争取|确保|努力|目标|力求|保持|继续|将|要|计划|推动|推进/;

/** As of now, after the year's end (截至目前, 至今): what is said then is no figure of the year. */
const NOW = /截至|截止|目前|现已|至今/;

/** A character every negation of `zeroStatements`' patterns holds (未, 没有, 无 and 不存在 among them). */
const NEGATION_CHAR = /[未没无不零]/;

/** A statement made without a figure, in clause offsets: its words, and the negation (or the whole phrase) that states it. */
interface ZeroStatement {
  quantity: Quantity;
  admissible: Quantity[];
  start: number;
  end: number;
  negEnd: number;
}

/** 。！？!?；; (as code units: a CJK character as a string is made anew each time). */
function isStop(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1b || c === 0x3b;
}

/**
 * A clause without the stop that ends its sentence: what the patterns that must close it look at. A
 * loop from the end (`/[\s。]+$/` tries every start: quadratic on a long run of spaces).
 */
function withoutStop(clause: string): string {
  let end = clause.length;
  while (end > 0 && (isStop(clause.charCodeAt(end - 1)) || isWhiteSpace(clause.charCodeAt(end - 1)))) end--;
  return end === clause.length ? clause : clause.slice(0, end);
}

/** Where the negation `m` opens with ends: 没有, 暂无, 不存在, or its first character (无, 未). */
function afterNegation(m: RegExpExecArray): number {
  return m.index + (/^(?:没有|暂无|不存在)/.exec(m[0])?.[0].length ?? 1);
}

/** The statement that `m` matched, of `q` alone; its negation is its first character unless `negEnd` says otherwise. */
function statementOf(q: Quantity, m: RegExpExecArray, negEnd = m.index + 1): ZeroStatement {
  return { quantity: q, admissible: [q], start: m.index, end: m.index + m[0].length, negEnd };
}

/** The zero statements of one document row or two (`规章`, `规范性文件`) in the column a verb names (废止, or issuing). */
function docStatements(row: string, other: string | undefined, verb: string, m: RegExpExecArray, negEnd?: number): ZeroStatement[] {
  const column = verb === '废止' ? 'repealed' : 'issued';
  return [...new Set([row, other])].flatMap((r) => (r ? [statementOf(`${r === '规章' ? 'regulation' : 'normative'}.${column}`, m, negEnd)] : []));
}

/** The cases named by one kind or two (`复议`, `诉讼`). */
function caseGroupOf(kind: string, other: string | undefined): CaseGroup {
  const review = kind === '复议' || other === '复议';
  const suits = kind === '诉讼' || other === '诉讼';
  return review && suits ? 'reviewAndSuits' : review ? 'review' : 'suits';
}

/**
 * What a negated 收到 may name as the whole of the requests, to the clause's end: 依申请公开(信息|办件|事项申请…), or
 * the information asked for (未接到群众要求公开的信息, 未收到申请公开的政府信息).
 */
/** 关于政府信息公开的 right before 申请: the requests' topic is disclosure itself, which every request has. */
const ABOUT_DISCLOSURE = /(?:关于|涉及)(?:政府信息公开|信息公开|依申请公开|公开政府信息)(?:方面)?(?:的)?$/;
const GIS_OBJECT =
  /^(?:任何)?(?:依申请公开(?:的)?(?:政府信息|信息)?(?:申请|件|办件|事项|事项申请|来信|情况|情形)?|(?:群众|公众|市民|申请人)?(?:要求|申请)公开(?:的)?(?:政府)?信息(?:的申请)?)$/;
/**
 * A bare negation right before 依申请公开 (无依申请公开件), or one with a verb of happening (未发生依申请公开事项,
 * 没有出现依申请公开情况): what GIS_OBJECT may follow.
 */
const NONE_OF_WORK = /(?:(?:未|没有)(?:发生|产生|出现)(?:过)?|无|没有|暂无)(?=(?:任何)?依申请公开)/;
/**
 * None who applied, the applicant the subject (未有申请人提出政府信息公开申请, 无人申请政府信息公开, 没有公民、法人或其他组织
 * 向本机关提出政府信息公开申请), the clause's whole statement: none received. Anyone at all, not one kind of applicant
 * (未有法人提出… is left unread), and the requests in their own words, to the clause's end.
 */
const NONE_APPLIED =
  /(?:未有|没有|无|暂无)(?:任何)?(?:人|申请人|单位或个人|个人或单位|单位和个人|公民、法人(?:或者?|和)其他组织)(?:向[^\s,，;；、]{1,12}?)?(?:(?:提出|提交|递交)(?:过)?(?:政府信息公开|依申请公开|信息公开)申请|申请(?:政府信息公开|信息公开|公开政府信息))(?:的)?(?:情况|情形)?$/;

/** 结转下年度 joined to a negated 上年结转 (无上年结转和结转下年度的申请): its words (group 1) right after the join. */
const CARRY_NEXT_JOINED = /^(?:的)?(?:申请)?(?:[和及与、]|以及)(结转(?:至|到)?下一?年度?|下一?年度?(?:的)?结转)/;

/** Another thing none of, listed before the statement (全年无收费、): what 无结转 may follow in one clause. */
const ANOTHER_NONE = /^\s{0,4}(?:(?:全年|本年度|本年|今年|年内)[,，]?)?(?:无|未|没有)[^、,，;；\d\s]{1,10}、$/;

/**
 * A list of table 三's outcomes, groups or items, after one negation, closing `s` (ZERO_LIST_NAME): where the
 * negation stands and ends, and each name's words with its quantity. Undefined when no such list closes it.
 */
function zeroList(s: string): { index: number; negEnd: number; names: { quantity: Quantity; start: number; end: number }[] } | undefined {
  const neg = L.ZERO_LIST_NEGATION;
  neg.lastIndex = 0;
  for (let m = neg.exec(s); m; m = neg.exec(s)) {
    const names: { quantity: Quantity; start: number; end: number }[] = [];
    let at = m.index + m[0].length;
    let lastEnd = at;
    for (;;) {
      L.ZERO_LIST_NAME.lastIndex = at;
      const n = L.ZERO_LIST_NAME.exec(s);
      if (!n) break;
      const g = n.findIndex((x, i) => i > 0 && x !== undefined);
      // The name's own words, without the 类的申请 after them (the tail goes on from the whole match).
      const end = n.index + n[0].indexOf(n[g]!) + n[g]!.length;
      names.push({ quantity: g === 1 ? ZERO_OUTCOMES[n[1]!]! : L.ZERO_ITEM_QUANTITIES[g - 2]!, start: n.index, end });
      lastEnd = n.index + n[0].length;
      L.ZERO_LIST_JOIN.lastIndex = lastEnd;
      const j = L.ZERO_LIST_JOIN.exec(s);
      if (!j) break;
      at = j.index + j[0].length;
    }
    if (names.length > 0 && L.ZERO_LIST_TAIL.test(s.slice(lastEnd))) return { index: m.index, negEnd: afterNegation(m), names };
  }
  return undefined;
}

/**
 * A clause before framed what follows as some of the requests (one applicant kind's, one channel's, last year's carry-over,
 * the new ones apart): a zero statement there is of those alone, which no cell holds.
 */
function inPartFrame(st: State): boolean {
  return st.applicantFrame || st.channelFrame || st.carriedFrame || st.newAloneFrame;
}

/** A join right before the cases (及行政复议, 和政府信息公开行政诉讼): what may end a zero statement of the requests. */
const JOIN_TO_CASES = /(?:以及|及|和|与)(?=(?:政府信息公开|信息公开|依申请公开)?(?:的)?(?:行政)?(?:复议|诉讼))/;
/** The quantities of table 四's cases. */
const CASE_QUANTITY = /^(?:review|suits|reviewAndSuits)(?:\.|$)/;

/** Zero statements of a clause without numbers: 未收到申请, 无…行政复议、行政诉讼, 未被纠错. */
function zeroStatements(clause: Clause, st: State, ctx: SentenceContext): ZeroStatement[] {
  const c = clause.text;
  const out: ZeroStatement[] = [];
  // 收到申请178件，均为自然人申请: none from legal persons and other organisations (or the reverse).
  // Not after an outcome (部分公开14件，均为自然人申请): the applicants of those requests.
  const from =
    (st.domain === 'requests' || (st.domain === undefined && /申请/.test(c) && !L.REVIEW.test(c) && !L.SUIT.test(c))) && ctx.gis && !st.breakdown && st.parent === undefined && !st.partsSeen && !st.outcomeSeen ? L.ALL_FROM.exec(withoutStop(c)) : null;
  if (from) {
    const q: Quantity = from[1] ? 'natural' : 'orgs';
    out.push(statementOf(q, from, from.index + from[0].length));
    return out;
  }
  // Every zero statement below begins with a negation (未, 没有, 无, 不存在…): most clauses have none.
  if (!NEGATION_CHAR.test(c)) return out;
  if (L.OTHER_DOMAIN.test(c)) return out;
  // 未收到政府信息公开申请及行政复议, 全年无政府信息公开申请结转办理情况及政府信息公开行政复议、诉讼处理情况: one
  // negation over the requests and, after a join, the cases: each half read as its own statement, the cases' read
  // with the negation put right before them. Only when each half is one.
  const join = JOIN_TO_CASES.exec(c);
  if (join && !L.REVIEW.test(c.slice(0, join.index)) && !L.SUIT.test(c.slice(0, join.index))) {
    // The clause named the cases, so the state is theirs: the first half is read as a clause of its own.
    const first = zeroStatements({ ...clause, text: c.slice(0, join.index) }, { ...st, domain: undefined }, ctx);
    const lead = first[0];
    if (lead && !first.some((z) => CASE_QUANTITY.test(z.quantity))) {
      const negation = c.slice(lead.start, lead.negEnd);
      const at = join.index + join[0].length;
      const second = zeroStatements({ ...clause, text: ' '.repeat(at - negation.length) + negation + c.slice(at) }, st, ctx);
      if (second.length > 0 && second.every((z) => CASE_QUANTITY.test(z.quantity))) {
        // The cases' statement is their own words (as 结转下年度 after 无上年结转和): the negation is the first half's.
        return [...first, ...second.map((z) => ({ ...z, start: at, negEnd: z.end }))];
      }
    }
  }
  const review = L.REVIEW.test(c);
  const suit = L.SUIT.test(c);
  if (review || suit) {
    if (!ctx.caseGate) return out;
    // 全年实现零复议、零诉讼: none of either, stated as a record (not 力争零复议, a goal).
    const none = ZERO_CASES.exec(c);
    if (none && !GOAL.test(c.slice(0, none.index)) && /^(?:的)?(?:情况|局面|记录)?$/.test(withoutStop(c.slice(none.index + none[0].length)))) {
      const group = caseGroupOf(none[1]!, none[2]);
      out.push(statementOf(group, none));
      st.domain = 'cases';
      st.caseGroup = group;
      return out;
    }
    // 未经复议 (without review first) names the direct lawsuits; it negates nothing.
    const neg = /(?:未(?!经复议)|没有|无|暂无|未曾|并未|均未|不存在)(?:有)?(?:发生|出现|产生|收到|涉及|被)?/g;
    const phrase = /[^,;:]{0,24}?(?:行政复议|行政诉讼|复议|诉讼|起诉)(?:[、和与及或]{1,2}(?:被)?(?:申请|提起|提出)?(?:行政复议|行政诉讼|复议|诉讼|起诉))*(?:[^,;:]{0,8}?(败诉|纠错|被纠正|纠正))?/y;
    for (let m = neg.exec(c); m; m = neg.exec(c)) {
      phrase.lastIndex = m.index + m[0].length;
      const p = phrase.exec(c);
      if (!p) continue;
      // 未出现因答复不及时引发行政复议: no case of that cause, not no case at all.
      if (narrowedCause(p[0])) break;
      // The phrase stops at its first 复议: 未经复议直接起诉 and 复议后起诉 are lawsuits of one kind.
      const kind = /^(?:[^,;:]{0,4}?(?:直接)?(?:提起)?(?:行政)?(?:起诉|诉讼)|后(?:提起)?(?:行政)?(?:起诉|诉讼))?/.exec(c.slice(p.index + p[0].length))![0];
      const phraseEnd = p.index + p[0].length + kind.length;
      // 无上年结转的行政复议案件: none of last year's cases; 未举行行政复议听证: no hearing (the words up to the clause's
      // end or a few after the cases).
      if (CASE_NOT_A_COUNT.test(c.slice(p.index, phraseEnd) + /^[^,;:]{0,8}/.exec(c.slice(phraseEnd))![0])) break;
      const whole = p[0] + kind;
      const direct = /未经复议|直接起诉/.test(whole);
      const afterReview = /复议后/.test(whole);
      const r = /复议/.test(whole) && !afterReview && !direct;
      const s = /诉讼|起诉/.test(whole);
      const group: CaseGroup = direct ? 'suits.direct' : afterReview ? 'suits.afterReview' : r && s ? 'reviewAndSuits' : r ? 'review' : 'suits';
      // 无尚未审结的行政复议案件, 无行政复议其他结果案件: none of those results, not no case at all.
      const named = p[1] ? undefined : caseResultNamed(p[0], c.slice(phraseEnd, phraseEnd + 10));
      if (named === NARROWED) break;
      const result = p[1] ? 'corrected' : named?.result;
      const quantity = (result ? `${group}.${result}` : group) as Quantity;
      const admissible: Quantity[] = p[1] === '败诉' && group === 'reviewAndSuits' ? ['suits.corrected', quantity] : [quantity];
      out.push({ quantity: admissible[0]!, admissible, start: m.index, end: phraseEnd + (named?.after ?? 0), negEnd: m.index + m[0].length });
      st.domain = 'cases';
      st.caseGroup = group;
      break;
    }
    // 行政复议、行政诉讼均未发生: the cases named first, the negation closing the clause, after no more than
    // time, the office and disclosure as their cause (not 败诉的行政诉讼均未发生, nor 因答复不当引起的行政复议未发生).
    const first = out.length === 0 ? CASES_NOT_HAD.exec(withoutStop(c)) : null;
    if (first && CASES_PREFIX.test(c.slice(0, first.index))) {
      const group = caseGroupOf(first[1]!, first[2]);
      out.push(statementOf(group, first, first.index + first[0].search(/未|没有/) + 1));
      st.domain = 'cases';
      st.caseGroup = group;
      return out;
    }
    // 行政诉讼无败诉案件, 行政复议零纠错: the cases named first, then none of them lost or corrected.
    const z = out.length === 0 ? L.ZERO_CORRECTED.exec(c) : null;
    if (z && !narrowedCause(c)) {
      const group = groupNamed(c.slice(0, z.index));
      if (group) {
        out.push({ ...noneCorrected(group, z[0]), start: z.index, end: z.index + z[0].length, negEnd: z.index + 1 });
        st.domain = 'cases';
        st.caseGroup = group;
      }
    }
    return out;
  }
  if (st.domain === 'cases' && ctx.caseGate) {
    // 因答复不及时被申请行政复议，未被纠错: said of the cases of that cause, not of all.
    if (narrowedCause(ctx.sentence.slice(0, clause.start))) return out;
    const m = L.ZERO_CORRECTED.exec(c);
    if (m) {
      // 行政复议25件，行政诉讼5件，均未被纠错: every group the sentence named; without 均 the last one.
      const all = /均|都|全部|皆|一律/.test(c.slice(0, m.index + 2));
      const last = st.caseGroup && ofAllSuits(st.caseGroup, st);
      const group = (all ? groupNamed(ctx.sentence.slice(0, clause.start + m.index)) : undefined) ?? last ?? 'reviewAndSuits';
      out.push({ ...noneCorrected(group, m[0]), start: m.index, end: m.index + m[0].length, negEnd: m.index + 1 });
    }
    return out;
  }
  const fee = L.ZERO_FEE.exec(c);
  if (fee) {
    out.push(statementOf('fee', fee));
    return out;
  }
  // 未制发规章和行政规范性文件: the negation before one row or both.
  const doc = DOCS_NOT_MADE.exec(c);
  if (doc) {
    out.push(...docStatements(doc[2]!, doc[3], doc[1]!, doc));
    return out;
  }
  // 无行政规范性文件出台, 没有规范性文件废止: the negation, the rows, then the verb (not 无规章制定权, a power).
  // (Both rows' names hold 规: most negated clauses name neither.)
  const rowsNamed = c.includes('规');
  const docsThen = rowsNamed ? DOCS_NONE_MADE.exec(c) : null;
  if (docsThen && DECISIONS_PREFIX.test(c.slice(0, docsThen.index))) {
    out.push(...docStatements(docsThen[1]!, docsThen[2], docsThen[3]!, docsThen));
    return out;
  }
  // 规章和行政规范性文件均未废止: the rows first, the negation closing the clause, after no more than time
  // and the office (not 上级规范性文件未废止, 清理后的规范性文件未废止的继续有效).
  const docsFirst = rowsNamed ? NO_DOCS_MADE.exec(withoutStop(c)) : null;
  if (docsFirst && DECISIONS_PREFIX.test(c.slice(0, docsFirst.index))) {
    out.push(...docStatements(docsFirst[1]!, docsFirst[2], docsFirst[3]!, docsFirst, docsFirst.index + docsFirst[0].length));
    return out;
  }
  // 全年未实施行政强制, 没有作出行政处罚决定, 全年无行政强制事项: none of table 二's decisions of that kind (or
  // of each kind listed: 未作出行政许可、行政处罚决定).
  const decisions = NO_DECISIONS.exec(c);
  // Only as the clause's whole statement, after a few words of time or subject: 对首次轻微违法行为未作出
  // 行政处罚 speaks of some cases. With a verb, not 未办理行政许可事项 (items, not decisions) nor 职能, 职权.
  // Without one, only the year's whole statement (全年无行政强制事项, 本年度无行政处罚案件), never 本单位无行政
  // 许可事项, the office's powers.
  if (decisions && decisions.index <= 20 && DECISIONS_PREFIX.test(c.slice(0, decisions.index))) {
    const verb = decisions[1] !== undefined;
    const after = decisions[4];
    const whole = verb
      ? after === undefined
      : after !== '职能' && after !== '职权' && after !== '权限' && DECISIONS_YEAR.test(c.slice(0, decisions.index)) && DECISIONS_END.test(withoutStop(c.slice(decisions.index + decisions[0].length)));
    if (whole) {
      const kinds = new Set([decisions[2]!, ...(decisions[3] ?? '').split(/[、和与及]|以及/).filter((k) => k !== '')]);
      for (const kind of kinds) out.push(statementOf(kind === '行政许可' ? 'license' : kind === '行政处罚' ? 'penalty' : 'coercion', decisions));
      return out;
    }
  }
  if (!ctx.gis) return out;
  const carried = L.ZERO_CARRIED.exec(c);
  if (carried) {
    out.push(statementOf('carried', carried));
    // 无上年结转和结转下年度的申请: none carried to next year as well, named after a joining word.
    const rest = c.slice(carried.index + carried[0].length);
    const next = CARRY_NEXT_JOINED.exec(rest);
    // Only as the negation's second object to the clause's end (not 无上年结转、结转下年度继续办理2件, a count).
    if (next && /^(?:继续办理)?(?:的)?(?:申请|件|情况|情形|事项)?$/.test(withoutStop(rest.slice(next.index + next[0].length)))) {
      const at = carried.index + carried[0].length + next.index + next[0].length - next[1]!.length;
      out.push({ quantity: 'carryNext', admissible: ['carryNext'], start: at, end: at + next[1]!.length, negEnd: at + next[1]!.length });
    }
    return out;
  }
  const next = L.ZERO_CARRY_NEXT.exec(c);
  if (next) {
    out.push(statementOf('carryNext', next));
    return out;
  }
  // 无结转, 全年无收费、无结转: nothing carried, from last year or to next the words do not say; holds when either is 0.
  const either = L.ZERO_CARRY_EITHER.exec(withoutStop(c));
  if (either && (DECISIONS_PREFIX.test(c.slice(0, either.index)) || ANOTHER_NONE.test(c.slice(0, either.index)))) {
    if (inPartFrame(st)) return out;
    out.push({ ...statementOf('carryNext', either, afterNegation(either)), admissible: ['carryNext', 'carried'] });
    return out;
  }
  // 不存在未办结的申请, 没有未办结的申请: nothing carried to next year (as 无结转下年度的申请), said of the year's
  // requests after no more than time, the office or the year's end; not in a frame of some of them (上年结转的申请中).
  const open = L.ZERO_OPEN.exec(withoutStop(c));
  if (open && (DECISIONS_PREFIX.test(c.slice(0, open.index)) || L.YEAR_END_PREFIX.test(c.slice(0, open.index)))) {
    // 上年结转的申请已全部办结，不存在未办结的申请: may speak of the carry-over alone; 截至目前，无未办结的申请: of now,
    // after the year (those carried over may have been dealt with since).
    const before = ctx.sentence.slice(0, clause.start);
    if (inPartFrame(st) || L.CARRIED.test(before) || NOW.test(before)) return out;
    out.push(statementOf('carryNext', open, afterNegation(open)));
    return out;
  }
  const outcome = L.ZERO_OUTCOME.exec(withoutStop(c));
  if (outcome) {
    const q = ZERO_OUTCOMES[outcome[1]!]!;
    // 未有不予公开、无法提供的情况: the first outcome with the negation, each one after it by its own words.
    const more = outcome[2] ?? '';
    const first = statementOf(q, outcome);
    if (more) first.end = outcome.index + outcome[0].indexOf(outcome[1]!) + outcome[1]!.length;
    out.push(first);
    if (more) {
      const at = outcome.index + outcome[0].indexOf(more);
      const g = L.ZERO_OUTCOME_MORE;
      g.lastIndex = 0;
      for (let w = g.exec(more); w; w = g.exec(more)) {
        const quantity = ZERO_OUTCOMES[w[0]]!;
        if (out.some((z) => z.quantity === quantity)) continue;
        out.push({ quantity, admissible: [quantity], start: at + w.index, end: at + w.index + w[0].length, negEnd: at + w.index + w[0].length });
      }
    }
    return out;
  }
  // 无逾期不补正的申请, 没有以重复申请为由不予处理的: none of one item's outcome, the clause's whole statement after
  // no more than time and the office; not in a frame of some requests (网上申请中，, 上年结转的申请中，): theirs alone,
  // nor after applications of another kind.
  const item = L.ZERO_ITEM.exec(withoutStop(c));
  if (item && DECISIONS_PREFIX.test(c.slice(0, item.index))) {
    // 低保救助申请中，未发生逾期不补正的情况: applications of another kind.
    if (inPartFrame(st) || L.namesOtherApplications(ctx.sentence.slice(0, clause.start))) return out;
    const group = item.slice(1).findIndex((g) => g !== undefined);
    const quantity = L.ZERO_ITEM_QUANTITIES[group]!;
    out.push(statementOf(quantity, item, afterNegation(item)));
    return out;
  }
  // 无逾期不补正和不予处理的申请, 没有因信访举报投诉类申请、重复申请而不予处理的情况: several of table 三's items, or
  // items and groups, after one negation (and one item by the official label's words: 没有因申请人无正当理由逾期不补正、
  // 行政机关不再处理的申请): none of each, under the same conditions as one item alone.
  const list = zeroList(withoutStop(c));
  if (list && DECISIONS_PREFIX.test(c.slice(0, list.index))) {
    if (inPartFrame(st) || L.namesOtherApplications(ctx.sentence.slice(0, clause.start))) return out;
    list.names.forEach((n, i) => {
      if (out.some((z) => z.quantity === n.quantity)) return;
      out.push(i === 0 ? { quantity: n.quantity, admissible: [n.quantity], start: list.index, end: n.end, negEnd: list.negEnd } : { quantity: n.quantity, admissible: [n.quantity], start: n.start, end: n.end, negEnd: n.end });
    });
    return out;
  }
  // 全年零申请, 依申请公开零申请: none received (not 零申请兑现, a benefit granted without applying, nor a goal).
  const nil = ZERO_REQUESTS.exec(c);
  if (nil && !GOAL.test(c.slice(0, nil.index)) && /^(?:的)?(?:情况|情形|状态)?$/.test(withoutStop(c.slice(nil.index + nil[0].length)))) {
    const who = applicantOf(c.slice(0, nil.index));
    const quantity: Quantity = who && who !== 'all' ? who : 'new';
    out.push(statementOf(quantity, nil));
    return out;
  }
  // 全年无依申请公开件, 本年度没有依申请公开事项: none, the requests named by the work they are, the clause's whole
  // statement after no more than time and the office.
  const none = NONE_OF_WORK.exec(c);
  if (none && DECISIONS_PREFIX.test(c.slice(0, none.index)) && GIS_OBJECT.test(withoutStop(c.slice(none.index + none[0].length)))) {
    out.push({ quantity: 'new', admissible: ['new'], start: none.index, end: withoutStop(c).length, negEnd: none.index + none[0].length });
    return out;
  }
  // 未有申请人提出政府信息公开申请, 无人申请政府信息公开: none applied, the applicant the subject.
  const nobody = NONE_APPLIED.exec(withoutStop(c));
  if (nobody && DECISIONS_PREFIX.test(c.slice(0, nobody.index))) {
    out.push(statementOf('new', nobody, afterNegation(nobody)));
    return out;
  }
  const m = L.ZERO_RECEIVE.exec(c) ?? L.ZERO_APPLICATION.exec(c);
  if (m) {
    const negLength = /^(?:未曾|没有|暂无|并未|未|无)/.exec(m[0])?.[0].length ?? 1;
    // 未收到依申请公开信息, 未接到依申请公开办件, 未收到依申请公开: the requests named by the work they are (the
    // clause ends there; not 未收到依申请公开信息的复议申请).
    const object = L.ZERO_RECEIVE.test(m[0]) ? GIS_OBJECT.exec(withoutStop(c.slice(m.index + m[0].length))) : null;
    if (object) {
      out.push({ quantity: 'new', admissible: ['new'], start: m.index, end: m.index + m[0].length + object[0].length, negEnd: m.index + negLength });
      return out;
    }
    REQUEST_NOUN_G.lastIndex = m.index;
    const noun = REQUEST_NOUN_G.exec(c);
    const at = noun ? noun.index : -1;
    if (at < 0 || at - m.index > 24) return out;
    // 未收到公众关于政府信息公开的申请: the topic is disclosure itself, every request (not 关于某项目的申请).
    const between = c.slice(m.index + m[0].length, at).replace(ABOUT_DISCLOSURE, '');
    if (L.TOPIC.test(between) || L.CHANNEL.test(between) || !modifierIsGeneric(between)) return out;
    // 通过信函方式未收到申请: none by that channel, not none at all.
    const before = c.slice(0, m.index);
    if (ADVERBIAL_CHANNEL.test(before) && L.CHANNEL.test(before) && !L.ALL_CHANNELS.test(before)) return out;
    if (/^(?:人|行政复议|复议)/.test(c.slice(at + 2))) return out;
    // 无政府信息公开申请逾期答复情况, 未收到申请人补正: the requests said of are singled out, not all of them.
    if (!/^(?:的)?(?:件|事项|情况|情形|记录)?$/.test(withoutStop(c.slice(at + 2)))) return out;
    // 没有收到法人或其他组织的申请: none from that kind of applicant, not none at all.
    const who = applicantOf(between);
    const quantity: Quantity = who && who !== 'all' ? who : 'new';
    out.push({ quantity, admissible: [quantity], start: m.index, end: at + 2, negEnd: m.index + negLength });
  }
  return out;
}

/** Last year's carry-over counted or said to be none (上年结转2件, 无上年结转申请): a fact beside 已全部办结, not its subject. */
const CARRIED_FACT_G = /(?:(?:无|没有|不存在)上一?年度?(?:的)?结转(?:的)?(?:申请)?|上一?年度?(?:无|没有)结转(?:申请)?|上一?年度?结转(?:的)?(?:申请)?\s*[0-9〇零一二两三四五六七八九十百千]+\s*件)(?=\s*[，,。；;]|\s*$)/g;
/** A count carried to next year told as a clause of its own (结转下年度继续办理28件). */
const CARRY_NEXT_FACT_G = /结转(?:至|到)?下一?年度?(?:继续)?(?:办理)?(?:的)?(?:申请)?\s*[0-9〇零一二两三四五六七八九十百千]+\s*件(?=\s*[，,。；;]|\s*$)/g;

/**
 * Every request answered within the time limit (均在法定期限内答复, 全部在规定时限内办结): how the requests dealt with
 * were dealt with, no scope of 已全部办结 (unlike 尚在答复期内, 2件在法定期限内延期答复).
 */
const TIMELY_ALL_G = /(?:均|全部|都|皆)(?:已)?(?:依法)?(?:在|于)(?:法定|规定)?(?:的)?(?:答复|办理)?(?:期限|时限)内(?:依法)?(?:予以|作出|完成)?(?:答复|办结|办理|回复|办复)?(?:完毕)?/g;

/**
 * Whether 已全部办结 (ending at `at`) may be said of part of the requests or of a later date (ALL_CLOSED_SCOPED,
 * 除…外). Last year's carry-over told as a fact of its own is no scope: after the statement in any form
 * (全年新收申请68件，已全部办结，上年结转2件), before it only as none (收到申请32件，无上年结转，已全部办结): a
 * count before it (上年结转5件，均已办结) may be what was dealt with.
 *
 * Nor is a count carried to next year told after it (全年新收申请552件，已全部办结，上年结转22件，结转下年度继续
 * 办理28件): the sentence contradicts itself when 四 exceeds 二, and narrative-mismatch says so from table 三.
 * Before the statement (结转下年度3件，其余已全部办结), or as an exception (结转下年度的5件除外), it stays a scope.
 * prose-conflict does not compare the two statements: they are of different figures, and whether they
 * disagree turns on 二 as well (the requests still open may all be last year's).
 */
function closedScoped(written: string, at: number, reportYear: number | undefined): boolean {
  if (L.NARROWED_REQUESTS.test(written.slice(0, at))) return true;
  if (!L.ALL_CLOSED_SCOPED.test(written) && !EXCEPT.test(written)) return false;
  // 截至2024年12月31日, 截至年底: the year's end is no later date (截至目前, 截至2025年3月 are); the same length kept.
  const sentence = written.includes('截') ? written.replace(YEAR_END_G, (w, year: string | undefined) => (year === undefined || Number(year) === reportYear ? '\u0000'.repeat(w.length) : w)) : written;
  const before = sentence.slice(0, at).replace(TIMELY_ALL_G, '');
  const after = sentence.slice(at).replace(TIMELY_ALL_G, '');
  const noneBefore = /结转/.test(before) ? before.replace(CARRIED_FACT_G, (w) => (/^(?:无|没有|不存在)|(?:无|没有)结转/.test(w) ? '' : w)) : before;
  const factsAfter = /结转/.test(after) ? after.replace(CARRIED_FACT_G, '').replace(CARRY_NEXT_FACT_G, '') : after;
  return L.ALL_CLOSED_SCOPED.test(noneBefore) || L.ALL_CLOSED_SCOPED.test(factsAfter) || EXCEPT.test(sentence);
}

/** The end of a year (截至2024年12月31日, 截止年底): of the report's year when it names no other. */
const YEAR_END_G = /(?:截至|截止)(?:(\d{4})\s*年)?(?:年底|年末|12月31日|12月底)(?:前|时)?/g;

/** Applications with their count (入学申请8,412件, 申请共3件). */
const COUNTED_APPLICATIONS = /申请[^,，。；;:：（(]{0,6}?[0-9〇零一二两三四五六七八九十百千万]/;

/** A lead-in to how some requests were dealt with (上年结转申请的办理情况：, 本年新收申请办理结果如下): a frame, as …中 is. */
const DEALT_WITH_LEAD_IN = /的?(?:办理|处理|答复)(?:情况|结果)(?:如下|为)?\s{0,4}[:：]?\s{0,4}$/;

/** How a clause that frames one channel's requests ends (网上申请中, 网上申请的办理情况：, 其中通过网上申请的：). */
const CHANNEL_FRAME_END = /(?:中|的|如下|情况|结果)\s{0,4}[:：]?\s{0,4}$/;

/** All but some: 除1件外, 除结转下年度的5件外, （5件除外）. */
const EXCEPT = /除[^,，。;；]{0,20}外|除外/;

/**
 * `已全部办结`, `办结率100%` after the year's requests: a statement that every request of the year was dealt
 * with. The requests still open at the end of the year (四) may all be last year's (二), so what it
 * contradicts for certain is 四 above 二 (`unfinishedNew`). After a total that takes in last year's carry-over
 * (共需办理183件（含上年结转5件），已全部办结), it is said of them too: then no request may be open, 四 must be 0
 * (`unfinishedAll`). Only in a sentence about disclosure requests
 * that says nothing of a carry-over, a remainder or a later date, and not after a figure of requests
 * handled: in `共办理申请3件，均已答复完毕` the 3 may be （七）总计, the requests dealt with, with others open.
 */
function allClosedStatement(clause: Clause, st: State, ctx: SentenceContext, run: SentenceRun): ZeroStatement | undefined {
  if (!ctx.gis) return undefined;
  const last = run.lastTotal?.quantity;
  if (last === 'handled' || last === 'newOrHandled') return undefined;
  const m = L.allClosedIn(clause.text);
  if (!m) return undefined;
  // After a total that takes in the carry-over, the carry-over named up to it (183件（含上年结转5件）, 上年结转5件，共计183件)
  // is part of what the statement is said of, no scope of its own.
  const written = last === 'newPlusCarried' ? withoutCarriedInto(ctx.sentence, run.lastTotal!.token.end) : ctx.sentence;
  if (L.OTHER_DOMAIN.test(clause.text) || closedScoped(written, clause.start + m.index + m[0].length, ctx.reportYear)) return undefined;
  // 全年受理入学申请8,412件，均已办结: applications counted before it that were read as no request total are of
  // another kind (入学, 医保待遇), or a part; 已全部办结 is said of them.
  if (!run.lastTotal && COUNTED_APPLICATIONS.test(ctx.sentence.slice(0, clause.start + m.index))) return undefined;
  if (!(st.domain === 'requests' || (st.domain === undefined && REQUESTS_NAMED.test(ctx.sentence.slice(0, clause.start + clause.text.length))))) return undefined;
  return statementOf(last === 'newPlusCarried' ? 'unfinishedAll' : 'unfinishedNew', m, m.index + m[0].length);
}

/** Last year's carry-over named as part of a total (含上年结转5件, 加上上年结转的5件, 上年结转5件，共计…). */
const CARRIED_PART_G = /(?:其中|含|包含|包括|加上|连同)?上一?年度?(?:的)?结转(?:的)?(?:申请)?\s*[0-9〇零一二两三四五六七八九十百千]+\s*件/g;

/**
 * `sentence` with the carry-over named up to the total ending at `end`, and in a bracket right after it, blanked to
 * spaces of the same length (offsets kept).
 */
function withoutCarriedInto(sentence: string, end: number): string {
  const bracket = /^\s*[（(][^）)]*[）)]/.exec(sentence.slice(end));
  const upTo = end + (bracket ? bracket[0].length : 0);
  return sentence.slice(0, upTo).replace(CARRIED_PART_G, (w) => ' '.repeat(w.length)) + sentence.slice(upTo);
}

/**
 * `均予以公开`, `全部公开` right after a count of the requests received (全年共收到政府信息公开申请2件，均予以公开):
 * every one of them was disclosed, so （一）予以公开 holds at least all of 一 (last year's carry-over may be
 * disclosed too, or be what is still open): what it contradicts for certain is 一 above 予以公开
 * (`notOpenNew`). Not after a count handled (办理3件 may be （七）总计 while others are still open), nor
 * after an outcome, a part or a breakdown, nor of the rest (其余均予以公开) or of 主动公开.
 */
function allOpenStatement(clause: Clause, st: State, ctx: SentenceContext, run: SentenceRun): ZeroStatement | undefined {
  if (!ctx.gis || st.domain !== 'requests' || st.breakdown || st.parent !== undefined || st.outcomeSeen || st.partsSeen || st.requestTopic || st.newFrame) return undefined;
  const last = run.lastTotal;
  if (!last || (last.quantity !== 'new' && last.quantity !== 'newPlusCarried') || last.token.end > clause.start) return undefined;
  const m = L.ALL_OPEN.exec(withoutStop(clause.text));
  if (!m) return undefined;
  const said = ctx.sentence.slice(0, clause.start + m.index);
  if (L.OTHER_DOMAIN.test(clause.text) || L.ALL_OPEN_SCOPED.test(said) || L.NARROWED_REQUESTS.test(said)) return undefined;
  return statementOf('notOpenNew', m, m.index + m[0].length);
}

/**
 * `均获维持`, `全部被维持` after review or lawsuit figures (行政复议7件，诉讼9件，均获维持): every such
 * case was upheld, so none of the group the sentence has named was corrected, ended otherwise or is
 * still pending (`notUpheld` = 0; a case not yet decided has not been upheld). The group is what the
 * sentence named before the words: review and lawsuits both, or the one. Not said of part of the cases
 * (已审结的案件均获维持, 其余均维持, 除1件外均获维持).
 */
/**
 * Statements about a whole (无…, 已全部办结, 均维持, 均已审结) are read in a sentence's first this many clauses:
 * each looks at the words of the sentence before it, so a sentence of more (no prose has a tenth of them:
 * a megabyte of `1件，均维持，`) would take time growing with the square of its length.
 */
const STATEMENT_CLAUSES = 200;

/** How far before a clause its count of cases is looked for (`行政复议1件，` and the spaces an export leaves). */
const COUNT_WINDOW = 24;

function allUpheldStatement(clause: Clause, st: State, ctx: SentenceContext): ZeroStatement | undefined {
  if (!ctx.caseGate || !L.mayUphold(clause.text)) return undefined;
  // 被申请行政复议1件，结果维持: a bare result right after the count is every counted case's. The clause is
  // read first and the count looked for only in the words just before it: testing the whole sentence before
  // every clause made a sentence of many clauses quadratic (a megabyte of them: 80 s).
  let m = L.ALL_UPHELD.exec(clause.text);
  if (!m) {
    const bare = L.BARE_UPHELD.exec(clause.text);
    if (bare && L.AFTER_CASE_COUNT.test(ctx.sentence.slice(Math.max(0, clause.start - COUNT_WINDOW), clause.start))) m = bare;
  }
  if (!m || L.ALL_UPHELD_SCOPED.test(ctx.sentence) || L.OTHER_DOMAIN.test(clause.text)) return undefined;
  // 均维持了原决定的比例为32%: a rate, not a statement about every case.
  if (/比例|比率|占比|[%％]/.test(clause.text.slice(m.index))) return undefined;
  // 路政案件被申请行政复议2件，均维持: cases of other work; 因答复不及时被申请行政复议1件，结果维持: the cases of that cause.
  const before = ctx.sentence.slice(0, clause.start + m.index);
  if (OTHER_CASES.test(before) || narrowedCause(before)) return undefined;
  const group = statedGroup(before) ?? (st.domain === 'cases' ? st.caseGroup : undefined);
  if (!group) return undefined;
  const quantity = `${group}.notUpheld` as Quantity;
  return statementOf(quantity, m, m.index + m[0].length);
}

/** The words between a count and the clause after it: the unit's end, a comma, blanks. */
const RIGHT_AFTER = /^\s*(?:[,，]\s*)?$/;

/**
 * A bare 结果纠正, 其他结果 or 尚未审结 as a clause of its own right after the count of a case group (被申请行政复议1件，
 * 结果纠正; 行政复议案件1件，为其他结果; 被提起行政诉讼1件，尚未审结): every case counted had that result, so none
 * of the group has another (`notCorrected`, `notOther`, `notPending` = 0). The group is the one that count was read as (the last named: in 复议1件，
 * 诉讼1件，尚未审结 the lawsuits), and the count must be a claim of it, ending just before the clause; not
 * said of part of the cases (a cause, 已审结的, 一审) nor of cases the office decided as the review body.
 */
function bareResultStatement(clause: Clause, st: State, ctx: SentenceContext, run: SentenceRun): ZeroStatement | undefined {
  if (!ctx.caseGate || st.domain !== 'cases' || st.asReviewBody) return undefined;
  const corrected = L.BARE_CORRECTED.exec(clause.text);
  const other = corrected ? null : L.BARE_OTHER.exec(clause.text);
  const m = corrected ?? other ?? L.BARE_PENDING.exec(clause.text);
  if (!m) return undefined;
  const count = run.pending[run.pending.length - 1];
  const group = st.caseGroup;
  if (!count || !group || count.domain !== 'cases' || count.quantity !== group) return undefined;
  if (clause.start - count.token.end > COUNT_WINDOW || !RIGHT_AFTER.test(ctx.sentence.slice(count.token.end, clause.start))) return undefined;
  const before = ctx.sentence.slice(0, clause.start);
  if (L.ALL_UPHELD_SCOPED.test(ctx.sentence) || narrowedCause(before) || OTHER_CASES.test(before) || REVIEW_BODY.test(before)) return undefined;
  return statementOf(`${group}.${corrected ? 'notCorrected' : other ? 'notOther' : 'notPending'}`, m, m.index + m[0].length);
}

/**
 * `均已审结` after review or lawsuit figures or words (行政诉讼案件均已审结): no case of the group the sentence
 * named is still pending at the year's end. Not said of part of the cases, nor as of a later date.
 */
function allConcludedStatement(clause: Clause, st: State, ctx: SentenceContext): ZeroStatement | undefined {
  if (!ctx.caseGate) return undefined;
  const m = L.allConcludedIn(clause.text);
  if (!m || L.ALL_CONCLUDED_SCOPED.test(ctx.sentence) || L.OTHER_DOMAIN.test(clause.text)) return undefined;
  // 作为复议机构办理复议案件12件，均已审结: the cases it decided as the review body, not those against it.
  if (st.asReviewBody || REVIEW_BODY.test(ctx.sentence.slice(0, clause.start + m.index))) return undefined;
  // 因答复不及时被提起行政诉讼1件，均已审结: the cases of that cause.
  const before = ctx.sentence.slice(0, clause.start + m.index);
  if (OTHER_CASES.test(before) || narrowedCause(before)) return undefined;
  const group = statedGroup(before) ?? (st.domain === 'cases' ? st.caseGroup : undefined);
  if (!group) return undefined;
  return statementOf(`${group}.pending`, m, m.index + m[0].length);
}

// ---------------------------------------------------------------------------------------------

/**
 * Each line's part and innermost subsection title, found in one walk of the outline (a line that two
 * subsections share, where one ends and the next begins, takes the later one's title).
 */
export function lineContexts(model: ReportModel): { part: readonly number[]; heading: (string | undefined)[] } {
  // Arrays, not typed arrays: a typed array's buffer lies outside the heap, and making two for every report took as
  // long as filling them.
  const part: number[] = new Array<number>(model.masked.length).fill(0);
  const heading: (string | undefined)[] = new Array<string | undefined>(model.masked.length);
  /** Which part (index + 1 in model.parts) a line was given to: the first whose span holds it. */
  const owner: number[] = new Array<number>(model.masked.length).fill(0);
  // A loop, and walkTitles a function of the module, not closures: V8 keeps a closure's optimised code only while an
  // instance of it lives, so at each full collection between two analyses it was dropped and compiled again.
  for (let index = 0; index < model.parts.length; index++) {
    const p = model.parts[index]!;
    const from = Math.max(0, p.bodyStart - 1);
    const to = Math.min(p.bodyEnd, part.length);
    for (let l = from; l < to; l++) {
      if (owner[l] !== 0) continue;
      owner[l] = index + 1;
      part[l] = p.id;
      heading[l] = '';
    }
    // Document order, parents before children: the innermost (and, where two touch, the later) wins.
    // A line under a numbered sub-heading of its own (（二）依申请公开情况 → 2.办理情况) has both titles: the
    // innermost names the step, its parent the subject (依申请公开).
    walkTitles(p.subsections, '', from, to, owner, index + 1, heading);
  }
  return { part, heading };
}

/** Gives the lines from `from` to `to` that part `mark` owns the title of the innermost of `subs` (and their children) holding them. */
function walkTitles(subs: readonly Subsection[], above: string, from: number, to: number, owner: readonly number[], mark: number, heading: (string | undefined)[]): void {
  for (const sub of subs) {
    const title = above ? `${above}\u0000${sub.title}` : sub.title;
    const last = Math.min(to - 1, sub.fullRange.end.line);
    for (let l = Math.max(from, sub.fullRange.start.line); l <= last; l++) if (owner[l] === mark) heading[l] = title;
    walkTitles(sub.children, title, from, to, owner, mark, heading);
  }
}

/**
 * The global twin of a pattern, made once per pattern source (the patterns are the lexicon's and the
 * deciders' literals: a bounded set, though a literal in a function body is a new object per call).
 */
const GLOBAL_PATTERNS = new Map<string, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL_PATTERNS.get(re.source);
  if (!g) {
    g = new RegExp(re.source, 'g');
    GLOBAL_PATTERNS.set(re.source, g);
  }
  return g;
}

/** Where the words of a claim begin and end around its number, within its segment. */
function claimSpan(seg: Segment, words: readonly RegExp[]): [number, number] {
  const token = seg.token;
  let start = token.start;
  let end = token.end;
  const local = seg.text;
  for (const re of words) {
    const g = globalOf(re);
    g.lastIndex = 0;
    for (let m = g.exec(local); m; m = g.exec(local)) {
      if (m[0].length === 0) {
        g.lastIndex++;
        continue;
      }
      const s = seg.start + m.index;
      const e = s + m[0].length;
      if (s < start) start = s;
      if (e > end) end = e;
    }
  }
  // Trim leading function words and blanks; take in an adverb of totality just before (共受理, 累计办理).
  while (start < token.start && /[\s的了和与及、]/.test(local[start - seg.start] ?? '')) start++;
  const adverb = TOTAL_ADVERB.exec(local.slice(Math.max(0, start - seg.start - 4), start - seg.start));
  if (adverb) start -= adverb[0].length;
  while (end > token.end && /\s/.test(local[end - 1 - seg.start] ?? '')) end--;
  // 179件次, 3起次: 次 after a count's unit is the unit's own (件次, a count of requests as 件), quoted whole.
  if (end === token.end && UNIT_TIMES.test(local.slice(token.end - 1 - seg.start, token.end + 1 - seg.start))) end++;
  return [start, end];
}

/** A count's unit and 次 right after it: one unit (件次, 起次, 宗次, 例次, 项次, 个次). */
const UNIT_TIMES = /^[件起宗例项个]次$/;

interface SentenceRun {
  readonly pending: Pending[];
  /** The last received or handled total (what 含上年结转5件 after it speaks of). */
  lastTotal: Pending | undefined;
  readonly zeros: SentenceClaim[];
  readonly lapsed: Map<string, number>;
  /**
   * Counts said of a wider whole than the office (全县共收到申请178件), by what they would be of the office: a count of the
   * office's own of the same quantity in the sentence (县政府本级收到35件) agrees when the table holds the whole's figure.
   */
  readonly wider: { readonly quantity: Quantity; readonly value: number }[];
}

/**
 * The words before a figure that only say it is a level reached (2024年增至, 达到, 全年达, 下降为), with nothing of their own
 * naming what: the verb as a pattern (for the claim's span), else undefined.
 */
const LEVEL_ONLY = /^(?:(?:\d{4}\s*年度?|全年|本年度?|今年|当年)[,，\s]?)?(?:已|共|累计)?((?:增长|增加|上升|提高|提升|攀升|减少|下降|降低|回落)了?(?:到|至|为)|[增降升减]至|达到|达|为)$/;
function levelOf(pre: string): RegExp | undefined {
  // Trimmed first: blanks at both ends around optional words would make the pattern backtrack.
  const m = LEVEL_ONLY.exec(pre.trim());
  return m ? new RegExp(m[1]!) : undefined;
}

function processClauses(written: readonly Clause[], st: State, ctx: SentenceContext, run: SentenceRun): void {
  const clauses = packedMap(written, levelReached);
  // Each clause's figures, read once (a clause's neighbours ask whether it has any).
  const tokensOf = packedMap(clauses, (c) => numberTokens(c.text, c.start));
  // Whether a clause before the current one holds a figure.
  let figuresBefore = false;
  for (let k = 0; k < clauses.length; figuresBefore ||= tokensOf[k]!.length > 0, k++) {
    const clause = clauses[k]!;
    const text = clause.text;
    if (clause.strong) st.breakdown = false;
    const tokens = tokensOf[k]!;
    const own: Pending[] = [];
    const head = tokens.length > 0 ? text.slice(0, tokens[0]!.start - clause.start) : text;
    const delta = L.DELTA.test(text);
    if (!delta) {
      updateYear(head, st, ctx);
      updateScope(head, st, ctx);
    }
    if (NEW_STATEMENT.test(text) && !st.parent) st.breakdown = false;
    // 收到申请9件，其中网络申请5件，信函申请4件，发生行政复议1件: cases opening a clause of their own are no part of the
    // requests broken down before them (not 其中1件被申请行政复议, a part of those requests).
    if (st.breakdown && !st.parent && st.domain !== 'cases' && CASES_OPEN.test(text)) st.breakdown = false;
    if (L.BREAKDOWN_OPEN.test(text.trim())) st.breakdown = true;
    // 主动公开政府信息326条，其中…: a count of information published heads the breakdown after it.
    else if (tokens.length > 0 && !st.breakdown) st.publishedItems = PUBLISHED.test(head) && !/申请/.test(head);
    if (tokens.length === 0) {
      if (text.includes('复议') && AS_REVIEW_BODY.test(text)) st.asReviewBody = true;
      if (/最多|居多|为主|最高|最大|排名|前[三五十]/.test(text) && (L.TOPIC.test(text) || ABOUT.test(text))) st.requestTopic = true;
      // …中 (上年结转的申请中), or a lead-in to how they were dealt with (上年结转申请的办理情况：): what follows is of them.
      if (/中\s*$/.test(text) || DEALT_WITH_LEAD_IN.test(text)) {
        const who = applicantOf(text);
        if (who !== undefined && who !== 'all') st.applicantFrame = true;
        if (L.CARRIED.test(text) && /申请|件/.test(text)) st.carriedFrame = true;
        // 本年新收申请中，…: what follows is of the new requests alone.
        else if (text.includes('新收') && /申请|件/.test(text)) st.newFrame = st.newAloneFrame = true;
      }
      // 网上申请中，予以公开50件, 其中通过网上申请的：自然人100件: the outcomes or applicants of one channel's requests, a
      // breakdown the tables do not hold.
      if (CHANNEL_FRAME_END.test(text) && L.CHANNEL.test(text) && text.includes('申请')) st.channelFrame = true;
      const lead = text.includes('为主') ? APPLICANT_LEAD.exec(text) : null;
      if (lead) {
        const who = applicantOf(lead[1]!);
        if (who !== undefined && who !== 'all') st.applicantLead = who;
      }
      const named = domainOf(text);
      if (named) st.domain = named;
      const row = docRowOf(text);
      if (row) st.docRow = row;
      // domainOf tries REVIEW and SUIT right after OTHER_DOMAIN: its answer says whether they match, unless it
      // stopped before them ('other', which also marks some decisions named).
      if (named === 'cases' || (named === 'other' && (L.REVIEW.test(text) || L.SUIT.test(text)))) {
        decideCase(text, st);
        if (CASES_ABOUT.test(text)) st.caseTopic = true;
        // 复议后起诉：结果维持0件…: a kind of lawsuit heading the words after its colon; their results are that kind's,
        // as after 其中, even when both kinds have been named.
        if (clauses[k + 1]?.afterColon && (st.caseGroup === 'suits.direct' || st.caseGroup === 'suits.afterReview')) st.breakdownOf = st.caseGroup;
      }
      if (L.includingCarried(text)) {
        if (st.parent) includeCarried(st.parent, true);
        else st.includesCarried = true;
      } else if (st.parent && /^\s*(?:含|包含|包括)/.test(text) && L.CARRIED.test(text)) {
        includeCarried(st.parent, true);
      }
      // 行政许可、行政处罚、行政强制均无, 行政复议、行政诉讼均为零: the items listed, none of each (as 均为0件).
      const none = !st.otherYear && !st.otherScope && k < STATEMENT_CLAUSES ? NONE_OF_EACH.exec(withoutStop(text)) : null;
      const listed = none !== null && eachOf(clause, noneToken(clause, none.index), st, ctx, run, own, true);
      if (!listed && !st.otherYear && !st.otherScope && k < STATEMENT_CLAUSES) {
        const zeros = zeroStatements(clause, st, ctx);
        const closed = allClosedStatement(clause, st, ctx, run) ?? allOpenStatement(clause, st, ctx, run) ?? allUpheldStatement(clause, st, ctx) ?? allConcludedStatement(clause, st, ctx) ?? bareResultStatement(clause, st, ctx, run);
        // 已全部答复，办结率100%: one statement said twice in a sentence is one claim.
        if (closed && !run.zeros.some((z) => z.quantity === closed.quantity)) zeros.push(closed);
        for (const z of zeros) {
          run.zeros.push({
            quantity: z.quantity,
            admissible: z.admissible,
            value: 0,
            alternatives: [],
            start: clause.start + z.start,
            end: clause.start + z.end,
            numberStart: clause.start + z.start,
            numberEnd: clause.start + z.negEnd,
            unit: z.quantity === 'fee' ? '万元' : '件',
            decimals: 0,
            zero: true,
            gaps: NO_GAPS,
          });
        }
      }
    } else if (!st.otherScope && !delta && text.includes('分别') && yearsRespectively(clause, tokens, st, ctx, run, own)) {
      // 2023年、2024年分别收到申请150件、178件: the report's year took its figure.
    } else if (st.otherYear || st.otherScope || delta) {
      const named = domainOf(text);
      if (named) st.domain = named;
      // 县自然资源局收到申请2件 (or 收到2件, of what the sentence counts) beside the report's own count of the
      // same: see byBody. Not 县纪委收到信访举报3件, a thing of its own.
      const counted = named ?? (/(?:收到|受理|接收|新收|接到|制发|制定|印发|出台)\s*[0-9]/.test(text) ? st.domain : undefined);
      if (st.otherBody && !st.otherYear && !delta && (counted === 'requests' || counted === 'docs') && tokens.some(isCount)) st.otherBodyCounts.add(counted);
      // What the clause's figures would be of the office (read on a copy of the state: they are no claims): the
      // quantity a level reached after a change or another year's figure takes (2023年收到申请7件，2024年增至178件),
      // and a wider whole's counts (全县共收到申请178件) beside the office's own.
      st.changed = undefined;
      const whole = st.otherScope && !st.otherYear && !delta && !st.otherBody;
      if (tokens.length > 0 && (whole || !st.otherScope)) {
        const segs = segments(clause, tokens);
        // The last figure, for a level after it to take; every figure of a whole.
        for (let s = whole ? 0 : segs.length - 1; s < segs.length; s++) {
          const seg = segs[s]!;
          if (!isCount(seg.token)) continue;
          const d = decide(seg, ownState(st), ctx, undefined, undefined);
          if (!d || d === 'lapsed') continue;
          if (whole) run.wider.push({ quantity: d.quantity, value: seg.token.value });
          else st.changed = d;
        }
      }
    } else if (/分别/.test(text)) {
      respectively(clause, tokens, st, ctx, run, own);
    } else if (tokens.length === 1 && (EACH_BEFORE.test(text) || (tokens[0]!.value === 0 && ZERO_BEFORE.test(text))) && eachOf(clause, tokens[0]!, st, ctx, run, own, tokens[0]!.value === 0)) {
      // 行政许可、行政处罚、行政强制均为0件: each item listed took the figure (a 0 without 均 too: a sum of none is none of each).
    } else {
      const following = clauses[k + 1];
      const next = following && tokensOf[k + 1]!.length === 0 ? following.text : undefined;
      const previous = k > 0 ? clauses[k - 1]! : undefined;
      // The clause after, for a count dealt with beside a count carried to next year: only when the sentence's
      // figures so far were of requests (not 受理信访事项230件，办结220件，结转下年度10件).
      const besideOf = st.domain === 'requests' || !figuresBefore ? following?.text : undefined;
      // 申请数量：178件 and 予以公开占55.6%，计99件: the words before a colon, or before a share, name a bare figure after them.
      const introducer =
        previous && previous.start + previous.text.length === clause.start - 1 && tokensOf[k - 1]!.length === 0 && (clause.afterColon || SHARE_END.test(previous.text) || MOST_END.test(previous.text))
          ? previous
          : undefined;
      for (const raw of segments(clause, tokens)) {
        // 申请数量：178件 — a bare figure after a colon takes the words before it.
        const seg: Segment =
          introducer && raw.start === clause.start && BARE_TOTAL.test(`${raw.pre}${raw.post}`)
            ? { ...raw, start: introducer.start, text: `${introducer.text}:${raw.text}`, pre: `${introducer.text.replace(MOST_END, '')}:${raw.pre}` }
            : raw;
        // 申请量由7件增至178件: the earlier figure of a change.
        if (/由\s*$/.test(seg.pre)) continue;
        // 除8件外均已办结: the requests left out, not a count of what was done.
        if (/除\s*$/.test(seg.pre) && /^\s*外/.test(seg.post)) continue;
        if (/^\s*其中/.test(seg.pre)) {
          st.breakdown = true;
          st.breakdownOf = st.caseGroup;
        }
        // 2023年收到申请7件，2024年增至178件; 申请较上年增加12件，达190件: the level reached is the year's of what the
        // clause before counted.
        const level = st.changed && seg === raw && tokens.length === 1 && /^\s*$/.test(seg.post) ? levelOf(written[k]!.text.slice(seg.start - clause.start, seg.token.start - clause.start)) : undefined;
        let d = level && st.changed ? { ...st.changed, words: [level] } : decide(seg, st, ctx, next, besideOf);
        // 8件申请因逾期未补正、逾期未缴费而不再处理: the cause goes on past the 、 to a second item; the figure is of both.
        if (d && d !== 'lapsed' && d.quantity.startsWith('item:') && moreItems(text.slice(seg.start - clause.start + seg.text.length))) d = undefined;
        // 178件申请均由公民个人和企业提出: the applicant named after the figure goes on past the 和 to another kind; the figure is of both.
        if (d && d !== 'lapsed' && d.domain === 'requests' && APPLICANT_QUANTITIES.has(d.quantity) && moreApplicants(seg, text.slice(seg.start - clause.start + seg.text.length))) d = undefined;
        if (d && d !== 'lapsed' && d.quantity === 'open' && partialIncluded(clause, seg)) d = { ...d, quantity: 'openPlusPartial', admissible: ['openPlusPartial'] };
        if (d === 'lapsed') {
          const row = docRowOf(`${seg.pre}${seg.post}`) ?? st.docRow;
          if (row) run.lapsed.set(row, seg.token.value);
          continue;
        }
        if (!d) {
          // 已办结4件 read as no claim (nothing in the clause names the requests) is still the count a 其中 after it breaks down.
          if (L.HANDLED.test(seg.pre.replace(DEADLINE, ' ')) && !L.RECEIVED.test(seg.pre)) st.handledLast = true;
          continue;
        }
        const p: Pending = { quantity: d.quantity, admissible: [...(d.admissible ?? [d.quantity])], token: seg.token, segment: seg, words: d.words, domain: d.domain };
        if (d.quantity === 'carried') carriedStated(seg, st, run);
        // 予以公开14件，其中部分公开3件: the disclosures before counted the partial ones too.
        if (p.quantity === 'partial' && /^\s*其中/.test(seg.pre) && previous) {
          const before = run.pending[run.pending.length - 1];
          if (before?.quantity === 'open' && before.token.start >= previous.start && before.token.end <= previous.start + previous.text.length) partialOf(before);
        }
        run.pending.push(p);
        own.push(p);
        st.lastCount = p;
        if (p.domain === 'requests' && OUTCOME_QUANTITIES.has(p.quantity)) st.outcomeCounts.push(p);
        if (p.domain === 'docs') st.docParts = ownPart(p, st.docParts, ctx.owner);
        if (p.domain === 'requests') st.requestParts = ownPart(p, st.requestParts, ctx.owner);
        if (p.domain === 'requests' && (p.quantity === 'new' || p.quantity === 'newOrHandled' || p.quantity === 'handled')) {
          run.lastTotal = p;
          st.handledLast = p.quantity === 'handled';
        }
      }
      st.changed = undefined;
      // The clause frames what follows (…中, 对…): the figures after it are of what it counted.
      const among = /中\s*$/.test(text);
      const frames = among || /^\s*对/.test(text);
      // 新收的178件申请中，…, 对本年度收到的178件申请，…: what follows is of the new requests alone.
      if (own.some((p) => p.quantity === 'new')) {
        st.newSeen = true;
        if (frames) {
          st.newFrame = true;
          if (text.includes('新收')) st.newAloneFrame = true;
        }
      }
      // 结果纠正的10件中，…: what follows is of the cases of that result.
      if (among && own.some((p) => p.domain === 'cases' && /\.(?:upheld|corrected|other|pending)$/.test(p.quantity))) st.resultFrame = true;
      // 上年结转的5件申请中，…: what follows is of last year's carry-over alone.
      if (frames && own.some((p) => p.quantity === 'carried')) st.carriedFrame = true;
      // 予以公开的99件中，自然人92件: what follows is of that outcome's requests, a breakdown of it.
      if (among && own.some((p) => OUTCOME_QUANTITIES.has(p.quantity) || p.quantity.startsWith('item:'))) st.breakdown = true;
    }
    if (clause.parens.length > 0 && !delta && !st.otherYear && !st.otherScope) {
      // Each parenthesis explains the last figure of its clause before it.
      let j = -1;
      for (const paren of clause.parens) {
        while (j + 1 < own.length && own[j + 1]!.token.end <= paren.start) j++;
        const parent = j >= 0 ? own[j] : undefined;
        if (!parent && bareFigure(clause, paren, st, ctx, run, own)) continue;
        // 予以公开14件（其中部分公开3件）: the disclosures counted the partial ones too.
        if (parent?.quantity === 'open' && paren.clauses.some((c) => PARTIAL_AMONG.test(c.text))) partialOf(parent);
        const inner = innerState(
          st,
          parent,
          /^\s*(?:其中|含|包含|包括)/.test(paren.clauses[0]?.text ?? ''),
          EXCLUDING_OPEN.test(paren.clauses[0]?.text ?? ''),
          parent?.domain ?? st.domain,
        );
        processClauses(paren.clauses, inner, ctx, run);
      }
    }
  }
}

/**
 * The quantity of the sum of the outcome groups counted (`outcomes:open+unable`), each once; undefined when a group
 * was counted twice (予以公开3件（其中部分公开1件）、部分公开1件) or fewer than two were.
 */
function outcomesSum(counts: readonly Pending[]): Quantity | undefined {
  const groups: string[] = [];
  for (const c of counts) {
    for (const g of c.quantity === 'openPlusPartial' ? ['open', 'partial'] : [c.quantity]) {
      if (groups.includes(g)) return undefined;
      groups.push(g);
    }
  }
  if (groups.length < 2) return undefined;
  const order = L.OUTCOME_GROUP_ORDER;
  return `outcomes:${groups.sort((a, b) => order.indexOf(a) - order.indexOf(b)).join('+')}`;
}

/** Table 三's outcome groups (an item's quantity is `item:…`). */
const OUTCOME_QUANTITIES: ReadonlySet<Quantity> = new Set<Quantity>(['open', 'partial', 'openPlusPartial', 'withhold', 'unable', 'reject', 'otherHandling']);

/** The applicant kinds, each a column of table 三. */
const APPLICANT_QUANTITIES: ReadonlySet<Quantity> = new Set<Quantity>(['natural', 'orgs', 'business', 'research', 'nonprofit', 'legal', 'otherOrg']);

/**
 * The words a segment goes on to after a 、 or 和, to the clause's end, when they hold no figure of their own (not
 * 国家秘密2件、第三方合法权益1件, an item each).
 */
function listedAfter(rest: string): string | undefined {
  return /^\s*[、和及与或]([^0-9,;]{0,24})(?=[,;]|$)/.exec(rest)?.[1];
}

/** The applicant kind named after a figure, then another after 和 (公民个人和企业): the figure is both kinds'. */
function moreApplicants(seg: Segment, rest: string): boolean {
  if (applicantOf(seg.pre) !== undefined) return false;
  const more = listedAfter(rest);
  return more !== undefined && applicantOf(more) !== undefined;
}

/** The words after a segment (from a 、 or 和 on, to the clause's end) name another outcome item. */
function moreItems(rest: string): boolean {
  const more = listedAfter(rest);
  return more !== undefined && L.OUTCOME_ITEMS.some((o) => o.re.test(more));
}

/** 其中部分公开3件, 含部分公开3件 after a count of disclosures: the count includes the partial ones. */
export const PARTIAL_AMONG = /^\s*(?:其中|含|包含|包括)\s*部分公开/;

/** A count of disclosures said to include the partial ones (予以公开14件（其中部分公开3件）) is of both outcomes. */
function partialOf(p: Pending): void {
  p.quantity = 'openPlusPartial';
  p.admissible = ['openPlusPartial'];
}

/** A parenthesis between a segment's words and its figure says the figure includes the partial disclosures. */
function partialIncluded(clause: Clause, seg: Segment): boolean {
  return clause.parens.some((p) => p.start >= seg.start && p.start < seg.token.start && p.clauses.length === 1 && PARTIAL_INCLUDED.test(p.clauses[0]!.text));
}

/** The named items a `分别` pairs with its figures, longest names first. */
const RESPECTIVE_ITEM = new RegExp(
  [
    '法人[或和及与、]{0,2}其他组织', '法人', '自然人', '公民', '个人', '商业企业', '企业', '科研机构', '社会公益组织', '公益组织', '法律服务机构',
    ...L.OUTCOME_ITEMS.map((o) => o.re.source),
    ...L.OUTCOME_GROUPS.map((o) => o.re.source),
    '上一?年度?结转', '结转下一?年度?(?:继续办理)?', '本年新收', '新收', '收到', '受理', '办结', '答复', '办理',
    '未经复议直接起诉', '直接起诉', '复议后起诉', '行政复议', '行政诉讼', '结果维持', '维持', '结果纠正', '纠正', '纠错', '其他结果', '尚未审结',
    '新制定', '新制作', '制定', '制发', '印发', '废止', '失效', '现行有效', '行政许可', '行政处罚', '行政强制',
  ].join('|'),
  'g',
);

/**
 * The rows of table 二's documents a `分别` may pair with its figures, when the items above do not:
 * 现行有效的规章和行政规范性文件分别为23件和96件 (the verb is said of both rows).
 */
const RESPECTIVE_DOC_ROW = /地方政府规章|政府规章|部门规章|规章(?!制度)|行政规范性文件|规范性文件/g;

/** A kind of case right before the results it qualifies: 行政复议结果维持, 行政复议中结果维持, 行政诉讼的维持. */
const CASE_KIND_ITEM = /^(?:行政复议|行政诉讼|未经复议直接起诉|直接起诉|复议后起诉)$/;
/** What may stand between the kind and its first result: 案件, 中, 的 (each space read one way only). */
const QUALIFIES = /^\s*(?:案件\s*)?(?:[中的里]\s*)?$/;
const CASE_RESULT_ITEM = /^(?:结果维持|维持|结果纠正|纠正|纠错|其他结果|尚未审结)$/;

/**
 * The items of a `分别` list without the kinds of case that only qualify the results after them:
 * `行政复议结果维持、纠正、其他分别为8件、10件、7件` lists three results of the reviews, not the reviews and
 * two results (which paired 行政复议 with the 8 upheld).
 */
function withoutQualifiers(list: string, items: [number, number][]): [number, number][] {
  return items.filter(([a, b], k) => {
    const next = items[k + 1];
    return !(next && CASE_KIND_ITEM.test(list.slice(a, b)) && QUALIFIES.test(list.slice(b, next[0])) && CASE_RESULT_ITEM.test(list.slice(next[0], next[1])));
  });
}

/** A bare 其他 closing a list of case results (维持、纠正、其他): the third result, 其他结果. */
const OTHER_RESULT_LAST = /^\s*[、和及与]\s*其他\s*$/;

/**
 * The items of a `分别` list with a bare 其他 after case results as one more item: `维持、纠正、其他分别为8件、
 * 10件、7件`. (Elsewhere 其他 is no item: 其他处理, 其他组织, 其他结果 have their own words.)
 */
function withOtherResult(list: string, items: [number, number][]): [number, number][] {
  const last = items[items.length - 1];
  if (!last || !CASE_RESULT_ITEM.test(list.slice(last[0], last[1])) || !OTHER_RESULT_LAST.test(list.slice(last[1]))) return items;
  const at = list.lastIndexOf('其他');
  return [...items, [at, at + 2]];
}

/** Where each match of a global pattern is in `list` (non-empty matches). */
function itemsIn(list: string, re: RegExp): [number, number][] {
  const items: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(list); m; m = re.exec(list)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    items.push([m.index, m.index + m[0].length]);
  }
  return items;
}

/** One list separator (、, 和, 与, 及, 以及), counted in the words between two items. */
const LIST_SEPARATOR_G = /以及|[、和与及]/g;
/**
 * The words between two items of a `分别` list: one separator, with the nouns the items share before it (自然人申请、,
 * 行政复议案件和) and a verb the next item takes after it (被申请行政复议和提起行政诉讼).
 */
const LIST_GAP = /^\s*(?:(?:的|申请|案件|决定|事项|数量|件数)\s*)*(?:[、和与及]|以及)\s*(?:(?:被|提起|提出|申请|作出|的)\s*)*$/;

/**
 * The items of a `分别` list (`items` found in `list`, the words before 分别): the run joined by separators that ends with
 * the last item. An item joined to the next with no separator says something of all of them (收到自然人、法人申请: 收到
 * is the verb of both, not a third item). Undefined — nothing is read — when the list holds a name no item is: between
 * two items (予以公开、告知、不予公开), before the first (网上申请、予以公开) or after the last (不予公开和告知).
 */
function listMembers(list: string, items: [number, number][]): [number, number][] | undefined {
  if (items.length === 0) return items;
  let first = items.length - 1;
  while (first > 0) {
    const gap = list.slice(items[first - 1]![1], items[first]![0]);
    const separators = gap.match(LIST_SEPARATOR_G)?.length ?? 0;
    if (separators === 0) break;
    if (separators > 1 || !LIST_GAP.test(gap)) return undefined;
    first--;
  }
  if (/(?:以及|[、和与及])\s*$/.test(list.slice(0, items[first]![0])) || /以及|[、和与及]/.test(list.slice(items[items.length - 1]![1]))) return undefined;
  return first === 0 ? items : items.slice(first);
}

/**
 * `予以公开、部分公开分别为99件、14件`: the items named before 分别 take the figures after it in
 * order; failing those, the document rows named (现行有效的规章和行政规范性文件分别为23件和96件). Nothing is
 * read when the counts differ or a figure comes before 分别.
 */
function respectively(clause: Clause, tokens: readonly NumberToken[], st: State, ctx: SentenceContext, run: SentenceRun, own: Pending[]): void {
  const text = clause.text;
  const at = text.indexOf('分别');
  if (tokens.length < 2 || tokens.some((t) => t.start - clause.start < at)) return;
  const list = text.slice(0, at);
  let items = listMembers(list, withOtherResult(list, withoutQualifiers(list, itemsIn(list, RESPECTIVE_ITEM))));
  if (items?.length !== tokens.length) items = listMembers(list, itemsIn(list, RESPECTIVE_DOC_ROW));
  if (items?.length !== tokens.length) return;
  const head = list.slice(0, items[0]![0]);
  const tail = list.slice(items[items.length - 1]![1]);
  tokens.forEach((token, k) => {
    const p = itemPending(clause, items[k]!, token, head, tail, '', st, ctx);
    if (!p) return;
    run.pending.push(p);
    own.push(p);
  });
}

/** Years listed before 分别 (2023年、2024年, 2023年和2024年度): nothing else between them. */
const YEAR_LIST = /(?:^|[^\d])((?:\d{4}\s*年度?\s*(?:[、和与及]\s*))+\d{4}\s*年度?)/;
const YEAR_IN_LIST = /\d{4}(?=\s*年)/g;

/**
 * `2023年、2024年分别收到申请150件、178件`: years listed before 分别, each taking the figure of its place after it; the
 * report's year's figure is read with the words between 分别 and the first figure (收到申请), as a clause of that year
 * alone. False (nothing read) unless the years and the figures are as many and the report's year is among them.
 */
function yearsRespectively(clause: Clause, tokens: readonly NumberToken[], st: State, ctx: SentenceContext, run: SentenceRun, own: Pending[]): boolean {
  const text = clause.text;
  const at = text.indexOf('分别');
  if (ctx.reportYear === undefined || tokens.length < 2 || tokens.some((t) => t.start - clause.start < at)) return false;
  const m = YEAR_LIST.exec(text.slice(0, at));
  if (!m || text.slice(m.index + m[0].length, at).trim() !== '') return false;
  const listStart = m.index + m[0].length - m[1]!.length;
  const years = [...m[1]!.matchAll(YEAR_IN_LIST)].map((y) => ({ year: Number(y[0]), start: listStart + y.index }));
  const k = years.findIndex((y) => y.year === ctx.reportYear);
  if (years.length !== tokens.length || k < 0) return false;
  // The words from the report's year to its figure, with what is not of that year blanked (the years after it in the
  // list, 分别, the figures before its own): 2024年      收到政府信息公开申请      178件.
  const a = years[k]!.start;
  const token = tokens[k]!;
  const yearEnd = a + /^\d{4}\s*年度?/.exec(text.slice(a))![0].length;
  const chars = [...text.slice(a, token.end - clause.start)];
  const blank = (from: number, to: number) => {
    for (let i = Math.max(from, a); i < to; i++) chars[i - a] = ' ';
  };
  blank(yearEnd, at + 2);
  for (const t of tokens.slice(0, k)) blank(t.start - clause.start, t.end - clause.start + 1);
  const words = chars.join('');
  const seg: Segment = { start: clause.start + a, text: words, token, pre: `${text.slice(0, listStart)}${words.slice(0, token.start - clause.start - a)}`, post: '' };
  const otherYear = st.otherYear;
  st.otherYear = false;
  const d = decide(seg, st, ctx, undefined, undefined);
  st.otherYear = otherYear;
  if (d && d !== 'lapsed') {
    const p: Pending = { quantity: d.quantity, admissible: [...(d.admissible ?? [d.quantity])], token, segment: seg, words: [RESPECTIVE_ITEM, ...d.words], domain: d.domain };
    run.pending.push(p);
    own.push(p);
  }
  return true;
}

/**
 * One item of a list (`[a, b)` in the clause) read with a figure it takes (`分别` pairs them, `均为` shares one):
 * the words before the list (`head`) and after it (`tail`) go with each item, as if it stood alone before its figure.
 */
function itemPending(clause: Clause, [a, b]: [number, number], token: NumberToken, head: string, tail: string, post: string, st: State, ctx: SentenceContext): Pending | undefined {
  const text = clause.text;
  const tokenStart = token.start - clause.start;
  const seg: Segment = {
    start: clause.start + a,
    text: text.slice(a, b) + ' '.repeat(tokenStart - b) + text.slice(tokenStart, token.end - clause.start),
    token,
    pre: `${head}${text.slice(a, b)}${tail}`,
    post,
  };
  const d = decide(seg, st, ctx, undefined, undefined);
  if (!d || d === 'lapsed') return undefined;
  return { quantity: d.quantity, admissible: [...(d.admissible ?? [d.quantity])], token, segment: seg, words: [RESPECTIVE_ITEM, ...d.words], domain: d.domain };
}

/** 均为, 都是, 全部为 right before a clause's one figure (…均为0件): the figure is each item's. */
const EACH_BEFORE = /(?:均|都|皆|全部|全都)(?:为|是)\s*[0-9零〇]/;
/** 为 0 or 为零 right before a clause's figure: a 0 said of several items is each one's, with 均 or without. */
const ZERO_BEFORE = /(?:为|是)\s*(?:0(?![\d.])|[零〇])/;
/** Between the list's last item and 均为: a noun the items share (决定, 案件, 事项), and 数量 or 数. */
const EACH_NOUN = /^\s*(?:(?:的|决定|案件|事项|文件|申请|数量|件数|数)+\s*)?(?:均|都|皆|全部|全都)(?:为|是)\s*$/;
/** The same before a 0 or a word of none (均为零, 均无, 数量为0): 均 and 为 may go unsaid. */
const EACH_NOUN_ZERO = /^\s*(?:(?:的|决定|案件|事项|文件|申请|数量|件数|数)+\s*)?(?:(?:均|都|皆|全部|全都)\s*)?(?:(?:为|是)\s*)?$/;
/** A word of none closing a clause (均为零, 均无, 都没有), after items listed: group 1 the word. */
const NONE_OF_EACH = /(零件?|〇件?|无|没有)$/;

/** A count of 0 standing where a word of none (`零`, `无`) closes a clause at `at`, so that a list before it reads as before `0件`. */
function noneToken(clause: Clause, at: number): NumberToken {
  const end = clause.start + withoutStop(clause.text).length;
  return { start: clause.start + at, end, numberEnd: end, value: 0, unit: '件', decimals: 0 };
}
/** Between two items of the list: a 、, 和, 与, 及 or 以及, and a noun each item may carry (行政许可决定、行政处罚决定). */
const EACH_SEPARATOR = /^\s*(?:(?:决定|案件|事项)\s*)?(?:[、和与及]|以及)\s*$/;

/**
 * `行政许可、行政处罚、行政强制均为0件`, `制发规章、行政规范性文件均为0件`: two items or more, listed right
 * before 均为 and the clause's one figure, each take the figure, as a `分别` list takes its figures one by one.
 * Nothing is read (false) unless the list is items and separators alone (not 行政许可、行政处罚等均为0件).
 */
function eachOf(clause: Clause, token: NumberToken, st: State, ctx: SentenceContext, run: SentenceRun, own: Pending[], zero = false): boolean {
  const text = clause.text;
  const tokenStart = token.start - clause.start;
  const list = text.slice(0, tokenStart);
  // Two items or more, nothing but separators between them.
  const listed = (xs: [number, number][]) => xs.length >= 2 && xs.every(([, b], k) => k + 1 === xs.length || EACH_SEPARATOR.test(list.slice(b, xs[k + 1]![0])));
  let items = withoutQualifiers(list, itemsIn(list, RESPECTIVE_ITEM));
  if (!listed(items)) items = itemsIn(list, RESPECTIVE_DOC_ROW);
  if (!listed(items)) return false;
  if (!(zero ? EACH_NOUN_ZERO : EACH_NOUN).test(list.slice(items[items.length - 1]![1]))) return false;
  const head = list.slice(0, items[0]![0]);
  const tail = list.slice(items[items.length - 1]![1]);
  const post = text.slice(token.end - clause.start);
  const found: Pending[] = [];
  for (const item of items) {
    const p = itemPending(clause, item, token, head, tail, post, st, ctx);
    if (p) found.push(p);
  }
  // The items must all be read, and as different quantities: else the list is not one of the tables' items.
  if (found.length !== items.length || new Set(found.map((p) => p.quantity)).size !== found.length) return false;
  // None of the reviews and lawsuits is one statement of both (reviewAndSuits, as 行政复议、行政诉讼为0件 reads): one finding.
  if (zero && found.length === 2 && found.some((p) => p.quantity === 'review') && found.some((p) => p.quantity === 'suits')) {
    const [first] = found;
    found.splice(0, 2, { ...first!, quantity: 'reviewAndSuits', admissible: ['reviewAndSuits'] });
  }
  for (const p of found) {
    run.pending.push(p);
    own.push(p);
  }
  return true;
}

/**
 * `收到政府信息公开申请（178件）`: a parenthesis holding nothing but a figure gives the figure of the
 * words before it. Read as if the figure stood in their place.
 */
function bareFigure(clause: Clause, paren: Clause['parens'][number], st: State, ctx: SentenceContext, run: SentenceRun, own: Pending[]): boolean {
  if (paren.clauses.length !== 1) return false;
  const inner = paren.clauses[0]!;
  const tokens = numberTokens(inner.text, inner.start);
  if (tokens.length !== 1) return false;
  const token = tokens[0]!;
  const around = inner.text.slice(0, token.start - inner.start) + inner.text.slice(token.end - inner.start);
  if (!/^[\s共计约为]*$/.test(around)) return false;
  const pre = clause.text.slice(0, paren.start - clause.start);
  const seg: Segment = {
    start: clause.start,
    text: `${pre}${' '.repeat(token.start - paren.start)}${inner.text.slice(token.start - inner.start)})`,
    token,
    pre,
    post: '',
  };
  const d = decide(seg, st, ctx, undefined, undefined);
  if (!d || d === 'lapsed') return true;
  const p: Pending = { quantity: d.quantity, admissible: [...(d.admissible ?? [d.quantity])], token, segment: seg, words: [...d.words, /\)$/], domain: d.domain };
  run.pending.push(p);
  own.push(p);
  return true;
}

/** 含上年结转 / 其中上年结转 after a received total: the total includes last year's carry-over. */
function includeCarried(head: Pending, explicit: boolean): void {
  if (head.quantity !== 'new') return;
  if (explicit) {
    head.quantity = 'newPlusCarried';
    head.admissible = ['newPlusCarried'];
  } else if (!head.admissible.includes('newPlusCarried')) {
    head.admissible.push('newPlusCarried');
  }
}

function carriedStated(seg: Segment, st: State, run: SentenceRun): void {
  st.carriedSeen = true;
  // 收到申请292件（不含上年结转14件）: the total is the year's new requests alone, as read.
  if (st.parentExcludes) return;
  const prefix = seg.pre.trim();
  // 收到申请51件，加上上年结转2件，共办理53件: the count before was of the new requests alone.
  if (st.parent === undefined && /^(?:加上|加|连同|外加|另有|另)/.test(prefix)) return;
  const inclusion = /^(?:其中|含|包含|包括)/.test(prefix) || (st.parent !== undefined && st.parentIncludes);
  const head = st.parent ?? (L.CARRIED_PART_OF.test(prefix) ? run.lastTotal : undefined);
  if (head && head.domain === 'requests') includeCarried(head, inclusion);
}

/** Without a title year or a statistical period: the year the prose names most often. */
function commonestYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  const re = /(?:^|[^\d])((?:19|20)\d{2})\s*年/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | undefined;
  let most = 0;
  for (const [y, n] of counts) {
    if (n > most || (n === most && best !== undefined && y > best)) {
      best = y;
      most = n;
    }
  }
  return best;
}

/** The sentence cache's entry for a sentence that makes no claim in any context (never written to). */
const NO_CLAIM = new Map<string, readonly SentenceClaim[]>();

/**
 * What every claim needs: a figure followed by its unit (as `numberTokens` reads them), a negation (a
 * zero statement), a bare zero (均为零, 为0) or a word of having dealt with requests (均已办结, which says
 * none was carried over).
 * Sentences without any are not read at all. (The specification of `mayClaim`, which is what the
 * analysis runs.)
 */
export const MAY_CLAIM = /[0-9〇零一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟]\s*(?:[万亿]\s*)?(?:[多余来]\s*)?(?:件|条|份|次|个|起|宗|例|元)|未|没有|无|不存在|办结|答复|办理完毕|处理完毕|维持|零(?:败诉|纠错|被纠错|被纠正|(?:行政)?(?:复议|诉讼)|(?:政府信息公开|依申请公开|信息公开|公开)?申请)|为\s*[零0]|(?:均|全部|都|皆)(?:为|是|来自|系|由)|审结|结案|申请\s*(?:(?:共计?|合计|总计|计)\s*)?[0-9〇零一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟]+\s*项|[0-9〇零一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟]\s*项\s?(?:(?:政府信息公开|依申请公开|信息公开|公开)?申请(?!人)|依申请公开(?![的政信]))/;

/**
 * A negation or a word of having dealt with requests, of MAY_CLAIM's alternatives: any one anywhere makes a sentence
 * one that may claim.
 */
const NEGATION_OR_DEALT = /未|无|没有|不存在|办结|答复|办理完毕|处理完毕|维持|零(?:败诉|纠错|被纠错|被纠正|(?:行政)?(?:复议|诉讼)|(?:政府信息公开|依申请公开|信息公开|公开)?申请)|为\s*[零0]|(?:均|全部|都|皆)(?:为|是|来自|系|由)|审结|结案/;
/** The units a figure before one makes a claim with (项 only after 申请), each one code unit: `mayClaim` looks back from each. */
const UNITS = /[件条份次个起宗例元项]/g;
const NUMERALS = '0123456789〇零一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟';

/** The first code unit before `i` that is not white space (as `\s` means it), or -1. */
function skipBack(s: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isWhiteSpace(s.charCodeAt(j))) j--;
  return j;
}

/**
 * `MAY_CLAIM.test(sentence)`, faster: the negations and words of dealing with requests are one pattern, run once,
 * and the units another, each of which runs through prose in about a quarter of the time the two take as one
 * alternation. From each unit it looks back over `\s*`, an optional `多/余/来`, to a numeral (`万` and `亿`, the
 * pattern's optional scale, are numerals themselves). Checked against the pattern by a property test.
 */
export function mayClaim(sentence: string): boolean {
  return NEGATION_OR_DEALT.test(sentence) || unitClaimFrom(sentence, 0) !== Infinity;
}

const NEGATION_OR_DEALT_G = new RegExp(NEGATION_OR_DEALT.source, 'g');

/** Where the first match of NEGATION_OR_DEALT at or after `from` in `text` begins, or Infinity. */
function negationFrom(text: string, from: number): number {
  NEGATION_OR_DEALT_G.lastIndex = from;
  return NEGATION_OR_DEALT_G.exec(text)?.index ?? Infinity;
}

/** Where the first unit at or after `from` in `text` stands after a figure (as `mayClaim` asks), or Infinity. */
function unitClaimFrom(text: string, from: number): number {
  UNITS.lastIndex = from;
  // test, not exec: the unit is the code unit before lastIndex, and no match array is made for each.
  while (UNITS.test(text)) {
    const at = UNITS.lastIndex - 1;
    // 申请3项: a figure, and 申请 before it (or the requests named after it: 3项依申请公开).
    if (text[at] === '项') {
      if (itemsOfRequests(text, at)) return at;
      continue;
    }
    let j = skipBack(text, at);
    if (j >= 0 && '多余来'.includes(text[j]!)) j = skipBack(text, j);
    if (j >= 0 && NUMERALS.includes(text[j]!)) return at;
  }
  return Infinity;
}

/** The sentence cache's entry for a sentence: by context, filled as contexts come (NO_CLAIM when it cannot claim). */
const claimsByContext = (sentence: string): Map<string, readonly SentenceClaim[]> => (mayClaim(sentence) ? new Map() : NO_CLAIM);

/** A sentence of a paragraph that may make a claim: where it is in the paragraph, and its entry in the sentence cache. */
export interface ClaimingSentence {
  readonly start: number;
  readonly end: number;
  readonly byContext: Map<string, readonly SentenceClaim[]>;
  /**
   * The sentence before it in the paragraph when that one counts disclosure requests (`countsRequests`)
   * and this one only says what became of them (`followsUp`): whether it speaks of those requests then
   * depends on the report's year alone (`ofReportYear`).
   */
  readonly previous?: string;
  /**
   * The sentence before it in the paragraph when this one opens with 其中 (its figures are parts of that one's):
   * whether that one speaks of another year or a wider body (`otherFrame`) depends on the report's year and owner.
   */
  readonly whole?: string;
}

/** A sentence that breaks down the figure the sentence before it ends with (其中，予以公开59件…). */
const BREAKDOWN_SENTENCE = /^\s*其中/;

/**
 * The sentence speaks of another year than the report's (2023年共收到申请7件) or of a wider body (全区各部门共收到申请
 * 130件): a sentence that breaks its figure down (其中，予以公开59件) is of that year or body too.
 */
function otherFrame(sentence: string, reportYear: number | undefined, owner: string | undefined, narrower: boolean): boolean {
  return (reportYear !== undefined && !ofReportYear(sentence, reportYear)) || L.widerBody(sentence, owner, narrower);
}

/**
 * A sentence that counts the disclosure requests received or dealt with, of nothing else: no case, no other
 * kind of count, no carry-over or remainder (what 已全部办结 after it would be said of), no part of the year. Whose
 * requests they are (the report's own body or a wider one: 全县 in a department's report) depends on the report's
 * owner and is asked where the sentence is taken up (`countedOwn`), as its year is.
 */
function countsRequests(sentence: string): boolean {
  // Every alternative of REQUESTS_NAMED holds 申请: most sentences lack it, and are done with one search.
  if (!sentence.includes('申请')) return false;
  if (
    !REQUESTS_NAMED.test(sentence) ||
    !(L.RECEIVED.test(sentence) || L.HANDLED.test(sentence)) ||
    L.REVIEW.test(sentence) || L.SUIT.test(sentence) || L.OTHER_DOMAIN.test(sentence)
  ) return false;
  // 收到申请22件，加上上年结转的1件，共需办理23件: the carry-over taken into the total the sentence ends with is
  // no subject of its own; what follows speaks of the total.
  const counted = sentence.replace(CARRIED_INTO_TOTAL, '');
  return !L.ALL_CLOSED_SCOPED.test(counted) && !L.LAST_YEAR.test(withoutComparisons(counted)) && !(MONTH.test(sentence) && !WHOLE_YEAR.test(sentence)) && !partOfYear(sentence);
}

/**
 * Last year's carry-over counted into the total that ends the sentence (加上上年结转的1件，共需办理23件; 上年结转5件，
 * 共计183件): the total is every request of the year, carry-over included.
 */
const CARRIED_INTO_TOTAL = /(?:加上|连同|及|和|另有)?上一?年度?(?:的)?结转(?:的)?(?:申请)?\s*[0-9]+\s*件\s*[,，]\s*(?:共|合计|总计|共计|累计)(?:需要?)?(?:办理|处理)?(?:政府信息公开|依申请公开)?(?:申请)?\s*[0-9]+\s*件\s*(?:[。.]\s*)?$/;

/**
 * What last year is named with in a comparison, with the figure it gives for last year (比上年（38件）, 较上年的57件,
 * 与2023年相比): the sentence still counts this year's requests.
 */
const COMPARED_WITH = /(?:与|和|同|比|较)\s*(?:上一?年度?|去年|\d{4}\s*年度?)(?:同期)?(?:\s*[（(][^（()）]{0,16}[）)]|的?\s*[0-9,，.]{1,12}\s*件)?/g;

export function withoutComparisons(sentence: string): string {
  return sentence.replace(COMPARED_WITH, ' ');
}

/** The previous sentence counts the report year's requests: every year it names is the report's (but a year compared with). */
export function ofReportYear(sentence: string, reportYear: number | undefined): boolean {
  const years = /(?:^|[^\d〔\[])(\d{4})\s*年/g;
  const counted = withoutComparisons(sentence);
  for (let m = years.exec(counted); m; m = years.exec(counted)) if (Number(m[1]) !== reportYear) return false;
  return true;
}

/** The numbers of a list's items, one a line joined after the requests received ((一)予以公开99件;(二)部分公开14件。), folded. */
const ITEM_NUMBERS = /(?:^|[;；])\s*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[①-⑳])/g;

/** Words a sentence that follows the requests may hold besides the table's: what it points back with, a rate. */
const FOLLOW_UP_WORDS = /上述|以上|前述|所有|这些|率|达到|达|已经/g;

/**
 * A sentence that says only what became of requests, with no subject of its own (已全部办结, 办结173件，结转下年度5件,
 * 均已按时答复): every word is one the tables know, and none names another domain (复议, 信访事项, 建议提案, 热线).
 */
const CJK_FIGURE_G = /[〇零一二两三四五六七八九十百千万]{1,12}(?=\s?[件条份宗起])/g;

export function followsUp(sentence: string): boolean {
  const own = domainOf(sentence);
  if (own !== undefined && own !== 'requests') return false;
  if (L.REVIEW.test(sentence) || L.SUIT.test(sentence)) return false;
  // A figure in Chinese numerals (予以公开九十九件) is a figure as digits are, which unknownWordsLeft leaves out.
  return !unknownWordsLeft(sentence.replace(FOLLOW_UP_WORDS, ' ').replace(ITEM_NUMBERS, ' ').replace(CJK_FIGURE_G, ' ').replace(/[,，、:：;；。.!！?？\s]/g, ''));
}

/** The paragraph cache's entry: its sentences that may claim (forEachSentence's split), each looked up in `sentences`. */
function claimingSentences(paragraph: string, sentences: Memo<Map<string, readonly SentenceClaim[]>>): readonly ClaimingSentence[] {
  const out: ClaimingSentence[] = [];
  let previous: string | undefined;
  let before: string | undefined;
  for (let s = 0, i = 0; s <= paragraph.length; s = i + 1) {
    i = sentenceEnd(paragraph, s);
    const sentence = paragraph.slice(s, i);
    const byContext = sentences.get(sentence, claimsByContext);
    if (byContext !== NO_CLAIM) {
      const whole = before !== undefined && BREAKDOWN_SENTENCE.test(sentence) ? before : undefined;
      const follows = previous !== undefined && followsUp(sentence) ? previous : undefined;
      out.push({ start: s, end: i, byContext, ...(follows === undefined ? {} : { previous: follows }), ...(whole === undefined ? {} : { whole }) });
    }
    previous = countsRequests(sentence) ? sentence : undefined;
    before = sentence;
  }
  return out;
}

/** What a paragraph (the line a sentence begins in) and its subsection title say about the sentence's subject. */
interface LineContext {
  readonly part: number;
  readonly gis: boolean;
  readonly requests: boolean;
  /** A sub-heading of part 一 about review and lawsuits (（三）复议诉讼): in a disclosure report, the disclosure cases. */
  readonly cases: boolean;
  /**
   * Under part 一's sub-heading 监督保障: the format's topic of the oversight of disclosure work (F2021 (一)),
   * so review and lawsuits counted there are the disclosure cases unless the sentence speaks of more.
   */
  readonly oversight: boolean;
  /** The paragraph names a narrower part of a government as its own (县政府本级, 本机关, 代表): see L.otherScope. */
  readonly narrower: boolean;
  /** The four facts and the report's year as one key: what a remembered sentence's claims are kept under. */
  readonly key: string;
}

/**
 * Words of a body's cases of every kind, not its disclosure cases alone: the law-based administration
 * they report on (依法行政, 法治政府, 行政应诉, 行政执法), a wider body or every kind (全局, 各类, 所有).
 * Part 一's other paragraphs that count review or lawsuits without naming disclosure are not read at all:
 * 总体情况 often reports the body's cases of every kind.
 */
export const CASES_OF_ALL_WORK = /依法行政|法治|应诉|执法|全[局委厅市县区镇]|全系统|各类|所有|各级/;

/**
 * A sentence of part 一 that opens with the topic 监督保障 run into the prose, as a paragraph of the five topics
 * writes them (`监督保障方面，全年…`, `（五）监督保障：…`, `五是健全监督保障，…`): read as under that sub-heading.
 */
const RUN_IN_OVERSIGHT = /^\s*(?:(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十\d]{1,2}[、.．]|[一二三四五六七八九十]是)\s*)?(?:在|强化|加强|健全|完善|落实|做好|抓好|注重)?(?:政府信息公开|政务公开)?(?:工作)?监督保障(?:工作)?(?:方面|上)?\s*[，,:：]/;

const NO_CLAIMS: readonly SentenceClaim[] = Object.freeze([]);

/** The claims of `sentence` read afresh in its line's context. */
function readSentence(sentence: string, where: LineContext, reportYear: number | undefined, owner: string | undefined, afterRequests: boolean, partsOfOther = false): readonly SentenceClaim[] {
  const own = L.GIS.test(sentence);
  // Table 三's own words name the topic as well as 信息公开 does (全年予以公开的申请共90件, 结转下年度继续办理3件): the
  // requests' topic, not the cases' (caseGate asks for the disclosure itself).
  // So does a list of the requests' outcomes or applicants, each counted (从办理结果看，予以公开89件，部分公开14件，
  // 不予公开12件…): the sentence is about the requests, 申请 said or not.
  const listed = L.listsOwnRequests(sentence);
  // A sentence that only says what became of the disclosure requests the sentence before counted speaks of them, where
  // its own line does not name disclosure too: a list's items one a line, joined after 收到政府信息公开申请178件。
  const gis = where.gis || own || listed || afterRequests || (!L.OTHER_DOMAIN.test(sentence) && (L.TABLE_THREE_WORDS.test(sentence) || (L.BARE_REQUEST.test(sentence) && L.TABLE_THREE_OUTCOME.test(sentence))));
  // The topic 监督保障 run into part 一's prose (`监督保障方面，…`, `五是健全监督保障，…`) as its sub-heading is set apart.
  const oversight = where.oversight || (where.part === 1 && RUN_IN_OVERSIGHT.test(sentence));
  // 坚持依法行政，办理各类行政复议案件36件，行政应诉案件12件 beside the disclosure cases in one paragraph: a
  // sentence that names no disclosure itself and speaks of all the body's cases takes no disclosure from its paragraph.
  // In part 四 too, a sentence of all the body's cases (全年办理行政复议案件36件，行政应诉案件12件) speaks of more than disclosure's.
  const caseGate = own || where.cases || ((where.part === 4 || where.gis || oversight) && !CASES_OF_ALL_WORK.test(sentence)) || L.DISCLOSURE_CAUSE.test(sentence);
  // Outside disclosure and the cases, only table 二's figures and statements can be claims, and each is read
  // from its own words: a sentence without them claims nothing (a third of those read: 召开会议3次, 无…).
  if (!gis && !caseGate && !L.TABLE_TWO_WORDS.test(sentence)) return NO_CLAIMS;
  const sentenceNoRules = sentence.includes('规章制度') ? sentence.replace(/规章制度/g, '') : sentence;
  return sentenceClaims({
    sentence,
    gis,
    caseGate,
    // A row label only table 三 has (本机关不掌握相关政府信息, 结转下年度继续办理) names the requests as 申请 does.
    requestContext: where.requests || listed || sentence.includes('申请') || L.TABLE_THREE_WORDS.test(sentence),
    normative: sentenceNoRules.includes('规范性文件'),
    regulation: sentenceNoRules.includes('规章'),
    reportYear,
    owner,
    narrowerOwn: where.narrower,
    afterRequests,
    partsOfOther,
  });
}

/**
 * Whether a sentence is read as following the requests counted in `previous` (the sentence before it, in a paragraph
 * naming a narrower own part or not: `narrower`). Whether that one counts requests is asked here, for the sentences
 * that may claim, not of every sentence as it passes.
 */
function afterRequestsOf(sentence: string, previous: string | undefined, reportYear: number | undefined, owner: string | undefined, narrower: boolean): boolean {
  return previous !== undefined && countsRequests(previous) && countedOwn(previous, reportYear, owner, narrower) && followsUp(sentence);
}

/**
 * Whether the requests a sentence counts (`countsRequests`) are the report's own: of its year and of its body, not a
 * wider one (L.widerBody: 全县各部门共收到…; 全县 in a department's report, not in the county's own unless the
 * paragraph, `narrower`, names a narrower own part).
 */
export function countedOwn(counted: string, reportYear: number | undefined, owner: string | undefined, narrower: boolean): boolean {
  return ofReportYear(counted, reportYear) && !L.widerBody(counted, owner, narrower);
}

/**
 * A claim as read from its sentence, with offsets from the sentence's start instead of ranges: what
 * a sentence says does not depend on where it stands, so this is what the analysis cache keeps.
 */
export interface SentenceClaim extends Pick<RawClaim, 'quantity' | 'admissible' | 'value' | 'alternatives' | 'unit' | 'decimals' | 'zero'> {
  /** The claim's words and its number, as offsets in the sentence (`range`, `numberRange`). */
  readonly start: number;
  readonly end: number;
  readonly numberStart: number;
  readonly numberEnd: number;
  /**
   * Stretches within the claim's words that are other claims' (分别: `部分公开分别为99件、15件` for 部分公开's 15件), as
   * pairs of offsets in the sentence: its quotation leaves them out (`部分公开……15件`). Empty for most claims.
   */
  readonly gaps: readonly number[];
}

const NONE: ReadonlySet<Pending> = new Set();
/** A claim's words without gaps (most claims): one array for all. */
const NO_GAPS: readonly number[] = Object.freeze([]);

/**
 * The stretches of the sentence between `a` and `b` that a list item's segment blanked (the other items and their
 * figures, 分别 and the words after it): where the segment has a blank and the sentence has none. Pairs of offsets.
 */
function blankedStretches(seg: Segment, sentence: string, a: number, b: number): readonly number[] {
  let gaps: number[] | undefined;
  let open = -1;
  const to = Math.min(b, seg.start + seg.text.length);
  for (let i = Math.max(a, seg.start); i <= to; i++) {
    const blanked = i < to && seg.text.charCodeAt(i - seg.start) === 32 && !isWhiteSpace(sentence.charCodeAt(i));
    if (blanked && open < 0) open = i;
    else if (!blanked && open >= 0) {
      (gaps ??= []).push(open, i);
      open = -1;
    }
  }
  return gaps ?? NO_GAPS;
}

/** A document count said of the body that issued or holds them: 以县政府名义制发3件, 县政府办公室制发2件, 市政府办公室现行有效54件, 镇本级制发2件. */
const ISSUER = /以[^,，;；]{1,20}名义|(?:(?:政府|办公室|办公厅|办|局|委)(?:机关)?(?:本级)?|(?:镇|乡|街道)本级)(?:共|新|累计)?(?:制定|制发|印发|出台|发布|废止|清理|现行有效)/;
/** A request count said of the body that received them: 区政府办公室收到申请20件, 区自然资源局受理50件, 镇党政办收到2件, 县政府本级收到120件. */
const RECEIVER = /(?:政府|办公室|办公厅|(?<!公|审|督|受理)办|局|委员会|委|中心|街道|镇|乡)(?:机关)?(?:本级)?(?:共|全年|本年度|累计)?(?:收到|受理|接收|新收|接到)/;
/** The body a request count is said of (镇党政办收到申请2件), when the clause names one. */
const RECEIVER_BODY = /([\u3400-\u9fff]{1,12}?(?:政府|办公室|办公厅|(?<!公|审|督|受理)办|局|委员会|委|中心|街道|镇|乡))(?:机关)?(?:本级)?(?:共|全年|本年度|累计)?(?:收到|受理|接收|新收|接到)/;

/** The body a document count is said of (以县政府名义制发3件, 县政府办公室制发2件), when the clause names one. */
const IN_THE_NAME_OF = /以([^,，;；]{1,20})名义/;
const ISSUER_BODY = /([\u3400-\u9fff]{1,12}?(?:政府|办公室|办公厅|办|局|委))(?:机关)?(?:本级)?(?:共|新|累计)?(?:制定|制发|印发|出台|发布|废止|清理|现行有效)/;

/**
 * The document or request counts given body by body so far, after `p`: one more when `p` is said of a body that
 * is the report's own (known from its title) and counts what the parts before it counted; else none, or `p` the first.
 */
function ownPart(p: Pending, parts: BodyParts | undefined, owner: string | undefined): BodyParts | undefined {
  const named = p.domain === 'docs' ? IN_THE_NAME_OF.exec(p.segment.pre) ?? ISSUER_BODY.exec(p.segment.pre) : RECEIVER_BODY.exec(p.segment.pre);
  const body = named?.[1];
  // 县政府和县教育局共制发…: a part of several bodies may be of another's.
  if (!body || owner === undefined || /[和与及]/.test(body) || !L.sameBody(body, owner)) return undefined;
  return parts && parts.quantity === p.quantity ? { quantity: p.quantity, count: parts.count + 1 } : { quantity: p.quantity, count: 1 };
}

/** A count the clause says of a named body (an issuer of documents, a receiver of requests). */
function ofNamedBody(p: Pending): boolean {
  return (p.domain === 'docs' && ISSUER.test(p.segment.pre)) || (p.domain === 'requests' && RECEIVER.test(p.segment.pre));
}

/**
 * The counts of a sentence that give a figure body by body (县政府制发3件，县政府办公室制发2件; 区政府办公室
 * 收到申请20件，区自然资源局收到申请50件): each is a part of the table's figure, which counts every body the
 * report covers. A count named so when it is the only one of its kind is the figure itself.
 */
function byBody(pending: readonly Pending[], bodies: number, others: ReadonlySet<Domain>, sentence: string): ReadonlySet<Pending> {
  // Most sentences count no documents or requests: nothing to make for them.
  if (!pending.some((p) => p.domain === 'docs' || p.domain === 'requests')) return NONE;
  const named = pending.filter(ofNamedBody);
  // Several bodies named at the heads of the sentence's clauses, some of them others than the report's
  // (whose counts are not read at all): the count of the one left is a part too.
  if (bodies > 1) return new Set(named);
  const perQuantity = new Map<Quantity, number>();
  for (const p of named) perQuantity.set(p.quantity, (perQuantity.get(p.quantity) ?? 0) + 1);
  // 镇政府收到申请3件，县自然资源局收到申请2件: beside another body's count of the same, one body's part too.
  // 县政府办公室收到申请58件，占全县的32.6%: a body's count given as its share of a wider whole is one part of it.
  const shares = sentence.includes('占');
  return new Set(named.filter((p) => perQuantity.get(p.quantity)! > 1 || others.has(p.domain) || (shares && shareOfWider(sentence, p.token.end))));
}

/** After a count: its share of a wider or another whole (，占全县的32.6%; ，约占全市总量的三成; ，占县直各部门收到申请的…). */
const SHARE_OF = /^[^,，;；。]{0,4}?[,，]\s*(?:约|仅|只)?占(?:到|了)?([^,，;；。\d%％]{1,16})/;

/** Whether the count ending at `end` is followed by its share of a whole wider than the report's own body. */
function shareOfWider(sentence: string, end: number): boolean {
  const m = SHARE_OF.exec(sentence.slice(end, end + 30));
  return m !== null && L.OTHER_SCOPE.test(m[1]!);
}

/**
 * 其中 and, within a few words, disclosure named (其中涉及政府信息公开的, 其中因政府信息公开引起的, 其中政府信息公开类);
 * or disclosure denied of the cases before (均为行政处罚类，无政府信息公开类复议; 均不涉及政府信息公开; 与信息公开无关).
 */
const DISCLOSURE_BREAKDOWN = /其中[^,，;；。]{0,12}?(?:信息公开|依申请)|(?:不涉及|未涉及|均非|并非|不属于|无|没有)[^,，;；。]{0,4}?(?:政府)?信息公开|与(?:政府)?信息公开无关/g;

/** Where the last breakdown naming disclosure, or denial of it, begins in `sentence`, or -1. */
function lastDisclosureBreakdown(sentence: string): number {
  let at = -1;
  DISCLOSURE_BREAKDOWN.lastIndex = 0;
  for (let m = DISCLOSURE_BREAKDOWN.exec(sentence); m; m = DISCLOSURE_BREAKDOWN.exec(sentence)) at = m.index;
  return at;
}

/** A sentence's state before its first clause. */
function newState(otherScope: boolean, afterRequests: boolean): State {
  return {
    otherYear: false,
    otherScope,
    breakdown: false,
    domain: afterRequests ? 'requests' : undefined,
    otherRequests: false,
    docRow: undefined,
    docColumn: undefined,
    caseGroup: undefined,
    caseResults: false,
    caseResultKinds: 0,
    caseTopic: false,
    carriedSeen: false,
    orgColumnSeen: false,
    applicantKinds: 0,
    changed: undefined,
    reviewNamed: false,
    suitsNamed: false,
    suitKinds: 0,
    breakdownOf: undefined,
    asReviewBody: false,
    bodies: 0,
    otherBody: false,
    otherBodyCounts: new Set(),
    anyCaseResult: false,
    partsSeen: false,
    yearParts: false,
    partsOf: undefined,
    partSum: 0,
    partMax: 0,
    newFrame: false,
    newSeen: false,
    requestTopic: false,
    disclosureClasses: false,
    publishedItems: false,
    waived: false,
    outcomeSeen: false,
    outcomeGroups: 0,
    outcomeCounts: [],
    lastCount: undefined,
    handledLast: false,
    applicantFrame: false,
    channelFrame: false,
    carriedFrame: false,
    newAloneFrame: false,
    resultFrame: false,
    issuedAll: false,
    applicantLead: undefined,
    includesCarried: false,
    docParts: undefined,
    requestParts: undefined,
    parent: undefined,
    parentIncludes: false,
    parentExcludes: false,
  };
}

/** The state of a parenthesis's clauses: a breakdown of `parent` (the figure it explains), inside the state around it. */
function innerState(st: State, parent: Pending | undefined, parentIncludes: boolean, parentExcludes: boolean, domain: Domain | undefined): State {
  return { ...st, breakdown: true, parent, parentIncludes, parentExcludes, domain };
}

/** The state as if the clauses spoke of the report's year and body (what a figure of another's would be of the office). */
function ownState(st: State): State {
  return { ...st, otherScope: false, otherYear: false };
}

// One state of each shape kept alive, so that their hidden classes (a spread's copy of the literal's, held weakly) outlive
// a full collection: updateScope, optimised for them, was thrown away at each (see keepShape). processClauses and
// decideRequests still are, for some other object their code holds weakly, not found yet.
keepShape(innerState(newState(false, false), undefined, false, false, undefined));
keepShape(ownState(newState(false, false)));

/** The claims of one sentence (zero statements first, then figures, in reading order). */
function sentenceClaims(ctx: SentenceContext): SentenceClaim[] {
  const st = newState(ctx.partsOfOther, ctx.afterRequests);
  const run: SentenceRun = { pending: [], lastTotal: undefined, zeros: [], lapsed: new Map(), wider: [] };
  processClauses(splitClauses(ctx.sentence, 0), st, ctx, run);
  // Counts given body by body are parts of the figure, each of its own body: found before anything compares them.
  const parts = byBody(run.pending, st.bodies, st.otherBodyCounts, ctx.sentence);
  // 共受理申请59件，结转上年后新收到申请47件: a received total followed by a smaller count of new requests
  // in the same sentence includes last year's carry-over.
  // (From the end, with the least of the later counts: a sentence may hold thousands of them.)
  let leastLater = Infinity;
  for (let i = run.pending.length - 1; i >= 0; i--) {
    const p = run.pending[i]!;
    // Not one body's count before a smaller one of another's (县政府收到申请100件，县政府办公室收到申请78件).
    if (p.quantity !== 'new' || parts.has(p)) continue;
    const value = p.token.value;
    if (leastLater < value) {
      p.quantity = 'newPlusCarried';
      p.admissible = ['newPlusCarried', 'new'];
    }
    leastLater = Math.min(leastLater, value);
  }
  // 共收到各类申请500件，其中政府信息公开申请178件: the count before a breakdown that names the disclosure
  // requests, itself not naming them, is of a wider kind of application.
  const named = run.pending.findIndex((p) => /^\s*其中/.test(p.segment.pre) && REQUESTS_NAMED.test(p.segment.text));
  const wider = (p: Pending, i: number) => i < named && p.domain === 'requests' && WHOLES.has(p.quantity) && !REQUESTS_NAMED.test(p.segment.text);
  // 行政复议案件12件，其中涉及政府信息公开的3件 (or …，均不涉及政府信息公开): the cases counted before a breakdown that
  // names disclosure, or a clause denying it of them, themselves not naming it, are all the body's cases (where the
  // breakdown starts is found once, from the sentence's end).
  const disclosureFrom = run.pending.some((p) => p.domain === 'cases') ? lastDisclosureBreakdown(ctx.sentence) : -1;
  const widerCases = (p: Pending) => p.domain === 'cases' && p.token.end <= disclosureFrom && !L.GIS.test(p.segment.text);
  const out = run.zeros;
  for (const [i, p] of run.pending.entries()) {
    if (parts.has(p) || wider(p, i) || widerCases(p)) continue;
    const [a, b] = claimSpan(p.segment, p.words);
    const fee = p.quantity === 'fee';
    const value = fee && p.token.unit === '元' ? p.token.value / 1e4 : p.token.value;
    // 废止 with the 失效 of its row stated beside it (the row is the quantity's head: normative.repealed).
    const lapsed = p.quantity.endsWith('.repealed') ? run.lapsed.get(p.quantity.slice(0, p.quantity.indexOf('.'))) : undefined;
    const alternatives = lapsed !== undefined ? [value + lapsed] : [];
    // 县政府本级收到申请35件，全县共收到178件: the office's count beside the whole's of the same quantity agrees
    // with a table that holds the whole's figure (its own being a part of it).
    for (const w of run.wider) if (!fee && p.admissible.includes(w.quantity) && w.value !== value) alternatives.push(w.value);
    out.push({
      quantity: p.quantity,
      admissible: p.admissible,
      value,
      alternatives,
      start: a,
      end: b,
      numberStart: p.token.start,
      numberEnd: p.token.numberEnd,
      unit: fee ? '万元' : p.token.unit,
      decimals: fee ? p.token.decimals + (p.token.unit === '元' ? 4 : 0) : Math.min(0, p.token.decimals),
      zero: false,
      // An item of a 分别 list: its words and its figure, the other items' between them left out of its quotation.
      gaps: p.words[0] === RESPECTIVE_ITEM ? blankedStretches(p.segment, ctx.sentence, a, b) : NO_GAPS,
    });
  }
  return out;
}

/** A claim's words with its gaps (other items of its list) written as an ellipsis: `部分公开……15件`. */
function withoutGaps(stream: ProseStream, sentenceStart: number, c: SentenceClaim): string {
  let text = '';
  let from = c.start;
  for (let k = 0; k < c.gaps.length; k += 2) {
    text += `${stream.slice(sentenceStart + from, sentenceStart + c.gaps[k]!).trimEnd()}……`;
    from = c.gaps[k + 1]!;
  }
  return text + stream.slice(sentenceStart + from, sentenceStart + c.end).trimStart();
}

/** The paragraph's last sentence that has words (what a paragraph after it may follow up). */
function lastSentenceOf(paragraph: string): string {
  let last = '';
  for (let s = 0, i = 0; s <= paragraph.length; s = i + 1) {
    i = sentenceEnd(paragraph, s);
    if (/\S/.test(paragraph.slice(s, i))) last = paragraph.slice(s, i);
  }
  return last;
}

/**
 * The requests counted at the end of the paragraph right before `paragraph` (全年共收到政府信息公开申请20件。), when
 * `paragraph` begins on the next line, with only blank lines between, in the same part: a paragraph that opens with a
 * sentence only following them up (其中，自然人申请15件，占75%。 办结率100%。) speaks of them as the sentence after
 * them in one paragraph would. Undefined when there is none (a heading, a table, another part between them).
 */
export function requestsRightBefore(model: ReportModel, stream: ProseStream, parts: readonly number[], previous: Paragraph | undefined, paragraph: Paragraph): string | undefined {
  if (!previous || previous.folded.length === 0 || !previous.folded.includes('申请')) return undefined;
  const end = stream.lineAt(previous.start + previous.folded.length - 1);
  const start = stream.lineAt(paragraph.start);
  if (start <= end || parts[start] !== parts[end]) return undefined;
  for (let k = end + 1; k < start; k++) if (model.tableLines.has(k) || /\S/.test(model.masked[k] ?? '')) return undefined;
  const last = lastSentenceOf(previous.folded);
  return countsRequests(last) ? last : undefined;
}

/** What a line's words, or its subsection's title, name of a sentence's subject, as bits: disclosure (L.GIS), 依申请. */
const GIS_NAMED = 1;
const ON_REQUEST_NAMED = 2;
/** A title's: review or lawsuits, 监督保障. */
const CASES_NAMED = 4;
const OVERSIGHT_NAMED = 8;

/** A pure function of the words, so the analysis cache keeps it by the line's folded text from one analysis to the next. */
function wordsNamed(words: string): number {
  return (L.GIS.test(words) ? GIS_NAMED : 0) | (/依申请/.test(words) ? ON_REQUEST_NAMED : 0);
}

const NO_READINGS: readonly Reading[] = Object.freeze([]);

/** What extractClaims keeps to tell each line's context (see lineContextOf). */
interface LineContexts {
  /** Each line's context as the index of its facts in `contexts`, without the paragraph's (`narrower`). */
  readonly lineContext: Map<number, number>;
  readonly outline: { part: readonly number[]; heading: (string | undefined)[] };
  readonly folded: readonly string[];
  readonly headings: Map<string, number>;
  readonly cache: ReturnType<typeof cacheOf>;
  readonly contexts: (LineContext | undefined)[];
  readonly reportYear: number | undefined;
  readonly owner: string | undefined;
}

/**
 * The context of a sentence beginning on `line` of a paragraph that names a narrower own part or not (`narrower`,
 * L.namesNarrowerOwn of the whole paragraph, as countedOwn, the shares and last year's figures ask it: a paragraph broken
 * over lines is one decision, not one a line): one of a few (its part and five facts), each made once an analysis and
 * shared by its lines. (A function of the module, not a closure in extractClaims: V8 keeps a closure's optimised code only
 * while an instance of it lives, so at each full collection it was dropped and compiled again.)
 */
function lineContextOf(st: LineContexts, line: number, narrower: boolean): LineContext {
  let index = st.lineContext.get(line);
  if (index === undefined) {
    const heading = st.outline.heading[line] ?? '';
    const words = st.folded[line] ?? '';
    const part = st.outline.part[line] ?? 0;
    let named = st.headings.get(heading);
    if (named === undefined) {
      named = wordsNamed(heading) | (/复议|诉讼/.test(heading) ? CASES_NAMED : 0) | (/监督保障/.test(heading) ? OVERSIGHT_NAMED : 0);
      st.headings.set(heading, named);
    }
    const own = st.cache ? st.cache.lineWords.get(words, wordsNamed) : wordsNamed(words);
    const gis = part === 3 || ((own | named) & GIS_NAMED) !== 0;
    const requests = ((own | named) & ON_REQUEST_NAMED) !== 0;
    const cases = part === 1 && (named & CASES_NAMED) !== 0;
    const oversight = part === 1 && (named & OVERSIGHT_NAMED) !== 0;
    index = part * 32 + (gis ? 1 : 0) + (requests ? 2 : 0) + (cases ? 4 : 0) + (oversight ? 8 : 0);
    st.lineContext.set(line, index);
  }
  const at = index + (narrower ? 16 : 0);
  let context = st.contexts[at];
  if (!context) {
    const part = Math.floor(at / 32);
    const gis = (at & 1) !== 0;
    const requests = (at & 2) !== 0;
    const cases = (at & 4) !== 0;
    const oversight = (at & 8) !== 0;
    context = st.contexts[at] = { part, gis, requests, cases, oversight, narrower, key: `${part}${gis ? 1 : 0}${requests ? 1 : 0}${cases ? 1 : 0}${oversight ? 1 : 0}${narrower ? 1 : 0}${st.reportYear ?? ''}\u0000${st.owner ?? ''}` };
  }
  return context;
}

/** The claims of the prose, in the order of their ranges, each without its readings (`claimsOf` gives them). */
export function extractClaims(model: ReportModel): Claim[] {
  const stream = proseStream(model);
  const claims: Claim[] = [];
  const reportYear = reportYearOf(model) ?? commonestYear(stream.folded);
  const owner = L.ownerOf(model.title?.text);
  const outline = lineContexts(model);
  const lineContext = new Map<number, number>();
  const cache = cacheOf(model);
  // A line's context is one of a few (its part and four facts): each made once an analysis, shared by its lines.
  const contexts: (LineContext | undefined)[] = [];
  const headings = new Map<string, number>();
  const contextsOf: LineContexts = { lineContext, outline, folded: model.folded, headings, cache, contexts, reportYear, owner };
  const where = (line: number, narrower: boolean): LineContext => lineContextOf(contextsOf, line, narrower);
  // The requests the paragraph before counted last, when the paragraph's first sentence (ending at `end`) follows them up.
  const followedUp = (before: Paragraph | undefined, paragraph: Paragraph, end: number): string | undefined => {
    const counted = requestsRightBefore(model, stream, outline.part, before, paragraph);
    return counted !== undefined && followsUp(paragraph.folded.slice(0, end)) ? counted : undefined;
  };
  const add = (found: readonly SentenceClaim[], sentenceStart: number) => {
    for (const c of found) {
      claims.push({
        quantity: c.quantity,
        admissible: c.admissible,
        value: c.value,
        alternatives: c.alternatives,
        range: stream.rangeOf(sentenceStart + c.start, sentenceStart + c.end),
        numberRange: stream.rangeOf(sentenceStart + c.numberStart, sentenceStart + c.numberEnd),
        text: c.gaps.length === 0 ? stream.slice(sentenceStart + c.start, sentenceStart + c.end) : withoutGaps(stream, sentenceStart, c),
        unit: c.unit,
        decimals: c.decimals,
        zero: c.zero,
        sentence: sentenceStart,
        // Filled in by claimsOf, which reads the tables: a claim is made once, in the shape it keeps.
        readings: NO_READINGS,
        holds: undefined,
      });
    }
  };
  if (cache) {
    // Remembered paragraph by paragraph, then sentence by sentence, then by the facts of the sentence's line
    // (everything a sentence's claims depend on: its words, and those facts).
    let previousParagraph: Paragraph | undefined;
    for (const paragraph of stream.paragraphs) {
      const before = previousParagraph;
      previousParagraph = paragraph;
      // Whether this paragraph and the one before name a narrower own part: asked once each, not sentence by sentence
      // (a paragraph of many sentences was searched whole for each).
      let narrowerHere: boolean | undefined;
      let narrowerBefore: boolean | undefined;
      for (const s of cache.paragraphs.getWith(paragraph.folded, claimingSentences, cache.sentences)) {
        const sentenceStart = paragraph.start + s.start;
        const context = where(stream.lineAt(sentenceStart), (narrowerHere ??= cache.narrowerOwn.get(paragraph.folded, L.namesNarrowerOwn)));
        const counted = s.previous ?? (s.start === 0 ? followedUp(before, paragraph, s.end) : undefined);
        const after = counted !== undefined && countedOwn(counted, reportYear, owner, s.previous !== undefined ? narrowerHere : (narrowerBefore ??= cache.narrowerOwn.get(before!.folded, L.namesNarrowerOwn)));
        const partsOfOther = s.whole !== undefined && otherFrame(s.whole, reportYear, owner, context.narrower);
        const key = `${context.key}${after ? '\u0001' : ''}${partsOfOther ? '\u0002' : ''}`;
        let found = s.byContext.get(key);
        if (!found) {
          found = readSentence(paragraph.folded.slice(s.start, s.end), context, reportYear, owner, after, partsOfOther);
          s.byContext.set(key, found);
        }
        add(found, sentenceStart);
      }
    }
  } else {
    // Paragraph by paragraph, as forEachSentence reads them, with the sentence before each.
    let previousParagraph: Paragraph | undefined;
    for (const paragraph of stream.paragraphs) {
      const text = paragraph.folded;
      const before = previousParagraph;
      previousParagraph = paragraph;
      // Whether this paragraph names a narrower own part: asked once, not for each sentence after another.
      let narrowerHere: boolean | undefined;
      // Only a figure with its unit or a negation can make a claim (`mayClaim`): most sentences have neither. What mayClaim
      // finds in a sentence lies within it in the paragraph (no piece of a figure, a negation or a word it looks for is a
      // sentence's end), so the paragraph is searched once, not sentence by sentence: the next negation and the next unit
      // after a figure, each searched for again only once passed. The paragraph's search may let through a sentence
      // mayClaim would not (a look-back from a unit, or 为\s*0, across a line break, which is white space and a sentence's
      // end at once; 申请 before 3项 in the sentence before): its own words then hold no figure with its unit, and it
      // claims nothing. It never keeps one out that mayClaim lets through.
      let negation = -1;
      let unit = -1;
      // Where the sentence before begins and ends (-1: none).
      let lastStart = -1;
      let lastEnd = -1;
      for (let s = 0, i = 0; s <= text.length; s = i + 1) {
        i = sentenceEnd(text, s);
        const wholeStart = lastStart;
        const wholeEnd = lastEnd;
        lastStart = s;
        lastEnd = i;
        if (negation < s) negation = negationFrom(text, s);
        if (negation >= i) {
          if (unit < s) unit = unitClaimFrom(text, s);
          if (unit >= i) continue;
        }
        const sentence = text.slice(s, i);
        const whole = wholeStart < 0 ? undefined : text.slice(wholeStart, wholeEnd);
        const sentenceStart = paragraph.start + s;
        const context = where(stream.lineAt(sentenceStart), (narrowerHere ??= L.namesNarrowerOwn(text)));
        const partsOfOther = whole !== undefined && BREAKDOWN_SENTENCE.test(sentence) && otherFrame(whole, reportYear, owner, context.narrower);
        const counted = s === 0 ? followedUp(before, paragraph, i) : whole;
        const narrower = counted !== undefined && (s === 0 ? L.namesNarrowerOwn(before!.folded) : narrowerHere);
        add(readSentence(sentence, context, reportYear, owner, afterRequestsOf(sentence, counted, reportYear, owner, narrower), partsOfOther), sentenceStart);
      }
    }
  }
  return claims.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
}
