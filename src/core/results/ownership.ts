import { parseA1 } from '../a1';
import { GridView } from '../grid';
import type { Grid } from '../grid';
import type { SheetSpec } from '../sheetSpec';

/**
 * Whether a sheet of the spec's name exists and is the add-in's own (its signature cell holds the
 * signature). A 'foreign' sheet is the user's: it is never replaced — the user is asked to rename it.
 */
export type SheetOwnership = 'absent' | 'ours' | 'foreign';

export function sheetOwnership(grids: readonly Grid[], spec: Pick<SheetSpec, 'name' | 'signatureCell' | 'signature'>): SheetOwnership {
  // Excel's sheet names are unique regardless of case: 「Results」 and 「RESULTS」 are the same sheet
  const grid = grids.find((g) => g.sheet.toUpperCase() === spec.name.toUpperCase());
  if (!grid) return 'absent';
  const { row, col } = parseA1(spec.signatureCell);
  const v = new GridView(grid).value(row, col);
  return typeof v === 'string' && v.trim() === spec.signature ? 'ours' : 'foreign';
}
