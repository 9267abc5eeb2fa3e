/**
 * What the grid view draws for one sheet: column widths and row heights in pixels as Excel
 * converts them, merged areas (row/col spans on their top-left cell, the rest hidden), and per
 * cell its shown text (numberFormat.ts) and look (font, alignment, wrap, borders, fill).
 * Computed once per sheet and workbook version; the view only maps it to elements.
 */
import { CellValue, Grid, parseA1, parseRange } from '../core';
import { AlignLook, BordersLook, BorderSide, CellLookStyle, cellKey, FontLook, SheetLook, styleAt, widthAt } from '../xlsx/read/look';
import { formatCell } from './numberFormat';

export interface CellLook {
  text: string;
  /** An internal hyperlink (to a cell of another sheet): a click follows it, as in Excel. */
  link?: { sheet: string; cell: string };
  rowSpan: number;
  colSpan: number;
  style: Record<string, string | number>;
}

export interface SheetLayout {
  rows: number;
  cols: number;
  colWidths: number[];
  rowHeights: (number | null)[];
  /** [row][col]: the cell to draw, `null` where a merged area covers it. */
  cells: (CellLook | null)[][];
  /** Rows of the used range beyond what is drawn. */
  hiddenRows: number;
}

/** More than this many rows are not drawn (the status line says so). */
export const MAX_ROWS = 1000;
const MAX_COLS = 60;

/** Excel's character-width → pixels for Calibri 11 (max digit width 7 px). */
const widthPx = (chars: number | undefined) => Math.round((chars ?? 8.43) * 7 + 5);
const heightPx = (points: number | undefined) => (points ? Math.round((points * 4) / 3) : null);

/** `reach`: a cell the layout must include (the bottom-right of a chart drawn over the sheet). */
export function sheetLayout(look: SheetLook, grid: Grid, reach?: { row: number; col: number }): SheetLayout {
  const o = parseA1(grid.origin);
  const usedRows = grid.values.length ? o.row + grid.values.length : 0;
  const usedCols = grid.values.length ? o.col + Math.max(...grid.values.map((r) => r.length)) : 0;
  const mergeRanges = grid.merges.map(parseRange);
  const allRows = Math.max(usedRows, ...mergeRanges.map((m) => m.bottom + 1), 0);
  const rows = Math.min(MAX_ROWS, Math.max(allRows + 5, 30, (reach?.row ?? 0) + 2));
  const cols = Math.min(MAX_COLS, Math.max(usedCols, ...mergeRanges.map((m) => m.right + 1), (reach?.col ?? 0) + 1, 0) + 2);
  const cells: (CellLook | null)[][] = Array.from({ length: rows }, () => new Array<CellLook | null>(cols).fill(null));
  const covered = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of mergeRanges) {
    if (m.top >= rows || m.left >= cols) continue;
    spans.set(`${m.top},${m.left}`, { rowSpan: Math.min(m.bottom, rows - 1) - m.top + 1, colSpan: Math.min(m.right, cols - 1) - m.left + 1 });
    for (let r = m.top; r <= Math.min(m.bottom, rows - 1); r++) for (let c = m.left; c <= Math.min(m.right, cols - 1); c++) covered[r][c] = true;
  }
  const valueAt = (r: number, c: number): CellValue => grid.values[r - o.row]?.[c - o.col] ?? null;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const span = spans.get(`${r},${c}`);
      if (covered[r][c] && !span) continue;
      const style = styleAt(look, r, c);
      const value = valueAt(r, c);
      const cell: CellLook = { text: formatCell(value, style?.numFmt), rowSpan: span?.rowSpan ?? 1, colSpan: span?.colSpan ?? 1, style: cssOf(style, value) };
      const link = internalLink(look.links.get(cellKey(r, c)));
      if (link) cell.link = link;
      // Excel lets unwrapped text run on over empty neighbours to its right (a title in a narrow column)
      if (typeof value === 'string' && cell.style.whiteSpace === 'pre' && !span && valueAt(r, c + 1) === null) cell.style = { ...cell.style, overflow: 'visible' };
      cells[r][c] = cell;
    }
  }
  return {
    rows,
    cols,
    colWidths: Array.from({ length: cols }, (_, c) => widthPx(widthAt(look, c))),
    rowHeights: Array.from({ length: rows }, (_, r) => heightPx(look.rowHeights.get(r))),
    cells,
    hiddenRows: Math.max(0, allRows - rows),
  };
}

function cssOf(style: CellLookStyle | undefined, value: CellValue): Record<string, string | number> {
  const css: Record<string, string | number> = {};
  Object.assign(css, fontCss(style?.font), alignCss(style?.align, typeof value === 'number'), borderCss(style?.border));
  if (style?.fill) css.backgroundColor = `#${style.fill}`;
  return css;
}

function fontCss(font: FontLook | undefined): Record<string, string | number> {
  const s: Record<string, string | number> = {};
  if (!font) return s;
  if (font.bold) s.fontWeight = 700;
  if (font.italic) s.fontStyle = 'italic';
  if (font.size && font.size !== 11) s.fontSize = `${font.size}pt`;
  if (font.color) s.color = `#${font.color}`;
  return s;
}

function alignCss(a: AlignLook | undefined, numeric: boolean): Record<string, string | number> {
  const h = a?.horizontal;
  return {
    textAlign: h === 'center' || h === 'centerContinuous' ? 'center' : h === 'right' ? 'right' : h === 'left' ? 'left' : numeric ? 'right' : 'left',
    verticalAlign: a?.vertical === 'middle' ? 'middle' : a?.vertical === 'top' ? 'top' : 'bottom',
    whiteSpace: a?.wrap ? 'pre-wrap' : 'pre',
  };
}

function borderCss(b: BordersLook | undefined): Record<string, string | number> {
  const s: Record<string, string | number> = {};
  if (!b) return s;
  const one = (x: BorderSide | undefined) => (x ? `${x.style === 'medium' || x.style === 'thick' ? 2 : 1}px solid ${x.color ? `#${x.color}` : '#000'}` : undefined);
  const sides = { borderTop: one(b.top), borderBottom: one(b.bottom), borderLeft: one(b.left), borderRight: one(b.right) };
  for (const [k, v] of Object.entries(sides)) if (v) s[k] = v;
  return s;
}

/** A hyperlink's place in the workbook (`'Sheet'!A1`, `Sheet!$A$1`) → its sheet and cell; null for anything else. */
function internalLink(location: string | undefined): { sheet: string; cell: string } | null {
  const m = location ? /^#?'?((?:[^']|'')+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(location) : null;
  return m ? { sheet: m[1].replace(/''/g, "'"), cell: `${m[2]}${m[3]}` } : null;
}
