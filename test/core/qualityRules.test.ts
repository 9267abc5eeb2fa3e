/**
 * The indicator-quality checks (issue 14, docs/quality.md), one table per check: codes, cells and
 * params, never wording. The correct form's indicator rows are 13–20: 成本 (13), 产出 数量/质量/时效
 * (14–16, 一级 merged down A14:A16), 效益 ×3 (17–19), 满意度 (20); targets in D, actuals in E.
 */
import { FindingCode } from '../../src/core/findings';
import { DEFAULT_QUALITY, PROFILES, QualityChecks } from '../../src/core/profile';
import { FormSpec, IndicatorSpec } from '../support/buildForm';
import { cellsWith, correctSpec, only, profile, run, RunOptions, withIndicator } from './helpers';

const quality = (patch: Partial<QualityChecks>) => profile('standard', { quality: { ...DEFAULT_QUALITY, ...patch } });
const ind = (i: number, p: Parameters<typeof withIndicator>[2]) => withIndicator(correctSpec(), i, p);
/** The correct form with the rows of one 一级 tier relabelled. */
const relabel = (from: string, to: (r: IndicatorSpec) => [string, string]): FormSpec => ({
  ...correctSpec(),
  indicators: correctSpec().indicators.map((r) => (r[0] === from ? ([...to(r), ...r.slice(2)] as IndicatorSpec) : r)),
});
const withNames = (i: number, l1: string, l2: string, name?: string): FormSpec => {
  const s = correctSpec();
  const r = s.indicators[i];
  s.indicators[i] = [l1, l2, name ?? r[2], ...r.slice(3)] as IndicatorSpec;
  return s;
};

type Case = [string, FormSpec, RunOptions, (string | null)[]];
function cases(code: FindingCode, table: Case[]) {
  test.each(table)(`${code}: %s`, (_, spec, o, cells) => {
    expect(cellsWith(run(spec, o).findings, code)).toEqual(cells);
  });
}

describe('OUTPUT_DIMENSION_MISSING: 产出指标 without 数量/质量/时效', () => {
  cases('OUTPUT_DIMENSION_MISSING', [
    ['the correct form', correctSpec(), {}, []],
    ['every 产出 row under 经济成本指标: at the first 产出 row\'s 一级 cell', relabel('产出指标', () => ['产出指标', '经济成本指标']), {}, ['A14']],
    ['weights in the 一级 label (产出指标(50分))', relabel('产出指标', () => ['产出指标(50分)', '成本指标']), {}, ['A14']],
    ['no 产出 row at all: at the first indicator', relabel('产出指标', (r) => ['效益指标', r[1] === '数量指标' ? '社会效益指标' : '经济效益指标']), {}, ['A13']],
    ['synonyms 产出数量 / 进度指标 count', relabel('产出指标', (r) => ['产出指标', r[1] === '数量指标' ? '产出数量' : '进度指标']), {}, []],
    ['blank 二级指标 on the 产出 rows: nothing is said', relabel('产出指标', () => ['产出指标', '']), {}, []],
    ['switched off', relabel('产出指标', () => ['产出指标', '经济成本指标']), { profile: quality({ outputDimensions: false }) }, []],
    ['a 部门整体支出 form follows another framework',
      relabel('产出指标', () => ['产出指标', '经济成本指标']), { edit: (b) => void (b.rows[0][0] = '部门整体支出绩效自评表') }, []],
  ]);

  test('params: the 二级 names found and the number of 产出 rows', () => {
    expect(only(run(relabel('产出指标', () => ['产出指标', '经济成本指标'])).findings, 'OUTPUT_DIMENSION_MISSING').params).toEqual({ level2: '经济成本指标', output: 3 });
    expect(only(run(relabel('产出指标', () => ['效益指标', '社会效益指标'])).findings, 'OUTPUT_DIMENSION_MISSING').params).toEqual({ level2: '', output: 0 });
  });
});

