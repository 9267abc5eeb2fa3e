#!/usr/bin/env node
'use strict';
/**
 * Long fuzz runs (issue 10): the harness of test/fuzz/ through jest (ts-jest compiles it; the
 * build compiles src/ only), with FUZZ_* variables instead of the short run's defaults.
 *
 *   npm run fuzz -- --runs N [--seed S] [--minutes M] [--jobs J] [--shrink] [--path P]
 *
 * Prints the number of cases, the seed, the time and the crashes; exit code 1 on any broken
 * property, with the command that replays it (--seed S --path P --runs 1 --shrink) and the
 * package it was, saved under out/fuzz/. By default a run goes on after a failure and counts
 * them by property; --shrink stops at the first and lets fast-check shrink it to a minimal case.
 * --jobs J runs J processes side by side (seeds S, S+1, …; the runs split between them).
 */
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parseArgs } = require('util');

const ROOT = path.resolve(__dirname, '..');
const USAGE = 'usage: npm run fuzz -- --runs N [--seed S] [--minutes M] [--jobs J] [--shrink] [--path P]';

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '10000' },
      seed: { type: 'string' },
      minutes: { type: 'string' },
      jobs: { type: 'string', default: '1' },
      shrink: { type: 'boolean', default: false },
      path: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const int = (name, v) => {
    if (!/^\d+$/.test(v)) {
      console.error(`fuzz: --${name} takes a whole number\n${USAGE}`);
      process.exit(2);
    }
    return Number(v);
  };
  return {
    runs: int('runs', values.runs),
    // a fresh seed unless given: printed, so that any run can be replayed
    seed: values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : int('seed', values.seed),
    minutes: values.minutes === undefined ? undefined : Number(values.minutes),
    jobs: Math.max(1, int('jobs', values.jobs)),
    shrink: values.shrink,
    path: values.path,
  };
}

/** One jest process over test/fuzz/fuzz.test.ts; resolves with its summary (or null) and its output. */
function job(o, seed, runs, index) {
  const report = path.join(os.tmpdir(), `jixiao-fuzz-${process.pid}-${index}.json`);
  const env = { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed), FUZZ_REPORT: report, FUZZ_KEEP_GOING: o.shrink ? '0' : '1' };
  if (o.minutes !== undefined) env.FUZZ_TIME_LIMIT = String(Math.round(o.minutes * 60_000));
  if (o.path) env.FUZZ_PATH = o.path;
  const jest = path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
  const child = spawn(process.execPath, [jest, '--runInBand', '--ci', 'test/fuzz/fuzz.test.ts'], { cwd: ROOT, env });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      let summary = null;
      try {
        summary = JSON.parse(fs.readFileSync(report, 'utf8'));
        fs.rmSync(report, { force: true });
      } catch {
        /* no report: jest failed before the run ended (a compile error…); its output says why */
      }
      resolve({ code, summary, output });
    }),
  );
}

async function main() {
  const o = options();
  const started = Date.now();
  const share = (i) => Math.floor(o.runs / o.jobs) + (i < o.runs % o.jobs ? 1 : 0);
  console.log(`fuzz: ${o.runs} cases, seed ${o.seed}${o.jobs > 1 ? ` (jobs ${o.jobs}: seeds ${o.seed}–${o.seed + o.jobs - 1})` : ''}${o.minutes ? `, at most ${o.minutes} min` : ''}…`);
  const results = await Promise.all(Array.from({ length: o.jobs }, (_, i) => job(o, o.seed + i, share(i), i)));
  let cases = 0;
  let crashes = 0;
  let failed = false;
  for (const r of results) {
    if (!r.summary) {
      failed = true;
      console.error(r.output.slice(-4000));
      continue;
    }
    cases += r.summary.cases;
    crashes += r.summary.crashes;
    console.log(r.summary.text);
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`fuzz total: ${cases} cases, seed ${o.seed}, ${seconds.toFixed(1)} s (${(cases / seconds).toFixed(1)} cases/s), crashes ${crashes}`);
  process.exit(failed || crashes > 0 ? 1 : 0);
}

main();
