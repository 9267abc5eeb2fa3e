/**
 * The contract on the Office.js adapter (src/excel) over the fake Excel of test/excel/fakeExcel.ts
 * (ExcelApi 1.14). The fake is seeded cell by cell from the contract's Grids (errors through
 * valueTypes, as Office.js reports them). A user edit sets the cell and fires `onChanged` as Excel
 * does for the user (triggerSource `Unknown`); after the adapter's own apply the harness fires it as
 * Excel would for the add-in (`ThisLocalAddin`), which the fake alone does not.
 */
import { isExcelError, type CellValue, type Grid } from '../../src/core/grid';
import type { WorkbookPort } from '../../src/core/port';
import { OUR_ALERT_TITLE } from '../../src/excel/markers';
import { createOfficeWorkbook } from '../../src/excel/officeWorkbook';
import { FakeExcel, type FakeSheetSpec } from '../excel/fakeExcel';
import { ALL_SUPPORTED, PortHarness } from './harness';
import { describePortContract } from './portContract';
import { cellsOf, seedWorkbook } from './seed';

function specOf(g: Grid): FakeSheetSpec {
  const cells = cellsOf(g);
  return {
    name: g.sheet,
    protected: g.protected === true,
    origin: g.origin,
    values: g.values.map((r) => r.map((v) => (v === null ? '' : isExcelError(v) ? v.error : v))),
    formulas: g.formulas,
    errors: cells.filter((c) => isExcelError(c.value)).map((c) => c.cell),
    merges: g.merges,
  };
}

async function officeHarness(): Promise<PortHarness> {
  const seed = seedWorkbook();
  const fake = new FakeExcel(seed.map(specOf), { apiMinor: 14 });
  const wb = createOfficeWorkbook({ host: fake.host });
  const port: WorkbookPort = {
    ...wb,
    async apply(p) {
      const r = await wb.apply(p);
      for (const e of r.written) await fake.fireChanged(e.sheet, e.cell, 'ThisLocalAddin');
      return r;
    },
  };
  return {
    port,
    seed,
    async userEdit(sheet, cell, value: CellValue) {
      const s = fake.sheet(sheet);
      if (s.protected) throw new Error(`${sheet} is protected: the user cannot type there`);
      if (value === null || value === '') s.cells.delete(cell);
      else s.cells.set(cell, isExcelError(value) ? { v: value.error, error: true } : { v: value });
      await fake.fireChanged(sheet, cell, 'Unknown');
    },
    protect: (sheet) => void (fake.sheet(sheet).protected = true),
    cell(sheet, a1) {
      const c = fake.cell(sheet, a1);
      const value: CellValue = !c || c.v === '' ? null : c.error ? { error: String(c.v) } : (c.v as CellValue);
      return { value, formula: c?.f ?? null };
    },
    markerCount: () => fake.cfs.length + fake.sheets.reduce((n, s) => n + [...s.validations.values()].filter((v) => v.errorAlert?.title === OUR_ALERT_TITLE).length, 0),
  };
}

describePortContract('Office.js adapter (fakeExcel, ExcelApi 1.14)', officeHarness, { supports: ALL_SUPPORTED });
