/**
 * Bench part `hosts` (scripts/bench-hosts.js runs this file with jest.bench.config.js): the
 * host calls of a whole-workbook recalculation (read → evaluate → apply) on the bundled example
 * and a 200-form workbook — WPS object-model calls counted by the fake ET (every property get/set
 * and method call), Office.js `context.sync()`s counted by the office-addin-mock Excel. Counts,
 * not times: the same on every machine. Writes JSON to $BENCH_HOSTS_OUT.
 */
import * as fs from 'fs';
import * as path from 'path';
import { evaluateWorkbook, type Grid } from '../../src/core';
import { createOfficeWorkbook } from '../../src/excel/officeWorkbook';
import { groupRuns } from '../../src/wps/runs';
import { createWpsWorkbook } from '../../src/wps/wpsWorkbook';
import { isReadError, readWorkbook } from '../../src/xlsx/read';
import { FakeExcel, specFromGrid } from '../../test/excel/fakeExcel';
import { buildForm, gridOf } from '../../test/support/buildForm';
import { antingSpec } from '../../test/taskpane/forms';
import { createFakeEt } from '../../test/wps/fakeEt';

const TARGET_PER_SHEET = 8;
const TARGET_PER_RUN = 1;

async function wps(grids: Grid[]) {
  const fake = createFakeEt(grids);
  const port = createWpsWorkbook({ app: fake.app });
  fake.calls.reset();
  const read = await port.read();
  const readCalls = fake.calls.total;
  const ev = evaluateWorkbook(read);
  fake.calls.reset();
  await port.apply(ev.plan);
  const applyCalls = fake.calls.total;
  const sheets = [...new Set(ev.plan.entries.map((e) => e.sheet))];
  const runs = sheets.reduce((n, s) => n + groupRuns(ev.plan.entries.filter((e) => e.sheet === s).map((e) => ({ cell: e.cell, value: e }))).length, 0);
  return { sheets: read.length, entries: ev.plan.entries.length, runs, readCalls, applyCalls };
}

async function office(grids: Grid[]) {
  const fake = new FakeExcel(grids.map((g) => specFromGrid(g)), { apiMinor: 14 });
  const port = createOfficeWorkbook({ host: fake.host });
  await port.read(); // the background sheet list settles first (as in the pane)
  const before = fake.syncs;
  const ev = evaluateWorkbook(await port.read());
  const readSyncs = fake.syncs - before;
  await port.apply(ev.plan);
  return { readSyncs, applySyncs: fake.syncs - before - readSyncs };
}

test('host calls of a whole-workbook recalculation', async () => {
  const example = await readWorkbook(new Uint8Array(fs.readFileSync(path.resolve(__dirname, '../../assets/anting-2024.xlsx'))));
  if (isReadError(example)) throw new Error(example.code);
  const workbooks: [string, Grid[]][] = [
    ['bundled example', example],
    ['200 forms', Array.from({ length: 200 }, (_, i) => gridOf(`表${i + 1}`, [{ form: buildForm(antingSpec()) }]))],
  ];
  const rows = [];
  for (const [name, grids] of workbooks) {
    const w = await wps(grids);
    const o = await office(grids);
    const budget = TARGET_PER_SHEET * w.sheets + TARGET_PER_RUN * w.runs;
    rows.push({ name, ...w, total: w.readCalls + w.applyCalls, budget, office: o });
  }
  const out = process.env.BENCH_HOSTS_OUT;
  if (out) fs.writeFileSync(out, JSON.stringify({ targetPerSheet: TARGET_PER_SHEET, targetPerRun: TARGET_PER_RUN, rows }, null, 2));
  expect(rows).toHaveLength(2);
});
