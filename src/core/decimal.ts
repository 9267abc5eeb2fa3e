import DecimalJs from 'decimal.js';

/**
 * The project's own Decimal: a clone, so that no other code's `Decimal.set` can change how we
 * round. Rounding is 四舍五入 (ROUND_HALF_UP); exponent notation is pushed far away so that
 * `toString()` always gives plain digits.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  // decimal.js's limits: toString() never switches to exponent notation.
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Decimal = DecimalJs;

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

/**
 * d ÷ 100 without a division: decimal.js's div costs ten times a multiplication at 40 digits,
 * and x × 0.01 is the same exact value as x ÷ 100, rounded to the same precision in the same
 * mode, so the two results are identical (test/core/decimal.test.ts checks it on random values).
 */
const HUNDREDTH = new Decimal('0.01');
export function percentOf(d: Decimal): Decimal {
  return d.times(HUNDREDTH);
}

/** 四舍五入 to 2 decimals. */
export function round2(d: Decimal): Decimal {
  // Most figures already have 2 decimals or fewer: no new instance for them.
  return d.decimalPlaces() <= 2 ? d : d.toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP);
}

/**
 * The highest two-decimal figure not above d: what a cap at 分值 can write. A 分值 of 4.345 caps
 * at 4.34, since 4.35 (its round2) would again be above it (found by the fuzzer, test/fuzz/).
 */
export function floor2(d: Decimal): Decimal {
  return d.decimalPlaces() <= 2 ? d : d.toDecimalPlaces(2, DecimalJs.ROUND_FLOOR);
}

/** A figure as shown and reported everywhere: exactly two decimals, `-0` shown as `0.00`. */
export function format2(d: Decimal): string {
  const r = round2(d);
  const negative = r.isNegative() && !r.isZero();
  const [whole, frac = ''] = r.abs().toString().split('.');
  return (negative ? '-' : '') + whole + '.' + (frac + '00').slice(0, 2);
}

/** Optional figure to its two-decimal string, or null. */
export function format2OrNull(d: Decimal | null | undefined): string | null {
  return d ? format2(d) : null;
}

/**
 * A binary double read from a workbook, as Excel itself shows it: Excel keeps 15 significant
 * digits, so 0.1 + 0.2 stored as 0.30000000000000004 is the figure 0.3.
 */
export function fromExcelNumber(n: number): Decimal {
  const cents = excelCents(n);
  return cents !== null ? fromCents(cents) : decimalOfNumber(n);
}

/**
 * The integer hundredths of a double read from a workbook, when it has them: most figures are
 * hundredths below 10^13, and then n is the double nearest to cents ÷ 100, a decimal of at most
 * 15 digits, which is exactly Excel's 15-digit view of n. Building a Decimal from the integer
 * costs a third of parsing n's text (README, bench).
 */
export function excelCents(n: number): number | null {
  const cents = Math.round(n * 100);
  return cents / 100 === n && Math.abs(cents) < 1e15 ? cents : null;
}

// 分值, 得分 and 执行率 are hundredths between 0 and 100: one shared instance each. Decimals
// are immutable, so sharing instances cannot change any result.
const smallFigures: Decimal[] = [];

/** The Decimal of an integer count of hundredths (|c| < 2^53): the same value as c ÷ 100, exactly. */
export function fromCents(c: number): Decimal {
  if (c >= 0 && c <= 10000) return smallFigures[c] ?? (smallFigures[c] = new Decimal(c).dividedBy(100));
  return new Decimal(c).times(HUNDREDTH); // exact: an integer of ≤ 16 digits times 0.01
}

function decimalOfNumber(n: number): Decimal {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return new Decimal(n);
  const shortest = String(n);
  // String() is the shortest round-trip text; when it is short it equals Excel's 15-digit view.
  return new Decimal(shortest.length <= 15 && !shortest.includes('e') ? shortest : n.toPrecision(15));
}

/**
 * Compares two finite Decimals: −1, 0 or 1. decimal.js's own comparisons copy their argument
 * (`new Decimal(y)`) on every call, which dominated a batch check's garbage; this reads the
 * documented read-only properties instead (d: base-1e7 digit words, e: exponent, s: sign) and
 * follows decimal.js's `comparedTo` step for step.
 */
export function cmp(x: Decimal, y: Decimal): number {
  const xd = x.d;
  const yd = y.d;
  const xs = x.s;
  const ys = y.s;
  if (!xd || !yd) return x.comparedTo(y); // NaN or ±Infinity: never produced here, but exact anyway
  if (!xd[0] || !yd[0]) return xd[0] ? xs : yd[0] ? -ys : 0;
  if (xs !== ys) return xs;
  if (x.e !== y.e) return (x.e > y.e) !== xs < 0 ? 1 : -1;
  const n = Math.min(xd.length, yd.length);
  for (let i = 0; i < n; i++) {
    if (xd[i] !== yd[i]) return (xd[i] > yd[i]) !== xs < 0 ? 1 : -1;
  }
  return xd.length === yd.length ? 0 : (xd.length > yd.length) !== xs < 0 ? 1 : -1;
}

export const eq = (a: Decimal, b: Decimal): boolean => cmp(a, b) === 0;
export const lt = (a: Decimal, b: Decimal): boolean => cmp(a, b) < 0;
export const lte = (a: Decimal, b: Decimal): boolean => cmp(a, b) <= 0;
export const gt = (a: Decimal, b: Decimal): boolean => cmp(a, b) > 0;
export const gte = (a: Decimal, b: Decimal): boolean => cmp(a, b) >= 0;

export function min(a: Decimal, b: Decimal): Decimal {
  return cmp(a, b) < 0 ? a : b;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return cmp(a, b) > 0 ? a : b;
}
