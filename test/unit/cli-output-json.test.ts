/**
 * `--format json`'s part of one file is written directly (output.ts, diagnosticText), not through
 * JSON.stringify of the diagnostics' objects: it must be exactly what JSON.stringify of those objects gives,
 * for real findings and for every optional part (choices, related information in last year's report,
 * document locations, a document's format, problems, fixed files) and every character JSON escapes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, type Finding, type Lang, type Range } from '../../shared/src';
import type { CheckConfig } from '../../cli/src/check';
import { formatFile, toJson, type FileExtras } from '../../cli/src/output';
import { SEEDS, seed } from '../helpers/fixtures';

/** What formatFile wrote before: JSON.stringify of the file's object, its diagnostics made by toJson. */
function reference(path: string, findings: readonly Finding[], lang: Lang, extras: FileExtras): string {
  return JSON.stringify({
    path,
    ...(extras.docFormat ? { format: extras.docFormat } : {}),
    diagnostics: findings.map((f) => toJson(path, f, lang, extras)),
    ...(extras.problem ? { error: extras.problem } : {}),
    ...(extras.fixed ? { fixed: true as const } : {}),
  });
}

function config(lang: Lang): CheckConfig {
  return { lang, format: 'json', fix: false, quiet: false, color: false, rules: {}, cwd: '/' };
}

const r = (line: number, a: number, b: number): Range => ({ start: { line, character: a }, end: { line, character: b } });

/** Every character JSON.stringify escapes, and some it does not. */
const AWKWARD = 'a"b\\c\nd\re\tf\u0000g\u001fh\u007fi\u2028j\ud800k\udfffl😀m“n”/';

const crafted: readonly Finding[] = [
  {
    code: 'row-total',
    severity: 'error',
    range: r(3, 1, 4),
    message: { 'zh-CN': `合计不符${AWKWARD}`, en: `total${AWKWARD}` },
    related: [
      { range: r(1, 0, 2), message: { 'zh-CN': '这里', en: 'here' } },
      { range: r(7, 2, 5), message: { 'zh-CN': `上年${AWKWARD}`, en: 'last year' }, document: 'previous' },
    ],
    fixes: [
      { title: { 'zh-CN': '改为 480', en: 'write 480' }, edits: [{ range: r(3, 1, 4), newText: `480${AWKWARD}` }], choice: true },
      { title: { 'zh-CN': '两处', en: 'two' }, edits: [{ range: r(3, 1, 4), newText: '1' }, { range: r(4, 0, 0), newText: '' }] },
      { title: { 'zh-CN': '无', en: 'none' }, edits: [], choice: false },
    ],
  },
  { code: 'artifact', severity: 'hint', range: r(0, 0, 0), message: { 'zh-CN': '', en: '' }, related: [], fixes: [] },
  { code: 'x', severity: 'info', range: r(100000, 65535, 70000), message: { 'zh-CN': '提示', en: 'info' }, related: [], fixes: [] },
];

const locate = (range: Range) => (range.start.line % 2 === 1 ? { table: 2, tableName: '表三', row: range.start.line, column: 3, text: `表三 第${range.start.line}行` } : undefined);

describe('--format json: each file written directly as JSON.stringify would', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`the seeds' findings (${lang})`, () => {
      let total = 0;
      for (const name of SEEDS) {
        const findings = analyze(seed(name.slice(0, 3))).findings;
        total += findings.length;
        const extras: FileExtras = { problem: undefined, fixed: false };
        assert.equal(formatFile(config(lang), 0, `reports/${name}`, findings, extras), reference(`reports/${name}`, findings, lang, extras));
      }
      assert.ok(total > 0);
    });

    it(`every optional part, and characters JSON escapes (${lang})`, () => {
      const cases: FileExtras[] = [
        { problem: undefined, fixed: false },
        { problem: `坏了${AWKWARD}`, fixed: false },
        { problem: undefined, fixed: true },
        { problem: 'p', fixed: true, docFormat: 'docx', locate },
        { problem: undefined, fixed: false, docFormat: 'pdf' },
        { problem: undefined, fixed: false, previous: { path: `last${AWKWARD}.txt` } },
        { problem: undefined, fixed: false, previous: { path: 'last.docx', locate } },
      ];
      for (const extras of cases) {
        for (const path of ['a.txt', `d/${AWKWARD}.txt`]) {
          assert.equal(formatFile(config(lang), 0, path, crafted, extras), reference(path, crafted, lang, extras));
          assert.equal(formatFile(config(lang), 0, path, [], extras), reference(path, [], lang, extras));
        }
      }
      // The text written is JSON that reads back as the objects.
      const text = formatFile(config(lang), 0, 'a.txt', crafted, cases[6]!);
      assert.deepEqual(JSON.parse(text), JSON.parse(reference('a.txt', crafted, lang, cases[6]!)));
    });
  }
});
