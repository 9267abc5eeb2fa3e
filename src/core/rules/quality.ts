/**
 * Indicator-quality checks (issue 14, docs/quality.md): rule-based and explainable, about how the
 * indicators were set rather than how they were scored. Each is switched in profile.quality;
 * none is an error.
 */
import { centsOf, sumCents, sumOf } from '../cents';
import { Decimal, eq, format2, gt, HUNDRED } from '../decimal';
import { normalizeText } from '../labels';
import { isBlankText } from '../numbers';
import { DEFAULT_QUALITY, QualityChecks, WeightMix } from '../profile';
import { RuleContext } from './context';
import { IndicatorFigures } from './indicators';
import { dimensionOf, hasNumber, isSatisfaction, isVagueTarget, Tier, tierOf } from './qualityWords';

export function checkQuality(ctx: RuleContext, indicators: readonly IndicatorFigures[], budgetWeight: Decimal | null): void {
  if (indicators.length === 0) return;
  // a profile stored before issue 14 has no `quality`: the defaults apply
  const q: QualityChecks = ctx.profile.quality ?? DEFAULT_QUALITY;
  // each row's tier once (npm run bench, core: every check asks for it)
  const tiers = indicators.map((i) => tierOf(i.row.level1));
  if (q.outputDimensions) outputDimensions(ctx, indicators, tiers);
  indicators.forEach((ind, k) => {
    if (q.unmeasurableTarget) unmeasurableTarget(ctx, ind, tiers[k]);
    if (q.satisfactionNumber) satisfactionNumber(ctx, ind, tiers[k]);
    if (q.actualEqualsTarget) actualEqualsTarget(ctx, ind);
  });
  if (q.weightMix) weightMix(ctx, indicators, tiers, budgetWeight, q.weightMix.standard, q.weightMix.tolerance);
}

const nameOf = (ind: IndicatorFigures): string => ind.row.name || ind.row.level2 || ind.row.level1;
const level1Cell = (ind: IndicatorFigures): string => ind.row.level1Cell ?? ind.row.nameCell;
const targetCell = (ind: IndicatorFigures): string => ind.row.target?.cell ?? ind.row.nameCell;

/**
 * OUTPUT_DIMENSION_MISSING: a project form whose 一级指标 are read, with no 产出 row under a
 * 数量/质量/时效 二级指标 (or no 产出 row at all). A 产出 row without 二级指标 could be any
 * dimension: then nothing is said.
 */
function outputDimensions(ctx: RuleContext, indicators: readonly IndicatorFigures[], tiers: readonly (Tier | null)[]): void {
  if (ctx.form.kind !== 'project' || !tiers.some((t) => t !== null)) return;
  const output = indicators.filter((_i, k) => tiers[k] === 'output');
  if (output.some((i) => normalizeText(i.row.level2) === '')) return;
  if (output.some((i) => dimensionOf(i.row.level2) !== null)) return;
  const found = [...new Set(output.map((i) => i.row.level2.trim()))].join(',');
  ctx.report('OUTPUT_DIMENSION_MISSING', level1Cell(output[0] ?? indicators[0]), { level2: found, output: output.length });
}

/** TARGET_UNMEASURABLE: 有效改善/明显提升/进一步… as the target of a 数量 or 质量 indicator. */
function unmeasurableTarget(ctx: RuleContext, ind: IndicatorFigures, tier: Tier | null): void {
  const dim = dimensionOf(ind.row.level2);
  if (dim !== 'quantity' && dim !== 'quality') return;
  // the 二级 word alone is not enough where the 一级 is another tier (a 服务质量 under 效益)
  if (tier !== null && tier !== 'output') return;
  if (!isVagueTarget(ind.targetText)) return;
  ctx.report('TARGET_UNMEASURABLE', targetCell(ind), { name: nameOf(ind), target: ind.targetText, dimension: dim });
}

/** SATISFACTION_WITHOUT_NUMBER: a 满意度 target written without any figure (满意, 较高). */
function satisfactionNumber(ctx: RuleContext, ind: IndicatorFigures, tier: Tier | null): void {
  const { row } = ind;
  if (!isSatisfaction(tier, row.level2, row.name)) return;
  if (isBlankText(ind.targetText) || hasNumber(ind.targetText)) return;
  ctx.report('SATISFACTION_WITHOUT_NUMBER', targetCell(ind), { name: nameOf(ind), target: ind.targetText });
}

