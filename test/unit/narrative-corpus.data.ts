/**
 * The narrative corpus: sentences in the styles of real 政府信息公开工作年度报告, with what each says
 * about seed 002's tables. `expect` lists the claims in order, `quantity value ✓|✗`, separated by
 * `|`; an empty `expect` means the sentence makes no claim. `where` puts the sentence in another
 * paragraph than 依申请公开 (default): 主动公开 (`active`), the part-一 introduction (`overview`,
 * nothing about disclosure), 平台建设 (`platform`), part 六 (`other`).
 */
export type Place = 'requests' | 'active' | 'overview' | 'platform' | 'other';

export interface CorpusCase {
  readonly s: string;
  readonly expect: string;
  readonly where?: Place;
}

const c = (s: string, expect = '', where?: Place): CorpusCase => (where ? { s, expect, where } : { s, expect });

/** Generated variants of the received total: time, subject, adverb, verb, noun and unit vary. */
function receivedVariants(): CorpusCase[] {
  const times = ['全年', '2024年，', '本年度', '2024年度，', '报告期内，', '今年以来，', ''];
  const subjects = ['本机关', '我局', '县人民政府办公室', '', '湘潭县'];
  const adverbs = ['共', '共计', '累计', ''];
  const verbs = ['收到', '受理', '新收', '接收', '接到'];
  const nouns = ['政府信息公开申请', '依申请公开申请', '信息公开申请', '政府信息公开申请', '各类政府信息公开申请'];
  const units = ['件', '件次', '份', '条', '件'];
  const out: CorpusCase[] = [];
  for (let i = 0; i < 30; i++) {
    const s = `${times[i % times.length]}${subjects[(i * 3) % subjects.length]}${adverbs[(i * 5) % adverbs.length]}${verbs[(i * 7) % verbs.length]}${nouns[(i * 11) % nouns.length]}178${units[(i * 13) % units.length]}。`;
    out.push(c(s, 'new 178 ✓'));
  }
  return out;
}

/** Generated variants of the handled total: 办理/办结/答复 admit 一＋二 (183) or （七）总计 (178). */
function handledVariants(): CorpusCase[] {
  const verbs = ['办理', '办结', '答复', '办理答复', '依法答复', '办复'];
  const values = [183, 178];
  const out: CorpusCase[] = [];
  for (let i = 0; i < 12; i++) {
    const v = values[i % 2]!;
    out.push(c(`全年${i % 3 === 0 ? '共' : '累计'}${verbs[i % verbs.length]}政府信息公开申请${v}件。`, `handled ${v} ✓`));
  }
  return out;
}

