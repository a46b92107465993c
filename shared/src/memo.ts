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
  // An open-addressed table (linear probing), keys and values side by side, kept at most half full: it
  // grows by doubling up to twice `limit` slots, so a memo that remembers little stays small (made at
  // its largest, the memos' tables cost 40 ms to fill in the first 250 reports of a fresh isolate).
  // A Map hashes each fresh slice in the engine's runtime, and its lookups were 0.9 s of a 13 s profile
  // (three rounds of 2,000 reports: 2.5 M lookups a round, of keys four characters long on average);
  // a hash computed here, in optimised code, and a comparison of short strings cost a fraction of that.
  private keys: (string | undefined)[] = new Array<string | undefined>(INITIAL_SLOTS).fill(undefined);
  private values: (V | undefined)[] = new Array<V | undefined>(INITIAL_SLOTS).fill(undefined);
  private size = 0;

  constructor(
    private readonly compute: (key: string) => V,
    private readonly maxKeyLength = 48,
    private readonly limit = 8192,
  ) {}

  get(key: string): V {
    if (key.length > this.maxKeyLength) return this.compute(key);
    const h = hashOf(key);
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const kept = keys[slot];
      if (kept === undefined) break;
      if (kept === key) return this.values[slot] as V;
    }
    // Computed from the detached copy: a value that keeps a piece of its key (a label key that is the
    // text itself, a trimmed cell) then keeps the copy, not the document the key was sliced from.
    const own = detach(key);
    const value = this.compute(own);
    if (this.size >= this.limit) {
      // Everything forgotten at once.
      this.keys = new Array<string | undefined>(INITIAL_SLOTS).fill(undefined);
      this.values = new Array<V | undefined>(INITIAL_SLOTS).fill(undefined);
      this.size = 0;
    } else if (2 * (this.size + 1) > this.keys.length) {
      this.grow();
    }
    this.put(own, h, value);
    this.size++;
    return value;
  }

  private put(key: string, h: number, value: V | undefined): void {
    const keys = this.keys;
    const mask = keys.length - 1;
    let slot = h & mask;
    while (keys[slot] !== undefined) slot = (slot + 1) & mask;
    keys[slot] = key;
    this.values[slot] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Array<string | undefined>(2 * keys.length).fill(undefined);
    this.values = new Array<V | undefined>(2 * keys.length).fill(undefined);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) this.put(key, hashOf(key), values[i]);
    }
  }
}

/** A memo's table starts this small (a power of two). */
const INITIAL_SLOTS = 64;

/** A 32-bit hash of a short string, mixed so that its low bits index a table. */
function hashOf(key: string): number {
  let h = key.length;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x9e3779b1);
  return h ^ (h >>> 15);
}
