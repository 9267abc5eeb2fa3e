/**
 * The demo workbook as the fake WPS object model's store (?host=wps): the fake ET of the tests
 * (test/wps/fakeEt) reads and writes the very workbook the grid view draws, so the pane driven
 * through the WPS port shows its writes there. Sheets get ids that survive renames, as COM's
 * Worksheet objects do. Cell writes are queued and reach the workbook in one write per task (a
 * Value2 write of a table is one repaint, not one per cell); reads see the queue first.
 */
import { CellValue, Grid, parseA1, RangeRef, parseRange, toA1 } from '../../core';
import type { EtStore, SheetVisibility, StoreCell, StoreSheet } from '../../../test/wps/fakeEt';
import type { CellWrite, DemoWorkbook } from '../workbook';

interface Entry {
  id: number;
  visible: SheetVisibility;
}

export class DemoEtStore implements EtStore {
  private readonly entries = new Map<string, Entry>();
  private nextId = 1;
  private pending: CellWrite[] = [];
  private readonly pendingAt = new Map<string, CellValue>();

  constructor(private readonly workbook: DemoWorkbook) {
    for (const name of workbook.sheetNames()) this.entries.set(name, { id: this.nextId++, visible: -1 });
  }

  sheets(): readonly StoreSheet[] {
    return this.workbook.sheetNames().map((name) => {
      const e = this.entry(name);
      return { id: e.id, name, visible: e.visible, protected: this.workbook.isProtected(name) };
    });
  }

  addSheet(name: string, at: number): number {
    this.flush();
    this.workbook.addBlankSheet(name, at);
    return this.entry(name).id;
  }

  deleteSheet(id: number): void {
    this.flush();
    const name = this.nameOf(id);
    this.workbook.removeSheet(name);
    this.entries.delete(name);
  }

  renameSheet(id: number, name: string): void {
    this.flush();
    const old = this.nameOf(id);
    const e = this.entry(old);
    this.workbook.renameSheet(old, name);
    this.entries.delete(old);
    this.entries.set(name, e);
  }

  setVisible(id: number, visible: SheetVisibility): void {
    const name = this.nameOf(id);
    this.entry(name).visible = visible;
    this.workbook.setHidden(name, visible !== -1);
  }

  setProtected(): void {
    throw new Error('demo: sheet protection comes from the opened file');
  }

  cell(id: number, row: number, col: number): StoreCell {
    const name = this.nameOf(id);
    const a1 = toA1(row, col);
    const key = `${name}!${a1}`;
    if (this.pendingAt.has(key)) return { value: this.pendingAt.get(key) ?? null, formula: null, numberFormat: null };
    const g = this.workbook.grid(name) as Grid;
    const o = parseA1(g.origin || 'A1');
    const r = row - o.row;
    const c = col - o.col;
    return { value: g.values[r]?.[c] ?? null, formula: g.formulas?.[r]?.[c] ?? null, numberFormat: g.numberFormats?.[r]?.[c] ?? null };
  }

  /** Values only: the WPS port never writes a formula, and number formats are the file's. */
  setCell(id: number, row: number, col: number, cell: Partial<StoreCell>): void {
    if (!('value' in cell) && !('formula' in cell)) return;
    const sheet = this.nameOf(id);
    const value = cell.formula ? null : (cell.value ?? null);
    const a1 = toA1(row, col);
    this.pending.push({ sheet, cell: a1, value, source: 'plan' });
    this.pendingAt.set(`${sheet}!${a1}`, value);
    if (this.pending.length === 1) queueMicrotask(() => this.flush());
  }

  extent(id: number): RangeRef | null {
    this.flush();
    const g = this.workbook.grid(this.nameOf(id)) as Grid;
    if (!g.values.length) return null;
    const o = parseA1(g.origin || 'A1');
    const width = g.values.reduce((w, r) => Math.max(w, r.length), 0);
    return width ? { top: o.row, left: o.col, bottom: o.row + g.values.length - 1, right: o.col + width - 1 } : null;
  }

  merges(id: number): readonly RangeRef[] {
    return ((this.workbook.grid(this.nameOf(id)) as Grid).merges ?? []).map((m) => parseRange(m));
  }

  setMerges(): void {
    throw new Error('demo: merges come from the opened file');
  }

  insertRows(): void {
    throw new Error('demo: rows are not inserted through the object model');
  }

  /** Writes what is queued, in one workbook write. */
  flush(): void {
    if (!this.pending.length) return;
    const writes = this.pending;
    this.pending = [];
    this.pendingAt.clear();
    this.workbook.write(writes);
  }

  private entry(name: string): Entry {
    let e = this.entries.get(name);
    if (!e) this.entries.set(name, (e = { id: this.nextId++, visible: -1 }));
    return e;
  }

  private nameOf(id: number): string {
    for (const [name, e] of this.entries) if (e.id === id && this.workbook.hasSheet(name)) return name;
    throw new Error(`demo: no sheet with id ${id}`);
  }
}
