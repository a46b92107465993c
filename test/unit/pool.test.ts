import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FILES_FOR_POOL, FILES_FOR_TWO_CORES, MIN_CORES, workerCount } from '../../cli/src/pool';

describe('the worker pool’s size (workers beside the main thread, which checks files too)', () => {
  test('fewer than FILES_FOR_POOL files are checked in the main thread alone', () => {
    for (const files of [0, 1, 24, FILES_FOR_POOL - 1]) assert.equal(workerCount(files, undefined, 8), 0, `${files} files`);
  });
  test('from FILES_FOR_POOL files, one thread per core but one, the main thread among them', () => {
    assert.equal(workerCount(FILES_FOR_POOL, undefined, 8), 6);
    assert.equal(workerCount(100 * FILES_FOR_POOL, undefined, 4), 2);
    assert.equal(workerCount(100 * FILES_FOR_POOL, undefined, MIN_CORES), MIN_CORES - 2);
  });
  test('a machine of two cores checks on both only from FILES_FOR_TWO_CORES files, where the worker pays', () => {
    assert.equal(MIN_CORES, 3);
    assert.equal(workerCount(FILES_FOR_TWO_CORES - 1, undefined, 2), 0);
    assert.equal(workerCount(FILES_FOR_POOL, undefined, 2), 0);
    assert.equal(workerCount(FILES_FOR_TWO_CORES, undefined, 2), 1);
    assert.equal(workerCount(10 * FILES_FOR_TWO_CORES, undefined, 2), 1);
  });
  test('a machine of one core never starts workers by itself', () => {
    assert.equal(workerCount(100 * FILES_FOR_TWO_CORES, undefined, 1), 0);
  });
  test('--jobs N is N threads in all whatever the count of files (none besides the main one for 1), never more than files', () => {
    assert.equal(workerCount(30, 2, 8), 1);
    assert.equal(workerCount(30, 3, 2), 2);
    assert.equal(workerCount(3, 5, 8), 2);
    assert.equal(workerCount(5000, 1, 8), 0);
  });
});
