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
import type { RecordEntry } from './review/readRecord';
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
  /** 复核 (issue 14): the forms against the workbook's 「复核记录」; null without one. */
  review?: WorkbookReview | null;
  /** The review's findings (also in `findings`), replaced as a whole when the record is re-read. */
  reviewFindings?: Finding[];
}

// 复核 (issue 14): what review/engine.ts computes, here so that it can name a FormEvaluation without a cycle

export interface ReviewItem {
  sheet: string;
  /** The item's 得分 cell on its form. */
  cell: string;
  /** 0-based sheet row of the item (findings on that row are about it). */
  row: number;
  kind: 'budget' | 'indicator';
  /** The 三级指标 (or 预算执行率). */
  name: string;
  weight: Decimal | null;
  selfScore: Decimal | null;
}

export interface ReviewedItem {
  item: ReviewItem;
  entry: RecordEntry | null;
  /** The 复核得分 as typed, when it is a number. */
  reviewScore: Decimal | null;
  /** What counts in 复核总分: the 复核得分 within [0, 分值], else the 自评得分. */
  counted: Decimal | null;
  /** counted − 自评得分 (0 where the 自评 is accepted). */
  delta: Decimal | null;
  comment: string;
}

export interface FormReview {
  evaluation: FormEvaluation;
  sheet: string;
  /** The cell its （总体） row names. */
  cell: string;
  project: string | null;
  items: ReviewedItem[];
  overall: RecordEntry | null;
  selfTotal: Decimal | null;
  selfGrade: string | null;
  reviewTotal: Decimal | null;
  reviewGrade: string | null;
  difference: Decimal | null;
  /** Items whose 复核得分 differs from the 自评得分. */
  changed: number;
}

export interface WorkbookReview {
  /** The record sheet's name. */
  sheet: string;
  forms: FormReview[];
  /** Rows with the reviewer's input whose sheet and cell are no item (or form) any more: kept, never dropped. */
  orphans: RecordEntry[];
  findings: Finding[];
}
