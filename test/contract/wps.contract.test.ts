/**
 * The contract on the WPS adapter (src/wps/wpsWorkbook.ts) over the fake ET object model
 * (test/wps/fakeEt), seeded from the contract's Grids. A user edit is the fake's `book.userEdit`
 * (SheetChange fired; the adapter tells it from its own writes); events are delivered
 * asynchronously as in WPS, so the harness waits for them (`book.flush`). Markers are what the
 * fake holds as validations and format conditions on the visible sheets.
 */
import { createWpsWorkbook } from '../../src/wps/wpsWorkbook';
import { createFakeEt } from '../wps/fakeEt';
import { ALL_SUPPORTED, PortHarness } from './harness';
import { describePortContract } from './portContract';
import { seedWorkbook } from './seed';

async function wpsHarness(): Promise<PortHarness> {
  const seed = seedWorkbook();
  const { app, book } = createFakeEt(seed);
  const port = createWpsWorkbook({ app });
  const visible = () => book.sheets().filter((s) => s.visible === -1).map((s) => s.name);
  return {
    port,
    seed,
    async userEdit(sheet, cell, value) {
      book.userEdit(sheet, cell, value);
      await book.flush();
    },
    protect: (sheet) => book.protect(sheet),
    cell(sheet, a1) {
      const c = book.cell(sheet, a1);
      return { value: c.value === '' || c.value === undefined ? null : c.value, formula: c.formula || null };
    },
    markerCount: () => visible().reduce((n, s) => n + book.validations(s).length + book.formatConditions(s).length, 0),
  };
}

describePortContract('WPS adapter (fake ET)', wpsHarness, { supports: ALL_SUPPORTED });
