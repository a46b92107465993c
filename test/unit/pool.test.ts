import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FILES_PER_WORKER, workerCount } from '../../cli/src/pool';

describe('the worker pool’s size', () => {
  test('fewer files than two workers’ worth are checked in the main thread', () => {
    for (const files of [0, 1, 24, 500, 2 * FILES_PER_WORKER - 1]) assert.equal(workerCount(files, undefined, 8), 0, `${files} files`);
  });
  test('one worker per FILES_PER_WORKER files, at most one per core', () => {
    assert.equal(workerCount(2 * FILES_PER_WORKER, undefined, 2), 2);
    assert.equal(workerCount(3 * FILES_PER_WORKER + 1, undefined, 8), 3);
    assert.equal(workerCount(100 * FILES_PER_WORKER, undefined, 4), 4);
  });
  test('a machine with one core never starts workers', () => {
    assert.equal(workerCount(100 * FILES_PER_WORKER, undefined, 1), 0);
  });
  test('--jobs N is obeyed whatever the count of files (none for 1), never more threads than files', () => {
    assert.equal(workerCount(30, 2, 8), 2);
    assert.equal(workerCount(3, 5, 8), 3);
    assert.equal(workerCount(5000, 1, 8), 0);
  });
});
