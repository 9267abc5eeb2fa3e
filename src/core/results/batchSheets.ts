/**
 * The sheets of `jixiao summary`'s workbook, for a reviewer's folder of units: every form of every
 * file with its file and unit (「绩效自评结果」), every finding (「问题清单」, unreadable files
 * included as FILE_UNREADABLE), and the grade counts per unit and overall (「等级统计」).
 * No chart here: with hundreds of projects a per-project chart says nothing.
 */
import type { WorkbookEvaluation } from '../evaluate';
import { finding, Finding, Severity } from '../findings';
import { formatFinding } from '../messages';
import type { SheetSpec } from '../sheetSpec';
import { GRADES, resultRow, ResultRow, resultTotals, ResultTotals } from './resultRows';
import { FIGURE_COLUMNS, NO_PROJECT, RESULTS_SHEET } from './resultsSheet';
import { TableColumn, tableSheet, TableValue } from './tableSheet';

export const FINDINGS_SHEET = '问题清单';
export const GRADES_SHEET = '等级统计';

export type BatchFile = { file: string; evaluation: WorkbookEvaluation } | { file: string; error: string };

export interface BatchRow extends ResultRow {
  file: string;
}

export interface BatchModel {
  rows: BatchRow[];
  totals: ResultTotals;
  findings: { file: string; finding: Finding }[];
  files: number;
  unreadable: string[];
}

const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export function batchModel(files: readonly BatchFile[]): BatchModel {
  const rows: BatchRow[] = [];
  const findings: BatchModel['findings'] = [];
  const unreadable: string[] = [];
  for (const f of files) {
    if ('error' in f) {
      unreadable.push(f.file);
      findings.push({ file: f.file, finding: finding('FILE_UNREADABLE', '', null, { reason: f.error }) });
      continue;
    }
    const forms = f.evaluation.forms.filter((ev) => ev.form.sheet !== RESULTS_SHEET);
    for (const ev of forms) rows.push({ ...resultRow(ev), file: f.file });
    for (const x of f.evaluation.findings) findings.push({ file: f.file, finding: x });
  }
  return { rows, totals: resultTotals(rows), findings, files: files.length, unreadable };
}

/** The unit of each row: the form's 实施单位, else the first unit named in its file, else null. */
export function unitsOf(rows: readonly BatchRow[]): (string | null)[] {
  const fileUnit = new Map<string, string>();
  for (const r of rows) if (r.unit && !fileUnit.has(r.file)) fileUnit.set(r.file, r.unit);
  return rows.map((r) => r.unit ?? fileUnit.get(r.file) ?? null);
}

const RESULT_COLUMNS: TableColumn[] = [
  { header: '序号', width: 7, kind: 'count' },
  { header: '文件', width: 28, kind: 'text' },
  { header: '单位', width: 30, kind: 'text' },
  { header: '项目名称', width: 44, kind: 'text' },
  { header: '工作表', width: 24, kind: 'text' },
  ...FIGURE_COLUMNS,
];

function resultsSpec(m: BatchModel): SheetSpec {
  const units = unitsOf(m.rows);
  const t = m.totals;
  return tableSheet({
    name: RESULTS_SHEET,
    title: `绩效自评结果汇总（${m.files} 个文件，${t.forms} 个项目）`,
    columns: RESULT_COLUMNS,
    rows: m.rows.map((r, i): TableValue[] => [i + 1, r.file, units[i], r.project ?? NO_PROJECT, r.sheet, r.annual, r.executed, r.rate, r.budgetScore, r.indicatorScore, r.totalScore, r.grade, r.errors, r.warnings]),
    totals: ['合计', null, null, null, null, t.annual, t.executed, t.rate, null, null, null, null, t.errors, t.warnings],
  });
}

function findingsSpec(m: BatchModel): SheetSpec {
  return tableSheet({
    name: FINDINGS_SHEET,
    title: `问题清单（共 ${m.findings.length} 条）`,
    columns: [
      { header: '序号', width: 7, kind: 'count' },
      { header: '文件', width: 28, kind: 'text' },
      { header: '工作表', width: 24, kind: 'text' },
      { header: '单元格', width: 8, kind: 'text' },
      { header: '代码', width: 26, kind: 'text' },
      { header: '级别', width: 6, kind: 'text' },
      { header: '说明', width: 80, kind: 'text' },
    ],
    rows: m.findings.map(({ file, finding: f }, i) => [i + 1, file, f.sheet, f.cell, f.code, SEVERITY_ZH[f.severity], formatFinding(f, 'zh-CN')]),
  });
}

function gradesSpec(m: BatchModel): SheetSpec {
  const units = unitsOf(m.rows);
  const byUnit = new Map<string, BatchRow[]>();
  m.rows.forEach((r, i) => byUnit.set(units[i] ?? '', [...(byUnit.get(units[i] ?? '') ?? []), r]));
  const line = (name: string, t: ResultTotals): TableValue[] => [name, t.forms, ...GRADES.map((g) => t.grades[g]), t.ungraded, t.rate, t.errors, t.warnings];
  const t = m.totals;
  return tableSheet({
    name: GRADES_SHEET,
    title: `等级统计（${m.files} 个文件，其中 ${m.unreadable.length} 个无法读取）`,
    columns: [
      { header: '单位', width: 34, kind: 'text' },
      { header: '项目数', width: 8, kind: 'count' },
      ...GRADES.map((g): TableColumn => ({ header: g, width: 7, kind: 'count' })),
      { header: '未评级', width: 8, kind: 'count' },
      { header: '总体执行率(%)', width: 14, kind: 'figure' },
      { header: '错误', width: 7, kind: 'count' },
      { header: '警告', width: 7, kind: 'count' },
    ],
    rows: [...byUnit].map(([unit, rows]) => line(unit || '（未填单位）', resultTotals(rows))),
    totals: line('合计', t),
  });
}

/** The three sheets, in this order. */
export function batchSheets(m: BatchModel): SheetSpec[] {
  return [resultsSpec(m), findingsSpec(m), gradesSpec(m)];
}
