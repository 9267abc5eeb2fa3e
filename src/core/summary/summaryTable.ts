import { FormCell } from '../form';
import { FundKind, HEADER_SYNONYMS } from '../labels';

/** The amount a summary column carries (SPEC §7: initial / annual / executed). */
export type SummaryMeasure = 'initial' | 'annual' | 'executed';

/** One figure column of a 项目支出汇总表: which amount (measure) of which fund row. */
export interface SummaryColumn {
  col: number;
  /** A1 address of the header cell that named the measure (a merged group's top-left). */
  headerCell: string;
  /** The header text as written: the group, and the sub-header below it when there is one. */
  label: string;
  measure: SummaryMeasure;
  fund: FundKind;
}

/** One project of the table. */
export interface SummaryRow {
  row: number;
  project: string;
  projectCell: string;
  /** 单位 of the row, when the table has such a column and the cell is filled. */
  unit: string | null;
  /** One cell per column of the table, in the table's column order. */
  figures: { column: SummaryColumn; cell: FormCell }[];
}

/** A 项目支出汇总表 as located on a sheet. */
export interface SummaryTable {
  sheet: string;
  /** Header to last project row (or the 合计 row), e.g. `A2:I10`. */
  range: string;
  /** The header rows alone, e.g. `A2:I3`. */
  headerRange: string;
  projectColumn: number;
  unitColumn: number | null;
  columns: SummaryColumn[];
  rows: SummaryRow[];
  /** The 合计/总计 row that ended the table (not a project, not checked), if any. */
  totalRow: number | null;
}

/**
 * Header words of each measure, compared after labelKey(). 财政提供预算金额 is executed: the
 * published 安亭 summary heads its 全年执行数 column so (every figure equals the forms' 全年执行数).
 */
export const SUMMARY_MEASURE_SYNONYMS: Record<SummaryMeasure, readonly string[]> = {
  initial: HEADER_SYNONYMS.initial,
  annual: HEADER_SYNONYMS.annual,
  executed: [...HEADER_SYNONYMS.executed, '财政提供预算金额', '实际支出', '实际支出金额', '支出数', '执行金额'],
};

/** 单位 column words (the unit of each row); 主管部门 is the department, not the unit. */
export const SUMMARY_UNIT_LABELS: readonly string[] = ['单位', '单位名称', '实施单位', '预算单位', '项目单位'];

/**
 * The first text of cell A2 on the results sheet the add-in writes (「绩效自评结果」): its table of
 * 项目名称 / 全年预算数 / 全年执行数 looks like a summary, and a sheet so signed is never taken for one.
 */
export const RESULTS_SHEET_SIGNATURE = '由「绩效自评助手」生成';
