import * as path from 'path';
import ExcelJS from 'exceljs';
import { batchModel, batchSheets, evaluateWorkbook, FINDINGS_SHEET, format2OrNull, GRADES_SHEET, RESULTS_SHEET, SpecCell, WorkbookEvaluation } from '../../../src/core';
import { workbookToGrids } from '../../support/exceljsGrids';

let ev: WorkbookEvaluation;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(__dirname, '../../fixtures/anting-2024.xlsx'));
  ev = evaluateWorkbook(workbookToGrids(wb));
});

const at = (cells: SpecCell[], a1: string) => cells.find((c) => c.cell === a1)?.value;

test('two readable files and an unreadable one: every form with its file and unit, the findings, the grades', () => {
  const model = batchModel([
    { file: 'a/anting.xlsx', evaluation: ev },
    { file: 'b/broken.xlsx', error: 'not a zip package' },
    { file: 'c/anting-copy.xlsx', evaluation: ev },
  ]);
  expect(model.rows).toHaveLength(14);
  expect(model.unreadable).toEqual(['b/broken.xlsx']);
  expect(format2OrNull(model.totals.annual)).toBe('12728.44');
  expect(format2OrNull(model.totals.rate)).toBe('98.78');
  const [results, findings, grades] = batchSheets(model);
  expect([results.name, findings.name, grades.name]).toEqual([RESULTS_SHEET, FINDINGS_SHEET, GRADES_SHEET]);
  expect(at(results.cells, 'B4')?.text).toBe('a/anting.xlsx');
  expect(at(results.cells, 'C4')?.text).toBe('上海市嘉定区安亭镇城市运行管理中心');
  expect(at(results.cells, 'D4')?.text).toBe('其他专项工作经费(安亭城运日常运行费用)');
  expect(at(results.cells, 'H4')?.text).toBe('99.45');
  expect(at(results.cells, 'B11')?.text).toBe('c/anting-copy.xlsx');
  expect(at(results.cells, 'A18')?.text).toBe('合计');
  expect(at(results.cells, 'H18')?.text).toBe('98.78');
  // the unreadable file is a finding; the fixture's own findings are listed per file
  const codes = findings.cells.filter((c) => c.cell.startsWith('E') && c.style !== 'header').map((c) => c.value.text);
  expect(codes).toContain('FILE_UNREADABLE');
  expect(codes.filter((c) => c === 'FILE_UNREADABLE')).toHaveLength(1);
  expect(codes.length).toBe(1 + 2 * ev.findings.length);
  // grades: one unit, 14 forms, all 优; the totals row counts are integers
  expect(at(grades.cells, 'A4')?.text).toBe('上海市嘉定区安亭镇城市运行管理中心');
  expect(at(grades.cells, 'B4')).toEqual({ type: 'number', text: '14' });
  expect(at(grades.cells, 'C4')).toEqual({ type: 'number', text: '14' });
  expect(grades.cells.find((c) => c.cell === 'B5')?.style).toBe('count');
  expect(at(grades.cells, 'H5')?.text).toBe('98.78');
  expect(results.chart).toBeNull();
});
