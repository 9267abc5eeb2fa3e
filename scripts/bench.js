'use strict';
/**
 * Benchmark (`npm run bench` = build, then this script). Plain Node against the compiled core.
 *
 *  1. Core: 10 000 synthetic forms × 20 indicators as Grids in memory: evaluate the located forms
 *     (the target), and locate + evaluate (evaluateWorkbook) beside it
 *     (locate + evaluate), median of 3 runs after a warm-up. Target ≤ 500 ms (issue 9).
 *  2. CLI: a 500-sheet workbook (one form per sheet) written with ExcelJS to bench/output/, then
 *     `node bin/jixiao.js check FILE --json > /dev/null` against a child process that only loads the
 *     file with ExcelJS, alternating, median of 3 each. Target ≤ 1.3×. When the CLI does not
 *     print a JSON report yet, that line says "CLI not ready".
 *  3. In-process: the lean read (src/xlsx/read, the one reader of the CLI and the demo) +
 *     evaluateWorkbook against the bare ExcelJS load of the same bytes, same process, alternating,
 *     median of 3 each. Reported as info.
 *  4. Add-in bundle (scripts/bench-bundle.js): the task pane's initial JS (the scripts taskpane.html
 *     loads), gzip -9, against a React 18 + Fluent UI baseline page built with the same webpack
 *     settings. Target ≤ 1.5×. Sizes in KB in the table's value columns.
 *  5. Demo host in headless Chromium (scripts/bench-demo.js): navigation → the task pane's first
 *     paint, against the lean read (src/xlsx/read) of the workbook in the same page load; and 一键重算
 *     (click → result shown), for the bundled example and a 200-form workbook, medians of 5 fresh
 *     page loads, against the same lean read; the inline warning (Enter → finding shown) on the
 *     bundled example. Targets (issue 11): 200-form 一键重算 ≤ 400 ms, inline warning ≤ 250 ms.
 *  6. `jixiao summary` (scripts/bench-summary.js): 1000 single-form workbooks (written once to
 *     bench/output/summary-files/, reused while the count is the same), `node bin/jixiao.js summary
 *     DIR -o <tmp>/summary.xlsx` against a child process that only loads the same files with ExcelJS,
 *     one after the other; alternating, median of 3 each. Target ≤ 1.3×.
 *  7. Hostile files (scripts/bench-hostile.js, issue 10): a 2 GiB-part zip bomb, the same with a
 *     lying directory, a 1 000 000-row sheet beside the forms — `jixiao check` in a child, time and
 *     peak RSS against the same check of the untouched example. Targets ≤ 2 s / 300 MB and
 *     ≤ 1.5 s / 400 MB.
 *  8. Host calls (scripts/bench-hosts.js, issue 12): a whole-workbook recalculation's WPS
 *     object-model calls on the fake ET, beside the Office.js syncs, for the bundled example and a
 *     200-form workbook. Counts, not times. Target ≤ 8 calls per sheet read + 1 per written run.
 *
 * Prints a table and writes bench/output/results.json (the parts run are listed in its `parts`).
 * `--only PART[,PART…]` runs those parts alone (core, cli, in-process, bundle, demo, summary, hostile, hosts:
 * `node scripts/bench.js --only core` needs only `npm run build`). Options: --forms N (default 10000),
 * --sheets N (default 500), --runs N (default 3), --summary-files N (default 1000), --no-bundle
 * (skip part 4), --no-demo (skip part 5), --no-summary (skip part 6), --strict (exit 1 when a
 * target is missed).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'bench', 'output');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}
const FORMS = option('--forms', 10000);
const SHEETS = option('--sheets', 500);
const RUNS = option('--runs', 3);
const STRICT = process.argv.includes('--strict');
const BUNDLE = !process.argv.includes('--no-bundle');
const DEMO = !process.argv.includes('--no-demo');
const SUMMARY = !process.argv.includes('--no-summary');
const SUMMARY_FILES = option('--summary-files', 1000);

/** The parts, in the order a full run measures them; `--only core,demo` runs those alone. */
const PARTS = ['core', 'cli', 'in-process', 'bundle', 'demo', 'summary', 'hostile', 'hosts'];
const ONLY = (() => {
  const i = process.argv.indexOf('--only');
  if (i < 0) return null;
  const names = (process.argv[i + 1] || '').split(',').filter(Boolean);
  const unknown = names.filter((n) => !PARTS.includes(n));
  if (names.length === 0 || unknown.length > 0) {
    process.stderr.write(`bench: --only takes one or more of ${PARTS.join(', ')} (comma-separated)${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}\n`);
    process.exit(2);
  }
  return new Set(names);
})();
const runs = (part) => (ONLY ? ONLY.has(part) : { bundle: BUNDLE, demo: DEMO, summary: SUMMARY }[part] ?? true);

