/**
 * What the WPS adapter remembers between calls, so that `apply()` re-reads nothing: per sheet the
 * snapshot of the last read (values, formulas, protection; a `readRange()` refreshes it for its
 * cells, a user edit seen in SheetChange marks it — core/sheetSnapshot.ts, as src/excel does), and
 * whether `Range.Value(11)` works in this WPS (merged areas and number formats in one call).
 */
import type { Grid } from '../core/grid';
import { SheetSnapshot } from '../core/sheetSnapshot';
import type { WpsContext } from './context';

export class WpsState {
  readonly snapshots = new Map<string, SheetSnapshot>();
  /**
   * Value(11) gives XML Spreadsheet text. Starts true; the first read where it throws or gives no
   * text turns it off for the session (merges are not read then: capabilities().mergedAreas).
   */
  xmlWorks = true;
  /**
   * Workbook.Name at the last read(): the pane may be shown while another workbook is active by
   * the time it applies; apply() then forgets the snapshots (of the other workbook's sheets).
   */
  bookName: string | null = null;

  /** The sheets the workbook has now (a full read): snapshots of sheets gone are dropped. */
  keepSheets(names: readonly string[]): void {
    for (const name of [...this.snapshots.keys()]) if (!names.includes(name)) this.snapshots.delete(name);
  }

  /** A sheet read whole: its snapshot starts afresh. */
  putGrid(grid: Grid): void {
    this.snapshots.set(grid.sheet, new SheetSnapshot(grid));
  }

  /** A range of a sheet read (readRange): the sheet's snapshot is refreshed there, or begins with it. */
  putRange(grid: Grid): void {
    const snap = this.snapshots.get(grid.sheet);
    if (snap) snap.refresh(grid);
    else this.snapshots.set(grid.sheet, new SheetSnapshot(grid, false));
  }

  /** A user edit (SheetChange not of the add-in's own writes). */
  markEdited(sheet: string, address?: string): void {
    this.snapshots.get(sheet)?.markEdited(address);
  }
}

/** What every part of the adapter works with. */
export interface WpsEnv {
  ctx: WpsContext;
  state: WpsState;
}
