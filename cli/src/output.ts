/**
 * The output formats, written as a stream: a header, then each file's part in order as soon as it is
 * ready, then a footer. Text for people, JSON for scripts, SARIF 2.1.0 for code-scanning tools.
 *
 * Each file's part is formatted where the file is checked (possibly a worker thread); the main thread
 * only joins parts, so it never holds more than the files in flight. The JSON and SARIF documents are
 * exactly what `JSON.stringify(document, null, 2)` of the whole would give.
 */
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULES, localize, type Finding, type Lang, type Range, type RelatedInformation, type Severity } from '../../shared/src';
import { packedMap } from '../../shared/src/arrays';
import type { DocumentLocation } from '../../shared/node/readers';
import type { CheckConfig, SeverityCounts } from './check';

export const VERSION = '0.1.0';
export const DOCS_BASE = 'https://github.com/govreport-lint/govreport-lint/blob/main/docs/rules/';
export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export const SEVERITY_LABEL: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示', hint: '建议' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
};

// ---------------------------------------------------------------------------------------------------
// JSON

export interface JsonEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A place in a Word document or web page, with its words (`表三 第12行 第3列`). */
export type Located = DocumentLocation & { readonly text: string };

/** Places a range of the text read from a document in the document. */
export type Locator = (range: Range) => Located | undefined;

/** What the formats need to know of a file besides its findings. */
export interface FileExtras {
  readonly problem: string | undefined;
  readonly fixed: boolean;
  /** A Word document or web page: findings are placed by `locate`, not by line and column. */
  readonly docFormat?: 'docx' | 'doc' | 'odt' | 'html' | 'pdf';
  readonly locate?: Locator;
  /** Last year's report, where related information of the cross-year rules points. */
  readonly previous?: { readonly path: string; readonly locate?: Locator };
}

/** One diagnostic of `--format json`. */
export interface JsonDiagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly relatedInformation: readonly { readonly path: string; readonly range: Range; readonly message: string }[];
  /** `choice`: one reading among several, for a person to choose; `--fix` does not apply it (Fix.choice). */
  readonly fixes: readonly { readonly title: string; readonly edits: readonly JsonEdit[]; readonly choice?: true }[];
  /** For .docx and .html: where the finding is in the document (`range` is in the text read from it). */
  readonly location?: Located;
}

/**
 * One file of `--format json`: `format` for a Word document or web page, `error` when it could not be
 * (fully) read or written, `fixed` when `--fix` wrote it.
 */
export interface JsonFile {
  readonly path: string;
  readonly format?: 'docx' | 'doc' | 'odt' | 'html' | 'pdf';
  readonly diagnostics: readonly JsonDiagnostic[];
  readonly error?: string;
  readonly fixed?: true;
}

interface Related {
  readonly path: string;
  readonly range: Range;
  readonly message: string;
  readonly inPrevious: boolean;
}

/** Related information: in this file, or (cross-year rules) in last year's report, named by its place there. */
function related(path: string, f: Finding, lang: Lang, extras: FileExtras): Related[] {
  return packedMap(f.related, (r) => {
    const json = relatedJson(path, r, lang, extras);
    return { path: json.path, range: json.range, message: json.message, inPrevious: r.document === 'previous' && extras.previous !== undefined };
  });
}

/** One piece of related information as `--format json` writes it. */
function relatedJson(path: string, r: RelatedInformation, lang: Lang, extras: FileExtras): JsonDiagnostic['relatedInformation'][number] {
  const message = localize(r.message, lang);
  if (r.document !== 'previous' || !extras.previous) return { path, range: r.range, message };
  const where = extras.previous.locate?.(r.range);
  return { path: extras.previous.path, range: r.range, message: message + (where ? `（${where.text}）` : '') };
}

/** One diagnostic of `--format json` as an object; formatFile writes its JSON text directly (diagnosticText). */
export function toJson(path: string, f: Finding, lang: Lang, extras: FileExtras): JsonDiagnostic {
  const location = extras.locate?.(f.range);
  // Made as it is written, without a list of Related made first and copied; packedMap, not `map`: see
  // shared/src/arrays.ts (a `map` here threw toJson's optimised code away).
  const diagnostic: JsonDiagnostic = {
    code: f.code,
    severity: f.severity,
    message: localize(f.message, lang),
    range: f.range,
    relatedInformation: packedMap(f.related, (r) => relatedJson(path, r, lang, extras)),
    fixes: packedMap(f.fixes, (x) => {
      const fix = { title: localize(x.title, lang), edits: packedMap(x.edits, (e) => ({ range: e.range, newText: e.newText })) };
      return x.choice ? { ...fix, choice: true as const } : fix;
    }),
  };
  return location ? { ...diagnostic, location } : diagnostic;
}

