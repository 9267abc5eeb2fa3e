'use strict';
/**
 * Benchmark of `jixiao summary` (part 6 of scripts/bench.js; also runs on its own:
 * `node scripts/bench-summary.js [--files N] [--runs N] [--strict]`, after `npm run build:cli`).
 *
 * 1000 single-form workbooks (scripts/bench/synthetic.js: one 20-indicator form each, its own seed,
 * project name and one of 37 units) are written once to bench/output/summary-files/ and reused
 * while the count is the same. Then, alternating, median of `runs` each, as child processes:
 *   - `node bin/jixiao.js summary bench/output/summary-files -o <tmp>/summary.xlsx` (the folder,
 *     not 1000 paths: the CLI expands it itself);
 *   - the baseline: a child process that only loads the same files, one after the other, with
 *     `new ExcelJS.Workbook().xlsx.readFile` (this script with `--load-only DIR`).
 * Target ≤ 1.30×. A probe run with --json first checks that every file and form is summarised.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const FILES_DIR = path.join(ROOT, 'bench', 'output', 'summary-files');
const STAMP = '.stamp.json'; // hidden: a folder argument of `jixiao summary` skips it anyway
const SEED = 20240505;

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fileName = (i) => `unit-${String(i + 1).padStart(5, '0')}.xlsx`;
/** The workbooks of a folder, in the order `jixiao summary` reads them. */
const workbooksIn = (dir) =>
  fs
    .readdirSync(dir)
    .filter((n) => /\.(xlsx|xlsm)$/i.test(n) && !n.startsWith('~$') && !n.startsWith('.'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((n) => path.join(dir, n));

/** Writes `count` single-form workbooks once; reused when the folder holds the same set. */
async function ensureFiles(count, log) {
  const stampFile = path.join(FILES_DIR, STAMP);
  const want = { files: count, seed: SEED, indicators: 20 };
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
    if (JSON.stringify(stamp) === JSON.stringify(want) && workbooksIn(FILES_DIR).length === count) {
      log(`reusing ${count} workbooks in ${path.relative(ROOT, FILES_DIR)}/`);
      return FILES_DIR;
    }
  } catch {
    // no stamp: write them
  }
  const ExcelJS = require('exceljs');
  const { syntheticWorkbook } = require('./bench/synthetic');
  fs.rmSync(FILES_DIR, { recursive: true, force: true });
  fs.mkdirSync(FILES_DIR, { recursive: true });
  log(`writing ${count} single-form workbooks to ${path.relative(ROOT, FILES_DIR)}/ …`);
  const t = nowMs();
  for (let i = 0; i < count; i++) {
    const wb = syntheticWorkbook(ExcelJS, 1, { indicators: 20, seed: SEED + i });
    const ws = wb.worksheets[0];
    // one unit per file as in a reviewer's folder: its own project, one of 37 units
    ws.getCell('C3').value = `合成项目${i + 1}(专项经费)`;
    ws.getCell('G4').value = `某中心${(i % 37) + 1}`;
    await wb.xlsx.writeFile(path.join(FILES_DIR, fileName(i)));
  }
  fs.writeFileSync(stampFile, JSON.stringify(want) + '\n');
  log(`written in ${((nowMs() - t) / 1000).toFixed(1)} s`);
  return FILES_DIR;
}

function runChild(args, stdout) {
  const t = nowMs();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', stdout, 'pipe'], maxBuffer: 1 << 30 });
  return { ms: nowMs() - t, status: r.status, stderr: r.stderr ? r.stderr.toString() : '' };
}

/** One run with --json: are all the files and forms in the summary? */
function probe(dir, output, files) {
  const r = spawnSync(process.execPath, ['bin/jixiao.js', 'summary', dir, '-o', output, '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const firstLine = (s) => (s || '').trim().split('\n')[0].slice(0, 160);
  let doc;
  try {
    doc = JSON.parse(r.stdout);
  } catch {
    return `CLI not ready: no JSON on stdout (exit ${r.status}; ${firstLine(r.stderr) || 'no output'})`;
  }
  if (r.status !== 0) return `jixiao summary exited ${r.status}: ${firstLine(r.stderr)}`;
  if (doc.files !== files || doc.forms !== files || doc.unreadable.length !== 0) return `the summary holds ${doc.files} files, ${doc.forms} forms, ${doc.unreadable.length} unreadable; expected ${files} files, one form each`;
  if (!fs.existsSync(output)) return `${output} was not written`;
  return null;
}

async function benchSummary({ record, log, files = 1000, runs = 3 }) {
  const what = `CLI: jixiao summary, ${files} single-form workbooks → one workbook (child process)`;
  const dir = await ensureFiles(files, log);
  const rel = path.relative(ROOT, dir);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-summary-'));
  const output = path.join(tmp, 'summary.xlsx');
  const devnull = fs.openSync(os.devNull, 'w');
  try {
    log('probing jixiao summary (--json) …');
    const problem = probe(rel, output, files);
    if (problem) {
      log(problem);
      record({ what, ms: null, target: '≤ 1.30×', note: problem });
      return;
    }
    const summaryKb = fs.statSync(output).size / 1024;
    const cli = [];
    const base = [];
    for (let i = 0; i < runs; i++) {
      const b = runChild([__filename, '--load-only', rel], devnull);
      if (b.status !== 0) throw new Error(`baseline load failed: ${b.stderr.slice(0, 500)}`);
      base.push(b.ms);
      fs.rmSync(output, { force: true });
      const c = runChild(['bin/jixiao.js', 'summary', rel, '-o', output], devnull);
      if (c.status !== 0) throw new Error(`jixiao summary exited ${c.status}: ${c.stderr.slice(0, 500)}`);
      if (!fs.existsSync(output)) throw new Error('jixiao summary wrote nothing');
      cli.push(c.ms);
      log(`  run ${i + 1}: baseline ${Math.round(b.ms)} ms, summary ${Math.round(c.ms)} ms`);
    }
    const ms = median(cli);
    const baselineMs = median(base);
    const ratio = ms / baselineMs;
    record({
      what,
      ms,
      baselineMs,
      ratio,
      target: '≤ 1.30×',
      pass: ratio <= 1.3,
      note: `baseline: child process loading the same ${files} files with new ExcelJS.Workbook().xlsx.readFile, one after the other; summary.xlsx ${summaryKb.toFixed(0)} KB; summary runs ${cli.map(Math.round).join('/')}, baseline runs ${base.map(Math.round).join('/')} ms`,
      runs: cli,
      baselineRuns: base,
    });
  } finally {
    fs.closeSync(devnull);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The baseline child: the bare ExcelJS load of every workbook of the folder, sequentially. */
async function loadOnly(dir) {
  const ExcelJS = require('exceljs');
  for (const file of workbooksIn(dir)) await new ExcelJS.Workbook().xlsx.readFile(file);
}

module.exports = { benchSummary };

if (require.main === module) {
  const option = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
  };
  const loadAt = process.argv.indexOf('--load-only');
  const fail = (err) => {
    process.stderr.write(`bench-summary: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  };
  if (loadAt >= 0) {
    // Ends like the CLI does: by draining the event loop, with an exit code.
    loadOnly(process.argv[loadAt + 1]).then(() => (process.exitCode = 0), fail);
  } else {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) {
      process.stderr.write('bench-summary: dist/cli/main.js is missing; run `npm run build:cli` first.\n');
      process.exit(2);
    }
    const results = [];
    const log = (msg) => process.stderr.write(`bench-summary: ${msg}\n`);
    benchSummary({ record: (r) => results.push(r), log, files: option('--files', 1000), runs: option('--runs', 3) })
      .then(() => {
        for (const r of results) {
          const ratio = r.ratio === undefined || r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`;
          const result = r.pass === undefined || r.pass === null ? 'n/a' : r.pass ? 'PASS' : 'FAIL';
          process.stdout.write(`${r.what}: ${r.ms === null ? '—' : Math.round(r.ms)} ms, baseline ${r.baselineMs ? Math.round(r.baselineMs) : '—'} ms, ${ratio} (target ${r.target}) ${result}\n  · ${r.note}\n`);
        }
        if (process.argv.includes('--strict') && results.some((r) => r.pass === false)) process.exitCode = 1;
      }, fail);
  }
}
