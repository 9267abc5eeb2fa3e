/**
 * A draft 复核意见 per form (issue 14), from the reviewer's changes and the form's findings: the
 * totals and the grade, each changed item with its points and the finding on its row (which rule
 * it broke: the code's title, e.g. 未达成却得满分), then the form's errors and warnings by kind with
 * their cells. Bounded: at most MAX_CHANGES items and MAX_CELLS cells per kind are named.
 */
import { codeTitle } from '../codeTitles';
import { format2 } from '../decimal';
import type { Decimal } from '../decimal';
import { Finding, FindingCode } from '../findings';
import type { Lang } from '../messages';
import { parseA1 } from '../a1';
import { DRAFT_TEXT } from './draftText';
import type { FormReview, ReviewedItem } from './engine';

const MAX_CHANGES = 8;
const MAX_CELLS = 5;

const signed = (d: Decimal): string => (d.isNegative() ? `−${format2(d.abs())}` : `+${format2(d)}`);
const fig = (d: Decimal | null): string => (d === null ? '—' : format2(d));

/** The form's own errors and warnings (not the review's, not notes). */
function formProblems(review: FormReview): Finding[] {
  return review.evaluation.findings.filter((f) => f.severity !== 'info' && !f.code.startsWith('REVIEW_'));
}

function itemProblems(item: ReviewedItem, problems: readonly Finding[], lang: Lang): string {
  const codes = new Set<FindingCode>();
  for (const f of problems) if (f.sheet === item.item.sheet && f.cell && parseA1(f.cell).row === item.item.row) codes.add(f.code);
  return [...codes].map((c) => codeTitle(c, lang)).join(lang === 'zh-CN' ? '、' : ', ');
}

export function draftComment(review: FormReview, lang: Lang = 'zh-CN'): string {
  const t = DRAFT_TEXT[lang];
  const problems = formProblems(review);
  const changed = review.items.filter((i) => i.delta !== null && !i.delta.isZero());
  const parts: string[] = [];
  const self = fig(review.selfTotal);
  parts.push(changed.length > 0 && review.difference !== null ? t.opening(self, fig(review.reviewTotal), signed(review.difference)) : t.openingSame(self));
  if (review.selfGrade && review.reviewGrade) parts.push(review.selfGrade !== review.reviewGrade ? t.gradeChanged(review.selfGrade, review.reviewGrade) : t.gradeKept(review.reviewGrade));
  else parts.push(t.end);
  if (changed.length > 0) {
    const lines = changed.slice(0, MAX_CHANGES).map((i, n) => {
      const because = itemProblems(i, problems, lang);
      return t.change(n + 1, i.item.name, fig(i.item.selfScore), fig(i.counted), signed(i.delta as Decimal)) + (i.comment ? t.reason(i.comment) : '') + (because ? t.becauseOf(because) : '');
    });
    parts.push(t.changesHead(changed.length) + lines.join(t.sep) + t.end);
    if (changed.length > MAX_CHANGES) parts.push(t.moreChanges(changed.length - MAX_CHANGES));
  }
  if (problems.length > 0) {
    const byCode = new Map<FindingCode, Finding[]>();
    for (const f of problems) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
    const errors = problems.filter((f) => f.severity === 'error').length;
    const kinds = [...byCode].map(([code, fs]) => {
      const cells = fs.map((f) => f.cell ?? f.sheet).slice(0, MAX_CELLS).join(lang === 'zh-CN' ? '、' : ', ') + (fs.length > MAX_CELLS ? '…' : '');
      return t.problem(codeTitle(code, lang), fs.length, cells);
    });
    parts.push(t.problemsHead(errors, problems.length - errors) + kinds.join(t.sep) + t.end);
  } else {
    parts.push(t.noProblems);
  }
  if (changed.length === 0 && problems.length === 0) parts.push(t.accepted);
  return parts.join('').trim();
}
