/** Cell-by-cell comparison of two readings of a workbook (before and after recalc). */
import { parseA1, toA1 } from '../../src/core/a1';
import type { CellValue, Grid } from '../../src/core/grid';

export interface CellDiff {
  sheet: string;
  cell: string;
  what: 'value' | 'formula' | 'numberFormat';
  before: unknown;
  after: unknown;
}

type Layer = 'values' | 'formulas' | 'numberFormats';
const WHAT: Record<Layer, CellDiff['what']> = { values: 'value', formulas: 'formula', numberFormats: 'numberFormat' };

function at(g: Grid, layer: Layer, row: number, col: number): CellValue | undefined {
  const o = parseA1(g.origin || 'A1');
  const v = g[layer]?.[row - o.row]?.[col - o.col];
  return v === undefined ? null : v;
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Every cell of `a` that holds something in `layer` and differs in `b` (sheet coordinates). */
function oneWay(a: Grid, b: Grid, layer: Layer, out: CellDiff[], seen: Set<string>, swapped: boolean): void {
  const o = parseA1(a.origin || 'A1');
  const rows = a[layer] ?? [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined) continue;
      const w = at(b, layer, o.row + r, o.col + c);
      if (same(v, w)) continue;
      const cell = toA1(o.row + r, o.col + c);
      if (seen.has(`${layer}|${cell}`)) continue;
      seen.add(`${layer}|${cell}`);
      out.push({ sheet: a.sheet, cell, what: WHAT[layer], before: swapped ? w : v, after: swapped ? v : w });
    }
  }
}

/** What differs between two Grids of the same sheet: cells (values, formulas, formats) both ways. */
export function cellDiffs(before: Grid, after: Grid): CellDiff[] {
  const out: CellDiff[] = [];
  for (const layer of ['values', 'formulas', 'numberFormats'] as const) {
    const seen = new Set<string>();
    oneWay(before, after, layer, out, seen, false);
    oneWay(after, before, layer, out, seen, true);
  }
  return out;
}

/** The value a Grid holds at an A1 address (null outside it). */
export function valueAt(g: Grid, cell: string): CellValue {
  const { row, col } = parseA1(cell);
  return at(g, 'values', row, col) ?? null;
}

export function numberFormatAt(g: Grid, cell: string): string | null {
  const { row, col } = parseA1(cell);
  return (at(g, 'numberFormats', row, col) as string | null) ?? null;
}
