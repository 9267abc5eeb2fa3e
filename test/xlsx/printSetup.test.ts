/**
 * 「问题清单」 written into the fixture by the sheet writer and read back with the project's own
 * reader (src/xlsx/read): its rows and links; the print setup in the worksheet (sheetPr first,
 * pageSetup after pageMargins) and the print titles in workbook.xml (local to the sheet's
 * position, the workbook's other defined names kept); ExcelJS as a second opinion.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { evaluateWorkbook, HEADER_ROW, ISSUES_SHEET, issuesOf, issuesSheetSpec, parseA1, SheetSpec } from '../../src/core';
import { openPackage, readGrids } from '../../src/xlsx/read';
import { cellKey, readLooks } from '../../src/xlsx/read/look';
import { putSheets } from '../../src/xlsx/sheetWriter';
import { setPrintTitles } from '../../src/xlsx/sheetWriter/definedNames';
import { ISSUE_ROWS, issuesGrids } from '../support/issuesWorkbook';
import { notWellFormed, partText, smallSpec, tags } from './sheetWriterSupport';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'anting-2024.xlsx');
/** The fixture's own defined names (a workbook name and one local to its first sheet), which must survive. */
const USER_NAMES = '<definedNames><definedName name="单位">\'项目支出汇总表\'!$B$2</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">\'项目支出汇总表\'!$A$1:$H$20</definedName></definedNames>';

let input: Uint8Array;
let spec: SheetSpec;

beforeAll(async () => {
  const zip = await JSZip.loadAsync(await fs.readFile(FIXTURE));
  const wb = await partText(zip, 'xl/workbook.xml');
  zip.file('xl/workbook.xml', wb.replace('<calcPr', `${USER_NAMES}<calcPr`));
  input = await zip.generateAsync({ type: 'uint8array' });
  spec = issuesSheetSpec(issuesOf(evaluateWorkbook(issuesGrids())));
});

async function reread(bytes: Uint8Array) {
  const pkg = await openPackage(bytes);
  if ('code' in pkg) throw new Error(pkg.code);
  const grids = await readGrids(pkg);
  if ('code' in grids) throw new Error(grids.code);
  return { grids, looks: await readLooks(pkg) };
}

const sheetXmlOf = async (zip: JSZip, n: number) => partText(zip, `xl/worksheets/sheet${n}.xml`);

describe('「问题清单」 in the fixture', () => {
  test('the reader reads its rows back, and a link to each finding\'s cell', async () => {
    const { grids, looks } = await reread(await putSheets(input, [spec]));
    const grid = grids.find((g) => g.sheet === ISSUES_SHEET)!;
    expect(grids.at(-1)).toBe(grid);
    const body = grid.values.slice(HEADER_ROW, HEADER_ROW + ISSUE_ROWS.length + 1);
    expect(body.map((r) => [r[0], r[1], r[5]])).toEqual(ISSUE_ROWS.map(([sheet, , , , code], i) => [i + 1, sheet, code]));
    expect(grid.values.length).toBe(HEADER_ROW + ISSUE_ROWS.length);
    const links = looks.get(ISSUES_SHEET)!.links;
    const d = parseA1('D1').col;
    expect(ISSUE_ROWS.map((_, i) => links.get(cellKey(HEADER_ROW + i, d)))).toEqual(ISSUE_ROWS.map(([sheet, , cell]) => `'${sheet}'!${cell ?? 'A1'}`));
  });

  test('A4 landscape, one page wide: sheetPr first, pageSetup after pageMargins; well-formed', async () => {
    const zip = await JSZip.loadAsync(await putSheets(input, [spec]));
    const xml = await sheetXmlOf(zip, 9);
    expect(notWellFormed(xml)).toBeNull();
    expect(tags(xml, 'pageSetup')).toEqual([{ paperSize: '9', orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' }]);
    expect(tags(xml, 'pageSetUpPr')).toEqual([{ fitToPage: '1' }]);
    const order = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'hyperlinks', 'pageMargins', 'pageSetup'].map((n) => xml.search(new RegExp(`<${n}[ />]`)));
    expect(order.every((p) => p > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('the print titles: rows 1–3, local to the sheet\'s position; the other defined names kept', async () => {
    const zip = await JSZip.loadAsync(await putSheets(input, [spec]));
    const wb = await partText(zip, 'xl/workbook.xml');
    expect(notWellFormed(wb)).toBeNull();
    expect(wb).toContain(USER_NAMES.replace('</definedNames>', ''));
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="8">'${ISSUES_SHEET}'!$1:$${HEADER_ROW}</definedName></definedNames><calcPr`);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load((await putSheets(input, [spec])) as never);
    const ws = excel.getWorksheet(ISSUES_SHEET)!;
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `1:${HEADER_ROW}` });
  });

  test('written again over its own output: still one print titles name for it, in the same place', async () => {
    const once = await putSheets(input, [spec]);
    const twice = await putSheets(once, [spec]);
    const wb = await partText(await JSZip.loadAsync(twice), 'xl/workbook.xml');
    expect(wb).toBe(await partText(await JSZip.loadAsync(once), 'xl/workbook.xml'));
    expect(tags(wb, 'definedName').filter((n) => n.name === '_xlnm.Print_Titles')).toEqual([{ name: '_xlnm.Print_Titles', localSheetId: '8' }]);
  });

  test('replaced by a spec without print setup: its print titles go, the other sheets\' names stay', async () => {
    const once = await putSheets(input, [spec]);
    const zip = await JSZip.loadAsync(await putSheets(once, [smallSpec(ISSUES_SHEET)]));
    const wb = await partText(zip, 'xl/workbook.xml');
    expect(wb).not.toContain('Print_Titles');
    expect(wb).toContain(USER_NAMES);
    const xml = await sheetXmlOf(zip, 9);
    expect(xml).not.toMatch(/<sheetPr|<pageSetup/);
  });
});

describe('setPrintTitles', () => {
  const WB = '<workbook xmlns="m"><sheets><sheet name="a"/><sheet name="b"/></sheets><calcPr/></workbook>';
  test('a workbook without defined names gets them before calcPr; nothing to do leaves it as it is', () => {
    expect(setPrintTitles(WB, 1, "b's", 2, false)).toBe('<workbook xmlns="m"><sheets><sheet name="a"/><sheet name="b"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">\'b\'\'s\'!$1:$2</definedName></definedNames><calcPr/></workbook>');
    expect(setPrintTitles(WB, 1, 'b', 0, true)).toBe(WB);
  });

  test('a prefixed workbook: the prefix is kept; the last name removed removes the list', () => {
    const x = '<x:workbook xmlns:x="m"><x:sheets/><x:definedNames><x:definedName name="_xlnm.Print_Titles" localSheetId="0">\'a\'!$1:$3</x:definedName></x:definedNames></x:workbook>';
    expect(setPrintTitles(x, 0, 'a', 0, true)).toBe('<x:workbook xmlns:x="m"><x:sheets/></x:workbook>');
    expect(setPrintTitles(x, 0, 'a', 0, false)).toBe(x); // a new sheet at 0 cannot have had names: nothing dropped
    expect(setPrintTitles(x, 1, 'b', 1, false)).toContain('<x:definedName name="_xlnm.Print_Titles" localSheetId="1">\'b\'!$1:$1</x:definedName></x:definedNames>');
  });
});
