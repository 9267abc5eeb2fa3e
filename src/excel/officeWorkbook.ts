/// <reference types="office-js" />
/**
 * The WorkbookPort over Office.js: the only place the task pane's host calls come from.
 *
 * Round trips (`context.sync` calls), in the usual case:
 *
 *   read()              1  every sheet: protection, used range (values, formulas, number formats,
 *                          value types), merged areas (ExcelApi 1.13), and the sheet list
 *   apply(plan)         1  checked against the snapshot of the last read, no second read
 *   → a whole-workbook recalculation (read → evaluate → apply) = 2 syncs, whatever the number
 *     of sheets and forms
 *   readRange(sheet, r) 1  (inline re-check of the edited form: that range's values, formulas,
 *                          number formats, value types, the merged areas in it, protection; the
 *                          sheet's snapshot refreshed for those cells)
 *   readSheet(sheet)    1  (inline re-check when an edit lies outside every known form)
 *   writeSheet(spec)    1  (生成汇总: 「绩效自评结果」 replaced whole — values, formats, links, chart)
 *   select(sheet, cell) 1
 *   onEdit(handler)     1  (ExcelApi 1.9; 2 with 1.7/1.8), then 0 per event
 *   bindings.*          2 each; markers.apply / clear: 2 each (1 read + 1 write)
 *   settings.get / set  0  (Office common API; `set` calls saveAsync)
 *
 * Exceptions, all documented where they happen: the very first read needs the sheet list (the
 * adapter loads it in the background when it is created, `prime`); sheets added since the last
 * batch cost one more sync; a known sheet deleted or renamed costs a failed sync and a retry; a plan
 * for sheets never read costs one read sync; a response over the payload limit is read in halves.
 */
import type { WorkbookPort } from '../core/port';
import { applyPlan } from './applyPlan';
import { createBindings, OfficeBindings } from './bindings';
import { detectCapabilities, OfficeCapabilities } from './capabilities';
import { recode, HostError } from './errors';
import { EditEvents } from './events';
import { OfficeHost, officeHost, runBatch } from './host';
import { createMarkers } from './markers';
import { readRange } from './readRange';
import { readSheet, readWorkbook } from './readWorkbook';
import { refreshSheetList } from './sheetList';
import { createSettingsStore } from './settings';
import { writeSheet } from './writeSheet';
import { AdapterEnv, AdapterState } from './state';

export { runBatch } from './host';

export interface OfficeWorkbook extends WorkbookPort {
  bindings: OfficeBindings;
  capabilities(): OfficeCapabilities;
}

export interface OfficeWorkbookOptions {
  /** Defaults to the Office.js globals. */
  host?: OfficeHost;
  /** Load the sheet list at once (1 sync, in the background) so that the first read costs 1 sync. Default true. */
  prime?: boolean;
  /**
   * Sheet names remembered from an earlier read (the ribbon's fresh runtime keeps them in the
   * document's settings): the first read then costs 1 sync, with no priming. A stale list is
   * corrected by the read itself (a sheet added: +1 sync; deleted or renamed: one retry).
   */
  knownSheets?: string[];
}

export function createOfficeWorkbook(options: OfficeWorkbookOptions = {}): OfficeWorkbook {
  const host = options.host ?? officeHost();
  const caps = detectCapabilities(host);
  const env: AdapterEnv = { host, state: new AdapterState(), caps };
  const events = new EditEvents(env);

  let priming: Promise<unknown> | null = null;
  if (options.knownSheets) env.state.setSheets(options.knownSheets.map((name) => ({ name })));
  else if (options.prime !== false && caps.read) {
    priming = refreshSheetList(env).catch(() => undefined); // outside Excel: the first read reports it
  }
  const primed = async () => {
    if (priming) {
      await priming;
      priming = null;
    }
  };

  return {
    async read() {
      await primed();
      return readWorkbook(env);
    },
    async readSheet(sheet) {
      await primed();
      return readSheet(env, sheet);
    },
    async readRange(sheet, range) {
      await primed();
      return readRange(env, sheet, range);
    },
    async apply(plan) {
      await primed();
      return applyPlan(env, plan);
    },
    async writeSheet(spec) {
      await primed();
      return writeSheet(env, spec);
    },
    async select(sheet, cell) {
      try {
        await runBatch(host, async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          // Excel scrolls a selection into view: selecting from column A first brings the row's
          // label into view with the cell, then selecting the cell scrolls no further
          const row = /\d+$/.exec(cell)?.[0];
          if (row && !/^A\d/.test(cell)) ws.getRange(`A${row}:${cell}`).select();
          ws.getRange(cell).select();
          await context.sync();
        });
      } catch (err) {
        if (err instanceof HostError && err.code === 'itemNotFound') throw recode(err, 'sheetDeleted');
        throw err;
      }
    },
    onEdit(handler) {
      return events.subscribe(handler);
    },
    settings: createSettingsStore(host),
    bindings: createBindings(env),
    markers: createMarkers(env),
    capabilities: () => ({ ...caps }),
  };
}
