import { compareExact, decimalOf, Exact, isZeroExact, sumExact } from '../cents';
import { exactRatePercent, ratePercent, rateTimesWeight } from '../ratios';
import { Decimal, ZERO, excelCents, floor2, format2, min, round2 } from '../decimal';
import { FundRow } from '../form';
import { FundKind } from '../labels';
import { BAD, RuleContext } from './context';

export interface FundFigures {
  readonly kind: FundKind;
  readonly label: string;
  readonly row: FundRow;
  readonly initial: Decimal | null;
  readonly annual: Decimal | null;
  readonly executed: Decimal | null;
  /** 执行率, rounded to 2 dp (R1); null where it cannot be computed. */
  readonly rate: Decimal | null;
  /** Amount fields that could not be read (reported already). */
  readonly unreadable: readonly string[];
}

const AMOUNT_FIELDS = ['initial', 'annual', 'executed'] as const;
type AmountField = (typeof AMOUNT_FIELDS)[number];
type Amount = Exact | null | typeof BAD;
const NOTHING_UNREADABLE: readonly string[] = Object.freeze([]);

/**
 * A fund row's figures. The amounts are kept as read (mostly integer hundredths) and become
 * Decimals when asked for: a batch check uses them only for sums and the 执行率, and building
 * twelve Decimals a form cost a quarter of its evaluation (README, bench).
 */
class Fund implements FundFigures {
  rate: Decimal | null = null;
  readonly unreadable: readonly string[];

  constructor(readonly kind: FundKind, readonly label: string, readonly row: FundRow, private readonly amounts: Record<AmountField, Amount>) {
    const anyBad = amounts.initial === BAD || amounts.annual === BAD || amounts.executed === BAD;
    this.unreadable = anyBad ? AMOUNT_FIELDS.filter((k) => amounts[k] === BAD) : NOTHING_UNREADABLE;
  }

  /** The amount as the rules use it: null where blank or unreadable. */
  exact(field: AmountField): Exact | null {
    const a = this.amounts[field];
    return a === BAD ? null : a;
  }

  private decimal(field: AmountField): Decimal | null {
    const a = this.exact(field);
    return a === null ? null : decimalOf(a);
  }

  get initial(): Decimal | null {
    return this.decimal('initial');
  }

  get annual(): Decimal | null {
    return this.decimal('annual');
  }

  get executed(): Decimal | null {
    return this.decimal('executed');
  }
}

/** R1, R10, R12 (amounts) for every fund row; R9 across them. */
export function evaluateFunds(ctx: RuleContext): FundFigures[] {
  const out = ctx.form.funds.map((row) => fundFigures(ctx, row));
  checkFundsSum(ctx, out);
  return out;
}

/** R10, R12: an amount cell; a negative amount cannot be used. A cell's double stays integer hundredths. */
function readAmount(ctx: RuleContext, row: FundRow, field: AmountField): Amount {
  const cell = row[field];
  const cents = typeof cell?.value === 'number' ? excelCents(cell.value) : null;
  const f = cents ?? ctx.figure(cell, field);
  if (f === null || f === BAD || !cell) return f;
  if (compareExact(f, 0) < 0) {
    ctx.report('NEGATIVE_AMOUNT', cell.cell, { field, value: format2(decimalOf(f)) });
    return BAD;
  }
  if (ctx.form.amountUnit === '万元' && compareExact(f, UNIT_SUSPECT_FROM) >= 0) {
    ctx.report('UNIT_SUSPECT', cell.cell, { field, value: format2(decimalOf(f)) });
  } else if (ctx.form.amountUnit === '元' && yuanSuspect(f, row.kind === 'total' && field === 'annual')) {
    ctx.report('UNIT_SUSPECT', cell.cell, { field, value: decimalOf(f).toString(), unit: '元' });
  }
  return f;
}

const UNIT_SUSPECT_FROM = 100000 * 100; // 100 000 万元 (10 亿元), in hundredths
const YUAN_SUSPECT_BELOW = 1000 * 100; // under a 元 header, an amount below 1 000 元 reads like 万元 (in hundredths)

/**
 * Under 元: an amount with fractions of a 分 (89.974), or a whole project (年度资金总额 全年预算数)
 * above 0 and below 1 000 元, was written in 万元. A part of the budget may well be small.
 */
