/**
 * R5 with a 分值 of more than two decimals (found by the fuzzer, test/fuzz/): a cap used to write
 * round2(分值) — 4.345 became 4.35, again above its 分值, and the next recalculation planned the
 * same write forever. The cap is the highest two-decimal figure not above 分值.
 */
import { evaluateWorkbook } from '../../src/core/evaluate';
import { applyPlan } from '../property/support';
import { buildForm, gridOf } from '../support/buildForm';
import { correctSpec, QUANT, run, withIndicator } from './helpers';

const written = (r: ReturnType<typeof run>, cell: string) => r.ev.plan.entries.find((e) => e.cell === cell)?.after.text;

test('a score above a 分值 of 4.345 is capped at 4.34, and the capped form is stable', () => {
  const spec = withIndicator(correctSpec(), 0, { weight: 4.345, score: 15 });
  const r = run(spec);
  expect(written(r, r.c.score(0))).toBe('4.34');
  expect(r.fe.indicators[0].counted?.toString()).toBe('4.34');
  const grid = gridOf('表', [{ form: buildForm(spec) }]);
  const [after] = applyPlan([grid], evaluateWorkbook([grid]).plan);
  const again = evaluateWorkbook([after]);
  expect(again.findings.map((f) => f.code)).not.toContain('SCORE_OVER_WEIGHT');
  expect(again.plan.entries).toEqual([]);
});

test('按规则评分 of a met target under a 分值 of 9.999 writes 9.99, not 10.00', () => {
  const r = run(withIndicator(correctSpec(), QUANT, { weight: 9.999, score: 5 }), { scoreByRule: true });
  expect(written(r, r.c.score(QUANT))).toBe('9.99');
});

test('预算执行得分 at 100 % under a 分值 of 10.005 is 10.00', () => {
  const spec = { ...correctSpec(), funds: { total: [10, 10, 10] as [number, number, number] }, rates: { total: 100 }, budgetWeight: 10.005, budgetScore: null };
  const r = run(spec);
  expect(r.fe.budgetScore?.toString()).toBe('10');
  expect(written(r, r.c.budgetScore)).toBe('10.00');
});

test('two-decimal 分值 are their own cap (the fixture figures are unchanged)', () => {
  const r = run(withIndicator(correctSpec(), 0, { score: 15.5 }));
  expect(written(r, r.c.score(0))).toBe('15.00');
});
