/**
 * 「复核记录」, the reviewer's sheet (issue 14): its name, signature and columns, each declared
 * once. The record is read back by header text (./readRecord), so a column the reviewer moves or
 * a row inserted above the table is still found. Always Chinese: the sheet belongs to the workbook.
 */
import type { Lang } from '../messages';
import type { TableColumn } from '../results/tableSheet';

export const REVIEW_SHEET = '复核记录';
/**
 * Starts like every sheet the add-in writes (summary/summaryTable's RESULTS_SHEET_SIGNATURE), so
 * no form is looked for on it; it differs from 「绩效自评结果」's because the reviewer types here.
 */
export const REVIEW_SIGNATURE = '由「绩效自评助手」生成；请只填写「复核得分」「复核意见」两列，刷新时保留已填内容';
/** 指标 of the row that holds a form's overall 复核意见 (and its totals). */
export const OVERALL = '（总体）';
/** 指标 of the budget score's row. */
export const BUDGET_INDICATOR = '预算执行率';

export type ReviewColumnKey = 'sheet' | 'cell' | 'project' | 'indicator' | 'weight' | 'selfScore' | 'reviewScore' | 'comment';

export interface ReviewColumn extends TableColumn {
  key: ReviewColumnKey;
  /** zh-CN is the sheet's header; en-US names the column in the pane and the CLI. */
  names: Readonly<Record<Lang, string>>;
  /** The reviewer types into it; every other column is rewritten at each refresh. */
  input?: true;
}

const col = (key: ReviewColumnKey, zh: string, en: string, width: number, kind: TableColumn['kind'], input?: true): ReviewColumn =>
  ({ key, header: zh, names: { 'zh-CN': zh, 'en-US': en }, width, kind, ...(input ? { input } : {}) });

/** In the order: 工作表 | 单元格 | 项目名称 | 指标 | 分值 | 自评得分 | 复核得分 | 复核意见. */
export const REVIEW_COLUMNS: readonly ReviewColumn[] = [
  col('sheet', '工作表', 'Sheet', 24, 'text'),
  col('cell', '单元格', 'Cell', 9, 'text'),
  col('project', '项目名称', 'Project', 30, 'text'),
  col('indicator', '指标', 'Indicator', 30, 'text'),
  col('weight', '分值', 'Weight', 9, 'figure'),
  col('selfScore', '自评得分', 'Self score', 10, 'figure'),
  col('reviewScore', '复核得分', 'Review score', 10, 'figure', true),
  col('comment', '复核意见', 'Review comment', 60, 'text', true),
];

export const REVIEW_TEXT = {
  title: (forms: number, reviewed: number) => `复核记录（共 ${forms} 张自评表，已复核调整 ${reviewed} 张）`,
  noProject: '（未填项目名称）',
} as const;
