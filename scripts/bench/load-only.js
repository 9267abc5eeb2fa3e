'use strict';
// Baseline for the CLI benchmark: the bare ExcelJS load of one workbook, nothing else.
const ExcelJS = require('exceljs');

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node scripts/bench/load-only.js FILE.xlsx\n');
  process.exit(2);
}
// Ends like the CLI does: by draining the event loop, with an exit code (no process.exit).
new ExcelJS.Workbook().xlsx.readFile(file).then(
  () => {
    process.exitCode = 0;
  },
  (err) => {
    process.stderr.write(`load-only: ${err && err.message ? err.message : err}\n`);
    process.exitCode = 2;
  },
);
