import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { evaluateWorkbook, RESULTS_SHEET, resultsOf, resultsSheetSpec, SHEET_SIGNATURE } from '../../src/core';
import { workbookBytes } from '../../src/demo/download';
import { sheetLayout } from '../../src/demo/sheetLayout';
import { fixturePort, RUNNING } from './support';

async function written() {
  const port = await fixturePort();
  const spec = resultsSheetSpec(resultsOf(evaluateWorkbook(await port.read())));
  const first = await port.writeSheet(spec);
  return { port, spec, first };
}

describe('生成汇总 in the demo host', () => {
  test('the sheet is added last, read back as a Grid, drawn with its links; writing again replaces it in place', async () => {
    const { port, spec, first } = await written();
    expect(first).toEqual({ replaced: false, chartSkipped: false });
    expect(port.workbook.sheetNames().at(-1)).toBe(RESULTS_SHEET);
    const grid = await port.readSheet(RESULTS_SHEET);
    expect(grid.values[1][0]).toBe(SHEET_SIGNATURE);
    expect(grid.values[3][5]).toBe(99.45);
    const layout = sheetLayout(port.workbook.look(RESULTS_SHEET)!, port.workbook.grid(RESULTS_SHEET)!, { row: 40, col: 12 });
    expect(layout.cells[3][2]).toMatchObject({ text: RUNNING, link: { sheet: RUNNING, cell: 'A1' } });
    expect(layout.cells[3][5]?.text).toBe('99.45');
    expect(port.workbook.chartOf(RESULTS_SHEET)).toEqual(spec.chart);
    const again = await port.writeSheet(spec);
    expect(again.replaced).toBe(true);
    expect(port.workbook.sheetNames().filter((s) => s === RESULTS_SHEET)).toHaveLength(1);
    expect(port.workbook.sheetNames().at(-1)).toBe(RESULTS_SHEET);
  });

  test('the download holds the sheet with its chart, and cells typed on it afterwards', async () => {
    const { port } = await written();
    port.typeInto(RESULTS_SHEET, 'N4', '复核意见：同意');
    const bytes = await workbookBytes(port.workbook);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(RESULTS_SHEET)!;
    expect(ws.getCell('A2').value).toBe(SHEET_SIGNATURE);
    expect(ws.getCell('F4').value).toBe(99.45);
    expect(ws.getCell('N4').value).toBe('复核意见：同意');
    expect(wb.getWorksheet(RUNNING)!.getCell('G6').value).toBe(99.44); // nothing recalculated: untouched
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
  });
});
