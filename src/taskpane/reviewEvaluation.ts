/**
 * 复核 in the pane's evaluation (issue 14), pure: the review is a workbook-wide result (every form
 * against 「复核记录」), so whenever part of the workbook was evaluated alone — slices, an inline
 * re-check of a form or of the record — it is done again from the grids in memory, replacing
 * exactly the previous review's findings, as withSummaryCheck does for the summary cross-check.
 */
import { EvaluateOptions, Finding, Grid, readRecord, recordGridOf, reviewWorkbook, WorkbookEvaluation } from '../core';

export { specAsGrid } from '../core';
import { combine } from './sheetEvaluations';

/** A sheet evaluated alone saw the record without the forms (or forms without the record): its review is no review. */
export function withoutReview(part: WorkbookEvaluation): WorkbookEvaluation {
  const bogus = new Set(part.reviewFindings ?? []);
  if (bogus.size === 0) return part;
  const sheets = part.sheets.map((s) => ({ ...s, findings: s.findings.filter((f) => !bogus.has(f)) }));
  return { ...part, ...combine(sheets, part.plan.skippedSheets), review: null, reviewFindings: [] };
}

/**
 * The review redone over every form of `ev` against the signed record among `grids`; the previous
 * review's findings (of `ev`, or of `before`, the evaluation it was made from) give way to the fresh ones.
 */
export function withReview(ev: WorkbookEvaluation, grids: readonly Grid[], options: EvaluateOptions, before?: WorkbookEvaluation | null): WorkbookEvaluation {
  const stale = new Set([...(before?.reviewFindings ?? []), ...(ev.reviewFindings ?? [])]);
  const record = recordGridOf(grids);
  const review = reviewWorkbook(ev.forms, record ? readRecord(record) : null, { profile: options.profile });
  const fresh = new Map<string, Finding[]>();
  for (const f of review?.findings ?? []) fresh.set(f.sheet, [...(fresh.get(f.sheet) ?? []), f]);
  const known = new Set(ev.sheets.map((s) => s.sheet));
  // the record written a moment ago may not be among the evaluated sheets yet
  const added = record && !known.has(record.sheet) ? [{ sheet: record.sheet, forms: [], findings: [] }] : [];
  const sheets = [...ev.sheets, ...added].map((s) => {
    const mine = fresh.get(s.sheet) ?? [];
    if (mine.length === 0 && !s.findings.some((f) => stale.has(f))) return s;
    return { ...s, findings: [...s.findings.filter((f) => !stale.has(f)), ...mine] };
  });
  return { ...ev, ...combine(sheets, ev.plan.skippedSheets), review, reviewFindings: review?.findings ?? [] };
}

/** The signed 「复核记录」 (edits there re-check the review, not a form). */
export const isRecordGrid = (grid: Grid): boolean => recordGridOf([grid]) !== null;
