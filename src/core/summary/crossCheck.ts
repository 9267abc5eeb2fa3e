import { Decimal, eq, format2, round2, ZERO } from '../decimal';
import type { FormEvaluation, SummaryCheck, SummaryMatch } from '../evaluation';
import { finding, Finding } from '../findings';
import { Grid } from '../grid';
import { readNumber } from '../numbers';
import type { EvaluateOptions } from '../rules/context';
import { locateSummaries } from './locateSummary';
import { normalizeProjectName } from './projectName';
import { SummaryColumn, SummaryRow, SummaryTable } from './summaryTable';

// The match types live with the evaluation types (a WorkbookEvaluation holds them); re-exported for callers.
export type { SummaryCheck, SummaryMatch } from '../evaluation';

export interface CrossCheckResult {
  checks: SummaryCheck[];
  /** SUMMARY_* at the summary's cells, FORM_MISSING_FROM_SUMMARY at the forms' project cells. */
  findings: Finding[];
}

/**
 * Matches every summary row to a form by normalised project name and compares each figure
 * column with the form's figure (both rounded to 2 dp). Each table is matched on its own; a
 * project form listed by none of the tables is reported (a 部门整体支出 form is not: the tables
 * list projects), and only when the workbook has a table at all.
 */
export function crossCheckSummaries(tables: readonly SummaryTable[], forms: readonly FormEvaluation[]): CrossCheckResult {
  const findings: Finding[] = [];
  const listed = new Set<FormEvaluation>();
  const checks = tables.map((table): SummaryCheck => {
    const pool = poolOf(forms);
    const matches = table.rows.map((row): SummaryMatch => {
      const form = take(pool, row);
      if (form) listed.add(form);
      else findings.push(finding('SUMMARY_ROW_WITHOUT_FORM', table.sheet, row.projectCell, { project: row.project, unit: row.unit }));
      compareRow(table.sheet, row, form, findings);
      return { row, form };
    });
    return { table, matches };
  });
  if (tables.length > 0) {
    for (const fe of forms) {
      // a 部门整体支出 form is no project: a 项目支出汇总表 need not list it
      if (listed.has(fe) || fe.form.kind === 'department') continue;
      findings.push(finding('FORM_MISSING_FROM_SUMMARY', fe.form.sheet, fe.form.projectCell, { project: fe.form.project ?? '', range: fe.form.range }));
    }
  }
  return { checks, findings };
}

type SummaryOptions = Pick<EvaluateOptions, 'ignoreSummarySheets' | 'summaryCheck'>;

/** The summary tables of a sheet, unless the options exclude it (or it is the results sheet). */
export function summaryTablesOf(grid: Grid, options: SummaryOptions = {}): SummaryTable[] {
  if (options.summaryCheck === false || options.ignoreSummarySheets?.includes(grid.sheet)) return [];
  return locateSummaries(grid);
}

/**
 * The cross-check of a whole workbook for a caller that evaluated it in parts with
 * `summaryCheck: false`: every grid's summary tables against all the forms.
 */
export function checkSummaries(grids: readonly Grid[], forms: readonly FormEvaluation[], options: SummaryOptions = {}): CrossCheckResult {
  return crossCheckSummaries(grids.flatMap((g) => summaryTablesOf(g, { ...options, summaryCheck: true })), forms);
}

/** Forms by normalised project name, in workbook order (a form without a name is never matched). */
function poolOf(forms: readonly FormEvaluation[]): Map<string, FormEvaluation[]> {
  const pool = new Map<string, FormEvaluation[]>();
  for (const fe of forms) {
    if (!fe.form.project) continue;
    const key = normalizeProjectName(fe.form.project);
    pool.set(key, [...(pool.get(key) ?? []), fe]);
  }
  return pool;
}

/**
 * The next unmatched form of the row's name: forms sharing a name are taken in order, one per
 * row, preferring one whose 实施单位 is the row's 单位 (two units may run projects of one name).
 */
function take(pool: Map<string, FormEvaluation[]>, row: SummaryRow): FormEvaluation | null {
  const candidates = pool.get(normalizeProjectName(row.project));
  if (!candidates || candidates.length === 0) return null;
  const unit = row.unit ? normalizeProjectName(row.unit) : null;
  const same = unit === null ? -1 : candidates.findIndex((fe) => fe.form.unit !== null && normalizeProjectName(fe.form.unit) === unit);
  return candidates.splice(same >= 0 ? same : 0, 1)[0];
}

/**
 * R12 for the summary's figure cells (as for a form's: recovered text is info, text that is no
 * number and error values are errors and are not compared), then the comparison.
 */
function compareRow(sheet: string, row: SummaryRow, fe: FormEvaluation | null, findings: Finding[]): void {
  for (const { column, cell } of row.figures) {
    const field = column.measure;
    const reading = readNumber(cell.value);
    if (reading.kind === 'error') {
      findings.push(finding('CELL_ERROR', sheet, cell.cell, { field, error: reading.error }));
      continue;
    }
    if (reading.kind === 'invalid') {
      findings.push(finding('VALUE_NOT_NUMBER', sheet, cell.cell, { field, text: reading.text }));
      continue;
    }
    if (reading.kind === 'number' && reading.recoveredFrom !== undefined) {
      findings.push(finding('VALUE_RECOVERED', sheet, cell.cell, { field, text: reading.recoveredFrom, value: reading.value.toString() }));
    }
    const against = fe ? formFigure(fe, column) : null;
    if (!fe || !against) continue;
    const summary = reading.kind === 'number' ? round2(reading.value) : null;
    const form = round2(against.value);
    // A blank summary cell stands for 0, as a blank amount does on a form (R9).
    if (summary === null ? form.isZero() : eq(summary, form)) continue;
    findings.push(finding('SUMMARY_MISMATCH', sheet, cell.cell, {
      project: row.project,
      measure: column.measure,
      fund: column.fund,
      summary: summary === null ? null : format2(summary),
      form: format2(form),
      formSheet: fe.form.sheet,
      formCell: against.cell,
    }));
  }
}

/**
 * The form's figure for a column: null where the form has no such fund row or amount column,
 * or the cell could not be read (reported on the form already); a blank amount is 0.
 */
function formFigure(fe: FormEvaluation, column: SummaryColumn): { value: Decimal; cell: string } | null {
  const fund = fe.funds.find((f) => f.kind === column.fund);
  const cell = fund?.row[column.measure];
  if (!fund || !cell || fund.unreadable.includes(column.measure)) return null;
  return { value: fund[column.measure] ?? ZERO, cell: cell.cell };
}
