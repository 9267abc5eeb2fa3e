/**
 * A worksheet's `<sheetData>` for the look: each row's `ht`, each cell's `s`. Values are the
 * Grid's concern (../sheetXml.ts); here a `<c>` is passed over without reading its content.
 */
import { attr, intAt, S, walkSheetData } from '../cellXml';
import type { TagScanner } from '../../xml';
import { cellKey } from './types';

/** With the scanner on `<sheetData>`; moves past its end. */
export function readSheetCells(s: TagScanner, rowHeights: Map<number, number>, cellStyles: Map<number, number>): void {
  if (s.selfClosing) return;
  walkSheetData(
    s,
    (row, col) => {
      // style 0 is what a cell without `s` has: no entry (Excel draws both alike)
      const style = attr[S] >= 0 ? intAt(s.xml, attr[S], attr[S + 1]) : 0;
      if (style > 0) cellStyles.set(cellKey(row - 1, col - 1), style);
      if (!s.selfClosing) s.skip();
    },
    (row) => {
      const ht = s.rawAttr('ht');
      const points = ht === undefined ? NaN : Number(ht);
      if (points > 0) rowHeights.set(row - 1, points);
    },
  );
}
