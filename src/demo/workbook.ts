/**
 * The demo's in-memory workbook: per sheet, in tab order, its Grid (the core's snapshot: values,
 * formulas, number formats, merges, protection) and its look (styles, widths, heights, links,
 * own data validation), both read by src/xlsx/read — the store the views draw and the port
 * reads. A log of every cell written — by a plan or typed by the user — lets the download patch
 * exactly those cells into the original package (src/xlsx), as `jixiao recalc` does: charts,
 * images and everything else the demo does not show survive.
 */
import { CellValue, ChartSpec, contentAfter, Grid, PlanEntry, PlanValue, planValueOf, SheetSpec } from '../core';
import { emptyLook, SheetLook, styleAt, WorkbookLooks } from '../xlsx/read/look';
import { cellOf, writeGrid } from './gridWrite';
import { resultsSheet } from './resultsSheet';

export type WriteSource = 'plan' | 'user';

export interface CellWrite {
  sheet: string;
  cell: string;
  value: CellValue;
  source: WriteSource;
}

/** A cell's new content, for the download's patch. */
export type CellChange = Pick<PlanEntry, 'sheet' | 'cell' | 'after'>;

/** A sheet: its Grid (replaced, not changed, by a write, so views can memoise on it) and its look once read. */
interface DemoSheet {
  name: string;
  grid: Grid;
  look?: SheetLook;
  /** Very hidden (the WPS add-in's own store sheet, in ?host=wps): not in the tabs. */
  hidden?: boolean;
}

export class DemoWorkbook {
  /** Bumped on every change; views re-render on it. */
  version = 0;
  private readonly listeners = new Set<(writes: CellWrite[]) => void>();
  /** In tab order. */
  private readonly sheets: DemoSheet[];
  /** sheet → cell → last value written (plans and user edits), for the download. */
  private readonly log = new Map<string, Map<string, PlanValue>>();
  /** Sheets the add-in wrote whole (「绩效自评结果」), for the download; their charts, for the view. */
  private readonly sheetsWritten = new Map<string, SheetSpec>();

  /** `looks`: the sheets' looks, read when a sheet is first drawn or written. */
  constructor(
    grids: Grid[],
    private readonly looks: WorkbookLooks,
    readonly fileName: string,
    /** The bytes the workbook was read from: the download patches them. */
    readonly original: Uint8Array,
  ) {
    this.sheets = grids.map((grid) => ({ name: grid.sheet, grid }));
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** The sheets the tabs show (hidden ones left out). */
  tabNames(): string[] {
    return this.sheets.filter((s) => !s.hidden).map((s) => s.name);
  }

  hasSheet(sheet: string): boolean {
    return this.find(sheet) !== undefined;
  }

  /** The sheet's Grid; undefined for no such sheet. */
  grid(sheet: string): Grid | undefined {
    return this.find(sheet)?.grid;
  }

  look(sheet: string): SheetLook | undefined {
    const s = this.find(sheet);
    if (s && !s.look) s.look = this.looks.get(s.name) ?? emptyLook();
    return s?.look;
  }

  allGrids(): Grid[] {
    return this.sheets.map((s) => s.grid);
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
      const s = this.find(sheet);
      if (!s) throw new Error(`no sheet ${sheet}`);
      let cells = this.log.get(sheet);
      if (!cells) this.log.set(sheet, (cells = new Map()));
      for (const w of list) cells.set(w.cell, planValueOf(w.value));
      s.grid = writeGrid(s.grid, list, (row, col) => styleAt(this.look(sheet) as SheetLook, row, col)?.numFmt ?? null);
    }
    this.version++;
    for (const l of [...this.listeners]) l(writes);
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

  /**
   * Writes a sheet the add-in owns: one of that name (regardless of case, as in Excel) is replaced
   * at its position, else the sheet is added last; edits logged on it before are superseded.
   */
  putSheet(spec: SheetSpec): { replaced: boolean } {
    const at = this.sheets.findIndex((s) => s.name.toUpperCase() === spec.name.toUpperCase());
    const entry = { name: spec.name, ...resultsSheet(spec) };
    if (at >= 0) {
      this.log.delete(this.sheets[at].name);
      this.sheetsWritten.delete(this.sheets[at].name);
      this.sheets[at] = entry;
    } else this.sheets.push(entry);
    this.log.delete(spec.name);
    this.sheetsWritten.set(spec.name, spec);
    this.touch();
    return { replaced: at >= 0 };
  }

  /**
   * Sheet operations of a host's object model (the fake WPS of ?host=wps adds, deletes, renames
   * and hides sheets one call at a time, where the Excel imitation writes a SheetSpec whole).
   */
  addBlankSheet(name: string, at: number): void {
    const grid: Grid = { sheet: name, origin: 'A1', values: [], formulas: [], numberFormats: [], merges: [] };
    this.sheets.splice(Math.max(0, Math.min(at, this.sheets.length)), 0, { name, grid });
    this.touch();
  }

  removeSheet(name: string): void {
    const at = this.sheets.findIndex((s) => s.name === name);
    if (at >= 0) this.sheets.splice(at, 1);
    this.log.delete(name);
    this.sheetsWritten.delete(name);
    this.touch();
  }

  renameSheet(name: string, to: string): void {
    const s = this.find(name);
    if (s) Object.assign(s, { name: to, grid: { ...s.grid, sheet: to } });
    this.touch();
  }

  setHidden(name: string, hidden: boolean): void {
    const s = this.find(name);
    if (s) s.hidden = hidden;
    this.touch();
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

  private find(sheet: string): DemoSheet | undefined {
    return this.sheets.find((s) => s.name === sheet);
  }
}
