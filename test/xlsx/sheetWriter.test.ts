/**
 * putSheet on the real fixture: a results sheet with links, styles, frozen headers and a chart,
 * read back by ExcelJS and checked part by part; every other part keeps its bytes; putting it
 * again changes nothing; replacing leaves no orphan; a user's same-named sheet is refused.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { putSheet, putSheets, SheetNotOursError } from '../../src/xlsx/sheetWriter';
import { storedWidth } from '../../src/xlsx/sheetWriter/sheetPart';
import { BUDGET, entries, notWellFormed, packageProblems, partText, PROJECT_SHEETS, RATE, RESULTS, resultsSpec, SCORE, SIGNATURE, smallSpec, tags } from './sheetWriterSupport';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'anting-2024.xlsx');
/** The parts that list sheets and parts, and styles.xml: the only ones putSheet may change. */
const LISTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', 'docProps/app.xml'];
const NEW_PARTS = ['xl/charts/chart1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/drawings/drawing1.xml', 'xl/worksheets/_rels/sheet9.xml.rels', 'xl/worksheets/sheet9.xml'];

let input: Uint8Array;
let output: Uint8Array;

beforeAll(async () => {
  input = new Uint8Array(await fs.readFile(FIXTURE));
  output = await putSheets(input, [resultsSpec()]);
});

async function excel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}

