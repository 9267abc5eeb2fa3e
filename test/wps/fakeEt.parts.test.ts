/** The fake ET's validations, format conditions, merges, hyperlinks, charts, page setup and its store. */
import { XL_BETWEEN, XL_EXPRESSION, XL_LANDSCAPE, XL_VALIDATE_DECIMAL, XL_VALID_ALERT_STOP } from '../../src/wps/et';
import { createFakeEt, createFakeEtOverStore, MemoryEtStore, type FakeEtRange } from './fakeEt';
import { FORM, grids } from './fakeEtFixture';

const form = () => {
  const fake = createFakeEt(grids());
  return { ...fake, ws: fake.app.ActiveWorkbook!.Worksheets.Item(FORM) };
};

describe('Validation', () => {
  test('Type throws without validation; Add, read back, Delete', () => {
    const { ws, book } = form();
    const v = ws.Range('C2:C3').Validation;
    expect(() => v.Type).toThrow(/no \(single\) validation/);
    v.Add(XL_VALIDATE_DECIMAL, XL_VALID_ALERT_STOP, XL_BETWEEN, '0', '1');
    v.ErrorTitle = '得分率';
    v.ErrorMessage = '请输入 0 到 1 之间的数';
    expect([v.Type, v.Formula1, v.Formula2, v.ErrorTitle]).toEqual([2, '0', '1', '得分率']);
    expect(ws.Range('C3').Validation.Type).toBe(2); // one cell of it
    expect(() => ws.Range('C3:D3').Validation.Type).toThrow(); // a mix
    expect(() => ws.Range('C3').Validation.Add(2, 1, 1, '0', '9')).toThrow(/already has validation/);
    expect(book.validations(FORM)).toEqual([
      { range: 'C2:C3', type: 2, alertStyle: 1, operator: 1, formula1: '0', formula2: '1', errorTitle: '得分率', errorMessage: '请输入 0 到 1 之间的数' },
    ]);
    ws.Range('C2').Validation.Delete(); // part of it: the rest keeps it
    expect(book.validations(FORM).map((x) => x.range)).toEqual(['C3']);
    expect(() => ws.Range('C2').Validation.Formula1).toThrow();
  });

  test('insertRows moves validations and conditions with their cells', () => {
    const { ws, book } = form();
    ws.Range('C2').Validation.Add(2, 1, 1, '0', '1');
    ws.Range('C2:C9').FormatConditions.Add(XL_EXPRESSION, 0, '=C2<0.9');
    book.insertRows(FORM, 1, 2);
    expect(book.validations(FORM)[0].range).toBe('C4');
    expect(book.formatConditions(FORM)[0].range).toBe('C4:C11');
  });
});

describe('FormatConditions', () => {
  test('Count, 1-based Item (throws out of range), Add with colors, Delete', () => {
    const { ws, book } = form();
    const fcs = ws.Range('C2:C9').FormatConditions;
    expect(fcs.Count).toBe(0);
    const a = fcs.Add(XL_EXPRESSION, 0, '=C2<0.9');
    a.Interior.Color = 0xc7ceff;
    a.Font.Color = 0x06009c;
    fcs.Add(XL_EXPRESSION, 0, '=C2>1');
    expect(ws.Range('C5').FormatConditions.Count).toBe(2); // conditions that apply to the cell
    expect(ws.Range('D5').FormatConditions.Count).toBe(0);
    expect([fcs.Item(1).Type, fcs.Item(1).Formula1, fcs.Item(2).Formula1]).toEqual([2, '=C2<0.9', '=C2>1']);
    expect(() => fcs.Item(0)).toThrow(/does not exist/);
    expect(() => fcs.Item(3)).toThrow(/does not exist/);
    expect(book.formatConditions(FORM)[0]).toMatchObject({ interiorColor: 0xc7ceff, fontColor: 0x06009c });
    a.Delete();
    expect(fcs.Count).toBe(1);
    expect(() => a.Formula1).toThrow(/deleted/);
  });
});

