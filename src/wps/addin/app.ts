/**
 * The add-in pages' (ribbon entry, task pane) access to WPS's application object: the adapter's
 * own (src/wps/host.ts, the one place that reads the global), undefined outside WPS instead of a
 * HostError. The pages hand this object to createWpsWorkbook({ app }) so that both agree on which
 * application they talk to.
 */
import type { EtApplication } from '../et';
import { wpsApplication as hostApplication } from '../host';

/** The ribbon object WPS passes to onLoad: InvalidateControl re-asks getEnabled/getImage. */
export interface RibbonUi {
  Invalidate?(): void;
  InvalidateControl?(id: string): void;
}

/** WPS's application object, or undefined outside WPS (a browser, a test without a stub). */
export function wpsApplication(): EtApplication | undefined {
  try {
    return hostApplication();
  } catch {
    return undefined;
  }
}
