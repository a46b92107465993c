/**
 * `.govreport-lint.json`: rule levels for the reports in a folder and below, and for some of them by
 * name, shared by the command line and the editor (so that a finding an office has judged not to apply
 * to one of its reports is gone in both):
 *
 *   {
 *     "rules": { "label-variant": "off" },
 *     "overrides": [{ "files": ["湘潭县*.txt", "2024/*.docx"], "rules": { "narrative-mismatch": "info" } }]
 *   }
 *
 * A report takes the nearest such file in its folder or a folder above it (the nearest only: files do
 * not merge). `rules` apply to every report there; then each override whose `files` match the report's
 * path, relative to the file's folder with `/` between folders, in order. A pattern without `/`
 * matches the file name in any folder below; `/name` only the file beside the configuration. What `--rule` or the editor's `govreport.rules` say goes
 * over all of it. A file that cannot be read as such is reported, with why, and not used.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { libraries } from './lazy';
import { ruleByCode, SEVERITIES, text, type Lang, type LocalizedText, type RuleSetting } from '../src';

export const CONFIG_FILE = '.govreport-lint.json';

export type RuleLevels = Readonly<Record<string, RuleSetting>>;

interface Override {
  readonly rules: RuleLevels;
  readonly matches: (relativePath: string) => boolean;
}

export interface LintConfig {
  /** The file's path. */
  readonly path: string;
  readonly rules: RuleLevels;
  readonly overrides: readonly Override[];
}

export class ConfigError extends Error {
  constructor(
    /** The configuration file. */
    readonly path: string,
    readonly reason: LocalizedText,
  ) {
    super(`${path}: ${reason.en}`);
  }
}

const LEVELS: readonly string[] = [...SEVERITIES, 'off'];
const TOP_KEYS = new Set(['$schema', 'rules', 'overrides']);
const OVERRIDE_KEYS = new Set(['files', 'rules']);

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function levels(x: unknown, where: string, path: string): RuleLevels {
  if (!isRecord(x)) throw new ConfigError(path, text(`${where} 应为对象（规则代码: 级别）`, `${where} must be an object (rule code: level)`));
  const out: Record<string, RuleSetting> = {};
  for (const [code, level] of Object.entries(x)) {
    if (!ruleByCode(code)) throw new ConfigError(path, text(`${where} 中没有规则“${code}”（govreport-lint --list-rules 列出全部规则）`, `${where}: no rule "${code}" (govreport-lint --list-rules lists them)`));
    if (typeof level !== 'string' || !LEVELS.includes(level)) {
      throw new ConfigError(path, text(`${where} 中“${code}”的级别应为 ${LEVELS.join('、')} 之一`, `${where}: the level of "${code}" must be one of ${LEVELS.join(', ')}`));
    }
    out[code] = level as RuleSetting;
  }
  return out;
}

function unknownKey(x: Record<string, unknown>, allowed: ReadonlySet<string>): string | undefined {
  return Object.keys(x).find((k) => !allowed.has(k));
}

/**
 * Why a configuration file is not JSON, in the reader's language and with its line and column
 * (JSON.parse says it in English, at a character offset).
 */
function jsonSyntaxError(e: unknown, source: string): LocalizedText {
  const why = e instanceof Error ? e.message : String(e);
  if (source.trim() === '') return text('不是有效的 JSON：文件是空的', 'not valid JSON: the file is empty');
  const at = /\bposition (\d{1,9})/.exec(why);
  if (at) {
    const offset = Math.min(Number(at[1]), source.length);
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return text(`不是有效的 JSON：第 ${line} 行第 ${column} 列有语法错误`, `not valid JSON: syntax error at line ${line}, column ${column} (${why})`);
  }
  if (/end of JSON input/i.test(why)) return text('不是有效的 JSON：内容在末尾中断，可能缺少括号或引号', `not valid JSON: it ends too early, perhaps a bracket or quote is missing (${why})`);
  return text(`不是有效的 JSON（${why}）`, `not valid JSON (${why})`);
}

