import { parseA1 } from './a1';

/** Finding codes are a stable contract (SPEC §3): add freely, never rename. */
export const SEVERITY_OF = {
  // R1, R10, R12 and friends: the budget block
  ZERO_BUDGET_EXECUTED: 'error',
  NEGATIVE_AMOUNT: 'error',
  OVER_EXECUTION: 'warning',
  FUNDS_SUM: 'error',
  UNIT_SUSPECT: 'warning',
  // R12: reading figures
  VALUE_RECOVERED: 'info',
  VALUE_NOT_NUMBER: 'error',
  CELL_ERROR: 'error',
  // R3–R7: indicators
  UNIT_MISMATCH: 'warning',
  SCORE_OVER_WEIGHT: 'error',
  SCORE_NEGATIVE: 'error',
  SCORE_OUT_OF_BAND: 'warning',
  QUALITATIVE_UNCLASSIFIED: 'info',
  DEVIATION_MISSING: 'warning',
  FULL_SCORE_NOT_MET: 'error',
  WEIGHT_MISSING: 'error',
  SCORE_MISSING: 'warning',
  /** 指标性质 (定量/定性) or 指标方向 stated on the form disagrees with the target text (issue 13). */
  KIND_CONTRADICTS: 'warning',
  DIRECTION_CONTRADICTS: 'warning',
  // R8, R11, R13, R14: totals and output cells
  WEIGHTS_SUM: 'error',
  ROUNDING_DIFF: 'info',
  STALE_VALUE: 'warning',
  GRADE_MISMATCH: 'warning',
  FORMULA_RESULT_DIFFERS: 'warning',
  // Indicator quality (issue 14, docs/quality.md): how the indicators were set, never errors
  /** 产出指标 without a 数量/质量/时效 二级指标 (or no 产出 row at all). */
  OUTPUT_DIMENSION_MISSING: 'warning',
  /** Vague 定性 wording (有效改善, 进一步…) as the target of a 数量/质量 indicator. */
  TARGET_UNMEASURABLE: 'warning',
  /** A 满意度 indicator whose target holds no figure. */
  SATISFACTION_WITHOUT_NUMBER: 'warning',
  /** The 一级 weights far from 产出 50 / 效益 30 / 满意度 10 / 执行率 10, which may be adjusted. */
  WEIGHT_MIX_UNUSUAL: 'info',
  /** A quantitative 实际完成值 that repeats its target's text, comparator and all. */
  ACTUAL_EQUALS_TARGET: 'warning',
  // Locating forms and reading files
  FORM_INCOMPLETE: 'warning',
  COLUMN_MISSING: 'warning',
  SHEET_PROTECTED: 'info',
  /** A range bound as a budget block / indicator table no longer holds that table's header. */
  BINDING_MISMATCH: 'warning',
  FILE_UNREADABLE: 'error',
  /** A file refused by a size bound of the reader (part, package, compression ratio). */
  FILE_TOO_LARGE: 'error',
  /** A sheet the reader cut (too many cells, too large an area, cells outside Excel's bounds). */
  SHEET_CUT: 'warning',
  /** A large sheet holding no form or summary header, not read cell by cell. */
  SHEET_NOT_READ: 'info',
  // The 项目支出汇总表 cross-check (summary/crossCheck.ts)
  /** A summary figure differs from its form's (at the summary cell). */
  SUMMARY_MISMATCH: 'error',
  /** A summary row names a project no form of the workbook has (at its project-name cell). */
  SUMMARY_ROW_WITHOUT_FORM: 'warning',
  /** A form no summary table lists, in a workbook that has one (at the form's project cell). */
  FORM_MISSING_FROM_SUMMARY: 'warning',
  // 复核 (issue 14): the reviewer's 「复核记录」 against the forms (review/engine.ts)
  /** A 复核得分 above its 分值, or negative (at the record's cell). */
  REVIEW_SCORE_OVER_WEIGHT: 'error',
  /** The 复核等级 is not the 自评 grade (at the form's （总体） row). */
  REVIEW_GRADE_CHANGED: 'warning',
  /** |复核总分 − 自评总分| at or above the profile's threshold (at the form's （总体） row). */
  REVIEW_TOTAL_DIFFERS: 'warning',
  /** A record row's 自评得分 is no longer the form's, or its cell is no longer a score cell. */
  REVIEW_STALE: 'warning',
  /** A scored item of a form without a row in the record (at the item's 得分 cell). */
  REVIEW_ROW_MISSING: 'info',
} as const;

export type FindingCode = keyof typeof SEVERITY_OF;
export type Severity = 'error' | 'warning' | 'info';
export type ParamValue = string | number | null;

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about, or null for a whole sheet/file. */
  cell: string | null;
  params: Record<string, ParamValue>;
}

export const FINDING_CODES = Object.keys(SEVERITY_OF) as FindingCode[];

export function finding(
  code: FindingCode,
  sheet: string,
  cell: string | null,
  params: Record<string, ParamValue> = {},
): Finding {
  return { code, severity: SEVERITY_OF[code], sheet, cell, params };
}

/**
 * The one finding of a file that could not be read: FILE_TOO_LARGE when a size bound of the
 * reader refused it (`part`: the part that passed it), FILE_UNREADABLE otherwise.
 */
export function unreadableFinding(reason: string, tooLarge?: { part: string | null }): Finding {
  return tooLarge ? finding('FILE_TOO_LARGE', '', null, { reason, part: tooLarge.part }) : finding('FILE_UNREADABLE', '', null, { reason });
}

/** 0 for errors, 1 for warnings, 2 for info. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; within a severity by position on the sheet. */
export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || position(a) - position(b);
}

/** Row-major position of the finding's cell; whole-sheet findings come first. */
function position(f: Finding): number {
  if (!f.cell) return -1;
  const { row, col } = parseA1(f.cell);
  return row * 20000 + col;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
