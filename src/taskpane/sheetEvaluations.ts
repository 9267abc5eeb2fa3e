/**
 * One sheet's part of the pane's evaluation replaced after an inline re-check, and the pieces
 * that put sheet evaluations together again. Pure.
 */
import { checkSummaries, EvaluateOptions, Finding, Grid, SheetEvaluation, WorkbookEvaluation } from '../core';

/** One WorkbookEvaluation from sheet evaluations (findings in sheet order, as the core does). */
export function combine(sheets: SheetEvaluation[], skippedSheets: string[]): WorkbookEvaluation {
  const forms = sheets.flatMap((s) => s.forms);
  const findings = sheets.flatMap((s) => [...s.findings, ...s.forms.flatMap((f) => f.findings)]);
  const skipped = new Set(skippedSheets);
  const entries = sheets.filter((s) => !skipped.has(s.sheet)).flatMap((s) => s.forms.flatMap((f) => f.plan));
  return { sheets, forms, findings, plan: { entries, skippedSheets: sheets.map((s) => s.sheet).filter((s) => skipped.has(s)) } };
}

/** The evaluation with one sheet's part replaced by a fresh evaluation of that sheet. */
export function replaceSheet(ev: WorkbookEvaluation | null, fresh: WorkbookEvaluation): WorkbookEvaluation {
  const next = fresh.sheets[0];
  if (!ev) return fresh;
  if (!next) return ev;
  const found = ev.sheets.some((s) => s.sheet === next.sheet);
  const sheets = found ? ev.sheets.map((s) => (s.sheet === next.sheet ? next : s)) : [...ev.sheets, next];
  const skipped = ev.plan.skippedSheets.filter((s) => s !== next.sheet).concat(fresh.plan.skippedSheets);
  return combine(sheets, skipped);
}

/** Grids with one sheet replaced (or added). */
export function replaceGrid(grids: readonly Grid[], grid: Grid): Grid[] {
  const found = grids.some((g) => g.sheet === grid.sheet);
  return found ? grids.map((g) => (g.sheet === grid.sheet ? grid : g)) : [...grids, grid];
}

/** The evaluation without a sheet that no longer exists. */
export function removeSheet(ev: WorkbookEvaluation | null, sheet: string): WorkbookEvaluation | null {
  if (!ev || !ev.sheets.some((s) => s.sheet === sheet)) return ev;
  return combine(ev.sheets.filter((s) => s.sheet !== sheet), ev.plan.skippedSheets.filter((s) => s !== sheet));
}

/**
 * The 项目支出汇总表 cross-check done again over the whole workbook after part of it was evaluated
 * alone (slices of a large workbook, an inline re-check of one sheet, both with `summaryCheck:
 * false`): the previous cross-check findings (of `ev`, or of the evaluation it was made from) are
 * replaced by the fresh ones.
 */
export function withSummaryCheck(ev: WorkbookEvaluation, grids: readonly Grid[], options: EvaluateOptions, before?: WorkbookEvaluation | null): WorkbookEvaluation {
  // `before`: the evaluation `ev` was made from (replaceSheet and co. do not carry summaryFindings)
  const stale = new Set([...(before?.summaryFindings ?? []), ...(ev.summaryFindings ?? [])]);
  const cross = checkSummaries(grids, ev.forms, options);
  if (stale.size === 0 && cross.findings.length === 0) return { ...ev, summaries: cross.checks, summaryFindings: [] };
  const fresh = new Map<string, Finding[]>();
  for (const f of cross.findings) fresh.set(f.sheet, [...(fresh.get(f.sheet) ?? []), f]);
  // sheets the cross-check does not touch stay the same objects (the pane keeps what did not change)
  const sheets = ev.sheets.map((s) => {
    const added = fresh.get(s.sheet) ?? [];
    if (added.length === 0 && !s.findings.some((f) => stale.has(f))) return s;
    return { ...s, findings: [...s.findings.filter((f) => !stale.has(f)), ...added] };
  });
  return { ...combine(sheets, ev.plan.skippedSheets), summaries: cross.checks, summaryFindings: cross.findings };
}
