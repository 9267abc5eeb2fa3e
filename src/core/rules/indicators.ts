import { sumOf } from '../cents';
import { Decimal, ZERO, eq, floor2, format2, gt, gte, lt, max } from '../decimal';
import { IndicatorRow } from '../form';
import { Measure, parseMeasure, qualitativeTier, sameUnit, Tier } from '../indicator';
import { isBlankText } from '../numbers';
import { BAD, RuleContext, valueOf } from './context';
import { Stated, statedOf, withDirection } from './explicit';
import { inBand, suggestedScore, targetMet, tierBand } from './score';

export interface IndicatorFigures {
  row: IndicatorRow;
  kind: 'quantitative' | 'qualitative';
  target: Measure | null;
  actual: Measure | null;
  tier: Tier | null;
  weight: Decimal | null;
  /** 得分 as on the sheet. */
  score: Decimal | null;
  /** 得分 as it counts in 总分: capped (R5), or the rule-based score under 按规则评分. */
  counted: Decimal | null;
  /** R3 rule-based score of a quantitative indicator. */
  suggested: Decimal | null;
  /** Whether the target is met (quantitative) or the tier is 达成 (qualitative); null if unknown. */
  met: boolean | null;
  /** Target and actual as one text each (a split 指标性质 | 指标值 | 度量单位 joined), as judged. */
  targetText: string;
  actualText: string;
}

export function evaluateIndicators(ctx: RuleContext): IndicatorFigures[] {
  return ctx.form.indicators.map((row) => evaluateIndicator(ctx, row));
}

function evaluateIndicator(ctx: RuleContext, row: IndicatorRow): IndicatorFigures {
  const name = row.name || row.level2 || row.level1;
  const stated = statedOf(row);
  const targetValue = stated.target;
  const actualValue = stated.actual;
  const parsed = parseMeasure(targetValue);
  const target = parsed && stated.kind !== 'qualitative' ? withDirection(parsed, stated.direction) : null;
  const actual = parseMeasure(actualValue);
  const quantitative = target !== null && actual !== null;
  checkStated(ctx, row, name, stated, parsed !== null && actual !== null);
  const tier = quantitative ? null : qualitativeTier(actualValue, targetValue);
  const weightFig = ctx.figure(row.weight, 'weight');
  const scoreFig = ctx.figure(row.score, 'score');
  const weight = valueOf(weightFig);
  const score = valueOf(scoreFig);
  const out: IndicatorFigures = {
    row,
    kind: quantitative ? 'quantitative' : 'qualitative',
    target,
    actual,
    tier,
    weight,
    score,
    counted: null,
    suggested: null,
    met: quantitative ? targetMet(target, actual) : tier === null ? null : tier === 'met',
    targetText: shown(targetValue),
    actualText: shown(actualValue),
  };
  if (weightFig === null) ctx.report('WEIGHT_MISSING', row.weight?.cell ?? row.nameCell, { name });
  if (quantitative && target.unit && actual.unit && !sameUnit(target.unit, actual.unit)) {
    ctx.report('UNIT_MISMATCH', row.actual?.cell ?? null, { name, targetUnit: target.unit, actualUnit: actual.unit });
  }
  if (!quantitative && tier === null && !isBlankText(actualValue)) {
    ctx.report('QUALITATIVE_UNCLASSIFIED', row.actual?.cell ?? null, { name, actual: String(actualValue) });
  }
  if (weightFig === BAD || scoreFig === BAD) return out;
  if (weight === null) {
    out.counted = score ?? ZERO; // nothing to cap against; WEIGHT_MISSING says why
    return out;
  }
  if (quantitative) out.suggested = suggestedScore(target, actual, weight, ctx.profile.reverseFormula);

  out.counted = cappedScore(ctx, row, name, score, weight, Boolean(ctx.options.scoreByRule) && out.suggested !== null);
  if (ctx.options.scoreByRule && out.suggested !== null) {
    out.counted = out.suggested;
    if (row.score && !row.score.formula && (score === null || !eq(score, out.suggested))) {
      ctx.write(row.score, 'indicatorScore', { type: 'number', text: format2(out.suggested) });
    }
  }
  if (scoreFig === null && !(ctx.options.scoreByRule && out.suggested !== null)) {
    // An unfinished row: say so once, without band or deviation findings about a score not given.
    ctx.report('SCORE_MISSING', row.score?.cell ?? row.nameCell, { name });
    return out;
  }
  checkMeaning(ctx, out, name);
  return out;
}

