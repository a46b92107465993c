/**
 * The national format of the annual report (国办公开办函〔2021〕30号) as data: the six parts and their
 * headings, the three tables with their official row labels, known wording variants and the 2019
 * trial wording, the columns, and the arithmetic relations. Parsers and rules read this; no row label
 * is written anywhere else.
 */
import { labelKey, stripNumbering } from './normalize';
import { text, type LocalizedText } from './i18n';
import { ShortKeyMemo } from './memo';

// ---------------------------------------------------------------------------------------------
// Parts

export type PartId = 1 | 2 | 3 | 4 | 5 | 6;

export interface PartSpec {
  readonly id: PartId;
  readonly numeral: string;
  /** The official heading without its numeral. */
  readonly title: string;
  readonly name: LocalizedText;
  /** Headings seen in real reports, accepted with a `heading-variant` note. */
  readonly variants: readonly string[];
  /** Recognises the part from its heading text (label key, numeral removed). */
  readonly pattern: RegExp;
}

export const PARTS: readonly PartSpec[] = [
  { id: 1, numeral: '一', title: '总体情况', name: text('总体情况', 'Overview'), variants: ['基本情况', '总体概况', '概述'], pattern: /总体|概况|概述|基本情况/ },
  { id: 2, numeral: '二', title: '主动公开政府信息情况', name: text('主动公开政府信息情况', 'Proactive disclosure'), variants: ['主动公开情况', '主动公开政府信息'], pattern: /主动公开/ },
  {
    id: 3, numeral: '三', title: '收到和处理政府信息公开申请情况', name: text('收到和处理政府信息公开申请情况', 'Disclosure requests'),
    variants: ['收到的处理政府信息公开申请情况', '依申请公开政府信息情况', '收到和处理政府信息公开申请'],
    pattern: /(?:收到|处理|依申请).*申请|依申请公开/,
  },
  {
    id: 4, numeral: '四', title: '政府信息公开行政复议、行政诉讼情况', name: text('政府信息公开行政复议、行政诉讼情况', 'Administrative review and litigation'),
    variants: ['因政府信息公开工作被申请行政复议、提起行政诉讼情况', '因政府信息公开工作被申请行政复议和提起行政诉讼情况', '政府信息公开行政复议和行政诉讼情况', '政府信息公开行政复议及行政诉讼情况', '因政府信息公开工作被申请行政复议与提起行政诉讼情况'],
    pattern: /复议|诉讼/,
  },
  {
    id: 5, numeral: '五', title: '存在的主要问题及改进情况', name: text('存在的主要问题及改进情况', 'Problems and improvements'),
    variants: ['政府信息公开工作存在的主要问题及改进情况', '存在的主要问题和改进措施', '存在的主要问题及改进措施', '存在问题及改进情况', '存在的主要问题和改进情况'],
    pattern: /问题|改进|不足/,
  },
  { id: 6, numeral: '六', title: '其他需要报告的事项', name: text('其他需要报告的事项', 'Other matters'), variants: ['其他需要报告事项', '其他事项'], pattern: /其[他它]/ },
];

export function partSpec(id: PartId): PartSpec {
  return PARTS[id - 1]!;
}

export const CJK_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

// ---------------------------------------------------------------------------------------------
// Tables

/** 二 主动公开, 三 收到和处理申请, 四 行政复议和行政诉讼. */
export type TableKind = 'active' | 'requests' | 'review';

export const TABLE_NAMES: Readonly<Record<TableKind, LocalizedText>> = {
  active: text('表二（主动公开政府信息情况）', 'table 二 (proactive disclosure)'),
  requests: text('表三（收到和处理政府信息公开申请情况）', 'table 三 (disclosure requests)'),
  review: text('表四（行政复议、行政诉讼情况）', 'table 四 (review and litigation)'),
};

/** The part each table belongs to. */
export const TABLE_PART: Readonly<Record<TableKind, PartId>> = { active: 2, requests: 3, review: 4 };

/** The table part `id` holds in the format (二 table 二, 三 table 三, 四 table 四), if any. */
export function tableKindOf(id: PartId): TableKind | undefined {
  return (Object.keys(TABLE_PART) as TableKind[]).find((k) => TABLE_PART[k] === id);
}

