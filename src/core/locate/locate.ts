import { parseRange, RangeRef, rangeToA1 } from '../a1';
import { finding, Finding } from '../findings';
import { SelfEvalForm } from '../form';
import { Grid, GridView } from '../grid';
import { isFormTitle, isRowLabel } from '../labels';
import { BudgetBlock, BudgetHeader, findBudgetHeaders, missingBudgetColumns, readBudgetBlock } from './budget';
import { adoptOrphans, floorAbove, FormPart, LocateHints, nextStart, readHints } from './hints';
import { findIndicatorHeaders, IndicatorHeader, IndicatorTable, missingTableColumns, readIndicatorTable } from './indicators';
import { LabelIndex } from './labelIndex';

export type { LocateHints } from './hints';

export interface LocateResult {
  forms: SelfEvalForm[];
  /** Half-recognisable forms: what is missing and where. */
  findings: Finding[];
}

/**
 * Finds every 项目支出绩效自评表 on a sheet by its labels, at any offset, several stacked.
 * A sheet without a form gives no forms and no findings.
 *
 * `hints`: ranges bound as budget blocks / indicator tables (see hints.ts). Each is searched for
 * its header inside itself only; the n-th budget hint pairs with the n-th indicator hint wherever
 * they are; the rest of the sheet, without the hinted ranges, is located automatically.
 */
export function locateForms(grid: Grid, hints?: LocateHints): LocateResult {
  const view = new GridView(grid);
  const full = new LabelIndex(view);
  const findings: Finding[] = [];
  const hinted = hints ? readHints(full, grid.sheet, hints, findings) : null;
  const index = hinted ? full.without(hinted.ranges) : full;
  const pairs = pair(findBudgetHeaders(index), findIndicatorHeaders(index));
  const taken = hinted ? adoptOrphans(hinted, pairs, index) : new Set<number>();
  const hintRanges = hinted ? hinted.ranges : [];
  const hintTops = hintRanges.map((r) => r.top);
  const forms: SelfEvalForm[] = [];
  const hasTitle = full.all.some((c) => isFormTitle(c.norm) && c.norm.length <= 30);
  let searchTop = view.top;

  pairs.forEach(({ budget, table }, i) => {
    const nextTop = i + 1 < pairs.length ? firstRowOf(pairs[i + 1]) : view.bottom + 1;
    if (taken.has(i)) {
      searchTop = nextTop; // the part belongs to a hinted form
      return;
    }
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
    const tab = readIndicatorTable(index, table, nextStart(table.row, hintTops, nextTop));
    const head = readHead(index, floorAbove(budget.row, hintRanges, searchTop), budget.row, Math.max(block.right, tab.right));
    forms.push(assemble(grid, block, tab, head, null));
    searchTop = tab.lastRow + 1;
  });

  const starts = [...hintTops, ...pairs.flatMap((p) => [p.budget?.row ?? -1, p.table?.row ?? -1])];
  for (const { budget, table } of hinted?.pairs ?? []) {
    if (!budget || !table) {
      const at = ((budget ?? table) as FormPart<BudgetHeader | IndicatorHeader>).header;
      findings.push(finding('FORM_INCOMPLETE', grid.sheet, view.address(at.row, at.left), { missing: budget ? 'indicators' : 'budget' }));
      continue;
    }
    // A part ends where its bound range ends, or where something else starts below it.
    const stop = (p: FormPart<{ row: number }>, partner: number) =>
      Math.min(p.range ? p.range.bottom + 1 : Infinity, nextStart(p.header.row, [...starts, partner], view.bottom + 1));
    const block = readBudgetBlock(budget.index, budget.header, stop(budget, table.header.row));
    const tab = readIndicatorTable(table.index, table.header, stop(table, budget.header.row));
    const top = Math.min(block.row, tab.row);
    const floor = floorAbove(top, [...hintRanges, ...forms.map((f) => parseRange(f.range))], view.top);
    const head = readHead(full, floor, top, Math.max(block.right, tab.right));
    forms.push(assemble(grid, block, tab, head, { budget: budget.range, indicators: table.range }));
  }

  if (pairs.length === 0 && !hinted?.pairs.length && hasTitle) {
    const title = full.all.find((c) => isFormTitle(c.norm)) as { row: number; col: number };
    findings.push(finding('FORM_INCOMPLETE', grid.sheet, view.address(title.row, title.col), { missing: 'budget,indicators' }));
  }
  if (hinted?.pairs.length) forms.sort(bySheetPosition);
  return { forms, findings };
}

/** Forms in sheet order (top to bottom, then left to right), hinted and automatic alike. */
function bySheetPosition(a: SelfEvalForm, b: SelfEvalForm): number {
  const [p, q] = [parseRange(a.range), parseRange(b.range)];
  return p.top - q.top || p.left - q.left;
}

/** The form model of a budget block, an indicator table and the head above them. */
function assemble(grid: Grid, block: BudgetBlock, tab: IndicatorTable, head: Head, hinted: { budget: RangeRef | null; indicators: RangeRef | null } | null): SelfEvalForm {
  const missingColumns = [...missingBudgetColumns(block), ...missingTableColumns(tab).map((c) => `indicator.${c}`)];
  if (block.funds.length === 0) missingColumns.push('fundRows');
  if (!tab.totalScore) missingColumns.push('totalRow');
  if (!tab.grade) missingColumns.push('gradeRow');
  const left = Math.min(block.left, tab.left, head.left);
  const right = Math.max(block.right, tab.right);
  const form: SelfEvalForm = {
    sheet: grid.sheet,
    kind: 'project',
    layout: { features: [], suggestedProfile: null },
    range: rangeToA1({ top: head.top, left, bottom: Math.max(tab.lastRow, block.lastRow), right }),
    budgetRange: rangeToA1({ top: block.row, left: block.left, bottom: block.lastRow, right: block.right }),
    // beside the budget block (a bound layout), the table keeps its own columns
    indicatorRange: rangeToA1({ top: tab.row, left: hinted ? tab.left : left, bottom: tab.lastRow, right: tab.right }),
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
  };
  if (hinted) {
    form.hinted = {};
    if (hinted.budget) form.hinted.budget = rangeToA1(hinted.budget);
    if (hinted.indicators) form.hinted.indicators = rangeToA1(hinted.indicators);
  }
  return form;
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
