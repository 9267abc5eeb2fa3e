/**
 * ET range data (Value2, Formula, NumberFormat, the Value(11) XML's merges and formats) → the
 * core's Grid. Pure: the object-model calls are in ./readSheets.ts.
 *
 * Shapes (et.ts): one cell gives a scalar, several an array of rows; a blank is undefined, null or
 * ''. A one-row or one-column range given as a flat array is accepted too. Whatever the shape, the
 * result is exactly rows × columns of the range (missing cells blank).
 */
import { parseRange, RangeRef, toA1 } from '../core/a1';
import { CellValue, Grid } from '../core/grid';
import { ET_ERRORS } from './et';
import { normaliseFormat, XmlSheetInfo } from './xmlSpreadsheet';

/** `'Sheet'!$B$3:$D$9` / `B3:D9` / `B3` → its area (sheet part and `$` dropped). */
export function areaOf(address: string): RangeRef {
  const bare = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '').trim();
  return parseRange(bare);
}

/** A range property's value as rows × cols (see the file comment); a scalar over several cells fills them when `fill`. */
export function rowsOf(v: unknown, rows: number, cols: number, fill = false): unknown[][] {
  let grid: unknown[][];
  if (Array.isArray(v)) {
    if (v.length > 0 && v.every((r) => Array.isArray(r))) grid = v as unknown[][];
    else if (rows === 1) grid = [v];
    else grid = v.map((x) => [x]);
  } else grid = fill ? Array.from({ length: rows }, () => new Array<unknown>(cols).fill(v)) : [[v]];
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => grid[r]?.[c]));
}

/** One Value2 cell → CellValue; a CVErr number is an error unless the cell's Formula shows that very number. */
export function cellValue(v: unknown, formula?: unknown): CellValue {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number') {
    const error = ET_ERRORS[v];
    if (error === undefined) return v;
    const typedNumber = typeof formula === 'string' && formula.trim() !== '' && Number(formula) === v;
    return typedNumber ? v : { error };
  }
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/** Formula text where the cell holds a formula: `=…`, and not the cell's own text (`'=abc` entered as text). */
export function formulaOf(f: unknown, v: unknown): string | null {
  return typeof f === 'string' && f.startsWith('=') && !(typeof v === 'string' && v === f) ? f : null;
}

export interface RangeData {
  sheet: string;
  /** The range read (a used range, or readRange's). */
  area: RangeRef;
  value2: unknown;
  formula: unknown;
  /** Value(11) parsed, or null when it could not be read. */
  xml: XmlSheetInfo | null;
  /** Range.NumberFormat, read when there is no XML (string: every cell; array: per cell; null: none). */
  numberFormat?: unknown;
  isProtected: boolean;
}

/** The Grid of a range read (see the file comment); merges offset to sheet coordinates. */
export function toGrid(d: RangeData): Grid {
  const rows = d.area.bottom - d.area.top + 1;
  const cols = d.area.right - d.area.left + 1;
  const v2 = rowsOf(d.value2, rows, cols);
  const f = rowsOf(d.formula, rows, cols);
  const values = v2.map((row, r) => row.map((v, c) => cellValue(v, f[r][c])));
  const formulas = v2.map((row, r) => row.map((v, c) => formulaOf(f[r][c], v)));
  let numberFormats: (string | null)[][];
  if (d.xml) numberFormats = d.xml.formats.map((row) => row.map((x) => x));
  else numberFormats = rowsOf(d.numberFormat ?? null, rows, cols, true).map((row) => row.map(normaliseFormat));
  const merges = (d.xml?.merges ?? []).map((m) => {
    const a = toA1(m.top + d.area.top, m.left + d.area.left);
    const b = toA1(m.bottom + d.area.top, m.right + d.area.left);
    return a === b ? a : `${a}:${b}`;
  });
  const origin = toA1(d.area.top, d.area.left);
  return { sheet: d.sheet, origin, values, formulas, numberFormats, merges, protected: d.isProtected };
}