export type FormatVersion = 2021 | 2019;

export interface ColumnSpec {
  readonly id: string;
  readonly name: LocalizedText;
}

export interface RowSpec {
  readonly id: string;
  readonly table: TableKind;
  /** The official label, numbering included. */
  readonly label: string;
  readonly name: LocalizedText;
  /** Row group (table 三: 本年度办理结果 and its sub-groups). */
  readonly group?: string;
  /** Non-official wordings seen in real reports (full labels). */
  readonly variants?: readonly string[];
  /** Fragments that identify the row when its wording is unknown. */
  readonly keywords?: readonly string[];
  /** The columns of this row's value cells. */
  readonly columns: readonly ColumnSpec[];
  /** Counts are whole numbers; amounts (收费金额) may have decimals. */
  readonly decimals?: boolean;
  /** Values may be negative (2019 本年增/减). */
  readonly signed?: readonly number[];
  /** A row that is an outcome of 三、本年度办理结果 (summed into （七）总计). */
  readonly outcome?: boolean;
  /** Table 二: the item of 条例第二十条 whose block holds the row (its caption `第二十条第（五）项`). */
  readonly article20?: number;
}

export interface GroupSpec {
  readonly id: string;
  readonly label: string;
  readonly name: LocalizedText;
  readonly keywords: readonly string[];
  /** Fragments a split label leaves on separate lines (`不予` … `处理`). */
  readonly fragments?: readonly string[];
}

const col = (id: string, zh: string, en: string): ColumnSpec => ({ id, name: text(zh, en) });

export const REQUEST_COLUMNS: readonly ColumnSpec[] = [
  col('natural', '自然人', 'natural persons'),
  col('business', '商业企业', 'businesses'),
  col('research', '科研机构', 'research institutions'),
  col('charity', '社会公益组织', 'public-interest organisations'),
  col('legal', '法律服务机构', 'legal service providers'),
  col('otherOrg', '其他', 'other organisations'),
  col('total', '总计', 'total'),
];
/** Index of 总计 among REQUEST_COLUMNS. */
export const REQUEST_TOTAL_COLUMN = 6;
/**
 * The 法人或其他组织 subtotal column some reports add (format §3.1, the "8 列格式"). The parser keeps
 * it after the seven official columns, wherever it was written.
 */
export const REQUEST_ORG_SUBTOTAL = col('orgs', '法人或其他组织（小计）', 'organisations (subtotal)');
export const REQUEST_ORG_SUBTOTAL_COLUMN = 7;

export const REVIEW_COLUMNS: readonly ColumnSpec[] = (() => {
  const groups: [string, string, string][] = [
    ['review', '行政复议', 'administrative review'],
    ['direct', '未经复议直接起诉', 'lawsuits without prior review'],
    ['after', '复议后起诉', 'lawsuits after review'],
  ];
  const cols: [string, string, string][] = [
    ['upheld', '结果维持', 'upheld'],
    ['corrected', '结果纠正', 'corrected'],
    ['other', '其他结果', 'other outcome'],
    ['pending', '尚未审结', 'pending'],
    ['total', '总计', 'total'],
  ];
  return groups.flatMap(([g, gzh, gen]) => cols.map(([c, czh, cen]) => col(`${g}.${c}`, `${gzh}·${czh}`, `${gen}: ${cen}`)));
})();

export const REQUEST_GROUPS: readonly GroupSpec[] = [
  { id: 'result', label: '三、本年度办理结果', name: text('三、本年度办理结果', 'III. outcomes this year'), keywords: ['本年度办理结果', '办理结果'] },
  { id: 'withhold', label: '（三）不予公开', name: text('（三）不予公开', '(3) not disclosed'), keywords: ['不予公开'] },
  { id: 'unable', label: '（四）无法提供', name: text('（四）无法提供', '(4) cannot be provided'), keywords: ['无法提供'] },
  { id: 'reject', label: '（五）不予处理', name: text('（五）不予处理', '(5) not processed'), keywords: ['不予处理'], fragments: ['不予', '处理'] },
  { id: 'otherHandling', label: '（六）其他处理', name: text('（六）其他处理', '(6) other handling'), keywords: ['其他处理'], fragments: ['其他'] },
];

