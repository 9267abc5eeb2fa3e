/**
 * 「说明」 of one indicator's 得分, as data: which rule scores it (R3 定量 with its direction and
 * arithmetic, R4 定性 with its tier and band), what counts in 总分 (R5 cap), and what 按规则评分
 * would write into the cell and why (or why nothing). The sentences are in ./explainIndicatorText;
 * this file mirrors the engine (rules/indicators.ts, rules/score.ts) and is checked against it.
 */
import { Decimal, eq, floor2, gt, HUNDRED, lt, lte, max, ZERO } from './decimal';
import { isBlankText } from './numbers';
import type { Direction, Measure, Tier } from './indicator';
import type { EvaluateOptions } from './rules/context';
import type { IndicatorFigures } from './rules/indicators';
import { inBand, tierBand } from './rules/score';
import { linearScore, ratioScore } from './ratios';

/** The rules an explanation rests on (SPEC §3). */
export type ScoreRuleId = 'R3' | 'R4' | 'R5' | 'R7' | 'R14';

/** Which branch of R3/R4 scores the indicator, or why none can. */
export type IndicatorCase =
  | 'full' | 'ratio' | 'zeroTarget' // positive and equal targets
  | 'reverseFull' | 'reverseNoTarget' | 'reverseRatio' | 'reverseLinear' // negative targets
  | 'tier' | 'unclassified' | 'actualBlank' // qualitative
  | 'noWeight' | 'unreadable';

/** What 按规则评分 does with the 得分 cell: writes `value`, or nothing for the reason given. */
export type ByRuleOutcome = 'write' | 'same' | 'qualitative' | 'noWeight' | 'unreadable' | 'formula' | 'noScoreCell';

export interface IndicatorExplanation {
  sheet: string;
  /** The 得分 cell (the name's cell when the row has none). */
  cell: string;
  name: string;
  kind: 'quantitative' | 'qualitative';
  case: IndicatorCase;
  direction: Direction | null;
  comparator: Measure['comparator'];
  tier: Tier | null;
  /** 实际完成值 as written (the qualitative tier is read from it). */
  actualText: string;
  rules: ScoreRuleId[];
  figures: {
    target: Decimal | null;
    /** The actual as scored: a negative one counts as 0. */
    actual: Decimal | null;
    /** The actual as written when it is negative (it counts as 0), else null. */
    negativeActual: Decimal | null;
    /** actual ÷ target × 100 (target ÷ actual, or 1 − excess ÷ target, for reverse ones), unrounded. */
    ratio: Decimal | null;
    weight: Decimal | null;
    /** The rule's arithmetic before the cap at 分值 (R3), rounded to 2 dp. */
    raw: Decimal | null;
    /** The rule-based score (R3): what 按规则评分 writes. */
    rule: Decimal | null;
    /** The qualitative tier's band (R4). */
    low: Decimal | null;
    high: Decimal | null;
    highInclusive: boolean;
    /** 得分 as on the sheet, and as it counts in 总分. */
    score: Decimal | null;
    counted: Decimal | null;
  };
  /** R5: the sheet's score lies outside [0, 分值]; `written`: 一键重算 writes `to` (no formula). */
  cap: { kind: 'overWeight' | 'negative'; from: Decimal; to: Decimal; written: boolean } | null;
  /** R4: the counted score lies outside its tier's band (SCORE_OUT_OF_BAND). */
  outOfBand: boolean;
  /** R7: full 分值 although the target is not met (FULL_SCORE_NOT_MET). */
  fullNotMet: boolean;
  /** Whether the evaluation ran under 按规则评分 (then `counted` is the rule score). */
  scoredByRule: boolean;
  byRule: { outcome: ByRuleOutcome; before: Decimal | null; value: Decimal | null };
}

type Arith = Pick<IndicatorExplanation['figures'], 'ratio' | 'raw'> & { case: IndicatorCase };

/** R3's branch and its figures, as suggestedScore (rules/score.ts) takes it. */
function quantitativeCase(target: Measure, actual: Decimal, w: Decimal, reverse: 'ratio' | 'linear'): Arith {
  const t = target.value;
  const percent = (x: Decimal, y: Decimal) => x.div(y).times(HUNDRED);
  if (target.direction === 'negative') {
    if (lte(actual, t)) return { case: 'reverseFull', ratio: null, raw: w };
    if (lte(t, ZERO)) return { case: 'reverseNoTarget', ratio: null, raw: ZERO };
    if (reverse === 'linear') {
      return { case: 'reverseLinear', ratio: HUNDRED.minus(percent(actual.minus(t), t)), raw: linearScore(actual, t, w) };
    }
    return { case: 'reverseRatio', ratio: percent(t, actual), raw: ratioScore(t, actual, w) };
  }
  if (t.isZero() && target.direction === 'equal') {
    return actual.isZero() ? { case: 'full', ratio: null, raw: w } : { case: 'zeroTarget', ratio: null, raw: ZERO };
  }
  if (!lt(actual, t) || lte(t, ZERO)) return { case: 'full', ratio: null, raw: w };
  return { case: 'ratio', ratio: percent(actual, t), raw: ratioScore(actual, t, w) };
}

