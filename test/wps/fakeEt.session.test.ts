/** The fake ET's session: SheetChange events, call counting, failNext, saveAndReopen, the Application. */
import { createFakeEt } from './fakeEt';
import { FORM, grids } from './fakeEtFixture';

type Seen = [string, string][];
const listen = (fake: ReturnType<typeof createFakeEt>) => {
  const seen: Seen = [];
  const h = (sheet: unknown, target: unknown) =>
    seen.push([(sheet as { Name: string }).Name, (target as { Address(a: boolean, b: boolean): string }).Address(false, false)]);
  fake.app.ApiEvent.AddApiEventListener('SheetChange', h);
  return { seen, h };
};

describe('SheetChange', () => {
  test('async by default: the add-in’s own writes and user edits, in order, after the current task', async () => {
    const fake = createFakeEt(grids());
    const { seen } = listen(fake);
    fake.app.ActiveWorkbook!.Worksheets.Item(FORM).Range('B2:C3').Value2 = 1;
    fake.book.userEdit('Other', 'B2', '12.5');
    expect(seen).toEqual([]);
    await fake.book.flush();
    expect(seen).toEqual([[FORM, 'B2:C3'], ['Other', 'B2']]);
    expect(fake.book.cell('Other', 'B2').value).toBe(12.5);
  });

  test("events: 'sync' delivers during the write; Remove stops delivery; a handler's error is kept", () => {
    const fake = createFakeEt(grids(), { events: 'sync' });
    const { seen, h } = listen(fake);
    fake.book.userEdit(FORM, 'E5', { formula: '=B2', value: 100 });
    expect(seen).toEqual([[FORM, 'E5']]);
    expect(fake.book.cell(FORM, 'E5')).toEqual({ value: 100, formula: '=B2', numberFormat: null });
    fake.app.ApiEvent.RemoveApiEventListener('SheetChange', h);
    fake.app.ApiEvent.AddApiEventListener('SheetChange', () => {
      throw new Error('handler bug');
    });
    fake.book.userEdit(FORM, 'E5', 1);
    expect(seen.length).toBe(1);
    expect(fake.book.eventErrors).toEqual([new Error('handler bug')]);
  });

  test('formats, merges and failed writes fire nothing; user edits respect protection', async () => {
    const fake = createFakeEt(grids());
    const { seen } = listen(fake);
    const s = fake.app.ActiveWorkbook!.Worksheets.Item(FORM);
    s.Range('E1').NumberFormat = '0%';
    expect(() => (s.Range('E1:F1').Value2 = [[1]])).toThrow();
    expect(() => fake.book.userEdit('Locked', 'A1', 'x')).toThrow(/protected/);
    await fake.book.flush();
    expect(seen).toEqual([]);
  });
});

describe('counting', () => {
  test('every property read, write and method call is one call; test controls are none', () => {
    const { app, calls, book } = createFakeEt(grids());
    const wb = app.ActiveWorkbook!; // 1
    const ws = wb.Worksheets.Item(FORM); // 2
    const r = ws.Range('A1:D4'); // 1
    void r.Value2; // 1
    r.Value(11); // 1
    ws.Range('F1').Value2 = 'x'; // 2
    book.userEdit(FORM, 'G1', 1);
    book.grid(FORM);
    expect(calls.total).toBe(8);
    expect(calls.by).toEqual({
      'Application.ActiveWorkbook.get': 1,
      'Workbook.Worksheets.get': 1,
      'Worksheets.Item': 1,
      'Worksheet.Range': 2,
      'Range.Value2.get': 1,
      'Range.Value': 1,
      'Range.Value2.set': 1,
    });
    calls.reset();
    expect(calls.total).toBe(0);
    expect(calls.by).toEqual({});
  });

  test('sub-objects count too (Interior of a condition, PluginStorage)', () => {
    const { app, calls } = createFakeEt(grids(), { events: 'sync' });
    const fc = app.ActiveWorkbook!.Worksheets.Item(FORM).Range('C2').FormatConditions.Add(2, 0, '=C2<0.9');
    fc.Interior.Color = 255;
    void app.PluginStorage!.getItem('pane');
    expect(calls.by['FormatConditions.Add']).toBe(1);
    expect(calls.by['FormatCondition.Interior.get']).toBe(1);
    expect(calls.by['Interior.Color.set']).toBe(1);
    expect(calls.by['PluginStorage.getItem']).toBe(1);
    expect(calls.total).toBe(10);
  });

  test('failNext makes the next call with that key throw, once', () => {
    const { app, book, calls } = createFakeEt(grids());
    const r = app.ActiveWorkbook!.Worksheets.Item(FORM).Range('B2');
    book.failNext('Range.Value2.get', new Error('RPC failed'));
    expect(() => r.Value2).toThrow('RPC failed');
    expect(r.Value2).toBe(100);
    expect(calls.by['Range.Value2.get']).toBe(2);
  });

  test('a read-only property cannot be written', () => {
    const ws = createFakeEt(grids()).app.ActiveWorkbook!.Worksheets.Item(FORM) as unknown as { Index: number };
    expect(() => (ws.Index = 3)).toThrow(/read-only/);
  });
});

