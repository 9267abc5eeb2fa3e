import { RangeRef, rangeToA1 } from '../a1';
import { FormKind, FundRow, IndicatorRow, SelfEvalForm } from '../form';
import { Grid } from '../grid';
import { FundKind, labelKey } from '../labels';
import { BudgetBlock, missingBudgetColumns } from './budget';
import { Head } from './head';
import { IndicatorTable, missingTableColumns } from './indicators';

const SEED_FUNDS = new Set<FundKind>(['total', 'current', 'carry', 'other']);
const DEPARTMENT_FUNDS = new Set<FundKind>(['basic', 'personnel', 'publicUse', 'projectSpending']);
// 银川 2021: 执行率 scored as an indicator row (项目管理 > 投入管理 > 预算执行率, 参考分值 10)
const RATE_ROW_NAMES = new Set(['预算执行率', '资金执行率', '执行率', '预算资金执行率', '项目预算执行率', '资金预算执行率']);

/** The form model of a budget block, an indicator table and the head above them. */
export function assemble(grid: Grid, block: BudgetBlock, tab: IndicatorTable, head: Head, hinted: { budget: RangeRef | null; indicators: RangeRef | null } | null): SelfEvalForm {
  const features: string[] = [];
  const { funds, indicators, missing } = adoptRateRow(block, tab, features);
  const missingColumns = [...missing, ...missingTableColumns(tab).map((c) => `indicator.${c}`)];
  if (funds.length === 0) missingColumns.push('fundRows');
  if (!tab.totalScore) missingColumns.push('totalRow');
  if (!tab.grade) missingColumns.push('gradeRow');
  const kind = kindOf(head, funds);
  layoutFeatures(block, tab, funds, features);
  const left = Math.min(block.left, tab.left, head.left);
  const right = Math.max(block.right, tab.right);
  const form: SelfEvalForm = {
    sheet: grid.sheet,
    kind,
    layout: { features, suggestedProfile: suggestProfile(funds) },
    range: rangeToA1({ top: head.top, left, bottom: Math.max(tab.lastRow, block.lastRow), right }),
    budgetRange: rangeToA1({ top: block.row, left: block.left, bottom: block.lastRow, right: block.right }),
    // beside the budget block (a bound layout), the table keeps its own columns
    indicatorRange: rangeToA1({ top: tab.top, left: hinted ? tab.left : left, bottom: tab.lastRow, right: tab.right }),
    // a department form names its unit (部门名称) where a project form names its project
    project: head.project ?? (kind === 'department' ? head.departmentName : null),
    projectCell: head.projectCell,
    department: head.department,
    unit: head.unit,
    amountUnit: block.amountUnit,
    funds,
    indicators,
    totalWeight: tab.totalWeight,
    totalScore: tab.totalScore,
    grade: tab.grade,
    missingColumns,
    protected: grid.protected === true,
  };
  if (hinted) {
    form.hinted = {};
    if (hinted.budget) form.hinted.budget = rangeToA1(hinted.budget);
    if (hinted.indicators) form.hinted.indicators = rangeToA1(hinted.indicators);
  }
  return form;
}

/**
 * 执行率 given as a row of the indicator table where the budget block has no 分值: that row's
 * 分值 and 得分 are the budget score's (R2), and it is no indicator of its own (R8 counts it once).
 */
function adoptRateRow(block: BudgetBlock, tab: IndicatorTable, features: string[]): { funds: FundRow[]; indicators: IndicatorRow[]; missing: string[] } {
  const missing = missingBudgetColumns(block);
  const total = block.funds.find((f) => f.kind === 'total');
  const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
  if (!total || (total.weight && !blank(total.weight.value))) return { funds: block.funds, indicators: tab.indicators, missing };
  const at = tab.indicators.findIndex((i) => RATE_ROW_NAMES.has(labelKey(i.name || i.level2)) && i.weight !== null);
  if (at < 0) return { funds: block.funds, indicators: tab.indicators, missing };
  const row = tab.indicators[at];
  features.push('rateIndicatorRow');
  const funds = block.funds.map((f) => (f === total ? { ...f, weight: row.weight, score: row.score } : f));
  return { funds, indicators: tab.indicators.filter((_, i) => i !== at), missing: missing.filter((c) => c !== 'weight' && c !== 'score') };
}

/** 部门整体支出: said by the title, by 基本支出/项目支出 fund rows, or by a 部门名称 head without 项目名称. */
function kindOf(head: Head, funds: readonly FundRow[]): FormKind {
  if (head.title?.includes('部门整体')) return 'department';
  if (head.title?.includes('项目')) return 'project';
  if (funds.some((f) => DEPARTMENT_FUNDS.has(f.kind))) return 'department';
  return head.departmentName !== null && head.project === null ? 'department' : 'project';
}

function layoutFeatures(block: BudgetBlock, tab: IndicatorTable, funds: readonly FundRow[], features: string[]): void {
  if (tab.top !== tab.row) features.push('twoRowHeader');
  if (tab.cols.has('nature')) features.push('natureColumn');
  if (tab.cols.has('direction')) features.push('directionColumn');
  if (tab.cols.has('unit')) features.push('unitColumn');
  if (block.amountUnit === '元') features.push('yuan');
  if (funds.some((f) => !SEED_FUNDS.has(f.kind))) features.push('moreFundRows');
  if (block.cols.has('deviation')) features.push('budgetReasonColumn');
}

/** 四川's layout (财政专户管理资金 / 单位资金 rows): its 90 % execution note (profile sichuan). */
function suggestProfile(funds: readonly FundRow[]): string {
  return funds.some((f) => f.kind === 'specialAccount' || f.kind === 'unitOwn') ? 'sichuan' : 'standard';
}
