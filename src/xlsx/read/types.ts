/** The reader's public shapes (re-exported by index.ts; here so that its modules need not import index). */

export type ReadErrorCode = 'empty' | 'oleFile' | 'notZip' | 'corruptZip' | 'binaryWorkbook' | 'notWorkbook' | 'parseFailed';

export interface ReadError {
  code: ReadErrorCode;
  /** What went wrong, where it helps (corrupt zip, parse failure): one line, not translated. */
  detail?: string;
}

/** A worksheet, in tab order: its name and its part, e.g. 'xl/worksheets/sheet1.xml'. */
export interface SheetPart {
  name: string;
  part: string;
}

export interface OpenedPackage {
  readonly sheets: SheetPart[];
  /** The workbook's styles part path, if any. */
  readonly stylesPart: string | null;
  /** UTF-8 text of a part (BOM stripped), cached; null if absent. */
  text(part: string): Promise<string | null>;
  /** Relationship id → resolved target part path (external targets as given). */
  rels(part: string): Promise<Map<string, string>>;
}