describe('merges', () => {
  test.each<[string, boolean | null]>([
    ['A1:D1', true],
    ['B1', true],
    ['B2:C3', false],
    ['A1:A2', null],
  ])('MergeCells of %s → %p', (address, expected) => {
    expect((form().ws.Range(address) as FakeEtRange).MergeCells).toBe(expected);
  });

  test('Merge keeps the top-left value only and replaces merges it overlaps; UnMerge; protected throws', () => {
    const { ws, book, app } = form();
    (ws.Range('B2:C3') as FakeEtRange).Merge();
    expect(book.cell(FORM, 'C2').value).toBeNull();
    expect(ws.Range('B2:C3').Value2).toEqual([[100, undefined], [undefined, undefined]]);
    (ws.Range('A3:B3') as FakeEtRange).MergeCells = true;
    expect(book.grid(FORM).merges).toEqual(['A1:D1', 'A3:B3']);
    (ws.Range('A1') as FakeEtRange).UnMerge();
    expect(book.grid(FORM).merges).toEqual(['A3:B3']);
    const locked = app.ActiveWorkbook!.Worksheets.Item('Locked').Range('A1:B1') as FakeEtRange;
    expect(() => locked.Merge()).toThrow(/protected/);
  });
});

describe('hyperlinks, charts, page setup', () => {
  test('Hyperlinks.Add records the link and shows its text; protected throws', () => {
    const { ws, book, app } = form();
    ws.Hyperlinks.Add(ws.Range('H2'), '', `'${FORM}'!A12`, '跳到指标表', '→ 指标');
    expect(book.hyperlinks(FORM)).toEqual([{ range: 'H2', address: '', subAddress: `'${FORM}'!A12`, screenTip: '跳到指标表', text: '→ 指标' }]);
    expect(book.cell(FORM, 'H2').value).toBe('→ 指标');
    const locked = app.ActiveWorkbook!.Worksheets.Item('Locked');
    expect(() => locked.Hyperlinks.Add(locked.Range('B1'), 'https://x')).toThrow(/protected/);
  });

  test('Shapes.AddChart: source, type and title are recorded', () => {
    const { ws, book } = form();
    const chart = ws.Shapes.AddChart(51, 10, 20, 300, 200).Chart;
    chart.SetSourceData(ws.Range('A2:C3'));
    chart.ChartType = 57;
    chart.HasTitle = true;
    chart.ChartTitle.Text = '得分';
    expect(book.charts(FORM)).toEqual([{ type: 57, source: `'${FORM}'!A2:C3`, hasTitle: true, title: '得分', left: 10, top: 20, width: 300, height: 200 }]);
    expect(chart.ChartTitle.Text).toBe('得分');
  });

  test('PageSetup: defaults, then every property as written', () => {
    const { ws, book } = form();
    expect(ws.PageSetup.PaperSize).toBe(9);
    ws.PageSetup.Orientation = XL_LANDSCAPE;
    ws.PageSetup.Zoom = false;
    ws.PageSetup.FitToPagesWide = 1;
    ws.PageSetup.FitToPagesTall = false;
    ws.PageSetup.PrintTitleRows = '$1:$2';
    expect(book.pageSetup(FORM)).toEqual({ Orientation: 2, PaperSize: 9, Zoom: false, FitToPagesWide: 1, FitToPagesTall: false, PrintTitleRows: '$1:$2' });
  });
});

describe('the store', () => {
  test('MemoryEtStore from Grids: book.grid gives the Grid back', () => {
    const { book } = form();
    const [g] = grids();
    expect(book.grid(FORM)).toEqual({
      ...g,
      formulas: [...g.formulas!, [null, null, null, null]],
      protected: false,
    });
    expect(book.grid('Other')).toMatchObject({ origin: 'B2', values: [['x']], merges: [] });
  });

  test('createFakeEtOverStore: the fake reads and writes the given store', () => {
    const store = new MemoryEtStore(grids());
    const { app } = createFakeEtOverStore(store, { events: 'sync' });
    const id = store.sheets()[1].id;
    store.setCell(id, 0, 0, { value: '演示' });
    expect(app.ActiveWorkbook!.Worksheets.Item('Other').Range('A1').Value2).toBe('演示');
    app.ActiveWorkbook!.Worksheets.Item('Other').Range('A2').Value2 = 3;
    expect(store.cell(id, 1, 0)).toEqual({ value: 3, formula: null, numberFormat: null });
  });
});
