/**
 * The demo's in-memory workbook: an ExcelJS Workbook (read in the browser) as the store of cell
 * contents and their look, the core's Grids derived from it (cached per sheet until a write), and
 * a log of every cell written — by a plan or typed by the user — so that the download patches
 * exactly those cells into the original package (src/xlsx), as `jixiao recalc` does: charts,
 * images and everything else the demo does not show survive.
 */
import type { CellValue as ExcelJsValue, Workbook, Worksheet } from 'exceljs';
import { CellValue, ChartSpec, contentAfter, Grid, parseA1, PlanEntry, PlanValue, planValueOf, SheetSpec } from '../core';
import { worksheetToGrid } from '../xlsx/grids';
import { putSheet } from './sheetWrite';

export type WriteSource = 'plan' | 'user';

export interface CellWrite {
  sheet: string;
  cell: string;
  value: CellValue;
  source: WriteSource;
}

/** A cell's new content, for the download's patch. */
export type CellChange = Pick<PlanEntry, 'sheet' | 'cell' | 'after'>;

export class DemoWorkbook {
  /** Bumped on every change; views re-render on it. */
  version = 0;
  private readonly listeners = new Set<(writes: CellWrite[]) => void>();
  private readonly grids = new Map<string, Grid>();
  /** sheet → cell → last value written (plans and user edits), for the download. */
  private readonly log = new Map<string, Map<string, PlanValue>>();
  /** Sheets the add-in wrote whole (「绩效自评结果」), for the download; their charts, for the view. */
  private readonly sheetsWritten = new Map<string, SheetSpec>();

  constructor(
    readonly workbook: Workbook,
    readonly fileName: string,
    /** The bytes the workbook was read from: the download patches them. */
    readonly original: Uint8Array,
  ) {}

  sheetNames(): string[] {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  worksheet(sheet: string): Worksheet | undefined {
    return this.workbook.worksheets.find((ws) => ws.name === sheet);
  }

  /** The sheet's Grid (cached until the next write into the sheet); undefined for no such sheet. */
  grid(sheet: string): Grid | undefined {
    const cached = this.grids.get(sheet);
    if (cached) return cached;
    const ws = this.worksheet(sheet);
    if (!ws) return undefined;
    const g = worksheetToGrid(ws);
    this.grids.set(sheet, g);
    return g;
  }

  allGrids(): Grid[] {
    return this.sheetNames().map((s) => this.grid(s) as Grid);
  }

  isProtected(sheet: string): boolean {
    return this.grid(sheet)?.protected === true;
  }

  valueAt(sheet: string, cell: string): CellValue {
    return cellOf(this.grid(sheet), cell, 'values') as CellValue;
  }

  formulaAt(sheet: string, cell: string): string | null {
    return cellOf(this.grid(sheet), cell, 'formulas') as string | null;
  }

  /** Writes cells (no checks: the port and the grid view decide what may be written). */
  write(writes: CellWrite[]): void {
    if (writes.length === 0) return;
    const bySheet = new Map<string, CellWrite[]>();
    for (const w of writes) bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), w]);
    for (const [sheet, list] of bySheet) {
      const ws = this.worksheet(sheet);
      if (!ws) throw new Error(`no sheet ${sheet}`);
      let cells = this.log.get(sheet);
      if (!cells) this.log.set(sheet, (cells = new Map()));
      for (const w of list) {
        ws.getCell(w.cell).value = toExcelJs(w.value);
        cells.set(w.cell, planValueOf(w.value));
      }
      this.updateGrid(sheet, list);
    }
    this.version++;
    for (const l of [...this.listeners]) l(writes);
  }

  /**
   * The cached Grid follows the writes without reading the sheet again (a recalculation writes
   * into every sheet): a new Grid object (views memoise on it) sharing the unchanged rows. A write
   * outside the cached range drops the cache; the next read rebuilds it from ExcelJS.
   */
  private updateGrid(sheet: string, writes: CellWrite[]): void {
    const g = this.grids.get(sheet);
    if (!g) return;
    const o = parseA1(g.origin);
    const next: Grid = { ...g, values: g.values.slice(), formulas: g.formulas?.slice() };
    const copied = new Set<number>();
    for (const w of writes) {
      const { row, col } = parseA1(w.cell);
      const r = row - o.row;
      const c = col - o.col;
      if (r < 0 || c < 0 || r >= next.values.length || c >= next.values[r].length) {
        this.grids.delete(sheet);
        return;
      }
      if (!copied.has(r)) {
        copied.add(r);
        next.values[r] = next.values[r].slice();
        if (next.formulas?.[r]) next.formulas[r] = next.formulas[r].slice();
      }
      next.values[r][c] = w.value === '' ? null : w.value;
      if (next.formulas?.[r]) next.formulas[r][c] = null;
    }
    this.grids.set(sheet, next);
  }

  /** Writes the entries of a plan (already checked by the port). */
  writeEntries(entries: PlanEntry[]): void {
    this.write(entries.map((e) => ({ sheet: e.sheet, cell: e.cell, value: contentAfter(e.after), source: 'plan' })));
  }

  /** Every cell changed since the file was opened, with its last value. */
  changedCells(): CellChange[] {
    const out: CellChange[] = [];
    for (const [sheet, cells] of this.log) for (const [cell, after] of cells) out.push({ sheet, cell, after });
    return out;
  }

  /** Writes a sheet the add-in owns, replacing one of that name; edits logged on it before are superseded. */
  putSheet(spec: SheetSpec): { replaced: boolean } {
    const { replaced } = putSheet(this.workbook, spec);
    this.grids.delete(spec.name);
    this.log.delete(spec.name);
    this.sheetsWritten.set(spec.name, spec);
    this.touch();
    return { replaced };
  }

  /** The sheets written whole, in the order written (the download puts them first, then patches cells). */
  writtenSheets(): SheetSpec[] {
    return [...this.sheetsWritten.values()];
  }

  chartOf(sheet: string): ChartSpec | null {
    return this.sheetsWritten.get(sheet)?.chart ?? null;
  }

  /** Something the views show changed without a cell write (markers). */
  touch(): void {
    this.version++;
    for (const l of [...this.listeners]) l([]);
  }

  subscribe(listener: (writes: CellWrite[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

function cellOf(grid: Grid | undefined, cell: string, layer: 'values' | 'formulas'): CellValue | string | null {
  if (!grid) return null;
  const o = parseA1(grid.origin);
  const { row, col } = parseA1(cell);
  return grid[layer]?.[row - o.row]?.[col - o.col] ?? null;
}

function toExcelJs(v: CellValue): ExcelJsValue {
  if (v === null || v === '') return null;
  if (typeof v === 'object') return { error: v.error } as ExcelJsValue;
  return v;
}
