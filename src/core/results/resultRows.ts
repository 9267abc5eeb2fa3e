/**
 * One line per form for 「绩效自评结果」 and for `jixiao summary`: the recomputed figures of the
 * form (not what the sheet shows), its grade and how many errors and warnings it has, and the
 * totals of a set of lines. The unit's overall 执行率 is recomputed from the summed amounts, never
 * averaged from the forms' rates.
 */
import { Decimal, HUNDRED, round2, ZERO } from '../decimal';
import type { FormEvaluation, FormReview, WorkbookReview } from '../evaluation';
import type { FormKind } from '../form';
import { sumCounted } from '../rules/indicators';

export interface ResultRow {
  sheet: string;
  /** The form's extent on its sheet (a sheet may hold several forms). */
  range: string;
  /** The form's top-left cell: where a link to it points. */
  anchor: string;
  /** 项目支出 (project) or 部门整体支出 (department) form. */
  kind: FormKind;
  project: string | null;
  unit: string | null;
  /** 全年预算数 and 全年执行数 of 年度资金总额. */
  annual: Decimal | null;
  executed: Decimal | null;
  rate: Decimal | null;
  budgetScore: Decimal | null;
  /** The indicators' scores as they count in 总分 (capped at their 分值). */
  indicatorScore: Decimal | null;
  totalScore: Decimal | null;
  grade: string | null;
  errors: number;
  warnings: number;
  /** 复核 (issue 14): the form's review where its workbook has a 「复核记录」; absent or null otherwise. */
  review?: ReviewFigures | null;
}

/** A form's review as the results show it: 复核总分, 复核等级 and 差异 (复核 − 自评). */
export interface ReviewFigures {
  total: Decimal | null;
  grade: string | null;
  difference: Decimal | null;
}

export type Grade = '优' | '良' | '中' | '差';
export const GRADES: readonly Grade[] = ['优', '良', '中', '差'];

export interface ResultTotals {
  forms: number;
  annual: Decimal;
  executed: Decimal;
  /** Σ执行数 ÷ Σ预算数 × 100, rounded to 2 dp; null when Σ预算数 is 0. */
  rate: Decimal | null;
  /** Forms whose 全年预算数 or 全年执行数 could not be read (left out of the sums). */
  incomplete: number;
  errors: number;
  warnings: number;
  grades: Record<Grade, number>;
  /** Forms without a grade (总分 not computable). */
  ungraded: number;
  /** Set only when some line has a review: how many, how many changed grade, the mean |差异| (2 dp). */
  review?: ReviewTotals;
}

export interface ReviewTotals {
  forms: number;
  gradesChanged: number;
  /** Σ|差异| ÷ the forms with a 差异, rounded to 2 dp; null when none has one. */
  meanAbsDifference: Decimal | null;
}

export function resultRow(ev: FormEvaluation): ResultRow {
  const total = ev.funds.find((f) => f.kind === 'total');
  const anchor = ev.form.range.split(':')[0];
  let errors = 0;
  let warnings = 0;
  for (const f of ev.findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  return {
    sheet: ev.form.sheet,
    range: ev.form.range,
    anchor,
    kind: ev.form.kind,
    project: ev.form.project,
    unit: ev.form.unit,
    annual: total?.annual ?? null,
    executed: total?.executed ?? null,
    rate: total?.rate ?? null,
    budgetScore: ev.budgetScore,
    indicatorScore: sumCounted(ev.indicators),
    totalScore: ev.totalScore,
    grade: ev.grade,
    errors,
    warnings,
  };
}

/** The row with the review of its form, looked up by sheet and range (null: the form was not reviewed). */
export function withReview<R extends ResultRow>(row: R, review: Pick<WorkbookReview, 'forms'> | null | undefined): R {
  if (!review) return row;
  const r: FormReview | undefined = review.forms.find((f) => f.sheet === row.sheet && f.evaluation.form.range === row.range);
  return { ...row, review: r ? { total: r.reviewTotal, grade: r.reviewGrade, difference: r.difference } : null };
}

/** Whether any line carries a review: the review columns and counts are shown only then. */
export const hasReview = (rows: readonly ResultRow[]): boolean => rows.some((r) => r.review);

export function reviewTotals(rows: readonly ResultRow[]): ReviewTotals | undefined {
  const reviewed = rows.flatMap((r) => (r.review ? [{ row: r, review: r.review }] : []));
  if (reviewed.length === 0) return undefined;
  const gradesChanged = reviewed.filter(({ row, review }) => row.grade !== null && review.grade !== null && row.grade !== review.grade).length;
  const diffs = reviewed.flatMap(({ review }) => (review.difference ? [review.difference.abs()] : []));
  const sum = diffs.reduce((a, d) => a.plus(d), ZERO);
  return { forms: reviewed.length, gradesChanged, meanAbsDifference: diffs.length > 0 ? round2(sum.div(diffs.length)) : null };
}

function isGrade(g: string | null): g is Grade {
  return g !== null && (GRADES as readonly string[]).includes(g);
}

export function resultTotals(rows: readonly ResultRow[]): ResultTotals {
  let annual = ZERO;
  let executed = ZERO;
  let incomplete = 0;
  let errors = 0;
  let warnings = 0;
  let ungraded = 0;
  const grades: Record<Grade, number> = { 优: 0, 良: 0, 中: 0, 差: 0 };
  for (const r of rows) {
    // a form counts in the sums only with both amounts, so the overall rate compares like with like
    if (r.annual && r.executed) {
      annual = annual.plus(r.annual);
      executed = executed.plus(r.executed);
    } else incomplete++;
    errors += r.errors;
    warnings += r.warnings;
    if (isGrade(r.grade)) grades[r.grade]++;
    else ungraded++;
  }
  const rate = annual.isZero() ? null : round2(executed.div(annual).times(HUNDRED));
  const review = reviewTotals(rows);
  return { forms: rows.length, annual, executed, rate, incomplete, errors, warnings, grades, ungraded, ...(review ? { review } : {}) };
}
