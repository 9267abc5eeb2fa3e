/** Re-laying out a fixture sheet elsewhere: values, styles, merges, column widths, row heights. */
import type { CellValue as XValue, Worksheet } from 'exceljs';
import { parseRange } from '../../src/core/a1';

function cloneValue(v: XValue): XValue {
  if (v === null || v === undefined || typeof v !== 'object') return v;
  return structuredClone(v);
}

function mergesOf(ws: Worksheet): string[] {
  return ws.model.merges ?? [];
}

/** Copies a worksheet's values, styles, merges, column widths and row heights, shifted. */
export function copySheet(src: Worksheet, dst: Worksheet, dr: number, dc: number): void {
  src.columns?.forEach((col, i) => {
    if (col.width) dst.getColumn(i + 1 + dc).width = col.width;
  });
  for (const range of mergesOf(src)) {
    const r = parseRange(range); // 0-based; ExcelJS wants 1-based
    dst.mergeCells(r.top + 1 + dr, r.left + 1 + dc, r.bottom + 1 + dr, r.right + 1 + dc);
  }
  src.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height) dst.getRow(r + dr).height = row.height;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const t = dst.getCell(r + dr, c + dc);
      if (!(cell.isMerged && cell.master !== cell)) t.value = cloneValue(cell.value);
      t.style = structuredClone(cell.style);
    });
  });
}
