/**
 * Writes the parts of the VS Code extension that come from the analysis core, so they cannot drift:
 *   - package.json `govreport.rules`: one setting per rule code, its default severity, an enum of levels;
 *   - package.nls.json / package.nls.zh-cn.json: each rule's title and summary for the settings UI;
 *   - syntaxes/govreport.tmLanguage.json: the TextMate grammar, whose part headings, table headers and
 *     official row labels are the national format's own (shared/src/template.ts);
 *   - docs/govreport-lint.schema.json: the schema of `.govreport-lint.json`, every rule code with its levels.
 * With --check, writes nothing and fails when a file is out of date (test/unit/extension-manifest.test.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ACTIVE_ROWS_2019,
  ACTIVE_ROWS_2021,
  HEADER_WORDS,
  PARTS,
  REQUEST_COLUMNS,
  REQUEST_GROUPS,
  REQUEST_ROWS_2019,
  REQUEST_ROWS_2021,
  RULES,
  SEVERITIES,
} from '../shared/src';

export const ROOT = join(__dirname, '..');
export const LEVELS = [...SEVERITIES, 'off'] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// ---------------------------------------------------------------------------------------------
// Manifest

/** The `govreport.rules` setting: every rule by code, with its default level. */
export function rulesSetting(): JsonObject {
  const properties: JsonObject = {};
  for (const r of RULES) {
    properties[r.meta.code] = {
      type: 'string',
      enum: [...LEVELS],
      enumDescriptions: LEVELS.map((l) => `%level.${l}%`),
      default: r.meta.severity,
      markdownDescription: `%rule.${r.meta.code}%`,
    };
  }
  // `resource`: a folder of a multi-root workspace may set its own (its .vscode/settings.json).
  return { type: 'object', default: {}, additionalProperties: false, scope: 'resource', markdownDescription: '%config.rules%', properties };
}

/** The per-rule strings of one nls file. */
export function ruleStrings(lang: 'zh-CN' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of RULES) {
    const fix = r.meta.fixable ? (lang === 'en' ? ' (fixable)' : '（可自动修复）') : '';
    out[`rule.${r.meta.code}`] = `**${r.meta.title[lang]}**${fix}${lang === 'en' ? ': ' : '：'}${r.meta.doc.summary[lang]}`;
  }
  return out;
}

function withRuleStrings(current: Record<string, string>, lang: 'zh-CN' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(current)) if (!k.startsWith('rule.')) out[k] = v;
  return { ...out, ...ruleStrings(lang) };
}

// ---------------------------------------------------------------------------------------------
// Grammar

const SPACE = '[ \\u3000]*';
const NUMERALS = '一二三四五六七八九十';
/** A list marker inside a label: `一、`, `（三）`, `(3)`, `1.`, `2、`. */
const NUMBERING = `(?:[${NUMERALS}]{1,3}[、.．]|[（(][${NUMERALS}\\d]{1,3}[）)]|\\d{1,2}[.．、](?![0-9０-９]))`;
/** Where a table field starts: the line's start, or just after a TAB or a Markdown table's pipe. */
const FIELD_START = '(?:^|(?<=\\t)|(?<=\\|))';
const FIELD_END = `${SPACE}(?=\\t|\\||$)`;
/** A Markdown heading's marker before a heading (`## `): an export leftover, coloured as the artifact rule reports it. */
const HEADING_MARK = '(#{1,6}[ \\t\\u3000]+)?';
const HEADING_MARK_SCOPE = { name: 'comment.other.export-artifact.govreport' };

function escapeChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

