/**
 * What the pane's review view shows of a WorkbookReview (issue 14), pure: each form's REVIEW_*
 * findings (by the record rows and form cells they name, indexed once: 200+ forms), where the
 * jumps go (a form's 得分 cell, its row's 复核得分 on 「复核记录」), and what the record's （总体）
 * cell holds compared with the current draft.
 */
import { isUntouchedDraft, markDraft } from '../core';
import type { Finding, FormReview, ReviewedItem, WorkbookReview } from '../core';

export interface CellTarget {
  sheet: string;
  cell: string;
}

const key = (sheet: string, cell: string) => `${sheet}!${cell.toUpperCase()}`;

/** The form's 得分 cell of an item. */
export const formTarget = (i: ReviewedItem): CellTarget => ({ sheet: i.item.sheet, cell: i.item.cell });

/** The item's 复核得分 cell on the record; null: the item has no row there (refresh the record). */
export const recordTarget = (review: WorkbookReview, i: ReviewedItem): CellTarget | null => (i.entry ? { sheet: review.sheet, cell: i.entry.at.reviewScore } : null);

/** The form's （总体） 复核意见 cell on the record, or null. */
export const overallTarget = (review: WorkbookReview, f: FormReview): CellTarget | null => (f.overall ? { sheet: review.sheet, cell: f.overall.at.comment } : null);

/** The REVIEW_* findings (and the record's unreadable scores) of each form, by the form's index in review.forms. */
export function findingsByForm(review: WorkbookReview): Finding[][] {
  const owner = new Map<string, number>();
  review.forms.forEach((f, n) => {
    for (const e of [...f.items.map((i) => i.entry), f.overall]) {
      if (e) for (const cell of Object.values(e.at)) owner.set(key(review.sheet, cell), n);
    }
    for (const i of f.items) owner.set(key(i.item.sheet, i.item.cell), n);
  });
  const out: Finding[][] = review.forms.map(() => []);
  for (const f of review.findings) {
    const n = f.cell ? owner.get(key(f.sheet, f.cell)) : undefined;
    if (n !== undefined) out[n].push(f);
  }
  return out;
}

/** Findings of the review that name no form's row (rows of forms that are gone). */
export function recordOnlyFindings(review: WorkbookReview, byForm: Finding[][]): Finding[] {
  const placed = new Set(byForm.flat());
  return review.findings.filter((f) => !placed.has(f));
}

/** stale: the add-in's own earlier draft, unedited, which a refresh replaces with this one. */
export type DraftState = 'noRow' | 'empty' | 'same' | 'stale' | 'own';

/** The record's （总体） comment against the draft (zh-CN: the record's language; written with its mark, core/review/draftMark). */
export function draftState(f: FormReview, draftZh: string): DraftState {
  if (!f.overall) return 'noRow';
  const comment = f.overall.comment;
  if (comment === '') return 'empty';
  if (comment === markDraft(draftZh)) return 'same';
  return isUntouchedDraft(comment) ? 'stale' : 'own';
}

export const gradeChanged = (f: FormReview): boolean => f.selfGrade !== null && f.reviewGrade !== null && f.selfGrade !== f.reviewGrade;

/** Forms with a changed score or grade. */
export const isChanged = (f: FormReview): boolean => f.changed > 0 || gradeChanged(f);