const R = REQUEST_COLUMNS;

function requestRow(id: string, label: string, en: string, extra: Partial<RowSpec> = {}): RowSpec {
  return { id, table: 'requests', label, name: text(label, en), columns: R, ...extra };
}

const outcome = (group: string, keywords: string[], variants?: string[]): Partial<RowSpec> =>
  variants ? { group, keywords, variants, outcome: true } : { group, keywords, outcome: true };

/** Table 三, 2021 format: 25 numeric rows × 7 columns. */
export const REQUEST_ROWS_2021: readonly RowSpec[] = [
  requestRow('new', '一、本年新收政府信息公开申请数量', 'I. new requests this year', { keywords: ['本年新收'] }),
  requestRow('carried', '二、上年结转政府信息公开申请数量', 'II. carried over from last year', { keywords: ['上年结转'] }),
  requestRow('open', '（一）予以公开', '(1) disclosed', { group: 'result', keywords: ['予以公开'], outcome: true }),
  requestRow('partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '(2) partly disclosed', { group: 'result', keywords: ['部分公开'], outcome: true }),
  requestRow('withhold.secret', '1.属于国家秘密', '(3)1 state secret', outcome('withhold', ['国家秘密'])),
  requestRow('withhold.law', '2.其他法律行政法规禁止公开', '(3)2 barred by other laws', outcome('withhold', ['禁止公开'], ['2.其他法律和行政法规禁止公开', '2.法律行政法规禁止公开', '2.其他法律、行政法规禁止公开'])),
  requestRow('withhold.security', '3.危及“三安全一稳定”', '(3)3 endangers security or stability', outcome('withhold', ['三安全一稳定', '三安全'])),
  requestRow('withhold.thirdParty', '4.保护第三方合法权益', '(3)4 third-party rights', outcome('withhold', ['第三方'])),
  requestRow('withhold.internal', '5.属于三类内部事务信息', '(3)5 internal affairs', outcome('withhold', ['内部事务'])),
  requestRow('withhold.process', '6.属于四类过程性信息', '(3)6 process information', outcome('withhold', ['过程性'])),
  requestRow('withhold.enforcement', '7.属于行政执法案卷', '(3)7 enforcement files', outcome('withhold', ['执法案卷'])),
  requestRow('withhold.query', '8.属于行政查询事项', '(3)8 administrative queries', outcome('withhold', ['行政查询', '查询事项'])),
  requestRow('unable.notHeld', '1.本机关不掌握相关政府信息', '(4)1 not held', outcome('unable', ['不掌握'], ['1.信息不存在'])),
  requestRow('unable.notReady', '2.没有现成信息需要另行制作', '(4)2 would need to be created', outcome('unable', ['另行制作', '没有现成'])),
  requestRow('unable.unclear', '3.补正后申请内容仍不明确', '(4)3 still unclear after correction', outcome('unable', ['仍不明确', '补正后'])),
  requestRow('reject.petition', '1.信访举报投诉类申请', '(5)1 petitions and complaints', outcome('reject', ['信访', '举报投诉'])),
  requestRow('reject.repeat', '2.重复申请', '(5)2 repeated requests', outcome('reject', ['重复申请'])),
  requestRow('reject.publication', '3.要求提供公开出版物', '(5)3 published material', outcome('reject', ['出版物'])),
  requestRow('reject.massive', '4.无正当理由大量反复申请', '(5)4 mass requests without cause', outcome('reject', ['大量反复'])),
  requestRow('reject.confirm', '5.要求行政机关确认或重新出具已获取信息', '(5)5 confirm or reissue information', outcome('reject', ['重新出具', '确认或重新'])),
  requestRow('other.noCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '(6)1 no correction in time', outcome('otherHandling', ['逾期不补正', '不补正'], ['1.申请人无正当理由逾期不补正、行政机关不再受理其政府信息公开申请'])),
  requestRow('other.noFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '(6)2 fee not paid in time', outcome('otherHandling', ['收费通知', '缴纳费用'], ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再受理其政府信息公开申请'])),
  requestRow('other.other', '3.其他', '(6)3 other', outcome('otherHandling', [])),
  requestRow('total', '（七）总计', '(7) total', { group: 'result', keywords: [] }),
  requestRow('carryNext', '四、结转下年度继续办理', 'IV. carried to next year', { keywords: ['结转下年度', '继续办理'] }),
];

