/**
 * A SheetSpec's print setup through `worksheet.pageLayout` (ExcelApi 1.9): paper, orientation,
 * fit to one page wide (`zoom`: 1 page across, 0 — as many as it takes — down) and the rows
 * repeated on every page (`setPrintTitleRows`). Queued in writeSheet's one batch; without 1.9
 * writeSheet leaves it out and says so (WriteSheetResult.printSkipped).
 */
import type { PrintSetup } from '../core/sheetSpec';

const PAPER: Record<PrintSetup['paper'], Excel.PaperType | 'A4'> = { A4: 'A4' };
const ORIENTATION: Record<PrintSetup['orientation'], 'Portrait' | 'Landscape'> = { portrait: 'Portrait', landscape: 'Landscape' };

export function queuePageLayout(ws: Excel.Worksheet, print: PrintSetup): void {
  const layout = ws.pageLayout;
  layout.paperSize = PAPER[print.paper];
  layout.orientation = ORIENTATION[print.orientation];
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.titleRows > 0) layout.setPrintTitleRows(`$1:$${print.titleRows}`);
}
