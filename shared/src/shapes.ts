/**
 * One instance, for the life of the module, of each class the analysis makes afresh for every report.
 *
 * A class instance's hidden class is reached from its constructor's first one through the fields it is given
 * (transitions), and V8 holds those transitions weakly: when a full collection finds no instance of the class
 * alive (between two analyses, all of them are garbage), the hidden classes go, the next analysis makes new ones,
 * and every optimised function that had checked for the old ones is thrown away ("deoptimised: weak objects")
 * and compiled again after a stretch in the interpreter. Keeping one instance keeps the hidden classes, and the
 * optimised code, across collections. Nothing reads these instances.
 */
const KEPT: object[] = [];

/** Keeps `instance` alive for good; returns it. */
export function keepShape<T extends object>(instance: T): T {
  KEPT.push(instance);
  return instance;
}
