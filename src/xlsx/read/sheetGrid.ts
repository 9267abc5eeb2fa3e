/** Collected cells + merges of one worksheet → the Grid, exactly as test/support/exceljsGrids.ts builds it. */
import { toA1 } from '../../core/a1';
import type { CellValue, Grid } from '../../core/grid';
import { columnAt } from './cellXml';

/** Cells that hold something, in document order (0-based rows/columns). */
export interface Cells {
  row: number[];
  col: number[];
  value: CellValue[];
  formula: (string | null)[];
  format: (string | null)[];
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
export function toGrid(sheet: string, cells: Cells, rects: Rect[], merges: string[], protectedSheet: boolean): Grid {
  const hidden = mergeMask(rects);
  const keep: number[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let i = 0; i < cells.row.length; i++) {
    const r = cells.row[i];
    const c = cells.col[i];
    if (hidden && hidden(r, c)) continue;
    keep.push(i);
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  if (keep.length === 0) return { sheet, origin: 'A1', values: [], merges, protected: protectedSheet };
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  for (const i of keep) {
    const r = cells.row[i] - top;
    const c = cells.col[i] - left;
    values[r][c] = cells.value[i];
    formulas[r][c] = cells.formula[i];
    numberFormats[r][c] = cells.format[i];
  }
  return { sheet, origin: toA1(top, left), values, formulas, numberFormats, merges, protected: protectedSheet };
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
