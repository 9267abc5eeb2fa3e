import { centsOf, decimalOf, Exact } from './cents';
import { Decimal, HUNDRED, ZERO, fromCents, max, percentOf, round2 } from './decimal';

/**
 * The quotients of the rules on integer hundredths, each equal to its decimal.js chain
 * (test/property/cents.property.test.ts). decimal.js rounds every step to 40 significant digits;
 * the exact quotient n ÷ d of integers below 2^53 is either exactly half-way between two
 * hundredths (then we leave it to decimal.js) or at least 1 ÷ (2d) hundredths from half-way,
 * while the steps' rounding moves it by less than 10^-38 of itself. So rounding the exact
 * quotient half-up gives decimal.js's digits.
 */

const SAFE = 2 ** 52; // numerators and products stay below it: exact in a double, q·d too

/** ⌊n ÷ d⌉ half-up, for integers 0 ≤ n < 2^52 and 0 < d < 2^52; null exactly half-way. */
function halfUpQuotient(n: number, d: number): number | null {
  let q = Math.floor(n / d); // the double quotient is off by at most 1 either way
  let r = n - q * d; // exact: q·d ≤ n + d < 2^53
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  if (2 * r === d) return null;
  return 2 * r > d ? q + 1 : q;
}

/** n ÷ d hundredths rounded, where n and d are safe integers (n may be negative: then 0). */
function roundedOrNull(n: number, d: number): number | null {
  if (!Number.isSafeInteger(n) || Math.abs(n) >= SAFE || d <= 0 || d >= SAFE) return null;
  return n <= 0 ? 0 : halfUpQuotient(n, d);
}

/** 执行率 as R1 computes it: round2(executed ÷ annual × 100). */
export function ratePercent(executed: Exact, annual: Exact): Decimal {
  const e = centsOf(executed);
  const a = centsOf(annual);
  // (e/100) ÷ (a/100) × 100 = e·10⁴ ÷ a hundredths
  const q = e !== null && a !== null && e > 0 ? roundedOrNull(e * 10000, a) : null;
  return q !== null ? fromCents(q) : round2(exactRatePercent(decimalOf(executed), decimalOf(annual)));
}

/** executed ÷ annual × 100 before rounding (the single-step profile, the explanations). */
export function exactRatePercent(executed: Decimal, annual: Decimal): Decimal {
  return executed.div(annual).times(HUNDRED);
}

/** R2's score before its cap: round2(rate × weight ÷ 100); every step of that chain is exact. */
export function rateTimesWeight(rate: Decimal, weight: Decimal): Decimal {
  const r = centsOf(rate);
  const w = centsOf(weight);
  // (r/100) × (w/100) ÷ 100 = r·w ÷ 10⁴ hundredths; negative products keep decimal.js's sign
  const q = r !== null && w !== null && r * w > 0 ? roundedOrNull(r * w, 10000) : null;
  return q !== null ? fromCents(q) : round2(percentOf(rate.times(weight)));
}

/** R3's ratio score: round2(max(x ÷ y × w, 0)), for x ≥ 0 and y > 0. */
export function ratioScore(x: Decimal, y: Decimal, w: Decimal): Decimal {
  const cx = centsOf(x);
  const cy = centsOf(y);
  const cw = centsOf(w);
  // (x/100) ÷ (y/100) × (w/100) = x·w ÷ y hundredths
  const q = cx !== null && cy !== null && cw !== null ? roundedOrNull(cx * cw, cy) : null;
  return q !== null ? fromCents(q) : round2(max(x.div(y).times(w), ZERO));
}

const TWO = new Decimal(2);

/** R3's linear reverse score: round2(max((2 − x ÷ y) × w, 0)), for x ≥ 0 and y > 0. */
export function linearScore(x: Decimal, y: Decimal, w: Decimal): Decimal {
  const cx = centsOf(x);
  const cy = centsOf(y);
  const cw = centsOf(w);
  // (2 − x/y) × w/100 = (2y − x)·w ÷ y hundredths
  // x·w bounds decimal.js's rounding error of x ÷ y, so it stays safe too
  const q = cx !== null && cy !== null && cw !== null && Math.abs(cx * cw) < SAFE ? roundedOrNull((2 * cy - cx) * cw, cy) : null;
  return q !== null ? fromCents(q) : round2(max(TWO.minus(x.div(y)).times(w), ZERO));
}
