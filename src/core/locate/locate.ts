import { rangeToA1 } from '../a1';
import { finding, Finding } from '../findings';
import { SelfEvalForm } from '../form';
import { Grid, GridView } from '../grid';
import { isFormTitle, isRowLabel } from '../labels';
import { BudgetHeader, findBudgetHeaders, missingBudgetColumns, readBudgetBlock } from './budget';
import { findIndicatorHeaders, IndicatorHeader, missingTableColumns, readIndicatorTable } from './indicators';
import { LabelIndex } from './labelIndex';

export interface LocateResult {
  forms: SelfEvalForm[];
  /** Half-recognisable forms: what is missing and where. */
  findings: Finding[];
}

/**
 * Finds every 项目支出绩效自评表 on a sheet by its labels, at any offset, several stacked.
 * A sheet without a form gives no forms and no findings.
 */
export function locateForms(grid: Grid): LocateResult {
  const view = new GridView(grid);
  const index = new LabelIndex(view);
  const budgets = findBudgetHeaders(index);
  const tables = findIndicatorHeaders(index);
  const findings: Finding[] = [];
  const forms: SelfEvalForm[] = [];
  const pairs = pair(budgets, tables);
  const hasTitle = index.all.some((c) => isFormTitle(c.norm) && c.norm.length <= 30);
  let searchTop = view.top;

  pairs.forEach(({ budget, table }, i) => {
    const nextTop = i + 1 < pairs.length ? firstRowOf(pairs[i + 1]) : view.bottom + 1;
    if (!budget || !table) {
      const at = (budget ?? table) as BudgetHeader | IndicatorHeader;
      // 执行数/执行率 columns alone are also what summary tables carry: skip those quietly.
      if (budget && !hasTitle && readBudgetBlock(index, budget, nextTop).funds.length === 0) {
        searchTop = nextTop;
        return;
      }
      findings.push(finding('FORM_INCOMPLETE', grid.sheet, view.address(at.row, at.left), { missing: budget ? 'indicators' : 'budget' }));
      searchTop = nextTop;
      return;
    }
    const block = readBudgetBlock(index, budget, table.row);
    const tab = readIndicatorTable(index, table, nextTop);
    const head = readHead(index, searchTop, budget.row, Math.max(block.right, tab.right));
    const missingColumns = [...missingBudgetColumns(budget), ...missingTableColumns(table).map((c) => `indicator.${c}`)];
    if (block.funds.length === 0) missingColumns.push('fundRows');
    if (!tab.totalScore) missingColumns.push('totalRow');
    if (!tab.grade) missingColumns.push('gradeRow');
    const left = Math.min(block.left, tab.left, head.left);
    const right = Math.max(block.right, tab.right);
    forms.push({
      sheet: grid.sheet,
      range: rangeToA1({ top: head.top, left, bottom: tab.lastRow, right }),
      budgetRange: rangeToA1({ top: budget.row, left: block.left, bottom: block.lastRow, right: block.right }),
      indicatorRange: rangeToA1({ top: table.row, left: Math.min(tab.left, left), bottom: tab.lastRow, right: tab.right }),
      project: head.project,
      projectCell: head.projectCell,
      department: head.department,
      unit: head.unit,
      amountUnit: block.amountUnit,
      funds: block.funds,
      indicators: tab.indicators,
      totalWeight: tab.totalWeight,
      totalScore: tab.totalScore,
      grade: tab.grade,
      missingColumns,
      protected: grid.protected === true,
    });
    searchTop = tab.lastRow + 1;
  });

  if (pairs.length === 0 && hasTitle) {
    const title = index.all.find((c) => isFormTitle(c.norm)) as { row: number; col: number };
    findings.push(finding('FORM_INCOMPLETE', grid.sheet, view.address(title.row, title.col), { missing: 'budget,indicators' }));
  }
  return { forms, findings };
}

interface Pair {
  budget: BudgetHeader | null;
  table: IndicatorHeader | null;
}

function firstRowOf(p: Pair): number {
  return Math.min(p.budget ? p.budget.row : Infinity, p.table ? p.table.row : Infinity) - 2;
}

/** Each indicator table belongs to the nearest budget block above it that no table took yet. */
function pair(budgets: BudgetHeader[], tables: IndicatorHeader[]): Pair[] {
  const out: Pair[] = [];
  let b = 0;
  for (const table of tables) {
    const above: BudgetHeader[] = [];
    while (b < budgets.length && budgets[b].row < table.row) above.push(budgets[b++]);
    above.slice(0, -1).forEach((budget) => out.push({ budget, table: null }));
    out.push({ budget: above.length ? above[above.length - 1] : null, table });
  }
  while (b < budgets.length) out.push({ budget: budgets[b++], table: null });
  return out;
}

interface Head {
  top: number;
  left: number;
  project: string | null;
  projectCell: string | null;
  department: string | null;
  unit: string | null;
}

/** Title, 项目名称, 主管部门 and 实施单位 above the budget block. */
function readHead(index: LabelIndex, searchTop: number, budgetRow: number, right: number): Head {
  const head: Head = { top: budgetRow, left: Infinity, project: null, projectCell: null, department: null, unit: null };
  const from = Math.max(searchTop, budgetRow - 12);
  for (let row = from; row < budgetRow; row++) {
    for (const cell of index.row(row)) {
      if (isFormTitle(cell.norm) && cell.norm.length <= 30) {
        head.top = Math.min(head.top, row);
        continue;
      }
      const which = isRowLabel(cell.key, 'project') ? 'project' : isRowLabel(cell.key, 'department') ? 'department' : isRowLabel(cell.key, 'unit') ? 'unit' : null;
      if (!which || head[which] !== null) continue;
      const found = index.valueRightOf(cell, right);
      head[which] = found ? found.text : null;
      if (which === 'project') {
        head.projectCell = found ? index.view.address(found.row, found.col) : null;
        head.top = Math.min(head.top, row);
        head.left = Math.min(head.left, cell.col);
      }
    }
  }
  // A title row such as (2024年度) just under the title belongs to the form too.
  return head;
}
