import { Decimal, HUNDRED, eq, format2, lte, percentOf, round2 } from '../decimal';
import { FormCell } from '../form';
import { memoizeString } from '../memo';
import { READ_PERCENT, READ_PLAIN, readNumber } from '../numbers';
import { OutputKind } from '../writePlan';
import { RuleContext } from './context';

const ONE_CENT = new Decimal('0.01');

/**
 * R13/R14 for a computed figure in an output cell: compare with what the sheet shows, plan a
 * write where it changes, never over a formula.
 */
export function settleFigure(ctx: RuleContext, cell: FormCell | null, computed: Decimal | null, kind: OutputKind): void {
  if (!cell || computed === null) return;
  // A rate cell formatted as a percentage holds 0.9945 and shows 99.45%.
  const percentCell = kind === 'rate' && (cell.numberFormat ?? '').includes('%');
  const reading = readNumber(cell.value, kind === 'rate' ? READ_PERCENT : READ_PLAIN);
  let shown: Decimal | null = null;
  if (reading.kind === 'number') {
    shown = percentCell && reading.recoveredFrom === undefined ? reading.value.times(HUNDRED) : reading.value;
  }
  if (cell.formula) {
    if (shown === null || !eq(round2(shown), computed)) {
      ctx.report('FORMULA_RESULT_DIFFERS', cell.cell, { field: kind, computed: format2(computed), formula: cell.formula, sheetValue: shown ? format2(shown) : sheetText(cell) });
    }
    return;
  }
  if (reading.kind === 'blank') {
    writeFigure(ctx, cell, kind, computed, percentCell);
    return;
  }
  if (shown === null) {
    ctx.report('STALE_VALUE', cell.cell, { field: kind, computed: format2(computed), sheetValue: sheetText(cell) });
    writeFigure(ctx, cell, kind, computed, percentCell);
    return;
  }
  if (eq(shown, computed)) {
    // Same figure stored as text: store the number, and say so.
    if (reading.kind === 'number' && reading.recoveredFrom !== undefined) {
      ctx.report('VALUE_RECOVERED', cell.cell, { field: kind, text: reading.recoveredFrom, value: format2(computed) });
      writeFigure(ctx, cell, kind, computed, percentCell);
    }
    return;
  }
  const diff = shown.minus(computed).abs();
  ctx.report(lte(diff, ONE_CENT) ? 'ROUNDING_DIFF' : 'STALE_VALUE', cell.cell, { field: kind, computed: format2(computed), sheetValue: format2(shown) });
  writeFigure(ctx, cell, kind, computed, percentCell);
}

/** R14: the computed figure into its cell, as a fraction where the cell shows a percentage. */
function writeFigure(ctx: RuleContext, cell: FormCell, kind: OutputKind, computed: Decimal, percentCell: boolean): void {
  ctx.write(cell, kind, { type: 'number', text: percentCell ? percentOf(computed).toString() : format2(computed) });
}

/** Grade words people write for the four grades. */
const GRADE_SYNONYMS: Record<string, string> = { 优秀: '优', 良好: '良', 中等: '中', 合格: '中', 较差: '差', 不合格: '差' };

export function normalizeGrade(value: unknown): string {
  return typeof value === 'string' ? normalizeGradeText(value) : '';
}

// Memoised: every form has a grade cell, and the grades are four words.
const normalizeGradeText = memoizeString((value: string): string => {
  const t = value.normalize('NFKC').replace(/\s+/g, '');
  return GRADE_SYNONYMS[t] ?? t;
});

/** R13 GRADE_MISMATCH and R14 for the 评分等级 cell. */
export function settleGrade(ctx: RuleContext, cell: FormCell | null, grade: string | null, totalScore: Decimal | null): void {
  if (!cell || grade === null) return;
  const shown = normalizeGrade(cell.value);
  if (shown === grade) return;
  const params = { computed: grade, sheetValue: sheetText(cell), totalScore: totalScore ? format2(totalScore) : null };
  if (cell.formula) {
    ctx.report('FORMULA_RESULT_DIFFERS', cell.cell, { ...params, field: 'grade', formula: cell.formula });
    return;
  }
  if (shown !== '') ctx.report('GRADE_MISMATCH', cell.cell, params);
  ctx.write(cell, 'grade', { type: 'text', text: grade });
}

function sheetText(cell: FormCell): string {
  const v = cell.value;
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return String(v);
}
