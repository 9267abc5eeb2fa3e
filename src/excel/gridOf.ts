/// <reference types="office-js" />
/** Office.js range data (a used range, or any range) → the core's Grid. */
import { CellValue, Grid } from '../core/grid';
import { bareAddress, splitAreas } from './host';

/** The used-range properties the read loads (Office.js returns '' for an empty cell). */
export interface UsedRangeData {
  address: string;
  values: unknown[][];
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  valueTypes?: string[][];
}

/** The address of loaded merged areas; null without any (a null object) or when not asked for. */
export function mergedAddressOf(merged: Excel.RangeAreas | null): string | null {
  return merged && merged.isNullObject !== true ? merged.address : null;
}

/**
 * The Grid of a used range (or of any range, readRange) as Office.js returns it: '' → null; numbers and booleans as they are;
 * error strings (`#DIV/0!`) → `{ error }` only where `valueTypes` says Error; a formula where
 * `formulas` holds `=…` that is not the cell's own text (Office.js returns the text of a cell
 * entered as `'=abc` in `formulas` too); `General` number formats → null; merges without the sheet.
 */
export function toGrid(sheet: string, isProtected: boolean, used: UsedRangeData, mergedAddress: string | null): Grid {
  const origin = bareAddress(used.address).split(':')[0] || 'A1';
  const values: CellValue[][] = used.values.map((row, r) => row.map((v, c) => cellValue(v, used.valueTypes?.[r]?.[c])));
  const formulas = used.values.map((row, r) =>
    row.map((v, c) => {
      const f = used.formulas?.[r]?.[c];
      return typeof f === 'string' && f.startsWith('=') && f !== v ? f : null;
    }),
  );
  const numberFormats = used.values.map((row, r) =>
    row.map((_, c) => {
      const f = used.numberFormat?.[r]?.[c];
      return typeof f === 'string' && f !== '' && f !== 'General' && f !== 'G/通用格式' ? f : null;
    }),
  );
  const merges = mergedAddress ? splitAreas(mergedAddress) : [];
  return { sheet, origin, values, formulas, numberFormats, merges, protected: isProtected };
}

function cellValue(v: unknown, type: string | undefined): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return type === 'Error' ? { error: v } : v;
  return String(v);
}
