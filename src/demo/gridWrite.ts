/**
 * Cell writes applied to a sheet's Grid, the demo's store of cell contents: a new Grid object
 * (views memoise on it) sharing the rows the writes leave alone. The result is the Grid the lean
 * reader (src/xlsx/read) would give for the sheet with those cells changed — bounds from the cells
 * that hold something, the written cell's number format from its style (`formatAt`) — so what
 * the pane reads after an edit is what it would read from the downloaded file.
 */
import { CellValue, Grid, parseA1 } from '../core';
import { Cells, emptyCells, toGrid } from '../xlsx/read/sheetGrid';

export interface GridWrite {
  cell: string;
  value: CellValue;
}

/** `formatAt`: the number format of a 0-based cell's style, null for none. */
export function writeGrid(grid: Grid, writes: GridWrite[], formatAt: (row: number, col: number) => string | null): Grid {
  const o = parseA1(grid.origin);
  const height = grid.values.length;
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  const inside = (r: number, c: number) => r >= 0 && c >= 0 && r < height && c < width;
  const onEdge = (r: number, c: number) => r === 0 || c === 0 || r === height - 1 || c === width - 1;
  // A value outside the bounds grows them; a cleared cell on their edge may shrink them.
  const reshape = writes.some((w) => {
    const { row, col } = parseA1(w.cell);
    const empty = w.value === null || w.value === '';
    return inside(row - o.row, col - o.col) ? empty && onEdge(row - o.row, col - o.col) : !empty;
  });
  return reshape ? rebuilt(grid, writes, formatAt) : inPlace(grid, writes, formatAt);
}

function inPlace(grid: Grid, writes: GridWrite[], formatAt: (row: number, col: number) => string | null): Grid {
  const o = parseA1(grid.origin);
  const next: Grid = { ...grid, values: grid.values.slice(), formulas: grid.formulas?.slice(), numberFormats: grid.numberFormats?.slice() };
  const copied = new Set<number>();
  for (const w of writes) {
    const { row, col } = parseA1(w.cell);
    const r = row - o.row;
    const c = col - o.col;
    if (r < 0 || c < 0 || r >= next.values.length || c >= next.values[r].length) continue; // clearing an empty cell outside
    if (!copied.has(r)) {
      copied.add(r);
      next.values[r] = next.values[r].slice();
      if (next.formulas?.[r]) next.formulas[r] = next.formulas[r].slice();
      if (next.numberFormats?.[r]) next.numberFormats[r] = next.numberFormats[r].slice();
    }
    const empty = w.value === null || w.value === '';
    next.values[r][c] = empty ? null : w.value;
    if (next.formulas?.[r]) next.formulas[r][c] = null;
    if (next.numberFormats?.[r]) next.numberFormats[r][c] = empty ? null : formatAt(row, col);
  }
  return next;
}

/** The sheet's cells with the writes applied, made into a Grid again (bounds recomputed). */
function rebuilt(grid: Grid, writes: GridWrite[], formatAt: (row: number, col: number) => string | null): Grid {
  const o = parseA1(grid.origin);
  const byKey = new Map<string, { row: number; col: number; value: CellValue; formula: string | null; format: string | null }>();
  grid.values.forEach((cells, r) =>
    cells.forEach((value, c) => {
      const formula = grid.formulas?.[r]?.[c] ?? null;
      if (value !== null || formula !== null) byKey.set(`${o.row + r},${o.col + c}`, { row: o.row + r, col: o.col + c, value, formula, format: grid.numberFormats?.[r]?.[c] ?? null });
    }),
  );
  for (const w of writes) {
    const { row, col } = parseA1(w.cell);
    if (w.value === null || w.value === '') byKey.delete(`${row},${col}`);
    else byKey.set(`${row},${col}`, { row, col, value: w.value, formula: null, format: formatAt(row, col) });
  }
  const cells: Cells = emptyCells();
  for (const x of byKey.values()) {
    cells.row.push(x.row);
    cells.col.push(x.col);
    cells.value.push(x.value);
    cells.formula.push(x.formula);
    cells.format.push(x.format);
  }
  // The Grid's values already leave merged cells other than the top-left empty: no mask needed.
  return toGrid(grid.sheet, cells, [], grid.merges, grid.protected === true);
}

/** One layer of a Grid at an A1 cell (null outside it or without that layer). */
export function cellOf(grid: Grid | undefined, cell: string, layer: 'values' | 'formulas'): CellValue | string | null {
  if (!grid) return null;
  const o = parseA1(grid.origin);
  const { row, col } = parseA1(cell);
  return grid[layer]?.[row - o.row]?.[col - o.col] ?? null;
}