/** What the form states (指标性质, 指标方向) against what its target text says. */
/**
 * 定量 stated where the target is no comparator and number, or 定性 where target and actual both
 * are numbers (what the engine would judge quantitative): KIND_CONTRADICTS.
 */
function checkStated(ctx: RuleContext, row: IndicatorRow, name: string, stated: Stated, measurable: boolean): void {
  const cell = row.nature?.cell ?? row.direction?.cell ?? row.nameCell;
  const target = String(stated.target ?? '');
  const parsed = parseMeasure(stated.target);
  const contradicts = stated.kind === 'quantitative' ? parsed === null : stated.kind === 'qualitative' && measurable;
  if (contradicts && !isBlankText(stated.target)) ctx.report('KIND_CONTRADICTS', cell, { name, stated: stated.kind as string, target });
  const d = stated.direction;
  if (parsed && d && d !== 'equal' && parsed.direction !== 'equal' && parsed.direction !== d) {
    ctx.report('DIRECTION_CONTRADICTS', row.direction?.cell ?? cell, { name, stated: d, target });
  }
}

/**
 * R5: a score above 分值 counts as 分值, a negative one as 0; recalculation writes them, except
 * where 按规则评分 writes the rule-based score into the same cell (`byRule`).
 */
function cappedScore(ctx: RuleContext, row: IndicatorRow, name: string, score: Decimal | null, weight: Decimal, byRule: boolean): Decimal {
  if (score === null) return ZERO;
  const cell = row.score;
  if (gt(score, weight)) {
    ctx.report('SCORE_OVER_WEIGHT', cell?.cell ?? null, { name, score: format2(score), weight: format2(weight) });
    // The value written and counted: 分值 itself unless it has more than two decimals.
    const cap = floor2(weight);
    if (cell && !cell.formula && !byRule) ctx.write(cell, 'indicatorScore', { type: 'number', text: format2(cap) });
    return cap;
  }
  if (score.isNegative() && !score.isZero()) {
    ctx.report('SCORE_NEGATIVE', cell?.cell ?? null, { name, score: format2(score) });
    if (cell && !cell.formula && !byRule) ctx.write(cell, 'indicatorScore', { type: 'number', text: '0.00' });
    return ZERO;
  }
  return score;
}

/** R4 band, R6 reasons, R7 full score although not met. */
function checkMeaning(ctx: RuleContext, ind: IndicatorFigures, name: string): void {
  const { row, weight, counted } = ind;
  if (weight === null || counted === null) return;
  const scoreCell = row.score?.cell ?? null;
  if (ind.kind === 'qualitative' && ind.tier && !weight.isZero()) {
    const band = tierBand(ind.tier, weight);
    if (!inBand(counted, band)) {
      ctx.report('SCORE_OUT_OF_BAND', scoreCell, { name, score: format2(counted), tier: ind.tier, low: format2(band.low), high: format2(band.high) });
    }
  }
  if (eq(counted, weight) && !weight.isZero() && ind.met === false) {
    ctx.report('FULL_SCORE_NOT_MET', scoreCell, {
      name, score: format2(counted), target: ind.targetText, actual: ind.actualText,
    });
  }
  const reasonGiven = !row.deviation || !isBlankText(row.deviation.value);
  if (reasonGiven) return;
  const deviationCell = row.deviation?.cell ?? null;
  if (lt(counted, weight)) {
    ctx.report('DEVIATION_MISSING', deviationCell, { name, reason: 'lostPoints', score: format2(counted), weight: format2(weight) });
    return;
  }
  const ratio = ctx.profile.overAchievementRatio;
  const { target, actual } = ind;
  if (ratio && ind.kind === 'quantitative' && target && actual && target.direction !== 'negative' && gt(target.value, ZERO)) {
    const limit = target.value.times(ratio);
    if (gte(max(actual.value, ZERO), limit)) {
      ctx.report('DEVIATION_MISSING', deviationCell, { name, reason: 'overAchievement', actual: actual.value.toString(), target: target.value.toString(), ratio: new Decimal(ratio).times(100).toString() });
    }
  }
}

const shown = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? String((v as { error?: string }).error ?? '') : String(v).trim());

export function sumCounted(indicators: IndicatorFigures[]): Decimal | null {
  if (indicators.some((i) => i.counted === null)) return null;
  return sumOf(indicators.map((i) => i.counted as Decimal));
}