/** Reads a configuration file's text; throws ConfigError with the reason when it is not one. */
export function parseConfig(source: string, path: string): LintConfig {
  const body = source.replace(/^\ufeff/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw new ConfigError(path, jsonSyntaxError(e, body));
  }
  if (!isRecord(json)) throw new ConfigError(path, text('应为 JSON 对象', 'must be a JSON object'));
  const extra = unknownKey(json, TOP_KEYS);
  if (extra !== undefined) throw new ConfigError(path, text(`未知的设置“${extra}”（可用：rules、overrides）`, `unknown setting "${extra}" (rules and overrides are known)`));
  const rules = json.rules === undefined ? {} : levels(json.rules, 'rules', path);
  const list = json.overrides ?? [];
  if (!Array.isArray(list)) throw new ConfigError(path, text('overrides 应为数组', 'overrides must be an array'));
  const overrides = list.map((o: unknown, i): Override => {
    const where = `overrides[${i}]`;
    if (!isRecord(o)) throw new ConfigError(path, text(`${where} 应为对象（files、rules）`, `${where} must be an object (files, rules)`));
    const extraKey = unknownKey(o, OVERRIDE_KEYS);
    if (extraKey !== undefined) throw new ConfigError(path, text(`${where} 中未知的设置“${extraKey}”（可用：files、rules）`, `${where}: unknown setting "${extraKey}" (files and rules are known)`));
    const files = o.files;
    if (!Array.isArray(files) || files.length === 0 || !files.every((f): f is string => typeof f === 'string' && f.trim() !== '')) {
      throw new ConfigError(path, text(`${where}.files 应为非空的文件名模式数组`, `${where}.files must be a non-empty array of file patterns`));
    }
    // As in .gitignore: a pattern without a slash matches the file name in any folder below; one with a
    // slash, the path from this file's folder (a leading slash only anchors it there).
    const byName = files.filter((f) => !f.includes('/'));
    const byPath = files.filter((f) => f.includes('/')).map((f) => (f.startsWith('/') ? f.slice(1) : f));
    const name = byName.length > 0 ? libraries().picomatch()(byName, { dot: true }) : () => false;
    const full = byPath.length > 0 ? libraries().picomatch()(byPath, { dot: true }) : () => false;
    return { rules: levels(o.rules ?? {}, `${where}.rules`, path), matches: (p) => name(p.slice(p.lastIndexOf('/') + 1)) || full(p) };
  });
  return { path, rules, overrides };
}

/** The report at `file` as a configuration's patterns see it: relative to the file's folder, `/` between folders. */
export function pathInConfig(config: LintConfig, file: string): string {
  return relative(dirname(config.path), file).split(sep).join('/');
}

/** The levels a configuration gives the report at `file` (its rules, then each matching override). */
export function configRules(config: LintConfig, file: string): RuleLevels {
  const rel = pathInConfig(config, file);
  let out: Record<string, RuleSetting> = { ...config.rules };
  for (const o of config.overrides) if (o.matches(rel)) out = { ...out, ...o.rules };
  return out;
}

export type ConfigLookup = { readonly config?: LintConfig; readonly error?: ConfigError };

/** What the command line says of a configuration file it does not use. */
export function describeConfigError(error: ConfigError, lang: Lang): string {
  return lang === 'zh-CN' ? `配置文件无效，未使用：${error.reason['zh-CN']}` : `invalid configuration, not used: ${error.reason.en}`;
}

/**
 * Finds the configuration of each report, reading each folder's file at most once. `clear` forgets
 * what was read (the editor calls it when a configuration file changes).
 */
export class ConfigFinder {
  private readonly byFolder = new Map<string, ConfigLookup>();

  /** The configuration that applies to the report at `file` (an absolute path). */
  lookup(file: string): ConfigLookup {
    const seen: string[] = [];
    let found: ConfigLookup = {};
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      const known = this.byFolder.get(dir);
      if (known) {
        found = known;
        break;
      }
      seen.push(dir);
      const here = readConfigIn(dir);
      if (here) {
        found = here;
        break;
      }
      if (dirname(dir) === dir) break;
    }
    for (const dir of seen) this.byFolder.set(dir, found);
    return found;
  }

  clear(): void {
    this.byFolder.clear();
  }
}

/** Larger than any list of rules and patterns a person writes: refused unread. */
export const CONFIG_LIMIT_BYTES = 1024 * 1024;

/** The configuration file in `dir`, read; undefined when there is none (a folder or a device of that name is none). */
function readConfigIn(dir: string): ConfigLookup | undefined {
  const path = join(dir, CONFIG_FILE);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return undefined;
    size = stat.size;
  } catch {
    return undefined;
  }
  if (size > CONFIG_LIMIT_BYTES) return { error: new ConfigError(path, text(`过大（${size} 字节，上限 ${CONFIG_LIMIT_BYTES} 字节）`, `too large (${size} bytes; the limit is ${CONFIG_LIMIT_BYTES})`)) };
  try {
    return { config: parseConfig(readFileSync(path, 'utf8'), path) };
  } catch (e) {
    if (e instanceof ConfigError) return { error: e };
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return { error: new ConfigError(path, text(`无法读取（${code}）`, `cannot be read (${code})`)) };
  }
}

/** A file name as a pattern that matches just it (picomatch's special characters escaped). */
export function literalPattern(name: string): string {
  return name.replace(/[\\*?[\]{}()!+@|^$,]/g, '\\$&');
}

/**
 * The text of a configuration file with `code` turned off for the report at `relativePath` (from the
 * file's folder, `/` between folders): in the override that names that report alone, or a new one.
 * `source` is the file's text, or undefined to start one; it must be a valid configuration.
 */
export function withRuleOff(source: string | undefined, relativePath: string, code: string): string {
  const json = (source === undefined ? {} : JSON.parse(source.replace(/^\ufeff/, ''))) as { overrides?: { files: string[]; rules?: Record<string, string> }[] };
  const pattern = `/${relativePath.split('/').map(literalPattern).join('/')}`;
  const overrides = json.overrides ?? [];
  const own = overrides.find((o) => o.files.length === 1 && o.files[0] === pattern);
  if (own) own.rules = { ...own.rules, [code]: 'off' };
  else overrides.push({ files: [pattern], rules: { [code]: 'off' } });
  json.overrides = overrides;
  return `${JSON.stringify(json, null, 2)}\n`;
}
