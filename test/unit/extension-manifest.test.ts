/**
 * The extension's manifest against the code it describes: generated parts are current, every
 * contributed setting is one the server reads (with the same default), every contributed command is
 * registered, every string has its translations.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../shared/src';
import { CONFIG_FILE, parseConfig } from '../../shared/node/config';
import { COMMANDS, CONFIG_FILE_PATTERN, DEFAULT_SETTINGS, FIX_ALL_KIND, LANGUAGE_ID, SETTINGS_SECTION, VIEWABLE_EXTENSIONS } from '../../shared/protocol';
import { LEVELS, stale } from '../../scripts/gen-extension';

const ROOT = join(__dirname, '..', '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const json = (p: string): Record<string, unknown> => JSON.parse(read(p)) as Record<string, unknown>;

interface Manifest {
  main: string;
  l10n: string;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: unknown; description?: string; restrictedConfigurations?: string[] }; virtualWorkspaces: { supported: unknown; description?: string } };
  contributes: {
    languages: { id: string; extensions: string[]; configuration: string }[];
    grammars: { language: string; scopeName: string; path: string }[];
    commands: { command: string; title: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    codeActions: { languages: string[]; actions: { kind: string }[] }[];
    jsonValidation: { fileMatch: string; url: string }[];
    configuration: { properties: Record<string, { default: unknown; enum?: unknown[]; properties?: Record<string, { default: unknown; enum: unknown[] }> }> };
  };
}

const pkg = json('package.json') as unknown as Manifest;
const clientSource = readdirSync(join(ROOT, 'client', 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => read(join('client', 'src', f)))
  .join('\n');

describe('extension manifest', () => {
  it('the view command is offered on exactly the files the server reads as documents (.docx, .doc, .wps, .html, .htm, .pdf)', () => {
    const whens = Object.values(pkg.contributes.menus).flat().filter((m) => m.command === COMMANDS.viewDocument && m.when?.includes('resourceExtname'));
    assert.ok(whens.length > 0);
    for (const m of whens) {
      const pattern = /resourceExtname =~ \/(.+)\/(i?)/.exec(m.when!);
      assert.ok(pattern, m.when);
      const re = new RegExp(pattern[1]!, pattern[2]);
      for (const ext of VIEWABLE_EXTENSIONS) assert.ok(re.test(ext) && re.test(ext.toUpperCase()), `${ext} in ${m.when}`);
      for (const ext of ['.txt', '.docm', '.xls', '.d', '.pdfx']) assert.ok(!re.test(ext), `${ext} not in ${m.when}`);
    }
  });

  it('the parts generated from the core are current (npm run docs)', () => {
    assert.deepEqual(stale(), []);
  });

  it('contributes one setting per GovReportSettings field, with the server\'s defaults', () => {
    const props = pkg.contributes.configuration.properties;
    const ours = Object.keys(props).filter((k) => k !== `${SETTINGS_SECTION}.trace.server`);
    assert.deepEqual(ours.sort(), Object.keys(DEFAULT_SETTINGS).map((k) => `${SETTINGS_SECTION}.${k}`).sort());
    for (const [k, v] of Object.entries(DEFAULT_SETTINGS)) assert.deepEqual(props[`${SETTINGS_SECTION}.${k}`]!.default, v, k);
    assert.deepEqual(props[`${SETTINGS_SECTION}.language`]!.enum, ['auto', 'zh-CN', 'en']);
  });

  it('lists every rule under govreport.rules with its default severity and the levels the server accepts', () => {
    const rules = pkg.contributes.configuration.properties[`${SETTINGS_SECTION}.rules`]!.properties!;
    assert.deepEqual(Object.keys(rules).sort(), RULES.map((r) => r.meta.code).sort());
    for (const r of RULES) {
      assert.equal(rules[r.meta.code]!.default, r.meta.severity, r.meta.code);
      assert.deepEqual(rules[r.meta.code]!.enum, [...LEVELS]);
    }
  });

  it('registers every contributed command, and contributes every command it registers', () => {
    const contributed = pkg.contributes.commands.map((c) => c.command).sort();
    const registered = [...clientSource.matchAll(/registerCommand\(\s*(?:'([\w.]+)'|COMMANDS\.(\w+))/g)]
      .map((m) => m[1] ?? (COMMANDS as Record<string, string>)[m[2]!]!)
      .sort();
    assert.deepEqual(contributed, registered);
    for (const [menu, items] of Object.entries(pkg.contributes.menus)) {
      for (const item of items) assert.ok(contributed.includes(item.command), `${menu}: ${item.command}`);
    }
  });

  it('declares the language, its grammar, the fix-all kind and how it activates', () => {
    const lang = pkg.contributes.languages.find((l) => l.id === LANGUAGE_ID)!;
    assert.deepEqual(lang.extensions, ['.govreport.txt']);
    assert.doesNotThrow(() => json(lang.configuration));
    const grammar = pkg.contributes.grammars.find((g) => g.language === LANGUAGE_ID)!;
    assert.equal(json(grammar.path).scopeName, grammar.scopeName);
    assert.ok(pkg.contributes.codeActions.some((c) => c.languages.includes(LANGUAGE_ID) && c.actions.some((a) => a.kind === FIX_ALL_KIND)));
    // Plain-text files are examined for reports as they open.
    assert.deepEqual(pkg.activationEvents, ['onLanguage:plaintext']);
    assert.equal(pkg.main, './dist/client.js');
  });

  it('validates and completes .govreport-lint.json with a shipped schema naming every rule and level', () => {
    const entry = pkg.contributes.jsonValidation.find((v) => v.fileMatch === CONFIG_FILE)!;
    const schema = json(entry.url) as { properties: { rules: { properties: Record<string, { enum: string[] }> }; overrides: { items: { properties: { rules: unknown } } } } };
    const rules = schema.properties.rules.properties;
    assert.deepEqual(Object.keys(rules).sort(), RULES.map((r) => r.meta.code).sort());
    for (const [code, r] of Object.entries(rules)) {
      assert.deepEqual(r.enum, ['error', 'warning', 'info', 'hint', 'off']);
      // The levels the schema offers are the ones the command line and the server accept.
      for (const level of r.enum) assert.doesNotThrow(() => parseConfig(JSON.stringify({ rules: { [code]: level }, overrides: [{ files: ['*.txt'], rules: { [code]: level } }] }), '/x/.govreport-lint.json'));
    }
    assert.deepEqual(schema.properties.overrides.items.properties.rules, schema.properties.rules);
    assert.ok(read('.vscodeignore').split('\n').includes(`!${entry.url.replace(/^\.\//, '')}`), 'shipped in the .vsix');
  });

  it('syncs the open .govreport-lint.json files to the server (the quick fix that turns a rule off edits their unsaved text)', () => {
    assert.equal(CONFIG_FILE_PATTERN, `**/${CONFIG_FILE}`);
    assert.match(read('client/src/extension.ts'), /documentSelector: \[\{ language: LANGUAGE_ID \}, \{ scheme: 'file', pattern: CONFIG_FILE_PATTERN \}\]/);
  });

  it('declares what it supports in untrusted and virtual workspaces', () => {
    // Everything works untrusted; only a workspace's own path to last year's report is not followed.
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, [`${SETTINGS_SECTION}.previousReport`]);
    assert.ok(pkg.capabilities.untrustedWorkspaces.description);
    assert.equal(pkg.capabilities.virtualWorkspaces.supported, 'limited');
    assert.ok(pkg.capabilities.virtualWorkspaces.description);
  });

  it('has every contributed string in English and Chinese', () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    const en = json('package.nls.json');
    const zh = json('package.nls.zh-cn.json');
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort(), 'the two nls files have the same keys');
    for (const k of new Set(keys)) {
      assert.ok(typeof en[k] === 'string' && en[k] !== '', `package.nls.json: ${k}`);
      assert.ok(typeof zh[k] === 'string' && /[\u4e00-\u9fff]/.test(zh[k] as string), `package.nls.zh-cn.json: ${k}`);
    }
    assert.deepEqual([...new Set(keys)].sort(), Object.keys(en).sort(), 'no unused nls keys');
  });

  it('has a Chinese translation of every runtime string, with the same placeholders', () => {
    const strings = [...clientSource.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!);
    assert.ok(strings.length >= 10);
    const bundle = json(join(pkg.l10n, 'bundle.l10n.zh-cn.json')) as Record<string, string>;
    assert.deepEqual(Object.keys(bundle).sort(), [...new Set(strings)].sort());
    const holes = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
    for (const s of strings) assert.deepEqual(holes(bundle[s]!), holes(s), s);
  });
});
