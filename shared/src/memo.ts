/**
 * Remembering pure functions of strings. `detach` keeps a remembered key from holding on to the
 * document it was sliced from; `ShortKeyMemo` remembers a function of short keys (table labels and
 * header cells) across analyses, where the same official wording recurs in every report.
 */

/**
 * A copy of `s` that does not keep alive the string it was sliced from. V8 makes a slice of a long
 * string a view into it: a key kept from one version of a document would keep that whole version.
 * Prepending a character makes a new string, flattened when sliced, so the copy holds only itself.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/** What ShortKeyMemo keeps for an undefined result, so that a hit is always one lookup. */
const UNDEFINED: unique symbol = Symbol('undefined');

/**
 * The results of a pure function of short strings, kept across analyses. Only keys of at most
 * `maxKeyLength` characters are kept (longer ones are computed every time), and past `limit` entries
 * everything is forgotten at once, so memory stays bounded whatever the input (a hostile file of
 * forty thousand distinct cells costs a few clears, not a growing map). The function must be pure and
 * its results never changed by their users: they are shared by every report that has the same text.
 */
export class ShortKeyMemo<V> {
  private entries = new Map<string, V | typeof UNDEFINED>();

  constructor(
    private readonly compute: (key: string) => V,
    private readonly maxKeyLength = 48,
    private readonly limit = 8192,
  ) {}

  get(key: string): V {
    if (key.length > this.maxKeyLength) return this.compute(key);
    const kept = this.entries.get(key);
    if (kept !== undefined) return kept === UNDEFINED ? (undefined as V) : kept;
    // Computed from the detached copy: a value that keeps a piece of its key (a label key that is the
    // text itself, a trimmed cell) then keeps the copy, not the document the key was sliced from.
    const own = detach(key);
    const value = this.compute(own);
    if (this.entries.size >= this.limit) this.entries = new Map();
    this.entries.set(own, value === undefined ? UNDEFINED : value);
    return value;
  }
}
