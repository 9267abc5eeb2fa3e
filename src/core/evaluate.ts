import { parseA1, parseRange, toA1 } from './a1';
import { Decimal, format2 } from './decimal';
import type { FormEvaluation, SheetEvaluation, WorkbookEvaluation } from './evaluation';
import { FormCell, SelfEvalForm } from './form';
import { finding, Finding } from './findings';
import { Grid, GridCut } from './grid';
import { locateForms } from './locate/locate';
import { fundKind, headerFields, isAnyRowLabel, isFormTitle, labelKey, normalizeText } from './labels';
import { isBlankText } from './numbers';
import { Profile, PROFILES } from './profile';
import { EvaluateOptions, RuleContext, valueOf } from './rules/context';
import { budgetScore, evaluateFunds, FundFigures } from './rules/funds';
import { evaluateIndicators, sumCounted } from './rules/indicators';
import { settleFigure, settleGrade } from './rules/outputs';
import { checkQuality } from './rules/quality';
import { checkWeights, gradeOf } from './rules/totals';
import { crossCheckSummaries, summaryTablesOf } from './summary/crossCheck';
import { readRecord, recordGridOf } from './review/readRecord';
import { reviewWorkbook } from './review/engine';
import { isResultsSheet } from './summary/locateSummary';
import { SummaryTable } from './summary/summaryTable';
import { emptyPlan, PlanEntry, withoutConflicts } from './writePlan';

export type { EvaluateOptions } from './rules/context';
// The result types live in ./evaluation; re-exported here for the many callers that import them with the engine.
export type { FormEvaluation, SheetEvaluation, WorkbookEvaluation } from './evaluation';

export function evaluateForm(form: SelfEvalForm, options: EvaluateOptions): FormEvaluation {
  const ctx = new RuleContext(form, options);
  // most published forms have no 评分等级 row (docs/layouts.md): its absence alone is no finding
  const missing = form.missingColumns.filter((c) => c !== 'gradeRow');
  if (missing.length > 0) ctx.report('COLUMN_MISSING', null, { columns: missing.join(',') });
  const funds = evaluateFunds(ctx);
  const total = funds.find((f) => f.kind === 'total');
  const budgetWeightFig = ctx.figure(total?.row.weight ?? null, 'weight');
  const budgetWeight = valueOf(budgetWeightFig);
  if (total && total.row.weight && budgetWeightFig === null) ctx.report('WEIGHT_MISSING', total.row.weight.cell, { name: total.label });
  const bScore = budgetScore(ctx, total, budgetWeight);
  lowExecutionReason(ctx, total);

  const indicators = evaluateIndicators(ctx);
  const weightSum = checkWeights(ctx, budgetWeight, indicators);
  checkQuality(ctx, indicators, budgetWeight);
  const counted = sumCounted(indicators);
  const totalScore = bScore !== null && counted !== null ? bScore.plus(counted) : null;
  const grade = totalScore !== null ? gradeOf(totalScore, options.profile) : null;

  for (const f of funds) settleFigure(ctx, f.row.rate, f.rate, 'rate');
  settleFigure(ctx, total?.row.score ?? null, bScore, 'budgetScore');
  settleFigure(ctx, form.totalScore, totalScore, 'totalScore');
  settleGrade(ctx, form.grade, grade, totalScore);

  return { form, options, funds, budgetWeight, budgetScore: bScore, indicators, weightSum, totalScore, grade, findings: ctx.findings, plan: withoutConflicts(ctx.plan) };
}

/**
 * The plan without writes into a cell that is more than one cell of the sheet's forms: merges laid
 * over two 得分 (or a 得分 and a 分值, a 执行率 and a 得分…) make them one cell, as do two forms
 * located over each other, and a figure written for one would be read back as the other's — a
 * score of 10 as the score of an indicator worth 5 (found by the fuzzer, test/fuzz/). Such a cell
 * is left as it is; the findings still tell.
 */
function withoutShared(forms: readonly SelfEvalForm[], plan: PlanEntry[]): PlanEntry[] {
  if (plan.length === 0) return plan;
  const seen = new Set<string>();
  const shared = new Set<string>();
  const add = (c: FormCell | null) => {
    if (!c) return;
    if (seen.has(c.cell)) shared.add(c.cell);
    seen.add(c.cell);
  };
  for (const form of forms) {
    for (const f of form.funds) [f.initial, f.annual, f.executed, f.weight, f.rate, f.score, f.reason].forEach(add);
    for (const i of form.indicators) [i.target, i.actual, i.weight, i.score, i.deviation].forEach(add);
    [form.totalWeight, form.totalScore, form.grade].forEach(add);
  }
  return shared.size === 0 ? plan : plan.filter((e) => !shared.has(e.cell));
}

