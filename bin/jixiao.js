#!/usr/bin/env node
// The `jixiao` command: the compiled CLI lives in dist/ (built by `npm ci` through `prepare`).
'use strict';
let cli;
try {
  cli = require('../dist/cli/main.js');
} catch (err) {
  process.stderr.write('jixiao: the command line is not built yet; run `npm ci` (or `npm run build`) first.\n');
  process.exit(2);
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`jixiao: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
