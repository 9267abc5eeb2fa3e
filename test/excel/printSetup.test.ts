/**
 * writeSheet with a print setup (「问题清单」) against the fake Excel: the page layout (A4,
 * landscape, one page wide, the title rows on every page) in the same one sync; without
 * ExcelApi 1.9 the sheet is written without it and printSkipped says so.
 */
import { evaluateWorkbook } from '../../src/core/evaluate';
import { ISSUES_SHEET, issuesOf, issuesSheetSpec } from '../../src/core/results/issuesSheet';
import { sheetOwnership } from '../../src/core/results/ownership';
import { createOfficeWorkbook } from '../../src/excel/officeWorkbook';
import { ISSUE_ROWS, ISSUE_SHEETS, issuesGrids } from '../support/issuesWorkbook';
import { FakeExcel, specFromGrid } from './fakeExcel';

async function setup(apiMinor: number) {
  const fake = new FakeExcel(issuesGrids().map((g, i) => specFromGrid(g, { protected: ISSUE_SHEETS[i].protected === true })), { apiMinor });
  const wb = createOfficeWorkbook({ host: fake.host, prime: false });
  const grids = await wb.read();
  const spec = issuesSheetSpec(issuesOf(evaluateWorkbook(grids)));
  expect(sheetOwnership(grids, spec)).toBe('absent');
  return { fake, wb, spec };
}

const layoutOps = (fake: FakeExcel) => fake.commands.filter((c) => c.op.startsWith('pageLayout')).map((c) => c.op);

test('ExcelApi 1.9: the rows, a link to each finding\'s cell and the page layout, in one sync', async () => {
  const { fake, wb, spec } = await setup(14);
  const syncs = fake.syncs;
  expect(await wb.writeSheet(spec)).toEqual({ replaced: false, chartSkipped: false });
  expect(fake.syncs - syncs).toBe(1);
  const s = fake.sheet(ISSUES_SHEET);
  expect(fake.sheets.at(-1)).toBe(s);
  expect(ISSUE_ROWS.map((_, i) => fake.cell(ISSUES_SHEET, `F${4 + i}`)?.v)).toEqual(ISSUE_ROWS.map((r) => r[4]));
  expect(ISSUE_ROWS.map((_, i) => s.hyperlinks.get(`D${4 + i}`)?.documentReference)).toEqual(ISSUE_ROWS.map(([sheet, , cell]) => `'${sheet}'!${cell ?? 'A1'}`));
  expect(s.pageLayout).toEqual({ paperSize: 'A4', orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$1:$3' });
  expect(s.frozenRows).toBe(3);
});

test('ExcelApi 1.8: written without the page layout (never asked of the host), printSkipped', async () => {
  const { fake, wb, spec } = await setup(8);
  expect(await wb.writeSheet(spec)).toEqual({ replaced: false, chartSkipped: false, printSkipped: true });
  const s = fake.sheet(ISSUES_SHEET);
  expect(s.pageLayout).toEqual({});
  expect(layoutOps(fake)).toEqual([]);
  expect(s.hyperlinks.size).toBe(ISSUE_ROWS.length);
  expect(fake.cell(ISSUES_SHEET, 'F4')?.v).toBe('SCORE_OVER_WEIGHT');
});

test('a spec without print setup never touches the page layout', async () => {
  const { fake, wb, spec } = await setup(14);
  const { print: _print, ...plain } = spec;
  expect(await wb.writeSheet(plain)).toEqual({ replaced: false, chartSkipped: false });
  expect(layoutOps(fake)).toEqual([]);
});
