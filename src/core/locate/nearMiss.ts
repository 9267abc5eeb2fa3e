import { ParamValue } from '../findings';
import { HeaderField } from '../labels';
import { BudgetHeader } from './budget';
import { IndicatorHeader } from './indicatorHeaders';
import { LabelIndex } from './labelIndex';

/**
 * What a half-understood form (issue 13, item 5) lacks, for FORM_INCOMPLETE: which part was
 * found and where, and — where a header of the missing part stands nearby but is incomplete
 * (an indicator header without 得分, a budget header without 执行数) — its cell and what it lacks.
 * Such a form is never scored from a guessed column.
 */
export function incompleteParams(index: LabelIndex, budget: BudgetHeader | null, table: IndicatorHeader | null, bottom: number): Record<string, ParamValue> {
  const view = index.view;
  const part = budget ?? (table as IndicatorHeader);
  const params: Record<string, ParamValue> = {
    missing: budget ? 'indicators' : 'budget',
    found: budget ? 'budget' : 'indicators',
    foundRange: `${view.address(part.row, part.left)}:${view.address(part.row, part.right)}`,
  };
  const near = budget ? nearTable(index, budget, bottom) : nearBudget(index, part, Math.max(view.top, part.row - 20));
  if (near) {
    params.near = near.lacks.map((f) => (budget ? `indicator.${f}` : f)).join(',');
    params.nearCell = view.address(near.row, near.col);
  }
  return params;
}

interface Near {
  row: number;
  col: number;
  lacks: HeaderField[];
}

/** An indicator header below the budget block that lacks what the locator needs. */
function nearTable(index: LabelIndex, budget: BudgetHeader, bottom: number): Near | null {
  for (let row = budget.row + 1; row <= Math.min(bottom, budget.row + 40); row++) {
    for (const g of index.headerGroups(row)) {
      const lead = g.get('level1') ?? g.get('name');
      if (lead === undefined || lead > budget.right || g.size < 2) continue;
      const lacks = (['score', 'weight', 'target', 'actual'] as HeaderField[]).filter((f) => !g.has(f));
      if (lacks.length > 0) return { row, col: lead, lacks };
    }
  }
  return null;
}

/** A budget header above the table that has amounts but lacks 执行数 or the budget column. */
function nearBudget(index: LabelIndex, table: { row: number; left: number; right: number }, top: number): Near | null {
  for (let row = table.row - 1; row >= top; row--) {
    for (const g of index.headerGroups(row)) {
      const cols = [...g.values()];
      if (Math.min(...cols) > table.right || !(g.has('annual') || g.has('initial') || g.has('executed')) || g.has('level1')) continue;
      const lacks = (['annual', 'executed', 'rate'] as HeaderField[]).filter((f) => !g.has(f));
      if (lacks.length > 0) return { row, col: Math.min(...cols), lacks };
    }
  }
  return null;
}
