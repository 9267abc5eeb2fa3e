import fc from 'fast-check';
import { parseA1 } from '../../src/core/a1';
import { CellValue, Grid } from '../../src/core/grid';
import { WritePlan } from '../../src/core/writePlan';
import { FormSpec, IndicatorSpec } from '../support/buildForm';

/**
 * A copy of the grids with the plan's values written in, as an adapter would: figures as
 * numbers, words as text. Cells outside a grid's arrays grow them.
 */
export function applyPlan(grids: readonly Grid[], plan: WritePlan): Grid[] {
  const copies = grids.map((g) => ({ ...g, values: g.values.map((row) => (row ? [...row] : row)) }));
  for (const entry of plan.entries) {
    const g = copies.find((x) => x.sheet === entry.sheet);
    if (!g) throw new Error(`plan entry for unknown sheet ${entry.sheet}`);
    const o = parseA1(g.origin || 'A1');
    const at = parseA1(entry.cell);
    const r = at.row - o.row;
    const c = at.col - o.col;
    if (r < 0 || c < 0) throw new Error(`plan entry ${entry.cell} above/left of the grid origin ${g.origin}`);
    while (g.values.length <= r) g.values.push([]);
    const row = g.values[r] ?? (g.values[r] = []);
    while (row.length <= c) row.push(null);
    row[c] = entry.after.type === 'number' ? Number(entry.after.text) : entry.after.text;
  }
  return copies;
}

/** The value a grid holds at an A1 address (null outside). */
export function valueAt(g: Grid, a1: string): CellValue {
  const o = parseA1(g.origin || 'A1');
  const at = parseA1(a1);
  return g.values[at.row - o.row]?.[at.col - o.col] ?? null;
}

/** An amount or figure with two decimals, as a JS number. */
export const cents = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min, max }).map((c) => c / 100);

const COMPARATORS = ['≥', '≤', '=', '>', '<', '＞＝', '≧', '≦', '＝', '不低于', ''];
const UNITS = ['(%)', '%', '(个)', '(工作日)', '(次)', '（%）', ''];
const QUAL_TARGETS = ['及时', '有效改善', '建立', '控制在概算范围内', '提升'];
const QUAL_ACTUALS = ['达成指标', '达成年度指标', '部分达成指标并具有一定效果', '未达成指标且效果较差', '及时', '已完成', '基本完成', '情况良好', ''];
const LEVELS: [string, string][] = [
  ['成本指标', '经济成本指标'],
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['效益指标', '社会效益指标'],
  ['满意度指标', '服务对象满意度指标'],
];

const quantitative = (weight: number) =>
  fc
    .record({
      cmp: fc.constantFrom(...COMPARATORS),
      target: cents(0, 20000),
      actual: cents(-1000, 30000),
      unit: fc.constantFrom(...UNITS),
      sameUnit: fc.boolean(),
      unit2: fc.constantFrom(...UNITS),
    })
    .map(({ cmp, target, actual, unit, sameUnit, unit2 }) => [`${cmp}${target.toFixed(2)}${unit}`, `${actual.toFixed(2)}${sameUnit ? unit : unit2}`] as [string, string])
    .map((ta) => ({ ta, weight }));

const qualitative = (weight: number) =>
  fc.tuple(fc.constantFrom(...QUAL_TARGETS), fc.constantFrom(...QUAL_ACTUALS)).map((ta) => ({ ta: ta as [string, string], weight }));

/** A score for a weight: usually within [0, weight], sometimes above it or negative. */
const scoreFor = (weight: number) =>
  fc.oneof(
    { weight: 5, arbitrary: cents(0, Math.round(weight * 100)) },
    { weight: 1, arbitrary: fc.constant(weight) },
    { weight: 2, arbitrary: cents(Math.round(weight * 100) + 1, Math.round(weight * 100) + 5000) },
    { weight: 2, arbitrary: cents(-5000, -1) },
  );

/** Splits 100.00 into n + 1 two-decimal parts (some may be 0). */
const weightsSummingTo100 = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: n, maxLength: n }).map((cuts) => {
    const sorted = [0, ...cuts.sort((a, b) => a - b), 10000];
    return sorted.slice(1).map((v, i) => (v - sorted[i]) / 100);
  });

