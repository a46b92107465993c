#!/usr/bin/env node
'use strict';
try {
  require.resolve('../dist/cli.js');
  require.resolve('../dist/boot.js');
} catch {
  // A clone that was not installed: say what to do rather than print a stack trace.
  process.stderr.write('govreport-lint: 尚未构建，请先在项目目录运行 npm ci（或 npm run build）。\ngovreport-lint: not built yet; run npm ci (or npm run build) in the project folder first.\n');
  process.exit(2);
}
// TurboFan's inlining doubles the compiler's work in a run that is over before the compiled code pays for
// it: checking 2,000 reports cold, V8 spends more time compiling than analysing, and the worker threads'
// compilers compete for the same cores. Without inlining the run is about a tenth faster (npm run bench);
// warm throughput is unchanged. The flag only tunes the optimizing compiler, set before any code is hot.
// Loop peeling (TurboFan copying each inner loop's first iteration out of the loop) makes every graph of a
// function with loops larger for all the phases after it: without it TurboFan's own work in a cold run of
// 300 reports falls by a sixth (3.88 → 3.25 G instructions) for 2.5% more in the compiled code, the whole
// run 8.48 → 7.86 G (callgrind, node --predictable, --jobs 1, each build with its own code cache).
require('node:v8').setFlagsFromString('--no-turbo-inlining --no-turbo-loop-peeling');
// dist/cli.js through the code cache beside it (cli/src/boot.ts).
require('../dist/boot.js');
