import * as fs from 'fs';
import * as ExcelJS from 'exceljs';
import { evaluateWorkbook, markerPlan, parseA1, PlanEntry, undoPlan } from '../../src/core';
import { workbookBytes } from '../../src/demo/download';
import { workbookToGrids } from '../support/exceljsGrids';
import { readWorkbook } from '../../src/xlsx/read';
import { FIXTURE, fixturePort, RUNNING } from './support';

const num = (text: string) => ({ type: 'number' as const, text });

describe('DemoPort: the WorkbookPort of the demo host', () => {
  test('read() gives the Grids the ExcelJS adapter gives (what the CLI checks)', async () => {
    const port = await fixturePort();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(FIXTURE) as unknown as ExcelJS.Buffer);
    expect(await port.read()).toEqual(workbookToGrids(wb));
  });

  test('read() returns copies: changing them changes nothing in the workbook', async () => {
    const port = await fixturePort();
    const [first] = await port.read();
    first.values[0][0] = 'changed';
    expect((await port.read())[0].values[0][0]).not.toBe('changed');
  });

  test('applying the recalculation plan writes 99.45 into G6 and leaves nothing to do', async () => {
    const port = await fixturePort();
    const plan = evaluateWorkbook(await port.read()).plan;
    expect(plan.entries.length).toBeGreaterThan(0);
    const result = await port.apply(plan);
    expect(result.skipped).toEqual([]);
    expect(result.written).toHaveLength(plan.entries.length);
    expect(port.workbook.valueAt(RUNNING, 'G6')).toBe(99.45);
    expect(evaluateWorkbook(await port.read()).plan.entries).toEqual([]);
    // undo restores the values read before
    await port.apply(undoPlan(result.written));
    expect(port.workbook.valueAt(RUNNING, 'G6')).toBe(99.44);
  });

  test('the Grid kept after writes is the Grid read afresh from the downloaded file', async () => {
    const port = await fixturePort();
    await port.apply(evaluateWorkbook(await port.read()).plan);
    port.typeInto(RUNNING, 'H13', '人员调整'); // inside the used range
    port.typeInto(RUNNING, 'H14', ''); // cleared
    port.typeInto(RUNNING, 'Z40', '5'); // outside it: the bounds grow
    const bytes = await workbookBytes(port.workbook);
    const lean = await readWorkbook(bytes);
    expect(await port.read()).toEqual(lean);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(await port.read()).toEqual(workbookToGrids(wb)); // and what ExcelJS reads of it
    const g = port.workbook.grid(RUNNING)!;
    expect(g.values.length + parseA1(g.origin).row).toBe(40);
  });

  test('a figure typed into an empty cell takes the number format of the cell\'s style; clearing the last cells shrinks the bounds', async () => {
    // E30 gets the fixture's 0.00 style (the style of F6), without a value
    const port = await fixturePort((wb) => {
      const ws = wb.getWorksheet(RUNNING)!;
      ws.getCell('E30').style = ws.getCell('F6').style;
    });
    expect(port.workbook.valueAt(RUNNING, 'E30')).toBeNull();
    port.typeInto(RUNNING, 'E30', '3');
    const g = await port.readRange(RUNNING, 'E30');
    expect(g.values).toEqual([[3]]);
    expect(g.numberFormats).toEqual([['0.00']]);
    const before = port.workbook.grid(RUNNING)!;
    port.typeInto(RUNNING, 'E30', '');
    const after = port.workbook.grid(RUNNING)!;
    expect(after.values.length).toBeLessThan(before.values.length);
    expect(await port.read()).toEqual(await readWorkbook(await workbookBytes(port.workbook)));
  });

  test('readRange returns just that range, readSheet one sheet; a missing sheet is sheetDeleted', async () => {
    const port = await fixturePort();
    const g = await port.readRange(RUNNING, 'F5:H6');
    expect(g.origin).toBe('F5');
    expect(g.values).toHaveLength(2);
    expect(g.values[1][1]).toBe(99.44);
    expect((await port.readSheet(RUNNING)).sheet).toBe(RUNNING);
    await expect(port.readSheet('nope')).rejects.toMatchObject({ code: 'sheetDeleted' });
    await expect(port.select('nope', 'A1')).rejects.toMatchObject({ code: 'sheetDeleted' });
  });

  const withFormula = () => fixturePort((wb) => (wb.getWorksheet(RUNNING)!.getCell('G6').value = { formula: 'F6*10', result: 99.44 } as ExcelJS.CellValue));
  const typedMeanwhile = async () => {
    const port = await fixturePort();
    port.typeInto(RUNNING, 'G6', '50');
    return port;
  };
  test.each([
    ['a formula in a target cell', withFormula, 'formula'],
    ['the value changed since the plan was made', typedMeanwhile, 'changedMeanwhile'],
  ])('a sheet is written all or nothing: %s', async (_, target, reason) => {
    const plan = evaluateWorkbook(await (await fixturePort()).read()).plan;
    const port = await target();
    const result = await port.apply(plan);
    const mine = result.skipped.filter((s) => s.entry.sheet === RUNNING);
    expect(mine.find((s) => s.entry.cell === 'G6')?.reason).toBe(reason);
    expect(mine.length).toBeGreaterThan(1);
    expect(mine.filter((s) => s.entry.cell !== 'G6').every((s) => s.reason === 'sheetRefused')).toBe(true);
    expect(result.written.some((e) => e.sheet === RUNNING)).toBe(false);
    expect(result.written.length).toBeGreaterThan(0); // the other sheets were written
  });

  test('a protected sheet is not written; a missing sheet is reported', async () => {
    const port = await fixturePort((wb) => wb.getWorksheet(RUNNING)!.protect('', {}));
    const plan = evaluateWorkbook(await port.read()).plan;
    const extra: PlanEntry = { sheet: 'gone', cell: 'A1', kind: 'rate', before: null, after: num('1') };
    const result = await port.apply({ ...plan, entries: [...plan.entries, extra] });
    expect(result.skipped.filter((s) => s.entry.sheet === RUNNING).every((s) => s.reason === 'protected')).toBe(true);
    expect(result.skipped.find((s) => s.entry.sheet === 'gone')?.reason).toBe('sheetMissing');
    expect(port.typeInto(RUNNING, 'G13', '1')).toEqual({ ok: false, reason: 'protected' });
  });

  test('typing: numbers become numbers, the edit is announced; the add-in\'s own writes are not', async () => {
    const port = await fixturePort();
    const edits: string[] = [];
    await port.onEdit((e) => edits.push(`${e.sheet}!${e.address}`));
    expect(port.typeInto(RUNNING, 'G13', '20')).toEqual({ ok: true });
    expect(port.workbook.valueAt(RUNNING, 'G13')).toBe(20);
    port.typeInto(RUNNING, 'J13', "'=1+1");
    expect(port.workbook.valueAt(RUNNING, 'J13')).toBe('=1+1');
    port.typeInto(RUNNING, 'J14', '=1+1');
    expect(port.workbook.valueAt(RUNNING, 'J14')).toBe('=1+1');
    expect(port.workbook.formulaAt(RUNNING, 'J14')).toBeNull();
    await port.apply(evaluateWorkbook(await port.read()).plan);
    expect(edits).toEqual([`${RUNNING}!G13`, `${RUNNING}!J13`, `${RUNNING}!J14`]);
  });

  test('after markers are placed, a 得分 above its 分值 is refused as Excel\'s Stop alert does', async () => {
    const port = await fixturePort();
    const ev = evaluateWorkbook(await port.read());
    const added = await port.markers.apply(markerPlan(ev.forms));
    expect(added.added).toBeGreaterThan(0);
    expect(port.typeInto(RUNNING, 'G13', '20')).toEqual({ ok: false, reason: 'validation', max: '15.00' });
    expect(port.workbook.valueAt(RUNNING, 'G13')).toBe(15);
    expect(port.typeInto(RUNNING, 'G13', 'abc')).toMatchObject({ ok: false, reason: 'validation' });
    expect(port.typeInto(RUNNING, 'G13', '12')).toEqual({ ok: true });
    // 12 < 15 with an empty 偏差原因: the deviation mark now colours H13
    expect(port.markersStore.activeMarks(RUNNING, (c) => port.workbook.valueAt(RUNNING, c)).get('H13')).toBe('deviationMissing');
    port.typeInto(RUNNING, 'H13', '人员调整');
    expect(port.markersStore.activeMarks(RUNNING, (c) => port.workbook.valueAt(RUNNING, c)).has('H13')).toBe(false);
    expect(await port.markers.clear()).toBe(added.added);
    expect(port.typeInto(RUNNING, 'G13', '20')).toEqual({ ok: true });
  });

  test('select() switches the sheet and highlights the cell', async () => {
    const port = await fixturePort();
    await port.select(RUNNING, '$g$6');
    expect(port.view.get()).toMatchObject({ activeSheet: RUNNING, anchor: { row: 5, col: 6 }, highlight: { sheet: RUNNING, cell: 'G6' } });
  });

  test('settings round-trip as copies; bindings are numbered per sheet and part', async () => {
    const port = await fixturePort();
    const value = { a: [1] };
    await port.settings.set('k', value);
    value.a.push(2);
    expect(await port.settings.get('k')).toEqual({ a: [1] });
    const made = await port.bindings.bind([
      { sheet: RUNNING, part: 'budget', range: 'A5:H9' },
      { sheet: RUNNING, part: 'indicators', range: 'A12:H20' },
    ]);
    expect(made.map((b) => b.id)).toEqual([`jixiao:${RUNNING}:1:budget`, `jixiao:${RUNNING}:1:indicators`]);
    port.view.showSheet(RUNNING);
    port.view.selectCell({ row: 4, col: 0 });
    port.view.selectCell({ row: 8, col: 7 }, true);
    const user = await port.bindings.bindSelection('budget');
    expect(user).toMatchObject({ sheet: RUNNING, range: 'A5:H9' });
    await port.bindings.bind([{ sheet: RUNNING, part: 'budget', range: 'A5:H9' }]);
    expect((await port.bindings.list()).map((b) => b.id).sort()).toEqual([user.id, `jixiao:${RUNNING}:1:budget`].sort());
  });
});
