/** Workbooks for the task-pane tests, built with test/support/buildForm.ts. */
import { Grid } from '../../src/core';
import { buildForm, FormSpec, gridOf } from '../support/buildForm';
import { rearrange } from '../support/rearrange';
import { correctSpec, withIndicator } from '../core/helpers';

export const ANTING = '安亭城运日常运行费用';
export const WANGGE = '一网统管网格案件';

/** The fixture's first form as published: 执行率 99.44 and 得分 9.94 (truncated), 总分 99.94. */
export function antingSpec(): FormSpec {
  return { ...correctSpec(), rates: { total: 99.44, current: 99.44, carry: 0, other: 0 }, budgetScore: 9.94, totalScore: 99.94 };
}

/** A second form: 75.00 % executed, a lost point without reason, grade 良 on the sheet. */
export function wanggeSpec(): FormSpec {
  const s = withIndicator(correctSpec(), 7, { actual: '80.00(%)', score: 8 });
  return {
    ...s,
    project: '其他专项工作经费(一网统管网格案件应急处置)',
    funds: { total: [200, 200, 150], current: [200, 200, 150], carry: [0, 0, 0], other: [0, 0, 0] },
    rates: { total: 75, current: 75, carry: 0, other: 0 },
    budgetScore: 7.5,
    totalScore: 95.5,
    grade: '良',
  };
}

export function workbook(...sheets: [string, FormSpec][]): Grid[] {
  return sheets.map(([name, spec]) => gridOf(name, [{ form: buildForm(spec) }]));
}

/** A notes sheet that holds no form (skipped quietly). */
export function notesSheet(): Grid {
  return { sheet: '说明', origin: 'A1', values: [['填表说明'], ['金额单位：万元']], merges: [] };
}

export const ODD = '混合版式';

/**
 * A sheet with an odd form at A1 — its indicator table (A5:I15) above its budget block (A17:I21),
 * 一网统管 figures — and the anting form laid out normally at A30 (budget A34:H38, table A41:I51).
 * Automatic detection finds the normal form only and reports the odd one's parts as incomplete.
 */
export function oddSheet(name = ODD): Grid {
  const odd = rearrange(buildForm(wanggeSpec()), { head: 'A1', table: 'A5', budget: 'A17', goal: 'A22' });
  return gridOf(name, [{ form: odd }, { form: buildForm(antingSpec()), at: 'A30' }]);
}

export const ODD_BUDGET = 'A17:I21';
export const ODD_TABLE = 'A5:I15';
