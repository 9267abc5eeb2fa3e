/** Issue 13 rules that vary with the layout: form kind, fund rows beyond the seed, 元, stated kind/direction. */
import { BuiltForm } from '../support/buildForm';
import { cellsWith, codesOf, correctSpec, only, run, RunOptions } from './helpers';

const HEADER = 4; // budget header row (0-based) of a built form
const FUND = { total: 5, current: 6, carry: 7, other: 8 };
const label = (row: number, text: string) => (b: BuiltForm) => void (b.rows[row][1] = text);
const edits = (...fs: ((b: BuiltForm) => void)[]): RunOptions => ({ edit: (b) => fs.forEach((f) => f(b)) });
const seed = run(correctSpec());

describe('部门整体支出绩效自评表', () => {
  const department = edits((b) => (b.rows[0][0] = '部门整体支出绩效自评表'), (b) => (b.rows[2][0] = '部门名称'), label(FUND.current, '其中：基本支出'), label(FUND.carry, '项目支出'));

  test('is its own kind, named by its 部门名称, with the seed figures', () => {
    const r = run(correctSpec(), department);
    expect(r.fe.form.kind).toBe('department');
    expect(r.fe.form.project).toBe(correctSpec().project);
    expect(r.fe.funds.map((f) => f.kind)).toEqual(['total', 'basic', 'projectSpending', 'other']);
    expect([r.fe.totalScore?.toFixed(2), r.fe.grade]).toEqual([seed.fe.totalScore?.toFixed(2), seed.fe.grade]);
    expect(codesOf(r.findings)).toEqual(codesOf(seed.findings));
  });

  test.each<[string, RunOptions]>([
    ['by its title alone', edits((b) => (b.rows[0][0] = '2024年度部门整体支出绩效自评表'))],
    ['by 基本支出/项目支出 rows without a title', edits((b) => (b.rows[0][0] = null), label(FUND.current, '其中：基本支出'), label(FUND.carry, '项目支出'))],
  ])('is recognised %s', (_, o) => expect(run(correctSpec(), o).fe.form.kind).toBe('department'));

  test('a project form stays a project form (the seed, and 部门预算项目支出绩效自评表)', () => {
    expect(seed.fe.form.kind).toBe('project');
    expect(run(correctSpec(), edits((b) => (b.rows[0][0] = '部门预算项目支出绩效自评表(2023年度)'))).fe.form.kind).toBe('project');
  });
});

describe('R9 over the fund rows the form has', () => {
  test('其中 rows of 财政拨款 sum to it; the direct parts to the total', () => {
    const spec = { ...correctSpec(), funds: { ...correctSpec().funds, carry: [500, 500, 500] as [number, number, number] } };
    const r = run(spec, edits(label(FUND.current, '其中：财政拨款'), label(FUND.carry, '一般公共预算'), label(FUND.other, '政府性基金预算')));
    expect(r.fe.form.funds.map((f) => [f.kind, f.parent])).toEqual([['total', null], ['current', null], ['general', 'current'], ['govFund', 'current']]);
    const sums = r.findings.filter((f) => f.code === 'FUNDS_SUM');
    expect(sums.map((f) => [f.cell, f.params.sum, f.params.total, f.params.of])).toEqual([
      ['C7', '500.00', '752.94', '财政拨款'], ['D7', '500.00', '762.25', '财政拨款'], ['E7', '500.00', '758.02', '财政拨款'],
    ]);
  });

  test('四川 rows (财政资金 / 财政专户管理资金 / 单位资金) are the direct parts and suggest the sichuan profile', () => {
    const r = run(correctSpec(), edits(label(FUND.total, '总额'), label(FUND.current, '其中：财政资金'), label(FUND.carry, '财政专户管理资金'), label(FUND.other, '单位资金')));
    expect(r.fe.form.funds.map((f) => f.kind)).toEqual(['total', 'current', 'specialAccount', 'unitOwn']);
    expect(cellsWith(r.findings, 'FUNDS_SUM')).toEqual([]);
    expect(r.fe.form.layout.suggestedProfile).toBe('sichuan');
    expect(seed.fe.form.layout.suggestedProfile).toBe('standard');
  });
});

describe('UNIT_SUSPECT both ways', () => {
  const yuan = (b: BuiltForm) => (b.rows[HEADER][0] = '项目资金\n(元)');
  const inYuan = () => {
    const spec = correctSpec();
    const times = (f: [unknown, unknown, unknown]) => f.map((v) => (typeof v === 'number' ? v * 10000 : v)) as [number, number, number];
    return { ...spec, funds: Object.fromEntries(Object.entries(spec.funds).map(([k, f]) => [k, times(f as [number, number, number])])) };
  };

  test('amounts in 元 under a 元 header: the seed figures, no finding', () => {
    const r = run(inYuan(), edits(yuan));
    expect(r.fe.form.amountUnit).toBe('元');
    expect(r.fe.funds.map((f) => f.rate?.toFixed(2))).toEqual(seed.fe.funds.map((f) => f.rate?.toFixed(2)));
    expect(codesOf(r.findings)).toEqual(codesOf(seed.findings));
  });

  test('万元 figures under a 元 header are suspect', () => {
    const f = only(run(correctSpec(), edits(yuan)).findings.filter((x) => x.cell === 'D6'), 'UNIT_SUSPECT');
    expect(f.params).toMatchObject({ unit: '元', value: '762.25' });
  });
});
