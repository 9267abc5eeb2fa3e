/**
 * A sheet's snapshot as a host adapter remembers it (src/excel/state.ts, src/wps/state.ts): the
 * last read whole, the ranges read since, the add-in's writes after them and the user's edits not
 * read again. `apply()` checks a plan against it (a core PlanTarget) instead of reading again.
 */
import { parseA1, parseRange, RangeRef } from './a1';
import { CellValue, Grid, GridView } from './grid';

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