const fundTriple = fc.tuple(cents(0, 500000), cents(0, 500000), cents(0, 500000));

const outputValue = fc.oneof(fc.constant(null), cents(-1000, 20000), fc.constant('-'));

export interface RandomForm {
  spec: FormSpec;
  budgetWeight: number;
  weights: number[];
}

/**
 * A random valid form: funds ≥ 0 with two decimals, weights summing to 100, quantitative and
 * qualitative indicators with random scores (possibly above the weight or negative), random
 * or empty output cells.
 */
export const randomForm: fc.Arbitrary<RandomForm> = fc
  .integer({ min: 1, max: 14 })
  .chain((n) => weightsSummingTo100(n).map((parts) => ({ budgetWeight: parts[0], weights: parts.slice(1) })))
  .chain(({ budgetWeight, weights }) =>
    fc
      .record({
        funds: fc.record({ total: fundTriple, current: fundTriple, carry: fundTriple, other: fundTriple }, { requiredKeys: ['total'] }),
        indicators: fc.tuple(
          ...weights.map((w) =>
            fc.tuple(
              fc.oneof(quantitative(w), qualitative(w)),
              scoreFor(w),
              fc.constantFrom(...LEVELS),
              fc.constantFrom('', '原因说明', null),
            ),
          ),
        ),
        rates: fc.record({ total: outputValue, current: outputValue, carry: outputValue, other: outputValue }),
        budgetScore: outputValue,
        totalScore: outputValue,
        grade: fc.constantFrom(null, '优', '良', '中', '差', '优秀', '合格', '待定'),
      })
      .map(({ funds, indicators, rates, budgetScore, totalScore, grade }) => {
        const rows: IndicatorSpec[] = indicators.map(([{ ta, weight }, score, [l1, l2], dev], i) => [l1, l2, `指标${i + 1}`, ta[0], ta[1], weight, score, dev]);
        const spec: FormSpec = {
          funds: funds as FormSpec['funds'],
          rates,
          budgetWeight,
          budgetScore,
          indicators: rows,
          totalScore,
          grade,
        };
        return { spec, budgetWeight, weights };
      }),
  );

/** Labels of the form, in their variants, to sprinkle over random grids. */
export const FORM_WORDS = [
  '项目支出绩效自评表', '项目名称', '主管部门', '实施单位', '项目资金(万元)', '项目资金（元）', '年初预算数', '年初\n预算数', '全年预算数',
  '调整后预算数', '全年执行数', '预算执行数', '分值', '权重', '执行率(%)', '执行率（%）', '执行率', '得分', '年度资金总额',
  '其中：当年财政拨款', '本年财政拨款', '上年结转资金', '其他资金', '年度总体目标', '一级指标', '二级指标', '三级指标',
  '年度指标值', '实际完成值', '偏差原因分析及改进措施', '未完成原因分析', '总分', '评分等级', '优', '良', '差',
  '≥90.00(%)', '≤1.00(工作日)', '=100.00(%)', '100.00(%)', '达成指标', '部分达成指标并具有一定效果', '未达成指标且效果较差',
  '4, 514. 45', '３３６９．８７', '99. 44', '758. ()2', '-', '—', '/', '无', '=1+1', '', ' ', '\n',
];

export const ERROR_VALUES: CellValue[] = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!'].map((error) => ({ error }));

/** Any value a cell can hold, biased towards the form's own words. */
export const anyCellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom(...FORM_WORDS) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: cents(-100000, 100000) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...ERROR_VALUES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.fullUnicodeString({ maxLength: 8 }) },
);

/**
 * Decimal text with varied magnitude, sign, trailing zeros and digit-word boundaries (base 1e7):
 * up to `maxDigits` digits, `maxScale` of them after the point.
 */
export function decimalText(maxDigits = 30, maxScale = 25): fc.Arbitrary<string> {
  return fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** BigInt(maxDigits) }), fc.integer({ min: 0, max: maxScale }))
    .map(([neg, digits, scale]) => {
      const s = digits.toString().padStart(scale + 1, '0');
      const text = scale === 0 ? s : `${s.slice(0, s.length - scale)}.${s.slice(s.length - scale)}`;
      return (neg ? '-' : '') + text;
    });
}
