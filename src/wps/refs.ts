/**
 * Pure text helpers of the WPS adapter: sheet references as defined names hold them (RefersTo),
 * absolute addresses, and text cells that ET keeps as text.
 */
import { parseRange, rangeToA1, toA1 } from '../core/a1';

/** `'Sheet'` with quotes doubled: always quoted, which is valid for every sheet name. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** `A5:I9` → `$A$5:$I$9` (a defined name must be absolute, or it moves with the active cell). */
export function absoluteRange(range: string): string {
  const r = parseRange(range);
  const abs = (row: number, col: number) => toA1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const a = abs(r.top, r.left);
  const b = abs(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** `='Sheet'!$A$5:$I$9`: what Names.Add gets. */
export function formatRefersTo(sheet: string, range: string): string {
  return `=${quoteSheet(sheet)}!${absoluteRange(range)}`;
}

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const REFERS_TO = new RegExp(String.raw`^=(?:'((?:[^']|'')+)'|([^'!=]+))!(${CELL}(?::${CELL})?)$`);

/**
 * RefersTo → sheet and plain range, or null when the name no longer refers to cells of a sheet
 * (`=#REF!$A$5`, `='S'!#REF!`: the sheet or the cells deleted) or is not a single range.
 */
export function parseRefersTo(refersTo: unknown): { sheet: string; range: string } | null {
  if (typeof refersTo !== 'string' || refersTo.includes('#REF!')) return null;
  const m = REFERS_TO.exec(refersTo.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, range: rangeToA1(parseRange(m[3].replace(/\$/g, '').toUpperCase())) };
}

/**
 * Text as a cell input ET keeps as text: a leading apostrophe (stored as the cell's prefix, not
 * part of its value), so `123`, `-1`, `=…`, `TRUE` or a date-like text are never coerced.
 */
export function textInput(text: string): string {
  return `'${text}`;
}

/**
 * Value2 of a range whose size is not known (the store sheet's used range) as rows: a scalar is one
 * cell; a flat array one row (what a bridge that flattens gives for a one-row range — with the size
 * known, cells.ts rowsOf decides); rows as they are.
 */
export function value2Rows(value2: unknown): unknown[][] {
  if (!Array.isArray(value2)) return [[value2]];
  return value2.length > 0 && value2.every((r) => Array.isArray(r)) ? (value2 as unknown[][]) : [value2];
}

/** Blank as Value2 gives it. */
export function isBlank(v: unknown): boolean {
  return v === undefined || v === null || v === '';
}