/** Table 三, 2019 trial format: （六）其他处理 is one row. */
export const REQUEST_ROWS_2019: readonly RowSpec[] = [
  ...REQUEST_ROWS_2021.filter((r) => r.group !== 'otherHandling' && r.id !== 'total' && r.id !== 'carryNext'),
  requestRow('otherHandling', '（六）其他处理', '(6) other handling', { group: 'result', keywords: ['其他处理'], outcome: true }),
  ...REQUEST_ROWS_2021.filter((r) => r.id === 'total' || r.id === 'carryNext'),
];

function activeRow(id: string, label: string, en: string, columns: ColumnSpec[], extra: Partial<RowSpec> = {}): RowSpec {
  return { id, table: 'active', label, name: text(label, en), columns, keywords: [], ...extra };
}

const DOC_COLUMNS = [col('issued', '本年制发件数', 'issued this year'), col('repealed', '本年废止件数', 'repealed this year'), col('inForce', '现行有效件数', 'in force')];
const DECISIONS = [col('decisions', '本年处理决定数量', 'decisions this year')];

/** Table 二, 2021 format: 10 cells. */
export const ACTIVE_ROWS_2021: readonly RowSpec[] = [
  activeRow('regulation', '规章', 'regulations', DOC_COLUMNS, { article20: 1 }),
  activeRow('normative', '行政规范性文件', 'normative documents', DOC_COLUMNS, { variants: ['规范性文件'], article20: 1 }),
  activeRow('license', '行政许可', 'administrative licensing', DECISIONS, { article20: 5 }),
  activeRow('penalty', '行政处罚', 'administrative penalties', DECISIONS, { article20: 6 }),
  activeRow('coercion', '行政强制', 'administrative coercion', DECISIONS, { article20: 6 }),
  activeRow('fee', '行政事业性收费', 'administrative fees', [col('amount', '本年收费金额（单位：万元）', 'amount this year (10,000 yuan)')], { decimals: true, article20: 8 }),
];

const DOC_COLUMNS_2019 = [col('made', '本年新制作数量', 'made this year'), col('published', '本年新公开数量', 'published this year'), col('totalPublished', '对外公开总数量', 'published in total')];
const ITEMS_2019 = [col('lastYear', '上一年项目数量', 'items last year'), col('change', '本年增/减', 'change this year'), col('decisions', '处理决定数量', 'decisions')];

/** Table 二, 2019 trial format. */
export const ACTIVE_ROWS_2019: readonly RowSpec[] = [
  activeRow('regulation', '规章', 'regulations', DOC_COLUMNS_2019, { article20: 1 }),
  activeRow('normative', '规范性文件', 'normative documents', DOC_COLUMNS_2019, { article20: 1 }),
  activeRow('license', '行政许可', 'administrative licensing', ITEMS_2019, { signed: [1], article20: 5 }),
  activeRow('otherServices', '其他对外管理服务事项', 'other public services', ITEMS_2019, { signed: [1], article20: 5 }),
  activeRow('penalty', '行政处罚', 'administrative penalties', ITEMS_2019, { signed: [1], article20: 6 }),
  activeRow('coercion', '行政强制', 'administrative coercion', ITEMS_2019, { signed: [1], article20: 6 }),
  activeRow('fee', '行政事业性收费', 'administrative fees', ITEMS_2019.slice(0, 2), { signed: [1], article20: 8 }),
  activeRow('procurement', '政府集中采购', 'central government procurement', [col('items', '采购项目数量', 'procurement items'), col('amount', '采购总金额', 'procurement amount')], { decimals: true, article20: 9 }),
];