/** A label's text as a pattern that tolerates the typography Word exports vary (brackets, commas, spaces). */
function labelPattern(label: string, spaced = false): string {
  let out = '';
  const chars = [...label];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    let p: string;
    if (c === '（' || c === '(') p = `${SPACE}[（(]${SPACE}`;
    else if (c === '）' || c === ')') p = `${SPACE}[）)]${SPACE}`;
    else if (c === '，' || c === ',') p = `[，,]${SPACE}`;
    else if (c === '、') p = `[、，,]${SPACE}`;
    else if (c === '：' || c === ':') p = `[：:]${SPACE}`;
    else if (c === '“' || c === '”' || c === '"') p = '["“”]?';
    else if (c === ' ' || c === '\u3000') p = SPACE;
    else p = escapeChar(c) + (spaced && i < chars.length - 1 ? SPACE : '');
    out += p;
  }
  return out;
}

function stripLabelNumbering(label: string): string {
  return label.replace(new RegExp(`^${NUMBERING}`), '');
}

function unique<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

/** Longest first, so that an alternation never stops at a shorter label that is a prefix of a longer one. */
function alternation(patterns: readonly string[]): string {
  return `(?:${unique(patterns).sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|')})`;
}

/**
 * The official row labels of tables 二 and 三 (both formats), their known variants and the row groups,
 * as patterns. A label's list number is optional (exports drop or change it), except where the words
 * alone are too common to name a row (`3.其他` is a row, `其他` a column header).
 */
export function rowLabelPatterns(): string[] {
  const rows = [...ACTIVE_ROWS_2021, ...ACTIVE_ROWS_2019, ...REQUEST_ROWS_2021, ...REQUEST_ROWS_2019];
  const labels = rows.flatMap((r) => [r.label, ...(r.variants ?? [])]);
  labels.push(...REQUEST_GROUPS.map((g) => g.label));
  const out = labels.map((label) => {
    const words = stripLabelNumbering(label);
    return words.length <= 2 && words !== label ? `${NUMBERING}${SPACE}${labelPattern(words)}` : `${NUMBERING}?${SPACE}${labelPattern(words)}`;
  });
  // The fragments Word leaves of a group label split over two cells (`不予` … `处理`), but not one
  // that is also a column's name (`其他`).
  const columns = new Set(REQUEST_COLUMNS.map((c) => c.name['zh-CN']));
  out.push(...REQUEST_GROUPS.flatMap((g) => g.fragments ?? []).filter((f) => !columns.has(f)).map((f) => labelPattern(f)));
  return unique(out);
}

export function headerWords(): string[] {
  return unique([...HEADER_WORDS.active, ...HEADER_WORDS.requests, ...HEADER_WORDS.review, '信息内容', '申请人情况']).filter(
    (w) => w.length >= 2 && !/^第二十条$/.test(w),
  );
}

