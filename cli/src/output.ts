/** The three output formats: text for people, JSON for scripts, SARIF 2.1.0 for code-scanning tools. */
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULES, localize, type Lang, type Severity } from '../../shared/src';
import type { FileResult } from './check';

export const VERSION = '0.1.0';
export const DOCS_BASE = 'https://github.com/govreport-lint/govreport-lint/blob/main/docs/rules/';

const SEVERITY_LABEL: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示', hint: '建议' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
};

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify({
    version: 1,
    files: results.map((r) => ({ path: r.path, ...(r.format ? { format: r.format } : {}), diagnostics: r.diagnostics, ...(r.error ? { error: r.error } : {}), ...(r.fixed ? { fixed: true } : {}) })),
  }, null, 2);
}

export function formatText(results: readonly FileResult[], lang: Lang, color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const colors: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '2' };
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixed = 0;
  for (const r of results) {
    if (r.fixed) fixed++;
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      // A Word document or web page is located by its parts (`report.docx:表三 第12行 第3列`).
      const where = d.location ? `${r.path}:${d.location.text}` : `${r.path}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      out.push(`${where}: ${paint(colors[d.severity], SEVERITY_LABEL[lang][d.severity])} ${paint('2', d.code)} ${d.message}`);
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const files = results.filter((r) => !r.error).length;
  if (lang === 'zh-CN') {
    out.push(`检查了 ${files} 个文件，发现 ${total} 个问题（${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 个提示，${counts.hint} 个建议）${fixed ? `，已修复并写回 ${fixed} 个文件` : ''}。`);
  } else {
    out.push(`Checked ${files} file${files === 1 ? '' : 's'}: ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info, ${counts.hint} hint${counts.hint === 1 ? '' : 's'})${fixed ? `; fixed and wrote ${fixed} file${fixed === 1 ? '' : 's'}` : ''}.`);
  }
  return out.join('\n');
}

function level(s: Severity): Sarif.Result.level {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

function region(r: { start: { line: number; character: number }; end: { line: number; character: number } }): Sarif.Region {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

export function formatSarif(results: readonly FileResult[], lang: Lang): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.code, i]));
  const uri = (p: string) => pathToFileURL(p).href;
  const log: Sarif.Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: {
        driver: {
          name: 'govreport-lint',
          version: VERSION,
          informationUri: 'https://github.com/govreport-lint/govreport-lint',
          language: lang,
          rules: RULES.map((r) => ({
            id: r.meta.code,
            name: r.meta.code,
            shortDescription: { text: localize(r.meta.title, lang) },
            fullDescription: { text: localize(r.meta.doc.summary, lang) },
            help: { text: localize(r.meta.doc.details, lang) },
            helpUri: `${DOCS_BASE}${r.meta.code}.md`,
            defaultConfiguration: { level: level(r.meta.severity) },
            properties: { category: r.meta.category, fixable: r.meta.fixable },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      artifacts: results.map((r) => ({ location: { uri: uri(r.path) } })),
      invocations: [{
        executionSuccessful: results.every((r) => !r.error),
        toolExecutionNotifications: results.filter((r) => r.error).map((r) => ({
          level: 'error' as const,
          message: { text: `${r.path}: ${r.error}` },
          locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.path) } } }],
        })),
      }],
      results: results.flatMap((r, artifactIndex) =>
        r.diagnostics.map((d): Sarif.Result => {
          const index = ruleIndex.get(d.code);
          return {
            ruleId: d.code,
            ...(index !== undefined ? { ruleIndex: index } : {}),
            level: level(d.severity),
            message: { text: d.message },
            // For .docx and .html the text positions are not positions in the file: the result names
            // the document's part as a logical location, and keeps the text range as a property.
            locations: [
              d.location
                ? { physicalLocation: { artifactLocation: { uri: uri(r.path), index: artifactIndex } }, logicalLocations: [{ fullyQualifiedName: d.location.text, kind: 'element' }] }
                : { physicalLocation: { artifactLocation: { uri: uri(r.path), index: artifactIndex }, region: region(d.range) } },
            ],
            ...(d.relatedInformation.length > 0
              ? { relatedLocations: d.relatedInformation.map((x, id) => ({ id, message: { text: x.message }, physicalLocation: { artifactLocation: { uri: uri(x.path) }, ...(d.location ? {} : { region: region(x.range) }) } })) }
              : {}),
            ...(d.fixes.length > 0 && !d.location
              ? {
                fixes: d.fixes.map((f) => ({
                  description: { text: f.title },
                  artifactChanges: [{ artifactLocation: { uri: uri(r.path) }, replacements: f.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })) }],
                })),
              }
              : {}),
            properties: { severity: d.severity, ...(d.location ? { location: d.location, textRange: d.range } : {}) },
          };
        }),
      ),
    }],
  };
  return JSON.stringify(log, null, 2);
}
