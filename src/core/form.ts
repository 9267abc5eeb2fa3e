import { CellValue } from './grid';
import { FundKind } from './labels';

/** One cell the locator read, with its A1 address (the top-left cell where it is merged). */
export interface FormCell {
  cell: string;
  row: number;
  col: number;
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
}

/** A fund row of the budget block (年度资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金). */
export interface FundRow {
  kind: FundKind;
  label: string;
  labelCell: string;
  initial: FormCell | null;
  annual: FormCell | null;
  executed: FormCell | null;
  weight: FormCell | null;
  rate: FormCell | null;
  score: FormCell | null;
  /** 偏差原因 cell of the row, when the budget block has such a column. */
  reason: FormCell | null;
}

/** One row of the indicator table. 一级/二级 are carried down from the rows above. */
export interface IndicatorRow {
  row: number;
  level1: string;
  level2: string;
  name: string;
  nameCell: string;
  target: FormCell | null;
  actual: FormCell | null;
  weight: FormCell | null;
  score: FormCell | null;
  deviation: FormCell | null;
}

/** 项目支出绩效自评表 as located on a sheet. */
export interface SelfEvalForm {
  sheet: string;
  /** The form's extent, e.g. `A1:I22`. */
  range: string;
  /** The budget block (header row to the last fund row), e.g. `A5:I9`: what the add-in binds. */
  budgetRange: string;
  /** The indicator table (header row to 评分等级), e.g. `A12:I22`. */
  indicatorRange: string;
  project: string | null;
  projectCell: string | null;
  department: string | null;
  unit: string | null;
  /** 万元 or 元 when the budget header says so. */
  amountUnit: '万元' | '元' | null;
  funds: FundRow[];
  indicators: IndicatorRow[];
  /** The 总分 row: its 分值 and 得分 cells. */
  totalWeight: FormCell | null;
  totalScore: FormCell | null;
  grade: FormCell | null;
  /**
   * Set when the form was located through bound ranges (LocateHints): the range each part was
   * found in; a part found automatically has none.
   */
  hinted?: { budget?: string; indicators?: string };
  /** Header columns the locator expected but did not find (for COLUMN_MISSING). */
  missingColumns: string[];
  protected: boolean;
}
