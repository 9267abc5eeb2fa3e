/**
 * Reads 「复核记录」 back: every body row under its header, by header text (a column the reviewer
 * moved is still found). The raw 复核得分 and 复核意见 are kept as typed, so that a refresh writes
 * back exactly what the reviewer entered, a mistyped score included.
 */
import { parseA1, toA1 } from '../a1';
import type { Decimal } from '../decimal';
import { CellValue, Grid, GridView } from '../grid';
import { labelKey } from '../labels';
import { isBlankText, readNumber } from '../numbers';
import { sheetOwnership } from '../results/ownership';
import { isUntouchedDraft } from './draftMark';
import { OVERALL, REVIEW_COLUMNS, REVIEW_SHEET, REVIEW_SIGNATURE, ReviewColumnKey } from './recordColumns';

export type ScoreReading = { kind: 'blank' } | { kind: 'number'; value: Decimal } | { kind: 'invalid'; text: string } | { kind: 'error'; error: string };

export interface RecordEntry {
  /** The form's sheet and the item's 得分 cell (for （总体）: the form's 总分 cell) as the row names them. */
  sheet: string;
  cell: string;
  project: string;
  indicator: string;
  overall: boolean;
  /** 自评得分 as recorded when the row was last refreshed. */
  selfScore: Decimal | null;
  reviewScore: ScoreReading;
  /** What the reviewer typed, as typed (written back on refresh). */
  reviewRaw: CellValue;
  comment: string;
  /** Cells of this row on the record sheet. */
  at: Record<'selfScore' | 'reviewScore' | 'comment' | 'indicator', string>;
}

export interface ReviewRecord {
  sheet: string;
  entries: RecordEntry[];
  /** The signed sheet has lost its header row: nothing can be matched, and it must not be refreshed over. */
  damaged: boolean;
}

/** The signed 「复核记录」 among the grids, or null (absent, or a sheet of that name that is the user's own). */
export function recordGridOf(grids: readonly Grid[]): Grid | null {
  if (sheetOwnership(grids, { name: REVIEW_SHEET, signatureCell: 'A2', signature: REVIEW_SIGNATURE }) !== 'ours') return null;
  return grids.find((g) => g.sheet.toUpperCase() === REVIEW_SHEET.toUpperCase()) ?? null;
}

const HEADER_SEARCH_ROWS = 20;

/** 0-based columns by key, from the first row (of the first 20) that holds every header. */
function headerOf(view: GridView): { row: number; cols: Record<ReviewColumnKey, number> } | null {
  const wanted = new Map(REVIEW_COLUMNS.map((c) => [labelKey(c.header), c.key]));
  for (let row = view.top; row <= Math.min(view.bottom, view.top + HEADER_SEARCH_ROWS); row++) {
    const cols: Partial<Record<ReviewColumnKey, number>> = {};
    for (let col = view.left; col <= view.right; col++) {
      const key = wanted.get(labelKey(view.value(row, col)));
      if (key !== undefined && cols[key] === undefined) cols[key] = col;
    }
    if (Object.keys(cols).length === REVIEW_COLUMNS.length) return { row, cols: cols as Record<ReviewColumnKey, number> };
  }
  return null;
}

function readScore(v: CellValue): ScoreReading {
  const r = readNumber(v);
  return r.kind === 'number' ? { kind: 'number', value: r.value } : r;
}

const text = (v: CellValue): string => (v === null || v === undefined || typeof v === 'object' ? '' : String(v).trim());

export function readRecord(grid: Grid): ReviewRecord {
  const view = new GridView(grid);
  const header = headerOf(view);
  if (!header) return { sheet: grid.sheet, entries: [], damaged: true };
  const { cols } = header;
  const entries: RecordEntry[] = [];
  for (let row = header.row + 1; row <= view.bottom; row++) {
    const get = (k: ReviewColumnKey) => view.value(row, cols[k]);
    const sheet = text(get('sheet'));
    const cell = text(get('cell')).toUpperCase();
    if (sheet === '' || !isA1(cell)) continue;
    const self = readNumber(get('selfScore'));
    const raw = get('reviewScore');
    const indicator = text(get('indicator'));
    entries.push({
      sheet,
      cell,
      project: text(get('project')),
      indicator,
      overall: labelKey(indicator) === labelKey(OVERALL),
      selfScore: self.kind === 'number' ? self.value : null,
      reviewScore: readScore(raw),
      reviewRaw: isBlankText(raw) ? null : raw,
      comment: typeof get('comment') === 'string' ? (get('comment') as string).trim() : text(get('comment')),
      at: { selfScore: toA1(row, cols.selfScore), reviewScore: toA1(row, cols.reviewScore), comment: toA1(row, cols.comment), indicator: toA1(row, cols.indicator) },
    });
  }
  return { sheet: grid.sheet, entries, damaged: false };
}

function isA1(cell: string): boolean {
  if (!/^[A-Z]{1,3}[0-9]{1,7}$/.test(cell)) return false;
  try {
    parseA1(cell);
    return true;
  } catch {
    return false;
  }
}

/** Whether the reviewer entered anything on the row (a refresh must keep it); the add-in's own unedited draft is not input. */
export const hasInput = (e: RecordEntry): boolean => e.reviewRaw !== null || isReviewerComment(e.comment);

export const isReviewerComment = (comment: string): boolean => comment !== '' && !isUntouchedDraft(comment);
