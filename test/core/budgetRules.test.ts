import { format2OrNull } from '../../src/core/decimal';
import { CellValue } from '../../src/core/grid';
import { FormSpec, BuiltForm } from '../support/buildForm';
import { blankOutputsSpec, cellsWith, codesOf, only, profile, run, Run, RunOptions } from './helpers';

type Amounts = [CellValue, CellValue, CellValue];
const spec = (funds: Partial<Record<'total' | 'current' | 'carry' | 'other', Amounts>>, more: Partial<FormSpec> = {}): FormSpec => {
  const base = blankOutputsSpec();
  return { ...base, ...more, funds: { ...base.funds, ...funds } };
};

function summary(r: Run) {
  return {
    rates: r.fe.funds.map((f) => format2OrNull(f.rate)),
    budgetScore: format2OrNull(r.fe.budgetScore),
    totalScore: format2OrNull(r.fe.totalScore),
    findings: codesOf(r.findings),
  };
}

describe('R1/R2/R9/R10/R12 on the budget block: rates, budget score, total, findings', () => {
  const T = (e: CellValue): Amounts => [752.94, 762.25, e];
  test.each<[string, FormSpec, (string | null)[], string | null, string | null, string[]]>([
    ['base', spec({}), ['99.45', '99.45', '0.00', '0.00'], '9.95', '99.95', []],
    ['0 ÷ 0 on every row → 0.00, no finding', spec({ total: [0, 0, 0], current: [0, 0, 0] }), ['0.00', '0.00', '0.00', '0.00'], '0.00', '90.00', []],
    ['budget 0 with spending → ZERO_BUDGET_EXECUTED, no rate', spec({ total: [0, 0, 5], current: [0, 0, 5] }),
      [null, null, '0.00', '0.00'], null, null, ['ZERO_BUDGET_EXECUTED@G6', 'ZERO_BUDGET_EXECUTED@G7']],
    ['spending on the carry row without budget', spec({ current: [752.94, 762.25, 753.02], carry: [0, 0, 5] }),
      ['99.45', '98.79', null, '0.00'], '9.95', '99.95', ['ZERO_BUDGET_EXECUTED@G8']],
    ['executed above budget → OVER_EXECUTION, score capped at 分值', spec({ total: T(800), current: T(800) }),
      ['104.95', '104.95', '0.00', '0.00'], '10.00', '100.00', ['OVER_EXECUTION@E6', 'OVER_EXECUTION@E7']],
    ['negative executed → NEGATIVE_AMOUNT, nothing computed from it', spec({ total: T(-758.02), current: T(-758.02) }),
      [null, null, '0.00', '0.00'], null, null, ['NEGATIVE_AMOUNT@E6', 'NEGATIVE_AMOUNT@E7']],
    ['negative 年初预算数 → NEGATIVE_AMOUNT, rates unaffected', spec({ other: [-1, 0, 0] }),
      ['99.45', '99.45', '0.00', '0.00'], '9.95', '99.95', ['NEGATIVE_AMOUNT@C9']],
    ['OCR text amounts → VALUE_RECOVERED, figures computed', spec({ total: T('７５８．０２'), current: [752.94, '762. 25', '758.02'] }),
      ['99.45', '99.45', '0.00', '0.00'], '9.95', '99.95', ['VALUE_RECOVERED@D7', 'VALUE_RECOVERED@E6', 'VALUE_RECOVERED@E7']],
    ['`758. ()2` → VALUE_NOT_NUMBER, rate, budget score and 总分 null', spec({ total: T('758. ()2') }),
      [null, '99.45', '0.00', '0.00'], null, null, ['VALUE_NOT_NUMBER@E6']],
    ['#DIV/0! in an amount → CELL_ERROR', spec({ total: T({ error: '#DIV/0!' }) }),
      [null, '99.45', '0.00', '0.00'], null, null, ['CELL_ERROR@E6']],
    ['total 全年预算数 ≠ parts → FUNDS_SUM on D6', spec({ total: [752.94, 770, 758.02] }),
      ['98.44', '99.45', '0.00', '0.00'], '9.84', '99.84', ['FUNDS_SUM@D6']],
    ['total 年初预算数 ≠ parts → FUNDS_SUM on C6', spec({ total: [752.95, 762.25, 758.02] }),
      ['99.45', '99.45', '0.00', '0.00'], '9.95', '99.95', ['FUNDS_SUM@C6']],
    ['total 全年执行数 ≠ parts → FUNDS_SUM on E6', spec({ current: T(753.02) }),
      ['99.45', '98.79', '0.00', '0.00'], '9.95', '99.95', ['FUNDS_SUM@E6']],
    ['parts that add up → no FUNDS_SUM', spec({ current: [700, 700, 700], carry: [52.94, 62.25, 58.02] }),
      ['99.45', '100.00', '93.20', '0.00'], '9.95', '99.95', []],
    ['0.1 + 0.2 = 0.3 in decimal: no FUNDS_SUM', spec({ total: [0.3, 0.3, 0.3], current: [0.1, 0.1, 0.1], carry: [0.2, 0.2, 0.2] }),
      ['100.00', '100.00', '100.00', '0.00'], '10.00', '100.00', []],
    ['blank sub-rows count as 0', spec({ carry: [null, null, null], other: ['-', '—', '/'] }),
      ['99.45', '99.45', null, null], '9.95', '99.95', []],
    ['≥ 100000 under 万元 → UNIT_SUSPECT', spec({ total: [100000, 762.25, 758.02], current: [100000, 762.25, 758.02] }),
      ['99.45', '99.45', '0.00', '0.00'], '9.95', '99.95', ['UNIT_SUSPECT@C6', 'UNIT_SUSPECT@C7']],
    ['99999.99 under 万元 → no UNIT_SUSPECT', spec({ total: [99999.99, 762.25, 758.02], current: [99999.99, 762.25, 758.02] }),
      ['99.45', '99.45', '0.00', '0.00'], '9.95', '99.95', []],
    ['分值 20 read from the sheet', spec({}, { budgetWeight: 20, indicators: blankOutputsSpec().indicators.map((r, i) => (i === 0 ? [r[0], r[1], r[2], r[3], r[4], 5, 5] : r)) }),
      ['99.45', '99.45', '0.00', '0.00'], '19.89', '99.89', []],
  ])('%s', (_, s, rates, budgetScore, totalScore, findings) => {
    expect(summary(run(s))).toEqual({ rates, budgetScore, totalScore, findings });
  });

  test('amounts in 元: 100000 is no UNIT_SUSPECT; below 1 000 元 (万元 figures) is, the other way', () => {
    const r = run(spec({ total: [100000, 7622500, 7580200], current: [100000, 7622500, 7580200] }), { edit: (b) => { b.rows[4][0] = '项目资金(元)'; } });
    expect(r.fe.form.amountUnit).toBe('元');
    expect(cellsWith(r.findings, 'UNIT_SUSPECT')).toEqual([]);
    const small = run(spec({ total: [100000, 762.25, 758.02], current: [100000, 762.25, 758.02] }), { edit: (b) => { b.rows[4][0] = '项目资金(元)'; } });
    expect(cellsWith(small.findings, 'UNIT_SUSPECT')).toEqual(['D6']); // the project's size: 年度资金总额 全年预算数
  });

  test.each<[string, FormSpec, Record<string, unknown>]>([
    ['FUNDS_SUM names the column and both figures', spec({ total: [752.94, 770, 758.02] }), { column: 'annual', total: '770.00', sum: '762.25' }],
    ['FUNDS_SUM blank parts count as 0', spec({ current: [752.94, null, 758.02] }), { column: 'annual', total: '762.25', sum: '0.00' }],
  ])('%s', (_, s, params) => {
    expect(only(run(s).findings, 'FUNDS_SUM').params).toEqual(params);
  });

  test('VALUE_RECOVERED keeps the original text', () => {
    const f = only(run(spec({ total: [752.94, 762.25, '７５８．０２'] })).findings, 'VALUE_RECOVERED');
    expect([f.cell, f.severity, f.params.text]).toEqual(['E6', 'info', '７５８．０２']);
  });

  test('分值 of the 年度资金总额 row left blank → WEIGHT_MISSING, no budget score', () => {
    const r = run(spec({}), { edit: (b) => { b.rows[5][5] = null; } });
    expect(summary(r)).toEqual({ rates: ['99.45', '99.45', '0.00', '0.00'], budgetScore: null, totalScore: null, findings: ['WEIGHT_MISSING@F6'] });
  });
});

