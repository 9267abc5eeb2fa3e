/**
 * Pure parts of the WPS markers (markers.ts): the Chinese alert texts, the conditional formulas
 * with absolute references, COM colours, and how a validation or a format condition is recognised
 * as the add-in's own.
 */
import { parseA1 } from '../core/a1';
import { Decimal } from '../core/decimal';
import { conditionalFormula, MARK_FILL } from '../core/markers';
import type { ConditionalMark } from '../core/port';
import { absoluteRange } from './refs';
import { XL_VALIDATE_DECIMAL } from './et';

/** The one label table of the WPS markers (the same words as the Excel adapter's alert). */
export const MARKER_LABELS = {
  errorTitle: '得分超出分值',
  errorMessage: (max: string) => `得分应在 0 到 ${max}（分值）之间`,
} as const;

/**
 * The mark's formula with absolute references: COM reads the relative references of a
 * FormatConditions.Add formula relative to the active cell, not to the range, so `G14` would
 * test another cell wherever the cursor is. On one cell `$G$14` is the same test, and it still
 * follows inserted rows.
 */
export function markFormula(mark: ConditionalMark): string {
  const abs = (cell: string) => absoluteRange(cell);
  return conditionalFormula({ ...mark, cell: abs(mark.cell), scoreCell: abs(mark.scoreCell), weightCell: abs(mark.weightCell) });
}

/** `#RRGGBB` → COM's Color (BGR in a long: red in the low byte). */
export function comColor(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

export const MARK_COLOR: Record<ConditionalMark['kind'], number> = {
  scoreOverWeight: comColor(MARK_FILL.scoreOverWeight),
  deviationMissing: comColor(MARK_FILL.deviationMissing),
};

/** Formulas as the host may give them back: `=` optional, case and spaces not significant. */
export function sameFormula(a: unknown, b: unknown): boolean {
  const norm = (x: unknown) => (typeof x === 'string' ? x.replace(/^=/, '').replace(/\s+/g, '').toUpperCase() : null);
  const na = norm(a);
  return na !== null && na === norm(b);
}

/** Two constants of a validation (`5`, `=5.00`) as the same decimal; anything else is not. */
export function sameFigure(a: unknown, b: unknown): boolean {
  const dec = (x: unknown) => {
    if (typeof x === 'number') return Number.isFinite(x) ? new Decimal(x) : null;
    if (typeof x !== 'string') return null;
    const t = x.replace(/^=/, '').trim();
    return /^-?(\d+(\.\d*)?|\.\d+)$/.test(t) ? new Decimal(t) : null;
  };
  const da = dec(a);
  const db = dec(b);
  return da !== null && db !== null && da.eq(db);
}

/** What a cell's validation shows when read (null: the cell has none). */
export interface ValidationInfo {
  type: number;
  formula1: unknown;
  formula2: unknown;
  title: unknown;
}

/** The add-in's own rule: a decimal with our alert; with `max`, exactly the recorded one. */
export function isOurValidation(v: ValidationInfo | null, max?: string): boolean {
  if (!v || v.type !== XL_VALIDATE_DECIMAL || v.title !== MARKER_LABELS.errorTitle || !sameFigure(v.formula1, '0')) return false;
  return max === undefined || sameFigure(v.formula2, max);
}

/** `sheet!cell` with the cell in canonical A1, as a set key. */
export function cellKey(sheet: string, cell: string): string {
  const { row, col } = parseA1(cell);
  return `${sheet}\u0000${row}:${col}`;
}
