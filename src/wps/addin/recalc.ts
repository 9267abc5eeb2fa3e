/**
 * 一键重算 from the WPS ribbon: the Excel ribbon's host-neutral recalculation
 * (src/commands/ribbonRecalc.ts) over the WPS port, then a short message. Loaded on demand by
 * ribbon.ts, so that the entry page WPS loads at start-up stays small.
 */
import { announceRibbonDone } from '../../bridge/requests';
import { recalculateFromRibbon } from '../../commands/ribbonRecalc';
import type { Lang } from '../../core/messages';
import type { EtApplication } from '../et';
import { createWpsWorkbook } from '../wpsWorkbook';
import { failureText, outcomeText } from './messages';

/** Recalculates the active workbook; returns the text to show (success or failure, never throws). */
export async function recalcActiveWorkbook(app: EtApplication, lang: Lang): Promise<string> {
  try {
    // One port for both: WPS reads settings and sheets synchronously, there is no round trip to save.
    const port = createWpsWorkbook({ app });
    const outcome = await recalculateFromRibbon({ settings: port.settings, openPort: () => port });
    // An open pane (same origin: the same base URL) hears this as a `storage` event and rereads.
    announceRibbonDone();
    return outcomeText(outcome, lang);
  } catch (err) {
    console.error('[绩效自评助手] 一键重算 failed:', err);
    return failureText(err, lang);
  }
}
