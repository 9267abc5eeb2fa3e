/**
 * A SheetSpec (「绩效自评结果」) put into the demo's ExcelJS workbook as Excel would hold it after
 * the add-in's writeSheet: the sheet replaced whole at the same position, values (text as text),
 * number formats, bold/borders/fills, hyperlinks to the forms, column widths, frozen header rows.
 * The chart is kept beside it (ExcelJS has no charts); the grid view draws it.
 */
import type { Borders, CellValue as ExcelJsValue, Style, Workbook, Worksheet } from 'exceljs';
import type { CellStyle, SheetSpec, SpecCell } from '../core';

const THIN = { style: 'thin' as const };
const BOX: Partial<Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };

function styleOf(c: SpecCell): Partial<Style> {
  const figure = c.value.type === 'number';
  const numFmt = figure ? (c.style === 'count' ? '0' : '0.00') : undefined;
  const by: Record<CellStyle, Partial<Style>> = {
    title: { font: { bold: true, size: 14 } },
    note: { font: { italic: true, color: { argb: 'FF605E5C' } } },
    header: { font: { bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: BOX, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } },
    body: { border: BOX },
    count: { border: BOX },
    total: { font: { bold: true }, border: BOX },
  };
  return numFmt ? { ...by[c.style], numFmt } : by[c.style];
}

function valueOf(c: SpecCell): ExcelJsValue {
  if (c.value.type === 'blank') return null;
  if (c.value.type === 'number') return Number(c.value.text); // the host stores a double, as Excel
  if (c.link) return { text: c.value.text, hyperlink: `#'${c.link.sheet.replace(/'/g, "''")}'!${c.link.cell}` };
  return c.value.text;
}

/** Replaces (or adds) the sheet; returns whether one was replaced. */
export function putSheet(wb: Workbook, spec: SheetSpec): { ws: Worksheet; replaced: boolean } {
  // one sheet per name regardless of case, as in Excel
  const old = wb.worksheets.find((w) => w.name.toUpperCase() === spec.name.toUpperCase());
  const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(spec.name, { views: spec.frozenRows ? [{ state: 'frozen', ySplit: spec.frozenRows }] : [] });
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  spec.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of spec.cells) {
    const cell = ws.getCell(c.cell);
    cell.value = valueOf(c);
    cell.style = styleOf(c);
  }
  return { ws, replaced: Boolean(old) };
}

/** An internal hyperlink (`#'Sheet'!A1`) → its sheet and cell; null for anything else. */
export function internalLink(target: string | undefined): { sheet: string; cell: string } | null {
  const m = target ? /^#?'?((?:[^']|'')+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(target) : null;
  return m ? { sheet: m[1].replace(/''/g, "'"), cell: `${m[2]}${m[3]}` } : null;
}
