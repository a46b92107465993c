/** The command line's options: parsing, validation and the help text in both languages. */
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RULES, SEVERITIES, toLang, type Lang, type RuleSetting } from '../../shared/src';
import { CONFIG_FILE } from '../../shared/node/config';
import { MAX_REPORT_BYTES } from '../../shared/node/files';
import { READABLE_EXTENSIONS } from '../../shared/node/readers';
import { DEFAULT_CACHE_FILE } from './cache';
import { FORMATS, type Format } from './output';

export interface Options {
  readonly lang: Lang;
  readonly format: Format;
  readonly fix: boolean;
  readonly quiet: boolean;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Worker threads; undefined: decided from the number of files and cores. */
  readonly jobs: number | undefined;
  readonly summary: string | undefined;
  /** Last year's report of the same body, for the cross-year rules. */
  readonly previous: string | undefined;
  /** The cache file (`--cache`, `--cache-location`); undefined: no cache. */
  readonly cache: string | undefined;
  readonly paths: readonly string[];
  /** A report read from standard input (`-`), under this name (`--stdin-filename`, else `STDIN_NAME`). */
  readonly stdin: string | undefined;
}

/** How a report read from standard input is named when `--stdin-filename` names it not. */
export const STDIN_NAME = '<stdin>';

export type Command =
  | { readonly kind: 'help' | 'version' | 'list-rules'; readonly lang: Lang }
  | { readonly kind: 'print-config'; readonly lang: Lang; readonly path: string; readonly rules: Readonly<Record<string, RuleSetting>> }
  | { readonly kind: 'check'; readonly options: Options };

export class UsageError extends Error {
  constructor(
    message: string,
    readonly lang: Lang,
  ) {
    super(message);
  }
}

