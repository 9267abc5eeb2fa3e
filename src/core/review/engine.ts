/**
 * The review engine (issue 14): every form's items matched with the rows of 「复核记录」, the
 * 复核总分 (blanks take the 自评得分), the 复核等级, the differences and the review's findings.
 * Pure: forms evaluated by the engine and the record as read in, figures and findings out.
 */
import { Decimal, eq, format2, gt, lt, ZERO } from '../decimal';
import type { FormEvaluation, FormReview, ReviewedItem, WorkbookReview } from '../evaluation';
import { finding, Finding } from '../findings';
import type { Profile } from '../profile';
import { gradeOf } from '../rules/totals';
import { itemKey, overallCell, ReviewItem, reviewItemsOf } from './items';
import { hasInput, RecordEntry, ReviewRecord } from './readRecord';

export type { FormReview, ReviewedItem, WorkbookReview } from '../evaluation';
import { REVIEW_SHEET } from './recordColumns';




export const DEFAULT_REVIEW_THRESHOLD = '5';

function reviewItem(item: ReviewItem, entry: RecordEntry | null, findings: Finding[], sheet: string): ReviewedItem {
  const typed = entry?.reviewScore.kind === 'number' ? entry.reviewScore.value : null;
  let counted = typed ?? item.selfScore;
  if (entry && typed !== null) {
    const over = item.weight !== null && gt(typed, item.weight);
    if (over || lt(typed, ZERO)) {
      findings.push(finding('REVIEW_SCORE_OVER_WEIGHT', sheet, entry.at.reviewScore, { name: item.name, score: format2(typed), weight: item.weight ? format2(item.weight) : null, reason: over ? 'overWeight' : 'negative' }));
      counted = over ? item.weight : ZERO; // as R5 caps a 自评得分
    }
  }
  if (entry?.reviewScore.kind === 'invalid') findings.push(finding('VALUE_NOT_NUMBER', sheet, entry.at.reviewScore, { field: 'reviewScore', text: entry.reviewScore.text }));
  if (entry?.reviewScore.kind === 'error') findings.push(finding('CELL_ERROR', sheet, entry.at.reviewScore, { field: 'reviewScore', error: entry.reviewScore.error }));
  if (entry) staleCheck(entry, item.selfScore, findings, sheet);
  const delta = counted !== null && item.selfScore !== null ? counted.minus(item.selfScore) : null;
  return { item, entry, reviewScore: typed, counted, delta, comment: entry?.comment ?? '' };
}

function staleCheck(entry: RecordEntry, current: Decimal | null, findings: Finding[], sheet: string): void {
  const same = entry.selfScore === null || current === null ? entry.selfScore === current : eq(entry.selfScore, current);
  if (!same) {
    findings.push(finding('REVIEW_STALE', sheet, entry.at.selfScore, { reason: 'changed', sheet: entry.sheet, cell: entry.cell, recorded: entry.selfScore ? format2(entry.selfScore) : null, current: current ? format2(current) : null }));
  }
}

const sum = (xs: (Decimal | null)[]): Decimal | null => (xs.some((x) => x === null) ? null : xs.reduce<Decimal>((a, x) => a.plus(x as Decimal), ZERO));

function reviewForm(ev: FormEvaluation, byKey: Map<string, RecordEntry>, used: Set<RecordEntry>, hasRecord: boolean, options: { profile: Profile }, findings: Finding[], sheet: string): FormReview {
  const take = (key: string, overall: boolean) => {
    const e = byKey.get(key);
    if (!e || e.overall !== overall) return null;
    used.add(e);
    return e;
  };
  const items = reviewItemsOf(ev).map((item) => {
    const entry = take(itemKey(item.sheet, item.cell), false);
    if (!entry && hasRecord) findings.push(finding('REVIEW_ROW_MISSING', item.sheet, item.cell, { name: item.name, record: sheet }));
    return reviewItem(item, entry, findings, sheet);
  });
  const cell = overallCell(ev);
  const overall = take(itemKey(ev.form.sheet, cell), true);
  if (overall) staleCheck(overall, ev.totalScore, findings, sheet);
  const reviewTotal = items.length > 0 ? sum(items.map((i) => i.counted)) : null;
  const reviewGrade = reviewTotal !== null ? gradeOf(reviewTotal, options.profile) : null;
  const difference = reviewTotal !== null && ev.totalScore !== null ? reviewTotal.minus(ev.totalScore) : null;
  const review: FormReview = {
    evaluation: ev, sheet: ev.form.sheet, cell, project: ev.form.project, items, overall,
    selfTotal: ev.totalScore, selfGrade: ev.grade, reviewTotal, reviewGrade, difference,
    changed: items.filter((i) => i.delta !== null && !i.delta.isZero()).length,
  };
  formFindings(review, options.profile, findings, sheet);
  return review;
}

function formFindings(r: FormReview, profile: Profile, findings: Finding[], sheet: string): void {
  if (!r.overall || r.reviewTotal === null || r.selfTotal === null || r.difference === null) return;
  const at = r.overall.at.reviewScore;
  const base = { project: r.project, selfTotal: format2(r.selfTotal), reviewTotal: format2(r.reviewTotal) };
  if (r.selfGrade !== null && r.reviewGrade !== null && r.selfGrade !== r.reviewGrade) {
    findings.push(finding('REVIEW_GRADE_CHANGED', sheet, at, { ...base, selfGrade: r.selfGrade, reviewGrade: r.reviewGrade }));
  }
  const threshold = new Decimal(profile.reviewTotalDiffers || DEFAULT_REVIEW_THRESHOLD);
  if (!r.difference.abs().lessThan(threshold)) {
    findings.push(finding('REVIEW_TOTAL_DIFFERS', sheet, at, { ...base, difference: format2(r.difference), threshold: format2(threshold) }));
  }
}

/** Reviews every form against the record; null without a record (nothing has been reviewed). */
export function reviewWorkbook(forms: readonly FormEvaluation[], record: ReviewRecord | null, options: { profile: Profile }): WorkbookReview | null {
  if (!record) return null;
  const sheet = record.sheet || REVIEW_SHEET;
  const findings: Finding[] = [];
  const byKey = new Map<string, RecordEntry>();
  for (const e of record.entries) if (!byKey.has(itemKey(e.sheet, e.cell))) byKey.set(itemKey(e.sheet, e.cell), e);
  const used = new Set<RecordEntry>();
  const reviewed = forms.map((ev) => reviewForm(ev, byKey, used, !record.damaged, options, findings, sheet));
  const orphans = record.entries.filter((e) => !used.has(e) && hasInput(e));
  const matched = new Set([...used].map((e) => itemKey(e.sheet, e.cell)));
  for (const e of record.entries) {
    if (used.has(e)) continue;
    const reason = matched.has(itemKey(e.sheet, e.cell)) ? 'duplicate' : 'notScoreCell';
    findings.push(finding('REVIEW_STALE', sheet, e.at.selfScore, { reason, sheet: e.sheet, cell: e.cell, recorded: e.selfScore ? format2(e.selfScore) : null, current: null }));
  }
  return { sheet, forms: reviewed, orphans, findings };
}
