/**
 * 「绩效自评结果」: the results of every form of a workbook as a sheet the add-in owns (one row per
 * form with a link to it, a totals row with the unit's overall 执行率, grade counts, a native chart
 * of 总分 and 执行率 per project). The sheet is always in Chinese: it belongs to the workbook, not
 * to the reader's interface language. Its columns are the 'sheet' view of ./columns.
 */
import type { WorkbookEvaluation } from '../evaluation';
import type { SheetSpec } from '../sheetSpec';
import { columnsFor, ResultColumn, ResultColumnKey } from './columns';
import { tableColumns, tableRow, totalsRow } from './columnTable';
import { GRADES, resultRow, ResultRow, resultTotals, ResultTotals } from './resultRows';
import { SHEET_TEXT } from './sheetText';
import { tableSheet } from './tableSheet';

export const RESULTS_SHEET = SHEET_TEXT.resultsSheet;

/** What a form row shows when the form names no project. */
export const NO_PROJECT = SHEET_TEXT.noProject;

export interface ResultsModel {
  rows: ResultRow[];
  totals: ResultTotals;
}

/** The forms of an evaluated workbook, in sheet order, and their totals. */
export function resultsOf(evaluation: WorkbookEvaluation, ignoreSheets: readonly string[] = [RESULTS_SHEET]): ResultsModel {
  const rows = evaluation.forms.filter((f) => !ignoreSheets.includes(f.form.sheet)).map(resultRow);
  return { rows, totals: resultTotals(rows) };
}

/** The chart: 总分 and 执行率 per project, where the sheet's columns have them. */
function chartOf(columns: readonly ResultColumn[]) {
  const at = (key: ResultColumnKey) => columns.findIndex((c) => c.key === key);
  const series = (['totalScore', 'rate'] as const).filter((k) => at(k) >= 0).map((k) => ({ column: at(k), name: columns[at(k)].header['zh-CN'] }));
  if (at('project') < 0 || series.length === 0) return undefined;
  return { title: SHEET_TEXT.chartTitle, categoryColumn: at('project'), series, fromColumn: 1 };
}

export function resultsSheetSpec(model: ResultsModel, columns: readonly ResultColumn[] = columnsFor('sheet')): SheetSpec {
  const t = model.totals;
  return tableSheet({
    name: RESULTS_SHEET,
    title: SHEET_TEXT.resultsTitle(t.forms),
    columns: tableColumns(columns),
    rows: model.rows.map((r, i) => tableRow(columns, r, i, true)),
    totals: totalsRow(columns, t),
    extra: { header: [SHEET_TEXT.gradeHeader, ...GRADES, SHEET_TEXT.ungraded], rows: [[SHEET_TEXT.formCount, ...GRADES.map((g) => t.grades[g]), t.ungraded]] },
    chart: chartOf(columns),
  });
}
