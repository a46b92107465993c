/**
 * Checking one file: read, decode, analyse, optionally fix and write back. Returns plain data so the
 * work can run in a worker thread.
 */
import { readFileSync } from 'node:fs';
import { analyze, fixAll, localize, type AnalyzeOptions, type Finding, type Lang, type Range, type Severity } from '../../shared/src';
import { decode, encode } from '../../shared/node/decode';
import { writeFileAtomic } from '../../shared/node/files';

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
}

export interface FileResult {
  readonly path: string;
  readonly diagnostics: readonly JsonDiagnostic[];
  /** Why the file could not be checked (then it has no diagnostics). */
  readonly error?: string;
  /** `--fix` changed and wrote the file. */
  readonly fixed?: boolean;
}

export interface CheckOptions {
  readonly lang: Lang;
  readonly fix: boolean;
  readonly analyze: AnalyzeOptions;
}

export function toJson(path: string, f: Finding, lang: Lang): JsonDiagnostic {
  return {
    code: f.code,
    severity: f.severity,
    message: localize(f.message, lang),
    range: f.range,
    relatedInformation: f.related.map((r) => ({ path, range: r.range, message: localize(r.message, lang) })),
    fixes: f.fixes.map((x) => ({ title: localize(x.title, lang), edits: x.edits.map((e) => ({ range: e.range, newText: e.newText })) })),
  };
}

const MESSAGES = {
  unreadable: { 'zh-CN': '无法读取文件', en: 'cannot read the file' },
  binary: { 'zh-CN': '不是文本文件（看起来是二进制文件），已跳过', en: 'not a text file (looks binary); skipped' },
  undecodable: { 'zh-CN': '无法识别文件编码（既不是 UTF-8/UTF-16，也不是 GB18030），已跳过', en: 'unknown encoding (neither UTF-8/UTF-16 nor GB18030); skipped' },
  writeFailed: { 'zh-CN': '修复后写回文件失败，原文件未改动', en: 'writing the fixed file failed; the original is unchanged' },
} as const;

export function checkFile(path: string, options: CheckOptions): FileResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { path, diagnostics: [], error: `${MESSAGES.unreadable[options.lang]}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return { path, diagnostics: [], error: MESSAGES[decoded.reason][options.lang] };
  let text = decoded.text;
  let fixed = false;
  if (options.fix) {
    const result = fixAll(text, options.analyze);
    if (result.changed) {
      try {
        writeFileAtomic(path, encode(result.text, decoded.encoding));
        text = result.text;
        fixed = true;
      } catch (e) {
        const { findings } = analyze(text, options.analyze);
        return { path, diagnostics: findings.map((f) => toJson(path, f, options.lang)), error: `${MESSAGES.writeFailed[options.lang]}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
      }
    }
  }
  const { findings } = analyze(text, options.analyze);
  return { path, diagnostics: findings.map((f) => toJson(path, f, options.lang)), ...(fixed ? { fixed } : {}) };
}
