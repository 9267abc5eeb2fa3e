import { CellValue, isExcelError } from './grid';
import { Decimal, fromExcelNumber } from './decimal';
import { memoizeString } from './memo';

/** What a numeric cell holds, read per rule R12. */
export type NumberReading =
  | { kind: 'blank' }
  | { kind: 'number'; value: Decimal; recoveredFrom?: string }
  | { kind: 'invalid'; text: string }
  | { kind: 'error'; error: string };

export interface ReadNumberOptions {
  /** Accept a trailing `%` (rate cells show 99.44%): the number is taken as written. */
  allowPercent?: boolean;
}

// Placeholders people type for "nothing here": -, —, –, /, and doubled dashes.
const PLACEHOLDER_RE = /^[-—–―‐‑/\\]*$/;
// After clean-up: optional sign, digits with optional 3-digit comma groups, optional decimals.
const NUMBER_RE = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?$/;
const UNIT_AFFIX_RE = /^[¥$]|(?:万元|元|分)$/g;

/** NFKC, no spaces of any kind, Unicode minus signs as `-`. */
export function cleanNumberText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '')
    .replace(/[−﹣]/g, '-');
}

/** Text to Decimal, or null when the text is not a number after clean-up. */
export function parseNumberText(cleaned: string): Decimal | null {
  const m = NUMBER_RE.exec(cleaned);
  if (!m) return null;
  const [, sign, whole, frac] = m;
  if (whole === '' && frac === undefined) return null;
  return new Decimal(`${sign}${whole.replace(/,/g, '') || '0'}${frac !== undefined ? '.' + frac : ''}`);
}

/** The two ways figures are read, shared so that a batch check makes no options object per cell. */
export const READ_PLAIN: ReadNumberOptions = Object.freeze({});
export const READ_PERCENT: ReadNumberOptions = Object.freeze({ allowPercent: true });

// Readings are never modified: one blank reading serves every empty cell.
const BLANK: NumberReading = Object.freeze({ kind: 'blank' });

/** Reads a cell meant to hold a figure (amount, rate, weight, score). */
export function readNumber(value: CellValue, options: ReadNumberOptions = {}): NumberReading {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value: fromExcelNumber(value) } : { kind: 'invalid', text: String(value) };
  }
  if (typeof value === 'boolean') return { kind: 'invalid', text: value ? 'TRUE' : 'FALSE' };
  if (isExcelError(value)) return { kind: 'error', error: value.error };
  return options.allowPercent ? readTextPercent(value) : readText(value);
}

const readText = memoizeString((value: string) => readTextNumber(value, false));
const readTextPercent = memoizeString((value: string) => readTextNumber(value, true));

function readTextNumber(value: string, allowPercent: boolean): NumberReading {
  const cleaned = cleanNumberText(value);
  if (PLACEHOLDER_RE.test(cleaned)) return BLANK;
  let body = cleaned.replace(UNIT_AFFIX_RE, '');
  if (allowPercent && body.endsWith('%')) body = body.slice(0, -1);
  const parsed = parseNumberText(body);
  if (!parsed) return { kind: 'invalid', text: value };
  return { kind: 'number', value: parsed, recoveredFrom: value };
}

/** True when a text/empty cell counts as empty (for 偏差原因 and similar text cells). */
export function isBlankText(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === 'string' && isBlankString(value);
}

// Memoised: 偏差原因 texts repeat across forms, and NFKC normalisation is not free.
const isBlankString = memoizeString((value: string): boolean => {
  const cleaned = cleanNumberText(value);
  return cleaned === '' || /^[-—–―/\\]+$/.test(cleaned) || cleaned === '无';
});
