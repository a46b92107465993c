/** Test fixtures: the five real reports and small helpers to read and alter them. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type AnalyzeOptions, type Finding } from '../../shared/src';

export const SEEDS_DIR = join(__dirname, '..', 'fixtures', 'seeds');

export const SEEDS: readonly string[] = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();

/** A seed's text by its number prefix (`'002'`). */
export function seed(prefix: string): string {
  const name = SEEDS.find((s) => s.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}

export function findings(text: string, options?: AnalyzeOptions): Finding[] {
  return [...analyze(text, options).findings];
}

/** `code@line` (1-based line), the compact form expectations are written in. */
export function brief(fs: readonly Finding[]): string[] {
  return fs.map((f) => `${f.code}@${f.range.start.line + 1}`);
}

export function lineOf(text: string, needle: string, from = 0): number {
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = from; i < lines.length; i++) if (lines[i]!.includes(needle)) return i;
  throw new Error(`"${needle}" not found`);
}
