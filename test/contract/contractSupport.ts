/** What the contract's case files share: the case registrar, plan builders, cell comparison. */
import { parseA1, RangeRef, toA1 } from '../../src/core/a1';
import { CellValue, Grid, GridView } from '../../src/core/grid';
import type { ApplyResult } from '../../src/core/port';
import type { PlanEntry, PlanValue, WritePlan } from '../../src/core/writePlan';
import type { Feature, PortHarness } from './harness';

export interface ContractCtx {
  /**
   * Registers one contract case, run on a fresh harness: `it.skip` (the title naming the missing
   * feature and why) when the harness cannot drive a feature in `needs`; `it.failing` when the
   * port is known to fail it (ContractOptions.knownBugs); else `it`.
   */
  test(title: string, needs: Feature[], fn: (h: PortHarness) => Promise<void>): void;
}

export const num = (text: string): PlanValue => ({ type: 'number', text });
export const text = (t: string): PlanValue => ({ type: 'text', text: t });
export const blank = (): PlanValue => ({ type: 'blank', text: '' });

export const entry = (sheet: string, cell: string, after: PlanValue, before: CellValue = null): PlanEntry => ({ sheet, cell, kind: 'indicatorScore', before, after });
export const plan = (...entries: PlanEntry[]): WritePlan => ({ entries, skippedSheets: [] });

/** [cell, reason] of every skipped entry, in the result's order. */
export const reasons = (r: ApplyResult): [string, string][] => r.skipped.map((s) => [s.entry.cell, s.reason]);

/** Lets host events and round trips queued now run to their end. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
}

export function sheetOf(grids: Grid[], sheet: string): Grid {
  const g = grids.find((x) => x.sheet === sheet);
  if (!g) throw new Error(`no Grid for ${sheet} (got ${grids.map((x) => x.sheet).join(', ')})`);
  return g;
}

/** The value and formula at an A1 address of a Grid (sheet coordinates; outside it: blank). */
export function at(g: Grid, a1: string): { value: CellValue; formula: string | null } {
  const v = new GridView(g);
  const { row, col } = parseA1(a1);
  return { value: v.raw(row, col), formula: v.formula(row, col) };
}

function bounds(v: GridView): RangeRef | null {
  return v.bottom >= v.top && v.right >= v.left ? { top: v.top, left: v.left, bottom: v.bottom, right: v.right } : null;
}

/**
 * Cells where `actual` and `expected` differ in value (strictly: 12.5 ≠ '12.5') or formula, over
 * `area` (default: both Grids' extents; outside a Grid a cell is blank). Empty when they agree.
 */
export function cellDiff(actual: Grid, expected: Grid, area?: RangeRef): string[] {
  const a = new GridView(actual);
  const e = new GridView(expected);
  const boxes = area ? [area] : [bounds(a), bounds(e)].filter((b): b is RangeRef => b !== null);
  if (boxes.length === 0) return [];
  const top = Math.min(...boxes.map((b) => b.top));
  const left = Math.min(...boxes.map((b) => b.left));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  const right = Math.max(...boxes.map((b) => b.right));
  const out: string[] = [];
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const [av, ev] = [a.raw(r, c), e.raw(r, c)];
      if (JSON.stringify(av) !== JSON.stringify(ev)) out.push(`${toA1(r, c)}: ${JSON.stringify(av)} ≠ ${JSON.stringify(ev)}`);
      const [af, ef] = [a.formula(r, c), e.formula(r, c)];
      if (af !== ef) out.push(`${toA1(r, c)} formula: ${JSON.stringify(af)} ≠ ${JSON.stringify(ef)}`);
    }
  }
  return out;
}

export const sorted = (xs: string[]): string[] => [...xs].sort();
