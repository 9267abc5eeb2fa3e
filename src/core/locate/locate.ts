import { parseRange } from '../a1';
import { finding, Finding } from '../findings';
import { SelfEvalForm } from '../form';
import { Grid, GridView } from '../grid';
import { isFormTitle } from '../labels';
import { assemble } from './assemble';
import { BudgetHeader, findBudgetHeaders, readBudgetBlock } from './budget';
import { readHead } from './head';
import { adoptOrphans, floorAbove, FormPart, LocateHints, nextStart, readHints } from './hints';
import { findIndicatorHeaders, IndicatorHeader, readIndicatorTable } from './indicators';
import { LabelIndex } from './labelIndex';
import { incompleteParams } from './nearMiss';
import { nextTopInLane, pairHeaders } from './pairing';

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
  const pairs = pairHeaders(index, findBudgetHeaders(index), findIndicatorHeaders(index));
  const taken = hinted ? adoptOrphans(hinted, pairs, index) : new Set<number>();
  const hintRanges = hinted ? hinted.ranges : [];
  const hintTops = hintRanges.map((r) => r.top);
  const forms: SelfEvalForm[] = [];
  const hasTitle = full.all.some((c) => isFormTitle(c.norm) && c.norm.length <= 30);
  const searchTops = new Map<number, number>(); // per lane: where the next form's head may start

  pairs.forEach(({ budget, table, lane }, i) => {
    const nextTop = nextTopInLane(pairs, i, view.bottom + 1);
    const searchTop = searchTops.get(lane) ?? view.top;
    if (taken.has(i)) {
      searchTops.set(lane, nextTop); // the part belongs to a hinted form
      return;
    }
    if (!budget || !table) {
      const at = (budget ?? table) as BudgetHeader | IndicatorHeader;
      // 执行数/执行率 columns alone are also what summary tables carry: skip those quietly.
      if (budget && !hasTitle && readBudgetBlock(index, budget, nextTop).funds.length === 0) {
        searchTops.set(lane, nextTop);
        return;
      }
      findings.push(finding('FORM_INCOMPLETE', grid.sheet, view.address(at.row, at.left), incompleteParams(index, budget, table, nextTop - 1)));
      searchTops.set(lane, nextTop);
      return;
    }
    const block = readBudgetBlock(index, budget, table.top);
    const tab = readIndicatorTable(index, table, nextStart(table.row, hintTops, nextTop));
    const head = readHead(index, floorAbove(budget.row, hintRanges, searchTop), budget.row, Math.min(block.left, tab.left), Math.max(block.right, tab.right));
    forms.push(assemble(grid, block, tab, head, null));
    searchTops.set(lane, tab.lastRow + 1);
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
    const block = readBudgetBlock(budget.index, budget.header, stop(budget, table.header.top));
    const tab = readIndicatorTable(table.index, table.header, stop(table, budget.header.row));
    const top = Math.min(block.row, tab.row);
    const floor = floorAbove(top, [...hintRanges, ...forms.map((f) => parseRange(f.range))], view.top);
    const head = readHead(full, floor, top, Math.min(block.left, tab.left), Math.max(block.right, tab.right));
    forms.push(assemble(grid, block, tab, head, { budget: budget.range, indicators: table.range }));
  }

  if (pairs.length === 0 && !hinted?.pairs.length && hasTitle) {
    const title = full.all.find((c) => isFormTitle(c.norm)) as { row: number; col: number };
    findings.push(finding('FORM_INCOMPLETE', grid.sheet, view.address(title.row, title.col), { missing: 'budget,indicators' }));
  }
  if (hinted?.pairs.length || pairs.some((p) => p.lane > 0)) forms.sort(bySheetPosition);
  return { forms, findings };
}

/** Forms in sheet order (top to bottom, then left to right), hinted and automatic alike. */
function bySheetPosition(a: SelfEvalForm, b: SelfEvalForm): number {
  const [p, q] = [parseRange(a.range), parseRange(b.range)];
  return p.top - q.top || p.left - q.left;
}
