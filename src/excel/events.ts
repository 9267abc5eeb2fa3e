/// <reference types="office-js" />
/**
 * The user's edits, for the task pane's inline re-check (it debounces; this file only delivers).
 *
 *  - ExcelApi 1.9: one `workbook.worksheets.onChanged` subscription covers every sheet, also sheets
 *    added later (1 sync to subscribe). ExcelApi 1.7/1.8: one `worksheet.onChanged` per existing
 *    sheet (2 syncs: list, then subscribe); sheets added later are not watched.
 *  - Changes the add-in made itself are not delivered: with ExcelApi 1.14 Excel says so
 *    (`triggerSource === 'ThisLocalAddin'`); before 1.14, a change event whose cells are exactly
 *    cells `apply()` wrote moments ago (recorded before its write sync) is taken as the add-in's
 *    own, once per cell. A user edit of such a cell within those seconds would be missed (the next
 *    edit or recalculation sees it).
 *  - Every user edit also marks the edited cells in the sheet's snapshot, so that `apply()` does not
 *    write a plan made before the edit into that sheet (`changedMeanwhile`) until it is read again
 *    (whole, or a range holding those cells).
 *
 * Subscriptions are shared: the first `onEdit` subscribes in Excel, the last unsubscribe removes
 * the handler there (`eventResult.remove()` + sync in the handler's own request context).
 */
import type { EditEvent, Unsubscribe } from '../core/port';
import { HostError } from './errors';
import { runBatch } from './host';
import { queueSheetList } from './sheetList';
import { AdapterEnv } from './state';

type ChangedArgs = Pick<Excel.WorksheetChangedEventArgs, 'address' | 'worksheetId'> & { triggerSource?: string };

export class EditEvents {
  private readonly handlers = new Set<(edit: EditEvent) => void>();
  private registration: Promise<OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[]> | null = null;

  constructor(private readonly env: AdapterEnv) {}

  async subscribe(handler: (edit: EditEvent) => void): Promise<Unsubscribe> {
    if (!this.env.caps.editEvents) throw new HostError('requirementMissing', 'Change events need ExcelApi 1.7.');
    this.handlers.add(handler);
    try {
      if (!this.registration) {
        this.registration = this.register();
        this.registration.catch(() => (this.registration = null));
      }
      await this.registration;
    } catch (err) {
      this.handlers.delete(handler);
      throw err;
    }
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      this.handlers.delete(handler);
      if (this.handlers.size === 0) void this.unregister();
    };
  }

  private register(): Promise<OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[]> {
    const listener = (args: Excel.WorksheetChangedEventArgs) => this.changed(args);
    const { host, state, caps } = this.env;
    if (caps.workbookEditEvents) {
      return runBatch(host, async (context) => {
        const list = queueSheetList(context);
        const result = context.workbook.worksheets.onChanged.add(listener);
        await context.sync();
        state.setSheets(list());
        return [result];
      });
    }
    return runBatch(host, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/id');
      await context.sync();
      state.setSheets(sheets.items.map((ws) => ({ name: ws.name, id: ws.id })));
      const results = sheets.items.map((ws) => ws.onChanged.add(listener));
      await context.sync();
      return results;
    });
  }

  private async unregister(): Promise<void> {
    const registration = this.registration;
    this.registration = null;
    if (!registration) return;
    try {
      const results = await registration;
      if (results.length === 0) return;
      await this.env.host.runIn(results[0].context, async (context) => {
        for (const r of results) r.remove();
        await context.sync();
      });
    } catch (err) {
      // The task pane may be closing; a handler left registered dies with the page.
      console.warn('[绩效自评助手] could not remove the change handler', err);
    }
  }

  /** What Excel calls for every change. */
  private async changed(args: ChangedArgs): Promise<void> {
    if (args.triggerSource === 'ThisLocalAddin') return;
    const sheet = await this.sheetName(args.worksheetId);
    if (sheet === undefined) return;
    if (args.triggerSource === undefined && this.env.state.recentWrites.consume(sheet, args.address)) return;
    this.env.state.markEdited(sheet, args.address);
    const edit: EditEvent = { sheet, address: args.address };
    for (const h of [...this.handlers]) {
      try {
        h(edit);
      } catch (err) {
        console.error('[绩效自评助手] edit handler failed', err);
      }
    }
  }

  /** Sheet name of a worksheet id: from the last list, else one sync. */
  private async sheetName(id: string): Promise<string | undefined> {
    const known = this.env.state.sheetIds.get(id);
    if (known !== undefined) return known;
    try {
      return await runBatch(this.env.host, async (context) => {
        const ws = context.workbook.worksheets.getItem(id);
        ws.load('name');
        await context.sync();
        this.env.state.sheetIds.set(id, ws.name);
        return ws.name;
      });
    } catch {
      return undefined; // deleted in the meantime
    }
  }
}
