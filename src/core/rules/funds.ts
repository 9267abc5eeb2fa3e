import { exactRatePercent, ratePercent, sumOf } from '../cents';
import { Decimal, ZERO, eq, format2, gt, min, percentOf, round2 } from '../decimal';
import { FormCell, FundRow } from '../form';
import { FundKind } from '../labels';
import { BAD, Figure, RuleContext, valueOf } from './context';

export interface FundFigures {
  kind: FundKind;
  label: string;
  row: FundRow;
  initial: Decimal | null;
  annual: Decimal | null;
  executed: Decimal | null;
  /** 执行率, rounded to 2 dp (R1); null where it cannot be computed. */
  rate: Decimal | null;
  /** Amount fields that could not be read (reported already). */
  unreadable: readonly string[];
}

const AMOUNT_FIELDS = ['initial', 'annual', 'executed'] as const;
type AmountField = (typeof AMOUNT_FIELDS)[number];
const NOTHING_UNREADABLE: readonly string[] = Object.freeze([]);

/** R1, R10, R12 (amounts) for every fund row; R9 across them. */
export function evaluateFunds(ctx: RuleContext): FundFigures[] {
  const out = ctx.form.funds.map((row) => fundFigures(ctx, row));
  checkFundsSum(ctx, out);
  return out;
}

/** R10, R12: an amount cell; a negative amount cannot be used. */
function readAmount(ctx: RuleContext, cell: FormCell | null, field: AmountField): Figure {
  const f = ctx.figure(cell, field);
  if (f === null || f === BAD || !cell) return f;
  if (f.isNegative() && !f.isZero()) {
    ctx.report('NEGATIVE_AMOUNT', cell.cell, { field, value: format2(f) });
    return BAD;
  }
  // `e` is decimal.js's documented decimal exponent: e ≥ 5 ⟺ value ≥ 100000 (positive here).
  if (ctx.form.amountUnit === '万元' && f.e >= 5) ctx.report('UNIT_SUSPECT', cell.cell, { field, value: format2(f) });
  return f;
}

function fundFigures(ctx: RuleContext, row: FundRow): FundFigures {
  const initial = readAmount(ctx, row.initial, 'initial');
  const annual = readAmount(ctx, row.annual, 'annual');
  const executed = readAmount(ctx, row.executed, 'executed');
  const unreadable =
    initial !== BAD && annual !== BAD && executed !== BAD ? NOTHING_UNREADABLE : AMOUNT_FIELDS.filter((_, i) => [initial, annual, executed][i] === BAD);
  const figures: FundFigures = {
    kind: row.kind,
    label: row.label,
    row,
    initial: valueOf(initial),
    annual: valueOf(annual),
    executed: valueOf(executed),
    rate: null,
    unreadable,
  };
  if (annual === BAD || executed === BAD) return figures;
  // Both blank (placeholders): nothing to compute, and the placeholder stays.
  if (annual === null && executed === null) return figures;
  const a = annual ?? ZERO;
  const e = executed ?? ZERO;
  if (a.isZero()) {
    if (e.isZero()) figures.rate = ZERO;
    else ctx.report('ZERO_BUDGET_EXECUTED', row.rate?.cell ?? row.executed?.cell ?? null, { fund: row.label, executed: format2(e) });
    return figures;
  }
  figures.rate = ratePercent(e, a);
  if (gt(e, a)) {
    ctx.report('OVER_EXECUTION', row.executed?.cell ?? null, { fund: row.label, executed: format2(e), annual: format2(a) });
  }
  return figures;
}

/**
 * executed ÷ annual × 100 before rounding, for the single-step profile and the explanations;
 * null where the 执行率 itself is (0 where both amounts are 0).
 */
export function exactRateOf(f: FundFigures): Decimal | null {
  if (f.rate === null) return null;
  const a = f.annual ?? ZERO;
  return a.isZero() ? ZERO : exactRatePercent(f.executed ?? ZERO, a);
}

/** R9: 当年财政拨款 + 上年结转资金 + 其他资金 = 年度资金总额, per amount column. */
function checkFundsSum(ctx: RuleContext, funds: FundFigures[]): void {
  const total = funds.find((f) => f.kind === 'total');
  const parts = funds.filter((f) => f.kind !== 'total');
  if (!total || parts.length === 0) return;
  for (const field of AMOUNT_FIELDS) {
    const cell = total.row[field];
    if (!cell) continue;
    // Only where every figure could be read: an unreadable one is reported already.
    if (total.unreadable.includes(field) || parts.some((f) => f.unreadable.includes(field))) continue;
    const sum = sumOf(parts.map((f) => f[field] ?? ZERO));
    const stated = total[field] ?? ZERO;
    if (!eq(round2(sum), round2(stated))) {
      ctx.report('FUNDS_SUM', cell.cell, { column: field, total: format2(stated), sum: format2(sum) });
    }
  }
}

/** R2: 预算执行得分 on the 年度资金总额 row, capped at its 分值. */
export function budgetScore(ctx: RuleContext, total: FundFigures | undefined, weight: Decimal | null): Decimal | null {
  if (!total || total.rate === null || weight === null) return null;
  const rate = ctx.profile.rateRounding === 'single-step' ? (exactRateOf(total) as Decimal) : total.rate;
  return min(round2(percentOf(rate.times(weight))), weight);
}
