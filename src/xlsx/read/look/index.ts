/**
 * The look of an opened package — what a grid view needs to draw its sheets as Excel does — read
 * beside its Grids (../index.ts readGrids) from the same OpenedPackage: styles.xml once
 * (cellStyles.ts), each worksheet part when its look is first asked for (sheetLook.ts), since a
 * view draws one sheet at a time. The parts' text was inflated for the Grids already (the package
 * keeps it). Host-neutral, as the Grid reader.
 */
import type { OpenedPackage } from '../types';
import { parseCellStyles } from './cellStyles';
import { parseSheetLook } from './sheetLook';
import { CellLookStyle, emptyLook, SheetLook } from './types';

export { parseCellStyles } from './cellStyles';
export { parseSheetLook } from './sheetLook';
export * from './types';

/** Sheet name → its look, for the worksheets readGrids gives a Grid; each read once, when first asked. */
export interface WorkbookLooks {
  get(sheet: string): SheetLook | undefined;
}

class LazyLooks implements WorkbookLooks {
  private readonly done = new Map<string, SheetLook>();

  constructor(
    private readonly styles: CellLookStyle[],
    private readonly parts: Map<string, { xml: string; rels: Map<string, string> }>,
  ) {}

  get(sheet: string): SheetLook | undefined {
    const cached = this.done.get(sheet);
    if (cached) return cached;
    const part = this.parts.get(sheet);
    if (!part) return undefined; // a skipped sheet: the caller draws it plain
    let look: SheetLook;
    try {
      look = parseSheetLook(part.xml, this.styles, part.rels);
    } catch {
      look = emptyLook(this.styles); // its Grid was read: drawn plain rather than not at all
    }
    this.done.set(sheet, look);
    this.parts.delete(sheet); // its text is no longer needed here
    return look;
  }
}

/**
 * Reads styles.xml and gathers the sheets' parts; a sheet's look is parsed by `get`. `skip`:
 * sheets whose Grid the reader cut or left unread (Grid.cut, issue 10) — drawn plain, their
 * (large) part neither kept nor parsed.
 */
export async function readLooks(pkg: OpenedPackage, skip: ReadonlySet<string> = new Set()): Promise<WorkbookLooks> {
  const stylesXml = pkg.stylesPart ? await pkg.text(pkg.stylesPart) : null;
  const styles = stylesXml ? parseCellStyles(stylesXml) : [];
  const parts = new Map<string, { xml: string; rels: Map<string, string> }>();
  for (const sheet of pkg.sheets) {
    if (skip.has(sheet.name)) continue;
    const xml = await pkg.text(sheet.part);
    if (xml === null) continue; // as readGrids: a dangling relationship has no sheet to draw
    // Relationships only when a hyperlink may need them (most sheets have none).
    const rels = xml.includes('hyperlink') ? await pkg.rels(sheet.part) : new Map<string, string>();
    parts.set(sheet.name, { xml, rels });
  }
  return new LazyLooks(styles, parts);
}
