/**
 * The `<c>` element of a worksheet, cell by cell: its `r`/`s`/`t` attributes read in one pass
 * without building strings, and its `<v>` text typed the way ExcelJS types it.
 */
import type { CellValue } from '../../core/grid';
import type { ReadLimits } from './limits';
import type { StyleTable } from './styles';
import type { TagScanner } from '../xml';

export interface SheetContext {
  strings: (string | null)[];
  styles: StyleTable;
  date1904: boolean;
  limits: ReadLimits;
}

/** Value spans [start, end) of the `r`, `s` and `t` attributes of the current `<c>` (−1: absent). */
export const attr = new Int32Array(6);
export const R = 0;
export const S = 2;
export const T = 4;

/** One pass over the attributes of a `<c>` tag, for the three that matter. */
export function cellAttrs(s: TagScanner): void {
  attr.fill(-1);
  const xml = s.xml;
  const end = s.tagEnd - 1;
  let i = s.nameEnd;
  while (i < end) {
    const eq = xml.indexOf('=', i);
    if (eq < 0 || eq >= end) return;
    let n = eq - 1;
    while (n > i && xml.charCodeAt(n) <= 32) n--; // blanks before `=`
    let q = eq + 1;
    while (xml.charCodeAt(q) <= 32) q++; // blanks after `=`
    const quote = xml.charCodeAt(q);
    if (quote !== 34 && quote !== 39) return;
    const close = xml.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (close < 0) return;
    if (xml.charCodeAt(n - 1) <= 32) {
      // a one-letter name: r, s or t?
      const c = xml.charCodeAt(n);
      const slot = c === 114 ? R : c === 115 ? S : c === 116 ? T : -1;
      if (slot >= 0) {
        attr[slot] = q + 1;
        attr[slot + 1] = close;
      }
    }
    i = close + 1;
  }
}

/** 1-based column of the reference in xml[start, end) (0 when it has no letters). */
export function columnAt(xml: string, start: number, end: number): number {
  let col = 0;
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i) | 0x20; // lower case
    if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 0x24) break; // `$`
  }
  return col;
}

/** A non-negative decimal integer in xml[start, end); 0 when it is not one. */
export function intAt(xml: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return i === start ? 0 : n;
    n = n * 10 + d;
  }
  return n;
}

/** An Excel serial date → `YYYY-MM-DD`, as test/support/exceljsGrids.ts turns ExcelJS's Date into text. */
function serialDate(v: number, date1904: boolean): CellValue {
  const d = new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86400000));
  return Number.isNaN(d.getTime()) ? v : d.toISOString().slice(0, 10);
}

function numberValue(text: string, style: number, ctx: SheetContext): CellValue {
  const n = parseFloat(text);
  if (Number.isNaN(n)) return text; // not a number Excel could have written: keep what is there
  return style && ctx.styles.date[style] ? serialDate(n, ctx.date1904) : n;
}

/** Marks a `<c>` that holds no value (ExcelJS leaves it out, so it does not count for the bounds). */
export const UNSET = Symbol('unset');

/**
 * The value of non-empty `<v>` text by the cell's `t`: `s` shared string, `str`/`inlineStr` text,
 * `b` boolean, `e` error, `d` ISO date (as text `YYYY-MM-DD`), else a number — a date-formatted
 * number becoming its date as text, as test/support/exceljsGrids.ts renders ExcelJS's Date.
 */
export function typedValue(t: string | undefined, text: string, style: number, ctx: SheetContext): CellValue {
  switch (t) {
    case 's': {
      const s = ctx.strings[parseInt(text, 10)];
      return s === undefined ? null : s;
    }
    case 'str':
    case 'inlineStr':
      return text;
    case 'b':
      return parseInt(text, 10) !== 0;
    case 'e':
      return { error: text };
    case 'd':
      return /^\d{4}-\d\d-\d\d/.test(text) ? text.slice(0, 10) : text;
    default:
      return numberValue(text, style, ctx);
  }
}

/**
 * Walks a `<sheetData>` (the scanner on its start tag, not self-closing) to its end tag, for the
 * Grid reader and the look reader alike: `onRow(row)` at each `<row>` (1-based: its `r`, or the
 * next), `onCell(row, col)` at each `<c>` with its attributes in `attr`; onCell consumes the cell.
 */
export function walkSheetData(s: TagScanner, onCell: (row: number, col: number) => void, onRow?: (row: number) => void): void {
  let row = 0;
  let col = 0;
  while (s.next()) {
    if (s.closing) {
      if (s.is('sheetData')) return;
      continue;
    }
    if (s.is('row')) {
      const r = parseInt(s.rawAttr('r') ?? '', 10);
      row = r > 0 ? r : row + 1;
      col = 0;
      onRow?.(row);
    } else if (s.is('c')) {
      cellAttrs(s);
      const refCol = attr[R] >= 0 ? columnAt(s.xml, attr[R], attr[R + 1]) : 0;
      col = refCol || col + 1;
      onCell(row || 1, col);
    } else s.skip();
  }
  throw new Error('sheetData not closed');
}
