/** Human-readable rendering of check results: aligned tables that respect CJK display width. */
import type { FileReport, FindingReport } from '../core/report';
import { otherSuggestedProfile } from '../core/profile';
import { columnsFor, plainValue, resultColumn, ResultColumn, ResultLine } from '../core/results/columns';
import { hasReview } from '../core/results/resultRows';
import { Lang, profileLabel, t } from './text';
import { clip, displayWidth, padEnd, padStart } from './width';

/** One line of a table cell: line breaks and runs of spaces become one space. */
function flat(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export interface Column {
  header: string;
  align: 'left' | 'right';
}

/** Rows under a header and a rule, columns two spaces apart, widths given (or fitted). */
export function renderTable(columns: Column[], rows: string[][], widths?: number[]): string[] {
  const w = widths ?? columnWidths(columns, rows);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (columns[i].align === 'right' ? padStart(c, w[i]) : i === cells.length - 1 ? c : padEnd(c, w[i])))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)];
}

export function columnWidths(columns: Column[], rows: string[][]): number[] {
  return columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))));
}

const DASH = '-';

/** A cell of the forms table: one line, '-' when missing, long text clipped to the column's width. */
function cellText(c: ResultColumn, row: ResultLine, index: number): string {
  const v = plainValue(c.value(row, index));
  const text = v === null ? '' : flat(String(v));
  if (!text) return DASH;
  return c.format === 'text' ? clip(text, c.width) : text;
}

/** The table of forms, a row per form: the 'cli' view of the results columns. */
export function formsTable(rows: readonly ResultLine[], lang: Lang, columns: readonly ResultColumn[] = columnsFor('cli')): string[] {
  const head: Column[] = columns.map((c) => ({ header: c.header[lang], align: c.format === 'text' ? 'left' : 'right' }));
  return renderTable(head, rows.map((r, i) => columns.map((c) => cellText(c, r, i))));
}

/** `  提示  G6    第6行 …`: severity and cell aligned, then the message. */
export function findingLines(findings: readonly FindingReport[], lang: Lang, withSheet: boolean): string[] {
  const sev = findings.map((f) => t(lang, f.severity));
  const at = findings.map((f) => (withSheet && f.sheet ? `${f.sheet}${f.cell ? '!' + f.cell : ''}` : f.cell ?? ''));
  const sw = Math.max(0, ...sev.map(displayWidth));
  const aw = Math.max(0, ...at.map(displayWidth));
  return findings.map((f, i) => `  ${padEnd(sev[i], sw)}  ${aw > 0 ? padEnd(at[i], aw) + '  ' : ''}${f.message}`.trimEnd());
}

export function countSeverities(report: FileReport): Record<'error' | 'warning' | 'info', number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of [...report.findings, ...report.forms.flatMap((x) => x.findings)]) counts[f.severity]++;
  return counts;
}

/**
 * One file: a table with a row per form (`rows`, the forms' results in the report's order; names
 * clipped so that it fits a terminal; with a 类型 column when a form is a 部门整体支出 one), then
 * each form's findings under its full sheet and project name (「部门整体」 before a department's),
 * then file-level findings. `profile`: the profile in use; a line says when the layout suggests another.
 * Where the workbook has a 「复核记录」, the table ends with 复核总分, 复核等级 and 差异.
 */
export function renderFile(report: FileReport, rows: readonly ResultLine[], lang: Lang, profile = 'standard'): string {
  const out: string[] = [t(lang, 'fileHeading', { file: report.file }), ''];
  const kinds = rows.some((r) => r.kind === 'department') ? [resultColumn('kind')] : [];
  if (rows.length > 0) out.push(...formsTable(rows, lang, [...columnsFor('cli', { review: hasReview(rows) }), ...kinds]), '');
  const suggested = otherSuggestedProfile(report.forms.map((f) => f.suggestedProfile), profile);
  if (suggested) out.push(t(lang, 'profileHint', { label: profileLabel(lang, suggested), name: suggested }), '');
  for (const form of report.forms) {
    if (form.findings.length === 0) continue;
    const kind = form.kind === 'department' ? t(lang, 'departmentForm') : '';
    out.push(`【${flat(form.sheet)}】${kind}${flat(form.project)} (${form.range})`, ...findingLines(form.findings, lang, false), '');
  }
  if (report.forms.length === 0 && !('error' in report)) out.push(t(lang, 'noForms'), '');
  if (report.findings.length > 0) {
    out.push(t(lang, 'fileFindings'), ...findingLines(report.findings, lang, true), '');
  }
  out.push(t(lang, 'fileSummary', { forms: report.forms.length, ...countSeverities(report) }), '');
  return out.join('\n') + '\n';
}
