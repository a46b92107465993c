/**
 * Checking one file: read, decode, analyse, optionally fix and write back. Returns plain data so the
 * work can run in a worker thread.
 */
import { analyze, fixAll, localize, type AnalyzeOptions, type Finding, type Lang, type Range, type ReportModel, type Severity } from '../../shared/src';
import { encode } from '../../shared/node/decode';
import { writeFileAtomic } from '../../shared/node/files';
import { describeFailure, formatLocation, locate, readReport, type DocumentLocation, type SourceMap } from '../../shared/node/readers';

export interface JsonEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface JsonDiagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly relatedInformation: readonly { readonly path: string; readonly range: Range; readonly message: string }[];
  readonly fixes: readonly { readonly title: string; readonly edits: readonly JsonEdit[] }[];
  /** For .docx and .html: where the finding is in the document (`range` is in the text read from it). */
  readonly location?: DocumentLocation & { readonly text: string };
}

export interface FileResult {
  readonly path: string;
  readonly diagnostics: readonly JsonDiagnostic[];
  /** Why the file could not be checked (then it has no diagnostics). */
  readonly error?: string;
  /** `--fix` changed and wrote the file. */
  readonly fixed?: boolean;
  /** The file was read as a Word document or a web page (positions are in the text read from it). */
  readonly format?: 'docx' | 'html';
  /** Something the user should know that is not an error (`--fix` does not rewrite .docx). */
  readonly notice?: string;
}

/** Last year's report, for the cross-year rules (`--previous`). */
export interface PreviousReport {
  readonly path: string;
  readonly model: ReportModel;
  /** When it was a .docx or .html: where its lines came from. */
  readonly sourceMap?: SourceMap;
}

export interface CheckOptions {
  readonly lang: Lang;
  readonly fix: boolean;
  readonly analyze: AnalyzeOptions;
  readonly previous?: PreviousReport;
}

/** The national table a line of the model lies in, for locations (`表三`). */
function tableKindAt(model: ReportModel): (line: number) => string | undefined {
  return (line) => model.tables.find((t) => t.startLine <= line && line <= t.endLine)?.kind;
}

function located(map: SourceMap, model: ReportModel, range: Range, lang: Lang): (DocumentLocation & { text: string }) | undefined {
  const loc = locate(map, range, tableKindAt(model));
  return loc ? { ...loc, text: formatLocation(loc, lang) } : undefined;
}

export function toJson(path: string, f: Finding, lang: Lang, previous?: PreviousReport): JsonDiagnostic {
  return {
    code: f.code,
    severity: f.severity,
    message: localize(f.message, lang),
    range: f.range,
    relatedInformation: f.related.map((r) => {
      if (r.document !== 'previous' || !previous) return { path, range: r.range, message: localize(r.message, lang) };
      const where = previous.sourceMap ? located(previous.sourceMap, previous.model, r.range, lang) : undefined;
      return { path: previous.path, range: r.range, message: localize(r.message, lang) + (where ? `（${where.text}）` : '') };
    }),
    fixes: f.fixes.map((x) => ({ title: localize(x.title, lang), edits: x.edits.map((e) => ({ range: e.range, newText: e.newText })) })),
  };
}

const MESSAGES = {
  noFix: { 'zh-CN': '--fix 不改写 Word 文档和网页，只检查；请在原文档中修改', en: '--fix does not rewrite Word documents or web pages; checked only — correct the original document' },
  writeFailed: { 'zh-CN': '修复后写回文件失败，原文件未改动', en: 'writing the fixed file failed; the original is unchanged' },
} as const;

export function checkFile(path: string, options: CheckOptions): FileResult {
  const read = readReport(path);
  if (!read.ok) return { path, diagnostics: [], error: describeFailure(read, options.lang) };
  const analyzeOptions: AnalyzeOptions = options.previous ? { ...options.analyze, previous: options.previous.model } : options.analyze;
  const json = (f: Finding) => toJson(path, f, options.lang, options.previous);
  if (read.format !== 'text') {
    // A Word document or a web page: findings are placed in the document through the source map.
    const { model, findings } = analyze(read.text, analyzeOptions);
    const diagnostics = findings.map((f) => {
      const location = located(read.sourceMap, model, f.range, options.lang);
      return location ? { ...json(f), location } : json(f);
    });
    return { path, format: read.format, diagnostics, ...(options.fix ? { notice: MESSAGES.noFix[options.lang] } : {}) };
  }
  let text = read.text;
  let fixed = false;
  if (options.fix) {
    const result = fixAll(text, analyzeOptions);
    if (result.changed) {
      try {
        writeFileAtomic(path, encode(result.text, read.encoding));
        text = result.text;
        fixed = true;
      } catch (e) {
        const { findings } = analyze(text, analyzeOptions);
        return { path, diagnostics: findings.map(json), error: `${MESSAGES.writeFailed[options.lang]}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
      }
    }
  }
  const { findings } = analyze(text, analyzeOptions);
  return { path, diagnostics: findings.map(json), ...(fixed ? { fixed } : {}) };
}
