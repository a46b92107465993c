/**
 * The analysis core (shared/src) is pure, as the design requires: it imports nothing outside itself (no
 * Node built-ins, no vscode, no LSP runtime, no package), touches no I/O global, has no `any`, and keeps
 * no per-analysis value in a WeakMap or behind a getter of an object literal (see shared/src/derived.ts:
 * V8's minor collector kept the models behind both alive, which made a fifth of every analysis garbage
 * collection). Read with the
 * TypeScript compiler's own parser, so comments and strings never count.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const CORE = resolve(__dirname, '..', '..', 'shared', 'src');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}

const FILES = sources(CORE).map((path) => ({ path, name: relative(CORE, path), ast: ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true) }));

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((c) => walk(c, visit));
}

function where(file: (typeof FILES)[number], node: ts.Node): string {
  const { line } = file.ast.getLineAndCharacterOfPosition(node.getStart(file.ast));
  return `${file.name}:${line + 1}`;
}

/** Globals through which code reaches the outside world. */
const IO_GLOBALS = new Set(['process', 'require', 'fetch', 'XMLHttpRequest', 'WebSocket', 'console', 'setTimeout', 'setInterval', 'setImmediate', 'Buffer', 'globalThis']);

describe('the analysis core is pure', () => {
  it('finds the core’s sources', () => {
    assert.ok(FILES.length > 40, `${FILES.length} files under shared/src`);
    assert.ok(FILES.some((f) => f.name === 'analyze.ts'));
  });

  it('imports only its own modules (no node:, vscode, LSP or other package)', () => {
    const outside: string[] = [];
    for (const f of FILES) {
      walk(f.ast, (n) => {
        const spec =
          (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)
            ? n.moduleSpecifier.text
            : ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0] && ts.isStringLiteral(n.arguments[0])
              ? n.arguments[0].text
              : undefined;
        if (spec === undefined) return;
        const target = spec.startsWith('.') ? resolve(join(f.path, '..'), spec) : undefined;
        if (!target || !target.startsWith(CORE)) outside.push(`${where(f, n)} imports ${spec}`);
      });
    }
    assert.deepEqual(outside, []);
  });

  it('uses no I/O global (process, require, fetch, console, timers, Buffer)', () => {
    const found: string[] = [];
    for (const f of FILES) {
      walk(f.ast, (n) => {
        if (!ts.isIdentifier(n) || !IO_GLOBALS.has(n.text)) return;
        const p = n.parent;
        // A property or member name (x.process, { console: … }) is not the global.
        if ((ts.isPropertyAccessExpression(p) && p.name === n) || ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p)) return;
        found.push(`${where(f, n)} ${n.text}`);
      });
    }
    assert.deepEqual(found, []);
  });

  it('has no `any`', () => {
    const found: string[] = [];
    for (const f of FILES) walk(f.ast, (n) => n.kind === ts.SyntaxKind.AnyKeyword && found.push(where(f, n)));
    assert.deepEqual(found, []);
  });

  it('has no getter or setter in an object literal (each such literal gets a hidden class of its own, which kept its closure’s model alive through minor collections; a class does not)', () => {
    const found: string[] = [];
    for (const f of FILES) {
      walk(f.ast, (n) => {
        if ((ts.isGetAccessorDeclaration(n) || ts.isSetAccessorDeclaration(n)) && ts.isObjectLiteralExpression(n.parent)) found.push(where(f, n));
      });
    }
    assert.deepEqual(found, []);
  });

  it('keeps no value in a WeakMap, WeakSet or WeakRef (derived values go through Derived)', () => {
    const found: string[] = [];
    for (const f of FILES) {
      walk(f.ast, (n) => {
        if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && ['WeakMap', 'WeakSet', 'WeakRef'].includes(n.expression.text)) found.push(`${where(f, n)} new ${n.expression.text}`);
      });
    }
    assert.deepEqual(found, []);
  });
});
