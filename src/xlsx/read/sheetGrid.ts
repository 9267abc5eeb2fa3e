/** Collected cells + merges of one worksheet → the Grid, exactly as test/support/exceljsGrids.ts builds it. */
import { toA1 } from '../../core/a1';
import type { CellValue, Grid, GridCut } from '../../core/grid';
import { columnAt } from './cellXml';
import { DEFAULT_LIMITS, EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, ReadLimits } from './limits';

/** Cells that hold something, in document order (0-based rows/columns), and what was left out. */
export interface Cells {
  row: number[];
  col: number[];
  value: CellValue[];
  formula: (string | null)[];
  format: (string | null)[];
  /** Some kept text is one a locator starts from (core/locate/anchor.ts). */
  anchor: boolean;
  /** Cells that hold something, kept or not (outside Excel's bounds excepted). */
  seen: number;
  /** Cells outside Excel's 1 048 576 × 16 384, dropped. */
  outside: number;
  /** 1-based row of the first cell not kept because maxCellsPerSheet was reached (0: none). */
  overflowRow: number;
  /** May switch to scanning (sheetXml.ts); scanning: cells are counted and looked at, not stored. */
  mayScan: boolean;
  scanning: boolean;
}

export function emptyCells(): Cells {
  return { row: [], col: [], value: [], formula: [], format: [], anchor: false, seen: 0, outside: 0, overflowRow: 0, mayScan: false, scanning: false };
}

/** Whether the cell at 1-based (row, col) is stored: inside Excel's bounds and the per-sheet bound. */
export function keep(cells: Cells, limits: ReadLimits, row: number, col: number): boolean {
  if (row > EXCEL_MAX_ROWS || col > EXCEL_MAX_COLUMNS) {
    cells.outside++;
    return false;
  }
  cells.seen++;
  if (cells.scanning) return false;
  if (cells.row.length < limits.maxCellsPerSheet) return true;
  if (cells.overflowRow === 0 || row < cells.overflowRow) cells.overflowRow = row;
  return false;
}

/** The reader's note on a sheet it bounded, if it did (the first reason that applies). */
function cutOf(cells: Cells, limits: ReadLimits): GridCut | undefined {
  if (cells.overflowRow > 0) return { reason: 'cells', limit: limits.maxCellsPerSheet, cells: cells.seen, fromRow: cells.overflowRow };
  if (cells.outside > 0) return { reason: 'bounds', limit: cells.outside, cells: cells.seen };
  return undefined;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MERGE_REF = /^\s*\$?([A-Za-z]{1,3})\$?([1-9]\d*)(?::\$?([A-Za-z]{1,3})\$?([1-9]\d*))?\s*$/;

/** `A5:A9` (or a lone `A5`) → 0-based rectangle; null when it is not a cell range. */
export function parseMerge(ref: string): Rect | null {
  const m = MERGE_REF.exec(ref);
  if (!m) return null;
  const r1 = parseInt(m[2], 10);
  const c1 = columnAt(m[1], 0, m[1].length);
  const r2 = m[4] ? parseInt(m[4], 10) : r1;
  const c2 = m[3] ? columnAt(m[3], 0, m[3].length) : c1;
  return { top: Math.min(r1, r2) - 1, left: Math.min(c1, c2) - 1, bottom: Math.max(r1, r2) - 1, right: Math.max(c1, c2) - 1 };
}

/** Bounds, merge masking and arrays exactly as test/support/exceljsGrids.ts builds them from ExcelJS. */
export function toGrid(sheet: string, cells: Cells, rects: Rect[], merges: string[], protectedSheet: boolean, limits: ReadLimits = DEFAULT_LIMITS): Grid {
  let cut = cutOf(cells, limits);
  if (cells.seen > limits.largeSheetCells && !cells.anchor) {
    // Nothing the engine reads is on it: no dense arrays for a million-row data sheet.
    return { sheet, origin: 'A1', values: [], merges, protected: protectedSheet, cut: { reason: 'noForm', limit: limits.largeSheetCells, cells: cells.seen } };
  }
  const hidden = mergeMask(rects);
  const kept: number[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let i = 0; i < cells.row.length; i++) {
    const r = cells.row[i];
    const c = cells.col[i];
    if (hidden && hidden(r, c)) continue;
    kept.push(i);
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  if (kept.length === 0) return { sheet, origin: 'A1', values: [], merges, protected: protectedSheet, ...(cut ? { cut } : {}) };
  const width = right - left + 1;
  let height = bottom - top + 1;
  if (height * width > limits.maxGridArea) {
    // Laid out densely it would not fit: keep the rows from the top that do (forms start at the top).
    height = Math.max(1, Math.floor(limits.maxGridArea / width));
    cut = { reason: 'area', limit: limits.maxGridArea, cells: cells.seen, fromRow: top + height + 1 };
  }
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  for (const i of kept) {
    const r = cells.row[i] - top;
    if (r >= height) continue;
    const c = cells.col[i] - left;
    values[r][c] = cells.value[i];
    formulas[r][c] = cells.formula[i];
    numberFormats[r][c] = cells.format[i];
  }
  return { sheet, origin: toA1(top, left), values, formulas, numberFormats, merges, protected: protectedSheet, ...(cut ? { cut } : {}) };
}

/** (row, col) → is this a merged cell other than its area's top-left? null when there are no merges. */
function mergeMask(rects: Rect[]): ((row: number, col: number) => boolean) | null {
  if (rects.length === 0) return null;
  const byRow = new Map<number, Rect[]>();
  const tall: Rect[] = [];
  for (const m of rects) {
    if (m.bottom - m.top > 1000) {
      tall.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  const inside = (m: Rect, row: number, col: number) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left);
  return (row, col) => {
    const list = byRow.get(row);
    if (list) for (const m of list) if (inside(m, row, col)) return true;
    for (const m of tall) if (inside(m, row, col)) return true;
    return false;
  };
}
