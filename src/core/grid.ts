import { parseA1, parseRange, RangeRef, toA1 } from './a1';

/** An Excel error value such as `#DIV/0!` or `#N/A`. */
export interface ExcelError {
  error: string;
}

export type CellValue = string | number | boolean | null | ExcelError;

/**
 * The one host-neutral snapshot of a worksheet that every adapter produces (ExcelJS in the CLI,
 * Office.js in the add-in, the in-memory demo). Values of a merged area sit in its top-left cell
 * only, as Office.js returns them; other cells of the area are null.
 */
export interface Grid {
  sheet: string;
  /** A1 address of the cell held in values[0][0] (the used range's top-left). */
  origin: string;
  values: CellValue[][];
  /** Formula text (with its leading `=`) where a cell holds a formula, else null/absent. */
  formulas?: (string | null)[][];
  /** Number formats, where the host supplies them (used to read percent-formatted rates). */
  numberFormats?: (string | null)[][];
  /** Merged areas as A1 ranges in sheet coordinates, e.g. `A5:A9`. */
  merges: string[];
  /** True when the sheet is protected: recalculation will not write into it. */
  protected?: boolean;
  /** Set when the reader bounded the sheet (issue 10): the Grid holds less than the sheet. */
  cut?: GridCut;
}

/**
 * How a reader bounded a sheet: `cells` more cells than it keeps, `area` rows × columns beyond
 * what it lays out, `bounds` cells outside Excel's 1 048 576 × 16 384, `noForm` a large sheet
 * without any form or summary header, left unread (its Grid is empty).
 */
export interface GridCut {
  reason: 'cells' | 'area' | 'bounds' | 'noForm';
  /** The bound (cells, or rows × columns) — for `bounds`, the cells dropped. */
  limit: number;
  /** Cells the sheet holds, as far as the reader counted them. */
  cells: number;
  /** 1-based sheet row from which on nothing was kept (cells/area). */
  fromRow?: number;
}

export function isExcelError(v: CellValue): v is ExcelError {
  return typeof v === 'object' && v !== null && typeof (v as ExcelError).error === 'string';
}

/** Read access to a Grid in sheet coordinates, resolving merged areas to their top-left cell. */
export class GridView {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly merges: RangeRef[];
  /** Merged areas by each row they cover; a sheet has few, so a short scan per row is cheapest. */
  private readonly mergesByRow = new Map<number, RangeRef[]>();
  private readonly tallMerges: RangeRef[] = [];

  constructor(readonly grid: Grid) {
    this.sheet = grid.sheet;
    const o = parseA1(grid.origin || 'A1');
    this.top = o.row;
    this.left = o.col;
    let width = 0;
    for (const row of grid.values) if (row && row.length > width) width = row.length;
    this.bottom = o.row + grid.values.length - 1;
    this.right = o.col + width - 1;
    this.merges = [];
    for (const m of grid.merges || []) {
      const r = parseRangeOrNull(m);
      if (!r || (r.top === r.bottom && r.left === r.right)) continue;
      this.merges.push(r);
      if (r.bottom - r.top > 1000) {
        this.tallMerges.push(r); // a whole-column merge must not cost one entry per row
        continue;
      }
      for (let row = r.top; row <= r.bottom; row++) {
        const list = this.mergesByRow.get(row);
        if (list) list.push(r);
        else this.mergesByRow.set(row, [r]);
      }
    }
  }

  /** The value stored at this very cell (null inside a merge except at its top-left). */
  raw(row: number, col: number): CellValue {
    const r = this.grid.values[row - this.top];
    if (!r) return null;
    const v = r[col - this.left];
    return v === undefined ? null : v;
  }

  /** The value the user sees at this cell: a merged area shows its top-left value everywhere. */
  value(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  /** The cell that holds the value for this position (the merge's top-left, or itself). */
  master(row: number, col: number): { row: number; col: number } {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The merged area containing this cell, if any. */
  mergeAt(row: number, col: number): RangeRef | undefined {
    const list = this.mergesByRow.get(row);
    if (list) for (const m of list) if (col >= m.left && col <= m.right) return m;
    for (const m of this.tallMerges) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
    return undefined;
  }

  formula(row: number, col: number): string | null {
    const r = this.grid.formulas?.[row - this.top];
    const f = r ? r[col - this.left] : null;
    return f ? f : null;
  }

  numberFormat(row: number, col: number): string | null {
    const r = this.grid.numberFormats?.[row - this.top];
    const f = r ? r[col - this.left] : null;
    return f ? f : null;
  }

  address(row: number, col: number): string {
    return toA1(row, col);
  }
}

function parseRangeOrNull(address: string): RangeRef | null {
  try {
    return parseRange(address);
  } catch {
    return null; // a malformed merge description is not worth failing a whole sheet for
  }
}
