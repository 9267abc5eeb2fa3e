/**
 * Writes whole sheets (SheetSpec) into .xlsx packages: the CLI's `jixiao summary` and results
 * sheet, the demo's download. Host-neutral like the rest of src/xlsx: bytes in and out are
 * Uint8Array, no Node APIs.
 */
import type { SheetSpec } from '../../core/sheetSpec';
import { openPackage } from '../xlsxPatch';
import { generatePackage } from './newPackage';
import { putSheet } from './putSheet';

export { sheetCellText } from './cellText';
export { generatePackage, newWorkbook, newWorkbookPackage } from './newPackage';
export { checkSheetName, sameSheetName } from './packageEdit';
export { putSheet, SheetNotOursError } from './putSheet';

/**
 * Convenience: bytes in, bytes out. Puts each spec in turn (a SheetNotOursError leaves nothing
 * written); no specs: the input itself.
 */
export async function putSheets(input: Uint8Array, specs: readonly SheetSpec[]): Promise<Uint8Array> {
  if (specs.length === 0) return input;
  const zip = await openPackage(input);
  for (const spec of specs) await putSheet(zip, spec);
  return generatePackage(zip);
}
