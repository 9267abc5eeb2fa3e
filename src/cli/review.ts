/**
 * `jixiao review FILE -o OUT.xlsx` (issue 14): the reviewer's copy with 「复核记录」 (./reviewCopy),
 * then, per form, 自评总分 / 复核总分 / 差异 / 自评等级 → 复核等级 and what the refresh kept.
 */
import { format2OrNull } from '../core/decimal';
import type { FormReview } from '../core/evaluation';
import { REVIEW_SHEET } from '../core/review/recordColumns';
import { CheckedFile, reviewedReport } from './check';
import type { Io } from './io';
import { ReviewDone, reviewCopy, ReviewOptions, ReviewRefusal } from './reviewCopy';
import { countSeverities, findingLines, renderTable } from './table';
import { Lang, t } from './text';
import { clip } from './width';

export type { ReviewOptions } from './reviewCopy';

const DASH = '-';
const PROJECT_WIDTH = 36;
const SHEET_WIDTH = 26;

/** A form's line in `--json`'s `forms`: figures as 2-decimal strings or null. */
function formLine(f: FormReview) {
  return {
    sheet: f.sheet,
    range: f.evaluation.form.range,
    project: f.project,
    selfTotal: format2OrNull(f.selfTotal),
    selfGrade: f.selfGrade,
    totalScore: format2OrNull(f.reviewTotal),
    grade: f.reviewGrade,
    difference: format2OrNull(f.difference),
    changed: f.changed,
  };
}

function formsTable(forms: readonly FormReview[], lang: Lang): string[] {
  const head = (['reviewColSheet', 'reviewColProject', 'reviewColSelf', 'reviewColReview', 'reviewColDifference', 'reviewColGrade', 'reviewColChanged'] as const).map((k, i) => ({
    header: t(lang, k),
    align: i === 0 || i === 1 || i === 5 ? ('left' as const) : ('right' as const),
  }));
  const rows = forms.map((f) => [
    clip(f.sheet.replace(/\s+/g, ' '), SHEET_WIDTH),
    clip((f.project ?? DASH).replace(/\s+/g, ' '), PROJECT_WIDTH),
    format2OrNull(f.selfTotal) ?? DASH,
    format2OrNull(f.reviewTotal) ?? DASH,
    format2OrNull(f.difference) ?? DASH,
    `${f.selfGrade ?? DASH} → ${f.reviewGrade ?? DASH}`,
    String(f.changed),
  ]);
  return renderTable(head, rows);
}

function renderDone(o: ReviewOptions, d: ReviewDone, report: CheckedFile): string {
  const { lang } = o;
  const c = d.counts;
  const lines = [t(lang, 'reviewWritten', { output: o.output, sheet: REVIEW_SHEET, created: d.created ? 1 : 0, rows: c.rows }), ''];
  const forms = d.made.review.forms;
  if (forms.length > 0) lines.push(...formsTable(forms, lang), '');
  else lines.push(t(lang, 'reviewNoForms'), '');
  lines.push(t(lang, 'reviewKept', { scores: c.scores, comments: c.comments, drafts: c.drafted, orphans: c.orphans }));
  lines.push(t(lang, 'reviewRemaining', countSeverities(report)));
  const serious = [...report.findings, ...report.forms.flatMap((f) => f.findings)].filter((f) => f.severity !== 'info');
  lines.push(...findingLines(serious, lang, true));
  return lines.join('\n') + '\n';
}

/**
 * Exit 0: the copy written, no error finding in it; 1: written, error findings remain (the forms',
 * or a 复核得分 over its 分值); 2: nothing written (unreadable input, the input as output, a
 * 「复核记录」 of the user's or without its header row, a write that failed) — as `recalc`.
 */
export async function runReview(o: ReviewOptions, io: Io): Promise<number> {
  let done: ReviewDone;
  try {
    done = await reviewCopy(o, io.fs);
  } catch (err) {
    if (!(err instanceof ReviewRefusal)) throw err;
    io.err(`jixiao: ${err.message}\n`);
    if (o.json) io.out(JSON.stringify({ file: o.file, output: o.output, written: false, error: err.message, sheet: REVIEW_SHEET, forms: [], report: null }, null, 2) + '\n');
    return 2;
  }
  const report = reviewedReport(o.output, done.after, o.lang);
  if (o.json) {
    const c = done.counts;
    const doc = {
      file: o.file,
      output: o.output,
      written: true,
      sheet: REVIEW_SHEET,
      created: done.created,
      rows: c.rows,
      kept: { scores: c.scores, comments: c.comments },
      drafted: c.drafted,
      orphans: c.orphans,
      forms: done.made.review.forms.map(formLine),
      report,
    };
    io.out(JSON.stringify(doc, null, 2) + '\n');
  } else {
    io.out(renderDone(o, done, report));
  }
  return countSeverities(report).error > 0 ? 1 : 0;
}
