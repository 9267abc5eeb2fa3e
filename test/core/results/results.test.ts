import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  evaluateWorkbook, format2OrNull, Grid, HEADER_ROW, RESULTS_SHEET, resultsOf, resultTotals, resultsSheetSpec, SHEET_SIGNATURE, sheetOwnership, sortResults, SpecCell, WorkbookEvaluation,
} from '../../../src/core';
import { workbookToGrids } from '../../support/exceljsGrids';

let grids: Grid[];
let ev: WorkbookEvaluation;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(__dirname, '../../fixtures/anting-2024.xlsx'));
  grids = workbookToGrids(wb);
  ev = evaluateWorkbook(grids);
});

const at = (cells: SpecCell[], a1: string) => cells.find((c) => c.cell === a1);

describe('results of the fixture\'s 7 forms', () => {
  test('one row per form with the recomputed figures', () => {
    const { rows } = resultsOf(ev);
    expect(rows).toHaveLength(7);
    const first = rows[0];
    expect(first).toMatchObject({ sheet: '安亭城运日常运行费用', range: 'A1:I22', anchor: 'A1', project: '其他专项工作经费(安亭城运日常运行费用)', grade: '优', errors: 0, warnings: 0 });
    expect([first.annual, first.executed, first.rate, first.budgetScore, first.indicatorScore, first.totalScore].map(format2OrNull)).toEqual(['762.25', '758.02', '99.45', '9.95', '90.00', '99.95']);
  });

  test('totals: amounts summed, the overall 执行率 recomputed from the sums (not averaged), grade counts', () => {
    const { totals } = resultsOf(ev);
    expect(format2OrNull(totals.annual)).toBe('6364.22');
    expect(format2OrNull(totals.executed)).toBe('6286.51');
    expect(format2OrNull(totals.rate)).toBe('98.78'); // the average of the 7 rates would be 96.72
    expect(totals.grades).toEqual({ 优: 7, 良: 0, 中: 0, 差: 0 });
    expect(totals).toMatchObject({ forms: 7, incomplete: 0, ungraded: 0 });
  });

  test('the sheet: title, signature, header, one linked row per form, totals, grade counts, chart', () => {
    const spec = resultsSheetSpec(resultsOf(ev));
    expect(spec.name).toBe(RESULTS_SHEET);
    expect(at(spec.cells, 'A2')?.value.text).toBe(SHEET_SIGNATURE);
    expect(at(spec.cells, `B${HEADER_ROW}`)?.value.text).toBe('项目名称');
    expect(at(spec.cells, 'B4')?.value).toEqual({ type: 'text', text: '其他专项工作经费(安亭城运日常运行费用)' });
    expect(at(spec.cells, 'C4')).toMatchObject({ value: { type: 'text', text: '安亭城运日常运行费用' }, link: { sheet: '安亭城运日常运行费用', cell: 'A1' } });
    expect(at(spec.cells, 'F4')).toMatchObject({ value: { type: 'number', text: '99.45' }, style: 'body' });
    expect(at(spec.cells, 'K4')).toMatchObject({ value: { type: 'number', text: '0' }, style: 'count' });
    expect(at(spec.cells, 'A11')).toMatchObject({ value: { text: '合计' }, style: 'total' });
    expect(at(spec.cells, 'F11')?.value.text).toBe('98.78');
    expect(at(spec.cells, 'A13')?.value.text).toBe('评分等级');
    expect(at(spec.cells, 'B14')?.value).toEqual({ type: 'number', text: '7' });
    expect(spec.chart).toMatchObject({ direction: 'column', categories: 'M4:M10', series: [{ name: '总分', values: 'I4:I10' }, { name: '执行率(%)', values: 'F4:F10' }] });
    expect(spec.frozenRows).toBe(3);
    expect(new Set(spec.cells.map((c) => c.cell)).size).toBe(spec.cells.length);
  });

  test('a project name starting with = is text, never a formula', () => {
    const model = resultsOf(ev);
    model.rows[0] = { ...model.rows[0], project: '=SUM(A1:A9)' };
    expect(at(resultsSheetSpec(model).cells, 'B4')?.value).toEqual({ type: 'text', text: '=SUM(A1:A9)' });
  });

  test('the same workbook gives the same sheet (idempotent)', () => {
    expect(resultsSheetSpec(resultsOf(evaluateWorkbook(grids)))).toEqual(resultsSheetSpec(resultsOf(ev)));
  });

  test('a form without amounts is left out of the sums and counted as incomplete; no forms → no rate', () => {
    const { rows } = resultsOf(ev);
    const totals = resultTotals([{ ...rows[0], annual: null }, ...rows.slice(1)]);
    expect(totals.incomplete).toBe(1);
    expect(format2OrNull(totals.annual)).toBe('5601.97'); // 6364.22 − 762.25
    expect(format2OrNull(totals.executed)).toBe('5528.49'); // 6286.51 − 758.02
    expect(resultTotals([]).rate).toBeNull();
    expect(resultTotals([{ ...rows[0], grade: null }]).ungraded).toBe(1);
  });

  test('sorting: by a figure (nulls last) or by grade', () => {
    const { rows } = resultsOf(ev);
    const byRate = sortResults(rows, 'rate').map((r) => format2OrNull(r.rate));
    expect(byRate[0]).toBe('78.79');
    expect(sortResults(rows, 'rate', true)[0].rate?.toString()).toBe('100');
    const withNull = [{ ...rows[0], rate: null }, ...rows.slice(1)];
    expect(sortResults(withNull, 'rate').at(-1)?.rate).toBeNull();
    expect(sortResults(withNull, 'rate', true).at(-1)?.rate).toBeNull();
  });
});

describe('sheetOwnership', () => {
  const spec = { name: RESULTS_SHEET, signatureCell: 'A2', signature: SHEET_SIGNATURE };
  test('names compare regardless of case, as Excel compares them', () => {
    expect(sheetOwnership([{ sheet: 'Results', origin: 'A1', values: [[null], [SHEET_SIGNATURE]], merges: [] }], { ...spec, name: 'RESULTS' })).toBe('ours');
  });
  test.each([
    ['absent', [] as Grid[]],
    ['ours', [{ sheet: RESULTS_SHEET, origin: 'A1', values: [['绩效自评结果'], [SHEET_SIGNATURE]], merges: [] }]],
    ['foreign', [{ sheet: RESULTS_SHEET, origin: 'A1', values: [['我的笔记'], ['不要覆盖']], merges: [] }]],
    ['foreign', [{ sheet: RESULTS_SHEET, origin: 'A1', values: [], merges: [] }]],
  ])('%s', (expected, g) => {
    expect(sheetOwnership(g, spec)).toBe(expected);
  });
});