describe('R2 rate rounding profiles', () => {
  // 198.89 ÷ 200 × 100 = 99.445: two-step 99.45 × 10 ÷ 100 = 9.945 → 9.95; single-step 9.9445 → 9.94
  const s = spec({ total: [200, 200, 198.89], current: [200, 200, 198.89] });
  test.each<[string, RunOptions, string, string]>([
    ['standard (two-step)', {}, '9.95', '99.95'],
    ['single-step', { profile: profile('standard', { rateRounding: 'single-step' }) }, '9.94', '99.94'],
  ])('%s', (_, o, budgetScore, totalScore) => {
    expect(summary(run(s, o))).toEqual({ rates: ['99.45', '99.45', '0.00', '0.00'], budgetScore, totalScore, findings: [] });
  });

  test.each<[string, Amounts, string, string]>([
    ['single-step capped at 分值 above 100 %', [200, 200, 250], '125.00', '10.00'],
    ['single-step at 97.15 %', [100, 100, 97.15], '97.15', '9.72'],
  ])('%s', (_, amounts, rate, budgetScore) => {
    const r = run(spec({ total: amounts, current: amounts }), { profile: profile('standard', { rateRounding: 'single-step' }) });
    expect([format2OrNull(r.fe.funds[0].rate), format2OrNull(r.fe.budgetScore)]).toEqual([rate, budgetScore]);
  });
});

describe('R6 profile option: low execution needs a reason where the budget block has a reason cell (四川 90)', () => {
  const low = spec({ total: [300, 75, 59.09], current: [300, 75, 59.09] });
  const withReasonColumn = (reason: CellValue) => (b: BuiltForm) => { b.rows[4][8] = '偏差原因'; b.rows[5][8] = reason; };
  test.each<[string, FormSpec, RunOptions, (string | null)[]]>([
    ['sichuan, 78.79 < 90, reason empty', low, { profile: profile('sichuan'), edit: withReasonColumn('') }, ['I6']],
    ['sichuan, 78.79 < 90, reason is the placeholder "-"', low, { profile: profile('sichuan'), edit: withReasonColumn('-') }, ['I6']],
    ['sichuan, 78.79 < 90, reason given', low, { profile: profile('sichuan'), edit: withReasonColumn('项目延期') }, []],
    ['sichuan, 99.45 ≥ 90, reason empty', spec({}), { profile: profile('sichuan'), edit: withReasonColumn('') }, []],
    ['sichuan, no reason column', low, { profile: profile('sichuan') }, []],
    ['standard, 78.79, reason empty', low, { edit: withReasonColumn('') }, []],
  ])('%s', (_, s, o, cells) => {
    const r = run(s, o);
    expect(cellsWith(r.findings, 'DEVIATION_MISSING')).toEqual(cells);
    if (cells.length) expect(only(r.findings, 'DEVIATION_MISSING').params).toMatchObject({ reason: 'lowExecution', rate: '78.79', threshold: '90.00' });
  });
});
