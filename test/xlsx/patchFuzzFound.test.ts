/**
 * What the fuzzer (test/fuzz/) found in the patcher, each as the smallest package that showed it:
 * the copy must change exactly the cells the reader will read back, or refuse.
 */
import * as ExcelJS from 'exceljs';
import type { PlanEntry } from '../../src/core/writePlan';
import { isReadError, readWorkbook } from '../../src/xlsx/read';
import { patchSheetXml } from '../../src/xlsx/sheetPatch';
import { patchXlsx } from '../../src/xlsx/xlsxPatch';
import { text, unzipParts, withText, zipParts } from '../fuzz/zip';

const entry = (sheet: string, cell: string, value: string): PlanEntry => ({ sheet, cell, kind: 'indicatorScore', before: null, after: { type: 'number', text: value } });

async function twoSheets(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('表一').getCell('A1').value = 1;
  wb.addWorksheet('表二').getCell('A1').value = 2;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function valuesOf(bytes: Uint8Array): Promise<unknown[][][]> {
  const grids = await readWorkbook(bytes);
  if (isReadError(grids)) throw new Error(grids.code);
  return grids.map((g) => g.values);
}

test('two sheets of one name: nothing is written under that name (it used to go into the last of them)', async () => {
  const parts = unzipParts(await twoSheets()).map((p) => (p.name === 'xl/workbook.xml' ? withText(p, text(p).replace('name="表二"', 'name="表一"')) : p));
  const bytes = zipParts(parts);
  const r = await patchXlsx(bytes, [entry('表一', 'B2', '3.00')]);
  expect(r.applied).toEqual([]);
  expect(r.refused.map((x) => x.reason)).toEqual(['noSheet']);
  expect(r.bytes).toBe(bytes);
});

test('two zip entries of one name (in any case): refused, since JSZip would write back only one', async () => {
  const parts = unzipParts(await twoSheets());
  const sheet2 = parts.find((p) => p.name === 'xl/worksheets/sheet2.xml')!;
  for (const name of ['xl/worksheets/sheet1.xml', 'XL/Worksheets/Sheet1.xml']) {
    const bytes = zipParts([...parts, { ...sheet2, name }]);
    expect(await valuesOf(bytes)).toEqual([[[1]], [[2]]]); // the reader reads the first entry
    await expect(patchXlsx(bytes, [entry('表一', 'B2', '3.00')])).rejects.toThrow('two entries named');
  }
});

describe('cells placed where the reader places them', () => {
  const xml = (row: string) => `<worksheet><sheetData>${row}</sheetData></worksheet>`;

  test.each([
    ['a reference without digits', '<row r="2"><c r="A"><v>1</v></c></row>', 'B2', '<c r="A"><v>1</v></c><c r="B2"><v>3.00</v></c>'],
    ['a reference starting with a digit (the next column)', '<row r="2"><c r="1A"><v>1</v></c></row>', 'B2', '<c r="1A"><v>1</v></c><c r="B2"><v>3.00</v></c>'],
    ['a row number beyond Excel (its letters count)', '<row r="2"><c r="A99999999999999999"><v>1</v></c></row>', 'A2', '<c r="A2"><v>3.00</v></c>'],
    ['a column beyond ZZZ', '<row r="2"><c r="ZZZZ99999999"><v>1</v></c></row>', 'B2', '<c r="B2"><v>3.00</v></c><c r="ZZZZ99999999"><v>1</v></c>'],
  ])('%s', (_, row, cell, want) => {
    const out = patchSheetXml(xml(row), [{ cell, value: { type: 'number', text: '3.00' } }]);
    expect(out.written).toEqual([cell]);
    expect(out.xml).toContain(want);
  });

  test('a row whose r is no positive integer: where the reader reads it (parseInt, else the next row)', async () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c></row><row r="1.5"><c r="B1"><v>2</v></c></row><row r="0"><c r="A2"><v>3</v></c></row>';
    const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const parts = unzipParts(await twoSheets()).map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? withText(p, `<worksheet ${ns}><sheetData>${rows}</sheetData></worksheet>`) : p));
    const bytes = zipParts(parts);
    expect((await valuesOf(bytes))[0]).toEqual([[1, 2], [3, null]]);
    const r = await patchXlsx(bytes, [entry('表一', 'C1', '4.00'), entry('表一', 'B2', '5.00')]);
    expect(r.applied).toHaveLength(2);
    expect((await valuesOf(r.bytes))[0]).toEqual([[1, 2, 4], [3, 5, null]]);
    // written into the rows the reader reads, not into new ones beside them (two rows 2: Excel repairs the file)
    const xml = text(unzipParts(r.bytes).find((p) => p.name === 'xl/worksheets/sheet1.xml')!);
    expect(xml.match(/<row/g)).toHaveLength(3);
  });
});