function requireBuilt(rel) {
  const file = path.join(ROOT, 'dist', rel);
  if (!fs.existsSync(file)) {
    process.stderr.write(`bench: ${path.relative(ROOT, file)} is missing; run \`npm run build\` first (npm run bench does).\n`);
    process.exit(2);
  }
  return require(file);
}

const { evaluateWorkbook, evaluateForm, defaultOptions } = requireBuilt('core/evaluate.js');
const { locateForms } = requireBuilt('core/locate/locate.js');
const { readWorkbook, isReadError } = requireBuilt('xlsx/read/index.js');
const ExcelJS = require('exceljs');
const { syntheticGrids, syntheticWorkbook } = require('./bench/synthetic');

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

/** A full GC before each timed run, so that one run does not pay for the garbage of another. */
const gc = (() => {
  if (typeof global.gc === 'function') return global.gc;
  require('v8').setFlagsFromString('--expose-gc');
  return require('vm').runInNewContext('gc');
})();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round1 = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);
const log = (msg) => process.stderr.write(`bench: ${msg}\n`);

const results = [];
function record(r) {
  results.push({ baselineMs: null, ratio: null, target: null, pass: null, note: '', ...r });
}
/** A time in ms, or for size lines (unit 'KB') a size, for the table's value columns. */
const cell = (r, key) => {
  if (r.unit === 'calls') {
    const v = key === 'ms' ? r.calls : r.baselineCalls;
    return v === null || v === undefined ? '—' : `${v} calls`;
  }
  if (r.unit === 'KB') {
    const v = key === 'ms' ? r.kb : r.baselineKb;
    return v === null || v === undefined ? '—' : `${v.toFixed(1)} KB`;
  }
  return r[key] === null ? '—' : String(Math.round(r[key]));
};

// ----------------------------------------------------------------------------------------------
// 1. The core over 10 000 synthetic forms.

function benchCore() {
  log(`generating ${FORMS} synthetic forms × 20 indicators …`);
  const grids = syntheticGrids(FORMS, { indicators: 20 });
  const warm = evaluateWorkbook(grids);
  if (warm.forms.length !== FORMS) throw new Error(`expected ${FORMS} forms, the engine found ${warm.forms.length}`);
  const indicators = warm.forms.reduce((n, f) => n + f.indicators.length, 0);
  const errors = warm.findings.filter((f) => f.severity === 'error').length;
  log(`warm-up: ${warm.forms.length} forms, ${indicators} indicators, ${warm.findings.length} findings (${errors} errors), ${warm.plan.entries.length} planned writes`);

  // The issue's target is the evaluation of the forms; locating them is reported beside it.
  const forms = grids.map((g) => locateForms(g).forms[0]);
  const options = defaultOptions();
  const evalTimes = [];
  const wholeTimes = [];
  const locateTimes = [];
  for (let i = 0; i < RUNS; i++) {
    gc();
    let t = nowMs();
    const evaluated = forms.map((f) => evaluateForm(f, options));
    evalTimes.push(nowMs() - t);
    if (evaluated.length !== FORMS) throw new Error('form count changed between runs');
    gc();
    t = nowMs();
    const ev = evaluateWorkbook(grids);
    wholeTimes.push(nowMs() - t);
    if (ev.forms.length !== FORMS) throw new Error('form count changed between runs');
    gc();
    t = nowMs();
    let found = 0;
    for (const g of grids) found += locateForms(g).forms.length;
    locateTimes.push(nowMs() - t);
    if (found !== FORMS) throw new Error('locateForms lost forms');
  }
  const runs = (xs) => xs.map((x) => Math.round(x)).join('/');
  const ms = median(evalTimes);
  record({
    what: `core: evaluate ${FORMS} located forms × 20 indicators (R1–R14, findings, write plan)`,
    ms,
    target: '≤ 500 ms',
    pass: ms <= 500,
    note: `runs ${runs(evalTimes)} ms; ${((ms * 1000) / FORMS).toFixed(1)} µs per form`,
    runs: evalTimes,
  });
  record({
    what: `core: locate + evaluate (evaluateWorkbook over ${FORMS} Grids)`,
    ms: median(wholeTimes),
    note: `runs ${runs(wholeTimes)} ms; ${((median(wholeTimes) * 1000) / FORMS).toFixed(1)} µs per form`,
    runs: wholeTimes,
  });
  record({
    what: `core: locateForms only, ${FORMS} Grids`,
    ms: median(locateTimes),
    note: `runs ${runs(locateTimes)} ms (part of the line above)`,
    runs: locateTimes,
  });
}

