/**
 * What a sheet looks like, as the demo host's grid view draws it (host-neutral: plain data, no
 * CSS): per cell style (font, fill, borders, alignment, number format), column widths, row
 * heights, internal hyperlinks and where the workbook has its own data validation.
 */

/** A colour as `RRGGBB` (theme and indexed colours are not resolved: Excel's defaults apply). */
export type Rgb = string;

export interface FontLook {
  bold?: true;
  italic?: true;
  /** Points. */
  size?: number;
  color?: Rgb;
}

export interface BorderSide {
  /** As written: `thin`, `medium`, `thick`, `dashed`, … */
  style: string;
  color?: Rgb;
}

export interface BordersLook {
  top?: BorderSide;
  bottom?: BorderSide;
  left?: BorderSide;
  right?: BorderSide;
}

export interface AlignLook {
  /** As written: `left`, `center`, `right`, `centerContinuous`, `justify`, … */
  horizontal?: string;
  /** As written, except Excel's `center` which is `middle` here (as in CSS). */
  vertical?: string;
  wrap?: true;
}

/** One cell style (a `<cellXfs>` entry). */
export interface CellLookStyle {
  font?: FontLook;
  /** A solid fill's colour. */
  fill?: Rgb;
  border?: BordersLook;
  align?: AlignLook;
  numFmt: string | null;
}

/** A rectangle of cells, 0-based, inclusive. */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A `<col>`: columns first..last (0-based, inclusive) are `width` characters wide. */
export interface ColumnWidth {
  first: number;
  last: number;
  width: number;
}

export interface SheetLook {
  /** Cell styles by index; shared by the sheets of one workbook. */
  styles: CellLookStyle[];
  /** cellKey(row, col) → index in `styles`, for cells with a style other than the default (0). */
  cellStyles: Map<number, number>;
  /** Column widths in characters (Excel's unit), by ranges of columns; others have the default. */
  colWidths: ColumnWidth[];
  /** 0-based row → height in points; absent: the default height. */
  rowHeights: Map<number, number>;
  /** cellKey → an internal hyperlink's location, e.g. `'Sheet 1'!A1`. */
  links: Map<number, string>;
  /** Cells with a data validation of the workbook's own. */
  validations: CellRect[];
}

/** A cell's key in the maps of a SheetLook (0-based row and column; Excel has 16 384 columns). */
export function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

export function emptyLook(styles: CellLookStyle[] = []): SheetLook {
  return { styles, cellStyles: new Map(), colWidths: [], rowHeights: new Map(), links: new Map(), validations: [] };
}

/** The style of a cell, or undefined for the default style. */
export function styleAt(look: SheetLook, row: number, col: number): CellLookStyle | undefined {
  const i = look.cellStyles.get(cellKey(row, col));
  return i === undefined ? undefined : look.styles[i];
}

export function hasValidation(look: SheetLook, row: number, col: number): boolean {
  return look.validations.some((v) => row >= v.top && row <= v.bottom && col >= v.left && col <= v.right);
}

/** A column's width in characters, or undefined for the default width. */
export function widthAt(look: SheetLook, col: number): number | undefined {
  for (const w of look.colWidths) if (col >= w.first && col <= w.last) return w.width;
  return undefined;
}
