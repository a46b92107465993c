/**
 * Scaling tests: whether a path grows linearly with its input, told apart from a quadratic one on a loaded host.
 * Speed targets are the benchmark's (npm run bench); these only catch a path that blows up.
 */
import assert from 'node:assert/strict';

/**
 * Asserts that `run` on `make(4n)` takes under 8× its time on `make(n)` (a linear path takes about 4×, a quadratic
 * one 16×), each the best of three runs after a warm-up at `n / 10`, with `slackMs` for a pause of the host. The
 * inputs are made before the clock starts. A bound of 3.5–4× (as these tests had) failed on a linear path when the
 * host was busy: one slow run of the larger input is enough.
 */
export function assertLinear<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, what: string, slackMs = 300): void {
  run(make(Math.max(1, Math.floor(n / 10))));
  const best = (size: number): number => {
    const input = make(size);
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      run(input);
      min = Math.min(min, performance.now() - start);
    }
    return min;
  };
  const small = best(n);
  const large = best(4 * n);
  assert.ok(large < 8 * small + slackMs, `${what}: ${n} took ${Math.round(small)} ms, ${4 * n} took ${Math.round(large)} ms (a linear path takes about 4×)`);
}
