/** The package's commands in a copy that was never built: a clear message and exit 2, no stack trace. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..');

describe('bin scripts before a build', () => {
  for (const name of ['govreport-lint', 'govreport-language-server']) {
    it(`${name}: says to run npm ci, exits 2`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'govreport-bin-'));
      try {
        mkdirSync(join(dir, 'bin'));
        copyFileSync(join(ROOT, 'bin', `${name}.js`), join(dir, 'bin', `${name}.js`));
        const r = spawnSync(process.execPath, [join(dir, 'bin', `${name}.js`), '--help'], { encoding: 'utf8' });
        assert.equal(r.status, 2);
        assert.match(r.stderr, new RegExp(`^${name}: 尚未构建，请先在项目目录运行 npm ci`));
        assert.match(r.stderr, /not built yet; run npm ci/);
        assert.doesNotMatch(r.stderr, /\n\s+at /);
        assert.equal(r.stdout, '');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
