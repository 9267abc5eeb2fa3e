/**
 * `demo.html?host=wps`: the pane runs on the real WPS port (src/wps) over the tests' fake ET object
 * model (test/wps/fakeEt), whose store is the demo workbook — the grid on the left shows what the
 * WPS port wrote, and what the user types reaches the port as WPS's SheetChange event. What the
 * fake keeps outside the store (markers, hyperlinks, charts) is not drawn by the grid.
 */
import type { CellValue, WorkbookPort } from '../../core';
import { createFakeEtOverStore, type FakeEt } from '../../../test/wps/fakeEt';
import { createWpsWorkbook } from '../../wps/wpsWorkbook';
import type { DemoPort } from '../port';
import { DemoEtStore } from './demoEtStore';

export interface WpsDemoHost {
  port: WorkbookPort;
  fake: FakeEt;
}

/** True when the page was opened as `?host=wps`. */
export function wpsRequested(search: string): boolean {
  return new URLSearchParams(search).get('host') === 'wps';
}

export function attachWpsHost(demo: DemoPort): WpsDemoHost {
  const store = new DemoEtStore(demo.workbook);
  const fake = createFakeEtOverStore(store, { name: demo.workbook.fileName });
  const inner = createWpsWorkbook({ app: fake.app });
  const port: WorkbookPort = {
    read: () => inner.read(),
    readSheet: (s) => inner.readSheet(s),
    readRange: (s, r) => inner.readRange(s, r),
    apply: (p) => inner.apply(p),
    writeSheet: (spec) => inner.writeSheet(spec),
    onEdit: (h) => inner.onEdit(h),
    capabilities: () => inner.capabilities(),
    settings: inner.settings,
    bindings: inner.bindings,
    markers: inner.markers,
    // the grid scrolls to what the fake WPS has selected after the port's select
    async select(sheet, cell) {
      await inner.select(sheet, cell);
      const at = fake.book.selection();
      if (at) demo.reveal(at.sheet, at.range.split(':')[0]);
    },
  };
  demo.panePort = port;
  demo.editSink = (sheet: string, cell: string, value: CellValue) => {
    fake.book.userEdit(sheet, cell, value);
    store.flush();
  };
  return { port, fake };
}
