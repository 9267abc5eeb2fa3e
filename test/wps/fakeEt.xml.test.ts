/** The fake ET's Range.Value(11): XML Spreadsheet 2003 with merges, styles and Index as Excel writes them. */
import { XL_RANGE_VALUE_XML } from '../../src/wps/et';
import { createFakeEt } from './fakeEt';
import { FORM, grids } from './fakeEtFixture';

const xmlOf = (address: string, options = {}, edit?: (f: ReturnType<typeof createFakeEt>) => void) => {
  const fake = createFakeEt(grids(), options);
  edit?.(fake);
  return fake.app.ActiveWorkbook!.Worksheets.Item(FORM).Range(address).Value(XL_RANGE_VALUE_XML) as string;
};

/** Cells by 1-based position within the range, following ss:Index and merges as a reader must. */
function cells(xml: string): Map<string, { attrs: Record<string, string>; type?: string; data?: string }> {
  const out = new Map<string, { attrs: Record<string, string>; type?: string; data?: string }>();
  let row = 0;
  for (const r of xml.matchAll(/<Row([^>]*)>([\s\S]*?)<\/Row>/g)) {
    row = Number(/ss:Index="(\d+)"/.exec(r[1])?.[1] ?? row + 1);
    let col = 0;
    for (const c of r[2].matchAll(/<Cell([^>]*?)(?:\/>|>([\s\S]*?)<\/Cell>)/g)) {
      const attrs = Object.fromEntries([...c[1].matchAll(/ss:(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      col = Number(attrs.Index ?? col + 1);
      const d = /<Data ss:Type="(\w+)">([\s\S]*?)<\/Data>/.exec(c[2] ?? '');
      out.set(`${row},${col}`, { attrs, type: d?.[1], data: d?.[2] });
      col += Number(attrs.MergeAcross ?? 0);
    }
  }
  return out;
}

test('a document Excel would write: declaration, namespaces, styles, the sheet', () => {
  const xml = xmlOf('A1:D4');
  expect(xml.startsWith('<?xml version="1.0"?>')).toBe(true);
  expect(xml).toContain('<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"');
  expect(xml).toContain('xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"');
  expect(xml).toMatch(/<Style ss:ID="s21">\s*<NumberFormat ss:Format="0.00%"\/>\s*<\/Style>/);
  expect(xml).toContain(`<Worksheet ss:Name="${FORM}">`);
  expect(xml).toContain('ss:ExpandedColumnCount="4" ss:ExpandedRowCount="4"');
});

test.each([
  ['1,1', { MergeAcross: '3' }, 'String', '项目支出绩效自评表'],
  ['2,2', {}, 'Number', '100'],
  ['2,3', { StyleID: 's21' }, 'Number', '0.925'],
  ['2,4', {}, 'Boolean', '1'],
  ['3,1', { MergeDown: '1' }, 'String', '合计'],
  ['3,2', { Formula: '=1/0' }, 'Error', '#DIV/0!'],
  ['3,3', { Formula: '=R[-1]C[-1]*1.5' }, 'Number', '150'], // formulas in R1C1, as Excel writes them
  ['3,4', {}, 'String', 'a&amp;b&lt;c&gt;'],
  ['4,3', { Index: '3', StyleID: 's22' }, 'DateTime', '2024-01-01T00:00:00.000'],
])('A1:D4, cell %s', (at, attrs, type, data) => {
  const c = cells(xmlOf('A1:D4')).get(at);
  expect(c).toEqual({ attrs, type, data });
});

test('cells covered by a merge are omitted; the cell after them carries ss:Index', () => {
  const all = cells(xmlOf('A1:D4'));
  expect([...all.keys()]).toEqual(['1,1', '2,1', '2,2', '2,3', '2,4', '3,1', '3,2', '3,3', '3,4', '4,3']);
  const xml = xmlOf('A3:B4', {}, (f) => f.book.userEdit(FORM, 'B4', 'x'));
  expect(cells(xml).get('2,2')).toEqual({ attrs: { Index: '2' }, type: 'String', data: 'x' });
});

test('rows and columns are indexed within the range; a skipped row gives the next its ss:Index', () => {
  const xml = xmlOf('B2:F9', {}, (f) => f.book.userEdit(FORM, 'F9', 5));
  const all = cells(xml);
  expect(all.get('1,1')).toEqual({ attrs: {}, type: 'Number', data: '100' });
  expect(all.get('8,5')).toEqual({ attrs: { Index: '5' }, type: 'Number', data: '5' });
  expect(xml).toMatch(/<Row ss:Index="8">/);
});

test('a merge cut by the range is clipped to it; a format alone gives an empty styled cell', () => {
  const xml = xmlOf('B1:E1', {}, (f) => {
    f.app.ActiveWorkbook!.Worksheets.Item(FORM).Range('E1').NumberFormat = '0.0%';
  });
  const all = cells(xml);
  expect(all.get('1,1')).toEqual({ attrs: { MergeAcross: '2' }, type: undefined, data: undefined });
  expect(all.get('1,4')).toEqual({ attrs: { StyleID: 's21' }, type: undefined, data: undefined });
  expect(xml).toContain('<NumberFormat ss:Format="0.0%"/>');
});

test('text is escaped, quotes and line breaks included', () => {
  const xml = xmlOf('H1', {}, (f) => f.book.userEdit(FORM, 'H1', '"指标"\n<完成>'));
  expect(xml).toContain('<Data ss:Type="String">&quot;指标&quot;&#10;&lt;完成&gt;</Data>');
});

test("xml: false — a WPS without it: Value(11) throws, Value2 still works", () => {
  const fake = createFakeEt(grids(), { xml: false });
  const r = fake.app.ActiveWorkbook!.Worksheets.Item(FORM).Range('A1:D4');
  expect(() => r.Value(XL_RANGE_VALUE_XML)).toThrow(/not supported/);
  expect((r.Value2 as unknown[][]).length).toBe(4);
});

test('an empty range: a table without rows', () => {
  const xml = xmlOf('K10:L12');
  expect(xml).toContain('<Table ss:ExpandedColumnCount="2" ss:ExpandedRowCount="3"');
  expect(xml).not.toContain('<Row');
});