/**
 * A cell holding a label the locator reads (总分, 评分等级, a header or fund word, a title) is no
 * output cell to overwrite, whatever the layout made of it: a 总分 typed into the 得分 column made
 * that cell the 总分 row's 得分, and the total written over the label moved the 总分 row — the
 * next reading took the figure for an indicator's score (found by the fuzzer, test/fuzz/).
 */
function overLabel(e: PlanEntry): boolean {
  if (typeof e.before !== 'string') return false;
  const key = labelKey(e.before);
  return isAnyRowLabel(key) || headerFields(key).length > 0 || fundKind(key) !== undefined || isFormTitle(normalizeText(e.before));
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

export function defaultOptions(overrides: Partial<EvaluateOptions> = {}): EvaluateOptions {
  return { profile: PROFILES.standard as Profile, ...overrides };
}

/**
 * Locates and evaluates every form of every sheet; one write plan for the workbook. Summary
 * tables are located on every sheet too and cross-checked against all the forms: their findings
 * are sheet-level findings of the sheet they point at (the summary's, or the unlisted form's).
 */
export function evaluateWorkbook(grids: readonly Grid[], options: EvaluateOptions = defaultOptions()): WorkbookEvaluation {
  const sheets: SheetEvaluation[] = [];
  const plan = emptyPlan();
  const tables: SummaryTable[] = [];
  for (const grid of grids) {
    const cut = grid.cut ? [cutFinding(grid.sheet, grid.cut)] : [];
    // the add-in's own 「绩效自评结果」 holds results, not forms: its headers must not read as a budget block
    if (isResultsSheet(grid)) {
      sheets.push({ sheet: grid.sheet, forms: [], findings: cut });
      continue;
    }
    const located = locateForms(grid, options.hints?.[grid.sheet]);
    const found = outsideForms(summaryTablesOf(grid, options), located.forms);
    tables.push(...found);
    const forms = located.forms.map((form) => evaluateForm(form, options));
    // A summary whose headers read like a budget block (全年预算数 | 全年执行数 … 合计) is no half form.
    const sheetFindings = cut.concat(located.findings).filter((f) => !(f.code === 'FORM_INCOMPLETE' && found.some((t) => inRange(f.cell, t.range))));
    const planned = forms.flatMap((f) => f.plan);
    const entries = withoutShared(located.forms, withoutConflicts(planned)).filter((e) => !overLabel(e));
    if (entries.length !== planned.length) {
      const kept = new Set(entries);
      for (const f of forms) f.plan = f.plan.filter((e) => kept.has(e));
    }
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
  const cross = crossCheckSummaries(tables, forms);
  for (const f of cross.findings) sheets.find((s) => s.sheet === f.sheet)?.findings.push(f);
  // 复核 (issue 14): the reviewer's record, where the workbook has one, against the forms
  const recordGrid = recordGridOf(grids);
  const review = reviewWorkbook(forms, recordGrid ? readRecord(recordGrid) : null, options);
  for (const f of review?.findings ?? []) sheets.find((s) => s.sheet === f.sheet)?.findings.push(f);
  const findings = sheets.flatMap((s) => [...s.findings, ...s.forms.flatMap((f) => f.findings)]);
  return { sheets, forms, findings, plan, summaries: cross.checks, summaryFindings: cross.findings, review, reviewFindings: review?.findings ?? [] };
}

/** What the reader left out of a sheet (issue 10), as the sheet's first finding. */
function cutFinding(sheet: string, cut: GridCut): Finding {
  const { reason, limit, cells } = cut;
  if (reason === 'noForm') return finding('SHEET_NOT_READ', sheet, null, { cells });
  return finding('SHEET_CUT', sheet, null, { reason, limit, cells, fromRow: cut.fromRow ?? null });
}

/**
 * Summary tables whose 项目名称 header is no form's own 项目名称 row: beside a form side by side,
 * that row also holds the other form's 预算数/执行数 labels and reads like a summary header.
 */
export function outsideForms(tables: SummaryTable[], forms: readonly SelfEvalForm[]): SummaryTable[] {
  return tables.filter((t) => {
    const at = toA1(parseRange(t.headerRange).top, t.projectColumn);
    return !forms.some((f) => f.sheet === t.sheet && inRange(at, f.range));
  });
}

function inRange(cell: string | null, range: string): boolean {
  if (!cell) return false;
  const { row, col } = parseA1(cell);
  const r = parseRange(range);
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}
