/**
 * What the engine computes: the evaluation of a form, a sheet, a workbook, and the summary
 * cross-check's matches. Types only, in a module of their own, so that the cross-check and the
 * results sheets can name an evaluation without importing the engine that produces it.
 */
import type { Decimal } from './decimal';
import type { Finding } from './findings';
import type { SelfEvalForm } from './form';
import type { EvaluateOptions } from './rules/context';
import type { FundFigures } from './rules/funds';
import type { IndicatorFigures } from './rules/indicators';
import type { SummaryRow, SummaryTable } from './summary/summaryTable';
import type { PlanEntry, WritePlan } from './writePlan';

/** Everything the engine computes for one form. */
export interface FormEvaluation {
  form: SelfEvalForm;
  /** The profile and options the figures were computed under (for explanations). */
  options: EvaluateOptions;
  funds: FundFigures[];
  budgetWeight: Decimal | null;
  budgetScore: Decimal | null;
  indicators: IndicatorFigures[];
  weightSum: Decimal | null;
  totalScore: Decimal | null;
  grade: string | null;
  findings: Finding[];
  /** Output cells to write for this form (empty for a protected sheet; see WritePlan). */
  plan: PlanEntry[];
}

export interface SheetEvaluation {
  sheet: string;
  forms: FormEvaluation[];
  /** Findings about the sheet itself (half-recognisable forms, protection). */
  findings: Finding[];
}

/** A summary row and the form it names (null: no form of the workbook has that project name). */
export interface SummaryMatch {
  row: SummaryRow;
  form: FormEvaluation | null;
}

/** One 项目支出汇总表 checked against the forms of its workbook. */
export interface SummaryCheck {
  table: SummaryTable;
  matches: SummaryMatch[];
}

export interface WorkbookEvaluation {
  sheets: SheetEvaluation[];
  forms: FormEvaluation[];
  /** Every finding: sheet-level and per form, in sheet order. */
  findings: Finding[];
  plan: WritePlan;
  /**
   * Every 项目支出汇总表 of the workbook, each row with the form it names (or null). Always set
   * by evaluateWorkbook; optional so that evaluations put together from parts (the task pane's
   * per-sheet combine) stay valid without one.
   */
  summaries?: SummaryCheck[];
  /** The cross-check's findings (also in `findings`): a caller that re-checks part of the workbook replaces exactly these. */
  summaryFindings?: Finding[];
}
