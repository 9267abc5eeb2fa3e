/**
 * The 类型 column (项目支出 / 部门整体支出) of the results and the form's kind, layout and fund
 * parents in the JSON report: a 部门整体支出 form is shown as such in every output.
 */
import {
  batchModel, batchSheets, columnsFor, evaluateWorkbook, HEADER_ROW, plainRow, resultsOf, resultsSheetSpec, SheetSpec, SpecCell,
} from '../../../src/core';
import { otherSuggestedProfile } from '../../../src/core/profile';
import { fileReport } from '../../../src/core/report';
import { markForms } from '../../support/formKinds';
import { ANTING, antingSpec, WANGGE, wanggeSpec, workbook } from '../../taskpane/forms';

const ev = markForms(evaluateWorkbook(workbook([ANTING, antingSpec()], [WANGGE, wanggeSpec()])), {
  [WANGGE]: { kind: 'department', suggestedProfile: 'sichuan', features: ['splitTarget'] },
});

/** The column of a sheet whose header is `header`, as its cells from the first form row down. */
function columnOf(spec: SheetSpec, header: string): string[] {
  const head = spec.cells.find((c: SpecCell) => c.style === 'header' && c.value.text === header && c.cell.endsWith(String(HEADER_ROW)));
  if (!head) throw new Error(`no column ${header}`);
  const col = head.cell.replace(/\d+$/, '');
  return spec.cells.filter((c) => new RegExp(`^${col}\\d+$`).test(c.cell) && Number(c.cell.slice(col.length)) > HEADER_ROW).map((c) => c.value.text);
}

test('「绩效自评结果」: 类型 shows 项目支出 or 部门整体支出 per form', () => {
  const spec = resultsSheetSpec(resultsOf(ev));
  expect(columnOf(spec, '类型').slice(0, 2)).toEqual(['项目支出', '部门整体支出']);
  expect(columnsFor('sheet').map((c) => c.key)).toContain('kind');
});

test('`jixiao summary`: the sheet shows the words, the JSON rows the code', () => {
  const batch = batchModel([{ file: 'unit.xlsx', evaluation: ev }]);
  expect(columnOf(batchSheets(batch)[0], '类型').slice(0, 2)).toEqual(['项目支出', '部门整体支出']);
  const json = columnsFor('json');
  expect(batch.rows.map((r, i) => plainRow(json, r, i).kind)).toEqual(['project', 'department']);
});

test('the check report: each form\'s kind, suggested profile and layout features; each fund row\'s parent', () => {
  const report = fileReport('unit.xlsx', ev, 'zh-CN');
  expect(report.forms.map((f) => [f.sheet, f.kind, f.suggestedProfile, f.layout])).toEqual([
    [ANTING, 'project', 'standard', []],
    [WANGGE, 'department', 'sichuan', ['splitTarget']],
  ]);
  expect(report.forms[0].funds.map((f) => [f.kind, f.parent])).toEqual([['total', null], ['current', null], ['carry', null], ['other', null]]);
});

test('a fund row that is part of another names that row as its parent', () => {
  const fe = ev.forms[0];
  const general = { ...fe.funds[1], kind: 'general' as const, label: '一般公共预算', row: { ...fe.funds[1].row, kind: 'general' as const, parent: 'current' as const } };
  const withPart = { ...ev, forms: [{ ...fe, funds: [...fe.funds.slice(0, 2), general, ...fe.funds.slice(2)] }] };
  expect(fileReport('unit.xlsx', withPart, 'zh-CN').forms[0].funds.map((f) => [f.kind, f.parent])).toEqual([
    ['total', null], ['current', null], ['general', 'current'], ['carry', null], ['other', null],
  ]);
});

test('otherSuggestedProfile: the first known suggestion that is not the profile in use', () => {
  expect(otherSuggestedProfile([null, 'sichuan', 'guangxi'], 'standard')).toBe('sichuan');
  expect(otherSuggestedProfile(['sichuan', 'guangxi'], 'sichuan')).toBe('guangxi');
  expect(otherSuggestedProfile(['sichuan'], 'sichuan')).toBeNull();
  expect(otherSuggestedProfile(['yunnan', 'constructor', null], 'standard')).toBeNull();
  expect(otherSuggestedProfile(['standard'], 'sichuan')).toBeNull(); // nothing particular: no reason to leave sichuan
  expect(otherSuggestedProfile([], 'standard')).toBeNull();
});
