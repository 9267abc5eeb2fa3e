import { Decimal, HUNDRED, ZERO, eq, format2, gt, min, percentOf, round2 } from '../decimal';
import { FormCell, FundRow } from '../form';
import { FundKind } from '../labels';
import { Figure, RuleContext, valueOf } from './context';

export interface FundFigures {
  kind: FundKind;
  label: string;
  row: FundRow;
  initial: Decimal | null;
  annual: Decimal | null;
  executed: Decimal | null;
  /** 执行率, rounded to 2 dp (R1); null where it cannot be computed. */
  rate: Decimal | null;
  /** executed ÷ annual × 100 before rounding, for the single-step profile and the explain text. */
  exactRate: Decimal | null;
  /** Amount fields that could not be read (reported already). */
  unreadable: string[];
}

const AMOUNT_FIELDS = ['initial', 'annual', 'executed'] as const;

/** R1, R10, R12 (amounts) for every fund row; R9 across them. */
export function evaluateFunds(ctx: RuleContext): FundFigures[] {
  const out = ctx.form.funds.map((row) => fundFigures(ctx, row));
  checkFundsSum(ctx, out);
  return out;
}

function fundFigures(ctx: RuleContext, row: FundRow): FundFigures {
  const read = (cell: FormCell | null, field: string): Figure => {
    const f = ctx.figure(cell, field);
    if (f.state === 'number' && cell) {
      if (f.value.isNegative() && !f.value.isZero()) {
        ctx.report('NEGATIVE_AMOUNT', cell.cell, { field, value: format2(f.value) });
        return { state: 'bad' };
      }
      // `e` is decimal.js's documented decimal exponent: e ≥ 5 ⟺ value ≥ 100000 (positive here).
      if (ctx.form.amountUnit === '万元' && f.value.e >= 5) {
        ctx.report('UNIT_SUSPECT', cell.cell, { field, value: format2(f.value) });
      }
    }
    return f;
  };
  const initial = read(row.initial, 'initial');
  const annual = read(row.annual, 'annual');
  const executed = read(row.executed, 'executed');
  const figures: FundFigures = {
    kind: row.kind,
    label: row.label,
    row,
    initial: valueOf(initial),
    annual: valueOf(annual),
    executed: valueOf(executed),
    rate: null,
    exactRate: null,
    unreadable: [],
  };
  for (const [field, f] of [['initial', initial], ['annual', annual], ['executed', executed]] as const) {
    if (f.state === 'bad') figures.unreadable.push(field);
  }
  if (annual.state === 'bad' || executed.state === 'bad') return figures;
  // Both blank (placeholders): nothing to compute, and the placeholder stays.
  if (annual.state === 'blank' && executed.state === 'blank') return figures;
  const a = valueOf(annual) ?? ZERO;
  const e = valueOf(executed) ?? ZERO;
  if (a.isZero()) {
    if (e.isZero()) {
      figures.rate = ZERO;
      figures.exactRate = ZERO;
    } else {
      ctx.report('ZERO_BUDGET_EXECUTED', row.rate?.cell ?? row.executed?.cell ?? null, { fund: row.label, executed: format2(e) });
    }
    return figures;
  }
  figures.exactRate = e.div(a).times(HUNDRED);
  figures.rate = round2(figures.exactRate);
  if (gt(e, a)) {
    ctx.report('OVER_EXECUTION', row.executed?.cell ?? null, { fund: row.label, executed: format2(e), annual: format2(a) });
  }
  return figures;
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
    if ([total, ...parts].some((f) => f.unreadable.includes(field))) continue;
    const sum = parts.reduce((s, f) => s.plus(f[field] ?? ZERO), ZERO);
    const stated = total[field] ?? ZERO;
    if (!eq(round2(sum), round2(stated))) {
      ctx.report('FUNDS_SUM', cell.cell, { column: field, total: format2(stated), sum: format2(sum) });
    }
  }
}

/** R2: 预算执行得分 on the 年度资金总额 row, capped at its 分值. */
export function budgetScore(ctx: RuleContext, total: FundFigures | undefined, weight: Decimal | null): Decimal | null {
  if (!total || total.rate === null || total.exactRate === null || weight === null) return null;
  const rate = ctx.profile.rateRounding === 'single-step' ? total.exactRate : total.rate;
  return min(round2(percentOf(rate.times(weight))), weight);
}
