/// <reference types="office-js" />
/**
 * The worksheet list (names and ids, in tab order). Every batch of the adapter queues it, so that
 * the list it remembers (./state.ts) stays current at no extra round trip.
 */
import { runBatch } from './host';
import { AdapterEnv } from './state';

/** Queues the worksheet list; call the result after the sync. */
export function queueSheetList(context: Excel.RequestContext): () => { name: string; id: string }[] {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  return () => sheets.items.map((ws) => ({ name: ws.name, id: ws.id }));
}

/** One sync: the worksheet list only. */
export async function refreshSheetList(env: AdapterEnv): Promise<string[]> {
  return runBatch(env.host, async (context) => {
    const list = queueSheetList(context);
    await context.sync();
    const sheets = list();
    env.state.setSheets(sheets);
    return sheets.map((s) => s.name);
  });
}
