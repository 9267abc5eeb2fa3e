/**
 * Grids for the 项目支出汇总表 cross-check tests: copies of (fixture) grids to mutate, moved to an
 * offset, with rows or columns inserted or removed, and a summary laid out as the fixture's.
 */
import { parseA1, parseRange, rangeToA1, toA1 } from '../../src/core/a1';
import { CellValue, Grid } from '../../src/core/grid';

/** A deep copy (values, formulas, formats, merges). */
export function cloneGrid(g: Grid): Grid {
  return JSON.parse(JSON.stringify(g)) as Grid;
}

/** Position of a sheet address in a grid's values (the grid's origin subtracted). */
function indexOf(g: Grid, address: string): { row: number; col: number } {
  const a = parseA1(address);
  const o = parseA1(g.origin || 'A1');
  if (a.row < o.row || a.col < o.col) throw new Error(`${address} is above or left of the origin ${g.origin}`);
  return { row: a.row - o.row, col: a.col - o.col };
}

/** Sets a value at a sheet address, growing the grid as needed. */
export function setCell(g: Grid, address: string, value: CellValue): void {
  const { row, col } = indexOf(g, address);
  while (g.values.length <= row) g.values.push([]);
  const r = g.values[row];
  while (r.length < col) r.push(null);
  r[col] = value;
}

export function cellOf(g: Grid, address: string): CellValue {
  const { row, col } = indexOf(g, address);
  return g.values[row]?.[col] ?? null;
}

const moveRange = (m: string, dr: number, dc: number): string => {
  const r = parseRange(m);
  return rangeToA1({ top: r.top + dr, left: r.left + dc, bottom: r.bottom + dr, right: r.right + dc });
};

/** The same content dr rows lower and dc columns further right, padded with blanks (origin A1). */
export function shiftGrid(g: Grid, dr: number, dc: number): Grid {
  const pad = <T>(rows: T[][] | undefined, blank: T): T[][] | undefined =>
    rows && [...Array.from({ length: dr }, () => [] as T[]), ...rows.map((r) => [...new Array<T>(dc).fill(blank), ...r])];
  return {
    ...cloneGrid(g),
    values: pad(g.values, null) as CellValue[][],
    formulas: pad(g.formulas, null),
    numberFormats: pad(g.numberFormats, null),
    merges: g.merges.map((m) => moveRange(m, dr, dc)),
  };
}

/** The same content held as a host returns a used range starting at `origin` (no padding). */
export function withOrigin(g: Grid, origin: string): Grid {
  const { row, col } = parseA1(origin);
  const shifted = shiftGrid(g, row, col);
  const cut = <T>(rows: T[][] | undefined) => rows?.slice(row).map((r) => r.slice(col));
  return { ...shifted, origin, values: cut(shifted.values) as CellValue[][], formulas: cut(shifted.formulas), numberFormats: cut(shifted.numberFormats) };
}

/** Removes one sheet row (1-based); rows below move up; merges below it move too. */
export function removeRow(g: Grid, row: number): Grid {
  const c = cloneGrid(g);
  for (const t of [c.values, c.formulas, c.numberFormats]) t?.splice(row - 1, 1);
  c.merges = c.merges.map((m) => (parseRange(m).top >= row ? moveRange(m, -1, 0) : m));
  return c;
}

/** Inserts a row of values before sheet row `row` (1-based). */
export function insertRow(g: Grid, row: number, values: CellValue[]): Grid {
  const c = cloneGrid(g);
  c.values.splice(row - 1, 0, values);
  c.formulas?.splice(row - 1, 0, values.map(() => null));
  c.numberFormats?.splice(row - 1, 0, values.map(() => null));
  c.merges = c.merges.map((m) => (parseRange(m).top >= row - 1 ? moveRange(m, 1, 0) : m));
  return c;
}

/** Removes one column (0-based) of a grid with origin A1; merges right of it move left, merges over it shrink. */
export function removeColumn(g: Grid, col: number): Grid {
  const c = cloneGrid(g);
  for (const t of [c.values, c.formulas, c.numberFormats]) t?.forEach((r) => r.splice(col, 1));
  c.merges = c.merges.flatMap((m) => {
    const r = parseRange(m);
    if (r.left > col) return [moveRange(m, 0, -1)];
    if (r.right < col) return [m];
    if (r.left === r.right) return [];
    return [rangeToA1({ ...r, right: r.right - 1 })];
  });
  return c;
}

/** [单位, 项目名称, 财政提供预算金额, 年初: 当年财政拨款, 上年结转资金, 其他资金, 调整后: 当年财政拨款, 上年结转资金]. */
export type SummaryLine = [CellValue, CellValue, CellValue, CellValue, CellValue, CellValue, CellValue, CellValue];

/** A summary laid out exactly as the fixture's sheet 项目支出汇总表 (A1:I…), as a Grid. */
export function summaryGrid(sheet: string, lines: SummaryLine[]): Grid {
  const values: CellValue[][] = [
    ['项目支出汇总表', null, null, null, null, null, null, null, null],
    ['序号', '单位', '项目名称', '财政提供预算金额', '年初预算数', null, null, '调整后预算数', null],
    [null, null, null, null, '其中：当年财政拨款', '上年结转资金', '其他资金', '其中：当年财政拨款', '上年结转资金'],
    ...lines.map((l, i): CellValue[] => [i + 1, ...l]),
  ];
  return { sheet, origin: 'A1', values, merges: ['A1:I1', 'E2:G2', 'H2:I2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3'] };
}

/** The A1 address `rows` below and `cols` right of another. */
export function offset(address: string, rows: number, cols = 0): string {
  const { row, col } = parseA1(address);
  return toA1(row + rows, col + cols);
}
