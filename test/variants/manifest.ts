/** What a variant's manifest.json entry promises: the exact results a correct engine reports. */

export type FundKindName = 'total' | 'current' | 'carry' | 'other';
export const FUND_KINDS: readonly FundKindName[] = ['total', 'current', 'carry', 'other'];

/** One finding the engine must report (no more, no fewer: the list is exact). */
export interface ExpectedFinding {
  code: string;
  sheet: string;
  /** A1 address, or null for a sheet-level finding. */
  cell: string | null;
}

/** One write the recalculation must plan (the list is exact). */
export interface ExpectedPlanEntry {
  sheet: string;
  cell: string;
  type: 'number' | 'text' | 'blank';
  text: string;
}

/** One form the engine must locate, in sheet order then top to bottom. */
export interface ExpectedForm {
  sheet: string;
  project: string;
  /** The form's extent, e.g. `D5:L26`. */
  range: string;
  indicatorCount: number;
  /** 执行率 of each fund row (two decimals), null where it cannot be computed. */
  rates: Record<FundKindName, string | null>;
  budgetScore: string | null;
  totalScore: string | null;
  grade: string | null;
  /** Output cells: 执行率 of 年度资金总额, its 得分, 总分 得分, 评分等级. */
  cells: { rate: string; budgetScore: string; totalScore: string; grade: string };
}

export interface VariantManifest {
  name: string;
  /** File name inside the directory given to writeVariants. */
  file: string;
  description: string;
  /** Worksheet names in tab order. */
  sheets: string[];
  formCount: number;
  forms: ExpectedForm[];
  findings: ExpectedFinding[];
  plan: ExpectedPlanEntry[];
  /** Protected sheets that had changes (WritePlan.skippedSheets). */
  skippedSheets: string[];
}
