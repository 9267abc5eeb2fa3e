/**
 * A SheetSpec as the Grid a host reads back after writing it (figures as numbers, text as text),
 * and edits of that grid as a reviewer makes them: enough to test 「复核记录」 round trips in core.
 */
import { parseA1 } from '../../src/core/a1';
import type { CellValue, Grid } from '../../src/core/grid';
import { specAsGrid, SheetSpec } from '../../src/core/sheetSpec';

/** The written sheet as a host reads it back (core's specAsGrid). */
export const specGrid = (spec: SheetSpec): Grid => specAsGrid(spec);

/** Sets a cell of a grid whose origin is A1, growing it as needed. */
export function put(g: Grid, address: string, value: CellValue): void {
  const { row, col } = parseA1(address);
  while (g.values.length <= row) g.values.push([]);
  for (const r of g.values) while (r.length <= col) r.push(null);
  g.values[row][col] = value;
}

/** The record row (0-based index into the grid) whose 单元格 column (B) names this cell, and 指标 (D) is or is not （总体）. */
export function recordRow(g: Grid, cell: string, overall = false): number {
  const i = g.values.findIndex((r, k) => k >= 3 && r[1] === cell && (r[3] === '（总体）') === overall);
  if (i < 0) throw new Error(`no record row for ${cell}`);
  return i;
}
