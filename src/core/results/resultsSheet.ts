/**
 * 「绩效自评结果」: the results of every form of a workbook as a sheet the add-in owns (one row per
 * form with a link to it, a totals row with the unit's overall 执行率, grade counts, a native chart
 * of 总分 and 执行率 per project). The sheet is always in Chinese: it belongs to the workbook, not
 * to the reader's interface language.
 */
import type { WorkbookEvaluation } from '../evaluate';
import type { SheetSpec } from '../sheetSpec';
import { GRADES, resultRow, ResultRow, resultTotals, ResultTotals } from './resultRows';
import { TableColumn, tableSheet, TableValue } from './tableSheet';

export const RESULTS_SHEET = '绩效自评结果';

/** The figures of a form row, as the unit's sheet and `jixiao summary`'s sheet both show them. */
export const FIGURE_COLUMNS: TableColumn[] = [
  { header: '全年预算数', width: 13, kind: 'figure' },
  { header: '全年执行数', width: 13, kind: 'figure' },
  { header: '执行率(%)', width: 11, kind: 'figure' },
  { header: '执行得分', width: 10, kind: 'figure' },
  { header: '指标得分', width: 10, kind: 'figure' },
  { header: '总分', width: 10, kind: 'figure' },
  { header: '评分等级', width: 10, kind: 'text' },
  { header: '错误', width: 7, kind: 'count' },
  { header: '警告', width: 7, kind: 'count' },
];

const COLUMNS: TableColumn[] = [
  { header: '序号', width: 6, kind: 'count' },
  { header: '项目名称', width: 44, kind: 'text' },
  { header: '工作表', width: 26, kind: 'text' },
  ...FIGURE_COLUMNS,
];
const RATE_COL = 5;
const TOTAL_COL = 8;
const PROJECT_COL = 1;

/** What a form row shows when the form names no project. */
export const NO_PROJECT = '（未填项目名称）';

export interface ResultsModel {
  rows: ResultRow[];
  totals: ResultTotals;
}

/** The forms of an evaluated workbook, in sheet order, and their totals. */
export function resultsOf(evaluation: WorkbookEvaluation, ignoreSheets: readonly string[] = [RESULTS_SHEET]): ResultsModel {
  const rows = evaluation.forms.filter((f) => !ignoreSheets.includes(f.form.sheet)).map(resultRow);
  return { rows, totals: resultTotals(rows) };
}

function formLine(r: ResultRow, i: number): TableValue[] {
  const where = r.range.startsWith('A1:') ? r.sheet : `${r.sheet}!${r.range}`;
  return [i + 1, r.project ?? NO_PROJECT, { text: where, link: { sheet: r.sheet, cell: r.anchor } }, r.annual, r.executed, r.rate, r.budgetScore, r.indicatorScore, r.totalScore, r.grade, r.errors, r.warnings];
}

export function resultsSheetSpec(model: ResultsModel): SheetSpec {
  const t = model.totals;
  return tableSheet({
    name: RESULTS_SHEET,
    title: `绩效自评结果（共 ${t.forms} 个项目）`,
    columns: COLUMNS,
    rows: model.rows.map(formLine),
    totals: ['合计', null, null, t.annual, t.executed, t.rate, null, null, null, null, t.errors, t.warnings],
    extra: { header: ['评分等级', ...GRADES, '未评级'], rows: [['项目数', ...GRADES.map((g) => t.grades[g]), t.ungraded]] },
    chart: {
      title: '各项目总分与执行率',
      categoryColumn: PROJECT_COL,
      series: [
        { column: TOTAL_COL, name: '总分' },
        { column: RATE_COL, name: '执行率(%)' },
      ],
      fromColumn: 1,
    },
  });
}
