import * as fs from 'fs';
import * as path from 'path';
import { sheetLayout } from '../../src/demo/sheetLayout';
import { fixturePort, RUNNING } from './support';

describe('sheetLayout: the form drawn as Excel draws it', () => {
  test('merged areas span their cells, covered cells are not drawn, widths follow the columns', async () => {
    const port = await fixturePort();
    const layout = sheetLayout(port.workbook.look(RUNNING)!, port.workbook.grid(RUNNING)!);
    // A1:I1 (the title) and A5:A9 (项目资金(万元)) are merged in the fixture
    expect(layout.cells[0][0]).toMatchObject({ text: '项目支出绩效自评表', colSpan: 9, rowSpan: 1 });
    expect(layout.cells[0][1]).toBeNull();
    const fund = layout.cells[4][0]!;
    expect(fund.text.replace(/\s/g, '')).toBe('项目资金(万元)');
    expect(fund.rowSpan).toBe(5);
    expect(layout.cells[6][0]).toBeNull();
    // numbers with the sheet's 0.00 format, right-aligned
    expect(layout.cells[5][2]).toMatchObject({ text: '752.94' });
    expect(layout.cells[5][3]).toMatchObject({ text: '762.25' });
    expect(layout.cells[5][6]!.text).toBe('99.44');
    expect(layout.cells[5][6]!.style.textAlign).toBe('right');
    // Excel's character widths → pixels: column C (24 chars) is wider than A (12)
    expect(layout.colWidths[2]).toBe(Math.round(24 * 7 + 5));
    expect(layout.colWidths[0]).toBe(Math.round(12 * 7 + 5));
    expect(layout.rows).toBeGreaterThanOrEqual(22);
    expect(layout.hiddenRows).toBe(0);
  });

  test('an empty sheet still draws an empty grid', async () => {
    const port = await fixturePort((wb) => wb.addWorksheet('空白'));
    const layout = sheetLayout(port.workbook.look('空白')!, port.workbook.grid('空白')!);
    expect(layout.rows).toBe(30);
    expect(layout.cells.flat().every((c) => c === null || c.text === '')).toBe(true);
  });
});

describe('demo.html: nothing from another origin', () => {
  const html = fs.readFileSync(path.resolve(__dirname, '../../src/demo/demo.html'), 'utf8');
  test('no office.js, no absolute URL, a same-origin Content-Security-Policy', () => {
    expect(html).not.toMatch(/<script[^>]*(office|appsforoffice)/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'self'/);
  });
});
