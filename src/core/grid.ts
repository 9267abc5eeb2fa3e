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
  private readonly masterOf = new Map<number, number>();
  private readonly mergeOf = new Map<number, RangeRef>();

  constructor(readonly grid: Grid) {
    this.sheet = grid.sheet;
    const o = parseA1(grid.origin || 'A1');
    this.top = o.row;
    this.left = o.col;
    const width = grid.values.reduce((w, row) => Math.max(w, row ? row.length : 0), 0);
    this.bottom = o.row + grid.values.length - 1;
    this.right = o.col + width - 1;
    this.merges = [];
    for (const m of grid.merges || []) {
      let r: RangeRef;
      try {
        r = parseRange(m);
      } catch {
        continue; // a malformed merge description is not worth failing a whole sheet for
      }
      this.merges.push(r);
      const master = this.key(r.top, r.left);
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const k = this.key(row, col);
          this.masterOf.set(k, master);
          this.mergeOf.set(k, r);
        }
      }
    }
  }

  private key(row: number, col: number): number {
    return row * 20000 + col; // Excel has at most 16 384 columns
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
    const k = this.masterOf.get(this.key(row, col));
    if (k === undefined) return this.raw(row, col);
    return this.raw(Math.floor(k / 20000), k % 20000);
  }

  /** The cell that holds the value for this position (the merge's top-left, or itself). */
  master(row: number, col: number): { row: number; col: number } {
    const k = this.masterOf.get(this.key(row, col));
    return k === undefined ? { row, col } : { row: Math.floor(k / 20000), col: k % 20000 };
  }

  /** The merged area containing this cell, if any. */
  mergeAt(row: number, col: number): RangeRef | undefined {
    return this.mergeOf.get(this.key(row, col));
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
