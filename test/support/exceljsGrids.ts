/**
 * An ExcelJS workbook → the core's Grids: the tests' independent oracle for src/xlsx/read (another
 * library's reading of the same package; test/xlsx/read compares the two). Not used by src/.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { toA1 } from '../../src/core/a1';
import type { CellValue, Grid } from '../../src/core/grid';

/** ExcelJS worksheet → the core's Grid (values in merge top-left cells only, as Office.js). */
export function worksheetToGrid(ws: Worksheet): Grid {
  const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges ?? {}).map((m) => m.range);
  const cells: { r: number; c: number; v: CellValue; f: string | null; fmt: string | null }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const read = readCell(cell);
      if (!read) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      cells.push({ r, c, ...read });
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  const protectedSheet = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
  if (cells.length === 0) return { sheet: ws.name, origin: 'A1', values: [], merges, protected: protectedSheet };
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  for (const x of cells) {
    values[x.r - top][x.c - left] = x.v;
    if (x.f) formulas[x.r - top][x.c - left] = x.f;
    if (x.fmt) numberFormats[x.r - top][x.c - left] = x.fmt;
  }
  return { sheet: ws.name, origin: toA1(top, left), values, formulas, numberFormats, merges, protected: protectedSheet };
}

type Read = { v: CellValue; f: string | null; fmt: string | null };

function readCell(cell: Cell): Read | null {
  const raw = cell.value as unknown;
  if (raw === null || raw === undefined) return null;
  // ExcelJS repeats a merge's value in every cell of it; the Grid keeps it in the top-left only.
  if (cell.isMerged && cell.master !== cell) return null;
  const fmt = cell.numFmt ? String(cell.numFmt) : null;
  if (typeof raw === 'object' && raw !== null && ('formula' in raw || 'sharedFormula' in raw)) {
    const formula = cell.formula ?? (raw as { formula?: string }).formula ?? '';
    return { v: plain((raw as { result?: unknown }).result), f: '=' + formula, fmt };
  }
  return { v: plain(raw), f: null, fmt };
}

function plain(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  const o = raw as { error?: string; richText?: { text: string }[]; text?: unknown; hyperlink?: string };
  if (typeof o.error === 'string') return { error: o.error };
  if (Array.isArray(o.richText)) return o.richText.map((t) => t.text).join('');
  if (o.text !== undefined) return plain(o.text);
  return null;
}

/** Every worksheet of a workbook, in tab order. */
export function workbookToGrids(wb: Workbook): Grid[] {
  return wb.worksheets.map(worksheetToGrid);
}
