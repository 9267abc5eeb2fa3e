/**
 * The one place the adapter touches a global: the ET application object. WPS 表格 puts it on the
 * page as `window.Application` (JSAPI add-ins); some builds expose `wps.EtApplication()` instead.
 * `globalThis`, not `window`: src/wps is type-checked without the DOM libs.
 */
import { HostError } from '../core/hostError';
import type { EtApplication } from './et';

interface WpsGlobals {
  Application?: EtApplication;
  wps?: { EtApplication?: () => EtApplication };
}

/** The application object, or HostError `notInExcel` when the page does not run inside WPS 表格. */
export function wpsApplication(): EtApplication {
  const g = globalThis as WpsGlobals;
  try {
    if (g.Application && typeof g.Application === 'object') return g.Application;
    if (g.wps && typeof g.wps.EtApplication === 'function') {
      const app = g.wps.EtApplication();
      if (app) return app;
    }
  } catch (err) {
    throw new HostError('notInExcel', 'The WPS 表格 application object could not be reached.', { cause: err });
  }
  throw new HostError('notInExcel', 'WPS 表格 is not available: the page does not run inside WPS.');
}
