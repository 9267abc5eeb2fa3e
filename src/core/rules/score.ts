import { Decimal, ZERO, floor2, gte, lt, lte, max, min, round2 } from '../decimal';
import { Measure, Tier } from '../indicator';
import { linearScore, ratioScore } from '../ratios';

/**
 * R3: the rule-based score of a quantitative indicator. Negative actuals count as 0; the
 * result is rounded to 2 dp and never above 分值 (at most floor2(分值) when 分值 has more decimals).
 */
export function suggestedScore(target: Measure, actualMeasure: Measure, weight: Decimal, reverse: 'ratio' | 'linear'): Decimal {
  const t = target.value;
  const cap = floor2(weight); // a two-decimal score never above 分值, whatever its decimals
  const a = max(actualMeasure.value, ZERO);
  let score: Decimal;
  if (target.direction === 'negative') {
    if (lte(a, t)) score = weight;
    else if (lte(t, ZERO)) score = ZERO;
    // (1 − (a − t) ÷ t) × w, or t ÷ a × w; both rounded and ≥ 0 already
    else return min(reverse === 'linear' ? linearScore(a, t, weight) : ratioScore(t, a, weight), cap);
  } else if (t.isZero() && target.direction === 'equal') {
    score = a.isZero() ? weight : ZERO;
  } else if (gte(a, t) || lte(t, ZERO)) {
    score = weight;
  } else {
    return min(ratioScore(a, t, weight), cap);
  }
  return min(round2(max(score, ZERO)), cap);
}

/** Whether a quantitative target is met (for R7): the comparison the scoring uses. */
export function targetMet(target: Measure, actualMeasure: Measure): boolean {
  const t = target.value;
  const a = max(actualMeasure.value, ZERO);
  if (target.direction === 'negative') return lte(a, t);
  if (target.direction === 'equal' && t.isZero()) return a.isZero();
  return gte(a, t);
}

export interface Band {
  low: Decimal;
  high: Decimal;
  /** high inclusive only for 达成 (the band reaches the full 分值). */
  highInclusive: boolean;
}

const P80 = new Decimal('0.8');
const P60 = new Decimal('0.6');

/** R4 bands: 达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w). */
export function tierBand(tier: Tier, weight: Decimal): Band {
  let bands = bandsOf.get(weight);
  if (bands === undefined) {
    const p80 = weight.times(P80);
    const p60 = weight.times(P60);
    bands = {
      met: { low: p80, high: weight, highInclusive: true },
      partial: { low: p60, high: p80, highInclusive: false },
      notMet: { low: ZERO, high: p60, highInclusive: false },
    };
    bandsOf.set(weight, bands);
  }
  return bands[tier];
}

// Weights read from cells are shared Decimal instances (fromExcelNumber): the bands of each are
// made once. Bands are never modified, so sharing them cannot change a result.
const bandsOf = new WeakMap<Decimal, Record<Tier, Band>>();

export function inBand(score: Decimal, band: Band): boolean {
  if (lt(score, band.low)) return false;
  return band.highInclusive ? lte(score, band.high) : lt(score, band.high);
}