/**
 * Header words of table 二 in the 2019 trial format, which identify that template. The （九）项 block is known by
 * its row, 政府集中采购, not by its caption: a 2021 table whose （八）项 caption is mistyped （九） is still a 2021 table.
 */
export const ACTIVE_2019_MARKERS: readonly string[] = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '政府集中采购', '其他对外管理服务事项'];

/**
 * The 2019 markers that change which rows table 二 has or how many figures a row holds (the 2019 blocks
 * （五）（六）（八） with three columns, the 其他对外管理服务事项 row, the （九） block). The others — the
 * （一）项 column headings — leave the rows as they are: the （一）项 block has three figures a row in both
 * formats.
 */
export const ACTIVE_2019_ROW_MARKERS: readonly string[] = ['上一年项目数量', '本年增/减', '政府集中采购', '其他对外管理服务事项'];

/** Column headings of table 二 that only the 2021 format has. */
export const ACTIVE_2021_MARKERS: readonly string[] = ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'];

/**
 * Table 二 with the 2021 rows whose （一）项 block carries the 2019 column headings (本年新制作数量 …): the rows
 * and their figures are the 2021 ones; the three （一）项 columns keep the headings the table gives them, so no
 * figure there is read as 本年废止件数 or 现行有效件数.
 */
export const ACTIVE_ROWS_2021_OLD_DOC_HEADS: readonly RowSpec[] = ACTIVE_ROWS_2021.map((r) =>
  r.columns === DOC_COLUMNS ? { ...r, columns: DOC_COLUMNS_2019 } : r,
);

/** Table 四: one row of 15 figures. */
export const REVIEW_ROWS: readonly RowSpec[] = [
  { id: 'cases', table: 'review', label: '行政复议、行政诉讼', name: text('行政复议、行政诉讼', 'review and litigation'), columns: REVIEW_COLUMNS },
];

export function rowsFor(kind: TableKind, version: FormatVersion): readonly RowSpec[] {
  switch (kind) {
    case 'active':
      return version === 2019 ? ACTIVE_ROWS_2019 : ACTIVE_ROWS_2021;
    case 'requests':
      return version === 2019 ? REQUEST_ROWS_2019 : REQUEST_ROWS_2021;
    case 'review':
      return REVIEW_ROWS;
  }
}

/** The keys of the rows only the 2019 table 二 has (其他对外管理服务事项, 政府集中采购): 2019 markers that are row labels. */
export const ACTIVE_2019_ROW_LABEL_KEYS: ReadonlySet<string> = new Set(
  rowsFor('active', 2019)
    .map((r) => stripNumbering(labelKey(r.label)))
    .filter((k) => ACTIVE_2019_MARKERS.map(labelKey).includes(k) && !rowsFor('active', 2021).some((r) => stripNumbering(labelKey(r.label)) === k)),
);

/**
 * What table 二 is, given the kinds of its 2019 markers (one at least): a 2019 row marker (`rows2019`: a block of three
 * columns, 其他对外管理服务事项, the （九） block), a 2019 marker that is no row's label (`heads2019`: a column heading,
 * 本年新制作数量 …), a 2021 column heading (`heads2021`). `2019`, the trial table; `oldHeads`, a 2021 table whose （一）项
 * block kept the trial headings (its rows 2021, old-format still fires); `extraRow`, the 2021 headings alone with a row
 * only the 2019 table has (其他对外管理服务事项 under 行政许可, a province's table keeping it): a 2021 table.
 */
export function activeFormatOf(rows2019: boolean, heads2019: boolean, heads2021: boolean): 2019 | 'oldHeads' | 'extraRow' {
  if (!rows2019 && heads2021) return 'oldHeads';
  if (heads2021 && !heads2019) return 'extraRow';
  return 2019;
}

/** Words of the tables' header rows. A line made of these is a header, not data. */
export const HEADER_WORDS: Readonly<Record<TableKind, readonly string[]>> = {
  active: ['第二十条', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额', '本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '处理决定数量', '采购项目数量', '采购总金额'],
  requests: ['勾稽关系', '申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构'],
  review: ['行政复议', '行政诉讼', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '未经复议直接起诉', '复议后起诉', '维持', '纠正', '审结'],
};

