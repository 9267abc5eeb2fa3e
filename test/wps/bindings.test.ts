/** The WPS bindings over the fake ET: hidden defined names, the id ↔ name map in the settings. */
import { bindingId, SETTING_KEYS, userBindingId } from '../../src/core';
import { createWpsBindings } from '../../src/wps/bindings';
import { createWpsSettings } from '../../src/wps/settings';
import { openFake, reopen, sheetGrid, type TestContext } from './storeContext';
import type { FakeEt } from './fakeEt';

const A = '安亭城运日常运行费用';
const Q = "O'Brien 表";

const port = (ctx: TestContext) => {
  const settings = createWpsSettings(ctx);
  return { settings, bindings: createWpsBindings(ctx, settings) };
};

function workbook() {
  const opened = openFake([sheetGrid(A), sheetGrid(Q), sheetGrid('其他')]);
  return { ...opened, ...port(opened.ctx) };
}

const parts = [
  { sheet: A, part: 'budget' as const, range: 'A5:I9' },
  { sheet: A, part: 'indicators' as const, range: 'A12:I30' },
  { sheet: A, part: 'budget' as const, range: 'A40:I44' },
  { sheet: Q, part: 'budget' as const, range: 'B3:C4' },
];

function select(fake: FakeEt, sheet: string, range: string): void {
  const ws = fake.app.ActiveWorkbook!.Worksheets.Item(sheet);
  ws.Activate();
  ws.Range(range).Select();
}

describe('WPS bindings', () => {
  test('bind: ids numbered per sheet and part, one hidden workbook name each, quoted references', async () => {
    const { fake, bindings } = workbook();
    const bound = await bindings.bind(parts);
    expect(bound).toEqual([
      { id: bindingId(A, 1, 'budget'), sheet: A, part: 'budget', range: 'A5:I9' },
      { id: bindingId(A, 1, 'indicators'), sheet: A, part: 'indicators', range: 'A12:I30' },
      { id: bindingId(A, 2, 'budget'), sheet: A, part: 'budget', range: 'A40:I44' },
      { id: bindingId(Q, 1, 'budget'), sheet: Q, part: 'budget', range: 'B3:C4' },
    ]);
    const names = fake.book.names();
    expect(names.map((n) => n.name)).toEqual(['_jixiao_b1', '_jixiao_b2', '_jixiao_b3', '_jixiao_b4']);
    expect(names.every((n) => !n.visible)).toBe(true);
    expect(names[3].refersTo).toBe("='O''Brien 表'!$B$3:$C$4");
    expect(await bindings.list()).toEqual(bound);
  });

  test('the map and the names survive save and reopen; nothing in PluginStorage', async () => {
    const { fake, bindings } = workbook();
    const bound = await bindings.bind(parts);
    const { fake: reopened, ctx } = reopen(fake);
    expect(await port(ctx).bindings.list()).toEqual(bound);
    expect(reopened.book.pluginStorage().size).toBe(0);
    const map = await port(ctx).settings.get<{ id: string; name: string }[]>(SETTING_KEYS.bindings);
    expect(map?.map((b) => [b.id, b.name])).toEqual(bound.map((b, i) => [b.id, `_jixiao_b${i + 1}`]));
  });

  test('names follow inserted rows and renamed sheets', async () => {
    const { fake, bindings } = workbook();
    await bindings.bind(parts);
    fake.book.insertRows(A, 10, 3); // between the budget block and the indicator table
    fake.book.renameSheet(Q, 'Renamed'); // a plain name: ET gives it back unquoted
    const list = await bindings.list();
    expect(list.map((b) => [b.sheet, b.range])).toEqual([
      [A, 'A5:I9'],
      [A, 'A15:I33'],
      [A, 'A43:I47'],
      ['Renamed', 'B3:C4'],
    ]);
    expect(list[3].id).toBe(bindingId(Q, 1, 'budget')); // the id keeps the name it was made with
  });

  test('a deleted sheet or a deleted name: lost, the rest bound', async () => {
    const { fake, bindings } = workbook();
    await bindings.bind(parts);
    fake.book.deleteSheet(Q);
    fake.app.ActiveWorkbook!.Names.Item('_jixiao_b2').Delete();
    const st = await bindings.status!();
    expect(st.bound.map((b) => b.id)).toEqual([bindingId(A, 1, 'budget'), bindingId(A, 2, 'budget')]);
    expect(st.lost).toEqual([
      { id: bindingId(A, 1, 'indicators'), sheet: A, part: 'indicators', range: 'A12:I30' },
      { id: bindingId(Q, 1, 'budget'), sheet: Q, part: 'budget', range: 'B3:C4' },
    ]);
    expect(fake.book.names().find((n) => n.name === '_jixiao_b4')?.refersTo).toMatch(/#REF!/);
  });

  test("bind replaces the sheet's automatic bindings, keeps the user's and other sheets'", async () => {
    const { fake, bindings } = workbook();
    await bindings.bind(parts);
    select(fake, A, 'C50:D60');
    const mine = await bindings.bindSelection('indicators');
    expect(mine).toEqual({ id: userBindingId(A, 1, 'indicators'), sheet: A, part: 'indicators', range: 'C50:D60' });
    const again = await bindings.bind([{ sheet: A, part: 'budget', range: 'A6:I10' }]);
    expect(again.map((b) => b.id)).toEqual([bindingId(A, 1, 'budget')]);
    const ids = (await bindings.list()).map((b) => b.id).sort();
    expect(ids).toEqual([bindingId(Q, 1, 'budget'), mine.id, bindingId(A, 1, 'budget')].sort());
    // the replaced names are gone from the workbook, none left behind
    expect(fake.book.names()).toHaveLength(3);
    expect((await bindings.list()).find((b) => b.id === bindingId(A, 1, 'budget'))?.range).toBe('A6:I10');
  });

  test('bindSelection numbers the user’s ranges per sheet and part', async () => {
    const { fake, bindings } = workbook();
    select(fake, Q, 'A1:B2');
    const first = await bindings.bindSelection('budget');
    select(fake, Q, 'D4');
    const second = await bindings.bindSelection('budget');
    expect([first.id, second.id]).toEqual([userBindingId(Q, 1, 'budget'), userBindingId(Q, 2, 'budget')]);
    expect(second.range).toBe('D4');
    expect(fake.book.names().map((n) => n.refersTo)).toEqual(["='O''Brien 表'!$A$1:$B$2", "='O''Brien 表'!$D$4"]);
  });

  test('ET exceptions reach the pane as HostErrors with a code', async () => {
    const { fake, bindings } = workbook();
    fake.book.failNext('Names.Add', new Error('工作簿受保护'));
    await expect(bindings.bind(parts)).rejects.toMatchObject({ name: 'HostError', code: 'protected' });
    await expect(bindings.bindSelection('budget')).rejects.toMatchObject({ name: 'HostError', code: 'unknown' }); // nothing selected
  });

  test('remove deletes exactly those names and map entries', async () => {
    const { fake, bindings } = workbook();
    fake.app.ActiveWorkbook!.Names.Add('UserTotal', "='其他'!$A$1", true);
    const bound = await bindings.bind(parts);
    await bindings.remove([bound[0].id, bound[3].id]);
    expect((await bindings.list()).map((b) => b.id)).toEqual([bound[1].id, bound[2].id]);
    expect(fake.book.names().map((n) => n.name).sort()).toEqual(['UserTotal', '_jixiao_b2', '_jixiao_b3']);
    const { ctx } = reopen(fake);
    expect((await port(ctx).bindings.status!()).lost).toEqual([]);
  });
});
