/**
 * A sheet's grid kept in memory, patched with one range read again (an inline re-check of one
 * form). Pure.
 */
import { Grid, parseA1, RangeRef, rangeToA1 } from '../core';
import { intersects, rangeOrNull } from './ranges';

/** The extent of a Grid in sheet coordinates (its origin and its widest row). */
function extentOf(g: Grid): RangeRef {
  const o = parseA1(g.origin || 'A1');
  const width = g.values.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  return { top: o.row, left: o.col, bottom: o.row + Math.max(g.values.length, 1) - 1, right: o.col + Math.max(width, 1) - 1 };
}

/**
 * The sheet's grid with a range read again written into it (`part`: a Grid of that range, as
 * `WorkbookPort.readRange` returns it): its values, formulas and number formats replace the
 * grid's there (the grid grows if the range reaches outside it), the merges that intersect the
 * range are the part's, the protection flag is the part's. A copy; the inputs are untouched.
 */
export function patchGridRange(grid: Grid, part: Grid): Grid {
  const g = extentOf(grid);
  const p = extentOf(part);
  const top = Math.min(g.top, p.top);
  const left = Math.min(g.left, p.left);
  const height = Math.max(g.bottom, p.bottom) - top + 1;
  const layer = <T>(base: (T | null)[][] | undefined, over: (T | null)[][] | undefined): (T | null)[][] => {
    const out: (T | null)[][] = Array.from({ length: height }, () => []);
    const put = (rows: (T | null)[][] | undefined, at: RangeRef, whole: boolean) => {
      for (let r = 0; r <= at.bottom - at.top; r++) {
        const line = out[at.top - top + r];
        for (let c = 0; c <= at.right - at.left; c++) {
          const v = rows?.[r]?.[c];
          if (v === undefined && !whole) continue;
          const col = at.left - left + c;
          while (line.length < col) line.push(null);
          line[col] = v ?? null;
        }
      }
    };
    put(base, g, false);
    put(over, p, true); // every cell of the range, blanks included
    return out;
  };
  const out: Grid = { ...grid, origin: rangeToA1({ top, left, bottom: top, right: left }), values: layer(grid.values, part.values) };
  if (grid.formulas || part.formulas) out.formulas = layer(grid.formulas, part.formulas);
  else delete out.formulas;
  if (grid.numberFormats || part.numberFormats) out.numberFormats = layer(grid.numberFormats, part.numberFormats);
  else delete out.numberFormats;
  const outside = (grid.merges ?? []).filter((m) => {
    const r = rangeOrNull(m);
    return !r || !intersects(r, p);
  });
  out.merges = [...outside, ...part.merges.filter((m) => !outside.includes(m))];
  if (part.protected !== undefined) out.protected = part.protected;
  return out;
}
