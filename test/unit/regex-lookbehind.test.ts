/**
 * A lookbehind that can begin a match (first in the pattern or in an alternative) is tried at every
 * position of the text, and one with an unbounded quantifier inside (`(?<=件\s*)多`) scans back over the
 * whole run it may cover each time: quadratic over a long run of spaces, which recheck (npm run
 * audit:regex) does not model. One such pattern took ten minutes on a hostile input. This test reads every
 * regular expression literal of the core and allows such a lookbehind only after something the match
 * consumes first (`多(?<=件\s*多)`), where it is tried only where that matched.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const f = join(dir, e);
    return statSync(f).isDirectory() ? sourceFiles(f) : f.endsWith('.ts') ? [f] : [];
  });
}

function literals(file: string): { source: string; where: string }[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { source: string; where: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      out.push({ source: text.slice(1, text.lastIndexOf('/')), where: `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The positions in `source` from `from` of characters that are syntax: not escaped, not inside a character class. */
function* syntaxAt(source: string, from: number): Generator<number> {
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else yield i;
  }
}

/** The lookbehinds of `source` that can begin a match and hold an unbounded quantifier, as written. */
function leadingUnboundedLookbehinds(source: string): string[] {
  const out: string[] = [];
  for (const i of syntaxAt(source, 0)) {
    if (!source.startsWith('(?<=', i) && !source.startsWith('(?<!', i)) continue;
    // What comes before it in its alternative: nothing (the start, `|`, an opening group) means it leads.
    const leads = /(?:^|[^\\])(?:\||\((?:\?:)?)$|^$/.test(source.slice(0, i));
    // The lookbehind's body, to its closing parenthesis.
    let depth = 0;
    let end = source.length - 1;
    for (const j of syntaxAt(source, i)) {
      if (source[j] === '(') depth++;
      else if (source[j] === ')' && --depth === 0) {
        end = j;
        break;
      }
    }
    const body = source.slice(i, end + 1);
    if (leads && /(?<!\\)[*+]|\{\d+,\}/.test(body.replace(/\\./g, '').replace(/\[[^\]]*\]/g, 'x'))) out.push(body);
  }
  return out;
}

describe('no lookbehind scans back at every position', () => {
  it('recognises the shapes (the test of the test)', () => {
    assert.deepEqual(leadingUnboundedLookbehinds('增长|(?<=件\\s*)多(?=\\s*\\d)'), ['(?<=件\\s*)']);
    assert.deepEqual(leadingUnboundedLookbehinds('(?<!\\d+)件'), ['(?<!\\d+)']);
    assert.deepEqual(leadingUnboundedLookbehinds('(?:(?<=a{2,})b)'), ['(?<=a{2,})']);
    assert.deepEqual(leadingUnboundedLookbehinds('增长|多(?<=件\\s*多)(?=\\s*\\d)'), []);
    assert.deepEqual(leadingUnboundedLookbehinds('(?<![本我])乡镇'), []);
    assert.deepEqual(leadingUnboundedLookbehinds('(?<=[*+])x'), []);
    assert.deepEqual(leadingUnboundedLookbehinds('^\\s*(?<=x)'), []);
  });

  it('in every regular expression literal of the core', () => {
    const found = sourceFiles(join(ROOT, 'shared', 'src')).flatMap((f) => literals(f).flatMap((p) => leadingUnboundedLookbehinds(p.source).map((l) => `${p.where}: ${l}`)));
    assert.deepEqual(found, []);
  });
});
