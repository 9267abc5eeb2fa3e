/**
 * Entry of taskpane.html. Renders at once (never a blank page), then, only where office.js is
 * present, waits for Office.onReady and, inside Excel, loads the Office.js WorkbookPort
 * (src/excel, a separate chunk). Outside Office the pane says it must be opened in Excel.
 * All Office.* calls of the task pane are in this file; components receive a WorkbookPort.
 */
import type { WorkbookPort } from '../core';
import { mountTaskpane } from './mount';

export { mountTaskpane } from './mount';
export type { MountOptions, TaskpaneHandle } from './mount';

function boot(container: HTMLElement): void {
  const inOffice = typeof Office !== 'undefined';
  // The UI language comes from Office (default 中文); outside Office the message is bilingual.
  const handle = mountTaskpane(container, null, { status: inOffice ? 'connecting' : 'notInExcel' });
  if (!inOffice) return;
  Office.onReady((info) => {
    let displayLanguage: string | undefined;
    try {
      displayLanguage = Office.context?.displayLanguage || undefined;
    } catch {
      /* no context outside a host */
    }
    if (info.host !== Office.HostType.Excel) {
      handle.update(null, { status: 'notInExcel', displayLanguage });
      return;
    }
    import(/* webpackChunkName: "excel" */ '../excel/officeWorkbook')
      .then(async (m) => {
        const port: WorkbookPort = await m.createOfficeWorkbook();
        handle.update(port, { status: 'ready', displayLanguage });
      })
      .catch((startupError: unknown) => handle.update(null, { status: 'failed', startupError, displayLanguage }));
  });
}

const container = typeof document !== 'undefined' ? document.getElementById('container') : null;
if (container) boot(container);
