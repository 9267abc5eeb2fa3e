import { GridView } from '../grid';
import { FormCell } from '../form';

/** The cell at a position as the form model keeps it: the merge's top-left when merged. */
export function formCell(view: GridView, row: number, col: number | undefined): FormCell | null {
  if (col === undefined) return null;
  const m = view.master(row, col);
  return {
    cell: view.address(m.row, m.col),
    row: m.row,
    col: m.col,
    value: view.raw(m.row, m.col),
    formula: view.formula(m.row, m.col),
    numberFormat: view.numberFormat(m.row, m.col),
  };
}

/** The text shown at a position (merged areas resolved), trimmed; '' when not text or number. */
export function shownText(view: GridView, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const v = view.value(row, col);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  return '';
}