export const CORPUS: Readonly<Record<string, readonly CorpusCase[]>> = {
  'received total (一 = 178)': [
    c('全年共收到政府信息公开申请178件。', 'new 178 ✓'),
    c('2024年，本机关共收到政府信息公开申请178件。', 'new 178 ✓'),
    c('本年度新收政府信息公开申请178件。', 'new 178 ✓'),
    // 新收到: the verb is 收到, not 新收 followed by a word 到 that would narrow the requests.
    c('本年度新收到政府信息公开申请178件。', 'new 178 ✓'),
    // Disclosure received, named without 申请 right before its figure (a district office's 2024 report): the requests.
    c('2024年，我局共受理政府信息公开178件，办结178件。', 'new 178 ✓ | handled 178 ✓'),
    c('全年收到政府信息公开180件。', 'new 180 ✗'),
    c('本年度接收信息公开共180件。', 'new 180 ✗'),
    // Not so when the verb's object goes on past 信息公开, or nothing is received: notices, documents published.
    c('全年收到政府信息公开工作通知3件。'),
    c('全年主动公开政府信息17件。', '', 'active'),
    c('全年受理政府信息公开咨询36件。'),
    c('2024年新收到依申请公开申请180件，上年度结转5件，共计185件。', 'new 180 ✗ | carried 5 ✓ | newPlusCarried 185 ✗'),
    // 不动产登记申请 is another kind of application; 登记 is still a verb of the disclosure requests.
    c('全年受理不动产登记申请5000件。'),
    // The counts after another kind of application are of that kind; a disclosure count after it is read.
    c('全年受理医保报销申请2150件，办结2150件；收到政府信息公开申请178件。', 'new 178 ✓'),
    // What became of requests after the year's end (次年, a later year) is not the year's figure; within the year it is.
    c('全年收到申请178件，结转的5件已于次年1月全部办结。', 'new 178 ✓'),
    c('全年收到申请178件，结转的5件已于2025年1月办结。', 'new 178 ✓'),
    // The requests received, then those of them dealt with, last year's said apart or not at all: 一 − 四 (178 − 5) is a
    // reading too, as with 结转下年度 written after them; a count no reading gives still fires.
    c('全年受理政府信息公开申请178件，答复173件。', 'new 178 ✓ | handled 173 ✓'),
    c('全年受理政府信息公开申请178件，答复170件。', 'new 178 ✓ | handled 170 ✗'),
    c('全年收到申请178件，办结173件，上年结转的5件也已办结。', 'new 178 ✓ | handled 173 ✓ | carried 5 ✓'),
    c('全年收到申请178件，于2024年12月底前办结170件。', 'new 178 ✓ | handled 170 ✗'),
    c('全年受理住房公积金提取申请3260件，办结3250件，结转下年度10件。'),
    c('全年受理医保报销申请2150件；收到政府信息公开申请178件，办结190件。', 'new 178 ✓ | handled 190 ✗'),
    // A count of all kinds of application, then the disclosure requests among them.
    c('全年共收到各类申请500件，其中政府信息公开申请178件。', 'newOrHandled 178 ✓'),
    c('全年共收到各类申请500件，其中政府信息公开申请180件。', 'newOrHandled 180 ✗'),
    c('全年共收到并登记政府信息公开申请178件。', 'new 178 ✓'),
    c('全年共登记政府信息公开申请180件。', 'new 180 ✗'),
    // The year before the noun (the report's year) narrows nothing; 申请量 after an applicant kind.
    c('本机关2024年度政府信息公开申请数量为78件。', 'newOrHandled 78 ✗'),
    c('2024年政府信息公开申请数量为178件。', 'newOrHandled 178 ✓'),
    c('其中，自然人申请量为170件，企业法人申请量为7件。', 'natural 170 ✗ | business 7 ✓'),
    c('上年度遗留未办结申请3件。', 'carried 3 ✗'),
    // 新增 is the year's new requests in a sentence that compares nothing, a change in one that does.
    c('全年新增政府信息公开申请178件。', 'new 178 ✓'),
    c('本年度新增依申请公开申请180件，上年结转5件。', 'new 180 ✗ | carried 5 ✓'),
    c('本年度新增并办结政府信息公开申请178件。', 'newOrHandled 178 ✓'),
    c('与上年相比，全年新增申请20件。'),
    c('较2023年，全年新增政府信息公开申请20件。'),
    c('全年新增申请20件，较上年增长12.7%。'),
    c('全年新增申请20件，申请总数达到178件。', 'newOrHandled 178 ✓'),
    c('全年共收到政府信息公开申请178件，比上年新增20件。', 'new 178 ✓'),
    c('全年新增网上申请20件。'),
    // 依申请公开办件 is a disclosure request; other 办件 (政务服务办件) are not the tables'.
    c('全年受理依申请公开办件180件。', 'new 180 ✗'),
    c('全年共办理依申请公开办件183件。', 'handled 183 ✓'),
    c('全年政务服务办件12000件，依申请公开办件178件。', 'newOrHandled 178 ✓'),
    c('全年共受理政府信息公开申请178件。', 'new 178 ✓'),
    c('本年度共接收依申请公开申请178件。', 'new 178 ✓'),
    c('全年共收到公民、法人或其他组织提出的政府信息公开申请178件。', 'new 178 ✓'),
    c('全年共收到公民、法人和其他组织提交的政府信息公开申请178件。', 'new 178 ✓'),
    c('全年共收到政府信息公开申请178件次。', 'new 178 ✓'),
    c('共受理依申请公开事项178宗。', 'new 178 ✓'),
    c('全年共收到政府信息公开申请178份。', 'new 178 ✓'),
    // A count named by its noun (办结数, 受理数): digits after 数 are no 数十; 例 counts cases, not requests.
    c('全年政府信息公开申请办结数183件。', 'handled 183 ✓'),
    c('本年度收到申请数178件，办结数178件。', 'new 178 ✓ | handled 178 ✓'),
    c('全年政府信息公开申请受理数180件。', 'new 180 ✗'),
    c('全年收到政府信息公开申请数十件。'),
    c('全年收到政府信息公开申请178例。'),
    // A count in 例 left unread still says what the sentence speaks of: 全部按时办结 is said of the requests.
    c('2024年我局共受理依申请政府信息公开事项178例，全部按时办结。', 'unfinishedNew 0 ✓'),
    // Documents counted by their 公开属性 under a noun in 数 (信息数): no requests, no outcome.
    c('本年度共制作信息200条，其中主动公开信息数120条，占60%；依申请公开信息数50条，占25%；不予公开信息数30条，占15%。'),
    c('全年共收到政府信息公开申请一百七十八件。', 'new 178 ✓'),
    c('全年共收到政府信息公开申请１７８件。', 'new 178 ✓'),
    c('全年共收到政府信息公开申请 178 件。', 'new 178 ✓'),
    c('本年度共受理政府信息公开申请178条。', 'new 178 ✓'),
    c('2024年，我局通过政府网站、信函、当面提交等方式共收到政府信息公开申请178件。', 'new 178 ✓'),
    c('全年通过各种渠道共受理政府信息公开申请178件。', 'new 178 ✓'),
    c('全年依申请公开受理量达178件。', 'new 178 ✓'),
    c('全年共受理178件政府信息公开申请。', 'new 178 ✓'),
    c('收到依申请公开178件。', 'new 178 ✓'),
    c('2024年，县政府办公室共接到政府信息公开申请178件。', 'new 178 ✓'),
    c('截至2024年12月31日，共收到政府信息公开申请178件。', 'new 178 ✓'),
    c('2024年1月1日至12月31日，本机关共收到政府信息公开申请178件。', 'new 178 ✓'),
    c('本年度，本机关共收到政府信息公开申请178件，较上年增加171件，同比增长2442.9%。', 'new 178 ✓'),
    c('全年共收到政府信息公开申请178件，比去年的7件增长了171件。', 'new 178 ✓'),
    c('全年共收到政府信息公开申请178件，较2023年（7件）大幅增加。', 'new 178 ✓'),
    // 申请量新增20件: a quantity's increase, not a count.
    c('申请量新增20件，全年共收到政府信息公开申请178件。', 'new 178 ✓'),
    c('依申请公开数量新增20件。'),
    c('全年共收到政府信息公开申请178件，已全部按时办结，按时办结率100%。', 'new 178 ✓ | unfinishedNew 0 ✓'),
    c('全年共收到政府信息公开申请178件，均在法定期限内予以答复。', 'new 178 ✓'),
    c('本机关全年收到的政府信息公开申请共计178件。', 'new 178 ✓'),
    c('全年共收到群众提交的政府信息公开申请178件。', 'new 178 ✓'),
    c('区门户网站受理依申请公开申请178件。', 'new 178 ✓'),
    c('全年共收到政府信息公开申请180件。', 'new 180 ✗'),
    c('全年共收到政府信息公开申请183件。', 'new 183 ✗'),
    c('全年受理信息公开申请1,780件。', 'new 1780 ✗'),
    c('全年受理信息公开申请1，780件。', 'new 1780 ✗'),
    c('本年度共收到政府信息公开申请一百八十件。', 'new 180 ✗'),
    c('全年共受理政府信息公开申请35件，与2023年相比，受理数量大幅增长了28件。', 'new 35 ✗'),
    ...receivedVariants(),
    // The whole year written 自…起至…止 is not part of it (12月 is its end, not a month's requests).
    c('自2024年1月1日起至12月31日共收到政府信息公开申请178件。', 'new 178 ✓'),
  ],

  'no verb: 申请 alone admits 一, 一＋二 or （七）': [
    c('本年度共有178件政府信息公开申请。', 'newOrHandled 178 ✓'),
    c('政府信息公开申请178件。', 'newOrHandled 178 ✓'),
    c('全年政府信息公开申请数量为183件。', 'newOrHandled 183 ✓'),
    c('全年政府信息公开申请总数178件。', 'newOrHandled 178 ✓'),
    c('全年政府信息公开申请数量为150件。', 'newOrHandled 150 ✗'),
  ],

  'handled (一＋二 = 183 or （七） = 178)': [
    c('全年共办理政府信息公开申请183件。', 'handled 183 ✓'),
    c('全年共办结政府信息公开申请178件。', 'handled 178 ✓'),
    c('本年度共答复政府信息公开申请178件。', 'handled 178 ✓'),
    c('全年办理答复政府信息公开申请178件。', 'handled 178 ✓'),
    c('共办理依申请公开件183件，均已答复完毕。', 'handled 183 ✓'),
    c('全年共收到并办结政府信息公开申请178件。', 'newOrHandled 178 ✓'),
    c('全年受理并答复申请178件。', 'newOrHandled 178 ✓'),
    c('受理、办理依申请公开申请178件。', 'newOrHandled 178 ✓'),
    // 173 of the 178 new requests dealt with and 5 still open (一 − 四): true when the five open are new.
    c('全年共收到政府信息公开申请178件，办结173件，结转下年度5件。', 'new 178 ✓ | handled 173 ✓ | carryNext 5 ✓'),
    c('全年共收到政府信息公开申请178件，办结178件。', 'new 178 ✓ | handled 178 ✓'),
    c('全年共收到政府信息公开申请178件，已办结178件，结转下年度继续办理5件。', 'new 178 ✓ | handled 178 ✓ | carryNext 5 ✓'),
    // After last year's carry-over was counted, 其余 is the rest of both: the counts handled are of both too.
    c('全年共收到政府信息公开申请178件，上年结转5件，共需办理183件，已办结178件，其余5件结转下年度继续办理。', 'new 178 ✓ | carried 5 ✓ | handled 183 ✓ | handled 178 ✓ | carryNext 5 ✓'),
    c('全年共收到政府信息公开申请178件，上年结转5件，共需办理180件，其余5件结转下年度继续办理。', 'new 178 ✓ | carried 5 ✓ | handled 180 ✗ | carryNext 5 ✓'),
    // Without it, the requests answered are a part of the new ones (the rest still open): no cell holds them.
    c('全年共收到政府信息公开申请178件，已答复173件，其余5件正在办理。', 'new 178 ✓ | carryNext 5 ✓'),
    c('本年度共办理政府信息公开申请150件。', 'handled 150 ✗'),
    c('全年共答复政府信息公开申请180件。', 'handled 180 ✗'),
    ...handledVariants(),
  ],

  'breakdowns the tables do not hold (channel, topic, unit)': [
    c('其中当面申请20件、网络申请150件、信函申请8件。'),
    c('全年共收到政府信息公开申请178件，其中当面申请20件、网络申请150件、信函申请8件。', 'new 178 ✓'),
    c('全年共收到政府信息公开申请178件，其中，网上申请102件，当面申请60件，信函申请16件。', 'new 178 ✓'),
    c('其中涉及征地拆迁类申请90件。'),
    c('全年共收到政府信息公开申请178件，其中涉及征地拆迁类申请90件，涉及规划建设类申请40件。', 'new 178 ✓'),
    c('从申请渠道看，网上申请150件，当面申请20件，信函申请8件。'),
    c('从申请方式看，通过网络提交150件，当面提交20件，邮寄提交8件。'),
    c('从申请内容看，涉及土地征收的申请90件，涉及房屋拆迁的申请60件。'),
    c('按申请方式分，网络平台提交150件，当面提交20件，邮寄提交8件。'),
    c('其中通过政府网站在线申请150件，通过信函申请28件。'),
    c('全年共收到政府信息公开申请178件（其中网上申请150件，当面申请28件）。', 'new 178 ✓'),
    c('全年共收到政府信息公开申请178件（网上申请150件、信函申请28件）。', 'new 178 ✓'),
    c('收到的申请主要集中在征地拆迁、社会保障等领域，其中征地拆迁类90件。'),
    c('全年通过政府信息公开平台收到申请150件。'),
    c('全年通过信函方式收到政府信息公开申请28件。'),
    c('全年当面受理政府信息公开申请20件。'),
    c('全年网上受理政府信息公开申请150件。'),
    c('申请内容涉及征地拆迁的90件。'),
    c('全年共收到涉及征地补偿的政府信息公开申请90件。'),
    c('全年共收到关于房屋征收的政府信息公开申请60件。'),
    c('其中，县政府办公室收到申请100件，县自然资源局收到申请78件。'),
    c('全年共收到政府信息公开申请178件，其中县本级100件，乡镇78件。', 'new 178 ✓'),
    c('其中，依申请公开书面申请150件，口头申请28件。'),
    c('全年共受理政府信息公开申请178件，其中，电子邮件申请10件，传真申请2件。', 'new 178 ✓'),
    c('申请事项主要涉及征地拆迁、不动产登记等方面，其中征地拆迁方面120件。'),
    // The total of the kinds just counted is all the requests (a 2024 district report: 网上申请105件，快递17件，合计122件).
    c('全年共收到网上申请150件，信函申请28件，合计178件。', 'newOrHandled 178 ✓'),
    c('全年依申请公开共收到群众网上申请150件，快递28件，合计183件。', 'newOrHandled 183 ✓'),
    c('全年共收到网上申请150件，信函申请28件，合计170件。', 'newOrHandled 170 ✗'),
    c('全年收到网上申请150件，当面申请20件，共计170件，上年结转5件。', 'newOrHandled 170 ✗ | carried 5 ✓'),
  ],

  'applicants (一: 自然人171, 商业企业7)': [
    c('其中，公民申请171件，法人及其他组织申请7件。', 'natural 171 ✓ | orgs 7 ✓'),
    c('全年共收到政府信息公开申请178件，其中自然人申请171件，法人或其他组织申请7件。', 'new 178 ✓ | natural 171 ✓ | orgs 7 ✓'),
    c('其中自然人171件、法人或其他组织7件。', 'natural 171 ✓ | orgs 7 ✓'),
    c('申请人中，自然人171件，商业企业7件。', 'natural 171 ✓ | business 7 ✓'),
    c('其中个人申请171件，企业申请7件。', 'natural 171 ✓ | business 7 ✓'),
    // The count first, whom it came from after it (来自), in a breakdown too.
    c('全年共收到政府信息公开申请178件，其中171件来自自然人，7件来自企业。', 'new 178 ✓ | natural 171 ✓ | business 7 ✓'),
    c('全年共收到政府信息公开申请178件，其中170件来自自然人，8件来自企业。', 'new 178 ✓ | natural 170 ✗ | business 8 ✗'),
    c('全年共收到政府信息公开申请178件，其中20件来自县信访局转办。', 'new 178 ✓'),
    // The count first, joined by 为 (是, 系) to whose requests they were; a channel after 为 is still a part the tables do not hold.
    c('全年共收到政府信息公开申请178件，其中171件为自然人申请，7件为企业申请。', 'new 178 ✓ | natural 171 ✓ | business 7 ✓'),
    c('全年共收到政府信息公开申请178件，其中170件为自然人申请，8件为法人或其他组织申请。', 'new 178 ✓ | natural 170 ✗ | orgs 8 ✗'),
    c('全年共收到政府信息公开申请178件，其中171件是个人申请。', 'new 178 ✓ | natural 171 ✓'),
    c('全年共收到政府信息公开申请178件，其中20件为网上申请。', 'new 178 ✓'),
    // Of the requests dealt with, the applicants may be those of （七） (171 here too); of one outcome, that outcome's: not read.
    c('全年共办结政府信息公开申请178件，其中170件为自然人申请。', 'handled 178 ✓ | natural 170 ✗'),
    c('全年共办结政府信息公开申请178件，其中171件来自自然人。', 'handled 178 ✓ | natural 171 ✓'),
    c('予以公开99件，其中92件为自然人申请。', 'open 99 ✓'),
    c('予以公开99件，92件为自然人申请。', 'open 99 ✓'),
    c('全年共收到政府信息公开申请178件（其中自然人申请171件，法人或其他组织申请7件）。', 'new 178 ✓ | natural 171 ✓ | orgs 7 ✓'),
    c('从申请主体看，自然人申请171件，占96.1%；法人或其他组织申请7件，占3.9%。', 'natural 171 ✓ | orgs 7 ✓'),
    c('申请人中自然人171件，占96.07%，法人或其他组织7件，占3.93%。', 'natural 171 ✓ | orgs 7 ✓'),
    c('收到申请人补正材料3份。'),
    // After a column of the organisations (商业企业), a bare 其他组织 is the rest of them: the table's 其他
    // column, or several columns together; not all the organisations, and not read.
    c('按申请人类型分，自然人171件，商业企业7件，其他组织0件。', 'natural 171 ✓ | business 7 ✓'),
    c('其中自然人申请171件，商业企业申请7件，其他组织申请2件。', 'natural 171 ✓ | business 7 ✓'),
    c('其中个人申请171件，其他组织申请7件。', 'natural 171 ✓ | orgs 7 ✓'),
    c('其中自然人申请171件，商业企业申请7件，法人或其他组织共申请9件。', 'natural 171 ✓ | business 7 ✓ | orgs 9 ✗'),
    c('从申请人类型看，自然人171件，商业企业7件，科研机构0件，社会公益组织0件，法律服务机构0件。', 'natural 171 ✓ | business 7 ✓ | research 0 ✓ | nonprofit 0 ✓ | legal 0 ✓'),
    c('全年共办理政府信息公开申请183件，其中自然人提出176件，法人或其他组织提出7件。', 'handled 183 ✓ | natural 176 ✓ | orgs 7 ✓'),
    c('其中自然人申请170件。', 'natural 170 ✗'),
    c('其中法人或其他组织申请8件。', 'orgs 8 ✗'),
    c('全年共收到政府信息公开申请178件，其中公民申请160件，法人申请18件。', 'new 178 ✓ | natural 160 ✗ | orgs 18 ✗'),
    c('其中，律师事务所申请3件。', 'legal 3 ✗'),
    // 公民个人 is one word of the natural persons (not 公民 and a modifier 个人 left over); 来自 whom, before the noun.
    c('全年共收到政府信息公开申请178件，其中公民个人申请171件，企业申请7件。', 'new 178 ✓ | natural 171 ✓ | business 7 ✓'),
    c('公民个人提出申请171件，占比96.1%；法人或其他组织提出申请7件，占比3.9%。', 'natural 171 ✓ | orgs 7 ✓'),
    c('全年共收到政府信息公开申请178件，来自自然人的申请171件，来自企业的申请7件。', 'new 178 ✓ | natural 171 ✓ | business 7 ✓'),
    // 来自 a channel: still a part the tables do not hold.
    c('全年共收到政府信息公开申请178件，来自网站的申请150件。', 'new 178 ✓'),
  ],

  'carried over from last year (二 = 5) and totals including it (一＋二 = 183)': [
    c('上年结转政府信息公开申请5件。', 'carried 5 ✓'),
    c('上年度结转5件。', 'carried 5 ✓'),
    c('上一年度结转政府信息公开申请五件。', 'carried 5 ✓'),
    c('全年共受理政府信息公开申请183件（其中上年结转5件）。', 'newPlusCarried 183 ✓ | carried 5 ✓'),
    c('全年共收到政府信息公开申请178件（上年结转5件）。', 'new 178 ✓ | carried 5 ✓'),
    c('全年共收到政府信息公开申请183件（上年结转5件）。', 'new 183 ✓ | carried 5 ✓'),
    c('全年共收到政府信息公开申请178件，另有上年结转申请5件。', 'new 178 ✓ | carried 5 ✓'),
    c('本年度，共受理政府信息公开申请178件，加上上年结转5件，共183件。', 'new 178 ✓ | carried 5 ✓ | newPlusCarried 183 ✓'),
    // 加上, 另有 上年结转: the count before was of the new requests alone (183 is 一＋二, not 一).
    c('全年新收政府信息公开申请183件，加上上年结转5件，共办理188件。', 'new 183 ✗ | carried 5 ✓ | handled 188 ✗'),
    c('全年新收政府信息公开申请183件，另有上年结转5件。', 'new 183 ✗ | carried 5 ✓'),
    c('全年收到政府信息公开申请183件（上年结转5件）。', 'new 183 ✓ | carried 5 ✓'),
    c('上年结转5件，本年新收178件，合计183件。', 'carried 5 ✓ | new 178 ✓ | newPlusCarried 183 ✓'),
    c('共办理政府信息公开申请183件（含上年结转5件）。', 'handled 183 ✓ | carried 5 ✓'),
    c('全年共收到政府信息公开申请183件（含上年结转5件）。', 'newPlusCarried 183 ✓ | carried 5 ✓'),
    c('全年共受理政府信息公开申请183件，含上年结转5件。', 'newPlusCarried 183 ✓ | carried 5 ✓'),
    c('全年共受理政府信息公开申请183件（含上年结转）。', 'newPlusCarried 183 ✓'),
    c('全年共受理政府信息公开申请178件（不含上年结转）。', 'new 178 ✓'),
    c('包括上年度结转在内，共受理政府信息公开申请183件。', 'newPlusCarried 183 ✓'),
    c('包括上年度结转在内，共办理政府信息公开申请183件。', 'handled 183 ✓'),
    c('针对包括上年度结转在内的183件政府信息公开申请，均及时予以答复。', 'newPlusCarried 183 ✓'),
    c('连同上年结转的5件，全年共办理政府信息公开申请183件。', 'carried 5 ✓ | handled 183 ✓'),
    c('上年结转政府信息公开申请3件。', 'carried 3 ✗'),
    // A received total, then the new requests net of the carry-over (a 2024 district report: 共受理…59件，结转上年后新收到…47件).
    c('2024年共受理依申请公开事项183件，结转上年后新收到依申请公开事项178件。', 'newPlusCarried 183 ✓ | new 178 ✓'),
    c('全年共受理政府信息公开申请183件，扣除上年结转后新收申请178件。', 'newPlusCarried 183 ✓ | new 178 ✓'),
    c('全年共受理政府信息公开申请183件，除上年结转外新收申请178件。', 'newPlusCarried 183 ✓ | new 178 ✓'),
    c('全年共受理政府信息公开申请183件，结转上年后新收到申请170件。', 'newPlusCarried 183 ✓ | new 170 ✗'),
    c('全年共受理政府信息公开申请190件，新收申请178件。', 'newPlusCarried 190 ✗ | new 178 ✓'),
    // The carry-over named by its year (含2023年结转5件): the total includes it.
    c('2024年度，我局共受理政府信息公开申请183件（含2023年结转5件）。', 'newPlusCarried 183 ✓ | carried 5 ✓'),
    c('全年共受理政府信息公开申请183件，含2023年度结转的5件。', 'newPlusCarried 183 ✓ | carried 5 ✓'),
    c('全年共受理政府信息公开申请183件（含2023年结转10件）。', 'newPlusCarried 183 ✓ | carried 10 ✗'),
    c('全年共受理政府信息公开申请178件（其中上年结转5件）。', 'newPlusCarried 178 ✗ | carried 5 ✓'),
    c('在答复环节，针对包括上年度结转在内的35件政府信息公开申请，均做到了件件有回应。', 'newPlusCarried 35 ✗'),
    c('2023年结转的申请5件已在本年度全部办结。', 'carried 5 ✓'),
    // 去年结转 is 上年结转; the carry-over may be named after its count (其中5件为上年结转).
    c('全年共收到政府信息公开申请178件，去年结转5件。', 'new 178 ✓ | carried 5 ✓'),
    c('全年共受理政府信息公开申请183件，其中去年结转5件。', 'newPlusCarried 183 ✓ | carried 5 ✓'),
    c('全年共受理政府信息公开申请183件，其中5件为上年结转。', 'newPlusCarried 183 ✓ | carried 5 ✓'),
    c('全年共办理政府信息公开申请183件（其中5 件为去年结转）。', 'handled 183 ✓ | carried 5 ✓'),
    // Of the requests carried to next year, those from last year are no count of the table's; nor is 去年收到的.
    c('全年共收到政府信息公开申请178件，结转下年度5件，其中2件为上年结转。', 'new 178 ✓ | carryNext 5 ✓'),
    c('全年共收到政府信息公开申请178件，其中去年收到的5件已办结。', 'new 178 ✓'),
  ],

  'carried to next year (四 = 5)': [
    c('结转下年度继续办理5件。', 'carryNext 5 ✓'),
    c('另有5件申请按照《条例》顺延到下年度答复。', 'carryNext 5 ✓'),
    // 转下一年办理 (without 结 or 入) is a carry to next year too, not a count dealt with.
    c('新受理政府信息公开申请178件，办结178件，上年转结政府信息公开申请5件，转下一年办理5件。', 'new 178 ✓ | handled 178 ✓ | carried 5 ✓ | carryNext 5 ✓'),
    c('新受理政府信息公开申请178件，办结178件，转下年度继续办理0件。', 'new 178 ✓ | handled 178 ✓ | carryNext 0 ✗'),
    // In a parenthesis after another figure (Shanghai 2019: 答复…805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复）).
    c('答复政府信息公开申请178件（含上年度结转申请5件，另有5件申请按照《条例》顺延到下年度答复）。', 'handled 178 ✓ | carried 5 ✓ | carryNext 5 ✓'),
    c('答复政府信息公开申请178件（另有7件申请顺延到下年度答复）。', 'handled 178 ✓ | carryNext 7 ✗'),
    c('共收到政府信息公开申请178件，已全部答复，办结率100%。', 'new 178 ✓ | unfinishedNew 0 ✓'),
    c('另有7件申请顺延至下一年度办理。', 'carryNext 7 ✗'),
    c('目前尚有5件申请在法定答复期限内，将结转下年度继续办理。', 'carryNext 5 ✓'),
    c('截至12月31日，尚有5件申请在法定期限内正在办理。', 'carryNext 5 ✓'),
    c('全年共办结政府信息公开申请178件，结转至2025年继续办理5件。', 'handled 178 ✓ | carryNext 5 ✓'),
    c('另有5件因在法定答复期限内，结转至下一年度办理。', 'carryNext 5 ✓'),
    c('5件申请尚在办理中。', 'carryNext 5 ✓'),
    c('结转下年度继续办理的申请共5件。', 'carryNext 5 ✓'),
    c('结转下年度继续办理3件。', 'carryNext 3 ✗'),
    c('尚未办结的申请2件。', 'carryNext 2 ✗'),
    // 延期至下年度 is a carry to next year; 延期答复 alone is a manner, some requests the tables do not single out.
    c('全年共收到政府信息公开申请178件，剩余5件延期至下年度答复。', 'new 178 ✓ | carryNext 5 ✓'),
    c('全年共收到政府信息公开申请178件，其中延期答复5件。', 'new 178 ✓'),
  ],

  'outcomes (三、本年度办理结果)': [
    c('其中予以公开99件，部分公开14件，不予公开12件，无法提供33件，不予处理0件，其他处理20件。', 'open 99 ✓ | partial 14 ✓ | withhold 12 ✓ | unable 33 ✓ | reject 0 ✓ | otherHandling 20 ✓'),
    c('从办理结果看，予以公开99件、部分公开14件、不予公开12件、无法提供33件、其他处理20件。', 'open 99 ✓ | partial 14 ✓ | withhold 12 ✓ | unable 33 ✓ | otherHandling 20 ✓'),
    c('办理结果中，同意公开99件，部分公开14件。', 'open 99 ✓ | partial 14 ✓'),
    // The office's own name for itself (本办, 我局) in a breakdown leaves it whole; another body's does not.
    c('全年共收到政府信息公开申请178件，其中，予以公开99件，本办不掌握相关政府信息30件。', 'new 178 ✓ | open 99 ✓ | item:unable.notHeld 30 ✓'),
    c('全年共收到政府信息公开申请178件，其中，予以公开99件，县教育局不掌握相关政府信息30件。', 'new 178 ✓ | open 99 ✓'),
    // 缴费人 (fee payers, beside 纳税人 in a tax office's report) is who applied, not 逾期未缴费.
    c('全年共收到政府信息公开申请178件，其中缴费人申请3件。', 'new 178 ✓'),
    c('全年共受理纳税人、缴费人提出的政府信息公开申请178件。'),
    c('因申请人逾期未缴费不再处理5件。', 'item:other.noFee 5 ✓'),
    c('予以公开99件，占55.6%；部分公开14件，占7.9%。', 'open 99 ✓ | partial 14 ✓'),
    // 不同意公开, 不予以公开 are withheld (12), not 同意公开, 予以公开 (99).
    c('在办结的申请中，同意公开99件，同意部分公开14件，不同意公开12件。', 'open 99 ✓ | partial 14 ✓ | withhold 12 ✓'),
    c('全年办结178件，其中同意公开99件，不同意公开10件。', 'handled 178 ✓ | open 99 ✓ | withhold 10 ✗'),
    // A count dealt with that the clause after breaks down by outcome is of the requests (table 三's total, 178).
    c('已办结180件，其中予以公开99件、部分公开14件。', 'handled 180 ✗ | open 99 ✓ | partial 14 ✓'),
    c('在已答复的180件中，予以公开99件，部分公开14件。', 'handled 180 ✗ | open 99 ✓ | partial 14 ✓'),
    c('在已答复的178件中，予以公开99件，部分公开14件。', 'handled 178 ✓ | open 99 ✓ | partial 14 ✓'),
    c('全年办结180件：予以公开99件，部分公开14件。', 'handled 180 ✗ | open 99 ✓ | partial 14 ✓'),
    c('全年办结180件：网上申请120件，信函申请60件。'),
    // Not when the clause after is no breakdown by outcome, or the count is of another kind of work.
    c('已办结180件，其中网上申请120件。'),
    c('受理群众来信200件，已办结180件，其中予以公开99件。', 'open 99 ✓'),
    c('全年不予以公开12件。', 'withhold 12 ✓'),
    // A cause that is none of the group's items singles out a part of the group; 申请内容不明确 is an item.
    c('因涉及商业秘密不予公开3件。'),
    c('因不属于本机关职责无法提供3件。'),
    c('因申请内容不明确无法提供0件。', 'item:unable.unclear 0 ✓'),
    c('依法予以公开99件。', 'open 99 ✓'),
    c('共答复予以公开99件。', 'open 99 ✓'),
    c('对99件申请予以公开，对14件申请部分公开。', 'open 99 ✓ | partial 14 ✓'),
    c('不予公开12件（其中属于国家秘密2件，保护第三方合法权益1件，属于三类内部事务信息4件，属于行政执法案卷5件）。', 'withhold 12 ✓ | item:withhold.secret 2 ✓ | item:withhold.thirdParty 1 ✓ | item:withhold.internal 4 ✓ | item:withhold.enforcement 5 ✓'),
    c('无法提供33件（其中本机关不掌握相关政府信息30件，没有现成信息需要另行制作3件）。', 'unable 33 ✓ | item:unable.notHeld 30 ✓ | item:unable.notReady 3 ✓'),
    c('其中，因本机关不掌握相关政府信息无法提供30件。', 'item:unable.notHeld 30 ✓'),
    c('信息不存在30件。', 'item:unable.notHeld 30 ✓'),
    c('其他处理20件（其中申请人无正当理由逾期不补正3件，逾期未按收费通知要求缴纳费用5件，其他12件）。', 'otherHandling 20 ✓ | item:other.noCorrection 3 ✓ | item:other.noFee 5 ✓ | item:other.other 12 ✓'),
    c('全年共受理政府信息公开申请180件，其中2件为重复申请。', 'new 180 ✗ | item:reject.repeat 2 ✗'),
    c('全年共受理政府信息公开申请178件，其中重复申请0件。', 'new 178 ✓ | item:reject.repeat 0 ✓'),
    c('其中，信访举报投诉类申请0件，要求提供公开出版物0件。', 'item:reject.petition 0 ✓ | item:reject.publication 0 ✓'),
    c('属于国家秘密不予公开2件。', 'item:withhold.secret 2 ✓'),
    c('其中99件予以公开，14件部分公开。', 'open 99 ✓ | partial 14 ✓'),
    c('予以公开90件。', 'open 90 ✗'),
    c('其中不予公开3件。', 'withhold 3 ✗'),
    c('无法提供30件。', 'unable 30 ✗'),
    c('不予处理2件。', 'reject 2 ✗'),
    c('予以公开或部分公开113件。', 'openPlusPartial 113 ✓'),
    c('予以公开及部分公开99件，占87.6%。', 'openPlusPartial 99 ✗'),
    c('部分公开和予以公开共113件。', 'openPlusPartial 113 ✓'),
    c('因本机关不掌握等原因无法提供33件。', 'unable 33 ✓'),
    c('因本机关不掌握等原因无法提供30件。', 'unable 30 ✗'),
    c('因本机关不掌握相关政府信息无法提供30件。', 'item:unable.notHeld 30 ✓'),
    c('属于国家秘密等情形不予公开12件。', 'withhold 12 ✓'),
    c('予以公开、部分公开分别为99件、14件。', 'open 99 ✓ | partial 14 ✓'),
    c('其中自然人、法人或其他组织分别提出申请171件、7件。', 'natural 171 ✓ | orgs 7 ✓'),
    c('收到和办结的政府信息公开申请分别为178件、178件。', 'new 178 ✓ | handled 178 ✓'),
    c('予以公开、部分公开、不予公开分别为99件、14件、12件。', 'open 99 ✓ | partial 14 ✓ | withhold 12 ✓'),
    c('予以公开、部分公开分别为99件。'),
    c('本年度新收、上年结转的政府信息公开申请分别为178件和5件。', 'new 178 ✓ | carried 5 ✓'),
    // A verb before the list (收到自然人、法人申请) is said of every item, not one more item; 法人 alone is the organisations.
    c('收到自然人、法人申请分别为171件、7件。', 'natural 171 ✓ | orgs 7 ✓'),
    c('收到自然人、法人或其他组织申请分别为171件、7件。', 'natural 171 ✓ | orgs 7 ✓'),
    c('受理自然人和法人或其他组织的申请分别为171件、7件。', 'natural 171 ✓ | orgs 7 ✓'),
    c('行政复议、行政诉讼分别为25起、5起。', 'review 25 ✓ | suits 5 ✓'),
    // A name the tables do not have in the list, between the verb and an item, before the first or after the last: the
    // names outnumber the items, and nothing is paired.
    c('收到网上、自然人申请分别为100件、78件。'),
    c('收到自然人、个体工商户申请分别为171件、7件。'),
    c('个体工商户、自然人、法人申请分别为171件、7件。'),
    c('自然人、法人和个体工商户分别为171件、7件。'),
    c('予以公开、告知、不予公开分别为99件、3件、12件。'),
    c('全年主动予以公开政府信息3000条。', '', 'active'),
  ],

  'other years (not this year’s table)': [
    c('2023年共收到申请150件，2024年共收到申请178件。', 'new 178 ✓'),
    c('2023年，本机关共收到政府信息公开申请7件。'),
    c('全年共收到政府信息公开申请178件。2023年共收到政府信息公开申请150件。其中，予以公开90件。', 'new 178 ✓'),
    c('全年共收到政府信息公开申请178件，与2023年相比增加28件。其中，予以公开98件。', 'new 178 ✓ | open 98 ✗'),
    c('上半年收到申请80件，下半年收到申请98件。'),
    c('2024年1—6月，共收到政府信息公开申请80件。'),
    c('2024年1-12月，共收到政府信息公开申请178件。', 'new 178 ✓'),
    c('一季度受理政府信息公开申请30件。'),
    c('全年共收到政府信息公开申请178件，其中上半年80件。', 'new 178 ✓'),
    c('上年度共收到政府信息公开申请7件，本年度共收到178件。', 'new 178 ✓'),
    c('去年同期收到政府信息公开申请7件。'),
    c('2022年、2023年分别收到申请5件、7件。'),
    c('与2023年相比，受理数量增长了28件。'),
    c('申请数量比上年增长了三倍。'),
    c('2025年，我局将继续做好政府信息公开申请办理工作。'),
    c('2023年被申请行政复议3件，2024年被申请行政复议25件。', 'review 25 ✓'),
  ],

  'table 四: review and lawsuits': [
    c('本年度被申请行政复议25件，被提起行政诉讼5件。', 'review 25 ✓ | suits 5 ✓'),
    // The office's own cases, an agent acting for it named after the count: still read.
    c('本年度被提起政府信息公开行政诉讼5件，均委托法律顾问代理。', 'suits 5 ✓'),
    c('全年因政府信息公开工作被申请行政复议25件，其中结果维持8件，结果纠正10件，其他结果7件。', 'review 25 ✓ | review.upheld 8 ✓ | review.corrected 10 ✓ | review.other 7 ✓'),
    c('行政诉讼5件，其中直接起诉3件，复议后起诉2件。', 'suits 5 ✓ | suits.direct 3 ✓ | suits.afterReview 2 ✓'),
    c('未经复议直接起诉的行政诉讼3件，复议后起诉的行政诉讼2件。', 'suits.direct 3 ✓ | suits.afterReview 2 ✓'),
    // What a result was said of (维持原行政行为, 被责令重新答复) are words of the table's results.
    c('全年被申请行政复议25件，其中维持原行政行为8件、被责令重新答复10件。', 'review 25 ✓ | review.upheld 8 ✓ | review.corrected 10 ✓'),
    c('全年发生政府信息公开行政复议案件25件、行政诉讼案件5件。', 'review 25 ✓ | suits 5 ✓'),
    // Cases opening a clause of their own after requests broken down by channel (a county's 2022 report): no part of them.
    c('全年收到政府信息公开申请178件，其中网络申请100件，信函申请78件，已按时办理，发生行政复议26件。', 'new 178 ✓ | review 26 ✗'),
    c('全年收到政府信息公开申请178件，其中网络申请100件，信函申请78件，产生行政复议25件。', 'new 178 ✓ | review 25 ✓'),
    c('全年收到政府信息公开申请178件，其中网络申请100件，信函申请78件，出现行政诉讼6件。', 'new 178 ✓ | suits 6 ✗'),
    // Not a part of the requests named as such (其中1件被申请行政复议: one of them led to a review), read as before.
    c('全年收到政府信息公开申请178件，其中网络申请100件，信函申请78件，其中3件被申请行政复议。', 'new 178 ✓ | review 3 ✗'),
    // The review body, or a lawsuit's course, opening a clause in the breakdown: a channel of the requests, no cases.
    c('全年收到政府信息公开申请178件，其中网络申请100件，信函申请8件，行政复议机关转来的申请70件。', 'new 178 ✓'),
    c('全年收到政府信息公开申请178件，其中网络申请100件，信函申请8件，行政诉讼中法院调取70件。', 'new 178 ✓'),
    c('政府信息公开行政复议、行政诉讼案件共30件。', 'reviewAndSuits 30 ✓'),
    c('因政府信息公开被申请行政复议和提起行政诉讼共30件。', 'reviewAndSuits 30 ✓'),
    c('政府信息公开行政诉讼结果维持2件，尚未审结1件。', 'suits.upheld 2 ✓ | suits.pending 1 ✓'),
    c('政府信息公开行政复议被纠错10件。', 'review.corrected 10 ✓'),
    c('因政府信息公开被提起的行政诉讼败诉0件。', 'suits.corrected 0 ✓'),
    c('被申请行政复议25件，均已审结。', 'review 25 ✓ | review.pending 0 ✓'),
    // All the body's cases before a breakdown that names disclosure: not table 四's; the disclosure cases after it are.
    c('全年本机关作为被申请人的行政复议案件40件，其中涉及政府信息公开的25件。'),
    c('全年被申请行政复议40件，其中因政府信息公开引起的25件。'),
    // Cases said not to be about disclosure (不涉及, 与…无关, 无…类) in the same sentence: not table 四's.
    // (无政府信息公开类复议 itself says there were none: 0 against the table's 25.)
    c('全年本机关作为被申请人的行政复议案件40件，均为行政处罚类，无政府信息公开类复议。', 'review 0 ✗'),
    c('全年被申请行政复议40件，均不涉及政府信息公开。'),
    c('全年被申请行政复议40件、被提起行政诉讼9件，均与政府信息公开无关。'),
    // Named as about disclosure themselves, or with nothing said against it: table 四's.
    c('全年因政府信息公开被申请行政复议40件，无政府信息公开行政诉讼。', 'review 40 ✗ | suits 0 ✗'),
    c('全年被申请行政复议40件，均为政府信息公开类。', 'review 40 ✗'),
    c('全年共发生行政复议案件40件、行政诉讼案件9件，其中政府信息公开类行政复议25件、行政诉讼5件。', 'review 25 ✓ | suits 5 ✓'),
    c('全年共发生行政复议案件40件、行政诉讼案件9件，其中政府信息公开类行政复议26件、行政诉讼5件。', 'review 26 ✗ | suits 5 ✓'),
    c('全年因政府信息公开被申请行政复议27件，其中维持8件。', 'review 27 ✗ | review.upheld 8 ✓'),
    // 均已审结 in a statement of its own after a semicolon: the group that statement names (seed 002: 复议 尚未审结 0, 诉讼 1).
    c('被提起行政诉讼5件，尚未审结1件；被申请行政复议25件，均已审结。', 'suits 5 ✓ | suits.pending 1 ✓ | review 25 ✓ | review.pending 0 ✓'),
    c('被申请行政复议25件，维持8件；被提起行政诉讼5件，均已审结。', 'review 25 ✓ | review.upheld 8 ✓ | suits 5 ✓ | suits.pending 0 ✗'),
    c('被申请行政复议25件，被提起行政诉讼5件，均已审结。', 'review 25 ✓ | suits 5 ✓ | reviewAndSuits.pending 0 ✗'),
    c('全年政府信息公开案件被申请行政复议25件。', 'review 25 ✓'),
    c('全年政府信息公开类案件被申请行政复议26件。', 'review 26 ✗'),
    c('被申请行政复议25件，已作出复议决定20件。', 'review 25 ✓'),
    c('行政复议25件，20件做了复议决定，行政诉讼5件，3件法院做出判决。', 'review 25 ✓ | suits 5 ✓'),
    c('被申请行政复议25件，均获维持。', 'review 25 ✓ | review.notUpheld 0 ✗'),
    c('行政复议25件，行政诉讼5件，均被维持。', 'review 25 ✓ | suits 5 ✓ | reviewAndSuits.notUpheld 0 ✗'),
    c('被提起行政诉讼5件，全部获法院判决维持。', 'suits 5 ✓ | suits.notUpheld 0 ✗'),
    // Cases counted in 例; not examples published (典型案例).
    c('全年因政府信息公开被申请行政复议25例，被提起行政诉讼5例。', 'review 25 ✓ | suits 5 ✓'),
    c('被申请行政复议25例，结果维持。', 'review 25 ✓ | review.notUpheld 0 ✗'),
    c('全年选取行政复议典型案例3例进行公开。'),
    c('全年发布政府信息公开行政复议典型案例3件。'),
    // A bare result as a clause of its own right after the count: every counted case's.
    c('被申请行政复议25件，结果维持。', 'review 25 ✓ | review.notUpheld 0 ✗'),
    c('被提起行政诉讼5件，判决结果为维持原答复。', 'suits 5 ✓ | suits.notUpheld 0 ✗'),
    c('复议机关审理结果维持。'),
    // So is a bare 结果纠正 or 尚未审结: every case of the group counted right before it (复议后起诉 1 upheld, 1 pending).
    c('被申请行政复议25件，结果纠正。', 'review 25 ✓ | review.notCorrected 0 ✗'),
    c('复议后起诉2件，尚未审结。', 'suits.afterReview 2 ✓ | suits.afterReview.notPending 0 ✗'),
    c('被申请行政复议25件，被提起行政诉讼5件，目前仍在审理中。', 'review 25 ✓ | suits 5 ✓ | suits.notPending 0 ✗'),
    // After 为, as the columns are named (为结果维持, 为其他结果), or 结果为其他: every counted case's too.
    c('被申请行政复议25件，为结果维持。', 'review 25 ✓ | review.notUpheld 0 ✗'),
    c('被申请行政复议25件，为维持原答复。', 'review 25 ✓ | review.notUpheld 0 ✗'),
    c('被申请行政复议25件，为结果纠正。', 'review 25 ✓ | review.notCorrected 0 ✗'),
    c('被申请行政复议25件，为其他结果。', 'review 25 ✓ | review.notOther 0 ✗'),
    c('被申请行政复议25件，结果为其他。', 'review 25 ✓ | review.notOther 0 ✗'),
    c('被申请行政复议25件，其他结果。', 'review 25 ✓ | review.notOther 0 ✗'),
    c('复议后起诉2件，为尚未审结。', 'suits.afterReview 2 ✓ | suits.afterReview.notPending 0 ✗'),
    c('因答复不及时被申请行政复议1件，为其他结果。'),
    c('被申请行政复议25件，维持8件，为其他结果。', 'review 25 ✓ | review.upheld 8 ✓'),
    // With a count of its own, of part of the cases (a cause, an instance), or of the office as review body: not of every case.
    c('被提起行政诉讼5件，其中1件尚未审结。', 'suits 5 ✓ | suits.pending 1 ✓'),
    c('因答复不及时被申请行政复议1件，结果纠正。'),
    c('被提起行政诉讼5件，一审判决后上诉，尚在审理中。', 'suits 5 ✓'),
    c('作为行政复议机关审理复议案件3件，尚未审结。'),
    c('被申请行政复议25件，结果维持8件。', 'review 25 ✓ | review.upheld 8 ✓'),
    c('除1件尚未审结外，其余行政诉讼案件均获维持。'),
    c('行政复议案件并非均获维持。'),
    c('因政府信息公开被申请行政复议25件（维持8件、纠正10件、其他7件）。', 'review 25 ✓ | review.upheld 8 ✓ | review.corrected 10 ✓ | review.other 7 ✓'),
    // A bare 其他 after results of the group is 其他结果, without 其中 too.
    c('行政复议结果维持8件，纠错10件，其他7件。', 'review.upheld 8 ✓ | review.corrected 10 ✓ | review.other 7 ✓'),
    c('行政复议25件，维持8件，纠错10件，其他7件；行政诉讼5件，维持2件，其他2件，尚未审结1件。', 'review 25 ✓ | review.upheld 8 ✓ | review.corrected 10 ✓ | review.other 7 ✓ | suits 5 ✓ | suits.upheld 2 ✓ | suits.other 2 ✓ | suits.pending 1 ✓'),
    c('复议后起诉2件（其中维持1件，尚未审结1件）。', 'suits.afterReview 2 ✓ | suits.afterReview.upheld 1 ✓ | suits.afterReview.pending 1 ✓'),
    c('因政府信息公开被提起行政诉讼5件，其中败诉0件。', 'suits 5 ✓ | suits.corrected 0 ✓'),
    c('因政府信息公开被申请行政复议二十五件，被提起行政诉讼五件，其中复议后起诉两件。', 'review 25 ✓ | suits 5 ✓ | suits.afterReview 2 ✓'),
    c('本年度因政府信息公开被申请行政复议20件。', 'review 20 ✗'),
    c('因政府信息公开被提起行政诉讼3件。', 'suits 3 ✗'),
    c('政府信息公开行政复议、行政诉讼案件共25件。', 'reviewAndSuits 25 ✗'),
    c('行政诉讼5件，其中直接起诉2件，复议后起诉3件。', 'suits 5 ✓ | suits.direct 2 ✗ | suits.afterReview 3 ✗'),
    c('全年被申请行政复议25件，其中被纠错3件。', 'review 25 ✓ | review.corrected 3 ✗'),
    // The results as review bodies and courts word them: 责令重新答复 is a correction; after the results, a
    // count whose words name none is not the total; a court's 驳回 and 尚在审理.
    c('行政复议案件中，维持原答复8件，责令重新答复10件，申请人撤回申请等其他结果7件。', 'review.upheld 8 ✓ | review.corrected 10 ✓'),
    c('行政复议案件中，维持原答复8件，变更原答复3件。', 'review.upheld 8 ✓'),
    c('行政诉讼中，法院判决维持2件，驳回起诉2件，尚在审理1件。', 'suits.upheld 2 ✓ | suits.pending 1 ✓'),
    // After all four results, a bare total (总计, 合计) is the group's total; after fewer, the sum of those named.
    c('行政复议方面，结果维持8件、结果纠正10件、其他结果7件、尚未审结0件，总计25件。', 'review.upheld 8 ✓ | review.corrected 10 ✓ | review.other 7 ✓ | review.pending 0 ✓ | review 25 ✓'),
    c('行政复议方面，结果维持8件、结果纠正10件、其他结果7件、尚未审结0件，总计26件。', 'review.upheld 8 ✓ | review.corrected 10 ✓ | review.other 7 ✓ | review.pending 0 ✓ | review 26 ✗'),
    c('行政复议中，维持8件、纠正10件，共计18件。', 'review.upheld 8 ✓ | review.corrected 10 ✓'),
    // 判决驳回原告诉讼请求 is how a court upholds the act (结果维持); 撤诉等其他结果, 驳回等其他结果 name their column.
    c('因政府信息公开被提起行政诉讼5件，其中法院判决驳回原告诉讼请求2件，判决撤销重作1件，原告撤诉等其他结果2件。', 'suits 5 ✓ | suits.upheld 2 ✓ | suits.corrected 1 ✗ | suits.other 2 ✓'),
    c('因政府信息公开被提起行政诉讼5件，其中判决驳回原告诉讼请求3件。', 'suits 5 ✓ | suits.upheld 3 ✗'),
    c('因政府信息公开被申请行政复议25件，其中驳回等其他结果7件。', 'review 25 ✓ | review.other 7 ✓'),
    c('因政府信息公开被提起行政诉讼5件，其中原告撤诉2件。', 'suits 5 ✓'),
    c('行政诉讼案件5件中，胜诉2件，败诉0件，其他2件，未结1件。', 'suits 5 ✓ | suits.upheld 2 ✓ | suits.corrected 0 ✓ | suits.other 2 ✓ | suits.pending 1 ✓'),
    // A total after both groups is of the two together.
    c('全年行政复议25件，行政诉讼5件，共计30件。', 'review 25 ✓ | suits 5 ✓ | reviewAndSuits 30 ✓'),
    c('全年行政复议25件，行政诉讼5件，共计31件。', 'review 25 ✓ | suits 5 ✓ | reviewAndSuits 31 ✗'),
    // A result after both groups, none counted before it: of the lawsuits, or of the two together (10 + 0).
    c('全年因政府信息公开被申请行政复议25件，被提起行政诉讼5件，被纠错10件。', 'review 25 ✓ | suits 5 ✓ | suits.corrected 10 ✓'),
    c('全年因政府信息公开被申请行政复议25件，被提起行政诉讼5件，被纠错12件。', 'review 25 ✓ | suits 5 ✓ | suits.corrected 12 ✗'),
    // After the review's own results, the results after 行政诉讼 are the lawsuits' (8 + 1 + 1 upheld in all).
    c('行政复议25件，维持8件；行政诉讼5件，维持10件。', 'review 25 ✓ | review.upheld 8 ✓ | suits 5 ✓ | suits.upheld 10 ✗'),
    c('本局作为复议机关，全年共办理行政复议案件120件。', '', 'overview'),
    c('全年审结各类行政诉讼案件300件。', '', 'overview'),
    c('县政府作为被申请人的行政复议案件20件，被提起行政诉讼15件。', '', 'overview'),
    c('因政府信息公开被申请行政复议25件。', 'review 25 ✓', 'overview'),
    // The topic 监督保障 run into part 一's prose reads as its sub-heading: the review and lawsuits there are the disclosure cases.
    c('监督保障方面，全年被申请行政复议25件。', 'review 25 ✓', 'overview'),
    c('五是健全监督保障，全年被提起行政诉讼5件。', 'suits 5 ✓', 'overview'),
    c('（五）监督保障：全年未发生行政复议、行政诉讼案件。', 'reviewAndSuits 0 ✗', 'overview'),
    // Not the body's cases of every kind, nor those it decides as the review body, nor the topic named later in the sentence.
    c('监督保障方面，坚持依法行政，全年办理各类行政复议案件40件。', '', 'overview'),
    c('监督保障方面，作为复议机关审理行政复议案件40件。', '', 'overview'),
    c('全年被申请行政复议40件，强化监督保障。', '', 'overview'),
    c('被申请行政复议和提起行政诉讼分别为25件和5件。', 'review 25 ✓ | suits 5 ✓'),
    c('因答复不及时被申请行政复议2件。'),
    c('全年未出现因答复不及时引发行政复议的情况。'),
    c('因答复不及时被申请行政复议，未被纠错。'),
    c('行政复议案件无被纠错情况。', 'review.corrected 0 ✗'),
    c('行政复议零纠错。', 'review.corrected 0 ✗'),
    c('全年行政诉讼实现零败诉。', 'suits.corrected 0 ✓'),
    c('行政诉讼无败诉案件。', 'suits.corrected 0 ✓'),
    c('行政复议、行政诉讼均无败诉。', 'suits.corrected 0 ✓'),
    c('2024年，本机关未发生政府信息公开行政复议、行政诉讼情况。', 'reviewAndSuits 0 ✗'),
    c('本年度本单位无政府信息公开申请，无行政复议、行政诉讼。', 'new 0 ✗ | reviewAndSuits 0 ✗'),
    c('申请人对答复不服的，可以依法申请行政复议或者提起行政诉讼。'),
    c('全年无因政府信息公开被提起行政诉讼的案件，行政复议案件25件。', 'suits 0 ✗ | review 25 ✓'),
    c('全年未收到政府信息公开申请，也未发生行政复议和行政诉讼。', 'new 0 ✗ | reviewAndSuits 0 ✗'),
    c('全年共收到政府信息公开申请0件。', 'new 0 ✗'),
    // The requests named by the work they are, with a verb of happening or as a 情况: none received.
    c('全年未发生依申请公开事项。', 'new 0 ✗'),
    c('本年度没有出现依申请公开情况。', 'new 0 ✗'),
    c('全年无依申请公开情况。', 'new 0 ✗'),
    // Not when the clause goes on to name something else that did not happen.
    c('全年未发生依申请公开引发的行政复议。', 'review 0 ✗'),
    // The review body named after the negation: its papers, no case (not none of the reviews).
    c('全年未收到行政复议机关的转办函。'),
    c('全年未收到政府信息公开申请与行政复议机关的转办函。'),
    c('全年未发生依申请公开政府信息泄密事件。'),
    c('全年没有出现依申请公开逾期答复情况。'),
    // The information asked for, received by none (a 2025 street office's report: 未接到群众要求公开的信息).
    c('本年度，未接到群众要求公开的信息。', 'new 0 ✗'),
    c('全年未收到申请公开的政府信息。', 'new 0 ✗'),
    c('全年未收到群众要求公开信息的来电。'),
    // None applied, the applicant the subject (varied from the townships' own statements of none).
    c('本年度，未有申请人提出政府信息公开申请。', 'new 0 ✗'),
    c('全年无人申请政府信息公开。', 'new 0 ✗'),
    c('2024年，没有公民、法人或其他组织向本机关提出政府信息公开申请。', 'new 0 ✗'),
    c('全年未收到申请公开政府信息的申请。', 'new 0 ✗'),
    // Not one kind of applicant, nor something else the applicants did, nor a clause that goes on.
    c('本年度，未有法人提出政府信息公开申请。'),
    c('本年度，没有人提出异议。'),
    c('无人申请政府信息公开是因为宣传不足。'),
    c('全年未收到申请公开政府信息的申请人来电。'),
    // One negation over the requests and, after 及/和, the cases: each half its own statement.
    c('全年未收到政府信息公开申请和行政复议。', 'new 0 ✗ | review 0 ✗'),
    c('本年度无依申请公开及行政复议、行政诉讼案件。', 'new 0 ✗ | reviewAndSuits 0 ✗'),
    c('全年无政府信息公开申请结转办理情况及政府信息公开行政复议、诉讼处理情况等。', 'carryNext 0 ✗ | reviewAndSuits 0 ✗'),
    // The cases alone, joined to each other or to words that are no statement of the requests: as before.
    c('本年度未发生政府信息公开行政复议和行政诉讼。', 'reviewAndSuits 0 ✗'),
    c('全年未收到对政府信息公开申请答复不服的行政复议。'),
    // Cases of the year stemming from last year's requests (a 2024 district office's wording): table 四 of the
    // report's year counts them (format.md §4), the year in the cause dates the requests alone.
    c('办理因2023年度政府信息公开申请引发行政复议25件、引发行政诉讼5件。', 'review 25 ✓ | suits 5 ✓'),
    // The year heading the clause, or a cause narrower than the requests: as before.
    c('2023年度因政府信息公开申请引发行政复议20件。'),
    c('因2023年度政府信息公开申请答复不及时引发行政复议20件。'),
    c('未收到涉及本单位的政府信息公开申请。'),
    c('对于无法提供的申请，均依法告知申请人。'),
  ],

  'zero statements and their scope': [
    c('全年未收到政府信息公开申请。', 'new 0 ✗'),
    // The requests named by the work they are of (依申请公开), the clause ending there: none received.
    c('2024年，本机关未收到依申请公开信息。', 'new 0 ✗'),
    c('全年未接到依申请公开办件。', 'new 0 ✗'),
    c('本年度我局未收到依申请公开事项申请。', 'new 0 ✗'),
    c('2024年我局未收到依申请公开，全年新闻发布会3场。', 'new 0 ✗'),
    c('全年未收到依申请公开信息方面的投诉。'),
    c('2023年，本机关未收到依申请公开信息。'),
    c('本年度无政府信息公开申请。', 'new 0 ✗'),
    c('全年没有收到依申请公开申请。', 'new 0 ✗'),
    c('本年度没有收到政府信息公开申请的情况。', 'new 0 ✗'),
    // None of the requests was late or withdrawn: not none at all.
    c('全年无政府信息公开申请逾期答复情况。'),
    c('全年无政府信息公开申请超期办理。'),
    c('本年度无政府信息公开申请被撤回的情况。'),
    c('全年无因政府信息公开工作被申请行政复议或提起行政诉讼的情况。', 'reviewAndSuits 0 ✗'),
    c('本年度无政府信息公开行政复议、行政诉讼案件。', 'reviewAndSuits 0 ✗'),
    c('全年未产生因政府信息公开引起的行政复议和行政诉讼案件。', 'reviewAndSuits 0 ✗'),
    c('本年度未发生政府信息公开行政诉讼案件。', 'suits 0 ✗'),
    // 被起诉 is a lawsuit; 未经复议 names the direct lawsuits and negates nothing; the lawsuits of one kind.
    c('全年未发生因政府信息公开被起诉的情况。', 'suits 0 ✗'),
    c('全年没有未经复议直接起诉的案件。', 'suits.direct 0 ✗'),
    c('全年没有复议后起诉的案件。', 'suits.afterReview 0 ✗'),
    c('全年未经复议直接起诉的案件为零。', 'suits.direct 0 ✗'),
    // A bare zero closing the clause (均为零, 为0) is a count of 0; not a rate's (差错率为0, 比例为零).
    c('全年政府信息公开行政复议、行政诉讼均为零。', 'reviewAndSuits 0 ✗'),
    c('上年结转申请为零。', 'carried 0 ✗'),
    c('结转下年度继续办理的申请为0。', 'carryNext 0 ✗'),
    c('全年受理申请178件中不予公开的为零。', 'new 178 ✓ | withhold 0 ✗'),
    c('全年依申请公开差错率为0。'),
    c('不予公开的比例为零。'),
    c('全年申请量同比增长为零。'),
    c('行政诉讼中，未经复议直接起诉3件。', 'suits.direct 3 ✓'),
    c('全年没有发生因依申请公开工作引起的行政复议、行政诉讼败诉等事项。', 'suits.corrected 0 ✓'),
    c('因政府信息公开被申请行政复议25件，均未被纠错。', 'review 25 ✓ | review.corrected 0 ✗'),
    // 均 after several groups: all of them (复议 has 10 corrected); without 均 the last group named.
    c('本年度涉及政府信息公开的行政复议25件，行政诉讼5件，均未被纠错。', 'review 25 ✓ | suits 5 ✓ | reviewAndSuits.corrected 0 ✗'),
    c('本年度涉及政府信息公开的行政复议25件，行政诉讼5件，未被纠错。', 'review 25 ✓ | suits 5 ✓ | suits.corrected 0 ✓'),
    c('本年度涉及政府信息公开的行政复议25件，行政诉讼5件，均未败诉。', 'review 25 ✓ | suits 5 ✓ | suits.corrected 0 ✓'),
    c('全年未发生政府信息公开行政诉讼败诉案件。', 'suits.corrected 0 ✓'),
    // None of one result (seed 002: 复议 尚未审结 0, 其他结果 7; 诉讼 尚未审结 1), not none at all; results the
    // table does not count apart (撤诉) are none of its figures.
    c('截至年底，无尚未审结的政府信息公开行政复议案件。', 'review.pending 0 ✓'),
    c('本年度无政府信息公开行政复议尚未审结的案件。', 'review.pending 0 ✓'),
    c('本年度无政府信息公开行政诉讼尚未审结案件。', 'suits.pending 0 ✗'),
    c('本年度无政府信息公开行政复议其他结果案件。', 'review.other 0 ✗'),
    c('本年度无政府信息公开行政诉讼撤诉案件。'),
    // Every case of a group decided: none pending (seed 002: 复议 0, 诉讼 1); not as of a later date.
    c('政府信息公开行政诉讼案件均已审结。', 'suits.pending 0 ✗'),
    c('截至目前，政府信息公开行政诉讼案件均已审结。'),
    // None of an outcome, now also 无法提供 (33) and 其他处理 (20); every request from natural persons (7 from organisations).
    c('全年未出现无法提供的情形。', 'unable 0 ✗'),
    c('本年度无其他处理情形。', 'otherHandling 0 ✗'),
    c('申请人均为自然人。', 'orgs 0 ✗'),
    c('全年收到的申请均由自然人提出。', 'orgs 0 ✗'),
    c('政府信息公开行政复议申请人均为自然人。'),
    c('无上年结转申请。', 'carried 0 ✗'),
    // None of the requests had an outcome (seed 002: 不予公开12, 部分公开14, 不予处理0); one cause of it, or its
    // improper use (应公开而不予公开), is not that.
    c('全年未出现不予公开的情况。', 'withhold 0 ✗'),
    c('全年共收到申请178件，未作出不予公开的答复。', 'new 178 ✓ | withhold 0 ✗'),
    c('全年没有部分公开的情形。', 'partial 0 ✗'),
    c('本年度无不予处理的申请。', 'reject 0 ✓'),
    c('全年未出现应公开而不予公开的情况。'),
    c('对涉及国家秘密的信息依法不予公开。'),
    c('本年度无结转下年度的申请。', 'carryNext 0 ✗'),
    // Zero statements whose only negation is 不存在, in sentences with no figure at all.
    c('不存在上年结转申请。', 'carried 0 ✗'),
    c('本机关不存在需结转至下年度的申请。', 'carryNext 0 ✗'),
    c('本年度未收取行政事业性收费。', 'fee 0 ✗'),
    c('本年度未制定规章。', 'regulation.issued 0 ✓'),
    c('本年度未制发行政规范性文件。', 'normative.issued 0 ✗'),
    // A count written in 万 agrees within its writer's rounding (21650: 2.17万, 2.2万, 2万; not 2.5万).
    c('全年作出行政许可决定2.17万件。', 'license 21700 ✓', 'active'),
    c('全年作出行政许可决定2.2万件。', 'license 22000 ✓', 'active'),
    c('全年作出行政许可决定2.5万件。', 'license 25000 ✗', 'active'),
    c('全年作出行政许可决定21600件。', 'license 21600 ✗', 'active'),
    // A project's licence among the kinds named (建设项目许可等行政许可) is a kind of decision, not a count of items.
    c('全年办理取水许可、河道管理范围内建设项目许可等行政许可21650件。', 'license 21650 ✓', 'active'),
    c('全年办理取水许可、河道管理范围内建设项目许可等行政许可21000件。', 'license 21000 ✗', 'active'),
    c('全年办理建设项目审批等行政许可21650件。', 'license 21650 ✓', 'active'),
    c('梳理公布行政许可项目21650项。', '', 'active'),
    c('行政许可事项清单共21650项。', '', 'active'),
    c('其中法人或其他组织申请0.07万件。', 'orgs 700 ✗'),
    c('全年未实施行政强制。', 'coercion 0 ✗', 'active'),
    c('2024年，本机关没有作出行政处罚决定。', 'penalty 0 ✗', 'active'),
    c('对首次轻微违法行为未作出行政处罚。', '', 'active'),
    c('本机关无行政许可职能。', '', 'active'),
    c('本机关无规章制定权。'),
    c('所有申请均在法定期限内答复。'),
    c('本年度未收取信息处理费。', '', 'other'),
    c('全年未收到涉及商业秘密的政府信息公开申请。'),
    c('全年未通过信函方式收到申请。'),
    // 无下年度结转 as 无上年度结转 is for last year's; 任何, 要求, 关于 are no part the table leaves out.
    c('全年无下年度结转。', 'carryNext 0 ✗'),
    c('全年未收到任何要求公开政府信息的申请。', 'new 0 ✗'),
    c('全年未收到关于征地拆迁的申请。'),
    // 关于政府信息公开的申请: the topic is disclosure itself, every request; not a project, nor 政府信息公开工作.
    c('全年未收到公众关于政府信息公开的申请。', 'new 0 ✗'),
    c('全年未收到关于政府信息公开方面的申请。', 'new 0 ✗'),
    c('全年未收到关于征地拆迁项目的申请。'),
    c('全年未收到公众关于政府信息公开工作的申请。'),
    c('全年未收到关于政府信息公开的投诉。'),
    c('全年未收到任何关于征地拆迁的申请。'),
    c('全年未收到人大代表建议。'),
    c('2023年未收到政府信息公开申请。'),
    c('全年未发生因信息公开不当引发的舆情事件。'),
  ],

  'table 二: 规章 and 行政规范性文件 (7 / 35 / 102; 规章 0)': [
    c('全年新制定规范性文件7件，废止35件，现行有效102件。', 'normative.issued 7 ✓ | normative.repealed 35 ✓ | normative.inForce 102 ✓', 'active'),
    c('本年度制发行政规范性文件7件，废止4件，失效31件，现行有效102件。', 'normative.issued 7 ✓ | normative.repealed 4 ✓ | normative.inForce 102 ✓', 'active'),
    c('本机关主动公开规范性文件，其中新制定7件，失效31件，废止4件，现行有效102件。', 'normative.issued 7 ✓ | normative.repealed 4 ✓ | normative.inForce 102 ✓', 'active'),
    c('全年印发行政规范性文件7件。', 'normative.issued 7 ✓', 'active'),
    // By issuer: each is a part of the table's figure, which counts every issuer's documents; a total after them is the figure.
    c('县政府制发规范性文件4件，县政府办公室制发规范性文件3件。', '', 'active'),
    c('以县政府名义制发规范性文件4件，以县政府办公室名义制发规范性文件3件，共制发规范性文件7件。', 'normative.issued 7 ✓', 'active'),
    c('县政府制发规范性文件7件。', 'normative.issued 7 ✓', 'active'),
    // Documents in force body by body: each a part of the table's figure; one body alone is the figure.
    c('县政府现行有效规范性文件78件、县政府办公室现行有效规范性文件54件。', '', 'active'),
    c('县政府现行有效规范性文件100件。', 'normative.inForce 100 ✗', 'active'),
    c('全年出台规范性文件七件。', 'normative.issued 7 ✓', 'active'),
    c('现行有效规范性文件102件。', 'normative.inForce 102 ✓', 'active'),
    // Counted up to a date of the next year (the report written in its first months): not the year-end figure.
    c('截至2025年3月底，县政府现行有效规范性文件105件。', '', 'active'),
    c('截至2025年3月，现行有效规范性文件105件，其中2024年新制定7件。', 'normative.issued 7 ✓', 'active'),
    c('截至2024年12月31日，县政府现行有效规范性文件105件。', 'normative.inForce 105 ✗', 'active'),
    c('截至2024年底，现行有效规范性文件102件。', 'normative.inForce 102 ✓', 'active'),
    c('本年度新制定规章0件，现行有效规章0件。', 'regulation.issued 0 ✓ | regulation.inForce 0 ✓', 'active'),
    c('出台规范性文件8件。', 'normative.issued 8 ✗', 'active'),
    c('现行有效的行政规范性文件共100件。', 'normative.inForce 100 ✗', 'active'),
    c('全年废止规范性文件30件。', 'normative.repealed 30 ✗', 'active'),
    c('修改规范性文件3件。', '', 'active'),
    c('完善规章制度3项，修订规范性文件2件。', '', 'active'),
    c('规范性文件有效期届满失效31件。', '', 'active'),
    c('主动公开规范性文件102件。', '', 'active'),
    // 政府规章, 部门规章 in a breakdown are the table's 规章.
    c('全年主动公开政府信息1200条，其中制定政府规章0件、制发行政规范性文件7件。', 'regulation.issued 0 ✓ | normative.issued 7 ✓', 'active'),
    c('全年主动公开政府信息1200条，其中制定部门规章2件。', 'regulation.issued 2 ✗', 'active'),
    // 分别 pairing the document rows, the verb said of both.
    c('截至年底现行有效的政府规章和行政规范性文件分别为0件和102件。', 'regulation.inForce 0 ✓ | normative.inForce 102 ✓', 'active'),
    c('本年度制发规章和行政规范性文件分别为0件、7件。', 'regulation.issued 0 ✓ | normative.issued 7 ✓', 'active'),
    c('全年制定和废止规范性文件分别为7件、35件。', 'normative.issued 7 ✓ | normative.repealed 35 ✓', 'active'),
    c('建立健全规章制度和规范性文件分别为3项和7件。', '', 'active'),
    // 截至年底 is the year's end, a time word inside a breakdown (截至目前 is a later date: not read).
    c('全年主动公开政府信息1200条，其中制发行政规范性文件7件，截至年底现行有效的规章和行政规范性文件分别为0件和102件。', 'normative.issued 7 ✓ | regulation.inForce 0 ✓ | normative.inForce 102 ✓', 'active'),
    c('全年主动公开政府信息1200条，其中制发行政规范性文件7件，截至年底现行有效100件。', 'normative.issued 7 ✓ | normative.inForce 100 ✗', 'active'),
    c('全年主动公开政府信息1200条，其中制发行政规范性文件7件，截至目前现行有效102件。', 'normative.issued 7 ✓', 'active'),
    c('在政府网站发布规范性文件解读10篇。', '', 'active'),
    c('全年在门户网站发布规范性文件7件。', '', 'active'),
    c('其中县政府规范性文件5件，部门规范性文件2件。', '', 'active'),
    c('全年清理规范性文件40件。', '', 'active'),
    // In force, then those of them issued in the report's year (新制发, 新印发 as well as 新制定): 本年制发件数.
    c('现行有效规范性文件102件，其中2024年新制发7件。', 'normative.inForce 102 ✓ | normative.issued 7 ✓', 'active'),
    c('现行有效规范性文件102件，其中2024年新制发8件。', 'normative.inForce 102 ✓ | normative.issued 8 ✗', 'active'),
    c('现行有效规范性文件102件，其中本年度新制发7件。', 'normative.inForce 102 ✓ | normative.issued 7 ✓', 'active'),
    c('现行有效行政规范性文件102件，其中今年新印发9件。', 'normative.inForce 102 ✓ | normative.issued 9 ✗', 'active'),
    c('截至2025年3月底，现行有效规范性文件105件，其中2024年新制发7件。', 'normative.issued 7 ✓', 'active'),
    // Issued in another year, or after the year's end: not the table's.
    c('现行有效规范性文件102件，其中2023年新制发8件。', 'normative.inForce 102 ✓', 'active'),
    c('截至2025年3月底，现行有效规范性文件105件，其中2025年新制发3件。', '', 'active'),
    // Verbs joined by 并, in a breakdown of what was published too.
    c('本年度制定并公开规范性文件7件。', 'normative.issued 7 ✓', 'active'),
    c('本年度制定并公布行政规范性文件8件。', 'normative.issued 8 ✗', 'active'),
    c('全年主动公开政府信息1200条，其中本年度制定并公开规范性文件8件。', 'normative.issued 8 ✗', 'active'),
    c('全年主动公开政府信息1200条，其中制发并公布规范性文件7件。', 'normative.issued 7 ✓', 'active'),
    // The total of counts given body by body, each the report's own body: the table's figure.
    c('县政府制发规范性文件4件，县政府办公室制发3件，合计7件。', 'normative.issued 7 ✓', 'active'),
    c('县政府制发规范性文件4件，县政府办公室制发3件，合计8件。', 'normative.issued 8 ✗', 'active'),
    c('以县政府名义制发规范性文件4件，以县政府办公室名义制发规范性文件3件，共计8件。', 'normative.issued 8 ✗', 'active'),
    c('县政府现行有效规范性文件78件、县政府办公室现行有效规范性文件24件，共计100件。', 'normative.inForce 100 ✗', 'active'),
    c('县政府现行有效规范性文件78件、县政府办公室现行有效规范性文件24件，共计102件。', 'normative.inForce 102 ✓', 'active'),
    c('县政府制发规范性文件4件，县政府办公室制发3件，合计7件，较上年增加2件。', 'normative.issued 7 ✓', 'active'),
    // Another body among the parts, a wider body's total, another year's, or counts of two kinds: no total read.
    c('县政府制发规范性文件4件，县教育局制发3件，合计8件。', '', 'active'),
    c('县政府和县教育局制发规范性文件4件，县政府办公室制发3件，合计8件。', '', 'active'),
    c('县政府制发规范性文件4件，县政府办公室制发3件，全县合计20件。', '', 'active'),
    c('县政府制发规范性文件4件，县政府办公室制发3件，各部门共计20件。', '', 'active'),
    c('县政府制发规范性文件4件，县政府办公室制发3件，2023年合计9件。', '', 'active'),
    c('县政府制发规范性文件4件，县政府办公室废止3件，合计7件。', 'normative.issued 4 ✗ | normative.repealed 3 ✗', 'active'),
  ],

  'table 二: licensing, penalties, coercion, fees': [
    c('办理行政许可21650件，作出行政处罚决定2656件，实施行政强制500件。', 'license 21650 ✓ | penalty 2656 ✓ | coercion 500 ✓', 'active'),
    c('全年作出行政许可决定21650件。', 'license 21650 ✓', 'active'),
    c('本年度行政处罚2656起。', 'penalty 2656 ✓', 'active'),
    // Cases opened (立案) or handed on (移送) come before a decision: not the decisions made.
    c('行政处罚立案2800件，结案2656件，作出行政处罚决定2656件。', 'penalty 2656 ✓', 'active'),
    c('行政处罚立案2800件，作出行政处罚决定2600件。', 'penalty 2600 ✗', 'active'),
    c('全年行政处罚案件立案2800件，移送司法机关12件。', '', 'active'),
    c('全年行政强制决定500件。', 'coercion 500 ✓', 'active'),
    // A clause naming another kind of decision than the one before it (查封扣押, 税收强制执行 after 处罚) is not read as the one before.
    c('全年作出行政处罚决定2656件，实施查封扣押9件、责令停产停业3件。', 'penalty 2656 ✓', 'active'),
    c('全年作出税务行政处罚决定2656件，实施税收强制执行措施7件。', 'penalty 2656 ✓', 'active'),
    c('全年作出行政处罚决定2656件，行政强制决定500件。', 'penalty 2656 ✓ | coercion 500 ✓', 'active'),
    // Nor a clause naming a thing of its own the tables do not count (违法行为, 车辆): words of the same kind are no such thing.
    c('办理行政许可21650件；开展专项整治，查处各类交通运输违法行为1126起，作出行政处罚决定2656件。', 'license 21650 ✓ | penalty 2656 ✓', 'active'),
    c('作出行政处罚决定2656件，查处违法行为1126起。', 'penalty 2656 ✓', 'active'),
    c('实施行政强制500件，暂扣车辆28件。', 'coercion 500 ✓', 'active'),
    c('行政处罚方面，全年作出处罚决定2656件。', 'penalty 2656 ✓', 'active'),
    c('行政强制方面，实施查封扣押措施500件。', 'coercion 500 ✓', 'active'),
    c('行政处罚方面，立案查处违法案件52件，作出处罚决定2656件。', 'penalty 2656 ✓', 'active'),
    c('全年办理行政许可21,650件。', 'license 21650 ✓', 'active'),
    c('全年办理行政许可2.165万件。', 'license 21650 ✓', 'active'),
    c('全年收取行政事业性收费2030.17万元。', 'fee 2030.17 ✓', 'active'),
    // Part of money waived (减免) is not money collected; money collected after it is.
    c('为企业减免各类收费共计1260万元，其中行政事业性收费86万元。', '', 'active'),
    c('为企业减免各类收费1260万元（其中行政事业性收费86万元）。', '', 'active'),
    c('全年减免行政事业性收费120万元，收取行政事业性收费1900万元。', 'fee 1900 ✗', 'active'),
    c('全年收取各类费用3000万元，其中行政事业性收费1900万元。', 'fee 1900 ✗', 'active'),
    c('全年收取行政事业性收费20301687元。', 'fee 2030.1687 ✓', 'active'),
    c('行政事业性收费金额为2030.16873万元。', 'fee 2030.16873 ✓', 'active'),
    c('全年收取行政事业性收费2030万元。', 'fee 2030 ✓', 'active'),
    c('全年收取行政事业性收费约2030万元。', '', 'active'),
    c('全年收取行政事业性收费3000万元。', 'fee 3000 ✗', 'active'),
    c('办理行政许可21000件。', 'license 21000 ✗', 'active'),
    c('作出行政处罚决定2600件。', 'penalty 2600 ✗', 'active'),
    c('受理行政许可申请21650件。', '', 'active'),
    c('梳理公布行政许可事项清单120项，行政许可事项80件。', '', 'active'),
    c('全年罚没收入50万元。', '', 'active'),
    c('作出行政处罚决定2656件，其中简易程序2000件。', 'penalty 2656 ✓', 'active'),
    // What was published is not what was decided: 双公示 counts items put online.
    c('公开行政处罚决定2000件。', '', 'active'),
    c('发布行政许可信息500条，公示行政处罚信息300条。', '', 'active'),
    c('作出行政许可决定21650件，均已在网站公示。', 'license 21650 ✓', 'active'),
    // The parts of a count of information published are kinds of information (a licence published is an item
    // online, not a decision made this year); a count of work done is broken down into the decisions themselves.
    c('全年在网站主动公开政府信息3260条，其中行政许可930条、行政处罚200条、工作动态630条。', '', 'active'),
    c('全年累计发布信息3130条（其中行政许可930条）。', '', 'active'),
    c('全年办理行政执法事项24306件，其中行政许可21000件、行政处罚2656件。', 'license 21000 ✗ | penalty 2656 ✓', 'active'),
    c('全年主动公开政府信息3260条，其中行政许可930条；全年作出行政许可决定21000件。', 'license 21000 ✗', 'active'),
    c('收取信息处理费0元。', '', 'other'),
  ],

  'whole paragraphs: several quantities in one sentence': [
    c('2024年，我局共收到政府信息公开申请178件，同比增加171件；上年结转5件；办结178件，结转下年度继续办理5件。', 'new 178 ✓ | carried 5 ✓ | handled 178 ✓ | carryNext 5 ✓'),
    c('本年度本机关收到政府信息公开申请共178件，其中网络申请168件，信函申请10件；全部依法依规在法定期限内予以答复。', 'new 178 ✓'),
    c('全年共受理政府信息公开申请178件（其中自然人171件，商业企业7件），上年度结转5件，共计办理183件。', 'new 178 ✓ | natural 171 ✓ | business 7 ✓ | carried 5 ✓ | handled 183 ✓'),
    c('在办理结果方面，予以公开99件，部分公开14件，不予公开12件，无法提供33件，不予处理0件，其他处理20件，结转下年度继续办理5件。', 'open 99 ✓ | partial 14 ✓ | withhold 12 ✓ | unable 33 ✓ | reject 0 ✓ | otherHandling 20 ✓ | carryNext 5 ✓'),
    c('全年依申请公开工作中，共收到申请178件，办结178件，办结率100%。', 'new 178 ✓ | handled 178 ✓'),
    c('全年收到的178件申请中，予以公开99件，部分公开14件。', 'new 178 ✓ | open 99 ✓ | partial 14 ✓'),
    c('本年度收到政府信息公开申请178件，全部予以答复，其中同意公开99件，同意部分公开14件，不予公开12件，信息不存在30件，非本机关职责范围3件，其他20件。', 'new 178 ✓ | unfinishedNew 0 ✓ | open 99 ✓ | partial 14 ✓ | withhold 12 ✓ | item:unable.notHeld 30 ✓'),
    c('依申请公开情况：全年收到申请178件，答复178件。', 'new 178 ✓ | handled 178 ✓'),
    c('一是收到申请178件；二是办结178件；三是结转下年度5件。', 'new 178 ✓ | handled 178 ✓ | carryNext 5 ✓'),
    c('（一）收到申请178件。', 'new 178 ✓'),
    c('全年共收到政府信息公开申请178件,其中自然人171件,法人7件。', 'new 178 ✓ | natural 171 ✓ | orgs 7 ✓'),
    c('全年共收到申请178件，自然人171件、法人或其他组织7件，上年结转5件，予以公开99件、部分公开14件、不予公开12件、无法提供33件、其他处理20件，结转下年度5件。', 'new 178 ✓ | natural 171 ✓ | orgs 7 ✓ | carried 5 ✓ | open 99 ✓ | partial 14 ✓ | withhold 12 ✓ | unable 33 ✓ | otherHandling 20 ✓ | carryNext 5 ✓'),
    c('被申请行政复议25件，其中维持8件，纠错10件，其他7件；行政诉讼5件，其中维持2件，其他2件，尚未审结1件。', 'review 25 ✓ | review.upheld 8 ✓ | review.corrected 10 ✓ | review.other 7 ✓ | suits 5 ✓ | suits.upheld 2 ✓ | suits.other 2 ✓ | suits.pending 1 ✓'),
    c('本年度共处理依申请公开178件，其中予以公开99件。', 'handled 178 ✓ | open 99 ✓'),
    c('办理依申请公开事项178件，其中按期办结178件。', 'handled 178 ✓'),
    // A count of the requests dealt with on time is a part: some may have been answered late (延期).
    c('全年共办理政府信息公开申请183件，按时办结178件。', 'handled 183 ✓'),
    c('全年共办理依申请公开183件，答复期限内办结178件，延期办结5件。', 'handled 183 ✓'),
    c('一是依申请公开数量增加，全年共收到申请178件，较上年增长25倍。', 'new 178 ✓'),
    c('收到政府信息公开申请数量为178件，较2023年的7件增加171件。', 'new 178 ✓'),
    c('本年度新收申请178件，较上年度7件增加171件。', 'new 178 ✓'),
  ],

  'causes, other bodies and sub-units (parts, not totals)': [
    c('其中，因申请内容不明确，经告知补正后申请人无正当理由逾期不补正的3件。', 'item:other.noCorrection 3 ✓'),
    c('因申请人逾期未缴纳信息处理费而终止处理的5件。', 'item:other.noFee 5 ✓'),
    c('全年共有3件申请因申请人未按要求补正而终止办理。', 'item:other.noCorrection 3 ✓'),
    c('全年共有2件申请因属于重复申请未予处理。', 'item:reject.repeat 2 ✗'),
    c('2024年全县共收到政府信息公开申请1200件，其中县政府办公室178件。'),
    c('全县各部门共收到政府信息公开申请1200件，本机关收到178件。', 'new 178 ✓'),
    // A sentence opening with 其中 breaks down the figure of the sentence before it: a wider body's parts are that body's.
    c('全县各部门共收到政府信息公开申请1200件。其中，予以公开900件，不予公开100件。'),
    c('全县各部门共完成申请答复1200件，包括上年结转申请30件。其中，予以公开答复900件，占75%；自然人申请1100件。'),
    c('全年共收到政府信息公开申请178件。其中，自然人申请171件，予以公开98件。', 'new 178 ✓ | natural 171 ✓ | open 98 ✗'),
    c('全市各级行政机关共受理政府信息公开申请5000件。'),
    c('各乡镇（街道）共收到政府信息公开申请30件。'),
    c('乡镇（街道）共收到政府信息公开申请30件，区级部门共收到政府信息公开申请300件。'),
    c('镇街共收到政府信息公开申请40件。'),
    // The region (辖区), two levels of government, a government with its departments: wider than the report's body.
    c('辖区内共收到政府信息公开申请1200件。'),
    c('县、乡两级共收到政府信息公开申请1200件。'),
    c('县政府及其工作部门共收到政府信息公开申请1200件。'),
    c('县政府及其工作部门共收到政府信息公开申请1200件，本机关收到180件。', 'new 180 ✗'),
    c('全年共收到政府信息公开申请180件。', 'new 180 ✗'),
    // None from one kind of applicant is that kind's zero, not none at all.
    c('本年度没有收到法人或其他组织的申请。', 'orgs 0 ✗'),
    // Every request from one kind of applicant: none from the other (seed 002: 171 and 7); not said of a part.
    c('全年共收到政府信息公开申请178件，均为自然人申请。', 'new 178 ✓ | orgs 0 ✗'),
    c('全年共收到政府信息公开申请178件，全部由公民提出。', 'new 178 ✓ | orgs 0 ✗'),
    c('全年共收到政府信息公开申请178件，均为法人或其他组织申请。', 'new 178 ✓ | natural 0 ✗'),
    c('全年共收到政府信息公开申请178件，其中网上申请120件，均为自然人提出。', 'new 178 ✓'),
    c('本年度未收到公民、法人或其他组织的政府信息公开申请。', 'new 0 ✗'),
    // 单位或个人, 个人和组织: every applicant too.
    c('本年度未收到任何单位或个人的信息公开申请。', 'new 0 ✗'),
    c('本年度未收到个人或组织提出的政府信息公开申请。', 'new 0 ✗'),
    c('全年共收到单位和个人的政府信息公开申请178件。', 'new 178 ✓'),
    // One kind of applicant alone is still that kind's (个人: 自然人), or none the tables name (单位).
    c('本年度未收到任何单位的政府信息公开申请。'),
    // Reviews of one cause (不服答复内容, 逾期答复) are parts of table 四's figure.
    c('行政复议案件中，因不服答复内容申请复议20件，因逾期答复申请复议5件。'),
    // Answers by manner (书面答复), and cases of one instance (一审), are parts.
    c('本年度依申请公开答复中，当场答复20件，书面答复158件。'),
    c('行政诉讼中，法院一审判决维持1件，另有1件尚在审理中。', 'suits.pending 1 ✓'),
    // Lawsuits with the review body as co-defendant are those after review; the cases of one topic are parts.
    c('全年共有2件行政诉讼案件以复议机关为共同被告。', 'suits.afterReview 2 ✓'),
    c('行政复议申请人主要为征地拆迁户，共20件。'),
    // Lawsuits filed directly, in the words of a court (seed 002: 直接起诉 3, 复议后起诉 2); results the table
    // does not count apart; cases the office decided as the review body.
    c('申请人直接向人民法院提起政府信息公开行政诉讼3件，经行政复议后提起行政诉讼2件。', 'suits.direct 3 ✓ | suits.afterReview 2 ✓'),
    c('政府信息公开行政诉讼中，原告撤诉2件，尚未审结1件。', 'suits.pending 1 ✓'),
    c('本机关作为复议机关办理的政府信息公开类复议案件12件。'),
    c('本年度被申请行政复议25件，主要涉及征地拆迁。', 'review 25 ✓'),
    // What the requests were about, each topic's count in brackets: parts, not totals.
    c('申请公开的内容主要涉及征地拆迁（60件）、社会保障（40件）等。'),
    // Body by body in one sentence: each a part of the table's figure; a total after them is the figure.
    c('区政府办公室收到申请20件，区自然资源局收到申请50件。'),
    // The larger body's count first: neither is taken as including the carry-over (一＋二), both are parts.
    c('县政府收到申请100件，县政府办公室收到申请78件。'),
    c('区自然资源局收到申请158件，区政府办公室收到申请20件，共收到申请178件。', 'new 178 ✓'),
    // The report's own count beside another body's count of the same (the other's not read): one body's part too.
    c('县政府收到申请100件，县自然资源局收到申请78件。'),
    c('县政府收到申请100件，县自然资源局收到78件。'),
    c('县政府制发规范性文件4件，县教育局制发规范性文件3件。', '', 'active'),
    // Beside another body's count of something else, or alone: the figure.
    c('县政府收到申请100件，县纪委收到信访举报3件。', 'new 100 ✗'),
    c('县政府收到申请100件。', 'new 100 ✗'),
    // The total of the report's own bodies' requests is all the requests (I, I + II or (7) total); not with another body among them.
    c('县政府收到申请100件，县政府办公室收到申请78件，合计178件。', 'newOrHandled 178 ✓'),
    c('县政府收到申请100件，县政府办公室收到申请78件，共计183件。', 'newOrHandled 183 ✓'),
    c('县政府收到申请100件，县政府办公室收到申请78件，合计180件。', 'newOrHandled 180 ✗'),
    c('县政府收到申请100件，县自然资源局收到申请2件，县政府办公室收到申请78件，合计180件。'),
    c('区政府办公室收到申请20件，区自然资源局收到申请158件，共收到申请178件。', 'new 178 ✓'),
    c('本乡镇全年共收到政府信息公开申请178件。', 'new 178 ✓'),
    c('全年转办其他部门的政府信息公开申请20件。'),
    c('政务公开专区受理群众查阅申请50件。'),
    c('其中延期答复5件。'),
    c('全年延期答复政府信息公开申请5件。'),
    c('按期答复178件，逾期答复0件。'),
    c('全年共答复政府信息公开申请178件，其中按期答复178件，逾期答复0件。', 'handled 178 ✓'),
    // None by one channel is not none at all; none by every channel is.
    c('通过信函方式未收到政府信息公开申请。'),
    c('通过网站、信函等方式未收到政府信息公开申请。', 'new 0 ✗'),
    c('全年共有15件申请经补正后予以答复。'),
    c('当场答复20件，书面答复158件。'),
    c('转送相关部门办理10件。'),
    c('征求第三方意见3件。'),
    c('申请人撤回申请3件。'),
    c('全年发出补正通知书12份。'),
    c('全年受理政府信息公开申请178件，其中网上申请平台受理150件。', 'new 178 ✓'),
    c('全年收到依申请公开的申请178件，其中通过邮寄方式28件。', 'new 178 ✓'),
    c('申请公开的内容主要集中在征地补偿等方面，共90件。'),
    c('全年共受理政府信息公开申请178件，涉及自然资源、住房城乡建设等12个部门。', 'new 178 ✓'),
    c('全年通过政府网站发布信息3000条，回应公众关切100件，办理依申请公开30件。', 'handled 30 ✗'),
    c('全年共登记政府信息公开申请178件。', 'new 178 ✓'),
    c('2024年，市政府办公室（含以市政府名义）共收到政府信息公开申请178件，较2023年增长11.3%。', 'new 178 ✓'),
    c('全年本机关新收政府信息公开申请178件，加上上年结转的5件，共需办理183件，已办结178件，结转下年度5件。', 'new 178 ✓ | carried 5 ✓ | handled 183 ✓ | handled 178 ✓ | carryNext 5 ✓'),
    c('法人或其他组织申请7件，均为商业企业。', 'orgs 7 ✓'),
    c('依申请公开共178件，其中予以公开99件，部分公开14件，不予公开12件，无法提供33件，其他处理20件。', 'newOrHandled 178 ✓ | open 99 ✓ | partial 14 ✓ | withhold 12 ✓ | unable 33 ✓ | otherHandling 20 ✓'),
    c('在收到的申请中，有99件予以公开。', 'open 99 ✓'),
    c('全年受理政府信息公开申请的数量为178件。', 'new 178 ✓'),
    c('全年共收到政府信息公开申请人补正材料3份。'),
    c('全年共向申请人发出补正告知书12份。'),
    c('全年共收到申请人提交的政府信息公开申请178件。', 'new 178 ✓'),
    c('全年处理群众依申请公开诉求178件。'),
    // Meetings, training and reviews of files about disclosure, a month's count, a bound: no claim.
    c('召开依申请公开工作推进会3次。'),
    c('开展依申请公开专题培训2次，覆盖45个单位。'),
    c('组织开展依申请公开案卷评查1次，抽查案卷30件。'),
    c('本年度申请较多的月份为10月（42件）、11月（38件）。'),
    c('申请量首次突破150件。'),
    c('平均答复时间为12个工作日。'),
    c('本年度收到信息公开相关投诉1件，已妥善处理。'),
    c('全年依申请公开工作平稳有序，未发生逾期答复情况。'),
    // 173 of the 178 new requests dealt with and 5 still open (一 − 四): true when the five open are new.
    c('共受理政府信息公开申请178件，已办结173件，5件正在办理中。', 'new 178 ✓ | handled 173 ✓ | carryNext 5 ✓'),
    // A count handled out of the new requests alone (新收的178件申请中) is of them only: no cell holds it.
    c('本年度新收的178件申请中，已办结173件，其余5件结转下年度办理。', 'new 178 ✓ | carryNext 5 ✓'),
    // Requests that ended without an answer, were filed by an agent, or are one applicant's: parts.
    c('因申请人无正当理由逾期未补正，终止办理3件。'),
    c('申请人撤回申请，终止办理12件。'),
    c('全年受理申请中，有42件由律师代为提交。'),
    c('2024年3月15日，收到某企业申请公开征地批复文件1件。'),
    // An outcome of one applicant kind, or the applicants of one outcome: cells no claim reads.
    c('予以公开99件，其中自然人92件，商业企业7件。', 'open 99 ✓'),
    c('自然人申请中，予以公开92件，部分公开14件。'),
    c('商业企业申请的7件均已予以公开。'),
    c('部分公开14件，均为自然人申请。', 'partial 14 ✓'),
    // The two outcomes together (seed 002: 99 + 14 = 113).
    c('予以公开（含部分公开）113件。', 'openPlusPartial 113 ✓'),
    c('同意公开（含部分公开）120件。', 'openPlusPartial 120 ✗'),
    // 其中部分公开 after the count of disclosures: the count includes the partial ones.
    c('予以公开113件（其中部分公开14件），无法提供4件。', 'openPlusPartial 113 ✓ | partial 14 ✓ | unable 4 ✗'),
    c('予以公开113件，其中部分公开14件。', 'openPlusPartial 113 ✓ | partial 14 ✓'),
    c('予以公开99件（其中部分公开14件）。', 'openPlusPartial 99 ✗ | partial 14 ✓'),
    c('予以公开113件（占63.5%，其中部分公开14件）。', 'openPlusPartial 113 ✓ | partial 14 ✓'),
    c('予以公开99件，部分公开14件。', 'open 99 ✓ | partial 14 ✓'),
    c('予以公开99件，其中网上公开14件。', 'open 99 ✓'),
    c('全部或部分公开113件，公开率达63.5%。', 'openPlusPartial 113 ✓'),
    c('全部或部分予以公开113件。', 'openPlusPartial 113 ✓'),
    c('依法向申请人提供信息99件，区分处理后部分提供14件。', 'partial 14 ✓'),
    // Carried to next year in other words (seed 002: 四 = 5).
    c('12月下旬收到的5件申请尚在法定答复期内，转入下一年度办理。', 'carryNext 5 ✓'),
    c('5件申请跨年度办理。', 'carryNext 5 ✓'),
    c('全年收到的申请均已按期办结，无跨年度结转情况。', 'carryNext 0 ✗'),
    // 173 of the 178 new requests dealt with and 5 still open (一 − 四): true when the five open are new.
    c('共受理政府信息公开申请178件，其中173件已办结，另有5件在法定期限内尚未答复，结转至2025年继续办理。', 'new 178 ✓ | handled 173 ✓ | carryNext 5 ✓'),
    c('共有5件申请因尚在答复期内结转至2025年办理。', 'carryNext 5 ✓'),
  ],

  'other bodies named (seed 002 is 湘潭县’s report) and requests singled out': [
    // A body named at a clause's head is another's figures, unless the report is by that body.
    c('县市场监管局全年作出行政处罚决定386件。', '', 'active'),
    c('县城管执法局全年作出行政处罚决定320件，实施行政强制措施45件。', '', 'active'),
    c('县交通运输局2024年作出行政许可决定2156件，行政处罚决定265件。', '', 'active'),
    c('易俗河镇全年收到政府信息公开申请12件。'),
    c('县住建局全年无政府信息公开行政复议和行政诉讼案件。'),
    c('县一中全年收到政府信息公开申请3件。'),
    c('各社区未收到政府信息公开申请。'),
    c('县政府办公室全年共收到政府信息公开申请178件。', 'new 178 ✓'),
    // 我单位, 我街道: the office itself, as 本单位 and 本街道 are (not a body named 我单位).
    c('2024年我单位共收到政府信息公开申请178件。', 'new 178 ✓'),
    c('2024年我街道共收到政府信息公开申请180件。', 'new 180 ✗'),
    // A sub-district named after a town (安镇街道) is one body, here another than 湘潭县: not 镇街 (towns and sub-districts).
    c('安镇街道全年收到政府信息公开申请12件。'),
    // The office as its report calls itself: 本委, 本院, 本中心 as 本机关 and 我局 are.
    c('本委全年新收政府信息公开申请178件。', 'new 178 ✓'),
    c('本院全年新收政府信息公开申请180件。', 'new 180 ✗'),
    c('本中心全年新收政府信息公开申请180件。', 'new 180 ✗'),
    c('2024年，本局政府信息公开申请数量为零。', 'newOrHandled 0 ✗'),
    c('区门户网站受理依申请公开申请178件。', 'new 178 ✓'),
    // Parts of the year's requests: of the new ones, of part of the year, of one topic, of several bodies, ranked.
    c('对本年度收到的178件申请，已答复173件，其余5件尚在答复期限内。', 'new 178 ✓ | carryNext 5 ✓'),
    c('12月下旬收到的5件申请，因尚在法定答复期限内，结转至2025年办理。'),
    c('全年受理的申请中，征地拆迁类申请数量最多，共收到126件。'),
    c('涉及多个部门的申请18件，均由牵头部门统一答复。'),
    c('申请量排名前三的单位分别为县自然资源局（95件）、县住建局（40件）。'),
    c('全年依申请公开办结178件（含上年结转5件），其中本年新收申请办结173件。', 'handled 178 ✓ | carried 5 ✓'),
    // A bare total after three or more outcome groups is （七）总计 (178); after two, their sum or （七）总计 when they are all
    // (99 + 14 = 113, 178); after a carry-over, a group counted twice, or another count, not read as either.
    c('按照办理结果分类，予以公开99件、部分公开14件、不予公开12件、无法提供33件、不予处理0件、其他处理20件，合计183件。', 'open 99 ✓ | partial 14 ✓ | withhold 12 ✓ | unable 33 ✓ | reject 0 ✓ | otherHandling 20 ✓ | total 183 ✗'),
    c('予以公开99件、部分公开14件、不予公开12件、无法提供33件、其他处理20件，合计178件。', 'open 99 ✓ | partial 14 ✓ | withhold 12 ✓ | unable 33 ✓ | otherHandling 20 ✓ | total 178 ✓'),
    c('予以公开99件、部分公开14件，共计113件。', 'open 99 ✓ | partial 14 ✓ | total 113 ✓'),
    c('予以公开99件、部分公开14件，共计120件。', 'open 99 ✓ | partial 14 ✓ | total 120 ✗'),
    c('予以公开99件，部分公开14件，合计178件。', 'open 99 ✓ | partial 14 ✓ | total 178 ✓'),
    c('本年度办结的申请中，予以公开99件，无法提供33件，共计132件。', 'open 99 ✓ | unable 33 ✓ | total 132 ✓'),
    c('予以公开及部分公开113件，无法提供33件，合计146件。', 'openPlusPartial 113 ✓ | unable 33 ✓ | total 146 ✓'),
    c('予以公开99件，部分公开14件，结转下年度5件，合计118件。', 'open 99 ✓ | partial 14 ✓ | carryNext 5 ✓'),
    c('予以公开99件（含部分公开14件），无法提供33件，合计132件。', 'openPlusPartial 99 ✗ | partial 14 ✓ | unable 33 ✓'),
    // A figure for two items at once; notices rather than requests.
    c('全年共有8件申请因申请人逾期未补正、逾期未缴费而不再处理。'),
    c('发出收费通知8份，申请人逾期未缴纳，依法不再处理其政府信息公开申请5件。'),
    // A level reached: the figure after 增至, 增加到, 下降为 is this year's; the earlier one (由…, 从…) is not read.
    c('与上年相比，申请量由7件增至178件。', 'newOrHandled 178 ✓'),
    c('与上年相比，申请量由7件增至187件。', 'newOrHandled 187 ✗'),
    c('本年度政府信息公开申请由上年的150件增加到177件。', 'newOrHandled 177 ✗'),
    c('结转下年度的申请从8件减少至5件。', 'carryNext 5 ✓'),
    c('政府信息公开行政复议案件由上年的3件下降为0件。', 'review 0 ✗'),
    c('网站访问量由10万次增至20万次。'),
    c('本年度申请量较上年增加28件。'),
    c('上年度无结转申请。', 'carried 0 ✗'),
    c('本年度未废止行政规范性文件。', 'normative.repealed 0 ✗', 'active'),
  ],

  'table 四: acts, papers, other roles and last year’s cases (no claim)': [
    c('负责人出庭应诉3次。'),
    // Cases the office conducts as another body's agent (a 司法局 for its government): not cases against the office.
    c('代理区政府行政诉讼案件42件。'),
    c('全年代理区人民政府政府信息公开行政诉讼案件6件。'),
    c('全年参加政府信息公开行政复议听证会3次。'),
    c('申请人主动撤回政府信息公开行政复议申请4件。'),
    c('县人民政府作为行政复议机关，全年共审理政府信息公开类行政复议案件36件，纠错9件。'),
    // The review body named as 复议机构, its owner between (作为区人民政府行政复议机构); 均已审结 of the cases it decided.
    c('作为区人民政府行政复议机构，全年办理政府信息公开类行政复议案件12件，均已审结。'),
    c('县人民政府作为行政复议机关，全年共审理政府信息公开类行政复议案件36件，均已审结。'),
    c('作为区人民政府行政复议机构，全年收到政府信息公开类行政复议申请9件。'),
    c('县司法局全年共办理政府信息公开行政复议案件236件。'),
    // Cases of the office's other work (仲裁, 路政, 行政处罚): not table 四's.
    c('全年劳动人事争议仲裁案件被提起诉讼37件。'),
    c('全年路政案件被申请行政复议2件，均维持。'),
    c('全年行政处罚案件被申请行政复议1件。'),
    c('全年行政处罚案件被申请行政复议1件，均已审结。'),
    c('全年超限超载案件被提起行政诉讼1件，法院判决维持。'),
    c('全年社会救助领域行政复议案件3件，均维持。'),
    c('政府信息公开行政诉讼中，提起上诉的2件，二审均维持原判。'),
    c('对上年度结转的3件政府信息公开行政复议案件，均已审结。'),
    c('未发生因政府信息公开引发的行政复议决定被撤销的情况。'),
    c('本年度审结的政府信息公开行政诉讼案件中，包括上年度结转的2件。'),
    // Results after both kinds of lawsuit are of all of them; after a 其中 on one kind, of that kind.
    c('被提起政府信息公开行政诉讼5件，其中未经复议直接起诉3件、复议后起诉2件，其他结果2件，尚未审结1件，无败诉案件。', 'suits 5 ✓ | suits.direct 3 ✓ | suits.afterReview 2 ✓ | suits.other 2 ✓ | suits.pending 1 ✓ | suits.corrected 0 ✓'),
    c('政府信息公开行政诉讼5件：直接起诉3件，其中维持1件、其他结果2件；复议后起诉2件，其中维持1件、尚未审结1件。', 'suits 5 ✓ | suits.direct 3 ✓ | suits.direct.upheld 1 ✓ | suits.direct.other 2 ✓ | suits.afterReview 2 ✓ | suits.afterReview.upheld 1 ✓ | suits.afterReview.pending 1 ✓'),
  ],

  'colons': [
    c('全年共收到政府信息公开申请共计：178件。', 'new 178 ✓'),
    c('本年新收政府信息公开申请数量：178件；上年结转：5件。', 'new 178 ✓ | carried 5 ✓'),
    c('依申请公开情况：全年收到申请178件。', 'new 178 ✓'),
    c('申请渠道：网上申请150件。'),
    c('办理结果：予以公开99件，部分公开14件。', 'open 99 ✓ | partial 14 ✓'),
    c('行政复议：25件。', 'review 25 ✓'),
  ],

  'parentheses': [
    c('全年共收到政府信息公开申请（178件），均已答复。', 'new 178 ✓ | unfinishedNew 0 ✓'),
    // 另有5件尚在答复期内: the remainder still within its time limit, so 均已按期答复 is said of the rest.
    c('全年收到政府信息公开申请178件，均已按期答复，其中予以公开99件；另有5件尚在答复期内。', 'new 178 ✓ | open 99 ✓ | carryNext 5 ✓'),
    c('全年收到政府信息公开申请178件，均已按期答复，另有5件尚在办理期内。', 'new 178 ✓ | carryNext 5 ✓'),
    c('全年收到政府信息公开申请178件，均已按期答复。', 'new 178 ✓ | unfinishedNew 0 ✓'),
    // Applications of another kind counted before it (入学申请, 医保待遇申请): 均已办结 is said of them.
    c('全年受理入学申请8,412件，均已办结。'),
    c('全年受理医保待遇申请12.4万件，已全部办结。'),
    c('全年收到申请178件，已全部办结。', 'new 178 ✓ | unfinishedNew 0 ✓'),
    // A sentence counting the year's requests and comparing them with last year's still counts them: what follows is of them.
    c('全年新收政府信息公开申请178件，比上年（150件）增加28件。本年度办结173件，结转下年度10件。', 'new 178 ✓ | handled 173 ✗ | carryNext 10 ✗'),
    c('全年新收政府信息公开申请178件，较2023年的150件增加28件。已全部办结。', 'new 178 ✓ | unfinishedNew 0 ✓'),
    c('上年共收到政府信息公开申请150件。已全部办结。'),
    // A count dealt with beside the count carried to next year is of the requests, with no subject of its own.
    c('申请人以法人或其他组织为主。本年度办结173件，结转下年度10件。', 'handled 173 ✗ | carryNext 10 ✗'),
    c('全年办结178件，结转下年度继续办理5件。', 'handled 178 ✓ | carryNext 5 ✓'),
    c('全年办结信访事项178件，结转下年度5件。', 'carryNext 5 ✓'),
    c('全年受理信访事项230件，办结220件，结转下年度5件。', 'carryNext 5 ✓'),
    c('全年新收申请178件，办结178件，结转下年度5件。', 'new 178 ✓ | handled 178 ✓ | carryNext 5 ✓'),
    // A carry to next year after counts of another kind (热线工单), with no word of requests, is of that kind.
    c('全年受理12345热线工单1200件，办结1180件，结转下年度20件。'),
    c('全年受理12345热线工单1200件，政府信息公开申请结转下年度5件。', 'carryNext 5 ✓'),
    // 以…为主，共N件: the bare count is of the kind of applicant named before it.
    c('申请人以自然人为主，共171件，占96.1%；法人或其他组织申请7件。', 'natural 171 ✓ | orgs 7 ✓'),
    c('申请人以自然人为主，共170件。', 'natural 170 ✗'),
    c('申请内容以征地拆迁为主，共120件。'),
    c('2023年收到政府信息公开申请150件。办结150件。'),
    c('其中自然人申请（170件）占多数。', 'natural 170 ✗'),
    c('全年共收到政府信息公开申请178件(其中上年结转5件)。', 'newPlusCarried 178 ✗ | carried 5 ✓'),
    c('全年共收到政府信息公开申请178件（含网上申请150件）。', 'new 178 ✓'),
    c('予以公开99件（占55.6%），部分公开14件（占7.9%）。', 'open 99 ✓ | partial 14 ✓'),
    c('全年共收到政府信息公开申请178件（详见附表）。', 'new 178 ✓'),
    c('全年共收到政府信息公开申请178件（以下简称“申请”），其中予以公开99件。', 'new 178 ✓ | open 99 ✓'),
    c('全年共收到政府信息公开申请178件（比上年增加171件）。', 'new 178 ✓'),
    c('不予公开12件（国家秘密2件、第三方合法权益1件、内部事务信息4件、行政执法案卷5件）。', 'withhold 12 ✓ | item:withhold.secret 2 ✓ | item:withhold.thirdParty 1 ✓ | item:withhold.internal 4 ✓ | item:withhold.enforcement 5 ✓'),
    c('全年被申请行政复议25件（结果维持8件，结果纠正10件，其他结果7件，尚未审结0件）。', 'review 25 ✓ | review.upheld 8 ✓ | review.corrected 10 ✓ | review.other 7 ✓ | review.pending 0 ✓'),
    c('全年被提起行政诉讼5件（直接起诉3件、复议后起诉2件）。', 'suits 5 ✓ | suits.direct 3 ✓ | suits.afterReview 2 ✓'),
    // A parenthesis after each kind of lawsuit gives that kind's results, also after both kinds were counted.
    c('被提起行政诉讼5件，其中未经复议直接起诉3件（维持1件、其他结果2件），复议后起诉2件（维持1件、尚未审结1件）。', 'suits 5 ✓ | suits.direct 3 ✓ | suits.direct.upheld 1 ✓ | suits.direct.other 2 ✓ | suits.afterReview 2 ✓ | suits.afterReview.upheld 1 ✓ | suits.afterReview.pending 1 ✓'),
    c('被提起行政诉讼5件，其中未经复议直接起诉3件（维持1件、其他结果2件），复议后起诉2件（维持2件）。', 'suits 5 ✓ | suits.direct 3 ✓ | suits.direct.upheld 1 ✓ | suits.direct.other 2 ✓ | suits.afterReview 2 ✓ | suits.afterReview.upheld 2 ✗'),
  ],

  'table 二, more phrasings': [
    // Some decisions of a kind, acts on decisions, money not collected, documents planned: not table 二's figures.
    c('全年作出不予行政处罚决定35件。', '', 'active'),
    c('对首次违法且危害后果轻微的作出不予行政处罚决定35件，作出从轻、减轻行政处罚决定120件。', '', 'active'),
    c('全年作出不予行政许可决定12件，均书面说明理由。', '', 'active'),
    c('依法撤销行政许可2件，注销行政许可35件。', '', 'active'),
    c('全年解除行政强制措施30件。', '', 'active'),
    c('全年减免行政事业性收费350万元。', '', 'active'),
    c('拟废止的规范性文件12件已提交县政府常务会议审议。', '', 'active'),
    c('全年对行政处罚决定开展案卷评查，抽查案卷120件。', '', 'active'),
    c('全年作出行政处罚决定2656件，其中不予行政处罚35件。', 'penalty 2656 ✓', 'active'),
    c('本年度，本机关制发规范性文件7件，其中以县政府名义印发5件，以县政府办公室名义印发2件。', 'normative.issued 7 ✓', 'active'),
    c('截至2024年底，现行有效的县政府规范性文件共102件。', 'normative.inForce 102 ✓', 'active'),
    // The kept ones of a review are of the documents reviewed (modified ones, and those issued after it, are in force too).
    c('全年共清理规范性文件137件，其中废止4件，宣布失效31件，继续有效102件。', 'normative.repealed 4 ✓', 'active'),
    c('本年度共作出行政许可决定21650件，同比增长12%。', 'license 21650 ✓', 'active'),
    c('全年共办理行政处罚案件2656件，罚没款350万元。', 'penalty 2656 ✓', 'active'),
    c('全年共实施行政强制措施500次。', 'coercion 500 ✓', 'active'),
    c('全年共收取行政事业性收费2030.17万元，较上年减少100万元。', 'fee 2030.17 ✓', 'active'),
    c('全年收取各项行政事业性收费共计2030.16873万元。', 'fee 2030.16873 ✓', 'active'),
    c('本年度行政事业性收费金额为0。', '', 'active'),
    c('全年共制定出台规章0件。', 'regulation.issued 0 ✓', 'active'),
    c('全年共审核备案行政规范性文件30件。', '', 'active'),
    c('全年共发布行政规范性文件政策解读20篇。', '', 'active'),
    c('本年度新制定规范性文件7件、废止规范性文件35件。', 'normative.issued 7 ✓ | normative.repealed 35 ✓', 'active'),
    c('全年共制发行政规范性文件7件，其中涉及企业的3件。', 'normative.issued 7 ✓', 'active'),
    c('本年度我县无新制定的规章。', 'regulation.issued 0 ✓', 'active'),
  ],

  'plans, problems and other parts (no claim)': [
    c('部分单位对依申请公开工作重视不够，个别申请答复不够规范。'),
    c('下一步，我局将严格按照《条例》规定，在20个工作日内答复申请人。'),
    c('2025年，我们将继续加强政府信息公开工作，力争依申请公开满意率达到100%。'),
    c('全县共有政务公开专区23个，配备工作人员50名。', '', 'platform'),
    c('全年组织政务公开业务培训3期，参训人员200余人。', '', 'platform'),
    c('全年共收到市民来信来电300件，办结率100%。'),
    c('全年共向申请人收取信息处理费0元。', '', 'other'),
    c('本年度行政复议纠错率为40%。'),
  ],

  'forms of numbers: ranges, bounds, digit groups, mixed numerals, 廿, 亿元': [
    // A range or a bound states no figure; where the table’s figure lies inside it, nothing is wrong either.
    c('全年受理政府信息公开申请170至180件。'),
    c('全年受理政府信息公开申请170件至180件。'),
    c('全年受理政府信息公开申请170-180件。'),
    c('全年受理政府信息公开申请一百七十至一百八十件。'),
    c('作出行政处罚决定2600～2700件。', '', 'active'),
    c('全年受理政府信息公开申请至少170件。'),
    c('全年受理政府信息公开申请不少于170件。'),
    c('全年受理政府信息公开申请多于170件。'),
    c('全年受理政府信息公开申请少于200件。'),
    c('被申请行政复议最多30件。'),
    // …but a figure followed by 至 and a date is no range.
    c('结转下年度继续办理5件至2025年办理。', 'carryNext 5 ✓'),
    // Digits grouped by spaces (GB/T 15835) are one figure.
    c('全年作出行政处罚决定2 656件。', 'penalty 2656 ✓', 'active'),
    c('全年作出行政许可决定21 650件。', 'license 21650 ✓', 'active'),
    c('全年作出行政许可决定21 560件。', 'license 21560 ✗', 'active'),
    c('全年收取行政事业性收费20 301 687元。', 'fee 2030.1687 ✓', 'active'),
    // A figure written part in digits, part in numerals is not read piece by piece.
    c('全年作出行政许可决定2万1650件。', '', 'active'),
    c('全年收取行政事业性收费2千零30万元。', '', 'active'),
    // 廿 and 卅: 二十 and 三十.
    c('被申请行政复议廿五件。', 'review 25 ✓'),
    c('被申请行政复议廿四件。', 'review 24 ✗'),
    // A fee in 亿元 or in numerals before 万元 is rounded where it is written.
    c('全年收取行政事业性收费0.203017亿元。', 'fee 2030.17 ✓', 'active'),
    c('全年收取行政事业性收费0.20亿元。', 'fee 2000 ✓', 'active'),
    c('全年收取行政事业性收费0.30亿元。', 'fee 3000 ✗', 'active'),
    c('全年收取行政事业性收费两千零三十万元。', 'fee 2030 ✓', 'active'),
    c('全年收取行政事业性收费三千万元。', 'fee 3000 ✗', 'active'),
    // Enumerations inside a breakdown: 一是, 一、 are markers, not words the breakdown leaves unexplained.
    c('全年办结政府信息公开申请178件，其中：一是予以公开99件，二是部分公开15件。', 'handled 178 ✓ | open 99 ✓ | partial 15 ✗'),
    c('全年办结政府信息公开申请178件，其中：一、予以公开98件；二、部分公开14件。', 'handled 178 ✓ | open 98 ✗ | partial 14 ✓'),
    // A share, then the figure: the words before the share name it.
    c('全年共受理政府信息公开申请178件，其中予以公开占55.6%，计98件。', 'new 178 ✓ | open 98 ✗'),
    c('全年共受理政府信息公开申请178件，其中予以公开占55.6%，共99件，部分公开占7.9%，共15件。', 'new 178 ✓ | open 99 ✓ | partial 15 ✗'),
    c('网上申请占60%，计107件。'),
    // Visits, downloads and reply letters are no requests.
    c('依申请公开栏目访问177次，申请表下载177次。'),
    c('全年共受理政府信息公开申请178件，制作答复文书177份。', 'new 178 ✓'),
  ],

  'other domains and set phrases (no claim)': [
    c('收到市人大代表建议1件、市政协委员提案1件，办理政府12345热线47件。'),
    c('共收到公开电子信箱交办件35件，办结35件。'),
    c('全年共受理12345热线工单1200件，办结率100%。'),
    c('全年共接待来访群众120人次，受理群众咨询300件。'),
    c('受理办件267.96万件，12345热线受理有效诉求35.74万件。'),
    c('全年发布政务信息2406条，其中概况类信息152条。', '', 'active'),
    c('全年召开新闻发布会5次，开展政务公开培训3次。', '', 'platform'),
    c('收到群众留言90条，均已按时回复。'),
    c('全年办理人大代表建议25件、政协提案30件，办结率100%。'),
    c('全年共收到网民留言178件，已全部答复。'),
    c('全年收到政务服务“好差评”评价1000条。'),
    c('全年收到依申请公开咨询电话30个。'),
    c('推进高效办成一件事，一网通办。'),
    c('一是强化机制，二是落实“三审制”，三安全一稳定，本报告共六个部分。'),
    c('全年开展培训2次，培训人员120人次。', '', 'platform'),
    c('全年在门户网站主动公开政府信息3000余条。', '', 'active'),
    c('对每件申请实行一件一档管理。'),
    c('在15个工作日内答复申请人，2024年1月1日至12月31日。'),
    c('依据《政府信息公开条例》第三十三条，在20个工作日内予以答复。'),
    c('根据国办公开办函〔2021〕30号、国务院令第711号和第二十条第（一）项要求编制。'),
    c('受理数量是上年的25倍。'),
    c('依申请公开答复率100%，满意率98.5%。'),
    c('全年共收到政府信息公开申请近200件。'),
    c('全年共收到政府信息公开申请200余件。'),
    c('全年共收到政府信息公开申请约180件。'),
    c('收到政府信息公开申请超过170件。'),
    c('全年收到政府信息公开申请数十件。'),
    c('共梳理依申请公开事项目录12个。'),
    c('湘潭县持续发力推进31个领域基层政务公开工作。'),
    c('全年共收到政府信息公开申请178件，各申请均在20个工作日内答复。', 'new 178 ✓'),
    c('全年收到企业群众反映事项20件，办结率和满意率均为100%。'),
    c('其中第5件申请因申请人撤回而终止。'),
  ],
  // True sentences of the township report's probe (test/fixtures/synthetic/township-rows.txt), in seed 002's figures:
  // each was read against a cell it does not state.
  'parts of the requests and words read as others (a probe of true sentences)': [
    // 在 before 办结 is not 在办 (still open): the count is of the requests dealt with.
    c('在办结的178件申请中，予以公开99件，部分公开14件。', 'handled 178 ✓ | open 99 ✓ | partial 14 ✓'),
    // One period's count, or the largest of them: not the year's.
    c('单月最多收到申请30件。'),
    c('全年收到申请178件，单日最多受理申请5件。', 'new 178 ✓'),
    c('全年有5件申请于12月下旬收到，依法延期至2025年答复。'),
    // The applicants after an outcome's count framed with 中 are that outcome's.
    c('予以公开的99件申请中，自然人申请92件、商业企业申请7件。', 'open 99 ✓'),
    c('本机关不掌握相关政府信息的30件中，自然人30件。', 'item:unable.notHeld 30 ✓'),
    // 其他组织 without 法人 may be the 其他 column (0) as well as the five columns (7).
    c('其他组织申请0件。', 'orgs 0 ✓'),
    c('法人或其他组织申请7件。', 'orgs 7 ✓'),
    // 被诉 names the lawsuits.
    c('全年被复议25件，被诉5件。', 'review 25 ✓ | suits 5 ✓'),
    // Requests dealt with within a time: a part.
    c('33件申请在10个工作日内办结。'),
    // 申请公开信息412条 counts the items of information asked for; a verb before it still reads the requests.
    c('全年收到申请178件，共申请公开信息412条。', 'new 178 ✓'),
    c('全年收到申请公开政府信息178件。', 'new 178 ✓'),
    // 全部办结件 is a noun (the requests dealt with), not the statement that all were dealt with.
    c('予以公开99件，占全部办结件的55.6%。', 'open 99 ✓'),
    // The new requests split in two, dealt with and still open, last year's carry-over left out: 173 = 一 − 四.
    c('全年收到申请178件，办结173件，结转下年度5件。', 'new 178 ✓ | handled 173 ✓ | carryNext 5 ✓'),
    c('全年新收申请178件，已答复173件，尚有5件在答复期限内。', 'new 178 ✓ | handled 173 ✓ | carryNext 5 ✓'),
    c('全年收到申请178件，办结178件，结转下年度5件。', 'new 178 ✓ | handled 178 ✓ | carryNext 5 ✓'),
    // Not once the carry-over is counted: then the requests dealt with are of both.
    c('全年收到申请178件，上年结转5件，办结173件，结转下年度5件。', 'new 178 ✓ | carried 5 ✓ | handled 173 ✗ | carryNext 5 ✓'),
    // 依申请公开政府信息N件 may count the requests or the information disclosed on request (（一）, with （二）).
    c('全年依申请公开政府信息99件。', 'newOrHandled 99 ✓'),
    c('全年依申请提供政府信息113件。', 'newOrHandled 113 ✓'),
    c('全年依申请公开政府信息178件。', 'newOrHandled 178 ✓'),
    c('全年依申请公开政府信息9件。', 'newOrHandled 9 ✗'),
    // Applicants counted right after an outcome, without 其中, may be that outcome's (a cell no claim reads);
    // before any outcome they are still the year's.
    c('办理结果方面，予以公开99件，自然人申请92件，商业企业申请7件。', 'open 99 ✓'),
    c('全年收到申请178件，自然人申请170件，商业企业申请8件，予以公开99件。', 'new 178 ✓ | natural 170 ✗ | business 8 ✗ | open 99 ✓'),
    // In 条, items of information disclosed on request, beside those published of the office's own accord: one
    // request may disclose many, no count of table 三's.
    c('全年主动公开政府信息326条，依申请公开政府信息50条。'),
    c('全年公开政府信息376条，其中主动公开信息326条，依申请公开信息50条。'),
    // An activity about lawsuits (旁听, 观摩) counts no case.
    c('全年参加行政诉讼旁听活动3次。'),
    c('全年被提起行政诉讼5次，组织庭审观摩活动2次。', 'suits 5 ✓'),
    // 【】 as Word users write parentheses: a breakdown of the figure before it, as （）.
    c('全年共收到政府信息公开申请178件【其中自然人171件，商业企业7件】。', 'new 178 ✓ | natural 171 ✓ | business 7 ✓'),
    c('全年共收到政府信息公开申请183件【含上年结转5件】。', 'newPlusCarried 183 ✓ | carried 5 ✓'),
  ],
};
