/**
 * Guards for what arrives over the wire. The protocol's types are promises the client may break
 * (a hand-written client, a fuzzing test, an older editor): every handler checks its params here
 * and answers "nothing" to what it cannot use, instead of throwing.
 */
import type { ContentChange } from './lineDocument';
import type { Position, Range } from '../../shared/src';

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCoordinate(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0x7fffffff;
}

export function isPosition(v: unknown): v is Position {
  return isObject(v) && isCoordinate(v.line) && isCoordinate(v.character);
}

export function isRange(v: unknown): v is Range {
  return isObject(v) && isPosition(v.start) && isPosition(v.end);
}

export function isVersion(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/** `params.textDocument.uri`, when present and a string. */
export function documentUri(params: unknown): string | undefined {
  if (!isObject(params) || !isObject(params.textDocument)) return undefined;
  const uri = params.textDocument.uri;
  return typeof uri === 'string' && uri.length > 0 ? uri : undefined;
}

/** Content changes, or undefined when any of them is malformed (then none is applied). */
export function contentChanges(v: unknown): ContentChange[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: ContentChange[] = [];
  for (const c of v) {
    if (!isObject(c) || typeof c.text !== 'string') return undefined;
    if (c.range === undefined) out.push({ text: c.text });
    else if (isRange(c.range)) out.push({ range: c.range, text: c.text });
    else return undefined;
  }
  return out;
}

/** Orders a range's ends (a client may send them reversed). */
export function ordered(r: Range): Range {
  const after = r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character);
  return after ? { start: r.end, end: r.start } : r;
}
