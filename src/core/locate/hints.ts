import { parseRange, RangeRef, rangeToA1, toA1 } from '../a1';
import { finding, Finding } from '../findings';
import { BudgetHeader, findBudgetHeaders } from './budget';
import { findIndicatorHeaders, IndicatorHeader } from './indicators';
import { LabelIndex } from './labelIndex';

/**
 * Ranges of one sheet (A1) that the user, or the bindings saved in the workbook, designated as a
 * budget block or an indicator table. They make odd layouts work: the indicator table above the
 * budget block, beside it, far from it, or tables that automatic pairing would pair wrongly.
 */
export interface LocateHints {
  budget?: readonly string[];
  indicators?: readonly string[];
}

export type HintPart = 'budget' | 'indicators';

/** One part of a form: its header, the index it is read with, the bound range (null: found automatically). */
export interface FormPart<H> {
  header: H;
  index: LabelIndex;
  range: RangeRef | null;
}

export interface HintedPair {
  budget: FormPart<BudgetHeader> | null;
  table: FormPart<IndicatorHeader> | null;
}

/** A pair of automatic detection (locate.ts). */
interface AutoPair {
  budget: BudgetHeader | null;
  table: IndicatorHeader | null;
}

export interface Hinted {
  /** The hinted ranges a header was found in: automatic detection leaves them alone. */
  ranges: RangeRef[];
  /** The n-th budget hint with the n-th indicator hint, in the order given. */
  pairs: HintedPair[];
}

/**
 * Each hinted range's header, searched inside that range only (and read with an index of that
 * range only, so a table beside it cannot lend its labels). A range without its header gives
 * BINDING_MISMATCH at its top-left cell, and is then no hint at all: automatic detection still
 * sees what is in it (the table may have moved only partly out of it). A table bound twice counts
 * once (a form is never found twice).
 */
export function readHints(index: LabelIndex, sheet: string, hints: LocateHints, findings: Finding[]): Hinted {
  const ranges: RangeRef[] = [];
  const seen = new Set<string>();
  const find = <H extends { row: number; left: number }>(
    texts: readonly string[] | undefined,
    part: HintPart,
    headersOf: (i: LabelIndex) => H[],
  ): (FormPart<H> | null)[] =>
    (texts ?? []).map((text) => {
      let range: RangeRef;
      try {
        range = parseRange(text);
      } catch {
        findings.push(finding('BINDING_MISMATCH', sheet, null, { part, range: text }));
        return null;
      }
      const sub = index.within(range);
      const header = headersOf(sub)[0];
      if (header) {
        ranges.push(range);
        const key = `${part}:${header.row}:${header.left}`;
        if (seen.has(key)) return null;
        seen.add(key);
        return { header, index: sub, range };
      }
      findings.push(finding('BINDING_MISMATCH', sheet, toA1(range.top, range.left), { part, range: rangeToA1(range) }));
      return null;
    });
  const budgets = find(hints.budget, 'budget', findBudgetHeaders);
  const tables = find(hints.indicators, 'indicators', findIndicatorHeaders);
  const pairs: HintedPair[] = [];
  for (let n = 0; n < Math.max(budgets.length, tables.length); n++) {
    const budget = budgets[n] ?? null;
    const table = tables[n] ?? null;
    if (budget || table) pairs.push({ budget, table });
  }
  return { ranges, pairs };
}

/**
 * A hinted part without a hinted partner takes the nearest part that automatic detection left
 * alone (a budget block without table, a table without budget block). Returns the automatic pairs
 * taken that way: they are no longer forms of their own.
 */
export function adoptOrphans(hinted: Hinted, auto: readonly AutoPair[], index: LabelIndex): Set<number> {
  const taken = new Set<number>();
  /** The nearest automatic pair holding only this part. */
  const nearest = (row: number, want: 'budget' | 'table'): number => {
    let best = -1;
    let bestDistance = Infinity;
    auto.forEach((p, i) => {
      const found = want === 'budget' ? p.budget : p.table;
      const partner = want === 'budget' ? p.table : p.budget;
      if (taken.has(i) || !found || partner) return;
      const distance = Math.abs(found.row - row);
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    });
    if (best >= 0) taken.add(best);
    return best;
  };
  for (const p of hinted.pairs) {
    if (p.budget && !p.table) {
      const i = nearest(p.budget.header.row, 'table');
      if (i >= 0) p.table = { header: auto[i].table!, index, range: null };
    } else if (p.table && !p.budget) {
      const i = nearest(p.table.header.row, 'budget');
      if (i >= 0) p.budget = { header: auto[i].budget!, index, range: null };
    }
  }
  return taken;
}

/** The first row below `row` where something else starts (a hinted range, a header), or `fallback`. */
export function nextStart(row: number, starts: readonly number[], fallback: number): number {
  let next = fallback;
  for (const s of starts) if (s > row && s < next) next = s;
  return next;
}

/** The row after the last hinted range that ends above `row` (a head is not looked for inside one). */
export function floorAbove(row: number, ranges: readonly RangeRef[], floor: number): number {
  for (const r of ranges) if (r.bottom < row && r.bottom + 1 > floor) floor = r.bottom + 1;
  return floor;
}
