/**
 * What every part of the WPS adapter shares: the application object and the add-in's own writes
 * (SheetChange reports them like the user's; events.ts drops the ones recorded here).
 */
import type { EtApplication, EtWorkbook } from './et';

export interface WpsContext {
  readonly app: EtApplication;
  /** The active workbook; throws a HostError `notInExcel` when WPS has none open. */
  workbook(): EtWorkbook;
  /** Records a range the add-in is about to write (`G6`, `A1:M40`) on a sheet, before writing it. */
  ownWrite(sheet: string, address: string): void;
}

/** The add-in's own very hidden sheet: settings, bindings' map, markers' record, the undo record. */
export const STORE_SHEET = '_jixiao';
