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

/**
 * The results of a pure function of short strings, kept across analyses. Only keys of at most
 * `maxKeyLength` characters are kept (longer ones are computed every time), and past `limit` entries
 * everything is forgotten at once, so memory stays bounded whatever the input (a hostile file of
 * forty thousand distinct cells costs a few clears, not a growing map). The function must be pure and
 * its results never changed by their users: they are shared by every report that has the same text.
 */
export class ShortKeyMemo<V> {
  // An open-addressed table (linear probing) of at least twice `limit` slots, keys and values side by side.
  // A Map hashes each fresh slice in the engine's runtime, and its lookups were 0.9 s of a 13 s profile
  // (four rounds of 2,000 reports: 2.5 M lookups a round, of keys four characters long on average);
  // a hash computed here, in optimised code, and a comparison of short strings cost a fraction of that.
  private keys: (string | undefined)[];
  private values: (V | undefined)[];
  private size = 0;
  private readonly mask: number;

  constructor(
    private readonly compute: (key: string) => V,
    private readonly maxKeyLength = 48,
    private readonly limit = 8192,
  ) {
    let slots = 16;
    while (slots < 2 * limit) slots *= 2;
    this.mask = slots - 1;
    this.keys = new Array<string | undefined>(slots).fill(undefined);
    this.values = new Array<V | undefined>(slots).fill(undefined);
  }

  get(key: string): V {
    if (key.length > this.maxKeyLength) return this.compute(key);
    const mask = this.mask;
    let h = key.length;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x9e3779b1);
    let slot = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const kept = this.keys[slot];
      if (kept === undefined) break;
      if (kept === key) return this.values[slot] as V;
      slot = (slot + 1) & mask;
    }
    // Computed from the detached copy: a value that keeps a piece of its key (a label key that is the
    // text itself, a trimmed cell) then keeps the copy, not the document the key was sliced from.
    const own = detach(key);
    const value = this.compute(own);
    if (this.size >= this.limit) {
      // Everything forgotten at once; the slot is found again in the empty table.
      this.keys = new Array<string | undefined>(mask + 1).fill(undefined);
      this.values = new Array<V | undefined>(mask + 1).fill(undefined);
      this.size = 0;
      slot = (h ^ (h >>> 15)) & mask;
    }
    this.keys[slot] = own;
    this.values[slot] = value;
    this.size++;
    return value;
  }
}
