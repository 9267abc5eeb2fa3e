/** 「问题清单」 in the demo host: written like 「绩效自评结果」, its print setup kept for the download. */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { evaluateWorkbook, HEADER_ROW, ISSUES_SHEET, issuesOf, issuesSheetSpec } from '../../src/core';
import { workbookBytes } from '../../src/demo/download';
import { sheetLayout } from '../../src/demo/sheetLayout';
import { fixturePort, RUNNING } from './support';

async function written() {
  const port = await fixturePort();
  const ev = evaluateWorkbook(await port.read());
  const spec = issuesSheetSpec(issuesOf(ev));
  const result = await port.writeSheet(spec);
  return { port, ev, spec, result };
}

test('the sheet is added last with a row and a link per finding; the spec is kept whole, print setup included', async () => {
  const { port, ev, spec, result } = await written();
  expect(result).toEqual({ replaced: false, chartSkipped: false });
  expect(port.workbook.sheetNames().at(-1)).toBe(ISSUES_SHEET);
  const grid = await port.readSheet(ISSUES_SHEET);
  expect(grid.values.slice(HEADER_ROW).map((r) => r[5])).toEqual(ev.findings.map((f) => f.code));
  const layout = sheetLayout(port.workbook.look(ISSUES_SHEET)!, grid, { row: 20, col: 8 });
  expect(layout.cells[HEADER_ROW][3]).toMatchObject({ text: 'G6', link: { sheet: RUNNING, cell: 'G6' } });
  expect(port.workbook.writtenSheets().find((s) => s.name === ISSUES_SHEET)?.print).toEqual(spec.print);
});

test('the download carries the print setup and the print titles', async () => {
  const { port } = await written();
  const bytes = await workbookBytes(port.workbook);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  expect(wb.getWorksheet(ISSUES_SHEET)!.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `1:${HEADER_ROW}` });
  const book = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
  expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="8">'${ISSUES_SHEET}'!$1:$${HEADER_ROW}</definedName>`);
});
