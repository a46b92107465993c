// Debug aid: prints the parsed model of a report. usage: npx tsx scripts/dump.ts FILE
import { readFileSync } from 'node:fs';
import { parseReport } from '../shared/src/parse/index';

const model = parseReport(readFileSync(process.argv[2]!, 'utf8'));
const r = (x: { start: { line: number; character: number } }) => `${x.start.line + 1}:${x.start.character + 1}`;
console.log('title:', model.title?.text, model.title?.year?.year, model.title && r(model.title.range));
console.log('period:', model.period);
for (const p of model.parts) {
  console.log(`part ${p.id} (${p.numeral}) "${p.title}" @${r(p.headingRange)} body ${p.bodyStart + 1}-${p.bodyEnd}`);
  const walk = (subs: typeof p.subsections, d: number) => subs.forEach((s) => { console.log(`${'  '.repeat(d)}- ${s.marker} ${s.title} @${r(s.range)}`); walk(s.children, d + 1); });
  walk(p.subsections, 1);
}
for (const t of model.tables) {
  console.log(`table ${t.kind} v${t.version} ${t.layout} lines ${t.startLine + 1}-${t.endLine + 1}`);
  for (const row of t.rows) {
    const cells = row.cells.map((c) => (c.value.kind === 'number' ? c.value.value : c.value.kind === 'empty' ? '_' : `!${c.raw.trim()}`)).join(' ');
    console.log(`  ${row.spec?.id ?? row.subtotalOf ?? '?'}${row.labelVariant ? '*' : ''} @${r(row.labelRange)} [${cells}]${row.missingCells ? ` missing ${row.missingCells}` : ''}${row.extraCells.length ? ` extra ${row.extraCells.length}` : ''}`);
  }
}
console.log('artifacts:', model.artifacts.map((a) => `${a.kind}@${r(a.range)}`).join(', '));
console.log('problems:', model.problems);
