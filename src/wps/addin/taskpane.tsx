/**
 * Entry of the WPS task pane (taskpane.html, opened by 打开助手): the same pane as in Excel
 * (src/taskpane/mount.tsx), rendered at once, then given the WPS port. The adapter (src/wps) is a
 * separate chunk, as src/excel is for the Excel pane, so that both panes start with the same JS.
 * Outside WPS (a browser) the pane shows its "open it in the spreadsheet" message.
 */
import { mountTaskpane } from '../../taskpane/mount';
import { wpsApplication } from './app';

function boot(container: HTMLElement): void {
  const displayLanguage = (typeof navigator !== 'undefined' && navigator.language) || 'zh-CN';
  const app = wpsApplication();
  const handle = mountTaskpane(container, null, { status: app ? 'connecting' : 'notInExcel', displayLanguage });
  if (!app) return;
  import(/* webpackChunkName: "wps" */ '../wpsWorkbook')
    .then((m) => handle.update(m.createWpsWorkbook({ app }), { status: 'ready', displayLanguage }))
    .catch((startupError: unknown) => handle.update(null, { status: 'failed', startupError, displayLanguage }));
}

const container = typeof document !== 'undefined' ? document.getElementById('container') : null;
if (container) boot(container);