describe('saveAndReopen', () => {
  test('keeps cells, sheets (very hidden too), names, validations, conditions, charts; drops the session', async () => {
    const fake = createFakeEt(grids());
    const { seen } = listen(fake);
    const wb = fake.app.ActiveWorkbook!;
    const s = wb.Worksheets.Item(FORM);
    s.Range('F1').Value2 = 'kept';
    const hidden = wb.Worksheets.Add(null, wb.Worksheets.Item('Locked'));
    hidden.Name = '_jixiao';
    hidden.Visible = 2;
    wb.Names.Add('jixiao_1', `='${FORM}'!$A$1:$D$4`);
    s.Range('C2').Validation.Add(2, 1, 1, '0', '1');
    s.Range('C2').FormatConditions.Add(2, 0, '=C2<0.9');
    s.Shapes.AddChart(51, 0, 0, 300, 200).Chart.SetSourceData(s.Range('A2:C3'));
    s.PageSetup.Orientation = 2;
    fake.app.PluginStorage!.setItem('paneId', 1);
    fake.app.CreateTaskPane!('https://x/pane.html', '绩效自评');
    await fake.book.flush();

    const again = fake.book.saveAndReopen();
    expect(() => s.Name).toThrow(/closed/);
    const wb2 = again.app.ActiveWorkbook!;
    expect(wb2.Worksheets.Item('_jixiao').Visible).toBe(2);
    expect(wb2.Worksheets.Item(FORM).Range('F1').Value2).toBe('kept');
    expect(wb2.Names.Item('jixiao_1').RefersTo).toBe(`='${FORM}'!$A$1:$D$4`);
    expect(wb2.Worksheets.Item(FORM).Range('C2').Validation.Type).toBe(2);
    expect(wb2.Worksheets.Item(FORM).Range('C2').FormatConditions.Count).toBe(1);
    expect(again.book.charts(FORM)).toMatchObject([{ type: 51, source: `'${FORM}'!A2:C3` }]);
    expect(again.book.pageSetup(FORM).Orientation).toBe(2);
    expect(again.app.PluginStorage!.getItem('paneId')).toBeNull();
    expect(again.app.GetTaskPane!(1)).toBeNull();
    expect(again.calls.total).toBe(24); // a new counter for the new session

    again.book.userEdit(FORM, 'F1', 'new'); // nobody listens any more
    await again.book.flush();
    expect(seen.length).toBe(1);
  });
});

describe('Application', () => {
  test('Build, DisplayAlerts, ActiveWindow scroll, task panes', () => {
    const { app, book } = createFakeEt(grids());
    expect(app.Build).toBe('12.1.0.16120');
    expect(app.DisplayAlerts).toBe(true);
    app.ActiveWindow!.ScrollRow = 40;
    expect([app.ActiveWindow!.ScrollRow, app.ActiveWindow!.ScrollColumn]).toEqual([40, 1]);
    const pane = app.CreateTaskPane!('https://x/pane.html', '绩效自评');
    pane.Visible = true;
    expect(app.GetTaskPane!(pane.ID).Visible).toBe(true);
    expect(book.taskPanes()).toEqual([{ id: 1, url: 'https://x/pane.html', title: '绩效自评', visible: true }]);
    expect(createFakeEt(grids(), { build: null }).app.Build).toBeUndefined();
  });

  test('workbook: false — no workbook open', () => {
    const { app } = createFakeEt(grids(), { workbook: false });
    expect(app.ActiveWorkbook).toBeNull();
    expect(app.ActiveWindow).toBeNull();
  });

  test('Selection: the range selected on the active sheet (Range.Select or the user), null elsewhere', () => {
    const { app, book } = createFakeEt(grids());
    expect(app.Selection ?? null).toBeNull();
    const sheet = book.sheets()[0].name;
    book.userSelect(sheet, 'B3:D9');
    expect(app.Selection?.Address(false, false)).toBe('B3:D9');
    const other = book.sheets()[1].name;
    app.ActiveWorkbook!.Worksheets.Item(other).Activate();
    expect(app.Selection ?? null).toBeNull();
    app.ActiveWorkbook!.Worksheets.Item(other).Range('A2').Select();
    expect([book.selection(), app.Selection?.Address(false, false)]).toEqual([{ sheet: other, range: 'A2' }, 'A2']);
  });
});