export function grammar(): JsonObject {
  const partHeadings: Json[] = PARTS.map((p) => ({
    name: 'markup.heading.2.govreport',
    // The part's own numeral, then words that name it: `三、本年度办理结果` (a table row) is no heading.
    match: `^${SPACE}${HEADING_MARK}(${p.numeral}${SPACE}[、.．,，]?)${SPACE}(?=[^\\t\\n]*(?:${p.pattern.source}))([^\\t\\n]{1,40}?)${SPACE}$`,
    captures: { 1: HEADING_MARK_SCOPE, 2: { name: 'punctuation.definition.heading.govreport' }, 3: { name: 'entity.name.section.govreport' } },
  }));
  const labels = alternation(rowLabelPatterns());
  const headers = alternation(headerWords().map((w) => labelPattern(w, true)));
  const units = ['万人次', '人次', '件次', '个百分点', '个工作日', '工作日', '万元', '亿元', '元', '件', '条', '次', '篇', '期', '个', '项', '家', '人', '名', '份', '场', '批', '小时', '天', '万', '%', '％'];
  const marker = `[（(][${NUMERALS}]{1,3}[）)]|[（(]\\d{1,2}[）)]|\\d{1,2}[.．、](?![0-9０-９])|[${NUMERALS}]{1,3}、|[${NUMERALS}]{1,2}是`;

  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'GovReport',
    scopeName: 'text.govreport',
    comment: 'Generated by scripts/gen-extension.ts from shared/src/template.ts; do not edit by hand.',
    patterns: [
      { include: '#artifact' },
      { include: '#title' },
      { include: '#part-heading' },
      { include: '#table-caption' },
      { include: '#table-note' },
      { include: '#table-header' },
      { include: '#row-label' },
      { include: '#subsection' },
      { include: '#heading-mark' },
      { include: '#enumeration' },
      { include: '#book-title' },
      { include: '#number' },
    ],
    repository: {
      artifact: {
        comment: 'Leftovers of the Word export (the artifact rule reports them).',
        patterns: [{ name: 'comment.other.export-artifact.govreport', match: '\\[bookmark:[^\\]\\n]*\\]|\\*\\*' }],
      },
      title: {
        comment: 'The report title, also when Word broke it over two lines.',
        patterns: [
          {
            name: 'markup.heading.1.govreport',
            match: `^${SPACE}${HEADING_MARK}([^\\t\\n。，；#]{0,60}政府信息公开[^\\t\\n。，；]{0,12}(?:报告|工作))${SPACE}$`,
            captures: { 1: HEADING_MARK_SCOPE, 2: { name: 'entity.name.section.govreport' } },
          },
          { name: 'markup.heading.1.govreport', match: `^${SPACE}((?:年度)?报告)${SPACE}$`, captures: { 1: { name: 'entity.name.section.govreport' } } },
        ],
      },
      'part-heading': { comment: 'The six parts of the national format, each under its own numeral.', patterns: partHeadings },
      'heading-mark': {
        comment: 'A Markdown heading marker before any other line (the artifact rule reports it).',
        patterns: [{ match: `^${SPACE}(#{1,6})(?=[ \\t\\u3000]+\\S)`, captures: { 1: HEADING_MARK_SCOPE } }],
      },
      'table-caption': {
        comment: 'Table 二 is captioned by the articles of the regulation it reports on.',
        patterns: [{ name: 'entity.name.type.table.govreport', match: `第${SPACE}二十条${SPACE}第${SPACE}[（(]${SPACE}[${NUMERALS}]{1,3}${SPACE}[）)]${SPACE}项` }],
      },
      'table-note': {
        comment: 'The note in table 三\'s corner on its relations.',
        patterns: [{ name: 'comment.block.table-note.govreport', match: `[（(]${SPACE}本列数据的勾稽关系为[^\\t\\n]*?[）)]` }],
      },
      'row-label': {
        comment: 'Official row labels (both formats), known variants and row groups, as a whole table field. A row label names the figures of its row: entity.name.function, which every theme colours apart from headings, headers and numbers.',
        patterns: [{ match: `${FIELD_START}${SPACE}(${labels})${FIELD_END}`, captures: { 1: { name: 'entity.name.function.row-label.govreport' } } }],
      },
      'table-header': {
        comment: 'Column headers of the three tables, as a whole table field.',
        patterns: [
          {
            match: `${FIELD_START}${SPACE}(${headers}(?:${SPACE}[（(][^\\t\\n）)]{0,12}[）)])?)${FIELD_END}`,
            captures: { 1: { name: 'entity.name.type.table-header.govreport' } },
          },
        ],
      },
      subsection: {
        comment: 'Numbered sub-headings and paragraphs: （一）, (1), 1., 2、, 一、, 一是.',
        patterns: [
          {
            name: 'markup.heading.3.govreport',
            match: `^${SPACE}${HEADING_MARK}(${marker})${SPACE}([^\\t\\n。；;，,\\[*]{1,30}?)${SPACE}$`,
            captures: { 1: HEADING_MARK_SCOPE, 2: { name: 'keyword.control.numbering.govreport' }, 3: { name: 'entity.name.section.govreport' } },
          },
          { match: `^${SPACE}${HEADING_MARK}(${marker})`, captures: { 1: HEADING_MARK_SCOPE, 2: { name: 'keyword.control.numbering.govreport' } } },
        ],
      },
      enumeration: {
        comment: '一是…二是… inside a paragraph.',
        patterns: [{ match: `(?<=[。；;：:])${SPACE}([${NUMERALS}]{1,2}是)`, captures: { 1: { name: 'keyword.control.numbering.govreport' } } }],
      },
      'book-title': { patterns: [{ name: 'string.quoted.other.title.govreport', match: '《[^》\\n]{1,80}》' }] },
      number: {
        comment: 'Figures, with the unit that follows them.',
        patterns: [
          {
            match: `(?<![0-9０-９.．A-Za-z_])([0-9０-９]+(?:[.．][0-9０-９]+)?)(?:${SPACE}(${units.map(escapeChar).join('|')}))?`,
            captures: { 1: { name: 'constant.numeric.govreport' }, 2: { name: 'keyword.other.unit.govreport' } },
          },
        ],
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------

interface Output {
  readonly path: string;
  readonly content: string;
}

function readJson(path: string): JsonObject {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as JsonObject;
}

function json(v: Json): string {
  return JSON.stringify(v, null, 2) + '\n';
}

/** Where the schema of `.govreport-lint.json` is written; VS Code validates and completes the file with it. */
export const CONFIG_SCHEMA = 'docs/govreport-lint.schema.json';

/** The JSON schema of `.govreport-lint.json` (shared/node/config.ts reads the same shape). */
export function configSchema(): JsonObject {
  const rules: JsonObject = {};
  for (const r of RULES) {
    rules[r.meta.code] = { enum: [...LEVELS], default: r.meta.severity, description: `${r.meta.title['zh-CN']}：${r.meta.doc.summary['zh-CN']}\n${r.meta.title.en}: ${r.meta.doc.summary.en}` };
  }
  const levels: JsonObject = { type: 'object', additionalProperties: false, description: '规则代码: 级别（error、warning、info、hint、off）\nrule code: level (error, warning, info, hint, off)', properties: rules };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '.govreport-lint.json',
    description: '本文件夹及其子文件夹中年报的规则级别（govreport-lint 命令行与 VS Code 扩展共用）\nRule levels for the reports in this folder and below (shared by the govreport-lint command line and the VS Code extension)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: levels,
      overrides: {
        type: 'array',
        description: '按文件名调整：files 中的模式相对于本文件所在文件夹；不含 / 的模式匹配任一子文件夹中的文件名\nBy file name: patterns relative to this file\'s folder; one without / matches the file name in any folder below',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: { files: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }, rules: levels },
        },
      },
    },
  };
}

