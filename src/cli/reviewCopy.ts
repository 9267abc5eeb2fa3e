/**
 * The copy `jixiao review FILE -o OUT` writes: FILE with 「复核记录」 created (added last) or
 * refreshed in place (src/core/review/recordSheet.ts keeps what the reviewer entered), written
 * atomically as `recalc -o` writes its copy. Only that sheet changes: the forms are never written
 * in review work. A same-named sheet of the user's, or a record that lost its header row, is
 * refused before anything is written.
 */
import type JSZip from 'jszip';
import { evaluateWorkbook } from '../core/evaluate';
import type { WorkbookEvaluation } from '../core/evaluation';
import type { Profile } from '../core/profile';
import { sheetOwnership } from '../core/results/ownership';
import { isReviewerComment, readRecord, recordGridOf } from '../core/review/readRecord';
import { REVIEW_SHEET, REVIEW_SIGNATURE } from '../core/review/recordColumns';
import { RecordSheet, recordSheet } from '../core/review/recordSheet';
import type { WorkbookReview } from '../core/evaluation';
import { SIGNATURE_CELL } from '../core/results/tableSheet';
import type { ReadLimits } from '../xlsx/read';
import { generatePackage, putSheet, SheetNotOursError } from '../xlsx/sheetWriter';
import { openPackage } from '../xlsx/xlsxPatch';
import { WriteFs, writeFileAtomic } from './atomicWrite';
import { destinationRefusal, macroRefusal } from './copyChecks';
import { gridsFromBytes, isReadError, loadWorkbook, readErrorText } from './load';
import { Lang, t } from './text';
import { writeErrorText, writeProblemOf } from './writeErrorText';

export interface ReviewOptions {
  file: string;
  output: string;
  json: boolean;
  lang: Lang;
  profile: Profile;
  /** The reader's bounds (--max-part-mb); the defaults when absent. */
  limits?: ReadLimits;
}

/** Nothing was written: `message` says why, in one sentence. */
export class ReviewRefusal {
  constructor(readonly message: string) {}
}

/** What the refresh kept of the reviewer's input and what it added. */
export interface ReviewCounts {
  /** Body rows of the sheet: every item, a （总体） row per form, the orphans. */
  rows: number;
  /** 复核得分 entered by the reviewer and written back as typed. */
  scores: number;
  /** 复核意见 entered by the reviewer and kept (items, （总体） rows, orphans). */
  comments: number;
  /** Draft 复核意见 written into empty （总体） cells. */
  drafted: number;
  /** Rows with the reviewer's input whose cell is no scored item any more, kept at the end. */
  orphans: number;
}

export interface ReviewDone {
  /** The sheet was absent from FILE (true) or the add-in's own, refreshed (false). */
  created: boolean;
  made: RecordSheet;
  counts: ReviewCounts;
  /** The copy as written, evaluated again (what `check` would report on it). */
  after: WorkbookEvaluation;
}

const entered = (raw: unknown): boolean => raw !== null && raw !== undefined;

export function reviewCounts(review: WorkbookReview, drafted: number): ReviewCounts {
  let scores = 0;
  let comments = 0;
  for (const f of review.forms) {
    for (const i of f.items) {
      if (entered(i.entry?.reviewRaw)) scores++;
      if (isReviewerComment(i.comment)) comments++;
    }
    if (f.overall && isReviewerComment(f.overall.comment)) comments++;
  }
  for (const e of review.orphans) {
    if (!e.overall && entered(e.reviewRaw)) scores++; // an orphan （总体） row's 复核得分 is a total, not input
    if (isReviewerComment(e.comment)) comments++;
  }
  const rows = review.forms.reduce((n, f) => n + f.items.length + 1, 0) + review.orphans.length;
  return { rows, scores, comments, drafted, orphans: review.orphans.length };
}

export async function reviewCopy(o: ReviewOptions, fsys?: WriteFs): Promise<ReviewDone> {
  const { lang, output, file } = o;
  const destination = await destinationRefusal(file, output, lang, 'review');
  if (destination) throw new ReviewRefusal(destination);
  const loaded = await loadWorkbook(file, o.limits);
  if (!loaded.ok) throw new ReviewRefusal(t(lang, 'cannotRead', { file, reason: readErrorText(loaded.error, lang) }));
  let zip: JSZip;
  try {
    zip = await openPackage(loaded.bytes);
  } catch {
    throw new ReviewRefusal(t(lang, 'patchFailed', { output }));
  }
  const macros = macroRefusal(file, output, zip, lang);
  if (macros) throw new ReviewRefusal(macros);

  const ownership = sheetOwnership(loaded.grids, { name: REVIEW_SHEET, signatureCell: SIGNATURE_CELL, signature: REVIEW_SIGNATURE });
  const foreign = (sheet: string) => new ReviewRefusal(t(lang, 'reviewSheetForeign', { file, sheet }));
  if (ownership === 'foreign') throw foreign(loaded.grids.find((g) => g.sheet.toUpperCase() === REVIEW_SHEET.toUpperCase())?.sheet ?? REVIEW_SHEET);
  const options = { profile: o.profile };
  const ev = evaluateWorkbook(loaded.grids, options);
  const grid = recordGridOf(loaded.grids);
  const made = recordSheet(ev.forms, grid ? readRecord(grid) : null, options, loaded.grids.map((g) => g.sheet));
  if (!made) throw new ReviewRefusal(t(lang, 'reviewRecordDamaged', { file, sheet: grid?.sheet ?? REVIEW_SHEET }));

  let bytes: Uint8Array;
  try {
    await putSheet(zip, made.spec);
    bytes = await generatePackage(zip);
  } catch (err) {
    throw err instanceof SheetNotOursError ? foreign(err.sheet) : new ReviewRefusal(t(lang, 'patchFailed', { output }));
  }
  // read back before writing: what the copy holds is what is reported
  const grids = await gridsFromBytes(bytes, o.limits);
  if (isReadError(grids)) throw new ReviewRefusal(t(lang, 'verifyFailed', { detail: readErrorText(grids, lang), output }));
  const after = evaluateWorkbook(grids, options);
  try {
    await writeFileAtomic(output, bytes, fsys);
  } catch (err) {
    throw new ReviewRefusal(writeErrorText(writeProblemOf(err), lang, output));
  }
  return { created: ownership === 'absent', made, counts: reviewCounts(made.review, made.drafted), after };
}
