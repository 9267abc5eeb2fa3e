/**
 * One sheet's part of the pane's evaluation replaced after an inline re-check, and the pieces
 * that put sheet evaluations together again. Pure.
 */
import { Grid, SheetEvaluation, WorkbookEvaluation } from '../core';

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
