/**
 * The one place of the add-in pages (ribbon entry, task pane) that reads WPS's global application
 * object. WPS injects `window.Application` (and `wps`) into every page of a JS add-in; outside WPS
 * it is absent. The adapter has its own access (src/wps/host.ts); the pages hand this object to
 * createWpsWorkbook({ app }) so that both agree on which application they talk to.
 */
import type { EtApplication } from '../et';

/** The ribbon object WPS passes to onLoad: InvalidateControl re-asks getEnabled/getImage. */
export interface RibbonUi {
  Invalidate?(): void;
  InvalidateControl?(id: string): void;
}

/** WPS's application object, or undefined outside WPS (a browser, a test without a stub). */
export function wpsApplication(): EtApplication | undefined {
  if (typeof window === 'undefined') return undefined;
  const app = (window as unknown as { Application?: EtApplication }).Application;
  return app && typeof app === 'object' ? app : undefined;
}
