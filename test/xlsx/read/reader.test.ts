/**
 * The reader (src/xlsx/read) against the reference: ExcelJS's full load turned into
 * Grids by test/support/exceljsGrids.ts. Same Grids on the fixture, every variant and hand-built workbooks; plus
 * what only the lean reader reads (namespace prefixes) and the string decoding details.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Grid } from '../../../src/core/grid';
import { workbookToGrids } from '../../support/exceljsGrids';
import { isReadError, readWorkbook } from '../../../src/xlsx/read';
import { gridsFromBytes } from '../../../src/cli/load';
import { VARIANT_NAMES, writeVariants } from '../../variants/makeVariants';
import { FIXTURE, tmpDir } from '../../cli/helpers';

/** The Grids, or a thrown error naming the reason (so a test fails with the code). */
async function readGridsFromXlsx(bytes: Uint8Array): Promise<Grid[]> {
  const out = await readWorkbook(bytes);
  if (isReadError(out)) throw new Error(`${out.code}: ${out.detail ?? ''}`);
  return out;
}

async function viaExcelJS(bytes: Buffer): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbookToGrids(wb);
}

async function expectSameAsExcelJS(bytes: Buffer): Promise<Grid[]> {
  const lean = await readGridsFromXlsx(bytes);
  expect(lean).toStrictEqual(await viaExcelJS(bytes));
  return lean;
}

async function bytesOf(wb: ExcelJS.Workbook, options?: Partial<ExcelJS.XlsxWriteOptions>): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer(options));
}

