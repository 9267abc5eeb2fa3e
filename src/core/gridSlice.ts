import { parseA1, parseRange, rangeToA1 } from './a1';
import type { Grid } from './grid';

/**
 * One range of a sheet's Grid as a host's `readRange` returns it (see WorkbookPort.readRange):
 * origin = the range's top-left, every cell of the range (blanks as null), formulas and number
 * formats where the grid has them, the merged areas that intersect the range (whole), the
 * protection flag. A new Grid: nothing is shared with the input.
 */
export function sliceGrid(g: Grid, range: string): Grid {
  const r = parseRange(range);
  const o = parseA1(g.origin || 'A1');
  const cut = <T>(rows: (T | null | undefined)[][]): (T | null)[][] =>
    Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
      Array.from({ length: r.right - r.left + 1 }, (_, j) => {
        const v = rows[r.top + i - o.row]?.[r.left + j - o.col] ?? null;
        return v !== null && typeof v === 'object' ? ({ ...v } as T) : v;
      }),
    );
  const out: Grid = { sheet: g.sheet, origin: rangeToA1({ ...r, bottom: r.top, right: r.left }), values: cut(g.values), merges: [] };
  if (g.formulas) out.formulas = cut(g.formulas);
  if (g.numberFormats) out.numberFormats = cut(g.numberFormats);
  out.merges = g.merges.filter((m) => {
    const q = parseRange(m);
    return q.top <= r.bottom && r.top <= q.bottom && q.left <= r.right && r.left <= q.right;
  });
  if (g.protected !== undefined) out.protected = g.protected;
  return out;
}
