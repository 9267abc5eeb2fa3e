import { parseA1, parseRange } from './a1';
import { cmp, format2, fromExcelNumber } from './decimal';
import type { CellValue } from './grid';
import type { FormEvaluation } from './evaluation';
import { ConditionalMark, MarkerPlan, ScoreValidation } from './port';

/** The fill of each conditional mark, the same in every host. */
export const MARK_FILL: Record<ConditionalMark['kind'], string> = {
  scoreOverWeight: '#FFC7CE', // light red
  deviationMissing: '#FFEB9C', // light yellow
};

/**
 * The native Excel markers that keep warning with the task pane closed: a data-validation rule
 * on every 得分 cell (a decimal between 0 and its 分值) and conditional formats that colour a 得分
 * above its 分值 and an empty 偏差原因 next to a lost point. The host adds and records them.
 */
export function markerPlan(evaluations: readonly FormEvaluation[], scope?: MarkerPlan['scope']): MarkerPlan {
  const validations: ScoreValidation[] = [];
  const conditionals: ConditionalMark[] = [];
  for (const ev of evaluations) {
    const sheet = ev.form.sheet;
    for (const ind of ev.indicators) {
      const { score, weight, deviation } = ind.row;
      if (!score || !weight || ind.weight === null) continue;
      validations.push({ sheet, cell: score.cell, max: format2(ind.weight) });
      conditionals.push({ sheet, cell: score.cell, kind: 'scoreOverWeight', scoreCell: score.cell, weightCell: weight.cell });
      if (deviation) conditionals.push({ sheet, cell: deviation.cell, kind: 'deviationMissing', scoreCell: score.cell, weightCell: weight.cell });
    }
  }
  return scope ? { validations, conditionals, scope } : { validations, conditionals };
}

/** Whether a cell lies in a plan's scope (every cell does when the plan has none). */
export function inMarkerScope(plan: MarkerPlan, sheet: string, cell: string): boolean {
  if (!plan.scope) return true;
  const { row, col } = parseA1(cell);
  return plan.scope.some((s) => {
    if (s.sheet !== sheet) return false;
    const r = parseRange(s.range);
    return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
  });
}

/**
 * The Excel formula of a conditional mark, relative to its own cell (what the rule tests).
 * Kept here so every host colours exactly the same cells.
 */
export function conditionalFormula(mark: ConditionalMark): string {
  const { scoreCell: s, weightCell: w, cell } = mark;
  return mark.kind === 'scoreOverWeight'
    ? `=AND(ISNUMBER(${s}),ISNUMBER(${w}),${s}>${w})`
    : `=AND(ISNUMBER(${s}),ISNUMBER(${w}),${s}<${w},LEN(TRIM(${cell}))=0)`;
}

/**
 * Whether a conditional mark colours its cell now — what conditionalFormula tests, for hosts
 * that draw the marks themselves (the demo). ISNUMBER: only numbers count, not text that looks
 * like one; LEN(TRIM(x))=0: blank or spaces.
 */
export function conditionalHolds(mark: ConditionalMark, valueAt: (cell: string) => CellValue | undefined): boolean {
  const s = valueAt(mark.scoreCell);
  const w = valueAt(mark.weightCell);
  if (typeof s !== 'number' || typeof w !== 'number' || !Number.isFinite(s) || !Number.isFinite(w)) return false;
  const order = cmp(fromExcelNumber(s), fromExcelNumber(w));
  if (mark.kind === 'scoreOverWeight') return order > 0;
  const v = valueAt(mark.cell);
  return order < 0 && (v === null || v === undefined || (typeof v === 'string' && v.trim() === ''));
}

/** Whether a value passes a 得分 validation: a decimal between 0 and `max` (blank passes, as in Excel). */
export function validationAccepts(v: ScoreValidation, value: CellValue): boolean {
  if (value === null || value === '') return true;
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  const d = fromExcelNumber(value);
  return d.gte(0) && d.lte(v.max);
}
