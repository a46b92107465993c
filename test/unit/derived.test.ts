/**
 * Derived values (shared/src/derived.ts) live with their object as in a WeakMap, and leave no trace in
 * the plain data an analysis returns: JSON, structuredClone, spreading and deepStrictEqual see the model
 * as before.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, analyzeArithmetic, claimsOf } from '../../shared/src';
import { proseStream } from '../../shared/src/claims/stream';
import { Derived } from '../../shared/src/derived';
import { seed } from '../helpers/fixtures';

describe('Derived values', () => {
  it('keeps one value per object and per kind, as a WeakMap would', () => {
    const a = new Derived<object, number>('a');
    const b = new Derived<object, string>('b');
    const x = {};
    const y = {};
    assert.equal(a.get(x), undefined);
    a.set(x, 1);
    b.set(x, 'one');
    a.set(y, 2);
    assert.equal(a.get(x), 1);
    assert.equal(b.get(x), 'one');
    assert.equal(a.get(y), 2);
    assert.equal(b.get(y), undefined);
    a.set(x, 3);
    assert.equal(a.get(x), 3);
  });

  it('works on arrays (the arithmetic is kept with the tables array)', () => {
    const d = new Derived<readonly number[], string>('on an array');
    const arr: number[] = [1, 2];
    d.set(arr, 'kept');
    assert.equal(d.get(arr), 'kept');
    assert.deepEqual(arr, [1, 2]);
    assert.equal(JSON.stringify(arr), '[1,2]');
  });

  it('is invisible in the model: keys, JSON, structuredClone, spread and deepStrictEqual', () => {
    const text = seed('002');
    const fresh = analyze(text).model;
    const used = analyze(text).model;
    // Fill every derived value of `used`.
    claimsOf(used);
    proseStream(used);
    analyzeArithmetic(used);
    assert.deepEqual(Object.keys(used), Object.keys(fresh));
    assert.deepEqual(Object.getOwnPropertySymbols(used).filter((s) => Object.getOwnPropertyDescriptor(used, s)!.enumerable), []);
    assert.equal(JSON.stringify(used), JSON.stringify(fresh));
    assert.deepStrictEqual(used, fresh);
    assert.deepStrictEqual({ ...used }, { ...fresh });
    assert.deepStrictEqual(structuredClone(used), structuredClone(fresh));
  });

  it('a model frozen by its caller is still read: nothing is kept, the values are computed again', () => {
    const { model } = analyze(seed('002'));
    const expected = claimsOf(analyze(seed('002')).model);
    const frozen = Object.freeze({ ...model });
    assert.deepStrictEqual(claimsOf(frozen), expected);
    assert.deepStrictEqual(analyzeArithmetic(frozen), analyzeArithmetic(model));
    assert.deepStrictEqual(Object.getOwnPropertySymbols(frozen), []);
  });

  it('computes once per model: the same claims and stream objects on a second call', () => {
    const { model } = analyze(seed('001'));
    assert.equal(claimsOf(model), claimsOf(model));
    assert.equal(proseStream(model), proseStream(model));
    assert.equal(analyzeArithmetic(model), analyzeArithmetic(model));
    const other = analyze(seed('001')).model;
    assert.notEqual(claimsOf(other), claimsOf(model));
    assert.deepStrictEqual(claimsOf(other), claimsOf(model));
  });
});
