/**
 * What the adapter remembers between calls, so that a recalculation costs one read sync and one
 * write sync:
 *
 *  - the worksheet names (Office.js cannot list the sheets and read their used ranges in the same
 *    batch, so `read()` queues the used ranges of the sheets it already knows; every batch the
 *    adapter runs also reloads the list, so it stays current at no extra round trip);
 *  - per sheet, the snapshot of the last read (`read()` or `readSheet()`): values, formulas,
 *    protection. `apply()` checks a plan against it instead of reading again. A `readRange()` (an
 *    inline re-check of one form) refreshes the snapshot for the cells of that range only; a sheet
 *    only ever read by ranges has a snapshot of those ranges (`covers`), and `apply()` reads it
 *    whole before writing outside them;
 *  - what the user edited on a sheet since its snapshot (from the change events, when the task
 *    pane subscribed to them): such a sheet is not written until the edited cells are read again
 *    (the whole sheet, or a range holding every edited cell);
 *  - the cells the add-in has just written, to recognise its own change events where Excel does
 *    not say who made a change (ExcelApi < 1.14).
 * The snapshot is ./snapshot.ts, the recent writes ./recentWrites.ts.
 */
import type { Grid } from '../core/grid';
import type { OfficeCapabilities } from './capabilities';
import type { OfficeHost } from './host';
import { RecentWrites } from './recentWrites';
import { SheetSnapshot } from './snapshot';

export class AdapterState {
  /** Worksheet names in tab order, as last seen; null before the first batch. */
  sheetNames: string[] | null = null;
  /** Worksheet id → name, as last seen (change events name the sheet by id). */
  readonly sheetIds = new Map<string, string>();
  readonly snapshots = new Map<string, SheetSnapshot>();
  readonly recentWrites = new RecentWrites();

  setSheets(list: { name: string; id?: string }[]): void {
    this.sheetNames = list.map((s) => s.name);
    for (const s of list) if (s.id) this.sheetIds.set(s.id, s.name);
    for (const name of [...this.snapshots.keys()]) if (!this.sheetNames.includes(name)) this.snapshots.delete(name);
  }

  /** A sheet read whole: its snapshot starts afresh. */
  putGrid(grid: Grid): SheetSnapshot {
    const snap = new SheetSnapshot(grid);
    this.snapshots.set(grid.sheet, snap);
    return snap;
  }

  /** A range of a sheet read (readRange): the sheet's snapshot is refreshed there, or begins with it. */
  putRange(grid: Grid): SheetSnapshot {
    const snap = this.snapshots.get(grid.sheet);
    if (snap) {
      snap.refresh(grid);
      return snap;
    }
    const fresh = new SheetSnapshot(grid, false);
    this.snapshots.set(grid.sheet, fresh);
    return fresh;
  }

  markEdited(sheet: string, address?: string): void {
    this.snapshots.get(sheet)?.markEdited(address);
  }
}

/** What every part of the adapter works with. */
export interface AdapterEnv {
  host: OfficeHost;
  state: AdapterState;
  caps: OfficeCapabilities;
}
