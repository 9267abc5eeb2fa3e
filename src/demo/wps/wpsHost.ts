/**
 * `demo.html?host=wps`: the pane runs on the real WPS port (src/wps) over the tests' fake ET object
 * model (test/wps/fakeEt), whose store is the demo workbook — the grid on the left shows what the
 * WPS port wrote, and what the user types reaches the port as WPS's SheetChange event. What the
 * fake keeps outside the store (markers, hyperlinks) is not drawn by the grid; a chart the fake
 * holds on a written sheet is drawn from the sheet's spec, and the download writes such sheets from
 * their specs.
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
    // the demo workbook learns the sheet was written whole (its download writes it; a sheet added
    // through the object model is not in the opened package) and draws its chart only when the
    // fake WPS holds one there
    async writeSheet(spec) {
      const result = await inner.writeSheet(spec);
      const charted = !result.chartSkipped && fake.book.charts(spec.name).length > 0;
      demo.workbook.noteWritten(charted ? spec : { ...spec, chart: null });
      return result;
    },
    onEdit: (h) => inner.onEdit(h),
    capabilities: () => inner.capabilities(),
    settings: inner.settings,
    // the fake WPS learns the grid's selection when the pane asks for it
    bindings: {
      bind: (parts) => inner.bindings.bind(parts),
      list: () => inner.bindings.list(),
      status: () => (inner.bindings.status ? inner.bindings.status() : inner.bindings.list().then((bound) => ({ bound, lost: [] }))),
      remove: (ids) => inner.bindings.remove(ids),
      bindSelection(part) {
        const at = demo.view.selectionRange();
        fake.book.userSelect(at.sheet, at.range);
        return inner.bindings.bindSelection(part);
      },
    },
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