describe('putSheet: a new sheet in the fixture', () => {
  test('ExcelJS reads it last, numbers as numbers and text as text (=abc is no formula)', async () => {
    const wb = await excel(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['项目支出汇总表', ...PROJECT_SHEETS, RESULTS]);
    const ws = wb.getWorksheet(RESULTS)!;
    expect(ws.getCell('A1').value).toBe('绩效自评结果（共 7 个项目）');
    expect(ws.getCell('A2').value).toBe(SIGNATURE);
    BUDGET.forEach((b, i) => {
      expect(ws.getCell(`C${i + 4}`).value).toBe(Number(b));
      expect(ws.getCell(`C${i + 4}`).type).toBe(ExcelJS.ValueType.Number);
      expect(ws.getCell(`E${i + 4}`).value).toBe(Number(RATE[i]));
    });
    const g4 = ws.getCell('G4');
    expect(g4.value).toBe('=abc');
    expect(g4.type).toBe(ExcelJS.ValueType.String);
    expect(g4.formula).toBeUndefined();
    expect(ws.getCell('G5').value).toBe(' 前后有空格 & <尖括号> ');
    expect(ws.getCell('G6').value).toBeNull(); // a blank body cell: style only
    expect(ws.getCell('D11').value).toBe(2521.6);
  });

  test('styles: bold 14 pt title, grey italic note, header, 0.00 figures, bold totals, link look', async () => {
    const ws = (await excel(output)).getWorksheet(RESULTS)!;
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('A2').font).toMatchObject({ italic: true, color: { argb: 'FF808080' } });
    const head = ws.getCell('C3');
    expect(head.font.bold).toBe(true);
    expect(head.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(head.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });
    expect(head.border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } });
    expect(ws.getCell('C4').numFmt).toBe('0.00');
    expect(ws.getCell('C4').border).toMatchObject({ top: { style: 'thin' } });
    expect(ws.getCell('C4').font?.bold).toBeFalsy();
    expect(ws.getCell('A4').alignment).toMatchObject({ horizontal: 'left' });
    expect(ws.getCell('A11').font.bold).toBe(true);
    expect(ws.getCell('C11')).toMatchObject({ numFmt: '0.00', font: expect.objectContaining({ bold: true }) });
    expect(ws.getCell('F11').border).toMatchObject({ top: { style: 'thin' } }); // blank, styled
    expect(ws.getCell('B4').font).toMatchObject({ underline: true, color: { argb: 'FF0563C1' } });
  });

  test('column widths (as Excel stores typed widths) and the frozen header rows', async () => {
    const ws = (await excel(output)).getWorksheet(RESULTS)!;
    expect(storedWidth(30)).toBe(30.7109375);
    [30, 40, 12, 12, 10, 8, 12].forEach((w, i) => expect(ws.getColumn(i + 1).width).toBe(storedWidth(w)));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, topLeftCell: 'A4' });
  });

  test('internal hyperlinks: a location, no relationship', async () => {
    // ExcelJS 4.4 reads only hyperlinks with an r:id, so it shows these cells as plain text:
    // the links are checked in the XML.
    const zip = await JSZip.loadAsync(output);
    const xml = await partText(zip, 'xl/worksheets/sheet9.xml');
    expect(tags(xml, 'hyperlink')).toEqual(PROJECT_SHEETS.map((s, i) => ({ ref: `B${i + 4}`, location: `'${s}'!A1`, display: s })));
    expect(await partText(zip, 'xl/worksheets/_rels/sheet9.xml.rels')).not.toContain('hyperlink');
    expect((await excel(output)).getWorksheet(RESULTS)!.getCell('B4').value).toBe(PROJECT_SHEETS[0]);
  });

  test('every other part keeps its bytes; the new parts are the sheet, its drawing and chart', async () => {
    const before = await entries(await JSZip.loadAsync(input));
    const after = await entries(await JSZip.loadAsync(output));
    expect([...after.keys()].slice(0, before.size)).toEqual([...before.keys()]);
    expect([...after.keys()].filter((k) => !before.has(k)).sort()).toEqual(NEW_PARTS);
    for (const [name, bytes] of before) {
      if (LISTS.includes(name)) continue;
      expect({ name, same: bytes.equals(after.get(name)!) }).toEqual({ name, same: true });
    }
    for (const name of LISTS) expect(after.get(name)!.equals(before.get(name)!)).toBe(false);
    const app = after.get('docProps/app.xml')!.toString('utf8');
    expect(app).toContain('<vt:i4>9</vt:i4>');
    expect(app).toContain(`<vt:vector size="9" baseType="lpstr">`);
    expect(app).toContain(`<vt:lpstr>${PROJECT_SHEETS[6]}</vt:lpstr><vt:lpstr>${RESULTS}</vt:lpstr></vt:vector>`);
    const wbXml = after.get('xl/workbook.xml')!.toString('utf8');
    expect(wbXml).toContain(`<sheet name="${RESULTS}" sheetId="9" r:id="rId12"/></sheets>`);
    // The fixture's thin border is reused; a header fill is added once.
    const styles = after.get('xl/styles.xml')!.toString('utf8');
    expect(styles).toContain('<borders count="2">');
    expect(styles).toContain('<fills count="3">');
  });

  test('the package holds together, and every XML part is well-formed', async () => {
    const zip = await JSZip.loadAsync(output);
    expect(await packageProblems(zip)).toEqual([]);
    for (const name of [...NEW_PARTS, ...LISTS]) expect({ name, problem: notWellFormed(await partText(zip, name)) }).toEqual({ name, problem: null });
  });

  test('the chart: sheet → drawing → chart, content types, ranges and cached values', async () => {
    const zip = await JSZip.loadAsync(output);
    expect(await partText(zip, 'xl/worksheets/sheet9.xml')).toContain('<drawing r:id="rId1"/>');
    expect(tags(await partText(zip, 'xl/worksheets/_rels/sheet9.xml.rels'), 'Relationship')).toEqual([
      { Id: 'rId1', Type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing', Target: '../drawings/drawing1.xml' },
    ]);
    const drawing = await partText(zip, 'xl/drawings/drawing1.xml');
    expect(tags(drawing, 'chart')).toEqual([expect.objectContaining({ 'r:id': 'rId1' })]);
    expect(tags(await partText(zip, 'xl/drawings/_rels/drawing1.xml.rels'), 'Relationship')).toEqual([
      { Id: 'rId1', Type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart', Target: '../charts/chart1.xml' },
    ]);
    // I3 … S22 covered: from column 8 row 2 to the start of column 19 row 22 (0-based).
    expect(/<xdr:from><xdr:col>8<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>2<\/xdr:row>/.test(drawing)).toBe(true);
    expect(/<xdr:to><xdr:col>19<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>22<\/xdr:row>/.test(drawing)).toBe(true);
    const ct = tags(await partText(zip, '[Content_Types].xml'), 'Override');
    expect(ct).toEqual(
      expect.arrayContaining([
        { PartName: '/xl/worksheets/sheet9.xml', ContentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml' },
        { PartName: '/xl/drawings/drawing1.xml', ContentType: 'application/vnd.openxmlformats-officedocument.drawing+xml' },
        { PartName: '/xl/charts/chart1.xml', ContentType: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml' },
      ]),
    );

    const chart = await partText(zip, 'xl/charts/chart1.xml');
    expect(chart).toMatch(/<c:barChart><c:barDir val="col"\/><c:grouping val="clustered"\/>/);
    expect(chart).toMatch(/<c:legend><c:legendPos val="b"\/>/);
    expect(chart).toContain('<a:t>各项目总分与执行率</a:t>');
    const series = [...chart.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
      const s = m[1];
      const pts = (cache: string) => [...(new RegExp(`<c:${cache}>([\\s\\S]*?)</c:${cache}>`).exec(s)?.[1] ?? '').matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((p) => [Number(p[1]), p[2]]);
      return {
        name: /<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/.exec(s)?.[1],
        categories: /<c:cat><c:strRef><c:f>([^<]*)<\/c:f>/.exec(s)?.[1],
        categoryTexts: pts('strCache'),
        values: /<c:val><c:numRef><c:f>([^<]*)<\/c:f>/.exec(s)?.[1],
        cached: pts('numCache'),
        count: [...s.matchAll(/<c:ptCount val="(\d+)"\/>/g)].map((c) => c[1]),
      };
    });
    const names = PROJECT_SHEETS.map((_, i) => [i, `项目${i + 1}`]);
    expect(series).toEqual([
      { name: '总分', categories: `'${RESULTS}'!$A$4:$A$10`, categoryTexts: names, values: `'${RESULTS}'!$F$4:$F$10`, cached: SCORE.map((v, i) => [i, v]), count: ['7', '7'] },
      { name: '执行率(%)', categories: `'${RESULTS}'!$A$4:$A$10`, categoryTexts: names, values: `'${RESULTS}'!$E$4:$E$10`, cached: RATE.map((v, i) => [i, v]), count: ['7', '7'] },
    ]);
  });
});

describe('putSheet: again, replacing, refusing', () => {
  test('putting the same spec twice gives the same package, byte for byte', async () => {
    const again = await putSheets(output, [resultsSpec()]);
    const a = await entries(await JSZip.loadAsync(output));
    const b = await entries(await JSZip.loadAsync(again));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, bytes] of a) expect({ name, same: bytes.equals(b.get(name)!) }).toEqual({ name, same: true });
    expect(Buffer.from(again).equals(Buffer.from(output))).toBe(true);
  });

  test('replacing with a spec without a chart: same place, sheetId and r:id; old drawing and chart gone', async () => {
    const withSecond = await putSheets(output, [{ ...resultsSpec('第二张'), signature: SIGNATURE }]);
    const replaced = await putSheets(withSecond, [smallSpec()]);
    const zip = await JSZip.loadAsync(replaced);
    const names = Object.keys(zip.files);
    expect(names).not.toContain('xl/drawings/drawing1.xml');
    expect(names).not.toContain('xl/drawings/_rels/drawing1.xml.rels');
    expect(names).not.toContain('xl/charts/chart1.xml');
    expect(names).not.toContain('xl/worksheets/_rels/sheet9.xml.rels');
    expect(names).toEqual(expect.arrayContaining(['xl/drawings/drawing2.xml', 'xl/charts/chart2.xml']));
    expect(await packageProblems(zip)).toEqual([]);
    const wbXml = await partText(zip, 'xl/workbook.xml');
    expect(tags(wbXml, 'sheet').slice(8)).toEqual([
      { name: RESULTS, sheetId: '9', 'r:id': 'rId12' },
      { name: '第二张', sheetId: '10', 'r:id': 'rId13' },
    ]);
    // The other sheet's drawing and chart are untouched.
    const second = await entries(await JSZip.loadAsync(withSecond));
    const after = await entries(zip);
    for (const p of ['xl/drawings/drawing2.xml', 'xl/charts/chart2.xml', 'xl/worksheets/sheet10.xml']) expect(after.get(p)!.equals(second.get(p)!)).toBe(true);
    const ws = (await excel(replaced)).getWorksheet(RESULTS)!;
    expect(ws.getCell('B4').value).toBe(1.5);
    expect(ws.getCell('C4').value).toBeNull();
    expect(ws.views[0]?.state ?? 'normal').toBe('normal');
    expect(ws.getColumn(2).width).toBeUndefined();

    // …and back to the chart: drawing1/chart1 come back, nothing else moves.
    const back = await entries(await JSZip.loadAsync(await putSheets(replaced, [resultsSpec()])));
    expect([...back.keys()].filter((k) => !after.has(k)).sort()).toEqual(['xl/charts/chart1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/drawings/drawing1.xml', 'xl/worksheets/_rels/sheet9.xml.rels']);
  });

  test("a user's sheet of that name (no signature) is refused with SheetNotOursError; nothing changes", async () => {
    const zip = await JSZip.loadAsync(output);
    const before = await entries(zip);
    const spec = { ...resultsSpec(), name: PROJECT_SHEETS[3] };
    const err = await putSheet(zip, spec).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SheetNotOursError);
    expect(err).toMatchObject({ name: 'SheetNotOursError', sheet: PROJECT_SHEETS[3] });
    expect((err as SheetNotOursError).found).not.toBe(SIGNATURE);
    const after = await entries(zip);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes)).toBe(true);
    // Our own sheet with another signature text in A2 is refused the same way.
    await expect(putSheets(output, [smallSpec(RESULTS, '别的签名')])).rejects.toMatchObject({ sheet: RESULTS, found: SIGNATURE });
  });
});
