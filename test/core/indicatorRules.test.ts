import { format2OrNull } from '../../src/core/decimal';
import { CellValue } from '../../src/core/grid';
import { FindingCode } from '../../src/core/findings';
import { Profile } from '../../src/core/profile';
import { blankOutputsSpec, cellsWith, correctSpec, only, planOf, profile, QUAL, QUANT, run, withIndicator } from './helpers';

const STD = profile('standard');
const LINEAR = profile('linear');

describe('R3 suggested score of a quantitative indicator (分值 10)', () => {
  test.each<[CellValue, CellValue, Profile, string]>([
    ['≥90.00(%)', '100.00(%)', STD, '10.00'],
    ['≥90.00(%)', '90.00(%)', STD, '10.00'],
    ['≥90.00(%)', '80.00(%)', STD, '8.89'],
    ['≥90%', '-5%', STD, '0.00'],
    ['>90', '45', STD, '5.00'],
    ['90%以上', '81%', STD, '9.00'],
    ['≥0.00(%)', '0.56(%)', STD, '10.00'],
    ['≤10', '12.5', STD, '8.00'],
    ['≤10', '12.5', LINEAR, '7.50'],
    ['≤10', '20', STD, '5.00'],
    ['≤10', '20', LINEAR, '0.00'],
    ['≤10', '25', LINEAR, '0.00'],
    ['≤10', '8', LINEAR, '10.00'],
    ['≤10', '-3', STD, '10.00'],
    ['3天以内', '4天', STD, '7.50'],
    ['≤1.00(工作日)', '1.00(工作日)', STD, '10.00'],
    ['≤0', '2', STD, '0.00'],
    ['=0.00(次)', '0.00(次)', STD, '10.00'],
    ['=0.00(次)', '2.00(次)', STD, '0.00'],
    ['=3.00(个)', '2.00(个)', STD, '6.67'],
    ['=3.00(个)', '4.00(个)', STD, '10.00'],
    ['=100%', '98%', STD, '9.80'],
    ['100%', '97.15%', STD, '9.72'],
  ])('target %j, actual %j, %s', (target, actual, p, suggested) => {
    const r = run(withIndicator(blankOutputsSpec(), QUANT, { target, actual }), { profile: p });
    const ind = r.fe.indicators[QUANT];
    expect([ind.kind, format2OrNull(ind.suggested)]).toEqual(['quantitative', suggested]);
  });

  test('a qualitative indicator has no suggested score', () => {
    const ind = run(correctSpec()).fe.indicators[QUAL];
    expect([ind.kind, ind.tier, format2OrNull(ind.suggested)]).toEqual(['qualitative', 'met', null]);
  });
});

describe('R4 qualitative score bands (分值 10)', () => {
  const MET = '达成指标';
  const PART = '部分达成指标并具有一定效果';
  const NOT = '未达成指标且效果较差';
  test.each<[string, number, boolean]>([
    [MET, 10, true], [MET, 8, true], [MET, 7.99, false],
    [PART, 7.99, true], [PART, 6, true], [PART, 8, false], [PART, 5.99, false],
    [NOT, 5.99, true], [NOT, 0, true], [NOT, 6, false],
  ])('%s with %p → in band: %p', (actual, score, inBand) => {
    const r = run(withIndicator(correctSpec(), QUAL, { actual, score, dev: '原因' }));
    expect(cellsWith(r.findings, 'SCORE_OUT_OF_BAND')).toEqual(inBand ? [] : ['G16']);
  });

  test.each<[string, number, number, boolean]>([
    [MET, 5, 4, true], [MET, 5, 3.99, false], [PART, 5, 3, true], [PART, 5, 4, false], [NOT, 5, 2.99, true], [NOT, 5, 3, false],
    [MET, 3, 2.4, true], [PART, 3, 2.4, false], [PART, 3, 1.8, true], [NOT, 3, 1.8, false],
  ])('%s with 分值 %p and 得分 %p → in band: %p', (actual, weight, score, inBand) => {
    const r = run(withIndicator(correctSpec(), QUAL, { actual, weight, score, dev: '原因' }));
    expect(cellsWith(r.findings, 'SCORE_OUT_OF_BAND')).toEqual(inBand ? [] : ['G16']);
  });

  test('SCORE_OUT_OF_BAND names the tier and its band', () => {
    const r = run(withIndicator(correctSpec(), QUAL, { actual: PART, score: 8, dev: '原因' }));
    expect(only(r.findings, 'SCORE_OUT_OF_BAND')).toMatchObject({ severity: 'warning', params: { tier: 'partial', score: '8.00', low: '6.00', high: '8.00' } });
  });
});

describe('R5 score above 分值 or negative', () => {
  test.each<[CellValue, FindingCode | null, string[], string]>([
    [12, 'SCORE_OVER_WEIGHT', ['G15=10.00'], '99.95'],
    [10.01, 'SCORE_OVER_WEIGHT', ['G15=10.00'], '99.95'],
    [10, null, [], '99.95'],
    [-1, 'SCORE_NEGATIVE', ['G15=0.00'], '89.95'],
    [0, null, [], '89.95'],
  ])('indicator 2 (分值 10) with score %p → %s', (score, code, plan, totalScore) => {
    const r = run(withIndicator(correctSpec(), 2, { score, dev: '原因' }), { grid: (g) => { g.values[20][6] = null; g.values[21][2] = null; } });
    for (const c of ['SCORE_OVER_WEIGHT', 'SCORE_NEGATIVE'] as const) expect(cellsWith(r.findings, c)).toEqual(c === code ? ['G15'] : []);
    expect(planOf(r).filter((e) => e.startsWith('G15='))).toEqual(plan);
    expect(format2OrNull(r.fe.totalScore)).toBe(totalScore);
  });

  test('SCORE_OVER_WEIGHT params', () => {
    const r = run(withIndicator(correctSpec(), 2, { score: 12 }));
    expect(only(r.findings, 'SCORE_OVER_WEIGHT')).toMatchObject({ severity: 'error', cell: 'G15', params: { score: '12.00', weight: '10.00' } });
  });
});

