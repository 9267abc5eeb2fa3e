/**
 * A form's review as `check --json` gives it (issue 14): figures as 2-decimal strings, null where
 * there is none. `reviewScore` is the 复核得分 as typed (null: blank, the 自评 accepted, or not a
 * number); `delta` is what the item's counted score differs from its 自评得分 by.
 */
import { format2OrNull } from '../decimal';
import type { FormReview } from '../evaluation';
import { draftComment } from './draft';

export interface ReviewJson {
  totalScore: string | null;
  grade: string | null;
  difference: string | null;
  items: { cell: string; selfScore: string | null; reviewScore: string | null; delta: string | null; comment: string }[];
  /** The （总体） row's 复核意见 ('' if none) and the draft the record would get where it is empty. */
  comment: string;
  draft: string;
}

export function reviewJson(r: FormReview | undefined | null): ReviewJson | null {
  if (!r) return null;
  return {
    totalScore: format2OrNull(r.reviewTotal),
    grade: r.reviewGrade,
    difference: format2OrNull(r.difference),
    items: r.items.map((i) => ({ cell: i.item.cell, selfScore: format2OrNull(i.item.selfScore), reviewScore: format2OrNull(i.reviewScore), delta: format2OrNull(i.delta), comment: i.comment })),
    comment: r.overall?.comment ?? '',
    draft: draftComment(r, 'zh-CN'),
  };
}

/** The review of a form evaluation, looked up in a workbook review (null: not reviewed). */
export function formReviewOf(review: { forms: readonly FormReview[] } | null | undefined, sheet: string, range: string): FormReview | null {
  return review?.forms.find((f) => f.sheet === sheet && f.evaluation.form.range === range) ?? null;
}
