import { Decimal, ZERO, cmp, fromCents } from './decimal';

/**
 * Exact shortcuts for the figures forms are made of: amounts, 分值 and 得分 with at most two
 * decimals. Such a figure is an integer count of hundredths ("cents"), and sums and the rounded
 * 执行率 of cents are exact in a double while they stay below 2^53. Each function here returns the
 * very Decimal that decimal.js's own chain would (test/property/cents.property.test.ts checks it
 * on random and edge values); it falls back to that chain whenever a figure is not such a count.
 * The quotients (执行率, rule-based scores) are in ratios.ts.
 *
 * Why: a batch check spent most of its time allocating decimal.js intermediates (plus ≈ 100 B,
 * div ≈ 1.5 KB each); see the README's bench section for the measurement.
 */

/**
 * A figure as the rules hold it: integer hundredths (a `number`, read straight from a cell's
 * double) or a Decimal. Amounts stay integers until someone asks for their Decimal.
 */
export type Exact = number | Decimal;

/** The Decimal of an Exact (the same value fromExcelNumber gives for the cell's double). */
export function decimalOf(x: Exact): Decimal {
  return typeof x === 'number' ? fromCents(x) : x;
}

// |cents| bound: 15 significant digits (Excel's own), so every partial sum of a form stays exact.
const MAX_CENTS = 1e15;
const WORD = 1e7; // decimal.js's digit words are base 1e7, aligned on the decimal point

/**
 * The integer hundredths of d when d has at most two decimals and fewer than 15 digits; else
 * null. Reads decimal.js's documented read-only properties (d: digit words, e: exponent, s: sign).
 */
export function centsOf(x: Exact): number | null {
  if (typeof x === 'number') return x;
  const d = x;
  const words = d.d;
  if (!words) return null; // NaN, ±Infinity
  if (!words[0]) return 0; // zero (the sign of −0 is left to the callers' fallbacks)
  const top = Math.floor(d.e / 7); // the power of 1e7 of the first word
  if (top < -1 || words.length > top + 2) return null; // digits below 1e-7
  let whole = 0;
  let frac = 0;
  for (let i = 0, p = top; p >= -1; i++, p--) {
    const w = i < words.length ? words[i] : 0;
    if (p >= 0) whole = whole * WORD + w;
    else frac = w;
  }
  if (frac % 100000 !== 0) return null; // more than two decimals
  const cents = whole * 100 + frac / 100000;
  return cents < MAX_CENTS ? d.s * cents : null;
}

/** Σ of the values (decimal.js `plus` from 0, which is exact for such figures). */
export function sumOf(values: readonly Exact[], start?: Exact): Decimal {
  const cents = sumCents(values, itself, start);
  // A zero sum may be −0 in decimal.js (all terms −0): the chain decides.
  if (cents !== null && cents !== 0) return fromCents(cents);
  return values.reduce((s: Decimal, v) => s.plus(decimalOf(v)), start === undefined ? ZERO : decimalOf(start));
}

/** Σ of the items' values as an Exact: integer hundredths where every term has them (a zero's sign aside). */
export function sumExact<T>(items: readonly T[], value: (item: T) => Exact): Exact {
  return sumCents(items, value) ?? sumOf(items.map(value));
}

const itself = (x: Exact): Exact => x;

export function sumCents<T>(items: readonly T[], value: (item: T) => Exact, start?: Exact): number | null {
  let cents = start === undefined ? 0 : centsOf(start);
  for (let i = 0; cents !== null && i < items.length; i++) {
    const c = centsOf(value(items[i]));
    cents = c === null ? null : cents + c;
  }
  return cents;
}

/** −1, 0 or 1 as x is below, equal to or above y. */
export function compareExact(x: Exact, y: Exact): number {
  if (typeof x === 'number' && typeof y === 'number') return Math.sign(x - y);
  return cmp(decimalOf(x), decimalOf(y));
}

/** Whether x is zero (either sign). */
export function isZeroExact(x: Exact): boolean {
  return typeof x === 'number' ? x === 0 : x.isZero();
}
