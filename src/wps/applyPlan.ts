/**
 * apply(plan): decided per sheet against the snapshot of the last read (core decideSheet: a sheet
 * is written all or nothing — protected → `protected`, edited since (SheetChange) →
 * `changedMeanwhile`, a formula in a target cell → `formula`, a value not the plan's `before` →
 * `changedMeanwhile`), re-reading nothing. Only a sheet never read (or known only by ranges
 * missing some of the plan's cells) is read first, as src/excel does.
 *
 * The workbook's Name is compared with the last read's first (another workbook active since: its
 * sheets are read before anything is decided). Then written in runs (./runs.ts): per apply
 * ActiveWorkbook + Name + Worksheets, per sheet one `Item(name)`, per run `Range(address)` + one `Value2 =` (a scalar for one cell, rows otherwise).
 * Every target sheet is looked up before any cell is written: a sheet deleted since its read is
 * `sheetMissing` and nothing of it written. Each run is recorded with `ctx.ownWrite` before it is
 * written, so its SheetChange is not taken for the user's. If a write throws (a sheet protected
 * since, …) the HostError carries in `attempted` the entries of the runs written and of the
 * failing one (the pane offers their undo); the snapshot keeps the runs that were written.
 */
import { parseA1, toA1 } from '../core/a1';
import { contentAfter, decideSheet, entriesBySheet } from '../core/applyRules';
import type { CellValue } from '../core/grid';
import { HostError } from '../core/hostError';
import type { ApplyResult, SkippedEntry } from '../core/port';
import type { PlanEntry, WritePlan } from '../core/writePlan';
import { cellInput } from './cellInput';
import type { EtWorkbook, EtWorksheet } from './et';
import { toHostError } from './errors';
import { readSheet } from './readSheets';
import { groupRuns } from './runs';
import { WpsEnv } from './state';

interface Item {
  entry: PlanEntry;
  before: CellValue;
  input: string | number;
}

const cellKey = (cell: string) => {
  const { row, col } = parseA1(cell);
  return toA1(row, col);
};

/** Sheets the snapshot does not know well enough for these entries are read (whole) first. */
function readUnknown(env: WpsEnv, bySheet: Map<string, PlanEntry[]>): void {
  for (const [sheet, entries] of bySheet) {
    const snap = env.state.snapshots.get(sheet);
    if (snap && entries.every((e) => snap.covers(e.cell))) continue;
    try {
      readSheet(env, sheet);
    } catch (err) {
      if (!(err instanceof HostError && err.code === 'sheetDeleted')) throw err;
    }
  }
}

export function applyPlan(env: WpsEnv, plan: WritePlan): ApplyResult {
  const bySheet = entriesBySheet(plan.entries);
  if (bySheet.size === 0) return { written: [], skipped: [] };
  let wb: EtWorkbook;
  try {
    wb = env.ctx.workbook();
    // another workbook active since the read: its sheets are not what the snapshots hold
    const name = String(wb.Name);
    if (env.state.bookName !== null && name !== env.state.bookName) env.state.snapshots.clear();
    env.state.bookName = name;
  } catch (err) {
    throw toHostError(err);
  }
  readUnknown(env, bySheet);
  const written: PlanEntry[] = [];
  const skipped: SkippedEntry[] = [];
  const toWrite: { sheet: string; items: Item[] }[] = [];
  for (const [sheet, entries] of bySheet) {
    const d = decideSheet(entries, env.state.snapshots.get(sheet));
    skipped.push(...d.skipped);
    // inputs first: a figure that is no number fails before anything is written
    if (d.write.length) toWrite.push({ sheet, items: d.write.map((w) => ({ ...w, input: cellInput(w.entry.after) })) });
  }
  if (toWrite.length === 0) return { written, skipped };

  const located: { sheet: string; items: Item[]; ws: EtWorksheet }[] = [];
  try {
    const sheets = wb.Worksheets;
    for (const s of toWrite) {
      let ws: EtWorksheet;
      try {
        ws = sheets.Item(s.sheet);
      } catch {
        env.state.snapshots.delete(s.sheet); // deleted (or renamed) since its read
        skipped.push(...s.items.map((i) => ({ entry: i.entry, reason: 'sheetMissing' as const })));
        continue;
      }
      located.push({ ...s, ws });
    }
  } catch (err) {
    throw toHostError(err);
  }

  const attempted: PlanEntry[] = [];
  for (const s of located) {
    const snap = env.state.snapshots.get(s.sheet);
    const byCell = new Map<string, Item[]>();
    for (const i of s.items) {
      const key = cellKey(i.entry.cell);
      byCell.set(key, [...(byCell.get(key) ?? []), i]);
    }
    for (const run of groupRuns(s.items.map((i) => ({ cell: i.entry.cell, value: i.input })))) {
      const items = run.cells.flatMap((c) => byCell.get(c) ?? []);
      attempted.push(...items.map((i) => i.entry));
      try {
        env.ctx.ownWrite(s.sheet, run.address);
        s.ws.Range(run.address).Value2 = run.cells.length === 1 ? run.values[0][0] : run.values;
      } catch (err) {
        throw toHostError(err, 'write', attempted);
      }
      for (const i of items) snap?.recordWrite(i.entry.cell, contentAfter(i.entry.after));
    }
    written.push(...s.items.map((i) => ({ ...i.entry, before: i.before })));
  }
  return { written, skipped };
}
