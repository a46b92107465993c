/**
 * `.govreport-lint.json`: what it may say, which reports it applies to, how it is found, and what the
 * command line does with it (rules for a folder and by name, `--rule` over it, a bad file told and not
 * used, the cache starting afresh when it changes).
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CONFIG_FILE, CONFIG_LIMIT_BYTES, ConfigError, ConfigFinder, configRules, literalPattern, parseConfig, withRuleOff } from '../../shared/node/config';
import { RULES } from '../../shared/src';
import { seed } from '../helpers/fixtures';
import { cleanup, cli, tempDir } from '../helpers/cli';

const AT = '/reports/.govreport-lint.json';

function reason(source: string): string {
  try {
    parseConfig(source, AT);
  } catch (e) {
    assert.ok(e instanceof ConfigError);
    assert.equal(e.path, AT);
    return `${e.reason['zh-CN']} | ${e.reason.en}`;
  }
  assert.fail(`accepted: ${source}`);
}

describe('parseConfig', () => {
  it('reads rules and overrides (a BOM and $schema allowed)', () => {
    const config = parseConfig('\ufeff{"$schema": "x", "rules": {"label-variant": "off"}, "overrides": [{"files": ["a*.txt"], "rules": {"narrative-mismatch": "info"}}]}', AT);
    assert.deepEqual(config.rules, { 'label-variant': 'off' });
    assert.equal(config.overrides.length, 1);
    assert.deepEqual(parseConfig('{}', AT).rules, {});
  });

  it('refuses what it cannot use, saying why in both languages', () => {
    assert.match(reason('{"rules": '), /不是有效的 JSON.*\| not valid JSON/);
    assert.match(reason('[]'), /应为 JSON 对象 \| must be a JSON object/);
    assert.match(reason('{"rule": {}}'), /未知的设置“rule”（可用：rules、overrides） \| unknown setting "rule"/);
    assert.match(reason('{"rules": ["off"]}'), /rules 应为对象/);
    assert.match(reason('{"rules": {"label-varant": "off"}}'), /rules 中没有规则“label-varant”.*\| rules: no rule "label-varant"/);
    assert.match(reason('{"rules": {"label-variant": "silent"}}'), /“label-variant”的级别应为 error、warning、info、hint、off 之一/);
    assert.match(reason('{"overrides": {}}'), /overrides 应为数组/);
    assert.match(reason('{"overrides": [{"rules": {}}]}'), /overrides\[0\]\.files 应为非空的文件名模式数组/);
    assert.match(reason('{"overrides": [{"files": []}]}'), /overrides\[0\]\.files/);
    assert.match(reason('{"overrides": [{"files": ["a.txt"], "rule": {}}]}'), /overrides\[0\] 中未知的设置“rule”/);
    assert.match(reason('{"overrides": [{"files": ["a.txt"], "rules": {"x": "off"}}]}'), /overrides\[0\]\.rules 中没有规则“x”/);
  });
});

describe('configRules', () => {
  const config = parseConfig(
    JSON.stringify({
      rules: { 'label-variant': 'off', 'narrative-mismatch': 'error' },
      overrides: [
        { files: ['湘潭县*.txt'], rules: { 'narrative-mismatch': 'info' } },
        { files: ['2024/*.docx'], rules: { 'narrative-mismatch': 'off', artifact: 'hint' } },
      ],
    }),
    AT,
  );

  it('gives every report the rules, and the overrides whose patterns match, in order', () => {
    assert.deepEqual(configRules(config, '/reports/other.txt'), { 'label-variant': 'off', 'narrative-mismatch': 'error' });
    assert.deepEqual(configRules(config, '/reports/湘潭县2024.txt'), { 'label-variant': 'off', 'narrative-mismatch': 'info' });
    assert.deepEqual(configRules(config, '/reports/2024/a.docx'), { 'label-variant': 'off', 'narrative-mismatch': 'off', artifact: 'hint' });
  });

  it('matches a pattern without a slash by file name in any folder below, one with a slash from the file\'s folder', () => {
    assert.equal(configRules(config, '/reports/county/湘潭县.txt')['narrative-mismatch'], 'info');
    assert.equal(configRules(config, '/reports/county/2024/a.docx')['narrative-mismatch'], 'error');
    assert.equal(configRules(config, '/reports/湘潭县.docx')['narrative-mismatch'], 'error');
  });
});

describe('withRuleOff (the quick fix that turns a rule off for one report)', () => {
  it('starts a file naming the report alone, anchored beside it', () => {
    const made = withRuleOff(undefined, '湘潭县(2024).txt', 'label-variant');
    assert.equal(made, '{\n  "overrides": [\n    {\n      "files": [\n        "/湘潭县\\\\(2024\\\\).txt"\n      ],\n      "rules": {\n        "label-variant": "off"\n      }\n    }\n  ]\n}\n');
    const config = parseConfig(made, AT);
    assert.equal(configRules(config, '/reports/湘潭县(2024).txt')['label-variant'], 'off');
    // Only that file: not one of the same name in a folder below, nor one a pattern would have matched.
    assert.deepEqual(configRules(config, '/reports/sub/湘潭县(2024).txt'), {});
    assert.deepEqual(configRules(config, '/reports/湘潭县2024.txt'), {});
  });

  it('adds to the override of that report, and leaves everything else as it was', () => {
    const source = JSON.stringify({ rules: { artifact: 'hint' }, overrides: [{ files: ['*.docx'], rules: { 'label-variant': 'info' } }] });
    const once = withRuleOff(source, 'county/r.txt', 'label-variant');
    const twice = withRuleOff(once, 'county/r.txt', 'narrative-mismatch');
    const config = parseConfig(twice, AT);
    assert.equal(config.overrides.length, 2);
    assert.deepEqual(configRules(config, '/reports/county/r.txt'), { artifact: 'hint', 'label-variant': 'off', 'narrative-mismatch': 'off' });
    assert.deepEqual(configRules(config, '/reports/county/r.docx'), { artifact: 'hint', 'label-variant': 'info' });
    assert.deepEqual(configRules(config, '/reports/r.txt'), { artifact: 'hint' });
  });

  it('literalPattern escapes every character picomatch gives a meaning', () => {
    for (const name of ['a*b?.txt', 'a[1].txt', 'x{a,b}.txt', '!a.txt', 'a+b@c.txt', 'a|b^c$.txt', '报告 2024.txt']) {
      const config = parseConfig(JSON.stringify({ overrides: [{ files: [`/${literalPattern(name)}`], rules: { artifact: 'off' } }] }), AT);
      assert.equal(configRules(config, `/reports/${name}`).artifact, 'off', name);
      assert.deepEqual(configRules(config, '/reports/ab.txt'), {}, name);
    }
  });
});

describe('ConfigFinder', () => {
  let dir: string;
  before(() => {
    dir = tempDir('config');
    mkdirSync(join(dir, 'a', 'b', 'c'), { recursive: true });
    mkdirSync(join(dir, 'bad'), { recursive: true });
    mkdirSync(join(dir, 'big'), { recursive: true });
    mkdirSync(join(dir, 'folder', CONFIG_FILE), { recursive: true });
    writeFileSync(join(dir, 'a', CONFIG_FILE), '{"rules": {"artifact": "off"}}');
    writeFileSync(join(dir, 'a', 'b', CONFIG_FILE), '{"rules": {"label-variant": "off"}}');
    writeFileSync(join(dir, 'bad', CONFIG_FILE), '{"rules": 1}');
    writeFileSync(join(dir, 'big', CONFIG_FILE), `{"rules": {}}${' '.repeat(CONFIG_LIMIT_BYTES)}`);
  });
  after(() => cleanup(dir));

  it('finds the nearest file above a report, and only that one', () => {
    const finder = new ConfigFinder();
    assert.deepEqual(finder.lookup(join(dir, 'a', 'b', 'c', 'r.txt')).config?.rules, { 'label-variant': 'off' });
    assert.deepEqual(finder.lookup(join(dir, 'a', 'r.txt')).config?.rules, { artifact: 'off' });
    assert.deepEqual(finder.lookup(join(dir, 'r.txt')), {});
    const bad = finder.lookup(join(dir, 'bad', 'r.txt'));
    assert.equal(bad.config, undefined);
    assert.equal(bad.error?.path, join(dir, 'bad', CONFIG_FILE));
    // Too large to be one: refused unread. A folder of that name is no configuration.
    assert.match(finder.lookup(join(dir, 'big', 'r.txt')).error?.reason['zh-CN'] ?? '', /^过大（1048589 字节，上限 1048576 字节）$/);
    assert.deepEqual(finder.lookup(join(dir, 'folder', 'r.txt')), {});
  });

  it('reads each folder once until cleared', () => {
    const finder = new ConfigFinder();
    const report = join(dir, 'a', 'b', 'c', 'r.txt');
    assert.equal(finder.lookup(report).config?.rules['label-variant'], 'off');
    writeFileSync(join(dir, 'a', 'b', CONFIG_FILE), '{"rules": {"label-variant": "error"}}');
    assert.equal(finder.lookup(report).config?.rules['label-variant'], 'off');
    finder.clear();
    assert.equal(finder.lookup(report).config?.rules['label-variant'], 'error');
    writeFileSync(join(dir, 'a', 'b', CONFIG_FILE), '{"rules": {"label-variant": "off"}}');
  });
});

describe('govreport-lint with .govreport-lint.json', () => {
  let dir: string;
  before(() => {
    // Seed 002 (2 narrative-mismatch warnings, 3 label-variant notes) twice: in the folder and as 湘潭县.txt below it.
    dir = tempDir('config-cli');
    mkdirSync(join(dir, 'county'));
    writeFileSync(join(dir, 'r.txt'), seed('002'));
    writeFileSync(join(dir, 'county', '湘潭县.txt'), seed('002'));
  });
  after(() => cleanup(dir));

  const codes = (stdout: string, file: string) => stdout.split('\n').filter((l) => l.startsWith(file)).map((l) => /: \S+ (\S+) /.exec(l)![1]!);

  it('applies its rules to every report below it and its overrides by name; --rule goes over both', () => {
    const without = cli(['.'], { cwd: dir });
    assert.equal(codes(without.stdout, 'r.txt').filter((c) => c === 'label-variant').length, 3);
    writeFileSync(join(dir, CONFIG_FILE), JSON.stringify({ rules: { 'label-variant': 'off' }, overrides: [{ files: ['湘潭县*.txt'], rules: { 'narrative-mismatch': 'off' } }] }));
    try {
      const r = cli(['.'], { cwd: dir });
      assert.equal(r.code, 0);
      assert.equal(r.stderr, '');
      assert.deepEqual(codes(r.stdout, 'r.txt'), ['narrative-mismatch', 'narrative-mismatch']);
      assert.deepEqual(codes(r.stdout, 'county/湘潭县.txt'), []);
      const over = cli(['--rule', 'label-variant=info', '--rule', 'narrative-mismatch=error', '.'], { cwd: dir });
      assert.equal(over.code, 1);
      assert.deepEqual(codes(over.stdout, 'county/湘潭县.txt').sort(), ['label-variant', 'label-variant', 'label-variant', 'narrative-mismatch', 'narrative-mismatch']);
    } finally {
      writeFileSync(join(dir, CONFIG_FILE), '{}');
    }
  });

  it('a file that cannot be used is told once, with why; the reports are checked without it; exit 2', () => {
    writeFileSync(join(dir, CONFIG_FILE), '{"rules": {"label-variant": "of"}}');
    try {
      const r = cli(['.'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, `govreport-lint: ${CONFIG_FILE}: 配置文件无效，未使用：rules 中“label-variant”的级别应为 error、warning、info、hint、off 之一\n`);
      assert.equal(codes(r.stdout, 'r.txt').length, 5);
      // The summary counts it as an invalid configuration file, not as a report that could not be checked.
      assert.match(r.stdout, /检查了 2 个文件，发现 10 个问题（0 个错误，4 个警告，6 个提示，0 个建议）；1 个配置文件无效，未使用，见上方说明。\n$/);
      assert.doesNotMatch(r.stdout, /无法检查或写回/);
      const en = cli(['--lang', 'en', '.'], { cwd: dir });
      assert.match(en.stdout, /Checked 2 files: 10 problems \(0 errors, 4 warnings, 6 info, 0 hints\); 1 invalid configuration file, not used \(see above\)\.\n$/);
      assert.equal(en.code, 2, 'the exit status stays 2, as the README says');
      const json = JSON.parse(cli(['--format', 'json', '--lang', 'en', '.'], { cwd: dir }).stdout) as { files: { path: string; error?: string }[] };
      assert.deepEqual(json.files[0], { path: CONFIG_FILE, diagnostics: [], error: 'invalid configuration, not used: rules: the level of "label-variant" must be one of error, warning, info, hint, off' });
    } finally {
      writeFileSync(join(dir, CONFIG_FILE), '{}');
    }
  });

  it('--print-config: the levels a report is checked with, and the file that set them', () => {
    writeFileSync(join(dir, CONFIG_FILE), JSON.stringify({ rules: { 'label-variant': 'off' }, overrides: [{ files: ['湘潭县*.txt'], rules: { 'narrative-mismatch': 'info' } }] }));
    try {
      const r = cli(['--print-config', 'county/湘潭县.txt', '--rule', 'artifact=off'], { cwd: dir });
      assert.equal(r.code, 0);
      const printed = JSON.parse(r.stdout) as { file: string; config: string | null; rules: Record<string, string> };
      assert.equal(printed.file, 'county/湘潭县.txt');
      assert.equal(printed.config, CONFIG_FILE);
      assert.equal(printed.rules['label-variant'], 'off');
      assert.equal(printed.rules['narrative-mismatch'], 'info');
      assert.equal(printed.rules.artifact, 'off');
      assert.equal(printed.rules['row-total'], 'error', 'a rule no one set keeps its default');
      assert.equal(Object.keys(printed.rules).length, RULES.length);
      assert.equal((JSON.parse(cli(['--print-config', 'r.txt'], { cwd: dir }).stdout) as typeof printed).rules['narrative-mismatch'], 'warning');
      writeFileSync(join(dir, CONFIG_FILE), '{"rules": []}');
      const bad = cli(['--print-config', 'r.txt', '--lang', 'en'], { cwd: dir });
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /invalid configuration, not used: rules must be an object/);
      assert.equal((JSON.parse(bad.stdout) as typeof printed).config, null);
    } finally {
      writeFileSync(join(dir, CONFIG_FILE), '{}');
    }
  });

  it('--cache: a changed configuration file checks every report again', () => {
    const cacheFile = join(dir, '..', `${join(dir).split('/').pop()}.cache`);
    try {
      writeFileSync(join(dir, CONFIG_FILE), '{"rules": {"label-variant": "off"}}');
      const first = cli(['--cache-location', cacheFile, '.'], { cwd: dir });
      assert.equal(codes(first.stdout, 'r.txt').length, 2);
      writeFileSync(join(dir, CONFIG_FILE), '{"rules": {"narrative-mismatch": "off"}}');
      const second = cli(['--cache-location', cacheFile, '.'], { cwd: dir });
      assert.deepEqual(codes(second.stdout, 'r.txt'), ['label-variant', 'label-variant', 'label-variant']);
      assert.equal(second.stdout, cli(['.'], { cwd: dir }).stdout);
    } finally {
      writeFileSync(join(dir, CONFIG_FILE), '{}');
      cleanup(cacheFile);
    }
  });
});
