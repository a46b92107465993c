/**
 * Writes docs/rules/<code>.md for every rule from the documentation kept beside its code, and an
 * index. With --check, writes nothing and fails when a page is out of date (run by the tests).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, type Rule } from '../shared/src';

const DIR = join(__dirname, '..', 'docs', 'rules');
const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示', hint: '建议' } as const;

function page(rule: Rule): string {
  const m = rule.meta;
  const d = m.doc;
  const lines = [
    `# ${m.code}：${m.title['zh-CN']}`,
    '',
    `*${m.title.en}* · 默认级别 default severity: **${m.severity}**（${SEVERITY_ZH[m.severity]}） · 类别 category: ${m.category} · ${m.fixable ? '可自动修复 fixable' : '不可自动修复 not fixable'}`,
    '',
    d.summary['zh-CN'],
    '',
    d.details['zh-CN'],
    '',
  ];
  if (d.bad) lines.push('不符合要求的写法：', '', '```text', d.bad, '```', '');
  if (d.good) lines.push('符合要求的写法：', '', '```text', d.good, '```', '');
  lines.push('## English', '', d.summary.en, '', d.details.en, '');
  lines.push('## 配置 Configuration', '', '命令行 command line: `govreport-lint --rule ' + m.code + '=off`；VS Code 设置 settings: `"govreport.rules": { "' + m.code + '": "warning" }`。', '');
  return lines.join('\n');
}

function index(): string {
  const rows = RULES.map((r) => `| [${r.meta.code}](${r.meta.code}.md) | ${r.meta.category} | ${r.meta.severity} | ${r.meta.fixable ? '✓' : ''} | ${r.meta.title['zh-CN']} — ${r.meta.title.en} |`);
  return ['# 规则 Rules', '', '| code | category | default | fix | |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}

const check = process.argv.includes('--check');
const pages = new Map<string, string>(RULES.map((r) => [`${r.meta.code}.md`, page(r)]));
pages.set('README.md', index());
let stale = 0;
if (!check) mkdirSync(DIR, { recursive: true });
for (const [name, content] of pages) {
  const path = join(DIR, name);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === content) continue;
  if (check) {
    console.error(`docs/rules/${name} is out of date; run npm run docs`);
    stale++;
  } else {
    writeFileSync(path, content);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
