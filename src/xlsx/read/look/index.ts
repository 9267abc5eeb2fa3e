/**
 * The look of an opened package — what a grid view needs to draw its sheets as Excel does — read
 * beside its Grids (../index.ts readGrids) from the same OpenedPackage: styles.xml once
 * (cellStyles.ts), then each worksheet part (sheetLook.ts; its text was inflated for the Grid
 * already, the package keeps it). Host-neutral, as the Grid reader.
 */
import type { OpenedPackage } from '../types';
import { parseCellStyles } from './cellStyles';
import { parseSheetLook } from './sheetLook';
import type { SheetLook } from './types';

export { parseCellStyles } from './cellStyles';
export { parseSheetLook } from './sheetLook';
export * from './types';

/** Sheet name → its look, for the worksheets of the package (those readGrids gives a Grid). */
export async function readLooks(pkg: OpenedPackage): Promise<Map<string, SheetLook>> {
  const stylesXml = pkg.stylesPart ? await pkg.text(pkg.stylesPart) : null;
  const styles = stylesXml ? parseCellStyles(stylesXml) : [];
  const looks = new Map<string, SheetLook>();
  for (const sheet of pkg.sheets) {
    const xml = await pkg.text(sheet.part);
    if (xml === null) continue; // as readGrids: a dangling relationship has no sheet to draw
    // Relationships only when a hyperlink may need them (most sheets have none).
    const rels = xml.includes('hyperlink') ? await pkg.rels(sheet.part) : new Map<string, string>();
    looks.set(sheet.name, parseSheetLook(xml, styles, rels));
  }
  return looks;
}
