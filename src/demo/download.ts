/**
 * The download: the original file with exactly the cells changed in the demo patched in, and the
 * sheets the add-in wrote whole put in
 * (src/xlsx, the code `jixiao recalc` uses), so everything the demo does not show — charts,
 * images, styles, other sheets' content — is carried over byte for byte. Formulas that depend on
 * the changed cells are refreshed by Excel when the file is opened (fullCalcOnLoad).
 */
import { putSheets } from '../xlsx/sheetWriter';
import { patchXlsx } from '../xlsx/xlsxPatch';
import type { DemoWorkbook } from './workbook';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

/** The downloaded file's name: the original's, marked, with its extension kept (.xlsm stays .xlsm). */
export function downloadName(fileName: string): string {
  const m = /^(.*?)(\.xls[xm])?$/i.exec(fileName);
  const base = m?.[1] || 'workbook';
  const ext = m?.[2]?.toLowerCase() ?? '.xlsx';
  return `${base}（绩效自评助手）${ext}`;
}

/**
 * The sheets the add-in wrote whole (「绩效自评结果」 with its chart, 「问题清单」 with its print
 * setup: the demo keeps each SheetSpec as written) go in first, then every cell
 * changed since — typed or written by a plan, on any sheet — is patched in.
 */
export async function workbookBytes(workbook: DemoWorkbook): Promise<Uint8Array> {
  const sheets = workbook.writtenSheets();
  const base = sheets.length ? await putSheets(workbook.original, sheets) : workbook.original;
  const changes = workbook.changedCells();
  return changes.length ? (await patchXlsx(base, changes)).bytes : base;
}
