/**
 * `jixiao check FILE --issues-sheet OUT`: a copy of FILE with 「问题清单」 (every finding, a link to
 * its cell, src/core/results/issuesSheet.ts) added last or, when the add-in wrote it before,
 * replaced in place; written atomically, as `recalc -o` writes its copy. FILE is never touched:
 * nothing else of the package changes. A same-named sheet of the user's is never replaced.
 */
import type JSZip from 'jszip';
import type { WorkbookEvaluation } from '../core/evaluation';
import { ISSUES_SHEET, issuesOf, issuesSheetSpec } from '../core/results/issuesSheet';
import { generatePackage, putSheet, SheetNotOursError } from '../xlsx/sheetWriter';
import { openPackage } from '../xlsx/xlsxPatch';
import { WriteFs, writeFileAtomic } from './atomicWrite';
import { destinationRefusal, macroRefusal } from './copyChecks';
import type { Io } from './io';
import { Lang, t } from './text';
import { writeErrorText, writeProblemOf } from './writeErrorText';

/** What became of the copy (the JSON document's `issuesSheet`): written with `findings` rows, or `error`, why not. */
export type IssuesSheetOutcome = { output: string; sheet: string; written: true; findings: number } | { output: string; sheet: string; written: false; error: string | null };

/** The file as checked: its bytes and their evaluation; absent when it could not be read. */
export interface CheckedWorkbook {
  file: string;
  bytes: Uint8Array;
  ev: WorkbookEvaluation;
}

export async function writeIssuesSheet(checked: CheckedWorkbook, output: string, lang: Lang, fsys?: WriteFs): Promise<IssuesSheetOutcome> {
  const { file } = checked;
  const refused = (error: string): IssuesSheetOutcome => ({ output, sheet: ISSUES_SHEET, written: false, error });
  const destination = await destinationRefusal(file, output, lang, 'check');
  if (destination) return refused(destination);
  let zip: JSZip;
  try {
    zip = await openPackage(checked.bytes);
  } catch {
    return refused(t(lang, 'patchFailed', { output }));
  }
  const macros = macroRefusal(file, output, zip, lang);
  if (macros) return refused(macros);
  const rows = issuesOf(checked.ev);
  let bytes: Uint8Array;
  try {
    await putSheet(zip, issuesSheetSpec(rows));
    bytes = await generatePackage(zip);
  } catch (err) {
    return refused(err instanceof SheetNotOursError ? t(lang, 'issuesSheetForeign', { file, sheet: err.sheet }) : t(lang, 'patchFailed', { output }));
  }
  try {
    await writeFileAtomic(output, bytes, fsys);
  } catch (err) {
    return refused(writeErrorText(writeProblemOf(err), lang, output));
  }
  return { output, sheet: ISSUES_SHEET, written: true, findings: rows.length };
}

/**
 * For runCheck: the copy of the one file checked (null: it could not be read; the check said why),
 * the outcome reported on stderr (refused) or, without --json, on stdout (written).
 */
export async function issuesSheetStep(checked: CheckedWorkbook | null, output: string, lang: Lang, json: boolean, io: Io): Promise<IssuesSheetOutcome> {
  const outcome = checked ? await writeIssuesSheet(checked, output, lang, io.fs) : { output, sheet: ISSUES_SHEET, written: false as const, error: null };
  if (!outcome.written && outcome.error) io.err(`jixiao: ${outcome.error}\n`);
  if (outcome.written && !json) io.out(t(lang, 'issuesSheetWritten', { output, sheet: outcome.sheet, count: outcome.findings }) + '\n');
  return outcome;
}