/** The package with some entries rewritten (name → new text from the old one). */
async function rewrite(bytes: Buffer, edits: Record<string, (xml: string) => string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, edit] of Object.entries(edits)) zip.file(name, edit(await zip.file(name)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Every element of a part moved into the `x:` prefix (as some OpenXML SDK writers do). */
function prefixed(xml: string): string {
  return xml.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, (all, slash: string, name: string) => (name.includes(':') ? all : `<${slash}x:${name}`)).replace(/\sxmlns="/, ' xmlns:x="');
}

describe('same Grids as ExcelJS + readGrids', () => {
  test('the fixture', async () => {
    const grids = await expectSameAsExcelJS(fs.readFileSync(FIXTURE));
    expect(grids).toHaveLength(8);
  });

  describe('every variant', () => {
    const dir = tmpDir();
    beforeAll(async () => {
      await writeVariants(dir);
    }, 180000);
    test.each(VARIANT_NAMES)('%s', async (name) => {
      await expectSameAsExcelJS(fs.readFileSync(path.join(dir, `${name}.xlsx`)));
    });
  });

  test('shared and array formulas, booleans, errors, hyperlinks, rich text, escapes', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('公式 & <符号>');
    ws.getCell('A1').value = 2;
    ws.getCell('A2').value = 3;
    ws.getCell('A3').value = 4;
    ws.getCell('B1').value = { formula: 'A1*$A$1+SUM(A1:A2)', result: 6, shareType: 'shared', ref: 'B1:B3' } as ExcelJS.CellValue;
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 11 } as ExcelJS.CellValue;
    ws.getCell('B3').value = { sharedFormula: 'B1', result: 15 } as ExcelJS.CellValue;
    ws.getCell('C1').value = { formula: 'A1:A2*2', result: 4, shareType: 'array', ref: 'C1:C2' } as ExcelJS.CellValue;
    ws.getCell('D1').value = true;
    ws.getCell('D2').value = false;
    ws.getCell('D3').value = { formula: 'A1>1', result: true } as ExcelJS.CellValue;
    ws.getCell('E1').value = { error: '#N/A' } as ExcelJS.CellValue;
    ws.getCell('E2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
    ws.getCell('E3').value = { formula: 'IF(A1>1,"是","否")', result: 'a & b <c>' } as ExcelJS.CellValue;
    ws.getCell('F1').value = { text: '链接', hyperlink: 'https://example.invalid/?a=1&b=2' } as ExcelJS.CellValue;
    ws.getCell('F2').value = { richText: [{ text: '富' }, { text: '文本', font: { bold: true } }] } as ExcelJS.CellValue;
    ws.getCell('F3').value = 'line1\r\nline2\ttab "quoted" \'single\' _x000D_ &amp;';
    ws.getCell('F4').value = '  leading and trailing  ';
    ws.getCell('F5').value = '';
    ws.getCell('G1').value = 0.1 + 0.2;
    ws.getCell('G2').value = -1e-7;
    ws.getCell('G3').value = 123456789012345680000;
    ws.mergeCells('H1:I2');
    ws.getCell('H1').value = '合并';
    ws.getCell('J9').numFmt = '0.00'; // style only: not a cell of the Grid
    await expectSameAsExcelJS(await bytesOf(wb));
  });

  test('dates, number formats, date1904, hidden and protected sheets, an empty sheet', async () => {
    for (const date1904 of [false, true]) {
      const wb = new ExcelJS.Workbook();
      wb.properties.date1904 = date1904;
      const ws = wb.addWorksheet('日期');
      ws.getCell('A1').value = new Date(Date.UTC(2024, 0, 15));
      ws.getCell('A2').value = 45000.75;
      ws.getCell('A2').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell('A3').value = 0.5;
      ws.getCell('A3').numFmt = 'h:mm';
      ws.getCell('A4').value = 12.5;
      ws.getCell('A4').numFmt = '"m"0.00[Red]'; // quoted and bracketed letters do not make a date
      ws.getCell('A5').value = 0.9945;
      ws.getCell('A5').numFmt = '0.00%';
      ws.getCell('A6').value = 1234.5;
      ws.getCell('A6').numFmt = '#,##0.00\\ "万元"';
      ws.getCell('A7').value = { formula: 'A1+1', result: 45307 } as ExcelJS.CellValue;
      ws.getCell('A7').numFmt = 'yyyy-mm-dd';
      ws.getCell('A8').value = 7;
      ws.getCell('A8').numFmt = 'General';
      wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('B2').value = 'hidden';
      wb.addWorksheet('深度隐藏', { state: 'veryHidden' }).getCell('C3').value = 3;
      const locked = wb.addWorksheet('保护');
      locked.getCell('D4').value = 4;
      await locked.protect('', {});
      wb.addWorksheet('空白');
      const grids = await expectSameAsExcelJS(await bytesOf(wb));
      expect(grids.map((g) => g.sheet)).toEqual(['日期', '隐藏', '深度隐藏', '保护', '空白']);
      expect(grids[3].protected).toBe(true);
    }
  });

  test('inline strings (ExcelJS writes rich text inline without a shared string table)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('inline');
    ws.getCell('A1').value = { richText: [{ text: '甲' }, { text: '乙', font: { italic: true } }] } as ExcelJS.CellValue;
    ws.getCell('A2').value = 'plain t="str"';
    const bytes = await rewrite(await bytesOf(wb, { useSharedStrings: false }), {
      'xl/worksheets/sheet1.xml': (xml) => xml.replace('</sheetData>', '<row r="5"><c r="C5" t="inlineStr"><is><t xml:space="preserve"> 内联 &amp; </t></is></c></row></sheetData>'),
    });
    const grids = await expectSameAsExcelJS(bytes);
    expect(grids[0].values.map((r) => r[0])).toEqual(['甲乙', 'plain t="str"', null, null, null]);
    expect(grids[0].values[4][2]).toBe(' 内联 & ');
  });

  test('the same package written differently: quotes, whitespace, comments, cells without r, absolute targets, a chartsheet', async () => {
    const plain = fs.readFileSync(FIXTURE);
    const expected = await readGridsFromXlsx(plain);
    const zip = await JSZip.loadAsync(plain);
    zip.file('xl/chartsheets/sheet1.xml', '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>');
    const withChart = await zip.generateAsync({ type: 'nodebuffer' });
    const bytes = await rewrite(withChart, {
      // Pretty-printed, single-quoted attributes, a comment in every cell.
      'xl/worksheets/sheet2.xml': (xml) => xml.replace(/></g, '>\n  <').replace(/<v>\n {2}</g, '<v><').replace(/"/g, "'").replace(/<\/c>/g, '<!-- c --></c>'),
      // `r` left out on every cell but the first of its row: the column follows the previous cell.
      'xl/worksheets/sheet3.xml': (xml) => xml.replace(/(<row [^>]*>(?:<c r="[A-Z]+\d+"))|<c r="[A-Z]+\d+"/g, (all, first?: string) => first ?? '<c'),
      // Absolute targets; a chartsheet among the sheets (no cells: left out, as ExcelJS does).
      'xl/_rels/workbook.xml.rels': (xml) =>
        xml
          .replace(/Target="worksheets\//g, 'Target="/xl/worksheets/')
          .replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>'),
      'xl/workbook.xml': (xml) => xml.replace('</sheets>', '<sheet name="图表" sheetId="99" r:id="rId99"/></sheets>'),
    });
    expect(await readGridsFromXlsx(bytes)).toStrictEqual(expected);
    expect(await viaExcelJS(bytes)).toStrictEqual(expected);
  });
});

describe('beyond ExcelJS', () => {
  test('a package whose parts use a namespace prefix reads like the plain one', async () => {
    const plain = fs.readFileSync(FIXTURE);
    const edits: Record<string, (xml: string) => string> = { 'xl/workbook.xml': prefixed, 'xl/sharedStrings.xml': prefixed, 'xl/styles.xml': prefixed };
    for (let i = 1; i <= 8; i++) edits[`xl/worksheets/sheet${i}.xml`] = prefixed;
    const bytes = await rewrite(plain, edits);
    const sheet2 = (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet2.xml')!.async('string');
    expect(await sheet2).toMatch(/^<\?xml[^>]*\?>\s*<x:worksheet xmlns:x=/);
    expect(await sheet2).toContain('<x:c r="D5"');
    const expected = await readGridsFromXlsx(plain);
    expect(await readGridsFromXlsx(bytes)).toStrictEqual(expected);
    expect(await gridsFromBytes(bytes)).toStrictEqual(expected);
    // ExcelJS does not read the prefixed elements (it fails or sees no cells): that is fine.
    const exceljs = await viaExcelJS(bytes).catch(() => null);
    expect(exceljs).not.toStrictEqual(expected);
  });

  test('phonetic runs are left out; entities and _xHHHH_ escapes are decoded', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    for (let r = 1; r <= 5; r++) ws.getCell(r, 1).value = `placeholder ${r}`;
    const sst =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">' +
      '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>' +
      '<si><r><rPr><b/><sz val="11"/></rPr><t>东方</t></r><rPh sb="0" eb="1"><t>とう</t></rPh><r><t xml:space="preserve"> 明珠 </t></r></si>' +
      '<si><t>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#20013;&#x6587; &#x1F600;</t></si>' +
      '<si><t>one_x000D_\ntwo_x0009_three _x005F_x000D_</t></si>' +
      '<si><t><![CDATA[<raw & text>]]></t></si>' +
      '</sst>';
    const bytes = await rewrite(await bytesOf(wb), { 'xl/sharedStrings.xml': () => sst });
    const [grid] = await readGridsFromXlsx(bytes);
    expect(grid.values.map((r: unknown[]) => r[0])).toEqual(['漢字', '东方 明珠 ', '<a> & "b" \'c\' 中文 😀', 'one\r\ntwo\tthree _x000D_', '<raw & text>']);
  });

  test('a formula whose cached result is 0 keeps the 0 (ExcelJS drops falsy results)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('zero');
    ws.getCell('A1').value = { formula: 'B1*0', result: 0 } as ExcelJS.CellValue;
    ws.getCell('B1').value = 5;
    const bytes = await bytesOf(wb);
    const [lean] = await readGridsFromXlsx(bytes);
    const [ref] = await viaExcelJS(bytes);
    expect(lean.values[0][0]).toBe(0);
    expect(ref.values[0][0]).toBeNull();
    expect(lean.formulas).toStrictEqual(ref.formulas);
  });

  test('where ExcelJS misreads or throws: t="d", sheet="true", a date-formatted text result', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('d');
    ws.getCell('A1').value = { formula: 'B1&""', result: 'text' } as ExcelJS.CellValue;
    ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    ws.getCell('A2').value = 1;
    const bytes = await rewrite(await bytesOf(wb), {
      'xl/worksheets/sheet1.xml': (xml) =>
        xml.replace(/<c r="A2"[^>]*>.*?<\/c>/, '<c r="A2" t="d"><v>2024-03-05T00:00:00</v></c>').replace('</sheetData>', '</sheetData><sheetProtection sheet="true"/>'),
    });
    await expect(viaExcelJS(bytes)).rejects.toThrow(/Invalid time value/);
    const [grid] = await readGridsFromXlsx(bytes);
    expect(grid.values).toEqual([['text'], ['2024-03-05']]);
    expect(grid.protected).toBe(true);
  });

  test('a package whose workbook part is missing is refused as missingPart, naming it (no ExcelJS fallback any more)', async () => {
    // The root relationship points at a missing part; ExcelJS reads xl/workbook.xml regardless.
    const bytes = await rewrite(fs.readFileSync(FIXTURE), { '_rels/.rels': (xml) => xml.replace('Target="xl/workbook.xml"', 'Target="xl/elsewhere.xml"') });
    expect(await readWorkbook(bytes)).toEqual({ code: 'missingPart', part: 'xl/elsewhere.xml' });
  });
});
