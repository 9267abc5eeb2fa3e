'use strict';
// `node scripts/bench/check-rss.js FILE`: `jixiao check FILE --json` in this process; prints its
// wall time, the process's peak resident memory and what the report says, as one JSON line.
const { main, bufferIo } = require('../../dist/cli/main.js');

const started = process.hrtime.bigint();
const io = bufferIo();
main(['check', '--json', process.argv[2]], io).then((code) => {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const [file] = JSON.parse(io.stdout()).files;
  const findings = [...file.findings, ...file.forms.flatMap((f) => f.findings)].map((f) => f.code);
  process.stdout.write(JSON.stringify({ code, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, errorCode: file.errorCode ?? null, forms: file.forms.length, findings }) + '\n');
});
