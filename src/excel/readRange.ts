/// <reference types="office-js" />
/** One range of a sheet, read in one sync (an inline re-check of one form). */
import { parseRange, rangeToA1 } from '../core/a1';
import { Grid } from '../core/grid';
import { HostError, recode } from './errors';
import { mergedAddressOf, toGrid } from './gridOf';
import { bareAddress, runBatch } from './host';
import { isItemNotFound, requireRead } from './readWorkbook';
import { queueSheetList } from './sheetList';
import { AdapterEnv } from './state';

/**
 * One range of a sheet (an inline re-check of one form), in ONE sync: the range's values,
 * formulas, number formats and value types, the merged areas in it (ExcelApi 1.13:
 * `range.getMergedAreasOrNullObject()`, the areas that intersect the range), the sheet's
 * protection, and the worksheet list. The Grid's origin is the range's top-left. The sheet's
 * snapshot is refreshed for those cells only (state.ts), so that `apply()` checks a later plan
 * against them. A sheet that no longer exists → HostError 'sheetDeleted'.
 */
export async function readRange(env: AdapterEnv, sheet: string, range: string): Promise<Grid> {
  requireRead(env);
  let address: string;
  try {
    address = rangeToA1(parseRange(bareAddress(range)));
  } catch (err) {
    throw new HostError('unknown', `not an A1 range: ${range}`, { cause: err });
  }
  try {
    return await runBatch(env.host, async (context) => {
      const list = queueSheetList(context);
      const ws = context.workbook.worksheets.getItem(sheet);
      // A navigation property is a proxy, not a loaded value (the rule cannot tell them apart).
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      const protection = ws.protection;
      protection.load('protected');
      const cells = ws.getRange(address);
      cells.load('address,values,formulas,numberFormat,valueTypes');
      let merged: Excel.RangeAreas | null = null;
      if (env.caps.mergedAreas) {
        merged = cells.getMergedAreasOrNullObject();
        merged.load('address');
      }
      await context.sync();
      env.state.setSheets(list());
      const grid = toGrid(sheet, protection.protected === true, cells, mergedAddressOf(merged));
      env.state.putRange(grid);
      return grid;
    });
  } catch (err) {
    if (isItemNotFound(err)) throw recode(err as HostError, 'sheetDeleted');
    throw err;
  }
}
