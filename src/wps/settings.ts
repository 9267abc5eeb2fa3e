/**
 * Settings stored in the workbook, on the add-in's own very hidden sheet STORE_SHEET (PluginStorage
 * is session-only: nothing would survive save and reopen). Layout:
 *
 *   A1        the signature `jixiao-store 1`: a sheet of that name without it is the user's, and
 *             is never written (set throws `accessDenied`; get finds nothing);
 *   row 2…    one key a row: A the key (`jixiao.<key>`, as src/excel/settings.ts names them),
 *             B… the value's JSON text in chunks of ≤ 30 000 characters (a cell holds 32 767);
 *             a removed key leaves a blank row, reused by the next new key.
 *
 * Every cell is written as text (textInput: a leading apostrophe), so JSON such as `123`, `-1` or
 * `"=…"` is never coerced into a number or a formula. Calls: every get and set reads the store's
 * used range afresh (ActiveWorkbook, Worksheets, Item, UsedRange, Value2: the ribbon's page writes
 * it too); a set then writes its row in one Value2 call (the first one also adds the sheet and
 * writes the signature with it).
 */
import { columnName } from '../core/a1';
import { HostError } from '../core/hostError';
import type { SettingsStore } from '../core/port';
import { settingsKey } from '../core/workbookSettings';
import { STORE_SHEET, WpsContext } from './context';
import { EtWorkbook, EtWorksheet, XL_SHEET_VERY_HIDDEN } from './et';
import { toHostError } from './errors';
import { isBlank, textInput, value2Rows } from './refs';

export const STORE_SIGNATURE = 'jixiao-store 1';
/** Characters of JSON per cell: under a cell's 32 767 with the apostrophe and room to spare. */
export const CHUNK_CHARS = 30000;
/** The key as src/excel/settings.ts stores it too (core settingsKey). */
export const storeKey = settingsKey;

/** Text in pieces of at most `size` characters, never splitting a surrogate pair (a lone half is not valid XML in the saved file). */
export function chunkText(text: string, size = CHUNK_CHARS): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(i + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - i > 1 && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

export interface StoreRow {
  /** 1-based sheet row. */
  row: number;
  /** Cells used in the row (key and chunks). */
  width: number;
  json: string;
}

export interface StoreLayout {
  state: 'absent' | 'ours' | 'foreign';
  keys: Map<string, StoreRow>;
  /** Rows of the used range (1 with the signature only). */
  rows: number;
  /** Blank rows below the signature, first first. */
  free: number[];
}

/** The store sheet's used-range Value2 → its keys (pure). */
export function parseStore(value2: unknown): StoreLayout {
  const rows = value2Rows(value2);
  const sig = rows[0]?.[0];
  if (typeof sig !== 'string' || sig.trim() !== STORE_SIGNATURE) return { state: 'foreign', keys: new Map(), rows: rows.length, free: [] };
  const keys = new Map<string, StoreRow>();
  const free: number[] = [];
  rows.forEach((cells, i) => {
    if (i === 0) return;
    if (isBlank(cells[0])) {
      free.push(i + 1);
      return;
    }
    let width = 1;
    let json = '';
    cells.forEach((c, j) => {
      if (j === 0 || isBlank(c)) return;
      json += String(c); // a chunk ET coerced anyway (it never should) still reads back as its text
      width = j + 1;
    });
    const key = String(cells[0]);
    if (!keys.has(key)) keys.set(key, { row: i + 1, width, json });
  });
  return { state: 'ours', keys, rows: rows.length, free };
}

interface Cached extends StoreLayout {
  book: EtWorkbook;
}

function storeSheet(book: EtWorkbook): EtWorksheet | null {
  try {
    return book.Worksheets.Item(STORE_SHEET);
  } catch {
    return null; // Item throws when there is no such sheet
  }
}

/**
 * The store as it is now, read afresh for every get and set: another page of the add-in (the
 * ribbon's 一键重算 records its undo here) writes the same sheet, so a layout remembered by this
 * page could write a key into a row that page has taken meanwhile.
 */
function load(ctx: WpsContext): Cached {
  const book = ctx.workbook();
  const ws = storeSheet(book);
  const layout: StoreLayout = ws ? parseStore(ws.UsedRange.Value2) : { state: 'absent', keys: new Map(), rows: 0, free: [] };
  return { book, ...layout };
}

/** Adds the store sheet after the last one, very hidden, and puts the user back on their sheet. */
function createStoreSheet(book: EtWorkbook): EtWorksheet {
  const sheets = book.Worksheets;
  const active = book.ActiveSheet ?? null;
  let ws: EtWorksheet;
  try {
    ws = sheets.Add(null, sheets.Item(sheets.Count));
  } catch (err) {
    throw new HostError('accessDenied', 'The settings sheet could not be added (is the workbook structure protected?).', { cause: err });
  }
  ws.Name = STORE_SHEET;
  ws.Visible = XL_SHEET_VERY_HIDDEN;
  try {
    active?.Activate();
  } catch {
    // the user's sheet is gone or cannot be activated: WPS shows the neighbouring one
  }
  return ws;
}

function writeRow(ctx: WpsContext, store: Cached, key: string, json: string | undefined): void {
  const existing = store.keys.get(key);
  if (json === undefined && !existing) return;
  const cells = json === undefined ? [] : [textInput(key), ...chunkText(json).map(textInput)];
  const row = existing?.row ?? store.free[0] ?? Math.max(2, store.rows + 1);
  const width = Math.max(existing?.width ?? 0, cells.length);
  const line: string[] = [...cells, ...new Array<string>(width - cells.length).fill('')];
  const creating = store.state === 'absent';
  const top = creating ? 1 : row;
  const block = creating ? [[textInput(STORE_SIGNATURE), ...new Array<string>(width - 1).fill('')], line] : [line];
  const address = `A${top}:${columnName(width - 1)}${row}`;
  const ws = creating ? createStoreSheet(store.book) : store.book.Worksheets.Item(STORE_SHEET);
  if (creating) store.state = 'ours';
  ctx.ownWrite(STORE_SHEET, address);
  ws.Range(address).Value2 = block;
  // the cache follows what was written
  store.rows = Math.max(store.rows, row);
  store.free = store.free.filter((r) => r !== row);
  if (json === undefined) {
    store.keys.delete(key);
    store.free = [...store.free, row].sort((a, b) => a - b);
  } else store.keys.set(key, { row, width: cells.length, json });
}

export function createWpsSettings(ctx: WpsContext): SettingsStore {
  return {
    async get<T>(key: string): Promise<T | undefined> {
      let store: Cached;
      try {
        store = load(ctx);
      } catch (err) {
        throw toHostError(err);
      }
      if (store.state !== 'ours') return undefined;
      const r = store.keys.get(storeKey(key));
      if (!r) return undefined;
      try {
        return JSON.parse(r.json) as T; // a fresh copy each time
      } catch {
        return undefined; // a damaged value reads as unset, like a missing one
      }
    },
    async set<T>(key: string, value: T): Promise<void> {
      let store: Cached;
      try {
        store = load(ctx);
      } catch (err) {
        throw toHostError(err);
      }
      if (store.state === 'foreign') {
        throw new HostError('accessDenied', `A sheet named ${STORE_SHEET} exists and is not the add-in's: settings are not saved.`);
      }
      const json = value === undefined ? undefined : JSON.stringify(value);
      try {
        writeRow(ctx, store, storeKey(key), json);
      } catch (err) {
        throw toHostError(err);
      }
    },
  };
}
