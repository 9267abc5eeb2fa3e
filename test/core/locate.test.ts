import { locateForms } from '../../src/core/locate/locate';
import { evaluateWorkbook, defaultOptions } from '../../src/core/evaluate';
import { format2OrNull } from '../../src/core/decimal';
import { Grid } from '../../src/core/grid';
import { buildForm, BuiltForm, gridOf } from '../support/buildForm';
import { cellsOf, correctSpec, INDICATORS, run, RunOptions } from './helpers';

const HEADER = 4; // budget header row of a built form (0-based)
const TABLE = 11; // indicator header row
const set = (row: number, col: number, text: string) => (b: BuiltForm) => { b.rows[row][col] = text; };
const blankRows = (from: number, to: number) => (b: BuiltForm) => {
  for (let r = from; r <= to && r < b.rows.length; r++) b.rows[r] = b.rows[r].map(() => null);
};

/** Figures of the evaluated correct form, as strings, to compare variants with. */
function figures(o: RunOptions = {}) {
  const r = run(correctSpec(), o);
  expect(r.ev.forms).toHaveLength(1);
  const fe = r.fe;
  return {
    funds: fe.funds.map((f) => [f.kind, format2OrNull(f.initial), format2OrNull(f.annual), format2OrNull(f.executed), format2OrNull(f.rate)]),
    budgetWeight: format2OrNull(fe.budgetWeight),
    budgetScore: format2OrNull(fe.budgetScore),
    indicators: fe.indicators.map((i) => [i.row.level1, i.row.level2, i.row.name, format2OrNull(i.weight), format2OrNull(i.score)]),
    totalScore: format2OrNull(fe.totalScore),
    grade: fe.grade,
    amountUnit: fe.form.amountUnit,
    findings: r.findings.map((f) => `${f.code}@${f.cell}`),
  };
}

const BASE = {
  funds: [
    ['total', '752.94', '762.25', '758.02', '99.45'],
    ['current', '752.94', '762.25', '758.02', '99.45'],
    ['carry', '0.00', '0.00', '0.00', '0.00'],
    ['other', '0.00', '0.00', '0.00', '0.00'],
  ],
  budgetWeight: '10.00',
  budgetScore: '9.95',
  indicators: INDICATORS.map(([l1, l2, n, , , w, s]) => [l1, l2, n, Number(w).toFixed(2), Number(s).toFixed(2)]),
  totalScore: '99.95',
  grade: '优',
  amountUnit: '万元',
  findings: [] as string[],
};

describe('locate: label variants (SPEC §2) give the same form and figures', () => {
  test.each<[string, (b: BuiltForm) => void]>([
    ['年初\\n预算数', set(HEADER, 2, '年初\n预算数')],
    ['执行率（%）', set(HEADER, 6, '执行率（%）')],
    ['执行率', set(HEADER, 6, '执行率')],
    ['执行率（％） full-width percent', set(HEADER, 6, '执行率（％）')],
    ['本年财政拨款', set(HEADER + 2, 1, '本年财政拨款')],
    ['当年财政拨款 (no 其中)', set(HEADER + 2, 1, '当年财政拨款')],
    ['其中: 本年财政拨款', set(HEADER + 2, 1, '其中: 本年财政拨款')],
    ['调整后预算数', set(HEADER, 3, '调整后预算数')],
    ['全年预算数（万元）', set(HEADER, 3, '全年预算数（万元）')],
    ['预算执行数', set(HEADER, 4, '预算执行数')],
    ['权重 in the budget header', set(HEADER, 5, '权重')],
    ['权重 in the indicator header', set(TABLE, 5, '权重')],
    ['未完成原因分析', set(TABLE, 7, '未完成原因分析')],
    ['项目资金（万元） full-width brackets', set(HEADER, 0, '项目资金（万元）')],
    ['extra spaces: 全 年 执 行 数', set(HEADER, 4, ' 全 年 执 行 数 ')],
    ['extra spaces and line break: 三级\\n指标', set(TABLE, 2, ' 三级\n指标 ')],
    ['ideographic space: 得\\u3000分', set(TABLE, 6, '得\u3000分')],
    ['年度资金总额：', set(HEADER + 1, 1, '年度资金总额：')],
  ])('%s', (_, edit) => {
    expect(figures({ edit })).toEqual(BASE);
  });

  test('全年预算数 and 全年执行数 columns swapped', () => {
    const swap = (b: BuiltForm) => { for (let r = HEADER; r <= HEADER + 4; r++) [b.rows[r][3], b.rows[r][4]] = [b.rows[r][4], b.rows[r][3]]; };
    expect(figures({ edit: swap })).toEqual(BASE);
  });

  test('all variants at once', () => {
    const edits = [set(HEADER, 2, '年初\n预算数'), set(HEADER, 3, '调整后预算数'), set(HEADER, 4, '预算执行数'), set(HEADER, 5, '权重'),
      set(HEADER, 6, '执行率（%）'), set(HEADER + 2, 1, '本年财政拨款'), set(TABLE, 5, '权重'), set(TABLE, 7, '未完成原因分析')];
    expect(figures({ edit: (b) => edits.forEach((e) => e(b)) })).toEqual(BASE);
  });

  test('amounts in 元: the caption 项目资金（元） sets amountUnit 元', () => {
    // the built form's figures are 万元-sized: under 元 they are UNIT_SUSPECT (the other way), nothing else changes
    const under = figures({ edit: set(HEADER, 0, '项目资金（元）') });
    expect({ ...under, findings: under.findings.filter((f: string) => !f.startsWith('UNIT_SUSPECT@')) }).toEqual({ ...BASE, amountUnit: '元' });
    expect(under.findings).toContain('UNIT_SUSPECT@D6');
  });
});

