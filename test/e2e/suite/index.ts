/**
 * The `extensionTestsPath` module: VS Code's extension host calls `run()` once the workbench is up and
 * exits with its outcome. Host-agnostic: the same bundle runs under code-server (test/e2e/run.mjs) and
 * under @vscode/test-electron (test/e2e/electron.mjs).
 */
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 60_000,
    // A test that fails is reported once: no retries that would hide a flake.
    retries: 0,
    ...(process.env.GOVREPORT_E2E_GREP ? { grep: process.env.GOVREPORT_E2E_GREP } : {}),
  });
  // The tests are bundled into this file: give them mocha's globals, then load them.
  mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
  require('./extension.test');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} of the extension's integration tests failed`);
}
