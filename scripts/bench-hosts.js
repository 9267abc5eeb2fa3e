'use strict';
/**
 * Bench part 8, `hosts` (issue 12): the host calls of a whole-workbook recalculation (read →
 * evaluate → apply) on the bundled example and a 200-form workbook — WPS object-model calls
 * counted on the fake ET, beside the Office.js syncs counted on the office-addin-mock Excel.
 * Counts, not times. The counting runs in jest (scripts/bench/hostCalls.bench.ts, config
 * jest.bench.config.js) because it drives the TypeScript fakes of test/.
 * Target: calls ≤ 8 per sheet read + 1 per written run of cells (the line's "baseline" column is
 * that budget, the ratio calls ÷ budget).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');

function countCalls(log) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-hosts-')), 'hosts.json');
  log('counting host calls (jest -c jest.bench.config.js) …');
  const r = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '-c', 'jest.bench.config.js', '--silent'], {
    cwd: ROOT,
    env: { ...process.env, BENCH_HOSTS_OUT: out },
    encoding: 'utf8',
  });
  if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`bench hosts: the counting run failed\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

async function benchHosts({ record, log }) {
  const doc = countCalls(log);
  for (const row of doc.rows) {
    const calls = row.readCalls + row.applyCalls;
    record({
      what: `hosts: WPS calls, recalculation of the ${row.name}`,
      unit: 'calls',
      calls,
      baselineCalls: row.budget,
      ms: null,
      ratio: calls / row.budget,
      target: `≤ ${doc.targetPerSheet}/sheet + ${doc.targetPerRun}/run`,
      pass: calls <= row.budget,
      note: `${row.sheets} sheets, ${row.entries} cells in ${row.runs} runs: read ${row.readCalls} calls (${((row.readCalls - 4) / row.sheets).toFixed(2)} per sheet + 4), apply ${row.applyCalls} (${row.applyCalls - 3 - 2 * row.runs} for the sheets written + 2 per run + 3); Office.js on the same workbook: ${row.office.readSyncs} read sync + ${row.office.applySyncs} write sync`,
    });
  }
}

module.exports = { benchHosts };
