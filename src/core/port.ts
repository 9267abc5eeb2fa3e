import { Grid } from './grid';
import type { SheetSpec } from './sheetSpec';
import { PlanEntry, WritePlan } from './writePlan';

/**
 * The seam between the task pane and its host (Excel through Office.js, or the demo's in-memory
 * workbook). The task pane talks only to this; components never call a host API themselves.
 * Plain data crosses it, so it can be faked in tests.
 */
export interface WorkbookPort {
  /** Every worksheet as a Grid, in one round trip to the host. */
  read(): Promise<Grid[]>;
  /**
   * One sheet, its whole used range, in one round trip (an inline re-check falls back to it when
   * an edit lies outside every form it knows).
   */
  readSheet(sheet: string): Promise<Grid>;
  /**
   * One range of a sheet (A1, e.g. a located form's `A30:I51`), in one round trip: an inline
   * re-check reads only the edited form. The Grid holds just that range — `origin` is the range's
   * top-left and `values` (formulas, number formats) cover it whole, blanks included — with the
   * merged areas that intersect it (as the host gives them; they may reach outside the range) and
   * the sheet's protection flag. What the host remembers of the sheet for `apply` (values,
   * formulas, protection) is refreshed for those cells. A sheet that no longer exists rejects with
   * code `sheetDeleted`.
   */
  readRange(sheet: string, range: string): Promise<Grid>;
  /** Writes a plan in one round trip; never over formulas, never into protected sheets. */
  apply(plan: WritePlan): Promise<ApplyResult>;
  /**
   * Writes a sheet the add-in owns (「绩效自评结果」, 「问题清单」) in one round trip: a sheet of that name is
   * replaced whole (the caller has checked it is the add-in's own: core/results/ownership.ts), a
   * new one is added last. Nothing else in the workbook changes. Needs `capabilities().sheets`.
   */
  writeSheet(spec: SheetSpec): Promise<WriteSheetResult>;
  /** Selects (and scrolls to) a cell. */
  select(sheet: string, cell: string): Promise<void>;
  /** Edits made by the user (not by the add-in itself). */
  onEdit(handler: (edit: EditEvent) => void): Promise<Unsubscribe>;
  settings: SettingsStore;
  bindings: BindingsPort;
  markers: MarkersPort;
  /** What the host can do (requirement sets); features degrade with a message when absent. */
  capabilities(): HostCapabilities;
}

export type Unsubscribe = () => void;

export interface EditEvent {
  sheet: string;
  /** The edited range, A1 (e.g. `G14` or `G14:H15`). */
  address: string;
}

export interface ApplyResult {
  /** Entries written, with the value each cell held just before (for undo). */
  written: PlanEntry[];
  /** Entries not written, and why. Nothing of a sheet is written if any of it is refused. */
  skipped: SkippedEntry[];
}

/**
 * Why an entry was not written. `sheetRefused`: the entry itself was fine, but another cell of its
 * sheet was refused, and a sheet is written all or nothing.
 */
export type SkipReason = 'formula' | 'protected' | 'sheetMissing' | 'changedMeanwhile' | 'sheetRefused';

export interface SkippedEntry {
  entry: PlanEntry;
  reason: SkipReason;
}

export interface WriteSheetResult {
  /** True when a sheet of that name was there and has been replaced. */
  replaced: boolean;
  /** The native chart could not be added (the host lacks it); the table was written. */
  chartSkipped: boolean;
  /** True when the spec's print setup could not be applied (the host lacks it); the table was written. */
  printSkipped?: boolean;
}

export interface SettingsStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T): Promise<void>;
}

/** A located form's parts, as the host binds them. */
export interface FormBinding {
  /**
   * Stable id naming the sheet and the form, e.g. `jixiao:安亭城运日常运行费用:1:budget`; ranges the
   * user bound are `jixiao:<sheet>:user<n>:<part>` (see bindingIds.ts).
   */
  id: string;
  sheet: string;
  part: 'budget' | 'indicators';
  /** The bound range, A1. */
  range: string;
}

export interface BindingsPort {
  /**
   * Creates (or re-creates) bindings for these parts, `jixiao:<sheet>:<n>:<part>` numbered in the
   * order given per sheet and part; the sheets named lose their other automatic bindings (not the
   * user's). Returns what is bound now.
   */
  bind(parts: Omit<FormBinding, 'id'>[]): Promise<FormBinding[]>;
  /** Bindings saved in the workbook, with their current ranges (rows inserted are followed). */
  list(): Promise<FormBinding[]>;
  /**
   * list(), and the bindings the workbook's form map remembers but the host no longer has (a sheet
   * or the cells deleted). Optional: without it nothing is known to be lost.
   */
  status?(): Promise<BindingsStatus>;
  /** Binds the user's current selection as a budget block or an indicator table (`…:user<n>:…`). */
  bindSelection(part: 'budget' | 'indicators'): Promise<FormBinding>;
  remove(ids: string[]): Promise<void>;
}

export interface BindingsStatus {
  bound: FormBinding[];
  /** Saved bindings the host no longer has. */
  lost: FormBinding[];
}

export interface MarkersPort {
  /** Puts the add-in's own native markers on the workbook (see core/markers.ts). */
  apply(plan: MarkerPlan): Promise<MarkerResult>;
  /** Removes exactly the markers the add-in recorded; leaves everything else alone. */
  clear(): Promise<number>;
}

/** Data validation on a 得分 cell: a decimal between 0 and its 分值. */
export interface ScoreValidation {
  sheet: string;
  cell: string;
  max: string;
}

/** Conditional formats: a 得分 above its 分值; an empty 偏差原因 next to a lost point. */
export interface ConditionalMark {
  sheet: string;
  /** The cell that gets the format. */
  cell: string;
  kind: 'scoreOverWeight' | 'deviationMissing';
  /** The cells the rule compares with (得分 and 分值), A1 on the same sheet. */
  scoreCell: string;
  weightCell: string;
}

export interface MarkerPlan {
  validations: ScoreValidation[];
  conditionals: ConditionalMark[];
  /**
   * The areas this plan covers (an inline re-check of one form): only the add-in's markers inside
   * them are replaced, the others stay. Absent: the plan covers the whole workbook and replaces
   * every marker the add-in recorded.
   */
  scope?: { sheet: string; range: string }[];
}

export interface MarkerResult {
  added: number;
  /** Cells that already had the user's own data validation: left alone and reported. */
  userValidationKept: { sheet: string; cell: string }[];
}

/** Which spreadsheet the pane runs in: host-specific wording (「在 WPS 中…」) comes from the label table. */
export type HostKind = 'excel' | 'wps';

export interface HostCapabilities {
  /** Absent: Excel (and the demo, which imitates it). */
  host?: HostKind;
  /** Merged areas can be read (ExcelApi 1.13). Without them merged labels are read as written. */
  mergedAreas: boolean;
  /** Settings stored in the workbook. */
  settings: boolean;
  bindings: boolean;
  /** Data validation and conditional formats (ExcelApi 1.8 / 1.6). */
  markers: boolean;
  /** Change events with their trigger source (ExcelApi 1.14 for triggerSource). */
  editEvents: boolean;
  /** Adding a sheet with hyperlinks and a chart (ExcelApi 1.7): 生成汇总 writes 「绩效自评结果」. */
  sheets: boolean;
}
