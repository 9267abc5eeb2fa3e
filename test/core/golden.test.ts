import * as path from 'path';
import ExcelJS from 'exceljs';
import { workbookToGrids } from '../support/exceljsGrids';
import { evaluateWorkbook, defaultOptions, WorkbookEvaluation } from '../../src/core/evaluate';
import { format2OrNull } from '../../src/core/decimal';
import { Grid } from '../../src/core/grid';
import { locateForms } from '../../src/core/locate/locate';
import { formReport } from '../../src/core/report';

const dir = path.join(__dirname, '..', 'fixtures');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const expected = require(path.join(dir, 'anting-2024.expected.json'))['anting-2024.xlsx'] as {
  sheet: string; project: string; rate: string; budgetScore: string; totalScore: string; grade: string;
  sourceRates: Record<'current' | 'carry' | 'other', string>; expectFindings: unknown[];
}[];
// eslint-disable-next-line @typescript-eslint/no-var-requires
const data = require(path.join(dir, 'anting-2024.json')) as { projects: { name: string; indicators: unknown[][] }[] };

let grids: Grid[];
let ev: WorkbookEvaluation;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'anting-2024.xlsx'));
  grids = workbookToGrids(wb);
  ev = evaluateWorkbook(grids, defaultOptions());
});

describe('golden: anting-2024.xlsx', () => {
  test('sheets: the summary and the 7 forms', () => {
    expect(grids.map((g) => g.sheet)).toEqual(['项目支出汇总表', ...expected.map((e) => e.sheet)]);
  });

  test('项目支出汇总表 yields no form and no finding', () => {
    const s = ev.sheets.find((x) => x.sheet === '项目支出汇总表');
    expect([s?.forms.length, s?.findings]).toEqual([0, []]);
    expect(ev.findings.filter((f) => f.sheet === '项目支出汇总表')).toEqual([]);
  });

  test.each(expected.map((e) => [e.sheet, e] as const))('%s: figures as expected', (sheet, e) => {
    const forms = ev.forms.filter((f) => f.form.sheet === sheet);
    expect(forms).toHaveLength(1);
    const fe = forms[0];
    const rate = (k: string) => format2OrNull(fe.funds.find((f) => f.kind === k)?.rate);
    expect({
      project: fe.form.project, rate: rate('total'), budgetScore: format2OrNull(fe.budgetScore), totalScore: format2OrNull(fe.totalScore),
      grade: fe.grade, sourceRates: { current: rate('current'), carry: rate('carry'), other: rate('other') },
    }).toEqual({ project: e.project, rate: e.rate, budgetScore: e.budgetScore, totalScore: e.totalScore, grade: e.grade, sourceRates: e.sourceRates });
  });

  test.each(expected.map((e) => [e.sheet, e] as const))('%s: no error or warning finding', (sheet, e) => {
    const bad = ev.findings.filter((f) => f.sheet === sheet && f.severity !== 'info').map((f) => `${f.code}@${f.cell}`);
    expect(bad).toEqual(e.expectFindings);
  });

  test.each<[string, string, string, string]>([
    ['安亭城运日常运行费用', 'G6', '99.44', '99.45'],
    ['一网统管网格案件应急处置费', 'G6', '78.78', '78.79'],
  ])('%s: ROUNDING_DIFF on %s (%s → %s)', (sheet, cell, sheetValue, computed) => {
    const f = ev.findings.filter((x) => x.sheet === sheet && x.cell === cell && x.code === 'ROUNDING_DIFF');
    expect(f.map((x) => [x.severity, x.params.field, x.params.sheetValue, x.params.computed])).toEqual([['info', 'rate', sheetValue, computed]]);
    expect(ev.plan.entries.filter((x) => x.sheet === sheet && x.cell === cell).map((x) => x.after.text)).toEqual([computed]);
  });

  test('the write plan only corrects published figures within 0.01 (every entry has a ROUNDING_DIFF)', () => {
    const rounding = new Set(ev.findings.filter((f) => f.code === 'ROUNDING_DIFF').map((f) => `${f.sheet}!${f.cell}`));
    expect(ev.plan.entries.filter((e) => !rounding.has(`${e.sheet}!${e.cell}`))).toEqual([]);
    expect(ev.plan.skippedSheets).toEqual([]);
  });

  test('SPEC §6 report of the first form', () => {
    const r = formReport(ev.forms[0], 'zh-CN');
    expect(r).toMatchObject({ sheet: '安亭城运日常运行费用', project: '其他专项工作经费(安亭城运日常运行费用)', budgetWeight: '10.00', budgetScore: '9.95', totalScore: '99.95', grade: '优' });
    expect(r.funds[0]).toMatchObject({ kind: 'total', label: '年度资金总额', initial: '752.94', annual: '762.25', executed: '758.02', rate: '99.45', cells: { rate: 'G6' } });
    expect(r.funds.map((f) => f.kind)).toEqual(['total', 'current', 'carry', 'other']);
    expect(r.indicators[0]).toMatchObject({ cell: 'C13', level1: '成本指标', level2: '经济成本指标', name: '成本节约率', target: '≥0.00(%)', actual: '0.56(%)', kind: 'quantitative', weight: '15.00', score: '15.00', suggested: '15.00' });
    expect(r.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toContainEqual(['ROUNDING_DIFF', 'info', '安亭城运日常运行费用', 'G6']);
  });

  test.each(expected.map((e, i) => [e.sheet, i] as const))('%s: indicators read by the locator equal anting-2024.json', (sheet, i) => {
    const grid = grids.find((g) => g.sheet === sheet) as Grid;
    const { forms, findings } = locateForms(grid);
    expect(findings).toEqual([]);
    expect(forms).toHaveLength(1);
    const project = data.projects[i];
    expect(forms[0].project).toBe(project.name);
    const read = forms[0].indicators.map((r) => [r.level1, r.level2, r.name, r.target?.value, r.actual?.value, r.weight?.value, r.score?.value]);
    expect(read).toEqual(project.indicators.map((row) => row.slice(0, 7)));
  });
});
