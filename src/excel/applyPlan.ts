/// <reference types="office-js" />
/**
 * Writes a WritePlan in ONE `context.sync`, checked against the snapshot of the last read
 * (`read()` / `readSheet()`, refreshed by `readRange()` for the cells of its range), not against a
 * second read:
 *
 *  - a sheet not in the snapshot (the plan was made elsewhere), or known only by ranges that miss
 *    some of the plan's cells, is read first: one extra sync for just those sheets; a sheet that
 *    no longer exists → every entry skipped `sheetMissing`;
 *  - a protected sheet → every entry skipped `protected`;
 *  - a sheet the user edited since its snapshot (seen through the change events, when the task
 *    pane subscribed to them) and not read again there → every entry skipped `changedMeanwhile`;
 *  - a cell holding a formula → `formula`; a cell whose value is not the plan's `before` →
 *    `changedMeanwhile`. A sheet is written all or nothing: when one of its entries is refused, the
 *    others are skipped too, as `sheetRefused` (the sheet is not what the plan was made from);
 *  - `written[].before` is the value the snapshot holds (for undo).
 *
 * Values: a figure is written as a JS number (`Number(text)` of the core's exact 2-decimal text);
 * blank as ''; text as text. Excel parses `Range.values` like typed input (a string starting with
 * `=`, `+`, `-` is taken as a formula, `1/2` as a date, `99.45` as a number), so text that Excel
 * would not keep as text gets a leading apostrophe: Excel keeps the rest as text and does not show
 * the apostrophe (it is the cell's quote prefix, as when a user types `'=abc`). Other text is
 * written as it is, so the cell's format stays untouched.
 *
 * If the write sync fails (a sheet protected or deleted meanwhile, payload over the limit), the
 * error is a HostError carrying the entries of the batch in `attempted`. Office.js batches are not
 * transactional: commands before the failing one have run. Every target sheet is looked up before
 * any value is set, so a deleted sheet fails before anything is written; a sheet protected meanwhile can
 * leave the sheets before it written: the task pane should offer to undo `attempted` (undo skips
 * cells that no longer hold the value written).
 */
import { contentAfter, decideSheet, entriesBySheet } from '../core/applyRules';
import { cellInput, needsTextMarker } from '../core/cellInput';
import { CellValue } from '../core/grid';
import type { ApplyResult, SkippedEntry } from '../core/port';
import { PlanEntry, WritePlan } from '../core/writePlan';
import { HostError, recode, toHostError } from './errors';
import { readSheets } from './readWorkbook';
import { queueSheetList } from './sheetList';
import { AdapterEnv } from './state';

/** The text rule is the host-neutral core/cellInput.ts (ET coerces alike). */
export { cellInput, needsTextMarker };

/** apply(plan): see the file comment. One sync (plus one read sync for sheets not yet read). */
export async function applyPlan(env: AdapterEnv, plan: WritePlan): Promise<ApplyResult> {
  const bySheet = entriesBySheet(plan.entries);
  // sheets never read, or only ranges of them that miss some of the plan's cells (readRange)
  const unread = [...bySheet.entries()].filter(([s, entries]) => {
    const snap = env.state.snapshots.get(s);
    return !snap || entries.some((e) => !snap.covers(e.cell));
  }).map(([s]) => s);
  if (unread.length) await readSheets(env, unread);

  const written: PlanEntry[] = [];
  const skipped: SkippedEntry[] = [];
  const toWrite: { sheet: string; items: { entry: PlanEntry; before: CellValue; input: string | number }[] }[] = [];
  for (const [sheet, entries] of bySheet) {
    const d = decideSheet(entries, env.state.snapshots.get(sheet));
    skipped.push(...d.skipped);
    if (d.write.length) toWrite.push({ sheet, items: d.write.map((w) => ({ ...w, input: cellInput(w.entry.after) })) });
  }
  if (toWrite.length === 0) return { written, skipped };

  const attempted = toWrite.flatMap((s) => s.items.map((i) => i.entry));
  for (const s of toWrite) env.state.recentWrites.add(s.sheet, s.items.map((i) => i.entry.cell));
  try {
    await env.host.run(async (context) => {
      const list = queueSheetList(context);
      // Every target sheet is looked up (a cheap load queues its lookup now: Office.js queues an
      // object's lookup with the first command that uses it) before any value is set, so that a
      // sheet deleted meanwhile fails the batch before anything is written.
      const located = toWrite.map((s) => {
        const ws = context.workbook.worksheets.getItem(s.sheet);
        ws.load('name');
        return { ws, items: s.items };
      });
      const ranges = located.map(({ ws, items }) => items.map((i) => ({ range: ws.getRange(i.entry.cell), input: i.input })));
      for (const sheetRanges of ranges) for (const { range, input } of sheetRanges) range.values = [[input]];
      await context.sync();
      env.state.setSheets(list());
    });
  } catch (err) {
    const e = toHostError(err);
    if (e.code === 'itemNotFound') throw recode(e, 'sheetDeleted', { attempted });
    throw new HostError(e.code, e.message, { officeCode: e.officeCode, attempted, cause: err });
  }
  for (const s of toWrite) {
    const snap = env.state.snapshots.get(s.sheet);
    for (const i of s.items) {
      snap?.recordWrite(i.entry.cell, contentAfter(i.entry.after));
      written.push({ ...i.entry, before: i.before });
    }
  }
  return { written, skipped };
}
