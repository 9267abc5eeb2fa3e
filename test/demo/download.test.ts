import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { evaluateWorkbook } from '../../src/core';
import { downloadName, workbookBytes } from '../../src/demo/download';
import { fixturePort, RUNNING } from './support';

describe('the demo\'s download: the original package with the changed cells patched in', () => {
  test('recalculated and typed cells are in the file; every other part is byte for byte the original', async () => {
    const port = await fixturePort();
    await port.apply(evaluateWorkbook(await port.read()).plan);
    port.typeInto(RUNNING, 'H13', '=不是公式');
    port.typeInto(RUNNING, 'J30', '7');
    const bytes = await workbookBytes(port.workbook);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(RUNNING)!;
    expect(ws.getCell('G6').value).toBe(99.45);
    expect(ws.getCell('H13').value).toBe('=不是公式'); // text stays text
    expect(ws.getCell('H13').formula).toBeUndefined();
    expect(ws.getCell('J30').value).toBe(7);

    const before = await JSZip.loadAsync(port.workbook.original);
    const after = await JSZip.loadAsync(bytes);
    expect(Object.keys(after.files).sort()).toEqual(Object.keys(before.files).sort());
    const changedParts: string[] = [];
    for (const name of Object.keys(before.files).filter((n) => !before.files[n].dir)) {
      const [a, b] = await Promise.all([before.file(name)!.async('uint8array'), after.file(name)!.async('uint8array')]);
      if (Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0) changedParts.push(name);
    }
    // the recalculated sheets, and workbook.xml (fullCalcOnLoad) — nothing else
    expect(changedParts).toContain('xl/workbook.xml');
    expect(changedParts.filter((p) => !/^xl\/worksheets\/sheet\d+\.xml$/.test(p) && p !== 'xl/workbook.xml')).toEqual([]);
    expect(changedParts.length).toBeLessThan(Object.keys(before.files).length);
  });

  test('nothing changed: the download is the original file itself', async () => {
    const port = await fixturePort();
    expect(await workbookBytes(port.workbook)).toBe(port.workbook.original);
  });

  test.each([
    ['安亭.xlsx', '安亭（绩效自评助手）.xlsx'],
    ['book.XLSM', 'book（绩效自评助手）.xlsm'],
    ['noext', 'noext（绩效自评助手）.xlsx'],
  ])('downloadName(%s) = %s', (input, expected) => {
    expect(downloadName(input)).toBe(expected);
  });
});
