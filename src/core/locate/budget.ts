import { FundRow } from '../form';
import { amountUnitOf, FUND_PARENTS, FundKind, fundKind, HeaderField, headerFields, isRowLabel } from '../labels';
import { formCell } from './cells';
import { LabelIndex } from './labelIndex';

/** The header row of a budget block: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分. */
export interface BudgetHeader {
  row: number;
  cols: Map<HeaderField, number>;
  left: number;
  right: number;
}

export interface BudgetBlock extends BudgetHeader {
  funds: FundRow[];
  lastRow: number;
  amountUnit: '万元' | '元' | null;
}

export const BUDGET_COLUMNS: HeaderField[] = ['initial', 'annual', 'executed', 'weight', 'rate', 'score'];
const REQUIRED: HeaderField[] = ['annual', 'executed', 'rate'];
/** How far left of the first amount column a fund label may stand (a merged label, a 其中 column). */
const LABEL_REACH = 4;
/** How far left the block's caption (项目资金(万元), 金额单位) stands: a form beside it starts further left. */
const CAPTION_REACH = 3;

/** Rows that carry 执行数 and either 预算数 or 执行率: budget block headers (several side by side). */
export function findBudgetHeaders(index: LabelIndex): BudgetHeader[] {
  const headers: BudgetHeader[] = [];
  const seen = new Set<number>();
  for (const cell of index.all) {
    if (seen.has(cell.row) || !headerFields(cell.key).includes('executed')) continue;
    seen.add(cell.row);
    for (const cols of index.headerGroups(cell.row)) {
      if (!cols.has('executed') || (!cols.has('annual') && !cols.has('rate'))) continue;
      // An indicator header never carries 执行数; guard against odd sheets anyway.
      if (cols.has('level1') || cols.has('name')) continue;
      const used = BUDGET_COLUMNS.map((f) => cols.get(f)).filter((c): c is number => c !== undefined);
      let right = Math.max(...used);
      const deviation = cols.get('deviation');
      if (deviation !== undefined && deviation > right) right = deviation;
      const merge = index.view.mergeAt(cell.row, right);
      headers.push({ row: cell.row, cols, left: Math.min(...used), right: merge ? merge.right : right });
    }
  }
  return headers.sort((a, b) => a.row - b.row || a.left - b.left);
}

export function missingBudgetColumns(header: BudgetHeader): string[] {
  return REQUIRED.filter((f) => !header.cols.has(f)).concat(header.cols.has('weight') ? [] : ['weight'], header.cols.has('score') ? [] : ['score']);
}

/** Fund rows under a budget header: labels sit left of the first amount column. */
export function readBudgetBlock(index: LabelIndex, header: BudgetHeader, stopRow: number): BudgetBlock {
  const view = index.view;
  const funds: FundRow[] = [];
  const seen = new Set<FundKind>();
  let lastRow = header.row;
  let blockLeft = header.left;
  for (let row = header.row + 1; row <= Math.min(stopRow - 1, header.row + 10); row++) {
    const cells = index.row(row);
    // (a form beside this one has its own goal rows: only this block's columns count)
    if (cells.some((c) => c.col >= header.left - CAPTION_REACH && c.col <= header.right && isRowLabel(c.key, 'goal'))) break;
    // the fund label stands just left of the amounts (not in a form further left on the row)
    const labelCell = cells.find((c) => c.col < header.left && c.col >= header.left - LABEL_REACH && fundKind(c.key) !== undefined);
    if (!labelCell) {
      if (funds.length > 0) break;
      continue;
    }
    const kind = fundKind(labelCell.key) as FundKind;
    if (seen.has(kind)) break;
    seen.add(kind);
    const parent = FUND_PARENTS[kind];
    blockLeft = Math.min(blockLeft, labelCell.col);
    const c = header.cols;
    funds.push({
      kind,
      label: view.raw(labelCell.row, labelCell.col) as string,
      labelCell: view.address(labelCell.row, labelCell.col),
      initial: formCell(view, row, c.get('initial')),
      annual: formCell(view, row, c.get('annual')),
      executed: formCell(view, row, c.get('executed')),
      weight: formCell(view, row, c.get('weight')),
      rate: formCell(view, row, c.get('rate')),
      score: formCell(view, row, c.get('score')),
      reason: formCell(view, row, c.get('deviation')),
      parent: parent && seen.has(parent) ? parent : null,
    });
    lastRow = row;
  }
  // The block's caption (项目资金(万元)) stands left of the fund labels, often merged down.
  for (const cell of index.row(header.row)) {
    if (cell.col < blockLeft && cell.col >= blockLeft - 2) blockLeft = cell.col;
  }
  return { ...header, left: blockLeft, funds, lastRow, amountUnit: findAmountUnit(index, header, lastRow) };
}

function findAmountUnit(index: LabelIndex, header: BudgetHeader, lastRow: number): '万元' | '元' | null {
  for (let row = header.row - 1; row <= lastRow; row++) {
    for (const cell of index.row(row)) {
      if (cell.col < header.left - CAPTION_REACH || cell.col > header.right) continue; // not a form beside this one
      if (row < header.row && !/资金|金额|单位/.test(cell.norm)) continue;
      const unit = amountUnitOf(cell.norm);
      if (unit) return unit;
    }
  }
  return null;
}
