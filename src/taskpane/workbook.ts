/**
 * Pure helpers of the task pane's controller (no React, no host): evaluating in slices with
 * progress, patching the grids in memory with what was written, the 按规则评分 preview and the
 * ranges to bind. Sheet replacement is in ./sheetEvaluations.ts, the re-check of single forms in
 * ./formReread.ts and ./gridPatch.ts (all re-exported here).
 */
import {
  CellValue,
  evaluateWorkbook,
  EvaluateOptions,
  FormBinding,
  FormEvaluation,
  Grid,
  parseA1,
  PlanEntry,
  PlanValue,
  SheetEvaluation,
  WorkbookEvaluation,
} from '../core';
import { bindingId } from '../core/bindingIds';
import { withoutReview, withReview } from './reviewEvaluation';
import { combine, withSummaryCheck } from './sheetEvaluations';

export { hintsOf, plainRange } from '../core/bindingIds';

export { combine, removeSheet, replaceGrid, replaceSheet } from './sheetEvaluations';
export * from './formReread';
export { patchGridRange } from './gridPatch';

export interface EvalProgress {
  sheetsRead: number;
  sheetsDone: number;
  formsFound: number;
}

/**
 * A slice is as many sheets as fit in SLICE_MS (at least one): between slices the UI paints the
 * progress. Ten sheets a slice (as before) gave a 200-form workbook 19 pauses, each a timer of
 * ≥ 4 ms plus a render; by time it is a handful (bench part 5).
 */
export const SLICE_MS = 50;
/** Up to this many sheets, one evaluateWorkbook call: no progress to show. */
const SMALL_WORKBOOK = 10;

/** evaluateWorkbook over slices of sheets, reporting progress and yielding between slices. */
export async function evaluateInSlices(
  grids: readonly Grid[],
  options: EvaluateOptions,
  onProgress: (p: EvalProgress) => void,
  pause: () => Promise<void>,
  now: () => number = () => Date.now(),
): Promise<WorkbookEvaluation> {
  if (grids.length <= SMALL_WORKBOOK) return evaluateWorkbook(grids, options);
  const sheets: SheetEvaluation[] = [];
  const skipped: string[] = [];
  // a slice alone would see summary rows without their forms: the cross-check runs once, at the end
  const partOptions: EvaluateOptions = { ...options, summaryCheck: false };
  let i = 0;
  while (i < grids.length) {
    const started = now();
    do {
      const part = withoutReview(evaluateWorkbook([grids[i]], partOptions));
      sheets.push(...part.sheets);
      skipped.push(...part.plan.skippedSheets);
      i++;
    } while (i < grids.length && now() - started < SLICE_MS);
    onProgress({ sheetsRead: grids.length, sheetsDone: i, formsFound: sheets.reduce((n, s) => n + s.forms.length, 0) });
    if (i < grids.length) await pause();
  }
  // the review, like the cross-check, needs every form: once, at the end
  return withReview(withSummaryCheck(combine(sheets, skipped), grids, options), grids, options);
}

function cellValueOf(v: PlanValue): CellValue {
  if (v.type === 'blank') return null;
  return v.type === 'number' ? Number(v.text) : v.text;
}

/**
 * The grids as they are after the host wrote these entries (copies; the input is untouched), so
 * that the pane shows what remains to fix without reading the whole workbook again.
 */
export function patchGrids(grids: readonly Grid[], written: readonly PlanEntry[]): Grid[] {
  if (written.length === 0) return [...grids];
  const bySheet = new Map<string, PlanEntry[]>();
  for (const e of written) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e]);
  return grids.map((g) => {
    const entries = bySheet.get(g.sheet);
    if (!entries) return g;
    const o = parseA1(g.origin || 'A1');
    const values = g.values.map((row) => row.slice());
    for (const e of entries) {
      const { row, col } = parseA1(e.cell);
      const r = row - o.row;
      const c = col - o.col;
      if (r < 0 || c < 0) continue; // outside the used range's top-left: cannot happen for output cells
      while (values.length <= r) values.push([]);
      const line = values[r];
      while (line.length <= c) line.push(null);
      line[c] = cellValueOf(e.after);
    }
    return { ...g, values };
  });
}

export interface ScoreByRulePreview {
  /** Quantitative 得分 cells whose rule-based score differs from the sheet. */
  scores: { entry: PlanEntry; form: FormEvaluation; name: string }[];
  /** The 总分/评分等级 entries of the forms those scores belong to. */
  dependent: PlanEntry[];
  /** The evaluation under scoreByRule (for the explanations). */
  forms: FormEvaluation[];
}

/** From an evaluation with scoreByRule: true, only what 按规则评分 changes. */
export function scoreByRulePreview(ev: WorkbookEvaluation): ScoreByRulePreview {
  const scores: ScoreByRulePreview['scores'] = [];
  const dependent: PlanEntry[] = [];
  for (const form of ev.forms) {
    const quantitative = new Map<string, string>();
    for (const ind of form.indicators) {
      if (ind.kind === 'quantitative' && ind.suggested !== null && ind.row.score) quantitative.set(ind.row.score.cell, ind.row.name);
    }
    const mine = form.plan.filter((e) => e.kind === 'indicatorScore' && quantitative.has(e.cell));
    if (mine.length === 0) continue;
    for (const entry of mine) scores.push({ entry, form, name: quantitative.get(entry.cell) ?? '' });
    dependent.push(...form.plan.filter((e) => e.kind === 'totalScore' || e.kind === 'grade'));
  }
  return { scores, dependent, forms: ev.forms };
}

/**
 * The automatic bindings the located forms call for: each form's budget block and indicator table
 * (the ranges the core located), `jixiao:<sheet>:<n>:<part>` with n the form's ordinal among the
 * sheet's automatically located forms. Forms located through the user's bindings (hints) are
 * bound by those already and get none.
 */
export function bindingParts(forms: readonly FormEvaluation[]): FormBinding[] {
  const parts: FormBinding[] = [];
  const counters = new Map<string, number>();
  for (const { form } of forms) {
    if (form.hinted) continue;
    const n = (counters.get(form.sheet) ?? 0) + 1;
    counters.set(form.sheet, n);
    parts.push({ id: bindingId(form.sheet, n, 'budget'), sheet: form.sheet, part: 'budget', range: form.budgetRange });
    parts.push({ id: bindingId(form.sheet, n, 'indicators'), sheet: form.sheet, part: 'indicators', range: form.indicatorRange });
  }
  return parts;
}
