import { Decimal, format2 } from './decimal';
import { Finding } from './findings';
import { SelfEvalForm } from './form';
import { Grid } from './grid';
import { locateForms } from './locate/locate';
import { isBlankText } from './numbers';
import { Profile, PROFILES } from './profile';
import { EvaluateOptions, RuleContext, valueOf } from './rules/context';
import { budgetScore, evaluateFunds, FundFigures } from './rules/funds';
import { evaluateIndicators, IndicatorFigures, sumCounted } from './rules/indicators';
import { settleFigure, settleGrade } from './rules/outputs';
import { checkWeights, gradeOf } from './rules/totals';
import { emptyPlan, PlanEntry, WritePlan } from './writePlan';

export type { EvaluateOptions } from './rules/context';

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

export function evaluateForm(form: SelfEvalForm, options: EvaluateOptions): FormEvaluation {
  const ctx = new RuleContext(form, options);
  if (form.missingColumns.length > 0) ctx.report('COLUMN_MISSING', null, { columns: form.missingColumns.join(',') });
  const funds = evaluateFunds(ctx);
  const total = funds.find((f) => f.kind === 'total');
  const budgetWeightFig = ctx.figure(total?.row.weight ?? null, 'weight');
  const budgetWeight = valueOf(budgetWeightFig);
  if (total && total.row.weight && budgetWeightFig.state === 'blank') ctx.report('WEIGHT_MISSING', total.row.weight.cell, { name: total.label });
  const bScore = budgetScore(ctx, total, budgetWeight);
  lowExecutionReason(ctx, total);

  const indicators = evaluateIndicators(ctx);
  const weightSum = checkWeights(ctx, budgetWeight, indicators);
  const counted = sumCounted(indicators);
  const totalScore = bScore !== null && counted !== null ? bScore.plus(counted) : null;
  const grade = totalScore !== null ? gradeOf(totalScore, options.profile) : null;

  for (const f of funds) settleFigure(ctx, f.row.rate, f.rate, 'rate');
  settleFigure(ctx, total?.row.score ?? null, bScore, 'budgetScore');
  settleFigure(ctx, form.totalScore, totalScore, 'totalScore');
  settleGrade(ctx, form.grade, grade, totalScore);

  return { form, options, funds, budgetWeight, budgetScore: bScore, indicators, weightSum, totalScore, grade, findings: ctx.findings, plan: ctx.plan };
}

/** R6 profile option: 执行率 below the threshold needs a reason where the block has a reason cell. */
function lowExecutionReason(ctx: RuleContext, total: FundFigures | undefined): void {
  const threshold = ctx.profile.lowExecutionReasonBelow;
  const reason = total?.row.reason;
  if (!threshold || !total || total.rate === null || !reason) return;
  if (!total.rate.lessThan(threshold)) return;
  if (isBlankText(reason.value)) {
    ctx.report('DEVIATION_MISSING', reason.cell, { name: total.label, reason: 'lowExecution', rate: format2(total.rate), threshold: format2(new Decimal(threshold)) });
  }
}

export interface SheetEvaluation {
  sheet: string;
  forms: FormEvaluation[];
  /** Findings about the sheet itself (half-recognisable forms, protection). */
  findings: Finding[];
}

export interface WorkbookEvaluation {
  sheets: SheetEvaluation[];
  forms: FormEvaluation[];
  /** Every finding: sheet-level and per form, in sheet order. */
  findings: Finding[];
  plan: WritePlan;
}

export function defaultOptions(overrides: Partial<EvaluateOptions> = {}): EvaluateOptions {
  return { profile: PROFILES.standard as Profile, ...overrides };
}

/** Locates and evaluates every form of every sheet; one write plan for the workbook. */
export function evaluateWorkbook(grids: readonly Grid[], options: EvaluateOptions = defaultOptions()): WorkbookEvaluation {
  const sheets: SheetEvaluation[] = [];
  const plan = emptyPlan();
  for (const grid of grids) {
    const located = locateForms(grid, options.hints?.[grid.sheet]);
    const forms = located.forms.map((form) => evaluateForm(form, options));
    const sheetFindings = [...located.findings];
    const entries = forms.flatMap((f) => f.plan);
    if (grid.protected && entries.length > 0) {
      for (const f of forms) f.plan = [];
      plan.skippedSheets.push(grid.sheet);
      sheetFindings.push({ code: 'SHEET_PROTECTED', severity: 'info', sheet: grid.sheet, cell: null, params: { cells: entries.length } });
    } else {
      plan.entries.push(...entries);
    }
    sheets.push({ sheet: grid.sheet, forms, findings: sheetFindings });
  }
  const forms = sheets.flatMap((s) => s.forms);
  const findings = sheets.flatMap((s) => [...s.findings, ...s.forms.flatMap((f) => f.findings)]);
  return { sheets, forms, findings, plan };
}
