/**
 * The sheets of `jixiao summary`'s workbook, for a reviewer's folder of units: every form of every
 * file with its file and unit (「绩效自评结果」), every finding (「问题清单」, unreadable files
 * included as FILE_UNREADABLE), and the grade counts per unit and overall (「等级统计」).
 * No chart here: with hundreds of projects a per-project chart says nothing.
 */
import type { WorkbookEvaluation } from '../evaluation';
import { Finding, unreadableFinding } from '../findings';
import { formatFinding } from '../messages';
import type { SheetSpec } from '../sheetSpec';
import { columnsFor, ResultColumn } from './columns';
import { tableColumns, tableRow, totalsRow } from './columnTable';
import { GRADES, hasReview, resultRow, ResultRow, resultTotals, ResultTotals, withReview } from './resultRows';
import { findingColumns } from './issuesSheet';
import { RESULTS_SHEET } from './resultsSheet';
import { SEVERITY_TEXT, SHEET_TEXT as T } from './sheetText';
import { TableColumn, tableSheet, TableValue } from './tableSheet';

export const FINDINGS_SHEET = T.findingsSheet;
export const GRADES_SHEET = T.gradesSheet;

/** A file evaluated, or not read: `error` its reason, `tooLarge` set when a size bound refused it. */
export type BatchFile = { file: string; evaluation: WorkbookEvaluation } | { file: string; error: string; tooLarge?: { part: string | null } };

export interface BatchRow extends ResultRow {
  file: string;
  /** The form's 实施单位, else the first unit named in its file (see unitsOf). */
  unit: string | null;
}

export interface BatchModel {
  rows: BatchRow[];
  totals: ResultTotals;
  findings: { file: string; finding: Finding }[];
  files: number;
  unreadable: string[];
}

export function batchModel(files: readonly BatchFile[]): BatchModel {
  const rows: BatchRow[] = [];
  const findings: BatchModel['findings'] = [];
  const unreadable: string[] = [];
  for (const f of files) {
    if ('error' in f) {
      unreadable.push(f.file);
      findings.push({ file: f.file, finding: unreadableFinding(f.error, f.tooLarge) });
      continue;
    }
    const forms = f.evaluation.forms.filter((ev) => ev.form.sheet !== RESULTS_SHEET);
    for (const ev of forms) rows.push(withReview({ ...resultRow(ev), file: f.file }, f.evaluation.review));
    for (const x of f.evaluation.findings) findings.push({ file: f.file, finding: x });
  }
  const units = unitsOf(rows);
  const withUnits = rows.map((r, i) => ({ ...r, unit: units[i] }));
  return { rows: withUnits, totals: resultTotals(withUnits), findings, files: files.length, unreadable };
}

/** The unit of each row: the form's 实施单位, else the first unit named in its file, else null. */
export function unitsOf(rows: readonly BatchRow[]): (string | null)[] {
  const fileUnit = new Map<string, string>();
  for (const r of rows) if (r.unit && !fileUnit.has(r.file)) fileUnit.set(r.file, r.unit);
  return rows.map((r) => r.unit ?? fileUnit.get(r.file) ?? null);
}

function resultsSpec(m: BatchModel, columns: readonly ResultColumn[]): SheetSpec {
  return tableSheet({
    name: RESULTS_SHEET,
    title: T.batchResultsTitle(m.files, m.totals.forms),
    columns: tableColumns(columns),
    // the forms are in other workbooks: no links
    rows: m.rows.map((r, i) => tableRow(columns, r, i, false)),
    totals: totalsRow(columns, m.totals),
  });
}

function findingsSpec(m: BatchModel): SheetSpec {
  return tableSheet({
    name: FINDINGS_SHEET,
    title: T.findingsTitle(m.findings.length),
    columns: findingColumns(['index', 'file', 'sheet', 'cell', 'code', 'severity', 'message']),
    rows: m.findings.map(({ file, finding: f }, i) => [i + 1, file, f.sheet, f.cell, f.code, SEVERITY_TEXT[f.severity], formatFinding(f, 'zh-CN')]),
  });
}

/** 复核 (issue 14), only when some file has a 「复核记录」: per unit, the grades the review changed and the mean |差异|. */
const REVIEW_COLUMNS: TableColumn[] = [
  { header: T.gradesChanged, width: 12, kind: 'count' },
  { header: T.meanAbsDifference, width: 12, kind: 'figure' },
];

function gradesSpec(m: BatchModel): SheetSpec {
  const byUnit = new Map<string, BatchRow[]>();
  for (const r of m.rows) byUnit.set(r.unit ?? '', [...(byUnit.get(r.unit ?? '') ?? []), r]);
  const reviewed = hasReview(m.rows);
  // a unit without a reviewed form: blank, not 0 (nothing was reviewed there)
  const review = (t: ResultTotals): TableValue[] => (!reviewed ? [] : t.review ? [t.review.gradesChanged, t.review.meanAbsDifference] : [null, null]);
  const line = (name: string, t: ResultTotals): TableValue[] => [name, t.forms, ...GRADES.map((g) => t.grades[g]), t.ungraded, t.rate, t.errors, t.warnings, ...review(t)];
  const t = m.totals;
  return tableSheet({
    name: GRADES_SHEET,
    title: T.gradesTitle(m.files, m.unreadable.length),
    columns: [
      { header: T.unit, width: 34, kind: 'text' },
      { header: T.formCount, width: 8, kind: 'count' },
      ...GRADES.map((g): TableColumn => ({ header: g, width: 7, kind: 'count' })),
      { header: T.ungraded, width: 8, kind: 'count' },
      { header: T.overallRate, width: 14, kind: 'figure' },
      { header: T.errors, width: 7, kind: 'count' },
      { header: T.warnings, width: 7, kind: 'count' },
      ...(reviewed ? REVIEW_COLUMNS : []),
    ],
    rows: [...byUnit].map(([unit, rows]) => line(unit || T.noUnit, resultTotals(rows))),
    totals: line(T.totals, t),
  });
}

/** The three sheets, in this order; the results sheet shows `columns` (the 'batch' view, with the review's where a file has a record). */
export function batchSheets(m: BatchModel, columns: readonly ResultColumn[] = columnsFor('batch', { review: hasReview(m.rows) })): SheetSpec[] {
  return [resultsSpec(m, columns), findingsSpec(m), gradesSpec(m)];
}
