/**
 * 「绩效自评结果」: the results of every form of a workbook as a sheet the add-in owns (one row per
 * form with a link to it, a totals row with the unit's overall 执行率, grade counts, a native chart
 * of 总分 and 执行率 per project). The sheet is always in Chinese: it belongs to the workbook, not
 * to the reader's interface language. Its columns are the 'sheet' view of ./columns.
 */
import type { WorkbookEvaluation } from '../evaluation';
import type { SheetSpec } from '../sheetSpec';
import { chartLabels } from './chartLabels';
import { columnsFor, ResultColumn, ResultColumnKey } from './columns';
import { tableColumns, tableRow, totalsRow } from './columnTable';
import { GRADES, hasReview, resultRow, ResultRow, resultTotals, ResultTotals, withReview } from './resultRows';
import { SHEET_TEXT } from './sheetText';
import { tableSheet } from './tableSheet';

export const RESULTS_SHEET = SHEET_TEXT.resultsSheet;

/** What a form row shows when the form names no project. */
export const NO_PROJECT = SHEET_TEXT.noProject;

/** A form's line with its label in the results chart (distinct from every other form's). */
export interface ChartedRow extends ResultRow {
  chartLabel: string;
}

export interface ResultsModel {
  rows: ChartedRow[];
  totals: ResultTotals;
}

/** The forms of an evaluated workbook, in sheet order, and their totals (with their review, where the workbook has a 「复核记录」). */
export function resultsOf(evaluation: WorkbookEvaluation, ignoreSheets: readonly string[] = [RESULTS_SHEET]): ResultsModel {
  const lines = evaluation.forms.filter((f) => !ignoreSheets.includes(f.form.sheet)).map((f) => withReview(resultRow(f), evaluation.review));
  const labels = chartLabels(lines);
  const rows = lines.map((r, i) => ({ ...r, chartLabel: labels[i] }));
  return { rows, totals: resultTotals(rows) };
}

/** The chart: 总分 and 执行率 per project (labelled by the 图表标签 column), where the sheet's columns have them. */
function chartOf(columns: readonly ResultColumn[]) {
  const at = (key: ResultColumnKey) => columns.findIndex((c) => c.key === key);
  const series = (['totalScore', 'rate'] as const).filter((k) => at(k) >= 0).map((k) => ({ column: at(k), name: columns[at(k)].header['zh-CN'] }));
  if (at('chartLabel') < 0 || series.length === 0) return undefined;
  return { title: SHEET_TEXT.chartTitle, categoryColumn: at('chartLabel'), series, fromColumn: 1 };
}

/** The review's columns only when a form was reviewed: without a 「复核记录」 the sheet is as it always was. */
export function resultsSheetSpec(model: ResultsModel, columns: readonly ResultColumn[] = columnsFor('sheet', { review: hasReview(model.rows) })): SheetSpec {
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
