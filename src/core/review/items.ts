/**
 * The scored items of a form, as the review sees them: the budget score (预算执行率) and every
 * indicator with a 得分 cell, each keyed by its sheet and the A1 address of that cell. The 自评得分
 * is the figure the engine counts in 总分 (R5-capped), so the items' sum is the form's 总分.
 */
import { parseA1, parseRange, toA1 } from '../a1';
import type { FormEvaluation, ReviewItem } from '../evaluation';
import { BUDGET_INDICATOR } from './recordColumns';

export type { ReviewItem } from '../evaluation';

/** Where a form's （总体） row points: its 总分 得分 cell, else the form's top-left cell. */
export function overallCell(ev: FormEvaluation): string {
  const r = parseRange(ev.form.range);
  return ev.form.totalScore?.cell ?? toA1(r.top, r.left);
}

/** `sheet!cell`: what a record row and an item are matched by. */
export const itemKey = (sheet: string, cell: string): string => `${sheet}!${cell.toUpperCase()}`;

export function reviewItemsOf(ev: FormEvaluation): ReviewItem[] {
  const sheet = ev.form.sheet;
  const items: ReviewItem[] = [];
  const total = ev.funds.find((f) => f.kind === 'total');
  const budgetCell = total?.row.score ?? null;
  if (budgetCell) {
    items.push({ sheet, cell: budgetCell.cell, row: budgetCell.row, kind: 'budget', name: BUDGET_INDICATOR, weight: ev.budgetWeight, selfScore: ev.budgetScore });
  }
  for (const i of ev.indicators) {
    const cell = i.row.score;
    if (!cell || cell.cell === budgetCell?.cell) continue; // 执行率 given as an indicator row is the budget item
    items.push({ sheet, cell: cell.cell, row: parseA1(cell.cell).row, kind: 'indicator', name: i.row.name || i.row.level2 || i.row.level1, weight: i.weight, selfScore: i.counted ?? i.score });
  }
  return items;
}
