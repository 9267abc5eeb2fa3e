import { RangeRef } from '../a1';
import { GridView } from '../grid';
import { amountUnitOf, fundKind, HeaderField, headerFields, isAnyRowLabel, isFormTitle, labelKey, mayBeLabel, normalizeText } from '../labels';
import { memoizeString } from '../memo';

/**
 * The normalised forms of a text, or null when it cannot mean anything to the locator
 * (names and values are not labels). One memoised look-up per text cell.
 */
const labelInfo = memoizeString((v: string): { norm: string; key: string } | null => {
  const norm = normalizeText(v);
  const key = labelKey(v);
  const isLabel =
    norm !== '' &&
    (headerFields(key).length > 0 || fundKind(key) !== undefined || isAnyRowLabel(key) || isFormTitle(norm) || amountUnitOf(norm) !== null);
  return isLabel ? { norm, key } : null;
});

/** A text cell of the sheet with its normalised forms, computed once per sheet. */
export interface LabelCell {
  row: number;
  col: number;
  /** normalizeText(): NFKC, no spaces, lower case. */
  norm: string;
  /** labelKey(): norm without bracketed units and 其中: — the key synonyms are matched on. */
  key: string;
}

/** All text cells of a sheet, by row, in column order. */
export class LabelIndex {
  readonly byRow = new Map<number, LabelCell[]>();
  readonly all: LabelCell[] = [];

  /** `cells`: an index of only these cells (see within/without); else every label of the sheet. */
  constructor(readonly view: GridView, cells?: readonly LabelCell[]) {
    if (cells) {
      for (const cell of cells) this.add(cell);
      return;
    }
    const { values } = view.grid;
    for (let i = 0; i < values.length; i++) {
      const row = values[i];
      if (!row) continue;
      for (let j = 0; j < row.length; j++) {
        const v = row[j];
        // Labels are short; long prose (目标 texts) never is one, and skipping it keeps huge sheets fast.
        if (typeof v !== 'string' || v.length === 0 || v.length > 60 || !mayBeLabel(v)) continue;
        const info = labelInfo(v);
        if (!info) continue;
        this.add({ row: view.top + i, col: view.left + j, norm: info.norm, key: info.key });
      }
    }
  }

  private add(cell: LabelCell): void {
    this.all.push(cell);
    const list = this.byRow.get(cell.row);
    if (list) list.push(cell);
    else this.byRow.set(cell.row, [cell]);
  }

  /** The labels inside a range only (a range the user bound as a budget block or indicator table). */
  within(r: RangeRef): LabelIndex {
    return new LabelIndex(this.view, this.all.filter((c) => inside(c, r)));
  }

  /** The labels outside these ranges (automatic detection leaves bound ranges alone). */
  without(ranges: readonly RangeRef[]): LabelIndex {
    return new LabelIndex(this.view, this.all.filter((c) => !ranges.some((r) => inside(c, r))));
  }

  row(row: number): LabelCell[] {
    return this.byRow.get(row) ?? [];
  }

  /**
   * Header fields of a row, in groups: a field met a second time, or a label past an empty
   * column, starts a new group, so two forms side by side give two headers on one row. Each
   * field maps to its column.
   */
  headerGroups(row: number): Map<HeaderField, number>[] {
    const groups: Map<HeaderField, number>[] = [];
    let cols = new Map<HeaderField, number>();
    let end = -Infinity; // the last header cell's right edge (past its merge)
    for (const cell of this.row(row)) {
      const fields = headerFields(cell.key);
      if (fields.length === 0) continue;
      // an empty column between two header labels parts two tables as well
      if (cols.size > 0 && (fields.some((f) => cols.has(f)) || this.blankBetween(row, end + 1, cell.col - 1))) {
        groups.push(cols);
        cols = new Map();
      }
      for (const field of fields) if (!cols.has(field)) cols.set(field, cell.col);
      end = this.view.mergeAt(cell.row, cell.col)?.right ?? cell.col;
    }
    if (cols.size > 0) groups.push(cols);
    return groups;
  }

  /** Whether the row holds nothing from column `from` to `to` (at least one column). */
  private blankBetween(row: number, from: number, to: number): boolean {
    if (from > to) return false;
    for (let col = from; col <= to; col++) {
      const v = this.view.raw(row, col); // a merge reaching down from the row above is blank here
      if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) return false;
    }
    return true;
  }

  /** The first non-blank value right of a label (past its merged area), on the same row. */
  valueRightOf(cell: LabelCell, limit: number): { row: number; col: number; text: string } | null {
    const merge = this.view.mergeAt(cell.row, cell.col);
    const start = merge ? merge.right + 1 : cell.col + 1;
    for (let col = start; col <= limit; col++) {
      const master = this.view.master(cell.row, col);
      const v = this.view.raw(master.row, master.col);
      if (v !== null && v !== '' && !(typeof v === 'string' && v.trim() === '')) {
        return { ...master, text: String(typeof v === 'object' ? v.error : v).trim() };
      }
    }
    return null;
  }
}

function inside(c: { row: number; col: number }, r: RangeRef): boolean {
  return c.row >= r.top && c.row <= r.bottom && c.col >= r.left && c.col <= r.right;
}
