#!/usr/bin/env node
'use strict';
try {
  require.resolve('../dist/cli.js');
} catch {
  // A clone that was not installed: say what to do rather than print a stack trace.
  process.stderr.write('govreport-lint: 尚未构建，请先在项目目录运行 npm ci（或 npm run build）。\ngovreport-lint: not built yet; run npm ci (or npm run build) in the project folder first.\n');
  process.exit(2);
}
require('../dist/cli.js');
