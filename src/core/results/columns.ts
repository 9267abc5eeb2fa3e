/**
 * The results columns, each declared once: its key, its zh-CN/en-US header, how it is shown (the
 * sheets' number format, the CLI's alignment), its width, how a row (and a totals row) gets its
 * value, and the views that show it. 「绩效自评结果」, `jixiao summary`'s sheet and JSON, the CLI's
 * forms table and the pane's results table all map over `columnsFor(view)`, in declaration order:
 * adding a column is one entry here.
 */
import { Decimal, format2 } from '../decimal';
import type { Lang } from '../messages';
import { GRADES, ResultRow, ResultTotals } from './resultRows';
import { SHEET_TEXT } from './sheetText';

/**
 * sheet: the unit's 「绩效自评结果」; batch: `jixiao summary`'s 「绩效自评结果」; json: the rows of
 * `jixiao summary --json`; cli: `jixiao check`'s table of forms; pane: the task pane's results table.
 */
export type ResultView = 'sheet' | 'batch' | 'json' | 'cli' | 'pane';

export type ColumnValue = Decimal | string | number | null;

/** A row of a results table: a form's results; in `jixiao summary`, with its file. */
export interface ResultLine extends ResultRow {
  file?: string;
  /** The form's label in the results chart (./chartLabels), distinct from every other form's. */
  chartLabel?: string;
}

export interface ResultColumn {
  key: string;
  header: Readonly<Record<Lang, string>>;
  /** figure: two decimals (`0.00`), right-aligned; count: an integer (`0`), right-aligned; text: as is. */
  format: 'text' | 'figure' | 'count';
  /** Width in characters of the sheets' column; the CLI clips longer text to it. */
  width: number;
  /** The value of the row (`index`: its 0-based position in the table). */
  value: (row: ResultLine, index: number) => ColumnValue;
  /** The value in JSON, where it differs from what the tables show (a code instead of its words). */
  json?: (row: ResultLine, index: number) => ColumnValue;
  /** Its cell in a totals row; columns without one leave the cell blank. */
  total?: (totals: ResultTotals) => ColumnValue;
  /** On the unit's own 「绩效自评结果」 the cell links to the form (the form is in that workbook). */
  linksToForm?: true;
  /** What a sheet shows for a missing value (the sheets are in Chinese whatever the UI language). */
  missing?: string;
  /** Sort order of a text column whose words do not sort alphabetically (lower first). */
  rank?: (row: ResultLine) => number;
  views: readonly ResultView[];
  /** 复核 (issue 14): shown only where a table has a reviewed form, so a table without one is as before. */
  review?: true;
}

const EVERY: readonly ResultView[] = ['sheet', 'batch', 'json', 'cli', 'pane'];
const SHEETS_AND_JSON: readonly ResultView[] = ['sheet', 'batch', 'json'];
const gradeRank = (grade: string | null) => {
  const i = (GRADES as readonly (string | null)[]).indexOf(grade);
  return i < 0 ? GRADES.length : i;
};
const GRADE_RANK = (row: ResultLine) => gradeRank(row.grade);
const REVIEWED: readonly ResultView[] = ['sheet', 'batch', 'json', 'cli'];

