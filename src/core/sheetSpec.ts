/**
 * A whole worksheet the add-in owns and writes from scratch (「绩效自评结果」 in a unit's workbook;
 * the sheets of `jixiao summary`'s workbook): every cell with its value and look, hyperlinks to
 * other sheets, column widths and at most one native bar chart. Host-neutral data: Excel
 * (Office.js), the demo host and src/xlsx (the CLI, the demo's download) each turn it into their
 * own calls. Writing a SheetSpec replaces the sheet of that name whole, and touches nothing else
 * (the print titles of a replaced sheet are its own, and go with it).
 */
import { columnName, parseA1 } from './a1';
import type { CellValue, Grid } from './grid';
import type { PlanValue } from './writePlan';

/** How a cell looks; hosts map these to their own formats (bold, number format, alignment). */
export type CellStyle =
  /** A title above the table: bold, larger. */
  | 'title'
  /** A note under the title (grey). */
  | 'note'
  /** Column headers: bold, centred, with a border and a light fill. */
  | 'header'
  /** A body cell: text, or a figure shown with two decimals (`0.00`). */
  | 'body'
  /** A body cell holding a count (number of findings, of forms): shown as an integer (`0`). */
  | 'count'
  /** The totals row: bold, with a border; figures shown with two decimals. */
  | 'total';

export interface SpecCell {
  /** A1 address on this sheet. */
  cell: string;
  /** Figures as exact two-decimal text (hosts store a number); text is always stored as text. */
  value: PlanValue;
  style: CellStyle;
  /** A link to a cell of another sheet of the same workbook (shown as the cell's text). */
  link?: { sheet: string; cell: string };
}

export interface ChartSeriesSpec {
  /** The series' name as shown in the legend. */
  name: string;
  /** The series' values: a column range on this sheet, e.g. `I4:I10`. */
  values: string;
}

/** A clustered bar chart over ranges of this sheet, placed over a block of cells. */
export interface ChartSpec {
  title: string;
  /** column: bars up, categories along the bottom; bar: bars across, categories down the side, the first at the top. */
  direction: 'column' | 'bar';
  /** Category labels (one distinct label per project, every one shown): a column range on this sheet, e.g. `A4:A10`. */
  categories: string;
  series: ChartSeriesSpec[];
  /** The cells the chart covers: its top-left and bottom-right, e.g. `M3` and `X22`. */
  from: string;
  to: string;
}

/**
 * How the sheet prints (「问题清单」: A4 landscape, its title and header rows on every page, one
 * page wide). Hosts that cannot set it write the sheet without it and say so (printSkipped).
 */
export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Rows 1..titleRows are printed at the top of every page (Excel's print titles); 0: none. */
  titleRows: number;
  /** Scaled to fit one page wide, as many pages tall as it takes. */
  fitToWidth: boolean;
}

export interface SheetSpec {
  /** The sheet's name; a sheet of that name is replaced. */
  name: string;
  cells: SpecCell[];
  /** Column widths in characters (Excel's unit), from column A; missing ones keep the default. */
  columnWidths: number[];
  /** Rows frozen at the top (the header rows), 0 for none. */
  frozenRows: number;
  chart: ChartSpec | null;
  /**
   * Text in `signatureCell` that marks the sheet as written by the add-in: a sheet of the same name
   * without it is the user's own and is never replaced (see sheetOwnership).
   */
  signatureCell: string;
  signature: string;
  /** Page setup for printing; absent: the host's defaults. */
  print?: PrintSetup;
}

/**
 * The spec's table from A1 as one block (what a host writes in one call): its address and a matrix
 * of `cellOf(c)` at each cell, `blank` between them.
 */
export function specBlock<T>(spec: SheetSpec, cellOf: (c: SpecCell) => T, blank: T): { address: string; values: T[][] } {
  let rows = 1;
  let cols = 1;
  const at = spec.cells.map((c) => ({ c, p: parseA1(c.cell) }));
  for (const { p } of at) {
    rows = Math.max(rows, p.row + 1);
    cols = Math.max(cols, p.col + 1);
  }
  const values = Array.from({ length: rows }, () => new Array<T>(cols).fill(blank));
  for (const { c, p } of at) values[p.row][p.col] = cellOf(c);
  return { address: `A1:${columnName(cols - 1)}${rows}`, values };
}

/**
 * A written SheetSpec as a host holds it afterwards (figures as numbers, text as text, no merges):
 * the grid the pane keeps in memory after writeSheet, and the record a test reads back.
 */
export function specAsGrid(spec: SheetSpec): Grid {
  const values: CellValue[][] = [];
  for (const c of spec.cells) {
    const { row, col } = parseA1(c.cell);
    while (values.length <= row) values.push([]);
    values[row][col] = c.value.type === 'blank' ? null : c.value.type === 'number' ? Number(c.value.text) : c.value.text;
  }
  const width = values.reduce((w, r) => Math.max(w, r.length), 1);
  return { sheet: spec.name, origin: 'A1', values: values.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null)), merges: [] };
}
