/**
 * The part of the WPS 表格 (ET) JSAPI object model the adapter relies on, typed as we use it. The
 * object model is COM's (the `wps-jsapi` package's lib.et.d.ts, generated from it, lists the same
 * members): synchronous, every property read, property write and method call is one call into the
 * host, collections are 1-based. What we rely on where sources are thin (docs/wps.md, "Semantics
 * relied on") is exactly what test/wps/fakeEt implements:
 *
 * - `Range.Value2` of one cell is a scalar; of several cells an array of rows (JS arrays, 0-based),
 *   `undefined`/'' for a blank cell; dates are serial numbers (that is why Value2, not Value).
 * - An error value (`#DIV/0!`) comes back from Value2 as its COM CVErr number (xlErrDiv0 = 2007 →
 *   -2146826281); ET_ERRORS maps them.
 * - `Range.Formula` has the same shapes: the formula text (`=…`) or the constant as text.
 * - `Range.Value(11)` (xlRangeValueXMLSpreadsheet) is the range as XML Spreadsheet 2003 text:
 *   merged areas (`ss:MergeAcross`/`ss:MergeDown`) and number formats (styles) of every cell in one
 *   call. COM has no other bulk read of merges; `NumberFormat` of a mixed range is null.
 * - Writing to a protected sheet throws; reading `Validation.Type` of a cell without validation throws.
 * - `ApiEvent.AddApiEventListener('SheetChange', (sheet, target) => …)` reports edits, ours included.
 */

/** xlRangeValueXMLSpreadsheet: Range.Value(11) returns XML Spreadsheet 2003. */
export const XL_RANGE_VALUE_XML = 11;
/** XlSheetVisibility. */
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_VERY_HIDDEN = 2;
/** XlDVType / XlDVAlertStyle / XlFormatConditionOperator / XlFormatConditionType. */
export const XL_VALIDATE_DECIMAL = 2;
export const XL_VALID_ALERT_STOP = 1;
export const XL_BETWEEN = 1;
export const XL_EXPRESSION = 2;
/** XlChartType: clustered columns, clustered horizontal bars. */
export const XL_COLUMN_CLUSTERED = 51;
export const XL_BAR_CLUSTERED = 57;
/** XlRowCol for Chart.SetSourceData: series in columns. */
export const XL_COLUMNS = 2;
/** XlPageOrientation / XlPaperSize. */
export const XL_PORTRAIT = 1;
export const XL_LANDSCAPE = 2;
export const XL_PAPER_A4 = 9;

/** COM CVErr numbers → error literals (what Value2 gives for an error cell). */
export const ET_ERRORS: Readonly<Record<number, string>> = {
  [-2146826288]: '#NULL!',
  [-2146826281]: '#DIV/0!',
  [-2146826273]: '#VALUE!',
  [-2146826265]: '#REF!',
  [-2146826259]: '#NAME?',
  [-2146826252]: '#NUM!',
  [-2146826246]: '#N/A',
};

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveWindow: EtWindow | null;
  readonly ApiEvent: EtApiEvent;
  /** False while the add-in deletes its own sheet (no "are you sure" dialog). */
  DisplayAlerts: boolean;
  CreateTaskPane?(url: string, title?: string): EtTaskPane;
  GetTaskPane?(id: number): EtTaskPane;
  /** Session-only key/value store (not in the file): only the task pane's id lives here. */
  readonly PluginStorage?: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
  /** e.g. "12.1.0.16120"; read once for the capability table. */
  readonly Build?: string;
  /** The user's selection (a Range when cells are selected): 绑定所选区域. */
  readonly Selection?: EtRange | null;
}

export interface EtTaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition?: number;
}

export interface EtWindow {
  ScrollRow: number;
  ScrollColumn: number;
}

export interface EtApiEvent {
  AddApiEventListener(name: string, handler: (...args: unknown[]) => void): void;
  RemoveApiEventListener(name: string, handler: (...args: unknown[]) => void): void;
}

export interface EtWorkbook {
  readonly Worksheets: EtSheets;
  readonly Names: EtNames;
  readonly Name: string;
  /** Worksheets.Add activates the new sheet; the add-in puts the user back on theirs. */
  readonly ActiveSheet?: EtWorksheet | null;
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based index or name; throws when there is none. */
  Item(index: number | string): EtWorksheet;
  Add(Before?: EtWorksheet | null, After?: EtWorksheet | null): EtWorksheet;
}

export interface EtWorksheet {
  Name: string;
  readonly Index: number;
  readonly ProtectContents: boolean;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  Visible: number;
  readonly UsedRange: EtRange;
  Range(address: string): EtRange;
  Activate(): void;
  Delete(): void;
  readonly Hyperlinks: { Add(Anchor: EtRange, Address: string, SubAddress?: string, ScreenTip?: string, TextToDisplay?: string): unknown };
  readonly Shapes: { AddChart(Type?: number, Left?: number, Top?: number, Width?: number, Height?: number): { readonly Chart: EtChart } };
  readonly PageSetup: EtPageSetup;
}

export interface EtChart {
  SetSourceData(Source: EtRange, PlotBy?: number): void;
  ChartType: number;
  HasTitle: boolean;
  readonly ChartTitle: { Text: string };
}

export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  PrintTitleRows: string;
}

export interface EtRange {
  /** `Address(false, false)` → `B3:D9` (no `$`, no sheet). */
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  Value2: unknown;
  Formula: unknown;
  NumberFormat: unknown;
  /** `Value(11)`: XML Spreadsheet 2003 text of the range (see the file comment). */
  Value(RangeValueDataType?: number): unknown;
  readonly Row: number;
  readonly Column: number;
  Select(): void;
  readonly Validation: EtValidation;
  readonly FormatConditions: EtFormatConditions;
  /** The sheet of the range (the selection's sheet, for bindSelection). */
  readonly Worksheet?: EtWorksheet;
  /** Width of the range's columns, in characters (SheetSpec.columnWidths). */
  ColumnWidth?: number;
  /** Position in points (to place a chart over the spec's cells). */
  readonly Left?: number;
  readonly Top?: number;
  readonly Width?: number;
  readonly Height?: number;
}

export interface EtValidation {
  /** XlDVType; throws when the cell has no validation. */
  readonly Type: number;
  readonly Formula1: string;
  readonly Formula2: string;
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string, Formula2?: string): void;
  Delete(): void;
  ErrorTitle: string;
  ErrorMessage: string;
}

export interface EtFormatConditions {
  readonly Count: number;
  /** 1-based. */
  Item(index: number): EtFormatCondition;
  Add(Type: number, Operator?: number, Formula1?: string, Formula2?: string): EtFormatCondition;
}

export interface EtFormatCondition {
  readonly Type: number;
  readonly Formula1: string;
  readonly Interior: { Color: number };
  readonly Font: { Color: number };
  Delete(): void;
}

export interface EtNames {
  readonly Count: number;
  /** 1-based index or name; throws when there is none. */
  Item(index: number | string): EtName;
  Add(Name: string, RefersTo: string, Visible?: boolean): EtName;
}

export interface EtName {
  readonly Name: string;
  /** `='Sheet'!$A$1:$B$2`; `=#REF!…` once its cells are deleted. */
  RefersTo: string;
  Visible: boolean;
  Delete(): void;
}