// ----------------------------------------------------------------------------------------------
// 2. The CLI on a 500-form workbook, against a bare ExcelJS load, as child processes.

async function writeWorkbook() {
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `bench-${SHEETS}.xlsx`);
  log(`writing ${path.relative(ROOT, file)} (${SHEETS} sheets, one form each) …`);
  const t = nowMs();
  await syntheticWorkbook(ExcelJS, SHEETS, { indicators: 20 }).xlsx.writeFile(file);
  log(`written in ${Math.round(nowMs() - t)} ms, ${(fs.statSync(file).size / 1024).toFixed(0)} KiB`);
  return file;
}

function runChild(args, stdout) {
  const t = nowMs();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', stdout, 'pipe'], maxBuffer: 1 << 30 });
  return { ms: nowMs() - t, status: r.status, stderr: r.stderr ? r.stderr.toString() : '' };
}

/** One probe run with stdout captured: is the output one JSON report with all the forms? */
function probeCli(file) {
  const r = spawnSync(process.execPath, ['bin/jixiao.js', 'check', file, '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const firstLine = (s) => (s || '').trim().split('\n')[0].slice(0, 120);
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    return { ready: false, why: `CLI not ready: no JSON on stdout (exit ${r.status}; ${firstLine(r.stderr) || firstLine(r.stdout) || 'no output'})` };
  }
  const forms = Array.isArray(report && report.files) ? report.files.reduce((n, f) => n + (Array.isArray(f.forms) ? f.forms.length : 0), 0) : -1;
  if (forms !== SHEETS) return { ready: false, why: `CLI not ready: the JSON report lists ${forms} forms, expected ${SHEETS} (exit ${r.status})` };
  if (r.status !== 0 && r.status !== 1) return { ready: false, why: `CLI not ready: exit ${r.status}` };
  return { ready: true };
}

function benchCli(file) {
  const what = `CLI: jixiao check --json, ${SHEETS}-form workbook (child process)`;
  log('probing the CLI …');
  const probe = probeCli(file);
  if (!probe.ready) {
    log(probe.why);
    record({ what, ms: null, target: '≤ 1.30×', note: probe.why });
    return;
  }
  const devnull = fs.openSync(os.devNull, 'w');
  try {
    runChild(['scripts/bench/load-only.js', file], devnull); // warm-up (the probe warmed the CLI)
    const cli = [];
    const base = [];
    for (let i = 0; i < RUNS; i++) {
      const b = runChild(['scripts/bench/load-only.js', file], devnull);
      if (b.status !== 0) throw new Error(`baseline load failed: ${b.stderr}`);
      base.push(b.ms);
      const c = runChild(['bin/jixiao.js', 'check', file, '--json'], devnull);
      if (c.status !== 0 && c.status !== 1) throw new Error(`jixiao check exited ${c.status}: ${c.stderr.slice(0, 500)}`);
      cli.push(c.ms);
      log(`  run ${i + 1}: baseline ${Math.round(b.ms)} ms, CLI ${Math.round(c.ms)} ms`);
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
      note: `baseline: child process doing only new ExcelJS.Workbook().xlsx.readFile; CLI runs ${cli.map(Math.round).join('/')}, baseline runs ${base.map(Math.round).join('/')} ms`,
      runs: cli,
      baselineRuns: base,
    });
  } finally {
    fs.closeSync(devnull);
  }
}

// ----------------------------------------------------------------------------------------------
// 3. In-process: the lean read + evaluate against ExcelJS's bare load.

/**
 * Runs in a fresh child process (`--in-process-child FILE`), so that the 10 000 grids of part 1
 * do not weigh on its heap; both sides are measured in that one process, alternating.
 */
async function inProcessChild(file) {
  const bytes = fs.readFileSync(file);
  const load = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    return wb;
  };
  const lean = async () => {
    const grids = await readWorkbook(bytes);
    if (isReadError(grids)) throw new Error(`in-process: the reader refused the file (${grids.code})`);
    return grids;
  };
  const check = (ev) => {
    if (ev.forms.length !== SHEETS) throw new Error(`in-process: ${ev.forms.length} forms, expected ${SHEETS}`);
  };
  await load(); // warm-up, both paths
  check(evaluateWorkbook(await lean()));
  const base = [];
  const all = [];
  const gridsAndEval = [];
  for (let i = 0; i < RUNS; i++) {
    gc();
    let t = nowMs();
    await load();
    base.push(nowMs() - t);
    gc();
    t = nowMs();
    const grids = await lean();
    const t1 = nowMs();
    check(evaluateWorkbook(grids));
    const t2 = nowMs();
    all.push(t2 - t);
    gridsAndEval.push(t2 - t1);
  }
  process.stdout.write(JSON.stringify({ base, all, gridsAndEval }) + '\n');
}

