import fc from 'fast-check';
import { Decimal, format2 } from '../../src/core/decimal';
import { evaluateWorkbook, FormEvaluation } from '../../src/core/evaluate';
import { readNumber } from '../../src/core/numbers';
import { PROFILES } from '../../src/core/profile';
import { buildForm, gridOf } from '../support/buildForm';
import { applyPlan, randomForm, valueAt } from './support';

const standard = { profile: PROFILES.standard };

/** The standard grade bands, written out independently of the engine. */
function gradeFor(total: Decimal): string {
  if (total.greaterThanOrEqualTo(90)) return '优';
  if (total.greaterThanOrEqualTo(80)) return '良';
  if (total.greaterThanOrEqualTo(60)) return '中';
  return '差';
}

function numberAt(grid: Parameters<typeof valueAt>[0], cell: string): Decimal | null {
  const r = readNumber(valueAt(grid, cell));
  return r.kind === 'number' ? r.value : null;
}

/** Invariants of a form after its write plan was applied (the re-evaluation's view). */
function checkRecalculated(f: FormEvaluation, grid: Parameters<typeof valueAt>[0]): void {
  // R5: no indicator score on the sheet above its weight or below 0.
  for (const ind of f.indicators) {
    if (ind.weight === null || ind.score === null) continue;
    expect(ind.score.lessThanOrEqualTo(ind.weight)).toBe(true);
    expect(ind.score.isNegative() && !ind.score.isZero()).toBe(false);
  }
  if (f.totalScore === null) return;
  // R11: 总分 = 预算执行得分 + Σ counted indicator scores, exactly, and the sheet says so.
  const sum = f.indicators.reduce((s, i) => s.plus(i.counted as Decimal), f.budgetScore as Decimal);
  expect(f.totalScore.equals(sum)).toBe(true);
  const shownTotal = numberAt(grid, f.form.totalScore!.cell);
  expect(shownTotal && format2(shownTotal)).toBe(format2(f.totalScore));
  // The budget score and every rate on the sheet are the computed ones.
  const total = f.funds.find((x) => x.kind === 'total')!;
  expect(format2(numberAt(grid, total.row.score!.cell)!)).toBe(format2(f.budgetScore!));
  for (const fund of f.funds) {
    if (fund.rate !== null) expect(format2(numberAt(grid, fund.row.rate!.cell)!)).toBe(format2(fund.rate));
  }
  // Grade under the standard bands, on the sheet too.
  expect(f.grade).toBe(gradeFor(f.totalScore));
  const shownGrade = String(valueAt(grid, f.form.grade!.cell));
  expect({ 优秀: '优', 良好: '良', 中等: '中', 合格: '中', 较差: '差', 不合格: '差' }[shownGrade] ?? shownGrade).toBe(f.grade);
}

describe('recalculation of random valid forms', () => {
  test('after applying the plan: scores ≤ weights, 总分 = sum, grade by band, and nothing left to write', () => {
    fc.assert(
      fc.property(randomForm, fc.constantFrom('A1', 'D5', 'B30'), ({ spec }, at) => {
        const grid = gridOf('表', [{ form: buildForm(spec), at }]);
        const first = evaluateWorkbook([grid], standard);
        expect(first.forms).toHaveLength(1);
        const [after] = applyPlan([grid], first.plan);
        const second = evaluateWorkbook([after], standard);
        expect(second.forms).toHaveLength(1);
        const f = second.forms[0];
        checkRecalculated(f, after);
        // Idempotence: the re-evaluation plans nothing and computes the same figures.
        expect(second.plan.entries).toEqual([]);
        expect(f.totalScore?.toString() ?? null).toBe(first.forms[0].totalScore?.toString() ?? null);
        expect(f.grade).toBe(first.forms[0].grade);
        // A computable budget (全年预算数 > 0) always gives a 总分 with these inputs.
        const annual = spec.funds.total![1] as number;
        if (annual > 0) expect(f.totalScore).not.toBeNull();
      }),
      { numRuns: 250 },
    );
  });

  test('the plan only touches output cells, and writes figures with two decimals', () => {
    fc.assert(
      fc.property(randomForm, ({ spec }) => {
        const form = buildForm(spec);
        const grid = gridOf('表', [{ form }]);
        const ev = evaluateWorkbook([grid], standard);
        const outputs = new Set<string>();
        const a1 = (p: [number, number]) => String.fromCharCode(65 + p[1]) + String(p[0] + 1);
        Object.values(form.at.rate).forEach((p) => outputs.add(a1(p)));
        [form.at.budgetScore, form.at.totalScore, form.at.grade, ...form.at.indicatorScore].forEach((p) => outputs.add(a1(p)));
        for (const e of ev.plan.entries) {
          expect(outputs.has(e.cell)).toBe(true);
          if (e.after.type === 'number') expect(e.after.text).toMatch(/^-?\d+\.\d{2}$/);
          else expect(['优', '良', '中', '差']).toContain(e.after.text);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('按规则评分 (scoreByRule) is idempotent too, and quantitative scores become the suggested ones', () => {
    const byRule = { profile: PROFILES.standard, scoreByRule: true };
    fc.assert(
      fc.property(randomForm, ({ spec }) => {
        const grid = gridOf('表', [{ form: buildForm(spec) }]);
        const first = evaluateWorkbook([grid], byRule);
        const [after] = applyPlan([grid], first.plan);
        const second = evaluateWorkbook([after], byRule);
        expect(second.plan.entries).toEqual([]);
        for (const ind of second.forms[0].indicators) {
          if (ind.suggested !== null) expect(ind.score?.toString()).toBe(ind.suggested.toString());
        }
        checkRecalculated(second.forms[0], after);
      }),
      { numRuns: 150 },
    );
  });

  // Regression: under scoreByRule a qualitative score above its weight used to stay on the sheet
  // (capped in 总分 only); fixed in e13f152.
  test('按规则评分 still corrects a qualitative score above its weight (R5)', () => {
    const spec = {
      funds: { total: [100, 100, 100] as [number, number, number] },
      budgetWeight: 10,
      indicators: [['产出指标', '时效指标', '及时性', '及时', '达成指标', 90, 95, ''] as [string, string, string, string, string, number, number, string]],
    };
    const grid = gridOf('表', [{ form: buildForm(spec) }]);
    const ev = evaluateWorkbook([grid], { profile: PROFILES.standard, scoreByRule: true });
    const [after] = applyPlan([grid], ev.plan);
    const again = evaluateWorkbook([after], { profile: PROFILES.standard, scoreByRule: true });
    const ind = again.forms[0].indicators[0];
    expect(ind.score!.lessThanOrEqualTo(ind.weight!)).toBe(true);
  });
});
