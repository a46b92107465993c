/**
 * A small, pruned element tree from XML, built with saxes (a strict, streaming, well-kept parser).
 * Office parts are large and mostly formatting; the caller says which elements to keep, which to
 * look through (their children are kept, the element itself is not), and everything else is skipped
 * with its whole subtree while parsing, so the tree stays a fraction of the XML's size.
 *
 * Names are `prefix:local` with a canonical prefix for the namespaces Office uses, whatever prefix
 * the file itself declares (`w:p` even when a generator wrote `ns0:p` or used a default namespace).
 */
import type { SaxesTagNS } from 'saxes';
import { lazy, libraries } from '../lazy';

const saxes = lazy(() => libraries().saxes());

const CANONICAL_PREFIX: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'pr',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup': 'wpg',
  'urn:schemas-microsoft-com:vml': 'v',
  // OpenDocument (./odt.ts).
  'urn:oasis:names:tc:opendocument:xmlns:office:1.0': 'office',
  'urn:oasis:names:tc:opendocument:xmlns:text:1.0': 'text',
  'urn:oasis:names:tc:opendocument:xmlns:table:1.0': 'table',
  'urn:oasis:names:tc:opendocument:xmlns:style:1.0': 'style',
  'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0': 'draw',
  'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0': 'svg',
  'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0': 'manifest',
  'urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0': 'loext',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

export interface XmlElement {
  readonly name: string;
  /** Attributes by canonical name (`w:val`; unprefixed attributes by their local name). */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
}

export interface PruneRules {
  /** Elements kept in the tree. */
  readonly keep: ReadonlySet<string>;
  /** Elements whose children are kept in their place (content controls, hyperlinks, insertions). */
  readonly through: ReadonlySet<string>;
  /** Elements whose text children are kept (`w:t`); text elsewhere (indentation) is dropped. */
  readonly textIn: ReadonlySet<string>;
  /**
   * When given, an element neither kept nor in this set is looked through rather than skipped, and only these are
   * skipped with their subtree: OpenDocument holds its text in dozens of field elements (`text:page-number`,
   * `text:sequence`…) that show their content in place, and a few that hold text never shown (`text:note`'s body,
   * `text:tracked-changes`' deleted text).
   */
  readonly skip?: ReadonlySet<string>;
}

export class XmlError extends Error {}

/** Shared by every element without attributes (most of them). */
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;

function canonical(uri: string, local: string, prefix: string): string {
  const p = CANONICAL_PREFIX[uri];
  if (p) return `${p}:${local}`;
  return uri === '' ? local : `${prefix || '?'}:${local}`;
}

/** Parses `xml` into a pruned tree; throws XmlError on malformed XML. */
export function parseXml(xml: string, rules: PruneRules): XmlElement {
  const parser = new (saxes().SaxesParser)({ xmlns: true, position: false });
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  // The element children are appended to, for each open tag (undefined inside a skipped subtree).
  const stack: (XmlElement | undefined)[] = [root];
  let error: Error | undefined;
  // Per AlternateContent: whether one alternative has been taken.
  const alternates: boolean[] = [];
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const parent = stack[stack.length - 1];
    const name = canonical(tag.uri, tag.local, tag.prefix);
    if (!parent) {
      stack.push(undefined);
      return;
    }
    if (name === 'mc:AlternateContent') {
      alternates.push(false);
      stack.push(parent);
      return;
    }
    if (name === 'mc:Choice' || name === 'mc:Fallback') {
      // Of the alternatives offered, the first is read (it is always present; they hold the same text).
      if (alternates[alternates.length - 1] === false) {
        alternates[alternates.length - 1] = true;
        stack.push(parent);
      } else {
        stack.push(undefined);
      }
      return;
    }
    if (rules.through.has(name)) {
      stack.push(parent);
      return;
    }
    if (!rules.keep.has(name)) {
      stack.push(rules.skip && !rules.skip.has(name) ? parent : undefined);
      return;
    }
    let attrs: Record<string, string> = NO_ATTRS;
    for (const key in tag.attributes) {
      const a = tag.attributes[key]!;
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      if (attrs === NO_ATTRS) attrs = {};
      attrs[a.uri ? canonical(a.uri, a.local, a.prefix) : a.local] = a.value;
    }
    const el: XmlElement = { name, attrs, children: [] };
    parent.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    stack.pop();
    if (canonical(tag.uri, tag.local, tag.prefix) === 'mc:AlternateContent') alternates.pop();
  });
  parser.on('text', (t) => {
    const parent = stack[stack.length - 1];
    if (parent && rules.textIn.has(parent.name)) parent.children.push(t);
  });
  parser.on('cdata', (t) => {
    const parent = stack[stack.length - 1];
    if (parent && rules.textIn.has(parent.name)) parent.children.push(t);
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= e instanceof Error ? e : new Error(String(e));
  }
  if (error) throw new XmlError(error.message);
  return root;
}

/** The first child element named `name`. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function children(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) out.push(c);
  return out;
}

/** An element's own text children, joined. */
export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) if (typeof c === 'string') s += c;
  return s;
}
