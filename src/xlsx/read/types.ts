/** The reader's public shapes (re-exported by index.ts; here so that its modules need not import index). */
import type { LimitKind } from './limits';

/**
 * Why bytes are no workbook the reader can read: one code per thing a person can do about it
 * (readErrorText.ts words each in one sentence, zh-CN and en-US).
 */
export type ReadErrorCode =
  /** 0 bytes. */
  | 'empty'
  /** An OLE compound file holding a workbook stream: .xls, or WPS's .et. */
  | 'legacyBinary'
  /** An OLE compound file holding an EncryptedPackage: a workbook with a password to open. */
  | 'encrypted'
  /** Text (a .csv, .txt, .html renamed .xlsx). */
  | 'textFile'
  /** Neither zip nor anything recognised. */
  | 'notZip'
  /** A zip whose end is missing (a download or copy cut short). */
  | 'truncated'
  /** A zip whose directory, headers or compressed data do not hold together (`part` when known). */
  | 'corruptZip'
  /** A part whose CRC-32 differs from the directory's (`part`). */
  | 'badCrc'
  /** A part compressed with a method other than stored/deflate (`part`). */
  | 'unsupportedCompression'
  /** An .xlsb binary workbook. */
  | 'binaryWorkbook'
  /** A zip without a workbook (.docx, .pptx, a plain .zip). */
  | 'notWorkbook'
  /** [Content_Types].xml missing, unreadable, or not declaring the workbook part as a workbook. */
  | 'badContentTypes'
  /** A relationships part that is no readable XML (`part`). */
  | 'brokenRelationships'
  /** A part the package points to is not in it (`part`): the workbook part, a worksheet. */
  | 'missingPart'
  /** A part whose XML is malformed or cut short (`part`). */
  | 'badPart'
  /** A limit of limits.ts was reached (`part` when one part, `limit`). */
  | 'tooLarge';

export interface ReadError {
  code: ReadErrorCode;
  /** The part concerned, as named in the zip (e.g. `xl/worksheets/sheet1.xml`). */
  part?: string;
  /** For tooLarge: which bound and its value (bytes, or the ratio for 'ratio'). */
  limit?: { kind: LimitKind; value: number };
  /** Internal, for logs and tests only: never shown to a user (it may be a library's text). */
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
