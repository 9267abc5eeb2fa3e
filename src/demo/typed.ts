/**
 * What a typed entry becomes in a cell, as Excel takes it: nothing → blank; a plain number → a
 * number (Excel stores a double, so does the demo); a leading apostrophe keeps the rest as text;
 * anything else is text. The demo computes no formulas, so `=…` stays text (Excel would make it
 * a formula); percentages, dates and thousands separators are kept as text too.
 */
import type { CellValue } from '../core';

const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

export function typedValue(input: string): CellValue {
  if (input.startsWith("'")) return input.slice(1);
  const t = input.trim();
  if (t === '') return null;
  if (PLAIN_NUMBER.test(t)) {
    const n = Number(t); // the host's own storage (a double), as Excel's parser does
    if (Number.isFinite(n)) return n;
  }
  return input;
}

/** The text an editor starts with for a cell (what Excel's formula bar shows). */
export function editText(value: CellValue, formula: string | null): string {
  if (formula) return formula;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
