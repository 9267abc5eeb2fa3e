/** Range: values, formulas and formats of a rectangle, with COM's shapes and coercions. */
import { columnName, type RangeRef } from '../../../src/core';
import { XL_RANGE_VALUE_XML, type EtFormatConditions, type EtRange, type EtValidation, type EtWorksheet } from '../../../src/wps/et';
import type { Session } from './state';
import { inside, intersects, type StoreCell } from './store';
import { FakeFormatConditions, FakeValidation } from './validation';
import { coerceWrite, formulaOf, value2Of } from './values';
import { rangeXml } from './xml';


/** `$B$3:$D$9` by default as COM gives it; `B3:D9` with Address(false, false). */
export function formatAddress(r: RangeRef, rowAbs = true, colAbs = true): string {
  const one = (row: number, col: number) => `${colAbs ? '$' : ''}${columnName(col)}${rowAbs ? '$' : ''}${row + 1}`;
  const a = one(r.top, r.left);
  const b = one(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

export class FakeRange implements EtRange {
  /** A multi-area range (`Range('A3:A10,F3:G10')`): only its Address and Chart.SetSourceData use it. */
  areas: readonly RangeRef[] | null = null;

  constructor(readonly session: Session, readonly sheetId: number, readonly r: RangeRef) {}

  Address(RowAbsolute = true, ColumnAbsolute = true): string {
    this.session.sheetInfo(this.sheetId);
    return (this.areas ?? [this.r]).map((a) => formatAddress(a, RowAbsolute, ColumnAbsolute)).join(',');
  }

  get Value2(): unknown {
    const blank = this.session.options.blank;
    return this.read((c) => value2Of(c.value, blank));
  }

  set Value2(x: unknown) {
    this.write(x);
  }

  get Formula(): unknown {
    return this.read(formulaOf);
  }

  set Formula(x: unknown) {
    this.write(x);
  }

  /** One cell: its format ('General' when none); several: the common one, null when mixed. */
  get NumberFormat(): unknown {
    const formats = new Set<string>();
    this.each((row, col) => void formats.add(this.session.store.cell(this.sheetId, row, col).numberFormat ?? 'General'));
    return formats.size === 1 ? [...formats][0] : null;
  }

  set NumberFormat(x: unknown) {
    this.session.guardWrite(this.sheetId);
    const grid = this.shaped(x);
    this.each((row, col, i, j) => {
      const f = grid ? grid[i][j] : x;
      const format = f === null || f === undefined || f === '' || f === 'General' ? null : String(f);
      this.session.store.setCell(this.sheetId, row, col, { numberFormat: format });
    });
  }

  Value(RangeValueDataType?: number): unknown {
    if (RangeValueDataType !== XL_RANGE_VALUE_XML) return this.Value2; // dates stay serials (no Date objects)
    if (this.session.options.xml === false) throw new Error('fake ET: Range.Value(11) is not supported by this host');
    return rangeXml(this.session.store, this.sheetId, this.session.sheetInfo(this.sheetId).name, this.r);
  }

  get Row(): number {
    return this.r.top + 1;
  }

  get Column(): number {
    return this.r.left + 1;
  }

  get Worksheet(): EtWorksheet {
    return this.session.objects.sheet(this.session, this.sheetId);
  }

  /** Throws unless the sheet is the active one, as COM's Select does. */
  Select(): void {
    if (this.session.activeSheetId !== this.sheetId) throw new Error('fake ET: Select method of Range class failed (sheet not active)');
    this.session.selection = { sheetId: this.sheetId, range: this.r };
  }

  get Validation(): EtValidation {
    return this.session.om('Validation', new FakeValidation(this.session, this.sheetId, this.r));
  }

  get FormatConditions(): EtFormatConditions {
    return this.session.om('FormatConditions', new FakeFormatConditions(this.session, this.sheetId, this.r));
  }

  /** true when every cell is in a merged area, false when none is, null when mixed. */
  get MergeCells(): boolean | null {
    const merges = this.session.store.merges(this.sheetId);
    let merged = 0;
    let all = 0;
    this.each((row, col) => {
      all++;
      if (merges.some((m) => inside(m, row, col))) merged++;
    });
    return merged === 0 ? false : merged === all ? true : null;
  }

  set MergeCells(on: boolean | null) {
    if (on) this.Merge();
    else this.UnMerge();
  }

  /** Merges the range (merges it overlaps are dropped); only the top-left value is kept. */
  Merge(): void {
    const { store } = this.session;
    this.session.guardWrite(this.sheetId);
    const rest = store.merges(this.sheetId).filter((m) => !intersects(m, this.r));
    if (this.r.bottom > this.r.top || this.r.right > this.r.left) rest.push({ ...this.r });
    store.setMerges(this.sheetId, rest);
    this.each((row, col) => {
      if (row !== this.r.top || col !== this.r.left) store.setCell(this.sheetId, row, col, { value: null, formula: null });
    });
  }

  UnMerge(): void {
    this.session.guardWrite(this.sheetId);
    const { store } = this.session;
    store.setMerges(this.sheetId, store.merges(this.sheetId).filter((m) => !intersects(m, this.r)));
  }

  private each(fn: (row: number, col: number, i: number, j: number) => void): void {
    this.session.sheetInfo(this.sheetId);
    if (this.areas) throw new Error('fake ET: a multi-area range is supported only as a chart source');
    for (let row = this.r.top; row <= this.r.bottom; row++) for (let col = this.r.left; col <= this.r.right; col++) fn(row, col, row - this.r.top, col - this.r.left);
  }

  /** One cell: a scalar; several: rows of the range's exact shape. Covered merge cells read blank. */
  private read(fn: (c: StoreCell) => unknown): unknown {
    const merges = this.session.store.merges(this.sheetId);
    const rows: unknown[][] = [];
    this.each((row, col, i) => {
      const covered = merges.some((m) => inside(m, row, col) && (m.top !== row || m.left !== col));
      const c = covered ? { value: null, formula: null, numberFormat: null } : this.session.store.cell(this.sheetId, row, col);
      (rows[i] ??= []).push(fn(c));
    });
    return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
  }

  /** Rows of x when it is an array (checked against the shape), null for a scalar. */
  private shaped(x: unknown): unknown[][] | null {
    if (!Array.isArray(x)) return null;
    const height = this.r.bottom - this.r.top + 1;
    const width = this.r.right - this.r.left + 1;
    const grid = height === 1 && x.length === width && !x.some(Array.isArray) ? [x] : (x as unknown[][]);
    if (grid.length !== height || grid.some((row) => !Array.isArray(row) || row.length !== width)) {
      throw new Error(`fake ET: an array written to ${formatAddress(this.r, false, false)} must have ${height} rows of ${width}`);
    }
    return grid;
  }

  /** Value2/Formula set: a scalar fills every cell; writes to covered merge cells are dropped. */
  private write(x: unknown): void {
    this.session.guardWrite(this.sheetId);
    const grid = this.shaped(x);
    const merges = this.session.store.merges(this.sheetId);
    const cells: { row: number; col: number; v: ReturnType<typeof coerceWrite> }[] = [];
    this.each((row, col, i, j) => {
      if (merges.some((m) => inside(m, row, col) && (m.top !== row || m.left !== col))) return;
      cells.push({ row, col, v: coerceWrite(grid ? grid[i][j] : x) }); // coerce all first: a bad value writes nothing
    });
    for (const { row, col, v } of cells) this.session.store.setCell(this.sheetId, row, col, v);
    this.session.fire(this.sheetId, this.r);
  }
}