describe('locate: where the form is', () => {
  test('form at A1: range, project, every output cell', () => {
    const r = run(correctSpec());
    const f = r.fe.form;
    expect(f.range).toBe('A1:I22');
    expect([f.project, f.projectCell, f.department, f.unit]).toEqual(['其他专项工作经费(安亭城运日常运行费用)', 'C3', '测试主管部门', '测试实施单位']);
    expect(f.funds.map((x) => [x.kind, x.labelCell, x.initial?.cell, x.annual?.cell, x.executed?.cell, x.weight?.cell, x.rate?.cell, x.score?.cell])).toEqual([
      ['total', 'B6', 'C6', 'D6', 'E6', 'F6', 'G6', 'H6'],
      ['current', 'B7', 'C7', 'D7', 'E7', 'F7', 'G7', 'H7'],
      ['carry', 'B8', 'C8', 'D8', 'E8', 'F8', 'G8', 'H8'],
      ['other', 'B9', 'C9', 'D9', 'E9', 'F9', 'G9', 'H9'],
    ]);
    expect(f.indicators.map((i) => [i.nameCell, i.target?.cell, i.actual?.cell, i.weight?.cell, i.score?.cell, i.deviation?.cell])).toEqual(
      [13, 14, 15, 16, 17, 18, 19, 20].map((n) => [`C${n}`, `D${n}`, `E${n}`, `F${n}`, `G${n}`, `H${n}`]),
    );
    expect([f.totalWeight?.cell, f.totalScore?.cell, f.grade?.cell]).toEqual(['F21', 'G21', 'C22']);
    expect(f.missingColumns).toEqual([]);
  });

  test('form at D7: same figures, shifted cells', () => {
    const r = run(correctSpec(), { at: 'D7' });
    expect(r.fe.form.range).toBe('D7:L28');
    expect(r.fe.form.projectCell).toBe('F9');
    expect(r.fe.funds.map((x) => x.row.rate?.cell)).toEqual(['J12', 'J13', 'J14', 'J15']);
    expect(r.fe.indicators.map((i) => i.row.score?.cell)).toEqual(['J19', 'J20', 'J21', 'J22', 'J23', 'J24', 'J25', 'J26']);
    expect([r.fe.form.totalScore?.cell, r.fe.form.grade?.cell]).toEqual(['J27', 'F28']);
    expect(figures({ at: 'D7' })).toEqual(BASE);
  });

  test('a grid whose used range starts at D7 (origin D7, as the adapters produce it)', () => {
    const full = gridOf('S', [{ form: buildForm(correctSpec()), at: 'D7' }]);
    const trimmed: Grid = { ...full, origin: 'D7', values: full.values.slice(6).map((row) => row.slice(3)) };
    const { forms, findings } = locateForms(trimmed);
    expect(findings).toEqual([]);
    expect(forms.map((f) => [f.range, f.funds[0].rate?.cell, f.totalScore?.cell, f.grade?.cell])).toEqual([['D7:L28', 'J12', 'J27', 'F28']]);
  });

  test.each<[string, string[]]>([
    ['two forms, gap between', ['A1', 'A30']],
    ['two forms, adjacent', ['A1', 'A23']],
    ['three forms', ['A1', 'A25', 'A50']],
    ['three forms at other columns', ['B2', 'C30', 'B60']],
  ])('%s', (_, ats) => {
    const built = ats.map((at, i) => ({ form: buildForm({ ...correctSpec(), project: `项目${i + 1}` }), at }));
    const { forms, findings } = locateForms(gridOf('S', built));
    expect(findings).toEqual([]);
    expect(forms.map((f) => [f.project, f.range, f.indicators.length, f.totalScore?.cell])).toEqual(
      built.map(({ form, at }, i) => {
        const c = cellsOf(form, at);
        const end = cellsOf(form, at).grade.replace(/^[A-Z]+/, '');
        const right = String.fromCharCode(at.charCodeAt(0) + 8);
        return [`项目${i + 1}`, `${at}:${right}${end}`, 8, c.totalScore];
      }),
    );
  });
});