export const RESULT_COLUMNS = [
  { key: 'index', header: { 'zh-CN': '序号', 'en-US': 'No.' }, format: 'count', width: 6, value: (_r, i) => i + 1, views: ['sheet', 'batch'] },
  { key: 'file', header: { 'zh-CN': '文件', 'en-US': 'File' }, format: 'text', width: 28, value: (r) => r.file ?? null, views: ['batch', 'json'] },
  { key: 'unit', header: { 'zh-CN': '单位', 'en-US': 'Unit' }, format: 'text', width: 30, value: (r) => r.unit, views: ['batch', 'json'] },
  { key: 'project', header: { 'zh-CN': '项目名称', 'en-US': 'Project' }, format: 'text', width: 44, value: (r) => r.project, missing: SHEET_TEXT.noProject, views: EVERY },
  { key: 'sheet', header: { 'zh-CN': '工作表', 'en-US': 'Sheet' }, format: 'text', width: 26, value: (r) => r.sheet, linksToForm: true, views: ['sheet', 'batch', 'json', 'cli'] },
  { key: 'annual', header: { 'zh-CN': '全年预算数', 'en-US': 'Budget' }, format: 'figure', width: 13, value: (r) => r.annual, total: (t) => t.annual, views: SHEETS_AND_JSON },
  { key: 'executed', header: { 'zh-CN': '全年执行数', 'en-US': 'Executed' }, format: 'figure', width: 13, value: (r) => r.executed, total: (t) => t.executed, views: SHEETS_AND_JSON },
  { key: 'rate', header: { 'zh-CN': '执行率(%)', 'en-US': 'Rate (%)' }, format: 'figure', width: 11, value: (r) => r.rate, total: (t) => t.rate, views: EVERY },
  { key: 'budgetScore', header: { 'zh-CN': '执行得分', 'en-US': 'Budget score' }, format: 'figure', width: 10, value: (r) => r.budgetScore, views: ['sheet', 'batch', 'json', 'cli'] },
  { key: 'indicatorScore', header: { 'zh-CN': '指标得分', 'en-US': 'Indicators' }, format: 'figure', width: 10, value: (r) => r.indicatorScore, views: SHEETS_AND_JSON },
  { key: 'totalScore', header: { 'zh-CN': '总分', 'en-US': 'Total' }, format: 'figure', width: 10, value: (r) => r.totalScore, views: EVERY },
  { key: 'grade', header: { 'zh-CN': '评分等级', 'en-US': 'Grade' }, format: 'text', width: 10, value: (r) => r.grade, rank: GRADE_RANK, views: EVERY },
  { key: 'errors', header: { 'zh-CN': '错误', 'en-US': 'Errors' }, format: 'count', width: 7, value: (r) => r.errors, total: (t) => t.errors, views: [...SHEETS_AND_JSON, 'pane'] },
  { key: 'warnings', header: { 'zh-CN': '警告', 'en-US': 'Warnings' }, format: 'count', width: 7, value: (r) => r.warnings, total: (t) => t.warnings, views: [...SHEETS_AND_JSON, 'pane'] },
  // the native chart's categories: a column of the sheet, last so the table reads as before
  { key: 'chartLabel', header: { 'zh-CN': '图表标签', 'en-US': 'Chart label' }, format: 'text', width: 24, value: (r) => r.chartLabel ?? null, views: ['sheet'] },
  // 项目支出 / 部门整体支出 (JSON: project / department); added last, so every other column keeps its place
  { key: 'kind', header: { 'zh-CN': '类型', 'en-US': 'Type' }, format: 'text', width: 14, value: (r) => SHEET_TEXT.formKind[r.kind], json: (r) => r.kind, views: SHEETS_AND_JSON },
  // 复核 (issue 14), after 类型 so that every other column keeps its letter; blank for a form not reviewed
  { key: 'reviewTotal', header: { 'zh-CN': '复核总分', 'en-US': 'Review total' }, format: 'figure', width: 10, value: (r) => r.review?.total ?? null, views: REVIEWED, review: true },
  { key: 'reviewGrade', header: { 'zh-CN': '复核等级', 'en-US': 'Review grade' }, format: 'text', width: 10, value: (r) => r.review?.grade ?? null, rank: (r) => gradeRank(r.review?.grade ?? null), views: REVIEWED, review: true },
  { key: 'reviewDifference', header: { 'zh-CN': '差异', 'en-US': 'Difference' }, format: 'figure', width: 9, value: (r) => r.review?.difference ?? null, views: REVIEWED, review: true },
] as const satisfies readonly ResultColumn[];

export type ResultColumnKey = (typeof RESULT_COLUMNS)[number]['key'];

/** The columns a view shows, in declaration order; the review's only with `review` (some form was reviewed). */
export function columnsFor(view: ResultView, options: { review?: boolean } = {}): ResultColumn[] {
  return (RESULT_COLUMNS as readonly ResultColumn[]).filter((c) => c.views.includes(view) && (!c.review || options.review === true));
}

export function resultColumn(key: ResultColumnKey): ResultColumn {
  return (RESULT_COLUMNS as readonly ResultColumn[]).find((c) => c.key === key) as ResultColumn;
}

/** A value as JSON and text show it: figures as exact two-decimal strings. */
export function plainValue(v: ColumnValue): string | number | null {
  return v instanceof Decimal ? format2(v) : v;
}

/** A row as JSON: one key per column (its `json` value where it has one). */
export function plainRow(columns: readonly ResultColumn[], row: ResultLine, index: number): Record<string, string | number | null> {
  return Object.fromEntries(columns.map((c) => [c.key, plainValue((c.json ?? c.value)(row, index))]));
}

/** Rows sorted by a column: figures and counts by value (missing ones last), text by its rank or alphabetically. */
export function sortByColumn<R extends ResultLine>(rows: readonly R[], column: ResultColumn, descending = false): R[] {
  const sign = descending ? -1 : 1;
  const at = new Map(rows.map((r, i) => [r, i]));
  const value = (r: R) => column.value(r, at.get(r) ?? 0);
  if (column.format !== 'text') {
    const figure = (r: R): Decimal | null => {
      const v = value(r);
      return v instanceof Decimal ? v : typeof v === 'number' ? new Decimal(v) : null;
    };
    return [...rows].sort((a, b) => {
      const fa = figure(a);
      const fb = figure(b);
      if (!fa) return fb ? 1 : 0;
      if (!fb) return -1;
      return sign * fa.cmp(fb);
    });
  }
  const rank = column.rank;
  if (rank) return [...rows].sort((a, b) => sign * (rank(a) - rank(b)));
  return [...rows].sort((a, b) => sign * String(value(a) ?? '').localeCompare(String(value(b) ?? ''), 'zh-CN'));
}

export type ResultSortKey = ResultColumnKey;

export function sortResults<R extends ResultLine>(rows: readonly R[], key: ResultSortKey, descending = false): R[] {
  return sortByColumn(rows, resultColumn(key), descending);
}
