/** `jixiao check FILE|DIR...`: reads workbooks, never modifies them (`--issues-sheet OUT`: a copy with 「问题清单」, ./issuesSheet.ts). */
import { evaluateWorkbook } from '../core/evaluate';
import type { WorkbookEvaluation } from '../core/evaluation';
import { unreadableFinding } from '../core/findings';
import type { Profile } from '../core/profile';
import { FileReport, fileReport, findingReport, FormReport } from '../core/report';
import { resultRow, ResultRow, withReview } from '../core/results/resultRows';
import { formReviewOf, ReviewJson, reviewJson } from '../core/review/reviewJson';
import type { Io } from './io';
import { CheckedWorkbook, issuesSheetStep } from './issuesSheet';
import { loadWorkbook, ReadError, readErrorText, tooLargeOf } from './load';
import { expandFolders } from './paths';
import type { ReadLimits } from '../xlsx/read';
import { countSeverities, renderFile } from './table';
import { Lang, t } from './text';

/** A form as `check --json` reports it: SPEC §6's, with its review (null: the workbook has no 「复核记录」). */
export type CheckedForm = FormReport & { review: ReviewJson | null };

/** A file's report; `error` (the reason, a sentence) and `errorCode` (ReadErrorCode) when it could not be read. */
export type CheckedFile = FileReport & { forms: CheckedForm[]; error?: string; errorCode?: ReadError['code'] };

/** The report of an evaluated workbook, each form with its review (issue 14). */
export function reviewedReport(file: string, ev: WorkbookEvaluation, lang: Lang): CheckedFile {
  const report = fileReport(file, ev, lang);
  return { ...report, forms: report.forms.map((f) => ({ ...f, review: reviewJson(formReviewOf(ev.review, f.sheet, f.range)) })) };
}

export interface CheckOptions {
  /** Files and folders as given on the command line (a folder: its workbooks, as for summary). */
  files: string[];
  json: boolean;
  lang: Lang;
  profile: Profile;
  limits: ReadLimits;
  /** `--issues-sheet OUT`: a copy of the (one) file with 「问题清单」. */
  issuesSheet?: string;
}

/** SPEC §6 entry for a file that could not be read: one FILE_UNREADABLE finding, no forms. */
export function unreadableReport(file: string, error: ReadError, lang: Lang): CheckedFile {
  const reason = readErrorText(error, lang);
  return { file, error: reason, errorCode: error.code, findings: [findingReport(unreadableFinding(reason, tooLargeOf(error).tooLarge), lang)], forms: [] };
}

/** A file's report and, for the table, its forms' results (in the report's order). */
export async function checkFile(file: string, profile: Profile, lang: Lang, limits?: ReadLimits): Promise<{ report: CheckedFile; rows: ResultRow[]; checked?: CheckedWorkbook }> {
  const loaded = await loadWorkbook(file, limits);
  if (!loaded.ok) return { report: unreadableReport(file, loaded.error, lang), rows: [] };
  const ev = evaluateWorkbook(loaded.grids, { profile });
  return { report: reviewedReport(file, ev, lang), rows: ev.forms.map((f) => withReview(resultRow(f), ev.review)), checked: { file, bytes: loaded.bytes, ev } };
}

export function hasErrors(report: FileReport): boolean {
  return countSeverities(report).error > 0;
}

/**
 * Exit code: 2 if a file could not be read (or the --issues-sheet copy was not written), else 1 if
 * any error finding, else 0. A folder without workbooks is an input error (2) before anything is
 * read: a check that silently covers fewer files than asked for would pass for a clean one.
 */
export async function runCheck(options: CheckOptions, io: Io): Promise<number> {
  const { lang } = options;
  const { inputs, empty } = await expandFolders(options.files);
  if (empty.length > 0) {
    io.err(`jixiao: ${t(lang, 'noWorkbooksInDir', { dir: empty[0] })}\n`);
    return 2;
  }
  // the copy is of one workbook: counted after folders are expanded
  if (options.issuesSheet !== undefined && inputs.length !== 1) {
    io.err(`jixiao: ${t(lang, 'issuesSheetOneFile', { count: inputs.length })}\n`);
    return 2;
  }
  const reports: CheckedFile[] = [];
  let last: CheckedWorkbook | null = null;
  for (const { file, error } of inputs) {
    const { report, rows, checked } = error ? { report: unreadableReport(file, error, lang), rows: [], checked: undefined } : await checkFile(file, options.profile, lang, options.limits);
    reports.push(report);
    last = checked ?? null;
    if (report.error !== undefined) io.err(`jixiao: ${t(lang, 'cannotRead', { file, reason: report.error })}\n`);
    if (!options.json) io.out(renderFile(report, rows, lang, options.profile.name));
  }
  const issues = options.issuesSheet === undefined ? null : await issuesSheetStep(last, options.issuesSheet, lang, options.json, io);
  const unreadable = reports.filter((r) => r.error !== undefined).length;
  if (options.json) {
    io.out(JSON.stringify({ files: reports, ...(issues ? { issuesSheet: issues } : {}) }, null, 2) + '\n');
  } else if (reports.length > 1) {
    const total = { error: 0, warning: 0, info: 0 };
    for (const r of reports) {
      const c = countSeverities(r);
      total.error += c.error;
      total.warning += c.warning;
      total.info += c.info;
    }
    const forms = reports.reduce((n, r) => n + r.forms.length, 0);
    io.out(t(lang, 'totalSummary', { files: reports.length, unreadable, forms, ...total }) + '\n');
  }
  if (unreadable > 0 || (issues && !issues.written)) return 2;
  return reports.some(hasErrors) ? 1 : 0;
}
