import { evaluateWorkbook } from '../../src/core/evaluate';
import { explainForm } from '../../src/core/explain';
import { conditionalFormula, markerPlan } from '../../src/core/markers';
import { resolveProfile } from '../../src/core/profile';
import { undoPlan, PlanEntry } from '../../src/core/writePlan';
import { buildForm, FormSpec, gridOf } from '../support/buildForm';

const spec = (over: Partial<FormSpec> = {}): FormSpec => ({
  funds: { total: [752.94, 762.25, 758.02], current: [752.94, 762.25, 758.02], carry: [0, 0, 0], other: [0, 0, 0] },
  rates: { total: 99.44, current: 99.44, carry: 0, other: 0 },
  budgetScore: 9.94,
  indicators: [
    ['成本指标', '经济成本指标', '成本节约率', '≥90%', '80%', 30, 26.67, '原因'],
    ['产出指标', '时效指标', '办结时间', '≤10(天)', '12.5(天)', 30, 24, '原因'],
    ['效益指标', '社会效益指标', '保障', '及时', '达成指标', 30, 30],
  ],
  totalScore: 90.61,
  grade: '优',
  ...over,
});
const evaluate = (s: FormSpec, profile = 'standard') =>
  evaluateWorkbook([gridOf('S', [{ form: buildForm(s) }])], { profile: resolveProfile(profile)! }).forms[0];
const textAt = (s: FormSpec, cell: string, lang: 'zh-CN' | 'en-US' = 'zh-CN', profile = 'standard') =>
  explainForm(evaluate(s, profile), lang).find((e) => e.cell === cell)?.text;

describe('explainForm: the arithmetic with the actual numbers', () => {
  test('执行率 and 执行得分 (two-step)', () => {
    expect(textAt(spec(), 'G6')).toContain('758.02 ÷ 762.25 × 100 = 99.45');
    expect(textAt(spec(), 'H6')).toContain('99.45 × 10.00 ÷ 100 = 9.95');
    expect(textAt(spec(), 'G8')).toContain('0.00');
  });
  test('single-step profile explains from the exact ratio', () => {
    const text = explainForm(evaluateWorkbook([gridOf('S', [{ form: buildForm(spec()) }])], { profile: resolveProfile('standard', { rateRounding: 'single-step' })! }).forms[0], 'zh-CN');
    expect(text.find((e) => e.cell === 'H6')?.text).toContain('758.02 ÷ 762.25 × 100 × 10.00 ÷ 100 = 9.94');
  });
  test('quantitative indicators: positive, reverse ratio and reverse linear', () => {
    expect(textAt(spec(), 'G13')).toContain('80 ÷ 90 × 30.00 = 26.67');
    expect(textAt(spec(), 'G14')).toContain('10 ÷ 12.5 × 30.00 = 24.00');
    expect(textAt(spec(), 'G14', 'zh-CN', 'linear')).toContain('(1 − (12.5 − 10) ÷ 10) × 30.00 = 22.50');
  });
  test('qualitative band and 总分 / 评分等级', () => {
    expect(textAt(spec(), 'G15')).toContain('[24.00, 30.00]');
    expect(textAt(spec(), 'G16')).toContain('9.95 + 26.67 + 24.00 + 30.00 = 90.62');
    expect(textAt(spec(), 'C17')).toContain('90.62 ≥ 90 → 优');
    expect(textAt(spec(), 'G6', 'en-US')).toContain('758.02 ÷ 762.25 × 100 = 99.45');
  });
  test('a score above its weight explains the capping', () => {
    const s = spec({ indicators: [['效益指标', '社会效益指标', '保障', '及时', '达成指标', 90, 95]] });
    expect(textAt(s, 'G13')).toContain('95.00');
    expect(textAt(s, 'G13')).toContain('90.00');
  });
});

describe('markerPlan', () => {
  test('one validation per 得分 cell with its 分值, and the two conditional marks', () => {
    const plan = markerPlan([evaluate(spec())]);
    expect(plan.validations).toEqual([
      { sheet: 'S', cell: 'G13', max: '30.00' },
      { sheet: 'S', cell: 'G14', max: '30.00' },
      { sheet: 'S', cell: 'G15', max: '30.00' },
    ]);
    expect(plan.conditionals.filter((c) => c.kind === 'deviationMissing').map((c) => c.cell)).toEqual(['H13', 'H14', 'H15']);
    expect(conditionalFormula(plan.conditionals[0])).toBe('=AND(ISNUMBER(G13),ISNUMBER(F13),G13>F13)');
    expect(conditionalFormula(plan.conditionals[1])).toBe('=AND(ISNUMBER(G13),ISNUMBER(F13),G13<F13,LEN(TRIM(H13))=0)');
  });
});

describe('undoPlan', () => {
  const e = (cell: string, before: PlanEntry['before'], text: string): PlanEntry => ({ sheet: 'S', cell, kind: 'rate', before, after: { type: 'number', text } });
  test('restores numbers, text and blanks in reverse order; a cell written twice ends with its first value', () => {
    const undo = undoPlan([e('G6', 99.44, '99.45'), e('G7', '99.44', '99.45'), e('G8', null, '0.00'), e('G6', 99.45, '99.46')]);
    expect(undo.entries.map((x) => [x.cell, x.after])).toEqual([
      ['G6', { type: 'number', text: '99.45' }],
      ['G8', { type: 'blank', text: '' }],
      ['G7', { type: 'text', text: '99.44' }],
      ['G6', { type: 'number', text: '99.44' }],
    ]);
  });
});

describe('form parts for bindings', () => {
  test('budget block and indicator table ranges', () => {
    const f = evaluate(spec()).form;
    expect([f.range, f.budgetRange, f.indicatorRange]).toEqual(['A1:I17', 'A5:H9', 'A12:I17']);
  });
});