// ---------------------------------------------------------------------------------------------
// Label matching

export type LabelMatch =
  | { readonly kind: 'official'; readonly row: RowSpec }
  | { readonly kind: 'variant'; readonly row: RowSpec };

interface LabelIndex {
  readonly rows: readonly RowSpec[];
  readonly exact: ReadonlyMap<string, RowSpec>;
  readonly variants: ReadonlyMap<string, RowSpec>;
  /** The official keys long enough for a typo to be looked for, with their rows, by their first two characters (`^…`) and last two (`$…`). */
  readonly ends: ReadonlyMap<string, readonly (readonly [string, RowSpec])[]>;
  /** `matchRowKey`'s answers by group, then by key: the same labels recur in every report. */
  readonly memos: Map<string | undefined, ShortKeyMemo<LabelMatch | undefined>>;
}

const indexCache = new Map<readonly RowSpec[], LabelIndex>();

function indexOf(rows: readonly RowSpec[]): LabelIndex {
  // The index is made once per list of rows, in a function of its own: this one runs on every lookup and is
  // compiled hot, without the making.
  return indexCache.get(rows) ?? makeIndex(rows);
}

function makeIndex(rows: readonly RowSpec[]): LabelIndex {
  const exact = new Map<string, RowSpec>();
  const variants = new Map<string, RowSpec>();
  for (const r of rows) {
    exact.set(rowKey(r.label), r);
    for (const v of r.variants ?? []) variants.set(rowKey(v), r);
  }
  const ends = new Map<string, (readonly [string, RowSpec])[]>();
  for (const [official, r] of exact) {
    if (official.length < TYPO_MIN) continue;
    for (const end of [`^${official.slice(0, 2)}`, `$${official.slice(-2)}`]) {
      const list = ends.get(end);
      if (list) list.push([official, r]);
      else ends.set(end, [[official, r]]);
    }
  }
  const idx: LabelIndex = { rows, exact, variants, ends, memos: new Map() };
  indexCache.set(rows, idx);
  return idx;
}

/** The comparison key of a row label: typography folded, list numbering removed. */
export function rowKey(label: string): string {
  return stripNumbering(labelKey(label));
}

/**
 * Finds the row a label names among `rows`: by its official wording (typography ignored), a known
 * variant, or failing those a distinctive fragment (then it counts as a variant). `group` narrows
 * ambiguous short labels such as `3.其他`.
 */
export function matchRowLabel(label: string, rows: readonly RowSpec[], group?: string): LabelMatch | undefined {
  return matchRowKey(rowKey(label), rows, group);
}

/** `matchRowLabel` for a label already reduced to its `rowKey`. */
export function matchRowKey(key: string, rows: readonly RowSpec[], group?: string): LabelMatch | undefined {
  if (key === '') return undefined;
  const idx = indexOf(rows);
  let memo = idx.memos.get(group);
  if (!memo) {
    memo = new ShortKeyMemo((k) => matchIn(idx, k, group));
    idx.memos.set(group, memo);
  }
  return memo.get(key);
}

/** A label key made of words and one note in brackets after them (group 1: the words). */
const NOTED_LABEL = /^([^()]{1,40})\([^()]{1,120}\)$/;

/** `3.其他` names row （六）3 only within its group: a label matched without that group is not it. */
const inGroup = (row: RowSpec, group: string | undefined): boolean => row.id !== 'other.other' || group === 'otherHandling';

function matchIn(idx: LabelIndex, key: string, group: string | undefined): LabelMatch | undefined {
  const exact = idx.exact.get(key);
  if (exact && inGroup(exact, group)) return { kind: 'official', row: exact };
  const variant = idx.variants.get(key);
  if (variant) return { kind: 'variant', row: variant };
  // A note in brackets after a row's whole label (规章（县级无此项）, 行政事业性收费（万元）): that row, its label a variant.
  const noted = NOTED_LABEL.exec(key);
  if (noted) {
    const row = idx.exact.get(noted[1]!) ?? idx.variants.get(noted[1]!);
    if (row && inGroup(row, group)) return { kind: 'variant', row };
  }
  if (key.length > 40) return undefined;
  const named = keywordRow(idx, key);
  if (named) return { kind: 'variant', row: named };
  // A typo in an official label (三类内容事务信息 for 三类内部事务信息): the one row whose label is a character
  // or two away, when the label is long enough that nothing else is so near.
  return key.length < TYPO_MIN ? undefined : typoMatch(idx, key, group);
}

