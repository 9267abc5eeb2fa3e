/** The WPS port over the fake ET (test/wps/fakeEt): results, and object-model call counts. */
import * as fs from 'fs';
import * as path from 'path';
import { evaluateWorkbook, Grid, parseA1, parseRange } from '../../src/core';
import { HostError } from '../../src/core/hostError';
import { isReadError, readWorkbook } from '../../src/xlsx/read';
import { STORE_SHEET } from '../../src/wps/context';
import { formsWorkbook, open } from './portHelpers';

async function exampleGrids(): Promise<Grid[]> {
  const grids = await readWorkbook(new Uint8Array(fs.readFileSync(path.resolve(__dirname, '../../assets/anting-2024.xlsx'))));
  if (isReadError(grids)) throw new Error(grids.code);
  return grids;
}

const sorted = (a: string[]) => [...a].sort();
const plannedCells = (gs: Grid[]) => evaluateWorkbook(gs).plan.entries.map((e) => [e.sheet, e.cell, e.after.text]);

describe('read', () => {
  it('the bundled example: 4 + 8 per sheet; the same Grids (so the same plan) as the xlsx reader', async () => {
    const grids = await exampleGrids();
    const { port, calls } = open(grids);
    const read = await port.read();
    expect(calls.total).toBe(4 + 8 * grids.length);
    expect(read.map((g) => g.sheet)).toEqual(grids.map((g) => g.sheet));
    expect(plannedCells(read)).toEqual(plannedCells(grids));
    read.forEach((g, i) => expect(sorted(g.merges)).toEqual(sorted(grids[i].merges)));
    expect(port.capabilities()).toMatchObject({ host: 'wps', mergedAreas: true });
  });

  it('200 forms: read → evaluate → apply = 8 per sheet + Item per written sheet + Range and Value2 per run', async () => {
    const { port, calls } = open(formsWorkbook(200));
    const read = await port.read();
    expect(calls.total).toBe(4 + 8 * 200);
    const p = evaluateWorkbook(read).plan;
    expect(p.entries.length).toBeGreaterThan(200);
    calls.reset();
    const r = await port.apply(p);
    expect(r.skipped).toEqual([]);
    expect(r.written).toHaveLength(p.entries.length);
    const runs = calls.by['Worksheet.Range'];
    expect(calls.by['Range.Value2.set']).toBe(runs);
    expect(calls.total).toBe(3 + 200 + 2 * runs);
    expect(runs).toBeLessThan(p.entries.length);
    expect(evaluateWorkbook(await port.read()).plan.entries).toEqual([]); // written right: nothing left to write
  });

  it('skips the add-in sheet after its name; without Value(11): NumberFormat, no merges', async () => {
    const grids = [...formsWorkbook(2), { sheet: STORE_SHEET, origin: 'A1', values: [['x']], merges: [] }];
    const { port, calls } = open(grids, { xml: false });
    const read = await port.read();
    expect(read.map((g) => g.sheet)).toEqual(['表1', '表2']);
    expect(calls.total).toBe(4 + 9 + 8 + 2); // the first sheet tries Value(11) once
    expect(calls.by['Range.Value']).toBe(1);
    expect(read[1].merges).toEqual([]);
    expect(port.capabilities().mergedAreas).toBe(false);
  });

  it("blanks given as '' read as blanks; errors as errors; formulas", async () => {
    const grids: Grid[] = [{ sheet: 'S', origin: 'B2', values: [[1, { error: '#DIV/0!' }, null, '=x']], formulas: [[null, '=1/0', null, null]], merges: [] }];
    const { port } = open(grids, { blank: '' });
    const [g] = await port.read();
    expect(g).toMatchObject({ origin: 'B2', values: [[1, { error: '#DIV/0!' }, null, '=x']], formulas: [[null, '=1/0', null, null]] });
  });

  it('no workbook open → notInExcel', async () => {
    const { port } = open(formsWorkbook(1), { workbook: false });
    await expect(port.read()).rejects.toMatchObject({ code: 'notInExcel' });
  });
});

describe('readSheet / readRange', () => {
  it('readRange: 10 calls, the range whole, merges in it; missing sheet → sheetDeleted', async () => {
    const { port, calls } = open(formsWorkbook(1));
    const g = await port.readRange('表1', 'A1:J40');
    expect(calls.total).toBe(10);
    expect(g.origin).toBe('A1');
    expect(g.values).toHaveLength(40);
    expect(g.values.every((r) => r.length === 10)).toBe(true);
    expect(g.merges).toContain('A1:I1');
    await expect(port.readRange('gone', 'A1')).rejects.toMatchObject({ code: 'sheetDeleted' });
    await expect(port.readSheet('gone')).rejects.toMatchObject({ code: 'sheetDeleted' });
    await expect(port.readRange('表1', 'not a range')).rejects.toBeInstanceOf(HostError);
  });

  it('readRange at an offset: the same values, number formats and (whole) merges as the full read there', async () => {
    const grids = await exampleGrids();
    const sheet = '安亭城运日常运行费用';
    const { port } = open(grids);
    const full = (await port.read()).find((g) => g.sheet === sheet)!;
    const part = await port.readRange(sheet, 'B6:H14'); // cuts through the merges of column A and row 5
    const at = (g: typeof full, layer: 'values' | 'numberFormats', r: number, c: number) => {
      const o = parseA1(g.origin);
      return g[layer]?.[r - o.row]?.[c - o.col] ?? null;
    };
    for (let r = 5; r <= 13; r++) {
      for (let c = 1; c <= 7; c++) {
        expect([r, c, at(part, 'values', r, c), at(part, 'numberFormats', r, c)]).toEqual([r, c, at(full, 'values', r, c), at(full, 'numberFormats', r, c)]);
      }
    }
    expect(part.numberFormats?.flat().some((f) => f !== null)).toBe(true);
    const touching = full.merges.filter((m) => {
      const x = parseRange(m);
      return x.bottom >= 5 && x.top <= 13 && x.right >= 1 && x.left <= 7;
    });
    expect(touching.length).toBeGreaterThan(0);
    expect(sorted(part.merges)).toEqual(sorted(touching));
  });

  it('readSheet: 10 calls (3 to find the sheet, then as read)', async () => {
    const { port, calls } = open(formsWorkbook(2));
    const g = await port.readSheet('表2');
    expect(g.sheet).toBe('表2');
    expect(calls.total).toBe(2 + 8);
  });
});

describe('select', () => {
  it('activates, selects, scrolls column A into view: 9 calls; missing sheet → sheetDeleted', async () => {
    const { port, calls, book } = open(formsWorkbook(2));
    await port.select('表2', 'H20');
    expect(calls.total).toBe(9);
    expect(book.selection()).toEqual({ sheet: '表2', range: 'H20' });
    expect(book.activeSheet()).toBe('表2');
    await expect(port.select('gone', 'A1')).rejects.toMatchObject({ code: 'sheetDeleted' });
  });
});
