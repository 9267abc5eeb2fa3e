/**
 * Sheet operations shared by the object model and the test controls: the store changes, and the
 * fake's own structures (names, validations, conditions, hyperlinks, charts) follow.
 */
import { parseRange, type RangeRef } from '../../../src/core';
import { formatAddress } from './range';
import type { Persisted } from './state';
import { shiftRows, type EtStore } from './store';

const BAD_NAME = /[[\]:*?/\\]/;

/** Throws on an empty, too long or duplicate name (case-insensitive), as the host does. */
export function checkSheetName(store: EtStore, name: string, except: number | null): void {
  if (typeof name !== 'string' || name.trim() === '' || name.length > 31 || BAD_NAME.test(name) || name.startsWith("'")) {
    throw new Error(`fake ET: "${String(name)}" is not a valid sheet name`);
  }
  const key = name.toLowerCase();
  if (store.sheets().some((s) => s.id !== except && s.name.toLowerCase() === key)) {
    throw new Error(`fake ET: a sheet named "${name}" already exists`);
  }
}

export function renameSheet(data: Persisted, id: number, name: string): void {
  checkSheetName(data.store, name, id);
  data.store.renameSheet(id, name);
}

/** Deletes a sheet: its names become `=#REF!$A$5:$I$9`, its validations, conditions, charts go. */
export function deleteSheet(data: Persisted, id: number): void {
  const sheets = data.store.sheets();
  if (!sheets.some((s) => s.id === id)) throw new Error('fake ET: no such sheet');
  if (!sheets.some((s) => s.id !== id && s.visible === -1)) throw new Error('fake ET: a workbook must keep one visible sheet');
  data.store.deleteSheet(id);
  for (const n of data.names) {
    if (n.sheetId !== id || !n.range) continue;
    n.text = `=#REF!${formatAddress(n.range)}`;
    n.sheetId = null;
    n.range = null;
  }
  data.validations = data.validations.filter((v) => v.sheetId !== id);
  data.conditions = data.conditions.filter((c) => c.sheetId !== id);
  data.hyperlinks = data.hyperlinks.filter((h) => h.sheetId !== id);
  data.charts = data.charts.filter((c) => c.sheetId !== id);
  data.pageSetup.delete(id);
}

/** Inserts n rows before 0-based row `at`; everything anchored below moves down (spanning grows). */
export function insertRows(data: Persisted, id: number, at: number, n: number): void {
  if (!Number.isInteger(at) || at < 0 || !Number.isInteger(n) || n < 1) throw new Error('fake ET: insertRows needs a row ≥ 0 and n ≥ 1');
  data.store.insertRows(id, at, n);
  const move = (r: RangeRef) => Object.assign(r, shiftRows(r, at, n)); // in place: live objects hold these entries
  for (const x of data.names) if (x.sheetId === id && x.range) move(x.range);
  for (const x of [...data.validations, ...data.conditions, ...data.hyperlinks]) if (x.sheetId === id) move(x.range);
  for (const c of data.charts) if (c.source && c.source.sheetId === id) move(c.source.range);
}

/** The smallest range covering every value, formula and merge; A1 for an empty sheet. */
export function usedRange(store: EtStore, id: number): RangeRef {
  let r = store.extent(id);
  for (const m of store.merges(id)) {
    r = r
      ? { top: Math.min(r.top, m.top), left: Math.min(r.left, m.left), bottom: Math.max(r.bottom, m.bottom), right: Math.max(r.right, m.right) }
      : { ...m };
  }
  return r ?? { top: 0, left: 0, bottom: 0, right: 0 };
}

const ADDRESS = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(:\$?[A-Za-z]{1,3}\$?\d{1,7})?$/;

/** `A1`, `A1:B2`, with or without `$`; throws on anything else (no sheet names, no whole columns). */
export function parseAddress(address: string): RangeRef {
  const text = typeof address === 'string' ? address.trim() : '';
  if (!ADDRESS.test(text)) throw new Error(`fake ET: Range("${String(address)}") is not an address the fake supports`);
  const r = { ...parseRange(text.toUpperCase()) }; // a copy: parseRange's results are shared
  if (r.bottom > 1048575 || r.right > 16383 || r.top < 0) throw new Error(`fake ET: Range("${address}") is outside the sheet`);
  return r;
}
