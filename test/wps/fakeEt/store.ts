/**
 * The only state the fake ET keeps about sheets and cells. The demo host backs the fake with its
 * own workbook by implementing EtStore; MemoryEtStore is the tests' one. Rows and columns are
 * 0-based here (the core's convention); sheets are known by an id that survives renames, so a
 * Worksheet object keeps pointing at its sheet as COM's do.
 */
import { parseA1, parseRange, type CellValue, type Grid, type RangeRef } from '../../../src/core';

/** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
export type SheetVisibility = -1 | 0 | 2;

export interface StoreSheet {
  readonly id: number;
  readonly name: string;
  readonly visible: SheetVisibility;
  readonly protected: boolean;
}

/** One cell. A formula cell's `value` is its last computed result (the fake computes nothing). */
export interface StoreCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
}

export interface EtStore {
  /** In tab order, hidden and very hidden sheets included. */
  sheets(): readonly StoreSheet[];
  /** Inserts a sheet at 0-based tab position `at`; returns its id. */
  addSheet(name: string, at: number): number;
  deleteSheet(id: number): void;
  renameSheet(id: number, name: string): void;
  setVisible(id: number, visible: SheetVisibility): void;
  setProtected(id: number, on: boolean): void;
  /** A blank cell is `{ value: null, formula: null, numberFormat: null }`. */
  cell(id: number, row: number, col: number): StoreCell;
  /** Only the given fields change. */
  setCell(id: number, row: number, col: number, cell: Partial<StoreCell>): void;
  /** Bounds of the cells holding a value or a formula; null when there are none. */
  extent(id: number): RangeRef | null;
  merges(id: number): readonly RangeRef[];
  setMerges(id: number, merges: readonly RangeRef[]): void;
  /** Inserts `n` blank rows before 0-based row `at`: cells and merges below move down. */
  insertRows(id: number, at: number, n: number): void;
}

/** Where a range goes when n rows are inserted before row `at` (a range spanning `at` grows). */
export function shiftRows(r: RangeRef, at: number, n: number): RangeRef {
  if (r.bottom < at) return r;
  return { top: r.top >= at ? r.top + n : r.top, left: r.left, bottom: r.bottom + n, right: r.right };
}

export const inside = (m: RangeRef, row: number, col: number) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;
export const intersects = (a: RangeRef, b: RangeRef) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

const BLANK: StoreCell = Object.freeze({ value: null, formula: null, numberFormat: null }) as StoreCell;
const COLS = 16384; // a cell's key is row * COLS + col

interface MemorySheet {
  id: number;
  name: string;
  visible: SheetVisibility;
  protected: boolean;
  cells: Map<number, StoreCell>;
  merges: RangeRef[];
}

export class MemoryEtStore implements EtStore {
  private list: MemorySheet[] = [];
  private nextId = 1;

  constructor(grids: readonly Grid[] = []) {
    for (const g of grids) this.loadGrid(g);
  }

  sheets(): readonly StoreSheet[] {
    return this.list.map(({ id, name, visible, protected: p }) => ({ id, name, visible, protected: p }));
  }

  addSheet(name: string, at: number): number {
    const id = this.nextId++;
    this.list.splice(Math.max(0, Math.min(at, this.list.length)), 0, {
      id, name, visible: -1, protected: false, cells: new Map(), merges: [],
    });
    return id;
  }

  deleteSheet(id: number): void {
    this.list = this.list.filter((s) => s.id !== id);
  }

  renameSheet(id: number, name: string): void {
    this.get(id).name = name;
  }

  setVisible(id: number, visible: SheetVisibility): void {
    this.get(id).visible = visible;
  }

  setProtected(id: number, on: boolean): void {
    this.get(id).protected = on;
  }

  cell(id: number, row: number, col: number): StoreCell {
    const c = this.get(id).cells.get(row * COLS + col);
    return c ? { ...c } : { ...BLANK };
  }

  setCell(id: number, row: number, col: number, cell: Partial<StoreCell>): void {
    const cells = this.get(id).cells;
    const key = row * COLS + col;
    const next = { ...(cells.get(key) ?? BLANK), ...cell };
    if (next.value === null && next.formula === null && next.numberFormat === null) cells.delete(key);
    else cells.set(key, next);
  }

  extent(id: number): RangeRef | null {
    let r: RangeRef | null = null;
    for (const [key, c] of this.get(id).cells) {
      if (c.value === null && c.formula === null) continue; // a format alone is not content
      const row = Math.floor(key / COLS);
      const col = key % COLS;
      r = r
        ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return r;
  }

  merges(id: number): readonly RangeRef[] {
    return this.get(id).merges.map((m) => ({ ...m }));
  }

  setMerges(id: number, merges: readonly RangeRef[]): void {
    this.get(id).merges = merges.map((m) => ({ ...m }));
  }

  insertRows(id: number, at: number, n: number): void {
    const s = this.get(id);
    const moved = new Map<number, StoreCell>();
    for (const [key, c] of s.cells) {
      const row = Math.floor(key / COLS);
      moved.set(row >= at ? key + n * COLS : key, c);
    }
    s.cells = moved;
    s.merges = s.merges.map((m) => shiftRows(m, at, n));
  }

  private get(id: number): MemorySheet {
    const s = this.list.find((x) => x.id === id);
    if (!s) throw new Error(`MemoryEtStore: no sheet with id ${id}`);
    return s;
  }

  private loadGrid(g: Grid): void {
    const id = this.addSheet(g.sheet, this.list.length);
    const o = parseA1(g.origin || 'A1');
    const rows = Math.max(g.values.length, g.formulas?.length ?? 0, g.numberFormats?.length ?? 0);
    for (let i = 0; i < rows; i++) {
      const width = Math.max(g.values[i]?.length ?? 0, g.formulas?.[i]?.length ?? 0, g.numberFormats?.[i]?.length ?? 0);
      for (let j = 0; j < width; j++) {
        const value = g.values[i]?.[j] ?? null;
        const formula = g.formulas?.[i]?.[j] || null;
        const numberFormat = g.numberFormats?.[i]?.[j] || null;
        if (value !== null || formula || numberFormat) this.setCell(id, o.row + i, o.col + j, { value, formula, numberFormat });
      }
    }
    this.setMerges(id, (g.merges || []).map((m) => parseRange(m)));
    if (g.protected) this.setProtected(id, true);
  }
}