describe('TARGET_UNMEASURABLE: 定性 wording under a 数量/质量 二级指标', () => {
  cases('TARGET_UNMEASURABLE', [
    // row 15 is the second row of the merged 一级 A14:A16: its 产出指标 is carried down
    ['质量指标 有效提升 (一级 merged, carried down)', ind(2, { target: '有效提升', actual: '达成指标' }), {}, ['D15']],
    ['数量指标 进一步提高', ind(1, { target: '进一步提高', actual: '达成指标' }), {}, ['D14']],
    ['质量指标 明显改善 with spaces and full-width', ind(2, { target: ' 明显 改善 ', actual: '达成指标' }), {}, ['D15']],
    ['a figure makes it measurable: 有效提升至95%', ind(2, { target: '有效提升至95%', actual: '达成指标' }), {}, []],
    ['a checkable standard: 符合标准', ind(2, { target: '符合标准', actual: '达成指标' }), {}, []],
    ['时效指标 is not judged', ind(3, { target: '明显提升' }), {}, []],
    ['效益指标 有效改善 is not flagged', ind(4, { target: '有效改善', actual: '达成指标' }), {}, []],
    ['a 质量 二级 under 效益 is not flagged', { ...withNames(4, '效益指标', '服务质量'), indicators: withNames(4, '效益指标', '服务质量').indicators.map((r, i) => (i === 4 ? ([...r.slice(0, 3), '有效提升', '达成指标', ...r.slice(5)] as IndicatorSpec) : r)) }, {}, []],
    ['switched off', ind(2, { target: '有效提升', actual: '达成指标' }), { profile: quality({ unmeasurableTarget: false }) }, []],
  ]);

  test('params: name, target, dimension', () => {
    expect(only(run(ind(1, { target: '进一步提高', actual: '达成指标' })).findings, 'TARGET_UNMEASURABLE').params).toEqual({ name: '日常运作计划完成率', target: '进一步提高', dimension: 'quantity' });
  });
});

describe('SATISFACTION_WITHOUT_NUMBER: a 满意度 target without a figure', () => {
  cases('SATISFACTION_WITHOUT_NUMBER', [
    ['满意度指标 满意', ind(7, { target: '满意', actual: '达成指标' }), {}, ['D20']],
    ['≥90% (a number with a unit)', ind(7, { target: '≥90%', actual: '95%' }), {}, []],
    ['不低于90分', ind(7, { target: '不低于90分', actual: '达成指标' }), {}, []],
    ['full-width ９０％以上', ind(7, { target: '９０％以上', actual: '95%' }), {}, []],
    ['满意度 in the name under another 一级', { ...withNames(4, '效益指标', '社会效益指标', '群众满意度'), indicators: withNames(4, '效益指标', '社会效益指标', '群众满意度').indicators.map((r, i) => (i === 4 ? ([...r.slice(0, 3), '较高', '达成指标', ...r.slice(5)] as IndicatorSpec) : r)) }, {}, ['D17']],
    ['a blank target is no wording to judge', ind(7, { target: null, actual: '达成指标' }), {}, []],
    ['switched off', ind(7, { target: '满意', actual: '达成指标' }), { profile: quality({ satisfactionNumber: false }) }, []],
  ]);
});

