/**
 * What the adapter remembers between calls, so that a recalculation costs one read sync and one
 * write sync:
 *
 *  - the worksheet names (Office.js cannot list the sheets and read their used ranges in the same
 *    batch, so `read()` queues the used ranges of the sheets it already knows; every batch the
 *    adapter runs also reloads the list, so it stays current at no extra round trip);
 *  - per sheet, the snapshot of the last read (`read()` or `readSheet()`): values, formulas,
 *    protection. `apply()` checks a plan against it instead of reading again;
 *  - whether the user edited a sheet since its snapshot (from the change events, when the task
 *    pane subscribed to them): such a sheet is not written until it is read again;
 *  - the cells the add-in has just written, to recognise its own change events where Excel does
 *    not say who made a change (ExcelApi < 1.14).
 */
import { parseA1, parseRange, toA1 } from '../core/a1';
import { CellValue, Grid, GridView } from '../core/grid';
import type { OfficeCapabilities } from './capabilities';
import type { OfficeHost } from './host';

export class SheetSnapshot {
  readonly view: GridView;
  /** Values the add-in wrote after the read (they override the read values). */
  private readonly written = new Map<string, CellValue>();
  /** The user changed something on the sheet after this snapshot was taken. */
  edited = false;

  constructor(readonly grid: Grid) {
    this.view = new GridView(grid);
  }

  get protected(): boolean {
    return this.grid.protected === true;
  }

  valueAt(cell: string): CellValue {
    const w = this.written.get(cell);
    if (w !== undefined) return w;
    const { row, col } = parseA1(cell);
    return this.view.raw(row, col);
  }

  formulaAt(cell: string): string | null {
    if (this.written.has(cell)) return null;
    const { row, col } = parseA1(cell);
    return this.view.formula(row, col);
  }

  recordWrite(cell: string, value: CellValue): void {
    this.written.set(cell, value);
  }
}

/** Cells the add-in wrote, each recognised once in the change events that follow (ExcelApi < 1.14). */
export class RecentWrites {
  private readonly pending = new Map<string, { cells: Set<string>; until: number }>();

  constructor(private readonly ttlMs = 5000, private readonly now: () => number = Date.now) {}

  add(sheet: string, cells: string[]): void {
    const entry = this.pending.get(sheet) ?? { cells: new Set<string>(), until: 0 };
    for (const c of cells) entry.cells.add(c);
    entry.until = this.now() + this.ttlMs;
    this.pending.set(sheet, entry);
  }

  /**
   * True (and forgotten) when every cell of `address` is one the add-in wrote moments ago: the
   * change event is the add-in's own. A user edit of other cells is never swallowed.
   */
  consume(sheet: string, address: string): boolean {
    const entry = this.pending.get(sheet);
    if (!entry) return false;
    if (this.now() > entry.until) {
      this.pending.delete(sheet);
      return false;
    }
    const cells = cellsOf(address);
    if (!cells || cells.length === 0 || !cells.every((c) => entry.cells.has(c))) return false;
    for (const c of cells) entry.cells.delete(c);
    if (entry.cells.size === 0) this.pending.delete(sheet);
    return true;
  }
}

/** The cells of a small A1 range (at most 10 000), or null for whole rows/columns and bigger ranges. */
function cellsOf(address: string): string[] | null {
  let r;
  try {
    r = parseRange(address);
  } catch {
    return null;
  }
  const n = (r.bottom - r.top + 1) * (r.right - r.left + 1);
  if (n > 10000) return null;
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(toA1(row, col));
  return out;
}

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

  putGrid(grid: Grid): SheetSnapshot {
    const snap = new SheetSnapshot(grid);
    this.snapshots.set(grid.sheet, snap);
    return snap;
  }

  markEdited(sheet: string): void {
    const snap = this.snapshots.get(sheet);
    if (snap) snap.edited = true;
  }
}

/** What every part of the adapter works with. */
export interface AdapterEnv {
  host: OfficeHost;
  state: AdapterState;
  caps: OfficeCapabilities;
}
