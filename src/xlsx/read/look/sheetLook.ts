/** One worksheet part → its SheetLook, in one pass over the part's text. */
import { TagScanner } from '../../xml';
import { readColumns } from './columns';
import { readHyperlinks } from './hyperlinks';
import { readSheetCells } from './sheetCells';
import { CellLookStyle, emptyLook, SheetLook } from './types';
import { readValidations } from './validations';

/**
 * `styles`: the workbook's cell styles (shared, not copied); `rels`: the sheet's relationship
 * id → target, for hyperlinks given by relationship.
 */
export function parseSheetLook(xml: string, styles: CellLookStyle[], rels: Map<string, string> = new Map()): SheetLook {
  const look = emptyLook(styles);
  const s = new TagScanner(xml);
  while (s.next()) {
    if (s.closing) continue;
    if (s.is('sheetData')) readSheetCells(s, look.rowHeights, look.cellStyles);
    else if (s.is('cols')) look.colWidths.push(...readColumns(s));
    else if (s.is('hyperlinks')) readHyperlinks(s, rels, look.links);
    // both the main ones and, inside <extLst>, Excel 2010's x14:dataValidations
    else if (s.is('dataValidations')) readValidations(s, look.validations);
    else if (s.is('mergeCells') || s.is('conditionalFormatting') || s.is('sheetViews')) s.skip();
  }
  return look;
}