/**
 * ACTUAL_EQUALS_TARGET: the 实际完成值 is the 年度指标值's text, comparator and all (≥90% as
 * the actual): a bound copied, not a measured value. The same figure without a comparator
 * (100 for a target of 100) is a target met exactly and says nothing.
 */
function actualEqualsTarget(ctx: RuleContext, ind: IndicatorFigures): void {
  if (ind.kind !== 'quantitative' || !ind.actual || ind.actual.comparator === null) return;
  const target = normalizeText(ind.targetText);
  if (target === '' || target !== normalizeText(ind.actualText)) return;
  ctx.report('ACTUAL_EQUALS_TARGET', ind.row.actual?.cell ?? ind.row.nameCell, { name: nameOf(ind), target: ind.targetText, actual: ind.actualText });
}

// A profile's few figures as Decimals, made once rather than once per form.
const decimals = new Map<string, Decimal>();
function decimalOf(figure: string): Decimal {
  let d = decimals.get(figure);
  if (d === undefined) decimals.set(figure, (d = new Decimal(figure)));
  return d;
}

type MixTier = keyof WeightMix;

/**
 * The tiers off the standard by more than the tolerance; null when the weights do not make 100
 * (WEIGHTS_SUM speaks) or none is off. In integer hundredths where every weight has at most two
 * decimals (the bench's core line: Decimal arithmetic here cost 7 µs a form), else in Decimals.
 */
function offTiers(byTier: Record<MixTier, Decimal[]>, standard: WeightMix, tolerance: string): MixTier[] | null {
  const cents = MIX_TIERS.map((t) => sumCents(byTier[t], itself));
  const std = MIX_TIERS.map((t) => centsOf(decimalOf(standard[t])));
  const tol = centsOf(decimalOf(tolerance));
  let off: MixTier[];
  if (cents.every((c) => c !== null) && std.every((c) => c !== null) && tol !== null) {
    const c = cents as number[];
    if (c.reduce((a, x) => a + x, 0) !== 10000) return null;
    off = MIX_TIERS.filter((_t, i) => Math.abs(c[i] - (std[i] as number)) > tol);
  } else {
    const mix = MIX_TIERS.map((t) => sumOf(byTier[t]));
    if (!eq(sumOf(mix), HUNDRED)) return null;
    off = MIX_TIERS.filter((t, i) => gt(mix[i].minus(decimalOf(standard[t])).abs(), decimalOf(tolerance)));
  }
  return off.length > 0 ? off : null;
}
const itself = (d: Decimal): Decimal => d;
const MIX_OF: Record<Tier, MixTier> = { output: 'output', cost: 'output', effect: 'effect', satisfaction: 'satisfaction' };
const MIX_TIERS: readonly MixTier[] = ['output', 'effect', 'satisfaction', 'budget'];

/**
 * WEIGHT_MIX_UNUSUAL: a project form whose 一级 weights (成本 counted with 产出, 执行率 from the
 * budget block) are off the standard by more than `tolerance` points in some tier. Only judged
 * where every indicator's tier and weight are read and the weights make 100 (else WEIGHTS_SUM
 * or WEIGHT_MISSING speaks).
 */
function weightMix(ctx: RuleContext, indicators: readonly IndicatorFigures[], tiers: readonly (Tier | null)[], budget: Decimal | null, standard: WeightMix, tolerance: string): void {
  if (ctx.form.kind !== 'project' || budget === null) return;
  const byTier: Record<MixTier, Decimal[]> = { output: [], effect: [], satisfaction: [], budget: [budget] };
  for (let k = 0; k < indicators.length; k++) {
    const tier = tiers[k];
    const weight = indicators[k].weight;
    if (tier === null || weight === null) return;
    byTier[MIX_OF[tier]].push(weight);
  }
  const off = offTiers(byTier, standard, tolerance);
  if (off === null) return;
  const mix = Object.fromEntries(MIX_TIERS.map((t) => [t, sumOf(byTier[t])])) as Record<MixTier, Decimal>;
  const tol = decimalOf(tolerance);
  const params: Record<string, string> = { off: off.join(','), tolerance: format2(tol) };
  for (const t of MIX_TIERS) {
    params[t] = format2(mix[t]);
    params[`standard${t[0].toUpperCase()}${t.slice(1)}`] = format2(decimalOf(standard[t]));
  }
  ctx.report('WEIGHT_MIX_UNUSUAL', level1Cell(indicators[0]), params);
}
