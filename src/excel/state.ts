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
 */
import { parseA1, parseRange, RangeRef, toA1 } from '../core/a1';
import { CellValue, Grid, GridView } from '../core/grid';
import type { OfficeCapabilities } from './capabilities';
import type { OfficeHost } from './host';

const inside = (r: RangeRef, area: RangeRef) => r.top >= area.top && r.bottom <= area.bottom && r.left >= area.left && r.right <= area.right;
const holds = (area: RangeRef, row: number, col: number) => row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;

/** The areas of a change event's address (`G14`, `G14:H15`, `S!A1:B2, S!D4`); null for whole rows/columns or anything else. */
function areasOf(address: string): RangeRef[] | null {
  try {
    const parts = address.split(',').map((a) => a.trim()).filter(Boolean);
    return parts.length ? parts.map((a) => parseRange(a)) : null;
  } catch {
    return null;
  }
}

/** Edited areas kept apart per snapshot; beyond, the whole sheet counts as edited. */
const MAX_EDITS = 1000;

export class SheetSnapshot {
  /** The whole sheet as last read (`read()` / `readSheet()`); null when only ranges of it were read. */
  readonly view: GridView | null;
  /** Ranges read since (`readRange()`), newest first: each overrides what lies under it. */
  private ranges: { area: RangeRef; view: GridView }[] = [];
  /** Values the add-in wrote after the read (they override the read values). */
  private readonly written = new Map<string, CellValue>();
  /** Areas the user edited since the snapshot; `editedSheet`: an edit whose cells are unknown. */
  private edits: RangeRef[] = [];
  private editedSheet = false;
  private isProtected: boolean;

  /** `whole`: the grid is the sheet's used range; else it is one range of the sheet (readRange). */
  constructor(grid: Grid, whole = true) {
    this.isProtected = grid.protected === true;
    if (whole) this.view = new GridView(grid);
    else {
      this.view = null;
      this.ranges.push(rangeOf(grid));
    }
  }

  get protected(): boolean {
    return this.isProtected;
  }

  /** The user changed something on the sheet that was not read again since. */
  get edited(): boolean {
    return this.editedSheet || this.edits.length > 0;
  }

  /** A user edit of `address` (unknown or unreadable: the whole sheet). */
  markEdited(address?: string): void {
    const areas = address === undefined ? null : areasOf(address);
    if (areas && this.edits.length + areas.length <= MAX_EDITS) this.edits.push(...areas);
    else this.editedSheet = true; // unknown cells, or too many edits to keep apart: the sheet
  }

  /** The snapshot knows this cell (the sheet was read whole, or a range holding it). */
  covers(cell: string): boolean {
    if (this.view) return true;
    const { row, col } = parseA1(cell);
    return this.ranges.some((r) => holds(r.area, row, col));
  }

  /**
   * A range of the sheet read again (`readRange()`): its cells, formulas and the sheet's protection
   * replace what the snapshot held there; the add-in's writes and the user's edits inside it are
   * settled (an edit reaching outside it is not).
   */
  refresh(grid: Grid): void {
    const r = rangeOf(grid);
    this.ranges = [r, ...this.ranges.filter((old) => !inside(old.area, r.area))];
    this.isProtected = grid.protected === true;
    for (const cell of [...this.written.keys()]) {
      const { row, col } = parseA1(cell);
      if (holds(r.area, row, col)) this.written.delete(cell);
    }
    this.edits = this.edits.filter((e) => !inside(e, r.area));
  }

  private viewAt(cell: string): { view: GridView | null; row: number; col: number } {
    const { row, col } = parseA1(cell);
    const r = this.ranges.find((x) => holds(x.area, row, col));
    return { view: r ? r.view : this.view, row, col };
  }

  valueAt(cell: string): CellValue {
    const w = this.written.get(cell);
    if (w !== undefined) return w;
    const { view, row, col } = this.viewAt(cell);
    return view ? view.raw(row, col) : null;
  }

  formulaAt(cell: string): string | null {
    if (this.written.has(cell)) return null;
    const { view, row, col } = this.viewAt(cell);
    return view ? view.formula(row, col) : null;
  }

  recordWrite(cell: string, value: CellValue): void {
    this.written.set(cell, value);
  }
}

/** A range's Grid (origin = its top-left) as a snapshot layer: its area from the origin and the values' extent. */
function rangeOf(grid: Grid): { area: RangeRef; view: GridView } {
  const view = new GridView(grid);
  const area = { top: view.top, left: view.left, bottom: Math.max(view.top, view.bottom), right: Math.max(view.left, view.right) };
  return { area, view };
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