export function outputs(): Output[] {
  const pkg = readJson('package.json');
  const contributes = pkg.contributes as JsonObject;
  const configuration = contributes.configuration as JsonObject;
  const properties = configuration.properties as JsonObject;
  properties['govreport.rules'] = rulesSetting();
  contributes.jsonValidation = [{ fileMatch: '.govreport-lint.json', url: `./${CONFIG_SCHEMA}` }];
  const nls = (path: string, lang: 'zh-CN' | 'en'): Output => {
    const current = existsSync(join(ROOT, path)) ? (readJson(path) as Record<string, string>) : {};
    return { path, content: json(withRuleStrings(current, lang)) };
  };
  return [
    { path: 'package.json', content: json(pkg) },
    nls('package.nls.json', 'en'),
    nls('package.nls.zh-cn.json', 'zh-CN'),
    { path: 'syntaxes/govreport.tmLanguage.json', content: json(grammar()) },
    { path: CONFIG_SCHEMA, content: json(configSchema()) },
  ];
}

/** The files that are out of date. */
export function stale(): string[] {
  return outputs()
    .filter((o) => !existsSync(join(ROOT, o.path)) || readFileSync(join(ROOT, o.path), 'utf8') !== o.content)
    .map((o) => o.path);
}

if (require.main === module) {
  if (process.argv.includes('--check')) {
    const out = stale();
    for (const p of out) console.error(`${p} is out of date; run npm run docs`);
    process.exitCode = out.length > 0 ? 1 : 0;
  } else {
    for (const o of outputs()) writeFileSync(join(ROOT, o.path), o.content);
  }
}