test('two <c> of one column in a row: the one the reader keeps (the last) is written', () => {
  const row = '<row r="8"><c r="I58"/><c r="G8"><v>10</v></c><c r="I8"><v>9.94</v></c></row>';
  const out = patchSheetXml(`<worksheet><sheetData>${row}</sheetData></worksheet>`, [{ cell: 'I8', value: { type: 'number', text: '0.00' } }]);
  expect(out.xml).toContain('<row r="8"><c r="I58"/><c r="G8"><v>10</v></c><c r="I8"><v>0.00</v></c></row>');
});

describe('tag soup the reader reads its own way is not patched', () => {
  test.each([
    ['an end tag inside a start tag', '<row r="4" x14ac</sheetData>" t="s"><c r="A4"><v>1</v></c></row>'],
    ['an end tag inside a value', '<row r="4"><c r="A4"><v>1</row>2</v></c><c r="B4"><v>2</v></c></row>'],
    ['a stray <', '<row r="4"><c r="A4"><v>1 < 2</v></c></row>'],
    ['a DTD', '<!DOCTYPE x [<!ENTITY a "aaaa">]><row r="4"><c r="A4"><v>1</v></c></row>'],
    ['an end tag inside an attribute value', '<row r="4"><c r="</row>4"><v>1</v></c><c r="C4"><v>2</v></c></row>'],
  ])('%s', (_, rows) => {
    expect(() => patchSheetXml(`<worksheet><sheetData>${rows}</sheetData></worksheet>`, [{ cell: 'B4', value: { type: 'number', text: '3.00' } }])).toThrow('malformed');
  });

  test('comments, CDATA, instructions and a quoted ">" are well-formed', () => {
    const xml = `<?xml version="1.0"?><!-- <x> --><worksheet a="1>2" b='/'><sheetData><row r="4"><c r="A4" t="inlineStr"><is><t><![CDATA[<&>]]></t></is></c></row></sheetData></worksheet>`;
    expect(patchSheetXml(xml, [{ cell: 'B4', value: { type: 'number', text: '3.00' } }]).written).toEqual(['B4']);
  });
});

test('a local header naming its entry otherwise than the directory: refused (JSZip would rename the part)', async () => {
  const bytes = zipParts(unzipParts(await twoSheets()));
  const name = new TextEncoder().encode('xl/worksheets/sheet2.xml');
  let at = -1;
  for (let i = 0; i + 4 < bytes.length && at < 0; i++) if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 3 && bytes[i + 3] === 4 && name.every((c, k) => bytes[i + 30 + k] === c)) at = i;
  expect(at).toBeGreaterThan(0);
  const flipped = bytes.slice();
  flipped[at + 30 + 3] ^= 1; // xl/worksheets/… → xl/vorksheets/… in the local header only
  expect(await valuesOf(flipped)).toEqual([[[1]], [[2]]]); // the reader goes by the directory
  await expect(patchXlsx(flipped, [entry('表一', 'B2', '3.00')])).rejects.toThrow('local header');
  await expect(patchXlsx(bytes, [entry('表一', 'B2', '3.00')])).resolves.toBeTruthy();
});
