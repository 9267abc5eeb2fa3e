/**
 * What the recalculated copy must say when it is read back: the written cells hold what the plan
 * wrote, and no score written is above its weight or below 0 (R5) in the re-evaluation's eyes.
 */
import { parseA1, parseRange } from '../../src/core/a1';
import { Decimal } from '../../src/core/decimal';
import type { WorkbookEvaluation } from '../../src/core/evaluate';
import type { Grid } from '../../src/core/grid';
import type { PlanEntry } from '../../src/core/writePlan';
import { numberFormatAt, valueAt } from './gridDiff';
import { fail } from './violation';

/** Hidden by a merge whose top-left it is not, by any of them (overlapping merges too), as the reader masks cells. */
function hidden(g: Grid, cell: string): boolean {
  const { row, col } = parseA1(cell);
  return g.merges.some((m) => {
    let r;
    try {
      r = parseRange(m);
    } catch {
      return false;
    }
    return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right && (row !== r.top || col !== r.left);
  });
}

const DATE_FORMAT = /[dmyhs]/i;

/**
 * A figure a double holds exactly enough to read back as itself (Excel keeps 15 significant
 * digits): a written 99999999999999999999999.00 reads back as 1e23, above a 分值 kept as text.
 */
function storable(e: PlanEntry): boolean {
  return e.after.type !== 'number' || new Decimal(Number(e.after.text)).toFixed(2) === e.after.text;
}

export function checkReadBack(applied: readonly PlanEntry[], after: readonly Grid[], ev: WorkbookEvaluation): void {
  const written = new Map(applied.filter(storable).map((e) => [`${e.sheet}!${e.cell}`, e]));
  for (const e of written.values()) {
    const g = after.find((x) => x.sheet === e.sheet);
    if (!g || hidden(g, e.cell)) continue;
    const format = numberFormatAt(g, e.cell);
    if (format && DATE_FORMAT.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ''))) continue; // read back as a date, by design
    const got = valueAt(g, e.cell);
    const want = e.after.type === 'number' ? Number(e.after.text) : e.after.text;
    if (got !== want) fail('written value reads back', { e, got, format });
  }
  for (const form of ev.forms) {
    const sheet = form.form.sheet;
    for (const ind of form.indicators) {
      const cell = ind.row.score?.cell;
      if (!cell || !written.has(`${sheet}!${cell}`) || ind.score === null || ind.weight === null || ind.weight.isNegative()) continue;
      if (ind.score.greaterThan(ind.weight) || ind.score.isNegative()) fail('no written score above its weight', { sheet, cell, score: ind.score.toString(), weight: ind.weight.toString() });
    }
    const total = form.funds.find((f) => f.kind === 'total');
    const e = total?.row.score ? written.get(`${sheet}!${total.row.score.cell}`) : undefined;
    if (e && form.budgetWeight !== null && !form.budgetWeight.isNegative()) {
      const v = new Decimal(e.after.text);
      if (v.greaterThan(form.budgetWeight) || v.isNegative()) fail('no written score above its weight', { e, weight: form.budgetWeight.toString() });
    }
  }
}
