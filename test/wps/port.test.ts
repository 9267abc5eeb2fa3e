/** The WPS port over the local ET stand-in (./stubEt.ts): results and object-model call counts. */
import * as fs from 'fs';
import * as path from 'path';
import { evaluateWorkbook, Grid } from '../../src/core';
import { HostError } from '../../src/core/hostError';
import type { PlanEntry, WritePlan } from '../../src/core/writePlan';
import { isReadError, readWorkbook } from '../../src/xlsx/read';
import { STORE_SHEET } from '../../src/wps/context';
import { OwnWrites } from '../../src/wps/events';
import { createWpsWorkbook } from '../../src/wps/wpsWorkbook';
import { buildForm, gridOf } from '../support/buildForm';
import { antingSpec } from '../taskpane/forms';
import { stubEt } from './stubEt';

async function fixtureGrids(): Promise<Grid[]> {
  const grids = await readWorkbook(new Uint8Array(fs.readFileSync(path.resolve(__dirname, '../../assets/anting-2024.xlsx'))));
  if (isReadError(grids)) throw new Error(grids.code);
  return grids;
}

const formsWorkbook = (n: number) => Array.from({ length: n }, (_, i) => gridOf(`表${i + 1}`, [{ form: buildForm(antingSpec()) }]));
const plan = (...entries: PlanEntry[]): WritePlan => ({ entries, skippedSheets: [] });
const entry = (sheet: string, cell: string, before: PlanEntry['before'], text: string, type: 'number' | 'text' = 'number'): PlanEntry => ({ sheet, cell, kind: 'rate', before, after: { type, text } as PlanEntry['after'] });

describe('read', () => {
  it('the bundled example: ≤ 8 calls per sheet + 3, the Grids as the xlsx reader gives them', async () => {
    const grids = await fixtureGrids();
    const et = stubEt(grids);
    const port = createWpsWorkbook({ app: et.app });
    const read = await port.read();
    expect(et.calls.n).toBeLessThanOrEqual(3 + 8 * grids.length);
    expect(read.map((g) => g.sheet)).toEqual(grids.map((g) => g.sheet));
    const ev = (gs: Grid[]) => evaluateWorkbook(gs).plan.entries.map((e) => [e.sheet, e.cell, e.after.text]);
    expect(ev(read)).toEqual(ev(grids));
    expect(read[0].merges.sort()).toEqual([...grids[0].merges].sort());
    expect(port.capabilities()).toMatchObject({ host: 'wps', mergedAreas: true });
  });

  it('200 forms: read → evaluate → apply costs ≤ 8 per sheet, Item per written sheet, 2 per run (Range + Value2)', async () => {
    const grids = formsWorkbook(200);
    const et = stubEt(grids);
    const port = createWpsWorkbook({ app: et.app });
    const read = await port.read();
    const readCalls = et.calls.n;
    expect(readCalls).toBe(3 + 8 * 200);
    const p = evaluateWorkbook(read).plan;
    expect(p.entries.length).toBeGreaterThan(0);
    et.calls.n = 0;
    const r = await port.apply(p);
    expect(r.skipped).toEqual([]);
    expect(r.written).toHaveLength(p.entries.length);
    const sheets = new Set(p.entries.map((e) => e.sheet)).size;
    const ranges = et.calls.log.filter((x) => x === 'Range').length;
    expect(et.calls.n).toBe(2 + sheets + 2 * ranges);
    expect(ranges).toBeLessThan(p.entries.length); // runs, not cells
    expect(evaluateWorkbook(await port.read()).plan.entries).toEqual([]); // written right: nothing left
  });

  it('skips the add-in sheet after its name; Value(11) missing → NumberFormat, no merges', async () => {
    const grids = [...formsWorkbook(2), { sheet: STORE_SHEET, origin: 'A1', values: [['x']], merges: [] }];
    const et = stubEt(grids, { xml: false });
    const port = createWpsWorkbook({ app: et.app });
    const read = await port.read();
    expect(read.map((g) => g.sheet)).toEqual(['表1', '表2']);
    expect(et.calls.n).toBe(3 + 9 + 8 + 2); // the first sheet tries Value(11) once
    expect(read[1].merges).toEqual([]);
    expect(port.capabilities().mergedAreas).toBe(false);
  });
});

describe('readSheet / readRange', () => {
  it('readRange covers the range whole, 8 calls; a missing sheet → sheetDeleted', async () => {
    const et = stubEt(formsWorkbook(1));
    const port = createWpsWorkbook({ app: et.app });
    const g = await port.readRange('表1', 'A1:J40');
    expect(et.calls.n).toBe(8);
    expect(g.origin).toBe('A1');
    expect(g.values).toHaveLength(40);
    expect(g.values.every((r) => r.length === 10)).toBe(true);
    expect(g.merges).toContain('A1:I1');
    await expect(port.readRange('gone', 'A1')).rejects.toMatchObject({ code: 'sheetDeleted' });
    await expect(port.readSheet('gone')).rejects.toMatchObject({ code: 'sheetDeleted' });
    await expect(port.readRange('表1', 'not a range')).rejects.toBeInstanceOf(HostError);
  });
});

