/**
 * Reading sheets and ranges through the ET object model. Every property read and method call is
 * one call into WPS (et.ts), so each read is a fixed, short sequence:
 *
 *   read()              ActiveWorkbook, Name, Worksheets, Count                (per workbook: 4)
 *                       per sheet: Item(i), Name, ProtectContents, UsedRange,
 *                       Address(false,false), Value2, Formula, Value(11)       (per sheet: 8)
 *   readSheet(name)     ActiveWorkbook, Worksheets, Item(name), then as above   (10)
 *   readRange(s, r)     ActiveWorkbook, Worksheets, Item(s), ProtectContents,
 *                       Range(r), Value2, Formula, then the used range's
 *                       UsedRange, Address, Value(11) (merges whole, formats)   (10)
 *
 * The add-in's own sheet (STORE_SHEET) is skipped by name, right after `.Name` (2 calls). When
 * Value(11) throws or gives no text, that one read takes `NumberFormat` instead (+1, once a
 * session) and later reads take NumberFormat in its place (no merges: capabilities().mergedAreas).
 * ET data → Grid is ./cells.ts; the snapshot each read leaves for apply() is ./state.ts.
 */
import { rangeToA1, type RangeRef } from '../core/a1';
import type { Grid } from '../core/grid';
import { HostError } from '../core/hostError';
import { STORE_SHEET } from './context';
import { areaOf, toGrid } from './cells';
import { EtRange, EtWorksheet, XL_RANGE_VALUE_XML } from './et';
import { etCall, toHostError } from './errors';
import { WpsEnv } from './state';
import { parseXmlSpreadsheet, XmlSheetInfo } from './xmlSpreadsheet';

/** Value2, Formula and Value(11) (or NumberFormat) of a range → its Grid. */
function readCells(env: WpsEnv, sheet: string, range: EtRange, area: RangeRef, isProtected: boolean): Grid {
  const value2 = range.Value2;
  const formula = range.Formula;
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  let xml: XmlSheetInfo | null = null;
  if (env.state.xmlWorks) {
    let text: unknown;
    try {
      text = range.Value(XL_RANGE_VALUE_XML);
    } catch {
      text = undefined;
    }
    if (typeof text === 'string') xml = parseXmlSpreadsheet(text, rows, cols);
    else env.state.xmlWorks = false; // this WPS has no XML Spreadsheet values: NumberFormat from now on
  }
  const numberFormat = xml ? undefined : range.NumberFormat;
  return toGrid({ sheet, area, value2, formula, xml, numberFormat, isProtected });
}

/** A sheet's used range, after Item and Name. */
function readUsed(env: WpsEnv, ws: EtWorksheet, name: string): Grid {
  const isProtected = ws.ProtectContents === true;
  const used = ws.UsedRange;
  const area = areaOf(String(used.Address(false, false)));
  const grid = readCells(env, name, used, area, isProtected);
  env.state.putGrid(grid);
  return grid;
}

/** Every worksheet but the add-in's own, in tab order. */
export function readWorkbook(env: WpsEnv): Grid[] {
  try {
    const wb = env.ctx.workbook();
    env.state.bookName = String(wb.Name);
    const sheets = wb.Worksheets;
    const count = sheets.Count;
    const grids: Grid[] = [];
    const names: string[] = [];
    for (let i = 1; i <= count; i++) {
      const ws = sheets.Item(i);
      const name = String(ws.Name);
      names.push(name);
      if (name === STORE_SHEET) continue;
      grids.push(readUsed(env, ws, name));
    }
    env.state.keepSheets(names);
    return grids;
  } catch (err) {
    throw toHostError(err);
  }
}

const notASheet = (name: string) => new HostError('sheetDeleted', `No sheet named ${JSON.stringify(name)}.`);

/** One sheet's used range; a sheet that does not exist (or the add-in's own) → `sheetDeleted`. */
export function readSheet(env: WpsEnv, sheet: string): Grid {
  if (sheet === STORE_SHEET) throw notASheet(sheet);
  try {
    const sheets = env.ctx.workbook().Worksheets;
    const ws = etCall('sheet', () => sheets.Item(sheet));
    const name = String(ws.Name);
    if (name === STORE_SHEET) throw notASheet(sheet);
    return readUsed(env, ws, name);
  } catch (err) {
    throw toHostError(err);
  }
}

/** One range of a sheet, whole (see WorkbookPort.readRange); the sheet's snapshot refreshed there. */
export function readRange(env: WpsEnv, sheet: string, range: string): Grid {
  let area: RangeRef;
  try {
    area = areaOf(range);
  } catch (err) {
    throw new HostError('unknown', `Not an A1 range: ${JSON.stringify(range)}.`, { cause: err });
  }
  if (sheet === STORE_SHEET) throw notASheet(sheet);
  try {
    const sheets = env.ctx.workbook().Worksheets;
    const ws = etCall('sheet', () => sheets.Item(sheet));
    const isProtected = ws.ProtectContents === true;
    const range = ws.Range(rangeToA1(area));
    const value2 = range.Value2;
    const formula = range.Formula;
    const xml = env.state.xmlWorks ? usedXmlFor(env, ws, area) : null;
    const numberFormat = xml ? undefined : range.NumberFormat;
    const grid = toGrid({ sheet, area, value2, formula, xml, numberFormat, isProtected });
    env.state.putRange(grid);
    return grid;
  } catch (err) {
    throw toHostError(err);
  }
}

/**
 * The used range's XML, re-expressed for `area`: a range's own XML clips a merge the range cuts
 * through (port.ts asks for it whole), so merges and number formats both come from the used
 * range's — 3 calls (UsedRange, Address, Value(11)), always current (merges remembered from an
 * earlier read would miss rows inserted since). Merges keep their whole extent (offsets relative to
 * `area` may be negative); formats outside the used range are none. Null when it cannot be read.
 */
function usedXmlFor(env: WpsEnv, ws: EtWorksheet, area: RangeRef): XmlSheetInfo | null {
  const used = ws.UsedRange;
  const u = areaOf(String(used.Address(false, false)));
  let text: unknown;
  try {
    text = used.Value(XL_RANGE_VALUE_XML);
  } catch {
    text = undefined;
  }
  if (typeof text !== 'string') {
    env.state.xmlWorks = false; // this WPS has no XML Spreadsheet values: NumberFormat from now on
    return null;
  }
  const xml = parseXmlSpreadsheet(text, u.bottom - u.top + 1, u.right - u.left + 1);
  if (!xml) return null;
  const dy = u.top - area.top;
  const dx = u.left - area.left;
  const merges = xml.merges
    .map((m) => ({ top: m.top + dy, left: m.left + dx, bottom: m.bottom + dy, right: m.right + dx }))
    .filter((m) => m.bottom >= 0 && m.right >= 0 && m.top <= area.bottom - area.top && m.left <= area.right - area.left);
  const formats = Array.from({ length: area.bottom - area.top + 1 }, (_, r) =>
    Array.from({ length: area.right - area.left + 1 }, (_, c) => xml.formats[r - dy]?.[c - dx] ?? null),
  );
  return { merges, formats };
}
