import { GridView } from '../grid';
import { FormCell } from '../form';

/** The cell at a position as the form model keeps it: the merge's top-left when merged. */
export function formCell(view: GridView, row: number, col: number | undefined): FormCell | null {
  if (col === undefined) return null;
  const m = view.mergeAt(row, col);
  const r = m ? m.top : row;
  const c = m ? m.left : col;
  return { cell: view.address(r, c), row: r, col: c, value: view.raw(r, c), formula: view.formula(r, c), numberFormat: view.numberFormat(r, c) };
}

/** The text shown at a position (merged areas resolved), trimmed; '' when not text or number. */
export function shownText(view: GridView, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const v = view.value(row, col);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  return '';
}
