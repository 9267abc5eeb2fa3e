/**
 * 「复核记录」 as a SheetSpec, created or refreshed (issue 14): one row per scored item of every
 * form, then the form's （总体） row, in sheet order; the reviewer's 复核得分 and 复核意见 kept for
 * every row whose sheet and cell are still an item, and kept on rows of their own at the end where
 * they are not (never dropped). The （总体） row shows the totals (its 复核得分 is the 复核总分, written
 * at each refresh, not read back) and gets the draft 复核意见 only where its cell is empty or still
 * holds the add-in's untouched draft (./draftMark).
 */
import { Decimal, fromExcelNumber, ZERO } from '../decimal';
import type { FormEvaluation } from '../evaluation';
import type { CellValue } from '../grid';
import { isExcelError } from '../grid';
import type { Profile } from '../profile';
import type { SheetSpec, SpecCell } from '../sheetSpec';
import { HEADER_ROW, tableSheet, TableValue } from '../results/tableSheet';
import { toA1 } from '../a1';
import { draftComment } from './draft';
import { isUntouchedDraft, markDraft } from './draftMark';
import { FormReview, reviewWorkbook, WorkbookReview } from './engine';
import type { RecordEntry, ReviewRecord } from './readRecord';
import { OVERALL, REVIEW_COLUMNS, REVIEW_SHEET, REVIEW_SIGNATURE, REVIEW_TEXT } from './recordColumns';

export interface RecordSheet {
  spec: SheetSpec;
  review: WorkbookReview;
  /** Drafts written by this refresh: into empty （总体） cells, or over an unedited draft that said something else. */
  drafted: number;
}

const REVIEW_COL = REVIEW_COLUMNS.findIndex((c) => c.key === 'reviewScore');

/** What the reviewer typed, exactly: a number as its full decimal, anything else as text. */
function typed(raw: CellValue): PlanNumber | string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' && Number.isFinite(raw)) return { exact: fromExcelNumber(raw) };
  if (isExcelError(raw)) return raw.error;
  return String(raw);
}
interface PlanNumber {
  exact: Decimal;
}

type Row = { values: TableValue[]; review: PlanNumber | string | null; overall: boolean };

const link = (sheet: string, cell: string, exists: boolean): TableValue => (exists ? { text: cell, link: { sheet, cell } } : cell);

function formRows(r: FormReview, drafts: { n: number }): Row[] {
  const project = r.project ?? REVIEW_TEXT.noProject;
  const rows: Row[] = r.items.map((i) => ({
    values: [i.item.sheet, link(i.item.sheet, i.item.cell, true), project, i.item.name, i.item.weight, i.item.selfScore, null, i.comment],
    review: typed(i.entry?.reviewRaw ?? null),
    overall: false,
  }));
  const weights = r.items.map((i) => i.item.weight);
  const weight = weights.some((w) => w === null) ? null : weights.reduce<Decimal>((a, w) => a.plus(w as Decimal), ZERO);
  const before = r.overall?.comment ?? '';
  let comment = before;
  if (comment === '' || isUntouchedDraft(comment)) {
    comment = markDraft(draftComment(r, 'zh-CN'));
    if (comment !== before) drafts.n++; // an unedited draft that says the same is no new draft
  }
  rows.push({ values: [r.sheet, link(r.sheet, r.cell, true), project, OVERALL, weight, r.selfTotal, r.reviewTotal, comment], review: null, overall: true });
  return rows;
}

function orphanRow(e: RecordEntry, sheets: ReadonlySet<string>): Row {
  return { values: [e.sheet, link(e.sheet, e.cell, sheets.has(e.sheet)), e.project, e.indicator, null, e.selfScore, null, e.comment], review: e.overall ? null : typed(e.reviewRaw), overall: false };
}

/**
 * The record for these forms, refreshed from `record` (null: created afresh). Null when the
 * record is damaged (its header row is gone): nothing could be matched, so nothing is written over it.
 */
export function recordSheet(forms: readonly FormEvaluation[], record: ReviewRecord | null, options: { profile: Profile }, sheetNames: readonly string[]): RecordSheet | null {
  if (record?.damaged) return null;
  const review = reviewWorkbook(forms, record ?? { sheet: REVIEW_SHEET, entries: [], damaged: false }, options) as WorkbookReview;
  const drafts = { n: 0 };
  const sheets = new Set(sheetNames);
  const rows = [...review.forms.flatMap((r) => formRows(r, drafts)), ...review.orphans.map((e) => orphanRow(e, sheets))];
  const spec = tableSheet({
    name: REVIEW_SHEET,
    title: REVIEW_TEXT.title(review.forms.length, review.forms.filter((f) => f.changed > 0).length),
    columns: [...REVIEW_COLUMNS],
    rows: rows.map((r) => r.values),
    print: 'landscape',
  });
  spec.signature = REVIEW_SIGNATURE;
  spec.cells = spec.cells.map((c) => (c.cell === spec.signatureCell ? { ...c, value: { type: 'text', text: REVIEW_SIGNATURE } } : c));
  spec.cells.push(...typedCells(rows));
  spec.cells = spec.cells.map((c) => (overallRow(c, rows) ? { ...c, style: 'total' } : c));
  return { spec, review, drafted: drafts.n };
}

/** The reviewer's 复核得分 cells, exactly as typed (a table figure would be rounded to 2 dp). */
function typedCells(rows: Row[]): SpecCell[] {
  const out: SpecCell[] = [];
  rows.forEach((r, i) => {
    if (r.review === null) return;
    const cell = toA1(HEADER_ROW + i, REVIEW_COL);
    out.push({ cell, style: 'body', value: typeof r.review === 'string' ? { type: 'text', text: r.review } : { type: 'number', text: r.review.exact.toFixed() } });
  });
  return out;
}

function overallRow(c: SpecCell, rows: Row[]): boolean {
  const row = Number(/\d+$/.exec(c.cell)?.[0]) - 1 - HEADER_ROW;
  return row >= 0 && row < rows.length && rows[row].overall;
}
