/**
 * govreport-lint: checks annual reports on government information disclosure from the command line.
 *
 *   govreport-lint [--format text|json|sarif] [--lang zh-CN|en] [--fix] [--previous FILE] <file or folder>...
 *
 * Exit status: 0 when no file has an error, 1 when one has, 2 on bad usage or unreadable input.
 */
import { parseArgs } from 'node:util';
import { parseReport, RULES, SEVERITIES, toLang, type Lang, type RuleSetting } from '../../shared/src';
import { discover } from '../../shared/node/files';
import { describeFailure, READABLE_EXTENSIONS, readReport } from '../../shared/node/readers';
import { checkFile, type FileResult, type PreviousReport } from './check';
import { VERSION, formatJson, formatSarif, formatText } from './output';

const HELP: Readonly<Record<Lang, string>> = {
  'zh-CN': `用法：govreport-lint [选项] <文件或文件夹>...

检查政府信息公开工作年度报告的结构、表格与数字。可读取纯文本（UTF-8/UTF-16/GB18030）、
Word 文档（.docx）和网页（.html/.htm）。文件夹会递归查找这些文件。

选项：
  --format text|json|sarif   输出格式（默认 text）
  --lang zh-CN|en            消息语言（默认 zh-CN）
  --fix                      应用所有可自动修复的问题并写回文件（原子写入）
  --rule 代码=级别           调整规则级别：error、warning、info、hint 或 off，可重复
  --previous 文件            同一机关上一年度的报告，用于跨年度核对（结转、现行有效件数、雷同、同比）
  --list-rules               列出全部规则
  -h, --help                 显示本帮助
  -v, --version              显示版本

退出码：0 没有错误；1 有文件存在错误；2 用法错误或有文件无法读取。`,
  en: `usage: govreport-lint [options] <file or folder>...

Checks annual reports on government information disclosure for their structure, tables and
arithmetic. Reads plain text (UTF-8, UTF-16, GB18030), Word documents (.docx) and web pages
(.html, .htm). Folders are searched for such files.

options:
  --format text|json|sarif   output format (default text)
  --lang zh-CN|en            message language (default zh-CN)
  --fix                      apply every automatic fix and write the files back (atomically)
  --rule CODE=LEVEL          set a rule to error, warning, info, hint or off; repeatable
  --previous FILE            last year's report of the same body, for the cross-year checks
  --list-rules               list the rules
  -h, --help                 show this help
  -v, --version              show the version

exit status: 0 no errors; 1 some file has an error; 2 bad usage or unreadable input.`,
};

function usageError(message: string, lang: Lang): never {
  process.stderr.write(`govreport-lint: ${message}\n${lang === 'zh-CN' ? '使用 --help 查看用法。' : 'See --help.'}\n`);
  process.exit(2);
}

export function main(argv: readonly string[]): number {
  const langHint = toLang(argv.find((_, i) => argv[i - 1] === '--lang') ?? argv.find((a) => a.startsWith('--lang='))?.slice(7));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        lang: { type: 'string', default: 'zh-CN' },
        fix: { type: 'boolean', default: false },
        rule: { type: 'string', multiple: true, default: [] },
        previous: { type: 'string' },
        'list-rules': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    usageError((e as Error).message, langHint);
  }
  const { values, positionals } = parsed;
  const langArg = values.lang ?? 'zh-CN';
  if (!/^(zh(-CN)?|en)$/i.test(langArg)) usageError(`--lang: ${langArg}（zh-CN | en）`, langHint);
  const lang = toLang(langArg);
  if (values.help) {
    process.stdout.write(HELP[lang] + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  if (values['list-rules']) {
    for (const r of RULES) process.stdout.write(`${r.meta.code.padEnd(20)} ${r.meta.severity.padEnd(8)} ${r.meta.title[lang]}\n`);
    return 0;
  }
  const format = values.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) usageError(`--format: ${format}（text | json | sarif）`, lang);
  const rules: Record<string, RuleSetting> = {};
  for (const spec of values.rule ?? []) {
    const [code, level] = spec.split('=');
    if (!code || !level || !RULES.some((r) => r.meta.code === code) || !([...SEVERITIES, 'off'] as string[]).includes(level)) {
      usageError(`--rule ${spec}`, lang);
    }
    rules[code] = level as RuleSetting;
  }
  if (positionals.length === 0) usageError(lang === 'zh-CN' ? '请指定要检查的文件或文件夹' : 'no file or folder given', lang);

  let previous: PreviousReport | undefined;
  if (values.previous !== undefined) {
    const read = readReport(values.previous);
    if (!read.ok) {
      process.stderr.write(`govreport-lint: --previous ${values.previous}: ${describeFailure(read, lang)}\n`);
      return 2;
    }
    previous = { path: values.previous, model: parseReport(read.text), ...(read.format !== 'text' ? { sourceMap: read.sourceMap } : {}) };
  }

  const { files, missing } = discover(positionals, READABLE_EXTENSIONS);
  let exit = 0;
  for (const m of missing) {
    process.stderr.write(`govreport-lint: ${m}: ${lang === 'zh-CN' ? '文件或文件夹不存在' : 'no such file or folder'}\n`);
    exit = 2;
  }
  const results: FileResult[] = files.map((f) => checkFile(f, { lang, fix: values.fix ?? false, analyze: { rules }, ...(previous ? { previous } : {}) }));
  for (const r of results) {
    if (r.notice) process.stderr.write(`govreport-lint: ${r.path}: ${r.notice}\n`);
    if (r.error) {
      process.stderr.write(`govreport-lint: ${r.path}: ${r.error}\n`);
      exit = 2;
    }
  }
  const output = format === 'json' ? formatJson(results) : format === 'sarif' ? formatSarif(results, lang) : formatText(results, lang, process.stdout.isTTY === true && !process.env.NO_COLOR);
  process.stdout.write(output + '\n');
  if (exit === 0 && results.some((r) => r.diagnostics.some((d) => d.severity === 'error'))) exit = 1;
  return exit;
}

process.exitCode = main(process.argv.slice(2));