describe('R6 DEVIATION_MISSING', () => {
  test.each<[string, number, Parameters<typeof withIndicator>[2], Profile, string[]]>([
    ['lost points, reason empty', QUANT, { actual: '80.00(%)', score: 8.89, dev: '' }, STD, ['H20']],
    ['lost points, reason blank text', QUANT, { actual: '80.00(%)', score: 8.89, dev: '  ' }, STD, ['H20']],
    ['lost points, reason is the placeholder "-"', QUANT, { actual: '80.00(%)', score: 8.89, dev: '-' }, STD, ['H20']],
    ['lost points, reason given', QUANT, { actual: '80.00(%)', score: 8.89, dev: '受疫情影响，已调整计划' }, STD, []],
    ['qualitative lost points, reason empty', QUAL, { actual: '部分达成指标并具有一定效果', score: 7 }, STD, ['H16']],
    ['full score, reason empty', QUANT, {}, STD, []],
    ['guangxi: actual 130 % of target, reason empty', QUANT, { actual: '117.00(%)' }, profile('guangxi'), ['H20']],
    ['guangxi: actual 129 % of target, reason empty', QUANT, { actual: '116.10(%)' }, profile('guangxi'), []],
    ['guangxi: actual 130 % of target, reason given', QUANT, { actual: '117.00(%)', dev: '超额完成' }, profile('guangxi'), []],
    ['standard: actual 130 % of target, reason empty', QUANT, { actual: '117.00(%)' }, STD, []],
  ])('%s', (_, i, patch, p, cells) => {
    const r = run(withIndicator(correctSpec(), i, patch), { profile: p });
    expect(cellsWith(r.findings, 'DEVIATION_MISSING')).toEqual(cells);
  });

  test.each<[string, Profile, Parameters<typeof withIndicator>[2], string]>([
    ['lostPoints', STD, { actual: '80.00(%)', score: 8.89 }, 'lostPoints'],
    ['overAchievement', profile('guangxi'), { actual: '117.00(%)' }, 'overAchievement'],
  ])('params.reason %s', (_, p, patch, reason) => {
    expect(only(run(withIndicator(correctSpec(), QUANT, patch), { profile: p }).findings, 'DEVIATION_MISSING').params.reason).toBe(reason);
  });
});

describe('R7 FULL_SCORE_NOT_MET, R12 UNIT_MISMATCH, R4 QUALITATIVE_UNCLASSIFIED, missing 分值/得分', () => {
  test.each<[string, number, Parameters<typeof withIndicator>[2], FindingCode, string[]]>([
    ['≥90%, actual 80%, full score', QUANT, { actual: '80.00(%)' }, 'FULL_SCORE_NOT_MET', ['G20']],
    ['≥90%, actual 95%, full score', QUANT, { actual: '95.00(%)' }, 'FULL_SCORE_NOT_MET', []],
    ['≤1 工作日, actual 2, full score', QUANT, { target: '≤1.00(工作日)', actual: '2.00(工作日)' }, 'FULL_SCORE_NOT_MET', ['G20']],
    ['=0 次, actual 2, full score', QUANT, { target: '=0.00(次)', actual: '2.00(次)' }, 'FULL_SCORE_NOT_MET', ['G20']],
    ['部分达成 with full score', QUAL, { actual: '部分达成指标并具有一定效果' }, 'FULL_SCORE_NOT_MET', ['G16']],
    ['未达成 with full score', QUAL, { actual: '未达成指标且效果较差' }, 'FULL_SCORE_NOT_MET', ['G16']],
    ['达成 with full score', QUAL, { actual: '达成年度指标' }, 'FULL_SCORE_NOT_MET', []],
    ['% target, 个 actual', QUANT, { actual: '100.00(个)' }, 'UNIT_MISMATCH', ['E20']],
    ['(%) target, % actual', QUANT, { actual: '100.00%' }, 'UNIT_MISMATCH', []],
    ['% target, bare actual', QUANT, { actual: '100' }, 'UNIT_MISMATCH', []],
    ['效果良好', QUAL, { actual: '效果良好' }, 'QUALITATIVE_UNCLASSIFIED', ['E16']],
    ['same text as target', QUAL, { actual: '及时' }, 'QUALITATIVE_UNCLASSIFIED', []],
    ['分值 blank', 2, { weight: null }, 'WEIGHT_MISSING', ['F15']],
    ['分值 given', 2, {}, 'WEIGHT_MISSING', []],
    ['得分 blank', 2, { score: null }, 'SCORE_MISSING', ['G15']],
    ['得分 0', 2, { score: 0, dev: '原因' }, 'SCORE_MISSING', []],
  ])('%s', (_, i, patch, code, cells) => {
    expect(cellsWith(run(withIndicator(correctSpec(), i, patch)).findings, code)).toEqual(cells);
  });

  test('UNIT_MISMATCH names both units; QUALITATIVE_UNCLASSIFIED is info', () => {
    expect(only(run(withIndicator(correctSpec(), QUANT, { actual: '100.00(个)' })).findings, 'UNIT_MISMATCH').params).toMatchObject({ targetUnit: '%', actualUnit: '个' });
    expect(only(run(withIndicator(correctSpec(), QUAL, { actual: '效果良好' })).findings, 'QUALITATIVE_UNCLASSIFIED').severity).toBe('info');
  });
});
