/**
 * A fake WPS 表格 (ET) object model over an in-memory workbook, counting every call, for testing
 * the WPS adapter (src/wps) without WPS. `createFakeEt(grids)` → { app, calls, book }: `app` is the
 * EtApplication, `calls` the call counter, `book` the test controls (book.ts).
 */
import type { Grid, RangeRef } from '../../../src/core';
import type { EtApplication, EtRange, EtWorksheet } from '../../../src/wps/et';
import { FakeApplication } from './application';
import { makeBook, type FakeEtBook } from './book';
import type { Calls } from './calls';
import { FakeRange } from './range';
import { Session, type FakeEtOptions, type ObjectFactory, type Persisted } from './state';
import { MemoryEtStore, type EtStore } from './store';
import { FakeWorksheet } from './worksheet';

export type { FakeEtOptions } from './state';
export type { FakeEtBook, UserInput } from './book';
export type { Calls } from './calls';
export { MemoryEtStore, shiftRows, type EtStore, type StoreCell, type StoreSheet, type SheetVisibility } from './store';

/** Range members beyond et.ts that the fake also has (COM has them; the adapter may use them). */
export interface FakeEtRange extends EtRange {
  /** true when every cell is merged, false when none is, null when mixed. */
  MergeCells: boolean | null;
  Merge(): void;
  UnMerge(): void;
  readonly Worksheet: EtWorksheet;
}

export interface FakeEt {
  app: EtApplication;
  calls: Calls;
  book: FakeEtBook & {
    /** A new session over what the file keeps (cells, sheets, names, validations, conditions,
     * hyperlinks, charts, page setup): no listeners, empty PluginStorage, no task panes. The old
     * handle's objects throw from then on, as a closed workbook's do. */
    saveAndReopen(): FakeEt;
  };
}

const objects: ObjectFactory = {
  sheet: (session, id) => session.om('Worksheet', new FakeWorksheet(session, id)),
  range: (session, id, r: RangeRef) => session.om('Range', new FakeRange(session, id, r)),
};

export function createFakeEt(grids: readonly Grid[], options: FakeEtOptions = {}): FakeEt {
  return createFakeEtOverStore(new MemoryEtStore(grids), options);
}

/** The fake over a store of the caller's (the demo host's in-memory workbook). */
export function createFakeEtOverStore(store: EtStore, options: FakeEtOptions = {}): FakeEt {
  const data: Persisted = {
    store,
    workbookName: options.name ?? '绩效自评表.xlsx',
    names: [],
    validations: [],
    conditions: [],
    hyperlinks: [],
    charts: [],
    pageSetup: new Map(),
  };
  return open(data, options, null);
}

function open(data: Persisted, options: FakeEtOptions, activeSheetId: number | null): FakeEt {
  const session = new Session(data, options, objects);
  if (activeSheetId !== null && data.store.sheets().some((s) => s.id === activeSheetId && s.visible === -1)) {
    session.activeSheetId = activeSheetId; // the file remembers its active sheet
  }
  const app = session.om('Application', new FakeApplication(session));
  const book = Object.assign(makeBook(session), {
    saveAndReopen(): FakeEt {
      if (session.calls.closed) throw new Error('fake ET: this handle was already closed');
      session.calls.closed = true;
      return open(data, options, session.activeSheetId);
    },
  });
  return { app, calls: session.calls, book };
}
