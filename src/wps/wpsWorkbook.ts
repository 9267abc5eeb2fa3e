/** createWpsWorkbook(): the WorkbookPort over WPS 表格's object model (stub until the adapter lands). */
import type { WorkbookPort } from '../core/port';
import type { EtApplication } from './et';

export interface WpsWorkbookOptions {
  /** The application object; default `window.Application` (host.ts). */
  app?: EtApplication;
}

export function createWpsWorkbook(options: WpsWorkbookOptions = {}): WorkbookPort {
  void options;
  throw new Error('not implemented yet');
}
