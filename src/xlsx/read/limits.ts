/**
 * The reader's bounds (issue 10): what a workbook may cost before it is refused or cut. A
 * 项目支出绩效自评表 workbook is a few hundred KB; these leave room for a department's 300-form
 * file and stop a zip bomb or a million-row data sheet long before memory runs out.
 */

/**
 * Which bound a refusal hit: one part's size, the package's total, one part's compression ratio,
 * or the host's memory (a string or array the JavaScript engine could not make; no value).
 */
export type LimitKind = 'part' | 'package' | 'ratio' | 'memory';

export interface ReadLimits {
  /** Uncompressed bytes of one part (declared or actual). */
  maxPartBytes: number;
  /** Uncompressed bytes of all parts together (declared), and of all parts inflated (actual). */
  maxPackageBytes: number;
  /** Uncompressed ÷ compressed bytes of a part, checked once its output passes ratioFloorBytes. */
  maxRatio: number;
  /** Below this output a part's ratio is not judged: small repetitive parts compress very well. */
  ratioFloorBytes: number;
  /** Cells kept per sheet; a sheet with more is cut (SHEET_CUT), the rest never stored. */
  maxCellsPerSheet: number;
  /** Rows × columns of a sheet's Grid (its dense arrays); a larger sheet is cut at a row. */
  maxGridArea: number;
  /** A sheet with more cells than this and no form or summary header in it is not materialised. */
  largeSheetCells: number;
}

const MIB = 1024 * 1024;

/** Excel's own sheet bounds: a cell beyond them is no cell Excel could have written. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxPartBytes: 256 * MIB,
  maxPackageBytes: 1024 * MIB,
  // Real worksheet XML compresses 10–60:1; whitespace or repeated rows of a bomb reach ~1000:1.
  maxRatio: 250,
  ratioFloorBytes: 16 * MIB,
  maxCellsPerSheet: 2_000_000,
  maxGridArea: 8_000_000,
  largeSheetCells: 100_000,
});

/** The defaults with some bounds replaced (e.g. `--max-part-mb`). */
export function limitsWith(overrides: Partial<ReadLimits> = {}): ReadLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}

export const bytesFromMb = (mb: number): number => Math.round(mb * MIB);
