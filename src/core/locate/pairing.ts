import { isRowLabel } from '../labels';
import { BudgetHeader } from './budget';
import { IndicatorHeader } from './indicatorHeaders';
import { LabelIndex } from './labelIndex';

/** A budget block and the indicator table that belongs to it; either may be missing. */
export interface Pair {
  budget: BudgetHeader | null;
  table: IndicatorHeader | null;
  /** Which column band of the sheet the pair stands in (forms side by side: 0, 1, …). */
  lane: number;
}

// a fund label and the 项目资金 caption stand left of a budget header's first amount column
const REACH = 2;

/**
 * Pairs per lane (forms side by side stand in lanes of their own), in lane order then top to
 * bottom. In a lane, each table belongs to the nearest budget block above it that no table took.
 */
export function pairHeaders(index: LabelIndex, budgets: BudgetHeader[], allTables: IndicatorHeader[]): Pair[] {
  const tables = withoutContinuations(index, budgets, allTables);
  const lanes = lanesOf([...budgets.map((b) => span(b, REACH)), ...tables.map((t) => span(t, 1))]);
  const laneOf = (h: { left: number }): number => lanes.findIndex((l) => h.left >= l.left && h.left <= l.right);
  const out: Pair[] = [];
  lanes.forEach((_, lane) => {
    const bs = budgets.filter((b) => laneOf(b) === lane);
    let b = 0;
    for (const table of tables.filter((t) => laneOf(t) === lane)) {
      const above: BudgetHeader[] = [];
      while (b < bs.length && bs[b].row < table.row) above.push(bs[b++]);
      above.slice(0, -1).forEach((budget) => out.push({ budget, table: null, lane }));
      out.push({ budget: above.length ? above[above.length - 1] : null, table, lane });
    }
    while (b < bs.length) out.push({ budget: bs[b++], table: null, lane });
  });
  return out;
}

/** The first row of the pair's form (its head stands above the budget block). */
export function firstRowOf(p: Pair): number {
  return Math.min(p.budget ? p.budget.row : Infinity, p.table ? p.table.top : Infinity) - 2;
}

/** The row where the next form of the same lane starts, or `bottom`. */
export function nextTopInLane(pairs: readonly Pair[], i: number, bottom: number): number {
  for (let j = i + 1; j < pairs.length; j++) if (pairs[j].lane === pairs[i].lane) return firstRowOf(pairs[j]);
  return bottom;
}

interface Span {
  left: number;
  right: number;
}

const span = (h: { left: number; right: number }, reach: number): Span => ({ left: h.left - reach, right: h.right });

/** Column bands: overlapping spans joined. */
function lanesOf(spans: Span[]): Span[] {
  const lanes: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.left - b.left)) {
    const last = lanes[lanes.length - 1];
    if (last && s.left <= last.right) last.right = Math.max(last.right, s.right);
    else lanes.push({ ...s });
  }
  return lanes;
}

/**
 * A table header restated below another one, with no budget block and no 总分 row between
 * them, continues that table (a form printed over two pages): it is no table of its own.
 */
function withoutContinuations(index: LabelIndex, budgets: BudgetHeader[], tables: IndicatorHeader[]): IndicatorHeader[] {
  return tables.filter((t) => {
    const before = tables.filter((u) => u.row < t.row && u.left === t.left && u.cols.get('score') === t.cols.get('score'));
    const prev = before[before.length - 1];
    if (!prev) return true;
    if (budgets.some((b) => b.row > prev.row && b.row < t.top && b.left <= t.right && b.right >= t.left)) return true;
    for (let row = prev.row + 1; row < t.top; row++) {
      if (index.row(row).some((l) => l.col >= t.left - 1 && l.col <= t.right && (isRowLabel(l.key, 'totalScore') || isRowLabel(l.key, 'grade')))) return true;
    }
    return false;
  });
}
