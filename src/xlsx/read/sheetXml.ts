/** One worksheet part → the core's Grid, read the way ExcelJS + test/support/exceljsGrids.ts read it. */
import { toA1 } from '../../core/a1';
import type { CellValue, Grid } from '../../core/grid';
import { attr, intAt, S, SheetContext, T, typedValue, UNSET, walkSheetData } from './cellXml';
import { slideFormula } from './sharedFormula';
import { readStringItem } from './sharedStrings';
import { isAnchorText } from '../../core/locate/anchor';
import { Cells, emptyCells, keep, parseMerge, Rect, toGrid } from './sheetGrid';
import { TagScanner } from '../xml';

export type { SheetContext };

/** Shared-formula masters of a sheet by `si`: their formula and 1-based position. */
type Masters = Map<string, { formula: string; row: number; col: number }>;

/**
 * `mayScan`: a sheet past limits.largeSheetCells cells without an anchor so far is only scanned
 * from there on (cells counted, texts looked at, nothing stored); should an anchor turn up after
 * all, the sheet is read again in full.
 */
export function parseWorksheet(name: string, xml: string, ctx: SheetContext, mayScan = true): Grid {
  const cells: Cells = emptyCells();
  cells.mayScan = mayScan;
  const merges: string[] = [];
  const rects: Rect[] = [];
  let protectedSheet = false;
  let inMergeCells = false;
  const s = new TagScanner(xml);
  while (s.next()) {
    if (s.closing) {
      if (s.is('mergeCells')) inMergeCells = false;
    } else if (s.is('sheetData')) {
      if (!s.selfClosing) readSheetData(s, ctx, cells);
    } else if (s.is('sheetProtection')) {
      const v = s.rawAttr('sheet');
      protectedSheet = v === '1' || v === 'true';
    } else if (s.is('mergeCells')) {
      inMergeCells = !s.selfClosing;
    } else if (s.is('mergeCell') && inMergeCells) {
      const r = parseMerge(s.attr('ref') ?? '');
      if (r) {
        rects.push(r);
        merges.push(`${toA1(r.top, r.left)}:${toA1(r.bottom, r.right)}`);
      }
    } else if (s.is('extLst')) s.skip();
  }
  if (cells.scanning && cells.anchor) return parseWorksheet(name, xml, ctx, false);
  return toGrid(name, cells, rects, merges, protectedSheet, ctx.limits);
}

function readSheetData(s: TagScanner, ctx: SheetContext, cells: Cells): void {
  const shared: Masters = new Map();
  walkSheetData(s, (row, col) => readCell(s, ctx, cells, shared, row, col));
}

/**
 * One `<c>` (its attributes already in `attr`). As ExcelJS: a formula is an `<f>` with text, or a
 * shared-formula clone (`t="shared"`, text derived from its master); its value is the cached
 * `<v>`. A cell counts only when it holds a value or a formula.
 */
function readCell(s: TagScanner, ctx: SheetContext, cells: Cells, shared: Masters, row: number, col: number): void {
  if (s.selfClosing) return; // no value: a styled empty cell
  if (cells.scanning && (attr[T] < 0 || !isTextType(s.xml.charCodeAt(attr[T])))) {
    s.skip(); // a number, boolean or error: it only counts
    keep(cells, ctx.limits, row, col);
    return;
  }
  const style = attr[S] >= 0 ? intAt(s.xml, attr[S], attr[S + 1]) : 0;
  const t = attr[T] >= 0 ? s.xml.slice(attr[T], attr[T + 1]) : undefined;
  let fText: string | null = null;
  let fType: string | undefined;
  let fSi: string | undefined;
  let fRef: string | undefined;
  let vText: string | null = null;
  let inline: { text: string | null; rich: boolean } | null = null;
  while (s.next()) {
    if (s.closing) {
      if (s.is('c')) break;
      continue;
    }
    if (s.is('v')) vText = s.text();
    else if (s.is('f')) {
      fType = s.rawAttr('t');
      fSi = s.rawAttr('si');
      fRef = s.rawAttr('ref');
      fText = s.text();
    } else if (s.is('is')) inline = readStringItem(s);
    else s.skip();
  }

  let value: CellValue | typeof UNSET;
  let formula: string | null = null;
  if (fText || (fText !== null && fType === 'shared')) {
    if (fText) {
      formula = fText;
      if (fType === 'shared' && fRef !== undefined && fSi !== undefined) shared.set(fSi, { formula: fText, row, col });
    } else {
      const master = fSi !== undefined ? shared.get(fSi) : undefined;
      formula = master ? slideFormula(master.formula, master.row, master.col, row, col) : '';
    }
    formula = '=' + formula;
    const text = t === 'inlineStr' && inline ? inline.text : vText;
    value = text ? typedValue(t, text, style, ctx) : null;
  } else if (t === 'inlineStr' && inline) {
    value = inline.rich || inline.text ? inline.text ?? '' : UNSET;
  } else {
    value = vText ? typedValue(t, vText, style, ctx) : UNSET;
  }
  if (value === UNSET || !keep(cells, ctx.limits, row, col)) {
    if (cells.scanning && !cells.anchor && typeof value === 'string') cells.anchor = isAnchorText(value);
    return;
  }
  if (!cells.anchor && typeof value === 'string') cells.anchor = isAnchorText(value);
  cells.row.push(row - 1);
  cells.col.push(col - 1);
  cells.value.push(value);
  cells.formula.push(formula);
  cells.format.push(style ? (ctx.styles.format[style] ?? null) : null);
  if (cells.mayScan && !cells.anchor && cells.row.length > ctx.limits.largeSheetCells) startScanning(cells);
}

/** `t` values whose cell holds text (s, str, inlineStr): their first letters. */
const isTextType = (c: number): boolean => c === 115 || c === 105; // s…, i…

/** No anchor in the first largeSheetCells cells: from here on only count, and let go of what is stored. */
function startScanning(cells: Cells): void {
  cells.scanning = true;
  cells.row = [];
  cells.col = [];
  cells.value = [];
  cells.formula = [];
  cells.format = [];
}