function benchInProcess(file) {
  log('in-process (a fresh node process): warm-up, then alternating runs …');
  const r = spawnSync(process.execPath, [__filename, '--in-process-child', file, '--sheets', String(SHEETS), '--runs', String(RUNS)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`in-process child failed (exit ${r.status}): ${r.stderr}`);
  const { base, all, gridsAndEval } = JSON.parse(r.stdout);
  base.forEach((b, i) => log(`  run ${i + 1}: ExcelJS load ${Math.round(b)} ms, lean read + evaluate ${Math.round(all[i])} ms`));
  const ms = median(all);
  const baselineMs = median(base);
  record({
    what: `in-process: lean read (src/xlsx/read) + evaluateWorkbook, ${SHEETS} forms`,
    ms,
    baselineMs,
    ratio: ms / baselineMs,
    note: `baseline: bare ExcelJS load of the same bytes in the same process; evaluateWorkbook alone: median ${Math.round(median(gridsAndEval))} ms; runs ${all.map(Math.round).join('/')} vs ${base.map(Math.round).join('/')} ms`,
    runs: all,
    baselineRuns: base,
  });
}

// ----------------------------------------------------------------------------------------------

function printTable() {
  const rows = results.map((r) => [
    r.what,
    cell(r, 'ms'),
    cell(r, 'baselineMs'),
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    r.target === null ? '—' : r.target,
    r.pass === null ? (r.target ? 'n/a' : 'info') : r.pass ? 'PASS' : 'FAIL',
  ]);
  const head = ['what', 'time (ms)', 'baseline (ms)', 'ratio', 'target', 'result'];
  // CJK characters take two columns in a terminal.
  const width = require('string-width');
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c + ' '.repeat(widths[i] - width(c)) : ' '.repeat(widths[i] - width(c)) + c)).join(' | ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)];
  for (const r of results) if (r.note) out.push(`  · ${r.what.split(',')[0]}: ${r.note}`);
  process.stdout.write(`\n${out.join('\n')}\n`);
}

async function main() {
  const started = nowMs();
  if (runs('core')) benchCore();
  if (runs('cli') || runs('in-process')) {
    const file = await writeWorkbook();
    if (runs('cli')) benchCli(file);
    if (runs('in-process')) benchInProcess(file);
  }
  if (runs('bundle')) await require('./bench-bundle').benchBundle(record, log);
  if (runs('demo')) await require('./bench-demo').benchDemo({ record, log });
  if (runs('summary')) await require('./bench-summary').benchSummary({ record, log, files: SUMMARY_FILES, runs: RUNS });
  if (runs('hostile')) await require('./bench-hostile').benchHostile({ record, log, runs: RUNS });
  if (runs('hosts')) await require('./bench-hosts').benchHosts({ record, log });
  printTable();
  const doc = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: (os.cpus()[0] || {}).model || null,
    forms: FORMS,
    sheets: SHEETS,
    summaryFiles: SUMMARY ? SUMMARY_FILES : null,
    runs: RUNS,
    parts: PARTS.filter(runs),
    totalSeconds: round1((nowMs() - started) / 1000),
    results: results.map((r) => ({
      ...r,
      ms: round1(r.ms),
      baselineMs: round1(r.baselineMs),
      ratio: r.ratio === null ? null : Math.round(r.ratio * 1000) / 1000,
      ...(r.unit === 'KB' ? { kb: round1(r.kb), baselineKb: round1(r.baselineKb), buildMs: Math.round(r.buildMs), baselineBuildMs: Math.round(r.baselineBuildMs) } : {}),
    })),
  };
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(doc, null, 2) + '\n');
  log(`results written to ${path.relative(ROOT, path.join(OUT, 'results.json'))} (${doc.totalSeconds} s in all)`);
  if (STRICT && results.some((r) => r.pass === false)) process.exitCode = 1;
}

const childAt = process.argv.indexOf('--in-process-child');
(childAt >= 0 ? inProcessChild(process.argv[childAt + 1]) : main()).catch((err) => {
  process.stderr.write(`bench: ${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 2;
});