/** The first row one of whose distinctive fragments (`keywords`) the key holds. */
function keywordRow(idx: LabelIndex, key: string): RowSpec | undefined {
  for (let i = 0; i < idx.rows.length; i++) {
    const keywords = idx.rows[i]!.keywords;
    if (keywords) for (let k = 0; k < keywords.length; k++) if (key.includes(keywords[k]!)) return idx.rows[i];
  }
  return undefined;
}

/**
 * The one row whose official label is a typo or two from the key (`matchIn`'s last resort). A function of its own,
 * as `keywordRow` is: the lookups before them answer most keys, and matchIn is compiled without these loops.
 */
function typoMatch(idx: LabelIndex, key: string, group: string | undefined): LabelMatch | undefined {
  let near: RowSpec | undefined;
  // One typo leaves the first two characters or the last two as they were: only labels that share them are compared.
  for (const [official, r] of [...(idx.ends.get(`^${key.slice(0, 2)}`) ?? []), ...(idx.ends.get(`$${key.slice(-2)}`) ?? [])]) {
    if (editDistanceWithin(key, official, typosAllowed(official)) === undefined) continue;
    if (near && near !== r) return undefined;
    near = r;
  }
  return near && inGroup(near, group) ? { kind: 'variant', row: near } : undefined;
}

/** The shortest label key a typo is looked for in. */
const TYPO_MIN = 6;
/** Characters a label of this key may differ by: one, two from twelve characters. */
const typosAllowed = (key: string): number => (key.length >= 12 ? 2 : 1);

/** The edit distance between `a` and `b` when it is at most `max`, else undefined. */
export function editDistanceWithin(a: string, b: string, max: number): number | undefined {
  if (Math.abs(a.length - b.length) > max) return undefined;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      current.push(d);
      if (d < best) best = d;
    }
    if (best > max) return undefined;
    previous = current;
  }
  const d = previous[b.length]!;
  return d <= max ? d : undefined;
}

/** The keys `matchWholeKey` may find a row of `rows` for: their official labels' and listed variants'. */
export function wholeKeysOf(rows: readonly RowSpec[]): Iterable<string> {
  const idx = indexOf(rows);
  return [...idx.exact.keys(), ...idx.variants.keys()];
}

/**
 * The row whose whole label a key is: its official wording or a listed variant, never a fragment
 * (`3.其他`, which needs its group, is none).
 */
export function matchWholeKey(key: string, rows: readonly RowSpec[]): RowSpec | undefined {
  if (key === '') return undefined;
  const idx = indexOf(rows);
  const exact = idx.exact.get(key);
  if (exact && exact.id !== 'other.other') return exact;
  return idx.variants.get(key);
}

/** Finds the row group a label names (`（三）不予公开`, `不予公开`, a split `不予`). */
export function matchGroupLabel(label: string): GroupSpec | undefined {
  return matchGroupKey(rowKey(label));
}

export function matchGroupKey(key: string): GroupSpec | undefined {
  if (key === '') return undefined;
  for (let i = 0; i < REQUEST_GROUPS.length; i++) {
    const g = REQUEST_GROUPS[i]!;
    for (let k = 0; k < g.keywords.length; k++) if (key.includes(g.keywords[k]!)) return g;
  }
  return undefined;
}

export function groupFragment(label: string): GroupSpec | undefined {
  return groupFragmentKey(rowKey(label));
}

export function groupFragmentKey(key: string): GroupSpec | undefined {
  for (let i = 0; i < REQUEST_GROUPS.length; i++) if (REQUEST_GROUPS[i]!.fragments?.includes(key)) return REQUEST_GROUPS[i];
  return undefined;
}
