/**
 * select(sheet, cell): the sheet activated, the cell selected, then the window scrolled so that
 * column A (the form's labels) stays in view and the cell sits a few rows below the top:
 * ActiveWorkbook, Worksheets, Item, Activate, Range, Select, ActiveWindow, ScrollColumn =,
 * ScrollRow = (9 calls). A missing sheet → `sheetDeleted`.
 */
import { HostError } from '../core/hostError';
import { areaOf } from './cells';
import { etCall, toHostError } from './errors';
import { WpsEnv } from './state';

/** Rows shown above the selected cell. */
const ROWS_ABOVE = 3;

export function selectCell(env: WpsEnv, sheet: string, cell: string): void {
  let top: number;
  try {
    top = areaOf(cell).top + 1;
  } catch (err) {
    throw new HostError('unknown', `Not an A1 cell: ${JSON.stringify(cell)}.`, { cause: err });
  }
  try {
    const sheets = env.ctx.workbook().Worksheets;
    const ws = etCall('sheet', () => sheets.Item(sheet));
    ws.Activate();
    ws.Range(cell.slice(cell.lastIndexOf('!') + 1)).Select();
    const win = env.ctx.app.ActiveWindow;
    if (!win) return; // no window (a hidden instance): selected, not scrolled
    win.ScrollColumn = 1;
    win.ScrollRow = Math.max(1, top - ROWS_ABOVE);
  } catch (err) {
    throw toHostError(err);
  }
}