function yuanSuspect(f: Exact, projectSize: boolean): boolean {
  if (compareExact(f, 0) === 0) return false;
  return (typeof f !== 'number' && f.decimalPlaces() > 2) || (projectSize && compareExact(f, YUAN_SUSPECT_BELOW) < 0);
}

function fundFigures(ctx: RuleContext, row: FundRow): Fund {
  const amounts = { initial: readAmount(ctx, row, 'initial'), annual: readAmount(ctx, row, 'annual'), executed: readAmount(ctx, row, 'executed') };
  const fund = new Fund(row.kind, row.label, row, amounts);
  const { annual, executed } = amounts;
  if (annual === BAD || executed === BAD) return fund;
  // Both blank (placeholders): nothing to compute, and the placeholder stays.
  if (annual === null && executed === null) return fund;
  const a = annual ?? 0;
  const e = executed ?? 0;
  if (isZeroExact(a)) {
    if (isZeroExact(e)) fund.rate = ZERO;
    else ctx.report('ZERO_BUDGET_EXECUTED', row.rate?.cell ?? row.executed?.cell ?? null, { fund: row.label, executed: format2(decimalOf(e)) });
    return fund;
  }
  fund.rate = ratePercent(e, a);
  if (compareExact(e, a) > 0) {
    ctx.report('OVER_EXECUTION', row.executed?.cell ?? null, { fund: row.label, executed: format2(decimalOf(e)), annual: format2(decimalOf(a)) });
  }
  return fund;
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

/**
 * R9, per amount column: the direct parts (当年财政拨款 + 上年结转资金 + 其他资金, or whatever rows
 * the form lists) sum to 年度资金总额; and where a part has 其中 rows of its own (一般公共预算 +
 * 政府性基金预算 under 财政拨款, 人员经费 + 公用经费 under 基本支出), those sum to that part.
 */
function checkFundsSum(ctx: RuleContext, funds: Fund[]): void {
  const total = funds.find((f) => f.kind === 'total');
  if (total) checkSum(ctx, total, funds.filter((f) => f.kind !== 'total' && f.row.parent === null), false);
  for (const parent of funds) {
    const children = funds.filter((f) => f.row.parent === parent.kind && f !== parent);
    if (children.length > 0) checkSum(ctx, parent, children, true);
  }
}

function checkSum(ctx: RuleContext, whole: Fund, parts: Fund[], nested: boolean): void {
  if (parts.length === 0) return;
  for (const field of AMOUNT_FIELDS) {
    const cell = whole.row[field];
    if (!cell) continue;
    // Only where every figure could be read: an unreadable one is reported already.
    if (whole.unreadable.includes(field) || parts.some((f) => f.unreadable.includes(field))) continue;
    const sum = sumExact(parts, (f) => f.exact(field) ?? 0);
    const stated = whole.exact(field) ?? 0;
    if (compareExact(round2Exact(sum), round2Exact(stated)) !== 0) {
      const params = { column: field, total: format2(decimalOf(stated)), sum: format2(decimalOf(sum)) };
      const seed = !nested && parts.every((f) => SEED_PARTS.has(f.kind));
      // the seed layout's message stays as it was; other forms name their own rows
      ctx.report('FUNDS_SUM', cell.cell, seed ? params : { ...params, parts: parts.map((f) => f.label.replace(/^其中[:：]?/, '')).join(','), of: whole.label.replace(/^其中[:：]?/, '') });
    }
  }
}

const SEED_PARTS = new Set<FundKind>(['current', 'carry', 'other']);

const round2Exact = (x: Exact): Exact => (typeof x === 'number' ? x : round2(x));

/** R2: 预算执行得分 on the 年度资金总额 row, capped at its 分值. */
export function budgetScore(ctx: RuleContext, total: FundFigures | undefined, weight: Decimal | null): Decimal | null {
  if (!total || total.rate === null || weight === null) return null;
  const rate = ctx.profile.rateRounding === 'single-step' ? (exactRateOf(total) as Decimal) : total.rate;
  return min(rateTimesWeight(rate, weight), floor2(weight)); // written with two decimals: never above 分值
}