const OPTIONS = {
  format: { type: 'string' },
  lang: { type: 'string' },
  fix: { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  summary: { type: 'string' },
  previous: { type: 'string' },
  quiet: { type: 'boolean' },
  jobs: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  'stdin-filename': { type: 'string' },
  'list-rules': { type: 'boolean' },
  'print-config': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Every option's long name (the help must list each). */
export const OPTION_NAMES: readonly string[] = Object.keys(OPTIONS);

const LEVELS: readonly string[] = [...SEVERITIES, 'off'];
const MAX_MB = MAX_REPORT_BYTES / (1024 * 1024);

export const HELP: Readonly<Record<Lang, string>> = {
  'zh-CN': `用法：govreport-lint [选项] <文件或文件夹>...

检查政府信息公开工作年度报告的结构、表格、勾稽关系和正文与表格是否一致。可读取纯文本（.txt）、
Word 文档（.docx，以及旧版 .doc 和 WPS 文字 .wps）、OpenDocument 文本（.odt 和平面 XML 的 .fodt，
LibreOffice、WPS 等保存）、网页（.html/.htm）和 PDF（.pdf，表格有表格线，或能按文字位置还原）；
文件夹会递归查找这些文件（跳过隐藏的文件和文件夹、Word 打开文档时留下的 ~$ 文件和 node_modules 等），顺序固定；
shell 未展开的通配符模式（如 "2024/*.docx"）也按此查找。没有报告的文件夹、没有匹配的模式会说明（退出码 2）。
500 个以上的文件在三核以上的机器上并行检查（两核的机器 2000 个以上；--jobs 可指定），输出顺序与逐个检查时相同。

选项：
  --format text|json|sarif   输出格式（默认 text）：
                               text   每行“文件:行:列: 级别 代码 消息”（行、列从 1 起）
                               json   {"version":1,"files":[{"path","diagnostics":[...]}]}
                               sarif  SARIF 2.1.0，供代码扫描工具使用
  --lang zh-CN|en            消息语言（默认 zh-CN）
  --fix                      应用所有可自动修复的问题，只写回有改动的文件：先写同目录临时文件、
                             刷盘再改名替换，保留原编码、BOM 和换行符；只读文件、Word 文档、OpenDocument 文本、网页和 PDF 不改写
  --rule 代码=级别           调整规则级别：error、warning、info、hint 或 off；可重复；优先于配置文件
  --previous 文件            同一机关上一年度的报告（任一格式），用于跨年度核对（结转、现行有效件数、雷同、同比）
  --previous 文件夹          上一年度各机关的报告所在的文件夹：每份报告与其中同一机关（按标题；标题没有机关名称的
                             按文件名）上一年度的报告核对；找不到的照常检查，不做跨年度核对，并在标准错误输出中说明
  --summary 文件.csv         另外写一份汇总表：每个文件一行，列为路径、错误、警告、提示、建议、
                             各规则的数量和说明；UTF-8 带 BOM，Excel 可直接打开
  --quiet                    只输出错误（不输出警告、提示、建议）
  --jobs N                   最多用 N 个线程检查（含主线程，1 表示不用工作线程；默认按文件数和 CPU 核数决定）
  --cache                    记住每个文件的检查结果，再次检查时只检查内容有变化的文件（结果与不用缓存时完全相同）；
                             缓存文件默认为当前文件夹下的 ${DEFAULT_CACHE_FILE}；不能与 --fix 同用
  --cache-location 文件      缓存文件的位置，或存放它的文件夹（隐含 --cache）
  --list-rules               列出全部规则
  --print-config 文件        显示检查该报告时各规则的级别及所用的配置文件（JSON），不检查
  -                          从标准输入读取一份报告（如 pbpaste | govreport-lint -），输出中名为 ${STDIN_NAME}；
                             Word 文档、OpenDocument 文本、PDF 和以 <!DOCTYPE html>/<html> 开头的网页按内容识别；不能与 --fix、--cache 同用
  --stdin-filename 名称      标准输入的报告的名称：用于输出、判断格式（扩展名）和查找配置文件
  --                         其后的参数都是文件或文件夹（以“-”开头的文件名写在它之后：-- -报告.txt）
  -h, --help                 显示本帮助（English: --help --lang en）
  -v, --version              显示版本

配置文件：每份报告按其所在文件夹或上级文件夹中最近的 ${CONFIG_FILE} 调整规则级别，例如
  {"rules": {"label-variant": "off"}, "overrides": [{"files": ["湘潭县*.txt"], "rules": {"narrative-mismatch": "info"}}]}
无效的配置文件会说明原因（退出码 2），其下的报告照常检查、不用该文件。

文件编码：UTF-8（带或不带 BOM）、带 BOM 的 UTF-16 LE/BE、GB18030/GBK，自动识别，--fix 按原编码写回。
空文件、二进制文件、RTF、加密或损坏的 Word 文档、OpenDocument 文本和 PDF、扫描件 PDF（没有可提取的文字）、表格没有表格线且按文字位置
也无法可靠还原的 PDF、无法识别编码的文件会被拒绝并说明原因（退出码 2）。
基本是 UTF-8、只有少数字节损坏的文件：损坏处按“\ufffd”检查，给出第一处的位置，退出码 2，且不会被 --fix 改写。
超过 ${MAX_MB} MB 的文件不是年度报告，会被跳过（退出码 2）。

退出码：0 没有错误；1 有文件存在错误；2 用法错误，或有文件无法读取、检查或写回，或配置文件无效（其余文件照常检查并输出）。
设置环境变量 NO_COLOR 可关闭颜色；输出不是终端时不使用颜色。`,
  en: `usage: govreport-lint [options] <file or folder>...

Checks annual reports on government information disclosure for their structure, tables, arithmetic,
and prose that contradicts the tables. Reads plain text (.txt), Word documents (.docx, and Word 97-2003
.doc and WPS .wps), OpenDocument text (.odt, and flat XML .fodt, as LibreOffice and WPS save it), web
pages (.html, .htm) and PDF (.pdf, tables drawn with ruling lines, or found from the text's
positions); folders are searched recursively for them (hidden files and folders, Word's ~$ owner
files, node_modules and the like are skipped), in a stable order; a pattern the shell left (2024/*.docx)
is expanded so; a folder without reports, or a pattern matching none, is told (exit 2).
500 files or more are checked on several CPU cores on a machine
of three cores or more (2,000 on two; --jobs sets it); the output is in the same order as when checking
one file after another.

options:
  --format text|json|sarif   output format (default text):
                               text   one "file:line:col: severity code message" per line (1-based)
                               json   {"version":1,"files":[{"path","diagnostics":[...]}]}
                               sarif  SARIF 2.1.0 for code-scanning tools
  --lang zh-CN|en            message language (default zh-CN)
  --fix                      apply every automatic fix and write back only the files that changed:
                             a temporary file beside it, flushed, then renamed over it, in the file's
                             own encoding, BOM and line endings; read-only files, Word documents,
                             OpenDocument text, web pages and PDF are never rewritten
  --rule CODE=LEVEL          set a rule to error, warning, info, hint or off; repeatable; over the
                             configuration file
  --previous FILE            last year's report of the same body (any format), for the cross-year checks
  --previous FOLDER          a folder of last year's reports of many bodies: each report is checked
                             against its own body's (by title, or by file name when the title names no
                             body) of the year before; one without is checked without the cross-year
                             checks, and stderr says so
  --summary FILE.csv         also write a table: one row per file with its path, errors, warnings,
                             infos, hints, a count per rule and a note; UTF-8 with BOM for Excel
  --quiet                    report errors only (no warnings, infos or hints)
  --jobs N                   check on at most N threads, the main one included (1: no worker threads;
                             default: from files and cores)
  --cache                    remember each file's results and check again only the files whose
                             contents changed (the output is exactly that of a run without it); kept in
                             ${DEFAULT_CACHE_FILE} in the current folder; not with --fix
  --cache-location FILE      where to keep the cache, or a folder to keep it in (implies --cache)
  --list-rules               list the rules
  --print-config FILE        print the rule levels a report is checked with and the configuration file
                             used (JSON); no check
  -                          read one report from standard input (pbpaste | govreport-lint -), named
                             ${STDIN_NAME} in the output; Word documents, OpenDocument text, PDF and web
                             pages opening with <!DOCTYPE html> or <html> are known by their content; not
                             with --fix or --cache
  --stdin-filename NAME      the name of the report read from standard input: shown in the output, its
                             extension chooses the format, its folder the configuration file
  --                         everything after it is a file or folder (a name that starts with “-”:
                             -- -report.txt)
  -h, --help                 show this help (中文：--help --lang zh-CN)
  -v, --version              show the version

Configuration: each report takes the rule levels of the nearest ${CONFIG_FILE} in its folder or
above, e.g.
  {"rules": {"label-variant": "off"}, "overrides": [{"files": ["湘潭县*.txt"], "rules": {"narrative-mismatch": "info"}}]}
An invalid one is reported with why (exit 2); the reports under it are checked without it.

Encodings: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, GB18030/GBK, detected; --fix writes the
same encoding back. Empty files, binary files, RTF, encrypted or damaged Word documents, OpenDocument
text and PDF, scanned PDF (no text to extract), PDF whose tables have no ruling lines and cannot be
rebuilt from the text's positions either, and text in no known encoding are refused with the reason
(exit 2).
A file that is UTF-8 except for a few damaged bytes is checked with each bad sequence read as "\ufffd";
the first is located, the exit status is 2, and --fix never rewrites it.
Files over ${MAX_MB} MB are not reports and are skipped (exit 2).

exit status: 0 no errors; 1 some file has an error; 2 bad usage, or some file could not be read,
checked or written, or a configuration file is invalid (the other files are still checked and printed).
Set NO_COLOR to turn colour off; output that is not a terminal is never coloured.`,
};

function parseRule(spec: string, lang: Lang): [string, RuleSetting] {
  const eq = spec.indexOf('=');
  const code = eq === -1 ? spec : spec.slice(0, eq).trim();
  const level = eq === -1 ? '' : spec.slice(eq + 1).trim().toLowerCase();
  if (eq === -1 || !code || !level) {
    throw new UsageError(lang === 'zh-CN' ? `--rule ${spec}：应写成 代码=级别，例如 --rule row-total=warning` : `--rule ${spec}: expected CODE=LEVEL, e.g. --rule row-total=warning`, lang);
  }
  if (!RULES.some((r) => r.meta.code === code)) {
    throw new UsageError(lang === 'zh-CN' ? `--rule ${spec}：没有规则“${code}”（用 --list-rules 查看全部规则）` : `--rule ${spec}: no rule "${code}" (see --list-rules)`, lang);
  }
  if (!LEVELS.includes(level)) {
    throw new UsageError(lang === 'zh-CN' ? `--rule ${spec}：级别应为 ${LEVELS.join('、')} 之一` : `--rule ${spec}: the level must be one of ${LEVELS.join(', ')}`, lang);
  }
  return [code, level as RuleSetting];
}

/** The known option nearest to a mistyped one (one or two letters off), for a suggestion. */
function nearestOption(given: string): string | undefined {
  const name = given.replace(/^-+/, '').split('=')[0]!;
  let best: string | undefined;
  let bestDistance = 3;
  for (const known of OPTION_NAMES) {
    const d = editDistance(name, known);
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  return best && bestDistance <= Math.min(2, Math.floor(name.length / 2)) ? `--${best}` : undefined;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

/**
 * The argument an unknown short option came from: parseArgs names only its first letter (`-d` of
 * `-dash.txt`, a file name starting with “-”), which is not what the user typed.
 */
function argumentOf(option: string, argv: readonly string[]): string {
  if (option.startsWith('--')) return option;
  const end = argv.indexOf('--');
  const before = end === -1 ? argv : argv.slice(0, end);
  return before.find((a) => !a.startsWith('--') && a.startsWith('-') && a.includes(option.slice(1))) ?? option;
}

/** Node's parseArgs errors (English only) in the user's language; others as they are. */
function describeArgsError(e: Error & { code?: string }, lang: Lang, argv: readonly string[]): string {
  const named = /'(-{1,2}[^' ]+)/.exec(e.message)?.[1];
  const zh = lang === 'zh-CN';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && named) {
    const option = argumentOf(named, argv);
    const near = nearestOption(option);
    if (near) return zh ? `未知选项 ${option}，是否想用 ${near}？` : `unknown option ${option}; did you mean ${near}?`;
    return zh
      ? `未知选项 ${option}（以“-”开头的文件名请写在 -- 之后：-- ${option}）`
      : `unknown option ${option} (a file name that starts with “-” goes after --: -- ${option})`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && named) {
    const option = named;
    if (/does not take an argument/.test(e.message)) return zh ? `选项 ${option} 不带值` : `option ${option} takes no value`;
    if (/argument missing/.test(e.message)) return zh ? `选项 ${option} 缺少值` : `option ${option} needs a value`;
    // `--jobs -1`, `--summary -x.csv`: the value starts with “-” and is taken for an option.
    if (/argument is ambiguous/.test(e.message)) {
      const value = argv[argv.indexOf(option) + 1] ?? '';
      return zh
        ? `选项 ${option} 缺少值：其后的“${value}”以“-”开头，被当作选项；如果它就是值，请写成 ${option}=${value}`
        : `option ${option} needs a value: the “${value}” after it starts with “-” and is taken for an option; if it is the value, write ${option}=${value}`;
    }
  }
  return e.message;
}

/** Parses the arguments; throws `UsageError` (exit status 2) on anything it cannot accept. */
export function parseCommand(argv: readonly string[]): Command {
  // The language of messages about the arguments themselves, before they are parsed.
  const langHint = toLang(argv.find((_, i) => argv[i - 1] === '--lang') ?? argv.find((a) => a.startsWith('--lang='))?.slice(7));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
  } catch (e) {
    throw new UsageError(describeArgsError(e as Error & { code?: string }, langHint, argv), langHint);
  }
  const { values, positionals } = parsed;
  const langArg = values.lang ?? 'zh-CN';
  if (!/^(zh(-cn|-hans)?|en(-[a-z]+)?)$/i.test(langArg)) {
    throw new UsageError(langHint === 'zh-CN' ? `--lang ${langArg}：应为 zh-CN 或 en` : `--lang ${langArg}: expected zh-CN or en`, langHint);
  }
  const lang = toLang(langArg);
  if (values.help) return { kind: 'help', lang };
  if (values.version) return { kind: 'version', lang };
  if (values['list-rules']) return { kind: 'list-rules', lang };

  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(lang === 'zh-CN' ? `--format ${format}：应为 ${FORMATS.join('、')} 之一` : `--format ${format}: expected one of ${FORMATS.join(', ')}`, lang);
  }
  const rules: Record<string, RuleSetting> = {};
  for (const spec of values.rule ?? []) {
    const [code, level] = parseRule(spec, lang);
    rules[code] = level;
  }
  const printConfig = values['print-config'];
  if (printConfig !== undefined) {
    if (printConfig.trim() === '') throw new UsageError(lang === 'zh-CN' ? '--print-config：请给出报告的路径' : '--print-config: give the path of a report', lang);
    // It shows one report's levels and checks nothing: a second path would be silently left out.
    if (positionals.length > 0) {
      throw new UsageError(
        lang === 'zh-CN'
          ? `--print-config 只显示一份报告的配置，不检查文件；多出的参数：${positionals.join(' ')}`
          : `--print-config shows one report's configuration and checks nothing; extra arguments: ${positionals.join(' ')}`,
        lang,
      );
    }
    return { kind: 'print-config', lang, path: printConfig, rules };
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = /^\d+$/.test(values.jobs) ? Number(values.jobs) : NaN;
    if (!Number.isSafeInteger(jobs) || jobs < 1 || jobs > 256) {
      throw new UsageError(lang === 'zh-CN' ? `--jobs ${values.jobs}：应为 1 到 256 之间的整数` : `--jobs ${values.jobs}: expected a whole number from 1 to 256`, lang);
    }
  }
  if (values.summary !== undefined && values.summary.trim() === '') {
    throw new UsageError(lang === 'zh-CN' ? '--summary：请给出 CSV 文件的路径' : '--summary: give the path of the CSV file', lang);
  }
  // `--summary 报告.txt 其他.txt`, the CSV's name forgotten, would write the table over a report.
  const summaryExt = values.summary !== undefined ? extname(values.summary).toLowerCase() : '';
  if (values.summary !== undefined) {
    const named = positionals.some((p) => p !== '-' && resolve(p) === resolve(values.summary!));
    if (named || READABLE_EXTENSIONS.includes(summaryExt)) {
      throw new UsageError(
        lang === 'zh-CN'
          ? `--summary ${values.summary}：${named ? '这是要检查的文件' : '这是报告的文件名'}，汇总表不会写在这里（以免覆盖报告）；请给出 .csv 文件的路径`
          : `--summary ${values.summary}: ${named ? 'that file is to be checked' : 'that is a report\'s name'}; the summary is not written over it. Give the path of a .csv file`,
        lang,
      );
    }
  }
  // Two --previous (two years, or a file and a folder) would silently use the last alone.
  const end = argv.indexOf('--');
  const previousGiven = (end === -1 ? argv : argv.slice(0, end)).filter((a) => a === '--previous' || a.startsWith('--previous=')).length;
  if (previousGiven > 1) {
    throw new UsageError(
      lang === 'zh-CN'
        ? '--previous 只能给出一次：一个上一年度的报告，或一个存放各机关上一年度报告的文件夹'
        : '--previous can be given once: one report of last year, or one folder of last year\'s reports of many bodies',
      lang,
    );
  }
  const cacheLocation = values['cache-location'];
  if (cacheLocation !== undefined && cacheLocation.trim() === '') {
    throw new UsageError(lang === 'zh-CN' ? '--cache-location：请给出缓存文件的路径' : '--cache-location: give the path of the cache file', lang);
  }
  const cache = cacheLocation ?? (values.cache ? DEFAULT_CACHE_FILE : undefined);
  if (cache !== undefined && values.fix) {
    throw new UsageError(lang === 'zh-CN' ? '--cache 不能与 --fix 同用：修复必须检查每个文件' : '--cache cannot be used with --fix: fixing must check every file', lang);
  }
  if (positionals.length === 0) throw new UsageError(lang === 'zh-CN' ? '请指定要检查的文件或文件夹' : 'no file or folder given', lang);
  // `-`: one report from standard input.
  const fromStdin = positionals.filter((p) => p === '-').length;
  const stdinName = values['stdin-filename'];
  if (fromStdin > 1) throw new UsageError(lang === 'zh-CN' ? '标准输入（-）只能读取一次' : 'standard input (-) can be read only once', lang);
  if (stdinName !== undefined && (fromStdin === 0 || stdinName.trim() === '')) {
    throw new UsageError(lang === 'zh-CN' ? '--stdin-filename 只用于从标准输入（-）读取的报告，并须给出名称' : '--stdin-filename names the report read from standard input (-) and needs a name', lang);
  }
  if (fromStdin > 0 && values.fix) throw new UsageError(lang === 'zh-CN' ? '从标准输入读取的报告不能用 --fix 写回' : '--fix cannot write back a report read from standard input', lang);
  if (fromStdin > 0 && cache !== undefined) throw new UsageError(lang === 'zh-CN' ? '--cache 不能用于从标准输入读取的报告' : '--cache cannot be used with a report read from standard input', lang);
  return {
    kind: 'check',
    options: {
      lang,
      format: format as Format,
      fix: values.fix ?? false,
      quiet: values.quiet ?? false,
      rules,
      jobs,
      summary: values.summary,
      previous: values.previous,
      cache,
      paths: positionals.filter((p) => p !== '-'),
      stdin: fromStdin > 0 ? (stdinName ?? STDIN_NAME) : undefined,
    },
  };
}
