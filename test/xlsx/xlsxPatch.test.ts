import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { packageMap, resolveTarget, setFullCalcOnLoad } from '../../src/xlsx/packageMap';
import { CellWrite, patchSheetXml } from '../../src/xlsx/sheetPatch';
import { patchXlsx } from '../../src/xlsx/xlsxPatch';
import type { PlanEntry } from '../../src/core/writePlan';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const sheet = (data: string, head = '') => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>${head}<sheetData>${data}</sheetData><pageMargins/></worksheet>`;
const num = (cell: string, text: string): CellWrite => ({ cell, value: { type: 'number', text } });
const txt = (cell: string, text: string): CellWrite => ({ cell, value: { type: 'text', text } });

describe('patchSheetXml', () => {
  test('replaces a cell in place: keeps s and other attributes, drops t/cm/vm and the old value', () => {
    const xml = sheet('<row r="1" spans="1:3"><c r="A1" s="4" t="s" vm="1" ph="1"><v>7</v></c><c r="B1" s="5"><v>1</v></c></row>');
    const p = patchSheetXml(xml, [num('A1', '99.45'), num('B1', '0.00')]);
    expect(p.xml).toBe(sheet('<row r="1" spans="1:3"><c r="A1" s="4" ph="1"><v>99.45</v></c><c r="B1" s="5"><v>0.00</v></c></row>'));
    expect(p.written).toEqual(['A1', 'B1']);
  });

  test('text is an inline string, escaped, never a formula', () => {
    const xml = sheet('<row r="2"><c r="B2" s="1" t="s"><v>3</v></c></row>');
    const p = patchSheetXml(xml, [txt('B2', '=SUM(A1)<&>'), txt('C2', ' 优 ')]);
    expect(p.xml).toContain('<c r="B2" s="1" t="inlineStr"><is><t>=SUM(A1)&lt;&amp;&gt;</t></is></c>');
    expect(p.xml).toContain('<c r="C2" t="inlineStr"><is><t xml:space="preserve"> 优 </t></is></c>');
    expect(p.xml).not.toContain('<f>');
  });

  test('a cell holding a formula is refused, whatever the plan says', () => {
    const xml = sheet('<row r="1"><c r="A1" s="2"><f>B1*2</f><v>4</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0"/><v>2</v></c></row>');
    const p = patchSheetXml(xml, [num('A1', '1.00'), num('B1', '1.00')]);
    expect(p.xml).toBe(xml);
    expect(p.written).toEqual([]);
    expect(p.refused).toEqual([
      { cell: 'A1', reason: 'formula' },
      { cell: 'B1', reason: 'formula' },
    ]);
  });

  test('a cell inside an array formula range is refused even without its own <f>', () => {
    const xml = sheet('<row r="1"><c r="A1"><f t="array" ref="A1:A3">B1:B3*2</f><v>2</v></c></row><row r="2"><c r="A2"><v>4</v></c></row>');
    const p = patchSheetXml(xml, [num('A2', '1.00'), num('A3', '1.00'), num('B2', '1.00')]);
    expect(p.refused).toEqual([
      { cell: 'A2', reason: 'formula' },
      { cell: 'A3', reason: 'formula' },
    ]);
    expect(p.written).toEqual(['B2']);
    expect(p.xml).not.toContain('<row r="3">');
  });

  test('a number that is not plain decimal text is refused', () => {
    const p = patchSheetXml(sheet('<row r="1"><c r="A1"/></row>'), [num('A1', '1e5'), num('A1', 'NaN')]);
    expect(p.refused).toEqual([{ cell: 'A1', reason: 'badValue' }]);
  });

  test('a missing cell goes into its row in column order; spans widened', () => {
    const xml = sheet('<row r="3" spans="1:3"><c r="A3"><v>1</v></c><c r="C3"><v>3</v></c></row>');
    const p = patchSheetXml(xml, [num('B3', '2.00'), num('E3', '5.00'), num('D3', '4.00')]);
    expect(p.xml).toBe(
      sheet('<row r="3" spans="1:5"><c r="A3"><v>1</v></c><c r="B3"><v>2.00</v></c><c r="C3"><v>3</v></c><c r="D3"><v>4.00</v></c><c r="E3"><v>5.00</v></c></row>'),
    );
  });

  test('a self-closing row is expanded; a missing row is created in row order; sheetData may be empty', () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="4" spans="2:2" ht="20" customHeight="1"/><row r="9"><c r="A9"><v>9</v></c></row>');
    const p = patchSheetXml(xml, [num('B4', '4.00'), num('A6', '6.00'), num('B2', '2.00'), num('A12', '12.00')]);
    expect(p.xml).toBe(
      sheet(
        '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><v>2.00</v></c></row>' +
          '<row r="4" spans="2:2" ht="20" customHeight="1"><c r="B4"><v>4.00</v></c></row>' +
          '<row r="6"><c r="A6"><v>6.00</v></c></row><row r="9"><c r="A9"><v>9</v></c></row>' +
          '<row r="12"><c r="A12"><v>12.00</v></c></row>',
      ),
    );
    const empty = `<worksheet ${NS}><dimension ref="A1"/><sheetData/></worksheet>`;
    expect(patchSheetXml(empty, [txt('C2', '优')]).xml).toBe(
      `<worksheet ${NS}><dimension ref="A1:C2"/><sheetData><row r="2"><c r="C2" t="inlineStr"><is><t>优</t></is></c></row></sheetData></worksheet>`,
    );
  });

  test('namespace prefixes are kept (x:row, x:c, x:v)', () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" s="1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const p = patchSheetXml(xml, [num('A1', '2.00'), txt('B1', '良'), num('A3', '3.00')]);
    expect(p.xml).toBe(
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
        `<x:row r="1"><x:c r="A1" s="1"><x:v>2.00</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>良</x:t></x:is></x:c></x:row>` +
        `<x:row r="3"><x:c r="A3"><x:v>3.00</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    );
  });

  test('rows and cells without r are placed by position', () => {
    const xml = sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>');
    const p = patchSheetXml(xml, [num('B1', '9.00'), num('C2', '8.00')]);
    expect(p.xml).toBe(sheet('<row><c><v>1</v></c><c r="B1"><v>9.00</v></c></row><row><c><v>3</v></c><c r="C2"><v>8.00</v></c></row>'));
  });

  test('a new cell takes the row style (customFormat) or else the column style', () => {
    const head = '<cols><col min="1" max="2" width="9" style="7" customWidth="1"/><col min="4" max="4" style="8"/></cols>';
    const xml = sheet('<row r="1" s="3" customFormat="1"><c r="C1"/></row><row r="2"><c r="C2"/></row>', head);
    const p = patchSheetXml(xml, [num('A1', '1.00'), num('A2', '1.00'), num('D2', '1.00'), num('E2', '1.00')]);
    expect(p.xml).toContain('<c r="A1" s="3"><v>1.00</v></c>');
    expect(p.xml).toContain('<c r="A2" s="7"><v>1.00</v></c>');
    expect(p.xml).toContain('<c r="D2" s="8"><v>1.00</v></c>');
    expect(p.xml).toContain('<c r="E2"><v>1.00</v></c>');
  });

  test('dimension widened to cover a cell written outside it', () => {
    const xml = sheet('<row r="1"><c r="A1"/></row>', '<dimension ref="A1:B2"/>');
    expect(patchSheetXml(xml, [num('D5', '1.00')]).xml).toContain('<dimension ref="A1:D5"/>');
  });
});