test('three stacked forms are evaluated separately: a defect in the second is reported in its own cells', () => {
  const ok = buildForm(correctSpec());
  const bad = buildForm({ ...correctSpec(), project: '乙', totalScore: 99.9 });
  const grid = gridOf('S', [{ form: ok, at: 'A1' }, { form: bad, at: 'A25' }, { form: ok, at: 'A50' }]);
  const ev = evaluateWorkbook([grid], defaultOptions());
  expect(ev.forms.map((f) => [f.form.project, format2OrNull(f.totalScore)])).toEqual([
    ['其他专项工作经费(安亭城运日常运行费用)', '99.95'], ['乙', '99.95'], ['其他专项工作经费(安亭城运日常运行费用)', '99.95'],
  ]);
  expect(ev.findings.map((f) => `${f.code}@${f.cell}`)).toEqual([`STALE_VALUE@${cellsOf(bad, 'A25').totalScore}`]);
  expect(cellsOf(bad, 'A25').totalScore).toBe('G45');
  expect(ev.plan.entries.map((e) => `${e.cell}=${e.after.text}`)).toEqual(['G45=99.95']);
});

describe('locate: sheets that are not (whole) forms', () => {
  const SUMMARY: Grid = {
    sheet: '项目支出汇总表', origin: 'A1', merges: ['A1:I1', 'E2:G2', 'H2:I2'],
    values: [
      ['项目支出汇总表', null, null, null, null, null, null, null, null],
      ['序号', '单位', '项目名称', '财政提供预算金额', '年初预算数', null, null, '调整后预算数', null],
      [null, null, null, null, '其中：当年财政拨款', '上年结转资金', '其他资金', '其中：当年财政拨款', '上年结转资金'],
      [1, '某单位', '其他专项工作经费(安亭城运日常运行费用)', 758.02, 752.94, 0, 0, 762.25, 0],
    ],
  };
  test.each<[string, Grid]>([
    ['empty sheet', { sheet: 'E', origin: 'A1', values: [], merges: [] }],
    ['notes', { sheet: 'N', origin: 'B2', values: [['说明'], ['本表金额单位为万元'], [null, 12.5]], merges: [] }],
    ['summary 项目支出汇总表', SUMMARY],
    ['summary with 执行数 and 执行率 columns', {
      sheet: '汇总', origin: 'A1', merges: [],
      values: [['项目支出汇总表'], ['序号', '项目名称', '年初预算数', '调整后预算数', '全年执行数', '执行率(%)'], [1, '项目甲', 752.94, 762.25, 758.02, 99.45], [2, '项目乙', 300, 75, 59.09, 78.79]],
    }],
  ])('%s: no form, no finding', (_, grid) => {
    expect(locateForms(grid)).toEqual({ forms: [], findings: [] });
  });

  test.each<[string, (b: BuiltForm) => void, string, Record<string, string>]>([
    ['indicator table without budget block', blankRows(HEADER, HEADER + 4), 'A12', { missing: 'budget', found: 'indicators', foundRange: 'A12:I12' }],
    ['budget block without indicator table', blankRows(TABLE, 40), 'C5', { missing: 'indicators', found: 'budget', foundRange: 'C5:H5' }],
    ['title only', blankRows(1, 40), 'A1', { missing: 'budget,indicators' }],
    // half understood (issue 13): the table's header is there but lacks 得分 — named, with its cell, and not scored
    ['indicator header without 得分', (b) => (b.rows[TABLE][6] = '备注'), 'C5', { missing: 'indicators', found: 'budget', foundRange: 'C5:H5', near: 'indicator.score', nearCell: 'A12' }],
    ['budget header without 执行数', (b) => (b.rows[HEADER][4] = '说明'), 'A12', { missing: 'budget', found: 'indicators', foundRange: 'A12:I12', near: 'executed', nearCell: 'C5' }],
  ])('%s → FORM_INCOMPLETE', (_, edit, cell, params) => {
    const b = buildForm(correctSpec());
    edit(b);
    expect(locateForms(gridOf('S', [{ form: b }]))).toEqual({
      forms: [], findings: [{ code: 'FORM_INCOMPLETE', severity: 'warning', sheet: 'S', cell, params }],
    });
  });
});

describe('locate: 一级/二级 carried down', () => {
  const expected = INDICATORS.map(([l1, l2, n]) => [l1, l2, n]);
  test.each<[string, (g: Grid) => void]>([
    ['merged, value in the top-left only (Office.js)', () => undefined],
    ['no merges, blanks below a label', (g) => { g.merges = []; }],
  ])('%s', (_, change) => {
    const r = run(correctSpec(), { grid: change });
    expect(r.fe.indicators.map((i) => [i.row.level1, i.row.level2, i.row.name])).toEqual(expected);
    expect(r.findings).toEqual([]);
  });
});
