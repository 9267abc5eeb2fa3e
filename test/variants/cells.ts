/**
 * Addressing and writing cells of ExcelJS sheets. ExcelJS rows/columns are 1-based; the A1 text
 * itself comes from src/core/a1 (0-based).
 */
import type { CellValue as XValue, Worksheet } from 'exceljs';
import { parseA1, toA1 } from '../../src/core/a1';

/** A1 address of an ExcelJS (1-based) row and column. */
export function addr(row: number, col: number): string {
  return toA1(row - 1, col - 1);
}

/** `a` moved down dr rows and right dc columns. */
export function shift(a: string, dr: number, dc: number): string {
  const p = parseA1(a);
  return toA1(p.row + dr, p.col + dc);
}

export function setValue(ws: Worksheet, a: string, value: XValue): void {
  ws.getCell(a).value = value;
}
