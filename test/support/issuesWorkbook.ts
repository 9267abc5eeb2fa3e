/**
 * A workbook of three forms whose findings cover every severity, for the tests of 「问题清单」
 * (core, xlsx, the Excel adapter, the demo, the CLI): 甲表 has an error (a score over its weight),
 * 乙表 a warning (a stale 总分) and a note (a 执行率 0.01 off), 丙表 is protected (a sheet-level
 * note) with a stale 总分. In the sheet's order: error, warning, warning, note, note.
 */
import type { Grid } from '../../src/core/grid';
import { correctSpec, withIndicator } from '../core/helpers';
import { buildForm, FormSpec, gridOf } from './buildForm';

export const ISSUE_SHEETS: { name: string; spec: FormSpec; protected?: boolean }[] = [
  { name: '甲表', spec: { ...withIndicator(correctSpec(), 7, { score: 12 }), project: '甲项目' } },
  { name: '乙表', spec: { ...correctSpec(), project: '乙项目', totalScore: 90, rates: { total: 99.44, current: 99.45, carry: 0, other: 0 } } },
  { name: '丙表', spec: { ...correctSpec(), project: '丙项目', totalScore: 90 }, protected: true },
];

/** [sheet, project, cell, severity, code] of each row of 「问题清单」, in order. */
export const ISSUE_ROWS: [string, string | null, string | null, string, string][] = [
  ['甲表', '甲项目', 'G20', 'error', 'SCORE_OVER_WEIGHT'],
  ['乙表', '乙项目', 'G21', 'warning', 'STALE_VALUE'],
  ['丙表', '丙项目', 'G21', 'warning', 'STALE_VALUE'],
  ['乙表', '乙项目', 'G6', 'info', 'ROUNDING_DIFF'],
  ['丙表', null, null, 'info', 'SHEET_PROTECTED'],
];

export function issuesGrids(): Grid[] {
  return ISSUE_SHEETS.map((s) => gridOf(s.name, [{ form: buildForm(s.spec) }], s.protected ? { protected: true } : {}));
}
