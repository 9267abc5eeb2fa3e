/** Cell values as COM shows them (Value2, Formula) and as COM coerces what is written. */
import { isExcelError, type CellValue } from '../../../src/core';
import { ET_ERRORS } from '../../../src/wps/et';
import type { StoreCell } from './store';

const ERROR_NUMBERS: Record<string, number> = Object.fromEntries(
  Object.entries(ET_ERRORS).map(([n, literal]) => [literal, Number(n)]),
);
/** An error literal outside ET_ERRORS (#SPILL!, #CALC!) reads as #VALUE!'s number. */
const VALUE_ERROR = ERROR_NUMBERS['#VALUE!'];

/** Value2 of one cell: blank → undefined (or '' with the `blank: ''` option), error → CVErr number. */
export function value2Of(v: CellValue, blank: '' | undefined): unknown {
  if (v === null || v === '') return blank;
  if (isExcelError(v)) return ERROR_NUMBERS[v.error] ?? VALUE_ERROR;
  return v;
}

/** Formula of one cell: the formula text, else the constant as text ('' for blank). */
export function formulaOf(c: StoreCell): string {
  if (c.formula) return c.formula;
  const v = c.value;
  if (v === null) return '';
  if (isExcelError(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

const NUMBER_RE = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * What a cell holds after `Value2 = x` or `Formula = x`: '=…' is a formula, a leading apostrophe
 * is ET's quote prefix (the text after it is stored), a numeric-looking string becomes a number,
 * TRUE/FALSE booleans and error literals errors, as COM parses what is written.
 */
export function coerceWrite(x: unknown): { value: CellValue; formula: string | null } {
  if (x === null || x === undefined || x === '') return { value: null, formula: null };
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) throw new Error(`fake ET: cannot write ${x}`);
    return { value: x, formula: null };
  }
  if (typeof x === 'boolean') return { value: x, formula: null };
  if (typeof x !== 'string') throw new Error(`fake ET: cannot write a ${typeof x} into a cell`);
  if (x.startsWith('=') && x.length > 1) return { value: null, formula: x };
  if (x.startsWith("'")) return { value: x.slice(1) === '' ? null : x.slice(1), formula: null };
  const t = x.trim();
  if (t !== '' && /\d/.test(t) && NUMBER_RE.test(t)) return { value: Number(t.replace(/,/g, '')), formula: null };
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE', formula: null };
  if (upper in ERROR_NUMBERS) return { value: { error: upper }, formula: null };
  return { value: x, formula: null };
}

