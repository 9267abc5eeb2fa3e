/** writeWpsSheet over the fake ET: the add-in's own sheet written whole, replaced in place, chart and print setup or their skipped flags. */
import type { SheetSpec, SpecCell } from '../../src/core';
import { XL_BAR_CLUSTERED, XL_COLUMN_CLUSTERED, XL_LANDSCAPE, XL_PAPER_A4 } from '../../src/wps/et';
import { writeWpsSheet } from '../../src/wps/writeSheet';
import { openFake, sheetGrid } from './storeContext';

const R = '绩效自评结果';
const txt = (text: string) => ({ type: 'text' as const, text });
const num = (text: string) => ({ type: 'number' as const, text });
const c = (cell: string, value: SpecCell['value'], style: SpecCell['style'] = 'body', link?: SpecCell['link']): SpecCell => ({ cell, value, style, ...(link ? { link } : {}) });

function spec(over: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: R,
    cells: [
      c('A1', txt('绩效自评结果'), 'title'),
      c('A3', txt('图表标签'), 'header'),
      c('B3', txt('总分'), 'header'),
      c('C3', txt('数量'), 'header'),
      c('A4', txt("O'Brien 表"), 'body', { sheet: "O'Brien 表", cell: 'A1' }),
      c('B4', num('92.50')),
      c('C4', num('3'), 'count'),
      c('A5', txt('-1')),
      c('B5', num('80.00')),
      c('C5', txt('=SUM(B4:B5)')),
    ],
    columnWidths: [24, 10],
    frozenRows: 3,
    chart: { title: '总分', direction: 'column', categories: 'A4:A5', series: [{ name: '总分', values: 'B4:B5' }], from: 'E3', to: 'L20' },
    signatureCell: 'A1',
    signature: '绩效自评结果',
    ...over,
  };
}

describe('writeWpsSheet', () => {
  test('a new sheet after the last: the table in one Value2 call, text kept as text, figures as numbers, formats, links', async () => {
    const { fake, ctx } = openFake([sheetGrid('表一'), sheetGrid("O'Brien 表")]);
    const before = fake.book.activeSheet();
    fake.calls.reset();
    const result = await writeWpsSheet(ctx, spec());
    expect(result).toEqual({ replaced: false, chartSkipped: false });
    expect(fake.book.sheets().map((s) => s.name)).toEqual(['表一', "O'Brien 表", R]);
    expect(fake.calls.by['Range.Value2.set']).toBe(1);
    expect(ctx.writes).toEqual([{ sheet: R, address: 'A1:C5' }]);
    const g = fake.book.grid(R);
    expect(g.values).toEqual([
      ['绩效自评结果', null, null],
      [null, null, null],
      ['图表标签', '总分', '数量'],
      ["O'Brien 表", 92.5, 3],
      ['-1', 80, '=SUM(B4:B5)'],
    ]);
    expect(g.formulas?.flat().every((f) => f === null)).toBe(true);
    expect([fake.book.cell(R, 'B4').numberFormat, fake.book.cell(R, 'C4').numberFormat, fake.book.cell(R, 'A4').numberFormat]).toEqual(['0.00', '0', null]);
    expect(fake.book.hyperlinks(R)).toEqual([{ range: 'A4', address: '', subAddress: "'O''Brien 表'!A1", screenTip: '', text: "O'Brien 表" }]);
    expect(fake.book.activeSheet()).toBe(before);
  });

  test('the chart: clustered columns or bars over the categories and series, with its title', async () => {
    const { fake, ctx } = openFake([sheetGrid('表一')]);
    await writeWpsSheet(ctx, spec());
    expect(fake.book.charts(R)).toEqual([expect.objectContaining({ type: XL_COLUMN_CLUSTERED, source: `'${R}'!A3:B5`, hasTitle: true, title: '总分' })]);
    await writeWpsSheet(ctx, spec({ chart: { ...spec().chart!, direction: 'bar' } }));
    expect(fake.book.charts(R).map((x) => x.type)).toEqual([XL_BAR_CLUSTERED]); // the old sheet's chart went with it
  });

  test('a sheet of that name is replaced whole at its tab position, without an alert; DisplayAlerts restored', async () => {
    const { fake, ctx } = openFake([sheetGrid('表一'), sheetGrid(R, [['old', 'old'], [null, null], [null, null], [null, null], [null, null], ['x', 'y', 'z', 'w']]), sheetGrid('表二')]);
    const result = await writeWpsSheet(ctx, spec());
    expect(result.replaced).toBe(true);
    expect(fake.book.sheets().map((s) => s.name)).toEqual(['表一', R, '表二']);
    expect(fake.book.alerts).toBe(0);
    expect(ctx.app.DisplayAlerts).toBe(true);
    expect(fake.book.cell(R, 'A1').value).toBe('绩效自评结果');
    expect(fake.book.cell(R, 'D6').value).toBeNull();
  });

  test('the only visible sheet can be replaced (the new one is added before the old one goes)', async () => {
    const { fake, ctx } = openFake([sheetGrid(R, [['old']])]);
    expect((await writeWpsSheet(ctx, spec())).replaced).toBe(true);
    expect(fake.book.sheets().map((s) => s.name)).toEqual([R]);
    expect(fake.book.activeSheet()).toBe(R);
  });

  test('print setup: A4 landscape, one page wide, header rows on every page', async () => {
    const { fake, ctx } = openFake([sheetGrid('表一')]);
    const result = await writeWpsSheet(ctx, spec({ chart: null, print: { paper: 'A4', orientation: 'landscape', titleRows: 3, fitToWidth: true } }));
    expect(result).toEqual({ replaced: false, chartSkipped: false });
    expect(fake.book.pageSetup(R)).toEqual({ Orientation: XL_LANDSCAPE, PaperSize: XL_PAPER_A4, Zoom: false, FitToPagesWide: 1, FitToPagesTall: false, PrintTitleRows: '$1:$3' });
  });

  test('chart and print refused by the host: skipped flags, the table written', async () => {
    const { fake, ctx } = openFake([sheetGrid('表一')]);
    fake.book.failNext('Shapes.AddChart');
    fake.book.failNext('Worksheet.PageSetup.get');
    const result = await writeWpsSheet(ctx, spec({ print: { paper: 'A4', orientation: 'landscape', titleRows: 3, fitToWidth: true } }));
    expect(result).toEqual({ replaced: false, chartSkipped: true, printSkipped: true });
    expect(fake.book.charts(R)).toEqual([]);
    expect(fake.book.cell(R, 'B4').value).toBe(92.5);
  });

  test('a write ET refuses as protected rejects with code protected', async () => {
    const { fake, ctx } = openFake([sheetGrid('表一')]);
    fake.book.failNext('Range.Value2.set', new Error('The cell you are trying to change is protected'));
    await expect(writeWpsSheet(ctx, spec())).rejects.toMatchObject({ name: 'HostError', code: 'protected' });
  });

  test('a refused delete of the old sheet leaves the workbook as it was', async () => {
    const { fake, ctx } = openFake([sheetGrid('表一'), sheetGrid(R, [['old']])]);
    fake.book.failNext('Worksheet.Delete');
    await expect(writeWpsSheet(ctx, spec())).rejects.toMatchObject({ name: 'HostError', code: 'unknown' });
    expect(fake.book.sheets().map((s) => s.name)).toEqual(['表一', R]);
    expect(fake.book.cell(R, 'A1').value).toBe('old');
    expect(ctx.app.DisplayAlerts).toBe(true);
  });
});
