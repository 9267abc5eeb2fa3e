/**
 * The sheet writer beyond the fixture: a new workbook of three sheets, packages without
 * styles.xml or with a calculation chain, styles reused across prefixes, docProps/app.xml,
 * content types, sheet names.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetSpec } from '../../src/core/sheetSpec';
import { generatePackage, newWorkbook, newWorkbookPackage, putSheet, putSheets, sheetCellText, SheetNotOursError } from '../../src/xlsx/sheetWriter';
import { checkSheetName, editAppXml, editContentTypes } from '../../src/xlsx/sheetWriter/packageEdit';
import { quoteSheet } from '../../src/xlsx/sheetWriter/sheetPart';
import { DEFAULT_STYLES_XML, ensureStyles } from '../../src/xlsx/sheetWriter/stylesPart';
import { entries, notWellFormed, packageProblems, partText, RESULTS, resultsSpec, SIGNATURE, smallSpec, tags } from './sheetWriterSupport';

const SUMMARY_SHEETS = ['汇总', "项目's 明细", '等级统计'];

describe('newWorkbook', () => {
  test('three sheets: ExcelJS opens them in order, every XML part is well-formed, the package holds together', async () => {
    const bytes = await newWorkbook([resultsSpec(SUMMARY_SHEETS[0]), resultsSpec(SUMMARY_SHEETS[1]), smallSpec(SUMMARY_SHEETS[2])]);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SUMMARY_SHEETS);
    expect(wb.getWorksheet(SUMMARY_SHEETS[1])!.getCell('C4').value).toBe(100);
    expect(wb.getWorksheet(SUMMARY_SHEETS[2])!.getCell('B4').numFmt).toBe('0.00');

    const zip = await JSZip.loadAsync(bytes);
    expect(await packageProblems(zip)).toEqual([]);
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(['docProps/core.xml', 'docProps/app.xml', 'xl/styles.xml', 'xl/charts/chart1.xml', 'xl/charts/chart2.xml']));
    for (const name of names.filter((n) => /\.(xml|rels)$/.test(n))) {
      expect({ name, problem: notWellFormed(await partText(zip, name)) }).toEqual({ name, problem: null });
    }
    expect(await partText(zip, 'docProps/app.xml')).toContain('<Application>绩效自评助手</Application>');
    expect(await partText(zip, 'docProps/core.xml')).not.toMatch(/dcterms:(created|modified)/);
    // A quote in the sheet name is doubled in the chart's references.
    expect(await partText(zip, 'xl/charts/chart2.xml')).toContain("<c:f>'项目''s 明细'!$F$4:$F$10</c:f>");
    expect(tags(await partText(zip, 'xl/workbook.xml'), 'sheet').map((s) => [s.name, s.sheetId, s['r:id']])).toEqual([
      [SUMMARY_SHEETS[0], '1', 'rId2'],
      [SUMMARY_SHEETS[1], '2', 'rId3'],
      [SUMMARY_SHEETS[2], '3', 'rId4'],
    ]);
  });

  test('the same sheets give the same bytes; no sheets is an error', async () => {
    const specs = [resultsSpec(SUMMARY_SHEETS[0]), smallSpec(SUMMARY_SHEETS[2])];
    expect(Buffer.from(await newWorkbook(specs)).equals(Buffer.from(await newWorkbook(specs)))).toBe(true);
    await expect(newWorkbook([])).rejects.toThrow(/at least one sheet/);
  });

  test('the empty package lists no sheet, and its parts are well-formed', async () => {
    const zip = newWorkbookPackage();
    for (const [name, bytes] of await entries(zip)) expect({ name, problem: notWellFormed(bytes.toString('utf8')) }).toEqual({ name, problem: null });
    expect(await partText(zip, 'xl/workbook.xml')).toContain('<sheets/>');
    expect(await packageProblems(zip)).toEqual([]);
  });
});

describe('putSheet on unusual packages', () => {
  test('no styles.xml: one is created, related and typed', async () => {
    const zip = newWorkbookPackage();
    zip.remove('xl/styles.xml');
    zip.file('xl/_rels/workbook.xml.rels', (await partText(zip, 'xl/_rels/workbook.xml.rels')).replace(/<Relationship [^>]*styles[^>]*\/>/, ''));
    zip.file('[Content_Types].xml', (await partText(zip, '[Content_Types].xml')).replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, ''));
    expect(await partText(zip, 'xl/_rels/workbook.xml.rels')).not.toContain('styles');
    expect(await partText(zip, '[Content_Types].xml')).not.toContain('styles');
    await putSheet(zip, smallSpec());
    expect(await packageProblems(zip)).toEqual([]);
    expect(await partText(zip, 'xl/_rels/workbook.xml.rels')).toContain('Target="styles.xml"');
    expect(notWellFormed(await partText(zip, 'xl/styles.xml'))).toBeNull();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await generatePackage(zip)) as never);
    expect(wb.getWorksheet(RESULTS)!.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
  });

  test('a calculation chain naming cells of the replaced sheet is dropped (Excel rebuilds it)', async () => {
    const zip = await JSZip.loadAsync(await newWorkbook([smallSpec('其他'), smallSpec()]));
    zip.file('xl/calcChain.xml', '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B4" i="1"/><c r="B5"/><c r="C1" i="2"/></calcChain>');
    const rels = await partText(zip, 'xl/_rels/workbook.xml.rels');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
    const ct = await partText(zip, '[Content_Types].xml');
    zip.file('[Content_Types].xml', ct.replace('</Types>', '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
    expect(await packageProblems(zip)).toEqual([]);

    await putSheet(zip, smallSpec('其他')); // sheetId 1: named by the chain only through i="1" and its follower
    expect(zip.file('xl/calcChain.xml')).toBeNull();
    expect(await partText(zip, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(await packageProblems(zip)).toEqual([]);
  });

  test('replacing removes the parts only the old sheet used, and keeps one another sheet shares', async () => {
    const zip = await JSZip.loadAsync(await newWorkbook([resultsSpec(), smallSpec('其他')]));
    const bin = (n: number) => `xl/printerSettings/printerSettings${n}.bin`;
    const rel = (id: string, n: number) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings" Target="../printerSettings/printerSettings${n}.bin"/>`;
    zip.file(bin(1), new Uint8Array([1, 2, 3]));
    zip.file(bin(2), new Uint8Array([4, 5, 6]));
    const ours = 'xl/worksheets/_rels/sheet1.xml.rels';
    zip.file(ours, (await partText(zip, ours)).replace('</Relationships>', `${rel('rId2', 1)}${rel('rId3', 2)}</Relationships>`));
    zip.file('xl/worksheets/_rels/sheet2.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 2)}</Relationships>`);
    zip.file('[Content_Types].xml', (await partText(zip, '[Content_Types].xml')).replace('<Override', '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/><Override'));
    expect(await packageProblems(zip)).toEqual([]);

    await putSheet(zip, smallSpec());
    expect(zip.file(bin(1))).toBeNull();
    expect(zip.file(bin(2))).not.toBeNull();
    expect(zip.file(ours)).toBeNull();
    expect(zip.file('xl/charts/chart1.xml')).toBeNull();
    expect(await packageProblems(zip)).toEqual([]);
  });

  test('sheet names are matched as Excel does, ignoring case; the new spelling is kept', async () => {
    const zip = await JSZip.loadAsync(await newWorkbook([smallSpec('Summary')]));
    await putSheet(zip, smallSpec('SUMMARY'));
    expect(tags(await partText(zip, 'xl/workbook.xml'), 'sheet').map((s) => s.name)).toEqual(['SUMMARY']);
    expect(await sheetCellText(zip, 'summary', 'A2')).toBe(SIGNATURE);
    await expect(putSheet(zip, smallSpec('summary', '另一个签名'))).rejects.toBeInstanceOf(SheetNotOursError);
  });

  test('sheetCellText reads shared strings, inline strings and numbers; null when missing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('用户表');
    ws.getCell('A2').value = '我的备注';
    ws.getCell('B3').value = 12.5;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const zip = await JSZip.loadAsync(bytes);
    expect(await partText(zip, 'xl/worksheets/sheet1.xml')).toContain('t="s"');
    expect(await sheetCellText(zip, '用户表', 'A2')).toBe('我的备注');
    expect(await sheetCellText(zip, '用户表', '$B$3')).toBe('12.5');
    expect(await sheetCellText(zip, '用户表', 'C9')).toBeNull();
    expect(await sheetCellText(zip, '别的表', 'A2')).toBeNull();
    await expect(putSheets(bytes, [smallSpec('用户表')])).rejects.toMatchObject({ sheet: '用户表', found: '我的备注' });
    // ExcelJS's own package takes a new sheet too.
    const out = await putSheets(bytes, [resultsSpec()]);
    expect(await packageProblems(await JSZip.loadAsync(out))).toEqual([]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(out as never);
    expect(back.worksheets.map((w) => w.name)).toEqual(['用户表', RESULTS]);
  });

  test("number formats: figures 0.00, the 'count' style and whole numbers in totals 0", async () => {
    const cells: SheetSpec['cells'] = [
      { cell: 'A1', value: { type: 'number', text: '12.50' }, style: 'body' },
      { cell: 'B1', value: { type: 'number', text: '3' }, style: 'count' },
      { cell: 'C1', value: { type: 'number', text: '3.00' }, style: 'count' },
      { cell: 'D1', value: { type: 'number', text: '7' }, style: 'total' },
      { cell: 'E1', value: { type: 'number', text: '7.00' }, style: 'total' },
    ];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await newWorkbook([{ ...smallSpec(), cells }])) as never);
    const ws = wb.getWorksheet(RESULTS)!;
    expect(['A1', 'B1', 'C1', 'D1', 'E1'].map((c) => ws.getCell(c).numFmt)).toEqual(['0.00', '0', '0', '0', '0.00']);
    expect(ws.getCell('B1').border).toMatchObject({ top: { style: 'thin' } });
    expect(ws.getCell('D1').font.bold).toBe(true);
  });

  test('bad specs are refused before anything is written', async () => {
    const zip = newWorkbookPackage();
    const before = await entries(zip);
    await expect(putSheet(zip, smallSpec('a/b'))).rejects.toThrow(/cannot name a sheet/);
    await expect(putSheet(zip, { ...smallSpec(), cells: [{ cell: 'A1', value: { type: 'number', text: '1e5' }, style: 'body' }] })).rejects.toThrow(/not a decimal/);
    await expect(putSheet(zip, { ...resultsSpec(), chart: { ...resultsSpec().chart!, categories: "'x'!A4:A10" } })).rejects.toThrow(/own sheet/);
    expect([...(await entries(zip)).keys()]).toEqual([...before.keys()]);
  });
});

describe('the parts', () => {
  test('styles: existing looks are reused whatever their prefix, attribute order or child order', () => {
    const keys = ['header|text|', 'body|figure|', 'title|text|'];
    const once = ensureStyles(DEFAULT_STYLES_XML, keys);
    expect(ensureStyles(once.xml, keys)).toEqual(once);
    expect(ensureStyles(once.xml, ['body|figure|']).ids.get('body|figure|')).toBe(once.ids.get('body|figure|'));
    // The same part written with an x: prefix, fonts' children in another order, attributes shuffled.
    const prefixed = once.xml
      .replace('xmlns="', 'xmlns:x="')
      .replace(/<(\/?)(?=[a-zA-Z])/g, '<$1x:')
      .replace(/<x:\?xml/, '<?xml')
      .replace('<x:font><x:b/><x:sz val="14"/>', '<x:font><x:sz val="14"/><x:b/>')
      .replace(/<x:xf numFmtId="2" fontId="0" fillId="0" borderId="(\d+)"/, "<x:xf borderId='$1' fillId=\"0\" fontId=\"0\" numFmtId=\"2\"");
    expect(prefixed).toContain('<x:font><x:sz val="14"/><x:b/>');
    expect(prefixed).toContain("<x:xf borderId='");
    const again = ensureStyles(prefixed, keys);
    expect(again.xml).toBe(prefixed);
    expect(again.ids).toEqual(once.ids);
    // A new look in a prefixed part gets the prefix.
    const link = ensureStyles(prefixed, ['body|text|link']);
    expect(link.xml).toContain('<x:font><x:u/>');
    expect(notWellFormed(link.xml)).toBeNull();
  });

  test('docProps/app.xml: the sheet joins the worksheets; a list that does not match is left alone', () => {
    const app = (n: number, names: string[], extra = '') =>
      `<Properties xmlns:vt="v"><HeadingPairs><vt:vector size="${extra ? 4 : 2}" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant>${extra}</vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${names.map((s) => `<vt:lpstr>${s}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`;
    const named = '<vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>';
    expect(editAppXml(app(2, ['甲', '乙'], named).replace('乙</vt:lpstr>', '乙</vt:lpstr><vt:lpstr>甲!Print_Area</vt:lpstr>').replace('size="2" baseType="lpstr"', 'size="3" baseType="lpstr"'), ['甲', '乙'], { add: 'A&B' })).toBe(
      app(3, ['甲', '乙', 'A&amp;B', '甲!Print_Area'], named),
    );
    expect(editAppXml(app(0, []), [], { add: '丙' })).toBe(app(1, ['丙']));
    expect(editAppXml(app(1, ['abc']), ['ABC'], { rename: ['ABC', 'Abc'] })).toBe(app(1, ['abc']));
    expect(editAppXml(app(1, ['ABC']), ['ABC'], { rename: ['ABC', 'Abc'] })).toBe(app(1, ['Abc']));
  });

  test('content types: added once, retyped in place, removed', () => {
    const ct = '<Types xmlns="t"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/a.xml" ContentType="old"/><Override PartName="/xl/B.xml" ContentType="b"/></Types>';
    expect(editContentTypes(ct, [{ part: 'xl/a.xml', type: 'new' }, { part: 'xl/c.xml', type: 'c' }], ['xl/b.xml'])).toBe(
      '<Types xmlns="t"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/a.xml" ContentType="new"/><Override PartName="/xl/c.xml" ContentType="c"/></Types>',
    );
    expect(editContentTypes(ct, [{ part: 'xl/a.xml', type: 'old' }], [])).toBe(ct);
  });

  test('sheet names: quoted in references, checked as Excel does', () => {
    expect(quoteSheet("it's")).toBe("'it''s'");
    for (const bad of ['', 'a'.repeat(32), 'a:b', 'x[1]', "'q", 'history']) expect(() => checkSheetName(bad)).toThrow(/cannot name a sheet/);
    for (const ok of ['绩效自评结果', 'a'.repeat(31), "it's", '安亭镇城市运行一网统管平台+安亭镇城运分中心平台开发建设']) expect(() => checkSheetName(ok)).not.toThrow();
  });
});
