import { toA1 } from '../../src/core/a1';
import { CellValue, Grid } from '../../src/core/grid';

/** [row, col], 0-based, relative to whatever the canvas is placed at. */
export type Pos = [number, number];

/** A formula whose references are positions on the same canvas: its text once placed. */
export type Formula = (address: (p: Pos) => string) => string;

/**
 * A sparse drawing surface for one form or one sheet: cells, merges and a bounding box. Merged
 * areas keep their value in the top-left cell only, as Grid (and Office.js) does.
 */
export class Canvas {
  readonly cells = new Map<string, CellValue>();
  readonly merges: [number, number, number, number][] = [];
  readonly formulas = new Map<string, Formula>();
  bottom = -1;
  right = -1;

  set(r: number, c: number, v: CellValue | undefined): void {
    this.grow(r, c);
    if (v === null || v === undefined || v === '') return;
    this.cells.set(`${r},${c}`, v);
  }

  get(r: number, c: number): CellValue {
    return this.cells.get(`${r},${c}`) ?? null;
  }

  /** A value spanning `height` rows × `width` columns (merged when larger than one cell). */
  put(r: number, c: number, v: CellValue | undefined, width = 1, height = 1): void {
    this.set(r, c, v);
    this.merge(r, c, r + height - 1, c + width - 1);
  }

  /** A formula in a cell that also holds its result (as a host reports both). */
  formula(r: number, c: number, f: Formula): void {
    this.formulas.set(`${r},${c}`, f);
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    this.grow(r2, c2);
    if (r1 === r2 && c1 === c2) return;
    this.merges.push([r1, c1, r2, c2]);
  }

  /** Copies another canvas in with its top-left at `at`. */
  blit(other: Canvas, at: Pos): void {
    for (const [key, v] of other.cells) {
      const [r, c] = key.split(',').map(Number);
      this.set(at[0] + r, at[1] + c, v);
    }
    for (const [key, f] of other.formulas) {
      const [r, c] = key.split(',').map(Number);
      this.formula(at[0] + r, at[1] + c, (address) => f((p) => address([at[0] + p[0], at[1] + p[1]])));
    }
    for (const [r1, c1, r2, c2] of other.merges) this.merge(at[0] + r1, at[1] + c1, at[0] + r2, at[1] + c2);
    this.grow(at[0] + other.bottom, at[1] + other.right);
  }

  /** The canvas as a Grid whose values[0][0] is A1. */
  toGrid(sheet: string): Grid {
    const values: CellValue[][] = Array.from({ length: this.bottom + 1 }, (_, r) =>
      Array.from({ length: this.right + 1 }, (_, c) => this.get(r, c)),
    );
    const merges = this.merges.map(([r1, c1, r2, c2]) => `${toA1(r1, c1)}:${toA1(r2, c2)}`);
    if (this.formulas.size === 0) return { sheet, origin: 'A1', values, merges };
    const formulas = values.map((row, r) => row.map((_, c) => this.formulas.get(`${r},${c}`)?.(a1Of) ?? null));
    return { sheet, origin: 'A1', values, merges, formulas };
  }

  private grow(r: number, c: number): void {
    if (r > this.bottom) this.bottom = r;
    if (c > this.right) this.right = c;
  }
}

/** The A1 address of a 0-based position. */
export const a1Of = (p: Pos): string => toA1(p[0], p[1]);