describe('WEIGHT_MIX_UNUSUAL: the 一级 weights against 产出 50 / 效益 30 / 满意度 10 / 执行率 10', () => {
  // 产出 (成本 15 counted with it) 15 + w + 10 + 10, 效益 w' + 10 + 10; the scores follow the weights
  const mix = (output: number, effect: number) => withIndicator(ind(1, { weight: output, score: output }), 4, { weight: effect, score: effect });
  cases('WEIGHT_MIX_UNUSUAL', [
    ['the correct form (成本 15 + 产出 35 make 产出 50), even at tolerance 0', correctSpec(), { profile: quality({ weightMix: { standard: DEFAULT_QUALITY.weightMix!.standard, tolerance: '0' } }) }, []],
    ['产出 38 / 效益 42: 12 off, at the first indicator\'s 一级 cell', mix(3, 22), {}, ['A13']],
    ['产出 40 / 效益 40: exactly the tolerance of 10', mix(5, 20), {}, []],
    ['产出 40 / 效益 40 at tolerance 5', mix(5, 20), { profile: quality({ weightMix: { standard: DEFAULT_QUALITY.weightMix!.standard, tolerance: '5' } }) }, ['A13']],
    ['another standard that fits', mix(3, 22), { profile: quality({ weightMix: { standard: { output: '38', effect: '42', satisfaction: '10', budget: '10' }, tolerance: '0' } }) }, []],
    ['an unknown 一级 tier: not judged', withNames(0, '其他指标', '其他'), { profile: quality({ weightMix: { standard: DEFAULT_QUALITY.weightMix!.standard, tolerance: '0' } }) }, []],
    ['a weight missing: not judged', withIndicator(mix(3, 22), 5, { weight: null }), {}, []],
    ['switched off', mix(3, 22), { profile: quality({ weightMix: null }) }, []],
    // weights or a tolerance with more than two decimals take the Decimal path, not integer hundredths
    ['产出 37.995 / 效益 42.005 (three decimals)', mix(2.995, 22.005), {}, ['A13']],
    ['off by exactly a tolerance of 10.005', mix(4.995, 20.005), { profile: quality({ weightMix: { standard: DEFAULT_QUALITY.weightMix!.standard, tolerance: '10.005' } }) }, []],
    ['off by 10.005 at a tolerance of 10.004', mix(4.995, 20.005), { profile: quality({ weightMix: { standard: DEFAULT_QUALITY.weightMix!.standard, tolerance: '10.004' } }) }, ['A13']],
  ]);

  test('params: each tier and the standard as 2-decimal strings, the tiers off', () => {
    expect(only(run(mix(3, 22)).findings, 'WEIGHT_MIX_UNUSUAL').params).toEqual({
      off: 'output,effect', tolerance: '10.00',
      output: '38.00', effect: '42.00', satisfaction: '10.00', budget: '10.00',
      standardOutput: '50.00', standardEffect: '30.00', standardSatisfaction: '10.00', standardBudget: '10.00',
    });
  });
});

describe('ACTUAL_EQUALS_TARGET: a quantitative 实际完成值 copied from the target', () => {
  cases('ACTUAL_EQUALS_TARGET', [
    ['≥90.00(%) as the actual', ind(7, { actual: '≥90.00(%)' }), {}, ['E20']],
    ['the same after NFKC and spaces: ≥ 90.00 （％）', ind(7, { actual: ' ≥ 90.00 （％） ' }), {}, ['E20']],
    ['=100.00(%) as the actual', ind(1, { actual: '=100.00(%)' }), {}, ['E14']],
    ['the figure without comparator: a target met exactly', ind(1, { target: '100.00(%)', actual: '100.00(%)' }), {}, []],
    ['a qualitative target repeated (及时 / 及时)', ind(3, { actual: '及时' }), {}, []],
    ['switched off', ind(7, { actual: '≥90.00(%)' }), { profile: quality({ actualEqualsTarget: false }) }, []],
  ]);
});

describe('profile switches', () => {
  test('every profile runs every check by default, with the standard mix and a tolerance of 10', () => {
    for (const p of Object.values(PROFILES)) {
      expect(p.quality).toEqual({
        outputDimensions: true, unmeasurableTarget: true, satisfactionNumber: true, actualEqualsTarget: true,
        weightMix: { standard: { output: '50', effect: '30', satisfaction: '10', budget: '10' }, tolerance: '10' },
      });
    }
  });

  test('a profile without `quality` (stored before issue 14) runs the defaults', () => {
    const { quality: _, ...old } = PROFILES.standard;
    expect(cellsWith(run(ind(7, { actual: '≥90.00(%)' }), { profile: old as never }).findings, 'ACTUAL_EQUALS_TARGET')).toEqual(['E20']);
  });

  test('none of the checks reports an error', () => {
    const defects = [relabel('产出指标', () => ['产出指标', '经济成本指标']), ind(2, { target: '有效提升', actual: '达成指标' }), ind(7, { target: '满意', actual: '达成指标' }), ind(7, { actual: '≥90.00(%)' })];
    expect(defects.flatMap((s) => run(s).findings.filter((f) => f.severity === 'error').map((f) => f.code))).toEqual([]);
  });
});
