/// <reference types="office-js" />
/**
 * Worksheets → the core's Grid snapshots, every sheet in ONE `context.sync`.
 *
 * Per sheet the batch loads only: `protection.protected`; the used range (values only, i.e.
 * ignoring formatted empty cells) with `address, values, formulas, numberFormat, valueTypes`;
 * with ExcelApi 1.13 the sheet's merged areas (`getMergedAreasOrNullObject().address`, taken from
 * the whole sheet so that an empty sheet needs no null-object chaining). The same batch reloads the
 * worksheet list (`items/name,items/id`).
 *
 * Office.js cannot list the sheets and read their used ranges in one batch (a used range is asked
 * of a sheet by name). So the batch reads the sheets known from the adapter's previous batch (the
 * adapter lists the sheets when it is created, and every batch it runs refreshes the list):
 *   read() = 1 sync   the usual case
 *            2 syncs  when sheets were added since (the second reads only those)
 *            3 syncs  when a known sheet was deleted or renamed since (the batch fails with
 *                     ItemNotFound and reads nothing; the list; the batch again without it)
 *          + 1 sync   the very first time, if the list was not learned yet (see `prime`)
 * A response over the host's payload limit (5 MB on the web) is retried in halves (more syncs).
 *
 * `readSheet` reads one sheet the same way; `readRange` (./readRange.ts) one range of a sheet (an
 * inline re-check of one form), refreshing the sheet's snapshot for those cells only. One sync
 * each. Office.js range data → Grid is ./gridOf.ts, the worksheet list ./sheetList.ts.
 */
import { Grid } from '../core/grid';
import { HostError, recode } from './errors';
import { mergedAddressOf, toGrid } from './gridOf';
import { runBatch } from './host';
import { queueSheetList, refreshSheetList } from './sheetList';
import { AdapterEnv } from './state';

interface QueuedSheet {
  name: string;
  protection: Excel.WorksheetProtection;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

function queueSheet(context: Excel.RequestContext, name: string, withMerges: boolean): QueuedSheet {
  const ws = context.workbook.worksheets.getItem(name);
  // A navigation property is a proxy, not a loaded value (the rule cannot tell them apart).
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const protection = ws.protection;
  protection.load('protected');
  const used = ws.getUsedRange(true);
  used.load('address,values,formulas,numberFormat,valueTypes');
  let merged: Excel.RangeAreas | null = null;
  if (withMerges) {
    merged = ws.getRange().getMergedAreasOrNullObject();
    merged.load('address');
  }
  return { name, protection, used, merged };
}

function gridOfQueued(q: QueuedSheet): Grid {
  return toGrid(q.name, q.protection.protected === true, q.used, mergedAddressOf(q.merged));
}

interface BatchResult {
  grids: Map<string, Grid>;
  /** The worksheet list loaded in the same batch, when asked for. */
  list: string[] | null;
}

/** One Excel.run, one sync: these sheets (and the worksheet list). */
async function readBatch(env: AdapterEnv, names: string[], withList: boolean): Promise<BatchResult> {
  const withMerges = env.caps.mergedAreas;
  return runBatch(env.host, async (context) => {
    const list = withList ? queueSheetList(context) : null;
    const queued = names.map((n) => queueSheet(context, n, withMerges));
    await context.sync();
    const grids = new Map<string, Grid>();
    for (const q of queued) grids.set(q.name, gridOfQueued(q));
    let names2: string[] | null = null;
    if (list) {
      const sheets = list();
      env.state.setSheets(sheets);
      names2 = sheets.map((s) => s.name);
    }
    for (const g of grids.values()) env.state.putGrid(g);
    return { grids, list: names2 };
  });
}

/** readBatch, retried in halves when the response is over the payload limit. */
async function readBatchSplitting(env: AdapterEnv, names: string[], withList: boolean): Promise<BatchResult> {
  try {
    return await readBatch(env, names, withList);
  } catch (err) {
    if (!(err instanceof HostError) || err.code !== 'payloadTooLarge' || names.length < 2) throw err;
    const mid = Math.ceil(names.length / 2);
    const a = await readBatchSplitting(env, names.slice(0, mid), withList);
    const b = await readBatchSplitting(env, names.slice(mid), false);
    return { grids: new Map([...a.grids, ...b.grids]), list: a.list };
  }
}

export function requireRead(env: AdapterEnv): void {
  if (!env.caps.read) throw new HostError('requirementMissing', 'Reading worksheets needs ExcelApi 1.2.');
}

export const isItemNotFound = (err: unknown) => err instanceof HostError && err.code === 'itemNotFound';

/**
 * These sheets, with a retry when one of them no longer exists (the failed batch is repeated with
 * the existing sheets after one list sync). Returns the grids by name and the missing names.
 */
export async function readSheets(env: AdapterEnv, names: string[]): Promise<{ grids: Map<string, Grid>; missing: string[]; list: string[] }> {
  requireRead(env);
  try {
    const r = await readBatchSplitting(env, names, true);
    return { grids: r.grids, missing: [], list: r.list ?? [] };
  } catch (err) {
    if (!isItemNotFound(err)) throw err;
  }
  const list = await refreshSheetList(env);
  const existing = names.filter((n) => list.includes(n));
  const r = existing.length ? await readBatchSplitting(env, existing, false) : { grids: new Map<string, Grid>() };
  return { grids: r.grids, missing: names.filter((n) => !list.includes(n)), list };
}

/** Every worksheet, in tab order (see the sync counts above). */
export async function readWorkbook(env: AdapterEnv): Promise<Grid[]> {
  requireRead(env);
  const known = env.state.sheetNames ?? (await refreshSheetList(env));
  const first = await readSheets(env, known);
  const grids = first.grids;
  const added = first.list.filter((n) => !grids.has(n));
  if (added.length) {
    const more = await readBatchSplitting(env, added, false);
    for (const [n, g] of more.grids) grids.set(n, g);
  }
  return first.list.filter((n) => grids.has(n)).map((n) => grids.get(n) as Grid);
}

/** One sheet (inline re-check): one sync. A sheet that no longer exists → HostError 'sheetDeleted'. */
export async function readSheet(env: AdapterEnv, sheet: string): Promise<Grid> {
  requireRead(env);
  try {
    const r = await readBatch(env, [sheet], true);
    return r.grids.get(sheet) as Grid;
  } catch (err) {
    if (isItemNotFound(err)) throw recode(err as HostError, 'sheetDeleted');
    throw err;
  }
}