export function explainIndicator(ind: IndicatorFigures, sheet: string, options: EvaluateOptions): IndicatorExplanation {
  const { row, weight, score, counted } = ind;
  const quantitative = ind.kind === 'quantitative' && ind.target !== null && ind.actual !== null;
  const actualRaw = ind.actual?.value ?? null;
  const actual = actualRaw === null ? null : max(actualRaw, ZERO);
  // counted is null exactly when 分值 or 得分 could not be read (rules/indicators.ts returns early)
  const unreadable = counted === null;
  let arith: Arith;
  if (unreadable) arith = { case: 'unreadable', ratio: null, raw: null };
  else if (weight === null) arith = { case: 'noWeight', ratio: null, raw: null };
  else if (quantitative) arith = quantitativeCase(ind.target as Measure, actual as Decimal, weight, options.profile.reverseFormula);
  else if (ind.tier) arith = { case: 'tier', ratio: null, raw: null };
  else arith = { case: isBlankText(row.actual?.value ?? null) ? 'actualBlank' : 'unclassified', ratio: null, raw: null };

  const band = ind.tier && weight !== null ? tierBand(ind.tier, weight) : null;
  const cell = row.score;
  const formula = Boolean(cell?.formula);
  const scoredByRule = Boolean(options.scoreByRule) && ind.suggested !== null;
  let cap: IndicatorExplanation['cap'] = null;
  if (score !== null && weight !== null && !unreadable) {
    if (gt(score, weight)) cap = { kind: 'overWeight', from: score, to: floor2(weight), written: Boolean(cell) && !formula && !scoredByRule };
    else if (score.isNegative() && !score.isZero()) cap = { kind: 'negative', from: score, to: ZERO, written: Boolean(cell) && !formula && !scoredByRule };
  }
  const outOfBand = band !== null && counted !== null && weight !== null && !weight.isZero() && (score !== null || scoredByRule) && !inBand(counted, band);
  const fullNotMet = counted !== null && weight !== null && !weight.isZero() && eq(counted, weight) && ind.met === false && (score !== null || scoredByRule);

  const rules: ScoreRuleId[] = [quantitative ? 'R3' : 'R4'];
  if (cap) rules.push('R5');
  if (fullNotMet) rules.push('R7');
  const byRule = byRuleOf(ind, quantitative, unreadable);
  if (formula && (cap || byRule.outcome === 'formula')) rules.push('R14');
  return {
    sheet,
    cell: cell?.cell ?? row.nameCell,
    name: row.name || row.level2 || row.level1,
    kind: ind.kind,
    case: arith.case,
    direction: quantitative ? (ind.target as Measure).direction : null,
    comparator: quantitative ? (ind.target as Measure).comparator : null,
    tier: ind.tier,
    actualText: String(row.actual?.value ?? ''),
    rules,
    figures: {
      target: quantitative ? (ind.target as Measure).value : null,
      actual: quantitative ? actual : null,
      negativeActual: quantitative && actualRaw !== null && actualRaw.isNegative() && !actualRaw.isZero() ? actualRaw : null,
      ratio: arith.ratio,
      weight,
      raw: arith.raw,
      rule: ind.suggested,
      low: band?.low ?? null,
      high: band?.high ?? null,
      highInclusive: band?.highInclusive ?? false,
      score,
      counted,
    },
    cap,
    outOfBand,
    fullNotMet,
    scoredByRule,
    byRule,
  };
}

/** What 按规则评分 writes, by the same tests as evaluateIndicator under scoreByRule. */
function byRuleOf(ind: IndicatorFigures, quantitative: boolean, unreadable: boolean): IndicatorExplanation['byRule'] {
  const none = (outcome: ByRuleOutcome, value: Decimal | null = null) => ({ outcome, before: ind.score, value });
  if (!quantitative) return none('qualitative');
  if (unreadable) return none('unreadable');
  if (ind.weight === null || ind.suggested === null) return none('noWeight');
  const cell = ind.row.score;
  if (!cell) return none('noScoreCell', ind.suggested);
  if (cell.formula) return none('formula', ind.suggested);
  if (ind.score !== null && eq(ind.score, ind.suggested)) return none('same', ind.suggested);
  return { outcome: 'write', before: ind.score, value: ind.suggested };
}
