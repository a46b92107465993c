/**
 * Arrays that other code reads, made so that V8 gives them one hidden class however they were made.
 */

/**
 * `items.map(f)`, for an array that is kept (in the model, in the relations of the tables) or handed to
 * other functions.
 *
 * V8 makes the array `Array.prototype.map` returns packed while its caller runs unoptimised, and holey
 * once the caller is optimised (TurboFan inlines `map` and allocates the result at its full length
 * first). The arrays of one kind then come in two hidden classes, by whether their maker was optimised
 * yet, and the code that reads them, optimised on the one it had met, was thrown away on meeting the
 * other ("wrong map"): most of the hundred deoptimisations, and of the recompilations after them, over
 * the first two thousand reports of a run. The array made here is packed either way.
 */
export function packedMap<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
  return out;
}

/**
 * `items.filter(keep)`, made as `packedMap` makes its array. `filter` returns an empty array of another
 * hidden class than a filled one (packed small integers), and a report without tables, after a thousand
 * with them, threw away the code that read the spans of their lines.
 */
export function packedFilter<T>(items: readonly T[], keep: (item: T) => boolean): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) if (keep(items[i]!)) out.push(items[i]!);
  return out;
}