describe('apply', () => {
  it('text stays text, numbers as numbers; a protected sheet is refused whole', async () => {
    const grids = formsWorkbook(2);
    grids[1].protected = true;
    const et = stubEt(grids);
    const port = createWpsWorkbook({ app: et.app });
    await port.read();
    const r = await port.apply(plan(entry('表1', 'J1', null, '=1+1', 'text'), entry('表1', 'J2', null, '12.5'), entry('表2', 'J1', null, '1')));
    expect(r.written.map((e) => e.cell)).toEqual(['J1', 'J2']);
    expect(r.skipped).toEqual([{ entry: expect.objectContaining({ sheet: '表2' }), reason: 'protected' }]);
    expect(et.sheets[0].cells.get('J1')).toMatchObject({ v: '=1+1' });
    expect(et.sheets[0].cells.get('J1')?.f).toBeUndefined();
    expect(et.sheets[0].cells.get('J2')).toMatchObject({ v: 12.5 });
  });

  it('never over a formula; a cell the user edited since is changedMeanwhile; own writes are no edits', async () => {
    const et = stubEt([{ sheet: 'S', origin: 'A1', values: [[1, 2]], formulas: [[null, '=A1*2']], merges: [] }]);
    const port = createWpsWorkbook({ app: et.app });
    const edits: string[] = [];
    const off = await port.onEdit((e) => edits.push(`${e.sheet}!${e.address}`));
    await port.read();
    expect((await port.apply(plan(entry('S', 'B1', 2, '3')))).skipped[0].reason).toBe('formula');
    expect((await port.apply(plan(entry('S', 'A1', 1, '5')))).written).toHaveLength(1);
    expect(edits).toEqual([]); // the add-in's own write, reported synchronously
    et.userEdit('S', 'A1', 7);
    expect(edits).toEqual(['S!A1']);
    expect((await port.apply(plan(entry('S', 'A1', 5, '6')))).skipped[0].reason).toBe('changedMeanwhile');
    await port.readRange('S', 'A1');
    expect((await port.apply(plan(entry('S', 'A1', 7, '6')))).written).toHaveLength(1);
    off();
    expect(et.listeners).toHaveLength(0);
  });

  it('a throw mid-write → HostError protected with the attempted entries', async () => {
    const et = stubEt([{ sheet: 'S', origin: 'A1', values: [[1, null, 3]], merges: [] }]);
    const port = createWpsWorkbook({ app: et.app });
    await port.read();
    et.sheets[0].protect = true; // protected after the read
    const err = await port.apply(plan(entry('S', 'A1', 1, '2'), entry('S', 'C1', 3, '4'))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('protected');
    expect((err as HostError).attempted?.map((e) => e.cell)).toEqual(['A1']);
  });

  it('late SheetChange events of own writes are dropped until the ttl', async () => {
    let now = 0;
    const et = stubEt([{ sheet: 'S', origin: 'A1', values: [[1]], merges: [] }]);
    const port = createWpsWorkbook({ app: et.app, ownWrites: new OwnWrites(5000, () => now) });
    const edits: string[] = [];
    await port.onEdit((e) => edits.push(e.address));
    await port.read();
    const [listener] = et.listeners;
    et.listeners.length = 0; // WPS delivers the event later, not during the write
    const at = (a: string) => ({ Address: () => a });
    await port.apply(plan(entry('S', 'A1', 1, '2')));
    listener({ Name: 'S' }, at('A1'));
    expect(edits).toEqual([]);
    listener({ Name: 'S' }, at('A1')); // its event came: forgotten, this one is the user's
    expect(edits).toEqual(['A1']);
    await port.readRange('S', 'A1');
    await port.apply(plan(entry('S', 'A1', 2, '3')));
    now = 6000; // no event within the ttl
    listener({ Name: 'S' }, at('A1'));
    expect(edits).toEqual(['A1', 'A1']);
  });
});

describe('select', () => {
  it('activates, selects and scrolls column A into view; missing sheet → sheetDeleted', async () => {
    const et = stubEt(formsWorkbook(1));
    const port = createWpsWorkbook({ app: et.app });
    await port.select('表1', 'H20');
    expect(et.window).toEqual({ row: 17, col: 1 });
    expect(et.calls.n).toBe(9);
    await port.select('表1', 'B2');
    expect(et.window.row).toBe(1);
    await expect(port.select('gone', 'A1')).rejects.toMatchObject({ code: 'sheetDeleted' });
  });
});
