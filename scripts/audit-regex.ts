/**
 * `npm run audit:regex`: every regular expression of the core checked for catastrophic backtracking by
 * recheck (the ReDoS checker ESLint's redos plugin uses): each regex literal in shared/src, and every
 * RegExp the core's modules export (patterns built at load time from word lists), with the attack
 * string recheck built for each vulnerable one.
 *
 *   npm run audit:regex [-- --timeout MS]
 *
 * It exits 1 when a pattern is exponential (the time doubles with each repetition of the attack). A
 * polynomial one is for review: backtracking over a window the code bounds (30 characters after a
 * comparison, a heading's 40) is harmless, over a sentence or a line of unbounded length it is not (the
 * hostile inputs of test/unit/hostile-core.test.ts run such text through the whole core). recheck's
 * fuzzer is randomised, so this is a review tool, not a test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { checkSync, type Diagnostics } from 'recheck';

const ROOT = join(__dirname, '..');
const SRC = join(ROOT, 'shared', 'src');
const timeoutArg = process.argv.indexOf('--timeout');
const TIMEOUT = timeoutArg > 0 ? Number(process.argv[timeoutArg + 1]) : 4000;

interface Pattern {
  readonly source: string;
  readonly flags: string;
  readonly where: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const f = join(dir, e);
    return statSync(f).isDirectory() ? sourceFiles(f) : f.endsWith('.ts') ? [f] : [];
  });
}

/** The regex literals of one file, with their lines. */
function literals(file: string): Pattern[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Pattern[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const end = text.lastIndexOf('/');
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      out.push({ source: text.slice(1, end), flags: text.slice(end + 1), where: `${relative(ROOT, file)}:${line}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The RegExps a module exports, found in its values, arrays and records (two levels deep). */
function exported(file: string, module: Record<string, unknown>): Pattern[] {
  const out: Pattern[] = [];
  const walk = (value: unknown, name: string, depth: number): void => {
    if (value instanceof RegExp) out.push({ source: value.source, flags: value.flags, where: `${relative(ROOT, file)} ${name}` });
    else if (depth < 3 && value !== null && typeof value === 'object' && !ArrayBuffer.isView(value))
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, `${name}.${k}`, depth + 1);
  };
  for (const [name, value] of Object.entries(module)) walk(value, name, 0);
  return out;
}

async function main(): Promise<void> {
  const files = sourceFiles(SRC);
  const all: Pattern[] = files.flatMap(literals);
  for (const f of files) all.push(...exported(f, (await import(f)) as Record<string, unknown>));
  const unique = new Map<string, Pattern>();
  for (const p of all) if (!unique.has(`${p.flags}/${p.source}`)) unique.set(`${p.flags}/${p.source}`, p);

  const counts: Record<string, number> = {};
  let exponential = 0;
  const started = Date.now();
  for (const p of unique.values()) {
    const r: Diagnostics = checkSync(p.source, p.flags.replace(/[gy]/g, ''), { timeout: TIMEOUT });
    const kind = r.status === 'vulnerable' ? r.complexity.type : r.status;
    counts[kind] = (counts[kind] ?? 0) + 1;
    if (r.status === 'safe') continue;
    if (r.status === 'vulnerable') {
      if (r.complexity.type === 'exponential') exponential++;
      console.log(`${kind.padEnd(11)} ${p.where}  /${p.source.slice(0, 90)}${p.source.length > 90 ? '…' : ''}/`);
      console.log(`            attack: ${r.attack.pattern.slice(0, 120)}`);
    } else {
      console.log(`${kind.padEnd(11)} ${p.where}  /${p.source.slice(0, 90)}/  (${r.error.kind})`);
    }
  }
  console.log(`${unique.size} patterns (${all.length} places) in ${((Date.now() - started) / 1000).toFixed(0)} s:`, counts);
  if (exponential > 0) process.exitCode = 1;
}

void main();
