/**
 * 「问题清单」: every finding of a workbook as a sheet the add-in owns, owned and replaced exactly
 * like 「绩效自评结果」 (./tableSheet's signature, ./ownership). One row per finding, errors first,
 * then warnings, then notes; within a severity in sheet order, then by position on the sheet. The
 * columns: 序号, 工作表, 项目 (the form's project name, else the finding's `project`), 单元格 (a
 * link to the cell; 「（整表）」 links to A1 of a sheet-level finding's sheet), 级别, 代码, 说明
 * (the zh-CN message: the sheet belongs to the workbook, not to the interface language) and 数据:
 * the finding's params as `key=value` joined by `; `, in the order the rule gave them, empty
 * values left out — the figures exactly as the rule wrote them (decimal text, never re-rounded).
 * Printed A4 landscape, one page wide, the title and header rows on every page.
 */
import type { WorkbookEvaluation } from '../evaluation';
import { compareFindings, countBySeverity, Finding, SEVERITY_RANK } from '../findings';
import { formatFinding } from '../messages';
import type { SheetSpec } from '../sheetSpec';
import { RESULTS_SHEET } from './resultsSheet';
import { SEVERITY_TEXT, SHEET_TEXT as T } from './sheetText';
import { TableColumn, tableSheet, TableValue } from './tableSheet';

export const ISSUES_SHEET = T.findingsSheet;

/** The columns a list of findings may have (「问题清单」 here and in `jixiao summary`'s workbook). */
const FINDING_COLUMNS = {
  index: { header: T.index, width: 7, kind: 'count' },
  file: { header: T.file, width: 28, kind: 'text' },
  sheet: { header: T.sheet, width: 24, kind: 'text' },
  project: { header: T.project, width: 26, kind: 'text' },
  cell: { header: T.cell, width: 9, kind: 'text' },
  severity: { header: T.severity, width: 6, kind: 'text' },
  code: { header: T.code, width: 26, kind: 'text' },
  message: { header: T.message, width: 70, kind: 'text' },
  figures: { header: T.figures, width: 36, kind: 'text' },
} as const satisfies Record<string, TableColumn>;

export function findingColumns(keys: readonly (keyof typeof FINDING_COLUMNS)[]): TableColumn[] {
  return keys.map((k) => FINDING_COLUMNS[k]);
}

export interface IssueRow {
  finding: Finding;
  /** The project of the form the finding belongs to, else the finding's own `project`; null: none. */
  project: string | null;
}

/** The findings of an evaluated workbook in the sheet's order; findings on the add-in's own sheets are left out. */
export function issuesOf(evaluation: WorkbookEvaluation, ignoreSheets: readonly string[] = [RESULTS_SHEET, ISSUES_SHEET]): IssueRow[] {
  const projectOf = new Map<Finding, string>();
  for (const form of evaluation.forms) for (const f of form.findings) projectOf.set(f, form.form.project ?? T.noProject);
  const sheetIndex = new Map(evaluation.sheets.map((s, i) => [s.sheet, i]));
  const at = (f: Finding) => sheetIndex.get(f.sheet) ?? sheetIndex.size;
  return evaluation.findings
    .filter((f) => !ignoreSheets.includes(f.sheet))
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || at(a.finding) - at(b.finding) || compareFindings(a.finding, b.finding) || a.order - b.order)
    .map(({ finding }) => ({ finding, project: projectOf.get(finding) ?? ownProject(finding) }));
}

function ownProject(f: Finding): string | null {
  const p = f.params.project;
  return typeof p === 'string' && p.trim() !== '' ? p : null;
}

/** A finding's params as `key=value; key=value` (null and empty values left out). */
export function paramsText(params: Finding['params']): string {
  return Object.entries(params)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('; ');
}

function cellOf(f: Finding): TableValue {
  if (!f.sheet) return null;
  return { text: f.cell ?? T.wholeSheet, link: { sheet: f.sheet, cell: f.cell ?? 'A1' } };
}

export function issuesSheetSpec(rows: readonly IssueRow[]): SheetSpec {
  const n = countBySeverity(rows.map((r) => r.finding));
  return tableSheet({
    name: ISSUES_SHEET,
    title: T.issuesTitle(rows.length, n.error, n.warning, n.info),
    columns: findingColumns(['index', 'sheet', 'project', 'cell', 'severity', 'code', 'message', 'figures']),
    rows: rows.map(({ finding: f, project }, i) => [i + 1, f.sheet, project, cellOf(f), SEVERITY_TEXT[f.severity], f.code, formatFinding(f, 'zh-CN'), paramsText(f.params)]),
    print: 'landscape',
  });
}
