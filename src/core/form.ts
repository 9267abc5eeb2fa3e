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
  /**
   * The fund row this one is a part of (其中 rows of a part: 一般公共预算 under 财政拨款, 人员经费
   * under 基本支出); null for a direct part of 年度资金总额 and for the total itself.
   */
  parent: FundKind | null;
}

/** One row of the indicator table. 一级/二级 are carried down from the rows above. */
export interface IndicatorRow {
  row: number;
  level1: string;
  level2: string;
  name: string;
  nameCell: string;
  /** Where the row's 一级指标 was read (the top of a merged group), when the table has that column. */
  level1Cell?: string;
  target: FormCell | null;
  actual: FormCell | null;
  weight: FormCell | null;
  score: FormCell | null;
  deviation: FormCell | null;
  /** 指标性质/指标类型: 定量/定性, or the comparator where 四川/云南 forms put it there. */
  nature?: FormCell | null;
  /** 指标方向/计算符号: 正向/反向 or ≥/≤ in a column of its own. */
  direction?: FormCell | null;
  /** 计量单位/度量单位 in a column of its own (the target's number then stands alone). */
  unit?: FormCell | null;
}

/** project: 项目支出绩效自评表; department: 部门整体支出绩效自评表 (budget by 基本支出/项目支出). */
export type FormKind = 'project' | 'department';

/** 项目支出绩效自评表 (or 部门整体支出绩效自评表, see `kind`) as located on a sheet. */
export interface SelfEvalForm {
  sheet: string;
  kind: FormKind;
  /**
   * What the layout showed beyond the seed layout (docs/layouts.md), e.g. `splitTarget`,
   * `rateIndicatorRow`, `weightSumRow`; and the profile that layout suggests, or null.
   */
  layout: { features: string[]; suggestedProfile: string | null };
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
