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
 * `readSheet` reads one sheet the same way; `readRange` one range of a sheet (an inline re-check
 * of one form), refreshing the sheet's snapshot for those cells only. One sync each.
 */
import { parseRange, rangeToA1 } from '../core/a1';
import { CellValue, Grid } from '../core/grid';
import { HostError, recode } from './errors';
import { bareAddress, runBatch, splitAreas } from './host';
import { AdapterEnv } from './state';

/** The used-range properties the read loads (Office.js returns '' for an empty cell). */
export interface UsedRangeData {
  address: string;
  values: unknown[][];
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  valueTypes?: string[][];
}

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

/** Queues the worksheet list; call the result after the sync. */
export function queueSheetList(context: Excel.RequestContext): () => { name: string; id: string }[] {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  return () => sheets.items.map((ws) => ({ name: ws.name, id: ws.id }));
}

/** The address of loaded merged areas; null without any (a null object) or when not asked for. */
function mergedAddressOf(merged: Excel.RangeAreas | null): string | null {
  return merged && merged.isNullObject !== true ? merged.address : null;
}

function gridOfQueued(q: QueuedSheet): Grid {
  return toGrid(q.name, q.protection.protected === true, q.used, mergedAddressOf(q.merged));
}

/**
 * The Grid of a used range (or of any range, readRange) as Office.js returns it: '' → null; numbers and booleans as they are;
 * error strings (`#DIV/0!`) → `{ error }` only where `valueTypes` says Error; a formula where
 * `formulas` holds `=…` that is not the cell's own text (Office.js returns the text of a cell
 * entered as `'=abc` in `formulas` too); `General` number formats → null; merges without the sheet.
 */
export function toGrid(sheet: string, isProtected: boolean, used: UsedRangeData, mergedAddress: string | null): Grid {
  const origin = bareAddress(used.address).split(':')[0] || 'A1';
  const values: CellValue[][] = used.values.map((row, r) => row.map((v, c) => cellValue(v, used.valueTypes?.[r]?.[c])));
  const formulas = used.values.map((row, r) =>
    row.map((v, c) => {
      const f = used.formulas?.[r]?.[c];
      return typeof f === 'string' && f.startsWith('=') && f !== v ? f : null;
    }),
  );
  const numberFormats = used.values.map((row, r) =>
    row.map((_, c) => {
      const f = used.numberFormat?.[r]?.[c];
      return typeof f === 'string' && f !== '' && f !== 'General' && f !== 'G/通用格式' ? f : null;
    }),
  );
  const merges = mergedAddress ? splitAreas(mergedAddress) : [];
  return { sheet, origin, values, formulas, numberFormats, merges, protected: isProtected };
}

function cellValue(v: unknown, type: string | undefined): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return type === 'Error' ? { error: v } : v;
  return String(v);
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

/** One sync: the worksheet list only. */
export async function refreshSheetList(env: AdapterEnv): Promise<string[]> {
  return runBatch(env.host, async (context) => {
    const list = queueSheetList(context);
    await context.sync();
    const sheets = list();
    env.state.setSheets(sheets);
    return sheets.map((s) => s.name);
  });
}

function requireRead(env: AdapterEnv): void {
  if (!env.caps.read) throw new HostError('requirementMissing', 'Reading worksheets needs ExcelApi 1.2.');
}

const isItemNotFound = (err: unknown) => err instanceof HostError && err.code === 'itemNotFound';

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

/**
 * One range of a sheet (an inline re-check of one form), in ONE sync: the range's values,
 * formulas, number formats and value types, the merged areas in it (ExcelApi 1.13:
 * `range.getMergedAreasOrNullObject()`, the areas that intersect the range), the sheet's
 * protection, and the worksheet list. The Grid's origin is the range's top-left. The sheet's
 * snapshot is refreshed for those cells only (state.ts), so that `apply()` checks a later plan
 * against them. A sheet that no longer exists → HostError 'sheetDeleted'.
 */
export async function readRange(env: AdapterEnv, sheet: string, range: string): Promise<Grid> {
  requireRead(env);
  let address: string;
  try {
    address = rangeToA1(parseRange(bareAddress(range)));
  } catch (err) {
    throw new HostError('unknown', `not an A1 range: ${range}`, { cause: err });
  }
  try {
    return await runBatch(env.host, async (context) => {
      const list = queueSheetList(context);
      const ws = context.workbook.worksheets.getItem(sheet);
      // A navigation property is a proxy, not a loaded value (the rule cannot tell them apart).
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      const protection = ws.protection;
      protection.load('protected');
      const cells = ws.getRange(address);
      cells.load('address,values,formulas,numberFormat,valueTypes');
      let merged: Excel.RangeAreas | null = null;
      if (env.caps.mergedAreas) {
        merged = cells.getMergedAreasOrNullObject();
        merged.load('address');
      }
      await context.sync();
      env.state.setSheets(list());
      const grid = toGrid(sheet, protection.protected === true, cells, mergedAddressOf(merged));
      env.state.putRange(grid);
      return grid;
    });
  } catch (err) {
    if (isItemNotFound(err)) throw recode(err as HostError, 'sheetDeleted');
    throw err;
  }
}
