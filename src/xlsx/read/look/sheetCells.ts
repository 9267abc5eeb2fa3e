/**
 * A worksheet's `<sheetData>` for the look: each row's `ht`, each cell's `s`. Values are the
 * Grid's concern (../sheetXml.ts); here a `<c>` is passed over without reading its content.
 */
import { attr, cellAttrs, columnAt, intAt, R, S } from '../cellXml';
import type { TagScanner } from '../../xml';
import { cellKey } from './types';

/** With the scanner on `<sheetData>`; moves past its end. */
export function readSheetCells(s: TagScanner, rowHeights: Map<number, number>, cellStyles: Map<number, number>): void {
  if (s.selfClosing) return;
  let row = 0;
  let col = 0;
  while (s.next()) {
    if (s.closing) {
      if (s.is('sheetData')) return;
      continue;
    }
    if (s.is('row')) {
      const r = parseInt(s.rawAttr('r') ?? '', 10);
      row = r > 0 ? r : row + 1;
      col = 0;
      const ht = s.rawAttr('ht');
      const points = ht === undefined ? NaN : Number(ht);
      if (points > 0) rowHeights.set(row - 1, points);
    } else if (s.is('c')) {
      cellAttrs(s);
      const refCol = attr[R] >= 0 ? columnAt(s.xml, attr[R], attr[R + 1]) : 0;
      col = refCol || col + 1;
      // style 0 is what a cell without `s` has: no entry (Excel draws both alike)
      const style = attr[S] >= 0 ? intAt(s.xml, attr[S], attr[S + 1]) : 0;
      if (style > 0) cellStyles.set(cellKey((row || 1) - 1, col - 1), style);
      if (!s.selfClosing) s.skip();
    } else s.skip();
  }
  throw new Error('sheetData not closed');
}
