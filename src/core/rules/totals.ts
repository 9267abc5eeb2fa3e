import { sumOf } from '../cents';
import { Decimal, HUNDRED, ZERO, eq, format2, gte } from '../decimal';
import { Profile } from '../profile';
import { RuleContext } from './context';
import { IndicatorFigures } from './indicators';

/** R8: 执行率 分值 + Σ indicator 分值 = 100. */
export function checkWeights(ctx: RuleContext, budgetWeight: Decimal | null, indicators: IndicatorFigures[]): Decimal | null {
  if (budgetWeight === null || indicators.some((i) => i.weight === null)) return null;
  const sum = sumOf(indicators.map((i) => i.weight ?? ZERO), budgetWeight);
  if (!eq(sum, HUNDRED)) {
    const cell = ctx.form.totalWeight?.cell ?? ctx.form.funds.find((f) => f.kind === 'total')?.weight?.cell ?? null;
    ctx.report('WEIGHTS_SUM', cell, { sum: format2(sum) });
  }
  return sum;
}

// Band limits as Decimals, made once per distinct limit rather than once per form.
const bandMins = new Map<string, Decimal>();
function bandMin(min: string): Decimal {
  let d = bandMins.get(min);
  if (d === undefined) bandMins.set(min, (d = new Decimal(min)));
  return d;
}

/** R11: 评分等级 from 总分 under the profile's bands (highest first). */
export function gradeOf(total: Decimal, profile: Profile): string {
  for (const band of profile.gradeBands) {
    if (gte(total, bandMin(band.min))) return band.grade;
  }
  return profile.gradeBands[profile.gradeBands.length - 1]?.grade ?? '差';
}