/** A string as JSON writes it (quoted, escaped; lone surrogates as `\\udxxx`). */
const quoted: (s: string) => string = JSON.stringify;

/** `JSON.stringify(range)` of a range of whole numbers (every range a finding carries), without its object walk. */
function rangeText(r: Range): string {
  const { start, end } = r;
  return `{"start":{"line":${start.line},"character":${start.character}},"end":{"line":${end.line},"character":${end.character}}}`;
}

/**
 * `JSON.stringify(toJson(path, f, lang, extras))`, written directly: the same keys in the same order, without
 * the diagnostic's objects made first and walked by JSON.stringify (which asks every object for `toJSON`).
 */
function diagnosticText(path: string, f: Finding, lang: Lang, extras: FileExtras): string {
  let out = `{"code":${quoted(f.code)},"severity":"${f.severity}","message":${quoted(localize(f.message, lang))},"range":${rangeText(f.range)},"relatedInformation":[`;
  const related = f.related;
  for (let i = 0; i < related.length; i++) {
    const r = relatedJson(path, related[i]!, lang, extras);
    out += `${i > 0 ? ',' : ''}{"path":${quoted(r.path)},"range":${rangeText(r.range)},"message":${quoted(r.message)}}`;
  }
  out += '],"fixes":[';
  const fixes = f.fixes;
  for (let i = 0; i < fixes.length; i++) {
    const x = fixes[i]!;
    out += `${i > 0 ? ',' : ''}{"title":${quoted(localize(x.title, lang))},"edits":[`;
    const edits = x.edits;
    for (let k = 0; k < edits.length; k++) {
      const e = edits[k]!;
      out += `${k > 0 ? ',' : ''}{"range":${rangeText(e.range)},"newText":${quoted(e.newText)}}`;
    }
    out += x.choice ? '],"choice":true}' : ']}';
  }
  const location = extras.locate?.(f.range);
  return location ? `${out}],"location":${JSON.stringify(location)}}` : `${out}]}`;
}

/**
 * `JSON.stringify(value, null, 2)` as it appears nested `depth` levels deep in a pretty-printed document
 * (the SARIF log, which is read by people and committed to repositories as much as by tools).
 * The value is wrapped in `depth` arrays so that JSON.stringify indents it itself (re-indenting its output
 * with a regular expression took most of the time of `--format json` on a folder of reports), and the
 * wrapping is cut off again: its lines are `[` opening and `]` closing, `2k` spaces in at level `k`.
 */
function nested(value: unknown, depth: number): string {
  let wrapped: unknown = value;
  let open = 0;
  let close = 0;
  for (let k = 0; k < depth; k++) {
    wrapped = [wrapped];
    open += 2 * k + 2; // '  '.repeat(k) + '[\n'
    close += 2 * k + 2; // '\n' + '  '.repeat(k) + ']'
  }
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(open, text.length - close);
}

// ---------------------------------------------------------------------------------------------------
// SARIF

function sarifLevel(s: Severity): Sarif.Result.level {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

function region(r: Range): Sarif.Region {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** The base the SARIF log's relative URIs are resolved against: the working folder. */
const SRCROOT = '%SRCROOT%';

function baseUri(cwd: string): string {
  return pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href;
}

/** A file inside the working folder as a URI relative to `%SRCROOT%`; others as absolute file URIs. */
function artifactLocation(path: string, cwd: string): Sarif.ArtifactLocation {
  const href = pathToFileURL(resolve(cwd, path)).href;
  const base = baseUri(cwd);
  return href.startsWith(base) ? { uri: href.slice(base.length), uriBaseId: SRCROOT } : { uri: href };
}

function sarifResults(path: string, index: number, findings: readonly Finding[], config: CheckConfig, extras: FileExtras): Sarif.Result[] {
  const { lang, cwd } = config;
  const artifact = { ...artifactLocation(path, cwd), index };
  const previousArtifact = extras.previous ? artifactLocation(extras.previous.path, cwd) : undefined;
  // In a Word document or web page the text positions are not positions in the file: a result names
  // the document's part as a logical location, keeps the text range as a property, and has no fixes.
  const document = extras.docFormat !== undefined;
  return findings.map((f): Sarif.Result => {
    const ruleIndex = RULE_INDEX.get(f.code);
    const location = extras.locate?.(f.range);
    const rel = related(path, f, lang, extras);
    const fixes = f.fixes.filter((x) => !x.choice);
    return {
      ruleId: f.code,
      ...(ruleIndex !== undefined ? { ruleIndex } : {}),
      level: sarifLevel(f.severity),
      message: { text: localize(f.message, lang) },
      locations: [
        document
          ? { physicalLocation: { artifactLocation: artifact }, ...(location ? { logicalLocations: [{ fullyQualifiedName: location.text, kind: 'element' }] } : {}) }
          : { physicalLocation: { artifactLocation: artifact, region: region(f.range) } },
      ],
      ...(rel.length > 0
        ? {
          relatedLocations: rel.map((r, id) => {
            // A region only where the range is a position in a text file.
            const inText = r.inPrevious ? !extras.previous?.locate : !document;
            const where = r.inPrevious && previousArtifact ? previousArtifact : artifact;
            return { id, message: { text: r.message }, physicalLocation: { artifactLocation: where, ...(inText ? { region: region(r.range) } : {}) } };
          }),
        }
        : {}),
      // SARIF's fixes are the ones to apply: a reading among several (Fix.choice) is in the message only.
      ...(fixes.length > 0 && !document
        ? {
          fixes: fixes.map((x) => ({
            description: { text: localize(x.title, lang) },
            artifactChanges: [{ artifactLocation: artifact, replacements: x.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })) }],
          })),
        }
        : {}),
      properties: { severity: f.severity, ...(document ? { ...(location ? { location } : {}), textRange: f.range } : {}) },
    };
  });
}

