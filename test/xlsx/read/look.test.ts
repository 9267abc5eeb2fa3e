/**
 * The look reader (src/xlsx/read/look): a cell style written by ExcelJS → the look read back,
 * table by table; sheet-level looks (widths, heights, links, own validation); what only the XML
 * says (namespace prefixes, `<b val="0"/>`, Excel 2010 validations); and the fixture's looks
 * against ExcelJS's reading of the same file (the oracle).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { isReadError, openPackage } from '../../../src/xlsx/read';
import { CellLookStyle, hasValidation, parseCellStyles, parseSheetLook, readLooks, SheetLook, styleAt, widthAt, WorkbookLooks } from '../../../src/xlsx/read/look';

const FIXTURE = path.resolve(__dirname, '../../fixtures/anting-2024.xlsx');

async function looksOf(bytes: Uint8Array): Promise<WorkbookLooks> {
  const pkg = await openPackage(bytes);
  if (isReadError(pkg)) throw new Error(pkg.code);
  return readLooks(pkg);
}

async function looksOfWorkbook(wb: ExcelJS.Workbook): Promise<WorkbookLooks> {
  return looksOf(new Uint8Array(await wb.xlsx.writeBuffer()));
}

const THIN_RED = { style: 'thin' as const, color: { argb: 'FFFF0000' } };

const STYLES: [string, Partial<ExcelJS.Style>, Partial<CellLookStyle>][] = [
  ['bold', { font: { bold: true } }, { font: { bold: true } }],
  ['italic, 14 pt, ARGB colour', { font: { italic: true, size: 14, color: { argb: 'FF605E5C' } } }, { font: { italic: true, size: 14, color: '605E5C' } }],
  ['a theme colour is not resolved', { font: { bold: true, color: { theme: 1 } } }, { font: { bold: true } }],
  ['solid fill', { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } }, { fill: 'F2F2F2' }],
  ['a hatched fill is no solid fill', { fill: { type: 'pattern', pattern: 'darkGray', fgColor: { argb: 'FF00FF00' } } }, { fill: undefined }],
  ['a box of thin red edges', { border: { top: THIN_RED, bottom: THIN_RED, left: THIN_RED, right: THIN_RED } }, { border: { top: { style: 'thin', color: 'FF0000' }, bottom: { style: 'thin', color: 'FF0000' }, left: { style: 'thin', color: 'FF0000' }, right: { style: 'thin', color: 'FF0000' } } }],
  ['a medium top edge only', { border: { top: { style: 'medium' } } }, { border: { top: { style: 'medium' } } }],
  ['centred, middle, wrapped', { alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }, { align: { horizontal: 'center', vertical: 'middle', wrap: true } }],
  ['right, top', { alignment: { horizontal: 'right', vertical: 'top' } }, { align: { horizontal: 'right', vertical: 'top' } }],
  ['a custom number format', { numFmt: '#,##0.00;[Red]-#,##0.00' }, { numFmt: '#,##0.00;[Red]-#,##0.00' }],
  ['a built-in number format', { numFmt: '0.00%' }, { numFmt: '0.00%' }],
];

describe('a cell style → its look', () => {
  let looks: WorkbookLooks;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    STYLES.forEach(([, style], i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = i;
      cell.style = style;
    });
    ws.getCell(1, 2).value = 'plain';
    looks = await looksOfWorkbook(wb);
  });

  test.each(STYLES.map(([name, , look], i) => [name, i, look] as const))('%s', (_, i, expected) => {
    const style = styleAt(looks.get('S')!, i, 0);
    expect(style).toMatchObject(Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== undefined)));
    for (const [k, v] of Object.entries(expected)) if (v === undefined) expect(style?.[k as keyof CellLookStyle]).toBeUndefined();
  });

  test('a cell without a style has none', () => {
    expect(styleAt(looks.get('S')!, 0, 1)).toBeUndefined();
    expect(styleAt(looks.get('S')!, 50, 50)).toBeUndefined();
  });
});

describe('the sheet: widths, heights, links to places in the workbook, own data validation', () => {
  let look: SheetLook;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Form');
    wb.addWorksheet("Bob's sheet");
    ws.getColumn(3).width = 24;
    ws.getColumn(5).width = 9.5;
    ws.getRow(2).height = 30;
    ws.getCell('A2').value = 'x';
    ws.getCell('B3').value = { text: 'to Bob', hyperlink: "#'Bob''s sheet'!C7" };
    ws.getCell('B4').value = { text: 'web', hyperlink: 'https://example.org/' };
    ws.getCell('D5').dataValidation = { type: 'decimal', operator: 'between', formulae: [0, 15], allowBlank: true };
    ws.getCell('D6').dataValidation = { type: 'any', showInputMessage: true, prompt: 'hint' } as unknown as ExcelJS.DataValidation;
    look = (await looksOfWorkbook(wb)).get('Form')!;
  });

  test.each([
    [2, 24],
    [4, 9.5],
    [0, undefined],
  ])('column %i is %p characters wide', (col, width) => expect(widthAt(look, col)).toBe(width));

  test('row heights in points, where set', () => {
    expect(look.rowHeights.get(1)).toBe(30);
    expect(look.rowHeights.has(0)).toBe(false);
  });

  test('an internal link keeps its place; a web link is left out', () => {
    expect([...look.links.values()]).toEqual(["'Bob''s sheet'!C7"]);
  });

  test.each([
    ['D5', true],
    ['D6', false], // "any value" with a prompt: no validation as Office.js sees it
    ['D4', false],
  ])('%s has its own validation: %p', (cell, has) => {
    const row = Number(cell.slice(1)) - 1;
    expect(hasValidation(look, row, cell.charCodeAt(0) - 65)).toBe(has);
  });
});

describe('what only the XML says', () => {
  const styles = parseCellStyles(
    '<x:styleSheet xmlns:x="s"><x:fonts><x:font><x:sz val="11"/></x:font><x:font><x:b val="0"/><x:i/><x:color rgb="1F4E79"/></x:font></x:fonts>' +
      '<x:fills><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:gradientFill><x:stop position="0"><x:color rgb="FFFF0000"/></x:stop></x:gradientFill></x:fill></x:fills>' +
      '<x:borders><x:border><x:left/></x:border><x:border><x:start style="thick"><x:color rgb="FF00B050"/></x:start><x:diagonal style="thin"/></x:border></x:borders>' +
      '<x:cellXfs><x:xf fontId="0" fillId="0" borderId="0"/><x:xf fontId="1" fillId="1" borderId="1" numFmtId="10"><x:alignment vertical="center"/></x:xf></x:cellXfs></x:styleSheet>',
  );

  test('prefixed parts; <b val="0"/> is not bold; a plain RGB colour; a gradient is no fill; start is left', () => {
    expect(styles[1]).toEqual({ font: { italic: true, color: '1F4E79' }, border: { left: { style: 'thick', color: '00B050' } }, align: { vertical: 'middle' }, numFmt: '0.00%' });
  });

  test('Excel 2010 validations in extLst count; their sqref is an element', () => {
    const look = parseSheetLook(
      '<worksheet><sheetData><row r="3" ht="20.25"><c r="B3" s="1"/></row></sheetData><extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}">' +
        '<x14:dataValidations count="1"><x14:dataValidation type="list"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>E2:E4 G9</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>',
      styles,
    );
    expect(look.validations).toEqual([
      { top: 1, left: 4, bottom: 3, right: 4 },
      { top: 8, left: 6, bottom: 8, right: 6 },
    ]);
    expect(look.rowHeights.get(2)).toBe(20.25);
    expect(styleAt(look, 2, 1)).toBe(styles[1]);
  });
});

/** ExcelJS's reading of a cell's style, in the look's terms (the oracle). */
function viaExcelJS(cell: ExcelJS.Cell): CellLookStyle {
  const rgb = (c: Partial<ExcelJS.Color> | undefined) => (c?.argb && /^[0-9A-F]{8}$/i.test(c.argb) ? c.argb.slice(2).toUpperCase() : undefined);
  const out: CellLookStyle = { numFmt: cell.numFmt ? String(cell.numFmt) : null };
  const f = cell.font;
  const font = { bold: f?.bold || undefined, italic: f?.italic || undefined, size: f?.size, color: rgb(f?.color) };
  if (Object.values(font).some((v) => v !== undefined)) out.font = JSON.parse(JSON.stringify(font));
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === 'pattern' && fill.pattern === 'solid' && rgb(fill.fgColor)) out.fill = rgb(fill.fgColor);
  const border: Record<string, { style: string; color?: string }> = {};
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const e = cell.border?.[side];
    if (e?.style) border[side] = rgb(e.color) ? { style: e.style, color: rgb(e.color) } : { style: e.style };
  }
  if (Object.keys(border).length) out.border = border;
  const a = cell.alignment;
  const align = { horizontal: a?.horizontal, vertical: a?.vertical, wrap: a?.wrapText || undefined };
  if (Object.values(align).some((v) => v !== undefined)) out.align = JSON.parse(JSON.stringify(align));
  return out;
}

test('the fixture: every styled cell, column width and row height as ExcelJS reads them', async () => {
  const bytes = new Uint8Array(fs.readFileSync(FIXTURE));
  const looks = await looksOf(bytes);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  let compared = 0;
  for (const ws of wb.worksheets) {
    const look = looks.get(ws.name)!;
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height) expect([ws.name, r, look.rowHeights.get(r - 1)]).toEqual([ws.name, r, row.height]);
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (Object.keys(cell.style ?? {}).length === 0) return; // no `s`: no style either way
        const ours = styleAt(look, r - 1, c - 1) ?? look.styles[0];
        expect([cell.address, ours]).toEqual([cell.address, viaExcelJS(cell)]);
        compared++;
      });
    });
    for (let c = 1; c <= 30; c++) expect([ws.name, c, widthAt(look, c - 1)]).toEqual([ws.name, c, ws.getColumn(c).width]);
  }
  expect(compared).toBeGreaterThan(500);
});
