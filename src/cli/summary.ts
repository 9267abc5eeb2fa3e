/**
 * `jixiao summary FILE|DIR... -o SUMMARY.xlsx`: evaluates many workbooks (a reviewer's folder of
 * units) and writes one new workbook with 「绩效自评结果」 (every form with its file and unit),
 * 「问题清单」 (every finding; unreadable files as FILE_UNREADABLE) and 「等级统计」. The sheets
 * come from the core (batchModel/batchSheets), the package from the host-neutral sheet writer.
 *
 * Files are read and evaluated one at a time; only the forms and findings are kept (no Grid, no
 * bytes, no write plan), so thousands of files fit.
 */
import * as path from 'path';
import { format2OrNull } from '../core/decimal';
import type { WorkbookEvaluation } from '../core/evaluate';
import { evaluateWorkbook } from '../core/evaluate';
import type { Profile } from '../core/profile';
import { BatchFile, batchModel, BatchModel, batchSheets } from '../core/results/batchSheets';
import { columnsFor, plainRow } from '../core/results/columns';
import { GRADES, hasReview, ReviewTotals } from '../core/results/resultRows';
import { emptyPlan } from '../core/writePlan';
import { newWorkbook } from '../xlsx/sheetWriter';
import { writeFileAtomic } from './atomicWrite';
import { expandFolders, isDirectory, sameFile } from './paths';
import type { Io } from './io';
import type { ReadLimits } from '../xlsx/read';
import { loadWorkbook, readErrorText, tooLargeOf } from './load';
import { clock, Progress } from './progress';
import { Lang, t } from './text';
import { writeErrorText, writeProblemOf } from './writeErrorText';

export interface SummaryOptions {
  /** Files and folders as given on the command line. */
  files: string[];
  output: string;
  json: boolean;
  /** Force the progress line (it is shown anyway when stderr is a terminal). */
  progress: boolean;
  lang: Lang;
  profile: Profile;
  /** The reader's bounds (--max-part-mb); the defaults when absent. */
  limits?: ReadLimits;
}

/**
 * What batchModel needs of an evaluation: the forms, the findings and each form's review figures
 * (no plans, sheets, record rows or items).
 */
function slim(ev: WorkbookEvaluation): WorkbookEvaluation {
  const forms = ev.forms.map((f) => ({ ...f, plan: [] }));
  const review = ev.review ? { ...ev.review, forms: ev.review.forms.map((r) => ({ ...r, evaluation: forms[ev.forms.indexOf(r.evaluation)] ?? r.evaluation, items: [], overall: null })), orphans: [], findings: [] } : null;
  return { sheets: [], forms, findings: ev.findings, plan: emptyPlan(), review };
}

/** The review's totals as JSON: only when some file has a 「复核记录」. */
function reviewJson(review: ReviewTotals | undefined) {
  return review ? { review: { forms: review.forms, gradesChanged: review.gradesChanged, meanAbsDifference: format2OrNull(review.meanAbsDifference) } } : {};
}

function jsonDoc(m: BatchModel, unreadable: { file: string; code: string; reason: string }[], output: string) {
  const f2 = format2OrNull;
  const tt = m.totals;
  return {
    files: m.files,
    unreadable,
    forms: tt.forms,
    totals: {
      annual: f2(tt.annual),
      executed: f2(tt.executed),
      rate: f2(tt.rate),
      grades: Object.fromEntries(GRADES.map((g) => [g, tt.grades[g]])),
      ungraded: tt.ungraded,
      errors: tt.errors,
      warnings: tt.warnings,
      ...reviewJson(tt.review),
    },
    // the 'json' view of the results columns: one key per column (the review's where a file has a record)
    rows: m.rows.map((r, i) => plainRow(columnsFor('json', { review: hasReview(m.rows) }), r, i)),
    output,
  };
}

/**
 * Exit 0: written, every file read. 2: some file could not be read (the workbook is still written
 * for the others), nothing was written (output refused, no files, write failed). Error findings
 * do not change the exit code: they are what the 问题清单 sheet is for.
 */
export async function runSummary(o: SummaryOptions, io: Io): Promise<number> {
  const { lang, output } = o;
  const refuse = (text: string) => {
    io.err(`jixiao: ${text}\n`);
    return 2;
  };
  if (path.extname(output).toLowerCase() !== '.xlsx') return refuse(t(lang, 'summaryNotXlsx', { output }));
  if (await isDirectory(output)) return refuse(t(lang, 'outputIsDir', { output }));
  for (const file of o.files) if (await sameFile(file, output)) return refuse(t(lang, 'summaryIsInput', { output }));

  // a folder without workbooks is only a note: the other arguments are still summarised
  const { inputs, empty } = await expandFolders(o.files, (file) => sameFile(file, output));
  for (const dir of empty) io.err(`jixiao: ${t(lang, 'noWorkbooksInDir', { dir })}\n`);
  if (inputs.length === 0) return refuse(t(lang, 'nothingToSummarise'));

  const progress = new Progress(io, { enabled: o.progress || io.errIsTTY === true, total: inputs.length, lang });
  const batch: BatchFile[] = [];
  const unreadable: { file: string; code: string; reason: string }[] = [];
  try {
    for (const [i, input] of inputs.entries()) {
      let error = input.error ?? null;
      if (!error) {
        const loaded = await loadWorkbook(input.file, o.limits);
        if (loaded.ok) batch.push({ file: input.file, evaluation: slim(evaluateWorkbook(loaded.grids, { profile: o.profile })) });
        else error = loaded.error;
      }
      if (error) {
        // the workbook is in Chinese whatever the interface language; stderr and JSON follow --lang
        const reason = readErrorText(error, lang);
        batch.push({ file: input.file, error: readErrorText(error, 'zh-CN'), ...tooLargeOf(error) });
        unreadable.push({ file: input.file, code: error.code, reason });
        progress.note(`jixiao: ${t(lang, 'cannotRead', { file: input.file, reason })}\n`);
      }
      progress.update(i + 1);
    }

    const model = batchModel(batch);
    const bytes = await newWorkbook(batchSheets(model));
    try {
      await writeFileAtomic(output, bytes, io.fs);
    } catch (err) {
      progress.finish(null);
      return refuse(writeErrorText(writeProblemOf(err), lang, output));
    }
    const forms = model.totals.forms;
    progress.finish(t(lang, 'progressDone', { files: model.files, forms, output, time: clock(progress.elapsedMs) }));
    if (o.json) io.out(JSON.stringify(jsonDoc(model, unreadable, output), null, 2) + '\n');
    else {
      const tt = model.totals;
      const rate = tt.rate ? `${format2OrNull(tt.rate)}%` : '—';
      io.out(t(lang, 'summaryWritten', { files: model.files, unreadable: unreadable.length, forms, output }) + '\n');
      io.out(t(lang, 'summaryTotals', { ...tt.grades, ungraded: tt.ungraded, rate, errors: tt.errors, warnings: tt.warnings }) + '\n');
      const rv = tt.review;
      if (rv) io.out(t(lang, 'summaryReview', { forms: rv.forms, changed: rv.gradesChanged, mean: format2OrNull(rv.meanAbsDifference) ?? '—' }) + '\n');
    }
    return unreadable.length > 0 ? 2 : 0;
  } finally {
    progress.finish(null); // after an internal error: the bar is cleared before main's message
  }
}