const RULE_INDEX = new Map(RULES.map((r, i) => [r.meta.code, i]));

function sarifDriver(lang: Lang): Sarif.ToolComponent {
  return {
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
      defaultConfiguration: { level: sarifLevel(r.meta.severity) },
      properties: { category: r.meta.category, fixable: r.meta.fixable },
    })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Text

const COLORS: Readonly<Record<Severity, string>> = { error: '31', warning: '33', info: '36', hint: '2' };

/**
 * Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org) or the
 * terminal is dumb.
 */
export function useColor(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  if (isTTY !== true) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return env.TERM !== 'dumb';
}

/**
 * A path as one line of text shows it: control characters (a newline in a file name) escaped as `\n`,
 * `\t`, `\x1b`…, so that each finding stays one `file:line:col:` line and no name can move the cursor
 * or colour the terminal.
 */
export function printable(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

function oneLine(s: string): string {
  return s.replace(/\r\n|[\r\n]/g, ' ');
}

// ---------------------------------------------------------------------------------------------------
// The stream

/** One file's part of the output. For text, the problem goes to standard error instead (see main). */
export function formatFile(config: CheckConfig, index: number, path: string, findings: readonly Finding[], extras: FileExtras): string {
  const { lang } = config;
  switch (config.format) {
    case 'text': {
      const paint = (code: string, s: string) => (config.color ? `\u001b[${code}m${s}\u001b[0m` : s);
      let out = '';
      const name = printable(path);
      for (const f of findings) {
        // A Word document or web page is located by its parts (`report.docx:表三 第12行 第3列`).
        const location = extras.locate?.(f.range);
        const where = location ? `${name}:${location.text}` : `${name}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
        out += `${where}: ${paint(COLORS[f.severity], SEVERITY_LABEL[lang][f.severity])} ${paint('2', f.code)} ${oneLine(localize(f.message, lang))}\n`;
      }
      if (extras.fixed) out += `${name}: ${paint('32', lang === 'zh-CN' ? '已修复并写回' : 'fixed and written back')}\n`;
      return out;
    }
    case 'json': {
      // One line per file: a folder of reports gives one compact document that line tools (grep, head)
      // can still take apart; pretty-printing made it about three times as large and slow to write.
      // JSON.stringify of the JsonFile of toJson's diagnostics, written directly (diagnosticText): over the
      // 2,000 benchmark reports (38,051 findings, 41 MB) a warm pass formats in about 0.6× the CPU time
      // (215–250 → 120–150 ms), 0.75× with the text written out.
      let out = `{"path":${quoted(path)}${extras.docFormat ? `,"format":${quoted(extras.docFormat)}` : ''},"diagnostics":[`;
      for (let i = 0; i < findings.length; i++) out += (i > 0 ? ',' : '') + diagnosticText(path, findings[i]!, lang, extras);
      return `${out}]${extras.problem ? `,"error":${quoted(extras.problem)}` : ''}${extras.fixed ? ',"fixed":true' : ''}}`;
    }
    case 'sarif':
      return sarifResults(path, index, findings, config, extras)
        .map((r) => nested(r, 4))
        .join(',\n');
  }
}

export interface Totals {
  /** Files analysed. */
  files: number;
  /** Files that could not be read, decoded, checked or written (reports and paths named, not configuration files). */
  problems: number;
  /** `.govreport-lint.json` files that could not be used (the reports under them were checked without them). */
  configErrors: number;
  /** Findings reported (errors only under `--quiet`). */
  counts: SeverityCounts;
  /** Files with an error: the reports a reviewer sends back. */
  filesWithErrors: number;
  fixed: number;
}

/** What the footer needs of each file: SARIF lists every file and every problem at the end. */
export interface FileNote {
  readonly path: string;
  readonly problem?: string;
  /** The path is a `.govreport-lint.json` that could not be used, not a report. */
  readonly config?: boolean;
}

export function header(config: CheckConfig): string {
  switch (config.format) {
    case 'text':
      return '';
    case 'json':
      return '{"version":1,"files":[';
    case 'sarif': {
      const start = {
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [{ tool: { driver: sarifDriver(config.lang) }, language: config.lang, originalUriBaseIds: { [SRCROOT]: { uri: baseUri(config.cwd) } }, columnKind: 'utf16CodeUnits', results: [] }],
      };
      // Cut the document open where the results go.
      const text = JSON.stringify(start, null, 2);
      const at = text.lastIndexOf('"results": []') + '"results": ['.length;
      return text.slice(0, at);
    }
  }
}

/** What goes between the parts written so far and the next non-empty part. */
export function separator(config: CheckConfig, first: boolean): string {
  if (config.format === 'text') return '';
  return first ? '\n' : ',\n';
}

/**
 * @param notes every file checked, in order (SARIF only)
 * @param unlisted paths that were not checked at all: missing arguments, unreadable folders (SARIF only)
 */
export function footer(config: CheckConfig, totals: Totals, notes: readonly FileNote[], unlisted: readonly FileNote[], wroteAny: boolean): string {
  const { lang } = config;
  switch (config.format) {
    case 'text':
      return summaryLine(totals, lang, config.quiet) + '\n';
    case 'json':
      return (wroteAny ? '\n]' : ']') + '}\n';
    case 'sarif': {
      const close = wroteAny ? '\n      ],' : '],';
      const artifacts = notes.map((n) => ({ location: artifactLocation(n.path, config.cwd) }));
      const invocations: Sarif.Invocation[] = [{
        executionSuccessful: unlisted.length === 0 && notes.every((n) => !n.problem),
        toolExecutionNotifications: [
          ...unlisted.map((n) => ({ level: 'error' as const, message: { text: `${n.path}: ${n.problem ?? ''}` }, locations: [{ physicalLocation: { artifactLocation: artifactLocation(n.path, config.cwd) } }] })),
          ...notes.flatMap((n, index) =>
            n.problem ? [{ level: 'error' as const, message: { text: `${n.path}: ${n.problem}` }, locations: [{ physicalLocation: { artifactLocation: { ...artifactLocation(n.path, config.cwd), index } } }] }] : [],
          ),
        ],
      }];
      const rest = JSON.stringify({ artifacts, invocations }, null, 2);
      // `{\n  "artifacts": …\n}` re-indented as the rest of the run object.
      const body = rest.slice(2, rest.length - 2).replace(/\n/g, '\n    ');
      return `${close}\n    ${body}\n    }\n  ]\n}\n`;
    }
  }
}

export function summaryLine(t: Totals, lang: Lang, quiet: boolean): string {
  const { counts } = t;
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (lang === 'zh-CN') {
    const found = quiet ? `发现 ${counts.error} 个错误` : `发现 ${total} 个问题（${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 个提示，${counts.hint} 个建议）`;
    // Of many reports, how many have an error: the findings' total does not say how many reports go back.
    const spread = t.files > 1 && t.filesWithErrors > 0 ? `；${t.filesWithErrors} 个文件有错误` : '';
    const fixed = t.fixed ? `，已修复并写回 ${t.fixed} 个文件` : '';
    const problems = t.problems ? `；${t.problems} 个文件无法检查或写回，见上方说明` : '';
    const configs = t.configErrors ? `；${t.configErrors} 个配置文件无效，未使用，见上方说明` : '';
    return `检查了 ${t.files} 个文件，${found}${fixed}${spread}${problems}${configs}。`;
  }
  const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const found = quiet ? s(counts.error, 'error') : `${s(total, 'problem')} (${s(counts.error, 'error')}, ${s(counts.warning, 'warning')}, ${counts.info} info, ${s(counts.hint, 'hint')})`;
  const spread = t.files > 1 && t.filesWithErrors > 0 ? `; ${t.filesWithErrors === 1 ? '1 file has' : `${t.filesWithErrors} files have`} errors` : '';
  const fixed = t.fixed ? `; fixed and wrote ${s(t.fixed, 'file')}` : '';
  const problems = t.problems ? `; ${s(t.problems, 'file')} could not be checked or written (see above)` : '';
  const configs = t.configErrors ? `; ${t.configErrors} invalid configuration ${t.configErrors === 1 ? 'file' : 'files'}, not used (see above)` : '';
  return `Checked ${s(t.files, 'file')}: ${found}${fixed}${spread}${problems}${configs}.`;
}
