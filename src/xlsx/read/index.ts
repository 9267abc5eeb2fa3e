/**
 * The one xlsx → Grid path (CLI and browser): bytes in, the core's Grids out, or a typed reason
 * why the bytes are no readable workbook. Host-neutral: Uint8Array in, no Node built-ins.
 *
 * The package is opened from its zip directory (zipDirectory.ts) and each part inflated with
 * fflate when first needed (inflate.ts); the parts are read with the tag scanner of ../xml, one
 * module per part kind (workbook, sharedStrings, styles, sheetXml → cellXml, sharedFormula,
 * sheetGrid). The Grids equal ExcelJS + test/support/exceljsGrids.ts's (the test oracle), in a fraction of
 * the time, and parts written with a namespace prefix (`<x:worksheet>`) read too.
 *
 * Where ExcelJS is wrong or throws, this reader deliberately differs (test/xlsx/read/):
 * - a formula's cached 0 / FALSE / "" stays (ExcelJS drops falsy results, the Grid got null);
 * - `<sheetProtection sheet="true">` counts as protected, as `sheet="1"` does;
 * - `t="d"` cells give their ISO date `YYYY-MM-DD` (ExcelJS parseFloat()s the text);
 * - `<v>` text that is no number stays text (ExcelJS: NaN); a date-formatted formula whose result
 *   is text, a boolean or an error keeps it (ExcelJS makes an Invalid Date, grids.ts throws);
 * - `_xHHHH_` escapes are decoded in inline strings too, and phonetic runs left out of them;
 *   `t="str"` text is entity-decoded once (ExcelJS decodes it twice);
 * - sheet names longer than 31 characters are kept whole (ExcelJS truncates them), overlapping
 *   merges are kept (ExcelJS throws), parts are found through their relationships wherever they are;
 * - a formula cell with a hyperlink keeps its formula (ExcelJS turns it into a hyperlink value).
 */
import type { Grid } from '../../core/grid';
import { gridsOf } from './grids';
import type { OpenedPackage, ReadError } from './types';
import { ZipPackage } from './package';
import { oneLine, packageKind, sniffBytes } from './sniff';
import { ZipFormatError } from './zipDirectory';

export type { OpenedPackage, ReadError, ReadErrorCode, SheetPart } from './types';

export function isReadError(x: unknown): x is ReadError {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as ReadError).code === 'string';
}

/** A failure while reading parts, as a ReadError: bad zip data is corruptZip, the rest parseFailed. */
function failure(err: unknown): ReadError {
  return { code: err instanceof ZipFormatError ? 'corruptZip' : 'parseFailed', detail: oneLine(err) };
}

/** Opens the package and reads its sheet list (parts are inflated later, when asked for). */
export async function openPackage(bytes: Uint8Array): Promise<OpenedPackage | ReadError> {
  const sniffed = sniffBytes(bytes);
  if (sniffed) return sniffed;
  let pkg: ZipPackage;
  try {
    pkg = new ZipPackage(bytes);
  } catch (err) {
    return { code: 'corruptZip', detail: oneLine(err) };
  }
  const kind = packageKind(pkg.names);
  if (kind) return kind;
  try {
    await pkg.readWorkbook();
  } catch (err) {
    return failure(err);
  }
  return pkg;
}

/**
 * Every worksheet of an opened package → one Grid each, in tab order (hidden ones included). A
 * part that is malformed XML or bad zip data throws; readWorkbook turns that into a ReadError.
 */
export function readGrids(pkg: OpenedPackage): Promise<Grid[]> {
  return gridsOf(pkg);
}

/** Bytes of an .xlsx package → one Grid per worksheet, or why not. Never throws for bad bytes. */
export async function readWorkbook(bytes: Uint8Array): Promise<Grid[] | ReadError> {
  const pkg = await openPackage(bytes);
  if (isReadError(pkg)) return pkg;
  try {
    return await readGrids(pkg);
  } catch (err) {
    return failure(err);
  }
}