describe('workbook part', () => {
  test('fullCalcOnLoad set on an existing calcPr', () => {
    expect(setFullCalcOnLoad(`<workbook ${NS}><sheets/><calcPr calcId="1" fullCalcOnLoad="0"/></workbook>`)).toBe(
      `<workbook ${NS}><sheets/><calcPr calcId="1" fullCalcOnLoad="1"/></workbook>`,
    );
  });

  test('calcPr created in schema order: after definedNames, before oleSize/extLst', () => {
    const wb = (mid: string, tail: string) => `<x:workbook xmlns:x="s"><x:sheets><x:sheet name="a" r:id="rId1"/></x:sheets>${mid}${tail}</x:workbook>`;
    const names = '<x:definedNames><x:definedName name="n">a!$A$1</x:definedName></x:definedNames>';
    expect(setFullCalcOnLoad(wb(names, '<x:extLst><x:ext uri="u"/></x:extLst>'))).toBe(wb(names, '<x:calcPr fullCalcOnLoad="1"/><x:extLst><x:ext uri="u"/></x:extLst>'));
    expect(setFullCalcOnLoad(wb(names, '<x:oleSize ref="A1"/>'))).toBe(wb(names, '<x:calcPr fullCalcOnLoad="1"/><x:oleSize ref="A1"/>'));
    expect(setFullCalcOnLoad(wb(names, ''))).toBe(wb(names, '<x:calcPr fullCalcOnLoad="1"/>'));
  });

  test('relationship targets: relative, absolute, parent folders', () => {
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', '../other/s.xml')).toBe('other/s.xml');
    expect(resolveTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
  });
});

/** A hand-made package: unusual part names, absolute targets, escaped sheet names, extra parts. */
async function handMadePackage(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/book/main.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/book/s/one.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/book/s/two.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="book/main.xml"/></Relationships>');
  zip.file(
    'book/main.xml',
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="A&amp;B" sheetId="1" rel:id="rA"/><sheet name="二" sheetId="2" rel:id="rB"/></sheets></workbook>',
  );
  zip.file(
    'book/_rels/main.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rA" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/book/s/one.xml"/><Relationship Id="rB" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="s/two.xml"/></Relationships>',
  );
  zip.file('book/s/one.xml', sheet('<row r="1"><c r="A1"><v>1</v></c></row>'));
  zip.file('book/s/two.xml', sheet('<row r="1"><c r="A1"><v>2</v></c></row>'));
  zip.file('custom/thing.bin', Buffer.from([0, 1, 2, 3, 255]));
  return zip.generateAsync({ type: 'nodebuffer' });
}

const entry = (sheetName: string, cell: string, after: PlanEntry['after']): PlanEntry => ({ sheet: sheetName, cell, kind: 'rate', before: null, after });

describe('patchXlsx', () => {
  test('maps sheet names to parts through the relationships, whatever the part names', async () => {
    const bytes = await handMadePackage();
    const map = await packageMap(await JSZip.loadAsync(bytes));
    expect(map.workbook).toBe('book/main.xml');
    expect([...map.sheets]).toEqual([
      ['A&B', 'book/s/one.xml'],
      ['二', 'book/s/two.xml'],
    ]);
    const r = await patchXlsx(bytes, [entry('二', 'B1', { type: 'number', text: '3.50' }), entry('无此表', 'A1', { type: 'number', text: '1.00' })]);
    expect(r.applied.map((e) => e.cell)).toEqual(['B1']);
    expect(r.refused.map((x) => x.reason)).toEqual(['noSheet']);
    const out = await JSZip.loadAsync(r.bytes);
    expect(await out.file('book/s/two.xml')!.async('string')).toContain('<c r="B1"><v>3.50</v></c>');
    expect(await out.file('book/s/one.xml')!.async('string')).toBe(sheet('<row r="1"><c r="A1"><v>1</v></c></row>'));
    expect(await out.file('book/main.xml')!.async('string')).toContain('<calcPr fullCalcOnLoad="1"/></workbook>');
    expect(Buffer.from(await out.file('custom/thing.bin')!.async('uint8array'))).toEqual(Buffer.from([0, 1, 2, 3, 255]));
    expect(Object.keys(out.files)).toEqual(Object.keys((await JSZip.loadAsync(bytes)).files));
  });

  test('nothing to write: the very same bytes come back', async () => {
    const bytes = await handMadePackage();
    const r = await patchXlsx(bytes, [entry('无此表', 'A1', { type: 'number', text: '1.00' })]);
    expect(r.bytes).toBe(bytes);
    expect((await patchXlsx(bytes, [])).bytes).toBe(bytes);
  });

  test('ExcelJS reads text that looks like a formula back as text', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').getCell('A1').value = 1;
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await patchXlsx(bytes, [entry('S', 'B2', { type: 'text', text: '=1+1' }), entry('S', 'A1', { type: 'text', text: '@x' })]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(r.bytes as never);
    const ws = back.getWorksheet('S')!;
    expect(ws.getCell('B2').value).toBe('=1+1');
    expect(ws.getCell('B2').formula).toBeUndefined();
    expect(ws.getCell('A1').value).toBe('@x');
  });
});
