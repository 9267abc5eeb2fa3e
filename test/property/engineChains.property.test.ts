import fc from 'fast-check';
import { Decimal, fromExcelNumber, HUNDRED, max, min, round2, ZERO } from '../../src/core/decimal';
import { evaluateWorkbook } from '../../src/core/evaluate';
import { PROFILES } from '../../src/core/profile';
import { buildForm, FormSpec, gridOf } from '../support/buildForm';
import { randomForm } from './support';

/**
 * The engine's figures against decimal.js chains written out here, on whole random forms: the
 * integer-hundredths shortcuts (src/core/cents.ts, ratios.ts) must give the very same Decimals.
 */

const same = (a: Decimal | null, b: Decimal | null) => {
  expect(a?.toString() ?? null).toBe(b?.toString() ?? null);
};

/** Amounts as cells hold them: hundredths, more decimals, Excel's binary noise, huge ones. */
const amount = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 1e9 }).map((c) => c / 100) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1e7 }).map((c) => c / 1000) },
  { weight: 1, arbitrary: fc.constantFrom(0.1 + 0.2, 1.005, 123456789012.34, 99999999999999.98, 0) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1e16, noNaN: true }) },
);
const triple = fc.tuple(amount, amount, amount);
const anyFunds = fc.record({ total: triple, current: triple, carry: triple, other: triple }, { requiredKeys: ['total'] });
/** Fund rows whose total is the sum of the other rows (in hundredths), so R9 must stay silent. */
const centsTriple = fc.tuple(...[0, 1, 2].map(() => fc.integer({ min: 0, max: 1e9 }))) as fc.Arbitrary<[number, number, number]>;
const summedFunds = fc.tuple(centsTriple, centsTriple, fc.option(centsTriple, { nil: undefined })).map(([current, carry, other]) => {
  const rows = [current, carry, other ?? [0, 0, 0]];
  const total = [0, 1, 2].map((j) => rows.reduce((s, r) => s + r[j], 0) / 100);
  const money = (c: number[]) => c.map((x) => x / 100) as [number, number, number];
  return { total: total as [number, number, number], current: money(current), carry: money(carry), ...(other ? { other: money(other) } : {}) };
});
const funds = fc.oneof(anyFunds, summedFunds);

describe('the engine on random forms equals the decimal.js chains', () => {
  const singleStep = { ...PROFILES.standard, name: 'single-step', rateRounding: 'single-step' as const };
  test.each([PROFILES.standard, PROFILES.linear, PROFILES.guangxi, singleStep])('amounts, 执行率, R2, R9 and R3 scores ($name profile)', (profile) => {
    fc.assert(
      fc.property(randomForm, funds, ({ spec }, money) => {
        const withMoney: FormSpec = { ...spec, funds: money as FormSpec['funds'] };
        const ev = evaluateWorkbook([gridOf('表', [{ form: buildForm(withMoney), at: 'A1' }])], { profile });
        const [f] = ev.forms;
        for (const fund of f.funds) {
          const cells = money[fund.kind as keyof typeof money] as [number, number, number];
          const [initial, annual, executed] = cells.map(fromExcelNumber);
          same(fund.initial, initial);
          same(fund.annual, annual);
          same(fund.executed, executed);
          const rate = annual.isZero() ? (executed.isZero() ? ZERO : null) : round2(executed.div(annual).times(HUNDRED));
          same(fund.rate, rate);
        }
        // R2 from the rounded 执行率, or from the exact ratio (single-step).
        const total = f.funds.find((x) => x.kind === 'total')!;
        if (total.rate !== null && f.budgetWeight !== null) {
          const a = total.annual as Decimal;
          const rate = profile.rateRounding === 'single-step' && !a.isZero() ? (total.executed as Decimal).div(a).times(HUNDRED) : total.rate;
          same(f.budgetScore, min(round2(rate.times(f.budgetWeight).div(100)), f.budgetWeight));
        }
        // R9 per column: a finding exactly where the chain's sum differs from the total.
        const parts = f.funds.filter((x) => x.kind !== 'total');
        for (const field of ['initial', 'annual', 'executed'] as const) {
          if (parts.length === 0) continue;
          const sum = parts.reduce((s, x) => s.plus(x[field] as Decimal), ZERO);
          const differs = !round2(sum).eq(round2(total[field] as Decimal));
          const reported = f.findings.some((x) => x.code === 'FUNDS_SUM' && x.params.column === field);
          expect(reported).toBe(differs);
        }
        // R3: every rule-based score.
        for (const ind of f.indicators) {
          if (ind.kind !== 'quantitative' || ind.weight === null || !ind.target || !ind.actual) continue;
          same(ind.suggested, chainScore(ind.target.value, ind.actual.value, ind.target.direction, ind.weight, profile.reverseFormula));
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** R3 as SPEC §4 writes it, in decimal.js alone. */
function chainScore(t: Decimal, actual: Decimal, direction: string, w: Decimal, reverse: string): Decimal {
  const a = max(actual, ZERO);
  let s: Decimal;
  if (direction === 'negative') {
    if (a.lte(t)) s = w;
    else if (t.lte(0)) s = ZERO;
    else s = reverse === 'linear' ? max(ZERO, new Decimal(2).minus(a.div(t)).times(w)) : t.div(a).times(w);
  } else if (t.isZero() && direction === 'equal') s = a.isZero() ? w : ZERO;
  else if (a.gte(t) || t.lte(0)) s = w;
  else s = a.div(t).times(w);
  return min(round2(max(s, ZERO)), w);
}
