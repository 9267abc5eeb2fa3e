/**
 * The one xlsx → Grid path (CLI and browser): bytes in, the core's Grids out, or a typed reason
 * why the bytes are no readable workbook. Host-neutral: Uint8Array in, no Node built-ins.
 *
 * The package is opened from its zip directory (zipDirectory.ts) and each part inflated with
 * fflate (or the host's Inflater) when first needed, within the bounds of limits.ts (inflate.ts);
 * the parts are read with the tag scanner of ../xml, one module per part kind (workbook,
 * sharedStrings, styles, sheetXml → cellXml, sharedFormula, sheetGrid). Whatever is wrong is a
 * ReadRefusal thrown where it is found and returned here as a ReadError (readErrorText.ts words
 * it); nothing else escapes. The Grids equal ExcelJS + test/support/exceljsGrids.ts's (the test
 * oracle), in a fraction of the time, and parts written with a namespace prefix read too.
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
 * - a formula cell with a hyperlink keeps its formula (ExcelJS turns it into a hyperlink value);
 * - bounds (issue 10): a sheet is cut at limits.maxCellsPerSheet cells or maxGridArea rows ×
 *   columns, cells beyond Excel's 1 048 576 × 16 384 are dropped, a large sheet without any
 *   locator's anchor is left empty (Grid.cut says which); a listed sheet whose part is missing,
 *   a bad CRC or a missing [Content_Types].xml refuse the file (ExcelJS skips or ignores them).
 */
import type { Grid } from '../../core/grid';
import { gridsOf, Pause } from './grids';
import { fflateInflater, Inflater } from './inflate';
import { DEFAULT_LIMITS, ReadLimits } from './limits';
import type { OpenedPackage, ReadError } from './types';
import { ZipPackage } from './package';
import { ReadRefusal } from './refusal';
import { oneLine, packageKind, sniffBytes } from './sniff';

export type { OpenedPackage, ReadError, ReadErrorCode, SheetPart } from './types';
export type { Pause } from './grids';
export type { Inflater } from './inflate';
export { DEFAULT_LIMITS, limitsWith, bytesFromMb } from './limits';
export type { ReadLimits, LimitKind } from './limits';

export function isReadError(x: unknown): x is ReadError {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as ReadError).code === 'string';
}

/**
 * Anything thrown while reading, as a ReadError: a refusal as it is; anything else (a fault of
 * this reader's, not of the file) as a part that could not be read, never as a crash.
 */
function failure(err: unknown): ReadError {
  if (err instanceof ReadRefusal) return err.error;
  if (err instanceof RangeError && /allocation|invalid (string|array|typed array) length/i.test(err.message)) return { code: 'tooLarge', limit: { kind: 'memory', value: 0 }, detail: oneLine(err) };
  return { code: 'badPart', detail: oneLine(err) };
}

/** Opens the package and reads its sheet list (parts are inflated later, when asked for). */
export async function openPackage(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS, inflate: Inflater = fflateInflater): Promise<OpenedPackage | ReadError> {
  const sniffed = sniffBytes(bytes);
  if (sniffed) return sniffed;
  try {
    const pkg = new ZipPackage(bytes, limits, inflate);
    const kind = packageKind(pkg.names);
    if (kind) return kind;
    await pkg.readWorkbook();
    return pkg;
  } catch (err) {
    return failure(err);
  }
}

/** Every worksheet of an opened package → one Grid each, in tab order. Never throws for bad bytes. */
export async function readGrids(pkg: OpenedPackage, pause?: Pause): Promise<Grid[] | ReadError> {
  try {
    return await gridsOf(pkg, pause);
  } catch (err) {
    return failure(err);
  }
}

/** Bytes of an .xlsx package → one Grid per worksheet, or why not. Never throws for bad bytes. */
export async function readWorkbook(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS, inflate?: Inflater): Promise<Grid[] | ReadError> {
  const pkg = await openPackage(bytes, limits, inflate);
  return isReadError(pkg) ? pkg : readGrids(pkg);
}
